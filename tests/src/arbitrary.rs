//! Arbitrary JSON for the no-panic properties: any value up to 64 levels deep,
//! member names that collide with the API's and need pointer escapes, and
//! messages with an arbitrary value spliced in anywhere.

use proptest::collection::{btree_map, vec};
use proptest::prelude::*;
use proptest::sample::select;
use serde_json::{Map, Number, Value};

use crate::generators::{escape, text};

/// The deepest nesting [`value`] produces.
pub const MAX_DEPTH: usize = 64;

/// Member names: the API's own, ones a JSON Pointer must escape, and anything.
pub fn key() -> BoxedStrategy<String> {
    let known = select(
        &[
            "to",
            "from",
            "type",
            "body",
            "ext",
            "msg",
            "url",
            "lat",
            "lng",
            "addr",
            "action",
            "size",
            "width",
            "height",
            "length",
            "Length",
            "filename",
            "customEvent",
            "customExts",
            "routetype",
            "env",
            "sync_device",
            "roam_ignore_users",
            "em_push_ext",
            "em_at_list",
            "em_ignore_notification",
            "title",
            "em_x",
            "a/b",
            "~1",
            "~",
            "/",
            "",
        ][..],
    );
    prop_oneof![2 => known.prop_map(String::from), 1 => text(6)].boxed()
}

/// Scalars, including the numbers that trip integer checks (`-0.0`, `1e300`, `u64::MAX`, `10.0`).
pub fn scalar() -> BoxedStrategy<Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_filter_map("finite", |f| Number::from_f64(f).map(Value::Number)),
        select(&[-0.0, 10.0, 1e300, -1.5, 0.5][..]).prop_map(Value::from),
        text(12).prop_map(Value::from),
        select(&["txt", "custom", "ROUTE_ONLINE", "39.9", "https://x/y", "u1", "U1", ""][..])
            .prop_map(Value::from),
    ]
    .boxed()
}

/// Any JSON value: bushy and shallow, or a chain up to [`MAX_DEPTH`] levels deep.
pub fn value() -> BoxedStrategy<Value> {
    let bushy = scalar().prop_recursive(8, 64, 6, |inner| {
        prop_oneof![
            vec(inner.clone(), 0..6).prop_map(Value::Array),
            btree_map(key(), inner, 0..6).prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    });
    let chain = (vec(prop_oneof![Just(None), key().prop_map(Some)], 0..=MAX_DEPTH), scalar()).prop_map(
        |(levels, leaf)| {
            levels.into_iter().fold(leaf, |inner, level| match level {
                None => Value::Array(vec![inner]),
                Some(k) => Value::Object(Map::from_iter([(k, inner)])),
            })
        },
    );
    prop_oneof![3 => bushy, 1 => chain].boxed()
}

/// Every JSON Pointer in `value`, the root included.
pub fn pointers(value: &Value) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![(String::new(), value)];
    while let Some((pointer, v)) = stack.pop() {
        match v {
            Value::Array(items) => {
                stack.extend(items.iter().enumerate().map(|(i, item)| (format!("{pointer}/{i}"), item)));
            }
            Value::Object(map) => {
                stack.extend(map.iter().map(|(k, item)| (format!("{pointer}/{}", escape(k)), item)));
            }
            _ => {}
        }
        out.push(pointer);
    }
    out
}

/// Replaces the value at `pointer` (the root for `""`), or adds member `new_key` to it.
pub fn splice(value: &mut Value, pointer: &str, new_key: Option<String>, new: Value) {
    let Some(target) = value.pointer_mut(pointer) else { return };
    match (new_key, target) {
        (Some(k), Value::Object(map)) => {
            map.insert(k, new);
        }
        (_, target) => *target = new,
    }
}

/// A valid message (recommended members may be missing) with an arbitrary value
/// spliced in at any of its pointers, under a new key or in place.
pub fn spliced_message() -> BoxedStrategy<Value> {
    (crate::generators::messages(true), any::<prop::sample::Index>(), prop::option::of(key()), value())
        .prop_map(|(g, at, new_key, new)| {
            let mut input = g.value;
            let all = pointers(&input);
            splice(&mut input, all[at.index(all.len())].as_str(), new_key, new);
            input
        })
        .boxed()
}

/// Objects of fewer than `max` members named from `names`, each with one of `values`:
/// for a type of a test's own, whose members the message generators do not know.
pub fn objects_of(names: &'static [&'static str], values: Vec<Value>, max: usize) -> BoxedStrategy<Value> {
    btree_map(select(names), select(values), 0..max)
        .prop_map(|map| Value::Object(map.into_iter().map(|(k, v)| (k.to_owned(), v)).collect()))
        .boxed()
}
