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
//!
//! The steps live in their own files: [`cue`] finds the cues of a unit,
//! [`speaker`] reads the speaker phrase around each cue, this file cuts the
//! reported words and builds the quotes, [`uncued`] handles quotations
//! without a cue. Every quote keeps the id of the rule that made it.

use super::cues::{CueWord, Cues, Form};
use super::marks::{MarkQuote, NONE};
use super::words::{self, bit as B};
use crate::analysis::QuoteKind;
use crate::span::Span;
use crate::text::token::{Token, TokenKind};
use std::cell::Cell;

mod cue;
mod speaker;
mod uncued;

use speaker::Before;

/// Longest speaker phrase, in tokens.
const MAX_NP: usize = 10;
/// How far back an appositive (`X, a spokesman for Y, said`) may reach, in tokens.
const MAX_APPOSITIVE: usize = 40;
/// How far after a cue "that" may come (`said on Monday in a statement that`).
const MAX_TO_THAT: usize = 10;
/// Longest adverbial after a cue ("on Monday at a rally in Dover, Del.,"), in tokens.
const MAX_ADVERBIAL: usize = 14;
/// Longest opening prepositional phrase before a comma ("In an interview
/// with the local paper in late May,"), in tokens with the comma.
const MAX_LONG_INTRO: usize = 16;
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
    /// A relative pronoun standing for the speaker nearer the cue than the
    /// phrase (`X, who said …`): the mention the output names (token index).
    pub(crate) relative: Option<usize>,
    pub(crate) rule: &'static str,
}

#[derive(Clone, Copy, Debug)]
struct Attr {
    cue_lo: usize,
    cue_hi: usize,
    speaker: Np,
    order: Order,
    object: bool,
    /// Nobody named speaks: a question put by someone unnamed ("Asked
    /// whether …, she said", "when asked about …"); `speaker` is then the
    /// cue itself and the quote gets no speaker.
    unnamed: bool,
    /// The main cue after a relative clause of saying on the same speaker
    /// ("X, who said A, said B"): its words start at the cue, the relative
    /// clause's cue reports A.
    after_relative: bool,
    /// A noun of saying after its owner ("her claim that …"): a participle
    /// after its words hangs on the clause, not on this owner.
    noun: bool,
}

impl Attr {
    fn group_lo(&self) -> usize {
        match self.order {
            Order::Subject if self.after_relative => self.cue_lo,
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
    /// The current unit and the one before it (token ranges).
    cur_unit: (usize, usize),
    prev_unit: (usize, usize),
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

    /// [`Cues::lookup_map`] of token `i` (which passed [`Cues::may_be_cue`]),
    /// read from the lowercased text: the text with ASCII letters folded
    /// holds the very bytes the map look-up would fold the token to.
    #[inline]
    pub(crate) fn cue_lower(&self, i: usize) -> Option<CueWord> {
        let span = self.tokens[i].span;
        self.cues
            .lookup_lower(&self.lower_text.as_bytes()[span.start..span.end])
    }

    /// The cue word token `i` is, if any (ASCII case folded).
    #[inline]
    pub(crate) fn cue(&self, i: usize) -> Option<CueWord> {
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
        // (A running count: no index, no bounds check per token.)
        let mut quoted = Vec::with_capacity(owner.len() + 1);
        quoted.push(0u32);
        let mut n = 0u32;
        quoted.extend(owner.iter().map(|&o| {
            n += u32::from(o != NONE);
            n
        }));
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
            cur_unit: (0, 0),
            prev_unit: (0, 0),
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
        self.prev_unit = std::mem::replace(&mut self.cur_unit, (lo, hi));
        let attrs = self.find_attrs(lo, hi);
        let made_before = self.out.len();
        if attrs.is_empty() {
            self.quote_only(lo, hi, para_start);
            return;
        }
        self.pending = None;
        let mut cursor = lo;
        let mut produced_last = None;
        // `"…," X said, according to Y`, `According to Y, X said …`, `X said
        // …, CNN reported`: an "according to" (or a "reported") that reports
        // nothing of its own relays the quote of the cue it closes or opens
        // (see [`Attributor::relay`]).
        // (`len_at`: quotes made before the current cue; `relay_back`: the
        // quote of the cue before and its "according to", pending until that
        // cue is seen to report nothing; `fronted`: an opening "according to".)
        let mut len_at = self.out.len();
        let mut relay_back: Option<(usize, usize)> = None;
        let mut fronted: Option<usize> = None;
        for (n, a) in attrs.iter().enumerate() {
            let prev = n.checked_sub(1).map(|p| &attrs[p]);
            let made = self.settle_relays(&attrs, len_at, prev, relay_back.take(), fronted);
            if n > 0 && made.is_none() && attrs[n - 1].order == Order::According {
                fronted = fronted.or(Some(n - 1).filter(|_| self.opens_unit(&attrs[n - 1], lo)));
            }
            len_at = self.out.len();
            if n > 0 && attrs[n - 1].order != Order::According && self.relays(a) {
                let i = self.out.len().wrapping_sub(1);
                if made.is_some_and(|m| m == i) && self.relay_gap(cursor, a.group_lo()) {
                    relay_back = Some((i, n));
                }
            }
            let g_lo = a.group_lo().max(cursor);
            let g_hi = a.group_hi();
            let mut next_lo = attrs.get(n + 1).map_or(hi, |b| b.group_lo().max(g_hi));
            // "Contrary to his claim that they would "learn nothing," there
            // would be …": a noun of saying reports up to the end of its
            // first quotation when that ends in a comma, else up to the
            // first comma, semicolon or full stop after it.
            if a.noun {
                if let Some(q) = (g_hi..next_lo).find(|&k| self.in_quote(k)) {
                    let mut e = q;
                    while e < next_lo && self.in_quote(e) {
                        e += 1;
                    }
                    if !self.ends_in_comma_quote(e - 1) {
                        while e < next_lo
                            && (self.in_quote(e) || !matches!(self.punct(e), b',' | b';' | b'.'))
                        {
                            e += 1;
                        }
                    }
                    next_lo = next_lo.min(e).max(g_hi);
                }
            }
            // "When Ruiz announced her bid, she called …": an opening
            // clause's cue reports up to its comma.
            if a.order == Order::Subject && !a.unnamed {
                if let Some(c) = self.opening_clause_end(a.speaker, a.cue_hi, lo, hi) {
                    next_lo = next_lo.min(c).max(g_hi);
                }
            }
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
            // (A participle never takes the quotation before it: `"A," adding, "B."`.)
            if n + 1 < attrs.len()
                && next_lo > g_hi
                && self.in_quote(next_lo - 1)
                && !next_reports
                && attrs[n + 1].order != Order::Inherited
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
            // `he told reporters, according to Reuters`, `X said in a
            // statement, according to the Post`: right after a cue that
            // reported nothing there, the few words before "according to"
            // are that cue's object or adverbial, not a report.
            let object_before = a.order == Order::According
                && n > 0
                && before.0 == attrs[n - 1].group_hi()
                && !self.any_quoted(before.0, before.1)
                && before.1 - before.0 <= 10;
            if a.unnamed {
                // The question runs from the cue (after "about") to the
                // first comma: "Asked about the fire, the mayor said …".
                let s = if self.lw_is(g_hi, "about") {
                    g_hi + 1
                } else {
                    g_hi
                };
                let e = (s..after.1)
                    .find(|&k| !self.in_quote(k) && matches!(self.punct(k), b',' | b';'))
                    .unwrap_or(after.1);
                if self.content_strength(s, e) >= 1 {
                    if let Some(q) = self.make_quote(a, &[(s, e)], Pattern::Participle) {
                        self.out.push(q);
                    }
                }
                cursor = e.max(g_hi);
                continue;
            }
            let before_words = self.has_words(self.skip_fillers(before.0, before.1), before.1);
            // `"…," the bespectacled, 71-year-old diplomat said`: a quotation ends
            // a few words before the speaker phrase we found.
            // Where the words after the quotation start (its description,
            // when the speaker is a name in an appositive).
            let mut desc_lo = g_lo;
            let before_quote_end = g_lo > lo && {
                // (`"…," the agency's spokesman, Ana Ruiz, said`: the name in an
                // appositive speaks; the description before it may hold capitals.)
                let appositive_name = self.is_punct(g_lo - 1, ",");
                let mut k = g_lo;
                let mut n = 0;
                while k > cursor.max(lo) + 1
                    && n < 8
                    && !self.in_quote(k - 1)
                    && a.order == Order::Subject
                    && (matches!(self.tokens[k - 1].kind, TokenKind::Word | TokenKind::Number)
                        || appositive_name && self.tokens[k - 1].kind == TokenKind::Possessive
                        || self.is_punct(k - 1, ","))
                    && (!self.tokens[k - 1].has(Token::CAP) || appositive_name)
                {
                    k -= 1;
                    n += 1;
                }
                let ends =
                    k > lo && self.in_quote(k - 1) && (n == 0 || self.ends_in_comma_quote(k - 1));
                if ends && appositive_name {
                    desc_lo = k;
                }
                ends
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
                        && !object_before
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
                    // `X means "A," she says, "B."`: words holding a quotation
                    // before the cue, a comma and the quotation going on after
                    // it: one report in two pieces, the cue between.
                    // (Not after an opening phrase: `On ABC's "This Week," she
                    // said, "…"`, `Praising his "grit," she said, "…"`.)
                    let opener = || {
                        let s = self.skip_fillers(before.0, before.1);
                        s < before.1
                            && (is(
                                self.bits(s),
                                B::OPENS_ADVERBIAL | B::SENTENCE_FILLER | B::TIME,
                            ) || self.is_word(s)
                                && self.lw(s).ends_with("ing")
                                && self.tok(s).len() > 4)
                    };
                    // The first piece's quotation breaks off at a comma (`…,"`),
                    // not at a question or the end of a sentence.
                    let comma_break = || {
                        (before.0..before.1)
                            .rev()
                            .find(|&k| self.in_quote(k))
                            .is_some_and(|k| self.ends_in_comma_quote(k) && self.comma_inside(k))
                    };
                    let interrupted = (before_comma || before_quote_end)
                        && before_words
                        && self.quotation_goes_on(g_hi, after.1)
                        && comma_break()
                        && !opener();
                    !colon_next
                        && (interrupted
                            || (before_quote_end && (before_quote_only || after_weak))
                            || (before_comma && before_words && after_weak))
                }
            };
            // "In a 1963 speech, he declared:": an opening phrase is no report.
            let trailing = trailing && !(before_comma && self.is_intro(before.0, g_lo));
            // "Ann Lee, a surgeon who advised the mayor, …": the words before a
            // relative pronoun are who speaks, never what was said.
            let trailing = trailing && self.relative_before(a).is_none();
            // "Her lawyer, Dana Cole, told …", "A former aide -- Tom Hale --
            // said …": a description alone before the name it introduces
            // is who speaks, never what was said.
            let trailing = trailing && !self.description_opens(a, before);
            // `X answered the question by saying …`, `responded to it by
            // calling …`: the words before "by" and a participle of saying are
            // what the cue answered; the participle reports (`quote/indirect/participle`).
            // (Only a short object: a clause, `said that … by`, `said
            // developers had done it by`, is a report the participle goes on.)
            let by_saying = attrs.get(n + 1).is_some_and(|b| {
                b.order == Order::Inherited && after.1 == b.cue_lo && after.1 > after.0
            }) && self.lw_is(after.1 - 1, "by")
                && after.1 - after.0 <= 8
                && !(after.0..after.1).any(|k| {
                    self.has(k, B::BE | B::OPENS_WITH_VERB)
                        || matches!(self.lw(k), "that" | "to" | "do" | "whether" | "how" | "why")
                });
            let mut regions: Vec<(usize, usize)> = Vec::new();
            let pattern;
            if trailing && before_words {
                let s = self.skip_fillers(before.0, before.1);
                regions.push((s, before.1.min(desc_lo).max(s)));
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
                    // "The talks, according to a diplomat, are close to a
                    // deal": after a parenthetical "according to", the
                    // clause goes on with its verb.
                    let verb_next = s2 < after.1
                        && self.is_word(s2)
                        && self.has(s2, B::BE | B::OPENS_WITH_VERB);
                    if s2 < after.1
                        && (self.in_quote(s2)
                            || ((a.order != Order::According || verb_next)
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
            } else if !matches!(after_kind, After::Empty)
                && after_start < after.1
                && !(by_saying
                    || self.thing_sense(a.cue_lo) && self.object_not_report(after_start, after.1)
                    || self.adds_to(a.cue_lo, g_hi, after_start))
            {
                regions.push((after_start, after.1));
                pattern = match a.order {
                    Order::According => Pattern::According,
                    Order::Inherited => Pattern::Participle,
                    _ => Pattern::Before,
                };
                cursor = after.1;
            } else {
                // Nothing reported here; `He said:` may introduce the next paragraph.
                // Also after an adverbial: `She said on Friday:`.
                // (Also a longer one: `X reported after the FBI left the scene:`;
                // `Stated Stone:` inverts.)
                let colon_tail = after.1 > after.0
                    && after.1 - after.0 <= 20
                    && self.is_punct(after.1 - 1, ":")
                    && (after.0..after.1 - 1).all(|k| self.is_adverbial_tail(k));
                if n + 1 == attrs.len()
                    && matches!(a.order, Order::Subject | Order::Inverted)
                    && (colon_tail
                        || (after.0..after.1).all(|k| self.tokens[k].kind == TokenKind::Punct)
                            && (after.0..after.1).any(|k| self.is_punct(k, ":")))
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
        self.settle_relays(&attrs, len_at, attrs.last(), relay_back, fronted);
        // Quotations of the unit no attribution covered.
        self.leftovers(lo, hi);
        self.last = produced_last.filter(|&i| i >= made_before && self.out[i].speaker.is_some());
        self.tail = self.last.is_some();
    }

    /// Once the cue `prev` has had its turn (`len_at`: the number of quotes
    /// before it), the quote it made if any, after settling the relays:
    /// the pending "according to" behind a quote (`relay_back`: the quote
    /// and the attribution) relays it when `prev` reported nothing, and an
    /// opening "according to" (`fronted`) relays what `prev` made, unless
    /// `prev` is itself an "according to".
    fn settle_relays(
        &mut self,
        attrs: &[Attr],
        len_at: usize,
        prev: Option<&Attr>,
        relay_back: Option<(usize, usize)>,
        fronted: Option<usize>,
    ) -> Option<usize> {
        let made = (self.out.len() > len_at).then(|| self.out.len() - 1);
        if let Some((i, y)) = relay_back {
            if made.is_none() {
                self.relay(i, &attrs[y]);
            }
        }
        if let (Some(i), Some(y)) = (made, fronted) {
            if prev.is_some_and(|p| p.order != Order::According) {
                self.relay(i, &attrs[y]);
            }
        }
        made
    }

    /// Are the words `before` the speaker of `a` (a name after a comma or a
    /// dash) only a description of it, opening the unit: `Her lawyer, Dana
    /// Cole, told …`?
    fn description_opens(&self, a: &Attr, before: (usize, usize)) -> bool {
        let g = a.speaker.lo;
        // (The name closes with a comma or a dash of its own: "These
        // employees, Stumpf explained, were …" is a report interrupted.)
        let closes = a.speaker.hi < a.cue_lo
            && (self.is_punct(a.speaker.hi, ",") || self.dash_glyph(a.speaker.hi));
        if a.order != Order::Subject
            || !closes
            || g != before.1
            || g < before.0 + 3
            || !(self.is_punct(g - 1, ",") || self.dash_glyph(g - 1))
        {
            return false;
        }
        let s = self.skip_fillers(before.0, g - 1);
        let mut h = g - 1;
        while h > s && self.tok(h - 1) == "-" && self.tok(h) == "-" {
            h -= 1;
        }
        // A short phrase of lowercase words after its determiner, headed by
        // a listed noun ("Her lawyer", "A former aide", "the company's
        // spokeswoman"), with no verb.
        h > s
            && h - s <= 6
            && self.is_word(h - 1)
            && self.has(h - 1, B::CLASS)
            && (s..h).all(|k| {
                self.tokens[k].kind == TokenKind::Possessive
                    || self.is_word(k)
                        && !self.has(k, B::BE | B::AUX_OR_ADVERB)
                        && (!self.tokens[k].has(Token::CAP)
                            || k == s
                                && (self.has(k, B::DETERMINER)
                                    || matches!(
                                        self.lw(k),
                                        "his" | "her" | "its" | "their" | "our" | "my"
                                    )))
            })
    }

    /// Does the "according to" of `a` open the unit at `lo` (after fillers)
    /// and end with a comma: `According to Y, X said …`?
    /// (A noun of saying may end the source after its phrase: `According
    /// to White House pool reports, …`, `… the school's Facebook post, …`.)
    fn opens_unit(&self, a: &Attr, lo: usize) -> bool {
        self.skip_fillers(lo, a.cue_lo) == a.cue_lo
            && (a.speaker.hi..self.tokens.len().min(a.speaker.hi + 3))
                .take_while(|&k| self.is_word(k) || self.is_punct(k, ","))
                .any(|k| self.is_punct(k, ","))
    }

    /// Can the cue of `a` relay the quote of a cue before it: "according
    /// to", or a form of "report" (`…, CNN reported`, `…, reported the
    /// Examiner`)?
    fn relays(&self, a: &Attr) -> bool {
        match a.order {
            Order::According => true,
            Order::Subject | Order::Inverted => {
                !a.unnamed && matches!(self.lw(a.cue_lo), "reported" | "reports")
            }
            Order::Inherited => false,
        }
    }

    /// May an "according to" at `cue` relay the quote of the cue before,
    /// whose words and phrases end at `from`: only a short adverbial or
    /// object between them (`X said at a rally, according to Y`), no
    /// quotation, no end of a sentence or clause.
    fn relay_gap(&self, from: usize, cue: usize) -> bool {
        from <= cue
            && cue - from <= MAX_ADVERBIAL
            && !self.any_quoted(from, cue)
            && (from..cue).all(|k| match self.punct(k) {
                b'!' | b'?' | b';' | b':' => false,
                // (The period of an abbreviation: "Sen.", "(R-Ariz.)".)
                b'.' => {
                    k > from
                        && self.is_word(k - 1)
                        && self.tokens[k - 1].has(Token::CAP)
                        && (self.tok(k - 1).len() <= 4 || matches!(self.punct(k + 1), b')' | b','))
                }
                _ => true,
            })
    }

    /// `"…," X said, according to Y`, `According to Y, X said that …`: the
    /// quote `i` (made by the cue X said) is relayed by Y, the source the
    /// whole report stands on: Y speaks, "according to" is the cue
    /// (`quote/*/relayed`).
    fn relay(&mut self, i: usize, y: &Attr) {
        if y.unnamed || self.out[i].rule.ends_with("/relayed") {
            return;
        }
        let cue = Span::new(
            self.tokens[y.cue_lo].span.start,
            self.tokens[y.cue_hi - 1].span.end,
        );
        let q = &mut self.out[i];
        if q.speaker.is_none() || q.order == Order::According {
            return;
        }
        q.speaker = Some(y.speaker);
        q.order = match y.order {
            Order::Subject | Order::Inverted => y.order,
            _ => Order::According,
        };
        q.relative = None;
        q.cue = Some(cue);
        q.rule = match q.kind {
            QuoteKind::Direct => "quote/direct/relayed",
            QuoteKind::Mixed => "quote/mixed/relayed",
            QuoteKind::Indirect => "quote/indirect/relayed",
        };
    }

    /// After the cue ending at `k`, past an adverbial tail, a comma and a
    /// piece of a quotation open (`…, she said on Monday, "but …`). After a
    /// tail the piece must open in lower case: a capitalised one names the
    /// tail's noun (`she wrote in her memoir, "Hard Roads."`).
    fn quotation_goes_on(&self, mut k: usize, hi: usize) -> bool {
        let start = k;
        while k < hi && self.is_adverbial_tail(k) {
            k += 1;
        }
        if !(k + 1 < hi && self.is_punct(k, ",") && self.in_quote(k + 1) && self.piece_start[k + 1])
        {
            return false;
        }
        k == start
            || !(k + 2..hi.min(k + 4))
                .find(|&j| self.tokens[j].kind == TokenKind::Word)
                .is_some_and(|j| self.tokens[j].has(Token::CAP))
    }

    /// Indices of the quotations with a piece starting in `lo..hi`.
    fn quotes_in(&self, lo: usize, hi: usize) -> Vec<usize> {
        let mut out: Vec<usize> = Vec::new();
        if !self.any_quoted(lo, hi) {
            return out;
        }
        // (A slice walk: no bounds check per token.)
        for (&start, &o) in self.piece_start[lo..hi].iter().zip(&self.owner[lo..hi]) {
            // A piece of the quotation owning this token starts at it.
            if start {
                let qi = o as usize;
                if out.last() != Some(&qi) {
                    out.push(qi);
                }
            }
        }
        out
    }

    /// Does the clause after a cue ending at `k` hold a quotation: one
    /// starting within 20 tokens, before a sentence mark, a semicolon or
    /// another cue (`…, although he tweeted that he "rejects …"`)?
    fn reports_quotation(&self, k: usize, hi: usize) -> bool {
        for j in k..hi.min(k + 20) {
            if self.in_quote(j) {
                return self.piece_start[j];
            }
            if matches!(self.punct(j), b'.' | b'?' | b'!' | b';') {
                return false;
            }
            if self.tokens[j].kind == TokenKind::Word && self.cue(j).is_some_and(|c| !c.noun_like) {
                return false;
            }
        }
        false
    }

    /// A second verb phrase of the same subject opening at `k`: "and" or
    /// "but" (after an optional comma), an optional adverb, then a verb in
    /// the past tense or a cue ("… as "a decent man" and pledged to …",
    /// "…, but described …"). Returns the token after the verb.
    fn coordinated_verb(&self, k: usize, hi: usize) -> Option<usize> {
        let mut v = k;
        if v < hi && self.is_punct(v, ",") {
            v += 1;
        }
        if v >= hi || !self.is_word(v) || !matches!(self.lw(v), "and" | "but") {
            return None;
        }
        v += 1;
        if v < hi
            && self.is_word(v)
            && (self.has(v, B::LY_ADVERB) || matches!(self.lw(v), "also" | "then" | "later"))
        {
            v += 1;
        }
        if v >= hi || !self.is_word(v) || self.tokens[v].has(Token::CAP) {
            return None;
        }
        let l = self.lw(v);
        let verb = self
            .cue(v)
            .is_some_and(|c| !c.noun_like && c.form != Form::Ing)
            || (l.len() > 4 && l.ends_with("ed"));
        verb.then_some(v + 1)
    }

    /// The end of reported words `lo..hi` that hold a quotation: where a
    /// second verb phrase of the reporting subject opens after the first
    /// quotation (`called him "a liar" and vowed to …`); else `hi`.
    fn end_of_report(&self, lo: usize, hi: usize) -> usize {
        let Some(q) = (lo..hi).find(|&k| self.in_quote(k)) else {
            return hi;
        };
        let qi = self.owner[q] as usize;
        let Some(p) = self.mqs[qi].pieces.iter().find(|p| p.first_tok == q) else {
            return hi;
        };
        // (The verb may stand just past `hi`, where the next cue starts.)
        let reach = (hi + 4).min(self.tokens.len());
        // (Looks 60 tokens on.)
        (p.last_tok + 1..hi.min(p.last_tok + 60))
            .find(|&k| {
                !self.in_quote(k)
                    && (self.coordinated_verb(k, reach).is_some() || self.timed_by_cue(k, hi))
            })
            .unwrap_or(hi)
    }

    /// A phrase timing the report, not part of it, opening at `k` after a
    /// quotation: "before", "after", "while" or "when" (after an optional
    /// comma), an optional adverb, then an "-ing" form, "asked" or "pressed"
    /// (`cautioned "let's not rush," before predicting …`, `said, "We'll
    /// see," when asked whether …`).
    fn timed_by_cue(&self, k: usize, hi: usize) -> bool {
        let mut v = k;
        if v < hi && self.is_punct(v, ",") {
            v += 1;
        }
        if v >= hi
            || !self.is_word(v)
            || !matches!(self.lw(v), "before" | "after" | "while" | "when")
        {
            return false;
        }
        v += 1;
        if v < hi && self.is_word(v) && self.has(v, B::LY_ADVERB) {
            v += 1;
        }
        v < hi
            && self.is_word(v)
            && !self.tokens[v].has(Token::CAP)
            && (matches!(self.lw(v), "asked" | "pressed") || self.is_participle(v))
    }

    /// Does quotation `qi` end within `..hi` (tokens)?
    /// The quotation is closed, by a mark of the family that opened it: not a
    /// curly mark closed by a straight one or the reverse.
    fn marks_agree(&self, qi: usize) -> bool {
        let (Some(first), Some(last)) = (self.mqs[qi].pieces.first(), self.mqs[qi].pieces.last())
        else {
            return false;
        };
        if !self.mqs[qi].closed {
            return false;
        }
        let open = self.text[first.outer.start..].chars().next();
        let close = self.text[..last.outer.end].chars().next_back();
        !matches!(
            (open, close),
            (Some('"'), Some('\u{201D}')) | (Some('\u{201C}'), Some('"'))
        )
    }

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

    /// Is `lo..hi` an opening phrase: a short one ("In a statement,", "On
    /// Monday,") or a longer prepositional phrase without a clause?
    fn is_intro(&self, lo: usize, hi: usize) -> bool {
        let s = self.skip_fillers(lo, hi);
        if s >= hi || !self.is_word(s) {
            return false;
        }
        let l_b = self.bits(s);
        let end = if self.is_punct(hi - 1, ",") {
            hi - 1
        } else {
            hi
        };
        if !(is(l_b, B::OPENS_ADVERBIAL) || is(l_b, B::SENTENCE_FILLER) || is(l_b, B::TIME))
            || (s..end).any(|k| self.in_quote(k) || self.is_punct(k, ","))
        {
            return false;
        }
        if hi - s <= 8 {
            return true;
        }
        // A longer one is a preposition and its noun phrase ("In an
        // interview with the local paper in late May,", "At a town hall
        // meeting in the state capital,") with no verb of a clause: no
        // pronoun subject, no "be" or auxiliary, no "-ed" form, no "that"
        // or "who" (`On Tuesday she lost the primary …, according to …`
        // reports). Only a true preposition opens it: "About 9.9 million
        // people live …" and "This includes …" are clauses.
        hi - s <= MAX_LONG_INTRO
            && matches!(
                self.lw(s),
                "in" | "at" | "on" | "during" | "after" | "before" | "from" | "through" | "via"
            )
            && !(s + 1..end).any(|k| {
                // (A capitalised word is a name: "in late May".)
                self.is_word(k) && !self.tokens[k].has(Token::CAP) && {
                    let (l, l_b) = self.lwb(k);
                    is(l_b, B::PRONOUN | B::BE | B::CONTRACTED_PRONOUN)
                        || matches!(
                            l,
                            "that"
                                | "who"
                                | "which"
                                | "whom"
                                | "has"
                                | "have"
                                | "had"
                                | "will"
                                | "would"
                                | "could"
                                | "can"
                                | "may"
                                | "might"
                                | "must"
                                | "should"
                                | "did"
                                | "does"
                                | "do"
                        )
                        // (Not an adjective after a determiner: "a crowded hall".)
                        || (l.ends_with("ed") && l.len() > 4 && !self.has(k - 1, B::DETERMINER))
                }
            })
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
            // "said back in 2015:", "said back then".
            "back" => matches!(
                next,
                "in" | "on" | "at" | "then" | "when" | "during" | "before"
            ),
            _ => is(l_b, B::OPENS_ADVERBIAL) || is(l_b, B::LY_ADVERB),
        };
        // "said on Monday the road would close", "said last week the plan
        // was dead": a short time adverbial, then the reported clause with no
        // comma between.
        let time_len = match l {
            "on" if is(next_b, B::TIME) => 2,
            "this" | "last" | "next" if is(next_b, B::TIME | B::PERIOD) => 2,
            _ => 0,
        };
        let mut adverbial = adverbial;
        if time_len > 0 {
            let mut c = k + time_len;
            // ("on Monday night", "on Tuesday morning".)
            if c < hi && self.is_word(c) && self.has(c, B::TIME | B::PERIOD) {
                c += 1;
            }
            if c + 1 < hi
                && self.is_word(c)
                && !self.tokens[c].has(Token::CAP)
                && (self.has(c, B::DETERMINER | B::PRONOUN) && !self.lw_is(c, "that"))
            {
                k = c;
                adverbial = false;
            }
        }
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
            // "When veterans ask for help, too many calls …": the cue is in an
            // opening subordinate clause; what follows its comma is the main
            // clause, not a report. ("As Ruiz said on Monday, the plan …" is the
            // other way round: an "as" clause of saying points at the main clause
            // as what was said.)
            let first = self.skip_fillers(self.unit_lo, a.cue_lo);
            if self.punct(j) == b','
                && first < a.cue_lo
                && self.is_word(first)
                && !self.as_of_saying(first, a.cue_lo)
                && matches!(
                    self.lw(first),
                    "when"
                        | "if"
                        | "as"
                        | "while"
                        | "because"
                        | "after"
                        | "before"
                        | "once"
                        | "unless"
                        | "until"
                )
                && !(first..a.cue_lo).any(|m| self.punct(m) == b',')
            {
                return (hi, After::Empty);
            }
            k = j + 1;
            while k < hi && !self.in_quote(k) && self.tokens[k].kind == TokenKind::Punct {
                k += 1;
            }
            if k >= hi {
                return (hi, After::Empty);
            }
            // "declared in an interview, in the latest escalation …",
            // "responded by sidestepping Moscow, establishing a bank …": a
            // second adverbial or a participle after the first is no report
            // (unless "that" follows: "said on Monday, in a statement, that").
            if self.is_word(k)
                && !self.tokens[k].has(Token::CAP)
                && (self.is_participle(k)
                    || self.has(k, B::OPENS_ADVERBIAL | B::NP_PREPOSITION)
                    || self.lw(k).ends_with("ed") && self.lw(k).len() > 4)
                && !self.any_quoted(k, hi.min(k + MAX_TO_THAT))
            {
                let reach = hi.min(k + MAX_TO_THAT);
                return match (k..reach).find(|&m| self.is_word(m) && self.lw_is(m, "that")) {
                    Some(m) => (m, After::Content),
                    None => (hi, After::Empty),
                };
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
        // ("The plan, as Ruiz put it, was "a bridge to nowhere"": after a
        // parenthetical "as" clause of saying, the rest of the sentence is
        // what was said when it quotes.)
        if self.is_word(k)
            && !self.tokens[k].has(Token::CAP)
            && (self.has(k, B::OPENS_WITH_VERB) || self.has(k, B::PARTICLE))
            && !(self.has(k, B::OPENS_WITH_VERB)
                && self.any_quoted(k, hi.min(k + MAX_TO_THAT))
                && self.in_as_clause(a.cue_lo, self.unit_lo))
        {
            return (hi, After::Empty);
        }
        // "…, a spokeswoman said on Saturday, and it has …", "the drinking
        // continued, and four years later …": right after the cue and a
        // comma (past a short adverbial), words opening with "and" or "but"
        // are a clause of their own, not what the cue reported
        // (`quote/indirect/cue-before` refused). (Not after a longer phrase
        // or a verb phrase taken for an adverbial, "called for swiftly
        // cutting taxes, but …", nor before a quotation, "said, and I quote,
        // "…""; "or" after a comma offers another name, "when, or if, …".)
        if k > lo
            && self.is_word(k)
            && matches!(self.lw(k), "and" | "but")
            && !self.tokens[k].has(Token::CAP)
            && matches!(self.tok(k - 1), "," | ")")
            && (lo..k).filter(|&j| self.is_word(j)).count() <= 4
            && !(lo..k).any(|j| self.is_participle(j))
            && !self.any_quoted(k, hi.min(k + 6))
        {
            return (hi, After::Empty);
        }
        (k, After::Content)
    }

    /// Does an opening "as" at `first` start a clause of saying whose subject
    /// runs up to the cue at `cue` ("As the mayor noted", not "As soon as",
    /// "As well as", nor an "as" of time with words after a verb)? The subject
    /// is a short phrase with no comma or quotation in it.
    pub(super) fn as_of_saying(&self, first: usize, cue: usize) -> bool {
        self.lw_is(first, "as")
            && cue > first + 1
            && cue - first <= MAX_NP + 1
            && !matches!(
                self.lw(first + 1),
                "soon" | "long" | "far" | "well" | "much" | "many"
            )
            && !(first + 1..cue).any(|m| {
                self.in_quote(m)
                    || !self.is_word(m)
                        && self.tokens[m].kind != TokenKind::Possessive
                        && !matches!(self.tok(m), "." | "-" | "’" | "'")
            })
    }

    /// Is the cue at `cue` the verb of an "as" clause of saying that opens
    /// within `MAX_NP` tokens before it, after `lo` ("as the mayor put it")?
    pub(super) fn in_as_clause(&self, cue: usize, lo: usize) -> bool {
        (cue.saturating_sub(MAX_NP + 1).max(lo)..cue)
            .rev()
            .take_while(|&m| !self.in_quote(m) && !self.is_punct(m, ","))
            .any(|m| self.as_of_saying(m, cue))
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
    /// The closing mark at `k` (see [`Self::ends_in_comma_quote`]) follows a comma.
    fn comma_inside(&self, k: usize) -> bool {
        let k = if k > 1
            && matches!(self.tok(k - 1), "'" | "’" | "`")
            && self.tok(k - 1) == self.tok(k)
        {
            k - 1
        } else {
            k
        };
        k > 0 && self.is_punct(k - 1, ",")
    }

    fn ends_in_comma_quote(&self, k: usize) -> bool {
        // (`''` and `’’` of wire copy are two tokens: the first is the mark's too.)
        let k = if k > 1
            && matches!(self.tok(k - 1), "'" | "’" | "`")
            && self.tok(k - 1) == self.tok(k)
        {
            k - 1
        } else {
            k
        };
        k > 0 && matches!(self.tok(k - 1), "," | "?" | "!" | "—") && self.in_quote(k - 1)
    }

    /// Is `lo..hi`, the words after a cue, a thing rather than reported
    /// content ("posted a notice on the wall", "added 20 points by noon",
    /// "maintains an office in the capital")? A determiner or number and one
    /// noun, then a preposition or the end, with no quotation, no "that" and
    /// no verb of a clause (an auxiliary or "-ed" form) anywhere in the words.
    fn object_not_report(&self, lo: usize, hi: usize) -> bool {
        if lo >= hi || self.any_quoted(lo, hi) {
            return false;
        }
        // "added more than 5,000 jobs", "posted nearly 1 million views": an
        // approximation before a number.
        let mut lo = lo;
        while lo + 1 < hi
            && self.is_word(lo)
            && matches!(
                self.lw(lo),
                "more"
                    | "less"
                    | "fewer"
                    | "than"
                    | "about"
                    | "around"
                    | "nearly"
                    | "almost"
                    | "roughly"
                    | "over"
                    | "some"
            )
            && (lo + 1..hi.min(lo + 3)).any(|k| self.is_number(k))
        {
            lo += 1;
        }
        if !self.is_word(lo) && !self.is_number(lo) {
            return false;
        }
        if !(self.is_number(lo) || self.has(lo, B::DETERMINER)) || self.lw_is(lo, "that") {
            return false;
        }
        let reach = hi.min(lo + 40);
        let verb = (lo..reach).any(|k| {
            self.is_word(k) && {
                let (l, l_b) = self.lwb(k);
                is(l_b, B::BE | B::OPENS_WITH_VERB)
                    || matches!(l, "that" | "do")
                    || (l.ends_with("ed") && l.len() > 4)
                    || is(l_b, B::PRONOUN)
            }
        });
        if verb || reach < hi {
            return false;
        }
        // The determiner and one noun ("added a warning about …" may report
        // words), or a number and up to four words ("20 points", "1 million
        // private sector jobs"), then a preposition, punctuation or the end.
        let prep = |k: usize| {
            self.is_word(k)
                && (self.has(k, B::NP_PREPOSITION | B::OPENS_ADVERBIAL) || self.lw_is(k, "to"))
        };
        let words = if self.is_number(lo) { 4 } else { 1 };
        let mut k = lo + 1;
        while k < hi && k <= lo + words && self.is_word(k) && !prep(k) {
            if self.lw_is(k, "and") || self.cue(k).is_some() {
                return false;
            }
            k += 1;
        }
        k > lo + 1 && (k >= hi || prep(k) || self.tokens[k].kind == TokenKind::Punct)
    }

    /// Is the cue at `k` a verb whose object is as often a thing as reported
    /// words ("posted a notice", "added 20 points", "maintains an office",
    /// "reported for duty")?
    fn thing_sense(&self, k: usize) -> bool {
        let l = self.lw(k);
        [
            "post", "add", "maintain", "report", "count", "register", "record",
        ]
        .iter()
        .any(|b| l.starts_with(b) && l.len() <= b.len() + 3)
    }

    /// "adding to his wins in Nevada, …", "avoid adding to deficits": a form
    /// of "add" at `cue` right before "to" means increase, not speech, unless
    /// "that" or a quotation opens the words at `start` ("added to reporters
    /// that …").
    fn adds_to(&self, cue: usize, k: usize, start: usize) -> bool {
        // (The first letter first: this runs for every cue.)
        self.tok(cue)
            .as_bytes()
            .first()
            .is_some_and(|b| b | 0x20 == b'a')
            && matches!(self.lw(cue), "add" | "adds" | "added" | "adding")
            && k < self.tokens.len()
            && self.is_word(k)
            && self.lw_is(k, "to")
            && !(self.in_quote(start) || self.lw_is(start, "that"))
    }

    fn is_number(&self, k: usize) -> bool {
        self.tokens[k].kind == TokenKind::Number && !self.in_quote(k)
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
            // A headline and its deck ("… deal;\nCritics …"): the words
            // reported stop at the line the semicolon ends.
            let hi = (lo + 1..hi)
                .find(|&k| {
                    self.tokens[k].has(Token::NEWLINE_BEFORE)
                        && self.is_punct(k - 1, ";")
                        && !self.in_quote(k)
                })
                .unwrap_or(hi);
            let hi = if matches!(pattern, Pattern::Before | Pattern::Participle) {
                self.end_of_report(lo, hi)
            } else {
                hi
            };
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
            speaker: (!a.unnamed).then_some(a.speaker),
            order: a.order,
            relative: self.relative_before(a),
            rule: match kind {
                QuoteKind::Mixed if a.noun => "quote/mixed/speech-noun",
                QuoteKind::Direct if a.noun => "quote/direct/speech-noun",
                _ => rule_id(kind, pattern, regions.len() > 1),
            },
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
            "quote/direct/announced",
            "quote/direct/unattributed",
            "quote/direct/signed",
            "quote/direct/colon",
            "quote/mixed/fragment",
            "quote/mixed/carried",
            "quote/direct/relayed",
            "quote/direct/colon-clause",
            "quote/mixed/relayed",
            "quote/indirect/relayed",
            "quote/mixed/colon",
            "quote/mixed/speech-noun",
            "quote/direct/speech-noun",
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
