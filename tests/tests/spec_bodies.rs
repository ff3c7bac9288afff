//! The rules of the eight bodies (docs/rules.md): each row passes and fails with the exact (path, rule, severity).

use easemob_payload_tests::support::{check, expect, remove, set, triples, valid};
use serde_json::{Value, json};

fn body_with(kind: &str, member: &str, value: Value) -> Value {
    let mut m = valid(kind);
    set(&mut m, &format!("/body/{member}"), value);
    m
}

fn body_without(kind: &str, member: &str) -> Value {
    let mut m = valid(kind);
    remove(&mut m, &format!("/body/{member}"));
    m
}

#[test]
fn txt_needs_a_string_msg() {
    assert_eq!(check(&body_without("txt", "msg")), expect(&[("/body/msg", "required", "error")]));
    assert_eq!(check(&body_with("txt", "msg", json!(5))), expect(&[("/body/msg", "type", "error")]));
    assert_eq!(check(&body_with("txt", "msg", json!(""))), expect(&[]));
}

#[test]
fn media_bodies_need_a_url_and_recommend_a_filename() {
    for kind in ["img", "audio", "video", "file"] {
        assert_eq!(
            check(&body_without(kind, "url")),
            expect(&[("/body/url", "required", "error")]),
            "{kind}"
        );
        assert_eq!(
            check(&body_without(kind, "filename")),
            expect(&[("/body/filename", "recommended", "warning")]),
            "{kind}"
        );
        assert_eq!(
            check(&body_with(kind, "filename", json!(1))),
            expect(&[("/body/filename", "type", "error")])
        );
        assert_eq!(check(&body_with(kind, "secret", json!("VfXXXXNb_"))), expect(&[]), "{kind}");
        assert_eq!(
            check(&body_with(kind, "secret", json!(false))),
            expect(&[("/body/secret", "type", "error")])
        );
        // An empty media body lacks its URL and its recommended file name.
        assert_eq!(
            check(&valid(kind).pipe(|mut m| {
                set(&mut m, "/body", json!({}));
                m
            })),
            expect(&[("/body/filename", "recommended", "warning"), ("/body/url", "required", "error")]),
            "{kind}"
        );
    }
}

#[test]
fn urls_are_absolute_http_without_spaces_or_controls() {
    for url in [
        "https://a/b",
        "http://x",
        "https://a-1.easemob.com/o/a/chatfiles/55f1?x=1#y",
        "https://例子.cn/文件",
    ] {
        assert_eq!(check(&body_with("file", "url", json!(url))), expect(&[]), "{url}");
    }
    for url in [
        "ftp://a/b",
        "https://",
        "https://a b",
        "https://a\u{7}",
        "//a/b",
        "https:/a",
        " https://a",
        "HTTPS://a",
    ] {
        assert_eq!(
            check(&body_with("file", "url", json!(url))),
            expect(&[("/body/url", "pattern", "error")]),
            "{url:?}"
        );
    }
    assert_eq!(
        check(&body_with("video", "thumb", json!("thumb.jpg"))),
        expect(&[("/body/thumb", "pattern", "error")])
    );
}

#[test]
fn img_size_has_non_negative_integer_width_and_height() {
    assert_eq!(check(&body_with("img", "size", json!({"width": 0, "height": 10.0}))), expect(&[]));
    assert_eq!(
        check(&body_with("img", "size", json!({"width": -1, "height": 1.5}))),
        expect(&[("/body/size/height", "type", "error"), ("/body/size/width", "minimum", "error")])
    );
    assert_eq!(
        check(&body_with("img", "size", json!({"width": 1}))),
        expect(&[("/body/size/height", "required", "error")])
    );
    assert_eq!(
        check(&body_with("img", "size", json!([480, 720]))),
        expect(&[("/body/size", "type", "error")])
    );
}

#[test]
fn lengths_are_non_negative_integers() {
    for (kind, member) in [("audio", "length"), ("video", "length"), ("video", "file_length")] {
        assert_eq!(check(&body_with(kind, member, json!(0))), expect(&[]));
        let path = format!("/body/{member}");
        assert_eq!(check(&body_with(kind, member, json!(-1))), expect(&[(&path, "minimum", "error")]));
        assert_eq!(check(&body_with(kind, member, json!(1.5))), expect(&[(&path, "type", "error")]));
        assert_eq!(check(&body_with(kind, member, json!("10"))), expect(&[(&path, "type", "error")]));
    }
}

#[test]
fn the_docs_capitalised_length_is_an_unknown_field_with_a_hint() {
    let report = easemob_payload::validate(&body_with("audio", "Length", json!(10)));
    assert_eq!(triples(&report), expect(&[("/body/Length", "unknownField", "warning")]));
    assert_eq!(report.violations()[0].hint().as_deref(), Some("did you mean \"length\"?"));
}

#[test]
fn loc_coordinates_are_strings_in_range() {
    for (lat, lng) in
        [("0", "0"), ("-90", "180"), ("90.000", "-180.0"), ("39.966", "116.322"), ("-89.999999", "179.9")]
    {
        let mut m = body_with("loc", "lat", json!(lat));
        set(&mut m, "/body/lng", json!(lng));
        assert_eq!(check(&m), expect(&[]), "{lat} {lng}");
    }
    for lat in ["90.1", "91", "-90.5", "1e1", "+1", "", "39,9", "039.9", " 1", "1."] {
        assert_eq!(
            check(&body_with("loc", "lat", json!(lat))),
            expect(&[("/body/lat", "pattern", "error")]),
            "{lat:?}"
        );
    }
    for lng in ["180.01", "181", "-200", "1000"] {
        assert_eq!(
            check(&body_with("loc", "lng", json!(lng))),
            expect(&[("/body/lng", "pattern", "error")]),
            "{lng:?}"
        );
    }
    let report = easemob_payload::validate(&body_with("loc", "lat", json!(39.966)));
    assert_eq!(triples(&report), expect(&[("/body/lat", "type", "error")]));
    assert_eq!(report.violations()[0].hint().as_deref(), Some("send lat as a string: \"39.966\""));
    for member in ["lat", "lng", "addr"] {
        let path = format!("/body/{member}");
        assert_eq!(check(&body_without("loc", member)), expect(&[(&path, "required", "error")]));
    }
}

#[test]
fn cmd_needs_an_action() {
    assert_eq!(check(&body_without("cmd", "action")), expect(&[("/body/action", "required", "error")]));
    assert_eq!(check(&body_with("cmd", "action", json!({}))), expect(&[("/body/action", "type", "error")]));
}

#[test]
fn custom_event_is_anchored_1_to_32_allowed_characters() {
    assert_eq!(check(&body_with("custom", "customEvent", json!("a/b.c-d_e"))), expect(&[]));
    assert_eq!(check(&body_with("custom", "customEvent", json!("e".repeat(32)))), expect(&[]));
    for bad in ["e".repeat(33), "bad event!".to_owned(), String::new(), "ok\n".to_owned()] {
        assert_eq!(
            check(&body_with("custom", "customEvent", json!(bad))),
            expect(&[("/body/customEvent", "pattern", "error")]),
            "{bad:?}"
        );
    }
}

#[test]
fn custom_exts_hold_at_most_16_string_values() {
    let exts = |n: usize| Value::Object((0..n).map(|i| (format!("k{i}"), json!("v"))).collect());
    assert_eq!(check(&body_with("custom", "customExts", exts(16))), expect(&[]));
    assert_eq!(
        check(&body_with("custom", "customExts", exts(17))),
        expect(&[("/body/customExts", "maxProperties", "error")])
    );
    assert_eq!(
        check(&body_with("custom", "customExts", json!({"a/b": 1, "ok": "v", "n": null}))),
        expect(&[("/body/customExts/a~1b", "type", "error"), ("/body/customExts/n", "type", "error")])
    );
    assert_eq!(
        check(&body_with("custom", "customExts", json!([]))),
        expect(&[("/body/customExts", "type", "error")])
    );
}

#[test]
fn custom_body_may_hold_either_member_but_not_nothing() {
    assert_eq!(check(&body_without("custom", "customExts")), expect(&[]));
    assert_eq!(check(&body_without("custom", "customEvent")), expect(&[]));
    let mut empty = valid("custom");
    set(&mut empty, "/body", json!({}));
    assert_eq!(check(&empty), expect(&[("/body", "minProperties", "error")]));
}

#[test]
fn unknown_body_members_warn() {
    let report = easemob_payload::validate(&body_with("custom", "custom_event", json!("x")));
    assert_eq!(triples(&report), expect(&[("/body/custom_event", "unknownField", "warning")]));
    assert_eq!(report.violations()[0].hint().as_deref(), Some("did you mean \"customEvent\"?"));
}

/// `Value::pipe`, so a mutation reads in order.
trait Pipe: Sized {
    fn pipe<T>(self, f: impl FnOnce(Self) -> T) -> T {
        f(self)
    }
}
impl Pipe for Value {}
