//! Many documents on many threads, results in input order, in bounded memory.
//!
//! Three entry points, from the simplest:
//!
//! ```text
//! reportage::analyze_many(docs, jobs) -> Vec<Report>
//! Extractor::analyze_many(&self, docs, jobs) -> Vec<Report>
//!     docs: impl IntoIterator<Item = D>, D: Document
//!
//! Extractor::analyze_stream(&self, jobs, docs, each, sink) -> Result<(), E>
//!     docs: impl IntoIterator<Item = Result<D, E>>    pulled on the caller's thread
//!     each: impl for<'a> Fn(&'a D, Analysis<'a>) -> R + Sync    runs on the workers
//!     sink: impl FnMut(D, R) -> Result<(), E>          runs on the caller's thread, in input order
//!     where D: Document (Send), R: Send
//!
//! batch::map_ordered(jobs, items, size, work, sink) -> Result<(), E>
//!     items: impl IntoIterator<Item = Result<T, E>>    pulled on the caller's thread
//!     size:  impl Fn(&T) -> usize                      bytes, to cut hand-overs
//!     work:  impl Fn(T) -> R + Sync                    runs on the workers
//!     sink:  impl FnMut(R) -> Result<(), E>            runs on the caller's thread, in input order
//!     where T: Send, R: Send
//! ```
//!
//! A [`Document`] is a text and an optional publication date: `&str`,
//! `String`, `Box<str>`, `Arc<str>`, `Cow<str>`, or a pair `(text, Option<Date>)`
//! of one of those. An id, if the caller has one, is the caller's business:
//! keep it in your own document type (implement [`Document`] for it), and
//! `each` and `sink` get the document back.
//!
//! How it runs (`analyze_stream` is `map_ordered` with the analysis in
//! `work`):
//!
//! - `jobs` worker threads (`0` means one per available core; at most
//!   [`MAX_JOBS`]), scoped by [`std::thread::scope`], so `each` and `work` may
//!   borrow from the caller. With `jobs == 1` everything runs on the caller's
//!   thread, in turn.
//! - The caller's thread pulls the input (the iterator need not be `Send`),
//!   hands it to the workers in batches (up to [`BATCH_ITEMS`] items or
//!   [`BATCH_BYTES`] bytes: one hand-over per batch, not per document), and
//!   gives the results to `sink` in input order. Each worker takes the next
//!   batch as soon as it is free, so a long document holds up only its batch.
//! - At most [`BATCHES_PER_JOB`] batches per worker are in flight (read, being
//!   worked on, or waiting for their turn at the sink), so memory stays flat
//!   whatever the length of the input.
//! - An `Err` from the input stops the run after every item before it went to
//!   `sink`; the error is returned. An `Err` from `sink` stops the run at once
//!   (nothing after that item goes to `sink`) and is returned. A panic in
//!   `work` or `each` is raised again on the caller's thread when its turn
//!   comes, after every item before it went to `sink`.
//! - The output does not depend on `jobs`.
//!
//! ```
//! use reportage::batch::Document;
//! use reportage::{Date, Extractor};
//!
//! // The caller's own document type: an id, a text, a date.
//! struct Doc {
//!     id: u32,
//!     text: String,
//!     date: Option<Date>,
//! }
//! impl Document for Doc {
//!     fn text(&self) -> &str {
//!         &self.text
//!     }
//!     fn date(&self) -> Option<Date> {
//!         self.date
//!     }
//! }
//!
//! // The input, e.g. records read from a file; reading one may fail.
//! let records = [
//!     (7, "Ana Ruiz said it would rain on Monday.", "2025-11-20"),
//!     (8, "\"We are ready,\" the mayor said.", "2025-11-21"),
//! ];
//! let docs = records.into_iter().map(|(id, text, date)| {
//!     let date = Some(date.parse::<Date>()?);
//!     Ok::<_, reportage::Error>(Doc { id, text: text.to_string(), date })
//! });
//! let ex = Extractor::new();
//! let mut lines = Vec::new();
//! ex.analyze_stream(
//!     2,
//!     docs,
//!     // On the workers: the analysis to JSON.
//!     |_doc, a| serde_json::to_string(&a.report()).unwrap(),
//!     // On this thread, in input order.
//!     |doc, json| {
//!         lines.push(format!("{} {json}", doc.id));
//!         Ok(())
//!     },
//! )?;
//! assert!(lines[0].starts_with("7 {"));
//! assert!(lines[1].starts_with("8 {"));
//! # Ok::<(), reportage::Error>(())
//! ```

use crate::analysis::Analysis;
use crate::date::Date;
use crate::extractor::Extractor;
use crate::output::Report;
use std::any::Any;
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{sync_channel, Receiver, SyncSender};
use std::sync::{Arc, Mutex};

/// The most worker threads a batch run starts; a larger `jobs` is taken as this.
pub const MAX_JOBS: usize = 256;

/// Batches in flight per worker thread (read, being worked on, or waiting for
/// their turn at the sink): enough to keep every thread busy when document
/// sizes vary, few enough that memory stays flat.
pub const BATCHES_PER_JOB: usize = 4;

/// A batch holds at most this many items…
pub const BATCH_ITEMS: usize = 16;

/// …and is cut once its items reach this many bytes.
pub const BATCH_BYTES: usize = 1 << 16;

/// A document to analyse: its text, and its publication date if known (see
/// [`Extractor::analyze_dated`]).
pub trait Document: Send {
    /// The text.
    fn text(&self) -> &str;
    /// The publication date; `None` (the default) leaves it to a `date
    /// YYYY-MM-DD` marker in the text.
    fn date(&self) -> Option<Date> {
        None
    }
}

impl Document for &str {
    fn text(&self) -> &str {
        self
    }
}

impl Document for String {
    fn text(&self) -> &str {
        self
    }
}

impl Document for Box<str> {
    fn text(&self) -> &str {
        self
    }
}

impl Document for Arc<str> {
    fn text(&self) -> &str {
        self
    }
}

impl Document for Cow<'_, str> {
    fn text(&self) -> &str {
        self
    }
}

impl<S: AsRef<str> + Send> Document for (S, Option<Date>) {
    fn text(&self) -> &str {
        self.0.as_ref()
    }
    fn date(&self) -> Option<Date> {
        self.1
    }
}

/// The number of worker threads for `jobs`: `0` is one per available core.
fn threads(jobs: usize) -> usize {
    let n = if jobs == 0 {
        std::thread::available_parallelism().map_or(1, |n| n.get())
    } else {
        jobs
    };
    n.min(MAX_JOBS)
}

impl Extractor {
    /// Analyse every document on `jobs` threads (`0`: one per core) and
    /// return their reports in input order. All reports are kept in memory;
    /// for a long input use [`Extractor::analyze_stream`]. See the
    /// [`batch`](crate::batch) module.
    ///
    /// ```
    /// let ex = reportage::Extractor::new();
    /// let reports = ex.analyze_many(["It rained.", "date 2025-11-20 Ana Ruiz spoke."], 2);
    /// assert_eq!(reports[1].people[0].name, "Ana Ruiz");
    /// ```
    pub fn analyze_many<D: Document>(
        &self,
        docs: impl IntoIterator<Item = D>,
        jobs: usize,
    ) -> Vec<Report> {
        let mut out = Vec::new();
        let done: Result<(), std::convert::Infallible> = self.analyze_stream(
            jobs,
            docs.into_iter().map(Ok),
            |_, a| a.report(),
            |_, r| {
                out.push(r);
                Ok(())
            },
        );
        match done {
            Ok(()) => out,
            Err(never) => match never {},
        }
    }

    /// Analyse a stream of documents on `jobs` threads (`0`: one per core):
    /// `each` turns a document and its analysis into a result on a worker,
    /// and `sink` receives the document and its result on this thread, in
    /// input order. Memory stays bounded; an error from `docs` or `sink`
    /// stops the run cleanly. See the [`batch`](crate::batch) module for the
    /// details and an example.
    pub fn analyze_stream<D, E, R>(
        &self,
        jobs: usize,
        docs: impl IntoIterator<Item = Result<D, E>>,
        each: impl for<'a> Fn(&'a D, Analysis<'a>) -> R + Sync,
        mut sink: impl FnMut(D, R) -> Result<(), E>,
    ) -> Result<(), E>
    where
        D: Document,
        R: Send,
    {
        map_ordered(
            jobs,
            docs,
            |d| d.text().len(),
            |d| {
                let r = each(&d, self.analyze_dated(d.text(), d.date()));
                (d, r)
            },
            |(d, r)| sink(d, r),
        )
    }
}

/// Analyse every document with the default extractor on `jobs` threads
/// (`0`: one per core); the reports in input order. See
/// [`Extractor::analyze_many`].
///
/// ```
/// let reports = reportage::analyze_many(vec!["One.".to_string(), "Two. Three.".into()], 0);
/// assert_eq!(reports[1].sentences.len(), 2);
/// ```
pub fn analyze_many<D: Document>(docs: impl IntoIterator<Item = D>, jobs: usize) -> Vec<Report> {
    crate::DEFAULT.analyze_many(docs, jobs)
}

/// What a worker sends back: the results of a batch, up to a panic if one
/// happened (then the rest of the batch was not worked on).
struct Done<R> {
    results: Vec<R>,
    panic: Option<Box<dyn Any + Send>>,
}

/// How a parallel run ended.
enum End<E> {
    Finished,
    Failed(E),
    Panicked(Box<dyn Any + Send>),
}

/// Run `work` on every item on `jobs` threads (`0`: one per core) and give
/// the results to `sink` in input order, on this thread. See the
/// [`batch`](crate::batch) module: `items` is pulled on this thread and may
/// end the run with an `Err`; `size` says how many bytes an item holds (to
/// cut batches; return `0` to cut by count only); `sink` may end the run with
/// an `Err`.
///
/// ```
/// let mut out = Vec::new();
/// reportage::batch::map_ordered(
///     4,
///     (1..=100u64).map(Ok::<_, String>),
///     |_| 8,
///     |n| n * n,
///     |sq| {
///         out.push(sq);
///         Ok(())
///     },
/// )
/// .unwrap();
/// assert_eq!(out, (1..=100u64).map(|n| n * n).collect::<Vec<_>>());
/// ```
pub fn map_ordered<T, R, E>(
    jobs: usize,
    items: impl IntoIterator<Item = Result<T, E>>,
    size: impl Fn(&T) -> usize,
    work: impl Fn(T) -> R + Sync,
    mut sink: impl FnMut(R) -> Result<(), E>,
) -> Result<(), E>
where
    T: Send,
    R: Send,
{
    let jobs = threads(jobs);
    let mut items = items.into_iter();
    if jobs == 1 {
        for item in items {
            sink(work(item?))?;
        }
        return Ok(());
    }
    let window = BATCHES_PER_JOB * jobs;
    let stop = AtomicBool::new(false);
    let (work_tx, work_rx) = sync_channel::<(usize, Vec<T>)>(window);
    let work_rx: Mutex<Receiver<(usize, Vec<T>)>> = Mutex::new(work_rx);
    let end = std::thread::scope(|s| {
        let (done_tx, done_rx) = sync_channel::<(usize, Done<R>)>(window);
        for _ in 0..jobs {
            let done_tx = done_tx.clone();
            let (work_rx, work, stop) = (&work_rx, &work, &stop);
            s.spawn(move || loop {
                // The lock is held only while waiting for the next batch.
                let next = work_rx.lock().map(|rx| rx.recv());
                let Ok(Ok((seq, batch))) = next else { break };
                if stop.load(Ordering::Relaxed) {
                    continue; // drain what is queued, work on none of it
                }
                let mut results = Vec::with_capacity(batch.len());
                let panic = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    for item in batch {
                        results.push(work(item));
                    }
                }))
                .err();
                if done_tx.send((seq, Done { results, panic })).is_err() {
                    break;
                }
            });
        }
        drop(done_tx);
        let end = feed_and_drain(&mut items, &size, &mut sink, window, &work_tx, &done_rx);
        // Stop the workers: those still busy finish their batch, queued
        // batches are dropped, and a closed result queue ends every loop.
        stop.store(true, Ordering::Relaxed);
        drop(work_tx);
        drop(done_rx);
        end
    });
    match end {
        End::Finished => Ok(()),
        End::Failed(e) => Err(e),
        End::Panicked(p) => std::panic::resume_unwind(p),
    }
}

/// The caller's side of a parallel run: pull items into batches while there
/// is room in the window, hand them out, and deliver the results that are in
/// turn as soon as they are back.
fn feed_and_drain<T, R, E>(
    items: &mut impl Iterator<Item = Result<T, E>>,
    size: &impl Fn(&T) -> usize,
    sink: &mut impl FnMut(R) -> Result<(), E>,
    window: usize,
    work_tx: &SyncSender<(usize, Vec<T>)>,
    done_rx: &Receiver<(usize, Done<R>)>,
) -> End<E> {
    let mut order = InOrder {
        pending: BTreeMap::new(),
        delivered: 0,
    };
    let mut sent = 0usize;
    let mut input_error: Option<E> = None;
    let mut input_done = false;
    let send = |sent: &mut usize, batch: Vec<T>| {
        // The work queue holds the window and the workers outlive it.
        let queued = work_tx.send((*sent, batch));
        debug_assert!(queued.is_ok(), "the workers outlive the work queue");
        *sent += 1;
    };
    loop {
        // Fill the window.
        let mut batch = Vec::new();
        let mut bytes = 0usize;
        while !input_done && sent - order.delivered < window {
            match items.next() {
                None => input_done = true,
                Some(Err(e)) => {
                    input_error = Some(e);
                    input_done = true;
                }
                Some(Ok(item)) => {
                    bytes = bytes.saturating_add(size(&item));
                    batch.push(item);
                    if batch.len() >= BATCH_ITEMS || bytes >= BATCH_BYTES {
                        bytes = 0;
                        send(&mut sent, std::mem::take(&mut batch));
                        // Deliver what is already back, without waiting.
                        while let Ok((seq, done)) = done_rx.try_recv() {
                            if let Some(end) = order.take(seq, done, sink) {
                                return end;
                            }
                        }
                    }
                }
            }
        }
        if !batch.is_empty() {
            // A partial batch goes out too: the input ended, or the window
            // is full and it must not wait for the results.
            send(&mut sent, batch);
        }
        if sent == order.delivered {
            return match input_error {
                Some(e) => End::Failed(e),
                None => End::Finished,
            };
        }
        // Wait for a result (every batch in flight gets one).
        match done_rx.recv() {
            Ok((seq, done)) => {
                if let Some(end) = order.take(seq, done, sink) {
                    return end;
                }
            }
            Err(_) => unreachable!("a worker answers every batch until stopped"),
        }
    }
}

/// Results waiting for their turn at the sink.
struct InOrder<R> {
    pending: BTreeMap<usize, Done<R>>,
    /// Batches given to the sink.
    delivered: usize,
}

impl<R> InOrder<R> {
    /// Keep batch `seq`'s results and give the sink every batch now in turn;
    /// `Some` when the run must end (a sink error or a panic).
    fn take<E>(
        &mut self,
        seq: usize,
        done: Done<R>,
        sink: &mut impl FnMut(R) -> Result<(), E>,
    ) -> Option<End<E>> {
        self.pending.insert(seq, done);
        while let Some(Done { results, panic }) = self.pending.remove(&self.delivered) {
            for r in results {
                if let Err(e) = sink(r) {
                    return Some(End::Failed(e));
                }
            }
            if let Some(p) = panic {
                return Some(End::Panicked(p));
            }
            self.delivered += 1;
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn threads_are_bounded() {
        assert_eq!(threads(3), 3);
        assert_eq!(threads(usize::MAX), MAX_JOBS);
        assert!(threads(0) >= 1);
    }
}
