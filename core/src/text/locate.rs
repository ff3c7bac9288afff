//! Where a violation is: the node a JSON Pointer names in the tape, and the line
//! and column of byte offsets.

use std::collections::HashMap;

use super::doc::Doc;
use super::tape::Kind;
use crate::report::Position;

/// Containers whose subtree holds more nodes than this (a cheap stand-in for "many
/// children") are indexed on their first lookup, so that a list of a million bad
/// recipients is not searched a million times.
const INDEXED: usize = 32;

/// Resolves pointers in one document.
pub(crate) struct Locator<'t> {
    doc: Doc<'t>,
    /// A large container's children, and for an object the last copy of each name.
    children: HashMap<usize, (Vec<usize>, HashMap<String, usize>)>,
}

impl<'t> Locator<'t> {
    pub fn new(doc: Doc<'t>) -> Locator<'t> {
        Locator { doc, children: HashMap::new() }
    }

    /// The node `pointer` names below `root`; for a pointer that does not resolve
    /// (a missing member), the deepest ancestor that exists. A repeated member name
    /// resolves to its last copy, the one serde_json keeps.
    pub fn node(&mut self, root: usize, pointer: &str) -> usize {
        let mut node = root;
        let Some(rest) = pointer.strip_prefix('/') else { return node };
        let mut scratch = String::new();
        for raw in rest.split('/') {
            let segment = raw.replace("~1", "/").replace("~0", "~");
            match self.child(node, &segment, &mut scratch) {
                Some(next) => node = next,
                None => break,
            }
        }
        node
    }

    fn child(&mut self, node: usize, segment: &str, scratch: &mut String) -> Option<usize> {
        let doc = self.doc;
        let kind = doc.kind(node);
        if !matches!(kind, Kind::Array | Kind::Object) {
            return None;
        }
        let large = doc.nodes[node].len as usize > INDEXED;
        if large {
            let (items, names) = self.children.entry(node).or_insert_with(|| index(&doc, node));
            return match kind {
                Kind::Array => items.get(segment.parse::<usize>().ok()?).copied(),
                _ => names.get(segment).copied(),
            };
        }
        match kind {
            Kind::Array => doc.children(node).nth(segment.parse().ok()?),
            _ => doc.member(node, segment, scratch),
        }
    }
}

fn index(doc: &Doc<'_>, node: usize) -> (Vec<usize>, HashMap<String, usize>) {
    let mut scratch = String::new();
    match doc.kind(node) {
        Kind::Array => (doc.children(node).collect(), HashMap::new()),
        _ => {
            let names =
                doc.members(node).map(|(name, value)| (doc.string(name, &mut scratch).to_owned(), value));
            (Vec::new(), names.collect())
        }
    }
}

/// The line and column of each offset, in the order given, from one pass over the
/// text (offsets are sorted first: a text with a million violations is read once).
pub(crate) fn positions(text: &str, offsets: &[usize]) -> Vec<Position> {
    let mut order: Vec<usize> = (0..offsets.len()).collect();
    order.sort_by_key(|&i| offsets[i]);
    let bytes = text.as_bytes();
    let (mut at, mut line, mut column) = (0, 1, 1);
    let mut out = vec![Position { offset: 0, line: 1, column: 1 }; offsets.len()];
    for i in order {
        let target = offsets[i].min(bytes.len());
        for &b in &bytes[at..target] {
            if b == b'\n' {
                line += 1;
                column = 1;
            } else if b & 0xc0 != 0x80 {
                // Not a UTF-8 continuation byte: a character starts here.
                column += 1;
            }
        }
        at = at.max(target);
        out[i] = Position { offset: offsets[i], line, column };
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tape;

    #[test]
    fn pointers_resolve_to_the_value_or_its_deepest_ancestor() {
        let text = r#"{"a": {"b": [10, 20, {"c~/": 1}]}, "a": {"b": [30]}}"#;
        let t = tape::read(text.as_bytes(), 128).unwrap();
        let mut locator = Locator::new(Doc { text, nodes: &t.nodes });
        let at = |l: &mut Locator<'_>, p: &str| &text[t.nodes[l.node(0, p)].start as usize..][..4];
        // The last copy of `a` wins.
        assert_eq!(at(&mut locator, "/a/b/0"), "30]}");
        assert_eq!(at(&mut locator, "/a/b/5"), "[30]");
        assert_eq!(at(&mut locator, "/a/x/y"), "{\"b\"");
        assert_eq!(at(&mut locator, ""), "{\"a\"");
    }

    #[test]
    fn positions_count_lines_and_characters() {
        let text = "{\n  \"中文\": 1,\n\"x\": 2}";
        let offsets = [text.find('1').unwrap(), 0, text.find("\"x").unwrap()];
        let lines: Vec<_> = positions(text, &offsets).iter().map(|p| (p.line, p.column)).collect();
        assert_eq!(lines, [(2, 9), (1, 1), (3, 1)]);
    }
}
