#!/usr/bin/env bash
# Portability of the emitted JSON Schemas: ajv 8 (strict) and python-jsonschema
# compile them and give the same valid/invalid verdict as the Rust validator on
# every fixture in the repository. Needs node + npm and python3 (with venv); kept
# out of `cargo test` so the test suite needs neither.
#
# Installs into target/portability (or $PORTABILITY_DIR); exits non-zero on any
# compile error or disagreement.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tools="$root/tools/portability"
work="${PORTABILITY_DIR:-$root/target/portability}"
# shellcheck source=.ci/lib.sh
source "$root/.ci/lib.sh"

echo "portability: installing ajv 8 (npm) and jsonschema (pip) into $work"
install_tools "$work" "$tools"

echo "portability: Rust verdicts on every fixture"
fixture_verdicts "$root" "$work/verdicts.json"

status=0
NODE_PATH="$work/node/node_modules" node "$tools/check.cjs" "$root/schema" "$work/verdicts.json" || status=1
"$work/venv/bin/python" "$tools/check.py" "$root/schema" "$work/verdicts.json" || status=1
if [ "$status" -ne 0 ]; then
  echo "portability: FAILED" >&2
else
  echo "portability: ok"
fi
exit "$status"
