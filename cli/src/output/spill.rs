//! The entries of a document whose head is known only at the end (the JSON format's
//! summary, SARIF's invocation with the unreadable paths): written out of memory as
//! each chunk of files is linted, then copied behind the head, so a lint of 100,000
//! files holds no more of its report than a lint of 10,000.

use std::fs::File;
use std::io::{self, BufWriter, Read, Seek, Write};

/// Blocks of entries kept aside, in order: in an unnamed temporary file (deleted
/// when closed, made at the first block), or in memory when none can be made (a
/// read-only `TMPDIR`, say). Where `TMPDIR` is a tmpfs, the file is in memory too,
/// though not in the process's.
///
/// ```
/// use easemob_payload_cli::output::spill::Spill;
/// let mut spill = Spill::default();
/// spill.push("1").unwrap();
/// spill.push("2,\n3").unwrap();
/// let mut out = Vec::new();
/// spill.keep().unwrap().copy_to(&mut out).unwrap();
/// assert_eq!(out, b"1,\n2,\n3");
/// ```
#[derive(Default)]
pub struct Spill {
    store: Option<Store>,
}

enum Store {
    File(BufWriter<File>),
    Memory(Vec<u8>),
}

/// What went wrong writing a document through a [`Spill`].
#[derive(Debug)]
pub enum Failure {
    /// The entries could not be kept or read back: the document is incomplete.
    Kept(io::Error),
    /// The output refused them (a closed pipe, say).
    Output(io::Error),
}

impl Spill {
    /// Keeps a block of entries (one file's, already joined by `,\n`; an empty block
    /// is nothing to keep). Blocks are joined by `,\n` too.
    pub fn push(&mut self, block: &str) -> io::Result<()> {
        if block.is_empty() {
            return Ok(());
        }
        let first = self.store.is_none();
        let writer: &mut dyn Write = match self.store.get_or_insert_with(Self::new_store) {
            Store::File(file) => file,
            Store::Memory(bytes) => bytes,
        };
        if !first {
            writer.write_all(b",\n")?;
        }
        writer.write_all(block.as_bytes())
    }

    fn new_store() -> Store {
        tempfile::tempfile()
            .map_or_else(|_| Store::Memory(Vec::new()), |file| Store::File(BufWriter::new(file)))
    }

    /// Every block kept, flushed and ready to be read back: the temporary file's
    /// errors are known before the document's head is written.
    pub fn keep(self) -> io::Result<Kept> {
        Ok(match self.store {
            None => Kept::Nothing,
            Some(Store::Memory(bytes)) => Kept::Memory(bytes),
            Some(Store::File(file)) => {
                let mut file = file.into_inner().map_err(io::IntoInnerError::into_error)?;
                file.rewind()?;
                Kept::File(file)
            }
        })
    }
}

/// The entries of a [`Spill`], ready to be copied behind the head.
pub enum Kept {
    /// No entry at all.
    Nothing,
    /// In the rewound temporary file.
    File(File),
    /// In memory.
    Memory(Vec<u8>),
}

impl Kept {
    /// Whether no entry was kept.
    pub fn is_empty(&self) -> bool {
        matches!(self, Kept::Nothing)
    }

    /// Copies every entry, in order, to `out`.
    pub fn copy_to(self, out: &mut dyn Write) -> Result<(), Failure> {
        match self {
            Kept::Nothing => Ok(()),
            Kept::Memory(bytes) => out.write_all(&bytes).map_err(Failure::Output),
            Kept::File(mut file) => {
                let mut buffer = vec![0; 64 * 1024];
                loop {
                    let read = match file.read(&mut buffer) {
                        Ok(0) => return Ok(()),
                        Ok(n) => n,
                        Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                        Err(e) => return Err(Failure::Kept(e)),
                    };
                    out.write_all(&buffer[..read]).map_err(Failure::Output)?;
                }
            }
        }
    }
}

/// Writes `text` to `out`, an error being the output's.
pub fn write_out(out: &mut dyn Write, text: &[u8]) -> Result<(), Failure> {
    out.write_all(text).map_err(Failure::Output)
}

/// `items` as the entries of a pretty-printed JSON list `levels` deep: each written
/// as serde_json's pretty printer writes it there, joined by `,\n` (empty for none).
pub fn entries<T: serde::Serialize>(items: impl Iterator<Item = T>, levels: usize) -> io::Result<String> {
    let pad = "  ".repeat(levels);
    let mut block = String::new();
    for item in items {
        if !block.is_empty() {
            block.push_str(",\n");
        }
        block.push_str(&pad);
        block.push_str(&indent(&serde_json::to_string_pretty(&item)?, levels));
    }
    Ok(block)
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

    fn copied(spill: Spill) -> String {
        let mut out = Vec::new();
        spill.keep().unwrap().copy_to(&mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn blocks_come_back_in_order_with_their_separators() {
        let mut spill = Spill::default();
        for block in ["a", "", "b,\nc", "d"] {
            spill.push(block).unwrap();
        }
        assert_eq!(copied(spill), "a,\nb,\nc,\nd");
    }

    #[test]
    fn nothing_kept_is_no_file_and_no_text() {
        let mut spill = Spill::default();
        spill.push("").unwrap();
        assert!(spill.store.is_none());
        assert!(spill.keep().unwrap().is_empty());
    }

    #[test]
    fn a_refused_output_is_the_outputs_failure() {
        struct Closed;
        impl Write for Closed {
            fn write(&mut self, _: &[u8]) -> io::Result<usize> {
                Err(io::ErrorKind::BrokenPipe.into())
            }
            fn flush(&mut self) -> io::Result<()> {
                Ok(())
            }
        }
        let mut spill = Spill::default();
        spill.push("a").unwrap();
        let result = spill.keep().unwrap().copy_to(&mut Closed);
        assert!(matches!(result, Err(Failure::Output(_))));
    }

    #[test]
    fn indenting_moves_every_line_but_the_first() {
        assert_eq!(indent("{\n  \"a\": 1\n}", 2), "{\n      \"a\": 1\n    }");
        assert_eq!(entries([1, 2].iter(), 1).unwrap(), "  1,\n  2");
    }
}
