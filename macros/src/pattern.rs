//! Checks a `pattern` at compile time and picks how it runs.
//!
//! A pattern must be anchored (`^...$`) and portable: it must mean the same in
//! Rust's `regex` and in ECMA-262 (ajv, browsers), so `\d`, `\w`, `\s`, `\b`,
//! `\p{..}`, `\A`, `\z` and inline flags are refused. A pattern that is a plain
//! sequence of literals and repeated classes, where greedy matching is provably
//! exact, becomes a table of pieces; anything else runs on the regex engine.

use proc_macro2::TokenStream;
use quote::quote;
use regex_syntax::hir::{Class, Hir, HirKind, Look};
use syn::LitStr;

use crate::ctxt::Ctxt;

/// Tokens of an `easemob_payload::pattern::Pattern`, or `None` after reporting why not.
pub fn compile(cx: &Ctxt, lit: &LitStr) -> Option<TokenStream> {
    let source = lit.value();
    if let Some(problem) = unportable(&source) {
        cx.error_spanned_by(lit, problem);
        return None;
    }
    let hir = match regex_syntax::Parser::new().parse(&source) {
        Ok(hir) => hir,
        Err(e) => {
            cx.error_spanned_by(lit, format!("invalid regular expression: {e}"));
            return None;
        }
    };
    let Some(middle) = anchored(&hir) else {
        cx.error_spanned_by(
            lit,
            format!("patterns must be anchored at both ends, as `^(...)$`: an unanchored `{source}` accepts any text that merely contains a match"),
        );
        return None;
    };
    let matcher = match pieces(middle) {
        Some(pieces) => quote!(::easemob_payload::pattern::Matcher::Pieces(&[#(#pieces),*])),
        None => quote! {
            ::easemob_payload::pattern::Matcher::Regex({
                fn compiled() -> &'static ::easemob_payload::__private::Regex {
                    static REGEX: ::easemob_payload::__private::OnceLock<::easemob_payload::__private::Regex> =
                        ::easemob_payload::__private::OnceLock::new();
                    REGEX.get_or_init(|| {
                        ::easemob_payload::__private::Regex::new(#source)
                            .expect("the derive parsed this pattern at compile time")
                    })
                }
                compiled
            })
        },
    };
    Some(quote!(&::easemob_payload::pattern::Pattern { source: #source, matcher: #matcher }))
}

/// Syntax that means something else (or nothing) in ECMA-262.
fn unportable(source: &str) -> Option<String> {
    let mut chars = source.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                if let Some(&escaped) = chars.peek() {
                    chars.next();
                    if "dDwWsSbBpPAz".contains(escaped) {
                        return Some(format!(
                            "`\\{escaped}` means different things in Rust's regex and in ECMA-262 (ajv, browsers); write an explicit ASCII class such as `[0-9]` instead"
                        ));
                    }
                }
            }
            '(' if chars.peek() == Some(&'?') => {
                let mut ahead = chars.clone();
                ahead.next();
                if ahead.peek() != Some(&':') {
                    return Some("inline flags and named groups are not portable to ECMA-262; use `(?:...)` or a plain group".to_owned());
                }
            }
            _ => {}
        }
    }
    None
}

/// The pattern between `^` and `$`, or `None` when it is not anchored at both ends.
fn anchored(hir: &Hir) -> Option<&[Hir]> {
    let HirKind::Concat(items) = hir.kind() else { return None };
    let is = |h: &Hir, look: Look| matches!(h.kind(), HirKind::Look(l) if *l == look);
    match items.as_slice() {
        [first, middle @ .., last] if is(first, Look::Start) && is(last, Look::End) => Some(middle),
        _ => None,
    }
}

/// A step of a piece table, as the macro sees it.
enum Step {
    Literal(String),
    Class { ascii: u128, non_ascii: bool, min: u32, max: u32 },
}

impl quote::ToTokens for Step {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        tokens.extend(match self {
            Step::Literal(text) => quote!(::easemob_payload::pattern::Piece::Literal(#text)),
            Step::Class { ascii, non_ascii, min, max } => quote! {
                ::easemob_payload::pattern::Piece::Class {
                    set: ::easemob_payload::pattern::CharSet { ascii: #ascii, non_ascii: #non_ascii },
                    min: #min,
                    max: #max,
                }
            },
        });
    }
}

/// Literals and repeated classes where greedy matching is exact: every class is
/// followed by the end or by a literal whose first character it cannot take.
fn pieces(items: &[Hir]) -> Option<Vec<Step>> {
    let mut steps = Vec::new();
    for item in items {
        steps.push(match item.kind() {
            HirKind::Literal(lit) => Step::Literal(String::from_utf8(lit.0.to_vec()).ok()?),
            HirKind::Class(class) => class_step(class, 1, Some(1))?,
            HirKind::Repetition(rep) if rep.greedy => {
                let class = match rep.sub.kind() {
                    HirKind::Class(class) => class.clone(),
                    HirKind::Literal(lit) => {
                        let text = std::str::from_utf8(&lit.0).ok()?;
                        let mut chars = text.chars();
                        let (Some(c), None) = (chars.next(), chars.next()) else { return None };
                        Class::Unicode(regex_syntax::hir::ClassUnicode::new([
                            regex_syntax::hir::ClassUnicodeRange::new(c, c),
                        ]))
                    }
                    _ => return None,
                };
                class_step(&class, rep.min, rep.max)?
            }
            _ => return None,
        });
    }
    for pair in steps.windows(2) {
        if let [Step::Class { ascii, non_ascii, .. }, next] = pair {
            let Step::Literal(text) = next else { return None };
            let first = text.chars().next()?;
            let code = first as u32;
            let taken = if code < 128 { ascii & (1u128 << code) != 0 } else { *non_ascii };
            if taken {
                return None;
            }
        }
    }
    Some(steps)
}

/// A class whose non-ASCII part is all or nothing, repeated `min..=max` times.
fn class_step(class: &Class, min: u32, max: Option<u32>) -> Option<Step> {
    let Class::Unicode(class) = class else { return None };
    let mut ascii = 0u128;
    let mut non_ascii: Vec<(u32, u32)> = Vec::new();
    for range in class.ranges() {
        let (start, end) = (range.start() as u32, range.end() as u32);
        for code in start..=end.min(127) {
            ascii |= 1u128 << code;
        }
        if end >= 128 {
            non_ascii.push((start.max(128), end));
        }
    }
    let all_non_ascii = covers_all_non_ascii(&non_ascii);
    if !non_ascii.is_empty() && !all_non_ascii {
        return None;
    }
    Some(Step::Class { ascii, non_ascii: all_non_ascii, min, max: max.unwrap_or(u32::MAX) })
}

/// Whether sorted ranges cover U+0080..=U+10FFFF, surrogates aside.
fn covers_all_non_ascii(ranges: &[(u32, u32)]) -> bool {
    let mut next = 128u32;
    for &(start, end) in ranges {
        if start > next && !(next == 0xD800 && start == 0xE000) {
            return false;
        }
        next = next.max(end + 1);
    }
    next > 0x10FFFF
}

#[cfg(test)]
mod tests {
    use super::*;

    fn steps(src: &str) -> Option<usize> {
        let hir = regex_syntax::Parser::new().parse(src).unwrap();
        pieces(anchored(&hir).unwrap()).map(|p| p.len())
    }

    #[test]
    fn simple_patterns_become_pieces() {
        assert_eq!(steps("^[a-zA-Z0-9_.-]*$"), Some(1));
        assert_eq!(steps(r"^https?://[^\x00-\x20]+$"), Some(4));
        assert_eq!(steps("^[a-zA-Z0-9_/.-]{1,32}$"), Some(1));
    }

    #[test]
    fn alternations_and_overlaps_use_the_regex_engine() {
        assert_eq!(steps(r"^-?(90(\.0+)?|[1-8]?[0-9](\.[0-9]+)?)$"), None);
        assert_eq!(steps("^[a-z]*a$"), None);
    }

    #[test]
    fn portability() {
        assert!(unportable(r"^\d+$").is_some());
        assert!(unportable(r"^(?i)a$").is_some());
        assert!(unportable(r"^(?:a|b)\.$").is_none());
        assert!(unportable(r"^\\d$").is_none());
    }
}
