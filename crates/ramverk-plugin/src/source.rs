//! Where a plugin is loaded from: files on disk, or the plugins compiled into ramverk.

use std::path::PathBuf;

use crate::builtin::BuiltIn;

/// What to load: a plugin folder, its manifest or its `.wasm`; or a built-in plugin.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Path(PathBuf),
    BuiltIn(&'static BuiltIn),
}

/// Where a loaded plugin's manifest and component came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    Files { manifest: PathBuf, wasm: PathBuf },
    BuiltIn(&'static BuiltIn),
}

impl Location {
    /// The component's path, or `built-in:NAME`, for messages.
    pub fn component(&self) -> PathBuf {
        match self {
            Location::Files { wasm, .. } => wasm.clone(),
            Location::BuiltIn(built_in) => built_in.path(),
        }
    }
}
