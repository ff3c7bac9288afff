//! Validating a valid payload allocates nothing: paths, messages and hints are built
//! only when a violation is found, the byte size is counted without writing the
//! bytes, and repeated recipients are found in a fixed buffer for up to 600 of them.
//! The same holds of a typed message (`Message::validate`), whose JSON is never built:
//! after a thread's first long recipient list, whose hashes' buffer it keeps. And of
//! the payload's text (`validate_str`), read without building a `Value`.
//!
//! A counting global allocator counts the allocations made on the measuring thread only.

#![allow(unsafe_code)] // a global allocator is unsafe by definition

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use easemob_payload::{Limits, Message, validate_str_with, validate_with};
use easemob_payload_tests::support::{TYPES, set, valid};
use serde_json::{Value, json};

struct Counting;

thread_local! {
    static COUNTING: Cell<bool> = const { Cell::new(false) };
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

// SAFETY: forwards every call to the system allocator unchanged; it only counts.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if COUNTING.with(Cell::get) {
            ALLOCATIONS.with(|n| n.set(n.get() + 1));
        }
        // SAFETY: same contract as the caller's.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: same contract as the caller's.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if COUNTING.with(Cell::get) {
            ALLOCATIONS.with(|n| n.set(n.get() + 1));
        }
        // SAFETY: same contract as the caller's.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// Allocations made while validating `value` (after one warm-up run, which builds the lazy regexes).
fn allocations(value: &Value) -> usize {
    let warm = validate_with(value, &Limits::DEFAULT);
    assert!(warm.is_empty(), "the payload must be valid: {warm}");
    ALLOCATIONS.with(|n| n.set(0));
    COUNTING.with(|c| c.set(true));
    let report = validate_with(value, &Limits::DEFAULT);
    COUNTING.with(|c| c.set(false));
    let count = ALLOCATIONS.with(Cell::get);
    drop(report);
    count + typed_allocations(value) + text_allocations(value)
}

/// Allocations made while validating `value`'s text, pretty and compact
/// (`validate_str`: no `Value` is built; the thread's tape buffer is kept).
fn text_allocations(value: &Value) -> usize {
    let mut count = 0;
    for text in [serde_json::to_string_pretty(value), serde_json::to_string(value)] {
        let text = text.expect("a Value serializes");
        let warm = validate_str_with(&text, &Limits::DEFAULT);
        assert!(warm.is_empty(), "the text must be valid: {warm}");
        ALLOCATIONS.with(|n| n.set(0));
        COUNTING.with(|c| c.set(true));
        let report = validate_str_with(&text, &Limits::DEFAULT);
        COUNTING.with(|c| c.set(false));
        count += ALLOCATIONS.with(Cell::get);
        drop(report);
    }
    count
}

/// Allocations made while validating `value` deserialized into a typed message.
fn typed_allocations(value: &Value) -> usize {
    let message: Message = serde_json::from_value(value.clone()).expect("a typed message");
    let warm = message.validate(&Limits::DEFAULT);
    assert!(warm.is_empty(), "the message must be valid: {warm}");
    ALLOCATIONS.with(|n| n.set(0));
    COUNTING.with(|c| c.set(true));
    let report = message.validate(&Limits::DEFAULT);
    COUNTING.with(|c| c.set(false));
    let count = ALLOCATIONS.with(Cell::get);
    drop(report);
    count
}

#[test]
fn valid_payloads_validate_without_allocating() {
    for kind in TYPES {
        assert_eq!(allocations(&valid(kind)), 0, "{kind}");
    }

    let mut large = valid("txt");
    let ids: Vec<String> = (0..600).map(|i| format!("recipient-{i}")).collect();
    set(&mut large, "/to", json!(ids));
    // A quote and a line break: the text holds escapes, decoded without allocating.
    set(&mut large, "/body/msg", json!(format!("\"{}\"\n", "中".repeat(1650))));
    set(
        &mut large,
        "/ext",
        json!({"em_push_ext": {"title": "t", "custom": {"deep": [[[[1.5, null]]]]}}, "mine": {"a": [1, 2]}}),
    );
    set(&mut large, "/roam_ignore_users", json!(["user1"]));
    set(&mut large, "/routetype", json!("ROUTE_ONLINE"));
    set(&mut large, "/env", json!("prod"));
    assert_eq!(allocations(&large), 0, "600 recipients and a 5 KB body");

    // Repeated member names are looked for without allocating: an object of more than
    // 16 members, and a name written with an escape.
    let mut wide = valid("custom");
    let keys: serde_json::Map<String, Value> = (0..20).map(|i| (format!("app_key_{i}"), json!(i))).collect();
    set(&mut wide, "/ext", Value::Object(keys));
    set(&mut wide, "/ext/quoted \"name\"", json!("x"));
    assert_eq!(allocations(&wide), 0, "an ext of 21 members, one name escaped");

    // The repeat check compares hashes pairwise up to 16 items, and uses a table above.
    for n in [2, 16, 17, 599] {
        let mut some = valid("cmd");
        let ids: Vec<String> = (0..n).map(|i| format!("user-{i}")).collect();
        set(&mut some, "/to", json!(ids));
        set(&mut some, "/roam_ignore_users", json!(["a", "b", "c"]));
        assert_eq!(allocations(&some), 0, "{n} recipients");
    }
}

#[test]
fn the_counter_sees_allocations_when_there_are_violations() {
    // Guards the guard: a report with a violation must allocate its path and message.
    let mut bad = valid("txt");
    set(&mut bad, "/to", json!(["Bob", "bob"]));
    ALLOCATIONS.with(|n| n.set(0));
    COUNTING.with(|c| c.set(true));
    let report = validate_with(&bad, &Limits::DEFAULT);
    COUNTING.with(|c| c.set(false));
    assert!(!report.is_empty());
    assert!(ALLOCATIONS.with(Cell::get) > 0);
}
