//! Expected levels as a role × competence table, and each person's role.

use ramverk_plugin_sdk::scoring::*;
use std::collections::HashMap;

pub struct Expectations {
    competences: usize,
    /// Expected level per role × competence; 0: none or not applicable.
    levels: Vec<u8>,
    /// The competences each role is expected in.
    expected: Vec<Vec<u32>>,
    /// The role index of each person.
    person_roles: Vec<usize>,
    /// The area index of each competence.
    pub competence_areas: Vec<usize>,
}

impl Expectations {
    pub fn new(framework: &Framework, input: &Input) -> Result<Expectations, String> {
        let competences = framework.competences.len();
        let competence_index: HashMap<&str, usize> =
            framework.competences.iter().enumerate().map(|(i, c)| (c.id.as_str(), i)).collect();
        let role_index: HashMap<&str, usize> =
            framework.roles.iter().enumerate().map(|(i, r)| (r.id.as_str(), i)).collect();
        let mut levels = vec![0u8; framework.roles.len() * competences];
        let mut expected = vec![Vec::new(); framework.roles.len()];
        for profile in &framework.profiles {
            let Some(&role) = role_index.get(profile.role.as_str()) else { continue };
            for entry in &profile.expected {
                let (Some(&competence), Expectation::Level(level)) =
                    (competence_index.get(entry.competence.as_str()), entry.expectation)
                else {
                    continue;
                };
                if level > 0 {
                    levels[role * competences + competence] = level;
                    expected[role].push(competence as u32);
                }
            }
        }
        let roles = framework.roles.len();
        if let Some(&bad) = input.persons.role.iter().find(|&&r| r as usize >= roles) {
            return Err(format!("a person has role index {bad}, but the framework has {roles} roles"));
        }
        let person_roles = input.persons.role.iter().map(|&r| r as usize).collect();
        let area_index: HashMap<&str, usize> =
            framework.areas.iter().enumerate().map(|(i, a)| (a.id.as_str(), i)).collect();
        let competence_areas = framework
            .competences
            .iter()
            .map(|c| area_index.get(c.area.as_str()).copied().unwrap_or(0))
            .collect();
        if let Some(&bad) = input.ratings.competence.iter().find(|&&c| c as usize >= competences) {
            return Err(format!("a rating names competence index {bad}, but the framework has {competences}"));
        }
        Ok(Expectations { competences, levels, expected, person_roles, competence_areas })
    }

    pub fn role_of(&self, person: usize) -> usize {
        self.person_roles[person]
    }

    pub fn level(&self, role: usize, competence: usize) -> u8 {
        self.levels[role * self.competences + competence]
    }

    pub fn expected_count(&self, role: usize) -> u32 {
        self.expected[role].len() as u32
    }

    pub fn expected_in(&self, role: usize) -> &[u32] {
        &self.expected[role]
    }
}
