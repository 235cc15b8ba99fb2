//! Speaker resolution: who a speaker phrase is, within the article.
//!
//! A phrase holding a person's mention (from the people layer) is that
//! person; a pronoun is the nearest preceding person of matching gender; a
//! surname is the fullest earlier name ending with it; "the official" is the
//! earlier anonymous source with the same head noun ("A Ukrainian official");
//! news outlets, acronyms, names ending like institutions ("… Ministry") and
//! institution nouns ("the ministry") are organisations; unnamed people
//! ("a senior diplomat", "people familiar with the talks") are anonymous.
//! Without a people layer, capitalised name runs of the text stand in for it.

use super::attribute::{Classes, Np, Order};
use super::marks::NONE;
use super::words::{self, bit as B, lower, WordClass};
use crate::analysis::{Entity, Gender, Label, Person, Speaker, SpeakerKind};
use crate::span::Span;
use crate::text::token::{Token, TokenKind};

/// How far back (in bytes) a pronoun looks for its person.
const PRONOUN_REACH: usize = 3000;
/// How many earlier speakers and names a back-reference looks through.
const BACK_REACH: usize = 200;

struct NameRun {
    start: usize,
    name: Span,
    last: Span,
}

/// Resolves speaker phrases in text order.
pub(crate) struct Resolver<'a> {
    text: &'a str,
    tokens: &'a [Token],
    owner: &'a [u32],
    people: &'a [Person],
    entities: &'a [Entity],
    /// Every person mention: (span, person id), sorted by start.
    mentions: Vec<(Span, usize)>,
    /// Capitalised name runs of the text, when there is no people layer.
    runs: Vec<NameRun>,
    /// Anonymous sources met so far: (head noun, name).
    anonymous: Vec<(String, String)>,
    /// The last unnamed speaker of one person ("one crane operator", "the
    /// jury foreman"): (byte position, name), for a "he"/"she" that follows.
    last_unnamed: Option<(usize, String)>,
    /// The last organisation that spoke: (byte position, name), for "it".
    last_org: Option<(usize, String)>,
    /// The last group of unnamed people that spoke ("residents",
    /// "officials"): (byte position, name), for "they".
    last_group: Option<(usize, String)>,
    /// Person speakers met so far: (position, name, person, gender).
    persons: Vec<(usize, String, Option<usize>, Option<Gender>)>,
    /// For each of `persons`, where the last word of its name starts (after
    /// its last space), or [`NO_SPACE`]: a surname is compared with that word only.
    last_words: Vec<usize>,
    /// Lowercase forms and word classes of the tokens.
    cls: Classes<'a>,
    /// The words of each person's titles (split at non-alphanumerics),
    /// `title_words[title_of[pid].0..title_of[pid].1]`.
    title_words: Vec<&'a str>,
    title_of: Vec<(usize, usize)>,
    /// People named as dead somewhere in the article ("the late Mark
    /// Stone"), by person id: never the person a "he" or "she" stands for.
    dead: Vec<bool>,
    /// Where the last phrase's mentions started in `mentions`: phrases come
    /// in text order, so the next search starts there.
    hint: usize,
    /// The same in `entities`.
    entity_hint: usize,
}

/// A name without a space.
const NO_SPACE: usize = usize::MAX;

impl<'a> Resolver<'a> {
    pub(crate) fn new(
        text: &'a str,
        tokens: &'a [Token],
        owner: &'a [u32],
        people: &'a [Person],
        entities: &'a [Entity],
        cls: Classes<'a>,
    ) -> Resolver<'a> {
        let mut mentions: Vec<(Span, usize)> = people
            .iter()
            .flat_map(|p| p.mentions.iter().map(move |&m| (m, p.id)))
            .collect();
        mentions.sort_by_key(|m| m.0.start);
        let runs = if people.is_empty() {
            name_runs(text, tokens)
        } else {
            Vec::new()
        };
        let mut title_words = Vec::new();
        let title_of = people
            .iter()
            .map(|p| {
                let from = title_words.len();
                for t in &p.titles {
                    title_words.extend(t.split(|c: char| !c.is_alphanumeric()));
                }
                (from, title_words.len())
            })
            .collect();
        let mut dead = vec![false; people.len()];
        for &(m, pid) in &mentions {
            if after_the_late(&text[..m.start]) {
                dead[pid] = true;
            }
        }
        Resolver {
            dead,
            text,
            tokens,
            owner,
            people,
            entities,
            mentions,
            runs,
            anonymous: Vec::new(),
            last_unnamed: None,
            last_org: None,
            last_group: None,
            persons: Vec::new(),
            last_words: Vec::new(),
            cls,
            title_words,
            title_of,
            hint: 0,
            entity_hint: 0,
        }
    }

    /// The token ASCII-lowercased ("" when longer than 32 bytes or not ASCII).
    fn lw(&self, i: usize) -> &str {
        self.cls.lw(i)
    }

    /// Remember a person speaker: (position, name, person, gender).
    fn met(&mut self, pos: usize, name: String, person: Option<usize>, gender: Option<Gender>) {
        self.last_words
            .push(name.rfind(' ').map_or(NO_SPACE, |i| i + 1));
        self.persons.push((pos, name, person, gender));
    }

    fn span(&self, lo: usize, hi: usize) -> Span {
        Span::new(self.tokens[lo].span.start, self.tokens[hi - 1].span.end)
    }

    /// Resolve the phrase `np`, and remember the organisations and groups
    /// that speak, for an "it" or "they" after them.
    pub(crate) fn resolve(&mut self, np: Np, order: Order) -> Speaker {
        let sp = self.resolve_phrase(np, order);
        match sp.kind {
            SpeakerKind::Organization => self.last_org = Some((sp.span.start, sp.name.clone())),
            SpeakerKind::Anonymous => {
                let text = &self.text[sp.span];
                let last = text.rsplit(' ').next().unwrap_or("");
                if last.len() > 3 && last.ends_with('s') && !last.ends_with("ss") {
                    self.last_group = Some((sp.span.start, sp.name.clone()));
                }
            }
            _ => {}
        }
        sp
    }

    /// Resolve the phrase `np`.
    fn resolve_phrase(&mut self, np: Np, order: Order) -> Speaker {
        let span = self.span(np.lo, np.hi);
        // (A possessive one too: the owner of "her claim that …".)
        if np.hi - np.lo == 1
            && (self.cls.has(np.lo, B::PRONOUN | B::CONTRACTED_PRONOUN)
                || matches!(self.lw(np.lo), "his" | "her" | "its" | "their"))
        {
            return self.pronoun(np.lo);
        }
        // "Another said", "Some said": unnamed people.
        if np.hi - np.lo == 1
            && matches!(
                self.lw(np.lo),
                "another" | "others" | "one" | "some" | "many" | "several"
            )
        {
            let hl = self.lw(np.lo).to_string();
            return self.anonymous(np, span, &hl);
        }
        // The head noun: the last word before a post-modifier.
        // ("An aide to Ruiz", "an official speaking to Reuters": after a
        // listed noun, "to" or a participle opens a post-modifier too.)
        let mut head = np.hi - 1;
        for k in np.lo..np.hi {
            if k > np.lo
                && (self.cls.has(k, B::NP_PREPOSITION)
                    || matches!(self.lw(k), "familiar" | "close" | "who")
                    || (self.lw(k) == "to" || self.lw(k).ends_with("ing"))
                        && self.cls.has(k - 1, B::CLASS)
                        && !self.tokens[k - 1].has(Token::CAP))
            {
                head = k - 1;
                break;
            }
        }
        while head > np.lo && self.tokens[head].kind != TokenKind::Word {
            head -= 1;
        }
        // "A spokesman for Ruiz", "Ruiz's lawyer", "the chairman of the
        // Harbour Party": a listed noun in lowercase heads the phrase, and a
        // name in its modifiers is someone else (a lawyer's words stay the
        // lawyer's). A name in apposition still speaks ("secretary of state
        // John Kerry").
        let described = self.tokens[head].kind == TokenKind::Word
            && !self.tokens[head].has(Token::CAP)
            && self.cls.class(head).is_some();
        let head_end = self.tokens[head].span.end;
        // A mention of a person of the article.
        let lo = partition_point_near(&self.mentions, self.hint, |m| m.0.start < span.start);
        let hi = partition_point_near(&self.mentions, lo, |m| m.0.start < span.end);
        self.hint = lo;
        let mut inside = self.mentions[lo..hi]
            .iter()
            .copied()
            .filter(|m| m.0.end <= span.end)
            .filter(|m| !(described && self.in_modifier(m.0, head_end, np.lo)));
        let pick = match order {
            Order::Subject | Order::Inherited => inside.next_back(),
            _ => inside.next(),
        };
        if let Some((m, pid)) = pick {
            let p = &self.people[pid];
            self.met(m.start, p.name.clone(), Some(pid), p.gender);
            return Speaker {
                span: m,
                kind: SpeakerKind::Person,
                person: Some(pid),
                name: p.name.clone(),
            };
        }
        let hl = self.lw(head).to_string();
        let head_class = self.cls.class(head);
        // A capital that only opens the sentence ("Analysts say") is no name.
        let sentence_cap = head == np.lo
            && head_class.is_some()
            && (head == 0
                || self.tokens[head].has(Token::PARA_START)
                || matches!(
                    &self.text[self.tokens[head - 1].span],
                    "." | "!" | "?" | "\"" | "“" | ":"
                ));
        let head_cap = self.tokens[head].has(Token::CAP)
            && !(head == np.lo && np.hi - np.lo > 1)
            && !sentence_cap;
        // An organisation (or a place speaking as its government: "Moscow said").
        let first = partition_point_near(self.entities, self.entity_hint, |e| {
            e.span.end <= span.start
        });
        self.entity_hint = first;
        if let Some(e) = self
            .entities
            .iter()
            .skip(first)
            .take_while(|e| e.span.start < span.end)
            .find(|e| {
                matches!(e.label, Label::Org | Label::Gpe)
                    // "The chairman of the Harbour Party": a person described
                    // by a title, not the party after the head.
                    && !(head_class.is_some()
                        && !head_cap
                        && e.span.start > self.tokens[head].span.end)
                    && !(described && self.in_modifier(e.span, head_end, np.lo))
                    && e.span.start >= span.start
                    && e.span.end <= span.end
                    && (e.label == Label::Org || e.span.end == span.end)
            })
        {
            return Speaker {
                span: e.span,
                kind: SpeakerKind::Organization,
                person: None,
                name: self.text[e.span].to_string(),
            };
        }
        if !head_cap || hl == "official" {
            match head_class {
                Some(WordClass::Anonymous) => return self.anonymous(np, span, &hl),
                Some(WordClass::Organization) => {
                    return Speaker {
                        span,
                        kind: SpeakerKind::Organization,
                        person: None,
                        name: self.text[span].to_string(),
                    }
                }
                _ => {}
            }
        }
        // The last run of capitalised words.
        if let Some((rlo, rhi)) = self
            .cap_run(np, matches!(order, Order::Inverted | Order::According))
            .filter(|&(rlo, rhi)| {
                !(described && self.in_modifier(self.span(rlo, rhi), head_end, rlo))
            })
        {
            let run = self.span(rlo, rhi);
            let run_text = &self.text[run];
            let single = rhi - rlo == 1;
            let t0 = &self.tokens[rlo];
            let acronym = single && t0.has(Token::UPPER) && t0.span.len() <= 6;
            let last_word = &self.text[self.tokens[rhi - 1].span];
            if words::is_outlet(run_text) || acronym || words::is_org_suffix(last_word) {
                return Speaker {
                    span: run,
                    kind: SpeakerKind::Organization,
                    person: None,
                    name: run_text.trim_start_matches("The ").to_string(),
                };
            }
            // A person: drop leading titles.
            let mut s = rlo;
            while s + 1 < rhi {
                let title = self.cls.class(s) == Some(WordClass::Title)
                    || self.text[self.tokens[s].span].ends_with('.')
                    || (s + 1 < rhi && self.text[self.tokens[s + 1].span] == *".");
                if self.tokens[s].kind == TokenKind::Punct || title {
                    s += 1;
                } else {
                    break;
                }
            }
            // "of State" after a title, then a personal name of at most three
            // words. The skip never eats the last word: "U.S. of President"
            // is no title and a name, and the mention must hold a token.
            while s + 2 < rhi
                && self.lw(s) == "of"
                && self.cls.class(s + 1) == Some(WordClass::Title)
            {
                s += 2;
            }
            if rhi - s > 3 {
                s = rhi - 2;
            }
            let mention = self.span(s, rhi);
            let name = if rhi - s == 1 {
                self.full_name(mention)
            } else {
                self.text[mention].to_string()
            };
            self.met(mention.start, name.clone(), None, None);
            return Speaker {
                span: mention,
                kind: SpeakerKind::Person,
                person: None,
                name,
            };
        }
        if let Some(WordClass::Anonymous) = head_class {
            return self.anonymous(np, span, &hl);
        }
        // "the mayor said": the person of the article who holds that title.
        if self.lw(np.lo) == "the" {
            if let Some(pid) = self.titled_person(&hl, span.start) {
                let p = &self.people[pid];
                self.met(span.start, p.name.clone(), Some(pid), p.gender);
                return self.person_speaker(span, pid);
            }
        }
        Speaker {
            span,
            kind: SpeakerKind::Other,
            person: None,
            name: self.text[span].to_string(),
        }
    }

    /// The person most recently mentioned before `before` whose titles hold
    /// the word `title` ("mayor" in "Mayor Ana Ruiz").
    fn titled_person(&self, title: &str, before: usize) -> Option<usize> {
        let upto = partition_point_near(&self.mentions, self.hint, |m| m.0.start < before);
        // A person mentioned again is not checked again: their titles did not hold it.
        let mut checked = vec![0u64; self.people.len().div_ceil(64)];
        self.mentions[..upto]
            .iter()
            .rev()
            .take(BACK_REACH)
            .map(|&(_, pid)| pid)
            .find(|&pid| {
                let (word, bit) = (pid / 64, 1u64 << (pid % 64));
                if checked[word] & bit != 0 {
                    return false;
                }
                checked[word] |= bit;
                let (from, to) = self.title_of[pid];
                self.title_words[from..to]
                    .iter()
                    .any(|w| w.eq_ignore_ascii_case(title) || expand_title(w) == Some(title))
            })
    }

    /// The last run of capitalised words in `np` (with "of", initials, "Mr.").
    fn cap_run(&self, np: Np, first: bool) -> Option<(usize, usize)> {
        let mut best = None;
        let mut k = np.lo;
        while k < np.hi {
            let t = &self.tokens[k];
            let starts = t.kind == TokenKind::Word && t.has(Token::CAP) && {
                !(k == np.lo
                    && (self.cls.has(k, B::DETERMINER | B::SENTENCE_FILLER)
                        || matches!(self.lw(k), "both" | "all" | "most" | "more" | "neither")))
            };
            if !starts {
                k += 1;
                continue;
            }
            let s = k;
            let mut e = k + 1;
            while e < np.hi {
                let u = &self.tokens[e];
                let txt = &self.text[u.span];
                if (u.kind == TokenKind::Word && u.has(Token::CAP))
                    || (txt == "." && u.kind == TokenKind::Punct && e + 1 < np.hi)
                    || (txt == "of" && e + 1 < np.hi && self.tokens[e + 1].has(Token::CAP))
                {
                    e += 1;
                } else {
                    break;
                }
            }
            best = Some((s, e));
            if first {
                break;
            }
            k = e;
        }
        best
    }

    fn anonymous(&mut self, np: Np, span: Span, head: &str) -> Speaker {
        let singular = head
            .strip_suffix('s')
            .filter(|_| head.len() > 4)
            .unwrap_or(head)
            .to_string();
        let det = self.lw(np.lo).to_string();
        let text = self.text[span].to_string();
        let mut name = text.clone();
        if matches!(det.as_str(), "the" | "that" | "this") {
            if let Some((_, n)) = self
                .anonymous
                .iter()
                .rev()
                .take(BACK_REACH)
                .find(|(h, _)| *h == singular)
            {
                name = n.clone();
            }
        }
        // One person ("a", "an", "one", "the", "another" and a singular head)
        // may be "he" or "she" later.
        if singular == head && matches!(det.as_str(), "a" | "an" | "one" | "the" | "another") {
            self.last_unnamed = Some((span.start, name.clone()));
        }
        if name == text {
            self.anonymous.push((singular, name.clone()));
        }
        Speaker {
            span,
            kind: SpeakerKind::Anonymous,
            person: None,
            name,
        }
    }

    /// The fullest earlier name ending with the surname `m`.
    fn full_name(&self, m: Span) -> String {
        let sur = &self.text[m];
        // A name ending with " " + the surname (which holds no space): its
        // last word is the surname.
        if let Some(((_, n, _, _), _)) = self
            .persons
            .iter()
            .zip(&self.last_words)
            .rev()
            .take(BACK_REACH)
            .find(|((_, n, _, _), &w)| w != NO_SPACE && n.as_bytes()[w..] == *sur.as_bytes())
        {
            return n.clone();
        }
        let upto = self.runs.partition_point(|r| r.start < m.start);
        for r in self.runs[..upto].iter().rev().take(BACK_REACH) {
            if &self.text[r.last] == sur && r.name.len() > sur.len() {
                return self.text[r.name].to_string();
            }
        }
        sur.to_string()
    }

    /// Is the name at `m` a modifier of a lowercase head noun that ends at
    /// byte `head_end`: before the head ("Ruiz's lawyer", "Clinton
    /// spokesman"), or the object of a preposition after it ("a spokesman for
    /// Ruiz", "the chairman of the Harbour Party")? A name after the head and
    /// no preposition is in apposition ("secretary of state John Kerry").
    fn in_modifier(&self, m: Span, head_end: usize, hint: usize) -> bool {
        if m.end <= head_end {
            return true;
        }
        let t = partition_point_near(self.tokens, hint, |t| t.span.start < m.start);
        if t == 0 || t >= self.tokens.len() {
            return false;
        }
        let mut p = t - 1;
        // "the wife of Senator Tom Hale": titles before the name.
        while p > 0
            && self.tokens[p].span.start >= head_end
            && (self.cls.class(p) == Some(WordClass::Title) && self.tokens[p].has(Token::CAP)
                || self.tokens[p].kind == TokenKind::Punct
                    && self.cls.class(p - 1) == Some(WordClass::Title))
        {
            p -= 1;
        }
        if self.cls.has(p, B::DETERMINER) && p > 0 {
            p -= 1;
        }
        self.tokens[p].kind == TokenKind::Word
            && self.tokens[p].span.start >= head_end
            && (self.cls.has(p, B::NP_PREPOSITION) || matches!(self.lw(p), "to" | "by" | "about"))
    }

    /// Is the mention starting at token `t` the object of a verb ("Tom Hale,
    /// who represents Jeffrey Stone,", "Ruiz thanked Ana Lee")? A lowercase
    /// "-s" or "-ed" word right before it that is no noun, auxiliary or cue
    /// ("said Ana Lee" still speaks).
    fn verb_object(&self, t: usize, m: Span) -> bool {
        // (Not a name introduced with an appositive: "concerns Henry Crespo,
        // president of …", nor after a naming verb: "a worker named Ana Lee".)
        let mut e = t;
        while e + 1 < self.tokens.len() && self.tokens[e + 1].span.start < m.end {
            e += 1;
        }
        let appositive = e + 2 < self.tokens.len()
            && self.text[self.tokens[e + 1].span] == *","
            && self.tokens[e + 2].kind == TokenKind::Word
            && self.cls.has(e + 2, B::CLASS | B::DETERMINER);
        // (Nor the subject of a clause of its own: "the jobs Weiner has lost".)
        let clause = e + 1 < self.tokens.len()
            && self.tokens[e + 1].kind == TokenKind::Word
            && self.cls.has(e + 1, B::AUX_OR_ADVERB | B::BE);
        t > 0
            && !appositive
            && !clause
            && !matches!(self.lw(t - 1), "named" | "dubbed")
            && self.tokens[t - 1].kind == TokenKind::Word
            && !self.tokens[t - 1].has(Token::CAP)
            && !self.tokens[t].has(Token::PARA_START)
            && {
                let l = self.lw(t - 1);
                l.len() > 3
                    && (l.ends_with('s') && !l.ends_with("ss") || l.ends_with("ed"))
                    && !self.cls.has(
                        t - 1,
                        B::CLASS | B::TIME | B::AUX_OR_ADVERB | B::BE | B::DETERMINER | B::PRONOUN,
                    )
                    && self.cls.cue(t - 1).is_none()
            }
    }

    /// Is the mention `m` (first token `t`) no grammatical subject: the
    /// object of a preposition ("a teacher from Casper"), a possessive
    /// ("Stone's lawyers") or the dead ("the late Jeffrey Stone")?
    fn not_a_subject(&self, t: usize, m: Span) -> bool {
        // ("According to Tom Hale, …" names a source: it may speak again.)
        let according = t > 1 && self.lw(t - 1) == "to" && self.lw(t - 2) == "according";
        let before = t > 0
            && !according
            && self.tokens[t - 1].kind == TokenKind::Word
            && !self.tokens[t].has(Token::PARA_START)
            && (self.cls.has(t - 1, B::NP_PREPOSITION)
                || matches!(
                    self.lw(t - 1),
                    "to" | "by" | "about" | "against" | "late" | "than" | "like" | "into"
                ));
        let mut e = t;
        while e + 1 < self.tokens.len() && self.tokens[e + 1].span.start < m.end {
            e += 1;
        }
        let possessive =
            e + 1 < self.tokens.len() && self.tokens[e + 1].kind == TokenKind::Possessive;
        before || possessive
    }

    /// Does the mention whose first token is `t` stand where the subject of
    /// a main clause stands? Looking back over the words of its own phrase
    /// (capitalised words and titles: "Senate Majority Leader", "scholar",
    /// "the"), it must open the sentence or a clause of its own (after a
    /// comma, a dash, a closing quotation mark, "and", "but"), or follow a
    /// cue it is the subject of (""…," said Hale"). Not after a subordinating
    /// word ("as Stone left", "when", "because", "that", "who"), after any
    /// other lowercase word (an object: "to criticize Trump", "rebuking Mr.
    /// Trump", "pro Kasich"; a modifier: "a Martin Luther King Jr.
    /// celebration"), nor the listener after "told".
    fn main_subject(&self, t: usize) -> bool {
        let floor = t.saturating_sub(14);
        let mut p = t;
        while p > floor {
            if self.tokens[p].has(Token::PARA_START) {
                return true;
            }
            let q = p - 1;
            let tok = &self.tokens[q];
            match tok.kind {
                TokenKind::Word => {
                    let l = self.lw(q);
                    if is_subordinator(l) {
                        return false;
                    }
                    // ("Obama and Biden": a name joined to another stands
                    // where that one stands.)
                    if matches!(l, "and" | "or")
                        && q > 0
                        && self.tokens[q - 1].kind == TokenKind::Word
                        && self.tokens[q - 1].has(Token::CAP)
                    {
                        p = q;
                        continue;
                    }
                    if matches!(l, "and" | "but" | "then" | "so" | "yet" | "also" | "or") {
                        return true;
                    }
                    if tok.has(Token::CAP)
                        || self.cls.class(q).is_some()
                        || matches!(l, "the" | "former" | "then")
                    {
                        p = q;
                        continue;
                    }
                    // A lowercase noun after a capitalised word or opening
                    // the sentence ("Tennis great Ana Ruiz"), not a verb in
                    // "-ed", "-s" or "-ing" ("Trump blamed Clinton").
                    let opens = q == 0
                        || self.tokens[q].has(Token::PARA_START)
                        || self.tokens[q - 1].kind == TokenKind::Word
                            && self.tokens[q - 1].has(Token::CAP);
                    if opens
                        && l.len() > 2
                        && !(l.ends_with("ed") || l.ends_with('s') || l.ends_with("ing"))
                        && self.cls.cue(q).is_none()
                        && !self.cls.has(
                            q,
                            B::PRONOUN
                                | B::DETERMINER
                                | B::NP_PREPOSITION
                                | B::AUX_OR_ADVERB
                                | B::BE
                                | B::TIME,
                        )
                        && !matches!(l, "to" | "for" | "with" | "about" | "than" | "like")
                    {
                        p = q;
                        continue;
                    }
                    // ("According to Hale, …" names a source.)
                    if l == "to" && q > 0 && self.lw(q - 1) == "according" {
                        return true;
                    }
                    // A cue whose subject follows: after a quotation mark or
                    // a comma (""…," said Hale"), not after a subject of its
                    // own ("Ruiz said Hale would go"), nor "told" a listener.
                    return self.cls.cue(q).is_some_and(|c| c.inverts && !c.object)
                        && q > 0
                        && self.tokens[q - 1].kind == TokenKind::Punct
                        && !matches!(&self.text[self.tokens[q - 1].span], "." | "!" | "?");
                }
                TokenKind::Possessive | TokenKind::Number => p = q,
                TokenKind::Punct => {
                    let c = &self.text[tok.span];
                    // (The dot of a title or an initial: "Sen.", "A. E.")
                    if c == "."
                        && q > 0
                        && self.tokens[q - 1].kind == TokenKind::Word
                        && self.tokens[q - 1].has(Token::CAP)
                        && self.tokens[q - 1].span.len() <= 4
                    {
                        p = q;
                        continue;
                    }
                    return true;
                }
            }
        }
        true
    }

    fn person_speaker(&self, span: Span, pid: usize) -> Speaker {
        Speaker {
            span,
            kind: SpeakerKind::Person,
            person: Some(pid),
            name: self.people[pid].name.clone(),
        }
    }

    /// The first token of the sentence holding token `k` (after a sentence
    /// end outside quotation marks or at a paragraph start), looking at most
    /// 60 tokens back; `None` when none is found.
    fn sentence_start(&self, k: usize) -> Option<usize> {
        let floor = k.saturating_sub(60);
        let mut j = k;
        while j > floor {
            if self.tokens[j].has(Token::PARA_START) {
                return Some(j);
            }
            let p = j - 1;
            // (Not the dot of a title or a short capitalised abbreviation:
            // "Gov.", "Corp.")
            let abbreviation = &self.text[self.tokens[p].span] == "."
                && p > 0
                && self.tokens[p - 1].kind == TokenKind::Word
                && (self.cls.class(p - 1) == Some(WordClass::Title)
                    || self.tokens[p - 1].has(Token::CAP) && self.tokens[p - 1].span.len() <= 4);
            if self.tokens[p].kind == TokenKind::Punct
                && matches!(&self.text[self.tokens[p].span], "." | "!" | "?")
                && !abbreviation
                && self.owner.get(p).is_none_or(|&o| o == NONE)
            {
                return Some(j);
            }
            j -= 1;
        }
        self.tokens[j].has(Token::PARA_START).then_some(j)
    }

    /// For "it" (`org`) or "they" before token `k`: the subject of the
    /// sentence holding `k`, or else of the sentence before in the same
    /// paragraph, when it is an institution ("The agency", "the Harbour
    /// Board") or a group ("Residents", "Critics of the plan", "Ana Ruiz and
    /// legislative leaders"): (its byte position, its words). Nothing when
    /// the subject is anything else: an unclear "they" stays unresolved.
    fn subject_antecedent(&self, k: usize, org: bool) -> Option<(usize, String)> {
        let own = self.sentence_start(k)?;
        let mut starts = Vec::with_capacity(2);
        if own + 1 < k {
            starts.push((own, k));
        }
        if own > 0 && !self.tokens[own].has(Token::PARA_START) {
            if let Some(prev) = self.sentence_start(own - 1) {
                starts.push((prev, own));
                // A sentence whose subject opens with "Its" ("Their" for
                // "they") speaks of the same antecedent: the one before it
                // in the paragraph holds it ("The council voted. Its members
                // were split. It said …").
                if prev > 0
                    && !self.tokens[prev].has(Token::PARA_START)
                    && self.opens_with(prev, own, if org { "its" } else { "their" })
                {
                    if let Some(before) = self.sentence_start(prev - 1) {
                        starts.push((before, prev));
                    }
                }
            }
        }
        starts
            .into_iter()
            .find_map(|(s, e)| self.subject_group(s, e, org))
    }

    /// Does the sentence at token `s` (before `e`) open with the word `w`
    /// (after punctuation and "but", "and")?
    fn opens_with(&self, s: usize, e: usize, w: &str) -> bool {
        let mut a = s;
        while a < e
            && (self.tokens[a].kind == TokenKind::Punct || matches!(self.lw(a), "but" | "and"))
        {
            a += 1;
        }
        a < e && self.lw(a) == w
    }

    /// The subject opening the sentence at token `s` (before `e`), when it
    /// is an institution (`org`) or a group, followed by a lowercase verb.
    fn subject_group(&self, s: usize, e: usize, org: bool) -> Option<(usize, String)> {
        let mut a = s;
        while a < e
            && (self.tokens[a].kind == TokenKind::Punct
                || matches!(
                    self.lw(a),
                    "but" | "and" | "so" | "yet" | "still" | "as" | "when" | "while" | "after"
                ))
        {
            a += 1;
        }
        if a >= e || self.owner.get(a).is_some_and(|&o| o != NONE) {
            return None;
        }
        // The phrase: a determiner, then up to five words of one noun phrase
        // (for a group, two joined by "and").
        let mut h = a;
        if self.cls.has(h, B::DETERMINER) {
            h += 1;
        }
        let mut joined = false;
        let mut end = None;
        let mut n = 0;
        while h < e && n < 6 {
            let t = &self.tokens[h];
            // ("Gov. Ana Ruiz": the dot of a title.)
            if t.kind == TokenKind::Punct {
                if &self.text[t.span] == "."
                    && h > a
                    && (self.cls.class(h - 1) == Some(WordClass::Title)
                        || end == Some(h) && self.tokens[h - 1].span.len() <= 4)
                {
                    h += 1;
                    continue;
                }
                break;
            }
            if t.kind != TokenKind::Word {
                break;
            }
            if self.lw(h) == "and" && !org && !joined && end.is_some() {
                joined = true;
                h += 1;
                if h < e && self.cls.has(h, B::DETERMINER) {
                    h += 1;
                }
                continue;
            }
            let cap = t.has(Token::CAP);
            let class = self.cls.class(h);
            let entity = cap && self.in_entity_at(h, org);
            // A lowercase modifier before the noun ("legislative leaders").
            let modifier = !cap
                && class.is_none()
                && !self
                    .cls
                    .has(h, B::PRONOUN | B::DETERMINER | B::NP_PREPOSITION)
                && h + 1 < e
                && self.tokens[h + 1].kind == TokenKind::Word
                && (self.cls.class(h + 1).is_some() || self.tokens[h + 1].has(Token::CAP));
            if !(entity || class.is_some() || modifier || cap && h == a) {
                break;
            }
            if entity || class.is_some() {
                end = Some(h + 1);
            }
            h += 1;
            n += 1;
        }
        let end = end?;
        if end != h || h >= e {
            return None;
        }
        let mut name_end = end;
        // "Critics of the plan", "Residents of Elm Street": one noun (or a
        // run of capitalised words) after "of", "from" or "in".
        if matches!(self.lw(h), "of" | "from" | "in" | "at") {
            let mut p = h + 1;
            if p < e && self.cls.has(p, B::DETERMINER) {
                p += 1;
            }
            if p < e && self.tokens[p].kind == TokenKind::Word && !self.tokens[p].has(Token::CAP) {
                p += 1;
            } else {
                while p < e
                    && p < h + 6
                    && self.tokens[p].kind == TokenKind::Word
                    && self.tokens[p].has(Token::CAP)
                {
                    p += 1;
                }
            }
            if p == h + 1 || p >= e {
                return None;
            }
            name_end = p;
            h = p;
        }
        // A lowercase verb follows ("It said", "They met").
        if self.tokens[h].kind != TokenKind::Word
            || self.tokens[h].has(Token::CAP)
            || self
                .cls
                .has(h, B::DETERMINER | B::NP_PREPOSITION | B::PRONOUN | B::CLASS)
            || matches!(self.lw(h), "and" | "or" | "who" | "which" | "that")
        {
            return None;
        }
        let head = end - 1;
        let head_lw = self.lw(head);
        let ok = if org {
            !joined
                && (self.cls.class(head) == Some(WordClass::Organization)
                    && !head_lw.ends_with('s')
                    || self.in_entity_at(head, true))
        } else {
            joined
                || self.cls.class(head) == Some(WordClass::Anonymous)
                    && head_lw.len() > 3
                    && head_lw.ends_with('s')
                    && !head_lw.ends_with("ss")
        };
        if !ok {
            return None;
        }
        let sp = self.span(a, name_end);
        Some((sp.start, self.text[sp].to_string()))
    }

    /// Is token `k` inside an organisation (`org`) or person/organisation entity?
    fn in_entity_at(&self, k: usize, org: bool) -> bool {
        let t = self.tokens[k].span;
        let i = self.entities.partition_point(|e| e.span.end <= t.start);
        self.entities.get(i).is_some_and(|e| {
            e.span.start <= t.start && (e.label == Label::Org || !org && e.label == Label::Person)
        })
    }

    fn pronoun(&mut self, k: usize) -> Speaker {
        let span = self.tokens[k].span;
        let l = self.lw(k).to_string();
        let l = l.split(['\'', '’']).next().unwrap_or("").to_string();
        let unresolved = Speaker {
            span,
            kind: SpeakerKind::Pronoun,
            person: None,
            name: self.text[span].to_string(),
        };
        let want = match l.as_str() {
            "he" | "his" => Gender::Male,
            "she" | "her" => Gender::Female,
            // "it" and "they": the organisation or group that spoke last,
            // close before (within 250 bytes); otherwise unresolved.
            // Else the subject of this sentence or the one before when it
            // is an institution ("The agency released its figures. It
            // said …") or a group ("Residents and shop owners met the
            // council. They said …"), whichever is nearer. "its" and
            // "their" (a noun of saying's owner) resolve alike.
            "it" | "they" | "its" | "their" => {
                let org = l.starts_with("it");
                let (last, kind) = if org {
                    (&self.last_org, SpeakerKind::Organization)
                } else {
                    (&self.last_group, SpeakerKind::Anonymous)
                };
                let spoke = last
                    .as_ref()
                    .filter(|(pos, _)| *pos < span.start && span.start - pos < 250)
                    .cloned();
                let subject = self.subject_antecedent(k, org);
                let pick = match (spoke, subject) {
                    (Some(a), Some(b)) => Some(if b.0 > a.0 { b } else { a }),
                    (a, b) => a.or(b),
                };
                return match pick {
                    Some((_, name)) => Speaker {
                        span,
                        kind,
                        person: None,
                        name,
                    },
                    None => unresolved,
                };
            }
            _ => return unresolved,
        };
        let floor = span.start.saturating_sub(PRONOUN_REACH);
        // The people layer: the nearest preceding mention outside quotes of a
        // person known to have that gender, else of a person of unknown gender.
        let upto = partition_point_near(&self.mentions, self.hint, |m| m.0.start < span.start);
        // The tokens of the mentions looked at start between `floor` and the pronoun.
        let wlo = partition_point_near(&self.tokens[..k], k, |t| t.span.start < floor);
        let mut unknown: Option<usize> = None;
        let mut object: Option<usize> = None;
        // An unnamed speaker of one person quoted after the last named one:
        // "One operator said … 'I love it,' he said" is the operator.
        let unnamed = self
            .last_unnamed
            .as_ref()
            .filter(|(pos, _)| *pos < span.start && span.start - pos < 600)
            .map(|(pos, name)| (*pos, name.clone()));
        // (Found when first needed.)
        let mut own_start: Option<Option<usize>> = None;
        // The first token from each mention on: mentions come latest first,
        // so a cursor walks back over the tokens once.
        let mut t = k;
        for &(m, pid) in self.mentions[..upto].iter().rev() {
            if m.start < floor {
                break;
            }
            if let Some((_, name)) = unnamed.as_ref().filter(|(pos, _)| *pos > m.start) {
                return Speaker {
                    span,
                    kind: SpeakerKind::Anonymous,
                    person: None,
                    name: name.clone(),
                };
            }
            let p = &self.people[pid];
            if p.gender.is_some_and(|g| g != want) || self.dead[pid] {
                continue;
            }
            while t > wlo && self.tokens[t - 1].span.start >= m.start {
                t -= 1;
            }
            if t < self.owner.len() && self.owner[t] != NONE {
                continue;
            }
            if self.not_a_subject(t, m) {
                continue;
            }
            // The object of a verb, a subject of a subordinate clause or a
            // name modifying a noun only when no main subject will do: "Ruiz
            // thanked Tom Hale. "…," he said." is Hale; "Hale watched as
            // Stone left. "…," he said." is Hale.
            // (A clause opening the pronoun's own sentence holds its person:
            // "Though Ruiz lost, she said …".)
            if self.verb_object(t, m)
                || !(self.main_subject(t)
                    || own_start
                        .get_or_insert_with(|| self.sentence_start(k))
                        .is_some_and(|o| t >= o))
            {
                if p.gender.is_some() {
                    object.get_or_insert(pid);
                }
                continue;
            }
            if p.gender.is_none() {
                unknown.get_or_insert(pid);
                continue;
            }
            return self.person_speaker(span, pid);
        }
        if let Some(pid) = unknown.or(object) {
            return self.person_speaker(span, pid);
        }
        if !self.people.is_empty() {
            return unresolved;
        }
        // No people layer: the last person speaker, else the nearest name run.
        let last_speaker = self
            .persons
            .iter()
            .rev()
            .take_while(|p| p.0 >= floor)
            .find(|p| p.3.is_none_or(|g| g == want));
        let upto = self.runs.partition_point(|r| r.start < span.start);
        let last_run = self.runs[..upto]
            .iter()
            .rev()
            .take_while(|r| r.start >= floor)
            .next();
        let name = match (last_speaker, last_run) {
            (Some(s), Some(r)) if r.start > s.0 + 200 => Some(self.text[r.name].to_string()),
            (Some(s), _) => Some(s.1.clone()),
            (None, Some(r)) => Some(self.text[r.name].to_string()),
            _ => None,
        };
        match name {
            Some(name) => Speaker {
                span,
                kind: SpeakerKind::Person,
                person: None,
                name,
            },
            None => unresolved,
        }
    }
}

/// Does `before` end with "the late " (or "his late ", "Stone's late ")?
fn after_the_late(before: &str) -> bool {
    let Some(rest) = before.strip_suffix("late ") else {
        return false;
    };
    let rest = rest.trim_end_matches(' ');
    let word = rest.rsplit(' ').next().unwrap_or("");
    word.ends_with("'s")
        || word.ends_with("’s")
        || ["the", "his", "her", "their", "our", "my", "its"]
            .iter()
            .any(|w| word.eq_ignore_ascii_case(w))
}

/// A word that opens a subordinate or relative clause ("as Stone left",
/// "when", "that", "who"): its subject is not the main subject.
fn is_subordinator(l: &str) -> bool {
    matches!(
        l,
        "as" | "when"
            | "whenever"
            | "while"
            | "whilst"
            | "after"
            | "before"
            | "because"
            | "since"
            | "although"
            | "though"
            | "if"
            | "unless"
            | "until"
            | "whether"
            | "once"
            | "that"
            | "who"
            | "whom"
            | "whose"
            | "which"
            | "where"
    )
}

/// The title an abbreviation stands for ("Gov." → "governor"), lowercase.
fn expand_title(w: &str) -> Option<&'static str> {
    let w = w.trim_end_matches('.');
    const PAIRS: &[(&str, &str)] = &[
        ("gov", "governor"),
        ("sen", "senator"),
        ("rep", "representative"),
        ("gen", "general"),
        ("pres", "president"),
        ("prof", "professor"),
        ("dr", "doctor"),
        ("lt", "lieutenant"),
        ("col", "colonel"),
        ("capt", "captain"),
        ("sgt", "sergeant"),
        ("supt", "superintendent"),
        ("atty", "attorney"),
        ("insp", "inspector"),
    ];
    PAIRS
        .iter()
        .find(|(a, _)| w.eq_ignore_ascii_case(a))
        .map(|&(_, b)| b)
}

/// `s.partition_point(pred)` for a slice partitioned by `pred` (true, then
/// false), found by steps doubling away from `hint` and a binary search
/// between the last two: near answers touch only nearby memory.
fn partition_point_near<T>(s: &[T], hint: usize, pred: impl Fn(&T) -> bool) -> usize {
    let h = hint.min(s.len());
    let mut step = 1;
    if h < s.len() && pred(&s[h]) {
        // Every item of `..lo` satisfies `pred`.
        let mut lo = h + 1;
        loop {
            let probe = lo + step - 1;
            if probe >= s.len() {
                return lo + s[lo..].partition_point(&pred);
            }
            if !pred(&s[probe]) {
                return lo + s[lo..probe].partition_point(&pred);
            }
            lo = probe + 1;
            step *= 2;
        }
    } else {
        // No item of `hi..` satisfies `pred`.
        let mut hi = h;
        loop {
            if hi == 0 {
                return 0;
            }
            let probe = hi.saturating_sub(step);
            if pred(&s[probe]) {
                return probe + 1 + s[probe + 1..hi].partition_point(&pred);
            }
            hi = probe;
            step *= 2;
        }
    }
}

/// Capitalised runs of two or more words that look like personal names.
fn name_runs(text: &str, tokens: &[Token]) -> Vec<NameRun> {
    let mut out = Vec::new();
    let mut buf = [0u8; 32];
    let mut k = 0;
    while k < tokens.len() {
        let t = &tokens[k];
        if !(t.kind == TokenKind::Word && t.has(Token::CAP) && !t.has(Token::UPPER)) {
            k += 1;
            continue;
        }
        let s = k;
        let mut e = k + 1;
        while e < tokens.len()
            && tokens[e].kind == TokenKind::Word
            && tokens[e].has(Token::CAP)
            && !tokens[e].has(Token::UPPER)
            && !tokens[e].has(Token::NEWLINE_BEFORE)
        {
            e += 1;
        }
        // Drop leading titles and sentence openers.
        let mut a = s;
        while a < e {
            let l = lower(&text[tokens[a].span], &mut buf).unwrap_or("");
            if words::class(l).is_some() || words::is_sentence_filler(l) || words::is_determiner(l)
            {
                a += 1;
            } else {
                break;
            }
        }
        if e - a >= 2 && e - a <= 4 && !words::is_org_suffix(&text[tokens[e - 1].span]) {
            out.push(NameRun {
                start: tokens[a].span.start,
                name: Span::new(tokens[a].span.start, tokens[e - 1].span.end),
                last: tokens[e - 1].span,
            });
        }
        k = e;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::partition_point_near;

    #[test]
    fn search_near_a_hint_finds_what_a_binary_search_finds() {
        let items: Vec<u32> = vec![1, 1, 2, 3, 5, 8, 8, 8, 13, 21, 34, 55];
        for hint in 0..=items.len() + 2 {
            for at in 0..60 {
                let want = items.partition_point(|&x| x < at);
                assert_eq!(
                    partition_point_near(&items, hint, |&x| x < at),
                    want,
                    "hint {hint}, at {at}"
                );
            }
        }
        let empty: [u32; 0] = [];
        assert_eq!(partition_point_near(&empty, 3, |&x| x < 5), 0);
    }
}
