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
use super::lexicon::f;
use crate::analysis::Label;
use crate::text::token::{Token, TokenKind};
use std::collections::HashMap;

/// ASCII-lower-cased key of a surface form (allocation per entity, not per token).
fn key(s: &str) -> String {
    s.to_ascii_lowercase()
}

pub(crate) fn resolve(ctx: &mut Ctx<'_>) {
    let n_c = ctx.cands.len();
    if n_c == 0 {
        return;
    }
    // 1. Surnames and full names of people.
    let mut person_words: HashMap<String, ()> = HashMap::new();
    let mut first_names: HashMap<String, ()> = HashMap::new();
    for c in &ctx.cands {
        if c.label == Some(Label::Person) && c.strength >= strength::RULE {
            if c.b - c.a >= 2 && ctx.w(c.a).chars().count() > 1 {
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
    let mut acronyms: HashMap<String, Label> = HashMap::new();
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
    let mut names: HashMap<String, (Label, u8)> = HashMap::new();
    for c in &ctx.cands {
        if let Some(l) = c.label {
            if c.strength >= strength::RULE {
                let k = key(ctx.span(c.a, c.b).as_str(ctx.text));
                let e = names.entry(k).or_insert((l, c.strength));
                if c.strength > e.1 {
                    *e = (l, c.strength);
                }
            }
        }
    }
    for i in 0..n_c {
        let c = ctx.cands[i];
        let single = c.b - c.a == 1;
        let k = key(ctx.span(c.a, c.b).as_str(ctx.text));
        if let Some(&l) = acronyms.get(&k) {
            if c.label != Some(l) && single && c.strength < strength::KNOWN + 1 {
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
        if c.strength <= strength::GUESS {
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

/// A dateline: a place at the start of a line, then a date ("LONDON 1996-08-30").
fn dateline(ctx: &Ctx<'_>, a: usize, b: usize) -> bool {
    b < ctx.toks.len()
        && ctx.toks[b].kind == TokenKind::Number
        && {
            let w = ctx.w(b).as_bytes();
            w.len() == 10 && w[4] == b'-' && w[7] == b'-'
        }
        && (a == 0 || ctx.toks[a].has(Token::NEWLINE_BEFORE))
}

/// Places that play matches in a sports report become teams (ORG).
fn teams(ctx: &mut Ctx<'_>) {
    if ctx.sport < 3 {
        return;
    }
    let n = ctx.toks.len();
    let mut team: HashMap<String, ()> = HashMap::new();
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
