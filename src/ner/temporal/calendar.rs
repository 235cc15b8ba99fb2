//! Normalised values and the conventions that resolve relative expressions
//! against the publication date (see the module docs of `temporal`).

use crate::analysis::Date;

/// A normalised value, formatted only when an entity is emitted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Val {
    None,
    Day(Date),
    Month(i32, u32),
    Year(i32),
    /// ISO week: year, week number.
    Week(i32, u32),
    /// Clock time: hours (0–23), minutes.
    Clock(u32, u32),
}

impl Val {
    pub(super) fn render(self) -> Option<String> {
        // Only four-digit years make an ISO value.
        let year = match self {
            Val::Day(d) => Some(d.year),
            Val::Month(y, _) | Val::Year(y) | Val::Week(y, _) => Some(y),
            _ => None,
        };
        if year.is_some_and(|y| !(0..=9999).contains(&y)) {
            return None;
        }
        // Written digit by digit into a stack buffer, then one exact
        // allocation: `format!` cost more than the rest of the pass per value.
        let mut b = Ascii::default();
        match self {
            Val::None => return None,
            Val::Day(d) => {
                b.num(d.year.unsigned_abs(), 4);
                b.byte(b'-');
                b.num(d.month, 2);
                b.byte(b'-');
                b.num(d.day, 2);
            }
            Val::Month(y, m) => {
                b.num(y.unsigned_abs(), 4);
                b.byte(b'-');
                b.num(m, 2);
            }
            Val::Year(y) => b.num(y.unsigned_abs(), 4),
            Val::Week(y, w) => {
                b.num(y.unsigned_abs(), 4);
                b.byte(b'-');
                b.byte(b'W');
                b.num(w, 2);
            }
            Val::Clock(h, m) => {
                b.num(h, 2);
                b.byte(b':');
                b.num(m, 2);
            }
        }
        std::str::from_utf8(&b.buf[..b.len]).ok().map(String::from)
    }
}

/// A short ASCII string on the stack (at most three numbers and two separators).
#[derive(Default)]
struct Ascii {
    buf: [u8; 32],
    len: usize,
}

impl Ascii {
    #[inline(always)]
    fn byte(&mut self, c: u8) {
        self.buf[self.len] = c;
        self.len += 1;
    }

    /// `n` in decimal, zero-padded to at least `width` digits (as `{n:0width$}`).
    #[inline(always)]
    fn num(&mut self, mut n: u32, width: usize) {
        // The common case, a number of exactly `width` digits (2 or 4): no loop bound to find.
        if width == 2 && n < 100 {
            self.byte(b'0' + (n / 10) as u8);
            self.byte(b'0' + (n % 10) as u8);
            return;
        }
        if width == 4 && n < 10_000 {
            self.byte(b'0' + (n / 1000) as u8);
            self.byte(b'0' + (n / 100 % 10) as u8);
            self.byte(b'0' + (n / 10 % 10) as u8);
            self.byte(b'0' + (n % 10) as u8);
            return;
        }
        let mut digits = [b'0'; 10];
        let mut i = digits.len();
        loop {
            i -= 1;
            digits[i] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        i = i.min(digits.len().saturating_sub(width));
        for &c in &digits[i..] {
            self.byte(c);
        }
    }
}

/// How a bare weekday or month is placed relative to the publication date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Dir {
    /// The most recent one on or before the publication date (the default: news reports the past).
    OnOrBefore,
    /// The first one on or after the publication date (future tense: "will meet on Tuesday").
    OnOrAfter,
    /// Strictly before ("last Tuesday").
    Before,
    /// Strictly after ("next Tuesday").
    After,
    /// In the same ISO week / year ("this Tuesday", "this January").
    Same,
}

/// The date of weekday `wd` (0 = Monday) seen from `pub_date`.
pub(super) fn weekday(pub_date: Date, wd: u32, dir: Dir) -> Date {
    let today = pub_date.weekday() as i64;
    let wd = i64::from(wd);
    let back = (today - wd).rem_euclid(7); // days back to the most recent on or before
    let fwd = (wd - today).rem_euclid(7); // days forward to the first on or after
    let delta = match dir {
        Dir::OnOrBefore => -back,
        Dir::OnOrAfter => fwd,
        Dir::Before => {
            if back == 0 {
                -7
            } else {
                -back
            }
        }
        Dir::After => {
            if fwd == 0 {
                7
            } else {
                fwd
            }
        }
        Dir::Same => wd - today,
    };
    pub_date.add_days(delta)
}

/// The year of month `m` seen from `pub_date`.
pub(super) fn month_year(pub_date: Date, m: u32, dir: Dir) -> i32 {
    let (y, pm) = (pub_date.year, pub_date.month);
    match dir {
        Dir::OnOrBefore => y - i32::from(m > pm),
        Dir::OnOrAfter => y + i32::from(m < pm),
        Dir::Before => y - i32::from(m >= pm),
        Dir::After => y + i32::from(m <= pm),
        Dir::Same => y,
    }
}

/// A month and day without a year, seen from `pub_date`: the first such date on or
/// after it when `future`; otherwise the most recent on or before it, unless the
/// next one is nearer and at most 61 days ahead ("the hearing is on Dec. 3").
/// The month and day nearest to `pub_date`, before or after it (a tie goes
/// to the earlier).
pub(super) fn nearest_month_day(pub_date: Date, m: u32, d: u32) -> Option<Date> {
    let p = pub_date.days_from_epoch();
    let before = month_day_year(pub_date, m, d, false)?;
    let after = month_day_year(pub_date, m, d, true)?;
    let dist = |x: Date| (x.days_from_epoch() - p).abs();
    Some(if dist(after) < dist(before) {
        after
    } else {
        before
    })
}

pub(super) fn month_day_year(pub_date: Date, m: u32, d: u32, future: bool) -> Option<Date> {
    let p = pub_date.days_from_epoch();
    let mut past: Option<Date> = None;
    let mut next: Option<Date> = None;
    // A date that every year has is nearest in the year before, the year of
    // `pub_date` or the year after; February 29 may be four years away.
    let span = if (m, d) == (2, 29) { 4 } else { 1 };
    for y in pub_date.year - span..=pub_date.year + span {
        let Some(c) = Date::new(y, m, d) else {
            continue;
        };
        let x = c.days_from_epoch();
        if x <= p {
            past = Some(c);
        }
        if x >= p && next.is_none() {
            next = Some(c);
        }
    }
    if future {
        return next.or(past);
    }
    match (past, next) {
        (Some(a), Some(b)) => {
            let ahead = b.days_from_epoch() - p;
            let behind = p - a.days_from_epoch();
            Some(if ahead <= 61 && ahead < behind { b } else { a })
        }
        (a, b) => a.or(b),
    }
}

/// The month `k` months after (before, when negative) the publication month.
pub(super) fn shift_month(pub_date: Date, k: i32) -> Val {
    let idx = pub_date.year * 12 + pub_date.month as i32 - 1 + k;
    Val::Month(idx.div_euclid(12), (idx.rem_euclid(12) + 1) as u32)
}

/// The ISO week (year, week) holding `d`.
pub(super) fn iso_week(d: Date) -> Val {
    let thursday = d.add_days(3 - i64::from(d.weekday()));
    let jan1 = Date {
        year: thursday.year,
        month: 1,
        day: 1,
    };
    let doy = thursday.days_from_epoch() - jan1.days_from_epoch();
    Val::Week(thursday.year, (doy / 7 + 1) as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Date {
        Date::new(y, m, day).unwrap()
    }

    #[test]
    fn month_day_year_looks_only_as_far_as_needed() {
        // The same answer as looking four years either side, for every month and day.
        fn wide(p: Date, m: u32, d: u32, future: bool) -> Option<Date> {
            let x = p.days_from_epoch();
            let all: Vec<Date> = (p.year - 4..=p.year + 4)
                .filter_map(|y| Date::new(y, m, d))
                .collect();
            let past = all.iter().rev().find(|c| c.days_from_epoch() <= x).copied();
            let next = all.iter().find(|c| c.days_from_epoch() >= x).copied();
            if future {
                return next.or(past);
            }
            match (past, next) {
                (Some(a), Some(b)) => {
                    let ahead = b.days_from_epoch() - x;
                    let behind = x - a.days_from_epoch();
                    Some(if ahead <= 61 && ahead < behind { b } else { a })
                }
                (a, b) => a.or(b),
            }
        }
        for p in [
            d(2025, 11, 20),
            d(2024, 2, 29),
            d(2023, 1, 1),
            d(2028, 12, 31),
            d(2100, 3, 1),
        ] {
            for m in 0..=13 {
                for day in 0..=32 {
                    for future in [false, true] {
                        assert_eq!(
                            month_day_year(p, m, day, future),
                            wide(p, m, day, future),
                            "{p} {m} {day} {future}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn values_render_as_iso_strings() {
        for (y, m, w) in [
            (0, 1, 1),
            (7, 9, 10),
            (999, 10, 53),
            (2025, 12, 9),
            (9999, 11, 52),
        ] {
            let day = Date {
                year: y,
                month: m,
                day: w.min(31),
            };
            assert_eq!(Val::Day(day).render(), Some(day.to_string()));
            assert_eq!(Val::Month(y, m).render(), Some(format!("{y:04}-{m:02}")));
            assert_eq!(Val::Year(y).render(), Some(format!("{y:04}")));
            assert_eq!(Val::Week(y, w).render(), Some(format!("{y:04}-W{w:02}")));
        }
        for (h, m) in [(0, 0), (9, 5), (12, 30), (23, 59), (123, 4567)] {
            assert_eq!(Val::Clock(h, m).render(), Some(format!("{h:02}:{m:02}")));
        }
        assert_eq!(Val::Year(10000).render(), None);
        assert_eq!(Val::Month(-1, 3).render(), None);
        assert_eq!(Val::None.render(), None);
    }

    #[test]
    fn weekdays_from_a_thursday() {
        let p = d(2025, 11, 20);
        assert_eq!(weekday(p, 3, Dir::OnOrBefore).to_string(), "2025-11-20");
        assert_eq!(weekday(p, 2, Dir::OnOrBefore).to_string(), "2025-11-19");
        assert_eq!(weekday(p, 4, Dir::OnOrBefore).to_string(), "2025-11-14");
        assert_eq!(weekday(p, 1, Dir::OnOrAfter).to_string(), "2025-11-25");
        assert_eq!(weekday(p, 3, Dir::Before).to_string(), "2025-11-13");
        assert_eq!(weekday(p, 3, Dir::After).to_string(), "2025-11-27");
        assert_eq!(weekday(p, 0, Dir::Same).to_string(), "2025-11-17");
    }

    #[test]
    fn values_outside_four_digit_years_are_dropped() {
        assert_eq!(Val::Year(-975).render(), None);
        assert_eq!(Val::Year(25).render().unwrap(), "0025");
        assert_eq!(Val::Month(12025, 1).render(), None);
        assert_eq!(Val::Clock(9, 5).render().unwrap(), "09:05");
    }

    #[test]
    fn months_and_weeks() {
        let p = d(2025, 11, 20);
        assert_eq!(month_year(p, 1, Dir::OnOrBefore), 2025);
        assert_eq!(month_year(p, 12, Dir::OnOrBefore), 2024);
        assert_eq!(month_year(p, 1, Dir::OnOrAfter), 2026);
        assert_eq!(month_year(p, 11, Dir::Before), 2024);
        assert_eq!(shift_month(p, 2).render().unwrap(), "2026-01");
        assert_eq!(shift_month(d(2025, 1, 5), -1).render().unwrap(), "2024-12");
        assert_eq!(iso_week(p).render().unwrap(), "2025-W47");
        assert_eq!(iso_week(d(2021, 1, 1)).render().unwrap(), "2020-W53");
        let md = |m, day, f| month_day_year(p, m, day, f).unwrap().to_string();
        assert_eq!(md(12, 3, false), "2025-12-03");
        assert_eq!(md(5, 5, false), "2025-05-05");
        assert_eq!(md(5, 5, true), "2026-05-05");
        assert_eq!(md(11, 20, false), "2025-11-20");
        assert_eq!(md(2, 29, false), "2024-02-29");
        assert_eq!(
            month_day_year(d(2025, 1, 3), 12, 28, false)
                .unwrap()
                .to_string(),
            "2024-12-28"
        );
    }
}
