//! Splitting a file into messages: one object, an array of objects, or JSON Lines.

use std::sync::Arc;

use serde_json::Value;

use super::file::SourceFile;
use super::spans::{self, Scan, Spans};
use super::syntax;
use super::text::Text;

/// Rule code of a file that is not JSON (or not UTF-8, or empty).
pub const SYNTAX: &str = "syntax";
/// Rule code of a member name repeated in one object.
pub const DUPLICATE_KEY: &str = "duplicateKey";
/// Rule code of a top-level value or array element that is not an object.
pub const TYPE: &str = "type";

/// Everything found in one file: the messages to validate and what only a file can get wrong.
#[derive(Debug, Clone, Default)]
pub struct Parsed {
    /// The message objects, in file order.
    pub messages: Vec<ParsedMessage>,
    /// Syntax, duplicate-key and type problems, ordered by `index` then `offset`.
    pub problems: Vec<FileProblem>,
}

/// One message object of a file, with the position of every value inside it.
#[derive(Debug, Clone)]
pub struct ParsedMessage {
    /// Position in the array or among the non-blank lines of a JSON Lines file; 0 for a single object.
    pub index: usize,
    /// The message, as serde_json reads it (for a repeated member name, the last copy wins).
    pub value: Value,
    /// The positions of every value of the file (shared by its messages).
    spans: Arc<Spans>,
    /// This message's node in `spans`.
    root: usize,
}

impl ParsedMessage {
    /// Byte offset (into the file as given, BOM included) of the value a JSON
    /// Pointer (RFC 6901, `~1` and `~0` unescaped) points to.
    ///
    /// For a pointer that does not resolve (a missing member such as `/body/msg`,
    /// an index past the end), the offset of the deepest existing ancestor value
    /// (the object that lacks it). `""`, or a pointer not starting with `/`, is the
    /// message object itself. A repeated member name resolves to its last copy,
    /// the one in [`ParsedMessage::value`].
    pub fn offset_of(&self, pointer: &str) -> usize {
        self.spans.offset_of(self.root, pointer)
    }
}

/// A problem with the file itself rather than with a message's content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileProblem {
    /// `true` only for a member repeated with an identical value: every parser then
    /// reads the same message, so it is a warning, not an error.
    pub warning: bool,
    /// The message it concerns: position in the array or JSON Lines file, 0 otherwise.
    pub index: usize,
    /// [`SYNTAX`], [`DUPLICATE_KEY`] or [`TYPE`] (the `RuleCode` names).
    pub rule: &'static str,
    /// JSON Pointer relative to the message: `""`, or the repeated member for a duplicate.
    pub path: String,
    /// Byte offset into the file as given (use [`SourceFile::line_col`]).
    pub offset: usize,
    /// One sentence, in each language.
    pub message: Text,
    /// How to fix it, where there is more to say.
    pub hint: Option<Text>,
}

/// Whether a piece of text is the whole file or one line of a JSON Lines file.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Unit {
    File,
    Line,
}

impl Unit {
    fn name(self) -> (&'static str, &'static str) {
        match self {
            Unit::File => ("the file", "文件"),
            Unit::Line => ("this line", "该行"),
        }
    }
}

fn empty_hint() -> Text {
    Text::new(
        "a fixture holds one message object, an array of message objects, or (in a `.jsonl` or `.ndjson` file) one message object a line",
        "测试数据文件应包含一个消息对象、一个消息对象数组，或（在 `.jsonl`、`.ndjson` 文件中）每行一个消息对象",
    )
}

impl SourceFile {
    /// Splits and parses the file: a single object, an array of objects, or, when
    /// `json_lines` is true (`.jsonl` / `.ndjson`), one message a line, blank lines
    /// skipped and each bad line its own problem.
    pub fn parse(&self, json_lines: bool) -> Parsed {
        let mut out = Parsed::default();
        let bytes = self.bytes();
        let base = self.bom_len();
        if bytes.len() >= u32::MAX as usize {
            out.problems.push(syntax_problem(
                0,
                0,
                Text::new(
                    "the file is larger than 4 GiB, too large to lint",
                    "文件超过 4 GiB，过大，无法检查",
                ),
                None,
            ));
        } else if !json_lines {
            self.parse_piece(&bytes[base..], base, 0, Unit::File, &mut out);
        } else {
            self.parse_lines(base, &mut out);
        }
        out.problems.sort_by_key(|p| (p.index, p.offset));
        out
    }

    fn parse_lines(&self, base: usize, out: &mut Parsed) {
        let bytes = self.bytes();
        let mut index = 0;
        let mut start = base;
        while start <= bytes.len() {
            let end = memchr::memchr(b'\n', &bytes[start..]).map_or(bytes.len(), |i| start + i);
            let line = &bytes[start..end];
            let line = line.strip_suffix(b"\r").unwrap_or(line);
            if !line.iter().all(|b| matches!(b, b' ' | b'\t' | b'\r')) {
                self.parse_piece(line, start, index, Unit::Line, out);
                index += 1;
            }
            start = end + 1;
        }
        if index == 0 {
            let message = if bytes.len() == base {
                Text::new("the file is empty", "文件为空")
            } else {
                Text::new("the file has no messages: every line is blank", "文件中没有消息：每一行都是空行")
            };
            out.problems.push(syntax_problem(0, bytes.len(), message, Some(empty_hint())));
        }
    }

    /// Parses the file, or one line, that starts at byte `base`.
    fn parse_piece(&self, bytes: &[u8], base: usize, index: usize, unit: Unit, out: &mut Parsed) {
        let text = match std::str::from_utf8(bytes) {
            Ok(text) => text,
            Err(error) => {
                let offset = base + error.valid_up_to();
                let (line, column) = self.line_col(offset);
                let byte = bytes[error.valid_up_to()];
                let message = Text::new(
                    format!("the file is not valid UTF-8 (byte {byte:#04x} at line {line}, column {column})"),
                    format!("文件不是有效的 UTF-8（第 {line} 行第 {column} 列的字节 {byte:#04x}）"),
                );
                out.problems.push(syntax_problem(
                    index,
                    offset,
                    message,
                    Some(Text::new("save the file as UTF-8", "请将文件保存为 UTF-8 编码")),
                ));
                return;
            }
        };
        let value = match serde_json::from_str::<Value>(text) {
            Ok(value) => value,
            Err(error) => {
                let trimmed = text.trim_matches([' ', '\t', '\n', '\r']);
                let (message, hint) = if unit == Unit::File && text.is_empty() {
                    (Text::new("the file is empty", "文件为空"), Some(empty_hint()))
                } else if unit == Unit::File && trimmed.is_empty() {
                    (Text::new("the file contains only whitespace", "文件中只有空白字符"), Some(empty_hint()))
                } else {
                    let e = syntax::describe(text, &error);
                    let (en, zh) = unit.name();
                    let message = Text::new(
                        format!("{en} is not valid JSON: {}", e.detail.en),
                        format!("{zh}不是有效的 JSON：{}", e.detail.zh),
                    );
                    out.problems.push(syntax_problem(index, base + e.offset, message, e.hint));
                    return;
                };
                out.problems.push(syntax_problem(index, base + text.len(), message, hint));
                return;
            }
        };
        match value {
            Value::Object(_) => {
                let Scan { spans, duplicates } = spans::scan(text, base, false);
                for d in duplicates {
                    out.problems.push(self.duplicate_problem(index, d));
                }
                out.messages.push(ParsedMessage { index, value, spans: Arc::new(spans), root: 0 });
            }
            Value::Array(elements) if unit == Unit::File => {
                let Scan { spans, duplicates } = spans::scan(text, base, true);
                let nodes = spans.children();
                let spans = Arc::new(spans);
                let mut is_message = vec![false; elements.len()];
                for (i, value) in elements.into_iter().enumerate() {
                    let root = nodes.get(i).copied().unwrap_or(usize::MAX);
                    if value.is_object() {
                        is_message[i] = true;
                        out.messages.push(ParsedMessage { index: i, value, spans: Arc::clone(&spans), root });
                    } else {
                        let (en, zh) = kind(&value);
                        let message = Text::new(
                            format!("element {i} of the array is {en}, not a message object"),
                            format!("数组中下标为 {i} 的元素是{zh}，而不是消息对象"),
                        );
                        out.problems.push(type_problem(i, spans.offset_of(root, ""), message, None));
                    }
                }
                for d in duplicates {
                    if is_message.get(d.element).copied().unwrap_or(false) {
                        out.problems.push(self.duplicate_problem(d.element, d));
                    }
                }
            }
            other => {
                let offset = base + (text.len() - text.trim_start_matches([' ', '\t', '\n', '\r']).len());
                let (en, zh) = kind(&other);
                let (message, hint) = match unit {
                    Unit::File => (
                        Text::new(
                            format!(
                                "the file holds {en}, not a message object or an array of message objects"
                            ),
                            format!("文件中是{zh}，而不是消息对象或消息对象数组"),
                        ),
                        None,
                    ),
                    Unit::Line => (
                        Text::new(
                            format!("this line holds {en}, not a message object"),
                            format!("该行是{zh}，而不是消息对象"),
                        ),
                        other.is_array().then(|| {
                            Text::new(
                                "in a JSON Lines file, each line holds one message object",
                                "JSON Lines 文件中每行是一个消息对象",
                            )
                        }),
                    ),
                };
                out.problems.push(type_problem(index, offset, message, hint));
            }
        }
    }

    fn duplicate_problem(&self, index: usize, d: spans::Duplicate) -> FileProblem {
        let (line, column) = self.line_col(d.first);
        let identical = matches!(
            (self.member_value(d.first), self.member_value(d.offset)),
            (Some(first), Some(repeat)) if first == repeat
        );
        let key = &d.key;
        let message = if identical {
            Text::new(
                format!(
                    "member `{key}` appears more than once in this object (first at line {line}, column {column}), \
                     with the same value each time; every parser reads the same message, but the repeat is noise"
                ),
                format!(
                    "成员 `{key}` 在该对象中出现了多次（第一次在第 {line} 行第 {column} 列），每次的值相同；\
                     各解析器读到的消息一致，但重复的成员是多余的"
                ),
            )
        } else {
            Text::new(
                format!(
                    "member `{key}` appears more than once in this object (first at line {line}, column {column}); \
                     JSON parsers disagree on which copy wins, so the server may not see the copy that was \
                     validated (the last)"
                ),
                format!(
                    "成员 `{key}` 在该对象中出现了多次（第一次在第 {line} 行第 {column} 列）；\
                     各 JSON 解析器对哪一份生效的处理不一致，服务器看到的可能不是被检查的那一份（最后一份）"
                ),
            )
        };
        FileProblem {
            warning: identical,
            index,
            rule: DUPLICATE_KEY,
            path: d.path,
            offset: d.offset,
            message,
            hint: Some(Text::new(
                format!("remove one of the `{}` members", d.key),
                format!("请删除其中一个 `{}` 成员", d.key),
            )),
        }
    }

    /// The value of the member whose name starts at byte `name_offset`, read on
    /// its own (only for repeated names, so reading it again costs nothing that matters).
    fn member_value(&self, name_offset: usize) -> Option<Value> {
        // Offsets count the byte-order mark; `text` starts after it.
        let rest = self.text().get(name_offset.checked_sub(self.bom_len())?..)?;
        // The name is a JSON string: read it, then the colon, then one value.
        let mut names = serde_json::Deserializer::from_str(rest).into_iter::<String>();
        names.next()?.ok()?;
        let after_name = rest.get(names.byte_offset()..)?.trim_start();
        let value_text = after_name.strip_prefix(':')?;
        serde_json::Deserializer::from_str(value_text).into_iter::<Value>().next()?.ok()
    }
}

fn syntax_problem(index: usize, offset: usize, message: Text, hint: Option<Text>) -> FileProblem {
    FileProblem { warning: false, index, rule: SYNTAX, path: String::new(), offset, message, hint }
}

fn type_problem(index: usize, offset: usize, message: Text, hint: Option<Text>) -> FileProblem {
    FileProblem { warning: false, index, rule: TYPE, path: String::new(), offset, message, hint }
}

/// "a string", "an array", ... for messages, in English and Chinese.
fn kind(value: &Value) -> (&'static str, &'static str) {
    match value {
        Value::Null => ("`null`", " `null`"),
        Value::Bool(_) => ("a boolean", "布尔值"),
        Value::Number(_) => ("a number", "数字"),
        Value::String(_) => ("a string", "字符串"),
        Value::Array(_) => ("an array", "数组"),
        Value::Object(_) => ("an object", "对象"),
    }
}
