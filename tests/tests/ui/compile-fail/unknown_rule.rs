use easemob_payload::Payload;

#[derive(Payload)]
struct Body {
    #[payload(min_len = 1)]
    msg: String,
}

fn main() {}
