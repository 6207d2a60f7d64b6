//! `ramverk export`: a framework in a built-in format (csv, json, xlsx), or rendered by an export
//! plugin into files.

use ramverk_plugin::{Kind, write_files};

use ramverk_i18n::Marking;

use super::localize::localize;
use super::{load_framework, plugin_options};
use crate::cli::ExportArgs;
use crate::output::Outcome;

pub fn run(args: &ExportArgs) -> anyhow::Result<Outcome> {
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
    let directory = args.output.clone().unwrap_or_else(|| ".".into());
    let written = write_files(&directory, &files, plugin.name())?;
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
