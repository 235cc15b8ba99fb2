//! The closed-class words of value expressions, and number parsing.
//!
//! Every lookup lower-cases at most 12 ASCII bytes into a stack buffer and
//! looks it up in a small hash table built once: no allocation per token.

use crate::analysis::Label;
use crate::lexicon::ascii_lower8;
use crate::text::token::{Token, TokenKind};
use once_cell::sync::Lazy;

/// A calendar or clock unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Weekend,
    Fortnight,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
    Millennium,
}

impl Unit {
    /// Units shorter than a day are TIME, the others DATE.
    pub(super) fn is_clock(self) -> bool {
        matches!(self, Unit::Second | Unit::Minute | Unit::Hour)
    }

    /// The label of a span of this unit: TIME for a unit shorter than a
    /// day, DATE for the others.
    pub(super) fn label(self) -> Label {
        if self.is_clock() {
            Label::Time
        } else {
            Label::Date
        }
    }
}

/// Relative words before a unit, weekday or month.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Rel {
    This,
    Last,
    Next,
    Past,
    Coming,
    Previous,
    Following,
    Recent,
}

/// What a word is, for this pass.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum W {
    None,
    /// A full month name, 1 to 12.
    Month(u32),
    /// A month abbreviation ("Nov", "Sept"), 1 to 12.
    MonthAbbr(u32),
    /// A weekday, 0 = Monday.
    Weekday(u32),
    /// A plural weekday ("Mondays").
    Weekdays,
    Today,
    Yesterday,
    Tomorrow,
    Tonight,
    /// morning, afternoon, evening, night.
    DayPart,
    /// A unit; `true` when plural.
    Unit(Unit, bool),
    /// summer, winter, spring, fall, autumn.
    Season,
    Rel(Rel),
    Ago,
    /// "earlier" / "later" (before "this year"; after "two days").
    Shift,
    /// early, late, mid.
    Edge,
    /// A number word ("three", "twelve", "dozen").
    Num(u32),
    /// several, few, couple, many.
    Quant,
    /// "a" / "an".
    Article,
    The,
    Half,
    /// A scale word: thousand, million, billion, trillion, bn, mn, tn.
    Scale,
    /// A currency name after an amount ("euros", "cents"); `true` when it also names a weight ("pounds").
    Currency(bool),
    /// An ISO currency code (USD, EUR); checked upper-case at use.
    Code,
    /// percent, pct.
    Percent,
    Per,
    Cent,
    Percentage,
    Points,
    Noon,
    Midnight,
    /// a.m., p.m., am, pm; `true` for p.m.
    Ampm(bool),
    /// A time zone (GMT, ET); checked upper-case at use.
    Zone,
    /// twenties … nineties.
    DecadeWord,
    /// An ordinal word for centuries ("nineteenth").
    Ordinal,
    /// end, beginning, start, middle, rest, turn, close.
    Part,
    Of,
    And,
    /// Prepositions that make a following four-digit number a year.
    YearPrep,
    /// Prepositions that also come before counts ("at 1600", "to 2000").
    WeakPrep,
    /// Words that mark a future reference before a bare weekday or month.
    Future,
    /// The plain form of a verb of a schedule ("lawmakers return in
    /// January", "officials expect"): a future marker unless "to", "did" or
    /// "not" stands before it ("did not return in January").
    FutureBase,
    /// Words that mark a past reference.
    Past,
    /// Words that make "a year", "a day" a rate, not a period ("once", "per").
    Rate,
    Old,
    Oclock,
}

/// Classify one token's text (case-insensitively): a bit-filter test, then
/// one hash probe; no allocation.
#[inline]
pub(super) fn classify(s: &str) -> W {
    classify_in(&TABLE, s)
}

/// [`classify`] of a token of `text` (its bytes); `W::None` when it is not a word.
///
/// The hot path of the pass, run on every token: it reads the token's bytes
/// straight from `text` (no `&str` slicing), tests the bit filter, and only
/// then builds the key, from one 16-byte window of the text when there is one
/// (see [`key_window`]).
#[inline]
pub(super) fn classify_token(t: &Table, text: &[u8], tok: &Token) -> W {
    if tok.kind != TokenKind::Word {
        return W::None;
    }
    let a = tok.span.start;
    let Some(word) = text.get(a..tok.span.end) else {
        return W::None;
    };
    let n = word.len();
    if n == 0 || n > 12 || !t.passes(filter_index_of(n, word[0], word[n - 1])) {
        return W::None;
    }
    let k = match text.get(a..a + 16) {
        Some(w) => key_window(w, n),
        None => key(word),
    };
    probe(t, k)
}

/// Build the table now, if not yet built (else the first document builds it).
pub(super) fn load() {
    Lazy::force(&TABLE);
}

/// The table of [`WORDS`], for [`classify_token`].
pub(super) fn table() -> &'static Table {
    &TABLE
}

#[inline]
fn classify_in(t: &Table, s: &str) -> W {
    let b = s.as_bytes();
    if b.is_empty() || b.len() > 12 {
        return W::None;
    }
    if !t.passes(filter_index(b)) {
        return W::None;
    }
    probe(t, key(b))
}

/// The hash probe behind [`classify`].
#[inline]
fn probe(t: &Table, k: u128) -> W {
    let mut i = slot(k);
    loop {
        let kk = t.keys[i];
        if kk == k {
            return t.vals[i];
        }
        if kk == 0 {
            return W::None;
        }
        i = (i + 1) & (SLOTS - 1);
    }
}

/// Length, first and last letter: the bit tested before any lookup.
fn filter_index(b: &[u8]) -> usize {
    filter_index_of(b.len(), b[0], b[b.len() - 1])
}

/// [`filter_index`] of a word of `len` bytes (1 to 12) from its first and last byte.
#[inline]
fn filter_index_of(len: usize, first: u8, last: u8) -> usize {
    ((len - 1) * 27 + usize::from(LETTER[usize::from(first)])) * 27
        + usize::from(LETTER[usize::from(last)])
}

/// A byte's letter number for the filter: 0 to 25 for a to z in either case, else 26.
static LETTER: [u8; 256] = {
    let mut t = [26u8; 256];
    let mut c = 0;
    while c < 26 {
        t[b'a' as usize + c] = c as u8;
        t[b'A' as usize + c] = c as u8;
        c += 1;
    }
    t
};

/// [`key`] of the first `len` bytes (1 to 12) of a 16-byte window: two loads
/// and two masks instead of a copy through a buffer.
#[inline]
fn key_window(w: &[u8], len: usize) -> u128 {
    let load = |r: std::ops::Range<usize>| {
        let mut x = [0u8; 8];
        x.copy_from_slice(&w[r]);
        u64::from_le_bytes(x)
    };
    // The low `bytes` bytes of a word (1 to 8 bytes).
    let mask = |bytes: usize| u64::MAX >> (8 * (8 - bytes));
    let lo = ascii_lower8(load(0..8) & mask(len.min(8)));
    let mut hi = len as u64;
    if len > 8 {
        hi |= ascii_lower8(load(8..16) & mask(len - 8)) << 8;
    }
    u128::from(lo) | u128::from(hi) << 64
}

/// The lower-cased bytes of a word of 1 to 12 bytes, packed with its length:
/// bytes 0..8 in the low half; the length, then bytes 8..12, in the high half.
fn key(b: &[u8]) -> u128 {
    let mut buf = [0u8; 16];
    let n = b.len().min(12);
    buf[..n].copy_from_slice(&b[..n]);
    let word = |r: std::ops::Range<usize>| {
        let mut w = [0u8; 8];
        w.copy_from_slice(&buf[r]);
        ascii_lower8(u64::from_le_bytes(w))
    };
    let lo = word(0..8);
    let hi = b.len() as u64 | word(8..16) << 8;
    u128::from(lo) | u128::from(hi) << 64
}

const SLOTS: usize = 1024;

fn slot(k: u128) -> usize {
    let lo = k as u64;
    let hi = (k >> 64) as u64;
    let h = (lo ^ hi.wrapping_mul(0x9E37_79B9_7F4A_7C15)).wrapping_mul(0xD6E8_FEB8_6659_FD93);
    (h >> 54) as usize
}

/// Words of the filter: one bit per length (1 to 12), first and last letter.
const FILTER_WORDS: usize = (12 * 27 * 27) / 64 + 1;

/// Fixed-size arrays: the hashed and masked indexes need no bounds checks.
pub(super) struct Table {
    filter: [u64; FILTER_WORDS],
    keys: [u128; SLOTS],
    vals: [W; SLOTS],
}

impl Table {
    /// The bit filter: false when no word of the table has this filter index.
    #[inline]
    fn passes(&self, f: usize) -> bool {
        self.filter[f / 64] & (1 << (f % 64)) != 0
    }
}

/// Open-addressing table of [`WORDS`] with its bit filter, built once.
static TABLE: Lazy<Table> = Lazy::new(|| {
    let mut t = Table {
        filter: [0; FILTER_WORDS],
        keys: [0; SLOTS],
        vals: [W::None; SLOTS],
    };
    for &(w, class) in WORDS {
        let f = filter_index(w);
        t.filter[f / 64] |= 1 << (f % 64);
        let k = key(w);
        let mut i = slot(k);
        while t.keys[i] != 0 {
            i = (i + 1) & (SLOTS - 1);
        }
        t.keys[i] = k;
        t.vals[i] = class;
    }
    t
});

/// Every word this pass knows, lower-case, with its class.
const WORDS: &[(&[u8], W)] = &[
    (b"january", W::Month(1)),
    (b"february", W::Month(2)),
    (b"march", W::Month(3)),
    (b"april", W::Month(4)),
    (b"may", W::Month(5)),
    (b"june", W::Month(6)),
    (b"july", W::Month(7)),
    (b"august", W::Month(8)),
    (b"september", W::Month(9)),
    (b"october", W::Month(10)),
    (b"november", W::Month(11)),
    (b"december", W::Month(12)),
    (b"jan", W::MonthAbbr(1)),
    (b"feb", W::MonthAbbr(2)),
    (b"mar", W::MonthAbbr(3)),
    (b"apr", W::MonthAbbr(4)),
    (b"jun", W::MonthAbbr(6)),
    (b"jul", W::MonthAbbr(7)),
    (b"aug", W::MonthAbbr(8)),
    (b"sep", W::MonthAbbr(9)),
    (b"sept", W::MonthAbbr(9)),
    (b"oct", W::MonthAbbr(10)),
    (b"nov", W::MonthAbbr(11)),
    (b"dec", W::MonthAbbr(12)),
    (b"monday", W::Weekday(0)),
    (b"tuesday", W::Weekday(1)),
    (b"wednesday", W::Weekday(2)),
    (b"thursday", W::Weekday(3)),
    (b"friday", W::Weekday(4)),
    (b"saturday", W::Weekday(5)),
    (b"sunday", W::Weekday(6)),
    (b"mondays", W::Weekdays),
    (b"tuesdays", W::Weekdays),
    (b"wednesdays", W::Weekdays),
    (b"thursdays", W::Weekdays),
    (b"fridays", W::Weekdays),
    (b"saturdays", W::Weekdays),
    (b"sundays", W::Weekdays),
    (b"today", W::Today),
    (b"yesterday", W::Yesterday),
    (b"tomorrow", W::Tomorrow),
    (b"tonight", W::Tonight),
    (b"morning", W::DayPart),
    (b"afternoon", W::DayPart),
    (b"evening", W::DayPart),
    (b"night", W::DayPart),
    (b"second", W::Unit(Unit::Second, false)),
    (b"seconds", W::Unit(Unit::Second, true)),
    (b"minute", W::Unit(Unit::Minute, false)),
    (b"minutes", W::Unit(Unit::Minute, true)),
    (b"hour", W::Unit(Unit::Hour, false)),
    (b"hours", W::Unit(Unit::Hour, true)),
    (b"day", W::Unit(Unit::Day, false)),
    (b"days", W::Unit(Unit::Day, true)),
    (b"week", W::Unit(Unit::Week, false)),
    (b"weeks", W::Unit(Unit::Week, true)),
    (b"weekend", W::Unit(Unit::Weekend, false)),
    (b"weekends", W::Unit(Unit::Weekend, true)),
    (b"fortnight", W::Unit(Unit::Fortnight, false)),
    (b"month", W::Unit(Unit::Month, false)),
    (b"months", W::Unit(Unit::Month, true)),
    (b"quarter", W::Unit(Unit::Quarter, false)),
    (b"quarters", W::Unit(Unit::Quarter, true)),
    (b"year", W::Unit(Unit::Year, false)),
    (b"years", W::Unit(Unit::Year, true)),
    (b"decade", W::Unit(Unit::Decade, false)),
    (b"decades", W::Unit(Unit::Decade, true)),
    (b"century", W::Unit(Unit::Century, false)),
    (b"centuries", W::Unit(Unit::Century, true)),
    (b"millennium", W::Unit(Unit::Millennium, false)),
    (b"summer", W::Season),
    (b"winter", W::Season),
    (b"spring", W::Season),
    (b"fall", W::Season),
    (b"autumn", W::Season),
    (b"this", W::Rel(Rel::This)),
    (b"last", W::Rel(Rel::Last)),
    (b"next", W::Rel(Rel::Next)),
    (b"past", W::Rel(Rel::Past)),
    (b"coming", W::Rel(Rel::Coming)),
    (b"previous", W::Rel(Rel::Previous)),
    (b"preceding", W::Rel(Rel::Previous)),
    (b"following", W::Rel(Rel::Following)),
    (b"recent", W::Rel(Rel::Recent)),
    (b"ago", W::Ago),
    (b"earlier", W::Shift),
    (b"later", W::Shift),
    (b"early", W::Edge),
    (b"late", W::Edge),
    (b"mid", W::Edge),
    (b"one", W::Num(1)),
    (b"two", W::Num(2)),
    (b"three", W::Num(3)),
    (b"four", W::Num(4)),
    (b"five", W::Num(5)),
    (b"six", W::Num(6)),
    (b"seven", W::Num(7)),
    (b"eight", W::Num(8)),
    (b"nine", W::Num(9)),
    (b"ten", W::Num(10)),
    (b"eleven", W::Num(11)),
    (b"twelve", W::Num(12)),
    (b"dozen", W::Num(12)),
    (b"thirteen", W::Num(13)),
    (b"fourteen", W::Num(14)),
    (b"fifteen", W::Num(15)),
    (b"sixteen", W::Num(16)),
    (b"seventeen", W::Num(17)),
    (b"eighteen", W::Num(18)),
    (b"nineteen", W::Num(19)),
    (b"twenty", W::Num(20)),
    (b"thirty", W::Num(30)),
    (b"forty", W::Num(40)),
    (b"fifty", W::Num(50)),
    (b"sixty", W::Num(60)),
    (b"seventy", W::Num(70)),
    (b"eighty", W::Num(80)),
    (b"ninety", W::Num(90)),
    (b"hundred", W::Num(100)),
    (b"several", W::Quant),
    (b"few", W::Quant),
    (b"couple", W::Quant),
    (b"many", W::Quant),
    (b"a", W::Article),
    (b"an", W::Article),
    (b"the", W::The),
    (b"half", W::Half),
    (b"thousand", W::Scale),
    (b"million", W::Scale),
    (b"billion", W::Scale),
    (b"trillion", W::Scale),
    (b"bn", W::Scale),
    (b"mn", W::Scale),
    (b"tn", W::Scale),
    (b"dollars", W::Currency(false)),
    (b"dollar", W::Currency(false)),
    (b"euros", W::Currency(false)),
    (b"euro", W::Currency(false)),
    (b"cents", W::Currency(false)),
    (b"pence", W::Currency(false)),
    (b"yen", W::Currency(false)),
    (b"yuan", W::Currency(false)),
    (b"renminbi", W::Currency(false)),
    (b"rupees", W::Currency(false)),
    (b"rupee", W::Currency(false)),
    (b"roubles", W::Currency(false)),
    (b"rubles", W::Currency(false)),
    (b"hryvnias", W::Currency(false)),
    (b"hryvnia", W::Currency(false)),
    (b"hryvnas", W::Currency(false)),
    (b"francs", W::Currency(false)),
    (b"pesos", W::Currency(false)),
    (b"sterling", W::Currency(false)),
    (b"zloty", W::Currency(false)),
    (b"zlotys", W::Currency(false)),
    (b"shekels", W::Currency(false)),
    (b"rand", W::Currency(false)),
    (b"naira", W::Currency(false)),
    (b"lira", W::Currency(false)),
    (b"kronor", W::Currency(false)),
    (b"krona", W::Currency(false)),
    (b"kroner", W::Currency(false)),
    (b"pounds", W::Currency(true)),
    (b"pound", W::Currency(true)),
    (b"usd", W::Code),
    (b"eur", W::Code),
    (b"gbp", W::Code),
    (b"jpy", W::Code),
    (b"cny", W::Code),
    (b"chf", W::Code),
    (b"cad", W::Code),
    (b"aud", W::Code),
    (b"inr", W::Code),
    (b"rub", W::Code),
    (b"uah", W::Code),
    (b"percent", W::Percent),
    (b"pct", W::Percent),
    (b"per", W::Per),
    (b"cent", W::Cent),
    (b"percentage", W::Percentage),
    (b"points", W::Points),
    (b"point", W::Points),
    (b"noon", W::Noon),
    (b"midday", W::Noon),
    (b"midnight", W::Midnight),
    (b"a.m.", W::Ampm(false)),
    (b"am", W::Ampm(false)),
    (b"a.m", W::Ampm(false)),
    (b"p.m.", W::Ampm(true)),
    (b"pm", W::Ampm(true)),
    (b"p.m", W::Ampm(true)),
    (b"gmt", W::Zone),
    (b"utc", W::Zone),
    (b"bst", W::Zone),
    (b"est", W::Zone),
    (b"edt", W::Zone),
    (b"cst", W::Zone),
    (b"cdt", W::Zone),
    (b"pst", W::Zone),
    (b"pdt", W::Zone),
    (b"et", W::Zone),
    (b"pt", W::Zone),
    (b"cet", W::Zone),
    (b"cest", W::Zone),
    (b"eet", W::Zone),
    (b"eest", W::Zone),
    (b"msk", W::Zone),
    (b"twenties", W::DecadeWord),
    (b"thirties", W::DecadeWord),
    (b"forties", W::DecadeWord),
    (b"fifties", W::DecadeWord),
    (b"sixties", W::DecadeWord),
    (b"seventies", W::DecadeWord),
    (b"eighties", W::DecadeWord),
    (b"nineties", W::DecadeWord),
    (b"first", W::Ordinal),
    (b"third", W::Ordinal),
    (b"fourth", W::Ordinal),
    (b"fifth", W::Ordinal),
    (b"sixth", W::Ordinal),
    (b"seventh", W::Ordinal),
    (b"eighth", W::Ordinal),
    (b"ninth", W::Ordinal),
    (b"tenth", W::Ordinal),
    (b"eleventh", W::Ordinal),
    (b"twelfth", W::Ordinal),
    (b"thirteenth", W::Ordinal),
    (b"fourteenth", W::Ordinal),
    (b"fifteenth", W::Ordinal),
    (b"sixteenth", W::Ordinal),
    (b"seventeenth", W::Ordinal),
    (b"eighteenth", W::Ordinal),
    (b"nineteenth", W::Ordinal),
    (b"twentieth", W::Ordinal),
    (b"twenty-first", W::Ordinal),
    (b"end", W::Part),
    (b"beginning", W::Part),
    (b"start", W::Part),
    (b"middle", W::Part),
    (b"rest", W::Part),
    (b"turn", W::Part),
    (b"close", W::Part),
    (b"of", W::Of),
    (b"and", W::And),
    (b"in", W::YearPrep),
    (b"since", W::YearPrep),
    (b"until", W::YearPrep),
    (b"till", W::YearPrep),
    (b"by", W::YearPrep),
    (b"before", W::YearPrep),
    (b"after", W::YearPrep),
    (b"during", W::YearPrep),
    (b"through", W::YearPrep),
    (b"throughout", W::YearPrep),
    (b"between", W::YearPrep),
    (b"circa", W::YearPrep),
    (b"fiscal", W::YearPrep),
    (b"from", W::WeakPrep),
    (b"around", W::WeakPrep),
    (b"to", W::WeakPrep),
    (b"as", W::WeakPrep),
    (b"for", W::WeakPrep),
    (b"at", W::WeakPrep),
    (b"on", W::WeakPrep),
    (b"will", W::Future),
    (b"shall", W::Future),
    (b"would", W::Future),
    (b"scheduled", W::Future),
    (b"due", W::Future),
    (b"expected", W::Future),
    (b"set", W::Future),
    (b"upcoming", W::Future),
    (b"plans", W::Future),
    (b"planned", W::Future),
    (b"planning", W::Future),
    (b"going", W::Future),
    (b"aims", W::Future),
    (b"hopes", W::Future),
    (b"intends", W::Future),
    (b"convenes", W::Future),
    (b"reconvenes", W::Future),
    (b"begins", W::Future),
    (b"starts", W::Future),
    (b"opens", W::Future),
    (b"resumes", W::Future),
    (b"expires", W::Future),
    (b"returns", W::Future),
    (b"meets", W::Future),
    (b"expects", W::Future),
    (b"return", W::FutureBase),
    (b"meet", W::FutureBase),
    (b"expect", W::FutureBase),
    (b"convene", W::FutureBase),
    (b"reconvene", W::FutureBase),
    (b"resume", W::FutureBase),
    (b"said", W::Past),
    (b"told", W::Past),
    (b"was", W::Past),
    (b"were", W::Past),
    (b"had", W::Past),
    (b"did", W::Past),
    (b"met", W::Past),
    (b"took", W::Past),
    (b"began", W::Past),
    (b"came", W::Past),
    (b"went", W::Past),
    (b"spoke", W::Past),
    (b"wrote", W::Past),
    (b"made", W::Past),
    (b"gave", W::Past),
    (b"held", W::Past),
    (b"left", W::Past),
    (b"saw", W::Past),
    (b"won", W::Past),
    (b"lost", W::Past),
    (b"once", W::Rate),
    (b"twice", W::Rate),
    (b"thrice", W::Rate),
    (b"times", W::Rate),
    (b"every", W::Rate),
    (b"each", W::Rate),
    (b"old", W::Old),
    (b"long", W::Old),
    (b"o'clock", W::Oclock),
    (b"o\xe2\x80\x99clock", W::Oclock),
];

/// True when a lowercase word of at least four letters ends in "ed" (a past form).
pub(super) fn looks_past(b: &[u8]) -> bool {
    b.len() >= 4 && b[0].is_ascii_lowercase() && b.ends_with(b"ed")
}

/// The value of an all-digit string of at most 9 digits.
pub(super) fn int(s: &str) -> Option<u32> {
    let b = s.as_bytes();
    if b.is_empty() || b.len() > 9 || !b.iter().all(u8::is_ascii_digit) {
        return None;
    }
    Some(b.iter().fold(0u32, |a, &c| a * 10 + u32::from(c - b'0')))
}

/// A day of the month: one or two digits, optionally with st/nd/rd/th.
pub(super) fn day_num(s: &str) -> Option<u32> {
    let b = s.as_bytes();
    let n = b.iter().take_while(|c| c.is_ascii_digit()).count();
    if n == 0 || n > 2 {
        return None;
    }
    let rest = &b[n..];
    if !(rest.is_empty()
        || [b"st", b"nd", b"rd", b"th"]
            .iter()
            .any(|suf| rest.eq_ignore_ascii_case(&suf[..])))
    {
        return None;
    }
    let d = int(&s[..n])?;
    (1..=31).contains(&d).then_some(d)
}

/// A year: exactly four digits, 1000 to 2100.
pub(super) fn year_num(s: &str) -> Option<i32> {
    if s.len() != 4 {
        return None;
    }
    let y = int(s)?;
    (1000..=2100).contains(&y).then_some(y as i32)
}

/// An amount: digits with inner `,` and `.`, then an optional ASCII-letter
/// suffix ("1.2bn", "5m", "9am", "21st"). Returns (number part, suffix).
pub(super) fn amount(s: &str) -> Option<(&str, &str)> {
    let b = s.as_bytes();
    if !b.first().is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let n = b
        .iter()
        .position(|c| !matches!(c, b'0'..=b'9' | b',' | b'.'))
        .unwrap_or(b.len());
    if !b[n - 1].is_ascii_digit() || !b[n..].iter().all(u8::is_ascii_alphabetic) {
        return None;
    }
    // (`n` follows an ASCII byte: a character boundary.)
    Some(s.split_at(n))
}

/// A number word, with "twenty-five" style compounds.
pub(super) fn num_word(s: &str) -> Option<u32> {
    if let W::Num(n) = classify(s) {
        return Some(n);
    }
    let (a, b) = s.split_once('-')?;
    match (classify(a), classify(b)) {
        (W::Num(t), W::Num(u)) if (20..=90).contains(&t) && t % 10 == 0 && u < 10 => Some(t + u),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_case_insensitively() {
        assert_eq!(classify("November"), W::Month(11));
        assert_eq!(classify("NOV"), W::MonthAbbr(11));
        assert_eq!(classify("Thursday"), W::Weekday(3));
        assert_eq!(classify("years"), W::Unit(Unit::Year, true));
        assert_eq!(classify("a.m."), W::Ampm(false));
        assert_eq!(classify("extraordinarily"), W::None);
        assert_eq!(classify("Jérôme"), W::None);
    }

    #[test]
    fn packed_key_folds_ascii_case_only() {
        // The key of a word and of its ASCII case variants is one; other bytes stay.
        let k = |s: &str| key(s.as_bytes());
        assert_eq!(k("NOVEMBER"), k("november"));
        assert_eq!(k("Mid-Dec@[`"), k("mid-dec@[`"));
        assert_ne!(k("x@"), k("x`"));
        assert_ne!(k("É"), k("é"));
        assert_ne!(k("ab"), k("abc"));
        for b in 0..=255u8 {
            for at in 0..8 {
                let x = u64::from(b) << (8 * at) | 0x4161_7a5a_c35b_4060 & !(0xff << (8 * at));
                let want = u64::from_le_bytes(x.to_le_bytes().map(|c| c.to_ascii_lowercase()));
                assert_eq!(ascii_lower8(x), want, "byte {b} at {at}");
            }
        }
    }

    #[test]
    fn window_key_is_the_key_of_the_word() {
        // Whatever bytes follow the word in its window, the key is the word's.
        let text = b"Mid-DECEMBER\xc3\xa9x a.m. o\xe2\x80\x99clock zZ@[`{ 12345678901234567890";
        for start in 0..text.len() - 16 {
            for len in 1..=12 {
                let w = &text[start..start + 16];
                assert_eq!(key_window(w, len), key(&w[..len]), "{start} {len}");
            }
        }
    }

    #[test]
    fn classifies_tokens_at_the_end_of_the_text() {
        // The last words have no 16-byte window: the slow key must agree.
        let a = crate::Extractor::new().run("On Monday, last year, in January");
        let got: Vec<W> = a
            .tokens
            .iter()
            .map(|t| classify_token(table(), a.text.as_bytes(), t))
            .collect();
        let want: Vec<W> = a
            .tokens
            .iter()
            .map(|t| match t.kind {
                TokenKind::Word => classify(&a.text[t.span]),
                _ => W::None,
            })
            .collect();
        assert_eq!(got, want);
        assert_eq!(got.last(), Some(&W::Month(1)));
    }

    #[test]
    fn parses_numbers() {
        assert_eq!(day_num("21st"), Some(21));
        assert_eq!(day_num("32"), None);
        assert_eq!(day_num("3rdx"), None);
        assert_eq!(year_num("2017"), Some(2017));
        assert_eq!(year_num("20170"), None);
        assert_eq!(amount("1.2bn"), Some(("1.2", "bn")));
        assert_eq!(amount("1,000"), Some(("1,000", "")));
        assert_eq!(amount("5-6"), None);
        assert_eq!(num_word("twenty-five"), Some(25));
        assert_eq!(num_word("five-year"), None);
    }
}
