//! People pass: PERSON entities → people of the article.
//!
//! Reads: the text, `Analysis::entities`, `titles`, `tokens`. Writes: `Analysis::people`.
//!
//! Every PERSON mention joins exactly one person:
//! 1. mentions of two words or more join the person with the same first and
//!    last word ("Donald Trump", "Donald J. Trump"); different given names
//!    with one surname stay different people;
//! 2. a one-word mention ("Driscoll", "Mr Driscoll", "President Zelensky")
//!    joins the person whose last name word it is — the one mentioned most
//!    recently before it, else the first after it; failing that, the one
//!    person whose first name it is, when exactly one person has it (a first
//!    name shared by two people joins neither). Otherwise the word is a
//!    person of its own;
//! 3. the canonical name is the fullest mention (most words, first used);
//!    titles are gathered from every mention in order of first use, compared
//!    without case, kept in the article's spelling; a plural title shared by
//!    coordinated names ("Presidents Zelensky and Trump") is recorded
//!    singular ("President");
//! 4. gender: a form of address (Mr, Mrs, Ms) first, then the given-name
//!    list when it is sure (90% of bearers one sex), then the majority of
//!    he/she pronouns that follow a mention before another person is named
//!    (the weakest clue: the pronoun may be about someone else).

use crate::analysis::{Analysis, Gender, Label, Person};
use crate::ner::lexicon::{given_gender, WordMap};
use crate::span::Span;
use crate::text::token::TokenKind;

/// How far after a mention a pronoun may tell the person's gender (tokens).
const PRONOUN_WINDOW: usize = 40;

struct Draft {
    mentions: Vec<Span>,
    /// Name words of the fullest mention.
    first: String,
    name: String,
    words: usize,
    /// Starts of the full-name mentions, in text order.
    full_starts: Vec<usize>,
    /// Start of the last one-word mention joined so far.
    last_single: Option<usize>,
}

fn name_words(s: &str) -> impl Iterator<Item = &str> {
    s.split_whitespace()
}

fn normalise(s: &str) -> String {
    name_words(s).collect::<Vec<_>>().join(" ")
}

/// Join the PERSON mentions of `doc` into people.
pub(crate) fn run(doc: &mut Analysis<'_>) {
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
    let mut drafts: Vec<Draft> = Vec::new();
    // Keys borrow the name words from the text: no allocation per mention.
    let mut by_full: WordMap<(&str, &str), usize> = WordMap::default();
    let mut by_last: WordMap<&str, Vec<usize>> = WordMap::default();
    let mut by_first: WordMap<&str, Vec<usize>> = WordMap::default();
    let mut owner: Vec<Option<usize>> = vec![None; mentions.len()];
    // 1. Full names.
    for (m, span) in mentions.iter().enumerate() {
        let s = &text[*span];
        let mut words = name_words(s);
        let Some(first) = words.next() else {
            continue;
        };
        let (last, n_words) = words.fold((first, 1), |(_, n), w| (w, n + 1));
        if n_words < 2 {
            continue;
        }
        let found = by_full.get(&(first, last)).copied();
        let id = match found {
            Some(id) => id,
            None => {
                by_full.insert((first, last), drafts.len());
                by_last.entry(last).or_default().push(drafts.len());
                by_first.entry(first).or_default().push(drafts.len());
                drafts.push(Draft {
                    mentions: Vec::new(),
                    first: first.to_string(),
                    name: normalise(s),
                    words: n_words,
                    full_starts: Vec::new(),
                    last_single: None,
                });
                drafts.len() - 1
            }
        };
        let d = &mut drafts[id];
        if n_words > d.words {
            d.words = n_words;
            d.name = normalise(s);
        }
        d.mentions.push(*span);
        d.full_starts.push(span.start);
        owner[m] = Some(id);
    }
    // 2. One-word mentions: the surname of a full name, or a person of their own.
    let mut single: WordMap<&str, usize> = WordMap::default();
    for (m, span) in mentions.iter().enumerate() {
        if owner[m].is_some() {
            continue;
        }
        // Every mention of two words or more has its person from step 1:
        // this one has one name word (or none).
        let word = name_words(&text[*span]).next().unwrap_or("");
        let candidates: &[usize] = by_last.get(word).map_or(&[], Vec::as_slice);
        // A first name alone joins the one person of the article who has it.
        let by_first = match by_first.get(word).map(Vec::as_slice) {
            Some(&[id]) => Some(id),
            _ => None,
        };
        let id = if candidates.is_empty() {
            match single.get(word).copied().or(by_first) {
                Some(id) => id,
                None => {
                    single.insert(word, drafts.len());
                    drafts.push(Draft {
                        mentions: Vec::new(),
                        first: word.to_string(),
                        name: word.to_string(),
                        words: 1,
                        full_starts: Vec::new(),
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
                    let k = d.full_starts.partition_point(|&p| p < span.start);
                    let full = k.checked_sub(1).map(|k| d.full_starts[k]);
                    full.max(d.last_single).map(|p| (p, id))
                })
                .max();
            match before {
                Some((_, id)) => id,
                None => candidates[0],
            }
        };
        drafts[id].last_single = Some(span.start);
        drafts[id].mentions.push(*span);
    }
    // People in order of first mention.
    for d in &mut drafts {
        d.mentions.sort();
    }
    drafts.sort_by_key(|d| d.mentions.first().map_or(usize::MAX, |s| s.start));
    let mut notes_sorted = doc.titles.clone();
    notes_sorted.sort_by_key(|t| t.mention);
    let mut people: Vec<Person> = Vec::with_capacity(drafts.len());
    for (id, d) in drafts.into_iter().enumerate() {
        let mut titles: Vec<String> = Vec::new();
        let mut address: Option<Gender> = None;
        let notes = d.mentions.iter().flat_map(|m| {
            let k = notes_sorted.partition_point(|t| t.mention < *m);
            notes_sorted[k..]
                .iter()
                .take_while(move |t| t.mention == *m)
        });
        for note in notes {
            if note.address.is_some() {
                address = note.address;
            }
            if !note.record {
                continue;
            }
            let mut title = normalise(&text[note.title]);
            if note.plural && title.ends_with('s') {
                title.pop();
            }
            if !titles.iter().any(|t| t.eq_ignore_ascii_case(&title)) {
                titles.push(title);
            }
        }
        let given = if d.words >= 2 {
            given_gender(&d.first)
        } else {
            None
        };
        let gender = address
            .or(given)
            .or_else(|| pronoun_gender(doc, &d.mentions, &mentions));
        people.push(Person {
            id,
            name: d.name,
            titles,
            mentions: d.mentions,
            gender,
        });
    }
    doc.people = people;
}

/// The gender most pronouns after the person's mentions give, if any.
fn pronoun_gender(doc: &Analysis<'_>, own: &[Span], all: &[Span]) -> Option<Gender> {
    let toks = &doc.tokens;
    let (mut male, mut female) = (0u32, 0u32);
    for m in own {
        let mut i = toks.partition_point(|t| t.span.start < m.end);
        let stop = (i + PRONOUN_WINDOW).min(toks.len());
        // The next PERSON mention after this one ends the window.
        let j = all.partition_point(|s| s.start < m.end);
        let next_other = all.get(j).map_or(usize::MAX, |s| s.start);
        while i < stop && toks[i].span.start < next_other {
            let t = &toks[i];
            if t.kind == TokenKind::Word {
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
            i += 1;
        }
    }
    match male.cmp(&female) {
        std::cmp::Ordering::Greater => Some(Gender::Male),
        std::cmp::Ordering::Less => Some(Gender::Female),
        std::cmp::Ordering::Equal => None,
    }
}
