//! Throughput benchmarks (MB/s) of the public API.
//!
//! ```text
//! cargo bench                      # everything (about two minutes)
//! cargo bench -- sentences         # one group: sentences | entities | analyze | report | init | hostile | news
//! cargo bench -- ^news/            # the real-news group alone
//! ```
//!
//! Groups, each with `Throughput::Bytes` so criterion prints MiB/s:
//! - `sentences`: `reportage::sentences` alone, with unicode-segmentation's
//!   `unicode_sentences` on the same text in the same group as the yardstick;
//! - `entities`: the passes up to entities and people (sentences, tokens, entities with
//!   values, people: an extractor built with `quotes(false)`), same texts, same yardstick;
//! - `analyze`: the whole pipeline (`reportage::analyze`), same texts, same yardstick;
//! - `report`: `analyze` + `Report` + `serde_json`, what `extract --jsonl` does per document;
//! - `init`: a cold `Extractor::new()` (matchers compiled again each time; the parsed
//!   word lists are process-wide statics, parsed on first use);
//! - `hostile`: text built to hurt (issue 5), next to ordinary news of the same size,
//!   so the ratio of the two MB/s figures reads off directly;
//! - `news`: `analyze` on real news, the `"text"` fields of
//!   `../shared/data/quotes/polnear_train.jsonl` (840 articles, about 12 MB, not part of
//!   the repo), each document analysed on its own, next to `unicode_sentences` over the
//!   same texts; the group says so and is skipped when the file is absent. Another file
//!   can be named with `REPORTAGE_NEWS_JSONL`.
//!
//! The texts are in `benches/texts/` (see its README). Every timed closure checks
//! an output count computed once before timing, so a broken fast path cannot
//! look fast.
//!
//! The passes are not public one by one: the cost of the entity and people passes
//! is `entities` minus `sentences` (and tokens), that of the quote pass `analyze`
//! minus `entities`.

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use std::time::Duration;
use unicode_segmentation::UnicodeSegmentation;

const SHORT: &str = include_str!("texts/short.txt");
const ARTICLE: &str = include_str!("texts/article.txt");
const LONG: &str = include_str!("texts/long.txt");

const TEXTS: [(&str, &str); 3] = [("short", SHORT), ("article", ARTICLE), ("long", LONG)];

/// Sizes of every layer: what each timed closure must reproduce.
fn counts(a: &reportage::Analysis<'_>) -> [usize; 5] {
    [
        a.paragraphs.len(),
        a.sentences.len(),
        a.entities.len(),
        a.people.len(),
        a.quotes.len(),
    ]
}

fn configure(g: &mut criterion::BenchmarkGroup<'_, criterion::measurement::WallTime>) {
    g.sample_size(10);
    g.warm_up_time(Duration::from_millis(500));
    g.measurement_time(Duration::from_secs(3));
}

/// The yardstick: UAX #29 sentences on the same text, in the same group.
fn bench_unicode_sentences(
    g: &mut criterion::BenchmarkGroup<'_, criterion::measurement::WallTime>,
    name: &str,
    text: &str,
) {
    let uax = text.unicode_sentences().count();
    g.bench_function(format!("unicode_sentences/{name}"), |b| {
        b.iter(|| {
            let n = black_box(text).unicode_sentences().count();
            assert_eq!(n, uax);
            n
        })
    });
}

fn sentences(c: &mut Criterion) {
    let mut g = c.benchmark_group("sentences");
    configure(&mut g);
    for (name, text) in TEXTS {
        g.throughput(Throughput::Bytes(text.len() as u64));
        let ours = reportage::sentences(text).count();
        assert!(ours > 0, "{name}: no sentence");
        g.bench_function(format!("reportage/{name}"), |b| {
            b.iter(|| {
                let n = reportage::sentences(black_box(text)).count();
                assert_eq!(n, ours);
                n
            })
        });
        bench_unicode_sentences(&mut g, name, text);
    }
    g.finish();
}

/// `ex.analyze` on every text, next to the yardstick, in group `group`.
fn bench_extractor(c: &mut Criterion, group: &str, ex: &reportage::Extractor) {
    let mut g = c.benchmark_group(group);
    configure(&mut g);
    for (name, text) in TEXTS {
        g.throughput(Throughput::Bytes(text.len() as u64));
        let want = counts(&ex.analyze(text));
        assert!(want[2] > 0 && want[3] > 0, "{name}: no entity or person");
        g.bench_function(format!("reportage/{name}"), |b| {
            b.iter(|| {
                let a = ex.analyze(black_box(text));
                assert_eq!(counts(&a), want);
                a.sentences.len()
            })
        });
        bench_unicode_sentences(&mut g, name, text);
    }
    g.finish();
}

/// The passes before quotes: sentences, tokens, entities and people (an
/// extractor with the quote pass off). `analyze` minus this is the quote pass.
fn entities(c: &mut Criterion) {
    let ex = reportage::Extractor::builder()
        .quotes(false)
        .build()
        .unwrap();
    bench_extractor(c, "entities", &ex);
}

fn analyze(c: &mut Criterion) {
    bench_extractor(c, "analyze", &reportage::Extractor::new());
}

fn report(c: &mut Criterion) {
    let ex = reportage::Extractor::new();
    let mut g = c.benchmark_group("report");
    configure(&mut g);
    for (name, text) in TEXTS {
        g.throughput(Throughput::Bytes(text.len() as u64));
        let want = serde_json::to_vec(&ex.analyze(text).report())
            .unwrap()
            .len();
        g.bench_function(format!("json/{name}"), |b| {
            b.iter(|| {
                let json = serde_json::to_vec(&ex.analyze(black_box(text)).report()).unwrap();
                assert_eq!(json.len(), want);
                json.len()
            })
        });
    }
    g.finish();
}

fn init(c: &mut Criterion) {
    // Parse the process-wide word lists once, as the first `new()` of a program does.
    let want = counts(&reportage::Extractor::new().analyze(SHORT));
    let mut g = c.benchmark_group("init");
    configure(&mut g);
    g.bench_function("Extractor::new", |b| {
        b.iter(|| {
            let ex = reportage::Extractor::new();
            // Proof that the extractor works: a 1 KB analysis, small next to the build.
            assert_eq!(counts(&ex.analyze(SHORT)), want);
            ex
        })
    });
    g.finish();
}

/// A small deterministic generator (xorshift64*), so hostile texts are the same every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const MB: usize = 1 << 20;

/// 1 MB of capitalised words, no punctuation.
fn capitalised_words() -> String {
    const WORDS: &[&str] = &[
        "Alder", "Brook", "Council", "Dana", "Eastern", "Federal", "General", "Harbour", "Inner",
        "Jonas", "Kestrel", "Lake", "Minister", "North", "Office", "Port", "Queen", "River",
        "Senator", "Trust", "Union", "Valley", "West", "Mr", "St", "Dr", "The", "Of",
    ];
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut s = String::with_capacity(MB + 16);
    while s.len() < MB {
        s.push_str(WORDS[rng.below(WORDS.len())]);
        s.push(' ');
    }
    s
}

/// 1 MB of quote marks of every style, in random order, with a few spaces.
fn quote_marks() -> String {
    const MARKS: &[char] = &[
        '"', '\'', '“', '”', '‘', '’', '«', '»', '„', '‚', '‹', '›', ' ',
    ];
    let mut rng = Rng(0xD1B5_4A32_D192_ED03);
    let mut s = String::with_capacity(MB + 16);
    while s.len() < MB {
        s.push(MARKS[rng.below(MARKS.len())]);
    }
    s
}

/// One person introduced once and mentioned 100,000 times, in quotes and out.
fn one_person() -> String {
    let mut s = String::from(
        "date 2024-05-02 Transport Minister Hanna Rasmussen-Vale spoke on Tuesday.\n\n",
    );
    const FORMS: &[&str] = &[
        "Rasmussen-Vale said the plan would work. ",
        "\"It will work,\" Ms. Rasmussen-Vale said. ",
        "Hanna Rasmussen-Vale told reporters: \"We are ready.\" ",
        "According to Rasmussen-Vale, the trains will run. ",
        "The minister, Hanna Rasmussen-Vale, said she was calm. ",
    ];
    for k in 0..100_000 {
        s.push_str(FORMS[k % FORMS.len()]);
        if k % 7 == 6 {
            s.push_str("\n\n");
        }
    }
    s
}

/// About 10 MB of ordinary news with every line break replaced by a space:
/// one paragraph.
fn no_paragraph_breaks() -> String {
    let flat: String = LONG.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut s = String::with_capacity(10 * MB + flat.len());
    while s.len() < 10 * MB {
        s.push_str(&flat);
        s.push(' ');
    }
    s
}

fn hostile(c: &mut Criterion) {
    let ex = reportage::Extractor::new();
    let cases: Vec<(&str, String)> = vec![
        ("news-1mb", LONG.to_string()),
        ("capitalised-words-1mb", capitalised_words()),
        ("quote-marks-1mb", quote_marks()),
        ("one-person-100k-mentions", one_person()),
        ("no-paragraph-breaks-10mb", no_paragraph_breaks()),
    ];
    let mut g = c.benchmark_group("hostile");
    configure(&mut g);
    for (name, text) in &cases {
        g.throughput(Throughput::Bytes(text.len() as u64));
        let want = counts(&ex.analyze(text));
        g.bench_function(*name, |b| {
            b.iter(|| {
                let a = ex.analyze(black_box(text));
                assert_eq!(counts(&a), want);
                a.sentences.len()
            })
        });
    }
    g.finish();
}

/// Where the real-news texts are looked for (relative to the crate root, where
/// `cargo bench` runs).
const NEWS_JSONL: &str = "../shared/data/quotes/polnear_train.jsonl";

/// The `"text"` field of every line of a JSONL file, or `None` when it cannot be read.
fn news_texts() -> Option<(String, Vec<String>)> {
    let path = std::env::var("REPORTAGE_NEWS_JSONL").unwrap_or_else(|_| NEWS_JSONL.to_string());
    let data = match std::fs::read_to_string(&path) {
        Ok(data) => data,
        Err(e) => {
            println!("news: {path} not readable ({e}); the news group is skipped");
            return None;
        }
    };
    let texts: Vec<String> = data
        .lines()
        .filter(|line| !line.trim().is_empty())
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .filter_map(|v| v.get("text")?.as_str().map(str::to_string))
        .collect();
    if texts.is_empty() {
        println!("news: {path} holds no \"text\" field; the news group is skipped");
        return None;
    }
    Some((path, texts))
}

/// `analyze` over real news, one document at a time, next to `unicode_sentences`
/// over the same documents.
fn news(c: &mut Criterion) {
    let Some((path, texts)) = news_texts() else {
        return;
    };
    let bytes: usize = texts.iter().map(String::len).sum();
    println!("news: {} documents, {bytes} bytes from {path}", texts.len());
    let ex = reportage::Extractor::new();
    let want: Vec<[usize; 5]> = texts.iter().map(|t| counts(&ex.analyze(t))).collect();
    let uax: usize = texts.iter().map(|t| t.unicode_sentences().count()).sum();
    let mut g = c.benchmark_group("news");
    configure(&mut g);
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("reportage/analyze", |b| {
        b.iter(|| {
            let mut sentences = 0;
            for (text, want) in texts.iter().zip(&want) {
                let a = ex.analyze(black_box(text));
                assert_eq!(&counts(&a), want);
                sentences += a.sentences.len();
            }
            sentences
        })
    });
    g.bench_function("unicode_sentences", |b| {
        b.iter(|| {
            let n: usize = texts
                .iter()
                .map(|t| black_box(t.as_str()).unicode_sentences().count())
                .sum();
            assert_eq!(n, uax);
            n
        })
    });
    g.finish();
}

criterion_group!(benches, sentences, entities, analyze, report, init, hostile, news);
criterion_main!(benches);
