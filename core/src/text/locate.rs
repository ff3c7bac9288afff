//! Where a violation is: the node a JSON Pointer names in the tape, and the line
//! and column of byte offsets.

use std::collections::HashMap;

use super::doc::Doc;
use super::tape::Kind;
use crate::report::Position;

/// Containers with more children than this are indexed on their first lookup, so
/// that a list of a million bad recipients is not searched a million times.
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
            let segment = if raw.contains('~') {
                std::borrow::Cow::Owned(raw.replace("~1", "/").replace("~0", "~"))
            } else {
                std::borrow::Cow::Borrowed(raw)
            };
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
        let large = doc.nodes[node].len as usize > INDEXED && doc.children(node).nth(INDEXED).is_some();
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
        let target = offsets[i].min(bytes.len()).max(at);
        let segment = &bytes[at..target];
        // Counted eight bytes a step, not a byte at a time.
        let breaks = newlines(segment);
        if breaks == 0 {
            column += chars(segment);
        } else {
            // The last line break is near the end in any text with short lines.
            let last = segment.iter().rposition(|&b| b == b'\n').unwrap_or(0);
            line += breaks;
            column = 1 + chars(&segment[last + 1..]);
        }
        at = target;
        out[i] = Position { offset: offsets[i], line, column };
    }
    out
}

const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
const HIGH: u64 = 0x8080_8080_8080_8080;

/// Line breaks (`\n`) in `bytes`.
fn newlines(bytes: &[u8]) -> usize {
    let mut words = bytes.chunks_exact(8);
    let mut count = 0;
    for word in &mut words {
        let x = u64::from_le_bytes(word.try_into().unwrap_or([0; 8]))
            ^ (u64::from(b'\n') * 0x0101_0101_0101_0101);
        // The high bit of each byte that is zero (exactly: no borrow crosses bytes).
        let zero = !(((x & LOW7) + LOW7) | x | LOW7);
        count += zero.count_ones() as usize;
    }
    count + words.remainder().iter().filter(|&&b| b == b'\n').count()
}

/// Characters in UTF-8 bytes: the bytes that are not continuation bytes (`10xxxxxx`).
fn chars(bytes: &[u8]) -> usize {
    let mut words = bytes.chunks_exact(8);
    let mut continuation = 0;
    for word in &mut words {
        let x = u64::from_le_bytes(word.try_into().unwrap_or([0; 8]));
        // High bit set and the next bit clear.
        continuation += (x & !(x << 1) & HIGH).count_ones() as usize;
    }
    let rest = words.remainder();
    bytes.len() - continuation - rest.iter().filter(|&&b| b & 0xc0 == 0x80).count()
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
    fn lines_and_characters_are_counted_as_byte_by_byte() {
        let text = "{\n  \"中文\": 1,\n\"x\": \"😀é\\n\"}\n\n  abc 中\n".repeat(5);
        for end in 0..=text.len() {
            let bytes = &text.as_bytes()[..end];
            assert_eq!(newlines(bytes), bytes.iter().filter(|&&b| b == b'\n').count(), "{end}");
            assert_eq!(chars(bytes), bytes.iter().filter(|&&b| b & 0xc0 != 0x80).count(), "{end}");
        }
    }

    #[test]
    fn positions_count_lines_and_characters() {
        let text = "{\n  \"中文\": 1,\n\"x\": 2}";
        let offsets = [text.find('1').unwrap(), 0, text.find("\"x").unwrap()];
        let lines: Vec<_> = positions(text, &offsets).iter().map(|p| (p.line, p.column)).collect();
        assert_eq!(lines, [(2, 9), (1, 1), (3, 1)]);
    }
}
