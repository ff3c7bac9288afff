//! `easemob-payload explain RULE`: what a rule code means, where it comes from, how to fix it.

mod facts;
mod pages;
pub mod reference;
mod texts;

use std::fmt::Write;

use easemob_payload::{Lang, RuleCode, Severity};

pub use pages::{PUSH_EXTENSION, Page, Quote, REGISTER_USER, SEND_MESSAGE};

/// Width of the wrapped paragraphs `explain` prints, in terminal columns.
const WIDTH: usize = 88;

/// A text in English and Chinese.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Words {
    /// English.
    pub en: &'static str,
    /// Chinese.
    pub zh: &'static str,
}

impl Words {
    /// The text in `lang`, as written (facts still as `{name}`: show [`Words::render`]).
    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Zh => self.zh,
            _ => self.en,
        }
    }

    /// The text in `lang` with the model's facts filled in (`facts::fill`).
    pub fn render(&self, lang: Lang) -> std::borrow::Cow<'static, str> {
        facts::fill(self.get(lang), lang == Lang::Zh)
    }
}

/// Everything `explain` says about one rule code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Explanation {
    /// The code explained.
    pub rule: RuleCode,
    /// A paragraph: what it means, where it applies, why it matters.
    pub meaning: Words,
    /// The passages of Easemob's documentation it comes from.
    pub doc: &'static [Quote],
    /// A small payload that breaks the rule.
    pub before: &'static str,
    /// The same payload, fixed.
    pub after: &'static str,
}

/// Every explanation, in the order of [`RuleCode::ALL`].
pub fn all() -> &'static [Explanation] {
    &texts::EXPLANATIONS
}

/// The explanation of a code.
pub fn explanation(rule: RuleCode) -> &'static Explanation {
    texts::EXPLANATIONS.iter().find(|e| e.rule == rule).unwrap_or(&texts::EXPLANATIONS[0])
}

/// Whether an explanation was written for this code (the test checks every code has one).
pub fn has_explanation(rule: RuleCode) -> bool {
    texts::EXPLANATIONS.iter().any(|e| e.rule == rule)
}

/// `错误` or `警告`, or the English word.
pub fn severity_word(severity: Severity, lang: Lang) -> &'static str {
    match (lang, severity) {
        (Lang::Zh, Severity::Error) => "错误",
        (Lang::Zh, Severity::Warning) => "警告",
        (_, severity) => severity.as_str(),
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

/// Where a quote is: `《发送单聊消息》（Send a one-to-one message）, section 功能说明 › 特别说明, URL`.
fn place(q: &Quote, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("《{}》，「{}」一节：{}", q.page.title, q.section, q.page.url),
        _ => format!("\"{}\" ({}), section \"{}\": {}", q.page.title, q.page.title_en, q.section, q.page.url),
    }
}

/// The text `explain` prints.
pub fn render(e: &Explanation, lang: Lang) -> String {
    let (meaning, source, fix, before, after) = match lang {
        Lang::Zh => ("含义：", "出处（环信官方文档）：", "修改方法：", "修改前：", "修改后："),
        _ => (
            "What it means:",
            "Where it comes from (Easemob's documentation):",
            "How to fix it:",
            "before:",
            "after:",
        ),
    };
    let severity = severity_word(e.rule.default_severity(), lang);
    let mut out = String::new();
    let _ = match lang {
        Lang::Zh => writeln!(out, "{}（{severity}）：{}\n", e.rule, e.rule.summary(lang)),
        _ => writeln!(out, "{} ({severity}): {}\n", e.rule, e.rule.summary(lang)),
    };
    let _ = writeln!(out, "{meaning}\n{}\n", wrap(&e.meaning.render(lang), "  "));
    let _ = writeln!(out, "{source}");
    for q in e.doc {
        let _ = writeln!(out, "{}\n{}", wrap(&place(q, lang), "  "), wrap(q.zh, "    "));
        if lang != Lang::Zh {
            let _ = writeln!(out, "{}", wrap(&format!("({})", q.en), "    "));
        }
    }
    let _ = writeln!(out, "\n{fix}\n  {before}\n{}\n  {after}\n{}", indent4(e.before), indent4(e.after));
    out
}

/// Plain help text for SARIF: meaning, then the fix.
pub fn help_text(e: &Explanation, lang: Lang) -> String {
    let (before, after) =
        if lang == Lang::Zh { ("修改前：", "修改后：") } else { ("Before:", "After:") };
    format!("{}\n\n{before}\n{}\n\n{after}\n{}", e.meaning.render(lang), e.before, e.after)
}

/// Markdown help for SARIF (GitHub shows it beside each alert).
pub fn help_markdown(e: &Explanation, lang: Lang) -> String {
    let severity = severity_word(e.rule.default_severity(), lang);
    let mut out =
        format!("**{}** ({severity}): {}\n\n{}\n\n", e.rule, e.rule.summary(lang), e.meaning.render(lang));
    for q in e.doc {
        let _ = match lang {
            Lang::Zh => write!(out, "[《{}》「{}」]({})：{}\n\n", q.page.title, q.section, q.page.url, q.zh),
            _ => write!(out, "[{} › {}]({}): {} ({})\n\n", q.page.title, q.section, q.page.url, q.zh, q.en),
        };
    }
    let (before, after) =
        if lang == Lang::Zh { ("修改前：", "修改后：") } else { ("Before:", "After:") };
    let _ = write!(out, "{before}\n\n```json\n{}\n```\n\n{after}\n\n```json\n{}\n```\n", e.before, e.after);
    out
}

/// Terminal columns a character takes: 2 for CJK and full-width forms, else 1.
fn columns(c: char) -> usize {
    match c as u32 {
        0x1100..=0x115F
        | 0x2E80..=0x303E
        | 0x3041..=0x33FF
        | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF
        | 0xA000..=0xA4CF
        | 0xAC00..=0xD7A3
        | 0xF900..=0xFAFF
        | 0xFE30..=0xFE4F
        | 0xFF00..=0xFF60
        | 0xFFE0..=0xFFE6 => 2,
        _ => 1,
    }
}

/// Greedy wrap at [`WIDTH`] terminal columns, each line starting with `prefix`. A line
/// may break at a space, or between two CJK characters (Chinese has no spaces), never
/// inside a run of Latin letters, digits or code.
fn wrap(text: &str, prefix: &str) -> String {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::from(prefix);
    let mut used = prefix.len();
    for piece in pieces(text) {
        if piece == " " {
            if used > prefix.len() {
                line.push(' ');
                used += 1;
            }
            continue;
        }
        let width: usize = piece.chars().map(columns).sum();
        if used > prefix.len() && used + width > WIDTH {
            let full = std::mem::replace(&mut line, String::from(prefix));
            lines.push(full.trim_end().to_owned());
            used = prefix.len();
        }
        line.push_str(piece);
        used += width;
    }
    lines.push(line.trim_end().to_owned());
    lines.join("\n")
}

/// Punctuation that must not start a line.
const CLOSING: &str = "，。；：、）」》！？”";
/// Punctuation that must not end a line.
const OPENING: &str = "（「《“";

/// The unbreakable pieces of `text`, as byte ranges: runs of non-CJK, non-space
/// characters, single CJK characters, and single spaces (`None`). Closing
/// punctuation joins the piece before it, opening punctuation the piece after it.
fn pieces(text: &str) -> Vec<&str> {
    let mut ranges: Vec<Option<(usize, usize)>> = Vec::new();
    let mut run: Option<usize> = None;
    let mut opening: Option<usize> = None;
    for (at, c) in text.char_indices() {
        let end = at + c.len_utf8();
        let cjk = columns(c) == 2;
        if c.is_whitespace() || cjk {
            if let Some(start) = run.take() {
                ranges.push(Some((start, at)));
            }
        }
        if c.is_whitespace() {
            ranges.push(None);
        } else if CLOSING.contains(c) {
            match ranges.last_mut() {
                Some(Some((_, last_end))) if *last_end == at => *last_end = end,
                _ => ranges.push(Some((at, end))),
            }
        } else if OPENING.contains(c) {
            opening.get_or_insert(at);
        } else if cjk {
            ranges.push(Some((opening.take().unwrap_or(at), end)));
        } else if run.is_none() {
            run = Some(opening.take().unwrap_or(at));
        }
    }
    if let Some(start) = run.or(opening) {
        ranges.push(Some((start, text.len())));
    }
    ranges.into_iter().map(|r| r.map_or(" ", |(start, end)| &text[start..end])).collect()
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
            assert!(!e.meaning.en.is_empty() && !e.meaning.zh.is_empty(), "{rule}");
            assert_ne!(e.before, e.after, "{rule}");
        }
        assert_eq!(texts::EXPLANATIONS.len(), RuleCode::ALL.len());
    }

    /// The prose names the model's limits as `{name}`s, filled from the model: none is
    /// written out (outside backticks, where the server's own texts are quoted), and
    /// every `{name}` is one the model fills.
    #[test]
    fn limits_come_from_the_model_not_the_prose() {
        use easemob_payload::Limits;
        let limits = [
            Limits::DEFAULT.max_recipients,
            Limits::DEFAULT.max_bytes,
            Limits::private_deployment().max_bytes,
            easemob_payload::build::MESSAGES_PER_MINUTE,
            64,
        ];
        for e in all() {
            for lang in [Lang::En, Lang::Zh] {
                let text = e.meaning;
                let prose: String = text.get(lang).split('`').step_by(2).collect::<Vec<_>>().join(" ");
                let numbers: Vec<usize> =
                    prose.split(|c: char| !c.is_ascii_digit()).filter_map(|n| n.parse().ok()).collect();
                for limit in limits {
                    assert!(
                        !numbers.contains(&limit),
                        "{}: {limit} written out in {:?}",
                        e.rule,
                        text.get(lang)
                    );
                }
                let rendered = text.render(lang);
                let outside_code = rendered.split('`').step_by(2).collect::<String>();
                assert!(!outside_code.contains('{'), "{}: an unknown fact in {rendered:?}", e.rule);
                let summary: String = e.rule.summary(lang).split('`').step_by(2).collect();
                let in_summary: Vec<usize> =
                    summary.split(|c: char| !c.is_ascii_digit()).filter_map(|n| n.parse().ok()).collect();
                assert!(in_summary.is_empty(), "{}: a number in the summary {summary:?}", e.rule);
            }
        }
    }

    /// Every quote names a public page of the official documentation and a section.
    #[test]
    fn quotes_cite_public_pages() {
        for e in texts::EXPLANATIONS {
            for q in e.doc {
                assert!(q.page.url.starts_with("https://doc.easemob.com/document/"), "{}", e.rule);
                assert!(!q.section.is_empty() && !q.zh.is_empty() && !q.en.is_empty(), "{}", e.rule);
            }
        }
    }

    #[test]
    fn chinese_paragraphs_wrap_at_the_width_in_terminal_columns() {
        for e in texts::EXPLANATIONS {
            let text = wrap(e.meaning.zh, "  ");
            for line in text.lines() {
                let width: usize = line.chars().map(columns).sum();
                assert!(width <= WIDTH, "{}: {width} columns: {line}", e.rule);
            }
            // Nothing lost: the wrapped text is the paragraph with line breaks (and spaces) moved.
            let squeeze = |t: &str| t.chars().filter(|c| !c.is_whitespace()).collect::<String>();
            assert_eq!(squeeze(&text), squeeze(e.meaning.zh), "{}", e.rule);
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
                    RuleCode::MaxBytes => easemob_payload::Limits::DEFAULT.with_max_bytes(64),
                    RuleCode::MaxItems => easemob_payload::Limits::DEFAULT.with_max_recipients(2),
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
        let text = wrap(explanation(RuleCode::MaxBytes).meaning.en, "  ");
        assert!(text.lines().count() > 2);
        assert!(text.lines().all(|l| l.starts_with("  ") && l.chars().count() <= WIDTH), "{text}");
        assert_eq!(
            text.split_whitespace().collect::<Vec<_>>().join(" "),
            explanation(RuleCode::MaxBytes).meaning.en.split_whitespace().collect::<Vec<_>>().join(" ")
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
