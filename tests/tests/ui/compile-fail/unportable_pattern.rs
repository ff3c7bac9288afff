use easemob_payload::Payload;

#[derive(Payload)]
struct Body {
    #[payload(pattern = "^\\d+$")]
    lat: String,
}

fn main() {}
