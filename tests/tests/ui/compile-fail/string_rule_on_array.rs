use easemob_payload::Payload;

#[derive(Payload)]
struct Body {
    #[payload(max_length = 64)]
    to: Vec<String>,
}

fn main() {}
