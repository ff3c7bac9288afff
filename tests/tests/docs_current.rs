//! The rules reference in `docs/` is what the model and the `explain` texts generate now.

use easemob_payload::Lang;
use easemob_payload_cli::explain::reference;

#[test]
fn the_committed_rules_reference_is_current() {
    for (lang, file) in [(Lang::En, "rules.md"), (Lang::Zh, "rules.zh.md")] {
        let path = format!("{}/../docs/{file}", env!("CARGO_MANIFEST_DIR"));
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == reference::markdown(lang),
            "docs/{file} is stale: regenerate it with `{}`",
            reference::regenerate_command(lang)
        );
    }
}

#[test]
fn the_reference_names_every_rule_and_its_places() {
    let en = reference::markdown(Lang::En);
    for needle in [
        "| `/to` | at most 600 items |",
        "`/ext/em_android_push_ext/oppo_category`",
        "`param to can't be empty`",
    ] {
        assert!(en.contains(needle), "{needle}");
    }
    let zh = reference::markdown(Lang::Zh);
    assert!(zh.contains("| `/to` | 最多 600 项 |"));
}
