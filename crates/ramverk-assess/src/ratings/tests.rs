//! Reading ratings: round trips, every kind of problem, the wide layout, spreadsheets.

mod cases {
    use crate::ratings::*;
    use crate::synthetic::{RoundSpec, round};
    use ramverk_model::Framework;

    fn stockholm() -> Framework {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../frameworks/stockholm-kultur");
        ramverk_check::load(&path).unwrap().framework.unwrap()
    }

    #[test]
    fn writing_then_reading_gives_the_same_input() {
        let framework = stockholm();
        let input = round(
            &framework,
            RoundSpec {
                persons: 50,
                seed: 1,
                round: 1,
            },
        );
        let text = write_ratings_csv(&input, &framework, None);
        let back = read_ratings_csv(text.as_bytes(), &framework).unwrap();
        assert_eq!(back.problems, vec![]);
        // Not-rated rows keep their place with 0 ratings.
        assert_eq!(back.input, input);
    }

    #[test]
    fn every_problem_is_reported_with_row_and_column() {
        let framework = stockholm();
        let text = "person,role,unit,competence,self_rating,agreed_rating\n\
                    p1,medarbetare,Bibliotek,1.1,3,3\n\
                    p1,medarbetare,Bibliotek,1.9,3,3\n\
                    p1,medarbetare,Bibliotek,1.2,7,\n\
                    p2,medarbetre,Bibliotek,1.1,3,\n\
                    p1,chef,Bibliotek,1.3,3,\n\
                    p1,medarbetare,Bibliotek,1.1,2,2\n\
                    p1,medarbetare,Bibliotek,6.1,2,2\n";
        let file = read_ratings_csv(text.as_bytes(), &framework).unwrap();
        assert_eq!(
            (file.rows, file.skipped(), file.input.ratings.len()),
            (7, 6, 1)
        );
        let errors = file.problems;
        let found: Vec<(u64, u64, &str)> = errors
            .iter()
            .map(|e| (e.row, e.column, e.message.as_str()))
            .collect();
        assert_eq!(found.len(), 6, "{found:#?}");
        assert_eq!((found[0].0, found[0].1), (3, 4));
        assert!(
            found[0].2.starts_with("unknown competence `1.9`"),
            "{}",
            found[0].2
        );
        assert_eq!((found[1].0, found[1].1), (4, 5));
        assert!(
            found[1]
                .2
                .contains("not a level of the scale; use 0 (not rated) or 1–5"),
            "{}",
            found[1].2
        );
        assert!(
            found[2].2.contains("did you mean `medarbetare`"),
            "{}",
            found[2].2
        );
        assert!(
            found[3]
                .2
                .contains("has the role `medarbetare` on an earlier row"),
            "{}",
            found[3].2
        );
        assert!(
            found[4].2.contains("the first is on row 2"),
            "{}",
            found[4].2
        );
        assert!(
            found[5]
                .2
                .starts_with("6.1 is not in the profile of `medarbetare`"),
            "{}",
            found[5].2
        );
    }

    #[test]
    fn written_cells_that_look_like_formulas_are_neutralised_and_read_back() {
        let framework = stockholm();
        let text = "person,role,unit,competence,agreed_rating\n\
                    =cmd|' /C calc'!A0,medarbetare,-2+3,1.1,3\n\
                    @x,medarbetare,+46 8,1.1,2\n";
        let input = read_ratings_csv(text.as_bytes(), &framework).unwrap().input;
        assert_eq!(input.persons[0].id, "=cmd|' /C calc'!A0");
        let written = write_ratings_csv(&input, &framework, Some("=1"));
        assert!(
            written.contains("\n'=1,'=cmd|' /C calc'!A0,medarbetare,'-2+3,1.1,,3,,\n"),
            "{written}"
        );
        assert!(
            written.contains("\n'=1,'@x,medarbetare,'+46 8,1.1,,2,,\n"),
            "{written}"
        );
        let back = read_ratings_csv(written.as_bytes(), &framework).unwrap();
        assert_eq!(back.problems, vec![]);
        assert_eq!(back.input, input);
    }

    const WIDE: &str = "person,role,unit,1.1 Söka och filtrera,self:1.1,1.2,motivation:1\n\
                        p1,medarbetare,Bibliotek,3,4,2,5\n\
                        p2,chef,Museum,,,3,4\n";

    #[test]
    fn the_wide_layout_reads_like_the_long_one() {
        let framework = stockholm();
        let file = read_ratings_csv(WIDE.as_bytes(), &framework).unwrap();
        assert_eq!(file.problems, vec![]);
        let input = &file.input;
        assert_eq!(input.persons.len(), 2);
        // p1: 1.1 agreed 3 self 4, 1.2 agreed 2; p2: 1.1 not rated, 1.2 agreed 3.
        assert_eq!(input.ratings.competence, vec![0, 1, 0, 1]);
        assert_eq!(input.ratings.agreed, vec![3, 2, 0, 3]);
        assert_eq!(input.ratings.self_rating, vec![4, 0, 0, 0]);
        assert_eq!(input.motivations.value, vec![5, 4]);
    }

    #[test]
    fn wide_headers_and_cells_with_problems_are_located() {
        let framework = stockholm();
        let text = "person,role,1.1,1.9,motivation:9\np1,medarbetare,7,,\np2,medarbetare,3,,\n";
        let file = read_ratings_csv(text.as_bytes(), &framework).unwrap();
        let found: Vec<(u64, u64)> = file.problems.iter().map(|p| (p.row, p.column)).collect();
        assert_eq!(found, vec![(1, 4), (1, 5), (2, 3)], "{:#?}", file.problems);
        assert!(
            file.problems[0].message.contains("did you mean `1.2`?"),
            "{}",
            file.problems[0].message
        );
        assert_eq!(file.skipped(), 1, "header problems skip no data row");
        assert_eq!(
            file.input.ratings.len(),
            1,
            "p2's row is kept, p1's is left out whole"
        );
    }

    #[test]
    fn spreadsheets_are_read_like_csv() {
        let framework = stockholm();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("ratings.xlsx");
        let mut workbook = rust_xlsxwriter::Workbook::new();
        let sheet = workbook.add_worksheet();
        for (row, line) in WIDE.lines().enumerate() {
            for (column, cell) in line.split(',').enumerate() {
                match cell.parse::<f64>() {
                    Ok(number) if row > 0 => sheet
                        .write_number(row as u32, column as u16, number)
                        .map(|_| ()),
                    _ => sheet
                        .write_string(row as u32, column as u16, cell)
                        .map(|_| ()),
                }
                .unwrap();
            }
        }
        workbook.save(&path).unwrap();
        let from_sheet = read_ratings_file(&path, &framework).unwrap();
        let from_csv = read_ratings_csv(WIDE.as_bytes(), &framework).unwrap();
        assert_eq!(from_sheet.input, from_csv.input);
        assert_eq!(from_sheet.problems, from_csv.problems);
        assert_eq!(
            (from_sheet.separator, from_csv.separator),
            (None, Some(b','))
        );
        // A bad cell is reported at its spreadsheet row and column.
        let mut workbook = rust_xlsxwriter::Workbook::new();
        let sheet = workbook.add_worksheet();
        for (column, header) in ["person", "role", "1.1"].iter().enumerate() {
            sheet.write_string(0, column as u16, *header).unwrap();
        }
        sheet.write_string(1, 0, "p1").unwrap();
        sheet.write_string(1, 1, "medarbetare").unwrap();
        sheet.write_number(1, 2, 9.0).unwrap();
        workbook.save(&path).unwrap();
        let problems = read_ratings_file(&path, &framework).unwrap().problems;
        assert_eq!(
            (problems[0].row, problems[0].column),
            (2, 3),
            "{problems:?}"
        );
    }

    #[test]
    fn a_round_column_selects_one_round_and_two_rounds_unchosen_are_a_problem() {
        use crate::synthetic::{RoundSpec, round};
        let framework = stockholm();
        let first = round(
            &framework,
            RoundSpec {
                persons: 30,
                seed: 4,
                round: 1,
            },
        );
        let second = round(
            &framework,
            RoundSpec {
                persons: 30,
                seed: 4,
                round: 2,
            },
        );
        let both = write_ratings_csv(&first, &framework, Some("2024"))
            + write_ratings_csv(&second, &framework, Some("2025"))
                .split_once('\n')
                .unwrap()
                .1;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("both.csv");
        std::fs::write(&path, &both).unwrap();
        let read = |round: Option<&str>| {
            let options = ReadOptions {
                round: round.map(str::to_string),
                ..ReadOptions::default()
            };
            read_ratings_file_observed(&path, &framework, &options, &mut |_, _| {}).unwrap()
        };
        assert_eq!(read(Some("2025")).input, second);
        assert_eq!(read(Some("2024")).input, first);
        let unchosen = read(None);
        assert_eq!(unchosen.problems.len(), 1);
        assert!(
            unchosen.problems[0]
                .message
                .contains("more than one round (`2024` and `2025`)"),
            "{:?}",
            unchosen.problems
        );
    }

    #[test]
    fn problems_have_codes_and_become_findings_at_their_row_and_column() {
        use ramverk_source::{Code, SourceMap};
        let framework = stockholm();
        let text = "person,role,1.1,färg\np1,medarbetare,7\n";
        let file = read_ratings_csv(text.as_bytes(), &framework).unwrap();
        let codes: Vec<Code> = file.problems.iter().map(|p| p.code).collect();
        assert_eq!(codes, vec![Code::RatingsColumn, Code::RatingsRow]);
        let mut map = SourceMap::default();
        let index = map.add_file_without_text("round.csv".into());
        let finding = file.problems[1].diagnostic(index);
        let label = finding.primary.as_ref().unwrap();
        assert_eq!(
            (label.file, label.position.line, label.position.column),
            (index, 2, 3)
        );
        let unreadable = read_ratings_csv("name,role\n".as_bytes(), &framework).unwrap_err();
        assert_eq!(unreadable.code, Code::RatingsUnreadable);
    }
}

/// Hostile and foreign files: other separators and encodings, broken quotes, duplicate columns,
/// missing rounds, and files built to exhaust time or memory.
mod hostile {
    use std::io::{Read, Write};

    use crate::ratings::*;
    use ramverk_model::Framework;
    use ramverk_source::Code;

    fn stockholm() -> Framework {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../frameworks/stockholm-kultur");
        ramverk_check::load(&path).unwrap().framework.unwrap()
    }

    const LONG: &str = "person,role,unit,competence,self_rating,agreed_rating\n\
                        p1,medarbetare,Bibliotek,1.1,3,3\n\
                        p2,medarbetare,Museum,1.2,2,4\n";

    fn read_with(text: &[u8], options: &ReadOptions) -> Result<RatingsFile, RatingsError> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("ratings.csv");
        std::fs::write(&path, text).unwrap();
        read_ratings_file_observed(&path, &stockholm(), options, &mut |_, _| {})
    }

    #[test]
    fn semicolon_and_tab_separated_files_read_like_commas_and_say_so() {
        let framework = stockholm();
        let comma = read_ratings_csv(LONG.as_bytes(), &framework).unwrap();
        assert_eq!(comma.separator_name(), Some("comma"));
        for (separator, name) in [(";", "semicolon"), ("\t", "tab")] {
            let text = LONG.replace(',', separator);
            let file = read_ratings_csv(text.as_bytes(), &framework).unwrap();
            assert_eq!(file.problems, vec![], "{name}");
            assert_eq!(file.input, comma.input, "{name}");
            assert_eq!(file.separator_name(), Some(name));
        }
        // Excel's "CSV UTF-8" starts with a byte order mark.
        let bom = format!("\u{feff}{}", LONG.replace(',', ";"));
        let file = read_ratings_csv(bom.as_bytes(), &framework).unwrap();
        assert_eq!((file.problems.len(), file.input.ratings.len()), (0, 2));
        // A quoted cell holding the other separators does not decide.
        let text = "\"a;b;c\",person,role,competence,agreed\nx,p1,medarbetare,1.1,3\n";
        let file = read_ratings_csv(text.as_bytes(), &framework).unwrap();
        assert_eq!(file.separator_name(), Some("comma"));
        assert_eq!(file.input.ratings.len(), 1);
    }

    #[test]
    fn windows_1252_is_named_at_the_first_byte_that_is_not_utf8() {
        let framework = stockholm();
        let mut text = b"person;role;unit;competence;agreed\np1;medarbetare;Sk".to_vec();
        text.push(0xE5); // "å" in Windows-1252
        text.extend_from_slice(b"ne;1.1;3\n");
        let error = read_ratings_csv(text.as_slice(), &framework).unwrap_err();
        assert_eq!(error.code, Code::Encoding);
        assert_eq!((error.row, error.column), (2, 18), "{error}");
        assert!(error.message.contains("Windows-1252"), "{error}");
        assert!(error.message.contains("`å`"), "{error}");
        assert!(error.message.contains("CSV UTF-8"), "{error}");
        // The same byte after a multi-byte character that a read cut in two.
        let mut long = "person,role,unit,competence,agreed\n".as_bytes().to_vec();
        long.extend(std::iter::repeat_n(b'x', 70_000));
        long.extend_from_slice("ö,".as_bytes());
        long.push(0x96); // "–" in Windows-1252
        let error = read_ratings_csv(long.as_slice(), &framework).unwrap_err();
        assert_eq!(
            (error.code, error.row, error.column),
            (Code::Encoding, 2, 70_003)
        );
        assert!(error.message.contains("`–`"), "{error}");
        // UTF-16, as Excel's "Unicode Text" writes it.
        let error = read_ratings_csv(&b"\xFF\xFEp\0e\0"[..], &framework).unwrap_err();
        assert_eq!(error.code, Code::Encoding);
        assert!(error.message.contains("UTF-16"), "{error}");
    }

    /// A reader that never ends and counts what was taken from it.
    struct Endless<'a> {
        byte: u8,
        taken: &'a std::cell::Cell<u64>,
    }

    impl std::io::Read for Endless<'_> {
        fn read(&mut self, buffer: &mut [u8]) -> std::io::Result<usize> {
            buffer.fill(self.byte);
            self.taken.set(self.taken.get() + buffer.len() as u64);
            Ok(buffer.len())
        }
    }

    #[test]
    fn an_endless_line_is_refused_after_the_line_limit() {
        let framework = stockholm();
        // A reader that never ends: a 3 GB line would be the same, only slower to make.
        let taken = std::cell::Cell::new(0);
        let endless = Endless {
            byte: b'a',
            taken: &taken,
        };
        let error = read_ratings_csv(endless, &framework).unwrap_err();
        assert_eq!((error.code, error.row), (Code::TooLarge, 1), "{error}");
        assert!(error.message.contains("longer than 1 MiB"), "{error}");
        // It stopped reading soon after the line limit (1 MiB and a read buffer or two).
        assert!(taken.get() < 4 << 20, "read {} bytes", taken.get());
        let taken = std::cell::Cell::new(0);
        let header_then_endless = "person,role,competence,agreed\n".as_bytes().chain(Endless {
            byte: b'7',
            taken: &taken,
        });
        let error = read_ratings_csv(header_then_endless, &framework).unwrap_err();
        assert_eq!((error.code, error.row), (Code::TooLarge, 2), "{error}");
        assert!(taken.get() < 4 << 20, "read {} bytes", taken.get());
    }

    #[test]
    fn a_file_larger_than_the_budget_is_refused_and_lines_are_bounded() {
        let mut text = LONG.to_string();
        for i in 0..2000 {
            text += &format!("p{i},medarbetare,Bibliotek,1.1,3,3\n");
        }
        let small = ReadOptions {
            limits: ReadLimits {
                total_bytes: 10_000,
                ..ReadLimits::default()
            },
            ..ReadOptions::default()
        };
        let error = read_with(text.as_bytes(), &small).unwrap_err();
        assert_eq!(error.code, Code::TooLarge, "{error}");
        assert!(error.message.contains("larger than"), "{error}");
        let short_lines = ReadOptions {
            limits: ReadLimits {
                line_bytes: 40,
                ..ReadLimits::default()
            },
            ..ReadOptions::default()
        };
        let error = read_with(LONG.as_bytes(), &short_lines).unwrap_err();
        assert_eq!((error.code, error.row), (Code::TooLarge, 1), "{error}");
        assert!(read_with(text.as_bytes(), &ReadOptions::default()).is_ok());
    }

    #[test]
    fn an_unterminated_quote_is_located_where_it_opens() {
        let framework = stockholm();
        let text = "person,role,competence,agreed\np1,medarbetare,\"1.1,3\np2,medarbetare,1.2,3\n";
        let error = read_ratings_csv(text.as_bytes(), &framework).unwrap_err();
        assert_eq!(
            (error.code, error.row, error.column),
            (Code::RatingsUnreadable, 2, 16),
            "{error}"
        );
        assert!(error.message.contains("never closed"), "{error}");
        // Closed quotes, doubled quotes and a quote inside an unquoted cell are fine.
        let text =
            "person,role,competence,agreed\n\"p\"\"1\",medarbetare,1.1,3\np\"2,medarbetare,1.1,3\n";
        let file = read_ratings_csv(text.as_bytes(), &framework).unwrap();
        assert_eq!(file.problems, vec![]);
        assert_eq!(file.input.persons[0].id, "p\"1");
        // A quote that stays open past the line limit is found before the limit is read.
        let runaway = "person,role,competence,agreed\np1,\"medarbetare\n"
            .as_bytes()
            .chain(std::io::repeat(b'x').take(3 << 20));
        let error = read_ratings_csv(runaway, &framework).unwrap_err();
        assert_eq!((error.row, error.column), (2, 4), "{error}");
        assert!(error.message.contains("never closed"), "{error}");
    }

    #[test]
    fn a_header_naming_a_column_twice_is_refused_naming_both() {
        let framework = stockholm();
        for (header, first, second) in [
            (
                "person,role,Person,competence,agreed",
                "column 1 (`person`)",
                "column 3 (`Person`)",
            ),
            (
                "person,role,competence,self,self_rating",
                "column 4 (`self`)",
                "column 5 (`self_rating`)",
            ),
            (
                "person,role,1.1 Söka,self:1.1,1.1",
                "column 3 (`1.1 Söka`)",
                "column 5 (`1.1`)",
            ),
        ] {
            let text = format!("{header}\np1,medarbetare,1.1,3,3\n");
            let error = read_ratings_csv(text.as_bytes(), &framework).unwrap_err();
            assert_eq!(error.code, Code::RatingsUnreadable, "{header}");
            assert!(error.message.contains(first), "{error}");
            assert!(error.message.contains(second), "{error}");
        }
    }

    #[test]
    fn a_round_that_is_not_in_the_file_is_an_error_naming_the_rounds() {
        let text = "round,person,role,competence,agreed\n2024,p1,medarbetare,1.1,3\n2025,p1,medarbetare,1.1,4\n";
        let options = |round: &str| ReadOptions {
            round: Some(round.into()),
            ..ReadOptions::default()
        };
        let error = read_with(text.as_bytes(), &options("7")).unwrap_err();
        assert_eq!(error.code, Code::RatingsUnreadable);
        assert!(
            error
                .message
                .contains("no round `7`; its rounds are `2024`, `2025`"),
            "{error}"
        );
        assert_eq!(
            read_with(text.as_bytes(), &options("2025"))
                .unwrap()
                .input
                .ratings
                .agreed,
            vec![4]
        );
        let error = read_with(LONG.as_bytes(), &options("2025")).unwrap_err();
        assert!(error.message.contains("no `round` column"), "{error}");
    }

    #[test]
    fn rows_left_out_are_counted_truthfully() {
        let framework = stockholm();
        // Two problems in one row, a duplicate, an unknown role, a second round: every row that
        // does not become a rating is counted once, and only those.
        let text = "round,person,role,competence,self_rating,agreed_rating,area,motivation\n\
                    1,p1,medarbetare,1.1,3,3,,\n\
                    1,p1,medarbetare,1.9,9,,,\n\
                    1,p1,medarbetare,1.1,2,2,,\n\
                    1,p2,medarbetre,1.1,3,,,\n\
                    1,p3,medarbetare,,,,1,4\n\
                    1,p3,medarbetare,,,,9,4\n\
                    2,p4,medarbetare,1.1,3,3,,\n\
                    2,p5,medarbetare,1.1,3,3,,\n\
                    1,p6,medarbetare,1.2,4,4,,\n";
        let file = read_ratings_csv(text.as_bytes(), &framework).unwrap();
        let kept = (file.input.ratings.len() + file.input.motivations.person.len()) as u64;
        assert_eq!((file.rows, kept), (9, 3));
        assert_eq!(file.skipped(), file.rows - kept, "{:#?}", file.problems);
        // Header problems in a sheet that starts further down leave no row out.
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("ratings.xlsx");
        let mut workbook = rust_xlsxwriter::Workbook::new();
        let sheet = workbook.add_worksheet();
        for (column, header) in ["person", "role", "1.1", "färg"].iter().enumerate() {
            sheet.write_string(4, column as u16 + 2, *header).unwrap();
        }
        for row in 5..8 {
            sheet.write_string(row, 2, format!("p{row}")).unwrap();
            sheet.write_string(row, 3, "medarbetare").unwrap();
            sheet.write_number(row, 4, 3.0).unwrap();
        }
        workbook.save(&path).unwrap();
        let file = read_ratings_file(&path, &framework).unwrap();
        assert_eq!(
            (file.rows, file.skipped(), file.input.ratings.len()),
            (3, 0, 3)
        );
        assert_eq!(
            file.problems
                .iter()
                .map(|p| (p.row, p.column))
                .collect::<Vec<_>>(),
            vec![(5, 6)]
        );
    }

    /// A workbook written part by part: `sheet` is the first sheet's XML, `strings` the shared
    /// strings, if any.
    fn handmade_xlsx(path: &std::path::Path, sheet: &str, strings: Option<&str>) {
        let file = std::fs::File::create(path).unwrap();
        let mut zip = zip::ZipWriter::new(file);
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        let mut part = |name: &str, text: &str| {
            zip.start_file(name, options).unwrap();
            zip.write_all(text.as_bytes()).unwrap();
        };
        part(
            "[Content_Types].xml",
            r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"#,
        );
        part(
            "_rels/.rels",
            r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#,
        );
        part(
            "xl/workbook.xml",
            r#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>"#,
        );
        part(
            "xl/_rels/workbook.xml.rels",
            r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>"#,
        );
        part(
            "xl/worksheets/sheet1.xml",
            &format!(
                r#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">{sheet}</worksheet>"#
            ),
        );
        if let Some(strings) = strings {
            part(
                "xl/sharedStrings.xml",
                &format!(r#"<?xml version="1.0" encoding="UTF-8"?>{strings}"#),
            );
        }
        zip.finish().unwrap();
    }

    fn inline(reference: &str, text: &str) -> String {
        format!(r#"<c r="{reference}" t="inlineStr"><is><t>{text}</t></is></c>"#)
    }

    const HEADER_ROW: &str = r#"<row r="1"><c r="A1" t="inlineStr"><is><t>person</t></is></c><c r="B1" t="inlineStr"><is><t>role</t></is></c><c r="C1" t="inlineStr"><is><t>1.1</t></is></c></row>"#;

    #[test]
    fn a_small_sheet_declaring_or_holding_a_far_cell_is_refused_before_it_is_allocated() {
        let framework = stockholm();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("far.xlsx");
        let mut workbook = rust_xlsxwriter::Workbook::new();
        let sheet = workbook.add_worksheet();
        sheet.write_string(0, 0, "person").unwrap();
        sheet.write_number(1_048_575, 16_383, 1.0).unwrap();
        workbook.save(&path).unwrap();
        assert!(std::fs::metadata(&path).unwrap().len() < 8_000);
        let error = read_ratings_file(&path, &framework).unwrap_err();
        assert_eq!(error.code, Code::TooLarge, "{error}");
        assert!(error.message.contains("A1:XFD1048576"), "{error}");
        // Without a dimension, two cells far apart are read as two cells, not a grid.
        let sheet = format!(
            r#"<sheetData>{HEADER_ROW}<row r="2">{}{}<c r="C2"><v>3</v></c></row><row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>"#,
            inline("A2", "p1"),
            inline("B2", "medarbetare")
        );
        handmade_xlsx(&path, &sheet, None);
        let file = read_ratings_file(&path, &framework).unwrap();
        assert_eq!((file.rows, file.input.ratings.agreed.clone()), (2, vec![3]));
        assert_eq!(file.skipped(), 1, "{:?}", file.problems);
        // A cell beyond Excel's last column is refused.
        handmade_xlsx(
            &path,
            r#"<sheetData><row r="1"><c r="ZZZZ1"><v>1</v></c></row></sheetData>"#,
            None,
        );
        let error = read_ratings_file(&path, &framework).unwrap_err();
        assert!(error.message.contains("`ZZZZ1` is not a cell"), "{error}");
    }

    #[test]
    fn shared_strings_cells_and_unpacked_size_are_checked_against_budgets() {
        let framework = stockholm();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("strings.xlsx");
        let data = format!("<sheetData>{HEADER_ROW}</sheetData>");
        // A count calamine would reserve room for.
        handmade_xlsx(
            &path,
            &data,
            Some(r#"<sst uniqueCount="1000000000000"><si><t>x</t></si></sst>"#),
        );
        let error = read_ratings_file(&path, &framework).unwrap_err();
        assert_eq!(error.code, Code::TooLarge, "{error}");
        assert!(
            error.message.contains("1000000000000 shared texts"),
            "{error}"
        );
        // A shared-formula index calamine would make a table of.
        let formula = format!(
            r#"<sheetData>{HEADER_ROW}<row r="2"><c r="C2"><f t="shared" si="4000000000" ref="C2:C3">1</f><v>1</v></c></row></sheetData>"#
        );
        handmade_xlsx(&path, &formula, None);
        let error = read_ratings_file(&path, &framework).unwrap_err();
        assert!(error.message.contains("shared formula"), "{error}");
        // Lowered budgets: cells, texts, unpacked bytes (a part that packs well).
        let many = format!(
            "<sheetData>{HEADER_ROW}{}</sheetData>",
            (2..200)
                .map(|r| format!(r#"<row r="{r}">{}<c r="B{r}" t="s"><v>0</v></c><c r="C{r}"><v>3</v></c></row>"#, inline(&format!("A{r}"), &format!("p{r}"))))
                .collect::<String>()
        );
        let padding = " ".repeat(200_000);
        handmade_xlsx(
            &path,
            &many,
            Some(&format!(
                "<sst><si><t>medarbetare</t></si><si><t>x{padding}</t></si></sst>"
            )),
        );
        let read = |limits: ReadLimits| {
            let options = ReadOptions {
                limits,
                ..ReadOptions::default()
            };
            read_ratings_file_observed(&path, &framework, &options, &mut |_, _| {})
        };
        let file = read(ReadLimits::default()).unwrap();
        assert_eq!((file.problems.len(), file.input.ratings.len()), (0, 198));
        for (limits, expected) in [
            (
                ReadLimits {
                    sheet_cells: 500,
                    ..ReadLimits::default()
                },
                "more than 500 cells",
            ),
            (
                ReadLimits {
                    shared_strings: 1,
                    ..ReadLimits::default()
                },
                "2 shared texts",
            ),
            (
                ReadLimits {
                    sheet_unpacked_bytes: 100_000,
                    ..ReadLimits::default()
                },
                "unpacks to",
            ),
            (
                ReadLimits {
                    sheet_file_bytes: 1_000,
                    ..ReadLimits::default()
                },
                "ramverk reads spreadsheets up to",
            ),
        ] {
            let error = read(limits).unwrap_err();
            assert_eq!(error.code, Code::TooLarge, "{error}");
            assert!(error.message.contains(expected), "{expected}: {error}");
        }
    }

    #[test]
    fn a_formula_without_a_saved_value_is_refused_at_its_cell() {
        let framework = stockholm();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("formula.xlsx");
        let sheet = format!(
            r#"<sheetData>{HEADER_ROW}<row r="2">{}{}<c r="C2"><f>1+2</f></c></row><row r="3">{}{}<c r="C3"><f>1+2</f><v>3</v></c></row></sheetData>"#,
            inline("A2", "p1"),
            inline("B2", "medarbetare"),
            inline("A3", "p2"),
            inline("B3", "medarbetare"),
        );
        handmade_xlsx(&path, &sheet, None);
        let file = read_ratings_file(&path, &framework).unwrap();
        assert_eq!(file.problems.len(), 1, "{:?}", file.problems);
        let problem = &file.problems[0];
        assert_eq!((problem.row, problem.column), (2, 3));
        assert!(
            problem
                .message
                .contains("cell C2 holds a formula without a saved value"),
            "{}",
            problem.message
        );
        // The formula with its value counts; the one without is left out.
        assert_eq!(
            (file.skipped(), file.input.ratings.agreed.clone()),
            (1, vec![3])
        );
    }

    #[test]
    fn an_opendocument_table_that_repeats_into_a_huge_grid_is_refused() {
        let framework = stockholm();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("repeat.ods");
        let file = std::fs::File::create(&path).unwrap();
        let mut zip = zip::ZipWriter::new(file);
        let options = zip::write::SimpleFileOptions::default();
        zip.start_file("mimetype", options).unwrap();
        zip.write_all(b"application/vnd.oasis.opendocument.spreadsheet")
            .unwrap();
        zip.start_file("content.xml", options).unwrap();
        let row = r#"<table:table-row table:number-rows-repeated="100000"><table:table-cell office:value-type="float" office:value="1" table:number-columns-repeated="16384"><text:p>1</text:p></table:table-cell></table:table-row>"#;
        write!(zip, r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet><table:table table:name="Blad1">{row}</table:table></office:spreadsheet></office:body></office:document-content>"#).unwrap();
        zip.finish().unwrap();
        let error = read_ratings_file(&path, &framework).unwrap_err();
        assert_eq!(error.code, Code::TooLarge, "{error}");
        assert!(
            error.message.contains("100000 rows × 16384 columns"),
            "{error}"
        );
    }

    #[test]
    fn the_limits_in_the_guide_are_the_defaults() {
        let guide = std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/guide.md"),
        )
        .unwrap()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
        let limits = ReadLimits::default();
        let size = ramverk_workbook::size;
        for claim in [
            format!(
                "a CSV line (or a quoted cell running over several lines) of at most {}",
                size(limits.line_bytes)
            ),
            format!("a CSV file of at most {}", size(limits.total_bytes)),
            format!(
                "a spreadsheet of at most {} as stored and {} unpacked",
                size(limits.sheet_file_bytes),
                size(limits.sheet_unpacked_bytes)
            ),
            format!(
                "hold at most {} cells, with at most {} shared texts",
                limits.sheet_cells, limits.shared_strings
            ),
        ] {
            assert!(
                guide.contains(&claim),
                "docs/guide.md does not say: {claim}"
            );
        }
    }

    #[test]
    fn binary_excel_files_are_refused_with_what_to_do() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("old.xls");
        std::fs::write(&path, b"not read at all").unwrap();
        let error = read_ratings_file(&path, &stockholm()).unwrap_err();
        assert!(
            error
                .message
                .contains("save the ratings as an Excel Workbook (.xlsx)"),
            "{error}"
        );
    }
}
