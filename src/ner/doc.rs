//! Document-level consistency: one article, one reading of each name.
//!
//! - a dateline's place is a place, whatever its words would make it
//!   (`ner/gpe/dateline`, read first);
//! - a word that is the surname of a full name in the article is PERSON
//!   wherever it stands alone (`ner/doc/surname`);
//! - an acronym defined once, "the European Union (EU)", takes the label of
//!   its long form throughout (`ner/doc/acronym`);
//! - an unlabelled capitalised word, or a word in a headline, takes the label
//!   the article gives the same name elsewhere (`ner/doc/same-name`);
//! - in a sports report, a place that is not a country and plays a match
//!   (a score after it, "beat", "v", a position, a plural verb, a
//!   possessive, "played for X") is a team: ORG throughout, except where it
//!   is the venue or the dateline (`ner/doc/team`); so are the names on
//!   results lines (`tables.rs`); a league is the competition (EVENT);
//! - a name with an organisation context once ("shares of X", "X said in a
//!   statement", "X newspaper", "the Church of X" for X) is ORG throughout
//!   (`ner/doc/org-context`); wire instrument codes (".FTSE") are no names.

use super::find::{rules, strength, Ctx};
use super::lexicon::{f, WordMap};
use super::tables;
use crate::analysis::Label;
use crate::lexicon::hash_word;
use crate::text::token::{Token, TokenKind};

/// A name compared without ASCII case, borrowed from the text (no allocation).
#[derive(Clone, Copy, Debug)]
struct Key<'t>(&'t str);

impl PartialEq for Key<'_> {
    fn eq(&self, other: &Self) -> bool {
        // A name mostly comes back in the same case: compare bytes first.
        self.0 == other.0 || self.0.eq_ignore_ascii_case(other.0)
    }
}

impl Eq for Key<'_> {}

impl std::hash::Hash for Key<'_> {
    /// The lower-cased bytes ([`hash_word`]).
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        hash_word(self.0.as_bytes(), true, state);
    }
}

/// What the article says about one name (see [`resolve`]): one map, so each
/// candidate is looked up once.
#[derive(Clone, Copy, Debug, Default)]
struct Seen {
    /// The last word of a full name of a person (a surname).
    surname: bool,
    /// The first word of a full name of a person, when it is a given name.
    first: bool,
    /// An acronym defined in brackets after a long form with this label.
    acronym: Option<Label>,
    /// The strongest label the article gives the name, with its strength.
    name: Option<(Label, u8)>,
    /// The stem of a surname's spelling variants ([`variant_stem`]).
    stem: bool,
    /// The last word of a name guessed from its shape ("Jesper Parnevik"):
    /// alone, it names the person only where nothing else labels it.
    guessed_surname: bool,
    /// The first word of a full name of a person that no list knows
    /// ("Saddam" of "Saddam Hussein"): alone inside a sentence, that person.
    free_first: bool,
}

/// The stem shared by spellings of one surname that differ only in the i
/// and y of their ending (Zelensky, Zelenskiy, Zelenskyy → "Zelensk";
/// Navalny, Navalnyy), if `w` ends so. The people pass joins such
/// spellings into one person with it.
pub(crate) fn variant_stem(w: &str) -> Option<&str> {
    if !w.ends_with('y') {
        return None;
    }
    let stem = w.trim_end_matches(['i', 'y']);
    (stem.len() >= 4).then_some(stem)
}

impl Seen {
    /// Record `label` at strength `st` unless a stronger label is known
    /// (the first of equal strength wins).
    fn name(&mut self, label: Label, st: u8) {
        if self.name.is_none_or(|(_, old)| st > old) {
            self.name = Some((label, st));
        }
    }
}

/// What a spelling variant of a surname of the article is.
const VARIANT_OF_SURNAME: Seen = Seen {
    surname: true,
    first: false,
    acronym: None,
    name: None,
    stem: false,
    guessed_surname: false,
    free_first: false,
};

fn key(s: &str) -> Key<'_> {
    Key(s)
}

pub(crate) fn resolve(ctx: &mut Ctx<'_>) {
    let n_c = ctx.cands.len();
    if n_c == 0 {
        return;
    }
    context(ctx);
    article_before_name(ctx);
    datelines(ctx);
    // Room for a few words per candidate at once: the map never grows.
    let mut seen: WordMap<Key<'_>, Seen> =
        WordMap::with_capacity_and_hasher(2 * n_c, Default::default());
    // 1. Surnames and full names of people.
    for c in &ctx.cands {
        // Full names, and single names after a title ("President Ruto").
        let named = c.b - c.a >= 2 || matches!(c.rule, rules::PERSON_TITLE | rules::PERSON_COORD);
        if c.label == Some(Label::Person)
            && c.strength >= strength::GUESS
            && (2..=3).contains(&(c.b - c.a))
            && ctx.feat[c.a] == 0
            && ctx.toks[c.a].kind == TokenKind::Word
            && !ctx.toks[c.a].has(Token::UPPER)
            && !ctx.toks[c.a].has(Token::HYPHEN)
            && more_than_one_char(ctx.w(c.a))
            && !ctx.w(c.a).contains(['\'', '’'])
            // "Radical Islam", "Politics Today", "Floridians": shaped like
            // an adjective, a field or a people, not like a first name.
            && !["ics", "ians", "ing", "ed", "al"]
                .iter()
                .any(|e| ctx.w(c.a).ends_with(e))
        {
            seen.entry(key(ctx.w(c.a))).or_default().free_first = true;
        }
        if c.label == Some(Label::Person) && c.strength >= strength::RULE && named {
            if c.b - c.a >= 2 && ctx.feat[c.a] & f::GIVEN != 0 && more_than_one_char(ctx.w(c.a)) {
                seen.entry(key(ctx.w(c.a))).or_default().first = true;
            }
            let mut last = c.b - 1;
            while last > c.a && ctx.feat[last] & f::PARTICLE != 0 {
                last -= 1;
            }
            if ctx.toks[last].kind == TokenKind::Word && more_than_one_char(ctx.w(last)) {
                seen.entry(key(ctx.w(last))).or_default().surname = true;
                // "Zelenskiy": its spelling variants by their stem.
                if let Some(stem) = variant_stem(ctx.w(last)) {
                    seen.entry(key(stem)).or_default().stem = true;
                }
            }
        }
        // "Wang Yi", "Liu Wei": a family name written first (even in a
        // name guessed from its shape).
        if c.label == Some(Label::Person)
            && c.b - c.a == 2
            && ctx.feat[c.a] & f::SURNAME_FIRST != 0
            && c.strength >= strength::GUESS
        {
            seen.entry(key(ctx.w(c.a))).or_default().surname = true;
        }
    }
    guessed_names(ctx, &mut seen);
    // 2. Acronyms defined in brackets after their long form.
    let mut acronyms = false;
    for c in &ctx.cands {
        let (Some(label), true) = (c.label, c.b - c.a >= 2) else {
            continue;
        };
        let b = c.b;
        if b + 2 < ctx.toks.len()
            && ctx.w(b) == "("
            && ctx.toks[b + 1].has(Token::UPPER)
            && ctx.w(b + 2) == ")"
            && label != Label::Person
        {
            seen.entry(key(ctx.w(b + 1))).or_default().acronym = Some(label);
            acronyms = true;
        }
    }
    // 3. Labels the article gives each name (strongest evidence first).
    for c in &ctx.cands {
        if let Some(l) = c.label {
            // A company before its office is better evidence than a verb of
            // speech after a word, and both are weaker than a name rule.
            if c.strength >= strength::RULE || c.rule == rules::ORG_OFFICE {
                let st = match c.rule {
                    rules::PERSON_SPEAKS => strength::GUESS,
                    rules::ORG_OFFICE => strength::RULE,
                    _ => c.strength,
                };
                let k = key(ctx.span(c.a, c.b).as_str(ctx.text));
                seen.entry(k).or_default().name(l, st);
                // "Brightwater Holdings Inc" is also "Brightwater Holdings"
                // and "Brightwater".
                if c.rule == rules::ORG_SUFFIX && c.b - c.a >= 2 {
                    for end in [c.b - 1, c.a + 1] {
                        let k = key(ctx.span(c.a, end).as_str(ctx.text));
                        seen.entry(k).or_default().name(l, strength::RULE);
                    }
                }
            }
        }
    }
    for i in 0..n_c {
        let c = ctx.cands[i];
        let single = c.b - c.a == 1;
        // Only these candidates can change below: the others skip the lookup.
        let weak_place = matches!(c.label, Some(Label::Gpe | Label::Loc)) && !c.country;
        let may_change = (acronyms && single && c.strength < strength::KNOWN)
            || (single
                && (c.strength <= strength::GUESS || weak_place)
                && c.label != Some(Label::Person))
            || (single && c.label.is_none())
            || c.strength <= strength::GUESS
            || c.rule == rules::PERSON_SPEAKS;
        // (A dateline's place is settled: `datelines`.)
        if !may_change || c.rule == rules::GPE_DATELINE {
            continue;
        }
        let word = ctx.span(c.a, c.b).as_str(ctx.text);
        let Some(&seen) = seen.get(&key(word)).or_else(|| {
            // "Zelenskyy" after "Zelenskiy": a variant of a surname.
            let stem = variant_stem(word).filter(|_| single)?;
            seen.get(&key(stem))
                .filter(|s| s.stem)
                .map(|_| &VARIANT_OF_SURNAME)
        }) else {
            continue;
        };
        if let Some(l) = seen.acronym {
            if single && c.strength < strength::KNOWN {
                ctx.cands[i].relabel(Some(l), rules::DOC_ACRONYM, strength::RULE);
            }
            continue;
        }
        if single
            && (c.strength <= strength::GUESS || weak_place)
            && c.label != Some(Label::Person)
            && seen.surname
        {
            ctx.cands[i].relabel(Some(Label::Person), rules::DOC_SURNAME, strength::RULE);
            continue;
        }
        if single
            && c.label.is_none()
            && seen.guessed_surname
            && !seen.first
            && seen.name.is_none()
            && !ctx.toks[c.a].has(Token::UPPER)
            && !(c.a > 0
                && (determiner(ctx.w(c.a - 1))
                    || (ctx.w(c.a - 1).starts_with(|c: char| c.is_ascii_digit())
                        && ctx
                            .w(c.a - 1)
                            .bytes()
                            .all(|b| b.is_ascii_digit() || b == b','))))
        {
            ctx.cands[i].relabel(Some(Label::Person), rules::DOC_SURNAME, strength::GUESS);
            continue;
        }
        if single
            && c.label.is_none()
            && seen.free_first
            && !seen.surname
            && !seen.guessed_surname
            && !c.initial
            && c.feat_free
            && !ctx.toks[c.a].has(Token::UPPER)
            && !(c.a > 0 && determiner(ctx.w(c.a - 1)))
        {
            ctx.cands[i].relabel(Some(Label::Person), rules::DOC_FIRST, strength::GUESS);
            continue;
        }
        if single && c.label.is_none() && seen.first && !seen.surname {
            ctx.cands[i].relabel(Some(Label::Person), rules::DOC_FIRST, strength::RULE);
            continue;
        }
        if c.strength <= strength::GUESS || c.rule == rules::PERSON_SPEAKS {
            if let Some((l, _)) = seen.name {
                if c.label != Some(l) {
                    ctx.cands[i].relabel(Some(l), rules::DOC_SAME, strength::RULE);
                }
            }
        }
    }
    places_named_as_people(ctx, &seen);
    org_context(ctx, &seen);
    shapes(ctx);
    named_after(ctx);
    leagues(ctx);
    teams(ctx);
    tables::after_country(ctx);
    scorecard(ctx);
    listed_with_people(ctx);
    vessels(ctx);
}

/// A ship or a spacecraft is named, not a person, an organisation or a
/// place: a name right after a vessel noun ("the cruise ship Freewinds",
/// "the tanker Nordic Star", "the ship, Aurora.") or after "Space Shuttle"
/// ("Space Shuttle Columbia") is a vessel, and so is the same name alone
/// anywhere in the article ("on board the Freewinds", "Columbia was
/// lost"). Such names get no label (there is none for vehicles), unless a
/// gazetteer says the name is a country.
fn vessels(ctx: &mut Ctx<'_>) {
    // The names learnt: few per article, at most `MAX` of them.
    const MAX: usize = 8;
    let mut names: Vec<Key<'_>> = Vec::new();
    let mut found = false;
    for i in 0..ctx.cands.len() {
        let c = ctx.cands[i];
        if c.label.is_none() || c.country {
            continue;
        }
        let shuttle = c.b - c.a >= 3
            && ctx.w(c.a) == "Space"
            && ctx.w(c.a + 1).eq_ignore_ascii_case("shuttle");
        let a = if shuttle { c.a + 2 } else { c.a };
        let after_noun = !shuttle && c.a >= 2 && {
            // "the ship, Aurora": an apposition, not a person's name.
            let comma = ctx.w(c.a - 1) == "," && c.label != Some(Label::Person);
            let k = if comma { c.a - 2 } else { c.a - 1 };
            k >= 1 && vessel_noun(ctx.w(k - 1), ctx.w(k))
        };
        if !shuttle && !after_noun {
            continue;
        }
        found = true;
        let k = Key(ctx.span(a, c.b).as_str(ctx.text));
        if names.len() < MAX && !names.contains(&k) {
            names.push(k);
        }
        ctx.cands[i].unlabel();
    }
    if !found {
        return;
    }
    for i in 0..ctx.cands.len() {
        let c = ctx.cands[i];
        if c.label.is_none() || c.country || c.label == Some(Label::Person) {
            continue;
        }
        let k = Key(ctx.span(c.a, c.b).as_str(ctx.text));
        if names.iter().any(|n| n.0.len() == k.0.len() && *n == k) {
            ctx.cands[i].unlabel();
        }
    }
}

/// `w` after `before` is a noun for a ship or a spacecraft that a name
/// follows ("the cruise ship", "a tanker", "the space shuttle"). Nouns that
/// are also verbs ("ship", "ferry", "shuttle") need a word before them
/// that makes them nouns ("companies ship Nvidia chips" names no ship).
fn vessel_noun(before: &str, w: &str) -> bool {
    match w {
        "vessel" | "yacht" | "tanker" | "freighter" | "frigate" | "destroyer" | "submarine"
        | "warship" | "trawler" | "spacecraft" | "orbiter" | "liner" | "icebreaker" => true,
        "ship" | "ferry" | "shuttle" => matches!(
            before,
            "the"
                | "a"
                | "cruise"
                | "cargo"
                | "container"
                | "research"
                | "naval"
                | "navy"
                | "passenger"
                | "supply"
                | "hospital"
                | "sister"
                | "space"
                | "'s"
                | "’s"
        ),
        _ => false,
    }
}

/// Names read by their shape and place, in one pass over the candidates:
///
/// - wire instrument codes are no names: ".FTSE", ".N225" (an index code
///   after its full stop), "<TSCO.L>" (a ticker in angle brackets); nor is
///   a field label in capitals before a colon ("CUSIP : 072261",
///   "ISSUER :"); nor a barrister's rank after a name ("Ann Reid, QC",
///   "KC", "SC": Queen's, King's or Senior Counsel); nor a listed name
///   before an index word ("the Dow Jones
///   industrial average", "the Nasdaq composite index": the index, not the
///   company);
/// - a district that runs a service is a body, not a place ("Irving
///   Independent School District", "Metro Water District");
/// - a place and a head word of both an organisation and an event name the
///   event ("the Atlanta Games", "the Beijing Congress").
fn shapes(ctx: &mut Ctx<'_>) {
    let n = ctx.toks.len();
    for i in 0..ctx.cands.len() {
        let c = ctx.cands[i];
        let t = &ctx.toks[c.a];
        // Each test opens with its cheapest condition.
        let no_name = (c.rule == rules::ORG_ACRONYM && c.b < n && ctx.w(c.b) == ":")
            || (c.rule == rules::ORG_ACRONYM
                && matches!(ctx.w(c.a), "QC" | "KC" | "SC")
                && c.a > 1
                && ctx.w(c.a - 1) == ","
                // after a capitalised word ending a person's name, or one not
                // labelled yet ("Columbia, SC" is a place)
                && ctx.w(c.a - 2).starts_with(|ch: char| ch.is_uppercase())
                && !ctx.toks[c.a - 2].has(Token::UPPER)
                && !ctx.cands[i.saturating_sub(3)..i].iter().any(|p| {
                    p.b + 1 == c.a
                        && matches!(p.label, Some(Label::Gpe | Label::Loc | Label::Org))
                }))
            || (c.listed
                && c.label == Some(Label::Org)
                && c.b < n
                && matches!(
                    ctx.w(c.b),
                    "index" | "indices" | "industrial" | "composite" | "average"
                ))
            || (!t.has(Token::SPACE_BEFORE) && c.a > 0 && !c.listed && {
                let p = ctx.w(c.a - 1);
                p == "<"
                    || (p == "."
                        && (c.a == 1
                            || ctx.toks[c.a - 1].has(Token::SPACE_BEFORE)
                            || ctx.w(c.a - 2) == "<"))
            });
        if no_name {
            ctx.cands[i].unlabel();
            continue;
        }
        if c.rule == rules::GPE_HEAD
            && c.b - c.a >= 2
            && ctx.w(c.b - 1) == "District"
            && matches!(
                ctx.w(c.b - 2),
                "School" | "Water" | "Fire" | "Transit" | "Sanitation" | "Hospital" | "Utility"
            )
        {
            ctx.cands[i].relabel(Some(Label::Org), rules::ORG_HEAD, c.strength);
            continue;
        }
        if c.rule == rules::ORG_HEAD
            && c.b - c.a == 2
            && ctx.feat[c.b - 1] & f::EVENT_HEAD != 0
            && ctx.feat[c.a] == 0
            && ctx.listed(c.a)
        {
            ctx.cands[i].relabel(Some(Label::Event), rules::EVENT_HEAD, c.strength);
        }
    }
}

/// In a sports report a league named with its head word ("the American
/// League", "Major League Baseball" aside) is the competition, an event,
/// as in "won the National League pennant".
fn leagues(ctx: &mut Ctx<'_>) {
    if ctx.sport < 2 {
        return;
    }
    for c in &mut ctx.cands {
        if c.rule == rules::ORG_HEAD
            && c.b - c.a >= 2
            && matches!(
                ctx.text[ctx.toks[c.b - 1].span].as_bytes(),
                b"League" | b"LEAGUE"
            )
        {
            c.relabel(Some(Label::Event), rules::EVENT_HEAD, c.strength);
        }
    }
}

/// A place that is the surname of a person of the article ("Neil Jordan",
/// then "Jordan said"): when one lone mention of it stands as a person's
/// (a verb of speech after it, "said X" after a quotation, "X, who") and
/// none as a place's ("in X", "from X", "X's government"), every lone
/// mention of it is that person (`ner/doc/surname`).
fn places_named_as_people(ctx: &mut Ctx<'_>, seen: &WordMap<Key<'_>, Seen>) {
    let n = ctx.toks.len();
    // (word, a person's context seen, a place's context seen), few of them.
    let mut words: Vec<(&str, bool, bool)> = Vec::new();
    let mut any = false;
    for c in &ctx.cands {
        if c.b - c.a != 1
            || !matches!(c.label, Some(Label::Gpe | Label::Loc))
            || ctx.toks[c.a].has(Token::UPPER)
        {
            continue;
        }
        let w = ctx.w(c.a);
        if !seen.get(&key(w)).is_some_and(|s| s.surname) {
            continue;
        }
        let (a, b) = (c.a, c.b);
        let prev = if a > 0 && !ctx.toks[a].has(Token::PARA_START) {
            ctx.w(a - 1)
        } else {
            ""
        };
        let next = if b < n { ctx.w(b) } else { "" };
        let person = speech_verb(next)
            || (speech_verb(prev)
                && a >= 2
                && matches!(ctx.w(a - 2), "," | "\"" | "”" | "'" | "’")
                && matches!(next, "." | "," | ""))
            || (next == "," && b + 1 < n && matches!(ctx.w(b + 1), "who" | "whose"));
        let place = matches!(
            prev,
            "in" | "from" | "to" | "into" | "across" | "throughout" | "near" | "of" | "visit"
        ) && ctx
            .toks
            .get(b)
            .is_none_or(|t| t.kind != TokenKind::Possessive)
            && !matches!(next, "'" | "’")
            || (b + 1 < n
                && ctx.toks[b].kind == TokenKind::Possessive
                && matches!(
                    ctx.w(b + 1),
                    "government" | "capital" | "border" | "economy" | "army" | "king" | "people"
                ));
        match words.iter_mut().find(|(x, _, _)| key(x) == key(w)) {
            Some(e) => {
                e.1 |= person;
                e.2 |= place;
            }
            None => words.push((w, person, place)),
        }
        any |= person;
    }
    if !any {
        return;
    }
    for c in ctx.cands.iter_mut() {
        if c.b - c.a != 1
            || !matches!(c.label, Some(Label::Gpe | Label::Loc))
            || c.rule == rules::GPE_DATELINE
        {
            continue;
        }
        let w = ctx.text[ctx.toks[c.a].span.start..ctx.toks[c.a].span.end].as_ref();
        if words
            .iter()
            .any(|&(x, person, place)| person && !place && key(x) == key(w))
        {
            c.relabel(Some(Label::Person), rules::DOC_SURNAME, strength::RULE);
            c.country = false;
        }
    }
}

/// Names guessed from their shape, read against the people the article
/// names for sure:
/// - "Warhol Polaroids" after "Andy Warhol": a surname of the article then
///   a word is that person and a thing; the person is the surname alone;
/// - otherwise, "Jesper Parnevik": "Parnevik" alone later is that person
///   when no rule labels it (`Seen::guessed_surname`).
fn guessed_names<'t>(ctx: &mut Ctx<'t>, seen: &mut WordMap<Key<'t>, Seen>) {
    for i in 0..ctx.cands.len() {
        let c = ctx.cands[i];
        if c.label != Some(Label::Person)
            || c.strength != strength::GUESS
            || !(2..=3).contains(&(c.b - c.a))
        {
            continue;
        }
        let first = seen.get(&key(ctx.w(c.a))).copied().unwrap_or_default();
        if first.surname
            && !first.first
            && ctx.feat[c.a] & (f::GIVEN | f::SURNAME_FIRST) == 0
            && c.b - c.a == 2
            // "Wong Kwok-hing": a family name, then a given name of two
            // syllables joined by a hyphen.
            && !ctx.toks[c.a + 1].has(Token::HYPHEN)
        {
            let c = &mut ctx.cands[i];
            c.b = c.a + 1;
            c.relabel(Some(Label::Person), rules::DOC_SURNAME, strength::RULE);
            continue;
        }
        let last = c.b - 1;
        let w = ctx.w(last);
        if ctx.toks[last].kind == TokenKind::Word
            && more_than_one_char(w)
            && !ctx.toks[last].has(Token::UPPER)
            // "GDRs": an acronym with a plural ending.
            && !w.chars().nth(1).is_some_and(char::is_uppercase)
            && ctx.feat[last] & (f::VOCAB | f::FUNC | f::COMMON | f::HEAD | f::TEMPORAL) == 0
            // "Challenging", "Blacklisted", "Politics": an unlisted word
            // shaped like a verb form or a field of study (a listed surname
            // such as "Manning" or "Harding" is kept).
            && (ctx.feat[last] & f::SURNAME != 0
                || !["ing", "ed", "ics"].iter().any(|e| w.ends_with(e)))
            && !w.contains(['\'', '’'])
        {
            seen.entry(key(w)).or_default().guessed_surname = true;
        }
    }
}

/// A dateline opens a line with its place in capitals, then a date, an
/// agency in brackets or a dash, straight after it or after a comma and a
/// state or country ("MONTE CARLO 1996-08-30", "VENICE , Italy
/// 1996-08-31", "LONDON (Reuters) -", "MARTIN FERRY, Ohio —", "GLEN
/// ALLEN, Va. (Reuters) -"). The place is a place whatever its words would
/// otherwise make it, a name shaped like a person's, an acronym or a word
/// no rule labels (`ner/gpe/dateline`); a name from a word list keeps its
/// label. Read before the article's names are gathered, so a dateline
/// lends no surname ("FERRY") to the rest of the article.
fn datelines(ctx: &mut Ctx<'_>) {
    let n = ctx.toks.len();
    // First tokens of the places, sorted; built when first needed.
    let mut places: Vec<usize> = Vec::new();
    for i in 0..ctx.cands.len() {
        let c = ctx.cands[i];
        let name_shaped = c.label == Some(Label::Person)
            && matches!(
                c.rule,
                rules::PERSON_SHAPE | rules::PERSON_GIVEN | rules::PERSON_SURNAME
            );
        if !(name_shaped || c.label.is_none() || c.rule == rules::ORG_ACRONYM)
            || c.b - c.a > 4
            || !ctx.toks[c.a].has(Token::NEWLINE_BEFORE)
            || !(c.a..c.b)
                .all(|k| ctx.toks[k].has(Token::UPPER) || ctx.toks[k].kind != TokenKind::Word)
        {
            continue;
        }
        let b = c.b;
        let dash = |k: usize| k < n && matches!(ctx.w(k), "-" | "—" | "–" | "--");
        let agency = |k: usize| {
            k + 2 < n && ctx.w(k) == "(" && ctx.w(k + 2) == ")" && ctx.toks[k + 1].has(Token::CAP)
        };
        let after_place = |k: usize| dash(k) || agency(k) || dateline(ctx, k, k + 1);
        // A dash straight after the words also opens a headline or a note
        // ("SOCCER - …", "PS -- …"): there only a name shaped like a
        // person's is a place ("MARTIN FERRY —").
        let is_dateline = dateline(ctx, c.a, b)
            || (name_shaped && dash(b))
            || agency(b)
            || (b + 1 < n && ctx.w(b) == "," && {
                if places.is_empty() {
                    places = (ctx.cands.iter())
                        .filter(|c| matches!(c.label, Some(Label::Gpe)))
                        .map(|c| c.a)
                        .collect();
                    places.sort_unstable();
                }
                places.binary_search(&(b + 1)).is_ok() && {
                    // The place's end: the candidate that starts there.
                    let e = (ctx.cands.iter())
                        .find(|p| p.a == b + 1 && matches!(p.label, Some(Label::Gpe)))
                        .map_or(b + 2, |p| p.b);
                    after_place(e) || (e < n && ctx.w(e) == "." && after_place(e + 1))
                }
            });
        if is_dateline {
            ctx.cands[i].relabel(Some(Label::Gpe), rules::GPE_DATELINE, strength::RULE);
        }
    }
}

/// A person's name takes no article: a name of two words or more guessed
/// from its shape or a rule (not a listed given name and surname) right
/// after "the" — "the Velvet Underground", "the Bat Cave", "The Solent" in
/// mid-sentence — is a band, a place or a thing; it is left unlabelled.
/// Titles ("the Rev. Ann Lee") are title chains, outside the name.
fn article_before_name(ctx: &mut Ctx<'_>) {
    for i in 0..ctx.cands.len() {
        let c = ctx.cands[i];
        if c.label != Some(Label::Person)
            || c.strength > strength::KNOWN
            || c.b - c.a < 2
            || !matches!(
                c.rule,
                rules::PERSON_SHAPE | rules::PERSON_GIVEN | rules::PERSON_SURNAME
            )
        {
            continue;
        }
        let opens_with_the = ctx.w(c.a) == "The" && c.b - c.a >= 3;
        let after_the = c.a > 0
            && !ctx.toks[c.a].has(Token::PARA_START)
            && matches!(ctx.w(c.a - 1), "the" | "The");
        // "the Marc Dutroux case", "the Andy Warhol exhibit": a sure given
        // name before a lower-case noun is a person named as a modifier.
        // A given name is sure when most bearers are of one sex, or when a
        // listed surname follows it and it is no ordinary word ("the Taylor
        // Swift feud"; not "the Silver Clouds installation").
        let sure_given = (ctx.feat[c.a] & (f::GIVEN_M | f::GIVEN_F) != 0
            && ctx.feat[c.a] & f::GIVEN_U == 0)
            || (ctx.feat[c.a] & f::GIVEN != 0
                && ctx.feat[c.a] & (f::COMMON | f::VOCAB) == 0
                && ctx.feat[c.b - 1] & f::SURNAME != 0);
        let modifier = sure_given
            && c.b < ctx.toks.len()
            && ctx.toks[c.b].kind == TokenKind::Word
            && !ctx.toks[c.b].has(Token::CAP)
            && noun_like(ctx.w(c.b));
        if (opens_with_the || after_the) && !modifier {
            ctx.cands[i].unlabel();
        }
    }
}

/// A cricket scorecard names players by surname alone: in a sports report,
/// an unlabelled word right after a mode of dismissal ("c Vaas b Chandana",
/// "st Kaluwitharana", "lbw b Mullally"), before bowling figures ("Gough
/// 8-0-39-3") or opening a line before one ("Vaas c Healy b Warne") is a
/// person.
fn scorecard(ctx: &mut Ctx<'_>) {
    if ctx.sport < 2 {
        return;
    }
    for i in 0..ctx.cands.len() {
        let c = ctx.cands[i];
        if c.label.is_some() || c.b - c.a > 2 || ctx.toks[c.a].has(Token::UPPER) {
            continue;
        }
        let (a, b) = (c.a, c.b);
        let dismissal = a > 0
            && !ctx.toks[a].has(Token::PARA_START)
            && matches!(ctx.w(a - 1), "c" | "b" | "st")
            && (b >= ctx.toks.len()
                || ctx.toks[b].kind == TokenKind::Number
                || matches!(ctx.w(b), "b" | "," | "."));
        let figures = b < ctx.toks.len() && bowling_figures(&ctx.text[ctx.toks[b].span.start..]);
        // A batsman opens a line: "Ata-ur-Rehman c Knight b Hollioake 2".
        let batsman = ctx.toks[a].has(Token::NEWLINE_BEFORE)
            && b + 1 < ctx.toks.len()
            && match ctx.w(b) {
                "c" | "st" | "lbw" | "b" => ctx.w(b + 1) != ".",
                "run" | "not" => ctx.w(b + 1) == "out",
                _ => false,
            };
        if dismissal || figures || batsman {
            ctx.cands[i].relabel(Some(Label::Person), rules::DOC_SCORECARD, strength::GUESS);
        }
    }
}

/// Bowling figures at the start of `s`: overs (maybe with a ball count),
/// maidens, runs, wickets ("8-0-39-3", "9.5-0-44-1"). Reads at most 16 bytes.
fn bowling_figures(s: &str) -> bool {
    let b = &s.as_bytes()[..s.len().min(16)];
    let mut groups = 0;
    let mut k = 0;
    loop {
        let start = k;
        while k < b.len() && b[k].is_ascii_digit() {
            k += 1;
        }
        if k == start || k - start > 3 {
            return false;
        }
        // The overs may hold a ball count: "9.5".
        if groups == 0 && k + 1 < b.len() && b[k] == b'.' && b[k + 1].is_ascii_digit() {
            k += 2;
        }
        groups += 1;
        if groups == 4 {
            return k >= b.len() || !b[k].is_ascii_alphanumeric();
        }
        if k >= b.len() || b[k] != b'-' {
            return false;
        }
        k += 1;
    }
}

/// Names in one list are of one kind: an unlabelled capitalised word (of
/// no word list) in a list of three or more (commas, "and") that names two
/// people for sure is a person ("Given, Breen, Staunton, Irwin", "Zeus,
/// Hera, Poseidon and Athena").
fn listed_with_people(ctx: &mut Ctx<'_>) {
    let n = ctx.cands.len();
    let n_toks = ctx.toks.len();
    let lone = |ctx: &Ctx<'_>, i: usize| -> bool {
        let c = &ctx.cands[i];
        c.label.is_none()
            && !c.initial
            && c.b - c.a == 1
            && c.feat_free
            && ctx.toks[c.a].kind == TokenKind::Word
            && !ctx.toks[c.a].has(Token::UPPER)
            && more_than_one_char(ctx.w(c.a))
            && !ctx.w(c.a).contains(['\'', '’'])
            && !(c.a > 0
                && (determiner(ctx.w(c.a - 1))
                    || ctx.toks[c.a - 1].kind == TokenKind::Number))
            // An item ends at a separator or the end of the sentence, not
            // before a noun it qualifies ("Libertarian candidate").
            && (c.b >= n_toks
                || matches!(ctx.w(c.b), "," | "." | "and" | ";" | ")" | ":" | "or")
                || ctx.toks[c.b].has(Token::NEWLINE_BEFORE))
    };
    // A person the list can lean on: named by a rule or a word list, not a
    // guess ("Walgreens, Uber and Motorola" after a mistaken guess).
    let sure_person = |ctx: &Ctx<'_>, i: usize| {
        ctx.cands[i].label == Some(Label::Person) && ctx.cands[i].strength >= strength::RULE
    };
    // Only lone words change, and only in a list with two sure people:
    // an article with neither is left as it is (most are), unsorted.
    if n < 3
        || (0..n).filter(|&i| sure_person(ctx, i)).nth(1).is_none()
        || !(0..n).any(|i| lone(ctx, i))
    {
        return;
    }
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_unstable_by_key(|&i| ctx.cands[i].a);
    // How the item at `k` of `order` joins the next one: 0 not, 1 by a
    // comma, 2 by "and" or ", and".
    let join = |ctx: &Ctx<'_>, k: usize| -> u8 {
        if k + 1 >= order.len() {
            return 0;
        }
        let (b, a) = (ctx.cands[order[k]].b, ctx.cands[order[k + 1]].a);
        if ctx.toks[a].has(Token::PARA_START) {
            return 0;
        }
        match a.checked_sub(b) {
            Some(1) if ctx.w(b) == "," => 1,
            Some(1) if ctx.w(b) == "and" => 2,
            Some(2) if ctx.w(b) == "," && ctx.w(b + 1) == "and" => 2,
            _ => 0,
        }
    };
    let joins: Vec<u8> = (0..order.len()).map(|k| join(ctx, k)).collect();
    // Each list: a maximal run of items joined by commas or "and". A list
    // of three or more with two sure people makes its lone words people (a
    // pair is too often "Cornell and Technion", "Richmond and Petersburg").
    let mut k = 0;
    while k < order.len() {
        let start = k;
        while k < joins.len() && joins[k] > 0 {
            k += 1;
        }
        let end = k + 1; // items start..end
        k += 1;
        let len = end - start;
        if len < 3 {
            continue;
        }
        let items = &order[start..end];
        let sure = items.iter().filter(|&&m| sure_person(ctx, m)).count();
        if sure < 2 {
            continue;
        }
        for &m in items {
            if lone(ctx, m) {
                ctx.cands[m].relabel(Some(Label::Person), rules::DOC_LIST, strength::GUESS);
            }
        }
    }
}

/// Could be a noun after a name used as a modifier ("case", "exhibit"), not
/// a verb or a function word of the clause the name opens ("opened", "is",
/// "and").
fn noun_like(w: &str) -> bool {
    !w.ends_with("ed")
        && !speech_verb(w)
        && !matches!(
            w,
            "is" | "was"
                | "are"
                | "were"
                | "has"
                | "had"
                | "have"
                | "will"
                | "would"
                | "can"
                | "could"
                | "may"
                | "might"
                | "must"
                | "should"
                | "and"
                | "or"
                | "but"
                | "of"
                | "in"
                | "on"
                | "at"
                | "to"
                | "for"
                | "from"
                | "with"
                | "by"
                | "who"
                | "which"
                | "that"
        )
}

/// A name used for a place or a thing: a name shaped like a person's right
/// before a lower-case noun of a facility or a place ("Charles de Gaulle
/// airport", "the Jebel al-Akhdar region") is that place, not a person;
/// before a noun of a vehicle or an event ("a Pan Am flight", "the Jackson
/// Hole symposium") it is no person either. After "at" or "in", a name
/// ending with a facility's head word is the place ("at Ellis Park").
fn named_after(ctx: &mut Ctx<'_>) {
    let n = ctx.toks.len();
    for i in 0..ctx.cands.len() {
        let c = ctx.cands[i];
        if c.label != Some(Label::Person)
            || c.listed
            || matches!(c.rule, rules::PERSON_TITLE | rules::PERSON_COORD)
        {
            continue;
        }
        // "at Ellis Park", "in Green Square": a name of two or three words
        // ending with a facility's head word, after "at" or "in" and not
        // before a possessive or a verb of speech, is the place.
        let venue = (2..=3).contains(&(c.b - c.a))
            && c.a > 0
            && matches!(ctx.w(c.a - 1), "at" | "in")
            && ctx.feat[c.b - 1] & f::FAC_HEAD != 0
            && !(c.b < n && (possessive(ctx, c.b) || speech_verb(ctx.w(c.b))));
        if venue {
            ctx.cands[i].relabel(Some(Label::Fac), rules::FAC_HEAD, strength::RULE);
            continue;
        }
        if c.b >= n || ctx.toks[c.b].has(Token::CAP) {
            continue;
        }
        let (label, rule) = match ctx.w(c.b) {
            "airport" | "port" | "bridge" | "stadium" | "square" | "palace" | "hospital"
            | "station" | "terminal" | "dam" | "highway" | "motorway" | "expressway" => {
                (Some(Label::Fac), rules::FAC_HEAD)
            }
            "region" | "valley" | "mountains" | "peninsula" | "desert" => {
                (Some(Label::Loc), rules::LOC_HEAD)
            }
            "flight" | "freighter" | "airliner" | "symposium" | "conference" | "summit" => {
                (None, rules::UNKNOWN)
            }
            _ => continue,
        };
        ctx.cands[i].relabel(label, rule, strength::RULE);
    }
}

/// Nouns that name a kind of organisation, written before its name
/// ("carmaker Volvex", "news agency Tanjug", "Italian side Atalanta").
fn org_noun(w: &str) -> bool {
    matches!(
        w,
        "company"
            | "firm"
            | "bank"
            | "lender"
            | "insurer"
            | "carrier"
            | "airline"
            | "retailer"
            | "carmaker"
            | "automaker"
            | "chipmaker"
            | "drugmaker"
            | "maker"
            | "manufacturer"
            | "startup"
            | "start-up"
            | "conglomerate"
            | "brokerage"
            | "miner"
            | "giant"
            | "utility"
            | "operator"
            | "publisher"
            | "broadcaster"
            | "newspaper"
            | "daily"
            | "weekly"
            | "agency"
            | "club"
            | "side"
            | "outfit"
            | "franchise"
            | "label"
            | "supermarket"
            | "chain"
            | "subsidiary"
            | "group"
            | "militia"
            | "charity"
    )
}

/// The plurals of organisation nouns: "one of its units".
fn org_plural(w: &str) -> bool {
    matches!(
        w,
        "units" | "subsidiaries" | "companies" | "firms" | "banks" | "brands" | "divisions"
    )
}

/// People who work at an organisation: "analysts at X", "an economist at
/// X" (also capitalised, opening a sentence).
fn staff_noun(w: &str) -> bool {
    let mut buf = [0u8; 16];
    let Some(b) = buf.get_mut(..w.len()).filter(|b| !b.is_empty()) else {
        return false;
    };
    b.copy_from_slice(w.as_bytes());
    b[0] = b[0].to_ascii_lowercase();
    matches!(
        &*b,
        b"analyst"
            | b"analysts"
            | b"economist"
            | b"economists"
            | b"strategist"
            | b"strategists"
            | b"trader"
            | b"traders"
            | b"executive"
            | b"executives"
            | b"employee"
            | b"employees"
            | b"engineers"
            | b"researchers"
            | b"shareholders"
            | b"investors"
            | b"stake"
    )
}

/// What a company has, after its possessive: "X's shares", "X's board".
fn company_owned(w: &str) -> bool {
    matches!(
        w,
        "shares"
            | "stock"
            | "shareholders"
            | "board"
            | "CEO"
            | "subsidiary"
            | "headquarters"
            | "revenue"
            | "revenues"
            | "profit"
            | "profits"
            | "earnings"
            | "customers"
            | "employees"
            | "stores"
            | "products"
            | "parent"
    )
}

/// How sure a context is that a name is an organisation.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Cue {
    None,
    /// Only a word of no other reading takes it ("X said in a statement":
    /// a person may too).
    Weak,
    /// Even a name shaped like a person's ("shares of Calder Beck").
    Strong,
}

/// A sign that candidate `a..b` is an organisation, from the words around
/// it (a bounded window of four tokens on each side).
fn org_cue(ctx: &Ctx<'_>, a: usize, b: usize) -> Cue {
    let n = ctx.toks.len();
    let at = |k: usize| if k < n { ctx.w(k) } else { "" };
    let before = |d: usize| {
        if a >= d && !ctx.toks[a + 1 - d].has(Token::PARA_START) {
            ctx.w(a - d)
        } else {
            ""
        }
    };
    let next = at(b);
    let p1 = before(1);
    match next {
        // "X said in a statement", "X said in a note"; "the Sentinel said".
        "said" | "says" | "reported" | "reports" | "quoted" | "cited" => {
            if next == "said"
                && at(b + 1) == "in"
                && matches!(at(b + 2), "a" | "its" | "an")
                && matches!(at(b + 3), "statement" | "note" | "filing" | "release")
            {
                return Cue::Weak;
            }
            // "the Sentinel reported": a newspaper's short name.
            if p1 == "the" && ctx.feat[a] & f::ORG_HEAD != 0 {
                return Cue::Weak;
            }
        }
        // "Le Matin newspaper", "Britain's Sun newspaper": a title;
        // "Zycie Warszawy daily said".
        "newspaper" | "newspapers" | "tabloid" | "magazine" | "weekly" | "daily"
            if p1 != "a" && p1 != "an" =>
        {
            return if matches!(next, "daily" | "weekly") {
                Cue::Weak
            } else {
                Cue::Strong
            };
        }
        // "the Scientology organization", "Scientology officials".
        "organization" | "organisation" | "officials"
            if p1 != "a" && p1 != "an" && ctx.feat[a] == 0 =>
        {
            return Cue::Weak;
        }
        // "X guerrillas", "X militants": an armed group.
        "guerrillas" | "guerrilla" | "militants" | "militiamen" | "rebels" | "fighters"
            if ctx.feat[a] == 0 =>
        {
            return Cue::Weak;
        }
        // "Petofi, one of its Hungarian units", "X, a subsidiary of Y".
        "," if matches!(at(b + 1), "one" | "a" | "an" | "its" | "the")
            && (b + 2..b + 6).any(|k| org_noun(at(k)) || org_plural(at(k))) =>
        {
            return Cue::Weak;
        }
        // "X shares fell".
        "shares"
            if matches!(
                at(b + 1),
                "rose"
                    | "fell"
                    | "gained"
                    | "lost"
                    | "jumped"
                    | "slid"
                    | "dropped"
                    | "climbed"
                    | "closed"
                    | "ended"
                    | "surged"
                    | "tumbled"
                    | "plunged"
                    | "slipped"
            ) =>
        {
            return Cue::Strong;
        }
        _ => {}
    }
    // "X's shares", "X's chief executive".
    if possessive(ctx, b) {
        let w = at(b + if ctx.toks[b].kind == TokenKind::Possessive {
            1
        } else {
            2
        });
        if company_owned(w) || (w == "chief" && matches!(at(b + 2), "executive" | "financial")) {
            return Cue::Weak;
        }
    }
    match p1 {
        // "shares of X", "a stake in X", "analysts at X".
        "of" | "in" => {
            let p2 = before(2);
            if p2.eq_ignore_ascii_case("shares") || p2.eq_ignore_ascii_case("stake") {
                return Cue::Strong;
            }
        }
        "at" => {
            if staff_noun(before(2)) {
                return Cue::Strong;
            }
        }
        // "carmaker X", "the company X", "Italian side X" (the noun in lower
        // case; X a word, not a letter).
        _ => {
            // ("the aircraft carrier Enterprise" is a ship.)
            if org_noun(p1)
                && !matches!(before(2), "a" | "an" | "aircraft")
                && ctx.toks[a].span.len() > 1
            {
                return Cue::Weak;
            }
        }
    }
    Cue::None
}

/// Organisations found from the document: a name with a strong context
/// once ("X said in a statement", "X's shares", "analysts at X",
/// "carmaker X") is an organisation wherever else the article has it
/// with no stronger label (`ner/doc/org-context`). A full name's surname
/// or first name stays a person.
fn org_context(ctx: &mut Ctx<'_>, seen: &WordMap<Key<'_>, Seen>) {
    let weak = |c: &super::find::Cand| {
        c.label.is_none()
            || c.strength <= strength::GUESS
            || c.rule == rules::PERSON_SPEAKS
            || c.rule == rules::DOC_SAME
    };
    // A name shaped like a person's, from rules (not a title or a list).
    let named = |c: &super::find::Cand| {
        c.label == Some(Label::Person)
            && !weak(c)
            && !c.listed
            && !matches!(c.rule, rules::PERSON_TITLE | rules::PERSON_COORD)
    };
    // The names learnt: few per article, so a short list compared by
    // length first (no hashing per candidate); at most `MAX_ORGS` of them.
    const MAX_ORGS: usize = 32;
    let mut orgs: Vec<Key<'_>> = Vec::new();
    for c in &ctx.cands {
        let may = weak(c) || c.label == Some(Label::Org) || named(c);
        if !may {
            continue;
        }
        let cue = org_cue(ctx, c.a, c.b);
        if (cue == Cue::Strong || (cue == Cue::Weak && !named(c))) && orgs.len() < MAX_ORGS {
            let k = key(ctx.span(c.a, c.b).as_str(ctx.text));
            if !orgs.contains(&k) {
                orgs.push(k);
            }
        }
        // "the Church of Scientology": its complement, a word of no list,
        // alone is the organisation too ("critics of Scientology").
        if let Some(x) = of_complement(ctx, c) {
            let k = key(ctx.w(x));
            if orgs.len() < MAX_ORGS && !orgs.contains(&k) {
                orgs.push(k);
            }
        }
    }
    if orgs.is_empty() {
        return;
    }
    for i in 0..ctx.cands.len() {
        let c = ctx.cands[i];
        if !(weak(&c) || named(&c)) || c.label == Some(Label::Org) {
            continue;
        }
        let k = key(ctx.span(c.a, c.b).as_str(ctx.text));
        let learnt = orgs.iter().any(|o| o.0.len() == k.0.len() && *o == k);
        if !learnt || seen.get(&k).is_some_and(|s| s.surname || s.first) {
            continue;
        }
        ctx.cands[i].relabel(Some(Label::Org), rules::DOC_ORG, strength::RULE);
    }
}

/// The last word of an organisation named "Head of X" ("Church of
/// Scientology", "Bank of Ayudhya") when X is one capitalised word of no
/// list (not a place, a name or an ordinary word).
fn of_complement(ctx: &Ctx<'_>, c: &super::find::Cand) -> Option<usize> {
    let x = c.b.checked_sub(1)?;
    let ok = c.label == Some(Label::Org)
        && c.rule == rules::ORG_HEAD
        && x >= c.a + 2
        && ctx.w(x - 1) == "of"
        && ctx.feat[x - 2] & f::ORG_HEAD != 0
        && ctx.feat[x] == 0
        && !ctx.listed(x)
        && ctx.toks[x].kind == TokenKind::Word
        && ctx.toks[x].has(Token::CAP)
        && !ctx.toks[x].has(Token::UPPER)
        && more_than_one_char(ctx.w(x));
    ok.then_some(x)
}

/// What only a person has, after a possessive: "X's wife", "X's lawyer".
fn personal_noun(w: &str) -> bool {
    matches!(
        w,
        "wife"
            | "husband"
            | "son"
            | "sons"
            | "daughter"
            | "daughters"
            | "brother"
            | "sister"
            | "father"
            | "mother"
            | "widow"
            | "girlfriend"
            | "boyfriend"
            | "lawyer"
            | "lawyers"
            | "funeral"
            | "birthday"
            | "resignation"
            | "successor"
            | "predecessor"
    )
}

/// A relative named right after the word for the kinship: "his wife Naina".
fn kin_noun(w: &str) -> bool {
    matches!(
        w,
        "wife"
            | "husband"
            | "son"
            | "daughter"
            | "brother"
            | "sister"
            | "mother"
            | "father"
            | "widow"
            | "widower"
            | "grandson"
            | "granddaughter"
            | "nephew"
            | "niece"
            | "cousin"
            | "stepson"
            | "stepdaughter"
    )
}

/// A pronoun with a contracted verb ("I've", "We’re"): never a name.
fn contraction(w: &str) -> bool {
    [
        "'ve", "’ve", "'ll", "’ll", "'re", "’re", "'m", "’m", "'d", "’d",
    ]
    .iter()
    .any(|e| w.ends_with(e))
}

/// A word that stands before a noun and never before a person's name
/// ("the Polaroid", "their own Polaroid").
fn determiner(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "The"
            | "a"
            | "A"
            | "an"
            | "An"
            | "its"
            | "their"
            | "our"
            | "own"
            | "this"
            | "these"
            | "those"
            | "every"
            | "each"
    )
}

/// True when `w` has at least two characters.
fn more_than_one_char(w: &str) -> bool {
    w.chars().nth(1).is_some()
}

/// Verbs of speech that follow a person's name ("Mauer said").
fn speech_verb(w: &str) -> bool {
    matches!(
        w,
        "said"
            | "says"
            | "told"
            | "added"
            | "stated"
            | "explained"
            | "argued"
            | "noted"
            | "wrote"
            | "insisted"
            | "claimed"
            | "claims"
            | "admitted"
            | "warned"
            | "replied"
            | "asked"
            | "recalled"
            | "commented"
            | "tweeted"
    )
}

/// Words that name a kind of place: "the town of X".
fn place_noun(w: &str) -> bool {
    matches!(
        w,
        "town"
            | "city"
            | "village"
            | "province"
            | "region"
            | "district"
            | "state"
            | "island"
            | "capital"
            | "port"
            | "suburb"
            | "county"
            | "municipality"
            | "towns"
            | "villages"
            | "cities"
            | "provinces"
            | "regions"
            | "republic"
            | "oblast"
    )
}

/// Unlabelled words that their neighbours label: "the town of X",
/// "X, Texas", and in a sports report "X 3 Y 1" or "X coach …".
fn context(ctx: &mut Ctx<'_>) {
    let n = ctx.toks.len();
    // First tokens of the places, sorted (no per-token table: few are asked for).
    let mut places: Vec<usize> = (ctx.cands.iter())
        .filter(|c| matches!(c.label, Some(Label::Gpe)))
        .map(|c| c.a)
        .collect();
    places.sort_unstable();
    let sport = ctx.sport >= 2;
    for i in 0..ctx.cands.len() {
        let c = ctx.cands[i];
        let lone_first_name = c.rule == rules::PERSON_GIVEN && c.b - c.a == 1;
        if (c.label.is_some() && !lone_first_name) || c.b - c.a != 1 || ctx.toks[c.a].span.len() < 2
        {
            continue;
        }
        let (a, b) = (c.a, c.b);
        let w = |k: usize| ctx.w(k);
        // The words just before and after, looked up once ("" at the ends).
        let prev = if a >= 1 { w(a - 1) } else { "" };
        let next = if b < n { w(b) } else { "" };
        let after_place_noun = a >= 2 && prev == "of" && place_noun(w(a - 2));
        let before_place = b + 1 < n && next == "," && places.binary_search(&(b + 1)).is_ok();
        let plain =
            ctx.feat[a] & (f::VOCAB | f::FUNC | f::COMMON | f::HEAD | f::TEMPORAL | f::SPORT) == 0
                && !ctx.toks[a].has(Token::UPPER);
        // "the Monti government", "the Obama administration".
        let leads = b < n
            && matches!(
                next,
                "administration" | "government" | "cabinet" | "presidency" | "campaign"
            )
            && a >= 1
            && prev == "the";
        let speaks = leads
            || b < n && speech_verb(next)
            || (sport && b < n && matches!(next, "scored" | "netted"))
            || (a >= 2
                && speech_verb(prev)
                && w(a - 2) == ","
                && b < n
                && matches!(next, "." | ","))
            // "Lentini, 27, joined": an age in apposition.
            || (next == ","
                && b + 2 < n
                && ctx.toks[b + 1].kind == TokenKind::Number
                && ctx.w(b + 2) == ","
                && ctx.w(b + 1).len() == 2
                && ctx.w(b + 1).as_bytes()[0] != b'0')
            // "his wife Naina", "her son Ilya": a relative named.
            || (a >= 2 && kin_noun(prev) && matches!(w(a - 2), "his" | "her" | "their" | "a" | "wife" | "husband"))
            // "Gaddafi's son": a relative or a life event of a person.
            || (b + 1 < n
                && ctx.toks[b].kind == TokenKind::Possessive
                && personal_noun(ctx.w(b + 1)));
        let (label, rule) = if after_place_noun || (before_place && !c.initial) {
            (Label::Gpe, rules::GPE_CONTEXT)
        } else if lone_first_name && !sport {
            continue;
        } else if plain
            && speaks
            && !lone_first_name
            && !(c.initial && w(a).ends_with('s'))
            && !contraction(w(a))
        {
            (Label::Person, rules::PERSON_SPEAKS)
        } else if sport && (c.feat_free || lone_first_name) {
            // (A whole number: "10-0-50-0" after a bowler is his figures.)
            let number_after = b < n
                && ctx.toks[b].kind == TokenKind::Number
                && ctx.w(b).bytes().all(|c| c.is_ascii_digit())
                && !dateline(ctx, a, b)
                && (ctx.toks[a].has(Token::NEWLINE_BEFORE)
                    || a == 0
                    || ctx.toks[a - 1].kind == TokenKind::Number);
            let role_after = b < n
                && matches!(
                    w(b),
                    "coach"
                        | "manager"
                        | "chairman"
                        | "playmaker"
                        | "striker"
                        | "midfielder"
                        | "defender"
                        | "goalkeeper"
                        | "captain"
                        | "president"
                );
            // "Dinamo ( Russia ) 81", "Benetton of Italy beat …": a
            // club with its country, in a results list or a report.
            let country_after = c.feat_free
                && !(a > 0 && ctx.toks[a - 1].has(Token::CAP))
                && b + 2 < n
                && places.binary_search(&(b + 1)).is_ok()
                && ((next == "(" && ctx.w(b + 2) == ")") || next == "of");
            if number_after || role_after || country_after {
                (Label::Org, rules::DOC_TEAM)
            } else {
                continue;
            }
        } else {
            continue;
        };
        ctx.cands[i].relabel(Some(label), rule, strength::RULE);
    }
}

/// A dateline: a place, then a date ("LONDON 1996-08-30", "MILWAUKEE,
/// Wisconsin 1996-08-29").
fn dateline(ctx: &Ctx<'_>, _a: usize, b: usize) -> bool {
    let n = ctx.toks.len();
    let date = |k: usize| {
        k < n && ctx.toks[k].kind == TokenKind::Number && {
            let w = ctx.w(k).as_bytes();
            w.len() == 10 && w[4] == b'-' && w[7] == b'-'
        }
    };
    // "NICE , France 1996-08-30": the date after a comma and a place.
    date(b)
        || (b < n
            && ctx.w(b) == ","
            && (b + 2..(b + 6).min(n)).any(|k| {
                !ctx.toks[k].has(Token::NEWLINE_BEFORE)
                    && date(k)
                    && (b + 1..k).all(|j| !ctx.toks[j].has(Token::NEWLINE_BEFORE))
            }))
}

/// A place named as where a match is played ("in Salzburg", "At
/// Headingley"): a venue, not a team.
fn venue(ctx: &Ctx<'_>, a: usize) -> bool {
    let at = |k: usize| matches!(ctx.w(k), "in" | "In" | "IN" | "at" | "At" | "AT");
    a > 0
        && !ctx.toks[a].has(Token::PARA_START)
        && (at(a - 1)
            // "At the Oval".
            || (a > 1
                && ctx.w(a - 1) == "the"
                && !ctx.toks[a - 1].has(Token::PARA_START)
                && at(a - 2)))
}

/// A possessive ending at token `k`: "'s", or "' s" as tokenised wire
/// copy writes it ("Nice 's home defeat").
#[inline]
fn possessive(ctx: &Ctx<'_>, k: usize) -> bool {
    let Some(t) = ctx.toks.get(k) else {
        return false;
    };
    if t.kind == TokenKind::Possessive {
        return true;
    }
    // The first byte of ' or ’ before comparing the token.
    t.kind == TokenKind::Punct
        && matches!(ctx.text.as_bytes()[t.span.start], b'\'' | 0xE2)
        && matches!(ctx.w(k), "'" | "’")
        && ctx
            .toks
            .get(k + 1)
            .is_some_and(|s| !s.has(Token::SPACE_BEFORE) && &ctx.text[s.span] == "s")
}

/// Words after a place that make it a team in a sports report: a result,
/// a player's position, or a verb agreeing in the plural as British
/// reports write of clubs ("Nice have", "Essex need").
fn team_after(w: &str) -> bool {
    matches!(
        w,
        "beat"
            | "beats"
            | "defeated"
            | "drew"
            | "won"
            | "lost"
            | "scored"
            | "declared"
            | "replied"
            | "v"
            | "vs"
            | "vs."
            | "captain"
            | "coach"
            | "manager"
            | "striker"
            | "forward"
            | "midfielder"
            | "defender"
            | "goalkeeper"
            | "batsman"
            | "bowler"
            | "all-rounder"
            | "pitcher"
            | "quarterback"
            | "team-mate"
            | "teammate"
            | "have"
            | "are"
            | "were"
            | "need"
            | "face"
            | "trail"
            | "trailed"
            | "led"
            | "tied"
            | "rallied"
            | "clinched"
            | "edged"
            | "routed"
            | "thrashed"
    )
}

/// Words before a place that make it a team in a sports report.
fn team_before(w: &str) -> bool {
    matches!(
        w,
        "beat"
            | "beats"
            | "beating"
            | "defeated"
            | "v"
            | "vs"
            | "vs."
            | "against"
            | "champions"
            | "hosts"
            | "visitors"
            | "rivals"
            | "hopefuls"
            | "over"
            | "joined"
            | "joins"
            | "joining"
            | "side"
            | "outfit"
    )
}

/// Verbs of playing, before "for": "played for X", "scored for X".
fn plays(w: &str) -> bool {
    matches!(
        w,
        "played"
            | "plays"
            | "playing"
            | "play"
            | "scored"
            | "homered"
            | "signed"
            | "starred"
            | "appeared"
    )
}

/// Places that play matches in a sports report become teams (ORG).
fn teams(ctx: &mut Ctx<'_>) {
    if ctx.sport < 2 {
        return;
    }
    let n = ctx.toks.len();
    let mut team: WordMap<Key<'_>, ()> = WordMap::default();
    for c in &ctx.cands {
        // ("the Republic of Ireland": a country named with its
        // administrative word plays as a country.)
        if !matches!(c.label, Some(Label::Gpe))
            || c.country
            || c.rule == rules::GPE_HEAD
            || dateline(ctx, c.a, c.b)
        {
            continue;
        }
        if venue(ctx, c.a) {
            continue;
        }
        let next = if c.b < n { ctx.w(c.b) } else { "" };
        let prev = if c.a > 0 { ctx.w(c.a - 1) } else { "" };
        let prev2 = if c.a > 1 { ctx.w(c.a - 2) } else { "" };
        let score_after = c.b < n
            && ctx.toks[c.b].kind == TokenKind::Number
            && !ctx.toks[c.b].has(Token::NEWLINE_BEFORE);
        let verb_after = team_after(next)
            || possessive(ctx, c.b)
            // "Kent stepped up", "Derbyshire reached": a verb in the past.
            || (next.len() >= 5 && next.ends_with("ed") && next.as_bytes()[0].is_ascii_lowercase())
            // "reducing Worcestershire to 133": a score.
            || (next == "to" && c.b + 1 < n && ctx.toks[c.b + 1].kind == TokenKind::Number);
        let verb_before = team_before(prev)
            // "played for Nice", "homered for Cleveland".
            || (prev == "for" && plays(prev2))
            // "transferred to Milan".
            || (prev == "to" && matches!(prev2, "transferred" | "moved" | "move" | "moving"));
        if score_after || verb_after || verb_before {
            team.insert(key(ctx.span(c.a, c.b).as_str(ctx.text)), ());
        }
    }
    // Results lines: "Hull 0 Barnet 0", "Bolton 3 2 1 0 5 2 7", "Walsall v
    // Wrexham" (a name guessed to be a person's only on a line of matches).
    for c in &ctx.cands {
        let weak_place = matches!(c.label, Some(Label::Gpe | Label::Loc) | None) && !c.country;
        let person = tables::weak_person(c);
        if !(weak_place || person) {
            continue;
        }
        let yes = match tables::row(ctx, c) {
            tables::Row::No => false,
            tables::Row::Standings { counted } => counted || !person,
            tables::Row::Match => true,
        };
        if yes && !dateline(ctx, c.a, c.b) {
            team.insert(key(ctx.span(c.a, c.b).as_str(ctx.text)), ());
        }
    }
    if team.is_empty() {
        return;
    }
    // "Essex , Derbyshire and Surrey": places listed with a team are teams.
    for _ in 0..2 {
        for i in 1..ctx.cands.len() {
            let (p, c) = (ctx.cands[i - 1], ctx.cands[i]);
            let listed = match c.a.checked_sub(p.b) {
                Some(1) => matches!(ctx.w(p.b), "," | "and" | "or"),
                Some(2) => ctx.w(p.b) == "," && matches!(ctx.w(p.b + 1), "and" | "or"),
                _ => false,
            };
            let place = |c: &super::find::Cand| {
                matches!(c.label, Some(Label::Gpe | Label::Loc)) && !c.country
            };
            if !listed || !place(&p) || !place(&c) {
                continue;
            }
            let kp = key(ctx.span(p.a, p.b).as_str(ctx.text));
            let kc = key(ctx.span(c.a, c.b).as_str(ctx.text));
            match (team.contains_key(&kp), team.contains_key(&kc)) {
                (true, false) => {
                    team.insert(kc, ());
                }
                (false, true) => {
                    team.insert(kp, ());
                }
                _ => {}
            }
        }
    }
    for i in 0..ctx.cands.len() {
        let c = ctx.cands[i];
        if !(matches!(c.label, Some(Label::Gpe | Label::Loc) | None) || tables::weak_person(&c))
            || c.country
        {
            continue;
        }
        if !team.contains_key(&key(ctx.span(c.a, c.b).as_str(ctx.text)))
            || venue(ctx, c.a)
            || c.rule == rules::GPE_DATELINE
            || dateline(ctx, c.a, c.b)
        {
            continue;
        }
        // "Reading" opening a sentence is the verb, unless on a results line.
        let word_at_start = c.label.is_none()
            && c.initial
            && ctx.feat[c.a] & (f::VOCAB | f::COMMON | f::FUNC) != 0
            && tables::row(ctx, &c) == tables::Row::No;
        if !word_at_start {
            ctx.cands[i].relabel(Some(Label::Org), rules::DOC_TEAM, strength::RULE);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::hash::BuildHasher;

    #[test]
    fn names_equal_but_for_ascii_case_hash_alike() {
        let h = std::hash::BuildHasherDefault::<crate::lexicon::WordHasher>::default();
        let pairs = [
            ("", ""),
            ("a", "A"),
            ("EU", "eu"),
            ("Kyiv", "KYIV"),
            ("Brightwater", "BRIGHTWATER"),
            ("Brightwater Holdings Inc", "brightwater holdings inc"),
            ("Zürich AG", "ZüRICH ag"),
        ];
        for (a, b) in pairs {
            assert_eq!(key(a), key(b), "{a:?} {b:?}");
            assert_eq!(h.hash_one(key(a)), h.hash_one(key(b)), "{a:?} {b:?}");
        }
        // Different names differ (for these, the hash too).
        for (a, b) in [("Kyiv", "Kyiw"), ("ab", "abc"), ("Holdings", "Holding s")] {
            assert_ne!(key(a), key(b));
            assert_ne!(h.hash_one(key(a)), h.hash_one(key(b)), "{a:?} {b:?}");
        }
        assert_ne!(key("Zürich"), key("ZÜRICH"));
    }
}
