//! Results tables of a sports report: the lines that name teams by the
//! shape of the line, not by the words.
//!
//! Wire services print results and standings one line per match or per
//! team: "Hull 0 Barnet 0", "Bolton 3 2 1 0 5 2 7", "Walsall v Wrexham".
//! The names on such lines are clubs, whatever else the words may be (a
//! town, a surname, "Reading"). `doc.rs` asks [`row`] about a candidate in
//! a sports report; a name it accepts is a team (ORG) throughout the
//! article. Riders' and drivers' teams after their country ("Erik Dekker
//! ( Netherlands ) Rabobank 1:23") are [`after_country`].
//!
//! Every scan stays on the candidate's line and within [`MAX_LINE`] tokens.

use super::find::{rules, strength, Cand, Ctx};
use crate::analysis::Label;
use crate::text::token::{Token, TokenKind};

/// The longest results line looked at, in tokens on each side of a name.
const MAX_LINE: usize = 24;

/// What a results line says about a candidate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Row {
    /// Not on a results line.
    No,
    /// A standings row ("Bolton 3 2 1 0 5 2 7"); `counted` when the first
    /// number is the sum of the next three (played = won + drawn + lost),
    /// which only a table of matches has.
    Standings { counted: bool },
    /// One side of a score ("Hull 0 Barnet 0") or of a fixture ("Walsall
    /// v Wrexham").
    Match,
}

fn line_start(t: &Token) -> bool {
    t.has(Token::NEWLINE_BEFORE) || t.has(Token::PARA_START)
}

/// A whole number in digits ("3", "107"; not "1:25", "19.32", "6-4").
fn int(ctx: &Ctx<'_>, k: usize) -> Option<u32> {
    let t = &ctx.toks[k];
    if t.kind != TokenKind::Number {
        return None;
    }
    let w = ctx.w(k);
    if w.len() > 4 || !w.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    w.parse().ok()
}

/// Words of a team's name on a results line: capitalised words, "of",
/// "'s", and a bracketed town letter ("Proleter ( Z )").
fn name_token(ctx: &Ctx<'_>, k: usize) -> bool {
    let t = &ctx.toks[k];
    match t.kind {
        TokenKind::Word => t.has(Token::CAP) || matches!(ctx.w(k), "of" | "and"),
        TokenKind::Possessive => true,
        TokenKind::Number => false,
        _ => matches!(ctx.w(k), "(" | ")" | "." | "&" | "-"),
    }
}

/// Where a candidate's line ends (the first token of the next line), or
/// `None` when the line is longer than [`MAX_LINE`] from `from`.
fn line_end(ctx: &Ctx<'_>, from: usize) -> Option<usize> {
    let n = ctx.toks.len();
    let lim = (from + MAX_LINE).min(n);
    let mut k = from;
    while k < lim {
        if line_start(&ctx.toks[k]) {
            return Some(k);
        }
        k += 1;
    }
    (k == n).then_some(n)
}

/// The results-line reading of candidate `c` (`ctx.sport` is checked by
/// the caller).
pub(crate) fn row(ctx: &Ctx<'_>, c: &Cand) -> Row {
    let (a, b) = (c.a, c.b);
    let n = ctx.toks.len();
    if b >= n && a == 0 {
        return Row::No;
    }
    // "Walsall v Wrexham", "Postponed : Birmingham v Barnsley , …".
    let vs = |w: &str| matches!(w, "v" | "vs" | "vs.");
    if (b < n
        && vs(ctx.w(b))
        && !line_start(&ctx.toks[b])
        && b + 1 < n
        && ctx.toks[b + 1].has(Token::CAP))
        || (a >= 2
            && vs(ctx.w(a - 1))
            && !line_start(&ctx.toks[a - 1])
            && ctx.toks[a - 2].has(Token::CAP))
    {
        return Row::Match;
    }
    // Only a name opening a line or right after a number can be on one.
    let opens_line = line_start(&ctx.toks[a]);
    if !(opens_line || (a >= 2 && int(ctx, a - 1).is_some())) {
        return Row::No;
    }
    let Some(end) = line_end(ctx, b) else {
        return Row::No;
    };
    if opens_line {
        // Standings: numbers to the end of the line.
        let mut nums = [0u32; 4];
        let mut count = 0;
        let mut ok = end > b;
        for k in b..end {
            if let Some(v) = int(ctx, k) {
                if count < nums.len() {
                    nums[count] = v;
                }
                count += 1;
            } else if !matches!(ctx.toks[k].kind, TokenKind::Number)
                && !matches!(ctx.w(k), "." | "-" | "/")
            {
                ok = false;
                break;
            }
        }
        if ok && count >= 3 {
            let counted = count >= 4 && nums[0] == nums[1] + nums[2] + nums[3];
            return Row::Standings { counted };
        }
        // A score, this team first: "Hull 0 Barnet 0 ( … )".
        if b + 2 < end && int(ctx, b).is_some() && second_side(ctx, b + 1, end) {
            return Row::Match;
        }
        return Row::No;
    }
    // A score, this team second: the line is "X 3 <this> 1".
    if a >= 2 && int(ctx, a - 1).is_some() {
        let mut k = a - 1;
        let lim = a.saturating_sub(MAX_LINE);
        while k > lim && !line_start(&ctx.toks[k]) {
            k -= 1;
        }
        if line_start(&ctx.toks[k])
            && k < a - 1
            && (k..a - 1).all(|j| name_token(ctx, j))
            && ctx.toks[k].has(Token::CAP)
            && second_side(ctx, a, end)
        {
            return Row::Match;
        }
    }
    Row::No
}

/// Tokens `s..end` are a name, a whole number, then the end of the line or
/// a bracket ("( after extra time )").
fn second_side(ctx: &Ctx<'_>, s: usize, end: usize) -> bool {
    if s >= end || !ctx.toks[s].has(Token::CAP) {
        return false;
    }
    let mut k = s;
    while k < end && name_token(ctx, k) && ctx.toks[k].kind != TokenKind::Number {
        k += 1;
    }
    k > s && k < end && int(ctx, k).is_some() && (k + 1 == end || ctx.w(k + 1) == "(")
}

/// A weak reading as a person that a results line overrides: a name
/// guessed from its words, not after a title and not from a list.
pub(crate) fn weak_person(c: &Cand) -> bool {
    c.label == Some(Label::Person)
        && !c.listed
        && c.strength <= strength::RULE
        && matches!(
            c.rule,
            rules::PERSON_GIVEN | rules::PERSON_SURNAME | rules::PERSON_SHAPE
        )
}

/// A rider's or driver's team in a results list: the name right after the
/// person's country in brackets, then a time, a comma or the end of the
/// line ("1. Olaf Ludwig ( Germany ) Telekom 4 hours", "Alex Zanardi (
/// Italy ) , Reynard Honda , 53.980"). Labels the candidates in place.
pub(crate) fn after_country(ctx: &mut Ctx<'_>) {
    if ctx.sport < 2 {
        return;
    }
    let n = ctx.toks.len();
    for i in 1..ctx.cands.len() {
        let c = ctx.cands[i];
        let prev = ctx.cands[i - 1];
        let weak = c.label.is_none() || weak_person(&c);
        if !weak || !prev.country || prev.b + 1 > c.a {
            continue;
        }
        // ") Team" or ") , Team".
        let mut k = prev.b;
        if k >= n || ctx.w(k) != ")" {
            continue;
        }
        k += 1;
        let comma = k < c.a && ctx.w(k) == ",";
        if comma {
            k += 1;
        }
        if k != c.a || prev.a < 2 || ctx.w(prev.a - 1) != "(" {
            continue;
        }
        // A person before the bracket.
        let person_before = i >= 2 && {
            let p = ctx.cands[i - 2];
            p.label == Some(Label::Person) && p.b + 1 == prev.a
        };
        // Then a time or the end of the line; after a comma, a comma and a
        // time ("Alex Zanardi ( Italy ) , Frankie Vale / ( …": a list of
        // people goes on with a name).
        let after_ok = if comma {
            c.b + 1 < n && ctx.w(c.b) == "," && ctx.toks[c.b + 1].kind == TokenKind::Number
        } else {
            c.b >= n
                || (line_start(&ctx.toks[c.b]) && ctx.w(c.b) != "(")
                || ctx.toks[c.b].kind == TokenKind::Number
                || matches!(ctx.w(c.b), "same" | "all")
        };
        if person_before && after_ok && !line_start(&ctx.toks[c.a]) {
            ctx.cands[i].relabel(Some(Label::Org), rules::DOC_TEAM, strength::RULE);
        }
    }
}
