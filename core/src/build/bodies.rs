//! One constructor per message type, and the setters of each body.

use std::collections::BTreeMap;

use super::builder::MessageBuilder;
use crate::message::{
    AudioBody, CmdBody, Content, CustomBody, FileBody, FileUrl, ImageSize, ImgBody, LocBody, Message,
    TxtBody, VideoBody,
};

impl Message {
    /// A text message (`type: txt`).
    ///
    /// ```
    /// let m = easemob_payload::Message::txt("hello").from("user1").to(["user2"]).build()?;
    /// assert_eq!(serde_json::to_string(&m).unwrap(), r#"{"from":"user1","to":["user2"],"type":"txt","body":{"msg":"hello"}}"#);
    /// # Ok::<(), easemob_payload::Report>(())
    /// ```
    pub fn txt(msg: impl Into<String>) -> MessageBuilder<TxtBody> {
        MessageBuilder::new(TxtBody { msg: msg.into() })
    }

    /// An image message (`type: img`) of the uploaded file at `url`.
    ///
    /// ```
    /// let m = easemob_payload::Message::img("https://a1.easemob.com/org/app/chatfiles/55f1")
    ///     .filename("testimg.jpg")
    ///     .size(480, 720)
    ///     .to(["user2"])
    ///     .build()?;
    /// assert_eq!(serde_json::to_value(&m).unwrap()["body"]["size"]["height"], 720);
    /// # Ok::<(), easemob_payload::Report>(())
    /// ```
    pub fn img(url: impl Into<String>) -> MessageBuilder<ImgBody> {
        MessageBuilder::new(ImgBody {
            filename: None,
            secret: None,
            size: None,
            file_length: None,
            url: FileUrl(url.into()),
        })
    }

    /// A voice message (`type: audio`) of the uploaded file at `url`.
    pub fn audio(url: impl Into<String>) -> MessageBuilder<AudioBody> {
        MessageBuilder::new(AudioBody {
            filename: None,
            secret: None,
            length: None,
            file_length: None,
            url: FileUrl(url.into()),
        })
    }

    /// A video message (`type: video`) of the uploaded file at `url`.
    pub fn video(url: impl Into<String>) -> MessageBuilder<VideoBody> {
        MessageBuilder::new(VideoBody {
            filename: None,
            thumb: None,
            length: None,
            secret: None,
            file_length: None,
            thumb_secret: None,
            size: None,
            url: FileUrl(url.into()),
        })
    }

    /// A file message (`type: file`) of the uploaded file at `url`.
    pub fn file(url: impl Into<String>) -> MessageBuilder<FileBody> {
        MessageBuilder::new(FileBody {
            filename: None,
            secret: None,
            file_length: None,
            url: FileUrl(url.into()),
        })
    }

    /// A location message (`type: loc`): latitude and longitude in decimal
    /// degrees, written as the strings the API wants (see [`format_degrees`]).
    ///
    /// A coordinate out of range, `NaN` or infinite is not a panic: `build()`
    /// reports it as a `pattern` error at `/body/lat` or `/body/lng`.
    ///
    /// ```
    /// use easemob_payload::{Message, RuleCode};
    /// let m = Message::loc(39.966, 116.322, "中关村").to(["user2"]).build()?;
    /// assert_eq!(serde_json::to_value(&m).unwrap()["body"]["lat"], "39.966");
    ///
    /// let report = Message::loc(f64::NAN, 116.322, "?").to(["user2"]).build().unwrap_err();
    /// assert_eq!((report.violations()[0].path.as_str(), report.violations()[0].rule), ("/body/lat", RuleCode::Pattern));
    /// # Ok::<(), easemob_payload::Report>(())
    /// ```
    pub fn loc(lat: f64, lng: f64, addr: impl Into<String>) -> MessageBuilder<LocBody> {
        MessageBuilder::new(LocBody::new(lat, lng, addr))
    }

    /// A command message (`type: cmd`), delivered to the app but not shown to the user.
    pub fn cmd(action: impl Into<String>) -> MessageBuilder<CmdBody> {
        MessageBuilder::new(CmdBody { action: action.into(), param: None })
    }

    /// A custom message (`type: custom`); give it an [`event`](MessageBuilder::event)
    /// or an [`ext`](MessageBuilder::custom_ext) (its body may not be empty).
    ///
    /// ```
    /// use easemob_payload::Message;
    /// let m = Message::custom().event("gift").custom_ext("count", "3").to(["u2"]).build()?;
    /// assert_eq!(serde_json::to_value(&m).unwrap()["body"]["customExts"]["count"], "3");
    /// # Ok::<(), easemob_payload::Report>(())
    /// ```
    pub fn custom() -> MessageBuilder<CustomBody> {
        MessageBuilder::new(CustomBody::default())
    }
}

/// Writes decimal degrees as the API's `lat`/`lng` strings: the shortest
/// decimal that reads back as the same `f64`, never with an exponent.
///
/// `NaN` and the infinities come out as `NaN`, `inf` and `-inf`, which the
/// `lat`/`lng` patterns reject, so the mistake surfaces as a violation.
///
/// ```
/// use easemob_payload::build::format_degrees;
/// assert_eq!(format_degrees(39.966), "39.966");
/// assert_eq!(format_degrees(-180.0), "-180");
/// assert_eq!(format_degrees(1e-7), "0.0000001");
/// ```
pub fn format_degrees(degrees: f64) -> String {
    // `Display` for f64 prints the shortest round-trip digits and, unlike
    // `Debug` and `{:e}`, never switches to exponent notation.
    degrees.to_string()
}

impl LocBody {
    /// A location from decimal degrees; see [`format_degrees`].
    ///
    /// ```
    /// let body = easemob_payload::message::LocBody::new(39.966, 116.322, "中关村");
    /// assert_eq!((body.lat.as_str(), body.lng.as_str()), ("39.966", "116.322"));
    /// ```
    pub fn new(lat: f64, lng: f64, addr: impl Into<String>) -> LocBody {
        LocBody { lat: format_degrees(lat), lng: format_degrees(lng), addr: addr.into() }
    }
}

/// `filename` and `secret`, which the four file bodies share.
macro_rules! file_setters {
    ($($body:ty),*) => {$(
        impl MessageBuilder<$body> {
            /// The file's name as clients show it (recommended: without it a `recommended` warning).
            pub fn filename(mut self, name: impl Into<String>) -> Self {
                self.body.filename = Some(name.into());
                self
            }

            /// The upload's `share-secret`, needed when the file was uploaded with restrict-access.
            pub fn secret(mut self, secret: impl Into<String>) -> Self {
                self.body.secret = Some(secret.into());
                self
            }

            /// The file's size in bytes (`file_length`); beyond `i64::MAX` (no real file) it is capped there.
            pub fn file_length(mut self, bytes: u64) -> Self {
                self.body.file_length = Some(i64::try_from(bytes).unwrap_or(i64::MAX));
                self
            }
        }
    )*};
}
file_setters!(ImgBody, AudioBody, VideoBody, FileBody);

impl MessageBuilder<ImgBody> {
    /// The image size in pixels.
    pub fn size(mut self, width: u32, height: u32) -> Self {
        self.body.size = Some(ImageSize { width: i64::from(width), height: i64::from(height) });
        self
    }
}

impl MessageBuilder<AudioBody> {
    /// The duration in seconds (`length`).
    pub fn length(mut self, seconds: u32) -> Self {
        self.body.length = Some(i64::from(seconds));
        self
    }
}

impl MessageBuilder<VideoBody> {
    /// The duration in seconds (`length`).
    pub fn length(mut self, seconds: u32) -> Self {
        self.body.length = Some(i64::from(seconds));
        self
    }

    /// The video size in pixels (`size`).
    pub fn size(mut self, width: u32, height: u32) -> Self {
        self.body.size = Some(ImageSize { width: i64::from(width), height: i64::from(height) });
        self
    }

    /// The URL of the uploaded thumbnail (`thumb`).
    pub fn thumb(mut self, url: impl Into<String>) -> Self {
        self.body.thumb = Some(FileUrl(url.into()));
        self
    }

    /// The thumbnail upload's `share-secret` (`thumb_secret`).
    pub fn thumb_secret(mut self, secret: impl Into<String>) -> Self {
        self.body.thumb_secret = Some(secret.into());
        self
    }
}

impl MessageBuilder<CmdBody> {
    /// Sets one of the command's parameters (`param`); a key set twice keeps the last value.
    ///
    /// ```
    /// let m = easemob_payload::Message::cmd("sync").param("since", 42).to(["u2"]).build()?;
    /// assert_eq!(serde_json::to_value(&m).unwrap()["body"]["param"]["since"], 42);
    /// # Ok::<(), easemob_payload::Report>(())
    /// ```
    pub fn param(mut self, key: impl Into<String>, value: impl Into<serde_json::Value>) -> Self {
        self.body.param.get_or_insert_with(serde_json::Map::new).insert(key.into(), value.into());
        self
    }
}

impl MessageBuilder<CustomBody> {
    /// The event type (`customEvent`): 1 to 32 of `a-z A-Z 0-9 - _ / .`.
    pub fn event(mut self, event: impl Into<String>) -> Self {
        self.body.custom_event = Some(event.into());
        self
    }

    /// Adds one attribute to `customExts` (string values, at most 16); a key set twice keeps the last value.
    pub fn custom_ext(mut self, key: impl Into<String>, value: impl Into<String>) -> Self {
        self.body.custom_exts.get_or_insert_with(BTreeMap::new).insert(key.into(), value.into());
        self
    }
}

macro_rules! into_content {
    ($($body:ident => $variant:ident),*) => {$(
        impl From<$body> for Content {
            fn from(body: $body) -> Content {
                Content::$variant(body)
            }
        }
    )*};
}
into_content!(
    TxtBody => Txt, ImgBody => Img, AudioBody => Audio, VideoBody => Video,
    FileBody => File, LocBody => Loc, CmdBody => Cmd, CustomBody => Custom
);
