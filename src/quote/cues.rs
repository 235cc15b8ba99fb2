//! Speech cues: the verbs of saying and writing in all their forms, and
//! "according to".
//!
//! The verbs come from `data/lexicon/speech_verbs.tsv` (one line per verb:
//! base, third person, past, past participle, -ing form, flags) plus the base
//! forms a user adds through `ExtractorBuilder::speech_verb`, whose forms are
//! derived by the regular English rules. Lookups fold ASCII case and never
//! allocate.

use crate::lexicon;

pub(crate) use crate::lexicon::WordMap;

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
}

/// The compiled cue lexicon.
#[derive(Debug, Clone)]
pub(crate) struct Cues {
    forms: WordMap<Box<[u8]>, CueWord>,
    /// One bit per (length, first letter, last letter) of a listed form: most
    /// words are turned away by this bit before any hashing.
    filter: Box<[u64]>,
}

/// The bit of `filter` for lowercase `b` (3 to [`MAX_LEN`] bytes, first a letter).
#[inline]
fn filter_index(b: &[u8]) -> usize {
    let first = usize::from(b[0].to_ascii_lowercase().wrapping_sub(b'a')).min(26);
    let last = usize::from(b[b.len() - 1].to_ascii_lowercase().wrapping_sub(b'a')).min(26);
    ((b.len() - 3) * 27 + first) * 27 + last
}

const FILTER_WORDS: usize = ((MAX_LEN - 2) * 27 * 27).div_ceil(64);

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
                };
                insert(&mut forms, &w, c);
            }
        }
        let mut filter = vec![0u64; FILTER_WORDS].into_boxed_slice();
        for k in forms.keys() {
            if k.len() >= 3 && k[0].is_ascii_alphabetic() {
                let f = filter_index(k);
                filter[f / 64] |= 1 << (f % 64);
            }
        }
        Cues { forms, filter }
    }

    /// The cue word `word` is, if any (ASCII case folded).
    #[inline]
    pub(crate) fn lookup(&self, word: &str) -> Option<CueWord> {
        let b = word.as_bytes();
        if b.len() < 3 || b.len() > MAX_LEN || !b[0].is_ascii_alphabetic() {
            return None;
        }
        let f = filter_index(b);
        if self.filter[f / 64] & (1 << (f % 64)) == 0 {
            return None;
        }
        self.lookup_map(b)
    }

    /// The map look-up behind [`Cues::lookup`], apart so that the filter
    /// test inlines small into the callers.
    #[inline(never)]
    fn lookup_map(&self, b: &[u8]) -> Option<CueWord> {
        let mut buf = [0u8; MAX_LEN];
        for (d, s) in buf.iter_mut().zip(b) {
            *d = s.to_ascii_lowercase();
        }
        self.forms.get(&buf[..b.len()]).copied()
    }
}

fn insert(forms: &mut WordMap<Box<[u8]>, CueWord>, w: &str, c: CueWord) {
    // "-" marks a form that is no cue ("continues" rarely reports speech).
    if w.is_empty() || w == "-" || w.len() > MAX_LEN {
        return;
    }
    let key: Box<[u8]> = w.to_ascii_lowercase().into_bytes().into_boxed_slice();
    forms.entry(key).or_insert(c);
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
    fn user_verbs_get_regular_forms() {
        let c = Cues::new(&["opine".to_string(), "decry".to_string()]);
        for w in ["opine", "opines", "opined", "opining", "decries", "decried"] {
            assert!(c.lookup(w).is_some(), "{w} should be a cue");
        }
    }
}
