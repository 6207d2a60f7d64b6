//! `ramverk export`: a framework rendered by an export plugin into files.

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
    let host = plugin_options::host(&args.plugins)?;
    let plugin = plugin_options::load(&host, &args.plugins, &args.format, Some(Kind::Export))?;
    let settings = plugin_options::settings(&args.plugins)?;
    let files = host.render(&plugin, &framework, &settings)?;
    let written = write_files(&args.output, &files, plugin.name())?;
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
