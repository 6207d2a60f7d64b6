//! The built-in Stockholm rule on ramverk's model: the framework reduced to a scoring shape,
//! persons to role and unit indices, then `ramverk_scoring` — the code the plugin runs too.

use std::collections::HashMap;

use ramverk_scoring::{Assessment, Output, Rule, Shape};

use ramverk_model::Framework;

use crate::Input;

/// The framework as scoring sees it: ids by index, and the expected levels of every profile.
pub fn shape(framework: &Framework) -> Shape {
    let areas: HashMap<&str, u32> = framework
        .areas
        .iter()
        .enumerate()
        .map(|(i, a)| (a.id.as_str(), i as u32))
        .collect();
    let placed = framework.placed_competences();
    let competences: Vec<(String, u32)> = placed
        .iter()
        .map(|p| (p.competence.id.clone(), areas[p.area]))
        .collect();
    let index: HashMap<&str, usize> = placed
        .iter()
        .enumerate()
        .map(|(i, p)| (p.competence.id.as_str(), i))
        .collect();
    let roles: Vec<String> = framework.roles.iter().map(|r| r.id.clone()).collect();
    let mut shape = Shape::new(
        framework.areas.iter().map(|a| a.id.clone()).collect(),
        competences,
        roles,
    );
    for profile in &framework.profiles {
        let Some(role) = framework.roles.iter().position(|r| r.id == profile.role) else {
            continue;
        };
        for (competence, expectation) in &profile.expected {
            if let (Some(&c), Some(level)) = (index.get(competence.as_str()), expectation.level()) {
                shape.expect(role, c, level);
            }
        }
    }
    shape
}

/// Persons as indices: each person's role (into the framework's roles) and unit (into `units`,
/// sorted).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndexedPersons {
    pub roles: Vec<u32>,
    pub units: Vec<u32>,
    pub unit_names: Vec<String>,
}

impl IndexedPersons {
    /// Indexes `input`'s persons against `framework`; a role the framework lacks is an error.
    pub fn new(input: &Input, framework: &Framework) -> Result<IndexedPersons, String> {
        let roles: HashMap<&str, u32> = framework
            .roles
            .iter()
            .enumerate()
            .map(|(i, r)| (r.id.as_str(), i as u32))
            .collect();
        // Units in order of first appearance, then renumbered in sorted order.
        let mut first_seen: foldhash::HashMap<&str, u32> = foldhash::HashMap::default();
        let count = input.persons.len();
        let (mut person_roles, mut person_units) =
            (Vec::with_capacity(count), Vec::with_capacity(count));
        for person in &input.persons {
            let role = roles.get(person.role.as_str()).copied().ok_or_else(|| {
                format!(
                    "person {} has the role `{}`, which {} does not define",
                    person.id, person.role, framework.id
                )
            })?;
            let next = first_seen.len() as u32;
            person_roles.push(role);
            person_units.push(*first_seen.entry(person.unit.as_str()).or_insert(next));
        }
        let mut units: Vec<(&str, u32)> = first_seen.into_iter().collect();
        units.sort_unstable();
        let mut renumber = vec![0u32; units.len()];
        for (sorted, &(_, seen)) in units.iter().enumerate() {
            renumber[seen as usize] = sorted as u32;
        }
        for unit in &mut person_units {
            *unit = renumber[*unit as usize];
        }
        let unit_names = units
            .into_iter()
            .map(|(unit, _)| unit.to_string())
            .collect();
        Ok(IndexedPersons {
            roles: person_roles,
            units: person_units,
            unit_names,
        })
    }
}

/// Scores `input` with the built-in Stockholm rule.
pub fn score_builtin(framework: &Framework, input: &Input, rule: Rule) -> Result<Output, String> {
    let shape = shape(framework);
    let persons = IndexedPersons::new(input, framework)?;
    let units: Vec<&str> = persons.unit_names.iter().map(String::as_str).collect();
    let (r, m) = (&input.ratings, &input.motivations);
    let assessment = Assessment {
        person_roles: &persons.roles,
        person_units: &persons.units,
        units: &units,
        person: &r.person,
        competence: &r.competence,
        self_rating: &r.self_rating,
        agreed: &r.agreed,
        motivation_person: &m.person,
        motivation_area: &m.area,
        motivation_value: &m.value,
    };
    ramverk_scoring::score(&shape, &assessment, rule)
}
