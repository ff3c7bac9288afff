//! Reports as JSON: what a service answers its caller with, in the shape the CLI's
//! `--format json` uses for each violation (`path`, `rule`, `severity`, `message`,
//! `hint`), so no caller writes its own mirror of these types.

use std::fmt;
use std::str::FromStr;

use serde::ser::{SerializeSeq, SerializeStruct};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::{Lang, Report, RuleCode, Severity, Violation};

/// Serializes a type as its code (`as_str`) and deserializes it through `FromStr`.
macro_rules! as_code {
    ($($ty:ty),*) => {$(
        impl Serialize for $ty {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl<'de> Deserialize<'de> for $ty {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<$ty, D::Error> {
                String::deserialize(d)?.parse().map_err(serde::de::Error::custom)
            }
        }
    )*};
}

// `"maxItems"`, `"error"`, `"zh"`.
as_code!(RuleCode, Severity, Lang);

/// A rule code that is not one of [`RuleCode::ALL`].
///
/// ```
/// use easemob_payload::RuleCode;
///
/// let err = "max_bytes".parse::<RuleCode>().unwrap_err();
/// assert_eq!(err.to_string(), "unknown rule code `max_bytes`");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownRuleCode(pub String);

impl fmt::Display for UnknownRuleCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown rule code `{}`", self.0)
    }
}

impl std::error::Error for UnknownRuleCode {}

impl FromStr for RuleCode {
    type Err = UnknownRuleCode;

    /// Parses a camelCase code.
    ///
    /// ```
    /// use easemob_payload::RuleCode;
    /// assert_eq!("maxBytes".parse::<RuleCode>(), Ok(RuleCode::MaxBytes));
    /// assert!("max_bytes".parse::<RuleCode>().is_err());
    /// ```
    fn from_str(code: &str) -> Result<RuleCode, UnknownRuleCode> {
        RuleCode::parse(code).ok_or_else(|| UnknownRuleCode(code.to_owned()))
    }
}

/// A severity that is neither `error` nor `warning`.
///
/// ```
/// use easemob_payload::Severity;
///
/// assert!("fatal".parse::<Severity>().unwrap_err().to_string().contains("error or warning"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownSeverity(pub String);

impl fmt::Display for UnknownSeverity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown severity `{}`; expected error or warning", self.0)
    }
}

impl std::error::Error for UnknownSeverity {}

impl FromStr for Severity {
    type Err = UnknownSeverity;

    /// ```
    /// use easemob_payload::Severity;
    /// assert_eq!("warning".parse::<Severity>(), Ok(Severity::Warning));
    /// ```
    fn from_str(name: &str) -> Result<Severity, UnknownSeverity> {
        match name {
            "error" => Ok(Severity::Error),
            "warning" => Ok(Severity::Warning),
            _ => Err(UnknownSeverity(name.to_owned())),
        }
    }
}

/// A violation, or a report, rendered in one language for serialization.
///
/// ```
/// use easemob_payload::{Lang, validate};
/// let report = validate(&serde_json::json!({"to": [], "type": "txt", "body": {"msg": "hi"}}));
/// let body = serde_json::to_value(report.in_lang(Lang::Zh)).unwrap();
/// assert_eq!(body["valid"], false);
/// assert_eq!(body["violations"][0]["rule"], "minItems");
/// assert_eq!(body["violations"][0]["message"], "`to` 为空数组；至少需要 1 个元素（服务器返回：`param to can't be empty`）");
/// ```
#[derive(Debug, Clone, Copy)]
pub struct InLang<'a, T> {
    value: &'a T,
    lang: Lang,
}

impl Violation {
    /// This violation, serialized with its message and hint in `lang`.
    pub fn in_lang(&self, lang: Lang) -> InLang<'_, Violation> {
        InLang { value: self, lang }
    }
}

impl Report {
    /// This report, serialized with messages and hints in `lang`.
    pub fn in_lang(&self, lang: Lang) -> InLang<'_, Report> {
        InLang { value: self, lang }
    }
}

impl Serialize for InLang<'_, Violation> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let v = self.value;
        let hint = v.hint_in(self.lang);
        let mut out = s.serialize_struct("Violation", if hint.is_some() { 5 } else { 4 })?;
        out.serialize_field("path", &v.path)?;
        out.serialize_field("rule", &v.rule)?;
        out.serialize_field("severity", &v.severity)?;
        out.serialize_field("message", &v.message_in(self.lang))?;
        match hint {
            Some(hint) => out.serialize_field("hint", &hint)?,
            None => out.skip_field("hint")?,
        }
        out.end()
    }
}

impl Serialize for Violation {
    /// `{"path", "rule", "severity", "message", "hint"?}`, in English; see [`Violation::in_lang`].
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.in_lang(Lang::En).serialize(s)
    }
}

/// The violations of a report, each in one language.
struct Violations<'a>(&'a [Violation], Lang);

impl Serialize for Violations<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(Some(self.0.len()))?;
        for v in self.0 {
            seq.serialize_element(&v.in_lang(self.1))?;
        }
        seq.end()
    }
}

impl Serialize for InLang<'_, Report> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let r = self.value;
        let mut out = s.serialize_struct("Report", 4)?;
        out.serialize_field("valid", &r.is_valid())?;
        out.serialize_field("errors", &r.error_count())?;
        out.serialize_field("warnings", &r.warning_count())?;
        out.serialize_field("violations", &Violations(r.violations(), self.lang))?;
        out.end()
    }
}

impl Serialize for Report {
    /// `{"valid", "errors", "warnings", "violations": [...]}`, in English; see [`Report::in_lang`].
    ///
    /// ```
    /// let report = easemob_payload::validate(&serde_json::json!({"to": ["u2"], "type": "txt", "body": {"msg": "hi"}}));
    /// assert_eq!(
    ///     serde_json::to_string(&report).unwrap(),
    ///     r#"{"valid":true,"errors":0,"warnings":0,"violations":[]}"#
    /// );
    /// ```
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.in_lang(Lang::En).serialize(s)
    }
}
