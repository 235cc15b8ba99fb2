//! The report of an analysis as plain Python dicts and lists: the JSON
//! contract's schema (`serde_json` of `reportage::Report`), key for key and in
//! the same order (the tests compare the two).
//!
//! It comes in two steps. On the worker threads, [`Offsets::new`] turns an
//! `Analysis` into what the dicts need besides the text: code-point and byte
//! offsets, labels, names (moved out of the analysis, not copied). On the
//! caller's thread, with the GIL, a [`Converter`] builds the dicts, taking
//! each span's text from the document. That second step is the serial part of
//! `Extractor.analyze_many`, and its cost decides how close Python comes to
//! the crate's own throughput. So one `Converter` serves a whole batch: the
//! keys are interned once, the few `&'static str` values (labels, kinds, rule
//! ids) become Python strings once each, and so do the offsets (ints are
//! immutable: one object per value serves every span, as CPython does for the
//! small ints).

use pyo3::prelude::*;
use pyo3::types::{PyDict, PyInt, PyList, PyString};
use reportage::{Analysis, CharIndex, Span, SCHEMA_VERSION};
use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// A span: code-point and byte offsets (its text is sliced from the document).
#[derive(Clone, Copy)]
pub(crate) struct Sp {
    start: usize,
    end: usize,
    byte_start: usize,
    byte_end: usize,
    utf16_start: usize,
    utf16_end: usize,
}

pub(crate) struct EntityOff {
    span: Sp,
    label: &'static str,
    value: Option<String>,
    rule: &'static str,
}

pub(crate) struct PersonOff {
    id: usize,
    name: String,
    titles: Vec<String>,
    gender: Option<&'static str>,
    mentions: Vec<Sp>,
}

pub(crate) struct SpeakerOff {
    span: Sp,
    kind: &'static str,
    person: Option<usize>,
    name: String,
}

pub(crate) struct QuoteOff {
    span: Sp,
    kind: &'static str,
    content: Vec<Sp>,
    cue: Option<Sp>,
    speaker: Option<SpeakerOff>,
    rule: &'static str,
}

/// Everything a report's dicts need but the text itself: made on a worker.
pub(crate) struct Offsets {
    date: Option<String>,
    paragraphs: Vec<Sp>,
    sentences: Vec<Sp>,
    entities: Vec<EntityOff>,
    people: Vec<PersonOff>,
    quotes: Vec<QuoteOff>,
}

impl Offsets {
    /// What `Report::new` computes, but the text of each span; names and
    /// values are moved out of `a`.
    pub(crate) fn new(a: Analysis<'_>) -> Offsets {
        let idx = CharIndex::new(a.text());
        let sp = |s: Span| {
            let (start, utf16_start) = idx.offsets(s.start);
            let (end, utf16_end) = idx.offsets(s.end);
            Sp {
                start,
                end,
                byte_start: s.start,
                byte_end: s.end,
                utf16_start,
                utf16_end,
            }
        };
        Offsets {
            date: a.date.map(|d| d.to_string()),
            paragraphs: a.paragraphs.iter().map(|p| sp(p.span)).collect(),
            sentences: a.sentences.iter().map(|s| sp(s.span)).collect(),
            entities: a
                .entities
                .into_iter()
                .map(|e| EntityOff {
                    span: sp(e.span),
                    label: e.label.as_str(),
                    value: e.value,
                    rule: e.rule.id(),
                })
                .collect(),
            people: a
                .people
                .into_iter()
                .map(|p| PersonOff {
                    id: p.id,
                    mentions: p.mentions.iter().map(|&m| sp(m)).collect(),
                    name: p.name,
                    titles: p.titles,
                    gender: p.gender.map(|g| g.as_str()),
                })
                .collect(),
            quotes: a
                .quotes
                .into_iter()
                .map(|q| QuoteOff {
                    span: sp(q.span),
                    kind: q.kind.as_str(),
                    content: q.content.iter().map(|&c| sp(c)).collect(),
                    cue: q.cue.map(sp),
                    speaker: q.speaker.map(|s| SpeakerOff {
                        span: sp(s.span),
                        kind: s.kind.as_str(),
                        person: s.person,
                        name: s.name,
                    }),
                    rule: q.rule.id(),
                })
                .collect(),
        }
    }
}

/// Offsets below this are cached as Python ints (a few MB at most).
const INT_CACHE: usize = 1 << 20;

/// Builds Python objects from reports; one serves a whole batch. It holds no
/// GIL-bound reference, so it can live across `Python::detach`.
///
/// Each kind of dict is a copy of a template that holds its keys, in order,
/// with `None` values, which are then replaced: CPython copies a dict's key
/// table whole, where inserting key by key probes, and resizes the table of
/// the dicts with more than five keys.
pub(crate) struct Converter {
    k: Keys,
    t: Templates,
    /// Python strings for `&'static str` values, by address and length.
    statics: RefCell<Statics>,
    /// Python ints for offsets, by value.
    ints: RefCell<Vec<Option<Py<PyInt>>>>,
}

macro_rules! keys {
    ($($field:ident = $name:literal),* $(,)?) => {
        /// The interned keys of the report's dicts.
        struct Keys { $($field: Py<PyString>,)* }
        impl Keys {
            fn new(py: Python<'_>) -> Keys {
                Keys { $($field: PyString::intern(py, $name).unbind(),)* }
            }
        }
    };
}

keys! {
    schema = "schema", date = "date", paragraphs = "paragraphs", sentences = "sentences",
    entities = "entities", people = "people", quotes = "quotes", start = "start", end = "end",
    byte_start = "byte_start", byte_end = "byte_end", utf16_start = "utf16_start",
    utf16_end = "utf16_end", text = "text", label = "label",
    value = "value", rule = "rule", id = "id", name = "name", titles = "titles",
    gender = "gender", mentions = "mentions", kind = "kind", content = "content", cue = "cue",
    speaker = "speaker", type_ = "type", person = "person",
}

/// Python strings of `&'static str` values, by address and length.
type Statics = HashMap<(usize, usize), Py<PyString>, BuildHasherDefault<AddrHasher>>;

/// A hasher for addresses (the statics' keys): one multiply per word.
#[derive(Default)]
pub(crate) struct AddrHasher(u64);

impl Hasher for AddrHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(u64::from(b));
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
    fn write_usize(&mut self, n: usize) {
        self.write_u64(n as u64);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

/// The templates: every key of a kind of dict, in the contract's order.
struct Templates {
    report: Py<PyDict>,
    span: Py<PyDict>,
    entity: Py<PyDict>,
    entity_value: Py<PyDict>,
    person: Py<PyDict>,
    person_gender: Py<PyDict>,
    speaker: Py<PyDict>,
    quote: Py<PyDict>,
}

impl Converter {
    pub(crate) fn new(py: Python<'_>) -> PyResult<Converter> {
        let k = Keys::new(py);
        let template = |keys: &[&Py<PyString>]| -> PyResult<Py<PyDict>> {
            let d = PyDict::new(py);
            for key in keys {
                d.set_item(key.bind(py), py.None())?;
            }
            Ok(d.unbind())
        };
        let span = [
            &k.start,
            &k.end,
            &k.byte_start,
            &k.byte_end,
            &k.utf16_start,
            &k.utf16_end,
            &k.text,
        ];
        let t = Templates {
            report: template(&[
                &k.schema,
                &k.date,
                &k.paragraphs,
                &k.sentences,
                &k.entities,
                &k.people,
                &k.quotes,
            ])?,
            span: template(&span)?,
            entity: template(&[&span[..], &[&k.label, &k.rule]].concat())?,
            entity_value: template(&[&span[..], &[&k.label, &k.value, &k.rule]].concat())?,
            person: template(&[&k.id, &k.name, &k.titles, &k.mentions])?,
            person_gender: template(&[&k.id, &k.name, &k.titles, &k.gender, &k.mentions])?,
            speaker: template(&[&span[..], &[&k.type_, &k.person, &k.name]].concat())?,
            quote: template(
                &[
                    &span[..],
                    &[&k.kind, &k.content, &k.cue, &k.speaker, &k.rule],
                ]
                .concat(),
            )?,
        };
        Ok(Converter {
            k,
            t,
            statics: RefCell::new(HashMap::default()),
            ints: RefCell::new(Vec::new()),
        })
    }

    /// A copy of a template (its values all `None`, to be replaced).
    fn dict<'py>(&self, py: Python<'py>, template: &Py<PyDict>) -> PyResult<Bound<'py, PyDict>> {
        template.bind(py).copy()
    }

    /// The report of `text` as a dict.
    pub(crate) fn report<'py>(
        &self,
        py: Python<'py>,
        text: &str,
        r: &Offsets,
    ) -> PyResult<Bound<'py, PyDict>> {
        let k = &self.k;
        let d = self.dict(py, &self.t.report)?;
        d.set_item(k.schema.bind(py), SCHEMA_VERSION)?;
        if let Some(date) = &r.date {
            d.set_item(k.date.bind(py), PyString::new(py, date))?;
        }
        d.set_item(k.paragraphs.bind(py), self.spans(py, text, &r.paragraphs)?)?;
        d.set_item(k.sentences.bind(py), self.spans(py, text, &r.sentences)?)?;
        let entities = r
            .entities
            .iter()
            .map(|e| self.entity(py, text, e))
            .collect::<PyResult<Vec<_>>>()?;
        d.set_item(k.entities.bind(py), PyList::new(py, entities)?)?;
        let people = r
            .people
            .iter()
            .map(|p| self.person(py, text, p))
            .collect::<PyResult<Vec<_>>>()?;
        d.set_item(k.people.bind(py), PyList::new(py, people)?)?;
        let quotes = r
            .quotes
            .iter()
            .map(|q| self.quote(py, text, q))
            .collect::<PyResult<Vec<_>>>()?;
        d.set_item(k.quotes.bind(py), PyList::new(py, quotes)?)?;
        Ok(d)
    }

    fn static_str<'py>(&self, py: Python<'py>, s: &'static str) -> Bound<'py, PyString> {
        self.statics
            .borrow_mut()
            .entry((s.as_ptr() as usize, s.len()))
            .or_insert_with(|| PyString::new(py, s).unbind())
            .bind(py)
            .clone()
    }

    fn int<'py>(&self, py: Python<'py>, v: usize) -> PyResult<Bound<'py, PyAny>> {
        if v >= INT_CACHE {
            return Ok(v.into_pyobject(py)?.into_any());
        }
        let mut ints = self.ints.borrow_mut();
        if ints.len() <= v {
            ints.resize_with(v + 1, || None);
        }
        let slot = &mut ints[v];
        if let Some(i) = slot {
            return Ok(i.bind(py).clone().into_any());
        }
        let i = v.into_pyobject(py)?.cast_into::<PyInt>()?;
        *slot = Some(i.clone().unbind());
        Ok(i.into_any())
    }

    /// A new dict holding the span's five fields.
    fn span<'py>(&self, py: Python<'py>, text: &str, s: &Sp) -> PyResult<Bound<'py, PyDict>> {
        let d = self.dict(py, &self.t.span)?;
        self.span_into(py, &d, text, s)?;
        Ok(d)
    }

    /// The span's fields, for the structures that flatten one in.
    fn span_into<'py>(
        &self,
        py: Python<'py>,
        d: &Bound<'py, PyDict>,
        text: &str,
        s: &Sp,
    ) -> PyResult<()> {
        let k = &self.k;
        let start = self.int(py, s.start)?;
        let end = self.int(py, s.end)?;
        d.set_item(k.start.bind(py), &start)?;
        d.set_item(k.end.bind(py), &end)?;
        // In ASCII text the byte offsets are the code-point offsets.
        if s.byte_start == s.start {
            d.set_item(k.byte_start.bind(py), &start)?;
        } else {
            d.set_item(k.byte_start.bind(py), self.int(py, s.byte_start)?)?;
        }
        if s.byte_end == s.end {
            d.set_item(k.byte_end.bind(py), &end)?;
        } else {
            d.set_item(k.byte_end.bind(py), self.int(py, s.byte_end)?)?;
        }
        // Outside the astral planes (emoji, rare scripts) the UTF-16
        // offsets are the code-point offsets.
        if s.utf16_start == s.start {
            d.set_item(k.utf16_start.bind(py), start)?;
        } else {
            d.set_item(k.utf16_start.bind(py), self.int(py, s.utf16_start)?)?;
        }
        if s.utf16_end == s.end {
            d.set_item(k.utf16_end.bind(py), end)?;
        } else {
            d.set_item(k.utf16_end.bind(py), self.int(py, s.utf16_end)?)?;
        }
        d.set_item(
            k.text.bind(py),
            PyString::new(py, &text[s.byte_start..s.byte_end]),
        )
    }

    fn spans<'py>(
        &self,
        py: Python<'py>,
        text: &str,
        spans: &[Sp],
    ) -> PyResult<Bound<'py, PyList>> {
        let items = spans
            .iter()
            .map(|s| self.span(py, text, s))
            .collect::<PyResult<Vec<_>>>()?;
        PyList::new(py, items)
    }

    fn entity<'py>(
        &self,
        py: Python<'py>,
        text: &str,
        e: &EntityOff,
    ) -> PyResult<Bound<'py, PyDict>> {
        let k = &self.k;
        let t = if e.value.is_some() {
            &self.t.entity_value
        } else {
            &self.t.entity
        };
        let d = self.dict(py, t)?;
        self.span_into(py, &d, text, &e.span)?;
        d.set_item(k.label.bind(py), self.static_str(py, e.label))?;
        if let Some(v) = &e.value {
            d.set_item(k.value.bind(py), PyString::new(py, v))?;
        }
        d.set_item(k.rule.bind(py), self.static_str(py, e.rule))?;
        Ok(d)
    }

    fn person<'py>(
        &self,
        py: Python<'py>,
        text: &str,
        p: &PersonOff,
    ) -> PyResult<Bound<'py, PyDict>> {
        let k = &self.k;
        let t = if p.gender.is_some() {
            &self.t.person_gender
        } else {
            &self.t.person
        };
        let d = self.dict(py, t)?;
        d.set_item(k.id.bind(py), self.int(py, p.id)?)?;
        d.set_item(k.name.bind(py), PyString::new(py, &p.name))?;
        d.set_item(k.titles.bind(py), PyList::new(py, &p.titles)?)?;
        if let Some(g) = p.gender {
            d.set_item(k.gender.bind(py), self.static_str(py, g))?;
        }
        d.set_item(k.mentions.bind(py), self.spans(py, text, &p.mentions)?)?;
        Ok(d)
    }

    fn speaker<'py>(
        &self,
        py: Python<'py>,
        text: &str,
        s: &SpeakerOff,
    ) -> PyResult<Bound<'py, PyDict>> {
        let k = &self.k;
        let d = self.dict(py, &self.t.speaker)?;
        self.span_into(py, &d, text, &s.span)?;
        d.set_item(k.type_.bind(py), self.static_str(py, s.kind))?;
        if let Some(p) = s.person {
            d.set_item(k.person.bind(py), self.int(py, p)?)?;
        }
        d.set_item(k.name.bind(py), PyString::new(py, &s.name))?;
        Ok(d)
    }

    fn quote<'py>(
        &self,
        py: Python<'py>,
        text: &str,
        q: &QuoteOff,
    ) -> PyResult<Bound<'py, PyDict>> {
        let k = &self.k;
        let d = self.dict(py, &self.t.quote)?;
        self.span_into(py, &d, text, &q.span)?;
        d.set_item(k.kind.bind(py), self.static_str(py, q.kind))?;
        d.set_item(k.content.bind(py), self.spans(py, text, &q.content)?)?;
        // The template's None stays where there is no cue or speaker.
        if let Some(c) = &q.cue {
            d.set_item(k.cue.bind(py), self.span(py, text, c)?)?;
        }
        if let Some(s) = &q.speaker {
            d.set_item(k.speaker.bind(py), self.speaker(py, text, s)?)?;
        }
        d.set_item(k.rule.bind(py), self.static_str(py, q.rule))?;
        Ok(d)
    }
}
