//! A value on a text's tape, as the interpreter reads it (`rules::Json`): a message
//! with a violation is reported from its text, no `serde_json::Value` built but for
//! the few values a message quotes.

use std::borrow::Cow;

use serde_json::{Number, Value};

use super::clean::Clean;
use super::doc::Doc;
use super::size;
use super::tape::Kind;
use crate::limits::Limits;
use crate::model::{Check, CustomCheck, ObjectDesc, Plan, TypeDesc};
use crate::path::Path;
use crate::rules::{Ctx, Json, JsonKind};

/// A message's text as serde_json would read it.
#[derive(Clone, Copy)]
pub(crate) struct Text<'t> {
    pub doc: Doc<'t>,
    /// Name nodes of earlier copies of repeated names, which serde_json drops for the
    /// last (`duplicates::shadowed`); empty when no name repeats.
    pub shadowed: &'t [bool],
    /// The envelope, whose byte-size rule is counted from the text.
    pub envelope: &'static ObjectDesc,
}

/// One value of a [`Text`].
#[derive(Clone, Copy)]
pub(crate) struct TextValue<'r, 't> {
    pub text: &'r Text<'t>,
    pub node: usize,
}

impl<'r, 't> TextValue<'r, 't> {
    fn at(self, node: usize) -> Self {
        TextValue { text: self.text, node }
    }

    /// The member names and values serde_json keeps: the last copy of a repeated name.
    fn kept_members(self) -> impl Iterator<Item = (usize, usize)> + use<'r, 't> {
        let object = self.text.doc.kind(self.node) == Kind::Object;
        self.text.doc.kept_members(self.node, self.text.shadowed).filter(move |_| object)
    }
}

impl<'t> Json<'t> for TextValue<'_, 't> {
    #[inline]
    fn kind(self) -> JsonKind {
        match self.text.doc.kind(self.node) {
            Kind::Null => JsonKind::Null,
            Kind::True => JsonKind::Bool(true),
            Kind::False => JsonKind::Bool(false),
            Kind::Number => JsonKind::Number,
            Kind::String { .. } | Kind::Key { .. } => JsonKind::String,
            Kind::Array => JsonKind::Array,
            Kind::Object => JsonKind::Object,
        }
    }

    fn string(self) -> Option<Cow<'t, str>> {
        matches!(self.text.doc.kind(self.node), Kind::String { .. }).then(|| self.text.doc.text_of(self.node))
    }

    fn number(self) -> Option<Number> {
        (self.text.doc.kind(self.node) == Kind::Number).then(|| self.text.doc.number(self.node))
    }

    fn len(self) -> usize {
        match self.text.doc.kind(self.node) {
            Kind::Array => self.text.doc.count(self.node),
            Kind::Object => self.kept_members().count(),
            _ => 0,
        }
    }

    fn items(self) -> impl Iterator<Item = Self> {
        let array = self.text.doc.kind(self.node) == Kind::Array;
        self.text.doc.children(self.node).filter(move |_| array).map(move |item| self.at(item))
    }

    fn members(self) -> impl Iterator<Item = (Cow<'t, str>, Self)> {
        self.kept_members().map(move |(name, value)| (self.text.doc.text_of(name), self.at(value)))
    }

    fn get(self, key: &str) -> Option<Self> {
        let doc = self.text.doc;
        let mut scratch = String::new();
        self.kept_members()
            .find(|&(name, _)| doc.string(name, &mut scratch) == key)
            .map(|(_, value)| self.at(value))
    }

    fn to_value(self) -> Cow<'t, Value> {
        // serde_json keeps the last copy of a repeated name, as the walk does.
        Cow::Owned(self.text.doc.value(self.node))
    }

    fn is_clean(self, desc: &'static TypeDesc, limits: &Limits) -> bool {
        let Text { doc, shadowed, envelope } = *self.text;
        let mut clean = Clean { doc, shadowed, limits, scratch: String::new(), hashes: Vec::new(), envelope };
        clean.value(desc, &Plan::NONE, self.node)
    }

    fn run_custom(self, object: &ObjectDesc, custom: &CustomCheck, path: &Path<'_>, ctx: &mut Ctx<'_>) {
        if !std::ptr::eq(object, self.text.envelope) {
            if let Value::Object(map) = self.to_value().as_ref() {
                ctx.run_custom(custom, map, path);
            }
            return;
        }
        // The envelope's one custom check is the byte-size rule (as `crate::size`
        // asserts): counted from the text, not from a `Map` of the whole message.
        let Text { doc, shadowed, .. } = *self.text;
        let counted = crate::size::COUNTED.iter().filter_map(|name| self.get(name)).map(|member| member.node);
        let total = size::counted_len(&doc, shadowed, counted);
        crate::size::report_size(total, &mut ctx.checker(path, custom.rule));
    }

    fn report_repeats(self, check: &Check, case_fold: bool, path: &Path<'_>, ctx: &mut Ctx<'_>) {
        // Strings (the recipients) are compared as the text holds them, borrowed
        // unless escaped; a case-folded comparison skips items of other types
        // (`crate::repeat`). Only an exact comparison of other items builds them.
        let strings: Vec<Option<Cow<'t, str>>> = self.items().map(|item| item.string()).collect();
        if case_fold || strings.iter().all(Option::is_some) {
            crate::rules::report_repeats(check, &strings, case_fold, path, ctx);
        } else {
            let items: Vec<Value> = self.items().map(|item| item.to_value().into_owned()).collect();
            crate::rules::report_repeats(check, &items, case_fold, path, ctx);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{duplicates, tape};

    /// Runs `f` on the root of `source`'s tape.
    fn with_root<R>(source: &str, f: impl FnOnce(TextValue<'_, '_>) -> R) -> R {
        let tape = tape::read(source.as_bytes(), 128).expect("JSON");
        let doc = Doc { text: source, nodes: &tape.nodes };
        let shadowed = duplicates::shadowed(&doc, 0);
        let text = Text { doc, shadowed: &shadowed, envelope: super::super::ENVELOPE };
        f(TextValue { text: &text, node: 0 })
    }

    #[test]
    fn a_text_value_reads_as_the_value_serde_json_builds() {
        let source = r#"{"a": 1, "b": "x\n\u00e9", "a": [true, null, 2.5], "c": {}}"#;
        let value: Value = serde_json::from_str(source).unwrap();
        with_root(source, |root| {
            assert_eq!(root.kind(), JsonKind::Object);
            // The last copy of `a`, where the text writes it.
            assert_eq!(root.len(), 3);
            let names: Vec<String> = root.members().map(|(name, _)| name.into_owned()).collect();
            assert_eq!(names, ["b", "a", "c"]);
            let a = root.get("a").expect("a");
            assert_eq!(
                a.items().map(|item| item.kind()).collect::<Vec<_>>(),
                [JsonKind::Bool(true), JsonKind::Null, JsonKind::Number]
            );
            assert_eq!(a.items().nth(2).and_then(|n| n.number()), serde_json::Number::from_f64(2.5));
            assert_eq!(root.get("b").and_then(|b| b.string()).as_deref(), Some("x\né"));
            assert!(root.get("c").is_some_and(|c| c.is_empty_object()));
            assert!(root.get("d").is_none());
            assert_eq!(root.to_value().into_owned(), value);
        });
    }

    #[test]
    fn the_byte_size_rule_counts_from_the_text_as_from_the_value() {
        let source =
            r#"{"to": ["u2"], "type": "txt", "body": {"msg": "\u4e2d\/"}, "ext": {"k": 1, "k": [2]}}"#;
        let value: Value = serde_json::from_str(source).unwrap();
        let map = value.as_object().unwrap();
        let limits = Limits::DEFAULT.with_max_bytes(crate::size::body_and_ext_len(map) - 1);
        let mut from_value = Ctx::new(&limits);
        crate::size::body_and_ext_size(map, &mut from_value.checker(&Path::ROOT, crate::RuleCode::MaxBytes));
        let expected = from_value.finish();
        assert_eq!(expected.violations().len(), 1, "{expected}");
        with_root(source, |root| {
            let mut from_text = Ctx::new(&limits);
            root.run_custom(super::super::ENVELOPE, &ENVELOPE_CUSTOM[0], &Path::ROOT, &mut from_text);
            assert_eq!(from_text.finish().to_string(), expected.to_string());
        });
    }

    const ENVELOPE_CUSTOM: &[CustomCheck] = super::super::ENVELOPE.custom;
}
