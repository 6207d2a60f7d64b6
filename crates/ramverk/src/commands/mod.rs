//! One module per subcommand.

pub mod approve;
pub mod branding;
pub mod diff;
pub mod export;
pub mod export_tables;
pub mod fork;
pub mod generate;
pub mod i18n;
pub mod import;
pub mod localize;
pub mod plugin;
pub mod plugin_options;
pub mod ratings;
pub mod schema;
pub mod score;
pub mod show;
pub mod stats;
pub mod templates;
pub mod upstream;
pub mod validate;
pub mod version;

use std::path::{Path, PathBuf};

use anyhow::Context as _;
use ramverk_check::Loaded;
use ramverk_model::Framework;
use ramverk_render::diagnostics::{self, Short};
use ramverk_source::{Code, SourceMap};

/// Loads a framework for a reading command; a framework that cannot be built is an error
/// whose message lists the findings and points at `ramverk validate`.
pub fn load_framework(path: &Path) -> anyhow::Result<(Loaded, Framework)> {
    framework_of(ramverk_check::load(path)?)
}

/// Loads a framework's texts for a translation command (expected levels are not read).
pub fn load_texts(path: &Path) -> anyhow::Result<(Loaded, Framework)> {
    framework_of(ramverk_check::load_texts(path)?)
}

/// The model of a loaded framework, or an error naming its first finding.
pub fn framework_of(loaded: Loaded) -> anyhow::Result<(Loaded, Framework)> {
    let path = loaded.path.clone();
    let path = path.as_path();
    let framework = loaded.framework.clone().with_context(|| {
        let first = loaded
            .diagnostics
            .first()
            .map(|diagnostic| diagnostics::line(&loaded.map, diagnostic))
            .unwrap_or_default();
        format!(
            "{} has {} error(s) and cannot be read; first: {first}\nrun `ramverk validate {}` for all of them",
            path.display(),
            loaded.diagnostics.len(),
            path.display()
        )
    })?;
    Ok((loaded, framework))
}

/// A reader's problems as findings with `code`, in short form (`path:line:column: message` and
/// their help), to head the error a command stops with.
pub fn problems_text(problems: ramverk_i18n::Problems, code: Code) -> String {
    let mut map = SourceMap::default();
    let found = problems.into_diagnostics(code, &mut map);
    diagnostics::short_list(&map, &found, Short::MessageOnly)
}

/// Starts `job`, which reads YAML, on a thread of `scope` with a main thread's stack
/// ([`ramverk_source::READER_STACK`]): the parser recurses once per level of nesting, and a
/// hostile file must meet the depth limit, not overflow a small thread stack.
pub fn spawn_reader<'scope, T: Send + 'scope>(
    scope: &'scope std::thread::Scope<'scope, '_>,
    job: impl FnOnce() -> T + Send + 'scope,
) -> std::thread::ScopedJoinHandle<'scope, T> {
    std::thread::Builder::new()
        .stack_size(ramverk_source::READER_STACK)
        .spawn_scoped(scope, job)
        // As `Scope::spawn` does when the system cannot start a thread.
        .expect("failed to spawn thread")
}

/// Every framework directory under `./frameworks`, for commands given no path.
pub fn default_paths() -> anyhow::Result<Vec<PathBuf>> {
    let dir = Path::new("frameworks");
    let entries = std::fs::read_dir(dir).with_context(
        || "no paths given and no ./frameworks directory here; name a framework to validate",
    )?;
    let mut paths: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.join(ramverk_check::load::ROOT_FILE).is_file())
        .collect();
    paths.sort();
    anyhow::ensure!(!paths.is_empty(), "no frameworks found under ./frameworks");
    Ok(paths)
}

/// A private folder (named `prefix…`) in the folder that will hold `target`, made if missing: new
/// files are written there, checked, and moved to `target` in one rename on the same file system.
pub fn staging_beside(target: &std::path::Path, prefix: &str) -> anyhow::Result<tempfile::TempDir> {
    let parent = match target.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_owned(),
        _ => std::path::PathBuf::from("."),
    };
    std::fs::create_dir_all(&parent)
        .with_context(|| format!("cannot create {}", parent.display()))?;
    tempfile::Builder::new()
        .prefix(prefix)
        .tempdir_in(&parent)
        .with_context(|| format!("cannot write in {}", parent.display()))
}
