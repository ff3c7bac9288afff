//! `easemob-payload schema`: the schema crate's output, printed or written.

mod common;

use common::{TempDir, run, run_in};

#[test]
fn prints_the_2020_12_schema_by_default() {
    let r = run(&["schema"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        r.stdout,
        easemob_payload_schema::to_pretty_string(easemob_payload_schema::Draft::Draft202012)
    );
    let schema: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(schema["$schema"], "https://json-schema.org/draft/2020-12/schema");
}

#[test]
fn draft_07_on_request() {
    let r = run(&["schema", "--draft", "07"]);
    assert_eq!(r.code, 0);
    let schema: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(schema["$schema"], "http://json-schema.org/draft-07/schema#");
    assert_eq!(run(&["schema", "--draft", "4"]).code, 2);
}

#[test]
fn writes_a_file_with_o() {
    let dir = TempDir::new();
    let r = run_in(dir.path(), &["schema", "--draft", "07", "-o", "s.json"], b"");
    assert_eq!((r.code, r.stdout.as_str()), (0, ""));
    let written = std::fs::read_to_string(dir.path().join("s.json")).unwrap();
    assert_eq!(written, run(&["schema", "--draft", "07"]).stdout);
    let r = run_in(dir.path(), &["schema", "-o", "no/such/folder/s.json"], b"");
    assert_eq!(r.code, 2);
    assert!(r.stderr.starts_with("error: cannot write `no/such/folder/s.json`"), "{}", r.stderr);
}
