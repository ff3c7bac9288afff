//! Splitting a file into messages: one object, an array of objects, or JSON Lines.

use std::sync::Arc;

use easemob_payload::text::{Document, Duplicate, Kind};
use easemob_payload::{Detail, Limits, Violation};
use serde_json::Value;

use super::file::SourceFile;
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
pub struct Parsed<'f> {
    /// The message objects, in file order.
    pub messages: Vec<ParsedMessage<'f>>,
    /// Syntax, duplicate-key and type problems, ordered by `index` then `offset`.
    pub problems: Vec<FileProblem>,
}

/// One message object of a file: its place in the text the file was read into.
#[derive(Debug, Clone)]
pub struct ParsedMessage<'f> {
    /// Position in the array or among the non-blank lines of a JSON Lines file; 0 for a single object.
    pub index: usize,
    /// The text it is in (the file, or its line), read once (shared by its messages).
    document: Arc<Document<'f>>,
    /// This message's node in `document`.
    root: usize,
    /// Where `document`'s text starts in the file.
    base: usize,
}

impl ParsedMessage<'_> {
    /// Byte offset (into the file as given, BOM included) of the value a JSON
    /// Pointer (RFC 6901, `~1` and `~0` unescaped) points to.
    ///
    /// For a pointer that does not resolve (a missing member such as `/body/msg`,
    /// an index past the end), the offset of the deepest existing ancestor value
    /// (the object that lacks it). `""`, or a pointer not starting with `/`, is the
    /// message object itself. A repeated member name resolves to its last copy,
    /// the one serde_json keeps and the validator sees.
    pub fn offset_of(&self, pointer: &str) -> usize {
        self.base + self.document.offset_of(self.root, pointer)
    }

    /// The message as serde_json reads it (for a repeated member name, the last copy wins).
    pub fn value(&self) -> Value {
        self.document.value(self.root)
    }

    /// Its violations under `limits`, each with the byte offset (into the file) of
    /// the value its path names; repeated member names are file problems.
    pub fn validate(&self, limits: &Limits) -> Vec<(Violation, usize)> {
        let mut found = self.document.validate(self.root, limits);
        for (_, offset) in &mut found {
            *offset += self.base;
        }
        found
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
    pub fn parse(&self, json_lines: bool) -> Parsed<'_> {
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
            let whole = self.whole_text();
            self.parse_piece(whole, &bytes[base..], base, 0, Unit::File, &mut out);
        } else {
            self.parse_lines(self.whole_text(), base, &mut out);
        }
        out.problems.sort_by_key(|p| (p.index, p.offset));
        out
    }

    /// `whole`: the file as text when it is UTF-8, checked once for all its lines.
    fn parse_lines<'f>(&'f self, whole: Option<&'f str>, base: usize, out: &mut Parsed<'f>) {
        let bytes = self.bytes();
        let mut index = 0;
        let mut start = base;
        while start <= bytes.len() {
            let end = memchr::memchr(b'\n', &bytes[start..]).map_or(bytes.len(), |i| start + i);
            let line = &bytes[start..end];
            let line = line.strip_suffix(b"\r").unwrap_or(line);
            if !line.iter().all(|b| matches!(b, b' ' | b'\t' | b'\r')) {
                self.parse_piece(whole, line, start, index, Unit::Line, out);
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

    /// Parses the file, or one line, that starts at byte `base`; `whole` is the file
    /// as text when it is UTF-8 (checked once for the whole file).
    fn parse_piece<'f>(
        &'f self,
        whole: Option<&'f str>,
        bytes: &'f [u8],
        base: usize,
        index: usize,
        unit: Unit,
        out: &mut Parsed<'f>,
    ) {
        // A UTF-8 file's pieces are slices of its text, not checked again.
        let checked = whole.and_then(|whole| whole.get(base..base + bytes.len()));
        let text = match checked.map_or_else(|| std::str::from_utf8(bytes), Ok) {
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
        let document = match Document::read(text) {
            Ok(document) => Arc::new(document),
            Err(error) => {
                let trimmed = text.trim_matches([' ', '\t', '\n', '\r']);
                let (message, hint) = if unit == Unit::File && text.is_empty() {
                    (Text::new("the file is empty", "文件为空"), Some(empty_hint()))
                } else if unit == Unit::File && trimmed.is_empty() {
                    (Text::new("the file contains only whitespace", "文件中只有空白字符"), Some(empty_hint()))
                } else {
                    // serde_json's account of the error, which the linter's sentences are
                    // written from; the tape reader refuses exactly what serde_json refuses.
                    let (offset, detail, hint) = match serde_json::from_str::<Value>(text) {
                        Err(serde) => {
                            let e = syntax::describe(text, &serde);
                            (e.offset, e.detail, e.hint)
                        }
                        Ok(_) => (error.offset, Text::new(error.to_string(), error.to_string()), None),
                    };
                    let (en, zh) = unit.name();
                    let message = Text::new(
                        format!("{en} is not valid JSON: {}", detail.en),
                        format!("{zh}不是有效的 JSON：{}", detail.zh),
                    );
                    out.problems.push(syntax_problem(index, base + offset, message, hint));
                    return;
                };
                out.problems.push(syntax_problem(index, base + text.len(), message, hint));
                return;
            }
        };
        let root = document.root();
        match document.kind(root) {
            Kind::Object => {
                self.push_message(index, &document, root, base, out);
            }
            Kind::Array if unit == Unit::File => {
                for (i, item) in document.items(root).enumerate() {
                    if document.kind(item) == Kind::Object {
                        self.push_message(i, &document, item, base, out);
                    } else {
                        let (en, zh) = kind(document.kind(item));
                        let message = Text::new(
                            format!("element {i} of the array is {en}, not a message object"),
                            format!("数组中下标为 {i} 的元素是{zh}，而不是消息对象"),
                        );
                        out.problems.push(type_problem(i, base + document.start(item), message, None));
                    }
                }
            }
            other => {
                let offset = base + document.start(root);
                let (en, zh) = kind(other);
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
                        (other == Kind::Array).then(|| {
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

    /// A message object, and its repeated member names as problems.
    fn push_message<'f>(
        &self,
        index: usize,
        document: &Arc<Document<'f>>,
        root: usize,
        base: usize,
        out: &mut Parsed<'f>,
    ) {
        for d in document.duplicates(root) {
            out.problems.push(self.duplicate_problem(index, base, d));
        }
        out.messages.push(ParsedMessage { index, document: Arc::clone(document), root, base });
    }

    /// A repeated member name, its sentences the validator's (`Duplicate::violation`),
    /// the first copy placed by the file's own line and column.
    fn duplicate_problem(&self, index: usize, base: usize, d: Duplicate) -> FileProblem {
        let (line, column) = self.line_col(base + d.first);
        let violation = d.violation(line, column);
        let Detail::Text { en, zh, hint } = violation.detail().clone() else {
            unreachable!("a repeated name's violation is written out")
        };
        FileProblem {
            warning: d.identical,
            index,
            rule: DUPLICATE_KEY,
            path: d.path,
            offset: base + d.offset,
            message: Text::new(en, zh),
            hint: hint.map(|h| Text::new(h.en, h.zh)),
        }
    }
}

fn syntax_problem(index: usize, offset: usize, message: Text, hint: Option<Text>) -> FileProblem {
    FileProblem { warning: false, index, rule: SYNTAX, path: String::new(), offset, message, hint }
}

fn type_problem(index: usize, offset: usize, message: Text, hint: Option<Text>) -> FileProblem {
    FileProblem { warning: false, index, rule: TYPE, path: String::new(), offset, message, hint }
}

/// "a string", "an array", ... for messages, in English and Chinese.
fn kind(kind: Kind) -> (&'static str, &'static str) {
    match kind {
        Kind::Null => ("`null`", " `null`"),
        Kind::True | Kind::False => ("a boolean", "布尔值"),
        Kind::Number => ("a number", "数字"),
        Kind::String { .. } | Kind::Key { .. } => ("a string", "字符串"),
        Kind::Array => ("an array", "数组"),
        Kind::Object => ("an object", "对象"),
    }
}
