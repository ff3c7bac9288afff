//! The eight request examples of the API documentation (the files in `examples/`, as
//! the schema crate carries them: `fixtures_in_sync` keeps the copies equal) are valid.
//!
//! Two of the documentation's examples are not JSON (video and custom miss a comma);
//! the copies here have the comma, and `examples/broken/video-missing-comma.json` keeps the original.

use easemob_payload_schema::examples;
use easemob_payload_tests::support::{check, expect};

#[test]
fn every_doc_example_validates_without_a_violation() {
    for (name, text) in examples() {
        let value: serde_json::Value = serde_json::from_str(text).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(check(&value), expect(&[]), "{name}");
    }
}

#[test]
fn the_docs_unfixed_video_example_is_not_json() {
    let text = include_str!("../../examples/broken/video-missing-comma.json");
    assert!(serde_json::from_str::<serde_json::Value>(text).is_err());
}

#[test]
fn every_doc_example_deserializes_into_the_typed_message() {
    for (name, text) in examples() {
        let message: easemob_payload::Message =
            serde_json::from_str(text).unwrap_or_else(|e| panic!("{name}: {e}"));
        let report = message.validate(&easemob_payload::Limits::DEFAULT);
        assert!(report.is_empty(), "{name}: {report}");
    }
}
