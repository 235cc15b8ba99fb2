//! The batch API (`reportage::batch`): results in input order for any number
//! of threads, the same as one document at a time, bounded documents in
//! flight, and a clean stop on an input error, a sink error or a panic.

use crate::properties::{ARTICLE, SHORT};
use reportage::batch::{map_ordered, Document, BATCHES_PER_JOB, BATCH_ITEMS};
use reportage::{Date, Extractor, Report};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// Documents of every size, some with dates, some with the marker.
fn documents() -> Vec<(String, Option<Date>)> {
    let mut docs = Vec::new();
    for i in 0..60 {
        let date = Date::new(2024, 1 + (i % 12) as u32, 1 + (i % 28) as u32);
        let text = match i % 6 {
            // Big enough to cut a batch by bytes (once in a while).
            4 if i % 24 == 4 => ARTICLE.repeat(12),
            0 | 4 => SHORT.to_string(),
            1 => ARTICLE.to_string(),
            2 => String::new(),
            3 => format!("\"Item {i} is ready,\" Mayor Ana Ruiz said on Monday."),
            _ => format!("date 2025-11-20 Talks {i} end on Friday, officials said."),
        };
        docs.push((text, if i % 4 == 0 { None } else { date }));
    }
    docs
}

#[test]
fn analyze_many_is_analyze_in_input_order_for_any_jobs() {
    let ex = Extractor::new();
    let docs = documents();
    let want: Vec<Report> = docs
        .iter()
        .map(|(t, d)| ex.analyze_dated(t, *d).report())
        .collect();
    for jobs in [1, 2, 3, 0] {
        let got = ex.analyze_many(docs.iter().map(|(t, d)| (t.as_str(), *d)), jobs);
        assert_eq!(got.len(), want.len(), "jobs {jobs}");
        for (i, (g, w)) in got.iter().zip(&want).enumerate() {
            assert_eq!(g, w, "jobs {jobs}, document {i}");
        }
    }
    // Plain texts, with the default extractor.
    let texts: Vec<&str> = docs.iter().map(|(t, _)| t.as_str()).collect();
    let plain = reportage::analyze_many(texts.iter().copied(), 2);
    for (i, t) in texts.iter().enumerate() {
        assert_eq!(plain[i], reportage::analyze(t).report(), "document {i}");
    }
}

/// A caller's own document type with an id.
struct Doc {
    id: usize,
    text: String,
    date: Option<Date>,
}

impl Document for Doc {
    fn text(&self) -> &str {
        &self.text
    }
    fn date(&self) -> Option<Date> {
        self.date
    }
}

#[test]
fn analyze_stream_serialises_on_the_workers_and_delivers_in_order() {
    let ex = Extractor::new();
    let docs = documents();
    let want: Vec<String> = docs
        .iter()
        .enumerate()
        .map(|(i, (t, d))| {
            format!(
                "{i} {}",
                serde_json::to_string(&ex.analyze_dated(t, *d).report()).unwrap()
            )
        })
        .collect();
    for jobs in [1, 2, 4] {
        // The input and the sink hold an Rc: neither needs to be Send.
        let pulled = Rc::new(Cell::new(0));
        let input = {
            let pulled = Rc::clone(&pulled);
            docs.iter().enumerate().map(move |(id, (text, date))| {
                pulled.set(pulled.get() + 1);
                Ok::<_, String>(Doc {
                    id,
                    text: text.clone(),
                    date: *date,
                })
            })
        };
        let got = Rc::new(RefCell::new(Vec::new()));
        let sink_got = Rc::clone(&got);
        ex.analyze_stream(
            jobs,
            input,
            |doc, a| {
                assert_eq!(a.text(), doc.text);
                serde_json::to_string(&a.report()).unwrap()
            },
            move |doc, json| {
                sink_got.borrow_mut().push(format!("{} {json}", doc.id));
                Ok(())
            },
        )
        .unwrap();
        assert_eq!(pulled.get(), docs.len());
        assert_eq!(*got.borrow(), want, "jobs {jobs}");
    }
}

/// The most items pulled from the input and not yet given to the sink.
fn in_flight_bound(jobs: usize) -> usize {
    BATCHES_PER_JOB * jobs * BATCH_ITEMS + BATCH_ITEMS
}

#[test]
fn map_ordered_keeps_order_and_bounds_the_items_in_flight() {
    for jobs in [1, 2, 3, 8] {
        let pulled = Cell::new(0usize);
        let mut delivered = 0usize;
        let mut most = 0usize;
        let local = [3u64, 5, 7]; // borrowed by the workers
        let items = (0..5000u64).map(|n| {
            pulled.set(pulled.get() + 1);
            Ok::<_, ()>(n)
        });
        map_ordered(
            jobs,
            items,
            // Every 97th item is big enough to cut its batch.
            |&n| if n % 97 == 0 { 1 << 20 } else { 10 },
            |n| {
                // Uneven work, so results come back out of order.
                let rounds = if n % 13 == 0 { 20_000 } else { 10 };
                let mut x = n;
                for _ in 0..rounds {
                    x = x
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(local[n as usize % 3]);
                }
                (n, x)
            },
            |(n, _)| {
                assert_eq!(n, delivered as u64, "jobs {jobs}: out of order");
                delivered += 1;
                most = most.max(pulled.get() - delivered);
                Ok(())
            },
        )
        .unwrap();
        assert_eq!(delivered, 5000);
        assert!(
            most <= in_flight_bound(jobs),
            "jobs {jobs}: {most} items in flight"
        );
    }
}

#[test]
fn an_input_error_stops_after_every_earlier_item() {
    for jobs in [1, 2, 4] {
        for bad in [0usize, 1, 15, 16, 17, 300] {
            let mut got = Vec::new();
            let items = (0..1000usize).map(|n| if n == bad { Err(n) } else { Ok(n) });
            let r = map_ordered(
                jobs,
                items,
                |_| 1,
                |n| n * 2,
                |x| {
                    got.push(x);
                    Ok(())
                },
            );
            assert_eq!(r, Err(bad), "jobs {jobs}");
            let want: Vec<usize> = (0..bad).map(|n| n * 2).collect();
            assert_eq!(got, want, "jobs {jobs}, bad item {bad}");
        }
    }
}

#[test]
fn a_sink_error_stops_at_once_and_reading_stops_soon_after() {
    for jobs in [1, 2, 4] {
        for stop_at in [0usize, 9, 16, 500] {
            let pulled = Cell::new(0usize);
            let mut calls = 0usize;
            // An endless input: the run must end by itself.
            let items = (0usize..).map(|n| {
                pulled.set(pulled.get() + 1);
                Ok::<_, String>(n)
            });
            let r = map_ordered(
                jobs,
                items,
                |_| 1,
                |n| n,
                |n| {
                    calls += 1;
                    if n == stop_at {
                        Err(format!("cannot write {n}"))
                    } else {
                        Ok(())
                    }
                },
            );
            assert_eq!(r, Err(format!("cannot write {stop_at}")));
            assert_eq!(calls, stop_at + 1, "jobs {jobs}: nothing after the error");
            assert!(
                pulled.get() <= stop_at + 1 + in_flight_bound(jobs),
                "jobs {jobs}: read {} items",
                pulled.get()
            );
        }
    }
}

#[test]
fn a_panic_in_the_work_reaches_the_caller_after_every_earlier_item() {
    for jobs in [2, 3] {
        let mut got = Vec::new();
        let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            map_ordered(
                jobs,
                (0..400usize).map(Ok::<_, ()>),
                |_| 1,
                |n| {
                    if n == 123 {
                        panic!("item {n} is cursed");
                    }
                    n
                },
                |n| {
                    got.push(n);
                    Ok(())
                },
            )
        }));
        let payload = r.expect_err("the panic reaches the caller");
        let msg = payload
            .downcast_ref::<String>()
            .cloned()
            .unwrap_or_default();
        assert_eq!(msg, "item 123 is cursed");
        assert_eq!(got, (0..123).collect::<Vec<_>>(), "jobs {jobs}");
    }
}

#[test]
fn the_document_types() {
    let date = Date::new(2025, 11, 20);
    let text = "It rained on Thursday.";
    let want = reportage::analyze_dated(text, date).report();
    let plain = reportage::analyze(text).report();
    assert_eq!(reportage::analyze_many([(text, date)], 2)[0], want);
    assert_eq!(
        reportage::analyze_many([(text.to_string(), date)], 2)[0],
        want
    );
    assert_eq!(reportage::analyze_many([text.to_string()], 2)[0], plain);
    assert_eq!(
        reportage::analyze_many([Box::<str>::from(text)], 2)[0],
        plain
    );
    assert_eq!(
        reportage::analyze_many([std::sync::Arc::<str>::from(text)], 2)[0],
        plain
    );
    assert_eq!(
        reportage::analyze_many([std::borrow::Cow::Borrowed(text)], 2)[0],
        plain
    );
    assert!(reportage::analyze_many(Vec::<String>::new(), 4).is_empty());
}
