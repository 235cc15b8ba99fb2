//! Text layout: the Unicode view, the `date` marker, paragraphs, and word tokens.
//!
//! Reads: the text. Writes: `Analysis::date`, `date_marker`, `paragraphs`, `tokens`.

mod compose;
pub mod token;
pub(crate) mod view;

use crate::date::Date;
use crate::span::Span;

/// A paragraph: a block of text between blank lines.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Paragraph {
    /// The paragraph, trimmed of surrounding whitespace.
    pub span: Span,
}

/// A table of the bytes in `bytes`, for a `static` built at compile time
/// (`BYTES[b as usize]` asks whether byte `b` is one of them).
pub(crate) const fn byte_set(bytes: &[u8]) -> [bool; 256] {
    let mut t = [false; 256];
    let mut k = 0;
    while k < bytes.len() {
        t[bytes[k] as usize] = true;
        k += 1;
    }
    t
}

/// The length of a leading byte-order mark (U+FEFF), which belongs to no
/// layer: 3 bytes or none.
pub(crate) fn bom_len(text: &str) -> usize {
    if text.starts_with('\u{feff}') {
        3
    } else {
        0
    }
}

/// Read a leading `date YYYY-MM-DD` marker (after an optional byte-order
/// mark and optional whitespace).
///
/// Returns the date and the marker's span. `date` is lower case (a header
/// line `DATE 2024-05-01` is text), the marker must be followed by
/// whitespace or the end of the text, and the date must exist.
pub fn date_marker(text: &str) -> Option<(Date, Span)> {
    let bom = bom_len(text);
    let start = text.len() - text[bom..].trim_start().len();
    let b = &text.as_bytes()[start..];
    if b.len() < 15 || &b[..5] != b"date " {
        return None;
    }
    if b.len() > 15 && !(b[15] as char).is_ascii_whitespace() {
        return None;
    }
    let date = Date::parse_iso(&b[5..15])?;
    Some((date, Span::new(start, start + 15)))
}

/// Split `text[from..]` into paragraphs at blank lines (lines holding only
/// whitespace). Each paragraph span is trimmed; empty paragraphs are dropped.
/// A byte-order mark at the start of the text is skipped.
pub fn paragraphs(text: &str, from: usize) -> Vec<Paragraph> {
    let from = from.max(bom_len(text));
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut para_start: Option<usize> = None; // first non-space byte of the current paragraph
    let mut para_end = from; // end of the last non-space byte seen in it
    let mut line_start = from;
    while line_start < bytes.len() {
        let line_end = find_newline(bytes, line_start);
        match trim_range(text, line_start, line_end) {
            None => {
                if let Some(s) = para_start.take() {
                    out.push(Paragraph {
                        span: Span::new(s, para_end),
                    });
                }
            }
            Some((a, z)) => {
                para_start.get_or_insert(a);
                para_end = z;
            }
        }
        line_start = line_end + 1;
    }
    if let Some(s) = para_start {
        out.push(Paragraph {
            span: Span::new(s, para_end),
        });
    }
    out
}

/// A zero byte of `w`: the high bit of `(w - ONES) & !w & HIGH` is set there.
/// A borrow may also mark bytes after a true zero, never before the first
/// one, so the lowest mark is exact.
pub(crate) const ONES: u64 = 0x0101_0101_0101_0101;
/// The high bit of every byte.
pub(crate) const HIGH: u64 = 0x8080_8080_8080_8080;

/// The first byte of a block of sixteen whose high bit is set in `lo`
/// (bytes 0 to 7) or `hi` (bytes 8 to 15), if any.
#[inline(always)]
pub(crate) fn first_marked(lo: u64, hi: u64) -> Option<usize> {
    // One test for the common case of no mark (as one vector test).
    if lo | hi == 0 {
        None
    } else if lo != 0 {
        Some((lo.trailing_zeros() / 8) as usize)
    } else {
        Some(8 + (hi.trailing_zeros() / 8) as usize)
    }
}

/// The eight-byte halves of a block of sixteen bytes, as integers.
#[inline(always)]
pub(crate) fn halves(block: &[u8]) -> (u64, u64) {
    let lo = u64::from_le_bytes(block[..8].try_into().expect("8 bytes"));
    let hi = u64::from_le_bytes(block[8..16].try_into().expect("8 bytes"));
    (lo, hi)
}

/// The position of the first line feed at or after `from`, or the end of `b`.
fn find_newline(b: &[u8], from: usize) -> usize {
    find_any(b, from, b.len(), [b'\n'])
}

/// The first position in `from..lim` holding one of the few bytes of `set`,
/// or `lim`. Sixteen bytes at a time, as two integers: a byte equal to `s` is
/// a zero byte after `^ s` (see [`ONES`]). The compiler turns the block test
/// into vector operations.
#[inline(always)]
pub(crate) fn find_any<const N: usize>(b: &[u8], from: usize, lim: usize, set: [u8; N]) -> usize {
    let mut blocks = b[from..lim].chunks_exact(16);
    let mut at = from;
    for block in &mut blocks {
        let (lo, hi) = halves(block);
        let (mut zl, mut zh) = (0, 0);
        for s in set {
            let (x, y) = (lo ^ (ONES * u64::from(s)), hi ^ (ONES * u64::from(s)));
            zl |= x.wrapping_sub(ONES) & !x;
            zh |= y.wrapping_sub(ONES) & !y;
        }
        if let Some(k) = first_marked(zl & HIGH, zh & HIGH) {
            return at + k;
        }
        at += 16;
    }
    let tail = blocks.remainder();
    tail.iter()
        .position(|c| set.contains(c))
        .map_or(lim, |k| at + k)
}

/// The bounds of `text[a..z]` without its leading and trailing whitespace
/// (what `str::trim` removes), or `None` when nothing else is left. `a` and
/// `z` are character boundaries. ASCII bytes are tested directly; only a
/// byte above 0x7F is decoded.
#[inline]
pub(crate) fn trim_range(text: &str, a: usize, z: usize) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    let mut s = a;
    while s < z {
        let c = b[s];
        if c < 0x80 {
            if !is_space(c) {
                break;
            }
            s += 1;
        } else {
            match text.get(s..z).and_then(|r| r.chars().next()) {
                Some(ch) if ch.is_whitespace() => s += ch.len_utf8(),
                _ => break,
            }
        }
    }
    if s >= z {
        return None;
    }
    let mut e = z;
    loop {
        let c = b[e - 1];
        if c < 0x80 {
            if !is_space(c) {
                break;
            }
            e -= 1;
        } else {
            match text.get(s..e).and_then(|r| r.chars().next_back()) {
                Some(ch) if ch.is_whitespace() => e -= ch.len_utf8(),
                _ => break,
            }
        }
    }
    Some((s, e))
}

/// The ASCII bytes that `char::is_whitespace` accepts.
#[inline]
fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_date_marker() {
        let (d, s) = date_marker(" date 2025-11-20 The team").unwrap();
        assert_eq!(d.to_string(), "2025-11-20");
        assert_eq!(s, Span::new(1, 16));
        assert!(date_marker("date 2025-13-20 x").is_none());
        assert!(date_marker("date 2025-11-20x").is_none());
        assert!(date_marker("dated 2025-11-20").is_none());
        assert!(date_marker("date 2025-11-20").is_some());
        assert!(date_marker("Hi I´m here, in the long text").is_none());
        // Lower case only: a header line in capitals is text.
        assert!(date_marker("DATE 2025-11-20 x").is_none());
        assert!(date_marker("Date 2025-11-20 x").is_none());
        // A leading byte-order mark is skipped, before the whitespace too.
        let (d, s) = date_marker("\u{feff}date 2025-11-20 The team").unwrap();
        assert_eq!((d.to_string(), s), ("2025-11-20".into(), Span::new(3, 18)));
        let (_, s) = date_marker("\u{feff}\n date 2025-11-20").unwrap();
        assert_eq!(s, Span::new(5, 20));
        assert!(date_marker("x\u{feff}date 2025-11-20").is_none());
    }

    #[test]
    fn splits_paragraphs_at_blank_lines() {
        let t = "One\ntwo.\n\n  \nThree.\n";
        let p: Vec<&str> = paragraphs(t, 0).iter().map(|p| &t[p.span]).collect();
        assert_eq!(p, ["One\ntwo.", "Three."]);
        let t = "\u{a0}A long first line of text.\r\n\u{2003}\r\n\u{3000}B\u{85}\n \n\tC";
        let p: Vec<&str> = paragraphs(t, 0).iter().map(|p| &t[p.span]).collect();
        assert_eq!(p, ["A long first line of text.", "B", "C"]);
        let t = "\u{feff}First.\n\nSecond.";
        let p: Vec<&str> = paragraphs(t, 0).iter().map(|p| &t[p.span]).collect();
        assert_eq!(p, ["First.", "Second."]);
    }

    #[test]
    fn finds_the_first_byte_of_a_set() {
        // The bytes sought sit at every offset of a sixteen-byte block.
        let t = "ab\"c\u{e9}d-e\u{2014}f\nghij ".repeat(6);
        let b = t.as_bytes();
        for from in 0..b.len() {
            for lim in from..=b.len() {
                let want = |set: &[u8]| (from..lim).find(|&k| set.contains(&b[k])).unwrap_or(lim);
                assert_eq!(find_any(b, from, lim, [b'\n']), want(b"\n"));
                assert_eq!(find_any(b, from, lim, [b'-', b'x']), want(b"-x"));
                let set = [b'"', 0xE2, 0xC2];
                assert_eq!(find_any(b, from, lim, set), want(&set), "{from}..{lim}");
            }
            let nl = (from..b.len()).find(|&k| b[k] == b'\n').unwrap_or(b.len());
            assert_eq!(find_newline(b, from), nl);
        }
    }

    #[test]
    fn trims_like_str_trim() {
        for t in [
            "",
            " ",
            " a ",
            "\u{a0}a b\u{3000}",
            "\u{2003}",
            "\r\n x\t\n",
            "\u{e9}",
        ] {
            let want = (!t.trim().is_empty()).then(|| {
                let a = t.len() - t.trim_start().len();
                (a, a + t.trim().len())
            });
            assert_eq!(trim_range(t, 0, t.len()), want, "{t:?}");
        }
    }
}
