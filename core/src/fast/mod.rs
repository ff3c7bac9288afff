//! What the derive's generated validators call: compiled rule plans and the few
//! steps that are the same for every type. Not public API.
//!
//! `#[derive(Payload)]` writes, besides the `const` model, a specialised
//! `Payload::is_clean` for each type: members matched by one `match` on the name,
//! each member's rules compiled into a [`Plan`] at compile time, no per-check
//! dispatch and no path, message or allocation. It answers whether a value has no
//! violation at all; [`crate::validate_as`] returns the empty report straight away
//! when it has none, and asks the interpreter ([`crate::rules`]) for the full
//! report only when it has some.

pub mod typed;
mod view;

pub use crate::model::Plan;
use serde_json::{Map, Value};
pub use view::{Items, NO_MEMBERS, View, member_clean, object_of, repeats, rest_clean};

use crate::limits::Limits;
use crate::model::{FieldDesc, Shape, TypeDesc};
use crate::path::Path;
use crate::rules::{Ctx, validate_type};

/// The fields of an object type's model (`const`, for the generated code's plans).
pub const fn fields(desc: &'static TypeDesc) -> &'static [FieldDesc] {
    match desc.shape {
        Shape::Object(object) => object.fields,
        _ => &[],
    }
}

/// Whether `value` has no violation, as the interpreter judges it: the default for
/// types the derive did not write (and the oracle of the differential test).
pub fn interpreted(desc: &'static TypeDesc, value: &Value, limits: &Limits) -> bool {
    interpreted_report(desc, value, limits).is_empty()
}

/// The interpreter's report alone, never asking a generated validator: the oracle
/// `validate` is tested against.
pub fn interpreted_report(desc: &'static TypeDesc, value: &Value, limits: &Limits) -> crate::Report {
    let mut ctx = Ctx::interpreter_only(limits);
    validate_type(desc, value, &Path::ROOT, &mut ctx);
    ctx.finish()
}

/// Whether the custom checks of an object type (`#[payload(check(...))]`) find nothing.
pub fn customs_pass(desc: &'static TypeDesc, map: &Map<String, Value>, limits: &Limits) -> bool {
    let Shape::Object(object) = desc.shape else { return true };
    object.custom.iter().all(|custom| {
        let mut ctx = Ctx::interpreter_only(limits);
        ctx.run_custom(custom, map, &Path::ROOT);
        ctx.is_empty()
    })
}
