//! lastChangeDateTime without a clock: the `last-change` setting, else the adopted date, else a
//! fixed date, so that the same input always gives the same package.

use ramverk_plugin_sdk::detailed_export::Framework;

/// Used when neither the setting nor the framework gives a date: the Unix epoch, which readers
/// recognise as "unknown".
pub const FALLBACK: &str = "1970-01-01T00:00:00Z";

/// The lastChangeDateTime of every record (ISO 8601 / RFC 3339, UTC unless the setting says
/// otherwise).
pub fn last_change(framework: &Framework, setting: Option<&str>) -> Result<String, String> {
    if let Some(text) = setting {
        return from_setting(text);
    }
    match &framework.adopted {
        Some(date) => Ok(format!(
            "{}T00:00:00Z",
            checked_date(date, "the framework's adopted date")?
        )),
        None => Ok(FALLBACK.into()),
    }
}

/// The adopted date as a CASE Date (`YYYY-MM-DD`), or an error naming the bad value.
pub fn checked_date<'a>(text: &'a str, what: &str) -> Result<&'a str, String> {
    if is_date(text) {
        Ok(text)
    } else {
        Err(format!(
            "{what} {text:?} is not a date of the form YYYY-MM-DD"
        ))
    }
}

fn from_setting(text: &str) -> Result<String, String> {
    if is_date(text) {
        Ok(format!("{text}T00:00:00Z"))
    } else if is_date_time(text) {
        Ok(text.to_string())
    } else {
        Err(format!(
            "the setting `last-change` = {text:?} is not an ISO 8601 date or date-time; write e.g. 2024-09-02 or 2024-09-02T12:00:00Z"
        ))
    }
}

/// `YYYY-MM-DD`, a day that exists.
pub fn is_date(text: &str) -> bool {
    let b = text.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let (Some(year), Some(month), Some(day)) =
        (number(&b[0..4]), number(&b[5..7]), number(&b[8..10]))
    else {
        return false;
    };
    (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month)
}

/// `YYYY-MM-DDThh:mm:ss`, optional fraction, then `Z` or `±hh:mm` (RFC 3339).
pub fn is_date_time(text: &str) -> bool {
    let Some((date, rest)) = text.split_once('T') else {
        return false;
    };
    if !is_date(date) || rest.len() < 9 {
        return false;
    }
    let (clock, zone) = rest.split_at(8);
    let c = clock.as_bytes();
    let clock_ok = c[2] == b':'
        && c[5] == b':'
        && number(&c[0..2]).is_some_and(|h| h < 24)
        && number(&c[3..5]).is_some_and(|m| m < 60)
        && number(&c[6..8]).is_some_and(|s| s < 61);
    clock_ok && without_fraction(zone).is_some_and(zone_ok)
}

/// The zone after an optional fraction of a second (`.` and at least one digit).
fn without_fraction(rest: &str) -> Option<&str> {
    let Some(fraction) = rest.strip_prefix('.') else {
        return Some(rest);
    };
    let zone = fraction.trim_start_matches(|c: char| c.is_ascii_digit());
    (zone.len() < fraction.len()).then_some(zone)
}

fn zone_ok(zone: &str) -> bool {
    if zone == "Z" {
        return true;
    }
    let z = zone.as_bytes();
    z.len() == 6
        && (z[0] == b'+' || z[0] == b'-')
        && z[3] == b':'
        && number(&z[1..3]).is_some_and(|h| h < 24)
        && number(&z[4..6]).is_some_and(|m| m < 60)
}

fn number(digits: &[u8]) -> Option<u32> {
    if digits.is_empty() || !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    Some(digits.iter().fold(0, |n, &d| n * 10 + u32::from(d - b'0')))
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::examples;

    #[test]
    fn adopted_date_else_fallback() {
        let mut framework = examples::framework();
        framework.adopted = Some("2024-09-02".into());
        assert_eq!(
            last_change(&framework, None).unwrap(),
            "2024-09-02T00:00:00Z"
        );
        framework.adopted = None;
        assert_eq!(last_change(&framework, None).unwrap(), FALLBACK);
    }

    #[test]
    fn setting_wins() {
        let framework = examples::framework();
        assert_eq!(
            last_change(&framework, Some("2025-01-31")).unwrap(),
            "2025-01-31T00:00:00Z"
        );
        assert_eq!(
            last_change(&framework, Some("2025-01-31T08:30:00+01:00")).unwrap(),
            "2025-01-31T08:30:00+01:00"
        );
        assert!(
            last_change(&framework, Some("31/01/2025"))
                .unwrap_err()
                .contains("last-change")
        );
    }

    #[test]
    fn bad_adopted_date_is_an_error() {
        let mut framework = examples::framework();
        framework.adopted = Some("2024-02-30".into());
        assert!(
            last_change(&framework, None)
                .unwrap_err()
                .contains("adopted")
        );
    }

    #[test]
    fn dates_and_date_times() {
        assert!(is_date("2024-02-29"));
        assert!(!is_date("2023-02-29"));
        assert!(!is_date("2024-13-01"));
        assert!(!is_date("2024-1-01"));
        assert!(is_date_time("2024-09-02T00:00:00Z"));
        assert!(is_date_time("2024-09-02T00:00:00.125Z"));
        assert!(is_date_time("2024-09-02T23:59:59-05:00"));
        assert!(!is_date_time("2024-09-02T24:00:00Z"));
        assert!(!is_date_time("2024-09-02T00:00:00"));
        assert!(!is_date_time("2024-09-02T00:00:00.Z"));
        assert!(!is_date_time("2024-09-02 00:00:00Z"));
    }
}
