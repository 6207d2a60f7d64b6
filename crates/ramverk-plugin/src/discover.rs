//! Where plugins are found: paths given with `--plugin`, the project's `plugins/`, the user's
//! plugin folder, and last the plugins compiled into ramverk.

use std::path::{Path, PathBuf};

use crate::builtin::{BUILT_IN, BuiltIn};
use crate::manifest::{Kind, MANIFEST_FILE, Manifest, ManifestError};
use crate::source::Source;

/// Where a plugin was found, in order of precedence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// Given with `--plugin`.
    Explicit,
    /// The project's `plugins/`.
    Project,
    /// The user's plugin folder.
    User,
    /// Compiled into ramverk.
    BuiltIn,
}

impl Origin {
    /// `--plugin`, `project`, `user` or `built-in`.
    pub fn name(self) -> &'static str {
        match self {
            Origin::Explicit => "--plugin",
            Origin::Project => "project",
            Origin::User => "user",
            Origin::BuiltIn => "built-in",
        }
    }
}

impl std::fmt::Display for Origin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// A folder searched for plugins, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchPath {
    pub dir: PathBuf,
    pub origin: Origin,
}

/// A plugin found (not yet loaded).
#[derive(Debug, Clone)]
pub struct Found {
    /// For a plugin on disk, its manifest's path.
    pub source: Source,
    pub manifest: Result<Manifest, ManifestError>,
    pub origin: Origin,
}

impl Found {
    pub fn name(&self) -> Option<&str> {
        self.manifest.as_ref().ok().map(|m| m.name.as_str())
    }

    pub fn kind(&self) -> Option<Kind> {
        self.manifest.as_ref().ok().map(|m| m.kind)
    }

    /// The manifest's path, for a plugin on disk.
    pub fn manifest_path(&self) -> Option<&Path> {
        match &self.source {
            Source::Path(path) => Some(path),
            Source::BuiltIn(_) => None,
        }
    }

    /// The `.wasm` the manifest names, for a plugin on disk whose manifest is readable.
    pub fn wasm_path(&self) -> Option<PathBuf> {
        let manifest = self.manifest.as_ref().ok()?;
        self.manifest_path()
            .map(|path| path.with_file_name(manifest.wasm_file()))
    }

    /// Whether the component is there: built and put beside the manifest, or built in.
    pub fn is_built(&self) -> bool {
        match &self.source {
            Source::Path(_) => self.wasm_path().is_some_and(|p| p.is_file()),
            Source::BuiltIn(_) => self.manifest.is_ok(),
        }
    }

    /// Whether this entry answers to `name`: its manifest name or an export format name.
    pub fn answers_to(&self, name: &str) -> bool {
        self.manifest
            .as_ref()
            .is_ok_and(|m| m.name == name || m.format.as_deref() == Some(name))
    }

    /// Whether `earlier`, found before this one and built, takes this one's name or export format.
    pub fn shadowed_by(&self, earlier: &Found) -> bool {
        let Ok(manifest) = &self.manifest else {
            return false;
        };
        earlier.is_built()
            && (earlier.answers_to(&manifest.name)
                || manifest
                    .format
                    .as_deref()
                    .is_some_and(|format| earlier.answers_to(format)))
    }
}

/// The project's `plugins/` (under `project`), then `$RAMVERK_PLUGIN_DIR` or the user's data folder.
pub fn search_paths(project: &Path) -> Vec<SearchPath> {
    let mut paths = vec![SearchPath {
        dir: project.join("plugins"),
        origin: Origin::Project,
    }];
    let user = std::env::var_os("RAMVERK_PLUGIN_DIR")
        .filter(|d| !d.is_empty())
        .map(PathBuf::from)
        .or_else(|| {
            std::env::var_os("XDG_DATA_HOME")
                .filter(|d| !d.is_empty())
                .map(PathBuf::from)
                .or_else(|| {
                    std::env::var_os("APPDATA")
                        .filter(|d| !d.is_empty())
                        .map(PathBuf::from)
                })
                .or_else(|| {
                    std::env::var_os("HOME")
                        .filter(|d| !d.is_empty())
                        .map(|home| PathBuf::from(home).join(".local/share"))
                })
                .map(|base| base.join("ramverk").join("plugins"))
        });
    if let Some(dir) = user {
        paths.push(SearchPath {
            dir,
            origin: Origin::User,
        });
    }
    paths
}

/// Every plugin in `explicit` (given with `--plugin`: a folder, manifest or `.wasm`), in the
/// search paths' immediate subfolders, then the built-in ones, in that order of precedence; a
/// later plugin with the name of an earlier one is still listed so that `plugin list` can show it
/// as shadowed.
pub fn discover(explicit: &[PathBuf], paths: &[SearchPath]) -> Vec<Found> {
    let mut found = Vec::new();
    for path in explicit {
        found.push(read(crate::plugin::manifest_path(path), Origin::Explicit));
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
    found.extend(BUILT_IN.iter().map(built_in));
    found
}

fn read(manifest_path: PathBuf, origin: Origin) -> Found {
    let manifest = Manifest::read(&manifest_path);
    Found {
        source: Source::Path(manifest_path),
        manifest,
        origin,
    }
}

fn built_in(built_in: &'static BuiltIn) -> Found {
    Found {
        source: Source::BuiltIn(built_in),
        manifest: built_in.manifest(),
        origin: Origin::BuiltIn,
    }
}
