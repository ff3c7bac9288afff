//! The bodies that point at an uploaded file: image, voice, video and file.

use serde::{Deserialize, Serialize};

use crate::Payload;

/// The URL of an uploaded file: absolute http(s), no spaces or control characters.
///
/// Upload the file first (`POST /{org_name}/{app_name}/chatfiles`); its URL is
/// `https://{host}/{org_name}/{app_name}/chatfiles/{file_uuid}`.
///
/// ```
/// use easemob_payload::message::FileUrl;
/// use easemob_payload::{Limits, RuleCode, validate_as};
/// use serde_json::json;
///
/// let ok = validate_as::<FileUrl>(&json!("https://example.com/f.pdf"), &Limits::DEFAULT);
/// assert!(ok.is_empty(), "{ok:#}");
/// let bad = validate_as::<FileUrl>(&json!("example.com/f.pdf"), &Limits::DEFAULT);
/// assert_eq!((bad.violations()[0].path.as_str(), bad.violations()[0].rule), ("", RuleCode::Pattern));
/// ```
#[derive(Payload, Serialize, Deserialize, Debug, Clone, PartialEq, Eq, Hash)]
#[serde(transparent)]
#[payload(pattern = r"^https?://[^\x00-\x20]+$")]
pub struct FileUrl(pub String);

impl From<&str> for FileUrl {
    fn from(url: &str) -> Self {
        FileUrl(url.to_owned())
    }
}

/// The body of an image message (`type: img`).
///
/// ```
/// use easemob_payload::message::ImgBody;
/// use easemob_payload::{Limits, RuleCode, validate_as};
/// use serde_json::json;
///
/// let ok = validate_as::<ImgBody>(&json!({"url": "https://example.com/a.jpg", "filename": "a.jpg", "size": {"width": 480, "height": 720}}), &Limits::DEFAULT);
/// assert!(ok.is_empty(), "{ok:#}");
/// let bad = validate_as::<ImgBody>(&json!({"filename": "a.jpg"}), &Limits::DEFAULT);
/// assert_eq!((bad.violations()[0].path.as_str(), bad.violations()[0].rule), ("/url", RuleCode::Required));
/// ```
#[derive(Payload, Serialize, Deserialize, Debug, Clone, PartialEq, Eq)]
pub struct ImgBody {
    /// The image's file name. Recommended: without it clients cannot show a name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[payload(recommended = "without it clients cannot show the image's name")]
    pub filename: Option<String>,
    /// The upload's `share-secret`; needed when the file was uploaded with restrict-access.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret: Option<String>,
    /// The image size in pixels.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size: Option<ImageSize>,
    /// The file size in bytes. Not on the send-message page, but Easemob's Java server SDK
    /// sends it (easemob/easemob-im-server-sdk `MessageSendRequest.java`, `bytes` → `file_length`)
    /// and the moderation page shows it (easemob/easemob-doc `docs/product/moderation/moderation_mechanism.md`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[payload(minimum = 0)]
    pub file_length: Option<i64>,
    /// The image URL: `https://{host}/{org_name}/{app_name}/chatfiles/{file_uuid}`.
    pub url: FileUrl,
}

/// The size of an image, in pixels.
///
/// ```
/// use easemob_payload::message::ImageSize;
/// use easemob_payload::{Limits, RuleCode, validate_as};
/// use serde_json::json;
///
/// let ok = validate_as::<ImageSize>(&json!({"width": 480, "height": 720}), &Limits::DEFAULT);
/// assert!(ok.is_empty(), "{ok:#}");
/// let bad = validate_as::<ImageSize>(&json!({"width": -1, "height": 720}), &Limits::DEFAULT);
/// assert_eq!((bad.violations()[0].path.as_str(), bad.violations()[0].rule), ("/width", RuleCode::Minimum));
/// ```
#[derive(Payload, Serialize, Deserialize, Debug, Clone, Copy, PartialEq, Eq)]
pub struct ImageSize {
    /// Width in pixels.
    #[payload(minimum = 0)]
    pub width: i64,
    /// Height in pixels.
    #[payload(minimum = 0)]
    pub height: i64,
}

/// The body of a voice message (`type: audio`).
///
/// ```
/// use easemob_payload::message::AudioBody;
/// use easemob_payload::{Limits, RuleCode, validate_as};
/// use serde_json::json;
///
/// let ok = validate_as::<AudioBody>(&json!({"url": "https://example.com/a.amr", "filename": "a.amr", "length": 10}), &Limits::DEFAULT);
/// assert!(ok.is_empty(), "{ok:#}");
/// let bad = validate_as::<AudioBody>(&json!({"url": "https://example.com/a.amr", "filename": "a.amr", "length": "10"}), &Limits::DEFAULT);
/// assert_eq!((bad.violations()[0].path.as_str(), bad.violations()[0].rule), ("/length", RuleCode::Type));
/// ```
#[derive(Payload, Serialize, Deserialize, Debug, Clone, PartialEq, Eq)]
pub struct AudioBody {
    /// The voice file's name. Recommended: without it clients cannot show a name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[payload(recommended = "without it clients cannot show the voice file's name")]
    pub filename: Option<String>,
    /// The upload's `share-secret`; needed when the file was uploaded with restrict-access.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret: Option<String>,
    /// The duration in seconds. (The documentation's table writes `Length`; its example and the server use `length`.)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[payload(minimum = 0)]
    pub length: Option<i64>,
    /// The file size in bytes. Not on the send-message page, but Easemob's Java server SDK
    /// sends it (easemob/easemob-im-server-sdk `MessageSendRequest.java`, `bytes` → `file_length`)
    /// and the moderation page shows it (easemob/easemob-doc `docs/product/moderation/moderation_mechanism.md`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[payload(minimum = 0)]
    pub file_length: Option<i64>,
    /// The voice file URL: `https://{host}/{org_name}/{app_name}/chatfiles/{file_uuid}`.
    pub url: FileUrl,
}

/// The body of a video message (`type: video`).
///
/// ```
/// use easemob_payload::message::VideoBody;
/// use easemob_payload::{Limits, RuleCode, validate_as};
/// use serde_json::json;
///
/// let ok = validate_as::<VideoBody>(&json!({"url": "https://example.com/v.mp4", "filename": "v.mp4", "thumb": "https://example.com/v.jpg", "length": 10}), &Limits::DEFAULT);
/// assert!(ok.is_empty(), "{ok:#}");
/// let bad = validate_as::<VideoBody>(&json!({"url": "ftp://example.com/v.mp4", "filename": "v.mp4", "thumb": "https://example.com/v.jpg", "length": 10}), &Limits::DEFAULT);
/// assert_eq!((bad.violations()[0].path.as_str(), bad.violations()[0].rule), ("/url", RuleCode::Pattern));
/// ```
#[derive(Payload, Serialize, Deserialize, Debug, Clone, PartialEq, Eq)]
pub struct VideoBody {
    /// The video file's name. Recommended: without it clients cannot show a name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[payload(recommended = "without it clients cannot show the video's name")]
    pub filename: Option<String>,
    /// The thumbnail URL: `https://{host}/{org_name}/{app_name}/chatfiles/{file_uuid}`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub thumb: Option<FileUrl>,
    /// The duration in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[payload(minimum = 0)]
    pub length: Option<i64>,
    /// The upload's `share-secret`; needed when the file was uploaded with restrict-access.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret: Option<String>,
    /// The video file size in bytes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[payload(minimum = 0)]
    pub file_length: Option<i64>,
    /// The thumbnail upload's `share-secret`; needed when it was uploaded with restrict-access.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub thumb_secret: Option<String>,
    /// The video size in pixels. Not on the send-message page; the moderation page's video
    /// body has it (easemob/easemob-doc `docs/product/moderation/moderation_mechanism.md`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size: Option<ImageSize>,
    /// The video file URL: `https://{host}/{org_name}/{app_name}/chatfiles/{file_uuid}`.
    pub url: FileUrl,
}

/// The body of a file message (`type: file`).
///
/// ```
/// use easemob_payload::message::FileBody;
/// use easemob_payload::{Limits, RuleCode, validate_as};
/// use serde_json::json;
///
/// let ok = validate_as::<FileBody>(&json!({"url": "https://example.com/f.pdf", "filename": "f.pdf"}), &Limits::DEFAULT);
/// assert!(ok.is_empty(), "{ok:#}");
/// let bad = validate_as::<FileBody>(&json!({"url": "https://example.com/my file.pdf", "filename": "f.pdf"}), &Limits::DEFAULT);
/// assert_eq!((bad.violations()[0].path.as_str(), bad.violations()[0].rule), ("/url", RuleCode::Pattern));
/// ```
#[derive(Payload, Serialize, Deserialize, Debug, Clone, PartialEq, Eq)]
pub struct FileBody {
    /// The file's name. Recommended: without it clients cannot show a name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[payload(recommended = "without it clients cannot show the file's name")]
    pub filename: Option<String>,
    /// The upload's `share-secret`; needed when the file was uploaded with restrict-access.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret: Option<String>,
    /// The file size in bytes. Not on the send-message page, but Easemob's Java server SDK
    /// sends it (easemob/easemob-im-server-sdk `MessageSendRequest.java`, `bytes` → `file_length`)
    /// and the moderation page shows it (easemob/easemob-doc `docs/product/moderation/moderation_mechanism.md`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[payload(minimum = 0)]
    pub file_length: Option<i64>,
    /// The file URL: `https://{host}/{org_name}/{app_name}/chatfiles/{file_uuid}`.
    pub url: FileUrl,
}
