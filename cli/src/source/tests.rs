//! Whole-file behaviour: splitting, problems, positions, robustness and speed.

use super::*;

/// A parsed file borrows its text: the tests keep the file for the whole run.
fn parse(text: &[u8], json_lines: bool) -> (&'static SourceFile, Parsed<'static>) {
    let file: &'static SourceFile = Box::leak(Box::new(SourceFile::new("t.json", text.to_vec())));
    let parsed = file.parse(json_lines);
    (file, parsed)
}

/// (index, rule, path, line, column) of every problem.
fn problems(file: &SourceFile, parsed: &Parsed) -> Vec<(usize, &'static str, String, usize, usize)> {
    parsed
        .problems
        .iter()
        .map(|p| {
            let (line, column) = file.line_col(p.offset);
            (p.index, p.rule, p.path.clone(), line, column)
        })
        .collect()
}

#[test]
fn a_single_object_with_positions() {
    let text = "{\n  \"to\": [\"u1\"],\n  \"type\": \"loc\",\n  \"body\": {\"addr\":\"中国北京市\", \"lat\": 39.9}\n}\n";
    let (file, parsed) = parse(text.as_bytes(), false);
    assert!(parsed.problems.is_empty());
    assert_eq!(parsed.messages.len(), 1);
    let m = &parsed.messages[0];
    assert_eq!(m.index, 0);
    assert_eq!(m.value()["type"], "loc");
    assert_eq!(file.line_col(m.offset_of("")), (1, 1));
    assert_eq!(file.line_col(m.offset_of("/to/0")), (2, 10));
    assert_eq!(file.line_col(m.offset_of("/body/lat")), (4, 35));
    assert_eq!(file.line_text(4).chars().nth(34), Some('3'));
    // A missing member: the object that lacks it.
    assert_eq!(file.line_col(m.offset_of("/body/lng")), (4, 11));
    assert_eq!(file.line_col(m.offset_of("/ext/em_push_ext")), (1, 1));
}

#[test]
fn bom_and_crlf() {
    let text = b"\xEF\xBB\xBF{\r\n  \"to\": [\"u1\"],\r\n  \"type\": \"txt\"\r\n}\r\n";
    let (file, parsed) = parse(text, false);
    assert!(parsed.problems.is_empty());
    let m = &parsed.messages[0];
    assert_eq!(m.offset_of(""), 3);
    assert_eq!(file.line_col(m.offset_of("")), (1, 1));
    assert_eq!(file.line_col(m.offset_of("/type")), (3, 11));
    assert_eq!(file.line_text(3), "  \"type\": \"txt\"");
}

#[test]
fn a_bom_before_a_syntax_error_on_line_one() {
    let (file, parsed) = parse(b"\xEF\xBB\xBF{\"a\" 1}", false);
    assert_eq!(problems(file, &parsed), [(0, SYNTAX, String::new(), 1, 6)]);
}

#[test]
fn json_lines_with_a_blank_line_and_a_bad_line() {
    let text = "{\"to\": [\"a\"], \"type\": \"txt\"}\n\n{\"to\": [\"b\"] \"type\": \"txt\"}\r\n  \n[1]\n\"x\"\n{\"type\": \"text\", \"type\": \"txt\"}";
    let (file, parsed) = parse(text.as_bytes(), true);
    let indices: Vec<_> = parsed.messages.iter().map(|m| m.index).collect();
    assert_eq!(indices, [0, 4]);
    assert_eq!(
        problems(file, &parsed),
        [
            (1, SYNTAX, String::new(), 3, 14),
            (2, TYPE, String::new(), 5, 1),
            (3, TYPE, String::new(), 6, 1),
            (4, DUPLICATE_KEY, "/type".to_owned(), 7, 18),
        ]
    );
    assert!(parsed.problems[0].message.en.starts_with("this line is not valid JSON: expected `,` or `}`"));
    let last = &parsed.messages[1];
    assert_eq!(last.value()["type"], "txt");
    assert_eq!(file.line_col(last.offset_of("/type")), (7, 26));
}

#[test]
fn json_lines_without_messages_and_with_bad_utf8() {
    for text in ["", "\n\n  \r\n"] {
        let (_, parsed) = parse(text.as_bytes(), true);
        assert_eq!(parsed.problems.len(), 1);
        assert_eq!(parsed.problems[0].rule, SYNTAX);
    }
    let (file, parsed) = parse(b"{\"a\": \"\xff\"}\n{\"b\": 1}\n", true);
    assert_eq!(problems(file, &parsed), [(0, SYNTAX, String::new(), 1, 8)]);
    assert_eq!(parsed.messages.len(), 1);
    assert_eq!(parsed.messages[0].index, 1);
    assert_eq!(file.line_col(parsed.messages[0].offset_of("/b")), (2, 7));
}

#[test]
fn arrays_with_non_object_elements() {
    let text = "[\n  {\"type\": \"txt\"},\n  42,\n  null,\n  [{\"a\": 1, \"a\": 2}],\n  {\"to\": [\"x\"], \"to\": [\"y\"]}\n]";
    let (file, parsed) = parse(text.as_bytes(), false);
    let indices: Vec<_> = parsed.messages.iter().map(|m| m.index).collect();
    assert_eq!(indices, [0, 4]);
    assert_eq!(
        problems(file, &parsed),
        [
            (1, TYPE, String::new(), 3, 3),
            (2, TYPE, String::new(), 4, 3),
            (3, TYPE, String::new(), 5, 3),
            (4, DUPLICATE_KEY, "/to".to_owned(), 6, 17),
        ]
    );
    assert_eq!(parsed.problems[1].message.en, "element 2 of the array is `null`, not a message object");
    let m = &parsed.messages[1];
    assert_eq!(m.value()["to"][0], "y");
    assert_eq!(file.line_col(m.offset_of("/to/0")), (6, 24));
    assert_eq!(file.line_col(m.offset_of("")), (6, 3));
}

#[test]
fn top_level_scalars() {
    let (file, parsed) = parse(b"\n  \"hello\"\n", false);
    assert_eq!(problems(file, &parsed), [(0, TYPE, String::new(), 2, 3)]);
    assert_eq!(
        parsed.problems[0].message.en,
        "the file holds a string, not a message object or an array of message objects"
    );
    let (_, parsed) = parse(b"[]", false);
    assert!(parsed.messages.is_empty() && parsed.problems.is_empty());
}

#[test]
fn duplicate_keys_at_depth() {
    let text = "{\n  \"body\": {\n    \"customExts\": {\"a/b\": \"1\", \"m~n\": \"2\", \"a/b\": \"3\", \"m~n\": \"4\"}\n  },\n  \"to\": [\"a\"]\n}";
    let (file, parsed) = parse(text.as_bytes(), false);
    assert_eq!(
        problems(file, &parsed),
        [
            (0, DUPLICATE_KEY, "/body/customExts/a~1b".to_owned(), 3, 44),
            (0, DUPLICATE_KEY, "/body/customExts/m~0n".to_owned(), 3, 56),
        ]
    );
    let p = &parsed.problems[0];
    assert!(
        p.message
            .en
            .starts_with("member `a/b` appears more than once in this object (first at line 3, column 20)")
    );
    assert!(p.message.en.contains("JSON parsers disagree on which copy wins"));
    let m = &parsed.messages[0];
    assert_eq!(m.value()["body"]["customExts"]["a/b"], "3");
    assert_eq!(file.line_col(m.offset_of("/body/customExts/a~1b")), (3, 51));
    assert_eq!(file.line_col(m.offset_of("/body/customExts/m~0n")), (3, 63));
}

#[test]
fn empty_whitespace_and_invalid_utf8_files() {
    let (file, parsed) = parse(b"", false);
    assert_eq!(problems(file, &parsed), [(0, SYNTAX, String::new(), 1, 1)]);
    assert_eq!(parsed.problems[0].message.en, "the file is empty");
    let (file, parsed) = parse(b"  \n\t\n", false);
    assert_eq!(problems(file, &parsed), [(0, SYNTAX, String::new(), 3, 1)]);
    assert_eq!(parsed.problems[0].message.en, "the file contains only whitespace");
    let (file, parsed) = parse(b"\xEF\xBB\xBF", false);
    assert_eq!(problems(file, &parsed), [(0, SYNTAX, String::new(), 1, 1)]);
    let (file, parsed) = parse(b"{\n \"a\":\n  \"\xc3\xa9\xe4\xb8\xad\xff\"}", false);
    assert_eq!(problems(file, &parsed), [(0, SYNTAX, String::new(), 3, 6)]);
    assert_eq!(parsed.problems[0].message.en, "the file is not valid UTF-8 (byte 0xff at line 3, column 6)");
    assert_eq!(parsed.problems[0].offset, 16);
}

#[test]
fn the_documentation_video_example_misses_a_comma() {
    let text = "{\n  \"type\": \"video\",\n  \"body\": {\n    \"filename\" : \"test.avi\"\n    \"thumb\" : \"x\"\n  }\n}";
    let (file, parsed) = parse(text.as_bytes(), false);
    assert_eq!(problems(file, &parsed), [(0, SYNTAX, String::new(), 5, 5)]);
    let p = &parsed.problems[0];
    assert_eq!(p.message.en, "the file is not valid JSON: expected `,` or `}` after an object member");
    assert_eq!(p.hint.as_ref().map(|h| h.en.as_str()), Some("a `,` is probably missing before this member"));
    assert!(parsed.messages.is_empty());
}

#[test]
fn deep_nesting_is_a_syntax_problem() {
    for open in ["[", "{\"a\":"] {
        let text = open.repeat(100_000);
        let (file, parsed) = parse(text.as_bytes(), false);
        assert_eq!(parsed.problems.len(), 1);
        assert_eq!(parsed.problems[0].rule, SYNTAX);
        assert!(
            parsed.problems[0].message.en.contains("nested more than 127 levels"),
            "{}",
            parsed.problems[0].message.en
        );
        assert!(parsed.problems[0].offset <= file.bytes().len());
        let (_, parsed) = parse(text.as_bytes(), true);
        assert_eq!(parsed.problems.len(), 1);
    }
    // 127 levels are fine, and resolve.
    let text = "{\"a\":".repeat(127) + "1" + &"}".repeat(127);
    let (_, parsed) = parse(text.as_bytes(), false);
    assert!(parsed.problems.is_empty());
    let pointer = "/a".repeat(126);
    assert_eq!(parsed.messages[0].offset_of(&pointer), 126 * 5);
    assert_eq!(parsed.messages[0].offset_of(&(pointer.clone() + "/a")), 127 * 5);
}

#[test]
fn many_elements_and_one_long_line() {
    let element = r#"{"from":"u1","to":["u2","u3"],"type":"txt","body":{"msg":"hello"},"ext":{"k":"v"}}"#;
    let text = format!("[{}]", vec![element; 100_000].join(",\n"));
    let (file, parsed) = parse(text.as_bytes(), false);
    assert_eq!(parsed.messages.len(), 100_000);
    assert!(parsed.problems.is_empty());
    let last = &parsed.messages[99_999];
    assert_eq!(file.line_col(last.offset_of("/body/msg")), (100_000, 58));
    // One long line: columns stay cheap.
    let text = format!("[{}]", vec![element; 100_000].join(","));
    let (file, parsed) = parse(text.as_bytes(), false);
    for m in parsed.messages.iter().step_by(100) {
        let (line, column) = file.line_col(m.offset_of("/body/msg"));
        assert_eq!((line, column), (1, m.offset_of("/body/msg") + 1));
    }
}

/// A small xorshift generator: no dependency, reproducible.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn check_no_panic(bytes: &[u8]) {
    for json_lines in [false, true] {
        let file = SourceFile::new("fuzz", bytes.to_vec());
        let parsed = file.parse(json_lines);
        let len = bytes.len();
        let lines = file.line_count();
        let check = |offset: usize| {
            assert!(offset <= len, "offset {offset} > {len} for {bytes:?}");
            let (line, column) = file.line_col(offset);
            assert!(line >= 1 && line <= lines && column >= 1, "{line}:{column} for {bytes:?}");
            assert!(column <= file.line_text(line).chars().count() + 2 || !file.is_utf8(), "{bytes:?}");
        };
        for p in &parsed.problems {
            check(p.offset);
        }
        for m in &parsed.messages {
            for pointer in ["", "/to", "/to/0", "/body/msg", "/a~1b", "/x/y/z", "/0", "nope"] {
                check(m.offset_of(pointer));
            }
        }
    }
}

#[test]
fn random_and_mutated_bytes_never_panic() {
    let seeds: [&[u8]; 6] = [
        br#"{"from":"u1","to":["u2"],"type":"txt","body":{"msg":"hi \"there\" \u4e2d"},"ext":{"a/b":1}}"#,
        "[{\"addr\":\"中国北京市\",\"a\":1,\"a\":[2,{}]},3,\"x\"]".as_bytes(),
        b"\xEF\xBB\xBF{\"a\":\r\n[1,2.5e3,-0,true,false,null]}\n{\"b\":{}}\n\n",
        b"{\"k\\u0022\\\\\":\"\\ud83d\\ude00\"}",
        b"[[[[{\"a\":{\"b\":[]}}]]]]",
        b"",
    ];
    let alphabet = b"{}[]:,\"\\ \n\r\tu0aA1e-.+/~\xEF\xBB\xBF\xff\xc3\xa9";
    let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
    for round in 0..3000 {
        let mut bytes = seeds[round % seeds.len()].to_vec();
        for _ in 0..=rng.below(6) {
            match rng.below(4) {
                0 if !bytes.is_empty() => {
                    let at = rng.below(bytes.len());
                    bytes.remove(at);
                }
                1 => {
                    let at = rng.below(bytes.len() + 1);
                    bytes.insert(at, alphabet[rng.below(alphabet.len())]);
                }
                2 if !bytes.is_empty() => {
                    let at = rng.below(bytes.len());
                    bytes[at] = rng.next() as u8;
                }
                _ => {
                    let at = rng.below(bytes.len() + 1);
                    let copy = bytes[at..].to_vec();
                    bytes.extend_from_slice(&copy[..copy.len().min(8)]);
                }
            }
        }
        check_no_panic(&bytes);
        // Pure noise, mostly from the JSON alphabet.
        let noise: Vec<u8> = (0..rng.below(64))
            .map(|_| if rng.below(4) == 0 { rng.next() as u8 } else { alphabet[rng.below(alphabet.len())] })
            .collect();
        check_no_panic(&noise);
    }
}

#[test]
fn json_lines_with_a_bom() {
    let (file, parsed) = parse(b"\xEF\xBB\xBF{\"a\": 1}\r\n{\"a\": 2}\r\n", true);
    assert!(parsed.problems.is_empty());
    assert_eq!(parsed.messages.len(), 2);
    assert_eq!(file.line_col(parsed.messages[0].offset_of("/a")), (1, 7));
    assert_eq!(file.line_col(parsed.messages[1].offset_of("/a")), (2, 7));
}

#[test]
fn pointers_resolve_in_large_arrays_and_objects_to_the_last_copy() {
    let members: Vec<String> = (0..100).map(|i| format!("\"k{i}\": {i}")).collect();
    let items: Vec<String> = (0..100).map(|i| format!("[{i}]")).collect();
    let text = format!(
        "{{\"big\": {{{}, \"k7\": \"again\"}}, \"list\": [{}]}}",
        members.join(", "),
        items.join(", ")
    );
    let file = SourceFile::new("big.json", text.clone().into_bytes());
    let parsed = file.parse(false);
    let message = &parsed.messages[0];
    let at = |pointer: &str| &text[message.offset_of(pointer)..];
    assert!(at("/big/k99").starts_with("99"));
    assert!(at("/big/k7").starts_with("\"again\""), "the last copy wins");
    assert!(at("/list/57").starts_with("[57]"));
    assert!(at("/list/57/0").starts_with("57]"));
    assert!(at("/list/100").starts_with("[[0]"), "out of range resolves to the array");
    assert!(at("/big/missing").starts_with("{\"k0\""));
}
