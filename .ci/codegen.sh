#!/usr/bin/env bash
# Code generation from the emitted JSON Schema, as a team not on Rust does it: the
# generators must see the discriminated union `#/$defs/Message`, and what they
# generate must hold. Needs node + npm and python3 (with venv); javac is used when
# present. Kept out of `cargo test` so the test suite needs neither.
#
# - TypeScript (json-schema-to-typescript): `Message` is a union of one type per
#   message type, no type is declared twice, and `tsc --strict` compiles
#   tools/codegen/usage.ts (narrowing on `type`, typical mistakes that must fail)
#   and every valid fixture assigned to `Message`.
# - Python (datamodel-code-generator, pydantic v2): the generated `Message` in strict
#   mode gives the Rust verdict on every fixture, except the known differences listed
#   in tools/codegen/check_pydantic.py and the README.
# - Go and Java (quicktype): generated from `#/$defs/Message` with a typed body;
#   the Java compiles (when javac is there), and so does the Go with
#   tools/codegen/usage.go (when go is there).
#
# Installs into target/codegen (or $CODEGEN_DIR); exits non-zero on any failure.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tools="$root/tools/codegen"
work="${CODEGEN_DIR:-$root/target/codegen}"
schema="$root/schema/easemob-message.schema.json"
mkdir -p "$work/ts" "$work/go/easemob" "$work/java/easemob"
# shellcheck source=.ci/lib.sh
source "$root/.ci/lib.sh"

echo "codegen: installing json-schema-to-typescript, typescript, quicktype (npm) and datamodel-code-generator (pip) into $work"
install_tools "$work" "$tools"
bin="$work/node/node_modules/.bin"

echo "codegen: Rust verdicts on every fixture"
fixture_verdicts "$root" "$work/verdicts.json"

status=0
fail() {
  echo "codegen: $1" >&2
  status=1
}

echo "codegen: TypeScript (json-schema-to-typescript, tsc --strict)"
# The README's command. --unreachableDefinitions: the root does not reference the union.
if "$bin/json2ts" -i "$schema" -o "$work/ts/easemob-message.ts" --unreachableDefinitions --unknownAny; then
  cp "$tools/usage.ts" "$work/ts/usage.ts"
  node "$tools/typescript.cjs" "$schema" "$work/ts/easemob-message.ts" "$work/verdicts.json" "$work/ts/fixtures.ts" \
    || fail "the generated TypeScript is not as expected"
  "$bin/tsc" --strict --noEmit --target es2020 --module commonjs \
    "$work/ts/easemob-message.ts" "$work/ts/usage.ts" "$work/ts/fixtures.ts" || fail "tsc --strict failed"
else
  fail "json2ts failed"
fi

echo "codegen: Python (datamodel-code-generator, pydantic v2 strict)"
# The README's command; --use-missing-sentinel: a member may be left out but is never null.
if "$work/venv/bin/datamodel-codegen" --input "$schema" --input-file-type jsonschema \
  --output-model-type pydantic_v2.BaseModel --use-missing-sentinel --enum-field-as-literal all \
  --disable-timestamp --formatters builtin --output "$work/easemob_message.py"; then
  "$work/venv/bin/python" "$tools/check_pydantic.py" "$work/easemob_message.py" "$work/verdicts.json" \
    || fail "pydantic disagrees with the Rust validator"
else
  fail "datamodel-codegen failed"
fi

echo "codegen: Go and Java (quicktype)"
# The README's commands.
if "$bin/quicktype" --quiet --src-lang schema --lang go --package easemob \
  --top-level Message -o "$work/go/easemob/message.go" "$schema#/\$defs/Message"; then
  # quicktype merges the union's members into one struct; its body must still be typed.
  grep -q '^type Message struct' "$work/go/easemob/message.go" || fail "Go: no Message struct"
  if grep -Eq '^\s+Body\s+(interface\{\}|map\[string\]interface\{\})' "$work/go/easemob/message.go"; then
    fail "Go: Message.Body is untyped"
  fi
  if command -v go >/dev/null; then
    printf 'module example.invalid/codegen\n\ngo 1.19\n' > "$work/go/go.mod"
    cp "$tools/usage.go" "$work/go/main.go"
    (cd "$work/go" && GOFLAGS=-mod=mod GOPROXY=off go build -o /dev/null .) && echo "codegen: Go builds with usage.go" \
      || fail "Go: usage.go does not build"
  else
    echo "codegen: go not found; Go generated but not compiled"
  fi
else
  fail "quicktype (Go) failed"
fi
if "$bin/quicktype" --quiet --src-lang schema --lang java --package easemob --just-types \
  --top-level Message -o "$work/java/easemob/Message.java" "$schema#/\$defs/Message"; then
  if command -v javac >/dev/null; then
    javac -d "$work/java/classes" "$work"/java/easemob/*.java && echo "codegen: Java compiles" \
      || fail "Java: the generated classes do not compile"
  else
    echo "codegen: javac not found; Java generated but not compiled"
  fi
else
  fail "quicktype (Java) failed"
fi

if [ "$status" -ne 0 ]; then
  echo "codegen: FAILED" >&2
else
  echo "codegen: ok"
fi
exit "$status"
