//! The example and test plugins, built from source for wasm32-wasip2 once per test run — not once
//! per test process — and staged as plugin folders (manifest + `.wasm`) under
//! `target/plugins/staged`; and one compiled-plugin cache shared by the tests.
//!
//! The first process to need a plugin takes a lock on `target/plugins/build.lock` (other test
//! processes and benchmarks wait on it) and computes a fingerprint of everything the plugins are
//! built from: their sources and manifests, the SDK, `ramverk-scoring`, `wit/`, `Cargo.lock`, the
//! root `Cargo.toml` and the compiler's version. When the staged plugins carry the same fingerprint,
//! cargo is not run at all; otherwise every plugin is rebuilt and staged again, and the build is
//! recorded in `target/plugins/builds.log`. A failed build fails the test that asked for it.

use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use sha2::{Digest, Sha256};

use crate::workspace;

/// (package, source folder relative to the workspace root)
pub const PLUGINS: &[(&str, &str)] = &[
    ("stockholm-scoring", "plugins/stockholm-scoring"),
    ("derived-role", "plugins/derived-role"),
    ("case-export", "plugins/case-export"),
    ("competence-csv", "plugins/competence-csv"),
    ("hostile", "tests/plugins/hostile"),
    ("future-api", "tests/plugins/future-api"),
    ("api-1-0", "tests/plugins/api-1-0"),
];

/// Besides each plugin's own folder, what the plugins are built from: their path dependencies
/// (every plugin's `Cargo.toml` names only these two), the interface, the lock file and the root
/// manifest with the `plugin` profile.
const INPUTS: &[&str] = &[
    "crates/ramverk-plugin-sdk",
    "crates/ramverk-scoring",
    "wit",
    "Cargo.lock",
    "Cargo.toml",
];

/// Changes when this builder changes what it stages.
const BUILDER: &str = "ramverk-testkit plugin builder 1";

/// `target/plugins` under the workspace root.
fn plugins_target() -> PathBuf {
    workspace().join("target").join("plugins")
}

/// The staged folder of plugin `package`, built on first use (once per run, see the module docs).
pub fn plugin(package: &str) -> PathBuf {
    static STAGED: OnceLock<PathBuf> = OnceLock::new();
    assert!(
        PLUGINS.iter().any(|(name, _)| *name == package),
        "{package} is not one of the test plugins {PLUGINS:?}"
    );
    let staged = STAGED.get_or_init(stage);
    let dir = staged.join(package);
    assert!(
        dir.join("plugin.yaml").is_file(),
        "plugin {package} was not staged in {}",
        dir.display()
    );
    dir
}

/// The compiled-plugin cache the tests share (`target/plugins/cache`), so that each plugin is
/// compiled by Cranelift once and not once per test. Entries are keyed by the plugin's content
/// and the engine's configuration and written atomically, so processes can share it too (and its
/// key, which is created once); the folder is made private (0700), as ramverk requires. Tests of
/// the cache itself use a private directory instead.
pub fn plugin_cache_dir() -> PathBuf {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = plugins_target().join("cache");
        std::fs::create_dir_all(&dir)
            .unwrap_or_else(|e| panic!("cannot create {}: {e}", dir.display()));
        // ramverk trusts a cache folder only when no one else can write to it.
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o700))
                .unwrap_or_else(|e| panic!("cannot make {} private: {e}", dir.display()));
        }
        dir
    })
    .clone()
}

/// Builds and stages every plugin unless the staged ones were built from the same inputs.
fn stage() -> PathBuf {
    let root = workspace();
    let target = plugins_target();
    let staged = target.join("staged");
    std::fs::create_dir_all(&target)
        .unwrap_or_else(|e| panic!("cannot create {}: {e}", target.display()));
    let lock_path = target.join("build.lock");
    let lock = File::options()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&lock_path)
        .unwrap_or_else(|e| panic!("cannot open {}: {e}", lock_path.display()));
    // Held until this function returns: one process builds, the others wait and then reuse.
    lock.lock()
        .unwrap_or_else(|e| panic!("cannot lock {}: {e}", lock_path.display()));

    let fingerprint = fingerprint(&root);
    let stamp = staged.join("fingerprint");
    let complete = PLUGINS.iter().all(|(package, _)| {
        let dir = staged.join(package);
        dir.join("plugin.yaml").is_file() && dir.join(wasm_name(package)).is_file()
    });
    if complete && std::fs::read_to_string(&stamp).is_ok_and(|text| text == fingerprint) {
        return staged;
    }

    // Whatever is staged is out of date from here on.
    let _ = std::fs::remove_file(&stamp);
    add_target();
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    for (package, _) in PLUGINS {
        record(
            &target,
            &format!("cargo build -p {package} ({fingerprint})"),
        );
        // One build per package: the SDK's features differ per plugin kind.
        let status = Command::new(&cargo)
            .current_dir(&root)
            .args([
                "build",
                "--locked",
                "--quiet",
                "-p",
                package,
                "--target",
                "wasm32-wasip2",
                "--profile",
                "plugin",
            ])
            .arg("--target-dir")
            .arg(&target)
            .env_remove("CARGO_TARGET_DIR")
            .env_remove("CARGO_BUILD_TARGET")
            .env_remove("RUSTFLAGS")
            .status()
            .expect("cannot run cargo to build the test plugins");
        assert!(
            status.success(),
            "building plugin {package} for wasm32-wasip2 failed"
        );
    }
    for (package, source) in PLUGINS {
        let dir = staged.join(package);
        std::fs::create_dir_all(&dir)
            .unwrap_or_else(|e| panic!("cannot create {}: {e}", dir.display()));
        let wasm = wasm_name(package);
        copy(
            &target.join("wasm32-wasip2/plugin").join(&wasm),
            &dir.join(&wasm),
        );
        copy(
            &root.join(source).join("plugin.yaml"),
            &dir.join("plugin.yaml"),
        );
    }
    // Entries compiled from the plugins just replaced are never used again.
    let _ = std::fs::remove_dir_all(target.join("cache"));
    std::fs::create_dir_all(target.join("cache")).expect("cannot create target/plugins/cache");
    // Last: the stamp says the staged plugins are complete.
    ramverk_source::write_atomic(&stamp, fingerprint.as_bytes())
        .unwrap_or_else(|e| panic!("cannot write {}: {e}", stamp.display()));
    staged
}

fn wasm_name(package: &str) -> String {
    format!("{}.wasm", package.replace('-', "_"))
}

/// Appends a line to `target/plugins/builds.log` (one line per cargo run, for the curious).
fn record(target: &Path, line: &str) {
    if let Ok(mut log) = File::options()
        .create(true)
        .append(true)
        .open(target.join("builds.log"))
    {
        let _ = writeln!(log, "pid {} {line}", std::process::id());
    }
}

/// SHA-256 over the builder, the compiler's version and every input file (path and content), in
/// a fixed order. Built `.wasm` files and `target` folders are left out.
fn fingerprint(root: &Path) -> String {
    let mut files = Vec::new();
    for (_, source) in PLUGINS {
        collect(&root.join(source), &mut files);
    }
    for input in INPUTS {
        collect(&root.join(input), &mut files);
    }
    files.sort();
    files.dedup();
    let mut hasher = Sha256::new();
    hasher.update(BUILDER.as_bytes());
    hasher.update([0]);
    hasher.update(compiler_version().as_bytes());
    for file in &files {
        let relative = file.strip_prefix(root).unwrap_or(file);
        let content =
            std::fs::read(file).unwrap_or_else(|e| panic!("cannot read {}: {e}", file.display()));
        hasher.update([0]);
        hasher.update(relative.to_string_lossy().as_bytes());
        hasher.update([0]);
        hasher.update((content.len() as u64).to_le_bytes());
        hasher.update(&content);
    }
    hasher
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The files under `path` (or `path` itself), without `target` folders and built WebAssembly.
fn collect(path: &Path, out: &mut Vec<PathBuf>) {
    if path.is_file() {
        let built = path
            .extension()
            .is_some_and(|e| e == "wasm" || e == "cwasm");
        if !built {
            out.push(path.to_path_buf());
        }
        return;
    }
    let entries =
        std::fs::read_dir(path).unwrap_or_else(|e| panic!("cannot list {}: {e}", path.display()));
    for entry in entries {
        let entry = entry.expect("directory entry");
        if entry.file_name() == "target" && entry.path().is_dir() {
            continue;
        }
        collect(&entry.path(), out);
    }
}

/// `rustc -vV` as the plugins' build would run it; empty when rustc cannot be run (the build
/// then reports the real problem).
fn compiler_version() -> String {
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    Command::new(rustc)
        .arg("-vV")
        .output()
        .map(|out| String::from_utf8_lossy(&out.stdout).into_owned())
        .unwrap_or_default()
}

/// `rustup target add wasm32-wasip2`, unless the target is already there.
fn add_target() {
    let installed = Command::new("rustup")
        .args(["target", "list", "--installed"])
        .output();
    match installed {
        Ok(out)
            if String::from_utf8_lossy(&out.stdout)
                .lines()
                .any(|l| l.trim() == "wasm32-wasip2") => {}
        Ok(_) => {
            let status = Command::new("rustup")
                .args(["target", "add", "wasm32-wasip2"])
                .status()
                .expect("cannot run rustup");
            assert!(
                status.success(),
                "`rustup target add wasm32-wasip2` failed; the plugin tests need that target (scripts/install-test-tools.sh adds it)"
            );
        }
        Err(error) => panic!(
            "rustup is missing ({error}); the plugin tests need it to add the wasm32-wasip2 target"
        ),
    }
}

/// Copies through a temporary file so that a concurrent reader never sees half a file.
fn copy(from: &Path, to: &Path) {
    let temporary = to.with_extension(format!("tmp{}", std::process::id()));
    std::fs::copy(from, &temporary)
        .unwrap_or_else(|e| panic!("cannot copy {}: {e}", from.display()));
    std::fs::rename(&temporary, to)
        .unwrap_or_else(|e| panic!("cannot move {} into place: {e}", to.display()));
}
