//! Repeated array items (`uniqueItems`), found without the heap for up to 600 items:
//! the verdict and where the repeats are, which the validator reports
//! (`rules::unique`) and the generated validators ask.
//!
//! Each string item is hashed (case-folded when asked) into a fixed buffer of
//! `(hash, index)` pairs, which is sorted; equal hashes are then confirmed by
//! comparing the strings, so a hash collision never reports a false repeat.
//! Larger arrays (over the API's 600) spill to a `Vec`. Before any of that, a
//! single pass through a table of hashes settles the usual case: no repeat.
//! Items of other types (a set of numbers or objects) are compared as JSON Schema
//! does: `1` repeats `1.0`, and members compare in any order.

use std::borrow::Cow;

use serde_json::Value;

/// Items sorted on the stack; more spill to the heap.
pub(crate) const INLINE: usize = 600;

/// An array item as the repeat finder compares it: a JSON value, or a text's string
/// (`None`: an item that is not a string, which a case-folded comparison skips).
pub(crate) trait Item {
    /// Whether it takes part: a case-folded comparison is of strings alone, and the
    /// other items of such an array are another rule's problem (`type`), never repeats.
    fn counts(&self, case_fold: bool) -> bool;
    /// A hash on which equal items agree.
    fn item_hash(&self, case_fold: bool) -> u64;
    /// Whether two items are equal as `uniqueItems` compares them.
    fn same_as(&self, other: &Self, case_fold: bool) -> bool;
}

impl Item for Value {
    fn counts(&self, case_fold: bool) -> bool {
        !case_fold || self.is_string()
    }

    fn item_hash(&self, case_fold: bool) -> u64 {
        item_hash(self, case_fold)
    }

    fn same_as(&self, other: &Self, case_fold: bool) -> bool {
        same_item(self, other, case_fold)
    }
}

/// Only for a case-folded comparison, or an array of strings alone: an exact
/// comparison must see its other items as they are (`[1, 1.0]` repeats), so its
/// caller builds them as values instead.
impl Item for Option<Cow<'_, str>> {
    fn counts(&self, case_fold: bool) -> bool {
        debug_assert!(case_fold || self.is_some(), "an exact comparison needs every item, not only strings");
        self.is_some()
    }

    fn item_hash(&self, case_fold: bool) -> u64 {
        self.as_deref().map_or(0, |s| hash(s, case_fold))
    }

    fn same_as(&self, other: &Self, case_fold: bool) -> bool {
        match (self, other) {
            (Some(a), Some(b)) => same(a, b, case_fold),
            _ => false,
        }
    }
}

/// Calls `on_repeat(later, earlier)` for each item that repeats an earlier one,
/// naming the first item it repeats: in index order on the table's path, by runs
/// of equal hashes on the sorting path.
pub(crate) fn each_repeat<T: Item>(items: &[T], case_fold: bool, mut on_repeat: impl FnMut(usize, usize)) {
    if items.len() < 2 {
        return;
    }
    if items.len() <= INLINE {
        let mut found = Vec::new();
        if repeats_by_table(items, case_fold, &mut found) {
            for (later, earlier) in found {
                on_repeat(later as usize, earlier as usize);
            }
            return;
        }
    } else if !may_repeat(items, case_fold) {
        return;
    }
    let mut inline = [(0u64, 0u32); INLINE];
    let mut spilled = Vec::new();
    let keys: &mut [(u64, u32)] = if items.len() <= INLINE {
        &mut inline[..items.len()]
    } else {
        spilled.resize(items.len(), (0u64, 0u32));
        &mut spilled
    };
    let mut len = 0;
    for (i, item) in items.iter().enumerate().filter(|(_, item)| item.counts(case_fold)) {
        keys[len] = (item.item_hash(case_fold), i as u32);
        len += 1;
    }
    let keys = &mut keys[..len];
    keys.sort_unstable();
    let mut start = 0;
    while start < keys.len() {
        let mut end = start + 1;
        while end < keys.len() && keys[end].0 == keys[start].0 {
            end += 1;
        }
        if end - start > 1 {
            repeats_in_run(items, &keys[start..end], case_fold, &mut on_repeat);
        }
        start = end;
    }
}

/// Whether some item repeats an earlier one (the verdict alone, for the generated validators).
pub(crate) fn has_repeat(items: &[Value], case_fold: bool) -> bool {
    if items.len() < 2 || !may_repeat(items, case_fold) {
        return false;
    }
    // Equal hashes: confirm by comparing, the rare way.
    let mut any = false;
    each_repeat(items, case_fold, |_, _| any = true);
    any
}

/// Slots of the table [`may_repeat`] uses: a power of two, under 60% full with 600 items.
const SLOTS: usize = 1024;

/// Whether two string items have the same hash, so that the exact (sorting) pass is needed.
///
/// The common case, no repeat at all, is decided in one pass through an
/// open-addressing table of hashes instead of sorting 600 `(hash, index)` pairs,
/// which was a third of the time spent on a valid 600-recipient payload.
/// Short arrays compare their hashes pairwise, to spare clearing the table.
pub(crate) fn may_repeat<T: Item>(items: &[T], case_fold: bool) -> bool {
    let hashes = items.iter().filter(|item| item.counts(case_fold)).map(|item| item.item_hash(case_fold));
    any_hash_repeats(hashes, items.len())
}

/// Whether two of `hashes` (at most `len` of them) are equal: [`may_repeat`] on hashes
/// already computed, as the typed judge computes them while the items go by.
pub(crate) fn any_hash_repeats(hashes: impl Iterator<Item = u64>, len: usize) -> bool {
    const SHORT: usize = 16;
    if len <= SHORT {
        let mut seen = [0u64; SHORT];
        for (n, h) in hashes.enumerate() {
            if seen[..n].contains(&h) {
                return true;
            }
            seen[n] = h;
        }
        return false;
    }
    if len > INLINE {
        return true;
    }
    // 0 marks a free slot, so the stored hash is never 0.
    let mut table = [0u64; SLOTS];
    for h in hashes.map(|h| h | 1) {
        let mut slot = (h.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - SLOTS.trailing_zeros())) as usize;
        loop {
            match table[slot] {
                0 => {
                    table[slot] = h;
                    break;
                }
                seen if seen == h => return true,
                _ => slot = (slot + 1) % SLOTS,
            }
        }
    }
    false
}

/// Items with one hash, in index order: each that equals an earlier one is a repeat.
fn repeats_in_run<T: Item>(
    items: &[T],
    run: &[(u64, u32)],
    case_fold: bool,
    on_repeat: &mut impl FnMut(usize, usize),
) {
    let item = |k: usize| &items[run[k].1 as usize];
    for later in 1..run.len() {
        // Genuine repeats match the run's first item, so the inner loop is short
        // unless distinct strings collide.
        let first = (0..later).find(|&earlier| item(earlier).same_as(item(later), case_fold));
        if let Some(earlier) = first {
            on_repeat(run[later].1 as usize, run[earlier].1 as usize);
        }
    }
}

/// Repeats found in one pass through a table of first occurrences: each
/// `(later, earlier)` pair names an item and the first item it repeats, in index
/// order. Returns `false` (and the sorting path decides) when two different items
/// share a hash, which the table cannot tell apart from a repeat cheaply.
fn repeats_by_table<T: Item>(items: &[T], case_fold: bool, found: &mut Vec<(u32, u32)>) -> bool {
    // `(hash | 1, index of its first item)`; hash 0 marks a free slot.
    let mut table = [(0u64, 0u32); SLOTS];
    for (i, item) in items.iter().enumerate().filter(|(_, item)| item.counts(case_fold)) {
        let h = item.item_hash(case_fold) | 1;
        let mut slot = (h.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - SLOTS.trailing_zeros())) as usize;
        loop {
            match table[slot] {
                (0, _) => {
                    table[slot] = (h, i as u32);
                    break;
                }
                (seen, first) if seen == h => {
                    if !items[first as usize].same_as(item, case_fold) {
                        return false;
                    }
                    found.push((i as u32, first));
                    break;
                }
                _ => slot = (slot + 1) % SLOTS,
            }
        }
    }
    true
}

/// Whether two items are equal as JSON Schema's `uniqueItems` compares them
/// (strings case-folded when asked).
fn same_item(a: &Value, b: &Value, case_fold: bool) -> bool {
    match (a, b) {
        (Value::String(a), Value::String(b)) => same(a, b, case_fold),
        (Value::Number(a), Value::Number(b)) => same_number(a, b),
        (Value::Array(a), Value::Array(b)) => {
            a.len() == b.len() && a.iter().zip(b).all(|(x, y)| same_item(x, y, false))
        }
        (Value::Object(a), Value::Object(b)) => {
            a.len() == b.len() && a.iter().all(|(k, x)| b.get(k).is_some_and(|y| same_item(x, y, false)))
        }
        (a, b) => a == b,
    }
}

/// A hash on which [`same_item`]'s equal items agree: numbers by their value as a
/// float, object members in any order.
fn item_hash(item: &Value, case_fold: bool) -> u64 {
    const MIX: u64 = 0x9e37_79b9_7f4a_7c15;
    match item {
        Value::String(s) => hash(s, case_fold),
        // `+ 0.0` makes -0 and 0 one number.
        Value::Number(n) => (n.as_f64().unwrap_or(0.0) + 0.0).to_bits().wrapping_mul(MIX),
        Value::Null => 1,
        Value::Bool(b) => 2 + u64::from(*b),
        Value::Array(items) => items.iter().fold(4, |h, v| (h ^ item_hash(v, false)).wrapping_mul(MIX)),
        Value::Object(map) => map
            .iter()
            .map(|(k, v)| hash(k, false).rotate_left(7) ^ item_hash(v, false))
            .fold(5, u64::wrapping_add),
    }
}

/// Whether two numbers are the same value: integers exactly, an integer and a float
/// only when the float is that whole number (`2^53 + 1` is not `2^53` as a float).
fn same_number(a: &serde_json::Number, b: &serde_json::Number) -> bool {
    let whole = |n: &serde_json::Number| n.as_i64().map(i128::from).or_else(|| n.as_u64().map(i128::from));
    // Whole floats within i128's range convert exactly; larger ones equal no JSON integer.
    let float_is =
        |f: Option<f64>, i: i128| f.is_some_and(|f| f.fract() == 0.0 && f.abs() < 1e38 && f as i128 == i);
    match (whole(a), whole(b)) {
        (Some(x), Some(y)) => x == y,
        (Some(x), None) => float_is(b.as_f64(), x),
        (None, Some(y)) => float_is(a.as_f64(), y),
        (None, None) => a.as_f64() == b.as_f64(),
    }
}

/// Whether two strings are equal, case-folded when asked. Non-ASCII text is folded a
/// character at a time, as [`hash`] folds it, so equal texts always hash alike (a
/// whole-string `to_lowercase` would turn a word-final `Σ` into `ς`, the hash `σ`).
fn same(a: &str, b: &str, case_fold: bool) -> bool {
    match (case_fold, a.is_ascii() && b.is_ascii()) {
        (false, _) => a == b,
        (true, true) => a.eq_ignore_ascii_case(b),
        (true, false) => a.chars().flat_map(char::to_lowercase).eq(b.chars().flat_map(char::to_lowercase)),
    }
}

/// A hash of the (case-folded) text: a function of its bytes after folding, so two
/// texts that fold alike (`K` and the Kelvin sign `\u{212A}` both fold to `k`) hash
/// alike; a collision only costs the exact comparison in [`report_run`]. ASCII, the
/// usual user ID, is folded eight bytes at a time; other text is folded character by
/// character into a stack buffer (a heap one beyond 64 bytes).
#[inline]
pub(crate) fn hash(s: &str, case_fold: bool) -> u64 {
    if !case_fold {
        return hash_bytes(s.as_bytes(), false);
    }
    // ASCII is found out from the words the hash reads anyway.
    if let Some(h) = hash_ascii_folded(s.as_bytes()) {
        return h;
    }
    let mut stack = [0u8; 64];
    let mut len = 0;
    let mut heap = Vec::new();
    let mut utf8 = [0u8; 4];
    for c in s.chars().flat_map(char::to_lowercase) {
        let bytes = c.encode_utf8(&mut utf8).as_bytes();
        if heap.is_empty() && len + bytes.len() <= stack.len() {
            stack[len..len + bytes.len()].copy_from_slice(bytes);
            len += bytes.len();
        } else {
            if heap.is_empty() {
                heap.extend_from_slice(&stack[..len]);
            }
            heap.extend_from_slice(bytes);
        }
    }
    hash_bytes(if heap.is_empty() { &stack[..len] } else { &heap }, false)
}

/// [`hash_bytes`] with ASCII folded, or `None` when a byte is not ASCII.
#[inline]
fn hash_ascii_folded(bytes: &[u8]) -> Option<u64> {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut high = 0;
    let h = hash_words(bytes, |w| {
        high |= w;
        ascii_lower(w)
    });
    (high & HIGH == 0).then_some(h)
}

#[inline]
fn hash_bytes(bytes: &[u8], fold_ascii: bool) -> u64 {
    hash_words(bytes, |w| if fold_ascii { ascii_lower(w) } else { w })
}

/// Words of eight bytes mixed by a multiply and a rotation, seeded with the length.
/// The last word of a text of 8 bytes or more overlaps the one before it instead of
/// being padded, so a 12-byte user ID takes two words and no byte-by-byte tail.
#[inline]
fn hash_words(bytes: &[u8], mut fold: impl FnMut(u64) -> u64) -> u64 {
    const K: u64 = 0x9e37_79b9_7f4a_7c15;
    let word = |at: usize| u64::from_le_bytes(bytes[at..at + 8].try_into().expect("eight bytes"));
    let mut mix = |h: u64, w: u64| (h ^ fold(w)).wrapping_mul(K).rotate_left(31);
    let len = bytes.len();
    let mut h = 0xcbf2_9ce4_8422_2325 ^ (len as u64).wrapping_mul(K);
    if len < 8 {
        // Short texts as one word from overlapping reads (the length is in the seed),
        // without copying into a padded buffer.
        let short =
            |at: usize| u64::from(u32::from_le_bytes(bytes[at..at + 4].try_into().expect("four bytes")));
        let word = match len {
            0 => 0,
            1..=3 => u64::from(bytes[0]) | u64::from(bytes[len / 2]) << 8 | u64::from(bytes[len - 1]) << 16,
            _ => short(0) | short(len - 4) << 32,
        };
        h = mix(h, word);
    } else {
        let mut at = 0;
        while at + 8 < len {
            h = mix(h, word(at));
            at += 8;
        }
        h = mix(h, word(len - 8));
    }
    h ^ (h >> 29)
}

/// `A`–`Z` to `a`–`z` in eight ASCII bytes at once (every byte below 0x80, so no
/// addition carries into the next byte).
fn ascii_lower(word: u64) -> u64 {
    const EACH: u64 = 0x0101_0101_0101_0101;
    let above_z = word.wrapping_add(EACH * (0x7f - u64::from(b'Z')));
    let from_a = word.wrapping_add(EACH * (0x80 - u64::from(b'A')));
    let upper = from_a & !above_z & (EACH * 0x80);
    word | (upper >> 2)
}

#[cfg(test)]
mod tests {
    use super::may_repeat;
    use serde_json::{Value, json};

    #[test]
    fn the_quick_check_finds_repeats_on_both_paths() {
        for n in [2, 16, 17, 600, 601] {
            let mut items: Vec<Value> = (0..n).map(|i| json!(format!("user-{i}"))).collect();
            assert_eq!(may_repeat(&items, true), n > 600, "{n} distinct items");
            items[n - 1] = json!("USER-0");
            assert!(may_repeat(&items, true), "{n} items, a case-folded repeat");
            assert_eq!(may_repeat(&items, false), n > 600, "{n} items, case kept");
        }
    }

    #[test]
    fn eight_bytes_fold_as_one_at_a_time() {
        use super::{ascii_lower, hash};
        let text = "AZaz@[`{09_.-Mixed";
        for start in 0..text.len() - 8 {
            let word = u64::from_le_bytes(text.as_bytes()[start..start + 8].try_into().unwrap());
            let expected = u64::from_le_bytes(
                text[start..start + 8].to_ascii_lowercase().as_bytes().try_into().unwrap(),
            );
            assert_eq!(ascii_lower(word), expected, "{:?}", &text[start..start + 8]);
        }
        assert_eq!(hash("User_2.Long-Name", true), hash("user_2.long-name", true));
        assert_ne!(hash("User_2.Long-Name", false), hash("user_2.long-name", false));
        assert_ne!(hash("ab", true), hash("ab\0", true), "the length is hashed");
        assert_eq!(hash("ÄBC", true), hash("äbc", true));
        assert_eq!(hash("K", true), hash("\u{212A}", true), "the Kelvin sign folds to k");
        // Equal when folded means equal hashes, word-final sigma included.
        assert!(super::same("ΑΣ", "ας", true) == (hash("ΑΣ", true) == hash("ας", true)));
        assert!(super::same("ΑΣ", "ασ", true) && hash("ΑΣ", true) == hash("ασ", true));
        let long = "Ä".repeat(40);
        assert_eq!(hash(&long, true), hash(&"ä".repeat(40), true), "folded past the stack buffer");
        for len in 0..40 {
            let text = "aB".repeat(len)[..len].to_owned();
            assert_eq!(hash(&text, true), hash(&text.to_ascii_lowercase(), true), "{text}");
            assert_ne!(hash(&text, true), hash(&format!("{text}x"), true), "{text}");
        }
    }

    #[test]
    fn items_of_other_types_compare_as_json_schema_does() {
        use super::{item_hash, same_item};
        let pairs = [
            (json!(1), json!(1.0)),
            (json!(0.0), json!(-0.0)),
            (json!({"a": 1, "b": [true, null]}), json!({"b": [true, null], "a": 1.0})),
            (json!(u64::MAX), json!(u64::MAX)),
        ];
        for (a, b) in pairs {
            assert!(same_item(&a, &b, false), "{a} = {b}");
            assert_eq!(item_hash(&a, false), item_hash(&b, false), "{a} = {b}");
        }
        for (a, b) in
            [(json!(1), json!("1")), (json!([1, 2]), json!([2, 1])), (json!({"a": 1}), json!({"a": 2}))]
        {
            assert!(!same_item(&a, &b, false), "{a} != {b}");
        }
        assert!(may_repeat(&[json!(1), json!(2), json!(1.0)], false));
        // Beyond 2^53 a float cannot be every integer: only the one it is.
        assert!(!same_item(&json!(9_007_199_254_740_993u64), &json!(9_007_199_254_740_992.0), false));
        assert!(same_item(&json!(9_007_199_254_740_992u64), &json!(9_007_199_254_740_992.0), false));
        assert!(!same_item(&json!(u64::MAX), &json!(1e300), false));
        assert!(!may_repeat(&[json!(1), json!(2), json!("1")], false));
    }
}
