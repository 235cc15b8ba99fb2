//! A `reportage::Report` as plain Python dicts and lists: the JSON contract's
//! schema, key for key and in the same order as `serde_json` writes it.
//!
//! This runs under the GIL, one document after another, so it is the serial
//! part of `Extractor.analyze_many`, and its cost decides how close Python
//! comes to the crate's own throughput. So one `Converter` serves a whole
//! batch: the keys are interned once, the few `&'static str` values (labels,
//! kinds, rule ids) become Python strings once each, and so do the offsets
//! (ints are immutable: one object per value serves every span, as CPython
//! does for the small ints).

use pyo3::prelude::*;
use pyo3::types::{PyDict, PyInt, PyList, PyString};
use reportage::{EntityOut, PersonOut, QuoteOut, Report, SpanOut, SpeakerOut};
use std::cell::RefCell;
use std::collections::HashMap;

/// Offsets below this are cached as Python ints (a few MB at most).
const INT_CACHE: usize = 1 << 20;

/// Builds Python objects from reports; one serves a whole batch. It holds no
/// GIL-bound reference, so it can live across `Python::detach`.
pub(crate) struct Converter {
    k: Keys,
    /// Python strings for `&'static str` values, by address and length.
    statics: RefCell<HashMap<(usize, usize), Py<PyString>>>,
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
    byte_start = "byte_start", byte_end = "byte_end", text = "text", label = "label",
    value = "value", rule = "rule", id = "id", name = "name", titles = "titles",
    gender = "gender", mentions = "mentions", kind = "kind", content = "content", cue = "cue",
    speaker = "speaker", type_ = "type", person = "person",
}

impl Converter {
    pub(crate) fn new(py: Python<'_>) -> Converter {
        Converter {
            k: Keys::new(py),
            statics: RefCell::new(HashMap::new()),
            ints: RefCell::new(Vec::new()),
        }
    }

    /// The report as a dict.
    pub(crate) fn report<'py>(&self, py: Python<'py>, r: &Report) -> PyResult<Bound<'py, PyDict>> {
        let k = &self.k;
        let d = PyDict::new(py);
        d.set_item(k.schema.bind(py), r.schema)?;
        d.set_item(k.date.bind(py), r.date.as_deref())?;
        d.set_item(k.paragraphs.bind(py), self.spans(py, &r.paragraphs)?)?;
        d.set_item(k.sentences.bind(py), self.spans(py, &r.sentences)?)?;
        let entities = r
            .entities
            .iter()
            .map(|e| self.entity(py, e))
            .collect::<PyResult<Vec<_>>>()?;
        d.set_item(k.entities.bind(py), PyList::new(py, entities)?)?;
        let people = r
            .people
            .iter()
            .map(|p| self.person(py, p))
            .collect::<PyResult<Vec<_>>>()?;
        d.set_item(k.people.bind(py), PyList::new(py, people)?)?;
        let quotes = r
            .quotes
            .iter()
            .map(|q| self.quote(py, q))
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
    fn span<'py>(&self, py: Python<'py>, s: &SpanOut) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        self.span_into(py, &d, s)?;
        Ok(d)
    }

    /// The span's fields, for the structures that flatten one in.
    fn span_into<'py>(&self, py: Python<'py>, d: &Bound<'py, PyDict>, s: &SpanOut) -> PyResult<()> {
        let k = &self.k;
        let start = self.int(py, s.start)?;
        let end = self.int(py, s.end)?;
        d.set_item(k.start.bind(py), &start)?;
        d.set_item(k.end.bind(py), &end)?;
        // In ASCII text the byte offsets are the code-point offsets.
        if s.byte_start == s.start {
            d.set_item(k.byte_start.bind(py), start)?;
        } else {
            d.set_item(k.byte_start.bind(py), self.int(py, s.byte_start)?)?;
        }
        if s.byte_end == s.end {
            d.set_item(k.byte_end.bind(py), end)?;
        } else {
            d.set_item(k.byte_end.bind(py), self.int(py, s.byte_end)?)?;
        }
        d.set_item(k.text.bind(py), PyString::new(py, &s.text))
    }

    fn spans<'py>(&self, py: Python<'py>, spans: &[SpanOut]) -> PyResult<Bound<'py, PyList>> {
        let items = spans
            .iter()
            .map(|s| self.span(py, s))
            .collect::<PyResult<Vec<_>>>()?;
        PyList::new(py, items)
    }

    fn entity<'py>(&self, py: Python<'py>, e: &EntityOut) -> PyResult<Bound<'py, PyDict>> {
        let k = &self.k;
        let d = self.span(py, &e.span)?;
        d.set_item(k.label.bind(py), self.static_str(py, e.label))?;
        if let Some(v) = &e.value {
            d.set_item(k.value.bind(py), PyString::new(py, v))?;
        }
        d.set_item(k.rule.bind(py), self.static_str(py, e.rule))?;
        Ok(d)
    }

    fn person<'py>(&self, py: Python<'py>, p: &PersonOut) -> PyResult<Bound<'py, PyDict>> {
        let k = &self.k;
        let d = PyDict::new(py);
        d.set_item(k.id.bind(py), self.int(py, p.id)?)?;
        d.set_item(k.name.bind(py), PyString::new(py, &p.name))?;
        d.set_item(k.titles.bind(py), PyList::new(py, &p.titles)?)?;
        if let Some(g) = p.gender {
            d.set_item(k.gender.bind(py), self.static_str(py, g))?;
        }
        d.set_item(k.mentions.bind(py), self.spans(py, &p.mentions)?)?;
        Ok(d)
    }

    fn speaker<'py>(&self, py: Python<'py>, s: &SpeakerOut) -> PyResult<Bound<'py, PyDict>> {
        let k = &self.k;
        let d = self.span(py, &s.span)?;
        d.set_item(k.type_.bind(py), self.static_str(py, s.kind))?;
        match s.person {
            Some(p) => d.set_item(k.person.bind(py), self.int(py, p)?)?,
            None => d.set_item(k.person.bind(py), py.None())?,
        }
        d.set_item(k.name.bind(py), PyString::new(py, &s.name))?;
        Ok(d)
    }

    fn quote<'py>(&self, py: Python<'py>, q: &QuoteOut) -> PyResult<Bound<'py, PyDict>> {
        let k = &self.k;
        let d = self.span(py, &q.span)?;
        d.set_item(k.kind.bind(py), self.static_str(py, q.kind))?;
        d.set_item(k.content.bind(py), self.spans(py, &q.content)?)?;
        match &q.cue {
            Some(c) => d.set_item(k.cue.bind(py), self.span(py, c)?)?,
            None => d.set_item(k.cue.bind(py), py.None())?,
        }
        match &q.speaker {
            Some(s) => d.set_item(k.speaker.bind(py), self.speaker(py, s)?)?,
            None => d.set_item(k.speaker.bind(py), py.None())?,
        }
        d.set_item(k.rule.bind(py), self.static_str(py, q.rule))?;
        Ok(d)
    }
}
