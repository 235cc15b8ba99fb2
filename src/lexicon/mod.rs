//! Embedded word lists: `data/lexicon/*.tsv`, parsed once.
//!
//! File format (checked by `tests/lexicon_lint.rs`): UTF-8, LF line ends.
//! Header lines start with `#` and give at least `# source: …` and
//! `# licence: …` (public domain, CC0-1.0 or CC-BY-4.0 only). Every other line
//! is one entry, columns separated by a TAB; lines are byte-sorted and unique.
//! Each pass loads the lists it uses with `include_str!` through [`entries`],
//! once, behind a `Lazy` static or when its matcher is built.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

mod trie;
pub(crate) use trie::Trie;

/// A small fast hasher for short word keys (multiply-rotate, as in rustc's
/// FxHasher). Not resistant to crafted collisions; keys come from our own
/// lists, and a document's words only ever probe.
#[derive(Default, Clone, Copy, Debug)]
pub(crate) struct WordHasher(u64);

impl Hasher for WordHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x517c_c1b7_2722_0a95;
        let mut h = self.0;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let v = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
            h = (h.rotate_left(5) ^ v).wrapping_mul(K);
        }
        for &b in chunks.remainder() {
            h = (h.rotate_left(5) ^ u64::from(b)).wrapping_mul(K);
        }
        self.0 = h;
    }

    #[inline]
    fn write_u8(&mut self, b: u8) {
        self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x517c_c1b7_2722_0a95);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

/// A hash map keyed by words, with [`WordHasher`]: the one word-table
/// map of every pass.
pub(crate) type WordMap<K, V> = HashMap<K, V, BuildHasherDefault<WordHasher>>;

/// One bit per (length, first letter, last letter) of the words of a set:
/// the test made before a look-up, which turns most words of a text away
/// without hashing. A word whose bit is clear is not in the set; a set bit
/// says nothing. A byte counts by its low six bits, or with `FOLD` by its low
/// five, so that both cases of an ASCII letter share a bit (other bytes share
/// bits too: the filter only turns words away).
#[derive(Clone, Debug)]
pub(crate) struct LetterFilter<const FOLD: bool = false, const INNER: bool = false> {
    bits: Box<[u64]>,
}

/// A [`LetterFilter`] that folds ASCII case.
pub(crate) type FoldedLetterFilter = LetterFilter<true, false>;

/// A [`FoldedLetterFilter`] on the second and the next-to-last letters
/// (words of three bytes or more): a second filter, independent of the first.
pub(crate) type InnerLetterFilter = LetterFilter<true, true>;

impl<const FOLD: bool, const INNER: bool> LetterFilter<FOLD, INNER> {
    /// Lengths from 1 to this have bits of their own; longer words share the last.
    const LENGTHS: usize = 16;
    /// Values a byte counts as.
    const LETTERS: usize = if FOLD { 32 } else { 64 };

    /// An empty filter.
    pub(crate) fn new() -> Self {
        LetterFilter {
            bits: vec![0; Self::LENGTHS * Self::LETTERS * Self::LETTERS / 64].into_boxed_slice(),
        }
    }

    /// The bit of `w`, if it has one (an inner filter needs three bytes).
    #[inline(always)]
    fn bit(w: &[u8]) -> Option<usize> {
        let n = w.len();
        let (a, b) = if INNER {
            if n < 3 {
                return None;
            }
            (w[1], w[n - 2])
        } else {
            if n < 1 {
                return None;
            }
            (w[0], w[n - 1])
        };
        let m = Self::LETTERS - 1;
        let (a, b) = (usize::from(a) & m, usize::from(b) & m);
        Some(((n.min(Self::LENGTHS) - 1) * Self::LETTERS + a) * Self::LETTERS + b)
    }

    /// Add word `w`.
    pub(crate) fn insert(&mut self, w: &[u8]) {
        if let Some(i) = Self::bit(w) {
            self.bits[i / 64] |= 1 << (i % 64);
        }
    }

    /// False when `w` is surely not in the set.
    #[inline(always)]
    pub(crate) fn may_contain(&self, w: &[u8]) -> bool {
        match Self::bit(w) {
            Some(i) => self.bits[i / 64] & (1 << (i % 64)) != 0,
            None => false,
        }
    }
}

/// A word of 1 to 16 bytes as one integer: its bytes, little-endian,
/// zero-padded. No word holds a NUL byte, so no two words share a key.
#[inline]
fn pack(word: &[u8]) -> Option<u128> {
    let (lo, hi) = word_halves(word)?;
    Some(u128::from(lo) | u128::from(hi) << 64)
}

/// [`pack`] with ASCII letters folded to lower case.
#[inline]
fn pack_folded(word: &[u8]) -> Option<u128> {
    let (lo, hi) = word_halves(word)?;
    Some(u128::from(ascii_lower8(lo)) | u128::from(ascii_lower8(hi)) << 64)
}

/// Bytes 0..8 and 8..16 of a word of 1 to 16 bytes, zero-padded, read with
/// (overlapping) whole loads rather than a copy of variable length.
#[inline(always)]
fn word_halves(w: &[u8]) -> Option<(u64, u64)> {
    let n = w.len();
    let u64_at = |i: usize| {
        let mut x = [0u8; 8];
        x.copy_from_slice(&w[i..i + 8]);
        u64::from_le_bytes(x)
    };
    let u32_at = |i: usize| {
        let mut x = [0u8; 4];
        x.copy_from_slice(&w[i..i + 4]);
        u64::from(u32::from_le_bytes(x))
    };
    Some(match n {
        0 => return None,
        1..=3 => {
            let mut x = 0u64;
            for (i, &c) in w.iter().enumerate() {
                x |= u64::from(c) << (8 * i);
            }
            (x, 0)
        }
        // The last four bytes shifted over the first four: the bytes they
        // share are equal, so `|` keeps them.
        4..=7 => (u32_at(0) | u32_at(n - 4) << (8 * (n - 4)), 0),
        8 => (u64_at(0), 0),
        // The last eight bytes shifted down to drop those already in `lo`.
        9..=16 => (u64_at(0), u64_at(n - 8) >> (8 * (16 - n))),
        _ => return None,
    })
}

/// A read-only map from words to small values, for look-ups per token: words
/// of up to 16 bytes are [`pack`]ed into integer keys of an open-addressing
/// table at most half full (one multiply to hash, keys compared as
/// integers, nothing to follow out of the table); longer words go to a
/// [`WordMap`].
#[derive(Clone, Debug)]
pub(crate) struct WordTable<V> {
    /// Packed keys; 0 marks an empty slot.
    keys: Box<[u128]>,
    vals: Box<[Option<V>]>,
    mask: usize,
    long: WordMap<Box<[u8]>, V>,
    /// The length of the longest key: longer words are not looked up.
    longest: usize,
}

impl<V: Copy> WordTable<V> {
    /// The table of `entries` (a word given twice keeps its last value).
    pub(crate) fn new<'a>(entries: impl ExactSizeIterator<Item = (&'a [u8], V)>) -> WordTable<V> {
        let slots = (entries.len() * 2).next_power_of_two().max(16);
        let mut t = WordTable {
            keys: vec![0; slots].into_boxed_slice(),
            vals: vec![None; slots].into_boxed_slice(),
            mask: slots - 1,
            long: WordMap::default(),
            longest: 0,
        };
        for (w, v) in entries {
            t.longest = t.longest.max(w.len());
            match pack(w) {
                Some(k) => {
                    let mut i = slot(k) & t.mask;
                    while t.keys[i] != 0 && t.keys[i] != k {
                        i = (i + 1) & t.mask;
                    }
                    t.keys[i] = k;
                    t.vals[i] = Some(v);
                }
                None => {
                    t.long.insert(w.into(), v);
                }
            }
        }
        t
    }

    /// The value of `word`, if it is in the table.
    #[inline]
    pub(crate) fn get(&self, word: &[u8]) -> Option<V> {
        if word.len() > self.longest {
            return None;
        }
        match pack(word) {
            Some(k) => self.get_packed(k),
            None => self.long.get(word).copied(),
        }
    }

    /// The value of `word` with its ASCII letters folded to lower case (for
    /// a table of lower-case keys; words of more than 16 bytes are not
    /// looked up).
    #[inline]
    pub(crate) fn get_folded(&self, word: &[u8]) -> Option<V> {
        if word.len() > self.longest {
            return None;
        }
        self.get_packed(pack_folded(word)?)
    }

    /// The value of a word given [`pack`]ed (so of at most 16 bytes).
    #[inline]
    fn get_packed(&self, k: u128) -> Option<V> {
        let mut i = slot(k) & self.mask;
        loop {
            let kk = self.keys[i];
            if kk == k && k != 0 {
                return self.vals[i];
            }
            if kk == 0 {
                return None;
            }
            i = (i + 1) & self.mask;
        }
    }
}

/// The home slot of a packed key (before the mask).
#[inline]
fn slot(k: u128) -> usize {
    let x = (k as u64) ^ ((k >> 64) as u64).rotate_left(29);
    (x.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 40) as usize
}

/// `u8::to_ascii_lowercase` on each of the eight bytes of `x` at once.
#[inline]
pub(crate) fn ascii_lower8(x: u64) -> u64 {
    use crate::text::{HIGH, ONES};
    let low7 = x & !HIGH;
    // High bit of each byte set when its low seven bits are >= 'A', and when they are > 'Z'.
    let ge_a = low7 + ONES * u64::from(0x80 - b'A');
    let gt_z = low7 + ONES * u64::from(0x80 - b'Z' - 1);
    // Upper-case ASCII letters: >= 'A', not > 'Z', and the byte itself below 0x80.
    let upper = ge_a & !gt_z & !x & HIGH;
    x | (upper >> 2)
}

/// Feed a word to a hasher eight bytes at a time (a [`WordHasher`] takes
/// bytes past the last eight one by one): the whole chunks, then the last
/// eight bytes (overlapping the chunk before); a short word as two
/// overlapping halves, or three of its bytes; then its length. With `fold`,
/// ASCII case is folded first, so that words equal but for case hash alike.
#[inline]
pub(crate) fn hash_word<H: Hasher>(b: &[u8], fold: bool, state: &mut H) {
    let n = b.len();
    let fold = |x: u64| if fold { ascii_lower8(x) } else { x };
    let word = |c: &[u8]| {
        let mut x = [0u8; 8];
        x.copy_from_slice(c);
        fold(u64::from_le_bytes(x))
    };
    let half = |c: &[u8]| {
        let mut x = [0u8; 4];
        x.copy_from_slice(c);
        u64::from(u32::from_le_bytes(x))
    };
    let last = if n >= 8 {
        for c in b[..n - 1].chunks_exact(8) {
            state.write_u64(word(c));
        }
        word(&b[n - 8..])
    } else if n >= 4 {
        fold(half(&b[..4]) | half(&b[n - 4..]) << 32)
    } else if n > 0 {
        fold(u64::from(b[0]) | u64::from(b[n / 2]) << 8 | u64::from(b[n - 1]) << 16)
    } else {
        0
    };
    state.write_u64(last ^ n as u64);
}

/// The entry lines of an embedded list: header (`#`) and blank lines skipped.
pub(crate) fn entries(src: &'static str) -> impl Iterator<Item = &'static str> {
    src.lines().filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The columns of each entry line of an embedded list.
pub(crate) fn rows(src: &'static str) -> impl Iterator<Item = Row> {
    entries(src).map(Row::new)
}

/// The columns of an entry line, held without a heap allocation up to
/// [`Row::INLINE`] columns (the lists have at most six); read it as a slice.
#[derive(Clone, Debug)]
pub(crate) struct Row {
    inline: [&'static str; Row::INLINE],
    len: usize,
    /// Every column, when there are more than fit inline.
    more: Vec<&'static str>,
}

impl Row {
    const INLINE: usize = 8;

    fn new(line: &'static str) -> Row {
        let mut row = Row {
            inline: [""; Row::INLINE],
            len: 0,
            more: Vec::new(),
        };
        let mut start = 0;
        for (i, &b) in line.as_bytes().iter().enumerate() {
            if b == b'\t' {
                row.push(&line[start..i]);
                start = i + 1;
            }
        }
        row.push(&line[start..]);
        row
    }

    fn push(&mut self, col: &'static str) {
        if self.len < Row::INLINE {
            self.inline[self.len] = col;
        } else {
            if self.more.is_empty() {
                self.more.extend_from_slice(&self.inline);
            }
            self.more.push(col);
        }
        self.len += 1;
    }
}

impl std::ops::Deref for Row {
    type Target = [&'static str];

    fn deref(&self) -> &[&'static str] {
        if self.more.is_empty() {
            &self.inline[..self.len]
        } else {
            &self.more
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skips_headers_and_splits_columns() {
        let src = "# source: x\n# licence: CC0-1.0\na\tb\n\nc\n";
        assert_eq!(entries(src).collect::<Vec<_>>(), ["a\tb", "c"]);
        assert_eq!(*rows(src).next().unwrap(), ["a", "b"]);
        // Any number of columns, empty ones kept.
        for n in 1..=20 {
            let line: &'static str = Box::leak(
                (0..n)
                    .map(|i| {
                        if i % 3 == 1 {
                            String::new()
                        } else {
                            format!("c{i}")
                        }
                    })
                    .collect::<Vec<_>>()
                    .join("\t")
                    .into_boxed_str(),
            );
            let want: Vec<&str> = line.split('\t').collect();
            assert_eq!(*Row::new(line), *want, "{n}");
        }
    }

    #[test]
    fn word_table_finds_every_word_and_nothing_else() {
        let words = [
            "a",
            "the",
            "Kyiv",
            "sixteen-letters!",
            "seventeen-letters",
            "Jean-Noël",
            "counterintelligence",
        ];
        let t = WordTable::new(
            words
                .iter()
                .enumerate()
                .map(|(i, w)| (w.as_bytes(), i as u32 + 1)),
        );
        for (i, w) in words.iter().enumerate() {
            assert_eq!(t.get(w.as_bytes()), Some(i as u32 + 1), "{w}");
        }
        for w in ["", "A", "th", "thee", "kyiv", "counterintelligenc", "\0"] {
            assert_eq!(t.get(w.as_bytes()), None, "{w:?}");
        }
        // Many keys: none lost to a collision.
        let many: Vec<String> = (0..5000).map(|i| format!("w{i}")).collect();
        let t = WordTable::new(many.iter().map(|w| (w.as_bytes(), w.len())));
        assert!(many.iter().all(|w| t.get(w.as_bytes()) == Some(w.len())));
        assert_eq!(t.get(b"w5000"), None);
        assert_eq!(t.get_folded(b"W17"), Some(3));
    }

    #[test]
    fn pack_agrees_with_a_copy_for_every_length() {
        let text = b"AbcDefGhiJklMnoPqrS";
        for n in 0..=18 {
            let w = &text[..n];
            let want = (1..=16).contains(&n).then(|| {
                let mut buf = [0u8; 16];
                buf[..n].copy_from_slice(w);
                u128::from_le_bytes(buf)
            });
            assert_eq!(pack(w), want, "{n}");
            let folded = want.map(|_| {
                let mut buf = [0u8; 16];
                buf[..n].copy_from_slice(&w.to_ascii_lowercase());
                u128::from_le_bytes(buf)
            });
            assert_eq!(pack_folded(w), folded, "{n}");
        }
    }

    #[test]
    fn letter_filter_keeps_every_word_it_was_given() {
        let words = ["said", "SAID", "told", "a", "reiterated", "x1"];
        let mut outer = FoldedLetterFilter::new();
        let mut inner = InnerLetterFilter::new();
        for w in words {
            outer.insert(w.as_bytes());
            inner.insert(w.as_bytes());
        }
        for w in words {
            assert!(outer.may_contain(w.as_bytes()), "{w}");
        }
        assert!(inner.may_contain(b"said") && inner.may_contain(b"reiterated"));
        // Turned away: another length, other end letters, too short.
        assert!(!outer.may_contain(b"sai") && !outer.may_contain(b"sane"));
        assert!(!outer.may_contain(b"") && !inner.may_contain(b"a"));
        // Folded, both cases pass; not folded, only the one given.
        assert!(outer.may_contain(b"Said"));
        let mut cased = LetterFilter::<false, false>::new();
        cased.insert(b"Said");
        assert!(cased.may_contain(b"Said") && !cased.may_contain(b"said"));
    }

    #[test]
    fn word_hasher_is_deterministic_and_spreads() {
        use std::hash::BuildHasher;
        let b = BuildHasherDefault::<WordHasher>::default();
        assert_eq!(b.hash_one("Kyiv"), b.hash_one("Kyiv"));
        assert_ne!(b.hash_one("Kyiv"), b.hash_one("Kyiw"));
        assert_ne!(b.hash_one("abcdefgh1"), b.hash_one("abcdefgh2"));
    }
}
