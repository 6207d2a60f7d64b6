//! The house keeps its layers: a crate may depend only on crates in lower layers
//! (docs/architecture.md), and every crate's lib.rs says what it is for and what it must not know.

use std::collections::BTreeMap;
use std::process::Command;

use ramverk_testkit::workspace;

/// Each crate's layer, from the table in docs/architecture.md (`| 3 | `ramverk-review` | …`).
/// A normal or build dependency must point to a strictly lower layer; dev-dependencies (tests,
/// benchmarks) are free.
fn layers() -> BTreeMap<String, u8> {
    let path = workspace().join("docs/architecture.md");
    let text = std::fs::read_to_string(&path).expect("docs/architecture.md exists");
    let mut layers = BTreeMap::new();
    for line in text.lines() {
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        if let [_, layer, name, ..] = cells.as_slice()
            && let Ok(layer) = layer.parse::<u8>()
            && let Some(name) = name.strip_prefix('`').and_then(|n| n.strip_suffix('`'))
        {
            layers.insert(name.to_owned(), layer);
        }
    }
    assert!(
        layers.len() >= 10,
        "docs/architecture.md lists too few crates: {layers:?}"
    );
    layers
}

fn metadata() -> serde_json::Value {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let output = Command::new(cargo)
        .current_dir(workspace())
        .args([
            "metadata",
            "--format-version",
            "1",
            "--no-deps",
            "--offline",
        ])
        .output()
        .expect("cargo metadata runs");
    assert!(
        output.status.success(),
        "cargo metadata failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("cargo metadata prints JSON")
}

/// (crate, dependency, kind) for every dependency of a workspace crate on a `ramverk*` crate.
fn ramverk_dependencies() -> Vec<(String, String, String)> {
    let metadata = metadata();
    let mut out = Vec::new();
    for package in metadata["packages"].as_array().expect("packages") {
        let name = package["name"].as_str().expect("name");
        if !name.starts_with("ramverk") {
            continue;
        }
        for dependency in package["dependencies"].as_array().expect("dependencies") {
            let target = dependency["name"].as_str().expect("dependency name");
            if target.starts_with("ramverk") {
                let kind = dependency["kind"].as_str().unwrap_or("normal").to_owned();
                out.push((name.to_owned(), target.to_owned(), kind));
            }
        }
    }
    out
}

#[test]
fn every_crate_has_a_layer() {
    let layers = layers();
    let metadata = metadata();
    for package in metadata["packages"].as_array().expect("packages") {
        let name = package["name"].as_str().expect("name");
        let manifest = package["manifest_path"].as_str().expect("manifest path");
        if manifest.contains("/crates/") || manifest.contains("\\crates\\") {
            assert!(
                layers.contains_key(name),
                "crate {name} has no layer; add it to the table in docs/architecture.md"
            );
        }
    }
}

/// The dependencies among `dependencies` that point to the same or a higher layer.
fn violations(dependencies: &[(String, String, String)]) -> Vec<String> {
    let layers = layers();
    let mut wrong = Vec::new();
    for (name, target, kind) in dependencies {
        let (Some(&from), Some(&to)) = (layers.get(name.as_str()), layers.get(target.as_str()))
        else {
            continue;
        };
        if kind != "dev" && to >= from {
            wrong.push(format!(
                "{name} (layer {from}) depends on {target} (layer {to}) as a {kind} dependency"
            ));
        }
    }
    wrong
}

#[test]
fn no_crate_depends_on_a_crate_above_it() {
    let wrong = violations(&ramverk_dependencies());
    assert!(
        wrong.is_empty(),
        "dependencies against the layering:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn an_upward_or_sideways_dependency_is_caught() {
    let dependency =
        |from: &str, to: &str, kind: &str| (from.to_owned(), to.to_owned(), kind.to_owned());
    let found = violations(&[
        dependency("ramverk-model", "ramverk", "normal"),
        dependency("ramverk-review", "ramverk-i18n", "normal"),
        dependency("ramverk-check", "ramverk-testkit", "dev"),
        dependency("ramverk-render", "ramverk-review", "normal"),
    ]);
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found[0].starts_with("ramverk-model (layer 0) depends on ramverk (layer 8)"));
    assert!(found[1].starts_with("ramverk-review (layer 3) depends on ramverk-i18n (layer 3)"));
}

#[test]
fn only_tests_depend_on_the_testkit() {
    let shipped: Vec<String> = ramverk_dependencies()
        .into_iter()
        .filter(|(_, target, kind)| target == "ramverk-testkit" && kind != "dev")
        .map(|(name, _, kind)| format!("{name} ({kind})"))
        .collect();
    assert!(
        shipped.is_empty(),
        "the testkit is a normal dependency of: {shipped:?}"
    );
}

#[test]
fn every_library_says_what_it_is_for_and_what_it_must_not_know() {
    for entry in std::fs::read_dir(workspace().join("crates")).expect("crates/") {
        let dir = entry.expect("entry").path();
        let lib = dir.join("src/lib.rs");
        let Ok(text) = std::fs::read_to_string(&lib) else {
            continue;
        };
        let name = dir.file_name().unwrap().to_string_lossy().into_owned();
        let opening: Vec<&str> = text
            .lines()
            .take_while(|line| line.starts_with("//!"))
            .collect();
        assert!(
            opening.len() >= 2 && opening[0].starts_with(&format!("//! {name}:")),
            "{} must open with two `//!` lines: `//! {name}: what it is for …` and what it must not know",
            lib.display()
        );
        let head = opening.join(" ");
        assert!(
            head.contains("knows no") || head.contains("knows nothing") || head.contains("never"),
            "{}: the opening lines must say what the crate must not know",
            lib.display()
        );
    }
}

/// The "who uses whom" list in docs/architecture.md: crate → its normal `ramverk*` dependencies.
fn documented_uses() -> BTreeMap<String, Vec<String>> {
    let text = std::fs::read_to_string(workspace().join("docs/architecture.md"))
        .expect("docs/architecture.md exists");
    let names = |part: &str| -> Vec<String> {
        part.split('`')
            .skip(1)
            .step_by(2)
            .map(str::to_owned)
            .collect()
    };
    text.lines()
        .filter_map(|line| line.strip_prefix("- `"))
        .filter_map(|line| line.split_once(" → "))
        .map(|(from, to)| {
            let mut uses = names(to);
            uses.sort();
            (from.trim_end_matches('`').to_owned(), uses)
        })
        .collect()
}

#[test]
fn the_documented_uses_are_the_real_dependencies() {
    let mut real: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (name, target, kind) in ramverk_dependencies() {
        if kind == "normal" {
            real.entry(name).or_default().push(target);
        }
    }
    for uses in real.values_mut() {
        uses.sort();
    }
    assert_eq!(
        documented_uses(),
        real,
        "docs/architecture.md's list of who uses whom differs from the Cargo.toml files"
    );
}
