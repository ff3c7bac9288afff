//! The [`Payload`] trait: a type with its rule model, and the validators the derive
//! writes for it (over a JSON value and over the Rust value itself).
//!
//! The model ([`crate::model`]) is data; this trait ties a type to it, and its
//! default methods fall back to the interpreter ([`crate::rules`]) and to judging a
//! value's serialization ([`crate::fast::typed`]).

use serde_json::{Map, Value};

use crate::limits::Limits;
use crate::model::{ObjectDesc, TypeDesc};

/// A type that can appear in a payload, with its rule model.
///
/// Implemented by `#[derive(Payload)]` for structs and enums, and here for the
/// JSON primitives (`String`, `bool`, integers, `Vec<T>`, maps, `Option<T>`).
pub trait Payload {
    /// The shape of the value and its own rules.
    const DESC: &'static TypeDesc;
    /// `true` for `Option<T>`: a member of this type may be left out.
    const OPTIONAL: bool = false;

    /// Whether each member name is written once (`model::kind::names_members_once`):
    /// the typed validator reads fields only when it is.
    #[doc(hidden)]
    const NAMES_ONCE: bool = true;

    // What the derive's generated validator is made of (see `crate::fast`). Not public
    // API: the derive and this crate's std impls write them, nothing else calls them.

    /// Whether `value` has no violation at all (no error, no warning).
    #[doc(hidden)]
    fn is_clean(value: &Value, limits: &Limits) -> bool {
        crate::fast::interpreted(Self::DESC, value, limits)
    }

    /// As a flattened field: `Some(verdict)` for a member this type declares.
    #[doc(hidden)]
    fn clean_member(_key: &str, _value: &Value, _limits: &Limits) -> Option<bool> {
        None
    }

    /// As a flattened field: whether what it requires of the enclosing object holds.
    #[doc(hidden)]
    fn clean_flattened(_map: &Map<String, Value>, _limits: &Limits) -> bool {
        true
    }

    /// As a flattened field: `Some(verdict)` on a member no field names, when this
    /// type (a map) collects such members.
    #[doc(hidden)]
    fn clean_rest(_value: &Value, _limits: &Limits) -> Option<bool> {
        None
    }

    // The typed side (`crate::fast::View`): the same verdicts on the Rust value, as
    // it serializes, without its JSON. `None` is "cannot tell from the Rust value":
    // the caller then judges the serialization (`crate::fast::typed`).

    /// Whether this value, serialized, has no violation at all.
    #[doc(hidden)]
    fn typed_clean(&self, _limits: &Limits) -> Option<bool> {
        None
    }

    /// What its member's rules see of this value.
    #[doc(hidden)]
    fn typed_view(&self) -> crate::fast::View<'_> {
        crate::fast::View::Opaque
    }

    /// An object's [`Payload::typed_clean`] but for its custom checks (which the caller
    /// stands for: the envelope counts its byte size itself).
    #[doc(hidden)]
    fn typed_fields_clean(&self, _limits: &Limits) -> Option<bool> {
        None
    }

    /// [`Payload::typed_fields_clean`], its flattened maps' members judged as unknown
    /// members of `within`.
    #[doc(hidden)]
    fn typed_fields_clean_within(&self, _within: &'static ObjectDesc, _limits: &Limits) -> Option<bool> {
        None
    }

    /// The length of this value's compact JSON as `serde_json::to_value` then `to_vec`
    /// would make it (the byte-size rule's measure), counted from the Rust value.
    #[doc(hidden)]
    fn typed_len(&self) -> Option<usize> {
        None
    }

    /// As a flattened field: how many members it writes into the enclosing object
    /// `within`, and their bytes (`"name":value` each, without the commas).
    #[doc(hidden)]
    fn typed_members_len(&self, _within: &'static ObjectDesc) -> Option<(usize, usize)> {
        None
    }

    /// A tagged enum's content's [`Payload::typed_len`].
    #[doc(hidden)]
    fn typed_content_len(&self) -> Option<usize> {
        None
    }

    /// A tagged enum's content, judged by its variant's type.
    #[doc(hidden)]
    fn typed_content_clean(&self, _limits: &Limits) -> Option<bool> {
        None
    }

    /// As a flattened field: whether the members it writes into the enclosing object
    /// `within` (whose rules for unknown members apply) are clean, and none it requires
    /// there is missing.
    #[doc(hidden)]
    fn typed_clean_flattened(&self, _within: &'static ObjectDesc, _limits: &Limits) -> Option<bool> {
        None
    }
}
