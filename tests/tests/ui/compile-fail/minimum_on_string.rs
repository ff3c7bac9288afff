use easemob_payload::Payload;

#[derive(Payload)]
struct Body {
    #[payload(minimum = 0)]
    length: Option<String>,
}

fn main() {}
