//! A small framework the self-test and the unit tests export: two areas, a nested competence,
//! level descriptors on one competence; and details for it (statements, an outcome, steps, a
//! term, a licence).

use ramverk_plugin_sdk::detailed_export::*;

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

/// Details of [`framework`]: statements 1.1-S1 (level 1) and 1.1-S2 (level 2) of competence 1.1,
/// learning outcome 1.2-LO1 (skill, level 3) of 1.2, two steps of level 2 mapped to A1–C2, the
/// term `kompetens` and a CC BY 4.0 licence.
pub fn details() -> FrameworkDetails {
    let statement = |id: &str, level: u8, text: &str| Statement {
        id: id.into(),
        competence: "1.1".into(),
        level,
        labels: vec!["AI-Explicit".into()],
        text: text.into(),
    };
    let step = |rank: u8, equivalent: &str| Step {
        rank,
        label: None,
        description: Some(format!("Steg {rank}.")),
        equivalent: Some(equivalent.into()),
    };
    FrameworkDetails {
        statements: vec![
            statement("1.1-S1", 1, "Söker med stöd."),
            statement("1.1-S2", 2, "Söker på egen hand."),
        ],
        learning_outcomes: vec![LearningOutcome {
            id: "1.2-LO1".into(),
            competence: "1.2".into(),
            level: 3,
            dimension: Dimension::Skill,
            labels: vec![],
            text: "Kan jämföra källor.".into(),
        }],
        levels: vec![LevelDetails {
            scale: "niva".into(),
            level: 2,
            purpose: Some("Att klara vardagen.".into()),
            steps: vec![step(3, "B1"), step(4, "B2")],
        }],
        equivalents: vec![ScaleEquivalents {
            scale: "niva".into(),
            scheme: "A1–C2".into(),
        }],
        glossary: vec![Term {
            id: "kompetens".into(),
            term: "Kompetens".into(),
            explanation: "Förmågan att använda kunskap.".into(),
        }],
        licence: Some(Licence {
            id: "CC-BY-4.0".into(),
            attribution: "Exempel (2024).".into(),
            url: Some("https://creativecommons.org/licenses/by/4.0/".into()),
            notice: None,
        }),
    }
}
