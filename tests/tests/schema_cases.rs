//! Hand-written differential cases: the documentation's examples and every rules-reference
//! boundary, each judged by the Rust validator and by jsonschema on both emitted schemas.

use easemob_payload_schema::examples;
use easemob_payload_tests::schema_diff::compare;
use serde_json::{Value, json};

fn message(kind: &str, body: Value) -> Value {
    json!({"from": "user1", "to": ["user2"], "type": kind, "body": body})
}

fn with(mut base: Value, key: &str, value: Value) -> Value {
    base[key] = value;
    base
}

fn txt() -> Value {
    message("txt", json!({"msg": "hi"}))
}

/// `(name, payload, valid per the rules reference)`.
fn cases() -> Vec<(&'static str, Value, bool)> {
    let ids = |n: usize| Value::from((0..n).map(|i| format!("u{i}")).collect::<Vec<_>>());
    let exts = |n: usize| Value::Object((0..n).map(|i| (format!("k{i}"), json!("v"))).collect());
    vec![
        ("minimal txt", json!({"to": ["u"], "type": "txt", "body": {"msg": ""}}), true),
        ("root not an object", json!([1]), false),
        ("root null", Value::Null, false),
        ("empty object", json!({}), false),
        ("from empty", with(txt(), "from", json!("")), false),
        ("from 64", with(txt(), "from", json!("a".repeat(64))), true),
        ("from 65", with(txt(), "from", json!("a".repeat(65))), false),
        ("from 65 with @", with(txt(), "from", json!(format!("@{}", "a".repeat(64)))), false),
        ("from upper case (warning)", with(txt(), "from", json!("Alice")), true),
        ("from null", with(txt(), "from", Value::Null), false),
        ("from trailing newline", with(txt(), "from", json!("alice\n")), false),
        ("from non-ASCII", with(txt(), "from", json!("zoë")), false),
        ("to empty", with(txt(), "to", json!([])), false),
        ("to 600", with(txt(), "to", ids(600)), true),
        ("to 601", with(txt(), "to", ids(601)), false),
        ("to a string", with(txt(), "to", json!("user2")), false),
        ("to repeats case-folded (warning)", with(txt(), "to", json!(["a", "A", "a"])), true),
        ("to item number", with(txt(), "to", json!(["a", 5, null])), false),
        ("type missing", json!({"to": ["u"], "body": {"msg": "x"}}), false),
        ("type unknown", with(txt(), "type", json!("text")), false),
        ("type unknown, body empty", message("image", json!({})), false),
        (
            "type number, body string",
            message("txt", json!("x"))
                .as_object()
                .map(|m| {
                    let mut m = m.clone();
                    m.insert("type".into(), json!(5));
                    Value::Object(m)
                })
                .unwrap_or_default(),
            false,
        ),
        ("body missing", json!({"to": ["u"], "type": "txt"}), false),
        ("body null", message("txt", Value::Null), false),
        ("body array", message("cmd", json!([])), false),
        ("txt body empty", message("txt", json!({})), false),
        ("txt msg number", message("txt", json!({"msg": 1})), false),
        ("unknown member (warning)", with(txt(), "colour", json!("red")), true),
        ("sync_device string", with(txt(), "sync_device", json!("true")), false),
        ("routetype ok", with(txt(), "routetype", json!("ROUTE_ONLINE")), true),
        ("routetype lower", with(txt(), "routetype", json!("route_online")), false),
        ("routetype number", with(txt(), "routetype", json!(1)), false),
        ("roam_ignore_users bad item", with(txt(), "roam_ignore_users", json!(["ok", "", "a b"])), false),
        ("env 8", with(txt(), "env", json!("abcdEF12")), true),
        ("env 9", with(txt(), "env", json!("abcdEF123")), false),
        ("env empty", with(txt(), "env", json!("")), false),
        ("ext null", with(txt(), "ext", Value::Null), false),
        ("ext array", with(txt(), "ext", json!([])), false),
        ("ext free keys and null", with(txt(), "ext", json!({"mine": null, "em_typo": 1})), true),
        (
            "ext em keys wrong",
            with(
                txt(),
                "ext",
                json!({"em_ignore_notification": "yes", "em_at_list": [1], "em_apns_ext": [], "em_push_ext": {"title": 1, "custom": 2}, "em_push_template": {"name": null}}),
            ),
            false,
        ),
        ("img no size", message("img", json!({"url": "https://h/x"})), true),
        (
            "img size negative and float",
            message("img", json!({"url": "https://h/x", "size": {"width": -1, "height": 10.5}})),
            false,
        ),
        (
            "img size 10.0 and i64::MAX",
            message("img", json!({"url": "https://h/x", "size": {"width": 10.0, "height": i64::MAX}})),
            true,
        ),
        (
            "img size beyond i64",
            message("img", json!({"url": "https://h/x", "size": {"width": 1, "height": u64::MAX}})),
            false,
        ),
        (
            "img size missing height",
            message("img", json!({"url": "https://h/x", "size": {"width": 1}})),
            false,
        ),
        ("img url with space", message("img", json!({"url": "https://h/a b"})), false),
        ("img url ftp", message("img", json!({"url": "ftp://h/x"})), false),
        ("img url non-ASCII", message("img", json!({"url": "https://例子.测试/x"})), true),
        ("audio length -1", message("audio", json!({"url": "http://h/x", "length": -1})), false),
        ("audio Length (warning)", message("audio", json!({"url": "http://h/x", "Length": 3})), true),
        (
            "video thumb bad",
            message("video", json!({"url": "http://h/x", "thumb": "h/x", "file_length": "5"})),
            false,
        ),
        ("file url missing", message("file", json!({"filename": "a"})), false),
        ("loc lat number", message("loc", json!({"lat": 39.9, "lng": "116.3", "addr": "x"})), false),
        ("loc bounds", message("loc", json!({"lat": "-90.000", "lng": "180", "addr": ""})), true),
        ("loc out of range", message("loc", json!({"lat": "90.1", "lng": "-180.5", "addr": "x"})), false),
        ("loc leading zero and dot", message("loc", json!({"lat": "09.5", "lng": "1.", "addr": "x"})), false),
        ("cmd", message("cmd", json!({"action": "a"})), true),
        ("custom empty", message("custom", json!({})), false),
        ("custom event 32", message("custom", json!({"customEvent": "a".repeat(32)})), true),
        ("custom event 33", message("custom", json!({"customEvent": "a".repeat(33)})), false),
        ("custom event unanchored", message("custom", json!({"customEvent": "bad event!"})), false),
        ("custom exts 16", message("custom", json!({"customExts": exts(16)})), true),
        ("custom exts 17", message("custom", json!({"customExts": exts(17)})), false),
        ("custom exts bad values", message("custom", json!({"customExts": {"a/b": 1, "c~d": null}})), false),
        ("maxBytes only", message("txt", json!({"msg": "x".repeat(5200)})), false),
        (
            "maxBytes and another error",
            with(message("txt", json!({"msg": "x".repeat(5200)})), "to", json!([])),
            false,
        ),
    ]
}

#[test]
fn the_documentation_examples_are_valid_everywhere() {
    for (name, text) in examples() {
        let value: Value = serde_json::from_str(text).unwrap_or_else(|e| panic!("{name}: {e}"));
        let c = compare(&value);
        assert!(c.rust.is_empty() && c.draft_2020_12_valid && c.draft_07_valid, "{name}: {c:?}");
    }
}

#[test]
fn every_boundary_agrees() {
    let mut failures = Vec::new();
    for (name, value, valid) in cases() {
        let c = compare(&value);
        let rust_valid = easemob_payload::validate(&value).is_valid();
        if rust_valid != valid {
            failures.push(format!("{name}: the rules say valid={valid}, Rust valid={rust_valid}"));
        }
        if let Some(why) = c.disagreement() {
            failures.push(format!("{name}: {why}\n  payload: {value}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn maxbytes_alone_is_the_only_verdict_difference() {
    let big = message("txt", json!({"msg": "x".repeat(5200)}));
    let c = compare(&big);
    assert!(c.only_max_bytes && c.draft_2020_12_valid, "{c:?}");
}

#[test]
fn required_is_mapped_to_the_member_pointer() {
    let c = compare(&message("loc", json!({"lat": "1"})));
    let expected = vec![
        ("/body/addr".to_owned(), "required".to_owned()),
        ("/body/lng".to_owned(), "required".to_owned()),
    ];
    assert_eq!(c.draft_2020_12, expected);
    assert_eq!(c.rust, expected);
}
