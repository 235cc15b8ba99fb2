//! A `reportage::Report` as plain Python dicts and lists: the JSON contract's
//! schema, key for key and in the same order as `serde_json` writes it.
//!
//! This runs under the GIL, one document after another, so it is the serial
//! part of `Extractor.analyze_many`: the keys are interned once per call, and
//! the few `&'static str` values (labels, kinds, rule ids) are made into
//! Python strings once each and shared.

use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString};
use reportage::{EntityOut, PersonOut, QuoteOut, Report, SpanOut, SpeakerOut};
use std::cell::RefCell;
use std::collections::HashMap;

/// Builds Python objects from reports; make one per batch.
pub(crate) struct Converter<'py> {
    py: Python<'py>,
    k: Keys<'py>,
    /// Python strings for `&'static str` values, by address and length.
    statics: RefCell<HashMap<(usize, usize), Bound<'py, PyString>>>,
}

struct Keys<'py> {
    schema: Bound<'py, PyString>,
    date: Bound<'py, PyString>,
    paragraphs: Bound<'py, PyString>,
    sentences: Bound<'py, PyString>,
    entities: Bound<'py, PyString>,
    people: Bound<'py, PyString>,
    quotes: Bound<'py, PyString>,
    start: Bound<'py, PyString>,
    end: Bound<'py, PyString>,
    byte_start: Bound<'py, PyString>,
    byte_end: Bound<'py, PyString>,
    text: Bound<'py, PyString>,
    label: Bound<'py, PyString>,
    value: Bound<'py, PyString>,
    rule: Bound<'py, PyString>,
    id: Bound<'py, PyString>,
    name: Bound<'py, PyString>,
    titles: Bound<'py, PyString>,
    gender: Bound<'py, PyString>,
    mentions: Bound<'py, PyString>,
    kind: Bound<'py, PyString>,
    content: Bound<'py, PyString>,
    cue: Bound<'py, PyString>,
    speaker: Bound<'py, PyString>,
    type_: Bound<'py, PyString>,
    person: Bound<'py, PyString>,
}

impl<'py> Converter<'py> {
    pub(crate) fn new(py: Python<'py>) -> Converter<'py> {
        let k = |s: &str| PyString::intern(py, s);
        Converter {
            py,
            k: Keys {
                schema: k("schema"),
                date: k("date"),
                paragraphs: k("paragraphs"),
                sentences: k("sentences"),
                entities: k("entities"),
                people: k("people"),
                quotes: k("quotes"),
                start: k("start"),
                end: k("end"),
                byte_start: k("byte_start"),
                byte_end: k("byte_end"),
                text: k("text"),
                label: k("label"),
                value: k("value"),
                rule: k("rule"),
                id: k("id"),
                name: k("name"),
                titles: k("titles"),
                gender: k("gender"),
                mentions: k("mentions"),
                kind: k("kind"),
                content: k("content"),
                cue: k("cue"),
                speaker: k("speaker"),
                type_: k("type"),
                person: k("person"),
            },
            statics: RefCell::new(HashMap::new()),
        }
    }

    /// The report as a dict.
    pub(crate) fn report(&self, r: &Report) -> PyResult<Bound<'py, PyDict>> {
        let py = self.py;
        let d = PyDict::new(py);
        d.set_item(&self.k.schema, r.schema)?;
        d.set_item(&self.k.date, r.date.as_deref())?;
        d.set_item(&self.k.paragraphs, self.spans(&r.paragraphs)?)?;
        d.set_item(&self.k.sentences, self.spans(&r.sentences)?)?;
        let entities = r
            .entities
            .iter()
            .map(|e| self.entity(e))
            .collect::<PyResult<Vec<_>>>()?;
        d.set_item(&self.k.entities, PyList::new(py, entities)?)?;
        let people = r
            .people
            .iter()
            .map(|p| self.person(p))
            .collect::<PyResult<Vec<_>>>()?;
        d.set_item(&self.k.people, PyList::new(py, people)?)?;
        let quotes = r
            .quotes
            .iter()
            .map(|q| self.quote(q))
            .collect::<PyResult<Vec<_>>>()?;
        d.set_item(&self.k.quotes, PyList::new(py, quotes)?)?;
        Ok(d)
    }

    fn static_str(&self, s: &'static str) -> Bound<'py, PyString> {
        let py = self.py;
        self.statics
            .borrow_mut()
            .entry((s.as_ptr() as usize, s.len()))
            .or_insert_with(|| PyString::new(py, s))
            .clone()
    }

    /// A new dict holding the span's five fields.
    fn span(&self, s: &SpanOut) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(self.py);
        self.span_into(&d, s)?;
        Ok(d)
    }

    /// The span's fields, for the structures that flatten one in.
    fn span_into(&self, d: &Bound<'py, PyDict>, s: &SpanOut) -> PyResult<()> {
        d.set_item(&self.k.start, s.start)?;
        d.set_item(&self.k.end, s.end)?;
        d.set_item(&self.k.byte_start, s.byte_start)?;
        d.set_item(&self.k.byte_end, s.byte_end)?;
        d.set_item(&self.k.text, PyString::new(self.py, &s.text))
    }

    fn spans(&self, spans: &[SpanOut]) -> PyResult<Bound<'py, PyList>> {
        let items = spans
            .iter()
            .map(|s| self.span(s))
            .collect::<PyResult<Vec<_>>>()?;
        PyList::new(self.py, items)
    }

    fn entity(&self, e: &EntityOut) -> PyResult<Bound<'py, PyDict>> {
        let d = self.span(&e.span)?;
        d.set_item(&self.k.label, self.static_str(e.label))?;
        if let Some(v) = &e.value {
            d.set_item(&self.k.value, PyString::new(self.py, v))?;
        }
        d.set_item(&self.k.rule, self.static_str(e.rule))?;
        Ok(d)
    }

    fn person(&self, p: &PersonOut) -> PyResult<Bound<'py, PyDict>> {
        let py = self.py;
        let d = PyDict::new(py);
        d.set_item(&self.k.id, p.id)?;
        d.set_item(&self.k.name, PyString::new(py, &p.name))?;
        d.set_item(&self.k.titles, PyList::new(py, &p.titles)?)?;
        if let Some(g) = p.gender {
            d.set_item(&self.k.gender, self.static_str(g))?;
        }
        d.set_item(&self.k.mentions, self.spans(&p.mentions)?)?;
        Ok(d)
    }

    fn speaker(&self, s: &SpeakerOut) -> PyResult<Bound<'py, PyDict>> {
        let d = self.span(&s.span)?;
        d.set_item(&self.k.type_, self.static_str(s.kind))?;
        d.set_item(&self.k.person, s.person)?;
        d.set_item(&self.k.name, PyString::new(self.py, &s.name))?;
        Ok(d)
    }

    fn quote(&self, q: &QuoteOut) -> PyResult<Bound<'py, PyDict>> {
        let d = self.span(&q.span)?;
        d.set_item(&self.k.kind, self.static_str(q.kind))?;
        d.set_item(&self.k.content, self.spans(&q.content)?)?;
        match &q.cue {
            Some(c) => d.set_item(&self.k.cue, self.span(c)?)?,
            None => d.set_item(&self.k.cue, self.py.None())?,
        }
        match &q.speaker {
            Some(s) => d.set_item(&self.k.speaker, self.speaker(s)?)?,
            None => d.set_item(&self.k.speaker, self.py.None())?,
        }
        d.set_item(&self.k.rule, self.static_str(q.rule))?;
        Ok(d)
    }
}
