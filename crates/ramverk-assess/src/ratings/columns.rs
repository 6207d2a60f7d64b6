//! Which column holds what, read from the header row: the long or the wide shape.

use foldhash::HashMap;

use ramverk_source::Code;
use ramverk_source::suggest::Suggestions;

use super::{Cells, RatingsError};

/// The long shape: one rating or motivation answer per row.
pub struct Long {
    pub competence: Option<usize>,
    pub area: Option<usize>,
    pub self_rating: Option<usize>,
    pub agreed: Option<usize>,
    pub motivation: Option<usize>,
}

/// One competence's columns in the wide shape.
pub struct WideCompetence {
    pub competence: u32,
    pub agreed: Option<usize>,
    pub self_rating: Option<usize>,
}

/// The wide shape: one person per row.
pub struct Wide {
    pub competences: Vec<WideCompetence>,
    /// (column, area index)
    pub motivations: Vec<(usize, u32)>,
}

/// How the ratings are laid out in the columns.
pub enum ColumnShape {
    Long(Long),
    Wide(Wide),
}

/// The columns of a ratings file, from its header.
pub struct Columns {
    pub person: usize,
    pub role: usize,
    pub unit: Option<usize>,
    pub round: Option<usize>,
    pub shape: ColumnShape,
}

/// The columns the header row describes; unusable headers are problems at row 1.
pub fn columns(
    header: &impl Cells,
    width: usize,
    competences: &HashMap<&str, u32>,
    areas: &HashMap<&str, u32>,
) -> Result<(Columns, Vec<RatingsError>), RatingsError> {
    let names: Vec<String> = (0..width).map(|c| header.cell(c).to_string()).collect();
    let key = |name: &str| name.to_lowercase().replace([' ', '-'], "_");
    refuse_duplicates(&names, competences)?;
    let find = |wanted: &[&str]| names.iter().position(|n| wanted.contains(&key(n).as_str()));
    let required = |name: &str| {
        find(&[name]).ok_or_else(|| {
            RatingsError::new(
                Code::RatingsUnreadable,
                1,
                1,
                format!(
                    "the header has no `{name}` column; a ratings file needs person and role columns"
                ),
            )
        })
    };
    let (person, role, unit, round) = (
        required("person")?,
        required("role")?,
        find(&["unit"]),
        find(&["round"]),
    );
    let competence = find(&["competence"]);
    let area = find(&["area"]);
    if competence.is_some() || area.is_some() {
        let long = Long {
            competence,
            area,
            self_rating: find(&["self_rating", "self"]),
            agreed: find(&["agreed_rating", "agreed"]),
            motivation: find(&["motivation"]),
        };
        return Ok((
            Columns {
                person,
                role,
                unit,
                round,
                shape: ColumnShape::Long(long),
            },
            Vec::new(),
        ));
    }
    let taken = [Some(person), Some(role), unit, round];
    let (wide, problems) = wide(&names, &taken, competences, areas);
    if wide.competences.is_empty() && wide.motivations.is_empty() {
        return Err(RatingsError::new(
            Code::RatingsUnreadable,
            1,
            1,
            "the header has no `competence` or `area` column (long format) and no competence ids as columns (wide format)",
        ));
    }
    Ok((
        Columns {
            person,
            role,
            unit,
            round,
            shape: ColumnShape::Wide(wide),
        },
        problems,
    ))
}

/// The wide shape's competence and motivation columns; other columns are problems.
fn wide<'c>(
    names: &[String],
    taken: &[Option<usize>],
    competences: &HashMap<&'c str, u32>,
    areas: &HashMap<&str, u32>,
) -> (Wide, Vec<RatingsError>) {
    let mut wide = Wide {
        competences: Vec::new(),
        motivations: Vec::new(),
    };
    let mut problems = Vec::new();
    // Built at the first unknown column: a header may have thousands.
    let mut suggestions: Option<Suggestions<'c>> = None;
    for (column, name) in names.iter().enumerate() {
        if taken.contains(&Some(column)) || name.is_empty() {
            continue;
        }
        if let Some(area) = name.strip_prefix("motivation:") {
            match areas.get(area.trim()) {
                Some(&index) => wide.motivations.push((column, index)),
                None => problems.push(header_problem(
                    column,
                    format!("`{name}` names no area of the framework"),
                )),
            }
            continue;
        }
        let (id, own) = match name.strip_prefix("self:") {
            Some(id) => (id.trim(), true),
            None => (name.split_whitespace().next().unwrap_or(""), false),
        };
        let Some(&competence) = competences.get(id) else {
            let hint = suggestions
                .get_or_insert_with(|| Suggestions::new(super::row_checker::in_order(competences)))
                .best(id)
                .map(|s| format!("; did you mean `{s}`?"))
                .unwrap_or_default();
            let message = format!(
                "the column `{name}` is not person, role, unit, a competence id (`1.1`, `self:1.1`) or `motivation:AREA`{hint}"
            );
            problems.push(header_problem(column, message));
            continue;
        };
        let entry = match wide
            .competences
            .iter_mut()
            .position(|c| c.competence == competence)
        {
            Some(i) => &mut wide.competences[i],
            None => {
                wide.competences.push(WideCompetence {
                    competence,
                    agreed: None,
                    self_rating: None,
                });
                wide.competences.last_mut().expect("just pushed")
            }
        };
        let slot = if own {
            &mut entry.self_rating
        } else {
            &mut entry.agreed
        };
        if slot.replace(column).is_some() {
            problems.push(header_problem(column, format!("a second column for {id}")));
        }
    }
    (wide, problems)
}

/// What a header names, so that two names for the same thing are found: `Self` and
/// `self_rating` are one column, as are `1.1` and `1.1 Söka …`.
fn meaning(name: &str, competences: &HashMap<&str, u32>) -> String {
    let key = name.to_lowercase().replace([' ', '-'], "_");
    match key.as_str() {
        "self" | "self_rating" => return "self_rating".into(),
        "agreed" | "agreed_rating" => return "agreed_rating".into(),
        _ => {}
    }
    for prefix in ["self:", "motivation:"] {
        if let Some(id) = name.strip_prefix(prefix) {
            return format!("{prefix}{}", id.trim());
        }
    }
    match name.split_whitespace().next() {
        Some(id) if competences.contains_key(id) => format!("competence:{id}"),
        _ => key,
    }
}

/// A header that names a column twice is refused: which of the two holds the data is unknown.
fn refuse_duplicates(
    names: &[String],
    competences: &HashMap<&str, u32>,
) -> Result<(), RatingsError> {
    let mut first: HashMap<String, usize> = HashMap::default();
    for (column, name) in names.iter().enumerate() {
        if name.is_empty() {
            continue;
        }
        if let Some(&earlier) = first.get(&meaning(name, competences)) {
            return Err(RatingsError::new(
                Code::RatingsUnreadable,
                1,
                column as u64 + 1,
                format!(
                    "column {} (`{}`) and column {} (`{name}`) name the same column; remove or rename one of them",
                    earlier + 1,
                    names[earlier],
                    column + 1
                ),
            ));
        }
        first.insert(meaning(name, competences), column);
    }
    Ok(())
}

fn header_problem(column: usize, message: String) -> RatingsError {
    RatingsError::new(Code::RatingsColumn, 1, column as u64 + 1, message)
}
