//! Arbitrary bytes, arbitrary YAML and mutated real frameworks never make the loader or the
//! checks panic: every input ends in a model or in located findings.

use std::fs;
use std::path::PathBuf;

use proptest::prelude::*;

use ramverk_testkit::yaml_tree::yaml_tree;

use ramverk_testkit::workspace;

/// A temporary framework directory holding the given files.
fn write_dir(files: &[(String, String)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temporary directory");
    for (path, text) in files {
        let path = dir.path().join(path);
        fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        fs::write(path, text).expect("write");
    }
    dir
}

/// Loads and checks a framework directory made of the given files; returns the finding codes.
fn load_and_check(files: &[(String, String)]) -> Vec<&'static str> {
    let dir = write_dir(files);
    match ramverk_check::load(dir.path()) {
        Ok(loaded) => {
            let findings = ramverk_check::check(&loaded);
            for finding in &findings {
                assert!(!finding.message.is_empty());
                if let Some(label) = &finding.primary {
                    let file = &loaded.map.files[label.file];
                    assert!(
                        label.position.start <= file.text.len(),
                        "position past the end of {}",
                        file.path.display()
                    );
                }
            }
            findings.iter().map(|f| f.code.as_str()).collect()
        }
        Err(_) => Vec::new(),
    }
}

/// The model of a framework made of these files, when it loads without errors.
fn framework_of(files: &[(String, String)]) -> Option<ramverk_model::Framework> {
    let dir = write_dir(files);
    ramverk_check::load(dir.path()).ok()?.framework
}

fn stockholm_files() -> Vec<(String, String)> {
    let root = workspace().join("frameworks/stockholm-kultur");
    let mut files = vec![(
        "framework.yaml".to_owned(),
        fs::read_to_string(root.join("framework.yaml")).expect("root"),
    )];
    for dir in ["areas", "profiles"] {
        let mut paths: Vec<PathBuf> = fs::read_dir(root.join(dir))
            .expect("dir")
            .map(|e| e.expect("entry").path())
            .collect();
        paths.sort();
        for path in paths {
            let name = format!(
                "{dir}/{}",
                path.file_name().expect("name").to_string_lossy()
            );
            files.push((name, fs::read_to_string(&path).expect("file")));
        }
    }
    files
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, .. ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        let text = String::from_utf8_lossy(&bytes);
        let _ = ramverk_source::parse(&text);
        let _ = load_and_check(&[("framework.yaml".into(), text.into_owned())]);
    }

    #[test]
    fn arbitrary_yaml_never_panics(yaml in yaml_tree(), noise in prop::collection::vec((any::<prop::sample::Index>(), "[-:\\[\\]{}&*!|>'\"# \n\t]"), 0..4)) {
        let mut text = yaml;
        for (index, insert) in noise {
            let at = index.index(text.len() + 1);
            if text.is_char_boundary(at) {
                text.insert_str(at, &insert);
            }
        }
        let _ = ramverk_source::parse(&text);
        let _ = load_and_check(&[("framework.yaml".into(), format!("id: x\n{text}"))]);
    }

    #[test]
    fn mutated_stockholm_never_panics(file in any::<prop::sample::Index>(), edits in prop::collection::vec((0u8..5, any::<prop::sample::Index>(), any::<prop::sample::Index>()), 1..6)) {
        let mut files = stockholm_files();
        let chosen = file.index(files.len());
        let mut lines: Vec<String> = files[chosen].1.lines().map(str::to_owned).collect();
        for (kind, a, b) in edits {
            if lines.is_empty() { break; }
            let (i, j) = (a.index(lines.len()), b.index(lines.len()));
            match kind {
                0 => { lines.remove(i); }
                1 => { let line = lines[i].clone(); lines.insert(j, line); }
                2 => lines.swap(i, j),
                3 => lines[i] = format!("  {}", lines[i]),
                _ => lines[i] = lines[i].replacen(':', "", 1),
            }
        }
        let original = stockholm_files();
        files[chosen].1 = lines.join("\n");
        let _ = load_and_check(&files);
        if let Some(mutated) = framework_of(&files) {
            let approved = framework_of(&original).expect("Stockholm loads");
            let _ = ramverk_review::diff::diff(&approved, &mutated);
            let _ = ramverk_review::diff::diff(&mutated, &approved);
            prop_assert!(ramverk_review::diff::diff(&mutated, &mutated).is_empty());
        }
    }
}

#[test]
fn unmodified_stockholm_is_clean() {
    assert_eq!(load_and_check(&stockholm_files()), Vec::<&str>::new());
}
