//! docs/plugins.md stays true: its code is the code of plugins/competence-csv, which builds,
//! passes its self-test and exports the Stockholm framework.

use ramverk_plugin::{Host, Limits};
use ramverk_testkit::{plugin, plugin_cache_dir, workspace};

/// The code blocks that follow `<!-- file: PATH -->` markers, with their paths.
fn tutorial_files() -> Vec<(String, String)> {
    let doc = std::fs::read_to_string(workspace().join("docs/plugins.md")).unwrap();
    let mut files = Vec::new();
    let mut rest = doc.as_str();
    while let Some(start) = rest.find("<!-- file: ") {
        let after = &rest[start + "<!-- file: ".len()..];
        let path = after[..after.find(" -->").unwrap()].to_string();
        let fence = after.find("```").unwrap();
        let body_start = fence + after[fence..].find('\n').unwrap() + 1;
        let body_end = body_start + after[body_start..].find("```").unwrap();
        files.push((path, after[body_start..body_end].to_string()));
        rest = &after[body_end..];
    }
    files
}

#[test]
fn the_tutorial_shows_the_real_plugin_code() {
    let files = tutorial_files();
    assert_eq!(files.len(), 3, "Cargo.toml, plugin.yaml and src/lib.rs");
    for (path, shown) in files {
        let real = std::fs::read_to_string(workspace().join(&path)).unwrap();
        assert_eq!(
            shown, real,
            "docs/plugins.md shows an outdated {path}; copy the file into the guide"
        );
    }
}

#[test]
fn the_tutorial_plugin_works() {
    let host = Host::new(Limits::default(), Some(plugin_cache_dir())).unwrap();
    let plugin = host.load(&plugin("competence-csv")).unwrap();
    host.self_test(&plugin).unwrap();
    let framework = ramverk_testkit::framework("stockholm-kultur");
    let files = host
        .render(&plugin, &framework, &[("separator".into(), ";".into())])
        .unwrap();
    assert_eq!(files.len(), 1);
    assert_eq!(files[0].name, "stockholm-kultur.csv");
    let text = String::from_utf8(files[0].content.clone()).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 21, "a header and 20 competences");
    assert!(
        lines[0].starts_with("area;competence;title;Medarbetare;Chef;"),
        "{}",
        lines[0]
    );
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("6;6.7;") && l.contains(";not applicable")),
        "{text}"
    );
    let error = host
        .render(&plugin, &framework, &[("separator".into(), "::".into())])
        .unwrap_err();
    assert!(
        error
            .to_string()
            .contains("the separator must be one character"),
        "{error}"
    );
}
