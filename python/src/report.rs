//! `reportage.Report`: the report of one text of `Extractor.analyze_many`,
//! kept as the Rust offsets the workers made, and turned into Python objects
//! only when read, one key at a time.
//!
//! A batch's reports share one `Converter` (its interned keys, templates and
//! cached ints and strs), behind a mutex that is only ever tried: when it is
//! busy (another thread reads a report of the same batch while the GIL was
//! let go, or a finaliser run in the middle of a build reads one), the value
//! is built with a converter of its own, never waited for. Each key's value
//! is kept once made (a `PyOnceLock` set after the build, never held during
//! it: two threads may both build a value, the first one stored is the one
//! every reader gets).

use crate::convert::{Converter, Offsets, Part};
use crate::json::to_json;
use pyo3::exceptions::PyKeyError;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyDict, PyString, PyTuple, PyType};
use std::sync::{Arc, Mutex, TryLockError};

/// The converter the reports of one batch share.
pub(crate) type Shared = Arc<Mutex<Converter>>;

/// The report of one text, as returned by ``Extractor.analyze_many``: a
/// read-only mapping with the keys and values of the dict ``analyze`` returns
/// (the JSON schema), in the same order. Each value is made on first access,
/// as plain dicts and lists, and kept: ``r["quotes"] is r["quotes"]``.
///
/// ``to_dict()`` makes the whole plain dict (new, sharing nothing with the
/// report), ``to_json()`` the crate's JSON. A report equals the dict of the
/// same analysis, and pickles as that dict.
#[pyclass(frozen, mapping, module = "reportage", name = "Report")]
pub(crate) struct PyReport {
    /// The document, as given (the texts of the spans are cut from it).
    source: Py<PyString>,
    /// The document as UTF-8 (what the offsets' bytes index).
    text: String,
    offsets: Offsets,
    conv: Shared,
    parts: [PyOnceLock<Py<PyAny>>; 7],
}

impl PyReport {
    pub(crate) fn new(source: Py<PyString>, text: String, offsets: Offsets, conv: Shared) -> Self {
        PyReport {
            source,
            text,
            offsets,
            conv,
            parts: std::array::from_fn(|_| PyOnceLock::new()),
        }
    }

    /// The value of `part`, made on first use.
    fn part<'py>(&self, py: Python<'py>, part: Part) -> PyResult<Bound<'py, PyAny>> {
        let cell = &self.parts[part as usize];
        if let Some(v) = cell.get(py) {
            return Ok(v.bind(py).clone());
        }
        let v = self.build(py, |c, source, text, r| c.part(source, text, r, part))?;
        // Another thread may have stored its value meanwhile: that one stays.
        let _ = cell.set(py, v.unbind());
        Ok(cell.get(py).expect("set above").bind(py).clone())
    }

    /// `f` run with the batch's converter, or a new one if that is busy.
    fn build<'py, T>(
        &self,
        py: Python<'py>,
        f: impl FnOnce(&mut Converter, &Bound<'py, PyString>, &str, &Offsets) -> PyResult<T>,
    ) -> PyResult<T> {
        let source = self.source.bind(py);
        match self.conv.try_lock() {
            Ok(mut c) => f(&mut c, source, &self.text, &self.offsets),
            // A panic in a build left it: its caches hold only finished objects.
            Err(TryLockError::Poisoned(c)) => {
                f(&mut c.into_inner(), source, &self.text, &self.offsets)
            }
            Err(TryLockError::WouldBlock) => {
                f(&mut Converter::new(py)?, source, &self.text, &self.offsets)
            }
        }
    }

    /// A dict of the kept values (made where not yet): for comparing.
    fn as_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        for (part, name) in Part::ALL.into_iter().zip(Part::NAMES) {
            d.set_item(name, self.part(py, part)?)?;
        }
        Ok(d)
    }

    /// The part a key names (a str among the keys).
    fn key(key: &Bound<'_, PyAny>) -> Option<Part> {
        let s = key.cast::<PyString>().ok()?;
        Part::named(&s.to_cow().ok()?)
    }
}

/// A `collections.abc` view class (KeysView, ValuesView, ItemsView).
fn view<'py>(py: Python<'py>, name: &str) -> PyResult<Bound<'py, PyType>> {
    static VIEWS: PyOnceLock<Py<PyTuple>> = PyOnceLock::new();
    let views = VIEWS.get_or_try_init(py, || -> PyResult<_> {
        let abc = py.import("collections.abc")?;
        Ok(PyTuple::new(
            py,
            [
                abc.getattr("KeysView")?,
                abc.getattr("ValuesView")?,
                abc.getattr("ItemsView")?,
            ],
        )?
        .unbind())
    })?;
    let i = ["KeysView", "ValuesView", "ItemsView"]
        .iter()
        .position(|&n| n == name)
        .expect("a view class");
    Ok(views.bind(py).get_item(i)?.cast_into::<PyType>()?)
}

#[pymethods]
impl PyReport {
    fn __getitem__<'py>(&self, key: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
        match PyReport::key(key) {
            Some(part) => self.part(key.py(), part),
            None => Err(PyKeyError::new_err(key.clone().unbind())),
        }
    }

    /// The value of ``key``, or ``default`` if it is not a key of a report.
    #[pyo3(signature = (key, default=None))]
    fn get<'py>(
        &self,
        key: &Bound<'py, PyAny>,
        default: Option<Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let py = key.py();
        match PyReport::key(key) {
            Some(part) => self.part(py, part),
            None => Ok(default.unwrap_or_else(|| py.None().into_bound(py))),
        }
    }

    fn __contains__(&self, key: &Bound<'_, PyAny>) -> bool {
        PyReport::key(key).is_some()
    }

    fn __len__(&self) -> usize {
        Part::ALL.len()
    }

    fn __iter__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(PyTuple::new(py, Part::NAMES)?.try_iter()?.into_any())
    }

    /// The keys, in the contract's order (a ``KeysView``).
    fn keys<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        view(slf.py(), "KeysView")?.call1((slf,))
    }

    /// The values (a ``ValuesView``): reading them makes them all.
    fn values<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        view(slf.py(), "ValuesView")?.call1((slf,))
    }

    /// The (key, value) pairs (an ``ItemsView``).
    fn items<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        view(slf.py(), "ItemsView")?.call1((slf,))
    }

    /// The report as a new plain dict, equal to what ``analyze`` returns for
    /// the same text; it shares no dict or list with this report.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        self.build(py, |c, source, text, r| c.report(source, text, r))
    }

    /// The report as one line of JSON (the crate's, as ``analyze_json``
    /// writes it).
    fn to_json(&self, py: Python<'_>) -> String {
        py.detach(|| to_json(&self.offsets, &self.text))
    }

    fn __eq__<'py>(&self, other: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
        let py = other.py();
        let other = if let Ok(r) = other.cast::<PyReport>() {
            r.get().as_dict(py)?
        } else if let Ok(d) = other.cast::<PyDict>() {
            d.clone()
        } else {
            return Ok(py.NotImplemented().into_bound(py));
        };
        Ok(self
            .as_dict(py)?
            .eq(other)?
            .into_pyobject(py)?
            .to_owned()
            .into_any())
    }

    fn __repr__(&self) -> String {
        let r = &self.offsets;
        let date = r.date.map_or("None".to_string(), |d| format!("'{d}'"));
        format!(
            "<Report date={date} paragraphs={} sentences={} entities={} people={} quotes={}>",
            r.paragraphs.len(),
            r.sentences.len(),
            r.entities.len(),
            r.people.len(),
            r.quotes.len()
        )
    }

    /// Pickles as its plain dict (``pickle.loads`` gives that dict).
    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        let dict = py.get_type::<PyDict>();
        (dict, (self.to_dict(py)?,)).into_pyobject(py)
    }
}
