use easemob_payload::Payload;

#[derive(Payload)]
struct Body {
    #[payload(recommended = "clients show it")]
    filename: String,
}

fn main() {}
