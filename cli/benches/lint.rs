//! Throughput of the linter: one small file in memory, and a folder of small files
//! read from disk in parallel (the issue's target: 50,000 small files a second on
//! two cores, reading and parsing included).
//!
//! `cargo bench -p easemob-payload-cli --bench lint`

use std::hint::black_box;
use std::path::PathBuf;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use easemob_payload::Limits;
use easemob_payload_cli::source::SourceFile;
use easemob_payload_cli::{Options, lint_paths, lint_source, walk};

/// A typical small fixture (about 400 bytes).
const MESSAGE: &str = r#"{
  "from": "user1",
  "to": ["user2", "user3"],
  "type": "loc",
  "body": {
    "lat": "39.966",
    "lng": "116.322",
    "addr": "中国北京市海淀区中关村"
  },
  "ext": {
    "em_ignore_notification": true,
    "em_push_ext": {"title": "hello", "content": "world"}
  },
  "sync_device": true
}
"#;

/// Files in the folder benchmark.
const FILES: usize = 5_000;

fn in_memory(c: &mut Criterion) {
    let mut group = c.benchmark_group("one small file in memory");
    group.throughput(Throughput::Elements(1));
    group.bench_function("parse + scan", |b| {
        b.iter(|| {
            let file = SourceFile::new("bench.json", MESSAGE.as_bytes().to_vec());
            black_box(file.parse(false).messages.len())
        })
    });
    group.bench_function("serde_json::from_str alone", |b| {
        b.iter(|| {
            black_box(serde_json::from_str::<serde_json::Value>(black_box(MESSAGE)).map(|v| v.is_object()))
        })
    });
    group.bench_function("lint_source (parse, scan, validate, positions)", |b| {
        b.iter(|| {
            let file = SourceFile::new("bench.json", MESSAGE.as_bytes().to_vec());
            black_box(lint_source(&file, false, &Limits::DEFAULT).violations.len())
        })
    });
    let broken = MESSAGE.replace("\"39.966\"", "39.966").replace("user3", "User 3");
    group.bench_function("lint_source, 3 violations", |b| {
        b.iter(|| {
            let file = SourceFile::new("bench.json", broken.as_bytes().to_vec());
            black_box(lint_source(&file, false, &Limits::DEFAULT).violations.len())
        })
    });
    group.finish();
}

fn folder(c: &mut Criterion) {
    let dir = std::env::temp_dir().join(format!("easemob-payload-bench-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    for i in 0..FILES {
        let sub = dir.join(format!("d{}", i % 50));
        std::fs::create_dir_all(&sub).expect("bench folder");
        std::fs::write(sub.join(format!("m{i}.json")), MESSAGE).expect("bench file");
    }
    let paths = [dir.clone()];
    let files: Vec<PathBuf> =
        (0..FILES).map(|i| dir.join(format!("d{}", i % 50)).join(format!("m{i}.json"))).collect();
    let mut group = c.benchmark_group("folder of small files");
    group.throughput(Throughput::Elements(FILES as u64));
    group.sample_size(20);
    group.bench_function("lint_paths on the folder (walk, read, lint)", |b| {
        b.iter(|| {
            let run = lint_paths(&paths, &Options::default());
            assert_eq!(run.summary.valid, FILES);
            black_box(run.summary)
        })
    });
    group.bench_function("lint_paths on the file list (read, lint)", |b| {
        b.iter(|| black_box(lint_paths(&files, &Options::default()).summary))
    });
    // The parts, to see where the time goes.
    group.bench_function("walk only", |b| b.iter(|| black_box(walk::targets(&paths, false).0.len())));
    group.bench_function("read only (parallel)", |b| {
        b.iter(|| {
            use rayon::prelude::*;
            black_box(files.par_iter().map(|f| std::fs::read(f).map_or(0, |b| b.len())).sum::<usize>())
        })
    });
    group.finish();
    let _ = std::fs::remove_dir_all(&dir);
}

/// One 10 MB array of messages: parse, scan, validate and place every message (linear time).
fn huge_file(c: &mut Criterion) {
    let element = r#"{"from":"u1","to":["u2","u3"],"type":"loc","body":{"lat":"39.9","lng":"116.3","addr":"中国北京市海淀区中关村"},"ext":{"k":"v"}}"#;
    let count = 10_000_000 / (element.len() + 2);
    let text = format!("[\n{}\n]\n", vec![element; count].join(",\n"));
    let mut group = c.benchmark_group("one 10 MB file");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.sample_size(10);
    group.bench_function("lint_source", |b| {
        b.iter(|| {
            let file = SourceFile::new("huge.json", text.as_bytes().to_vec());
            let report = lint_source(&file, false, &Limits::DEFAULT);
            assert_eq!(report.messages, count);
            black_box(report.valid)
        })
    });
    group.finish();
}

criterion_group!(benches, in_memory, folder, huge_file);
criterion_main!(benches);
