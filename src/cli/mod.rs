//! The command-line program: `reportage` (`src/bin/reportage.rs`) and the
//! `extract` example both call [`main`], so there is one implementation.
//!
//! ```text
//! reportage                          the bundled sample (or standard input when it is not a terminal)
//! reportage FILE...                  a readable summary of each file ('-' is standard input)
//! reportage --json FILE...           one JSON line per file: {"id": FILE, ...the report}
//! reportage --jsonl [--jobs N] [FILE]  JSON lines in, one JSON line out per line in, in order
//! reportage --html FILE > page.html  a self-contained who-said-what page
//! reportage --displacy FILE...       displaCy "manual" JSON, for Python users
//! ```
//!
//! `reportage --help` lists every option. Errors name one place (a file, or
//! `file:line` / `file:line:column` for JSON lines) and exit with status 1;
//! a bad option exits with status 2.
//!
//! The modules: `summary` (the readable summary), `jsonl` (JSON lines,
//! streaming, in parallel with `--jobs`). The HTML page and the displaCy
//! export are in [`crate::render`].

mod jsonl;
mod summary;

use crate::{Analysis, Date, Extractor};
use serde::Serialize;
use std::ffi::OsString;
use std::io::{self, BufWriter, IsTerminal, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// The bundled sample article, analysed when no input is given on a terminal.
const SAMPLE: &str = include_str!("../../data/sample/article.txt");
const SAMPLE_NAME: &str = "data/sample/article.txt (bundled sample)";

/// The most threads `--jobs` takes (the batch API's bound).
const MAX_JOBS: usize = crate::batch::MAX_JOBS;

const USAGE: &str = "usage: reportage [OPTIONS] [FILE|-]...
       reportage --jsonl [--jobs N] [OPTIONS] [FILE|-]

Who said what in English news articles. Reads each FILE ('-' is standard input). With
no FILE: standard input when it is not a terminal, else the bundled sample article.

Output (default: a readable summary: people, who said what with paragraph numbers, entities)
  --json             one JSON line per file: {\"id\": FILE, \"schema\": …, \"date\": …, …}
  --jsonl            read JSON lines {\"id\" (or \"doc_id\"), \"text\", \"date\" (optional)};
                     print one JSON line per input line, in input order (a blank input
                     line gets an empty analysis with \"id\": null, so lines stay aligned)
  --html             one self-contained HTML page (one FILE): the article with quotes
                     coloured by speaker, the people, and the entities (rule on hover)
  --displacy         displaCy \"manual\" JSON, one array: [{\"text\", \"ents\", \"title\"}, …]
                     (code-point offsets; spacy.displacy.render(docs, style=\"ent\", manual=True))

Options
  --date YYYY-MM-DD  the publication date (with --jsonl: for lines without \"date\"),
                     as if the text opened with the marker \"date YYYY-MM-DD\"
  --sentences        the summary also lists every sentence, at the end
  --jobs N, -j N     threads for --jsonl, 1 to 256 (default: all cores)
  --id-field NAME    --jsonl: read the id from field NAME (default: \"id\", else \"doc_id\")
  --no-quotes        skip the quote pass (sentences, entities and people only; faster)
  --sample           analyse the bundled sample article
  -h, --help         this text";

/// What to print.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Mode {
    Summary,
    Json,
    Jsonl,
    Html,
    Displacy,
}

/// The parsed command line.
#[derive(Debug)]
struct Args {
    mode: Mode,
    jobs: usize,
    quotes: bool,
    sentences: bool,
    sample: bool,
    date: Option<Date>,
    id_field: Option<String>,
    files: Vec<OsString>,
}

/// Parse a `--jobs` value: a whole number from 1 to [`MAX_JOBS`].
fn parse_jobs(v: &str) -> Result<usize, String> {
    match v.parse::<u64>() {
        Ok(n) if (1..=MAX_JOBS as u64).contains(&n) => Ok(n as usize),
        Ok(0) => Err("--jobs takes a whole number from 1 to 256, not 0".into()),
        _ if !v.is_empty() && v.bytes().all(|b| b.is_ascii_digit()) => Err(format!(
            "--jobs takes a whole number from 1 to {MAX_JOBS}, not {v} (more threads than \
             cores only adds memory; try the number of cores)"
        )),
        _ => Err(format!(
            "--jobs takes a whole number from 1 to {MAX_JOBS}, not {v:?}"
        )),
    }
}

/// Parse a `YYYY-MM-DD` date, or say what is wrong with it.
fn parse_date(v: &str) -> Result<Date, String> {
    v.parse::<Date>()
        .map_err(|_| format!("{v:?} is not a date of the form YYYY-MM-DD"))
}

fn parse_args(raw: impl Iterator<Item = OsString>) -> Result<Args, String> {
    let mut args = Args {
        mode: Mode::Summary,
        jobs: std::thread::available_parallelism().map_or(1, |n| n.get().min(MAX_JOBS)),
        quotes: true,
        sentences: false,
        sample: false,
        date: None,
        id_field: None,
        files: Vec::new(),
    };
    let mut modes = Vec::new();
    let mut it = raw;
    let mut only_files = false;
    while let Some(raw) = it.next() {
        if only_files {
            args.files.push(raw);
            continue;
        }
        let Some(a) = raw.to_str() else {
            // Not UTF-8: only a file name can be.
            args.files.push(raw);
            continue;
        };
        // `--opt=value` and `--opt value` both work for options that take a value.
        let (name, inline) = match a.split_once('=') {
            Some((n, v)) if n.starts_with("--") => (n, Some(v.to_string())),
            _ => (a, None),
        };
        let mut value = |opt: &str| -> Result<String, String> {
            if let Some(v) = inline.clone() {
                return Ok(v);
            }
            it.next()
                .and_then(|v| v.into_string().ok())
                .ok_or_else(|| format!("{opt} needs a value"))
        };
        match name {
            "--json" => modes.push((a.to_string(), Mode::Json)),
            "--jsonl" => modes.push((a.to_string(), Mode::Jsonl)),
            "--html" => modes.push((a.to_string(), Mode::Html)),
            "--displacy" => modes.push((a.to_string(), Mode::Displacy)),
            "--no-quotes" => args.quotes = false,
            "--sentences" => args.sentences = true,
            "--sample" => args.sample = true,
            "--jobs" | "-j" => args.jobs = parse_jobs(&value("--jobs")?)?,
            "--date" => {
                args.date = Some(parse_date(&value("--date")?).map_err(|e| format!("--date: {e}"))?)
            }
            "--id-field" => args.id_field = Some(value("--id-field")?),
            "-h" | "--help" => return Err(String::new()),
            "--" => only_files = true,
            "-" => args.files.push(raw),
            s if s.starts_with('-') => return Err(format!("unknown option {s}")),
            _ => args.files.push(raw),
        }
    }
    modes.dedup_by_key(|m| m.1);
    match modes.as_slice() {
        [] => {}
        [(_, m)] => args.mode = *m,
        [(a, _), (b, _), ..] => return Err(format!("{a} and {b} cannot be used together")),
    }
    if args.id_field.is_some() && args.mode != Mode::Jsonl {
        return Err("--id-field goes with --jsonl".into());
    }
    if args.sample && args.mode == Mode::Jsonl {
        return Err("--sample is a text, not JSON lines: use it without --jsonl".into());
    }
    Ok(args)
}

/// Run the command line with the process arguments; returns the exit status
/// (0, 1 for a failure on the input or output, 2 for a bad option).
pub fn main() -> ExitCode {
    let args = match parse_args(std::env::args_os().skip(1)) {
        Ok(a) => a,
        Err(e) if e.is_empty() => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("reportage: {e}\n(reportage --help lists the options)");
            return ExitCode::from(2);
        }
    };
    let ex = match Extractor::builder().quotes(args.quotes).build() {
        Ok(ex) => ex,
        Err(e) => {
            eprintln!("reportage: {e}");
            return ExitCode::FAILURE;
        }
    };
    let result = match args.mode {
        Mode::Jsonl => jsonl::run(&ex, &args),
        _ => run_documents(&ex, &args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.broken_pipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("reportage: {e}");
            ExitCode::FAILURE
        }
    }
}

/// An error, with the one place it happened in its message.
#[derive(Debug)]
struct Failure {
    msg: String,
    /// The reader of the output went away (`reportage … | head`): not an error.
    broken_pipe: bool,
}

impl Failure {
    fn new(msg: String) -> Failure {
        Failure {
            msg,
            broken_pipe: false,
        }
    }
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.msg)
    }
}

impl From<io::Error> for Failure {
    fn from(e: io::Error) -> Failure {
        Failure {
            broken_pipe: e.kind() == io::ErrorKind::BrokenPipe,
            msg: format!("cannot write the output: {e}"),
        }
    }
}

impl From<serde_json::Error> for Failure {
    fn from(e: serde_json::Error) -> Failure {
        // Writing a report can only fail in the writer.
        Failure::from(io::Error::from(e))
    }
}

/// One input of the document modes.
enum Input {
    Sample,
    Stdin,
    File(PathBuf),
}

impl Input {
    fn name(&self) -> String {
        match self {
            Input::Sample => SAMPLE_NAME.to_string(),
            Input::Stdin => "<stdin>".to_string(),
            Input::File(p) => p.to_string_lossy().into_owned(),
        }
    }

    fn read(&self) -> Result<String, Failure> {
        let name = self.name();
        let bytes = match self {
            Input::Sample => return Ok(SAMPLE.to_string()),
            Input::Stdin => {
                let mut bytes = Vec::new();
                io::stdin()
                    .lock()
                    .read_to_end(&mut bytes)
                    .map_err(|e| Failure::new(format!("{name}: cannot read: {e}")))?;
                bytes
            }
            Input::File(p) => {
                std::fs::read(p).map_err(|e| Failure::new(format!("{name}: cannot read: {e}")))?
            }
        };
        String::from_utf8(bytes).map_err(|e| {
            Failure::new(format!(
                "{name}: not valid UTF-8 (byte {})",
                e.utf8_error().valid_up_to()
            ))
        })
    }
}

/// The inputs of the document modes, in order.
fn inputs(args: &Args) -> Vec<Input> {
    let mut inputs = Vec::new();
    if args.sample {
        inputs.push(Input::Sample);
    }
    for f in &args.files {
        inputs.push(if f == "-" {
            Input::Stdin
        } else {
            Input::File(PathBuf::from(f))
        });
    }
    if inputs.is_empty() {
        inputs.push(if io::stdin().is_terminal() {
            Input::Sample
        } else {
            Input::Stdin
        });
    }
    inputs
}

/// Analyse `text`, with `date` as its publication date when given.
fn analyze<'t>(ex: &Extractor, text: &'t str, date: Option<Date>) -> Analysis<'t> {
    ex.analyze_dated(text, date)
}

/// The document modes: summary, `--json`, `--html`, `--displacy`. Each input
/// is read, analysed and written in turn, so one document is in memory at a
/// time; the lines of the inputs before a failing one are written.
fn run_documents(ex: &Extractor, args: &Args) -> Result<(), Failure> {
    let inputs = inputs(args);
    if args.mode == Mode::Html && inputs.len() > 1 {
        return Err(Failure::new(format!(
            "--html writes one page for one article, and {} were given",
            inputs.len()
        )));
    }
    let stdout = io::stdout();
    let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
    if args.mode == Mode::Displacy {
        out.write_all(b"[")?;
    }
    for (i, input) in inputs.iter().enumerate() {
        let name = input.name();
        let text = input.read()?;
        let a = analyze(ex, &text, args.date);
        match args.mode {
            Mode::Json => {
                /// The report of one file, named.
                #[derive(Serialize)]
                struct Named<'a> {
                    id: &'a str,
                    #[serde(flatten)]
                    report: crate::Report,
                }
                let report = a.report();
                drop(a);
                serde_json::to_writer(&mut out, &Named { id: &name, report })?;
                out.write_all(b"\n")?;
            }
            Mode::Html => crate::render::html::write(&mut out, &a, &name)?,
            Mode::Displacy => {
                if i > 0 {
                    out.write_all(b",\n")?;
                }
                serde_json::to_writer(&mut out, &crate::render::displacy::doc(&a, Some(&name)))?;
            }
            _ => {
                if i > 0 {
                    writeln!(out)?;
                }
                summary::write(&mut out, &name, &a, args.sentences)?;
            }
        }
    }
    if args.mode == Mode::Displacy {
        out.write_all(b"]\n")?;
    }
    out.flush()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<Args, String> {
        parse_args(args.iter().map(OsString::from))
    }

    #[test]
    fn jobs_is_bounded_with_a_clear_message() {
        assert_eq!(parse(&["--jobs", "3"]).unwrap().jobs, 3);
        assert_eq!(parse(&["--jobs=256"]).unwrap().jobs, 256);
        for bad in [
            "0",
            "257",
            "20000",
            "18446744073709551615",
            "99999999999999999999999",
            "x",
            "-1",
            "",
        ] {
            let e = parse(&["--jobs", bad]).unwrap_err();
            assert!(e.contains("1 to 256"), "{bad}: {e}");
        }
    }

    #[test]
    fn modes_exclude_each_other() {
        assert_eq!(parse(&["--html", "a"]).unwrap().mode, Mode::Html);
        assert_eq!(parse(&["--json", "--json"]).unwrap().mode, Mode::Json);
        assert!(parse(&["--json", "--html"])
            .unwrap_err()
            .contains("together"));
        assert!(parse(&["--date", "2024-02-30"])
            .unwrap_err()
            .contains("YYYY-MM-DD"));
        assert!(parse(&["--", "--json"]).unwrap().files == ["--json"]);
    }
}
