//! Attribution: speech cues, their speakers, and the words they report.
//!
//! Works one *unit* at a time: a sentence of the sentence layer, joined with
//! the next one when their boundary falls inside a quotation (a quote of
//! several sentences is one unit). In a unit, every speech cue outside
//! quotation marks is tried: its speaker is the noun phrase before it
//! (`X said`), after it (`"…," said X`, `according to X`), or, for an "-ing"
//! cue after a comma, the speaker of the cue before (`…, adding that …`).
//! The reported words are then what follows the cue (`X said that …`,
//! `X said: "…"`) or what precedes it (`"…," X said`, `…, BBC reported`), plus
//! a second piece after it (`"A," X said, "B."`). A piece that is exactly one
//! quotation is direct; words holding a quotation are mixed; words without
//! marks are indirect. All windows are bounded, so the cost is linear.

use super::cues::{CueWord, Cues, Form};
use super::marks::{MarkQuote, NONE};
use super::words::{self, bit as B};
use crate::analysis::QuoteKind;
use crate::span::Span;
use crate::text::token::{Token, TokenKind};
use std::cell::Cell;

/// Longest speaker phrase, in tokens.
const MAX_NP: usize = 10;
/// How far back an appositive (`X, a spokesman for Y, said`) may reach, in tokens.
const MAX_APPOSITIVE: usize = 30;
/// How far after a cue "that" may come (`said on Monday in a statement that`).
const MAX_TO_THAT: usize = 10;
/// Longest adverbial after a cue ("on Monday at a rally in Dover, Del.,"), in tokens.
const MAX_ADVERBIAL: usize = 14;
/// Fewest words of a quotation emitted without any attribution.
const MIN_UNATTRIBUTED_WORDS: usize = 6;

/// Where the speaker stands relative to the cue.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Order {
    /// `X said`.
    Subject,
    /// `said X`.
    Inverted,
    /// `according to X`.
    According,
    /// `…, adding` (speaker of the previous cue).
    Inherited,
}

/// A speaker phrase: token range `lo..hi`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Np {
    pub(crate) lo: usize,
    pub(crate) hi: usize,
}

/// A quote before speaker resolution.
#[derive(Clone, Debug)]
pub(crate) struct RawQuote {
    pub(crate) kind: QuoteKind,
    pub(crate) content: Vec<Span>,
    pub(crate) span: Span,
    pub(crate) cue: Option<Span>,
    pub(crate) speaker: Option<Np>,
    /// The order the speaker stands in (which mention of a phrase is nearest).
    pub(crate) order: Order,
    pub(crate) rule: &'static str,
}

#[derive(Clone, Copy, Debug)]
struct Attr {
    cue_lo: usize,
    cue_hi: usize,
    speaker: Np,
    order: Order,
    object: bool,
}

impl Attr {
    fn group_lo(&self) -> usize {
        match self.order {
            Order::Subject => self.speaker.lo.min(self.cue_lo),
            _ => self.cue_lo,
        }
    }
    fn group_hi(&self) -> usize {
        match self.order {
            Order::Inverted | Order::According => self.speaker.hi.max(self.cue_hi),
            _ => self.cue_hi,
        }
    }
}

/// The attribution pass over one document.
pub(crate) struct Attributor<'a> {
    pub(crate) text: &'a str,
    pub(crate) tokens: &'a [Token],
    pub(crate) owner: &'a [u32],
    pub(crate) mqs: &'a [MarkQuote],
    used: Vec<bool>,
    pub(crate) out: Vec<RawQuote>,
    /// The quote made by the previous unit, if it was attributed.
    last: Option<usize>,
    /// A cue that ended its unit with a colon and no words (`He said:`).
    pending: Option<Attr>,
    /// The previous unit made or continued an attributed quotation.
    tail: bool,
    /// End (token index) of the current paragraph.
    pub(crate) para_hi: usize,
    /// Start (token index) of the current unit.
    unit_lo: usize,
    /// Spans of named entities (people, organisations, places, groups), sorted.
    pub(crate) names: Vec<Span>,
    /// Lowercase forms, word classes and cues of the tokens.
    pub(crate) cls: Classes<'a>,
    /// `quoted[k]`: how many tokens before `k` are inside quotation marks.
    quoted: Vec<u32>,
    /// `piece_start[k]`: a piece of the quotation owning token `k` starts there.
    piece_start: Vec<bool>,
}

/// The tokens as the rules read them: lowercase forms, word classes
/// ([`words::bit`]) and cues, shared by attribution and resolution. A token's
/// classes are looked up once, on first use, then read by index.
pub(crate) struct Classes<'a> {
    text: &'a str,
    tokens: &'a [Token],
    /// The text with ASCII letters lower-cased (same byte offsets): the
    /// lower-case form of any ASCII token is a slice of it, with no copy.
    lower_text: String,
    /// The cue lexicon, joined with the closed word lists.
    cues: &'a Cues,
    /// Class bits of each token ([`words::bit`] and `T_DONE`; 0: not yet looked up).
    bits: Vec<Cell<u32>>,
}

/// The token's classes have been looked up.
const T_DONE: u32 = 1 << 31;
/// The token has a lowercase form (ASCII, at most 32 bytes): see [`Classes::lw`].
const T_LOWER: u32 = 1 << 30;

/// Do the class bits `bits` (of a token) hold any of `class` ([`words::bit`])?
#[inline]
fn is(bits: u32, class: u32) -> bool {
    bits & class != 0
}

impl<'a> Classes<'a> {
    pub(crate) fn new(text: &'a str, tokens: &'a [Token], cues: &'a Cues) -> Classes<'a> {
        Classes {
            text,
            tokens,
            lower_text: text.to_ascii_lowercase(),
            cues,
            bits: (0..tokens.len()).map(|_| Cell::new(0)).collect(),
        }
    }

    /// The token ASCII-lowercased, as [`words::lower`] gives it ("" when it is
    /// longer than 32 bytes or not ASCII).
    #[inline]
    pub(crate) fn lw(&self, i: usize) -> &str {
        let span = self.tokens[i].span;
        let b = self.bits[i].get();
        // A token looked up already says whether it has a lowercase form.
        let lower = if b != 0 {
            b & T_LOWER != 0
        } else {
            span.len() <= 32 && self.text.as_bytes()[span.start..span.end].is_ascii()
        };
        if !lower {
            return "";
        }
        &self.lower_text[span.start..span.end]
    }

    /// The class bits of token `i` ([`words::bit`]): those of [`Classes::lw`].
    #[inline]
    pub(crate) fn bits(&self, i: usize) -> u32 {
        let b = self.bits[i].get();
        if b != 0 {
            return b;
        }
        self.look_up(i)
    }

    /// Does token `i` have any of the class bits `b`?
    #[inline]
    pub(crate) fn has(&self, i: usize, b: u32) -> bool {
        self.bits(i) & b != 0
    }

    /// The class of token `i` ([`words::class`] of its lowercase form).
    #[inline]
    pub(crate) fn class(&self, i: usize) -> Option<words::WordClass> {
        words::class_of(self.bits(i))
    }

    /// Look up the classes of token `i`: one probe of the word table.
    #[inline(never)]
    fn look_up(&self, i: usize) -> u32 {
        let span = self.tokens[i].span;
        if span.len() > 32 || !self.text.as_bytes()[span.start..span.end].is_ascii() {
            self.bits[i].set(T_DONE);
            return T_DONE;
        }
        let lw = &self.lower_text[span.start..span.end];
        let bits =
            T_DONE | T_LOWER | words::with_open_classes(lw, self.cues.entry(lw.as_bytes()).listed);
        self.bits[i].set(bits);
        bits
    }

    /// The cue word token `i` is, if any (ASCII case folded).
    #[inline]
    fn cue(&self, i: usize) -> Option<CueWord> {
        self.cues
            .lookup(&self.text[self.tokens[i].span.start..self.tokens[i].span.end])
    }
}

impl<'a> Attributor<'a> {
    pub(crate) fn new(
        text: &'a str,
        tokens: &'a [Token],
        owner: &'a [u32],
        mqs: &'a [MarkQuote],
        cues: &'a Cues,
    ) -> Attributor<'a> {
        let mut quoted = vec![0u32; owner.len() + 1];
        for (k, &o) in owner.iter().enumerate() {
            quoted[k + 1] = quoted[k] + u32::from(o != NONE);
        }
        let mut piece_start = vec![false; tokens.len()];
        for (qi, q) in mqs.iter().enumerate() {
            for p in &q.pieces {
                if owner.get(p.first_tok) == Some(&(qi as u32)) {
                    piece_start[p.first_tok] = true;
                }
            }
        }
        Attributor {
            text,
            tokens,
            owner,
            mqs,
            used: vec![false; mqs.len()],
            out: Vec::new(),
            last: None,
            pending: None,
            tail: false,
            para_hi: tokens.len(),
            unit_lo: 0,
            names: Vec::new(),
            cls: Classes::new(text, tokens, cues),
            quoted,
            piece_start,
        }
    }

    #[inline]
    fn tok(&self, i: usize) -> &'a str {
        &self.text[self.tokens[i].span.start..self.tokens[i].span.end]
    }

    /// The token ASCII-lowercased ([`Classes::lw`]).
    #[inline]
    fn lw(&self, i: usize) -> &str {
        self.cls.lw(i)
    }

    /// Is [`Attributor::lw`] of token `i` the lowercase word `w`? Compares
    /// lengths first and never slices the text.
    #[inline]
    fn lw_is(&self, i: usize, w: &str) -> bool {
        let span = self.tokens[i].span;
        span.len() == w.len()
            && self.text.as_bytes()[span.start..span.end].eq_ignore_ascii_case(w.as_bytes())
    }

    /// [`Attributor::lw`] with the class bits of the token.
    #[inline]
    fn lwb(&self, i: usize) -> (&str, u32) {
        (self.cls.lw(i), self.cls.bits(i))
    }

    /// The class bits of token `i` ([`Classes::bits`]).
    #[inline]
    fn bits(&self, i: usize) -> u32 {
        self.cls.bits(i)
    }

    /// Does token `i` have any of the class bits `b`?
    #[inline]
    fn has(&self, i: usize, b: u32) -> bool {
        self.cls.has(i, b)
    }

    /// The cue word token `i` is (for a word token).
    #[inline]
    fn cue(&self, i: usize) -> Option<CueWord> {
        self.cls.cue(i)
    }

    /// Is any token of `lo..hi` inside quotation marks?
    #[inline]
    fn any_quoted(&self, lo: usize, hi: usize) -> bool {
        lo < hi && self.quoted[hi] > self.quoted[lo]
    }

    #[inline]
    fn is_word(&self, i: usize) -> bool {
        self.tokens[i].kind == TokenKind::Word && self.owner[i] == NONE
    }

    #[inline]
    fn in_quote(&self, i: usize) -> bool {
        self.owner[i] != NONE
    }

    /// The byte of token `i` when it is a one-byte punctuation mark, else 0:
    /// `self.punct(i) == b'.'` tests what `self.tok(i) == "."` does, without
    /// slicing the text.
    #[inline]
    fn punct(&self, i: usize) -> u8 {
        let t = &self.tokens[i];
        if t.kind == TokenKind::Punct && t.span.len() == 1 {
            self.text.as_bytes()[t.span.start]
        } else {
            0
        }
    }

    #[inline]
    fn is_punct(&self, i: usize, s: &str) -> bool {
        let t = &self.tokens[i];
        if let [b] = s.as_bytes() {
            // A one-byte mark: compare the byte, without slicing the text.
            return t.kind == TokenKind::Punct
                && t.span.len() == 1
                && self.text.as_bytes()[t.span.start] == *b;
        }
        t.kind == TokenKind::Punct && self.tok(i) == s
    }

    /// Process one unit: tokens `lo..hi`. `para_start` is true for the first
    /// unit of a paragraph.
    pub(crate) fn unit(&mut self, lo: usize, hi: usize, para_start: bool) {
        if lo >= hi {
            return;
        }
        if para_start && !self.tail {
            self.last = None;
        }
        self.unit_lo = lo;
        let attrs = self.find_attrs(lo, hi);
        let made_before = self.out.len();
        if attrs.is_empty() {
            self.quote_only(lo, hi, para_start);
            return;
        }
        self.pending = None;
        let mut cursor = lo;
        let mut produced_last = None;
        for (n, a) in attrs.iter().enumerate() {
            let g_lo = a.group_lo().max(cursor);
            let g_hi = a.group_hi();
            let mut next_lo = attrs.get(n + 1).map_or(hi, |b| b.group_lo().max(g_hi));
            // `… it said …: "A," the union wrote.`: the quotation goes to the nearer cue.
            // (Unless that cue reports words of its own: `…, "A," he claimed they had …`.)
            let next_reports = attrs.get(n + 1).is_some_and(|b| {
                let end = attrs
                    .get(n + 2)
                    .map_or(hi, |c| c.group_lo().max(b.group_hi()));
                let (st, kind) = self.after_kind(b, b.group_hi(), end);
                kind == After::Content
                    && !self.is_participle(st)
                    && !self.is_punct(b.group_hi().min(end.max(1) - 1), ",")
                    && self.content_strength(st, end) >= 3
                    && !self.in_quote(st)
            });
            if n + 1 < attrs.len() && next_lo > g_hi && self.in_quote(next_lo - 1) && !next_reports
            {
                let qi = self.owner[next_lo - 1] as usize;
                if let Some(p) = self.mqs[qi]
                    .pieces
                    .iter()
                    .find(|p| p.last_tok == next_lo - 1)
                {
                    if p.first_tok > g_hi {
                        next_lo = p.first_tok;
                    }
                }
            }
            let before = (cursor, g_lo);
            let after = (g_hi, next_lo);
            let before_words = self.has_words(self.skip_fillers(before.0, before.1), before.1);
            // `"…," the bespectacled, 71-year-old diplomat said`: a quotation ends
            // a few words before the speaker phrase we found.
            let before_quote_end = g_lo > lo && {
                let mut k = g_lo;
                let mut n = 0;
                while k > cursor.max(lo) + 1
                    && n < 8
                    && !self.in_quote(k - 1)
                    && a.order == Order::Subject
                    && (matches!(self.tokens[k - 1].kind, TokenKind::Word | TokenKind::Number)
                        || self.is_punct(k - 1, ","))
                    && !self.tokens[k - 1].has(Token::CAP)
                {
                    k -= 1;
                    n += 1;
                }
                k > lo && self.in_quote(k - 1) && (n == 0 || self.ends_in_comma_quote(k - 1))
            };
            let before_comma =
                g_lo > lo && matches!(self.tok(g_lo - 1), "," | "—" | "–" | "--" | "-");
            let (after_start, after_kind) = self.after_kind(a, after.0, after.1);
            let trailing = match a.order {
                Order::Inverted => before_words || before_quote_end,
                Order::Inherited => false,
                // "…, according to X" or "… according to X." at the end of the sentence.
                Order::According => {
                    before_words
                        && (before_comma || before_quote_end || matches!(after_kind, After::Empty))
                }
                Order::Subject => {
                    // Words after the cue are its content unless they are few, or
                    // hang off a comma (`X said, referring to …`).
                    let comma_first = g_hi < after.1
                        && self.is_punct(g_hi, ",")
                        && !(g_hi + 1 < after.1 && self.in_quote(g_hi + 1));
                    let after_weak = matches!(after_kind, After::Empty)
                        || comma_first
                        || self.content_strength(after_start, after.1) < 3
                        || self.is_participle(after_start);
                    let before_quote_only = before_quote_end
                        && (self.skip_fillers(before.0, before.1)..before.1)
                            .all(|k| self.in_quote(k) || self.tokens[k].kind == TokenKind::Punct);
                    // "Its director, Ann Lee, said:" announces what follows:
                    // the words before a cue that a colon ends are no report.
                    let colon_next = g_hi < self.tokens.len() && self.is_punct(g_hi, ":");
                    !colon_next
                        && ((before_quote_end && (before_quote_only || after_weak))
                            || (before_comma && before_words && after_weak))
                }
            };
            // "In a 1963 speech, he declared:": an opening phrase is no report.
            let trailing = trailing && !(before_comma && self.is_intro(before.0, g_lo));
            let mut regions: Vec<(usize, usize)> = Vec::new();
            let pattern;
            if trailing && before_words {
                let s = self.skip_fillers(before.0, before.1);
                regions.push((s, before.1));
                pattern = match a.order {
                    Order::Inverted => Pattern::Inverted,
                    Order::According => Pattern::According,
                    _ => Pattern::After,
                };
                // A second piece after the cue: `"A," X said, "B."` or `…, he said, for …`.
                let mut k = g_hi;
                while k < after.1 && self.is_adverbial_tail(k) {
                    k += 1;
                }
                if k < after.1
                    && matches!(self.punct(k), b'.' | b'!' | b'?')
                    && !self.in_quote(k)
                    && k + 1 < after.1
                    && (k + 1..after.1)
                        .all(|j| self.in_quote(j) || self.tokens[j].kind == TokenKind::Punct)
                    && self.any_quoted(k + 1, after.1)
                {
                    // `"A," he said. "B."`: the next sentence is only a quotation.
                    regions.push((k + 1, after.1));
                } else if k < after.1 && (self.is_punct(k, ",") || self.is_punct(k, ":")) {
                    let s2 = k + 1;
                    // Reported words go on after the cue (`…, he said, for …`) only
                    // when the first piece was reported words too.
                    let indirect_before = !before_quote_end;
                    let continues = s2 < after.1
                        && self.is_word(s2)
                        && !self.tokens[s2].has(Token::CAP)
                        && !self.lw(s2).ends_with("ing")
                        && !matches!(
                            self.lw(s2),
                            "which"
                                | "who"
                                | "where"
                                | "when"
                                | "in"
                                | "as"
                                | "while"
                                | "before"
                                | "after"
                                | "until"
                                | "because"
                                | "although"
                                | "though"
                                | "but"
                                | "and"
                                | "according"
                                | "despite"
                                | "whose"
                                | "on"
                                | "at"
                        );
                    if s2 < after.1
                        && (self.in_quote(s2)
                            || (a.order != Order::According
                                && indirect_before
                                && continues
                                && self.content_strength(s2, after.1) >= 3))
                    {
                        regions.push((s2, after.1));
                    }
                }
                if regions.len() == 1 {
                    // `"A," he said during a rally in Dover, Del., "B."`: the quotation
                    // goes on after an adverbial or participle phrase.
                    if let Some(j) = self.later_piece(g_hi, after.1) {
                        regions.push((j, after.1));
                    }
                }
                cursor = regions.last().map_or(g_hi, |r| r.1).max(g_hi);
            } else if !matches!(after_kind, After::Empty) && after_start < after.1 {
                regions.push((after_start, after.1));
                pattern = match a.order {
                    Order::According => Pattern::According,
                    Order::Inherited => Pattern::Participle,
                    _ => Pattern::Before,
                };
                cursor = after.1;
            } else {
                // Nothing reported here; `He said:` may introduce the next paragraph.
                if n + 1 == attrs.len()
                    && a.order == Order::Subject
                    && (after.0..after.1).all(|k| self.tokens[k].kind == TokenKind::Punct)
                    && (after.0..after.1).any(|k| self.is_punct(k, ":"))
                {
                    self.pending = Some(*a);
                }
                cursor = cursor.max(g_hi);
                continue;
            }
            if let Some(q) = self.make_quote(a, &regions, pattern) {
                self.out.push(q);
                produced_last = Some(self.out.len() - 1);
            }
        }
        // Quotations of the unit no attribution covered.
        self.leftovers(lo, hi);
        self.last = produced_last.filter(|&i| i >= made_before && self.out[i].speaker.is_some());
        self.tail = self.last.is_some();
    }

    /// A unit without a cue: a quotation continuing the previous speaker, or
    /// introduced by `He said:`, or standing alone.
    fn quote_only(&mut self, lo: usize, hi: usize, para_start: bool) {
        let quote_only = (lo..hi).all(|k| {
            self.in_quote(k)
                || (self.tokens[k].kind == TokenKind::Punct
                    && !matches!(self.punct(k), b'(' | b')'))
        }) && (lo..hi)
            .any(|k| self.in_quote(k) && !self.used[self.owner[k] as usize]);
        // A single-quoted paragraph is a heading more often than speech.
        let quote_only = quote_only
            && self
                .quotes_in(lo, hi)
                .into_iter()
                .all(|qi| self.mqs[qi].double);
        let signed = quote_only
            && self
                .quotes_in(lo, hi)
                .into_iter()
                .any(|qi| self.dash_attribution(qi, hi).is_some());
        // A quotation that goes on into the next paragraph is attributed where it ends.
        let continues_later = quote_only
            && self
                .quotes_in(lo, hi)
                .into_iter()
                .any(|qi| !self.used[qi] && !self.ends_before(qi, hi));
        if continues_later {
            return;
        }
        if quote_only && !signed {
            let qs = self.quotes_in(lo, hi);
            if let Some(a) = self.pending.take() {
                let regions: Vec<(usize, usize)> = vec![(lo, hi)];
                if let Some(q) = self.make_quote(&a, &regions, Pattern::Before) {
                    self.out.push(q);
                    self.last = Some(self.out.len() - 1);
                    self.tail = true;
                    return;
                }
            }
            if let Some(li) = self.last {
                let prev = self.out[li].clone();
                if para_start {
                    // A quote-only paragraph continues the previous speaker.
                    let mut content = Vec::new();
                    let mut span: Option<Span> = None;
                    for &qi in &qs {
                        self.used[qi] = true;
                        for p in &self.mqs[qi].pieces {
                            content.push(p.inner);
                            span = Some(join(span, p.outer));
                        }
                    }
                    if let Some(span) = span {
                        self.out.push(RawQuote {
                            kind: QuoteKind::Direct,
                            content,
                            span,
                            cue: None,
                            speaker: prev.speaker,
                            order: prev.order,
                            rule: "quote/direct/continued",
                        });
                        self.last = Some(self.out.len() - 1);
                        self.tail = true;
                    }
                } else {
                    // Same paragraph: one more piece of the same quote.
                    let q = &mut self.out[li];
                    for &qi in &qs {
                        self.used[qi] = true;
                        for p in &self.mqs[qi].pieces {
                            q.content.push(p.inner);
                            q.span = join(Some(q.span), p.outer);
                        }
                    }
                    // A quotation begun in an earlier paragraph has a piece
                    // before the quote's: keep the pieces in text order.
                    q.content.sort_by_key(|s| s.start);
                    if q.kind == QuoteKind::Indirect {
                        q.kind = QuoteKind::Mixed;
                    }
                    self.tail = true;
                }
                return;
            }
        }
        // A sentence that opens with a quotation after an attributed quote of
        // this paragraph: the quotation goes on (`"A," he said. "B" - and so on.`).
        let qlo = self.skip_fillers(lo, hi);
        if !para_start && qlo < hi && self.in_quote(qlo) {
            if let Some(li) = self.last {
                let qi = self.owner[qlo] as usize;
                if !self.used[qi]
                    && self.mqs[qi].pieces.len() == 1
                    && self.mqs[qi].pieces[0].first_tok == qlo
                {
                    self.used[qi] = true;
                    let p = self.mqs[qi].pieces[0];
                    let q = &mut self.out[li];
                    q.content.push(p.inner);
                    q.span = join(Some(q.span), p.outer);
                    if q.kind == QuoteKind::Indirect {
                        q.kind = QuoteKind::Mixed;
                    }
                }
            }
        }
        // A sentence without quotation or cue: the speaker may go on later in
        // this paragraph, but a quote-only paragraph after it is no continuation.
        self.pending = None;
        self.tail = false;
        if let Some(q) = self.colon_attribution(lo, hi) {
            self.out.push(q);
            self.last = Some(self.out.len() - 1);
            self.tail = true;
            return;
        }
        // "Clinton released the following statement:" introduces the next quotation.
        if self.is_punct(hi - 1, ":") && !self.any_quoted(lo, hi) {
            if let Some(np) = self.unit_subject(lo, hi - 1) {
                self.pending = Some(Attr {
                    cue_lo: hi - 1,
                    cue_hi: hi,
                    speaker: np,
                    order: Order::Subject,
                    object: false,
                });
            }
        }
        self.leftovers(lo, hi);
    }

    /// `More from the report: "…"`: a quotation right after a colon that
    /// follows a phrase naming someone.
    fn colon_attribution(&mut self, lo: usize, hi: usize) -> Option<RawQuote> {
        let c = (lo + 1..hi.min(lo + 16)).find(|&k| self.is_punct(k, ":"))?;
        if c + 1 >= hi || !self.in_quote(c + 1) || self.any_quoted(lo, c) {
            return None;
        }
        let qi = self.owner[c + 1] as usize;
        if self.used[qi] || self.mqs[qi].pieces.first()?.first_tok != c + 1 {
            return None;
        }
        // Only punctuation may follow the quotation in the sentence.
        let end = self.mqs[qi].pieces.last()?.last_tok + 1;
        if (end..hi).any(|k| self.tokens[k].kind != TokenKind::Punct) && end < hi {
            return None;
        }
        let np = self.np_end_at(c - 1, lo)?;
        let h = np.hi - 1;
        let l_b = self.bits(h);
        let names = (self.tokens[h].has(Token::CAP) && (np.lo > self.unit_lo || self.in_entity(h)))
            || is(l_b, B::CLASS);
        if !names || is(l_b, B::TIME) {
            return None;
        }
        self.used[qi] = true;
        Some(self.whole_quotation(
            qi,
            Some(self.tokens[c].span),
            Some(np),
            Order::Subject,
            "quote/direct/colon",
        ))
    }

    /// Unused quotations of `lo..hi` long enough to be speech: direct quotes
    /// without attribution.
    fn leftovers(&mut self, lo: usize, hi: usize) {
        for qi in self.quotes_in(lo, hi) {
            if self.used[qi] || !self.ends_before(qi, hi) {
                continue;
            }
            if let Some(q) = self.dash_attribution(qi, hi) {
                self.used[qi] = true;
                self.out.push(q);
                continue;
            }
            if let Some(q) = self.fragment_attribution(qi, lo, hi) {
                self.out.push(q);
                continue;
            }
            let mq = &self.mqs[qi];
            let words: usize = mq
                .pieces
                .iter()
                .map(|p| {
                    (p.first_tok..=p.last_tok)
                        .filter(|&k| self.tokens[k].kind == TokenKind::Word)
                        .count()
                })
                .sum();
            if !mq.double || words < MIN_UNATTRIBUTED_WORDS {
                continue;
            }
            self.used[qi] = true;
            let q =
                self.whole_quotation(qi, None, None, Order::Subject, "quote/direct/unattributed");
            self.out.push(q);
        }
    }

    /// Quotation `qi` as one direct quote: all its pieces, its span from the
    /// first opening mark to the last closing one.
    fn whole_quotation(
        &self,
        qi: usize,
        cue: Option<Span>,
        speaker: Option<Np>,
        order: Order,
        rule: &'static str,
    ) -> RawQuote {
        let pieces = &self.mqs[qi].pieces;
        RawQuote {
            kind: QuoteKind::Direct,
            content: pieces.iter().map(|p| p.inner).collect(),
            span: pieces
                .iter()
                .fold(None, |s, p| Some(join(s, p.outer)))
                .unwrap_or_default(),
            cue,
            speaker,
            order,
            rule,
        }
    }

    /// `Trump called the senator a "nasty guy"`: a quotation inside the
    /// predicate of a sentence whose subject names someone, with any verb.
    fn fragment_attribution(&mut self, qi: usize, lo: usize, hi: usize) -> Option<RawQuote> {
        let first = self.mqs[qi].pieces.first()?.first_tok;
        if first <= lo || self.mqs[qi].pieces.len() > 1 {
            return None;
        }
        let mut s = self.skip_fillers(lo, first);
        // An opening phrase: "In July, Gingrich …".
        if let Some(c) = (s..first.min(s + 10)).find(|&k| self.is_punct(k, ",")) {
            if self.is_intro(s, c + 1) {
                s = c + 1;
            }
        }
        if self.any_quoted(s, first) {
            return None;
        }
        let np = self.subject_at(s, first)?;
        // The verb: a lowercase word after optional auxiliaries and adverbs
        // (not a modal: "she would close" reports no speech).
        let mut v = np.hi;
        let mut n = 0;
        while v < first && n < 3 && self.is_word(v) {
            let (l, l_b) = self.lwb(v);
            if matches!(
                l,
                "would" | "could" | "will" | "may" | "might" | "should" | "can" | "must"
            ) || l.ends_with("n't")
            {
                return None;
            }
            if is(l_b, B::AUX_OR_ADVERB) || is(l_b, B::LY_ADVERB) {
                v += 1;
                n += 1;
            } else {
                break;
            }
        }
        if v >= first
            || !self.is_word(v)
            || self.tokens[v].has(Token::CAP | Token::HYPHEN)
            || (v + 1 < hi && self.is_punct(v + 1, "="))
        {
            return None;
        }
        let l_b = self.bits(v);
        if is(l_b, B::ENDS_NP) || is(l_b, B::DETERMINER) || is(l_b, B::NP_PREPOSITION) {
            return None;
        }
        let (clo, chi) = self.trim_region(v + 1, hi);
        if clo >= chi {
            return None;
        }
        // Other quotations of the clause belong to it too.
        let qs: Vec<usize> = self
            .quotes_in(clo, chi)
            .into_iter()
            .filter(|&q| !self.used[q] && self.mqs[q].pieces.len() == 1)
            .collect();
        for &q in &qs {
            self.used[q] = true;
        }
        let span = Span::new(self.tokens[clo].span.start, self.tokens[chi - 1].span.end);
        Some(RawQuote {
            kind: QuoteKind::Mixed,
            content: vec![span],
            span,
            cue: Some(self.tokens[v].span),
            speaker: Some(np),
            order: Order::Subject,
            rule: "quote/mixed/fragment",
        })
    }

    /// `"…" ― Jane Roe`: a quotation signed with a dash and a name that ends its line.
    fn dash_attribution(&self, qi: usize, hi: usize) -> Option<RawQuote> {
        let mq = &self.mqs[qi];
        let last = mq.pieces.last()?;
        let d = last.last_tok + 1;
        // The signature may stand past the sentence end, up to the line end.
        let hi = hi.max((d + 7).min(self.para_hi));
        if d >= hi
            || !matches!(self.tok(d), "―" | "—" | "–" | "-")
            || self.in_quote(d)
            || self.tokens[d].has(Token::NEWLINE_BEFORE)
        {
            return None;
        }
        let mut e = d + 1;
        while e < hi
            && e - d <= 5
            && !self.in_quote(e)
            && !(e > d + 1 && self.tokens[e].has(Token::NEWLINE_BEFORE))
            && self.tokens[e].kind == TokenKind::Word
            && self.tokens[e].has(Token::CAP)
        {
            e += 1;
        }
        let line_end = |k: usize| k >= self.para_hi || self.tokens[k].has(Token::NEWLINE_BEFORE);
        let ends_line = line_end(e) || (e < hi && self.punct(e) == b'.' && line_end(e + 1));
        if e == d + 1 || !ends_line {
            return None;
        }
        Some(self.whole_quotation(
            qi,
            Some(self.tokens[d].span),
            Some(Np { lo: d + 1, hi: e }),
            Order::Inverted,
            "quote/direct/signed",
        ))
    }

    /// Indices of the quotations with a piece starting in `lo..hi`.
    fn quotes_in(&self, lo: usize, hi: usize) -> Vec<usize> {
        let mut out: Vec<usize> = Vec::new();
        if !self.any_quoted(lo, hi) {
            return out;
        }
        for k in lo..hi {
            // A piece of the quotation owning `k` starts at `k`.
            if self.piece_start[k] {
                let qi = self.owner[k] as usize;
                if out.last() != Some(&qi) {
                    out.push(qi);
                }
            }
        }
        out
    }

    /// Does quotation `qi` end within `..hi` (tokens)?
    fn ends_before(&self, qi: usize, hi: usize) -> bool {
        self.mqs[qi].pieces.last().is_some_and(|p| p.last_tok < hi)
    }

    fn has_words(&self, lo: usize, hi: usize) -> bool {
        (lo..hi).any(|k| {
            matches!(self.tokens[k].kind, TokenKind::Word | TokenKind::Number) || self.in_quote(k)
        })
    }

    /// How many words (or quotations) `lo..hi` holds, counting up to 3.
    fn content_strength(&self, lo: usize, hi: usize) -> usize {
        let mut n = 0;
        for k in lo..hi {
            if self.in_quote(k) {
                return 3;
            }
            if matches!(self.tokens[k].kind, TokenKind::Word | TokenKind::Number) {
                n += 1;
                if n >= 3 {
                    return 3;
                }
            }
        }
        n
    }

    /// Is `lo..hi` a short opening phrase ("In a statement,", "On Monday,")?
    fn is_intro(&self, lo: usize, hi: usize) -> bool {
        let s = self.skip_fillers(lo, hi);
        if s >= hi || hi - s > 8 || !self.is_word(s) {
            return false;
        }
        let l_b = self.bits(s);
        let end = if self.is_punct(hi - 1, ",") {
            hi - 1
        } else {
            hi
        };
        (is(l_b, B::OPENS_ADVERBIAL) || is(l_b, B::SENTENCE_FILLER) || is(l_b, B::TIME))
            && !(s..end).any(|k| self.in_quote(k) || self.is_punct(k, ","))
    }

    /// Skip sentence-opening fillers ("But", "And") at the start of a region.
    fn skip_fillers(&self, mut lo: usize, hi: usize) -> usize {
        while lo < hi {
            let t = &self.tokens[lo];
            if t.kind == TokenKind::Punct && !self.in_quote(lo) {
                lo += 1;
                continue;
            }
            if self.is_word(lo) && matches!(self.lw(lo), "but" | "and" | "so" | "yet") {
                lo += 1;
                continue;
            }
            break;
        }
        lo
    }

    /// Is token `k` part of an adverbial tail after a cue ("on Monday", "in a statement")?
    fn is_adverbial_tail(&self, k: usize) -> bool {
        if self.in_quote(k) {
            return false;
        }
        let t = &self.tokens[k];
        match t.kind {
            TokenKind::Word | TokenKind::Number | TokenKind::Possessive => true,
            TokenKind::Punct => matches!(self.tok(k), "'" | "’" | "-" | "&"),
        }
    }

    /// Where the reported words after a cue start, and what they are.
    fn after_kind(&self, a: &Attr, lo: usize, hi: usize) -> (usize, After) {
        let mut k = lo;
        // Skip punctuation (", :") first.
        while k < hi && !self.in_quote(k) && self.tokens[k].kind == TokenKind::Punct {
            if self.punct(k) == b'.' || self.punct(k) == b'?' || self.punct(k) == b'!' {
                return (hi, After::Empty);
            }
            k += 1;
        }
        if k >= hi {
            return (hi, After::Empty);
        }
        if self.in_quote(k) {
            return (k, After::Content);
        }
        // "that" within a short window starts the content.
        let end = hi.min(k + MAX_TO_THAT);
        for j in k..end {
            if self.in_quote(j) {
                break;
            }
            if self.is_word(j) && self.lw_is(j, "that") {
                return (j, After::Content);
            }
            if matches!(self.punct(j), b'.' | b';' | b'?' | b'!') {
                break;
            }
        }
        // Skip a listener object ("told reporters", "told CBS,").
        if a.object {
            k = self.skip_object(k, hi);
            if k >= hi {
                return (hi, After::Empty);
            }
        }
        // Skip an adverbial ("on Monday", "in a statement,", "Tuesday").
        let (l, l_b) = self.lwb(k);
        let (next, next_b) = if k + 1 < hi { self.lwb(k + 1) } else { ("", 0) };
        // "this week" is an adverbial, "this plan" is not; "to reporters" is, "to bring" is not.
        let adverbial = match l {
            "this" | "last" | "next" => is(next_b, B::TIME) || is(next_b, B::PERIOD),
            "to" => {
                k + 1 < hi
                    && self.is_word(k + 1)
                    && (self.tokens[k + 1].has(Token::CAP)
                        || is(next_b, B::DETERMINER)
                        || matches!(
                            next,
                            "reporters" | "journalists" | "me" | "him" | "her" | "them" | "us"
                        ))
            }
            _ => is(l_b, B::OPENS_ADVERBIAL) || is(l_b, B::LY_ADVERB),
        };
        if adverbial {
            // Up to a comma, or to the end (within a short window).
            let reach = hi.min(k + MAX_ADVERBIAL);
            let mut j = k;
            while j < reach && !self.in_quote(j) && !matches!(self.punct(j), b',' | b':' | b';') {
                j += 1;
            }
            if j >= reach {
                // A long stretch without a comma: an adverbial tail.
                return (hi, After::Empty);
            }
            if j >= hi || self.punct(j) == b';' {
                return (hi, After::Empty);
            }
            if self.in_quote(j) {
                return (j, After::Content);
            }
            k = j + 1;
            while k < hi && !self.in_quote(k) && self.tokens[k].kind == TokenKind::Punct {
                k += 1;
            }
            if k >= hi {
                return (hi, After::Empty);
            }
        } else {
            while k < hi && !self.in_quote(k) && matches!(self.punct(k), b',' | b':') {
                k += 1;
            }
        }
        if k >= hi {
            return (hi, After::Empty);
        }
        // Only punctuation, or a word or two ("said otherwise", "D.C."), is no report;
        // nor is a clause that opens with a verb ("the question nobody asked was …")
        // or a particle ("cried out for").
        if self.content_strength(k, hi) < 2 && !self.any_quoted(k, hi) {
            return (hi, After::Empty);
        }
        if self.is_word(k)
            && !self.tokens[k].has(Token::CAP)
            && (self.has(k, B::OPENS_WITH_VERB) || self.has(k, B::PARTICLE))
        {
            return (hi, After::Empty);
        }
        (k, After::Content)
    }

    /// Skip a listener object after "told"/"warned"/"assured".
    fn skip_object(&self, k: usize, hi: usize) -> usize {
        if k >= hi || !self.is_word(k) {
            return k;
        }
        let (l, l_b) = self.lwb(k);
        if matches!(
            l,
            "me" | "him" | "her" | "them" | "us" | "you" | "reporters" | "journalists"
        ) {
            return k + 1;
        }
        let mut j = k;
        let mut n = 0;
        if is(l_b, B::DETERMINER) {
            j += 1;
        }
        while j < hi && n < 6 && self.is_word(j) {
            let (l, l_b) = self.lwb(j);
            if l == "that" || is(l_b, B::ENDS_NP) && !self.tokens[j].has(Token::CAP) {
                break;
            }
            if is(l_b, B::OPENS_ADVERBIAL) && !self.tokens[j].has(Token::CAP) {
                break;
            }
            j += 1;
            n += 1;
            if j < hi && self.tokens[j].kind == TokenKind::Possessive {
                j += 1;
            }
        }
        j
    }

    /// Every attribution of the unit `lo..hi`, in text order.
    fn find_attrs(&self, lo: usize, hi: usize) -> Vec<Attr> {
        // Whether the unit is a title-case headline, found out when first needed.
        let title_case = std::cell::OnceCell::new();
        let title_case = || *title_case.get_or_init(|| self.is_title_case(lo, hi));
        let mut attrs: Vec<Attr> = Vec::new();
        let mut i = lo;
        while i < hi {
            if !self.is_word(i) {
                i += 1;
                continue;
            }
            let span = self.tokens[i].span;
            let wb = &self.text.as_bytes()[span.start..span.end];
            if wb.eq_ignore_ascii_case(b"according")
                && i + 1 < hi
                && self.tok(i + 1) == "to"
                && i + 2 < hi
            {
                if let Some(np) = self
                    .np_after(i + 2, hi)
                    .or_else(|| self.source_after(i + 2, hi))
                {
                    attrs.push(Attr {
                        cue_lo: i,
                        cue_hi: i + 2,
                        speaker: np,
                        order: Order::According,
                        object: false,
                    });
                    i = np.hi;
                    continue;
                }
            }
            // The cheap filter first: most words are no cue.
            if !self.cls.cues.may_be_cue(wb) {
                i += 1;
                continue;
            }
            // Capitalised words inside a sentence are names: skip them before the lookup.
            if self.tokens[i].has(Token::CAP)
                && i > lo
                && self.tokens[i - 1].kind == TokenKind::Word
                && !self.in_quote(i - 1)
                && !title_case()
            {
                i += 1;
                continue;
            }
            // (The filter passed: the map look-up of `lookup` is what is left.)
            let Some(cw) = self.cls.cues.lookup_map(wb) else {
                i += 1;
                continue;
            };
            // A noun use ("the report", "his claims") is no cue.
            if i > lo && self.is_word(i - 1) {
                let (l, l_b) = self.lwb(i - 1);
                if is(l_b, B::DETERMINER) && l != "that" {
                    i += 1;
                    continue;
                }
            }
            if i > lo && self.tokens[i - 1].kind == TokenKind::Possessive {
                i += 1;
                continue;
            }
            // A capitalised cue inside a sentence is a name ("United States", "Post"),
            // except in a title-case headline ("Obama Says …").
            if self.tokens[i].has(Token::CAP)
                && i > lo
                && !self.in_quote(i - 1)
                && self.tokens[i - 1].kind == TokenKind::Word
                && !title_case()
            {
                i += 1;
                continue;
            }
            // "he continued." but not "they continued to stay away".
            if cw.ends_clause
                && i + 1 < hi
                && !self.in_quote(i + 1)
                && !matches!(self.punct(i + 1), b',' | b'.' | b':' | b';' | b'!' | b'?')
                && !self.tokens[i + 1].has(Token::CAP)
                && !matches!(self.lw(i + 1), "he" | "she" | "they")
            {
                i += 1;
                continue;
            }
            if cw.needs_quote && !self.quote_in_reach(i, lo, hi) {
                i += 1;
                continue;
            }
            let prev_comma = i > lo && self.is_punct(i - 1, ",");
            let prev_quote = i > lo && self.in_quote(i - 1);
            let mut found: Option<(Np, Order)> = None;
            let can_invert = cw.inverts && cw.form == Form::Finite;
            if can_invert && (prev_quote || i == lo) {
                if let Some(np) = self
                    .np_after(i + 1, hi)
                    .filter(|np| self.ends_clause(np.hi, hi) && self.names_someone(*np))
                {
                    found = Some((np, Order::Inverted));
                }
            }
            if found.is_none() {
                match self.np_before(i, lo, cw.form) {
                    Some(Before::Np(np)) if self.plausible_subject(np, cw) => {
                        found = Some((np, Order::Subject))
                    }
                    Some(Before::Passive) => {
                        i += 1;
                        continue;
                    }
                    _ => {}
                }
            }
            if found.is_none() && !cw.noun_like {
                if let Some(np) = self.coordinated_subject(i, lo, &attrs) {
                    found = Some((np, Order::Inherited));
                }
            }
            if found.is_none() && can_invert && prev_comma {
                if let Some(np) = self
                    .np_after(i + 1, hi)
                    .filter(|np| self.ends_clause(np.hi, hi) && self.names_someone(*np))
                {
                    found = Some((np, Order::Inverted));
                }
            }
            if found.is_none() && cw.form == Form::Ing && i == self.skip_fillers(lo, hi) {
                // "Bemoaning the "phony system," Trump accused …": the subject after the phrase.
                if let Some(c) = (i + 1..hi.min(i + 20))
                    .find(|&k| self.is_punct(k, ",") || self.in_quote(k) && self.is_punct(k, ","))
                {
                    if let Some(np) = self.subject_at(c + 1, hi) {
                        found = Some((np, Order::Inherited));
                    }
                }
            }
            if found.is_none()
                && cw.form == Form::Ing
                && i > lo
                && matches!(
                    self.lw(i - 1),
                    "after"
                        | "before"
                        | "while"
                        | "by"
                        | "upon"
                        | "without"
                        | "despite"
                        | "when"
                        | "since"
                )
            {
                // "After saying …, she was …", "Ryan, despite admitting …": the clause's subject.
                let subject = if i - 1 == self.skip_fillers(lo, hi) {
                    (i + 1..hi.min(i + 25))
                        .find(|&k| self.is_punct(k, ","))
                        .and_then(|c| self.subject_at(c + 1, hi))
                } else {
                    self.unit_subject(lo, i - 1)
                };
                if let Some(np) = subject {
                    found = Some((np, Order::Inherited));
                }
            }
            if found.is_none() && cw.form == Form::Ing && (prev_comma || prev_quote || i == lo) {
                if let Some(prev) = attrs.last() {
                    found = Some((prev.speaker, Order::Inherited));
                } else if prev_comma {
                    // "Kasich bemoaned the state of things, saying that …": the subject.
                    if let Some(np) = self.unit_subject(lo, i) {
                        found = Some((np, Order::Inherited));
                    }
                }
            }
            // "denounced what he called a "breach"": the words belong to the clause's subject.
            if let Some((np, Order::Subject)) = found {
                if cw.needs_quote && np.lo > lo && matches!(self.lw(np.lo - 1), "what" | "which") {
                    if let Some(subj) = self.unit_subject(lo, np.lo - 1) {
                        found = Some((subj, Order::Subject));
                    }
                }
            }
            if let Some((np, order)) = found {
                if order == Order::Subject && self.embedded(np, &attrs, lo) {
                    i += 1;
                    continue;
                }
                if let Some(last) = attrs.last() {
                    // One speaker, two cues: "X, who asked not to be named, said …"
                    // keeps the main clause; "X said and added" keeps the first.
                    if last.order != Order::Inherited
                        && np.hi == last.speaker.hi
                        && order == Order::Subject
                    {
                        if self.after_relative(last.cue_lo, lo) {
                            attrs.pop();
                        } else {
                            i += 1;
                            continue;
                        }
                    }
                }
                attrs.push(Attr {
                    cue_lo: i,
                    cue_hi: i + 1,
                    speaker: np,
                    order,
                    object: cw.object,
                });
                i = if order == Order::Inverted {
                    np.hi.max(i + 1)
                } else {
                    i + 1
                };
                continue;
            }
            i += 1;
        }
        attrs
    }

    /// `X criticised the plan and said …`: a cue after "and" shares the
    /// subject of the clause before (the previous cue's speaker, or the
    /// phrase that opens the sentence when it names someone).
    fn coordinated_subject(&self, i: usize, lo: usize, attrs: &[Attr]) -> Option<Np> {
        let mut k = i;
        let mut n = 0;
        while k > lo && n < 3 {
            let l_b = self.bits(k - 1);
            if self.is_word(k - 1) && (is(l_b, B::AUX_OR_ADVERB) || is(l_b, B::LY_ADVERB)) {
                k -= 1;
                n += 1;
            } else {
                break;
            }
        }
        if k <= lo || !self.is_word(k - 1) || !matches!(self.lw(k - 1), "and" | "but") {
            return None;
        }
        // "I laughed and said": the subject right before the first verb.
        if k >= lo + 3 && self.is_word(k - 2) && !self.tokens[k - 2].has(Token::CAP) {
            let j = k - 3;
            if self.is_word(j) {
                let l = self.lw(j);
                if matches!(l, "he" | "she" | "they" | "we" | "i") {
                    return Some(Np { lo: j, hi: j + 1 });
                }
                if self.tokens[j].has(Token::CAP) && self.in_entity(j) {
                    return self.np_core(j, lo);
                }
            }
        }
        if let Some(prev) = attrs.last() {
            return Some(prev.speaker);
        }
        self.unit_subject(lo, k)
    }

    /// The subject opening the unit `lo..`, before token `k`, when it names someone.
    fn unit_subject(&self, lo: usize, k: usize) -> Option<Np> {
        let mut s = self.skip_fillers(lo, k);
        if let Some(c) = (s..k.min(s + 10)).find(|&j| self.is_punct(j, ",")) {
            // An opening phrase ("In January, …", "Meanwhile, …"), not an appositive.
            let (l, l_b) = self.lwb(s);
            if self.is_intro(s, c + 1)
                || (c == s + 1 && (l.ends_with("ly") || is(l_b, B::SENTENCE_FILLER)))
            {
                s = c + 1;
            }
        }
        if s < k && self.is_word(s) && self.lw_is(s, "it") {
            return Some(Np { lo: s, hi: s + 1 });
        }
        if self.any_quoted(s, k) {
            return None;
        }
        if let Some(np) = self.subject_at(s, k) {
            return Some(np);
        }
        // "Democratic presidential nominee Hillary Clinton chimed in": a person or
        // organisation named among the first words, followed by a verb or a comma.
        for j in s..k.min(s + 8) {
            if self.in_quote(j) || self.is_punct(j, ",") {
                break;
            }
            if let Some(e) = self.entity_end(j) {
                let after = e + 1;
                if after < k
                    && (self.is_punct(after, ",")
                        || (self.is_word(after) && !self.tokens[after].has(Token::CAP)))
                {
                    return Some(Np { lo: j, hi: e + 1 });
                }
                break;
            }
        }
        None
    }

    /// If a named entity starts at token `j`, the index of its last token.
    fn entity_end(&self, j: usize) -> Option<usize> {
        let s = self.tokens[j].span;
        let i = self.names.partition_point(|e| e.end <= s.start);
        let e = *self.names.get(i)?;
        if e.start != s.start {
            return None;
        }
        let mut k = j;
        while k + 1 < self.tokens.len() && self.tokens[k + 1].span.end <= e.end {
            k += 1;
        }
        Some(k)
    }

    /// A subject that names someone, starting at `s` (before `limit`): a
    /// pronoun, a run of capitalised words, or a short phrase ending with a
    /// listed noun ("the mayor", "a senior official").
    fn subject_at(&self, s: usize, limit: usize) -> Option<Np> {
        if s >= limit || !self.is_word(s) {
            return None;
        }
        let (l, l_b) = self.lwb(s);
        if matches!(l, "he" | "she" | "they" | "we" | "i") {
            return Some(Np { lo: s, hi: s + 1 });
        }
        let mut e = s;
        if is(l_b, B::DETERMINER) {
            e += 1;
        }
        let cap_from = e;
        let fl_b = self.bits(cap_from.min(limit.saturating_sub(1)));
        if is(fl_b, B::ENDS_NP)
            || is(fl_b, B::SENTENCE_FILLER)
            || is(fl_b, B::DETERMINER) && cap_from > s
        {
            return None;
        }
        while e < limit
            && e - cap_from < 6
            && ((self.is_word(e) && self.tokens[e].has(Token::CAP))
                || (self.is_punct(e, ".") && e > cap_from && self.tok(e - 1).len() <= 3))
        {
            e += 1;
        }
        if e > cap_from && self.tokens[e - 1].kind == TokenKind::Word {
            let l_b = self.bits(e - 1);
            let named = !is(l_b, B::TIME)
                && (cap_from > s || e - cap_from > 1 || self.in_entity(e - 1) || s > self.unit_lo);
            return if named {
                Some(Np { lo: s, hi: e })
            } else {
                None
            };
        }
        // Lowercase: up to three words ending with a listed noun.
        let mut k = cap_from;
        while k < limit && k < cap_from + 3 && self.is_word(k) {
            let l_b = self.bits(k);
            if is(l_b, B::CLASS) {
                return Some(Np { lo: s, hi: k + 1 });
            }
            if is(l_b, B::ENDS_NP) || is(l_b, B::NP_PREPOSITION) {
                return None;
            }
            k += 1;
        }
        None
    }

    /// After "according to", any phrase up to the next comma or quotation is the
    /// source ("conservative talk radio host Rush Limbaugh", "a 52-count complaint").
    fn source_after(&self, k: usize, hi: usize) -> Option<Np> {
        let mut e = k;
        while e < hi
            && e - k < 14
            && !self.in_quote(e)
            && !matches!(
                self.punct(e),
                b',' | b';' | b':' | b'.' | b'(' | b')' | b'?' | b'!'
            )
        {
            e += 1;
        }
        if e > k && (k..e).any(|j| self.is_word(j)) {
            Some(Np { lo: k, hi: e })
        } else {
            None
        }
    }

    /// Is token `k` a lowercase "-ing" participle ("citing", "referring")?
    fn is_participle(&self, k: usize) -> bool {
        k < self.tokens.len()
            && self.is_word(k)
            && !self.tokens[k].has(Token::CAP)
            && self.lw(k).ends_with("ing")
            && self.tok(k).len() > 4
    }

    /// A quotation in `lo..hi` after a comma (or "and") with no cue or
    /// sentence end before it, within a short reach: its first token.
    fn later_piece(&self, lo: usize, hi: usize) -> Option<usize> {
        for j in lo..hi.min(lo + 20) {
            if self.in_quote(j) {
                let joined = j > lo && (self.is_punct(j - 1, ",") || self.lw_is(j - 1, "and"));
                let qi = self.owner[j] as usize;
                let starts = self.mqs[qi].pieces.iter().any(|p| p.first_tok == j);
                return if joined && starts && !self.used[qi] {
                    Some(j)
                } else {
                    None
                };
            }
            let t = self.punct(j);
            if matches!(t, b'?' | b'!' | b';' | b':') {
                return None;
            }
            if t == b'.'
                && !(j > lo && self.tokens[j - 1].has(Token::CAP) && self.tok(j - 1).len() <= 4)
            {
                return None;
            }
            if self.tokens[j].kind == TokenKind::Word && self.cue(j).is_some_and(|c| !c.noun_like) {
                return None;
            }
        }
        None
    }

    /// Does the quotation whose closing mark is token `k` end with a comma
    /// inside it (`"…,"`), the mark of a quotation whose attribution follows?
    fn ends_in_comma_quote(&self, k: usize) -> bool {
        k > 0 && matches!(self.tok(k - 1), "," | "?" | "!" | "—") && self.in_quote(k - 1)
    }

    /// Is `lo..hi` a title-case headline (most words outside quotes capitalised)?
    fn is_title_case(&self, lo: usize, hi: usize) -> bool {
        let (mut words_n, mut caps) = (0usize, 0usize);
        for k in lo..hi.min(lo + 40) {
            if self.is_word(k) {
                words_n += 1;
                if self.tokens[k].has(Token::CAP) {
                    caps += 1;
                }
            }
        }
        words_n >= 3 && caps * 4 >= words_n * 3
    }

    /// Is a quotation right before the cue at `i`, or after it before any other cue?
    fn quote_in_reach(&self, i: usize, lo: usize, hi: usize) -> bool {
        if self.any_quoted(i.saturating_sub(3).max(lo), i) {
            return true;
        }
        for k in i + 1..hi.min(i + 20) {
            if self.in_quote(k) {
                return true;
            }
            if self.tokens[k].kind == TokenKind::Word && self.cue(k).is_some_and(|c| !c.noun_like) {
                return false;
            }
        }
        false
    }

    /// Is a subject cue part of what an earlier cue reports? Its speaker is
    /// the earlier cue's object (`told a woman who suggested`), or it opens a
    /// subordinate clause inside the report (`said Trump was right when he said`).
    fn embedded(&self, np: Np, attrs: &[Attr], lo: usize) -> bool {
        let Some(prev) = attrs.last() else {
            return false;
        };
        if np.lo < prev.cue_hi {
            return false;
        }
        if np.lo <= prev.cue_hi + 1 && prev.order != Order::Inherited {
            return true;
        }
        if np.lo > lo && self.is_word(np.lo - 1) {
            let l = self.lw(np.lo - 1);
            return matches!(
                l,
                "when"
                    | "after"
                    | "before"
                    | "because"
                    | "since"
                    | "if"
                    | "that"
                    | "what"
                    | "how"
                    | "until"
                    | "where"
                    | "though"
                    | "although"
                    | "as"
                    | "whether"
                    | "why"
            );
        }
        false
    }

    /// Does `np` name someone: a pronoun, a capitalised word, or a listed noun?
    fn names_someone(&self, np: Np) -> bool {
        (np.lo..np.hi).any(|k| {
            self.tokens[k].has(Token::CAP) || {
                let l_b = self.bits(k);
                is(l_b, B::PRONOUN) || is(l_b, B::CLASS)
            }
        })
    }

    /// Does a speaker phrase after a cue end its clause (`said Smith.`,
    /// `said Smith, a lawyer`, `said Smith on Monday`), rather than open the
    /// reported clause (`said members will help`)?
    fn ends_clause(&self, k: usize, hi: usize) -> bool {
        if k >= hi || self.in_quote(k) {
            return true;
        }
        let t = &self.tokens[k];
        match t.kind {
            TokenKind::Punct => !matches!(self.tok(k), "-" | "'" | "’"),
            TokenKind::Word => {
                let (l, l_b) = self.lwb(k);
                matches!(l, "who" | "whose" | "that" | "which")
                    || (l.ends_with("ing") && l.len() > 4 && !t.has(Token::CAP))
                    || (is(l_b, B::OPENS_ADVERBIAL) && !t.has(Token::CAP) && !is(l_b, B::BE))
            }
            _ => false,
        }
    }

    /// Is the subject ending before token `k` negative ("nor Moscow", "no one")?
    fn negated_subject(&self, k: usize, lo: usize) -> bool {
        let from = k.saturating_sub(4).max(lo);
        // Each of these words starts with "n": test the first byte before lowercasing.
        (from..k).any(|j| {
            self.is_word(j)
                && matches!(self.text.as_bytes()[self.tokens[j].span.start], b'n' | b'N')
                && matches!(self.lw(j), "neither" | "nor" | "nobody" | "none")
        }) || (k > lo && self.tok(k - 1).ends_with("n't"))
    }

    /// Does the cue at `cue` open a relative clause ("…, who asked …")?
    fn after_relative(&self, cue: usize, lo: usize) -> bool {
        let mut k = cue;
        let mut n = 0;
        while k > lo && n < 4 {
            let (l, l_b) = self.lwb(k - 1);
            if matches!(l, "who" | "which" | "that") {
                return true;
            }
            if !(self.is_word(k - 1) && (is(l_b, B::AUX_OR_ADVERB) || is(l_b, B::LY_ADVERB))) {
                return false;
            }
            k -= 1;
            n += 1;
        }
        false
    }

    /// Is `np` a plausible subject for the cue `cw`? Base and "-s" forms of
    /// verbs that double as nouns ("protests", "claims", "states") need a
    /// subject that names someone: a pronoun, a capitalised name, or a listed noun.
    fn plausible_subject(&self, np: Np, cw: super::cues::CueWord) -> bool {
        if !cw.noun_like {
            return true;
        }
        let h = np.hi - 1;
        let (l, l_b) = self.lwb(h);
        // A base form ("state", "tweet") after a singular noun is a compound noun.
        if cw.base
            && !matches!(l, "i" | "we" | "they" | "you")
            && !(l.ends_with('s') && is(l_b, B::CLASS))
        {
            return false;
        }
        // A capital at the start of a sentence proves nothing ("Violent protests"):
        // there, the entity layer must know the word.
        let cap = self.tokens[h].has(Token::CAP) && self.in_entity(h);
        cap || is(l_b, B::PRONOUN) || is(l_b, B::CLASS)
    }

    /// Is token `k` inside a named entity?
    fn in_entity(&self, k: usize) -> bool {
        let s = self.tokens[k].span;
        let i = self.names.partition_point(|e| e.end <= s.start);
        self.names
            .get(i)
            .is_some_and(|e| e.start <= s.start && s.end <= e.end)
    }

    /// The speaker phrase ending before the cue at `cue`.
    fn np_before(&self, cue: usize, lo: usize, form: Form) -> Option<Before> {
        let mut k = cue;
        let mut skipped_be = false;
        let mut negated = false;
        let mut n = 0;
        while k > lo && n < 4 {
            let j = k - 1;
            if !self.is_word(j) {
                break;
            }
            let l_b = self.bits(j);
            // "Priebus later Thursday told": time words stand between too.
            if is(l_b, B::AUX_OR_ADVERB)
                || (is(l_b, B::LY_ADVERB) && !self.tokens[j].has(Token::CAP))
                || (is(l_b, B::TIME) && j > lo && self.is_word(j - 1))
            {
                if is(l_b, B::BE) {
                    skipped_be = true;
                }
                if self.lw_is(j, "not") || self.lw_is(j, "never") {
                    negated = true;
                }
                // "he's been", "it's" are words with an apostrophe: not skipped here.
                k = j;
                n += 1;
                continue;
            }
            break;
        }
        if skipped_be && form == Form::Finite {
            return Some(Before::Passive);
        }
        // "has not confirmed", "Neither Washington nor Moscow has confirmed": nothing was said.
        if negated && form == Form::Finite || self.negated_subject(k, lo) {
            return Some(Before::Passive);
        }
        // "X saying" is no clause; "X is saying" is, and so is "with X saying".
        if form == Form::Ing && !skipped_be {
            if k > lo && k == cue {
                if let Some(np) = self.np_end_at(k - 1, lo) {
                    if np.lo > lo && self.lw_is(np.lo - 1, "with") {
                        return Some(Before::Np(np));
                    }
                }
            }
            return None;
        }
        if k <= lo {
            return None;
        }
        let h = k - 1;
        if self.in_quote(h) {
            return None;
        }
        // "He's claiming": a pronoun with a contracted auxiliary.
        if self.has(h, B::CONTRACTED_PRONOUN) {
            return if form == Form::Ing || !skipped_be {
                Some(Before::Np(Np { lo: h, hi: h + 1 }))
            } else {
                None
            };
        }
        if self.is_punct(h, ",") {
            return self.appositive(h, lo).map(Before::Np);
        }
        self.np_end_at(h, lo).map(Before::Np)
    }

    /// The phrase ending at `h`, stepping over a parenthesis ("Sen. Jane Roe (D-Ohio)").
    fn np_end_at(&self, h: usize, lo: usize) -> Option<Np> {
        if self.is_punct(h, ")") {
            let stop = h.saturating_sub(8).max(lo);
            let mut j = h;
            while j > stop {
                j -= 1;
                if self.in_quote(j) {
                    return None;
                }
                if self.is_punct(j, "(") {
                    return if j > lo {
                        self.np_core(j - 1, lo)
                    } else {
                        None
                    };
                }
            }
            return None;
        }
        self.np_core(h, lo)
    }

    /// `X, a spokesman for Y, said`: the phrase before the earlier comma.
    fn appositive(&self, comma: usize, lo: usize) -> Option<Np> {
        let stop = comma.saturating_sub(MAX_APPOSITIVE).max(lo);
        let mut m = comma;
        while m > stop {
            m -= 1;
            if self.in_quote(m) {
                return None;
            }
            let t = self.punct(m);
            // "R-Ky.," and "(D-Ohio)" may sit inside an appositive.
            let abbrev_dot = t == b'.'
                && m > 0
                && ((m < comma && self.punct(m + 1) == b',')
                    || (self.tokens[m - 1].has(Token::CAP) && self.tok(m - 1).len() <= 3));
            if t == b')' {
                let floor = m.saturating_sub(8).max(stop);
                while m > floor && self.punct(m) != b'(' {
                    m -= 1;
                }
                if self.punct(m) != b'(' || self.in_quote(m) {
                    return None;
                }
                continue;
            }
            if !abbrev_dot
                && matches!(t, b';' | b':' | b'(' | b')' | b'.' | b'?' | b'!')
                && self.tokens[m].kind == TokenKind::Punct
            {
                return None;
            }
            if t == b',' {
                // The appositive must start like one: "a spokesman", "who", "the head", a title.
                let first = m + 1;
                if first >= comma
                    || self.in_quote(first)
                    || !matches!(self.tokens[first].kind, TokenKind::Word | TokenKind::Number)
                {
                    return None;
                }
                let (l, l_b) = self.lwb(first);
                let ok = is(l_b, B::DETERMINER)
                    || matches!(
                        l,
                        "who" | "whose" | "which" | "himself" | "herself" | "itself" | "themselves"
                    )
                    || is(l_b, B::CLASS)
                    || self.tokens[first].has(Token::CAP)
                    || self.tokens[first].kind == TokenKind::Number
                    || (l.ends_with("ing") && l.len() > 5)
                    || (first..comma).any(|j| self.has(j, B::CLASS))
                    || is(l_b, B::OPENS_ADVERBIAL);
                if !ok || m == lo {
                    return None;
                }
                let named = |np: &Np| {
                    (np.lo..np.hi).any(|j| {
                        self.tokens[j].has(Token::CAP)
                            || self.has(j, B::CLASS)
                            || self.has(j, B::PRONOUN)
                    })
                };
                // The phrase before must name someone: capitalised or a listed noun.
                if let Some(np) = self.np_end_at(m - 1, lo).filter(|np| named(np)) {
                    // "The company's lawyer, Rebecca Stroud, said": a common-noun
                    // description, then a name: the named person speaks.
                    if self.is_description(np) {
                        if let Some(name) = self.name_between(first, comma) {
                            return Some(name);
                        }
                    }
                    return Some(np);
                }
                // "his wife, Ana Lopez, wrote": the name in the appositive.
                let app = self.np_core(comma - 1, first)?;
                return if app.lo == first && self.tokens[first].has(Token::CAP) {
                    Some(app)
                } else {
                    None
                };
            }
        }
        None
    }

    /// A phrase of common nouns ("the company's lawyer", "A local angler"):
    /// no capital but on a leading determiner.
    fn is_description(&self, np: Np) -> bool {
        (np.lo..np.hi)
            .all(|k| !self.tokens[k].has(Token::CAP) || (k == np.lo && self.has(k, B::DETERMINER)))
    }

    /// The tokens `lo..hi` as a name: capitalised words (and initials with
    /// their dot), at most six tokens, starting a named entity.
    fn name_between(&self, lo: usize, hi: usize) -> Option<Np> {
        if hi <= lo || hi - lo > 6 || !self.in_entity(lo) {
            return None;
        }
        let ok = (lo..hi).all(|k| {
            let t = &self.tokens[k];
            (self.is_word(k) && t.has(Token::CAP))
                || (self.punct(k) == b'.' && k > lo && self.tok(k - 1).chars().count() == 1)
        });
        ok.then_some(Np { lo, hi })
    }

    /// The noun phrase whose last token is `h`, walking left (bounded).
    fn np_core(&self, h: usize, lo: usize) -> Option<Np> {
        if !self.is_word(h) {
            return None;
        }
        let (l, l_b) = self.lwb(h);
        if is(l_b, B::PRONOUN) {
            return Some(Np { lo: h, hi: h + 1 });
        }
        if l == "who" && h > lo {
            // "the man who said": the phrase before "who".
            let j = if self.is_punct(h - 1, ",") { h - 1 } else { h };
            if j == lo {
                return None;
            }
            return self.np_core(j - 1, lo);
        }
        // "One in three said": a number word after "in" or "of" heads the phrase.
        let fraction = is(l_b, B::DETERMINER)
            && h >= lo + 2
            && matches!(self.lw(h - 1), "in" | "of")
            && (self.tokens[h - 2].kind == TokenKind::Number || self.has(h - 2, B::DETERMINER));
        if fraction {
            return Some(Np {
                lo: h - 2,
                hi: h + 1,
            });
        }
        if is(l_b, B::ENDS_NP)
            || is(l_b, B::DETERMINER)
            || is(l_b, B::NP_PREPOSITION)
            || self.cue(h).is_some()
        {
            return None;
        }
        let mut m = h;
        let mut n = 0;
        while m > lo && n < MAX_NP {
            let j = m - 1;
            if self.in_quote(j) {
                break;
            }
            let t = &self.tokens[j];
            match t.kind {
                TokenKind::Word => {
                    let lj_b = self.bits(j);
                    if is(lj_b, B::ENDS_NP) {
                        // "Smith and Jones said": keep a name joined by "and".
                        let joins_names = self.lw_is(j, "and")
                            && self.tokens[m].has(Token::CAP)
                            && j > lo
                            && self.tokens[j - 1].has(Token::CAP);
                        if !joins_names {
                            break;
                        }
                    }
                    if !t.has(Token::CAP) && self.cue(j).is_some() {
                        break;
                    }
                    if is(lj_b, B::PRONOUN) {
                        break;
                    }
                }
                TokenKind::Possessive => {}
                TokenKind::Punct => {
                    // "Mr." / "H." inside a name.
                    let abbrev = self.punct(j) == b'.'
                        && j > lo
                        && self.tokens[j - 1].kind == TokenKind::Word
                        && self.tokens[j - 1].has(Token::CAP)
                        && self.tok(j - 1).len() <= 4
                        && self.tokens[m].has(Token::CAP);
                    // A plural possessive: "the supporters' trust".
                    let plural_possessive = matches!(self.tok(j), "'" | "’")
                        && j > lo
                        && self.tokens[j - 1].kind == TokenKind::Word
                        && self.tok(j - 1).ends_with(['s', 'S'])
                        && !self.tokens[j].has(Token::SPACE_BEFORE)
                        && self.tokens[m].has(Token::SPACE_BEFORE);
                    if !abbrev && !plural_possessive {
                        break;
                    }
                }
                TokenKind::Number => break,
            }
            m = j;
            n += 1;
        }
        // Trim leading words that open a sentence or a prepositional phrase.
        let mut s = m;
        while s < h {
            let lw_b = self.bits(s);
            if self.tokens[s].kind == TokenKind::Punct
                || is(lw_b, B::SENTENCE_FILLER)
                || (is(lw_b, B::NP_PREPOSITION) && s == m)
            {
                s += 1;
                // After a leading preposition, skip to its object's end: "On Tuesday the company".
                if is(lw_b, B::NP_PREPOSITION)
                    || matches!(self.lw(s - 1), "after" | "before" | "during" | "last")
                {
                    let mut t = s;
                    while t < h {
                        let lt_b = self.bits(t);
                        if is(lt_b, B::DETERMINER) && t > s {
                            break;
                        }
                        t += 1;
                    }
                    if t < h {
                        s = t;
                    }
                }
                continue;
            }
            break;
        }
        // A phrase made of a lone preposition's object ("of the", "in 2016") is none.
        let np = Np { lo: s, hi: h + 1 };
        if np.lo > h {
            return None;
        }
        Some(np)
    }

    /// The speaker phrase starting at `k` (after "said" or "according to").
    fn np_after(&self, k: usize, hi: usize) -> Option<Np> {
        if k >= hi || !self.is_word(k) {
            return None;
        }
        let (l, l_b) = self.lwb(k);
        if is(l_b, B::PRONOUN) {
            return Some(Np { lo: k, hi: k + 1 });
        }
        if (is(l_b, B::ENDS_NP) && !self.tokens[k].has(Token::CAP) && l != "this")
            || is(l_b, B::NP_PREPOSITION)
            || is(l_b, B::OPENS_ADVERBIAL) && !self.tokens[k].has(Token::CAP)
        {
            return None;
        }
        if is(l_b, B::OPENS_ADVERBIAL) || is(l_b, B::TIME) {
            return None;
        }
        // After "said", a lowercase word must open a phrase ("the official", "a source").
        let cap = self.tokens[k].has(Token::CAP);
        if !cap && !is(l_b, B::DETERMINER) && !is(l_b, B::CLASS) {
            return None;
        }
        let mut j = k;
        let mut content = 0;
        while j < hi && j - k < MAX_NP {
            if self.in_quote(j) {
                break;
            }
            let t = &self.tokens[j];
            match t.kind {
                TokenKind::Word => {
                    let (lj, lj_b) = self.lwb(j);
                    if j > k && (is(lj_b, B::ENDS_NP) && !t.has(Token::CAP)) {
                        break;
                    }
                    if j > k && self.cue(j).is_some() && !t.has(Token::CAP) {
                        break;
                    }
                    if is(lj_b, B::NP_PREPOSITION) && j > k {
                        // Only after a common noun: "a spokesman for the ministry".
                        let names_on = j + 1 < hi && self.tokens[j + 1].has(Token::CAP);
                        if self.tokens[j - 1].has(Token::CAP)
                            && !(lj == "of" || lj == "for" && names_on)
                        {
                            break;
                        }
                        if matches!(lj, "on" | "in" | "at") && !self.tokens[j - 1].has(Token::CAP) {
                            // "an official in Kyiv" is fine; "on Monday" is not.
                            let nxt = j + 1 < hi
                                && self.is_word(j + 1)
                                && !self.has(j + 1, B::OPENS_ADVERBIAL);
                            if !nxt {
                                break;
                            }
                        }
                    }
                    if !is(lj_b, B::DETERMINER) && !is(lj_b, B::NP_PREPOSITION) {
                        content += 1;
                    }
                }
                TokenKind::Possessive => {}
                TokenKind::Punct => {
                    let abbrev = self.punct(j) == b'.'
                        && j > k
                        && self.tokens[j - 1].has(Token::CAP)
                        && self.tok(j - 1).len() <= 4
                        && j + 1 < hi
                        && self.tokens[j + 1].has(Token::CAP)
                        && !self.tokens[j + 1].has(Token::SPACE_BEFORE | Token::NEWLINE_BEFORE);
                    let abbrev = abbrev
                        || (self.punct(j) == b'.'
                            && j > k
                            && self.tokens[j - 1].has(Token::CAP)
                            && self.tok(j - 1).len() <= 3
                            && j + 1 < hi
                            && self.tokens[j + 1].has(Token::CAP));
                    if !abbrev {
                        break;
                    }
                }
                TokenKind::Number => break,
            }
            j += 1;
        }
        // Drop trailing prepositions/determiners.
        let mut e = j;
        while e > k {
            let l_b = self.bits(e - 1);
            if is(l_b, B::NP_PREPOSITION) || is(l_b, B::DETERMINER) || self.punct(e - 1) == b'.' {
                e -= 1;
            } else {
                break;
            }
        }
        if content == 0 || e <= k {
            return None;
        }
        Some(Np { lo: k, hi: e })
    }

    /// Build a quote from content regions (token ranges).
    fn make_quote(
        &mut self,
        a: &Attr,
        regions: &[(usize, usize)],
        pattern: Pattern,
    ) -> Option<RawQuote> {
        let mut content: Vec<Span> = Vec::new();
        let mut span: Option<Span> = None;
        let mut any_direct = false;
        let mut any_words = false;
        for &(lo, hi) in regions {
            let (lo, hi) = self.trim_region(lo, hi);
            if lo >= hi {
                continue;
            }
            let qs: Vec<usize> = self
                .quotes_in(lo, hi)
                .into_iter()
                .filter(|&qi| !self.used[qi])
                .collect();
            let outside_words = (lo..hi).any(|k| {
                !self.in_quote(k)
                    && matches!(self.tokens[k].kind, TokenKind::Word | TokenKind::Number)
            });
            if qs.is_empty() && !outside_words {
                continue;
            }
            if !qs.is_empty() && !outside_words {
                any_direct = true;
                for qi in qs {
                    self.used[qi] = true;
                    for p in &self.mqs[qi].pieces {
                        content.push(p.inner);
                        span = Some(join(span, p.outer));
                    }
                }
            } else {
                any_words = true;
                let s = Span::new(self.tokens[lo].span.start, self.tokens[hi - 1].span.end);
                let mut has_q = false;
                for qi in qs {
                    self.used[qi] = true;
                    has_q = true;
                    // Other paragraphs of a quotation with a piece here.
                    for p in &self.mqs[qi].pieces {
                        if p.first_tok < lo || p.first_tok >= hi {
                            content.push(p.inner);
                            span = Some(join(span, p.outer));
                        }
                    }
                }
                if has_q {
                    any_direct = true;
                }
                content.push(s);
                span = Some(join(span, s));
            }
        }
        let span = span?;
        content.sort_by_key(|s| s.start);
        let kind = match (any_direct, any_words) {
            (true, false) => QuoteKind::Direct,
            (true, true) => QuoteKind::Mixed,
            _ => QuoteKind::Indirect,
        };
        let cue = Span::new(
            self.tokens[a.cue_lo].span.start,
            self.tokens[a.cue_hi - 1].span.end,
        );
        Some(RawQuote {
            kind,
            content,
            span,
            cue: Some(cue),
            speaker: Some(a.speaker),
            order: a.order,
            rule: rule_id(kind, pattern, regions.len() > 1),
        })
    }

    /// Trim punctuation and joining words from both ends of a region.
    fn trim_region(&self, mut lo: usize, mut hi: usize) -> (usize, usize) {
        while lo < hi && !self.in_quote(lo) && self.tokens[lo].kind == TokenKind::Punct {
            lo += 1;
        }
        while hi > lo {
            let k = hi - 1;
            if self.in_quote(k) {
                break;
            }
            if self.tokens[k].kind == TokenKind::Punct {
                hi -= 1;
                continue;
            }
            let l = self.lw(k);
            if matches!(l, "and" | "but" | "or" | "while" | "as" | "so") {
                hi -= 1;
                continue;
            }
            break;
        }
        (lo, hi)
    }
}

enum Before {
    Np(Np),
    Passive,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum After {
    Empty,
    Content,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Pattern {
    /// Cue before the reported words.
    Before,
    /// Cue after them.
    After,
    /// `"…," said X`.
    Inverted,
    /// `according to X`.
    According,
    /// `…, adding that …`.
    Participle,
}

fn rule_id(kind: QuoteKind, pattern: Pattern, split: bool) -> &'static str {
    use Pattern::*;
    use QuoteKind::*;
    match (kind, pattern) {
        (Direct, _) if split => "quote/direct/split",
        (Direct, Before) | (Direct, Participle) => "quote/direct/cue-before",
        (Direct, After) => "quote/direct/cue-after",
        (Direct, Inverted) => "quote/direct/cue-inverted",
        (Direct, According) => "quote/direct/according-to",
        (Mixed, Before) | (Mixed, Participle) => "quote/mixed/cue-before",
        (Mixed, After) | (Mixed, Inverted) => "quote/mixed/cue-after",
        (Mixed, According) => "quote/mixed/according-to",
        (Indirect, Before) => "quote/indirect/cue-before",
        (Indirect, After) => "quote/indirect/cue-after",
        (Indirect, Inverted) => "quote/indirect/cue-inverted",
        (Indirect, According) => "quote/indirect/according-to",
        (Indirect, Participle) => "quote/indirect/participle",
    }
}

fn join(a: Option<Span>, b: Span) -> Span {
    match a {
        Some(a) => Span::new(a.start.min(b.start), a.end.max(b.end)),
        None => b,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_id_is_documented() {
        let listed: Vec<&str> = crate::quote::RULES.iter().map(|r| r.rule.id()).collect();
        let mut ids = vec![
            "quote/direct/continued",
            "quote/direct/unattributed",
            "quote/direct/signed",
            "quote/direct/colon",
            "quote/mixed/fragment",
        ];
        for kind in [QuoteKind::Direct, QuoteKind::Mixed, QuoteKind::Indirect] {
            for p in [
                Pattern::Before,
                Pattern::After,
                Pattern::Inverted,
                Pattern::According,
                Pattern::Participle,
            ] {
                for split in [false, true] {
                    ids.push(rule_id(kind, p, split));
                }
            }
        }
        for id in ids {
            assert!(listed.contains(&id), "{id} is not in quote::RULES");
        }
    }
}
