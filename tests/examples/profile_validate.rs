//! A driver for profilers: validates the benchmark corpus (`benches/corpus/mod.rs`)
//! many times, so callgrind or perf see where `validate` spends its time.
//!
//! ```text
//! cargo build --profile bench -p easemob-payload-tests --example profile_validate
//! valgrind --tool=callgrind target/release/examples/profile_validate valid-large 200
//! callgrind_annotate callgrind.out.<pid>
//! ```
//!
//! Arguments: a group name (`valid-small`, `valid-large`, `invalid-small`,
//! `invalid-large`, or `all`, the default), a repeat count (default 1000), and
//! `typed` to validate the payloads deserialized into `Message`s (`Message::validate`)
//! instead of as JSON values, `text` to validate their text (`validate_str`), or
//! `parse` to parse their text only (`serde_json::from_str::<Value>`, the yardstick).
//! `stats` prints the corpus instead: sizes and violation counts.

#[path = "../../cli/benches/corpus/mod.rs"]
mod corpus;

use std::hint::black_box;

use corpus::Group;

fn main() {
    let mut args = std::env::args().skip(1);
    let which = args.next().unwrap_or_else(|| "all".to_owned());
    let repeat: usize = match args.next().map(|n| n.parse()) {
        None => 1000,
        Some(Ok(n)) => n,
        Some(Err(e)) => {
            eprintln!("the repeat count must be a number: {e}");
            std::process::exit(2);
        }
    };
    if which == "stats" {
        stats();
        return;
    }
    let groups: Vec<Group> = Group::ALL.into_iter().filter(|g| which == "all" || which == g.name()).collect();
    if groups.is_empty() {
        eprintln!(
            "no such group: {which} (valid-small, valid-large, invalid-small, invalid-large, all, stats)"
        );
        std::process::exit(2);
    }
    let payloads: Vec<_> = groups.into_iter().flat_map(corpus::group).collect();
    let mut violations = 0;
    let mode = args.next();
    if mode.as_deref() == Some("text") {
        for _ in 0..repeat {
            for p in &payloads {
                violations += black_box(easemob_payload::validate_str(black_box(&p.text))).violations().len();
            }
        }
        println!("{} text validations, {violations} violations", repeat * payloads.len());
        return;
    }
    if mode.as_deref() == Some("parse") {
        for _ in 0..repeat {
            for p in &payloads {
                let value: serde_json::Value = serde_json::from_str(black_box(&p.text)).expect("JSON");
                black_box(value);
            }
        }
        println!("{} parses", repeat * payloads.len());
        return;
    }
    if mode.as_deref() == Some("typed") {
        let messages: Vec<easemob_payload::Message> =
            payloads.iter().filter_map(|p| serde_json::from_value(p.value.clone()).ok()).collect();
        let limits = easemob_payload::Limits::DEFAULT;
        for _ in 0..repeat {
            for m in &messages {
                violations += black_box(black_box(m).validate(&limits)).violations().len();
            }
        }
        println!("{} typed validations, {violations} violations", repeat * messages.len());
        return;
    }
    for _ in 0..repeat {
        for p in &payloads {
            violations += black_box(easemob_payload::validate(black_box(&p.value))).violations().len();
        }
    }
    println!("{} validations, {violations} violations", repeat * payloads.len());
}

fn stats() {
    for group in Group::ALL {
        for p in corpus::group(group) {
            let report = easemob_payload::validate(&p.value);
            let counted = easemob_payload::size::body_and_ext_len(p.value.as_object().expect("an object"));
            println!(
                "{:<14} {:<7} {:>6} bytes, body+ext {:>5} bytes, {:>2} errors, {:>2} warnings",
                group.name(),
                p.kind,
                p.text.len(),
                counted,
                report.error_count(),
                report.warning_count()
            );
        }
    }
}
