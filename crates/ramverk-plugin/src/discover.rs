//! Where plugins are found: the project's `plugins/`, the user's plugin folder, and paths given
//! with `--plugin`.

use std::path::{Path, PathBuf};

use crate::manifest::{Kind, MANIFEST_FILE, Manifest, ManifestError};

/// A folder searched for plugins, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchPath {
    pub dir: PathBuf,
    /// `project`, `user` or `--plugin`.
    pub origin: &'static str,
}

/// A plugin found on disk (not yet loaded).
#[derive(Debug, Clone)]
pub struct Found {
    pub manifest_path: PathBuf,
    pub manifest: Result<Manifest, ManifestError>,
    pub origin: &'static str,
}

impl Found {
    pub fn name(&self) -> Option<&str> {
        self.manifest.as_ref().ok().map(|m| m.name.as_str())
    }

    pub fn kind(&self) -> Option<Kind> {
        self.manifest.as_ref().ok().map(|m| m.kind)
    }

    /// The `.wasm` the manifest names, if the manifest is readable.
    pub fn wasm_path(&self) -> Option<PathBuf> {
        self.manifest
            .as_ref()
            .ok()
            .map(|m| self.manifest_path.with_file_name(m.wasm_file()))
    }

    /// Whether the component has been built and put beside the manifest.
    pub fn is_built(&self) -> bool {
        self.wasm_path().is_some_and(|p| p.is_file())
    }

    /// Whether this entry answers to `name`: its manifest name or an export format name.
    pub fn answers_to(&self, name: &str) -> bool {
        self.manifest
            .as_ref()
            .is_ok_and(|m| m.name == name || m.format.as_deref() == Some(name))
    }
}

/// The project's `plugins/` (under `project`), then `$RAMVERK_PLUGIN_DIR` or the user's data folder.
pub fn search_paths(project: &Path) -> Vec<SearchPath> {
    let mut paths = vec![SearchPath {
        dir: project.join("plugins"),
        origin: "project",
    }];
    let user = std::env::var_os("RAMVERK_PLUGIN_DIR")
        .filter(|d| !d.is_empty())
        .map(PathBuf::from)
        .or_else(|| {
            std::env::var_os("XDG_DATA_HOME")
                .filter(|d| !d.is_empty())
                .map(PathBuf::from)
                .or_else(|| std::env::var_os("APPDATA").map(PathBuf::from))
                .or_else(|| {
                    std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".local/share"))
                })
                .map(|base| base.join("ramverk").join("plugins"))
        });
    if let Some(dir) = user {
        paths.push(SearchPath {
            dir,
            origin: "user",
        });
    }
    paths
}

/// Every plugin in `explicit` (given with `--plugin`: a folder, manifest or `.wasm`) and in the
/// search paths' immediate subfolders, explicit ones first; a later plugin with the name of an
/// earlier one is still listed so that `plugin list` can show it as shadowed.
pub fn discover(explicit: &[PathBuf], paths: &[SearchPath]) -> Vec<Found> {
    let mut found = Vec::new();
    for path in explicit {
        found.push(read(crate::plugin::manifest_path(path), "--plugin"));
    }
    for search in paths {
        let Ok(entries) = std::fs::read_dir(&search.dir) else {
            continue;
        };
        let mut dirs: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.join(MANIFEST_FILE).is_file())
            .collect();
        dirs.sort();
        found.extend(
            dirs.into_iter()
                .map(|dir| read(dir.join(MANIFEST_FILE), search.origin)),
        );
    }
    found
}

fn read(manifest_path: PathBuf, origin: &'static str) -> Found {
    let manifest = Manifest::read(&manifest_path);
    Found {
        manifest_path,
        manifest,
        origin,
    }
}
