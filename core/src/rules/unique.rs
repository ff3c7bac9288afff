//! Repeated array items, found without the heap for up to 600 items.
//!
//! Each string item is hashed (case-folded when asked) into a fixed buffer of
//! `(hash, index)` pairs, which is sorted; equal hashes are then confirmed by
//! comparing the strings, so a hash collision never reports a false repeat.
//! Larger arrays (over the API's 600) spill to a `Vec`.

use serde_json::Value;

use super::describe::quote;
use super::{Ctx, finish_message};
use crate::model::Check;
use crate::path::Path;

const INLINE: usize = 600;

pub(super) fn report_repeats(
    check: &Check,
    items: &[Value],
    case_fold: bool,
    path: &Path<'_>,
    ctx: &mut Ctx<'_>,
) {
    if items.len() < 2 {
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
    for (i, item) in items.iter().enumerate() {
        // Non-string items are another rule's problem (`type`); they never repeat here.
        if let Value::String(s) = item {
            keys[len] = (hash(s, case_fold), i as u32);
            len += 1;
        }
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
            report_run(check, items, &keys[start..end], case_fold, path, ctx);
        }
        start = end;
    }
}

/// Items with one hash, in index order: each that equals an earlier one is a repeat.
fn report_run(
    check: &Check,
    items: &[Value],
    run: &[(u64, u32)],
    case_fold: bool,
    path: &Path<'_>,
    ctx: &mut Ctx<'_>,
) {
    let text = |k: usize| items[run[k].1 as usize].as_str().unwrap_or_default();
    for later in 1..run.len() {
        // Genuine repeats match the run's first item, so the inner loop is short
        // unless distinct strings collide.
        let first = (0..later).find(|&earlier| same(text(earlier), text(later), case_fold));
        if let Some(earlier) = first {
            let index = run[later].1 as usize;
            let item_path = path.index(index);
            let message = format!(
                "`{}` is {}, which repeats `{}`",
                item_path.display_name(),
                quote(text(later)),
                path.index(run[earlier].1 as usize).display_name(),
            );
            ctx.report(
                &item_path,
                check.rule.code(),
                check.severity,
                finish_message(message, check),
                Some("remove the repeat".to_owned()),
            );
        }
    }
}

fn same(a: &str, b: &str, case_fold: bool) -> bool {
    match (case_fold, a.is_ascii() && b.is_ascii()) {
        (false, _) => a == b,
        (true, true) => a.eq_ignore_ascii_case(b),
        (true, false) => a.to_lowercase() == b.to_lowercase(),
    }
}

/// FNV-1a over the (case-folded) characters.
fn hash(s: &str, case_fold: bool) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |byte: u8| {
        h ^= u64::from(byte);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    };
    if !case_fold || s.is_ascii() {
        for b in s.bytes() {
            eat(if case_fold { b.to_ascii_lowercase() } else { b });
        }
    } else {
        let mut buf = [0u8; 4];
        for c in s.chars().flat_map(char::to_lowercase) {
            for &b in c.encode_utf8(&mut buf).as_bytes() {
                eat(b);
            }
        }
    }
    h
}
