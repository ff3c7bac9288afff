use serde::{Deserialize, Serialize};

use super::{AudioBody, CmdBody, CustomBody, FileBody, ImgBody, LocBody, TxtBody, VideoBody};
use crate::Payload;

/// The message content: `type` names it, `body` holds it.
///
/// ```
/// use easemob_payload::message::Content;
/// use easemob_payload::{Limits, RuleCode, validate_as};
/// use serde_json::json;
///
/// let ok = validate_as::<Content>(&json!({"type": "txt", "body": {"msg": "hi"}}), &Limits::DEFAULT);
/// assert!(ok.is_empty(), "{ok:#}");
/// let bad = validate_as::<Content>(&json!({"type": "text", "body": {"msg": "hi"}}), &Limits::DEFAULT);
/// assert_eq!((bad.violations()[0].path.as_str(), bad.violations()[0].rule), ("/type", RuleCode::Enum));
/// ```
#[derive(Payload, Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(tag = "type", content = "body")]
#[payload(
    tag_description = "The message type: txt, img, audio, video, file, loc, cmd or custom.",
    tag_empty = "param type can't be empty",
    content_empty = "param body can't be empty"
)]
pub enum Content {
    /// A text message.
    #[serde(rename = "txt")]
    Txt(TxtBody),
    /// An image message.
    #[serde(rename = "img")]
    Img(ImgBody),
    /// A voice message.
    #[serde(rename = "audio")]
    Audio(AudioBody),
    /// A video message.
    #[serde(rename = "video")]
    Video(VideoBody),
    /// A file message.
    #[serde(rename = "file")]
    File(FileBody),
    /// A location message.
    #[serde(rename = "loc")]
    Loc(LocBody),
    /// A command (pass-through) message, not shown to the user.
    #[serde(rename = "cmd")]
    Cmd(CmdBody),
    /// A custom message.
    #[serde(rename = "custom")]
    Custom(CustomBody),
}

impl Content {
    /// The message types, in declaration order, as the model names them (`txt`, `img`, ...).
    ///
    /// ```
    /// use easemob_payload::message::Content;
    /// assert_eq!(Content::TYPES, ["txt", "img", "audio", "video", "file", "loc", "cmd", "custom"]);
    /// ```
    pub const TYPES: [&'static str; 8] = crate::model::variant_names(<Content as Payload>::DESC);
}
