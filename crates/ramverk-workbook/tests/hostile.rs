//! Files made to hurt: damaged, disguised, or small files that would unpack or expand into
//! gigabytes. Each is refused with a located, understandable error before it is allocated.

mod common;

use ramverk_workbook::{Budget, CellRef, ErrorKind, Kind, WorkbookError, check, read, read_bytes};

fn xlsx(bytes: &[u8], budget: &Budget) -> Result<ramverk_workbook::Workbook, WorkbookError> {
    read_bytes(bytes, Kind::Xlsx, "x.xlsx", budget)
}

fn ods(bytes: &[u8], budget: &Budget) -> Result<ramverk_workbook::Workbook, WorkbookError> {
    read_bytes(bytes, Kind::Ods, "x.ods", budget)
}

fn some_workbook() -> Vec<u8> {
    let mut writer = rust_xlsxwriter::Workbook::new();
    let sheet = writer.add_worksheet();
    for row in 0..50 {
        sheet.write_string(row, 0, format!("rad {row}")).unwrap();
    }
    writer.save_to_buffer().unwrap()
}

#[test]
fn a_truncated_empty_or_foreign_file_is_unreadable() {
    let whole = some_workbook();
    for cut in [whole.len() / 2, whole.len() - 10, 30] {
        let error = xlsx(&whole[..cut], &Budget::default()).unwrap_err();
        assert_eq!(error.kind, ErrorKind::Unreadable, "{cut}: {error}");
    }
    let error = xlsx(b"", &Budget::default()).unwrap_err();
    assert_eq!(error.kind, ErrorKind::Unreadable);
    assert!(error.message.contains("the file is empty"), "{error}");
    let error = xlsx(b"id,namn\n1,a\n", &Budget::default()).unwrap_err();
    assert!(error.message.contains("not a zip file"), "{error}");
    let error = ods(b"<html></html>", &Budget::default()).unwrap_err();
    assert!(error.message.contains("not a zip file"), "{error}");
    // An Excel 97–2003 workbook (or an encrypted one) named .xlsx.
    let mut ole = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    ole.resize(512, 0);
    let error = xlsx(&ole, &Budget::default()).unwrap_err();
    assert!(error.message.contains("Excel 97–2003"), "{error}");
    // A zip that is not a workbook.
    let error = xlsx(&common::zip(&[("a.txt", b"a")]), &Budget::default()).unwrap_err();
    assert_eq!(error.kind, ErrorKind::Unreadable, "{error}");
    let error = ods(&common::zip(&[("a.txt", b"a")]), &Budget::default()).unwrap_err();
    assert_eq!(error.kind, ErrorKind::Unreadable, "{error}");
}

#[test]
fn binary_excel_and_other_files_are_refused_by_their_extension() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["old.xls", "binary.XLSB"] {
        let path = dir.path().join(name);
        std::fs::write(&path, b"never opened").unwrap();
        let error = read(&path, &Budget::default()).unwrap_err();
        assert_eq!(error.kind, ErrorKind::Unreadable);
        assert!(
            error
                .message
                .contains("save it as an Excel Workbook (.xlsx)"),
            "{error}"
        );
    }
    for name in ["ramverk.pdf", "ramverk"] {
        let error = read(&dir.path().join(name), &Budget::default()).unwrap_err();
        assert!(
            error.message.contains("not a spreadsheet ramverk reads"),
            "{error}"
        );
    }
}

#[test]
fn a_part_that_unpacks_beyond_the_budget_is_refused_while_unpacking() {
    let budget = Budget {
        unpacked_bytes: 1 << 20,
        ..Budget::default()
    };
    let padding = " ".repeat(2 << 20);
    let bomb = common::xlsx_packed(
        &[("Blad1", &format!("<sheetData/>{padding}"))],
        None,
        common::CompressionMethod::Deflated,
    );
    assert!(bomb.len() < 20_000, "{}", bomb.len());
    let error = xlsx(&bomb, &budget).unwrap_err();
    assert_eq!(error.kind, ErrorKind::TooLarge);
    assert!(
        error.message.contains("the spreadsheet unpacks to 2098"),
        "{error}"
    );
    assert!(
        error
            .message
            .contains("ramverk unpacks spreadsheets up to 1 MiB"),
        "{error}"
    );
    // The same part claiming to be small: caught while it is unpacked (by the zip reader, before
    // ramverk's own count).
    let lying = claim_small(&bomb, b"xl/worksheets/sheet1.xml");
    let error = xlsx(&lying, &budget).unwrap_err();
    assert_eq!(error.kind, ErrorKind::Unreadable, "{error}");
    assert_eq!(error.sheet.as_deref(), Some("Blad1"));
    assert!(
        error
            .message
            .contains("larger than its declared uncompressed size"),
        "{error}"
    );
    let stored = Budget {
        file_bytes: 1000,
        ..Budget::default()
    };
    let error = xlsx(&bomb, &stored).unwrap_err();
    assert_eq!(error.kind, ErrorKind::TooLarge);
}

/// `zip` with the part `name` claiming, in its headers, to unpack to 100 bytes.
fn claim_small(zip: &[u8], name: &[u8]) -> Vec<u8> {
    let mut bytes = zip.to_vec();
    let mut patched = 0;
    for at in 0..bytes.len().saturating_sub(46) {
        let (size_at, name_at) = match &bytes[at..at + 4] {
            b"PK\x03\x04" => (at + 22, at + 30),
            b"PK\x01\x02" => (at + 24, at + 46),
            _ => continue,
        };
        if bytes[name_at..].starts_with(name) {
            bytes[size_at..size_at + 4].copy_from_slice(&100u32.to_le_bytes());
            patched += 1;
        }
    }
    assert_eq!(patched, 2, "a local and a central header");
    bytes
}

#[test]
fn a_small_file_declaring_a_huge_sheet_is_refused_before_it_is_allocated() {
    let mut writer = rust_xlsxwriter::Workbook::new();
    writer.add_worksheet().set_name("Första").unwrap();
    let far = writer.add_worksheet().set_name("Långt bort").unwrap();
    far.write_string(0, 0, "här").unwrap();
    far.write_number(1_048_575, 16_383, 1.0).unwrap();
    let bytes = writer.save_to_buffer().unwrap();
    assert!(bytes.len() < 8_000);
    let error = xlsx(&bytes, &Budget::default()).unwrap_err();
    assert_eq!(error.kind, ErrorKind::TooLarge);
    assert_eq!(error.sheet.as_deref(), Some("Långt bort"), "{error}");
    assert!(error.message.contains("A1:XFD1048576"), "{error}");
    assert!(error.message.contains("save it as CSV UTF-8"), "{error}");
    // Without a dimension, two cells far apart are two cells, not a grid.
    let bytes = common::xlsx(
        &[(
            "Blad1",
            &format!(
                r#"<sheetData><row r="1">{}</row><row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>"#,
                common::text("A1", "a")
            ),
        )],
        None,
    );
    let workbook = xlsx(&bytes, &Budget::default()).unwrap();
    let rows: Vec<u32> = workbook.sheets[0].rows.iter().map(|r| r.number).collect();
    assert_eq!(rows, [1, 1_048_576]);
    // A cell beyond Excel's last column.
    let bytes = common::xlsx(
        &[(
            "Blad1",
            r#"<sheetData><row r="1"><c r="ZZZZ1"><v>1</v></c></row></sheetData>"#,
        )],
        None,
    );
    let error = xlsx(&bytes, &Budget::default()).unwrap_err();
    assert_eq!(error.kind, ErrorKind::Unreadable);
    assert!(error.message.contains("`ZZZZ1` is not a cell"), "{error}");
    assert_eq!(error.sheet.as_deref(), Some("Blad1"));
}

#[test]
fn ranges_that_calamine_would_take_apart_unchecked_are_refused() {
    // Bottom right before top left, or beyond a sheet: calamine subtracts or overflows.
    for sheet in [
        r#"<dimension ref="C3:A1"/><sheetData/>"#,
        r#"<sheetData/><mergeCells count="1"><mergeCell ref="B1:A1"/></mergeCells>"#,
        r#"<sheetData/><mergeCells count="1"><mergeCell ref="A1:AAAAAAAAAAAAAAA1"/></mergeCells>"#,
        r#"<sheetData><row r="1"><c r="A1"><f t="shared" si="0" ref="A3:A1">1</f><v>1</v></c></row></sheetData>"#,
        r#"<sheetData><row r="99999999999"><c><v>1</v></c></row></sheetData>"#,
    ] {
        let bytes = common::xlsx(&[("Blad1", sheet)], None);
        let error = xlsx(&bytes, &Budget::default()).unwrap_err();
        assert_eq!(error.kind, ErrorKind::Unreadable, "{sheet}: {error}");
        assert_eq!(error.sheet.as_deref(), Some("Blad1"), "{sheet}: {error}");
    }
}

#[test]
fn shared_strings_formulas_and_cells_are_held_to_the_budget() {
    let data = format!(
        "<sheetData><row r=\"1\">{}</row></sheetData>",
        common::text("A1", "x")
    );
    let bytes = common::xlsx(
        &[("Blad1", &data)],
        Some(r#"<sst uniqueCount="1000000000000"><si><t>x</t></si></sst>"#),
    );
    let error = xlsx(&bytes, &Budget::default()).unwrap_err();
    assert_eq!(error.kind, ErrorKind::TooLarge);
    assert!(
        error.message.contains("1000000000000 shared texts"),
        "{error}"
    );
    let bytes = common::xlsx(
        &[(
            "Blad1",
            r#"<sheetData><row r="2"><c r="C2"><f t="shared" si="4000000000" ref="C2:C3">1</f><v>1</v></c></row></sheetData>"#,
        )],
        None,
    );
    let error = xlsx(&bytes, &Budget::default()).unwrap_err();
    assert!(error.message.contains("shared formula"), "{error}");
    assert_eq!(error.at, Some(CellRef { row: 2, column: 2 }), "{error}");
    // Cells in one sheet, and in the whole workbook.
    let three = |sheet: u32| {
        format!(
            "<sheetData><row r=\"1\">{}{}{}</row></sheetData>",
            common::text("A1", &format!("{sheet}a")),
            common::text("B1", "b"),
            common::text("C1", "c")
        )
    };
    let budget = Budget {
        cells: 2,
        ..Budget::default()
    };
    let bytes = common::xlsx(&[("Blad1", &three(1))], None);
    let error = xlsx(&bytes, &budget).unwrap_err();
    assert!(
        error.message.contains("the sheet holds more than 2 cells"),
        "{error}"
    );
    assert_eq!(error.at, Some("C1".parse().unwrap()));
    let budget = Budget {
        cells: 5,
        ..Budget::default()
    };
    let bytes = common::xlsx(&[("Blad1", &three(1)), ("Blad2", &three(2))], None);
    let error = xlsx(&bytes, &budget).unwrap_err();
    assert_eq!(
        error.to_string(),
        "sheet \"Blad2\", cell C1: the workbook holds more than 5 cells, more than ramverk reads"
    );
}

#[test]
fn a_shared_text_used_in_many_cells_counts_each_time() {
    let long = "x".repeat(100_000);
    let cells: String = (1..=20)
        .map(|row| format!(r#"<row r="{row}"><c r="A{row}" t="s"><v>0</v></c></row>"#))
        .collect();
    let bytes = common::xlsx(
        &[("Blad1", &format!("<sheetData>{cells}</sheetData>"))],
        Some(&format!("<sst><si><t>{long}</t></si></sst>")),
    );
    let budget = Budget {
        unpacked_bytes: 1 << 20,
        ..Budget::default()
    };
    let error = xlsx(&bytes, &budget).unwrap_err();
    assert_eq!(error.kind, ErrorKind::TooLarge);
    assert!(
        error
            .message
            .contains("the workbook's texts come to more than 1 MiB"),
        "{error}"
    );
    assert_eq!(error.at, Some("A11".parse().unwrap()), "{error}");
    // Within a larger budget, every cell holds the text.
    let workbook = xlsx(&bytes, &Budget::default()).unwrap();
    assert_eq!(workbook.sheets[0].rows.len(), 20);
    let budget = Budget {
        cell_chars: 99_999,
        ..Budget::default()
    };
    let error = xlsx(&bytes, &budget).unwrap_err();
    assert!(error.message.contains("100000 characters"), "{error}");
}

#[test]
fn opendocument_repeats_that_expand_into_a_huge_grid_are_refused() {
    let grid = r#"<table:table table:name="Stor"><table:table-row table:number-rows-repeated="100000"><table:table-cell office:value-type="float" office:value="1" table:number-columns-repeated="16384"><text:p>1</text:p></table:table-cell></table:table-row></table:table>"#;
    let error = ods(&common::ods(grid), &Budget::default()).unwrap_err();
    assert_eq!(error.kind, ErrorKind::TooLarge);
    assert_eq!(error.sheet.as_deref(), Some("Stor"));
    assert!(
        error.message.contains("100000 rows × 16384 columns"),
        "{error}"
    );
    // Many tables, each within the budget, together beyond it.
    let table = |name: u32| {
        format!(
            r#"<table:table table:name="T{name}"><table:table-row table:number-rows-repeated="1000"><table:table-cell office:value-type="float" office:value="1" table:number-columns-repeated="1000"/></table:table-row></table:table>"#
        )
    };
    let tables: String = (0..10).map(table).collect();
    let error = ods(&common::ods(&tables), &Budget::default()).unwrap_err();
    assert!(
        error
            .message
            .contains("the tables of the spreadsheet span more than"),
        "{error}"
    );
    assert_eq!(error.sheet.as_deref(), Some("T8"), "{error}");
}

#[test]
fn counts_at_the_edge_of_u64_neither_overflow_nor_pass() {
    let huge = u64::MAX;
    let table = format!(
        r#"<table:table table:name="T"><table:table-row table:number-rows-repeated="{huge}"><table:table-cell table:number-columns-repeated="{huge}"/><table:table-cell office:value-type="float" office:value="1" table:number-columns-repeated="{huge}"/></table:table-row></table:table>"#
    );
    let error = ods(&common::ods(&table), &Budget::default()).unwrap_err();
    assert_eq!(error.kind, ErrorKind::TooLarge, "{error}");
    // A budget without limits is no reason to overflow either.
    let unlimited = Budget {
        file_bytes: u64::MAX,
        unpacked_bytes: u64::MAX,
        cells: u64::MAX,
        shared_strings: u64::MAX,
        cell_chars: u64::MAX,
    };
    let workbook = xlsx(&some_workbook(), &unlimited).unwrap();
    assert_eq!(workbook.sheets[0].rows.len(), 50);
}

#[test]
fn opendocument_texts_that_expand_beyond_the_budget_are_refused() {
    // A run of two billion spaces in one small cell.
    let spaces = r#"<table:table table:name="Mellanslag"><table:table-row><table:table-cell office:value-type="string"><text:p>a<text:s text:c="2000000000"/>b</text:p></table:table-cell></table:table-row></table:table>"#;
    let error = ods(&common::ods(spaces), &Budget::default()).unwrap_err();
    assert_eq!(error.kind, ErrorKind::TooLarge);
    assert!(
        error.message.contains("a run of 2000000000 spaces"),
        "{error}"
    );
    assert_eq!(error.sheet.as_deref(), Some("Mellanslag"));
    // A long text repeated across a row: few cells, much text.
    let long = "x".repeat(10_000);
    let repeated = format!(
        r#"<table:table table:name="Upprepad"><table:table-row><table:table-cell office:value-type="string" table:number-columns-repeated="1000"><text:p>{long}</text:p></table:table-cell></table:table-row></table:table>"#
    );
    let budget = Budget {
        unpacked_bytes: 1 << 20,
        ..Budget::default()
    };
    let error = ods(&common::ods(&repeated), &budget).unwrap_err();
    assert_eq!(error.kind, ErrorKind::TooLarge);
    assert!(error.message.contains("with their repeats"), "{error}");
    // Within the default budget it is read: a thousand cells of the text.
    let workbook = ods(&common::ods(&repeated), &Budget::default()).unwrap();
    assert_eq!(workbook.sheets[0].rows[0].cells.len(), 1000);
}

#[test]
fn opendocument_spans_repeated_beyond_the_budget_are_refused() {
    let spans = r#"<table:table table:name="Spann"><table:table-row table:number-rows-repeated="1000000"><table:table-cell table:number-columns-spanned="2"/></table:table-row></table:table>"#;
    let budget = Budget {
        cells: 100,
        ..Budget::default()
    };
    let error = ods(&common::ods(spans), &budget).unwrap_err();
    assert_eq!(error.kind, ErrorKind::TooLarge);
    assert!(
        error.message.contains("more than 100 merged regions"),
        "{error}"
    );
    assert_eq!(error.sheet.as_deref(), Some("Spann"));
    assert_eq!(error.at, Some("A101".parse().unwrap()));
}

#[test]
fn the_budget_check_ends_its_messages_with_the_callers_advice() {
    let mut writer = rust_xlsxwriter::Workbook::new();
    let sheet = writer.add_worksheet();
    sheet.write_number(0, 0, 1.0).unwrap();
    sheet.write_number(1_048_575, 16_383, 1.0).unwrap();
    let bytes = writer.save_to_buffer().unwrap();
    let error = check(
        std::io::Cursor::new(&bytes),
        bytes.len() as u64,
        &Budget::default(),
        "save the ratings as CSV UTF-8",
    )
    .unwrap_err();
    assert!(
        error.message.ends_with("save the ratings as CSV UTF-8"),
        "{error}"
    );
    assert!(
        check(
            std::io::Cursor::new(some_workbook()),
            1,
            &Budget::default(),
            ""
        )
        .is_ok()
    );
}
