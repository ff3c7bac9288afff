//! Two members with one wire name (a field and a flattened struct's), and two
//! flattened maps: serde would write a name twice, so the derive refuses them.
use std::collections::BTreeMap;

use easemob_payload::Payload;

#[derive(Payload, serde::Serialize)]
pub struct Inner {
    pub id: String,
}

#[derive(Payload, serde::Serialize)]
pub struct Renamed {
    pub id: String,
    #[serde(flatten)]
    pub inner: Inner,
}

#[derive(Payload, serde::Serialize)]
pub struct TwoMaps {
    #[serde(flatten)]
    pub numbers: BTreeMap<String, u8>,
    #[serde(flatten)]
    pub texts: BTreeMap<String, String>,
}

fn main() {}
