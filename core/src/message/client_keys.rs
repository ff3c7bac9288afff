//! The `em_` keys Easemob's own UI kits and demo apps put into `ext`.
//!
//! They are Easemob's, so they pass the reserved-prefix check; each is typed as
//! its source writes it. Sources are public repositories of the `easemob`
//! organisation, named on each key.

use serde::{Deserialize, Serialize};

use crate::Payload;

/// `ext` keys set by Easemob's UI kits and demos (flattened into [`Ext`](super::Ext)).
///
/// ```
/// use easemob_payload::message::Ext;
/// use easemob_payload::{Limits, RuleCode, validate_as};
/// use serde_json::json;
///
/// let ok = validate_as::<Ext>(&json!({"em_conference_type": 1}), &Limits::DEFAULT);
/// assert!(ok.is_empty(), "{ok:#}");
/// let bad = validate_as::<Ext>(&json!({"em_conference_type": "1"}), &Limits::DEFAULT);
/// assert_eq!((bad.violations()[0].path.as_str(), bad.violations()[0].rule), ("/em_conference_type", RuleCode::Type));
/// ```
#[derive(Payload, Serialize, Deserialize, Debug, Clone, PartialEq, Eq, Default)]
#[payload(opaque_to_server)]
pub struct ClientKeys {
    /// The ID of a big emoji (EaseUI `EaseConstant.MESSAGE_ATTR_EXPRESSION_ID`,
    /// easemob/easeui `ease-im-kit/src/main/java/com/hyphenate/easeui/constants/EaseConstant.java`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub em_expression_id: Option<String>,
    /// `true`: the message is a big emoji (EaseUI `EaseConstant.MESSAGE_ATTR_IS_BIG_EXPRESSION`, same file).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub em_is_big_expression: Option<bool>,
    /// `true`: a "message recalled" notice (EaseIMKit `MSG_EXT_RECALL`,
    /// easemob/easeui_ios `EaseIMKit/EaseIMKit/Classes/Common/EaseDefines.h`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub em_recall: Option<bool>,
    /// A group read-receipt request, value `receipt` (EaseIMKit `MSG_EXT_READ_RECEIPT`, same file).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub em_read_receipt: Option<String>,
    /// A "friend added" or "joined group" notice: `add_friend` or `add_group` (EaseIMKit `MSG_EXT_NEWNOTI`, same file).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub em_noti: Option<String>,
    /// A conference operation: `invite`, `request_tobe_speaker`, `request_tobe_audience`
    /// (demo `DemoConstant.EM_CONFERENCE_OP`, easemob/chat-android
    /// `app/src/main/java/com/hyphenate/easeim/common/constant/DemoConstant.java`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub em_conference_op: Option<String>,
    /// The conference ID (`DemoConstant.EM_CONFERENCE_ID`, same file).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub em_conference_id: Option<String>,
    /// The conference password (`DemoConstant.EM_CONFERENCE_PASSWORD`, same file).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub em_conference_password: Option<String>,
    /// The conference type, a number (`DemoConstant.EM_CONFERENCE_TYPE`, same file; read with `getIntAttribute`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub em_conference_type: Option<i64>,
    /// The chat a conference belongs to (easemob/sdkdemoapp3.0_ios
    /// `ChatDemo-UI3.0/ChatDemo-UI3.0/Class/Call/Confr/EMConferenceViewController.m`).
    #[serde(default, rename = "em_conference_chatId", skip_serializing_if = "Option::is_none")]
    pub em_conference_chat_id: Option<String>,
    /// The type of that chat, a number (same file).
    #[serde(default, rename = "em_conference_chatType", skip_serializing_if = "Option::is_none")]
    pub em_conference_chat_type: Option<i64>,
    /// The administrator of a live conference (same file).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub em_conference_admin: Option<String>,
    /// The inviter's conference member name (`DemoConstant.EM_MEMBER_NAME`, easemob/chat-android, as above).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub em_member_name: Option<String>,
    /// `true`: a group notice saved on the device (`DemoConstant.EM_NOTIFICATION_TYPE`, as above).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub em_notification_type: Option<bool>,
    /// `true`: a "thread created" notice (`EaseConstant.EASE_THREAD_NOTIFICATION_TYPE`,
    /// easemob/easemob-uikit-android `ease-im-kit/src/main/kotlin/com/hyphenate/easeui/common/EaseConstant.kt`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub em_thread_notification_type: Option<bool>,
    /// The parent message of that thread notice (`EaseConstant.EASE_THREAD_PARENT_MSG_ID`, same file).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub em_thread_parent_msg_id: Option<String>,
}
