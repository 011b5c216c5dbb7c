//! Calendar dates of issues: parsing front matter dates and the arithmetic the
//! date archive needs (weekday, days in a month). Only civil dates matter to a
//! newspaper archive: an article belongs to the issue printed on its date.

use std::fmt;

/// A civil date (no time zone): the date an issue was printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Date {
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        if !(1..=9999).contains(&year) || !(1..=12).contains(&month) {
            return None;
        }
        if day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// Parses `YYYY-MM-DD`, or the date part of an RFC 3339 date-time
    /// (`2026-02-11T08:00:00+08:00`): the issue date is the date as written,
    /// never shifted to another zone.
    pub fn parse(s: &str) -> Option<Date> {
        let s = s.trim();
        let b = s.as_bytes();
        if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let digits = |r: std::ops::Range<usize>| -> Option<u32> {
            let part = &s[r];
            if part.bytes().all(|c| c.is_ascii_digit()) { part.parse().ok() } else { None }
        };
        let date = Date::new(digits(0..4)? as i32, digits(5..7)?, digits(8..10)?)?;
        if b.len() > 10 && time_of(&s[10..]).is_none() {
            return None;
        }
        Some(date)
    }

    /// A date as staff write one by hand, without a time: `2026/2/11`,
    /// `2026.02.11`, `2026-2-11`, `2026年2月11日`, in full-width digits too
    /// (`２０２６－０２－１１`, as a Chinese input method types them). Front matter takes these
    /// beside [`Date::parse`]'s forms (an importer always writes those).
    pub fn parse_written(s: &str) -> Option<Date> {
        let s = half_width(s);
        let s = s.trim();
        let parts: Vec<&str> = match s.strip_suffix('日') {
            Some(rest) => {
                let (y, md) = rest.split_once('年')?;
                let (m, d) = md.split_once('月')?;
                vec![y, m, d]
            }
            None => s.split(['/', '.', '-']).collect(),
        };
        let [y, m, d] = parts[..] else { return None };
        let number = |p: &str, max_len: usize| {
            let p = p.trim();
            (!p.is_empty() && p.len() <= max_len && p.bytes().all(|c| c.is_ascii_digit()))
                .then(|| p.parse::<u32>().ok())
                .flatten()
        };
        if y.trim().len() != 4 {
            return None;
        }
        Date::new(number(y, 4)? as i32, number(m, 2)?, number(d, 2)?)
    }

    /// 0 = Monday … 6 = Sunday.
    pub fn weekday(&self) -> u32 {
        // Days since 1970-01-01 (a Thursday).
        ((self.days_since_epoch() + 3).rem_euclid(7)) as u32
    }

    pub fn days_since_epoch(&self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = if self.month <= 2 { self.year - 1 } else { self.year } as i64;
        let era = if y >= 0 { y } else { y - 399 } / 400;
        let yoe = y - era * 400;
        let m = self.month as i64;
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + self.day as i64 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146097 + doe - 719468
    }
}

/// What follows the date in a date-time, checked and written the RFC 3339
/// way: `T` (or `t` or a space), `HH:MM` with optional `:SS` (hours to
/// 23, minutes to 59, seconds to 60 for a leap second) and fraction, then
/// an optional zone: `Z`, `±HH:MM`, or the `±HHMM` and `±HH` that exports
/// write too, an offset also after a space. Returns the time as `THH:MM:SS[.f][Z|±HH:MM]` and whether a
/// zone was given; `None` when it is not such a time: a `25:00` would
/// otherwise reach the Atom feed and the article's metadata as written.
fn time_of(rest: &str) -> Option<(String, bool)> {
    let b = rest.as_bytes();
    let two = |i: usize, max: u32| -> Option<&str> {
        let (h, l) = (*b.get(i)?, *b.get(i + 1)?);
        (h.is_ascii_digit() && l.is_ascii_digit() && u32::from(h - b'0') * 10 + u32::from(l - b'0') <= max)
            .then(|| &rest[i..i + 2])
    };
    if !matches!(b.first(), Some(b'T' | b't' | b' ')) || b.get(3) != Some(&b':') {
        return None;
    }
    let mut out = format!("T{}:{}", two(1, 23)?, two(4, 59)?);
    let mut i = 6;
    if b.get(i) == Some(&b':') {
        out.push(':');
        out.push_str(two(7, 60)?);
        i = 9;
        if b.get(i) == Some(&b'.') {
            let digits = b[i + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
            if digits == 0 {
                return None;
            }
            out.push_str(&rest[i..i + 1 + digits]);
            i += 1 + digits;
        }
    } else {
        out.push_str(":00");
    }
    // Jekyll writes `2024-01-01 10:00:00 +0800`: a space before the offset.
    if b.get(i) == Some(&b' ') && matches!(b.get(i + 1), Some(b'+' | b'-')) {
        i += 1;
    }
    let zone = match &b[i..] {
        [] => return Some((out, false)),
        [b'Z' | b'z'] => "Z".to_string(),
        [s @ (b'+' | b'-'), _, _, b':', _, _] => format!("{}{}:{}", *s as char, two(i + 1, 23)?, two(i + 4, 59)?),
        [s @ (b'+' | b'-'), _, _, _, _] => format!("{}{}:{}", *s as char, two(i + 1, 23)?, two(i + 3, 59)?),
        [s @ (b'+' | b'-'), _, _] => format!("{}{}:00", *s as char, two(i + 1, 23)?),
        _ => return None,
    };
    out.push_str(&zone);
    Some((out, true))
}

/// A date-time the front matter accepted, the RFC 3339 way
/// (`2026-02-11T08:00:00+08:00`), and whether it names its zone (a local
/// time is taken as UTC where a zone is required, as in Atom).
pub fn rfc3339(datetime: &str) -> Option<(String, bool)> {
    let datetime = datetime.trim();
    let (time, zoned) = time_of(datetime.get(10..)?)?;
    Some((format!("{}{time}", &datetime[..10]), zoned))
}

pub fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl serde::Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for Date {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Date::parse(&s).ok_or_else(|| {
            serde::de::Error::custom(format!("`{s}` is not a date (expected YYYY-MM-DD or an RFC 3339 date-time)"))
        })
    }
}

/// `s` with full-width ASCII forms (`２０２６－０２`, `ＡＩ`, the ideographic
/// space) as ASCII: what a Chinese input method types for a number.
pub fn half_width(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\u{ff01}'..='\u{ff5e}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            '\u{3000}' => ' ',
            c => c,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_dates_and_date_times() {
        assert_eq!(Date::parse("2026-02-11"), Date::new(2026, 2, 11));
        assert_eq!(Date::parse("2026-02-11T06:00:00+08:00"), Date::new(2026, 2, 11));
        assert_eq!(Date::parse("2024-02-29"), Date::new(2024, 2, 29));
        assert_eq!(Date::parse("2025-02-29"), None);
        assert_eq!(Date::parse("2026-13-01"), None);
        assert_eq!(Date::parse("2026-2-1"), None);
        assert_eq!(Date::parse("2026-02-11Tfoo"), None);
        assert_eq!(Date::parse("2026-02-11 06:00:00.25Z"), Date::new(2026, 2, 11));
        assert_eq!(Date::parse("2026-02-11T06:00:00"), Date::new(2026, 2, 11));
        assert_eq!(Date::parse("2026-02-11T23:59:60-05:30"), Date::new(2026, 2, 11));
        assert_eq!(Date::parse("2026-02-11 08:30+0800"), Date::new(2026, 2, 11));
        assert_eq!(Date::parse("tomorrow"), None);
    }

    /// A time out of range, or in no form a time is written in, is no
    /// date: it would reach the feed as written.
    #[test]
    fn times_must_be_times() {
        for bad in [
            "2026-02-11T25:00:00+08:00",
            "2026-02-11T08:60:00Z",
            "2026-02-11T08:00:61Z",
            "2026-02-11T08:00:00+24:00",
            "2026-02-11T08:00:00+08:60",
            "2026-02-11T08:00:00.Z",
            "2026-02-11T08:00:00++",
            "2026-02-11T08:00:00+8",
            "2026-02-11T8:00:00Z",
            "2026-02-11T0800",
            "2026-02-11X08:00:00Z",
        ] {
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn date_times_are_written_the_rfc_3339_way() {
        let t = |s: &str| rfc3339(s).unwrap();
        assert_eq!(t("2026-02-11T08:00:00.5+08:00"), ("2026-02-11T08:00:00.5+08:00".into(), true));
        assert_eq!(t("2026-02-11 08:00:00z"), ("2026-02-11T08:00:00Z".into(), true));
        assert_eq!(t("2026-02-11t08:00"), ("2026-02-11T08:00:00".into(), false));
        assert_eq!(t("2026-02-11 08:30+0800"), ("2026-02-11T08:30:00+08:00".into(), true));
        assert_eq!(t("2026-02-11T08:30:00-05"), ("2026-02-11T08:30:00-05:00".into(), true));
        assert_eq!(t("2026-02-11 08:30:00 +0800"), ("2026-02-11T08:30:00+08:00".into(), true));
        assert_eq!(rfc3339("2026-02-11"), None);
        assert_eq!(rfc3339("2026-02-11 08:30:00 "), Some(("2026-02-11T08:30:00".into(), false)), "trimmed");
        assert_eq!(rfc3339("2026-02-11 08:30:00  +0800"), None);
        assert_eq!(rfc3339("2026-02-11 08:30:00 Z"), None);
    }

    #[test]
    fn dates_as_staff_write_them() {
        let d = Date::new(2026, 2, 11);
        for s in [
            "2026/2/11",
            "2026/02/11",
            "2026.02.11",
            "2026-2-11",
            "2026年2月11日",
            " 2026年02月11日 ",
            "２０２６－０２－１１",
            "２０２６年２月１１日",
        ] {
            assert_eq!(Date::parse_written(s), d, "{s}");
        }
        for s in [
            "2026/2/30",
            "26/2/11",
            "2026/2",
            "2026/2/11/1",
            "2026年2月11",
            "2026-02-11T08:00",
            "2026/+2/11",
            "2026/002/11",
        ] {
            assert_eq!(Date::parse_written(s), None, "{s}");
        }
    }

    #[test]
    fn weekdays() {
        assert_eq!(Date::new(2026, 2, 11).unwrap().weekday(), 2); // Wednesday
        assert_eq!(Date::new(1970, 1, 1).unwrap().weekday(), 3);
        assert_eq!(Date::new(2000, 2, 29).unwrap().weekday(), 1);
    }
}
