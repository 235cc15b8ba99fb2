//! Speaker phrases: who a cue's words belong to, read from the clause
//! around the cue (step 3 of the quote pass: marks → cues → **speaker
//! phrase** → resolution).
//!
//! Before the cue, the subject of the cue verb (`X said`), skipping
//! auxiliaries, adverbs and time phrases (`X last week said`), appositives
//! (`X, a spokesman for Y, said`), relative clauses, ages and parentheses;
//! after an opening phrase or a dateline, the subject of the main clause. After
//! an inverting cue, the phrase that ends the clause (`"…," said the woman`,
//! `said X, title of Y` takes X). A participle (`…, saying …`) takes the
//! subject of the clause it hangs on. A phrase that cannot speak is refused:
//! an adverb, a time, a dateline, a verb phrase (`who have done the sums`).
//! Every window is bounded (`MAX_NP`, `MAX_APPOSITIVE`, a few dozen tokens).

use super::*;

pub(super) enum Before {
    Np(Np),
    Passive,
}

impl<'a> Attributor<'a> {
    /// `X criticised the plan and said …`: a cue after "and" shares the
    /// subject of the clause before (the previous cue's speaker, or the
    /// phrase that opens the sentence when it names someone).
    pub(super) fn coordinated_subject(&self, i: usize, lo: usize, attrs: &[Attr]) -> Option<Np> {
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
                // (Not the object of the verb before: "brought up the
                // Oklahoma City bombing and said".)
                if self.tokens[j].has(Token::CAP) && self.in_entity(j) {
                    if let Some(np) = self.np_core(j, lo).filter(|np| {
                        np.lo == lo
                            || !self.is_word(np.lo - 1)
                            || self.has(np.lo - 1, B::SENTENCE_FILLER)
                            || matches!(self.lw(np.lo - 1), "and" | "but" | "then" | "so")
                    }) {
                        return Some(np);
                    }
                }
            }
        }
        // "…, he looked into the camera, furrowed his brow and said": the
        // subject of the nearest clause that opens after a comma, when it
        // comes after the cue before.
        // (Only after a cue of the unit; the subject is a pronoun or a name.)
        if let Some(a) = attrs.last() {
            let floor = a.cue_hi.max(a.speaker.hi).max(k.saturating_sub(30));
            if let Some(np) = self.subject_after_comma(floor, k - 1) {
                return Some(np);
            }
        }
        if let Some(prev) = attrs.last().filter(|p| !p.unnamed) {
            return Some(prev.speaker);
        }
        // "X started the rant when he brought up Y and later said": a pronoun
        // subject of the nearer clause; else the sentence's subject.
        // (Not after "as": "as a U.S. senator" is no clause.)
        self.clause_subject(lo, k)
            .filter(|np| {
                (np.hi == np.lo + 1 && self.has(np.lo, B::PRONOUN)
                    || self.tokens[np.lo].has(Token::CAP) && self.in_entity(np.lo))
                    && np.lo > lo
                    && !self.lw_is(np.lo - 1, "as")
            })
            .or_else(|| self.unit_subject(lo, k))
    }

    /// The subject of the last clause that a comma opens in `floor..k`: a
    /// pronoun or a name followed by a lowercase word (its verb). Looks back
    /// at most 30 tokens.
    pub(super) fn subject_after_comma(&self, floor: usize, k: usize) -> Option<Np> {
        let floor = floor.max(k.saturating_sub(30));
        let mut c = k;
        while c > floor {
            c -= 1;
            if self.in_quote(c) {
                return None;
            }
            if !self.is_punct(c, ",") {
                continue;
            }
            if let Some(np) = self.subject_at(c + 1, k) {
                let named = np.hi == np.lo + 1 && self.has(np.lo, B::PRONOUN)
                    || self.tokens[np.lo].has(Token::CAP) && self.in_entity(np.lo);
                if named
                    && np.hi < k
                    && self.is_word(np.hi)
                    && !self.tokens[np.hi].has(Token::CAP)
                    && !self.has(np.hi, B::NP_PREPOSITION | B::ENDS_NP | B::DETERMINER)
                {
                    return Some(np);
                }
            }
        }
        None
    }

    /// The subject opening the unit `lo..`, before token `k`, when it names someone.
    pub(super) fn unit_subject(&self, lo: usize, k: usize) -> Option<Np> {
        let mut s = self.skip_dateline(self.skip_fillers(lo, k), k);
        s = self.skip_fillers(s, k);
        // "And then Ruiz went …", "Later, …": an opening adverb.
        if s + 1 < k
            && self.is_word(s)
            && self.is_word(s + 1)
            && !self.tokens[s + 1].has(Token::HYPHEN)
            && matches!(
                self.lw(s),
                "then" | "later" | "also" | "finally" | "still" | "now"
            )
        {
            s += 1;
        }
        s = self.skip_intro(s, k);
        if let Some(c) = (s..k.min(s + 10)).find(|&j| self.is_punct(j, ",")) {
            // An opening phrase ("In January, …", "Meanwhile, …", "Eight
            // years ago, …"), not an appositive.
            let (l, l_b) = self.lwb(s);
            if self.is_intro(s, c + 1)
                || (c == s + 1 && (l.ends_with("ly") || is(l_b, B::SENTENCE_FILLER)))
                || (c <= s + 5
                    && c > s + 1
                    && matches!(self.lw(c - 1), "ago" | "later" | "earlier"))
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
            // "Romney went to Ohio, calling …", "Romney went after Trump
            // over his taxes, calling …": a name after a preposition is
            // its object, not the subject.
            if j > s
                && self.is_word(j - 1)
                && !self.tokens[j - 1].has(Token::CAP)
                && (self.has(j - 1, B::NP_PREPOSITION)
                    || matches!(
                        self.lw(j - 1),
                        "to" | "into"
                            | "about"
                            | "against"
                            | "over"
                            | "through"
                            | "during"
                            | "via"
                            | "after"
                            | "before"
                            | "by"
                            | "toward"
                            | "towards"
                            | "across"
                            | "under"
                            | "behind"
                            | "than"
                    ))
            {
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

    /// The subject of the clause that ends at token `k`: after the last
    /// subordinating word of the unit that a subject and its verb follow
    /// ("… as a maintenance man walks in, saying"), else the unit's subject.
    pub(super) fn clause_subject(&self, lo: usize, k: usize) -> Option<Np> {
        let from = k.saturating_sub(30).max(lo);
        for c in (from..k).rev() {
            if self.in_quote(c) {
                break;
            }
            if !self.is_word(c)
                || !matches!(
                    self.lw(c),
                    "as" | "when"
                        | "while"
                        | "because"
                        | "after"
                        | "before"
                        | "since"
                        | "although"
                        | "though"
                        | "until"
                        | "whereas"
                )
            {
                continue;
            }
            if let Some(np) = self.subject_at(c + 1, k) {
                // ("as the board meeting opened": a word in "-ing" after the
                // phrase makes it a noun.)
                if np.hi < k
                    && self.is_word(np.hi)
                    && !self.tokens[np.hi].has(Token::CAP)
                    && !self.has(np.hi, B::NP_PREPOSITION | B::ENDS_NP)
                    && !(self.has(np.hi, B::ING) && self.lw(np.hi).len() > 4)
                {
                    return Some(np);
                }
            }
        }
        self.unit_subject(lo, k)
    }

    /// After an opening phrase ("Speaking at a town hall in Salem, New
    /// Hampshire,", "After the Paris attacks,", "When pressed,"): the start of
    /// the main clause, the first comma after which a subject and a lowercase
    /// word (its verb) follow; else `s`. Looks at most 30 tokens ahead.
    pub(super) fn skip_intro(&self, s: usize, k: usize) -> usize {
        if s >= k || !self.is_word(s) {
            return s;
        }
        let (l, l_b) = self.lwb(s);
        let opens = is(l_b, B::OPENS_ADVERBIAL | B::SENTENCE_FILLER | B::TIME)
            || (is(l_b, B::ING) && l.len() > 4)
            // "Immediately after the attacks,", "Shortly before noon,".
            || (is(l_b, B::LY_ADVERB)
                && s + 1 < k
                && (self.has(s + 1, B::OPENS_ADVERBIAL)
                    || matches!(self.lw(s + 1), "after" | "before" | "during" | "following")))
            || matches!(
                l,
                "when"
                    | "if"
                    | "although"
                    | "though"
                    | "because"
                    | "despite"
                    | "amid"
                    | "unlike"
                    | "like"
                    | "following"
                    | "asked"
                    | "pressed"
                    | "once"
                    | "until"
                    | "whether"
                    // Places: "Outside the arena,", "Here in Columbia,", "Back in Ohio,".
                    | "outside"
                    | "inside"
                    | "across"
                    | "near"
                    | "around"
                    | "along"
                    | "among"
                    | "behind"
                    | "beyond"
                    | "throughout"
                    | "within"
                    | "under"
                    | "here"
                    | "back"
                    | "elsewhere"
            );
        if !opens {
            return s;
        }
        for c in s + 1..k.min(s + 30) {
            if self.in_quote(c) {
                return s;
            }
            if !self.is_punct(c, ",") {
                continue;
            }
            if let Some(np) = self.subject_at(c + 1, k) {
                if np.hi < k
                    && self.is_word(np.hi)
                    && !self.tokens[np.hi].has(Token::CAP)
                    && !self.has(np.hi, B::NP_PREPOSITION)
                {
                    return c + 1;
                }
            }
        }
        s
    }

    /// After a dateline that opens a paragraph (`TOLEDO, Ohio —`,
    /// `WASHINGTON (Reuters) -`): the first token of the story; else `s`.
    /// A dateline is a word in capitals, then at most a dozen tokens of names,
    /// commas, dots and brackets, ended by a dash.
    pub(super) fn skip_dateline(&self, s: usize, k: usize) -> usize {
        // "TOLEDO, Ohio —", or a title-case place with its agency in
        // parentheses: "New York (AFP) –".
        if s >= k
            || !self.tokens[s].has(Token::PARA_START)
            || !self.is_word(s)
            || !self.tokens[s].has(Token::CAP)
        {
            return s;
        }
        let upper = self.tokens[s].has(Token::UPPER);
        let mut agency = false;
        for j in s + 1..k.min(s + 14) {
            if self.punct(j) == b')' && j >= s + 3 && self.punct(j - 2) == b'(' {
                agency |= self.tokens[j - 1].has(Token::UPPER);
            }
            if self.in_quote(j) {
                return s;
            }
            match self.tokens[j].kind {
                TokenKind::Word | TokenKind::Number => {
                    if !self.tokens[j].has(Token::CAP) && self.tokens[j].kind == TokenKind::Word {
                        return s;
                    }
                }
                TokenKind::Possessive => return s,
                TokenKind::Punct => match self.tok(j) {
                    "," | "." | "(" | ")" => {}
                    "—" | "–" | "-" | "--" if upper || agency => return j + 1,
                    _ => return s,
                },
            }
        }
        s
    }

    /// If a named entity starts at token `j`, the index of its last token.
    pub(super) fn entity_end(&self, j: usize) -> Option<usize> {
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
    pub(super) fn subject_at(&self, s: usize, limit: usize) -> Option<Np> {
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
            // ("Officials", "Prosecutors": a listed noun opening the sentence,
            // not a modifier of one: "Republican presidential candidate".)
            let listed = e == s + 1
                && is(l_b, B::CLASS)
                && !is(l_b, B::TIME)
                && !(e..limit.min(e + 2)).any(|k| self.is_word(k) && self.has(k, B::CLASS));
            if named || listed {
                // "The Blaze's Matt Walsh": a name after a possessive name.
                if e + 1 < limit
                    && self.tokens[e].kind == TokenKind::Possessive
                    && self.is_word(e + 1)
                    && self.tokens[e + 1].has(Token::CAP)
                    && self.in_entity(e + 1)
                {
                    let mut n = e + 1;
                    while n < limit
                        && n - e <= 4
                        && self.is_word(n)
                        && self.tokens[n].has(Token::CAP)
                    {
                        n += 1;
                    }
                    return Some(Np { lo: s, hi: n });
                }
                return Some(Np { lo: s, hi: e });
            }
            // "Federal prosecutors dropped the case, saying …": a capitalised
            // modifier opening the sentence before a listed noun (at most one
            // more word between them).
            const CLOSED: u32 = B::PRONOUN
                | B::AUX_OR_ADVERB
                | B::BE
                | B::ENDS_NP
                | B::DETERMINER
                | B::NP_PREPOSITION
                | B::OPENS_ADVERBIAL
                | B::SENTENCE_FILLER
                | B::TIME
                | B::OPENS_WITH_VERB;
            if e == s + 1
                && !is(l_b, CLOSED)
                && !matches!(
                    self.lw(s),
                    "if" | "because"
                        | "although"
                        | "though"
                        | "unless"
                        | "whether"
                        | "once"
                        | "despite"
                        | "perhaps"
                        | "maybe"
                        | "even"
                        | "like"
                        | "unlike"
                        | "amid"
                        | "among"
                        | "without"
                )
            {
                for k in e..limit.min(e + 2) {
                    if !self.is_word(k) || self.tokens[k].has(Token::CAP) {
                        break;
                    }
                    let k_b = self.bits(k);
                    if is(k_b, B::CLASS) {
                        // A name after the noun is the speaker ("Democratic
                        // presidential candidate Bernie Sanders"): not here.
                        if k + 1 < limit && self.tokens[k + 1].has(Token::CAP) {
                            break;
                        }
                        return Some(Np { lo: s, hi: k + 1 });
                    }
                    if is(k_b, CLOSED) {
                        break;
                    }
                }
            }
            return None;
        }
        // Lowercase: up to three words ending with a listed noun ("praising
        // his former rival" opens with a participle: no subject).
        if is(l_b, B::ING) && l.len() > 4 {
            return None;
        }
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
    pub(super) fn source_after(&self, k: usize, hi: usize) -> Option<Np> {
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

    /// Is a subject cue part of what an earlier cue reports? Its speaker is
    /// the earlier cue's object (`told a woman who suggested`), or it opens a
    /// subordinate clause inside the report (`said Trump was right when he said`).
    pub(super) fn embedded(&self, np: Np, attrs: &[Attr], lo: usize, hi: usize) -> bool {
        let Some(prev) = attrs.last() else {
            return false;
        };
        if np.lo < prev.cue_hi {
            return false;
        }
        // "After the interview ended, Maher wrote …": the words of an
        // opening clause's cue stop at its comma.
        if prev.order == Order::Subject
            && self
                .opening_clause_end(prev.speaker, prev.cue_hi, lo, hi)
                .is_some_and(|c| c < np.lo)
        {
            return false;
        }
        // `"…," said Beck, who said …`: the speaker of the cue before, with a
        // relative clause of its own, is no phrase of its content.
        if prev.order == Order::Inverted && np.lo >= prev.speaker.lo && np.hi <= prev.speaker.hi {
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
    pub(super) fn names_someone(&self, np: Np) -> bool {
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
    pub(super) fn ends_clause(&self, k: usize, hi: usize) -> bool {
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
    pub(super) fn negated_subject(&self, k: usize, lo: usize) -> bool {
        let from = k.saturating_sub(4).max(lo);
        // Each of these words starts with "n": test the first byte before lowercasing.
        (from..k).any(|j| {
            self.is_word(j)
                && matches!(self.text.as_bytes()[self.tokens[j].span.start], b'n' | b'N')
                && matches!(self.lw(j), "neither" | "nor" | "nobody" | "none")
        }) || (k > lo && self.tok(k - 1).ends_with("n't"))
    }

    /// Does the cue at `cue` open a relative clause ("…, who asked …")?
    pub(super) fn after_relative(&self, cue: usize, lo: usize) -> bool {
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
    pub(super) fn plausible_subject(&self, np: Np, cw: CueWord) -> bool {
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
        if !cw.base && self.name_modifies_noun(np) {
            return false;
        }
        // A capital at the start of a sentence proves nothing ("Violent protests"):
        // there, the entity layer must know the word.
        let cap = self.tokens[h].has(Token::CAP) && self.in_entity(h);
        cap || is(l_b, B::PRONOUN) || is(l_b, B::CLASS)
    }

    /// Does the lone name heading `np` modify the "-s" word after it rather
    /// than govern it as a subject? A subject opens its clause; a name after
    /// a preposition, a number or another content word is inside a phrase:
    /// "32% of Republican claims", "1,300 Clinton emails", "matched the
    /// Benghazi attacks", "to disprove Republican claims".
    fn name_modifies_noun(&self, np: Np) -> bool {
        let h = np.hi - 1;
        if !self.tokens[h].has(Token::CAP) || h == 0 {
            return false;
        }
        // The word before the name, past one "the".
        let mut p = h - 1;
        if p > 0 && p >= np.lo && self.lw(p) == "the" {
            p -= 1;
        }
        // A longer phrase ("a spokesman for Google") is no lone name.
        if np.lo < p {
            return false;
        }
        let t = &self.tokens[p];
        if t.kind == TokenKind::Number {
            return true;
        }
        if !self.is_word(p) || t.has(Token::CAP) {
            return false;
        }
        if self.has(p, B::NP_PREPOSITION) {
            return true;
        }
        if self.has(
            p,
            B::PRONOUN | B::AUX_OR_ADVERB | B::LY_ADVERB | B::DETERMINER | B::BE,
        ) {
            return false;
        }
        !CLAUSE_OPENERS.contains(&self.lw(p))
    }

    /// The poll or survey named earlier in the unit when `np` is a share of
    /// the people it asked: "In a CNN poll released Monday, 31% of
    /// Republicans said …", "The survey also finds that, while 37 percent of
    /// Americans say …", "a new poll shows …: six in 10 voters said".
    pub(super) fn poll_before(&self, np: Np, lo: usize) -> Option<Np> {
        let s = np.lo;
        if s < lo + 2 {
            return None;
        }
        let share = |k: usize| {
            self.tokens[k].kind == TokenKind::Number
                || self.tok(k).ends_with('%')
                || matches!(
                    self.lw(k),
                    "percent"
                        | "%"
                        | "majority"
                        | "minority"
                        | "plurality"
                        | "half"
                        | "third"
                        | "quarter"
                        | "most"
                )
        };
        // "31% of Republicans", whether the phrase holds the share or not.
        let of_share = (s - 1..np.hi.min(s + 4)).any(|j| self.lw_is(j, "of") && share(j - 1));
        let in_ten = self.tokens[s - 1].kind == TokenKind::Number && self.lw_is(s - 2, "in");
        if !of_share && !in_ten {
            return None;
        }
        let k = (lo..s)
            .rev()
            .find(|&k| self.is_word(k) && matches!(self.lw(k), "poll" | "survey"))?;
        // Its phrase: back to "a", "an", "the" or a possessive, within a few words.
        let start = (k.saturating_sub(8).max(lo)..k)
            .rev()
            .take_while(|&j| !self.is_punct(j, ",") && !self.lw_is(j, "in"))
            .find(|&j| self.has(j, B::DETERMINER))
            .unwrap_or(k);
        Some(Np {
            lo: start,
            hi: k + 1,
        })
    }

    /// A day, month or other time word alone ("Friday said", "\"…,\"
    /// Tuesday said") is no speaker: a capital proves nothing there, and a
    /// time cannot speak. A person or organisation the entity pass knows
    /// by that word still can.
    pub(super) fn time_word(&self, np: Np) -> bool {
        np.hi - np.lo == 1 && self.has(np.lo, B::TIME) && !self.in_entity(np.lo)
    }

    /// "May said", "\"…,\" Will wrote": a capitalised "May" or "Will" right
    /// before an inflected cue is a name, since a modal takes a bare verb.
    pub(super) fn modal_name(&self, j: usize) -> bool {
        j + 1 < self.tokens.len()
            && self.tokens[j].has(Token::CAP)
            && self.is_word(j)
            && matches!(self.lw(j), "may" | "will")
            && self.cue(j + 1).is_some_and(|c| !c.base)
    }

    /// Is token `k` inside a named entity?
    pub(super) fn in_entity(&self, k: usize) -> bool {
        let s = self.tokens[k].span;
        let i = self.names.partition_point(|e| e.end <= s.start);
        self.names
            .get(i)
            .is_some_and(|e| e.start <= s.start && s.end <= e.end)
    }

    /// `"…," the Ohio senator and presidential candidate said`, `"…?" Anne
    /// Richards, assistant secretary for refugees, and migration, asked`: in
    /// the frame quotation, subject, cue, the subject is every word between
    /// the quotation (ending in a comma, "?", "!" or a dash) and the cue at
    /// `cue`: up to its first comma when it has one (the rest is an
    /// appositive), else all of it. `None` when the words between hold a
    /// cue, a clause mark or a quotation, or more than `MAX_APPOSITIVE`
    /// tokens, or do not open like a phrase that can speak.
    pub(super) fn subject_after_quote(&self, cue: usize, lo: usize) -> Option<Np> {
        let stop = cue.saturating_sub(MAX_APPOSITIVE).max(lo);
        // Most cues have no quotation in reach: one look at the prefix counts.
        if !self.any_quoted(stop, cue) {
            return None;
        }
        let mut k = cue;
        let mut comma = None;
        while k > stop {
            let j = k - 1;
            if self.in_quote(j) {
                break;
            }
            match self.tokens[j].kind {
                TokenKind::Word => {}
                TokenKind::Punct => match self.punct(j) {
                    b',' => comma = Some(j),
                    b'.' | b'-' | b'&' | b'\'' | b'(' | b')' | b'$' => {}
                    _ if matches!(self.tok(j), "’" | "–") => {}
                    _ => return None,
                },
                TokenKind::Number | TokenKind::Possessive => {}
            }
            k = j;
        }
        // `k` is the first word after the quotation, `k - 1` its closing mark.
        if k <= lo || k >= cue || !self.in_quote(k - 1) {
            return None;
        }
        // No other cue among the words between.
        if (k..cue).any(|j| {
            self.tokens[j].kind == TokenKind::Word
                && !self.tokens[j].has(Token::CAP)
                && self.cue(j).is_some()
        }) {
            return None;
        }
        let ends = |m: usize| {
            m >= lo
                && self.in_quote(m)
                && (matches!(self.punct(m), b',' | b'?' | b'!' | b'-')
                    || matches!(self.tok(m), "—" | "–" | "…"))
        };
        if !(ends(k - 1) || k >= lo + 2 && ends(k - 2) || k >= lo + 3 && ends(k - 3)) {
            return None;
        }
        // An appositive closes with a comma before the cue ("Ana Ruiz, a
        // secretary of state, said"; not "Ana Ruiz, secretary of state").
        if let Some(c) = comma {
            let mut e = cue;
            while e > k + 1 && self.is_word(e - 1) && self.has(e - 1, B::AUX_OR_ADVERB) {
                e -= 1;
            }
            if !self.is_punct(e - 1, ",") {
                // `"…," Nate Silver, the polling guru who founded the site
                // tweeted.`: an appositive left open after a name; the name
                // speaks. (Not "secretary of state for …": a cue word after
                // a preposition is a noun.)
                if self.has(cue - 1, B::NP_PREPOSITION | B::DETERMINER) || self.lw_is(cue - 1, "to")
                {
                    return None;
                }
                return self.name_between(k, c);
            }
        }
        let mut hi = comma.unwrap_or(cue);
        // Not the auxiliaries, adverbs and times before the cue ("has", "also", "Monday").
        while hi > k + 1
            && self.is_word(hi - 1)
            && (self.has(hi - 1, B::AUX_OR_ADVERB | B::TIME | B::PERIOD)
                || self.has(hi - 1, B::LY_ADVERB) && !self.tokens[hi - 1].has(Token::CAP))
        {
            hi -= 1;
        }
        if hi <= k || !self.is_word(k) {
            return None;
        }
        // A name, a pronoun, a determiner, or words holding a name or a
        // speaking noun ("nuclear experts"); not "came shouts", "like the
        // recent volatility".
        let (l, l_b) = self.lwb(k);
        let opens = self.tokens[k].has(Token::CAP)
            || is(l_b, B::DETERMINER | B::CLASS | B::PRONOUN)
            || !is(
                l_b,
                B::AUX_OR_ADVERB
                    | B::LY_ADVERB
                    | B::ENDS_NP
                    | B::NP_PREPOSITION
                    | B::OPENS_ADVERBIAL
                    | B::SENTENCE_FILLER
                    | B::TIME,
            ) && !matches!(l, "as" | "if" | "so" | "then" | "however" | "like")
                && !self.lw(k).ends_with("ing")
                && (k + 1..cue).any(|m| self.tokens[m].has(Token::CAP) || self.has(m, B::CLASS));
        // The last word must be a noun's place: not a determiner or a preposition.
        let last = hi - 1;
        let closes = self.tokens[last].kind != TokenKind::Punct
            && !self.has(last, B::DETERMINER | B::NP_PREPOSITION | B::ENDS_NP);
        // No verb inside: a lowercase "-ed" or "-ing" word after a lowercase
        // word that is no determiner ("moment and deleted an archive using").
        // Nor a relative word or an auxiliary ("a day during which leaders
        // will seek"); "and" may join two names or descriptions.
        let verb = (k + 1..hi).any(|m| {
            self.is_word(m)
                && !self.tokens[m].has(Token::CAP)
                && ((self.lw(m).ends_with("ed") || self.lw(m).ends_with("ing"))
                    && self.is_word(m - 1)
                    && !self.tokens[m - 1].has(Token::CAP)
                    && !self.has(m - 1, B::DETERMINER)
                    || self.has(m, B::ENDS_NP | B::AUX_OR_ADVERB | B::OPENS_WITH_VERB)
                        && !self.lw_is(m, "and"))
        });
        (opens && closes && !verb).then_some(Np { lo: k, hi })
    }

    /// The speaker phrase ending before the cue at `cue`.
    pub(super) fn np_before(&self, cue: usize, lo: usize, form: Form) -> Option<Before> {
        let mut k = cue;
        let mut skipped_be = false;
        let mut negated = false;
        let mut n = 0;
        while k > lo && n < 4 {
            let j = k - 1;
            // "Hunter, meanwhile, told", "The mayor, however, said": a
            // sentence adverb between commas stands between too.
            if j >= lo + 3
                && self.is_punct(j, ",")
                && self.is_punct(j - 2, ",")
                && self.is_word(j - 1)
                && self.has(j - 1, B::COMMA_ADVERB)
            {
                k = j - 2;
                n += 1;
                continue;
            }
            if !self.is_word(j) {
                break;
            }
            let l_b = self.bits(j);
            // "Priebus later Thursday told", "X last week said": time words stand between too.
            // "Zwelling on Monday said", "the mayor on Friday night told": a day after "on".
            // ("Rep. Ruiz (D-Ohio) last month joked", "Beck, who …, last
            // week said": a bracket or comma may close the subject.)
            let period = j > lo + 1
                && self.is_word(j - 1)
                && (self.is_word(j - 2) || matches!(self.punct(j - 2), b')' | b','))
                && (is(l_b, B::PERIOD)
                    && matches!(self.lw(j - 1), "last" | "this" | "next" | "that")
                    || is(l_b, B::TIME) && self.lw_is(j - 1, "on"));
            if period {
                k = j - 1;
                n += 1;
                continue;
            }
            // "X in the past said", "X at last described", "X less than two
            // weeks ago said", "she herself emailed": adverbials and an
            // intensifying "-self" between the subject and its verb.
            let skip = self.adverbial_before(j, lo);
            if skip > 0 {
                k = j + 1 - skip;
                n += 1;
                continue;
            }
            // "she hadn’t called for", "they couldn’t confirm": a negated
            // auxiliary (with either apostrophe) is no phrase, and nothing
            // was said; but "Lee wouldn’t say whether …", like "declined to
            // say whether", reports the subject's refusal.
            let t = self.tok(j);
            if (t.ends_with("n't") || t.ends_with("n’t") || matches!(t, "'t" | "’t"))
                && !self.tokens[j].has(Token::CAP)
            {
                negated |= !self.refuses_to_say(cue);
                // ("wo" + "n't": the stem may be a token of its own.)
                k = if matches!(t, "n't" | "n’t" | "'t" | "’t") && j > lo && self.is_word(j - 1)
                {
                    j - 1
                } else {
                    j
                };
                n += 1;
                continue;
            }
            if is(l_b, B::AUX_OR_ADVERB) && !self.modal_name(j)
                || (is(l_b, B::LY_ADVERB) && !self.tokens[j].has(Token::CAP))
                || (is(l_b, B::TIME)
                    && j > lo
                    && (self.is_word(j - 1) || self.punct(j - 1) == b')'))
            {
                if is(l_b, B::BE) {
                    skipped_be = true;
                }
                if self.lw_is(j, "not") && !self.refuses_to_say(cue) || self.lw_is(j, "never") {
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
        // "X saying" is no clause; "X is saying" is, and so is "with X saying",
        // and "He's claiming" (a pronoun with a contracted auxiliary).
        if form == Form::Ing && !skipped_be {
            if k > lo && k == cue && self.has(k - 1, B::CONTRACTED_PRONOUN) {
                return Some(Before::Np(Np { lo: k - 1, hi: k }));
            }
            // "He’s claiming": the "’s" may be a token of its own.
            if k >= lo + 2
                && k == cue
                && self.tokens[k - 1].kind == TokenKind::Possessive
                && self.is_word(k - 2)
                && matches!(self.lw(k - 2), "he" | "she" | "it")
            {
                return Some(Before::Np(Np {
                    lo: k - 2,
                    hi: k - 1,
                }));
            }
            if k > lo && k == cue {
                // "footage of Ana Ruiz asking, "…"": a name after "of", the
                // participle opening a quotation.
                let mut n = k;
                while n > lo
                    && k - n < 4
                    && self.is_word(n - 1)
                    && self.tokens[n - 1].has(Token::CAP)
                {
                    n -= 1;
                }
                let of_name = n < k
                    && n > lo
                    && self.lw_is(n - 1, "of")
                    && self.in_entity(n)
                    && cue + 1 < self.tokens.len()
                    && (self.in_quote(cue + 1)
                        || matches!(self.punct(cue + 1), b',' | b':')
                            && cue + 2 < self.tokens.len()
                            && self.in_quote(cue + 2));
                if of_name {
                    return Some(Before::Np(Np { lo: n, hi: k }));
                }
                if let Some(np) = self.np_end_at(k - 1, lo) {
                    if np.lo > lo && self.lw_is(np.lo - 1, "with") {
                        return Some(Before::Np(np));
                    }
                    // "with 50 percent saying", "with 47 percent of Cuban
                    // Americans saying": the whole phrase after "with".
                    let mut w = np.lo;
                    while w > lo
                        && np.lo - w < 6
                        && (self.is_word(w - 1) || self.tokens[w - 1].kind == TokenKind::Number)
                        && !self.lw_is(w - 1, "with")
                    {
                        w -= 1;
                    }
                    if w > lo && w < np.lo && self.lw_is(w - 1, "with") {
                        return Some(Before::Np(Np { lo: w, hi: k }));
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
        // "Another said", "Yet another tweeted", "Others said": a quantifier
        // alone opens the clause and stands for a person.
        if self.lone_quantifier(h, lo) {
            return Some(Before::Np(Np { lo: h, hi: h + 1 }));
        }
        // "a message that said": "that" right before the cue, after a listed
        // noun, is a relative pronoun; the phrase before it speaks.
        if k == cue
            && h > lo
            && self.lw_is(h, "that")
            && self.is_word(h - 1)
            && !self.tokens[h - 1].has(Token::CAP)
            && self.has(h - 1, B::CLASS)
        {
            return self.np_core(h - 1, lo).map(Before::Np);
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
            // "Gov. Jane Roe (R-Ohio), said": a comma after the party tag
            // of a name closes nothing.
            if h > lo && self.is_punct(h - 1, ")") {
                if let Some(np) = self.np_end_at(h - 1, lo) {
                    // (Not in a frame quotation's subject: `"…," his niece,
                    // Del. Ana "Cia" Roe (D-Va.), shouted`.)
                    let near = np.lo.saturating_sub(MAX_NP).max(lo);
                    if self.tokens[np.hi - 1].has(Token::CAP)
                        && self.in_entity(np.hi - 1)
                        && !self.any_quoted(near, h)
                    {
                        return Some(Before::Np(np));
                    }
                }
            }
            return self
                .interrupted(h, lo)
                .or_else(|| self.appositive(h, lo))
                .map(Before::Np);
        }
        if self.is_dash(h) {
            return self.dashed_appositive(h, lo).map(Before::Np);
        }
        self.np_end_at(h, lo).map(Before::Np)
    }

    /// Is token `k` a dash that sets off a phrase, outside quotations?
    fn is_dash(&self, k: usize) -> bool {
        self.tokens[k].kind == TokenKind::Punct && !self.in_quote(k) && self.dash_glyph(k)
    }

    /// Is token `k` written as a dash ("--", "—", "–", a hyphen standing
    /// alone)?
    pub(super) fn dash_glyph(&self, k: usize) -> bool {
        matches!(self.tok(k), "--" | "—" | "–" | "-")
    }

    /// The first token of the dash ending at `k` ("--" may be two hyphens).
    fn dash_start(&self, k: usize) -> usize {
        if k > 0 && self.tok(k) == "-" && self.tok(k - 1) == "-" {
            k - 1
        } else {
            k
        }
    }

    /// `X -- a former governor who lost in 2008 -- said`, `X — named by
    /// the paper as the favourite — told`: a phrase between dashes (the
    /// closing one at `close`) after the subject, like an appositive between
    /// commas. The phrase before the opening dash speaks when it names
    /// someone; a description (`A former candidate -- Tom Hale, who … --`)
    /// gives way to the name that opens the dashes. Looks back at most
    /// `MAX_APPOSITIVE` tokens; no quotation, no end of sentence between.
    fn dashed_appositive(&self, close: usize, lo: usize) -> Option<Np> {
        let close = self.dash_start(close);
        let stop = close.saturating_sub(MAX_APPOSITIVE).max(lo);
        let open = (stop..close).rev().find(|&m| {
            self.in_quote(m)
                || self.is_dash(m)
                || self.tokens[m].kind == TokenKind::Punct
                    && matches!(self.punct(m), b';' | b':' | b'?' | b'!')
        })?;
        if !self.is_dash(open) || open + 1 >= close {
            return None;
        }
        let first = open + 1;
        let open = self.dash_start(open);
        if open <= lo {
            return None;
        }
        let np = self.np_end_at(open - 1, lo)?;
        // (A capital on a determiner that opens the sentence names no one.)
        let named = (np.lo..np.hi).any(|j| {
            self.tokens[j].has(Token::CAP) && !self.has(j, B::DETERMINER)
                || self.has(j, B::CLASS)
                || self.has(j, B::PRONOUN)
        });
        if !named {
            return None;
        }
        if self.is_description(np) {
            // The name opening the dashes, up to a comma or the closing dash.
            let mut e = first;
            while e < close && e < first + 6 && self.is_word(e) && self.tokens[e].has(Token::CAP) {
                e += 1;
            }
            if e > first && (e == close || self.is_punct(e, ",")) {
                if let Some(name) = self.name_between(first, e) {
                    return Some(name);
                }
            }
        }
        Some(np)
    }

    /// Is the cue at `cue` a "say" before an indirect question ("would not
    /// say whether", "won't say how", "wouldn't say Tuesday if")? Negated,
    /// it reports a refusal to say, as "declined to say whether" does; "did
    /// not say that …" reports nothing. Looks three tokens on.
    pub(super) fn refuses_to_say(&self, cue: usize) -> bool {
        self.lw_is(cue, "say")
            && (cue + 1..self.tokens.len().min(cue + 4))
                .take_while(|&k| self.is_word(k))
                .any(|k| {
                    matches!(
                        self.lw(k),
                        "whether"
                            | "if"
                            | "how"
                            | "why"
                            | "when"
                            | "what"
                            | "who"
                            | "where"
                            | "which"
                    )
                })
    }

    /// `X, during a town hall in Columbus, Ohio, said`, `X, who lost a
    /// daughter in Aurora, Colorado, in 2012, said`, `X, 22, of Flint,
    /// Mich., said`: an interrupting phrase with commas of its own (a place
    /// and its state, a second appositive, an age) between the subject and
    /// the comma before the cue at `comma`. The subject is the phrase that
    /// opens the unit, followed by a comma, when every piece between the
    /// commas opens like an interruption (a preposition, a relative word, a
    /// participle, a determiner, a name, a number, a sentence adverb).
    /// `None` with fewer than two commas (the plain appositive is read by
    /// [`Self::appositive`]), a quotation or a clause mark between, or a
    /// subject more than `MAX_APPOSITIVE` tokens back.
    pub(super) fn interrupted(&self, comma: usize, lo: usize) -> Option<Np> {
        let stop = comma.saturating_sub(MAX_APPOSITIVE).max(lo);
        // Cheap test first: a second comma within reach, no clause mark.
        let mut commas = 0;
        let mut first = comma;
        let mut m = comma;
        while m > stop {
            m -= 1;
            match self.punct(m) {
                b',' => {
                    commas += 1;
                    first = m;
                }
                b';' | b':' | b'?' | b'!' => return None,
                _ => {}
            }
        }
        if commas == 0 || self.any_quoted(stop, comma) {
            return None;
        }
        // ("Trump, speaking in Ohio, …": a capitalised word opening the
        // unit before the first comma names the speaker even when no list
        // knows it.)
        // An opening phrase ("Just last week,", "Outside the party,") is
        // no subject: the phrase after its comma is.
        let intro = |k: usize| {
            let (l, l_b) = self.lwb(k);
            is(
                l_b,
                B::OPENS_ADVERBIAL | B::SENTENCE_FILLER | B::TIME | B::NP_PREPOSITION | B::ING,
            ) || matches!(
                l,
                "just" | "even" | "outside" | "inside" | "here" | "back" | "amid" | "despite"
            )
        };
        // (After an opening phrase that names a place, a comma may part the
        // place from its state: "In Alexandria, Va., Ruiz, …". Not read here.)
        let s0 = self.skip_fillers(lo, comma);
        let np = self
            .unit_subject(lo, comma)
            .filter(|np| !intro(np.lo))
            .filter(|np| np.lo == s0 || !(s0 + 1..np.lo).any(|k| self.tokens[k].has(Token::CAP)))
            .or_else(|| {
                let mut s = s0;
                let mut c = first;
                if s < c && intro(s) {
                    // (Not after a place: "In Alexandria, Va., Ruiz, …".)
                    if (s + 1..c).any(|k| self.tokens[k].has(Token::CAP)) {
                        return None;
                    }
                    s = c + 1;
                    c = (s..comma).find(|&j| self.is_punct(j, ","))?;
                }
                let np = self.np_end_at(c.checked_sub(1)?, lo)?;
                let named = (np.lo..np.hi).any(|k| self.tokens[k].has(Token::CAP));
                (np.lo == s && named && !intro(np.lo)).then_some(np)
            })?;
        if np.lo < stop || np.hi >= comma || !self.is_punct(np.hi, ",") {
            return None;
        }
        // "Mr. Roe, whose latest firm, Paradata, sells data to brands,
        // said": a relative clause runs on to the last comma, whatever its
        // pieces hold.
        let relative = self.is_word(np.hi + 1) && matches!(self.lw(np.hi + 1), "who" | "whose");
        let mut pieces = 0;
        let mut j = np.hi;
        while j < comma {
            match self.punct(j) {
                b',' => {
                    pieces += 1;
                    // "who grew up in Paris, Texas, and Rome, Georgia": a
                    // list inside the phrase; but "Ann Cole, Tim Ross, and
                    // Ruth Lane": names listed after the subject are subjects too.
                    let listed = pieces > 1
                        && !self.tokens[np.hi + 1].has(Token::CAP)
                        && self.is_word(j + 1)
                        && matches!(self.lw(j + 1), "and" | "or");
                    let in_relative = relative && pieces > 1 && self.is_word(j + 1);
                    if !(listed || in_relative || self.opens_interruption(j + 1, comma)) {
                        return None;
                    }
                }
                b'(' => {
                    // A parenthesis ("(D-Ohio)") is stepped over whole.
                    let close = (j + 1..comma.min(j + 10)).find(|&c| self.punct(c) == b')')?;
                    j = close;
                }
                b')' => return None,
                // A dot ends a sentence unless it closes an abbreviation
                // ("Mich.", "N.C.", "Sen.").
                b'.' => {
                    let abbrev = j > np.hi
                        && self.tokens[j - 1].kind == TokenKind::Word
                        && self.tokens[j - 1].has(Token::CAP)
                        && self.tok(j - 1).len() <= 5;
                    if !abbrev {
                        return None;
                    }
                }
                _ => {
                    if self.tokens[j].kind == TokenKind::Punct
                        && matches!(self.tok(j), "—" | "–" | "--")
                    {
                        return None;
                    }
                }
            }
            j += 1;
        }
        if pieces < 2 {
            return None;
        }
        // "His lawyer, Tom Hale, a partner at Hale & Roe, said": a
        // description, then a name: the named person speaks.
        if self.is_description(np) {
            let first = np.hi + 1;
            let end = (first..comma).find(|&c| self.is_punct(c, ","))?;
            if let Some(name) = self.name_between(first, end) {
                return Some(name);
            }
        }
        Some(np)
    }

    /// Does the piece starting at `f` (before `end`) open like an
    /// interrupting phrase?
    fn opens_interruption(&self, f: usize, end: usize) -> bool {
        if f >= end {
            return false;
        }
        let t = &self.tokens[f];
        if t.kind == TokenKind::Number {
            return true;
        }
        if !self.is_word(f) {
            return false;
        }
        if t.has(Token::CAP) {
            return true;
        }
        let (l, l_b) = self.lwb(f);
        is(l_b, B::DETERMINER | B::CLASS | B::OPENS_ADVERBIAL | B::LY_ADVERB)
            || (is(l_b, B::ING) && l.len() > 4)
            || (l.ends_with("ed") && l.len() > 4)
            // A bare title: "head of the union", "professor at Tufts".
            || (f + 1 < end && self.is_word(f + 1) && self.has(f + 1, B::NP_PREPOSITION))
            || matches!(
                l,
                "who"
                    | "whose"
                    | "which"
                    | "where"
                    | "like"
                    | "unlike"
                    | "including"
                    | "despite"
                    | "among"
                    | "along"
                    | "meanwhile"
                    | "however"
                    | "too"
                    | "though"
                    | "instead"
                    | "likewise"
                    | "moreover"
                    | "nevertheless"
                    | "nonetheless"
                    | "similarly"
            )
    }

    /// Is token `h` a quantifier that stands alone for people at the start of
    /// its clause ("Another said", "Yet another tweeted", "Some said")?
    pub(super) fn lone_quantifier(&self, h: usize, lo: usize) -> bool {
        self.is_word(h)
            && matches!(
                self.lw(h),
                "another" | "others" | "one" | "some" | "many" | "several"
            )
            && (h == lo
                || self.in_quote(h - 1) && self.ends_in_comma_quote(h - 1)
                || !self.in_quote(h - 1) && matches!(self.punct(h - 1), b',' | b';' | b':')
                || matches!(self.lw(h - 1), "yet" | "and" | "but" | "still" | "while"))
    }

    /// How many tokens ending at `j` form a short adverbial that may stand
    /// between a subject and its verb: "in the past", "in fact", "in
    /// particular", "at last", "at least", "at first", "(less than) two weeks
    /// ago", "this past week", or an intensifying "herself"; 0 when none.
    /// Looks back at most six tokens.
    pub(super) fn adverbial_before(&self, j: usize, lo: usize) -> usize {
        if self.tokens[j].has(Token::CAP) {
            return 0;
        }
        let w = |k: usize| -> &str {
            if k >= lo && self.is_word(k) {
                self.lw(k)
            } else {
                ""
            }
        };
        let at = |back: usize| if j >= lo + back { w(j - back) } else { "" };
        match w(j) {
            "himself" | "herself" | "themselves" | "itself" => 1,
            "fact" | "particular" | "turn" | "general" | "public" | "private" if at(1) == "in" => 2,
            "last" | "least" | "first" | "once" | "times" if at(1) == "at" => 2,
            "past" if at(1) == "the" && at(2) == "in" => 3,
            "week" | "month" | "year" | "weekend" if at(1) == "past" && at(2) == "this" => 3,
            "ago" => {
                // "ago" after a period word and its count ("two weeks", "a year", "days").
                let p = at(1);
                if !(p.ends_with('s') || matches!(p, "year" | "week" | "month" | "day" | "decade"))
                    || p.is_empty()
                {
                    return 0;
                }
                let mut n = 2;
                let count = j >= lo + 2
                    && (self.tokens[j - 2].kind == TokenKind::Number
                        || self.has(j - 2, B::DETERMINER)
                        || matches!(
                            at(2),
                            "a" | "few" | "several" | "four" | "five" | "six" | "ten"
                        ));
                if count {
                    n = 3;
                    if at(3) == "than" && matches!(at(4), "less" | "more") {
                        n = 5;
                    }
                }
                n
            }
            _ => 0,
        }
    }

    /// Is the word at `i` a noun that a name or a noun before it modifies,
    /// after a determiner or a possessive: "the Associated Press report",
    /// "a CNN report", "the police report"? (A plural name is a
    /// subject: "the Democrats claim".) Looks back at most four words.
    pub(super) fn name_modifies(&self, i: usize, lo: usize) -> bool {
        // (Or a lowercase noun: "the police report".)
        let mut j = i;
        while j > lo
            && i - j < 4
            && self.is_word(j - 1)
            && (self.tokens[j - 1].has(Token::CAP)
                || i - j < 2
                    && !self.has(
                        j - 1,
                        B::DETERMINER | B::ENDS_NP | B::NP_PREPOSITION | B::AUX_OR_ADVERB,
                    )
                    && self.cue(j - 1).is_none())
        {
            j -= 1;
        }
        if j == i || j <= lo {
            return false;
        }
        let last = self.lw(i - 1);
        if last.ends_with('s') && !last.ends_with("ss") {
            return false;
        }
        let d = j - 1;
        self.tokens[d].kind == TokenKind::Possessive
            || self.is_word(d) && self.has(d, B::DETERMINER) && !self.lw_is(d, "that")
    }

    /// The phrase ending at `h`, stepping over a parenthesis ("Sen. Jane Roe (D-Ohio)").
    pub(super) fn np_end_at(&self, h: usize, lo: usize) -> Option<Np> {
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
    pub(super) fn appositive(&self, comma: usize, lo: usize) -> Option<Np> {
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
                // "Ann Roe, 31, a photographer, said": an age before the
                // appositive; the comma before the age opens it.
                if m >= stop + 2
                    && self.tokens[m - 1].kind == TokenKind::Number
                    && self.punct(m - 2) == b','
                {
                    continue;
                }
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
                    // "Ruiz, asked about the delay, said", "X, reached by phone, said".
                    || (l.ends_with("ed") && l.len() > 4 && !self.tokens[first].has(Token::CAP))
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
                // "Ana Ruiz, 27, a nurse, said": an age between commas stands
                // between the name and its appositive.
                let mut m = m;
                if m >= lo + 3
                    && self.tokens[m - 1].kind == TokenKind::Number
                    && self.is_punct(m - 2, ",")
                    && self.tok(m - 1).len() <= 3
                {
                    m -= 2;
                }
                // ("Sanders, meanwhile, who sits …, said": a sentence adverb
                // between commas before the appositive.)
                let mut before = m;
                if before >= lo + 3
                    && self.is_punct(before - 2, ",")
                    && self.is_word(before - 1)
                    && self.has(before - 1, B::COMMA_ADVERB)
                {
                    before -= 2;
                }
                // The phrase before must name someone: capitalised or a listed noun.
                if let Some(np) = self.np_end_at(before - 1, lo).filter(|np| named(np)) {
                    // "The company's lawyer, Rebecca Stroud, said": a common-noun
                    // description, then a name: the named person speaks.
                    // ("Ruiz's lawyer, Tom Hale, said": a listed noun heads it.)
                    let h = np.hi - 1;
                    if self.is_description(np)
                        || self.is_word(h)
                            && !self.tokens[h].has(Token::CAP)
                            && self.has(h, B::CLASS)
                    {
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
    pub(super) fn is_description(&self, np: Np) -> bool {
        (np.lo..np.hi)
            .all(|k| !self.tokens[k].has(Token::CAP) || (k == np.lo && self.has(k, B::DETERMINER)))
    }

    /// Does a lowercase listed noun ("aide", "official") end right before
    /// `j`, or before a lowercase participle there ("official speaking")?
    pub(super) fn listed_before(&self, j: usize, lo: usize) -> bool {
        let noun =
            |k: usize| self.is_word(k) && !self.tokens[k].has(Token::CAP) && self.has(k, B::CLASS);
        j > lo
            && (noun(j - 1)
                || j > lo + 1
                    && self.is_word(j - 1)
                    && !self.tokens[j - 1].has(Token::CAP)
                    && self.lw(j - 1).ends_with("ing")
                    && noun(j - 2))
    }

    /// The tokens `lo..hi` as a name: capitalised words (and initials with
    /// their dot), at most six tokens, starting a named entity.
    pub(super) fn name_between(&self, lo: usize, hi: usize) -> Option<Np> {
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
    pub(super) fn np_core(&self, h: usize, lo: usize) -> Option<Np> {
        // "Six in 10 say", "4 in 10 said": a share of people.
        if self.tokens[h].kind == TokenKind::Number
            && h >= lo + 2
            && self.is_word(h - 1)
            && self.lw_is(h - 1, "in")
            && (self.tokens[h - 2].kind == TokenKind::Number
                || self.is_word(h - 2)
                    && matches!(
                        self.lw(h - 2),
                        "one"
                            | "two"
                            | "three"
                            | "four"
                            | "five"
                            | "six"
                            | "seven"
                            | "eight"
                            | "nine"
                    ))
        {
            return Some(Np {
                lo: h - 2,
                hi: h + 1,
            });
        }
        if !self.is_word(h) {
            return None;
        }
        let (l, l_b) = self.lwb(h);
        if is(l_b, B::PRONOUN) {
            return Some(Np { lo: h, hi: h + 1 });
        }
        if (l == "who" || l == "which") && h > lo {
            // "the man who said": the phrase before "who"; "the sign —
            // which read", "the report, which notes": the thing before "which".
            let j = if matches!(self.tok(h - 1), "," | "—" | "–" | "--") {
                h - 1
            } else {
                h
            };
            if j == lo {
                return None;
            }
            // (A thing before "which" is a phrase that a determiner, a
            // possessive or a name opens, "the report, which"; not the end of
            // a clause, "died years ago of cancer, which confirmed".)
            return self.np_core(j - 1, lo).filter(|np| {
                l == "who"
                    || self.has(np.lo, B::DETERMINER)
                    || self.tokens[np.lo].has(Token::CAP)
                    || self.tokens[np.hi - 1].has(Token::CAP)
                    || np.lo + 1 < np.hi && self.tokens[np.lo + 1].kind == TokenKind::Possessive
            });
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
        // A cue word heads no phrase ("officials said"), except a noun form
        // after a determiner: "the email said", "the report stated", "her
        // statement reads".
        // After "of" a verb form is a noun too: "the secretary of state said".
        let cue_noun = || {
            h > lo
                && self.is_word(h - 1)
                && (self.has(h - 1, B::DETERMINER) && self.cue(h).is_some_and(|c| c.noun_like)
                    || self.lw_is(h - 1, "of") && self.cue(h).is_some_and(|c| c.form != Form::Ing)
                    || self.cue(h).is_some_and(|c| c.noun_like && c.base)
                        && self.name_modifies(h, lo))
        };
        // "a mother of three", "a father of two": a count after "of" ends a phrase.
        let count_of = matches!(l, "one" | "two" | "three")
            && h > lo + 1
            && self.lw_is(h - 1, "of")
            && self.is_word(h - 2)
            && !self.has(h - 2, B::DETERMINER);
        if is(l_b, B::ENDS_NP) && !self.modal_name(h)
            || is(l_b, B::DETERMINER) && !count_of
            || is(l_b, B::NP_PREPOSITION)
            || self.cue(h).is_some() && !cue_noun()
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
                        // "An aide to Senator Ruiz", "an official speaking to
                        // Reuters": a listed noun (or its participle) before
                        // "to" heads the phrase.
                        let described_to = self.lw_is(j, "to") && self.listed_before(j, lo);
                        if !joins_names && !described_to {
                            break;
                        }
                    }
                    // A cue word ends the phrase, unless it is a noun inside
                    // it: "A news report published Wednesday said".
                    if !t.has(Token::CAP)
                        && self.cue(j).is_some_and(|c| {
                            !(c.noun_like
                                && !self.tokens[m].has(Token::CAP)
                                && j > lo
                                && self.is_word(j - 1)
                                && !self.tokens[j - 1].has(Token::CAP)
                                && !self.has(j - 1, B::PRONOUN | B::ENDS_NP)
                                && self.cue(j - 1).is_none())
                        })
                    {
                        break;
                    }
                    if is(lj_b, B::PRONOUN) {
                        break;
                    }
                    // A determiner opens the phrase: "at which point the crowd",
                    // "to broadcast a short film" stop at it; "the head of the
                    // agency", "an adviser to the president", "all the members",
                    // "the other two" go on.
                    if is(lj_b, B::DETERMINER)
                        && !t.has(Token::CAP)
                        && !(j > lo
                            && self.is_word(j - 1)
                            && (self.has(j - 1, B::NP_PREPOSITION | B::DETERMINER)
                                || matches!(
                                    self.lw(j - 1),
                                    "all"
                                        | "both"
                                        | "half"
                                        | "to"
                                        | "by"
                                        | "about"
                                        | "near"
                                        | "along"
                                        | "among"
                                        | "against"
                                        | "across"
                                        | "behind"
                                        | "under"
                                        | "over"
                                        | "into"
                                        | "onto"
                                        | "around"
                                        | "inside"
                                        | "outside"
                                        | "between"
                                        | "without"
                                        | "like"
                                        | "than"
                                        | "through"
                                        | "throughout"
                                        | "past"
                                        | "beyond"
                                        | "toward"
                                        | "towards"
                                        | "within"
                                        | "upon"
                                )))
                    {
                        m = j;
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
                    // An inner hyphen: "34-year-old".
                    let hyphen = self.punct(j) == b'-'
                        && !self.tokens[j].has(Token::SPACE_BEFORE)
                        && !self.tokens[m].has(Token::SPACE_BEFORE);
                    if !abbrev && !plural_possessive && !hyphen {
                        break;
                    }
                }
                // A number joined to the next word: "34-year-old", "9/11".
                TokenKind::Number => {
                    if self.tokens[m].has(Token::SPACE_BEFORE) {
                        break;
                    }
                }
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
        // "analysts who have done the sums say": lowercase words after an
        // auxiliary are a verb phrase; the speaker is the phrase before "who".
        // "leaders who have read the contract say": a relative clause's object.
        if s > lo + 1 && self.is_word(s - 1) && !self.tokens[s - 1].has(Token::CAP) {
            let mut j = s - 1;
            while j > lo
                && s - j <= 8
                && self.is_word(j)
                && !self.tokens[j].has(Token::CAP)
                && !self.has(j, B::NP_PREPOSITION | B::DETERMINER | B::PRONOUN)
                && !matches!(self.lw(j), "who" | "that")
            {
                j -= 1;
            }
            if j > lo && self.is_word(j) && matches!(self.lw(j), "who" | "that") && j < s - 1 {
                return self.np_core(j - 1, lo).filter(|np| np.hi == j);
            }
            // "a woman who lives nearby said": a verb right after "who".
            if j > lo
                && j == s - 1
                && self.lw_is(j, "who")
                && !self.has(s, B::DETERMINER | B::CLASS | B::PRONOUN)
            {
                return self.np_core(j - 1, lo).filter(|np| np.hi == j);
            }
        }
        if s > lo && !self.tokens[s].has(Token::CAP) && self.is_word(s - 1) {
            let (l, l_b) = self.lwb(s - 1);
            // ("Even the mayor said", "and only the mayor said": a focus
            // adverb opening the clause stands before its subject.)
            let focus = matches!(l, "even" | "only" | "yet" | "still" | "just")
                && (s - 1 == lo || !self.is_word(s - 2) || matches!(self.lw(s - 2), "and" | "but"));
            if is(l_b, B::AUX_OR_ADVERB)
                && !is(l_b, B::PRONOUN | B::NP_PREPOSITION)
                && !matches!(l, "all" | "both" | "long" | "turn" | "first" | "since")
                && !focus
            {
                let mut j = s - 1;
                while j > lo && self.is_word(j) && self.has(j, B::AUX_OR_ADVERB) && s - j < 4 {
                    j -= 1;
                }
                if self.is_word(j) && matches!(self.lw(j), "who" | "that") && j > lo {
                    return self.np_core(j - 1, lo).filter(|np| np.hi == j);
                }
                return None;
            }
        }
        Some(np)
    }

    /// The speaker phrase starting at `k` (after "said" or "according to").
    pub(super) fn np_after(&self, k: usize, hi: usize) -> Option<Np> {
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

    /// The speaker phrase after an inverting cue that follows a quotation
    /// (`"…," said the woman, who …`, `said one of those advisers.`,
    /// `said retired neurosurgeon Ana Ruiz`): words, numbers and hyphens up to
    /// the end of the clause (a punctuation mark, a relative pronoun, an
    /// adverbial), at most [`MAX_NP`] tokens. Never an adverbial or a time
    /// ("said Monday", "said later"), never a clause ("said it would").
    pub(super) fn np_inverted(&self, k: usize, hi: usize) -> Option<Np> {
        if k >= hi
            || self.in_quote(k)
            || !matches!(self.tokens[k].kind, TokenKind::Word | TokenKind::Number)
        {
            return None;
        }
        let (l, l_b) = self.lwb(k);
        if is(l_b, B::PRONOUN) {
            return Some(Np { lo: k, hi: k + 1 });
        }
        let cap = self.tokens[k].has(Token::CAP);
        if is(l_b, B::OPENS_ADVERBIAL | B::TIME)
            || (!cap
                && (is(l_b, B::LY_ADVERB | B::AUX_OR_ADVERB)
                    || (is(l_b, B::ENDS_NP) && !matches!(l, "this" | "those" | "these"))))
        {
            return None;
        }
        let mut j = k;
        while j < hi && j - k < MAX_NP && !self.in_quote(j) {
            let t = &self.tokens[j];
            match t.kind {
                TokenKind::Word => {
                    let (lj, lj_b) = self.lwb(j);
                    // "one of those advisers": a determiner after "of".
                    let after_of = j > k && self.lw_is(j - 1, "of") && is(lj_b, B::DETERMINER);
                    if j > k && !t.has(Token::CAP) && !after_of {
                        let of = lj == "of" && j + 1 < hi && !self.has(j + 1, B::TIME);
                        if (is(lj_b, B::ENDS_NP | B::OPENS_ADVERBIAL) && !of)
                            || self.cue(j).is_some()
                            || is(lj_b, B::ING | B::LY_ADVERB)
                        {
                            break;
                        }
                    }
                }
                TokenKind::Number | TokenKind::Possessive => {}
                TokenKind::Punct => {
                    // Inner hyphens ("43-year-old", "9/11") and abbreviation dots ("Gov.").
                    let joined = matches!(self.punct(j), b'-' | b'/')
                        && !t.has(Token::SPACE_BEFORE)
                        && j + 1 < hi
                        && !self.tokens[j + 1].has(Token::SPACE_BEFORE);
                    let abbrev = self.punct(j) == b'.'
                        && j > k
                        && self.tokens[j - 1].has(Token::CAP)
                        && self.tok(j - 1).len() <= 4
                        && j + 1 < hi
                        && self.tokens[j + 1].has(Token::CAP);
                    if !joined && !abbrev {
                        break;
                    }
                }
            }
            j += 1;
        }
        // The clause must end here, and the phrase must not end on a determiner
        // or preposition ("said the", "said one of").
        let mut e = j;
        while e > k && (self.has(e - 1, B::NP_PREPOSITION) || self.punct(e - 1) != 0) {
            e -= 1;
        }
        if e <= k || e < j || !self.ends_clause(j, hi) {
            return None;
        }
        if e == k + 1 && self.has(k, B::DETERMINER) && !matches!(l, "another" | "one" | "others") {
            return None;
        }
        if !(k..e).any(|j| self.is_word(j)) {
            return None;
        }
        Some(Np { lo: k, hi: e })
    }

    /// `Obama, who called the plan "unfit"`: the relative pronoun between a
    /// subject and its cue (only adverbs and auxiliaries after it), the
    /// mention nearest the quote.
    pub(super) fn relative_before(&self, a: &Attr) -> Option<usize> {
        if a.order != Order::Subject || a.speaker.hi >= a.cue_lo {
            return None;
        }
        let mut j = a.speaker.hi;
        if matches!(self.tok(j), "," | "—" | "–" | "--") {
            j += 1;
        }
        if j >= a.cue_lo || !self.is_word(j) || !matches!(self.lw(j), "who" | "which" | "that") {
            return None;
        }
        // Between the pronoun and its verb: auxiliaries, adverbs, a short
        // adverbial ("who has in the past described") or one between commas
        // ("who, on a press call Friday, criticized").
        let mut k = a.cue_lo;
        let mut n = 0;
        while k > j + 1 && n < 6 {
            let m = k - 1;
            if self.is_word(m) && self.has(m, B::AUX_OR_ADVERB | B::LY_ADVERB) {
                k = m;
            } else if self.is_word(m)
                && self.has(m, B::TIME | B::PERIOD)
                && m > j + 1
                && matches!(self.lw(m - 1), "last" | "this" | "on" | "next")
            {
                // "who last week described", "who on Monday called".
                k = m - 1;
            } else if self.is_word(m) && self.adverbial_before(m, j + 1) > 0 {
                k = m + 1 - self.adverbial_before(m, j + 1);
            } else if self.is_punct(m, ",") && self.is_punct(j + 1, ",") && m > j + 3 {
                let inner_ok = self.is_word(j + 2)
                    && self.has(j + 2, B::OPENS_ADVERBIAL)
                    && (j + 2..m).all(|x| {
                        !self.in_quote(x)
                            && (self.is_word(x) || self.tokens[x].kind == TokenKind::Number)
                    })
                    && m - j <= 10;
                if !inner_ok {
                    return None;
                }
                k = j + 1;
            } else {
                return None;
            }
            n += 1;
        }
        (k == j + 1).then_some(j)
    }

    /// After a description and a comma, a name that ends the clause, maybe
    /// after a lowercase title (`, former trade adviser Dana Cole.`).
    pub(super) fn name_after_description(&self, k: usize, hi: usize) -> Option<Np> {
        if k >= hi || !self.is_punct(k, ",") {
            return None;
        }
        let mut j = k + 1;
        while j < hi && j < k + 7 && self.is_word(j) && !self.tokens[j].has(Token::CAP) {
            if self.has(j, B::ENDS_NP | B::DETERMINER) && j > k + 1 {
                return None;
            }
            j += 1;
        }
        let mut e = j;
        while e < hi && e < j + 4 && self.is_word(e) && self.tokens[e].has(Token::CAP) {
            e += 1;
        }
        (e > j && self.in_entity(j) && self.ends_clause(e, hi)).then_some(Np { lo: j, hi: e })
    }
}

/// Words after which a name may open a clause as its subject ("and now
/// Trump claims …", "because Acme reports …").
const CLAUSE_OPENERS: &[&str] = &[
    "that", "and", "but", "or", "nor", "as", "when", "while", "because", "if", "since", "so",
    "then", "now", "also", "still", "even", "where", "whether", "though", "although", "until",
    "once", "yet", "why", "how", "what", "who", "which", "whom", "unless", "after", "before",
    "than",
];
