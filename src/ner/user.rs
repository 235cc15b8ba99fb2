//! The user's own evidence in the entity and people passes: patterns,
//! exclusions and the given-name → gender list (see `ExtractorBuilder`).
//!
//! Reads: the entities the pass found, `Analysis::paragraphs`.
//! Writes: the merged entities (before the people pass reads them).
//!
//! Merge policy: a user pattern is the strongest evidence. Its matches (each
//! trimmed of surrounding whitespace, inside one paragraph; overlapping
//! matches: the earliest, then the longest) replace every entity they
//! overlap, under the rule id `user/pattern`. An excluded text is never an
//! entity: every entity whose text equals it (whitespace normalised, case
//! kept) is dropped, and so it makes no person either.

use crate::analysis::{Entity, Gender, Label, Paragraph};
use crate::config::Config;
use crate::ner::lexicon::{Lexicon, WordMap};
use crate::rule::USER_PATTERN;
use crate::span::Span;
use crate::Error;
use regex::Regex;
use std::collections::HashSet;

/// Compiled user patterns and exclusions.
#[derive(Clone, Debug, Default)]
pub(crate) struct UserEntities {
    patterns: Vec<(Label, Regex)>,
    excluded: HashSet<String>,
}

impl UserEntities {
    /// Compile the patterns (each once).
    pub(crate) fn new(config: &Config) -> Result<UserEntities, Error> {
        let mut patterns = Vec::with_capacity(config.patterns.len());
        for (label, src) in &config.patterns {
            let re = Regex::new(src).map_err(|e| Error::bad_pattern(src, &e.to_string()))?;
            patterns.push((*label, re));
        }
        let excluded = config.excluded.iter().map(|x| norm_space(x)).collect();
        Ok(UserEntities { patterns, excluded })
    }

    /// Apply the exclusions and merge the pattern matches into `out` (sorted
    /// by start, disjoint; kept so).
    pub(crate) fn merge(&self, text: &str, paragraphs: &[Paragraph], out: &mut Vec<Entity>) {
        if !self.excluded.is_empty() {
            out.retain(|e| !self.excluded.contains(&*normalised(&text[e.span])));
        }
        if self.patterns.is_empty() {
            return;
        }
        let mut found: Vec<(Span, Label)> = Vec::new();
        for (label, re) in &self.patterns {
            for m in re.find_iter(text) {
                let s = &text[m.range()];
                let a = m.start() + (s.len() - s.trim_start().len());
                let z = m.start() + s.trim_end().len();
                if a >= z {
                    continue;
                }
                let span = Span::new(a, z);
                // Inside one paragraph (so never over the date marker).
                let i = paragraphs.partition_point(|p| p.span.end < span.end);
                if paragraphs.get(i).is_some_and(|p| p.span.contains(span)) {
                    found.push((span, *label));
                }
            }
        }
        if found.is_empty() {
            return;
        }
        found.sort_by_key(|(s, _)| (s.start, std::cmp::Reverse(s.end)));
        let mut last_end = 0;
        found.retain(|(s, _)| {
            let keep = s.start >= last_end;
            if keep {
                last_end = s.end;
            }
            keep
        });
        // Built-in entities that overlap no match stay (both lists sorted).
        let mut k = 0;
        out.retain(|e| {
            while k < found.len() && found[k].0.end <= e.span.start {
                k += 1;
            }
            !(k < found.len() && found[k].0.start < e.span.end)
        });
        out.extend(found.into_iter().map(|(span, label)| Entity {
            span,
            label,
            value: None,
            rule: USER_PATTERN,
        }));
        out.sort_by_key(|e| e.span.start);
    }
}

/// The given-name → gender list the people pass consults: the embedded one
/// (from `given_names.tsv`), with the user's entries over it or instead of
/// it.
#[derive(Clone, Debug, Default)]
pub(crate) struct Genders {
    user: WordMap<String, Option<Gender>>,
    replace: bool,
}

impl Genders {
    pub(crate) fn new(config: &Config) -> Genders {
        Genders {
            user: config
                .given_genders
                .iter()
                .map(|(n, g)| (n.trim().to_string(), *g))
                .collect(),
            replace: config.replace_given_genders,
        }
    }

    /// The gender the list gives the first name `name`, if it is sure; the
    /// embedded list is read from the entity pass's word features (`lex`).
    pub(crate) fn get(&self, name: &str, lex: &Lexicon) -> Option<Gender> {
        match self.user.get(name) {
            Some(g) => *g,
            None if self.replace => None,
            None => lex.given_gender(name),
        }
    }
}

/// `s` with every run of whitespace made one space, and trimmed.
pub(crate) fn norm_space(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `s`, whitespace normalised, copied only when it must be.
fn normalised(s: &str) -> std::borrow::Cow<'_, str> {
    let plain = !s.contains("  ") && !s.contains(|c: char| c.is_whitespace() && c != ' ');
    if plain {
        std::borrow::Cow::Borrowed(s)
    } else {
        std::borrow::Cow::Owned(norm_space(s))
    }
}
