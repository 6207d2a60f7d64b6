//! ramverk-testkit: what only tests, benchmarks and the docs generator need — synthetic frameworks,
//! reference docs, shared helpers. Never a dependency of what ships; it knows no command line.

pub mod browser;
pub mod fuzz;
pub mod plugins;
pub mod reference;
pub mod synthetic;
pub mod yaml_tree;

use std::path::{Path, PathBuf};

pub use plugins::{plugin, plugin_cache_dir};

/// The workspace root (`crates/ramverk-testkit/../..`), absolute.
pub fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .expect("the workspace root exists")
}

/// A bundled framework's directory, by name (`stockholm-kultur`).
pub fn framework_path(name: &str) -> PathBuf {
    workspace().join("frameworks").join(name)
}

/// A bundled framework, loaded and built (panics with the first finding when it cannot be).
pub fn framework(name: &str) -> ramverk_model::Framework {
    load(&framework_path(name))
}

/// The framework at `path` from the workspace root (`tests/fixtures/valid/statements`), loaded
/// and built (panics with the first finding when it cannot be).
pub fn framework_at(path: &str) -> ramverk_model::Framework {
    load(&workspace().join(path))
}

fn load(path: &Path) -> ramverk_model::Framework {
    let loaded = ramverk_check::load(path)
        .unwrap_or_else(|error| panic!("cannot load {}: {error}", path.display()));
    loaded.framework.unwrap_or_else(|| {
        panic!(
            "{} does not build: {:?}",
            path.display(),
            loaded.diagnostics.first()
        )
    })
}

/// Copies a directory tree (files and sub-directories; symbolic links are followed).
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap_or_else(|e| panic!("cannot create {}: {e}", to.display()));
    let entries =
        std::fs::read_dir(from).unwrap_or_else(|e| panic!("cannot list {}: {e}", from.display()));
    for entry in entries {
        let entry = entry.expect("directory entry");
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target)
                .unwrap_or_else(|e| panic!("cannot copy {}: {e}", entry.path().display()));
        }
    }
}
