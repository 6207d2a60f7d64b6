//! Lookups on the framework that most plugins need.

use crate::types::{Area, Competence, Expectation, Framework, Profile, Role, Scale};

/// Finding things in a [`Framework`] by id.
pub trait FrameworkExt {
    fn competence(&self, id: &str) -> Option<&Competence>;
    fn area(&self, id: &str) -> Option<&Area>;
    fn role(&self, id: &str) -> Option<&Role>;
    fn profile(&self, role: &str) -> Option<&Profile>;
    fn scale(&self, id: &str) -> Option<&Scale>;
    /// The scale competences are rated on.
    fn rating_scale(&self) -> Option<&Scale>;
    /// The expectation of `role` in `competence`, if its profile states one.
    fn expectation(&self, role: &str, competence: &str) -> Option<Expectation>;
}

impl FrameworkExt for Framework {
    fn competence(&self, id: &str) -> Option<&Competence> {
        self.competences
            .iter()
            .find(|competence| competence.id == id)
    }

    fn area(&self, id: &str) -> Option<&Area> {
        self.areas.iter().find(|area| area.id == id)
    }

    fn role(&self, id: &str) -> Option<&Role> {
        self.roles.iter().find(|role| role.id == id)
    }

    fn profile(&self, role: &str) -> Option<&Profile> {
        self.profiles.iter().find(|profile| profile.role == role)
    }

    fn scale(&self, id: &str) -> Option<&Scale> {
        self.scales.iter().find(|scale| scale.id == id)
    }

    fn rating_scale(&self) -> Option<&Scale> {
        match &self.rating_scale {
            Some(id) => self.scale(id),
            None => self.scales.first(),
        }
    }

    fn expectation(&self, role: &str, competence: &str) -> Option<Expectation> {
        let profile = self.profile(role)?;
        let expected = profile
            .expected
            .iter()
            .find(|expected| expected.competence == competence)?;
        Some(expected.expectation)
    }
}

/// Small frameworks for self-tests and unit tests: everything optional left empty.
impl Framework {
    pub fn new(id: &str, title: &str) -> Framework {
        Framework {
            id: id.into(),
            title: title.into(),
            version: "1.0.0".into(),
            language: "sv".into(),
            status: crate::types::Status::Draft,
            adopted: None,
            publisher: "Example".into(),
            description: None,
            rating_scale: None,
            motivation_scale: None,
            scales: vec![],
            areas: vec![],
            competences: vec![],
            roles: vec![],
            profiles: vec![],
        }
    }
}

impl Area {
    pub fn new(id: &str, title: &str) -> Area {
        Area {
            id: id.into(),
            title: title.into(),
            description: None,
            motivation: None,
            restricted_to: vec![],
        }
    }
}

impl Competence {
    /// A top-level competence of `area` with only an id and a title.
    pub fn new(id: &str, title: &str, area: &str) -> Competence {
        Competence {
            id: id.into(),
            title: title.into(),
            area: area.into(),
            parent: None,
            definition: None,
            description: None,
            examples: vec![],
            descriptors: vec![],
            learning_activities: vec![],
        }
    }
}

impl Role {
    pub fn new(id: &str, title: &str) -> Role {
        Role {
            id: id.into(),
            title: title.into(),
            unit: None,
            description: None,
        }
    }
}
