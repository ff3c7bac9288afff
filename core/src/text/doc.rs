//! A JSON text with its tape: what the text validator reads of a value (its kind,
//! its children, a string's text, a number) without building it.

use serde_json::Number;

use super::tape::{Kind, Node};

/// A text the tape reader accepted, and its nodes.
#[derive(Clone, Copy)]
pub(crate) struct Doc<'t> {
    pub text: &'t str,
    pub nodes: &'t [Node],
}

impl<'t> Doc<'t> {
    #[inline]
    pub fn kind(&self, node: usize) -> Kind {
        self.nodes[node].kind
    }

    /// The nodes of a container's items, or of an object's member names (each
    /// followed by its value, at `name + 1`).
    #[inline]
    pub fn children(&self, node: usize) -> Children<'t> {
        let end = node + self.nodes[node].len as usize;
        Children { nodes: self.nodes, next: node + 1, end }
    }

    /// An object's members: `(name node, value node)`.
    pub fn members(&self, node: usize) -> impl Iterator<Item = (usize, usize)> + use<'t> {
        self.children(node).map(|name| (name, name + 1))
    }

    /// An object's members as serde_json keeps them: without the earlier copies of
    /// a repeated name (`shadowed`, by name node; see `duplicates::shadowed`).
    pub fn kept_members(
        &self,
        node: usize,
        shadowed: &'t [bool],
    ) -> impl Iterator<Item = (usize, usize)> + use<'t> {
        self.members(node).filter(move |&(name, _)| !shadowed.get(name).copied().unwrap_or(false))
    }

    /// The value at `node`, as serde_json reads it: built only for what a report
    /// quotes, or for a custom check.
    pub fn value(&self, node: usize) -> serde_json::Value {
        let Node { start, end, .. } = self.nodes[node];
        let read = serde_json::from_str(&self.text[start as usize..end as usize]);
        // The tape reader takes only what serde_json takes (`tests/tests/prop_text.rs`).
        debug_assert!(read.is_ok(), "serde_json refused a value the tape reader took");
        read.unwrap_or_default()
    }

    /// How many items or members a container holds.
    pub fn count(&self, node: usize) -> usize {
        self.children(node).count()
    }

    /// The text of a string or member name: borrowed from the document unless it
    /// holds escapes, which are decoded into `scratch`.
    #[inline]
    pub fn string<'s>(&self, node: usize, scratch: &'s mut String) -> &'s str
    where
        't: 's,
    {
        let Node { kind, start, end, .. } = self.nodes[node];
        let inner = &self.text[start as usize + 1..end as usize - 1];
        match kind {
            Kind::String { escaped: true } | Kind::Key { escaped: true } => {
                scratch.clear();
                unescape(inner, scratch);
                scratch
            }
            _ => inner,
        }
    }

    /// The text of a string or member name, owned only when it holds escapes (decoded
    /// once, straight into the string returned).
    pub fn text_of(&self, node: usize) -> std::borrow::Cow<'t, str> {
        match self.nodes[node].kind {
            Kind::String { escaped: true } | Kind::Key { escaped: true } => {
                let mut decoded = String::new();
                unescape(self.inner(node), &mut decoded);
                std::borrow::Cow::Owned(decoded)
            }
            _ => std::borrow::Cow::Borrowed(self.inner(node)),
        }
    }

    /// The inside of a string or member name as it stands in the text (escapes not decoded).
    #[inline]
    pub fn inner(&self, node: usize) -> &'t str {
        let Node { start, end, .. } = self.nodes[node];
        &self.text[start as usize + 1..end as usize - 1]
    }

    /// The value of member `name` of an object (its last copy, as serde_json keeps).
    pub fn member(&self, object: usize, name: &str, scratch: &mut String) -> Option<usize> {
        let mut found = None;
        for (key, value) in self.members(object) {
            if self.string(key, scratch) == name {
                found = Some(value);
            }
        }
        found
    }

    /// A number as serde_json reads it (an integer beyond 64 bits as a float).
    pub fn number(&self, node: usize) -> Number {
        let Node { start, end, .. } = self.nodes[node];
        let text = &self.text[start as usize..end as usize];
        let plain = !text.bytes().any(|b| matches!(b, b'.' | b'e' | b'E'));
        // `-0` is the float -0.0 to serde_json; any other integer that fits is one.
        if plain && text != "-0" {
            if let Ok(u) = text.parse::<u64>() {
                return Number::from(u);
            }
            if let Ok(i) = text.parse::<i64>() {
                return Number::from(i);
            }
        }
        // The tape admits only finite numbers; serde_json reads the same text.
        serde_json::from_str(text).unwrap_or_else(|_| Number::from(0))
    }

    /// The byte offset where a node starts.
    #[inline]
    pub fn start(&self, node: usize) -> usize {
        self.nodes[node].start as usize
    }
}

/// The direct children of a container, found by skipping subtrees.
pub(crate) struct Children<'t> {
    nodes: &'t [Node],
    next: usize,
    end: usize,
}

impl Iterator for Children<'_> {
    type Item = usize;

    #[inline]
    fn next(&mut self) -> Option<usize> {
        if self.next >= self.end {
            return None;
        }
        let here = self.next;
        let skip = match self.nodes[here].kind {
            // A member name, then its value's subtree.
            Kind::Key { .. } => 1 + self.nodes[here + 1].len as usize,
            _ => self.nodes[here].len as usize,
        };
        self.next = here + skip;
        Some(here)
    }
}

/// Decodes the escapes of a JSON string's inside (the tape reader has checked it).
fn unescape(inner: &str, out: &mut String) {
    let mut rest = inner;
    while let Some(at) = rest.find('\\') {
        out.push_str(&rest[..at]);
        let escape = &rest[at + 1..];
        let (decoded, used) = match escape.as_bytes().first() {
            Some(b'b') => ('\u{8}', 1),
            Some(b'f') => ('\u{c}', 1),
            Some(b'n') => ('\n', 1),
            Some(b'r') => ('\r', 1),
            Some(b't') => ('\t', 1),
            Some(b'u') => {
                let unit = hex(&escape[1..5]);
                if (0xd800..0xdc00).contains(&unit) {
                    let low = hex(&escape[7..11]);
                    let code = 0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00);
                    (char::from_u32(code).unwrap_or('\u{fffd}'), 11)
                } else {
                    (char::from_u32(unit).unwrap_or('\u{fffd}'), 5)
                }
            }
            // `"`, `\` and `/` stand for themselves.
            Some(&b) => (char::from(b), 1),
            None => break,
        };
        out.push(decoded);
        rest = &escape[used..];
    }
    out.push_str(rest);
}

fn hex(digits: &str) -> u32 {
    u32::from_str_radix(digits, 16).unwrap_or(0xfffd)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tape;

    #[test]
    fn strings_decode_as_serde_json_decodes_them() {
        for text in
            [r#""plain""#, r#""a\"b\\c\/d\b\f\n\r\t""#, r#""\u00e9\u4e2d\ud83d\ude00x""#, r#""中\n文""#]
        {
            let tape = tape::read(text.as_bytes(), 128).unwrap();
            let doc = Doc { text, nodes: &tape.nodes };
            let expected: String = serde_json::from_str(text).unwrap();
            assert_eq!(doc.string(0, &mut String::new()), expected, "{text}");
        }
    }

    #[test]
    fn numbers_read_as_serde_json_reads_them() {
        for text in [
            "0",
            "-0",
            "12",
            "-12",
            "1.5",
            "1e3",
            "18446744073709551615",
            "18446744073709551616",
            "-9223372036854775809",
        ] {
            let tape = tape::read(text.as_bytes(), 128).unwrap();
            let doc = Doc { text, nodes: &tape.nodes };
            let expected: Number = serde_json::from_str(text).unwrap();
            assert_eq!(doc.number(0), expected, "{text}");
        }
    }
}
