//! `--jsonl`: JSON lines in, JSON lines out, streaming, in input order.
//!
//! Each input line is a JSON object with `"text"`, an id (`"id"`, else
//! `"doc_id"`, or the field named by `--id-field`) and optionally `"date"`
//! (`"YYYY-MM-DD"` or null: the publication date, as if the text opened with
//! the marker). Other fields are ignored (checked as JSON, never built).
//! Output line N answers input line N: `{"id": <as given, or null>, ...the
//! report}`; a blank input line gets the empty analysis with `"id": null`, so
//! the lines stay aligned. A UTF-8 byte-order mark before line 1 is skipped.
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
    let Fields { text, id, date } = match fields::read(s, src.id_field) {
        Some(f) => f,
        // Something is wrong with the line: parse it whole, which says what.
        None => fields::read_whole(s, src.id_field).map_err(|e| match e {
            fields::Whole::Json(e) => {
                // serde_json says "… at line 1 column C": keep the message,
                // give the column once, in the location.
                let msg = e.to_string();
                let msg = msg.rfind(" at line ").map_or(msg.as_str(), |i| &msg[..i]);
                Failure::new(format!("{name}:{n}:{}: not valid JSON: {msg}", e.column()))
            }
            fields::Whole::NotObject => Failure::new(format!(
                "{name}:{n}: not a JSON object ({{\"id\": …, \"text\": \"…\"}})"
            )),
        })?,
    };
    drop(line);
    let text = match text {
        Some(serde_json::Value::String(t)) => t,
        Some(_) => {
            return Err(Failure::new(format!(
                "{name}:{n}: \"text\" is not a string"
            )))
        }
        None => return Err(Failure::new(format!("{name}:{n}: no \"text\" field"))),
    };
    let id = id.unwrap_or(serde_json::Value::Null);
    let date = match date {
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

/// The fields of an input line the command reads, each as the JSON value
/// given; `None` when absent.
#[derive(Debug, PartialEq)]
struct Fields {
    text: Option<serde_json::Value>,
    id: Option<serde_json::Value>,
    date: Option<serde_json::Value>,
}

/// Reading the fields of a line. Input lines may carry large fields the
/// command never reads (annotations, metadata): [`read`] builds only the
/// values of the fields it takes, and checks every other one as JSON
/// without building it. It accepts exactly the lines that parse whole into
/// a `serde_json::Value` object and gives the same fields (both check the
/// grammar, the nesting limit and number ranges through the same
/// `deserialize_any`); when it fails, [`read_whole`] parses the line whole,
/// to say what is wrong.
mod fields {
    use super::Fields;
    use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
    use serde_json::Value;
    use std::fmt;

    /// The fields of `line`, or `None` if it is not a JSON object.
    pub(super) fn read(line: &str, id_field: Option<&str>) -> Option<Fields> {
        let mut slots = Slots::new(id_field);
        let mut de = serde_json::Deserializer::from_str(line);
        (&mut de).deserialize_map(Object(&mut slots)).ok()?;
        de.end().ok()?;
        Some(slots.fields())
    }

    /// Why [`read_whole`] failed.
    pub(super) enum Whole {
        Json(serde_json::Error),
        NotObject,
    }

    /// The fields of `line` parsed whole into a `serde_json::Value`.
    pub(super) fn read_whole(line: &str, id_field: Option<&str>) -> Result<Fields, Whole> {
        let v: Value = serde_json::from_str(line).map_err(Whole::Json)?;
        let Value::Object(map) = v else {
            return Err(Whole::NotObject);
        };
        let mut slots = Slots::new(id_field);
        for (k, v) in map {
            if let Some(i) = slots.index(&k) {
                slots.values[i] = Some(v);
            }
        }
        Ok(slots.fields())
    }

    /// The values of the keys the command reads, by key: `text`, `date`,
    /// and the id's (`id` and `doc_id`, or the `--id-field`); the last value
    /// of a key given twice wins, as in a map.
    struct Slots<'a> {
        keys: [&'a str; 4],
        len: usize,
        values: [Option<Value>; 4],
        id_field: Option<&'a str>,
    }

    impl<'a> Slots<'a> {
        fn new(id_field: Option<&'a str>) -> Slots<'a> {
            let mut slots = Slots {
                keys: ["text", "date", "", ""],
                len: 2,
                values: [None, None, None, None],
                id_field,
            };
            let ids: &[&'a str] = match id_field {
                Some(f) => &[f][..],
                None => &["id", "doc_id"][..],
            };
            for &k in ids {
                if slots.index(k).is_none() {
                    slots.keys[slots.len] = k;
                    slots.len += 1;
                }
            }
            slots
        }

        fn index(&self, key: &str) -> Option<usize> {
            self.keys[..self.len].iter().position(|&k| k == key)
        }

        fn take(&mut self, key: &str) -> Option<Value> {
            let i = self.index(key)?;
            self.values[i].take()
        }

        /// The fields, taken from the object in the command's order: the
        /// text, then the id, then the date (so an `--id-field` of `text`
        /// or `date` takes what is left of that key).
        fn fields(mut self) -> Fields {
            let text = self.take("text");
            let id = match self.id_field {
                Some(f) => self.take(f),
                None => self.take("id").or_else(|| self.take("doc_id")),
            };
            let date = self.take("date");
            Fields { text, id, date }
        }
    }

    /// The top-level object: the values of the keys of `Slots` are built,
    /// every other value is skipped.
    struct Object<'s, 'a>(&'s mut Slots<'a>);

    impl<'de> Visitor<'de> for Object<'_, '_> {
        type Value = ();

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a JSON object")
        }

        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
            while let Some(slot) = map.next_key_seed(Key(self.0))? {
                match slot {
                    Some(i) => self.0.values[i] = Some(map.next_value()?),
                    None => map.next_value::<Skip>().map(drop)?,
                }
            }
            Ok(())
        }
    }

    /// A key of the top-level object: the index of its slot, if it has one.
    struct Key<'s, 'a>(&'s Slots<'a>);

    impl<'de> DeserializeSeed<'de> for Key<'_, '_> {
        type Value = Option<usize>;

        fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Option<usize>, D::Error> {
            d.deserialize_str(self)
        }
    }

    impl<'de> Visitor<'de> for Key<'_, '_> {
        type Value = Option<usize>;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a key")
        }

        fn visit_str<E: de::Error>(self, v: &str) -> Result<Option<usize>, E> {
            Ok(self.0.index(v))
        }
    }

    /// Any JSON value, checked as `serde_json::Value` would check it, and
    /// not built.
    struct Skip;

    impl<'de> de::Deserialize<'de> for Skip {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Skip, D::Error> {
            d.deserialize_any(Skip)
        }
    }

    impl<'de> Visitor<'de> for Skip {
        type Value = Skip;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("any JSON value")
        }

        fn visit_bool<E: de::Error>(self, _: bool) -> Result<Skip, E> {
            Ok(Skip)
        }

        fn visit_i64<E: de::Error>(self, _: i64) -> Result<Skip, E> {
            Ok(Skip)
        }

        fn visit_u64<E: de::Error>(self, _: u64) -> Result<Skip, E> {
            Ok(Skip)
        }

        fn visit_f64<E: de::Error>(self, _: f64) -> Result<Skip, E> {
            Ok(Skip)
        }

        fn visit_str<E: de::Error>(self, _: &str) -> Result<Skip, E> {
            Ok(Skip)
        }

        fn visit_unit<E: de::Error>(self) -> Result<Skip, E> {
            Ok(Skip)
        }

        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Skip, A::Error> {
            while seq.next_element::<Skip>()?.is_some() {}
            Ok(Skip)
        }

        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Skip, A::Error> {
            while map.next_key::<Skip>()?.is_some() {
                map.next_value::<Skip>()?;
            }
            Ok(Skip)
        }
    }
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

#[cfg(test)]
mod tests {
    use super::fields;

    /// Reading the fields accepts exactly the lines that parse whole into an
    /// object, and gives the same fields, whatever the other fields hold.
    #[test]
    fn reading_the_fields_agrees_with_parsing_the_line_whole() {
        let mut lines: Vec<String> = [
            r#"{"id": 7, "text": "Ana said.", "date": "2024-05-03"}"#,
            r#"  {"doc_id": "x", "text": "A \"q\" \u2019 \n", "meta": {"a": [1, 2.5, -3, true, null]}}  "#,
            r#"{"text": "first", "text": "second", "id": 1, "id": [2]}"#,
            r#"{"te\u0078t": "escaped key", "key": {"k": 1}, "date": null}"#,
            r#"{"text": 5}"#,
            r#"{"id": null, "doc_id": 3, "text": "t"}"#,
            r#"{"text": "t", "gold": "\ud800 lone surrogate"}"#,
            r#"{"text": "t", "gold": "\ud83d\ude00"}"#,
            r#"{"text": "t", "gold": 1e400}"#,
            r#"{"text": "t", "gold": 123456789012345678901234567890}"#,
            r#"{"text": "t", "gold": "bad \x escape"}"#,
            r#"{"text": "t", "gold": [1, 2,]}"#,
            r#"{"text": "t"} trailing"#,
            r#"{"text": "t"}"#,
            r#"{"text": "t", "gold": "tab	inside"}"#,
            r#"{"text": "t", "gold": {"a" 1}}"#,
            r#"["text", "t"]"#,
            r#""text""#,
            r#"null"#,
            r#"{}"#,
            r#"{"text": "t""#,
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        // Nesting around serde_json's limit, in a skipped field and in the id.
        for depth in 125..=130 {
            let nest = format!("{}1{}", "[".repeat(depth), "]".repeat(depth));
            lines.push(format!(r#"{{"text": "t", "gold": {nest}}}"#));
            lines.push(format!(r#"{{"text": "t", "id": {nest}}}"#));
            let obj = format!("{}1{}", r#"{"a":"#.repeat(depth), "}".repeat(depth));
            lines.push(format!(r#"{{"text": "t", "gold": {obj}}}"#));
        }
        let mut accepted = 0;
        for id_field in [None, Some("key"), Some("text"), Some("date"), Some("gold")] {
            for line in &lines {
                let fast = fields::read(line, id_field);
                let whole = fields::read_whole(line, id_field).ok();
                assert_eq!(fast, whole, "{line} with {id_field:?}");
                accepted += usize::from(fast.is_some());
            }
        }
        // Both outcomes occur.
        assert!(accepted > 20 && accepted < 5 * lines.len(), "{accepted}");
    }
}
