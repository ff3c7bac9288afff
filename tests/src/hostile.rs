//! Helpers for the hostile-input tests: deep values built and dropped without
//! recursion, and the peak memory a closure needs.

use serde_json::{Map, Value};

/// `{"a": {"a": ... leaf ...}}`, `depth` objects deep, built iteratively.
pub fn deep_object(depth: usize, leaf: Value) -> Value {
    (0..depth).fold(leaf, |inner, _| Value::Object(Map::from_iter([("a".to_owned(), inner)])))
}

/// `[[[ ... leaf ... ]]]`, `depth` arrays deep, built iteratively.
pub fn deep_array(depth: usize, leaf: Value) -> Value {
    (0..depth).fold(leaf, |inner, _| Value::Array(vec![inner]))
}

/// Drops `value` without recursion.
///
/// serde_json drops a `Value` recursively, so a 100,000-level value would
/// overflow the stack when it goes out of scope; this takes each level's
/// children out first, so every drop it does is of a shallow value.
pub fn dismantle(value: Value) {
    let mut stack = vec![value];
    while let Some(mut v) = stack.pop() {
        match &mut v {
            Value::Array(items) => stack.append(items),
            Value::Object(map) => {
                let map = std::mem::take(map);
                stack.extend(map.into_iter().map(|(_, item)| item));
            }
            _ => {}
        }
    }
}

/// Runs `f` and returns its result with how far the process's peak resident
/// memory rose above what was resident when it started, in bytes.
///
/// Linux: resets the peak (`/proc/self/clear_refs`, "5"), then reads `VmHWM`.
/// Run it in a test binary with no other test, so no other thread allocates meanwhile.
#[cfg(target_os = "linux")]
pub fn peak_growth<R>(f: impl FnOnce() -> R) -> (R, usize) {
    std::fs::write("/proc/self/clear_refs", "5").expect("reset the peak resident size");
    let before = status_kb("VmRSS:");
    let result = f();
    let peak = status_kb("VmHWM:");
    (result, peak.saturating_sub(before) * 1024)
}

#[cfg(target_os = "linux")]
fn status_kb(field: &str) -> usize {
    let status = std::fs::read_to_string("/proc/self/status").expect("/proc/self/status");
    let line = status.lines().find(|l| l.starts_with(field)).unwrap_or_else(|| panic!("no {field}"));
    line[field.len()..].trim().trim_end_matches("kB").trim().parse().expect("a number of kB")
}
