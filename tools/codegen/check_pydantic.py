"""The pydantic v2 models datamodel-code-generator writes, against the Rust validator.

usage: python check_pydantic.py MODELS_PY VERDICTS_JSON

Imports MODELS_PY (generated from the 2020-12 schema, see .ci/codegen.sh),
validates every message of VERDICTS_JSON (written by
`cargo run -p easemob-payload-tests --example verdicts`) with its `Message` in
strict mode, and compares with the Rust verdict. A disagreement is allowed only
when KNOWN lists it, with the reason the generated model cannot do better (the
README lists the same). Exits 1 on any other disagreement, and on a KNOWN entry
that no longer disagrees (the list, and so the README, would be wrong).
"""

import importlib.util
import json
import sys
from pathlib import Path

from pydantic import ValidationError

# (fixture file, index in the file) -> why the generated model differs from the Rust validator.
KNOWN = {
    ("tests/corpus/invalid-maxbytes-only.json", 0): (
        "maxBytes: the byte size of body + ext has no JSON Schema keyword, so the model has no check"
    ),
    ("tests/corpus/invalid-minproperties-custom.json", 0): (
        "minProperties: a pydantic model cannot require a number of members, so the generated CustomBody accepts {}"
    ),
    ("tests/corpus/valid-img-size.json", 0): (
        "integers: strict mode refuses 720.0 for an int, which JSON Schema (and easemob-payload) count as an integer"
    ),
}


def load(path: Path):
    spec = importlib.util.spec_from_file_location("easemob_message", path)
    module = importlib.util.module_from_spec(spec)
    # pydantic looks the module up while it builds generic models (RootModel[...]).
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    models = load(Path(sys.argv[1]))
    verdicts = json.loads(Path(sys.argv[2]).read_text("utf-8"))
    message = getattr(models, "Message", None)
    if message is None:
        print("the generated models have no Message: is #/$defs/Message in the schema?", file=sys.stderr)
        return 1
    agreed = 0
    known_seen = set()
    problems = []
    for m in verdicts["messages"]:
        try:
            message.model_validate(m["message"], strict=True)
            model_valid, errors = True, []
        except ValidationError as e:
            model_valid = False
            errors = ["/".join(map(str, err["loc"])) + ": " + err["type"] for err in e.errors()]
        key = (m["file"], m["index"])
        if model_valid == m["valid"]:
            agreed += 1
            if key in KNOWN:
                problems.append(f"  {key[0]}#{key[1]}: listed as a known difference but agrees now; update KNOWN and the README")
        elif key in KNOWN:
            known_seen.add(key)
        else:
            problems.append(
                f"  {key[0]}#{key[1]}: Rust valid={m['valid']} (errors: {', '.join(m['errors']) or 'none'}), "
                f"pydantic strict valid={model_valid} {errors}"
            )
    total = len(verdicts["messages"])
    print(
        f"pydantic (datamodel-code-generator, strict): {agreed}/{total} messages agree with the Rust validator; "
        f"{len(known_seen)} known differences:"
    )
    for key in sorted(known_seen):
        print(f"    {key[0]}#{key[1]}: {KNOWN[key]}")
    for key in sorted(set(KNOWN) - known_seen):
        if not any((m["file"], m["index"]) == key for m in verdicts["messages"]):
            problems.append(f"  {key[0]}#{key[1]}: listed in KNOWN but not among the fixtures")
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
