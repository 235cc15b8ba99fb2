//! `reportage._reportage`: the Python binding of the reportage crate.
//!
//! The Python package `reportage` re-exports what is defined here; its type
//! stubs are `reportage/_reportage.pyi`. Analysis runs with the GIL released;
//! only the building of the Python objects (`convert`, `tables`, `report`)
//! holds it.

mod convert;
mod json;
mod objects;
mod report;
mod tables;

use convert::{offsets, Converter, Offsets};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyDate, PyDateAccess, PyDict, PyList, PyString};
use report::PyReport;
use reportage::{Date, Gender, Label, Report};
use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};
use tables::{Tables, Want};

/// The date of one document: `None`, a `"YYYY-MM-DD"` string or a `datetime.date`.
fn date_arg(obj: Option<&Bound<'_, PyAny>>) -> PyResult<Option<Date>> {
    let Some(obj) = obj.filter(|o| !o.is_none()) else {
        return Ok(None);
    };
    if let Ok(s) = obj.cast::<PyString>() {
        return s
            .to_cow()?
            .parse::<Date>()
            .map(Some)
            .map_err(|e| PyValueError::new_err(e.to_string()));
    }
    if let Ok(d) = obj.cast::<PyDate>() {
        // datetime.datetime is a date too: its time of day is dropped.
        return Date::new(d.get_year(), d.get_month().into(), d.get_day().into())
            .map(Some)
            .ok_or_else(|| PyValueError::new_err(format!("date out of range: {d}")));
    }
    Err(PyTypeError::new_err(format!(
        "date must be None, a 'YYYY-MM-DD' string or a datetime.date, not {}",
        obj.get_type().name()?
    )))
}

/// Finds sentences, entities, people and attributed quotes in English news.
///
/// Build one with your additions to the word lists, then call `analyze` or
/// `analyze_many` as often as you like; it is safe to share between threads.
///
/// All arguments are keyword-only:
///
/// - ``organizations``, ``people``, ``places``, ``titles``: names to add to the
///   embedded word lists ("Brightwater Ferries", "Tova Lindqvist",
///   "Kramatorsk", "harbour master").
/// - ``speech_verbs``: speech verbs, base form ("opine"); their inflections
///   are derived.
/// - ``entities``: ``(label, name)`` pairs for any label ("EVENT",
///   "Harbour Lights Festival"; "FAC", "Quayside Hall").
/// - ``exclude``: texts never to make an entity of (false positives).
/// - ``patterns``: ``(label, regex)`` pairs: every match of the regular
///   expression (Rust regex syntax) is an entity with that label.
/// - ``given_names``: a dict of given name to "male", "female" or None (tells
///   no gender), over the embedded list; with ``replace_given_names=True``
///   it replaces that list.
/// - ``quotes``: run the quote pass (default True). False skips it: the
///   reports have no quotes, and the rest comes in a half to three quarters
///   of the time.
///
/// Raises ValueError when an entry holds no word, a label or gender is
/// unknown, or a pattern does not compile.
#[pyclass(frozen, module = "reportage")]
struct Extractor {
    inner: reportage::Extractor,
    repr: String,
}

/// An entity label by its OntoNotes name ("PERSON", "EVENT", ...).
fn label_arg(label: &str) -> PyResult<Label> {
    label.parse::<Label>().map_err(|_| {
        let all: Vec<&str> = Label::ALL.iter().map(Label::as_str).collect();
        PyValueError::new_err(format!(
            "unknown label {label:?}: expected one of {}",
            all.join(", ")
        ))
    })
}

/// Options of `Extractor(...)`, as given, for `repr`.
fn describe(lists: &[(&str, &Option<Vec<String>>)], quotes: bool) -> String {
    let mut parts: Vec<String> = lists
        .iter()
        .filter_map(|(name, l)| {
            l.as_ref().map(|l| match l.len() {
                1 => format!("{name}=<1 entry>"),
                n => format!("{name}=<{n} entries>"),
            })
        })
        .collect();
    if !quotes {
        parts.push("quotes=False".to_string());
    }
    format!("Extractor({})", parts.join(", "))
}

#[pymethods]
impl Extractor {
    #[new]
    #[pyo3(signature = (*, organizations=None, people=None, places=None, titles=None, speech_verbs=None, entities=None, exclude=None, patterns=None, given_names=None, replace_given_names=false, quotes=true))]
    #[allow(clippy::too_many_arguments)]
    fn new(
        organizations: Option<Vec<String>>,
        people: Option<Vec<String>>,
        places: Option<Vec<String>>,
        titles: Option<Vec<String>>,
        speech_verbs: Option<Vec<String>>,
        entities: Option<Vec<(String, String)>>,
        exclude: Option<Vec<String>>,
        patterns: Option<Vec<(String, String)>>,
        given_names: Option<HashMap<String, Option<String>>>,
        replace_given_names: bool,
        quotes: bool,
    ) -> PyResult<Self> {
        let mut b = reportage::Extractor::builder();
        b.quotes(quotes);
        for (label, name) in entities.iter().flatten() {
            b.entity(label_arg(label)?, name);
        }
        for name in exclude.iter().flatten() {
            b.exclude(name);
        }
        for (label, regex) in patterns.iter().flatten() {
            b.pattern(label_arg(label)?, regex);
        }
        let mut genders = Vec::new();
        for (name, gender) in given_names.iter().flatten() {
            let g = match gender.as_deref() {
                None => None,
                Some(g) => Some(g.parse::<Gender>().map_err(|_| {
                    PyValueError::new_err(format!(
                        "given_names[{name:?}] must be 'male', 'female' (or 'm', 'f') or None, not {g:?}"
                    ))
                })?),
            };
            genders.push((name.clone(), g));
        }
        // Sorted, so the extractor does not depend on the dict's order.
        genders.sort_by(|a, b| a.0.cmp(&b.0));
        if replace_given_names {
            b.given_names(genders);
        } else {
            for (name, g) in &genders {
                b.given_name(name, *g);
            }
        }
        for o in organizations.iter().flatten() {
            b.organization(o);
        }
        for p in people.iter().flatten() {
            b.person(p);
        }
        for p in places.iter().flatten() {
            b.place(p);
        }
        for t in titles.iter().flatten() {
            b.title(t);
        }
        for v in speech_verbs.iter().flatten() {
            b.speech_verb(v);
        }
        let inner = b
            .build()
            .map_err(|e| PyValueError::new_err(e.to_string()))?;
        let count = |n: Option<usize>| n.map(|n| vec![String::new(); n]);
        let repr = describe(
            &[
                ("organizations", &organizations),
                ("people", &people),
                ("places", &places),
                ("titles", &titles),
                ("speech_verbs", &speech_verbs),
                ("entities", &count(entities.as_ref().map(Vec::len))),
                ("exclude", &exclude),
                ("patterns", &count(patterns.as_ref().map(Vec::len))),
                (
                    "given_names",
                    &count(given_names.as_ref().map(HashMap::len)),
                ),
            ],
            quotes,
        );
        Ok(Extractor { inner, repr })
    }

    /// Analyse one text; returns its report as a dict (the JSON schema).
    ///
    /// ``date`` is the publication date (a ``"YYYY-MM-DD"`` string or a
    /// ``datetime.date``) that relative dates ("on Thursday", "next week") are
    /// resolved against; when None, a leading ``date YYYY-MM-DD`` line of the
    /// text gives it, if there is one.
    #[pyo3(signature = (text, date=None))]
    fn analyze<'py>(
        &self,
        text: &Bound<'py, PyString>,
        date: Option<&Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        analyze_one(&self.inner, text, date)
    }

    /// Analyse one text; returns its report as one line of JSON (the schema
    /// of ``analyze``, as ``extract --jsonl`` writes it, without the id).
    #[pyo3(signature = (text, date=None))]
    fn analyze_json(
        &self,
        py: Python<'_>,
        text: String,
        date: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<String> {
        let date = date_arg(date)?;
        Ok(py.detach(|| json(&report(&self.inner, &text, date))))
    }

    /// Analyse many texts on ``jobs`` threads; returns their reports, in input order.
    ///
    /// ``texts`` is a sequence (or any iterable) of str. ``jobs`` is the
    /// number of threads (default: all cores). ``dates``, when given, holds
    /// one date per text (each None, a ``"YYYY-MM-DD"`` string or a
    /// ``datetime.date``). The analysis runs without the GIL.
    ///
    /// Each report is a ``reportage.Report``: a read-only mapping with the
    /// keys and values of ``analyze``'s dict, each value made when first
    /// read (``to_dict()`` makes the whole dict). With ``dicts=True`` the
    /// reports are plain dicts instead, built on the calling thread while the
    /// workers go on.
    #[pyo3(signature = (texts, jobs=None, dates=None, *, dicts=false))]
    fn analyze_many<'py>(
        &self,
        py: Python<'py>,
        texts: &Bound<'py, PyAny>,
        jobs: Option<usize>,
        dates: Option<&Bound<'py, PyAny>>,
        dicts: bool,
    ) -> PyResult<Bound<'py, PyList>> {
        let input = inputs(texts, dates)?;
        let jobs = jobs_arg(jobs)?;
        if dicts {
            return self.dicts(py, input, jobs);
        }
        let mut done = Vec::with_capacity(input.sources.len());
        py.detach(|| {
            self.inner.analyze_stream(
                jobs,
                input.docs(),
                |_, a| offsets(&a),
                |(text, _), offsets| {
                    done.push((text, offsets));
                    Ok(())
                },
            )
        })?;
        let conv: report::Shared = Arc::new(Mutex::new(Converter::new(py)?));
        let reports = input
            .sources
            .into_iter()
            .zip(done)
            .map(|(source, (text, offsets))| {
                Py::new(py, PyReport::new(source, text, offsets, conv.clone()))
            })
            .collect::<PyResult<Vec<_>>>()?;
        PyList::new(py, reports)
    }

    /// Analyse many texts on ``jobs`` threads; returns their reports as tables.
    ///
    /// The result is a dict of table name to table, each table a dict of
    /// column name to list (one item per row), so that
    /// ``pandas.DataFrame(result["quotes"])`` or
    /// ``pyarrow.table(result["quotes"])`` is a table of every quote of the
    /// batch. Every row has ``doc``, the index of its text in ``texts``.
    /// ``tables`` names the tables to make (default: documents, quotes,
    /// people, entities); the others are content, mentions, sentences and
    /// paragraphs. Offsets are code points (index the str with them).
    /// ``texts``, ``jobs`` and ``dates`` are those of ``analyze_many``.
    #[pyo3(signature = (texts, jobs=None, dates=None, tables=None))]
    fn analyze_tables<'py>(
        &self,
        py: Python<'py>,
        texts: &Bound<'py, PyAny>,
        jobs: Option<usize>,
        dates: Option<&Bound<'py, PyAny>>,
        tables: Option<&Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyDict>> {
        let want = Want::new(table_names(tables)?)?;
        let input = inputs(texts, dates)?;
        let jobs = jobs_arg(jobs)?;
        let (done, out) = self.in_order(
            py,
            &input,
            jobs,
            Tables::new(want),
            |out, source, text, r| out.add(source, text, r),
        )?;
        done?;
        out.finish(py)
    }

    /// Like ``analyze_many``, but each report is one line of JSON (str),
    /// made on the worker threads.
    #[pyo3(signature = (texts, jobs=None, dates=None))]
    fn analyze_many_json<'py>(
        &self,
        py: Python<'py>,
        texts: &Bound<'py, PyAny>,
        jobs: Option<usize>,
        dates: Option<&Bound<'py, PyAny>>,
    ) -> PyResult<Vec<String>> {
        let input = inputs(texts, dates)?;
        let jobs = jobs_arg(jobs)?;
        let mut out = Vec::with_capacity(input.sources.len());
        py.detach(|| {
            self.inner.analyze_stream(
                jobs,
                input.docs(),
                |_, a| json(&a.report()),
                |_, line| {
                    out.push(line);
                    Ok(())
                },
            )
        })?;
        Ok(out)
    }

    fn __repr__(&self) -> String {
        self.repr.clone()
    }
}

impl Extractor {
    /// The reports of a batch as plain dicts (``analyze_many(dicts=True)``).
    fn dicts<'py>(
        &self,
        py: Python<'py>,
        input: Inputs,
        jobs: usize,
    ) -> PyResult<Bound<'py, PyList>> {
        let out: Vec<Py<PyAny>> = Vec::with_capacity(input.sources.len());
        let state = (out, Converter::new(py)?);
        let (done, (out, conv)) =
            self.in_order(py, &input, jobs, state, |(out, conv), source, text, r| {
                out.push(conv.report(source, text, r)?.into_any().unbind());
                Ok(())
            })?;
        drop(conv);
        done?;
        PyList::new(py, out)
    }

    /// Analyses `input` on `jobs` workers, which compute each report's
    /// offsets, and hands the reports to `each` on this thread, with the GIL,
    /// in input order, while the workers go on: `each(state, source, text,
    /// offsets)`, `source` the document's str and `text` its UTF-8 copy.
    /// `state` moves to the detached closure and back, so that a state that
    /// is Send but not Sync (a converter) is dropped with the GIL held. The
    /// outputs hold no cycles: the cyclic collector is paused meanwhile (it
    /// scanned them again and again, a tenth of the time), and on again, if
    /// it was, when this returns. Returns the batch's outcome and the state.
    fn in_order<S: Send>(
        &self,
        py: Python<'_>,
        input: &Inputs,
        jobs: usize,
        mut state: S,
        mut each: impl FnMut(&mut S, &Bound<'_, PyString>, &str, &Offsets) -> PyResult<()> + Send,
    ) -> PyResult<(PyResult<()>, S)> {
        let _gc = GcPause::new(py)?;
        let ex = &self.inner;
        let sources = &input.sources;
        let mut n = 0;
        Ok(py.detach(move || {
            let done = ex.analyze_stream(
                jobs,
                input.docs(),
                |_, a| offsets(&a),
                |(text, _), offsets| {
                    Python::attach(|py| {
                        each(&mut state, sources[n].bind(py), &text, &offsets)?;
                        n += 1;
                        Ok(())
                    })
                },
            );
            (done, state)
        }))
    }
}

/// The names in ``tables=``: None, or an iterable of str (not one str).
fn table_names(tables: Option<&Bound<'_, PyAny>>) -> PyResult<Option<Vec<String>>> {
    let Some(tables) = tables.filter(|t| !t.is_none()) else {
        return Ok(None);
    };
    if tables.is_instance_of::<PyString>() {
        return Err(PyTypeError::new_err(format!(
            "tables must be a sequence of table names, not one str (tables=[{:?}])",
            tables.cast::<PyString>()?.to_cow()?
        )));
    }
    tables
        .try_iter()?
        .map(|t| {
            let t = t?;
            Ok(t.cast::<PyString>()
                .map_err(|_| PyTypeError::new_err("tables must hold str (table names)"))?
                .to_cow()?
                .into_owned())
        })
        .collect::<PyResult<Vec<String>>>()
        .map(Some)
}

/// Turns Python's cyclic garbage collector off while it lives, and back on
/// (if it was on) when dropped.
struct GcPause<'py> {
    gc: Option<Bound<'py, PyModule>>,
}

impl<'py> GcPause<'py> {
    fn new(py: Python<'py>) -> PyResult<GcPause<'py>> {
        let gc = py.import("gc")?;
        if gc.call_method0("isenabled")?.is_truthy()? {
            gc.call_method0("disable")?;
            Ok(GcPause { gc: Some(gc) })
        } else {
            Ok(GcPause { gc: None })
        }
    }
}

impl Drop for GcPause<'_> {
    fn drop(&mut self) {
        if let Some(gc) = &self.gc {
            let _ = gc.call_method0("enable");
        }
    }
}

/// Analyse and build the report (off the GIL).
fn report(ex: &reportage::Extractor, text: &str, date: Option<Date>) -> Report {
    ex.analyze_dated(text, date).report()
}

fn json(r: &Report) -> String {
    serde_json::to_string(r).expect("a report always serialises")
}

fn jobs_arg(jobs: Option<usize>) -> PyResult<usize> {
    match jobs {
        // 0 is the batch API's "one per core".
        None => Ok(0),
        Some(0) => Err(PyValueError::new_err(
            "jobs must be at least 1 (or None for one thread per core)",
        )),
        Some(n) => Ok(n),
    }
}

/// The texts of a batch (as str) and their dates.
struct Inputs {
    sources: Vec<Py<PyString>>,
    dates: Vec<Option<Date>>,
}

impl Inputs {
    /// The documents, for `analyze_stream`: each text is copied out of its
    /// str (as UTF-8) when the batch pulls it, with the GIL taken for that
    /// while, so the copies are made as the workers go on, not all before
    /// they start, and only a few are held at a time.
    fn docs(&self) -> impl Iterator<Item = PyResult<(String, Option<Date>)>> + '_ {
        self.sources
            .iter()
            .zip(&self.dates)
            .map(|(s, &d)| Python::attach(|py| Ok((s.bind(py).to_cow()?.into_owned(), d))))
    }
}

/// The texts and dates of a batch (each text a str, checked here).
fn inputs(texts: &Bound<'_, PyAny>, dates: Option<&Bound<'_, PyAny>>) -> PyResult<Inputs> {
    if texts.is_instance_of::<PyString>() {
        return Err(PyTypeError::new_err(
            "texts must be a sequence of str, not one str (use analyze for one text)",
        ));
    }
    let mut sources = Vec::with_capacity(texts.len().unwrap_or(0));
    for (i, t) in texts.try_iter()?.enumerate() {
        let t = t?;
        let s = t.cast::<PyString>().map_err(|_| {
            PyTypeError::new_err(format!(
                "texts[{i}] is a {}, not a str",
                t.get_type().name().map_or("?".into(), |n| n.to_string())
            ))
        })?;
        sources.push(s.clone().unbind());
    }
    let mut dates_out = vec![None; sources.len()];
    if let Some(dates) = dates.filter(|d| !d.is_none()) {
        if dates.is_instance_of::<PyString>() {
            return Err(PyTypeError::new_err(
                "dates must be a sequence with one date per text, not one str",
            ));
        }
        let mut n = 0;
        for (i, d) in dates.try_iter()?.enumerate() {
            let d = d?;
            let Some(date) = dates_out.get_mut(i) else {
                n = i + 1;
                continue;
            };
            *date = date_arg(Some(&d)).map_err(|e| {
                let err = PyValueError::new_err(format!("dates[{i}]: {}", e.value(d.py())));
                if e.is_instance_of::<PyTypeError>(d.py()) {
                    PyTypeError::new_err(format!("dates[{i}]: {}", e.value(d.py())))
                } else {
                    err
                }
            })?;
            n = i + 1;
        }
        if n != sources.len() {
            return Err(PyValueError::new_err(format!(
                "dates holds {n} dates for {} texts: give one per text (None where unknown)",
                sources.len()
            )));
        }
    }
    Ok(Inputs {
        sources,
        dates: dates_out,
    })
}

/// The default extractor of the module-level functions, built on first use.
fn default_extractor() -> &'static reportage::Extractor {
    static DEFAULT: OnceLock<reportage::Extractor> = OnceLock::new();
    DEFAULT.get_or_init(reportage::Extractor::new)
}

/// Analyse one text with the default extractor; returns its report as a dict.
///
/// ``date`` is the publication date (a ``"YYYY-MM-DD"`` string or a
/// ``datetime.date``) that relative dates are resolved against; when None, a
/// leading ``date YYYY-MM-DD`` line of the text gives it, if there is one.
#[pyfunction]
#[pyo3(signature = (text, date=None))]
fn analyze<'py>(
    text: &Bound<'py, PyString>,
    date: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyAny>> {
    analyze_one(default_extractor(), text, date)
}

/// The report of one text as a dict.
fn analyze_one<'py>(
    ex: &reportage::Extractor,
    text: &Bound<'py, PyString>,
    date: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyAny>> {
    let py = text.py();
    let date = date_arg(date)?;
    let s = text.to_cow()?;
    let offsets = py.detach(|| offsets(&ex.analyze_dated(&s, date)));
    Ok(Converter::new(py)?.report(text, &s, &offsets)?.into_any())
}

/// Analyse one text with the default extractor; returns its report as one line of JSON.
#[pyfunction]
#[pyo3(signature = (text, date=None))]
fn analyze_json(py: Python<'_>, text: String, date: Option<&Bound<'_, PyAny>>) -> PyResult<String> {
    let date = date_arg(date)?;
    Ok(py.detach(|| json(&report(default_extractor(), &text, date))))
}

/// The rules an entity or quote can name: dicts of ``id``, ``what`` (one
/// line) and ``example`` (a text it fires on).
#[pyfunction]
fn rules(py: Python<'_>) -> PyResult<Bound<'_, PyList>> {
    let items = reportage::rule::rules()
        .map(|r| {
            let d = pyo3::types::PyDict::new(py);
            d.set_item("id", r.rule.id())?;
            d.set_item("what", r.what)?;
            d.set_item("example", r.example)?;
            Ok(d)
        })
        .collect::<PyResult<Vec<_>>>()?;
    PyList::new(py, items)
}

#[pymodule]
fn _reportage(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Extractor>()?;
    m.add_class::<PyReport>()?;
    m.add_function(wrap_pyfunction!(analyze, m)?)?;
    m.add_function(wrap_pyfunction!(analyze_json, m)?)?;
    m.add_function(wrap_pyfunction!(rules, m)?)?;
    m.add("SCHEMA_VERSION", reportage::SCHEMA_VERSION)?;
    m.add("TABLES", pyo3::types::PyTuple::new(m.py(), tables::TABLES)?)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
