//! DigComp 3.0 imported from the European Commission's own workbook: the committed framework is
//! exactly what the committed mapping makes of the workbook, and the counts and texts are the
//! workbook's.

use std::path::{Path, PathBuf};

use ramverk_model::{Dimension, Framework};
use ramverk_workbook::{Budget, Kind};

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn workbook_path() -> PathBuf {
    workspace().join("../shared/data/digcomp-3.0/DigComp_3_0_Data_Supplement_24_Nov_2025.xlsx")
}

fn imported() -> Framework {
    let mapping = std::fs::read_to_string(workspace().join("frameworks/digcomp-3/mapping.yaml"))
        .expect("the mapping is committed");
    let mapping = ramverk_import::parse_mapping(&mapping).expect("the mapping reads");
    let workbook = ramverk_workbook::read(&workbook_path(), &Budget::default())
        .expect("the workbook in shared/data reads");
    ramverk_import::build(&mapping, &workbook, Kind::Xlsx).expect("the workbook imports")
}

fn committed() -> Framework {
    let loaded = ramverk_check::load(&workspace().join("frameworks/digcomp-3")).unwrap();
    assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
    let findings = ramverk_check::check(&loaded);
    assert!(
        findings.is_empty(),
        "frameworks/digcomp-3 validates clean: {findings:?}"
    );
    loaded.framework.unwrap()
}

#[test]
fn re_importing_the_workbook_gives_the_committed_framework() {
    let imported = imported();
    let committed = committed();
    // Field by field first, for a readable failure; then the whole.
    assert_eq!(imported.scales, committed.scales);
    assert_eq!(imported.glossary, committed.glossary);
    for (new, old) in imported.areas.iter().zip(&committed.areas) {
        assert_eq!(new, old, "area {}", old.id);
    }
    assert_eq!(imported, committed);
}

#[test]
fn every_count_is_the_workbooks() {
    let framework = committed();
    let stats = ramverk_model::stats(&framework);
    assert_eq!(stats.areas, 5);
    assert_eq!(stats.competences, 21);
    assert_eq!(stats.levels, 4);
    assert_eq!(stats.steps, 8);
    assert_eq!(stats.statements, 362);
    assert_eq!(stats.learning_outcomes, 523);
    assert_eq!(stats.glossary_terms, 126);
    let scale = &framework.scales[0];
    let equivalents: Vec<&str> = scale
        .steps()
        .filter_map(|(_, step)| step.equivalent.as_deref())
        .collect();
    assert_eq!(
        equivalents,
        ["A1", "A2", "B1", "B2", "C1", "C1", "C2", "C2"]
    );
    let ranks: Vec<u8> = scale.steps().map(|(_, step)| step.rank).collect();
    assert_eq!(ranks, [1, 2, 3, 4, 5, 6, 7, 8]);
    let licence = framework.licence.as_ref().unwrap();
    assert_eq!(licence.id, "CC-BY-SA-4.0");
    assert!(licence.attribution.contains("JRC144121"));
    assert!(
        workspace().join("frameworks/digcomp-3/LICENSE").is_file(),
        "a LICENSE file sits beside the framework"
    );
}

#[test]
fn ids_and_texts_are_exactly_the_workbooks() {
    let framework = committed();
    let competence = |id: &str| {
        framework
            .placed_competences()
            .into_iter()
            .find(|p| p.competence.id == id)
            .unwrap()
            .competence
    };
    let first = &competence("1.1").statements[0];
    assert_eq!(first.id, "CS1.1.01");
    assert_eq!(first.level, 1);
    assert_eq!(first.labels, ["AI-Implicit"]);
    assert!(
        first
            .text
            .starts_with("Acknowledge the benefits of using different digital search tools")
    );
    let outcome = &competence("1.1").learning_outcomes[0];
    assert_eq!(
        (outcome.id.as_str(), outcome.dimension, outcome.level),
        ("LO1.1.01", Dimension::Attitude, 1)
    );
    // Texts keep the workbook's stray spaces, byte for byte: a trailing space on a competence's
    // name and a level's name, double or trailing spaces in three statements.
    assert_eq!(
        competence("2.1").title,
        "Interacting through and with digital technologies "
    );
    assert_eq!(framework.scales[0].levels[0].label, "Basic ");
    let odd: Vec<&str> = framework
        .placed_competences()
        .iter()
        .flat_map(|p| &p.competence.statements)
        .filter(|s| s.text.contains("  ") || s.text != s.text.trim())
        .map(|s| s.id.as_str())
        .collect();
    assert_eq!(odd.len(), 3, "{odd:?}");
    assert_eq!(framework.glossary[1].id, "ai-system");
    assert_eq!(framework.glossary[1].term, "AI system");
}
