//! `--lang` for reading commands: the framework with the texts of a translation, and a note on
//! stderr counting what stays in the source language.

use std::path::Path;

use ramverk_i18n::{self as i18n, Marking, Translation};
use ramverk_model::Framework;
use ramverk_source::Code;

/// `framework` in `language` (as written when `None`), read from the translation file beside
/// the framework at `path`. Texts without a current translation stay in the source language —
/// marked `[sv]` in the texts with [`Marking::Bracketed`] — and a note on stderr counts them.
/// Without a translation file for `language`, `require_file` makes it an error (naming the
/// locales there are); otherwise everything is shown as written.
pub fn localize(
    path: &Path,
    framework: Framework,
    language: Option<&str>,
    marking: Marking,
    require_file: bool,
) -> anyhow::Result<Framework> {
    let Some(language) = wanted(&framework, language)? else {
        return Ok(framework);
    };
    let translation = translation_for(path, &framework, language, require_file)?;
    Ok(localize_with(
        path,
        &framework,
        language,
        translation.as_ref(),
        marking,
    ))
}

/// The language asked for, when it is not the framework's own.
pub fn wanted<'a>(
    framework: &Framework,
    language: Option<&'a str>,
) -> anyhow::Result<Option<&'a str>> {
    let Some(language) = language else {
        return Ok(None);
    };
    i18n::check_language(language).map_err(anyhow::Error::msg)?;
    Ok((language != framework.language).then_some(language))
}

/// The translation into `language` beside the framework at `path`; see [`localize`].
pub fn translation_for(
    path: &Path,
    framework: &Framework,
    language: &str,
    require_file: bool,
) -> anyhow::Result<Option<Translation>> {
    let translation = read_translation(path, language)?;
    if translation.is_some() || !require_file {
        return Ok(translation);
    }
    let available: Vec<String> = i18n::discover(path)
        .into_iter()
        .map(|(tag, _)| tag)
        .collect();
    let list = if available.is_empty() {
        "none yet".to_owned()
    } else {
        available.join(", ")
    };
    anyhow::bail!(
        "{} has no `{language}` translation (available: {list}, and `{}` as written)\n  help: start one with `ramverk i18n extract {} --lang {language}`",
        framework.id,
        framework.language,
        path.display()
    )
}

/// The translation into `language` beside the framework at `path`, if there is one; a file with
/// problems is an error listing them.
pub fn read_translation(path: &Path, language: &str) -> anyhow::Result<Option<Translation>> {
    i18n::read_translation(path, language).map_err(|problems| {
        let count = problems.0.len();
        anyhow::anyhow!(
            "{}\nthe `{language}` translation has {count} problem(s); fix them first",
            super::problems_text(problems, Code::TranslationInvalid)
        )
    })
}

/// `framework` with the texts of `translation` (none: all as written), with the note on stderr.
pub fn localize_with(
    path: &Path,
    framework: &Framework,
    language: &str,
    translation: Option<&Translation>,
    marking: Marking,
) -> Framework {
    let localized = i18n::localize(framework, translation, language, marking);
    if !localized.fallbacks.is_empty() {
        let count = |reason| {
            localized
                .fallbacks
                .iter()
                .filter(|fallback| fallback.reason == reason)
                .count()
        };
        let marked = if marking == Marking::Bracketed {
            format!(", marked [{}]", localized.source_language)
        } else {
            String::new()
        };
        crate::output::print_note(&format!(
            "note: {} of {} texts are shown in `{}`{marked}: {} not translated into `{language}`, {} stale, {} drafts; see `ramverk i18n status {} --lang {language}`",
            localized.fallbacks.len(),
            i18n::messages(framework).len(),
            localized.source_language,
            count(i18n::Reason::Missing),
            count(i18n::Reason::Stale),
            count(i18n::Reason::Draft),
            path.display()
        ));
    }
    localized.framework
}

/// `framework` in `language` for a document people read (`--lang`; as written when `None`),
/// with the texts left in the source language named, so that HTML can mark each such passage
/// with its own `lang` (and not with a `[sv]` prefix in the text). The note on stderr counts
/// them, as [`localize`] does.
pub fn localize_for_publishing(
    path: &Path,
    framework: Framework,
    language: Option<&str>,
) -> anyhow::Result<(Framework, ramverk_publish::Untranslated)> {
    let Some(language) = wanted(&framework, language)? else {
        return Ok((framework, ramverk_publish::Untranslated::none()));
    };
    let translation = translation_for(path, &framework, language, true)?;
    let localized = i18n::localize(&framework, translation.as_ref(), language, Marking::Plain);
    let keys: std::collections::HashSet<&str> = localized
        .fallbacks
        .iter()
        .map(|fallback| fallback.key.as_str())
        .collect();
    let pointers = i18n::messages(&framework)
        .into_iter()
        .filter(|message| keys.contains(message.key.as_str()))
        .map(|message| message.pointer.to_string())
        .collect();
    let untranslated = ramverk_publish::Untranslated {
        language: localized.source_language.clone(),
        pointers,
    };
    // The same note as for every other reading command.
    let framework = localize_with(
        path,
        &framework,
        language,
        translation.as_ref(),
        Marking::Plain,
    );
    Ok((framework, untranslated))
}
