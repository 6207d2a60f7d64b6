//! Damaged workbooks never panic: every byte of a small workbook's XML (and of a CSV file) in
//! turn replaced by characters that matter to the readers, each result read to an answer.

mod common;

use ramverk_workbook::{Budget, Kind, read_bytes};

/// Characters that change the meaning of XML, cell references, numbers and CSV.
const REPLACEMENTS: &[u8] = b"<>\"=/0 9-:$x;,\n";

/// `text` with the byte at each position replaced by each of `REPLACEMENTS` in turn (every
/// `step`th position).
fn mutations(text: &str, step: usize) -> impl Iterator<Item = String> + '_ {
    (0..text.len())
        .step_by(step)
        .filter(move |&at| text.is_char_boundary(at) && text.is_char_boundary(at + 1))
        .flat_map(move |at| {
            REPLACEMENTS.iter().map(move |&byte| {
                let mut bytes = text.as_bytes().to_vec();
                bytes[at] = byte;
                String::from_utf8_lossy(&bytes).into_owned()
            })
        })
}

fn budget() -> Budget {
    Budget {
        cells: 10_000,
        unpacked_bytes: 1 << 20,
        cell_chars: 1000,
        shared_strings: 100,
        ..Budget::default()
    }
}

const SHEET: &str = r#"<dimension ref="A1:C3"/><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>1.5</v></c><c r="C1" t="inlineStr"><is><t xml:space="preserve"> x </t></is></c></row><row r="3"><c r="A3"><f t="shared" si="0" ref="A3:B3">B1*2</f><v>3</v></c><c r="B3"><f t="shared" si="0"/><v>0</v></c><c r="C3" t="b"><v>1</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="A2:C2"/></mergeCells>"#;
const STRINGS: &str = r#"<sst uniqueCount="1"><si><t>namn</t></si></sst>"#;

#[test]
fn damaged_xlsx_sheets_and_shared_strings_never_panic() {
    let mut read = 0;
    for sheet in mutations(SHEET, 3) {
        let bytes = common::xlsx(&[("Blad1", &sheet)], Some(STRINGS));
        if read_bytes(&bytes, Kind::Xlsx, "m.xlsx", &budget()).is_ok() {
            read += 1;
        }
    }
    for strings in mutations(STRINGS, 1) {
        let bytes = common::xlsx(&[("Blad1", SHEET)], Some(&strings));
        let _ = read_bytes(&bytes, Kind::Xlsx, "m.xlsx", &budget());
    }
    // Some damage is harmless (a digit for a digit); the test reached the reader.
    assert!(read > 0);
}

const TABLE: &str = r#"<table:table table:name="T"><table:table-row table:number-rows-repeated="2"><table:table-cell office:value-type="string" table:number-columns-spanned="2"><text:p>a<text:s text:c="2"/>b</text:p></table:table-cell><table:covered-table-cell/><table:table-cell table:formula="of:=1+1" office:value-type="float" office:value="2" table:number-columns-repeated="3"/></table:table-row></table:table>"#;

#[test]
fn damaged_opendocument_tables_never_panic() {
    let mut read = 0;
    for table in mutations(TABLE, 2) {
        let bytes = common::ods(&table);
        if read_bytes(&bytes, Kind::Ods, "m.ods", &budget()).is_ok() {
            read += 1;
        }
    }
    assert!(read > 0);
}

#[test]
fn damaged_csv_never_panics() {
    let text = "\u{FEFF}id;\"namn \"\"x\"\"\";nivå\r\n1.1;\"två\nrader\";3\n\n;;x\n";
    for csv in mutations(text, 1) {
        let _ = read_bytes(csv.as_bytes(), Kind::Csv, "m.csv", &budget());
    }
    // And raw bytes that are not UTF-8 at every place.
    for at in 0..text.len() {
        let mut bytes = text.as_bytes().to_vec();
        bytes[at] = 0xC3;
        let _ = read_bytes(&bytes, Kind::Csv, "m.csv", &budget());
    }
}
