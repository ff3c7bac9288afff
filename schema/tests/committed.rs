//! The committed schema files equal what the rule model emits now.
//!
//! `UPDATE_SCHEMA=1 cargo test -p easemob-payload-schema --test committed` rewrites them.

use easemob_payload_schema::{Draft, REGENERATE, committed_dir, to_pretty_string};

#[test]
fn committed_schema_files_are_current() {
    let update = std::env::var_os("UPDATE_SCHEMA").is_some_and(|v| v == "1");
    let mut stale = Vec::new();
    for draft in Draft::ALL {
        let path = committed_dir().join(draft.file_name());
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
