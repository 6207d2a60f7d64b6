//! `ramverk i18n …`: translation status, files for translators, and merging them back.

mod extract;
mod glossary;
mod merge;
mod status;

use std::path::Path;

use anyhow::Context as _;

use crate::cli::I18nCommand;
use crate::output::{ColorMode, Outcome};

/// Runs one `i18n` subcommand.
pub fn run(command: &I18nCommand, color: ColorMode) -> anyhow::Result<Outcome> {
    match command {
        I18nCommand::Status(args) => status::run(args, color),
        I18nCommand::Extract(args) => extract::run(args),
        I18nCommand::Merge(args) => merge::run(args),
        I18nCommand::Glossary(args) => glossary::run(args),
    }
}

/// Writes `text` to `path` atomically, or prints it.
fn write_or_print(output: Option<&Path>, text: &str) -> anyhow::Result<()> {
    match output {
        Some(path) => ramverk_source::write_atomic(path, text.as_bytes())
            .with_context(|| format!("cannot write {}", path.display())),
        None => Ok(crate::output::print(text)?),
    }
}

/// A framework's texts and its translations into `languages`, read at the same time: each
/// translation file on its own thread while the framework loads on the others.
type Translations = Vec<(String, Option<ramverk_i18n::Translation>)>;

fn load_with_translations(
    path: &Path,
    languages: &[String],
) -> anyhow::Result<(
    ramverk_check::Loaded,
    ramverk_model::Framework,
    Translations,
)> {
    std::thread::scope(|scope| {
        let readers: Vec<_> = languages
            .iter()
            .map(|language| {
                (
                    language.clone(),
                    crate::commands::spawn_reader(scope, move || {
                        crate::commands::localize::read_translation(path, language)
                    }),
                )
            })
            .collect();
        let loaded = crate::commands::load_texts(path);
        let mut translations = Vec::new();
        for (language, reader) in readers {
            let translation = reader
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic))?;
            translations.push((language, translation));
        }
        let (loaded, framework) = loaded?;
        Ok((loaded, framework, translations))
    })
}

/// Now as `YYYY-MM-DD HH:MM+0000` (UTC), or the time in `SOURCE_DATE_EPOCH` when set, so that
/// extracted files can be reproduced.
fn revision_date() -> String {
    let seconds = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|value| value.trim().parse::<i64>().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_secs() as i64)
                .unwrap_or(0)
        });
    let (days, rest) = (seconds.div_euclid(86_400), seconds.rem_euclid(86_400));
    let (year, month, day) = civil_from_days(days);
    format!(
        "{year:04}-{month:02}-{day:02} {:02}:{:02}+0000",
        rest / 3600,
        rest % 3600 / 60
    )
}

/// The proleptic Gregorian date of a day count since 1970-01-01 (Howard Hinnant's algorithm).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    #[test]
    fn civil_dates() {
        assert_eq!(super::civil_from_days(0), (1970, 1, 1));
        assert_eq!(super::civil_from_days(20_779), (2026, 11, 22));
        assert_eq!(super::civil_from_days(11_016), (2000, 2, 29));
    }
}
