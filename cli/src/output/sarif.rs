//! SARIF 2.1.0, as GitHub code scanning accepts it (`github/codeql-action/upload-sarif`).
//!
//! One run; `tool.driver.rules` lists every rule code with its help text (from
//! [`crate::explain`]); each result names its rule, level, message and the
//! file's relative path with the line and column. Columns count Unicode code
//! points, which SARIF states with `columnKind: "unicodeCodePoints"`.

use std::io::{self, Write};

use easemob_payload::{Lang, RuleCode, Severity};
use serde_json::{Value, json};

use super::spill::{self, Failure, Kept, write_out};
use crate::explain;
use crate::lint::FileReport;
use crate::walk::ReadError;

/// Where SARIF 2.1.0's schema is published (OASIS errata 01).
pub const SCHEMA_URI: &str =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

/// The results of one file.
pub fn results(report: &FileReport) -> Vec<Value> {
    let uri = uri(&report.name);
    report
        .violations
        .iter()
        .map(|v| {
            let mut text = v.message();
            if let Some(hint) = &v.hint() {
                text.push_str("\nhelp: ");
                text.push_str(hint);
            }
            let path = if v.path.is_empty() { "\"\"" } else { &v.path };
            json!({
                "ruleId": v.rule.as_str(),
                "ruleIndex": rule_index(v.rule),
                "level": level(v.severity),
                "message": { "text": text },
                "locations": [{
                    "physicalLocation": {
                        "artifactLocation": { "uri": uri },
                        "region": { "startLine": v.line, "startColumn": v.column }
                    },
                    "logicalLocations": [{
                        "fullyQualifiedName": if report.multi { format!("[{}]{path}", v.index) } else { path.to_owned() },
                        "kind": "element"
                    }]
                }],
                "properties": { "index": v.index, "path": v.path }
            })
        })
        .collect()
}

/// The whole log, pretty-printed, with a final newline. Paths that could not be
/// read become tool execution notifications, and make the execution unsuccessful.
pub fn document(results: Vec<Value>, unreadable: &[ReadError], lang: Lang) -> String {
    let rules: Vec<Value> = RuleCode::ALL.iter().map(|&rule| rule_descriptor(rule, lang)).collect();
    let notifications: Vec<Value> = unreadable
        .iter()
        .map(|e| {
            json!({
                "level": "error",
                "message": { "text": e.to_string() },
                "locations": [{ "physicalLocation": { "artifactLocation": { "uri": uri(&e.name) } } }]
            })
        })
        .collect();
    let log = json!({
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [{
            "tool": {
                "driver": {
                    "name": "easemob-payload",
                    "semanticVersion": env!("CARGO_PKG_VERSION"),
                    "informationUri": env!("CARGO_PKG_REPOSITORY"),
                    "rules": rules
                }
            },
            "invocations": [{
                "executionSuccessful": unreadable.is_empty(),
                "toolExecutionNotifications": notifications
            }],
            "columnKind": "unicodeCodePoints",
            "language": match lang { Lang::Zh => "zh-CN", _ => "en-US" },
            "results": results
        }]
    });
    let mut text = serde_json::to_string_pretty(&log).unwrap_or_default();
    text.push('\n');
    text
}

/// One file's results as [`document`] writes them (empty when it has none): rendered
/// where the file is linted, in parallel, and kept in a [`Spill`](super::spill::Spill) until [`finish`]
/// writes them into the log.
pub fn entries(report: &FileReport) -> io::Result<String> {
    // A result sits four levels deep: log, `runs`, the run, `results`.
    spill::entries(results(report).into_iter(), 4)
}

/// Writes [`document`] with the results kept, once the unreadable paths (the
/// invocation, which comes before the results) are known. The bytes are [`document`]'s.
pub fn finish(kept: Kept, unreadable: &[ReadError], lang: Lang, out: &mut dyn Write) -> Result<(), Failure> {
    // The log without results, and the results written where its empty list is:
    // the one place the text holds this line (quotes inside strings are escaped).
    let log = document(Vec::new(), unreadable, lang);
    if kept.is_empty() {
        return write_out(out, log.as_bytes());
    }
    const EMPTY: &str = "\n      \"results\": []";
    let Some(at) = log.find(EMPTY) else {
        return Err(Failure::Kept(io::Error::other("the SARIF log has no list of results to fill")));
    };
    let open = at + EMPTY.len() - 1;
    write_out(out, &log.as_bytes()[..open])?;
    write_out(out, b"\n")?;
    kept.copy_to(out)?;
    write_out(out, b"\n      ")?;
    write_out(out, &log.as_bytes()[open..])
}

fn rule_descriptor(rule: RuleCode, lang: Lang) -> Value {
    let e = explain::explanation(rule);
    let severity = rule.default_severity();
    json!({
        "id": rule.as_str(),
        "name": explain::pascal_case(rule),
        "shortDescription": { "text": e.rule.summary(lang) },
        "fullDescription": { "text": e.meaning.render(lang) },
        "help": { "text": explain::help_text(e, lang), "markdown": explain::help_markdown(e, lang) },
        "defaultConfiguration": { "level": level(severity) },
        "properties": { "tags": ["easemob", "im-payload"] }
    })
}

fn rule_index(rule: RuleCode) -> usize {
    RuleCode::ALL.iter().position(|&r| r == rule).unwrap_or(0)
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}

/// A relative URI reference for a report name: `./` dropped, an absolute path
/// made relative to the working folder where it lies inside it (else a `file://`
/// URI), and every byte outside RFC 3986's unreserved set and `/` percent-encoded.
pub fn uri(name: &str) -> String {
    let mut path = name.trim_start_matches("./").to_owned();
    let mut absolute = path.starts_with('/');
    if absolute {
        let cwd = std::env::current_dir().map(|d| crate::walk::display(&d)).unwrap_or_default();
        if let Some(rest) = path.strip_prefix(cwd.as_str()).and_then(|r| r.strip_prefix('/')) {
            path = rest.to_owned();
            absolute = false;
        }
    }
    let mut out = String::with_capacity(path.len());
    if absolute {
        out.push_str("file://");
    }
    for byte in path.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~' | b'/') {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uris_are_relative_and_encoded() {
        assert_eq!(uri("./examples/broken/a b.json"), "examples/broken/a%20b.json");
        assert_eq!(uri("fixtures/中.json"), "fixtures/%E4%B8%AD.json");
        assert_eq!(uri("<stdin>"), "%3Cstdin%3E");
        let cwd = crate::walk::display(&std::env::current_dir().unwrap());
        assert_eq!(uri(&format!("{cwd}/x/y.json")), "x/y.json");
        assert_eq!(uri("/elsewhere-xyz/y.json"), "file:///elsewhere-xyz/y.json");
    }

    #[test]
    fn the_streamed_log_is_the_whole_log_byte_for_byte() {
        let data = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
        for (lang, missing) in [(Lang::En, false), (Lang::Zh, true)] {
            let mut paths = vec![data.clone()];
            if missing {
                paths.push("no/such/folder".into());
            }
            let run = crate::lint_paths(&paths, &crate::Options { lang, ..Default::default() });
            assert_eq!(run.unreadable.is_empty(), !missing);
            let mut spill = super::super::spill::Spill::default();
            for report in &run.reports {
                spill.push(&entries(report).unwrap()).unwrap();
            }
            let mut out = Vec::new();
            finish(spill.keep().unwrap(), &run.unreadable, lang, &mut out).unwrap();
            let whole = document(run.reports.iter().flat_map(results).collect(), &run.unreadable, lang);
            assert!(whole.matches("\"ruleId\"").count() > 1);
            assert_eq!(String::from_utf8(out).unwrap(), whole);
        }
        let mut out = Vec::new();
        finish(super::super::spill::Spill::default().keep().unwrap(), &[], Lang::En, &mut out).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), document(Vec::new(), &[], Lang::En));
    }
}
