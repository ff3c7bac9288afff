//! The message definitions: the envelope, the eight bodies and `ext`, with their rules as attributes.

mod bodies;
mod client_keys;
mod content;
mod envelope;
mod ext;
mod media;
mod push;
mod user_id;

pub use bodies::{CmdBody, CustomBody, LocBody, TxtBody};
pub use client_keys::ClientKeys;
pub use content::Content;
pub use envelope::Message;
pub use ext::Ext;
pub use media::{AudioBody, FileBody, FileUrl, ImageSize, ImgBody, VideoBody};
pub use push::{
    AndroidPushExt, ApnsExt, DirectedTemplate, HarmonyPushExt, OppoNotifyLevel, PushExt, PushFilter,
    PushTemplate, TemplateTarget,
};
pub use user_id::UserId;
