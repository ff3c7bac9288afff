//! The generated validators' verdict on a Rust value, read from its `Serialize` impl:
//! the value's JSON is never built.
//!
//! `Message::validate` used to go through `serde_json::to_value`, allocating every
//! string of the message only to look at it once. Here the value serializes into a
//! `Judge`, a serde `Serializer` that walks the rule model alongside: each member
//! is looked up in its object's model, the member's compiled [`Plan`] runs on the
//! string or number as serde hands it over (the code serde's derive generated over
//! the fields drives the walk), and the compact length is counted on the way for
//! the byte-size rule. The first problem ends the walk through serde's error path;
//! the caller then builds the JSON and asks the interpreter for the full report.
//!
//! The judge may call a clean value unclean, in the few cases it does not follow
//! (map keys that are not strings, a member serialized twice, enum variants with
//! fields, numbers in a `uniqueItems` array, values nested over `MAX_DEPTH`): that
//! only costs the slow path. It never calls clean a value whose JSON has a
//! violation; the differential test `tests/tests/prop_typed.rs` holds it to both.

use std::fmt;

use serde::ser::{self, Serialize};
use serde_json::{Number, Value};

use super::Plan;
use crate::Payload;
use crate::limits::Limits;
use crate::model::is_integer;
use crate::model::{FieldDesc, ObjectDesc, Shape, TaggedDesc, TypeDesc, UnknownFields, VariantDesc};
use crate::repeat::{INLINE as REPEAT_TABLE_ITEMS, any_hash_repeats, hash as string_hash};
use crate::size::{number_len, string_len};

/// Levels followed; deeper values (an `ext` nested 100,000 levels) go the slow path
/// (their JSON, built by serde_json, then the interpreter).
const MAX_DEPTH: u32 = 128;

/// Named members of one object (its flattened structs' included) tracked as seen.
const SLOTS: u32 = 128;

/// Whether `value`, as serde serializes it, breaks none of `desc`'s rules (no
/// error, no warning). `false` also when the judge cannot tell without the JSON.
pub fn is_clean<T: Serialize + ?Sized>(value: &T, desc: &'static TypeDesc, limits: &Limits) -> bool {
    value.serialize(Judge::root(desc, limits, None)).is_ok()
}

/// [`is_clean`] for an object whose custom checks are all the byte-size rule over
/// the members `counted`: `Some` of those members' compact serialized length when
/// everything else is clean, for the caller to hold against its limit.
pub fn clean_and_counted<T: Serialize + ?Sized>(
    value: &T,
    desc: &'static TypeDesc,
    limits: &Limits,
    counted: &'static [&'static str],
) -> Option<usize> {
    value.serialize(Judge::root(desc, limits, Some(counted))).ok().map(|out| out.counted)
}

/// The compact JSON length of `value`, and the sum of its members named `counted`
/// (when it is an object), without writing it; `None` for what the judge does not
/// follow (see the module's introduction).
pub fn lengths<T: Serialize + ?Sized>(value: &T, counted: &'static [&'static str]) -> Option<(usize, usize)> {
    let anything = Judge::root(<Value as Payload>::DESC, &Limits::DEFAULT, Some(counted));
    value.serialize(anything).ok().map(|out| (out.len, out.counted))
}

/// The walk stops: a rule is broken, or the judge does not follow the value.
#[derive(Debug)]
pub struct Unclean;

impl fmt::Display for Unclean {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the value breaks a rule, or needs its JSON to be judged")
    }
}

impl std::error::Error for Unclean {}

impl ser::Error for Unclean {
    fn custom<T: fmt::Display>(_: T) -> Self {
        Unclean
    }
}

/// What one value serialized to.
#[derive(Debug, Clone, Copy, Default)]
pub struct Out {
    /// Its compact JSON length in bytes.
    len: usize,
    /// The hash `uniqueItems` compares, for a string item of such an array.
    hash: u64,
    /// The variant a tag named.
    tag: Option<&'static VariantDesc>,
    /// At the root: the length of the counted members.
    counted: usize,
}

impl Out {
    fn len(len: usize) -> Out {
        Out { len, ..Out::default() }
    }
}

const NO_PLAN: &Plan = &Plan::NONE;

/// Judges one value against its type and its member's rules.
#[derive(Clone, Copy)]
struct Judge<'l> {
    ty: &'static TypeDesc,
    /// The rules of the member holding the value (beside the type's own).
    member: &'static Plan,
    limits: &'l Limits,
    /// `Some(case_fold)`: the value is an item of a `uniqueItems` array.
    hash: Option<bool>,
    /// At the root only: the byte-size rule's members.
    counted: Option<&'static [&'static str]>,
    depth: u32,
}

impl<'l> Judge<'l> {
    fn root(
        ty: &'static TypeDesc,
        limits: &'l Limits,
        counted: Option<&'static [&'static str]>,
    ) -> Judge<'l> {
        Judge { ty, member: NO_PLAN, limits, hash: None, counted, depth: 0 }
    }

    /// A value one level down.
    fn child(&self, ty: &'static TypeDesc, member: &'static Plan) -> Result<Judge<'l>, Unclean> {
        if self.depth >= MAX_DEPTH {
            return Err(Unclean);
        }
        Ok(Judge { ty, member, limits: self.limits, hash: None, counted: None, depth: self.depth + 1 })
    }

    fn passes(&self, value: &Value) -> bool {
        self.member.passes(value, self.limits) && self.ty.plan.passes(value, self.limits)
    }

    fn string(self, s: &str) -> Result<Out, Unclean> {
        let shaped = matches!(self.ty.shape, Shape::String | Shape::Any);
        if !(shaped && self.member.passes_str(s) && self.ty.plan.passes_str(s)) {
            return Err(Unclean);
        }
        let hash = self.hash.map_or(0, |case_fold| string_hash(s, case_fold));
        Ok(Out { hash, ..Out::len(string_len(s)) })
    }

    fn number(self, n: Number) -> Result<Out, Unclean> {
        let value = Value::Number(n);
        let shaped = match self.ty.shape {
            Shape::Integer => is_integer(&value),
            Shape::Number | Shape::Any => true,
            _ => false,
        };
        match value {
            Value::Number(n) if shaped && self.hash.is_none() && self.passes(&Value::Number(n.clone())) => {
                Ok(Out::len(number_len(&n)))
            }
            _ => Err(Unclean),
        }
    }

    /// `true`, `false` or `null`, of `len` bytes.
    fn literal(self, value: Value, len: usize) -> Result<Out, Unclean> {
        let shaped = match value {
            Value::Bool(_) => matches!(self.ty.shape, Shape::Boolean | Shape::Any),
            _ => matches!(self.ty.shape, Shape::Any),
        };
        if shaped && self.hash.is_none() && self.passes(&value) { Ok(Out::len(len)) } else { Err(Unclean) }
    }

    fn object(self) -> Result<ObjectJudge<'l>, Unclean> {
        let kind = match self.ty.shape {
            Shape::Object(object) => Kind::Object(object),
            Shape::Tagged(tagged) => Kind::Tagged(tagged),
            Shape::Map(values) => Kind::Map(values),
            Shape::AnyObject | Shape::Any => Kind::Any,
            _ => return Err(Unclean),
        };
        if self.hash.is_some() || self.depth >= MAX_DEPTH {
            return Err(Unclean);
        }
        Ok(ObjectJudge {
            judge: self,
            kind,
            seen: 0,
            variant: None,
            content_seen: false,
            count: 0,
            len: 0,
            counted: 0,
            pending: None,
        })
    }

    fn array(self) -> Result<SeqJudge<'l>, Unclean> {
        let items = match self.ty.shape {
            Shape::Array(items) => items,
            Shape::Any => <Value as Payload>::DESC,
            _ => return Err(Unclean),
        };
        if self.hash.is_some() {
            return Err(Unclean);
        }
        let unique = match (self.member.unique(), self.ty.plan.unique()) {
            (None, None) => None,
            // A repeat without folding is one with folding too: fold when either rule does.
            (a, b) => Some(a.unwrap_or(false) || b.unwrap_or(false)),
        };
        let mut item = self.child(items, NO_PLAN)?;
        item.hash = unique;
        Ok(SeqJudge { judge: self, item, count: 0, len: 0, hashes: Hashes::default() })
    }
}

thread_local! {
    /// The hashes of a long `uniqueItems` array, kept between calls: a thread that
    /// validates one 600-recipient message after another allocates for the first only.
    static SCRATCH: std::cell::Cell<Vec<u64>> = const { std::cell::Cell::new(Vec::new()) };
}

/// The hashes of a `uniqueItems` array's items: inline for short arrays.
#[derive(Default)]
struct Hashes {
    inline: [u64; 16],
    spilled: Vec<u64>,
}

impl Hashes {
    fn push(&mut self, n: usize, hash: u64) {
        match self.inline.get_mut(n) {
            Some(slot) => *slot = hash,
            None => {
                if n == self.inline.len() {
                    self.spilled = SCRATCH.take();
                    self.spilled.clear();
                    self.spilled.extend_from_slice(&self.inline);
                }
                self.spilled.push(hash);
            }
        }
    }

    /// Whether two of the `count` hashes are equal.
    fn any_repeat(&mut self, count: usize) -> bool {
        if count <= self.inline.len() {
            return any_hash_repeats(self.inline[..count].iter().copied(), count);
        }
        if count <= REPEAT_TABLE_ITEMS {
            return any_hash_repeats(self.spilled.iter().copied(), count);
        }
        // Beyond the table's size (a raised recipient limit): sort the hashes.
        self.spilled.sort_unstable();
        self.spilled.windows(2).any(|pair| pair[0] == pair[1])
    }
}

impl Drop for Hashes {
    fn drop(&mut self) {
        if self.spilled.capacity() > 0 {
            SCRATCH.set(std::mem::take(&mut self.spilled));
        }
    }
}

struct SeqJudge<'l> {
    judge: Judge<'l>,
    item: Judge<'l>,
    count: usize,
    len: usize,
    hashes: Hashes,
}

impl SeqJudge<'_> {
    fn element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Unclean> {
        let out = value.serialize(self.item)?;
        if self.item.hash.is_some() {
            self.hashes.push(self.count, out.hash);
        }
        self.count += 1;
        self.len += out.len;
        Ok(())
    }

    fn end(mut self) -> Result<Out, Unclean> {
        let Judge { member, ty, limits, .. } = self.judge;
        let count = self.count;
        let repeats = self.item.hash.is_some() && self.hashes.any_repeat(count);
        if !member.passes_items(count, limits) || !ty.plan.passes_items(count, limits) || repeats {
            return Err(Unclean);
        }
        Ok(Out::len(2 + self.len + count.saturating_sub(1)))
    }
}

/// What an object's members are judged by.
#[derive(Clone, Copy)]
enum Kind {
    Object(&'static ObjectDesc),
    Tagged(&'static TaggedDesc),
    Map(&'static TypeDesc),
    Any,
}

/// A member name, resolved in the object's model.
#[derive(Clone, Copy)]
enum Member {
    /// A named field, with its slot among the object's named members.
    Field(&'static FieldDesc, u32),
    Tag(&'static TaggedDesc),
    Content(&'static TaggedDesc),
    /// A member no field names, judged by the type collecting such members.
    Rest(&'static TypeDesc),
    /// A member the object allows without looking at it.
    Free,
}

#[derive(Clone, Copy)]
struct Key {
    member: Member,
    len: usize,
    counted: bool,
}

/// The named field called `name` among `object`'s members, flattened structs and
/// tags included; `slot` counts the named fields passed, in the same order
/// [`ObjectJudge::complete`] walks them.
fn find(object: &'static ObjectDesc, name: &str, slot: &mut u32) -> Option<Member> {
    for f in object.fields {
        if !f.flatten {
            if f.name == name {
                return Some(Member::Field(f, *slot));
            }
            *slot += 1;
            continue;
        }
        match f.ty.shape {
            Shape::Tagged(t) if t.tag == name => return Some(Member::Tag(t)),
            Shape::Tagged(t) if t.content == name => return Some(Member::Content(t)),
            Shape::Object(inner) => {
                if let Some(found) = find(inner, name, slot) {
                    return Some(found);
                }
            }
            _ => {}
        }
    }
    None
}

struct ObjectJudge<'l> {
    judge: Judge<'l>,
    kind: Kind,
    /// One bit per named member slot.
    seen: u128,
    variant: Option<&'static VariantDesc>,
    content_seen: bool,
    count: usize,
    len: usize,
    counted: usize,
    pending: Option<Key>,
}

impl ObjectJudge<'_> {
    /// What the member `name` is, as the generated `is_clean` decides it.
    fn resolve(&self, name: &str) -> Result<Key, Unclean> {
        let member = match self.kind {
            Kind::Object(object) => match find(object, name, &mut 0) {
                Some(member) => member,
                None => match object.unknown_fields {
                    UnknownFields::Warn => Member::Rest(object.rest().ok_or(Unclean)?),
                    UnknownFields::Allow { reserved_prefix: Some(prefix) } if name.starts_with(prefix) => {
                        return Err(Unclean);
                    }
                    UnknownFields::Allow { .. } => Member::Free,
                },
            },
            Kind::Tagged(t) if t.tag == name => Member::Tag(t),
            Kind::Tagged(t) if t.content == name => Member::Content(t),
            Kind::Tagged(_) | Kind::Any => Member::Free,
            Kind::Map(values) => Member::Rest(values),
        };
        let counted = self.judge.counted.is_some_and(|names| names.contains(&name));
        Ok(Key { member, len: string_len(name), counted })
    }

    fn member<T: Serialize + ?Sized>(&mut self, key: Key, value: &T) -> Result<(), Unclean> {
        let out = match key.member {
            Member::Field(field, slot) => {
                let bit = 1u128.checked_shl(slot).ok_or(Unclean)?;
                if self.seen & bit != 0 {
                    return Err(Unclean);
                }
                self.seen |= bit;
                value.serialize(self.judge.child(field.ty, &field.plan)?)?
            }
            Member::Tag(tagged) => {
                if self.variant.is_some() {
                    return Err(Unclean);
                }
                let out = value.serialize(TagJudge(tagged))?;
                self.variant = out.tag;
                out
            }
            Member::Content(tagged) => {
                // serde writes the tag first; a content before its tag is left to the slow path.
                let variant = self.variant.ok_or(Unclean)?;
                let of_this_tag = tagged.variants.iter().any(|v| std::ptr::eq(v, variant));
                if !of_this_tag || std::mem::replace(&mut self.content_seen, true) {
                    return Err(Unclean);
                }
                value.serialize(self.judge.child(variant.ty, NO_PLAN)?)?
            }
            Member::Rest(ty) => value.serialize(self.judge.child(ty, NO_PLAN)?)?,
            Member::Free => value.serialize(self.judge.child(<Value as Payload>::DESC, NO_PLAN)?)?,
        };
        self.count += 1;
        self.len += key.len + 1 + out.len;
        if key.counted {
            self.counted += out.len;
        }
        Ok(())
    }

    /// Whether the member `name` was serialized (an unknown name is assumed present,
    /// which can only make a `required_with` member required).
    fn present(&self, object: &'static ObjectDesc, name: &str) -> bool {
        match find(object, name, &mut 0) {
            Some(Member::Field(_, slot)) => slot >= SLOTS || self.seen & (1 << slot) != 0,
            Some(Member::Tag(_)) => self.variant.is_some(),
            Some(Member::Content(_)) => self.content_seen,
            _ => true,
        }
    }

    /// Whether no member `object` (or a struct flattened into it) needs is missing,
    /// and no flattened struct has custom checks.
    fn complete(&self, root: &'static ObjectDesc, object: &'static ObjectDesc, slot: &mut u32) -> bool {
        for f in object.fields {
            if !f.flatten {
                let present = *slot < SLOTS && self.seen & (1 << *slot) != 0;
                *slot += 1;
                let needed = f.required
                    || f.recommended.is_some()
                    || f.required_with.is_some_and(|other| self.present(root, other));
                if needed && !present {
                    return false;
                }
                continue;
            }
            let flattened_complete = match f.ty.shape {
                Shape::Tagged(_) => self.variant.is_some() && self.content_seen,
                Shape::Object(inner) => inner.custom.is_empty() && self.complete(root, inner, slot),
                _ => true,
            };
            if !flattened_complete {
                return false;
            }
        }
        true
    }

    fn end(self) -> Result<Out, Unclean> {
        let Judge { member, ty, counted, .. } = self.judge;
        let complete = match self.kind {
            // At the root, the caller stands for the custom checks it counted for.
            Kind::Object(object) => {
                (object.custom.is_empty() || counted.is_some()) && self.complete(object, object, &mut 0)
            }
            Kind::Tagged(_) => self.variant.is_some() && self.content_seen,
            Kind::Map(_) | Kind::Any => true,
        };
        if !(complete && member.passes_members(self.count) && ty.plan.passes_members(self.count)) {
            return Err(Unclean);
        }
        let len = 2 + self.len + self.count.saturating_sub(1);
        Ok(Out { counted: self.counted, ..Out::len(len) })
    }
}

/// A tag's value: a string naming one of the variants.
struct TagJudge(&'static TaggedDesc);

impl TagJudge {
    fn name(self, name: &str) -> Result<Out, Unclean> {
        let variant = self.0.variant(name).ok_or(Unclean)?;
        Ok(Out { tag: Some(variant), ..Out::len(string_len(name)) })
    }
}

/// A member name: only strings are followed (serde_json quotes integer keys, which
/// the slow path handles).
struct KeyJudge<'a, 'l>(&'a ObjectJudge<'l>);

/// The `Serializer` methods of a judge that takes only strings (`$name` gets the text).
macro_rules! only_strings {
    ($name:ident, $ok:ty) => {
        fn serialize_str(self, v: &str) -> Result<Self::Ok, Unclean> {
            self.$name(v)
        }
        fn serialize_char(self, v: char) -> Result<Self::Ok, Unclean> {
            self.$name(v.encode_utf8(&mut [0; 4]))
        }
        fn serialize_unit_variant(
            self,
            _: &'static str,
            _: u32,
            variant: &'static str,
        ) -> Result<Self::Ok, Unclean> {
            self.$name(variant)
        }
        fn serialize_newtype_struct<T: Serialize + ?Sized>(
            self,
            _: &'static str,
            v: &T,
        ) -> Result<Self::Ok, Unclean> {
            v.serialize(self)
        }
        fn serialize_bool(self, _: bool) -> Result<Self::Ok, Unclean> {
            Err(Unclean)
        }
        fn serialize_i64(self, _: i64) -> Result<Self::Ok, Unclean> {
            Err(Unclean)
        }
        fn serialize_u64(self, _: u64) -> Result<Self::Ok, Unclean> {
            Err(Unclean)
        }
        fn serialize_f64(self, _: f64) -> Result<Self::Ok, Unclean> {
            Err(Unclean)
        }
        fn serialize_bytes(self, _: &[u8]) -> Result<Self::Ok, Unclean> {
            Err(Unclean)
        }
        fn serialize_none(self) -> Result<Self::Ok, Unclean> {
            Err(Unclean)
        }
        fn serialize_some<T: Serialize + ?Sized>(self, _: &T) -> Result<Self::Ok, Unclean> {
            Err(Unclean)
        }
        fn serialize_unit(self) -> Result<Self::Ok, Unclean> {
            Err(Unclean)
        }
        fn serialize_unit_struct(self, _: &'static str) -> Result<Self::Ok, Unclean> {
            Err(Unclean)
        }
        fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, Unclean> {
            Err(Unclean)
        }
        fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Unclean> {
            Err(Unclean)
        }
        fn serialize_struct(self, _: &'static str, _: usize) -> Result<Self::SerializeStruct, Unclean> {
            Err(Unclean)
        }
        fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, Unclean> {
            Err(Unclean)
        }
        fn serialize_tuple_struct(
            self,
            _: &'static str,
            _: usize,
        ) -> Result<Self::SerializeTupleStruct, Unclean> {
            Err(Unclean)
        }
        refuse_the_rest!($ok);
    };
}

/// The methods no judge follows: the slow path builds the JSON and says what it is.
macro_rules! refuse_the_rest {
    ($ok:ty) => {
        type SerializeTupleVariant = ser::Impossible<$ok, Unclean>;
        type SerializeStructVariant = ser::Impossible<$ok, Unclean>;

        fn serialize_i8(self, v: i8) -> Result<Self::Ok, Unclean> {
            self.serialize_i64(v.into())
        }
        fn serialize_i16(self, v: i16) -> Result<Self::Ok, Unclean> {
            self.serialize_i64(v.into())
        }
        fn serialize_i32(self, v: i32) -> Result<Self::Ok, Unclean> {
            self.serialize_i64(v.into())
        }
        fn serialize_u8(self, v: u8) -> Result<Self::Ok, Unclean> {
            self.serialize_u64(v.into())
        }
        fn serialize_u16(self, v: u16) -> Result<Self::Ok, Unclean> {
            self.serialize_u64(v.into())
        }
        fn serialize_u32(self, v: u32) -> Result<Self::Ok, Unclean> {
            self.serialize_u64(v.into())
        }
        // As `serde_json::to_value` does: an `f32` is held as the `f64` it converts to.
        fn serialize_f32(self, v: f32) -> Result<Self::Ok, Unclean> {
            self.serialize_f64(v.into())
        }
        fn serialize_newtype_variant<T: Serialize + ?Sized>(
            self,
            _: &'static str,
            _: u32,
            _: &'static str,
            _: &T,
        ) -> Result<Self::Ok, Unclean> {
            Err(Unclean)
        }
        fn serialize_tuple_variant(
            self,
            _: &'static str,
            _: u32,
            _: &'static str,
            _: usize,
        ) -> Result<Self::SerializeTupleVariant, Unclean> {
            Err(Unclean)
        }
        fn serialize_struct_variant(
            self,
            _: &'static str,
            _: u32,
            _: &'static str,
            _: usize,
        ) -> Result<Self::SerializeStructVariant, Unclean> {
            Err(Unclean)
        }
    };
}

impl ser::Serializer for TagJudge {
    type Ok = Out;
    type Error = Unclean;
    type SerializeSeq = ser::Impossible<Out, Unclean>;
    type SerializeMap = ser::Impossible<Out, Unclean>;
    type SerializeStruct = ser::Impossible<Out, Unclean>;
    type SerializeTuple = ser::Impossible<Out, Unclean>;
    type SerializeTupleStruct = ser::Impossible<Out, Unclean>;
    only_strings!(name, Out);
}

impl<'a, 'l> ser::Serializer for KeyJudge<'a, 'l> {
    type Ok = Key;
    type Error = Unclean;
    type SerializeSeq = ser::Impossible<Key, Unclean>;
    type SerializeMap = ser::Impossible<Key, Unclean>;
    type SerializeStruct = ser::Impossible<Key, Unclean>;
    type SerializeTuple = ser::Impossible<Key, Unclean>;
    type SerializeTupleStruct = ser::Impossible<Key, Unclean>;
    only_strings!(key, Key);
}

impl KeyJudge<'_, '_> {
    fn key(self, name: &str) -> Result<Key, Unclean> {
        self.0.resolve(name)
    }
}

impl<'l> ser::Serializer for Judge<'l> {
    type Ok = Out;
    type Error = Unclean;
    type SerializeSeq = SeqJudge<'l>;
    type SerializeTuple = SeqJudge<'l>;
    type SerializeTupleStruct = SeqJudge<'l>;
    type SerializeMap = ObjectJudge<'l>;
    type SerializeStruct = ObjectJudge<'l>;
    refuse_the_rest!(Out);

    fn serialize_bool(self, v: bool) -> Result<Out, Unclean> {
        self.literal(Value::Bool(v), if v { 4 } else { 5 })
    }
    fn serialize_i64(self, v: i64) -> Result<Out, Unclean> {
        self.number(v.into())
    }
    fn serialize_u64(self, v: u64) -> Result<Out, Unclean> {
        self.number(v.into())
    }
    // serde_json holds a 128-bit integer only within i64 or u64 (and fails beyond).
    fn serialize_i128(self, v: i128) -> Result<Out, Unclean> {
        match (i64::try_from(v), u64::try_from(v)) {
            (Ok(i), _) => self.serialize_i64(i),
            (_, Ok(u)) => self.serialize_u64(u),
            _ => Err(Unclean),
        }
    }
    fn serialize_u128(self, v: u128) -> Result<Out, Unclean> {
        u64::try_from(v).map_err(|_| Unclean).and_then(|u| self.serialize_u64(u))
    }
    // A NaN or an infinity becomes `null`, which the slow path reports.
    fn serialize_f64(self, v: f64) -> Result<Out, Unclean> {
        Number::from_f64(v).ok_or(Unclean).and_then(|n| self.number(n))
    }
    fn serialize_char(self, v: char) -> Result<Out, Unclean> {
        self.string(v.encode_utf8(&mut [0; 4]))
    }
    fn serialize_str(self, v: &str) -> Result<Out, Unclean> {
        self.string(v)
    }
    // serde_json writes bytes as an array of numbers.
    fn serialize_bytes(self, _: &[u8]) -> Result<Out, Unclean> {
        Err(Unclean)
    }
    fn serialize_none(self) -> Result<Out, Unclean> {
        self.literal(Value::Null, 4)
    }
    fn serialize_some<T: Serialize + ?Sized>(self, v: &T) -> Result<Out, Unclean> {
        v.serialize(self)
    }
    fn serialize_unit(self) -> Result<Out, Unclean> {
        self.literal(Value::Null, 4)
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<Out, Unclean> {
        self.literal(Value::Null, 4)
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> Result<Out, Unclean> {
        self.string(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _: &'static str, v: &T) -> Result<Out, Unclean> {
        v.serialize(self)
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<SeqJudge<'l>, Unclean> {
        self.array()
    }
    fn serialize_tuple(self, _: usize) -> Result<SeqJudge<'l>, Unclean> {
        self.array()
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<SeqJudge<'l>, Unclean> {
        self.array()
    }
    fn serialize_map(self, _: Option<usize>) -> Result<ObjectJudge<'l>, Unclean> {
        self.object()
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<ObjectJudge<'l>, Unclean> {
        self.object()
    }
}

/// Sequences, tuples and tuple structs are all JSON arrays.
macro_rules! array_of_items {
    ($($serialize_trait:ident :: $method:ident),*) => {$(
        impl ser::$serialize_trait for SeqJudge<'_> {
            type Ok = Out;
            type Error = Unclean;
            fn $method<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Unclean> {
                self.element(value)
            }
            fn end(self) -> Result<Out, Unclean> {
                SeqJudge::end(self)
            }
        }
    )*};
}
array_of_items!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field
);

impl ser::SerializeMap for ObjectJudge<'_> {
    type Ok = Out;
    type Error = Unclean;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Unclean> {
        self.pending = Some(key.serialize(KeyJudge(self))?);
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Unclean> {
        let key = self.pending.take().ok_or(Unclean)?;
        self.member(key, value)
    }
    fn end(self) -> Result<Out, Unclean> {
        ObjectJudge::end(self)
    }
}

impl ser::SerializeStruct for ObjectJudge<'_> {
    type Ok = Out;
    type Error = Unclean;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        name: &'static str,
        value: &T,
    ) -> Result<(), Unclean> {
        let key = self.resolve(name)?;
        self.member(key, value)
    }
    fn end(self) -> Result<Out, Unclean> {
        ObjectJudge::end(self)
    }
}
