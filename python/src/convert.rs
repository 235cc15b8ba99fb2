//! The report of an analysis as plain Python dicts and lists: the JSON
//! contract's schema (`serde_json` of `reportage::Report`), key for key and in
//! the same order (the tests compare the two).
//!
//! It comes in two steps. On the worker threads, [`offsets`] turns an
//! `Analysis` into what the dicts need besides the text: the crate's own
//! walk, `Report::with_spans`, keeping each span's offsets without its text
//! (an [`Offsets`]). On the caller's thread, with the GIL, a [`Converter`]
//! builds the dicts, cutting each span's text from the document's str: for
//! `analyze_many(dicts=True)` while the workers go on (the serial part of the
//! batch), for a `Report` (`report`) one key at a time when it is read. Its
//! cost decides how close Python comes to the crate's own throughput. So one
//! `Converter` serves a whole batch: the keys are interned once, the few
//! `&'static str` values (labels, kinds, rule ids) become Python strings
//! once each, and so do the offsets (see `objects`); within a document, equal
//! strings are one str.
//! Most of what is left is CPython's own work: storing a value in a dict
//! (`PyDict_SetItem`), about 1,600 times per news article.

use crate::objects::{list, DocStrings, Ints, Map, Statics};
use pyo3::ffi;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString};
use reportage::{
    Analysis, EntityOut, PersonOut, QuoteOut, Report, SpanOffsets, SpeakerOut, SCHEMA_VERSION,
};
use std::borrow::Cow;

/// Everything a report's dicts need but the text itself: made on a worker.
pub(crate) type Offsets = Report<SpanOffsets>;

/// The offsets of `a`'s report (on a worker).
pub(crate) fn offsets(a: &Analysis<'_>) -> Offsets {
    Report::with_spans(a, |_, o| o)
}

/// How many spans a report holds.
pub(crate) fn span_count(r: &Offsets) -> usize {
    Part::ALL.iter().map(|p| p.span_count(r)).sum()
}

/// A rule id that is a `&'static str` (always, in a report made by
/// `Report::with_spans`; one read back from JSON would own its string).
#[allow(clippy::ptr_arg)] // whether it borrows is the question, not the text
pub(crate) fn static_rule(rule: &Cow<'static, str>) -> Option<&'static str> {
    match rule {
        Cow::Borrowed(r) => Some(r),
        Cow::Owned(_) => None,
    }
}

/// Builds Python objects from reports; one serves a whole batch. It holds no
/// GIL-bound reference, so it can live across `Python::detach`.
///
/// Each kind of dict is a copy of a template that holds its keys, in order,
/// with `None` values, which are then replaced: CPython copies a dict's key
/// table whole, where inserting key by key probes, and resizes the table of
/// the dicts with more than five keys. Values are stored with
/// `PyDict_SetItem` on borrowed references (it takes its own), and lists are
/// made at their length and filled in place: no reference is taken and
/// dropped around each store. A store costs about as much as the copy of a
/// whole dict, so the values that come from a small set (an entity's label
/// and rule) are set once in a template of their own.
pub(crate) struct Converter {
    k: Keys,
    t: Templates,
    cache: Cache,
}

/// What a converter makes once and keeps for the batch.
#[derive(Default)]
struct Cache {
    /// Python strings for `&'static str` values.
    statics: Statics,
    /// Templates with fixed values set (an entity's label and rule, a
    /// quote's kind and rule, a speaker's type), by template and values.
    presets: Map<[usize; 5], Py<PyDict>>,
    /// Python ints for offsets.
    ints: Ints,
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

impl Keys {
    /// The report's keys, in the contract's order (that of `Part::ALL`).
    fn report(&self) -> [&Py<PyString>; 7] {
        [
            &self.schema,
            &self.date,
            &self.paragraphs,
            &self.sentences,
            &self.entities,
            &self.people,
            &self.quotes,
        ]
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

/// `d[key] = value`, every reference borrowed (the dict takes its own).
fn set<T>(d: &Bound<'_, PyDict>, key: &Py<PyString>, value: &Bound<'_, T>) -> PyResult<()> {
    // SAFETY: the GIL is held (`d` is bound to it) and the three pointers are
    // live objects for the whole call: `d` and `value` are owned by the
    // caller's `Bound`s, `key` by the converter. `PyDict_SetItem` does not
    // steal: it takes new references to the key and the value.
    let rc = unsafe { ffi::PyDict_SetItem(d.as_ptr(), key.as_ptr(), value.as_ptr()) };
    if rc == 0 {
        Ok(())
    } else {
        Err(PyErr::fetch(d.py()))
    }
}

/// A copy of a dict (of a template).
fn copy<'py>(py: Python<'py>, template: &Py<PyDict>) -> PyResult<Bound<'py, PyDict>> {
    // SAFETY: the GIL is held (`py`) and the template is a live dict;
    // PyDict_Copy returns a new reference to a new dict, or NULL with an
    // exception set, which `from_owned_ptr_or_err` turns into the error.
    unsafe {
        Ok(
            Bound::from_owned_ptr_or_err(py, ffi::PyDict_Copy(template.as_ptr()))?
                .cast_into_unchecked(),
        )
    }
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
            report: template(&k.report())?,
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
            cache: Cache::default(),
        })
    }

    /// The report of `text` as a dict; `source` is the same text as a str.
    pub(crate) fn report<'py>(
        &mut self,
        source: &Bound<'py, PyString>,
        text: &str,
        r: &Offsets,
    ) -> PyResult<Bound<'py, PyDict>> {
        self.build(source, text, span_count(r)).report(r)
    }

    /// The value of one key of the report of `text` (what `report` stores
    /// under that key).
    pub(crate) fn part<'py>(
        &mut self,
        source: &Bound<'py, PyString>,
        text: &str,
        r: &Offsets,
        part: Part,
    ) -> PyResult<Bound<'py, PyAny>> {
        self.build(source, text, part.span_count(r)).part(r, part)
    }

    fn build<'c, 'a, 'py>(
        &'c mut self,
        source: &'a Bound<'py, PyString>,
        text: &'a str,
        spans: usize,
    ) -> Build<'c, 'a, 'py> {
        Build {
            py: source.py(),
            k: &self.k,
            t: &self.t,
            cache: &mut self.cache,
            texts: DocStrings::new(source, text, spans),
        }
    }
}

/// The keys of a report, in the contract's order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Part {
    Schema,
    Date,
    Paragraphs,
    Sentences,
    Entities,
    People,
    Quotes,
}

impl Part {
    /// Every key, in order.
    pub(crate) const ALL: [Part; 7] = [
        Part::Schema,
        Part::Date,
        Part::Paragraphs,
        Part::Sentences,
        Part::Entities,
        Part::People,
        Part::Quotes,
    ];

    /// The key names, in order.
    pub(crate) const NAMES: [&'static str; 7] = [
        "schema",
        "date",
        "paragraphs",
        "sentences",
        "entities",
        "people",
        "quotes",
    ];

    /// The part named `name`.
    pub(crate) fn named(name: &str) -> Option<Part> {
        Part::NAMES
            .iter()
            .position(|&n| n == name)
            .map(|i| Part::ALL[i])
    }

    /// How many spans this part of `r` holds.
    fn span_count(self, r: &Offsets) -> usize {
        match self {
            Part::Schema | Part::Date => 0,
            Part::Paragraphs => r.paragraphs.len(),
            Part::Sentences => r.sentences.len(),
            Part::Entities => r.entities.len(),
            Part::People => r.people.iter().map(|p| p.mentions.len()).sum(),
            Part::Quotes => r.quotes.iter().map(|q| 3 + q.content.len()).sum(),
        }
    }
}

/// One report being built.
struct Build<'c, 'a, 'py> {
    py: Python<'py>,
    k: &'c Keys,
    t: &'c Templates,
    cache: &'c mut Cache,
    /// The document's strings.
    texts: DocStrings<'a, 'py>,
}

impl<'a, 'py> Build<'_, 'a, 'py> {
    fn report(&mut self, r: &'a Offsets) -> PyResult<Bound<'py, PyDict>> {
        let k = self.k;
        let d = copy(self.py, &self.t.report)?;
        let keys = k.report();
        for (part, key) in Part::ALL.into_iter().zip(keys) {
            // The template's None stays where there is no date.
            if part != Part::Date || r.date.is_some() {
                set(&d, key, &self.part(r, part)?)?;
            }
        }
        Ok(d)
    }

    /// The value of one key of the report.
    fn part(&mut self, r: &'a Offsets, part: Part) -> PyResult<Bound<'py, PyAny>> {
        let py = self.py;
        Ok(match part {
            Part::Schema => SCHEMA_VERSION.into_pyobject(py)?.into_any(),
            Part::Date => match &r.date {
                Some(date) => PyString::new(py, &date.to_string()).into_any(),
                None => py.None().into_bound(py),
            },
            Part::Paragraphs => self.spans(&r.paragraphs)?.into_any(),
            Part::Sentences => self.spans(&r.sentences)?.into_any(),
            Part::Entities => list(py, r.entities.len(), |i| {
                Ok(self.entity(&r.entities[i])?.into_any())
            })?
            .into_any(),
            Part::People => list(py, r.people.len(), |i| {
                Ok(self.person(&r.people[i])?.into_any())
            })?
            .into_any(),
            Part::Quotes => list(py, r.quotes.len(), |i| {
                Ok(self.quote(&r.quotes[i])?.into_any())
            })?
            .into_any(),
        })
    }

    fn static_str(&mut self, s: &'static str) -> Bound<'py, PyString> {
        self.cache.statics.get(self.py, s).bind(self.py).clone()
    }

    /// A copy of `template` with the keys `a` and `b` set to `&'static str`
    /// values; each such template is made once per batch, so a dict of this
    /// kind costs one copy, not a copy and two stores.
    fn preset(
        &mut self,
        template: &Py<PyDict>,
        a: (&Py<PyString>, &'static str),
        b: Option<(&Py<PyString>, &'static str)>,
    ) -> PyResult<Bound<'py, PyDict>> {
        let py = self.py;
        let key = [
            template.as_ptr() as usize,
            a.1.as_ptr() as usize,
            a.1.len(),
            b.map_or(0, |b| b.1.as_ptr() as usize),
            b.map_or(0, |b| b.1.len()),
        ];
        if let Some(t) = self.cache.presets.get(&key) {
            return copy(py, t);
        }
        let t = copy(py, template)?;
        for (k, v) in [Some(a), b].into_iter().flatten() {
            let v = self.static_str(v);
            set(&t, k, &v)?;
        }
        let d = copy(py, t.as_unbound())?;
        self.cache.presets.insert(key, t.unbind());
        Ok(d)
    }

    /// A new dict holding the span's fields.
    fn span(&mut self, s: &SpanOffsets) -> PyResult<Bound<'py, PyDict>> {
        let d = copy(self.py, &self.t.span)?;
        self.span_into(&d, s)?;
        Ok(d)
    }

    /// The span's fields, for the structures that flatten one in.
    fn span_into(&mut self, d: &Bound<'py, PyDict>, s: &SpanOffsets) -> PyResult<()> {
        let (py, k) = (self.py, self.k);
        let ints = &mut self.cache.ints;
        // The byte end is the largest of a span's offsets: the ints up to it
        // are made first, then borrowed (no reference taken and dropped).
        ints.grow(py, s.byte_end);
        let put = |key: &Py<PyString>, v: usize| match ints.cached(v) {
            Some(i) => set(d, key, i.bind(py)),
            None => set(d, key, &v.into_pyobject(py).unwrap_or_else(|e| match e {})),
        };
        put(&k.start, s.start)?;
        put(&k.end, s.end)?;
        put(&k.byte_start, s.byte_start)?;
        put(&k.byte_end, s.byte_end)?;
        put(&k.utf16_start, s.utf16_start)?;
        put(&k.utf16_end, s.utf16_end)?;
        set(d, &k.text, self.texts.slice(s)?)
    }

    fn spans(&mut self, spans: &[SpanOffsets]) -> PyResult<Bound<'py, PyList>> {
        list(self.py, spans.len(), |i| {
            Ok(self.span(&spans[i])?.into_any())
        })
    }

    /// A copy of `template` with `key` set to `v`, and the rule set: in the
    /// preset, or stored after (a rule that is not a `&'static str`).
    #[allow(clippy::ptr_arg)] // see `static_rule`
    fn preset_ruled(
        &mut self,
        template: &Py<PyDict>,
        (key, v): (&Py<PyString>, &'static str),
        rule: &Cow<'static, str>,
    ) -> PyResult<Bound<'py, PyDict>> {
        let k = self.k;
        match static_rule(rule) {
            Some(r) => self.preset(template, (key, v), Some((&k.rule, r))),
            None => {
                let d = self.preset(template, (key, v), None)?;
                set(&d, &k.rule, &PyString::new(self.py, rule))?;
                Ok(d)
            }
        }
    }

    fn entity(&mut self, e: &'a EntityOut<SpanOffsets>) -> PyResult<Bound<'py, PyDict>> {
        let (t, k) = (self.t, self.k);
        let template = match e.value {
            Some(_) => &t.entity_value,
            None => &t.entity,
        };
        let d = self.preset_ruled(template, (&k.label, e.label.as_str()), &e.rule)?;
        self.span_into(&d, &e.span)?;
        if let Some(v) = &e.value {
            set(&d, &k.value, self.texts.string(v))?;
        }
        Ok(d)
    }

    fn person(&mut self, p: &'a PersonOut<SpanOffsets>) -> PyResult<Bound<'py, PyDict>> {
        let (py, t, k) = (self.py, self.t, self.k);
        let d = match p.gender {
            Some(g) => self.preset(&t.person_gender, (&k.gender, g.as_str()), None)?,
            None => copy(py, &t.person)?,
        };
        set(&d, &k.id, &self.cache.ints.get(py, p.id))?;
        set(&d, &k.name, self.texts.string(&p.name))?;
        let titles = list(py, p.titles.len(), |i| {
            Ok(self.texts.string(&p.titles[i]).clone().into_any())
        })?;
        set(&d, &k.titles, &titles)?;
        set(&d, &k.mentions, &self.spans(&p.mentions)?)?;
        Ok(d)
    }

    fn speaker(&mut self, s: &'a SpeakerOut<SpanOffsets>) -> PyResult<Bound<'py, PyDict>> {
        let (py, k) = (self.py, self.k);
        let d = self.preset(&self.t.speaker, (&k.type_, s.kind.as_str()), None)?;
        self.span_into(&d, &s.span)?;
        if let Some(p) = s.person {
            set(&d, &k.person, &self.cache.ints.get(py, p))?;
        }
        set(&d, &k.name, self.texts.string(&s.name))?;
        Ok(d)
    }

    fn quote(&mut self, q: &'a QuoteOut<SpanOffsets>) -> PyResult<Bound<'py, PyDict>> {
        let k = self.k;
        let d = self.preset_ruled(&self.t.quote, (&k.kind, q.kind.as_str()), &q.rule)?;
        self.span_into(&d, &q.span)?;
        set(&d, &k.content, &self.spans(&q.content)?)?;
        // The template's None stays where there is no cue or speaker.
        if let Some(c) = &q.cue {
            set(&d, &k.cue, &self.span(c)?)?;
        }
        if let Some(s) = &q.speaker {
            set(&d, &k.speaker, &self.speaker(s)?)?;
        }
        Ok(d)
    }
}
