//! Where a framework's translations are kept: `translations/<locale>.yaml` in a framework
//! directory, or `<name>.translations/<locale>.yaml` beside a single-file framework.

use std::path::{Path, PathBuf};

use crate::problem::{Problem, Problems};
use crate::translation::{Translation, is_language_tag};

/// The folder holding the translations of the framework at `framework`.
pub fn translations_dir(framework: &Path) -> PathBuf {
    if framework.is_dir() {
        return framework.join("translations");
    }
    let stem = framework
        .file_stem()
        .map(|stem| stem.to_string_lossy().into_owned())
        .unwrap_or_default();
    framework.with_file_name(format!("{stem}.translations"))
}

/// The translation file of `language` for the framework at `framework`.
pub fn translation_path(framework: &Path, language: &str) -> PathBuf {
    translations_dir(framework).join(format!("{language}.yaml"))
}

/// The locales that have a translation file, sorted, with their paths.
pub fn discover(framework: &Path) -> Vec<(String, PathBuf)> {
    let Ok(entries) = std::fs::read_dir(translations_dir(framework)) else {
        return Vec::new();
    };
    let mut found: Vec<(String, PathBuf)> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter_map(|path| {
            let stem = path.file_stem()?.to_str()?.to_owned();
            let yaml = path.extension().is_some_and(|ext| ext == "yaml");
            (yaml && is_language_tag(&stem)).then_some((stem, path))
        })
        .collect();
    found.sort();
    found
}

/// Reads the translation of `language`, or `None` when there is none yet.
pub fn read_translation(framework: &Path, language: &str) -> Result<Option<Translation>, Problems> {
    let path = translation_path(framework, language);
    if !path.exists() {
        return Ok(None);
    }
    let translation = Translation::read(&path)?;
    if translation.language != language {
        return Err(Problem::at(
            &path,
            1,
            1,
            format!(
                "the file is named for `{language}` but says `language: {}`",
                translation.language
            ),
        )
        .help(format!(
            "rename the file to {}.yaml or correct `language`",
            translation.language
        ))
        .into());
    }
    Ok(Some(translation))
}

/// Checks that `language` is a usable locale tag.
pub fn check_language(language: &str) -> Result<(), String> {
    if is_language_tag(language) {
        Ok(())
    } else {
        Err(format!(
            "`{language}` is not a language tag; use a BCP 47 tag such as `da`, `sv`, `en` or `en-GB`"
        ))
    }
}
