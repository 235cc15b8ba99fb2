//! The closed-class words of value expressions, and number parsing.
//!
//! Every lookup lower-cases at most 12 ASCII bytes into a stack buffer and
//! matches it against constant byte strings: no allocation, no table to load.

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
    /// Words that mark a past reference.
    Past,
    /// Words that make "a year", "a day" a rate, not a period ("once", "per").
    Rate,
    Old,
    Oclock,
}

/// Classify one token's text (case-insensitively).
pub(super) fn classify(s: &str) -> W {
    let b = s.as_bytes();
    if b.is_empty() || b.len() > 12 {
        return W::None;
    }
    let mut buf = [0u8; 12];
    for (k, &c) in b.iter().enumerate() {
        buf[k] = c.to_ascii_lowercase();
    }
    let l = &buf[..b.len()];
    use Unit as U;
    match l {
        b"january" => W::Month(1),
        b"february" => W::Month(2),
        b"march" => W::Month(3),
        b"april" => W::Month(4),
        b"may" => W::Month(5),
        b"june" => W::Month(6),
        b"july" => W::Month(7),
        b"august" => W::Month(8),
        b"september" => W::Month(9),
        b"october" => W::Month(10),
        b"november" => W::Month(11),
        b"december" => W::Month(12),
        b"jan" => W::MonthAbbr(1),
        b"feb" => W::MonthAbbr(2),
        b"mar" => W::MonthAbbr(3),
        b"apr" => W::MonthAbbr(4),
        b"jun" => W::MonthAbbr(6),
        b"jul" => W::MonthAbbr(7),
        b"aug" => W::MonthAbbr(8),
        b"sep" | b"sept" => W::MonthAbbr(9),
        b"oct" => W::MonthAbbr(10),
        b"nov" => W::MonthAbbr(11),
        b"dec" => W::MonthAbbr(12),
        b"monday" => W::Weekday(0),
        b"tuesday" => W::Weekday(1),
        b"wednesday" => W::Weekday(2),
        b"thursday" => W::Weekday(3),
        b"friday" => W::Weekday(4),
        b"saturday" => W::Weekday(5),
        b"sunday" => W::Weekday(6),
        b"mondays" | b"tuesdays" | b"wednesdays" | b"thursdays" | b"fridays" | b"saturdays"
        | b"sundays" => W::Weekdays,
        b"today" => W::Today,
        b"yesterday" => W::Yesterday,
        b"tomorrow" => W::Tomorrow,
        b"tonight" => W::Tonight,
        b"morning" | b"afternoon" | b"evening" | b"night" => W::DayPart,
        b"second" => W::Unit(U::Second, false),
        b"seconds" => W::Unit(U::Second, true),
        b"minute" => W::Unit(U::Minute, false),
        b"minutes" => W::Unit(U::Minute, true),
        b"hour" => W::Unit(U::Hour, false),
        b"hours" => W::Unit(U::Hour, true),
        b"day" => W::Unit(U::Day, false),
        b"days" => W::Unit(U::Day, true),
        b"week" => W::Unit(U::Week, false),
        b"weeks" => W::Unit(U::Week, true),
        b"weekend" => W::Unit(U::Weekend, false),
        b"weekends" => W::Unit(U::Weekend, true),
        b"fortnight" => W::Unit(U::Fortnight, false),
        b"month" => W::Unit(U::Month, false),
        b"months" => W::Unit(U::Month, true),
        b"quarter" => W::Unit(U::Quarter, false),
        b"quarters" => W::Unit(U::Quarter, true),
        b"year" => W::Unit(U::Year, false),
        b"years" => W::Unit(U::Year, true),
        b"decade" => W::Unit(U::Decade, false),
        b"decades" => W::Unit(U::Decade, true),
        b"century" => W::Unit(U::Century, false),
        b"centuries" => W::Unit(U::Century, true),
        b"millennium" => W::Unit(U::Millennium, false),
        b"summer" | b"winter" | b"spring" | b"fall" | b"autumn" => W::Season,
        b"this" => W::Rel(Rel::This),
        b"last" => W::Rel(Rel::Last),
        b"next" => W::Rel(Rel::Next),
        b"past" => W::Rel(Rel::Past),
        b"coming" => W::Rel(Rel::Coming),
        b"previous" | b"preceding" => W::Rel(Rel::Previous),
        b"following" => W::Rel(Rel::Following),
        b"recent" => W::Rel(Rel::Recent),
        b"ago" => W::Ago,
        b"earlier" | b"later" => W::Shift,
        b"early" | b"late" | b"mid" => W::Edge,
        b"one" => W::Num(1),
        b"two" => W::Num(2),
        b"three" => W::Num(3),
        b"four" => W::Num(4),
        b"five" => W::Num(5),
        b"six" => W::Num(6),
        b"seven" => W::Num(7),
        b"eight" => W::Num(8),
        b"nine" => W::Num(9),
        b"ten" => W::Num(10),
        b"eleven" => W::Num(11),
        b"twelve" | b"dozen" => W::Num(12),
        b"thirteen" => W::Num(13),
        b"fourteen" => W::Num(14),
        b"fifteen" => W::Num(15),
        b"sixteen" => W::Num(16),
        b"seventeen" => W::Num(17),
        b"eighteen" => W::Num(18),
        b"nineteen" => W::Num(19),
        b"twenty" => W::Num(20),
        b"thirty" => W::Num(30),
        b"forty" => W::Num(40),
        b"fifty" => W::Num(50),
        b"sixty" => W::Num(60),
        b"seventy" => W::Num(70),
        b"eighty" => W::Num(80),
        b"ninety" => W::Num(90),
        b"hundred" => W::Num(100),
        b"several" | b"few" | b"couple" | b"many" => W::Quant,
        b"a" | b"an" => W::Article,
        b"the" => W::The,
        b"half" => W::Half,
        b"thousand" | b"million" | b"billion" | b"trillion" | b"bn" | b"mn" | b"tn" => W::Scale,
        b"dollars" | b"dollar" | b"euros" | b"euro" | b"cents" | b"pence" | b"yen" | b"yuan"
        | b"renminbi" | b"rupees" | b"rupee" | b"roubles" | b"rubles" | b"hryvnias"
        | b"hryvnia" | b"hryvnas" | b"francs" | b"pesos" | b"sterling" | b"zloty" | b"zlotys"
        | b"shekels" | b"rand" | b"naira" | b"lira" | b"kronor" | b"krona" | b"kroner" => {
            W::Currency(false)
        }
        b"pounds" | b"pound" => W::Currency(true),
        b"usd" | b"eur" | b"gbp" | b"jpy" | b"cny" | b"chf" | b"cad" | b"aud" | b"inr" | b"rub"
        | b"uah" => W::Code,
        b"percent" | b"pct" => W::Percent,
        b"per" => W::Per,
        b"cent" => W::Cent,
        b"percentage" => W::Percentage,
        b"points" | b"point" => W::Points,
        b"noon" | b"midday" => W::Noon,
        b"midnight" => W::Midnight,
        b"a.m." | b"am" | b"a.m" => W::Ampm(false),
        b"p.m." | b"pm" | b"p.m" => W::Ampm(true),
        b"gmt" | b"utc" | b"bst" | b"est" | b"edt" | b"cst" | b"cdt" | b"pst" | b"pdt" | b"et"
        | b"pt" | b"cet" | b"cest" | b"eet" | b"eest" | b"msk" => W::Zone,
        b"twenties" | b"thirties" | b"forties" | b"fifties" | b"sixties" | b"seventies"
        | b"eighties" | b"nineties" => W::DecadeWord,
        b"first" | b"third" | b"fourth" | b"fifth" | b"sixth" | b"seventh" | b"eighth"
        | b"ninth" | b"tenth" | b"eleventh" | b"twelfth" | b"thirteenth" | b"fourteenth"
        | b"fifteenth" | b"sixteenth" | b"seventeenth" | b"eighteenth" | b"nineteenth"
        | b"twentieth" | b"twenty-first" => W::Ordinal,
        b"end" | b"beginning" | b"start" | b"middle" | b"rest" | b"turn" | b"close" => W::Part,
        b"of" => W::Of,
        b"and" => W::And,
        b"in" | b"since" | b"until" | b"till" | b"by" | b"before" | b"after" | b"during"
        | b"through" | b"throughout" | b"between" | b"circa" | b"fiscal" => W::YearPrep,
        b"from" | b"around" | b"to" | b"as" | b"for" | b"at" | b"on" => W::WeakPrep,
        b"will" | b"shall" | b"would" | b"scheduled" | b"due" | b"expected" | b"set"
        | b"upcoming" | b"plans" | b"planned" | b"planning" | b"going" | b"aims" | b"hopes"
        | b"intends" => W::Future,
        b"said" | b"told" | b"was" | b"were" | b"had" | b"did" | b"met" | b"took" | b"began"
        | b"came" | b"went" | b"spoke" | b"wrote" | b"made" | b"gave" | b"held" | b"left"
        | b"saw" | b"won" | b"lost" => W::Past,
        b"once" | b"twice" | b"thrice" | b"times" | b"every" | b"each" => W::Rate,
        b"old" | b"long" => W::Old,
        b"o'clock" | b"o\xe2\x80\x99clock" => W::Oclock,
        _ => W::None,
    }
}

/// True when a lowercase word of at least four letters ends in "ed" (a past form).
pub(super) fn looks_past(s: &str) -> bool {
    let b = s.as_bytes();
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
        .take_while(|c| c.is_ascii_digit() || **c == b',' || **c == b'.')
        .count();
    let rest = &b[n..];
    if !rest.iter().all(u8::is_ascii_alphabetic) || !b[n - 1].is_ascii_digit() {
        return None;
    }
    Some((&s[..n], &s[n..]))
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
