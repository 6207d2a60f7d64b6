//! The tutorial plugin of docs/plugins.md: competences × roles as a CSV table.

use ramverk_plugin_sdk::export::*;

pub struct CompetenceCsv;

impl Export for CompetenceCsv {
    fn render(framework: Framework, config: Config) -> Result<Vec<File>, String> {
        let separator = config.get("separator").unwrap_or(",");
        if separator.chars().count() != 1 {
            return Err(format!(
                "the separator must be one character, not {separator:?}"
            ));
        }
        let csv = table(&framework, separator);
        Ok(vec![File::text(
            format!("{}.csv", framework.id),
            "text/csv",
            csv,
        )])
    }

    fn self_test() -> Result<(), String> {
        let csv = field("Säkerhet, \"digital\"", ",");
        if csv != "\"Säkerhet, \"\"digital\"\"\"" {
            return Err(format!("quoting is wrong: {csv}"));
        }
        for (text, written) in [("=1+1", "'=1+1"), ("-1", "-1")] {
            if field(text, ",") != written {
                return Err(format!("{text} is written {}", field(text, ",")));
            }
        }
        Ok(())
    }
}

ramverk_plugin_sdk::export_plugin!(CompetenceCsv);

/// The header, then one row per competence: area, id, title, the expected level per role.
fn table(framework: &Framework, separator: &str) -> String {
    let mut header = vec![
        "area".to_string(),
        "competence".to_string(),
        "title".to_string(),
    ];
    header.extend(framework.roles.iter().map(|role| role.title.clone()));
    let mut lines = vec![row(&header, separator)];
    for competence in &framework.competences {
        let mut cells = vec![
            competence.area.clone(),
            competence.id.clone(),
            competence.title.clone(),
        ];
        for role in &framework.roles {
            cells.push(match framework.expectation(&role.id, &competence.id) {
                Some(Expectation::Level(level)) => level.to_string(),
                Some(Expectation::NotApplicable) => "not applicable".to_string(),
                None => String::new(),
            });
        }
        lines.push(row(&cells, separator));
    }
    lines.join("\r\n") + "\r\n"
}

fn row(cells: &[String], separator: &str) -> String {
    cells
        .iter()
        .map(|cell| field(cell, separator))
        .collect::<Vec<_>>()
        .join(separator)
}

/// Quotes a cell that holds the separator, a quote or a line break (RFC 4180). A cell that a
/// spreadsheet would run as a formula (it starts with `=`, `+`, `-`, `@`, a tab or a carriage
/// return, and is not a plain number) gets a leading `'` first, as in ramverk's own CSV files
/// (OWASP "CSV injection").
fn field(text: &str, separator: &str) -> String {
    let text = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) && !plain_number(text) {
        format!("'{text}")
    } else {
        text.to_string()
    };
    if text.contains(separator) || text.contains(['"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

/// `-1`, `+0.25`: digits with an optional sign and decimals.
fn plain_number(text: &str) -> bool {
    let digits = text.strip_prefix(['+', '-']).unwrap_or(text);
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, "0"));
    [whole, fraction]
        .iter()
        .all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit()))
}
