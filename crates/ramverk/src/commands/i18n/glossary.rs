//! `ramverk i18n glossary FILE`: a glossary for people, or as TBX or CSV for CAT tools.

use std::fmt::Write as _;

use ramverk_i18n::Glossary;
use ramverk_source::Code;

use super::write_or_print;
use crate::cli::{GlossaryFormat, I18nGlossaryArgs};
use crate::commands::problems_text;
use crate::output::Outcome;

pub fn run(args: &I18nGlossaryArgs) -> anyhow::Result<Outcome> {
    let glossary = Glossary::read(&args.file)
        .map_err(|problems| anyhow::anyhow!(problems_text(problems, Code::GlossaryInvalid)))?;
    let text = match args.format {
        GlossaryFormat::Tbx => glossary.to_tbx(),
        GlossaryFormat::Csv => glossary.to_csv(),
        GlossaryFormat::Human => human(&glossary),
    };
    write_or_print(args.output.as_deref(), &text)?;
    Ok(Outcome::Ok)
}

fn human(glossary: &Glossary) -> String {
    let width = glossary
        .terms
        .iter()
        .map(|term| term.source.chars().count())
        .max()
        .unwrap_or(0)
        .max(glossary.source_language.len());
    let mut out = format!(
        "{:width$}  {}\n",
        glossary.source_language, glossary.target_language
    );
    for term in &glossary.terms {
        let _ = write!(out, "{:width$}  {}", term.source, term.target);
        if let Some(note) = &term.note {
            let _ = write!(out, "  ({note})");
        }
        out.push('\n');
    }
    out
}
