//! `uniqueItems` reported: each repeat with the index of the item it repeats, found
//! by [`crate::repeat`].

use std::borrow::Cow;

use serde_json::Value;

use super::Ctx;
use super::describe::quote;
use crate::model::Check;
use crate::path::Path;
use crate::repeat::{Item, each_repeat};
use crate::report::Detail;

/// An item as a repeat's message shows it.
pub(crate) trait Shown: Item {
    fn shown(&self) -> String;
}

impl Shown for Value {
    fn shown(&self) -> String {
        match self {
            Value::String(s) => quote(s),
            other => other.to_string(),
        }
    }
}

/// A text's string item (`None`, an item of another type, never repeats).
impl Shown for Option<Cow<'_, str>> {
    fn shown(&self) -> String {
        self.as_deref().map(quote).unwrap_or_default()
    }
}

pub(crate) fn report_repeats<T: Shown>(
    check: &Check,
    items: &[T],
    case_fold: bool,
    path: &Path<'_>,
    ctx: &mut Ctx<'_>,
) {
    each_repeat(items, case_fold, |later, earlier| {
        // Item `later` repeats item `earlier`.
        let detail =
            Detail::Repeat { value: items[later].shown(), earlier: path.index(earlier).display_name() };
        ctx.report_check(&path.index(later), check, detail);
    });
}
