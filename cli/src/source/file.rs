//! One input file in memory: its text, and line/column positions of byte offsets.

use std::sync::OnceLock;

/// The UTF-8 byte-order mark, skipped when it starts a file.
const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Bytes per checkpoint of the character index (see [`Index`]).
const CHUNK: usize = 4096;

/// One input, already read into memory.
///
/// Every offset the linter reports is a byte offset into the file **as given**,
/// BOM included. [`SourceFile::line_col`] turns it into what an editor shows.
///
/// ```
/// use easemob_payload_cli::source::SourceFile;
///
/// let file = SourceFile::new("a.json", "{\n  \"to\": [\"中\"]\n}".as_bytes().to_vec());
/// assert_eq!(file.line_col(15), (2, 12)); // byte 15 is column 12: `中` is 3 bytes, 1 character
/// assert_eq!(file.line_text(2), "  \"to\": [\"中\"]");
/// ```
#[derive(Debug)]
pub struct SourceFile {
    /// The name shown in reports (usually the path as given on the command line).
    pub name: String,
    bytes: Vec<u8>,
    /// Whether `bytes` are UTF-8 (checked once, on reading).
    utf8: bool,
    /// 3 when the file starts with a UTF-8 BOM, else 0.
    bom: usize,
    /// Built on the first [`SourceFile::line_col`] call.
    index: OnceLock<Index>,
}

/// Line starts, and character counts at every [`CHUNK`]-th byte so that columns on
/// very long lines (minified files) cost O([`CHUNK`]), not O(line length).
#[derive(Debug)]
struct Index {
    /// Byte offset where each line starts; `lines[0] == 0`.
    lines: Vec<usize>,
    /// `chars[k]`: characters in `bytes[..k * CHUNK]`.
    chars: Vec<usize>,
}

impl SourceFile {
    /// Wraps the bytes of a file read under `name`.
    pub fn new(name: impl Into<String>, bytes: Vec<u8>) -> SourceFile {
        let bom = if bytes.starts_with(BOM) { BOM.len() } else { 0 };
        // SIMD: a folder of fixtures is mostly text, and std's check took an eighth of a lint.
        let utf8 = simdutf8::basic::from_utf8(&bytes).is_ok();
        SourceFile { name: name.into(), bytes, utf8, bom, index: OnceLock::new() }
    }

    /// The whole file as given, BOM included.
    pub fn bytes(&self) -> &[u8] {
        &self.bytes
    }

    /// The whole file as text, BOM included, when it is UTF-8.
    pub(crate) fn whole_text(&self) -> Option<&str> {
        // Checked again (SIMD, a small fraction of reading it) rather than kept as a
        // `String`, whose check is std's slower one.
        if self.utf8 { simdutf8::basic::from_utf8(&self.bytes).ok() } else { None }
    }

    /// The text after the BOM; `""` when the file is not UTF-8.
    pub fn text(&self) -> &str {
        self.whole_text().map_or("", |text| &text[self.bom..])
    }

    /// Whether the file is valid UTF-8 (so [`SourceFile::text`] is the whole file).
    pub fn is_utf8(&self) -> bool {
        self.utf8
    }

    /// Length of the BOM that starts the file: 3 or 0.
    pub fn bom_len(&self) -> usize {
        self.bom
    }

    /// The 1-based line and 1-based column of a byte offset into the file as given.
    ///
    /// Lines end at `\n` (so CRLF files count like LF files; a lone `\r` does not end
    /// a line). Columns count Unicode characters (code points), not bytes or UTF-16
    /// units, so `"中国"` advances the column by 4. The BOM is not a character an
    /// editor shows: the first character after it is column 1 (as is any offset
    /// inside the BOM). Offsets past the end are clamped to the end. In a file that
    /// is not UTF-8, every byte that does not continue a multi-byte sequence counts
    /// as one character.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let bytes = self.bytes();
        let offset = offset.min(bytes.len());
        let index = self.index();
        let line = index.lines.partition_point(|&start| start <= offset).max(1);
        let mut start = index.lines[line - 1];
        if line == 1 {
            start = start.max(self.bom);
        }
        let column = if offset <= start {
            1
        } else {
            1 + self.chars_before(index, offset) - self.chars_before(index, start)
        };
        (line, column)
    }

    /// The text of a 1-based line, without its line ending (and without the BOM on
    /// line 1); `""` for a line that does not exist. When the line is not valid
    /// UTF-8, its valid beginning.
    pub fn line_text(&self, line: usize) -> &str {
        let bytes = self.bytes();
        let index = self.index();
        let Some(&start) = line.checked_sub(1).and_then(|l| index.lines.get(l)) else {
            return "";
        };
        let start = if line == 1 { start.max(self.bom) } else { start };
        let end = index.lines.get(line).map_or(bytes.len(), |next| next - 1);
        let mut text = &bytes[start.min(end)..end];
        if let [rest @ .., b'\r'] = text {
            text = rest;
        }
        match std::str::from_utf8(text) {
            Ok(text) => text,
            Err(error) => std::str::from_utf8(&text[..error.valid_up_to()]).unwrap_or(""),
        }
    }

    /// Number of lines (a final line ending starts one more, empty, line).
    pub fn line_count(&self) -> usize {
        self.index().lines.len()
    }

    fn index(&self) -> &Index {
        self.index.get_or_init(|| {
            let bytes = self.bytes();
            let mut lines = Vec::with_capacity(bytes.len() / 32 + 1);
            lines.push(0);
            lines.extend(memchr::memchr_iter(b'\n', bytes).map(|i| i + 1));
            let mut chars = Vec::with_capacity(bytes.len() / CHUNK + 1);
            let mut total = 0;
            for chunk in bytes.chunks(CHUNK) {
                chars.push(total);
                total += count_chars(chunk);
            }
            chars.push(total);
            Index { lines, chars }
        })
    }

    /// Characters in `bytes[..offset]`.
    fn chars_before(&self, index: &Index, offset: usize) -> usize {
        let chunk = offset / CHUNK;
        let from = chunk * CHUNK;
        index.chars.get(chunk).copied().unwrap_or(0) + count_chars(&self.bytes()[from..offset])
    }
}

/// Characters in a byte run: bytes that are not UTF-8 continuation bytes.
fn count_chars(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b as i8) >= -0x40).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(text: &[u8]) -> SourceFile {
        SourceFile::new("t.json", text.to_vec())
    }

    #[test]
    fn columns_count_characters_after_multibyte_text() {
        let text = "{\n  \"addr\":\"中国北京市\", \"n\": 1\n}";
        let f = file(text.as_bytes());
        let offset = text.find("1\n").unwrap();
        assert_eq!(f.line_col(offset), (2, 24));
        assert_eq!(f.line_text(2), "  \"addr\":\"中国北京市\", \"n\": 1");
        assert_eq!(f.line_text(2).chars().nth(23), Some('1'));
        assert_eq!(f.line_col(0), (1, 1));
        assert_eq!(f.line_col(text.len()), (3, 2));
        assert_eq!(f.line_col(usize::MAX), (3, 2));
    }

    #[test]
    fn the_bom_does_not_shift_column_one() {
        let f = file(b"\xEF\xBB\xBF{\"a\": 1}");
        assert_eq!(f.text(), "{\"a\": 1}");
        assert_eq!(f.bom_len(), 3);
        for offset in 0..=3 {
            assert_eq!(f.line_col(offset), (1, 1));
        }
        assert_eq!(f.line_col(9), (1, 7));
        assert_eq!(f.line_text(1), "{\"a\": 1}");
    }

    #[test]
    fn crlf_line_endings() {
        let text = "{\r\n  \"a\": 1,\r\n  \"b\": 2\r\n}\r\n";
        let f = file(text.as_bytes());
        assert_eq!(f.line_col(text.find("2").unwrap()), (3, 8));
        assert_eq!(f.line_text(2), "  \"a\": 1,");
        assert_eq!(f.line_text(4), "}");
        assert_eq!(f.line_text(5), "");
        assert_eq!(f.line_text(6), "");
        assert_eq!(f.line_text(0), "");
        assert_eq!(f.line_count(), 5);
    }

    #[test]
    fn invalid_utf8_files() {
        let f = file(b"{\"a\":\n \"\xff\xfe\"}\nok");
        assert_eq!(f.text(), "");
        assert!(!f.is_utf8());
        assert_eq!(f.line_col(8), (2, 3));
        assert_eq!(f.line_col(9), (2, 4));
        assert_eq!(f.line_text(2), " \"");
        assert_eq!(f.line_text(3), "ok");
    }

    #[test]
    fn long_lines_use_checkpoints() {
        let mut text = String::new();
        for _ in 0..5000 {
            text.push_str("é中a");
        }
        let f = file(text.as_bytes());
        for k in [0, 1, 999, 4999] {
            let offset = k * 6 + 5;
            assert_eq!(f.line_col(offset), (1, k * 3 + 3));
        }
    }
}
