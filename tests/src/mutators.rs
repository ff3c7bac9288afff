//! Mutators: each breaks exactly one rule of a valid message and says which
//! `(path, rule, severity)` the report must then hold.
//!
//! Every rule code `validate` can produce has at least one mutator
//! (`duplicateKey` and `syntax` are file-only). The table:
//!
//! | rule | mutators (name: what they do) |
//! |---|---|
//! | `type` | `lat-number`: `lat`/`lng` as a JSON number; `ext-null`: `ext: null`; `recipient-number`: one recipient a number; `to-string`: `to` a string; `from-null`: `from: null`; `sync-device-string`: `"true"`; `body-not-object`: `body` an array, string or number; `type-number`: `type: 8`; `msg-number`; `length-string`: audio/video `length: "10"`; `size-fraction`: img `width: 480.5`; `custom-ext-number`: a `customExts` value not a string; `em-flag-string`: `em_ignore_notification: "true"`; `em-push-title-number`; `roam-not-array`; `env-number`; `push-member-type`: `em_push_badge: "1"`, `em_push_mutable_content: "true"`, `accept_device_id: "x"`, ... in the push extensions |
//! | `required` | `drop-body-member`: `msg`/`url`/`lat`/`lng`/`addr`/`action` left out; `drop-envelope-member`: `to`, `type` or `body` left out; `size-without-height`; `oppo-level-without-category` |
//! | `enum` | `type-name`: `type` is `text`, `image`, `TXT`, `""`, ...; `push-value`: `honor_importance: "HIGH"`, `honor_target_user_type: 2`, `oppo_notify_level: "3"`, ... |
//! | `const` | `routetype`: `X`, `route_online`, `""`, `ROUTE_ONLINE ` |
//! | `pattern` | `recipient-char`: a `@`, space, `#`, `é`, `+` or line break in a recipient; `from-char`; `roam-char`; `url`: `ftp://`, `HTTPS://`, a space, ... (also `thumb`); `custom-event`: a space, `!`, 33 characters, `""`; `env`: 9 characters, `a-b`, `""`; `lat-range`/`lng-range`: `90.1`, `181`, `1e3`, `+39`, `""`; `push-sound`: `em_push_sound` not aiff/wav/caf (a warning) |
//! | `minLength` | `recipient-empty`: `""`; `from-empty` |
//! | `maxLength` | `recipient-65`: a 65-character ID; `from-65`; `roam-65` |
//! | `minItems` | `to-empty`: `to: []` |
//! | `maxItems` | `to-601`: `to` grown to 601 (or up to 650) distinct IDs |
//! | `minProperties` | `custom-empty`: custom `body: {}` |
//! | `maxProperties` | `custom-exts-17`: 17 to 20 `customExts` |
//! | `minimum` | `negative`: `length`, `file_length`, `width` or `height` below 0 (`-1`, `-5.0`, `i64::MIN`) |
//! | `maximum` | `beyond-i64`: `msg_timestamp` above 2^63 − 1 (`u64::MAX`, `2^63`, `1e19`), which JSON allows and the typed message cannot hold |
//! | `uniqueItems` | `repeat-recipient`: one or two recipients repeat an earlier one (warning on each repeat) |
//! | `maxBytes` | `one-over`: `body` + `ext` grown to 1 to 4 bytes over 5120 |
//! | `unknownField` | `audio-Length`: `Length` in an audio body; `envelope-key`: `sync_devices`, `routeType`, ...; `body-key`; `ext-em-key`: `em_foo`, `em_ignore_notifications`, ...; `push-key-typo`: `huawei_chanel_id`, `em_push_badges`, ... inside a push extension |
//! | `recommended` | `drop-filename`: `filename` left out of a media body |
//! | `lowercase` | `recipient-upper`: one letter of a recipient upper-cased; `from-upper`; `roam-upper`; `template-target-upper`: a directed template's target (an error there) |
//!
//! A mutation also names the members it touched, so [`apply_many`] can combine
//! mutations of unrelated members (a mutation of `type` touches `body` too, since
//! the body is then no longer checked against its type).

use std::collections::HashSet;

use easemob_payload::RuleCode;
use serde_json::{Map, Value, json};

use crate::config::Triple;
use crate::generators::{MAX_BYTES, MAX_RECIPIENTS, escape, json_cost, size, trim_to};

/// What a mutation did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mutation {
    /// The violations the report must now hold, beyond those of the original.
    pub expected: Vec<Triple>,
    /// JSON Pointers of the members it changed (or whose checking it changed).
    pub touched: Vec<String>,
}

/// A way to break one rule.
pub struct Mutator {
    /// The rule it breaks.
    pub rule: RuleCode,
    /// A short name for failure messages.
    pub name: &'static str,
    /// Breaks the rule in `value`, or `None` where the message has no member to break it on.
    pub apply: fn(&mut Value, &Context, &mut Pick) -> Option<Mutation>,
}

impl std::fmt::Debug for Mutator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", self.rule.as_str(), self.name)
    }
}

/// What a mutator may know of the message beyond its JSON.
#[derive(Debug, Clone, Default)]
pub struct Context {
    /// The generator's padding string, which `maxBytes` may grow and others may trim.
    pub pad: Option<String>,
}

/// A small deterministic source of choices (SplitMix64), seeded by proptest.
#[derive(Debug, Clone)]
pub struct Pick(u64);

impl Pick {
    /// A source seeded with `seed`.
    pub fn new(seed: u64) -> Pick {
        Pick(seed)
    }

    /// A number in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        ((z ^ (z >> 31)) % n as u64) as usize
    }

    /// One of `items`.
    pub fn one<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// `ext.{name}` as an object, created (with `ext`) if absent.
fn push_object<'a>(v: &'a mut Value, name: &str) -> Option<&'a mut Map<String, Value>> {
    ext(v)?.entry(name).or_insert_with(|| json!({})).as_object_mut()
}

fn triple(path: &str, rule: RuleCode) -> Triple {
    (path.to_owned(), rule.as_str().to_owned(), rule.default_severity().as_str().to_owned())
}

fn done(path: &str, rule: RuleCode, touched: &[&str]) -> Option<Mutation> {
    Some(Mutation {
        expected: vec![triple(path, rule)],
        touched: touched.iter().map(|s| (*s).to_owned()).collect(),
    })
}

fn kind(v: &Value) -> &str {
    v["type"].as_str().unwrap_or_default()
}

fn is_media(v: &Value) -> bool {
    matches!(kind(v), "img" | "audio" | "video" | "file")
}

/// The body, unless an earlier mutation removed it or made it something else.
fn body(v: &mut Value) -> Option<&mut Map<String, Value>> {
    v.get_mut("body")?.as_object_mut()
}

/// `to`, unless an earlier mutation removed it or made it something else.
fn recipients(v: &mut Value) -> Option<&mut Vec<Value>> {
    v.get_mut("to")?.as_array_mut().filter(|to| !to.is_empty())
}

/// `ext` as an object, created if absent.
fn ext(v: &mut Value) -> Option<&mut Map<String, Value>> {
    if v.get("ext").is_none() {
        v["ext"] = json!({});
    }
    v["ext"].as_object_mut()
}

/// A lower-case ID of `[a-z0-9]` not equal (case-folded) to any in `taken`.
fn fresh_id(taken: &HashSet<String>, stem: &str, pick: &mut Pick) -> String {
    loop {
        let id = format!("{stem}{}", pick.below(1 << 30));
        if !taken.contains(&id) {
            return id;
        }
    }
}

fn folded(items: &[Value]) -> HashSet<String> {
    items.iter().filter_map(Value::as_str).map(str::to_ascii_lowercase).collect()
}

/// Upper-cases one ASCII letter of `id`, or `None` if it has none.
fn upper_one(id: &str, pick: &mut Pick) -> Option<String> {
    let letters: Vec<usize> =
        id.char_indices().filter(|(_, c)| c.is_ascii_lowercase()).map(|(i, _)| i).collect();
    if letters.is_empty() {
        return None;
    }
    let at = *pick.one(&letters);
    let mut out = id.to_owned();
    out.replace_range(at..=at, &id[at..=at].to_ascii_uppercase());
    Some(out)
}

/// Replaces one character of `id` (or appends one) with a character the ID pattern forbids.
fn break_charset(id: &str, pick: &mut Pick) -> String {
    let bad = *pick.one(&['@', ' ', '#', 'é', '+', '\n', '中']);
    let mut chars: Vec<char> = id.chars().collect();
    if chars.is_empty() || (chars.len() < 64 && pick.below(2) == 0) {
        chars.push(bad);
    } else {
        let i = pick.below(chars.len());
        chars[i] = bad;
    }
    chars.into_iter().collect()
}

fn long_id(pick: &mut Pick) -> String {
    (0..65).map(|_| *pick.one(&['a', 'z', '0', '9', '_', '.', '-'])).collect()
}

/// Every mutator; [`RuleCode::ALL`] minus the file-only codes is covered.
pub static MUTATORS: &[Mutator] = &[
    // ---- type
    Mutator {
        rule: RuleCode::Type,
        name: "lat-number",
        apply: |v, _, p| {
            if kind(v) != "loc" {
                return None;
            }
            let member = *p.one(&["lat", "lng"]);
            let n: f64 = v["body"][member].as_str()?.parse().ok()?;
            body(v)?.insert(member.into(), json!(n));
            let path = format!("/body/{member}");
            done(&path, RuleCode::Type, &[&path])
        },
    },
    Mutator {
        rule: RuleCode::Type,
        name: "ext-null",
        apply: |v, _, _| {
            v["ext"] = Value::Null;
            done("/ext", RuleCode::Type, &["/ext"])
        },
    },
    Mutator {
        rule: RuleCode::Type,
        name: "recipient-number",
        apply: |v, _, p| {
            let to = recipients(v)?;
            let i = p.below(to.len());
            to[i] = json!(i);
            done(&format!("/to/{i}"), RuleCode::Type, &["/to"])
        },
    },
    Mutator {
        rule: RuleCode::Type,
        name: "to-string",
        apply: |v, _, _| {
            v["to"] = json!("user2");
            done("/to", RuleCode::Type, &["/to"])
        },
    },
    Mutator {
        rule: RuleCode::Type,
        name: "from-null",
        apply: |v, _, _| {
            v["from"] = Value::Null;
            done("/from", RuleCode::Type, &["/from"])
        },
    },
    Mutator {
        rule: RuleCode::Type,
        name: "sync-device-string",
        apply: |v, _, p| {
            v["sync_device"] = json!(*p.one(&["true", "false", "1"]));
            done("/sync_device", RuleCode::Type, &["/sync_device"])
        },
    },
    Mutator {
        rule: RuleCode::Type,
        name: "body-not-object",
        apply: |v, _, p| {
            v["body"] = p.one(&[json!([]), json!("hello"), json!(0), json!([{"msg": "x"}])]).clone();
            done("/body", RuleCode::Type, &["/body"])
        },
    },
    Mutator {
        rule: RuleCode::Type,
        name: "type-number",
        apply: |v, _, _| {
            v["type"] = json!(8);
            done("/type", RuleCode::Type, &["/type", "/body"])
        },
    },
    Mutator {
        rule: RuleCode::Type,
        name: "msg-number",
        apply: |v, _, p| {
            if kind(v) != "txt" {
                return None;
            }
            body(v)?.insert(
                "msg".into(),
                p.one(&[json!(5), json!(true), json!(["hi"]), json!({"text": "hi"})]).clone(),
            );
            done("/body/msg", RuleCode::Type, &["/body/msg"])
        },
    },
    Mutator {
        rule: RuleCode::Type,
        name: "length-string",
        apply: |v, _, p| {
            if !matches!(kind(v), "audio" | "video") {
                return None;
            }
            body(v)?.insert("length".into(), p.one(&[json!("10"), json!(10.5), json!(true)]).clone());
            done("/body/length", RuleCode::Type, &["/body/length"])
        },
    },
    Mutator {
        rule: RuleCode::Type,
        name: "size-fraction",
        apply: |v, _, p| {
            if kind(v) != "img" {
                return None;
            }
            let member = *p.one(&["width", "height"]);
            let mut size = json!({"width": 480, "height": 720});
            size[member] = p.one(&[json!(480.5), json!("480"), json!(-0.5)]).clone();
            body(v)?.insert("size".into(), size);
            done(&format!("/body/size/{member}"), RuleCode::Type, &["/body/size"])
        },
    },
    Mutator {
        rule: RuleCode::Type,
        name: "custom-ext-number",
        apply: |v, _, p| {
            if kind(v) != "custom" {
                return None;
            }
            let exts = body(v)?.get_mut("customExts")?.as_object_mut()?;
            let keys: Vec<String> = exts.keys().cloned().collect();
            if keys.is_empty() {
                return None;
            }
            let key = p.one(&keys).clone();
            exts.insert(
                key.clone(),
                p.one(&[json!(1), json!(null), json!({"a": "b"}), json!(false)]).clone(),
            );
            let path = format!("/body/customExts/{}", escape(&key));
            done(&path, RuleCode::Type, &[&path])
        },
    },
    Mutator {
        rule: RuleCode::Type,
        name: "em-flag-string",
        apply: |v, _, p| {
            let key = *p.one(&["em_ignore_notification", "em_force_notification"]);
            ext(v)?.insert(key.into(), p.one(&[json!("true"), json!(1), json!(null)]).clone());
            let path = format!("/ext/{key}");
            done(&path, RuleCode::Type, &[&path])
        },
    },
    Mutator {
        rule: RuleCode::Type,
        name: "em-push-title-number",
        apply: |v, _, _| {
            let e = ext(v)?;
            let push = e.entry("em_push_ext").or_insert_with(|| json!({}));
            push.as_object_mut()?.insert("title".into(), json!(1));
            done("/ext/em_push_ext/title", RuleCode::Type, &["/ext/em_push_ext/title"])
        },
    },
    Mutator {
        rule: RuleCode::Type,
        name: "roam-not-array",
        apply: |v, _, _| {
            v["roam_ignore_users"] = json!({"user": "u1"});
            done("/roam_ignore_users", RuleCode::Type, &["/roam_ignore_users"])
        },
    },
    Mutator {
        rule: RuleCode::Type,
        name: "env-number",
        apply: |v, _, _| {
            v["env"] = json!(1);
            done("/env", RuleCode::Type, &["/env"])
        },
    },
    Mutator {
        rule: RuleCode::Type,
        name: "push-member-type",
        apply: |v, _, p| {
            // Each silently breaks a push: the server stores `ext` without looking inside.
            let choices = [
                ("em_apns_ext", "em_push_badge", json!("1")),
                ("em_apns_ext", "em_push_mutable_content", json!("true")),
                ("em_push_filter", "accept_device_id", json!("x")),
                ("em_harmony_push_ext", "notify_id", json!("7")),
                ("em_harmony_push_ext", "is_test_message", json!(1)),
                ("em_android_push_ext", "fcm_options", json!("{}")),
                ("em_android_push_ext", "huawei_channel_id", json!(5)),
                ("em_push_ext", "custom", json!([])),
                ("em_push_template", "title_args", json!("{$msg}")),
            ];
            let (object, member, bad) = p.one(&choices).clone();
            push_object(v, object)?.insert(member.into(), bad);
            let path = format!("/ext/{object}/{member}");
            done(&path, RuleCode::Type, &[&path])
        },
    },
    // ---- required
    Mutator {
        rule: RuleCode::Required,
        name: "drop-body-member",
        apply: |v, _, p| {
            let required: &[&str] = match kind(v) {
                "txt" => &["msg"],
                "img" | "audio" | "video" | "file" => &["url"],
                "loc" => &["lat", "lng", "addr"],
                "cmd" => &["action"],
                _ => return None,
            };
            let member = *p.one(required);
            body(v)?.remove(member);
            let path = format!("/body/{member}");
            done(&path, RuleCode::Required, &[&path])
        },
    },
    Mutator {
        rule: RuleCode::Required,
        name: "drop-envelope-member",
        apply: |v, _, p| {
            let member = *p.one(&["to", "type", "body"]);
            v.as_object_mut()?.remove(member);
            let path = format!("/{member}");
            // Without `type` the body is checked only for being a non-empty object.
            let touched: &[&str] = if member == "to" { &["/to"] } else { &["/type", "/body"] };
            done(&path, RuleCode::Required, touched)
        },
    },
    Mutator {
        rule: RuleCode::Required,
        name: "size-without-height",
        apply: |v, _, p| {
            if kind(v) != "img" {
                return None;
            }
            let (present, missing) = *p.one(&[("width", "height"), ("height", "width")]);
            body(v)?.insert("size".into(), json!({present: 0}));
            done(&format!("/body/size/{missing}"), RuleCode::Required, &["/body/size"])
        },
    },
    Mutator {
        rule: RuleCode::Required,
        name: "oppo-level-without-category",
        apply: |v, _, p| {
            let android = push_object(v, "em_android_push_ext")?;
            let level = if p.below(2) == 0 { json!(1) } else { json!("16") };
            android.insert("oppo_notify_level".into(), level);
            android.remove("oppo_category");
            let path = "/ext/em_android_push_ext/oppo_category";
            done(path, RuleCode::Required, &[path, "/ext/em_android_push_ext/oppo_notify_level"])
        },
    },
    // ---- enum
    Mutator {
        rule: RuleCode::Enum,
        name: "type-name",
        apply: |v, _, p| {
            v["type"] = json!(
                *p.one(&["text", "image", "TXT", "location", "voice", "", "customs", "txt ", "command"])
            );
            done("/type", RuleCode::Enum, &["/type", "/body"])
        },
    },
    Mutator {
        rule: RuleCode::Enum,
        name: "push-value",
        apply: |v, _, p| {
            let choices = [
                ("honor_importance", json!("HIGH")),
                ("honor_importance", json!("low")),
                ("honor_target_user_type", json!(2)),
                ("huawei_target_user_type", json!(-1)),
                ("oppo_notify_level", json!("3")),
                ("oppo_notify_level", json!(null)),
            ];
            let (member, bad) = p.one(&choices).clone();
            let android = push_object(v, "em_android_push_ext")?;
            android.insert(member.into(), bad);
            // `oppo_notify_level` needs its category, or `required` joins the report.
            android.entry("oppo_category").or_insert_with(|| json!("IM"));
            let path = format!("/ext/em_android_push_ext/{member}");
            done(&path, RuleCode::Enum, &[&path, "/ext/em_android_push_ext/oppo_category"])
        },
    },
    // ---- const
    Mutator {
        rule: RuleCode::Const,
        name: "routetype",
        apply: |v, _, p| {
            v["routetype"] = json!(*p.one(&["X", "route_online", "", "ROUTE_ONLINE ", "ROUTE_OFFLINE"]));
            done("/routetype", RuleCode::Const, &["/routetype"])
        },
    },
    // ---- pattern
    Mutator {
        rule: RuleCode::Pattern,
        name: "recipient-char",
        apply: |v, _, p| {
            let to = recipients(v)?;
            let i = p.below(to.len());
            let id = break_charset(to[i].as_str()?, p);
            to[i] = json!(id);
            done(&format!("/to/{i}"), RuleCode::Pattern, &["/to"])
        },
    },
    Mutator {
        rule: RuleCode::Pattern,
        name: "from-char",
        apply: |v, _, p| {
            let from = v.get("from").and_then(Value::as_str).unwrap_or("admin");
            v["from"] = json!(break_charset(from, p));
            done("/from", RuleCode::Pattern, &["/from"])
        },
    },
    Mutator {
        rule: RuleCode::Pattern,
        name: "roam-char",
        apply: |v, _, p| {
            v["roam_ignore_users"] = json!(["u1", break_charset("dev1", p)]);
            done("/roam_ignore_users/1", RuleCode::Pattern, &["/roam_ignore_users"])
        },
    },
    Mutator {
        rule: RuleCode::Pattern,
        name: "url",
        apply: |v, _, p| {
            if !is_media(v) {
                return None;
            }
            let member = if kind(v) == "video" { *p.one(&["url", "thumb"]) } else { "url" };
            let bad = *p.one(&[
                "ftp://x/y",
                "HTTPS://x/y",
                "https://a b",
                "//x/y",
                "https://",
                "http:/x",
                "https://x\n",
                "x",
            ]);
            body(v)?.insert(member.into(), json!(bad));
            let path = format!("/body/{member}");
            done(&path, RuleCode::Pattern, &[&path])
        },
    },
    Mutator {
        rule: RuleCode::Pattern,
        name: "custom-event",
        apply: |v, _, p| {
            if kind(v) != "custom" {
                return None;
            }
            let long = "e".repeat(33);
            let bad = p.one(&["bad event!", "a b", "", "事件", "a\n", "x:y", long.as_str()]).to_string();
            body(v)?.insert("customEvent".into(), json!(bad));
            done("/body/customEvent", RuleCode::Pattern, &["/body/customEvent"])
        },
    },
    Mutator {
        rule: RuleCode::Pattern,
        name: "env",
        apply: |v, _, p| {
            v["env"] = json!(*p.one(&["abcdefghi", "", "a-b", "é", "ab cd", "test\n"]));
            done("/env", RuleCode::Pattern, &["/env"])
        },
    },
    Mutator {
        rule: RuleCode::Pattern,
        name: "lat-range",
        apply: |v, _, p| {
            if kind(v) != "loc" {
                return None;
            }
            body(v)?.insert(
                "lat".into(),
                json!(*p.one(&[
                    "90.1", "91", "-90.5", "1e3", "39.966\n", "+39", " 39", "39.", ".5", "090", "180", ""
                ])),
            );
            done("/body/lat", RuleCode::Pattern, &["/body/lat"])
        },
    },
    Mutator {
        rule: RuleCode::Pattern,
        name: "lng-range",
        apply: |v, _, p| {
            if kind(v) != "loc" {
                return None;
            }
            body(v)?.insert(
                "lng".into(),
                json!(*p.one(&["180.5", "181", "-180.1", "1000", "", "east", "0180", "116,322"])),
            );
            done("/body/lng", RuleCode::Pattern, &["/body/lng"])
        },
    },
    Mutator {
        rule: RuleCode::Pattern,
        name: "push-sound",
        apply: |v, _, p| {
            let sound = *p.one(&["appsound.mp3", "ding", "a.m4a", "Default"]);
            push_object(v, "em_apns_ext")?.insert("em_push_sound".into(), json!(sound));
            let path = "/ext/em_apns_ext/em_push_sound";
            Some(Mutation {
                expected: vec![(path.to_owned(), "pattern".to_owned(), "warning".to_owned())],
                touched: vec![path.to_owned()],
            })
        },
    },
    // ---- minLength
    Mutator {
        rule: RuleCode::MinLength,
        name: "recipient-empty",
        apply: |v, _, p| {
            let to = recipients(v)?;
            let i = p.below(to.len());
            to[i] = json!("");
            done(&format!("/to/{i}"), RuleCode::MinLength, &["/to"])
        },
    },
    Mutator {
        rule: RuleCode::MinLength,
        name: "from-empty",
        apply: |v, _, _| {
            v["from"] = json!("");
            done("/from", RuleCode::MinLength, &["/from"])
        },
    },
    // ---- maxLength
    Mutator {
        rule: RuleCode::MaxLength,
        name: "recipient-65",
        apply: |v, _, p| {
            let id = long_id(p);
            let to = recipients(v)?;
            let i = p.below(to.len());
            to[i] = json!(id);
            done(&format!("/to/{i}"), RuleCode::MaxLength, &["/to"])
        },
    },
    Mutator {
        rule: RuleCode::MaxLength,
        name: "from-65",
        apply: |v, _, p| {
            v["from"] = json!(long_id(p));
            done("/from", RuleCode::MaxLength, &["/from"])
        },
    },
    Mutator {
        rule: RuleCode::MaxLength,
        name: "roam-65",
        apply: |v, _, p| {
            v["roam_ignore_users"] = json!([long_id(p)]);
            done("/roam_ignore_users/0", RuleCode::MaxLength, &["/roam_ignore_users"])
        },
    },
    // ---- minItems
    Mutator {
        rule: RuleCode::MinItems,
        name: "to-empty",
        apply: |v, _, _| {
            v["to"] = json!([]);
            done("/to", RuleCode::MinItems, &["/to"])
        },
    },
    // ---- maxItems
    Mutator {
        rule: RuleCode::MaxItems,
        name: "to-601",
        apply: |v, _, p| {
            let extra = if p.below(2) == 0 { 0 } else { p.below(50) };
            let to = recipients(v)?;
            let mut taken = folded(to);
            while to.len() < MAX_RECIPIENTS + 1 + extra {
                let id = fresh_id(&taken, "extra", p);
                taken.insert(id.clone());
                to.push(json!(id));
            }
            done("/to", RuleCode::MaxItems, &["/to"])
        },
    },
    // ---- minProperties
    Mutator {
        rule: RuleCode::MinProperties,
        name: "custom-empty",
        apply: |v, _, _| {
            if kind(v) != "custom" {
                return None;
            }
            v["body"] = json!({});
            done("/body", RuleCode::MinProperties, &["/body"])
        },
    },
    // ---- maxProperties
    Mutator {
        rule: RuleCode::MaxProperties,
        name: "custom-exts-17",
        apply: |v, _, p| {
            if kind(v) != "custom" {
                return None;
            }
            let target = 17 + p.below(4);
            let exts = body(v)?.entry("customExts").or_insert_with(|| json!({})).as_object_mut()?;
            let mut k = 0;
            while exts.len() < target {
                exts.entry(format!("k{k}")).or_insert_with(|| json!("v"));
                k += 1;
            }
            done("/body/customExts", RuleCode::MaxProperties, &["/body/customExts"])
        },
    },
    // ---- minimum
    Mutator {
        rule: RuleCode::Minimum,
        name: "negative",
        apply: |v, _, p| {
            let bad = p.one(&[json!(-1), json!(-5.0), json!(i64::MIN)]).clone();
            let path = match kind(v) {
                "audio" => "/body/length",
                "video" => *p.one(&["/body/length", "/body/file_length"]),
                "img" => {
                    let member = *p.one(&["width", "height"]);
                    let mut size = json!({"width": 1, "height": 1});
                    size[member] = bad;
                    body(v)?.insert("size".into(), size);
                    return done(&format!("/body/size/{member}"), RuleCode::Minimum, &["/body/size"]);
                }
                _ => return None,
            };
            body(v)?.insert(path.rsplit('/').next()?.into(), bad);
            done(path, RuleCode::Minimum, &[path])
        },
    },
    // ---- maximum
    Mutator {
        rule: RuleCode::Maximum,
        name: "beyond-i64",
        apply: |v, _, p| {
            let bad = p.one(&[json!(u64::MAX), json!(i64::MAX as u64 + 1), json!(1e19)]).clone();
            v.as_object_mut()?.insert("msg_timestamp".into(), bad);
            done("/msg_timestamp", RuleCode::Maximum, &["/msg_timestamp"])
        },
    },
    // ---- uniqueItems
    Mutator {
        rule: RuleCode::UniqueItems,
        name: "repeat-recipient",
        apply: |v, _, p| {
            let to = recipients(v)?;
            if to.len() == 1 {
                to.push(to[0].clone());
                return done("/to/1", RuleCode::UniqueItems, &["/to"]);
            }
            let first = p.below(to.len());
            let mut repeats: Vec<usize> = (0..to.len()).filter(|&i| i != first).collect();
            let how_many = if repeats.len() >= 2 { 1 + p.below(2) } else { 1 };
            let mut chosen = Vec::new();
            for _ in 0..how_many {
                chosen.push(repeats.remove(p.below(repeats.len())));
            }
            for &i in &chosen {
                to[i] = to[first].clone();
            }
            // The first occurrence of the repeated ID is not reported; every later one is.
            let mut all: Vec<usize> = chosen.iter().copied().chain([first]).collect();
            all.sort_unstable();
            let expected =
                all[1..].iter().map(|i| triple(&format!("/to/{i}"), RuleCode::UniqueItems)).collect();
            Some(Mutation { expected, touched: vec!["/to".into()] })
        },
    },
    // ---- maxBytes
    Mutator {
        rule: RuleCode::MaxBytes,
        name: "one-over",
        apply: |v, cx, p| {
            let pointer = match &cx.pad {
                Some(pad) if v.pointer(pad).is_some_and(Value::is_string) => pad.clone(),
                _ => {
                    ext(v)?.insert("zz-over".into(), json!(""));
                    "/ext/zz-over".to_owned()
                }
            };
            let last = *p.one(&['x', 'é', '中', '😀', '\n']);
            let current = size(v);
            let Some(Value::String(s)) = v.pointer_mut(&pointer) else { return None };
            // Grow to exactly MAX_BYTES + 1 with ASCII, then swap in a wider last character.
            let need = (MAX_BYTES + 1).checked_sub(current)?;
            s.extend(std::iter::repeat_n('x', need));
            if need > 0 && s.pop() == Some('x') {
                s.push(last);
            }
            debug_assert!(size(v) > MAX_BYTES && size(v) <= MAX_BYTES + json_cost(last));
            done("", RuleCode::MaxBytes, &[&pointer])
        },
    },
    // ---- unknownField
    Mutator {
        rule: RuleCode::UnknownField,
        name: "audio-Length",
        apply: |v, _, p| {
            if kind(v) != "audio" {
                return None;
            }
            body(v)?.insert("Length".into(), json!(p.below(60)));
            done("/body/Length", RuleCode::UnknownField, &["/body/Length"])
        },
    },
    Mutator {
        rule: RuleCode::UnknownField,
        name: "envelope-key",
        apply: |v, _, p| {
            let key = *p.one(&["sync_devices", "routeType", "toUsers", "target", "msg", "Type", "extra"]);
            v.as_object_mut()?.insert(key.into(), json!(1));
            let path = format!("/{key}");
            done(&path, RuleCode::UnknownField, &[&path])
        },
    },
    Mutator {
        rule: RuleCode::UnknownField,
        name: "body-key",
        apply: |v, _, p| {
            let key = *p.one(&["file_name", "extra", "uri", "Msg", "a/b", "~x"]);
            body(v)?.insert(key.into(), json!("x"));
            let path = format!("/body/{}", escape(key));
            done(&path, RuleCode::UnknownField, &[&path])
        },
    },
    Mutator {
        rule: RuleCode::UnknownField,
        name: "ext-em-key",
        apply: |v, _, p| {
            let key = *p.one(&["em_foo", "em_ignore_notifications", "em_push_extra", "em_", "em_apns"]);
            ext(v)?.insert(key.into(), json!(true));
            let path = format!("/ext/{key}");
            done(&path, RuleCode::UnknownField, &[&path])
        },
    },
    Mutator {
        rule: RuleCode::UnknownField,
        name: "push-key-typo",
        apply: |v, _, p| {
            let (object, key) = p.one(&[
                ("em_android_push_ext", "huawei_chanel_id"),
                ("em_android_push_ext", "oppo_notify_lvl"),
                ("em_apns_ext", "em_push_badges"),
                ("em_apns_ext", "sound"),
                ("em_push_filter", "accept_device_ids"),
                ("em_push_template", "directed"),
                ("em_harmony_push_ext", "notifyId"),
                ("em_push_ext", "subtitle"),
            ]);
            push_object(v, object)?.insert((*key).into(), json!("x"));
            let path = format!("/ext/{object}/{key}");
            done(&path, RuleCode::UnknownField, &[&path])
        },
    },
    // ---- recommended
    Mutator {
        rule: RuleCode::Recommended,
        name: "drop-filename",
        apply: |v, _, _| {
            if !is_media(v) {
                return None;
            }
            body(v)?.remove("filename")?;
            done("/body/filename", RuleCode::Recommended, &["/body/filename"])
        },
    },
    // ---- lowercase
    Mutator {
        rule: RuleCode::Lowercase,
        name: "recipient-upper",
        apply: |v, _, p| {
            let to = recipients(v)?;
            let start = p.below(to.len());
            let i = (0..to.len())
                .map(|k| (start + k) % to.len())
                .find(|&i| to[i].as_str().is_some_and(|s| s.bytes().any(|b| b.is_ascii_lowercase())))?;
            let upper = upper_one(to[i].as_str()?, p)?;
            to[i] = json!(upper);
            done(&format!("/to/{i}"), RuleCode::Lowercase, &["/to"])
        },
    },
    Mutator {
        rule: RuleCode::Lowercase,
        name: "from-upper",
        apply: |v, _, p| {
            let from = v.get("from").and_then(Value::as_str).unwrap_or("admin").to_owned();
            v["from"] =
                json!(upper_one(&from, p).unwrap_or_else(|| format!("A{}", &from[..from.len().min(63)])));
            done("/from", RuleCode::Lowercase, &["/from"])
        },
    },
    Mutator {
        rule: RuleCode::Lowercase,
        name: "roam-upper",
        apply: |v, _, p| {
            v["roam_ignore_users"] = json!(["dev1", upper_one("device-two", p)?]);
            done("/roam_ignore_users/1", RuleCode::Lowercase, &["/roam_ignore_users"])
        },
    },
    Mutator {
        rule: RuleCode::Lowercase,
        name: "template-target-upper",
        apply: |v, _, p| {
            // An error here, unlike elsewhere: the directed template ignores such a target.
            let template = push_object(v, "em_push_template")?;
            let directed =
                template.entry("directed_template").or_insert_with(|| json!({})).as_object_mut()?;
            directed.insert("target".into(), json!(["user1", upper_one("user-two", p)?]));
            let path = "/ext/em_push_template/directed_template/target/1";
            Some(Mutation {
                expected: vec![(path.to_owned(), "lowercase".to_owned(), "error".to_owned())],
                touched: vec!["/ext/em_push_template/directed_template/target".to_owned()],
            })
        },
    },
];

/// Whether two member pointers overlap (one is the other or inside it).
fn overlaps(a: &str, b: &str) -> bool {
    let inside = |outer: &str, inner: &str| inner == outer || inner.starts_with(&format!("{outer}/"));
    inside(a, b) || inside(b, a)
}

/// Applies mutator `start` or, if it does not fit `value` or touches a member in
/// `taken`, another drawn at random (so the mutators that fit one message type
/// are drawn as often as the rest), then any that fits; trims the padding back
/// under the byte limit unless the mutator is the `maxBytes` one. `None` if none fits.
pub fn apply_from(
    value: &mut Value,
    cx: &Context,
    start: usize,
    seed: u64,
    taken: &[String],
) -> Option<(&'static Mutator, Mutation)> {
    let mut draw = Pick::new(seed ^ 0x5eed);
    let n = MUTATORS.len();
    let order = std::iter::once(start % n).chain((0..4 * n).map(|_| draw.below(n))).chain(0..n);
    order.map(|i| &MUTATORS[i]).find_map(|m| {
        let mut copy = value.clone();
        let mutation = (m.apply)(&mut copy, cx, &mut Pick::new(seed))?;
        if mutation.touched.iter().any(|t| taken.iter().any(|u| overlaps(t, u))) {
            return None;
        }
        if m.rule != RuleCode::MaxBytes && !trim_to(&mut copy, cx.pad.as_deref(), MAX_BYTES) {
            return None;
        }
        *value = copy;
        Some((m, mutation))
    })
}

/// Applies up to `picks.len()` mutators on different members (`maxBytes` last,
/// since it must measure the final size); returns what each did.
pub fn apply_many(
    value: &mut Value,
    cx: &Context,
    picks: &[(usize, u64)],
) -> Vec<(&'static Mutator, Mutation)> {
    let mut picks = picks.to_vec();
    // Run a pick that lands on maxBytes after the others, so it measures the final size.
    picks.sort_by_key(|(start, _)| MUTATORS[start % MUTATORS.len()].rule == RuleCode::MaxBytes);
    let mut done: Vec<(&'static Mutator, Mutation)> = Vec::new();
    let mut taken: Vec<String> = Vec::new();
    for (start, seed) in picks {
        if done.iter().any(|(m, _)| m.rule == RuleCode::MaxBytes) {
            break;
        }
        if let Some((m, mutation)) = apply_from(value, cx, start, seed, &taken) {
            // A size-changing mutator after maxBytes would invalidate it, so maxBytes ends the list.
            taken.extend(mutation.touched.iter().cloned());
            done.push((m, mutation));
        }
    }
    done
}
