//! Properties of `analyze` on any text (see `invariants.rs` for what is checked):
//! quickcheck on arbitrary strings, on news-like strings built from risky pieces,
//! and on mutated article text; plus `fuzz_campaign`, a long seeded run of the same
//! generators (ignored by default; see ARCHITECTURE.md, "Fuzzing").

use crate::invariants::{check, check_with, floor};
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
/// (`fuzz/campaign.sh COUNT SEED JOBS` runs several seeds in parallel.)
/// `FUZZ_MODE` picks the generators: `all` (default: half news-shaped
/// articles from the word lists, [`news_article`], half the older random,
/// risky-piece and mutation generators), `shaped` or `old`.
///
/// Each input is checked against every invariant (the second run that
/// checks determinism on one input in eight). The first failure stops the
/// run, is written to `target/fuzz-failure-<seed>.txt`, and names its seed and
/// index so it can be replayed (`FUZZ_SEED=<seed> FUZZ_SKIP=<index> FUZZ_COUNT=1`,
/// same `FUZZ_MODE`). With `FUZZ_KEEP_GOING=1` the run goes on, counts
/// failures by kind (the message with its numbers and quoted text removed),
/// keeps the shortest input of each kind in `target/fuzz-failures/seed-<seed>/`,
/// and fails at the end with the tally.
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
    let mode = match std::env::var("FUZZ_MODE").as_deref() {
        Ok("shaped") => Mode::Shaped,
        Ok("old") => Mode::Old,
        Ok("all") | Err(_) => Mode::All,
        Ok(other) => panic!("FUZZ_MODE is all, shaped or old, not {other:?}"),
    };
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
        let generator = match mode {
            Mode::All => i % 8,
            Mode::Shaped => 4,
            Mode::Old => i % 4,
        };
        let text = match generator {
            4..=7 => news_article(&mut rng),
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
        // The second run (determinism) on one input in eight.
        let res = std::panic::catch_unwind(|| check_with(&text, i % 8 == 0)).unwrap_or_else(|p| {
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
                let file = target.join(format!("fuzz-failure-{seed}.txt"));
                let _ = std::fs::write(&file, &text);
                panic!(
                    "input {i} of seed {seed}: {e}\n  (written to {})",
                    file.display()
                );
            }
            let kind = failure_kind(&e);
            if !kinds.contains_key(&kind) {
                // Said at once, so a run cut short still tells.
                eprintln!("fuzz: new failure, input {i} of seed {seed}: {e}");
            }
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
        "fuzz: {count} inputs ({:.1} MB) from seed {seed}, {} failures, {:.0} s",
        bytes as f64 / 1e6,
        kinds.values().map(|k| k.0).sum::<usize>(),
        started.elapsed().as_secs_f64()
    );
    if !kinds.is_empty() {
        let dir = target.join("fuzz-failures").join(format!("seed-{seed}"));
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

/// Which generators a fuzz campaign draws from.
#[derive(Clone, Copy)]
enum Mode {
    /// Half news-shaped articles, half the older generators.
    All,
    /// Only news-shaped articles ([`news_article`]).
    Shaped,
    /// Only the older generators: random strings, risky pieces, mutated articles.
    Old,
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

// ---------------------------------------------------------------------------
// News-shaped sentences from the word lists (structure-aware fuzzing).

/// The first column of the entries of an embedded word list.
fn column(list: &'static str) -> Vec<&'static str> {
    list.lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .filter_map(|l| l.split('\t').next())
        .collect()
}

/// Every column of the entries of an embedded word list whose cell is a word.
fn cells(list: &'static str) -> Vec<&'static str> {
    list.lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .flat_map(|l| l.split('\t'))
        .filter(|c| c.chars().any(char::is_alphabetic) && c.chars().count() > 1)
        .collect()
}

/// The crate's own word lists, read once: what the rules look for, so the
/// generated sentences hit them.
struct Words {
    titles: Vec<&'static str>,
    given: Vec<&'static str>,
    surnames: Vec<&'static str>,
    /// Abbreviations as written (`U.S.`, `Gen.`, `a.m.`).
    abbreviations: Vec<&'static str>,
    places: Vec<&'static str>,
    orgs: Vec<&'static str>,
    demonyms: Vec<&'static str>,
    /// Every form of every speech verb.
    cues: Vec<&'static str>,
    /// Nouns for unnamed sources and organisations ("official", "ministry").
    speaker_words: Vec<&'static str>,
    /// Words that start sentences, prepositions and the like.
    sentence_words: Vec<&'static str>,
}

static WORDS: once_cell::sync::Lazy<Words> = once_cell::sync::Lazy::new(|| {
    macro_rules! list {
        ($f:literal) => {
            include_str!(concat!("../data/lexicon/", $f))
        };
    }
    let abbreviations = list!("abbreviations.tsv")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .flat_map(|l| {
            let mut f = l.split('\t');
            let word = f.next().unwrap_or("x");
            let _kind = f.next();
            let cap = f.next() == Some("cap");
            let dotted = format!("{word}.");
            let mut capital = String::new();
            let mut up = true;
            for c in dotted.chars() {
                if up {
                    capital.extend(c.to_uppercase());
                } else {
                    capital.push(c);
                }
                up = c == '.';
            }
            let mut forms = vec![capital.replace('.', ""), capital];
            if !cap {
                forms.push(dotted);
            }
            // Read once per process: leaking them is what a static would do.
            forms.into_iter().map(|f| &*f.leak())
        })
        .collect();
    let mut places = column(list!("places.tsv"));
    places.extend(column(list!("places_extra.tsv")));
    places.extend(column(list!("us_states_ap.tsv")));
    let mut orgs = column(list!("entities.tsv"));
    orgs.extend(column(list!("news_outlets.tsv")));
    Words {
        titles: column(list!("titles.tsv")),
        given: column(list!("given_names.tsv")),
        surnames: column(list!("surnames.tsv")),
        abbreviations,
        places,
        orgs,
        demonyms: column(list!("demonyms.tsv")),
        cues: cells(list!("speech_verbs.tsv")),
        speaker_words: column(list!("speaker_words.tsv")),
        sentence_words: column(list!("sentence_words.tsv")),
    }
});

/// Quotation marks of every style, as (opening, closing) pairs.
const QUOTE_PAIRS: &[(&str, &str)] = &[
    ("\"", "\""),
    ("“", "”"),
    ("‘", "’"),
    ("'", "'"),
    ("«", "»"),
    ("« ", " »"),
    ("»", "«"),
    ("„", "“"),
    ("‚", "‘"),
    ("‹", "›"),
    ("``", "''"),
    ("「", "」"),
    ("”", "”"),
    ("\"", "”"),
    ("“", "\""),
];

const PRONOUNS: &[&str] = &[
    "he", "she", "they", "it", "we", "I", "He", "She", "They", "We", "his", "her", "its", "their",
    "him", "them", "you", "who",
];

const FUNCTION_WORDS: &[&str] = &[
    "the", "a", "an", "of", "of", "and", "in", "on", "at", "to", "for", "with", "that", "that",
    "who", "which", "but", "as", "by", "from", "The", "A", "In", "But", "And", "not", "was", "is",
    "had", "has", "will", "would", "could", "been", "also", "later", "then", "there",
];

const PUNCTUATION: &[&str] = &[
    ",", ",", ".", ":", ";", "!", "?", "…", "...", " —", "—", " – ", "-", "(", ")", "[", "]", "/",
    "'s", "’s", "s'", " & ",
];

const NUMBERS: &[&str] = &[
    "1",
    "2",
    "3",
    "12",
    "45",
    "100",
    "1,000",
    "2,500,000",
    "3.5",
    "0.25",
    "1990s",
    "2024",
    "1999",
    "No. 3",
    "$4 million",
    "$1.2bn",
    "€300",
    "£50",
    "45%",
    "12 per cent",
    "9 a.m.",
    "5:30 p.m.",
    "noon",
    "Monday",
    "Thursday",
    "on Friday",
    "last week",
    "next month",
    "March 3",
    "Jan. 5",
    "2024-05-01",
    "5/6/2024",
    "two",
    "three",
    "dozens",
    "first",
    "1st",
    "20th",
    "No. 10",
    "11.30am",
    "GMT",
    "EST",
];

const DATELINES: &[&str] = &[
    "WASHINGTON (AP) — ",
    "KYIV, Ukraine (Reuters) — ",
    "LONDON — ",
    "PARIS, March 3 (AFP) - ",
    "NEW YORK -- ",
    "BERLIN: ",
    "Geneva (dpa) ",
    "By Anna Smith, Staff Writer\n",
    "By ANNA SMITH and JOHN DOE\n\n",
];

const LIST_MARKERS: &[&str] = &[
    "- ", "* ", "• ", "· ", "1. ", "2) ", "a) ", "(i) ", "— ", "> ", "▪ ", "– ",
];

/// A word in a random case: as listed, lowercase, or capitals.
fn cased(rng: &mut Rng, w: &str) -> String {
    match rng.below(12) {
        0 => w.to_lowercase(),
        1 => w.to_uppercase(),
        _ => w.to_string(),
    }
}

/// A noun phrase a speaker could be, built from the word lists with any
/// part left out or repeated: "the Ukrainian Foreign Minister of Defence
/// Anna Smith", "U.S. of President", "a senior official", "Smith".
fn noun_phrase(rng: &mut Rng, out: &mut Vec<String>) {
    let w = &*WORDS;
    if rng.below(6) == 0 {
        out.push(rng.pick(PRONOUNS).to_string());
        return;
    }
    if rng.below(3) == 0 {
        out.push(
            rng.pick(&["the", "a", "an", "The", "A", "one", "two", "some"])
                .to_string(),
        );
    }
    for _ in 0..rng.below(3) {
        match rng.below(6) {
            0 => out.push(rng.pick(&w.demonyms).to_string()),
            1 => out.push(rng.pick(&w.abbreviations).to_string()),
            2 => out.push(rng.pick(&w.places).to_string()),
            3 => out.push(rng.pick(&w.orgs).to_string()),
            4 => out.push(
                rng.pick(&["senior", "former", "acting", "deputy", "chief", "top"])
                    .to_string(),
            ),
            _ => out.push(rng.pick(&w.speaker_words).to_string()),
        }
    }
    let titles = rng.below(4);
    for _ in 0..titles {
        let title = rng.pick(&w.titles);
        out.push(cased(rng, title));
        if rng.below(3) == 0 {
            out.push("of".into());
            out.push(match rng.below(5) {
                0 => rng.pick(&w.titles).to_string(),
                1 => rng.pick(&w.orgs).to_string(),
                2 => rng.pick(&w.abbreviations).to_string(),
                3 => rng.pick(&w.speaker_words).to_string(),
                _ => rng.pick(&w.places).to_string(),
            });
        }
        if rng.below(5) == 0 {
            out.push(",".into());
        }
    }
    match rng.below(8) {
        0 => {}
        1 => out.push(rng.pick(&w.surnames).to_string()),
        2 => out.push(rng.pick(&w.given).to_string()),
        3 => out.push(rng.pick(&w.speaker_words).to_string()),
        _ => {
            out.push(rng.pick(&w.given).to_string());
            if rng.below(4) == 0 {
                let c = (b'A' + rng.below(26) as u8) as char;
                out.push(format!("{c}."));
            }
            out.push(rng.pick(&w.surnames).to_string());
            if rng.below(10) == 0 {
                out.push(rng.pick(&["Jr.", "Sr.", "III", "Jr"]).to_string());
            }
        }
    }
}

/// A few words of reported speech or narration.
fn clause(rng: &mut Rng, out: &mut Vec<String>) {
    let w = &*WORDS;
    for _ in 0..1 + rng.below(8) {
        match rng.below(10) {
            0..=3 => out.push(rng.pick(FUNCTION_WORDS).to_string()),
            4 => out.push(rng.pick(NUMBERS).to_string()),
            5 => noun_phrase(rng, out),
            6 => out.push(rng.pick(&w.sentence_words).to_string()),
            7 => out.push(rng.pick(PUNCTUATION).to_string()),
            8 => out.push(rng.pick(&w.cues).to_string()),
            _ => {
                let n = 1 + rng.below(9);
                out.push(
                    (0..n)
                        .map(|_| (b'a' + rng.below(26) as u8) as char)
                        .collect(),
                );
            }
        }
    }
}

/// A cue: a form of a speech verb, "according to", or a verb with a listener.
fn cue(rng: &mut Rng, out: &mut Vec<String>) {
    match rng.below(8) {
        0 => out.push("according to".into()),
        1 => {
            out.push("told".into());
            noun_phrase(rng, out);
        }
        2 => {
            out.push(
                rng.pick(&["has", "had", "was", "is", "will be", "would"])
                    .to_string(),
            );
            out.push(rng.pick(&WORDS.cues).to_string());
        }
        _ => out.push(rng.pick(&WORDS.cues).to_string()),
    }
}

/// One news-shaped sentence: a speaker and a cue around reported words, in
/// one of the orders news uses, or the same pieces in any order.
pub fn news_sentence(rng: &mut Rng) -> String {
    let mut p: Vec<String> = Vec::new();
    let (open, close) = rng.pick(QUOTE_PAIRS);
    let end = rng.pick(&[".", ".", ".", "!", "?", "", ",", ":", "…"]);
    match rng.below(9) {
        // X said (that) ...
        0 => {
            noun_phrase(rng, &mut p);
            cue(rng, &mut p);
            if rng.below(2) == 0 {
                p.push("that".into());
            }
            clause(rng, &mut p);
            p.push(end.into());
        }
        // "...," X said. / "...," said X.
        1 => {
            p.push(open.into());
            clause(rng, &mut p);
            p.push(format!(",{close}"));
            if rng.below(2) == 0 {
                cue(rng, &mut p);
                noun_phrase(rng, &mut p);
            } else {
                noun_phrase(rng, &mut p);
                cue(rng, &mut p);
            }
            if rng.below(3) == 0 {
                p.push(format!(", {open}"));
                clause(rng, &mut p);
                p.push(format!(".{close}"));
            } else {
                p.push(end.into());
            }
        }
        // X, the title of Y, said: "..."
        2 => {
            noun_phrase(rng, &mut p);
            p.push(",".into());
            noun_phrase(rng, &mut p);
            p.push(",".into());
            cue(rng, &mut p);
            p.push(rng.pick(&[":", ",", "", " that"]).into());
            p.push(open.into());
            clause(rng, &mut p);
            p.push(format!("{end}{close}"));
        }
        // According to X, ...
        3 => {
            p.push(rng.pick(&["According to", "according to", "As"]).into());
            noun_phrase(rng, &mut p);
            p.push(",".into());
            clause(rng, &mut p);
            p.push(end.into());
        }
        // X called it "a fragment".
        4 => {
            noun_phrase(rng, &mut p);
            p.push(
                rng.pick(&["called it", "described", "said it was", "warned of"])
                    .into(),
            );
            p.push(open.into());
            clause(rng, &mut p);
            p.push(close.into());
            p.push(end.into());
        }
        // "..." — X / a bare quotation.
        5 => {
            p.push(open.into());
            clause(rng, &mut p);
            p.push(format!("{end}{close}"));
            if rng.below(2) == 0 {
                p.push(rng.pick(&["—", "-", "--", "–"]).into());
                noun_phrase(rng, &mut p);
            }
        }
        // The same pieces in any order.
        _ => {
            for _ in 0..2 + rng.below(10) {
                match rng.below(8) {
                    0 | 1 => noun_phrase(rng, &mut p),
                    2 => cue(rng, &mut p),
                    3 => p.push(rng.pick(&[open, close]).into()),
                    4 => p.push(rng.pick(PUNCTUATION).into()),
                    5 => p.push(rng.pick(NUMBERS).into()),
                    6 => p.push(rng.pick(FUNCTION_WORDS).into()),
                    _ => clause(rng, &mut p),
                }
            }
            p.push(end.into());
        }
    }
    // Join with spaces, except before most punctuation.
    let mut s = String::new();
    for piece in p {
        let tight = piece.starts_with([',', '.', ':', ';', '!', '?', '…', ')', ']'])
            || piece.starts_with("'s")
            || piece.starts_with("’s");
        if !s.is_empty() && !tight && rng.below(40) != 0 {
            s.push(if rng.below(60) == 0 { '\u{a0}' } else { ' ' });
        }
        s.push_str(&piece);
    }
    if let Some(c) = s.chars().next() {
        if rng.below(4) != 0 && c.is_lowercase() {
            let up: String = c.to_uppercase().collect();
            s.replace_range(..c.len_utf8(), &up);
        }
    }
    s
}

/// A news-shaped article: a date marker and a dateline sometimes, then
/// paragraphs of news-shaped sentences (some as list items or headlines),
/// with a few random edits (see [`mutate`]) now and then.
pub fn news_article(rng: &mut Rng) -> String {
    let mut s = String::new();
    if rng.below(8) == 0 {
        s.push_str(rng.pick(&[
            "date 2024-05-02\n\n",
            "date 2025-11-20 ",
            "\u{feff}date 2024-02-29\n",
            "DATE 2024-05-01\n",
            "Date: 2024-05-01\n",
            "\u{feff}",
        ]));
    }
    if rng.below(6) == 0 {
        s.push_str(rng.pick(DATELINES));
    }
    let most = if rng.below(4) == 0 { 12 } else { 3 };
    let sentences = 1 + rng.below(most);
    for k in 0..sentences {
        if k > 0 {
            s.push_str(match rng.below(10) {
                0..=5 => " ",
                6 | 7 => "\n\n",
                8 => "\n",
                _ => "\r\n\r\n",
            });
        }
        if rng.below(12) == 0 {
            s.push_str(rng.pick(LIST_MARKERS));
        }
        let mut sentence = news_sentence(rng);
        if rng.below(25) == 0 {
            sentence = sentence.to_uppercase();
        }
        s.push_str(&sentence);
    }
    if rng.below(4) == 0 {
        let edits = 1 + rng.below(4);
        s = mutate(rng, &s, edits);
    }
    s
}

#[test]
fn invariants_hold_on_news_shaped_articles() {
    let mut rng = Rng::new(11);
    for i in 0..2000 {
        let text = news_article(&mut rng);
        if let Err(e) = check(&text) {
            panic!(
                "news-shaped article {i}: {e}\n  text: {}",
                crate::invariants::preview(&text)
            );
        }
    }
}

#[test]
fn news_shaped_articles_are_made_of_the_word_lists() {
    // The generator must produce what the rules look for, or the structured
    // fuzzing tests no more than random text: cues, titles, names and quotes.
    let mut rng = Rng::new(5);
    let texts: Vec<String> = (0..300).map(|_| news_article(&mut rng)).collect();
    let w = &*WORDS;
    let has = |list: &[&str]| {
        texts
            .iter()
            .filter(|t| {
                t.split(|c: char| !c.is_alphanumeric() && c != '.')
                    .any(|x| list.contains(&x))
            })
            .count()
    };
    assert!(has(&w.cues) > 100, "speech verbs: {}", has(&w.cues));
    assert!(has(&w.titles) > 50, "titles: {}", has(&w.titles));
    assert!(has(&w.surnames) > 50, "surnames: {}", has(&w.surnames));
    let quoted = texts
        .iter()
        .filter(|t| t.chars().any(|c| "\"“”‘’«»„‹›「".contains(c)))
        .count();
    assert!(quoted > 100, "quotation marks: {quoted}");
    let quotes: usize = texts
        .iter()
        .map(|t| reportage::analyze(t).quotes.len())
        .sum();
    let people: usize = texts
        .iter()
        .map(|t| reportage::analyze(t).people.len())
        .sum();
    assert!(
        quotes > 100 && people > 100,
        "{quotes} quotes, {people} people"
    );
    assert_ne!(texts[0], texts[1]);
}
