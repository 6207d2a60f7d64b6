//! Every HTML page ramverk writes, in every language, checked in headless Chromium (in `with_tools`):
//! zero axe-core violations at the WCAG 2.1 AA tags, no console errors, no request for anything
//! outside the page, no sideways scrolling at 1280 px or 375 px, screenshots at both widths and a
//! PDF (kept in `target/tmp/browser-checks/` to look at).
//!
//! To check a new kind of page, add it to a list below (or a list of its own with its own test):
//! a [`Page`] is the `ramverk` command line that prints it and the language it must declare.

mod support;

use std::ffi::OsString;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use support::Test;

/// The languages of the page texts (`--lang`).
const LANGUAGES: [&str; 3] = ["sv", "da", "en"];

/// One page ramverk writes: its file name, the language its `<html lang>` must say, and the
/// arguments of the `ramverk` run that prints it.
struct Page {
    name: String,
    lang: &'static str,
    args: Vec<OsString>,
}

impl Page {
    fn new(name: impl Into<String>, lang: &'static str) -> Page {
        Page {
            name: name.into(),
            lang,
            args: Vec::new(),
        }
    }

    fn args<I, S>(mut self, args: I) -> Page
    where
        I: IntoIterator<Item = S>,
        S: Into<OsString>,
    {
        self.args.extend(args.into_iter().map(Into::into));
        self
    }

    fn arg(self, arg: impl Into<OsString>) -> Page {
        self.args([arg])
    }

    /// With `--lang`, unless it is the framework's own language (then the page as most users get it).
    fn lang_arg(self, source_language: &str) -> Page {
        if self.lang == source_language {
            self
        } else {
            let lang = self.lang;
            self.args(["--lang", lang])
        }
    }
}

/// Ratings for the Stockholm framework: two full rounds and a small one for the per-person report.
struct Rounds {
    dir: tempfile::TempDir,
}

impl Rounds {
    fn new() -> Rounds {
        let dir = tempfile::tempdir().unwrap();
        for (name, extra) in [
            ("round1", vec!["--round", "1"]),
            ("round2", vec!["--round", "2"]),
            ("small", vec!["--round", "2", "--persons", "12"]),
        ] {
            Test::new()
                .args(["ratings", "generate", "frameworks/stockholm-kultur"])
                .args(extra)
                .arg("-o")
                .arg(dir.path().join(format!("{name}.csv")))
                .run();
        }
        Rounds { dir }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(format!("{name}.csv"))
    }
}

/// `ramverk score --format html`: with and without an earlier round, per person, with hidden groups.
fn assessment_reports(rounds: &Rounds) -> Vec<Page> {
    let score = |name: String, lang, ratings: &str| {
        Page::new(name, lang)
            .args(["score", "frameworks/stockholm-kultur", "--format", "html"])
            .arg("--ratings")
            .arg(rounds.path(ratings))
            .lang_arg("sv")
    };
    let mut pages = Vec::new();
    for lang in LANGUAGES {
        pages.push(
            score(format!("report-compared-{lang}"), lang, "round2")
                .arg("--compare")
                .arg(rounds.path("round1")),
        );
        pages.push(score(format!("report-{lang}"), lang, "round1"));
        pages.push(
            score(format!("report-per-person-{lang}"), lang, "small").args([
                "--per-person",
                "--min-group",
                "3",
            ]),
        );
    }
    // Hidden groups: area 6 and one more in the charts and tables; then everything.
    for (name, min_group) in [
        ("report-hidden-areas-sv", "200"),
        ("report-all-hidden-sv", "5000"),
    ] {
        pages.push(
            score(name.to_owned(), "sv", "round2")
                .arg("--compare")
                .arg(rounds.path("round1"))
                .args(["--min-group", min_group]),
        );
    }
    pages
}

/// `ramverk diff --format html`: the pilot → 1.0.0 memo, synthetic changes and no change (in a
/// Swedish and a Danish framework).
fn review_memos() -> Vec<Page> {
    let mut pages: Vec<Page> = LANGUAGES
        .into_iter()
        .map(|lang| {
            Page::new(format!("memo-pilot-{lang}"), lang)
                .args([
                    "diff",
                    "frameworks/stockholm-kultur/history/0.9.0",
                    "frameworks/stockholm-kultur",
                    "--format",
                    "html",
                ])
                .lang_arg("sv")
        })
        .collect();
    pages.push(Page::new("memo-changed-sv", "sv").args([
        "diff",
        "tests/fixtures/diff/base",
        "tests/fixtures/diff/changed",
        "--format",
        "html",
    ]));
    // Competence statements, learning outcomes, steps, a glossary and a licence.
    pages.push(Page::new("memo-statements-en", "en").args([
        "diff",
        "tests/fixtures/diff/statements-base",
        "tests/fixtures/diff/statements-changed",
        "--format",
        "html",
    ]));
    // A framework written in Danish, read as it is and in Swedish and English.
    for lang in LANGUAGES {
        pages.push(
            Page::new(format!("memo-unchanged-kl-{lang}"), lang)
                .args([
                    "diff",
                    "frameworks/kl-kompetencehjul",
                    "frameworks/kl-kompetencehjul",
                    "--format",
                    "html",
                ])
                .lang_arg("da"),
        );
    }
    pages.push(Page::new("memo-unchanged-sv", "sv").args([
        "diff",
        "tests/fixtures/diff/base",
        "tests/fixtures/diff/reformatted",
        "--format",
        "html",
    ]));
    pages
}

/// `ramverk export --format html`: each bundled framework's page in each language, the page of one
/// Stockholm role in each language, a branded page, and the pages with competence statements,
/// learning outcomes, steps, a glossary and a licence: DigComp 3.0 (a large page) and the
/// statements fixture, in English, the only language they have.
fn framework_pages() -> Vec<Page> {
    let mut pages = Vec::new();
    for (framework, source) in [
        ("stockholm-kultur", "sv"),
        ("kl-kompetencehjul", "da"),
        ("kl-kompetencekatalog", "da"),
    ] {
        for lang in LANGUAGES {
            pages.push(
                Page::new(format!("framework-{framework}-{lang}"), lang)
                    .args([
                        "export",
                        &format!("frameworks/{framework}"),
                        "--format",
                        "html",
                    ])
                    .lang_arg(source),
            );
        }
    }
    for lang in LANGUAGES {
        pages.push(
            Page::new(format!("role-bibliotekarie-{lang}"), lang)
                .args([
                    "export",
                    "frameworks/stockholm-kultur",
                    "--format",
                    "html",
                    "--role",
                    "bibliotekarie",
                ])
                .lang_arg("sv"),
        );
    }
    pages.push(Page::new("framework-branded-sv", "sv").args([
        "export",
        "frameworks/stockholm-kultur",
        "--format",
        "html",
        "--organisation",
        "Stockholms stad",
        "--footer",
        "Kulturförvaltningen · Box 16113 · 103 22 Stockholm",
        "--primary-color",
        "#006ba6",
    ]));
    for (name, path) in [
        ("framework-digcomp-3-en", "frameworks/digcomp-3"),
        ("framework-statements-en", "tests/fixtures/valid/statements"),
    ] {
        pages.push(Page::new(name, "en").args(["export", path, "--format", "html"]));
    }
    pages
}

/// Writes every page into `target/tmp/browser-checks/<group>/`, checks them in one browser run and
/// fails with every problem of every page.
fn check_all(group: &str, pages: Vec<Page>) {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("browser-checks")
        .join(group);
    if dir.exists() {
        fs::remove_dir_all(&dir).unwrap();
    }
    fs::create_dir_all(&dir).unwrap();
    let files: Vec<PathBuf> = pages
        .iter()
        .map(|page| {
            // --lang reads a translation and notes on stderr what is left untranslated.
            let html = Test::new().args(&page.args).any_stderr().run().stdout;
            let file = dir.join(format!("{}.html", page.name));
            fs::write(&file, html).unwrap();
            file
        })
        .collect();
    let reports = ramverk_testkit::browser::check_pages(&files, &dir.join("browser"));

    let mut failures = String::new();
    for (page, report) in pages.iter().zip(&reports) {
        let mut problems = report.problems();
        if report.lang != page.lang {
            problems.push(format!(
                "<html lang=\"{}\">, expected {:?}",
                report.lang, page.lang
            ));
        }
        for view in &report.views {
            if let Err(problem) = png_width(&view.screenshot, view.width) {
                problems.push(problem);
            }
        }
        let pdf = fs::read(&report.pdf).unwrap_or_default();
        if !pdf.starts_with(b"%PDF-") || pdf.len() < 2_000 {
            problems.push(format!("{} is not a printed page", report.pdf.display()));
        }
        if !problems.is_empty() {
            let _ = writeln!(
                failures,
                "\n{} ({}; ramverk {}):",
                page.name,
                report.page.display(),
                page.args
                    .iter()
                    .map(|a| a.to_string_lossy())
                    .collect::<Vec<_>>()
                    .join(" ")
            );
            for problem in problems {
                let _ = writeln!(failures, "  - {problem}");
            }
        }
    }
    assert!(
        failures.is_empty(),
        "pages that fail the browser checks:\n{failures}"
    );
}

/// A PNG of the given width (a full-page screenshot: the height is the page's), and not a blank one.
fn png_width(path: &Path, width: u32) -> Result<(), String> {
    let bytes = fs::read(path).map_err(|e| format!("no screenshot {}: {e}", path.display()))?;
    if bytes.len() < 24 || !bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        return Err(format!("{} is not a PNG", path.display()));
    }
    let found = u32::from_be_bytes(bytes[16..20].try_into().unwrap());
    if found != width {
        return Err(format!(
            "{} is {found} px wide, not {width}",
            path.display()
        ));
    }
    if bytes.len() < 10_000 {
        return Err(format!("{} looks blank", path.display()));
    }
    Ok(())
}

#[test]
fn a_passage_left_in_swedish_is_marked_with_its_language() {
    // Competence 5.3 was removed before it was translated: the English memo shows its Swedish title.
    let html = Test::new()
        .args([
            "diff",
            "frameworks/stockholm-kultur/history/0.9.0",
            "frameworks/stockholm-kultur",
            "--format",
            "html",
            "--lang",
            "en",
        ])
        .any_stderr()
        .run()
        .stdout;
    assert!(html.contains("<html lang=\"en\">"), "{html}");
    assert!(
        html.contains(
            "<span lang=\"sv\">[sv] Kreativ och effektiv användning av digital teknik</span> <span class=\"id\">5.3</span>"
        ),
        "{html}"
    );
}

#[test]
fn charts_are_described_in_words() {
    let dir = tempfile::tempdir().unwrap();
    for round in ["1", "2"] {
        Test::new()
            .args(["ratings", "generate", "frameworks/stockholm-kultur"])
            .args(["--round", round, "--persons", "60", "-o"])
            .arg(dir.path().join(format!("{round}.csv")))
            .run();
    }
    let html = Test::new()
        .args(["score", "frameworks/stockholm-kultur", "--format", "html"])
        .arg("--ratings")
        .arg(dir.path().join("2.csv"))
        .arg("--compare")
        .arg(dir.path().join("1.csv"))
        .args(["--min-group", "1"])
        .run()
        .stdout;
    for chart in ["mean", "need", "motivation"] {
        assert!(
            html.contains(&format!(
                "role=\"img\" aria-labelledby=\"chart-{chart}-title\" aria-describedby=\"chart-{chart}-description\""
            )),
            "{html}"
        );
        // The description says where the figures are: in the table inside the same figure, one
        // row per area with the earlier and the present round.
        let start = html
            .find(&format!("<figure class=\"chart\" id=\"chart-{chart}\">"))
            .expect("the chart's figure");
        let figure = &html[start..start + html[start..].find("</figure>").unwrap()];
        assert!(figure.contains("<table"), "{figure}");
        for area in ["1 Information", "5 Problemlösning", "6 Digitalisering"] {
            assert!(figure.contains(area), "{area:?} in {figure}");
        }
    }
}

#[test]
fn the_docs_name_the_pinned_tools_and_the_rules() {
    let docs = fs::read_to_string(support::workspace().join("docs/accessibility.md")).unwrap();
    let lock: serde_json::Value = serde_json::from_str(
        &fs::read_to_string(support::workspace().join("tests/browser/package-lock.json")).unwrap(),
    )
    .unwrap();
    for package in ["axe-core", "playwright-core"] {
        let version = lock["packages"][format!("node_modules/{package}")]["version"]
            .as_str()
            .expect("locked");
        assert!(
            docs.contains(&format!("| {package} | {version} |")),
            "docs/accessibility.md does not name {package} {version}"
        );
    }
    for tag in ramverk_testkit::browser::WCAG_21_AA {
        assert!(docs.contains(&format!("`{tag}`")), "{tag}");
    }
}

/// The tests that need Node.js, the npm packages in tests/browser and Chromium:
/// `--skip with_tools` leaves them out.
mod with_tools {
    use super::*;

    /// A page with one of each problem: the checks find every one, so a clean page means something.
    #[test]
    fn the_browser_checks_find_each_kind_of_problem() {
        let dir = tempfile::tempdir().unwrap();
        let page = dir.path().join("broken.html");
        fs::write(
            &page,
            "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>broken</title></head><body>\
             <h1>Broken</h1><h4>skipped levels</h4>\
             <p style=\"color:#aaa;background:#fff\">low contrast</p><img src=\"missing.png\">\
             <div style=\"overflow-x:auto\" role=\"region\" aria-label=\"wide\" tabindex=\"0\"><div style=\"width:3000px\">a wide region</div></div>\
             <div style=\"width:900px\">wider than a phone</div>\
             <script>console.error('ramverk-console-check')</script></body></html>",
        )
        .unwrap();
        let report = ramverk_testkit::browser::check_html(&page);
        let problems = report.problems().join("\n");
        for expected in [
            "the <html> element has no lang",
            "axe html-has-lang (wcag21aa",
            "axe color-contrast (wcag21aa",
            "axe image-alt (wcag21aa",
            "axe landmark-one-main (structure",
            "axe region (structure",
            "axe heading-order (structure",
            "console: console.error: ramverk-console-check",
            "console: request failed: file://",
            "missing.png: it is not self-contained",
            "scrolls sideways at 375 px (phone view): the page is 9",
            "scrolls sideways at 1280 px (desktop view), in div \"wide\"",
        ] {
            assert!(
                problems.contains(expected),
                "no {expected:?} in\n{problems}"
            );
        }
        assert!(
            !problems.contains("scrolls sideways at 1280 px (desktop view): the page"),
            "900 px fits a desktop\n{problems}"
        );
        for view in &report.views {
            assert!(png_width(&view.screenshot, view.width).is_ok() || view.name == "phone");
        }
        assert!(fs::read(&report.pdf).unwrap().starts_with(b"%PDF-"));
    }

    #[test]
    fn assessment_reports_pass_axe_wcag21_aa_in_chromium_at_desktop_and_phone_width() {
        let rounds = Rounds::new();
        check_all("assessment-reports", assessment_reports(&rounds));
    }

    #[test]
    fn review_memos_pass_axe_wcag21_aa_in_chromium_at_desktop_and_phone_width() {
        check_all("review-memos", review_memos());
    }

    #[test]
    fn framework_and_role_pages_pass_axe_wcag21_aa_in_chromium_at_desktop_and_phone_width() {
        check_all("framework-pages", framework_pages());
    }
}
