//! The text of every explanation, one per rule code, in `RuleCode::ALL` order, in
//! English and Chinese. Quotes are from Easemob's public documentation pages
//! ([`super::pages`]), by page and section.

use easemob_payload::RuleCode;

use super::pages::{PUSH_EXTENSION, Quote, REGISTER_USER, SEND_MESSAGE};
use super::{Explanation, Words};

const BODY_PARAMS: &str = "发送文本消息 › 请求 body 参数";

const TYPE_LAT: Quote = Quote {
    page: &SEND_MESSAGE,
    section: "发送位置消息 › 请求 body 参数",
    zh: "`lat`（String）：位置的纬度，单位为度。",
    en: "`lat` (String): the latitude of the location, in degrees.",
};

const EXT_NOT_NULL: Quote = Quote {
    page: &SEND_MESSAGE,
    section: BODY_PARAMS,
    zh: "`ext`（JSON）：消息支持扩展字段，可添加自定义信息。不能对该参数传入 `null`。",
    en: "`ext` (JSON): the message supports extension fields for custom information. `null` must not be passed for this parameter.",
};

const TO_600: Quote = Quote {
    page: &SEND_MESSAGE,
    section: BODY_PARAMS,
    zh: "`to`（List）：消息接收方的用户 ID 数组。每次最多可向 600 个用户发送消息。",
    en: "`to` (List): the array of the recipients' user IDs. A message can be sent to at most 600 users at a time.",
};

const QUOTA: Quote = Quote {
    page: &SEND_MESSAGE,
    section: "调用频率上限",
    zh: "6000 条/分钟：每分钟限发 6000 条消息。600 人/次：每次限发 600 人。例如，一次向 600 人发消息，视为 600 条消息。",
    en: "6000 messages a minute: at most 6000 messages a minute. 600 people a call: at most 600 recipients per call. Sending to 600 people at once counts as 600 messages.",
};

const USER_ID: Quote = Quote {
    page: &REGISTER_USER,
    section: "请求 body 参数",
    zh: "`username`：用户 ID，长度不可超过 64 个字节。不可设置为空。支持以下字符集：26 个小写英文字母 a-z；26 个大写英文字母 A-Z；10 个数字 0-9；“_”, “-”, “.”。该参数不区分大小写，因此 `Aa` 和 `aa` 为相同的用户 ID。",
    en: "`username`: the user ID, at most 64 bytes, not empty, of a-z, A-Z, 0-9, `_`, `-` and `.`. It is case-insensitive: `Aa` and `aa` are the same user ID.",
};

const INVALID_BODY: Quote = Quote {
    page: &SEND_MESSAGE,
    section: "错误码",
    zh: "400 `invalid_request_body`：Request body is invalid. Please check body is correct.（请求体格式不正确。检查请求体内容是否合法（字段类型是否正确）。）",
    en: "400 `invalid_request_body`: Request body is invalid. Please check body is correct. (The request body is malformed. Check that it is valid, field types included.)",
};

const PUSH_FIELDS: Quote = Quote {
    page: &PUSH_EXTENSION,
    section: "推送扩展字段",
    zh: "`em_apns_ext`、`em_android_push_ext`、`em_harmony_push_ext`、`em_push_ext`、`em_push_filter`、`em_push_template` 均为 Object，其中每个字段的类型见该页的表格。",
    en: "`em_apns_ext`, `em_android_push_ext`, `em_harmony_push_ext`, `em_push_ext`, `em_push_filter` and `em_push_template` are objects; the page's tables type each of their members.",
};

/// Every explanation.
pub(super) const EXPLANATIONS: [Explanation; 20] = [
    Explanation {
        rule: RuleCode::Type,
        meaning: Words {
            en: "Each member has one JSON type: `to` is an array of strings, `body` and `ext` are objects, \
`sync_device` is a boolean, and every other documented member is a string or an integer. `null` is never \
allowed: leave a member out instead. The location's `lat` and `lng` are strings, not numbers. Where a value \
has the wrong type, its inner rules are not checked (one violation, not a cascade). In a file, a top-level \
value or array element that is not an object is also a `type` error. The server answers a wrong type in the \
envelope or the body with `invalid_request_body` (`Request body is invalid. Please check body is correct.`), and \
a non-object `ext` with `param ext must be JSONObject`; the message quotes it. Inside `ext` the server checks \
nothing, so a wrong type there (`em_push_badge: \"1\"`, `em_push_mutable_content: \"true\"`, \
`accept_device_id: \"x\"`) is still an error here: the push silently fails. A `body` or `ext` sent as a string \
that holds JSON (encoded twice, as some SDKs do) gets a hint to send the object itself.",
            zh: "每个字段只有一种 JSON 类型：`to` 是字符串数组，`body` 和 `ext` 是对象，`sync_device` 是布尔值，\
其他文档中的字段都是字符串或整数。任何字段都不能传 `null`：不需要时不传该字段即可。位置消息的 `lat` 和 `lng` \
是字符串，不是数字。值的类型不对时，不再检查它的其他规则（只报一条，不连锁报错）。在文件中，顶层的值或数组元素\
不是对象时，也报 `type` 错误。信封或 `body` 中的类型错误，服务器返回 `invalid_request_body`\
（`Request body is invalid. Please check body is correct.`）；`ext` 不是对象时返回 `param ext must be JSONObject`，\
消息中会引用这些原文。服务器不检查 `ext` 内部，因此其中的类型错误（`em_push_badge: \"1\"`、\
`em_push_mutable_content: \"true\"`、`accept_device_id: \"x\"`）在这里仍是错误：推送会悄无声息地失效。\
`body` 或 `ext` 以包含 JSON 的字符串发送时（被编码了两次，某些 SDK 会这样做），提示会建议直接发送对象本身。",
        },
        doc: &[TYPE_LAT, EXT_NOT_NULL, INVALID_BODY],
        before: r#"{"to": ["user2"], "type": "loc", "body": {"lat": 39.966, "lng": "116.322", "addr": "中关村"}, "ext": null}"#,
        after: r#"{"to": ["user2"], "type": "loc", "body": {"lat": "39.966", "lng": "116.322", "addr": "中关村"}}"#,
    },
    Explanation {
        rule: RuleCode::Required,
        meaning: Words {
            en: "The envelope needs {envelope_required}; each body type has its own required members \
({required_by_type}). The \
violation's path is where the member would be (`/body/msg`); its line and column are those of the object \
that lacks it. An empty body is reported as the required members it lacks (server: `param body can't be empty`). \
Inside `ext.em_android_push_ext`, `oppo_category` is required when `oppo_notify_level` is sent. A body of the \
older `POST /{org_name}/{app_name}/messages` call (`target_type`, `target`, `msg`) gets one explanation on the \
missing `to`: `target` becomes `to`, `msg.type` becomes `type`, the rest of `msg` becomes `body`.",
            zh: "信封必须包含 {envelope_required}；每种消息体有自己的必填字段（{required_by_type}）。违规的路径是该字段应在的位置（`/body/msg`），\
行号和列号是缺少它的那个对象的位置。`body` 为空对象时，报告它缺少的必填字段（服务器返回：\
`param body can't be empty`）。在 `ext.em_android_push_ext` 中，传入 `oppo_notify_level` 时 `oppo_category` 必填。\
旧版接口 `POST /{org_name}/{app_name}/messages` 的请求体（`target_type`、`target`、`msg`）会在缺少的 `to` 上\
得到一条说明：`target` 改为 `to`，`msg.type` 改为 `type`，`msg` 的其余字段改为 `body`。",
        },
        doc: &[Quote {
            page: &SEND_MESSAGE,
            section: BODY_PARAMS,
            zh: "`msg`（String，是否必需：是）：消息内容。",
            en: "`msg` (String, required): the message content.",
        }],
        before: r#"{"to": ["user2"], "type": "txt", "body": {}}"#,
        after: r#"{"to": ["user2"], "type": "txt", "body": {"msg": "hello"}}"#,
    },
    Explanation {
        rule: RuleCode::Enum,
        meaning: Words {
            en: "`type` must be one of {types}. A near miss gets a \
hint (`text` → `txt`, `image` → `img`); an empty `type` is the server's `param type can't be empty`. With an \
unknown type, `body` is only checked for being a non-empty object. The push extensions have closed value \
sets too: `honor_importance` is `LOW` or `NORMAL` (or `\"\"`), `honor_target_user_type` and \
`huawei_target_user_type` are 0 or 1, `oppo_notify_level` is 1, 2 or 16 (a string or a number).",
            zh: "`type` 必须是 {types} 之一。写错一点时会提示最接近的名称\
（`text` → `txt`，`image` → `img`）；`type` 为空字符串时服务器返回 `param type can't be empty`。类型未知时，\
只检查 `body` 是否为非空对象。推送扩展中也有固定的取值：`honor_importance` 为 `LOW` 或 `NORMAL`（或 `\"\"`），\
`honor_target_user_type` 和 `huawei_target_user_type` 为 0 或 1，`oppo_notify_level` 为 1、2 或 16（字符串或数字均可）。",
        },
        doc: &[Quote {
            page: &SEND_MESSAGE,
            section: BODY_PARAMS,
            zh: "`type`（String）：消息类型：`txt`：文本消息；`img`：图片消息；`audio`：语音消息；`video`：视频消息；`file`：文件消息；`loc`：位置消息；`cmd`：透传消息；`custom`：自定义消息。",
            en: "`type` (String): the message type: txt text, img image, audio voice, video, file, loc location, cmd command (pass-through), custom.",
        }],
        before: r#"{"to": ["user2"], "type": "text", "body": {"msg": "hello"}}"#,
        after: r#"{"to": ["user2"], "type": "txt", "body": {"msg": "hello"}}"#,
    },
    Explanation {
        rule: RuleCode::Const,
        meaning: Words {
            en: "`routetype` has one allowed value, `ROUTE_ONLINE` (deliver only to recipients who are online). \
To deliver to everyone, online or not, leave `routetype` out.",
            zh: "`routetype` 只有一个允许的值 `ROUTE_ONLINE`（只投递给在线的接收方）。若要无论在线还是离线都投递，\
不传 `routetype` 即可。",
        },
        doc: &[Quote {
            page: &SEND_MESSAGE,
            section: BODY_PARAMS,
            zh: "`routetype`（String）：若传入该参数，其值为 `ROUTE_ONLINE`，表示接收方只有在线时才能收到消息，若接收方离线则无法收到消息。若不传入该参数，无论接收方在线还是离线都能收到消息。",
            en: "`routetype` (String): if passed, its value is `ROUTE_ONLINE`: the recipient only gets the message while online. If left out, the recipient gets it online or offline.",
        }],
        before: r#"{"to": ["user2"], "type": "txt", "body": {"msg": "hi"}, "routetype": "ROUTE_OFFLINE"}"#,
        after: r#"{"to": ["user2"], "type": "txt", "body": {"msg": "hi"}}"#,
    },
    Explanation {
        rule: RuleCode::Pattern,
        meaning: Words {
            en: "User IDs (`from`, `to[*]`, `roam_ignore_users[*]`) use only `a-z A-Z 0-9 _ - .`; `url` and \
`thumb` are absolute http(s) URLs without spaces; `customEvent` is 1 to {custom_event_max} of `a-z A-Z 0-9 - _ / .`; `env` is 1 \
to {env_max} letters or digits; `lat` and `lng` are decimal degrees in range. The documentation writes the \
customEvent regex unanchored, which `\"bad event!\"` would pass; the linter anchors it. Patterns follow \
ECMA-262, as ajv and Rust's regex agree on (Python's `re` lets `$` match before a final newline). One pattern \
is a warning: `ext.em_apns_ext.em_push_sound` should name an aiff, wav or caf file (or `default`); iOS plays \
the default sound for anything else.",
            zh: "用户 ID（`from`、`to[*]`、`roam_ignore_users[*]`）只能包含 `a-z A-Z 0-9 _ - .`；`url` 和 `thumb` 是\
不含空格的 http(s) 绝对 URL；`customEvent` 为 1 到 {custom_event_max} 个 `a-z A-Z 0-9 - _ / .` 字符；`env` 为 1 到 {env_max} 个字母或数字；\
`lat` 和 `lng` 是范围内的十进制度数。文档中 customEvent 的正则表达式没有首尾锚定，`\"bad event!\"` 也能通过；\
本工具加上了锚定。正则表达式遵循 ECMA-262（ajv 与 Rust 的 regex 一致；Python 的 `re` 允许 `$` 匹配末尾换行符之前）。\
有一个格式只是警告：`ext.em_apns_ext.em_push_sound` 应为 aiff、wav 或 caf 文件（或 `default`），否则 iOS 会播放默认提示音。",
        },
        doc: &[Quote {
            page: &SEND_MESSAGE,
            section: "发送自定义消息 › 请求 body 参数",
            zh: "`customEvent`（String）：用户自定义的事件类型。该参数的值必须满足正则表达式 `[a-zA-Z0-9-_/\\.]{1,32}`，长度为 1-32 个字符。",
            en: "`customEvent` (String): the user-defined event type. Its value must match the regular expression `[a-zA-Z0-9-_/\\.]{1,32}`, 1 to 32 characters long.",
        }],
        before: r#"{"to": ["user 3"], "type": "custom", "body": {"customEvent": "bad event!"}}"#,
        after: r#"{"to": ["user3"], "type": "custom", "body": {"customEvent": "bad_event"}}"#,
    },
    Explanation {
        rule: RuleCode::MinLength,
        meaning: Words {
            en: "User IDs have at least 1 character: `\"from\": \"\"` makes the server reject the request \
(`param from can't be empty`). To send as `admin`, leave `from` out. Lengths count Unicode characters, not bytes.",
            zh: "用户 ID 至少 1 个字符：`\"from\": \"\"` 会使服务器拒绝请求（`param from can't be empty`）。\
若要以 `admin` 身份发送，不传 `from` 即可。长度按 Unicode 字符计算，而不是字节。",
        },
        doc: &[Quote {
            page: &SEND_MESSAGE,
            section: BODY_PARAMS,
            zh: "`from`（String）：消息发送方的用户 ID。若不传入该字段，服务器默认设置为 `admin`。若传入字段但值为空字符串 (“”)，请求失败。",
            en: "`from` (String): the sender's user ID; the server uses `admin` when it is left out. If it is passed with an empty string (\"\") as its value, the request fails.",
        }],
        before: r#"{"from": "", "to": ["user2"], "type": "txt", "body": {"msg": "hi"}}"#,
        after: r#"{"to": ["user2"], "type": "txt", "body": {"msg": "hi"}}"#,
    },
    Explanation {
        rule: RuleCode::MaxLength,
        meaning: Words {
            en: "User IDs have at most {user_id_max} characters (`from`, each of `to` and `roam_ignore_users`). Lengths \
count Unicode characters; user IDs are ASCII, so characters are bytes.",
            zh: "用户 ID 最多 {user_id_max} 个字符（`from`，以及 `to` 和 `roam_ignore_users` 中的每一项）。长度按 Unicode 字符计算；\
用户 ID 只含 ASCII 字符，因此字符数即字节数。",
        },
        doc: &[USER_ID],
        before: r#"{"to": ["user_with_a_name_that_is_much_too_long_for_easemob_to_accept_1234"], "type": "txt", "body": {"msg": "hi"}}"#,
        after: r#"{"to": ["user_1234"], "type": "txt", "body": {"msg": "hi"}}"#,
    },
    Explanation {
        rule: RuleCode::MinItems,
        meaning: Words {
            en: "`to` needs at least one recipient (server: `param to can't be empty`).",
            zh: "`to` 至少需要一个接收方（服务器返回：`param to can't be empty`）。",
        },
        doc: &[TO_600],
        before: r#"{"to": [], "type": "txt", "body": {"msg": "hi"}}"#,
        after: r#"{"to": ["user2"], "type": "txt", "body": {"msg": "hi"}}"#,
    },
    Explanation {
        rule: RuleCode::MaxItems,
        meaning: Words {
            en: "One request names at most {max_recipients} recipients (server: `params to's size can't exceed limit 600`). \
Split larger audiences into several requests; each recipient also counts against the {quota} messages a minute quota. \
To stay short, the example below pretends the limit is 2.",
            zh: "每次请求最多 {max_recipients} 个接收方（服务器返回：`params to's size can't exceed limit 600`）。接收方更多时请拆分为\
多次请求；每个接收方还计入每分钟 {quota} 条消息的限额。为简短起见，下面的示例假设上限为 2。",
        },
        doc: &[TO_600, QUOTA],
        before: r#"{"to": ["u1", "u2", "u3"], "type": "txt", "body": {"msg": "hi"}}"#,
        after: r#"{"to": ["u1", "u2"], "type": "txt", "body": {"msg": "hi"}}"#,
    },
    Explanation {
        rule: RuleCode::MinProperties,
        meaning: Words {
            en: "`body` must hold the message content (server: `param body can't be empty`). Where the type has \
required members they are reported instead; for `custom` (nothing required), or a missing or unknown `type`, \
an empty `body` is reported as `minProperties` at `/body`.",
            zh: "`body` 必须包含消息内容（服务器返回：`param body can't be empty`）。消息类型有必填字段时，改为报告缺少的\
必填字段；对于 `custom`（没有必填字段），或 `type` 缺失、未知时，空的 `body` 在 `/body` 报 `minProperties`。",
        },
        doc: &[Quote {
            page: &SEND_MESSAGE,
            section: BODY_PARAMS,
            zh: "`body`（JSON）：消息内容。body 包含的字段见下表说明。",
            en: "`body` (JSON): the message content. The members of body are described in the table below.",
        }],
        before: r#"{"to": ["user2"], "type": "custom", "body": {}}"#,
        after: r#"{"to": ["user2"], "type": "custom", "body": {"customEvent": "gift"}}"#,
    },
    Explanation {
        rule: RuleCode::MaxProperties,
        meaning: Words {
            en: "`customExts` holds at most {custom_exts_max} string-valued members. Move the rest into `ext`, or combine them.",
            zh: "`customExts` 最多包含 {custom_exts_max} 个值为字符串的成员。其余的请移到 `ext` 中，或合并。",
        },
        doc: &[Quote {
            page: &SEND_MESSAGE,
            section: "发送自定义消息 › 请求 body 参数",
            zh: "`customExts`（JSON）：用户自定义的事件属性，类型必须是 `Map<String,String>`，最多可以包含 16 个元素。",
            en: "`customExts` (JSON): the user-defined event attributes; the type must be `Map<String,String>`, with at most 16 elements.",
        }],
        before: r#"{"to": ["u2"], "type": "custom", "body": {"customExts": {"k1": "v", "k2": "v", "k3": "v", "k4": "v", "k5": "v", "k6": "v", "k7": "v", "k8": "v", "k9": "v", "k10": "v", "k11": "v", "k12": "v", "k13": "v", "k14": "v", "k15": "v", "k16": "v", "k17": "v"}}}"#,
        after: r#"{"to": ["u2"], "type": "custom", "body": {"customExts": {"k1": "v", "k2": "v", "k3": "v", "k4": "v", "k5": "v", "k6": "v", "k7": "v", "k8": "v", "k9": "v", "k10": "v", "k11": "v", "k12": "v", "k13": "v", "k14": "v", "k15": "v", "k16": "v"}}}"#,
    },
    Explanation {
        rule: RuleCode::Minimum,
        meaning: Words {
            en: "Durations (`length`, seconds), file sizes (`file_length`, bytes, in img, audio, video and file \
bodies), image and video sizes (`size.width`, `size.height`, pixels) and `msg_timestamp` are integers >= 0.",
            zh: "时长（`length`，秒）、文件大小（`file_length`，字节，见于 img、audio、video 和 file 消息体）、\
图片和视频尺寸（`size.width`、`size.height`，像素）以及 `msg_timestamp` 都是不小于 0 的整数。",
        },
        doc: &[
            Quote {
                page: &SEND_MESSAGE,
                section: "发送视频消息 › 请求 body 参数",
                zh: "`length`（Int）：视频时长，单位为秒。",
                en: "`length` (Int): the video's duration, in seconds.",
            },
            Quote {
                page: &SEND_MESSAGE,
                section: "发送视频消息 › 请求 body 参数",
                zh: "`file_length`（Long）：视频文件大小，单位为字节。",
                en: "`file_length` (Long): the video file's size, in bytes.",
            },
        ],
        before: r#"{"to": ["u2"], "type": "audio", "body": {"url": "https://example.com/a.amr", "filename": "a.amr", "length": -1}}"#,
        after: r#"{"to": ["u2"], "type": "audio", "body": {"url": "https://example.com/a.amr", "filename": "a.amr", "length": 10}}"#,
    },
    Explanation {
        rule: RuleCode::Maximum,
        meaning: Words {
            en: "The message's integers (`msg_timestamp`; `length`, `file_length`, `width` and `height` in \
bodies) are declared as `i64`, at most 9223372036854775807. JSON \
and serde_json allow more (up to 18446744073709551615), which no typed message can hold. Types you declare \
with `#[derive(Payload)]` (an `ext` of your own, for example) get a maximum from `#[payload(maximum = N)]`, \
and every integer type has its natural one (a `u8` is at most 255), so a value the validator passes also \
deserializes.",
            zh: "消息中的整数（`msg_timestamp`，以及消息体中的 `length`、`file_length`、`width` 和 `height`）声明为 \
`i64`，最大为 9223372036854775807。JSON 和 serde_json 允许更大的值（最大 \
18446744073709551615），但类型化的消息无法容纳。使用 `#[derive(Payload)]` 声明的类型（例如自定义的 `ext`）可以通过 \
`#[payload(maximum = N)]` 设置最大值；每种整数类型都自带取值上限（`u8` 最大为 255），因此通过校验的值一定能够反序列化。",
        },
        doc: &[],
        before: r#"{"to": ["u2"], "type": "txt", "body": {"msg": "hi"}, "msg_timestamp": 18446744073709551615}"#,
        after: r#"{"to": ["u2"], "type": "txt", "body": {"msg": "hi"}, "msg_timestamp": 1700000000000}"#,
    },
    Explanation {
        rule: RuleCode::UniqueItems,
        meaning: Words {
            en: "The server folds user IDs to lower case, so `User2` and `user2` are one user: listing them \
twice sends the message twice and each copy counts against the {quota} messages a minute quota. A warning, \
on each repeat.",
            zh: "服务器会将用户 ID 转为小写，因此 `User2` 和 `user2` 是同一个用户：列出两次会发送两次消息，\
每一次都计入每分钟 {quota} 条消息的限额。这是警告，每个重复项报告一次。",
        },
        doc: &[QUOTA],
        before: r#"{"to": ["user2", "user3", "user2"], "type": "txt", "body": {"msg": "hi"}}"#,
        after: r#"{"to": ["user2", "user3"], "type": "txt", "body": {"msg": "hi"}}"#,
    },
    Explanation {
        rule: RuleCode::MaxBytes,
        meaning: Words {
            en: "The compact UTF-8 JSON of `body` plus that of `ext` must not exceed {max_bytes} bytes (server error \
{too_large_code} `{too_large_text}`); private deployments often allow {private_max_bytes} (`--max-bytes {private_max_bytes}`). Reported at path \
\"\" (the whole message). The recipients do not count. Shorten the text or move large data out (upload it as a \
file and send its URL). The example below assumes `--max-bytes 64`.",
            zh: "`body` 与 `ext` 的紧凑 UTF-8 JSON 序列化后合计不能超过 {max_bytes} 字节（服务器错误 {too_large_code} \
`{too_large_text}`）；私有化部署常为 {private_max_bytes} 字节（`--max-bytes {private_max_bytes}`）。在路径 \"\"（整条消息）上报告。\
接收方不计入。请缩短文本，或将大块数据移出（作为文件上传后发送其 URL）。下面的示例假设 `--max-bytes 64`。",
        },
        doc: &[Quote {
            page: &SEND_MESSAGE,
            section: "功能说明 › 特别说明",
            zh: "接口调用过程中，请求体和扩展字段的总长度不能超过 5 KB。",
            en: "During the call, the request body and the extension fields together must not exceed 5 KB.",
        }],
        before: r#"{"to": ["u2"], "type": "txt", "body": {"msg": "a long text that, together with ext, is over the limit"}, "ext": {"k": "v"}}"#,
        after: r#"{"to": ["u2"], "type": "txt", "body": {"msg": "a short text"}}"#,
    },
    Explanation {
        rule: RuleCode::UnknownField,
        meaning: Words {
            en: "A member of the envelope or of a body that the API does not define is ignored by the server, so \
a misspelt name silently loses its value. In `ext`, only keys starting with the reserved `em_` prefix are \
checked, and the `em_` keys Easemob's own UI kits set (`em_expression_id`, `em_is_big_expression`, ...) are \
known. The push-extension objects (`em_apns_ext`, `em_android_push_ext`, `em_harmony_push_ext`, `em_push_ext`, \
`em_push_filter`, `em_push_template`) have closed vocabularies: a typo such as `huawei_chanel_id` silently \
disables the feature. A warning, with a did-you-mean hint when a known name is close and takes a value of the \
type found (`file_length`, bytes, is never steered to `length`, seconds); the documentation's own audio table \
writes `Length` for `length`. The members of the older `/messages` body get no hint.",
            zh: "信封或消息体中接口未定义的字段会被服务器忽略，因此拼错的字段名会悄无声息地丢失其值。在 `ext` 中，\
只检查以保留前缀 `em_` 开头的键；环信自己的 UI 组件库设置的 `em_` 键（`em_expression_id`、\
`em_is_big_expression` 等）是已知的。推送扩展对象（`em_apns_ext`、`em_android_push_ext`、`em_harmony_push_ext`、\
`em_push_ext`、`em_push_filter`、`em_push_template`）的字段是固定的：`huawei_chanel_id` 这样的拼写错误会使该功能\
悄无声息地失效。这是警告；已知字段名相近且其类型与该值相符时，会提示“是否想写”（`file_length`（字节）不会被\
引向 `length`（秒））；文档自己的语音消息表格把 `length` 写成了 `Length`。旧版 `/messages` 请求体的字段不给出提示。",
        },
        doc: &[
            Quote {
                page: &SEND_MESSAGE,
                section: "发送语音消息 › 请求 body 参数",
                zh: "`Length`（Int）：语音时长，单位为秒。",
                en: "`Length` (Int): the voice message's duration, in seconds.",
            },
            PUSH_FIELDS,
        ],
        before: r#"{"to": ["u2"], "type": "audio", "body": {"url": "https://example.com/a.amr", "filename": "a.amr", "Length": 10}}"#,
        after: r#"{"to": ["u2"], "type": "audio", "body": {"url": "https://example.com/a.amr", "filename": "a.amr", "length": 10}}"#,
    },
    Explanation {
        rule: RuleCode::Recommended,
        meaning: Words {
            en: "Without `filename`, clients cannot show the name of the image, voice, video or file. A warning.",
            zh: "没有 `filename` 时，客户端无法显示图片、语音、视频或文件的名称。这是警告。",
        },
        doc: &[Quote {
            page: &SEND_MESSAGE,
            section: "发送图片消息 › 请求 body 参数",
            zh: "`filename`（String）：图片名称。建议传入该参数，否则客户端收到图片消息时无法显示图片名称。",
            en: "`filename` (String): the image's name. Passing it is recommended; otherwise the client cannot show the image's name when it receives the message.",
        }],
        before: r#"{"to": ["u2"], "type": "file", "body": {"url": "https://example.com/f/123"}}"#,
        after: r#"{"to": ["u2"], "type": "file", "body": {"url": "https://example.com/f/123", "filename": "report.pdf"}}"#,
    },
    Explanation {
        rule: RuleCode::Lowercase,
        meaning: Words {
            en: "`Alice` and `alice` are the same user to the server. Write user IDs in lower case so that what \
you store is what the server uses; the hint gives the lower-case form. A warning, except in \
`ext.em_push_template.directed_template.target`, where it is an error: the template compares IDs exactly and \
ignores a target with upper-case letters.",
            zh: "对服务器而言 `Alice` 和 `alice` 是同一个用户。请用小写书写用户 ID，使你保存的与服务器使用的一致；\
提示中给出小写形式。这是警告，但在 `ext.em_push_template.directed_template.target` 中是错误：定向模板按原样\
比较用户 ID，会忽略含大写字母的目标用户。",
        },
        doc: &[
            USER_ID,
            Quote {
                page: &PUSH_EXTENSION,
                section: "推送扩展字段",
                zh: "定向模板中的字段：`target`（Array）：目标用户 ID，用户 ID 须全部为小写。",
                en: "Members of the directed template: `target` (Array): the target user IDs, which must all be lower case.",
            },
        ],
        before: r#"{"from": "Alice", "to": ["user2"], "type": "txt", "body": {"msg": "hi"}}"#,
        after: r#"{"from": "alice", "to": ["user2"], "type": "txt", "body": {"msg": "hi"}}"#,
    },
    Explanation {
        rule: RuleCode::DuplicateKey,
        meaning: Words {
            en: "JSON parsers disagree on which copy of a repeated name wins: serde_json and JavaScript keep the \
last, others keep the first or reject the object. So the server may not see what was validated (the linter \
validates the last copy). Reported at the second occurrence; remove one copy. A repeat with an identical value \
(the push-extension page's own example repeats `xiaomi_channel_id`) reads the same everywhere: a warning.",
            zh: "各 JSON 解析器对重复名称取哪一份的处理不一致：serde_json 和 JavaScript 保留最后一份，其他解析器\
保留第一份或拒绝整个对象。因此服务器看到的可能不是被检查的内容（本工具检查最后一份）。在第二次出现的位置报告；\
请删除其中一份。值完全相同的重复（推送扩展文档自己的示例重复了 `xiaomi_channel_id`）在各处读到的都一样：报警告。",
        },
        doc: &[Quote {
            page: &PUSH_EXTENSION,
            section: "示例 › 离线推送相关的扩展字段",
            zh: "示例的 `em_android_push_ext` 中 `\"xiaomi_channel_id\": \"\"` 出现了两次。",
            en: "In the example's `em_android_push_ext`, `\"xiaomi_channel_id\": \"\"` appears twice.",
        }],
        before: r#"{"to": ["user2"], "type": "txt", "body": {"msg": "hi"}, "to": ["user3"]}"#,
        after: r#"{"to": ["user2", "user3"], "type": "txt", "body": {"msg": "hi"}}"#,
    },
    Explanation {
        rule: RuleCode::Syntax,
        meaning: Words {
            en: "The text does not parse as JSON, or the file is empty, whitespace only, or not UTF-8. The line \
and column are where the parser stopped; a missing comma gets a hint (an earlier revision of the \
documentation's video and custom examples missed one). In a JSON Lines file each bad line is its own violation and the \
other lines are still checked. A UTF-8 byte-order mark is allowed and skipped.",
            zh: "文本无法解析为 JSON，或文件为空、只有空白字符、不是 UTF-8 编码。行号和列号是解析器停止的位置；\
缺少逗号时会给出提示（文档早先版本中视频消息和自定义消息的示例就缺少逗号）。在 JSON Lines 文件中，每个出错的行\
各报一条，其他行照常检查。允许并跳过 UTF-8 字节顺序标记（BOM）。",
        },
        doc: &[INVALID_BODY],
        before: "{\n  \"to\": [\"user2\"],\n  \"type\": \"custom\",\n  \"body\": {\n    \"customEvent\": \"custom_event\"\n    \"customExts\": {\"ext_key1\": \"ext_value1\"}\n  }\n}",
        after: "{\n  \"to\": [\"user2\"],\n  \"type\": \"custom\",\n  \"body\": {\n    \"customEvent\": \"custom_event\",\n    \"customExts\": {\"ext_key1\": \"ext_value1\"}\n  }\n}",
    },
];
