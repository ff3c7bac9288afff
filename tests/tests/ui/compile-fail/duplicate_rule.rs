use easemob_payload::Payload;

#[derive(Payload)]
struct Body {
    #[payload(min_length = 1, min_length = 2)]
    a: String,
}

fn main() {}
