//! Checks of framework metadata: version, language tag and dates.

use crate::Context;
use ramverk_source::Code;
use ramverk_source::Diagnostic;
use ramverk_source::Pointer;

/// Checks version, language and dates.
pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    let framework = cx.framework;
    let root = Pointer::root();
    if let Err(error) = semver::Version::parse(&framework.version) {
        out.push(
            cx.finding(
                Code::InvalidVersion,
                format!(
                    "version `{}` is not semantic versioning: {error}",
                    framework.version
                ),
                &root.key("version"),
                "not MAJOR.MINOR.PATCH",
            )
            .help("write the version as three numbers, such as `1.0.0`"),
        );
    }
    if !is_language_tag(&framework.language) {
        out.push(
            cx.finding(
                Code::InvalidLanguage,
                format!("`{}` is not a BCP 47 language tag", framework.language),
                &root.key("language"),
                "not a language tag",
            )
            .help("use a tag such as `sv`, `da`, `en` or `en-GB`"),
        );
    }
    let mut dates = vec![(root.key("adopted"), framework.adopted.as_deref())];
    for (index, source) in framework.sources.iter().enumerate() {
        dates.push((
            root.key("sources").index(index).key("date"),
            source.date.as_deref(),
        ));
    }
    for (pointer, date) in dates {
        if let Some(date) = date.filter(|date| !is_real_date(date)) {
            out.push(
                cx.finding(
                    Code::InvalidDate,
                    format!("`{date}` is not a calendar date"),
                    &pointer,
                    "no such date",
                )
                .help("write dates as YYYY-MM-DD, such as `2024-09-02`"),
            );
        }
    }
}

/// A well-formed BCP 47 tag: a 2–3 letter language, then subtags of 1–8 letters or digits.
pub fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let language_ok = parts.next().is_some_and(|language| {
        (2..=3).contains(&language.len()) && language.chars().all(|c| c.is_ascii_alphabetic())
    });
    language_ok
        && parts.all(|part| {
            (1..=8).contains(&part.len()) && part.chars().all(|c| c.is_ascii_alphanumeric())
        })
}

/// A `YYYY-MM-DD` date that exists in the Gregorian calendar.
pub fn is_real_date(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    let [year, month, day] = parts.as_slice() else {
        return false;
    };
    let (Ok(year), Ok(month), Ok(day)) = (
        year.parse::<u32>(),
        month.parse::<u32>(),
        day.parse::<u32>(),
    ) else {
        return false;
    };
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    text.len() == 10 && (1..=days).contains(&day)
}

#[cfg(test)]
mod tests {
    use super::{is_language_tag, is_real_date};

    #[test]
    fn language_tags() {
        assert!(is_language_tag("sv"));
        assert!(is_language_tag("en-GB"));
        assert!(is_language_tag("da-DK"));
        assert!(!is_language_tag("swedish"));
        assert!(!is_language_tag("s"));
        assert!(!is_language_tag("sv_SE"));
        assert!(!is_language_tag(""));
    }

    #[test]
    fn dates() {
        assert!(is_real_date("2024-09-02"));
        assert!(is_real_date("2024-02-29"));
        assert!(!is_real_date("2023-02-29"));
        assert!(!is_real_date("2024-13-01"));
        assert!(!is_real_date("2024-9-2"));
    }
}
