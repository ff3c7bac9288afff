//! The linter as CI runs it, whole process, against `ajv-cli` 5 on the same files
//! and the emitted schema (the text issue's target: at least 15 times the files per
//! second), and the linter's peak RSS at 10,000 and 100,000 files.
//!
//! The corpus is stored fixtures as teams keep them (`corpus::fixture`): pretty-printed
//! files of 1–3 KB of text and members (more with a long recipient list: 3.8 KB on
//! average), one in three with 10–600 recipients, three in ten invalid, in
//! folders of 100. Both tools read every file from the page cache (the folder was
//! just written) and write their full report to a pipe nobody reads (`/dev/null`):
//! - `easemob-payload lint <dir>` (this build's binary), in the default human format
//!   and with `--format json` and `--format sarif`;
//! - `ajv validate --spec=draft2020 --all-errors --strict=false --errors=json -s
//!   <schema> -d '<dir>/**/*.json'`: every error of every file, as our linter reports
//!   them (`--strict=false`: the schema's `markdownDescription` is not an ajv keyword).
//!
//! ajv-cli is installed with npm into `<target>/bench-tools` on the first run; without
//! npm the comparison is skipped and said so. Each command runs three times,
//! alternating, and the median counts. Peak RSS comes from `/usr/bin/time -f %M`.
//!
//! `cargo bench -p easemob-payload-cli --bench versus_ajv`

#[path = "corpus/mod.rs"]
mod corpus;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use corpus::Rng;

const FILES: usize = 10_000;
const MANY_FILES: usize = 100_000;
const RUNS: usize = 3;

/// Writes `count` fixtures; returns how many are valid and the total size in bytes.
fn write_corpus(dir: &Path, count: usize) -> (usize, usize) {
    let mut rng = Rng(corpus::SEED ^ 0xf1f7);
    let mut valid = 0;
    let bytes = corpus::write_folder(dir, count, |i| {
        let (value, is_valid) = corpus::fixture(&mut rng, i);
        valid += usize::from(is_valid);
        value
    });
    (valid, bytes)
}

/// Wall time of one run of `command`, its output thrown away; the exit code too.
fn time(command: &mut Command) -> (Duration, Option<i32>) {
    let started = Instant::now();
    let status = command.stdout(Stdio::null()).stderr(Stdio::null()).status().expect("the command starts");
    (started.elapsed(), status.code())
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

/// The formats timed: the default (human, written file by file), and JSON and SARIF
/// (documents whose head is known only at the end: their entries wait in a
/// temporary file).
const FORMATS: [&str; 3] = ["human", "json", "sarif"];

fn ours(dir: &Path, format: &str) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_easemob-payload"));
    command.arg("lint").arg(dir).args(["--format", format]);
    command
}

/// Installs ajv-cli 5 (once) and returns its entry point, or why it could not.
fn ajv_cli(tools: &Path) -> Result<PathBuf, String> {
    let bin = tools.join("node_modules/ajv-cli/dist/index.js");
    if bin.exists() {
        return Ok(bin);
    }
    std::fs::create_dir_all(tools).map_err(|e| e.to_string())?;
    eprintln!("installing ajv-cli 5 with npm into {}", tools.display());
    let status = Command::new("npm")
        .args(["install", "--no-audit", "--no-fund", "--silent", "--prefix"])
        .arg(tools)
        .arg("ajv-cli@5")
        .status()
        .map_err(|e| format!("npm: {e}"))?;
    if !status.success() || !bin.exists() {
        return Err(format!("npm install ajv-cli@5 failed ({status})"));
    }
    Ok(bin)
}

fn ajv(bin: &Path, schema: &Path, dir: &Path) -> Command {
    let mut command = Command::new("node");
    command.arg(bin).args([
        "validate",
        "--spec=draft2020",
        "--all-errors",
        "--strict=false",
        "--errors=json",
        "-s",
    ]);
    command.arg(schema).arg("-d").arg(format!("{}/**/*.json", dir.display()));
    command
}

/// Peak RSS in KiB of one run, as `/usr/bin/time` reports it.
fn peak_rss_kib(command: Command) -> Option<u64> {
    let program = command.get_program().to_owned();
    let args: Vec<_> = command.get_args().map(|a| a.to_owned()).collect();
    let output = Command::new("/usr/bin/time")
        .args(["-f", "%M"])
        .arg(program)
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .output()
        .ok()?;
    String::from_utf8_lossy(&output.stderr).lines().last()?.trim().parse().ok()
}

fn main() {
    // `cargo test --benches` builds and runs benches once: measure only under `cargo bench`.
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    let target = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target");
    let root = std::env::temp_dir().join(format!("easemob-payload-versus-ajv-{}", std::process::id()));
    let dir = root.join("fixtures");
    let (valid, bytes) = write_corpus(&dir, FILES);
    println!(
        "corpus: {FILES} files, {valid} valid, {:.1} MB ({:.0} bytes a file on average)",
        bytes as f64 / 1e6,
        bytes as f64 / FILES as f64
    );
    let schema = root.join("easemob-message.schema.json");
    let text =
        serde_json::to_string(&easemob_payload_schema::schema(easemob_payload_schema::Draft::Draft202012))
            .expect("the schema serializes");
    std::fs::write(&schema, text).expect("write the schema");

    let (_, code) = time(&mut ours(&dir, "human"));
    assert_eq!(code, Some(1), "some fixtures are invalid: the lint exits 1");
    let ajv_bin = ajv_cli(&target.join("bench-tools/ajv-cli"));
    let mut our_times = vec![Vec::new(); FORMATS.len()];
    let mut ajv_times = Vec::new();
    for _ in 0..RUNS {
        for (format, times) in FORMATS.iter().zip(&mut our_times) {
            times.push(time(&mut ours(&dir, format)).0);
        }
        if let Ok(bin) = &ajv_bin {
            let (took, code) = time(&mut ajv(bin, &schema, &dir));
            assert_eq!(code, Some(1), "ajv-cli finds invalid files (exit 1), and ran");
            ajv_times.push(took);
        }
    }
    let per_second = |d: Duration| FILES as f64 / d.as_secs_f64();
    let ajv_median = ajv_bin.as_ref().ok().map(|_| median(ajv_times));
    for (format, times) in FORMATS.iter().zip(our_times) {
        let ours_median = median(times);
        let versus = ajv_median.map_or_else(String::new, |ajv| {
            format!(
                "; {:.1}x ajv-cli's files per second (target: 15x)",
                ajv.as_secs_f64() / ours_median.as_secs_f64()
            )
        });
        println!(
            "easemob-payload lint --format {format}: {:.3} s for {FILES} files ({:.0} files/s){versus}",
            ours_median.as_secs_f64(),
            per_second(ours_median)
        );
    }
    match (ajv_median, ajv_bin) {
        (Some(ajv), _) => {
            println!("ajv-cli 5 --all-errors: {:.3} s ({:.0} files/s)", ajv.as_secs_f64(), per_second(ajv))
        }
        (None, Err(why)) => println!("ajv-cli not measured: {why}"),
        (None, Ok(_)) => {}
    }

    let many = root.join("many");
    write_corpus(&many, MANY_FILES);
    for format in FORMATS {
        let small = peak_rss_kib(ours(&dir, format));
        let started = Instant::now();
        let large = peak_rss_kib(ours(&many, format));
        let took = started.elapsed();
        match (small, large) {
            (Some(small), Some(large)) => println!(
                "peak RSS, --format {format}: {small} KiB at {FILES} files, {large} KiB at {MANY_FILES} files ({:.2}x; target at most 1.2x); {MANY_FILES} files in {:.2} s",
                large as f64 / small as f64,
                took.as_secs_f64()
            ),
            _ => println!("peak RSS not measured (no /usr/bin/time)"),
        }
    }
    if std::env::var_os("VERSUS_AJV_KEEP").is_some() {
        println!("kept the corpus in {}", root.display());
    } else {
        let _ = std::fs::remove_dir_all(&root);
    }
}
