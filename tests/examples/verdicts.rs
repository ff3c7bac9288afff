//! Prints the Rust validator's verdict on every message of the given fixture files,
//! as JSON, for the portability check (`.ci/portability.sh`), which compares ajv's
//! and python-jsonschema's verdicts on the same messages.
//!
//! ```text
//! cargo run -p easemob-payload-tests --example verdicts -- examples/*.json tests/corpus/*.json
//! ```
//!
//! A file holds one message, an array of messages, or JSON Lines (`.jsonl`,
//! `.ndjson`; blank lines skipped). What is not JSON (a line or a whole file) is
//! listed under `skipped`: a syntax error is the CLI's concern, not the schema's.
//! Each message is printed as parsed, so every validator judges exactly the same
//! value (duplicate keys are resolved once, here).

use std::process::ExitCode;

use easemob_payload::{RuleCode, validate};
use serde_json::{Value, json};

fn main() -> ExitCode {
    let files: Vec<String> = std::env::args().skip(1).collect();
    if files.is_empty() {
        eprintln!("usage: verdicts FILE...");
        return ExitCode::FAILURE;
    }
    let mut messages = Vec::new();
    let mut skipped = Vec::new();
    for file in &files {
        let text = match std::fs::read(file) {
            Ok(bytes) => String::from_utf8_lossy(&bytes).trim_start_matches('\u{feff}').to_owned(),
            Err(e) => {
                skipped.push(json!({"file": file, "reason": format!("cannot read: {e}")}));
                continue;
            }
        };
        let lines = file.ends_with(".jsonl") || file.ends_with(".ndjson");
        let parsed: Vec<Result<Value, String>> = if lines {
            text.lines()
                .filter(|l| !l.trim().is_empty())
                .map(|l| serde_json::from_str(l).map_err(|e| e.to_string()))
                .collect()
        } else {
            match serde_json::from_str::<Value>(&text) {
                Ok(Value::Array(items)) => items.into_iter().map(Ok).collect(),
                Ok(one) => vec![Ok(one)],
                Err(e) => vec![Err(e.to_string())],
            }
        };
        for (index, item) in parsed.into_iter().enumerate() {
            match item {
                Ok(message) => messages.push(verdict(file, index, message)),
                Err(e) => {
                    skipped.push(json!({"file": file, "index": index, "reason": format!("not JSON: {e}")}))
                }
            }
        }
    }
    println!("{}", json!({"messages": messages, "skipped": skipped}));
    ExitCode::SUCCESS
}

fn verdict(file: &str, index: usize, message: Value) -> Value {
    let report = validate(&message);
    let errors: Vec<&str> = report.errors().map(|v| v.rule.as_str()).collect();
    json!({
        "file": file,
        "index": index,
        "valid": report.is_valid(),
        // The schema cannot express `maxBytes`: a message whose only errors are
        // `maxBytes` is valid under the schema by design.
        "max_bytes_only": !errors.is_empty() && errors.iter().all(|r| *r == RuleCode::MaxBytes.as_str()),
        // Python's `re` lets `$` match before a final newline (the README's note for Python users).
        "trailing_newline": has_trailing_newline(&message),
        "errors": errors,
        "message": message,
    })
}

fn has_trailing_newline(value: &Value) -> bool {
    match value {
        Value::String(s) => s.ends_with('\n'),
        Value::Array(items) => items.iter().any(has_trailing_newline),
        Value::Object(map) => map.values().any(has_trailing_newline),
        _ => false,
    }
}
