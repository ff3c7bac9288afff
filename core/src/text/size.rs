//! The byte-size rule counted from the text: the length of a value's compact JSON
//! as serde_json would write it after reading the text (escapes decoded and written
//! again its way, numbers in its notation), without building the value.

use super::doc::Doc;
use super::tape::Kind;

/// Compact length of the subtree at `node`, in one pass over its nodes (no recursion:
/// nesting is as deep as the text's).
pub(crate) fn compact_len(doc: &Doc<'_>, node: usize, scratch: &mut String) -> usize {
    let end = node + doc.nodes[node].len as usize;
    let mut total = 0;
    // Each value but the first of a container is preceded by a comma: one per value
    // node below `node`, less one per non-empty container.
    let mut values_below = 0usize;
    let mut nonempty_containers = 0usize;
    for i in node..end {
        let n = doc.nodes[i];
        total += match n.kind {
            Kind::Null | Kind::True => 4,
            Kind::False => 5,
            Kind::Number => crate::size::number_len(&doc.number(i)),
            // Unescaped, a string is written as it stands: it holds no character serde_json escapes.
            Kind::String { escaped: false } => (n.end - n.start) as usize,
            Kind::String { escaped: true } => crate::size::string_len(doc.string(i, scratch)),
            // A name and its colon.
            Kind::Key { escaped: false } => (n.end - n.start) as usize + 1,
            Kind::Key { escaped: true } => crate::size::string_len(doc.string(i, scratch)) + 1,
            Kind::Array | Kind::Object => {
                nonempty_containers += usize::from(n.len > 1);
                2
            }
        };
        if i > node && !matches!(n.kind, Kind::Key { .. }) {
            values_below += 1;
        }
    }
    total + values_below - nonempty_containers
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tape;

    #[test]
    fn lengths_are_those_of_serde_json_compact_output() {
        for text in [
            "null",
            r#"{"a": [1, 2.50, -0, 1e3, {"b": "x\"\u00e9"}], "\u0063": {}, "d": [], "e": [[]], "中": "文"}"#,
            "[true, false, null, \"\\ud83d\\ude00\", 18446744073709551616]",
        ] {
            let t = tape::read(text.as_bytes(), 128).unwrap();
            let doc = Doc { text, nodes: &t.nodes };
            let value: serde_json::Value = serde_json::from_str(text).unwrap();
            let expected = serde_json::to_vec(&value).unwrap().len();
            assert_eq!(compact_len(&doc, 0, &mut String::new()), expected, "{text}");
        }
    }
}
