//! The splitter's word lists: abbreviations, and the words that tell whether
//! a capitalised word after a period starts a new sentence.
//!
//! Both lists are embedded TSV files parsed once into small hash tables. A
//! key is the word packed into one 128-bit integer (its bytes, zero-padded):
//! a lookup folds ASCII case while packing, then hashes and compares one
//! integer. No allocation, no byte-by-byte comparison.

use crate::lexicon::{rows, WordMap};
use once_cell::sync::Lazy;

/// How an abbreviation behaves at a possible sentence end.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Precedes a name or number (Mr., Gen., Mt., e.g.): never ends a sentence.
    Prefix,
    /// May end a sentence, but only before a word that usually starts one (U.S., St., No.).
    Initial,
    /// Ends a name or phrase (Inc., etc., Jan.): ends the sentence before a capitalised word.
    Suffix,
    /// a.m. and p.m.: a suffix that a weekday, month or time zone may follow.
    Time,
}

/// Role bits of a word in `sentence_words.tsv`.
pub(crate) const STARTER: u8 = 1;
/// A preposition that can open a short adverbial ("At 5 a.m.").
pub(crate) const PREP: u8 = 2;
/// A weekday, month or time zone ("9 a.m. Tuesday").
pub(crate) const TIME: u8 = 4;
/// A caption credit label before a colon ("Image: Reuters").
pub(crate) const LABEL: u8 = 8;
/// A speech verb that follows a quotation and its speaker ("Smith asked").
pub(crate) const SPEECH: u8 = 16;

type Table<V> = crate::lexicon::WordTable<V>;

/// Build both tables now, if not yet built: the extractor's build calls it,
/// so that no analysis pays for them.
pub(crate) fn load() {
    Lazy::force(&ABBREVIATIONS);
    Lazy::force(&WORDS);
}

static ABBREVIATIONS: Lazy<Table<(Kind, bool)>> = Lazy::new(|| {
    let src = include_str!("../../data/lexicon/abbreviations.tsv");
    let mut m = WordMap::default();
    for r in rows(src) {
        let kind = match r.get(1).copied() {
            Some("prefix") => Kind::Prefix,
            Some("initial") => Kind::Initial,
            Some("suffix") => Kind::Suffix,
            Some("time") => Kind::Time,
            _ => continue,
        };
        let cap = r.get(2).copied() == Some("cap");
        m.insert(r[0], (kind, cap));
    }
    Table::new(m.iter().map(|(k, v)| (k.as_bytes(), *v)))
});

static WORDS: Lazy<Table<u8>> = Lazy::new(|| {
    let src = include_str!("../../data/lexicon/sentence_words.tsv");
    let mut m: WordMap<&str, u8> = WordMap::default();
    for r in rows(src) {
        let role = match r.get(1).copied() {
            Some("starter") => STARTER,
            Some("prep") => PREP | STARTER,
            Some("time") => TIME,
            Some("label") => LABEL,
            Some("speech") => SPEECH,
            _ => continue,
        };
        *m.entry(r[0]).or_insert(0) |= role;
    }
    // Every verb the quote pass lets follow a quotation and its speaker
    // (flag `i` in `speech_verbs.tsv`: '"…," Ruiz conceded') is a speech
    // word here too, in its third-person and past forms, so the two lists
    // cannot drift apart.
    for r in rows(SPEECH_VERBS) {
        if r.get(5).is_some_and(|flags| flags.contains('i')) {
            for &form in &r[1..3] {
                if form != "-" {
                    *m.entry(form).or_insert(0) |= SPEECH;
                }
            }
        }
    }
    Table::new(m.iter().map(|(k, v)| (k.as_bytes(), *v)))
});

/// The quote pass's speech verbs (columns: base, third person, past, past
/// participle, -ing, flags).
const SPEECH_VERBS: &str = include_str!("../../data/lexicon/speech_verbs.tsv");

/// The kind of the abbreviation `word` (written without its final period).
pub(crate) fn abbreviation(word: &[u8]) -> Option<Kind> {
    let (kind, cap) = ABBREVIATIONS.get_folded(word)?;
    if cap && !word[0].is_ascii_uppercase() {
        return None;
    }
    Some(kind)
}

/// The role bits of `word` (0 when it is in no list).
pub(crate) fn roles(word: &[u8]) -> u8 {
    WORDS.get_folded(word).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn looks_up_abbreviations_by_case_rule() {
        assert_eq!(abbreviation(b"Mr"), Some(Kind::Prefix));
        assert_eq!(abbreviation(b"MR"), Some(Kind::Prefix));
        assert_eq!(abbreviation(b"U.S"), Some(Kind::Initial));
        assert_eq!(abbreviation(b"Inc"), Some(Kind::Suffix));
        assert_eq!(abbreviation(b"p.m"), Some(Kind::Time));
        assert_eq!(abbreviation(b"No"), Some(Kind::Initial));
        assert_eq!(abbreviation(b"no"), None, "no. is the word no");
        assert_eq!(abbreviation(b"house"), None);
        assert_eq!(abbreviation(b"averyveryverylongword"), None);
        assert_eq!(abbreviation(b""), None);
    }

    #[test]
    fn looks_up_word_roles() {
        assert_eq!(roles(b"The") & STARTER, STARTER);
        assert_eq!(roles(b"At"), PREP | STARTER);
        assert_eq!(roles(b"Tuesday"), TIME);
        assert_eq!(roles(b"Government"), 0);
    }

    #[test]
    fn inverting_speech_verbs_are_speech_words() {
        let mut seen = 0;
        for r in rows(SPEECH_VERBS) {
            if r.get(5).is_some_and(|f| f.contains('i')) {
                for &form in &r[1..3] {
                    if form != "-" {
                        assert_ne!(roles(form.as_bytes()) & SPEECH, 0, "{form}");
                        seen += 1;
                    }
                }
            }
        }
        assert!(seen > 100, "only {seen} inverting forms read");
        assert_ne!(roles(b"testified") & SPEECH, 0);
        assert_eq!(
            roles(b"testify") & SPEECH,
            0,
            "the base form is no speech word"
        );
    }
}
