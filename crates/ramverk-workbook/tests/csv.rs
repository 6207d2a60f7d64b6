//! CSV files as one sheet of texts: the separator found, a byte order mark skipped, rows of any
//! length, texts kept exactly, anything but UTF-8 refused at its cell.

use ramverk_workbook::{Budget, CellRef, ErrorKind, Kind, Value, read, read_bytes};

fn csv(text: &[u8]) -> Result<ramverk_workbook::Workbook, ramverk_workbook::WorkbookError> {
    read_bytes(text, Kind::Csv, "kompetenser.csv", &Budget::default())
}

/// The sheet's rows as (row number, [(cell, text)]).
fn rows(text: &[u8]) -> Vec<(u32, Vec<(String, String)>)> {
    let workbook = csv(text).unwrap();
    assert_eq!(workbook.sheets.len(), 1);
    workbook.sheets[0]
        .rows
        .iter()
        .map(|row| {
            let cells = row
                .cells
                .iter()
                .map(|cell| match &cell.value {
                    Value::Text(text) => (cell.at.to_string(), text.clone()),
                    other => panic!("{other:?} is not text"),
                })
                .collect();
            (row.number, cells)
        })
        .collect()
}

fn cells(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(at, text)| (at.to_string(), text.to_string()))
        .collect()
}

#[test]
fn semicolons_after_a_byte_order_mark_make_one_sheet_named_after_the_file() {
    let text = "\u{FEFF}id;namn;nivå\n1.1;Söka; 3 \n";
    let workbook = csv(text.as_bytes()).unwrap();
    assert_eq!(workbook.sheets[0].name, "kompetenser");
    assert!(workbook.sheets[0].merged.is_empty());
    assert_eq!(
        rows(text.as_bytes()),
        [
            (1, cells(&[("A1", "id"), ("B1", "namn"), ("C1", "nivå")])),
            (2, cells(&[("A2", "1.1"), ("B2", "Söka"), ("C2", " 3 ")])),
        ]
    );
}

#[test]
fn the_separator_is_the_most_frequent_one_outside_quotes_in_the_first_line() {
    for (text, expected) in [
        ("a,b,c\n1,2,3\n", "3"),
        ("a\tb\tc\n1\t2\t3\n", "3"),
        // Commas inside quotes do not count.
        ("\"x,y,z\";b;c\n1;2;3\n", "3"),
    ] {
        let read = rows(text.as_bytes());
        assert_eq!(read[1].1[2].1, expected, "{text:?}");
    }
}

#[test]
fn rows_may_be_ragged_and_empty_cells_and_lines_are_left_out() {
    let text = "a,b,c,d\n1\n\n,,x\n2,3,,,,,,,,,,,,,,,,,,,,,,,,,,y\n";
    assert_eq!(
        rows(text.as_bytes()),
        [
            (
                1,
                cells(&[("A1", "a"), ("B1", "b"), ("C1", "c"), ("D1", "d")])
            ),
            (2, cells(&[("A2", "1")])),
            (4, cells(&[("C4", "x")])),
            (5, cells(&[("A5", "2"), ("B5", "3"), ("AB5", "y")])),
        ]
    );
    // Windows and old Mac line ends, blank lines among them.
    assert_eq!(
        rows(b"a\r\n\r\nb\r\r\nc\rd"),
        [
            (1, cells(&[("A1", "a")])),
            (3, cells(&[("A3", "b")])),
            (5, cells(&[("A5", "c")])),
            (6, cells(&[("A6", "d")])),
        ]
    );
}

#[test]
fn quoted_texts_keep_every_character_and_rows_are_numbered_by_their_first_line() {
    let text = b"\"  two  spaces  \",\"line\r\nbreak\",\"quote \"\"x\"\"\"\nnext,\xE2\x82\xAC\n";
    assert_eq!(
        rows(text),
        [
            (
                1,
                cells(&[
                    ("A1", "  two  spaces  "),
                    ("B1", "line\r\nbreak"),
                    ("C1", "quote \"x\"")
                ])
            ),
            (3, cells(&[("A3", "next"), ("B3", "€")])),
        ]
    );
}

#[test]
fn text_that_is_not_utf8_is_refused_at_its_cell() {
    // "Söka" in Windows-1252, on line 2, column B.
    let error = csv(b"id,namn\n1.1,S\xF6ka\n").unwrap_err();
    assert_eq!(error.kind, ErrorKind::Encoding);
    assert_eq!(error.sheet.as_deref(), Some("kompetenser"));
    assert_eq!(error.at, Some(CellRef { row: 2, column: 1 }));
    assert!(error.message.contains("line 2"), "{error}");
    assert!(error.message.contains("`ö` in Windows-1252"), "{error}");
    assert!(error.message.contains("CSV UTF-8"), "{error}");
    // UTF-16, as Excel's "Unicode Text".
    let error = csv(b"\xFF\xFEi\0d\0").unwrap_err();
    assert_eq!(error.kind, ErrorKind::Encoding);
    assert!(error.message.contains("UTF-16"), "{error}");
}

#[test]
fn cells_lines_and_files_beyond_the_budget_are_refused_where_they_are() {
    let budget = Budget {
        cell_chars: 5,
        ..Budget::default()
    };
    let ok = read_bytes("åäöåä,b\n".as_bytes(), Kind::Csv, "x.csv", &budget);
    assert!(ok.is_ok(), "five characters in ten bytes: {ok:?}");
    let error = read_bytes(b"a,b\nc,123456\n", Kind::Csv, "x.csv", &budget).unwrap_err();
    assert_eq!(
        (error.kind, error.at),
        (ErrorKind::TooLarge, Some(CellRef { row: 2, column: 1 }))
    );
    assert_eq!(
        error.to_string(),
        "sheet \"x\", cell B2: the cell's text is 6 characters long; ramverk reads cells of up to 5 characters"
    );
    let budget = Budget {
        cells: 3,
        ..Budget::default()
    };
    let error = read_bytes(b"a,b\nc,d\n", Kind::Csv, "x.csv", &budget).unwrap_err();
    assert_eq!(
        (error.kind, error.at),
        (ErrorKind::TooLarge, Some(CellRef { row: 2, column: 1 }))
    );
    let budget = Budget {
        file_bytes: 7,
        ..Budget::default()
    };
    let error = read_bytes(b"a,b\nc,d\n", Kind::Csv, "x.csv", &budget).unwrap_err();
    assert_eq!(error.kind, ErrorKind::TooLarge);
    // More lines than a spreadsheet has rows.
    let many = "x\n".repeat(1_048_577);
    let error = csv(many.as_bytes()).unwrap_err();
    assert_eq!(error.kind, ErrorKind::TooLarge);
    assert!(error.message.contains("more than 1048576 lines"), "{error}");
    // More columns than a spreadsheet has.
    let wide = format!("{}x\n", ",".repeat(16_384));
    let error = csv(wide.as_bytes()).unwrap_err();
    assert_eq!(error.kind, ErrorKind::TooLarge);
    assert!(error.message.contains("more than 16384 cells"), "{error}");
}

#[test]
fn a_quote_never_closed_is_refused_at_its_cell() {
    let error = csv("id,namn\n1.1,ok\n\n1.2,\"Söka,x\n1.3,y\n".as_bytes()).unwrap_err();
    assert_eq!(error.kind, ErrorKind::Unreadable);
    assert_eq!(error.at, Some(CellRef { row: 4, column: 1 }), "{error}");
    assert!(error.message.contains("never closed"), "{error}");
    // Closed quotes, doubled quotes and quotes inside a cell are fine.
    let text = b"a,\"b \"\"c\"\"\"\ne\"f,\"g\nh\"\n";
    assert_eq!(rows(text).len(), 2);
}

#[test]
fn an_empty_file_is_a_sheet_without_rows() {
    let workbook = csv(b"").unwrap();
    assert_eq!(workbook.sheets.len(), 1);
    assert!(workbook.sheets[0].rows.is_empty());
}

#[test]
fn csv_tsv_and_txt_files_are_read_as_csv() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["a.csv", "b.TSV", "c.txt"] {
        let path = dir.path().join(name);
        std::fs::write(&path, "x\ty\n").unwrap();
        let workbook = read(&path, &Budget::default()).unwrap();
        let sheet = &workbook.sheets[0];
        assert_eq!(sheet.rows[0].cells.len(), 2, "{name}");
        assert_eq!(sheet.name, name.split('.').next().unwrap());
    }
}
