//! HTML pages checked in headless Chromium: axe-core at the WCAG 2.1 AA tags (and on landmarks and headings), console errors, sideways scrolling, screenshots and a PDF (tests/browser/check.mjs).

use std::fmt::Write as _;
use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde::Deserialize;

/// The script that installs every outside tool the tests need.
pub const INSTALL_SCRIPT: &str = "scripts/install-test-tools.sh";

/// The browsers looked for on PATH, in this order.
pub const BROWSERS: [&str; 3] = ["chromium", "chromium-browser", "google-chrome"];

/// The axe-core tags every page is checked against: WCAG 2.0 and 2.1, levels A and AA.
pub const WCAG_21_AA: [&str; 4] = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/// From this width on (a desktop window), nothing may scroll sideways, not even a wide table in a
/// region of its own; narrower (a phone), such a region may (WCAG 1.4.10 lets data tables scroll).
pub const DESKTOP_WIDTH: u32 = 1280;

/// A run that has not finished by then is hung; it is killed and the test fails.
const HANG_GUARD: Duration = Duration::from_secs(30 * 60);

/// What the browser found on one page.
#[derive(Debug, Clone, Deserialize)]
pub struct BrowserReport {
    /// The page checked.
    pub page: PathBuf,
    /// The `lang` of the `<html>` element, as the browser read it.
    pub lang: String,
    /// axe-core's violations of the WCAG 2.1 AA rules and of its best-practice rules on landmarks,
    /// headings and table scopes, one per rule and element.
    pub violations: Vec<Violation>,
    /// Console errors and warnings, uncaught exceptions and failed requests while loading.
    pub console_errors: Vec<String>,
    /// Every URL the page asked for besides itself and `data:` URLs (a self-contained page asks for none).
    pub requests: Vec<String>,
    /// The page at desktop width (1280 × 800) and phone width (375 × 812).
    pub views: Vec<View>,
    /// The page printed to PDF, A4.
    pub pdf: PathBuf,
}

/// One axe-core violation on one element.
#[derive(Debug, Clone, Deserialize)]
pub struct Violation {
    /// The axe rule, e.g. `color-contrast`.
    pub id: String,
    /// `wcag21aa` (a rule tagged wcag2a, wcag2aa, wcag21a or wcag21aa) or `structure` (one of
    /// axe's best-practice rules on landmarks, headings and table scopes).
    pub rule_set: String,
    /// minor, moderate, serious or critical.
    pub impact: String,
    /// What the rule asks for, in a sentence.
    pub help: String,
    /// Where the rule is explained.
    pub help_url: String,
    /// The view (desktop or phone) it was first found in.
    pub view: String,
    /// The element's CSS selector.
    pub target: String,
    /// The element's opening markup.
    pub html: String,
    /// What is wrong with this element.
    pub failure: String,
}

/// The page at one viewport size.
#[derive(Debug, Clone, Deserialize)]
pub struct View {
    /// `desktop` or `phone`.
    pub name: String,
    /// The viewport's width in CSS pixels.
    pub width: u32,
    /// The viewport's height in CSS pixels.
    pub height: u32,
    /// The document's visible width (the viewport less any scroll bar).
    pub client_width: u32,
    /// The document's full width: wider than `client_width` means the page scrolls sideways.
    pub scroll_width: u32,
    /// The outermost elements reaching beyond the viewport's right edge.
    pub overflowing: Vec<String>,
    /// The elements that scroll sideways themselves (a wide table in a scrolling region).
    pub scrolling_regions: Vec<String>,
    /// A full-page PNG screenshot at this width.
    pub screenshot: PathBuf,
}

impl View {
    /// Whether the page scrolls sideways at this width.
    pub fn overflows(&self) -> bool {
        self.scroll_width > self.client_width
    }
}

impl BrowserReport {
    /// The views in which the page scrolls sideways.
    pub fn horizontal_overflow(&self) -> Vec<&View> {
        self.views.iter().filter(|v| v.overflows()).collect()
    }

    /// Every problem found, readably (empty when the page passes): violations with their rule,
    /// impact, help and element, console errors, requests, sideways scrolling, a missing `lang`.
    pub fn problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        if self.lang.trim().is_empty() {
            problems.push("the <html> element has no lang".to_owned());
        }
        for v in &self.violations {
            let mut text = format!(
                "axe {} ({}, {}, {} view): {}\n      at {}\n      {}",
                v.id, v.rule_set, v.impact, v.view, v.help, v.target, v.html
            );
            for line in v.failure.lines() {
                let _ = write!(text, "\n      {line}");
            }
            let _ = write!(text, "\n      see {}", v.help_url);
            problems.push(text);
        }
        for error in &self.console_errors {
            problems.push(format!("console: {error}"));
        }
        for request in &self.requests {
            problems.push(format!(
                "the page loads {request}: it is not self-contained"
            ));
        }
        for view in self.horizontal_overflow() {
            problems.push(format!(
                "scrolls sideways at {} px ({} view): the page is {} px wide; too wide: {}",
                view.width,
                view.name,
                view.scroll_width,
                view.overflowing.join("; ")
            ));
        }
        for view in self.views.iter().filter(|v| v.width >= DESKTOP_WIDTH) {
            for region in &view.scrolling_regions {
                problems.push(format!(
                    "scrolls sideways at {} px ({} view), in {region}",
                    view.width, view.name
                ));
            }
        }
        problems
    }
}

/// Checks one page; the screenshots and PDF go to a directory beside it, `<page>.browser/`.
pub fn check_html(page: &Path) -> BrowserReport {
    let out = page.with_extension("browser");
    check_pages(&[page.to_path_buf()], &out)
        .pop()
        .expect("one report per page")
}

/// Checks pages in one browser run, writing `out/<name>/desktop.png`, `phone.png` and `print.pdf`
/// for each page (`name`: its file name without `.html`, which must differ between the pages). Panics, naming [`INSTALL_SCRIPT`], when node, the npm packages or Chromium
/// are missing; panics when the run fails.
pub fn check_pages(pages: &[PathBuf], out: &Path) -> Vec<BrowserReport> {
    let browser = chromium();
    let node = on_path("node")
        .unwrap_or_else(|| missing_tool("Node.js (`node` on PATH; Debian package nodejs)"));
    let dir = crate::workspace().join("tests/browser");
    for package in ["axe-core", "playwright-core"] {
        if !dir
            .join("node_modules")
            .join(package)
            .join("package.json")
            .is_file()
        {
            missing_tool(&format!(
                "the npm package {package} in tests/browser/node_modules (npm ci in tests/browser)"
            ));
        }
    }
    let mut names: Vec<_> = pages.iter().map(|p| p.file_stem()).collect();
    names.sort();
    names.dedup();
    assert_eq!(
        names.len(),
        pages.len(),
        "two pages with the same name: {pages:?}"
    );
    if out.exists() {
        std::fs::remove_dir_all(out)
            .unwrap_or_else(|e| panic!("cannot empty {}: {e}", out.display()));
    }
    std::fs::create_dir_all(out).unwrap_or_else(|e| panic!("cannot create {}: {e}", out.display()));

    let mut child = Command::new(node)
        .arg(dir.join("check.mjs"))
        .arg("--browser")
        .arg(&browser)
        .arg("--out")
        .arg(out)
        .args(pages)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run node: {e}"));
    let mut stdout = child.stdout.take().expect("piped");
    let mut stderr = child.stderr.take().expect("piped");
    let reader = std::thread::spawn(move || {
        let mut text = String::new();
        stdout.read_to_string(&mut text).map(|_| text)
    });
    let errors = std::thread::spawn(move || {
        let mut text = String::new();
        stderr.read_to_string(&mut text).map(|_| text)
    });
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("waiting for node") {
            break status;
        }
        if started.elapsed() > HANG_GUARD {
            let _ = child.kill();
            let _ = child.wait();
            panic!("tests/browser/check.mjs hung on {pages:?}; killed");
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let stdout = reader.join().expect("reader").expect("node's output");
    let stderr = errors.join().expect("reader").unwrap_or_default();
    assert!(
        status.success(),
        "tests/browser/check.mjs failed ({status}) on {pages:?}\n{stderr}"
    );
    let run: Run = serde_json::from_str(&stdout)
        .unwrap_or_else(|e| panic!("check.mjs printed no report ({e}):\n{stdout}\n{stderr}"));
    assert_eq!(run.tags, WCAG_21_AA, "check.mjs runs axe with other tags");
    assert_eq!(run.pages.len(), pages.len(), "one report per page");
    run.pages
}

/// What check.mjs prints.
#[derive(Deserialize)]
struct Run {
    tags: Vec<String>,
    pages: Vec<BrowserReport>,
}

/// A Chromium on PATH; panics, naming [`INSTALL_SCRIPT`], when there is none.
pub fn chromium() -> PathBuf {
    BROWSERS
        .iter()
        .find_map(|name| on_path(name))
        .unwrap_or_else(|| {
            missing_tool(&format!(
                "Chromium (one of {BROWSERS:?} on PATH; Debian package chromium)"
            ))
        })
}

fn on_path(program: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(program))
        .find(|candidate| candidate.is_file())
}

/// Fails, loudly, because an outside tool is missing; tests never install anything.
#[track_caller]
pub fn missing_tool(what: &str) -> ! {
    panic!(
        "this test needs {what}, which is missing; run {INSTALL_SCRIPT} (scripts/test.sh runs it \
         before the tests) and rerun, or leave out the tests that need outside tools with \
         `cargo test --workspace -- --skip with_tools`"
    )
}
