//! Chinese messages and hints, in the words of Easemob's own documentation.
//! Member names, rule codes, patterns and the server's error texts stay as they are.

use super::detail::{Detail, Expected, Found, PatternHint, TypeHint, UnknownKind};
use super::en::sibling;
use super::{RuleCode, Violation};

pub(super) fn message(v: &Violation) -> String {
    let name = if v.subject.is_empty() { "消息" } else { v.subject.as_str() };
    let mut out = match &v.detail {
        Detail::WrongType { expected, found: Found::Null, .. } => {
            format!("`{name}` 为 null；该字段必须是{}（不接受 null）", expected_noun(*expected))
        }
        Detail::WrongType { expected, found, .. } => {
            format!("`{name}` 必须是{}，实际为{}", expected_noun(*expected), found_noun(found))
        }
        Detail::Missing { other_body } => {
            let mut text = format!("缺少必填字段 `{name}`");
            if let Some(other) = other_body {
                text.push('。');
                text.push_str(model_text(other.note));
            }
            text
        }
        Detail::MissingWith { because, .. } => {
            format!("缺少字段 `{name}`：传入 `{}` 时该字段必填", sibling(name, because))
        }
        Detail::MissingRecommended { reason, .. } => {
            format!("缺少字段 `{name}`；建议传入该字段，{}", model_text(reason))
        }
        Detail::Unknown { kind: UnknownKind::ReservedPrefix(prefix), .. } => {
            format!("`{name}` 不是已知字段：`{prefix}` 前缀为环信保留，服务器会忽略不认识的名称")
        }
        Detail::Unknown { kind: UnknownKind::NoEffect, .. } => format!("`{name}` 不是已知字段，不会生效"),
        Detail::Unknown { .. } => format!("`{name}` 不是已知字段，服务器会忽略该字段"),
        Detail::TooFewMembers { count: 0, min } => format!("`{name}` 是空对象；至少需要 {min} 个成员"),
        Detail::TooFewMembers { count, min } => format!("`{name}` 有 {count} 个成员；至少需要 {min} 个"),
        Detail::TooManyMembers { count, max } => format!("`{name}` 有 {count} 个成员；最多允许 {max} 个"),
        Detail::TooShort { count: 0, min } => format!("`{name}` 为空字符串；至少需要 {min} 个字符"),
        Detail::TooShort { count, min } => format!("`{name}` 只有 {count} 个字符；至少需要 {min} 个"),
        Detail::TooLong { count, max } => format!("`{name}` 有 {count} 个字符；最多允许 {max} 个"),
        Detail::NoMatch { value, pattern, .. } => {
            format!("`{name}` 的值 {value} 不符合正则表达式 `{pattern}`")
        }
        Detail::NotConst { value, expected } => {
            format!("`{name}` 的值为 {value}；唯一允许的值是 {}", json_string(expected))
        }
        Detail::NotOneOf { found, allowed, .. } => {
            let found = match found {
                Found::String(quoted) => quoted.clone(),
                other => found_noun(other),
            };
            format!("`{name}` 的值为 {found}；必须是以下值之一：{}", code_list(allowed))
        }
        Detail::UpperCase { value, lower } => {
            format!("`{name}` 的值为 {value}；服务器会将用户 ID 转为小写，因此这是用户 {lower}")
        }
        Detail::BelowMinimum { value, min } => format!("`{name}` 的值为 {value}；不能小于 {min}"),
        Detail::AboveMaximum { value, max } => format!("`{name}` 的值为 {value}；不能大于 {max}"),
        Detail::TooFewItems { count: 0, min } => format!("`{name}` 为空数组；至少需要 {min} 个元素"),
        Detail::TooFewItems { count, min } => format!("`{name}` 有 {count} 个元素；至少需要 {min} 个"),
        Detail::TooManyItems { count, max } => {
            format!("`{name}` 有 {count} 个元素；每次请求最多允许 {max} 个")
        }
        Detail::Repeat { value, earlier } => format!("`{name}` 的值为 {value}，与 `{earlier}` 重复"),
        Detail::TooLarge { size, limit } => format!(
            "`body` 和 `ext` 序列化后共 {size} 字节；最多允许 {limit} 字节（服务器错误 {}：`{}`）",
            crate::size::SERVER_ERROR.0,
            crate::size::SERVER_ERROR.1
        ),
        Detail::Text { zh, .. } => zh.clone(),
    };
    if let Some(why) = v.why {
        out.push('；');
        out.push_str(model_text(why));
    }
    if let Some(server) = v.server {
        out.push_str("（服务器返回：`");
        out.push_str(server);
        out.push_str("`）");
    }
    out
}

pub(super) fn hint(v: &Violation) -> Option<String> {
    match &v.detail {
        Detail::WrongType { hint: Some(hint), .. } => Some(type_hint(hint)),
        Detail::Missing { other_body: Some(other) } => Some(model_text(other.hint).to_owned()),
        Detail::MissingWith { member, because } => Some(format!("请添加 `{member}`，或去掉 `{because}`")),
        Detail::MissingRecommended { member, .. } => Some(format!("请添加 `{member}`")),
        Detail::Unknown { suggestion: Some(name), .. } | Detail::NotOneOf { suggestion: Some(name), .. } => {
            Some(format!("是否想写 {}？", json_string(name)))
        }
        Detail::TooLong { count, max } => Some(format!("请删除 {} 个字符", count - max)),
        Detail::NoMatch { hint: Some(hint), .. } => Some(
            match hint {
                PatternHint::TrailingLineBreak => "请删除末尾的换行符",
                PatternHint::Spaces => "请删除空格",
                PatternHint::ControlCharacters => "请删除控制字符",
            }
            .to_owned(),
        ),
        Detail::NotConst { expected, .. } => Some(format!("请使用 {}，或不传该字段", json_string(expected))),
        Detail::UpperCase { lower, .. } => Some(format!("请写作 {lower}")),
        Detail::TooManyItems { count, max } => {
            Some(format!("请拆分为 {} 次请求，每次最多 {max} 个", count.div_ceil((*max).max(1))))
        }
        Detail::Repeat { .. } => Some("请删除重复项".to_owned()),
        Detail::TooLarge { size, limit } => {
            Some(format!("请删减 {} 字节，或将内容作为文件上传后发送其 URL", size - limit))
        }
        Detail::Text { hint: Some(hint), .. } => Some(hint.zh.clone()),
        _ => None,
    }
}

fn type_hint(hint: &TypeHint) -> String {
    match hint {
        TypeHint::LeaveOut { member } => format!("不需要时不传 `{member}` 即可，不要传 null"),
        TypeHint::Quote { member, text } => format!("请以字符串形式传入 `{member}`：\"{text}\""),
        TypeHint::Unquote { member, number } => format!("请以不带引号的数字形式传入 `{member}`：{number}"),
        TypeHint::WholeNumber { member, rounded } => format!("`{member}` 只接受整数：{rounded}"),
        TypeHint::UnquoteBoolean { text } => format!("`{text}` 不要加引号"),
        TypeHint::WrapInArray { quoted } => format!("请放入数组中：[{quoted}]"),
        TypeHint::EncodedTwice { member } => format!(
            "该字符串的内容是 JSON：请直接传入对象本身，而不是序列化后的字符串（`{member}` 被编码了两次）"
        ),
    }
}

fn expected_noun(expected: Expected) -> &'static str {
    match expected {
        Expected::String => "字符串",
        Expected::Integer => "整数",
        Expected::Number => "数字",
        Expected::Boolean => "布尔值",
        Expected::Array => "数组",
        Expected::Object => "对象",
        Expected::Any => "任意 JSON 值",
    }
}

fn found_noun(found: &Found) -> String {
    match found {
        Found::Null => "null".to_owned(),
        Found::Bool(b) => format!("布尔值 {b}"),
        Found::Number(n) => format!("数字 {n}"),
        Found::String(s) => format!("字符串 {s}"),
        Found::Array(n) => format!("包含 {n} 个元素的数组"),
        Found::Object(n) => format!("包含 {n} 个成员的对象"),
    }
}

/// `txt, img` → `` `txt`、`img` ``: values as code, in Chinese enumeration.
fn code_list(list: &str) -> String {
    list.split(", ").map(|v| format!("`{v}`")).collect::<Vec<_>>().join("、")
}

fn json_string(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_default()
}

/// The Chinese for an English text the message model states (a rule's `why`, a
/// `recommended` reason, an `other_body` note). Every such text has one: a test
/// walks the model. An unknown text (a user's own type) stays English.
pub fn model_text(en: &'static str) -> &'static str {
    MODEL_TEXTS.iter().find(|(english, _)| *english == en).map_or(en, |(_, zh)| zh)
}

/// The model's English texts and their Chinese, as the documentation words them.
pub const MODEL_TEXTS: &[(&str, &str)] = &[
    (
        "every recipient counts against the 6000 messages/minute quota",
        "每个接收方都计入每分钟 6000 条消息的发送限额",
    ),
    ("a directed template ignores targets with upper-case letters", "定向模板会忽略含大写字母的目标用户"),
    (
        "iOS plays only aiff, wav and caf files and falls back to the default sound",
        "iOS 只播放 aiff、wav 和 caf 格式的文件，其他格式会改用默认提示音",
    ),
    ("without it clients cannot show the image's name", "否则客户端收到图片消息时无法显示图片名称"),
    ("without it clients cannot show the voice file's name", "否则客户端收到语音消息时无法显示语音文件名称"),
    ("without it clients cannot show the video's name", "否则客户端收到视频消息时无法显示视频文件名称"),
    ("without it clients cannot show the file's name", "否则客户端收到文件消息时无法显示文件名称"),
    (
        "This is the body of the older call `POST /{org_name}/{app_name}/messages` (`target_type`, `target`, `msg`); this call takes `to`, `type` and `body`: `target` becomes `to`, `msg.type` becomes `type`, the rest of `msg` becomes `body`, and `target_type` (which must be `users` for one-to-one messages) is left out",
        "这是旧版接口 `POST /{org_name}/{app_name}/messages` 的请求体（`target_type`、`target`、`msg`）；本接口使用 `to`、`type` 和 `body`：`target` 改为 `to`，`msg.type` 改为 `type`，`msg` 的其余字段改为 `body`，不再传 `target_type`（单聊消息时其值须为 `users`）",
    ),
    (
        "send `to`, `type` and `body` instead of `target_type`, `target` and `msg`",
        "请传入 `to`、`type` 和 `body`，而不是 `target_type`、`target` 和 `msg`",
    ),
];

/// 一行说明：规则检查什么（供 `explain`、文档和 SARIF 使用）。
pub(super) fn summary(code: RuleCode) -> &'static str {
    match code {
        RuleCode::Type => "值的 JSON 类型不对（或为 null）",
        RuleCode::Required => "缺少必填字段",
        RuleCode::Enum => "值不在允许的取值范围内（`type`、推送扩展设置）",
        RuleCode::Const => "`routetype` 不是 `ROUTE_ONLINE`",
        RuleCode::Pattern => "字符串不符合规定的格式（正则表达式）",
        RuleCode::MinLength => "字符串太短（用户 ID 为空）",
        RuleCode::MaxLength => "字符串太长（例如用户 ID）",
        RuleCode::MinItems => "数组为空（`to` 中没有接收方）",
        RuleCode::MaxItems => "数组元素过多（`to` 超过接收方上限）",
        RuleCode::MinProperties => "不能为空的对象为空",
        RuleCode::MaxProperties => "对象成员过多（例如 `customExts`）",
        RuleCode::Minimum => "数字小于最小值（尺寸、大小或时长为负数）",
        RuleCode::Maximum => "数字大于最大值（整数字段超出 `i64` 范围，或自行声明的上限）",
        RuleCode::UniqueItems => "接收方重复（不区分大小写比较）",
        RuleCode::MaxBytes => "`body` 与 `ext` 序列化后的字节数超过服务器的上限",
        RuleCode::UnknownField => "接口不认识的字段（多半是拼写错误）",
        RuleCode::Recommended => "缺少建议传入的字段（媒体或文件消息的 `filename`）",
        RuleCode::Lowercase => "用户 ID 含大写字母，服务器会将其转为小写",
        RuleCode::DuplicateKey => "同一对象中成员名重复（仅文件）",
        RuleCode::Syntax => "文件不是 JSON（仅文件）",
        RuleCode::Custom(_) => "类型自带的检查（`#[payload(check(...))]`）",
    }
}
