//! `ramverk i18n extract`: one locale's texts as a PO or XLIFF 2 file for translators.

use anyhow::bail;
use ramverk_i18n::{
    self as i18n, Header, Message, Standing, TranslationState, check_language, gettext,
};
use ramverk_source::Target;

use super::{load_with_translations, write_or_print};
use crate::cli::{ExchangeFormat, I18nExtractArgs};
use crate::output::Outcome;

pub fn run(args: &I18nExtractArgs) -> anyhow::Result<Outcome> {
    check_language(&args.lang).map_err(anyhow::Error::msg)?;
    let (loaded, framework, mut translations) =
        load_with_translations(&args.path, std::slice::from_ref(&args.lang))?;
    if args.lang == framework.language {
        bail!(
            "{} is written in `{}`: there is nothing to translate into it; name another locale with --lang",
            framework.id,
            framework.language
        );
    }
    let translation = translations.pop().and_then(|(_, translation)| translation);
    let messages = i18n::messages(&framework);
    let base = if args.path.is_dir() {
        args.path.clone()
    } else {
        args.path.parent().map(|p| p.to_owned()).unwrap_or_default()
    };
    let reference = |message: &Message<'_>| -> Option<String> {
        if args.no_location {
            return None;
        }
        let (file, position) = loaded.map.locate(&message.pointer, Target::Value)?;
        let path = &loaded.map.files.get(file)?.path;
        let shown = path.strip_prefix(&base).unwrap_or(path);
        Some(format!("{}:{}", shown.display(), position.line))
    };
    let mut units = i18n::units(&messages, translation.as_ref(), &reference);
    if args.only_needed {
        units.retain(|unit| {
            !matches!(
                unit.standing,
                Standing::Current(
                    TranslationState::Translated
                        | TranslationState::Reviewed
                        | TranslationState::Final
                )
            )
        });
    }
    let header = Header {
        framework: framework.id.clone(),
        title: framework.title.clone(),
        version: framework.version.clone(),
        source_language: framework.language.clone(),
        language: args.lang.clone(),
        date: super::revision_date(),
    };
    let text = match args.format {
        ExchangeFormat::Po => gettext::write(&header, &units),
        ExchangeFormat::Xliff => i18n::xliff::write(&header, &units),
    };
    write_or_print(args.output.as_deref(), &text)?;
    if let Some(path) = &args.output {
        let needed = units
            .iter()
            .filter(|unit| {
                !matches!(
                    unit.standing,
                    Standing::Current(
                        TranslationState::Translated
                            | TranslationState::Reviewed
                            | TranslationState::Final
                    )
                )
            })
            .count();
        crate::output::print_note(&format!(
            "wrote {} ({} texts, {needed} to translate or update)",
            path.display(),
            units.len()
        ));
    }
    Ok(Outcome::Ok)
}
