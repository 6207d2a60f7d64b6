//! Glossaries: the agreed translation of recurring terms for one language pair, kept as YAML
//! and exported for CAT tools as TBX (ISO 30042) or CSV.

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::problem::{Problem, Problems};
use crate::terms::alternatives;
use crate::translation::is_language_tag;
use crate::xliff::attribute as escape;

/// A glossary for one language pair.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Glossary {
    /// The language terms are translated from.
    pub source_language: String,
    /// The language they are translated into.
    pub target_language: String,
    /// The terms.
    pub terms: Vec<Term>,
}

/// One agreed term.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    /// The term in the source language.
    pub source: String,
    /// Its agreed translation.
    pub target: String,
    /// When and how to use it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl Glossary {
    /// Reads and checks a glossary file.
    pub fn read(path: &Path) -> Result<Self, Problems> {
        let text = ramverk_source::read_text_limited(path, ramverk_source::MAX_FILE_BYTES as u64)
            .map_err(|error| Problem::at(path, 0, 0, format!("cannot read: {error}")))?;
        let glossary: Glossary = serde_saphyr::from_str(&text).map_err(|error| {
            let (line, column) = error.location().map(|at| (at.line() as u32, at.column() as u32)).unwrap_or((0, 0));
            Problem::at(path, line, column, first_line(&error.to_string()))
                .help("a glossary has source_language, target_language and terms (each with source, target and an optional note)")
        })?;
        let lines = term_lines(&text);
        let line_of = |index: usize| lines.get(index).copied().unwrap_or(0);
        let mut problems = Vec::new();
        for (name, tag) in [
            ("source_language", &glossary.source_language),
            ("target_language", &glossary.target_language),
        ] {
            if !is_language_tag(tag) {
                problems.push(
                    Problem::at(
                        path,
                        0,
                        0,
                        format!("`{name}` is `{tag}`, not a language tag"),
                    )
                    .help("use a tag such as `sv`, `da` or `en`"),
                );
            }
        }
        let mut seen = std::collections::HashMap::new();
        for (index, term) in glossary.terms.iter().enumerate() {
            if term.source.trim().is_empty() || term.target.trim().is_empty() {
                problems.push(Problem::at(
                    path,
                    line_of(index),
                    0,
                    format!("term {} has an empty source or target", index + 1),
                ));
            }
            if let Some(first) = seen.insert(term.source.to_lowercase(), index) {
                problems.push(
                    Problem::at(
                        path,
                        line_of(index),
                        0,
                        format!(
                            "`{}` is listed twice (first on line {})",
                            term.source,
                            line_of(first)
                        ),
                    )
                    .help("keep one entry per term; put alternatives in the note"),
                );
            }
        }
        if problems.is_empty() {
            Ok(glossary)
        } else {
            Err(Problems(problems))
        }
    }

    /// The glossary as TBX (TermBase eXchange, ISO 30042:2019, TBX-Basic dialect).
    pub fn to_tbx(&self) -> String {
        let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.push_str("<?xml-model href=\"https://raw.githubusercontent.com/LTAC-Global/TBX-Basic_dialect/master/DCA/TBXcoreStructV03_TBX-Basic_integrated.rng\" type=\"application/xml\" schematypens=\"http://relaxng.org/ns/structure/1.0\"?>\n");
        out.push_str(&format!(
            "<tbx type=\"TBX-Basic\" style=\"dca\" xml:lang=\"{}\" xmlns=\"urn:iso:std:iso:30042:ed-2\">\n",
            escape(&self.source_language)
        ));
        out.push_str(&format!(
            "  <tbxHeader>\n    <fileDesc>\n      <sourceDesc>\n        <p>ramverk glossary {} → {}</p>\n      </sourceDesc>\n    </fileDesc>\n  </tbxHeader>\n  <text>\n    <body>\n",
            escape(&self.source_language),
            escape(&self.target_language)
        ));
        for (index, term) in self.terms.iter().enumerate() {
            out.push_str(&format!("      <conceptEntry id=\"c{}\">\n", index + 1));
            if let Some(note) = &term.note {
                out.push_str(&format!(
                    "        <descrip type=\"definition\">{}</descrip>\n",
                    escape(note)
                ));
            }
            for (language, text) in [
                (&self.source_language, &term.source),
                (&self.target_language, &term.target),
            ] {
                // Alternatives (`staden / stadens`) are terms of their own in the entry, as a CAT
                // tool matches each term as written.
                out.push_str(&format!(
                    "        <langSec xml:lang=\"{}\">\n",
                    escape(language)
                ));
                for alternative in alternatives(text) {
                    out.push_str(&format!(
                        "          <termSec>\n            <term>{}</term>\n          </termSec>\n",
                        escape(alternative)
                    ));
                }
                out.push_str("        </langSec>\n");
            }
            out.push_str("      </conceptEntry>\n");
        }
        out.push_str("    </body>\n  </text>\n</tbx>\n");
        out
    }

    /// The glossary as CSV: a header with both language tags and `note`, then one row per term.
    /// Cells are neutralised against formula injection (`ramverk_source::csv_cell`).
    pub fn to_csv(&self) -> String {
        use ramverk_source::csv_cell::neutralise;
        let mut writer = csv::Writer::from_writer(Vec::new());
        let _ = writer.write_record([
            neutralise(&self.source_language).as_ref(),
            neutralise(&self.target_language).as_ref(),
            "note",
        ]);
        for term in &self.terms {
            let _ = writer.write_record([
                neutralise(&term.source).as_ref(),
                neutralise(&term.target).as_ref(),
                neutralise(term.note.as_deref().unwrap_or("")).as_ref(),
            ]);
        }
        String::from_utf8(writer.into_inner().unwrap_or_default()).unwrap_or_default()
    }
}

/// The line of each item of `terms`.
fn term_lines(text: &str) -> Vec<u32> {
    use ramverk_source::{Value, parse};
    let Ok(root) = parse(text) else {
        return Vec::new();
    };
    let Value::Map(entries) = &root.value else {
        return Vec::new();
    };
    match entries
        .iter()
        .find(|entry| entry.key == "terms")
        .map(|entry| &entry.node.value)
    {
        Some(Value::Seq(items)) => items.iter().map(|item| item.position.line).collect(),
        _ => Vec::new(),
    }
}

fn first_line(text: &str) -> String {
    text.lines().next().unwrap_or("").to_owned()
}
