//! `ramverk export --format csv|json|xlsx`: the framework as a table or data document, built in,
//! written to the file `-o` names or to stdout.

use std::io::IsTerminal as _;

use anyhow::{Context as _, bail};
use ramverk_model::Framework;
use ramverk_publish::{CsvDelimiter, CsvRows, framework_csv, framework_json, framework_xlsx};

use crate::cli::{CsvSeparator, ExportArgs};
use crate::output::{self, Outcome};

/// The built-in formats of this module.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TableFormat {
    Csv,
    Json,
    Xlsx,
}

impl TableFormat {
    /// The built-in format called `name`, if it is one of these.
    pub fn named(name: &str) -> Option<TableFormat> {
        match name {
            "csv" => Some(TableFormat::Csv),
            "json" => Some(TableFormat::Json),
            "xlsx" => Some(TableFormat::Xlsx),
            _ => None,
        }
    }
}

/// Writes `framework` (already in the language asked for) in `format`.
pub fn run(
    args: &ExportArgs,
    format: TableFormat,
    framework: &Framework,
) -> anyhow::Result<Outcome> {
    if format != TableFormat::Csv {
        refuse_csv_flags(args)?;
    }
    let plugins = &args.plugins;
    if !(plugins.paths.is_empty() && plugins.config.is_empty() && plugins.limits.is_empty()) {
        bail!(
            "--plugin, --config and --plugin-limit apply to plugin formats; `{}` is built in\n  help: to export with a plugin of that format, name it by path: --format plugins/NAME",
            args.format
        );
    }
    if format == TableFormat::Xlsx && args.output.is_none() && std::io::stdout().is_terminal() {
        bail!(
            "an .xlsx workbook is binary and would garble the terminal\n  help: name a file with -o FILE.xlsx, or redirect stdout"
        );
    }
    let bytes = match format {
        TableFormat::Csv => {
            let rows = if args.profiles {
                CsvRows::Profiles
            } else {
                CsvRows::Competences
            };
            let delimiter = match args.delimiter.unwrap_or(CsvSeparator::Comma) {
                CsvSeparator::Comma => CsvDelimiter::Comma,
                CsvSeparator::Semicolon => CsvDelimiter::Semicolon,
            };
            framework_csv(framework, rows, delimiter)?.into_bytes()
        }
        TableFormat::Json => framework_json(framework).into_bytes(),
        TableFormat::Xlsx => framework_xlsx(framework)?,
    };
    match &args.output {
        Some(path) => {
            ramverk_source::write_atomic(path, &bytes)
                .with_context(|| format!("cannot write {}", path.display()))?;
            output::print_note(&format!("wrote {} ({} bytes)", path.display(), bytes.len()));
        }
        None => output::print_bytes(&bytes)?,
    }
    Ok(Outcome::Ok)
}

/// `--profiles` and `--delimiter` belong to `--format csv`: with another format they are an
/// error rather than silently ignored.
pub fn refuse_csv_flags(args: &ExportArgs) -> anyhow::Result<()> {
    if args.profiles {
        bail!(
            "--profiles applies to --format csv only, not `{}`",
            args.format
        );
    }
    if args.delimiter.is_some() {
        bail!(
            "--delimiter applies to --format csv only, not `{}`",
            args.format
        );
    }
    Ok(())
}
