//! `ramverk i18n merge FILE`: a translated PO or XLIFF file, checked, into the translation file.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use anyhow::{Context as _, bail};
use ramverk_i18n::{self as i18n, Exchange, Translation, read_exchange, translation_path};
use ramverk_source::Code;
use serde_json::json;

use super::load_with_translations;
use crate::cli::{Format, I18nMergeArgs};
use crate::commands::{default_paths, problems_text};
use crate::output::{self, Outcome};

pub fn run(args: &I18nMergeArgs) -> anyhow::Result<Outcome> {
    // With --framework, the framework loads while the file is read.
    let (exchange, preloaded) = std::thread::scope(|scope| {
        let preload = args.framework.as_deref().map(|path| {
            crate::commands::spawn_reader(scope, move || crate::commands::load_texts(path))
        });
        let exchange = read_exchange(&args.file);
        (
            exchange,
            preload.map(|job| {
                job.join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            }),
        )
    });
    let exchange = exchange.map_err(|problems| {
        let count = problems.0.len();
        anyhow::anyhow!(
            "{}\n{} cannot be read ({count} problem(s)); nothing was merged",
            problems_text(problems, Code::ExchangeInvalid),
            args.file.display(),
        )
    })?;
    let Some(language) = exchange.language.clone() else {
        bail!(
            "{}: the file does not say which language it is in\n  help: set the PO header's `Language:` field or the XLIFF `trgLang` attribute",
            args.file.display()
        );
    };
    i18n::check_language(&language).map_err(anyhow::Error::msg)?;
    let path = framework_path(args.framework.as_deref(), &exchange)?;
    let (framework, translation) = match preloaded {
        Some(loaded) => (
            loaded?.1,
            crate::commands::localize::read_translation(&path, &language)?,
        ),
        None => {
            let (_, framework, mut translations) =
                load_with_translations(&path, std::slice::from_ref(&language))?;
            (
                framework,
                translations.pop().and_then(|(_, translation)| translation),
            )
        }
    };
    let mut translation = translation
        .unwrap_or_else(|| Translation::new(translation_path(&path, &language), &language));
    let messages = i18n::messages(&framework);
    let report = i18n::merge_messages(
        &framework,
        &messages,
        &mut translation,
        &exchange,
        args.skip_outdated,
    )
    .map_err(|problems| {
        let count = problems.0.len();
        anyhow::anyhow!(
            "{}\nrefused: {count} problem(s) in {}; nothing was written",
            problems_text(problems, Code::ExchangeInvalid),
            args.file.display()
        )
    })?;
    let changed = !report.added.is_empty() || !report.updated.is_empty();
    if changed && !args.dry_run {
        write(&translation, &framework, &messages)?;
    }
    let summary = match args.format {
        Format::Json => {
            serde_json::to_string_pretty(&json!({
                "file": args.file,
                "framework": framework.id,
                "language": language,
                "translation": translation.path,
                "written": changed && !args.dry_run,
                "added": report.added,
                "updated": report.updated,
                "unchanged": report.unchanged,
                "untranslated": report.untranslated,
                "skipped_outdated": report.skipped_outdated,
            }))? + "\n"
        }
        Format::Human => human(&report, &translation.path, changed, args.dry_run),
    };
    match args.format {
        Format::Human => output::print_human(&summary, output::ColorMode::plain())?,
        Format::Json => output::print(&summary)?,
    }
    Ok(Outcome::Ok)
}

/// Writes the translation file atomically, then reads it back to make sure it is sound.
fn write(
    translation: &Translation,
    framework: &ramverk_model::Framework,
    messages: &[i18n::Message<'_>],
) -> anyhow::Result<()> {
    let order: HashMap<&str, usize> = messages
        .iter()
        .enumerate()
        .map(|(index, message)| (message.key.as_str(), index))
        .collect();
    let text = translation.render(&order, &framework.id);
    let reread = Translation::parse(&translation.path, text.clone()).map_err(|problems| {
        anyhow::anyhow!(
            "internal error: the merged file would not read back ({problems}); nothing was written"
        )
    })?;
    let same = |a: &i18n::Entry, b: &i18n::Entry| {
        a.text == b.text
            && a.state == b.state
            && a.fingerprint == b.fingerprint
            && a.source == b.source
    };
    for entry in &translation.entries {
        let back = reread.get(&entry.key);
        anyhow::ensure!(
            back.is_some_and(|back| same(back, entry)),
            "internal error: `{}` would not read back as merged; nothing was written",
            entry.key
        );
    }
    if let Some(dir) = translation.path.parent() {
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    }
    ramverk_source::write_atomic(&translation.path, text.as_bytes())
        .with_context(|| format!("cannot write {}", translation.path.display()))
}

fn human(report: &i18n::Report, path: &Path, changed: bool, dry_run: bool) -> String {
    let mut out = format!(
        "{} added, {} updated, {} unchanged, {} untranslated in the file\n",
        report.added.len(),
        report.updated.len(),
        report.unchanged,
        report.untranslated
    );
    for (what, keys) in [("added", &report.added), ("updated", &report.updated)] {
        if !keys.is_empty() {
            out.push_str(&format!("{what}: {}\n", listed(keys)));
        }
    }
    if !report.skipped_outdated.is_empty() {
        out.push_str(&format!(
            "{} left out because their source text changed since extraction (extract again to translate them): {}\n",
            report.skipped_outdated.len(),
            report.skipped_outdated.join(", ")
        ));
    }
    out.push_str(&match (changed, dry_run) {
        (true, true) => format!("dry run: {} not written\n", path.display()),
        (true, false) => format!("wrote {}\n", path.display()),
        (false, _) => format!("{} already up to date\n", path.display()),
    });
    out
}

/// At most this many keys are named per line of the summary (JSON lists them all).
const LISTED: usize = 20;

/// `1.1.title, 1.2.definition` — the first [`LISTED`] keys, with how many more there are.
fn listed(keys: &[String]) -> String {
    let mut text = keys
        .iter()
        .take(LISTED)
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join(", ");
    if keys.len() > LISTED {
        text.push_str(&format!(" and {} more", keys.len() - LISTED));
    }
    text
}

/// The framework to merge into: --framework, or the one whose id the file names.
fn framework_path(given: Option<&Path>, exchange: &Exchange) -> anyhow::Result<PathBuf> {
    if let Some(path) = given {
        return Ok(path.to_owned());
    }
    let Some(id) = &exchange.framework else {
        bail!(
            "{} does not name its framework; say which with --framework PATH",
            exchange.path.display()
        );
    };
    let mut candidates = vec![PathBuf::from(".")];
    candidates.extend(default_paths().unwrap_or_default());
    for candidate in candidates {
        if !candidate.join(ramverk_check::load::ROOT_FILE).is_file() {
            continue;
        }
        if let Ok(loaded) = ramverk_check::load_texts(&candidate)
            && loaded
                .framework
                .as_ref()
                .is_some_and(|framework| framework.id == *id)
        {
            return Ok(candidate);
        }
    }
    bail!("no framework `{id}` here or under ./frameworks; say where it is with --framework PATH")
}

#[cfg(test)]
mod tests {
    use super::listed;

    #[test]
    fn a_long_list_of_keys_is_cut_with_a_count() {
        let keys: Vec<String> = (1..=23).map(|n| format!("competence:{n}:title")).collect();
        let text = listed(&keys);
        assert!(text.starts_with("competence:1:title, competence:2:title, "));
        assert!(text.ends_with("competence:20:title and 3 more"), "{text}");
        assert_eq!(listed(&keys[..1]), "competence:1:title");
    }
}
