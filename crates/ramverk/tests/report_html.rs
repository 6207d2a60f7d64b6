//! `ramverk score --format html`: a self-contained page with SVG charts, checked as text and in a
//! real headless Chromium (in `with_tools`; scripts/install-test-tools.sh installs it).

mod support;

use std::fs;
use std::path::{Path, PathBuf};
use std::time::Duration;

use ramverk_testkit::copy_dir;
use support::{Test, workspace};

/// The Stockholm areas, all with well over 200 persons except area 6 (110).
const AREAS: usize = 6;

/// Markup in the copied framework's texts, which must reach the page as text.
const TITLE: &str = "Ramverk <b>& kompetens";
const AREA_TITLE: &str = "Information <b>& data";
const ACTIVITY: &str = "Läraktivitet <i>& fördjupning";

/// Two generated rounds and a copy of the Stockholm framework with markup in its title, the
/// first area's title and a learning activity.
struct Rounds {
    dir: tempfile::TempDir,
}

impl Rounds {
    fn new() -> Rounds {
        let dir = tempfile::tempdir().unwrap();
        let framework = dir.path().join("stockholm-kultur");
        copy_dir(&workspace().join("frameworks/stockholm-kultur"), &framework);
        replace(
            &framework.join("framework.yaml"),
            "title: Ramverk för digital kompetens på kulturförvaltningen",
            &format!("title: \"{TITLE}\""),
        );
        let area = framework.join("areas/1-information-och-datakunnighet.yaml");
        replace(
            &area,
            "title: Information – och datakunnighet",
            &format!("title: \"{AREA_TITLE}\""),
        );
        replace(
            &area,
            "Exempel på läraaktivitet inom kompetensen är fördjupad",
            ACTIVITY,
        );
        for round in ["1", "2"] {
            Test::new()
                .args([
                    "ratings",
                    "generate",
                    "frameworks/stockholm-kultur",
                    "--round",
                    round,
                    "-o",
                ])
                .arg(dir.path().join(format!("round{round}.csv")))
                .run();
        }
        Rounds { dir }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// Round 2 compared with round 1, as HTML.
    fn page(&self, extra: &[&str]) -> String {
        Test::new()
            .arg("score")
            .arg(self.path("stockholm-kultur"))
            .arg("--ratings")
            .arg(self.path("round2.csv"))
            .arg("--compare")
            .arg(self.path("round1.csv"))
            .args(["--format", "html"])
            .args(extra)
            .run()
            .stdout
    }
}

#[track_caller]
fn replace(file: &Path, from: &str, to: &str) {
    let text = fs::read_to_string(file).unwrap();
    assert!(text.contains(from), "{} lacks {from:?}", file.display());
    fs::write(file, text.replacen(from, to, 1)).unwrap();
}

/// Every `<tag …>…</tag>` element of a kind whose opening tag starts with `open`, as text.
fn elements<'a>(page: &'a str, open: &str, close: &str) -> Vec<&'a str> {
    page.match_indices(open)
        .map(|(start, _)| {
            let end = page[start..]
                .find(close)
                .map_or(page.len(), |e| start + e + close.len());
            &page[start..end]
        })
        .collect()
}

/// The text of some HTML, without its tags.
fn text_of(html: &str) -> String {
    html.split('<')
        .map(|part| part.split_once('>').map_or(part, |(_, text)| text))
        .collect()
}

fn count(text: &str, needle: &str) -> usize {
    text.matches(needle).count()
}

#[test]
fn html_page_is_self_contained_escaped_and_hides_small_groups() {
    let page = Rounds::new().page(&["--min-group", "11"]);
    assert!(
        page.starts_with("<!DOCTYPE html>\n<html lang=\"sv\">"),
        "{}",
        &page[..200.min(page.len())]
    );
    assert!(page.contains(
        "<title>Ramverk &lt;b&gt;&amp; kompetens — resultat av kompetensskattningen</title>"
    ));
    let lower = page.to_lowercase();
    for external in [
        "src=\"http",
        "href=\"http",
        "<script",
        "<link",
        "url(http",
        "@import",
        "<iframe",
        "<img",
    ] {
        assert!(
            !lower.contains(external),
            "the page must not load anything: found {external:?}"
        );
    }
    assert!(
        !page.contains("<b>&"),
        "markup from the framework must be escaped"
    );
    assert!(page.contains("1 Information &lt;b&gt;&amp; data"));
    for heading in [
        "Nyckeltal för alla",
        "Kompetensområdena i överblick",
        "Per kompetensområde",
        "Per roll",
        "Per enhet",
        "Per kompetens",
    ] {
        assert!(
            elements(&page, "<h2", "</h2>")
                .iter()
                .any(|h2| text_of(h2) == *heading),
            "no heading {heading:?}"
        );
    }

    let suppressed = elements(&page, "<tr class=\"suppressed\">", "</tr>");
    assert_eq!(
        suppressed.len(),
        6,
        "Systemägare, Systemansvarig, 6.7 and 6.8 have fewer than 11 persons; 6.3 and 6.4 are \
         hidden too, so that 6.7 and 6.8 cannot be worked out from area 6: {suppressed:#?}"
    );
    for row in &suppressed {
        let figures = text_of(row.split_once("</th>").expect("a row heading").1)
            .replace("färre än 11 personer", "");
        assert!(
            !figures.contains(|c: char| c.is_ascii_digit()),
            "a suppressed group shows a number: {row}"
        );
    }
    let system_administrators: Vec<&str> = elements(&page, "<tr", "</tr>")
        .into_iter()
        .filter(|r| r.contains("Systemansvarig"))
        .collect();
    assert!(
        system_administrators
            .iter()
            .all(|r| r.starts_with("<tr class=\"suppressed\">")),
        "{system_administrators:#?}"
    );

    let charts = elements(&page, "<svg", "</svg>");
    assert_eq!(
        charts.len(),
        3,
        "mean rating, ratings with a need, high motivation"
    );
    for chart in charts {
        assert_eq!(
            count(chart, "class=\"bar now\""),
            AREAS,
            "one bar per area for round 2\n{chart}"
        );
        assert_eq!(
            count(chart, "class=\"bar before\""),
            AREAS,
            "one bar per area for round 1\n{chart}"
        );
        assert!(
            chart.contains("url(#hatch-"),
            "the earlier round is hatched, not only coloured"
        );
    }
}

#[test]
fn charts_show_a_suppressed_area_without_bars_or_figures() {
    let page = Rounds::new().page(&["--min-group", "200"]);
    for chart in elements(&page, "<svg", "</svg>") {
        assert_eq!(
            count(chart, "class=\"bar now\""),
            AREAS - 2,
            "area 6 has 110 persons, and one more area is hidden so that everyone minus the \
             others does not give area 6 away\n{chart}"
        );
        assert_eq!(count(chart, "class=\"bar before\""), AREAS - 2);
        let area_6 = elements(chart, "<g class=\"area\">", "</g>")
            .into_iter()
            .find(|g| g.contains("6 Digitalisering"))
            .expect("area 6 is listed");
        assert!(
            area_6.contains("dold för att skydda enskilda (färre än 200 personer"),
            "{area_6}"
        );
        assert!(
            !area_6.contains("<rect") && !area_6.contains("bar-value"),
            "{area_6}"
        );
        let note = elements(area_6, "<text class=\"suppressed\"", "</text>");
        assert_eq!(
            note.iter().map(|t| text_of(t)).collect::<Vec<_>>(),
            ["dold för att skydda enskilda"],
            "the note fits the chart; its explanation is in the tooltip, the description and the \
             privacy line"
        );
    }
}

#[test]
fn per_person_section_lists_every_person_with_escaped_learning_activities() {
    let page = Rounds::new().page(&["--per-person"]);
    assert!(page.contains("<h2>Personer</h2>"));
    assert_eq!(count(&page, "<section class=\"person\">"), 1098);
    assert!(
        count(&page, "<tr class=\"need\">") > 100,
        "needs are marked by row, not only by colour"
    );
    assert!(
        page.contains("<li>Läraktivitet &lt;i&gt;&amp; fördjupning"),
        "the learning activity of 1.1 for a need, escaped"
    );
    assert!(!page.contains("<i>&"));
}

/// Two small generated rounds of the Stockholm framework in the working directory `dir`, read by
/// their file names so that the report names them the same on every machine.
fn small_rounds() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for round in ["1", "2"] {
        Test::new()
            .args([
                "ratings",
                "generate",
                "frameworks/stockholm-kultur",
                "--persons",
                "40",
            ])
            .args(["--round", round, "-o"])
            .arg(dir.path().join(format!("round{round}.csv")))
            .run();
    }
    dir
}

#[test]
fn the_report_in_every_language_as_html_and_markdown() {
    let dir = small_rounds();
    let framework = workspace().join("frameworks/stockholm-kultur");
    for language in ["sv", "da", "en"] {
        let report = |format: &str, extra: &[&str]| {
            Test::new()
                .current_dir(dir.path())
                .arg("score")
                .arg(&framework)
                .args(["--ratings", "round2.csv", "--compare", "round1.csv"])
                .args(["--min-group", "5", "--lang", language, "--format", format])
                .args(extra)
                .any_stderr()
                .run()
                .stdout
        };
        let html = report("html", &[]);
        let markdown = report("markdown", &["--per-person"]);
        let (privacy, complementary) = match language {
            "sv" => (
                "visas inte, för att skydda enskilda",
                "(sekundärt röjandeskydd)",
            ),
            "da" => (
                "vises ikke for at beskytte enkeltpersoner",
                "(sekundær diskretionering)",
            ),
            _ => (
                "groups under 5 persons suppressed",
                "(complementary suppression)",
            ),
        };
        assert!(
            markdown.contains(privacy) && markdown.contains(complementary),
            "{markdown}"
        );
        assert!(html.contains(complementary), "{html}");
        for text in [&html, &markdown] {
            assert!(!text.contains("[report-"), "a message is missing: {text}");
        }
        insta::assert_snapshot!(format!("report.{language}.html"), html);
        insta::assert_snapshot!(format!("report.{language}.md"), markdown);
    }
}

/// The tests that need Chromium: `--skip with_tools` leaves them out.
mod with_tools {
    use super::*;

    #[test]
    fn html_page_renders_in_headless_chromium_without_console_errors() {
        let browser = ramverk_testkit::browser::chromium();
        let rounds = Rounds::new();
        let page = rounds.path("report.html");
        fs::write(&page, rounds.page(&["--min-group", "11"])).unwrap();

        let control = rounds.path("control.html");
        fs::write(&control, "<!DOCTYPE html><title>control</title><script>console.error('ramverk-console-check')</script>").unwrap();
        let logged = headless(&browser, &rounds.path("profile-control"), &[], &control);
        assert!(
            logged.stderr.contains("ramverk-console-check"),
            "Chromium did not log the control page's console message to stderr, so console errors would go unseen\n{}",
            logged.stderr
        );

        let screenshot = rounds.path("report.png");
        let run = headless(
            &browser,
            &rounds.path("profile"),
            &[
                format!("--screenshot={}", screenshot.display()),
                "--window-size=1280,2400".into(),
            ],
            &page,
        );
        let console: Vec<&str> = run
            .stderr
            .lines()
            .filter(|l| l.contains(":CONSOLE") || l.contains("Uncaught"))
            .collect();
        assert!(
            console.is_empty(),
            "the page wrote to the console:\n{}",
            console.join("\n")
        );
        for heading in [
            "<h1>Ramverk &lt;b&gt;&amp; kompetens",
            "Nyckeltal för alla",
            "Kompetensområdena i överblick",
            "<h2>Per roll</h2>",
            "<h2>Per kompetens</h2>",
        ] {
            assert!(
                run.dom.contains(heading),
                "the rendered page lacks {heading:?}"
            );
        }
        assert_eq!(
            count(&run.dom, "<svg"),
            3,
            "three charts in the rendered page"
        );
        assert!(
            !run.dom.contains("<b>&"),
            "the framework's title became markup in the browser"
        );
        assert_png(&screenshot, 1280, 2400);
    }

    /// What a headless run printed: the DOM after loading (stdout) and the browser's log (stderr).
    struct Rendered {
        dom: String,
        stderr: String,
    }

    /// Loads a page in headless Chromium with console logging on stderr and `--dump-dom`; the run must succeed.
    fn headless(browser: &Path, profile: &Path, extra: &[String], page: &Path) -> Rendered {
        let output = assert_cmd::Command::new(browser)
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--enable-logging=stderr",
                "--v=0",
                "--dump-dom",
            ])
            .arg(format!("--user-data-dir={}", profile.display()))
            .args(extra)
            .arg(format!("file://{}", page.display()))
            .timeout(Duration::from_secs(120))
            .output()
            .unwrap_or_else(|error| panic!("cannot run {}: {error}", browser.display()));
        let rendered = Rendered {
            dom: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        };
        assert!(
            output.status.success(),
            "{} failed on {} ({})\n{}",
            browser.display(),
            page.display(),
            output.status,
            rendered.stderr
        );
        rendered
    }

    /// The file is a PNG of the given size, and not a blank one.
    #[track_caller]
    fn assert_png(path: &Path, width: u32, height: u32) {
        let bytes = fs::read(path)
            .unwrap_or_else(|error| panic!("no screenshot at {}: {error}", path.display()));
        assert!(
            bytes.len() > 24 && bytes.starts_with(b"\x89PNG\r\n\x1a\n"),
            "{} is not a PNG",
            path.display()
        );
        let size = |at: usize| u32::from_be_bytes(bytes[at..at + 4].try_into().unwrap());
        assert_eq!((size(16), size(20)), (width, height), "screenshot size");
        assert!(
            bytes.len() > 50_000,
            "a {}-byte screenshot looks blank",
            bytes.len()
        );
    }
}
