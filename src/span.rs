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
/// Built once per document when a [`Report`](crate::Report) is made; lookups
/// are `O(log n)` over the non-ASCII positions only, so pure-ASCII text costs
/// nothing.
#[derive(Debug, Clone)]
pub struct CharIndex {
    /// Byte offsets of every non-ASCII character start, in order.
    wide: Vec<(usize, usize)>, // (byte offset, extra bytes before and including this char)
}

impl CharIndex {
    /// Build the table for `text`.
    pub fn new(text: &str) -> CharIndex {
        let mut wide = Vec::new();
        let mut extra = 0usize;
        if !text.is_ascii() {
            // A byte from 0xC0 up starts a character of 2, 3 or 4 bytes (the
            // text is UTF-8); every other byte is ASCII or a continuation.
            for (i, &b) in text.as_bytes().iter().enumerate() {
                if b >= 0xC0 {
                    extra += match b {
                        0xF0..=0xFF => 3,
                        0xE0..=0xEF => 2,
                        _ => 1,
                    };
                    wide.push((i, extra));
                }
            }
        }
        CharIndex { wide }
    }

    /// The code-point offset of byte offset `byte` (which must be a char boundary).
    pub fn char_offset(&self, byte: usize) -> usize {
        // Number of extra bytes contributed by wide chars starting before `byte`.
        let k = self.wide.partition_point(|&(b, _)| b < byte);
        if k == 0 {
            byte
        } else {
            byte - self.wide[k - 1].1
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
    }
}
