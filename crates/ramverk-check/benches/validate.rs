//! `cargo bench -p ramverk-check`: load and check the Stockholm framework, a synthetic one of
//! 10,000 competences with 200 full role profiles, and one whose profile names 20,000 unknown ids
//! among 20,000 competences (bench/validate.sh times the whole command
//! and compares it with check-jsonschema).

use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use ramverk_testkit::synthetic::{Spec, generate};

fn validate(path: &Path) -> usize {
    let loaded = ramverk_check::load(path).expect("framework loads");
    let findings = ramverk_check::check(&loaded);
    assert!(findings.is_empty(), "{findings:?}");
    findings.len()
}

fn stockholm(c: &mut Criterion) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../frameworks/stockholm-kultur");
    c.bench_function("validate/stockholm-kultur", |b| b.iter(|| validate(&path)));
}

fn synthetic(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temporary directory");
    for file in generate(Spec::LARGE) {
        let path = dir.path().join(&file.path);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(path, file.text).expect("write");
    }
    let mut group = c.benchmark_group("validate");
    group.sample_size(10);
    group.bench_function("synthetic-10000x200", |b| b.iter(|| validate(dir.path())));
    group.finish();
}

/// A framework file over the size limit (sparse, 64 MiB + 1 byte) is refused by its size
/// without being read: a `too-large` finding in about the time of a `stat`.
fn too_large(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temporary directory");
    let file = std::fs::File::create(dir.path().join("framework.yaml")).expect("create");
    file.set_len(ramverk_source::MAX_FILE_BYTES as u64 + 1)
        .expect("grow framework.yaml");
    c.bench_function("validate/too-large", |b| {
        b.iter(|| {
            let loaded = ramverk_check::load(dir.path()).expect("a finding, not an error");
            assert!(
                loaded
                    .diagnostics
                    .iter()
                    .any(|d| d.code == ramverk_source::Code::TooLarge),
                "{:?}",
                loaded.diagnostics
            );
        })
    });
}

/// A profile naming 20,000 ids that do not exist, near the 20,000 ids that do: each an
/// `unknown-competence` finding with a "did you mean" suggestion, from one index of the ids.
fn many_unknown_ids(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temporary directory");
    let spec = Spec {
        competences: 20_000,
        roles: 1,
        ..Spec::LARGE
    };
    for file in generate(spec) {
        let path = dir.path().join(&file.path);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(path, file.text).expect("write");
    }
    let loaded = ramverk_check::load(dir.path()).expect("framework loads");
    let framework = loaded.framework.as_ref().expect("a model");
    let ids: Vec<String> = ramverk_check::Context::new(framework, &loaded.map)
        .competences
        .iter()
        .map(|entry| entry.competence.id.clone())
        .collect();
    let mut profile = format!("role: {}\nexpected:\n", framework.roles[0].id);
    for id in &ids {
        profile.push_str(&format!("  \"{id}x\": 1\n"));
    }
    let profiles = dir.path().join("profiles");
    std::fs::remove_dir_all(&profiles).expect("clear profiles");
    std::fs::create_dir(&profiles).expect("mkdir");
    std::fs::write(profiles.join("unknown.yaml"), profile).expect("write");
    let mut group = c.benchmark_group("validate");
    group.sample_size(10);
    group.bench_function("unknown-ids-20000x20000", |b| {
        b.iter(|| {
            let loaded = ramverk_check::load(dir.path()).expect("framework loads");
            let findings = ramverk_check::check(&loaded);
            let unknown = findings
                .iter()
                .filter(|d| d.code == ramverk_source::Code::UnknownCompetence)
                .count();
            assert_eq!(unknown, ids.len());
            unknown
        })
    });
    group.finish();
}

criterion_group!(benches, stockholm, synthetic, too_large, many_unknown_ids);
criterion_main!(benches);
