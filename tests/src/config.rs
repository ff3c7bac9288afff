//! The proptest configuration every property shares: case count, seed, no persistence files.

use std::hash::{BuildHasher, RandomState};

use proptest::test_runner::{Config, RngSeed};

/// `(path, rule, severity)` of a violation, as the properties compare them.
pub type Triple = (String, String, String);

/// Cases per property unless `PROPTEST_CASES` says otherwise.
pub const DEFAULT_CASES: u32 = 2000;

/// 2000 cases (or `PROPTEST_CASES`), a seed from `PROPTEST_RNG_SEED` or a fresh
/// random one, and no failure-persistence files.
///
/// The seed is printed on stderr, which the test harness shows only for a
/// failing test: with the same seed and case count, proptest replays the same
/// cases, so `PROPTEST_RNG_SEED=<seed> cargo test -p easemob-payload-tests --test <file>`
/// reproduces a CI failure without any regression file. proptest also prints the
/// shrunk minimal failing input.
pub fn config() -> Config {
    let cases = env_number("PROPTEST_CASES").map_or(DEFAULT_CASES, |n| u32::try_from(n).unwrap_or(u32::MAX));
    let seed = env_number("PROPTEST_RNG_SEED").unwrap_or_else(|| RandomState::new().hash_one(0u8));
    eprintln!("proptest: {cases} cases; reproduce with PROPTEST_RNG_SEED={seed} PROPTEST_CASES={cases}");
    Config {
        cases,
        rng_seed: RngSeed::Fixed(seed),
        failure_persistence: None,
        // Shrinking a 600-recipient message can take long; a bounded shrink still prints a small case.
        max_shrink_time: 120_000,
        ..Config::default()
    }
}

fn env_number(name: &str) -> Option<u64> {
    let text = std::env::var(name).ok()?;
    match text.trim().parse() {
        Ok(n) => Some(n),
        Err(_) => panic!("{name}={text:?} is not a non-negative integer"),
    }
}
