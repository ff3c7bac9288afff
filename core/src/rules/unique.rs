//! `uniqueItems` reported: each repeat with the index of the item it repeats, found
//! by [`crate::repeat`].

use serde_json::Value;

use super::Ctx;
use super::describe::quote;
use crate::model::Check;
use crate::path::Path;
use crate::repeat::each_repeat;
use crate::report::Detail;

pub(crate) fn report_repeats(
    check: &Check,
    items: &[Value],
    case_fold: bool,
    path: &Path<'_>,
    ctx: &mut Ctx<'_>,
) {
    each_repeat(items, case_fold, |later, earlier| report_repeat(check, items, later, earlier, path, ctx));
}

/// Item `later` repeats item `earlier`.
fn report_repeat(
    check: &Check,
    items: &[Value],
    later: usize,
    earlier: usize,
    path: &Path<'_>,
    ctx: &mut Ctx<'_>,
) {
    let value = match &items[later] {
        Value::String(s) => quote(s),
        other => other.to_string(),
    };
    let detail = Detail::Repeat { value, earlier: path.index(earlier).display_name() };
    ctx.report_check(&path.index(later), check, detail);
}
