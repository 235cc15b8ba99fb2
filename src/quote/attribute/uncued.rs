//! Quotations without a cue in their unit: a quote-only paragraph that
//! continues the previous speaker, a quotation after a colon that follows a
//! source, a quotation signed with a dash, a quoted fragment in the predicate
//! of a sentence whose subject names someone, and a long quotation left
//! without a speaker (a missing speaker is better than a wrong one).

use super::*;

impl<'a> Attributor<'a> {
    /// A unit without a cue: a quotation continuing the previous speaker, or
    /// introduced by `He said:`, or standing alone.
    pub(super) fn quote_only(&mut self, lo: usize, hi: usize, para_start: bool) {
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
                            relative: prev.relative,
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
        if let Some(q) = self
            .colon_attribution(lo, hi)
            .or_else(|| self.statement_attribution(lo, hi))
        {
            self.out.push(q);
            self.last = Some(self.out.len() - 1);
            self.tail = true;
            return;
        }
        // "Clinton released the following statement:" introduces the next quotation.
        if self.is_punct(hi - 1, ":") && !self.any_quoted(lo, hi) {
            // ("That is, when the moderators slipped, Cruz called them on it:":
            // the subject of the last clause after a comma.)
            if let Some(np) = self
                .unit_subject(lo, hi - 1)
                .or_else(|| self.subject_after_comma(lo, hi - 1))
            {
                self.pending = Some(Attr {
                    cue_lo: hi - 1,
                    cue_hi: hi,
                    speaker: np,
                    order: Order::Subject,
                    object: false,
                    unnamed: false,
                    after_relative: false,
                });
            }
        }
        self.leftovers(lo, hi);
    }

    /// `More from the report: "…"`: a quotation right after a colon that
    /// follows a phrase naming someone.
    /// `Trump issued a statement, "…"`, `The mayor released a brief
    /// statement: "…"`: a document noun after a verb, then a comma or colon
    /// and a quotation that ends the sentence. The subject of the clause
    /// speaks. Looks at most a few tokens back from the quotation.
    pub(super) fn statement_attribution(&mut self, lo: usize, hi: usize) -> Option<RawQuote> {
        let q = (lo + 3..hi.min(lo + 40)).find(|&k| self.in_quote(k))?;
        let qi = self.owner[q] as usize;
        if self.used[qi] || self.mqs[qi].pieces.first()?.first_tok != q {
            return None;
        }
        let c = q - 1;
        if !matches!(self.punct(c), b',' | b':') || self.in_quote(c) {
            return None;
        }
        let end = self.mqs[qi].pieces.last()?.last_tok + 1;
        if end < hi && (end..hi).any(|k| self.tokens[k].kind != TokenKind::Punct) {
            return None;
        }
        let d = c - 1;
        if !self.is_word(d)
            || !matches!(
                self.lw(d),
                "statement" | "message" | "letter" | "email" | "tweet" | "note" | "memo"
            )
        {
            return None;
        }
        // Back over at most two lowercase modifiers to the determiner, then the verb.
        let mut det = d;
        while det > lo + 1 && d - det < 3 && !self.has(det, B::DETERMINER) {
            det -= 1;
            if !self.is_word(det) || self.tokens[det].has(Token::CAP) {
                return None;
            }
        }
        if !self.has(det, B::DETERMINER) {
            return None;
        }
        // A verb that makes the document: "issued", "released", "put out".
        let mut verb = det - 1;
        if self.lw_is(verb, "out") && verb > lo && matches!(self.lw(verb - 1), "put" | "puts") {
            verb -= 1;
        }
        if !self.is_word(verb)
            || self.tokens[verb].has(Token::CAP)
            || !matches!(
                self.lw(verb),
                "issued"
                    | "issues"
                    | "released"
                    | "releases"
                    | "sent"
                    | "sends"
                    | "posted"
                    | "posts"
                    | "published"
                    | "wrote"
                    | "writes"
                    | "tweeted"
                    | "emailed"
                    | "read"
                    | "reads"
                    | "put"
                    | "puts"
            )
        {
            return None;
        }
        let np = self.clause_subject(lo, det)?;
        if np.hi > verb {
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

    pub(super) fn colon_attribution(&mut self, lo: usize, hi: usize) -> Option<RawQuote> {
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
        let mut np = self.np_end_at(c - 1, lo)?;
        // "McConnell delivered a blunt message to Trump:": a document (its
        // listed noun in lowercase) made by the subject of the clause.
        if np.lo > lo && self.is_word(np.lo - 1) && !self.tokens[np.lo - 1].has(Token::CAP) {
            let doc = (np.lo..np.hi).find(|&k| {
                self.is_word(k) && !self.tokens[k].has(Token::CAP) && self.has(k, B::CLASS)
            });
            let made = !self.has(
                np.lo - 1,
                B::NP_PREPOSITION | B::DETERMINER | B::ENDS_NP | B::OPENS_ADVERBIAL,
            ) && self.lw(np.lo - 1).ends_with("ed");
            if made
                && doc.is_some_and(|k| {
                    matches!(
                        self.lw(k),
                        "message" | "statement" | "letter" | "note" | "warning"
                    )
                })
            {
                np = self.clause_subject(lo, np.lo).filter(|s| s.hi < np.lo)?;
            }
        }
        let h = np.hi - 1;
        let l_b = self.bits(h);
        let names = (self.tokens[h].has(Token::CAP) && (np.lo > self.unit_lo || self.in_entity(h)))
            || is(l_b, B::CLASS);
        if !names || is(l_b, B::TIME) {
            return None;
        }
        // A description opens the clause or follows a preposition of source
        // ("More from the report:"); after a verb or "to" it is an object
        // ("adopted the stance of some members in office:", "an appeal to
        // voters:"), not who speaks.
        if !self.tokens[h].has(Token::CAP)
            && np.lo > self.skip_fillers(lo, c)
            && self.is_word(np.lo - 1)
            && !matches!(self.lw(np.lo - 1), "from" | "by" | "of" | "in")
        {
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
    pub(super) fn leftovers(&mut self, lo: usize, hi: usize) {
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
    pub(super) fn whole_quotation(
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
            relative: None,
            rule,
        }
    }

    /// `Trump called the senator a "nasty guy"`: a quotation inside the
    /// predicate of a sentence whose subject names someone, with any verb.
    pub(super) fn fragment_attribution(
        &mut self,
        qi: usize,
        lo: usize,
        hi: usize,
    ) -> Option<RawQuote> {
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
        // The clause nearest the quotation may have a subject of its own:
        // "Clinton endorsed the deal, although she made it clear that she
        // has "serious concerns"", "… with Clinton, who is looking to bring
        // "people together"".
        let (speaker, relative) = self
            .inner_clause_subject(np.hi, first)
            .unwrap_or((np, None));
        Some(RawQuote {
            kind: QuoteKind::Mixed,
            content: vec![span],
            span,
            cue: Some(self.tokens[v].span),
            speaker: Some(speaker),
            order: Order::Subject,
            relative,
            rule: "quote/mixed/fragment",
        })
    }

    /// Between a sentence's subject (ending at `lo`) and a quoted fragment at
    /// `first`: the subject of the last clause that opens there, a relative
    /// "who" before a verb after a name or a comma (the phrase before it,
    /// with "who" as its mention) or a pronoun after "although", "though",
    /// "while", "but" or "and". Looks back at most 30 tokens.
    fn inner_clause_subject(&self, lo: usize, first: usize) -> Option<(Np, Option<usize>)> {
        let from = first.saturating_sub(30).max(lo + 1);
        for m in (from..first).rev() {
            if self.in_quote(m) || !self.is_word(m) || m + 1 >= first {
                continue;
            }
            let next_verb = self.is_word(m + 1)
                && !self.tokens[m + 1].has(Token::CAP)
                && !self.has(m + 1, B::DETERMINER | B::PRONOUN | B::NP_PREPOSITION);
            match self.lw(m) {
                // (A relative clause closed by a comma or a dash before the
                // quotation is no longer the quotation's clause.)
                "who"
                    if next_verb
                        && m > lo + 1
                        && (self.tokens[m - 1].has(Token::CAP) || self.is_punct(m - 1, ","))
                        && !(m + 1..first).any(|k| {
                            matches!(self.punct(k), b',' | b'-') || self.tok(k) == "—"
                        }) =>
                {
                    let mut a = m;
                    if a > lo && matches!(self.punct(a - 1), b',' | b'-') || self.tok(a - 1) == "—"
                    {
                        a -= 1;
                    }
                    if a <= lo {
                        return None;
                    }
                    return self.np_core(a - 1, lo).map(|np| (np, Some(m)));
                }
                "although" | "though" | "while" | "but" | "and"
                    if matches!(self.lw(m + 1), "he" | "she" | "they" | "we") && m + 2 < first =>
                {
                    return Some((
                        Np {
                            lo: m + 1,
                            hi: m + 2,
                        },
                        None,
                    ));
                }
                _ => {}
            }
        }
        None
    }

    /// `"…" ― Jane Roe`: a quotation signed with a dash and a name that ends its line.
    pub(super) fn dash_attribution(&self, qi: usize, hi: usize) -> Option<RawQuote> {
        let mq = &self.mqs[qi];
        let last = mq.pieces.last()?;
        let d = last.last_tok + 1;
        // The signature may stand past the sentence end, up to the line end,
        // or on a line of its own right after a quotation that ends its
        // paragraph ("“…”" / "— Bernie Sanders.").
        let next_line = d >= self.para_hi
            && d < self.tokens.len()
            && self.tokens[d].has(Token::NEWLINE_BEFORE)
            && !self.any_quoted(d, (d + 12).min(self.tokens.len()));
        let line_hi = if next_line {
            self.tokens.len()
        } else {
            self.para_hi
        };
        let hi = hi.max((d + 7).min(line_hi));
        if d >= hi
            || !matches!(self.tok(d), "―" | "—" | "–" | "-")
            || self.in_quote(d)
            || self.tokens[d].has(Token::NEWLINE_BEFORE) && !next_line
        {
            return None;
        }
        let mut e = d + 1;
        // Capitalised words, and the dot of an initial ("Julie A. Diaz").
        while e < hi
            && e - d <= 6
            && !self.in_quote(e)
            && !(e > d + 1 && self.tokens[e].has(Token::NEWLINE_BEFORE))
            && (self.tokens[e].kind == TokenKind::Word && self.tokens[e].has(Token::CAP)
                || e > d + 1
                    && self.punct(e) == b'.'
                    && self.tokens[e - 1].has(Token::CAP)
                    && self.tok(e - 1).len() == 1
                    && e + 1 < hi
                    && self.tokens[e + 1].has(Token::CAP))
        {
            e += 1;
        }
        let line_end = |k: usize| k >= line_hi || self.tokens[k].has(Token::NEWLINE_BEFORE);
        // "― Ana Ruiz, Leeds." / "— Ana Ruiz, tweeting after the vote.": a
        // short description after a comma, to the line end.
        let mut f = e;
        if e < hi && e > d + 1 && self.punct(e) == b',' {
            f = e + 1;
            while f < line_hi && f - e <= 8 && !line_end(f) && !self.in_quote(f) {
                f += 1;
            }
            if !line_end(f) {
                f = e;
            }
        }
        let ends_line = line_end(f) || (f < line_hi && self.punct(f) == b'.' && line_end(f + 1));
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
}
