//! The keys added for real payloads, misused: each error at its attribute, all at once.

use easemob_payload::Payload;
use serde::Serialize;

#[derive(Payload, Serialize)]
#[payload(opaque_to_server, server(type = "bad"), tag_empty = "x", other_body(members("a")))]
struct Push {
    #[payload(required_with = "missing_member")]
    category: Option<String>,
    #[payload(required_with = "category", required)]
    level: Option<String>,
    #[payload(one_of(1, 1, true))]
    kind: Option<i64>,
}

#[derive(Payload, Serialize)]
struct NotOptional {
    #[payload(required_with = "other")]
    category: String,
    other: Option<String>,
}

fn main() {}
