//! Speech cues: the verbs of saying and writing in all their forms, and
//! "according to".
//!
//! The verbs come from `data/lexicon/speech_verbs.tsv` (one line per verb:
//! base, third person, past, past participle, -ing form, flags) plus the base
//! forms a user adds through `ExtractorBuilder::speech_verb`, whose forms are
//! derived by the regular English rules. Lookups fold ASCII case and never
//! allocate.

use crate::lexicon::{self, FoldedLetterFilter, InnerLetterFilter, WordMap, WordTable};

const SPEECH_VERBS: &str = include_str!("../../data/lexicon/speech_verbs.tsv");

/// Which form of its verb a cue word is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Form {
    /// "say", "says", "said": a finite or base form.
    Finite,
    /// "saying": a participle that can hang off a clause ("…, adding that …").
    Ing,
}

/// What a cue word is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct CueWord {
    /// Its form.
    pub(crate) form: Form,
    /// The speaker may follow it: `"…," said X`.
    pub(crate) inverts: bool,
    /// It takes a listener object before the content: `told reporters that`.
    pub(crate) object: bool,
    /// A base or "-s" form of a verb that is also a noun ("claims", "reports").
    pub(crate) noun_like: bool,
    /// A cue only when what it reports holds a quotation (`called it "a disgrace"`).
    pub(crate) needs_quote: bool,
    /// The base form ("say", "state").
    pub(crate) base: bool,
    /// A cue only at the end of its clause or before a quotation ("he continued.").
    pub(crate) ends_clause: bool,
    /// A cue only before a clause, a quotation or the end of its own clause:
    /// "questioned whether …", "agreed that …", `"…," she agreed`, but not
    /// "police questioned two men" nor "agreed to a contract".
    pub(crate) needs_clause: bool,
    /// A cue only before "to" and a verb: "declined to comment", not "sales
    /// declined 5 percent" nor "declined to 20 percent".
    pub(crate) needs_infinitive: bool,
}

/// What a lowercase word is to the quote rules: its closed word classes
/// ([`super::words::bit`], as listed) and the cue it is, if any.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Entry {
    /// Bits of the closed lists holding the word.
    pub(crate) listed: u32,
    /// The cue the word is.
    pub(crate) cue: Option<CueWord>,
}

/// The compiled cue lexicon, joined with the closed word lists so that one
/// probe per token answers both (see [`Cues::entry`]).
#[derive(Debug, Clone)]
pub(crate) struct Cues {
    /// Every cue form and listed word, lowercase.
    table: WordTable<Entry>,
    /// The first and last letters of the keys: most words are turned away
    /// by this before any hashing.
    filter: FoldedLetterFilter,
    /// The same for the cue forms alone.
    cue_filter: FoldedLetterFilter,
    /// For the cue forms again, the second and next-to-last letters: a word
    /// must pass both filters.
    cue_filter2: InnerLetterFilter,
}

/// Longest key of the joined table, in bytes (as long as a lowercased token may be).
const MAX_KEY: usize = 32;

/// Longest cue word, in bytes (lookups of longer words stop at once).
const MAX_LEN: usize = 24;

impl Cues {
    /// The embedded verbs plus `extra` base forms.
    pub(crate) fn new(extra: &[String]) -> Cues {
        let mut forms = WordMap::default();
        for line in lexicon::entries(SPEECH_VERBS) {
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() < 6 {
                continue;
            }
            let flags = cols[5];
            let f = CueWord {
                form: Form::Finite,
                inverts: flags.contains('i'),
                object: flags.contains('o'),
                noun_like: false,
                needs_quote: flags.contains('q'),
                base: false,
                ends_clause: flags.contains('e'),
                needs_clause: flags.contains('w'),
                needs_infinitive: flags.contains('n'),
            };
            let base_is_cue = !flags.contains('b');
            let plain = matches!(cols[0], "say" | "tell");
            for (i, w) in cols[..5].iter().enumerate() {
                if i == 0 && !base_is_cue {
                    continue;
                }
                let form = if i == 4 { Form::Ing } else { Form::Finite };
                let noun_like = i < 2 && !plain;
                let c = CueWord {
                    form,
                    noun_like,
                    base: i == 0,
                    ..f
                };
                insert(&mut forms, w, c);
            }
        }
        for base in extra {
            let base = base.trim().to_ascii_lowercase();
            if base.is_empty() || base.contains(char::is_whitespace) {
                continue;
            }
            for (i, (w, form)) in derive_forms(&base).into_iter().enumerate() {
                let c = CueWord {
                    form,
                    inverts: true,
                    object: false,
                    noun_like: i < 2,
                    needs_quote: false,
                    base: i == 0,
                    ends_clause: false,
                    needs_clause: false,
                    needs_infinitive: false,
                };
                insert(&mut forms, &w, c);
            }
        }
        for (w, bits) in super::words::listed() {
            let e = forms.entry(w.as_bytes().into()).or_insert(Entry::default());
            e.listed |= bits;
        }
        let mut cue_filter = FoldedLetterFilter::new();
        let mut cue_filter2 = InnerLetterFilter::new();
        let mut filter = FoldedLetterFilter::new();
        for (k, e) in &forms {
            if k.is_empty() || !k[0].is_ascii_alphabetic() {
                continue;
            }
            if e.cue.is_some() && k.len() >= 3 {
                cue_filter.insert(k);
                cue_filter2.insert(k);
            }
            if k.len() <= MAX_KEY {
                filter.insert(k);
            }
        }
        Cues {
            table: WordTable::new(forms.iter().map(|(k, e)| (&k[..], *e))),
            filter,
            cue_filter,
            cue_filter2,
        }
    }

    /// The cue word `word` is, if any (ASCII case folded).
    #[inline]
    pub(crate) fn lookup(&self, word: &str) -> Option<CueWord> {
        if !self.may_be_cue(word.as_bytes()) {
            return None;
        }
        self.lookup_map(word.as_bytes())
    }

    /// False when the word `b` is surely no cue: a test of length and letters
    /// that turns most words away without hashing.
    #[inline(always)]
    pub(crate) fn may_be_cue(&self, b: &[u8]) -> bool {
        if b.len() < 3 || b.len() > MAX_LEN || !b[0].is_ascii_alphabetic() {
            return false;
        }
        self.cue_filter.may_contain(b) && self.cue_filter2.may_contain(b)
    }

    /// The map look-up behind [`Cues::lookup`], apart so that the filter
    /// test inlines small into the callers. Only for a word `b` that passed
    /// [`Cues::may_be_cue`] (3 to [`MAX_LEN`] bytes).
    #[inline(never)]
    pub(crate) fn lookup_map(&self, b: &[u8]) -> Option<CueWord> {
        let mut buf = [0u8; MAX_LEN];
        for (d, s) in buf.iter_mut().zip(b) {
            *d = s.to_ascii_lowercase();
        }
        self.table.get(&buf[..b.len()]).and_then(|e| e.cue)
    }

    /// [`Cues::lookup_map`] of a word already ASCII-lowercased (`lw`, the
    /// same bytes `lookup_map` folds its word to), without the copy.
    #[inline(never)]
    pub(crate) fn lookup_lower(&self, lw: &[u8]) -> Option<CueWord> {
        self.table.get(lw).and_then(|e| e.cue)
    }

    /// What the lowercase word `lw` is: its listed classes and, as
    /// [`Cues::lookup`] gives it, its cue.
    #[inline]
    pub(crate) fn entry(&self, lw: &[u8]) -> Entry {
        if lw.is_empty() || lw.len() > MAX_KEY || !lw[0].is_ascii_alphabetic() {
            return Entry::default();
        }
        if !self.filter.may_contain(lw) {
            return Entry::default();
        }
        let mut e = self.table.get(lw).unwrap_or_default();
        if lw.len() < 3 || lw.len() > MAX_LEN {
            // Beyond the lengths `lookup` takes.
            e.cue = None;
        }
        e
    }
}

fn insert(forms: &mut WordMap<Box<[u8]>, Entry>, w: &str, c: CueWord) {
    // "-" marks a form that is no cue ("continues" rarely reports speech).
    if w.is_empty() || w == "-" || w.len() > MAX_LEN {
        return;
    }
    let key: Box<[u8]> = w.to_ascii_lowercase().into_bytes().into_boxed_slice();
    let e = forms.entry(key).or_default();
    match &mut e.cue {
        None => e.cue = Some(c),
        // A base form that is its own past ("read"): the past reading is a
        // finite verb after any subject ("the sign read"), not a noun.
        Some(old) if c.form == Form::Finite && !c.noun_like => old.noun_like = false,
        Some(_) => {}
    }
}

/// The regular forms of a base verb: base, -s, -ed, -ing.
pub(crate) fn derive_forms(base: &str) -> Vec<(String, Form)> {
    let b = base;
    let third = if b.ends_with('s')
        || b.ends_with('x')
        || b.ends_with('z')
        || b.ends_with("ch")
        || b.ends_with("sh")
        || b.ends_with('o')
    {
        format!("{b}es")
    } else if consonant_y(b) {
        format!("{}ies", &b[..b.len() - 1])
    } else {
        format!("{b}s")
    };
    let past = if b.ends_with('e') {
        format!("{b}d")
    } else if consonant_y(b) {
        format!("{}ied", &b[..b.len() - 1])
    } else {
        format!("{b}ed")
    };
    let ing = if let Some(stem) = b.strip_suffix("ie") {
        format!("{stem}ying")
    } else if let Some(stem) = b
        .strip_suffix('e')
        .filter(|s| !s.ends_with('e') && s.len() > 1)
    {
        format!("{stem}ing")
    } else {
        format!("{b}ing")
    };
    vec![
        (b.to_string(), Form::Finite),
        (third, Form::Finite),
        (past, Form::Finite),
        (ing, Form::Ing),
    ]
}

fn consonant_y(b: &str) -> bool {
    let bytes = b.as_bytes();
    bytes.len() >= 2
        && bytes[bytes.len() - 1] == b'y'
        && !matches!(bytes[bytes.len() - 2], b'a' | b'e' | b'i' | b'o' | b'u')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_form_of_a_listed_verb_is_a_cue() {
        let c = Cues::new(&[]);
        for w in [
            "said", "Says", "SAY", "saying", "told", "wrote", "written", "tweeted",
        ] {
            assert!(c.lookup(w).is_some(), "{w} should be a cue");
        }
        assert_eq!(c.lookup("adding").unwrap().form, Form::Ing);
        assert!(c.lookup("told").unwrap().object);
        assert!(c.lookup("said").unwrap().inverts);
        assert!(c.lookup("table").is_none());
        assert!(c.lookup("sa").is_none());
    }

    #[test]
    fn a_base_form_that_is_its_own_past_is_a_verb_after_any_subject() {
        let cues = Cues::new(&[]);
        let read = cues.lookup("read").expect("read is a cue");
        assert!(!read.noun_like && read.base);
        assert!(cues.lookup("reads").expect("reads is a cue").noun_like);
    }

    #[test]
    fn user_verbs_get_regular_forms() {
        let c = Cues::new(&["opine".to_string(), "decry".to_string()]);
        for w in ["opine", "opines", "opined", "opining", "decries", "decried"] {
            assert!(c.lookup(w).is_some(), "{w} should be a cue");
        }
    }
}
