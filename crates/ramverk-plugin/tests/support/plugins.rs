//! Builds the example and test plugins from source for wasm32-wasip2, once per test process,
//! and stages each as a plugin folder (manifest + .wasm) under target/plugins/staged.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

/// (package, source folder relative to the workspace root)
const PLUGINS: &[(&str, &str)] = &[
    ("stockholm-scoring", "plugins/stockholm-scoring"),
    ("derived-role", "plugins/derived-role"),
    ("case-export", "plugins/case-export"),
    ("competence-csv", "plugins/competence-csv"),
    ("hostile", "tests/plugins/hostile"),
    ("future-api", "tests/plugins/future-api"),
];

pub fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .ancestors()
        .nth(2)
        .unwrap()
        .to_path_buf()
}

/// The staged folder of plugin `package` (built on first use).
pub fn plugin(package: &str) -> PathBuf {
    static STAGED: OnceLock<PathBuf> = OnceLock::new();
    let staged = STAGED.get_or_init(build_all);
    let dir = staged.join(package);
    assert!(
        dir.join("plugin.yaml").is_file(),
        "plugin {package} was not staged"
    );
    dir
}

fn build_all() -> PathBuf {
    let root = workspace();
    let target = root.join("target").join("plugins");
    add_target();
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    for (package, _) in PLUGINS {
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
    let staged = target.join("staged");
    for (package, source) in PLUGINS {
        let dir = staged.join(package);
        std::fs::create_dir_all(&dir).unwrap();
        let wasm = format!("{}.wasm", package.replace('-', "_"));
        copy(
            &target.join("wasm32-wasip2/plugin").join(&wasm),
            &dir.join(&wasm),
        );
        copy(
            &root.join(source).join("plugin.yaml"),
            &dir.join("plugin.yaml"),
        );
    }
    staged
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
                .unwrap();
            assert!(
                status.success(),
                "`rustup target add wasm32-wasip2` failed; the plugin tests need that target"
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
    std::fs::rename(&temporary, to).unwrap();
}
