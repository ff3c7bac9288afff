use easemob_payload::Payload;
use serde::Deserialize;

#[derive(Payload, Deserialize)]
struct Body {
    a: String,
}

#[derive(Payload, Deserialize)]
#[serde(untagged)]
enum Untagged {
    A(Body),
}

#[derive(Payload, Deserialize)]
#[serde(tag = "type")]
enum Internal {
    A(Body),
}

#[derive(Payload, Deserialize)]
#[serde(tag = "type")]
struct TaggedStruct {
    a: String,
}

#[derive(Payload, Deserialize)]
#[serde(transparent)]
struct Wrapper {
    inner: String,
}

fn main() {}
