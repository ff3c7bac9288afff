//! The rules reference (`docs/rules.md`, `docs/rules.zh.md`): every rule code, where
//! it applies with its limits, severities and server errors (walked from the rule
//! model, so it cannot drift from the validator), and the explanation with its
//! sources and an example.

use std::fmt::Write;

use easemob_payload::model::{
    Check, Literal, ObjectDesc, Rule, ServerTypeError, Shape, TypeDesc, UnknownFields,
};
use easemob_payload::{Lang, Message, Payload, RuleCode, Severity};

use super::{Explanation, severity_word};

/// The command that writes the reference in `lang`.
pub fn regenerate_command(lang: Lang) -> String {
    let file = match lang {
        Lang::Zh => "docs/rules.zh.md",
        _ => "docs/rules.md",
    };
    format!("cargo run -q -p easemob-payload-cli -- explain --reference --lang {lang} > {file}")
}

/// The whole reference in `lang`, as Markdown.
pub fn markdown(lang: Lang) -> String {
    let rows = rows(lang);
    let mut out = String::new();
    let zh = lang == Lang::Zh;
    if zh {
        let _ = writeln!(out, "# 规则参考\n");
        let _ = writeln!(
            out,
            "本文件由规则模型和 `explain` 的说明生成，请勿手工修改；重新生成：`{}`。English: [rules.md](rules.md).\n",
            regenerate_command(lang)
        );
        let _ = writeln!(
            out,
            "校验对象：环信即时通讯 IM REST 接口“发送单聊消息”（`POST /{{org_name}}/{{app_name}}/messages/users`）的请求体。\
路径为 JSON Pointer；`*` 表示任意数组元素或成员，`(txt)` 等表示仅对该消息类型适用。\n"
        );
    } else {
        let _ = writeln!(out, "# Rules reference\n");
        let _ = writeln!(
            out,
            "Generated from the rule model and the `explain` texts; do not edit. Regenerate with `{}`. 中文：[rules.zh.md](rules.zh.md).\n",
            regenerate_command(lang)
        );
        let _ = writeln!(
            out,
            "What is validated: the request body of the Easemob IM REST call \"send a one-to-one message\" \
(`POST /{{org_name}}/{{app_name}}/messages/users`). Paths are JSON Pointers; `*` is any array item or member, \
and `(txt)` and the like mark a rule that applies to one message type only.\n"
        );
    }
    let _ = writeln!(
        out,
        "| {} | {} | {} |",
        if zh { "规则" } else { "rule" },
        if zh { "默认严重级别" } else { "default severity" },
        if zh { "检查内容" } else { "checks" }
    );
    let _ = writeln!(out, "|---|---|---|");
    for e in super::all() {
        let _ = writeln!(
            out,
            "| [`{}`](#{}) | {} | {} |",
            e.rule,
            e.rule.as_str().to_ascii_lowercase(),
            severity_word(e.rule.default_severity(), lang),
            e.rule.summary(lang)
        );
    }
    out.push('\n');
    for e in super::all() {
        section(&mut out, e, &rows, lang);
    }
    out
}

fn section(out: &mut String, e: &Explanation, rows: &[Row], lang: Lang) {
    let zh = lang == Lang::Zh;
    let _ = writeln!(out, "## {}\n", e.rule);
    let _ = writeln!(out, "{}\n", e.rule.summary(lang));
    let _ = writeln!(out, "{}\n", e.meaning.render(lang));
    let mine: Vec<&Row> = rows.iter().filter(|r| r.rule == e.rule).collect();
    if !mine.is_empty() {
        let (where_, what, severity, server) = if zh {
            ("位置", "规则", "严重级别", "服务器错误")
        } else {
            ("where", "rule", "severity", "server error")
        };
        let _ = writeln!(out, "| {where_} | {what} | {severity} | {server} |\n|---|---|---|---|");
        for r in mine {
            let server = r.server.map(|s| format!("`{s}`")).unwrap_or_default();
            let _ = writeln!(
                out,
                "| `{}`{} | {} | {} | {server} |",
                if r.path.is_empty() { "\"\"" } else { &r.path },
                r.variant.map(|v| format!(" ({v})")).unwrap_or_default(),
                r.text.replace('|', "\\|"),
                severity_word(r.severity, lang),
            );
        }
        out.push('\n');
    }
    if !e.doc.is_empty() {
        let _ = writeln!(
            out,
            "{}\n",
            if zh { "出处（环信官方文档）：" } else { "Sources (Easemob's documentation):" }
        );
        for q in e.doc {
            let _ = if zh {
                writeln!(out, "- [《{}》「{}」]({})：{}", q.page.title, q.section, q.page.url, q.zh)
            } else {
                writeln!(
                    out,
                    "- [{} ({}), {}]({}): {} ({})",
                    q.page.title, q.page.title_en, q.section, q.page.url, q.zh, q.en
                )
            };
        }
        out.push('\n');
    }
    let (before, after) = if zh { ("修改前：", "修改后：") } else { ("Before:", "After:") };
    let _ = writeln!(out, "{before}\n\n```json\n{}\n```\n\n{after}\n\n```json\n{}\n```\n", e.before, e.after);
}

/// One place a rule applies.
struct Row {
    rule: RuleCode,
    path: String,
    /// The message type it is limited to.
    variant: Option<&'static str>,
    text: String,
    severity: Severity,
    server: Option<&'static str>,
}

/// Every place a rule applies, walked from the model of [`Message`].
fn rows(lang: Lang) -> Vec<Row> {
    let mut out = Vec::new();
    let mut walker = Walker { lang, out: &mut out, variant: None };
    walker.ty(<Message as Payload>::DESC, "");
    // Rules of the files, which the model of a message does not hold.
    let file = |rule, zh: &str, en: &str, severity| Row {
        rule,
        path: String::new(),
        variant: None,
        text: pick(lang, zh, en),
        severity,
        server: None,
    };
    out.push(file(
        RuleCode::Syntax,
        "文件不是 JSON、为空或不是 UTF-8",
        "the file is not JSON, is empty, or is not UTF-8",
        Severity::Error,
    ));
    out.push(file(
        RuleCode::DuplicateKey,
        "同一对象中成员名重复",
        "a member name repeated in one object",
        Severity::Error,
    ));
    out.push(file(
        RuleCode::DuplicateKey,
        "重复且值相同",
        "repeated with an identical value",
        Severity::Warning,
    ));
    out.push(file(
        RuleCode::Type,
        "顶层值或数组元素不是对象（文件）",
        "a top-level value or array element that is not an object (files)",
        Severity::Error,
    ));
    out
}

fn pick(lang: Lang, zh: &str, en: &str) -> String {
    if lang == Lang::Zh { zh.to_owned() } else { en.to_owned() }
}

struct Walker<'a> {
    lang: Lang,
    out: &'a mut Vec<Row>,
    variant: Option<&'static str>,
}

impl Walker<'_> {
    fn push(
        &mut self,
        rule: RuleCode,
        path: &str,
        text: String,
        severity: Severity,
        server: Option<&'static str>,
    ) {
        self.out.push(Row { rule, path: path.to_owned(), variant: self.variant, text, severity, server });
    }

    fn ty(&mut self, desc: &'static TypeDesc, path: &str) {
        self.checks(desc.checks, path);
        match desc.shape {
            Shape::Array(items) => self.ty(items, &format!("{path}/*")),
            Shape::Map(values) => self.ty(values, &format!("{path}/*")),
            Shape::Object(object) => self.object(object, path),
            Shape::Tagged(tagged) => {
                let tag = format!("{path}/{}", tagged.tag);
                let content = format!("{path}/{}", tagged.content);
                let names: Vec<Literal> = tagged.variants.iter().map(|v| Literal::Str(v.name)).collect();
                let (required, one_of) = match self.lang {
                    Lang::Zh => ("必填".to_owned(), format!("取值为 {} 之一", Literal::list(&names))),
                    _ => ("required".to_owned(), format!("one of {}", Literal::list(&names))),
                };
                self.push(RuleCode::Required, &tag, required.clone(), Severity::Error, None);
                self.push(RuleCode::Enum, &tag, one_of, Severity::Error, tagged.tag_empty_server);
                self.push(RuleCode::Required, &content, required, Severity::Error, None);
                let empty = pick(
                    self.lang,
                    "`type` 缺失或未知时：非空对象",
                    "with a missing or unknown `type`: a non-empty object",
                );
                self.push(
                    RuleCode::MinProperties,
                    &content,
                    empty,
                    Severity::Error,
                    tagged.content_empty_server,
                );
                for variant in tagged.variants {
                    let outer = self.variant.replace(variant.name);
                    self.ty(variant.ty, &content);
                    self.variant = outer;
                }
            }
            _ => {}
        }
    }

    fn object(&mut self, object: &'static ObjectDesc, path: &str) {
        if let ServerTypeError::Text(text) = object.server_type_error {
            let what = pick(
                self.lang,
                "任何字段类型不对（`ext` 内部除外）",
                "any member of the wrong JSON type (not inside `ext`)",
            );
            self.push(RuleCode::Type, path, what, Severity::Error, Some(text));
        }
        for field in object.fields {
            if field.flatten {
                match field.ty.shape {
                    Shape::Object(inner) => self.object(inner, path),
                    Shape::Tagged(_) => self.ty(field.ty, path),
                    _ => {}
                }
                continue;
            }
            let member = format!("{path}/{}", field.name.replace('~', "~0").replace('/', "~1"));
            let server =
                |code: RuleCode| field.server_errors.iter().find(|(c, _)| *c == code).map(|(_, t)| *t);
            if field.required {
                let text = pick(self.lang, "必填", "required");
                self.push(RuleCode::Required, &member, text, Severity::Error, server(RuleCode::Required));
            }
            if let Some(other) = field.required_with {
                let text = match self.lang {
                    Lang::Zh => format!("传入 `{other}` 时必填"),
                    _ => format!("required when `{other}` is present"),
                };
                self.push(RuleCode::Required, &member, text, Severity::Error, None);
            }
            if let Some(reason) = field.recommended {
                let text = match self.lang {
                    Lang::Zh => format!("建议传入：{}", easemob_payload::report::model_text(reason)),
                    _ => format!("recommended: {reason}"),
                };
                self.push(RuleCode::Recommended, &member, text, Severity::Warning, None);
            }
            if let Some(text) = server(RuleCode::Type) {
                let what = pick(self.lang, "类型不对", "the wrong JSON type");
                self.push(RuleCode::Type, &member, what, Severity::Error, Some(text));
            }
            for check in field.checks {
                let server = check.server.or(server(check.rule.code()));
                self.check(check, &member, server);
            }
            self.ty(field.ty, &member);
        }
        match object.unknown_fields {
            UnknownFields::Warn => {
                let text = pick(
                    self.lang,
                    "未列出的成员（附“是否想写”提示）",
                    "members not listed (with a did-you-mean hint)",
                );
                self.push(RuleCode::UnknownField, &format!("{path}/*"), text, Severity::Warning, None);
            }
            UnknownFields::Allow { reserved_prefix: Some(prefix) } => {
                let text = match self.lang {
                    Lang::Zh => format!("未列出的 `{prefix}` 键（前缀为环信保留）"),
                    _ => format!("`{prefix}` keys not listed (Easemob reserves the prefix)"),
                };
                self.push(
                    RuleCode::UnknownField,
                    &format!("{path}/{prefix}*"),
                    text,
                    Severity::Warning,
                    None,
                );
            }
            UnknownFields::Allow { reserved_prefix: None } => {}
        }
        for custom in object.custom {
            let text = match self.lang {
                Lang::Zh => {
                    "`body` 与 `ext` 的紧凑 JSON 合计不超过上限（默认 5120 字节，`Limits::max_bytes`）"
                        .to_owned()
                }
                _ => custom.description.to_owned(),
            };
            self.push(custom.rule, path, text, Severity::Error, None);
        }
    }

    fn checks(&mut self, checks: &'static [Check], path: &str) {
        for check in checks {
            self.check(check, path, check.server);
        }
    }

    fn check(&mut self, check: &Check, path: &str, server: Option<&'static str>) {
        let mut text = rule_text(check.rule, self.lang);
        if let Some(why) = check.why {
            let why = if self.lang == Lang::Zh { easemob_payload::report::model_text(why) } else { why };
            text.push_str(if self.lang == Lang::Zh { "；" } else { "; " });
            text.push_str(why);
        }
        self.push(check.rule.code(), path, text, check.severity, server);
    }
}

/// What a rule asks, in a few words.
fn rule_text(rule: Rule, lang: Lang) -> String {
    let zh = lang == Lang::Zh;
    match rule {
        Rule::MinLength(n) if zh => format!("至少 {n} 个字符"),
        Rule::MinLength(n) => format!("at least {n} characters"),
        Rule::MaxLength(n) if zh => format!("最多 {n} 个字符"),
        Rule::MaxLength(n) => format!("at most {n} characters"),
        Rule::Pattern(p) if zh => format!("符合 `{}`", p.source),
        Rule::Pattern(p) => format!("matches `{}`", p.source),
        Rule::Const(v) if zh => format!("只能为 `{v}`"),
        Rule::Const(v) => format!("exactly `{v}`"),
        Rule::Enum(values) if zh => format!("取值为 {} 之一", Literal::list(values)),
        Rule::Enum(values) => format!("one of {}", Literal::list(values)),
        Rule::Minimum(n) if zh => format!("不小于 {n}"),
        Rule::Minimum(n) => format!(">= {n}"),
        Rule::Maximum(n) if zh => format!("不大于 {n}"),
        Rule::Maximum(n) => format!("<= {n}"),
        Rule::MinItems(n) if zh => format!("至少 {n} 项"),
        Rule::MinItems(n) => format!("at least {n} items"),
        Rule::MaxItems(limit) if zh => format!("最多 {} 项", limit.default_value()),
        Rule::MaxItems(limit) => format!("at most {} items", limit.default_value()),
        Rule::UniqueItems { case_fold: true } if zh => "不重复（不区分大小写比较）".to_owned(),
        Rule::UniqueItems { case_fold: true } => "no repeats (compared case-insensitively)".to_owned(),
        Rule::UniqueItems { case_fold: false } if zh => "不重复".to_owned(),
        Rule::UniqueItems { case_fold: false } => "no repeats".to_owned(),
        Rule::MinProperties(n) if zh => format!("至少 {n} 个成员"),
        Rule::MinProperties(n) => format!("at least {n} members"),
        Rule::MaxProperties(n) if zh => format!("最多 {n} 个成员"),
        Rule::MaxProperties(n) => format!("at most {n} members"),
        Rule::Lowercase if zh => "不含大写字母".to_owned(),
        Rule::Lowercase => "no upper-case letters".to_owned(),
    }
}
