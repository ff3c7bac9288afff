//! The text of every explanation, one per rule code, in `RuleCode::ALL` order.
//!
//! Doc lines quote `shared/seed/send-single-chat-message.zh.txt` (a test checks
//! each quote is on its line); SPEC.md is the project's contract.

use easemob_payload::RuleCode;

use super::{DocLine, Explanation};

const TYPE_LAT: DocLine = DocLine {
    line: 564,
    zh: "latString位置的纬度,单位为度。",
    en: "lat, String: the latitude of the location, in degrees.",
};

const EXT_NOT_NULL: DocLine = DocLine {
    line: 124,
    zh: "extJSON消息支持扩展字段,可添加自定义信息。不能对该参数传入 null。",
    en: "ext, JSON: the message supports extension fields for custom information. null must not be passed for this parameter.",
};

const TO_600: DocLine = DocLine {
    line: 104,
    zh: "toList消息接收方的用户 ID 数组。每次最多可向 600 个用户发送消息。",
    en: "to, List: the array of the recipients' user IDs. A message can be sent to at most 600 users at a time.",
};

const QUOTA: DocLine = DocLine {
    line: 39,
    zh: "发送频率:通过 RESTful API 单个应用每分钟最多可发送 6000 条消息,每次最多可向 600 人发送。例如,一次向 600 人发消息,视为 600 条消息。",
    en: "Rate: one app can send at most 6000 messages a minute through the REST API, to at most 600 people at a time. Sending to 600 people at once counts as 600 messages.",
};

/// Every explanation.
pub(super) const EXPLANATIONS: [Explanation; 19] = [
    Explanation {
        rule: RuleCode::Type,
        summary: "a value has the wrong JSON type (or is null)",
        meaning: "Each member has one JSON type: `to` is an array of strings, `body` and `ext` are objects, \
`sync_device` is a boolean, and every other documented member is a string or an integer. `null` is never \
allowed: leave a member out instead. The location's `lat` and `lng` are strings, not numbers. Where a value \
has the wrong type, its inner rules are not checked (one violation, not a cascade). In a file, a top-level \
value or array element that is not an object is also a `type` error. The server answers a wrong type in the \
envelope or the body with `invalid_request_body` (`Request body is invalid. Please check body is correct.`), and \
a non-object `ext` with `param ext must be JSONObject`; the message quotes it. Inside `ext` the server checks \
nothing, so a wrong type there (`em_push_badge: \"1\"`, `em_push_mutable_content: \"true\"`, \
`accept_device_id: \"x\"`) is still an error here: the push silently fails. A `body` or `ext` sent as a string \
that holds JSON (encoded twice, as some SDKs do) gets a hint to send the object itself.",
        doc: &[TYPE_LAT, EXT_NOT_NULL],
        spec: "\"null is never a valid value for any member\"; \"a JSON number is a `type` error with the hint to quote it\" (loc); \"must be an object, never `null` (server: `param ext must be JSONObject`)\".",
        before: r#"{"to": ["user2"], "type": "loc", "body": {"lat": 39.966, "lng": "116.322", "addr": "中关村"}, "ext": null}"#,
        after: r#"{"to": ["user2"], "type": "loc", "body": {"lat": "39.966", "lng": "116.322", "addr": "中关村"}}"#,
    },
    Explanation {
        rule: RuleCode::Required,
        summary: "a required member is missing",
        meaning: "The envelope needs `to`, `type` and `body`; each body type has its own required members \
(`msg` for txt, `url` for img/audio/video/file, `lat`, `lng` and `addr` for loc, `action` for cmd). The \
violation's path is where the member would be (`/body/msg`); its line and column are those of the object \
that lacks it. An empty body is reported as the required members it lacks (server: `param body can't be empty`). \
Inside `ext.em_android_push_ext`, `oppo_category` is required when `oppo_notify_level` is sent. A body of the \
older `POST /{org_name}/{app_name}/messages` call (`target_type`, `target`, `msg`) gets one explanation on the \
missing `to`: `target` becomes `to`, `msg.type` becomes `type`, the rest of `msg` becomes `body`.",
        doc: &[DocLine {
            line: 133, zh: "msgString消息内容。", en: "msg, String: the message content."
        }],
        spec: "the \"required\" column was lost from the seed copy of the documentation; SPEC.md takes it from the official documentation source (message_single.md).",
        before: r#"{"to": ["user2"], "type": "txt", "body": {}}"#,
        after: r#"{"to": ["user2"], "type": "txt", "body": {"msg": "hello"}}"#,
    },
    Explanation {
        rule: RuleCode::Enum,
        summary: "a value is not one of its allowed values (`type`, push-extension settings)",
        meaning: "`type` must be one of txt, img, audio, video, file, loc, cmd, custom. A near miss gets a \
hint (`text` → `txt`, `image` → `img`); an empty `type` is the server's `param type can't be empty`. With an \
unknown type, `body` is only checked for being a non-empty object. The push extensions have closed value \
sets too: `honor_importance` is `LOW` or `NORMAL` (or `\"\"`), `honor_target_user_type` and \
`huawei_target_user_type` are 0 or 1, `oppo_notify_level` is 1, 2 or 16 (a string or a number).",
        doc: &[DocLine {
            line: 110,
            zh: "typeString消息类型:",
            en: "type, String: the message type: txt text, img image, audio voice, video, file, loc location, cmd command (pass-through), custom.",
        }],
        spec: "\"one of `txt` `img` `audio` `video` `file` `loc` `cmd` `custom` (`enum`, hint with the nearest name: `text` → `txt`)\".",
        before: r#"{"to": ["user2"], "type": "text", "body": {"msg": "hello"}}"#,
        after: r#"{"to": ["user2"], "type": "txt", "body": {"msg": "hello"}}"#,
    },
    Explanation {
        rule: RuleCode::Const,
        summary: "`routetype` is not `ROUTE_ONLINE`",
        meaning: "`routetype` has one allowed value, `ROUTE_ONLINE` (deliver only to recipients who are online). \
To deliver to everyone, online or not, leave `routetype` out.",
        doc: &[DocLine {
            line: 123,
            zh: "routetypeString若传入该参数,其值为 ROUTE_ONLINE,表示接收方只有在线时才能收到消息",
            en: "routetype, String: if passed, its value is ROUTE_ONLINE: the recipient only gets the message while online; if left out, the recipient gets it online or offline.",
        }],
        spec: "\"exactly `ROUTE_ONLINE` (`const`)\".",
        before: r#"{"to": ["user2"], "type": "txt", "body": {"msg": "hi"}, "routetype": "ROUTE_OFFLINE"}"#,
        after: r#"{"to": ["user2"], "type": "txt", "body": {"msg": "hi"}}"#,
    },
    Explanation {
        rule: RuleCode::Pattern,
        summary: "a string does not match its pattern",
        meaning: "User IDs (`from`, `to[*]`, `roam_ignore_users[*]`) use only `a-z A-Z 0-9 _ - .`; `url` and \
`thumb` are absolute http(s) URLs without spaces; `customEvent` is 1 to 32 of `a-z A-Z 0-9 - _ / .`; `env` is 1 \
to 8 letters or digits; `lat` and `lng` are decimal degrees in range. The documentation writes the \
customEvent regex unanchored, which `\"bad event!\"` would pass; the linter anchors it. Patterns follow \
ECMA-262, as ajv and Rust's regex agree on (Python's `re` lets `$` match before a final newline). One pattern \
is a warning: `ext.em_apns_ext.em_push_sound` should name an aiff, wav or caf file (or `default`); iOS plays \
the default sound for anything else.",
        doc: &[DocLine {
            line: 718,
            zh: "customEventString用户自定义的事件类型。该参数的值必须满足正则表达式 [a-zA-Z0-9-_/\\.]{1,32},长度为 1-32 个字符。",
            en: "customEvent, String: the user-defined event type. Its value must match the regular expression [a-zA-Z0-9-_/\\.]{1,32}, 1 to 32 characters long.",
        }],
        spec: "the Patterns table: user IDs `^[a-zA-Z0-9_.-]*$`, URLs `^https?://[^\\x00-\\x20]+$`, customEvent `^[a-zA-Z0-9_/.-]{1,32}$`, env `^[a-zA-Z0-9]{1,8}$`, and the lat/lng patterns.",
        before: r#"{"to": ["user 3"], "type": "custom", "body": {"customEvent": "bad event!"}}"#,
        after: r#"{"to": ["user3"], "type": "custom", "body": {"customEvent": "bad_event"}}"#,
    },
    Explanation {
        rule: RuleCode::MinLength,
        summary: "a string is too short (an empty user ID)",
        meaning: "User IDs have at least 1 character: `\"from\": \"\"` makes the server reject the request \
(`param from can't be empty`). To send as `admin`, leave `from` out. Lengths count Unicode characters, not bytes.",
        doc: &[DocLine {
            line: 102,
            zh: "2. 若传入字段但值为空字符串 (“”),请求失败。",
            en: "2. If the field is passed with an empty string (\"\") as its value, the request fails.",
        }],
        spec: "User ID: \"at least 1 (`minLength`) and at most 64 (`maxLength`) characters\"; \"`\"\"` fails (`minLength`, server: `param from can't be empty`)\".",
        before: r#"{"from": "", "to": ["user2"], "type": "txt", "body": {"msg": "hi"}}"#,
        after: r#"{"to": ["user2"], "type": "txt", "body": {"msg": "hi"}}"#,
    },
    Explanation {
        rule: RuleCode::MaxLength,
        summary: "a string is too long (a user ID over 64 characters)",
        meaning: "User IDs have at most 64 characters (`from`, each of `to` and `roam_ignore_users`). Lengths \
count Unicode characters; user IDs are ASCII, so characters are bytes.",
        doc: &[DocLine { line: 53, zh: "usernameString用户 ID。", en: "username, String: the user ID." }],
        spec: "User ID: \"at most 64 (`maxLength`) characters\" (from the official user-registration rules; the seed copy does not state the limit).",
        before: r#"{"to": ["user_with_a_name_that_is_much_too_long_for_easemob_to_accept_1234"], "type": "txt", "body": {"msg": "hi"}}"#,
        after: r#"{"to": ["user_1234"], "type": "txt", "body": {"msg": "hi"}}"#,
    },
    Explanation {
        rule: RuleCode::MinItems,
        summary: "an array is empty (`to` names nobody)",
        meaning: "`to` needs at least one recipient (server: `param to can't be empty`).",
        doc: &[TO_600],
        spec: "`to`: \"1..=600 items (`minItems`, `maxItems`)\".",
        before: r#"{"to": [], "type": "txt", "body": {"msg": "hi"}}"#,
        after: r#"{"to": ["user2"], "type": "txt", "body": {"msg": "hi"}}"#,
    },
    Explanation {
        rule: RuleCode::MaxItems,
        summary: "an array has too many items (`to` over 600 recipients)",
        meaning: "One request names at most 600 recipients (server: `params to's size can't exceed limit 600`). \
Split larger audiences into several requests; each recipient also counts against the 6000 messages a minute quota. \
To stay short, the example below pretends the limit is 2.",
        doc: &[TO_600, QUOTA],
        spec: "`to`: \"1..=600 items (`minItems`, `maxItems`; server: `params to's size can't exceed limit 600`)\".",
        before: r#"{"to": ["u1", "u2", "u3"], "type": "txt", "body": {"msg": "hi"}}"#,
        after: r#"{"to": ["u1", "u2"], "type": "txt", "body": {"msg": "hi"}}"#,
    },
    Explanation {
        rule: RuleCode::MinProperties,
        summary: "an object that must not be empty is empty",
        meaning: "`body` must hold the message content (server: `param body can't be empty`). Where the type has \
required members they are reported instead; for `custom` (nothing required), or a missing or unknown `type`, \
an empty `body` is reported as `minProperties` at `/body`.",
        doc: &[DocLine {
            line: 119,
            zh: "bodyJSON消息内容。body 包含的字段见下表说明。",
            en: "body, JSON: the message content. The members of body are described in the table below.",
        }],
        spec: "\"An empty object (server: `param body can't be empty`) is reported as the `required` members it lacks; where the type has none (`custom`) or `type` is missing or unknown, as `minProperties` at `/body`\".",
        before: r#"{"to": ["user2"], "type": "custom", "body": {}}"#,
        after: r#"{"to": ["user2"], "type": "custom", "body": {"customEvent": "gift"}}"#,
    },
    Explanation {
        rule: RuleCode::MaxProperties,
        summary: "an object has too many members (`customExts` over 16)",
        meaning: "`customExts` holds at most 16 string-valued members. Move the rest into `ext`, or combine them.",
        doc: &[DocLine {
            line: 719,
            zh: "customExtsJSON用户自定义的事件属性,类型必须是 Map<String,String>,最多可以包含 16 个元素。",
            en: "customExts, JSON: the user-defined event attributes; the type must be Map<String,String>, with at most 16 elements.",
        }],
        spec: "custom `customExts`: \"string values only (`type` on each bad value), at most 16 members (`maxProperties`)\".",
        before: r#"{"to": ["u2"], "type": "custom", "body": {"customExts": {"k1": "v", "k2": "v", "k3": "v", "k4": "v", "k5": "v", "k6": "v", "k7": "v", "k8": "v", "k9": "v", "k10": "v", "k11": "v", "k12": "v", "k13": "v", "k14": "v", "k15": "v", "k16": "v", "k17": "v"}}}"#,
        after: r#"{"to": ["u2"], "type": "custom", "body": {"customExts": {"k1": "v", "k2": "v", "k3": "v", "k4": "v", "k5": "v", "k6": "v", "k7": "v", "k8": "v", "k9": "v", "k10": "v", "k11": "v", "k12": "v", "k13": "v", "k14": "v", "k15": "v", "k16": "v"}}}"#,
    },
    Explanation {
        rule: RuleCode::Minimum,
        summary: "a number is below its minimum (a negative size, length or duration)",
        meaning: "Durations (`length`, seconds), file sizes (`file_length`, bytes, in img, audio, video and file \
bodies), image and video sizes (`size.width`, `size.height`, pixels) and `msg_timestamp` are integers >= 0.",
        doc: &[
            DocLine {
                line: 402,
                zh: "lengthInt视频时长,单位为秒。",
                en: "length, Int: the video's duration, in seconds.",
            },
            DocLine {
                line: 404,
                zh: "file_lengthLong视频文件大小,单位为字节。",
                en: "file_length, Long: the video file's size, in bytes.",
            },
        ],
        spec: "audio/video `length`: \"seconds, >= 0\"; video `file_length`: \"bytes, >= 0\"; img `size`: \"integers >= 0 (`minimum`)\".",
        before: r#"{"to": ["u2"], "type": "audio", "body": {"url": "https://example.com/a.amr", "filename": "a.amr", "length": -1}}"#,
        after: r#"{"to": ["u2"], "type": "audio", "body": {"url": "https://example.com/a.amr", "filename": "a.amr", "length": 10}}"#,
    },
    Explanation {
        rule: RuleCode::UniqueItems,
        summary: "a recipient is listed twice (compared case-folded)",
        meaning: "The server folds user IDs to lower case, so `User2` and `user2` are one user: listing them \
twice sends the message twice and each copy counts against the 6000 messages a minute quota. A warning, \
on each repeat.",
        doc: &[QUOTA],
        spec: "`to`: \"duplicate IDs, compared case-folded: `uniqueItems` **warning** on each repeat (every recipient counts against the 6000 messages/minute quota)\".",
        before: r#"{"to": ["user2", "user3", "user2"], "type": "txt", "body": {"msg": "hi"}}"#,
        after: r#"{"to": ["user2", "user3"], "type": "txt", "body": {"msg": "hi"}}"#,
    },
    Explanation {
        rule: RuleCode::MaxBytes,
        summary: "`body` plus `ext` serialize to more bytes than the server accepts",
        meaning: "The compact UTF-8 JSON of `body` plus that of `ext` must not exceed 5120 bytes (server error \
14007 `message is too large`); private deployments often allow 3072 (`--max-bytes 3072`). Reported at path \
\"\" (the whole message). The recipients do not count. Shorten the text or move large data out (upload it as a \
file and send its URL). The example below assumes `--max-bytes 64`.",
        doc: &[DocLine {
            line: 37,
            zh: "接口调用过程中,请求体和扩展字段的总长度不能超过 5 KB。",
            en: "During the call, the request body and the extension fields together must not exceed 5 KB.",
        }],
        spec: "\"the compact UTF-8 JSON serialization ... of `body` plus that of `ext` ... must not exceed 5 KB = 5120 bytes (`maxBytes`, at path `\"\"`; server error 14007 `message is too large`)\".",
        before: r#"{"to": ["u2"], "type": "txt", "body": {"msg": "a long text that, together with ext, is over the limit"}, "ext": {"k": "v"}}"#,
        after: r#"{"to": ["u2"], "type": "txt", "body": {"msg": "a short text"}}"#,
    },
    Explanation {
        rule: RuleCode::UnknownField,
        summary: "a member the API does not know (likely a typo)",
        meaning: "A member of the envelope or of a body that the API does not define is ignored by the server, so \
a misspelt name silently loses its value. In `ext`, only keys starting with the reserved `em_` prefix are \
checked, and the `em_` keys Easemob's own UI kits set (`em_expression_id`, `em_is_big_expression`, ...) are \
known. The push-extension objects (`em_apns_ext`, `em_android_push_ext`, `em_harmony_push_ext`, `em_push_ext`, \
`em_push_filter`, `em_push_template`) have closed vocabularies: a typo such as `huawei_chanel_id` silently \
disables the feature. A warning, with a did-you-mean hint when a known name is close and takes a value of the \
type found (`file_length`, bytes, is never steered to `length`, seconds); the documentation's own audio table \
writes `Length` for `length`. The members of the older `/messages` body get no hint.",
        doc: &[DocLine {
            line: 322,
            zh: "LengthInt语音时长,单位为秒。",
            en: "Length, Int: the voice message's duration, in seconds.",
        }],
        spec: "\"Unknown members of the envelope or of a body: `unknownField` **warning**, with a `did you mean` hint\"; ext: \"keys that start with `em_` and are not among those below\".",
        before: r#"{"to": ["u2"], "type": "audio", "body": {"url": "https://example.com/a.amr", "filename": "a.amr", "Length": 10}}"#,
        after: r#"{"to": ["u2"], "type": "audio", "body": {"url": "https://example.com/a.amr", "filename": "a.amr", "length": 10}}"#,
    },
    Explanation {
        rule: RuleCode::Recommended,
        summary: "a recommended member is missing (`filename` of a media or file message)",
        meaning: "Without `filename`, clients cannot show the name of the image, voice, video or file. A warning.",
        doc: &[DocLine {
            line: 234,
            zh: "filenameString图片名称。建议传入该参数,否则客户端收到图片消息时无法显示图片名称。",
            en: "filename, String: the image's name. Passing it is recommended; otherwise the client cannot show the image's name when it receives the message.",
        }],
        spec: "img/audio/video/file `filename`: \"missing: `recommended` **warning** (clients cannot show a name)\".",
        before: r#"{"to": ["u2"], "type": "file", "body": {"url": "https://example.com/f/123"}}"#,
        after: r#"{"to": ["u2"], "type": "file", "body": {"url": "https://example.com/f/123", "filename": "report.pdf"}}"#,
    },
    Explanation {
        rule: RuleCode::Lowercase,
        summary: "a user ID has upper-case letters, which the server folds to lower case",
        meaning: "`Alice` and `alice` are the same user to the server. Write user IDs in lower case so that what \
you store is what the server uses; the hint gives the lower-case form. A warning, except in \
`ext.em_push_template.directed_template.target`, where it is an error: the template compares IDs exactly and \
ignores a target with upper-case letters.",
        doc: &[],
        spec: "User ID: \"Upper-case letters are accepted but folded to lower case by the server, so `Alice` and `alice` are one user: `lowercase` **warning** with the lower-case form as hint\".",
        before: r#"{"from": "Alice", "to": ["user2"], "type": "txt", "body": {"msg": "hi"}}"#,
        after: r#"{"from": "alice", "to": ["user2"], "type": "txt", "body": {"msg": "hi"}}"#,
    },
    Explanation {
        rule: RuleCode::DuplicateKey,
        summary: "a member name appears twice in one object (files only)",
        meaning: "JSON parsers disagree on which copy of a repeated name wins: serde_json and JavaScript keep the \
last, others keep the first or reject the object. So the server may not see what was validated (the linter \
validates the last copy). Reported at the second occurrence; remove one copy. A repeat with an identical value \
(the push-extension page's own example repeats `xiaomi_channel_id`) reads the same everywhere: a warning.",
        doc: &[],
        spec: "Files: \"a member name repeated in one object ... `duplicateKey` error, the repeated member, e.g. `/to`, its second occurrence\" (RFC 8259: names within an object SHOULD be unique).",
        before: r#"{"to": ["user2"], "type": "txt", "body": {"msg": "hi"}, "to": ["user3"]}"#,
        after: r#"{"to": ["user2", "user3"], "type": "txt", "body": {"msg": "hi"}}"#,
    },
    Explanation {
        rule: RuleCode::Syntax,
        summary: "the file is not JSON (files only)",
        meaning: "The text does not parse as JSON, or the file is empty, whitespace only, or not UTF-8. The line \
and column are where the parser stopped; a missing comma gets a hint. Two of the documentation's own \
examples (video and custom) miss a comma. In a JSON Lines file each bad line is its own violation and the \
other lines are still checked. A UTF-8 byte-order mark is allowed and skipped.",
        doc: &[DocLine {
            line: 436,
            zh: "\"filename\" : \"test.avi\"",
            en: "the video example's `\"filename\" : \"test.avi\"` line has no comma before the next member, `\"thumb\"`.",
        }],
        spec: "Files: \"not JSON (two of the documentation's own examples, video and custom, miss a comma); empty or whitespace-only file; invalid UTF-8: `syntax` error, path `\"\"`, where the parser stopped\".",
        before: "{\n  \"to\": [\"user2\"],\n  \"type\": \"custom\",\n  \"body\": {\n    \"customEvent\": \"custom_event\"\n    \"customExts\": {\"ext_key1\": \"ext_value1\"}\n  }\n}",
        after: "{\n  \"to\": [\"user2\"],\n  \"type\": \"custom\",\n  \"body\": {\n    \"customEvent\": \"custom_event\",\n    \"customExts\": {\"ext_key1\": \"ext_value1\"}\n  }\n}",
    },
];
