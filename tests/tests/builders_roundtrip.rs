//! Serialization is exactly the wire JSON: the documentation's examples
//! (`examples/*.json`) read into `Message` and written back unchanged, and the
//! builders write those same examples.

use easemob_payload::message::Message;
use easemob_payload::{Limits, Report};
use easemob_payload_schema::examples;
use serde_json::Value;

fn example(name: &str) -> Value {
    let name = name.trim_end_matches(".json");
    let (_, text) = examples().find(|(n, _)| *n == name).expect("a known example");
    serde_json::from_str(text).expect("the example is JSON")
}

fn contains_null(value: &Value) -> bool {
    match value {
        Value::Null => true,
        Value::Array(items) => items.iter().any(contains_null),
        Value::Object(members) => members.values().any(contains_null),
        _ => false,
    }
}

#[test]
fn every_doc_example_reads_into_message_and_writes_back_unchanged() {
    for (name, text) in examples() {
        let original: Value = serde_json::from_str(text).unwrap();
        let message: Message =
            serde_json::from_value(original.clone()).unwrap_or_else(|e| panic!("{name}: {e}"));
        let written = serde_json::to_value(&message).unwrap();
        assert_eq!(written, original, "{name}");
        assert!(!contains_null(&written), "{name}");
    }
}

#[test]
fn absent_options_are_left_out_never_null() {
    let message = Message::txt("x").to(["u2"]).build().unwrap();
    assert_eq!(serde_json::to_string(&message).unwrap(), r#"{"to":["u2"],"type":"txt","body":{"msg":"x"}}"#);
    let message = Message::img("https://h/o/a/chatfiles/1").to(["u2"]).build().unwrap();
    assert_eq!(
        serde_json::to_string(&message).unwrap(),
        r#"{"to":["u2"],"type":"img","body":{"url":"https://h/o/a/chatfiles/1"}}"#
    );
    let message = Message::custom().event("e").to(["u2"]).build().unwrap();
    assert_eq!(
        serde_json::to_string(&message).unwrap(),
        r#"{"to":["u2"],"type":"custom","body":{"customEvent":"e"}}"#
    );
}

fn built(result: Result<Message, Report>) -> Value {
    serde_json::to_value(result.unwrap_or_else(|report| panic!("{report}"))).unwrap()
}

#[test]
fn builders_write_the_doc_examples() {
    let cases: [(&str, Result<Message, Report>); 9] = [
        ("txt.json", Message::txt("testmessages").from("user1").to(["user2"]).silent().build()),
        (
            "txt-online.json",
            Message::txt("testmessages")
                .from("user1")
                .to(["user2"])
                .silent()
                .online_only()
                .sync_device(true)
                .build(),
        ),
        (
            "img.json",
            Message::img("https://XXXX/XXXX/XXXX/chatfiles/55f12940-XXXX-XXXX-8a5b-ff2336f03252")
                .filename("testimg.jpg")
                .secret("VfXXXXNb_")
                .size(480, 720)
                .from("user1")
                .to(["user2"])
                .build(),
        ),
        (
            "audio.json",
            Message::audio("https://XXXX/XXXX/XXXX/chatfiles/1dfc7f50-XXXX-XXXX-8a07-7d75b8fb3d42")
                .filename("testaudio.amr")
                .length(10)
                .secret("HfXXXXCjM")
                .from("user1")
                .to(["user2"])
                .build(),
        ),
        (
            "video.json",
            Message::video("https://XXXX/XXXX/XXXX/chatfiles/671dfe30-XXXX-XXXX-ba67-8fef0d502f46")
                .filename("test.avi")
                .thumb("https://XXXX/XXXX/XXXX/chatfiles/67279b20-7f69-11e4-8eee-21d3334b3a97")
                .length(0)
                .secret("VfXXXXNb_")
                .file_length(58103)
                .thumb_secret("ZyXXXX2I")
                .from("user1")
                .to(["user2"])
                .build(),
        ),
        (
            "file.json",
            Message::file("https://XXXX/XXXX/XXXX/chatfiles/d7eXXXX7444")
                .filename("test.txt")
                .secret("1-g0XXXXua")
                .from("user1")
                .to(["user2"])
                .build(),
        ),
        (
            "loc.json",
            Message::loc(39.966, 116.322, "中国北京市海淀区中关村").from("user1").to(["user2"]).build(),
        ),
        ("cmd.json", Message::cmd("action1").from("user1").to(["user2"]).build()),
        (
            "custom.json",
            Message::custom()
                .event("custom_event")
                .custom_ext("ext_key1", "ext_value1")
                .from("user1")
                .to(["user2"])
                .build(),
        ),
    ];
    for (name, result) in cases {
        assert_eq!(built(result), example(name), "{name}");
    }
}

#[test]
fn a_built_message_revalidates_clean_of_errors_under_the_same_limits() {
    let limits = Limits::private_deployment();
    let message = Message::video("https://h/o/a/chatfiles/3").thumb("https://h/o/a/chatfiles/4");
    let message = message.to(["u2"]).build_with(&limits).unwrap();
    assert!(message.validate(&limits).is_valid());
    assert!(easemob_payload::validate_with(&serde_json::to_value(&message).unwrap(), &limits).is_valid());
}
