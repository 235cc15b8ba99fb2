//! Throughput of the reportage library on a JSON-lines file, measured the way
//! `python/bench/bench.py` measures `Extractor.analyze_many` from Python.
//!
//! ```text
//! cargo run --release -p reportage-bench -- ../shared/data/quotes/polnear_train.jsonl --jobs 1 2
//! ```
//!
//! Reads the "text" of every line, then for each `--jobs` value and output
//! runs the whole set `--rounds` times and prints the best round as
//! documents/s and MB/s (10^6 bytes of text per second), and the CPU time of
//! a round (all threads, the mean of the rounds, from `/proc/self/stat` in
//! clock ticks of 10 ms; on a shared machine it moves less than the clock):
//!
//! - report: every document's `Report` (the owned form of the JSON contract,
//!   what the Python dicts hold), as `Extractor::analyze_many` returns them;
//! - json: every document's report as a JSON string (as `extract --jsonl`);
//! - analysis: the `Analysis` alone (no report), dropped at once.

use reportage::{Analysis, Extractor, Report};
use std::time::{Duration, Instant};

fn main() {
    let mut file = None;
    let mut jobs = vec![1, 2];
    let mut rounds = 5;
    let mut repeat = 1;
    let mut modes = vec!["report".to_string(), "json".to_string()];
    let mut args = std::env::args().skip(1).peekable();
    while let Some(a) = args.next() {
        let mut values = || {
            let mut v = Vec::new();
            while let Some(x) = args.next_if(|x| !x.starts_with("--")) {
                v.push(x);
            }
            v
        };
        match a.as_str() {
            "--jobs" => {
                jobs = values()
                    .iter()
                    .map(|j| j.parse().expect("--jobs N..."))
                    .collect()
            }
            "--rounds" => rounds = values()[0].parse().expect("--rounds N"),
            "--repeat" => repeat = values()[0].parse().expect("--repeat N"),
            "--modes" => modes = values(),
            _ => file = Some(a),
        }
    }
    let file = file.expect("usage: batch FILE.jsonl [--jobs N...] [--rounds N] [--repeat N] [--modes report json analysis]");
    let data = std::fs::read_to_string(&file).expect("readable UTF-8 file");
    let mut texts = Vec::new();
    for line in data.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
        texts.push(v["text"].as_str().expect("a \"text\" field").to_string());
    }
    let texts: Vec<String> = texts
        .iter()
        .cycle()
        .take(texts.len() * repeat)
        .cloned()
        .collect();
    let bytes: usize = texts.iter().map(String::len).sum();
    println!("{} texts, {:.2} MB", texts.len(), bytes as f64 / 1e6);
    let ex = Extractor::new();
    for &j in &jobs {
        for mode in &modes {
            let mut best = Duration::MAX;
            let mut cpu_sum = Some(0.0);
            for _ in 0..rounds {
                let c = cpu();
                let t = Instant::now();
                // The outputs are dropped after the clock stops, as the
                // Python bench drops its dicts after its clock stops.
                let out = match mode.as_str() {
                    "report" => Out::Reports(run(&ex, &texts, j, |_, a| a.report())),
                    "json" => Out::Json(run(&ex, &texts, j, |_, a| {
                        serde_json::to_string(&a.report()).unwrap()
                    })),
                    "analysis" => Out::Counts(run(&ex, &texts, j, |_, a| a.quotes.len())),
                    m => panic!("unknown mode {m}"),
                };
                best = best.min(t.elapsed());
                cpu_sum = cpu_sum
                    .zip(c.zip(cpu()))
                    .map(|(sum, (c0, c1))| sum + c1 - c0);
                let n = match &out {
                    Out::Reports(r) => r.iter().map(|r| r.quotes.len()).sum::<usize>(),
                    Out::Json(j) => j.iter().map(String::len).sum(),
                    Out::Counts(c) => c.iter().sum(),
                };
                std::hint::black_box(n);
            }
            // A round's CPU time is counted in whole ticks: the mean over the
            // rounds evens that out.
            let cpu_ms = cpu_sum.map_or("      ?".to_string(), |c| {
                format!("{:7.1}", c * 1e3 / rounds as f64)
            });
            let s = best.as_secs_f64();
            println!(
                "rust   {mode:<10} jobs {j}: {:8.1} ms {:8.0} docs/s {:6.1} MB/s cpu {cpu_ms} ms",
                s * 1e3,
                texts.len() as f64 / s,
                bytes as f64 / s / 1e6
            );
        }
    }
}

/// The CPU time of this process so far, all threads (user and system), in
/// seconds: fields 14 and 15 of `/proc/self/stat`, in clock ticks (100 a
/// second on Linux). `None` where there is no such file. The outputs are
/// dropped after it is read, as the Python bench reads its clock before it
/// drops its dicts.
fn cpu() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // The command name (field 2) is in parentheses and may hold spaces.
    let rest = &stat[stat.rfind(')')? + 1..];
    let mut fields = rest.split_whitespace().skip(11);
    let utime: f64 = fields.next()?.parse().ok()?;
    let stime: f64 = fields.next()?.parse().ok()?;
    Some((utime + stime) / 100.0)
}

/// What a round made.
enum Out {
    Reports(Vec<Report>),
    Json(Vec<String>),
    Counts(Vec<usize>),
}

/// Every text through the batch API on `jobs` threads, `f` on the workers;
/// the results gathered in input order on this thread.
fn run<T: Send>(
    ex: &Extractor,
    texts: &[String],
    jobs: usize,
    f: impl for<'a> Fn(&'a &str, Analysis<'a>) -> T + Sync,
) -> Vec<T> {
    let mut out = Vec::with_capacity(texts.len());
    let done: Result<(), std::convert::Infallible> =
        ex.analyze_stream(jobs, texts.iter().map(|t| Ok(t.as_str())), f, |_, r| {
            out.push(r);
            Ok(())
        });
    done.unwrap();
    out
}
