//! Document-level consistency: one article, one reading of each name.
//!
//! - a word that is the surname of a full name in the article is PERSON
//!   wherever it stands alone (`ner/doc/surname`);
//! - an acronym defined once, "the European Union (EU)", takes the label of
//!   its long form throughout (`ner/doc/acronym`);
//! - an unlabelled capitalised word, or a word in a headline, takes the label
//!   the article gives the same name elsewhere (`ner/doc/same-name`);
//! - in a sports report, a place that is not a country and plays a match
//!   (a score after it, "beat", "v") is a team: ORG throughout
//!   (`ner/doc/team`).

use super::find::{rules, strength, Ctx};
use super::lexicon::{f, WordMap};
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

fn key(s: &str) -> Key<'_> {
    Key(s)
}

pub(crate) fn resolve(ctx: &mut Ctx<'_>) {
    let n_c = ctx.cands.len();
    if n_c == 0 {
        return;
    }
    context(ctx);
    let mut seen: WordMap<Key<'_>, Seen> = WordMap::default();
    // 1. Surnames and full names of people.
    for c in &ctx.cands {
        // Full names, and single names after a title ("President Ruto").
        let named = c.b - c.a >= 2 || matches!(c.rule, rules::PERSON_TITLE | rules::PERSON_COORD);
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
            }
        }
    }
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
        if !may_change {
            continue;
        }
        let Some(&seen) = seen.get(&key(ctx.span(c.a, c.b).as_str(ctx.text))) else {
            continue;
        };
        if let Some(l) = seen.acronym {
            if single && c.strength < strength::KNOWN {
                let c = &mut ctx.cands[i];
                c.label = Some(l);
                c.rule = rules::DOC_ACRONYM;
                c.strength = strength::RULE;
            }
            continue;
        }
        if single
            && (c.strength <= strength::GUESS || weak_place)
            && c.label != Some(Label::Person)
            && seen.surname
        {
            let c = &mut ctx.cands[i];
            c.label = Some(Label::Person);
            c.rule = rules::DOC_SURNAME;
            c.strength = strength::RULE;
            continue;
        }
        if single && c.label.is_none() && seen.first && !seen.surname {
            let c = &mut ctx.cands[i];
            c.label = Some(Label::Person);
            c.rule = rules::DOC_FIRST;
            c.strength = strength::RULE;
            continue;
        }
        if c.strength <= strength::GUESS || c.rule == rules::PERSON_SPEAKS {
            if let Some((l, _)) = seen.name {
                if c.label != Some(l) {
                    let c = &mut ctx.cands[i];
                    c.label = Some(l);
                    c.rule = rules::DOC_SAME;
                    c.strength = strength::RULE;
                }
            }
        }
    }
    teams(ctx);
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
                && matches!(next, "." | ","));
        let (label, rule) = if after_place_noun || (before_place && !c.initial) {
            (Label::Gpe, rules::GPE_CONTEXT)
        } else if lone_first_name && !sport {
            continue;
        } else if plain && speaks && !lone_first_name && !(c.initial && w(a).ends_with('s')) {
            (Label::Person, rules::PERSON_SPEAKS)
        } else if sport && (c.feat_free || lone_first_name) {
            let number_after = b < n
                && ctx.toks[b].kind == TokenKind::Number
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
            if number_after || role_after {
                (Label::Org, rules::DOC_TEAM)
            } else {
                continue;
            }
        } else {
            continue;
        };
        let c = &mut ctx.cands[i];
        c.label = Some(label);
        c.rule = rule;
        c.strength = strength::RULE;
    }
}

/// A dateline: a place, then a date ("LONDON 1996-08-30", "MILWAUKEE,
/// Wisconsin 1996-08-29").
fn dateline(ctx: &Ctx<'_>, _a: usize, b: usize) -> bool {
    b < ctx.toks.len() && ctx.toks[b].kind == TokenKind::Number && {
        let w = ctx.w(b).as_bytes();
        w.len() == 10 && w[4] == b'-' && w[7] == b'-'
    }
}

/// Places that play matches in a sports report become teams (ORG).
fn teams(ctx: &mut Ctx<'_>) {
    if ctx.sport < 2 {
        return;
    }
    let n = ctx.toks.len();
    let mut team: WordMap<Key<'_>, ()> = WordMap::default();
    for c in &ctx.cands {
        if !matches!(c.label, Some(Label::Gpe)) || c.country || dateline(ctx, c.a, c.b) {
            continue;
        }
        let next = (c.b < n).then(|| ctx.w(c.b));
        let prev = (c.a > 0).then(|| ctx.w(c.a - 1));
        let score_after = c.b < n
            && ctx.toks[c.b].kind == TokenKind::Number
            && !ctx.toks[c.b].has(Token::NEWLINE_BEFORE);
        let verb_after = matches!(
            next,
            Some(
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
                    | "'s"
                    | "AT"
            )
        );
        let verb_before = matches!(
            prev,
            Some(
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
                    | "and"
                    | "or"
                    | "AT"
            )
        );
        if score_after || verb_after || verb_before {
            team.insert(key(ctx.span(c.a, c.b).as_str(ctx.text)), ());
        }
    }
    if team.is_empty() {
        return;
    }
    for i in 0..ctx.cands.len() {
        let c = ctx.cands[i];
        if !matches!(c.label, Some(Label::Gpe | Label::Loc) | None)
            || c.country
            || dateline(ctx, c.a, c.b)
        {
            continue;
        }
        if team.contains_key(&key(ctx.span(c.a, c.b).as_str(ctx.text))) {
            let c = &mut ctx.cands[i];
            c.label = Some(Label::Org);
            c.rule = rules::DOC_TEAM;
            c.strength = strength::RULE;
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
