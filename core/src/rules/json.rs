//! What the rules read of a JSON value, so that one interpreter judges a
//! `serde_json::Value` and a value on a text's tape alike (`text/node.rs`'s `TextValue`).
//!
//! The hot questions (a value's kind, a string's text, an object's member) are
//! answered without building anything; what only a report needs (the value found,
//! a custom check's `Map`) is asked through [`Json::to_value`], on the cold path.

use std::borrow::Cow;

use serde_json::{Number, Value};

use super::{Ctx, report_repeats};
use crate::limits::Limits;
use crate::model::{Check, CustomCheck, ObjectDesc, TypeDesc};
use crate::path::Path;

/// The JSON type of a value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum JsonKind {
    Null,
    Bool(bool),
    Number,
    String,
    Array,
    Object,
}

/// A JSON value the rules can read: `&Value`, or a node of a text's tape.
pub(crate) trait Json<'a>: Copy {
    /// Its JSON type.
    fn kind(self) -> JsonKind;
    /// A string's text (decoded), or `None` for other types.
    fn string(self) -> Option<Cow<'a, str>>;
    /// A number as serde_json reads it, or `None` for other types.
    fn number(self) -> Option<Number>;
    /// How many items or members a container holds (0 for a scalar).
    fn len(self) -> usize;
    /// An array's items (none for other types).
    fn items(self) -> impl Iterator<Item = Self>;
    /// An object's members as serde_json keeps them (none for other types).
    fn members(self) -> impl Iterator<Item = (Cow<'a, str>, Self)>;
    /// The member `key` of an object.
    fn get(self, key: &str) -> Option<Self>;
    /// The value itself, built only for a report or a custom check.
    fn to_value(self) -> Cow<'a, Value>;
    /// Whether validating it as a `desc` finds nothing (a "maybe not" is allowed:
    /// the walk then looks closer).
    fn is_clean(self, desc: &'static TypeDesc, limits: &Limits) -> bool;

    /// Runs `object`'s custom check on this object.
    fn run_custom(self, object: &ObjectDesc, custom: &CustomCheck, path: &Path<'_>, ctx: &mut Ctx<'_>);

    /// Reports the items of this array that repeat an earlier one (`uniqueItems`).
    fn report_repeats(self, check: &Check, case_fold: bool, path: &Path<'_>, ctx: &mut Ctx<'_>);

    /// Whether it is an object with no member.
    fn is_empty_object(self) -> bool {
        self.kind() == JsonKind::Object && self.len() == 0
    }
}

impl<'a> Json<'a> for &'a Value {
    #[inline]
    fn kind(self) -> JsonKind {
        match self {
            Value::Null => JsonKind::Null,
            Value::Bool(b) => JsonKind::Bool(*b),
            Value::Number(_) => JsonKind::Number,
            Value::String(_) => JsonKind::String,
            Value::Array(_) => JsonKind::Array,
            Value::Object(_) => JsonKind::Object,
        }
    }

    #[inline]
    fn string(self) -> Option<Cow<'a, str>> {
        self.as_str().map(Cow::Borrowed)
    }

    #[inline]
    fn number(self) -> Option<Number> {
        self.as_number().cloned()
    }

    fn len(self) -> usize {
        match self {
            Value::Array(items) => items.len(),
            Value::Object(map) => map.len(),
            _ => 0,
        }
    }

    fn items(self) -> impl Iterator<Item = Self> {
        self.as_array().into_iter().flatten()
    }

    fn members(self) -> impl Iterator<Item = (Cow<'a, str>, Self)> {
        self.as_object().into_iter().flatten().map(|(key, value)| (Cow::Borrowed(key.as_str()), value))
    }

    #[inline]
    fn get(self, key: &str) -> Option<Self> {
        self.as_object()?.get(key)
    }

    fn to_value(self) -> Cow<'a, Value> {
        Cow::Borrowed(self)
    }

    #[inline]
    fn is_clean(self, desc: &'static TypeDesc, limits: &Limits) -> bool {
        (desc.clean)(self, limits)
    }

    fn run_custom(self, _object: &ObjectDesc, custom: &CustomCheck, path: &Path<'_>, ctx: &mut Ctx<'_>) {
        if let Value::Object(map) = self {
            ctx.run_custom(custom, map, path);
        }
    }

    fn report_repeats(self, check: &Check, case_fold: bool, path: &Path<'_>, ctx: &mut Ctx<'_>) {
        if let Value::Array(items) = self {
            report_repeats(check, items, case_fold, path, ctx);
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn a_value_answers_what_the_rules_ask() {
        let value = json!({"a": [1, "x"], "b": {}, "c": null});
        let root = &value;
        assert_eq!((root.kind(), root.len()), (JsonKind::Object, 3));
        assert_eq!(root.members().map(|(name, _)| name).collect::<Vec<_>>(), ["a", "b", "c"]);
        let a = root.get("a").expect("a");
        assert_eq!(a.items().map(Json::kind).collect::<Vec<_>>(), [JsonKind::Number, JsonKind::String]);
        assert_eq!(a.items().nth(1).and_then(Json::string).as_deref(), Some("x"));
        assert!(root.get("b").is_some_and(Json::is_empty_object));
        assert!(!root.is_empty_object() && root.get("z").is_none());
        // A scalar has no items and no members.
        assert_eq!((root.get("c").map(Json::len), a.get("0")), (Some(0), None));
    }
}
