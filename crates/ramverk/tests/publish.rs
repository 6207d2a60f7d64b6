//! `ramverk export --format html|markdown`, `--role`, `--templates`, branding from publish.yaml or
//! flags, and `ramverk templates export`: what a user runs, what is written, and how bad input is
//! refused (exit 2, located, nothing written).

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const STOCKHOLM: &str = "frameworks/stockholm-kultur";

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn ramverk(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_ramverk"))
        .args(args)
        .current_dir(workspace())
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .output()
        .expect("runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn path(dir: &Path, name: &str) -> String {
    dir.join(name).display().to_string()
}

#[test]
fn the_framework_page_and_a_role_page_are_written() {
    let dir = tempfile::tempdir().unwrap();
    let out = path(dir.path(), "ramverk.html");
    let run = ramverk(&["export", STOCKHOLM, "--format", "html", "-o", &out]);
    assert!(run.status.success(), "{}", text(&run.stderr));
    let html = fs::read_to_string(&out).unwrap();
    assert!(html.contains("<html lang=\"sv\">"));
    assert!(html.contains("Förväntade nivåer per roll"));

    let run = ramverk(&[
        "export", STOCKHOLM, "--format", "markdown", "--role", "chef", "--lang", "en",
    ]);
    assert!(run.status.success(), "{}", text(&run.stderr));
    let markdown = text(&run.stdout);
    assert!(markdown.starts_with("# Manager"), "{markdown}");
    assert!(markdown.contains("**Expected level**"), "{markdown}");
}

#[test]
fn an_unknown_role_suggests_the_closest_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let out = path(dir.path(), "roll.html");
    let run = ramverk(&[
        "export",
        STOCKHOLM,
        "--format",
        "html",
        "--role",
        "bibliotekarei",
        "-o",
        &out,
    ]);
    assert_eq!(run.status.code(), Some(2));
    let stderr = text(&run.stderr);
    assert!(stderr.contains("no role `bibliotekarei`"), "{stderr}");
    assert!(stderr.contains("did you mean `bibliotekarie`?"), "{stderr}");
    assert!(!Path::new(&out).exists());
}

#[test]
fn branding_from_a_file_and_flags_reaches_the_page() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("logo.svg"),
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><rect width=\"10\" height=\"10\"/></svg>",
    )
    .unwrap();
    let brand = path(dir.path(), "publish.yaml");
    fs::write(
        &brand,
        "organisation: Stockholms stad\nlogo: logo.svg\ncolors:\n  primary: \"#00558C\"\n  on_primary: \"#ffffff\"\nfooter: Kulturförvaltningen\n",
    )
    .unwrap();
    let out = path(dir.path(), "ramverk.html");
    let run = ramverk(&[
        "export",
        STOCKHOLM,
        "--format",
        "html",
        "--brand",
        &brand,
        "--footer",
        "Från flaggan",
        "-o",
        &out,
    ]);
    assert!(run.status.success(), "{}", text(&run.stderr));
    let html = fs::read_to_string(&out).unwrap();
    assert!(html.contains("Stockholms stad"));
    assert!(html.contains("src=\"data:image/svg+xml;base64,"));
    assert!(html.contains("alt=\"Stockholms stad\""));
    assert!(html.contains("--primary: #00558c;"));
    assert!(html.contains("Från flaggan"));
    assert!(!html.contains("Kulturförvaltningen</p>"));
}

/// A branding file with `content` is refused with exit 2, a message containing each of
/// `expected`, and nothing written.
fn refused(content: &str, extra: &[&str], expected: &[&str]) {
    let dir = tempfile::tempdir().unwrap();
    let brand = path(dir.path(), "publish.yaml");
    fs::write(&brand, content).unwrap();
    let out = path(dir.path(), "ramverk.html");
    let mut args = vec![
        "export", STOCKHOLM, "--format", "html", "--brand", &brand, "-o", &out,
    ];
    args.extend_from_slice(extra);
    let run = ramverk(&args);
    let stderr = text(&run.stderr);
    assert_eq!(run.status.code(), Some(2), "{stderr}");
    for part in expected {
        assert!(stderr.contains(part), "{part} in {stderr}");
    }
    assert!(!Path::new(&out).exists());
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn bad_branding_is_a_located_error_and_nothing_is_written() {
    refused(
        "colors:\n  primary: \"expression(alert(1))\"\n",
        &[],
        &["publish.yaml:2:", "colors.primary", "not a hex colour"],
    );
    refused(
        "colors:\n  primary: \"#1f3a5f; background: url(x)\"\n",
        &[],
        &["publish.yaml:2:", "not a hex colour"],
    );
    refused(
        "colors:\n  primary: #1f3a5f\n",
        &[],
        &["publish.yaml:2:", "quote hex colours"],
    );
    refused(
        "colors:\n  primary: \"#ffff00\"\n",
        &[],
        &["contrast of 1.07:1", "4.5:1"],
    );
    refused(
        "organisaton: X\n",
        &[],
        &["publish.yaml:1:1", "did you mean `organisation`?"],
    );
    refused("colors: [1, 2\n", &[], &["publish.yaml:"]);
    refused(
        "organisation: X\n",
        &["--accent-color", "red"],
        &["--accent-color", "not a hex colour"],
    );
}

#[test]
fn a_bad_logo_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let script = dir.path().join("evil.svg");
    fs::write(&script, "<svg><script>alert(1)</script></svg>").unwrap();
    refused(
        &format!("organisation: X\nlogo: {}\n", script.display()),
        &[],
        &["publish.yaml:2:1: logo", "<script>"],
    );
    let gif = dir.path().join("logo.png");
    fs::write(&gif, b"GIF89a....").unwrap();
    refused(
        &format!("organisation: X\nlogo: {}\n", gif.display()),
        &[],
        &["not a PNG, JPEG or SVG"],
    );
    let huge = dir.path().join("huge.png");
    let mut bytes = b"\x89PNG\r\n\x1a\n".to_vec();
    bytes.resize(600 * 1024, 0);
    fs::write(&huge, bytes).unwrap();
    refused(
        &format!("organisation: X\nlogo: {}\n", huge.display()),
        &[],
        &["more than the limit"],
    );
    refused(
        &format!("logo: {}\n", gif.display()),
        &[],
        &["text alternative"],
    );
    #[cfg(unix)]
    {
        let fifo = dir.path().join("fifo.png");
        let made = Command::new("mkfifo").arg(&fifo).status().unwrap();
        assert!(made.success());
        refused(
            &format!("organisation: X\nlogo: {}\n", fifo.display()),
            &[],
            &["not a regular file"],
        );
    }
}

#[test]
fn templates_export_then_override() {
    let dir = tempfile::tempdir().unwrap();
    let templates = path(dir.path(), "templates");
    let run = ramverk(&["templates", "export", &templates]);
    assert!(run.status.success(), "{}", text(&run.stderr));
    let framework_md = dir.path().join("templates/framework.md.hbs");
    assert!(framework_md.is_file());
    assert!(dir.path().join("templates/_page.html.hbs").is_file());
    // Not again without --force.
    let run = ramverk(&["templates", "export", &templates]);
    assert_eq!(run.status.code(), Some(2));
    assert!(text(&run.stderr).contains("--force"));
    assert!(
        ramverk(&["templates", "export", &templates, "--force"])
            .status
            .success()
    );

    // The exported templates give the built-in output; a change shows.
    let builtin = ramverk(&["export", STOCKHOLM, "--format", "markdown"]);
    let same = ramverk(&[
        "export",
        STOCKHOLM,
        "--format",
        "markdown",
        "--templates",
        &templates,
    ]);
    assert_eq!(text(&builtin.stdout), text(&same.stdout));
    fs::write(&framework_md, "Vår sida: {{text framework.title}}\n").unwrap();
    let changed = ramverk(&[
        "export",
        STOCKHOLM,
        "--format",
        "markdown",
        "--templates",
        &templates,
    ]);
    assert_eq!(
        text(&changed.stdout),
        "Vår sida: Ramverk för digital kompetens på kulturförvaltningen\n"
    );

    // A misspelt field in a branch never taken: refused, naming file, line and field.
    fs::write(
        &framework_md,
        "{{text framework.title}}\n{{#if false}}\n{{framework.titel}}\n{{/if}}\n",
    )
    .unwrap();
    let run = ramverk(&[
        "export",
        STOCKHOLM,
        "--format",
        "markdown",
        "--templates",
        &templates,
    ]);
    assert_eq!(run.status.code(), Some(2));
    let stderr = text(&run.stderr);
    assert!(stderr.contains("framework.md.hbs:3:1"), "{stderr}");
    assert!(stderr.contains("no field `titel`"), "{stderr}");
    assert!(stderr.contains("did you mean `title`?"), "{stderr}");

    // A template file no document has.
    fs::remove_file(&framework_md).unwrap();
    fs::write(dir.path().join("templates/framwork.md.hbs"), "x").unwrap();
    let run = ramverk(&[
        "export",
        STOCKHOLM,
        "--format",
        "markdown",
        "--templates",
        &templates,
    ]);
    assert_eq!(run.status.code(), Some(2));
    let stderr = text(&run.stderr);
    assert!(stderr.contains("`framwork.md`"), "{stderr}");
    assert!(stderr.contains("framework.md"), "{stderr}");
}
