"""python-jsonschema against the Rust validator.

usage: python check.py SCHEMA_DIR VERDICTS_JSON

Checks both schemas against their meta-schemas (check_schema), then validates
every message of VERDICTS_JSON (written by
`cargo run -p easemob-payload-tests --example verdicts`) and compares with the
Rust verdict. Exits 1 on an invalid schema or any disagreement.

Known difference, reported but not a failure: Python's `re` lets `$` match
before a final newline, so a string such as "alice\\n" passes `^[a-zA-Z0-9_.-]*$`
here while Rust, ajv and ECMA-262 reject it (see the README's note for Python users).
"""

import json
import sys
from pathlib import Path

from jsonschema import Draft7Validator, Draft202012Validator
from jsonschema.exceptions import SchemaError


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    schema_dir, verdicts = Path(sys.argv[1]), json.loads(Path(sys.argv[2]).read_text("utf-8"))
    failed = False
    dialects = [
        ("2020-12", Draft202012Validator, "easemob-message.schema.json"),
        ("draft-07", Draft7Validator, "easemob-message.draft-07.schema.json"),
    ]
    for name, cls, file in dialects:
        schema = json.loads((schema_dir / file).read_text("utf-8"))
        try:
            cls.check_schema(schema)
        except SchemaError as e:
            print(f"python-jsonschema {name}: {file} fails check_schema: {e.message}", file=sys.stderr)
            failed = True
            continue
        validator = cls(schema)
        agreed = excluded = known = 0
        disagreements = []
        for m in verdicts["messages"]:
            schema_valid = validator.is_valid(m["message"])
            # maxBytes cannot be expressed in JSON Schema: such a message is valid under it by design.
            expected = m["valid"] or m["max_bytes_only"]
            excluded += m["max_bytes_only"]
            if schema_valid == expected:
                agreed += 1
            elif m["trailing_newline"] and schema_valid and not expected:
                known += 1
            else:
                errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.validator}" for e in validator.iter_errors(m["message"])]
                disagreements.append(
                    f"  {m['file']}#{m['index']}: Rust valid={m['valid']} (errors: {', '.join(m['errors']) or 'none'}), "
                    f"python-jsonschema valid={schema_valid} {errors}"
                )
        total = len(verdicts["messages"])
        print(
            f"python-jsonschema {name}: {agreed}/{total} messages agree with the Rust validator "
            f"({excluded} maxBytes-only counted as schema-valid; {known} known trailing-newline differences; "
            f"{len(verdicts['skipped'])} non-JSON entries skipped)"
        )
        if disagreements:
            print("\n".join(disagreements), file=sys.stderr)
            failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
