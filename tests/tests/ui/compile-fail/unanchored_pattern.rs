use easemob_payload::Payload;

#[derive(Payload)]
struct Body {
    #[payload(pattern = "[a-zA-Z0-9-_/\\.]{1,32}")]
    event: String,
}

fn main() {}
