//! Hostile input: a 50 MB file through the file linter. The size limit is found,
//! and memory stays within a few times the file size.
//!
//! One test in this binary on purpose: it measures the process's peak resident memory.

use easemob_payload::RuleCode;
use easemob_payload_tests::files::{lint_bytes, position_outside};
use easemob_payload_tests::hostile::peak_growth;

#[test]
#[cfg(target_os = "linux")]
fn a_50_mb_file_reports_max_bytes_within_a_few_times_its_size() {
    let text = "中文 \\\"quoted\\\" text\\n".repeat(50_000_000 / 24);
    let bytes =
        format!("{{\"to\": [\"u2\"], \"type\": \"txt\", \"body\": {{\"msg\": \"{text}\"}}}}").into_bytes();
    let size = bytes.len();
    assert!(size >= 49_000_000, "{size}");
    let ((file, report), growth) = peak_growth(|| lint_bytes("large.json", bytes));
    assert_eq!(position_outside(&file, &report), None);
    let rules: Vec<RuleCode> = report.violations.iter().map(|v| v.rule).collect();
    assert_eq!(rules, [RuleCode::MaxBytes]);
    // The file itself (moved in), its parsed message and the position index: a few times its size.
    assert!(growth <= 4 * size, "linting a {size}-byte file raised peak memory by {growth} bytes");
    eprintln!("linting {size} bytes raised peak RSS by {growth} bytes ({:.2}x)", growth as f64 / size as f64);
}
