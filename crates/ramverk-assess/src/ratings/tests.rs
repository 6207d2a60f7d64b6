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
        assert_eq!(from_sheet, from_csv);
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
