//! Rules on arrays: item counts and repeats.

use super::{Ctx, Json};
use crate::model::{Check, Rule};
use crate::path::Path;
use crate::report::Detail;

pub(super) fn check<'a, J: Json<'a>>(check: &Check, items: J, path: &Path<'_>, ctx: &mut Ctx<'_>) {
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
        Rule::UniqueItems { case_fold } => items.report_repeats(check, case_fold, path, ctx),
        _ => {}
    }
}
