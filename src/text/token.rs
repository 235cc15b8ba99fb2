//! Word tokens: one fast left-to-right scan of the text.
//!
//! A token is a word (letters and digits, with inner hyphens and inner
//! apostrophes: `Jean-Noël`, `don't`), a dotted acronym (`U.S.`, `D.C.`), a
//! number (`1,000.5`, `1990s`), a possessive ending (`'s`, `’s`), or a single
//! other character. Whitespace is not a token; it is recorded as flags on the
//! token after it.

use crate::span::Span;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (and digits) starting with a letter.
    Word,
    /// Starts with a digit.
    Number,
    /// A possessive ending: `'s` or `’s` after a word.
    Possessive,
    /// Any other single character (punctuation, quote marks, symbols).
    Punct,
}

/// A token of the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// Its bytes in the text.
    pub span: Span,
    /// What it is.
    pub kind: TokenKind,
    /// Bit set of `Token::*` flags.
    pub flags: u8,
}

impl Token {
    /// The first character is an uppercase letter.
    pub const CAP: u8 = 1;
    /// Every letter is uppercase, and there are at least two letters.
    pub const UPPER: u8 = 2;
    /// Whitespace precedes the token.
    pub const SPACE_BEFORE: u8 = 4;
    /// A line break precedes the token.
    pub const NEWLINE_BEFORE: u8 = 8;
    /// Holds a hyphen inside (`Jean-Noël`).
    pub const HYPHEN: u8 = 16;
    /// First token of a paragraph (a blank line, or the start of the body, precedes it).
    pub const PARA_START: u8 = 32;

    /// True when every bit of `flag` is set.
    #[inline]
    pub const fn has(&self, flag: u8) -> bool {
        self.flags & flag == flag
    }
}

#[inline]
fn char_at(text: &str, i: usize) -> Option<char> {
    let b = *text.as_bytes().get(i)?;
    if b < 0x80 {
        Some(b as char)
    } else {
        text[i..].chars().next()
    }
}

/// `char::is_alphanumeric`, with the general punctuation block (U+2000 to
/// U+206F: dashes, quotation marks, spaces, format characters), where news
/// keeps most of its characters that are not ASCII, answered without the
/// Unicode tables.
#[inline]
fn is_alnum(c: char) -> bool {
    !('\u{2000}'..='\u{206f}').contains(&c) && c.is_alphanumeric()
}

#[inline]
fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

#[inline]
fn is_hyphen(c: char) -> bool {
    c == '-' || c == '‐' || c == '‑'
}

/// Tokenize `text[span]`, appending to `out`. Offsets are into `text`.
///
/// The first token gets `SPACE_BEFORE | NEWLINE_BEFORE | PARA_START`: callers
/// tokenize one paragraph at a time, so whatever came before it is a break.
pub fn tokenize_into(text: &str, span: Span, out: &mut Vec<Token>) {
    tokenize_with::<true>(text, span, out);
}

/// [`tokenize_into`]; with `FAST` false, every word takes the general scan
/// (the tests compare the two).
#[inline(always)]
fn tokenize_with<const FAST: bool>(text: &str, span: Span, out: &mut Vec<Token>) {
    let bytes = text.as_bytes();
    let mut i = span.start;
    let end = span.end.min(text.len());
    let mut pending = Token::SPACE_BEFORE | Token::NEWLINE_BEFORE | Token::PARA_START;
    while i < end {
        let b = bytes[i];
        // Whitespace.
        if b == b' ' || b == b'\t' || b == b'\r' {
            pending |= Token::SPACE_BEFORE;
            i += 1;
            continue;
        }
        if b == b'\n' {
            pending |= Token::SPACE_BEFORE | Token::NEWLINE_BEFORE;
            i += 1;
            continue;
        }
        // The common case: a plain ASCII word or number ended by a byte
        // that cannot continue it (not `-`, `.`, `,`, `'`, nor a multi-byte
        // character). Every other case takes the general scan below.
        if let Some(stop) = plain_ascii_word(bytes, i, end).filter(|_| FAST) {
            let flags = ascii_case_flags(&bytes[i..stop]);
            let kind = if b.is_ascii_digit() {
                TokenKind::Number
            } else {
                TokenKind::Word
            };
            out.push(Token {
                span: Span::new(i, stop),
                kind,
                flags: flags | pending,
            });
            pending = 0;
            i = stop;
            // The one space after a word, the common case, read here rather
            // than by another round of the loop.
            if i < end && bytes[i] == b' ' {
                pending = Token::SPACE_BEFORE;
                i += 1;
            }
            continue;
        }
        // Typographic quotation marks, dashes and the ellipsis (U+2010 to
        // U+2027, U+2030 to U+203E), « and »: punctuation of two or three
        // bytes, known without decoding or a Unicode table.
        if let Some(n) = typographic_mark(bytes, i, end) {
            out.push(Token {
                span: Span::new(i, i + n),
                kind: TokenKind::Punct,
                flags: pending,
            });
            pending = 0;
            i += n;
            continue;
        }
        let c = match char_at(text, i) {
            Some(c) => c,
            None => break,
        };
        if c.is_whitespace() {
            pending |= Token::SPACE_BEFORE;
            i += c.len_utf8();
            continue;
        }
        let start = i;
        let flags_before = pending;
        pending = 0;
        if is_alnum(c) {
            let (stop, kind, flags) = scan_word(text, i, end, c);
            out.push(Token {
                span: Span::new(start, stop),
                kind,
                flags: flags | flags_before,
            });
            i = stop;
            // Possessive ending right after a word.
            if let Some(a) = char_at(text, i).filter(|&a| is_apostrophe(a)) {
                let s = i + a.len_utf8();
                if s < end
                    && matches!(bytes[s], b's' | b'S')
                    && !char_at(text, s + 1).is_some_and(is_alnum)
                {
                    out.push(Token {
                        span: Span::new(i, s + 1),
                        kind: TokenKind::Possessive,
                        flags: 0,
                    });
                    i = s + 1;
                }
            }
            continue;
        }
        i += c.len_utf8();
        out.push(Token {
            span: Span::new(start, i),
            kind: TokenKind::Punct,
            flags: flags_before,
        });
    }
}

/// The length of the typographic punctuation mark at `i` (see the call), if
/// one is there.
#[inline]
fn typographic_mark(bytes: &[u8], i: usize, end: usize) -> Option<usize> {
    match bytes[i] {
        0xE2 if i + 2 < end
            && bytes[i + 1] == 0x80
            && matches!(bytes[i + 2], 0x90..=0xA7 | 0xB0..=0xBE) =>
        {
            Some(3)
        }
        0xC2 if i + 1 < end && matches!(bytes[i + 1], 0xAB | 0xBB) => Some(2),
        _ => None,
    }
}

/// Bytes that may continue an ASCII word beyond its letters and digits:
/// hyphens, number separators, apostrophes, and any byte of a multi-byte
/// character.
static CONTINUES: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = b >= 0x80 || matches!(b as u8, b'-' | b'.' | b',' | b'\'');
        b += 1;
    }
    t
};

/// ASCII letters and digits.
static ASCII_ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

/// If `bytes[i..]` starts with ASCII letters and digits that end the token
/// for sure (at `end`, or before a byte that cannot continue a word), the
/// end of that run.
#[inline]
fn plain_ascii_word(bytes: &[u8], i: usize, end: usize) -> Option<usize> {
    if !ASCII_ALNUM[usize::from(bytes[i])] {
        return None;
    }
    let j = ascii_alnum_end(bytes, i + 1, end);
    if j == end || !CONTINUES[usize::from(bytes[j])] {
        return Some(j);
    }
    // A full stop or a comma ends a word of two letters or more ("said,",
    // "Trump."): only a single letter opens a dotted acronym ("U.S."); and
    // it ends a number unless a digit follows ("1,000.5").
    let digit_after = j + 1 < end && bytes[j + 1].is_ascii_digit();
    let ends = match bytes[j] {
        b'.' | b',' if bytes[i].is_ascii_digit() => !digit_after,
        b'.' | b',' => j - i >= 2,
        _ => false,
    };
    ends.then_some(j)
}

/// The end of the run of ASCII letters and digits at `j` (before `end`).
/// Eight bytes at a time: one mask of the bytes that are no ASCII letter or
/// digit, and the first of them is the end; no branch per byte.
#[inline]
fn ascii_alnum_end(bytes: &[u8], mut j: usize, end: usize) -> usize {
    use crate::text::{HIGH, ONES};
    // Bit 7 of each byte of `v + ONES * k` (every byte of `v` below 0x80, k
    // at most 0x80: no carry between bytes) says whether that byte is at
    // least 0x80 - k.
    let at_least = |v: u64, lo: u8| v + ONES * u64::from(0x80 - lo);
    let above = |v: u64, hi: u8| v + ONES * u64::from(0x7F - hi);
    while j + 8 <= end {
        let mut w = [0u8; 8];
        w.copy_from_slice(&bytes[j..j + 8]);
        let x = u64::from_le_bytes(w);
        let v = x & !HIGH;
        let digit = at_least(v, b'0') & !above(v, b'9');
        // `| 0x20` folds A-Z onto a-z and sends no other byte there.
        let l = v | (ONES * 0x20);
        let letter = at_least(l, b'a') & !above(l, b'z');
        let other = !((digit | letter) & !x) & HIGH;
        if other != 0 {
            return j + (other.trailing_zeros() / 8) as usize;
        }
        j += 8;
    }
    while j < end && ASCII_ALNUM[usize::from(bytes[j])] {
        j += 1;
    }
    j
}

/// `CAP` and `UPPER` of an ASCII word, as [`scan_word`] sets them.
#[inline]
fn ascii_case_flags(w: &[u8]) -> u8 {
    let first = w[0];
    if first.is_ascii_lowercase() {
        return 0;
    }
    let mut flags = 0;
    if first.is_ascii_uppercase() {
        flags |= Token::CAP;
    }
    // A lower-case letter, mostly the second byte, settles it before any count.
    if !w.iter().any(u8::is_ascii_lowercase)
        && w.iter().filter(|b| b.is_ascii_alphabetic()).count() >= 2
    {
        flags |= Token::UPPER;
    }
    flags
}

/// Scan one word or number starting at `i` (first char `c`). Returns its end,
/// kind and case flags.
fn scan_word(text: &str, mut i: usize, end: usize, c: char) -> (usize, TokenKind, u8) {
    let bytes = text.as_bytes();
    let start = i;
    let kind = if c.is_numeric() {
        TokenKind::Number
    } else {
        TokenKind::Word
    };
    let mut letters = 0usize;
    let mut lower = 0usize;
    let mut flags = 0u8;
    if c.is_uppercase() {
        flags |= Token::CAP;
    }
    // Dotted acronym: a single letter, '.', letter, '.', … ("U.S.", "D.C.").
    if kind == TokenKind::Word && c.is_alphabetic() {
        let mut j = i + c.len_utf8();
        let mut n = 1;
        loop {
            if j + 1 < end && bytes[j] == b'.' {
                if let Some(d) = char_at(text, j + 1).filter(|d| d.is_alphabetic()) {
                    let k = j + 1 + d.len_utf8();
                    if k < end && bytes[k] == b'.' {
                        n += 1;
                        j = k;
                        continue;
                    }
                }
            }
            break;
        }
        if n >= 2 {
            let stop = j + 1; // include the final dot
            let up = text[start..stop].chars().all(|ch| !ch.is_lowercase());
            if up {
                flags |= Token::UPPER;
            }
            return (stop, TokenKind::Word, flags);
        }
    }
    loop {
        // ASCII letters and digits, the common case, byte by byte.
        while i < end {
            let b = bytes[i];
            if b.is_ascii_lowercase() {
                letters += 1;
                lower += 1;
            } else if b.is_ascii_uppercase() {
                letters += 1;
            } else if !b.is_ascii_digit() {
                break;
            }
            i += 1;
        }
        // An ASCII byte that can go on a word only as a hyphen, a number
        // separator or an apostrophe; any other one ends it.
        if i < end && bytes[i] < 0x80 && !matches!(bytes[i], b'-' | b'.' | b',' | b'\'') {
            break;
        }
        let ch = match char_at(text, i) {
            Some(ch) if i < end => ch,
            _ => break,
        };
        if is_alnum(ch) {
            if ch.is_alphabetic() {
                letters += 1;
                if ch.is_lowercase() {
                    lower += 1;
                }
            }
            i += ch.len_utf8();
            continue;
        }
        // A combining mark belongs to the letter before it ("x\u{303}").
        if crate::text::view::is_mark(ch) {
            i += ch.len_utf8();
            continue;
        }
        let next = i + ch.len_utf8();
        let after = if next < end {
            char_at(text, next)
        } else {
            None
        };
        if is_hyphen(ch) && after.is_some_and(is_alnum) {
            flags |= Token::HYPHEN;
            i = next;
            continue;
        }
        if kind == TokenKind::Number
            && (ch == '.' || ch == ',')
            && after.is_some_and(|a| a.is_ascii_digit())
        {
            i = next;
            continue;
        }
        if is_apostrophe(ch) && after.is_some_and(char::is_alphabetic) {
            // Keep "don't", "O'Brien"; leave a possessive "'s" to the caller.
            let is_possessive =
                matches!(after, Some('s' | 'S')) && !char_at(text, next + 1).is_some_and(is_alnum);
            if !is_possessive {
                i = next;
                continue;
            }
        }
        break;
    }
    if letters >= 2 && lower == 0 {
        flags |= Token::UPPER;
    }
    (i, kind, flags)
}

/// Tokenize a whole text (as one paragraph).
#[cfg(test)]
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::with_capacity(text.len() / 5);
    tokenize_into(text, Span::new(0, text.len()), &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The shortcut for plain ASCII words gives the tokens the general scan
    /// gives, on every string of up to four pieces of a risky set.
    #[test]
    fn the_ascii_shortcut_agrees_with_the_general_scan() {
        let pieces = [
            "a", "Ab", "US", "x1", "7", "19", "1990s", ".", ",", "-", "'", "’", "s", " ", "\n",
            "é", "Ré", "U.S.", "3.5", "\u{301}", "\u{2014}", "\"",
        ];
        let mut checked = 0;
        for n in 0..=4u32 {
            for mut k in 0..pieces.len().pow(n) {
                let mut text = String::new();
                for _ in 0..n {
                    text.push_str(pieces[k % pieces.len()]);
                    k /= pieces.len();
                }
                let span = Span::new(0, text.len());
                let (mut fast, mut general) = (Vec::new(), Vec::new());
                tokenize_with::<true>(&text, span, &mut fast);
                tokenize_with::<false>(&text, span, &mut general);
                assert_eq!(fast, general, "{text:?}");
                checked += 1;
            }
        }
        assert!(checked > 0);
    }

    #[test]
    fn is_alnum_is_is_alphanumeric() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(is_alnum(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    fn words(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| &text[t.span]).collect()
    }

    #[test]
    fn splits_words_and_punctuation() {
        assert_eq!(
            words("Jean-Noël Barrot's team, in the U.S. don't \"pay\" $1,000.5!"),
            [
                "Jean-Noël",
                "Barrot",
                "'s",
                "team",
                ",",
                "in",
                "the",
                "U.S.",
                "don't",
                "\"",
                "pay",
                "\"",
                "$",
                "1,000.5",
                "!"
            ]
        );
    }

    #[test]
    fn alnum_run_end_agrees_with_a_byte_loop() {
        let slow = |b: &[u8], j: usize| {
            (j..b.len())
                .find(|&k| !b[k].is_ascii_alphanumeric())
                .unwrap_or(b.len())
        };
        // Every byte value at every place of a run of letters and digits,
        // across the eight-byte steps and the tail.
        for len in [1usize, 7, 8, 9, 17] {
            for at in 0..len {
                for v in 0..=255u8 {
                    let mut b: Vec<u8> = (0..len).map(|k| b"aZ09mQz"[k % 7]).collect();
                    b[at] = v;
                    for start in [0, 1.min(len)] {
                        assert_eq!(
                            ascii_alnum_end(&b, start, len),
                            slow(&b, start),
                            "{b:?} from {start}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn typographic_marks_are_single_tokens_as_decoded() {
        // Every character the fast path claims is punctuation when decoded:
        // neither whitespace nor a letter or digit.
        for c in ('\u{2010}'..='\u{2027}')
            .chain('\u{2030}'..='\u{203E}')
            .chain(['«', '»'])
        {
            assert!(!c.is_whitespace() && !c.is_alphanumeric(), "{c:?}");
            // At a token start (inside a word, U+2010 and U+2011 are hyphens
            // that join it, as before).
            let text = format!("{c}b, {c}");
            assert_eq!(
                words(&text),
                [&c.to_string(), "b", ",", &c.to_string()],
                "{c:?}"
            );
        }
        // Spaces of the same block stay spaces.
        assert_eq!(words("a\u{2009}b\u{2028}c"), ["a", "b", "c"]);
    }

    #[test]
    fn combining_marks_stay_in_their_word() {
        assert_eq!(words("Ba\u{303}o said"), ["Ba\u{303}o", "said"]);
        assert_eq!(words("Jose\u{301}'s"), ["Jose\u{301}", "'s"]);
        // A mark with no letter before it is a character of its own.
        assert_eq!(words("a \u{301}b"), ["a", "\u{301}", "b"]);
    }

    #[test]
    fn flags_case_and_space() {
        let t = "NATO said\nObama";
        let toks = tokenize(t);
        assert!(toks[0].has(Token::CAP | Token::UPPER));
        assert!(!toks[1].has(Token::CAP));
        assert!(toks[2].has(Token::NEWLINE_BEFORE | Token::CAP));
    }
}
