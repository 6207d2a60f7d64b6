//! OpenDocument spreadsheets (made part by part: LibreOffice is not on the test machines) read
//! whole: tables in order, typed values, texts with their runs of spaces, formulas, and merged
//! regions read from the spans calamine does not report.

mod common;

use ramverk_workbook::{Budget, CellRef, Kind, Region, Value, read, read_bytes};

fn at(reference: &str) -> CellRef {
    reference.parse().unwrap()
}

const TABLES: &str = concat!(
    r#"<table:table table:name="Ett">"#,
    r#"<table:table-row>"#,
    r#"<table:table-cell office:value-type="string" table:number-columns-spanned="3"><text:p>Rubrik</text:p></table:table-cell>"#,
    r#"<table:covered-table-cell table:number-columns-repeated="2"/>"#,
    r#"</table:table-row>"#,
    r#"<table:table-row>"#,
    r#"<table:table-cell office:value-type="float" office:value="1.1"><text:p>1,1</text:p></table:table-cell>"#,
    r#"<table:table-cell office:value-type="string"><text:p><text:s/>a<text:s text:c="2"/>b </text:p><text:p>andra stycket</text:p></table:table-cell>"#,
    r#"<table:table-cell office:value-type="string"><text:p>tab<text:tab/>och<text:line-break/>rad – ÅÄÖ 🙂</text:p></table:table-cell>"#,
    r#"</table:table-row>"#,
    r#"<table:table-row>"#,
    r#"<table:table-cell table:formula="of:=[.A2]*2" office:value-type="float" office:value="2.2"><text:p>2,2</text:p></table:table-cell>"#,
    r#"<table:table-cell office:value-type="boolean" office:boolean-value="true"><text:p>SANT</text:p></table:table-cell>"#,
    r#"<table:table-cell office:value-type="date" office:date-value="2025-11-24"><text:p>2025-11-24</text:p></table:table-cell>"#,
    r#"<table:table-cell/>"#,
    r#"<table:table-cell table:formula="of:=1+1"/>"#,
    r#"</table:table-row>"#,
    r#"<table:table-row table:number-rows-repeated="3"><table:table-cell table:number-columns-repeated="5"/></table:table-row>"#,
    r#"<table:table-row>"#,
    r#"<table:table-cell table:number-columns-repeated="2"/>"#,
    r#"<table:table-cell office:value-type="string"><text:p>C7</text:p></table:table-cell>"#,
    r#"</table:table-row>"#,
    r#"</table:table>"#,
    r#"<table:table table:name="Två">"#,
    r#"<table:table-row><table:table-cell table:number-rows-spanned="2" office:value-type="string"><text:p>hög</text:p></table:table-cell><table:table-cell office:value-type="float" office:value="3"><text:p>3</text:p></table:table-cell></table:table-row>"#,
    r#"<table:table-row><table:covered-table-cell/><table:table-cell office:value-type="float" office:value="4"><text:p>4</text:p></table:table-cell></table:table-row>"#,
    r#"</table:table>"#,
    r#"<table:table table:name="Tom"><table:table-row><table:table-cell/></table:table-row></table:table>"#,
);

#[test]
fn tables_are_read_in_order_with_typed_values_formulas_and_spans() {
    let bytes = common::ods(TABLES);
    let workbook = read_bytes(&bytes, Kind::Ods, "ramverk.ods", &Budget::default()).unwrap();
    let names: Vec<&str> = workbook.sheets.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["Ett", "Två", "Tom"]);
    let one = workbook.sheet("Ett").unwrap();
    let value = |reference: &str| one.cell(at(reference)).map(|cell| cell.value.clone());
    assert_eq!(value("A1"), Some(Value::Text("Rubrik".into())));
    assert_eq!(value("B1"), None);
    assert_eq!(value("A2"), Some(Value::Number(1.1)));
    assert_eq!(
        value("B2"),
        Some(Value::Text(" a  b \nandra stycket".into()))
    );
    assert_eq!(
        value("C2"),
        Some(Value::Text("tab\toch\nrad – ÅÄÖ 🙂".into()))
    );
    assert_eq!(value("A3"), Some(Value::Number(2.2)));
    assert_eq!(
        one.cell(at("A3")).unwrap().formula.as_deref(),
        Some("of:=[.A2]*2")
    );
    assert_eq!(value("B3"), Some(Value::Bool(true)));
    assert_eq!(value("C3"), Some(Value::DateTime("2025-11-24".into())));
    // A formula without a saved value, outside the cells that hold values.
    let e3 = one.cell(at("E3")).unwrap();
    assert_eq!(
        (&e3.value, e3.formula.as_deref()),
        (&Value::Empty, Some("of:=1+1"))
    );
    // Repeated empty rows and cells count in the places that follow.
    assert_eq!(value("C7"), Some(Value::Text("C7".into())));
    let numbers: Vec<u32> = one.rows.iter().map(|row| row.number).collect();
    assert_eq!(numbers, [1, 2, 3, 7]);
    assert_eq!(
        one.merged,
        [Region {
            first: at("A1"),
            last: at("C1")
        }]
    );
    let two = workbook.sheet("Två").unwrap();
    assert_eq!(two.merged, ["A1:A2".parse().unwrap()]);
    assert_eq!(two.cell(at("B2")).unwrap().value, Value::Number(4.0));
    assert!(workbook.sheet("Tom").unwrap().rows.is_empty());
}

#[test]
fn an_ods_file_is_read_by_its_extension() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("Ramverk.ODS");
    std::fs::write(&path, common::ods(TABLES)).unwrap();
    let workbook = read(&path, &Budget::default()).unwrap();
    assert_eq!(workbook.sheets.len(), 3);
}
