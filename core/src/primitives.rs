//! [`Payload`] for the std types a payload is made of: strings, booleans, numbers of
//! every width, sequences, sets, maps, boxes and `Option`.
//!
//! Each type states what serde would accept: an integer type has its natural bounds
//! (`u8` is `0..=255`), a set has no repeated items, a fixed-size array has exactly
//! its length. So a value the validator passes also deserializes into the type.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::rc::Rc;
use std::sync::Arc;

use serde_json::{Map, Value};

use crate::model::{Bound, Check, Limit, Payload, Rule, Shape, TypeDesc};
use crate::report::Severity;

const fn plain(shape: Shape) -> TypeDesc {
    TypeDesc { name: None, description: "", shape, checks: &[] }
}

/// An error-severity check without a server text or reason: what a type itself demands.
const fn demands(rule: Rule) -> Check {
    Check { rule, severity: Severity::Error, server: None, why: None }
}

impl Payload for String {
    const DESC: &'static TypeDesc = &plain(Shape::String);
}

impl Payload for str {
    const DESC: &'static TypeDesc = &plain(Shape::String);
}

impl Payload for char {
    const DESC: &'static TypeDesc = &TypeDesc {
        name: None,
        description: "",
        shape: Shape::String,
        checks: &[demands(Rule::MinLength(1)), demands(Rule::MaxLength(1))],
    };
}

impl Payload for bool {
    const DESC: &'static TypeDesc = &plain(Shape::Boolean);
}

/// Integer types whose whole range JSON numbers cover: no bound beyond the type's own.
macro_rules! integers_unbounded {
    ($($t:ty),*) => {$(
        impl Payload for $t {
            const DESC: &'static TypeDesc = &plain(Shape::Integer);
        }
    )*};
}
// serde_json holds integers as i64 or u64, and isize is 64 bits on every target it builds for.
integers_unbounded!(i64, isize, i128);

/// Integer types with a `minimum` and `maximum` of their range, as serde enforces it.
macro_rules! integers_bounded {
    ($($t:ty),*) => {$(
        impl Payload for $t {
            const DESC: &'static TypeDesc = &TypeDesc {
                name: None,
                description: "",
                shape: Shape::Integer,
                checks: &[
                    demands(Rule::Minimum(Bound::Int(<$t>::MIN as i128))),
                    demands(Rule::Maximum(Bound::Int(<$t>::MAX as i128))),
                ],
            };
        }
    )*};
}
integers_bounded!(i8, i16, i32, u8, u16, u32, u64, usize);

/// Unsigned integers wider than any JSON number: only the lower bound.
impl Payload for u128 {
    const DESC: &'static TypeDesc = &TypeDesc {
        name: None,
        description: "",
        shape: Shape::Integer,
        checks: &[demands(Rule::Minimum(Bound::Int(0)))],
    };
}

// Floats take any JSON number. (An `f32` overflows to infinity above 3.4e38 rather than
// failing, so it states no bound either.)
impl Payload for f64 {
    const DESC: &'static TypeDesc = &plain(Shape::Number);
}

impl Payload for f32 {
    const DESC: &'static TypeDesc = &plain(Shape::Number);
}

impl<T: Payload> Payload for Option<T> {
    const DESC: &'static TypeDesc = T::DESC;
    const OPTIONAL: bool = true;
}

/// Pointers and borrowed forms serialize as what they point to.
macro_rules! transparent {
    ($($ty:ty),*) => {$(
        impl<T: Payload + ?Sized> Payload for $ty {
            const DESC: &'static TypeDesc = T::DESC;
        }
    )*};
}
transparent!(Box<T>, Rc<T>, Arc<T>, &T);

impl<T: Payload + ToOwned + ?Sized> Payload for Cow<'_, T> {
    const DESC: &'static TypeDesc = T::DESC;
}

impl<T: Payload> Payload for Vec<T> {
    const DESC: &'static TypeDesc = &plain(Shape::Array(T::DESC));
}

impl<T: Payload> Payload for [T] {
    const DESC: &'static TypeDesc = &plain(Shape::Array(T::DESC));
}

impl<T: Payload> Payload for std::collections::VecDeque<T> {
    const DESC: &'static TypeDesc = &plain(Shape::Array(T::DESC));
}

/// A fixed-size array: exactly `N` items, as serde demands.
impl<T: Payload, const N: usize> Payload for [T; N] {
    const DESC: &'static TypeDesc = &TypeDesc {
        name: None,
        description: "",
        shape: Shape::Array(T::DESC),
        checks: &[demands(Rule::MinItems(N)), demands(Rule::MaxItems(Limit::Fixed(N)))],
    };
}

/// A set's rule: serde keeps one of each repeated item, so a repeat would be lost silently.
const NO_REPEATS: &[Check] = &[demands(Rule::UniqueItems { case_fold: false })];

const fn set_of(items: &'static TypeDesc) -> TypeDesc {
    TypeDesc { name: None, description: "", shape: Shape::Array(items), checks: NO_REPEATS }
}

impl<T: Payload, S> Payload for HashSet<T, S> {
    const DESC: &'static TypeDesc = &set_of(T::DESC);
}

impl<T: Payload> Payload for BTreeSet<T> {
    const DESC: &'static TypeDesc = &set_of(T::DESC);
}

impl<T: Payload> Payload for BTreeMap<String, T> {
    const DESC: &'static TypeDesc = &plain(Shape::Map(T::DESC));
}

impl<T: Payload, S> Payload for HashMap<String, T, S> {
    const DESC: &'static TypeDesc = &plain(Shape::Map(T::DESC));
}

impl Payload for Map<String, Value> {
    const DESC: &'static TypeDesc = &plain(Shape::AnyObject);
}

impl Payload for Value {
    const DESC: &'static TypeDesc = &plain(Shape::Any);
}
