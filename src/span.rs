//! Byte spans into the caller's text.

use std::ops::{Index, Range};

/// A half-open byte range `start..end` into the analysed text.
///
/// Every span produced by this crate lies on UTF-8 character boundaries of
/// the text it was computed from, so `&text[span]` never panics.
///
/// ```
/// use reportage::Span;
/// let text = "Kyiv, Thursday";
/// let span = Span::new(0, 4);
/// assert_eq!(&text[span], "Kyiv");
/// assert_eq!(span.len(), 4);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    /// First byte of the span.
    pub start: usize,
    /// One past the last byte of the span.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (bytes, end exclusive).
    #[inline]
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// Length in bytes.
    #[inline]
    pub const fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// True when the span covers no byte.
    #[inline]
    pub const fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// The covered text.
    #[inline]
    pub fn as_str<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }

    /// True when `other` lies entirely inside `self`.
    #[inline]
    pub const fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// True when the two spans share at least one byte.
    #[inline]
    pub const fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The span as a `Range<usize>`.
    #[inline]
    pub const fn range(&self) -> Range<usize> {
        self.start..self.end
    }
}

impl From<Range<usize>> for Span {
    fn from(r: Range<usize>) -> Span {
        Span::new(r.start, r.end)
    }
}

impl Index<Span> for str {
    type Output = str;
    #[inline]
    fn index(&self, span: Span) -> &str {
        &self[span.start..span.end]
    }
}

/// Maps byte offsets of one text to Unicode code-point offsets.
///
/// Built once per document when a [`Report`](crate::Report) is made. For
/// each block of 64 bytes it keeps the number of characters before the block
/// and a bit per byte that starts a character: a quarter of the text's size
/// whatever the script, and a lookup is one load and a bit count. Pure-ASCII
/// text needs no table.
#[derive(Debug, Clone)]
pub struct CharIndex {
    /// Per 64-byte block: characters before it, and the bit set of the
    /// bytes in it that start a character. Empty for ASCII text.
    blocks: Vec<(usize, u64)>,
    /// Characters in the text.
    total: usize,
}

impl CharIndex {
    /// Build the table for `text`.
    pub fn new(text: &str) -> CharIndex {
        let b = text.as_bytes();
        if text.is_ascii() {
            return CharIndex {
                blocks: Vec::new(),
                total: b.len(),
            };
        }
        let mut blocks = Vec::with_capacity(b.len() / 64 + 1);
        let mut total = 0;
        for block in b.chunks(64) {
            // Every byte but a continuation byte (10xxxxxx) starts a
            // character. Eight bytes at a time: bit 7 of each byte of `cont`
            // is set for a continuation byte; the multiply gathers the eight
            // bits 7 into the top byte.
            let mut starts = 0u64;
            let mut words = block.chunks_exact(8);
            for (k, w) in (&mut words).enumerate() {
                let x = u64::from_le_bytes(w.try_into().expect("8 bytes"));
                let cont = x & !(x << 1) & 0x8080_8080_8080_8080;
                let start = !cont & 0x8080_8080_8080_8080;
                let bits = ((start >> 7).wrapping_mul(0x0102_0408_1020_4080)) >> 56;
                starts |= bits << (8 * k);
            }
            let done = block.len() - words.remainder().len();
            for (k, &c) in words.remainder().iter().enumerate() {
                starts |= u64::from(c & 0xC0 != 0x80) << (done + k);
            }
            blocks.push((total, starts));
            total += starts.count_ones() as usize;
        }
        CharIndex { blocks, total }
    }

    /// The code-point offset of byte offset `byte` (which must be a char
    /// boundary, at most the text's length).
    pub fn char_offset(&self, byte: usize) -> usize {
        if self.blocks.is_empty() {
            return byte;
        }
        match self.blocks.get(byte / 64) {
            Some(&(before, starts)) => {
                let below = (1u64 << (byte % 64)) - 1;
                before + (starts & below).count_ones() as usize
            }
            None => self.total,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_index_matches_naive_count() {
        let text = "Jean-Noël «said» 日本 ok 😀 é";
        let idx = CharIndex::new(text);
        for (b, _) in text
            .char_indices()
            .chain(std::iter::once((text.len(), ' ')))
        {
            assert_eq!(idx.char_offset(b), text[..b].chars().count(), "byte {b}");
        }
        // Across blocks of 64 bytes, ending on a block boundary or not.
        for n in [63, 64, 65, 127, 128, 200] {
            let text: String = "aé日😀".chars().cycle().take(n).collect();
            let idx = CharIndex::new(&text);
            for (b, _) in text
                .char_indices()
                .chain(std::iter::once((text.len(), ' ')))
            {
                assert_eq!(
                    idx.char_offset(b),
                    text[..b].chars().count(),
                    "{n}: byte {b}"
                );
            }
        }
        let ascii = CharIndex::new("plain");
        assert_eq!(ascii.char_offset(5), 5);
    }
}
