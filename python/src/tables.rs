//! The reports of a batch as tables, the shape pandas, Arrow and Spark read:
//! for each table a dict of column name to list, one item per row, so that
//! `pandas.DataFrame(tables["quotes"])` is a table of every quote of the
//! batch.
//!
//! Like the dicts (`convert`), the tables are built on the caller's thread,
//! with the GIL, from the offsets the workers made (`convert::offsets`). A
//! row costs an append per column, where a dict costs a store per key and
//! the dict itself, and only what a table holds is made: code-point offsets
//! (what indexes a Python str), texts, labels, names. Every column is a Rust
//! vector of new references until the batch ends, then a list made at its
//! length. Ints, the `&'static str` values and a document's equal strings
//! are shared objects (`objects`).

use crate::convert::{span_count, static_rule, Offsets};
use crate::objects::{list, DocStrings, Ints, Statics};
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyString};
use reportage::{SpanOffsets, SpeakerKind};

macro_rules! table {
    ($(#[$m:meta])* $name:ident { $($col:ident = $key:literal),* $(,)? }) => {
        $(#[$m])*
        #[derive(Default)]
        struct $name { $($col: Vec<Py<PyAny>>,)* }

        impl $name {
            /// The table as a dict of column name to list.
            fn into_dict(self, py: Python<'_>) -> PyResult<Bound<'_, PyDict>> {
                let d = PyDict::new(py);
                $( d.set_item($key, column(py, self.$col)?)?; )*
                Ok(d)
            }
        }
    };
}

table! {
    /// One row per document.
    Documents {
        doc = "doc", date = "date", sentences = "sentences", entities = "entities",
        people = "people", quotes = "quotes",
    }
}

table! {
    /// One row per quote.
    Quotes {
        doc = "doc", quote = "quote", start = "start", end = "end", text = "text",
        kind = "kind", content = "content", cue = "cue", cue_start = "cue_start",
        cue_end = "cue_end", speaker = "speaker", speaker_text = "speaker_text",
        speaker_start = "speaker_start", speaker_end = "speaker_end",
        speaker_type = "speaker_type", person = "person", gender = "gender",
        source = "source", rule = "rule",
    }
}

table! {
    /// One row per fragment of a quote's reported words.
    Content { doc = "doc", quote = "quote", start = "start", end = "end", text = "text" }
}

table! {
    /// One row per person of a document.
    People {
        doc = "doc", person = "person", name = "name", titles = "titles",
        gender = "gender", mentions = "mentions", quotes = "quotes",
    }
}

table! {
    /// One row per mention of a person.
    Mentions { doc = "doc", person = "person", start = "start", end = "end", text = "text" }
}

table! {
    /// One row per entity.
    Entities {
        doc = "doc", start = "start", end = "end", text = "text", label = "label",
        value = "value", rule = "rule",
    }
}

table! {
    /// One row per span of a layer (sentences, paragraphs).
    Spans { doc = "doc", start = "start", end = "end", text = "text" }
}

/// A list holding the items of `v`, in order.
fn column(py: Python<'_>, v: Vec<Py<PyAny>>) -> PyResult<Bound<'_, pyo3::types::PyList>> {
    let n = v.len();
    let mut items = v.into_iter();
    list(py, n, |_| {
        Ok(items.next().expect("one item per index").into_bound(py))
    })
}

/// Every table, in the order of the result.
pub(crate) const TABLES: [&str; 8] = [
    "documents",
    "quotes",
    "content",
    "people",
    "mentions",
    "entities",
    "sentences",
    "paragraphs",
];

/// The tables made when the caller names none.
pub(crate) const DEFAULT_TABLES: [&str; 4] = ["documents", "quotes", "people", "entities"];

/// Which tables to make, by their index in `TABLES`.
#[derive(Clone, Copy, Default)]
pub(crate) struct Want([bool; 8]);

impl Want {
    /// The tables named (the default ones when `None`); an unknown name is
    /// a ValueError.
    pub(crate) fn new(names: Option<Vec<String>>) -> PyResult<Want> {
        let names = names.unwrap_or_else(|| DEFAULT_TABLES.map(String::from).to_vec());
        let mut w = Want::default();
        for n in &names {
            let i = TABLES.iter().position(|t| t == n).ok_or_else(|| {
                PyValueError::new_err(format!(
                    "unknown table {n:?}: expected some of {}",
                    TABLES.join(", ")
                ))
            })?;
            w.0[i] = true;
        }
        Ok(w)
    }

    fn has(&self, table: &str) -> bool {
        TABLES
            .iter()
            .position(|t| *t == table)
            .is_some_and(|i| self.0[i])
    }
}

/// What a quote's speaker is, for counting sources: a named person or
/// organisation, an anonymous source, or a pronoun or other phrase that was
/// not resolved to either.
fn source_of(kind: SpeakerKind) -> &'static str {
    match kind {
        SpeakerKind::Person | SpeakerKind::Organization => "named",
        SpeakerKind::Anonymous => "anonymous",
        _ => "unresolved",
    }
}

/// The tables of a batch, built document by document, in input order. It
/// holds no GIL-bound reference, so it can live across `Python::detach`.
pub(crate) struct Tables {
    want: [bool; 8],
    docs: usize,
    ints: Ints,
    statics: Statics,
    documents: Documents,
    quotes: Quotes,
    content: Content,
    people: People,
    mentions: Mentions,
    entities: Entities,
    sentences: Spans,
    paragraphs: Spans,
}

impl Tables {
    pub(crate) fn new(want: Want) -> Tables {
        Tables {
            want: want.0,
            docs: 0,
            ints: Ints::default(),
            statics: Statics::default(),
            documents: Documents::default(),
            quotes: Quotes::default(),
            content: Content::default(),
            people: People::default(),
            mentions: Mentions::default(),
            entities: Entities::default(),
            sentences: Spans::default(),
            paragraphs: Spans::default(),
        }
    }

    /// Adds the rows of the next document: `text` is `source` as UTF-8, `r`
    /// its offsets.
    pub(crate) fn add(
        &mut self,
        source: &Bound<'_, PyString>,
        text: &str,
        r: &Offsets,
    ) -> PyResult<()> {
        let py = source.py();
        let want = Want(self.want);
        let ints = &mut self.ints;
        let statics = &mut self.statics;
        let mut strings = DocStrings::new(source, text, span_count(r));
        let doc = ints.get(py, self.docs).into_any().unbind();
        self.docs += 1;
        let mut int = |v: usize| ints.get(py, v).into_any().unbind();
        let mut st = |s: &'static str| statics.get(py, s).clone_ref(py).into_any();
        let none = || py.None();

        if want.has("documents") {
            let t = &mut self.documents;
            t.doc.push(doc.clone_ref(py));
            t.date.push(match r.date {
                Some(d) => PyString::new(py, &d.to_string()).into_any().unbind(),
                None => none(),
            });
            t.sentences.push(int(r.sentences.len()));
            t.entities.push(int(r.entities.len()));
            t.people.push(int(r.people.len()));
            t.quotes.push(int(r.quotes.len()));
        }
        macro_rules! text {
            ($o:expr) => {
                strings.slice($o)?.clone().into_any().unbind()
            };
        }
        for (layer, name) in [(&r.sentences, "sentences"), (&r.paragraphs, "paragraphs")] {
            if !want.has(name) {
                continue;
            }
            let t = match name {
                "sentences" => &mut self.sentences,
                _ => &mut self.paragraphs,
            };
            for s in layer {
                t.doc.push(doc.clone_ref(py));
                t.start.push(int(s.start));
                t.end.push(int(s.end));
                t.text.push(text!(s));
            }
        }
        if want.has("entities") {
            let t = &mut self.entities;
            for e in &r.entities {
                t.doc.push(doc.clone_ref(py));
                t.start.push(int(e.span.start));
                t.end.push(int(e.span.end));
                t.text.push(text!(&e.span));
                t.label.push(st(e.label.as_str()));
                t.value.push(match &e.value {
                    Some(v) => strings.string(v).clone().into_any().unbind(),
                    None => none(),
                });
                t.rule.push(match static_rule(&e.rule) {
                    Some(rule) => st(rule),
                    None => PyString::new(py, &e.rule).into_any().unbind(),
                });
            }
        }
        if want.has("people") || want.has("mentions") {
            // How many quotes each person is the speaker of.
            let mut said = vec![0usize; r.people.len()];
            for q in &r.quotes {
                if let Some(n) = q
                    .speaker
                    .as_ref()
                    .and_then(|s| s.person)
                    .and_then(|p| said.get_mut(p))
                {
                    *n += 1;
                }
            }
            for p in &r.people {
                let id = int(p.id);
                if want.has("people") {
                    let t = &mut self.people;
                    t.doc.push(doc.clone_ref(py));
                    t.person.push(id.clone_ref(py));
                    t.name
                        .push(strings.string(&p.name).clone().into_any().unbind());
                    let titles = list(py, p.titles.len(), |i| {
                        Ok(strings.string(&p.titles[i]).clone().into_any())
                    })?;
                    t.titles.push(titles.into_any().unbind());
                    t.gender.push(match p.gender {
                        Some(g) => st(g.as_str()),
                        None => none(),
                    });
                    t.mentions.push(int(p.mentions.len()));
                    t.quotes.push(int(said.get(p.id).copied().unwrap_or(0)));
                }
                if want.has("mentions") {
                    let t = &mut self.mentions;
                    for m in &p.mentions {
                        t.doc.push(doc.clone_ref(py));
                        t.person.push(id.clone_ref(py));
                        t.start.push(int(m.start));
                        t.end.push(int(m.end));
                        t.text.push(text!(m));
                    }
                }
            }
        }
        let (want_quotes, want_content) = (want.has("quotes"), want.has("content"));
        for (i, q) in r.quotes.iter().enumerate() {
            if !want_quotes && !want_content {
                break;
            }
            let qi = int(i);
            if want_content {
                let t = &mut self.content;
                for c in &q.content {
                    t.doc.push(doc.clone_ref(py));
                    t.quote.push(qi.clone_ref(py));
                    t.start.push(int(c.start));
                    t.end.push(int(c.end));
                    t.text.push(text!(c));
                }
            }
            if !want_quotes {
                continue;
            }
            let t = &mut self.quotes;
            t.doc.push(doc.clone_ref(py));
            t.quote.push(qi);
            t.start.push(int(q.span.start));
            t.end.push(int(q.span.end));
            t.text.push(text!(&q.span));
            t.kind.push(st(q.kind.as_str()));
            t.content.push(match q.content.as_slice() {
                [one] => text!(one),
                more => {
                    let words: Vec<&str> = more
                        .iter()
                        .map(|c: &SpanOffsets| &text[c.byte_start..c.byte_end])
                        .collect();
                    PyString::new(py, &words.join(" … ")).into_any().unbind()
                }
            });
            match &q.cue {
                Some(c) => {
                    t.cue.push(text!(c));
                    t.cue_start.push(int(c.start));
                    t.cue_end.push(int(c.end));
                }
                None => {
                    t.cue.push(none());
                    t.cue_start.push(none());
                    t.cue_end.push(none());
                }
            }
            match &q.speaker {
                Some(s) => {
                    t.speaker
                        .push(strings.string(&s.name).clone().into_any().unbind());
                    t.speaker_text.push(text!(&s.span));
                    t.speaker_start.push(int(s.span.start));
                    t.speaker_end.push(int(s.span.end));
                    t.speaker_type.push(st(s.kind.as_str()));
                    let person = s.person.and_then(|p| r.people.get(p));
                    t.person.push(match person {
                        Some(p) => int(p.id),
                        None => none(),
                    });
                    t.gender.push(match person.and_then(|p| p.gender) {
                        Some(g) => st(g.as_str()),
                        None => none(),
                    });
                    t.source.push(st(source_of(s.kind)));
                }
                None => {
                    for c in [
                        &mut t.speaker,
                        &mut t.speaker_text,
                        &mut t.speaker_start,
                        &mut t.speaker_end,
                        &mut t.speaker_type,
                        &mut t.person,
                        &mut t.gender,
                    ] {
                        c.push(none());
                    }
                    t.source.push(st("none"));
                }
            }
            t.rule.push(match static_rule(&q.rule) {
                Some(rule) => st(rule),
                None => PyString::new(py, &q.rule).into_any().unbind(),
            });
        }
        Ok(())
    }

    /// The tables made, as a dict of table name to (dict of column name to
    /// list), in the order of `TABLES`.
    pub(crate) fn finish(self, py: Python<'_>) -> PyResult<Bound<'_, PyDict>> {
        let d = PyDict::new(py);
        let want = Want(self.want);
        let put = |name: &str, t: PyResult<Bound<'_, PyDict>>| -> PyResult<()> {
            if want.has(name) {
                d.set_item(name, t?)?;
            }
            Ok(())
        };
        put("documents", self.documents.into_dict(py))?;
        put("quotes", self.quotes.into_dict(py))?;
        put("content", self.content.into_dict(py))?;
        put("people", self.people.into_dict(py))?;
        put("mentions", self.mentions.into_dict(py))?;
        put("entities", self.entities.into_dict(py))?;
        put("sentences", self.sentences.into_dict(py))?;
        put("paragraphs", self.paragraphs.into_dict(py))?;
        Ok(d)
    }
}
