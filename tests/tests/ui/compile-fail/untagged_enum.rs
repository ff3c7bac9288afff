use easemob_payload::Payload;

#[derive(Payload)]
enum Content {
    Txt(String),
}

fn main() {}
