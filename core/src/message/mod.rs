//! The message definitions: the envelope, the eight bodies and `ext`, with their rules as attributes.

mod bodies;
mod content;
mod envelope;
mod ext;
mod media;
mod user_id;

pub use bodies::{CmdBody, CustomBody, LocBody, TxtBody};
pub use content::Content;
pub use envelope::Message;
pub use ext::{Ext, PushExt, PushTemplate};
pub use media::{AudioBody, FileBody, FileUrl, ImageSize, ImgBody, VideoBody};
pub use user_id::UserId;
