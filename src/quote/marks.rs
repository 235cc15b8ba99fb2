//! Quotation marks: pairing opening and closing marks into quoted spans.
//!
//! Marks are read from the token layer (each is a one-character `Punct`
//! token; `''`, ` `` `, ‘‘ and ’’ are two, read as one double mark). Whether a mark opens or closes is decided by
//! what surrounds it (space or opening punctuation before and a word after
//! opens; a word or punctuation before and space after closes), then by its
//! glyph (“ „ « open, ” » close), then by the pairing state. Single quotes
//! inside a double quote are part of its content; at top level a single quote
//! pairs only with a closing single quote in the same paragraph, so
//! apostrophes (`officials'`, `'90s`, `rock 'n' roll`) are never quotes.
//! A double mark opening inside an open double quotation, when the next two
//! marks close, opens a quotation nested in it (`“… what he calls “hell” …”`).
//! A quote left open at the end of a paragraph continues into the next one
//! when that paragraph opens with a mark again (one content piece per
//! paragraph); otherwise it ends with its paragraph.

use crate::analysis::Paragraph;
use crate::span::Span;
use crate::text::token::{Token, TokenKind};

/// Marker for "no quote" in the token owner table.
pub(crate) const NONE: u32 = u32::MAX;

/// One paragraph's part of a quote.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Piece {
    /// The words inside the marks (trimmed of surrounding whitespace).
    pub(crate) inner: Span,
    /// The piece with its marks.
    pub(crate) outer: Span,
    /// Token index of the opening mark.
    pub(crate) first_tok: usize,
    /// Token index of the closing mark's last token (or the paragraph's last token).
    pub(crate) last_tok: usize,
    /// Index of the paragraph.
    pub(crate) paragraph: usize,
}

/// A quoted span: one piece per paragraph it runs through.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct MarkQuote {
    /// Its pieces, in order.
    pub(crate) pieces: Vec<Piece>,
    /// A closing mark was found.
    pub(crate) closed: bool,
    /// Double marks (or `''`), not single.
    pub(crate) double: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Family {
    Double,
    Single,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    Open,
    Close,
    Either,
}

#[derive(Clone, Copy, Debug)]
struct Mark {
    first_tok: usize,
    last_tok: usize,
    family: Family,
    role: Role,
}

/// Can `tok` be a quotation mark? Every mark of [`glyph`] is punctuation
/// starting with one of these bytes ('"', '\'', '`', and the lead bytes of
/// « » and of “ ” „ ‟ ‘ ’ ‹ ›): a byte test that turns most tokens away.
#[inline]
fn may_be_mark(text: &str, tok: &Token) -> bool {
    tok.kind == TokenKind::Punct
        && matches!(
            text.as_bytes().get(tok.span.start),
            Some(b'"' | b'\'' | b'`' | 0xC2 | 0xE2)
        )
}

/// The glyph of a one-character punctuation token, if it is a quote mark:
/// its family and what the glyph alone says about its role.
fn glyph(text: &str, tok: &Token) -> Option<(Family, Role)> {
    if !may_be_mark(text, tok) {
        return None;
    }
    let s = &text[tok.span];
    let c = s.chars().next()?;
    Some(match c {
        '"' => (Family::Double, Role::Either),
        '“' | '„' | '‟' | '«' => (Family::Double, Role::Open),
        '”' | '»' => (Family::Double, Role::Close),
        '\'' => (Family::Single, Role::Either),
        '‘' | '‹' | '`' => (Family::Single, Role::Open),
        '’' | '›' => (Family::Single, Role::Close),
        _ => return None,
    })
}

fn is_opening_punct(s: &str) -> bool {
    matches!(s, "(" | "[" | "{" | "—" | "–" | "-" | "/" | "…")
}

fn is_closing_punct(s: &str) -> bool {
    matches!(
        s,
        ")" | "]" | "}" | "," | "." | ";" | ":" | "!" | "?" | "—" | "–" | "-" | "…" | "/"
    )
}

/// Collect the marks of tokens `lo..hi` (one paragraph) into `out`.
fn collect_marks(text: &str, tokens: &[Token], lo: usize, hi: usize, out: &mut Vec<Mark>) {
    out.clear();
    let mut i = lo;
    while i < hi {
        // (The byte test here, before any call: most tokens are no mark.)
        if !may_be_mark(text, &tokens[i]) {
            i += 1;
            continue;
        }
        let Some((mut family, glyph_role)) = glyph(text, &tokens[i]) else {
            i += 1;
            continue;
        };
        let mut last = i;
        // `''`, ``, ‘‘ and ’’: two single marks written as one double mark
        // (wire copy often closes a “ with ’’).
        if family == Family::Single && i + 1 < hi && !tokens[i + 1].has(Token::SPACE_BEFORE) {
            let a = &text[tokens[i].span];
            let b = &text[tokens[i + 1].span];
            if matches!(a, "'" | "`" | "‘" | "’") && a == b {
                family = Family::Double;
                last = i + 1;
            }
        }
        let tok = &tokens[i];
        let before_open = i == lo
            || tok.has(Token::SPACE_BEFORE)
            || is_opening_punct(&text[tokens[i - 1].span])
            || out
                .last()
                .is_some_and(|m| m.last_tok + 1 == i && m.role == Role::Open);
        let after_close = last + 1 >= hi
            || tokens[last + 1].has(Token::SPACE_BEFORE)
            || is_closing_punct(&text[tokens[last + 1].span])
            || glyph(text, &tokens[last + 1]).is_some();
        let role = match (before_open, after_close) {
            (true, false) => Role::Open,
            (false, true) => Role::Close,
            _ => glyph_role,
        };
        let role = if family == Family::Single {
            // A single mark must be clearly placed, and '’' never opens.
            let c = text[tok.span].chars().next().unwrap_or(' ');
            match role {
                Role::Open
                    if c != '’'
                        && last + 1 < hi
                        && tokens[last + 1].kind == TokenKind::Word
                        && before_open =>
                {
                    Role::Open
                }
                Role::Close if !before_open => Role::Close,
                _ => {
                    i = last + 1;
                    continue;
                }
            }
        } else {
            role
        };
        out.push(Mark {
            first_tok: i,
            last_tok: last,
            family,
            role,
        });
        i = last + 1;
    }
}

/// The piece from the opening mark `o` to the closing mark `m` in paragraph `p`.
fn closed_piece(tokens: &[Token], o: Mark, m: Mark, inner: Span, p: usize) -> Piece {
    Piece {
        inner,
        outer: Span::new(tokens[o.first_tok].span.start, tokens[m.last_tok].span.end),
        first_tok: o.first_tok,
        last_tok: m.last_tok,
        paragraph: p,
    }
}

fn has_word(text: &str, span: Span) -> bool {
    span.start < span.end && text[span].chars().any(char::is_alphanumeric)
}

fn trimmed(text: &str, start: usize, end: usize) -> Span {
    if start >= end {
        return Span::new(start, start);
    }
    let s = &text[start..end];
    let lead = s.len() - s.trim_start().len();
    let t = s.trim();
    Span::new(start + lead, start + lead + t.len())
}

/// Token index range of each paragraph.
///
/// `lo` is the first token starting at or after the paragraph's start, `hi`
/// the first starting at or after its end. Paragraphs come in text order, so
/// a cursor walks the tokens once (with a binary search when one does not).
pub(crate) fn paragraph_tokens(paragraphs: &[Paragraph], tokens: &[Token]) -> Vec<(usize, usize)> {
    // First index from `k` on whose token starts at or after `at`.
    let seek = |k: usize, at: usize| {
        if k > 0 && tokens[k - 1].span.start >= at {
            return tokens[..k].partition_point(|t| t.span.start < at);
        }
        // (A slice walk: no bounds check per token.)
        k + tokens[k.min(tokens.len())..]
            .iter()
            .take_while(|t| t.span.start < at)
            .count()
    };
    let mut k = 0;
    paragraphs
        .iter()
        .map(|p| {
            let lo = seek(k, p.span.start);
            let hi = seek(lo, p.span.end);
            k = hi;
            (lo, hi.max(lo))
        })
        .collect()
}

/// Pair the quotation marks of every paragraph.
///
/// Returns the quotes in text order and, for every token, the index of the
/// quote whose marks or content hold it (or [`NONE`]).
pub(crate) fn find(
    text: &str,
    paragraphs: &[Paragraph],
    tokens: &[Token],
    para_toks: &[(usize, usize)],
) -> (Vec<MarkQuote>, Vec<u32>) {
    let mut quotes: Vec<MarkQuote> = Vec::new();
    let mut marks = Vec::new();
    // A quote carried over from the previous paragraph.
    let mut carry: Option<MarkQuote> = None;
    for (p, &(lo, hi)) in para_toks.iter().enumerate() {
        collect_marks(text, tokens, lo, hi, &mut marks);
        let para_end = paragraphs[p].span.end;
        let mut open_d: Option<(Mark, Option<MarkQuote>)> = None;
        let mut open_s: Option<Mark> = None;
        let mut k = 0;
        if let Some(mq) = carry.take() {
            // The paragraph opens with the re-opening mark (checked below).
            if let Some(&m) = marks.first() {
                open_d = Some((m, Some(mq)));
                k = 1;
            }
        }
        while k < marks.len() {
            let m = marks[k];
            k += 1;
            match m.family {
                Family::Double => match (&open_d, m.role) {
                    (None, Role::Open | Role::Either) => {
                        open_d = Some((m, None));
                        open_s = None;
                    }
                    (None, Role::Close) => {}
                    (Some(_), Role::Close | Role::Either) => {
                        if let Some((o, prev)) = open_d.take() {
                            let inner = trimmed(
                                text,
                                tokens[o.last_tok].span.end,
                                tokens[m.first_tok].span.start,
                            );
                            let piece = closed_piece(tokens, o, m, inner, p);
                            let mut mq = prev.unwrap_or(MarkQuote {
                                pieces: Vec::new(),
                                closed: true,
                                double: true,
                            });
                            if has_word(text, inner) || !mq.pieces.is_empty() {
                                mq.pieces.push(piece);
                            }
                            mq.closed = true;
                            push_quote(text, &mut quotes, mq);
                        }
                    }
                    (Some(_), Role::Open)
                        if marks.get(k..k + 2).is_some_and(|next| {
                            next.iter()
                                .all(|n| n.family == Family::Double && n.role != Role::Open)
                        }) =>
                    {
                        // “… what he calls “hell” than …”: a quotation nested in
                        // the open one with the same marks, closed before it.
                        k += 1;
                    }
                    (Some(_), Role::Open) => {
                        // The open quote was never closed: it ends where this one opens.
                        if let Some((o, prev)) = open_d.take() {
                            let end = tokens[m.first_tok].span.start;
                            let last = m.first_tok.saturating_sub(1).max(o.first_tok);
                            finish_unclosed(text, tokens, &mut quotes, o, prev, end, last, p);
                        }
                        open_d = Some((m, None));
                    }
                },
                Family::Single => {
                    if open_d.is_some() {
                        continue;
                    }
                    match (open_s, m.role) {
                        (Some(o), Role::Close) => {
                            let inner = trimmed(
                                text,
                                tokens[o.last_tok].span.end,
                                tokens[m.first_tok].span.start,
                            );
                            // At least two characters: "rock 'n' roll" is no quote.
                            if inner.len() >= 2 && has_word(text, inner) {
                                quotes.push(MarkQuote {
                                    pieces: vec![closed_piece(tokens, o, m, inner, p)],
                                    closed: true,
                                    double: false,
                                });
                            }
                            open_s = None;
                        }
                        (_, Role::Open) => open_s = Some(m),
                        _ => {}
                    }
                }
            }
        }
        if let Some((o, prev)) = open_d.take() {
            // Continued in the next paragraph if that one opens with a mark.
            let next_opens = para_toks.get(p + 1).is_some_and(|&(nlo, nhi)| {
                nlo < nhi
                    && glyph(text, &tokens[nlo]).is_some_and(|(f, r)| {
                        let c = text[tokens[nlo].span].chars().next().unwrap_or(' ');
                        (f == Family::Double || c == '\'')
                            && r != Role::Close
                            && nlo + 1 < nhi
                            && !tokens[nlo + 1].has(Token::SPACE_BEFORE)
                    })
            });
            let last = hi.saturating_sub(1).max(o.first_tok);
            if next_opens {
                let inner = trimmed(text, tokens[o.last_tok].span.end, para_end);
                let mut mq = prev.unwrap_or(MarkQuote {
                    pieces: Vec::new(),
                    closed: false,
                    double: true,
                });
                mq.pieces.push(Piece {
                    inner,
                    outer: Span::new(tokens[o.first_tok].span.start, para_end),
                    first_tok: o.first_tok,
                    last_tok: last,
                    paragraph: p,
                });
                carry = Some(mq);
            } else {
                finish_unclosed(text, tokens, &mut quotes, o, prev, para_end, last, p);
            }
        }
    }
    if let Some(mq) = carry.take() {
        push_quote(text, &mut quotes, mq);
    }
    quotes.sort_by_key(|q| q.pieces.first().map_or(0, |p| p.outer.start));
    let mut owner = vec![NONE; tokens.len()];
    for (qi, q) in quotes.iter().enumerate() {
        for piece in &q.pieces {
            for o in owner
                .iter_mut()
                .take(piece.last_tok + 1)
                .skip(piece.first_tok)
            {
                *o = qi as u32;
            }
        }
    }
    (quotes, owner)
}

#[allow(clippy::too_many_arguments)]
fn finish_unclosed(
    text: &str,
    tokens: &[Token],
    quotes: &mut Vec<MarkQuote>,
    o: Mark,
    prev: Option<MarkQuote>,
    end: usize,
    last_tok: usize,
    p: usize,
) {
    let start = tokens[o.last_tok].span.end.min(end);
    let inner = trimmed(text, start, end);
    let mut mq = prev.unwrap_or(MarkQuote {
        pieces: Vec::new(),
        closed: false,
        double: true,
    });
    if has_word(text, inner) {
        mq.pieces.push(Piece {
            inner,
            outer: Span::new(tokens[o.first_tok].span.start, end),
            first_tok: o.first_tok,
            last_tok,
            paragraph: p,
        });
    }
    mq.closed = false;
    push_quote(text, quotes, mq);
}

fn push_quote(text: &str, quotes: &mut Vec<MarkQuote>, mq: MarkQuote) {
    if mq.pieces.iter().any(|p| has_word(text, p.inner)) {
        quotes.push(mq);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{paragraphs, token::tokenize_into};

    fn quotes(text: &str) -> Vec<Vec<String>> {
        let paras = paragraphs(text, 0);
        let mut toks = Vec::new();
        for p in &paras {
            tokenize_into(text, p.span, &mut toks);
        }
        let pt = paragraph_tokens(&paras, &toks);
        let (qs, _) = find(text, &paras, &toks, &pt);
        qs.iter()
            .map(|q| q.pieces.iter().map(|p| text[p.inner].to_string()).collect())
            .collect()
    }

    #[test]
    fn pairs_marks_of_every_style() {
        assert_eq!(
            quotes("He said \"yes, we will\" and «non» and “maybe so” and „ja doch“."),
            [["yes, we will"], ["non"], ["maybe so"], ["ja doch"]]
        );
        assert_eq!(quotes("''We won,'' she said."), [["We won,"]]);
        assert_eq!(quotes("“We won,’’ she said."), [["We won,"]]);
        assert_eq!(quotes("‘‘We won,’’ she said."), [["We won,"]]);
        assert_eq!(
            quotes("“They said ‘no’ twice,’’ he said."),
            [["They said ‘no’ twice,"]]
        );
    }

    #[test]
    fn a_quotation_nested_with_the_same_marks_stays_inside() {
        assert_eq!(
            quotes("“I would live in what he calls “hell” before that,” she wrote."),
            [["I would live in what he calls “hell” before that,"]]
        );
        assert_eq!(
            quotes("“We cheered “Go team”” and left."),
            [["We cheered “Go team”"]]
        );
        // An unclosed quotation still ends where the next one opens.
        assert_eq!(
            quotes("He said “maybe and “no” today."),
            [["maybe and"], ["no"]]
        );
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        assert!(quotes("The officials' plan for the '90s: rock 'n' roll, don't.").is_empty());
        assert_eq!(
            quotes("He said \"it's the officials' call on 'outreach' now\" today."),
            [["it's the officials' call on 'outreach' now"]]
        );
        assert_eq!(
            quotes("She called it 'a disgrace' on Monday."),
            [["a disgrace"]]
        );
    }

    #[test]
    fn quotes_carry_across_paragraphs_only_when_reopened() {
        let t = "\"First part.\n\n\"Second part,\" he said.\n\nA \"stray mark.\n\nNext paragraph.";
        assert_eq!(
            quotes(t),
            vec![
                vec!["First part.".to_string(), "Second part,".to_string()],
                vec!["stray mark.".to_string()]
            ]
        );
    }

    #[test]
    fn a_flood_of_marks_stays_bounded() {
        let t = "\"".repeat(10_001);
        assert!(quotes(&t).is_empty());
    }
}
