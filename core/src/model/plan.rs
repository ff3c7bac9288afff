//! A member's rules compiled (at compile time, in `const` evaluation) into the form
//! one pass over its value checks: the verdict of the generated validators.
//!
//! A [`Plan`] answers one question, "does this value break none of these rules?",
//! without a path, a message or an allocation. When the answer is no, the
//! interpreter in [`crate::rules`] runs to say what is wrong; the two are kept in
//! agreement by a differential property test.

use serde_json::Value;

use crate::limits::Limits;
use crate::model::{Bound, Check, Limit, Literal, Rule};
use crate::pattern::{Matcher, Pattern, Piece};

/// A byte whose character is outside the fused pattern's class.
const OUTSIDE: u8 = 1;
/// An ASCII upper-case letter, where the `lowercase` rule holds.
const UPPER: u8 = 2;
/// A byte of a multi-byte character: the string's character count is not its length.
const MULTI: u8 = 4;

/// The rules of one member (or one type), ready to run.
#[derive(Debug, Clone, Copy)]
pub struct Plan {
    /// No rule at all: every value of the right shape passes.
    empty: bool,
    /// `one_of`: on a value of any JSON type.
    one_of: Option<&'static [Literal]>,
    string: StringPlan,
    number: NumberPlan,
    array: ArrayPlan,
    members: CountPlan,
}

/// String rules fused into one pass over the bytes: length, character class,
/// upper case, and a pattern the class cannot say.
#[derive(Debug, Clone, Copy)]
struct StringPlan {
    /// Flags of each byte value: [`OUTSIDE`], [`UPPER`], [`MULTI`].
    table: [u8; 256],
    /// Whether any byte can set [`OUTSIDE`] or [`UPPER`]: otherwise the pass is skipped.
    scan: bool,
    /// Fewest and most characters (the pattern's class bounds folded in).
    min_chars: usize,
    max_chars: usize,
    constant: Option<&'static str>,
    /// A pattern that is not one repeated class, matched as it is.
    pattern: Option<&'static Pattern>,
}

#[derive(Debug, Clone, Copy)]
struct NumberPlan {
    minimum: Option<Bound>,
    maximum: Option<Bound>,
}

#[derive(Debug, Clone, Copy)]
struct ArrayPlan {
    min_items: usize,
    max_items: Option<Limit>,
    /// `Some(case_fold)` for `uniqueItems`.
    unique: Option<bool>,
}

#[derive(Debug, Clone, Copy)]
struct CountPlan {
    min: usize,
    max: usize,
}

impl Plan {
    /// No rules: every value of the right shape passes.
    pub const NONE: Plan = Plan::compile(&[]);

    /// Compiles `checks` (in `const` evaluation, from the derive's model).
    pub const fn compile(checks: &[Check]) -> Plan {
        let mut plan = Plan {
            empty: checks.is_empty(),
            one_of: None,
            string: StringPlan {
                table: multi_byte_table(),
                scan: false,
                min_chars: 0,
                max_chars: usize::MAX,
                constant: None,
                pattern: None,
            },
            number: NumberPlan { minimum: None, maximum: None },
            array: ArrayPlan { min_items: 0, max_items: None, unique: None },
            members: CountPlan { min: 0, max: usize::MAX },
        };
        let mut i = 0;
        while i < checks.len() {
            match checks[i].rule {
                Rule::MinLength(n) => plan.string.min_chars = max(plan.string.min_chars, n),
                Rule::MaxLength(n) => plan.string.max_chars = min(plan.string.max_chars, n),
                Rule::Pattern(pattern) => plan.string = plan.string.with_pattern(pattern),
                Rule::Const(value) => plan.string.constant = Some(value),
                Rule::Enum(values) => plan.one_of = Some(values),
                Rule::Lowercase => {
                    let mut b = b'A';
                    while b <= b'Z' {
                        plan.string.table[b as usize] |= UPPER;
                        b += 1;
                    }
                    plan.string.scan = true;
                }
                // Several bounds (a newtype's own and its integer's): the tightest holds.
                Rule::Minimum(bound) => plan.number.minimum = Some(tighter(plan.number.minimum, bound, true)),
                Rule::Maximum(bound) => {
                    plan.number.maximum = Some(tighter(plan.number.maximum, bound, false))
                }
                Rule::MinItems(n) => plan.array.min_items = max(plan.array.min_items, n),
                Rule::MaxItems(limit) => plan.array.max_items = Some(limit),
                Rule::UniqueItems { case_fold } => plan.array.unique = Some(case_fold),
                Rule::MinProperties(n) => plan.members.min = max(plan.members.min, n),
                Rule::MaxProperties(n) => plan.members.max = min(plan.members.max, n),
            }
            i += 1;
        }
        plan
    }

    /// Whether `value`, already of the member's JSON type, breaks none of the rules.
    #[inline]
    pub fn passes(&self, value: &Value, limits: &Limits) -> bool {
        if let Some(values) = self.one_of {
            if !values.iter().any(|v| v.matches(value)) {
                return false;
            }
        }
        match value {
            Value::String(s) => self.string.passes(s),
            Value::Number(n) => self.number.passes(n),
            Value::Array(items) => self.array.passes(items, limits),
            Value::Object(map) => (self.members.min..=self.members.max).contains(&map.len()),
            Value::Bool(_) | Value::Null => true,
        }
    }
}

impl Plan {
    // The same verdicts on a Rust value, whose JSON is never built (`super::typed`).

    /// Whether there is no rule to run.
    #[inline]
    pub const fn is_empty(&self) -> bool {
        self.empty
    }

    /// Whether a string breaks none of the rules.
    #[inline]
    pub(crate) fn passes_str(&self, s: &str) -> bool {
        self.one_of.is_none_or(|values| values.iter().any(|v| v.as_str() == Some(s))) && self.string.passes(s)
    }

    /// Whether an array of `count` items breaks none of the rules but `uniqueItems`,
    /// which the caller settles from the items ([`Plan::unique`]).
    #[inline]
    pub(crate) fn passes_items(&self, count: usize, limits: &Limits) -> bool {
        self.one_of.is_none()
            && count >= self.array.min_items
            && self.array.max_items.is_none_or(|limit| count <= limit.resolve(limits))
    }

    /// `Some(case_fold)` when the items must not repeat.
    #[inline]
    pub(crate) fn unique(&self) -> Option<bool> {
        self.array.unique
    }

    /// Whether an object of `count` members breaks none of the rules.
    #[inline]
    pub fn passes_members(&self, count: usize) -> bool {
        self.one_of.is_none() && (self.members.min..=self.members.max).contains(&count)
    }
}

impl StringPlan {
    /// A pattern that is one repeated class (`^[a-zA-Z0-9_.-]*$`) becomes table flags and
    /// character bounds; any other keeps its matcher.
    const fn with_pattern(mut self, pattern: &'static Pattern) -> StringPlan {
        if let Matcher::Pieces([Piece::Class { set, min: fewest, max: most }]) = pattern.matcher {
            let mut b = 0;
            while b < 256 {
                let inside = if b < 128 { set.ascii & (1u128 << b) != 0 } else { set.non_ascii };
                if !inside {
                    self.table[b] |= OUTSIDE;
                }
                b += 1;
            }
            self.scan = true;
            self.min_chars = max(self.min_chars, *fewest as usize);
            if *most != u32::MAX {
                self.max_chars = min(self.max_chars, *most as usize);
            }
            return self;
        }
        self.pattern = Some(pattern);
        self
    }

    #[inline]
    fn passes(&self, s: &str) -> bool {
        if let Some(constant) = self.constant {
            if s != constant {
                return false;
            }
        }
        let mut flags = 0;
        if self.scan {
            flags = self.flags_of(s.as_bytes());
            if flags & (OUTSIDE | UPPER) != 0 {
                return false;
            }
        }
        if !self.length_passes(s, flags) {
            return false;
        }
        self.pattern.is_none_or(|p| p.is_match(s))
    }

    /// The table's flags of every byte, OR-ed: eight lookups a step, as independent
    /// loads the processor overlaps (a 600-recipient list is 600 of these scans).
    #[inline]
    fn flags_of(&self, bytes: &[u8]) -> u8 {
        let t = &self.table;
        let mut chunks = bytes.chunks_exact(8);
        let mut flags = 0;
        for c in &mut chunks {
            flags |= (t[c[0] as usize] | t[c[1] as usize] | t[c[2] as usize] | t[c[3] as usize])
                | (t[c[4] as usize] | t[c[5] as usize] | t[c[6] as usize] | t[c[7] as usize]);
        }
        for &b in chunks.remainder() {
            flags |= t[b as usize];
        }
        flags
    }

    /// Characters within bounds; counted only when the byte length cannot decide.
    #[inline]
    fn length_passes(&self, s: &str, flags: u8) -> bool {
        let len = s.len();
        // A character takes 1 to 4 bytes.
        let surely_short_enough = len <= self.max_chars;
        let surely_long_enough = len / 4 >= self.min_chars;
        if surely_short_enough && surely_long_enough {
            return true;
        }
        let ascii = if self.scan { flags & MULTI == 0 } else { s.is_ascii() };
        let chars = if ascii { len } else { s.chars().count() };
        (self.min_chars..=self.max_chars).contains(&chars)
    }
}

impl NumberPlan {
    #[inline]
    fn passes(&self, n: &serde_json::Number) -> bool {
        !self.minimum.is_some_and(|min| min.is_above(n)) && !self.maximum.is_some_and(|max| max.is_below(n))
    }
}

impl ArrayPlan {
    #[inline]
    fn passes(&self, items: &[Value], limits: &Limits) -> bool {
        let count = items.len();
        count >= self.min_items
            && self.max_items.is_none_or(|limit| count <= limit.resolve(limits))
            && self.unique.is_none_or(|case_fold| !crate::repeat::has_repeat(items, case_fold))
    }
}

const fn multi_byte_table() -> [u8; 256] {
    let mut table = [0u8; 256];
    let mut b = 128;
    while b < 256 {
        table[b] = MULTI;
        b += 1;
    }
    table
}

/// Of a bound so far and another, the one that allows less: the larger `minimum`
/// (`is_min`) or the smaller `maximum`.
const fn tighter(so_far: Option<Bound>, next: Bound, is_min: bool) -> Bound {
    let Some(current) = so_far else { return next };
    let next_is_larger = match (current, next) {
        (Bound::Int(a), Bound::Int(b)) => b > a,
        (a, b) => as_float(b) > as_float(a),
    };
    if next_is_larger == is_min { next } else { current }
}

const fn as_float(bound: Bound) -> f64 {
    match bound {
        Bound::Int(i) => i as f64,
        Bound::Float(f) => f,
    }
}

const fn max(a: usize, b: usize) -> usize {
    if a > b { a } else { b }
}

const fn min(a: usize, b: usize) -> usize {
    if a < b { a } else { b }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Payload;
    use crate::message::UserId;
    use serde_json::json;

    const USER_ID: Plan = Plan::compile(<UserId as Payload>::DESC.checks);

    #[test]
    fn a_user_id_is_checked_in_one_pass() {
        let limits = Limits::DEFAULT;
        for (id, passes) in [
            ("user_1.a-b", true),
            ("", false),
            ("User1", false),
            ("a b", false),
            ("中", false),
            (&"a".repeat(64), true),
            (&"a".repeat(65), false),
        ] {
            assert_eq!(USER_ID.passes(&json!(id), &limits), passes, "{id:?}");
        }
    }

    #[test]
    fn lengths_count_characters_only_when_bytes_cannot_decide() {
        let plan = Plan::compile(&[
            Check { rule: Rule::MinLength(2), severity: crate::Severity::Error, server: None, why: None },
            Check { rule: Rule::MaxLength(3), severity: crate::Severity::Error, server: None, why: None },
        ]);
        let limits = Limits::DEFAULT;
        assert!(plan.passes(&json!("中文"), &limits)); // 6 bytes, 2 characters
        assert!(!plan.passes(&json!("中文字符"), &limits));
        assert!(!plan.passes(&json!("中"), &limits));
        assert!(plan.passes(&json!("abc"), &limits));
    }
}
