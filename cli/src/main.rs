//! The `easemob-payload` command-line linter; everything lives in the library.

fn main() -> std::process::ExitCode {
    easemob_payload_cli::app::main(std::env::args_os())
}
