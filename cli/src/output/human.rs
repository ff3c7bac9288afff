//! rustc-style diagnostics: the source line, a caret under the offending value, the hint as `help:`.

use std::collections::BTreeMap;
use std::fmt::Write;

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};
use easemob_payload::{Lang, RuleCode, Severity};

use crate::lint::{FileReport, FileViolation};
use crate::run::Summary;
use crate::source::SourceFile;

/// Lines longer than this (minified files) are cut to a window around the value,
/// so rendering costs the same on a 50 MB line as on a short one.
const LONG_LINE: usize = 512;
/// Characters kept before the value in a cut line.
const WINDOW_BEFORE: usize = 40;
/// Characters kept from the value on in a cut line.
const WINDOW_AFTER: usize = 80;

/// How the human format looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HumanStyle {
    /// ANSI colours.
    pub color: bool,
    /// Diagnostics shown per rule per file; the rest are counted in one line.
    pub per_rule: usize,
    /// The language of the labels around the messages.
    pub lang: Lang,
}

impl Default for HumanStyle {
    fn default() -> Self {
        HumanStyle { color: false, per_rule: 20, lang: Lang::En }
    }
}

/// The diagnostics of one file, each followed by a blank line; `""` for a clean file.
pub fn render_file(file: &SourceFile, report: &FileReport, style: &HumanStyle) -> String {
    let renderer = if style.color { Renderer::styled() } else { Renderer::plain() };
    let mut out = String::new();
    let mut shown: BTreeMap<RuleCode, usize> = BTreeMap::new();
    for v in &report.violations {
        let count = shown.entry(v.rule).or_default();
        *count += 1;
        if *count > style.per_rule {
            continue;
        }
        out.push_str(&render_one(&renderer, file, report, v, style.lang));
        out.push_str("\n\n");
    }
    for (rule, count) in shown {
        if count > style.per_rule {
            let more = count - style.per_rule;
            let noun = if more == 1 { "violation" } else { "violations" };
            let _ = match style.lang {
                Lang::Zh => writeln!(
                    out,
                    "note: {} 中还有 {} 条 `{rule}` 违规未列出（`--format json` 会全部列出）\n",
                    report.name,
                    thousands(more)
                ),
                _ => writeln!(
                    out,
                    "note: ... and {} more `{rule}` {noun} in {} (`--format json` lists them all)\n",
                    thousands(more),
                    report.name
                ),
            };
        }
    }
    out
}

fn render_one(
    renderer: &Renderer,
    file: &SourceFile,
    report: &FileReport,
    v: &FileViolation,
    lang: Lang,
) -> String {
    let (stopped, message_word, help) = match lang {
        Lang::Zh => ("解析器在此处停止", "消息", Level::HELP.with_name("提示")),
        _ => ("the parser stopped here", "message", Level::HELP),
    };
    let level = match v.severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
    };
    let line = file.line_text(v.line);
    let (text, span, cut) = window(line, v.column);
    let shown_column = text[..span.start].chars().count() + 1;
    let path = if v.path.is_empty() { "\"\"" } else { v.path.as_str() };
    let place = if v.rule == RuleCode::Syntax { stopped } else { path };
    let label = if report.multi { format!("{message_word} {}: {place}", v.index) } else { place.to_owned() };
    let snippet = Snippet::source(text.as_str())
        .line_start(v.line)
        .path(report.name.as_str())
        .annotation(AnnotationKind::Primary.span(span).label(label));
    let message = v.message();
    let mut group = level.primary_title(message.as_str()).id(v.rule.as_str()).element(snippet);
    if let Some(hint) = &v.hint() {
        group = group.element(help.message(annotate_snippets::normalize_untrusted_str(hint)));
    }
    let rendered = renderer.render(&[group as Group<'_>]);
    if !cut {
        return rendered;
    }
    // annotate-snippets counts the column in the cut line; put back the real one.
    let wrong = format!("{}:{}:{shown_column}", report.name, v.line);
    let right = format!("{}:{}:{}", report.name, v.line, v.column);
    rendered.replacen(&wrong, &right, 1)
}

/// The text to show for a line, the byte range under the value at 1-based
/// `column`, and whether the line was cut.
fn window(line: &str, column: usize) -> (String, std::ops::Range<usize>, bool) {
    let at = line.char_indices().nth(column.saturating_sub(1)).map_or(line.len(), |(i, _)| i);
    let len = token_len(&line[at..]);
    if line.len() <= LONG_LINE {
        return (line.to_owned(), at..at + len, false);
    }
    let start = line[..at].char_indices().rev().nth(WINDOW_BEFORE - 1).map_or(0, |(i, _)| i);
    let end = line[at..].char_indices().nth(WINDOW_AFTER).map_or(line.len(), |(i, _)| at + i);
    let mut text = String::new();
    if start > 0 {
        text.push_str("...");
    }
    let shift = text.len();
    text.push_str(&line[start..end]);
    if end < line.len() {
        text.push_str("...");
    }
    let from = shift + at - start;
    (text, from..(from + len).min(shift + end - start), true)
}

/// Bytes of the JSON value that starts `rest`, when it ends on this line: a string,
/// a scalar, or a bracket pair; else the opening bracket alone.
fn token_len(rest: &str) -> usize {
    let bytes = rest.as_bytes();
    match bytes.first() {
        None => 0,
        Some(b'"') => string_len(bytes).unwrap_or(rest.len()),
        Some(b'{' | b'[') => container_len(bytes).unwrap_or(1),
        Some(_) => bytes
            .iter()
            .position(|b| matches!(b, b',' | b'}' | b']' | b' ' | b'\t' | b'\r' | b':'))
            .unwrap_or(rest.len())
            .max(1),
    }
}

/// Length of the string literal opening `bytes`, if it closes.
fn string_len(bytes: &[u8]) -> Option<usize> {
    let mut i = 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => return Some(i + 1),
            _ => i += 1,
        }
    }
    None
}

/// Length of the array or object opening `bytes`, if it closes on this line.
fn container_len(bytes: &[u8]) -> Option<usize> {
    let mut depth = 0usize;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => {
                i += string_len(&bytes[i..])?;
                continue;
            }
            b'{' | b'[' => depth += 1,
            b'}' | b']' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return Some(i + 1);
                }
            }
            _ => {}
        }
        i += 1;
    }
    None
}

/// `summary: 13 files, 17 messages, 12 valid, 9 errors, 6 warnings`.
pub fn summary_line(summary: &Summary, color: bool, lang: Lang) -> String {
    let plural = |n: usize, one: &str, many: &str, zh: &str| match lang {
        Lang::Zh => format!("{} {zh}", thousands(n)),
        _ => format!("{} {}", thousands(n), if n == 1 { one } else { many }),
    };
    let errors = plural(summary.errors, "error", "errors", "个错误");
    let warnings = plural(summary.warnings, "warning", "warnings", "个警告");
    let (errors, warnings) = if color {
        let paint = |text: String, style: annotate_snippets::renderer::Style, on: bool| {
            if on { format!("{style}{text}{style:#}") } else { text }
        };
        (
            paint(errors, annotate_snippets::renderer::DEFAULT_ERROR_STYLE, summary.errors > 0),
            paint(warnings, annotate_snippets::renderer::DEFAULT_WARNING_STYLE, summary.warnings > 0),
        )
    } else {
        (errors, warnings)
    };
    match lang {
        Lang::Zh => format!(
            "汇总：{}，{}，{} 条有效，{errors}，{warnings}",
            plural(summary.files, "", "", "个文件"),
            plural(summary.messages, "", "", "条消息"),
            thousands(summary.valid),
        ),
        _ => format!(
            "summary: {}, {}, {} valid, {errors}, {warnings}",
            plural(summary.files, "file", "files", ""),
            plural(summary.messages, "message", "messages", ""),
            thousands(summary.valid),
        ),
    }
}

/// `99980` → `99,980`.
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn token_lengths() {
        assert_eq!(token_len(r#""a\"b", "c""#), 6);
        assert_eq!(token_len("[1, [2], \"]\"], 3"), 13);
        assert_eq!(token_len("{\"a\": 1"), 1);
        assert_eq!(token_len("39.966,"), 6);
        assert_eq!(token_len("true}"), 4);
        assert_eq!(token_len(""), 0);
        assert_eq!(token_len("\"open"), 5);
    }

    #[test]
    fn long_lines_are_cut_around_the_value() {
        let line = format!("{}\"中v\"{}", "x".repeat(1000), "y".repeat(1000));
        let (text, span, cut) = window(&line, 1001);
        assert!(cut);
        assert!(text.starts_with("...") && text.ends_with("..."));
        assert_eq!(&text[span], "\"中v\"");
        assert!(text.chars().count() < 130);
        let (text, span, cut) = window("  \"a\": 1", 8);
        assert_eq!((text.as_str(), span, cut), ("  \"a\": 1", 7..8, false));
    }

    #[test]
    fn thousands_separators() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(99_980), "99,980");
        assert_eq!(thousands(1_234_567), "1,234,567");
    }
}
