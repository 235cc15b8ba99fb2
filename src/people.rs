//! People pass: PERSON entities → people of the article.
//!
//! Reads: the text, `Analysis::entities`, `titles`, `tokens`. Writes: `Analysis::people`.
//!
//! Every PERSON mention joins exactly one person:
//! 1. mentions of two words or more join the person with the same first and
//!    last word ("Donald Trump", "Donald J. Trump"), or, for two words, the
//!    one longer name ending with them (a compound surname: "Garcia Lopez"
//!    of "Maria Garcia Lopez", whose parts alone then join it too);
//!    different given names with one surname stay different people;
//!    names of three words or more are read first, so a compound surname
//!    used before the full name ("Suu Kyi", then "Aung San Suu Kyi") joins
//!    it too; a surname with its particles ("Van der Westhuizen") is read
//!    as a one-word mention of its last word;
//! 2. a one-word mention ("Driscoll", "Mr Driscoll", "President Zelensky")
//!    joins the person whose last name word it is, or a spelling variant of
//!    it (Zelensky, Zelenskiy, Zelenskyy) — among several, the one whose
//!    mentions carry the same title, else the one mentioned most recently
//!    before it, else the first after it; failing that, the one person whose
//!    first name it is, when exactly one person has it (a first name shared
//!    by two people joins neither). Otherwise the word is a person of its
//!    own;
//! 3. the canonical name is the fullest mention (most words, first used);
//!    titles are gathered from every mention in order of first use, compared
//!    without case, kept in the article's spelling; a plural title shared by
//!    coordinated names ("Presidents Zelensky and Trump") is recorded
//!    singular ("President"); a relative clause of office is written as a
//!    noun ("who heads the agency" → "head of the agency");
//! 4. gender: a form of address (Mr, Mrs, Ms) first, then the given-name
//!    list when it is sure (90% of bearers one sex), then the majority of
//!    he/she pronouns that follow a mention before another person is named
//!    (the weakest clue: the pronoun may be about someone else).

use crate::analysis::{Analysis, Gender, Label, Person, TitleNote};
use crate::ner::lexicon::{Lexicon, WordMap};
use crate::ner::user::Genders;
use crate::ner::variant_stem;
use crate::span::Span;
use crate::text::token::TokenKind;

/// How far after a mention a pronoun may tell the person's gender (tokens).
const PRONOUN_WINDOW: usize = 40;

struct Draft<'t> {
    /// Indexes of its mentions in the list of PERSON mentions.
    mentions: Vec<usize>,
    /// Name words of the fullest mention.
    first: &'t str,
    name: String,
    words: usize,
    /// How many of `mentions` are full names (they come first: step 1
    /// joins them, step 2 the one-word mentions).
    full: usize,
    /// Start of the last one-word mention joined so far.
    last_single: Option<usize>,
}

fn name_words(s: &str) -> impl Iterator<Item = &str> {
    s.split_whitespace()
}

/// The first and last of the [`name_words`] of `s`, and their number; `None`
/// when there is none. One scan of the bytes when `s` is ASCII (names mostly are).
fn first_last(s: &str) -> Option<(&str, &str, usize)> {
    // The ASCII white space of `char::is_whitespace`.
    let space = |c: u8| matches!(c, b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r' | b' ');
    let b = s.as_bytes();
    let (mut first, mut last, mut n) = (0..0, 0..0, 0);
    let mut i = 0;
    while i < b.len() {
        if space(b[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i < b.len() && !space(b[i]) {
            if !b[i].is_ascii() {
                // Other white space is not ASCII: the general way.
                let mut words = name_words(s);
                let first = words.next()?;
                let (last, n) = words.fold((first, 1), |(_, n), w| (w, n + 1));
                return Some((first, last, n));
            }
            i += 1;
        }
        if n == 0 {
            first = start..i;
        }
        last = start..i;
        n += 1;
    }
    (n > 0).then(|| (&s[first], &s[last], n))
}

/// A name particle that may open a surname used alone ("Van der
/// Westhuizen", "de Silva", "al-Assad" is one word).
fn particle(w: &str) -> bool {
    matches!(
        w,
        "van"
            | "Van"
            | "von"
            | "Von"
            | "de"
            | "De"
            | "der"
            | "Der"
            | "da"
            | "Da"
            | "di"
            | "Di"
            | "du"
            | "Du"
            | "del"
            | "Del"
            | "della"
            | "Della"
            | "dos"
            | "Dos"
            | "ter"
            | "Ter"
            | "ten"
            | "Ten"
            | "bin"
            | "Bin"
            | "ibn"
            | "Ibn"
    )
}

/// A name word as a map key: compared exactly, hashed eight bytes at a time
/// ([`crate::lexicon::hash_word`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Name<'t>(&'t str);

impl std::hash::Hash for Name<'_> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        crate::lexicon::hash_word(self.0.as_bytes(), false, state);
    }
}

/// The words of `s` joined by single spaces.
fn normalise(s: &str) -> String {
    if is_normal(s) {
        return s.to_string();
    }
    let mut out = String::new();
    normalise_into(&mut out, s);
    out
}

/// `s` is ASCII words with one space between them: [`normalise`] leaves it
/// as it is (the common case, told without splitting).
fn is_normal(s: &str) -> bool {
    let b = s.as_bytes();
    b.iter().enumerate().all(|(i, &c)| match c {
        b' ' => i > 0 && i + 1 < b.len() && b[i - 1] != b' ',
        b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r' => false,
        c => c.is_ascii(),
    })
}

/// The words of `s` joined by single spaces: `s` itself when it already is,
/// else written into `buf`.
fn normalised<'s>(s: &'s str, buf: &'s mut String) -> &'s str {
    if is_normal(s) {
        return s;
    }
    normalise_into(buf, s);
    buf
}

/// The words of `s` joined by single spaces, written over `out`.
fn normalise_into(out: &mut String, s: &str) {
    out.clear();
    for (k, w) in name_words(s).enumerate() {
        if k > 0 {
            out.push(' ');
        }
        out.push_str(w);
    }
}

/// Join the PERSON mentions of `doc` into people.
// One call per document: kept out of line so that profiles show the pass.
#[inline(never)]
pub(crate) fn run(doc: &mut Analysis<'_>, genders: &Genders, lex: &Lexicon) {
    let text = doc.text;
    let mentions: Vec<Span> = doc
        .entities
        .iter()
        .filter(|e| e.label == Label::Person)
        .map(|e| e.span)
        .collect();
    if mentions.is_empty() {
        doc.people.clear();
        return;
    }
    let sorted;
    let notes: &[TitleNote] = if doc.titles.windows(2).all(|w| w[0].mention <= w[1].mention) {
        &doc.titles
    } else {
        let mut v = doc.titles.clone();
        v.sort_by_key(|t| t.mention);
        sorted = v;
        &sorted
    };
    let mut drafts: Vec<Draft> = Vec::new();
    // Keys borrow the name words from the text: no allocation per mention.
    // The maps of names get their room at once (at most one key per mention).
    let room = mentions.len();
    let mut by_full: WordMap<(Name<'_>, Name<'_>), usize> =
        WordMap::with_capacity_and_hasher(room, Default::default());
    let mut by_last: WordMap<Name<'_>, Vec<usize>> =
        WordMap::with_capacity_and_hasher(room, Default::default());
    let mut by_first: WordMap<Name<'_>, Vec<usize>> =
        WordMap::with_capacity_and_hasher(room, Default::default());
    // The last two words of names of three words or more (usize::MAX: two people).
    let mut by_tail: WordMap<(Name<'_>, Name<'_>), usize> = WordMap::default();
    // Surnames by the stem of their spelling variants.
    let mut by_stem: WordMap<Name<'_>, Vec<usize>> = WordMap::default();
    // The person of each mention, and the one name word of the others.
    let mut owner: Vec<Option<usize>> = vec![None; mentions.len()];
    let mut one_word: Vec<&str> = vec![""; mentions.len()];
    // The first and last name words of each mention and their number, read once.
    let shapes: Vec<Option<(&str, &str, usize)>> = mentions
        .iter()
        .map(|span| first_last(&text[*span]))
        .collect();
    let long = |m: &usize| shapes[*m].is_some_and(|(_, _, n)| n >= 3);
    // 1. Full names: those of three words or more first, so that a compound
    // surname used before the full name ("Suu Kyi" in a headline, then "Aung
    // San Suu Kyi") finds it.
    let order = (0..mentions.len())
        .filter(long)
        .chain((0..mentions.len()).filter(|m| !long(m)));
    for m in order {
        let span = &mentions[m];
        let s = &text[*span];
        let Some((first, last, n_words)) = shapes[m] else {
            continue;
        };
        if n_words < 2 {
            one_word[m] = first;
            continue;
        }
        // "Van der Westhuizen" after "Joost van der Westhuizen": a surname
        // with its particles, used alone, is looked up by its last word.
        if particle(first) {
            one_word[m] = last;
            continue;
        }
        let key = (Name(first), Name(last));
        // "Garcia Lopez" after "Maria Garcia Lopez": the last words of a
        // longer name (a compound surname) are that person.
        let found = by_full
            .get(&key)
            .copied()
            .or_else(|| match (n_words, by_tail.get(&key)) {
                (2, Some(&id)) if id != usize::MAX => Some(id),
                _ => None,
            });
        let id = match found {
            Some(id) => id,
            None => {
                by_full.insert(key, drafts.len());
                by_last.entry(Name(last)).or_default().push(drafts.len());
                by_first.entry(Name(first)).or_default().push(drafts.len());
                if let Some(stem) = variant_stem(last) {
                    by_stem.entry(Name(stem)).or_default().push(drafts.len());
                }
                drafts.push(Draft {
                    mentions: Vec::new(),
                    first,
                    name: normalise(s),
                    words: n_words,
                    full: 0,
                    last_single: None,
                });
                drafts.len() - 1
            }
        };
        if n_words == 2 && drafts[id].words > 2 && drafts[id].first != first {
            // Either part of the compound surname, alone, is this person too.
            by_last.entry(Name(first)).or_default().push(id);
        }
        let d = &mut drafts[id];
        if n_words > d.words {
            d.words = n_words;
            d.name = normalise(s);
        }
        d.mentions.push(m);
        d.full += 1;
        owner[m] = Some(id);
        if n_words >= 3 {
            // Its last two words, for a compound surname used alone.
            let mut words = name_words(s);
            let before_last = words.nth(n_words - 2).unwrap_or(last);
            let slot = by_tail.entry((Name(before_last), Name(last))).or_insert(id);
            if *slot != id {
                *slot = usize::MAX;
            }
        }
    }
    // 2. One-word mentions: the surname of a full name, or a person of their own.
    let mut single: WordMap<Name<'_>, usize> =
        WordMap::with_capacity_and_hasher(room, Default::default());
    for (m, span) in mentions.iter().enumerate() {
        if owner[m].is_some() {
            continue;
        }
        // Every mention of two words or more has its person from step 1:
        // this one has one name word (or none).
        let word = one_word[m];
        let mut variants: Vec<usize> = Vec::new();
        let mut candidates: &[usize] = by_last.get(&Name(word)).map_or(&[], Vec::as_slice);
        if candidates.is_empty() {
            // "Zelensky" for "Zelenskiy": a spelling variant of one surname.
            if let Some(ids) = variant_stem(word).and_then(|st| by_stem.get(&Name(st))) {
                variants.extend(ids.iter().copied());
                variants.dedup();
                candidates = &variants;
            }
        }
        // "Vice President Stone": the one of them who has that title.
        // (A mention without a title of its own finds none.)
        let own = match candidates.len() {
            0 | 1 => None,
            _ => Some(titles_at(notes, *span)).filter(|own| own.clone().next().is_some()),
        };
        let titled: Option<usize> = if let Some(own) = own {
            candidates.iter().copied().find(|&id| {
                drafts[id].mentions.iter().any(|&dm| {
                    titles_at(notes, mentions[dm]).any(|t| {
                        own.clone()
                            .any(|o| text[o.title].eq_ignore_ascii_case(&text[t.title]))
                    })
                })
            })
        } else {
            None
        };
        // A first name alone joins the one person of the article who has it.
        let by_first = match by_first.get(&Name(word)).map(Vec::as_slice) {
            Some(&[id]) => Some(id),
            _ => None,
        };
        let id = if candidates.is_empty() {
            match single.get(&Name(word)).copied().or(by_first) {
                Some(id) => id,
                None => {
                    single.insert(Name(word), drafts.len());
                    drafts.push(Draft {
                        mentions: Vec::new(),
                        first: word,
                        // The word, or a surname with its particles.
                        name: normalise(&text[*span]),
                        words: 1,
                        full: 0,
                        last_single: None,
                    });
                    drafts.len() - 1
                }
            }
        } else {
            // The most recent before this mention, else the first after it.
            let before = candidates
                .iter()
                .filter_map(|&id| {
                    let d = &drafts[id];
                    let full_names = &d.mentions[..d.full];
                    let k = full_names.partition_point(|&m| mentions[m].start < span.start);
                    let full = k.checked_sub(1).map(|k| mentions[full_names[k]].start);
                    full.max(d.last_single).map(|p| (p, id))
                })
                .max();
            match (titled, before) {
                (Some(id), _) => id,
                (None, Some((_, id))) => id,
                (None, None) => candidates[0],
            }
        };
        drafts[id].last_single = Some(span.start);
        drafts[id].mentions.push(m);
        owner[m] = Some(id);
    }
    // People in order of first mention.
    for d in &mut drafts {
        d.mentions.sort_by_key(|&m| mentions[m]);
    }
    drafts.sort_by_key(|d| {
        d.mentions
            .first()
            .map_or(usize::MAX, |&m| mentions[m].start)
    });
    // 3. Titles and forms of address, from the notes in text order: each
    // person reads its notes in the order of its mentions.
    let mut person_of: Vec<usize> = vec![usize::MAX; mentions.len()];
    for (id, d) in drafts.iter().enumerate() {
        for &m in &d.mentions {
            person_of[m] = id;
        }
    }
    let mut titles: Vec<Vec<String>> = vec![Vec::new(); drafts.len()];
    let mut address: Vec<Option<Gender>> = vec![None; drafts.len()];
    // A title is copied only the first time a person has it.
    let mut buf = String::new();
    // Mentions are entities, sorted and disjoint: one cursor walks them
    // beside the notes.
    let mut m = 0;
    for note in notes {
        while mentions.get(m).is_some_and(|s| *s < note.mention) {
            m += 1;
        }
        if mentions.get(m) != Some(&note.mention) {
            continue;
        }
        let Some(&id) = person_of.get(m).filter(|&&id| id < drafts.len()) else {
            continue;
        };
        if note.address.is_some() {
            address[id] = note.address;
        }
        if !note.record {
            continue;
        }
        let mut title = normalised(&text[note.title], &mut buf);
        if note.plural && title.ends_with('s') {
            title = &title[..title.len() - 1];
        }
        let office;
        if let Some(t) = office_title(title) {
            office = t;
            title = &office;
        }
        let titles = &mut titles[id];
        if !titles
            .iter()
            .any(|t| t == title || t.eq_ignore_ascii_case(title))
        {
            titles.push(title.to_string());
        }
    }
    let mut people: Vec<Person> = Vec::with_capacity(drafts.len());
    for ((id, d), (titles, address)) in drafts
        .into_iter()
        .enumerate()
        .zip(titles.into_iter().zip(address))
    {
        let spans: Vec<Span> = d.mentions.iter().map(|&m| mentions[m]).collect();
        let given = if d.words >= 2 {
            genders.get(d.first, lex)
        } else {
            None
        };
        let gender = address
            .or(given)
            .or_else(|| pronoun_gender(doc, &spans, &mentions));
        people.push(Person {
            id,
            name: d.name,
            titles,
            mentions: spans,
            gender,
        });
    }
    doc.people = people;
}

/// The title notes of the mention `span` (`notes` sorted by mention).
fn titles_at(notes: &[TitleNote], span: Span) -> impl Iterator<Item = &TitleNote> + Clone {
    let i = notes.partition_point(|t| t.mention < span);
    notes[i..].iter().take_while(move |t| t.mention == span)
}

/// A title given by a verb in a relative clause ("who heads the agency"),
/// as a reader writes it: "head of the agency".
fn office_title(t: &str) -> Option<String> {
    let (verb, rest) = t.split_once(' ')?;
    let noun = match verb {
        "heads" | "headed" | "runs" | "ran" => "head of",
        "leads" | "led" => "leader of",
        "chairs" | "chaired" => "chair of",
        "directs" => "director of",
        "manages" => "manager of",
        "founded" => "founder of",
        "co-founded" => "co-founder of",
        "owns" => "owner of",
        "coaches" => "coach of",
        "oversees" => "head of",
        "represents" => "representative of",
        _ => return None,
    };
    Some(format!("{noun} {rest}"))
}

/// The gender most pronouns after the person's mentions give, if any.
fn pronoun_gender(doc: &Analysis<'_>, own: &[Span], all: &[Span]) -> Option<Gender> {
    let toks = &doc.tokens;
    let (mut male, mut female) = (0u32, 0u32);
    for m in own {
        let i = toks.partition_point(|t| t.span.start < m.end);
        let stop = (i + PRONOUN_WINDOW).min(toks.len());
        // The next PERSON mention after this one ends the window.
        let j = all.partition_point(|s| s.start < m.end);
        let next_other = all.get(j).map_or(usize::MAX, |s| s.start);
        for t in &toks[i..stop] {
            if t.span.start >= next_other {
                break;
            }
            // (The first letter keeps the string match off most words.)
            let first = doc.text.as_bytes().get(t.span.start).copied();
            if t.kind == TokenKind::Word && matches!(first, Some(b'h' | b'H' | b's' | b'S')) {
                match &doc.text[t.span] {
                    "he" | "He" | "him" | "his" | "His" | "himself" => {
                        male += 1;
                        break;
                    }
                    "she" | "She" | "her" | "Her" | "hers" | "herself" => {
                        female += 1;
                        break;
                    }
                    _ => {}
                }
            }
        }
    }
    match male.cmp(&female) {
        std::cmp::Ordering::Greater => Some(Gender::Male),
        std::cmp::Ordering::Less => Some(Gender::Female),
        std::cmp::Ordering::Equal => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_and_last_words_as_split_whitespace() {
        fn want(s: &str) -> Option<(&str, &str, usize)> {
            let w: Vec<&str> = s.split_whitespace().collect();
            Some((*w.first()?, *w.last()?, w.len()))
        }
        for s in [
            "",
            " \t",
            "Trump",
            "Donald  J. Trump ",
            "a\x0Bb\x0Cc\rd",
            "x\u{1F}y",
            "Mr\u{a0}Smith",
            "Jean-Noël\u{2003}Barrot",
        ] {
            assert_eq!(first_last(s), want(s), "{s:?}");
        }
        fn prop(s: String) -> bool {
            first_last(&s) == want(&s)
        }
        quickcheck::QuickCheck::new()
            .tests(500)
            .quickcheck(prop as fn(String) -> bool);
    }

    #[test]
    fn titles_are_normalised_to_single_spaces() {
        let mut buf = String::new();
        for s in [
            "",
            "President",
            "US Army Secretary",
            "US  Army Secretary",
            " Gen",
            "Gen ",
            "Prime\tMinister",
            "Prime\u{a0}Minister",
            "Première ministre",
            "Chief\nWhip",
        ] {
            assert_eq!(normalised(s, &mut buf), normalise(s), "{s:?}");
            assert_eq!(
                normalise(s),
                s.split_whitespace().collect::<Vec<_>>().join(" ")
            );
        }
    }
}
