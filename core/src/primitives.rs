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

use crate::fast::Plan;
use crate::limits::Limits;
use crate::model::{Bound, Check, Limit, Payload, Rule, Shape, TypeDesc};
use crate::report::Severity;
use crate::rules::is_integer;

const fn plain(shape: Shape, clean: fn(&Value, &Limits) -> bool) -> TypeDesc {
    ruled(shape, &[], clean)
}

/// A std type with rules of its own (bounds, lengths), compiled with them.
const fn ruled(shape: Shape, checks: &'static [Check], clean: fn(&Value, &Limits) -> bool) -> TypeDesc {
    TypeDesc { name: None, description: "", shape, checks, plan: Plan::compile(checks), clean }
}

/// An error-severity check without a server text or reason: what a type itself demands.
const fn demands(rule: Rule) -> Check {
    Check { rule, severity: Severity::Error, server: None, why: None }
}

/// The generated-validator side of a type with rules of its own (bounds, lengths).
macro_rules! clean_by_shape_and_rules {
    ($test:expr) => {
        #[inline]
        fn is_clean(value: &Value, limits: &Limits) -> bool {
            $test(value) && Self::DESC.plan.passes(value, limits)
        }
    };
}

/// Types whose JSON shape is all there is to check: the shape, and the test of a value.
macro_rules! by_shape {
    ($($t:ty => $shape:expr, $test:expr;)*) => {$(
        impl Payload for $t {
            const DESC: &'static TypeDesc = &plain($shape, Self::is_clean);

            #[inline]
            fn is_clean(value: &Value, _: &Limits) -> bool {
                $test(value)
            }
        }
    )*};
}

by_shape! {
    String => Shape::String, Value::is_string;
    str => Shape::String, Value::is_string;
    bool => Shape::Boolean, Value::is_boolean;
    // serde_json holds integers as i64 or u64: JSON integers cover i128's whole range.
    i128 => Shape::Integer, is_integer;
    // Floats take any JSON number. (An `f32` overflows to infinity above 3.4e38 rather
    // than failing, so it states no bound either.)
    f64 => Shape::Number, Value::is_number;
    f32 => Shape::Number, Value::is_number;
    Value => Shape::Any, |_| true;
}

impl Payload for char {
    const DESC: &'static TypeDesc =
        &ruled(Shape::String, &[demands(Rule::MinLength(1)), demands(Rule::MaxLength(1))], Self::is_clean);
    clean_by_shape_and_rules!(Value::is_string);
}

/// Integer types with a `minimum` and `maximum` of their range, as serde enforces it.
macro_rules! integers_bounded {
    ($($t:ty),*) => {$(
        impl Payload for $t {
            const DESC: &'static TypeDesc = &ruled(
                Shape::Integer,
                &[
                    demands(Rule::Minimum(Bound::Int(<$t>::MIN as i128))),
                    demands(Rule::Maximum(Bound::Int(<$t>::MAX as i128))),
                ],
                Self::is_clean,
            );
            clean_by_shape_and_rules!(is_integer);
        }
    )*};
}
// `i64` too: serde_json reads integers up to `u64::MAX`, which an `i64` cannot hold.
integers_bounded!(i8, i16, i32, i64, isize, u8, u16, u32, u64, usize);

/// Unsigned integers wider than any JSON number: only the lower bound.
impl Payload for u128 {
    const DESC: &'static TypeDesc =
        &ruled(Shape::Integer, &[demands(Rule::Minimum(Bound::Int(0)))], Self::is_clean);
    clean_by_shape_and_rules!(is_integer);
}

/// The validator of the type they wrap or point to, flattened use included.
macro_rules! same_as_inner {
    () => {
        #[inline]
        fn is_clean(value: &Value, limits: &Limits) -> bool {
            T::is_clean(value, limits)
        }

        fn clean_member(key: &str, value: &Value, limits: &Limits) -> Option<bool> {
            T::clean_member(key, value, limits)
        }

        fn clean_flattened(map: &Map<String, Value>, limits: &Limits) -> bool {
            T::clean_flattened(map, limits)
        }

        fn clean_rest(value: &Value, limits: &Limits) -> Option<bool> {
            T::clean_rest(value, limits)
        }
    };
}

impl<T: Payload> Payload for Option<T> {
    const DESC: &'static TypeDesc = T::DESC;
    const OPTIONAL: bool = true;
    same_as_inner!();
}

/// Pointers and borrowed forms serialize as what they point to.
macro_rules! transparent {
    ($($ty:ty),*) => {$(
        impl<T: Payload + ?Sized> Payload for $ty {
            const DESC: &'static TypeDesc = T::DESC;
            same_as_inner!();
        }
    )*};
}
transparent!(Box<T>, Rc<T>, Arc<T>, &T);

impl<T: Payload + ToOwned + ?Sized> Payload for Cow<'_, T> {
    const DESC: &'static TypeDesc = T::DESC;
    same_as_inner!();
}

/// An array whose items are all clean `T`s, and which breaks none of its own rules.
#[inline]
fn items_clean<T: Payload + ?Sized>(value: &Value, own: &Plan, limits: &Limits) -> bool {
    match value {
        Value::Array(items) => {
            items.iter().all(|item| T::is_clean(item, limits)) && own.passes(value, limits)
        }
        _ => false,
    }
}

/// A sequence: the items' validator, then the sequence's own rules.
macro_rules! sequence {
    ($item:ty) => {
        #[inline]
        fn is_clean(value: &Value, limits: &Limits) -> bool {
            items_clean::<$item>(value, &Self::DESC.plan, limits)
        }
    };
}

impl<T: Payload> Payload for Vec<T> {
    const DESC: &'static TypeDesc = &plain(Shape::Array(T::DESC), Self::is_clean);
    sequence!(T);
}

impl<T: Payload> Payload for [T] {
    const DESC: &'static TypeDesc = &plain(Shape::Array(T::DESC), Self::is_clean);
    sequence!(T);
}

impl<T: Payload> Payload for std::collections::VecDeque<T> {
    const DESC: &'static TypeDesc = &plain(Shape::Array(T::DESC), Self::is_clean);
    sequence!(T);
}

/// A fixed-size array: exactly `N` items, as serde demands.
impl<T: Payload, const N: usize> Payload for [T; N] {
    const DESC: &'static TypeDesc = &ruled(
        Shape::Array(T::DESC),
        &[demands(Rule::MinItems(N)), demands(Rule::MaxItems(Limit::Fixed(N)))],
        Self::is_clean,
    );
    sequence!(T);
}

/// A set's rule: serde keeps one of each repeated item, so a repeat would be lost silently.
const NO_REPEATS: &[Check] = &[demands(Rule::UniqueItems { case_fold: false })];

const fn set_of(items: &'static TypeDesc, clean: fn(&Value, &Limits) -> bool) -> TypeDesc {
    ruled(Shape::Array(items), NO_REPEATS, clean)
}

impl<T: Payload, S> Payload for HashSet<T, S> {
    const DESC: &'static TypeDesc = &set_of(T::DESC, Self::is_clean);
    sequence!(T);
}

impl<T: Payload> Payload for BTreeSet<T> {
    const DESC: &'static TypeDesc = &set_of(T::DESC, Self::is_clean);
    sequence!(T);
}

/// A map: every value a clean `T`; flattened, it collects the members no field names.
macro_rules! map_of {
    () => {
        #[inline]
        fn is_clean(value: &Value, limits: &Limits) -> bool {
            value.as_object().is_some_and(|map| map.values().all(|v| T::is_clean(v, limits)))
        }

        fn clean_rest(value: &Value, limits: &Limits) -> Option<bool> {
            Some(T::is_clean(value, limits))
        }
    };
}

impl<T: Payload> Payload for BTreeMap<String, T> {
    const DESC: &'static TypeDesc = &plain(Shape::Map(T::DESC), Self::is_clean);
    map_of!();
}

impl<T: Payload, S> Payload for HashMap<String, T, S> {
    const DESC: &'static TypeDesc = &plain(Shape::Map(T::DESC), Self::is_clean);
    map_of!();
}

impl Payload for Map<String, Value> {
    const DESC: &'static TypeDesc = &plain(Shape::AnyObject, Self::is_clean);

    #[inline]
    fn is_clean(value: &Value, _: &Limits) -> bool {
        value.is_object()
    }

    fn clean_rest(_: &Value, _: &Limits) -> Option<bool> {
        Some(true)
    }
}
