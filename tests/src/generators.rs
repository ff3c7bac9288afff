//! proptest generators of valid messages of all eight types, aimed at the edges.
//!
//! Every generated message is valid under [`Limits::DEFAULT`]; the only
//! violations it may carry are the `recommended` warnings listed in
//! [`Generated::warnings`] (a media body without `filename`), and only when
//! asked for with [`messages`]`(true)`.
//!
//! The edges (limits, classes and lengths read from the model: `Limits::DEFAULT`,
//! `model_strings`): 1 to 600 distinct lower-case recipients (600 itself often), user
//! IDs of 64 characters, `body` + `ext` padded with multi-byte and escaped text
//! to exactly 5120 bytes (or a few bytes under), 0 to 16 `customExts`,
//! `customEvent` of 1 and 32 characters, `lat`/`lng` at ±90 / ±180 and `0`,
//! integers as `0`, `i64::MAX` and `480.0`, optional members present
//! and absent, `ext` with free keys (also `EM_x`, `em`) and the known `em_` keys.

use std::collections::{BTreeMap, HashSet};

use easemob_payload::Limits;
use proptest::collection::{btree_map, vec};
use proptest::option;
use proptest::prelude::*;
use proptest::sample::select;
use serde_json::{Map, Number, Value, json};

use crate::config::Triple;
use crate::push_gen as push;
use crate::support::TYPES;

/// The default byte limit of `body` + `ext`.
pub const MAX_BYTES: usize = Limits::DEFAULT.max_bytes;
/// The default recipient limit.
pub const MAX_RECIPIENTS: usize = Limits::DEFAULT.max_recipients;
/// The generators keep `body` + `ext` at most this large before padding, so a
/// mutation may add a few hundred bytes without crossing [`MAX_BYTES`].
pub const BASE_BUDGET: usize = 4500;

/// A generated valid message.
#[derive(Debug, Clone)]
pub struct Generated {
    /// The message.
    pub value: Value,
    /// Its `type`.
    pub kind: &'static str,
    /// The warnings it carries on purpose, as `(path, rule, severity)`.
    pub warnings: Vec<Triple>,
    /// JSON Pointer of a free string (no rule applies to it) that padding grew,
    /// so a mutation that adds bytes can trim it back under the limit.
    pub pad: Option<String>,
}

/// Valid messages of all eight types; with `missing_recommended`, media bodies
/// sometimes leave out `filename` and [`Generated::warnings`] lists the warning.
pub fn messages(missing_recommended: bool) -> BoxedStrategy<Generated> {
    messages_of(&TYPES, missing_recommended)
}

/// Valid messages of the given types, as [`messages`].
pub fn messages_of(kinds: &[&'static str], missing_recommended: bool) -> BoxedStrategy<Generated> {
    let envelope = (
        option::of(user_id()),
        recipients(),
        option::of(any::<bool>()),
        option::of(Just("ROUTE_ONLINE")),
        option::of(vec(user_id(), 0..4)),
        option::of(crate::model_strings::env().strategy()),
        option::of(ext()),
    )
        .boxed();
    let padding = (
        prop_oneof![
            3 => Just(None),
            3 => Just(Some(0usize)),
            1 => Just(Some(1)),
            1 => Just(Some(2)),
            1 => (3usize..=16).prop_map(Some),
            1 => (0usize..=4000).prop_map(Some),
        ],
        any::<bool>(),
        vec(pad_char(), 0..6),
    )
        .boxed();
    let content = select(kinds.to_vec()).prop_flat_map(move |kind| content(kind, missing_recommended));
    (envelope, content, padding)
        .prop_map(|(envelope, (kind, body, warnings), (slack, in_ext, alphabet))| {
            let (from, to, sync_device, routetype, roam, env, ext) = envelope;
            let mut m = Map::new();
            if let Some(from) = from {
                m.insert("from".into(), json!(from));
            }
            m.insert("to".into(), json!(to));
            m.insert("type".into(), json!(kind));
            m.insert("body".into(), body);
            if let Some(b) = sync_device {
                m.insert("sync_device".into(), json!(b));
            }
            if let Some(r) = routetype {
                m.insert("routetype".into(), json!(r));
            }
            if let Some(r) = roam {
                m.insert("roam_ignore_users".into(), json!(r));
            }
            if let Some(e) = env {
                m.insert("env".into(), json!(e));
            }
            if let Some(e) = ext {
                m.insert("ext".into(), Value::Object(e));
            }
            let mut value = Value::Object(m);
            let pad = slack.and_then(|slack| {
                let pointer = pad_pointer(&value, kind, in_ext);
                pad_to(&mut value, &pointer, MAX_BYTES - slack, &alphabet).then_some(pointer)
            });
            Generated { value, kind, warnings, pad }
        })
        // Unpadded messages stay under the budget, padded ones trim their padding.
        .prop_filter("body + ext fit the limit", |g| {
            let size = size(&g.value);
            size <= MAX_BYTES && (g.pad.is_some() || size <= BASE_BUDGET)
        })
        .boxed()
}

/// `body` + `ext` of a message, in bytes, as the `maxBytes` rule counts them (docs/rules.md): the length
/// of `serde_json::to_vec` of each. (Not the validator's own count, which the
/// properties check against this one.)
pub fn size(message: &Value) -> usize {
    ["body", "ext"]
        .iter()
        .filter_map(|k| message.get(*k))
        .map(|v| serde_json::to_vec(v).expect("a Value serializes").len())
        .sum()
}

/// Lower-case user IDs, often as long as the model allows.
pub fn user_id() -> impl Strategy<Value = String> {
    crate::model_strings::user_id().strategy()
}

/// 1 to 600 distinct lower-case user IDs, 600 itself one case in six.
pub fn recipients() -> impl Strategy<Value = Vec<String>> {
    let count = prop_oneof![
        4 => 1usize..=5,
        1 => Just(MAX_RECIPIENTS),
        1 => MAX_RECIPIENTS - 10..=MAX_RECIPIENTS,
        2 => 1usize..=MAX_RECIPIENTS,
    ];
    (count, vec(user_id(), 0..=8)).prop_flat_map(|(n, seeds)| Just(distinct_ids(n, seeds)).prop_shuffle())
}

/// `n` distinct IDs: the random `seeds` first, then `u0`, `u1`, ... not already taken.
pub fn distinct_ids(n: usize, seeds: Vec<String>) -> Vec<String> {
    let mut seen = HashSet::new();
    let mut out = Vec::with_capacity(n);
    for id in seeds {
        if out.len() < n && seen.insert(id.to_ascii_lowercase()) {
            out.push(id);
        }
    }
    let mut k = 0;
    while out.len() < n {
        let id = format!("u{k}");
        k += 1;
        if seen.insert(id.clone()) {
            out.push(id);
        }
    }
    out
}

/// Text of up to `max` characters: any characters (controls and quotes need escapes), CJK and emoji, ASCII.
pub fn text(max: usize) -> BoxedStrategy<String> {
    prop_oneof![
        vec(any::<char>(), 0..=max).prop_map(String::from_iter),
        proptest::string::string_regex(&format!("[中文字😀é a-z]{{0,{max}}}")).expect("a valid regex"),
        proptest::string::string_regex(&format!("[\\x00-\\x7f]{{0,{max}}}")).expect("a valid regex"),
    ]
    .boxed()
}

/// `(type, body, warnings)` of a message of type `kind`.
fn content(kind: &str, missing_recommended: bool) -> BoxedStrategy<(&'static str, Value, Vec<Triple>)> {
    let filename = move || {
        if missing_recommended {
            option::weighted(0.75, text(24)).boxed()
        } else {
            text(24).prop_map(Some).boxed()
        }
    };
    let media = move |kind: &'static str| {
        (filename(), option::of(text(16)), url(), option::of(integer())).prop_map(
            move |(f, secret, url, file_length)| {
                let mut b = Map::new();
                b.insert("url".into(), json!(url));
                if let Some(s) = secret {
                    b.insert("secret".into(), json!(s));
                }
                // Easemob's server SDK sends `file_length` in every file body; the video generator sets its own.
                if let Some(n) = file_length.filter(|_| kind != "video") {
                    b.insert("file_length".into(), n);
                }
                finish_media(kind, b, f)
            },
        )
    };
    let img = (media("img"), option::of((integer(), integer()))).prop_map(|((kind, mut b, w), size)| {
        if let Some((width, height)) = size {
            b["size"] = json!({"width": width, "height": height});
        }
        (kind, b, w)
    });
    let audio = (media("audio"), option::of(integer())).prop_map(|((kind, mut b, w), length)| {
        if let Some(l) = length {
            b["length"] = l;
        }
        (kind, b, w)
    });
    let video = (
        media("video"),
        option::of(url()),
        option::of(integer()),
        option::of(integer()),
        option::of(text(8)),
        option::of((integer(), integer())),
    )
        .prop_map(|((kind, mut b, w), thumb, length, file_length, thumb_secret, size)| {
            for (k, v) in [
                ("thumb", thumb.map(Value::from)),
                ("length", length),
                ("file_length", file_length),
                ("thumb_secret", thumb_secret.map(Value::from)),
                ("size", size.map(|(width, height)| json!({"width": width, "height": height}))),
            ] {
                if let Some(v) = v {
                    b[k] = v;
                }
            }
            (kind, b, w)
        });
    let custom = prop_oneof![
        custom_event().prop_map(|e| json!({"customEvent": e})),
        custom_exts().prop_map(|x| json!({"customExts": x})),
        (custom_event(), custom_exts()).prop_map(|(e, x)| json!({"customEvent": e, "customExts": x})),
    ];
    match kind {
        "txt" => text(64).prop_map(|msg| ("txt", json!({"msg": msg}), vec![])).boxed(),
        "img" => img.boxed(),
        "audio" => audio.boxed(),
        "video" => video.boxed(),
        "file" => media("file").boxed(),
        "loc" => (lat(), lng(), text(40))
            .prop_map(|(lat, lng, addr)| ("loc", json!({"lat": lat, "lng": lng, "addr": addr}), vec![]))
            .boxed(),
        "cmd" => (text(32), option::of(small_object()))
            .prop_map(|(action, param)| {
                let mut body = json!({"action": action});
                if let Some(param) = param {
                    body["param"] = Value::Object(param);
                }
                ("cmd", body, vec![])
            })
            .boxed(),
        "custom" => custom.prop_map(|body| ("custom", body, vec![])).boxed(),
        other => panic!("no message type {other:?}"),
    }
}

fn finish_media(
    kind: &'static str,
    mut b: Map<String, Value>,
    filename: Option<String>,
) -> (&'static str, Value, Vec<Triple>) {
    let warnings = match filename {
        Some(f) => {
            b.insert("filename".into(), json!(f));
            vec![]
        }
        None => vec![("/body/filename".to_owned(), "recommended".to_owned(), "warning".to_owned())],
    };
    (kind, Value::Object(b), warnings)
}

/// An absolute http(s) URL: realistic, or any characters but controls and space.
pub fn url() -> impl Strategy<Value = String> {
    prop_oneof![
        "[0-9a-f]{8}-[0-9a-f]{4}".prop_map(|id| format!("https://a1.easemob.com/org/app/chatfiles/{id}")),
        "https?://[^\\x00-\\x20]{1,40}",
    ]
}

/// A non-negative integer as JSON Schema counts it, within the `i64` the members are
/// declared as: `0`, `i64::MAX`, `480.0`.
pub fn integer() -> impl Strategy<Value = Value> {
    prop_oneof![
        4 => (0i64..=100_000).prop_map(Value::from),
        1 => Just(json!(0)),
        2 => Just(json!(i64::MAX)),
        1 => (0u32..=10_000).prop_map(|n| json!(f64::from(n))),
    ]
}

/// A latitude string within [-90, 90], edges often.
pub fn lat() -> impl Strategy<Value = String> {
    prop_oneof![
        select(&["-90", "90", "90.000", "-90.0", "0", "-0", "0.0", "89.999999", "-89", "39.966"][..])
            .prop_map(String::from),
        "-?(90(\\.0{1,4})?|[1-8]?[0-9](\\.[0-9]{1,8})?)",
    ]
}

/// A longitude string within [-180, 180], edges often.
pub fn lng() -> impl Strategy<Value = String> {
    prop_oneof![
        select(&["-180", "180", "180.0", "-180.000", "0", "-0", "179.9999", "-99", "116.322"][..])
            .prop_map(String::from),
        "-?(180(\\.0{1,4})?|(1[0-7][0-9]|[1-9]?[0-9])(\\.[0-9]{1,8})?)",
    ]
}

/// The allowed characters, as many as the model allows often.
pub fn custom_event() -> impl Strategy<Value = String> {
    crate::model_strings::custom_event().strategy()
}

/// 0 to 16 string members, 16 often.
pub fn custom_exts() -> impl Strategy<Value = BTreeMap<String, String>> {
    let count = prop_oneof![0usize..=16, Just(16usize)];
    count.prop_flat_map(|n| btree_map(text(8), text(16), n..=n))
}

/// `ext`: free keys with any small values, and the known `em_` keys with values of their types.
pub fn ext() -> BoxedStrategy<Map<String, Value>> {
    let flags = (option::of(any::<bool>()), option::of(any::<bool>()), option::of(vec(text(8), 0..4)));
    let push = (
        option::of(push::apns()),
        option::of(push::android()),
        option::of(push::harmony()),
        option::of(push::filter()),
        option::of(push::push_ext()),
        option::of(push::template()),
    );
    (btree_map(free_key(), small_json(), 0..5), flags, push, push::client_keys())
        .prop_map(
            |(free, (silent, force, at), (apns, android, harmony, filter, push_ext, template), client)| {
                let mut ext: Map<String, Value> = free.into_iter().collect();
                let mut put = |k: &str, v: Option<Value>| {
                    if let Some(v) = v {
                        ext.insert(k.into(), v);
                    }
                };
                put("em_ignore_notification", silent.map(Value::from));
                put("em_force_notification", force.map(Value::from));
                put("em_at_list", at.map(|a| json!(a)));
                put("em_apns_ext", apns);
                put("em_android_push_ext", android);
                put("em_harmony_push_ext", harmony);
                put("em_push_filter", filter);
                put("em_push_ext", push_ext);
                put("em_push_template", template);
                ext.extend(client);
                ext
            },
        )
        .boxed()
}

/// A key of the user's own: anything not starting with `em_` (but `EM_x` and `em` are free).
fn free_key() -> impl Strategy<Value = String> {
    prop_oneof![
        text(10),
        select(&["EM_notice", "em", "emoji", "em-x", "type", "to"][..]).prop_map(String::from)
    ]
    .prop_filter("the em_ prefix is reserved", |k| !k.starts_with("em_"))
}

/// An object with free keys (prefixed `x-` so they never name a known member).
pub(crate) fn small_object() -> impl Strategy<Value = Map<String, Value>> {
    btree_map(text(6).prop_map(|k| format!("x-{k}")), small_json(), 0..3)
        .prop_map(|m| m.into_iter().collect())
}

/// Any JSON value a few levels deep, `null` and floats included.
pub fn small_json() -> BoxedStrategy<Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_filter_map("finite", |f| Number::from_f64(f).map(Value::Number)),
        text(8).prop_map(Value::from),
    ];
    leaf.prop_recursive(3, 12, 3, |inner| {
        prop_oneof![
            vec(inner.clone(), 0..3).prop_map(Value::Array),
            btree_map(text(6), inner, 0..3).prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
    .boxed()
}

/// Characters to pad with: multi-byte, and ones serde_json escapes to 2 or 6 bytes.
fn pad_char() -> impl Strategy<Value = char> {
    prop_oneof![
        select(&['é', '中', '😀', '"', '\\', '\n', '\u{1}', '\u{1f}', 'a', '\u{7f}'][..]),
        any::<char>(),
    ]
}

/// The string padding grows: a member of the body without rules, or a free `ext` key.
fn pad_pointer(value: &Value, kind: &str, in_ext: bool) -> String {
    let body = match kind {
        "txt" => Some("/body/msg".to_owned()),
        "loc" => Some("/body/addr".to_owned()),
        "cmd" => Some("/body/action".to_owned()),
        "img" | "audio" | "video" | "file" => Some("/body/secret".to_owned()),
        _ => value["body"]["customExts"]
            .as_object()
            .and_then(|m| m.keys().next())
            .map(|k| format!("/body/customExts/{}", escape(k))),
    };
    match body {
        Some(p) if !in_ext => p,
        _ => "/ext/pad".to_owned(),
    }
}

/// Escapes a member name for a JSON Pointer.
pub fn escape(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}

/// The bytes `c` takes in a compact JSON string.
pub fn json_cost(c: char) -> usize {
    match c {
        '"' | '\\' | '\u{8}' | '\t' | '\n' | '\u{c}' | '\r' => 2,
        '\0'..='\u{1f}' => 6,
        c => c.len_utf8(),
    }
}

/// Grows the string at `pointer` (created as `""`, `ext` too if need be) until
/// `body` + `ext` take exactly `target` bytes. `false` if they already take more.
pub fn pad_to(value: &mut Value, pointer: &str, target: usize, alphabet: &[char]) -> bool {
    if pointer.starts_with("/ext/") && !value["ext"].is_object() {
        value["ext"] = json!({});
    }
    if !value.pointer(pointer).is_some_and(Value::is_string) {
        crate::support::set(value, pointer, json!(""));
    }
    let current = size(value);
    if current > target {
        return false;
    }
    let mut need = target - current;
    let Some(Value::String(s)) = value.pointer_mut(pointer) else { unreachable!("set above") };
    for &c in alphabet.iter().cycle() {
        if json_cost(c) > need {
            break;
        }
        s.push(c);
        need -= json_cost(c);
    }
    s.extend(std::iter::repeat_n('x', need));
    true
}

/// Shortens the string at `pad` until `body` + `ext` fit `limit`; `false` if they cannot.
pub fn trim_to(value: &mut Value, pad: Option<&str>, limit: usize) -> bool {
    let mut over = size(value).saturating_sub(limit);
    if over == 0 {
        return true;
    }
    let Some(Value::String(s)) = pad.and_then(|p| value.pointer_mut(p)) else { return false };
    while over > 0 {
        match s.pop() {
            Some(c) => over = over.saturating_sub(json_cost(c)),
            None => return false,
        }
    }
    true
}
