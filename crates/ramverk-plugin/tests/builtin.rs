//! The plugins compiled into ramverk: the committed bytes are what a rebuild from source gives,
//! and each loads from the binary, through the compiled-plugin cache, and passes its self-test.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use ramverk_plugin::{BUILT_IN, CacheOutcome, Host, Limits, Location, Source};

/// The committed files, relative to the folder, with their bytes.
fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    fn walk(root: &Path, dir: &Path, files: &mut BTreeMap<String, Vec<u8>>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(root, &path, files);
            } else {
                let relative = path.strip_prefix(root).unwrap();
                let name = relative.to_string_lossy().replace('\\', "/");
                files.insert(name, std::fs::read(&path).unwrap());
            }
        }
    }
    let mut files = BTreeMap::new();
    walk(dir, dir, &mut files);
    files
}

fn first_line(bytes: Option<&Vec<u8>>) -> String {
    bytes
        .map(|b| {
            String::from_utf8_lossy(b)
                .lines()
                .next()
                .unwrap_or("")
                .to_string()
        })
        .unwrap_or_else(|| "(missing)".into())
}

/// Each file that is not the same in both, with both sizes (or `missing`).
fn differences(
    committed: &BTreeMap<String, Vec<u8>>,
    rebuilt: &BTreeMap<String, Vec<u8>>,
) -> Vec<String> {
    let names: std::collections::BTreeSet<&String> =
        committed.keys().chain(rebuilt.keys()).collect();
    names
        .into_iter()
        .filter(|name| committed.get(*name) != rebuilt.get(*name))
        .map(|name| {
            let size = |files: &BTreeMap<String, Vec<u8>>| {
                files
                    .get(name)
                    .map_or("missing".to_string(), |b| format!("{} bytes", b.len()))
            };
            format!(
                "crates/ramverk-plugin/builtin/{name} (committed: {}, rebuilt: {})",
                size(committed),
                size(rebuilt)
            )
        })
        .collect()
}

#[test]
fn a_changed_missing_or_new_file_is_named_with_its_sizes() {
    let committed = BTreeMap::from([
        ("p/p.wasm".to_string(), vec![0, 1]),
        ("p/plugin.yaml".to_string(), b"x".to_vec()),
    ]);
    let mut rebuilt = committed.clone();
    assert!(differences(&committed, &rebuilt).is_empty());
    rebuilt.insert("p/p.wasm".into(), vec![0, 2]);
    rebuilt.remove("p/plugin.yaml");
    rebuilt.insert("q/q.wasm".into(), Vec::new());
    assert_eq!(
        differences(&committed, &rebuilt),
        [
            "crates/ramverk-plugin/builtin/p/p.wasm (committed: 2 bytes, rebuilt: 2 bytes)",
            "crates/ramverk-plugin/builtin/p/plugin.yaml (committed: 1 bytes, rebuilt: missing)",
            "crates/ramverk-plugin/builtin/q/q.wasm (committed: missing, rebuilt: 0 bytes)",
        ]
    );
}

#[test]
fn the_committed_built_in_plugins_are_what_a_rebuild_from_source_gives() {
    let workspace = ramverk_testkit::workspace();
    let committed_dir = workspace.join("crates/ramverk-plugin/builtin");
    let scratch = tempfile::tempdir().unwrap();
    let rebuilt_dir = scratch.path().join("builtin");
    let status = Command::new("bash")
        .arg(workspace.join("plugins/build-builtin.sh"))
        .arg(&rebuilt_dir)
        .env("RAMVERK_BUILTIN_TARGET_DIR", scratch.path().join("target"))
        .status()
        .expect("bash is needed to run plugins/build-builtin.sh");
    assert!(
        status.success(),
        "plugins/build-builtin.sh failed; it needs the wasm32-wasip2 target (scripts/install-test-tools.sh installs it)"
    );
    let committed = files(&committed_dir);
    let rebuilt = files(&rebuilt_dir);
    let versions = format!(
        "the committed files were built with {}; this rebuild used {}",
        first_line(committed.get("rustc-version.txt")),
        first_line(rebuilt.get("rustc-version.txt")),
    );
    let differing = differences(&committed, &rebuilt);
    assert!(
        differing.is_empty(),
        "the built-in plugins differ from a rebuild from source:\n  {}\n{versions}.\n\
         Refresh them with `plugins/build-builtin.sh` and commit crates/ramverk-plugin/builtin \
         (and add a new plugin's folder to BUILT_IN in crates/ramverk-plugin/src/builtin.rs).",
        differing.join("\n  ")
    );
}

#[test]
fn every_built_in_plugin_loads_through_the_cache_and_passes_its_self_test() {
    let cache = tempfile::tempdir().unwrap();
    let cache_dir = cache.path().join("cache");
    assert!(!BUILT_IN.is_empty());
    for built_in in BUILT_IN {
        let host = Host::new(Limits::default(), Some(cache_dir.clone())).unwrap();
        let source = Source::BuiltIn(built_in);
        let plugin = host.load_source(&source).unwrap();
        assert_eq!(plugin.name(), built_in.name);
        assert_eq!(plugin.location, Location::BuiltIn(built_in));
        assert_eq!(plugin.cache, CacheOutcome::Compiled, "{}", built_in.name);
        host.self_test(&plugin).unwrap();
        let entry: PathBuf =
            ramverk_plugin::cache_entry_path(host.engine(), built_in.wasm(), &cache_dir);
        assert!(entry.is_file(), "no cache entry {}", entry.display());
        let again = Host::new(Limits::default(), Some(cache_dir.clone())).unwrap();
        assert_eq!(
            again.load_source(&source).unwrap().cache,
            CacheOutcome::Reused
        );
    }
}
