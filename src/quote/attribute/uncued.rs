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
        // (The quotations of the unit, found once: only a quote-only unit needs them.)
        let qs = if quote_only {
            self.quotes_in(lo, hi)
        } else {
            Vec::new()
        };
        // A single-quoted paragraph is a heading more often than speech.
        let quote_only = quote_only && qs.iter().all(|&qi| self.mqs[qi].double);
        let signed = quote_only && qs.iter().any(|&qi| self.dash_attribution(qi, hi).is_some());
        // A quotation that goes on into the next paragraph is attributed where it ends.
        let continues_later = quote_only
            && qs
                .iter()
                .any(|&qi| !self.used[qi] && !self.ends_before(qi, hi));
        if continues_later {
            return;
        }
        if quote_only && !signed {
            if let Some(a) = self.pending.take() {
                let regions: Vec<(usize, usize)> = vec![(lo, hi)];
                if let Some(q) = self.make_quote(&a, &regions, Pattern::Before) {
                    self.out.push(q);
                    self.last = Some(self.out.len() - 1);
                    self.tail = true;
                    return;
                }
            }
            // (Not after a refusal: "Hale declined to comment." is no
            // speech that a quotation could go on with.)
            if let Some(li) = self.last.filter(|&li| !(para_start && self.refusal(li))) {
                let prev = self.out[li].clone();
                // A quotation going on in the next paragraph after a direct
                // quote, or after a report without marks (`Smith said the
                // pier would reopen.` ¶ `"B."`, then a mixed quote), is the
                // same statement: one quote, one piece per quotation
                // (`"A," Smith said.` ¶ `"B."`), unless a quotation
                // of the paragraph is left open or its marks disagree (a
                // straight mark closing a curly one, or the reverse): a broken
                // pairing, not a statement.
                if para_start
                    && prev.kind != QuoteKind::Mixed
                    && qs.iter().all(|&qi| self.marks_agree(qi))
                {
                    self.extend_quote(li, &qs);
                    let q = &mut self.out[li];
                    if q.kind == QuoteKind::Indirect {
                        q.kind = QuoteKind::Mixed;
                    }
                    self.tail = true;
                    return;
                }
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
                    self.extend_quote(li, &qs);
                    let q = &mut self.out[li];
                    if q.kind == QuoteKind::Indirect {
                        q.kind = QuoteKind::Mixed;
                    }
                    self.tail = true;
                }
                return;
            }
            // A quote-only paragraph after a sentence that announces speech:
            // its subject speaks ("Ruiz went on with her remarks.").
            if para_start {
                if let Some(np) = self.announced_by_previous(lo) {
                    for &qi in &qs {
                        self.used[qi] = true;
                    }
                    let mut q = self.whole_quotation(
                        qs[0],
                        None,
                        Some(np),
                        Order::Subject,
                        "quote/direct/announced",
                    );
                    for &qi in &qs[1..] {
                        for p in &self.mqs[qi].pieces {
                            q.content.push(p.inner);
                            q.span = join(Some(q.span), p.outer);
                        }
                    }
                    self.out.push(q);
                    self.last = Some(self.out.len() - 1);
                    self.tail = true;
                    return;
                }
            }
        }
        // A sentence that opens with a quotation after an attributed quote of
        // this paragraph: the quotation goes on (`"A," he said. "B" - and so on.`).
        let mut qlo = self.skip_fillers(lo, hi);
        // (Also after a sentence adverb and a comma: `"A," he said.
        // Instead, "B."`.)
        if !para_start
            && self.last.is_some()
            && qlo + 2 < hi
            && self.is_punct(qlo + 1, ",")
            && self.in_quote(qlo + 2)
            && self.is_word(qlo)
            && self.has(qlo, B::SENTENCE_FILLER)
        {
            qlo += 2;
        }
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
            .or_else(|| self.colon_headline(lo, hi))
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
                    noun: false,
                });
            }
        }
        self.leftovers(lo, hi);
    }

    /// Is quote `li` a reported refusal ("declined to comment", "refused to
    /// say")?
    fn refusal(&self, li: usize) -> bool {
        self.out[li].cue.is_some_and(|c| {
            let w = self.text[c].as_bytes();
            w.len() > 5
                && (w[..5].eq_ignore_ascii_case(b"decli") || w[..5].eq_ignore_ascii_case(b"refus"))
        })
    }

    /// The speaker of a quote-only paragraph starting at `lo`, announced by
    /// the sentence right before it, which ends the paragraph before: a
    /// statement without quotation whose subject names someone (not "it",
    /// "they", "we", "I" or "you": whom they stand for is unclear), followed by
    /// a verb, and that speaks of speech: a speech cue ("Ruiz elaborated in
    /// a column") or a noun of speech ("went on with her remarks", "had a
    /// question for the crowd"). Looks at most 60 tokens back.
    fn announced_by_previous(&self, lo: usize) -> Option<Np> {
        let (plo, phi) = self.prev_unit;
        if phi != lo || plo >= phi || phi - plo > 60 || !self.is_punct(phi - 1, ".") {
            return None;
        }
        if self.any_quoted(plo, phi) {
            return None;
        }
        let np = self.unit_subject(plo, phi)?;
        if np.hi == np.lo + 1 && matches!(self.lw(np.lo), "it" | "they" | "we" | "i" | "you") {
            return None;
        }
        // The verb (an auxiliary too: "had a question"), after at most two
        // adverbs ("then had", "also made").
        let mut v = np.hi;
        // ("Tom Hale, the union's president, offered …": an appositive.)
        if v < phi && self.is_punct(v, ",") {
            v = (v + 1..phi.min(v + MAX_APPOSITIVE)).find(|&k| self.is_punct(k, ","))? + 1;
        }
        let np_end = v;
        while v < phi
            && v < np_end + 2
            && self.is_word(v)
            && (self.has(v, B::LY_ADVERB)
                || matches!(self.lw(v), "then" | "also" | "later" | "again" | "once"))
        {
            v += 1;
        }
        if v >= phi
            || !self.is_word(v)
            || self.tokens[v].has(Token::CAP)
            || self.has(v, B::NP_PREPOSITION | B::DETERMINER | B::CLASS | B::TIME)
            || matches!(self.lw(v), "and" | "or" | "who" | "which")
        {
            return None;
        }
        // A refusal, a negation or a passive announces no speech of the
        // subject ("declined to comment", "could not be reached", "was
        // asked about"): looked for among the verb and the two words after
        // it, not in a clause it reports ("was quick to add that … does
        // not …").
        let passive = self.has(v, B::BE)
            && v + 1 < phi
            && self.is_word(v + 1)
            && (self.lw(v + 1).ends_with("ed") || matches!(self.lw(v + 1), "told" | "shown"));
        if passive
            || (v..phi.min(v + 3)).any(|k| {
                self.is_word(k)
                    && (self.lw(k).ends_with("n't")
                        || matches!(
                            self.lw(k),
                            "not"
                                | "never"
                                | "no"
                                | "declined"
                                | "declines"
                                | "refused"
                                | "refuses"
                                | "without"
                        ))
            })
        {
            return None;
        }
        let speech = (v..phi).any(|k| {
            self.is_word(k)
                && (self.cue(k).is_some()
                    || matches!(
                        self.lw(k),
                        "remarks"
                            | "statement"
                            | "question"
                            | "questions"
                            | "comments"
                            | "speech"
                            | "message"
                            | "answer"
                            | "response"
                            | "reply"
                            | "promise"
                            | "pledge"
                            | "warning"
                            | "plea"
                            | "appeal"
                            | "apology"
                    ))
        });
        speech.then_some(np)
    }

    /// The quotations `qs` become more pieces of quote `li`: its content,
    /// in text order (a quotation begun in an earlier paragraph has a piece
    /// before the quote's), and its span.
    fn extend_quote(&mut self, li: usize, qs: &[usize]) {
        let q = &mut self.out[li];
        for &qi in qs {
            self.used[qi] = true;
            for p in &self.mqs[qi].pieces {
                q.content.push(p.inner);
                q.span = join(Some(q.span), p.outer);
            }
        }
        q.content.sort_by_key(|s| s.start);
    }

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
        if !self.is_word(d) || !words::is_document(self.lw(d)) {
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
        Some(self.colon_quote(qi, c, np))
    }

    /// Quotation `qi`, after the colon or comma at `c`, spoken by `np`: the
    /// quote of the colon rules.
    fn colon_quote(&mut self, qi: usize, c: usize, np: Np) -> RawQuote {
        self.used[qi] = true;
        self.whole_quotation(
            qi,
            Some(self.tokens[c].span),
            Some(np),
            Order::Subject,
            "quote/direct/colon",
        )
    }

    /// `More from the report: "…"`: a quotation right after a colon that
    /// follows a phrase naming someone.
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
            if made && doc.is_some_and(|k| words::is_document(self.lw(k))) {
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
        Some(self.colon_quote(qi, c, np))
    }

    /// `Cruz: Rival Would Pick Liberal Judges, ‘I Fear the Worst’`: a line
    /// opening with a name (at most four words) and a colon, then words that
    /// hold a quotation: the name speaks them all (a headline's way of
    /// attributing). Only for a unit without a cue; the words run to the end
    /// of the line.
    pub(super) fn colon_headline(&mut self, lo: usize, hi: usize) -> Option<RawQuote> {
        let s = self.skip_fillers(lo, hi);
        if s >= hi || !self.tokens[s].has(Token::NEWLINE_BEFORE) || !self.is_word(s) {
            return None;
        }
        let c = (s + 1..hi.min(s + 5)).find(|&k| self.is_punct(k, ":"))?;
        if c + 1 >= hi || self.tokens[c + 1].has(Token::NEWLINE_BEFORE) {
            return None;
        }
        // The name: capitalised words, one of them in a named entity.
        if !(s..c).all(|k| self.is_word(k) && self.tokens[k].has(Token::CAP))
            || !(s..c).any(|k| self.in_entity(k))
            || (s..c).any(|k| self.has(k, B::TIME))
        {
            return None;
        }
        let end = (c + 1..hi)
            .find(|&k| self.tokens[k].has(Token::NEWLINE_BEFORE))
            .unwrap_or(hi);
        let (clo, chi) = self.trim_region(c + 1, end);
        let qs: Vec<usize> = self
            .quotes_in(clo, chi)
            .into_iter()
            .filter(|&q| !self.used[q] && self.ends_before(q, chi))
            .collect();
        // Words around the quotation: a quotation alone after the colon is
        // `quote/direct/colon`'s.
        let words_outside = (clo..chi).any(|k| self.is_word(k));
        if qs.is_empty() || !words_outside {
            return None;
        }
        for &q in &qs {
            self.used[q] = true;
        }
        let span = Span::new(self.tokens[clo].span.start, self.tokens[chi - 1].span.end);
        Some(RawQuote {
            kind: QuoteKind::Mixed,
            content: vec![span],
            span,
            cue: Some(self.tokens[c].span),
            speaker: Some(Np { lo: s, hi: c }),
            order: Order::Subject,
            relative: None,
            rule: "quote/mixed/colon",
        })
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
            if !mq.double || words < MIN_UNATTRIBUTED_WORDS || self.names_a_work(qi) {
                continue;
            }
            self.used[qi] = true;
            let q = match self.colon_clause_subject(qi, lo) {
                Some((c, np)) => self.whole_quotation(
                    qi,
                    Some(self.tokens[c].span),
                    Some(np),
                    Order::Subject,
                    "quote/direct/colon-clause",
                ),
                None => self.whole_quotation(
                    qi,
                    None,
                    None,
                    Order::Subject,
                    "quote/direct/unattributed",
                ),
            };
            self.out.push(q);
        }
    }

    /// `Cruz called them on it: "…"`, `The board was blunt in its
    /// findings:` ¶ `"…"`: a quotation that opens right after a clause ending
    /// in a colon (in its own unit `lo..`, or the whole next paragraph) is
    /// that clause's statement; the clause's subject speaks when it names
    /// someone (a name, a listed noun, a document, a personal pronoun; not
    /// "it", "this"), and not after a passive ("was asked:").
    /// Returns the colon and the subject.
    fn colon_clause_subject(&self, qi: usize, lo: usize) -> Option<(usize, Np)> {
        let first = self.mqs[qi].pieces.first()?.first_tok;
        // The clause: before the colon in this unit, or the unit before when
        // the quotation opens this one and that unit ends with the colon.
        let (clo, c) = if first > lo && self.is_punct(first - 1, ":") && !self.in_quote(first - 1) {
            (lo, first - 1)
        } else if self.skip_fillers(lo, first) == first
            && self.prev_unit.1 == lo
            && self.prev_unit.1 > self.prev_unit.0
            && self.is_punct(lo - 1, ":")
            && !self.in_quote(lo - 1)
        {
            (self.prev_unit.0, lo - 1)
        } else {
            return None;
        };
        // A short clause with no quotation of its own.
        if c <= clo + 1 || c - clo > 24 || self.any_quoted(clo, c) {
            return None;
        }
        let np = self.unit_subject(clo, c)?;
        let h = np.hi - 1;
        let l_b = self.bits(h);
        let l = self.lw(h);
        let names = if is(l_b, B::PRONOUN) {
            matches!(l, "he" | "she" | "they" | "we" | "i")
        } else {
            // (A document speaks for its authors: "The note on the door
            // offered a warning:", as news reports quote statements.)
            (self.tokens[h].has(Token::CAP) && !is(l_b, B::TIME)
                || is(l_b, B::CLASS)
                || words::is_document(l))
                && !matches!(
                    l,
                    "this" | "that" | "these" | "those" | "there" | "here" | "what"
                )
        };
        if !names || np.hi >= c || self.passive_after(np.hi, c) {
            return None;
        }
        Some((c, np))
    }

    /// Does a passive verb ("was asked", "were told") follow the subject
    /// ending before `v`, before `c`? Its subject hears the words.
    fn passive_after(&self, mut v: usize, c: usize) -> bool {
        while v + 1 < c && self.is_word(v) && self.has(v, B::AUX_OR_ADVERB) && !self.has(v, B::BE) {
            v += 1;
        }
        if !(self.is_word(v) && self.has(v, B::BE) && v + 1 < c && self.is_word(v + 1)) {
            return false;
        }
        let p = self.lw(v + 1);
        p.ends_with("ed") || matches!(p, "told" | "shown" | "given" | "sent")
    }

    /// Is quotation `qi` the title of a work rather than words someone said:
    /// one piece in title case (most words capitalised) with a subtitle
    /// after a colon (`the book "Hard Roads: A Life in Politics"`), or right
    /// after "of", "on" or "in" (`host of "The Late Show With Ann Lee"`,
    /// `said on "Meet the Press Today"`)?
    fn names_a_work(&self, qi: usize) -> bool {
        let [p] = self.mqs[qi].pieces.as_slice() else {
            return false;
        };
        let (mut words, mut caps, mut subtitle) = (0usize, 0usize, false);
        for k in p.first_tok..=p.last_tok.min(self.tokens.len() - 1) {
            let t = &self.tokens[k];
            if t.kind == TokenKind::Word {
                words += 1;
                caps += usize::from(t.has(Token::CAP));
            } else if t.kind == TokenKind::Punct
                && self.punct(k) == b':'
                && self.tokens.get(k + 1).is_some_and(|n| n.has(Token::CAP))
            {
                subtitle = true;
            }
        }
        if words < 3 || caps * 4 < words * 3 {
            return false;
        }
        if subtitle {
            return true;
        }
        // The word before the opening mark.
        p.first_tok > 0
            && self.is_word(p.first_tok - 1)
            && matches!(self.lw(p.first_tok - 1), "of" | "on" | "in")
    }

    /// `Speaking to "Morning Desk" on Monday, …`, `spoke with her on the
    /// podcast "Town Talk"`: a form of "speak" at `v` then (after a time
    /// word) "to", "with", "in", "at", "during" or "before", or "on" before a
    /// capitalised quotation at `first`: the quotation names where the words
    /// were said, not what was said.
    fn speaks_at_venue(&self, v: usize, first: usize) -> bool {
        if !matches!(self.lw(v), "speak" | "speaks" | "spoke" | "speaking") {
            return false;
        }
        let mut k = v + 1;
        while k < first && self.is_word(k) && self.has(k, B::TIME) {
            k += 1;
        }
        k < first
            && self.is_word(k)
            && match self.lw(k) {
                "to" | "with" | "in" | "at" | "during" | "before" => true,
                "on" => self
                    .mqs
                    .get(self.owner[first] as usize)
                    .and_then(|m| m.pieces.first())
                    .is_some_and(|p| {
                        (p.first_tok..=p.last_tok)
                            .find(|&j| self.tokens[j].kind == TokenKind::Word)
                            .is_some_and(|j| self.tokens[j].has(Token::CAP))
                    }),
                _ => false,
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
        if let Some(q) = self.participle_after_quote(qi, lo, first, hi) {
            return Some(q);
        }
        // A headline or a line of its own: the subject stands on the
        // quotation's line.
        // (Looks back at most 64 tokens.)
        let line_lo = (first.saturating_sub(64).max(lo) + 1..=first)
            .rev()
            .find(|&k| self.tokens[k].has(Token::NEWLINE_BEFORE))
            .unwrap_or(lo);
        if self.any_quoted(line_lo, first) {
            return self.carried_fragment(qi, line_lo, first);
        }
        if let Some(q) = self.opening_participle(qi, line_lo, first, hi) {
            return Some(q);
        }
        let np = self.unit_subject(line_lo, first)?;
        // "It is strange that …", "It turns out …": no one speaks.
        if np.hi == np.lo + 1 && self.lw_is(np.lo, "it") {
            return None;
        }
        let mut np = np;
        let mut v = np.hi;
        // "Union leader Omar Haddad": a listed noun, then the name it titles.
        if v + 1 < first
            && self.is_word(v)
            && self.has(v, B::CLASS)
            && self.is_word(v + 1)
            && self.tokens[v + 1].has(Token::CAP)
        {
            let mut e = v + 1;
            while e < first && e < v + 5 && self.is_word(e) && self.tokens[e].has(Token::CAP) {
                e += 1;
            }
            np = Np { lo: np.lo, hi: e };
            v = e;
        } else if v + 1 < first
            && self.is_word(v)
            && !self.tokens[v].has(Token::CAP)
            && self.has(v, B::CLASS)
            && !self.has(v, B::TIME)
            && self.tokens[v - 1].has(Token::CAP)
            && (np.lo == self.skip_fillers(line_lo, first)
                || self.tokens[np.lo - 1].kind == TokenKind::Punct)
            && self.is_word(v + 1)
            && !self.tokens[v + 1].has(Token::CAP)
            && !self.has(v + 1, B::CLASS | B::NP_PREPOSITION | B::DETERMINER)
        {
            // "The Ruiz campaign", "the Hale ad": a name modifying a listed
            // noun that heads the subject.
            np = Np {
                lo: np.lo,
                hi: v + 1,
            };
            v += 1;
        }
        // "Jane Roe (R-Ohio)", "Jane Roe, the former governor,", "Roe,
        // meanwhile, who …,", "Roe -- who lost in 2008 --": a parenthesis,
        // an appositive, a sentence adverb or a relative clause after the
        // subject (two at most).
        if v < first && self.is_punct(v, "(") {
            v = (v + 1..first.min(v + 8)).find(|&k| self.is_punct(k, ")"))? + 1;
        }
        let mut n = 0;
        while n < 3 && v < first && matches!(self.tok(v), "," | "--" | "—" | "–") {
            n += 1;
            let open = self.tok(v);
            let adverb = |k: usize| {
                self.is_word(k) && self.has(k, B::LY_ADVERB | B::SENTENCE_FILLER | B::COMMA_ADVERB)
            };
            let relative = |k: usize| self.is_word(k) && matches!(self.lw(k), "who" | "whose");
            if open == "," && v + 2 < first && adverb(v + 1) && self.is_punct(v + 2, ",") {
                // The closing comma may open a relative clause next.
                v += 2;
                if !relative(v + 1) {
                    v += 1;
                    break;
                }
                continue;
            }
            let c = (v + 1..first.min(v + MAX_APPOSITIVE))
                .find(|&k| self.tokens[k].kind == TokenKind::Punct && self.tok(k) == open)?;
            if !relative(v + 1) {
                let app = self.appositive(c, line_lo)?;
                if app.hi < np.lo || app.lo >= np.hi {
                    return None;
                }
            }
            v = c + 1;
        }
        // A time between the subject and its verb: "Ruiz on Friday
        // described …", "Ruiz last week called …", "Ruiz Tuesday told …".
        if v < first && self.is_word(v) {
            let lead = matches!(
                self.lw(v),
                "on" | "last" | "this" | "early" | "late" | "earlier" | "later"
            );
            let from = if lead { v + 1 } else { v };
            if let Some(t) =
                (from..first.min(from + 2)).find(|&k| self.is_word(k) && self.has(k, B::TIME))
            {
                if (from..t).all(|k| self.is_word(k) && !self.tokens[k].has(Token::CAP))
                    && t + 1 < first
                    && self.is_word(t + 1)
                    && !self.tokens[t + 1].has(Token::CAP)
                {
                    v = t + 1;
                }
            }
        }
        // The verb: a lowercase word after optional auxiliaries and adverbs
        // (not a modal: "she would close" reports no speech).
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
        // (A listed noun or a time word is no verb: "former state
        // secretary …", "Ruiz Friday".)
        if is(
            l_b,
            B::ENDS_NP | B::DETERMINER | B::NP_PREPOSITION | B::CLASS | B::TIME | B::PRONOUN,
        ) || self.speaks_at_venue(v, first)
        {
            return None;
        }
        // The clause ends with its line (looking 200 tokens on).
        let hi = (first + 1..hi.min(first + 200))
            .find(|&k| self.tokens[k].has(Token::NEWLINE_BEFORE))
            .unwrap_or(hi);
        // A second verb phrase ("… and pledged to "…"") holds the words.
        let mut clo = v + 1;
        for k in first.saturating_sub(40).max(v + 1)..first {
            if let Some(e) = self.coordinated_verb(k, first) {
                clo = e;
            }
        }
        let hi = self.end_of_report(clo, hi);
        let (clo, chi) = self.trim_region(clo, hi);
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

    /// `She has proposed a "trade prosecutor" … and called for "…"`: a
    /// quotation `qi` (at `first`) after a quote of the same line and unit
    /// that was attributed (the last one made): the speaker carries over,
    /// unless a clause with a subject of its own opens between the two ("…,
    /// but Hale called it "…"": Hale). Only a fragment opening in lowercase;
    /// not after an indirect quote, nor past a colon, a semicolon or a dash.
    fn carried_fragment(&mut self, qi: usize, line_lo: usize, first: usize) -> Option<RawQuote> {
        if self.mqs[qi].pieces.len() != 1 {
            return None;
        }
        // A fragment opens in lowercase ("the number of …"); a capitalised
        // quotation after a quote is a title more often ("on CNN's "State of
        // the Union"").
        let p = self.mqs[qi].pieces[0];
        let w = (p.first_tok..=p.last_tok).find(|&k| self.tokens[k].kind == TokenKind::Word)?;
        if self.tokens[w].has(Token::CAP) {
            return None;
        }
        let prev = self.out.last()?;
        let at = self.tokens[first].span.start;
        if prev.span.start < self.tokens[line_lo].span.start
            || prev.span.end > at
            || prev.kind == QuoteKind::Indirect
            || prev.cue.is_none()
        {
            return None;
        }
        let speaker = prev.speaker?;
        let relative = prev.relative;
        // The first token after the previous quote.
        let mut from = first;
        while from > line_lo && self.tokens[from - 1].span.start >= prev.span.end {
            from -= 1;
        }
        if from >= first
            || self.any_quoted(from, first)
            || (from..first)
                .any(|k| matches!(self.punct(k), b':' | b';' | b'-') || self.tok(k) == "—")
        {
            return None;
        }
        let (speaker, relative) = match self.inner_clause_subject(from, first) {
            Some((np, rel)) => (np, rel),
            None => (speaker, relative),
        };
        self.used[qi] = true;
        let mut q = self.whole_quotation(
            qi,
            None,
            Some(speaker),
            Order::Inherited,
            "quote/mixed/carried",
        );
        q.kind = QuoteKind::Mixed;
        q.relative = relative;
        Some(q)
    }

    /// `"…," the board said, reasoning that he "did not have to …"`: a
    /// participle after a comma (or after "before"/"after" and a comma),
    /// within 20 tokens before the quotation `qi` at `first`, hangs on the
    /// clause of the quote this unit attributed last: the same speaker.
    fn participle_after_quote(
        &mut self,
        qi: usize,
        lo: usize,
        first: usize,
        hi: usize,
    ) -> Option<RawQuote> {
        let p = (first.saturating_sub(20).max(lo + 1)..first)
            .rev()
            .find(|&p| {
                self.is_word(p)
                    && !self.tokens[p].has(Token::CAP)
                    && self.has(p, B::ING)
                    && self.lw(p).len() > 5
                    && (self.is_punct(p - 1, ",")
                        || p >= lo + 2
                            && matches!(self.lw(p - 1), "before" | "after" | "while")
                            && self.is_punct(p - 2, ","))
            })?;
        if self.any_quoted(p, first)
            || (p..first).any(|k| matches!(self.punct(k), b'.' | b';' | b'?' | b'!'))
        {
            return None;
        }
        let unit_start = self.tokens[lo].span.start;
        let at = self.tokens[p].span.start;
        let last = self.out.last()?;
        if last.span.start < unit_start || last.span.end > at {
            return None;
        }
        // (Not a relative clause's speaker: "He held up the sign — which
        // read "…" — and waved it, mouthing "…"" hangs on He.)
        let (speaker, relative) = match last.relative {
            Some(_) => (self.unit_subject(lo, last.speaker?.lo)?, None),
            None => (last.speaker?, None),
        };
        let hi = (first + 1..hi.min(first + 200))
            .find(|&k| self.tokens[k].has(Token::NEWLINE_BEFORE))
            .unwrap_or(hi);
        // "…, before adding in English: "…"": after a colon, the quotation.
        let from = if self.is_punct(first - 1, ":") {
            first
        } else {
            p + 1
        };
        let hi = self.end_of_report(from, hi);
        let (clo, chi) = self.trim_region(from, hi);
        if clo >= chi {
            return None;
        }
        if (clo..chi).all(|k| self.in_quote(k) || self.tokens[k].kind == TokenKind::Punct) {
            self.used[qi] = true;
            return Some(self.whole_quotation(
                qi,
                Some(self.tokens[p].span),
                Some(speaker),
                Order::Inherited,
                "quote/direct/cue-before",
            ))
            .map(|mut q| {
                q.relative = relative;
                q
            });
        }
        for q in self.quotes_in(clo, chi) {
            if self.mqs[q].pieces.len() == 1 {
                self.used[q] = true;
            }
        }
        Some(self.fragment_quote(qi, (clo, chi), p, speaker, relative))
    }

    /// The fragment rule's quote: the words of tokens `clo..chi` (holding
    /// quotation `qi`), its verb at token `verb` as the cue, said by `speaker`.
    fn fragment_quote(
        &mut self,
        qi: usize,
        (clo, chi): (usize, usize),
        verb: usize,
        speaker: Np,
        relative: Option<usize>,
    ) -> RawQuote {
        self.used[qi] = true;
        let span = Span::new(self.tokens[clo].span.start, self.tokens[chi - 1].span.end);
        RawQuote {
            kind: QuoteKind::Mixed,
            content: vec![span],
            span,
            cue: Some(self.tokens[verb].span),
            speaker: Some(speaker),
            order: Order::Inherited,
            relative,
            rule: "quote/mixed/fragment",
        }
    }

    /// `Citing the "reveries" of voters, Will urged …`, `After saying …`: a
    /// fragment inside the participle phrase that opens the sentence at `lo` (the quotation
    /// `qi` starting at `first`) goes to the subject after the phrase, which
    /// ends at a comma after the quotation or at the quotation itself.
    fn opening_participle(
        &mut self,
        qi: usize,
        lo: usize,
        first: usize,
        hi: usize,
    ) -> Option<RawQuote> {
        let mut s = self.skip_fillers(lo, first);
        // ("After saying …", "While praising …".)
        if s + 2 < first
            && self.is_word(s)
            && matches!(
                self.lw(s),
                "after" | "before" | "while" | "upon" | "since" | "when" | "by" | "despite"
            )
        {
            s += 1;
        }
        if s + 1 >= first
            || first - s > 40
            || !self.is_word(s)
            || !self.has(s, B::ING)
            || self.lw(s).len() <= 5
            || (s..first).any(|k| self.is_punct(k, ","))
        {
            return None;
        }
        let end = self.mqs[qi].pieces.last()?.last_tok + 1;
        let c = (end..hi.min(end + 12)).find(|&k| self.is_punct(k, ",") && !self.in_quote(k));
        let at = c.map_or(end, |c| c + 1);
        let np = self.subject_at(at, hi)?;
        let mut v = np.hi;
        while v < hi && v < np.hi + 3 && self.is_word(v) && self.has(v, B::AUX_OR_ADVERB) {
            v += 1;
        }
        if v >= hi
            || !self.is_word(v)
            || self.tokens[v].has(Token::CAP)
            || self.has(v, B::ENDS_NP | B::NP_PREPOSITION | B::DETERMINER | B::CLASS)
            || (np.hi == np.lo + 1 && self.lw_is(np.lo, "it"))
        {
            return None;
        }
        if self.speaks_at_venue(s, first) {
            return None;
        }
        let (clo, chi) = self.trim_region(s + 1, c.unwrap_or(end));
        if clo >= chi {
            return None;
        }
        Some(self.fragment_quote(qi, (clo, chi), s, np, None))
    }

    /// Between a sentence's subject (ending at `lo`) and a quoted fragment at
    /// `first`: the subject of the last clause that opens there, a relative
    /// "who" before a verb after a name or a comma (the phrase before it,
    /// with "who" as its mention) or a pronoun after "although", "though",
    /// "while", "but" or "and". Looks back at most 30 tokens.
    fn inner_clause_subject(&self, lo: usize, first: usize) -> Option<(Np, Option<usize>)> {
        let from = first.saturating_sub(30).max(lo + 1);
        // A comma, dash or semicolon between a clause's start and the
        // quotation closes the clause ("Even if Ruiz fails …, she can …",
        // "…, which the board estimates would cost …, would risk "…"").
        let mut closed = false;
        for m in (from..first).rev() {
            if !self.in_quote(m)
                && (matches!(self.punct(m), b',' | b'-' | b';') || self.tok(m) == "—")
            {
                closed = true;
            }
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
                // "… as he keeps talking about "…"", "… when she called it
                // "…"", "…, which the judge called "…"": a clause with a
                // subject and a verb of its own.
                "although" | "though" | "while" | "but" | "and" | "as" | "when" | "because"
                | "since" | "whereas" | "after" | "before" | "until" | "once" | "which"
                | "what" | "whom" | "who"
                    if !closed =>
                {
                    let Some(np) = self.subject_at(m + 1, first) else {
                        continue;
                    };
                    // "… in Iowa and New Hampshire using her comments", "as
                    // the committee meeting began": a word in "-ing" right
                    // after the phrase makes it a noun, not a clause's subject.
                    if np.hi < first
                        && self.is_word(np.hi)
                        && self.has(np.hi, B::ING)
                        && self.lw(np.hi).len() > 4
                    {
                        continue;
                    }
                    // (After auxiliaries, adverbs and a time: "had long
                    // branded", "on Wednesday called".)
                    let mut v = np.hi;
                    while v < first
                        && v < np.hi + 3
                        && self.is_word(v)
                        && (self.has(v, B::AUX_OR_ADVERB | B::LY_ADVERB | B::TIME)
                            || self.lw_is(v, "on") && v + 1 < first && self.has(v + 1, B::TIME))
                    {
                        v += 1;
                    }
                    if v < first
                        && self.is_word(v)
                        && !self.tokens[v].has(Token::CAP)
                        && !self.has(
                            v,
                            B::ENDS_NP | B::DETERMINER | B::NP_PREPOSITION | B::CLASS | B::TIME,
                        )
                        && !(np.hi == np.lo + 1 && self.lw_is(np.lo, "it"))
                    {
                        return Some((np, None));
                    }
                }
                // "…, as governor, he signed a bill that created the "…"": a
                // pronoun after a comma opens the clause holding the words.
                "he" | "she" | "they" | "we"
                    if !closed
                        && m > lo
                        && self.is_punct(m - 1, ",")
                        && self.is_word(m + 1)
                        && !self.tokens[m + 1].has(Token::CAP)
                        && !self.has(m + 1, B::ENDS_NP | B::NP_PREPOSITION | B::DETERMINER) =>
                {
                    return Some((Np { lo: m, hi: m + 1 }, None));
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
