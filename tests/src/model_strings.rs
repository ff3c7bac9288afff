//! Strings the model accepts, generated from the model itself: the character class of
//! a member's pattern and its length bounds, read from its checks, so a generator
//! cannot drift from the rule it exercises (a user ID's 64, `env`'s 8).

use easemob_payload::Payload;
use easemob_payload::message::{CustomBody, Message, UserId};
use easemob_payload::model::{Check, Rule, Shape, TypeDesc};
use easemob_payload::pattern::{CharSet, Matcher, Piece};
use proptest::prelude::*;

/// What a string rule set allows: a class, and bounds in characters.
#[derive(Debug, Clone)]
pub struct StringRules {
    /// A regex character class of the allowed characters (`[a-z0-9_.-]`).
    pub class: String,
    /// Fewest characters.
    pub min: usize,
    /// Most characters.
    pub max: usize,
}

impl StringRules {
    /// Read from `checks`: the pattern (one repeated class), `minLength`, `maxLength`,
    /// and `lowercase` (which takes `A`-`Z` out: upper case is a warning).
    pub fn of(checks: &[Check]) -> StringRules {
        let (mut set, mut min, mut max) = (None, 0, usize::MAX);
        let mut lowercase = false;
        for check in checks {
            match check.rule {
                Rule::Pattern(p) => {
                    if let Matcher::Pieces([Piece::Class { set: s, min: lo, max: hi }]) = p.matcher {
                        set = Some(*s);
                        min = min.max(*lo as usize);
                        max = max.min(*hi as usize);
                    }
                }
                Rule::MinLength(n) => min = min.max(n),
                Rule::MaxLength(n) => max = max.min(n),
                Rule::Lowercase => lowercase = true,
                _ => {}
            }
        }
        let set = set.expect("a pattern of one repeated class");
        StringRules { class: class(set, lowercase), min, max }
    }

    /// Strings within the rules, the longest allowed one case in four.
    pub fn strategy(&self) -> BoxedStrategy<String> {
        let (class, min, max) = (&self.class, self.min.max(1), self.max);
        prop_oneof![
            3 => proptest::string::string_regex(&format!("{class}{{{min},{}}}", max.min(16).max(min))).expect("a regex"),
            1 => proptest::string::string_regex(&format!("{class}{{{max}}}")).expect("a regex"),
        ]
        .boxed()
    }
}

/// The regex class of `set`'s ASCII characters (the non-ASCII ones left out: the
/// model's classes either exclude them or need no more than ASCII to exercise).
fn class(set: CharSet, lowercase: bool) -> String {
    let mut out = String::from("[");
    for b in 0u8..128 {
        let c = char::from(b);
        if set.contains(c) && !(lowercase && c.is_ascii_uppercase()) && c.is_ascii_graphic() {
            if c.is_ascii_alphanumeric() {
                out.push(c);
            } else {
                out.push('\\');
                out.push(c);
            }
        }
    }
    out.push(']');
    out
}

/// The checks of member `name` of an object type.
fn member(desc: &'static TypeDesc, name: &str) -> &'static [Check] {
    let Shape::Object(object) = desc.shape else { panic!("an object type") };
    object.fields.iter().find(|f| f.name == name).expect("a member").checks
}

/// A valid (lower-case) user ID.
pub fn user_id() -> StringRules {
    StringRules::of(<UserId as Payload>::DESC.checks)
}

/// A valid `env`.
pub fn env() -> StringRules {
    StringRules::of(member(<Message as Payload>::DESC, "env"))
}

/// A valid `customEvent`.
pub fn custom_event() -> StringRules {
    StringRules::of(member(<CustomBody as Payload>::DESC, "customEvent"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_rules_are_the_models() {
        let id = user_id();
        assert_eq!(
            (id.class.as_str(), id.min, id.max),
            (r"[\-\.0123456789\_abcdefghijklmnopqrstuvwxyz]", 1, 64)
        );
        assert_eq!((env().min, env().max), (1, 8));
        assert_eq!((custom_event().min, custom_event().max), (1, 32));
    }
}
