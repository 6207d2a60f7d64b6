//! Plugin host benchmarks: cold load (compile), warm load (cache), per-call overhead, and the
//! Stockholm scoring rule on 1,000,000 ratings through the plugin against ramverk's built-in rule,
//! which runs the same Rust (`ramverk-scoring`) natively. `cargo bench -p ramverk-plugin`; figures in docs/performance.md.

#[path = "../tests/support/plugins.rs"]
mod plugins;

/// The allocator the ramverk binary uses, so that host-side figures match what users get.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use ramverk_assess::synthetic::{RoundSpec, round};
use ramverk_assess::{Input, Rule, score_builtin};
use ramverk_model::Framework;
use ramverk_plugin::{Host, Limits};

fn stockholm() -> Framework {
    ramverk_check::load(&plugins::workspace().join("frameworks/stockholm-kultur"))
        .unwrap()
        .framework
        .unwrap()
}

/// About 1,000,000 ratings: 78,600 persons over the ten Stockholm roles.
fn million(framework: &Framework) -> Input {
    let input = round(
        framework,
        RoundSpec {
            persons: 78_600,
            seed: 11,
            round: 1,
        },
    );
    assert!(
        (950_000..1_100_000).contains(&input.ratings.len()),
        "{} ratings",
        input.ratings.len()
    );
    input
}

fn loading(c: &mut Criterion) {
    let dir = plugins::plugin("stockholm-scoring");
    let mut group = c.benchmark_group("load");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(20));
    let cold = Host::new(Limits::default(), None).unwrap();
    group.bench_function("cold (compile)", |b| {
        b.iter(|| black_box(cold.load(&dir).unwrap()))
    });
    let cache = tempfile::tempdir().unwrap();
    let warm = Host::new(Limits::default(), Some(cache.path().to_path_buf())).unwrap();
    warm.load(&dir).unwrap();
    group
        .sample_size(100)
        .measurement_time(Duration::from_secs(5));
    group.bench_function("warm (cache)", |b| {
        b.iter(|| black_box(warm.load(&dir).unwrap()))
    });
    group.finish();
}

fn calling(c: &mut Criterion) {
    let host = Host::new(Limits::default(), None).unwrap();
    let plugin = host.load(&plugins::plugin("stockholm-scoring")).unwrap();
    c.bench_function("call overhead (fresh sandbox + self-test)", |b| {
        b.iter(|| host.self_test(&plugin).unwrap())
    });
}

fn scoring(c: &mut Criterion) {
    let framework = stockholm();
    let input = million(&framework);
    let host = Host::new(Limits::default(), None).unwrap();
    let plugin = host.load(&plugins::plugin("stockholm-scoring")).unwrap();
    let mut group = c.benchmark_group("score 1,000,000 ratings");
    group
        .sample_size(20)
        .measurement_time(Duration::from_secs(20));
    group.bench_function("native Rust (built-in rule)", |b| {
        b.iter(|| black_box(score_builtin(&framework, &input, Rule::default()).unwrap()))
    });
    group.bench_function("plugin (wasm)", |b| {
        b.iter_batched(
            || input.clone(),
            |input| black_box(host.score(&plugin, &framework, input, &[]).unwrap()),
            criterion::BatchSize::LargeInput,
        )
    });
    group.finish();
}

criterion_group!(benches, loading, calling, scoring);
criterion_main!(benches);
