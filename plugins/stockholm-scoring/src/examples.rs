//! A tiny framework and four ratings that the self-test scores.

use ramverk_plugin_sdk::scoring::*;

pub fn framework() -> Framework {
    let expect = |competence: &str, level: u8| Expected {
        competence: competence.into(),
        expectation: Expectation::Level(level),
    };
    Framework {
        areas: vec![Area::new("1", "Area")],
        competences: ["1.1", "1.2", "1.3", "1.4"]
            .map(|id| Competence::new(id, &format!("Competence {id}"), "1"))
            .to_vec(),
        roles: vec![Role::new("medarbetare", "Medarbetare")],
        profiles: vec![Profile {
            role: "medarbetare".into(),
            description: None,
            expected: vec![expect("1.1", 3), expect("1.2", 2), expect("1.3", 2)],
        }],
        ..Framework::new("example", "Example")
    }
}

/// 1.1: agreed 1 (self 4) against 3 — a need with gap 2; 1.2: self 2 against 2 — met;
/// 1.3: not rated; 1.4: no expectation. Motivation 5: high.
pub fn input() -> Input {
    Input {
        persons: Persons {
            role: vec![0],
            unit: vec![0],
        },
        units: vec!["Bibliotek".into()],
        ratings: Ratings {
            person: vec![0, 0, 0, 0],
            competence: vec![0, 1, 2, 3],
            self_rating: vec![4, 2, 0, 3],
            agreed: vec![1, 0, 0, 0],
        },
        motivations: Motivations {
            person: vec![0],
            area: vec![0],
            value: vec![5],
        },
    }
}
