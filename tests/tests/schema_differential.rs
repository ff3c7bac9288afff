//! Differential fuzzing: the Rust validator and jsonschema on the emitted schemas
//! (2020-12 and draft-07) agree on every generated payload.
//!
//! Four properties, 10,000 cases in all by default (`PROPTEST_CASES` raises each):
//! valid messages of all eight types, messages with one to four rules broken,
//! arbitrary JSON, and valid messages with arbitrary JSON spliced into a member.
//! Agreement means equal verdicts (unless the validator's only errors are
//! `maxBytes`, which the schema states in prose) and equal multisets of
//! `(path, keyword)` after the normalizations documented in
//! `easemob_payload_tests::schema_diff::schema_errors`; and the discriminated union
//! for code generators (`#/$defs/Message`, `#/definitions/Message`) gives the same
//! verdict as its draft's root.
//!
//! A failure prints the shrunk payload, both outputs and the line that replays
//! the run: `PROPTEST_RNG_SEED=<seed> cargo test -p easemob-payload-tests --test schema_differential`.

use std::hash::{BuildHasher, RandomState};
use std::sync::LazyLock;

use easemob_payload_tests::push_gen;
use easemob_payload_tests::schema_diff::compare;
use proptest::collection::{btree_map, vec};
use proptest::option;
use proptest::prelude::*;
use proptest::sample::{Index, select};
use proptest::test_runner::{Config, RngSeed};
use serde_json::{Map, Number, Value, json};

/// One seed per run, from `PROPTEST_RNG_SEED` or fresh, so a failure can be replayed.
static SEED: LazyLock<u64> = LazyLock::new(|| {
    std::env::var("PROPTEST_RNG_SEED")
        .ok()
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or_else(|| RandomState::new().hash_one("schema_differential"))
});

/// `default` cases, or more when `PROPTEST_CASES` asks; the run's fixed seed; no regression files
/// (the seed replays a run).
fn config(default: u32) -> Config {
    let asked = std::env::var("PROPTEST_CASES").ok().and_then(|s| s.trim().parse::<u32>().ok());
    Config {
        cases: asked.map_or(default, |n| n.max(default)),
        rng_seed: RngSeed::Fixed(*SEED),
        failure_persistence: None,
        ..Config::default()
    }
}

fn replay() -> String {
    format!(
        "replay: PROPTEST_RNG_SEED={} cargo test -p easemob-payload-tests --test schema_differential",
        *SEED
    )
}

/// Asserts agreement, printing the payload, the outputs and the replay line otherwise.
fn agree(value: &Value) -> Result<(), TestCaseError> {
    let comparison = compare(value);
    match comparison.disagreement() {
        None => Ok(()),
        Some(why) => Err(TestCaseError::fail(format!("{why}\npayload: {value}\n{}\n", replay()))),
    }
}

// ---------------------------------------------------------------- valid payloads

fn user_id() -> impl Strategy<Value = String> {
    prop_oneof![4 => "[a-z0-9_.-]{1,12}", 1 => "[a-zA-Z0-9_.-]{60,64}", 1 => "[A-Z][a-z]{0,5}"]
}

fn url() -> impl Strategy<Value = String> {
    ("https?", "[!-~]{1,30}", prop_oneof![Just(""), Just("/文件"), Just("/é")])
        .prop_map(|(s, rest, tail)| format!("{s}://{rest}{tail}"))
}

fn whole() -> impl Strategy<Value = Value> {
    prop_oneof![
        4 => (0..100_000i64).prop_map(Value::from),
        1 => Just(json!(480.0)),
        // The members are `i64`s: up to 2^63 - 1 (beyond is the `beyond-i64` mutator's).
        1 => Just(json!(i64::MAX - 1)),
        1 => Just(json!(i64::MAX)),
        1 => Just(json!(0)),
    ]
}

fn body(kind: &'static str) -> BoxedStrategy<Value> {
    let text = || "[ -~中é]{0,12}";
    match kind {
        "txt" => text().prop_map(|m| json!({"msg": m})).boxed(),
        "img" => (url(), option::of(text()), option::of(text()), option::of((whole(), whole())))
            .prop_map(move |(url, filename, secret, size)| {
                object(vec![
                    ("url", Some(url.into())),
                    ("filename", filename.map(Value::from)),
                    ("secret", secret.map(Value::from)),
                    ("size", size.map(|(w, h)| json!({"width": w, "height": h}))),
                ])
            })
            .boxed(),
        "audio" | "file" => (url(), option::of(text()), option::of(text()), option::of(whole()))
            .prop_map(move |(url, filename, secret, length)| {
                object(vec![
                    ("url", Some(url.into())),
                    ("filename", filename.map(Value::from)),
                    ("secret", secret.map(Value::from)),
                    ("length", if kind == "audio" { length } else { None }),
                ])
            })
            .boxed(),
        "video" => (url(), option::of(url()), option::of(whole()), option::of(whole()), option::of(text()))
            .prop_map(|(url, thumb, length, file_length, secret)| {
                object(vec![
                    ("url", Some(url.into())),
                    ("thumb", thumb.map(Value::from)),
                    ("length", length),
                    ("file_length", file_length),
                    ("thumb_secret", secret.map(Value::from)),
                ])
            })
            .boxed(),
        "loc" => (
            "-?(90(\\.0{1,3})?|[1-8]?[0-9](\\.[0-9]{1,4})?)",
            "-?(180(\\.0{1,2})?|(1[0-7][0-9]|[1-9]?[0-9])(\\.[0-9]{1,4})?)",
            text(),
        )
            .prop_map(|(lat, lng, addr)| json!({"lat": lat, "lng": lng, "addr": addr}))
            .boxed(),
        "cmd" => text().prop_map(|a| json!({"action": a})).boxed(),
        _ => {
            (option::of("[a-zA-Z0-9_/.-]{1,32}"), option::of(btree_map("[a-z~/]{0,4}", "[a-z]{0,4}", 0..=16)))
                .prop_map(|(event, exts)| {
                    let event = match (&event, &exts) {
                        (None, None) => Some("e".to_owned()),
                        _ => event,
                    };
                    object(vec![
                        ("customEvent", event.map(Value::from)),
                        ("customExts", exts.map(|m| json!(m))),
                    ])
                })
                .boxed()
        }
    }
}

/// An object of the members that are present.
fn object(members: Vec<(&str, Option<Value>)>) -> Value {
    Value::Object(members.into_iter().filter_map(|(k, v)| v.map(|v| (k.to_owned(), v))).collect())
}

const TYPES: [&str; 8] = easemob_payload::message::Content::TYPES;

fn ext() -> impl Strategy<Value = Value> {
    (
        option::of(any::<bool>()),
        option::of(vec("[a-z]{1,4}", 0..3)),
        option::of("[a-z]{0,5}"),
        btree_map("[a-z]{1,5}", small_json(), 0..3),
        (option::of(push_gen::android()), option::of(push_gen::apns()), option::of(push_gen::template())),
    )
        .prop_map(|(silent, at, title, free, (android, apns, template))| {
            let mut ext: Map<String, Value> = free.into_iter().collect();
            if let Some(b) = silent {
                ext.insert("em_ignore_notification".into(), b.into());
            }
            if let Some(list) = at {
                ext.insert("em_at_list".into(), json!(list));
            }
            if let Some(t) = title {
                ext.insert("em_push_ext".into(), json!({"title": t, "custom": {}}));
                ext.insert("em_apns_ext".into(), json!({"x": 1}));
            }
            // The typed push extensions, valid; the mutations then break them.
            for (key, value) in
                [("em_android_push_ext", android), ("em_apns_ext", apns), ("em_push_template", template)]
            {
                if let Some(value) = value {
                    ext.insert(key.into(), value);
                }
            }
            Value::Object(ext)
        })
}

/// A valid message of one of the eight types (it may carry warnings).
fn valid_message() -> impl Strategy<Value = Value> {
    select(&TYPES[..]).prop_flat_map(|kind| {
        (
            body(kind),
            option::of(user_id()),
            vec(user_id(), 1..5),
            option::of(any::<bool>()),
            any::<bool>(),
            option::of(vec(user_id(), 0..3)),
            option::of("[a-zA-Z0-9]{1,8}"),
            option::of(ext()),
        )
            .prop_map(move |(body, from, to, sync, online, roam, env, ext)| {
                let mut m = Map::new();
                m.insert("to".into(), json!(to));
                m.insert("type".into(), kind.into());
                m.insert("body".into(), body);
                let optional = [
                    ("from", from.map(Value::from)),
                    ("sync_device", sync.map(Value::from)),
                    ("routetype", online.then(|| json!("ROUTE_ONLINE"))),
                    ("roam_ignore_users", roam.map(|r| json!(r))),
                    ("env", env.map(Value::from)),
                    ("ext", ext),
                ];
                for (key, value) in optional {
                    if let Some(v) = value {
                        m.insert(key.into(), v);
                    }
                }
                Value::Object(m)
            })
    })
}

// ---------------------------------------------------------------- breaking rules

fn small_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_filter_map("finite", |f| Number::from_f64(f).map(Value::Number)),
        "[ -~\n中é]{0,8}".prop_map(Value::from),
        select(&NAMES[..]).prop_map(Value::from),
    ];
    leaf.prop_recursive(3, 16, 4, |inner| {
        prop_oneof![
            vec(inner.clone(), 0..4).prop_map(Value::Array),
            btree_map(prop_oneof![select(&NAMES[..]).prop_map(str::to_owned), "[a-z~/]{0,3}"], inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Every member name the model knows, and some near misses, so arbitrary objects hit real structure.
const NAMES: [&str; 52] = [
    "from",
    "to",
    "type",
    "body",
    "sync_device",
    "routetype",
    "roam_ignore_users",
    "env",
    "ext",
    "msg",
    "filename",
    "secret",
    "size",
    "width",
    "height",
    "url",
    "length",
    "thumb",
    "file_length",
    "thumb_secret",
    "lat",
    "lng",
    "addr",
    "action",
    "customEvent",
    "customExts",
    "em_ignore_notification",
    "em_force_notification",
    "em_at_list",
    "em_apns_ext",
    "em_push_ext",
    "em_push_template",
    "title",
    "content",
    "custom",
    "name",
    "txt",
    "img",
    "ROUTE_ONLINE",
    "Length",
    "em_android_push_ext",
    "oppo_notify_level",
    "oppo_category",
    "honor_importance",
    "huawei_target_user_type",
    "em_push_badge",
    "em_push_sound",
    "directed_template",
    "target",
    "Alice",
    "LOW",
    "16",
];

/// Values that break some rule wherever they land (or, by chance, satisfy it).
fn bad_value() -> impl Strategy<Value = Value> {
    let ids = |n: usize| Value::from((0..n).map(|i| format!("u{i}")).collect::<Vec<_>>());
    prop_oneof![
        select(vec![
            Value::Null,
            json!(5),
            json!(10.5),
            json!(-1),
            json!(-0.5),
            json!(1e300),
            json!(-1e300),
            json!(true),
            json!(""),
            json!([]),
            json!({}),
            json!(["a"]),
            json!({"k": 1}),
            json!("a".repeat(65)),
            json!("Alice"),
            json!("alice\n"),
            json!("http://x y"),
            json!("https://ok/p"),
            json!("91"),
            json!("-180.5"),
            json!("90.0"),
            json!("text"),
            json!("txt"),
            json!("img"),
            json!("custom"),
            json!("ROUTE_ONLINE"),
            json!("route_online"),
            json!("abcdefghi"),
            json!("a".repeat(33)),
            json!("bad event!"),
            ids(601),
            ids(600),
            Value::Object((0..17).map(|i| (format!("k{i}"), json!("v"))).collect()),
            json!({"width": -1}),
            json!({"msg": 1}),
            json!("x".repeat(5200)),
        ]),
        "[a-zA-Z0-9_.@ /\n-]{0,70}".prop_map(Value::from),
        small_json(),
    ]
}

/// A change to a message: replace the value at some pointer, delete it, or add a known member.
#[derive(Debug, Clone)]
enum Mutation {
    Replace(Index, Value),
    Delete(Index),
    Add(Index, Index, Value),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        3 => (any::<Index>(), bad_value()).prop_map(|(i, v)| Mutation::Replace(i, v)),
        1 => any::<Index>().prop_map(Mutation::Delete),
        2 => (any::<Index>(), any::<Index>(), bad_value()).prop_map(|(i, n, v)| Mutation::Add(i, n, v)),
    ]
}

/// JSON Pointers of every value below the root, and of every object (root included).
fn pointers(value: &Value, at: String, all: &mut Vec<String>, objects: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            objects.push(at.clone());
            for (k, v) in map {
                let here = format!("{at}/{}", k.replace('~', "~0").replace('/', "~1"));
                all.push(here.clone());
                pointers(v, here, all, objects);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                let here = format!("{at}/{i}");
                all.push(here.clone());
                pointers(v, here, all, objects);
            }
        }
        _ => {}
    }
}

fn apply(value: &mut Value, mutation: &Mutation) {
    let (mut all, mut objects) = (Vec::new(), Vec::new());
    pointers(value, String::new(), &mut all, &mut objects);
    match mutation {
        Mutation::Replace(i, new) if !all.is_empty() => {
            if let Some(slot) = value.pointer_mut(&all[i.index(all.len())]) {
                *slot = new.clone();
            }
        }
        Mutation::Delete(i) if !all.is_empty() => {
            let pointer = &all[i.index(all.len())];
            let (parent, last) = pointer.rsplit_once('/').unwrap_or_default();
            match value.pointer_mut(parent) {
                Some(Value::Object(map)) => {
                    map.remove(&last.replace("~1", "/").replace("~0", "~"));
                }
                Some(Value::Array(items)) => {
                    if let Ok(i) = last.parse::<usize>() {
                        items.remove(i);
                    }
                }
                _ => {}
            }
        }
        Mutation::Add(i, n, new) if !objects.is_empty() => {
            if let Some(Value::Object(map)) = value.pointer_mut(&objects[i.index(objects.len())]) {
                map.insert(NAMES[n.index(NAMES.len())].to_owned(), new.clone());
            }
        }
        _ => {}
    }
}

fn broken_message() -> impl Strategy<Value = Value> {
    (valid_message(), vec(mutation(), 1..5)).prop_map(|(mut value, mutations)| {
        for m in &mutations {
            apply(&mut value, m);
        }
        value
    })
}

/// Arbitrary JSON at the top, or as the envelope's members.
fn arbitrary() -> impl Strategy<Value = Value> {
    prop_oneof![
        small_json(),
        (small_json(), small_json(), small_json())
            .prop_map(|(to, kind, body)| json!({"to": to, "type": kind, "body": body})),
        (select(&TYPES[..]), small_json())
            .prop_map(|(kind, body)| json!({"to": ["u"], "type": kind, "body": body})),
    ]
}

/// A valid message with arbitrary JSON replacing one of its values or added as a known member.
fn spliced() -> impl Strategy<Value = Value> {
    (valid_message(), any::<Index>(), any::<Index>(), any::<bool>(), small_json()).prop_map(
        |(mut value, at, name, add, json)| {
            let m = if add { Mutation::Add(at, name, json) } else { Mutation::Replace(at, json) };
            apply(&mut value, &m);
            value
        },
    )
}

proptest! {
    #![proptest_config(config(2500))]
    #[test]
    fn valid_messages_agree_and_are_valid(value in valid_message()) {
        prop_assert!(easemob_payload::validate(&value).is_valid(), "the generator made an invalid message: {value}\n{}", replay());
        agree(&value)?;
    }
}

proptest! {
    #![proptest_config(config(3500))]
    #[test]
    fn broken_messages_agree(value in broken_message()) {
        agree(&value)?;
    }
}

proptest! {
    #![proptest_config(config(1500))]
    #[test]
    fn arbitrary_json_agrees(value in arbitrary()) {
        agree(&value)?;
    }
}

proptest! {
    #![proptest_config(config(2500))]
    #[test]
    fn spliced_json_agrees(value in spliced()) {
        agree(&value)?;
    }
}
