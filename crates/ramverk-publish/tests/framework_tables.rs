//! The framework as CSV, JSON and XLSX: the bundled frameworks exported in each format, checked
//! against the model (snapshots for the text formats, the JSON Schema, the workbook read back
//! cell by cell), and hostile texts.

use std::io::{Cursor, Read};

use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};
use ramverk_model::{Expectation, Framework};
use ramverk_publish::framework_xlsx::MAX_CELL;
use ramverk_publish::table::level_header;
use ramverk_publish::{
    CsvDelimiter, CsvRows, ExportError, framework_csv, framework_json, framework_xlsx,
};
use ramverk_render::language::Language;
use ramverk_render::messages::Args;
use ramverk_source::csv_cell::restore;
use ramverk_testkit::framework;

const BUNDLED: [&str; 3] = [
    "stockholm-kultur",
    "kl-kompetencehjul",
    "kl-kompetencekatalog",
];

fn text(id: &str, language: Language) -> String {
    ramverk_publish::templates::messages(language)
        .expect("messages")
        .get(id)
}

fn records(csv: &str, delimiter: u8) -> Vec<Vec<String>> {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .from_reader(csv.as_bytes());
    reader
        .records()
        .map(|record| {
            record
                .expect("a CSV record")
                .iter()
                .map(|cell| restore(cell).to_owned())
                .collect()
        })
        .collect()
}

fn column(header: &[String], name: &str) -> usize {
    header
        .iter()
        .position(|cell| cell == name)
        .unwrap_or_else(|| panic!("no column {name:?} in {header:?}"))
}

#[test]
fn csv_of_the_bundled_frameworks() {
    for name in BUNDLED {
        let framework = framework(name);
        let csv =
            framework_csv(&framework, CsvRows::Competences, CsvDelimiter::Comma).expect("a CSV");
        insta::assert_snapshot!(format!("{name}.csv"), csv);
        // One record per competence, each with the competence's own texts.
        let records = records(&csv, b',');
        let placed = framework.placed_competences();
        assert_eq!(records.len(), placed.len() + 1, "{name}");
        let language = Language::of(&framework.language);
        let header = &records[0];
        let id = column(header, &text("export-competence-id", language));
        let title = column(header, &text("export-competence", language));
        for (record, placed) in records[1..].iter().zip(&placed) {
            assert_eq!(record[id], placed.competence.id);
            assert_eq!(record[title], placed.competence.title);
            assert_eq!(record.len(), header.len());
        }
    }
}

#[test]
fn csv_rows_per_role_and_competence() {
    let framework = framework("stockholm-kultur");
    let csv = framework_csv(&framework, CsvRows::Profiles, CsvDelimiter::Comma).expect("a CSV");
    insta::assert_snapshot!("stockholm-kultur.profiles.csv", csv);
    let records = records(&csv, b',');
    let competences = framework.placed_competences().len();
    assert_eq!(records.len(), framework.roles.len() * competences + 1);
    // Every stated expectation is in its row.
    for (index, role) in framework.roles.iter().enumerate() {
        let profile = framework.profiles.iter().find(|p| p.role == role.id);
        for (offset, placed) in framework.placed_competences().iter().enumerate() {
            let record = &records[1 + index * competences + offset];
            assert_eq!((&record[0], &record[3]), (&role.id, &placed.competence.id));
            let stated = profile.and_then(|p| p.expected.get(&placed.competence.id));
            match stated {
                Some(Expectation::Level(rank)) => assert_eq!(record[5], rank.to_string()),
                Some(Expectation::NotApplicable(_)) => assert_eq!(record[5], "ej relevant"),
                None => assert!(record[5].parse::<u8>().is_err(), "{record:?}"),
            }
        }
    }
}

#[test]
fn profiles_of_a_framework_without_roles_are_refused() {
    let framework = framework("kl-kompetencehjul");
    let error = framework_csv(&framework, CsvRows::Profiles, CsvDelimiter::Comma)
        .expect_err("no roles, no profiles");
    assert!(matches!(error, ExportError::NoRoles { .. }), "{error}");
    assert!(error.to_string().contains("kl-kompetencehjul has no roles"));
}

#[test]
fn the_semicolon_variant_has_a_byte_order_mark_and_the_same_cells() {
    let framework = framework("stockholm-kultur");
    let comma =
        framework_csv(&framework, CsvRows::Competences, CsvDelimiter::Comma).expect("a CSV");
    let semicolon =
        framework_csv(&framework, CsvRows::Competences, CsvDelimiter::Semicolon).expect("a CSV");
    assert!(!comma.starts_with('\u{feff}'));
    let body = semicolon
        .strip_prefix('\u{feff}')
        .expect("a byte order mark");
    assert!(
        body.starts_with("Områdes-id;Kompetensområde;Kompetens-id;"),
        "{body}"
    );
    assert_eq!(records(body, b';'), records(&comma, b','));
    assert!(comma.contains("\r\n"), "records end with CRLF");
}

#[test]
fn headers_follow_the_language_of_the_texts() {
    let mut framework = framework("kl-kompetencehjul");
    let csv = framework_csv(&framework, CsvRows::Competences, CsvDelimiter::Comma).expect("csv");
    assert!(
        csv.starts_with("Område-id,Kompetenceområde,Kompetence-id,"),
        "{csv}"
    );
    // A language ramverk has no words for reads in English.
    framework.language = "fi".into();
    let csv = framework_csv(&framework, CsvRows::Competences, CsvDelimiter::Comma).expect("csv");
    assert!(csv.starts_with("Area id,Area,Competence id,"), "{csv}");
}

/// The Stockholm framework with hostile texts in the places a spreadsheet shows.
fn hostile() -> Framework {
    let mut framework = framework("stockholm-kultur");
    let area = &mut framework.areas[0];
    area.title = "=cmd|' /C calc'!A0".into();
    area.competences[0].title = "Rad ett\nrad två; med \"citat\", och komma".into();
    area.competences[0].definition = Some("@SUM(A1:A9)".into());
    area.competences[1].title = "+46 8 123".into();
    framework
}

#[test]
fn csv_cells_are_neutralised_and_quoted() {
    let framework = hostile();
    for (delimiter, byte) in [(CsvDelimiter::Comma, b','), (CsvDelimiter::Semicolon, b';')] {
        let csv = framework_csv(&framework, CsvRows::Competences, delimiter).expect("a CSV");
        let csv = csv.trim_start_matches('\u{feff}');
        assert!(csv.contains("'=cmd|' /C calc'!A0"), "{csv}");
        assert!(csv.contains("'@SUM(A1:A9)"));
        assert!(csv.contains("'+46 8 123"));
        assert!(!csv.contains(&format!("{}=cmd", byte as char)));
        // Read back (with the `'` taken off again), every cell is what the framework says.
        let records = records(csv, byte);
        assert_eq!(records[1][1], "=cmd|' /C calc'!A0");
        assert_eq!(records[1][4], "Rad ett\nrad två; med \"citat\", och komma");
        assert_eq!(records[1][5], "@SUM(A1:A9)");
        assert_eq!(records[2][4], "+46 8 123");
    }
}

/// The JSON Schema of the JSON export, compiled.
fn export_schema() -> jsonschema::Validator {
    let schema: serde_json::Value =
        serde_json::from_str(&ramverk_publish::framework_json::schema_json()).expect("schema");
    jsonschema::options()
        .with_draft(jsonschema::Draft::Draft202012)
        .build(&schema)
        .expect("the export schema compiles")
}

/// Where `value` breaks the schema, one line each.
fn schema_errors(validator: &jsonschema::Validator, value: &serde_json::Value) -> Vec<String> {
    validator
        .iter_errors(value)
        .map(|error| format!("{}: {error}", error.instance_path()))
        .collect()
}

#[test]
fn json_of_the_bundled_frameworks_matches_its_schema() {
    let validator = export_schema();
    for name in BUNDLED {
        let framework = framework(name);
        let json = framework_json(&framework);
        insta::assert_snapshot!(format!("{name}.json"), json);
        let value: serde_json::Value = serde_json::from_str(&json).expect("JSON");
        let errors = schema_errors(&validator, &value);
        assert!(errors.is_empty(), "{name}: {errors:#?}");
        assert_eq!(value["format_version"], 1);
        assert_eq!(
            value["areas"].as_array().map(Vec::len),
            Some(framework.areas.len())
        );
    }
    // The schema is strict enough to catch a document of another shape.
    let mut broken: serde_json::Value =
        serde_json::from_str(&framework_json(&framework("stockholm-kultur"))).expect("JSON");
    broken["roles"][0]["expected"][0]["status"] = "maybe".into();
    assert!(!validator.is_valid(&broken));
}

#[test]
fn json_roles_carry_every_competence_resolved() {
    let framework = framework("stockholm-kultur");
    let value: serde_json::Value = serde_json::from_str(&framework_json(&framework)).expect("JSON");
    let competences = framework.placed_competences().len();
    let system_owner = value["roles"]
        .as_array()
        .expect("roles")
        .iter()
        .find(|role| role["id"] == "systemagare")
        .expect("the system owner");
    let expected = system_owner["expected"].as_array().expect("expected");
    assert_eq!(expected.len(), competences);
    let medarbetare = &value["roles"][0]["expected"];
    // Area 6 is only for system owners, system administrators and managers.
    let area_six = medarbetare
        .as_array()
        .expect("expected")
        .iter()
        .find(|entry| entry["competence"] == "6.1")
        .expect("6.1");
    assert_eq!(area_six["status"], "area-not-for-role");
    let first = &medarbetare[0];
    assert_eq!(first["status"], "level");
    let rank = first["level"].as_u64().expect("a level") as u8;
    assert_eq!(
        first["descriptor"].as_str(),
        framework.areas[0].competences[0]
            .descriptors
            .get(&rank)
            .map(String::as_str)
    );
}

fn workbook(bytes: Vec<u8>) -> Xlsx<Cursor<Vec<u8>>> {
    open_workbook_from_rs(Cursor::new(bytes)).expect("an xlsx calamine reads")
}

/// A cell as text: strings as they are, numbers in digits, empty as "".
fn cell(range: &calamine::Range<Data>, row: usize, column: usize) -> String {
    match range.get_value((row as u32, column as u32)) {
        None | Some(Data::Empty) => String::new(),
        Some(Data::String(text)) => text.clone(),
        Some(Data::Float(number)) => number.to_string(),
        Some(Data::Int(number)) => number.to_string(),
        Some(other) => panic!("unexpected cell {other:?}"),
    }
}

#[test]
fn xlsx_of_the_bundled_frameworks_reads_back_cell_by_cell() {
    for name in BUNDLED {
        let framework = framework(name);
        let language = Language::of(&framework.language);
        let messages = ramverk_publish::templates::messages(language).expect("messages");
        let mut book = workbook(framework_xlsx(&framework).expect("a workbook"));
        let sheets = book.sheet_names();
        let levels = usize::from(!framework.scales.is_empty());
        let matrix = usize::from(!framework.roles.is_empty());
        assert_eq!(
            sheets.len(),
            1 + levels + framework.areas.len() + matrix,
            "{sheets:?}"
        );
        assert_eq!(sheets[0], text("export-sheet-framework", language));

        let info = book.worksheet_range(&sheets[0]).expect("framework sheet");
        assert_eq!(cell(&info, 0, 1), framework.title);
        assert_eq!(cell(&info, 1, 1), framework.version);
        for principle in &framework.guidance {
            let found = (0..info.height()).any(|row| {
                cell(&info, row, 0) == principle.title && cell(&info, row, 1) == principle.text
            });
            assert!(found, "{name}: principle {}", principle.id);
        }

        for (index, area) in framework.areas.iter().enumerate() {
            let sheet = &sheets[1 + levels + index];
            assert!(sheet.starts_with(&area.id), "{sheet}");
            let range = book.worksheet_range(sheet).expect("area sheet");
            let header: Vec<String> = (0..range.width()).map(|c| cell(&range, 0, c)).collect();
            let id = column(&header, &text("export-competence-id", language));
            let title = column(&header, &text("export-competence", language));
            let definition = column(&header, &text("export-definition", language));
            let examples = column(&header, &text("export-examples", language));
            let placed = ramverk_model::placed(std::slice::from_ref(area));
            assert_eq!(range.height(), placed.len() + 1, "{sheet}");
            for (row, placed) in placed.iter().enumerate() {
                let competence = placed.competence;
                let row = row + 1;
                assert_eq!(cell(&range, row, id), competence.id);
                assert_eq!(cell(&range, row, title), competence.title);
                assert_eq!(
                    cell(&range, row, definition),
                    competence.definition.clone().unwrap_or_default()
                );
                assert_eq!(cell(&range, row, examples), competence.examples.join("\n"));
                for (rank, descriptor) in &competence.descriptors {
                    let level = column(&header, &level_header(messages, &framework, *rank));
                    assert_eq!(&cell(&range, row, level), descriptor, "{sheet} {rank}");
                }
                for role in &framework.roles {
                    let column = column(
                        &header,
                        &messages.format(
                            "export-expected-column",
                            Args::new().text("role", role.title.as_str()),
                        ),
                    );
                    let stated = framework
                        .profiles
                        .iter()
                        .find(|p| p.role == role.id)
                        .and_then(|p| p.expected.get(&competence.id));
                    if let Some(Expectation::Level(rank)) = stated {
                        assert_eq!(cell(&range, row, column), rank.to_string());
                    }
                }
            }
        }

        if matrix == 1 {
            let range = book
                .worksheet_range(&text("export-sheet-matrix", language))
                .expect("matrix sheet");
            let placed = framework.placed_competences();
            assert_eq!(range.height(), placed.len() + 1);
            assert_eq!(range.width(), 3 + framework.roles.len());
            for (column, role) in framework.roles.iter().enumerate() {
                assert_eq!(cell(&range, 0, 3 + column), role.title);
                let profile = framework.profiles.iter().find(|p| p.role == role.id);
                for (row, placed) in placed.iter().enumerate() {
                    assert_eq!(cell(&range, row + 1, 1), placed.competence.id);
                    let value = cell(&range, row + 1, 3 + column);
                    match profile.and_then(|p| p.expected.get(&placed.competence.id)) {
                        Some(Expectation::Level(rank)) => assert_eq!(value, rank.to_string()),
                        Some(Expectation::NotApplicable(_)) => {
                            assert_eq!(value, text("export-not-applicable", language))
                        }
                        None => assert!(value.parse::<f64>().is_err(), "{value}"),
                    }
                }
            }
        }
    }
}

/// The text of every note (cell comment) in a workbook.
fn notes(bytes: &[u8]) -> Vec<String> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).expect("a zip");
    let mut out = Vec::new();
    for index in 0..archive.len() {
        let mut file = archive.by_index(index).expect("a zip entry");
        if !file.name().expect("a name").starts_with("xl/comments") {
            continue;
        }
        let mut xml = String::new();
        file.read_to_string(&mut xml).expect("comments XML");
        out.extend(
            xml.split("<comment ")
                .skip(1)
                .map(|comment| comment.to_owned()),
        );
    }
    out
}

#[test]
fn xlsx_matrix_cells_carry_the_descriptor_as_a_note() {
    let framework = framework("stockholm-kultur");
    let bytes = framework_xlsx(&framework).expect("a workbook");
    let notes = notes(&bytes);
    let stated = framework
        .profiles
        .iter()
        .flat_map(|profile| profile.expected.values())
        .filter(|expected| expected.level().is_some())
        .count();
    assert_eq!(notes.len(), stated);
    // The first role's first competence: its expected level's descriptor.
    let first = &framework.areas[0].competences[0];
    let rank = framework.profiles[0].expected[&first.id]
        .level()
        .expect("a level");
    let descriptor = &first.descriptors[&rank];
    assert!(
        notes.iter().any(|note| note.contains(descriptor.as_str())),
        "no note holds {descriptor:?}"
    );
}

#[test]
fn xlsx_sheet_names_are_valid_and_distinct() {
    let mut framework = framework("stockholm-kultur");
    framework.areas[0].id = "1".into();
    framework.areas[0].title = "Säkerhet: [intern] */?\\ data".into();
    framework.areas[1].id = "1".into();
    framework.areas[1].title = "SÄKERHET: [INTERN] */?\\ DATA".into();
    framework.areas[2].title =
        "A title far longer than the thirty-one characters Excel allows".into();
    let hostile = hostile();
    framework.areas[3].title = hostile.areas[0].title.clone();
    framework.areas[3].competences[0].title = "=1+2".into();
    let mut book = workbook(framework_xlsx(&framework).expect("a workbook"));
    let sheets = book.sheet_names();
    assert_eq!(sheets[2], "1 Säkerhet intern data");
    assert_eq!(sheets[3], "1 SÄKERHET INTERN DATA (2)");
    assert_eq!(sheets[4], "3 A title far longer than the t");
    assert_eq!(sheets[5], "4 =cmd|' C calc'!A0");
    let lower: std::collections::BTreeSet<String> =
        sheets.iter().map(|name| name.to_lowercase()).collect();
    assert_eq!(lower.len(), sheets.len());
    for name in &sheets {
        assert!(name.encode_utf16().count() <= 31, "{name}");
    }
    // A formula-like text is a text in a workbook, not a formula.
    let range = book.worksheet_range(&sheets[5]).expect("sheet");
    assert_eq!(range.get_value((1, 2)), Some(&Data::String("=1+2".into())));
}

#[test]
fn a_text_longer_than_an_excel_cell_is_an_error_naming_the_cell() {
    let mut framework = framework("stockholm-kultur");
    let long = "å".repeat(MAX_CELL + 1);
    framework.areas[1].competences[2].description = Some(long.clone());
    let error = framework_xlsx(&framework).expect_err("too long for a cell");
    let message = error.to_string();
    assert!(
        message.contains("sheet `2 Kommunikation och samarbete`, cell E4 (Beskrivning)"),
        "{message}"
    );
    assert!(message.contains("would hold 32768 characters"), "{message}");
    // CSV has no such limit: the text is kept whole.
    let csv = framework_csv(&framework, CsvRows::Competences, CsvDelimiter::Comma).expect("csv");
    assert!(csv.contains(&long));
    // Exactly as long as a cell allows is written.
    framework.areas[1].competences[2].description = Some("å".repeat(MAX_CELL));
    framework_xlsx(&framework).expect("a full cell fits");
}

#[test]
fn every_language_has_every_message_in_the_same_order() {
    use ramverk_render::messages::Messages;
    let sources = [
        (Language::Swedish, include_str!("../messages/sv.ftl")),
        (Language::Danish, include_str!("../messages/da.ftl")),
        (Language::English, include_str!("../messages/en.ftl")),
    ];
    let english = Messages::ids(sources[2].1);
    assert!(english.iter().any(|id| id == "export-area-id"));
    for (language, source) in sources {
        assert_eq!(Messages::ids(source), english, "{language:?}");
        let messages = ramverk_publish::templates::messages(language).expect("messages");
        for id in &english {
            assert!(!messages.get(id).starts_with('['), "{language:?} {id}");
        }
    }
}

/// The XML of every worksheet, in sheet order.
fn sheet_xml(bytes: &[u8]) -> Vec<String> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).expect("a zip");
    let mut out = Vec::new();
    for number in 1.. {
        let Ok(mut file) = archive.by_name(&format!("xl/worksheets/sheet{number}.xml")) else {
            break;
        };
        let mut xml = String::new();
        file.read_to_string(&mut xml).expect("sheet XML");
        out.push(xml);
    }
    out
}

#[test]
fn xlsx_headers_are_frozen_filtered_wrapped_and_columns_capped() {
    let framework = framework("stockholm-kultur");
    let bytes = framework_xlsx(&framework).expect("a workbook");
    let sheets = sheet_xml(&bytes);
    assert_eq!(sheets.len(), 2 + framework.areas.len() + 1);
    for (index, xml) in sheets.iter().enumerate() {
        assert!(
            xml.contains(r#"ySplit="1""#),
            "sheet {index}: header row frozen"
        );
        assert!(xml.contains(r#"state="frozen""#), "sheet {index}");
        if index > 0 {
            assert!(
                xml.contains("<autoFilter "),
                "sheet {index}: filter buttons"
            );
        }
        for width in xml.split(r#" width=""#).skip(1) {
            let width: f64 = width[..width.find('"').expect("a width")]
                .parse()
                .expect("a number");
            assert!(
                (6.0..=61.0).contains(&width),
                "sheet {index}: width {width}"
            );
        }
    }
    // The matrix keeps area, id and title in view.
    assert!(sheets.last().expect("matrix").contains(r#"xSplit="3""#));
    let mut archive = zip::ZipArchive::new(Cursor::new(&bytes)).expect("a zip");
    let mut styles = String::new();
    archive
        .by_name("xl/styles.xml")
        .expect("styles")
        .read_to_string(&mut styles)
        .expect("styles XML");
    assert!(styles.contains(r#"wrapText="1""#));
    assert!(styles.contains("<b/>"), "bold headers");
}

#[test]
fn xlsx_levels_sheet_lists_every_scale() {
    let framework = framework("stockholm-kultur");
    let mut book = workbook(framework_xlsx(&framework).expect("a workbook"));
    let range = book
        .worksheet_range(&text("export-sheet-levels", Language::Swedish))
        .expect("levels sheet");
    let mut row = 1;
    for scale in &framework.scales {
        for level in &scale.levels {
            assert_eq!(cell(&range, row, 0), scale.title);
            assert_eq!(cell(&range, row, 1), level.rank.to_string());
            assert_eq!(cell(&range, row, 2), level.label);
            row += 1;
        }
        if let Some(not_rated) = &scale.not_rated {
            assert_eq!(cell(&range, row, 1), not_rated.value.to_string());
            assert_eq!(cell(&range, row, 2), not_rated.label);
            row += 1;
        }
    }
    assert_eq!(range.height(), row);
}

/// The rows of the sheet `name` below its header, each cell as text.
fn rows(book: &mut Xlsx<Cursor<Vec<u8>>>, name: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let range = book
        .worksheet_range(name)
        .unwrap_or_else(|error| panic!("sheet {name}: {error}"));
    let width = range.width();
    let all: Vec<Vec<String>> = (0..range.height())
        .map(|row| (0..width).map(|column| cell(&range, row, column)).collect())
        .collect();
    let (header, body) = all.split_first().expect("a header row");
    (header.clone(), body.to_vec())
}

#[test]
fn xlsx_of_digcomp_has_statements_outcomes_steps_and_glossary_after_the_other_sheets() {
    let framework = framework("digcomp-3");
    let mut book = workbook(framework_xlsx(&framework).expect("a workbook"));
    let sheets = book.sheet_names();
    // The sheets of before, then the new ones in their order.
    let before = 1 + 1 + framework.areas.len();
    assert_eq!(
        sheets[before..],
        ["Statements", "Learning outcomes", "Steps", "Glossary"],
        "{sheets:?}"
    );

    let (header, statements) = rows(&mut book, "Statements");
    assert_eq!(
        header,
        [
            "Competence id",
            "Statement id",
            "Level",
            "Level label",
            "Labels",
            "Statement"
        ]
    );
    assert_eq!(statements.len(), 362);
    let placed = framework.placed_competences();
    let expected: Vec<Vec<String>> = placed
        .iter()
        .flat_map(|placed| {
            placed.competence.statements.iter().map(|statement| {
                vec![
                    placed.competence.id.clone(),
                    statement.id.clone(),
                    statement.level.to_string(),
                    framework.scales[0].levels[usize::from(statement.level) - 1]
                        .label
                        .clone(),
                    statement.labels.join(", "),
                    statement.text.clone(),
                ]
            })
        })
        .collect();
    assert_eq!(statements, expected);

    let (header, outcomes) = rows(&mut book, "Learning outcomes");
    assert_eq!(
        header,
        [
            "Competence id",
            "Outcome id",
            "Level",
            "Level label",
            "Dimension",
            "Labels",
            "Learning outcome"
        ]
    );
    assert_eq!(outcomes.len(), 523);
    let all: Vec<_> = placed
        .iter()
        .flat_map(|placed| {
            placed
                .competence
                .learning_outcomes
                .iter()
                .map(move |outcome| (placed.competence.id.as_str(), outcome))
        })
        .collect();
    for (row, (competence, outcome)) in outcomes.iter().zip(&all) {
        assert_eq!(row[0], *competence);
        assert_eq!(row[1], outcome.id);
        assert_eq!(row[2], outcome.level.to_string());
        let word = match outcome.dimension {
            ramverk_model::Dimension::Knowledge => "Knowledge",
            ramverk_model::Dimension::Skill => "Skill",
            ramverk_model::Dimension::Attitude => "Attitude",
        };
        assert_eq!(row[4], word);
        assert_eq!(row[5], outcome.labels.join(", "));
        assert_eq!(row[6], outcome.text);
    }

    let (header, steps) = rows(&mut book, "Steps");
    assert_eq!(
        header,
        [
            "Level",
            "Level label",
            "Step",
            "Step label",
            "Description",
            "Equivalent in A1–C2"
        ]
    );
    assert_eq!(steps.len(), 8);
    assert_eq!(steps[0][..3], ["1", "Basic ", "1"]);
    assert_eq!(steps[7][..3], ["4", "Highly advanced", "8"]);
    assert_eq!(steps[7][5], "C2");

    let (header, glossary) = rows(&mut book, "Glossary");
    assert_eq!(header, ["Term id", "Term", "Explanation"]);
    assert_eq!(glossary.len(), 126);
    for (row, term) in glossary.iter().zip(&framework.glossary) {
        assert_eq!(
            row,
            &[term.id.clone(), term.term.clone(), term.explanation.clone()]
        );
    }
}

#[test]
fn xlsx_sheet_names_and_headers_of_the_new_sheets_follow_the_language() {
    let mut framework = ramverk_testkit::framework_at("tests/fixtures/valid/statements");
    for (language, sheets, level) in [
        (
            "sv",
            ["Påståenden", "Lärandemål", "Steg", "Ordlista"],
            "Nivå",
        ),
        (
            "da",
            ["Udsagn", "Læringsudbytte", "Trin", "Ordliste"],
            "Niveau",
        ),
    ] {
        framework.language = language.into();
        let mut book = workbook(framework_xlsx(&framework).expect("a workbook"));
        let names = book.sheet_names();
        assert_eq!(names[names.len() - 4..], sheets, "{language}");
        let (header, outcomes) = rows(&mut book, sheets[1]);
        assert_eq!(header[2], level);
        // The dimension in words of the language.
        let attitude = if language == "sv" {
            "Förhållningssätt"
        } else {
            "Holdning"
        };
        assert_eq!(outcomes[1][4], attitude);
    }
}

#[test]
fn a_framework_without_statements_outcomes_steps_or_glossary_has_none_of_their_sheets() {
    let mut framework = ramverk_testkit::framework_at("tests/fixtures/valid/statements");
    for competence in &mut framework.areas[0].competences {
        competence.statements.clear();
        competence.learning_outcomes.clear();
    }
    framework.glossary.clear();
    for level in &mut framework.scales[0].levels {
        level.steps.clear();
    }
    let book = workbook(framework_xlsx(&framework).expect("a workbook"));
    assert_eq!(book.sheet_names(), ["Framework", "Levels", "1 Information"]);
}

#[test]
fn json_carries_statements_outcomes_steps_glossary_and_licence() {
    let validator = export_schema();
    let framework = framework("digcomp-3");
    let value: serde_json::Value = serde_json::from_str(&framework_json(&framework)).expect("JSON");
    let errors = schema_errors(&validator, &value);
    assert!(errors.is_empty(), "{errors:#?}");
    let competences: Vec<&serde_json::Value> = value["areas"]
        .as_array()
        .expect("areas")
        .iter()
        .flat_map(|area| area["competences"].as_array().expect("competences"))
        .collect();
    let count = |field: &str| -> usize {
        competences
            .iter()
            .map(|competence| competence[field].as_array().expect(field).len())
            .sum()
    };
    assert_eq!(count("statements"), 362);
    assert_eq!(count("learning_outcomes"), 523);
    let first = &competences[0]["statements"][0];
    assert_eq!(first["id"], "CS1.1.01");
    assert_eq!(first["level"], 1);
    assert_eq!(first["label"], "Basic ");
    assert_eq!(first["labels"], serde_json::json!(["AI-Implicit"]));
    let outcome = &competences[0]["learning_outcomes"][0];
    assert!(
        ["knowledge", "skill", "attitude"].contains(&outcome["dimension"].as_str().unwrap_or("")),
        "{outcome}"
    );
    assert_eq!(value["glossary"].as_array().map(Vec::len), Some(126));
    assert_eq!(value["licence"]["id"], "CC-BY-SA-4.0");
    let levels = value["scales"][0]["levels"].as_array().expect("levels");
    let steps: usize = levels
        .iter()
        .map(|level| level["steps"].as_array().map_or(0, Vec::len))
        .sum();
    assert_eq!(steps, 8);
    assert!(levels[0]["purpose"].is_string());
    assert_eq!(value["scales"][0]["equivalents"], "A1–C2");
}
