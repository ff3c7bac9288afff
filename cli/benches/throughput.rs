//! The linter targets: at least 50,000 small fixture files a second on this
//! two-core machine, reading and parsing included, with memory flat in the number of files.
//!
//! The bench writes a folder of small fixtures (the eight types, one in ten
//! invalid, pretty-printed as fixtures are) generated from the fixed seed of the
//! validator bench's corpus (`cli/benches/corpus`, which the validator bench in `tests/` shares), then:
//! - criterion measures a whole lint of a 10,000-file folder as the command line
//!   runs it: walk, read, parse, validate, render the human report per file, sum up;
//! - a counting allocator measures the peak heap above the starting point during
//!   that lint of 10,000 and of 100,000 files, and `/proc/self/status` the peak RSS.
//!
//! Files are read from the page cache (the folder was just written): this measures
//! the linter, not the disk.
//!
//! `cargo bench -p easemob-payload-cli --bench throughput`

#![allow(unsafe_code)] // a global allocator is unsafe by definition

#[path = "corpus/mod.rs"]
mod corpus;

use std::alloc::{GlobalAlloc, Layout, System};
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicIsize, Ordering};
use std::time::{Duration, Instant};

use corpus::{Group, Rng, Size, TYPES};
use criterion::{Criterion, Throughput};
use easemob_payload_cli::output::human::{HumanStyle, render_file};
use easemob_payload_cli::{Options, Outcome, Summary, lint_each};

/// Counts live heap bytes while armed, and the peak of that count.
struct Counting;

static ARMED: AtomicBool = AtomicBool::new(false);
static LIVE: AtomicIsize = AtomicIsize::new(0);
static PEAK: AtomicIsize = AtomicIsize::new(0);

// SAFETY: forwards every call to the system allocator unchanged; it only counts.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        grow(layout.size() as isize);
        // SAFETY: same contract as the caller's.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        grow(-(layout.size() as isize));
        // SAFETY: same contract as the caller's.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        grow(new_size as isize - layout.size() as isize);
        // SAFETY: same contract as the caller's.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// Unarmed (during the timing), one relaxed load per allocation.
fn grow(bytes: isize) {
    if ARMED.load(Ordering::Relaxed) {
        let live = LIVE.fetch_add(bytes, Ordering::Relaxed) + bytes;
        PEAK.fetch_max(live, Ordering::Relaxed);
    }
}

/// Files in the timed folder.
const TIMED_FILES: usize = 10_000;
/// The folder sizes compared for memory.
const MEMORY_FILES: [usize; 2] = [10_000, 100_000];

/// Writes `count` small fixtures under `dir` (100 files a folder); one in ten is invalid.
fn write_corpus(dir: &Path, count: usize) {
    let mut rng = Rng(corpus::SEED);
    corpus::write_folder(dir, count, |i| {
        let valid = i % 10 != 9;
        corpus::payload(&mut rng, TYPES[i % TYPES.len()], Group { valid, size: Size::Small })
    });
}

/// A whole lint as `easemob-payload lint <dir>` runs it (human format, no colour),
/// minus writing the text to a terminal.
fn lint_folder(dir: &Path) -> Summary {
    let style = HumanStyle { color: false, ..Default::default() };
    let mut summary = Summary::default();
    let mut bytes = 0;
    lint_each(
        &[dir.to_path_buf()],
        &Options::default(),
        |file, report| render_file(file, report, &style),
        |outcome| {
            if let Outcome::Linted(report, text) = outcome {
                summary.add(&report);
                bytes += text.len();
            }
        },
    );
    black_box(bytes);
    summary
}

fn status_kb(field: &str) -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with(field))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// Peak heap above the start and peak RSS of one lint of `count` files.
fn memory(root: &Path, count: usize) {
    let dir = root.join(format!("memory-{count}"));
    write_corpus(&dir, count);
    // Resets the peak RSS (VmHWM) to the current RSS (Linux >= 4.0); ignored elsewhere.
    let _ = std::fs::write("/proc/self/clear_refs", "5");
    let rss_before = status_kb("VmRSS:");
    LIVE.store(0, Ordering::Relaxed);
    PEAK.store(0, Ordering::Relaxed);
    ARMED.store(true, Ordering::Relaxed);
    let started = Instant::now();
    let summary = lint_folder(&dir);
    let took = started.elapsed();
    ARMED.store(false, Ordering::Relaxed);
    let peak_heap = PEAK.load(Ordering::Relaxed);
    let hwm = status_kb("VmHWM:");
    assert_eq!(summary.files, count);
    println!(
        "memory: {count:>7} files in {:>6.0} ms ({:>6.0} files/s, counting allocator armed): peak heap +{:.2} MiB ({:.0} B/file); RSS {} KiB before, peak {} KiB",
        took.as_secs_f64() * 1e3,
        count as f64 / took.as_secs_f64(),
        peak_heap as f64 / (1024.0 * 1024.0),
        peak_heap as f64 / count as f64,
        rss_before.map_or("?".to_owned(), |kb| kb.to_string()),
        hwm.map_or("?".to_owned(), |kb| kb.to_string()),
    );
    let _ = std::fs::remove_dir_all(&dir);
}

fn main() {
    let mut c = Criterion::default()
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(5))
        .configure_from_args();
    let root = std::env::temp_dir().join(format!("easemob-payload-throughput-{}", std::process::id()));
    let dir: PathBuf = root.join("timed");
    write_corpus(&dir, TIMED_FILES);
    let expected = lint_folder(&dir);
    assert_eq!((expected.files, expected.messages), (TIMED_FILES, TIMED_FILES));
    assert_eq!(expected.valid, TIMED_FILES - TIMED_FILES / 10, "one file in ten is invalid");

    let mut group = c.benchmark_group("linter");
    group.throughput(Throughput::Elements(TIMED_FILES as u64));
    group.bench_function("lint a folder of 10000 small files (walk, read, parse, validate, render)", |b| {
        b.iter(|| assert_eq!(lint_folder(&dir), expected))
    });
    group.finish();
    c.final_summary();

    // Memory only when measuring (not under `cargo test --benches` / `--test`).
    if std::env::args().any(|a| a == "--bench") {
        for count in MEMORY_FILES {
            memory(&root, count);
        }
    }
    let _ = std::fs::remove_dir_all(&root);
}
