//! Unicode forms: the text as the passes read it, when it differs from the
//! caller's.
//!
//! Two things in a text would otherwise split words and hide quotation
//! marks from the passes: format characters (general category Cf: zero-width
//! joiners and spaces, left-to-right and right-to-left marks, the word
//! joiner, a byte-order mark, soft hyphens), which are invisible; and a
//! letter written as a base letter and a combining accent (decomposed, NFD:
//! `e` + U+0301), which is one letter to a reader. A [`View`] is a copy of
//! the text with every format character left out and every letter + accent
//! pair that has one precomposed character (NFC, see [`super::compose`])
//! written as that character; the passes run on it, and every span is
//! mapped back onto the caller's text ([`View::span`]), on its character
//! boundaries. A combining mark with no precomposed form stays, and the
//! tokenizer keeps it in its word ([`is_mark`]).
//!
//! Texts without such characters (nearly all news) get no view: one scan
//! that skips ASCII sixteen bytes at a time tells ([`View::new`]).

use super::compose::PAIRS;
use super::{first_marked, halves, HIGH};
use crate::span::Span;

/// A format character (Unicode general category Cf: zero-width joiners and
/// spaces, direction marks, the word joiner, a byte-order mark, soft
/// hyphens). The analysis reads through them as if they were not there, so
/// like whitespace they need not lie in any sentence or span.
///
/// ```
/// assert!(reportage::is_format('\u{200b}'));
/// assert!(!reportage::is_format('a'));
/// ```
pub fn is_format(c: char) -> bool {
    matches!(
        c,
        '\u{ad}'
            | '\u{600}'..='\u{605}'
            | '\u{61c}'
            | '\u{6dd}'
            | '\u{70f}'
            | '\u{890}'..='\u{891}'
            | '\u{8e2}'
            | '\u{180e}'
            | '\u{200b}'..='\u{200f}'
            | '\u{202a}'..='\u{202e}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{206f}'
            | '\u{feff}'
            | '\u{fff9}'..='\u{fffb}'
            | '\u{110bd}'
            | '\u{110cd}'
            | '\u{13430}'..='\u{1343f}'
            | '\u{1bca0}'..='\u{1bca3}'
            | '\u{1d173}'..='\u{1d17a}'
            | '\u{e0001}'
            | '\u{e0020}'..='\u{e007f}'
    )
}

/// A combining mark of the blocks of combining diacritical marks (general
/// and extended, supplement, for symbols, half marks): it belongs to the
/// letter before it. (The vowel signs of most scripts are letters already:
/// `char::is_alphabetic` holds for them.)
pub(crate) fn is_mark(c: char) -> bool {
    matches!(
        c,
        '\u{300}'..='\u{36f}'
            | '\u{1ab0}'..='\u{1aff}'
            | '\u{1dc0}'..='\u{1dff}'
            | '\u{20d0}'..='\u{20ff}'
            | '\u{fe20}'..='\u{fe2f}'
    )
}

/// The one character that `base` followed by the combining `mark` is, if
/// there is one.
fn compose(base: char, mark: char) -> Option<char> {
    PAIRS
        .binary_search_by(|&(b, m, _)| (b, m).cmp(&(base, mark)))
        .ok()
        .map(|k| PAIRS[k].2)
}

/// A stretch of the view and the stretch of the caller's text it stands for:
/// byte for byte when the lengths agree, else as one whole (a composed
/// character).
#[derive(Clone, Copy, Debug)]
struct Piece {
    view: usize,
    orig: usize,
    view_len: usize,
    orig_len: usize,
}

impl Piece {
    fn view_end(&self) -> usize {
        self.view + self.view_len
    }
    fn orig_end(&self) -> usize {
        self.orig + self.orig_len
    }
}

/// The text the passes read, and the way back to the caller's.
#[derive(Debug)]
pub(crate) struct View {
    /// The text without format characters, accents composed.
    pub(crate) text: String,
    /// Cover the view in order, without gap.
    pieces: Vec<Piece>,
}

impl View {
    /// The view of `text`, or `None` when the passes can read `text` as it
    /// is: it holds no format character (but a leading byte-order mark,
    /// which the layout pass skips) and no combining mark that could join
    /// the letter before it.
    pub(crate) fn new(text: &str) -> Option<View> {
        if !needs_view(text) {
            return None;
        }
        let mut view = View {
            text: String::with_capacity(text.len()),
            pieces: Vec::new(),
        };
        // The last character written to the view and where it starts there.
        let mut last: Option<(char, usize)> = None;
        let b = text.as_bytes();
        let mut i = 0;
        while i < b.len() {
            // A run of ASCII is copied as it is, in one piece.
            let run = ascii_run(b, i);
            if run > i {
                let at = view.text.len();
                view.push_str(i, &text[i..run]);
                last = Some((char::from(b[run - 1]), at + (run - 1 - i)));
                i = run;
                continue;
            }
            let Some(c) = text[i..].chars().next() else {
                break;
            };
            let next = i + c.len_utf8();
            if is_format(c) {
                i = next;
                continue;
            }
            if is_mark(c) {
                if let Some((base, at)) = last {
                    if let Some(q) = compose(base, c) {
                        view.replace_last(at, next, q);
                        last = Some((q, at));
                        i = next;
                        continue;
                    }
                }
            }
            last = Some((c, view.text.len()));
            view.push_str(i, &text[i..next]);
            i = next;
        }
        Some(view)
    }

    /// Write `s`, found at byte `i` of the caller's text.
    fn push_str(&mut self, i: usize, s: &str) {
        let n = s.len();
        let at = self.text.len();
        self.text.push_str(s);
        if let Some(p) = self.pieces.last_mut() {
            if p.view_len == p.orig_len && p.view_end() == at && p.orig_end() == i {
                p.view_len += n;
                p.orig_len += n;
                return;
            }
        }
        self.pieces.push(Piece {
            view: at,
            orig: i,
            view_len: n,
            orig_len: n,
        });
    }

    /// Replace the last character of the view (at `at`) by `q`, which now
    /// stands for the caller's text up to `orig_end`.
    fn replace_last(&mut self, at: usize, orig_end: usize, q: char) {
        self.text.truncate(at);
        self.text.push(q);
        let p = self.pieces.last_mut().expect("a character was written");
        let orig = if p.view == at {
            // The piece is that character alone (or its composed form).
            let o = p.orig;
            self.pieces.pop();
            o
        } else {
            // The character ends a byte-for-byte piece: cut it off.
            let o = p.orig + (at - p.view);
            p.view_len = at - p.view;
            p.orig_len = at - p.view;
            o
        };
        self.pieces.push(Piece {
            view: at,
            orig,
            view_len: q.len_utf8(),
            orig_len: orig_end - orig,
        });
    }

    /// The piece that holds view byte `v` (the last piece for the end).
    fn piece(&self, v: usize) -> &Piece {
        let k = self.pieces.partition_point(|p| p.view <= v);
        &self.pieces[k.saturating_sub(1)]
    }

    /// Where the view character at `v` starts in the caller's text (the end
    /// of the text for the end of the view).
    fn start(&self, v: usize) -> usize {
        let p = self.piece(v);
        if v >= p.view_end() {
            p.orig_end()
        } else if p.view_len == p.orig_len {
            p.orig + (v - p.view)
        } else {
            p.orig
        }
    }

    /// Where the view character that ends at `v` ends in the caller's text.
    fn end(&self, v: usize) -> usize {
        if v == 0 {
            return self.pieces.first().map_or(0, |p| p.orig);
        }
        let p = self.piece(v - 1);
        if p.view_len == p.orig_len {
            p.orig + (v - p.view)
        } else {
            p.orig_end()
        }
    }

    /// The span of the caller's text that a span of the view stands for:
    /// from the start of its first character to the end of its last, so the
    /// format characters around it stay out and those inside stay in.
    pub(crate) fn span(&self, s: Span) -> Span {
        let start = self.start(s.start);
        if s.is_empty() {
            return Span::new(start, start);
        }
        Span::new(start, self.end(s.end).max(start))
    }
}

/// The end of the run of ASCII bytes at `i`: sixteen bytes at a time.
fn ascii_run(b: &[u8], mut i: usize) -> usize {
    while i + 16 <= b.len() {
        let (lo, hi) = halves(&b[i..i + 16]);
        match first_marked(lo & HIGH, hi & HIGH) {
            None => i += 16,
            Some(k) => return i + k,
        }
    }
    while i < b.len() && b[i].is_ascii() {
        i += 1;
    }
    i
}

/// Whether `text` holds a format character (but a leading byte-order
/// mark), or a combining mark of U+0300 to U+036F (the marks that compose).
/// ASCII is skipped sixteen bytes at a time; other bytes are looked at
/// only when they start one of those characters.
fn needs_view(text: &str) -> bool {
    let b = text.as_bytes();
    // A leading byte-order mark alone is the layout pass's.
    let mut i = if text.starts_with('\u{feff}') { 3 } else { 0 };
    while i < b.len() {
        if i + 16 <= b.len() {
            let (lo, hi) = halves(&b[i..i + 16]);
            match first_marked(lo & HIGH, hi & HIGH) {
                None => {
                    i += 16;
                    continue;
                }
                // Straight to the first byte that is not ASCII.
                Some(k) => i += k,
            }
        }
        let c = b[i];
        let found = match c {
            // U+0300 to U+036F, and U+00AD.
            0xCC | 0xCD => true,
            0xC2 => b.get(i + 1) == Some(&0xAD),
            // U+200B to U+200F, U+202A to U+202E, U+2060 to U+206F.
            0xE2 => match (b.get(i + 1), b.get(i + 2)) {
                (Some(0x80), Some(&x)) => matches!(x, 0x8B..=0x8F | 0xAA..=0xAE),
                (Some(0x81), Some(&x)) => (0xA0..=0xAF).contains(&x),
                _ => false,
            },
            // The rarer ones: decode.
            0xD8 | 0xDB | 0xDC | 0xE0 | 0xE1 | 0xEF | 0xF0 | 0xF3 => text
                .get(i..)
                .and_then(|r| r.chars().next())
                .is_some_and(is_format),
            _ => false,
        };
        if found {
            return true;
        }
        // On to the next character (`i` is at a character start: ASCII, or
        // the lead byte of a sequence of two to four bytes).
        i += match c {
            0xF0.. => 4,
            0xE0.. => 3,
            0xC0.. => 2,
            _ => 1,
        };
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_needs_no_view() {
        for t in [
            "",
            "Plain ASCII text that is long enough for a block or two.",
            "“Typographic” quotes — and dashes… are fine, café.",
            "\u{feff}A leading byte-order mark is the layout's.",
            "Кириллица и 日本語",
        ] {
            assert!(View::new(t).is_none(), "{t:?}");
        }
        for t in [
            "Jose\u{301}",
            "a\u{200d}b",
            "x\u{200f}",
            "soft\u{ad}hyphen",
            "a\u{feff}b",
            "\u{e0067}",
            "a\u{2060}b",
        ] {
            assert!(View::new(t).is_some(), "{t:?}");
        }
        // Every format character is found whatever the bytes around it.
        for c in (0..0x11_0000u32).filter_map(char::from_u32) {
            if is_format(c) && c != '\u{feff}' {
                let t = format!("ab{c}");
                assert!(needs_view(&t), "{c:?}");
            }
        }
    }

    #[test]
    fn composes_and_maps_back() {
        let t = "Jose\u{301} Garci\u{301}a said \u{200f}\u{201c}Hi\u{201d}\u{200f}.";
        let v = View::new(t).unwrap();
        assert_eq!(v.text, "José García said “Hi”.");
        let find = |w: &str| {
            let a = v.text.find(w).unwrap();
            Span::new(a, a + w.len())
        };
        assert_eq!(&t[v.span(find("José"))], "Jose\u{301}");
        assert_eq!(&t[v.span(find("José García"))], "Jose\u{301} Garci\u{301}a");
        assert_eq!(&t[v.span(find("é"))], "e\u{301}");
        assert_eq!(&t[v.span(find("“Hi”"))], "\u{201c}Hi\u{201d}");
        assert_eq!(&t[v.span(find("said “"))], "said \u{200f}\u{201c}");
        assert_eq!(&t[v.span(find("."))], ".");
        let all = v.span(Span::new(0, v.text.len()));
        assert_eq!(all, Span::new(0, t.len()));
        let end = v.span(Span::new(v.text.len(), v.text.len()));
        assert_eq!(end, Span::new(t.len(), t.len()));
    }

    #[test]
    fn stacked_marks_compose_in_turn() {
        // e + dot below + circumflex: ẹ, then ệ.
        let v = View::new("Nguye\u{323}\u{302}n").unwrap();
        assert_eq!(v.text, "Nguyện");
        // A mark with no composed form stays, after the composed letter.
        let v = View::new("e\u{301}\u{301}x").unwrap();
        assert_eq!(v.text, "é\u{301}x");
        assert_eq!(v.span(Span::new(0, 2)), Span::new(0, 3));
        assert_eq!(v.span(Span::new(2, 4)), Span::new(3, 5));
    }

    #[test]
    fn spans_land_on_char_boundaries() {
        let t = "\u{200d}a\u{301}\u{200d}\u{301}\u{feff}b\u{300}\u{300}c\u{2060}";
        let v = View::new(t).unwrap();
        for a in 0..=v.text.len() {
            for z in a..=v.text.len() {
                if !v.text.is_char_boundary(a) || !v.text.is_char_boundary(z) {
                    continue;
                }
                let s = v.span(Span::new(a, z));
                assert!(s.start <= s.end && s.end <= t.len(), "{a}..{z} → {s:?}");
                assert!(t.is_char_boundary(s.start) && t.is_char_boundary(s.end));
            }
        }
    }
}
