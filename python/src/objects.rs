//! The Python objects both outputs (`convert`'s dicts, `tables`' columns)
//! share and make once: ints by value, strs of `&'static str`s (labels,
//! kinds, rule ids) by address, the strings of one document by content, and
//! lists made at their length.
//!
//! Ints and strs are immutable, so one object serves every place that holds
//! the same value, as equal as separate copies, and cheaper to make and to
//! keep.

use pyo3::ffi;
use pyo3::prelude::*;
use pyo3::types::{PyInt, PyList, PyString};
use reportage::SpanOffsets;
use std::collections::hash_map::Entry;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// A hasher for the caches' keys (addresses, texts): one multiply per word.
/// A text longer than 16 bytes is hashed by its length and its first and
/// last eight bytes, which tell a document's texts apart well enough (an
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

/// A hash map keyed with [`WordHasher`].
pub(crate) type Map<K, V> = HashMap<K, V, BuildHasherDefault<WordHasher>>;

/// Offsets below this are cached as Python ints (a few MB at most).
const INT_CACHE: usize = 1 << 20;

/// Python ints by value, filled on demand up to `INT_CACHE`: `get(v)` is `v`.
#[derive(Default)]
pub(crate) struct Ints(Vec<Py<PyInt>>);

impl Ints {
    /// Makes the ints up to `v` (below `INT_CACHE`), so that `cached` finds
    /// every value up to `v` after it.
    pub(crate) fn grow(&mut self, py: Python<'_>, v: usize) {
        while self.0.len() <= v.min(INT_CACHE - 1) {
            self.0.push(new_int(py, self.0.len()).unbind());
        }
    }

    /// The int `v`, if made.
    pub(crate) fn cached(&self, v: usize) -> Option<&Py<PyInt>> {
        self.0.get(v)
    }

    /// The int `v` (a new reference).
    pub(crate) fn get<'py>(&mut self, py: Python<'py>, v: usize) -> Bound<'py, PyInt> {
        self.grow(py, v);
        match self.0.get(v) {
            Some(i) => i.bind(py).clone(),
            None => new_int(py, v),
        }
    }
}

fn new_int(py: Python<'_>, v: usize) -> Bound<'_, PyInt> {
    v.into_pyobject(py).unwrap_or_else(|e| match e {})
}

/// Python strings of `&'static str` values, by address and length.
#[derive(Default)]
pub(crate) struct Statics(Map<(usize, usize), Py<PyString>>);

impl Statics {
    /// The str of `s`, made on first use.
    pub(crate) fn get(&mut self, py: Python<'_>, s: &'static str) -> &Py<PyString> {
        self.0
            .entry((s.as_ptr() as usize, s.len()))
            .or_insert_with(|| PyString::new(py, s).unbind())
    }
}

/// The strings of one document, by content: a name, a cue, a one-sentence
/// paragraph come back many times in a report (nearly half of the span
/// texts of a news article repeat an earlier one), so one str serves them
/// all.
pub(crate) struct DocStrings<'a, 'py> {
    py: Python<'py>,
    /// The document, as a str and as UTF-8.
    source: &'a Bound<'py, PyString>,
    text: &'a str,
    made: Map<&'a str, Bound<'py, PyString>>,
}

impl<'a, 'py> DocStrings<'a, 'py> {
    /// The strings of `text`, which is `source` as UTF-8, with room for
    /// about `n` of them.
    pub(crate) fn new(
        source: &'a Bound<'py, PyString>,
        text: &'a str,
        n: usize,
    ) -> DocStrings<'a, 'py> {
        DocStrings {
            py: source.py(),
            source,
            text,
            made: Map::with_capacity_and_hasher(n, Default::default()),
        }
    }

    /// A string of the document (a name, a value), shared with the equal
    /// strings made before.
    pub(crate) fn string(&mut self, s: &'a str) -> &Bound<'py, PyString> {
        let py = self.py;
        self.made.entry(s).or_insert_with(|| PyString::new(py, s))
    }

    /// The text of a span, shared with the equal strings made before. A new
    /// one is cut from the document's str by code points: a copy of its
    /// characters, where making it from UTF-8 would decode them. (Making the
    /// ASCII ones from UTF-8, which CPython copies a word at a time, saves
    /// nothing measurable: 0.3% of the instructions of `analyze_many`, none
    /// of `analyze_tables`.)
    pub(crate) fn slice(&mut self, s: &SpanOffsets) -> PyResult<&Bound<'py, PyString>> {
        let t = &self.text[s.byte_start..s.byte_end];
        match self.made.entry(t) {
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
}

/// A list of `n` items made by `item(i)`, in order.
pub(crate) fn list<'py>(
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
