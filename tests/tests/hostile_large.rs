//! Hostile input: a 50 MB message. The size limit is found, and validating needs
//! far less memory than the input: nothing is copied or serialized.
//!
//! This file holds one test on purpose: it measures the process's peak
//! resident memory, which another test running in parallel would disturb.

use easemob_payload::size::compact_len;
use easemob_payload_tests::hostile::peak_growth;
use easemob_payload_tests::support::{check, expect, valid};
use serde_json::{Value, json};

#[test]
#[cfg(target_os = "linux")]
fn a_50_mb_message_reports_max_bytes_within_the_input_size_of_memory() {
    // Multi-byte text, quotes and control characters: the byte count must handle escapes.
    let chunk = "中文\"\\\n\u{1}x";
    let text = chunk.repeat(50_000_000 / (compact_len(&json!(chunk)) - 2));
    // The bytes held in memory; serialized, the escapes make the message larger.
    let held = text.len();
    let mut m = valid("txt");
    m["body"]["msg"] = Value::String(text);
    let input = compact_len(&m["body"]);
    assert!(input >= 49_000_000, "{input}");

    let (report, growth) = peak_growth(|| check(&m));
    assert_eq!(report, expect(&[("", "maxBytes", "error")]));
    let message = easemob_payload::validate(&m).into_violations().remove(0).message();
    assert!(message.contains(&format!("{input} bytes")), "{message}");
    // Nothing is copied or serialized: validating needs a small fraction of what the
    // message holds (a copy, measured below, costs all of it).
    assert!(growth <= held / 20, "validating a message of {held} bytes raised peak memory by {growth} bytes");

    // The meter works: a copy of the message shows up in it.
    let (copy, copied) = peak_growth(|| m.clone());
    assert!(copied >= held * 9 / 10, "a copy of {held} bytes measured as {copied}");
    drop(copy);
    eprintln!(
        "{held} bytes held, {input} serialized: validating raised peak RSS by {growth} bytes, copying by {copied}"
    );
}
