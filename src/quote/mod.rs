//! Quote pass: quotation marks and speech cues → attributed quotes.
//!
//! Reads: the text, `paragraphs`, `sentences`, `tokens`, `entities`, `people`.
//! Writes: `Analysis::quotes`.
//!
//! Three steps: [`marks`] pairs quotation marks into quoted spans;
//! [`attribute`] finds speech cues ([`cues`]) with their speakers and the
//! words they report, sentence by sentence, and decides each quote's kind;
//! [`resolve`] says who each speaker is within the article.

mod attribute;
mod cues;
mod marks;
mod resolve;
mod words;

use crate::analysis::{Analysis, Label, Quote};
use crate::config::Config;
use crate::rule::{Rule, RuleInfo};
use crate::Error;
use words::class as word_class;

/// The rules of this pass.
pub(crate) const RULES: &[RuleInfo] = &[
    RuleInfo {
        rule: Rule("quote/direct/cue-after"),
        what: "a quotation followed by its speaker and cue: \"…,\" X said",
        example: "\"We will build it,\" Smith said.",
    },
    RuleInfo {
        rule: Rule("quote/direct/cue-inverted"),
        what: "a quotation followed by the cue, then the speaker: \"…,\" said X",
        example: "\"We will build it,\" said Maria Lopez, the mayor.",
    },
    RuleInfo {
        rule: Rule("quote/direct/cue-before"),
        what: "a speaker and cue introducing a quotation: X said: \"…\"",
        example: "The mayor said: \"We will build it.\"",
    },
    RuleInfo {
        rule: Rule("quote/direct/colon"),
        what: "a quotation right after a colon that follows a phrase naming its source",
        example: "A key passage from the Harbour Board: \"The harbour needs dredging.\"",
    },
    RuleInfo {
        rule: Rule("quote/direct/colon-clause"),
        what: "a quotation right after a clause that a colon ends (same sentence, or the next paragraph); the clause's subject speaks when it names someone, not after a passive",
        example: "Ruth Cole had one answer for her critics: \"I will finish the job I was elected to do.\"",
    },
    RuleInfo {
        rule: Rule("quote/direct/split"),
        what: "one quotation in two pieces around its attribution: \"A,\" X said, \"B.\"",
        example: "\"We will build it,\" Smith said, \"and it will hold.\"",
    },
    RuleInfo {
        rule: Rule("quote/direct/according-to"),
        what: "a quotation attributed with \"according to\"",
        example: "\"Prices will rise,\" according to the bank.",
    },
    RuleInfo {
        rule: Rule("quote/direct/continued"),
        what: "a quote-only paragraph right after an attributed report that holds a quotation (after a direct quote or a report without marks, it joins that quote as a piece): the same speaker goes on",
        example: "Smith called the bridge \"a marvel.\"\n\n\"It will hold for a century.\"",
    },
    RuleInfo {
        rule: Rule("quote/direct/announced"),
        what: "a quote-only paragraph after a sentence whose subject announces speech: that subject speaks",
        example: "Ana Ruiz went on with her remarks.\n\n\"The harbour will be dredged next spring.\"",
    },
    RuleInfo {
        rule: Rule("quote/direct/signed"),
        what: "a quotation signed with a dash and a name at the end of its line",
        example: "\"The new bridge changed my commute completely.\" ― Ana Ruiz\n\"Nothing changed.\" ― Tom Lee",
    },
    RuleInfo {
        rule: Rule("quote/direct/unattributed"),
        what: "a long quotation with no speech cue in its sentence",
        example: "Then came the verdict. \"This is a day we will remember for a long time.\"",
    },
    RuleInfo {
        rule: Rule("quote/mixed/cue-before"),
        what: "reported speech after its cue holding a quoted fragment: X said that … \"…\"",
        example: "Smith said the plan was \"a disaster\" for the town.",
    },
    RuleInfo {
        rule: Rule("quote/mixed/speech-noun"),
        what: "a noun of saying owned by a name or \"his\"/\"her\", a preposition's object, with a quoted fragment: over her claim that … \"…\"",
        example: "Critics pounced on Ana Ruiz's claim that the budget was \"balanced\" last year.",
    },
    RuleInfo {
        rule: Rule("quote/direct/speech-noun"),
        what: "a noun of saying owned by a name or \"his\"/\"her\", a preposition's object, followed by a quotation only: over his call for \"…\"",
        example: "The union pushed back against Tom Hale's call for \"a total freeze on hiring.\"",
    },
    RuleInfo {
        rule: Rule("quote/mixed/fragment"),
        what: "a quoted fragment in the predicate of a sentence whose subject names someone",
        example: "The mayor waved away the plan as \"a costly mistake\" on Monday.",
    },
    RuleInfo {
        rule: Rule("quote/mixed/carried"),
        what: "a later quoted fragment of a sentence whose earlier fragment was attributed: the same speaker",
        example: "Ana Ruiz has proposed a \"harbour tax\" on cruise ships and called for \"a new pier by the spring.\"",
    },
    RuleInfo {
        rule: Rule("quote/mixed/colon"),
        what: "a headline line: a name, a colon, then words holding a quotation",
        example: "Ana Ruiz: Harbour Plan Is ‘a Costly Mistake’\n\nThe mayor spoke on Monday.",
    },
    RuleInfo {
        rule: Rule("quote/mixed/cue-after"),
        what: "reported speech holding a quoted fragment, followed by its speaker and cue",
        example: "The plan was \"a disaster\" for the town, Smith said.",
    },
    RuleInfo {
        rule: Rule("quote/mixed/according-to"),
        what: "reported speech holding a quoted fragment, attributed with \"according to\"",
        example: "According to the mayor, the plan was \"a disaster\" for the town.",
    },
    RuleInfo {
        rule: Rule("quote/indirect/cue-before"),
        what: "reported speech after its speaker and cue: X said (that) …",
        example: "The minister warned that prices would rise.",
    },
    RuleInfo {
        rule: Rule("quote/indirect/cue-after"),
        what: "reported speech followed by its speaker and cue: …, BBC reported",
        example: "Prices will rise next year, the bank said.",
    },
    RuleInfo {
        rule: Rule("quote/indirect/cue-inverted"),
        what: "reported speech followed by the cue, then the speaker: …, said X",
        example: "Prices will rise next year, said the governor of the bank.",
    },
    RuleInfo {
        rule: Rule("quote/indirect/according-to"),
        what: "reported speech attributed with \"according to\"",
        example: "According to the police, the driver fled on foot.",
    },
    RuleInfo {
        rule: Rule("quote/direct/relayed"),
        what: "a quotation whose cue is itself attributed with \"according to\" or \"reported\": \"…,\" X said, according to Y; the source Y speaks",
        example: "\"We will build it,\" Smith said at a rally, according to the Harbour Gazette.",
    },
    RuleInfo {
        rule: Rule("quote/mixed/relayed"),
        what: "reported speech holding a quoted fragment whose cue is itself attributed with \"according to\": According to Y, X said …; the source Y speaks",
        example: "According to the Harbour Gazette, Smith said the plan was \"a disaster\" for the town.",
    },
    RuleInfo {
        rule: Rule("quote/indirect/relayed"),
        what: "reported speech whose cue is itself attributed with \"according to\": X said …, according to Y; the source Y speaks",
        example: "Smith told the council that prices would rise, according to the Harbour Gazette.",
    },
    RuleInfo {
        rule: Rule("quote/indirect/participle"),
        what:
            "reported speech after an -ing cue that continues the speaker before: …, adding that …",
        example: "\"We are ready,\" Smith said, adding that talks would resume soon.",
    },
];

/// The quote finder and attributor, built once.
#[derive(Debug, Clone)]
pub(crate) struct Attributor {
    cues: cues::Cues,
}

impl Attributor {
    pub(crate) fn new(config: &Config) -> Result<Attributor, Error> {
        Ok(Attributor {
            cues: cues::Cues::new(&config.speech_verbs),
        })
    }

    pub(crate) fn run(&self, doc: &mut Analysis<'_>) {
        let text = doc.text;
        let tokens = &doc.tokens;
        let para_toks = marks::paragraph_tokens(&doc.paragraphs, tokens);
        let (mqs, owner) = marks::find(text, &doc.paragraphs, tokens, &para_toks);
        let mut att = attribute::Attributor::new(text, tokens, &owner, &mqs, &self.cues);
        att.names = doc
            .entities
            .iter()
            .filter(|e| matches!(e.label, Label::Person | Label::Org | Label::Gpe))
            .map(|e| e.span)
            .collect();
        let mut s = 0;
        let mut bounds: Vec<usize> = Vec::new();
        for (p, &(lo, hi)) in para_toks.iter().enumerate() {
            // Unit boundaries: sentence ends of this paragraph, except inside a quotation.
            bounds.clear();
            while s < doc.sentences.len() && doc.sentences[s].paragraph < p {
                s += 1;
            }
            // The first token after each sentence end: sentences come in
            // order, so one cursor walks the paragraph's tokens.
            let mut b = lo;
            while s < doc.sentences.len() && doc.sentences[s].paragraph == p {
                let end = doc.sentences[s].span.end;
                // (A slice walk: no bounds check per token.)
                b += tokens[b.min(hi)..hi]
                    .iter()
                    .take_while(|t| t.span.start < end)
                    .count();
                if b > lo
                    && b < hi
                    && !inside_quote(&owner, b)
                    && !after_title(text, tokens, lo, b)
                    && !question_then_cue(text, tokens, &owner, &self.cues, b, hi)
                {
                    bounds.push(b);
                }
                s += 1;
            }
            bounds.push(hi);
            extra_bounds(text, tokens, &owner, &mqs, &self.cues, lo, &mut bounds);
            att.para_hi = hi;
            let mut start = lo;
            for (n, &b) in bounds.iter().enumerate() {
                if b > start {
                    att.unit(start, b, n == 0 || start == lo);
                    start = b;
                }
            }
        }
        let raw = std::mem::take(&mut att.out);
        let cls = att.cls;
        let mut res = resolve::Resolver::new(text, tokens, &owner, &doc.people, &doc.entities, cls);
        let mut quotes: Vec<Quote> = Vec::with_capacity(raw.len());
        for q in raw {
            let mut speaker = q.speaker.map(|np| res.resolve(np, q.order));
            // `X, who said …`: the relative pronoun is the mention nearest the
            // quote; the name stays the one resolved from X.
            if let (Some(sp), Some(k)) = (speaker.as_mut(), q.relative) {
                sp.span = tokens[k].span;
            }
            quotes.push(Quote {
                span: q.span,
                kind: q.kind,
                content: q.content,
                cue: q.cue,
                speaker,
                rule: Rule(q.rule),
            });
        }
        quotes.sort_by_key(|q| (q.span.start, q.span.end));
        doc.quotes = quotes;
    }
}

/// `"…?" Graham asked.`: after a quotation ending in "?" or "!", a short
/// name and a speech cue continue the sentence.
fn question_then_cue(
    text: &str,
    tokens: &[crate::text::token::Token],
    owner: &[u32],
    cues: &cues::Cues,
    b: usize,
    hi: usize,
) -> bool {
    use crate::text::token::{Token, TokenKind};
    if b < 2 || owner[b - 1] == marks::NONE || b >= hi {
        return false;
    }
    if !matches!(&text[tokens[b - 2].span], "?" | "!") {
        return false;
    }
    for j in b..hi.min(b + 6) {
        let t = &tokens[j];
        if owner[j] != marks::NONE {
            return false;
        }
        let w = &text[t.span];
        if j > b && t.kind == TokenKind::Word && cues.lookup(w).is_some() && !t.has(Token::CAP) {
            return true;
        }
        let namelike = (t.kind == TokenKind::Word
            && (t.has(Token::CAP)
                || matches!(w, "he" | "she" | "they" | "we" | "the" | "a" | "an")
                || word_class(w).is_some()))
            || w == ".";
        if !namelike {
            return false;
        }
    }
    false
}

/// Is the boundary before token `b` inside a quotation?
fn inside_quote(owner: &[u32], b: usize) -> bool {
    owner[b - 1] != marks::NONE && owner[b - 1] == owner[b]
}

/// Is the boundary before token `b` right after a title abbreviation ("Mr. Obama")?
fn after_title(text: &str, tokens: &[crate::text::token::Token], lo: usize, b: usize) -> bool {
    use crate::text::token::Token;
    if b < lo + 2 || &text[tokens[b - 1].span] != "." {
        return false;
    }
    let t = &tokens[b - 2];
    t.has(Token::CAP)
        && text[t.span].len() <= 3
        && !t.has(Token::UPPER)
        && tokens[b].has(Token::CAP)
        && !tokens[b].has(Token::NEWLINE_BEFORE)
}

/// Add sentence ends the sentence layer may have missed around quotations:
/// `said. "Next` and `done." Next`, never inside a quotation. Keeps `bounds` sorted.
fn extra_bounds(
    text: &str,
    tokens: &[crate::text::token::Token],
    owner: &[u32],
    mqs: &[marks::MarkQuote],
    cues: &cues::Cues,
    lo: usize,
    bounds: &mut Vec<usize>,
) {
    use crate::text::token::{Token, TokenKind};
    let hi = *bounds.last().unwrap_or(&lo);
    let mut add: Vec<usize> = Vec::new();
    let end = hi.saturating_sub(1).max(lo + 1);
    let mut from = lo + 1;
    while from < end {
        // Jump to the next punctuation mark or quoted token: others are
        // neither a terminal mark nor a closing quotation mark.
        let Some(d) = tokens[from..end]
            .iter()
            .zip(&owner[from..end])
            .position(|(t, &o)| o != marks::NONE || t.kind == TokenKind::Punct)
        else {
            break;
        };
        let k = from + d;
        from = k + 1;
        let next = &tokens[k + 1];
        if !next.has(Token::SPACE_BEFORE) {
            continue;
        }
        let terminal =
            tokens[k].kind == TokenKind::Punct && matches!(&text[tokens[k].span], "." | "!" | "?");
        let next_opens_quote = owner[k + 1] != marks::NONE
            && mqs[owner[k + 1] as usize]
                .pieces
                .iter()
                .any(|p| p.first_tok == k + 1);
        let next_cap = next.kind == TokenKind::Word && next.has(Token::CAP);
        if terminal && owner[k] == marks::NONE {
            // Not after an abbreviation ("Mr.", "H.").
            let prev = &tokens[k - 1];
            let abbrev = prev.kind == TokenKind::Word
                && prev.has(Token::CAP)
                && text[prev.span].len() <= 3
                && !prev.has(Token::UPPER);
            if !abbrev && (next_opens_quote || next_cap) {
                add.push(k + 1);
            }
        } else if owner[k] != marks::NONE
            && owner[k + 1] != owner[k]
            && (next_opens_quote || next_cap)
        {
            // A closing mark after terminal punctuation: `… done." Next`.
            let q = &mqs[owner[k] as usize];
            let closes = q.pieces.iter().any(|p| p.last_tok == k);
            let inner_end = tokens[k - 1].kind == TokenKind::Punct
                && matches!(&text[tokens[k - 1].span], "." | "!" | "?");
            if closes && inner_end && !question_then_cue(text, tokens, owner, cues, k + 1, hi) {
                add.push(k + 1);
            }
        }
    }
    if !add.is_empty() {
        bounds.extend(add);
        bounds.sort_unstable();
        bounds.dedup();
    }
}
