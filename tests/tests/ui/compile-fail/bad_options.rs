use easemob_payload::Payload;

#[derive(Payload)]
struct Body {
    #[payload(max_length(64, severity = "fatal", reason = "x"))]
    a: String,
    #[payload(max_items = max_recipient)]
    to: Vec<String>,
    #[payload(server(min_lenght = "param from can't be empty"))]
    from: Option<String>,
}

fn main() {}
