//! The review memo (HTML and Markdown) of the diff fixtures and of the Stockholm pilot against
//! the approved version, in Swedish, Danish and English.

use std::path::{Path, PathBuf};

use ramverk_model::Framework;
use ramverk_publish::{Branding, memo};
use ramverk_render::language::Language;

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn load(path: &str) -> Framework {
    let loaded = ramverk_check::load(&workspace().join(path)).expect("loads");
    loaded.framework.expect("a framework")
}

const BASE: &str = "tests/fixtures/diff/base";
const CHANGED: &str = "tests/fixtures/diff/changed";
const PILOT: &str = "frameworks/stockholm-kultur/history/0.9.0";
const STOCKHOLM: &str = "frameworks/stockholm-kultur";

/// The memo of `old` → `new` as HTML and Markdown in `language`.
fn memos(old: &str, new: &str, language: Language) -> (String, String) {
    let (old, new) = (load(old), load(new));
    let diff = ramverk_review::diff::diff(&old, &new);
    let html = memo::html(&diff, (&old, &new), language, &Branding::default(), &[]).unwrap();
    let markdown = memo::markdown(&diff, (&old, &new), language, &[]).unwrap();
    if let Some(dir) = std::env::var_os("RAMVERK_MEMO_OUT") {
        let name = format!("{}-{}", new.version, language.tag());
        std::fs::write(Path::new(&dir).join(format!("{name}.html")), &html).unwrap();
        std::fs::write(Path::new(&dir).join(format!("{name}.md")), &markdown).unwrap();
    }
    (html, markdown)
}

#[test]
fn the_pilot_memo() {
    for language in [Language::Swedish, Language::Danish, Language::English] {
        let (html, markdown) = memos(PILOT, STOCKHOLM, language);
        insta::assert_snapshot!(format!("pilot-to-1.0.0.{}.html", language.tag()), html);
        insta::assert_snapshot!(format!("pilot-to-1.0.0.{}.md", language.tag()), markdown);
    }
}

#[test]
fn the_fixture_memo() {
    for language in [Language::Swedish, Language::Danish, Language::English] {
        let (html, markdown) = memos(BASE, CHANGED, language);
        insta::assert_snapshot!(format!("base-to-changed.{}.html", language.tag()), html);
        insta::assert_snapshot!(format!("base-to-changed.{}.md", language.tag()), markdown);
    }
}
