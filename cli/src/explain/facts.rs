//! The facts `explain` states, read from the rule model instead of written into its
//! prose: limits, type names, lengths. A text names a fact as `{name}`; [`fill`]
//! puts in the model's value, so a limit changed in the model changes the
//! explanation with it. Only the documentation's own words (quotes) and the
//! before/after examples are written by hand.

use std::borrow::Cow;

use easemob_payload::message::{Content, CustomBody, Message, UserId};
use easemob_payload::model::{Check, Rule, Shape, TypeDesc};
use easemob_payload::{Limits, Payload};

/// Every `{name}` the texts may use, with its value: `(name, English, Chinese)`.
fn facts() -> Vec<(&'static str, String, String)> {
    let types_en = Content::TYPES.join(", ");
    let types_zh = Content::TYPES.join("、");
    let custom = <CustomBody as Payload>::DESC;
    let mut out = vec![
        ("types", types_en, types_zh),
        ("max_recipients", Limits::DEFAULT.max_recipients.to_string(), String::new()),
        ("max_bytes", Limits::DEFAULT.max_bytes.to_string(), String::new()),
        ("private_max_bytes", Limits::private_deployment().max_bytes.to_string(), String::new()),
        ("quota", easemob_payload::build::MESSAGES_PER_MINUTE.to_string(), String::new()),
        ("user_id_max", count(<UserId as Payload>::DESC.checks, max_length).to_string(), String::new()),
        ("custom_exts_max", count(member(custom, "customExts"), max_properties).to_string(), String::new()),
        ("custom_event_max", count(member(custom, "customEvent"), pattern_max).to_string(), String::new()),
        ("env_max", count(member(<Message as Payload>::DESC, "env"), pattern_max).to_string(), String::new()),
        ("too_large_code", easemob_payload::size::SERVER_ERROR.0.to_string(), String::new()),
        ("too_large_text", easemob_payload::size::SERVER_ERROR.1.to_owned(), String::new()),
    ];
    let (envelope_en, envelope_zh) = members_list(&required(<Message as Payload>::DESC));
    out.push(("envelope_required", envelope_en, envelope_zh));
    let (by_type_en, by_type_zh) = required_by_type();
    out.push(("required_by_type", by_type_en, by_type_zh));
    // Numbers read the same in both languages.
    for (_, en, zh) in &mut out {
        if zh.is_empty() {
            zh.clone_from(en);
        }
    }
    out
}

/// The members an object type requires, flattened tags and contents included.
fn required(desc: &'static TypeDesc) -> Vec<&'static str> {
    match desc.shape {
        Shape::Object(object) => object.required_names().collect(),
        _ => Vec::new(),
    }
}

/// `` `a`, `b` and `c` `` / `` `a`、`b` 和 `c` ``.
fn members_list(names: &[&str]) -> (String, String) {
    let quoted: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
    let join = |sep: &str, and: &str| match quoted.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{}{and}{last}", rest.join(sep)),
        _ => quoted.concat(),
    };
    (join(", ", " and "), join("、", " 和 "))
}

/// Each body type's required members, types that require the same ones together
/// (`` `url` for img/audio/video/file ``); types requiring nothing are left out.
fn required_by_type() -> (String, String) {
    let Shape::Tagged(tagged) = <Content as Payload>::DESC.shape else { return Default::default() };
    let mut groups: Vec<(Vec<&str>, Vec<&str>)> = Vec::new();
    for variant in tagged.variants {
        let members = required(variant.ty);
        if members.is_empty() {
            continue;
        }
        match groups.iter_mut().find(|(m, _)| *m == members) {
            Some((_, types)) => types.push(variant.name),
            None => groups.push((members, vec![variant.name])),
        }
    }
    let en: Vec<String> =
        groups.iter().map(|(m, t)| format!("{} for {}", members_list(m).0, t.join("/"))).collect();
    let zh: Vec<String> =
        groups.iter().map(|(m, t)| format!("{} 的 {}", t.join("/"), members_list(m).1)).collect();
    (en.join(", "), zh.join("，"))
}

/// `text` with each `{name}` replaced by the model's value in `zh` or English.
pub fn fill(text: &str, zh: bool) -> Cow<'_, str> {
    if !text.contains('{') {
        return Cow::Borrowed(text);
    }
    let mut out = text.to_owned();
    for (name, en, zh_value) in facts() {
        out = out.replace(&format!("{{{name}}}"), if zh { &zh_value } else { &en });
    }
    Cow::Owned(out)
}

/// The rules of the member `name` of an object type.
fn member(desc: &'static TypeDesc, name: &str) -> &'static [Check] {
    let Shape::Object(object) = desc.shape else { return &[] };
    object.fields.iter().find(|f| f.name == name).map_or(&[], |f| f.checks)
}

/// The first number `pick` finds in `checks` (0 when none: a test asserts every fact is found).
fn count(checks: &[Check], pick: fn(&Rule) -> Option<usize>) -> usize {
    checks.iter().find_map(|c| pick(&c.rule)).unwrap_or(0)
}

fn max_length(rule: &Rule) -> Option<usize> {
    match rule {
        Rule::MaxLength(n) => Some(*n),
        _ => None,
    }
}

fn max_properties(rule: &Rule) -> Option<usize> {
    match rule {
        Rule::MaxProperties(n) => Some(*n),
        _ => None,
    }
}

/// The most characters a pattern that is one repeated class allows (`^[a-z]{1,32}$`).
fn pattern_max(rule: &Rule) -> Option<usize> {
    use easemob_payload::pattern::{Matcher, Piece};
    match rule {
        Rule::Pattern(pattern) => match pattern.matcher {
            Matcher::Pieces([Piece::Class { max, .. }]) if *max != u32::MAX => Some(*max as usize),
            _ => None,
        },
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_fact_is_found_in_the_model() {
        for (name, en, zh) in facts() {
            assert!(!en.is_empty() && en != "0" && !zh.is_empty(), "{name}: {en:?} / {zh:?}");
        }
        assert_eq!(
            fill("at most {user_id_max} of {types}", false),
            "at most 64 of txt, img, audio, video, file, loc, cmd, custom"
        );
        assert_eq!(fill("{types}", true), "txt、img、audio、video、file、loc、cmd、custom");
        assert_eq!(
            fill("{required_by_type}", false),
            "`msg` for txt, `url` for img/audio/video/file, `lat`, `lng` and `addr` for loc, `action` for cmd"
        );
        assert_eq!(fill("{envelope_required}", false), "`to`, `type` and `body`");
        assert_eq!(fill("{envelope_required}", true), "`to`、`type` 和 `body`");
    }
}
