//! `easemob-payload explain RULE`: what a rule code means, where it comes from, how to fix it.

mod texts;

use std::fmt::Write;

use easemob_payload::{RuleCode, Severity};

/// Width of the wrapped paragraphs `explain` prints.
const WIDTH: usize = 88;

/// The seed copy of the API documentation the doc lines quote.
pub const DOC: &str = "send-single-chat-message.zh.txt";

/// One line of the Chinese API documentation, with an English rendering.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DocLine {
    /// 1-based line number in [`DOC`].
    pub line: usize,
    /// The line as the documentation writes it (trimmed where long).
    pub zh: &'static str,
    /// An English rendering.
    pub en: &'static str,
}

/// Everything `explain` says about one rule code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Explanation {
    /// The code explained.
    pub rule: RuleCode,
    /// One line: what the rule checks.
    pub summary: &'static str,
    /// A paragraph: what it means, where it applies, why it matters.
    pub meaning: &'static str,
    /// The documentation lines it comes from (none where only SPEC.md says it).
    pub doc: &'static [DocLine],
    /// What SPEC.md (the project's contract) adds.
    pub spec: &'static str,
    /// A small payload that breaks the rule.
    pub before: &'static str,
    /// The same payload, fixed.
    pub after: &'static str,
}

/// The explanation of a code.
pub fn explanation(rule: RuleCode) -> &'static Explanation {
    texts::EXPLANATIONS.iter().find(|e| e.rule == rule).unwrap_or(&texts::EXPLANATIONS[0])
}

/// Whether an explanation was written for this code (the test checks every code has one).
pub fn has_explanation(rule: RuleCode) -> bool {
    texts::EXPLANATIONS.iter().any(|e| e.rule == rule)
}

/// The severity a rule's violations have: the four "likely mistake" rules warn, the rest are errors.
pub fn default_severity(rule: RuleCode) -> Severity {
    match rule {
        RuleCode::UniqueItems | RuleCode::UnknownField | RuleCode::Recommended | RuleCode::Lowercase => {
            Severity::Warning
        }
        _ => Severity::Error,
    }
}

/// `maxBytes` → `MaxBytes` (SARIF's rule `name`).
pub fn pascal_case(rule: RuleCode) -> String {
    let code = rule.as_str();
    let mut chars = code.chars();
    chars.next().map(|c| c.to_ascii_uppercase().to_string() + chars.as_str()).unwrap_or_default()
}

/// Finds a code, ignoring case; else the closest code as a suggestion.
pub fn lookup(code: &str) -> Result<RuleCode, Option<RuleCode>> {
    if let Some(rule) = RuleCode::ALL.into_iter().find(|r| r.as_str().eq_ignore_ascii_case(code)) {
        return Ok(rule);
    }
    let names = RuleCode::ALL.map(RuleCode::as_str);
    Err(easemob_payload::rules::closest(code, names).and_then(RuleCode::parse))
}

/// The text `explain` prints.
pub fn render(e: &Explanation) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{} ({}): {}\n", e.rule, default_severity(e.rule), e.summary);
    let _ = writeln!(out, "What it means:\n{}\n", wrap(e.meaning, "  "));
    let _ = writeln!(out, "Where it comes from:");
    for d in e.doc {
        let _ = writeln!(
            out,
            "  {DOC}, line {}:\n    {}\n{}",
            d.line,
            d.zh,
            wrap(&format!("({})", d.en), "    ")
        );
    }
    let _ = writeln!(out, "{}\n", wrap(&format!("SPEC.md: {}", e.spec), "  "));
    let _ = writeln!(out, "How to fix it:\n  before:\n{}\n  after:\n{}", indent4(e.before), indent4(e.after));
    out
}

/// Plain help text for SARIF: meaning, then the fix.
pub fn help_text(e: &Explanation) -> String {
    format!("{}\n\nBefore:\n{}\n\nAfter:\n{}", e.meaning, e.before, e.after)
}

/// Markdown help for SARIF (GitHub shows it beside each alert).
pub fn help_markdown(e: &Explanation) -> String {
    let mut out =
        format!("**{}** ({}): {}\n\n{}\n\n", e.rule, default_severity(e.rule), e.summary, e.meaning);
    for d in e.doc {
        let _ = write!(out, "API documentation, line {}: {} ({})\n\n", d.line, d.zh, d.en);
    }
    let _ = write!(out, "Before:\n\n```json\n{}\n```\n\nAfter:\n\n```json\n{}\n```\n", e.before, e.after);
    out
}

/// Greedy word wrap at [`WIDTH`] characters, each line starting with `prefix`.
fn wrap(text: &str, prefix: &str) -> String {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::from(prefix);
    for word in text.split_whitespace() {
        let used = line.chars().count();
        if used > prefix.len() && used + 1 + word.chars().count() > WIDTH {
            lines.push(std::mem::replace(&mut line, String::from(prefix)));
        }
        if line.len() > prefix.len() {
            line.push(' ');
        }
        line.push_str(word);
    }
    lines.push(line);
    lines.join("\n")
}

fn indent4(text: &str) -> String {
    text.lines().map(|l| format!("    {l}")).collect::<Vec<_>>().join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_has_exactly_one_explanation() {
        for rule in RuleCode::ALL {
            assert!(has_explanation(rule), "no explanation for `{rule}`");
            assert_eq!(texts::EXPLANATIONS.iter().filter(|e| e.rule == rule).count(), 1, "{rule}");
            let e = explanation(rule);
            assert_eq!(e.rule, rule);
            assert!(!e.summary.is_empty() && !e.meaning.is_empty() && !e.spec.is_empty(), "{rule}");
            assert_ne!(e.before, e.after, "{rule}");
        }
        assert_eq!(texts::EXPLANATIONS.len(), RuleCode::ALL.len());
    }

    /// Each quoted line is really on that line of the seed documentation.
    #[test]
    fn doc_quotes_match_the_seed_documentation() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../shared/seed/send-single-chat-message.zh.txt");
        let Ok(doc) = std::fs::read_to_string(path) else {
            // The seed lives beside the repository, not in it; a clone on its own checks the line numbers only.
            for e in texts::EXPLANATIONS {
                assert!(e.doc.iter().all(|d| d.line > 0 && d.line <= 770), "{}", e.rule);
            }
            return;
        };
        let lines: Vec<&str> = doc.lines().collect();
        for e in texts::EXPLANATIONS {
            for d in e.doc {
                let line = lines.get(d.line - 1).copied().unwrap_or("");
                let quote = d.zh.trim_end_matches('…');
                assert!(
                    line.contains(quote.trim()),
                    "{}: line {} is {line:?}, not {:?}",
                    e.rule,
                    d.line,
                    d.zh
                );
            }
        }
    }

    /// Every "before" breaks its rule and every "after" does not (for message-level rules).
    #[test]
    fn before_breaks_the_rule_and_after_fixes_it() {
        use crate::source::SourceFile;
        for e in texts::EXPLANATIONS {
            let rules = |text: &str| -> Vec<RuleCode> {
                let file = SourceFile::new("x.json", text.as_bytes().to_vec());
                // The two limits the texts say their examples shrink, to stay short.
                let limits = match e.rule {
                    RuleCode::MaxBytes => easemob_payload::Limits { max_bytes: 64, ..Default::default() },
                    RuleCode::MaxItems => easemob_payload::Limits { max_recipients: 2, ..Default::default() },
                    _ => easemob_payload::Limits::DEFAULT,
                };
                crate::lint_source(&file, false, &limits).violations.iter().map(|v| v.rule).collect()
            };
            assert!(rules(e.before).contains(&e.rule), "{}: before gives {:?}", e.rule, rules(e.before));
            assert!(!rules(e.after).contains(&e.rule), "{}: after gives {:?}", e.rule, rules(e.after));
        }
    }

    #[test]
    fn paragraphs_wrap_at_the_width() {
        let text = wrap(explanation(RuleCode::MaxBytes).meaning, "  ");
        assert!(text.lines().count() > 2);
        assert!(text.lines().all(|l| l.starts_with("  ") && l.chars().count() <= WIDTH), "{text}");
        assert_eq!(
            text.split_whitespace().collect::<Vec<_>>().join(" "),
            explanation(RuleCode::MaxBytes).meaning.split_whitespace().collect::<Vec<_>>().join(" ")
        );
    }

    #[test]
    fn lookup_ignores_case_and_suggests() {
        assert_eq!(lookup("maxbytes"), Ok(RuleCode::MaxBytes));
        assert_eq!(lookup("maxItem"), Err(Some(RuleCode::MaxItems)));
        assert_eq!(lookup("zzzzzzzzzzzz"), Err(None));
        assert_eq!(pascal_case(RuleCode::DuplicateKey), "DuplicateKey");
    }
}
