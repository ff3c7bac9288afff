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

use crate::Payload;
use crate::fast::{Items, Plan, View, repeats};
use crate::limits::Limits;
use crate::model::is_integer;
use crate::model::{Bound, Check, Limit, ObjectDesc, Rule, Shape, TypeDesc};
use crate::report::Severity;
use crate::size::{compact_len, number_len, string_len};

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

/// Types whose JSON shape is all there is to check: the shape, the test of a value,
/// and what the rules see of a Rust value (`None`: what serde_json would not write
/// as a number, a NaN say, is judged through its serialization).
macro_rules! by_shape {
    ($($t:ty => $shape:expr, $test:expr, |$v:ident| $view:expr, $len:expr;)*) => {$(
        impl Payload for $t {
            const DESC: &'static TypeDesc = &plain($shape, Self::is_clean);

            #[inline]
            fn is_clean(value: &Value, _: &Limits) -> bool {
                $test(value)
            }

            #[inline]
            fn typed_clean(&self, _: &Limits) -> Option<bool> {
                let $v = self;
                Option::<View<'_>>::from($view).map(|_| true)
            }

            #[inline]
            fn typed_view(&self) -> View<'_> {
                let $v = self;
                Option::<View<'_>>::from($view).unwrap_or(View::Opaque)
            }

            #[inline]
            fn typed_len(&self) -> Option<usize> {
                let $v = self;
                $len
            }
        }
    )*};
}

by_shape! {
    String => Shape::String, Value::is_string, |s| Some(View::Str(s)), Some(string_len(s));
    str => Shape::String, Value::is_string, |s| Some(View::Str(s)), Some(string_len(s));
    bool => Shape::Boolean, Value::is_boolean, |b| Some(View::Bool(*b)), Some(if *b { 4 } else { 5 });
    // serde_json holds integers as i64 or u64: JSON integers cover i128's whole range.
    i128 => Shape::Integer, is_integer, |i| number_of_i128(*i).map(View::Number), number_of_i128(*i).map(|n| number_len(&n));
    // Floats take any JSON number. (An `f32` overflows to infinity above 3.4e38 rather
    // than failing, so it states no bound either.)
    f64 => Shape::Number, Value::is_number, |f| serde_json::Number::from_f64(*f).map(View::Number), serde_json::Number::from_f64(*f).map(|n| number_len(&n));
    // `serde_json::to_value` holds an `f32` as the `f64` it converts to.
    f32 => Shape::Number, Value::is_number, |f| serde_json::Number::from_f64(f64::from(*f)).map(View::Number), serde_json::Number::from_f64(f64::from(*f)).map(|n| number_len(&n));
    Value => Shape::Any, |_| true, |v| Some(View::Json(v)), Some(compact_len(v));
}

/// A 128-bit integer as serde_json holds it: within i64 or u64, or not at all.
fn number_of_i128(i: i128) -> Option<serde_json::Number> {
    i64::try_from(i).map(Into::into).or_else(|_| u64::try_from(i).map(Into::into)).ok()
}

/// The typed side of a type with rules of its own: its view, held to its own plan.
macro_rules! typed_by_view {
    ($view:expr) => {
        #[inline]
        fn typed_clean(&self, limits: &Limits) -> Option<bool> {
            Self::DESC.plan.passes_view(self.typed_view(), limits)
        }

        #[inline]
        fn typed_view(&self) -> View<'_> {
            $view(self)
        }

        #[inline]
        fn typed_len(&self) -> Option<usize> {
            match self.typed_view() {
                View::Number(n) => Some(number_len(&n)),
                View::Char(c) => Some(string_len(c.encode_utf8(&mut [0; 4]))),
                _ => None,
            }
        }
    };
}

impl Payload for char {
    const DESC: &'static TypeDesc =
        &ruled(Shape::String, &[demands(Rule::MinLength(1)), demands(Rule::MaxLength(1))], Self::is_clean);
    clean_by_shape_and_rules!(Value::is_string);
    typed_by_view!(|c: &char| View::Char(*c));
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
            typed_by_view!(|n: &$t| View::Number((*n).into()));
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
    typed_by_view!(|n: &u128| u64::try_from(*n).map_or(View::Opaque, |n| View::Number(n.into())));
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

/// The typed side of a pointer: what it points to.
macro_rules! typed_as_pointee {
    () => {
        #[inline]
        fn typed_clean(&self, limits: &Limits) -> Option<bool> {
            (**self).typed_clean(limits)
        }

        #[inline]
        fn typed_view(&self) -> View<'_> {
            (**self).typed_view()
        }

        fn typed_clean_flattened(&self, within: &'static ObjectDesc, limits: &Limits) -> Option<bool> {
            (**self).typed_clean_flattened(within, limits)
        }

        #[inline]
        fn typed_len(&self) -> Option<usize> {
            (**self).typed_len()
        }

        fn typed_members_len(&self, within: &'static ObjectDesc) -> Option<(usize, usize)> {
            (**self).typed_members_len(within)
        }
    };
}

impl<T: Payload> Payload for Option<T> {
    const DESC: &'static TypeDesc = T::DESC;
    const OPTIONAL: bool = true;
    same_as_inner!();

    // `None` serializes as `null` (a member left out is the container's business).
    #[inline]
    fn typed_clean(&self, limits: &Limits) -> Option<bool> {
        match self {
            Some(inner) => inner.typed_clean(limits),
            None => Some(T::is_clean(&Value::Null, limits)),
        }
    }

    #[inline]
    fn typed_view(&self) -> View<'_> {
        self.as_ref().map_or(View::Null, T::typed_view)
    }

    // A flattened `None` writes nothing, which may leave out what `T` requires.
    fn typed_clean_flattened(&self, within: &'static ObjectDesc, limits: &Limits) -> Option<bool> {
        self.as_ref()?.typed_clean_flattened(within, limits)
    }

    #[inline]
    fn typed_len(&self) -> Option<usize> {
        self.as_ref().map_or(Some(4), T::typed_len)
    }

    fn typed_members_len(&self, within: &'static ObjectDesc) -> Option<(usize, usize)> {
        self.as_ref().map_or(Some((0, 0)), |inner| inner.typed_members_len(within))
    }
}

/// Pointers and borrowed forms serialize as what they point to.
macro_rules! transparent {
    ($($ty:ty),*) => {$(
        impl<T: Payload + ?Sized> Payload for $ty {
            const DESC: &'static TypeDesc = T::DESC;
            same_as_inner!();
            typed_as_pointee!();
        }
    )*};
}
transparent!(Box<T>, Rc<T>, Arc<T>, &T);

impl<T: Payload + ToOwned + ?Sized> Payload for Cow<'_, T> {
    const DESC: &'static TypeDesc = T::DESC;
    same_as_inner!();
    typed_as_pointee!();
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
        sequence!($item, unsized);

        fn typed_clean(&self, limits: &Limits) -> Option<bool> {
            for item in self.iter() {
                if !item.typed_clean(limits)? {
                    return Some(false);
                }
            }
            Self::DESC.plan.passes_view(View::Items(self), limits)
        }

        #[inline]
        fn typed_view(&self) -> View<'_> {
            View::Items(self)
        }

        fn typed_len(&self) -> Option<usize> {
            let mut len = 2 + self.len().saturating_sub(1);
            for item in self.iter() {
                len += item.typed_len()?;
            }
            Some(len)
        }
    };
    // A slice cannot be viewed as `dyn Items` (unsized): its typed side is the
    // serialization's, as for any type that does not say.
    ($item:ty, unsized) => {
        #[inline]
        fn is_clean(value: &Value, limits: &Limits) -> bool {
            items_clean::<$item>(value, &Self::DESC.plan, limits)
        }
    };
}

/// What `minItems`, `maxItems` and `uniqueItems` see of a sequence.
macro_rules! items {
    ($($ty:ty),*) => {$(
        impl<T: Payload> Items for $ty {
            fn count(&self) -> usize {
                self.len()
            }

            fn repeats(&self, case_fold: bool) -> Option<bool> {
                repeats(self.iter(), self.len(), case_fold)
            }
        }
    )*};
}
items!(Vec<T>, std::collections::VecDeque<T>, BTreeSet<T>);

impl<T: Payload, const N: usize> Items for [T; N] {
    fn count(&self) -> usize {
        N
    }

    fn repeats(&self, case_fold: bool) -> Option<bool> {
        repeats(self.iter(), N, case_fold)
    }
}

impl<T: Payload, S> Items for HashSet<T, S> {
    fn count(&self) -> usize {
        self.len()
    }

    fn repeats(&self, case_fold: bool) -> Option<bool> {
        repeats(self.iter(), self.len(), case_fold)
    }
}

impl<T: Payload> Payload for Vec<T> {
    const DESC: &'static TypeDesc = &plain(Shape::Array(T::DESC), Self::is_clean);
    sequence!(T);
}

impl<T: Payload> Payload for [T] {
    const DESC: &'static TypeDesc = &plain(Shape::Array(T::DESC), Self::is_clean);
    sequence!(T, unsized);
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

        fn typed_clean(&self, limits: &Limits) -> Option<bool> {
            for value in self.values() {
                if !value.typed_clean(limits)? {
                    return Some(false);
                }
            }
            Self::DESC.plan.passes_view(View::Members(self.len()), limits)
        }

        #[inline]
        fn typed_view(&self) -> View<'_> {
            View::Members(self.len())
        }

        typed_members_as_unknown!();
    };
}

/// A map's length, and as a flattened field its members' (a name the enclosing object
/// knows is left to the serialization, as in `fast::rest_clean`).
macro_rules! map_len {
    () => {
        fn typed_len(&self) -> Option<usize> {
            let mut len = 2 + self.len().saturating_sub(1);
            for (name, value) in self.iter() {
                len += string_len(name) + 1 + value.typed_len()?;
            }
            Some(len)
        }

        fn typed_members_len(&self, within: &'static ObjectDesc) -> Option<(usize, usize)> {
            let mut bytes = 0;
            for (name, value) in self.iter() {
                if within.knows(name) {
                    return None;
                }
                bytes += string_len(name) + 1 + value.typed_len()?;
            }
            Some((self.len(), bytes))
        }
    };
}

/// A flattened map's members are the enclosing object's unknown ones, judged as it
/// judges those (`fast::rest_clean`).
macro_rules! typed_members_as_unknown {
    () => {
        fn typed_clean_flattened(&self, within: &'static ObjectDesc, limits: &Limits) -> Option<bool> {
            crate::fast::rest_clean(self.iter(), within, limits)
        }
    };
}

impl<T: Payload> Payload for BTreeMap<String, T> {
    const DESC: &'static TypeDesc = &plain(Shape::Map(T::DESC), Self::is_clean);
    map_of!();
    map_len!();
}

impl<T: Payload, S> Payload for HashMap<String, T, S> {
    const DESC: &'static TypeDesc = &plain(Shape::Map(T::DESC), Self::is_clean);
    map_of!();
    map_len!();
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

    fn typed_clean(&self, _: &Limits) -> Option<bool> {
        Some(true)
    }

    #[inline]
    fn typed_view(&self) -> View<'_> {
        View::Members(self.len())
    }

    typed_members_as_unknown!();
    map_len!();
}
