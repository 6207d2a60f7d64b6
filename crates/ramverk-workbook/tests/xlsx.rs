//! Excel workbooks read whole: every sheet in order, typed values, texts kept exactly, formulas
//! with and without saved values, merged regions.

mod common;

use ramverk_workbook::{Budget, CellRef, ErrorKind, Kind, Region, Value, read, read_bytes};
use rust_xlsxwriter::{Format, Formula, Workbook as Writer};

fn at(reference: &str) -> CellRef {
    reference.parse().unwrap()
}

fn written(build: impl FnOnce(&mut Writer)) -> Vec<u8> {
    let mut writer = Writer::new();
    build(&mut writer);
    writer.save_to_buffer().unwrap()
}

#[test]
fn every_sheet_is_read_in_order_with_numbers_texts_and_booleans_typed() {
    let bytes = written(|writer| {
        let first = writer.add_worksheet().set_name("Områden").unwrap();
        first.write_string(0, 0, "id").unwrap();
        first.write_string(0, 1, "namn").unwrap();
        first.write_number(1, 0, 1.1).unwrap();
        first.write_string(1, 1, "Söka").unwrap();
        first.write_string(2, 0, "1.2").unwrap();
        first.write_boolean(2, 1, true).unwrap();
        // An empty row between, and a cell far to the right.
        first.write_number(4, 30, 7.0).unwrap();
        let second = writer.add_worksheet().set_name("Nivåer").unwrap();
        second.write_string(9, 2, "bara en cell").unwrap();
        writer.add_worksheet().set_name("Tom").unwrap();
    });
    let workbook = read_bytes(&bytes, Kind::Xlsx, "ramverk.xlsx", &Budget::default()).unwrap();
    let names: Vec<&str> = workbook.sheets.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["Områden", "Nivåer", "Tom"]);
    let first = workbook.sheet("Områden").unwrap();
    let numbers: Vec<u32> = first.rows.iter().map(|row| row.number).collect();
    assert_eq!(numbers, [1, 2, 3, 5], "empty rows are left out");
    assert_eq!(first.cell(at("A2")).unwrap().value, Value::Number(1.1));
    assert_eq!(
        first.cell(at("A3")).unwrap().value,
        Value::Text("1.2".into())
    );
    assert_eq!(first.cell(at("B3")).unwrap().value, Value::Bool(true));
    assert_eq!(first.cell(at("AE5")).unwrap().value, Value::Number(7.0));
    assert_eq!(
        first.cell(at("AE5")).unwrap().at,
        CellRef { row: 5, column: 30 }
    );
    assert!(first.cell(at("B5")).is_none());
    let columns: Vec<u16> = first.rows[1].cells.iter().map(|c| c.at.column).collect();
    assert_eq!(columns, [0, 1]);
    let second = workbook.sheet("Nivåer").unwrap();
    assert_eq!(second.rows.len(), 1);
    assert_eq!(second.rows[0].number, 10);
    assert_eq!(second.rows[0].cells[0].at.to_string(), "C10");
    assert!(workbook.sheet("Tom").unwrap().rows.is_empty());
    assert!(workbook.sheet("Saknas").is_none());
}

#[test]
fn texts_keep_every_character() {
    let texts = [
        "  leading and trailing  ",
        "double  space",
        "line\nbreak",
        "windows\r\nline",
        "tab\there",
        "ÅÄÖ åäö – “citat” ≠ 数字 🙂",
        "<&>\"'",
        "_x0041_ stays",
    ];
    let bytes = written(|writer| {
        let sheet = writer.add_worksheet();
        for (row, text) in texts.iter().enumerate() {
            sheet.write_string(row as u32, 0, *text).unwrap();
        }
    });
    let workbook = read_bytes(&bytes, Kind::Xlsx, "t.xlsx", &Budget::default()).unwrap();
    let read: Vec<&str> = workbook.sheets[0]
        .rows
        .iter()
        .map(|row| row.cells[0].value.as_text().unwrap())
        .collect();
    assert_eq!(read, texts);
}

#[test]
fn dates_and_times_are_iso_8601() {
    use rust_xlsxwriter::ExcelDateTime;
    let bytes = written(|writer| {
        let sheet = writer.add_worksheet();
        let date = Format::new().set_num_format("yyyy-mm-dd");
        let stamp = Format::new().set_num_format("yyyy-mm-dd hh:mm:ss");
        let time = Format::new().set_num_format("hh:mm");
        let day = ExcelDateTime::from_ymd(2025, 11, 24).unwrap();
        let moment = ExcelDateTime::from_ymd(2025, 11, 24)
            .unwrap()
            .and_hms(12, 30, 15)
            .unwrap();
        let noon = ExcelDateTime::from_hms(12, 30, 0).unwrap();
        sheet.write_datetime_with_format(0, 0, &day, &date).unwrap();
        sheet
            .write_datetime_with_format(1, 0, &moment, &stamp)
            .unwrap();
        sheet
            .write_datetime_with_format(2, 0, &noon, &time)
            .unwrap();
    });
    let workbook = read_bytes(&bytes, Kind::Xlsx, "d.xlsx", &Budget::default()).unwrap();
    let values: Vec<Value> = workbook.sheets[0]
        .rows
        .iter()
        .map(|row| row.cells[0].value.clone())
        .collect();
    assert_eq!(
        values,
        [
            Value::DateTime("2025-11-24".into()),
            Value::DateTime("2025-11-24T12:30:15".into()),
            Value::DateTime("12:30:00".into()),
        ]
    );
}

#[test]
fn a_formula_keeps_its_text_and_its_saved_value() {
    let bytes = written(|writer| {
        let sheet = writer.add_worksheet();
        sheet.write_number(0, 0, 1.0).unwrap();
        sheet.write_number(1, 0, 2.0).unwrap();
        sheet
            .write_formula(2, 0, Formula::new("=SUM(A1:A2)").set_result("3"))
            .unwrap();
        sheet
            .write_formula(
                3,
                0,
                Formula::new(r#"=IF(A1>0,"ja","nej")"#).set_result("ja"),
            )
            .unwrap();
        sheet
            .write_formula(4, 0, Formula::new("=1/0").set_result("#DIV/0!"))
            .unwrap();
    });
    let workbook = read_bytes(&bytes, Kind::Xlsx, "f.xlsx", &Budget::default()).unwrap();
    let sheet = &workbook.sheets[0];
    let a3 = sheet.cell(at("A3")).unwrap();
    assert_eq!(a3.value, Value::Number(3.0));
    assert_eq!(a3.formula.as_deref(), Some("SUM(A1:A2)"));
    let a4 = sheet.cell(at("A4")).unwrap();
    assert_eq!(a4.value, Value::Text("ja".into()));
    assert_eq!(a4.formula.as_deref(), Some(r#"IF(A1>0,"ja","nej")"#));
    assert_eq!(
        sheet.cell(at("A5")).unwrap().value,
        Value::Error("#DIV/0!".into())
    );
    assert_eq!(sheet.cell(at("A1")).unwrap().formula, None);

    // Written by a program that does not calculate: no saved value.
    let bytes = common::xlsx(
        &[(
            "Blad1",
            r#"<sheetData><row r="1"><c r="A1"><v>2</v></c><c r="B1"><f>A1*2</f></c><c r="C1" t="str"><f>""</f><v></v></c></row></sheetData>"#,
        )],
        None,
    );
    let workbook = read_bytes(&bytes, Kind::Xlsx, "f.xlsx", &Budget::default()).unwrap();
    let sheet = &workbook.sheets[0];
    let b1 = sheet.cell(at("B1")).unwrap();
    assert_eq!(
        (&b1.value, b1.formula.as_deref()),
        (&Value::Empty, Some("A1*2"))
    );
    let c1 = sheet.cell(at("C1")).unwrap();
    assert_eq!(
        (&c1.value, c1.formula.as_deref()),
        (&Value::Empty, Some(r#""""#))
    );
}

#[test]
fn a_shared_formula_is_expanded_for_every_cell_that_shares_it() {
    let bytes = common::xlsx(
        &[(
            "Blad1",
            r#"<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"><f t="shared" ref="B1:B3" si="0">A1*2</f><v>2</v></c></row><row r="2"><c r="A2"><v>2</v></c><c r="B2"><f t="shared" si="0"/><v>4</v></c></row><row r="3"><c r="A3"><v>3</v></c><c r="B3"><f t="shared" si="0"/><v>6</v></c></row></sheetData>"#,
        )],
        None,
    );
    let workbook = read_bytes(&bytes, Kind::Xlsx, "s.xlsx", &Budget::default()).unwrap();
    let formulas: Vec<(String, Option<&str>, f64)> = workbook.sheets[0]
        .rows
        .iter()
        .map(|row| {
            let cell = &row.cells[1];
            (
                cell.at.to_string(),
                cell.formula.as_deref(),
                cell.value.as_number().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        formulas,
        [
            ("B1".to_owned(), Some("A1*2"), 2.0),
            ("B2".to_owned(), Some("A2*2"), 4.0),
            ("B3".to_owned(), Some("A3*2"), 6.0)
        ]
    );
    // A cell sharing a formula no cell before it holds: damaged.
    let bytes = common::xlsx(
        &[(
            "Blad1",
            r#"<sheetData><row r="2"><c r="B2"><f t="shared" si="5"/><v>4</v></c></row></sheetData>"#,
        )],
        None,
    );
    let error = read_bytes(&bytes, Kind::Xlsx, "s.xlsx", &Budget::default()).unwrap_err();
    assert_eq!(
        (error.kind, error.sheet.as_deref(), error.at),
        (ErrorKind::Unreadable, Some("Blad1"), Some(at("B2")))
    );
}

#[test]
fn merged_regions_are_reported_per_sheet() {
    let bytes = written(|writer| {
        let format = Format::new();
        let first = writer.add_worksheet().set_name("Ett").unwrap();
        first
            .merge_range(0, 0, 0, 3, "Rubrik över fyra", &format)
            .unwrap();
        first.merge_range(2, 1, 5, 2, "Block", &format).unwrap();
        let second = writer.add_worksheet().set_name("Två").unwrap();
        second.write_string(0, 0, "inget sammanfogat").unwrap();
    });
    let workbook = read_bytes(&bytes, Kind::Xlsx, "m.xlsx", &Budget::default()).unwrap();
    let first = workbook.sheet("Ett").unwrap();
    let mut regions: Vec<String> = first.merged.iter().map(Region::to_string).collect();
    regions.sort();
    assert_eq!(regions, ["A1:D1", "B3:C6"]);
    // The text is in the region's first cell; the others hold nothing.
    assert_eq!(
        first.cell(at("A1")).unwrap().value,
        Value::Text("Rubrik över fyra".into())
    );
    assert_eq!(
        first.cell(at("B3")).unwrap().value,
        Value::Text("Block".into())
    );
    assert!(first.cell(at("B1")).is_none());
    assert!(workbook.sheet("Två").unwrap().merged.is_empty());
}

#[test]
fn a_file_is_read_by_its_extension() {
    let dir = tempfile::tempdir().unwrap();
    let bytes = written(|writer| {
        writer.add_worksheet().write_number(0, 0, 42.0).unwrap();
    });
    for name in ["a.xlsx", "B.XLSX", "c.xlsm"] {
        let path = dir.path().join(name);
        std::fs::write(&path, &bytes).unwrap();
        let workbook = read(&path, &Budget::default()).unwrap();
        assert_eq!(
            workbook.sheets[0].cell(at("A1")).unwrap().value,
            Value::Number(42.0),
            "{name}"
        );
    }
    let error = read(&dir.path().join("missing.xlsx"), &Budget::default()).unwrap_err();
    assert_eq!(error.kind, ErrorKind::Unreadable);
    assert!(error.message.starts_with("cannot read the file"), "{error}");
}

#[test]
fn cells_out_of_order_are_refused_as_damage() {
    let bytes = common::xlsx(
        &[(
            "Blad1",
            r#"<sheetData><row r="3"><c r="A3"><v>1</v></c></row><row r="2"><c r="A2"><v>2</v></c></row></sheetData>"#,
        )],
        None,
    );
    let error = read_bytes(&bytes, Kind::Xlsx, "o.xlsx", &Budget::default()).unwrap_err();
    assert_eq!(error.kind, ErrorKind::Unreadable);
    assert_eq!(
        error.to_string(),
        "sheet \"Blad1\", cell A2: cell A2 comes after cell A3 in the file; the sheet is damaged: open it in Excel or LibreOffice and save it again"
    );
    let bytes = common::xlsx(
        &[(
            "Blad1",
            r#"<sheetData><row r="1"><c r="B1"><v>1</v></c><c r="B1"><v>2</v></c></row></sheetData>"#,
        )],
        None,
    );
    let error = read_bytes(&bytes, Kind::Xlsx, "o.xlsx", &Budget::default()).unwrap_err();
    assert_eq!(error.at, Some(at("B1")), "{error}");
}
