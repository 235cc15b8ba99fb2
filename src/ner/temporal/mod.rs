//! Value expressions: DATE, TIME, MONEY, PERCENT, with normalised values.
//!
//! Reads: the text, `tokens`, `date`. Writes: candidate entities (merged by the entity pass).
//!
//! One pass over the tokens classifies each word once and lists the tokens
//! that may start a value; then one left-to-right scan over those: at each,
//! the rules that can start there are tried (each looks at most a few tokens
//! ahead, and at most 12 tokens back for tense); the first that matches emits
//! an entity and the scan resumes after it, so the output is sorted and never
//! overlaps. Besides those two lists, no allocation happens except for the
//! `value` of an emitted entity.
//!
//! # Spans (OntoNotes / spaCy conventions)
//! - Prepositions stay outside ("on Thursday" → `Thursday`); approximators stay
//!   outside too ("about $5 million" → `$5 million`).
//! - Relative and modifier words are inside: `last week`, `early January`,
//!   `earlier this year`, `the past two weeks`, `the 1990s`, `the 20th century`,
//!   `the end of the year`, `two years ago`.
//! - A weekday that heads a full date is one span: `Friday, July 21, 2017`;
//!   so is `Tuesday next week`. Day ranges are one span: `June 12-15`.
//! - Parts of periods: `the third quarter of 2024`, `Q3 2024`, `the summer of
//!   2021`, `the year before` (closing a clause); "the first half" alone is
//!   not tagged (a match half), "the first quarter" is.
//! - No value expression runs across a line break (headlines, datelines).
//! - Durations and periods are DATE without a value: `three years`, `a decade`,
//!   `two-year`, `45-year-old`, `years` in "for years"; those shorter than a
//!   day are TIME (`24 hours`).
//! - TIME: clock times (`9 a.m.`, `10:30 pm`, `15:11 GMT`, `1350 GMT`,
//!   `6:15 p.m. local time`; a bare `22:30` only after at, by, until, from, …
//!   since "3:51" is as often a race time), `noon`,
//!   `midnight`, `tonight`, and a day with a part of it (`Tuesday morning`,
//!   `last night`, `yesterday afternoon`): OntoNotes tags these as one TIME.
//!   "late on Wednesday" gives DATE `Wednesday`.
//! - MONEY: `$1.2bn`, `US$3`, `£5 million`, `€20`, `5 euros`, `10 cents`, `50p`,
//!   `USD 5 million`, `a billion dollars`; "pounds" only with a scale or
//!   "sterling" (`8 pounds` is a weight). PERCENT: `5%`, `5 per cent`,
//!   `5 percent`, `5.5 percentage points`, `five percent`.
//! - Not tagged: rates ("once a year", "300 trucks a day"), "the last minute",
//!   "a second term", months that are names or verbs ("April Jones", "May the
//!   best team win": "May" and "March" need a preposition before them).
//!
//! # Values
//! DATE values are `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, or an ISO week `YYYY-Www`
//! ("this week"); TIME values are `HH:MM` for clock times, or the day
//! (`YYYY-MM-DD`) for a part of a known day ("Tuesday night"). A value is
//! given only when it can be known; relative expressions need the publication
//! date (`Analysis::date`) and get no value without it. Decades, centuries,
//! seasons, weekends and durations get no value.
//!
//! # Conventions for relative expressions (publication date P)
//! - `today` = P, `yesterday` = P − 1 day, `tomorrow` = P + 1 day, `tonight`
//!   and `this morning` = P, `last night` = P − 1 day.
//! - A bare weekday is the most recent such day on or before P ("Thursday" in
//!   an article of Thursday 2025-11-20 is 2025-11-20, "Wednesday" is
//!   2025-11-19) — unless a future marker (will, shall, would, 'll, due,
//!   scheduled, expected, set, plans, going, upcoming, next) comes before it in the
//!   same sentence with no past-tense verb in between: then it is the first
//!   such day on or after P. `last Tuesday` is strictly before P, `next
//!   Tuesday` and `coming Tuesday` strictly after, `this Tuesday` the Tuesday
//!   of P's ISO week (Monday to Sunday).
//! - A bare month name is the most recent such month not after P's month ("in
//!   January", in November 2025, is 2025-01; "in December" is 2024-12), or,
//!   after a future marker, the first such month not before P's month.
//!   `last January` is strictly before P's month, `next January` strictly
//!   after, `this January` in P's year. `early`/`mid`/`late` keep the month's value.
//! - A month and day without a year ("Nov. 20") are the most recent such date
//!   on or before P, unless the next one is nearer and at most 61 days ahead
//!   ("the hearing is on Dec. 3", in November), or a future marker comes before
//!   it: then the first such date on or after P. After "would" alone (reported
//!   speech: "said it would vote on Oct. 15", in a story of November) it is the
//!   nearer of the two, so a date just past stays in P's year.
//! - Present-tense verbs of a schedule (convenes, begins, starts, opens,
//!   resumes, expires, returns, meets, expects) are future markers: "the
//!   legislature convenes in early January", in November, is the next
//!   January; so are their plain forms (return, meet, expect, convene,
//!   reconvene, resume: "lawmakers return in early January") unless "to",
//!   "did" or "not" comes right before ("did not return in January").
//! - A plan stated in the past ("was scheduled for Oct. 15", "originally set
//!   for Oct. 15": set, scheduled, expected, planned or due after was, were,
//!   been, originally, initially, previously) is read like "would": the
//!   nearer of the two dates, so a day just past stays in P's year.
//! - `this/last/next week|month|year` are P's ISO week / month / year, and the
//!   one before / after. `N days/months/years ago` are counted back from P.
//! - A bare four-digit number is a year (value `YYYY`) only in a date-ish
//!   context: after a preposition such as in, since, by, until, before, after,
//!   during, between (1000–2100); or, for 1900–2099, after a determiner ("the
//!   2016 election") or when followed by punctuation, the end of the text or a
//!   function word. Never after a currency sign, before a unit, or in a score.

mod calendar;
mod words;

/// A word before a date that points it forward.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Marker {
    None,
    /// "would": reported speech, about the future of a past moment.
    Would,
    /// will, due, scheduled, next, present-tense schedule verbs (convenes, begins).
    Future,
}

use crate::analysis::{Analysis, Date, Entity, Label};
use crate::rule::{Rule, RuleInfo};
use crate::text::token::{Token, TokenKind};
use calendar::{Dir, Val};
use words::{amount, classify, day_num, int, looks_past, num_word, year_num, Rel, Unit, W};

/// The rules of the value-expression pass (the entity pass chains them into `ner::RULES`).
pub(crate) const RULES: &[RuleInfo] = &[
    RuleInfo {
        rule: Rule("date/iso"),
        what: "an ISO date YYYY-MM-DD",
        example: "The law took effect on 2024-03-01.",
    },
    RuleInfo {
        rule: Rule("date/numeric"),
        what: "a numeric date M/D/YYYY (D/M/YYYY when the first number exceeds 12)",
        example: "The form was signed on 3/14/2023.",
    },
    RuleInfo {
        rule: Rule("date/month-day"),
        what: "month and day, with optional weekday before and year after",
        example: "The vote is set for Tuesday, March 4, 2025.",
    },
    RuleInfo {
        rule: Rule("date/day-month"),
        what: "day and month, with optional year after",
        example: "The treaty was signed on 14 June 1998.",
    },
    RuleInfo {
        rule: Rule("date/month-year"),
        what: "a month and a year",
        example: "The plant closed in October 2019.",
    },
    RuleInfo {
        rule: Rule("date/month"),
        what: "a bare month name (with early/mid/late), placed relative to the publication date",
        example: "date 2025-11-20 Prices rose in February.",
    },
    RuleInfo {
        rule: Rule("date/weekday"),
        what: "a weekday, placed relative to the publication date and tense",
        example: "date 2025-11-20 The minister resigned on Monday.",
    },
    RuleInfo {
        rule: Rule("date/relative-day"),
        what: "today, yesterday, tomorrow",
        example: "date 2025-11-20 The court ruled yesterday.",
    },
    RuleInfo {
        rule: Rule("date/relative"),
        what:
            "this/last/next with a unit, weekday, month or season (earlier this year, the weekend)",
        example: "date 2025-11-20 Sales fell last month.",
    },
    RuleInfo {
        rule: Rule("date/ago"),
        what: "a count of units before the publication date",
        example: "date 2025-11-20 The bridge opened three years ago.",
    },
    RuleInfo {
        rule: Rule("date/duration"),
        what: "a period: a count of units (three years, the past two weeks, a decade, two-year)",
        example: "The talks lasted three weeks.",
    },
    RuleInfo {
        rule: Rule("date/year"),
        what: "a four-digit year in a date context, or a year range",
        example: "The company was founded in 1987.",
    },
    RuleInfo {
        rule: Rule("date/decade"),
        what: "a decade (the 1990s, the '80s, the sixties)",
        example: "The song was a hit in the 1970s.",
    },
    RuleInfo {
        rule: Rule("date/century"),
        what: "a century (the 20th century)",
        example: "The church dates from the 12th century.",
    },
    RuleInfo {
        rule: Rule("date/part-of"),
        what: "part of a period: the end of the year, the third quarter of 2024, Q3, the summer of 2021",
        example: "date 2025-11-20 The fund runs out by the end of the year.",
    },
    RuleInfo {
        rule: Rule("date/clock"),
        what: "a clock time (9 a.m., 10:30 pm, 22:30, 15:11 GMT)",
        example: "The polls close at 8 p.m. on the day.",
    },
    RuleInfo {
        rule: Rule("date/noon"),
        what: "noon, midday, midnight",
        example: "The deadline passed at midnight.",
    },
    RuleInfo {
        rule: Rule("date/day-part"),
        what: "a day with a part of it (Tuesday morning, last night, tonight)",
        example: "date 2025-11-20 The storm hit late last night.",
    },
    RuleInfo {
        rule: Rule("date/money-symbol"),
        what: "an amount after a currency sign ($1.2bn, US$3, £5 million, €20)",
        example: "The deal is worth $1.2bn.",
    },
    RuleInfo {
        rule: Rule("date/money-word"),
        what: "an amount before a currency name or code (5 euros, 10 cents, 50p)",
        example: "A ticket costs 12 euros.",
    },
    RuleInfo {
        rule: Rule("date/money-code"),
        what: "an amount after a currency code (USD 5 million)",
        example: "The bonds raised USD 500 million.",
    },
    RuleInfo {
        rule: Rule("date/percent"),
        what: "a percentage (5%, 5 per cent, 5 percent, 5.5 percentage points)",
        example: "Unemployment fell to 4.2 per cent.",
    },
];

/// Build the pass's word table now (else the first document builds it).
pub(crate) fn load_words() {
    words::load();
}

/// Find DATE, TIME, MONEY and PERCENT expressions in `doc`: sorted by start, never overlapping.
pub(crate) fn find(doc: &Analysis<'_>) -> Vec<Entity> {
    // One pass over the tokens: each word is classified once (the rules then
    // read the classes by index), and the tokens that may start a value are
    // listed; most tokens are neither.
    let bytes = doc.text.as_bytes();
    let table = words::table();
    let mut classes: Vec<W> = Vec::with_capacity(doc.tokens.len());
    let mut starts: Vec<usize> = Vec::with_capacity(doc.tokens.len() / 4);
    for (i, t) in doc.tokens.iter().enumerate() {
        let w = words::classify_token(table, bytes, t);
        if may_start(bytes, t, w) {
            starts.push(i);
        }
        classes.push(w);
    }
    let scan = Scan {
        text: doc.text,
        toks: &doc.tokens,
        classes: &classes,
        pub_date: doc.date,
    };
    let mut out = Vec::with_capacity(starts.len() / 8);
    // The end of the last value: the next one starts at or after it.
    let mut floor = 0;
    for &i in &starts {
        if i < floor {
            continue;
        }
        match scan.at(i, floor) {
            // A value expression never runs across a line break.
            Some(m)
                if m.end > i
                    && m.start >= floor
                    && m.start <= i
                    && !(m.start + 1..m.end).any(|k| scan.has(k, Token::NEWLINE_BEFORE)) =>
            {
                let (a, b) = (scan.toks[m.start].span.start, scan.toks[m.end - 1].span.end);
                out.push(Entity {
                    span: crate::span::Span::new(a, b),
                    label: m.label,
                    value: m.val.render(),
                    rule: Rule(m.rule),
                });
                floor = m.end;
            }
            _ => {}
        }
    }
    out
}

/// A match: tokens `start..end`.
#[derive(Clone, Copy, Debug)]
struct M {
    start: usize,
    end: usize,
    label: Label,
    val: Val,
    rule: &'static str,
}

impl M {
    fn new(start: usize, end: usize, label: Label, val: Val, rule: &'static str) -> M {
        M {
            start,
            end,
            label,
            val,
            rule,
        }
    }
    fn date(start: usize, end: usize, val: Val, rule: &'static str) -> M {
        M::new(start, end, Label::Date, val, rule)
    }
    fn starting(self, start: usize) -> M {
        M { start, ..self }
    }
}

struct Scan<'a> {
    text: &'a str,
    toks: &'a [Token],
    classes: &'a [W],
    pub_date: Option<Date>,
}

/// Scale suffixes glued to an amount ("1.2bn", "5m").
fn scale_suffix(s: &str) -> bool {
    [
        "", "bn", "b", "m", "mn", "k", "tn", "million", "billion", "trillion",
    ]
    .iter()
    .any(|x| s.eq_ignore_ascii_case(x))
}

/// Words after a bare year that keep it a year ("2016 was", "in 2016 and").
fn follows_year(s: &str) -> bool {
    matches!(
        s,
        "and"
            | "or"
            | "but"
            | "was"
            | "were"
            | "is"
            | "are"
            | "had"
            | "has"
            | "have"
            | "saw"
            | "when"
            | "while"
            | "as"
            | "with"
            | "to"
            | "after"
            | "before"
            | "until"
            | "through"
            | "from"
            | "in"
            | "on"
            | "at"
            | "by"
            | "that"
            | "which"
            | "where"
            | "will"
            | "would"
            | "alone"
            | "onwards"
            | "onward"
            | "compared"
            | "because"
            | "so"
            | "than"
            | "brought"
            | "marked"
            | "the"
            | "a"
            | "an"
            | "it"
            | "he"
            | "she"
            | "they"
            | "we"
            | "there"
            | "his"
            | "her"
            | "its"
            | "their"
    )
}

fn is_det(s: &str) -> bool {
    matches!(
        s,
        "the"
            | "The"
            | "a"
            | "A"
            | "its"
            | "his"
            | "her"
            | "their"
            | "our"
            | "this"
            | "that"
            | "whose"
            | "last"
            | "next"
    )
}

impl<'a> Scan<'a> {
    // ---- token access -------------------------------------------------

    #[inline]
    fn s(&self, i: usize) -> &'a str {
        self.toks
            .get(i)
            .and_then(|t| self.text.get(t.span.start..t.span.end))
            .unwrap_or("")
    }

    /// The bytes of token `i` (empty past the end): for comparisons with
    /// literals, without the character-boundary checks of [`Scan::s`].
    #[inline]
    fn b(&self, i: usize) -> &'a [u8] {
        self.toks
            .get(i)
            .and_then(|t| self.text.as_bytes().get(t.span.start..t.span.end))
            .unwrap_or(&[])
    }

    #[inline]
    fn kind(&self, i: usize) -> Option<TokenKind> {
        self.toks.get(i).map(|t| t.kind)
    }

    #[inline]
    fn w(&self, i: usize) -> W {
        self.classes.get(i).copied().unwrap_or(W::None)
    }

    fn has(&self, i: usize, flag: u8) -> bool {
        self.toks.get(i).is_some_and(|t| t.has(flag))
    }

    fn tight(&self, i: usize) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| !t.has(Token::SPACE_BEFORE))
    }

    fn cap(&self, i: usize) -> bool {
        self.has(i, Token::CAP)
    }

    fn punct(&self, i: usize, p: &str) -> bool {
        self.kind(i) == Some(TokenKind::Punct) && self.b(i) == p.as_bytes()
    }

    fn num(&self, i: usize) -> Option<&'a str> {
        (self.kind(i) == Some(TokenKind::Number)).then(|| self.s(i))
    }

    /// The word before `i` on the same line, classified.
    fn prev_w(&self, i: usize) -> W {
        if i == 0 || self.has(i, Token::NEWLINE_BEFORE) {
            W::None
        } else {
            self.w(i - 1)
        }
    }

    /// True when a future marker comes before `i` in its sentence (at most 12 tokens back),
    /// with no past-tense verb nearer.
    fn future(&self, i: usize) -> bool {
        self.marker(i) != Marker::None
    }

    /// The future marker before `i` in its sentence (see [`Ctx::future`]).
    fn marker(&self, i: usize) -> Marker {
        let lo = i.saturating_sub(12);
        let mut k = i;
        while k > lo {
            if self.has(k, Token::NEWLINE_BEFORE) {
                break;
            }
            k -= 1;
            match self.kind(k) {
                Some(TokenKind::Punct) => {
                    if matches!(self.b(k), b"." | b"!" | b"?" | b";") {
                        break;
                    }
                }
                Some(TokenKind::Word) => {
                    match self.w(k) {
                        W::Future if self.b(k) == b"would" => return Marker::Would,
                        // "originally set for", "was scheduled for": a plan
                        // made in the past, about a day before or after P.
                        W::Future
                            if matches!(
                                self.b(k),
                                b"set" | b"scheduled" | b"expected" | b"planned" | b"due"
                            ) && k > 0
                                && matches!(
                                    self.b(k - 1),
                                    b"was"
                                        | b"were"
                                        | b"been"
                                        | b"originally"
                                        | b"initially"
                                        | b"previously"
                                ) =>
                        {
                            return Marker::Would
                        }
                        W::Future | W::Rel(Rel::Next | Rel::Coming) => return Marker::Future,
                        W::FutureBase
                            if !(k > 0
                                && matches!(
                                    self.b(k - 1),
                                    b"to"
                                        | b"did"
                                        | b"not"
                                        | b"never"
                                        | b"didn't"
                                        | b"didn\xe2\x80\x99t"
                                )) =>
                        {
                            return Marker::Future
                        }
                        W::Past => return Marker::None,
                        _ => {}
                    }
                    let s = self.b(k);
                    if s.ends_with(b"'ll") || s.ends_with("’ll".as_bytes()) {
                        return Marker::Future;
                    }
                    // A past participle after "be" is passive, not past: "will be held".
                    if looks_past(s)
                        && !(k > 0 && matches!(self.b(k - 1), b"be" | b"been" | b"being"))
                    {
                        return Marker::None;
                    }
                }
                _ => {}
            }
        }
        Marker::None
    }

    fn bare_dir(&self, i: usize) -> Dir {
        if self.future(i) {
            Dir::OnOrAfter
        } else {
            Dir::OnOrBefore
        }
    }

    // ---- dispatch -----------------------------------------------------

    fn at(&self, i: usize, floor: usize) -> Option<M> {
        match self.kind(i)? {
            TokenKind::Punct => match self.s(i) {
                "$" | "£" | "€" | "¥" => self.money_symbol(i, floor),
                "'" | "’" => self.decade(i),
                _ => None,
            },
            TokenKind::Number => self.number(i),
            TokenKind::Possessive => None,
            TokenKind::Word => match self.w(i) {
                W::Month(m) => self.month(i, m, false),
                W::MonthAbbr(m) => self.month(i, m, true),
                W::Weekday(d) => self.weekday(i, d),
                W::Weekdays if self.cap(i) => Some(M::date(i, i + 1, Val::None, "date/weekday")),
                // "for years", "within weeks", "in decades": a bare plural period.
                W::Unit(u, true)
                    if u != Unit::Second
                        && i > 0
                        && !self.has(i, Token::NEWLINE_BEFORE)
                        && ["for", "within", "over", "in", "after"]
                            .iter()
                            .any(|p| self.s(i - 1).eq_ignore_ascii_case(p)) =>
                {
                    let label = u.label();
                    Some(M::new(i, i + 1, label, Val::None, "date/duration"))
                }
                W::Today | W::Yesterday | W::Tomorrow | W::Tonight => self.relative_day(i),
                W::Rel(r) => self.relative(i, r),
                W::The => self.the(i),
                W::Edge => self.edge(i),
                W::Shift => self.shift(i),
                W::Num(_) | W::Quant | W::Article | W::Half => self.word_amount(i),
                W::Noon => Some(M::new(
                    i,
                    i + 1,
                    Label::Time,
                    Val::Clock(12, 0),
                    "date/noon",
                )),
                W::Midnight => Some(M::new(i, i + 1, Label::Time, Val::Clock(0, 0), "date/noon")),
                W::Code if self.has(i, Token::UPPER) => self.money_code(i),
                _ if is_quarter_code(self.s(i).as_bytes()) => {
                    // "Q3", "Q3 2024"
                    match self.num(i + 1).and_then(year_num) {
                        Some(y) => Some(M::date(i, i + 2, Val::Year(y), "date/part-of")),
                        None if self.s(i).starts_with('Q') => {
                            Some(M::date(i, i + 1, Val::None, "date/part-of"))
                        }
                        None => None,
                    }
                }
                _ if self.has(i, Token::HYPHEN) => self.compound(i).or_else(|| self.counted(i, i)),
                _ => None,
            },
        }
    }

    // ---- calendar dates -----------------------------------------------

    /// A month name at `i`: month-day(-year), month-year, or a bare month.
    fn month(&self, i: usize, m: u32, abbr: bool) -> Option<M> {
        if !self.cap(i) {
            return None;
        }
        if let Some(x) = self.month_day(i, m) {
            return Some(x);
        }
        let j = self.after_abbr_dot(i);
        if let Some(y) = self.num(j).and_then(year_num) {
            return Some(M::date(i, j + 1, Val::Month(y, m), "date/month-year"));
        }
        if abbr {
            return None;
        }
        self.bare_month(i, m)
    }

    /// The token after a month at `i`, past a glued abbreviation dot ("Nov.").
    fn after_abbr_dot(&self, i: usize) -> usize {
        if self.punct(i + 1, ".")
            && self.tight(i + 1)
            && self.kind(i + 2) == Some(TokenKind::Number)
        {
            i + 2
        } else {
            i + 1
        }
    }

    /// "Nov. 20", "November 20, 2025", "March 9 2014".
    fn month_day(&self, i: usize, m: u32) -> Option<M> {
        let j = self.after_abbr_dot(i);
        let s = self.num(j)?;
        // A range of days: "August 16-18".
        if let Some((a, b)) = s.split_once('-') {
            let (a, b) = (day_num(a)?, day_num(b)?);
            return (a < b).then(|| M::date(i, j + 1, Val::None, "date/month-day"));
        }
        let d = day_num(s)?;
        let (val, end) = self.year_after(j + 1, m, d, i)?;
        Some(M::date(i, end, val, "date/month-day"))
    }

    /// An optional ", YYYY" after a month and day at `k`; checks the date exists.
    fn year_after(&self, k: usize, m: u32, d: u32, at: usize) -> Option<(Val, usize)> {
        let kk = if self.punct(k, ",") { k + 1 } else { k };
        if let Some(y) = self.num(kk).and_then(year_num) {
            return Some((Val::Day(Date::new(y, m, d)?), kk + 1));
        }
        if d > crate::analysis::days_in_month(2024, m) {
            return None;
        }
        let val = self
            .pub_date
            .and_then(|p| match self.marker(at) {
                // Reported speech ("said it would vote on Oct. 15"): the
                // nearer of the two, before or after P.
                Marker::Would => calendar::nearest_month_day(p, m, d),
                Marker::Future => calendar::month_day_year(p, m, d, true),
                Marker::None => calendar::month_day_year(p, m, d, false),
            })
            .map_or(Val::None, Val::Day);
        Some((val, k))
    }

    /// "14 June 1998", "21st of July", "14 June".
    fn day_month(&self, i: usize) -> Option<M> {
        // The month first: it rules out most numbers before the day is parsed.
        let j = if self.w(i + 1) == W::Of { i + 2 } else { i + 1 };
        let m = match self.w(j) {
            W::Month(m) | W::MonthAbbr(m) if self.cap(j) => m,
            _ => return None,
        };
        let d = self.num(i).and_then(day_num)?;
        let k = if self.punct(j + 1, ".") && self.tight(j + 1) {
            j + 2
        } else {
            j + 1
        };
        if let Some(y) = self.num(k).and_then(year_num) {
            return Some(M::date(
                i,
                k + 1,
                Val::Day(Date::new(y, m, d)?),
                "date/day-month",
            ));
        }
        let (val, _) = self.year_after(usize::MAX, m, d, i)?;
        Some(M::date(i, j + 1, val, "date/day-month"))
    }

    fn bare_month(&self, i: usize, m: u32) -> Option<M> {
        if self.has(i, Token::UPPER) {
            return None;
        }
        let prev = self.prev_w(i);
        // "April Ryan", "March Madness": a capitalised word after makes it a name.
        if self.kind(i + 1) == Some(TokenKind::Word)
            && self.cap(i + 1)
            && !matches!(self.w(i + 1), W::Month(_) | W::Weekday(_))
        {
            return None;
        }
        let prep = matches!(prev, W::YearPrep | W::WeakPrep | W::Edge | W::Of | W::Part)
            || (prev == W::And && i >= 2 && matches!(self.w(i - 2), W::Month(_)));
        // "May" and "March" are also a verb and a noun: they need a preposition.
        if (m == 3 || m == 5) && !prep {
            return None;
        }
        let val = self.pub_date.map_or(Val::None, |p| {
            Val::Month(calendar::month_year(p, m, self.bare_dir(i)), m)
        });
        Some(M::date(i, i + 1, val, "date/month"))
    }

    fn weekday(&self, i: usize, wd: u32) -> Option<M> {
        if !self.cap(i) {
            return None;
        }
        // A full date after the weekday: "Friday, July 21, 2017", "Friday 21 July 2017".
        let j = if self.punct(i + 1, ",") { i + 2 } else { i + 1 };
        let full = match self.w(j) {
            W::Month(m) | W::MonthAbbr(m) if self.cap(j) => self.month_day(j, m),
            _ => self.day_month(j),
        };
        if let Some(x) = full {
            return Some(x.starting(i));
        }
        // "The Sunday Times": a capitalised word after "the" makes it a name.
        if matches!(self.prev_w(i), W::The)
            && self.kind(i + 1) == Some(TokenKind::Word)
            && self.cap(i + 1)
        {
            return None;
        }
        // "Tuesday next week", "Friday last week", "Monday this week".
        if let (W::Rel(r @ (Rel::This | Rel::Last | Rel::Next)), W::Unit(Unit::Week, false)) =
            (self.w(i + 1), self.w(i + 2))
        {
            let shift = match r {
                Rel::Last => -7,
                Rel::Next => 7,
                _ => 0,
            };
            let val = self.pub_date.map_or(Val::None, |p| {
                Val::Day(calendar::weekday(p, wd, Dir::Same).add_days(shift))
            });
            return Some(M::date(i, i + 3, val, "date/relative"));
        }
        let val = self.pub_date.map_or(Val::None, |p| {
            Val::Day(calendar::weekday(p, wd, self.bare_dir(i)))
        });
        Some(self.with_day_part(M::date(i, i + 1, val, "date/weekday")))
    }

    /// Extend a day to a TIME when a part of the day follows ("Tuesday morning").
    fn with_day_part(&self, m: M) -> M {
        if self.w(m.end) == W::DayPart {
            M::new(m.start, m.end + 1, Label::Time, m.val, "date/day-part")
        } else {
            m
        }
    }

    fn relative_day(&self, i: usize) -> Option<M> {
        // "USA Today": a capitalised word right before makes it a name.
        if self.cap(i) && i > 0 && !self.has(i, Token::NEWLINE_BEFORE) {
            let p = i - 1;
            if self.kind(p) == Some(TokenKind::Word)
                && self.cap(p)
                && !matches!(self.w(p), W::YearPrep | W::WeakPrep)
            {
                return None;
            }
        }
        let (off, tonight) = match self.w(i) {
            W::Yesterday => (-1, false),
            W::Tomorrow => (1, false),
            W::Tonight => (0, true),
            _ => (0, false),
        };
        let val = self
            .pub_date
            .map_or(Val::None, |p| Val::Day(p.add_days(off)));
        if tonight {
            return Some(M::new(i, i + 1, Label::Time, val, "date/day-part"));
        }
        Some(self.with_day_part(M::date(i, i + 1, val, "date/relative-day")))
    }

    /// this/last/next/past/coming/… at `i`.
    fn relative(&self, i: usize, r: Rel) -> Option<M> {
        let j = i + 1;
        let k: i64 = match r {
            Rel::Last | Rel::Previous => -1,
            Rel::Next | Rel::Following => 1,
            _ => 0,
        };
        let dir = match r {
            Rel::This => Dir::Same,
            Rel::Last | Rel::Past | Rel::Previous => Dir::Before,
            _ => Dir::After,
        };
        let valued = matches!(r, Rel::This | Rel::Last | Rel::Next);
        match self.w(j) {
            W::Unit(u, false) => {
                let label = u.label();
                if u == Unit::Day && !matches!(r, Rel::Next | Rel::Following | Rel::Previous) {
                    return None;
                }
                // "a second", "the last minute" (an idiom, not a time).
                if u == Unit::Second || (u == Unit::Minute && r != Rel::Past) {
                    return None;
                }
                let val = match (self.pub_date, u) {
                    (Some(p), Unit::Week) if valued => calendar::iso_week(p.add_days(7 * k)),
                    (Some(p), Unit::Month) if valued => calendar::shift_month(p, k as i32),
                    (Some(p), Unit::Year) if valued => Val::Year(p.year + k as i32),
                    _ => Val::None,
                };
                Some(M::new(i, j + 1, label, val, "date/relative"))
            }
            W::Unit(u, true) if r != Rel::This => {
                let label = u.label();
                Some(M::new(i, j + 1, label, Val::None, "date/duration"))
            }
            W::DayPart if matches!(r, Rel::This | Rel::Last) => {
                let night = matches!(self.s(j), "night" | "evening");
                let off = if r == Rel::Last && night { -1 } else { 0 };
                if r == Rel::Last && !night {
                    return None;
                }
                let val = self
                    .pub_date
                    .map_or(Val::None, |p| Val::Day(p.add_days(off)));
                Some(M::new(i, j + 1, Label::Time, val, "date/day-part"))
            }
            W::Weekday(wd) if self.cap(j) && r != Rel::Recent => {
                let val = self
                    .pub_date
                    .map_or(Val::None, |p| Val::Day(calendar::weekday(p, wd, dir)));
                Some(self.with_day_part(M::date(i, j + 1, val, "date/relative")))
            }
            W::Month(m) if self.cap(j) && valued => {
                if self.num(j + 1).is_some_and(|s| day_num(s).is_some()) {
                    return None;
                }
                let val = self.pub_date.map_or(Val::None, |p| {
                    Val::Month(calendar::month_year(p, m, dir), m)
                });
                Some(M::date(i, j + 1, val, "date/relative"))
            }
            W::Season if r != Rel::Recent => Some(M::date(i, j + 1, Val::None, "date/relative")),
            W::Rel(Rel::Past) if r == Rel::This => match self.w(j + 1) {
                W::Unit(u, false) if !u.is_clock() => {
                    Some(M::date(i, j + 2, Val::None, "date/relative"))
                }
                _ => None,
            },
            W::Num(_) | W::Quant | W::Article if r != Rel::This => self.counted(i, j),
            _ if r != Rel::This && self.num(j).is_some() => self.counted(i, j),
            _ => None,
        }
    }

    /// "earlier this year", "later this month".
    fn shift(&self, i: usize) -> Option<M> {
        match self.w(i + 1) {
            W::Rel(r @ (Rel::This | Rel::Last | Rel::Next)) => {
                let m = self.relative(i + 1, r)?;
                (m.label == Label::Date).then_some(m.starting(i))
            }
            W::Today | W::Yesterday | W::Tomorrow => {
                let m = self.relative_day(i + 1)?;
                Some(m.starting(i))
            }
            _ => None,
        }
    }

    /// "the …": decades, centuries, "the past two weeks", "the end of the year", "the weekend".
    fn the(&self, i: usize) -> Option<M> {
        let j = i + 1;
        match self.w(j) {
            W::Rel(r) if r != Rel::This => {
                let m = self.relative(j, r)?;
                // "the next week" counts from the story, not from the publication date.
                let val = if matches!(r, Rel::Last | Rel::Next) {
                    Val::None
                } else {
                    m.val
                };
                Some(M {
                    val,
                    ..m.starting(i)
                })
            }
            W::Edge => {
                let m = self.decade(j + 1).or_else(|| self.century(j + 1))?;
                Some(m.starting(i))
            }
            W::Part if self.w(j + 1) == W::Of => {
                let k = j + 2;
                let inner = match self.w(k) {
                    W::The => match self.w(k + 1) {
                        W::Unit(u, false) if !u.is_clock() && u != Unit::Day => {
                            let val = match (self.pub_date, u) {
                                (Some(p), Unit::Year) => Val::Year(p.year),
                                (Some(p), Unit::Month) => Val::Month(p.year, p.month),
                                (Some(p), Unit::Week) => calendar::iso_week(p),
                                _ => Val::None,
                            };
                            Some(M::date(k, k + 2, val, ""))
                        }
                        _ => None,
                    },
                    W::Rel(r @ (Rel::This | Rel::Last | Rel::Next)) => self.relative(k, r),
                    W::Month(m) | W::MonthAbbr(m) if self.cap(k) => {
                        self.month_day(k, m).or_else(|| {
                            let kk = self.after_abbr_dot(k);
                            if let Some(y) = self.num(kk).and_then(year_num) {
                                return Some(M::date(k, kk + 1, Val::Month(y, m), ""));
                            }
                            let val = self.pub_date.map_or(Val::None, |p| {
                                Val::Month(calendar::month_year(p, m, self.bare_dir(k)), m)
                            });
                            Some(M::date(k, k + 1, val, ""))
                        })
                    }
                    _ => self
                        .num(k)
                        .and_then(year_num)
                        .map(|y| M::date(k, k + 1, Val::Year(y), "")),
                }?;
                if inner.label != Label::Date {
                    return None;
                }
                Some(M::date(i, inner.end, inner.val, "date/part-of"))
            }
            W::Unit(Unit::Weekend, false) => Some(M::date(i, j + 1, Val::None, "date/relative")),
            // "the year before", "the day earlier" closing a clause.
            W::Unit(u, false)
                if !u.is_clock()
                    && matches!(self.s(j + 1), "before" | "earlier" | "later")
                    && matches!(self.kind(j + 2), None | Some(TokenKind::Punct)) =>
            {
                Some(M::date(i, j + 2, Val::None, "date/relative"))
            }
            // "the summer of 2024"
            W::Season if self.w(j + 1) == W::Of => {
                let y = self.num(j + 2).and_then(year_num)?;
                Some(M::date(i, j + 3, Val::Year(y), "date/part-of"))
            }
            // "the first quarter", "the second half of 2024", "the third quarter of this year";
            // not "the first half" alone.
            _ if matches!(self.w(j + 1), W::Unit(Unit::Quarter, false) | W::Half)
                && is_ordinal_part(self.s(j)) =>
            {
                let mut end = j + 2;
                let mut val = Val::None;
                if self.w(end) == W::Of {
                    if let Some(y) = self.num(end + 1).and_then(year_num) {
                        val = Val::Year(y);
                        end += 2;
                    } else if let W::Rel(r @ (Rel::This | Rel::Last | Rel::Next)) = self.w(end + 1)
                    {
                        if let Some(m) = self.relative(end + 1, r) {
                            if m.label == Label::Date
                                && self.w(end + 2) == W::Unit(Unit::Year, false)
                            {
                                val = m.val;
                                end = m.end;
                            }
                        }
                    }
                }
                // "the first half" alone is as often a match half: it needs "of <period>".
                if self.w(j + 1) == W::Half && end == j + 2 {
                    return None;
                }
                Some(M::date(i, end, val, "date/part-of"))
            }
            _ => self
                .decade(j)
                .or_else(|| self.century(j))
                .map(|m| m.starting(i)),
        }
    }

    /// "early January", "late 2024", "mid 1990s", "early next year".
    fn edge(&self, i: usize) -> Option<M> {
        let j = i + 1;
        match self.w(j) {
            W::Month(m) if self.cap(j) && !self.has(j, Token::UPPER) => {
                if let Some(y) = self.num(j + 1).and_then(year_num) {
                    return Some(M::date(i, j + 2, Val::Month(y, m), "date/month-year"));
                }
                if self.num(j + 1).is_some() {
                    return None;
                }
                let val = self.pub_date.map_or(Val::None, |p| {
                    Val::Month(calendar::month_year(p, m, self.bare_dir(i)), m)
                });
                Some(M::date(i, j + 1, val, "date/month"))
            }
            W::Rel(r @ (Rel::This | Rel::Last | Rel::Next)) => {
                let m = self.relative(j, r)?;
                (m.label == Label::Date).then_some(m.starting(i))
            }
            _ => {
                if let Some(y) = self.num(j).and_then(year_num) {
                    if self.year_ok(j) {
                        return Some(M::date(i, j + 1, Val::Year(y), "date/year"));
                    }
                }
                self.decade(j)
                    .or_else(|| self.century(j))
                    .map(|m| m.starting(i))
            }
        }
    }

    /// "1990s", "'90s", "90s" (the last only called after "the"/edge words), "sixties".
    fn decade(&self, i: usize) -> Option<M> {
        // (Words and numbers start with a letter or digit: only a punctuation
        // token is an apostrophe.)
        match self.kind(i)? {
            TokenKind::Punct => {
                if !matches!(self.b(i), b"'" | [0xE2, 0x80, 0x99]) {
                    return None;
                }
                let j = i + 1;
                let s = self.num(j)?;
                (self.tight(j) && is_decade(s, 2))
                    .then(|| M::date(i, j + 1, Val::None, "date/decade"))
            }
            TokenKind::Word => matches!(self.w(i), W::DecadeWord)
                .then(|| M::date(i, i + 1, Val::None, "date/decade")),
            TokenKind::Number => {
                let s = self.s(i);
                (is_decade(s, 4) || is_decade(s, 2))
                    .then(|| M::date(i, i + 1, Val::None, "date/decade"))
            }
            TokenKind::Possessive => None,
        }
    }

    /// "20th century", "nineteenth century", "20th-century".
    fn century(&self, i: usize) -> Option<M> {
        // The word "century" after: tested first, it rules out most tokens.
        if self.w(i + 1) != W::Unit(Unit::Century, false) {
            return None;
        }
        let ord = match self.kind(i)? {
            TokenKind::Number => {
                let s = self.s(i);
                let (n, suf) = amount(s)?;
                int(n).is_some_and(|n| (1..=21).contains(&n))
                    && ["st", "nd", "rd", "th"]
                        .iter()
                        .any(|x| suf.eq_ignore_ascii_case(x))
            }
            TokenKind::Word => matches!(self.w(i), W::Ordinal | W::Unit(Unit::Second, false)),
            _ => false,
        };
        ord.then(|| M::date(i, i + 2, Val::None, "date/century"))
    }

    // ---- numbers --------------------------------------------------------

    fn number(&self, i: usize) -> Option<M> {
        let s = self.s(i);
        if let Some(d) = iso_date(s) {
            return Some(M::date(i, i + 1, Val::Day(d), "date/iso"));
        }
        if let Some(m) = self.slash_date(i) {
            return Some(m);
        }
        if let Some(m) = self.clock(i) {
            return Some(m);
        }
        if let Some(m) = self.numeric_amount(i) {
            return Some(m);
        }
        if let Some(m) = self.day_month(i) {
            return Some(m);
        }
        if is_decade(s, 4) {
            return Some(M::date(i, i + 1, Val::None, "date/decade"));
        }
        if let Some(m) = self.century(i) {
            return Some(m);
        }
        if let Some(m) = self.counted(i, i) {
            return Some(m);
        }
        if self.has(i, Token::HYPHEN) {
            return self.compound(i);
        }
        let y = year_num(s)?;
        if !self.year_ok(i) {
            return None;
        }
        // "2014–2016": a range with a dash.
        if matches!(self.s(i + 1), "–" | "-" | "—")
            && self.tight(i + 1)
            && self.tight(i + 2)
            && self.num(i + 2).and_then(year_num).is_some_and(|z| z > y)
        {
            return Some(M::date(i, i + 3, Val::None, "date/year"));
        }
        Some(M::date(i, i + 1, Val::Year(y), "date/year"))
    }

    /// Is the four-digit number at `i` a year in its context?
    fn year_ok(&self, i: usize) -> bool {
        let Some(y) = self.num(i).and_then(year_num) else {
            // A year range token ("2016-17") is judged by its first year.
            return false;
        };
        self.year_context(i, y)
    }

    fn year_context(&self, i: usize, y: i32) -> bool {
        let same_line = i > 0 && !self.has(i, Token::NEWLINE_BEFORE);
        let prev = if same_line { self.s(i - 1) } else { "" };
        if matches!(prev, "$" | "£" | "€" | "¥" | "#" | "No" | "no" | "number")
            || (same_line && self.w(i - 1) == W::Code)
            || (same_line && self.kind(i - 1) == Some(TokenKind::Number))
        {
            return false;
        }
        let pw = self.prev_w(i);
        let strong = matches!(pw, W::YearPrep | W::Edge | W::Season | W::Of | W::Month(_))
            || (pw == W::And && i >= 2 && self.num(i - 2).and_then(year_num).is_some());
        let det = same_line && (is_det(prev) || self.kind(i - 1) == Some(TokenKind::Possessive));
        // "Room 1999", "Windows 2000": a capitalised word before makes it a name.
        if same_line
            && !strong
            && !det
            && pw != W::WeakPrep
            && self.kind(i - 1) == Some(TokenKind::Word)
            && self.cap(i - 1)
        {
            return false;
        }
        if !(1900..=2099).contains(&y) && !strong {
            return false;
        }
        let n = i + 1;
        match self.kind(n) {
            None | Some(TokenKind::Possessive) => true,
            Some(TokenKind::Number) => false,
            Some(TokenKind::Punct) => {
                let p = self.s(n);
                if matches!(p, "%" | ":") {
                    return false;
                }
                // "2,016" and "2.5" are numbers; so is "2016-3".
                !(matches!(p, "." | ",")
                    && self.tight(n)
                    && self.tight(n + 1)
                    && self.num(n + 1).is_some())
            }
            Some(TokenKind::Word) => {
                if self.has(n, Token::NEWLINE_BEFORE) {
                    return true;
                }
                if matches!(
                    self.w(n),
                    W::Scale | W::Currency(_) | W::Percent | W::Unit(..)
                ) {
                    return false;
                }
                // "in 2016 Trump won" / "the 2016 election" / "2016 was" / "by 2050
                // exceeded" — but not "a survey of 1709 schoolchildren".
                let news_era = (1900..=2099).contains(&y);
                if self.cap(n) {
                    strong || det
                } else {
                    det || follows_year(self.s(n)) || (strong && (pw != W::Of || news_era))
                }
            }
        }
    }

    /// "3/14/2023" (M/D/YYYY; D/M/YYYY when the first number exceeds 12).
    fn slash_date(&self, i: usize) -> Option<M> {
        if !(self.punct(i + 1, "/") && self.punct(i + 3, "/")) {
            return None;
        }
        if !(2..=4).all(|k| self.tight(i + k)) {
            return None;
        }
        let a = self.num(i).and_then(int)?;
        let b = self.num(i + 2).and_then(int)?;
        let y = self.num(i + 4).and_then(year_num)?;
        let (m, d) = if a > 12 { (b, a) } else { (a, b) };
        let date = Date::new(y, m, d)?;
        Some(M::date(i, i + 5, Val::Day(date), "date/numeric"))
    }

    /// "9 a.m.", "10:30 pm", "22:30", "9am", "10.30pm", "6 o'clock", "15:11 GMT".
    fn clock(&self, i: usize) -> Option<M> {
        let s = self.s(i);
        let (h, min, mut end, mut pm): (u32, u32, usize, Option<bool>);
        if self.punct(i + 1, ":") && self.tight(i + 1) && self.tight(i + 2) {
            h = int(s)?;
            let (mm, suf) = amount(self.num(i + 2)?)?;
            if mm.len() != 2 {
                return None;
            }
            min = int(mm)?;
            pm = ampm_suffix(suf)?;
            end = i + 3;
        } else if let Some((n, suf)) = amount(s) {
            let ap = ampm_suffix(suf)?;
            // A bare number is a time only with a.m./p.m., o'clock or a zone after
            // it (tested again below): most numbers stop here.
            if ap.is_none() && !matches!(self.w(i + 1), W::Zone | W::Ampm(_) | W::Oclock) {
                return None;
            }
            if let Some((a, b)) = n.split_once('.') {
                if b.len() != 2 || ap.is_none() {
                    return None;
                }
                h = int(a)?;
                min = int(b)?;
            } else if n.len() == 4
                && ap.is_none()
                && self.w(i + 1) == W::Zone
                && self.has(i + 1, Token::UPPER)
            {
                // Military style "1350 GMT".
                let hm = int(n)?;
                h = hm / 100;
                min = hm % 100;
            } else {
                h = int(n)?;
                min = 0;
            }
            pm = ap;
            end = i + 1;
            if pm.is_none() && self.w(end) != W::Zone {
                // A bare number is a time only with a.m./p.m. or o'clock after it.
                match self.w(end) {
                    W::Ampm(_) | W::Oclock => {}
                    _ => return None,
                }
            }
        } else {
            return None;
        }
        if min > 59 || h > 23 {
            return None;
        }
        if pm.is_none() {
            match self.w(end) {
                W::Ampm(p) => {
                    pm = Some(p);
                    end += 1;
                }
                W::Oclock => end += 1,
                _ => {}
            }
        }
        let h24 = match pm {
            Some(p) => {
                if !(1..=12).contains(&h) {
                    return None;
                }
                h % 12 + if p { 12 } else { 0 }
            }
            None => h,
        };
        if self.w(end) == W::Zone && self.has(end, Token::UPPER) {
            end += 1;
        } else if self.s(end) == "local" && self.s(end + 1) == "time" {
            end += 2;
        } else if pm.is_none() && end == i + 3 && !self.clock_context(i) {
            // A bare "1:16" is as often a race time or a ratio: only after "at", "by", …
            return None;
        }
        Some(M::new(
            i,
            end,
            Label::Time,
            Val::Clock(h24, min),
            "date/clock",
        ))
    }

    /// A preposition before `i` that introduces a clock time.
    fn clock_context(&self, i: usize) -> bool {
        if i == 0 || self.has(i, Token::NEWLINE_BEFORE) {
            return false;
        }
        let p = self.s(i - 1);
        [
            "at", "by", "until", "till", "from", "before", "after", "around", "about", "since",
            "to", "between", "and", "of", "past",
        ]
        .iter()
        .any(|w| p.eq_ignore_ascii_case(w))
    }

    /// An amount at `i` followed by a scale, currency or percent word: MONEY or PERCENT.
    fn numeric_amount(&self, i: usize) -> Option<M> {
        let s = self.s(i);
        let (n, suf) = amount_or_range(s)?;
        if suf.eq_ignore_ascii_case("p") && n.len() <= 3 && !n.contains('.') {
            return Some(M::new(i, i + 1, Label::Money, Val::None, "date/money-word"));
        }
        if !scale_suffix(suf) {
            return None;
        }
        let mut j = i + 1;
        if suf.is_empty() && self.w(j) == W::Scale {
            j += 1;
        }
        self.unit_after(i, j)
    }

    /// A currency or percent word at `j`, closing an amount that starts at `start`.
    fn unit_after(&self, start: usize, j: usize) -> Option<M> {
        let money = |end| {
            Some(M::new(
                start,
                end,
                Label::Money,
                Val::None,
                "date/money-word",
            ))
        };
        let pct = |end| {
            Some(M::new(
                start,
                end,
                Label::Percent,
                Val::None,
                "date/percent",
            ))
        };
        match self.w(j) {
            W::Currency(weight) => {
                let scaled = j > start + 1
                    || (self.kind(start) == Some(TokenKind::Number)
                        && self.s(start).bytes().any(|b| b.is_ascii_alphabetic()));
                if weight && !scaled && self.s(j + 1) != "sterling" {
                    return None;
                }
                let end = if self.s(j + 1) == "sterling" {
                    j + 2
                } else {
                    j + 1
                };
                money(end)
            }
            W::Code if self.has(j, Token::UPPER) => money(j + 1),
            W::Percent => pct(j + 1),
            W::Per if self.w(j + 1) == W::Cent => pct(j + 2),
            W::Percentage if self.w(j + 1) == W::Points => pct(j + 2),
            _ => {
                let s = self.s(j);
                if s == "US" && self.w(j + 1) == W::Currency(false) {
                    return money(j + 2);
                }
                match s {
                    "%" => pct(j + 1),
                    "€" | "£" if self.tight(j) => money(j + 1),
                    _ => None,
                }
            }
        }
    }

    /// "$1.2bn", "US$3", "£5 million", "€20".
    fn money_symbol(&self, i: usize, floor: usize) -> Option<M> {
        let j = i + 1;
        let (_, suf) = amount_or_range(self.num(j)?)?;
        if !scale_suffix(suf) {
            return None;
        }
        let mut end = j + 1;
        if suf.is_empty() && self.w(end) == W::Scale {
            end += 1;
        }
        let mut start = i;
        if i > floor && self.tight(i) && self.kind(i - 1) == Some(TokenKind::Word) {
            let p = self.s(i - 1);
            if p.len() <= 3 && p.bytes().all(|b| b.is_ascii_uppercase()) {
                start = i - 1;
            }
        }
        Some(M::new(
            start,
            end,
            Label::Money,
            Val::None,
            "date/money-symbol",
        ))
    }

    /// "USD 500 million".
    fn money_code(&self, i: usize) -> Option<M> {
        let j = i + 1;
        let (_, suf) = amount(self.num(j)?)?;
        if !scale_suffix(suf) {
            return None;
        }
        let end = if suf.is_empty() && self.w(j + 1) == W::Scale {
            j + 2
        } else {
            j + 1
        };
        Some(M::new(i, end, Label::Money, Val::None, "date/money-code"))
    }

    // ---- counts and durations ---------------------------------------------

    /// Word-led amounts: "five percent", "five million dollars", "three years", "a decade".
    fn word_amount(&self, i: usize) -> Option<M> {
        match self.w(i) {
            W::Article if self.w(i + 1) == W::Scale => self.unit_after(i, i + 2),
            W::Num(_) => {
                let j = if self.w(i + 1) == W::Scale {
                    i + 2
                } else {
                    i + 1
                };
                self.unit_after(i, j).or_else(|| self.counted(i, i))
            }
            W::Half => match self.w(i + 1) {
                W::Article => {
                    let label = match self.w(i + 2) {
                        W::Unit(u, false) if u != Unit::Second && u != Unit::Quarter => u.label(),
                        _ => return None,
                    };
                    Some(M::new(i, i + 3, label, Val::None, "date/duration"))
                }
                _ => None,
            },
            _ => self.counted(i, i),
        }
    }

    /// A count at `j` ("three", "30", "a", "a few", "several") and a unit, from `start`.
    fn counted(&self, start: usize, j: usize) -> Option<M> {
        let (n, k): (Option<u32>, usize) = match self.w(j) {
            // "twenty five years"
            W::Num(t) if (20..=90).contains(&t) && t % 10 == 0 => match self.w(j + 1) {
                W::Num(u) if u < 10 => (Some(t + u), j + 2),
                _ => (Some(t), j + 1),
            },
            W::Num(n) => (Some(n), j + 1),
            W::Quant => {
                let k = if self.s(j) == "couple" && self.w(j + 1) == W::Of {
                    j + 2
                } else {
                    j + 1
                };
                (None, k)
            }
            W::Article => {
                let (n, k) = match self.w(j + 1) {
                    W::Quant => {
                        let k = if self.s(j + 1) == "couple" && self.w(j + 2) == W::Of {
                            j + 3
                        } else {
                            j + 2
                        };
                        (None, k)
                    }
                    // "a hundred years", "a dozen years"
                    W::Num(n @ (12 | 100)) => (Some(n), j + 2),
                    _ => (Some(1), j + 1),
                };
                // No unit, no match: test that first, the rate look-back after.
                if !matches!(self.w(k), W::Unit(..)) || (start == j && self.is_rate(j)) {
                    return None;
                }
                (n, k)
            }
            // No unit after: no match (tested before the number is parsed).
            _ if !matches!(self.w(j + 1), W::Unit(..)) => return None,
            // "twenty-five years"
            W::None if self.kind(j) == Some(TokenKind::Word) => (Some(num_word(self.s(j))?), j + 1),
            _ => {
                let s = self.num(j)?;
                if let Some(n) = int(s) {
                    (Some(n), j + 1)
                } else {
                    let (_, suf) = amount(s)?;
                    if !suf.is_empty() {
                        return None;
                    }
                    (None, j + 1)
                }
            }
        };
        let (u, plural) = match self.w(k) {
            W::Unit(u, p) => (u, p),
            _ => return None,
        };
        // "one year", "a year"; "three years", "a few years", "1.5 years".
        if (n == Some(1)) == plural {
            return None;
        }
        if !plural && (u == Unit::Second || u == Unit::Quarter) {
            return None;
        }
        let label = u.label();
        let mut end = k + 1;
        // "a year and a half"
        if self.w(end) == W::And && self.w(end + 1) == W::Article && self.w(end + 2) == W::Half {
            end += 3;
        }
        match self.w(end) {
            W::Ago => {
                let val = match (self.pub_date, n) {
                    (Some(p), Some(n)) if end == k + 1 && n <= 5000 => match u {
                        Unit::Day => Val::Day(p.add_days(-i64::from(n))),
                        Unit::Week => calendar::iso_week(p.add_days(-7 * i64::from(n))),
                        Unit::Month => calendar::shift_month(p, -(n as i32)),
                        Unit::Year => Val::Year(p.year - n as i32),
                        _ => Val::None,
                    },
                    _ => Val::None,
                };
                return Some(M::new(start, end + 1, label, val, "date/ago"));
            }
            W::Shift | W::Old => end += 1,
            _ => {}
        }
        Some(M::new(start, end, label, Val::None, "date/duration"))
    }

    /// Is the article at `j` the "a" of a rate ("once a year", "$5 a day", "100 people a week")?
    /// Looks back at most 5 tokens, within the clause.
    fn is_rate(&self, j: usize) -> bool {
        let mut k = j;
        while k > 0 && j - k < 5 {
            if self.has(k, Token::NEWLINE_BEFORE) {
                return false;
            }
            k -= 1;
            match self.kind(k) {
                Some(TokenKind::Number) => return true,
                Some(TokenKind::Punct) => return false,
                _ => {}
            }
            match self.w(k) {
                W::Rate | W::Per | W::Scale | W::Unit(..) | W::Num(_) => return true,
                W::YearPrep | W::WeakPrep | W::Past | W::Future | W::FutureBase => return false,
                _ => {}
            }
            if looks_past(self.b(k)) {
                return false;
            }
        }
        false
    }

    /// Hyphenated words: "two-year", "11-year-old", "24-hour", "mid-January", "mid-2024",
    /// "mid-1990s", "20th-century", "2016-17".
    fn compound(&self, i: usize) -> Option<M> {
        let s = self.s(i);
        let mut parts = s.split(['-', '‐', '‑']);
        let first = parts.next()?;
        let second = parts.next()?;
        let third = parts.next();
        if parts.next().is_some() {
            return None;
        }
        if first.eq_ignore_ascii_case("mid") && third.is_none() {
            if let W::Month(m) = classify(second) {
                let val = self.pub_date.map_or(Val::None, |p| {
                    Val::Month(calendar::month_year(p, m, self.bare_dir(i)), m)
                });
                return Some(M::date(i, i + 1, val, "date/month"));
            }
            if let Some(y) = year_num(second) {
                return Some(M::date(i, i + 1, Val::Year(y), "date/year"));
            }
            if is_decade(second, 4) {
                return Some(M::date(i, i + 1, Val::None, "date/decade"));
            }
            return None;
        }
        // Year ranges: "2016-17", "2014-2016".
        if let Some(y) = year_num(first) {
            if third.is_none() && second.bytes().all(|b| b.is_ascii_digit()) {
                let z = match second.len() {
                    2 => int(second).map(|z| (y / 100 * 100) + z as i32),
                    4 => year_num(second),
                    _ => None,
                };
                if z.is_some_and(|z| z > y && z - y < 100) && self.year_context(i, y) {
                    return Some(M::date(i, i + 1, Val::None, "date/year"));
                }
            }
            return None;
        }
        // Centuries: "20th-century".
        if classify(second) == W::Unit(Unit::Century, false) && third.is_none() {
            let (n, suf) = amount(first).unwrap_or(("", ""));
            let ord = int(n).is_some()
                && ["st", "nd", "rd", "th"]
                    .iter()
                    .any(|x| suf.eq_ignore_ascii_case(x));
            if ord || classify(first) == W::Ordinal {
                return Some(M::date(i, i + 1, Val::None, "date/century"));
            }
            return None;
        }
        let count = int(first).is_some() || num_word(first).is_some();
        if !count {
            return None;
        }
        let u = match classify(second) {
            W::Unit(u, false) if u != Unit::Quarter => u,
            _ => return None,
        };
        if let Some(t) = third {
            if !matches!(classify(t), W::Old) {
                return None;
            }
        }
        let label = u.label();
        Some(M::new(i, i + 1, label, Val::None, "date/duration"))
    }
}

/// "Q1" … "Q4" (quarters) and "H1", "H2" (halves; only before a year).
fn is_quarter_code(s: &[u8]) -> bool {
    matches!(s, [b'Q', b'1'..=b'4'] | [b'H', b'1' | b'2'])
}

/// A cheap test that lets most tokens (unknown words, function words, commas)
/// skip the dispatch: a word goes to [`Scan::at`] only when its class `w` has
/// an arm there, or it is hyphenated, or it is a quarter code.
#[inline]
fn may_start(text: &[u8], t: &Token, w: W) -> bool {
    match t.kind {
        TokenKind::Word => {
            starts_value(w)
                || t.has(Token::HYPHEN)
                // (The capital flag first keeps most words off the slice.)
                || (t.has(Token::CAP)
                    && text
                        .get(t.span.start..t.span.end)
                        .is_some_and(is_quarter_code))
        }
        TokenKind::Number => true,
        TokenKind::Possessive => false,
        // The marks that open a value in [`Scan::at`]: "$", "£", "€", "¥",
        // "'" and "’".
        TokenKind::Punct => matches!(
            text.get(t.span.start..t.span.end),
            Some(
                b"$" | b"'"
                    | [0xC2, 0xA3] // £
                    | [0xE2, 0x82, 0xAC] // €
                    | [0xC2, 0xA5] // ¥
                    | [0xE2, 0x80, 0x99] // ’
            )
        ),
    }
}

/// Word classes that have an arm of their own in the dispatch of [`Scan::at`]:
/// any other word can start a value only as a hyphenated word or a quarter code.
fn starts_value(w: W) -> bool {
    matches!(
        w,
        W::Month(_)
            | W::MonthAbbr(_)
            | W::Weekday(_)
            | W::Weekdays
            | W::Unit(_, true)
            | W::Today
            | W::Yesterday
            | W::Tomorrow
            | W::Tonight
            | W::Rel(_)
            | W::The
            | W::Edge
            | W::Shift
            | W::Num(_)
            | W::Quant
            | W::Article
            | W::Half
            | W::Noon
            | W::Midnight
            | W::Code
    )
}

/// "first" … "fourth", "last": the ordinals of quarters and halves.
fn is_ordinal_part(s: &str) -> bool {
    ["first", "second", "third", "fourth", "final", "last"]
        .iter()
        .any(|w| s.eq_ignore_ascii_case(w))
}

/// "1990s" (`digits` = 4) or "90s" (`digits` = 2): a round number and an "s".
fn is_decade(s: &str, digits: usize) -> bool {
    let b = s.as_bytes();
    b.len() == digits + 1
        && b[digits] == b's'
        && b[digits - 1] == b'0'
        && b[..digits].iter().all(u8::is_ascii_digit)
        && (digits == 2 || year_num(&s[..4]).is_some())
}

/// An amount, or a range of two ("5-6", "5-6bn"): (first number, suffix of the last).
fn amount_or_range(s: &str) -> Option<(&str, &str)> {
    if let Some(x) = amount(s) {
        return Some(x);
    }
    let (a, b) = s.split_once('-')?;
    amount(a).filter(|x| x.1.is_empty())?;
    let (_, suf) = amount(b)?;
    Some((a, suf))
}

/// "am"/"pm" glued to a number: Some(Some(pm)); no suffix: Some(None); other letters: None.
fn ampm_suffix(suf: &str) -> Option<Option<bool>> {
    if suf.is_empty() {
        Some(None)
    } else if suf.eq_ignore_ascii_case("am") {
        Some(Some(false))
    } else if suf.eq_ignore_ascii_case("pm") {
        Some(Some(true))
    } else {
        None
    }
}

/// "2025-11-20" as one token.
fn iso_date(s: &str) -> Option<Date> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let y = year_num(&s[..4])?;
    Date::new(y, int(&s[5..7])?, int(&s[8..10])?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_example_fires_its_rule() {
        let ex = crate::Extractor::new();
        for info in RULES {
            let a = ex.run(info.example);
            let got = find(&a);
            assert!(
                got.iter().any(|e| e.rule == info.rule),
                "{}: example {:?} gave {:?}",
                info.rule,
                info.example,
                got
            );
        }
    }

    fn check(text: &str) {
        let a = crate::analyze(text);
        let got = find(&a);
        let mut last = 0;
        for e in &got {
            assert!(
                e.span.start >= last && e.span.start < e.span.end,
                "{text:?}: {e:?}"
            );
            assert!(text.is_char_boundary(e.span.start) && text.is_char_boundary(e.span.end));
            last = e.span.end;
        }
    }

    #[test]
    fn stress_inputs_stay_sorted_and_disjoint() {
        let pieces = [
            "$",
            "£5",
            "the ",
            "past ",
            "2016-",
            "2016 ",
            "Nov. ",
            "20, ",
            "'",
            "90s ",
            "a ",
            "year ",
            "and a half ",
            "ago ",
            "9:",
            "30pm ",
            "mid-",
            "% ",
            "per ",
            "cent ",
            "Thursday ",
            "will ",
            "é",
            "’",
            "\n",
            "the end of ",
            "early ",
            "last ",
            "US",
            "1/",
            "2/",
        ];
        for (k, p) in pieces.iter().enumerate() {
            check(&p.repeat(2000));
            let mixed: String = (0..3000)
                .map(|n| pieces[(n * 7 + k) % pieces.len()])
                .collect();
            check(&mixed);
        }
        check("");
        check("date 2025-11-20");
        check("date 2025-11-20 ");
    }

    #[test]
    fn arbitrary_text_never_panics() {
        fn prop(s: String) -> bool {
            check(&s);
            check(&format!(
                "date 2025-11-20 {s} on Thursday, Nov. 20, 2025 at 9 a.m. for $5m"
            ));
            true
        }
        quickcheck::QuickCheck::new()
            .tests(300)
            .quickcheck(prop as fn(String) -> bool);
    }

    #[test]
    fn rule_ids_are_unique_and_prefixed() {
        for (k, a) in RULES.iter().enumerate() {
            assert!(a.rule.id().starts_with("date/"), "{}", a.rule);
            assert!(!a.what.is_empty());
            assert!(
                RULES[k + 1..].iter().all(|b| b.rule != a.rule),
                "{}",
                a.rule
            );
        }
    }
}
