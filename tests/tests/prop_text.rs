//! The tokenizer under `validate_str` (`easemob_payload::text::tape`): on any bytes
//! it returns (no panic, no stack overflow) and agrees with serde_json on whether
//! the text is JSON; on JSON, every node's span holds the value serde_json reads.
//!
//! Inputs: arbitrary bytes; JSON texts (compact and pretty) of arbitrary values; and
//! those texts after byte-level mutations (insert, delete, flip a bit, truncate),
//! the way a file goes wrong, as also generated valid payloads after such mutations.
//! Each input also goes through `validate_slice`, which must not panic and must
//! report a `syntax` error exactly when serde_json refuses the bytes. 5/4 of
//! `config()`'s cases per property (12,500 across the five in CI);
//! `PROPTEST_CASES=160000` makes the million-case run.

use easemob_payload::RuleCode;
use easemob_payload::text::tape::{self, Kind, Problem, Tape};
use easemob_payload_tests::arbitrary::value;
use easemob_payload_tests::config::config;
use easemob_payload_tests::generators::messages;
use proptest::collection::vec;
use proptest::prelude::*;
use serde_json::Value;

/// serde_json's own nesting limit, which `read` is given so the two can agree.
const SERDE_DEPTH: usize = 127;

fn cases() -> ProptestConfig {
    let base = config();
    ProptestConfig { cases: base.cases.saturating_mul(5) / 4, ..base }
}

/// Whether serde_json reads `bytes` as JSON.
fn serde_reads(bytes: &[u8]) -> bool {
    serde_json::from_slice::<Value>(bytes).is_ok()
}

fn agree(bytes: &[u8]) -> Result<(), TestCaseError> {
    let ours = tape::read(bytes, SERDE_DEPTH);
    prop_assert_eq!(
        ours.is_ok(),
        serde_reads(bytes),
        "{:?} on {:?}",
        ours.err(),
        String::from_utf8_lossy(bytes)
    );
    if let Ok(tape) = ours {
        spans_hold_their_values(bytes, &tape)?;
    }
    // The public entry point on the same bytes: a `syntax` violation exactly when
    // serde_json refuses them, placed inside the text.
    let report = easemob_payload::validate_slice(bytes);
    let syntax: Vec<_> = report.violations().iter().filter(|v| v.rule == RuleCode::Syntax).collect();
    prop_assert_eq!(
        syntax.len(),
        usize::from(!serde_reads(bytes)),
        "{} on {:?}",
        report,
        String::from_utf8_lossy(bytes)
    );
    for v in syntax {
        prop_assert!(v.position().is_some_and(|p| p.offset <= bytes.len()));
    }
    Ok(())
}

/// Each scalar's span parses to itself, each container's span to a container of as
/// many direct children as the tape says, and subtree sizes add up.
fn spans_hold_their_values(bytes: &[u8], tape: &Tape) -> Result<(), TestCaseError> {
    prop_assert_eq!(tape.nodes[0].len as usize, tape.nodes.len(), "the root holds every node");
    for node in &tape.nodes {
        let text = &bytes[node.start as usize..node.end as usize];
        let parsed: Value =
            serde_json::from_slice(text).map_err(|e| TestCaseError::fail(format!("{e}: {node:?}")))?;
        let matches = match node.kind {
            Kind::Null => parsed.is_null(),
            Kind::True => parsed == Value::Bool(true),
            Kind::False => parsed == Value::Bool(false),
            Kind::Number => parsed.is_number(),
            Kind::String { escaped } | Kind::Key { escaped } => {
                parsed.is_string() && escaped == text.contains(&b'\\')
            }
            Kind::Array => parsed.is_array(),
            Kind::Object => parsed.is_object(),
        };
        prop_assert!(matches, "{:?} spans {:?}", node, String::from_utf8_lossy(text));
    }
    Ok(())
}

/// A byte-level change to a text, as files go wrong.
#[derive(Debug, Clone)]
enum Mutation {
    Insert(usize, u8),
    Delete(usize),
    Flip(usize, u8),
    Truncate(usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (
            any::<usize>(),
            prop_oneof![Just(b'"'), Just(b','), Just(b'}'), Just(b']'), Just(b'\\'), any::<u8>()]
        )
            .prop_map(|(at, b)| Mutation::Insert(at, b)),
        any::<usize>().prop_map(Mutation::Delete),
        (any::<usize>(), 0u8..8).prop_map(|(at, bit)| Mutation::Flip(at, bit)),
        any::<usize>().prop_map(Mutation::Truncate),
    ]
}

fn mutate(text: &mut Vec<u8>, m: &Mutation) {
    let at = |i: usize, len: usize| if len == 0 { 0 } else { i % len };
    match *m {
        Mutation::Insert(i, b) => text.insert(at(i, text.len() + 1), b),
        Mutation::Delete(i) if !text.is_empty() => {
            text.remove(at(i, text.len()));
        }
        Mutation::Flip(i, bit) if !text.is_empty() => {
            let i = at(i, text.len());
            text[i] ^= 1 << bit;
        }
        Mutation::Truncate(i) => text.truncate(at(i, text.len() + 1)),
        _ => {}
    }
}

proptest! {
    #![proptest_config(cases())]

    #[test]
    fn arbitrary_bytes(bytes in vec(any::<u8>(), 0..48)) {
        agree(&bytes)?;
    }

    #[test]
    fn arbitrary_json(input in value(), pretty in any::<bool>()) {
        let text = if pretty { serde_json::to_vec_pretty(&input) } else { serde_json::to_vec(&input) }.expect("serializes");
        agree(&text)?;
    }

    #[test]
    fn json_with_byte_mutations(input in value(), mutations in vec(mutation(), 1..4), pretty in any::<bool>()) {
        let mut text = if pretty { serde_json::to_vec_pretty(&input) } else { serde_json::to_vec(&input) }.expect("serializes");
        for m in &mutations {
            mutate(&mut text, m);
        }
        agree(&text)?;
    }

    /// Stored payloads going wrong byte by byte, through `validate_slice`.
    #[test]
    fn payloads_with_byte_mutations(g in messages(true), mutations in vec(mutation(), 1..4), pretty in any::<bool>()) {
        let mut text = if pretty { serde_json::to_vec_pretty(&g.value) } else { serde_json::to_vec(&g.value) }.expect("serializes");
        for m in &mutations {
            mutate(&mut text, m);
        }
        agree(&text)?;
    }

    #[test]
    fn json_like_text(parts in vec(prop_oneof![
        Just("{"), Just("}"), Just("["), Just("]"), Just(","), Just(":"), Just("\"a\""), Just("1"),
        Just("-0.5e3"), Just("true"), Just("null"), Just(" "), Just("\"\\u00e9\""), Just("\"\\ud83d\\ude00\""),
        Just("\"\\ud83d\""), Just("1e999"), Just("01"), Just("\"\t\""), Just("\u{feff}"),
    ], 0..24)) {
        agree(parts.concat().as_bytes())?;
    }
}

#[test]
fn nesting_is_read_with_its_own_stack_and_limited() {
    let deep = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n)).into_bytes();
    // serde_json's limit, on both sides of it.
    for n in [SERDE_DEPTH - 1, SERDE_DEPTH, SERDE_DEPTH + 1] {
        assert_eq!(tape::read(&deep(n), SERDE_DEPTH).is_ok(), serde_reads(&deep(n)), "{n} levels");
    }
    // 100,000 levels on a small stack: no recursion, so no overflow either way.
    let read = std::thread::Builder::new()
        .stack_size(64 * 1024)
        .spawn(move || {
            let text = deep(100_000);
            let limited = tape::read(&text, SERDE_DEPTH).map(|t| t.nodes.len());
            let unlimited = tape::read(&text, usize::MAX).map(|t| t.nodes.len());
            (limited.map_err(|e| e.problem), unlimited.map_err(|e| e.problem))
        })
        .expect("a thread")
        .join()
        .expect("no stack overflow");
    assert_eq!(read, (Err(Problem::TooDeep), Ok(100_000)));
}

#[test]
fn errors_say_what_and_where() {
    let problem =
        |text: &str| tape::read(text.as_bytes(), SERDE_DEPTH).map_err(|e| (e.problem, e.offset)).err();
    assert_eq!(problem(r#"{"a": 1,}"#), Some((Problem::UnexpectedByte, 8)));
    assert_eq!(problem(r#"{"a": 1"#), Some((Problem::UnexpectedEnd, 7)));
    assert_eq!(problem(r#"{"a": "x\u0001"}"#), None, "an escaped control character is fine");
    assert_eq!(problem("{\"a\": \"x\u{1}\"}"), Some((Problem::BadString, 8)));
    assert_eq!(problem(r#"["\ud800"]"#), Some((Problem::BadString, 8)));
    assert_eq!(problem("[1e400]"), Some((Problem::BadNumber, 1)));
    assert_eq!(problem("[1] 2"), Some((Problem::TrailingText, 4)));
    assert_eq!(problem(""), Some((Problem::UnexpectedEnd, 0)));
    assert_eq!(
        problem("\u{feff}{}"),
        Some((Problem::UnexpectedByte, 0)),
        "a byte-order mark is the caller's to strip"
    );
    let invalid_utf8 = tape::read(b"[\"\xff\"]", SERDE_DEPTH).map_err(|e| (e.problem, e.offset));
    assert_eq!(invalid_utf8, Err((Problem::BadString, 2)));
}
