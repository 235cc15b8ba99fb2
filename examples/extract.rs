//! The command-line face of `reportage`.
//!
//! ```text
//! cargo run --release --example extract                 # the bundled sample, readable summary
//! cargo run --release --example extract -- FILE...      # files ('-' is standard input)
//! cargo run --release --example extract -- --json FILE  # the full analysis as JSON
//! cargo run --release --example extract -- --jsonl [--jobs N] < docs.jsonl > out.jsonl
//! ```
//!
//! `--jsonl` reads JSON lines `{"id": …, "text": "…"}` and prints one JSON line
//! per input line, in input order, streaming: memory stays flat whatever the
//! input size. `--jobs N` analyses with N threads (default: all cores).
//! Bad input (invalid UTF-8, a malformed line, a line without "text", an
//! unreadable file) stops with a message naming the file or line and a
//! non-zero exit status.

use reportage::{Analysis, Extractor, Report, SpeakerKind};
use serde::Serialize;
use std::collections::BTreeMap;
use std::io::{self, BufRead, BufWriter, Read, Write};
use std::process::ExitCode;

const SAMPLE: &str = include_str!("../data/sample/article.txt");
const SAMPLE_NAME: &str = "data/sample/article.txt (bundled sample)";

const USAGE: &str = "usage: extract [--json] [--no-quotes] [FILE|-]...
       extract --jsonl [--jobs N] [--no-quotes] [FILE|-]

With no FILE, analyses the bundled sample article (or standard input when it is a pipe
and --jsonl is given). '-' reads standard input.
  --json       print each analysis as one JSON object instead of a readable summary
  --jsonl      read JSON lines {\"id\", \"text\"}; print one JSON result per line, in order
  --jobs N     threads for --jsonl (default: all cores)
  --no-quotes  skip the quote pass (sentences, entities and people only; faster)
  -h, --help   this text";

enum Mode {
    Summary,
    Json,
    Jsonl,
}

struct Args {
    mode: Mode,
    jobs: usize,
    quotes: bool,
    files: Vec<String>,
}

fn parse_args() -> Result<Args, String> {
    let mut mode = Mode::Summary;
    let mut jobs = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mut files = Vec::new();
    let mut quotes = true;
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        match a.as_str() {
            "--json" => mode = Mode::Json,
            "--jsonl" => mode = Mode::Jsonl,
            "--no-quotes" => quotes = false,
            "--jobs" | "-j" => {
                let v = it.next().ok_or("--jobs needs a number")?;
                jobs = v
                    .parse::<usize>()
                    .ok()
                    .filter(|&n| n > 0)
                    .ok_or_else(|| format!("--jobs takes a whole number above 0, not {v:?}"))?;
            }
            "-h" | "--help" => {
                println!("{USAGE}");
                std::process::exit(0);
            }
            "-" => files.push(a),
            s if s.starts_with("--jobs=") => {
                let v = &s[7..];
                jobs = v
                    .parse::<usize>()
                    .ok()
                    .filter(|&n| n > 0)
                    .ok_or_else(|| format!("--jobs takes a whole number above 0, not {v:?}"))?;
            }
            s if s.starts_with('-') => return Err(format!("unknown option {s}\n{USAGE}")),
            _ => files.push(a),
        }
    }
    Ok(Args {
        mode,
        jobs,
        quotes,
        files,
    })
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("extract: {e}");
            return ExitCode::from(2);
        }
    };
    let ex = match Extractor::builder().quotes(args.quotes).build() {
        Ok(ex) => ex,
        Err(e) => {
            eprintln!("extract: {e}");
            return ExitCode::FAILURE;
        }
    };
    let result = match args.mode {
        Mode::Jsonl => run_jsonl(&ex, &args),
        _ => run_documents(&ex, &args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.is_broken_pipe() => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("extract: {e}");
            ExitCode::FAILURE
        }
    }
}

/// An error with the place it happened.
#[derive(Debug)]
struct Failure {
    msg: String,
    broken_pipe: bool,
}

impl Failure {
    fn new(msg: String) -> Failure {
        Failure {
            msg,
            broken_pipe: false,
        }
    }
    fn is_broken_pipe(&self) -> bool {
        self.broken_pipe
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
            msg: format!("cannot write output: {e}"),
        }
    }
}

fn read_file(name: &str) -> Result<String, Failure> {
    let mut bytes = Vec::new();
    if name == "-" {
        io::stdin()
            .lock()
            .read_to_end(&mut bytes)
            .map_err(|e| Failure::new(format!("<stdin>: cannot read: {e}")))?;
    } else {
        bytes =
            std::fs::read(name).map_err(|e| Failure::new(format!("{name}: cannot read: {e}")))?;
    }
    String::from_utf8(bytes).map_err(|e| {
        Failure::new(format!(
            "{}: not valid UTF-8 (byte {})",
            if name == "-" { "<stdin>" } else { name },
            e.utf8_error().valid_up_to()
        ))
    })
}

fn run_documents(ex: &Extractor, args: &Args) -> Result<(), Failure> {
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let docs: Vec<(String, String)> = if args.files.is_empty() {
        vec![(SAMPLE_NAME.to_string(), SAMPLE.to_string())]
    } else {
        args.files
            .iter()
            .map(|f| Ok((f.clone(), read_file(f)?)))
            .collect::<Result<_, Failure>>()?
    };
    for (i, (name, text)) in docs.iter().enumerate() {
        let a = ex.analyze(text);
        match args.mode {
            Mode::Json => {
                #[derive(Serialize)]
                struct Named<'a> {
                    id: &'a str,
                    #[serde(flatten)]
                    report: Report,
                }
                serde_json::to_writer_pretty(
                    &mut out,
                    &Named {
                        id: name,
                        report: a.report(),
                    },
                )
                .map_err(io::Error::from)?;
                writeln!(out)?;
            }
            _ => {
                if i > 0 {
                    writeln!(out)?;
                }
                summary(&mut out, name, &a)?;
            }
        }
    }
    out.flush()?;
    Ok(())
}

/// The readable summary of one analysis.
fn summary(out: &mut impl Write, name: &str, a: &Analysis<'_>) -> io::Result<()> {
    writeln!(out, "== {name}")?;
    if let Some(d) = a.date {
        writeln!(out, "date: {d}")?;
    }
    writeln!(
        out,
        "{} paragraphs, {} sentences, {} entities, {} people, {} quotes",
        a.paragraphs.len(),
        a.sentences.len(),
        a.entities.len(),
        a.people.len(),
        a.quotes.len()
    )?;
    writeln!(out, "\n-- sentences")?;
    for (i, s) in a.sentences.iter().enumerate() {
        writeln!(out, "{:>3}. {}", i + 1, one_line(a.slice(s.span)))?;
    }
    if !a.people.is_empty() {
        writeln!(out, "\n-- people")?;
        for p in &a.people {
            let titles = if p.titles.is_empty() {
                String::new()
            } else {
                format!(" ({})", p.titles.join("; "))
            };
            let n = p.mentions.len();
            writeln!(
                out,
                "  {}{titles}: {n} mention{}",
                p.name,
                if n == 1 { "" } else { "s" }
            )?;
        }
    }
    let mut by_label: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for e in &a.entities {
        if e.label == reportage::Label::Person {
            continue;
        }
        let mut s = one_line(a.slice(e.span));
        if let Some(v) = &e.value {
            s = format!("{s} = {v}");
        }
        let list = by_label.entry(e.label.as_str()).or_default();
        if !list.contains(&s) {
            list.push(s);
        }
    }
    if !by_label.is_empty() {
        writeln!(out, "\n-- entities")?;
        for (label, list) in by_label {
            writeln!(out, "  {label}: {}", list.join(", "))?;
        }
    }
    if !a.quotes.is_empty() {
        writeln!(out, "\n-- who said what")?;
        let mut groups: Vec<(String, Vec<usize>)> = Vec::new();
        for (i, q) in a.quotes.iter().enumerate() {
            let who = match &q.speaker {
                Some(s) if s.kind == SpeakerKind::Anonymous => format!("{} (anonymous)", s.name),
                Some(s) if s.kind == SpeakerKind::Organization => {
                    format!("{} (organization)", s.name)
                }
                Some(s) => s.name.clone(),
                None => "(no speaker found)".to_string(),
            };
            match groups.iter_mut().find(|(w, _)| *w == who) {
                Some((_, v)) => v.push(i),
                None => groups.push((who, vec![i])),
            }
        }
        for (who, qs) in groups {
            writeln!(out, "  {who}")?;
            for i in qs {
                let q = &a.quotes[i];
                let content: Vec<String> =
                    q.content.iter().map(|&c| one_line(a.slice(c))).collect();
                let cue = q.cue.map_or(String::from("-"), |c| a.slice(c).to_string());
                writeln!(
                    out,
                    "    [{} / {cue}] {}",
                    q.kind.as_str(),
                    clip(&content.join(" … "), 160)
                )?;
            }
        }
    }
    Ok(())
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn clip(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let cut: String = s.chars().take(max).collect();
    format!("{cut}…")
}

/// One JSON line of output: the input id, then the report.
#[derive(Serialize)]
struct Line<'a> {
    id: &'a serde_json::Value,
    #[serde(flatten)]
    report: Report,
}

/// Parse one input line into (id, text), or say what is wrong with it.
fn parse_line(line: &[u8], source: &str, n: usize) -> Result<(serde_json::Value, String), Failure> {
    let s = std::str::from_utf8(line)
        .map_err(|_| Failure::new(format!("{source}:{n}: not valid UTF-8")))?;
    let v: serde_json::Value = serde_json::from_str(s)
        .map_err(|e| Failure::new(format!("{source}:{n}: not a JSON object: {e}")))?;
    let serde_json::Value::Object(mut map) = v else {
        return Err(Failure::new(format!("{source}:{n}: not a JSON object")));
    };
    let text = match map.remove("text") {
        Some(serde_json::Value::String(t)) => t,
        Some(_) => {
            return Err(Failure::new(format!(
                "{source}:{n}: \"text\" is not a string"
            )))
        }
        None => return Err(Failure::new(format!("{source}:{n}: no \"text\" field"))),
    };
    let id = map.remove("id").unwrap_or(serde_json::Value::Null);
    Ok((id, text))
}

fn render(ex: &Extractor, id: &serde_json::Value, text: &str) -> Vec<u8> {
    let a = ex.analyze(text);
    let mut buf = serde_json::to_vec(&Line {
        id,
        report: a.report(),
    })
    .expect("a report always serialises");
    buf.push(b'\n');
    buf
}

/// Documents in flight per thread (read, queued, being analysed, or waiting to
/// be written in order): enough to keep every thread busy when document sizes
/// vary, few enough that memory stays flat.
const IN_FLIGHT_PER_JOB: usize = 4;

/// Lines go to the workers in batches of up to this many lines or bytes:
/// one hand-over (and one wake-up of a thread) per batch, not per line.
const BATCH_LINES: usize = 16;
const BATCH_BYTES: usize = 1 << 16;

/// One input line, numbered from 1.
struct RawLine {
    n: usize,
    bytes: Vec<u8>,
}

/// The output of a batch of lines: the output lines of those before the
/// first bad one, and its failure.
struct Batch {
    bytes: Vec<u8>,
    failure: Option<Failure>,
}

/// [`process`] each line of a batch, in order, up to the first bad one.
fn process_batch(ex: &Extractor, name: &str, lines: &[RawLine]) -> Batch {
    let mut bytes = Vec::new();
    for line in lines {
        match process(ex, name, line) {
            Ok(b) => bytes.extend_from_slice(&b),
            Err(e) => {
                return Batch {
                    bytes,
                    failure: Some(e),
                }
            }
        }
    }
    Batch {
        bytes,
        failure: None,
    }
}

/// Parse and analyse one line into its output line. A panic (a bug: analysis
/// must never panic) becomes an error naming the line, so a parallel run stops
/// cleanly instead of waiting for a result that will never come.
fn process(ex: &Extractor, name: &str, line: &RawLine) -> Result<Vec<u8>, Failure> {
    let (id, text) = parse_line(&line.bytes, name, line.n)?;
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| render(ex, &id, &text))).map_err(
        |_| {
            Failure::new(format!(
                "{name}:{}: the analysis panicked (a bug in reportage; please report this line)",
                line.n
            ))
        },
    )
}

/// Read the next non-blank line (without its line end); `None` at the end.
fn next_line(
    reader: &mut dyn BufRead,
    name: &str,
    n: &mut usize,
) -> Result<Option<RawLine>, Failure> {
    loop {
        let mut bytes = Vec::new();
        let got = reader
            .read_until(b'\n', &mut bytes)
            .map_err(|e| Failure::new(format!("{name}:{}: cannot read: {e}", *n + 1)))?;
        if got == 0 {
            return Ok(None);
        }
        *n += 1;
        if bytes.last() == Some(&b'\n') {
            bytes.pop();
        }
        if bytes.last() == Some(&b'\r') {
            bytes.pop();
        }
        if !bytes.iter().all(u8::is_ascii_whitespace) {
            return Ok(Some(RawLine { n: *n, bytes }));
        }
    }
}

fn run_jsonl(ex: &Extractor, args: &Args) -> Result<(), Failure> {
    if args.files.len() > 1 {
        return Err(Failure::new(
            "--jsonl reads one input (a file or '-')".into(),
        ));
    }
    let source = args.files.first().map_or("-", String::as_str);
    let mut reader: Box<dyn BufRead> = if source == "-" {
        Box::new(io::BufReader::with_capacity(1 << 16, io::stdin()))
    } else {
        let f = std::fs::File::open(source)
            .map_err(|e| Failure::new(format!("{source}: cannot read: {e}")))?;
        Box::new(io::BufReader::with_capacity(1 << 16, f))
    };
    let name = if source == "-" { "<stdin>" } else { source };
    if args.jobs > 1 {
        return run_parallel(ex, args.jobs, reader, name);
    }
    // One thread: read, analyse, write, in turn.
    let stdout = io::stdout();
    let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
    let mut n = 0;
    while let Some(line) = next_line(&mut reader, name, &mut n)? {
        out.write_all(&process(ex, name, &line)?)?;
    }
    out.flush()?;
    Ok(())
}

/// The parallel pipeline: this thread reads lines and hands them out in small
/// batches through a bounded queue; `jobs` workers each take the next batch
/// as soon as they are free (so one long document holds up only its batch),
/// parse and analyse it; a writer puts the results back in input order. A fixed number of
/// credits bounds the documents in flight, so memory stays flat whatever the
/// input size. A bad line stops the run when the writer reaches it: every line
/// before it is written, nothing after.
fn run_parallel(
    ex: &Extractor,
    jobs: usize,
    mut reader: Box<dyn BufRead>,
    name: &str,
) -> Result<(), Failure> {
    use std::collections::BTreeMap;
    use std::sync::mpsc::{sync_channel, Receiver};
    use std::sync::Mutex;

    let window = IN_FLIGHT_PER_JOB * jobs;
    let (work_tx, work_rx) = sync_channel::<(usize, Vec<RawLine>)>(window);
    let work_rx: Mutex<Receiver<(usize, Vec<RawLine>)>> = Mutex::new(work_rx);
    let (done_tx, done_rx) = sync_channel::<(usize, Batch)>(window);
    let (credit_tx, credit_rx) = sync_channel::<()>(window);
    for _ in 0..window {
        credit_tx
            .send(())
            .expect("the credit queue holds the window");
    }
    std::thread::scope(|s| {
        for _ in 0..jobs {
            let done_tx = done_tx.clone();
            let work_rx = &work_rx;
            s.spawn(move || loop {
                let next = work_rx.lock().map(|rx| rx.recv());
                let Ok(Ok((seq, lines))) = next else { break };
                if done_tx
                    .send((seq, process_batch(ex, name, &lines)))
                    .is_err()
                {
                    break;
                }
            });
        }
        drop(done_tx);
        let writer = s.spawn(move || -> Result<(), Failure> {
            let mut out = BufWriter::with_capacity(1 << 16, io::stdout());
            let mut pending: BTreeMap<usize, Batch> = BTreeMap::new();
            let mut next = 0usize;
            for (seq, result) in done_rx {
                pending.insert(seq, result);
                while let Some(Batch { bytes, failure }) = pending.remove(&next) {
                    out.write_all(&bytes)?;
                    if let Some(e) = failure {
                        out.flush()?;
                        return Err(e);
                    }
                    next += 1;
                    // Give the reader a credit back; it may have stopped already.
                    let _ = credit_tx.send(());
                }
            }
            out.flush()?;
            Ok(())
        });
        // This thread reads, and hands out a batch for each credit.
        let mut n = 0;
        let mut seq = 0;
        let mut batch: Vec<RawLine> = Vec::new();
        let mut batch_bytes = 0;
        let mut send = |batch: &mut Vec<RawLine>| -> bool {
            // False when the writer stopped: its error is the one to report.
            let sent =
                credit_rx.recv().is_ok() && work_tx.send((seq, std::mem::take(batch))).is_ok();
            seq += 1;
            sent
        };
        let read = loop {
            match next_line(&mut reader, name, &mut n) {
                Ok(Some(line)) => {
                    batch_bytes += line.bytes.len();
                    batch.push(line);
                    if batch.len() >= BATCH_LINES || batch_bytes >= BATCH_BYTES {
                        batch_bytes = 0;
                        if !send(&mut batch) {
                            break Ok(());
                        }
                    }
                }
                // The lines read before the end or a read error still go out.
                Ok(None) => break Ok(()),
                Err(e) => break Err(e),
            }
        };
        if !batch.is_empty() {
            send(&mut batch);
        }
        drop(work_tx);
        drop(credit_rx);
        let written = writer.join().expect("the writer never panics");
        written.and(read)
    })
}
