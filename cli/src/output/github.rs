//! GitHub Actions workflow commands: `::error file=…,line=…,col=…,title=…::…`.
//!
//! Escaping follows the Actions toolkit (`@actions/core`, `command.ts`): in the
//! message, `%` `\r` `\n` become `%25` `%0D` `%0A`; in property values `:` and
//! `,` also become `%3A` and `%2C`.

use std::fmt::Write;

use easemob_payload::{Lang, Severity};

use crate::lint::FileReport;

/// One line per violation; the hint follows the message on a second line.
pub fn render_file(report: &FileReport, lang: Lang) -> String {
    let (message_word, help_word) = match lang {
        Lang::Zh => ("消息", "提示"),
        _ => ("message", "help"),
    };
    let mut out = String::new();
    for v in &report.violations {
        let command = match v.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let mut title = format!("easemob-payload {}", v.rule);
        if report.multi {
            let _ = write!(title, " [{message_word} {}]", v.index);
        }
        if !v.path.is_empty() {
            let _ = write!(title, " {}", v.path);
        }
        let mut message = v.message();
        if let Some(hint) = &v.hint() {
            let _ = write!(message, "\n{help_word}: {hint}");
        }
        let _ = writeln!(
            out,
            "::{command} file={},line={},col={},title={}::{}",
            property(&report.name),
            v.line,
            v.column,
            property(&title),
            data(&message)
        );
    }
    out
}

/// Escapes a message.
pub fn data(text: &str) -> String {
    text.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}

/// Escapes a property value.
pub fn property(text: &str) -> String {
    data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_follows_the_actions_toolkit() {
        assert_eq!(data("50% a\r\nb: c, d"), "50%25 a%0D%0Ab: c, d");
        assert_eq!(property("a:b,c%\n"), "a%3Ab%2Cc%25%0A");
    }
}
