//! The command line: `lint`, `explain` and `schema`, and their exit codes.
//!
//! Exit codes: 0 no errors; 1 errors found (or warnings with `--deny-warnings`);
//! 2 a usage error, an unknown rule code, or a path that could not be read.

use std::ffi::OsString;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};
use easemob_payload::{Lang, Limits};

use crate::output::spill::{Failure, Spill};
use crate::output::{Format, github, human, json, sarif};
use crate::run::{Options, Outcome, Summary, lint_each};
use crate::walk::ReadError;

/// Exit code: nothing wrong.
pub const OK: u8 = 0;
/// Exit code: errors found (or warnings with `--deny-warnings`).
pub const FOUND: u8 = 1;
/// Exit code: usage error, unknown rule, or a path that could not be read.
pub const TROUBLE: u8 = 2;

#[derive(Debug, Parser)]
#[command(
    name = "easemob-payload",
    version,
    about = "Lint stored Easemob IM one-to-one message payloads: every problem with file, line, column, rule and fix."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Lint fixture files: one message object, an array of them, or JSON Lines.
    Lint(LintArgs),
    /// Say what a rule code means, which passage of Easemob's documentation it comes from, and how to fix it.
    Explain {
        /// A rule code, e.g. `maxBytes` (case is ignored).
        #[arg(required_unless_present = "reference")]
        rule: Option<String>,
        /// Print the whole rules reference (every code, where it applies, its sources) as Markdown.
        #[arg(long, conflicts_with = "rule")]
        reference: bool,
        /// The language: en or zh (default: from LC_ALL, LC_MESSAGES or LANG, as gettext does).
        #[arg(long, value_enum, value_name = "LANG")]
        lang: Option<LangArg>,
    },
    /// Print or write the JSON Schema of the message body.
    Schema {
        /// The JSON Schema draft.
        #[arg(long, value_enum, default_value_t = Draft::V2020_12)]
        draft: Draft,
        /// Write the schema to this file instead of standard output.
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: Option<PathBuf>,
    },
}

#[derive(Debug, Args)]
struct LintArgs {
    /// Files and folders to lint (folders are walked for .json, .jsonl and .ndjson, honouring .gitignore); `-` reads standard input.
    #[arg(value_name = "PATH", required = true)]
    paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
    /// Fail (exit 1) on warnings too; severities are unchanged.
    #[arg(long)]
    deny_warnings: bool,
    /// The most bytes `body` plus `ext` may serialize to (private deployments often use 3072).
    #[arg(long, value_name = "N", default_value_t = Limits::DEFAULT.max_bytes)]
    max_bytes: usize,
    /// Print only the summary (human and github formats; json and sarif are always complete).
    #[arg(short, long)]
    quiet: bool,
    /// Colour in the human format: auto (only on a terminal, never under NO_COLOR), always or never.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    color: ColorChoice,
    /// Read standard input (`-`) as JSON Lines (one message a line) instead of one JSON document.
    #[arg(long)]
    stdin_jsonl: bool,
    /// The language of messages and hints: en or zh (default: from LC_ALL, LC_MESSAGES or LANG, as gettext does). Rule codes and paths never change.
    #[arg(long, value_enum, value_name = "LANG")]
    lang: Option<LangArg>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum LangArg {
    En,
    Zh,
}

/// The language asked for, else the locale's.
fn language(arg: Option<LangArg>) -> Lang {
    match arg {
        Some(LangArg::En) => Lang::En,
        Some(LangArg::Zh) => Lang::Zh,
        None => Lang::from_env(),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Draft {
    #[value(name = "2020-12")]
    V2020_12,
    #[value(name = "07")]
    V07,
}

/// Runs the command line on `args` (the program name first) and returns the exit code.
pub fn main(args: impl IntoIterator<Item = OsString>) -> ExitCode {
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(error) => {
            // Help and version go to stdout with code 0; usage errors to stderr with code 2.
            let _ = error.print();
            return ExitCode::from(if error.use_stderr() { TROUBLE } else { OK });
        }
    };
    let code = match cli.command {
        Command::Lint(args) => lint(&args),
        Command::Explain { reference: true, lang, .. } => {
            let text = crate::explain::reference::markdown(language(lang));
            let _ = std::io::stdout().lock().write_all(text.as_bytes());
            OK
        }
        Command::Explain { rule, lang, .. } => explain(rule.as_deref().unwrap_or_default(), language(lang)),
        Command::Schema { draft, output } => schema(draft, output),
    };
    ExitCode::from(code)
}

fn lint(args: &LintArgs) -> u8 {
    let options = Options {
        limits: Limits::DEFAULT.with_max_bytes(args.max_bytes),
        stdin_json_lines: args.stdin_jsonl,
        lang: language(args.lang),
    };
    let lang = options.lang;
    let color = match args.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
    };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut summary = Summary::default();
    let mut unreadable: Vec<ReadError> = Vec::new();
    let mut on_unreadable = |error: ReadError| {
        eprintln!("error: {error}");
        unreadable.push(error);
    };
    // A closed pipe (`| head`) is not an error of the lint; stop writing quietly.
    let mut write_ok = true;
    let mut write = |out: &mut dyn Write, text: &str| {
        if write_ok && !text.is_empty() {
            write_ok = out.write_all(text.as_bytes()).is_ok();
        }
    };
    match args.format {
        Format::Human | Format::Github => {
            let style = human::HumanStyle { color, lang, ..Default::default() };
            let human = args.format == Format::Human;
            lint_each(
                &args.paths,
                &options,
                |file, report| match () {
                    _ if args.quiet => String::new(),
                    _ if human => human::render_file(file, report, &style),
                    _ => github::render_file(report, lang),
                },
                |outcome| match outcome {
                    Outcome::Linted(report, text) => {
                        summary.add(&report);
                        write(&mut out, &text);
                    }
                    Outcome::Unreadable(error) => on_unreadable(error),
                },
            );
            let mut line = human::summary_line(&summary, color && human, lang);
            if !unreadable.is_empty() {
                let n = unreadable.len();
                line.push_str(&match lang {
                    Lang::Zh => format!("；{n} 个路径无法读取"),
                    _ => format!("; {n} {} could not be read", if n == 1 { "path" } else { "paths" }),
                });
            }
            write(&mut out, &(line + "\n"));
        }
        Format::Json | Format::Sarif => {
            // Both documents begin with what is known only at the end (the summary;
            // the unreadable paths): each file's entries are rendered where it is
            // linted and kept aside meanwhile.
            let json = args.format == Format::Json;
            let mut spill = Spill::default();
            let mut kept = Ok(());
            lint_each(
                &args.paths,
                &options,
                |_, report| if json { json::entries(report) } else { sarif::entries(report) },
                |outcome| match outcome {
                    Outcome::Linted(report, rendered) => {
                        summary.add(&report);
                        if kept.is_ok() {
                            kept = rendered.and_then(|block| spill.push(&block));
                        }
                    }
                    Outcome::Unreadable(error) => on_unreadable(error),
                },
            );
            let written = kept.and_then(|()| spill.keep()).map_err(Failure::Kept).and_then(|kept| {
                if json {
                    json::finish(kept, &summary, &mut out)
                } else {
                    sarif::finish(kept, &unreadable, lang, &mut out)
                }
            });
            // A closed pipe (`| head`) is not an error of the lint; a report that could
            // not be kept is.
            if let Err(Failure::Kept(error)) = written {
                eprintln!("error: the report could not be kept until its head was known: {error}");
                return TROUBLE;
            }
        }
    }
    let _ = out.flush();
    if summary.files == 0 && unreadable.is_empty() {
        eprintln!("warning: no .json, .jsonl or .ndjson files found to lint");
    }
    if !unreadable.is_empty() {
        TROUBLE
    } else if summary.errors > 0 || (args.deny_warnings && summary.warnings > 0) {
        FOUND
    } else {
        OK
    }
}

fn explain(code: &str, lang: Lang) -> u8 {
    match crate::explain::lookup(code) {
        Ok(rule) => {
            // Not `print!`: it panics when the reader has gone (`| head -1`).
            let text = crate::explain::render(crate::explain::explanation(rule), lang);
            let _ = std::io::stdout().lock().write_all(text.as_bytes());
            OK
        }
        Err(suggestion) => {
            let mut message = format!("error: unknown rule code `{code}`");
            if let Some(rule) = suggestion {
                message.push_str(&format!("; did you mean `{rule}`?"));
            }
            let codes: Vec<&str> = easemob_payload::RuleCode::ALL.iter().map(|r| r.as_str()).collect();
            eprintln!("{message}\nthe rule codes are: {}", codes.join(", "));
            TROUBLE
        }
    }
}

fn schema(draft: Draft, output: Option<PathBuf>) -> u8 {
    let draft = match draft {
        Draft::V2020_12 => easemob_payload_schema::Draft::Draft202012,
        Draft::V07 => easemob_payload_schema::Draft::Draft7,
    };
    let text = easemob_payload_schema::to_pretty_string(draft);
    match output {
        None => {
            let _ = std::io::stdout().lock().write_all(text.as_bytes());
            OK
        }
        Some(path) => match std::fs::write(&path, text) {
            Ok(()) => OK,
            Err(error) => {
                eprintln!("error: cannot write `{}`: {error}", path.display());
                TROUBLE
            }
        },
    }
}
