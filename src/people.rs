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
//!    recently before it, else the first after it. A word that is only a
//!    first name of someone does not join them. Otherwise the word is a
//!    person of its own;
//! 3. the canonical name is the fullest mention (most words, first used);
//!    titles are gathered from every mention in order of first use, compared
//!    without case, kept in the article's spelling; a plural title shared by
//!    coordinated names ("Presidents Zelensky and Trump") is recorded
//!    singular ("President");
//! 4. gender: the article first — a form of address (Mr, Mrs, Ms) or the
//!    majority of he/she pronouns that follow a mention before another person
//!    is named — then the given-name list when it is sure.

use crate::analysis::{Analysis, Gender, Label, Person};
use crate::ner::lexicon::given_gender;
use crate::span::Span;
use crate::text::token::TokenKind;
use std::collections::HashMap;

/// How far after a mention a pronoun may tell the person's gender (tokens).
const PRONOUN_WINDOW: usize = 40;

struct Draft {
    mentions: Vec<Span>,
    /// Name words of the fullest mention.
    first: String,
    name: String,
    words: usize,
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
    let mut by_full: HashMap<(String, String), usize> = HashMap::new();
    let mut by_last: HashMap<String, Vec<usize>> = HashMap::new();
    let mut owner: Vec<Option<usize>> = vec![None; mentions.len()];
    // 1. Full names.
    for (m, span) in mentions.iter().enumerate() {
        let s = &text[*span];
        let words: Vec<&str> = name_words(s).collect();
        if words.len() < 2 {
            continue;
        }
        let (first, last) = (words[0], words[words.len() - 1]);
        let found = by_full.get(&(first.to_string(), last.to_string())).copied();
        let id = match found {
            Some(id) => id,
            None => {
                by_full.insert((first.to_string(), last.to_string()), drafts.len());
                by_last
                    .entry(last.to_string())
                    .or_default()
                    .push(drafts.len());
                drafts.push(Draft {
                    mentions: Vec::new(),
                    first: first.to_string(),
                    name: normalise(s),
                    words: words.len(),
                });
                drafts.len() - 1
            }
        };
        let d = &mut drafts[id];
        if words.len() > d.words {
            d.words = words.len();
            d.name = normalise(s);
        }
        d.mentions.push(*span);
        owner[m] = Some(id);
    }
    // 2. One-word mentions: the surname of a full name, or a person of their own.
    let mut single: HashMap<String, usize> = HashMap::new();
    for (m, span) in mentions.iter().enumerate() {
        if owner[m].is_some() {
            continue;
        }
        let word = normalise(&text[*span]);
        let candidates: Vec<usize> = by_last.get(&word).cloned().unwrap_or_default();
        let id = if candidates.is_empty() {
            match single.get(&word).copied() {
                Some(id) => id,
                None => {
                    single.insert(word.clone(), drafts.len());
                    drafts.push(Draft {
                        mentions: Vec::new(),
                        first: word.clone(),
                        name: word,
                        words: 1,
                    });
                    drafts.len() - 1
                }
            }
        } else {
            // The most recent before this mention, else the first after it.
            let before = candidates
                .iter()
                .copied()
                .filter_map(|id| {
                    drafts[id]
                        .mentions
                        .iter()
                        .filter(|s| s.start < span.start)
                        .map(|s| s.start)
                        .max()
                        .map(|p| (p, id))
                })
                .max();
            match before {
                Some((_, id)) => id,
                None => candidates[0],
            }
        };
        drafts[id].mentions.push(*span);
    }
    // People in order of first mention.
    for d in &mut drafts {
        d.mentions.sort();
    }
    drafts.sort_by_key(|d| d.mentions.first().map_or(usize::MAX, |s| s.start));
    let mut people: Vec<Person> = Vec::with_capacity(drafts.len());
    for (id, d) in drafts.into_iter().enumerate() {
        let mut titles: Vec<String> = Vec::new();
        let mut address: Option<Gender> = None;
        for note in doc
            .titles
            .iter()
            .filter(|t| d.mentions.binary_search(&t.mention).is_ok())
        {
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
        let gender = address
            .or_else(|| pronoun_gender(doc, &d.mentions, &mentions))
            .or_else(|| {
                if d.words >= 2 {
                    given_gender(&d.first)
                } else {
                    None
                }
            });
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
