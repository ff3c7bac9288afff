//! JSON text read once, left to right, into a tape: one node per value and member
//! name, with its byte span and the size of its subtree, so a reader finds a value's
//! children by skipping subtrees and its position from its offset. Nothing is
//! decoded or copied: strings stay spans of the input (a flag says whether they hold
//! escapes to decode).
//!
//! The grammar is serde_json's: RFC 8259 JSON, no byte-order mark, no trailing
//! commas, strings of valid UTF-8 whose `\u` escapes pair their surrogates, numbers
//! whose value is finite. Nesting deeper than the given limit is an error, reported
//! at the bracket that goes too deep; the reader keeps its own stack, so no input
//! overflows the thread's.

use std::fmt;

/// What a node is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Null,
    True,
    False,
    Number,
    /// A string; `escaped` when it holds a `\` escape (its text must be decoded).
    String {
        escaped: bool,
    },
    /// An object member's name (the node after it is its value).
    Key {
        escaped: bool,
    },
    Array,
    Object,
}

/// One value or member name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Node {
    pub kind: Kind,
    /// Byte offset of its first byte (the quote of a string, the bracket of an array).
    pub start: u32,
    /// Byte offset just past its last byte.
    pub end: u32,
    /// Nodes in its subtree, itself included (an object counts its names).
    pub len: u32,
}

/// The nodes of one JSON text, in document order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tape {
    pub nodes: Vec<Node>,
}

/// Why the text is not JSON, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    /// Byte offset of the offending byte (the input's length at an unexpected end).
    pub offset: usize,
    pub problem: Problem,
}

/// What is wrong at [`SyntaxError::offset`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    /// The text ended inside a value, or holds no value at all.
    UnexpectedEnd,
    /// A byte that cannot start or continue the value here.
    UnexpectedByte,
    /// More text after the value.
    TrailingText,
    /// A control character, an unknown escape, a lone surrogate or invalid UTF-8 in a string.
    BadString,
    /// A number that does not follow the grammar, or whose value is infinite.
    BadNumber,
    /// Arrays and objects nested deeper than allowed.
    TooDeep,
    /// Longer than the tape's 32-bit offsets (4 GiB).
    TooLong,
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = match self.problem {
            Problem::UnexpectedEnd => "the text ends where a value or more of one was expected",
            Problem::UnexpectedByte => "unexpected character",
            Problem::TrailingText => "more text after the JSON value",
            Problem::BadString => {
                "invalid string (a control character, an unknown escape, a lone surrogate or invalid UTF-8)"
            }
            Problem::BadNumber => "invalid number",
            Problem::TooDeep => "arrays and objects nested too deep",
            Problem::TooLong => "the text is longer than 4 GiB",
        };
        write!(f, "{what} at byte {}", self.offset)
    }
}

impl std::error::Error for SyntaxError {}

/// Reads `text` into a tape, or says where it stops being JSON. Arrays and objects
/// may nest `max_depth` deep (serde_json reads 127 levels and refuses the 128th).
pub fn read(text: &[u8], max_depth: usize) -> Result<Tape, SyntaxError> {
    let mut tape = Tape::default();
    read_into(text, max_depth, &mut tape, &mut Stack::default())?;
    Ok(tape)
}

/// The reader's stack of open containers, kept between reads so that reading
/// allocates nothing once the buffers are large enough.
#[derive(Debug, Default)]
pub struct Stack(Vec<(usize, bool, bool)>);

/// [`read`] into buffers the caller keeps: `tape` is cleared first; on an error it
/// holds the nodes read so far.
pub fn read_into(
    text: &[u8],
    max_depth: usize,
    tape: &mut Tape,
    stack: &mut Stack,
) -> Result<(), SyntaxError> {
    read_with(text, false, max_depth, tape, stack)
}

/// [`read_into`] for a text already known to be UTF-8: strings are not checked again.
pub fn read_str_into(
    text: &str,
    max_depth: usize,
    tape: &mut Tape,
    stack: &mut Stack,
) -> Result<(), SyntaxError> {
    read_with(text.as_bytes(), true, max_depth, tape, stack)
}

fn read_with(
    text: &[u8],
    utf8_known: bool,
    max_depth: usize,
    tape: &mut Tape,
    stack: &mut Stack,
) -> Result<(), SyntaxError> {
    tape.nodes.clear();
    stack.0.clear();
    if u32::try_from(text.len()).is_err() {
        return Err(SyntaxError { offset: 0, problem: Problem::TooLong });
    }
    let mut reader =
        Reader { text, at: 0, nodes: &mut tape.nodes, open: &mut stack.0, max_depth, utf8_known };
    reader.document()
}

/// Where the run of string bytes that need no attention ends: the first quote,
/// backslash or control character (or non-ASCII byte, unless the text is known to
/// be UTF-8), eight bytes a step while none is in sight.
#[inline]
fn plain_run_end(text: &[u8], mut at: usize, utf8_known: bool) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    while let Some(chunk) = text.get(at..at + 8) {
        let x = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
        // A byte's high bit is set in each term where the byte is: below 0x20, a quote,
        // a backslash (the classic "has a zero byte" test), or itself non-ASCII. The
        // lowest flagged byte is exact; bytes above it may be flagged by a borrow.
        let quote = x ^ (ONES * u64::from(b'"'));
        let backslash = x ^ (ONES * u64::from(b'\\'));
        let special = (x.wrapping_sub(ONES * 0x20) & !x)
            | (quote.wrapping_sub(ONES) & !quote)
            | (backslash.wrapping_sub(ONES) & !backslash);
        let flagged = if utf8_known { special & !x & HIGH } else { (special | x) & HIGH };
        if flagged != 0 {
            let first = at + (flagged.trailing_zeros() / 8) as usize;
            // With non-ASCII bytes masked out (known UTF-8), a borrow can still flag a
            // byte; the byte-wise loop below settles it.
            return finish_plain_run(text, first, utf8_known);
        }
        at += 8;
    }
    finish_plain_run(text, at, utf8_known)
}

/// The byte-wise end of [`plain_run_end`], from a byte that may or may not need attention.
#[inline]
fn finish_plain_run(text: &[u8], mut at: usize, utf8_known: bool) -> usize {
    while let Some(&b) = text.get(at) {
        let plain = match b {
            b'"' | b'\\' | 0x00..=0x1f => false,
            0x20..=0x7f => true,
            _ => utf8_known,
        };
        if !plain {
            break;
        }
        at += 1;
    }
    at
}

struct Reader<'t, 'b> {
    text: &'t [u8],
    at: usize,
    nodes: &'b mut Vec<Node>,
    /// The containers still open: their node index, whether they are objects, and
    /// whether a member or item has been read yet.
    open: &'b mut Vec<(usize, bool, bool)>,
    max_depth: usize,
    /// The text is a `str`: its strings need no UTF-8 check.
    utf8_known: bool,
}

impl Reader<'_, '_> {
    fn error<T>(&self, problem: Problem) -> Result<T, SyntaxError> {
        let offset = if problem == Problem::UnexpectedEnd { self.text.len() } else { self.at };
        Err(SyntaxError { offset, problem })
    }

    #[inline]
    fn skip_whitespace(&mut self) {
        self.at = self.whitespace_end(self.at);
    }

    /// Where the whitespace from `at` ends.
    #[inline]
    fn whitespace_end(&self, mut at: usize) -> usize {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.text.get(at) {
            at += 1;
        }
        at
    }

    fn peek(&mut self) -> Option<u8> {
        self.skip_whitespace();
        self.text.get(self.at).copied()
    }

    fn push(&mut self, kind: Kind, start: usize) {
        // Offsets fit: `read` refuses texts over 4 GiB.
        self.nodes.push(Node { kind, start: start as u32, end: self.at as u32, len: 1 });
    }

    /// The whole text: one value, then only whitespace. Containers are read with the
    /// explicit stack `open`: after each value, the innermost open container decides
    /// what may follow (a comma, its closing bracket).
    fn document(&mut self) -> Result<(), SyntaxError> {
        self.value()?;
        while let Some(&(index, object, started)) = self.open.last() {
            let closing = if object { b'}' } else { b']' };
            match self.peek() {
                Some(b) if b == closing => self.close(index)?,
                Some(b',') if started => {
                    self.at += 1;
                    self.member(object)?;
                    self.more_string_items(object)?;
                }
                Some(_) if !started => {
                    if let Some(top) = self.open.last_mut() {
                        top.2 = true;
                    }
                    self.member(object)?;
                    self.more_string_items(object)?;
                }
                Some(_) => return self.error(Problem::UnexpectedByte),
                None => return self.error(Problem::UnexpectedEnd),
            }
        }
        match self.peek() {
            None => Ok(()),
            Some(_) => self.error(Problem::TrailingText),
        }
    }

    /// The string items that follow an array's string item, each after its comma, read here
    /// rather than one turn of [`Reader::document`]'s loop each (a recipient list is
    /// hundreds of them). Stops, for the loop to go on, before a comma that a string
    /// does not follow, or at anything else.
    fn more_string_items(&mut self, object: bool) -> Result<(), SyntaxError> {
        // Only after a string item: an item that opened a container is followed by
        // that container's own contents.
        let after_string = matches!(self.nodes.last().map(|n| n.kind), Some(Kind::String { .. }));
        if object || !after_string {
            return Ok(());
        }
        loop {
            self.skip_whitespace();
            if self.text.get(self.at) != Some(&b',') {
                return Ok(());
            }
            let next = self.whitespace_end(self.at + 1);
            if self.text.get(next) != Some(&b'"') {
                return Ok(());
            }
            self.at = next;
            let escaped = self.string()?;
            self.push(Kind::String { escaped }, next);
        }
    }

    /// An item, or a member name and its value. A container it opens is read by
    /// [`Reader::document`]'s loop, not by recursion.
    fn member(&mut self, object: bool) -> Result<(), SyntaxError> {
        if object {
            self.key()?;
        }
        self.value()
    }

    fn close(&mut self, index: usize) -> Result<(), SyntaxError> {
        self.at += 1;
        self.open.pop();
        let len = self.nodes.len() - index;
        let node = &mut self.nodes[index];
        node.end = self.at as u32;
        node.len = len as u32;
        Ok(())
    }

    /// One value; a container is only opened.
    fn value(&mut self) -> Result<(), SyntaxError> {
        let start = match self.peek() {
            Some(_) => self.at,
            None => return self.error(Problem::UnexpectedEnd),
        };
        match self.text[start] {
            b'{' | b'[' => {
                let object = self.text[start] == b'{';
                if self.open.len() >= self.max_depth {
                    return self.error(Problem::TooDeep);
                }
                self.at += 1;
                self.push(if object { Kind::Object } else { Kind::Array }, start);
                self.open.push((self.nodes.len() - 1, object, false));
                Ok(())
            }
            b'"' => {
                let escaped = self.string()?;
                self.push(Kind::String { escaped }, start);
                Ok(())
            }
            b'-' | b'0'..=b'9' => {
                self.number()?;
                self.push(Kind::Number, start);
                Ok(())
            }
            b't' => self.word(b"true", Kind::True),
            b'f' => self.word(b"false", Kind::False),
            b'n' => self.word(b"null", Kind::Null),
            _ => self.error(Problem::UnexpectedByte),
        }
    }

    /// A member name and its colon.
    fn key(&mut self) -> Result<(), SyntaxError> {
        match self.peek() {
            Some(b'"') => {}
            Some(_) => return self.error(Problem::UnexpectedByte),
            None => return self.error(Problem::UnexpectedEnd),
        }
        let start = self.at;
        let escaped = self.string()?;
        self.push(Kind::Key { escaped }, start);
        match self.peek() {
            Some(b':') => {
                self.at += 1;
                Ok(())
            }
            Some(_) => self.error(Problem::UnexpectedByte),
            None => self.error(Problem::UnexpectedEnd),
        }
    }

    fn word(&mut self, word: &[u8], kind: Kind) -> Result<(), SyntaxError> {
        let start = self.at;
        for &expected in word {
            match self.text.get(self.at) {
                Some(&b) if b == expected => self.at += 1,
                Some(_) => return self.error(Problem::UnexpectedByte),
                None => return self.error(Problem::UnexpectedEnd),
            }
        }
        self.push(kind, start);
        Ok(())
    }

    /// A string from its opening quote; whether it holds escapes.
    fn string(&mut self) -> Result<bool, SyntaxError> {
        self.at += 1;
        let mut escaped = false;
        loop {
            self.at = plain_run_end(self.text, self.at, self.utf8_known);
            let Some(&b) = self.text.get(self.at) else { return self.error(Problem::UnexpectedEnd) };
            match b {
                b'"' => {
                    self.at += 1;
                    return Ok(escaped);
                }
                b'\\' => {
                    escaped = true;
                    self.escape()?;
                }
                0x00..=0x1f => return self.error(Problem::BadString),
                0x20..=0x7f => self.at += 1,
                _ if self.utf8_known => self.at += 1,
                _ => self.utf8()?,
            }
        }
    }

    /// A run of non-ASCII text: checked as UTF-8 at once, up to the next ASCII byte
    /// (which cannot continue a character); a bad run is read again character by
    /// character, to say where it goes wrong.
    fn utf8(&mut self) -> Result<(), SyntaxError> {
        let run = self.text[self.at..].iter().position(u8::is_ascii).map_or(self.text.len(), |n| self.at + n);
        if std::str::from_utf8(&self.text[self.at..run]).is_ok() {
            self.at = run;
            return Ok(());
        }
        while self.at < run {
            self.character()?;
        }
        Ok(())
    }

    /// One multi-byte UTF-8 character.
    fn character(&mut self) -> Result<(), SyntaxError> {
        let rest = &self.text[self.at..self.text.len().min(self.at + 4)];
        let width = match rest[0] {
            0xc2..=0xdf => 2,
            0xe0..=0xef => 3,
            0xf0..=0xf4 => 4,
            _ => return self.error(Problem::BadString),
        };
        if rest.len() < width || std::str::from_utf8(&rest[..width]).is_err() {
            return self.error(Problem::BadString);
        }
        self.at += width;
        Ok(())
    }

    /// An escape from its backslash.
    fn escape(&mut self) -> Result<(), SyntaxError> {
        self.at += 1;
        let Some(&b) = self.text.get(self.at) else { return self.error(Problem::UnexpectedEnd) };
        match b {
            b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't' => {
                self.at += 1;
                Ok(())
            }
            b'u' => {
                self.at += 1;
                let unit = self.hex4()?;
                match unit {
                    // A leading surrogate needs a trailing one right after it.
                    0xd800..=0xdbff => {
                        if self.text.get(self.at..self.at + 2) != Some(b"\\u") {
                            return self.error(Problem::BadString);
                        }
                        self.at += 2;
                        match self.hex4()? {
                            0xdc00..=0xdfff => Ok(()),
                            _ => self.error(Problem::BadString),
                        }
                    }
                    0xdc00..=0xdfff => self.error(Problem::BadString),
                    _ => Ok(()),
                }
            }
            _ => self.error(Problem::BadString),
        }
    }

    fn hex4(&mut self) -> Result<u16, SyntaxError> {
        let mut unit = 0u16;
        for _ in 0..4 {
            let Some(&b) = self.text.get(self.at) else { return self.error(Problem::UnexpectedEnd) };
            let digit = match b {
                b'0'..=b'9' => b - b'0',
                b'a'..=b'f' => b - b'a' + 10,
                b'A'..=b'F' => b - b'A' + 10,
                _ => return self.error(Problem::BadString),
            };
            unit = unit << 4 | u16::from(digit);
            self.at += 1;
        }
        Ok(unit)
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`, whose value is finite.
    fn number(&mut self) -> Result<(), SyntaxError> {
        let start = self.at;
        let digits = |r: &mut Self| {
            let from = r.at;
            while let Some(b'0'..=b'9') = r.text.get(r.at) {
                r.at += 1;
            }
            r.at - from
        };
        if self.text.get(self.at) == Some(&b'-') {
            self.at += 1;
        }
        match self.text.get(self.at) {
            Some(b'0') => self.at += 1,
            Some(b'1'..=b'9') => {
                digits(self);
            }
            Some(_) => return self.error(Problem::BadNumber),
            None => return self.error(Problem::UnexpectedEnd),
        }
        let mut float = false;
        if self.text.get(self.at) == Some(&b'.') {
            self.at += 1;
            float = true;
            if digits(self) == 0 {
                return self.end_or(Problem::BadNumber);
            }
        }
        if let Some(b'e' | b'E') = self.text.get(self.at) {
            self.at += 1;
            float = true;
            if let Some(b'+' | b'-') = self.text.get(self.at) {
                self.at += 1;
            }
            if digits(self) == 0 {
                return self.end_or(Problem::BadNumber);
            }
        }
        // serde_json holds integers beyond 64 bits as floats, and refuses an infinite
        // float. Its own float reading decides (its rounding near `f64::MAX` is not std's).
        let text = std::str::from_utf8(&self.text[start..self.at]).unwrap_or("x");
        let fits_integer = !float && (text.parse::<u64>().is_ok() || text.parse::<i64>().is_ok());
        if !fits_integer && serde_json::from_str::<serde_json::Number>(text).is_err() {
            self.at = start;
            return self.error(Problem::BadNumber);
        }
        Ok(())
    }

    /// At the end of the text, `UnexpectedEnd`; otherwise `problem`.
    fn end_or(&self, problem: Problem) -> Result<(), SyntaxError> {
        if self.at >= self.text.len() { self.error(Problem::UnexpectedEnd) } else { self.error(problem) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Kinds of the nodes, in order.
    fn kinds(text: &str) -> Result<Vec<Kind>, Problem> {
        let tape = read(text.as_bytes(), 128).map_err(|e| e.problem)?;
        Ok(tape.nodes.iter().map(|n| n.kind).collect())
    }

    #[test]
    fn runs_of_string_items_are_read_as_the_general_loop_reads_them() {
        let string = Kind::String { escaped: false };
        assert_eq!(kinds(r#"["a", "b" ,"c"]"#), Ok(vec![Kind::Array, string, string, string]));
        assert_eq!(kinds(r#"["a", 1, "c"]"#), Ok(vec![Kind::Array, string, Kind::Number, string]));
        assert_eq!(
            kinds(r#"[["a"], "b", ["c", "d"]]"#),
            Ok(vec![Kind::Array, Kind::Array, string, string, Kind::Array, string, string])
        );
        // A comma with no item before it, after an item that opened a container, or
        // none after it, is no item.
        for text in [r#"[[,"x"]]"#, r#"[,"x"]"#, r#"["a",,"b"]"#, r#"["a",]"#, r#"["a" "b"]"#, r#"["a","#] {
            assert!(kinds(text).is_err(), "{text}");
            assert!(serde_json::from_str::<serde_json::Value>(text).is_err(), "{text}");
        }
    }
}
