//! The entity pass's word lists, compiled once per [`Tagger`](super::Tagger).
//!
//! Multi-word names, places, organisations, nationalities and titles go into
//! one Aho-Corasick automaton (leftmost-longest, anchored at token starts,
//! ASCII case-insensitive with a case check per entry). Single-word evidence
//! (given names, surnames, head words, particles, function words) goes into
//! one hash map from the word to a bit set of features.

use crate::analysis::{Gender, Label};
use crate::extractor::Config;
use crate::lexicon::rows;
use crate::Error;
use aho_corasick::{AhoCorasick, Anchored, Input, MatchKind, StartKind};
use std::borrow::Cow;
use std::collections::HashMap;

const PLACES: &str = include_str!("../../data/lexicon/places.tsv");
const PLACES_EXTRA: &str = include_str!("../../data/lexicon/places_extra.tsv");
const US_STATES_AP: &str = include_str!("../../data/lexicon/us_states_ap.tsv");
const ENTITIES: &str = include_str!("../../data/lexicon/entities.tsv");
const DEMONYMS: &str = include_str!("../../data/lexicon/demonyms.tsv");
const TITLES: &str = include_str!("../../data/lexicon/titles.tsv");
const NER_WORDS: &str = include_str!("../../data/lexicon/ner_words.tsv");
const GIVEN_NAMES: &str = include_str!("../../data/lexicon/given_names.tsv");
const SURNAMES: &str = include_str!("../../data/lexicon/surnames.tsv");

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
    /// Matched ASCII-case-insensitively (titles); other entries must match
    /// their case, or be written in capitals.
    pub(crate) caseless: bool,
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
    /// An ordinary English word often capitalised in names of things (Space, Group, Idea).
    pub(crate) const VOCAB: u32 = 1 << 17;
    /// A geographic word that starts a name (Mount, Lake, Cape).
    pub(crate) const LOC_START: u32 = 1 << 18;
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
    ac: AhoCorasick,
    patterns: Vec<Cow<'static, str>>,
    entries: Vec<Entry>,
    words: HashMap<Cow<'static, str>, u32>,
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
        _ => 0,
    }
}

struct Builder {
    patterns: Vec<Cow<'static, str>>,
    entries: Vec<Entry>,
    index: HashMap<Cow<'static, str>, usize>,
}

impl Builder {
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
        caseless: false,
    }
}

impl Lexicon {
    /// Compile the embedded lists with the user's additions.
    pub(crate) fn new(config: &Config) -> Result<Lexicon, Error> {
        let mut b = Builder {
            patterns: Vec::with_capacity(8000),
            entries: Vec::with_capacity(8000),
            index: HashMap::with_capacity(8000),
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
        for r in rows(DEMONYMS) {
            b.add(Cow::Borrowed(r[0]), named(Label::Norp));
        }
        for r in rows(TITLES) {
            let kind = match r.get(1).copied() {
                Some("rank") => TitleKind::Rank,
                Some("honorific") => TitleKind::Honorific,
                _ => TitleKind::Office,
            };
            b.add(
                Cow::Borrowed(r[0]),
                Entry {
                    kind: Kind::Title(kind),
                    country: false,
                    user: false,
                    caseless: true,
                },
            );
        }
        let mut words: HashMap<Cow<'static, str>, u32> = HashMap::with_capacity(24_000);
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
            caseless: matches!(kind, Kind::Title(_)),
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
        for t in &config.titles {
            b.add(
                Cow::Owned(norm_space(t)),
                user(Kind::Title(TitleKind::Office)),
            );
        }
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Anchored)
            .ascii_case_insensitive(true)
            .build(b.patterns.iter().map(|p| p.as_bytes()))
            .map_err(|e| Error::bad_entry("word list", &e.to_string()))?;
        Ok(Lexicon {
            ac,
            patterns: b.patterns,
            entries: b.entries,
            words,
        })
    }

    /// The longest entry matching at byte `start` of `text` and ending on a
    /// word boundary at or before `limit`. `caps` allows an entry written
    /// in lower case to match a text in capitals (headlines).
    pub(crate) fn hit_at(&self, text: &str, start: usize, limit: usize) -> Option<Hit> {
        let bytes = text.as_bytes();
        let mut lim = limit.min(text.len());
        for _ in 0..4 {
            if lim <= start {
                return None;
            }
            let input = Input::new(text).span(start..lim).anchored(Anchored::Yes);
            let m = self.ac.find(input)?;
            let end = m.end();
            let id = m.pattern().as_usize();
            let entry = self.entries[id];
            let pat = &self.patterns[id];
            let matched = &bytes[start..end];
            let case_ok = entry.caseless
                || matched == pat.as_bytes()
                || (pat.bytes().any(|c| c.is_ascii_lowercase())
                    && !matched.iter().any(|c| c.is_ascii_lowercase())
                    && matched.iter().filter(|c| c.is_ascii_uppercase()).count() >= 2);
            if case_ok {
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
                    && end + 1 <= limit
                {
                    return Some(Hit {
                        end: end + 1,
                        entry,
                        plural: true,
                    });
                }
            }
            lim = end - 1;
        }
        None
    }

    /// Features of a word as written.
    #[inline]
    pub(crate) fn word(&self, w: &str) -> u32 {
        self.words.get(w).copied().unwrap_or(0)
    }

    /// Features of a word, also trying its title-case form when it is
    /// written in capitals ("LEICESTERSHIRE" → "Leicestershire").
    pub(crate) fn word_any_case(&self, w: &str, upper: bool) -> u32 {
        let direct = self.word(w);
        if direct != 0 || !upper || w.len() > 40 || !w.is_ascii() {
            return direct;
        }
        let mut buf = [0u8; 40];
        let b = w.as_bytes();
        for (i, &c) in b.iter().enumerate() {
            buf[i] = if i == 0 || !b[i - 1].is_ascii_alphabetic() {
                c.to_ascii_uppercase()
            } else {
                c.to_ascii_lowercase()
            };
        }
        std::str::from_utf8(&buf[..b.len()]).map_or(0, |s| self.word(s))
    }

    /// Head-word features of a word or of its singular ("Departments").
    pub(crate) fn head_of(&self, w: &str, features: u32) -> u32 {
        let h = features & f::HEAD;
        if h != 0 || w.len() < 4 || !w.ends_with('s') {
            return h;
        }
        self.word(&w[..w.len() - 1]) & (f::ORG_HEAD | f::EVENT_HEAD | f::FAC_HEAD | f::LOC_HEAD)
    }

    /// Features of a word's lower-case form (title modifiers, particles).
    pub(crate) fn word_lower(&self, w: &str) -> u32 {
        if w.len() > 40 || !w.is_ascii() {
            return self.word(w);
        }
        let mut buf = [0u8; 40];
        for (i, &c) in w.as_bytes().iter().enumerate() {
            buf[i] = c.to_ascii_lowercase();
        }
        std::str::from_utf8(&buf[..w.len()]).map_or(0, |s| self.word(s))
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

static GIVEN_GENDER: once_cell::sync::Lazy<HashMap<&'static str, Gender>> =
    once_cell::sync::Lazy::new(|| {
        rows(GIVEN_NAMES)
            .filter_map(|r| match r.get(1).copied() {
                Some("M") => Some((r[0], Gender::Male)),
                Some("F") => Some((r[0], Gender::Female)),
                _ => None,
            })
            .collect()
    });

/// The gender the given-name list gives a first name, when it is sure
/// (90% of the births with that name are of one sex).
pub(crate) fn given_gender(name: &str) -> Option<Gender> {
    GIVEN_GENDER.get(name).copied()
}
