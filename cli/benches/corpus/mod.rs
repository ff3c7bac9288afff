//! The benchmark corpus: request bodies of all eight types, valid and invalid, small
//! (one recipient) and large (600 recipients, about 5 KB of multi-byte text),
//! generated from a fixed seed so every run measures the same bytes.
//!
//! Shared by the linter bench here (`benches/throughput.rs`) and, through `#[path]`, by the
//! validator bench and profile driver of the unpublished tests crate.

#![allow(dead_code)] // each user takes what it needs

use serde_json::{Value, json};

/// The eight type names.
pub const TYPES: [&str; 8] = easemob_payload::message::Content::TYPES;

/// The seed every corpus starts from.
pub const SEED: u64 = 0x5eed_e45e_0b00_0001;

/// Recipients in a large payload: the API's maximum.
pub const LARGE_RECIPIENTS: usize = 600;

/// How big a payload is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Size {
    /// One recipient, a few short members.
    Small,
    /// 600 recipients and a `body` of about 4.5 KB of mixed ASCII, CJK and emoji,
    /// plus a small `ext`, just under the 5120-byte limit when valid.
    Large,
}

/// One group of the benchmark: eight payloads, one per type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Group {
    /// Whether every payload of the group is valid.
    pub valid: bool,
    /// Small or large.
    pub size: Size,
}

impl Group {
    /// The four groups, in report order.
    pub const ALL: [Group; 4] = [
        Group { valid: true, size: Size::Small },
        Group { valid: true, size: Size::Large },
        Group { valid: false, size: Size::Small },
        Group { valid: false, size: Size::Large },
    ];

    /// `valid-small`, `invalid-large`, ...
    pub fn name(self) -> &'static str {
        match (self.valid, self.size) {
            (true, Size::Small) => "valid-small",
            (true, Size::Large) => "valid-large",
            (false, Size::Small) => "invalid-small",
            (false, Size::Large) => "invalid-large",
        }
    }
}

/// One payload: its type, its compact JSON text, and that text parsed.
#[derive(Debug, Clone)]
pub struct Payload {
    /// The `type` it was generated as.
    pub kind: &'static str,
    /// The request body as sent (compact JSON).
    pub text: String,
    /// `text` parsed.
    pub value: Value,
}

/// The eight payloads of a group, one per type.
pub fn group(group: Group) -> Vec<Payload> {
    let mut rng = Rng(SEED ^ (u64::from(group.valid) << 8) ^ (group.size as u64));
    TYPES
        .iter()
        .map(|&kind| {
            let value = payload(&mut rng, kind, group);
            Payload { kind, text: value.to_string(), value }
        })
        .collect()
}

/// Xorshift64: tiny, deterministic, good enough to vary the corpus.
#[derive(Debug, Clone)]
pub struct Rng(pub u64);

impl Rng {
    /// The next 64 random bits.
    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    /// A number in `0..n`.
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// One of `items`.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// A valid, lower-case user ID of 4 to 20 characters.
pub fn user_id(rng: &mut Rng) -> String {
    const CHARS: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789_.-";
    let len = 4 + rng.below(17);
    // The first character is a letter, as IDs usually are.
    let mut id = String::with_capacity(len);
    id.push(char::from(b'a' + rng.below(26) as u8));
    while id.len() < len {
        id.push(char::from(*rng.pick(CHARS)));
    }
    id
}

/// `n` distinct user IDs.
pub fn recipients(rng: &mut Rng, n: usize) -> Vec<String> {
    let mut ids: Vec<String> = Vec::with_capacity(n);
    while ids.len() < n {
        // Suffix the index so a rare random repeat cannot turn into a `uniqueItems` warning.
        ids.push(format!("{}{}", user_id(rng), ids.len()));
    }
    ids
}

/// Text of about `bytes` UTF-8 bytes: ASCII words, CJK (3 bytes) and emoji (4 bytes).
pub fn text(rng: &mut Rng, bytes: usize) -> String {
    const WORDS: [&str; 12] = [
        "hello ",
        "meeting ",
        "at ",
        "noon ",
        "你好",
        "世界",
        "消息",
        "中关村",
        "北京市",
        "😀",
        "🎉 ",
        "ok, ",
    ];
    let mut s = String::with_capacity(bytes + 16);
    while s.len() < bytes {
        let word: &&str = rng.pick(&WORDS);
        s.push_str(word);
    }
    s
}

fn url(rng: &mut Rng) -> String {
    format!("https://a1.easemob.com/org/app/chatfiles/{:016x}", rng.next())
}

fn event(rng: &mut Rng) -> String {
    const CHARS: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789_/.-";
    (0..1 + rng.below(32)).map(|_| char::from(*rng.pick(CHARS))).collect()
}

/// A valid body of `kind`; `big` is the bulk text for the member that carries text.
fn body(rng: &mut Rng, kind: &str, big: Option<usize>) -> Value {
    let mut words = |small: usize| text(rng, big.unwrap_or(small));
    match kind {
        "txt" => json!({"msg": words(20)}),
        "img" => {
            let filename = words(8) + ".jpg";
            json!({"filename": filename, "url": url(rng), "size": {"width": 480, "height": 720}})
        }
        "audio" => {
            let filename = words(8) + ".amr";
            json!({"filename": filename, "url": url(rng), "length": rng.below(600)})
        }
        "video" => {
            let filename = words(8) + ".mp4";
            json!({
                "filename": filename, "url": url(rng), "thumb": url(rng),
                "length": rng.below(600), "file_length": rng.below(1 << 30),
            })
        }
        "file" => {
            let filename = words(8) + ".pdf";
            json!({"filename": filename, "secret": "DRGM8OZrEeO1vaXXXXXXXXXX", "url": url(rng)})
        }
        "loc" => {
            let addr = words(30);
            let lat = format!("{}.{:06}", rng.below(90), rng.below(1_000_000));
            let lng = format!("-{}.{:06}", rng.below(180), rng.below(1_000_000));
            json!({"lat": lat, "lng": lng, "addr": addr})
        }
        "cmd" => json!({"action": words(10)}),
        "custom" => {
            let (members, each) = match big {
                Some(total) => (16, total / 16),
                None => (2, 8),
            };
            let exts: serde_json::Map<String, Value> =
                (0..members).map(|i| (format!("k{i}"), Value::String(text(rng, each)))).collect();
            json!({"customEvent": event(rng), "customExts": exts})
        }
        other => unreachable!("not a type: {other}"),
    }
}

fn ext(rng: &mut Rng, size: Size) -> Value {
    match size {
        Size::Small => json!({"em_ignore_notification": false, "order_id": rng.below(1_000_000)}),
        Size::Large => json!({
            "em_push_ext": {"title": text(rng, 40), "content": text(rng, 200)},
            "em_apns_ext": {"em_push_badge": 1},
            "order": {"id": rng.next().to_string(), "items": [1, 2, 3]},
        }),
    }
}

/// One payload of `kind` in `group`, drawn from `rng`.
pub fn payload(rng: &mut Rng, kind: &'static str, group: Group) -> Value {
    let (to, big) = match group.size {
        Size::Small => (vec![user_id(rng)], None),
        Size::Large => (recipients(rng, LARGE_RECIPIENTS), Some(4_400)),
    };
    let mut value = json!({
        "from": user_id(rng),
        "to": to,
        "type": kind,
        "body": body(rng, kind, big),
        "ext": ext(rng, group.size),
    });
    if rng.below(2) == 0 {
        value["sync_device"] = json!(true);
    }
    if !group.valid {
        break_it(rng, &mut value, kind, group.size);
    }
    value
}

/// Makes a valid payload invalid in a few typical ways: one envelope mistake, one
/// body mistake of its type, and for a large payload bad recipients and too many bytes.
fn break_it(rng: &mut Rng, value: &mut Value, kind: &str, size: Size) {
    let envelope: [(&str, Value); 6] = [
        ("from", json!("")),
        ("routetype", json!("ROUTE_ALL")),
        ("env", json!("prod-1")),
        ("sync_device", json!("yes")),
        ("roam_ignore_users", json!(["ok", "not ok"])),
        ("ext", Value::Null),
    ];
    let (member, bad) = rng.pick(&envelope).clone();
    value[member] = bad;

    let body = &mut value["body"];
    match kind {
        "txt" => {
            let msg = body["msg"].take();
            body.as_object_mut().expect("an object").remove("msg");
            body["msgs"] = msg; // required + unknownField with a did-you-mean hint
        }
        "img" => {
            body["url"] = json!("ftp://a1.easemob.com/x");
            body["size"]["width"] = json!(-1);
        }
        "audio" => {
            body["length"] = json!("10");
            body["Length"] = json!(10);
        }
        "video" => {
            body["thumb"] = json!("https://a1.easemob.com/has space");
            body["file_length"] = json!(1.5);
        }
        "file" => {
            body.as_object_mut().expect("an object").remove("url");
        }
        "loc" => {
            body["lat"] = json!(39.966);
            body["lng"] = json!("200.5");
        }
        "cmd" => body["action"] = json!(5),
        "custom" => {
            body["customEvent"] = json!("bad event!");
            body["customExts"]["k1"] = json!(42);
        }
        other => unreachable!("not a type: {other}"),
    }

    if size == Size::Large {
        // One recipient in 25 has a space (pattern), one in 50 repeats another in upper case.
        let to = value["to"].as_array_mut().expect("an array");
        for i in (7..to.len()).step_by(25) {
            to[i] = json!(format!("user {i}"));
        }
        for i in (11..to.len()).step_by(50) {
            let earlier = to[i - 10].as_str().expect("a string").to_ascii_uppercase();
            to[i] = json!(earlier);
        }
        // And 600 more bytes than the limit allows.
        value["ext"] = json!({"note": text(rng, 1_200)});
    }
}

/// Writes `count` pretty-printed fixtures into `dir` (emptied first), 100 a folder,
/// as `m<i>.json`, the payload of each made by `payload(i)`; returns the bytes written.
pub fn write_folder(dir: &std::path::Path, count: usize, mut payload: impl FnMut(usize) -> Value) -> usize {
    let _ = std::fs::remove_dir_all(dir);
    let mut bytes = 0;
    for i in 0..count {
        let sub = dir.join(format!("d{:04}", i / 100));
        if i % 100 == 0 {
            std::fs::create_dir_all(&sub).expect("create the bench folder");
        }
        let text = serde_json::to_string_pretty(&payload(i)).expect("serializable") + "\n";
        bytes += text.len();
        std::fs::write(sub.join(format!("m{i:06}.json")), text).expect("write a fixture");
    }
    bytes
}

/// One stored fixture as teams keep them (the text issue's linter corpus): the eight
/// types in turn, a body text of 0.5–2 KB so that the pretty-printed file holds 1–3 KB,
/// one file in three with 10–600 recipients (larger then), and three in ten invalid
/// (an envelope and a body mistake of the type, and for many recipients one with a
/// space). Returns the payload and whether it is valid.
pub fn fixture(rng: &mut Rng, i: usize) -> (Value, bool) {
    let kind = TYPES[i % TYPES.len()];
    let valid = rng.below(10) >= 3;
    let many = rng.below(3) == 0;
    let count = if many { 10 + rng.below(591) } else { 1 + rng.below(3) };
    let to = recipients(rng, count);
    let big = 500 + rng.below(1_500);
    let mut value = json!({
        "from": user_id(rng),
        "to": to,
        "type": kind,
        "body": body(rng, kind, Some(big)),
        "ext": ext(rng, Size::Small),
    });
    if !valid {
        break_it(rng, &mut value, kind, Size::Small);
        if many {
            value["to"][3] = json!("user with a space");
        }
    }
    (value, valid)
}
