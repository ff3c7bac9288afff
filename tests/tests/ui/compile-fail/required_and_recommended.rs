use easemob_payload::Payload;

#[derive(Payload)]
struct Body {
    #[payload(required, recommended = "clients show it")]
    filename: Option<String>,
}

fn main() {}
