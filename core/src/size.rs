//! The byte-size rule: `body` plus `ext`, serialized compactly, within [`Limits::max_bytes`].
//!
//! JSON Schema cannot say this, so it is a plain function the envelope names in
//! `#[payload(check(...))]`. The size is counted by walking the value, as
//! `serde_json::to_vec` would write it, without building the bytes, and with
//! recursion only for the first 32 levels: an `ext` nested 100,000 levels deep is
//! counted on a heap stack, not a stack overflow.

use std::fmt::{self, Write};

use serde_json::{Map, Value};

use crate::Checker;
use crate::limits::Limits;
use crate::report::{Detail, Severity};

/// The members the limit counts.
pub(crate) const COUNTED: [&str; 2] = ["body", "ext"];

/// The length of `serde_json::to_vec(value)`, computed without allocating for
/// values up to 32 levels deep.
///
/// ```
/// let v = serde_json::json!({"msg": "你好", "n": [1, 2.5, null]});
/// assert_eq!(easemob_payload::size::compact_len(&v), serde_json::to_vec(&v).unwrap().len());
/// ```
pub fn compact_len(value: &Value) -> usize {
    nested_len(value, 0)
}

/// Levels counted by plain recursion; deeper values go to [`deep_len`]'s heap stack.
const RECURSION: usize = 32;

/// Recursion for the usual shallow values: no stack of frames to set up, which
/// cost more than the counting itself on a small payload.
fn nested_len(value: &Value, depth: usize) -> usize {
    match value {
        Value::Array(_) | Value::Object(_) if depth == RECURSION => deep_len(value),
        Value::Array(items) => {
            2 + items.len().saturating_sub(1) + items.iter().map(|v| nested_len(v, depth + 1)).sum::<usize>()
        }
        Value::Object(map) => {
            let members: usize = map.iter().map(|(k, v)| string_len(k) + 1 + nested_len(v, depth + 1)).sum();
            2 + members + map.len().saturating_sub(1)
        }
        scalar => scalar_len(scalar),
    }
}

fn scalar_len(value: &Value) -> usize {
    match value {
        Value::Null | Value::Bool(true) => 4,
        Value::Bool(false) => 5,
        Value::Number(n) => number_len(n),
        Value::String(s) => string_len(s),
        Value::Array(_) | Value::Object(_) => unreachable!("not a scalar"),
    }
}

/// Any depth without recursion: an explicit stack of iterators on the heap.
fn deep_len(value: &Value) -> usize {
    let mut total = 0usize;
    let mut stack: Vec<Frame<'_>> = Vec::new();
    let mut next = Some(value);
    loop {
        if let Some(v) = next.take() {
            total += match v {
                Value::Array(items) => {
                    stack.push(Frame::Array(items.iter()));
                    2 + items.len().saturating_sub(1)
                }
                Value::Object(map) => {
                    stack.push(Frame::Object(map.values()));
                    let keys: usize = map.keys().map(|k| string_len(k) + 1).sum();
                    2 + keys + map.len().saturating_sub(1)
                }
                scalar => scalar_len(scalar),
            };
        }
        match stack.last_mut() {
            None => return total,
            Some(frame) => match frame.next() {
                Some(child) => next = Some(child),
                None => {
                    stack.pop();
                }
            },
        }
    }
}

/// The size of `body` plus `ext` (an absent one counts 0).
pub fn body_and_ext_len(message: &Map<String, Value>) -> usize {
    COUNTED.iter().filter_map(|k| message.get(*k)).map(compact_len).sum()
}

/// The `maxBytes` rule, named by the envelope's `#[payload(check(...))]`.
pub fn body_and_ext_size(message: &Map<String, Value>, checker: &mut Checker<'_>) {
    report_size(body_and_ext_len(message), checker);
}

/// The `maxBytes` rule on a size already counted (from a text's tape, say).
pub(crate) fn report_size(size: usize, checker: &mut Checker<'_>) {
    let limit = checker.limits().max_bytes;
    if size > limit {
        checker.report(None, Severity::Error, Detail::TooLarge { size, limit });
    }
}

/// Whether a typed message breaks no rule, judged on the Rust value without building
/// its JSON: by the derive's typed validator over its fields, this rule held against
/// the lengths counted from `body` and `ext`; or, where the fields cannot tell, by
/// judging the whole serialization (`crate::fast::typed`), which counts the size on
/// the way.
pub(crate) fn typed_message_is_clean<E: crate::Payload + serde::Serialize>(
    message: &crate::Message<E>,
    limits: &Limits,
) -> bool {
    use crate::Payload;
    let fits = |size: usize| size <= limits.max_bytes;
    match message.typed_fields_clean(limits) {
        Some(true) => typed_body_and_ext_len(message).is_some_and(fits),
        Some(false) => false,
        None => {
            let desc = <crate::Message<E> as Payload>::DESC;
            crate::fast::typed::clean_and_counted(message, desc, limits, &COUNTED).is_some_and(fits)
        }
    }
}

/// [`body_and_ext_len`] of a typed message: counted by the derive's code over the
/// fields, or (where that cannot tell) as the parts serialize.
fn typed_body_and_ext_len<E: crate::Payload + serde::Serialize>(
    message: &crate::Message<E>,
) -> Option<usize> {
    use crate::Payload;
    use crate::fast::typed::lengths;
    // The content is the tag and `body`; `ext` counts whole.
    let body =
        message.content.typed_content_len().or_else(|| Some(lengths(&message.content, &COUNTED)?.1))?;
    let ext = match &message.ext {
        Some(ext) => ext.typed_len().or_else(|| Some(lengths(ext, &[])?.0))?,
        None => 0,
    };
    Some(body + ext)
}

// `typed_message_is_clean` stands for the envelope's custom checks: this one alone.
const _: () = assert!(
    match <crate::Message as crate::Payload>::DESC.shape {
        // ...and `typed_fields_clean` leaves out the envelope's own rules: it has none.
        crate::model::Shape::Object(envelope) => {
            envelope.custom.len() == 1 && <crate::Message as crate::Payload>::DESC.plan.is_empty()
        }
        _ => false,
    },
    "the envelope's only custom check is the byte-size rule"
);

/// The server's answer to a message over the limit: its error code and text.
pub const SERVER_ERROR: (u32, &str) = (14007, "message is too large");

/// What the schema says of the rule it cannot express.
pub const DESCRIPTION: &str = "The compact UTF-8 JSON serialization of `body` plus that of `ext` (an absent one counting 0) must not exceed 5120 bytes (server error 14007 `message is too large`); private deployments often use 3072. JSON Schema cannot express this: validators of this schema must check it themselves.";

const _: () = assert!(Limits::DEFAULT.max_bytes == 5120, "DESCRIPTION states the default");

/// Quoted length with serde_json's escapes: `"` `\` and the short forms take 2 bytes, other controls 6.
pub fn string_len(s: &str) -> usize {
    // Almost no string needs escaping: a test of eight bytes at a time settles that,
    // and only the rest are classified byte by byte.
    if !needs_escape(s.as_bytes()) {
        return 2 + s.len();
    }
    2 + s.len()
        + s.bytes()
            .map(|b| match b {
                b'"' | b'\\' | 0x08 | 0x09 | 0x0a | 0x0c | 0x0d => 1,
                0x00..=0x1f => 5,
                _ => 0,
            })
            .sum::<usize>()
}

/// Whether any byte is a control character, `"` or `\\`: eight bytes per test, with
/// the classic "has a byte below n" and "has a zero byte" word tricks (exact for
/// whether any byte matches, which is all this asks).
fn needs_escape(bytes: &[u8]) -> bool {
    const EACH: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = EACH * 0x80;
    let below = |w: u64, n: u64| w.wrapping_sub(EACH * n) & !w & HIGH;
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let w = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        let hits =
            below(w, 0x20) | below(w ^ (EACH * u64::from(b'"')), 1) | below(w ^ (EACH * u64::from(b'\\')), 1);
        if hits != 0 {
            return true;
        }
    }
    chunks.remainder().iter().any(|&b| b < 0x20 || b == b'"' || b == b'\\')
}

/// The length of a number as serde_json writes it (its `Display` is the same text):
/// integers by their digits, floats through a counting `fmt::Write`.
pub fn number_len(n: &serde_json::Number) -> usize {
    let digits = |u: u64| u.checked_ilog10().map_or(1, |d| d as usize + 1);
    if let Some(u) = n.as_u64() {
        return digits(u);
    }
    if let Some(i) = n.as_i64() {
        return 1 + digits(i.unsigned_abs());
    }
    struct Counter(usize);
    impl Write for Counter {
        fn write_str(&mut self, s: &str) -> fmt::Result {
            self.0 += s.len();
            Ok(())
        }
    }
    let mut counter = Counter(0);
    let _ = write!(counter, "{n}");
    counter.0
}

enum Frame<'a> {
    Array(std::slice::Iter<'a, Value>),
    Object(serde_json::map::Values<'a>),
}

impl<'a> Frame<'a> {
    fn next(&mut self) -> Option<&'a Value> {
        match self {
            Frame::Array(items) => items.next(),
            Frame::Object(values) => values.next(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_schema_description_names_the_servers_error() {
        assert!(DESCRIPTION.contains(&format!("{} `{}`", SERVER_ERROR.0, SERVER_ERROR.1)), "{DESCRIPTION}");
    }

    #[test]
    fn matches_serde_json_on_escapes_and_numbers() {
        let v = json!({
            "a\"b": "line\nbreak\u{0001}\t\\ 中文 😀",
            "n": [0, -1, u64::MAX, i64::MIN, 1.5, 1e300, -0.0, 10.0],
            "e": {}, "l": [], "t": true, "f": false, "z": null
        });
        assert_eq!(compact_len(&v), serde_json::to_vec(&v).unwrap().len());
    }

    #[test]
    fn the_word_test_finds_every_byte_that_needs_escaping() {
        for byte in 0u8..=255 {
            let expected = byte < 0x20 || byte == b'"' || byte == b'\\';
            for at in 0..17 {
                let mut text = vec![b'a'; 17];
                text[at] = byte;
                assert_eq!(needs_escape(&text), expected, "byte {byte:#x} at {at}");
            }
        }
        // Bytes just above the thresholds, next to each other (no borrow leaks across).
        assert!(!needs_escape(b" !#[]^~\x7f\x80\xff"));
    }

    #[test]
    fn the_switch_from_recursion_to_the_heap_stack_counts_right() {
        for depth in [RECURSION - 1, RECURSION, RECURSION + 1, 3 * RECURSION] {
            let mut v = json!({"leaf": [1, "x\n", {"k": null}]});
            for level in 0..depth {
                v = if level % 2 == 0 { json!([v, -12, 2.5]) } else { json!({"a\"b": v, "c": true}) };
            }
            assert_eq!(compact_len(&v), serde_json::to_vec(&v).unwrap().len(), "depth {depth}");
        }
    }

    #[test]
    fn deep_nesting_spills_without_recursion() {
        let depth = 100_000;
        let mut v = json!("x");
        for _ in 0..depth {
            v = Value::Array(vec![v]);
        }
        assert_eq!(compact_len(&v), 3 + 2 * depth);
        // serde_json drops a Value recursively; this test is about counting, not dropping.
        std::mem::forget(v);
    }
}
