//! The `reportage` command: who said what in news articles, from the command
//! line. All of it lives in [`reportage::cli`]; `reportage --help` lists the
//! options.

fn main() -> std::process::ExitCode {
    reportage::cli::main()
}
