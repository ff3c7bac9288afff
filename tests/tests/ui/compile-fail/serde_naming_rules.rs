use easemob_payload::Payload;
use serde::Deserialize;

#[derive(Payload, Deserialize)]
#[serde(rename_all = "camelcase")]
struct Misspelt {
    order_id: String,
}

#[derive(Payload, Deserialize)]
#[serde(rename_all(serialize = "camelCase", deserialize = "snake_case"))]
struct TwoNames {
    order_id: String,
}

#[derive(Payload, Deserialize)]
#[serde(deny_unknown_fields)]
#[payload(unknown_fields = "allow")]
struct Contradiction {
    a: String,
}

fn main() {}
