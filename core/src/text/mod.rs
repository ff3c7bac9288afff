//! JSON text validated without building a `serde_json::Value` ([`crate::validate_str`]).
//!
//! The text is read once into a tape ([`tape`]: serde_json's grammar, its own
//! stack, every value's span). A valid message is then settled from the tape alone
//! (`clean`: the model's rules and compiled plans, no allocation); a message with
//! a violation is reported by the interpreter reading the same tape (`node`: no
//! `Value` but for the few values a message quotes), and each violation is placed
//! at the value its path names (`locate`). Repeated member names (`duplicates`) and
//! syntax errors are found on the way.
//!
//! [`Document`] is what the linter reads a file with: the tape of one text, and the
//! report of each message in it. Not public API: its shape follows the linter.

mod clean;
mod doc;
mod duplicates;
mod locate;
mod node;
mod size;
pub mod tape;

use std::cell::Cell;

pub use duplicates::Duplicate;
pub use tape::{Kind, Problem, SyntaxError};

use crate::limits::Limits;
use crate::model::{ObjectDesc, Plan, Shape};
use crate::report::{Detail, Report, RuleCode, Severity, Violation};
use crate::{Message, Payload};
use clean::Clean;
use doc::Doc;
use tape::{Stack, Tape};

/// How deep arrays and objects may nest: serde_json's limit (its 128th level is an
/// error), so that every text read here is one serde_json reads too.
pub const MAX_DEPTH: usize = 127;

/// The envelope's description (a message is an object: checked at compile time).
const ENVELOPE: &ObjectDesc = match <Message as Payload>::DESC.shape {
    Shape::Object(envelope) => envelope,
    _ => panic!("a message is a JSON object"),
};

/// What the thread keeps of each buffer between validations (nodes, bytes, hashes).
const KEPT: usize = 1 << 16;

/// The buffers a thread's validations reuse, so that a valid text allocates nothing.
#[derive(Default)]
struct Buffers {
    tape: Tape,
    stack: Stack,
    work: Work,
}

/// What the clean walk reuses: a string to decode escapes into, recipients' hashes.
#[derive(Default)]
struct Work {
    scratch: String,
    hashes: Vec<u64>,
}

thread_local! {
    static BUFFERS: Cell<Buffers> = Cell::new(Buffers::default());
}

/// One JSON text read into its tape.
#[derive(Debug)]
pub struct Document<'t> {
    doc_text: &'t str,
    tape: Tape,
}

impl<'t> Document<'t> {
    /// Reads `text`, or says where it stops being JSON.
    pub fn read(text: &'t str) -> Result<Document<'t>, SyntaxError> {
        // About one node per 16 bytes of pretty-printed JSON: room for most texts at once.
        let mut tape = Tape { nodes: Vec::with_capacity(text.len() / 16 + 16) };
        tape::read_str_into(text, MAX_DEPTH, &mut tape, &mut Stack::default())?;
        Ok(Document { doc_text: text, tape })
    }

    fn doc(&self) -> Doc<'_> {
        Doc { text: self.doc_text, nodes: &self.tape.nodes }
    }

    /// The whole text's value.
    pub fn root(&self) -> usize {
        0
    }

    /// What a node is.
    pub fn kind(&self, node: usize) -> Kind {
        self.tape.nodes[node].kind
    }

    /// Byte offset of a node's first byte.
    pub fn start(&self, node: usize) -> usize {
        self.tape.nodes[node].start as usize
    }

    /// The items of an array node.
    pub fn items(&self, node: usize) -> impl Iterator<Item = usize> + '_ {
        self.doc().children(node)
    }

    /// The violations of the message at `node`, in the report's order, each with the
    /// byte offset of the value its path names (of the object that lacks a missing
    /// member). Repeated member names are not among them: see [`Document::duplicates`].
    pub fn validate(&self, node: usize, limits: &Limits) -> Vec<(Violation, usize)> {
        let verdict = judge(self.doc(), node, limits, &mut Work::default());
        if verdict.clean {
            return Vec::new();
        }
        self.full_report(node, limits, &verdict.shadowed)
    }

    /// The interpreter's report on the message at `node`, which the tape's verdict
    /// found faulty (`shadowed`: that verdict's earlier copies of repeated names),
    /// read from the tape and placed in the text.
    fn full_report(&self, node: usize, limits: &Limits, shadowed: &[bool]) -> Vec<(Violation, usize)> {
        let doc = self.doc();
        let text = node::Text { doc, shadowed, envelope: ENVELOPE };
        let mut ctx = crate::rules::Ctx::new(limits);
        let message = node::TextValue { text: &text, node };
        // The tape's own verdict has just found a violation in it: not asked again.
        crate::rules::walk_unclean(<Message as Payload>::DESC, message, &crate::path::Path::ROOT, &mut ctx);
        let report = ctx.finish();
        let mut locator = locate::Locator::new(doc);
        report
            .into_iter()
            .map(|v| {
                let at = locator.node(node, &v.path);
                (v, doc.start(at))
            })
            .collect()
    }

    /// Byte offset of the value `pointer` names below `node` (of the deepest existing
    /// ancestor for a missing member; a repeated name resolves to its last copy).
    pub fn offset_of(&self, node: usize, pointer: &str) -> usize {
        let doc = self.doc();
        doc.start(locate::Locator::new(doc).node(node, pointer))
    }

    /// The value at `node`, as serde_json reads it.
    pub fn value(&self, node: usize) -> serde_json::Value {
        self.doc().value(node)
    }

    /// Every member name repeated within the value at `node`.
    pub fn duplicates(&self, node: usize) -> Vec<Duplicate> {
        if !duplicates::any(&self.doc(), node, &mut String::new()) {
            return Vec::new();
        }
        duplicates::find(&self.doc(), node)
    }
}

/// What the tape alone says of a message.
struct Verdict {
    /// No violation, repeated member names aside (each judged by its last copy, as
    /// serde_json reads it); `false` may also mean "look closer".
    clean: bool,
    /// Some object repeats a member name (perhaps: a hash may collide).
    repeats: bool,
    /// The earlier copies of repeated names, by name node (`duplicates::shadowed`);
    /// empty when no name repeats.
    shadowed: Vec<bool>,
}

/// Judges the message at `node` from the tape alone.
fn judge(doc: Doc<'_>, node: usize, limits: &Limits, work: &mut Work) -> Verdict {
    let desc = <Message as Payload>::DESC;
    let repeats = duplicates::any(&doc, node, &mut work.scratch);
    // Only a text with a repeated name pays for the map of earlier copies.
    let shadowed = if repeats { duplicates::shadowed(&doc, node) } else { Vec::new() };
    let mut clean = Clean {
        doc,
        shadowed: &shadowed,
        limits,
        scratch: std::mem::take(&mut work.scratch),
        hashes: std::mem::take(&mut work.hashes),
        envelope: ENVELOPE,
    };
    // The envelope's byte-size rule is counted by the walk, from the members it sees.
    let verdict = clean.value(desc, &Plan::NONE, node);
    work.scratch = clean.scratch;
    work.hashes = clean.hashes;
    Verdict { clean: verdict, repeats, shadowed }
}

/// The verdict of the text's fast path alone: `Some(true)` when the message has no
/// violation as read from the tape, repeated member names aside (each judged by its
/// last copy); `None` when the text is not JSON. For the differential tests, which
/// hold it to the full report.
pub fn is_clean(text: &str, limits: &Limits) -> Option<bool> {
    let document = Document::read(text).ok()?;
    Some(judge(document.doc(), 0, limits, &mut Work::default()).clean)
}

/// [`crate::validate_str_with`]: the report, each violation with its position.
pub(crate) fn validate(text: &str, limits: &Limits) -> Report {
    let mut buffers = BUFFERS.take();
    let read = tape::read_str_into(text, MAX_DEPTH, &mut buffers.tape, &mut buffers.stack);
    let report = match read {
        Err(error) => syntax_report(text, &error),
        Ok(()) => {
            let doc = Doc { text, nodes: &buffers.tape.nodes };
            let verdict = judge(doc, 0, limits, &mut buffers.work);
            if verdict.clean && !verdict.repeats {
                Report::default()
            } else {
                let document = Document { doc_text: text, tape: std::mem::take(&mut buffers.tape) };
                let report = placed_report(&document, limits, &verdict);
                buffers.tape = document.tape;
                report
            }
        }
    };
    // A huge text's buffers are not kept for the thread's life; those of usual
    // messages are, so the next validation allocates nothing. (Emptied first:
    // `shrink_to` never goes below the length.)
    buffers.tape.nodes.clear();
    buffers.tape.nodes.shrink_to(KEPT);
    buffers.work.scratch.clear();
    buffers.work.scratch.shrink_to(KEPT);
    buffers.work.hashes.clear();
    buffers.work.hashes.shrink_to(KEPT);
    BUFFERS.set(buffers);
    report
}

/// The full report of a text that holds a violation: the interpreter's (when the
/// tape's verdict could not clear the message), and the repeated member names (when
/// the verdict saw one), each placed at its line and column. A text whose only fault
/// is a repeated name is not walked again.
fn placed_report(document: &Document<'_>, limits: &Limits, verdict: &Verdict) -> Report {
    let mut violations =
        if verdict.clean { Vec::new() } else { document.full_report(0, limits, &verdict.shadowed) };
    let duplicates = if verdict.repeats { duplicates::find(&document.doc(), 0) } else { Vec::new() };
    let firsts =
        locate::positions(document.doc_text, &duplicates.iter().map(|d| d.first).collect::<Vec<_>>());
    for (d, first) in duplicates.iter().zip(firsts) {
        violations.push((d.violation(first.line, first.column), d.offset));
    }
    let offsets: Vec<usize> = violations.iter().map(|(_, offset)| *offset).collect();
    let positions = locate::positions(document.doc_text, &offsets);
    Report::from_violations(
        violations.into_iter().zip(positions).map(|((v, _), p)| v.with_position(p)).collect(),
    )
}

fn syntax_report(text: &str, error: &SyntaxError) -> Report {
    let position = locate::positions(text, &[error.offset])[0];
    Report::from_violations(vec![syntax_violation(error, text).with_position(position)])
}

/// A text that is not JSON, as one `syntax` violation.
fn syntax_violation(error: &SyntaxError, text: &str) -> Violation {
    let found = text.get(error.offset..).and_then(|rest| rest.chars().next());
    let (en, zh) = match error.problem {
        Problem::UnexpectedEnd if text.trim_matches([' ', '\t', '\n', '\r']).is_empty() => {
            ("the text holds no JSON value".to_owned(), "文本中没有 JSON 值".to_owned())
        }
        Problem::UnexpectedEnd => {
            ("the text ends in the middle of a value".to_owned(), "文本在某个值的中间结束".to_owned())
        }
        Problem::UnexpectedByte | Problem::TrailingText => {
            let shown = found.map_or_else(String::new, |c| format!(" `{}`", c.escape_debug()));
            let (en, zh) = if error.problem == Problem::TrailingText {
                ("more text after the JSON value", "JSON 值之后还有多余的文本")
            } else {
                ("unexpected character", "意外的字符")
            };
            (format!("{en}{shown}"), format!("{zh}{shown}"))
        }
        Problem::BadString => (
            "invalid string: a control character, an unknown escape or a lone surrogate".to_owned(),
            "无效的字符串：包含控制字符、未知的转义或不成对的代理项".to_owned(),
        ),
        Problem::BadNumber => ("invalid number".to_owned(), "无效的数字".to_owned()),
        Problem::TooDeep => (
            format!("arrays and objects nested more than {MAX_DEPTH} deep"),
            format!("数组和对象的嵌套超过 {MAX_DEPTH} 层"),
        ),
        Problem::TooLong => ("the text is longer than 4 GiB".to_owned(), "文本超过 4 GiB".to_owned()),
    };
    syntax(format!("not valid JSON: {en}"), format!("不是有效的 JSON：{zh}"))
}

/// A `syntax` error of the whole text, in both languages.
fn syntax(en: String, zh: String) -> Violation {
    let detail = Detail::Text { en, zh, hint: None };
    Violation::new(String::new(), String::new(), RuleCode::Syntax, Severity::Error, detail)
}

/// [`crate::validate_slice_with`]: UTF-8 first, then as text.
pub(crate) fn validate_bytes(bytes: &[u8], limits: &Limits) -> Report {
    match std::str::from_utf8(bytes) {
        Ok(text) => validate(text, limits),
        Err(error) => {
            let offset = error.valid_up_to();
            // Positions count characters of the valid text before the bad byte.
            let valid = std::str::from_utf8(&bytes[..offset]).unwrap_or_default();
            let position = locate::positions(valid, &[offset])[0];
            let byte = bytes[offset];
            let v = syntax(
                format!("not valid UTF-8 (byte {byte:#04x})"),
                format!("不是有效的 UTF-8（字节 {byte:#04x}）"),
            );
            Report::from_violations(vec![v.with_position(position)])
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_huge_texts_buffers_are_not_kept_by_the_thread() {
        let ids: Vec<String> = (0..200_000).map(|i| format!("u{i}")).collect();
        let text = serde_json::json!({"to": ids, "type": "txt", "body": {"msg": "\"quoted\""}}).to_string();
        assert!(!validate(&text, &Limits::DEFAULT).is_empty());
        let buffers = BUFFERS.take();
        assert!(buffers.tape.nodes.capacity() <= KEPT, "{}", buffers.tape.nodes.capacity());
        assert!(buffers.work.hashes.capacity() <= KEPT, "{}", buffers.work.hashes.capacity());
        BUFFERS.set(buffers);
    }

    #[test]
    fn members_are_reported_in_the_same_order_however_the_text_orders_them() {
        // `1`, `01` and `+1` name the same index but are different member names; a
        // `Value` holds them sorted, the text in the order written.
        let text = r#"{"to": ["u2"], "type": "txt", "body": {"msg": "hi", "1": 0, "+1": 0, "01": 0}}"#;
        let from_text: Vec<String> =
            validate(text, &Limits::DEFAULT).iter().map(|v| v.path.clone()).collect();
        let value: serde_json::Value = serde_json::from_str(text).unwrap();
        let from_value: Vec<String> = crate::validate(&value).iter().map(|v| v.path.clone()).collect();
        assert_eq!(from_text, ["/body/+1", "/body/01", "/body/1"]);
        assert_eq!(from_text, from_value);
    }
}
