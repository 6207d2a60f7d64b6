//! The export plugins compiled into ramverk: their manifests and components from `builtin/`.
//!
//! `plugins/build-builtin.sh` builds every example plugin of kind `export` reproducibly and writes
//! `builtin/<name>/plugin.yaml` and `builtin/<name>/<name>.wasm`; the test `tests/builtin.rs`
//! rebuilds them and fails when a byte differs. Discovery lists them after every plugin on disk,
//! so a plugin in `./plugins`, the user's folder or `--plugin` with the same name or format wins.

use std::path::PathBuf;

use crate::manifest::{Manifest, ManifestError};

/// A plugin whose manifest and component are part of the binary.
#[derive(Debug, PartialEq, Eq)]
pub struct BuiltIn {
    /// The plugin's name, also its folder under `builtin/`.
    pub name: &'static str,
    /// The component's file name under `builtin/<name>/`.
    pub wasm_file: &'static str,
    manifest: &'static str,
    wasm: &'static [u8],
}

macro_rules! built_in {
    ($name:literal, $wasm:literal) => {
        BuiltIn {
            name: $name,
            wasm_file: $wasm,
            manifest: include_str!(concat!("../builtin/", $name, "/plugin.yaml")),
            wasm: include_bytes!(concat!("../builtin/", $name, "/", $wasm)),
        }
    };
}

/// Every built-in plugin, in name order.
pub static BUILT_IN: &[BuiltIn] = &[
    built_in!("case-export", "case_export.wasm"),
    built_in!("competence-csv", "competence_csv.wasm"),
];

impl BuiltIn {
    /// Its manifest, read like a `plugin.yaml` on disk.
    pub fn manifest(&self) -> Result<Manifest, ManifestError> {
        Manifest::parse(self.manifest, &self.path())
    }

    /// The WebAssembly component.
    pub fn wasm(&self) -> &'static [u8] {
        self.wasm
    }

    /// How messages name it: `built-in:NAME`.
    pub fn path(&self) -> PathBuf {
        PathBuf::from(format!("built-in:{}", self.name))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::manifest::Kind;

    #[test]
    fn every_folder_under_builtin_is_compiled_in_with_a_matching_manifest() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("builtin");
        let mut folders: Vec<String> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|entry| entry.unwrap().path())
            .filter(|path| path.is_dir())
            .map(|path| path.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        folders.sort();
        let names: Vec<&str> = BUILT_IN.iter().map(|b| b.name).collect();
        assert_eq!(folders, names, "add each folder of builtin/ to BUILT_IN");
        for built_in in BUILT_IN {
            let manifest = built_in.manifest().unwrap();
            assert_eq!(manifest.name, built_in.name);
            assert_eq!(manifest.kind, Kind::Export);
            assert_eq!(manifest.wasm_file(), built_in.wasm_file);
            assert!(built_in.wasm().starts_with(b"\0asm"), "{}", built_in.name);
        }
    }
}
