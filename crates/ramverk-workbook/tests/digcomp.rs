//! The European Commission's DigComp 3.0 data supplement, as published, read whole.

use std::path::Path;

use ramverk_workbook::{Budget, CellRef, Value, read};

const DIGCOMP: &str = "/work/shared/data/digcomp-3.0/DigComp_3_0_Data_Supplement_24_Nov_2025.xlsx";

#[test]
fn the_digcomp_supplement_is_read_with_its_sheets_numbers_and_texts() {
    let path = Path::new(DIGCOMP);
    if !path.exists() {
        eprintln!("{DIGCOMP} is not on this machine; skipped");
        return;
    }
    let workbook = read(path, &Budget::default()).unwrap();
    let names: Vec<&str> = workbook.sheets.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "ReadMe",
            "1 Competence Areas&Competences",
            "2 Proficiency Levels",
            "3 Competence Statements",
            "4 Learning Outcomes",
            "5 Glossary"
        ]
    );
    let statements = workbook.sheet("3 Competence Statements").unwrap();
    assert_eq!(statements.rows.len(), 363, "362 statements and the header");
    assert_eq!(statements.rows.last().unwrap().number, 363);
    let cell = |reference: &str| {
        &statements
            .cell(reference.parse::<CellRef>().unwrap())
            .unwrap()
            .value
    };
    assert_eq!(cell("G1"), &Value::Text("Competence statement ID".into()));
    assert_eq!(
        cell("B2"),
        &Value::Text("Information search, evaluation and management".into())
    );
    // Competence numbers are numbers in the file, not texts.
    assert_eq!(cell("D2"), &Value::Number(1.1));
    assert_eq!(cell("A2"), &Value::Number(1.0));
    assert_eq!(cell("G2"), &Value::Text("CS1.1.01".into()));
    // Every statement row has its id in G, and ids are unique.
    let mut ids: Vec<&str> = statements.rows[1..]
        .iter()
        .map(|row| row.cell(6).and_then(|c| c.value.as_text()).unwrap())
        .collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), 362);
    // Stray spaces are kept as published (the level name "Basic " in sheet 2).
    let levels = workbook.sheet("2 Proficiency Levels").unwrap();
    assert_eq!(
        levels.cell("A2".parse().unwrap()).unwrap().value,
        Value::Text("Basic ".into())
    );
    // Three statements carry stray double or trailing spaces, kept as published.
    let stray = statements.rows[1..]
        .iter()
        .filter_map(|row| row.cell(7)?.value.as_text())
        .filter(|text| text.contains("  ") || text.ends_with(' ') || text.starts_with(' '))
        .count();
    assert_eq!(stray, 3);
    let outcomes = workbook.sheet("4 Learning Outcomes").unwrap();
    assert_eq!(
        outcomes.rows.len(),
        524,
        "523 learning outcomes and the header"
    );
    assert_eq!(workbook.sheet("5 Glossary").unwrap().rows.len(), 127);
    assert!(workbook.sheets.iter().all(|s| s.merged.is_empty()));
}
