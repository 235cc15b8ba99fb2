//! The local tests the splitter applies at a possible sentence end: what the
//! terminator is, the word before it, the closing marks after it, and the
//! word that follows. Each looks at a bounded window, so the whole pass stays
//! linear in the length of the text.

use super::words::{self, Kind, LABEL, PREP, SPEECH, STARTER, TIME};
use crate::text::byte_set;

/// ASCII whitespace bytes (what `str::trim` also removes).
#[inline]
pub(super) fn is_ws_byte(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// The character starting at `pos` (`None` at the end or inside a character).
#[inline]
pub(super) fn char_at(text: &str, pos: usize) -> Option<char> {
    match text.as_bytes().get(pos) {
        Some(&c) if c.is_ascii() => Some(char::from(c)),
        _ => text.get(pos..)?.chars().next(),
    }
}

/// The character ending at `pos` (`None` at the start or inside a character).
#[inline]
pub(super) fn char_before(text: &str, pos: usize) -> Option<char> {
    let b = text.as_bytes();
    // An ASCII byte before `pos`, and `pos` on a character boundary (at the
    // end, or not before a continuation byte).
    if pos > 0
        && pos <= b.len()
        && b[pos - 1].is_ascii()
        && b.get(pos).is_none_or(|&c| (c as i8) >= -0x40)
    {
        return Some(char::from(b[pos - 1]));
    }
    text.get(..pos)?.chars().next_back()
}

/// Skip whitespace (ASCII and Unicode) from `pos`, not past `lim`.
#[inline]
pub(super) fn skip_ws(text: &str, pos: usize, lim: usize) -> usize {
    let b = text.as_bytes();
    let mut p = pos;
    while p < lim {
        let c = b[p];
        if c < 0x80 {
            if is_ws_byte(c) {
                p += 1;
                continue;
            }
            break;
        }
        match char_at(text, p) {
            Some(ch) if ch.is_whitespace() => p += ch.len_utf8(),
            _ => break,
        }
    }
    p
}

/// Step back over ASCII whitespace from `pos`, not below `floor`.
pub(super) fn skip_ws_back(b: &[u8], pos: usize, floor: usize) -> usize {
    let mut p = pos;
    while p > floor && is_ws_byte(b[p - 1]) {
        p -= 1;
    }
    p
}

/// True for letters and digits of any script.
#[inline]
fn is_alnum_at(text: &str, pos: usize) -> bool {
    match text.as_bytes().get(pos) {
        Some(c) if c.is_ascii() => c.is_ascii_alphanumeric(),
        Some(_) => char_at(text, pos).is_some_and(char::is_alphanumeric),
        None => false,
    }
}

/// A run of terminal punctuation: `.`, `!`, `?`, `…`, `‽`, and spaced dots (`. . .`).
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Run {
    /// One past the last byte of the run.
    pub end: usize,
    /// Periods, with `…` counted as three.
    pub dots: u32,
    /// Holds `!`, `?` or `‽`.
    pub strong: bool,
    /// The first period is followed by a space and more periods (`word. . . .`).
    pub first_gap: bool,
    /// A space separates some of the periods (`. . .`, `word. ...`).
    pub gap: bool,
}

/// Read the run of terminal punctuation starting at `i`.
#[inline]
pub(super) fn parse_run(b: &[u8], i: usize, lim: usize) -> Run {
    let mut r = Run::default();
    let mut j = i;
    while j < lim {
        match b[j] {
            b'.' => {
                r.dots += 1;
                j += 1;
            }
            b'!' | b'?' => {
                r.strong = true;
                j += 1;
            }
            0xE2 if j + 2 < lim && b[j + 1] == 0x80 && b[j + 2] == 0xA6 => {
                r.dots += 3;
                j += 3;
            }
            0xE2 if j + 2 < lim && b[j + 1] == 0x80 && b[j + 2] == 0xBD => {
                r.strong = true;
                j += 3;
            }
            // ". . ." : a space continues the run only between dots.
            b' ' if r.dots > 0
                && !r.strong
                && j + 1 < lim
                && b[j + 1] == b'.'
                && !(j + 2 < lim && b[j + 2].is_ascii_alphanumeric()) =>
            {
                if r.dots == 1 && j == i + 1 && j + 3 < lim && b[j + 2] == b' ' && b[j + 3] == b'.'
                {
                    r.first_gap = true; // "word. . . ." but not "word. ..."
                }
                r.gap = true;
                j += 1;
            }
            _ => break,
        }
    }
    r.end = j;
    r
}

/// True when the quote mark at `pos` (of byte length `len`) closes: the
/// character after it is not a letter or digit.
#[inline]
fn closes(text: &str, pos: usize, len: usize) -> bool {
    !is_alnum_at(text, pos + len)
}

/// Closing quote marks and brackets after a stop.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Closers {
    /// One past the last closing mark.
    pub end: usize,
    /// A quotation mark closed.
    pub quote: bool,
    /// Nothing closed: the run of stops ends right at `end`.
    pub end_is_run: bool,
}

/// Skip the closing quotation marks and brackets at `k` (at most eight).
#[inline]
pub(super) fn skip_closers(text: &str, k: usize, lim: usize) -> Closers {
    let b = text.as_bytes();
    let mut c = Closers {
        end: k,
        quote: false,
        end_is_run: true,
    };
    for _ in 0..8 {
        let p = c.end;
        if p >= lim {
            break;
        }
        match b[p] {
            b'[' => match footnote(b, p, lim) {
                Some(e) => c.end = e,
                None => break,
            },
            b')' | b']' | b'}' => c.end += 1,
            b'"' | b'\'' if closes(text, p, 1) => {
                c.quote = true;
                c.end += 1;
            }
            0xE2 | 0xC2 => match char_at(text, p) {
                Some(ch @ ('”' | '’' | '“' | '‘' | '»' | '«' | '›' | '‹'))
                    if closes(text, p, ch.len_utf8()) =>
                {
                    c.quote = true;
                    c.end += ch.len_utf8();
                }
                _ => break,
            },
            _ => break,
        }
    }
    c.end_is_run = c.end == k;
    c
}

/// A footnote reference `[12]` at `p`: its end.
fn footnote(b: &[u8], p: usize, lim: usize) -> Option<usize> {
    let mut q = p + 1;
    while q < lim && q < p + 5 && b[q].is_ascii_digit() {
        q += 1;
    }
    (q > p + 1 && q < lim && b[q] == b']').then_some(q + 1)
}

/// A closing bracket or quotation mark standing alone after the stop
/// (`day. ) Next`), or an emoticon (`great. :) Next`): they belong to the
/// sentence before. Returns
/// the end of the mark when the mark is followed by whitespace or the end.
pub(super) fn trailing_mark(b: &[u8], m: usize, lim: usize) -> Option<usize> {
    let mut e = m;
    while e < lim && e < m + 6 && !is_ws_byte(b[e]) {
        // Every mark below is made of these bytes; a word is not.
        if !MARK_BYTE[b[e] as usize] {
            return None;
        }
        e += 1;
    }
    if e == m || (e < lim && !is_ws_byte(b[e])) {
        return None;
    }
    let mark = &b[m..e];
    if mark.len() == 1 && matches!(mark[0], b')' | b']') {
        return Some(e);
    }
    // Closing quotation marks set off by a space (`done.' ''`).
    if closing_quotes(mark) {
        return Some(e);
    }
    // An emoticon: eyes, a mouth, and nothing but the bytes of a face.
    let (mut any, mut all) = (0u8, FACE);
    for &c in mark {
        any |= EMOTICON[c as usize];
        all &= EMOTICON[c as usize];
    }
    (any & EYES != 0 && any & MOUTH != 0 && all == FACE && mark.len() >= 2).then_some(e)
}

/// The bytes of emoticons: eyes, mouths, and the other bytes of a face.
const EYES: u8 = 1;
const MOUTH: u8 = 2;
const FACE: u8 = 4;
static EMOTICON: [u8; 256] = {
    let face = byte_set(b":;=^>'-_)(DPpOo/|3*");
    let eyes = byte_set(b":;=^");
    let mouths = byte_set(b")(DPpOo/|_3*");
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = (face[b] as u8 * FACE) | (eyes[b] as u8 * EYES) | (mouths[b] as u8 * MOUTH);
        b += 1;
    }
    t
};

/// The bytes of a [`trailing_mark`]: closing brackets, quotation marks (`"`,
/// `'`, and the bytes of `”` `’` `»`), and the characters of emoticons.
static MARK_BYTE: [bool; 256] = byte_set(b")]\"'\xE2\x80\x9D\x99\xC2\xBB:;=^>-_(DPpOo/|3*");

/// Is `mark` made only of closing quotation marks: `"` `'` `”` `’` `»`?
fn closing_quotes(mark: &[u8]) -> bool {
    let mut k = 0;
    while k < mark.len() {
        k += match mark[k..] {
            [b'"' | b'\'', ..] => 1,
            [0xE2, 0x80, 0x9D | 0x99, ..] => 3, // ” ’
            [0xC2, 0xBB, ..] => 2,              // »
            _ => return false,
        };
    }
    true
}

/// What starts the text after a possible sentence end.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Class {
    /// Nothing: the end of the paragraph.
    End,
    /// A lowercase letter.
    Lower,
    /// A digit.
    Digit,
    /// An uppercase letter (or a letter of a script without case).
    Upper,
    /// Anything else: a symbol, a dash, a currency sign.
    Other,
}

/// The next word after a possible sentence end.
///
/// What it is in the word lists (roles, abbreviation) is looked up only when
/// a rule asks: after an ordinary word, a capitalised word ends the sentence
/// whatever it is.
#[derive(Clone, Copy, Debug)]
pub(super) struct Next<'t> {
    /// How it starts.
    pub class: Class,
    /// An opening quotation mark comes first.
    pub quote: bool,
    /// An opening bracket comes first.
    pub bracket: bool,
    /// It is a dash (`-`, `–`, `—`): an attribution after a quotation.
    pub dash: bool,
    /// It is a terminal mark (`.` `!` `?` `…`): the run goes on after a space.
    pub stop: bool,
    /// It is a lowercase list marker (`b)`), which continues a sentence.
    pub marker: bool,
    /// It is a web address (`http://`, `www.`).
    pub url: bool,
    /// The text, the end of the stretch scanned, and where the word starts
    /// when it opens with an ASCII capital.
    b: &'t [u8],
    lim: usize,
    cap: Option<usize>,
}

impl<'t> Next<'t> {
    /// The capitalised ASCII word (at most 24 letters) and its end.
    #[inline]
    fn word(&self) -> Option<(&'t [u8], usize)> {
        let (b, lim) = (self.b, self.lim);
        let p = self.cap?;
        let mut e = p + 1;
        while e < lim && e < p + 24 && b[e].is_ascii_alphabetic() {
            e += 1;
        }
        Some((&b[p..e], e))
    }

    /// It is the pronoun "I" (capitalised everywhere, so a weak sign of a new sentence).
    pub fn is_i(&self) -> bool {
        self.word().is_some_and(|(w, _)| w == b"I")
    }

    /// Its roles in `sentence_words.tsv` (STARTER, PREP, TIME).
    pub fn roles(&self) -> u8 {
        let Some((word, e)) = self.word() else {
            return 0;
        };
        let (b, lim) = (self.b, self.lim);
        let mut roles = words::roles(word);
        if roles & LABEL != 0 && b.get(e) == Some(&b':') {
            roles |= STARTER; // "Image: Reuters" opens a caption credit
        }
        let dot = e < lim && b[e] == b'.';
        if !dot && word.len() > 1 && word.ends_with(b"n") && is_contraction_t(b, e, lim) {
            // Don't, Isn't, Can't: only function words take "n't".
            roles |= STARTER;
        }
        roles
    }

    /// It is itself an abbreviation (with its period), of this kind.
    pub fn abbrev(&self) -> Option<Kind> {
        let (word, e) = self.word()?;
        if e < self.lim && self.b[e] == b'.' {
            words::abbreviation(word)
        } else {
            None
        }
    }

    /// A capitalised word that usually opens a sentence.
    #[inline]
    pub fn starter(&self) -> bool {
        self.class == Class::Upper && self.roles() & STARTER != 0
    }
}

/// Read the word at `m` (after skipping opening quotation marks and brackets).
#[inline]
pub(super) fn next_word(text: &str, m: usize, lim: usize) -> Next<'_> {
    let b = text.as_bytes();
    let mut n = Next {
        class: Class::End,
        quote: false,
        bracket: false,
        dash: false,
        stop: false,
        marker: false,
        url: false,
        b,
        lim,
        cap: None,
    };
    let mut p = m;
    for _ in 0..8 {
        if p >= lim {
            return n;
        }
        match b[p] {
            b'"' | b'\'' | b'`' => {
                n.quote = true;
                p += 1;
            }
            b'(' | b'[' | b'{' => {
                n.bracket = true;
                p += 1;
            }
            c if c >= 0x80 => match char_at(text, p) {
                Some(ch @ ('“' | '‘' | '„' | '‚' | '«' | '‹' | '»' | '”' | '’')) => {
                    n.quote = true;
                    p += ch.len_utf8();
                }
                Some(ch @ ('¿' | '¡')) => p += ch.len_utf8(),
                _ => break,
            },
            _ => break,
        }
    }
    if p >= lim {
        return n;
    }
    let c = b[p];
    if c.is_ascii_uppercase() {
        n.class = Class::Upper;
        n.cap = Some(p);
    } else if c.is_ascii_lowercase() {
        n.class = Class::Lower;
        n.marker = p + 1 < lim && b[p + 1] == b')';
        let rest = &b[p..lim.min(p + 8)];
        n.url = rest.starts_with(b"http://")
            || rest.starts_with(b"https:/")
            || rest.starts_with(b"www.");
    } else if c.is_ascii_digit() {
        n.class = Class::Digit;
    } else if c.is_ascii() {
        n.class = Class::Other;
        n.dash = c == b'-';
        n.stop = matches!(c, b'.' | b'!' | b'?');
    } else {
        let ch = char_at(text, p);
        n.dash = matches!(ch, Some('–' | '—'));
        n.stop = matches!(ch, Some('…'));
        n.class = match ch {
            Some(ch) if ch.is_lowercase() => Class::Lower,
            Some(ch) if ch.is_numeric() => Class::Digit,
            Some(ch) if ch.is_alphabetic() => Class::Upper,
            _ => Class::Other,
        };
    }
    n
}

/// `'t` or `’t` at `e` (the end of "Don" in "Don't").
fn is_contraction_t(b: &[u8], e: usize, lim: usize) -> bool {
    let after = if b.get(e) == Some(&b'\'') {
        e + 1
    } else if b.get(e..).is_some_and(|s| s.starts_with("’".as_bytes())) {
        e + 3
    } else {
        return false;
    };
    after < lim && b[after] == b't' && !(after + 1 < lim && b[after + 1].is_ascii_alphabetic())
}

/// The word before a period at `i`: back to whitespace or an opening mark,
/// at most 40 bytes. `None` when longer (a URL or other long token).
pub(super) fn prev_token(text: &str, i: usize, floor: usize) -> Option<&[u8]> {
    let b = text.as_bytes();
    let low = i.saturating_sub(40).max(floor);
    let mut s = i;
    while s > low {
        // Back over the ASCII bytes of the word, to a byte of TOKEN_STOP.
        s = b[low..s]
            .iter()
            .rposition(|&c| TOKEN_STOP[c as usize])
            .map_or(low, |k| low + k + 1);
        if s == low {
            break;
        }
        if b[s - 1].is_ascii() {
            return Some(&b[s..i]); // whitespace, an opening mark or a hyphen
        }
        // Step back over one whole character.
        match char_before(text, s) {
            Some(ch) if ch.is_alphanumeric() || ch == '°' || ch == 'º' => s -= ch.len_utf8(),
            _ => return Some(&b[s..i]),
        }
    }
    if low > floor {
        return None; // longer than any abbreviation
    }
    Some(&b[s..i])
}

/// The bytes that end the word before a period (whitespace, opening marks,
/// a hyphen), and every byte above 0x7F, whose character is looked at whole.
static TOKEN_STOP: [bool; 256] = {
    let mut t = byte_set(b" \t\n\r\x0b\x0c([{\"'`-");
    let mut c = 0x80;
    while c < 256 {
        t[c] = true;
        c += 1;
    }
    t
};

/// How the word before a period bears on the boundary.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Prev {
    /// An ordinary word or number.
    Word,
    /// An abbreviation or initial.
    Abbrev(Kind),
}

/// Classify the word before a period.
#[inline]
pub(super) fn classify_prev(tok: Option<&[u8]>) -> Prev {
    let Some(tok) = tok else { return Prev::Word };
    if let Some(k) = words::abbreviation(tok) {
        return Prev::Abbrev(k);
    }
    if tok.len() == 1 && tok[0].is_ascii_alphabetic() {
        return Prev::Abbrev(Kind::Initial);
    }
    if is_dotted(tok) {
        return Prev::Abbrev(Kind::Initial);
    }
    Prev::Word
}

/// Letters with inner periods, each piece one to three letters: "J.D", "S.p.A".
fn is_dotted(tok: &[u8]) -> bool {
    if !tok.contains(&b'.') {
        return false; // one piece
    }
    let mut pieces = 0;
    for piece in tok.split(|&c| c == b'.') {
        if piece.is_empty() || piece.len() > 3 || !piece.iter().all(u8::is_ascii_alphabetic) {
            return false;
        }
        pieces += 1;
    }
    pieces >= 2
}

/// Does a period after `prev` end the sentence, given the next word?
/// `tok` is the word before the period; `closed` the closing marks after it;
/// `bare` is true when nothing but whitespace separates a single period from
/// the next word. An abbreviation ends the sentence by its kind: a prefix
/// never, an initial before a sentence starter or an opening quotation mark,
/// a suffix also before any other capitalised word (not another suffix:
/// `Co. Ltd.`), a time also, except before a weekday, month or time zone.
pub(super) fn period_ends(
    prev: Prev,
    tok: Option<&[u8]>,
    closed: Closers,
    bare: bool,
    next: &Next,
) -> bool {
    let kind = match prev {
        // A quotation closed after an abbreviation: the quote, and the sentence, ended.
        Prev::Abbrev(_) if closed.quote => return word_ends(tok, bare, next),
        Prev::Word => return word_ends(tok, bare, next),
        Prev::Abbrev(k) => k,
    };
    let start = || next.starter() || next.quote;
    match kind {
        Kind::Prefix => false,
        Kind::Initial => start(),
        Kind::Suffix => {
            start() || (next.class == Class::Upper && next.abbrev() != Some(Kind::Suffix))
        }
        Kind::Time => {
            start()
                || (next.class == Class::Upper
                    && next.roles() & TIME == 0
                    && next.abbrev() != Some(Kind::Suffix))
        }
    }
}

/// After an ordinary word anything but a lowercase word starts a sentence.
/// A web address does too, and so does a lowercase word (web text often
/// starts sentences in lowercase) when nothing closed after the period
/// (`great.' she said`), the word is not a list marker (`b)`) and the word
/// before has three letters or more (shorter ones may be unlisted abbreviations).
#[inline]
fn word_ends(tok: Option<&[u8]>, bare: bool, next: &Next) -> bool {
    match next.class {
        Class::Lower => next.url || (bare && !next.marker && tok.is_some_and(|t| t.len() >= 3)),
        _ => true,
    }
}

/// Does `!` or `?` end the sentence? Not when a quotation closed and a
/// lowercase word follows (`"Go!" he shouted`) or a name and a speech verb
/// (`"Go!" Coach Smith shouted`): the quotation sits inside the sentence; nor
/// before a lowercase word after a capitalised one (a title or brand:
/// "Yahoo! in"). Before a lowercase word after a lowercase one it does (web
/// text: "open today? anyone know").
pub(super) fn strong_ends(
    closed: Closers,
    prev_lower: bool,
    next: &Next,
    speech_follows: impl FnOnce() -> bool,
) -> bool {
    match next.class {
        Class::Lower => !closed.quote && closed.end_is_run && prev_lower,
        Class::Upper if closed.quote && !next.starter() => !speech_follows(),
        _ => true,
    }
}

/// From `m`, past at most four capitalised words (a name, with its title),
/// is the first lowercase word a speech verb ("Senator Ruiz asked")?
pub(super) fn speech_follows(text: &str, m: usize, lim: usize) -> bool {
    let b = text.as_bytes();
    let end = lim.min(m + 80);
    let mut p = m;
    for _ in 0..5 {
        let s = p;
        while p < end && b[p].is_ascii_alphabetic() {
            p += 1;
        }
        if p == s {
            return false;
        }
        let w = &b[s..p];
        if w[0].is_ascii_lowercase() {
            return words::roles(w) & SPEECH != 0;
        }
        // Past the name's trailing marks ("Ruiz," "Jr.") to the next word.
        while p < end && matches!(b[p], b'.' | b',' | b'\'') {
            p += 1;
        }
        if p >= end || !is_ws_byte(b[p]) {
            return false;
        }
        while p < end && is_ws_byte(b[p]) {
            p += 1;
        }
    }
    false
}

/// Does an ellipsis end the sentence? A spaced one (` ... `) marks an
/// omission inside the sentence, unless a word that usually starts one
/// follows (not "I", which is capitalised anywhere); a bracketed one
/// (`[...]`) ends it before a capitalised word or a number, but not before a
/// bracketed citation; an attached one (`word...`) ends it before a
/// capitalised word, a number or a quotation.
pub(super) fn ellipsis_ends(spaced: bool, bracketed: bool, next: &Next) -> bool {
    if bracketed {
        return !next.bracket && matches!(next.class, Class::Upper | Class::Digit);
    }
    if spaced {
        return next.starter() && !next.is_i();
    }
    !matches!(next.class, Class::Lower | Class::Other)
}

/// A number of one or two digits after a colon or an opening quotation mark
/// (`the following: 1. Check`): a list marker, not a sentence end.
pub(super) fn inline_marker(b: &[u8], tok: &[u8], i: usize, floor: usize) -> bool {
    if tok.is_empty() || tok.len() > 2 || !tok.iter().all(u8::is_ascii_digit) {
        return false;
    }
    let ts = i - tok.len();
    if ts > floor && b[ts - 1] == b'"' {
        return true;
    }
    let w = skip_ws_back(b, ts, floor);
    w > floor && b[w - 1] == b':'
}

/// A dateline at the start of a paragraph: up to six capitalised words
/// (commas, periods and a parenthesised agency allowed), then a dash, then a
/// word that usually starts a sentence (`SPRINGFIELD, Ill. (AP) — The`).
/// Returns the end of the dash.
pub(super) fn dateline_end(text: &str, p: usize, lim: usize) -> Option<usize> {
    let b = text.as_bytes();
    let end = lim.min(p + 100);
    let mut q = p;
    let mut words = 0;
    while q < end {
        // A word that is neither capitalised nor a dash ends the search; most
        // paragraphs stop here at their first or second word.
        if !matches!(b[q], b'A'..=b'Z' | b'(' | b'-' | 0xE2) {
            return None;
        }
        // One word, up to whitespace; a word holding `!` `?` `;` `:` or `"`
        // is no part of a dateline.
        let ws = q;
        match b[q..end].iter().position(|&c| DATELINE_STOP[c as usize]) {
            Some(k) if !is_ws_byte(b[q + k]) => return None,
            Some(k) => q += k,
            None => q = end,
        }
        let w = &b[ws..q];
        let dash = matches!(w, [b'-'] | [0xE2, 0x80, 0x93 | 0x94]); // - – —
        if dash {
            if words == 0 || q >= end {
                return None;
            }
            let n = skip_ws(text, q, lim);
            let next = next_word(text, n, lim);
            return next.starter().then_some(q);
        }
        let core = w.strip_prefix(b"(").unwrap_or(w);
        if core.is_empty() || !core[0].is_ascii_uppercase() || words >= 6 {
            return None;
        }
        words += 1;
        while q < end && is_ws_byte(b[q]) {
            q += 1;
        }
    }
    None
}

/// The bytes that end a word of a dateline: whitespace, and the marks no
/// dateline word holds.
static DATELINE_STOP: [bool; 256] = byte_set(b" \t\n\r\x0b\x0c!?;:\"");

/// A sentence so far of at most three words that opens with a preposition
/// ("At 5 a.m."): too short to end at an abbreviation.
pub(super) fn short_adverbial(text: &str, start: usize, i: usize) -> bool {
    if i <= start || i - start > 48 {
        return false;
    }
    let s = &text.as_bytes()[start..i];
    let mut words = s.split(|&c| is_ws_byte(c)).filter(|w| !w.is_empty());
    let Some(first) = words.next() else {
        return false;
    };
    let first = first.strip_prefix(b"\"").unwrap_or(first);
    words.count() <= 2 && words::roles(first) & PREP != 0 && first[0].is_ascii_uppercase()
}

/// Without whitespace: "world.Today", "1,000.That". The word before is an
/// ordinary word or number (no inner periods, `@` or `/`), the word after is
/// capitalised with lowercase letters and is not followed by more of a
/// domain or address.
pub(super) fn glued_ends(text: &str, i: usize, k: usize, lim: usize, floor: usize) -> bool {
    let b = text.as_bytes();
    let Some(tok) = prev_token(text, i, floor) else {
        return false;
    };
    if tok.len() < 2
        || !tok
            .iter()
            .all(|&c| c.is_ascii_alphanumeric() || matches!(c, b',' | b'$' | b'%'))
        || !tok[tok.len() - 1].is_ascii_alphanumeric()
        || classify_prev(Some(tok)) != Prev::Word
    {
        return false;
    }
    // "I" alone, or a capitalised word.
    if k + 1 < lim && b[k] == b'I' && (is_ws_byte(b[k + 1]) || b[k + 1] == b'\'') {
        return true;
    }
    if !(k + 1 < lim && b[k].is_ascii_uppercase() && b[k + 1].is_ascii_lowercase()) {
        return false;
    }
    let mut e = k + 1;
    while e < lim && e < k + 32 && b[e].is_ascii_alphabetic() {
        e += 1;
    }
    match b.get(e) {
        None => true,
        Some(&c) if e >= lim || is_ws_byte(c) => true,
        Some(b'.') => !(e + 1 < lim && b[e + 1].is_ascii_alphanumeric()),
        Some(c) => matches!(c, b',' | b';' | b':' | b'!' | b'?' | b'"' | b'\'' | b')'),
    }
}

/// A list marker or bullet at the start of a sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Marker {
    /// One past the marker.
    pub end: usize,
    /// The numbering: its style and value (`None` for a bare bullet).
    pub seq: Option<(Style, u32)>,
    /// It opens with a bullet (which marks every item by itself).
    pub bullet: bool,
}

/// The numbering style of a list marker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Style {
    /// 0 = digits, 1 = lowercase letter, 2 = uppercase letter.
    pub kind: u8,
    /// 0 = "1.", 1 = "1)", 2 = "1.)", 3 = "(1)".
    pub punct: u8,
}

/// The bullets that open list items.
#[inline]
pub(super) fn is_bullet(ch: char) -> bool {
    matches!(ch, '•' | '‣' | '⁃' | '◦' | '▪' | '●' | '■' | '►')
}

/// Read a list marker at `p`: an optional bullet, then an optional number or
/// letter with `.`, `)`, `.)` or `( )`, followed by whitespace.
#[inline]
pub(super) fn marker_at(text: &str, p: usize, lim: usize) -> Option<Marker> {
    let b = text.as_bytes();
    if p + 1 < lim && b[p].is_ascii_alphabetic() && b[p + 1].is_ascii_alphabetic() {
        return None; // a word, the common case
    }
    read_marker(text, p, lim)
}

/// [`marker_at`] past its test for a word.
fn read_marker(text: &str, p: usize, lim: usize) -> Option<Marker> {
    let b = text.as_bytes();
    let mut q = p;
    let mut bullet = false;
    if q < lim && b[q] >= 0x80 {
        if let Some(ch) = char_at(text, q) {
            if is_bullet(ch) {
                bullet = true;
                q += ch.len_utf8();
                while q < lim && matches!(b[q], b' ' | b'\t') {
                    q += 1;
                }
            }
        }
    }
    let numbered = numbered_marker(b, q, lim);
    match numbered {
        Some((end, style, value)) => Some(Marker {
            end,
            seq: Some((style, value)),
            bullet,
        }),
        None if bullet => Some(Marker {
            end: q,
            seq: None,
            bullet,
        }),
        None => None,
    }
}

fn numbered_marker(b: &[u8], p: usize, lim: usize) -> Option<(usize, Style, u32)> {
    let mut q = p;
    let open = q < lim && b[q] == b'(';
    if open {
        q += 1;
    }
    let (kind, value) = match b.get(q) {
        Some(c) if c.is_ascii_digit() => {
            let mut v = 0u32;
            let s = q;
            while q < lim && b[q].is_ascii_digit() && q - s < 2 {
                v = v * 10 + u32::from(b[q] - b'0');
                q += 1;
            }
            if q < lim && b[q].is_ascii_digit() {
                return None;
            }
            (0u8, v)
        }
        Some(&c) if c.is_ascii_lowercase() => {
            q += 1;
            (1, u32::from(c - b'a'))
        }
        Some(&c) if c.is_ascii_uppercase() => {
            q += 1;
            (2, u32::from(c - b'A'))
        }
        _ => return None,
    };
    if q >= lim {
        return None;
    }
    let punct = if open {
        if b[q] != b')' {
            return None;
        }
        q += 1;
        3
    } else if b[q] == b'.' {
        q += 1;
        if q < lim && b[q] == b')' {
            q += 1;
            2
        } else {
            0
        }
    } else if b[q] == b')' {
        q += 1;
        1
    } else {
        return None;
    };
    if q < lim && is_ws_byte(b[q]) {
        Some((q, Style { kind, punct }, value))
    } else {
        None
    }
}

/// Where the items after the first of a numbered or lettered list start
/// (`1. The first item 2. The second item`): each next number in turn,
/// after whitespace. Only lists that open with 1, a or A, or any number.
pub(super) fn list_breaks(text: &str, first: Marker, lim: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let Some((style, value)) = first.seq else {
        return out;
    };
    if style.kind != 0 && value != 0 {
        return out;
    }
    let b = text.as_bytes();
    let mut want = value + 1;
    let mut p = first.end;
    while p < lim {
        if is_ws_byte(b[p - 1]) && (b[p].is_ascii_alphanumeric() || b[p] == b'(') {
            if let Some((end, s, v)) = numbered_marker(b, p, lim) {
                if s == style && v == want {
                    out.push(p);
                    want += 1;
                    p = end;
                    continue;
                }
            }
        }
        p += 1;
    }
    out
}

/// At most three words in at most 40 bytes.
fn short_line(line: &str) -> bool {
    line.len() <= 40 && line.split_whitespace().count() <= 3
}

/// Does the line `[ls, nl)`, which has no final stop, end its sentence at
/// the line break `nl`? Yes before a list item; no after a line ending in a
/// comma, hyphen or function word; yes between two short lines (a list); no
/// before a lowercase word; yes after a line of at most eight words
/// (heading, dateline, byline, caption) or a Title Case one.
pub(super) fn line_ends(text: &str, ls: usize, nl: usize, lim: usize) -> bool {
    let line = text[ls..nl].trim_end();
    let Some(last) = line.chars().next_back() else {
        return false;
    };
    if matches!(
        last,
        '.' | '!' | '?' | '…' | '‽' | '"' | '\'' | ')' | ']' | '}' | '”' | '’' | '»' | '›'
    ) {
        return false; // the stop decides
    }
    let p = skip_ws(text, nl + 1, lim);
    if p >= lim {
        return false;
    }
    let b = text.as_bytes();
    if marker_at(text, p, lim).is_some()
        || (matches!(b[p], b'-' | b'*') && p + 1 < lim && b[p + 1] == b' ')
    {
        return true;
    }
    if matches!(last, ',' | ';' | ':' | '(' | '&' | '/' | '-') {
        return false;
    }
    let lw = line
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("")
        .as_bytes();
    if !lw.is_empty() && lw[0].is_ascii_lowercase() && words::roles(lw) & STARTER != 0 {
        return false; // "... met with the" + line break
    }
    // Two short lines in a row are layout (a list, an address), not
    // wrapped prose, whose lines run long.
    if short_line(line) {
        let mut e = p;
        while e < lim && e < p + 41 && b[e] != b'\n' {
            e += 1;
        }
        if (e == lim || b[e] == b'\n') && text.get(p..e).is_some_and(short_line) {
            return true;
        }
    }
    match char_at(text, p) {
        Some(c) if c.is_lowercase() => return false,
        _ => {}
    }
    let mut words = 0usize;
    let mut caps = 0usize;
    let mut lows = 0usize;
    for w in line.split_whitespace() {
        words += 1;
        let f = w.as_bytes()[0];
        if f.is_ascii_uppercase() {
            caps += 1;
        } else if f.is_ascii_lowercase() && w.len() >= 4 {
            lows += 1;
        }
    }
    words <= 8 || caps > lows
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_runs() {
        let t = b"end?! x";
        let r = parse_run(t, 3, t.len());
        assert!(r.strong);
        assert_eq!(r.end, 5);
        let t = b"so. . . . Next";
        let r = parse_run(t, 2, t.len());
        assert_eq!((r.dots, r.first_gap, r.end), (4, true, 9));
        let t = "that\u{2026} Next".as_bytes();
        assert_eq!(parse_run(t, 4, t.len()).dots, 3);
        let t = b"left. .NET";
        assert_eq!(parse_run(t, 4, t.len()).end, 5);
    }

    #[test]
    fn reads_previous_token() {
        let t = "in the U.S. now";
        assert_eq!(prev_token(t, 10, 0), Some(&b"U.S"[..]));
        let t = "(Mr. Smith";
        assert_eq!(prev_token(t, 3, 0), Some(&b"Mr"[..]));
        let t = format!("see {}. Next", "x".repeat(60));
        assert_eq!(prev_token(&t, 64, 0), None);
        assert_eq!(classify_prev(Some(b"J.D")), Prev::Abbrev(Kind::Initial));
        assert_eq!(classify_prev(Some(b"E")), Prev::Abbrev(Kind::Initial));
        assert_eq!(classify_prev(Some(b"house")), Prev::Word);
        assert_eq!(classify_prev(Some(b"1,000")), Prev::Word);
    }

    #[test]
    fn reads_next_word() {
        let n = next_word("\u{201c}The", 0, 6);
        assert!(n.quote && n.starter());
        let n = next_word("Don't", 0, 5);
        assert!(n.starter());
        let n = next_word("Government", 0, 10);
        assert!(!n.starter() && n.class == Class::Upper);
        let n = next_word("Ltd. said", 0, 9);
        assert_eq!(n.abbrev(), Some(Kind::Suffix));
        assert_eq!(next_word("élan", 0, 5).class, Class::Lower);
    }

    #[test]
    fn reads_markers() {
        let m = marker_at("1.) The", 0, 7).unwrap();
        assert_eq!(m.end, 3);
        assert!(marker_at("12. x", 0, 5).is_some());
        assert!(marker_at("123. x", 0, 6).is_none());
        assert!(marker_at("5.5 x", 0, 5).is_none());
        assert!(marker_at("\u{2022} x", 0, 5).is_some());
        let t = "a. one b. two c. three";
        let first = marker_at(t, 0, t.len()).unwrap();
        assert_eq!(list_breaks(t, first, t.len()), vec![7, 14]);
    }

    #[test]
    fn glued_sentences_need_words_on_both_sides() {
        let t = "Hello world.Today is";
        assert!(glued_ends(t, 11, 12, t.len(), 0));
        let t = "mail Jane.Doe@example.com now";
        assert!(!glued_ends(t, 9, 10, t.len(), 0));
        let t = "the U.S.Army";
        assert!(!glued_ends(t, 7, 8, t.len(), 0));
    }
}
