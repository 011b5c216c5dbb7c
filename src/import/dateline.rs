//! Import step, datelines: a dateline's month and day completed with the
//! issue's year. A story filed in late December and printed in January
//! belongs to the previous year.

use super::byline::RawDateline;
use crate::content::{Date, Dateline};

/// Days a dateline may lie after the issue date before it is read as last year's
/// (a dateline is never really in the future; a little slack covers misprints).
const FUTURE_SLACK_DAYS: i64 = 7;

/// Completes a raw dateline against the issue date. An impossible date
/// (`2月30日`) keeps the place and drops the date.
pub fn complete(raw: &RawDateline, issue: Date) -> Option<Dateline> {
    let date = match (raw.month, raw.day) {
        (Some(m), Some(d)) => Date::new(issue.year, m, d).and_then(|this_year| {
            if this_year.days_since_epoch() - issue.days_since_epoch() > FUTURE_SLACK_DAYS {
                Date::new(issue.year - 1, m, d)
            } else {
                Some(this_year)
            }
        }),
        // `北京1日电`: the day alone is of the issue's month, or of the month
        // before when that day is still to come.
        (None, Some(d)) => {
            let (y, m) = if d > issue.day + FUTURE_SLACK_DAYS as u32 {
                if issue.month == 1 { (issue.year - 1, 12) } else { (issue.year, issue.month - 1) }
            } else {
                (issue.year, issue.month)
            };
            Date::new(y, m, d)
        }
        _ => None,
    };
    let place = raw.place.clone().filter(|p| !p.trim().is_empty());
    if place.is_none() && date.is_none() {
        return None;
    }
    Some(Dateline { place, date })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(m: u32, d: u32) -> RawDateline {
        RawDateline { place: Some("天津".into()), month: Some(m), day: Some(d) }
    }

    #[test]
    fn same_year() {
        let d = complete(&raw(2, 10), Date::new(2026, 2, 11).unwrap()).unwrap();
        assert_eq!(d.date, Date::new(2026, 2, 10));
        assert_eq!(d.place.as_deref(), Some("天津"));
    }

    #[test]
    fn december_dateline_on_a_january_issue_is_last_year() {
        let d = complete(&raw(12, 30), Date::new(2026, 1, 2).unwrap()).unwrap();
        assert_eq!(d.date, Date::new(2025, 12, 30));
        let d = complete(&raw(12, 31), Date::new(2026, 1, 1).unwrap()).unwrap();
        assert_eq!(d.date, Date::new(2025, 12, 31));
    }

    #[test]
    fn a_day_alone_is_of_the_issue_month() {
        let day = |d| RawDateline { place: Some("台北".into()), month: None, day: Some(d) };
        let d = complete(&day(1), Date::new(2025, 12, 2).unwrap()).unwrap();
        assert_eq!(d.date, Date::new(2025, 12, 1));
        let d = complete(&day(30), Date::new(2026, 1, 1).unwrap()).unwrap();
        assert_eq!(d.date, Date::new(2025, 12, 30));
        let d = complete(&day(28), Date::new(2026, 3, 1).unwrap()).unwrap();
        assert_eq!(d.date, Date::new(2026, 2, 28));
    }

    #[test]
    fn impossible_dates_keep_the_place() {
        let d = complete(&raw(2, 30), Date::new(2026, 3, 1).unwrap()).unwrap();
        assert_eq!(d.date, None);
        assert_eq!(d.place.as_deref(), Some("天津"));
        assert!(complete(&RawDateline::default(), Date::new(2026, 3, 1).unwrap()).is_none());
    }
}
