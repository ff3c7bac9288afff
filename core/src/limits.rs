//! The limits that deployments set differently.

/// Settings of the rules whose limit is not fixed by the API.
///
/// ```
/// use easemob_payload::Limits;
/// let private = Limits::DEFAULT.with_max_bytes(3072);
/// assert_eq!(private.max_recipients, 600);
/// ```
///
/// New settings may be added (the struct is `#[non_exhaustive]`): build limits from
/// [`Limits::DEFAULT`] and the `with_` methods, or from a configuration file.
///
/// Limits serialize as `{"max_bytes": 3072, "max_recipients": 600}`; a member left
/// out of a configuration file keeps its default:
///
/// ```
/// let limits: easemob_payload::Limits = serde_json::from_str(r#"{"max_bytes": 3072}"#).unwrap();
/// assert_eq!(limits, easemob_payload::Limits::private_deployment());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
#[non_exhaustive]
pub struct Limits {
    /// The most bytes `body` plus `ext` may serialize to (`maxBytes`): 5120 on Easemob's cloud, 3072 on many private deployments.
    pub max_bytes: usize,
    /// The most recipients one request may name (`maxItems` of `to`): 600.
    pub max_recipients: usize,
}

impl Limits {
    /// Easemob's cloud defaults: 5120 bytes, 600 recipients.
    pub const DEFAULT: Limits = Limits { max_bytes: 5120, max_recipients: 600 };

    /// These limits with another byte limit for `body` plus `ext`.
    ///
    /// ```
    /// assert_eq!(easemob_payload::Limits::DEFAULT.with_max_bytes(4096).max_bytes, 4096);
    /// ```
    #[must_use]
    pub const fn with_max_bytes(self, max_bytes: usize) -> Limits {
        Limits { max_bytes, ..self }
    }

    /// These limits with another most recipients per request.
    ///
    /// ```
    /// assert_eq!(easemob_payload::Limits::DEFAULT.with_max_recipients(100).max_recipients, 100);
    /// ```
    #[must_use]
    pub const fn with_max_recipients(self, max_recipients: usize) -> Limits {
        Limits { max_recipients, ..self }
    }

    /// A private deployment's common limits: 3072 bytes (3 KB) of `body` plus `ext`, 600 recipients.
    ///
    /// ```
    /// use easemob_payload::Limits;
    /// assert_eq!(Limits::private_deployment(), Limits::DEFAULT.with_max_bytes(3072));
    /// ```
    pub const fn private_deployment() -> Limits {
        Limits { max_bytes: 3072, ..Limits::DEFAULT }
    }

    /// The value of a named setting.
    pub const fn get(&self, setting: Setting) -> usize {
        match setting {
            Setting::MaxRecipients => self.max_recipients,
        }
    }
}

impl Default for Limits {
    fn default() -> Self {
        Limits::DEFAULT
    }
}

/// A limit a rule takes from [`Limits`] instead of stating a number.
///
/// ```
/// use easemob_payload::Limits;
/// use easemob_payload::limits::Setting;
///
/// assert_eq!(Setting::MaxRecipients.name(), "max_recipients");
/// assert_eq!(Limits::DEFAULT.with_max_recipients(100).get(Setting::MaxRecipients), 100);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Setting {
    /// [`Limits::max_recipients`].
    MaxRecipients,
}

impl Setting {
    /// The setting's name, as written in `#[payload(max_items = max_recipients)]`.
    pub const fn name(self) -> &'static str {
        match self {
            Setting::MaxRecipients => "max_recipients",
        }
    }

    /// Its value in [`Limits::DEFAULT`], which the JSON Schema states.
    pub const fn default_value(self) -> usize {
        Limits::DEFAULT.get(self)
    }
}
