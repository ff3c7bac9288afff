//! The entries of a document whose head is known only at the end (the JSON format's
//! summary, SARIF's invocation): written out of memory as each file is linted, then
//! copied behind the head, so a lint of 100,000 files holds one file's entries at a
//! time, not all of them.

use std::fs::File;
use std::io::{self, BufWriter, Seek, Write};

/// Entries kept aside, in an unnamed temporary file (deleted when closed), or in
/// memory when no temporary file can be made (a read-only `TMPDIR`, say).
pub struct Spill {
    store: Store,
    /// Entries written so far.
    count: usize,
}

enum Store {
    File(BufWriter<File>),
    Memory(Vec<u8>),
}

impl Default for Spill {
    fn default() -> Spill {
        let store = tempfile::tempfile()
            .map_or_else(|_| Store::Memory(Vec::new()), |f| Store::File(BufWriter::new(f)));
        Spill { store, count: 0 }
    }
}

impl Spill {
    /// Keeps one entry's text, after a separator `between` unless it is the first.
    pub fn push(&mut self, between: &str, entry: &str) -> io::Result<()> {
        if self.count > 0 {
            self.writer().write_all(between.as_bytes())?;
        }
        self.count += 1;
        self.writer().write_all(entry.as_bytes())
    }

    /// How many entries were kept.
    pub fn count(&self) -> usize {
        self.count
    }

    fn writer(&mut self) -> &mut dyn Write {
        match &mut self.store {
            Store::File(file) => file,
            Store::Memory(bytes) => bytes,
        }
    }

    /// Copies every entry kept, in order, to `out`.
    pub fn copy_to(self, out: &mut dyn Write) -> io::Result<()> {
        match self.store {
            Store::Memory(bytes) => out.write_all(&bytes),
            Store::File(file) => {
                let mut file = file.into_inner().map_err(io::IntoInnerError::into_error)?;
                file.rewind()?;
                io::copy(&mut file, out).map(drop)
            }
        }
    }
}

/// `items` as the entries of a pretty-printed JSON list `levels` deep: each written
/// as serde_json's pretty printer writes it there, joined by `,\n` (empty for none).
pub fn entries<T: serde::Serialize>(items: impl Iterator<Item = T>, levels: usize) -> String {
    let pad = "  ".repeat(levels);
    let entries = items.map(|item| {
        let text = serde_json::to_string_pretty(&item).unwrap_or_default();
        format!("{pad}{}", indent(&text, levels))
    });
    entries.collect::<Vec<_>>().join(",\n")
}

/// `text` (serde_json's pretty JSON, at the document's top level) indented to sit
/// `levels` deep; its first line stays where the caller puts it. A pretty JSON text's
/// line breaks are all its own: a string holds `\n` escaped.
pub fn indent(text: &str, levels: usize) -> String {
    let pad = "  ".repeat(levels);
    text.replace('\n', &format!("\n{pad}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_come_back_in_order_with_their_separators() {
        let mut spill = Spill::default();
        for entry in ["a", "b", "c"] {
            spill.push(",\n", entry).unwrap();
        }
        assert_eq!(spill.count(), 3);
        let mut out = Vec::new();
        spill.copy_to(&mut out).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "a,\nb,\nc");
    }

    #[test]
    fn indenting_moves_every_line_but_the_first() {
        assert_eq!(indent("{\n  \"a\": 1\n}", 2), "{\n      \"a\": 1\n    }");
    }
}
