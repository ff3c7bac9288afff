//! Where a value sits in the message, kept on the stack while validating.
//!
//! A path is a chain of borrowed segments, one per nesting level, so walking a
//! valid payload allocates nothing: the RFC 6901 string is built only when a
//! violation is reported.

use std::fmt;

/// One level of a path: the whole message, a member name or an array index.
#[derive(Debug, Clone, Copy)]
pub enum Segment<'a> {
    /// The message itself (`""`).
    Root,
    /// A member of an object.
    Key(&'a str),
    /// An item of an array.
    Index(usize),
}

/// A path from the message root to a value, as a linked list on the stack.
#[derive(Debug, Clone, Copy)]
pub struct Path<'a> {
    parent: Option<&'a Path<'a>>,
    segment: Segment<'a>,
}

impl<'a> Path<'a> {
    /// The whole message.
    pub const ROOT: Path<'static> = Path { parent: None, segment: Segment::Root };

    /// The path of member `key` below this one.
    pub fn key(&'a self, key: &'a str) -> Path<'a> {
        Path { parent: Some(self), segment: Segment::Key(key) }
    }

    /// The path of item `index` below this one.
    pub fn index(&'a self, index: usize) -> Path<'a> {
        Path { parent: Some(self), segment: Segment::Index(index) }
    }

    /// The last segment.
    pub fn segment(&self) -> Segment<'a> {
        self.segment
    }

    /// The RFC 6901 JSON Pointer, e.g. `/body/customExts/a~1b`.
    ///
    /// ```
    /// use easemob_payload::path::Path;
    /// let body = Path::ROOT.key("body");
    /// let exts = body.key("customExts");
    /// assert_eq!(exts.key("a/b").pointer(), "/body/customExts/a~1b");
    /// assert_eq!(Path::ROOT.pointer(), "");
    /// ```
    pub fn pointer(&self) -> String {
        let mut out = String::new();
        self.write_pointer(&mut out);
        out
    }

    fn write_pointer(&self, out: &mut String) {
        if let Some(parent) = self.parent {
            parent.write_pointer(out);
        }
        match self.segment {
            Segment::Root => {}
            Segment::Key(key) => {
                out.push('/');
                for c in key.chars() {
                    match c {
                        '~' => out.push_str("~0"),
                        '/' => out.push_str("~1"),
                        c => out.push(c),
                    }
                }
            }
            Segment::Index(i) => {
                out.push('/');
                push_number(out, i);
            }
        }
    }

    /// How the field is named in a message: `to[3]`, `body.msg`, or `the message` for the root.
    pub fn display_name(&self) -> String {
        let mut out = String::new();
        self.write_display(&mut out);
        if out.is_empty() {
            out.push_str("the message");
        }
        out
    }

    fn write_display(&self, out: &mut String) {
        if let Some(parent) = self.parent {
            parent.write_display(out);
        }
        match self.segment {
            Segment::Root => {}
            Segment::Key(key) => {
                if !out.is_empty() {
                    out.push('.');
                }
                // A name is shown in one-line messages and terminals: control characters escaped.
                for c in key.chars() {
                    if c.is_control() {
                        out.extend(c.escape_default());
                    } else {
                        out.push(c);
                    }
                }
            }
            Segment::Index(i) => {
                out.push('[');
                push_number(out, i);
                out.push(']');
            }
        }
    }
}

/// Appends the decimal digits of `n` (without `fmt`, which cost more than the rest of
/// a pointer: a report of a 600-recipient message writes dozens).
fn push_number(out: &mut String, mut n: usize) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend(digits[at..].iter().map(|&d| char::from(d)));
}

impl fmt::Display for Path<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.pointer())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_tilde_before_slash() {
        let p = Path::ROOT.key("ext");
        assert_eq!(p.key("~/x").pointer(), "/ext/~0~1x");
    }

    #[test]
    fn display_names_read_like_code() {
        let to = Path::ROOT.key("to");
        assert_eq!(to.index(3).display_name(), "to[3]");
        let body = Path::ROOT.key("body");
        assert_eq!(body.key("msg").display_name(), "body.msg");
        assert_eq!(Path::ROOT.display_name(), "the message");
        for n in [0, 9, 10, 599, usize::MAX] {
            assert_eq!(to.index(n).pointer(), format!("/to/{n}"));
        }
    }
}
