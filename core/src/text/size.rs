//! The byte-size rule counted from the text: the length of a value's compact JSON
//! as serde_json would write it after reading the text (escapes decoded and written
//! again its way, numbers in its notation), without building the value.

use super::doc::Doc;
use super::tape::Kind;

/// The byte-size rule's count: the compact length of each of `members` (the values
/// of `body` and `ext` present), as the envelope's check adds them.
pub(crate) fn counted_len(doc: &Doc<'_>, shadowed: &[bool], members: impl Iterator<Item = usize>) -> usize {
    members.map(|member| compact_len(doc, member, shadowed)).sum()
}

/// Compact length of the subtree at `node`, in one pass over its nodes (no recursion:
/// nesting is as deep as the text's). Members whose name node is `shadowed` (an
/// earlier copy of a repeated name, which serde_json drops) are left out.
pub(crate) fn compact_len(doc: &Doc<'_>, node: usize, shadowed: &[bool]) -> usize {
    let end = node + doc.nodes[node].len as usize;
    let mut total = 0;
    // Each value but the first of a container is preceded by a comma: one per value
    // node below `node`, less one per non-empty container. (A container that loses a
    // shadowed member keeps its last copy: it stays non-empty.)
    let mut values_below = 0usize;
    let mut nonempty_containers = 0usize;
    let mut i = node;
    while i < end {
        if shadowed.get(i).copied().unwrap_or(false) {
            // The name and its value's subtree.
            i += 1 + doc.nodes[i + 1].len as usize;
            continue;
        }
        let n = doc.nodes[i];
        total += match n.kind {
            Kind::Null | Kind::True => 4,
            Kind::False => 5,
            Kind::Number => crate::size::number_len(&doc.number(i)),
            // Unescaped, a string is written as it stands: it holds no character serde_json escapes.
            Kind::String { escaped: false } => (n.end - n.start) as usize,
            Kind::String { escaped: true } => escaped_len(doc.inner(i)),
            // A name and its colon.
            Kind::Key { escaped: false } => (n.end - n.start) as usize + 1,
            Kind::Key { escaped: true } => escaped_len(doc.inner(i)) + 1,
            Kind::Array | Kind::Object => {
                nonempty_containers += usize::from(n.len > 1);
                2
            }
        };
        if i > node && !matches!(n.kind, Kind::Key { .. }) {
            values_below += 1;
        }
        i += 1;
    }
    total + values_below - nonempty_containers
}

/// The length serde_json writes a string in, quotes included, from the inside of
/// its JSON text (escapes still in), without decoding it: a 50 MB string full of
/// escapes is measured without a copy.
fn escaped_len(inner: &str) -> usize {
    let bytes = inner.as_bytes();
    let mut len = 2;
    let mut at = 0;
    while at < bytes.len() {
        if bytes[at] != b'\\' {
            // Written as it stands: the text holds no character serde_json escapes unescaped.
            len += 1;
            at += 1;
            continue;
        }
        let (written, used) = match bytes.get(at + 1) {
            // `\"` and `\\` are written so again; `\/` as `/`.
            Some(b'"' | b'\\') => (2, 2),
            Some(b'/') => (1, 2),
            Some(b'b' | b'f' | b'n' | b'r' | b't') => (2, 2),
            Some(b'u') => {
                let unit =
                    inner.get(at + 2..at + 6).and_then(|h| u32::from_str_radix(h, 16).ok()).unwrap_or(0);
                match unit {
                    // A surrogate pair: one character of four bytes.
                    0xd800..=0xdbff => (4, 12),
                    0x08 | 0x09 | 0x0a | 0x0c | 0x0d | 0x22 | 0x5c => (2, 6),
                    0x00..=0x1f => (6, 6),
                    0x20..=0x7f => (1, 6),
                    0x80..=0x7ff => (2, 6),
                    _ => (3, 6),
                }
            }
            _ => (1, 1),
        };
        len += written;
        at += used;
    }
    len
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tape;

    #[test]
    fn a_repeated_name_counts_its_last_copy_only() {
        let text = r#"{"a": [1, 2, 3], "b": {"c": 1, "c": "long text"}, "a": "x"}"#;
        let t = tape::read(text.as_bytes(), 128).unwrap();
        let doc = Doc { text, nodes: &t.nodes };
        let shadowed = crate::text::duplicates::shadowed(&doc, 0);
        let value: serde_json::Value = serde_json::from_str(text).unwrap();
        assert_eq!(compact_len(&doc, 0, &shadowed), serde_json::to_vec(&value).unwrap().len());
    }

    #[test]
    fn lengths_are_those_of_serde_json_compact_output() {
        for text in [
            "null",
            r#"{"a": [1, 2.50, -0, 1e3, {"b": "x\"\u00e9"}], "\u0063": {}, "d": [], "e": [[]], "中": "文"}"#,
            r#"["\b\f\n\r\t\/\\\"", "\u0000\u001f\u007f\u0080\u07ff\u0800\uffff", "\u0022\u005c\u002f\u0008"]"#,
            "[true, false, null, \"\\ud83d\\ude00\", 18446744073709551616]",
        ] {
            let t = tape::read(text.as_bytes(), 128).unwrap();
            let doc = Doc { text, nodes: &t.nodes };
            let value: serde_json::Value = serde_json::from_str(text).unwrap();
            let expected = serde_json::to_vec(&value).unwrap().len();
            assert_eq!(compact_len(&doc, 0, &[]), expected, "{text}");
        }
    }
}
