//! Calendar dates: the publication date and the values of date expressions.

use crate::error::Error;
use std::fmt;
use std::str::FromStr;

/// A day of the calendar (proleptic Gregorian): the publication date, given
/// to [`Extractor::analyze_dated`](crate::Extractor::analyze_dated) or read
/// from a leading `date YYYY-MM-DD` marker.
///
/// Every `Date` names a day that exists: the fields are private, and the
/// constructors ([`Date::new`], [`str::parse`]) refuse anything else.
///
/// ```
/// use reportage::Date;
/// let d: Date = "2024-02-29".parse().unwrap();
/// assert_eq!((d.year(), d.month(), d.day()), (2024, 2, 29));
/// assert_eq!(Date::new(2024, 2, 29), Some(d));
/// assert!("2025-02-29".parse::<Date>().is_err());
/// assert!(Date::new(2025, 13, 1).is_none());
/// assert_eq!(d.to_string(), "2024-02-29");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Year, e.g. 2025.
    pub(crate) year: i32,
    /// Month, 1 to 12.
    pub(crate) month: u32,
    /// Day of the month, 1 to 31.
    pub(crate) day: u32,
}

impl Date {
    /// The date `year-month-day`, if that day exists in the calendar.
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// The year (2025).
    pub const fn year(&self) -> i32 {
        self.year
    }

    /// The month, 1 to 12.
    pub const fn month(&self) -> u32 {
        self.month
    }

    /// The day of the month, 1 to 31.
    pub const fn day(&self) -> u32 {
        self.day
    }

    /// Read `YYYY-MM-DD` (exactly: four-digit year, two-digit month and day),
    /// if it names a day that exists. The parser of [`FromStr`] and of the
    /// in-text marker.
    pub(crate) fn parse_iso(s: &[u8]) -> Option<Date> {
        let digits = |r: std::ops::Range<usize>| s[r].iter().all(u8::is_ascii_digit);
        if s.len() != 10
            || !(digits(0..4) && s[4] == b'-' && digits(5..7) && s[7] == b'-' && digits(8..10))
        {
            return None;
        }
        let num = |r: std::ops::Range<usize>| {
            s[r].iter()
                .fold(0u32, |acc, &c| acc * 10 + u32::from(c - b'0'))
        };
        Date::new(num(0..4) as i32, num(5..7), num(8..10))
    }

    /// Days since 1970-01-01 (negative before).
    pub fn days_from_epoch(&self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = if y >= 0 { y } else { y - 399 } / 400;
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` after (or before, when negative) this one.
    pub fn add_days(&self, days: i64) -> Date {
        let z = self.days_from_epoch() + days + 719_468;
        let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    /// Day of the week, 0 = Monday … 6 = Sunday.
    pub fn weekday(&self) -> u32 {
        // 1970-01-01 was a Thursday (3).
        ((self.days_from_epoch() + 3).rem_euclid(7)) as u32
    }
}

/// Number of days in `month` of `year`.
pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl FromStr for Date {
    type Err = Error;

    /// Parse `YYYY-MM-DD` (a four-digit year, two-digit month and day) naming
    /// a day that exists; anything else (other formats, surrounding spaces,
    /// 2025-02-29) is an error.
    fn from_str(s: &str) -> Result<Date, Error> {
        Date::parse_iso(s.as_bytes()).ok_or_else(|| Error::bad_date(s))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_arithmetic_round_trips() {
        let d = Date::new(2025, 11, 20).unwrap();
        assert_eq!(d.weekday(), 3, "2025-11-20 is a Thursday");
        assert_eq!(d.add_days(-1).to_string(), "2025-11-19");
        assert_eq!(d.add_days(42).to_string(), "2026-01-01");
        assert_eq!(
            Date::new(2024, 2, 29).unwrap().add_days(365).to_string(),
            "2025-02-28"
        );
        assert!(Date::new(2025, 2, 29).is_none());
        for k in -1000..1000 {
            let e = d.add_days(k);
            assert_eq!(e.to_string().parse::<Date>(), Ok(e));
            assert_eq!(d.add_days(k).days_from_epoch(), d.days_from_epoch() + k);
        }
    }

    #[test]
    fn parses_only_real_days_in_the_iso_form() {
        assert_eq!(
            "2025-11-20".parse::<Date>(),
            Ok(Date::new(2025, 11, 20).unwrap())
        );
        assert_eq!("0999-01-31".parse::<Date>().map(|d| d.year()), Ok(999));
        for bad in [
            "",
            "2025-11-2",
            "2025-11-200",
            " 2025-11-20",
            "2025-11-20 ",
            "2025/11/20",
            "2025-13-01",
            "2025-00-10",
            "2025-04-31",
            "2025-02-29",
            "1900-02-29",
            "+025-01-01",
            "２０２５-11-20",
            "2025-1-020",
        ] {
            let err = bad.parse::<Date>().unwrap_err();
            assert!(err.to_string().contains("YYYY-MM-DD"), "{bad:?}: {err}");
        }
        assert!("2000-02-29".parse::<Date>().is_ok());
    }
}
