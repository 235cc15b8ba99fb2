//! The entity pass's word lists, compiled once per [`Tagger`](super::Tagger).
//!
//! Multi-word names, places, organisations, nationalities and titles go into
//! one byte trie ([`Trie`]), walked byte by byte from a token start: the
//! entries the text begins there with, in their own case. Single-word evidence
//! (given names, surnames, head words, particles, function words) goes into
//! one hash map from the word to a bit set of features.

use crate::analysis::{Gender, Label};
use crate::config::Config;
use crate::lexicon::rows;
pub(crate) use crate::lexicon::WordMap;
use crate::lexicon::{LetterFilter, Trie, WordTable};
use crate::Error;
use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;

fn word_map<K, V>(cap: usize) -> WordMap<K, V> {
    HashMap::with_capacity_and_hasher(cap, BuildHasherDefault::default())
}

const PLACES: &str = include_str!("../../data/lexicon/places.tsv");
const PLACES_EXTRA: &str = include_str!("../../data/lexicon/places_extra.tsv");
const US_STATES_AP: &str = include_str!("../../data/lexicon/us_states_ap.tsv");
const ENTITIES: &str = include_str!("../../data/lexicon/entities.tsv");
const DEMONYMS: &str = include_str!("../../data/lexicon/demonyms.tsv");
const TITLES: &str = include_str!("../../data/lexicon/titles.tsv");
const NER_WORDS: &str = include_str!("../../data/lexicon/ner_words.tsv");
const GIVEN_NAMES: &str = include_str!("../../data/lexicon/given_names.tsv");
const SURNAMES: &str = include_str!("../../data/lexicon/surnames.tsv");
const SPORTS_TEAMS: &str = include_str!("../../data/lexicon/sports_teams.tsv");

/// What kind of title a title entry is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TitleKind {
    /// An office or role: President, envoy, spokesman, coach.
    Office,
    /// A military or police rank: Gen, Col., Sgt Maj.
    Rank,
    /// A form of address: Mr, Mrs, Dr, Sir.
    Honorific,
}

/// What a gazetteer entry names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A named thing with its label (places, organisations, NORP, events, facilities).
    Named(Label),
    /// A title, office, rank or honorific.
    Title(TitleKind),
    /// A person's full name (user additions).
    Person,
}

/// One gazetteer entry.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Entry {
    pub(crate) kind: Kind,
    /// A country (a place that fields national teams: stays GPE in sport).
    pub(crate) country: bool,
    /// Added by the user through the builder.
    pub(crate) user: bool,
    /// A team's nickname that is an ordinary word ("Heat", "Twins"): a
    /// name only in a sports report.
    pub(crate) sport: bool,
}

/// Word feature bits.
pub(crate) mod f {
    pub(crate) const GIVEN_M: u32 = 1;
    pub(crate) const GIVEN_F: u32 = 1 << 1;
    pub(crate) const GIVEN_U: u32 = 1 << 2;
    pub(crate) const GIVEN: u32 = GIVEN_M | GIVEN_F | GIVEN_U;
    pub(crate) const SURNAME: u32 = 1 << 3;
    pub(crate) const ORG_HEAD: u32 = 1 << 4;
    pub(crate) const ORG_SUFFIX: u32 = 1 << 5;
    pub(crate) const EVENT_HEAD: u32 = 1 << 6;
    pub(crate) const FAC_HEAD: u32 = 1 << 7;
    pub(crate) const LOC_HEAD: u32 = 1 << 8;
    pub(crate) const GPE_HEAD: u32 = 1 << 9;
    pub(crate) const PARTICLE: u32 = 1 << 10;
    pub(crate) const FUNC: u32 = 1 << 11;
    pub(crate) const TEMPORAL: u32 = 1 << 12;
    pub(crate) const COMMON: u32 = 1 << 13;
    pub(crate) const TITLE_MOD: u32 = 1 << 14;
    /// A given name or surname added by the user.
    pub(crate) const USER_NAME: u32 = 1 << 15;
    /// A word of sports reporting (innings, striker, beat).
    pub(crate) const SPORT: u32 = 1 << 16;
    /// The first word of a word-list entry that starts in lower case
    /// ("envoy", "foreign policy chief", "al-Qaeda").
    pub(crate) const LOWER_START: u32 = 1 << 19;
    /// An ordinary English word often capitalised in names of things (Space, Group, Idea).
    pub(crate) const VOCAB: u32 = 1 << 17;
    /// A geographic word that starts a name (Mount, Lake, Cape).
    pub(crate) const LOC_START: u32 = 1 << 18;
    /// The plural of an ordinary word ("Clouds"): ordinary, except after a
    /// first name ("John Stones").
    pub(crate) const PLURAL_VOCAB: u32 = 1 << 20;
    /// A word that starts the name of an event: a storm's name (Hurricane,
    /// Typhoon, Storm).
    pub(crate) const EVENT_START: u32 = 1 << 21;
    /// A family name written first (Chinese, Korean, Vietnamese): "Wang"
    /// of "Wang Yi", "He" of "He Lifeng".
    pub(crate) const SURNAME_FIRST: u32 = 1 << 22;
    /// Any head word (organisation, event, facility, location, place).
    pub(crate) const HEAD: u32 =
        ORG_HEAD | ORG_SUFFIX | EVENT_HEAD | FAC_HEAD | LOC_HEAD | GPE_HEAD;
}

/// A gazetteer hit at a token start.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Hit {
    /// End byte of the match.
    pub(crate) end: usize,
    /// The entry.
    pub(crate) entry: Entry,
    /// A title followed by a plural `s` ("Presidents"): `end` includes it.
    pub(crate) plural: bool,
}

/// The compiled word lists.
#[derive(Debug, Clone)]
pub(crate) struct Lexicon {
    /// The trie of every entry, walked anchored at a token start.
    trie: Trie,
    entries: Vec<Entry>,
    /// Features of the words that do not start with a lower-case letter.
    words: WordTable<u32>,
    /// The words that start with a lower-case letter: a small table, looked
    /// up for most tokens of a text.
    lower_words: WordTable<u32>,
    /// The first and last letters of the keys of `lower_words`: most words
    /// of a text are turned away before the look-up.
    lower_filter: LetterFilter,
    /// The first and last letters of the first token of every entry (and of
    /// a one-word title with a plural `s`): a token the filter turns away
    /// starts no hit that ends on a token end.
    start_filter: LetterFilter,
    /// Entry index by its exact text (headline look-ups).
    index: WordMap<Cow<'static, str>, usize>,
}

fn label_of(s: &str) -> Option<Label> {
    Some(match s {
        "GPE" => Label::Gpe,
        "LOC" => Label::Loc,
        "ORG" => Label::Org,
        "FAC" => Label::Fac,
        "EVENT" => Label::Event,
        "NORP" => Label::Norp,
        "PERSON" => Label::Person,
        _ => return None,
    })
}

fn word_kind(s: &str) -> u32 {
    match s {
        "org-head" => f::ORG_HEAD,
        "org-suffix" => f::ORG_SUFFIX,
        "event-head" => f::EVENT_HEAD,
        "fac-head" => f::FAC_HEAD,
        "loc-head" => f::LOC_HEAD,
        "gpe-head" => f::GPE_HEAD,
        "particle" => f::PARTICLE,
        "func" => f::FUNC,
        "temporal" => f::TEMPORAL,
        "common" => f::COMMON,
        "title-mod" => f::TITLE_MOD,
        "sport" => f::SPORT,
        "vocab" => f::VOCAB,
        "loc-start" => f::LOC_START,
        "event-start" => f::EVENT_START,
        "surname-first" => f::SURNAME_FIRST,
        _ => 0,
    }
}

struct Builder {
    patterns: Vec<Cow<'static, str>>,
    entries: Vec<Entry>,
    index: WordMap<Cow<'static, str>, usize>,
}

/// The text with its first letter in `upper` case (ASCII letters only).
fn first_case(s: &str, upper: bool) -> Option<String> {
    let c = s.chars().next()?;
    if !c.is_ascii_alphabetic() || c.is_ascii_uppercase() == upper {
        return None;
    }
    let mut out = String::with_capacity(s.len());
    out.push(if upper {
        c.to_ascii_uppercase()
    } else {
        c.to_ascii_lowercase()
    });
    out.push_str(&s[1..]);
    Some(out)
}

impl Builder {
    /// A title in its own spelling and with its first letter in the other
    /// case ("President" and "president").
    fn add_cased(&mut self, name: Cow<'static, str>, entry: Entry) {
        for v in [first_case(&name, true), first_case(&name, false)]
            .into_iter()
            .flatten()
        {
            self.add(Cow::Owned(v), entry);
        }
        self.add(name, entry);
    }

    fn add(&mut self, name: Cow<'static, str>, entry: Entry) {
        if name.trim().is_empty() {
            return;
        }
        if let Some(&i) = self.index.get(&name) {
            // Later lists and user entries override earlier ones.
            if entry.user || !self.entries[i].user {
                let country = self.entries[i].country || entry.country;
                self.entries[i] = Entry { country, ..entry };
            }
            return;
        }
        self.index.insert(name.clone(), self.patterns.len());
        self.patterns.push(name);
        self.entries.push(entry);
    }
}

fn named(label: Label) -> Entry {
    Entry {
        kind: Kind::Named(label),
        country: false,
        user: false,
        sport: false,
    }
}

impl Lexicon {
    /// Compile the embedded lists with the user's additions.
    pub(crate) fn new(config: &Config) -> Result<Lexicon, Error> {
        let mut b = Builder {
            patterns: Vec::with_capacity(8000),
            entries: Vec::with_capacity(8000),
            index: word_map(8000),
        };
        for src in [PLACES, PLACES_EXTRA] {
            for r in rows(src) {
                if let (Some(&name), Some(label)) = (r.first(), r.get(1).and_then(|l| label_of(l)))
                {
                    let mut e = named(label);
                    e.country = r.get(2) == Some(&"country");
                    b.add(Cow::Borrowed(name), e);
                }
            }
        }
        for r in rows(US_STATES_AP) {
            b.add(Cow::Borrowed(r[0]), named(Label::Gpe));
        }
        for r in rows(ENTITIES) {
            if let Some(label) = r.get(1).and_then(|l| label_of(l)) {
                b.add(Cow::Borrowed(r[0]), named(label));
            }
        }
        // Sports clubs: a club's full name overrides a place of the same
        // name ("Ajax"); a nickname that is an ordinary word never
        // overrides an entry.
        for r in rows(SPORTS_TEAMS) {
            let mut e = named(Label::Org);
            e.sport = r.get(1) == Some(&"sport");
            if !(e.sport && b.index.contains_key(r[0])) {
                b.add(Cow::Borrowed(r[0]), e);
            }
        }
        for r in rows(DEMONYMS) {
            b.add(Cow::Borrowed(r[0]), named(Label::Norp));
        }
        for r in rows(TITLES) {
            let kind = match r.get(1).copied() {
                Some("rank") => TitleKind::Rank,
                Some("honorific") => TitleKind::Honorific,
                _ => TitleKind::Office,
            };
            let e = Entry {
                kind: Kind::Title(kind),
                country: false,
                user: false,
                sport: false,
            };
            if kind == TitleKind::Honorific {
                // "Sister", "Father": only capitalised.
                b.add(Cow::Borrowed(r[0]), e);
            } else {
                b.add_cased(Cow::Borrowed(r[0]), e);
            }
        }
        let mut words: WordMap<Cow<'static, str>, u32> = word_map(24_000);
        for r in rows(NER_WORDS) {
            if let Some(k) = r.get(1) {
                *words.entry(Cow::Borrowed(r[0])).or_default() |= word_kind(k);
            }
        }
        for r in rows(GIVEN_NAMES) {
            let g = match r.get(1).copied() {
                Some("M") => f::GIVEN_M,
                Some("F") => f::GIVEN_F,
                _ => f::GIVEN_U,
            };
            *words.entry(Cow::Borrowed(r[0])).or_default() |= g;
        }
        for r in rows(SURNAMES) {
            *words.entry(Cow::Borrowed(r[0])).or_default() |= f::SURNAME;
        }
        // User additions.
        let user = |kind: Kind| Entry {
            kind,
            country: false,
            user: true,
            sport: false,
        };
        for p in &config.people {
            let p = p.split_whitespace().collect::<Vec<_>>().join(" ");
            let parts: Vec<&str> = p.split(' ').collect();
            if parts.len() >= 2 {
                *words.entry(Cow::Owned(parts[0].to_string())).or_default() |=
                    f::GIVEN_U | f::USER_NAME;
                *words
                    .entry(Cow::Owned(parts[parts.len() - 1].to_string()))
                    .or_default() |= f::SURNAME | f::USER_NAME;
            }
            b.add(Cow::Owned(p), user(Kind::Person));
        }
        for o in &config.organizations {
            b.add(Cow::Owned(norm_space(o)), user(Kind::Named(Label::Org)));
        }
        for o in &config.places {
            b.add(Cow::Owned(norm_space(o)), user(Kind::Named(Label::Gpe)));
        }
        for (label, o) in &config.entities {
            b.add(Cow::Owned(norm_space(o)), user(Kind::Named(*label)));
        }
        for t in &config.titles {
            b.add_cased(
                Cow::Owned(norm_space(t)),
                user(Kind::Title(TitleKind::Office)),
            );
        }
        // Lower-case words apart, with the first words of lower-case entries.
        let mut lower_words: WordMap<Cow<'static, str>, u32> = word_map(1024);
        for p in &b.patterns {
            if p.starts_with(|c: char| c.is_lowercase()) {
                let first = p.split(' ').next().unwrap_or(p);
                let key = match p {
                    Cow::Borrowed(s) => Cow::Borrowed(s.split(' ').next().unwrap_or(s)),
                    Cow::Owned(_) => Cow::Owned(first.to_string()),
                };
                *lower_words.entry(key).or_default() |= f::LOWER_START;
            }
        }
        // Title modifiers and sports words also capitalised ("Foreign",
        // "CRICKET" title-cased), so one look-up finds them.
        let capitalised: Vec<(String, u32)> = words
            .iter()
            .filter(|(k, v)| {
                **v & (f::TITLE_MOD | f::SPORT) != 0
                    && k.starts_with(|c: char| c.is_ascii_lowercase())
            })
            .map(|(k, v)| {
                let mut c = k.to_string();
                c[..1].make_ascii_uppercase();
                (c, *v & (f::TITLE_MOD | f::SPORT))
            })
            .collect();
        for (k, v) in capitalised {
            *words.entry(Cow::Owned(k)).or_default() |= v;
        }
        words.retain(|k, v| {
            if k.starts_with(|c: char| c.is_lowercase()) {
                *lower_words.entry(k.clone()).or_default() |= *v;
                false
            } else {
                true
            }
        });
        let trie = Trie::new(b.patterns.iter().map(|p| p.as_bytes()));
        let mut lower_filter = LetterFilter::new();
        for k in lower_words.keys() {
            lower_filter.insert(k.as_bytes());
        }
        let mut start_filter = LetterFilter::new();
        let mut plural = Vec::new();
        let mut toks = Vec::new();
        for (p, e) in b.patterns.iter().zip(&b.entries) {
            // The first token as the tokenizer reads it: a hit that ends on
            // a token end starts with the same token in the text.
            toks.clear();
            crate::text::token::tokenize_into(p, crate::span::Span::new(0, p.len()), &mut toks);
            let Some(first) = toks.first() else { continue };
            let w = &p.as_bytes()[first.span.start..first.span.end];
            start_filter.insert(w);
            if toks.len() == 1 && matches!(e.kind, Kind::Title(_)) {
                plural.clear();
                plural.extend_from_slice(w);
                plural.push(b's');
                start_filter.insert(&plural);
            }
        }
        Ok(Lexicon {
            trie,
            entries: b.entries,
            words: WordTable::new(words.iter().map(|(k, &v)| (k.as_bytes(), v))),
            lower_words: WordTable::new(lower_words.iter().map(|(k, &v)| (k.as_bytes(), v))),
            lower_filter,
            start_filter,
            index: b.index,
        })
    }

    /// Whether a hit that ends on a token end may start with token `w`
    /// (false: [`Lexicon::hit_at`] at it finds nothing that ends on a token end).
    #[inline]
    pub(crate) fn may_start_hit(&self, w: &str) -> bool {
        self.start_filter.may_contain(w.as_bytes())
    }

    /// The longest entry matching at byte `start` of `text` (in its own
    /// case) and ending on a word boundary at or before `limit`.
    pub(crate) fn hit_at(&self, text: &str, start: usize, limit: usize) -> Option<Hit> {
        let bytes = text.as_bytes();
        let lim = limit.min(text.len());
        if lim <= start {
            return None;
        }
        // Walk the trie from `start`: every entry that ends on the way is
        // one the text begins with. Keep the four longest (a ring).
        let mut node = Trie::ROOT;
        let mut found = [(0usize, 0u32); 4];
        let mut n = 0usize;
        for (k, &b) in bytes[start..lim].iter().enumerate() {
            let Some(next) = self.trie.next(node, b) else {
                break;
            };
            node = next;
            if let Some(p) = self.trie.string(node) {
                found[n % 4] = (start + k + 1, p);
                n += 1;
            }
        }
        // The longest entry that ends on a word boundary, trying at most
        // four, longest first.
        let mut lim = lim;
        for t in 0..n.min(4) {
            let (end, pattern) = found[(n - 1 - t) % 4];
            let entry = self.entries[pattern as usize];
            if boundary_after(text, end) {
                return Some(Hit {
                    end,
                    entry,
                    plural: false,
                });
            }
            // "Presidents": a title with a plural s.
            if matches!(entry.kind, Kind::Title(_))
                && matches!(bytes.get(end), Some(b's'))
                && boundary_after(text, end + 1)
                && end < lim
            {
                return Some(Hit {
                    end: end + 1,
                    entry,
                    plural: true,
                });
            }
            lim = end - 1;
        }
        None
    }

    /// The entry named by words written in capitals ("NEW YORK" → "New
    /// York"), given as the title-cased text of one to four words.
    pub(crate) fn entry_titlecased(&self, words: &[&str]) -> Option<Entry> {
        let mut buf = [0u8; 64];
        let mut n = 0;
        for (k, w) in words.iter().enumerate() {
            if !w.is_ascii() || n + w.len() + 1 > buf.len() {
                return None;
            }
            if k > 0 {
                buf[n] = b' ';
                n += 1;
            }
            title_case_into(w.as_bytes(), &mut buf[n..n + w.len()]);
            n += w.len();
        }
        let key = std::str::from_utf8(&buf[..n]).ok()?;
        self.index.get(key).map(|&i| self.entries[i])
    }

    /// Features of a word as written.
    #[inline]
    pub(crate) fn word(&self, w: &str) -> u32 {
        let b = w.as_bytes();
        let lower = b.first().is_some_and(u8::is_ascii_lowercase);
        if lower && !self.lower_filter.may_contain(b) {
            return 0;
        }
        self.word_map(w, lower)
    }

    /// The gender the given-name list gives a first name, when it is sure
    /// (90% of the births with that name are of one sex): read from the
    /// word's features, so the list is held once.
    pub(crate) fn given_gender(&self, name: &str) -> Option<Gender> {
        let g = self.word(name);
        if g & f::GIVEN_M != 0 {
            Some(Gender::Male)
        } else if g & f::GIVEN_F != 0 {
            Some(Gender::Female)
        } else {
            None
        }
    }

    /// The map look-up behind [`Lexicon::word`], apart so that the filter
    /// test inlines small into the callers.
    #[inline(never)]
    fn word_map(&self, w: &str, lower: bool) -> u32 {
        let map = if lower {
            &self.lower_words
        } else {
            &self.words
        };
        map.get(w.as_bytes()).unwrap_or(0)
    }

    /// Features of a word, also trying its title-case form when it is
    /// written in capitals ("LEICESTERSHIRE" → "Leicestershire").
    #[inline]
    pub(crate) fn word_any_case(&self, w: &str, upper: bool) -> u32 {
        let direct = self.word(w);
        if direct != 0 || !upper {
            return direct;
        }
        self.title_cased(w)
    }

    /// Features of the title-case form of a word written in capitals.
    #[inline(never)]
    fn title_cased(&self, w: &str) -> u32 {
        if w.len() > 40 || !w.is_ascii() {
            return 0;
        }
        let mut buf = [0u8; 40];
        let out = &mut buf[..w.len()];
        title_case_into(w.as_bytes(), out);
        std::str::from_utf8(out).map_or(0, |s| self.word(s))
    }

    /// Head-word and vocabulary features of a word or of its singular
    /// ("Departments", "Clouds").
    pub(crate) fn head_of(&self, w: &str, features: u32) -> u32 {
        let h = features & (f::HEAD | f::VOCAB);
        if h != 0 || w.len() < 4 || !w.ends_with('s') || features & f::GIVEN != 0 {
            return h;
        }
        let singular = self.word(&w[..w.len() - 1]);
        // A plural ordinary word may be a surname ("Stones", "Banks").
        let plural_vocab = if singular & f::VOCAB != 0 {
            f::PLURAL_VOCAB
        } else {
            0
        };
        (singular & (f::ORG_HEAD | f::EVENT_HEAD | f::FAC_HEAD | f::LOC_HEAD)) | plural_vocab
    }
}

fn norm_space(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// True when no letter or digit follows byte `end`.
#[inline]
pub(crate) fn boundary_after(text: &str, end: usize) -> bool {
    match text.get(end..).and_then(|r| r.chars().next()) {
        None => true,
        Some(c) => !c.is_alphanumeric(),
    }
}

/// Write the ASCII word `w` into `out` (as long as `w`) in title case: a
/// letter after a letter in lower case, every other byte in upper case
/// ("NEW-YORK" → "New-York", "O'NEILL" → "O'Neill").
fn title_case_into(w: &[u8], out: &mut [u8]) {
    for (i, (o, &c)) in out.iter_mut().zip(w).enumerate() {
        *o = if i == 0 || !w[i - 1].is_ascii_alphabetic() {
            c.to_ascii_uppercase()
        } else {
            c.to_ascii_lowercase()
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lexicon() -> Lexicon {
        let config = Config {
            titles: vec!["chief  whip".to_string()],
            ..Config::default()
        };
        Lexicon::new(&config).unwrap()
    }

    #[test]
    fn words_in_capitals_are_title_cased() {
        for (w, want) in [
            ("NEW", "New"),
            ("NEW-YORK", "New-York"),
            ("O'NEILL", "O'Neill"),
            ("mcdonald", "Mcdonald"),
            ("A", "A"),
            ("3M", "3M"),
        ] {
            let mut out = vec![0u8; w.len()];
            title_case_into(w.as_bytes(), &mut out);
            assert_eq!(std::str::from_utf8(&out).unwrap(), want, "{w}");
        }
    }

    /// `hit_at` by brute force: every entry that the text begins with,
    /// longest first, and the first of the four longest that ends on a word
    /// boundary (or is a title with a plural s).
    fn hit_at_slowly(lex: &Lexicon, text: &str, start: usize) -> Option<(usize, bool)> {
        let rest = &text.as_bytes()[start..];
        let mut ends: Vec<(usize, &Entry)> = lex
            .index
            .iter()
            .filter(|(p, _)| rest.starts_with(p.as_bytes()))
            .map(|(p, &i)| (start + p.len(), &lex.entries[i]))
            .collect();
        ends.sort_by_key(|&(e, _)| std::cmp::Reverse(e));
        for &(end, entry) in ends.iter().take(4) {
            if boundary_after(text, end) {
                return Some((end, false));
            }
            if matches!(entry.kind, Kind::Title(_))
                && text.as_bytes().get(end) == Some(&b's')
                && boundary_after(text, end + 1)
            {
                return Some((end + 1, true));
            }
        }
        None
    }

    #[test]
    fn trie_walk_agrees_with_brute_force() {
        let lex = lexicon();
        let text = concat!(
            include_str!("../../data/sample/article.txt"),
            " The New York Post, the New Yorker and New York City. Presidents and Prime Ministers ",
            "met U.S. envoys, the U.S.A team and Generals. Hong Kong-based chief whips spoke.",
        );
        let mut checked = 0;
        for (start, c) in text.char_indices() {
            let at_word = c.is_alphanumeric()
                && !text[..start]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric);
            if !at_word {
                continue;
            }
            let got = lex
                .hit_at(text, start, text.len())
                .map(|h| (h.end, h.plural));
            assert_eq!(
                got,
                hit_at_slowly(&lex, text, start),
                "at {:?}",
                &text[start..]
            );
            checked += usize::from(got.is_some());
        }
        assert!(
            checked > 20,
            "only {checked} hits: the sample should hold many"
        );
    }

    #[test]
    fn titles_match_in_both_first_letter_cases_and_plural() {
        let lex = lexicon();
        for text in ["President Ruto", "president Ruto", "Special envoy Vega"] {
            let h = lex.hit_at(text, 0, text.len()).unwrap();
            assert!(matches!(h.entry.kind, Kind::Title(_)), "{text}");
        }
        let text = "Presidents Ruto and Vega";
        let h = lex.hit_at(text, 0, text.len()).unwrap();
        assert!(h.plural && &text[..h.end] == "Presidents");
        // A user title, its spaces normalised.
        let text = "chief whip Ana";
        let h = lex.hit_at(text, 0, text.len()).unwrap();
        assert_eq!(&text[..h.end], "chief whip");
    }

    #[test]
    fn names_match_their_case_and_whole_words_only() {
        let lex = lexicon();
        let h = lex.hit_at("Geneva talks", 0, 12).unwrap();
        assert_eq!(h.entry.kind, Kind::Named(Label::Gpe));
        assert!(lex.hit_at("geneva talks", 0, 12).is_none());
        assert!(lex.hit_at("Genevans", 0, 8).is_none());
        // The limit cuts a longer entry down to a shorter one.
        let text = "New Zealand";
        assert_eq!(lex.hit_at(text, 0, 11).unwrap().end, 11);
    }

    #[test]
    fn capitals_find_the_title_cased_entry() {
        let lex = lexicon();
        let e = lex.entry_titlecased(&["NEW", "ZEALAND"]).unwrap();
        assert_eq!(e.kind, Kind::Named(Label::Gpe));
        assert!(e.country);
        assert!(lex.entry_titlecased(&["NOWHERESVILLE"]).is_none());
    }

    #[test]
    fn word_features_and_plural_heads() {
        let lex = lexicon();
        assert_ne!(lex.word("Margaret") & f::GIVEN_F, 0);
        assert_ne!(lex.word_any_case("MARGARET", true) & f::GIVEN, 0);
        assert_ne!(lex.word("Foreign") & f::TITLE_MOD, 0);
        assert_ne!(lex.word_any_case("CRICKET", true) & f::SPORT, 0);
        assert_ne!(lex.head_of("Departments", 0) & f::ORG_HEAD, 0);
        assert_eq!(lex.given_gender("Margaret"), Some(Gender::Female));
    }

    /// The gender read from the features is the list's, for every name of it.
    #[test]
    fn given_gender_is_the_lists() {
        let lex = lexicon();
        for r in rows(GIVEN_NAMES) {
            let want = match r[1] {
                "M" => Some(Gender::Male),
                "F" => Some(Gender::Female),
                _ => None,
            };
            assert_eq!(lex.given_gender(r[0]), want, "{}", r[0]);
        }
        assert_eq!(lex.given_gender("Ventriloquist"), None);
    }
}
