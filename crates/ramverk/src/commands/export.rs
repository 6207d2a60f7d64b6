//! `ramverk export`: a framework published as the documents people read (HTML, Markdown,
//! through ramverk-publish's templates), as tables (CSV, JSON, XLSX), or rendered by an export
//! plugin into files.

use std::path::Path;

use anyhow::{Context as _, bail};
use ramverk_i18n::Marking;
use ramverk_plugin::{Kind, write_files};
use ramverk_publish::{Format, PublishError, Templates, Untranslated};
use ramverk_render::language::Language;
use ramverk_source::suggest::Suggestions;

use super::localize::{localize, localize_for_publishing};
use super::{branding, load_framework, plugin_options, templates};
use crate::cli::ExportArgs;
use crate::output::Outcome;

pub fn run(args: &ExportArgs) -> anyhow::Result<Outcome> {
    match args.format.as_str() {
        "html" => document(args, Format::Html),
        "markdown" => document(args, Format::Markdown),
        _ => plugin(args),
    }
}

/// The framework page, or with `--role` a role's page, written to `-o FILE` or stdout.
fn document(args: &ExportArgs, format: Format) -> anyhow::Result<Outcome> {
    super::export_tables::refuse_csv_flags(args)?;
    let (_, framework) = load_framework(&args.path)?;
    let (framework, untranslated) =
        localize_for_publishing(&args.path, framework, args.lang.as_deref())?;
    let overrides = match &args.templates {
        Some(dir) => templates::read_dir(dir)?,
        None => Vec::new(),
    };
    let templates = Templates::new(Language::of(&framework.language), &overrides)?;
    let branding = branding::load(&args.path, &args.brand)?;
    let text = match &args.role {
        None => ramverk_publish::framework_page(
            &templates,
            &framework,
            &untranslated,
            &branding,
            format,
        )?,
        Some(role) => role_page(
            &templates,
            &framework,
            role,
            &untranslated,
            &branding,
            format,
        )?,
    };
    match &args.output {
        Some(path) => write(path, &text)?,
        None => crate::output::print(&text)?,
    }
    Ok(Outcome::Ok)
}

fn role_page(
    templates: &Templates,
    framework: &ramverk_model::Framework,
    role: &str,
    untranslated: &Untranslated,
    branding: &ramverk_publish::Branding,
    format: Format,
) -> anyhow::Result<String> {
    match ramverk_publish::role_page(templates, framework, role, untranslated, branding, format) {
        Ok(text) => Ok(text),
        Err(PublishError::UnknownRole(error)) => {
            let ids: Vec<&str> = framework
                .roles
                .iter()
                .map(|role| role.id.as_str())
                .collect();
            let suggestions = Suggestions::new(ids.iter().copied());
            match suggestions.best(role) {
                Some(best) => bail!("{error}; did you mean `{best}`?"),
                None if ids.is_empty() => bail!("{error}: it has no roles"),
                None => bail!("{error}; roles: {}", ids.join(", ")),
            }
        }
        Err(PublishError::Template(error)) => Err(error.into()),
    }
}

fn write(path: &Path, text: &str) -> anyhow::Result<()> {
    ramverk_source::write_atomic(path, text.as_bytes())
        .with_context(|| format!("cannot write {}", path.display()))?;
    crate::output::print_note(&format!("wrote {} ({} bytes)", path.display(), text.len()));
    Ok(())
}

/// A table format (csv, json, xlsx) written to `-o FILE` or stdout, or an export plugin's format:
/// files written into the `-o` directory.
fn plugin(args: &ExportArgs) -> anyhow::Result<Outcome> {
    if args.role.is_some() || args.templates.is_some() {
        bail!(
            "--role and --templates work with --format html and markdown, not with the format `{}`",
            args.format
        );
    }
    let (_, framework) = load_framework(&args.path)?;
    let framework = localize(
        &args.path,
        framework,
        args.lang.as_deref(),
        Marking::Plain,
        true,
    )?;
    if let Some(format) = super::export_tables::TableFormat::named(&args.format) {
        return super::export_tables::run(args, format, &framework);
    }
    super::export_tables::refuse_csv_flags(args)?;
    let host = plugin_options::host(&args.plugins)?;
    let plugin = plugin_options::load(&host, &args.plugins, &args.format, Some(Kind::Export))?;
    let settings = plugin_options::settings(&args.plugins)?;
    let files = host.render(&plugin, &framework, &settings)?;
    let output = args.output.clone().unwrap_or_else(|| ".".into());
    let written = write_files(&output, &files, plugin.name())?;
    for (path, file) in written.iter().zip(&files) {
        crate::output::print_note(&format!(
            "wrote {} ({} bytes, {})",
            path.display(),
            file.content.len(),
            file.media_type
        ));
    }
    Ok(Outcome::Ok)
}
