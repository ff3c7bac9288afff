//! What the linter does with files: walking folders, standard input, JSON Lines,
//! positions, and every kind of bad file.

mod common;

use common::{TempDir, VALID, lint_json_in, lint_text, places, run_in};

fn names(doc: &serde_json::Value) -> Vec<String> {
    let mut seen: Vec<String> = Vec::new();
    for v in doc["violations"].as_array().unwrap() {
        let file = v["file"].as_str().unwrap().to_owned();
        if seen.last() != Some(&file) {
            seen.push(file);
        }
    }
    seen
}

/// An invalid message, so each file shows up in the violations.
const BAD: &[u8] = br#"{"to": [], "type": "txt", "body": {"msg": "hi"}}"#;

#[test]
fn folders_are_walked_for_json_files_honouring_ignore_files() {
    let dir = TempDir::new();
    dir.write("fixtures/b.json", BAD);
    dir.write("fixtures/a.json", BAD);
    dir.write("fixtures/sub/c.jsonl", BAD);
    dir.write("fixtures/sub/d.ndjson", BAD);
    dir.write("fixtures/sub/E.JSON", BAD);
    dir.write("fixtures/notes.txt", b"not json");
    dir.write("fixtures/.hidden/h.json", BAD);
    dir.write("fixtures/generated/g.json", BAD);
    dir.write("fixtures/local.json", BAD);
    dir.write("fixtures/.gitignore", b"generated/\n");
    dir.write("fixtures/.ignore", b"local.json\n");
    let (code, doc) = lint_json_in(dir.path(), &["fixtures"], b"");
    assert_eq!(code, 1);
    assert_eq!(
        names(&doc),
        [
            "fixtures/a.json",
            "fixtures/b.json",
            "fixtures/sub/E.JSON",
            "fixtures/sub/c.jsonl",
            "fixtures/sub/d.ndjson"
        ]
    );
    assert_eq!(doc["summary"]["files"], 5);
    // A file named on the command line is linted whatever its name, ignored or not.
    let (_, doc) = lint_json_in(dir.path(), &["fixtures/generated/g.json", "fixtures/notes.txt"], b"");
    assert_eq!(names(&doc), ["fixtures/generated/g.json", "fixtures/notes.txt"]);
}

#[test]
fn a_git_repository_gitignore_applies_from_the_root() {
    let dir = TempDir::new();
    std::fs::create_dir_all(dir.path().join(".git")).unwrap();
    dir.write(".gitignore", b"/out/\n*.tmp.json\n");
    dir.write("out/o.json", BAD);
    dir.write("fixtures/x.tmp.json", BAD);
    dir.write("fixtures/kept.json", BAD);
    let (_, doc) = lint_json_in(dir.path(), &["."], b"");
    assert_eq!(names(&doc), ["./fixtures/kept.json"]);
    // A folder named on the command line is walked even if ignored (as ripgrep searches it).
    let (_, doc) = lint_json_in(dir.path(), &["out"], b"");
    assert_eq!(names(&doc), ["out/o.json"]);
}

#[test]
fn output_order_is_stable_whatever_the_argument_order() {
    let dir = TempDir::new();
    for name in ["z.json", "m.json", "a/b.json", "a.json"] {
        dir.write(name, BAD);
    }
    let (_, one) = lint_json_in(dir.path(), &["z.json", "m.json", "a", "a.json", "z.json"], b"");
    let (_, two) = lint_json_in(dir.path(), &["a.json", "a", "m.json", "z.json"], b"");
    assert_eq!(names(&one), ["a/b.json", "a.json", "m.json", "z.json"]);
    assert_eq!(one, two, "repeats are linted once");
}

#[test]
fn standard_input_is_one_document_or_json_lines() {
    let dir = TempDir::new();
    let (code, doc) = lint_json_in(dir.path(), &["-"], BAD);
    assert_eq!(code, 1);
    assert_eq!(names(&doc), ["<stdin>"]);
    assert_eq!(places(&doc), [(1, 8, "/to".to_owned(), "minItems".to_owned())]);
    let (code, doc) = lint_json_in(dir.path(), &["-"], VALID.as_bytes());
    assert_eq!((code, doc["summary"]["valid"].as_u64()), (0, Some(1)));
    // Two lines: a document on its own is not JSON Lines...
    let lines = format!("{VALID}\n{}\n", std::str::from_utf8(BAD).unwrap());
    let (_, doc) = lint_json_in(dir.path(), &["-"], lines.as_bytes());
    assert_eq!(doc["violations"][0]["rule"], "syntax");
    // ...unless asked for.
    let (_, doc) = lint_json_in(dir.path(), &["--stdin-jsonl", "-"], lines.as_bytes());
    assert_eq!(doc["summary"]["messages"], 2);
    assert_eq!(doc["violations"][0]["index"], 1);
    assert_eq!(doc["violations"][0]["line"], 2);
    // With a file beside it: standard input comes first.
    dir.write("f.json", BAD);
    let (_, doc) = lint_json_in(dir.path(), &["f.json", "-"], BAD);
    assert_eq!(names(&doc), ["<stdin>", "f.json"]);
}

#[test]
fn json_lines_index_and_blank_lines() {
    let text = format!("{VALID}\n\n   \n{}\n{{\"to\": [\"a\"]\n{VALID}\n", std::str::from_utf8(BAD).unwrap());
    let (code, doc) = lint_text("batch.jsonl", text.as_bytes(), &[]);
    assert_eq!(code, 1);
    let found: Vec<(u64, u64, String)> = doc["violations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| {
            (
                v["index"].as_u64().unwrap(),
                v["line"].as_u64().unwrap(),
                v["rule"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    // Blank lines are skipped and not counted: the fourth line is message 1.
    assert_eq!(found, [(1, 4, "minItems".to_owned()), (2, 5, "syntax".to_owned())]);
    assert_eq!(
        doc["summary"],
        serde_json::json!({"files": 1, "messages": 3, "valid": 2, "errors": 2, "warnings": 0})
    );
}

#[test]
fn arrays_number_their_messages() {
    let text = format!("[\n  {VALID},\n  {},\n  42\n]", std::str::from_utf8(BAD).unwrap());
    let (_, doc) = lint_text("many.json", text.as_bytes(), &[]);
    let found: Vec<(u64, u64, u64, String)> = doc["violations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| {
            let n = |k: &str| v[k].as_u64().unwrap();
            (n("index"), n("line"), n("column"), v["rule"].as_str().unwrap().to_owned())
        })
        .collect();
    assert_eq!(found, [(1, 3, 10, "minItems".to_owned()), (2, 4, 3, "type".to_owned())]);
    assert_eq!(doc["summary"]["messages"], 2);
    assert_eq!(doc["summary"]["valid"], 1);
}

#[test]
fn columns_count_characters_after_multibyte_text() {
    // 中国北京市 is 5 characters, 15 bytes; 😀 is 1 character, 4 bytes (2 UTF-16 units).
    let text = "{\"to\": [\"u2\"], \"type\": \"loc\",\n \"body\": {\"addr\": \"中国北京市😀\", \"lat\": 39.9, \"lng\": \"116.3\"}}";
    let (_, doc) = lint_text("loc.json", text.as_bytes(), &[]);
    assert_eq!(places(&doc), [(2, 36, "/body/lat".to_owned(), "type".to_owned())]);
    let line = text.lines().nth(1).unwrap();
    assert_eq!(line.chars().nth(35), Some('3'), "column 36 is the value's first character");
    assert_eq!(line.find("39.9"), Some(48), "in bytes it would be column 49");
    // A missing member: the object that lacks it.
    let text = "{\"to\": [\"u2\"], \"type\": \"loc\",\n \"ext\": {\"名\": \"值\"}, \"body\": {\"addr\": \"中\", \"lng\": \"1\"}}";
    let (_, doc) = lint_text("loc.json", text.as_bytes(), &[]);
    assert_eq!(places(&doc), [(2, 29, "/body/lat".to_owned(), "required".to_owned())]);
    assert_eq!(text.lines().nth(1).unwrap().chars().nth(28), Some('{'));
}

#[test]
fn a_byte_order_mark_is_skipped_and_does_not_shift_columns() {
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(BAD);
    let (_, doc) = lint_text("bom.json", &bytes, &[]);
    assert_eq!(places(&doc), [(1, 8, "/to".to_owned(), "minItems".to_owned())]);
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(VALID.as_bytes());
    let (code, _) = lint_text("bom.json", &bytes, &[]);
    assert_eq!(code, 0);
}

/// (rule, line, column, message) of the only violation.
fn only(name: &str, bytes: &[u8]) -> (String, u64, u64, String) {
    let (code, doc) = lint_text(name, bytes, &[]);
    assert_eq!(code, 1, "{doc}");
    let all = doc["violations"].as_array().unwrap();
    assert_eq!(all.len(), 1, "{doc}");
    let v = &all[0];
    assert_eq!(v["path"], "");
    (
        v["rule"].as_str().unwrap().to_owned(),
        v["line"].as_u64().unwrap(),
        v["column"].as_u64().unwrap(),
        v["message"].as_str().unwrap().to_owned(),
    )
}

#[test]
fn bad_files_get_a_clear_message_never_a_panic() {
    /// File name, content, and the expected (rule, line, column, message).
    type Case<'a> = (&'a str, &'a [u8], (&'a str, u64, u64, &'a str));
    let cases: [Case<'_>; 7] = [
        ("empty.json", b"", ("syntax", 1, 1, "the file is empty")),
        ("blank.json", b"  \n\t\n", ("syntax", 3, 1, "the file contains only whitespace")),
        ("blank.jsonl", b"\n\n", ("syntax", 3, 1, "the file has no messages: every line is blank")),
        (
            "latin1.json",
            b"{\"to\": [\"u2\"], \"type\": \"txt\", \"body\": {\"msg\": \"caf\xe9\"}}",
            ("syntax", 1, 51, "the file is not valid UTF-8 (byte 0xe9 at line 1, column 51)"),
        ),
        (
            "scalar.json",
            b"\n  \"hello\"\n",
            ("type", 2, 3, "the file holds a string, not a message object or an array of message objects"),
        ),
        (
            "null.json",
            b"null",
            ("type", 1, 1, "the file holds `null`, not a message object or an array of message objects"),
        ),
        (
            "comma.json",
            b"{\n  \"to\": [\"u2\"]\n  \"type\": \"txt\"\n}",
            ("syntax", 3, 3, "the file is not valid JSON: expected `,` or `}` after an object member"),
        ),
    ];
    for (name, bytes, (rule, line, column, message)) in cases {
        let got = only(name, bytes);
        assert_eq!(got, (rule.to_owned(), line, column, message.to_owned()), "{name}");
    }
}

#[test]
fn deep_nesting_is_a_syntax_error() {
    for open in ["[", "{\"a\":"] {
        let text = open.repeat(100_000);
        let (rule, line, _, message) = only("deep.json", text.as_bytes());
        assert_eq!((rule.as_str(), line), ("syntax", 1));
        assert!(message.contains("nested more than 127 levels"), "{message}");
    }
    // Deep but allowed nesting inside ext is validated, not rejected.
    let text = format!(
        "{{\"to\": [\"u2\"], \"type\": \"txt\", \"body\": {{\"msg\": \"hi\"}}, \"ext\": {}1{}}}",
        "{\"k\":".repeat(120),
        "}".repeat(120)
    );
    let (code, _) = lint_text("deep-ok.json", text.as_bytes(), &[]);
    assert_eq!(code, 0);
}

#[test]
fn a_large_file_with_many_messages() {
    let messages: Vec<&str> = vec![VALID; 20_000];
    let mut text = format!("[\n{}\n]", messages.join(",\n"));
    text.insert_str(text.len() - 2, ",\n{\"to\": [\"u2\"], \"type\": \"txt\", \"body\": {}}");
    let (code, doc) = lint_text("large.json", text.as_bytes(), &[]);
    assert_eq!(code, 1);
    assert_eq!(doc["summary"]["messages"], 20_001);
    assert_eq!(doc["summary"]["valid"], 20_000);
    let v = &doc["violations"][0];
    assert_eq!(
        (v["index"].as_u64(), v["line"].as_u64(), v["path"].as_str()),
        (Some(20_000), Some(20_002), Some("/body/msg"))
    );
}

#[test]
fn files_are_only_read() {
    let dir = TempDir::new();
    let path = dir.write("f.json", BAD);
    let before = std::fs::metadata(&path).unwrap().modified().unwrap();
    for format in ["human", "json", "github", "sarif"] {
        run_in(dir.path(), &["lint", "--format", format, "."], b"");
    }
    assert_eq!(std::fs::read(&path).unwrap(), BAD);
    assert_eq!(std::fs::metadata(&path).unwrap().modified().unwrap(), before);
    let entries: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(entries.len(), 1, "nothing new in the folder");
}

#[test]
fn an_empty_folder_lints_nothing_and_says_so() {
    let dir = TempDir::new();
    std::fs::create_dir_all(dir.path().join("empty")).unwrap();
    let r = run_in(dir.path(), &["lint", "empty"], b"");
    assert_eq!(r.code, 0);
    assert_eq!(r.stdout, "summary: 0 files, 0 messages, 0 valid, 0 errors, 0 warnings\n");
    assert_eq!(r.stderr, "warning: no .json, .jsonl or .ndjson files found to lint\n");
}

#[test]
fn unreadable_paths_exit_2() {
    let dir = TempDir::new();
    dir.write("ok.json", VALID.as_bytes());
    #[cfg(unix)]
    std::os::unix::fs::symlink(dir.path().join("gone.json"), dir.path().join("dangling.json")).unwrap();
    let r = run_in(dir.path(), &["lint", "ok.json", "nope/", "--format", "json"], b"");
    assert_eq!(r.code, 2);
    assert_eq!(r.stderr, "error: cannot read `nope/`: No such file or directory\n");
    let doc: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(doc["summary"]["valid"], 1, "the readable file is still linted");
    #[cfg(unix)]
    {
        let r = run_in(dir.path(), &["lint", "dangling.json"], b"");
        assert_eq!(r.code, 2);
        assert!(r.stderr.contains("cannot read `dangling.json`"), "{}", r.stderr);
        let r = run_in(dir.path(), &["lint", "--format", "sarif", "dangling.json"], b"");
        let log: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
        let invocation = &log["runs"][0]["invocations"][0];
        assert_eq!(invocation["executionSuccessful"], false);
        assert!(
            invocation["toolExecutionNotifications"][0]["message"]["text"]
                .as_str()
                .unwrap()
                .contains("dangling.json")
        );
    }
}
