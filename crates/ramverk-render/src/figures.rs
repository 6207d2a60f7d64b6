//! How a report's figures are written for people: whole percentages, means with two decimals and
//! signed changes, with the decimal sign of the reader's language (`3,16` in Swedish and Danish).

use ramverk_assess::Figures;

use crate::language::Language;

/// The six figures (persons, mean rating, ratings with a need, persons with a need, high
/// motivation, coverage), each as its value and, with an earlier round, its change: percentage
/// points for shares, two decimals for the mean rating.
pub fn figure_cells(
    now: &Figures,
    before: Option<&Figures>,
    language: Language,
) -> [(String, Option<String>); 6] {
    let share = |pick: fn(&Figures) -> Option<f64>| {
        (
            percent(pick(now)),
            share_change(pick(now), before.and_then(pick)),
        )
    };
    [
        (now.persons.to_string(), None),
        (
            mean(now.mean_rating, language),
            mean_change(
                now.mean_rating,
                before.and_then(|b| b.mean_rating),
                language,
            ),
        ),
        share(|f| f.need_share),
        share(|f| f.persons_with_need_share),
        share(|f| f.high_motivation_share),
        share(|f| f.coverage),
    ]
}

/// A share as a whole percentage (`29 %`), `–` when there is none.
pub fn percent(value: Option<f64>) -> String {
    value.map_or("–".to_string(), |v| format!("{:.0} %", v * 100.0))
}

/// A mean rating with two decimals (`3.16`, `3,16`), `–` when there is none.
pub fn mean(value: Option<f64>, language: Language) -> String {
    value.map_or("–".to_string(), |v| decimal(&format!("{v:.2}"), language))
}

/// The change of a share in whole percentage points, when both rounds have it.
fn share_change(now: Option<f64>, before: Option<f64>) -> Option<String> {
    Some(signed(
        ((now? - before?) * 100.0).round(),
        0,
        Language::English,
    ))
}

/// The change of a mean rating, when both rounds have it.
fn mean_change(now: Option<f64>, before: Option<f64>, language: Language) -> Option<String> {
    Some(signed(
        ((now? - before?) * 100.0).round() / 100.0,
        2,
        language,
    ))
}

/// `+3`, `-2`, `±0` (no "-0"), `+0,25` in Swedish.
pub fn signed(value: f64, decimals: usize, language: Language) -> String {
    let text = if value == 0.0 {
        format!("±{:.decimals$}", 0.0)
    } else {
        format!("{value:+.decimals$}")
    };
    decimal(&text, language)
}

/// A number written with `.` as written in `language`: Swedish and Danish take `,`.
fn decimal(number: &str, language: Language) -> String {
    match language {
        Language::Swedish | Language::Danish => number.replace('.', ","),
        Language::English => number.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::{mean, percent, signed};
    use crate::language::Language;

    #[test]
    fn figures_are_written_as_the_reader_writes_them() {
        assert_eq!(percent(Some(0.294)), "29 %");
        assert_eq!(percent(None), "–");
        assert_eq!(mean(Some(3.156), Language::English), "3.16");
        assert_eq!(mean(Some(3.156), Language::Swedish), "3,16");
        assert_eq!(mean(Some(3.156), Language::Danish), "3,16");
        assert_eq!(mean(None, Language::Swedish), "–");
        assert_eq!(signed(0.0, 0, Language::English), "±0");
        assert_eq!(signed(-0.0, 2, Language::Swedish), "±0,00");
        assert_eq!(signed(3.0, 0, Language::Swedish), "+3");
        assert_eq!(signed(-0.25, 2, Language::Danish), "-0,25");
        assert_eq!(signed(0.25, 2, Language::English), "+0.25");
    }
}
