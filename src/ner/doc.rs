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
use crate::text::token::{Token, TokenKind};

/// A name compared without ASCII case, borrowed from the text (no allocation).
#[derive(Clone, Copy, Debug)]
struct Key<'t>(&'t str);

impl PartialEq for Key<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.0.eq_ignore_ascii_case(other.0)
    }
}

impl Eq for Key<'_> {}

impl std::hash::Hash for Key<'_> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        for b in self.0.bytes() {
            state.write_u8(b.to_ascii_lowercase());
        }
        state.write_u8(0xff);
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
    // 1. Surnames and full names of people.
    let mut person_words: WordMap<Key<'_>, ()> = WordMap::default();
    let mut first_names: WordMap<Key<'_>, ()> = WordMap::default();
    for c in &ctx.cands {
        // Full names, and single names after a title ("President Ruto").
        let named = c.b - c.a >= 2 || matches!(c.rule, rules::PERSON_TITLE | rules::PERSON_COORD);
        if c.label == Some(Label::Person) && c.strength >= strength::RULE && named {
            if c.b - c.a >= 2 && ctx.w(c.a).chars().count() > 1 && ctx.feat[c.a] & f::GIVEN != 0 {
                first_names.insert(key(ctx.w(c.a)), ());
            }
            let mut last = c.b - 1;
            while last > c.a && ctx.feat[last] & f::PARTICLE != 0 {
                last -= 1;
            }
            if ctx.toks[last].kind == TokenKind::Word && ctx.w(last).chars().count() > 1 {
                person_words.insert(key(ctx.w(last)), ());
            }
        }
    }
    // 2. Acronyms defined in brackets after their long form.
    let mut acronyms: WordMap<Key<'_>, Label> = WordMap::default();
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
            acronyms.insert(key(ctx.w(b + 1)), label);
        }
    }
    // 3. Labels the article gives each name (strongest evidence first).
    let mut names: WordMap<Key<'_>, (Label, u8)> = WordMap::default();
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
                let e = names.entry(k).or_insert((l, st));
                if st > e.1 {
                    *e = (l, st);
                }
                // "Brightwater Holdings Inc" is also "Brightwater Holdings"
                // and "Brightwater".
                if c.rule == rules::ORG_SUFFIX && c.b - c.a >= 2 {
                    for end in [c.b - 1, c.a + 1] {
                        let k = key(ctx.span(c.a, end).as_str(ctx.text));
                        let e = names.entry(k).or_insert((l, strength::RULE));
                        if e.1 < strength::RULE {
                            *e = (l, strength::RULE);
                        }
                    }
                }
            }
        }
    }
    for i in 0..n_c {
        let c = ctx.cands[i];
        let single = c.b - c.a == 1;
        let k = key(ctx.span(c.a, c.b).as_str(ctx.text));
        if let Some(&l) = acronyms.get(&k) {
            if single && c.strength < strength::KNOWN {
                let c = &mut ctx.cands[i];
                c.label = Some(l);
                c.rule = rules::DOC_ACRONYM;
                c.strength = strength::RULE;
            }
            continue;
        }
        let weak_place = matches!(c.label, Some(Label::Gpe | Label::Loc)) && !c.country;
        if single
            && (c.strength <= strength::GUESS || weak_place)
            && c.label != Some(Label::Person)
            && person_words.contains_key(&k)
        {
            let c = &mut ctx.cands[i];
            c.label = Some(Label::Person);
            c.rule = rules::DOC_SURNAME;
            c.strength = strength::RULE;
            continue;
        }
        if single
            && c.label.is_none()
            && first_names.contains_key(&k)
            && !person_words.contains_key(&k)
        {
            let c = &mut ctx.cands[i];
            c.label = Some(Label::Person);
            c.rule = rules::DOC_FIRST;
            c.strength = strength::RULE;
            continue;
        }
        if c.strength <= strength::GUESS || c.rule == rules::PERSON_SPEAKS {
            if let Some(&(l, _)) = names.get(&k) {
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
    let mut places: Vec<bool> = vec![false; n];
    for c in &ctx.cands {
        if matches!(c.label, Some(Label::Gpe)) {
            places[c.a] = true;
        }
    }
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
        let after_place_noun = a >= 2 && w(a - 1) == "of" && place_noun(w(a - 2));
        let before_place = b + 1 < n && w(b) == "," && places[b + 1];
        let plain =
            ctx.feat[a] & (f::VOCAB | f::FUNC | f::COMMON | f::HEAD | f::TEMPORAL | f::SPORT) == 0
                && !ctx.toks[a].has(Token::UPPER);
        // "the Monti government", "the Obama administration".
        let leads = b < n
            && matches!(
                w(b),
                "administration" | "government" | "cabinet" | "presidency" | "campaign"
            )
            && a >= 1
            && w(a - 1) == "the";
        let speaks = leads
            || b < n && speech_verb(w(b))
            || (sport && b < n && matches!(w(b), "scored" | "netted"))
            || (a >= 2
                && speech_verb(w(a - 1))
                && w(a - 2) == ","
                && b < n
                && matches!(w(b), "." | ","));
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
