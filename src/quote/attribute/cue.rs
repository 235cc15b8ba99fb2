//! Cues in a unit (step 2 of the quote pass: marks → **cues** → speaker
//! phrase → resolution): every speech verb or "according to" outside
//! quotation marks that is used as a verb of saying, with the speaker phrase
//! ([`super::speaker`]) and the order it stands in. A noun use ("the
//! report", "his claims"), a capitalised word inside a sentence, a passive or
//! negated verb ("was told", "has not confirmed") is no cue.

use super::*;

impl<'a> Attributor<'a> {
    /// Every attribution of the unit `lo..hi`, in text order.
    pub(super) fn find_attrs(&self, lo: usize, hi: usize) -> Vec<Attr> {
        // Whether the unit is a title-case headline, found out when first needed.
        let title_case = std::cell::OnceCell::new();
        let title_case = || *title_case.get_or_init(|| self.is_title_case(lo, hi));
        let mut attrs: Vec<Attr> = Vec::new();
        // (A noun of saying reports only in a unit holding a quotation.)
        let quoted = self.any_quoted(lo, hi);
        let mut i = lo;
        while i < hi {
            if !self.is_word(i) {
                i += 1;
                continue;
            }
            // "Trump's claim that Obama "founded" it", "her remark that
            // "…"": a noun of saying after its owner reports the owner's
            // words when a quotation follows.
            // (The owner first, without a word-class look-up: most words
            // follow no possessive.)
            if quoted
                && i > lo
                && (self.tokens[i - 1].kind == TokenKind::Possessive || self.owner_pronoun(i - 1))
                && self.has(i, B::SPEECH_NOUN)
            {
                if let Some(np) = self.speech_noun_owner(i, lo, hi) {
                    attrs.push(Attr {
                        cue_lo: i,
                        cue_hi: i + 1,
                        speaker: np,
                        order: Order::Subject,
                        object: false,
                        unnamed: false,
                        after_relative: false,
                        noun: true,
                    });
                    i += 1;
                    continue;
                }
            }
            let span = self.tokens[i].span;
            let wb = &self.text.as_bytes()[span.start..span.end];
            // (The length first: the byte compare is a call.)
            if wb.len() == 9
                && wb.eq_ignore_ascii_case(b"according")
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
                        unnamed: false,
                        after_relative: false,
                        noun: false,
                    });
                    i = np.hi;
                    continue;
                }
            }
            // Two-word cues ("put it", "pointed out") are read apart.
            // (The first byte before the compare: most words open with no "c".)
            let phrasal = match wb.first() {
                Some(b'p') => self.phrasal_cue(i, lo, hi),
                Some(b'c' | b'C') if wb.len() >= 4 && wb[..4].eq_ignore_ascii_case(b"call") => {
                    self.phrasal_cue(i, lo, hi)
                }
                // (The particle first: one short token, rarely "on", "back" or "in".)
                Some(b'w' | b'g' | b's' | b'f' | b'c')
                    if i + 1 < hi
                        && (self.lw_is(i + 1, "on")
                            || self.lw_is(i + 1, "in")
                            || self.lw_is(i + 1, "back")) =>
                {
                    self.retort_cue(i, lo, hi)
                }
                _ => None,
            };
            // The cheap filter first: most words are no cue.
            if phrasal.is_none() && !self.cls.cues.may_be_cue(wb) {
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
            let Some((cw, width)) = phrasal.or_else(|| self.cls.cue_lower(i).map(|c| (c, 1)))
            else {
                i += 1;
                continue;
            };
            // "Several said", "most say they …": a quantifier standing for
            // people at the head of its clause, the subject of a verb that is
            // never a noun.
            let quantifier =
                (i > lo && self.quantifier_subject(i - 1, lo, cw)).then(|| Np { lo: i - 1, hi: i });
            // A noun use ("the report", "his claims") is no cue, nor a
            // base form after a name that a determiner opens ("the
            // Associated Press report", "a CNN report").
            if cw.noun_like && cw.base && i > lo && self.name_modifies(i, lo) {
                i += 1;
                continue;
            }
            if i > lo && self.is_word(i - 1) && quantifier.is_none() {
                let (l, l_b) = self.lwb(i - 1);
                // ("a mother of two replied": a count after "of" ends a phrase.)
                let count_of =
                    matches!(l, "one" | "two" | "three") && i >= lo + 2 && self.lw_is(i - 2, "of");
                if is(l_b, B::DETERMINER)
                    && l != "that"
                    && !count_of
                    && !self.lone_quantifier(i - 1, lo)
                {
                    i += 1;
                    continue;
                }
                // "the secretary of state said", "a matter of record": after
                // "of" a verb form is a noun (a gerund, "of saying", is not).
                if l == "of" && cw.form != Form::Ing {
                    i += 1;
                    continue;
                }
            }
            // (But "He’s claiming" is a pronoun and a contracted auxiliary.)
            if i > lo
                && self.tokens[i - 1].kind == TokenKind::Possessive
                && !(i >= lo + 2
                    && self.is_word(i - 2)
                    && matches!(self.lw(i - 2), "he" | "she" | "it"))
            {
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
            // "Asked whether …", "when asked about …", "was asked if …": a
            // question put by someone unnamed.
            // (Not inside the words of an earlier cue: "she said she was
            // asked to give a talk".)
            if width == 1
                && attrs.last().is_none_or(|a| a.unnamed)
                && self.unnamed_question(i, lo, hi)
            {
                attrs.push(Attr {
                    cue_lo: i,
                    cue_hi: i + 1,
                    speaker: Np { lo: i, hi: i + 1 },
                    order: Order::Inherited,
                    object: false,
                    unnamed: true,
                    after_relative: false,
                    noun: false,
                });
                i += 1;
                continue;
            }
            // The frame quotation, subject, cue: `"…," the senator and
            // candidate said`, `"…," Kelly charged in her speech`.
            let after_quote = if cw.form == Form::Finite && width == 1 {
                self.subject_after_quote(i, lo)
            } else {
                None
            };
            // "he continued." but not "they continued to stay away" (after a
            // quotation and its speaker, an adverbial may follow: "he
            // continued in a statement").
            let adverbial_after = after_quote.is_some()
                && i + 1 < hi
                && self.is_word(i + 1)
                && self.has(i + 1, B::OPENS_ADVERBIAL | B::LY_ADVERB);
            if cw.ends_clause
                && !adverbial_after
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
            if (cw.needs_clause && !self.clause_follows(i, i + width, hi))
                || (cw.needs_infinitive && !self.infinitive_follows(i + width, hi))
            {
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
                } else if prev_quote && self.ends_in_comma_quote(i - 1) {
                    // `"…," said the woman.`: right after a quotation that ends in a
                    // comma, the phrase after an inverting cue is its speaker, named
                    // or not ("said another", "said retired teacher Ana Ruiz").
                    found = self.np_inverted(i + 1, hi).map(|np| (np, Order::Inverted));
                }
            }
            // "She went on to say that …", "he wanted to say": the subject of the
            // verb that governs "to" (not when it refuses: "declined to say").
            if found.is_none() && cw.base && i >= lo + 3 && self.lw_is(i - 1, "to") {
                let mut v = i - 2;
                if v > lo && self.is_word(v) && self.has(v, B::PARTICLE | B::OPENS_ADVERBIAL) {
                    v -= 1;
                }
                let refuses = matches!(
                    self.lw(v),
                    "declined"
                        | "refused"
                        | "failed"
                        | "declines"
                        | "refuses"
                        | "fails"
                        | "decline"
                        | "refuse"
                        | "fail"
                        | "ordered"
                        | "asked"
                        | "told"
                        | "forced"
                );
                let lv = self.lw(v);
                let verb = (lv.ends_with("ed") && lv.len() > 4)
                    || matches!(
                        lv,
                        "went"
                            | "began"
                            | "wants"
                            | "tries"
                            | "needs"
                            | "hopes"
                            | "continues"
                            | "goes"
                            | "seems"
                            | "came"
                            | "got"
                            | "want"
                            | "try"
                            | "need"
                    );
                if v > lo
                    && self.is_word(v)
                    && !self.tokens[v].has(Token::CAP)
                    && verb
                    && !refuses
                    && !self.has(v, B::ENDS_NP | B::CLASS | B::DETERMINER)
                {
                    if let Some(Before::Np(np)) = self.np_before(v, lo, Form::Finite) {
                        found = Some((np, Order::Subject));
                    }
                }
                // "…," Sanders said, going on to say that …: a participle after
                // a comma hangs on the clause before and shares its speaker.
                if found.is_none()
                    && v > lo
                    && matches!(self.lw(v), "going" | "wanting" | "trying" | "seeming")
                    && self.is_punct(v - 1, ",")
                {
                    if let Some(prev) = attrs.last().filter(|p| !p.unnamed) {
                        found = Some((prev.speaker, Order::Inherited));
                    }
                }
            }
            if let (None, Some(np)) = (found, quantifier) {
                found = Some((np, Order::Subject));
            }
            if found.is_none() {
                match self.np_before(i, lo, cw.form) {
                    Some(Before::Np(np))
                        if self.plausible_subject(np, cw) && !self.time_word(np) =>
                    {
                        found = Some((np, Order::Subject))
                    }
                    Some(Before::Passive) => {
                        i += 1;
                        continue;
                    }
                    _ => {}
                }
                // Right after a quotation, the subject starts where it ends:
                // a phrase read backwards that stops short of it ("presidential
                // candidate" of "the Ohio senator and presidential candidate")
                // or finds nothing gives way to the words between.
                if let Some(np) = after_quote {
                    // (Also a description after the name and its comma: `"…,"
                    // Nate Silver, the polling guru who founded it said`.)
                    let short = match found {
                        Some((f, _)) => {
                            f.lo >= np.lo && f.hi <= np.hi && f != np
                                || f.lo > np.hi
                                    && self.is_punct(np.hi, ",")
                                    && self.name_between(np.lo, np.hi).is_some()
                                    && (!self.tokens[f.lo].has(Token::CAP)
                                        || self.has(f.lo, B::DETERMINER)
                                        || self.has(f.lo - 1, B::NP_PREPOSITION))
                        }
                        None => true,
                    };
                    if short && !self.negated_subject(np.hi, lo) && !self.time_word(np) {
                        found = Some((np, Order::Subject));
                    }
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
                    // "When he returned he began by saying": the subject of
                    // the verb right before, when it is a pronoun or a name.
                    let near = if i >= lo + 2
                        && self.lw_is(i - 1, "by")
                        && self.is_word(i - 2)
                        && !self.tokens[i - 2].has(Token::CAP)
                        && self.cue(i - 2).is_none()
                    {
                        match self.np_before(i - 2, lo, Form::Finite) {
                            Some(Before::Np(np))
                                if np.hi == np.lo + 1 && self.has(np.lo, B::PRONOUN) =>
                            {
                                Some(np)
                            }
                            _ => None,
                        }
                    } else {
                        None
                    };
                    near.or_else(|| self.unit_subject(lo, i - 1))
                };
                if let Some(np) = subject {
                    found = Some((np, Order::Inherited));
                }
            }
            if found.is_none() && cw.form == Form::Ing && (prev_comma || prev_quote || i == lo) {
                // (Not the cue of a relative clause: "He held up the sign —
                // which read "…" — and waved it, mouthing "…"" hangs on He.)
                let prev = attrs.last().filter(|p| !p.unnamed);
                if let Some(prev) = prev.filter(|p| !p.noun && !self.after_relative(p.cue_lo, lo)) {
                    found = Some((prev.speaker, Order::Inherited));
                } else if let Some(prev) = prev {
                    // "Obama rejected critics who say …, saying …", "Pence
                    // mocked Trump's claim that …, saying …": the clause the
                    // relative clause's phrase (or the noun's owner) stands in,
                    // else that phrase.
                    let np = self.clause_subject(lo, prev.speaker.lo);
                    found = Some((np.unwrap_or(prev.speaker), Order::Inherited));
                } else if prev_comma {
                    // "Kasich bemoaned the state of things, saying that …": the
                    // subject of the clause the participle hangs on.
                    if let Some(np) = self.clause_subject(lo, i) {
                        found = Some((np, Order::Inherited));
                    }
                }
            }
            // "The town released a statement saying …", "an ad calling it …":
            // a document noun before the participle; its author is the subject.
            // ("released a statement Wednesday saying": a day between.)
            let doc_at = if i > lo + 1 && self.is_word(i - 1) && self.has(i - 1, B::TIME) {
                i - 2
            } else {
                i.saturating_sub(1)
            };
            if found.is_none()
                && cw.form == Form::Ing
                && i > lo
                && doc_at >= lo
                && self.is_word(doc_at)
                && !self.tokens[doc_at].has(Token::CAP)
                && self.has(doc_at, B::ORGANIZATION)
                && attrs.last().is_none_or(|a| a.cue_hi <= lo)
            {
                if let Some(np) = self.clause_subject(lo, i) {
                    found = Some((np, Order::Inherited));
                }
            }
            // "denounced what he called a "breach"": the words belong to the clause's subject.
            if let Some((np, Order::Subject)) = found {
                // ("in which he pledged" is a clause of its own; "what Sroka
                // called "…"" keeps the name that did the calling.)
                if cw.needs_quote
                    && np.lo > lo
                    && !self.tokens[np.hi - 1].has(Token::CAP)
                    && (self.lw_is(np.lo - 1, "what")
                        || (self.lw_is(np.lo - 1, "which")
                            && !(np.lo >= lo + 2
                                && self.has(np.lo - 2, B::NP_PREPOSITION | B::OPENS_ADVERBIAL))))
                {
                    if let Some(subj) = self.unit_subject(lo, np.lo - 1) {
                        found = Some((subj, Order::Subject));
                    }
                }
            }
            // "In a CNN poll, 31% of Republicans said …": a share of the
            // people a poll asked speaks through the poll, which names them.
            if let Some((np, Order::Subject)) = found {
                if let Some(poll) = self.poll_before(np, lo) {
                    found = Some((poll, Order::Subject));
                }
            }
            // `said another witness, former trade adviser Dana Cole`: the name
            // after a description speaks; the words before it are a title.
            if let Some((np, Order::Inverted)) = found {
                if self.is_description(np) {
                    if let Some(name) = self.name_after_description(np.hi, hi) {
                        found = Some((name, Order::Inverted));
                    }
                }
            }
            // "items labeled "Made in the U.S.A."", "a film called "Home"": a
            // naming participle right before the quotation names the thing
            // before it; a common noun there is no speaker (a pronoun, a name
            // or a speaking noun is: "what he called "a farce"").
            if let Some((np, Order::Subject)) = found {
                let h = np.hi - 1;
                if width == 1
                    && i + 2 < hi
                    && (self.in_quote(i + 1)
                        || self.has(i + 1, B::DETERMINER) && self.in_quote(i + 2))
                    && matches!(
                        self.lw(i),
                        "called" | "labeled" | "labelled" | "dubbed" | "branded" | "termed"
                    )
                    && self.is_word(h)
                    && !self.tokens[h].has(Token::CAP)
                    && !self.has(h, B::PRONOUN | B::CLASS)
                {
                    i += 1;
                    continue;
                }
            }
            // `"…," said Tom Hale, a farmer, who said …`: the relative clause
            // hangs on the name, whose appositive the description is.
            if let (Some((np, Order::Subject)), Some(last)) = (found, attrs.last()) {
                if last.order == Order::Inverted
                    && np.lo == last.speaker.hi + 1
                    && self.is_punct(last.speaker.hi, ",")
                    && self.is_description(np)
                {
                    found = Some((last.speaker, Order::Subject));
                }
            }
            if let Some((np, order)) = found {
                if order == Order::Subject
                    && self.embedded(np, &attrs, lo, hi)
                    && !(np.lo > lo
                        && matches!(
                            self.lw(np.lo - 1),
                            "although" | "though" | "while" | "when" | "after" | "before"
                        )
                        && attrs
                            .last()
                            .is_some_and(|a| !self.any_quoted(a.cue_hi, np.lo))
                        && self.reports_quotation(i + width, hi))
                {
                    i += 1;
                    continue;
                }
                let mut after_relative = false;
                if let Some(last) = attrs.last() {
                    // One speaker, two cues: "X, who asked not to be named, said …"
                    // keeps the main clause; "X said and added" keeps the first.
                    // (`"…," said Beck, who said …` keeps both: two cues, each with
                    // words of its own.)
                    if last.order != Order::Inherited
                        && last.order != Order::Inverted
                        && np.hi == last.speaker.hi
                        && order == Order::Subject
                    {
                        if self.after_relative(last.cue_lo, lo) {
                            // "X, who said A, said B": both report, when the
                            // relative clause holds a clause of its own
                            // (not "who asked not to be named").
                            let r = last.cue_hi;
                            let reports = i >= r + 4
                                && self.is_punct(i - 1, ",")
                                && self.is_word(r)
                                && !matches!(self.lw(r), "not" | "to" | "on" | "for" | "in")
                                && self.content_strength(r, i - 1) >= 3;
                            if reports {
                                after_relative = true;
                            } else {
                                attrs.pop();
                            }
                        } else {
                            i += 1;
                            continue;
                        }
                    }
                }
                attrs.push(Attr {
                    cue_lo: i,
                    cue_hi: i + width,
                    speaker: np,
                    order,
                    object: cw.object,
                    unnamed: false,
                    after_relative,
                    noun: false,
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

    /// A verb and particle that take up or answer a quotation, at `i`:
    /// "went on", "shot back", "fired back", "cut in", "chimed in" (finite,
    /// lowercase), when the clause ends after them (`"…," she went on.`,
    /// `Bennett shot back with a laugh.`) or a quotation follows
    /// (`he shot back: "…"`), and the unit holds a quotation. "went on to
    /// say" is read at "say"; "shot back into the lead" is no cue.
    fn retort_cue(&self, i: usize, lo: usize, hi: usize) -> Option<(CueWord, usize)> {
        let span = self.tokens[i].span;
        if !matches!(span.len(), 3..=6) || i + 2 > hi || !self.any_quoted(lo, hi) {
            return None;
        }
        let fits_particle = match self.tok(i) {
            "went" | "goes" => self.tok(i + 1) == "on",
            "shot" | "shoots" | "fired" | "fires" => self.tok(i + 1) == "back",
            "cut" | "cuts" | "chimed" | "chimes" => self.tok(i + 1) == "in",
            _ => false,
        };
        if !fits_particle {
            return None;
        }
        let k = i + 2;
        let fits = k >= hi
            || self.in_quote(k)
            || matches!(self.punct(k), b',' | b':' | b'.' | b';' | b'!' | b'?')
            || self.lw_is(k, "with") && k + 2 < hi && matches!(self.lw(k + 1), "a" | "an");
        if !fits {
            return None;
        }
        let cue = CueWord {
            form: Form::Finite,
            inverts: false,
            object: false,
            noun_like: false,
            needs_quote: false,
            base: false,
            ends_clause: false,
            needs_clause: false,
            needs_infinitive: false,
        };
        Some((cue, 2))
    }

    /// A cue of two words at `i`, with its width: "put it" / "puts it" when
    /// the clause or a quotation follows ("as the mayor put it,", "Ruiz put it
    /// bluntly:"), and "point out" in every form when what follows is a report
    /// or its end ("pointed out that", "points out.", "pointing out to
    /// reporters that"). "put it on the table", "pointed out the window" and
    /// the speaker's own "to put it mildly" are no cue. Looks two tokens on.
    fn phrasal_cue(&self, i: usize, lo: usize, hi: usize) -> Option<(CueWord, usize)> {
        let span = self.tokens[i].span;
        let b = self.text.as_bytes();
        if !matches!(span.len(), 3..=8) || !matches!(b[span.start], b'p' | b'c') || i + 2 > hi {
            return None;
        }
        let w = self.tok(i);
        if w.starts_with('c') {
            return self.call_for(i, hi);
        }
        let (form, base) = match w {
            "put" | "puts" if self.tok(i + 1) == "it" => (Form::Finite, false),
            "point" | "points" | "pointed" if self.tok(i + 1) == "out" => {
                (Form::Finite, w == "point")
            }
            "pointing" if self.tok(i + 1) == "out" => (Form::Ing, false),
            _ => return None,
        };
        if i > lo && self.lw_is(i - 1, "to") && w.starts_with("put") {
            return None;
        }
        // What follows the two words.
        let mut k = i + 2;
        if w.starts_with("put") && k < hi && self.is_word(k) && self.has(k, B::LY_ADVERB) {
            k += 1;
        }
        // "as the mayor put it on Monday," is the idiom whatever follows.
        let as_clause = w.starts_with("put") && self.in_as_clause(i, lo);
        let fits = k >= hi
            || as_clause
            || self.in_quote(k)
            || matches!(self.punct(k), b',' | b':' | b'.' | b';' | b'!' | b'?')
            || !w.starts_with("put") && self.is_word(k) && matches!(self.lw(k), "that" | "to");
        if !fits {
            return None;
        }
        let cue = CueWord {
            form,
            inverts: false,
            object: false,
            noun_like: false,
            needs_quote: false,
            base,
            ends_clause: false,
            needs_clause: false,
            needs_infinitive: false,
        };
        Some((cue, 2))
    }

    /// "call for" / "call on" in every form, a demand made in words ("called
    /// for a ban on …", "calls on the council to resign"), when a phrase
    /// follows that is no time ("called on Monday" is a visit or a telephone
    /// call). Looks three tokens on.
    fn call_for(&self, i: usize, hi: usize) -> Option<(CueWord, usize)> {
        let w = self.tok(i);
        let (form, base) = match w {
            "call" => (Form::Finite, true),
            "calls" | "called" => (Form::Finite, false),
            "calling" => (Form::Ing, false),
            _ => return None,
        };
        if i + 2 >= hi || !self.is_word(i + 1) || !matches!(self.tok(i + 1), "for" | "on") {
            return None;
        }
        let k = i + 2;
        let next_ok = self.in_quote(k)
            || (self.is_word(k) || self.is_number(k)) && !self.has(k, B::TIME | B::PERIOD);
        if !next_ok {
            return None;
        }
        let cue = CueWord {
            form,
            inverts: false,
            object: false,
            // ("Growing calls for an inquiry": "call" and "calls" are nouns too.)
            noun_like: matches!(w, "call" | "calls"),
            needs_quote: false,
            base,
            ends_clause: false,
            needs_clause: false,
            needs_infinitive: false,
        };
        Some((cue, 2))
    }

    /// Is the cue at `i` an "asked" whose asker goes unnamed, with the
    /// question after it? It opens the sentence ("Asked whether …"), follows
    /// "when", "if", "once", a comma ("Ruiz, asked about …, said") or a
    /// passive auxiliary ("was asked if …"), and what follows is "about", a
    /// question word, or "to" and a verb within a few words ("asked in Iowa
    /// whether …"). "Asked by a reporter" names the asker: not this rule.
    fn unnamed_question(&self, i: usize, lo: usize, hi: usize) -> bool {
        if !self.lw_is(i, "asked") || i + 1 >= hi || !self.is_word(i + 1) {
            return false;
        }
        let opens = i == self.skip_fillers(lo, hi)
            || i > lo
                && (self.is_punct(i - 1, ",")
                    || self.is_word(i - 1)
                        && matches!(
                            self.lw(i - 1),
                            "when" | "if" | "once" | "was" | "were" | "being" | "been"
                        ));
        if !opens {
            return false;
        }
        for k in i + 1..hi.min(i + 6) {
            if !self.is_word(k) || self.lw_is(k, "by") {
                return false;
            }
            let l = self.lw(k);
            if matches!(
                l,
                "about"
                    | "whether"
                    | "if"
                    | "why"
                    | "how"
                    | "what"
                    | "who"
                    | "when"
                    | "where"
                    | "which"
            ) || l == "to"
                && k + 1 < hi
                && self.is_word(k + 1)
                && !self.has(k + 1, B::DETERMINER)
            {
                return true;
            }
        }
        false
    }

    /// Does a reported clause, a quotation or the end of the clause come at
    /// `k`, right after the cue at `i` that needs one? A clause opens with
    /// "that", "whether", "if" or a question word within a few words ("agreed
    /// with her that …", "questioned how …"), or shows its verb there; the
    /// end is punctuation, or the speaker after a quotation (`"…," agreed the
    /// mayor`).
    fn clause_follows(&self, i: usize, k: usize, hi: usize) -> bool {
        // `"…," agreed the mayor`, `"…," the mayor agreed`.
        if i > 0 && self.in_quote(i - 1) || self.subject_after_quote(i, self.unit_lo).is_some() {
            return true;
        }
        if k >= hi || self.in_quote(k) {
            return true;
        }
        if matches!(self.punct(k), b'.' | b':' | b';' | b'!' | b'?') {
            return true;
        }
        for j in k..hi.min(k + 6) {
            if self.in_quote(j) {
                return true;
            }
            if !self.is_word(j) {
                // (A comma ends the search unless the cue stands right
                // before it: "attacked the ruling, saying …" holds no
                // clause of its own.)
                if self.is_punct(j, ",") && j == k {
                    continue;
                }
                return false;
            }
            let l = self.lw(j);
            if l == "that"
                || j == k
                    && matches!(
                        l,
                        "whether" | "if" | "why" | "how" | "what" | "who" | "when"
                    )
            {
                return true;
            }
            // ("questioned two men who were seen …": a relative clause.)
            if matches!(l, "who" | "which" | "whose" | "whom") {
                return false;
            }
            // A clause without "that": a subject pronoun first ("maintained
            // it had …"), or a finite auxiliary after a short subject ("the
            // sale was lawful", "the measure would pass").
            if (j == k && matches!(l, "he" | "she" | "it" | "they" | "we" | "i" | "you"))
                || (j > k && self.has(j, B::BE | B::OPENS_WITH_VERB))
            {
                return true;
            }
        }
        false
    }

    /// Do "to" and a verb come at `k` ("declined to comment")? The word
    /// after "to" is a lowercase word that no determiner, number or
    /// capitalised name is.
    fn infinitive_follows(&self, k: usize, hi: usize) -> bool {
        k + 1 < hi
            && self.is_word(k)
            && self.lw_is(k, "to")
            && self.is_word(k + 1)
            && !self.tokens[k + 1].has(Token::CAP)
            && !self.has(
                k + 1,
                B::DETERMINER | B::PRONOUN | B::NP_PREPOSITION | B::OPENS_ADVERBIAL,
            )
            && !matches!(
                self.lw(k + 1),
                "around" | "nearly" | "almost" | "roughly" | "just" | "below" | "under"
            )
    }

    /// Is token `q`, right before the cue `cw`, a quantifier that stands
    /// for people as the subject ("Several said", "but most say")? It opens
    /// its clause (the unit, or after punctuation or "and"/"but"), and the
    /// cue is a finite verb that no noun shares ("said", "say", "told"),
    /// unlike "some claims" or "many reports".
    fn quantifier_subject(&self, q: usize, lo: usize, cw: CueWord) -> bool {
        if cw.form != Form::Finite || cw.noun_like || !self.is_word(q) {
            return false;
        }
        if !matches!(
            self.lw(q),
            "some" | "many" | "several" | "most" | "few" | "both" | "all" | "others"
        ) || self.lw_is(q, "all") && self.lw_is(q + 1, "told")
        {
            // ("All told, the bill came to …" is an idiom.)
            return false;
        }
        q == self.skip_fillers(lo, q + 1)
            || q > lo
                && (self.tokens[q - 1].kind == TokenKind::Punct && !self.in_quote(q - 1)
                    || self.is_word(q - 1) && matches!(self.lw(q - 1), "and" | "but" | "while"))
    }

    /// Where the words of a cue end (the comma), when its subject `np` (the
    /// cue ending at `end`) opens a subordinate
    /// clause at the head of its sentence (or after an opening phrase and its
    /// comma) that a comma closes before any report ("that", a quotation, a
    /// colon), the main clause's subject and verb right after it: its words
    /// stop there and the main clause is no report of it. ("As Ruiz
    /// said, …" is no such clause: it attributes the main clause.) "When Ruiz
    /// announced her bid in May, she called …", "Ever since Lee declared,
    /// he has …", "…, after the interview concluded, Ruiz wrote …". Looks
    /// at most 16 tokens on.
    pub(super) fn opening_clause_end(
        &self,
        np: Np,
        end: usize,
        lo: usize,
        hi: usize,
    ) -> Option<usize> {
        if np.lo <= lo || !self.is_word(np.lo - 1) {
            return None;
        }
        let sub = np.lo - 1;
        if !matches!(
            self.lw(sub),
            "when" | "after" | "since" | "before" | "while" | "once" | "until"
        ) {
            return None;
        }
        let mut head = sub;
        if head > lo
            && self.is_word(head - 1)
            && matches!(
                self.lw(head - 1),
                "ever" | "even" | "just" | "shortly" | "soon" | "long"
            )
        {
            head -= 1;
        }
        let opens = head == self.skip_fillers(lo, head + 1)
            || head > lo && self.is_punct(head - 1, ",") && !self.in_quote(head - 1);
        if !opens {
            return None;
        }
        let c = (end..hi.min(end + 16)).find(|&k| {
            self.in_quote(k)
                || matches!(self.punct(k), b',' | b':' | b';' | b'.')
                || self.is_word(k) && matches!(self.lw(k), "that" | "whether" | "if")
        })?;
        if !self.is_punct(c, ",") || self.in_quote(c) {
            return None;
        }
        let subj = self.subject_at(c + 1, hi)?;
        let mut v = subj.hi;
        while v < hi && v < subj.hi + 3 && self.is_word(v) && self.has(v, B::AUX_OR_ADVERB) {
            v += 1;
        }
        // (Or a pronoun with a contracted auxiliary: "she's said".)
        let verb = v < hi
            && (self.is_word(v)
                && !self.tokens[v].has(Token::CAP)
                && !self.has(v, B::ENDS_NP | B::NP_PREPOSITION | B::DETERMINER)
                || self.has(v - 1, B::CONTRACTED_PRONOUN)
                || self.tokens[v].kind == TokenKind::Possessive && self.has(v - 1, B::PRONOUN));
        verb.then_some(c)
    }

    /// Is token `k` "his", "her", "its" or "their"? (Length and first
    /// letter first: most tokens are turned away without a look-up.)
    #[inline]
    fn owner_pronoun(&self, k: usize) -> bool {
        let sp = self.tokens[k].span;
        matches!(sp.len(), 3 | 5)
            && matches!(
                self.text.as_bytes()[sp.start],
                b'h' | b'H' | b'i' | b'I' | b't' | b'T'
            )
            && self.is_word(k)
            && matches!(self.lw(k), "his" | "her" | "its" | "their")
    }

    /// The owner of the noun of saying at `i` ([`B::SPEECH_NOUN`]) right
    /// after "his", "her", "their", "its" or a name's (or a listed noun's)
    /// possessive, the object of a preposition, when "that", "of", "to" or
    /// "for" follows it and a quotation in the same clause: "over Trump's
    /// claim that …", "over her remark that "…"", "with his calls to end the
    /// "rigged economy"". "his remarks at the rally", "the claim that …" (no
    /// owner), "repeated his claim that …" (the verb's subject speaks) are none.
    pub(super) fn speech_noun_owner(&self, i: usize, lo: usize, hi: usize) -> Option<Np> {
        let j = i + 1;
        if j >= hi
            || !(self.is_word(j) && matches!(self.lw(j), "that" | "of" | "to" | "for"))
            || !self.any_quoted(j, hi.min(j + 25))
        {
            return None;
        }
        // The quotation stands in the noun's own clause: no comma nor a
        // later "is" before it ("Ruiz's claim that Lee lied is "false""
        // quotes someone else).
        let q = (j..hi).find(|&k| self.in_quote(k))?;
        // (A verb "is" right after the clause's subject is its own: "that
        // the tax was "…"".)
        if (j..q).any(|k| {
            self.is_punct(k, ",")
                || k > j + 4
                    && self.is_word(k)
                    && matches!(self.lw(k), "is" | "was" | "are" | "were")
        }) {
            return None;
        }
        let p = i - 1;
        let np = if self.tokens[p].kind == TokenKind::Possessive {
            if p <= lo || !self.is_word(p - 1) || self.lw_is(p - 1, "it") {
                return None;
            }
            // A name ("Donald Trump's"), else a listed noun's phrase ("the
            // senator's").
            let h = p - 1;
            if self.tokens[h].has(Token::CAP) && self.in_entity(h) {
                let mut s = h;
                while s > lo
                    && h - s < 4
                    && self.is_word(s - 1)
                    && self.tokens[s - 1].has(Token::CAP)
                    && self.in_entity(s - 1)
                {
                    s -= 1;
                }
                Np { lo: s, hi: h + 1 }
            } else if self.has(h, B::CLASS) {
                // ("the senator's", "the city's top lawyer's".)
                let mut s = h;
                while s > lo
                    && h - s < 3
                    && self.is_word(s - 1)
                    && !self.tokens[s - 1].has(Token::CAP)
                    && !self.has(
                        s - 1,
                        B::DETERMINER | B::ENDS_NP | B::NP_PREPOSITION | B::OPENS_ADVERBIAL,
                    )
                {
                    s -= 1;
                }
                if s > lo && self.is_word(s - 1) && self.has(s - 1, B::DETERMINER) {
                    s -= 1;
                }
                Np { lo: s, hi: h + 1 }
            } else {
                return None;
            }
        } else if matches!(self.lw(p), "his" | "her" | "their" | "its") {
            Np { lo: p, hi: p + 1 }
        } else {
            return None;
        };
        // The phrase is a preposition's object ("over her remark that",
        // "out of Trump's claim that"): as a verb's object ("repeated his
        // claim", "blasted Lee's call for"), the verb's subject speaks.
        let b = np.lo.checked_sub(1).filter(|&b| b >= lo)?;
        let prep = self.is_word(b)
            && (self.has(b, B::NP_PREPOSITION | B::OPENS_ADVERBIAL)
                || matches!(
                    self.lw(b),
                    "over" | "with" | "between" | "against" | "despite" | "amid" | "into"
                ));
        prep.then_some(np)
    }

    /// Is token `k` a lowercase "-ing" participle ("citing", "referring")?
    pub(super) fn is_participle(&self, k: usize) -> bool {
        k < self.tokens.len()
            && self.is_word(k)
            && !self.tokens[k].has(Token::CAP)
            && self.lw(k).ends_with("ing")
            && self.tok(k).len() > 4
    }

    /// Is `lo..hi` a title-case headline (most words outside quotes capitalised)?
    pub(super) fn is_title_case(&self, lo: usize, hi: usize) -> bool {
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
    pub(super) fn quote_in_reach(&self, i: usize, lo: usize, hi: usize) -> bool {
        if self.any_quoted(i.saturating_sub(3).max(lo), i) {
            return true;
        }
        // `"…," the sign on the door read`: a quotation right before the
        // cue's subject (words only, up to `MAX_NP` of them).
        let mut k = i;
        while k > lo && i - k <= MAX_NP {
            k -= 1;
            if self.in_quote(k) {
                return true;
            }
            if !self.is_word(k) && self.tokens[k].kind != TokenKind::Possessive {
                break;
            }
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
}
