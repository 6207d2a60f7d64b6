//! Checking rows against the framework and collecting the valid ones into scoring input.

use foldhash::HashMap;

use crate::{Input, Person};
use ramverk_model::{Framework, Scale};
use ramverk_source::Code;
use std::cell::OnceCell;

use ramverk_source::suggest::Suggestions;

use super::columns::{ColumnShape, Columns, Long, Wide};
use super::{Cells, RatingsError};

/// The keys of an id → index map in index order (document order), so that suggestions do not
/// depend on hashing.
pub fn in_order<'m>(map: &HashMap<&'m str, u32>) -> impl Iterator<Item = &'m str> {
    let mut ids: Vec<(&str, u32)> = map.iter().map(|(&id, &i)| (id, i)).collect();
    ids.sort_unstable_by_key(|&(_, i)| i);
    ids.into_iter().map(|(id, _)| id)
}

/// One rating of a row, committed only when the whole row is valid.
struct Pending {
    column: usize,
    item: u32,
    motivation: bool,
    self_rating: u8,
    agreed: u8,
}

/// Checks a ratings file's rows against the framework and collects the valid ones.
pub struct RowChecker<'a> {
    framework: &'a Framework,
    pub competences: HashMap<&'a str, u32>,
    pub areas: HashMap<&'a str, u32>,
    roles: HashMap<&'a str, u32>,
    /// "Did you mean" indexes, built at the first unknown id: a file may name thousands.
    competence_suggestions: OnceCell<Suggestions<'a>>,
    role_suggestions: OnceCell<Suggestions<'a>>,
    /// Expected levels, to refuse ratings outside a person's profile.
    shape: ramverk_scoring::Shape,
    persons: HashMap<String, u32>,
    person_roles: Vec<u32>,
    /// The row of each person's rating of each competence, then motivation for each area (0: none).
    seen: Vec<u32>,
    rating_scale: Option<&'a Scale>,
    motivation_scale: Option<&'a Scale>,
    pub input: Input,
    pub errors: Vec<RatingsError>,
    /// The round to read (rows of other rounds are passed over), or, when none was chosen, the
    /// first round seen and whether a second one was reported.
    round: Option<String>,
    chosen: bool,
    other_round_reported: bool,
    /// Whether a row of the chosen round was seen, and the first rounds seen (for the error when
    /// the chosen one is not there).
    chosen_seen: bool,
    rounds: Vec<String>,
    /// Data rows left out because of a problem.
    pub left_out: u64,
}

/// How many round names the error for a missing round lists.
const ROUNDS_LISTED: usize = 20;

impl<'a> RowChecker<'a> {
    pub fn new(framework: &'a Framework, round: Option<String>) -> Self {
        let placed = framework.placed_competences();
        let competences = placed
            .iter()
            .enumerate()
            .map(|(i, p)| (p.competence.id.as_str(), i as u32))
            .collect();
        let scale = |id: &Option<String>| {
            id.as_deref()
                .and_then(|id| framework.scales.iter().find(|s| s.id == id))
        };
        RowChecker {
            framework,
            competences,
            areas: framework
                .areas
                .iter()
                .enumerate()
                .map(|(i, a)| (a.id.as_str(), i as u32))
                .collect(),
            roles: framework
                .roles
                .iter()
                .enumerate()
                .map(|(i, r)| (r.id.as_str(), i as u32))
                .collect(),
            competence_suggestions: OnceCell::new(),
            role_suggestions: OnceCell::new(),
            shape: crate::shape(framework),
            persons: HashMap::default(),
            person_roles: Vec::new(),
            seen: Vec::new(),
            rating_scale: scale(&framework.rating_scale).or(framework.scales.first()),
            motivation_scale: scale(&framework.motivation_scale),
            input: Input::default(),
            errors: Vec::new(),
            chosen: round.is_some(),
            round,
            other_round_reported: false,
            chosen_seen: false,
            rounds: Vec::new(),
            left_out: 0,
        }
    }

    /// After the last row: a chosen round that is not in the file (or a file without rounds) is an
    /// error naming the rounds there are.
    pub fn finish(&self, columns: &Columns) -> Result<(), RatingsError> {
        let Some(round) = self.round.as_ref().filter(|_| self.chosen) else {
            return Ok(());
        };
        let Some(column) = columns.round else {
            return Err(RatingsError::new(
                Code::RatingsUnreadable,
                1,
                1,
                format!(
                    "round `{round}` was chosen, but the file has no `round` column; read it without choosing a round"
                ),
            ));
        };
        if self.chosen_seen {
            return Ok(());
        }
        let listed: Vec<String> = self.rounds.iter().map(|r| format!("`{r}`")).collect();
        let there = match listed.len() {
            0 => "it has no data rows".to_string(),
            n if n >= ROUNDS_LISTED => format!("its rounds include {}", listed.join(", ")),
            _ => format!("its rounds are {}", listed.join(", ")),
        };
        Err(RatingsError::new(
            Code::RatingsUnreadable,
            1,
            column as u64 + 1,
            format!("the file has no round `{round}`; {there}"),
        ))
    }

    /// A problem that leaves `row` out before it is checked (a formula without a value).
    pub fn leave_out(&mut self, row: u64, column: usize, message: String) {
        self.problem(row, column, message);
        self.left_out += 1;
    }

    /// Whether the row belongs to the round being read; a second round in a file read without
    /// `round` is reported once.
    fn in_round(&mut self, columns: &Columns, row: u64, cells: &impl Cells) -> bool {
        let Some(column) = columns.round else {
            return true;
        };
        let value = cells.cell(column);
        if self.rounds.len() < ROUNDS_LISTED && !self.rounds.iter().any(|r| r == value) {
            self.rounds.push(value.to_string());
        }
        match &self.round {
            Some(round) if round == value => {
                self.chosen_seen = true;
                true
            }
            _ if self.chosen => false,
            None => {
                self.round = Some(value.to_string());
                true
            }
            Some(first) => {
                if !self.other_round_reported {
                    self.other_round_reported = true;
                    let message = format!(
                        "the file holds more than one round (`{first}` and `{value}`); choose one with --round"
                    );
                    self.problem(row, column, message);
                }
                // A row of another round is left out, and counted.
                self.left_out += 1;
                false
            }
        }
    }

    /// Checks one data row; its ratings are kept only when the whole row is valid, and a row left
    /// out is counted.
    pub fn row(&mut self, columns: &Columns, row: u64, cells: &impl Cells) {
        if !self.in_round(columns, row, cells) {
            return;
        }
        if !self.accept(columns, row, cells) {
            self.left_out += 1;
        }
    }

    /// Whether the row is valid; its ratings are kept when it is.
    fn accept(&mut self, columns: &Columns, row: u64, cells: &impl Cells) -> bool {
        let before = self.errors.len();
        let Some(person) = self.person(columns, row, cells) else {
            return false;
        };
        let pending = match &columns.shape {
            ColumnShape::Long(long) => self.long(long, row, person, cells),
            ColumnShape::Wide(wide) => self.wide(wide, row, person, cells),
        };
        if self.errors.len() > before {
            return false;
        }
        for rating in &pending {
            if self.duplicate(row, rating.column, person, rating.item, rating.motivation) {
                return false;
            }
        }
        for rating in pending {
            if rating.motivation {
                self.input
                    .motivations
                    .push(person, rating.item, rating.agreed);
            } else {
                self.input
                    .ratings
                    .push(person, rating.item, rating.self_rating, rating.agreed);
            }
        }
        true
    }

    fn long(&mut self, long: &Long, row: u64, person: u32, cells: &impl Cells) -> Vec<Pending> {
        let competence = long.competence.map_or("", |c| cells.cell(c));
        let area = long.area.map_or("", |c| cells.cell(c));
        if !competence.is_empty() {
            let column = long.competence.unwrap_or(0);
            let Some(&index) = self.competences.get(competence) else {
                let hint = self
                    .competence_suggestions
                    .get_or_init(|| Suggestions::new(in_order(&self.competences)))
                    .best(competence)
                    .map(|s| format!("; did you mean `{s}`?"))
                    .unwrap_or_default();
                self.problem(
                    row,
                    column,
                    format!("unknown competence `{competence}`{hint}"),
                );
                return Vec::new();
            };
            self.rating(
                row,
                column,
                person,
                index,
                long.self_rating,
                long.agreed,
                cells,
            )
            .into_iter()
            .collect()
        } else if !area.is_empty() {
            let column = long.area.unwrap_or(0);
            let Some(&index) = self.areas.get(area) else {
                self.problem(row, column, format!("unknown area `{area}`"));
                return Vec::new();
            };
            self.motivation(row, long.motivation, index, cells)
                .into_iter()
                .collect()
        } else {
            let column = long.competence.or(long.area).unwrap_or(0);
            self.problem(
                row,
                column,
                "the row names neither a competence nor an area".into(),
            );
            Vec::new()
        }
    }

    fn wide(&mut self, wide: &Wide, row: u64, person: u32, cells: &impl Cells) -> Vec<Pending> {
        let mut pending = Vec::new();
        for c in &wide.competences {
            let column = c.agreed.or(c.self_rating).unwrap_or(0);
            pending.extend(self.rating(
                row,
                column,
                person,
                c.competence,
                c.self_rating,
                c.agreed,
                cells,
            ));
        }
        for &(column, area) in &wide.motivations {
            pending.extend(self.motivation(row, Some(column), area, cells));
        }
        pending
    }

    /// A competence rating from its self and agreed columns; `None` for an empty cell outside the
    /// profile, or after reporting a problem.
    #[allow(clippy::too_many_arguments)]
    fn rating(
        &mut self,
        row: u64,
        column: usize,
        person: u32,
        competence: u32,
        self_column: Option<usize>,
        agreed_column: Option<usize>,
        cells: &impl Cells,
    ) -> Option<Pending> {
        let self_rating = self.level(row, self_column, cells, self.rating_scale)?;
        let agreed = self.level(row, agreed_column, cells, self.rating_scale)?;
        let in_profile = self.in_profile(person, competence);
        if (self_rating, agreed) != (0, 0) && !in_profile {
            let role = &self.input.persons[person as usize].role;
            let id = self.framework.placed_competences()[competence as usize]
                .competence
                .id
                .clone();
            let message = format!(
                "{id} is not in the profile of `{role}`; a rating is only given for the competences the role is expected to have"
            );
            self.problem(row, column, message);
            return None;
        }
        in_profile.then_some(Pending {
            column,
            item: competence,
            motivation: false,
            self_rating,
            agreed,
        })
    }

    fn motivation(
        &mut self,
        row: u64,
        column: Option<usize>,
        area: u32,
        cells: &impl Cells,
    ) -> Option<Pending> {
        let value = self.level(row, column, cells, self.motivation_scale)?;
        Some(Pending {
            column: column.unwrap_or(0),
            item: area,
            motivation: true,
            self_rating: 0,
            agreed: value,
        })
    }

    /// Whether `competence` has an expected level in the person's role profile (always true for a
    /// framework without profiles, where every competence may be rated).
    fn in_profile(&self, person: u32, competence: u32) -> bool {
        self.framework.profiles.is_empty()
            || self.shape.level(
                self.person_roles[person as usize] as usize,
                competence as usize,
            ) > 0
    }

    /// The person's index, registering them on first sight; their role must stay the same.
    fn person(&mut self, columns: &Columns, row: u64, cells: &impl Cells) -> Option<u32> {
        let id = cells.cell(columns.person);
        let role = cells.cell(columns.role);
        let unit = columns.unit.map_or("", |c| cells.cell(c));
        if id.is_empty() {
            self.problem(
                row,
                columns.person,
                "the person is empty; give a pseudonym".into(),
            );
            return None;
        }
        let Some(&role_index) = self.roles.get(role) else {
            let framework = self.framework;
            let hint = self
                .role_suggestions
                .get_or_init(|| Suggestions::new(framework.roles.iter().map(|r| r.id.as_str())))
                .best(role)
                .map(|s| format!("; did you mean `{s}`?"))
                .unwrap_or_default();
            self.problem(row, columns.role, format!("unknown role `{role}`{hint}"));
            return None;
        };
        if let Some(&index) = self.persons.get(id) {
            let known = &self.input.persons[index as usize].role;
            if known != role {
                let message = format!(
                    "person {id} has the role `{known}` on an earlier row; one person has one role per round"
                );
                self.problem(row, columns.role, message);
                return None;
            }
            return Some(index);
        }
        let index = self.input.persons.len() as u32;
        self.persons.insert(id.to_string(), index);
        self.person_roles.push(role_index);
        self.seen.resize(
            self.seen.len() + self.competences.len() + self.areas.len(),
            0,
        );
        self.input.persons.push(Person {
            id: id.to_string(),
            role: role.to_string(),
            unit: unit.to_string(),
        });
        Some(index)
    }

    /// A rating on `scale` (empty = 0 = not rated); `None` after reporting a bad value.
    fn level(
        &mut self,
        row: u64,
        column: Option<usize>,
        cells: &impl Cells,
        scale: Option<&Scale>,
    ) -> Option<u8> {
        let Some(column) = column else { return Some(0) };
        let text = cells.cell(column);
        if text.is_empty() {
            return Some(0);
        }
        let value: Option<u8> = text.parse().ok();
        let valid = match (value, scale) {
            (Some(0), _) => true,
            (Some(v), Some(scale)) => {
                scale.level(v).is_some() || scale.not_rated.as_ref().is_some_and(|n| n.value == v)
            }
            (Some(_), None) => true,
            (None, _) => false,
        };
        if !valid {
            let range = scale
                .map(|s| {
                    format!(
                        "{}–{}",
                        s.ranks().min().unwrap_or(0),
                        s.ranks().max().unwrap_or(0)
                    )
                })
                .unwrap_or_default();
            self.problem(
                row,
                column,
                format!("`{text}` is not a level of the scale; use 0 (not rated) or {range}"),
            );
            return None;
        }
        value
    }

    fn duplicate(
        &mut self,
        row: u64,
        column: usize,
        person: u32,
        item: u32,
        motivation: bool,
    ) -> bool {
        let slots = self.competences.len() + self.areas.len();
        let slot = person as usize * slots
            + item as usize
            + if motivation {
                self.competences.len()
            } else {
                0
            };
        let first = std::mem::replace(&mut self.seen[slot], u32::try_from(row).unwrap_or(u32::MAX));
        if first == 0 {
            return false;
        }
        self.seen[slot] = first;
        let what = if motivation {
            "motivation for this area"
        } else {
            "rating of this competence"
        };
        let message = format!(
            "a second {what} for person {}; the first is on row {first}",
            self.input.persons[person as usize].id
        );
        self.problem(row, column, message);
        true
    }

    fn problem(&mut self, row: u64, column: usize, message: String) {
        self.errors.push(RatingsError::new(
            Code::RatingsRow,
            row,
            column as u64 + 1,
            message,
        ));
    }
}
