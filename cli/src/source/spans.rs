//! Where every value of a document starts, and which member names repeat.
//!
//! [`scan`] walks the text once, left to right, with an explicit stack (never
//! recursion), and records one [`Node`] per value in document order: its byte
//! offset, its member name (decoded, in a shared string buffer) and the size of
//! its subtree, so the children of a node are found by skipping subtrees. A
//! pointer is resolved by walking these nodes ([`Spans::offset_of`]); the
//! messages of one file share them. Member
//! names are compared decoded, so `"a"` and `"\u0061"` are the same name.
//!
//! The scanner is meant for text serde_json has accepted, but it is total: on any
//! input it ends (every step consumes at least one byte) and never panics.

use std::collections::HashMap;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::sync::OnceLock;

use super::pointer;

/// Marks a node that is not an object member (the root, an array element).
const NO_KEY: u32 = u32::MAX;

/// Objects with more members than this look names up in a hash map.
const LINEAR_KEYS: usize = 24;

/// One value: where it starts, its member name, how many nodes its subtree holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Node {
    /// Byte offset of the value's first byte in the file.
    start: u32,
    /// Start of the decoded member name in [`Spans::keys`], or [`NO_KEY`].
    key_start: u32,
    /// Length in bytes of the decoded member name.
    key_len: u32,
    /// Number of nodes in this subtree, this one included.
    len: u32,
}

/// The positions of every value inside one message.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Spans {
    nodes: Vec<Node>,
    keys: String,
    /// Built on the first lookup: finding the k-th child by skipping subtrees costs
    /// O(k), and a file with 100,000 violations in one array would pay it 100,000 times.
    index: OnceLock<ChildIndex>,
}

/// The children of every node, grouped by parent, and the last copy of each member
/// name of the large objects.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct ChildIndex {
    /// `children[first[p]..first[p + 1]]` are the children of node `p`, in order.
    first: Vec<u32>,
    children: Vec<u32>,
    /// `(object, hash of the member name)` → its last member node, for objects with
    /// more than [`LINEAR_KEYS`] members.
    members: HashMap<(u32, u64), u32>,
}

impl Spans {
    /// Byte offset of the value `pointer` points to, relative to the value of node
    /// `root` (0: the document); for a pointer that does not resolve, of the deepest
    /// existing ancestor. A repeated member name resolves to its last copy, the one
    /// serde_json keeps.
    pub(crate) fn offset_of(&self, root: usize, pointer: &str) -> usize {
        let Some(node) = self.nodes.get(root) else {
            return 0;
        };
        let Some(segments) = pointer::segments(pointer) else {
            return node.start as usize;
        };
        let mut current = root;
        for segment in segments {
            match self.child(current, &segment) {
                Some(next) => current = next,
                None => break,
            }
        }
        self.nodes[current].start as usize
    }

    /// The node of the member named `segment` (object) or of element `segment` (array).
    fn child(&self, parent: usize, segment: &str) -> Option<usize> {
        let index = self.index.get_or_init(|| self.build_index());
        let from = *index.first.get(parent)? as usize;
        let to = *index.first.get(parent + 1)? as usize;
        let children = &index.children[from..to];
        let first = *children.first()? as usize;
        if self.nodes[first].key_start == NO_KEY {
            // An array: the segment is an index.
            let wanted: usize = segment.parse().ok()?;
            return children.get(wanted).map(|&c| c as usize);
        }
        if children.len() > LINEAR_KEYS {
            let hit = index.members.get(&(parent as u32, hash_of(segment))).map(|&c| c as usize);
            if let Some(hit) = hit.filter(|&c| self.key(self.nodes[c]) == segment) {
                return Some(hit);
            }
        }
        // The last copy of a repeated name is the one serde_json keeps.
        children.iter().rev().map(|&c| c as usize).find(|&c| self.key(self.nodes[c]) == segment)
    }

    /// One pass over the nodes: each node's parent is the innermost open subtree.
    fn build_index(&self) -> ChildIndex {
        let n = self.nodes.len();
        let mut parent = vec![u32::MAX; n];
        let mut open: Vec<(usize, usize)> = Vec::new();
        for (i, node) in self.nodes.iter().enumerate() {
            while open.last().is_some_and(|&(_, end)| i >= end) {
                open.pop();
            }
            if let Some(&(p, _)) = open.last() {
                parent[i] = p as u32;
            }
            open.push((i, i + node.len.max(1) as usize));
        }
        let mut first = vec![0u32; n + 1];
        for &p in parent.iter().filter(|&&p| p != u32::MAX) {
            first[p as usize + 1] += 1;
        }
        for i in 0..n {
            first[i + 1] += first[i];
        }
        let mut fill = first.clone();
        let mut children = vec![0u32; first[n] as usize];
        for (i, &p) in parent.iter().enumerate().filter(|(_, p)| **p != u32::MAX) {
            children[fill[p as usize] as usize] = i as u32;
            fill[p as usize] += 1;
        }
        let mut members = HashMap::new();
        for p in 0..n {
            let kids = &children[first[p] as usize..first[p + 1] as usize];
            if kids.len() > LINEAR_KEYS && kids.iter().all(|&c| self.nodes[c as usize].key_start != NO_KEY) {
                for &c in kids {
                    members.insert((p as u32, hash_of(self.key(self.nodes[c as usize]))), c);
                }
            }
        }
        ChildIndex { first, children, members }
    }

    fn key(&self, node: Node) -> &str {
        let start = node.key_start as usize;
        self.keys.get(start..start + node.key_len as usize).unwrap_or("")
    }

    /// The nodes of the root's direct children, in order (the elements of a root array).
    pub(crate) fn children(&self) -> Vec<usize> {
        let mut out = Vec::new();
        let Some(root) = self.nodes.first() else {
            return out;
        };
        let end = (root.len as usize).min(self.nodes.len());
        let mut at = 1;
        while at < end {
            out.push(at);
            at += self.nodes[at].len.max(1) as usize;
        }
        out
    }
}

/// A member name that appears again in the same object.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Duplicate {
    /// The root array's element that holds it (0 when the root is not an array).
    pub element: usize,
    /// Pointer to the repeated member, relative to that element.
    pub path: String,
    /// The member name, decoded.
    pub key: String,
    /// Byte offset of the repeat's name (its opening quote).
    pub offset: usize,
    /// Byte offset of the first copy's name.
    pub first: usize,
}

/// What one pass over a document finds.
#[derive(Debug, Default)]
pub(crate) struct Scan {
    pub spans: Spans,
    pub duplicates: Vec<Duplicate>,
}

/// An open object or array.
struct Frame {
    node: usize,
    object: bool,
    expect_key: bool,
    /// Children pushed so far.
    count: usize,
    /// The current member's name in the key buffer (objects).
    key: (u32, u32),
    /// Where this object's names start in the scanner's name list.
    names_from: usize,
    /// Hash of a name → index in the name list, for large objects.
    index: Option<HashMap<u64, usize>>,
}

/// A member name seen in an open object: its range in the key buffer and its offset.
#[derive(Clone, Copy)]
struct Name {
    start: u32,
    len: u32,
    offset: u32,
}

/// Scans `text`, which starts at byte `base` of the file. With `array_root`,
/// duplicates are reported relative to the elements of the root array.
///
/// Offsets must fit in `u32`; the caller rejects larger files.
pub(crate) fn scan(text: &str, base: usize, array_root: bool) -> Scan {
    let bytes = text.as_bytes();
    // Sized for a small message up front: growing costs more than the scan itself.
    let mut out = Scan {
        spans: Spans {
            nodes: Vec::with_capacity((bytes.len() / 8).min(1 << 16) + 8),
            keys: String::with_capacity((bytes.len() / 2).min(1 << 16)),
            index: OnceLock::new(),
        },
        duplicates: Vec::new(),
    };
    let nodes = &mut out.spans.nodes;
    let keys = &mut out.spans.keys;
    let mut stack: Vec<Frame> = Vec::with_capacity(8);
    let mut names: Vec<Name> = Vec::with_capacity(32);
    let mut pending: Option<(u32, u32)> = None;
    let at_offset = |i: usize| (base + i).min(u32::MAX as usize) as u32;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        match b {
            b',' => {
                if let Some(top) = stack.last_mut() {
                    top.expect_key = top.object;
                }
                i += 1;
            }
            b' ' | b'\t' | b'\n' | b'\r' | b':' => i += 1,
            b'}' | b']' => {
                if let Some(frame) = stack.pop() {
                    nodes[frame.node].len = (nodes.len() - frame.node) as u32;
                    names.truncate(frame.names_from);
                }
                i += 1;
            }
            b'"' if stack.last().is_some_and(|f| f.object && f.expect_key) => {
                let end = string_end(bytes, i);
                let start = keys.len() as u32;
                push_decoded(keys, text, i, end);
                let name = Name { start, len: keys.len() as u32 - start, offset: at_offset(i) };
                let top = stack.last_mut().expect("checked above");
                top.expect_key = false;
                top.key = (name.start, name.len);
                pending = Some(top.key);
                if let Some(first) = find_name(top, &names, keys, name) {
                    out.duplicates.push(duplicate(&stack, keys, array_root, name, first));
                }
                let top = stack.last_mut().expect("checked above");
                remember(top, &mut names, keys, name);
                i = end;
            }
            _ => {
                let (key_start, key_len) = pending.take().unwrap_or((NO_KEY, 0));
                if let Some(top) = stack.last_mut() {
                    top.count += 1;
                    top.expect_key = false;
                }
                nodes.push(Node { start: at_offset(i), key_start, key_len, len: 1 });
                match b {
                    b'{' | b'[' => {
                        stack.push(Frame {
                            node: nodes.len() - 1,
                            object: b == b'{',
                            expect_key: b == b'{',
                            count: 0,
                            key: (NO_KEY, 0),
                            names_from: names.len(),
                            index: None,
                        });
                        i += 1;
                    }
                    b'"' => i = string_end(bytes, i),
                    _ => {
                        i += 1;
                        while i < bytes.len()
                            && !matches!(
                                bytes[i],
                                b' ' | b'\t' | b'\n' | b'\r' | b',' | b':' | b'}' | b']' | b'"' | b'{' | b'['
                            )
                        {
                            i += 1;
                        }
                    }
                }
            }
        }
    }
    // Unclosed containers (only in text serde_json rejected) end at the end.
    while let Some(frame) = stack.pop() {
        nodes[frame.node].len = (nodes.len() - frame.node) as u32;
    }
    out
}

/// The index just past the string that opens at `open` (or the end of the text).
fn string_end(bytes: &[u8], open: usize) -> usize {
    let mut i = open + 1;
    while let Some(found) = bytes.get(i..).and_then(|rest| memchr::memchr2(b'"', b'\\', rest)) {
        i += found;
        if bytes[i] == b'"' {
            return i + 1;
        }
        i += 2;
    }
    bytes.len()
}

/// Appends the decoded content of the string `text[open..end]` to `keys`.
fn push_decoded(keys: &mut String, text: &str, open: usize, end: usize) {
    let Some(raw) = text.get(open..end) else {
        return;
    };
    let inner = raw.get(1..raw.len().saturating_sub(1)).unwrap_or("");
    if !inner.contains('\\') {
        keys.push_str(inner);
    } else if let Ok(decoded) = serde_json::from_str::<String>(raw) {
        keys.push_str(&decoded);
    } else {
        keys.push_str(inner);
    }
}

fn name_str(keys: &str, name: Name) -> &str {
    let start = name.start as usize;
    keys.get(start..start + name.len as usize).unwrap_or("")
}

fn hash_of(name: &str) -> u64 {
    let mut hasher = DefaultHasher::new();
    name.hash(&mut hasher);
    hasher.finish()
}

/// An earlier member of `frame` with the same name as `name`.
fn find_name(frame: &Frame, names: &[Name], keys: &str, name: Name) -> Option<Name> {
    let wanted = name_str(keys, name);
    let own = names.get(frame.names_from..).unwrap_or(&[]);
    if let Some(index) = &frame.index {
        let &at = index.get(&hash_of(wanted))?;
        if name_str(keys, names[at]) == wanted {
            return Some(names[at]);
        }
        // A hash collision: fall back to comparing every name.
    }
    own.iter().copied().find(|n| name_str(keys, *n) == wanted)
}

/// Adds `name` to the object's names, building the hash index once the object is large.
fn remember(frame: &mut Frame, names: &mut Vec<Name>, keys: &str, name: Name) {
    names.push(name);
    let own = names.len() - frame.names_from;
    if frame.index.is_none() && own > LINEAR_KEYS {
        let mut index = HashMap::with_capacity(own * 2);
        for (at, n) in names.iter().enumerate().skip(frame.names_from) {
            index.entry(hash_of(name_str(keys, *n))).or_insert(at);
        }
        frame.index = Some(index);
    } else if let Some(index) = &mut frame.index {
        index.entry(hash_of(name_str(keys, name))).or_insert(names.len() - 1);
    }
}

/// Describes the repeat `name` of `first` in the innermost open object.
fn duplicate(stack: &[Frame], keys: &str, array_root: bool, name: Name, first: Name) -> Duplicate {
    let skip = usize::from(array_root);
    let element = if array_root { stack.first().map_or(0, |f| f.count.saturating_sub(1)) } else { 0 };
    let mut path = String::new();
    let outer = stack.len().saturating_sub(1);
    for frame in stack.iter().take(outer).skip(skip) {
        if frame.object {
            let (start, len) = frame.key;
            pointer::push_key(&mut path, name_str(keys, Name { start, len, offset: 0 }));
        } else {
            pointer::push_index(&mut path, frame.count.saturating_sub(1));
        }
    }
    let key = name_str(keys, name).to_owned();
    pointer::push_key(&mut path, &key);
    Duplicate { element, path, key, offset: name.offset as usize, first: first.offset as usize }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str, pointer: &str) -> &'static str {
        let scan = scan(text, 0, false);
        let offset = scan.spans.offset_of(0, pointer);
        let rest = &text[offset..];
        Box::leak(rest[..rest.len().min(6)].to_owned().into_boxed_str())
    }

    #[test]
    fn pointers_resolve_to_value_starts() {
        let text = r#"{"to": ["a", "b"], "body": {"msg": "hi", "n": 12, "o": {"x": [true]}}}"#;
        assert_eq!(at(text, ""), r#"{"to":"#);
        assert_eq!(at(text, "/to"), r#"["a", "#);
        assert_eq!(at(text, "/to/1"), r#""b"], "#);
        assert_eq!(at(text, "/body/msg"), r#""hi", "#);
        assert_eq!(at(text, "/body/n"), "12, \"o");
        assert_eq!(at(text, "/body/o/x/0"), "true]}");
    }

    #[test]
    fn missing_members_resolve_to_the_deepest_ancestor() {
        let text = r#"{"to": ["a"], "body": {"url": "x"}}"#;
        assert_eq!(at(text, "/body/msg"), r#"{"url""#);
        assert_eq!(at(text, "/body/msg/deeper/still"), r#"{"url""#);
        assert_eq!(at(text, "/to/5"), r#"["a"],"#);
        assert_eq!(at(text, "/to/x"), r#"["a"],"#);
        assert_eq!(at(text, "/to/0/inside"), r#""a"], "#);
        assert_eq!(at(text, "no-slash"), r#"{"to":"#);
        assert_eq!(at("{}", "/a"), "{}");
        assert_eq!(at("[]", "/0"), "[]");
    }

    #[test]
    fn escaped_pointer_segments_and_escaped_names() {
        let text = r#"{"a/b": 1, "m~n": 2, "\u0063": 3, "é": 4}"#;
        assert_eq!(at(text, "/a~1b"), "1, \"m~");
        assert_eq!(at(text, "/m~0n"), "2, \"\\u");
        assert_eq!(at(text, "/c"), "3, \"é");
        assert_eq!(at(text, "/é"), "4}");
    }

    #[test]
    fn a_repeated_name_resolves_to_the_last_copy() {
        let text = r#"{"to": 1, "to": 2}"#;
        assert_eq!(at(text, "/to"), "2}");
    }

    #[test]
    fn duplicates_at_depth_with_paths() {
        let text = r#"{"body": {"customExts": {"a/b": "1", "k": "2", "a/b": "3"}}, "to": [{"x": 1, "x": 2}], "to": []}"#;
        let scan = scan(text, 0, false);
        let found: Vec<_> = scan.duplicates.iter().map(|d| (d.path.as_str(), d.offset, d.first)).collect();
        let second = text.rfind(r#""a/b""#).unwrap();
        let first = text.find(r#""a/b""#).unwrap();
        let second_x = text.rfind(r#""x""#).unwrap();
        let first_x = text.find(r#""x""#).unwrap();
        let second_to = text.rfind(r#""to""#).unwrap();
        let first_to = text.find(r#""to""#).unwrap();
        assert_eq!(
            found,
            [
                ("/body/customExts/a~1b", second, first),
                ("/to/0/x", second_x, first_x),
                ("/to", second_to, first_to),
            ]
        );
    }

    #[test]
    fn duplicates_in_a_root_array_are_relative_to_the_element() {
        let text = r#"[{"a": 1}, {"b": {"c": 1, "\u0063": 2}}]"#;
        let scan = scan(text, 10, true);
        assert_eq!(scan.duplicates.len(), 1);
        let d = &scan.duplicates[0];
        assert_eq!((d.element, d.path.as_str(), d.key.as_str()), (1, "/b/c", "c"));
        assert_eq!(d.offset, 10 + text.find(r#""\u0063""#).unwrap());
    }

    #[test]
    fn large_objects_use_the_hash_index() {
        let mut text = String::from("{");
        for i in 0..1000 {
            text.push_str(&format!("\"k{i}\": {i},"));
        }
        text.push_str("\"k500\": 0, \"k999\": 1, \"new\": 2}");
        let scan = scan(&text, 0, false);
        let paths: Vec<_> = scan.duplicates.iter().map(|d| d.path.as_str()).collect();
        assert_eq!(paths, ["/k500", "/k999"]);
        assert_eq!(&text[scan.spans.offset_of(0, "/k500")..][..2], "0,");
        assert_eq!(&text[scan.spans.offset_of(0, "/k7")..][..2], "7,");
    }

    #[test]
    fn pointers_relative_to_array_elements() {
        let text = r#"[{"a": {"b": 1}}, 5, {"c": [1, {"d": 2}]}]"#;
        let scan = scan(text, 0, true);
        let elements = scan.spans.children();
        assert_eq!(elements.len(), 3);
        assert_eq!(&text[scan.spans.offset_of(elements[2], "/c/1/d")..], "2}]}]");
        assert_eq!(&text[scan.spans.offset_of(elements[2], "")..][..4], r#"{"c""#);
        assert_eq!(&text[scan.spans.offset_of(elements[2], "/a")..][..4], r#"{"c""#);
        assert_eq!(&text[scan.spans.offset_of(elements[0], "/a/b")..][..1], "1");
        assert_eq!(&text[scan.spans.offset_of(elements[1], "/x")..][..1], "5");
        assert_eq!(scan.spans.offset_of(99, "/x"), 0);
    }

    #[test]
    fn garbage_and_deep_nesting_end_without_recursion() {
        let deep = "[".repeat(100_000) + &"{\"a\":".repeat(100_000);
        let scan = scan(&deep, 0, false);
        assert_eq!(scan.spans.nodes.len(), 200_000);
        for text in ["}}]]", "\"unterminated", "\"\\", ":::,,,", "{\"a\"", "{\"a\" \"a\" \"a\"}"] {
            let s = super::scan(text, 0, false);
            assert!(s.spans.nodes.iter().all(|n| (n.start as usize) <= text.len()));
            let _ = s.spans.offset_of(0, "/a/0/b");
        }
    }
}
