//! Calendar dates: the publication date and the values of date expressions.

use std::fmt;

/// A calendar date (proleptic Gregorian), as read from the `date YYYY-MM-DD` marker.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Year, e.g. 2025.
    pub year: i32,
    /// Month, 1 to 12.
    pub month: u32,
    /// Day of the month, 1 to 31.
    pub day: u32,
}

impl Date {
    /// A date if `year-month-day` exists in the calendar.
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month, day })
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
            assert_eq!(d.add_days(k).days_from_epoch(), d.days_from_epoch() + k);
        }
    }
}
