//! Rules on arrays: item counts and repeats.

use serde_json::Value;

use super::{Ctx, unique};
use crate::model::{Check, Rule};
use crate::path::Path;
use crate::report::Detail;

pub(super) fn check(check: &Check, items: &[Value], path: &Path<'_>, ctx: &mut Ctx<'_>) {
    let count = items.len();
    match check.rule {
        Rule::MinItems(min) if count < min => {
            ctx.report_check(path, check, Detail::TooFewItems { count, min })
        }
        Rule::MaxItems(limit) => {
            let max = limit.resolve(ctx.limits);
            if count > max {
                ctx.report_check(path, check, Detail::TooManyItems { count, max });
            }
        }
        Rule::UniqueItems { case_fold } => unique::report_repeats(check, items, case_fold, path, ctx),
        _ => {}
    }
}
