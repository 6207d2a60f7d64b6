//! A small framework the self-test and the unit tests export: two areas, a nested competence,
//! level descriptors on one competence.

use ramverk_plugin_sdk::export::*;

fn competence(id: &str, area: &str, parent: Option<&str>) -> Competence {
    let mut competence = Competence::new(id, &format!("Competence {id}"), area);
    competence.parent = parent.map(str::to_string);
    competence
}

fn area(id: &str) -> Area {
    Area::new(id, &format!("Area {id}"))
}

fn level(rank: u8, label: &str) -> Level {
    Level {
        rank,
        label: label.into(),
        description: None,
    }
}

/// Areas 1 and 2; competences 1.1 (with definition, examples and descriptors for levels 1–3),
/// 1.1.1 (nested in 1.1), 1.2 and 2.1.
pub fn framework() -> Framework {
    let mut first = competence("1.1", "1", None);
    first.definition = Some("Kompetens att söka information.".into());
    first.description = Some("Sökning i digitala miljöer.".into());
    first.examples = vec!["Intranätet.".into(), "Databaser.".into()];
    first.descriptors = vec![
        Descriptor {
            level: 1,
            text: "Behöver stöd.".into(),
        },
        Descriptor {
            level: 2,
            text: "Enklare sökningar.".into(),
        },
        Descriptor {
            level: 3,
            text: "Söker självständigt.".into(),
        },
    ];
    let mut areas = vec![area("1"), area("2")];
    areas[0].description = Some("Information och data.".into());
    Framework {
        status: Status::Adopted,
        adopted: Some("2024-09-02".into()),
        publisher: "Example publisher".into(),
        description: Some("A small example.".into()),
        rating_scale: Some("niva".into()),
        scales: vec![Scale {
            id: "niva".into(),
            title: "Kompetensnivå".into(),
            levels: vec![
                level(1, "Behöver stöd"),
                level(2, "Enklare moment"),
                level(3, "Självständigt"),
            ],
            not_rated: Some(0),
            cumulative: true,
        }],
        areas,
        competences: vec![
            first,
            competence("1.1.1", "1", Some("1.1")),
            competence("1.2", "1", None),
            competence("2.1", "2", None),
        ],
        ..Framework::new("example", "Example")
    }
}
