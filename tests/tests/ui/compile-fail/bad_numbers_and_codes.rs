use easemob_payload::{Checker, Payload};
use serde_json::{Map, Value};

fn never(_: &Map<String, Value>, _: &mut Checker<'_>) {}

// A custom check's code must be a camelCase name; bounds must be number literals;
// `maximum` needs a number. All three are reported in one build.
#[derive(Payload)]
#[payload(check(run = never, rule = "order total", describe = "x"))]
struct Order {
    #[payload(maximum = "ten")]
    price: f64,
    #[payload(maximum = 10)]
    label: String,
}

fn main() {}
