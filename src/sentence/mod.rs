//! Sentence pass: paragraphs → sentences.
//!
//! Reads: the text, `Analysis::paragraphs`. Writes: `Analysis::sentences`.
//!
//! A blank line always ends a sentence (paragraphs are split there first).
//! Inside a paragraph one scan looks for the bytes that can end a sentence
//! (`.` `!` `?` `…`, line breaks, bullets, the colon of a caption credit such
//! as `Image:`) and for the opening quotation marks that change how a stop is
//! read; the bytes between are skipped sixteen at a time. At each candidate
//! the decision is local and looks at a bounded window ([`rules`]): the
//! terminator, the word before it (is it an abbreviation, and of which kind),
//! the closing quotation marks and brackets after it (which stay with the
//! sentence), and the word after it (lowercase, a digit, a word that usually
//! starts a sentence, or a name).
//!
//! Nothing depends on quotation marks being balanced across the paragraph.
//! The scan remembers only whether the current sentence holds an open
//! quotation (forgotten at its end), and a quotation woven into a sentence
//! after a lowercase word suppresses boundaries only up to its own closing
//! mark, found within 2000 bytes of the same paragraph. So an opening mark
//! that is never closed changes no boundary after its own sentence.
//!
//! Cost is linear: every look-back and look-ahead is bounded, or scans a
//! stretch (a line, a quotation) that no later candidate scans again.

mod rules;
mod words;

use crate::analysis::{Paragraph, Sentence};
use crate::span::Span;
use rules::{Class, Prev};

/// Build the splitter's word tables now (else the first split builds them).
pub(crate) fn load_words() {
    words::load();
}

/// Split every paragraph into sentences, appending to `out`.
pub(crate) fn split(text: &str, paragraphs: &[Paragraph], out: &mut Vec<Sentence>) {
    for (p, para) in paragraphs.iter().enumerate() {
        split_paragraph(text, para.span, &mut |span| {
            out.push(Sentence { span, paragraph: p })
        });
    }
}

/// Bytes that start a candidate: `.` `!` `?` line feed, `"`, `:`, and the lead
/// bytes of `…` `‽` `“` `„` and bullets (0xE2) and of `«` (0xC2).
const CANDIDATES: [u8; 8] = [b'.', b'!', b'?', b'\n', b'"', b':', 0xE2, 0xC2];

/// [`CANDIDATES`] as a table.
static CANDIDATE: [bool; 256] = crate::text::byte_set(&CANDIDATES);

/// The first position at or after `i` (and before `lim`) holding a
/// candidate byte, or `lim`. Sixteen bytes at a time: for each byte the
/// least of `byte ^ c` over the candidate bytes `c`, which is zero exactly at
/// a candidate; then the first zero byte of the block. The per-byte loop has
/// no branches, so the compiler turns it into a few vector operations (for
/// a set this large, fewer than [`crate::text::find_any`] takes).
#[inline]
fn skip_plain(b: &[u8], i: usize, lim: usize) -> usize {
    use crate::text::{first_marked, halves, HIGH, ONES};
    let mut blocks = b[i..lim].chunks_exact(16);
    let mut at = i;
    for block in &mut blocks {
        let mut least = [0u8; 16];
        for (d, &c) in least.iter_mut().zip(block) {
            *d = CANDIDATES.iter().fold(u8::MAX, |m, &s| m.min(c ^ s));
        }
        let (lo, hi) = halves(&least);
        let zero = |w: u64| w.wrapping_sub(ONES) & !w & HIGH;
        if let Some(k) = first_marked(zero(lo), zero(hi)) {
            return at + k;
        }
        at += 16;
    }
    let tail = blocks.remainder();
    tail.iter()
        .position(|&c| CANDIDATE[c as usize])
        .map_or(lim, |k| at + k)
}

/// Split one paragraph, calling `emit` with each trimmed sentence span in order.
fn split_paragraph<F: FnMut(Span)>(text: &str, para: Span, emit: &mut F) {
    if para.is_empty() || para.end > text.len() {
        return;
    }
    let start = rules::skip_ws(text, para.start, para.end);
    // A numbered or lettered list run into one paragraph: each next number
    // starts an item, whatever punctuation came before it.
    let breaks = match rules::marker_at(text, start, para.end) {
        Some(m) if m.seq.is_some() && !m.bullet => rules::list_breaks(text, m, para.end),
        _ => Vec::new(),
    };
    let mut seg = para.start;
    for &b in breaks.iter().chain(std::iter::once(&para.end)) {
        Scan::new(text, seg, b).run(seg == para.start, emit);
        seg = b;
    }
}

/// The scan of one stretch of a paragraph.
struct Scan<'t> {
    text: &'t str,
    b: &'t [u8],
    /// First byte of the stretch.
    floor: usize,
    /// One past its last byte.
    lim: usize,
    /// Start of the current sentence.
    start: usize,
    /// The current sentence holds a letter or digit (checked up to `alnum_upto`).
    alnum: bool,
    alnum_upto: usize,
    /// No boundary before this byte: inside a quotation woven into the sentence.
    embed_until: usize,
    /// The current sentence holds a quotation not closed yet.
    quote_open: bool,
}

impl<'t> Scan<'t> {
    fn new(text: &'t str, floor: usize, lim: usize) -> Scan<'t> {
        Scan {
            text,
            b: text.as_bytes(),
            floor,
            lim,
            start: floor,
            alnum: false,
            alnum_upto: floor,
            embed_until: 0,
            quote_open: false,
        }
    }

    /// Scan the stretch; `first` when it opens its paragraph (where a
    /// dateline may stand).
    fn run<F: FnMut(Span)>(mut self, first: bool, emit: &mut F) {
        let b = self.b;
        let lim = self.lim;
        let mut i = self.begin(self.floor);
        if first {
            if let Some(d) = rules::dateline_end(self.text, i, lim) {
                i = self.boundary(d, emit);
            }
        }
        while i < lim {
            if !CANDIDATE[b[i] as usize] {
                i = skip_plain(b, i + 1, lim);
                continue;
            }
            i = match b[i] {
                b'.' | b'!' | b'?' => self.stop(i, emit),
                b'\n' => self.newline(i, emit),
                b':' => self.colon(i, emit),
                b'"' => {
                    self.quote(i, 1);
                    i + 1
                }
                0xE2 => self.e2(i, emit),
                0xC2 => {
                    if i + 1 < lim && b[i + 1] == 0xAB {
                        self.quote(i, 2); // «
                    } else if i + 1 < lim && b[i + 1] == 0xBB {
                        self.quote_open = false; // »
                    }
                    i + 2
                }
                _ => i + 1,
            };
        }
        emit_trimmed(self.text, self.start, lim, emit);
    }

    /// Start a sentence at `pos`; return where to resume scanning (after
    /// leading whitespace and a list marker, whose period ends nothing).
    #[inline]
    fn begin(&mut self, pos: usize) -> usize {
        self.start = pos;
        self.quote_open = false;
        self.alnum = false;
        self.alnum_upto = pos;
        let p = rules::skip_ws(self.text, pos, self.lim);
        match rules::marker_at(self.text, p, self.lim) {
            Some(m) => m.end,
            None => p,
        }
    }

    /// End the current sentence at `at` and start the next.
    fn boundary<F: FnMut(Span)>(&mut self, at: usize, emit: &mut F) -> usize {
        emit_trimmed(self.text, self.start, at, emit);
        self.begin(at)
    }

    /// Does the current sentence hold a letter or digit before `at`?
    #[inline]
    fn has_alnum(&mut self, at: usize) -> bool {
        if self.alnum {
            return true;
        }
        let b = self.b;
        let mut p = self.alnum_upto.max(self.start);
        while p < at {
            let c = b[p];
            if c.is_ascii_alphanumeric()
                || (c >= 0xC0 && rules::char_at(self.text, p).is_some_and(char::is_alphanumeric))
            {
                self.alnum = true;
                break;
            }
            p += 1;
        }
        self.alnum_upto = at.max(self.alnum_upto);
        self.alnum
    }

    /// A run of `.` `!` `?` `…` at `i`.
    fn stop<F: FnMut(Span)>(&mut self, i: usize, emit: &mut F) -> usize {
        let (text, b, lim) = (self.text, self.b, self.lim);
        let run = rules::parse_run(b, i, lim);
        let closers = rules::skip_closers(text, run.end, lim);
        let mut k = closers.end;
        let mut m = rules::skip_ws(text, k, lim);
        if m >= lim || i < self.embed_until {
            return run.end;
        }
        if m == k {
            // No whitespace: "3.5", "U.S.A", "example.com", or "world.Today".
            if run.dots <= 4 && rules::glued_ends(text, i, k, lim, self.start) && self.has_alnum(i)
            {
                return self.boundary(k, emit);
            }
            return run.end;
        }
        // A lone closing bracket or an emoticon after the stop stays with it.
        let mut bare = closers.end_is_run;
        while let Some(e) = rules::trailing_mark(b, m, lim) {
            k = e;
            bare = false;
            m = rules::skip_ws(text, k, lim);
            if m >= lim {
                return k;
            }
        }
        let next = rules::next_word(text, m, lim);
        if next.stop || (closers.quote && next.dash) {
            // More stops after a space decide for themselves; a dash after a
            // quotation opens its attribution (`"..." - Matthew Ingram`).
            return k;
        }
        let at = if run.strong {
            let prev_lower = rules::prev_token(text, i, self.start)
                .is_some_and(|t| t.first().is_some_and(u8::is_ascii_lowercase));
            let speech = || rules::speech_follows(text, m, lim);
            rules::strong_ends(closers, prev_lower, &next, speech).then_some(k)
        } else if run.dots >= 4 {
            // A period and an ellipsis. "word. . . . Next": the period ends the
            // sentence and the spaced ellipsis opens the next one.
            // Inside a quotation, spaced dots after a period mark words left out.
            let left_out = run.gap && self.quote_open;
            let ends = !(left_out || matches!(next.class, Class::Lower | Class::End));
            let attached = i > self.floor && !rules::is_ws_byte(b[i - 1]);
            match (ends, run.first_gap && attached && !closers.quote) {
                (false, _) => None,
                (true, true) => Some(i + 1),
                (true, false) => Some(k),
            }
        } else if run.dots == 3 {
            let before = rules::char_before(text, i);
            let bracketed = matches!(before, Some('[' | '('));
            let spaced = before.is_none_or(char::is_whitespace);
            // Inside a quotation a spaced ellipsis marks words left out.
            let omission = spaced && self.quote_open;
            (!omission && rules::ellipsis_ends(spaced, bracketed, &next)).then_some(k)
        } else {
            let tok = rules::prev_token(text, i, self.start);
            let prev = rules::classify_prev(tok);
            // Two periods (`fine.. but`) pause more often than they end.
            let bare = bare && run.dots == 1;
            let mut ends = rules::period_ends(prev, tok, closers, bare, &next);
            if ends && matches!(prev, Prev::Abbrev(_)) && !closers.quote {
                ends = !rules::short_adverbial(text, self.start, i);
            }
            if ends && tok.is_some_and(|t| rules::inline_marker(b, t, i, self.start)) {
                ends = false;
            }
            ends.then_some(k)
        };
        match at {
            Some(at) if self.has_alnum(i) => self.boundary(at, emit),
            _ => run.end,
        }
    }

    /// A colon: `Image:` (or another caption credit label) inside a sentence
    /// starts a new one (`... at the expo Image: Nick Moreau.`).
    fn colon<F: FnMut(Span)>(&mut self, i: usize, emit: &mut F) -> usize {
        let b = self.b;
        if i + 1 >= self.lim || !rules::is_ws_byte(b[i + 1]) {
            return i + 1;
        }
        let mut s = i;
        while s > self.start && s + 16 > i && b[s - 1].is_ascii_alphabetic() {
            s -= 1;
        }
        if s == i
            || s <= self.start
            || !b[s].is_ascii_uppercase()
            || !rules::is_ws_byte(b[s - 1])
            || words::roles(&b[s..i]) & words::LABEL == 0
        {
            return i + 1;
        }
        if self.has_alnum(s) {
            return self.boundary(s, emit);
        }
        i + 1
    }

    /// A line break inside a paragraph.
    fn newline<F: FnMut(Span)>(&mut self, i: usize, emit: &mut F) -> usize {
        let b = self.b;
        let mut ls = i;
        while ls > self.floor && b[ls - 1] != b'\n' {
            ls -= 1;
        }
        if rules::line_ends(self.text, ls, i, self.lim) && self.has_alnum(i) {
            return self.boundary(i, emit);
        }
        i + 1
    }

    /// A 3-byte character with lead byte 0xE2 at `i`.
    fn e2<F: FnMut(Span)>(&mut self, i: usize, emit: &mut F) -> usize {
        let Some(ch) = rules::char_at(self.text, i) else {
            return i + 1;
        };
        match ch {
            '…' | '‽' => self.stop(i, emit),
            '“' | '„' => {
                self.quote(i, 3);
                i + 3
            }
            '”' => {
                self.quote_open = false;
                i + 3
            }
            c if rules::is_bullet(c)
                && i > self.start
                && rules::char_before(self.text, i).is_some_and(char::is_whitespace)
                && self.has_alnum(i) =>
            {
                self.boundary(i, emit)
            }
            c => i + c.len_utf8(),
        }
    }

    /// A double quotation mark at `i` (`len` bytes) that may open a quotation.
    /// The scan notes whether the current sentence holds an open quotation.
    /// When a mark opens a quotation woven into the sentence after a lowercase
    /// word (`achieving a "durable peace … conflict".`) and that quotation
    /// closes in this paragraph without a stop of its own, no sentence ends
    /// inside it.
    fn quote(&mut self, i: usize, len: usize) {
        let (text, b, lim) = (self.text, self.b, self.lim);
        let after = i + len;
        let before = rules::char_before(text, i).filter(|_| i > self.floor);
        let opens = after < lim
            && !rules::is_ws_byte(b[after])
            && (len > 1 || before.is_none_or(|c| c.is_whitespace() || matches!(c, '(' | '[')));
        self.quote_open = opens;
        if !opens || before.is_none() {
            return;
        }
        // The word before the mark ends in a lowercase letter.
        let w = rules::skip_ws_back(b, i, self.floor);
        if w == 0 || w <= self.floor || !b[w - 1].is_ascii_lowercase() {
            return;
        }
        // Find the next double mark, within 2000 bytes.
        let end = lim.min(after + 2000);
        let mut q = after;
        loop {
            q = crate::text::find_any(b, q, end, [b'"', 0xE2, 0xC2]);
            if q >= end {
                break;
            }
            match b[q] {
                b'"' => break,
                0xE2 if q + 2 < lim && b[q + 1] == 0x80 && matches!(b[q + 2], 0x9C..=0x9E) => break,
                0xC2 if q + 1 < lim && matches!(b[q + 1], 0xAB | 0xBB) => break,
                _ => q += 1,
            }
        }
        if q >= end {
            return;
        }
        let closing = match b[q] {
            b'"' => !rules::is_ws_byte(b[q - 1]),
            _ => rules::char_at(text, q) != Some('„') && !rules::is_ws_byte(b[q - 1]),
        };
        let last = rules::char_before(text, q);
        if closing && !matches!(last, Some('.' | '!' | '?' | '…' | ',')) {
            self.embed_until = q;
        }
    }
}

/// Emit `text[a..z]` trimmed, if anything is left.
fn emit_trimmed<F: FnMut(Span)>(text: &str, a: usize, z: usize, emit: &mut F) {
    if let Some((s, e)) = crate::text::trim_range(text, a, z) {
        emit(Span::new(s, e));
    }
}

/// An iterator over the sentences of a text, as `(byte span, &str)` pairs.
///
/// Made by [`sentences`](crate::sentences).
#[derive(Debug, Clone)]
pub struct Sentences<'t> {
    text: &'t str,
    spans: std::vec::IntoIter<Sentence>,
}

impl<'t> Iterator for Sentences<'t> {
    type Item = (Span, &'t str);
    fn next(&mut self) -> Option<(Span, &'t str)> {
        self.spans.next().map(|s| (s.span, &self.text[s.span]))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.spans.size_hint()
    }
}

impl ExactSizeIterator for Sentences<'_> {}

/// The sentences of `text`, without running the rest of the pipeline.
///
/// A leading `date YYYY-MM-DD` marker belongs to no sentence.
///
/// ```
/// let text = "Mr. Smith went to Washington. He said: \"It went well.\"";
/// let got: Vec<&str> = reportage::sentences(text).map(|(_, s)| s).collect();
/// assert_eq!(got, ["Mr. Smith went to Washington.", "He said: \"It went well.\""]);
/// ```
pub fn sentences(text: &str) -> Sentences<'_> {
    fn layout(text: &str) -> Vec<Sentence> {
        let from = crate::text::date_marker(text).map_or(0, |(_, s)| s.end);
        let paragraphs = crate::text::paragraphs(text, from);
        let mut out = Vec::new();
        split(text, &paragraphs, &mut out);
        out
    }
    // As `analyze` does: format characters and decomposed accents are read
    // through a view of the text, and the spans mapped back.
    let out = match crate::text::view::View::new(text) {
        None => layout(text),
        Some(view) => {
            let mut out = layout(&view.text);
            for s in &mut out {
                s.span = view.span(s.span);
            }
            out
        }
    };
    Sentences {
        text,
        spans: out.into_iter(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Pieces that make hard inputs: stops, quote marks of every style,
    /// bullets, list markers, line breaks, multi-byte letters.
    const PIECES: &[&str] = &[
        "a",
        "B",
        "Mr",
        "U.S",
        "Inc",
        "a.m",
        "No",
        "x",
        " ",
        " ",
        "\n",
        "\n\n",
        ".",
        ".",
        "!",
        "?",
        "...",
        ". . .",
        "\u{2026}",
        "\"",
        "'",
        "\u{201c}",
        "\u{201d}",
        "\u{2018}",
        "\u{2019}",
        "\u{ab}",
        "\u{bb}",
        "\u{201e}",
        "(",
        ")",
        "[",
        "]",
        "\u{2022}",
        "1.",
        "2)",
        "b.",
        ":",
        "Image:",
        "-",
        "\u{2014}",
        ":)",
        "@",
        "/",
        "9",
        "\u{e9}",
        "\u{65e5}",
        "\u{a0}",
        "\t",
        "The",
        "he",
        "I",
        "date 2025-01-02 ",
    ];

    /// A small deterministic generator (xorshift), so failures reproduce.
    fn texts(n: usize) -> impl Iterator<Item = String> {
        let mut state = 0x2545_f491_4f6c_dd1du64;
        (0..n).map(move |_| {
            let mut next = || {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                state
            };
            let len = (next() % 40) as usize;
            (0..len)
                .map(|_| PIECES[(next() % PIECES.len() as u64) as usize])
                .collect()
        })
    }

    fn check(text: &str) {
        let got: Vec<Span> = sentences(text).map(|(s, _)| s).collect();
        let body = crate::text::date_marker(text).map_or(0, |(_, s)| s.end);
        let mut last = body;
        let mut covered = String::new();
        for s in &got {
            assert!(s.start < s.end, "empty sentence in {text:?}");
            assert!(last <= s.start, "sentences overlap or go back in {text:?}");
            assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
            let t = &text[*s];
            assert_eq!(t, t.trim(), "untrimmed sentence in {text:?}");
            // Between sentences: only whitespace.
            assert!(
                text[last..s.start].trim().is_empty(),
                "text lost in {text:?}"
            );
            covered.push_str(t);
            last = s.end;
        }
        assert!(
            text[last..].trim().is_empty(),
            "text lost at the end of {text:?}"
        );
        let want: String = text[body..]
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
        let have: String = covered.chars().filter(|c| !c.is_whitespace()).collect();
        assert_eq!(want, have, "non-space text not covered in {text:?}");
        let again: Vec<Span> = sentences(text).map(|(s, _)| s).collect();
        assert_eq!(got, again, "not deterministic on {text:?}");
    }

    #[test]
    fn skip_plain_stops_at_the_first_candidate_byte() {
        for t in texts(2_000) {
            let b = t.as_bytes();
            for from in 0..b.len().min(40) {
                for lim in [b.len(), b.len() / 2, from] {
                    let lim = lim.max(from);
                    let want = (from..lim)
                        .find(|&k| CANDIDATE[b[k] as usize])
                        .unwrap_or(lim);
                    assert_eq!(skip_plain(b, from, lim), want, "{t:?} from {from} to {lim}");
                }
            }
        }
    }

    #[test]
    fn spans_partition_any_text() {
        for t in texts(20_000) {
            check(&t);
        }
    }

    #[test]
    fn edge_inputs_are_safe() {
        for t in [
            "",
            " ",
            "\"",
            "\u{201c}",
            ".",
            "...",
            "\u{2026}",
            "\n",
            "a\n",
            "\u{2022}",
            "1.",
            "1. ",
            "date 2025-01-02",
            "date 2025-01-02 ",
            "Mr.",
            "U.S.",
            "a. b. c.",
            "\" \" \"",
            ":)",
            "Image: x",
            "X \u{2014} The",
            "\u{e9}.\u{e9}",
            "a.\u{e9}",
            "[1]",
            "x.[1] Y",
        ] {
            check(t);
        }
    }
}
