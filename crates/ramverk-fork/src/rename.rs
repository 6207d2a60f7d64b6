//! Ids renamed throughout a framework, the references to them included.

use std::collections::{BTreeMap, HashMap};

use ramverk_model::{Area, Competence, Framework, Profile};
use ramverk_review::diff::Section;

/// Per section, old id → new id. Applied all at once, so that ids may swap or shift.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Renames(HashMap<Section, HashMap<String, String>>);

impl Renames {
    /// Renames `from` to `to` in `section`.
    pub fn insert(&mut self, section: Section, from: &str, to: &str) {
        if from != to {
            self.0
                .entry(section)
                .or_default()
                .insert(from.to_owned(), to.to_owned());
        }
    }

    /// The new id of `id` in `section`, if it is renamed.
    pub fn get(&self, section: Section, id: &str) -> Option<&str> {
        self.0.get(&section)?.get(id).map(String::as_str)
    }

    /// The new id of `id` in `section`, itself when it is not renamed.
    pub fn apply<'a>(&'a self, section: Section, id: &'a str) -> &'a str {
        self.get(section, id).unwrap_or(id)
    }

    /// The id renamed to `id` in `section`: `id` itself when none is, `None` when `id` is
    /// renamed away and nothing takes its place.
    pub fn undo<'a>(&'a self, section: Section, id: &'a str) -> Option<&'a str> {
        let renames = self.0.get(&section);
        let from = renames.and_then(|renames| {
            renames
                .iter()
                .find(|(_, to)| to.as_str() == id)
                .map(|(from, _)| from.as_str())
        });
        match from {
            Some(from) => Some(from),
            None if renames.is_some_and(|renames| renames.contains_key(id)) => None,
            None => Some(id),
        }
    }

    fn replace(&self, section: Section, id: &mut String) {
        if let Some(new) = self.get(section, id) {
            *id = new.to_owned();
        }
    }

    /// Renames in the whole framework: the items' own ids, the competence ids that profiles'
    /// expected levels and corrections refer to.
    pub fn framework(&self, framework: &mut Framework) {
        if self.0.is_empty() {
            return;
        }
        for area in &mut framework.areas {
            self.area(area);
        }
        for term in &mut framework.glossary {
            self.replace(Section::Glossary, &mut term.id);
        }
        for profile in &mut framework.profiles {
            self.profile(profile);
        }
        for correction in &mut framework.corrections {
            let section = if self.get(Section::Competences, &correction.item).is_some() {
                Section::Competences
            } else {
                Section::Areas
            };
            self.replace(section, &mut correction.item);
        }
    }

    /// Renames in an area and everything under it.
    pub fn area(&self, area: &mut Area) {
        self.replace(Section::Areas, &mut area.id);
        for competence in &mut area.competences {
            self.competence(competence);
        }
    }

    /// Renames in a competence, its statements, outcomes and sub-competences.
    pub fn competence(&self, competence: &mut Competence) {
        self.replace(Section::Competences, &mut competence.id);
        for statement in &mut competence.statements {
            self.replace(Section::Statements, &mut statement.id);
        }
        for outcome in &mut competence.learning_outcomes {
            self.replace(Section::LearningOutcomes, &mut outcome.id);
        }
        for child in &mut competence.competences {
            self.competence(child);
        }
    }

    /// Renames the competences a profile's expected levels are for.
    pub fn profile(&self, profile: &mut Profile) {
        if self.0.contains_key(&Section::Competences) {
            let expected = std::mem::take(&mut profile.expected);
            profile.expected = expected
                .into_iter()
                .map(|(id, level)| (self.apply(Section::Competences, &id).to_owned(), level))
                .collect::<BTreeMap<_, _>>();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Renames;
    use ramverk_model::{Competence, Expectation, Profile};
    use ramverk_review::diff::Section;

    fn competence(id: &str) -> Competence {
        Competence {
            id: id.to_owned(),
            title: format!("Competence {id}"),
            definition: None,
            description: None,
            examples: Vec::new(),
            descriptors: Default::default(),
            learning_activities: Vec::new(),
            statements: Vec::new(),
            learning_outcomes: Vec::new(),
            competences: vec![],
        }
    }

    #[test]
    fn ids_shift_all_at_once_and_references_follow() {
        let mut renames = Renames::default();
        renames.insert(Section::Competences, "5.3", "5.4");
        renames.insert(Section::Competences, "5.4", "5.5");
        let mut parent = competence("5");
        parent.competences = vec![competence("5.3"), competence("5.4")];
        renames.competence(&mut parent);
        let ids: Vec<&str> = parent.competences.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["5.4", "5.5"]);
        let mut profile = Profile {
            role: "chef".to_owned(),
            description: None,
            expected: [
                ("5.3".to_owned(), Expectation::Level(2)),
                ("5.4".to_owned(), Expectation::Level(4)),
            ]
            .into(),
        };
        renames.profile(&mut profile);
        assert_eq!(profile.expected["5.4"], Expectation::Level(2));
        assert_eq!(profile.expected["5.5"], Expectation::Level(4));
    }
}
