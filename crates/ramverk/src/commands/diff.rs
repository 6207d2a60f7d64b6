//! `ramverk diff OLD NEW`: the semantic difference between two versions of a framework.

use std::path::Path;

use anyhow::Context as _;
use ramverk_model::Framework;
use ramverk_review::revision::{open, parse_location};

use ramverk_i18n::Marking;

use super::framework_of;
use super::localize::{localize_with, translation_for, wanted};
use crate::cli::{DiffArgs, DiffFormat};
use crate::output::{self, ColorMode, Outcome};
use ramverk_publish::memo;
use ramverk_render::diff as view;
use ramverk_render::language::Language;

/// Loads both sides, compares them and prints the report.
pub fn run(args: &DiffArgs, color: ColorMode) -> anyhow::Result<Outcome> {
    // Both sides load at once; each also reads its files in parallel.
    let (old, new) = std::thread::scope(|scope| {
        let old = super::spawn_reader(scope, || {
            parse_location(&args.old).and_then(|location| open(&location))
        });
        let new = parse_location(&args.new).and_then(|location| open(&location));
        (
            old.join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
            new,
        )
    });
    let old = old.with_context(|| format!("cannot read {}", args.old))?;
    let new = new.with_context(|| format!("cannot read {}", args.new))?;
    let new_disk_path = new.disk_path.clone();
    let (_, old_framework) = framework_of(old.loaded)?;
    let (_, new_framework) = framework_of(new.loaded)?;
    let (old_framework, new_framework) = match args.lang.as_deref() {
        Some(language) => in_language(
            (&old.disk_path, old_framework),
            (&new.disk_path, new_framework),
            language,
            args.format,
        )?,
        None => (old_framework, new_framework),
    };
    let (old, new) = (old_framework, new_framework);
    let diff = ramverk_review::diff::diff(&old, &new);
    // The memo reads in the language the frameworks were read in (the framework's, or --lang).
    let language = Language::of(&new.language);
    let overrides = super::templates::for_documents(
        args.templates.as_deref(),
        &args.brand,
        matches!(args.format, DiffFormat::Markdown | DiffFormat::Html),
        args.format == DiffFormat::Html,
    )?;
    let text = match args.format {
        DiffFormat::Human => view::human(&diff, color),
        DiffFormat::Markdown => memo::markdown(&diff, (&old, &new), language, &overrides)?,
        DiffFormat::Html => {
            let branding = super::branding::load(&new_disk_path, &args.brand)?;
            memo::html(&diff, (&old, &new), language, &branding, &overrides)?
        }
        DiffFormat::Json => serde_json::to_string_pretty(&diff)? + "\n",
    };
    match args.format {
        DiffFormat::Human => output::print_human(&text, color)?,
        DiffFormat::Markdown | DiffFormat::Html | DiffFormat::Json => output::print(&text)?,
    }
    let outcome = if args.exit_code && !diff.is_empty() {
        Outcome::Findings
    } else {
        Outcome::Ok
    };
    // The process ends next: freeing both models item by item would only delay the exit.
    std::mem::forget((old, new, diff));
    Ok(outcome)
}

/// Both versions in `language`. A version without a translation file (an older one, from
/// before translations were kept) reads with the other version's translation: every text that
/// did not change since shows the same on both sides, so the diff shows only what changed.
fn in_language(
    (old_path, old): (&Path, Framework),
    (new_path, new): (&Path, Framework),
    language: &str,
    format: DiffFormat,
) -> anyhow::Result<(Framework, Framework)> {
    let marking = if format == DiffFormat::Json {
        Marking::Plain
    } else {
        Marking::Bracketed
    };
    let translation = |path: &Path, framework: &Framework| -> anyhow::Result<_> {
        match wanted(framework, Some(language))? {
            Some(language) => translation_for(path, framework, language, false),
            None => Ok(None),
        }
    };
    let (old_translation, new_translation) =
        (translation(old_path, &old)?, translation(new_path, &new)?);
    let borrowed = |side: &str, path: &Path, other: &str| {
        crate::output::print_note(&format!(
            "note: {side} version ({}) has no `{language}` translation; it reads with the {other} version's, for the texts that did not change",
            path.display()
        ));
    };
    let (old_translation, new_translation) = match (old_translation, new_translation) {
        (None, Some(new_translation)) if old.language != language => {
            borrowed("the old", old_path, "new");
            (Some(new_translation.clone()), Some(new_translation))
        }
        (Some(old_translation), None) if new.language != language => {
            borrowed("the new", new_path, "old");
            (Some(old_translation.clone()), Some(old_translation))
        }
        pair => pair,
    };
    let old = localize_with(old_path, &old, language, old_translation.as_ref(), marking);
    let new = localize_with(new_path, &new, language, new_translation.as_ref(), marking);
    Ok((old, new))
}
