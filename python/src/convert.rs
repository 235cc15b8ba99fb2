//! The report of an analysis as plain Python dicts and lists: the JSON
//! contract's schema (`serde_json` of `reportage::Report`), key for key and in
//! the same order (the tests compare the two).
//!
//! It comes in two steps. On the worker threads, [`Offsets::new`] turns an
//! `Analysis` into what the dicts need besides the text: code-point and byte
//! offsets, labels, names (moved out of the analysis, not copied). On the
//! caller's thread, with the GIL, a [`Converter`] builds the dicts, cutting
//! each span's text from the document's str. That second step is the serial
//! part of `Extractor.analyze_many`, and its cost decides how close Python
//! comes to the crate's own throughput. So one `Converter` serves a whole
//! batch: the keys are interned once, the few `&'static str` values (labels,
//! kinds, rule ids) become Python strings once each, and so do the offsets
//! (ints are immutable: one object per value serves every span, as CPython
//! does for the small ints); within a document, equal strings are one str.
//! Most of what is left is CPython's own work: storing a value in a dict
//! (`PyDict_SetItem`), about 1,600 times per news article.

use pyo3::ffi;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyInt, PyList, PyString};
use reportage::{Analysis, CharIndex, Span, SCHEMA_VERSION};
use std::collections::hash_map::Entry;
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
    /// How many spans the report holds.
    fn spans(&self) -> usize {
        let mentions: usize = self.people.iter().map(|p| p.mentions.len()).sum();
        let quoted: usize = self.quotes.iter().map(|q| 3 + q.content.len()).sum();
        self.paragraphs.len() + self.sentences.len() + self.entities.len() + mentions + quoted
    }

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
    /// Python strings for `&'static str` values, by address and length.
    statics: Statics,
    /// Templates with fixed values set (an entity's label and rule, a
    /// quote's kind and rule, a speaker's type), by template and values.
    presets: Presets,
    /// Python ints for offsets, by value: `ints[v]` is `v`.
    ints: Vec<Py<PyInt>>,
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
type Statics = HashMap<(usize, usize), Py<PyString>, BuildHasherDefault<WordHasher>>;

/// Templates with values set, by the template's address and the values'
/// addresses and lengths (`&'static str`s).
type Presets = HashMap<[usize; 5], Py<PyDict>, BuildHasherDefault<WordHasher>>;

/// The strings of one document, by content: a name, a cue, a one-sentence
/// paragraph come back many times in a report (nearly half of the span texts
/// of a news article repeat an earlier one), and str is immutable, so one
/// object serves them all, as equal as separate copies.
type Texts<'a, 'py> = HashMap<&'a str, Bound<'py, PyString>, BuildHasherDefault<WordHasher>>;

/// A hasher for the converter's keys (addresses, texts): one multiply per
/// word. A text longer than 16 bytes is hashed by its length and its first
/// and last eight bytes, which tell a document's texts apart well enough (an
/// equal hash is checked by comparing the texts).
#[derive(Default)]
pub(crate) struct WordHasher(u64);

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        let word = |b: &[u8]| {
            let mut w = [0u8; 8];
            w[..b.len()].copy_from_slice(b);
            u64::from_le_bytes(w)
        };
        let n = bytes.len();
        if n > 16 {
            self.write_u64(n as u64);
            self.write_u64(word(&bytes[..8]));
            self.write_u64(word(&bytes[n - 8..]));
        } else {
            self.write_u64(word(&bytes[..n.min(8)]));
            self.write_u64(word(&bytes[n.min(8)..]));
        }
    }
    fn write_u8(&mut self, n: u8) {
        self.write_u64(u64::from(n));
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

/// A list of `n` items made by `item(i)`, in order.
fn list<'py>(
    py: Python<'py>,
    n: usize,
    mut item: impl FnMut(usize) -> PyResult<Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyList>> {
    let len = isize::try_from(n).expect("a list fits in memory");
    // SAFETY: the GIL is held (`py`); PyList_New returns a new reference or
    // NULL with an exception set, which `from_owned_ptr_or_err` turns into
    // the error.
    let l = unsafe { Bound::from_owned_ptr_or_err(py, ffi::PyList_New(len))? };
    for i in 0..n {
        let v = item(i)?;
        // SAFETY: `l` is a new list of length `n` that nothing else has seen,
        // `i < n`, and slot `i` is still empty (NULL), so nothing is leaked;
        // PyList_SetItem steals the reference `into_ptr` hands over. On an
        // early return the list is dropped with its unfilled slots NULL,
        // which CPython's list deallocation allows.
        if unsafe { ffi::PyList_SetItem(l.as_ptr(), i as isize, v.into_ptr()) } != 0 {
            return Err(PyErr::fetch(py));
        }
    }
    // SAFETY: PyList_New made a list.
    Ok(unsafe { l.cast_into_unchecked() })
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
        Build {
            py: source.py(),
            source,
            text,
            k: &self.k,
            t: &self.t,
            cache: &mut self.cache,
            texts: Texts::with_capacity_and_hasher(r.spans(), Default::default()),
        }
        .report(r)
    }
}

/// One report being built.
struct Build<'c, 'a, 'py> {
    py: Python<'py>,
    /// The document, as a str and as UTF-8.
    source: &'a Bound<'py, PyString>,
    text: &'a str,
    k: &'c Keys,
    t: &'c Templates,
    cache: &'c mut Cache,
    /// The document's strings.
    texts: Texts<'a, 'py>,
}

impl<'a, 'py> Build<'_, 'a, 'py> {
    fn report(&mut self, r: &'a Offsets) -> PyResult<Bound<'py, PyDict>> {
        let (py, k) = (self.py, self.k);
        let d = copy(py, &self.t.report)?;
        set(&d, &k.schema, &SCHEMA_VERSION.into_pyobject(py)?)?;
        if let Some(date) = &r.date {
            set(&d, &k.date, &PyString::new(py, date))?;
        }
        set(&d, &k.paragraphs, &self.spans(&r.paragraphs)?)?;
        set(&d, &k.sentences, &self.spans(&r.sentences)?)?;
        let l = list(py, r.entities.len(), |i| {
            Ok(self.entity(&r.entities[i])?.into_any())
        })?;
        set(&d, &k.entities, &l)?;
        let l = list(py, r.people.len(), |i| {
            Ok(self.person(&r.people[i])?.into_any())
        })?;
        set(&d, &k.people, &l)?;
        let l = list(py, r.quotes.len(), |i| {
            Ok(self.quote(&r.quotes[i])?.into_any())
        })?;
        set(&d, &k.quotes, &l)?;
        Ok(d)
    }

    /// A string of the document (a span's text, a name, a value), shared
    /// with the equal strings made before.
    fn string(&mut self, s: &'a str) -> &Bound<'py, PyString> {
        let py = self.py;
        self.texts.entry(s).or_insert_with(|| PyString::new(py, s))
    }

    fn static_str(&mut self, s: &'static str) -> Bound<'py, PyString> {
        let py = self.py;
        self.cache
            .statics
            .entry((s.as_ptr() as usize, s.len()))
            .or_insert_with(|| PyString::new(py, s).unbind())
            .bind(py)
            .clone()
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
            set(&t, k, &self.static_str(v))?;
        }
        let d = copy(py, t.as_unbound())?;
        self.cache.presets.insert(key, t.unbind());
        Ok(d)
    }

    /// A new dict holding the span's fields.
    fn span(&mut self, s: &Sp) -> PyResult<Bound<'py, PyDict>> {
        let d = copy(self.py, &self.t.span)?;
        self.span_into(&d, s)?;
        Ok(d)
    }

    /// The span's fields, for the structures that flatten one in.
    fn span_into(&mut self, d: &Bound<'py, PyDict>, s: &Sp) -> PyResult<()> {
        let (py, k) = (self.py, self.k);
        let ints = &mut self.cache.ints;
        // The byte end is the largest of a span's offsets: the ints up to it
        // are made first, then borrowed (no reference taken and dropped).
        grow(py, ints, s.byte_end);
        let put = |key: &Py<PyString>, v: usize| match ints.get(v) {
            Some(i) => set(d, key, i.bind(py)),
            None => set(d, key, &new_int(py, v)),
        };
        put(&k.start, s.start)?;
        put(&k.end, s.end)?;
        put(&k.byte_start, s.byte_start)?;
        put(&k.byte_end, s.byte_end)?;
        put(&k.utf16_start, s.utf16_start)?;
        put(&k.utf16_end, s.utf16_end)?;
        set(d, &k.text, self.slice(s)?)
    }

    /// The text of a span, shared with the equal strings made before. A new
    /// one is cut from the document's str by code points: a copy of its
    /// characters, where making it from UTF-8 would decode them.
    fn slice(&mut self, s: &Sp) -> PyResult<&Bound<'py, PyString>> {
        let t = &self.text[s.byte_start..s.byte_end];
        match self.texts.entry(t) {
            Entry::Occupied(e) => Ok(e.into_mut()),
            Entry::Vacant(e) => {
                let (start, end) = (s.start as isize, s.end as isize);
                // SAFETY: the GIL is held and `source` is a live str; `start`
                // and `end` are code-point offsets within it (the UTF-8
                // `text` was copied from it, so it has the same code points).
                // PyUnicode_Substring returns a new reference or NULL with an
                // exception set.
                let slice = unsafe {
                    Bound::from_owned_ptr_or_err(
                        self.py,
                        ffi::PyUnicode_Substring(self.source.as_ptr(), start, end),
                    )?
                    .cast_into_unchecked()
                };
                Ok(e.insert(slice))
            }
        }
    }

    fn spans(&mut self, spans: &[Sp]) -> PyResult<Bound<'py, PyList>> {
        list(self.py, spans.len(), |i| {
            Ok(self.span(&spans[i])?.into_any())
        })
    }

    fn entity(&mut self, e: &'a EntityOff) -> PyResult<Bound<'py, PyDict>> {
        let (t, k) = (self.t, self.k);
        let template = match e.value {
            Some(_) => &t.entity_value,
            None => &t.entity,
        };
        let d = self.preset(template, (&k.label, e.label), Some((&k.rule, e.rule)))?;
        self.span_into(&d, &e.span)?;
        if let Some(v) = &e.value {
            set(&d, &k.value, self.string(v))?;
        }
        Ok(d)
    }

    fn person(&mut self, p: &'a PersonOff) -> PyResult<Bound<'py, PyDict>> {
        let (py, t, k) = (self.py, self.t, self.k);
        let d = match p.gender {
            Some(g) => self.preset(&t.person_gender, (&k.gender, g), None)?,
            None => copy(py, &t.person)?,
        };
        set(&d, &k.id, &int(py, &mut self.cache.ints, p.id))?;
        set(&d, &k.name, self.string(&p.name))?;
        let titles = list(py, p.titles.len(), |i| {
            Ok(self.string(&p.titles[i]).clone().into_any())
        })?;
        set(&d, &k.titles, &titles)?;
        set(&d, &k.mentions, &self.spans(&p.mentions)?)?;
        Ok(d)
    }

    fn speaker(&mut self, s: &'a SpeakerOff) -> PyResult<Bound<'py, PyDict>> {
        let (py, k) = (self.py, self.k);
        let d = self.preset(&self.t.speaker, (&k.type_, s.kind), None)?;
        self.span_into(&d, &s.span)?;
        if let Some(p) = s.person {
            set(&d, &k.person, &int(py, &mut self.cache.ints, p))?;
        }
        set(&d, &k.name, self.string(&s.name))?;
        Ok(d)
    }

    fn quote(&mut self, q: &'a QuoteOff) -> PyResult<Bound<'py, PyDict>> {
        let k = self.k;
        let d = self.preset(&self.t.quote, (&k.kind, q.kind), Some((&k.rule, q.rule)))?;
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

/// Offsets below this are cached as Python ints (a few MB at most).
const INT_CACHE: usize = 1 << 20;

/// The int `v`, from `ints` below `INT_CACHE` (filled on demand).
fn int<'py>(py: Python<'py>, ints: &mut Vec<Py<PyInt>>, v: usize) -> Bound<'py, PyInt> {
    grow(py, ints, v);
    match ints.get(v) {
        Some(i) => i.bind(py).clone(),
        None => new_int(py, v),
    }
}

/// Fills `ints` up to `v` (below `INT_CACHE`).
fn grow(py: Python<'_>, ints: &mut Vec<Py<PyInt>>, v: usize) {
    while ints.len() <= v.min(INT_CACHE - 1) {
        ints.push(new_int(py, ints.len()).unbind());
    }
}

fn new_int(py: Python<'_>, v: usize) -> Bound<'_, PyInt> {
    v.into_pyobject(py).unwrap_or_else(|e| match e {})
}
