use easemob_payload::Payload;

#[derive(Payload)]
#[payload(unknown_fields = "deny")]
struct Body {
    #[payload(min_len = 1)]
    a: String,
    #[payload(pattern = "^(unclosed$")]
    b: String,
    #[payload(min_items = 1)]
    c: String,
    #[payload(pattern = "^a$", pattern = "^b$")]
    d: String,
}

fn main() {}
