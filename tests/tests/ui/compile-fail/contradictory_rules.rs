use easemob_payload::Payload;

#[derive(Payload)]
struct Body {
    #[payload(min_length = 5, max_length = 2)]
    a: String,
    #[payload(constant = "X", one_of("X", "Y"))]
    b: String,
    #[payload(min_items = 3, max_items = 1)]
    c: Vec<String>,
}

fn main() {}
