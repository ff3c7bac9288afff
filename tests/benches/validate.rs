//! Our validator against the parse every caller pays and against a general JSON
//! Schema validator (`jsonschema` 0.61 on the emitted 2020-12 schema), on one
//! generated corpus (`corpus/mod.rs`): four groups of eight payloads, one per type.
//!
//! Per group, in the same run:
//! - `a-parse`: `serde_json::from_str::<Value>` of the text (and dropping the value);
//! - `b-validate`: `easemob_payload::validate(&value)`, every violation with its message;
//! - `c-jsonschema-is_valid`: `Validator::is_valid` (validator built once, outside the timing);
//! - `d-jsonschema-iter_errors`: `Validator::iter_errors(&value).count()`;
//! - `e-typed-validate` (valid groups): `Message::validate` on the payload deserialized
//!   into a typed `Message` (outside the timing);
//! - `f-text-validate`: `easemob_payload::validate_str(text)`, from the text, every
//!   violation with its position;
//! - `g-parse-is_valid`: `serde_json::from_str::<Value>` then `Validator::is_valid`:
//!   what a caller holding text pays for jsonschema's verdict.
//!
//! After the measurements the bench prints the ratios from this run's
//! estimates and whether each target is met.
//!
//! `cargo bench -p easemob-payload-tests --bench validate`

#[path = "../../cli/benches/corpus/mod.rs"]
mod corpus;

use std::hint::black_box;
use std::path::PathBuf;
use std::time::{Duration, SystemTime};

use corpus::{Group, Payload};
use criterion::{Criterion, Throughput};
use easemob_payload_schema::{Draft, schema};
use serde_json::Value;

const PARSE: &str = "a-parse";
const VALIDATE: &str = "b-validate";
const IS_VALID: &str = "c-jsonschema-is_valid";
const ITER_ERRORS: &str = "d-jsonschema-iter_errors";
const TYPED: &str = "e-typed-validate";
const TEXT: &str = "f-text-validate";
const PARSE_IS_VALID: &str = "g-parse-is_valid";

/// Checks the corpus says what its group says, by both validators.
fn check_corpus(group: Group, payloads: &[Payload], validator: &jsonschema::Validator) {
    for p in payloads {
        let report = easemob_payload::validate(&p.value);
        assert_eq!(report.is_valid(), group.valid, "{} {}: {report}", group.name(), p.kind);
        let from_text = easemob_payload::validate_str(&p.text);
        assert_eq!(from_text.to_string(), report.to_string(), "{} {}: validate_str", group.name(), p.kind);
        assert_eq!(validator.is_valid(&p.value), group.valid, "{} {}: jsonschema", group.name(), p.kind);
        if group.valid {
            assert!(report.is_empty(), "{} {}: warnings in a valid payload: {report}", group.name(), p.kind);
        }
    }
}

fn bench_group(c: &mut Criterion, group: Group, validator: &jsonschema::Validator) {
    let payloads = corpus::group(group);
    check_corpus(group, &payloads, validator);
    let mut g = c.benchmark_group(group.name());
    g.throughput(Throughput::Elements(payloads.len() as u64));
    g.bench_function(PARSE, |b| {
        b.iter(|| {
            for p in &payloads {
                black_box(serde_json::from_str::<Value>(black_box(&p.text)).is_ok());
            }
        })
    });
    g.bench_function(VALIDATE, |b| {
        b.iter(|| {
            for p in &payloads {
                black_box(easemob_payload::validate(black_box(&p.value)));
            }
        })
    });
    g.bench_function(IS_VALID, |b| {
        b.iter(|| {
            for p in &payloads {
                black_box(validator.is_valid(black_box(&p.value)));
            }
        })
    });
    g.bench_function(ITER_ERRORS, |b| {
        b.iter(|| {
            for p in &payloads {
                black_box(validator.iter_errors(black_box(&p.value)).count());
            }
        })
    });
    g.bench_function(TEXT, |b| {
        b.iter(|| {
            for p in &payloads {
                black_box(easemob_payload::validate_str(black_box(&p.text)));
            }
        })
    });
    g.bench_function(PARSE_IS_VALID, |b| {
        b.iter(|| {
            for p in &payloads {
                let value = serde_json::from_str::<Value>(black_box(&p.text)).expect("JSON");
                black_box(validator.is_valid(&value));
            }
        })
    });
    if group.valid {
        let typed: Vec<easemob_payload::Message> = payloads
            .iter()
            .map(|p| serde_json::from_value(p.value.clone()).expect("a valid payload deserializes"))
            .collect();
        let limits = easemob_payload::Limits::DEFAULT;
        g.bench_function(TYPED, |b| {
            b.iter(|| {
                for m in &typed {
                    black_box(black_box(m).validate(&limits));
                }
            })
        });
    }
    g.finish();
}

/// Where criterion writes its estimates (the rules of `criterion::Criterion::default`,
/// except that the target folder is found from this executable, not `cargo metadata`).
fn criterion_home() -> PathBuf {
    if let Some(home) = std::env::var_os("CRITERION_HOME") {
        return home.into();
    }
    if let Some(target) = std::env::var_os("CARGO_TARGET_DIR") {
        return PathBuf::from(target).join("criterion");
    }
    let exe = std::env::current_exe().unwrap_or_default();
    // <target>/<profile>/deps/validate-<hash>
    exe.ancestors().nth(3).map(|target| target.join("criterion")).unwrap_or_else(|| "target/criterion".into())
}

/// The mean time of one iteration (all eight payloads), if measured in this run.
fn mean_ns(group: Group, function: &str, since: SystemTime) -> Option<f64> {
    let file = criterion_home().join(group.name()).join(function).join("new/estimates.json");
    let fresh = std::fs::metadata(&file).and_then(|m| m.modified()).is_ok_and(|t| t >= since);
    if !fresh {
        return None;
    }
    let estimates: Value = serde_json::from_slice(&std::fs::read(&file).ok()?).ok()?;
    estimates["mean"]["point_estimate"].as_f64()
}

/// Prints per-payload means and the ratios for every group measured in this run.
fn print_ratios(since: SystemTime) {
    println!("\nPer payload (mean of the group's 8), ratios from this run:");
    println!(
        "| group | parse (a) | validate (b) | is_valid (c) | iter_errors (d) | typed (e) | b/a | b/c | b/d | e/b | targets |"
    );
    println!("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
    for group in Group::ALL {
        let times: Option<Vec<f64>> = [PARSE, VALIDATE, IS_VALID, ITER_ERRORS]
            .iter()
            .map(|f| mean_ns(group, f, since).map(|ns| ns / corpus::TYPES.len() as f64))
            .collect();
        let Some(t) = times else { continue };
        let (a, b, c, d) = (t[0], t[1], t[2], t[3]);
        let e = mean_ns(group, TYPED, since).map(|ns| ns / corpus::TYPES.len() as f64);
        // The compile-the-model issue's targets.
        let verdict = |met: bool| if met { "met" } else { "MISSED" };
        let target = if group.valid {
            let typed = e.map_or("not measured".to_owned(), |e| verdict(e <= 0.5 * b).to_owned());
            format!(
                "b/c <= 0.5: {}; b/a <= 0.25: {}; e/b <= 0.5: {typed}",
                verdict(b <= 0.5 * c),
                verdict(b <= 0.25 * a)
            )
        } else {
            format!("b/d <= 0.5: {}", verdict(b <= 0.5 * d))
        };
        let (e_time, e_ratio) =
            e.map_or(("—".to_owned(), "—".to_owned()), |e| (human(e), format!("{:.3}", e / b)));
        println!(
            "| {} | {} | {} | {} | {} | {e_time} | {:.3} | {:.3} | {:.3} | {e_ratio} | {target} |",
            group.name(),
            human(a),
            human(b),
            human(c),
            human(d),
            b / a,
            b / c,
            b / d
        );
    }
}

/// The text issue's ratios: `validate_str` against parsing alone and against parsing
/// plus jsonschema's verdict.
fn print_text_ratios(since: SystemTime) {
    println!("\nFrom text, per payload, ratios from this run:");
    println!("| group | parse (a) | parse + is_valid (g) | validate_str (f) | f/a | f/g | targets |");
    println!("|---|---:|---:|---:|---:|---:|---|");
    for group in Group::ALL {
        let times: Option<Vec<f64>> = [PARSE, PARSE_IS_VALID, TEXT]
            .iter()
            .map(|f| mean_ns(group, f, since).map(|ns| ns / corpus::TYPES.len() as f64))
            .collect();
        let Some(t) = times else { continue };
        let (a, g, f) = (t[0], t[1], t[2]);
        let verdict = |met: bool| if met { "met" } else { "MISSED" };
        let mut target = format!("f/a <= 1.0: {}", verdict(f <= a));
        if group.valid {
            target.push_str(&format!("; f/g <= 0.4: {}", verdict(f <= 0.4 * g)));
        }
        println!(
            "| {} | {} | {} | {} | {:.3} | {:.3} | {target} |",
            group.name(),
            human(a),
            human(g),
            human(f),
            f / a,
            f / g
        );
    }
}

fn human(ns: f64) -> String {
    if ns >= 1_000_000.0 {
        format!("{:.2} ms", ns / 1_000_000.0)
    } else if ns >= 1_000.0 {
        format!("{:.2} µs", ns / 1_000.0)
    } else {
        format!("{ns:.0} ns")
    }
}

fn main() {
    let started = SystemTime::now();
    let validator =
        jsonschema::draft202012::new(&schema(Draft::Draft202012)).expect("the emitted schema compiles");
    // About 2.5 s per function, 16 functions: the whole bench takes under a minute.
    let mut c = Criterion::default()
        .sample_size(30)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
        .configure_from_args();
    for group in Group::ALL {
        bench_group(&mut c, group, &validator);
    }
    c.final_summary();
    print_ratios(started);
    print_text_ratios(started);
}
