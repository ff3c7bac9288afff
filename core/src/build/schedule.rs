//! Pacing requests against the app's per-minute message quota.

/// Messages (one per recipient) an app may send a minute on Easemob's cloud, the documented default.
///
/// ```
/// use easemob_payload::build::MESSAGES_PER_MINUTE;
/// // 600 recipients a request: ten full requests fill a minute's quota.
/// assert_eq!(MESSAGES_PER_MINUTE / 600, 10);
/// ```
pub const MESSAGES_PER_MINUTE: usize = 6000;

/// The minute of each request when requests of `sizes` messages fill minutes of
/// `per_minute` in order; a request never spans two minutes, since all its
/// messages count when it is sent.
pub(super) fn pack(sizes: impl Iterator<Item = usize>, per_minute: usize) -> Vec<usize> {
    let per_minute = per_minute.max(1);
    let mut minute = 0;
    let mut used = 0;
    let mut out = Vec::new();
    for size in sizes {
        if used > 0 && used + size > per_minute {
            minute += 1;
            used = 0;
        }
        used += size;
        out.push(minute);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::pack;

    #[test]
    fn fills_minutes_in_order_without_splitting_a_request() {
        assert_eq!(pack([600; 11].into_iter(), 6000), [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
        assert_eq!(pack([700; 9].into_iter(), 6000), [0, 0, 0, 0, 0, 0, 0, 0, 1]);
        assert_eq!(pack([7000, 1].into_iter(), 6000), [0, 1]);
        assert_eq!(pack([1, 1].into_iter(), 0), [0, 1]);
        assert!(pack(std::iter::empty(), 6000).is_empty());
    }
}
