//! A tiny framework and four ratings that the self-test scores.

use ramverk_plugin_sdk::scoring::*;

pub fn framework() -> Framework {
    let competence = |id: &str| Competence {
        id: id.into(),
        title: format!("Competence {id}"),
        area: "1".into(),
        parent: None,
        definition: None,
        description: None,
        examples: vec![],
        descriptors: vec![],
        learning_activities: vec![],
    };
    let expect = |competence: &str, level: u8| Expected { competence: competence.into(), expectation: Expectation::Level(level) };
    Framework {
        id: "example".into(),
        title: "Example".into(),
        version: "1.0.0".into(),
        language: "sv".into(),
        status: Status::Draft,
        adopted: None,
        publisher: "Example".into(),
        description: None,
        rating_scale: None,
        motivation_scale: None,
        scales: vec![],
        areas: vec![Area { id: "1".into(), title: "Area".into(), description: None, motivation: None, restricted_to: vec![] }],
        competences: vec![competence("1.1"), competence("1.2"), competence("1.3"), competence("1.4")],
        roles: vec![Role { id: "medarbetare".into(), title: "Medarbetare".into(), unit: None, description: None }],
        profiles: vec![Profile {
            role: "medarbetare".into(),
            description: None,
            expected: vec![expect("1.1", 3), expect("1.2", 2), expect("1.3", 2)],
        }],
    }
}

/// 1.1: agreed 1 (self 4) against 3 — a need with gap 2; 1.2: self 2 against 2 — met;
/// 1.3: not rated; 1.4: no expectation. Motivation 5: high.
pub fn input() -> Input {
    Input {
        persons: Persons { id: vec!["p1".into()], role: vec![0], unit: vec![0] },
        units: vec!["Bibliotek".into()],
        ratings: Ratings {
            person: vec![0, 0, 0, 0],
            competence: vec![0, 1, 2, 3],
            self_rating: vec![4, 2, 0, 3],
            agreed: vec![1, 0, 0, 0],
        },
        motivations: Motivations { person: vec![0], area: vec![0], value: vec![5] },
    }
}
