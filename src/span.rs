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

/// Maps byte offsets of one text to code-point and UTF-16 offsets.
///
/// The three ways of counting, and who uses which:
///
/// - bytes of UTF-8 ([`Span`], `byte_start`/`byte_end` in the JSON): Rust,
///   Go, C, C++ (`&text[start..end]`);
/// - Unicode code points (`start`/`end`): Python (`text[start:end]`), and
///   Rust's `chars()`;
/// - UTF-16 code units (`utf16_start`/`utf16_end`): JavaScript
///   (`text.slice(start, end)`), Java, C#, Kotlin, Swift's `utf16` view.
///
/// They differ only after a non-ASCII character (code points) or a character
/// outside the Basic Multilingual Plane, such as an emoji (UTF-16 counts it
/// twice).
///
/// Built once per document when a [`Report`](crate::Report) is made. For
/// each block of 64 bytes it keeps the number of characters before the block
/// and a bit per byte that starts a character: a quarter of the text's size
/// whatever the script, and a lookup is one load and a bit count. The
/// characters of four bytes (two UTF-16 units) are listed apart, and a
/// UTF-16 look-up adds a binary search over them. Pure-ASCII text needs no
/// table.
///
/// ```
/// let text = "Zoë 😀 said";
/// let idx = reportage::CharIndex::new(text);
/// let said = text.find("said").unwrap();
/// assert_eq!(said, 10); // bytes: Z o ë(2) space 😀(4) space
/// assert_eq!(idx.char_offset(said), 6);
/// assert_eq!(idx.utf16_offset(said), 7);
/// ```
#[derive(Debug, Clone)]
pub struct CharIndex {
    /// Per 64-byte block: characters before it, and the bit set of the
    /// bytes in it that start a character. Empty for ASCII text.
    blocks: Vec<(usize, u64)>,
    /// Characters in the text.
    total: usize,
    /// Byte offsets of the characters of four bytes, in order.
    astral: Vec<usize>,
}

impl CharIndex {
    /// Build the table for `text`.
    pub fn new(text: &str) -> CharIndex {
        let b = text.as_bytes();
        if text.is_ascii() {
            return CharIndex {
                blocks: Vec::new(),
                total: b.len(),
                astral: Vec::new(),
            };
        }
        let mut blocks = Vec::with_capacity(b.len() / 64 + 1);
        let mut astral = Vec::new();
        let mut total = 0;
        for (i, block) in b.chunks(64).enumerate() {
            // Every byte but a continuation byte (10xxxxxx) starts a
            // character. Eight bytes at a time: bit 7 of each byte of `cont`
            // is set for a continuation byte; the multiply gathers the eight
            // bits 7 into the top byte. Bit 7 of `four` marks a byte 11110xxx,
            // the first of a character of four bytes.
            let mut starts = 0u64;
            let mut words = block.chunks_exact(8);
            for (k, w) in (&mut words).enumerate() {
                let x = u64::from_le_bytes(w.try_into().expect("8 bytes"));
                let cont = x & !(x << 1) & 0x8080_8080_8080_8080;
                let start = !cont & 0x8080_8080_8080_8080;
                let bits = ((start >> 7).wrapping_mul(0x0102_0408_1020_4080)) >> 56;
                starts |= bits << (8 * k);
                let mut four = x & (x << 1) & (x << 2) & (x << 3) & 0x8080_8080_8080_8080;
                while four != 0 {
                    astral.push(i * 64 + 8 * k + (four.trailing_zeros() / 8) as usize);
                    four &= four - 1;
                }
            }
            let done = block.len() - words.remainder().len();
            for (k, &c) in words.remainder().iter().enumerate() {
                starts |= u64::from(c & 0xC0 != 0x80) << (done + k);
                if c >= 0xF0 {
                    astral.push(i * 64 + done + k);
                }
            }
            blocks.push((total, starts));
            total += starts.count_ones() as usize;
        }
        CharIndex {
            blocks,
            total,
            astral,
        }
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

    /// The UTF-16 offset of byte offset `byte` (which must be a char
    /// boundary, at most the text's length).
    pub fn utf16_offset(&self, byte: usize) -> usize {
        self.offsets(byte).1
    }

    /// The code-point and UTF-16 offsets of byte offset `byte` (which must be
    /// a char boundary, at most the text's length).
    #[inline]
    pub fn offsets(&self, byte: usize) -> (usize, usize) {
        let chars = self.char_offset(byte);
        if self.astral.is_empty() {
            return (chars, chars);
        }
        (chars, chars + self.astral.partition_point(|&b| b < byte))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_index_matches_naive_count() {
        let short = "Jean-Noël «said» 日本 ok 😀 é";
        // Long enough for many blocks, and every block boundary in the
        // middle of some character.
        let long = "a😀bé日".repeat(40) + "𝄞" + &"x".repeat(63) + "😀";
        for text in [short, &long, "plain ascii", "", "é", &"😀".repeat(16)] {
            let idx = CharIndex::new(text);
            for (b, _) in text
                .char_indices()
                .chain(std::iter::once((text.len(), ' ')))
            {
                let chars = text[..b].chars().count();
                let utf16 = text[..b].encode_utf16().count();
                assert_eq!(idx.offsets(b), (chars, utf16), "byte {b}");
                assert_eq!(idx.char_offset(b), chars);
                assert_eq!(idx.utf16_offset(b), utf16);
            }
        }
        // Across blocks of 64 bytes, ending on a block boundary or not.
        for n in [63, 64, 65, 127, 128, 200] {
            let text: String = "aé日😀".chars().cycle().take(n).collect();
            let idx = CharIndex::new(&text);
            for (b, _) in text
                .char_indices()
                .chain(std::iter::once((text.len(), ' ')))
            {
                let want = (text[..b].chars().count(), text[..b].encode_utf16().count());
                assert_eq!(idx.offsets(b), want, "{n}: byte {b}");
            }
        }
        let ascii = CharIndex::new("plain");
        assert_eq!(ascii.char_offset(5), 5);
    }
}
