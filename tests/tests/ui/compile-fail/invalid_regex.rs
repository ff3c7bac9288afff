use easemob_payload::Payload;

#[derive(Payload)]
struct Body {
    #[payload(pattern = "^[a-$")]
    msg: String,
}

fn main() {}
