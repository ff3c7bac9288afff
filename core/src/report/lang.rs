//! The languages a report is rendered in.

use std::fmt;
use std::str::FromStr;

/// A language messages and hints are rendered in.
///
/// Rule codes, paths, member names and the server's own error texts never change;
/// only the sentences around them do.
///
/// ```
/// use easemob_payload::Lang;
/// assert_eq!("zh".parse::<Lang>(), Ok(Lang::Zh));
/// assert_eq!(Lang::from_locale("zh_CN.UTF-8"), Some(Lang::Zh));
/// assert_eq!(Lang::from_locale("C"), None);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum Lang {
    /// English (the default).
    #[default]
    En,
    /// Simplified Chinese, as Easemob's own documentation writes it.
    Zh,
}

impl Lang {
    /// Every language, in declaration order.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Zh];

    /// The code used by `--lang` and in output: `en` or `zh`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Zh => "zh",
        }
    }

    /// The language a POSIX locale names (`zh_CN.UTF-8` → Chinese, `en_US` → English);
    /// `None` for `C`, `POSIX`, an empty value or a language without messages here.
    pub fn from_locale(locale: &str) -> Option<Lang> {
        let language = locale.split(['_', '.', '@', '-']).next().unwrap_or_default();
        match language.to_ascii_lowercase().as_str() {
            "zh" => Some(Lang::Zh),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The language of the environment, as gettext looks it up: the first of
    /// `LC_ALL`, `LC_MESSAGES` and `LANG` that is set and not empty decides
    /// (English when it names no language known here).
    pub fn from_env() -> Lang {
        Lang::from_vars(|name| std::env::var(name).ok())
    }

    /// [`Lang::from_env`] over any source of variables (testable without touching the process).
    ///
    /// ```
    /// use easemob_payload::Lang;
    /// let vars = |name: &str| (name == "LANG").then(|| "zh_CN.UTF-8".to_owned());
    /// assert_eq!(Lang::from_vars(vars), Lang::Zh);
    /// let vars = |name: &str| match name { "LC_ALL" => Some("C".to_owned()), _ => Some("zh_CN".to_owned()) };
    /// assert_eq!(Lang::from_vars(vars), Lang::En);
    /// ```
    pub fn from_vars(get: impl Fn(&str) -> Option<String>) -> Lang {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .filter_map(|name| get(name).filter(|value| !value.is_empty()))
            .next()
            .and_then(|locale| Lang::from_locale(&locale))
            .unwrap_or_default()
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An unknown language code.
///
/// ```
/// use easemob_payload::Lang;
///
/// let err = "fr".parse::<Lang>().unwrap_err();
/// assert!(err.to_string().contains("fr"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownLang(pub String);

impl fmt::Display for UnknownLang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown language `{}`; expected en or zh", self.0)
    }
}

impl std::error::Error for UnknownLang {}

impl FromStr for Lang {
    type Err = UnknownLang;
    fn from_str(s: &str) -> Result<Lang, UnknownLang> {
        match s.to_ascii_lowercase().as_str() {
            "en" => Ok(Lang::En),
            "zh" | "zh-cn" | "zh_cn" | "cn" => Ok(Lang::Zh),
            _ => Err(UnknownLang(s.to_owned())),
        }
    }
}
