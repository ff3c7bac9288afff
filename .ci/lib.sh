# Shared by the CI checks that need tools outside cargo (portability.sh, codegen.sh).
# Source it; it defines functions only.

# install_tools WORK TOOLS: npm packages of TOOLS/package.json into WORK/node, and
# the PyPI packages of TOOLS/requirements.txt into the venv WORK/venv.
install_tools() {
  local work="$1" tools="$2"
  mkdir -p "$work/node"
  cp "$tools/package.json" "$work/node/package.json"
  npm install --prefix "$work/node" --no-audit --no-fund --loglevel=error >/dev/null
  if [ ! -x "$work/venv/bin/python" ]; then
    python3 -m venv "$work/venv"
  fi
  "$work/venv/bin/python" -m pip install --quiet --disable-pip-version-check -r "$tools/requirements.txt"
}

# fixture_verdicts ROOT OUT: the Rust validator's verdict on every message of every
# fixture in the repository, as JSON (tests/examples/verdicts.rs).
fixture_verdicts() {
  local root="$1" out="$2"
  (
    shopt -s nullglob globstar
    cd "$root"
    local fixtures=(examples/**/*.json examples/**/*.jsonl examples/**/*.ndjson tests/corpus/*.json tests/corpus/*.jsonl tests/real/*.json)
    if [ "${#fixtures[@]}" -eq 0 ]; then
      echo "no fixtures found" >&2
      exit 1
    fi
    cargo run --quiet -p easemob-payload-tests --example verdicts -- "${fixtures[@]}" > "$out"
  )
}
