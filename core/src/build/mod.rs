//! Building messages in Rust: typed builders that cannot produce a payload the
//! validator rejects, and a planner that splits any number of recipients into
//! valid requests.
//!
//! # Design
//!
//! [`MessageBuilder<B>`] holds the envelope (`from`, `to`, `ext`, ...) and one
//! typed body `B` ([`TxtBody`](crate::message::TxtBody),
//! [`ImgBody`](crate::message::ImgBody), ...). The envelope's setters exist for
//! every `B`; the body's setters exist only where they mean something
//! (`.filename()` on the four file bodies, `.size()` on images, `.event()` on
//! custom messages), so `Message::txt("hi").filename("a.jpg")` does not compile.
//! The constructors on [`Message`](crate::Message) ([`Message::txt`](crate::Message::txt),
//! [`Message::img`](crate::Message::img), ...) pick `B`; [`MessageBuilder::new`]
//! takes any body, or a whole [`Content`](crate::message::Content).
//!
//! [`MessageBuilder::build`] writes the wire JSON and runs
//! [`validate_with`](crate::validate_with) on it, the very call the CLI makes,
//! so the builder states no rule of its own: a message it returns is one the
//! validator accepts, under the same [`Limits`](crate::Limits). Errors come back
//! as the full [`Report`](crate::Report); warnings alone do not stop a build
//! ([`MessageBuilder::build_with_warnings`] returns them with the message).
//!
//! [`plan_recipients`] takes a recipient list of any length and returns a
//! [`Plan`]: case-folded duplicates and invalid IDs taken out and reported,
//! the rest split into requests of at most [`Limits::max_recipients`](crate::Limits::max_recipients),
//! and the quota they cost (each recipient is one message; 6000 a minute per app).
//!
//! ```
//! use easemob_payload::{Limits, Message, build::plan_recipients};
//!
//! let ids: Vec<String> = (0..1500).map(|i| format!("user{i}")).collect();
//! let plan = plan_recipients(&ids, &Limits::DEFAULT);
//! let requests = plan.build_each(&Message::txt("maintenance at 22:00").from("admin"), &Limits::DEFAULT)?;
//! assert_eq!(requests.len(), 3); // 600 + 600 + 300
//! assert_eq!(plan.quota_minutes(), 1);
//! # Ok::<(), easemob_payload::Report>(())
//! ```

mod bodies;
mod builder;
mod ext;
mod plan;
mod schedule;

pub use bodies::format_degrees;
pub use builder::{Built, MessageBuilder};
pub use plan::{Duplicate, Invalid, Plan, plan_recipients};
pub use schedule::MESSAGES_PER_MINUTE;
