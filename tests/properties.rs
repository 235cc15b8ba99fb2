//! Properties of `analyze` on any text (see `invariants.rs` for what is checked):
//! quickcheck on arbitrary strings, on news-like strings built from risky pieces,
//! and on mutated article text; plus `fuzz_campaign`, a long seeded run of the same
//! generators (ignored by default; see ARCHITECTURE.md, "Fuzzing").

use crate::invariants::{check, floor};
use quickcheck::{Arbitrary, Gen, QuickCheck, TestResult};

/// The ~6 KB bench article: realistic text to mutate.
pub const ARTICLE: &str = include_str!("../benches/texts/article.txt");
/// The ~1 KB bench text.
pub const SHORT: &str = include_str!("../benches/texts/short.txt");

/// A small deterministic generator (xorshift64*).
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    /// A generator from a seed (any value).
    pub fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    /// The next 64 random bits.
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    /// A number in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    /// One of `items`.
    pub fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }
}

/// Pieces news text is made of, and pieces that hurt parsers: quote marks of
/// every style, abbreviations, initials, numbers, line breaks, CRLF, control
/// characters, combining marks, emoji, right-to-left text, odd whitespace.
const PIECES: &[&str] = &[
    " ",
    " ",
    " ",
    " ",
    "\n",
    "\n\n",
    "\r\n",
    "\t",
    "\u{a0}",
    "\u{2028}",
    "\u{85}",
    "\u{3000}",
    ".",
    ".",
    ",",
    "!",
    "?",
    ":",
    ";",
    "...",
    "…",
    "-",
    "—",
    "(",
    ")",
    "[",
    "]",
    "/",
    "\"",
    "\"",
    "'",
    "“",
    "”",
    "‘",
    "’",
    "«",
    "»",
    "„",
    "‚",
    "‹",
    "›",
    "''",
    "``",
    "\"'",
    "'\"",
    "said",
    "says",
    "told",
    "according to",
    "he",
    "she",
    "they",
    "the",
    "a",
    "of",
    "that",
    "Mr.",
    "Mrs.",
    "Dr.",
    "Gen.",
    "Lt. Col.",
    "Sgt.",
    "U.S.",
    "D.C.",
    "Inc.",
    "No. 1",
    "Jan.",
    "p.",
    "e.g.",
    "J.D.",
    "A.",
    "Smith",
    "Anna",
    "Kowalczyk",
    "Rasmussen-Vale",
    "O'Brien",
    "Minister",
    "President",
    "Senator",
    "BBC",
    "NATO",
    "Ukraine",
    "Ukrainian",
    "Kyiv",
    "Monday",
    "March",
    "2024",
    "12",
    "3.5",
    "$1.2 million",
    "€300",
    "£4bn",
    "45%",
    "9 a.m.",
    "date 2024-01-01 ",
    "date ",
    "2025-02-30",
    "http://x.example/a.b",
    "x@y.org",
    "é",
    "É",
    "ß",
    "İ",
    "ǅ",
    "ﬁ",
    "e\u{301}",
    "\u{301}",
    "\u{200d}",
    "\u{200b}",
    "\u{feff}",
    "😀",
    "👩‍👩‍👧",
    "🇺🇦",
    "日本",
    "한국",
    "مرحبا",
    "שלום",
    "\u{202e}",
    "\u{0}",
    "\u{1}",
    "\u{7f}",
    "\u{1b}",
    "\u{fffd}",
    "\u{10ffff}",
];

/// A news-like string of about `len` pieces.
pub fn news_text(rng: &mut Rng, len: usize) -> String {
    let mut s = String::new();
    for _ in 0..len {
        if rng.below(4) == 0 {
            // A capitalised or plain word of random letters.
            let n = 1 + rng.below(9);
            for k in 0..n {
                let c = (b'a' + rng.below(26) as u8) as char;
                s.push(if k == 0 && rng.below(2) == 0 {
                    c.to_ascii_uppercase()
                } else {
                    c
                });
            }
        } else {
            s.push_str(rng.pick(PIECES));
        }
    }
    s
}

/// Any string: random bytes made valid UTF-8, or random code points.
pub fn raw_text(rng: &mut Rng, len: usize) -> String {
    if rng.below(2) == 0 {
        let bytes: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
        String::from_utf8_lossy(&bytes).into_owned()
    } else {
        (0..len)
            .filter_map(|_| {
                let c = match rng.below(4) {
                    0 => rng.below(0x80) as u32,
                    1 => rng.below(0x800) as u32,
                    2 => rng.below(0x1_0000) as u32,
                    _ => rng.below(0x11_0000) as u32,
                };
                char::from_u32(c)
            })
            .collect()
    }
}

/// Apply `n` random edits to `base`: insert risky pieces, delete or duplicate
/// ranges, flip the case of a range, cut the text short.
pub fn mutate(rng: &mut Rng, base: &str, n: usize) -> String {
    let mut s = base.to_string();
    for _ in 0..n {
        if s.is_empty() {
            s.push_str(rng.pick(PIECES));
            continue;
        }
        let at = floor(&s, rng.below(s.len() + 1));
        let to = floor(&s, (at + 1 + rng.below(40)).min(s.len()));
        match rng.below(10) {
            0..=3 => {
                let piece = rng.pick(PIECES);
                s.insert_str(at, piece);
            }
            4 | 5 => {
                s.replace_range(at..to, "");
            }
            6 => {
                let copy = s[at..to].to_string();
                s.insert_str(to, &copy);
            }
            7 | 8 => {
                let flipped: String = s[at..to]
                    .chars()
                    .flat_map(|c| {
                        let v: Vec<char> = if c.is_uppercase() {
                            c.to_lowercase().collect()
                        } else {
                            c.to_uppercase().collect()
                        };
                        v
                    })
                    .collect();
                s.replace_range(at..to, &flipped);
            }
            _ => {
                if rng.below(8) == 0 {
                    s.truncate(at);
                }
            }
        }
    }
    s
}

/// A news-like string (quickcheck input), shrunk as a string.
#[derive(Clone, Debug)]
struct News(String);

impl Arbitrary for News {
    fn arbitrary(g: &mut Gen) -> News {
        let mut rng = Rng::new(u64::arbitrary(g));
        let len = rng.below(g.size() + 1);
        News(news_text(&mut rng, len))
    }
    fn shrink(&self) -> Box<dyn Iterator<Item = News>> {
        Box::new(self.0.shrink().map(News))
    }
}

/// A mutated article (quickcheck input): the edits are derived from a seed;
/// shrinking lowers the number of edits (the first edits stay the same).
#[derive(Clone)]
struct Mutated {
    seed: u64,
    edits: usize,
    base: &'static str,
}

impl Mutated {
    fn text(&self) -> String {
        mutate(&mut Rng::new(self.seed), self.base, self.edits)
    }
}

impl std::fmt::Debug for Mutated {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let base = if self.base == SHORT {
            "SHORT"
        } else {
            "ARTICLE"
        };
        write!(f, "mutate(Rng::new({}), {base}, {})", self.seed, self.edits)
    }
}

impl Arbitrary for Mutated {
    fn arbitrary(g: &mut Gen) -> Mutated {
        let seed = u64::arbitrary(g);
        Mutated {
            seed,
            edits: 1 + (seed as usize >> 3) % 40,
            base: if seed % 4 == 0 { SHORT } else { ARTICLE },
        }
    }
    fn shrink(&self) -> Box<dyn Iterator<Item = Mutated>> {
        let me = self.clone();
        Box::new((0..me.edits).rev().map(move |edits| Mutated {
            edits,
            ..me.clone()
        }))
    }
}

fn verdict(text: &str) -> TestResult {
    match check(text) {
        Ok(()) => TestResult::passed(),
        Err(e) => TestResult::error(format!("{e}\n  text: {}", crate::invariants::preview(text))),
    }
}

#[test]
fn invariants_hold_on_arbitrary_strings() {
    fn prop(s: String) -> TestResult {
        verdict(&s)
    }
    QuickCheck::new()
        .tests(3000)
        .rng(Gen::new(200))
        .quickcheck(prop as fn(String) -> TestResult);
}

#[test]
fn invariants_hold_on_news_like_strings() {
    fn prop(s: News) -> TestResult {
        verdict(&s.0)
    }
    QuickCheck::new()
        .tests(3000)
        .rng(Gen::new(120))
        .quickcheck(prop as fn(News) -> TestResult);
}

#[test]
fn invariants_hold_on_mutated_articles() {
    fn prop(m: Mutated) -> TestResult {
        let text = m.text();
        match check(&text) {
            Ok(()) => TestResult::passed(),
            Err(e) => TestResult::error(format!("{e}\n  made by: {m:?}")),
        }
    }
    QuickCheck::new()
        .tests(300)
        .quickcheck(prop as fn(Mutated) -> TestResult);
}

#[test]
fn invariants_hold_on_the_bench_texts() {
    crate::invariants::assert_ok("short", SHORT);
    crate::invariants::assert_ok("article", ARTICLE);
}

#[test]
fn generators_make_what_they_promise() {
    // The generators must produce varied, valid input, or the properties test nothing.
    let mut rng = Rng::new(7);
    let a = news_text(&mut rng, 300);
    let b = news_text(&mut rng, 300);
    assert_ne!(a, b);
    assert!(a.chars().any(|c| "\"“”‘’«»„'".contains(c)), "{a:?}");
    let m = mutate(&mut Rng::new(3), ARTICLE, 30);
    assert_ne!(m, ARTICLE);
    assert_eq!(
        mutate(&mut Rng::new(3), ARTICLE, 30),
        m,
        "mutation is seeded"
    );
    let r = raw_text(&mut Rng::new(5), 500);
    assert!(!r.is_empty());
}

/// A long seeded run of the generators, for fuzzing without cargo-fuzz:
///
/// ```text
/// FUZZ_COUNT=1000000 FUZZ_SEED=1 cargo test --release --test lib -- --ignored fuzz_campaign --nocapture
/// ```
///
/// Each input is checked against every invariant. The first failure stops the
/// run, is written to `target/fuzz-failure.txt`, and names its seed and index so
/// it can be replayed (`FUZZ_SEED=<seed> FUZZ_SKIP=<index> FUZZ_COUNT=1`).
/// With `FUZZ_KEEP_GOING=1` the run goes on, counts failures by kind (the
/// message with its numbers and quoted text removed), keeps the shortest input
/// of each kind in `target/fuzz-failures/`, and fails at the end with the tally.
#[test]
#[ignore = "long: a fuzz campaign, run on demand"]
fn fuzz_campaign() {
    let env = |k: &str, d: u64| {
        std::env::var(k)
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(d)
    };
    let count = env("FUZZ_COUNT", 100_000);
    let seed = env("FUZZ_SEED", 1);
    let skip = env("FUZZ_SKIP", 0);
    let keep_going = env("FUZZ_KEEP_GOING", 0) != 0;
    let target = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target");
    let started = std::time::Instant::now();
    let mut bytes = 0usize;
    // kind → (count, shortest input, its message)
    let mut kinds: std::collections::BTreeMap<String, (usize, String, String)> =
        std::collections::BTreeMap::new();
    let quiet = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {})); // panics are reported below
    for i in skip..skip + count {
        let mut rng = Rng::new(seed ^ i.wrapping_mul(0xA076_1D64_78BD_642F));
        let text = match i % 4 {
            0 => {
                let n = rng.below(400);
                raw_text(&mut rng, n)
            }
            1 => {
                let n = rng.below(300);
                news_text(&mut rng, n)
            }
            2 => {
                let n = 1 + rng.below(30);
                mutate(&mut rng, SHORT, n)
            }
            _ => {
                let n = 1 + rng.below(60);
                mutate(&mut rng, ARTICLE, n)
            }
        };
        bytes += text.len();
        let res = std::panic::catch_unwind(|| check(&text)).unwrap_or_else(|p| {
            let msg = p
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default();
            Err(format!("panicked: {msg}"))
        });
        if let Err(e) = res {
            if !keep_going {
                std::panic::set_hook(quiet);
                let _ = std::fs::create_dir_all(&target);
                let _ = std::fs::write(target.join("fuzz-failure.txt"), &text);
                panic!("input {i} of seed {seed}: {e}\n  (written to target/fuzz-failure.txt)");
            }
            let kind = failure_kind(&e);
            let entry = kinds.entry(kind).or_insert((0, text.clone(), e.clone()));
            entry.0 += 1;
            if text.len() < entry.1.len() {
                entry.1 = text;
                entry.2 = e;
            }
        }
        if (i + 1 - skip) % 100_000 == 0 {
            eprintln!(
                "fuzz: {} inputs, {:.1} MB, {} failures, {:.0} s",
                i + 1 - skip,
                bytes as f64 / 1e6,
                kinds.values().map(|k| k.0).sum::<usize>(),
                started.elapsed().as_secs_f64()
            );
        }
    }
    std::panic::set_hook(quiet);
    eprintln!(
        "fuzz: {count} inputs ({:.1} MB) from seed {seed}, {:.0} s",
        bytes as f64 / 1e6,
        started.elapsed().as_secs_f64()
    );
    if !kinds.is_empty() {
        let dir = target.join("fuzz-failures");
        let _ = std::fs::create_dir_all(&dir);
        let mut report = String::new();
        for (k, (n, (count, text, msg))) in kinds.iter().enumerate() {
            let file = dir.join(format!("kind-{k}.txt"));
            let _ = std::fs::write(&file, text);
            report.push_str(&format!(
                "  {count} × {n}\n      shortest ({} bytes, {}): {}\n",
                text.len(),
                file.display(),
                msg.lines().next().unwrap_or("")
            ));
        }
        panic!("fuzz: failures by kind:\n{report}");
    }
}

/// A failure message with its numbers and quoted text removed, to group failures.
fn failure_kind(msg: &str) -> String {
    let first = msg.lines().next().unwrap_or("");
    let mut out = String::new();
    let mut in_quote = false;
    let mut prev = ' ';
    for c in first.chars() {
        if c == '"' && prev != '\\' {
            in_quote = !in_quote;
            if in_quote {
                out.push_str("\"…\"");
            }
        } else if !in_quote && !c.is_ascii_digit() {
            out.push(c);
        }
        prev = c;
    }
    out
}

#[test]
fn failure_kinds_ignore_numbers_and_quoted_text() {
    assert_eq!(
        failure_kind(
            "entity 11 (PERSON) 652..666 \"B.\\n\\nSupporters\" is not inside one paragraph\nmore"
        ),
        failure_kind("entity 0 (PERSON) 0..5 \"B.\\n\\nA\" is not inside one paragraph")
    );
    assert_ne!(
        failure_kind("entity 0 is out of order"),
        failure_kind("quote 0 is out of order")
    );
}
