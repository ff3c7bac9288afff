//! Turning serde_json's syntax errors into a byte offset and an English sentence.

/// A syntax error inside one piece of text (the whole file, or one JSON Lines line).
use super::text::Text;

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct SyntaxError {
    /// Byte offset into the piece of text, at a character boundary.
    pub offset: usize,
    /// What is wrong, without the "is not valid JSON" preamble.
    pub detail: Text,
    pub hint: Option<Text>,
}

/// Where serde_json stopped in `text`, and why.
///
/// serde_json reports a 1-based line and a column in bytes that, for the usual
/// "unexpected character" errors, counts the offending byte itself; so the
/// offset is the line start plus the column minus one. An unexpected end of
/// input is placed at the end of the text.
pub(crate) fn describe(text: &str, error: &serde_json::Error) -> SyntaxError {
    let bytes = text.as_bytes();
    let line_start = match error.line() {
        0 | 1 => 0,
        line => memchr::memchr_iter(b'\n', bytes).nth(line - 2).map_or(bytes.len(), |i| i + 1),
    };
    let mut offset = if error.is_eof() {
        bytes.len()
    } else {
        (line_start + error.column()).saturating_sub(1).max(line_start).min(bytes.len())
    };
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let full = error.to_string();
    let suffix = format!(" at line {} column {}", error.line(), error.column());
    let code = full.strip_suffix(&suffix).unwrap_or(&full);
    let next = bytes.get(offset).copied();
    let starts_value = matches!(next, Some(b'"' | b'{' | b'[' | b'-' | b'0'..=b'9' | b't' | b'f' | b'n'));
    type Pair = (&'static str, &'static str);
    let (detail, hint): (Pair, Option<Pair>) = match code {
        "EOF while parsing a list" => {
            (("it ends inside an array (a `]` is missing)", "在数组内部意外结束（缺少 `]`）"), None)
        }
        "EOF while parsing an object" => {
            (("it ends inside an object (a `}` is missing)", "在对象内部意外结束（缺少 `}`）"), None)
        }
        "EOF while parsing a string" => (
            (
                "it ends inside a string (a closing `\"` is missing)",
                "在字符串内部意外结束（缺少结尾的 `\"`）",
            ),
            None,
        ),
        "EOF while parsing a value" => {
            (("it ends where a value was expected", "在应出现值的位置意外结束"), None)
        }
        "expected `:`" => (("expected `:` after a member name", "成员名后应为 `:`"), None),
        "expected `,` or `]`" => (
            ("expected `,` or `]` after an array element", "数组元素后应为 `,` 或 `]`"),
            starts_value.then_some(("a `,` is probably missing before this element", "此元素前可能缺少 `,`")),
        ),
        "expected `,` or `}`" => (
            ("expected `,` or `}` after an object member", "对象成员后应为 `,` 或 `}`"),
            starts_value.then_some(("a `,` is probably missing before this member", "此成员前可能缺少 `,`")),
        ),
        "expected ident" => (("expected `true`, `false` or `null`", "应为 `true`、`false` 或 `null`"), None),
        "expected value" => (
            ("expected a value", "此处应为一个值"),
            (next == Some(b'\''))
                .then_some(("JSON strings are written in double quotes", "JSON 字符串须使用双引号")),
        ),
        "invalid escape" => (("a string has an invalid escape sequence", "字符串中有无效的转义序列"), None),
        "invalid number" => (("a number is malformed", "数字格式有误"), None),
        "number out of range" => (("a number is too large to represent", "数字过大，无法表示"), None),
        "invalid unicode code point" => {
            (("a string has an invalid `\\u` escape", "字符串中有无效的 `\\u` 转义"), None)
        }
        "control character (\\u0000-\\u001F) found while parsing a string" => (
            ("a string contains a raw control character", "字符串中含有未转义的控制字符"),
            Some((
                "write a line break inside a string as `\\n` and a tab as `\\t`",
                "字符串中的换行请写作 `\\n`，制表符写作 `\\t`",
            )),
        ),
        "key must be a string" => (
            ("a member name must be a string", "成员名必须是字符串"),
            Some(("put the member name in double quotes", "请用双引号括起成员名")),
        ),
        "lone leading surrogate in hex escape" => {
            (("a string has a lone surrogate in a `\\u` escape", "字符串的 `\\u` 转义中有单独的代理项"), None)
        }
        "trailing comma" => (
            ("a trailing comma is not allowed", "不允许末尾多余的逗号"),
            Some(("remove the `,` before this bracket", "请删除此括号前的 `,`")),
        ),
        "trailing characters" => (
            (
                "there is more text after the end of the first JSON value",
                "第一个 JSON 值结束后还有多余的文本",
            ),
            (next == Some(b'{')).then_some((
                "put several messages in an array `[...]`, or one a line in a `.jsonl` file",
                "多条消息请放在数组 `[...]` 中，或在 `.jsonl` 文件中每行放一条",
            )),
        ),
        "unexpected end of hex escape" => (("a `\\u` escape is cut short", "`\\u` 转义不完整"), None),
        "recursion limit exceeded" => {
            (("arrays and objects are nested more than 127 levels deep", "数组和对象的嵌套超过 127 层"), None)
        }
        other => {
            let text = Text::new(other, format!("JSON 解析错误：{other}"));
            return SyntaxError { offset, detail: text, hint: None };
        }
    };
    SyntaxError {
        offset,
        detail: Text::new(detail.0, detail.1),
        hint: hint.map(|(en, zh)| Text::new(en, zh)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(text: &str) -> SyntaxError {
        let error = serde_json::from_str::<serde_json::Value>(text).unwrap_err();
        describe(text, &error)
    }

    /// The text from the error's offset on.
    fn at(text: &str) -> &str {
        &text[err(text).offset..]
    }

    #[test]
    fn offsets_point_at_the_offending_character() {
        assert_eq!(at("{\"a\": 1 \"b\": 2}"), "\"b\": 2}");
        assert_eq!(at("{\n  \"a\": 1\n  \"b\": 2\n}"), "\"b\": 2\n}");
        assert_eq!(at("[1 2]"), "2]");
        assert_eq!(at("{\"a\": 1,}"), "}");
        assert_eq!(at("{\"a\" 1}"), "1}");
        assert_eq!(at("{\"a\": tru}"), "}");
        assert_eq!(at("{\"a\": \"中国\" \"b\"}"), "\"b\"}");
        assert_eq!(at("{} {}"), "{}");
        assert_eq!(at("{'a': 1}"), "'a': 1}");
        assert_eq!(at("{\"a\": 'x'}"), "'x'}");
    }

    #[test]
    fn unexpected_ends_are_at_the_end() {
        for text in ["", "   \n", "{\"a\": 1", "[1,", "{\"a\": \"x", "{\"a\":"] {
            assert_eq!(err(text).offset, text.len(), "{text:?}");
        }
    }

    #[test]
    fn the_documentation_missing_comma_gets_a_hint() {
        let text = "{\n    \"filename\" : \"test.avi\"\n    \"thumb\" : \"x\"\n}";
        let e = err(text);
        assert_eq!(e.detail.en, "expected `,` or `}` after an object member");
        assert_eq!(e.hint.map(|h| h.en).as_deref(), Some("a `,` is probably missing before this member"));
        assert!(text[e.offset..].starts_with("\"thumb\""));
    }

    #[test]
    fn nesting_limit() {
        let ok = "[".repeat(127) + &"]".repeat(127);
        assert!(serde_json::from_str::<serde_json::Value>(&ok).is_ok());
        let deep = "[".repeat(128) + &"]".repeat(128);
        let e = err(&deep);
        assert_eq!(e.detail.en, "arrays and objects are nested more than 127 levels deep");
        assert_eq!(e.offset, 127);
    }
}
