//! The splitter's word lists: abbreviations, and the words that tell whether
//! a capitalised word after a period starts a new sentence.
//!
//! Both lists are embedded TSV files parsed once into small hash tables. A
//! key is the word packed into one 128-bit integer (its bytes, zero-padded):
//! a lookup folds ASCII case while packing, then hashes and compares one
//! integer. No allocation, no byte-by-byte comparison.

use crate::lexicon::rows;
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

type Map<V> = crate::lexicon::WordMap<u128, V>;

/// The longest key we look up; longer words are in neither list.
const MAX_KEY: usize = 16;

/// `word` packed into a key: its bytes (ASCII letters folded to lowercase
/// when `fold`) in the low bytes of an integer, zero above. `None` when the
/// word is empty or longer than [`MAX_KEY`]. Words hold no zero byte, so
/// two words have the same key only when they are equal.
#[inline(always)]
fn pack(word: &[u8], fold: bool) -> Option<u128> {
    if word.is_empty() || word.len() > MAX_KEY {
        return None;
    }
    let mut buf = [0u8; MAX_KEY];
    for (d, &c) in buf.iter_mut().zip(word) {
        *d = if fold { c.to_ascii_lowercase() } else { c };
    }
    Some(u128::from_le_bytes(buf))
}

/// A word list built once: open addressing with linear probing over packed
/// keys (0 marks a free slot), at most half full, so a lookup is a multiply,
/// and one or two integer compares.
struct Table<V> {
    keys: Vec<u128>,
    values: Vec<Option<V>>,
    mask: usize,
    /// The length of the longest key: longer words are not looked up.
    longest: usize,
}

impl<V: Copy> Table<V> {
    fn new(map: Map<V>) -> Table<V> {
        let size = (2 * map.len()).next_power_of_two().max(8);
        let mut t = Table {
            keys: vec![0; size],
            values: vec![None; size],
            mask: size - 1,
            longest: 0,
        };
        for (key, value) in map {
            t.longest = t.longest.max(16 - key.leading_zeros() as usize / 8);
            let mut i = t.slot(key);
            while t.keys[i] != 0 {
                i = (i + 1) & t.mask;
            }
            t.keys[i] = key;
            t.values[i] = Some(value);
        }
        t
    }

    #[inline(always)]
    fn slot(&self, key: u128) -> usize {
        let x = (key as u64) ^ ((key >> 64) as u64).rotate_left(29);
        (x.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 40) as usize & self.mask
    }

    /// The value of `word` (ASCII case folded).
    #[inline]
    fn get(&self, word: &[u8]) -> Option<V> {
        if word.len() > self.longest {
            return None;
        }
        let key = pack(word, true)?;
        let mut i = self.slot(key);
        loop {
            let k = self.keys[i];
            if k == key {
                return self.values[i];
            }
            if k == 0 {
                return None;
            }
            i = (i + 1) & self.mask;
        }
    }
}

static ABBREVIATIONS: Lazy<Table<(Kind, bool)>> = Lazy::new(|| {
    let src = include_str!("../../data/lexicon/abbreviations.tsv");
    let mut m = Map::default();
    for r in rows(src) {
        let kind = match r.get(1).copied() {
            Some("prefix") => Kind::Prefix,
            Some("initial") => Kind::Initial,
            Some("suffix") => Kind::Suffix,
            Some("time") => Kind::Time,
            _ => continue,
        };
        let cap = r.get(2).copied() == Some("cap");
        if let Some(key) = pack(r[0].as_bytes(), false) {
            m.insert(key, (kind, cap));
        }
    }
    Table::new(m)
});

static WORDS: Lazy<Table<u8>> = Lazy::new(|| {
    let src = include_str!("../../data/lexicon/sentence_words.tsv");
    let mut m = Map::default();
    for r in rows(src) {
        let role = match r.get(1).copied() {
            Some("starter") => STARTER,
            Some("prep") => PREP | STARTER,
            Some("time") => TIME,
            Some("label") => LABEL,
            Some("speech") => SPEECH,
            _ => continue,
        };
        if let Some(key) = pack(r[0].as_bytes(), false) {
            *m.entry(key).or_insert(0) |= role;
        }
    }
    Table::new(m)
});

/// The kind of the abbreviation `word` (written without its final period).
pub(crate) fn abbreviation(word: &[u8]) -> Option<Kind> {
    let (kind, cap) = ABBREVIATIONS.get(word)?;
    if cap && !word[0].is_ascii_uppercase() {
        return None;
    }
    Some(kind)
}

/// The role bits of `word` (0 when it is in no list).
pub(crate) fn roles(word: &[u8]) -> u8 {
    WORDS.get(word).unwrap_or(0)
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
}
