//! The rule codes a type's model can report, read from the model itself, so tests
//! that ask "is every rule covered" follow the message definitions.

use std::collections::BTreeSet;

use easemob_payload::RuleCode;
use easemob_payload::model::{ObjectDesc, Shape, TypeDesc, UnknownFields};

/// Every code `validate_as::<T>` can report for some value.
pub fn codes_of(desc: &'static TypeDesc) -> BTreeSet<RuleCode> {
    let mut codes = BTreeSet::new();
    let mut seen = Vec::new();
    walk(desc, &mut codes, &mut seen);
    codes
}

fn walk(desc: &'static TypeDesc, codes: &mut BTreeSet<RuleCode>, seen: &mut Vec<*const TypeDesc>) {
    if seen.contains(&(desc as *const TypeDesc)) {
        return;
    }
    seen.push(desc);
    codes.extend(desc.checks.iter().map(|c| c.rule.code()));
    // Any shape but `Any` can be given a value of the wrong type.
    if !matches!(desc.shape, Shape::Any) {
        codes.insert(RuleCode::Type);
    }
    match desc.shape {
        Shape::Array(items) | Shape::Map(items) => walk(items, codes, seen),
        Shape::Object(object) => object_codes(object, codes, seen),
        Shape::Tagged(tagged) => {
            // A missing or unknown tag, and a variant's content.
            codes.extend([RuleCode::Required, RuleCode::Enum]);
            for variant in tagged.variants {
                walk(variant.ty, codes, seen);
            }
        }
        _ => {}
    }
}

fn object_codes(
    object: &'static ObjectDesc,
    codes: &mut BTreeSet<RuleCode>,
    seen: &mut Vec<*const TypeDesc>,
) {
    if !matches!(object.unknown_fields, UnknownFields::Allow { reserved_prefix: None }) {
        codes.insert(RuleCode::UnknownField);
    }
    codes.extend(object.custom.iter().map(|c| c.rule));
    for field in object.fields {
        codes.extend(field.checks.iter().map(|c| c.rule.code()));
        if field.required || field.required_with.is_some() {
            codes.insert(RuleCode::Required);
        }
        if field.recommended.is_some() {
            codes.insert(RuleCode::Recommended);
        }
        walk(field.ty, codes, seen);
    }
}
