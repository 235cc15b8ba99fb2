//! Candidate entities of one document: title chains, capitalised runs and
//! word-list hits, sentence by sentence. Document-level consistency is in
//! `doc.rs`.

use super::lexicon::{f, Hit, Kind, Lexicon, TitleKind};
use crate::analysis::{Gender, Label, TitleNote};
use crate::rule::Rule;
use crate::span::Span;
use crate::text::token::{Token, TokenKind};

/// How sure a candidate is, in increasing order.
pub(crate) mod strength {
    /// Nothing but a capital letter: kept only if the document labels it.
    pub(crate) const UNKNOWN: u8 = 0;
    /// A guess from the shape of the words.
    pub(crate) const GUESS: u8 = 1;
    /// A rule with word-list evidence (a given name, a head word).
    pub(crate) const RULE: u8 = 2;
    /// A word-list entry, a title before a name, a listed given name and surname.
    pub(crate) const KNOWN: u8 = 3;
}

/// A candidate entity over tokens `a..b`.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Cand {
    pub(crate) a: usize,
    pub(crate) b: usize,
    pub(crate) label: Option<Label>,
    pub(crate) rule: Rule,
    pub(crate) strength: u8,
    /// The first word of a sentence or line (its capital is weak evidence).
    pub(crate) initial: bool,
    /// From a gazetteer entry that is a country.
    pub(crate) country: bool,
    /// From a word-list entry (wins over a value entity it overlaps).
    pub(crate) listed: bool,
    /// No word-list feature at all (not a known name, word or head).
    pub(crate) feat_free: bool,
}

impl Cand {
    /// Give the candidate a new reading: its label, the rule that says so
    /// and how sure that rule is.
    #[inline]
    pub(crate) fn relabel(&mut self, label: Option<Label>, rule: Rule, strength: u8) {
        self.label = label;
        self.rule = rule;
        self.strength = strength;
    }

    /// Take the candidate's reading back: a capitalised word with no label
    /// (`ner/unknown`), which the document may still label.
    #[inline]
    pub(crate) fn unlabel(&mut self) {
        self.relabel(None, rules::UNKNOWN, strength::UNKNOWN);
    }
}

/// Rule ids, in one place.
pub(crate) mod rules {
    use crate::rule::Rule;
    pub(crate) const GAZETTEER: Rule = Rule("ner/gazetteer");
    pub(crate) const PERSON_TITLE: Rule = Rule("ner/person/title");
    pub(crate) const PERSON_COORD: Rule = Rule("ner/person/coordinated-title");
    pub(crate) const PERSON_GIVEN: Rule = Rule("ner/person/given-name");
    pub(crate) const PERSON_SURNAME: Rule = Rule("ner/person/surname");
    pub(crate) const PERSON_SHAPE: Rule = Rule("ner/person/name-shape");
    pub(crate) const PERSON_SPEAKS: Rule = Rule("ner/person/speaker");
    pub(crate) const ORG_SUFFIX: Rule = Rule("ner/org/legal-suffix");
    pub(crate) const ORG_HEAD: Rule = Rule("ner/org/head-word");
    pub(crate) const ORG_PLACE: Rule = Rule("ner/org/place-name");
    pub(crate) const ORG_AMPERSAND: Rule = Rule("ner/org/ampersand");
    pub(crate) const ORG_OFFICE: Rule = Rule("ner/org/before-office");
    pub(crate) const ORG_ACRONYM: Rule = Rule("ner/org/acronym");
    pub(crate) const EVENT_HEAD: Rule = Rule("ner/event/head-word");
    pub(crate) const EVENT_START: Rule = Rule("ner/event/start-word");
    pub(crate) const FAC_HEAD: Rule = Rule("ner/fac/head-word");
    pub(crate) const LOC_HEAD: Rule = Rule("ner/loc/head-word");
    pub(crate) const GPE_HEAD: Rule = Rule("ner/gpe/head-word");
    pub(crate) const GPE_CONTEXT: Rule = Rule("ner/gpe/context");
    pub(crate) const GPE_DATELINE: Rule = Rule("ner/gpe/dateline");
    /// Internal: a capitalised word the document may label later; never on an entity.
    pub(crate) const UNKNOWN: Rule = Rule("ner/unknown");
    pub(crate) const DOC_SURNAME: Rule = Rule("ner/doc/surname");
    pub(crate) const DOC_FIRST: Rule = Rule("ner/doc/first-name");
    pub(crate) const DOC_ACRONYM: Rule = Rule("ner/doc/acronym");
    pub(crate) const DOC_SAME: Rule = Rule("ner/doc/same-name");
    pub(crate) const DOC_TEAM: Rule = Rule("ner/doc/team");
    pub(crate) const DOC_ORG: Rule = Rule("ner/doc/org-context");
    pub(crate) const DOC_LIST: Rule = Rule("ner/doc/list-of-people");
    pub(crate) const DOC_SCORECARD: Rule = Rule("ner/doc/scorecard");
}

const MAX_MODS: usize = 4;
const MAX_UNITS: usize = 4;
const MAX_NAME: usize = 6;
/// Longest capitalised run considered as one name (keeps the work per run bounded).
const MAX_RUN: usize = 12;

/// One title of a chain: tokens `a..b`.
#[derive(Clone, Copy, Debug)]
struct Unit {
    a: usize,
    b: usize,
    kind: TitleKind,
    plural: bool,
}

/// The per-document working state.
pub(crate) struct Ctx<'a> {
    pub(crate) text: &'a str,
    pub(crate) toks: &'a [Token],
    lex: &'a Lexicon,
    /// Word features per token.
    pub(crate) feat: Vec<u32>,
    /// Longest word-list hit per token: (end token, hit).
    hits: Hits,
    /// Token starts a sentence or a line.
    unit_start: Vec<bool>,
    /// The tokens that do, in order (the first token is one).
    unit_starts: Vec<usize>,
    /// The words written in capitals, in order (few).
    upper: Vec<usize>,
    /// Token already belongs to a title chain or a name.
    used: Vec<bool>,
    pub(crate) cands: Vec<Cand>,
    pub(crate) notes: Vec<TitleNote>,
    /// How many words of sports reporting the document holds.
    pub(crate) sport: usize,
}

/// Where title chains and names may open: one bit per token.
struct Openers {
    title: Vec<u64>,
    run: Vec<u64>,
}

/// The first token from `from` on (before `to`) whose bit is set, or `to`.
#[inline]
fn next_bit(bits: &[u64], from: usize, to: usize) -> usize {
    let mut w = from / 64;
    if from >= to {
        return to;
    }
    let mut word = bits[w] & (!0u64 << (from % 64));
    loop {
        if word != 0 {
            return (w * 64 + word.trailing_zeros() as usize).min(to);
        }
        w += 1;
        if w * 64 >= to {
            return to;
        }
        word = bits[w];
    }
}

/// The word-list hit of each token, kept small: most tokens have none, so a
/// token holds the index of its hit in a list (0: none), and the per-token
/// part is four zeroed bytes, not a 24-byte option to initialise.
struct Hits {
    at: Vec<u32>,
    /// `list[0]` is `None`.
    list: Vec<Option<(usize, Hit)>>,
}

impl Hits {
    fn new(n: usize) -> Hits {
        // News has about one hit per twenty tokens.
        let mut list = Vec::with_capacity(n / 16 + 1);
        list.push(None);
        Hits {
            at: vec![0; n],
            list,
        }
    }

    /// Token `i` has a hit.
    #[inline]
    fn has(&self, i: usize) -> bool {
        self.at[i] != 0
    }

    fn get(&self, i: usize) -> Option<&Option<(usize, Hit)>> {
        self.at.get(i).map(|&k| &self.list[k as usize])
    }

    fn set(&mut self, i: usize, hit: Option<(usize, Hit)>) {
        self.at[i] = match (hit, u32::try_from(self.list.len())) {
            (Some(_), Ok(k)) => {
                self.list.push(hit);
                k
            }
            // No hit, or more hits than a u32 counts (a text of more than
            // four billion tokens): none.
            _ => 0,
        };
    }
}

impl std::ops::Index<usize> for Hits {
    type Output = Option<(usize, Hit)>;

    #[inline]
    fn index(&self, i: usize) -> &Self::Output {
        &self.list[self.at[i] as usize]
    }
}

#[inline]
fn is_word(t: &Token) -> bool {
    t.kind == TokenKind::Word
}

impl<'a> Ctx<'a> {
    pub(crate) fn new(
        text: &'a str,
        toks: &'a [Token],
        sentences: &[crate::analysis::Sentence],
        lex: &'a Lexicon,
    ) -> Ctx<'a> {
        let n = toks.len();
        let mut feat = vec![0u32; n];
        let mut hits = Hits::new(n);
        let mut unit_start = vec![false; n];
        // A sentence starts a unit, and so does a line without a full stop.
        let mut unit_starts = Vec::with_capacity(sentences.len() + 16);
        // The end and start of sentence `s`; past the last one, bounds no
        // token reaches.
        let bounds = |s: usize| {
            sentences
                .get(s)
                .map_or((usize::MAX, usize::MAX), |x| (x.span.end, x.span.start))
        };
        let mut s = 0usize;
        let (mut s_end, mut s_start) = bounds(s);
        let mut sport = 0usize;
        let mut upper = Vec::new();
        let mut title_end = usize::MAX;
        let mut hit_end = 0usize;
        for (i, t) in toks.iter().enumerate() {
            let mut new_sentence = i == 0 || t.has(Token::NEWLINE_BEFORE);
            while s_end <= t.span.start {
                s += 1;
                (s_end, s_start) = bounds(s);
                new_sentence = true;
            }
            if s_start == t.span.start {
                new_sentence = true;
            }
            // "C. Lewis", "Lt. Gen. Arkady": a splitter may end a sentence
            // after an initial or an abbreviated title.
            if new_sentence
                && !t.has(Token::NEWLINE_BEFORE)
                && i >= 2
                && &text[toks[i - 1].span] == "."
                && ((toks[i - 2].span.len() == 1 && toks[i - 2].has(Token::CAP))
                    || title_end == toks[i - 1].span.end)
            {
                new_sentence = false;
            }
            // Initials "K.C. Maurer": a dotted token that names nothing.
            if new_sentence
                && !t.has(Token::NEWLINE_BEFORE)
                && t.has(Token::CAP)
                && i >= 1
                && toks[i - 1].has(Token::UPPER)
                && text[toks[i - 1].span].ends_with('.')
                && toks[i - 1].span.len() <= 6
                && hits[i - 1].is_none()
            {
                new_sentence = false;
            }
            // A word-list entry across the break ("U.S. Open") holds it together.
            if new_sentence && !t.has(Token::NEWLINE_BEFORE) && hit_end > t.span.start {
                new_sentence = false;
            }
            unit_start[i] = new_sentence;
            // (A number may be written in capitals too: "3AM".)
            if t.has(Token::UPPER) {
                upper.push(i);
            }
            if new_sentence {
                unit_starts.push(i);
            }
            if is_word(t) {
                let w = &text[t.span];
                feat[i] = lex.word_any_case(w, t.has(Token::UPPER));
                feat[i] |= lex.head_of(w, feat[i]);
                if feat[i] & f::SPORT != 0 {
                    sport += 1;
                }
                let first = w.as_bytes()[0];
                // Hits start at a capital, or at the first word of a
                // lower-case entry ("envoy", "foreign policy chief").
                if (t.has(Token::CAP)
                    || (first.is_ascii_lowercase() && feat[i] & f::LOWER_START != 0))
                    && lex.may_start_hit(w)
                {
                    if let Some(h) = lex.hit_at(text, t.span.start, text.len()) {
                        // Align the hit with token ends.
                        let mut j = i + 1;
                        while j < n && toks[j].span.end <= h.end {
                            j += 1;
                        }
                        // A team's nickname right after a capitalised
                        // word is part of that name ("Linda Wild").
                        let nickname_in_name = h.entry.sport
                            && i > 0
                            && toks[i - 1].has(Token::CAP)
                            && is_word(&toks[i - 1]);
                        // "Marcus King", "Rachel Bishop": a title that is
                        // also a surname, right after a given name, is the
                        // surname.
                        let surname_title = matches!(h.entry.kind, Kind::Title(_))
                            && j == i + 1
                            && !h.plural
                            && t.has(Token::CAP)
                            && feat[i] & f::SURNAME != 0
                            && i > 0
                            && toks[i - 1].has(Token::CAP)
                            && feat[i - 1] & f::GIVEN != 0
                            && feat[i - 1] & (f::COMMON | f::VOCAB) == 0
                            && hits.at[i - 1] == 0;
                        // "Dean Jones", "Duke Ellington": a capitalised title
                        // that is also a given name, before a surname that is
                        // no given name, is the given name.
                        let given_title = matches!(h.entry.kind, Kind::Title(_))
                            && j == i + 1
                            && !h.plural
                            && t.has(Token::CAP)
                            && feat[i] & (f::GIVEN_M | f::GIVEN_F) != 0
                            && feat[i] & (f::COMMON | f::VOCAB) == 0
                            && i + 1 < n
                            && toks[i + 1].has(Token::CAP)
                            && is_word(&toks[i + 1])
                            && lex.word(&text[toks[i + 1].span]) & (f::SURNAME | f::GIVEN)
                                == f::SURNAME
                            && !(i + 2 < n && toks[i + 2].has(Token::CAP) && is_word(&toks[i + 2]));
                        // "Todd Van Poppel": a name particle that is also a
                        // place, between a given name and a surname.
                        let particle_place = matches!(h.entry.kind, Kind::Named(Label::Gpe))
                            && j == i + 1
                            && capital_particle(w)
                            && i > 0
                            && feat[i - 1] & f::GIVEN != 0
                            && toks[i - 1].has(Token::CAP)
                            && i + 1 < n
                            && toks[i + 1].has(Token::CAP);
                        if toks[j - 1].span.end == h.end
                            && (t.has(Token::CAP) || matches!(h.entry.kind, Kind::Title(_)))
                            && !nickname_in_name
                            && !surname_title
                            && !given_title
                            && !particle_place
                        {
                            hits.set(i, Some((j, h)));
                            if matches!(h.entry.kind, Kind::Title(_)) {
                                title_end = h.end;
                            }
                            hit_end = hit_end.max(h.end);
                        }
                    }
                }
            }
        }
        Ctx {
            text,
            toks,
            lex,
            feat,
            hits,
            unit_start,
            unit_starts,
            upper,
            used: vec![false; n],
            // About one candidate name per eight tokens in news.
            cands: Vec::with_capacity(n / 8),
            notes: Vec::new(),
            sport,
        }
    }

    /// The tokens `a..b` of the `k`-th sentence or line.
    #[inline]
    fn unit_at(&self, k: usize) -> (usize, usize) {
        let end = self.unit_starts.get(k + 1).copied();
        (self.unit_starts[k], end.unwrap_or(self.toks.len()))
    }

    /// Token `i` opens a word-list entry.
    pub(crate) fn listed(&self, i: usize) -> bool {
        self.hits.has(i)
    }

    #[inline]
    pub(crate) fn w(&self, i: usize) -> &'a str {
        &self.text[self.toks[i].span]
    }

    #[inline]
    pub(crate) fn span(&self, a: usize, b: usize) -> Span {
        Span::new(self.toks[a].span.start, self.toks[b - 1].span.end)
    }

    #[inline]
    fn cap(&self, i: usize) -> bool {
        let t = &self.toks[i];
        is_word(t) && t.has(Token::CAP)
    }

    /// Run every sentence-level rule.
    pub(crate) fn find(&mut self) {
        let n = self.toks.len();
        // Names written in capitals ("FRANCE", "NEW YORK") outside headlines.
        for k in 0..self.upper.len() {
            let i = self.upper[k];
            if !self.hits.has(i) {
                let hit = self.caps_hit(i, n);
                self.hits.set(i, hit);
            }
        }
        let opens = self.openers();
        for k in 0..self.unit_starts.len() {
            let (a, b) = self.unit_at(k);
            self.unit(a, b, &opens);
        }
        self.titles_after();
        self.title_case_guesses();
    }

    /// A sentence in title case, as headlines are ("Houseguest Who Won't
    /// Leave", "Trump Says He Never Pledged To Kill"): two capitalised
    /// function words or more inside it, and no more lower-case words than
    /// those. There, a name guessed from the shape of its words alone, or
    /// one word of no name list after a title ("Governor Says"), is no
    /// evidence, as in a line in capitals: it is left for the document to
    /// label ("President Obama Says …" keeps Obama when the article names
    /// him).
    fn title_case_guesses(&mut self) {
        let weak = |ctx: &Self, c: &Cand| {
            (c.rule == rules::PERSON_SHAPE && c.strength == strength::GUESS)
                // "The Bill": a function word does not open a name.
                || (c.label == Some(Label::Person)
                    && c.strength < strength::KNOWN
                    && ctx.feat[c.a] & f::FUNC != 0
                    && ctx.feat[c.a] & f::GIVEN == 0)
                // "Governor Says", "Lawmakers Act": a title before one word
                // of no name list.
                || (matches!(c.rule, rules::PERSON_TITLE | rules::PERSON_COORD)
                    && c.b - c.a == 1
                    && ctx.feat[c.a] & (f::GIVEN | f::SURNAME) == 0)
        };
        if !self.cands.iter().any(|c| weak(self, c)) {
            return;
        }
        // The title-case sentences, as token ranges (few).
        let mut units: Vec<(usize, usize)> = Vec::new();
        for k in 0..self.unit_starts.len() {
            let (a, b) = self.unit_at(k);
            let (mut cap_func, mut lower) = (0usize, 0usize);
            for (t, &feat) in self.toks[a + 1..b].iter().zip(&self.feat[a + 1..b]) {
                if is_word(t) {
                    if !t.has(Token::CAP) {
                        lower += 1;
                    } else if feat & f::FUNC != 0
                        && !t.has(Token::UPPER)
                        // "A." is an initial.
                        && t.span.len() > 1
                    {
                        cap_func += 1;
                    }
                }
            }
            if cap_func >= 2 && lower <= cap_func {
                units.push((a, b));
            }
        }
        if units.is_empty() {
            return;
        }
        for i in 0..self.cands.len() {
            if !weak(self, &self.cands[i]) {
                continue;
            }
            let func_first = self.feat[self.cands[i].a] & f::FUNC != 0;
            let c = &mut self.cands[i];
            let k = units.partition_point(|&(_, b)| b <= c.a);
            if k < units.len() && units[k].0 <= c.a {
                if func_first && c.b - c.a >= 3 && c.rule != rules::PERSON_SHAPE {
                    // "And Hillary Clinton": the name after the word.
                    c.a += 1;
                    continue;
                }
                c.unlabel();
            }
        }
        // "President Obama Says He …": a name after a title ends before a
        // verb of the headline (a word of no name list ending in s) or a
        // function word.
        for i in 0..self.cands.len() {
            let c = self.cands[i];
            if !matches!(c.rule, rules::PERSON_TITLE | rules::PERSON_COORD) || c.b - c.a < 2 {
                continue;
            }
            let k = units.partition_point(|&(_, b)| b <= c.a);
            if !(k < units.len() && units[k].0 <= c.a) {
                continue;
            }
            let cut = (c.a + 1..c.b).find(|&j| {
                self.feat[j] & (f::GIVEN | f::SURNAME | f::PARTICLE) == 0
                    && (self.feat[j] & f::FUNC != 0 || self.w(j).ends_with('s'))
            });
            if let Some(j) = cut {
                let c = &mut self.cands[i];
                c.b = j;
                if j - c.a == 1 && self.feat[c.a] & (f::GIVEN | f::SURNAME) == 0 {
                    c.unlabel();
                }
            }
        }
    }

    /// The tokens where a title chain or a name may open, as bit sets (one
    /// bit per token), so that the sentence loops jump from one to the next
    /// instead of testing every token. Built without a branch per token.
    fn openers(&self) -> Openers {
        let words = self.toks.len().div_ceil(64);
        let mut o = Openers {
            title: Vec::with_capacity(words),
            run: Vec::with_capacity(words),
        };
        // Sixty-four tokens at a time, each word of bits built in a register.
        let chunks = (self.toks.chunks(64))
            .zip(self.feat.chunks(64))
            .zip(self.hits.at.chunks(64));
        for ((toks, feat), at) in chunks {
            let (mut title, mut run) = (0u64, 0u64);
            for (k, ((t, &feat), &at)) in toks.iter().zip(feat).zip(at).enumerate() {
                let word = u64::from(t.kind == TokenKind::Word);
                let hit = u64::from(at != 0);
                let cap = u64::from(t.has(Token::CAP));
                // A title opens with a word-list hit, a title modifier or an
                // office's service ("Foreign Ministry spokesman").
                let title_word = u64::from(feat & (f::TITLE_MOD | f::ORG_HEAD) != 0);
                title |= (word & (hit | title_word)) << k;
                // A name opens with a capitalised word or a word-list hit.
                run |= (word & (cap | hit)) << k;
            }
            o.title.push(title);
            o.run.push(run);
        }
        o
    }

    /// One sentence or line: tokens `a..b`.
    fn unit(&mut self, a: usize, b: usize, opens: &Openers) {
        // A headline: words in capitals and single capitals, nothing else
        // (the first other word settles it).
        let mut upper = 0;
        let mut other = false;
        for t in &self.toks[a..b] {
            if !is_word(t) {
                continue;
            }
            if t.has(Token::UPPER) {
                upper += 1;
            } else if t.span.len() > 1 || !t.has(Token::CAP) {
                other = true;
                break;
            }
        }
        let headline = upper >= 1 && !other;
        if headline {
            self.headline_unit(a, b);
            return;
        }
        // The first word of the sentence (after opening punctuation).
        let first =
            (a..b).find(|&i| is_word(&self.toks[i]) || self.toks[i].kind == TokenKind::Number);
        let mut i = next_bit(&opens.title, a, b);
        while i < b {
            if !self.used[i] {
                if let Some(next) = self.title_chain(i, b) {
                    i = next_bit(&opens.title, next, b);
                    continue;
                }
            }
            i = next_bit(&opens.title, i + 1, b);
        }
        let mut i = a;
        loop {
            i = next_bit(&opens.run, i, b);
            if i >= b {
                break;
            }
            if let Some(e) = self.run_at(i, b) {
                let initial = Some(i) == first || self.after_open_quote(i) || self.after_stop(i);
                self.classify(i, e, initial);
                i = e;
            } else {
                i += 1;
            }
        }
    }

    /// Right after a full stop the splitter kept inside the sentence: the
    /// capital may be a sentence start (not after an initial or a title).
    fn after_stop(&self, i: usize) -> bool {
        if i < 2 {
            return false;
        }
        let mut p = i - 1;
        if matches!(self.w(p), "\"" | "”" | "’" | "'" | ")") {
            p -= 1;
        }
        if !matches!(self.w(p), "." | "!" | "?") || p == 0 {
            return false;
        }
        let before = &self.toks[p - 1];
        let initial = before.span.len() == 1 && before.has(Token::CAP);
        let title = matches!(self.hits.get(p - 1), Some(Some((_, h))) if matches!(h.entry.kind, Kind::Title(_)));
        !initial && !title && !self.used[i]
    }

    fn after_open_quote(&self, i: usize) -> bool {
        i > 0 && {
            let p = self.w(i - 1);
            matches!(p, "\"" | "“" | "‘" | "'") && !self.toks[i].has(Token::SPACE_BEFORE)
        }
    }

    /// A line in capitals: word-list hits, given name + word, and unknown
    /// words left for the document to decide.
    fn headline_unit(&mut self, a: usize, b: usize) {
        let mut i = a;
        while i < b {
            let t = self.toks[i];
            if !is_word(&t) || !t.has(Token::CAP) {
                i += 1;
                continue;
            }
            if let Some((e, h)) = self.hits[i].or_else(|| self.caps_hit(i, b)) {
                if e <= b {
                    self.emit_hit(i, e, h, false);
                    i = e;
                    continue;
                }
            }
            let fi = self.feat[i];
            if fi & (f::FUNC | f::TEMPORAL | f::SPORT) != 0 || t.span.len() < 2 {
                i += 1;
                continue;
            }
            if fi & f::GIVEN != 0
                && fi & f::COMMON == 0
                && i + 1 < b
                && self.cap(i + 1)
                && self.hits[i + 1].is_none()
                && self.feat[i + 1] & f::SURNAME != 0
                && self.feat[i + 1] & (f::FUNC | f::TEMPORAL | f::HEAD) == 0
            {
                self.push(
                    i,
                    i + 2,
                    Some(Label::Person),
                    rules::PERSON_GIVEN,
                    strength::RULE,
                    false,
                );
                i += 2;
                continue;
            }
            self.push(i, i + 1, None, rules::UNKNOWN, strength::UNKNOWN, true);
            i += 1;
        }
    }

    /// A word-list entry written in capitals at `i`: the longest of up to
    /// four words.
    fn caps_hit(&self, i: usize, lim: usize) -> Option<(usize, Hit)> {
        let mut words = [""; 4];
        let mut n = 0;
        let mut k = i;
        while k < lim && n < 4 {
            let t = &self.toks[k];
            if !is_word(t) || (n > 0 && self.text[self.toks[k - 1].span.end..t.span.start] != *" ")
            {
                break;
            }
            words[n] = self.w(k);
            n += 1;
            k += 1;
        }
        (1..=n).rev().find_map(|m| {
            self.lex.entry_titlecased(&words[..m]).map(|entry| {
                let end = self.toks[i + m - 1].span.end;
                (
                    i + m,
                    Hit {
                        end,
                        entry,
                        plural: false,
                    },
                )
            })
        })
    }

    fn push(
        &mut self,
        a: usize,
        b: usize,
        label: Option<Label>,
        rule: Rule,
        st: u8,
        initial: bool,
    ) {
        self.cands.push(Cand {
            a,
            b,
            label,
            rule,
            strength: st,
            initial,
            country: false,
            listed: false,
            feat_free: self.feat[a] == 0,
        });
    }

    fn emit_hit(&mut self, a: usize, b: usize, h: Hit, initial: bool) {
        // A team's nickname that is an ordinary word ("Heat") names the
        // team only in a sports report; elsewhere the document decides.
        if h.entry.sport && self.sport < 2 {
            if b - a == 1 {
                self.push(a, b, None, rules::UNKNOWN, strength::UNKNOWN, initial);
            }
            return;
        }
        let label = match h.entry.kind {
            Kind::Named(l) => l,
            Kind::Person => Label::Person,
            Kind::Title(_) => return,
        };
        self.cands.push(Cand {
            a,
            b,
            label: Some(label),
            rule: rules::GAZETTEER,
            strength: strength::KNOWN,
            initial,
            country: h.entry.country,
            listed: true,
            feat_free: false,
        });
    }

    // ---- titles -------------------------------------------------------

    fn title_hit(&self, i: usize, lim: usize) -> Option<(usize, TitleKind, bool)> {
        if i >= lim {
            return None;
        }
        match *self.hits.get(i)? {
            Some((e, h)) if e <= lim => match h.entry.kind {
                Kind::Title(k) => Some((e, k, h.plural)),
                _ => None,
            },
            _ => None,
        }
    }

    fn is_mod(&self, i: usize) -> bool {
        let t = &self.toks[i];
        if !is_word(t) || self.used[i] {
            return false;
        }
        if self.feat[i] & f::TITLE_MOD != 0 {
            return true;
        }
        // The service of an office: "Foreign Ministry spokesman".
        if t.has(Token::CAP) && self.feat[i] & f::ORG_HEAD != 0 && self.feat[i] & f::GIVEN == 0 {
            return true;
        }
        // A country written in capitals: US, UK, U.S.
        matches!(self.hits[i], Some((e, h)) if e == i + 1 && t.has(Token::UPPER)
            && h.entry.country && h.entry.kind == Kind::Named(Label::Gpe))
    }

    /// One title: modifiers, a head from the title list, and an optional
    /// complement ("of the Army", "in Europe", "of staff").
    fn title_unit(&self, i: usize, lim: usize) -> Option<Unit> {
        self.title_unit_in(i, lim, false)
    }

    /// [`Ctx::title_unit`]; in an apposition (`apposition`: the title set off
    /// by commas after a name) the complement may also be "at" a place of
    /// work and name it in capitalised words ("president of the Farm
    /// Bureau", "a teacher at Hill School"): no name follows to be swallowed.
    fn title_unit_in(&self, i: usize, lim: usize, apposition: bool) -> Option<Unit> {
        let mut j = i;
        let (head_end, kind, plural) = loop {
            if j >= lim || j - i > MAX_MODS {
                return None;
            }
            if let Some(h) = self.title_hit(j, lim) {
                break h;
            }
            if !self.is_mod(j) {
                return None;
            }
            j += 1;
        };
        let (mut head_end, mut kind, mut plural) = (head_end, kind, plural);
        // Office after office: "chief economist", "deputy head".
        while kind == TitleKind::Office && !plural {
            match self.title_hit(head_end, lim) {
                Some((e2, TitleKind::Office, p2)) if e2 > head_end => {
                    head_end = e2;
                    plural = p2;
                    kind = TitleKind::Office;
                }
                _ => break,
            }
        }
        let mut k = head_end;
        let connector = k < lim
            && match self.w(k) {
                "of" | "in" | "for" | "to" => true,
                "at" => apposition,
                _ => false,
            };
        if k + 1 < lim && connector {
            let mut m = k + 1;
            if m < lim && self.w(m) == "the" {
                m += 1;
            }
            let c0 = m;
            let most = if apposition { 6 } else { 4 };
            while m < lim && m - c0 < most {
                if let Some((e, h)) = self.hits[m] {
                    if e <= lim && matches!(h.entry.kind, Kind::Named(_)) {
                        m = e;
                        continue;
                    }
                }
                let t = &self.toks[m];
                if is_word(t)
                    && self.feat[m] & f::GIVEN == 0
                    && (self.feat[m] & f::TITLE_MOD != 0 || self.feat[m] & f::ORG_HEAD != 0)
                {
                    m += 1;
                    continue;
                }
                // In an apposition: the capitalised name of the place of work
                // (not a title or a form of address: "spokesman for Mrs").
                if apposition && self.cap(m) && self.hits[m].is_none() {
                    m += 1;
                    continue;
                }
                // "of Public Works and Housing": a connector inside the name.
                if apposition
                    && m > c0
                    && m + 1 < lim
                    && matches!(self.w(m), "of" | "and" | "&")
                    && self.cap(m + 1)
                {
                    m += 1;
                    continue;
                }
                break;
            }
            if m > c0 {
                k = m;
            }
        }
        Some(Unit {
            a: i,
            b: k,
            kind,
            plural,
        })
    }

    /// A token that may be part of a name.
    /// "Hong Kong-based", "Iraqi-born", "US-led": an adjective made from a
    /// name, not part of one.
    fn compound_adjective(&self, i: usize) -> bool {
        let t = &self.toks[i];
        t.has(Token::HYPHEN)
            && matches!(
                self.w(i).rsplit(['-', '‐', '‑']).next(),
                Some(
                    "based"
                        | "born"
                        | "led"
                        | "owned"
                        | "listed"
                        | "registered"
                        | "backed"
                        | "made"
                        | "run"
                        | "controlled"
                        | "bound"
                        | "speaking"
                        | "style"
                        | "sponsored"
                        | "funded"
                        | "linked"
                        | "oriented"
                        | "bred"
                        | "raised"
                        | "educated"
                        | "trained"
                        | "financed"
                        | "supported"
                        | "dominated"
                        | "allied"
                        | "leaning"
                        | "occupied"
                        | "held"
                        | "related"
                        | "era"
                        | "like"
                        | "type"
                        | "area"
                        | "wide"
                        | "level"
                )
            )
    }

    /// "al-Amr", "el-Sisi", "bin-Laden": a particle joined to a capitalised name.
    fn particle_name(&self, i: usize) -> bool {
        let t = &self.toks[i];
        if !is_word(t) || !t.has(Token::HYPHEN) || t.has(Token::CAP) || self.used[i] {
            return false;
        }
        let w = self.w(i);
        let Some((head, rest)) = w.split_once('-') else {
            return false;
        };
        matches!(
            head,
            "al" | "el"
                | "ad"
                | "as"
                | "ash"
                | "at"
                | "az"
                | "ar"
                | "an"
                | "bin"
                | "ibn"
                | "abu"
                | "ul"
                | "ud"
        ) && rest.starts_with(|c: char| c.is_uppercase())
    }

    fn name_token(&self, i: usize) -> bool {
        let t = &self.toks[i];
        if self.particle_name(i) {
            return true;
        }
        if !is_word(t) || self.used[i] || !t.has(Token::CAP) || self.compound_adjective(i) {
            return false;
        }
        let fi = self.feat[i];
        if fi & (f::FUNC | f::TEMPORAL) != 0 && fi & (f::GIVEN | f::SURNAME_FIRST) == 0 {
            return false;
        }
        if fi & f::HEAD != 0 && fi & (f::GIVEN | f::SURNAME) == 0 {
            return false;
        }
        match self.hits[i] {
            Some((_, h)) => match h.entry.kind {
                Kind::Title(_) => false,
                Kind::Person => true,
                Kind::Named(_) => fi & (f::GIVEN | f::SURNAME) != 0,
            },
            None => true,
        }
    }

    /// One or two name particles at `k` ("de", "van der", "bin") followed by
    /// a capitalised word: the end of that word.
    fn particles_then_name(&self, k: usize, lim: usize) -> Option<usize> {
        let mut j = k;
        while j < lim && j - k < 2 {
            let t = &self.toks[j];
            if is_word(t) && self.feat[j] & f::PARTICLE != 0 && t.span.len() <= 4 {
                j += 1;
            } else {
                break;
            }
        }
        (j > k && j < lim && !self.used[j] && self.cap(j)).then_some(j + 1)
    }

    /// A name starting at `i`: its end.
    fn name_at(&self, i: usize, lim: usize) -> Option<usize> {
        if i >= lim || !self.name_token(i) {
            return None;
        }
        let mut k = i + 1;
        while k < lim && k - i < MAX_NAME {
            if self.name_token(k) || self.word_surname(i, k, lim) {
                k += 1;
                continue;
            }
            let t = &self.toks[k];
            // Particles inside names: de, van der, bin, al.
            if is_word(t) {
                if let Some(after) = self.particles_then_name(k, lim) {
                    if self.name_token(after - 1) {
                        k = after;
                        continue;
                    }
                }
            }
            // An initial: "George W. Bush".
            if self.w(k) == "."
                && self.toks[k - 1].span.len() == 1
                && k + 1 < lim
                && self.name_token(k + 1)
            {
                k += 1;
                continue;
            }
            // An initial that is also a word: "Margaret A. Ellison".
            if is_word(t)
                && t.span.len() == 1
                && t.has(Token::CAP)
                && k + 2 < lim
                && self.w(k + 1) == "."
                && self.toks[k + 2].has(Token::SPACE_BEFORE)
                && self.name_token(k + 2)
            {
                k += 2;
                continue;
            }
            break;
        }
        // A regnal number after a name given a title: "Queen Elizabeth I",
        // "King Baudouin I" (the pronoun never follows a titled name).
        if k == i + 1
            && k < lim
            && !self.used[k]
            && match self.w(k) {
                // "I" is also the pronoun ("President Carter I think"): only
                // after a listed given name, before punctuation or a word of
                // a reign ("Elizabeth I born", "Pedro I became").
                "I" => {
                    self.feat[i] & f::GIVEN != 0
                        && (k + 1 >= lim
                            || !is_word(&self.toks[k + 1])
                            || matches!(
                                self.w(k + 1),
                                "born"
                                    | "became"
                                    | "died"
                                    | "of"
                                    | "and"
                                    | "who"
                                    | "whose"
                                    | "reigned"
                                    | "ruled"
                                    | "succeeded"
                            ))
                }
                w => matches!(w, "II" | "III" | "IV" | "V" | "VI" | "VII" | "VIII"),
            }
        {
            k += 1;
        }
        Some(k)
    }

    /// Titles before a name: record the person and its titles.
    fn title_chain(&mut self, i: usize, lim: usize) -> Option<usize> {
        let mut units = [Unit {
            a: 0,
            b: 0,
            kind: TitleKind::Office,
            plural: false,
        }; MAX_UNITS];
        let mut n = 0;
        let mut j = i;
        while n < MAX_UNITS {
            match self.title_unit(j, lim) {
                Some(u) => {
                    units[n] = u;
                    n += 1;
                    j = u.b;
                }
                None => break,
            }
        }
        if n == 0 {
            return None;
        }
        let units = &mut units[..n];
        let name_end = match self.name_at(j, lim) {
            Some(e) => e,
            None => return Some(j.max(i + 1)),
        };
        // "Director of the National Iodine Nutrition study", "commander of
        // the Korean People's Army": a complement ending with a modifier or
        // a nationality goes on into an organisation's name, not a person's
        // (unless a given name opens it: "Secretary of State John Kerry").
        let u = units[n - 1];
        if j >= 2
            && (u.a..j).any(|k| matches!(self.w(k), "of" | "for"))
            && self.feat[j] & f::GIVEN == 0
            && (self.feat[j - 1] & f::TITLE_MOD != 0
                || matches!(self.hits[j - 1], Some((e, h)) if e == j
                    && h.entry.kind == Kind::Named(Label::Norp)))
            && self.toks[j - 1].has(Token::CAP)
        {
            for u in &mut self.used[j..name_end] {
                *u = true;
            }
            self.push(j, name_end, None, rules::UNKNOWN, strength::UNKNOWN, false);
            return Some(name_end);
        }
        // "Cofinec CEO Stephen Frater", "Volvex spokesman Ian Ross": an
        // unknown word right before a company office names the company (a
        // guess: the article may make it a person's surname).
        if i > 0 && units[0].a == i && self.company_office(units[0]) {
            let p = i - 1;
            let t = &self.toks[p];
            if is_word(t)
                && t.has(Token::CAP)
                && !self.used[p]
                && self.hits[p].is_none()
                && self.feat[p] & (f::GIVEN | f::FUNC | f::COMMON | f::VOCAB | f::TEMPORAL) == 0
                && !(p > 0 && self.cap(p - 1) && !self.unit_start[p])
            {
                self.push(
                    p,
                    i,
                    Some(Label::Org),
                    rules::ORG_OFFICE,
                    strength::GUESS,
                    false,
                );
                self.used[p] = true;
            }
        }
        // Word-list entities inside the chain keep their own label ("US"),
        // and so do organisations named in it ("Foreign Ministry spokesman").
        let mut k = i;
        while k < j {
            if let Some((e, h)) = self.hits[k] {
                if e <= j && matches!(h.entry.kind, Kind::Named(_)) {
                    self.emit_hit(k, e, h, false);
                    k = e;
                    continue;
                }
            }
            let mut m = k;
            while m < j && self.hits[m].is_none() && self.cap(m) && self.feat[m] & f::GIVEN == 0 {
                m += 1;
            }
            if m > k && self.feat[m - 1] & f::ORG_HEAD != 0 {
                // The name may begin before the title: "Civil Defense Authority
                // director", "University of Texas Muslim Student Association president".
                let mut a = k;
                while a > 0 && k - a < 8 && !self.toks[a].has(Token::PARA_START) {
                    let p = a - 1;
                    // A leading nationality is not part of the name ("German
                    // Foreign Ministry"); inside a longer name it is ("… Muslim
                    // Student Association").
                    let leading_norp = matches!(self.hits[p], Some((_, h)) if h.entry.kind == Kind::Named(Label::Norp))
                        && !(p > 0 && self.cap(p - 1) && !self.used[p - 1]);
                    let country =
                        matches!(self.hits[p], Some((_, h)) if h.entry.country) || leading_norp;
                    if self.used[p] || !is_word(&self.toks[p]) || country {
                        break;
                    }
                    let name_word = self.cap(p) && self.feat[p] & f::FUNC == 0;
                    let connector = matches!(self.w(p), "of" | "for" | "the" | "and" | "&")
                        && p > 0
                        && self.cap(p - 1);
                    if !(name_word || connector) {
                        break;
                    }
                    a = p;
                }
                while a < k && !self.cap(a) {
                    a += 1;
                }
                for u in &mut self.used[a..k] {
                    *u = true;
                }
                self.push(
                    a,
                    m,
                    Some(Label::Org),
                    rules::ORG_HEAD,
                    strength::RULE,
                    false,
                );
                if a < units[0].a {
                    units[0].a = a;
                }
                k = m;
                continue;
            }
            k = m.max(k + 1);
        }
        // Lower-case words of the office before the first title, after a
        // preposition, an article or a verb of speech: "venture investor",
        // "mission manager".
        if units[0].a == i && units[0].kind == TitleKind::Office && !self.toks[i].has(Token::CAP) {
            let mut k = i;
            while k > 0 && i - k < 1 {
                let p = k - 1;
                let t = &self.toks[p];
                let w = self.w(p);
                let plain = is_word(t)
                    && !t.has(Token::CAP)
                    && !self.used[p]
                    && w.len() > 2
                    && self.feat[p] & (f::FUNC | f::TEMPORAL) == 0
                    && !w.ends_with("ly")
                    && !w.ends_with("ed")
                    && !w.ends_with("ing")
                    && !w.ends_with("'s")
                    && !office_boundary(w)
                    && !lower_function(w);
                if !plain || self.unit_start[k] {
                    break;
                }
                k = p;
            }
            if k < i && k > 0 && !self.unit_start[k] && office_boundary(self.w(k - 1)) {
                units[0].a = k;
            }
        }
        for u in &mut self.used[i..j] {
            *u = true;
        }
        let plural = units.iter().any(|u| u.plural);
        let mut names = [(j, name_end), (0, 0), (0, 0), (0, 0)];
        let mut count = 1;
        let mut e = name_end;
        if plural {
            // "Presidents Zelensky and Trump", "Gens A, B and C".
            while count < names.len() && e + 1 < lim && matches!(self.w(e), "and" | ",") {
                match self.name_at(e + 1, lim) {
                    Some(e2) => {
                        names[count] = (e + 1, e2);
                        count += 1;
                        let was_and = self.w(e) == "and";
                        e = e2;
                        if was_and {
                            break;
                        }
                    }
                    None => break,
                }
            }
        }
        for (c, &(a, b)) in names[..count].iter().enumerate() {
            let rule = if c == 0 {
                rules::PERSON_TITLE
            } else {
                rules::PERSON_COORD
            };
            self.push(a, b, Some(Label::Person), rule, strength::KNOWN, false);
            for u in &mut self.used[a..b] {
                *u = true;
            }
            let mention = self.span(a, b);
            for u in units.iter() {
                let (address, record) = self.address(u);
                self.notes.push(TitleNote {
                    mention,
                    title: self.span(u.a, u.b),
                    plural: u.plural,
                    address,
                    record,
                });
            }
        }
        Some(e)
    }

    /// Titles after a name, in apposition: "Jeff Moran, the State
    /// Department spokesman, said", "Ana Ruiz, the EU's trade chief,".
    pub(crate) fn titles_after(&mut self) {
        let n = self.toks.len();
        for c in 0..self.cands.len() {
            let cand = self.cands[c];
            if cand.label != Some(Label::Person) {
                continue;
            }
            if cand.b + 2 >= n || self.w(cand.b) != "," {
                if let Some(note) = self.title_before_comma(cand.a, cand.b) {
                    self.notes.push(note);
                }
                continue;
            }
            // The end of the sentence, at most a few words on.
            let mut lim = cand.b + 1;
            while lim < n && lim - cand.b < 12 && !self.unit_start[lim] {
                lim += 1;
            }
            if let Some(note) = self.title_before_comma(cand.a, cand.b) {
                self.notes.push(note);
            }
            let mut j = cand.b + 1;
            // "Ana Ruiz, 54, a teacher": the age first.
            if self.toks[j].kind == TokenKind::Number && j + 2 < lim && self.w(j + 1) == "," {
                j += 2;
            }
            // "Ana Ruiz, who heads the agency,": the office in a relative clause.
            if self.w(j) == "who" && j + 2 < lim && office_verb(self.w(j + 1)) {
                // The object: up to a comma, or a function word other than
                // those inside a name ("who headed the FDIC from 2006": the FDIC).
                let mut e = j + 2;
                while e < lim && e - j < 9 && !matches!(self.w(e), "," | "." | ";" | ")") {
                    let w = self.w(e);
                    let in_name = matches!(w, "the" | "a" | "an" | "of" | "its" | "their")
                        || (w == "and" && e + 1 < lim && self.cap(e + 1));
                    if lower_function(w) && !in_name {
                        break;
                    }
                    e += 1;
                }
                if e > j + 2 && e < lim {
                    self.notes.push(TitleNote {
                        mention: self.span(cand.a, cand.b),
                        title: self.span(j + 1, e),
                        plural: false,
                        address: None,
                        record: true,
                    });
                }
                continue;
            }
            if matches!(self.w(j), "the" | "a" | "an") {
                j += 1;
            }
            // "the EU's trade chief": an owner before the title.
            if let Some((e, h)) = self.hits.get(j).copied().flatten() {
                if e < lim
                    && matches!(h.entry.kind, Kind::Named(_))
                    && self.toks[e].kind == TokenKind::Possessive
                {
                    j = e + 1;
                }
            }
            if j >= lim {
                continue;
            }
            // "NASA Administrator": an organisation before the title is its owner.
            let unit = self
                .title_unit_in(j, lim, true)
                .or_else(|| match self.hits[j] {
                    Some((e, h)) if e < lim && matches!(h.entry.kind, Kind::Named(_)) => {
                        self.title_unit_in(e, lim, true)
                    }
                    _ => None,
                });
            let Some(u) = unit else {
                continue;
            };
            // "a farmer near Ames,": a place phrase may follow the title.
            let place_after = u.b < lim
                && matches!(self.w(u.b), "near" | "from" | "outside")
                && (u.b + 1..lim).any(|k| self.w(k) == ",");
            let closes = u.b >= lim
                || place_after
                || matches!(self.w(u.b), "," | "." | ";" | ")" | "said" | "says");
            if !closes || u.kind == TitleKind::Honorific {
                continue;
            }
            self.notes.push(TitleNote {
                mention: self.span(cand.a, cand.b),
                title: self.span(u.a, u.b),
                plural: false,
                address: None,
                record: true,
            });
        }
    }

    /// A title before the name, set off by a comma: "The EU's foreign policy
    /// chief, Ana Ruiz, said".
    fn title_before_comma(&self, a: usize, b: usize) -> Option<TitleNote> {
        if a < 2 || self.w(a - 1) != "," || self.unit_start[a - 1] || self.unit_start[a] {
            return None;
        }
        let end = a - 1;
        for j in (end.saturating_sub(6)..end).rev() {
            if self.unit_start[j + 1] && j + 1 < end {
                break;
            }
            let Some(u) = self.title_unit(j, end) else {
                continue;
            };
            if u.b != end || u.kind == TitleKind::Honorific {
                continue;
            }
            // The title opens its phrase: after "the", a possessive, or the sentence start.
            let opens = j == 0
                || self.unit_start[j]
                || matches!(self.w(j - 1), "the" | "The" | "a" | "A" | "an" | "An")
                || self.toks[j - 1].kind == TokenKind::Possessive;
            if !opens {
                continue;
            }
            return Some(TitleNote {
                mention: self.span(a, b),
                title: self.span(u.a, u.b),
                plural: false,
                address: None,
                record: true,
            });
        }
        None
    }

    /// An office that companies have: "CEO", "chief executive", "spokesman".
    fn company_office(&self, u: Unit) -> bool {
        let head = self.text[self.span(u.a, u.b)].to_ascii_lowercase();
        let last = head.rsplit(' ').next().unwrap_or("");
        u.kind == TitleKind::Office
            && matches!(
                last,
                "ceo"
                    | "cfo"
                    | "coo"
                    | "executive"
                    | "chairman"
                    | "chairwoman"
                    | "spokesman"
                    | "spokeswoman"
                    | "spokesperson"
            )
    }

    /// Forms of address: their gender, and whether they are recorded as titles.
    fn address(&self, u: &Unit) -> (Option<Gender>, bool) {
        if u.kind != TitleKind::Honorific {
            return (None, true);
        }
        let w = self.w(u.a).trim_end_matches('.');
        match w {
            "Mr" | "Sir" | "Lord" | "Father" | "Brother" => (Some(Gender::Male), w != "Mr"),
            "Mrs" | "Ms" | "Miss" => (Some(Gender::Female), false),
            "Dame" | "Lady" | "Sister" => (Some(Gender::Female), true),
            "Mx" => (None, false),
            _ => (None, true),
        }
    }

    // ---- capitalised runs -----------------------------------------------

    fn run_start_ok(&self, i: usize) -> bool {
        let t = &self.toks[i];
        if self.used[i] || !is_word(t) || self.compound_adjective(i) {
            return false;
        }
        if let Some((_, h)) = self.hits[i] {
            return !matches!(h.entry.kind, Kind::Title(_)) || t.has(Token::CAP);
        }
        if !t.has(Token::CAP) {
            return false;
        }
        // An initial: "A. Dale" (not the article "A", nor "Plan A. The …").
        if t.span.len() == 1
            && i + 2 < self.toks.len()
            && self.w(i + 1) == "."
            && self.cap(i + 2)
            && self.toks[i + 2].has(Token::SPACE_BEFORE)
            && self.feat[i + 2] & f::FUNC == 0
        {
            return true;
        }
        let fi = self.feat[i];
        if fi & f::FUNC != 0 && t.span.len() > 1 && self.mid_sentence(i) && i + 1 < self.toks.len()
        {
            // A capitalised function word inside a sentence opens a name:
            // "First Union", "The Oval", "New Liberty".
            let next = self.feat[i + 1];
            return self.cap(i + 1) && next & (f::FUNC | f::TEMPORAL) == 0 && !self.used[i + 1];
        }
        fi & (f::FUNC | f::TEMPORAL) == 0 || fi & f::GIVEN != 0 && fi & f::FUNC == 0
    }

    /// The last word of `s..e` (before the full stop of "Corp.").
    fn last_word(&self, s: usize, e: usize) -> usize {
        if e - s >= 2 && self.w(e - 1) == "." {
            e - 2
        } else {
            e - 1
        }
    }

    /// Inside a sentence: after a word or a comma, not at a sentence or line start.
    fn mid_sentence(&self, i: usize) -> bool {
        i > 0
            && !self.unit_start[i]
            && !self.toks[i].has(Token::NEWLINE_BEFORE)
            && (is_word(&self.toks[i - 1]) || self.w(i - 1) == ",")
            && !self.after_stop(i)
    }

    /// A maximal run of capitalised words starting at `i`: its end.
    fn run_at(&self, i: usize, lim: usize) -> Option<usize> {
        if !self.run_start_ok(i) {
            return None;
        }
        let mut e = i + 1;
        let mut p = i;
        // Inside the "of"/"for" complement of a head word.
        let mut complement = false;
        loop {
            if e - i >= MAX_RUN {
                break;
            }
            // A word-list entry may hold lower-case words ("Tour de France").
            while p < e {
                if let Some((he, _)) = self.hits[p] {
                    if he > e && he <= lim && !self.used[p] {
                        e = he;
                    }
                }
                p += 1;
            }
            if e >= lim || self.used[e] {
                break;
            }
            let t = &self.toks[e];
            if is_word(t) && t.has(Token::CAP) {
                let fe = self.feat[e];
                let blocked = fe & f::FUNC != 0
                    || (fe & f::TEMPORAL != 0 && fe & f::GIVEN == 0)
                    || self.compound_adjective(e);
                // A middle initial that is also a word: "Margaret A. Ellison".
                let initial = t.span.len() == 1
                    && e + 2 < lim
                    && self.w(e + 1) == "."
                    && self.cap(e + 2)
                    && self.toks[e + 2].has(Token::SPACE_BEFORE)
                    && self.feat[e + 2] & f::FUNC == 0;
                if !blocked || initial || self.hits[e].is_some() || self.word_surname(i, e, lim) {
                    e += 1;
                    continue;
                }
                break;
            }
            if self.particle_name(e) {
                e += 1;
                continue;
            }
            // A nickname in quotation marks between a given name and the
            // surname: Robert "Bobby" Tran.
            if e + 3 < lim
                && matches!(self.w(e), "\"" | "“" | "'" | "‘")
                && self.feat[e - 1] & f::GIVEN != 0
                && self.cap(e + 1)
                && matches!(self.w(e + 2), "\"" | "”" | "'" | "’")
                && self.cap(e + 3)
                && !self.used[e + 3]
                && self.toks[e + 3].has(Token::SPACE_BEFORE)
                && !self.toks[e + 2].has(Token::SPACE_BEFORE)
            {
                e += 4;
                continue;
            }
            if is_word(t) {
                // A lower-case legal suffix ends an organisation name: "plc".
                if self.feat[e] & f::ORG_SUFFIX != 0 {
                    e += 1;
                    continue;
                }
            }
            // "Norwest Corp.": the abbreviation's full stop belongs to the name.
            if self.w(e) == "."
                && !t.has(Token::SPACE_BEFORE)
                && self.feat[e - 1] & f::ORG_SUFFIX != 0
                && !self.w(e - 1).ends_with('.')
            {
                e += 1;
                break;
            }
            if is_word(t) {
                if let Some(after) = self.particles_then_name(e, lim) {
                    e = after;
                    continue;
                }
            }
            // "Bank of England", "Foundation for the Visual Arts".
            // (A legal suffix ends the name: "Dow Chemical Co of the United
            // States".)
            let head_before = match self.w(e) {
                // (Inside a complement the name goes on: "Centre for Control
                // of Iodine Deficiency Disorders", "Organisation for the
                // Prohibition of Chemical Weapons".)
                "of" => complement || self.feat[e - 1] & (f::HEAD & !f::ORG_SUFFIX) != 0,
                // "Center for American Progress": a centre named for its
                // purpose is an institution (not "K Street for Roll Call").
                "for" => self.feat[e - 1] & f::ORG_HEAD != 0 || centre(self.w(e - 1)),
                // "Council on Foreign Relations", "Commission on
                // Presidential Debates" (not "the Council on Monday").
                "on" => body_on(self.w(e - 1)),
                _ => false,
            };
            if head_before {
                let mut j = e + 1;
                if j < lim && self.w(j) == "the" {
                    j += 1;
                }
                if j < lim
                    && !self.used[j]
                    && self.cap(j)
                    && !(self.w(e) == "on"
                        && (self.feat[j] & f::TEMPORAL != 0 || self.lone_norp(j, lim)))
                {
                    e = j + 1;
                    complement = true;
                    continue;
                }
            }
            // "Securities and Exchange Commission", "Food and Drug
            // Administration": ordinary words joined by "and" before an
            // organisation's head word.
            if !complement && self.w(e) == "and" && e - i <= 2 && self.joined_before_head(i, e, lim)
            {
                e += 1;
                continue;
            }
            // "Organisation for Security and Cooperation", "Ministry of
            // Trade and Industry": "and" inside the complement of a head.
            if complement
                && self.w(e) == "and"
                && e + 1 < lim
                && !self.used[e + 1]
                && self.cap(e + 1)
                && self.feat[e + 1] & f::FUNC == 0
                && self.hits[e + 1].is_none()
            {
                e += 2;
                continue;
            }
            if e + 1 < lim && !self.used[e + 1] && self.cap(e + 1) {
                let w = self.w(e);
                if w == "&" {
                    e += 2;
                    continue;
                }
                if w == "." && self.toks[e - 1].span.len() == 1 && self.toks[e - 1].has(Token::CAP)
                {
                    e += 2;
                    continue;
                }
            }
            break;
        }
        Some(e)
    }

    /// The run `i..e` before an "and" at `e` is one to two ordinary words
    /// (of the vocabulary, head or common lists: no given name, no
    /// word-list name; not the end of a list after a comma) and the
    /// capitalised words after the "and" (two to four, none a name) end
    /// with an organisation's head word:
    /// "Securities and Exchange Commission", "Test and County Cricket
    /// Board" (not "Johnson and Labour Party", "Kent and Essex County
    /// Council", nor a plural head shared by two names).
    fn joined_before_head(&self, i: usize, e: usize, lim: usize) -> bool {
        let plain = |k: usize| {
            self.feat[k] & (f::GIVEN | f::FUNC) == 0 && self.hits[k].is_none() && !self.used[k]
        };
        let ordinary = |k: usize| self.feat[k] & (f::VOCAB | f::HEAD | f::COMMON) != 0 && plain(k);
        // (After a comma the words are the last of a list: "on Science,
        // Space and Technology".)
        if !(i..e).all(ordinary) || (i > 0 && self.w(i - 1) == ",") {
            return false;
        }
        let mut k = e + 1;
        while k < lim.min(e + 5)
            && is_word(&self.toks[k])
            && self.toks[k].has(Token::CAP)
            && plain(k)
        {
            k += 1;
        }
        // A plural head is shared by two names: "the State and Homeland
        // Security Departments".
        let head = self.w(k - 1);
        k > e + 2
            && self.feat[k - 1] & f::ORG_HEAD != 0
            && !(head.ends_with('s') && self.lex.word(&head[..head.len() - 1]) & f::ORG_HEAD != 0)
    }

    /// Token `j` is a nationality alone, no capitalised word after it: no
    /// subject for a body "on" it ("Council on American - Islamic …" as
    /// tokenised text writes "American-Islamic").
    fn lone_norp(&self, j: usize, lim: usize) -> bool {
        matches!(self.hits[j], Some((he, h)) if he == j + 1 && h.entry.kind == Kind::Named(Label::Norp))
            && !(j + 1 < lim && self.cap(j + 1))
    }

    /// A function word of two to five letters written with a capital inside
    /// a sentence right after a lone given name, before a lower-case word or
    /// punctuation, is a family name ("James To of the Democratic Party",
    /// "Wilson Or was elected", "Peter Such took four wickets"): a title-case
    /// headline ("James To Face Trial") has a capital after it.
    fn word_surname(&self, i: usize, e: usize, lim: usize) -> bool {
        e == i + 1
            && self.feat[i] & f::GIVEN != 0
            && self.feat[i] & (f::COMMON | f::VOCAB | f::FUNC) == 0
            && self.feat[e] & f::FUNC != 0
            && (2..=5).contains(&self.toks[e].span.len())
            && !self.toks[e].has(Token::UPPER)
            && self.mid_sentence(i)
            && (e + 1 >= lim || !self.toks[e + 1].has(Token::CAP))
    }

    /// The longest word-list entry at `i` that ends by token `e`.
    fn hit_in(&self, i: usize, e: usize) -> Option<(usize, Hit)> {
        match self.hits[i] {
            Some((he, h)) if he <= e => Some((he, h)),
            Some(_) if e > i => {
                // The longest entry runs past `e`: look for a shorter one.
                let h = self.lex.hit_at(
                    self.text,
                    self.toks[i].span.start,
                    self.toks[e - 1].span.end,
                )?;
                let mut j = i + 1;
                while j < e && self.toks[j].span.end <= h.end {
                    j += 1;
                }
                (self.toks[j - 1].span.end == h.end).then_some((j, h))
            }
            _ => None,
        }
    }

    /// Looks like a person's name: a listed given name then a capitalised word.
    fn person_like(&self, s: usize, e: usize) -> bool {
        let last = self.feat[self.last_word(s, e)];
        e - s >= 2
            && self.feat[s] & f::GIVEN != 0
            && (self.feat[s] & f::COMMON == 0 || last & f::SURNAME != 0)
            && (last & f::HEAD == 0
                || (e - s == 2 && last & f::SURNAME != 0 && last & f::FAC_HEAD != 0))
            && (last & f::VOCAB == 0 || last & f::SURNAME != 0)
    }

    /// The label a head word gives a run ending with it.
    fn head_label(&self, last: u32, first: u32, n: usize) -> Option<(Label, Rule)> {
        Some(if last & f::ORG_SUFFIX != 0 {
            (Label::Org, rules::ORG_SUFFIX)
        } else if last & f::ORG_HEAD != 0 {
            (Label::Org, rules::ORG_HEAD)
        } else if last & f::EVENT_HEAD != 0 {
            (Label::Event, rules::EVENT_HEAD)
        } else if last & f::FAC_HEAD != 0 {
            (Label::Fac, rules::FAC_HEAD)
        } else if last & f::LOC_HEAD != 0 || (first & f::LOC_START != 0 && n == 2) {
            (Label::Loc, rules::LOC_HEAD)
        } else if last & f::GPE_HEAD != 0 {
            (Label::Gpe, rules::GPE_HEAD)
        } else {
            return None;
        })
    }

    /// Label a capitalised run `s..e`.
    fn classify(&mut self, s: usize, e: usize, initial: bool) {
        if s >= e {
            return;
        }
        let n = e - s;
        if let Some((he, h)) = self.hit_in(s, e) {
            if he == e {
                if !matches!(h.entry.kind, Kind::Title(_)) {
                    self.emit_hit(s, e, h, initial);
                } else if n == 1 && self.feat[s] & f::SURNAME != 0 && !h.plural {
                    // A title that is also a surname, alone ("King said"):
                    // the article may make it a person's surname.
                    self.push(s, e, None, rules::UNKNOWN, strength::UNKNOWN, initial);
                }
                return;
            }
        }
        let first = self.feat[s];
        let last = self.feat[self.last_word(s, e)];
        // A named storm: "Hurricane Ida", "Storm Ingrid", "Tropical Storm Lee".
        if (2..=3).contains(&n) && first & f::EVENT_START != 0 {
            self.push(
                s,
                e,
                Some(Label::Event),
                rules::EVENT_START,
                strength::RULE,
                initial,
            );
            return;
        }
        // An organisation then a person: "Refugee Council Enver Solomon".
        if let Some(k) = (s + 1..e.saturating_sub(2)).find(|&k| {
            self.feat[k] & f::ORG_HEAD != 0
                && self.cap(k + 1)
                && self.hits[k + 1].is_none()
                && ((self.feat[k + 1] & f::GIVEN != 0
                    && self.feat[k + 1] & (f::COMMON | f::VOCAB) == 0)
                    || (self.feat[e - 1] & f::SURNAME != 0
                        && self.feat[k + 1] & (f::VOCAB | f::HEAD) == 0))
        }) {
            self.classify(s, k + 1, initial);
            self.classify(k + 1, e, false);
            return;
        }
        // "Church of Scientology", "University of Texas": the head before
        // "of". A head before "for" names an organisation by its purpose
        // ("Institute for Fiscal Studies", "Center for American Progress").
        if let Some(of) = (s + 1..e).find(|&k| {
            matches!(self.w(k), "of")
                || (self.w(k) == "for"
                    && (self.feat[k - 1] & f::ORG_HEAD != 0 || centre(self.w(k - 1))))
                || (self.w(k) == "on" && body_on(self.w(k - 1)))
        }) {
            let head = if matches!(self.w(of), "for" | "on") {
                Some((Label::Org, rules::ORG_HEAD))
            } else {
                self.head_label(self.feat[of - 1], 0, 0)
            };
            if let Some((label, rule)) = head {
                self.push(s, e, Some(label), rule, strength::RULE, initial);
                return;
            }
        }
        // In a sports report, "Norwich City", "Derby County", "Ipswich
        // Town": a club named after its town.
        if n == 2
            && self.sport >= 2
            && matches!(self.w(e - 1), "City" | "County" | "Town")
            && !self.toks[s].has(Token::UPPER)
            && (self.all_unknown(s, s + 1)
                || matches!(self.hits[s], Some((he, h)) if he == s + 1
                    && h.entry.kind == Kind::Named(Label::Gpe) && !h.entry.country))
        {
            self.push(
                s,
                e,
                Some(Label::Org),
                rules::ORG_PLACE,
                strength::RULE,
                initial,
            );
            return;
        }
        // "the Church", "the Crown", "the Court", "the Administration"
        // inside a sentence: the capital names the institution (a church
        // body, the state in a prosecution, the court of the case, the
        // government), where a building, a hat, a room or a task would be
        // written in lower case.
        if n == 1
            && !initial
            && s > 0
            && self.w(s - 1) == "the"
            && matches!(self.w(s), "Church" | "Crown" | "Court" | "Administration")
        {
            self.push(
                s,
                e,
                Some(Label::Org),
                rules::ORG_HEAD,
                strength::RULE,
                initial,
            );
            return;
        }
        if n >= 2 && !self.person_like(s, e) {
            if let Some((label, rule)) = self.head_label(last, first, n) {
                self.push(s, e, Some(label), rule, strength::RULE, initial);
                return;
            }
        }
        // "Douglas & Lomason", "Procter & Gamble": a firm.
        if n >= 3 && (s + 1..e - 1).any(|k| self.w(k) == "&") {
            self.push(
                s,
                e,
                Some(Label::Org),
                rules::ORG_AMPERSAND,
                strength::RULE,
                initial,
            );
            return;
        }
        // A listed given name or surname, then a listed place: a person
        // ("Carla Sacramento", "Wang Donghai"; "George H. W. Bush": two or
        // three words, middle initials aside).
        let initials = (s + 1..e.saturating_sub(1))
            .filter(|&k| self.toks[k].span.len() == 1 && self.w(k + 1) == ".")
            .count();
        let words = n - 2 * initials;
        if (2..=3).contains(&words) {
            if let Some((he, h)) = self.hits[e - 1] {
                let named_place = matches!(h.entry.kind, Kind::Named(Label::Gpe | Label::Loc));
                let given = first & f::GIVEN != 0 && (first & f::COMMON == 0 || !initial);
                let surname_first = first & f::SURNAME != 0 && first & f::VOCAB == 0 && n == 2;
                // "Valeska Paris": an unknown word, then a place that is also a surname.
                let unknown_then_surname = n == 2
                    && first & (f::VOCAB | f::FUNC | f::COMMON | f::HEAD) == 0
                    && self.feat[e - 1] & f::SURNAME != 0;
                if he == e
                    && named_place
                    && (given || surname_first || unknown_then_surname)
                    && (s..e - 1).all(|k| self.hits[k].is_none() && self.feat[k] & f::HEAD == 0)
                {
                    self.push(
                        s,
                        e,
                        Some(Label::Person),
                        rules::PERSON_GIVEN,
                        strength::RULE,
                        initial,
                    );
                    return;
                }
            }
        }
        if let Some((he, h)) = self.hit_in(s, e) {
            let given_then_name = he == s + 1 && first & f::GIVEN != 0 && self.person_like(s, e);
            if !given_then_name {
                match h.entry.kind {
                    Kind::Named(Label::Gpe) | Kind::Named(Label::Loc)
                        if self.all_unknown(he, e) && e - he <= 2 && !self.person_like(he, e) =>
                    {
                        // A team or company named after a place: "Manchester Rovers".
                        self.push(
                            s,
                            e,
                            Some(Label::Org),
                            rules::ORG_PLACE,
                            strength::RULE,
                            initial,
                        );
                    }
                    Kind::Title(_) => self.classify(he, e, false),
                    // "British Labour Party", "American Red Cross": a
                    // nationality before a listed organisation of two words
                    // or more names its national branch.
                    Kind::Named(Label::Norp) if matches!(self.hit_in(he, e), Some((he2, h2)) if he2 == e && e - he >= 2 && h2.entry.kind == Kind::Named(Label::Org)) =>
                    {
                        self.push(
                            s,
                            e,
                            Some(Label::Org),
                            rules::ORG_PLACE,
                            strength::RULE,
                            initial,
                        );
                    }
                    Kind::Named(Label::Norp) if matches!(self.hit_in(he, e), Some((_, h2)) if h2.entry.kind == Kind::Named(Label::Norp)) =>
                    {
                        // "Bosnian Serbs", "Iraqi Kurds": one group.
                        let (he2, _) = self.hit_in(he, e).unwrap_or((he, h));
                        self.push(
                            s,
                            he2,
                            Some(Label::Norp),
                            rules::GAZETTEER,
                            strength::KNOWN,
                            initial,
                        );
                        self.classify(he2, e, false);
                    }
                    _ => {
                        self.emit_hit(s, he, h, initial);
                        self.classify(he, e, false);
                    }
                }
                return;
            }
        }
        // A hit later in the run: split there.
        for p in s + 1..e {
            if let Some((he, h)) = self.hit_in(p, e) {
                if he == e
                    && p - s <= 2
                    && h.entry.kind == Kind::Named(Label::Gpe)
                    && self.all_unknown(s, p)
                    && !self.person_like(s, e)
                    && (!initial || first & (f::COMMON | f::GIVEN) == 0)
                    // "G. Hamilton": an initial and a surname.
                    && self.toks[s].span.len() > 1
                {
                    self.push(
                        s,
                        e,
                        Some(Label::Org),
                        rules::ORG_PLACE,
                        strength::GUESS,
                        initial,
                    );
                    return;
                }
                // The words before the entry have no entry: head words, then names.
                self.classify(s, p, initial);
                self.classify(p, e, false);
                return;
            }
        }
        self.unknown_run(s, e, initial);
    }

    /// A hyphenated word with a lower-case part or a prefix: "Pan-democrat", "Pro-Beijing".
    fn prefixed(&self, k: usize) -> bool {
        let t = &self.toks[k];
        if !t.has(Token::HYPHEN) {
            return false;
        }
        let w = self.w(k);
        let after = w.split(['-', '‐', '‑']).nth(1).unwrap_or("");
        after.starts_with(|c: char| c.is_lowercase())
            || matches!(
                w.split(['-', '‐', '‑']).next(),
                Some("Pro" | "Anti" | "Pan" | "Ex" | "Non" | "Post" | "Pre" | "Neo")
            )
    }

    fn all_unknown(&self, s: usize, e: usize) -> bool {
        (s..e).all(|i| {
            let fi = self.feat[i];
            self.hits[i].is_none()
                && fi & f::FUNC == 0
                && (fi & f::GIVEN == 0 || fi & (f::VOCAB | f::COMMON) != 0)
        })
    }

    /// A run with no word-list entry.
    fn unknown_run(&mut self, mut s: usize, e: usize, initial: bool) {
        // A name starts with a word.
        while s < e && !is_word(&self.toks[s]) {
            s += 1;
        }
        if s >= e {
            return;
        }
        let n = e - s;
        let first = self.feat[s];
        let last = self.feat[self.last_word(s, e)];
        // "Silver Falcon" in quotation marks, the whole quotation: the title
        // of a work, a ship or a slogan, not a person.
        if n >= 2
            && s > 0
            && e < self.toks.len()
            && matches!(self.w(s - 1), "\"" | "“")
            && matches!(self.w(e), "\"" | "”")
            && !self.toks[s].has(Token::SPACE_BEFORE)
        {
            return;
        }
        let an_initial = self.toks[s].span.len() == 1 && s + 1 < e && self.w(s + 1) == ".";
        // "In Trump", "About Hillary" in a headline written in title case: a
        // preposition never opens a name.
        if n >= 2
            && first & f::FUNC != 0
            && matches!(
                self.w(s),
                "In" | "For"
                    | "To"
                    | "About"
                    | "Of"
                    | "At"
                    | "On"
                    | "By"
                    | "With"
                    | "From"
                    | "Into"
                    | "Over"
                    | "After"
                    | "Before"
                    | "Against"
                    | "Is"
                    | "Just"
                    | "As"
            )
        {
            return self.unknown_run(s + 1, e, false);
        }
        if initial
            && !an_initial
            && first & (f::FUNC | f::COMMON) != 0
            && first & f::GIVEN == 0
            && n >= 2
        {
            return self.unknown_run(s + 1, e, false);
        }
        // A word of no list before a listed first name and more: a
        // description, a job or a position, not part of the name
        // ("Nonpartisan Paul Tse", "Employee Sam Ortiz", "Defenseman Erik
        // Lund", "DL Marcus Hale"). A noun is kept as the person's title.
        // A job word may be a surname too ("Parent Luis Arriaga"): before a
        // given name and one more word, its agent-noun shape decides.
        let job_surname = n == 3
            && first & (f::GIVEN | f::PARTICLE) == 0
            && first & f::SURNAME != 0
            && role_like(self.w(s));
        if n >= 3
            && (first & (f::GIVEN | f::SURNAME | f::PARTICLE) == 0 || job_surname)
            && self.feat[s + 1] & f::GIVEN != 0
            && self.feat[s + 1] & (f::COMMON | f::VOCAB) == 0
            && self.w(s + 1).len() > 1
            && (s + 2..e).all(|k| is_word(&self.toks[k]) && self.feat[k] & f::HEAD == 0)
            && (adjective_like(self.w(s)) || role_like(self.w(s)))
        {
            if !adjective_only(self.w(s)) {
                self.notes.push(TitleNote {
                    mention: self.span(s + 1, e),
                    title: self.span(s, s + 1),
                    plural: false,
                    address: None,
                    record: true,
                });
            }
            return self.unknown_run(s + 1, e, false);
        }
        // A prefix adjective before a name: "Pro-Beijing", "Pan-democrat".
        if n >= 2 && self.prefixed(s) {
            return self.unknown_run(s + 1, e, false);
        }
        // Ordinary words ("Space Shuttle", "Better Idea"), acronyms and
        // camel-case product names ("PlayStation VR") are not names.
        let vocab = (s..e).any(|k| {
            (self.feat[k] & (f::VOCAB | f::PLURAL_VOCAB) != 0 && self.feat[k] & f::GIVEN == 0)
                || (self.toks[k].has(Token::UPPER)
                    && self.toks[k].span.len() >= 2
                    && n >= 2
                    && !self.w(k).contains('.'))
                || camel(self.w(k))
        });
        let capitals = n >= 2 && (s..e).all(|k| self.toks[k].has(Token::UPPER));
        let given = first & f::GIVEN != 0
            && (first & f::COMMON == 0
                || !initial
                || (n >= 2 && self.feat[s + 1] & f::SURNAME != 0));
        // Ordinary words after the first name: a title of a work or a
        // programme ("Andy Foster Photographic Legacy Program"), not a person.
        let later_vocab = (s + 1..e)
            .any(|k| self.feat[k] & f::VOCAB != 0 && self.feat[k] & (f::GIVEN | f::SURNAME) == 0);
        if n >= 2 && given && !later_vocab {
            let st = if last & f::SURNAME != 0 {
                strength::KNOWN
            } else {
                strength::RULE
            };
            self.push(s, e, Some(Label::Person), rules::PERSON_GIVEN, st, initial);
        } else if n >= 2 && last & f::SURNAME != 0 && !vocab && !capitals && first & f::COMMON == 0
        {
            self.push(
                s,
                e,
                Some(Label::Person),
                rules::PERSON_SURNAME,
                strength::RULE,
                initial,
            );
        } else if n == 1
            && self.toks[s].has(Token::UPPER)
            && (2..=6).contains(&self.toks[s].span.len())
            && first
                & (f::VOCAB | f::FUNC | f::COMMON | f::TEMPORAL | f::SPORT | f::HEAD | f::TITLE_MOD)
                == 0
            // "IE6", "STS-1": a product or a code, not an organisation.
            && !self.w(s).bytes().any(|c| c.is_ascii_digit())
        {
            self.push(
                s,
                e,
                Some(Label::Org),
                rules::ORG_ACRONYM,
                strength::GUESS,
                initial,
            );
        } else if (2..=4).contains(&n) && !vocab && !capitals {
            self.push(
                s,
                e,
                Some(Label::Person),
                rules::PERSON_SHAPE,
                strength::GUESS,
                initial,
            );
        } else if n == 1
            && !initial
            && first & f::GIVEN != 0
            && first & (f::COMMON | f::VOCAB) == 0
            && !self.toks[s].has(Token::UPPER)
            // "a meeting in Ames": after a preposition of place, a town.
            && !(s > 0 && matches!(self.w(s - 1), "in" | "near" | "at" | "outside" | "from"))
        {
            // A lone first name inside a sentence ("… send Gloria to …").
            self.push(
                s,
                e,
                Some(Label::Person),
                rules::PERSON_GIVEN,
                strength::RULE,
                initial,
            );
        } else if n <= 4 {
            // Kept unlabelled: the document may label it ("Port Vale 4 1 2
            // 1" in a results table, the same name elsewhere).
            self.push(s, e, None, rules::UNKNOWN, strength::UNKNOWN, initial);
        }
    }
}

/// A lower-case function word: a preposition, conjunction, article,
/// pronoun or auxiliary.
fn lower_function(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "a"
            | "an"
            | "of"
            | "its"
            | "their"
            | "his"
            | "her"
            | "our"
            | "my"
            | "your"
            | "from"
            | "until"
            | "since"
            | "in"
            | "at"
            | "on"
            | "for"
            | "to"
            | "by"
            | "with"
            | "about"
            | "between"
            | "against"
            | "among"
            | "into"
            | "over"
            | "under"
            | "after"
            | "before"
            | "during"
            | "without"
            | "through"
            | "when"
            | "where"
            | "that"
            | "which"
            | "who"
            | "whom"
            | "as"
            | "but"
            | "while"
            | "because"
            | "or"
            | "and"
            | "if"
            | "than"
            | "then"
            | "both"
            | "all"
            | "this"
            | "these"
            | "those"
            | "is"
            | "was"
            | "are"
            | "were"
            | "be"
            | "been"
            | "has"
            | "have"
            | "had"
            | "will"
            | "would"
            | "can"
            | "could"
            | "not"
            | "also"
            | "now"
            | "once"
            | "even"
            | "only"
            | "just"
    )
}

/// A name particle written with a capital: "Van", "De", "La".
fn capital_particle(w: &str) -> bool {
    matches!(
        w,
        "Van"
            | "Von"
            | "De"
            | "Da"
            | "Di"
            | "Du"
            | "La"
            | "Le"
            | "Del"
            | "Della"
            | "Der"
            | "Den"
            | "Ter"
            | "Ten"
            | "Dos"
            | "Das"
    )
}

/// A body that deliberates, named by its subject after "on": "Council on
/// Foreign Relations", "Senate Committee on Ethics", "Conference on
/// Disarmament".
fn body_on(w: &str) -> bool {
    matches!(
        w,
        "Committee" | "Subcommittee" | "Council" | "Commission" | "Conference" | "Panel" | "Caucus"
    )
}

/// "Center", "Centre" and their plurals: a facility's head word that,
/// before "for", heads an institution's name ("Center for Global
/// Development", "Centers for Disease Control").
fn centre(w: &str) -> bool {
    matches!(w, "Center" | "Centre" | "Centers" | "Centres")
}

/// Shaped like a job or a sports position, not like a given name: an
/// agent noun ("Employee", "Defenseman", "Insider", "Organizer") or an
/// abbreviation in capitals of one to three letters ("DL", "F", "QB").
fn role_like(w: &str) -> bool {
    let b = w.as_bytes();
    if (1..=3).contains(&b.len()) && b.iter().all(u8::is_ascii_uppercase) {
        return true;
    }
    b.len() > 5
        && ["ee", "er", "or", "man", "woman", "ist", "ian", "ant", "ent"]
            .iter()
            .any(|suf| w.ends_with(suf))
}

/// A word that may stand right before the lower-case words of an office
/// ("by venture investor X", "said mission manager X").
fn office_boundary(w: &str) -> bool {
    matches!(
        w,
        "by" | "said"
            | "says"
            | "told"
            | "with"
            | "from"
            | "for"
            | "of"
            | ","
            | "the"
            | "a"
            | "an"
            | "as"
    )
}

/// Verbs that state an office in a relative clause after a name ("who
/// heads the agency"); the people pass writes the title as a noun ("head
/// of the agency").
fn office_verb(w: &str) -> bool {
    matches!(
        w,
        "heads"
            | "headed"
            | "leads"
            | "led"
            | "chairs"
            | "chaired"
            | "runs"
            | "ran"
            | "directs"
            | "manages"
            | "founded"
            | "co-founded"
            | "owns"
            | "coaches"
            | "oversees"
            | "represents"
    )
}

/// Ends like an English adjective or agent noun ("Nonpartisan",
/// "Scientologist", "Conservative"), not like most names.
fn adjective_like(w: &str) -> bool {
    [
        "ist", "ists", "ian", "ans", "ic", "al", "ive", "ous", "ish", "ese", "ed", "ing", "ary",
        "ant", "ent", "less", "ful",
    ]
    .iter()
    .any(|suf| w.len() > suf.len() + 2 && w.ends_with(suf))
}

/// Ends like an adjective and not like an agent noun ("Nonpartisan",
/// "Conservative", "Veteran" aside): "-ent" and "-ant" words are more often
/// nouns before a name ("Parent", "Student", "Assistant"), and so are "-ist"
/// and "-ian" ones ("Scientologist", "Technician"), kept as titles.
fn adjective_only(w: &str) -> bool {
    adjective_like(w)
        && !["ant", "ent", "ist", "ian"]
            .iter()
            .any(|suf| w.ends_with(suf))
}

/// A capital after a lower-case letter inside a word ("PlayStation"), except
/// in name prefixes (McDonald, MacArthur, DeLay, LaGuardia, O'Brien).
fn camel(w: &str) -> bool {
    let b = w.as_bytes();
    for i in 1..b.len() {
        if b[i].is_ascii_uppercase() && b[i - 1].is_ascii_lowercase() {
            let head = &w[..i];
            if !matches!(
                head,
                "Mc" | "Mac" | "De" | "Di" | "La" | "Le" | "Van" | "Von" | "Da" | "Du"
            ) {
                return true;
            }
        }
    }
    false
}
