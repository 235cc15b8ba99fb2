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
    let mut reader: Box<dyn BufRead> = if source == "-" {
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
    let mut n = 0;
    let lines = std::iter::from_fn(|| next_line(&mut *reader, src.name, &mut n).transpose());
    crate::batch::map_ordered(
        args.jobs,
        lines,
        |line| line.bytes.len(),
        |line| work(ex, &src, line),
        |done| {
            match done? {
                Output::Bytes(b) => out.write_all(&b)?,
                Output::Report(id, report) => {
                    serde_json::to_writer(&mut out, &Line { id: &id, report })?;
                    out.write_all(b"\n")?;
                }
            }
            Ok(())
        },
    )?;
    out.flush()?;
    Ok(())
}

/// Texts up to this many bytes are written out as JSON on the worker; larger
/// ones go to the writer as a report, serialised straight to the output, so
/// no whole JSON line of a large document is ever held in memory.
const SERIALISE_ON_WORKER: usize = 1 << 20;

/// A worker's result for one line, for the writer.
enum Output {
    /// The output line, ready.
    Bytes(Vec<u8>),
    /// The id and report, to serialise to the output.
    Report(serde_json::Value, crate::Report),
}

/// On a worker: parse and analyse one line. A panic (a bug: analysis must
/// never panic) becomes an error naming the line, so the run stops cleanly
/// after every line before it is written.
fn work(ex: &Extractor, src: &Source<'_>, line: RawLine) -> Result<Output, Failure> {
    let n = line.n;
    let doc = parse_line(src, line)?;
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let report = analyze(ex, &doc.text, doc.date).report();
        if doc.text.len() > SERIALISE_ON_WORKER {
            return Ok(Output::Report(doc.id, report));
        }
        drop(doc.text);
        let mut bytes = Vec::with_capacity(4096);
        serde_json::to_writer(
            &mut bytes,
            &Line {
                id: &doc.id,
                report,
            },
        )?;
        bytes.push(b'\n');
        Ok(Output::Bytes(bytes))
    }))
    .unwrap_or_else(|_| {
        Err(Failure::new(format!(
            "{}:{n}: the analysis panicked (a bug in reportage; please report this line)",
            src.name
        )))
    })
}
