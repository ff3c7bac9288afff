use easemob_payload::{Limits, Payload};

// One error, at the attribute: no follow-on error where the generic type is used.
#[derive(Payload)]
struct Page<T> {
    #[payload(min_itms = 1)]
    items: Vec<T>,
}

fn check(value: &serde_json::Value) -> bool {
    easemob_payload::validate_as::<Page<String>>(value, &Limits::DEFAULT).is_valid()
}

fn uses<T: Payload>() {}

fn main() {
    uses::<Page<u64>>();
    let _ = check;
}
