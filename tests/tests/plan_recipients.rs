//! The recipient planner: examples of each decision, then its properties over
//! random recipient lists (mixed case, repeats, invalid IDs) and limits.

use std::collections::HashSet;

use easemob_payload::build::{MESSAGES_PER_MINUTE, Plan, plan_recipients};
use easemob_payload::message::UserId;
use easemob_payload::{Limits, Message, RuleCode};
use proptest::prelude::*;
use proptest::sample::select;

fn ids(n: usize) -> Vec<String> {
    (0..n).map(|i| format!("user{i}")).collect()
}

fn sizes(plan: &Plan) -> Vec<usize> {
    plan.requests().iter().map(Vec::len).collect()
}

#[test]
fn splits_into_requests_of_at_most_600_in_order() {
    let all = ids(1500);
    let plan = plan_recipients(&all, &Limits::DEFAULT);
    assert_eq!(sizes(&plan), [600, 600, 300]);
    let flat: Vec<&str> = plan.requests().iter().flatten().map(UserId::as_str).collect();
    assert_eq!(flat, all);
    assert!(plan.is_complete());
    assert_eq!(plan.quota_cost(), 1500);
}

#[test]
fn no_recipients_no_request() {
    let plan = plan_recipients(Vec::<String>::new(), &Limits::DEFAULT);
    assert!(plan.requests().is_empty());
    assert_eq!((plan.quota_cost(), plan.quota_minutes()), (0, 0));
    assert_eq!(plan.build_each(&Message::txt("hi"), &Limits::DEFAULT).unwrap(), []);
}

#[test]
fn case_folded_repeats_keep_the_first_spelling_and_are_reported() {
    let plan = plan_recipients(["Bob", "alice", "BOB", "bob", "Alice"], &Limits::DEFAULT);
    assert_eq!(plan.requests(), [vec![UserId::from("Bob"), UserId::from("alice")]]);
    let dropped: Vec<(usize, &str, usize)> =
        plan.duplicates().iter().map(|d| (d.index, d.id.as_str(), d.kept)).collect();
    assert_eq!(dropped, [(2, "BOB", 0), (3, "bob", 0), (4, "Alice", 1)]);
    assert_eq!(plan.quota_cost(), 2);
    assert!(!plan.is_complete());
}

#[test]
fn invalid_ids_are_reported_with_their_violations_never_sent() {
    let long = "x".repeat(65);
    let plan = plan_recipients(["ok", "", "has space", long.as_str(), "ok2"], &Limits::DEFAULT);
    assert_eq!(plan.requests(), [vec![UserId::from("ok"), UserId::from("ok2")]]);
    let invalid: Vec<(usize, Vec<RuleCode>)> =
        plan.invalid().iter().map(|i| (i.index, i.report.errors().map(|v| v.rule).collect())).collect();
    assert_eq!(
        invalid,
        [(1, vec![RuleCode::MinLength]), (2, vec![RuleCode::Pattern]), (3, vec![RuleCode::MaxLength])]
    );
}

#[test]
fn quota_minutes_pace_6000_messages_a_minute() {
    assert_eq!(MESSAGES_PER_MINUTE, 6000);
    assert_eq!(plan_recipients(ids(6000), &Limits::DEFAULT).quota_minutes(), 1);
    assert_eq!(plan_recipients(ids(6001), &Limits::DEFAULT).quota_minutes(), 2);
    assert_eq!(plan_recipients(ids(12_000), &Limits::DEFAULT).quota_minutes(), 2);
    // Requests of 700 fit 8 to a minute (5600): a request is never split across minutes.
    let plan = plan_recipients(ids(6300), &Limits::DEFAULT.with_max_recipients(700));
    assert_eq!(plan.schedule(), [0, 0, 0, 0, 0, 0, 0, 0, 1]);
    assert_eq!(plan.schedule_at(1400), [0, 0, 1, 1, 2, 2, 3, 3, 4]);
}

#[test]
fn build_each_gives_one_valid_message_per_request() {
    let limits = Limits::DEFAULT.with_max_recipients(4);
    let plan = plan_recipients(ids(10), &limits);
    let messages = plan.build_each(&Message::txt("hi").from("admin").to(["ignored"]), &limits).unwrap();
    assert_eq!(messages.iter().map(|m| m.to.len()).collect::<Vec<_>>(), [4, 4, 2]);
    assert!(messages.iter().all(|m| m.from == Some("admin".into())));
    // A template the validator rejects fails for every request; the first report comes back.
    let report = plan.build_each(&Message::custom(), &limits).unwrap_err();
    assert_eq!(report.violations()[0].rule, RuleCode::MinProperties);
}

#[test]
fn a_zero_recipient_limit_plans_requests_the_validator_rejects() {
    let zero = Limits::DEFAULT.with_max_recipients(0);
    let plan = plan_recipients(["a", "b"], &zero);
    assert_eq!(sizes(&plan), [1, 1]);
    assert_eq!(
        plan.build_each(&Message::txt("hi"), &zero).unwrap_err().violations()[0].rule,
        RuleCode::MaxItems
    );
}

/// A recipient: mostly valid IDs from a small pool in mixed case (so repeats
/// and case-only repeats are common), sometimes an invalid one.
fn recipient() -> impl Strategy<Value = String> {
    let valid = (select(vec!["a", "b", "bob", "u.1", "x_y", "Z-9", "carol"]), any::<u8>()).prop_map(
        |(stem, mask)| {
            stem.chars()
                .enumerate()
                .map(|(i, c)| if mask >> (i % 8) & 1 == 1 { c.to_ascii_uppercase() } else { c })
                .collect::<String>()
        },
    );
    let numbered = (0u16..400).prop_map(|n| format!("user{n}"));
    let invalid =
        select(vec!["".to_owned(), "a b".to_owned(), "é".to_owned(), "x".repeat(65), "a\n".to_owned()]);
    prop_oneof![4 => valid, 8 => numbered, 1 => invalid]
}

proptest! {
    #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn every_recipient_lands_once_and_every_request_is_valid(
        input in proptest::collection::vec(recipient(), 0..1300),
        max in prop_oneof![1usize..=20, Just(600)],
    ) {
        let limits = Limits::DEFAULT.with_max_recipients(max);
        let plan = plan_recipients(&input, &limits);
        let fold = |s: &str| s.to_ascii_lowercase();

        // Every input position is accounted for exactly once.
        let sent: Vec<&UserId> = plan.requests().iter().flatten().collect();
        prop_assert_eq!(sent.len() + plan.duplicates().len() + plan.invalid().len(), input.len());

        // Order kept: what is sent is a subsequence of the input.
        let mut rest = input.iter();
        for id in &sent {
            prop_assert!(rest.any(|x| x == id.as_str()), "{} out of order", id);
        }

        // Nothing repeated (case-folded), nothing lost: each valid input's folded form is sent once.
        let sent_folded: Vec<String> = sent.iter().map(|id| fold(id.as_str())).collect();
        let unique: HashSet<&String> = sent_folded.iter().collect();
        prop_assert_eq!(unique.len(), sent_folded.len());
        let invalid_at: HashSet<usize> = plan.invalid().iter().map(|i| i.index).collect();
        for (i, id) in input.iter().enumerate() {
            prop_assert!(invalid_at.contains(&i) || unique.contains(&fold(id)), "{:?} lost", id);
        }

        // A duplicate points at an earlier, sent spelling of the same user.
        for d in plan.duplicates() {
            prop_assert!(d.kept < d.index);
            prop_assert_eq!(&input[d.index], d.id.as_str());
            prop_assert_eq!(fold(&input[d.kept]), fold(d.id.as_str()));
            prop_assert!(sent.iter().any(|s| s.as_str() == input[d.kept]));
        }

        // An ID reported invalid is one the validator rejects in `to`.
        for bad in plan.invalid() {
            prop_assert_eq!(&input[bad.index], bad.id.as_str());
            let report = Message::txt("hi").to([bad.id.clone()]).build_with(&limits).unwrap_err();
            prop_assert!(report.errors().all(|v| v.path == "/to/0"), "{}", report);
        }

        // Requests: 1..=max recipients, all full but the last, each a valid message.
        for (i, request) in plan.requests().iter().enumerate() {
            prop_assert!((1..=max).contains(&request.len()));
            if i + 1 < plan.requests().len() {
                prop_assert_eq!(request.len(), max);
            }
        }
        let messages = plan.build_each(&Message::txt("hi"), &limits);
        prop_assert!(messages.is_ok(), "{}", messages.unwrap_err());
        for message in messages.unwrap() {
            prop_assert!(message.validate(&limits).is_valid());
        }

        // Quota: one message per sent recipient, no minute over the rate.
        prop_assert_eq!(plan.quota_cost(), sent.len());
        for rate in [MESSAGES_PER_MINUTE, 7, 1] {
            let schedule = plan.schedule_at(rate);
            prop_assert_eq!(schedule.len(), plan.requests().len());
            prop_assert!(schedule.windows(2).all(|w| w[1] == w[0] || w[1] == w[0] + 1));
            let minutes = schedule.last().map_or(0, |m| m + 1);
            if max <= rate {
                prop_assert!(minutes >= sent.len().div_ceil(rate));
            }
            for minute in 0..minutes {
                let in_minute: Vec<usize> = (0..schedule.len()).filter(|&i| schedule[i] == minute).collect();
                let total: usize = in_minute.iter().map(|&i| plan.requests()[i].len()).sum();
                prop_assert!(total <= rate || in_minute.len() == 1, "minute {} holds {}", minute, total);
            }
        }
        prop_assert_eq!(plan.quota_minutes(), plan.schedule().last().map_or(0, |m| m + 1));
    }
}
