//! Prints or regenerates the JSON Schema files.
//!
//! ```text
//! easemob-payload-schema [--draft 2020-12|07]   print one schema to stdout
//! easemob-payload-schema --write [DIR]          write both files into DIR (default: ./schema)
//! easemob-payload-schema --check [DIR]          exit 1 when a file in DIR (default: ./schema) is stale
//! ```
//!
//! The folder is the user's, relative to the current directory: never the crate's own
//! (an installed binary would write into the cargo registry). Run from the workspace
//! root, the default is the repository's `schema/`.

use std::path::PathBuf;
use std::process::ExitCode;

use easemob_payload_schema::{DEFAULT_DIR, Draft, REGENERATE, stale_files, to_pretty_string, write_all};

const USAGE: &str = "usage: easemob-payload-schema [--draft 2020-12|07] | --write [DIR] | --check [DIR]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dir = |rest: &[String]| rest.first().map_or_else(|| PathBuf::from(DEFAULT_DIR), PathBuf::from);
    match args.split_first() {
        None => print(Draft::Draft202012),
        Some((flag, rest)) if flag == "--draft" && rest.len() == 1 => match Draft::parse(&rest[0]) {
            Some(draft) => print(draft),
            None => fail(&format!("unknown draft {:?}; use 2020-12 or 07", rest[0])),
        },
        Some((flag, rest))
            if (flag == "--write" || flag == "--check") && rest.is_empty() && !dir(rest).is_dir() =>
        {
            fail(&format!(
                "no folder `{DEFAULT_DIR}` here: run from the workspace root, or name the folder: {flag} DIR"
            ))
        }
        Some((flag, rest)) if flag == "--write" && rest.len() <= 1 => match write_all(&dir(rest)) {
            Ok(paths) => {
                for path in paths {
                    println!("wrote {}", path.display());
                }
                ExitCode::SUCCESS
            }
            Err(e) => fail(&format!("cannot write the schema files: {e}")),
        },
        Some((flag, rest)) if flag == "--check" && rest.len() <= 1 => {
            let stale = stale_files(&dir(rest));
            for path in &stale {
                eprintln!("stale: {}", path.display());
            }
            if stale.is_empty() {
                ExitCode::SUCCESS
            } else {
                fail(&format!("regenerate with `{REGENERATE}`"))
            }
        }
        Some((flag, _)) if flag == "--help" || flag == "-h" => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        Some(_) => fail(USAGE),
    }
}

fn print(draft: Draft) -> ExitCode {
    print!("{}", to_pretty_string(draft));
    ExitCode::SUCCESS
}

fn fail(message: &str) -> ExitCode {
    eprintln!("easemob-payload-schema: {message}");
    ExitCode::FAILURE
}
