//! The committed schema files equal what the rule model emits now.
//!
//! `UPDATE_SCHEMA=1 cargo test -p easemob-payload-schema --test committed` rewrites them.

use std::path::Path;

use easemob_payload_schema::{DEFAULT_DIR, Draft, REGENERATE, to_pretty_string};

#[test]
fn the_regenerate_command_writes_where_the_files_are() {
    // REGENERATE runs from the workspace root, so its default folder is this crate's.
    let crate_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    assert_eq!(crate_dir.file_name().and_then(|n| n.to_str()), Some(DEFAULT_DIR));
    assert!(REGENERATE.ends_with("--write"), "{REGENERATE}");
}

#[test]
fn committed_schema_files_are_current() {
    let update = std::env::var_os("UPDATE_SCHEMA").is_some_and(|v| v == "1");
    let mut stale = Vec::new();
    for draft in Draft::ALL {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(draft.file_name());
        let fresh = to_pretty_string(draft);
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        if committed == fresh {
            continue;
        }
        if update {
            std::fs::write(&path, &fresh).unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
        } else {
            stale.push(path.display().to_string());
        }
    }
    assert!(
        stale.is_empty(),
        "stale schema file(s): {}\nThe rule model changed. Regenerate with `{REGENERATE}` \
         (or `UPDATE_SCHEMA=1 cargo test -p easemob-payload-schema --test committed`) and commit the result.",
        stale.join(", ")
    );
}
