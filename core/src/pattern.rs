//! Anchored regular expressions, compiled once.
//!
//! The derive checks every pattern at compile time. Patterns that are a plain
//! sequence of literals and repeated character classes (user IDs, URLs,
//! `customEvent`, `env`) are turned into a [`Matcher::Pieces`] table that runs
//! without the regex engine: a user ID is checked in a few nanoseconds per byte,
//! which matters with 600 recipients. Everything else goes to `regex`, built on
//! first use.

use regex::Regex;

/// An anchored regular expression and the fastest way to run it.
#[derive(Debug)]
pub struct Pattern {
    /// The source as written in the attribute, emitted verbatim into the schema.
    pub source: &'static str,
    /// How it is matched.
    pub matcher: Matcher,
}

/// How a [`Pattern`] is matched.
#[derive(Debug, Clone, Copy)]
pub enum Matcher {
    /// A sequence the derive proved greedy matching decides exactly.
    Pieces(&'static [Piece]),
    /// The regex engine; the function builds the regex once and keeps it.
    Regex(fn() -> &'static Regex),
}

/// One step of a [`Matcher::Pieces`] sequence.
#[derive(Debug, Clone, Copy)]
pub enum Piece {
    /// Exactly this text.
    Literal(&'static str),
    /// Between `min` and `max` characters of a class (`max == u32::MAX`: no bound).
    Class {
        /// Which characters belong to it.
        set: CharSet,
        /// Fewest characters.
        min: u32,
        /// Most characters.
        max: u32,
    },
}

/// A character class: a set of ASCII characters, plus all non-ASCII ones or none.
#[derive(Debug, Clone, Copy)]
pub struct CharSet {
    /// Bit `b` is set when ASCII character `b` belongs.
    pub ascii: u128,
    /// Whether every non-ASCII character belongs (as in `[^\x00-\x20]`).
    pub non_ascii: bool,
}

impl CharSet {
    /// Whether `c` belongs to the set.
    #[inline]
    pub const fn contains(&self, c: char) -> bool {
        let code = c as u32;
        if code < 128 { self.ascii & (1u128 << code) != 0 } else { self.non_ascii }
    }
}

impl Pattern {
    /// Whether the whole string matches.
    ///
    /// ```
    /// use easemob_payload::pattern::{CharSet, Matcher, Pattern, Piece};
    /// // What the derive writes for ^[a-z]{1,3}$
    /// const LOWER: u128 = ((1u128 << 26) - 1) << b'a';
    /// static P: Pattern = Pattern {
    ///     source: "^[a-z]{1,3}$",
    ///     matcher: Matcher::Pieces(&[Piece::Class { set: CharSet { ascii: LOWER, non_ascii: false }, min: 1, max: 3 }]),
    /// };
    /// assert!(P.is_match("abc"));
    /// assert!(!P.is_match("abcd"));
    /// assert!(!P.is_match(""));
    /// ```
    pub fn is_match(&self, text: &str) -> bool {
        match self.matcher {
            Matcher::Pieces(pieces) => match_pieces(pieces, text),
            Matcher::Regex(regex) => regex().is_match(text),
        }
    }
}

fn match_pieces(pieces: &[Piece], text: &str) -> bool {
    let mut rest = text;
    for piece in pieces {
        match *piece {
            Piece::Literal(literal) => match rest.strip_prefix(literal) {
                Some(after) => rest = after,
                None => return false,
            },
            Piece::Class { set, min, max } => {
                let (taken, end) = take_class(rest, set, max);
                if taken < min {
                    return false;
                }
                rest = &rest[end..];
            }
        }
    }
    rest.is_empty()
}

/// How many leading characters of `text` (at most `max`) belong to `set`, and the
/// byte offset where they end.
///
/// Works on bytes: an ASCII byte is a character, tested against the bit set; a
/// multi-byte character is only skipped over (its length read from its lead byte),
/// as every non-ASCII character is in the set or none is. Decoding each character
/// cost about four times as much on 600 user IDs.
fn take_class(text: &str, set: CharSet, max: u32) -> (u32, usize) {
    // Two 64-bit halves: testing a bit of a `u128` takes several instructions a byte.
    let halves = [set.ascii as u64, (set.ascii >> 64) as u64];
    let in_set = |byte: u8| halves[usize::from(byte >> 6)] & (1u64 << (byte & 63)) != 0;
    let bytes = text.as_bytes();
    let mut taken = 0u32;
    let mut at = 0;
    while taken < max {
        let Some(&byte) = bytes.get(at) else { break };
        let width = match byte {
            0..=0x7f if in_set(byte) => 1,
            0..=0x7f => break,
            _ if !set.non_ascii => break,
            0xf0.. => 4,
            0xe0.. => 3,
            _ => 2,
        };
        at += width;
        taken += 1;
    }
    (taken, at)
}

#[cfg(test)]
mod tests {
    use super::*;

    const DIGITS: u128 = ((1u128 << 10) - 1) << b'0';

    #[test]
    fn literal_then_unbounded_class() {
        static P: Pattern = Pattern {
            source: "^ab[^\\x00-\\x20]+$",
            matcher: Matcher::Pieces(&[
                Piece::Literal("ab"),
                Piece::Class {
                    set: CharSet { ascii: !((1u128 << 33) - 1), non_ascii: true },
                    min: 1,
                    max: u32::MAX,
                },
            ]),
        };
        assert!(P.is_match("abc"));
        assert!(P.is_match("ab中"));
        assert!(!P.is_match("ab"));
        assert!(!P.is_match("ab c"));
        assert!(!P.is_match("xabc"));
    }

    #[test]
    fn bounded_class_rejects_excess() {
        static P: Pattern = Pattern {
            source: "^[0-9]{2}$",
            matcher: Matcher::Pieces(&[Piece::Class {
                set: CharSet { ascii: DIGITS, non_ascii: false },
                min: 2,
                max: 2,
            }]),
        };
        assert!(P.is_match("12"));
        assert!(!P.is_match("123"));
        assert!(!P.is_match("1"));
    }
}
