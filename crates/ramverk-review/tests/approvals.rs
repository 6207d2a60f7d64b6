//! The canonical form of docs/approvals.md: its test vectors, and recorded approvals verifying.

use std::path::Path;

use ramverk_model::Framework;
use ramverk_review::canonical::{ContentHash, Form, canonical_bytes, content_hash, hash};

fn workspace() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

/// The text of the fenced block after `marker` in docs/approvals.md.
fn block(docs: &str, marker: &str) -> String {
    let after = docs
        .split_once(marker)
        .unwrap_or_else(|| panic!("docs/approvals.md has no {marker:?}"))
        .1;
    let body = after.split_once("```").expect("a fenced block").1;
    let body = body.split_once('\n').expect("a fence line").1;
    body.split_once("```")
        .expect("the end of the block")
        .0
        .to_owned()
}

#[test]
fn the_documented_test_vector_hashes_as_documented() {
    let docs = std::fs::read_to_string(workspace().join("docs/approvals.md")).expect("docs");
    let yaml = block(&docs, "<!-- vector: framework -->");
    let framework: Framework = serde_saphyr::from_str(&yaml).expect("the vector parses");
    let bytes = canonical_bytes(&framework, Form::V1).expect("canonical");
    assert_eq!(
        String::from_utf8(bytes).expect("UTF-8"),
        block(&docs, "<!-- vector: v1 bytes -->").trim_end_matches('\n'),
    );
    let v1 = block(&docs, "<!-- vector: v1 hash -->");
    assert_eq!(
        content_hash(&framework).expect("hash").to_string(),
        v1.trim()
    );
    let legacy = block(&docs, "<!-- vector: legacy hash -->");
    assert_eq!(
        hash(&framework, Form::Legacy).expect("hash").to_string(),
        legacy.trim()
    );
    for recorded in [v1.trim(), legacy.trim()] {
        let recorded = ContentHash::parse(recorded).expect("a known form");
        assert!(recorded.matches(&framework).expect("hash"));
    }
}

#[test]
fn the_stockholm_approval_recorded_in_2024_still_verifies() {
    let path = workspace().join("frameworks/stockholm-kultur");
    let loaded = ramverk_check::load::load(&path).expect("load");
    let framework = loaded.framework.expect("the framework builds");
    let (approvals, _) =
        ramverk_review::approval::read(&ramverk_review::approval::approvals_path(&path))
            .expect("approvals");
    let recorded = ContentHash::parse(&approvals.approvals[0].content).expect("a known form");
    assert_eq!(recorded.form, Form::Legacy);
    assert!(recorded.matches(&framework).expect("hash"));
    let mut changed = framework.clone();
    changed.areas[0].title.push('!');
    assert!(!recorded.matches(&changed).expect("hash"));
}
