//! One module per subcommand.

pub mod diff;
pub mod generate;
pub mod schema;
pub mod show;
pub mod stats;
pub mod validate;

use std::path::Path;

use anyhow::Context as _;
use ramverk_core::{Framework, Loaded};

/// Loads a framework for a reading command; a framework that cannot be built is an error
/// whose message lists the findings and points at `ramverk validate`.
pub fn load_framework(path: &Path) -> anyhow::Result<(Loaded, Framework)> {
    framework_of(ramverk_core::load(path)?)
}

/// The model of a loaded framework, or an error naming its first finding.
pub fn framework_of(loaded: Loaded) -> anyhow::Result<(Loaded, Framework)> {
    let path = loaded.path.clone();
    let path = path.as_path();
    let framework = loaded.framework.clone().with_context(|| {
        let first = loaded
            .diagnostics
            .first()
            .map(|diagnostic| {
                let place = diagnostic
                    .primary
                    .as_ref()
                    .and_then(|label| loaded.map.files.get(label.file).map(|file| (file, label)))
                    .map(|(file, label)| format!("{}:{}:{}: ", file.path.display(), label.position.line, label.position.column))
                    .unwrap_or_default();
                format!("{place}{}", diagnostic.message)
            })
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
