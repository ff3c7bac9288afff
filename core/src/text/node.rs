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

    fn is_shadowed(self, name: usize) -> bool {
        self.text.shadowed.get(name).copied().unwrap_or(false)
    }

    /// The member names and values serde_json keeps: the last copy of a repeated name.
    fn kept_members(self) -> impl Iterator<Item = (usize, usize)> + use<'r, 't> {
        let object = self.text.doc.kind(self.node) == Kind::Object;
        let members = self.text.doc.members(self.node).filter(move |_| object);
        members.filter(move |&(name, _)| !self.is_shadowed(name))
    }

    /// A string or member name, decoded.
    fn text_of(self, node: usize) -> Cow<'t, str> {
        let doc = self.text.doc;
        match doc.kind(node) {
            Kind::String { escaped: false } | Kind::Key { escaped: false } => Cow::Borrowed(doc.inner(node)),
            _ => Cow::Owned(doc.string(node, &mut String::new()).to_owned()),
        }
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
        matches!(self.text.doc.kind(self.node), Kind::String { .. }).then(|| self.text_of(self.node))
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
        self.kept_members().map(move |(name, value)| (self.text_of(name), self.at(value)))
    }

    fn get(self, key: &str) -> Option<Self> {
        let doc = self.text.doc;
        let mut scratch = String::new();
        self.kept_members()
            .find(|&(name, _)| doc.string(name, &mut scratch) == key)
            .map(|(_, value)| self.at(value))
    }

    fn to_value(self) -> Cow<'t, Value> {
        let doc = self.text.doc;
        let node = doc.nodes[self.node];
        // The tape reader takes only what serde_json takes, and serde_json keeps the
        // last copy of a repeated name, as the walk does.
        let value = serde_json::from_str(&doc.text[node.start as usize..node.end as usize]);
        Cow::Owned(value.unwrap_or_default())
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
        let counted = crate::size::COUNTED.iter().filter_map(|name| self.get(name));
        let total = counted.map(|member| size::compact_len(&doc, member.node, shadowed)).sum();
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
