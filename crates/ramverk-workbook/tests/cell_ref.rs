//! Cell references and regions as people write them: `C7`, `$C$7`, `A1:B2`, within Excel's bounds.

use ramverk_workbook::{CellRef, Region};

#[test]
fn references_read_and_print_as_spreadsheets_write_them() {
    for (text, row, column, printed) in [
        ("A1", 1, 0, "A1"),
        ("C7", 7, 2, "C7"),
        ("$C$7", 7, 2, "C7"),
        ("c7", 7, 2, "C7"),
        ("Z1", 1, 25, "Z1"),
        ("AA10", 10, 26, "AA10"),
        ("AZ1", 1, 51, "AZ1"),
        ("XFD1048576", 1_048_576, 16_383, "XFD1048576"),
    ] {
        let at: CellRef = text.parse().unwrap();
        assert_eq!(at, CellRef { row, column }, "{text}");
        assert_eq!(at.to_string(), printed);
        assert_eq!(
            at.letters(),
            printed.trim_end_matches(|c: char| c.is_ascii_digit())
        );
    }
}

#[test]
fn references_outside_a_sheet_or_malformed_are_refused() {
    for text in [
        "", "A", "7", "A0", "XFE1", "A1048577", "AAAA1", "A-1", "A1B", "1A", "A 1", "Ä1",
    ] {
        let error = text.parse::<CellRef>().unwrap_err();
        assert_eq!(
            error.to_string(),
            format!("`{text}` is not a cell within A1:XFD1048576")
        );
    }
    assert_eq!(CellRef::from_zero_based(1_048_576, 0), None);
    assert_eq!(CellRef::from_zero_based(0, 16_384), None);
    assert_eq!(
        CellRef::from_zero_based(6, 2),
        Some(CellRef { row: 7, column: 2 })
    );
}

#[test]
fn regions_read_in_any_corner_order_and_print_top_left_to_bottom_right() {
    let region: Region = "B3:A1".parse().unwrap();
    assert_eq!(region.to_string(), "A1:B3");
    assert!(region.contains("A2".parse().unwrap()));
    assert!(!region.contains("C2".parse().unwrap()));
    assert_eq!("$A$1:$D$1".parse::<Region>().unwrap().to_string(), "A1:D1");
    assert!("A1:B2:C3".parse::<Region>().is_err());
}
