//! Every kind of change `docs/diff.md` lists, classified as the docs say: one row per kind.

use std::collections::BTreeMap;
use std::path::Path;

use ramverk_model::Framework;
use ramverk_review::diff::{
    Bump, Section, classify, diff, expectation_bump, item_bump, metadata_bump,
};

/// A framework with one of everything a change can touch.
const BASE: &str = r#"
id: klass
title: Klassningsramverk
version: "1.0.0"
language: sv
status: adopted
publisher: {name: Exempel kommun}
description: Ramverket för klassningstestet.
notes:
  - En anteckning.
guidance:
  - {id: u1, title: Utgångspunkt, text: Skattningen är ett samtalsunderlag.}
  - {id: u2, title: Lön, text: Skattningen används inte för lönesättning.}
licence:
  id: CC-BY-4.0
  attribution: Efter ett exempel, CC BY 4.0.
scales:
  - id: niva
    title: Kompetensnivå
    equivalents: A1–C2
    levels:
      - rank: 1
        label: Behöver stöd
        purpose: Att klara vardagens digitala uppgifter.
        steps:
          - {rank: 1, equivalent: A1}
          - {rank: 2, equivalent: A2}
      - {rank: 2, label: På egen hand}
      - {rank: 3, label: Kan vägleda andra}
  - id: motiv
    title: Motivation
    levels:
      - {rank: 1, label: Instämmer inte}
      - {rank: 2, label: Instämmer delvis}
      - {rank: 3, label: Instämmer helt}
rating_scale: niva
motivation_scale: motiv
roles:
  - {id: medarbetare, title: Medarbetare}
  - {id: chef, title: Chef}
areas:
  - id: "1"
    title: Information
    description: Att hitta och värdera information.
    motivation: Jag vill bli bättre på att hitta information.
    competences:
      - id: "1.1"
        title: Söka information
        definition: Kompetens att söka information i digitala miljöer.
        examples:
          - Exempel är intranätet och diariet.
          - Exempel på nivå 3 är att skapa sökstrategier.
        descriptors:
          1: Saknar erfarenhet av att söka information.
          2: Kan söka information på egen hand.
          3: Kan söka effektivt och vägleda andra.
        learning_activities:
          - {text: Gå kursen i informationssökning.}
          - {text: Gör en sökövning tillsammans med en kollega.}
        statements:
          - {id: P1.1.01, level: 1, labels: [AI-Implicit], text: Kan använda en sökmotor.}
          - {id: P1.1.02, level: 2, text: Kan förfina en sökning.}
        learning_outcomes:
          - {id: L1.1.01, level: 1, dimension: knowledge, text: Vet att sökträffar rangordnas.}
          - {id: L1.1.02, level: 2, dimension: attitude, text: Är nyfiken på nya sökverktyg.}
      - id: "1.2"
        title: Granska källor
        definition: Kompetens att granska källors trovärdighet.
        descriptors:
          1: Saknar erfarenhet av att granska källor.
          2: Kan granska källor med stöd.
          3: Kan granska källor och lära andra.
  - id: "2"
    title: Ledning
    description: Att leda det digitala arbetet.
    restricted_to: [chef]
    competences:
      - id: "2.1"
        title: Leda förändring
        descriptors:
          1: Har inte lett digitala förändringar.
          2: Leder digitala förändringar med stöd.
          3: Leder digitala förändringar och stöttar andra chefer.
profiles:
  - role: medarbetare
    expected: {"1.1": 2, "1.2": 2}
  - role: chef
    expected: {"1.1": 3, "1.2": 2, "2.1": 3}
glossary:
  - {id: sokmotor, term: Sökmotor, explanation: Ett program som hittar sidor på webben.}
  - {id: kalla, term: Källa, explanation: Där en uppgift kommer ifrån.}
"#;

/// The competence 1.2 block, removed, moved or renumbered by some rows.
const C12: &str = r#"      - id: "1.2"
        title: Granska källor
        definition: Kompetens att granska källors trovärdighet.
        descriptors:
          1: Saknar erfarenhet av att granska källor.
          2: Kan granska källor med stöd.
          3: Kan granska källor och lära andra.
"#;

/// Area 2, with its competence.
const A2: &str = r#"  - id: "2"
    title: Ledning
    description: Att leda det digitala arbetet.
    restricted_to: [chef]
    competences:
      - id: "2.1"
        title: Leda förändring
        descriptors:
          1: Har inte lett digitala förändringar.
          2: Leder digitala förändringar med stöd.
          3: Leder digitala förändringar och stöttar andra chefer.
"#;

/// Replacements that turn the base into one side: each `from` must occur in the text.
type Edits = &'static [(&'static str, &'static str)];

/// One kind of change: the edits that make the old and the new side from the base, the bump
/// and a phrase of the reason `version check` gives.
struct Row {
    kind: &'static str,
    old: Edits,
    new: Edits,
    bump: Bump,
    reason: &'static str,
}

const fn row(kind: &'static str, old: Edits, new: Edits, bump: Bump, reason: &'static str) -> Row {
    Row {
        kind,
        old,
        new,
        bump,
        reason,
    }
}

const NONE: Edits = &[];
const REMOVE_C12: Edits = &[
    (C12, ""),
    (r#", "1.2": 2}"#, "}"),
    (r#", "1.2": 2, "2.1": 3}"#, r#", "2.1": 3}"#),
];
const ADD_C13: Edits = &[(
    C12,
    concat!(
        r#"      - id: "1.2"
        title: Granska källor
        definition: Kompetens att granska källors trovärdighet.
        descriptors:
          1: Saknar erfarenhet av att granska källor.
          2: Kan granska källor med stöd.
          3: Kan granska källor och lära andra.
"#,
        r#"      - id: "1.3"
        title: Dela information
        descriptors: {1: Delar sällan., 2: Delar med kollegor., 3: Visar andra hur man delar.}
"#
    ),
)];
const REMOVE_A2: Edits = &[(A2, ""), (r#", "2.1": 3}"#, "}")];
const REMOVE_ROLE: Edits = &[
    ("  - {id: chef, title: Chef}\n", ""),
    (
        "  - role: chef\n    expected: {\"1.1\": 3, \"1.2\": 2, \"2.1\": 3}\n",
        "",
    ),
];
const REMOVE_PROFILE: Edits = &[(
    "  - role: chef\n    expected: {\"1.1\": 3, \"1.2\": 2, \"2.1\": 3}\n",
    "",
)];
const REMOVE_PRINCIPLE: Edits = &[(
    "  - {id: u2, title: Lön, text: Skattningen används inte för lönesättning.}\n",
    "",
)];
const REMOVE_MOTIV_SCALE: Edits = &[
    (
        r#"  - id: motiv
    title: Motivation
    levels:
      - {rank: 1, label: Instämmer inte}
      - {rank: 2, label: Instämmer delvis}
      - {rank: 3, label: Instämmer helt}
"#,
        "",
    ),
    ("motivation_scale: motiv\n", ""),
];
const REMOVE_EXPECTED: Edits = &[(r#""1.1": 2, "1.2": 2}"#, r#""1.1": 2}"#)];
const REMOVE_DESCRIPTOR: Edits = &[("          3: Kan granska källor och lära andra.\n", "")];
const REMOVE_MOTIVATION: Edits = &[(
    "    motivation: Jag vill bli bättre på att hitta information.\n",
    "",
)];
const REMOVE_DEFINITION: Edits = &[(
    "        definition: Kompetens att granska källors trovärdighet.\n",
    "",
)];
const REMOVE_EXAMPLE: Edits = &[(
    "          - Exempel på nivå 3 är att skapa sökstrategier.\n",
    "",
)];
const REMOVE_ACTIVITY: Edits = &[(
    "          - {text: Gör en sökövning tillsammans med en kollega.}\n",
    "",
)];
const REMOVE_RATING_SCALE: Edits = &[("rating_scale: niva\n", "")];
const P2: &str = "          - {id: P1.1.02, level: 2, text: Kan förfina en sökning.}\n";
const REMOVE_STATEMENT: Edits = &[(P2, "")];
const REMOVE_OUTCOME: Edits = &[(
    "          - {id: L1.1.02, level: 2, dimension: attitude, text: Är nyfiken på nya sökverktyg.}\n",
    "",
)];
const REMOVE_TERM: Edits = &[(
    "  - {id: kalla, term: Källa, explanation: Där en uppgift kommer ifrån.}\n",
    "",
)];

/// Every kind of change the docs list, in the docs' order.
fn rows() -> Vec<Row> {
    use Bump::{Major, Minor, Patch};
    vec![
        // major
        row(
            "competence removed",
            NONE,
            REMOVE_C12,
            Major,
            "competence 1.2 Granska källor removed",
        ),
        row(
            "competence renumbered",
            NONE,
            &[
                (r#"id: "1.2""#, r#"id: "1.4""#),
                (r#""1.2": 2"#, r#""1.4": 2"#),
            ],
            Major,
            "competence 1.2 renumbered to 1.4",
        ),
        row(
            "competence moved",
            NONE,
            &[
                (C12, ""),
                (
                    "          3: Leder digitala förändringar och stöttar andra chefer.\n",
                    concat!(
                        "          3: Leder digitala förändringar och stöttar andra chefer.\n",
                        r#"      - id: "1.2"
        title: Granska källor
        definition: Kompetens att granska källors trovärdighet.
        descriptors:
          1: Saknar erfarenhet av att granska källor.
          2: Kan granska källor med stöd.
          3: Kan granska källor och lära andra.
"#
                    ),
                ),
            ],
            Major,
            "competence 1.2 moved",
        ),
        row(
            "scale changed",
            NONE,
            &[(
                "{rank: 2, label: På egen hand}",
                "{rank: 2, label: Självständigt}",
            )],
            Major,
            "scale niva changed",
        ),
        row(
            "scale removed",
            NONE,
            REMOVE_MOTIV_SCALE,
            Major,
            "scale motiv removed",
        ),
        row(
            "rating scale switched",
            NONE,
            &[("rating_scale: niva", "rating_scale: motiv")],
            Major,
            "rating scale switched from niva to motiv",
        ),
        row(
            "rating scale removed",
            NONE,
            REMOVE_RATING_SCALE,
            Major,
            "rating scale niva removed",
        ),
        row(
            "motivation scale switched",
            NONE,
            &[("motivation_scale: motiv", "motivation_scale: niva")],
            Major,
            "motivation scale switched from motiv to niva",
        ),
        row(
            "expected level raised",
            NONE,
            &[(r#""1.1": 2, "1.2": 2"#, r#""1.1": 3, "1.2": 2"#)],
            Major,
            "expected level of medarbetare for 1.1 raised",
        ),
        row(
            "expected level lowered",
            NONE,
            &[(r#""1.1": 3, "1.2": 2"#, r#""1.1": 2, "1.2": 2"#)],
            Major,
            "expected level of chef for 1.1 lowered",
        ),
        row(
            "expected level removed",
            NONE,
            REMOVE_EXPECTED,
            Major,
            "expected level of medarbetare for 1.2 removed",
        ),
        row(
            "area restriction changed",
            NONE,
            &[("    restricted_to: [chef]\n", "")],
            Major,
            "area 2: the roles it applies to changed",
        ),
        row("area removed", NONE, REMOVE_A2, Major, "area 2 removed"),
        row(
            "area renumbered",
            NONE,
            &[(
                r#"  - id: "2"
    title: Ledning"#,
                r#"  - id: "3"
    title: Ledning"#,
            )],
            Major,
            "area 2 renumbered to 3",
        ),
        row(
            "role removed",
            NONE,
            REMOVE_ROLE,
            Major,
            "role chef removed",
        ),
        row(
            "profile removed",
            NONE,
            REMOVE_PROFILE,
            Major,
            "profile chef removed",
        ),
        row(
            "guiding principle removed",
            NONE,
            REMOVE_PRINCIPLE,
            Major,
            "guiding principle u2 removed",
        ),
        row(
            "descriptor removed",
            NONE,
            REMOVE_DESCRIPTOR,
            Major,
            "competence 1.2: descriptor 3 removed",
        ),
        row(
            "motivation statement removed",
            NONE,
            REMOVE_MOTIVATION,
            Major,
            "area 1: motivation removed",
        ),
        row(
            "competence statement removed",
            NONE,
            REMOVE_STATEMENT,
            Major,
            "competence statement P1.1.02 removed",
        ),
        row(
            "competence statement renumbered",
            NONE,
            &[("id: P1.1.02", "id: P1.1.05")],
            Major,
            "competence statement P1.1.02 renumbered to P1.1.05",
        ),
        row(
            "competence statement moved",
            NONE,
            &[
                (P2, ""),
                (
                    "          3: Kan granska källor och lära andra.\n",
                    concat!(
                        "          3: Kan granska källor och lära andra.\n",
                        "        statements:\n",
                        "          - {id: P1.1.02, level: 2, text: Kan förfina en sökning.}\n",
                    ),
                ),
            ],
            Major,
            "competence statement P1.1.02 moved (competence 1.1 → 1.2)",
        ),
        row(
            "competence statement level changed",
            NONE,
            &[("{id: P1.1.02, level: 2,", "{id: P1.1.02, level: 3,")],
            Major,
            "competence statement P1.1.02 moved (level 2 → 3)",
        ),
        row(
            "learning outcome removed",
            NONE,
            REMOVE_OUTCOME,
            Major,
            "learning outcome L1.1.02 removed",
        ),
        row(
            "learning outcome level changed",
            NONE,
            &[("{id: L1.1.01, level: 1,", "{id: L1.1.01, level: 2,")],
            Major,
            "learning outcome L1.1.01 moved (level 1 → 2)",
        ),
        // minor
        row(
            "competence added",
            NONE,
            ADD_C13,
            Minor,
            "competence 1.3 Dela information added",
        ),
        row("area added", REMOVE_A2, NONE, Minor, "area 2 Ledning added"),
        row("role added", REMOVE_ROLE, NONE, Minor, "role chef added"),
        row(
            "profile added",
            REMOVE_PROFILE,
            NONE,
            Minor,
            "profile chef added",
        ),
        row(
            "guiding principle added",
            REMOVE_PRINCIPLE,
            NONE,
            Minor,
            "guiding principle u2 added",
        ),
        row(
            "scale added",
            REMOVE_MOTIV_SCALE,
            NONE,
            Minor,
            "scale motiv added",
        ),
        row(
            "rating scale added",
            REMOVE_RATING_SCALE,
            NONE,
            Minor,
            "rating scale added",
        ),
        row(
            "expected level added",
            REMOVE_EXPECTED,
            NONE,
            Minor,
            "expected level of medarbetare for 1.2 added",
        ),
        row(
            "definition added",
            REMOVE_DEFINITION,
            NONE,
            Minor,
            "competence 1.2: definition added",
        ),
        row(
            "example added",
            REMOVE_EXAMPLE,
            NONE,
            Minor,
            "competence 1.1: example added",
        ),
        row(
            "descriptor added",
            REMOVE_DESCRIPTOR,
            NONE,
            Minor,
            "competence 1.2: descriptor 3 added",
        ),
        row(
            "learning activity added",
            REMOVE_ACTIVITY,
            NONE,
            Minor,
            "competence 1.1: learning activity added",
        ),
        row(
            "motivation statement added",
            REMOVE_MOTIVATION,
            NONE,
            Minor,
            "area 1: motivation added",
        ),
        row(
            "definition removed",
            NONE,
            REMOVE_DEFINITION,
            Minor,
            "competence 1.2: definition removed",
        ),
        row(
            "example removed",
            NONE,
            REMOVE_EXAMPLE,
            Minor,
            "competence 1.1: example removed",
        ),
        row(
            "learning activity removed",
            NONE,
            REMOVE_ACTIVITY,
            Minor,
            "competence 1.1: learning activity removed",
        ),
        row(
            "competence statement added",
            REMOVE_STATEMENT,
            NONE,
            Minor,
            "competence statement P1.1.02 added",
        ),
        row(
            "learning outcome added",
            REMOVE_OUTCOME,
            NONE,
            Minor,
            "learning outcome L1.1.02 added",
        ),
        row(
            "glossary term added",
            REMOVE_TERM,
            NONE,
            Minor,
            "glossary term kalla added",
        ),
        row(
            "glossary term removed",
            NONE,
            REMOVE_TERM,
            Minor,
            "glossary term kalla removed",
        ),
        row(
            "scale step added",
            NONE,
            &[(
                "      - {rank: 2, label: På egen hand}\n",
                "      - {rank: 2, label: På egen hand, steps: [{rank: 3, equivalent: B1}]}\n",
            )],
            Minor,
            "scale niva: step 3 equivalent, step 3 level added",
        ),
        // patch
        row(
            "title reworded",
            NONE,
            &[("title: Granska källor", "title: Granska källor kritiskt")],
            Patch,
            "competence 1.2: title reworded",
        ),
        row(
            "definition reworded",
            NONE,
            &[(
                "granska källors trovärdighet.",
                "bedöma källors trovärdighet.",
            )],
            Patch,
            "competence 1.2: definition reworded",
        ),
        row(
            "descriptor reworded",
            NONE,
            &[(
                "Kan granska källor med stöd.",
                "Kan granska källor med visst stöd.",
            )],
            Patch,
            "competence 1.2: descriptor 2 reworded",
        ),
        row(
            "example reworded",
            NONE,
            &[("att skapa sökstrategier.", "att skapa egna sökstrategier.")],
            Patch,
            "competence 1.1: example reworded",
        ),
        row(
            "learning activity reworded",
            NONE,
            &[(
                "Gå kursen i informationssökning.",
                "Gå webbkursen i informationssökning.",
            )],
            Patch,
            "competence 1.1: learning activity reworded",
        ),
        row(
            "motivation statement reworded",
            NONE,
            &[("bli bättre på att hitta", "bli bättre på att söka")],
            Patch,
            "area 1: motivation reworded",
        ),
        row(
            "area description reworded",
            NONE,
            &[(
                "Att leda det digitala arbetet.",
                "Att leda digitalt arbete.",
            )],
            Patch,
            "area 2: description reworded",
        ),
        row(
            "role reworded",
            NONE,
            &[("{id: chef, title: Chef}", "{id: chef, title: Enhetschef}")],
            Patch,
            "role chef: title reworded",
        ),
        row(
            "profile description reworded",
            &[(
                "  - role: chef\n",
                "  - role: chef\n    description: Chefer leder det digitala arbetet.\n",
            )],
            &[(
                "  - role: chef\n",
                "  - role: chef\n    description: Chefer leder allt digitalt arbete.\n",
            )],
            Patch,
            "profile chef: description reworded",
        ),
        row(
            "guiding principle reworded",
            NONE,
            &[(
                "används inte för lönesättning.",
                "används aldrig för lönesättning.",
            )],
            Patch,
            "guiding principle u2: text reworded",
        ),
        row(
            "framework description, notes or sources changed",
            NONE,
            &[("  - En anteckning.\n", "  - En annan anteckning.\n")],
            Patch,
            "note changed",
        ),
        row(
            "competence statement reworded",
            NONE,
            &[(
                "Kan förfina en sökning.",
                "Kan förfina en sökning steg för steg.",
            )],
            Patch,
            "competence statement P1.1.02: text reworded",
        ),
        row(
            "competence statement labels changed",
            NONE,
            &[("labels: [AI-Implicit]", "labels: [AI-Explicit]")],
            Patch,
            "competence statement P1.1.01: labels reworded",
        ),
        row(
            "learning outcome reworded",
            NONE,
            &[(
                "Vet att sökträffar rangordnas.",
                "Vet hur sökträffar rangordnas.",
            )],
            Patch,
            "learning outcome L1.1.01: text reworded",
        ),
        row(
            "learning outcome dimension changed",
            NONE,
            &[("dimension: attitude", "dimension: skill")],
            Patch,
            "learning outcome L1.1.02: dimension reworded",
        ),
        row(
            "glossary term reworded",
            NONE,
            &[(
                "Där en uppgift kommer ifrån.",
                "Varifrån en uppgift kommer.",
            )],
            Patch,
            "glossary term kalla: explanation reworded",
        ),
        row(
            "level purpose reworded",
            NONE,
            &[("Att klara vardagens", "Att klara de vardagliga")],
            Patch,
            "scale niva: level 1 purpose reworded",
        ),
        row(
            "step equivalent changed",
            NONE,
            &[("{rank: 2, equivalent: A2}", "{rank: 2, equivalent: A2+}")],
            Patch,
            "scale niva: step 2 equivalent reworded",
        ),
        row(
            "licence changed",
            NONE,
            &[("id: CC-BY-4.0", "id: CC-BY-SA-4.0")],
            Patch,
            "licence changed",
        ),
        row(
            "framework title changed",
            NONE,
            &[("title: Klassningsramverk", "title: Klassningsramverket")],
            Patch,
            "title changed",
        ),
    ]
}

fn side(edits: Edits, kind: &str) -> Framework {
    let mut text = BASE.to_owned();
    for (from, to) in edits {
        assert!(text.contains(from), "{kind}: the base has no {from:?}");
        text = text.replacen(from, to, 1);
    }
    serde_saphyr::from_str(&text).unwrap_or_else(|error| panic!("{kind}: {error}\n{text}"))
}

#[test]
fn every_kind_of_change_is_classified_as_the_docs_say() {
    let base: Framework = serde_saphyr::from_str(BASE).expect("base");
    assert!(diff(&base, &base).is_empty(), "the base equals itself");
    for row in rows() {
        let (old, new) = (side(row.old, row.kind), side(row.new, row.kind));
        let changes = diff(&old, &new);
        let classification = classify(&changes);
        assert_eq!(
            classification.bump, row.bump,
            "{}: {:#?}",
            row.kind, classification.reasons
        );
        // The bumps of the single changes, which the review memo gives as its reasons, agree.
        let per_change = Section::ALL
            .into_iter()
            .flat_map(|section| {
                changes
                    .items(section)
                    .iter()
                    .map(move |item| item_bump(section, item.change, &item.fields))
            })
            .chain(changes.metadata.iter().map(metadata_bump))
            .chain(
                changes
                    .expectations
                    .iter()
                    .map(|cell| expectation_bump(cell.movement)),
            )
            .max()
            .unwrap_or(Bump::None);
        assert_eq!(
            per_change, row.bump,
            "{}: the single changes' bumps",
            row.kind
        );
        assert!(
            classification
                .reasons
                .iter()
                .any(|(bump, reason)| *bump == row.bump && reason.contains(row.reason)),
            "{}: no {:?} reason saying {:?} in {:#?}",
            row.kind,
            row.bump,
            row.reason,
            classification.reasons
        );
    }
}

/// The rows of the change-kind table in `docs/diff.md`: kind → bump.
fn documented() -> BTreeMap<String, String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/diff.md");
    let text = std::fs::read_to_string(&path).expect("docs/diff.md");
    let table = text
        .split_once("| change | bump | why |")
        .expect("docs/diff.md has the change-kind table")
        .1;
    table
        .lines()
        .skip(2)
        .take_while(|line| line.starts_with('|'))
        .map(|line| {
            let cells: Vec<&str> = line.split('|').map(str::trim).collect();
            (cells[1].to_owned(), cells[2].to_owned())
        })
        .collect()
}

#[test]
fn the_docs_list_exactly_the_tested_kinds() {
    let tested: BTreeMap<String, String> = rows()
        .iter()
        .map(|row| {
            let bump = serde_json::to_value(row.bump).expect("bump");
            (row.kind.to_owned(), bump.as_str().unwrap_or("").to_owned())
        })
        .collect();
    assert_eq!(documented(), tested);
}
