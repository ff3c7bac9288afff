//! Rules on arrays: item counts and repeats.

use serde_json::Value;

use super::{Ctx, finish_message, unique};
use crate::model::{Check, Rule};
use crate::path::Path;

pub(super) fn check(check: &Check, items: &[Value], path: &Path<'_>, ctx: &mut Ctx<'_>) {
    let count = items.len();
    match check.rule {
        Rule::MinItems(min) if count < min => {
            let message = if count == 0 {
                format!(
                    "`{}` is empty; at least {min} item{} required",
                    path.display_name(),
                    if min == 1 { " is" } else { "s are" }
                )
            } else {
                format!("`{}` has {count} items; at least {min} are required", path.display_name())
            };
            ctx.report(path, check.rule.code(), check.severity, finish_message(message, check), None);
        }
        Rule::MaxItems(limit) => {
            let max = limit.resolve(ctx.limits);
            if count > max {
                let message = format!(
                    "`{}` has {count} items; at most {max} are allowed per request",
                    path.display_name()
                );
                let hint = format!("split it into {} requests of at most {max}", count.div_ceil(max.max(1)));
                ctx.report(
                    path,
                    check.rule.code(),
                    check.severity,
                    finish_message(message, check),
                    Some(hint),
                );
            }
        }
        Rule::UniqueItems { case_fold } => unique::report_repeats(check, items, case_fold, path, ctx),
        _ => {}
    }
}
