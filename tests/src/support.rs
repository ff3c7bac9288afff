//! Small helpers the test files share: valid messages to start from, and reports as tuples.

use easemob_payload::{Limits, Report, validate_with};
use serde_json::{Value, json};

/// A valid message of each of the eight types, with every recommended member present.
pub fn valid(kind: &str) -> Value {
    let body = match kind {
        "txt" => json!({"msg": "hello"}),
        "img" => {
            json!({"filename": "a.jpg", "url": "https://a-1.easemob.com/org/app/chatfiles/1", "size": {"width": 480, "height": 720}})
        }
        "audio" => json!({"filename": "a.amr", "url": "https://x/o/a/chatfiles/2", "length": 10}),
        "video" => {
            json!({"filename": "v.mp4", "url": "https://x/o/a/chatfiles/3", "thumb": "https://x/o/a/chatfiles/4", "length": 0, "file_length": 58103})
        }
        "file" => json!({"filename": "f.txt", "url": "http://x/o/a/chatfiles/5"}),
        "loc" => json!({"lat": "39.966", "lng": "116.322", "addr": "中国北京市海淀区中关村"}),
        "cmd" => json!({"action": "action1"}),
        "custom" => json!({"customEvent": "custom_event", "customExts": {"k": "v"}}),
        other => panic!("no such type in the fixtures: {other}"),
    };
    json!({"from": "user1", "to": ["user2"], "type": kind, "body": body})
}

/// The eight type names.
pub const TYPES: [&str; 8] = easemob_payload::message::Content::TYPES;

/// `(path, rule, severity)` of every violation, in report order.
pub fn triples(report: &Report) -> Vec<(String, String, String)> {
    report
        .iter()
        .map(|v| (v.path.clone(), v.rule.as_str().to_owned(), v.severity.as_str().to_owned()))
        .collect()
}

/// `(path, rule, severity)` of every violation of `value` under the default limits.
pub fn check(value: &Value) -> Vec<(String, String, String)> {
    triples(&validate_with(value, &Limits::DEFAULT))
}

/// Builds the expected list from string triples.
pub fn expect(items: &[(&str, &str, &str)]) -> Vec<(String, String, String)> {
    items.iter().map(|(p, r, s)| ((*p).to_owned(), (*r).to_owned(), (*s).to_owned())).collect()
}

/// Sets `value[pointer] = new`, creating nothing: the parent must exist.
pub fn set(value: &mut Value, pointer: &str, new: Value) {
    let (parent, key) = pointer.rsplit_once('/').expect("a pointer below the root");
    let parent = value.pointer_mut(parent).unwrap_or_else(|| panic!("no parent for {pointer}"));
    match parent {
        Value::Object(map) => {
            map.insert(key.replace("~1", "/").replace("~0", "~"), new);
        }
        Value::Array(items) => {
            let i: usize = key.parse().expect("an index");
            items[i] = new;
        }
        _ => panic!("{pointer}: parent is not a container"),
    }
}

/// Removes the member at `pointer`.
pub fn remove(value: &mut Value, pointer: &str) {
    let (parent, key) = pointer.rsplit_once('/').expect("a pointer below the root");
    value.pointer_mut(parent).and_then(Value::as_object_mut).expect("an object parent").remove(key);
}
