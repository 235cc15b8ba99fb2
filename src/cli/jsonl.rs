//! `--jsonl`: JSON lines in, JSON lines out, streaming, in input order.
//!
//! Each input line is a JSON object with `"text"`, an id (`"id"`, else
//! `"doc_id"`, or the field named by `--id-field`) and optionally `"date"`
//! (`"YYYY-MM-DD"` or null: the publication date, as if the text opened with
//! the marker). Other fields are ignored. Output line N answers input line N:
//! `{"id": <as given, or null>, ...the report}`; a blank input line gets the
//! empty analysis with `"id": null`, so the lines stay aligned. A UTF-8
//! byte-order mark before line 1 is skipped.
//!
//! A bad line (invalid UTF-8, malformed JSON, no `"text"`, a bad `"date"`)
//! stops the run with one location, `source:line` or `source:line:column`,
//! after every line before it has been written.

use super::{analyze, Args, Failure};
use crate::{Date, Extractor};
use serde::Serialize;
use std::io::{self, BufRead, BufWriter, IsTerminal, Write};

/// One document of the input: the id to echo, the text, the date.
struct Doc {
    id: serde_json::Value,
    text: String,
    date: Option<Date>,
}

/// One output line: the input id, then the report.
#[derive(Serialize)]
struct Line<'a> {
    id: &'a serde_json::Value,
    #[serde(flatten)]
    report: crate::Report,
}

/// One input line, numbered from 1.
struct RawLine {
    n: usize,
    bytes: Vec<u8>,
}

/// Where the input lines come from, for messages.
struct Source<'a> {
    name: &'a str,
    id_field: Option<&'a str>,
    date: Option<Date>,
}

/// Parse one input line into a document, or say what is wrong with it.
fn parse_line(src: &Source<'_>, line: RawLine) -> Result<Doc, Failure> {
    let (name, n) = (src.name, line.n);
    if line.bytes.iter().all(u8::is_ascii_whitespace) {
        return Ok(Doc {
            id: serde_json::Value::Null,
            text: String::new(),
            date: None,
        });
    }
    let s = std::str::from_utf8(&line.bytes).map_err(|e| {
        Failure::new(format!(
            "{name}:{n}:{}: not valid UTF-8",
            column(&line.bytes, e.valid_up_to())
        ))
    })?;
    let v: serde_json::Value = serde_json::from_str(s).map_err(|e| {
        // serde_json says "… at line 1 column C": keep the message, give the
        // column once, in the location.
        let msg = e.to_string();
        let msg = msg.rfind(" at line ").map_or(msg.as_str(), |i| &msg[..i]);
        Failure::new(format!("{name}:{n}:{}: not valid JSON: {msg}", e.column()))
    })?;
    drop(line);
    let serde_json::Value::Object(mut map) = v else {
        return Err(Failure::new(format!(
            "{name}:{n}: not a JSON object ({{\"id\": …, \"text\": \"…\"}})"
        )));
    };
    let text = match map.remove("text") {
        Some(serde_json::Value::String(t)) => t,
        Some(_) => {
            return Err(Failure::new(format!(
                "{name}:{n}: \"text\" is not a string"
            )))
        }
        None => return Err(Failure::new(format!("{name}:{n}: no \"text\" field"))),
    };
    let id = match src.id_field {
        Some(f) => map.remove(f),
        None => map.remove("id").or_else(|| map.remove("doc_id")),
    }
    .unwrap_or(serde_json::Value::Null);
    let date = match map.remove("date") {
        None | Some(serde_json::Value::Null) => src.date,
        Some(serde_json::Value::String(d)) => Some(
            super::parse_date(&d)
                .map_err(|e| Failure::new(format!("{name}:{n}: \"date\": {e}")))?,
        ),
        Some(other) => {
            return Err(Failure::new(format!(
                "{name}:{n}: \"date\" is {other}, not a \"YYYY-MM-DD\" string"
            )))
        }
    };
    Ok(Doc { id, text, date })
}

/// The column (from 1, in characters) of byte `at` of a line.
fn column(bytes: &[u8], at: usize) -> usize {
    String::from_utf8_lossy(&bytes[..at.min(bytes.len())])
        .chars()
        .count()
        + 1
}

/// Analyse one document and write its output line to `out`.
fn write_doc(ex: &Extractor, doc: &Doc, out: &mut impl Write) -> Result<(), Failure> {
    let report = {
        let a = analyze(ex, &doc.text, doc.date);
        a.report()
    };
    serde_json::to_writer(
        &mut *out,
        &Line {
            id: &doc.id,
            report,
        },
    )?;
    out.write_all(b"\n")?;
    Ok(())
}

/// Read the next line (without its line end, and without a byte-order mark
/// before line 1); `None` at the end.
fn next_line(
    reader: &mut dyn BufRead,
    name: &str,
    n: &mut usize,
) -> Result<Option<RawLine>, Failure> {
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
    if *n == 1 && bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    Ok(Some(RawLine { n: *n, bytes }))
}

/// Run `--jsonl`.
pub(super) fn run(ex: &Extractor, args: &Args) -> Result<(), Failure> {
    if args.files.len() > 1 {
        return Err(Failure::new(
            "--jsonl reads one input (a file or '-')".into(),
        ));
    }
    let source = args
        .files
        .first()
        .map_or("-".into(), |f| f.to_string_lossy().into_owned());
    let mut reader: Box<dyn BufRead + Send> = if source == "-" {
        let stdin = io::stdin();
        if stdin.is_terminal() {
            eprintln!(
                "reportage: reading JSON lines from the terminal: one {{\"id\": …, \"text\": \"…\", \
                 \"date\": \"YYYY-MM-DD\"}} object per line, Ctrl-D to end \
                 (or give a FILE; reportage --help)"
            );
        }
        Box::new(io::BufReader::with_capacity(1 << 16, stdin))
    } else {
        let f = std::fs::File::open(&source)
            .map_err(|e| Failure::new(format!("{source}: cannot read: {e}")))?;
        Box::new(io::BufReader::with_capacity(1 << 16, f))
    };
    let src = Source {
        name: if source == "-" { "<stdin>" } else { &source },
        id_field: args.id_field.as_deref(),
        date: args.date,
    };
    let stdout = io::stdout();
    let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
    if args.jobs > 1 {
        return run_parallel(ex, args.jobs, reader, &src, &mut out);
    }
    // One thread: read, analyse, write, in turn.
    let mut n = 0;
    while let Some(line) = next_line(&mut *reader, src.name, &mut n)? {
        let doc = parse_line(&src, line)?;
        write_doc(ex, &doc, &mut out)?;
    }
    out.flush()?;
    Ok(())
}

/// Documents in flight per thread (read, queued, being analysed, or waiting to
/// be written in order): enough to keep every thread busy when document sizes
/// vary, few enough that memory stays flat.
const IN_FLIGHT_PER_JOB: usize = 4;

/// Lines go to the workers in batches of up to this many lines or bytes:
/// one hand-over (and one wake-up of a thread) per batch, not per line.
const BATCH_LINES: usize = 16;
const BATCH_BYTES: usize = 1 << 16;

/// The output of a batch of lines: the output lines of those before the
/// first bad one, and its failure.
struct Batch {
    bytes: Vec<u8>,
    failure: Option<Failure>,
}

/// Parse, analyse and render each line of a batch, in order, up to the first bad one.
fn process_batch(ex: &Extractor, src: &Source<'_>, lines: Vec<RawLine>) -> Batch {
    let mut bytes = Vec::new();
    for line in lines {
        let n = line.n;
        let done = parse_line(src, line).and_then(|doc| {
            // A panic is a bug (analysis must never panic): it becomes an
            // error naming the line, so the run stops cleanly.
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                write_doc(ex, &doc, &mut bytes)
            }))
            .unwrap_or_else(|_| {
                Err(Failure::new(format!(
                    "{}:{n}: the analysis panicked (a bug in reportage; please report this line)",
                    src.name
                )))
            })
        });
        if let Err(e) = done {
            return Batch {
                bytes,
                failure: Some(e),
            };
        }
    }
    Batch {
        bytes,
        failure: None,
    }
}

/// The parallel pipeline: this thread reads lines and hands them out in small
/// batches through a bounded queue; `jobs` workers each take the next batch
/// as soon as they are free, parse and analyse it; a writer puts the results
/// back in input order. A fixed number of credits bounds the documents in
/// flight, so memory stays flat whatever the input size. A bad line stops the
/// run when the writer reaches it: every line before it is written, nothing after.
fn run_parallel(
    ex: &Extractor,
    jobs: usize,
    mut reader: Box<dyn BufRead + Send>,
    src: &Source<'_>,
    out: &mut impl Write,
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
                if done_tx.send((seq, process_batch(ex, src, lines))).is_err() {
                    break;
                }
            });
        }
        drop(done_tx);
        // A reader thread hands out a batch for each credit.
        let reader = s.spawn(move || -> Result<(), Failure> {
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
                match next_line(&mut *reader, src.name, &mut n) {
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
            read
        });
        // This thread writes, in input order.
        let written = (move || -> Result<(), Failure> {
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
        })();
        let read = reader.join().expect("the reader never panics");
        written.and(read)
    })
}
