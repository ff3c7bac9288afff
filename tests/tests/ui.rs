//! Misuse of `#[derive(Payload)]` is a compile error at the attribute, every error at once.

#[test]
fn derive_misuse_fails_to_compile_at_the_attribute() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/compile-fail/*.rs");
    cases.pass("tests/ui/pass/*.rs");
}
