use easemob_payload::Payload;

#[derive(Payload)]
struct Body {
    #[payload(min_items = 1)]
    to: String,
}

fn main() {}
