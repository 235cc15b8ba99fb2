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

/// The entry lines of an embedded list: header (`#`) and blank lines skipped.
pub(crate) fn entries(src: &'static str) -> impl Iterator<Item = &'static str> {
    src.lines().filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The columns of each entry line of an embedded list.
pub(crate) fn rows(src: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    entries(src).map(|l| l.split('\t').collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skips_headers_and_splits_columns() {
        let src = "# source: x\n# licence: CC0-1.0\na\tb\n\nc\n";
        assert_eq!(entries(src).collect::<Vec<_>>(), ["a\tb", "c"]);
        assert_eq!(rows(src).next().unwrap(), ["a", "b"]);
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
