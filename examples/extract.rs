//! The `extract` example: the `reportage` command under its old name.
//!
//! The evaluation harness builds it (`cargo build --release --example
//! extract`) and runs `target/release/examples/extract --jsonl`. It is the
//! same program as `src/bin/reportage.rs`: both call [`reportage::cli::main`],
//! so options, output and messages are identical. Install the command with
//! `cargo install --path .`, or run it with `cargo run --release -- --help`.

fn main() -> std::process::ExitCode {
    reportage::cli::main()
}
