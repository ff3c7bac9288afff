//! What a member's rules see of a Rust value, without its JSON: the typed side of
//! the generated validators (`Payload::typed_clean`, written by the derive).
//!
//! A [`View`] is the JSON value a Rust value serializes to, as far as the rules
//! look at it: a string's text, a number, an array's length and its items'
//! texts for `uniqueItems`, an object's member count. Where a type cannot say
//! (a value the rules would need the JSON of), the answer is `None` and the
//! caller judges the value's serialization instead (`super::typed`).

use serde_json::{Number, Value};

use super::Plan;
use crate::Payload;
use crate::limits::Limits;
use crate::model::{ObjectDesc, UnknownFields};
use crate::repeat::{INLINE as REPEAT_TABLE_ITEMS, any_hash_repeats, hash as string_hash};

/// A Rust value as its member's rules see it.
pub enum View<'a> {
    Str(&'a str),
    Char(char),
    Number(Number),
    Bool(bool),
    Null,
    /// A `serde_json::Value` held as it is.
    Json(&'a Value),
    /// An array.
    Items(&'a dyn Items),
    /// An object of this many members.
    Members(usize),
    /// Nothing the rules can read: a member with rules is judged through its serialization.
    Opaque,
}

/// The items of an array, for `minItems`, `maxItems` and `uniqueItems`.
pub trait Items {
    /// How many there are.
    fn count(&self) -> usize;
    /// Whether one repeats an earlier one; `None` when an item is not a string.
    fn repeats(&self, case_fold: bool) -> Option<bool>;
}

thread_local! {
    static SCRATCH: std::cell::Cell<Vec<u64>> = const { std::cell::Cell::new(Vec::new()) };
}

/// [`Items::repeats`] over any iterator of payload values: hashes compared as the
/// interpreter compares them; equal hashes count as a repeat (a collision only
/// sends the value down the slow path, which compares the texts).
pub fn repeats<'a, T: Payload + ?Sized + 'a>(
    items: impl Iterator<Item = &'a T>,
    count: usize,
    case_fold: bool,
) -> Option<bool> {
    let hash = |item: &T| match item.typed_view() {
        View::Str(s) => Some(string_hash(s, case_fold)),
        _ => None,
    };
    // Short lists (almost every message's `to`) on the stack; longer ones in a buffer
    // the thread keeps, so a valid message allocates nothing after its thread's first.
    const SHORT: usize = 16;
    if count <= SHORT {
        let mut hashes = [0u64; SHORT];
        for (slot, item) in hashes.iter_mut().zip(items) {
            *slot = hash(item)?;
        }
        return Some(any_hash_repeats(hashes[..count].iter().copied(), count));
    }
    let mut hashes = SCRATCH.take();
    hashes.clear();
    for item in items {
        let Some(h) = hash(item) else {
            SCRATCH.set(hashes);
            return None;
        };
        hashes.push(h);
    }
    let repeats = if count <= REPEAT_TABLE_ITEMS {
        any_hash_repeats(hashes.iter().copied(), count)
    } else {
        hashes.sort_unstable();
        hashes.windows(2).any(|pair| pair[0] == pair[1])
    };
    SCRATCH.set(hashes);
    Some(repeats)
}

impl Plan {
    /// Whether a value, seen as `view`, breaks none of these rules; `None` when the
    /// view does not show what a rule needs.
    #[inline]
    pub fn passes_view(&self, view: View<'_>, limits: &Limits) -> Option<bool> {
        if self.is_empty() {
            return Some(true);
        }
        Some(match view {
            View::Str(s) => self.passes_str(s),
            View::Char(c) => self.passes_str(c.encode_utf8(&mut [0; 4])),
            View::Number(n) => self.passes(&Value::Number(n), limits),
            View::Bool(b) => self.passes(&Value::Bool(b), limits),
            View::Null => self.passes(&Value::Null, limits),
            View::Json(value) => self.passes(value, limits),
            View::Items(items) => {
                let count = items.count();
                if !self.passes_items(count, limits) {
                    return Some(false);
                }
                match self.unique() {
                    Some(case_fold) => !items.repeats(case_fold)?,
                    None => true,
                }
            }
            View::Members(count) => self.passes_members(count),
            View::Opaque => return None,
        })
    }
}

/// The verdict on a member: its type's own (`typed_clean`), then the member's rules.
#[inline]
pub fn member_clean<T: Payload + ?Sized>(value: &T, plan: &Plan, limits: &Limits) -> Option<bool> {
    if !value.typed_clean(limits)? {
        return Some(false);
    }
    plan.passes_view(value.typed_view(), limits)
}

/// The members a flattened map writes into the object `within`: each one it does not
/// know, judged as it judges unknown members (the generated `is_clean`'s rules: the
/// collecting map's item type where unknown members are warned of, the reserved
/// prefix where they are allowed). A name the object knows is left to the
/// serialization: which copy serde writes is the `Serialize` impl's business.
pub fn rest_clean<'a, T: Payload + 'a>(
    members: impl Iterator<Item = (&'a String, &'a T)>,
    within: &'static ObjectDesc,
    limits: &Limits,
) -> Option<bool> {
    for (name, value) in members {
        if within.knows(name) {
            return None;
        }
        let clean = match within.unknown_fields {
            UnknownFields::Warn => value.typed_clean(limits)?,
            UnknownFields::Allow { reserved_prefix: Some(prefix) } => !name.starts_with(prefix),
            UnknownFields::Allow { reserved_prefix: None } => true,
        };
        if !clean {
            return Some(false);
        }
    }
    Some(true)
}

/// An object type's model, for the generated code.
pub const fn object_of(desc: &'static crate::model::TypeDesc) -> Option<&'static ObjectDesc> {
    match desc.shape {
        crate::model::Shape::Object(object) => Some(object),
        _ => None,
    }
}

/// An object that knows no member: where a flattened value's members cannot collide.
pub static NO_MEMBERS: &ObjectDesc = &ObjectDesc {
    fields: &[],
    unknown_fields: UnknownFields::Allow { reserved_prefix: None },
    custom: &[],
    server_type_error: crate::model::ServerTypeError::Inherit,
    other_bodies: &[],
};
