// ajv 8 against the Rust validator.
//
// usage: node check.cjs SCHEMA_DIR VERDICTS_JSON
//
// Compiles the 2020-12 schema with ajv/dist/2020 and the draft-07 schema with the
// default Ajv class, both in strict mode (unknown keywords, ignored keywords and
// untyped type-specific keywords are compile errors) with `discriminator: true` and
// the editor keywords declared (the README's setup), then validates every message
// of VERDICTS_JSON (written by `cargo run -p easemob-payload-tests --example verdicts`)
// with the root and with the discriminated union (`#/$defs/Message`), and compares
// both with the Rust verdict. Exits 1 on a compile error or any disagreement.
"use strict";

const fs = require("fs");
const path = require("path");
const Ajv2020 = require("ajv/dist/2020").default;
const Ajv = require("ajv").default;

const [schemaDir, verdictsFile] = process.argv.slice(2);
if (!schemaDir || !verdictsFile) {
  console.error("usage: node check.cjs SCHEMA_DIR VERDICTS_JSON");
  process.exit(2);
}
const read = (file) => JSON.parse(fs.readFileSync(file, "utf8"));
const verdicts = read(verdictsFile);

// Editor-only keywords (VS Code's), ignored by validation; strict mode wants them declared.
const EDITOR_KEYWORDS = ["markdownDescription", "enumDescriptions"];
const options = { strict: true, allErrors: true, discriminator: true };
const dialects = [
  ["2020-12", new Ajv2020(options), "easemob-message.schema.json", "$defs"],
  ["draft-07", new Ajv(options), "easemob-message.draft-07.schema.json", "definitions"],
];

let failed = false;
for (const [name, ajv, file, defs] of dialects) {
  ajv.addVocabulary(EDITOR_KEYWORDS);
  let validate;
  let union;
  try {
    const schema = read(path.join(schemaDir, file));
    validate = ajv.compile(schema);
    union = ajv.getSchema(`${schema.$id}#/${defs}/Message`);
    if (!union) throw new Error(`no #/${defs}/Message`);
  } catch (e) {
    console.error(`ajv ${name}: ${file} does not compile in strict mode: ${e.message}`);
    failed = true;
    continue;
  }
  let agreed = 0;
  let excluded = 0;
  const disagreements = [];
  for (const m of verdicts.messages) {
    const schemaValid = validate(m.message);
    // maxBytes cannot be expressed in JSON Schema: such a message is valid under it by design.
    const expected = m.valid || m.max_bytes_only;
    if (m.max_bytes_only) excluded += 1;
    const unionValid = union(m.message);
    if (unionValid !== schemaValid) {
      disagreements.push(
        `  ${m.file}#${m.index}: root valid=${schemaValid}, #/${defs}/Message valid=${unionValid} ` +
          JSON.stringify(union.errors || []),
      );
    } else if (schemaValid === expected) {
      agreed += 1;
    } else {
      disagreements.push(
        `  ${m.file}#${m.index}: Rust valid=${m.valid} (errors: ${m.errors.join(", ") || "none"}), ajv valid=${schemaValid} ` +
          JSON.stringify(validate.errors || []),
      );
    }
  }
  // Through the discriminator, an unknown `type` is one error about `type`, not one per member.
  const unknownType = { to: ["user2"], type: "", body: {} };
  if (union(unknownType) || union.errors.length !== 1 || union.errors[0].keyword !== "discriminator") {
    disagreements.push(`  #/${defs}/Message on an empty type: ${JSON.stringify(union.errors)}`);
  }
  console.log(
    `ajv ${name} (strict): ${agreed}/${verdicts.messages.length} messages agree with the Rust validator, root and #/${defs}/Message alike` +
      ` (${excluded} maxBytes-only counted as schema-valid; ${verdicts.skipped.length} non-JSON entries skipped)`,
  );
  if (disagreements.length > 0) {
    console.error(disagreements.join("\n"));
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
