//! Reading ratings from a CSV file in the long format: one row per person × competence, or per
//! person × area for motivation.
//!
//! Columns (by header name, any order): `person`, `role`, `unit` (optional), and either
//! `competence` with `self_rating` and/or `agreed_rating`, or `area` with `motivation`.
//! Empty or 0 ratings mean "not rated".

use std::io::Read;

use foldhash::HashMap;

use crate::model::{Framework, Scale};
use crate::suggest::did_you_mean;

use super::{Input, Person};

/// A problem in a ratings file, at a row (1 = the header) and column (1-based).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{row}:{column}: {message}")]
pub struct RatingsError {
    pub row: u64,
    pub column: u64,
    pub message: String,
}

struct Columns {
    person: usize,
    role: usize,
    unit: Option<usize>,
    competence: Option<usize>,
    area: Option<usize>,
    self_rating: Option<usize>,
    agreed: Option<usize>,
    motivation: Option<usize>,
}

/// A ratings file as read: the valid rows, and a problem for each row left out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RatingsFile {
    pub input: Input,
    pub problems: Vec<RatingsError>,
    /// Data rows read (valid or not).
    pub rows: u64,
}

impl RatingsFile {
    /// Rows left out because of a problem.
    pub fn skipped(&self) -> u64 {
        let mut rows: Vec<u64> = self.problems.iter().map(|p| p.row).collect();
        rows.dedup();
        rows.len() as u64
    }
}

/// Reads `source` against `framework`. Every problem is reported with its row and column and
/// its row left out; only a file that cannot be read as ratings at all is an error.
pub fn read_ratings_csv(source: impl Read, framework: &Framework) -> Result<RatingsFile, RatingsError> {
    let mut reader = csv::ReaderBuilder::new().flexible(true).trim(csv::Trim::Headers).from_reader(source);
    let headers = reader.headers().map_err(|e| csv_error(&e))?.clone();
    let columns = columns(&headers)?;
    let mut state = State::new(framework);
    let mut rows = 0;
    for record in reader.records() {
        rows += 1;
        match record {
            Ok(record) => state.row(&columns, &record),
            Err(error) => state.errors.push(csv_error(&error)),
        }
    }
    Ok(RatingsFile { input: state.input, problems: state.errors, rows })
}

fn csv_error(error: &csv::Error) -> RatingsError {
    let row = error.position().map_or(1, |p| p.line());
    RatingsError { row, column: 1, message: format!("this is not valid CSV: {error}") }
}

fn columns(headers: &csv::StringRecord) -> Result<Columns, RatingsError> {
    let find = |names: &[&str]| headers.iter().position(|h| names.contains(&h.to_lowercase().replace([' ', '-'], "_").as_str()));
    let required = |name: &str| {
        find(&[name]).ok_or_else(|| RatingsError {
            row: 1,
            column: 1,
            message: format!("the header has no `{name}` column; the long format needs person, role, and competence or area"),
        })
    };
    let columns = Columns {
        person: required("person")?,
        role: required("role")?,
        unit: find(&["unit"]),
        competence: find(&["competence"]),
        area: find(&["area"]),
        self_rating: find(&["self_rating", "self"]),
        agreed: find(&["agreed_rating", "agreed"]),
        motivation: find(&["motivation"]),
    };
    if columns.competence.is_none() && columns.area.is_none() {
        return Err(RatingsError { row: 1, column: 1, message: "the header has neither a `competence` nor an `area` column".into() });
    }
    Ok(columns)
}

struct State<'a> {
    framework: &'a Framework,
    competences: HashMap<&'a str, u32>,
    areas: HashMap<&'a str, u32>,
    roles: HashMap<&'a str, u32>,
    /// Expected levels, to refuse ratings outside a person's profile.
    shape: ramverk_scoring::Shape,
    persons: HashMap<String, u32>,
    person_roles: Vec<u32>,
    /// The row of each person's rating of each competence, then motivation for each area (0: none).
    seen: Vec<u32>,
    rating_scale: Option<&'a Scale>,
    motivation_scale: Option<&'a Scale>,
    input: Input,
    errors: Vec<RatingsError>,
}

impl<'a> State<'a> {
    fn new(framework: &'a Framework) -> Self {
        let competences = framework.placed_competences().iter().enumerate().map(|(i, p)| (p.competence.id.as_str(), i as u32)).collect();
        let areas = framework.areas.iter().enumerate().map(|(i, a)| (a.id.as_str(), i as u32)).collect();
        let scale = |id: &Option<String>| id.as_deref().and_then(|id| framework.scales.iter().find(|s| s.id == id));
        State {
            framework,
            competences,
            areas,
            roles: framework.roles.iter().enumerate().map(|(i, r)| (r.id.as_str(), i as u32)).collect(),
            shape: super::shape(framework),
            persons: HashMap::default(),
            person_roles: Vec::new(),
            seen: Vec::new(),
            rating_scale: scale(&framework.rating_scale).or(framework.scales.first()),
            motivation_scale: scale(&framework.motivation_scale),
            input: Input::default(),
            errors: Vec::new(),
        }
    }

    fn row(&mut self, columns: &Columns, record: &csv::StringRecord) {
        let row = record.position().map_or(0, |p| p.line());
        let field = |column: Option<usize>| column.and_then(|c| record.get(c)).unwrap_or("").trim();
        let error = |column: usize, message: String| RatingsError { row, column: column as u64 + 1, message };
        let Some(person) = self.person(row, columns, record) else { return };
        let competence = field(columns.competence);
        let area = field(columns.area);
        if !competence.is_empty() {
            let column = columns.competence.unwrap_or(0);
            let Some(&index) = self.competences.get(competence) else {
                let known: Vec<&str> = self.competences.keys().copied().collect();
                let hint = did_you_mean(competence, known.iter().copied()).map(|s| format!("; did you mean `{s}`?")).unwrap_or_default();
                return self.errors.push(error(column, format!("unknown competence `{competence}`{hint}")));
            };
            let self_rating = self.level(row, columns.self_rating, record, self.rating_scale);
            let agreed = self.level(row, columns.agreed, record, self.rating_scale);
            let (Some(self_rating), Some(agreed)) = (self_rating, agreed) else { return };
            if (self_rating, agreed) != (0, 0) && !self.in_profile(person, index) {
                let role = &self.input.persons[person as usize].role;
                let message = format!("{competence} is not in the profile of `{role}`; a rating is only given for the competences the role is expected to have");
                return self.errors.push(error(column, message));
            }
            if self.duplicate(row, column, person, index, false) {
                return;
            }
            self.input.ratings.push(person, index, self_rating, agreed);
        } else if !area.is_empty() {
            let column = columns.area.unwrap_or(0);
            let Some(&index) = self.areas.get(area) else {
                return self.errors.push(error(column, format!("unknown area `{area}`")));
            };
            let Some(value) = self.level(row, columns.motivation, record, self.motivation_scale) else { return };
            if self.duplicate(row, column, person, index, true) {
                return;
            }
            self.input.motivations.push(person, index, value);
        } else {
            let column = columns.competence.or(columns.area).unwrap_or(0);
            self.errors.push(error(column, "the row names neither a competence nor an area".into()));
        }
    }

    /// Whether `competence` has an expected level in the person's role profile (always true for a
    /// framework without profiles, where every competence may be rated).
    fn in_profile(&self, person: u32, competence: u32) -> bool {
        self.framework.profiles.is_empty()
            || self.shape.level(self.person_roles[person as usize] as usize, competence as usize) > 0
    }

    /// The person's index, registering them on first sight; their role must stay the same.
    fn person(&mut self, row: u64, columns: &Columns, record: &csv::StringRecord) -> Option<u32> {
        let id = record.get(columns.person).unwrap_or("").trim();
        let role = record.get(columns.role).unwrap_or("").trim();
        let unit = columns.unit.and_then(|c| record.get(c)).unwrap_or("").trim();
        let error = |column: usize, message: String| RatingsError { row, column: column as u64 + 1, message };
        if id.is_empty() {
            self.errors.push(error(columns.person, "the person is empty; give a pseudonym".into()));
            return None;
        }
        let Some(&role_index) = self.roles.get(role) else {
            let hint = did_you_mean(role, self.framework.roles.iter().map(|r| r.id.as_str())).map(|s| format!("; did you mean `{s}`?")).unwrap_or_default();
            self.errors.push(error(columns.role, format!("unknown role `{role}`{hint}")));
            return None;
        };
        if let Some(&index) = self.persons.get(id) {
            let known = &self.input.persons[index as usize];
            if known.role != role {
                self.errors.push(error(columns.role, format!("person {id} has the role `{}` on an earlier row; one person has one role per round", known.role)));
                return None;
            }
            return Some(index);
        }
        let index = self.input.persons.len() as u32;
        self.persons.insert(id.to_string(), index);
        self.person_roles.push(role_index);
        self.seen.resize(self.seen.len() + self.competences.len() + self.areas.len(), 0);
        self.input.persons.push(Person { id: id.to_string(), role: role.to_string(), unit: unit.to_string() });
        Some(index)
    }

    /// A rating on `scale` (empty = 0 = not rated); `None` after reporting a bad value.
    fn level(&mut self, row: u64, column: Option<usize>, record: &csv::StringRecord, scale: Option<&Scale>) -> Option<u8> {
        let Some(column) = column else { return Some(0) };
        let text = record.get(column).unwrap_or("").trim();
        if text.is_empty() {
            return Some(0);
        }
        let value: Option<u8> = text.parse().ok();
        let valid = match (value, scale) {
            (Some(0), _) => true,
            (Some(v), Some(scale)) => scale.level(v).is_some() || scale.not_rated.as_ref().is_some_and(|n| n.value == v),
            (Some(_), None) => true,
            (None, _) => false,
        };
        if !valid {
            let range = scale.map(|s| format!("{}–{}", s.ranks().min().unwrap_or(0), s.ranks().max().unwrap_or(0))).unwrap_or_default();
            let message = format!("`{text}` is not a level of the scale; use 0 (not rated) or {range}");
            self.errors.push(RatingsError { row, column: column as u64 + 1, message });
            return None;
        }
        value
    }

    fn duplicate(&mut self, row: u64, column: usize, person: u32, item: u32, motivation: bool) -> bool {
        let slots = self.competences.len() + self.areas.len();
        let slot = person as usize * slots + item as usize + if motivation { self.competences.len() } else { 0 };
        let first = std::mem::replace(&mut self.seen[slot], u32::try_from(row).unwrap_or(u32::MAX));
        match first {
            0 => false,
            first => {
                self.seen[slot] = first;
                let what = if motivation { "motivation for this area" } else { "rating of this competence" };
                let message = format!("a second {what} for person {}; the first is on row {first}", self.input.persons[person as usize].id);
                self.errors.push(RatingsError { row, column: column as u64 + 1, message });
                true
            }
        }
    }
}

/// Writes `input` in the long format that [`read_ratings_csv`] reads.
pub fn write_ratings_csv(input: &Input, framework: &Framework) -> String {
    let competences = framework.placed_competences();
    let mut out = String::from("person,role,unit,competence,self_rating,agreed_rating,area,motivation\n");
    let person = |index: u32| &input.persons[index as usize];
    let field = |text: &str| if text.contains([',', '"', '\n']) { format!("\"{}\"", text.replace('"', "\"\"")) } else { text.to_string() };
    let level = |value: u8| if value == 0 { String::new() } else { value.to_string() };
    let r = &input.ratings;
    for i in 0..r.len() {
        let p = person(r.person[i]);
        let competence = competences.get(r.competence[i] as usize).map_or("", |c| c.competence.id.as_str());
        out += &format!(
            "{},{},{},{},{},{},,\n",
            field(&p.id),
            field(&p.role),
            field(&p.unit),
            field(competence),
            level(r.self_rating[i]),
            level(r.agreed[i])
        );
    }
    let m = &input.motivations;
    for i in 0..m.person.len() {
        let p = person(m.person[i]);
        let area = framework.areas.get(m.area[i] as usize).map_or("", |a| a.id.as_str());
        out += &format!("{},{},{},,,,{},{}\n", field(&p.id), field(&p.role), field(&p.unit), field(area), level(m.value[i]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scoring::synthetic::{round, RoundSpec};

    fn stockholm() -> Framework {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../frameworks/stockholm-kultur");
        crate::load(&path).unwrap().framework.unwrap()
    }

    #[test]
    fn writing_then_reading_gives_the_same_input() {
        let framework = stockholm();
        let input = round(&framework, RoundSpec { persons: 50, seed: 1, round: 1 });
        let text = write_ratings_csv(&input, &framework);
        let back = read_ratings_csv(text.as_bytes(), &framework).unwrap();
        assert_eq!(back.problems, vec![]);
        // Not-rated rows keep their place with 0 ratings.
        assert_eq!(back.input, input);
    }

    #[test]
    fn every_problem_is_reported_with_row_and_column() {
        let framework = stockholm();
        let text = "person,role,unit,competence,self_rating,agreed_rating\n\
                    p1,medarbetare,Bibliotek,1.1,3,3\n\
                    p1,medarbetare,Bibliotek,1.9,3,3\n\
                    p1,medarbetare,Bibliotek,1.2,7,\n\
                    p2,medarbetre,Bibliotek,1.1,3,\n\
                    p1,chef,Bibliotek,1.3,3,\n\
                    p1,medarbetare,Bibliotek,1.1,2,2\n\
                    p1,medarbetare,Bibliotek,6.1,2,2\n";
        let file = read_ratings_csv(text.as_bytes(), &framework).unwrap();
        assert_eq!((file.rows, file.skipped(), file.input.ratings.len()), (7, 6, 1));
        let errors = file.problems;
        let found: Vec<(u64, u64, &str)> = errors.iter().map(|e| (e.row, e.column, e.message.as_str())).collect();
        assert_eq!(found.len(), 6, "{found:#?}");
        assert_eq!((found[0].0, found[0].1), (3, 4));
        assert!(found[0].2.starts_with("unknown competence `1.9`"), "{}", found[0].2);
        assert_eq!((found[1].0, found[1].1), (4, 5));
        assert!(found[1].2.contains("not a level of the scale; use 0 (not rated) or 1–5"), "{}", found[1].2);
        assert!(found[2].2.contains("did you mean `medarbetare`"), "{}", found[2].2);
        assert!(found[3].2.contains("has the role `medarbetare` on an earlier row"), "{}", found[3].2);
        assert!(found[4].2.contains("the first is on row 2"), "{}", found[4].2);
        assert!(found[5].2.starts_with("6.1 is not in the profile of `medarbetare`"), "{}", found[5].2);
    }
}
