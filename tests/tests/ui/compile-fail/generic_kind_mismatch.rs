use easemob_payload::Payload;

// A generic type's kind checks run when an instantiation is used.
#[derive(Payload)]
struct Holder<T> {
    #[payload(min_length = 1)]
    value: T,
}

fn main() {
    let _ = <Holder<u64> as Payload>::DESC;
    let _ = <Holder<String> as Payload>::DESC;
}
