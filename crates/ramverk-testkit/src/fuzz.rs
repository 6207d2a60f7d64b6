//! Fuzz target bodies: hostile bytes through the readers a command uses, shared by `fuzz/` and the smoke test.
//!
//! Each function takes any bytes, runs them through the same public entry points a user's
//! command would, and must never panic (errors are fine). `fuzz/fuzz_targets/<name>.rs` calls
//! them under libFuzzer; `tests/fuzz_smoke.rs` runs them over the committed corpus.

use std::cell::RefCell;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use ramverk_assess::{Rule, group_reports, person_reports, read_ratings_file, score_builtin};
use ramverk_i18n::{Translation, merge, read_exchange};
use ramverk_model::Framework;
use ramverk_render::ColorMode;

/// The names of the targets, as `fuzz/fuzz_targets/<name>.rs` and `fuzz/corpus/<name>/` spell them.
pub const TARGETS: [&str; 7] = [
    "yaml_loader",
    "ratings_csv",
    "ratings_xlsx",
    "ratings_ods",
    "po",
    "xliff",
    "diff",
];

/// Runs the target called `name` on `data` (for the smoke test); `false` for an unknown name.
pub fn run(name: &str, data: &[u8]) -> bool {
    match name {
        "yaml_loader" => yaml_loader(data),
        "ratings_csv" => ratings_csv(data),
        "ratings_xlsx" => ratings_xlsx(data),
        "ratings_ods" => ratings_ods(data),
        "po" => po(data),
        "xliff" => xliff(data),
        "diff" => diff(data),
        _ => return false,
    }
    true
}

/// The byte that splits a `diff` input into the old and the new framework file.
pub const DIFF_SEPARATOR: u8 = 0;

/// A framework file: loaded as `ramverk validate FILE` does, then checked.
pub fn yaml_loader(data: &[u8]) {
    let path = scratch("framework.yaml", data);
    if let Ok(loaded) = ramverk_check::load(&path) {
        let _ = ramverk_check::check(&loaded);
    }
    if let Ok(loaded) = ramverk_check::load_texts(&path) {
        let _ = loaded.framework;
    }
}

/// A CSV ratings file (`ramverk score`), read against a small framework and scored.
pub fn ratings_csv(data: &[u8]) {
    ratings(scratch("ratings.csv", data));
}

/// An Excel ratings file (`ramverk score ratings.xlsx`), read and scored.
pub fn ratings_xlsx(data: &[u8]) {
    ratings(scratch("ratings.xlsx", data));
}

/// An OpenDocument ratings file (`ramverk score ratings.ods`), read and scored.
pub fn ratings_ods(data: &[u8]) {
    ratings(scratch("ratings.ods", data));
}

/// A translated PO file coming back (`ramverk i18n merge`): read and merged.
pub fn po(data: &[u8]) {
    exchange(scratch("returned.po", data));
}

/// A translated XLIFF 2 file coming back (`ramverk i18n merge`): read and merged.
pub fn xliff(data: &[u8]) {
    exchange(scratch("returned.xlf", data));
}

/// Two framework files, split at the first [`DIFF_SEPARATOR`]: both loaded, compared,
/// classified and rendered as `ramverk diff` does (human, Markdown, HTML and JSON).
pub fn diff(data: &[u8]) {
    let (old, new) = match data.iter().position(|&b| b == DIFF_SEPARATOR) {
        Some(at) => (&data[..at], &data[at + 1..]),
        None => (data, data),
    };
    let old = scratch("old.yaml", old);
    let new = scratch("new.yaml", new);
    let (Some(old), Some(new)) = (built(&old), built(&new)) else {
        return;
    };
    let diff = ramverk_review::diff::diff(&old, &new);
    let _ = ramverk_review::diff::classify(&diff);
    let _ = ramverk_render::diff::human(&diff, ColorMode::plain());
    let _ = ramverk_render::diff::human(&diff, ColorMode::new(true));
    let language = ramverk_render::language::Language::of(&new.language);
    let branding = ramverk_publish::Branding::default();
    let _ = ramverk_publish::memo::markdown(&diff, (&old, &new), language, &[]);
    let _ = ramverk_publish::memo::html(&diff, (&old, &new), language, &branding, &[]);
    let _ = serde_json::to_string_pretty(&diff);
}

/// The framework the ratings and translation targets read against: `tests/fixtures/diff/base`
/// (two competences, a scale, two roles).
pub fn fixture_framework() -> &'static Framework {
    static FRAMEWORK: OnceLock<Framework> = OnceLock::new();
    FRAMEWORK.get_or_init(|| {
        let path = crate::workspace().join("tests/fixtures/diff/base");
        built(&path).unwrap_or_else(|| panic!("{} does not build", path.display()))
    })
}

fn built(path: &Path) -> Option<Framework> {
    ramverk_check::load(path).ok()?.framework
}

fn ratings(path: PathBuf) {
    let framework = fixture_framework();
    let Ok(file) = read_ratings_file(&path, framework) else {
        return;
    };
    let Ok(output) = score_builtin(framework, &file.input, Rule::default()) else {
        return;
    };
    let _ = person_reports(framework, &file.input, &output);
    let _ = group_reports(framework, &output, Some(&output), 5);
}

fn exchange(path: PathBuf) {
    let Ok(exchange) = read_exchange(&path) else {
        return;
    };
    let language = exchange.language.clone().unwrap_or_else(|| "en".into());
    let mut translation = Translation::new(path.with_extension("yaml"), &language);
    let _ = merge(fixture_framework(), &mut translation, &exchange, false);
}

thread_local! {
    /// This thread's scratch directory (removed when the thread ends).
    static SCRATCH: RefCell<Option<tempfile::TempDir>> = const { RefCell::new(None) };
}

/// Writes `data` to `name` in this thread's scratch directory: the readers take paths.
fn scratch(name: &str, data: &[u8]) -> PathBuf {
    SCRATCH.with(|cell| {
        let mut dir = cell.borrow_mut();
        let dir = dir.get_or_insert_with(|| {
            tempfile::Builder::new()
                .prefix("ramverk-fuzz-")
                .tempdir()
                .expect("a scratch directory")
        });
        let path = dir.path().join(name);
        std::fs::write(&path, data).expect("the scratch file is written");
        path
    })
}
