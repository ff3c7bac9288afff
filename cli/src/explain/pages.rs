//! The public pages of Easemob's documentation that `explain` quotes.

/// A page of the official documentation (<https://doc.easemob.com>), whose source is
/// the public repository `easemob/easemob-doc`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Page {
    /// The page's own (Chinese) title.
    pub title: &'static str,
    /// The title in English.
    pub title_en: &'static str,
    /// Its public address.
    pub url: &'static str,
}

/// "发送单聊消息": the call this project validates (`docs/document/server-side/message_single.md`).
pub const SEND_MESSAGE: Page = Page {
    title: "发送单聊消息",
    title_en: "Send a one-to-one message",
    url: "https://doc.easemob.com/document/server-side/message_single.html",
};

/// "离线推送的消息扩展说明": the push extensions in `ext` (`docs/document/server-side/push_extension.md`).
pub const PUSH_EXTENSION: Page = Page {
    title: "离线推送的消息扩展说明",
    title_en: "Message extensions for offline push",
    url: "https://doc.easemob.com/document/server-side/push_extension.html",
};

/// "授权注册单个用户": the rules for user IDs (`docs/document/server-side/account_register_authorized_single.md`).
pub const REGISTER_USER: Page = Page {
    title: "授权注册单个用户",
    title_en: "Register a user (authorized)",
    url: "https://doc.easemob.com/document/server-side/account_register_authorized_single.html",
};

/// A passage of a page, with an English rendering.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quote {
    /// The page.
    pub page: &'static Page,
    /// The section it is in, as the page titles it.
    pub section: &'static str,
    /// The passage as the page writes it.
    pub zh: &'static str,
    /// An English rendering.
    pub en: &'static str,
}
