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
/// Built once per document when a [`Report`](crate::Report) is made. Text
/// that is all ASCII costs nothing; otherwise the table holds the counts at
/// every 64th byte (a quarter of a byte per byte of text), and a look-up
/// counts the characters of at most 63 bytes.
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
pub struct CharIndex<'t> {
    text: &'t [u8],
    /// For block `k` (bytes from `64 * k`): the code points and the
    /// characters of four bytes (two UTF-16 units) before it. Empty for
    /// ASCII text.
    blocks: Vec<(usize, usize)>,
}

/// Bytes per block of the [`CharIndex`] table.
const BLOCK: usize = 64;

/// Code points that start in `b`, and how many of them take four bytes.
#[inline]
fn count(b: &[u8]) -> (usize, usize) {
    let (mut chars, mut astral) = (0, 0);
    for &c in b {
        // Every byte but a continuation byte (10xxxxxx) starts a character.
        chars += usize::from((c as i8) >= -0x40);
        astral += usize::from(c >= 0xF0);
    }
    (chars, astral)
}

impl<'t> CharIndex<'t> {
    /// Build the table for `text`.
    pub fn new(text: &'t str) -> CharIndex<'t> {
        let bytes = text.as_bytes();
        let mut blocks = Vec::new();
        if !text.is_ascii() {
            blocks.reserve(bytes.len() / BLOCK + 1);
            let (mut chars, mut astral) = (0, 0);
            blocks.push((0, 0));
            for block in bytes.chunks(BLOCK) {
                let (c, a) = count(block);
                chars += c;
                astral += a;
                blocks.push((chars, astral));
            }
        }
        CharIndex {
            text: bytes,
            blocks,
        }
    }

    /// The code-point and UTF-16 offsets of byte offset `byte`, which must be
    /// a character boundary of the text (else the count is of the characters
    /// that start before it).
    #[inline]
    pub fn offsets(&self, byte: usize) -> (usize, usize) {
        if self.blocks.is_empty() {
            return (byte, byte);
        }
        let byte = byte.min(self.text.len());
        let k = byte / BLOCK;
        let (c0, a0) = self.blocks[k];
        let (c, a) = count(&self.text[k * BLOCK..byte]);
        let chars = c0 + c;
        (chars, chars + a0 + a)
    }

    /// The code-point offset of byte offset `byte` (a character boundary).
    pub fn char_offset(&self, byte: usize) -> usize {
        self.offsets(byte).0
    }

    /// The UTF-16 offset of byte offset `byte` (a character boundary).
    pub fn utf16_offset(&self, byte: usize) -> usize {
        self.offsets(byte).1
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
    }
}
