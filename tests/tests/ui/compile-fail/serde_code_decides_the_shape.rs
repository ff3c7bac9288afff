use easemob_payload::Payload;
use serde::{Deserialize, Deserializer};

fn lenient<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    String::deserialize(d)
}

mod as_string {
    pub fn deserialize<'de, D: serde::Deserializer<'de>>(d: D) -> Result<u64, D::Error> {
        <u64 as serde::Deserialize>::deserialize(d)
    }
}

#[derive(Payload, Deserialize)]
struct Fields {
    #[serde(deserialize_with = "lenient")]
    a: String,
    #[serde(with = "as_string")]
    b: u64,
}

#[derive(Deserialize)]
struct Raw {
    value: String,
}

impl From<Raw> for Converted {
    fn from(raw: Raw) -> Self {
        Converted { value: raw.value }
    }
}

#[derive(Payload, Deserialize)]
#[serde(from = "Raw")]
struct Converted {
    value: String,
}

fn main() {}
