//! Every rule kind the derive supports, on the kind of field it needs.

use std::collections::BTreeMap;

use easemob_payload::{Limits, Payload, RuleCode};
use serde::Serialize;

#[derive(Payload, Serialize)]
#[payload(min_properties = 1, max_properties = 9)]
struct Everything {
    #[payload(min_length = 1, max_length(4, severity = "warning"), pattern = "^[a-z]*$", lowercase)]
    name: String,
    #[payload(constant = "ONLY")]
    only: Option<String>,
    #[payload(one_of("a", "b"))]
    choice: Option<String>,
    #[payload(minimum = -3)]
    count: Option<i64>,
    #[payload(minimum = 0.5, maximum = 99.5)]
    price: Option<f64>,
    #[payload(maximum = 10)]
    small: Option<u8>,
    #[payload(min_items = 1, max_items = max_recipients, unique_items(case_fold, severity = "warning"))]
    list: Vec<String>,
    #[payload(unique_items)]
    plain: Option<Vec<i64>>,
    #[payload(max_properties = 2)]
    map: Option<BTreeMap<String, String>>,
    #[payload(recommended = "it helps")]
    nice: Option<bool>,
    #[payload(required)]
    must: Option<bool>,
    #[payload(one_of(0, 1))]
    flag: Option<i64>,
    #[payload(one_of(1, "1"))]
    either: Option<serde_json::Value>,
    #[payload(required_with = "flag")]
    flag_reason: Option<String>,
}

fn main() {
    let value = serde_json::json!({"name": "Ab", "list": ["x"], "must": true});
    let report = easemob_payload::validate_as::<Everything>(&value, &Limits::DEFAULT);
    let codes: Vec<RuleCode> = report.iter().map(|v| v.rule).collect();
    assert_eq!(codes, [RuleCode::Pattern, RuleCode::Lowercase, RuleCode::Recommended]);

    let value = serde_json::json!({"name": "a", "list": ["x"], "must": true, "nice": true, "flag": 2, "either": 2});
    let report = easemob_payload::validate_as::<Everything>(&value, &Limits::DEFAULT);
    let found: Vec<(&str, RuleCode)> = report.iter().map(|v| (v.path.as_str(), v.rule)).collect();
    assert_eq!(found, [("/either", RuleCode::Enum), ("/flag", RuleCode::Enum), ("/flag_reason", RuleCode::Required)]);
}
