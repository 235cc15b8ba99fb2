//! Candidate entities of one document: title chains, capitalised runs and
//! word-list hits, sentence by sentence (`find`), then document-level
//! consistency (`doc_level`).

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
}

/// Rule ids, in one place.
pub(crate) mod rules {
    use crate::rule::Rule;
    pub(crate) const GAZETTEER: Rule = Rule("ner/gazetteer");
    pub(crate) const USER: Rule = Rule("ner/user");
    pub(crate) const PERSON_TITLE: Rule = Rule("ner/person/title");
    pub(crate) const PERSON_COORD: Rule = Rule("ner/person/coordinated-title");
    pub(crate) const PERSON_GIVEN: Rule = Rule("ner/person/given-name");
    pub(crate) const PERSON_SURNAME: Rule = Rule("ner/person/surname");
    pub(crate) const PERSON_SHAPE: Rule = Rule("ner/person/name-shape");
    pub(crate) const ORG_SUFFIX: Rule = Rule("ner/org/legal-suffix");
    pub(crate) const ORG_HEAD: Rule = Rule("ner/org/head-word");
    pub(crate) const ORG_PLACE: Rule = Rule("ner/org/place-name");
    pub(crate) const ORG_ACRONYM: Rule = Rule("ner/org/acronym");
    pub(crate) const EVENT_HEAD: Rule = Rule("ner/event/head-word");
    pub(crate) const FAC_HEAD: Rule = Rule("ner/fac/head-word");
    pub(crate) const LOC_HEAD: Rule = Rule("ner/loc/head-word");
    pub(crate) const GPE_HEAD: Rule = Rule("ner/gpe/head-word");
    pub(crate) const UNKNOWN: Rule = Rule("ner/unknown");
    pub(crate) const DOC_SURNAME: Rule = Rule("ner/doc/surname");
    pub(crate) const DOC_FIRST: Rule = Rule("ner/doc/first-name");
    pub(crate) const DOC_ACRONYM: Rule = Rule("ner/doc/acronym");
    pub(crate) const DOC_SAME: Rule = Rule("ner/doc/same-name");
    pub(crate) const DOC_TEAM: Rule = Rule("ner/doc/team");
}

const MAX_MODS: usize = 4;
const MAX_UNITS: usize = 4;
const MAX_NAME: usize = 6;

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
    hits: Vec<Option<(usize, Hit)>>,
    /// Token starts a sentence or a line.
    unit_start: Vec<bool>,
    /// Token already belongs to a title chain or a name.
    used: Vec<bool>,
    pub(crate) cands: Vec<Cand>,
    pub(crate) notes: Vec<TitleNote>,
    /// Tokens of headline (all-capitals) lines.
    pub(crate) headline: Vec<bool>,
    /// How many words of sports reporting the document holds.
    pub(crate) sport: usize,
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
        let mut hits = vec![None; n];
        let mut unit_start = vec![false; n];
        let mut s = 0usize;
        let mut sport = 0usize;
        for (i, t) in toks.iter().enumerate() {
            let mut new_sentence = i == 0 || t.has(Token::NEWLINE_BEFORE);
            while s < sentences.len() && sentences[s].span.end <= t.span.start {
                s += 1;
                new_sentence = true;
            }
            if s < sentences.len() && sentences[s].span.start == t.span.start {
                new_sentence = true;
            }
            unit_start[i] = new_sentence;
            if is_word(t) {
                let w = &text[t.span];
                feat[i] = lex.word_any_case(w, t.has(Token::UPPER));
                feat[i] |= lex.head_of(w, feat[i]);
                if feat[i] & f::SPORT != 0
                    || (t.has(Token::UPPER) && lex.word_lower(w) & f::SPORT != 0)
                {
                    sport += 1;
                }
                let first = w.as_bytes()[0];
                // Hits start at a capital, or at a lower-case title word.
                if t.has(Token::CAP) || first.is_ascii_lowercase() {
                    if let Some(h) = lex.hit_at(text, t.span.start, text.len()) {
                        // Align the hit with token ends.
                        let mut j = i + 1;
                        while j < n && toks[j].span.end <= h.end {
                            j += 1;
                        }
                        if toks[j - 1].span.end == h.end
                            && (t.has(Token::CAP) || matches!(h.entry.kind, Kind::Title(_)))
                        {
                            hits[i] = Some((j, h));
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
            used: vec![false; n],
            cands: Vec::new(),
            notes: Vec::new(),
            headline: vec![false; n],
            sport,
        }
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
        let mut a = 0;
        while a < n {
            let mut b = a + 1;
            while b < n && !self.unit_start[b] {
                b += 1;
            }
            self.unit(a, b);
            a = b;
        }
    }

    /// One sentence or line: tokens `a..b`.
    fn unit(&mut self, a: usize, b: usize) {
        let (mut upper, mut other) = (0, 0);
        for t in &self.toks[a..b] {
            if !is_word(t) {
                continue;
            }
            if t.has(Token::UPPER) {
                upper += 1;
            } else if t.span.len() > 1 || !t.has(Token::CAP) {
                other += 1;
            }
        }
        let headline = upper >= 1 && other == 0;
        if headline {
            for h in &mut self.headline[a..b] {
                *h = true;
            }
            self.headline_unit(a, b);
            return;
        }
        // The first word of the sentence (after opening punctuation).
        let first =
            (a..b).find(|&i| is_word(&self.toks[i]) || self.toks[i].kind == TokenKind::Number);
        let mut i = a;
        while i < b {
            if !self.used[i] && is_word(&self.toks[i]) {
                if let Some(next) = self.title_chain(i, b) {
                    i = next;
                    continue;
                }
            }
            i += 1;
        }
        let mut i = a;
        while i < b {
            if let Some(e) = self.run_at(i, b) {
                let initial = Some(i) == first || self.after_open_quote(i);
                self.classify(i, e, initial);
                i = e;
            } else {
                i += 1;
            }
        }
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
            if let Some((e, h)) = self.hits[i] {
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
        });
    }

    fn emit_hit(&mut self, a: usize, b: usize, h: Hit, initial: bool) {
        let label = match h.entry.kind {
            Kind::Named(l) => l,
            Kind::Person => Label::Person,
            Kind::Title(_) => return,
        };
        self.cands.push(Cand {
            a,
            b,
            label: Some(label),
            rule: if h.entry.user {
                rules::USER
            } else {
                rules::GAZETTEER
            },
            strength: strength::KNOWN,
            initial,
            country: h.entry.country,
            listed: true,
        });
    }

    // ---- titles -------------------------------------------------------

    fn title_hit(&self, i: usize, lim: usize) -> Option<(usize, TitleKind, bool)> {
        match self.hits[i] {
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
        if self.lex.word_lower(self.w(i)) & f::TITLE_MOD != 0 {
            return true;
        }
        // A country written in capitals: US, UK, U.S.
        matches!(self.hits[i], Some((e, h)) if e == i + 1 && t.has(Token::UPPER)
            && h.entry.country && h.entry.kind == Kind::Named(Label::Gpe))
    }

    /// One title: modifiers, a head from the title list, and an optional
    /// complement ("of the Army", "in Europe", "of staff").
    fn title_unit(&self, i: usize, lim: usize) -> Option<Unit> {
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
        let mut k = head_end;
        if k + 1 < lim && matches!(self.w(k), "of" | "in" | "for" | "to") {
            let mut m = k + 1;
            if m < lim && self.w(m) == "the" {
                m += 1;
            }
            let c0 = m;
            while m < lim && m - c0 < 4 {
                if let Some((e, h)) = self.hits[m] {
                    if e <= lim && matches!(h.entry.kind, Kind::Named(_)) {
                        m = e;
                        continue;
                    }
                }
                let t = &self.toks[m];
                if is_word(t)
                    && self.feat[m] & f::GIVEN == 0
                    && (self.lex.word_lower(self.w(m)) & f::TITLE_MOD != 0
                        || self.feat[m] & f::ORG_HEAD != 0)
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
    fn name_token(&self, i: usize) -> bool {
        let t = &self.toks[i];
        if !is_word(t) || self.used[i] || !t.has(Token::CAP) {
            return false;
        }
        let fi = self.feat[i];
        if fi & (f::FUNC | f::TEMPORAL) != 0 && fi & f::GIVEN == 0 {
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

    /// A name starting at `i`: its end.
    fn name_at(&self, i: usize, lim: usize) -> Option<usize> {
        if i >= lim || !self.name_token(i) {
            return None;
        }
        let mut k = i + 1;
        while k < lim && k - i < MAX_NAME {
            if self.name_token(k) {
                k += 1;
                continue;
            }
            let t = &self.toks[k];
            // Particles inside names: de, van, bin, al.
            if is_word(t)
                && self.feat[k] & f::PARTICLE != 0
                && k + 1 < lim
                && self.name_token(k + 1)
            {
                k += 2;
                continue;
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
            break;
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
        let units = &units[..n];
        let name_end = match self.name_at(j, lim) {
            Some(e) => e,
            None => return Some(j.max(i + 1)),
        };
        // Word-list entities inside the chain keep their own label ("US").
        let mut k = i;
        while k < j {
            if let Some((e, h)) = self.hits[k] {
                if e <= j && matches!(h.entry.kind, Kind::Named(_)) {
                    self.emit_hit(k, e, h, false);
                    k = e;
                    continue;
                }
            }
            k += 1;
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
            for u in units {
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
        if self.used[i] || !is_word(t) {
            return false;
        }
        if let Some((_, h)) = self.hits[i] {
            return !matches!(h.entry.kind, Kind::Title(_)) || t.has(Token::CAP);
        }
        if !t.has(Token::CAP) {
            return false;
        }
        let fi = self.feat[i];
        fi & (f::FUNC | f::TEMPORAL) == 0 || fi & f::GIVEN != 0 && fi & f::FUNC == 0
    }

    /// A maximal run of capitalised words starting at `i`: its end.
    fn run_at(&self, i: usize, lim: usize) -> Option<usize> {
        if !self.run_start_ok(i) {
            return None;
        }
        let mut e = i + 1;
        let mut p = i;
        loop {
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
                let blocked = fe & f::FUNC != 0 || (fe & f::TEMPORAL != 0 && fe & f::GIVEN == 0);
                if !blocked || self.hits[e].is_some() {
                    e += 1;
                    continue;
                }
                break;
            }
            if e + 1 < lim && !self.used[e + 1] && self.cap(e + 1) {
                let w = self.w(e);
                let prev = self.feat[e - 1];
                if is_word(t) && self.feat[e] & f::PARTICLE != 0 && w.len() <= 4 {
                    e += 2;
                    continue;
                }
                if w == "&" {
                    e += 2;
                    continue;
                }
                if w == "of" && prev & f::HEAD != 0 {
                    e += 1;
                    if e + 1 < lim && self.w(e) == "the" && self.cap(e + 1) {
                        e += 1;
                    }
                    e += 1;
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

    fn hit_in(&self, i: usize, e: usize) -> Option<(usize, Hit)> {
        match self.hits[i] {
            Some((he, h)) if he <= e => Some((he, h)),
            _ => None,
        }
    }

    /// Looks like a person's name: a listed given name then a capitalised word.
    fn person_like(&self, s: usize, e: usize) -> bool {
        e - s >= 2
            && self.feat[s] & f::GIVEN != 0
            && (self.feat[s] & f::COMMON == 0 || self.feat[e - 1] & f::SURNAME != 0)
            && self.feat[e - 1] & (f::HEAD) & !f::FAC_HEAD == 0
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
                }
                return;
            }
        }
        let first = self.feat[s];
        let last = self.feat[e - 1];
        // "Church of Scientology", "University of Texas": the head before "of".
        if let Some(of) = (s + 1..e).find(|&k| self.w(k) == "of") {
            if let Some((label, rule)) = self.head_label(self.feat[of - 1], 0, 0) {
                self.push(s, e, Some(label), rule, strength::RULE, initial);
                return;
            }
        }
        if n >= 2 && !self.person_like(s, e) {
            if let Some((label, rule)) = self.head_label(last, first, n) {
                self.push(s, e, Some(label), rule, strength::RULE, initial);
                return;
            }
        }
        // A listed given name or surname, then a listed place: a person
        // ("Carla Sacramento", "Wang Donghai").
        if (2..=3).contains(&n) {
            if let Some((he, h)) = self.hits[e - 1] {
                let named_place = matches!(h.entry.kind, Kind::Named(Label::Gpe | Label::Loc));
                let given = first & f::GIVEN != 0 && (first & f::COMMON == 0 || !initial);
                let surname_first = first & f::SURNAME != 0 && first & f::VOCAB == 0 && n == 2;
                if he == e
                    && named_place
                    && (given || surname_first)
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
                    && !initial
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
                self.unknown_run(s, p, initial);
                self.classify(p, e, false);
                return;
            }
        }
        self.unknown_run(s, e, initial);
    }

    fn all_unknown(&self, s: usize, e: usize) -> bool {
        (s..e).all(|i| self.hits[i].is_none() && self.feat[i] & (f::GIVEN | f::FUNC) == 0)
    }

    /// A run with no word-list entry.
    fn unknown_run(&mut self, s: usize, e: usize, initial: bool) {
        if s >= e {
            return;
        }
        let n = e - s;
        let first = self.feat[s];
        let last = self.feat[e - 1];
        if initial && first & (f::FUNC | f::COMMON) != 0 && first & f::GIVEN == 0 && n >= 2 {
            return self.unknown_run(s + 1, e, false);
        }
        // Ordinary words ("Space Shuttle", "Better Idea") are not names.
        let vocab = (s..e)
            .any(|k| self.feat[k] & f::VOCAB != 0 && self.feat[k] & (f::GIVEN | f::SURNAME) == 0);
        let capitals = n >= 2 && (s..e).all(|k| self.toks[k].has(Token::UPPER));
        let given = first & f::GIVEN != 0
            && (first & f::COMMON == 0
                || !initial
                || (n >= 2 && self.feat[s + 1] & f::SURNAME != 0));
        if n >= 2 && given {
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
        } else if n == 1 {
            self.push(s, e, None, rules::UNKNOWN, strength::UNKNOWN, initial);
        }
    }
}
