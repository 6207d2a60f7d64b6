//! One module per subcommand.

pub mod approve;
pub mod diff;
pub mod export;
pub mod generate;
pub mod i18n;
pub mod plugin;
pub mod plugins;
pub mod ratings;
pub mod schema;
pub mod score;
pub mod show;
pub mod stats;
pub mod validate;
pub mod version;

use std::path::{Path, PathBuf};

use anyhow::Context as _;
use ramverk_core::{Framework, Loaded};

/// Loads a framework for a reading command; a framework that cannot be built is an error
/// whose message lists the findings and points at `ramverk validate`.
pub fn load_framework(path: &Path) -> anyhow::Result<(Loaded, Framework)> {
    framework_of(ramverk_core::load(path)?)
}

/// Loads a framework's texts for a translation command (expected levels are not read).
pub fn load_texts(path: &Path) -> anyhow::Result<(Loaded, Framework)> {
    framework_of(ramverk_core::load_texts(path)?)
}

/// The model of a loaded framework, or an error naming its first finding.
pub fn framework_of(loaded: Loaded) -> anyhow::Result<(Loaded, Framework)> {
    let path = loaded.path.clone();
    let path = path.as_path();
    let framework = loaded.framework.clone().with_context(|| {
        let first = loaded
            .diagnostics
            .first()
            .map(|diagnostic| {
                let place = diagnostic
                    .primary
                    .as_ref()
                    .and_then(|label| loaded.map.files.get(label.file).map(|file| (file, label)))
                    .map(|(file, label)| format!("{}:{}:{}: ", file.path.display(), label.position.line, label.position.column))
                    .unwrap_or_default();
                format!("{place}{}", diagnostic.message)
            })
            .unwrap_or_default();
        format!(
            "{} has {} error(s) and cannot be read; first: {first}\nrun `ramverk validate {}` for all of them",
            path.display(),
            loaded.diagnostics.len(),
            path.display()
        )
    })?;
    Ok((loaded, framework))
}

/// `framework` in `language` (as written when `None`), read from the translation file beside
/// the framework at `path`. Texts without a current translation stay in the source language —
/// marked `[sv]` in the texts with [`Marking::Bracketed`] — and a note on stderr counts them.
/// Without a translation file for `language`, `require_file` makes it an error (naming the
/// locales there are); otherwise everything is shown as written.
pub fn localize(
    path: &Path,
    framework: Framework,
    language: Option<&str>,
    marking: ramverk_core::i18n::Marking,
    require_file: bool,
) -> anyhow::Result<Framework> {
    use ramverk_core::i18n;
    let Some(language) = language else {
        return Ok(framework);
    };
    i18n::check_language(language).map_err(anyhow::Error::msg)?;
    if language == framework.language {
        return Ok(framework);
    }
    let translation = i18n::read_translation(path, language).map_err(|problems| {
        anyhow::anyhow!(
            "{problems}
the `{language}` translation has {} problem(s); fix them first",
            problems.0.len()
        )
    })?;
    if translation.is_none() && !require_file {
        eprintln!(
            "note: {} ({}) has no `{language}` translation; it is shown as written",
            framework.id,
            path.display()
        );
    }
    let Some(translation) = translation.or_else(|| {
        (!require_file)
            .then(|| i18n::Translation::new(i18n::translation_path(path, language), language))
    }) else {
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
            "{} has no `{language}` translation (available: {}, and `{}` as written)
  help: start one with `ramverk i18n extract {} --lang {language}`",
            framework.id,
            list,
            framework.language,
            path.display()
        );
    };
    let localized = i18n::localize(&framework, Some(&translation), language, marking);
    if !localized.fallbacks.is_empty() {
        let count = |reason| {
            localized
                .fallbacks
                .iter()
                .filter(|fallback| fallback.reason == reason)
                .count()
        };
        let marked = if marking == i18n::Marking::Bracketed {
            format!(", marked [{}]", localized.source_language)
        } else {
            String::new()
        };
        eprintln!(
            "note: {} of {} texts are shown in `{}`{marked}: {} not translated into `{language}`, {} stale, {} drafts; see `ramverk i18n status {} --lang {language}`",
            localized.fallbacks.len(),
            i18n::messages(&framework).len(),
            localized.source_language,
            count(i18n::Reason::Missing),
            count(i18n::Reason::Stale),
            count(i18n::Reason::Draft),
            path.display()
        );
    }
    Ok(localized.framework)
}

/// Every framework directory under `./frameworks`, for commands given no path.
pub fn default_paths() -> anyhow::Result<Vec<PathBuf>> {
    let dir = Path::new("frameworks");
    let entries = std::fs::read_dir(dir).with_context(
        || "no paths given and no ./frameworks directory here; name a framework to validate",
    )?;
    let mut paths: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.join(ramverk_core::load::ROOT_FILE).is_file())
        .collect();
    paths.sort();
    anyhow::ensure!(!paths.is_empty(), "no frameworks found under ./frameworks");
    Ok(paths)
}
