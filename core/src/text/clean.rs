//! Whether a message's text has no violation at all, read from its tape: the
//! verdict `validate_str` settles a valid payload with, no `Value` built.
//!
//! It walks the model as the interpreter does (`crate::rules`) and runs the same
//! compiled plans on each value. It only ever answers "clean" or "look closer": a
//! `false` sends the value to the interpreter, which walks it and writes the report
//! (`super::node`), so a doubt (a hash collision among recipients, a custom check it
//! cannot run on text) costs time, never a wrong report. `tests/tests/prop_text_validate.rs`
//! holds it to the interpreter's verdict.

use serde_json::Value;

use super::doc::Doc;
use super::size;
use super::tape::Kind;
use crate::limits::Limits;
use crate::model::{FieldDesc, ObjectDesc, Plan, Shape, TaggedDesc, TypeDesc, Undeclared};
use crate::repeat::{INLINE as REPEAT_TABLE_ITEMS, any_hash_repeats, hash as string_hash};

pub(crate) struct Clean<'t, 'l> {
    pub doc: Doc<'t>,
    /// Name nodes of earlier copies of repeated names, which serde_json drops for the
    /// last (`duplicates::shadowed`); empty when no name repeats.
    pub shadowed: &'t [bool],
    pub limits: &'l Limits,
    /// Escaped strings are decoded here, one at a time.
    pub scratch: String,
    /// The recipients' hashes of a long list, kept between calls.
    pub hashes: Vec<u64>,
    /// The envelope, whose byte-size rule the walk counts from the text as it goes.
    pub envelope: &'static ObjectDesc,
}

/// What a member name is to the object that holds it.
enum Member {
    Field(&'static FieldDesc),
    Rest(&'static TypeDesc),
    Fine,
    Violation,
}

impl Clean<'_, '_> {
    /// A value of type `desc` with the member's own rules `plan` (the interpreter's
    /// `validate_member`).
    #[inline]
    pub fn value(&mut self, desc: &'static TypeDesc, plan: &Plan, node: usize) -> bool {
        let kind = self.doc.kind(node);
        let fits = match (desc.shape, kind) {
            (Shape::Any, _) => true,
            (Shape::String, Kind::String { .. }) => true,
            (Shape::Number, Kind::Number) => true,
            (Shape::Integer, Kind::Number) => crate::model::is_integer(&Value::Number(self.doc.number(node))),
            (Shape::Boolean, Kind::True | Kind::False) => true,
            (Shape::Array(items), Kind::Array) => return self.array(desc, items, plan, node),
            (Shape::Map(values), Kind::Object) => {
                let doc = self.doc;
                let shadowed = self.shadowed;
                doc.kept_members(node, shadowed).all(|(_, value)| self.value(values, &Plan::NONE, value))
            }
            (Shape::AnyObject, Kind::Object) => true,
            (Shape::Object(object), Kind::Object) => self.object(object, node),
            (Shape::Tagged(tagged), Kind::Object) => self.tagged(tagged, node),
            _ => false,
        };
        fits && self.passes(&desc.plan, node) && self.passes(plan, node)
    }

    /// An array: each item, and the array's rules (of its type and of its member)
    /// from the same pass, which counts the items and hashes them for `uniqueItems`.
    fn array(&mut self, desc: &'static TypeDesc, items: &'static TypeDesc, plan: &Plan, node: usize) -> bool {
        let doc = self.doc;
        let unique = desc.plan.unique().or(plan.unique());
        let mut hashes = std::mem::take(&mut self.hashes);
        hashes.clear();
        let mut count = 0;
        let mut all_strings = true;
        let mut clean = true;
        if let Shape::String = items.shape {
            // Strings (the recipients, 600 of them): each read from the text once for
            // its rules and its hash, without the general walk's dispatch.
            let scratch = &mut self.scratch;
            for item in doc.children(node) {
                count += 1;
                if !matches!(doc.kind(item), Kind::String { .. }) {
                    clean = false;
                    break;
                }
                let s = doc.string(item, scratch);
                if !items.plan.passes_str(s) {
                    clean = false;
                    break;
                }
                if let Some(fold) = unique {
                    hashes.push(string_hash(s, fold));
                }
            }
        } else {
            for item in doc.children(node) {
                count += 1;
                if !self.value(items, &Plan::NONE, item) {
                    clean = false;
                    break;
                }
                match (unique, doc.kind(item)) {
                    (Some(fold), Kind::String { .. }) => {
                        hashes.push(string_hash(doc.string(item, &mut self.scratch), fold))
                    }
                    (Some(_), _) => all_strings = false,
                    (None, _) => {}
                }
            }
        }
        let mut passes = |p: &Plan| {
            p.is_empty()
                || (p.passes_items(count, self.limits)
                    && p.unique().is_none_or(|fold| {
                        // A repeat, an item that is not a string (`1` equals `1.0`), or two
                        // different folds asked: the interpreter decides.
                        Some(fold) == unique && all_strings && !hashes_repeat(&mut hashes, count)
                    }))
        };
        clean = clean && passes(&desc.plan) && passes(plan);
        self.hashes = hashes;
        clean
    }

    /// A plan's rules on a value of the right shape.
    #[inline]
    fn passes(&mut self, plan: &Plan, node: usize) -> bool {
        if plan.is_empty() {
            return true;
        }
        match self.doc.kind(node) {
            Kind::String { .. } | Kind::Key { .. } => {
                plan.passes_str(self.doc.string(node, &mut self.scratch))
            }
            Kind::Number => plan.passes(&Value::Number(self.doc.number(node)), self.limits),
            Kind::True => plan.passes(&Value::Bool(true), self.limits),
            Kind::False => plan.passes(&Value::Bool(false), self.limits),
            Kind::Null => plan.passes(&Value::Null, self.limits),
            Kind::Object => plan.passes_members(self.doc.kept_members(node, self.shadowed).count()),
            // An array of an array type is judged by `Clean::array`, which hashes its
            // items in the same pass; anywhere else `uniqueItems` is left to the interpreter.
            Kind::Array => plan.passes_items(self.doc.count(node), self.limits) && plan.unique().is_none(),
        }
    }

    /// An object with known members (the interpreter's `rules::object::validate`).
    ///
    /// The members of a flattened tagged enum (`type` and `body`) and those the
    /// envelope's byte-size rule counts are noted as they go by, not looked up again.
    fn object(&mut self, object: &'static ObjectDesc, node: usize) -> bool {
        let tagged = object.fields.iter().find_map(|f| match (f.flatten, f.ty.shape) {
            (true, Shape::Tagged(t)) => Some(t),
            _ => None,
        });
        let is_envelope = std::ptr::eq(object, self.envelope);
        let (mut tag, mut content) = (None, None);
        let mut counted = [None; crate::size::COUNTED.len()];
        let mut seen: u128 = 0;
        let doc = self.doc;
        for (name, value) in doc.kept_members(node, self.shadowed) {
            let member = {
                let key = self.doc.string(name, &mut self.scratch);
                if is_envelope {
                    if let Some(k) = crate::size::COUNTED.iter().position(|c| *c == key) {
                        counted[k] = Some(value);
                    }
                }
                match object.fields.iter().position(|f| !f.flatten && f.name == key) {
                    Some(i) => {
                        seen |= 1 << i;
                        Member::Field(&object.fields[i])
                    }
                    None if tagged.is_some_and(|t| t.tag == key) => {
                        tag = Some(value);
                        Member::Fine
                    }
                    None if tagged.is_some_and(|t| t.content == key) => {
                        content = Some(value);
                        Member::Fine
                    }
                    None => match crate::rules::flattened_field(object, key) {
                        Some(field) => Member::Field(field),
                        None => unknown(object, key),
                    },
                }
            };
            let clean = match member {
                Member::Field(field) => self.value(field.ty, &field.plan, value),
                Member::Rest(desc) => self.value(desc, &Plan::NONE, value),
                Member::Fine => true,
                Member::Violation => false,
            };
            if !clean {
                return false;
            }
        }
        for (i, field) in object.fields.iter().enumerate() {
            let clean = match (field.flatten, field.ty.shape) {
                (true, Shape::Tagged(t)) if tagged.is_some_and(|first| std::ptr::eq(first, t)) => {
                    self.variant(t, tag, content)
                }
                (true, _) => self.flattened(field, node),
                (false, _) => seen & (1 << i) != 0 || !self.missing_matters(field, node),
            };
            if !clean {
                return false;
            }
        }
        if is_envelope {
            return self.fits(counted);
        }
        object.custom.is_empty()
    }

    /// The envelope's byte-size rule (`crate::size`'s, its only custom check, as
    /// `crate::size` asserts), counted from the text.
    fn fits(&mut self, counted: [Option<usize>; crate::size::COUNTED.len()]) -> bool {
        let doc = self.doc;
        let shadowed = self.shadowed;
        let total = size::counted_len(&doc, shadowed, counted.into_iter().flatten());
        total <= self.limits.max_bytes
    }

    /// Whether a missing member is a violation: required, recommended, or required
    /// with another member that is present.
    fn missing_matters(&mut self, field: &FieldDesc, node: usize) -> bool {
        field.required
            || field.recommended.is_some()
            || field
                .required_with
                .is_some_and(|other| self.doc.member(node, other, &mut self.scratch).is_some())
    }

    /// A flattened field's requirements of the enclosing object `node`.
    fn flattened(&mut self, field: &'static FieldDesc, node: usize) -> bool {
        match field.ty.shape {
            Shape::Tagged(tagged) => self.tagged(tagged, node),
            Shape::Object(inner) => {
                for field in inner.fields {
                    let clean = if field.flatten {
                        self.flattened(field, node)
                    } else {
                        !self.missing_matters(field, node)
                            || self.doc.member(node, field.name, &mut self.scratch).is_some()
                    };
                    if !clean {
                        return false;
                    }
                }
                // Custom checks run on a `Map`: the interpreter's business.
                inner.custom.is_empty()
            }
            _ => true,
        }
    }

    /// A tag naming a variant, and a content of the variant's type, in the object `node`.
    fn tagged(&mut self, tagged: &'static TaggedDesc, node: usize) -> bool {
        let tag = self.doc.member(node, tagged.tag, &mut self.scratch);
        let content = self.doc.member(node, tagged.content, &mut self.scratch);
        self.variant(tagged, tag, content)
    }

    /// [`Clean::tagged`] with the tag and content found.
    fn variant(&mut self, tagged: &'static TaggedDesc, tag: Option<usize>, content: Option<usize>) -> bool {
        let (Some(tag), Some(content)) = (tag, content) else { return false };
        if !matches!(self.doc.kind(tag), Kind::String { .. }) {
            return false;
        }
        let Some(variant) = tagged.variant(self.doc.string(tag, &mut self.scratch)) else { return false };
        self.value(variant.ty, &Plan::NONE, content)
    }
}

/// Whether two hashes are equal: through `crate::repeat`'s table up to the 600
/// items it holds, by sorting above (a limit raised past the API's 600).
fn hashes_repeat(hashes: &mut [u64], count: usize) -> bool {
    if count <= REPEAT_TABLE_ITEMS {
        return any_hash_repeats(hashes.iter().copied(), count);
    }
    hashes.sort_unstable();
    hashes.windows(2).any(|pair| pair[0] == pair[1])
}

/// A member no field declares, as the interpreter decides it (`ObjectDesc::undeclared`).
fn unknown(object: &'static ObjectDesc, key: &str) -> Member {
    match object.undeclared(key) {
        Undeclared::Allowed => Member::Fine,
        Undeclared::Rest(values) => Member::Rest(values),
        Undeclared::Unknown { .. } => Member::Violation,
    }
}
