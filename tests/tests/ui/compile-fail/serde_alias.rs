use easemob_payload::Payload;
use serde::Deserialize;

#[derive(Payload, Deserialize)]
struct Order {
    #[serde(alias = "orderId")]
    order_id: String,
}

fn main() {}
