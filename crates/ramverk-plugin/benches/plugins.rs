//! Plugin host benchmarks: cold load (compile), warm load (cache), per-call overhead, the
//! Stockholm scoring rule on 1,000,000 ratings through the plugin against ramverk's built-in rule,
//! which runs the same Rust (`ramverk-scoring`) natively, and how quickly the sandbox stops a
//! hostile plugin (300,000 files among its attacks), and the host's linear check of an export's
//! names. `cargo bench -p ramverk-plugin`; figures in docs/performance.md.

/// The allocator the ramverk binary uses, so that host-side figures match what users get.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use ramverk_assess::synthetic::{RoundSpec, round};
use ramverk_assess::{Input, Rule, score_builtin};
use ramverk_model::Framework;
use ramverk_plugin::{Host, Limit, Limits, OutputFile, PluginError, layout};
use ramverk_testkit::{plugin, plugin_cache_dir};

fn stockholm() -> Framework {
    ramverk_testkit::framework("stockholm-kultur")
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
    let dir = plugin("stockholm-scoring");
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
    let host = Host::new(Limits::default(), Some(plugin_cache_dir())).unwrap();
    let plugin = host.load(&plugin("stockholm-scoring")).unwrap();
    c.bench_function("call overhead (fresh sandbox + self-test)", |b| {
        b.iter(|| host.self_test(&plugin).unwrap())
    });
}

fn scoring(c: &mut Criterion) {
    let framework = stockholm();
    let input = million(&framework);
    let host = Host::new(Limits::default(), Some(plugin_cache_dir())).unwrap();
    let plugin = host.load(&plugin("stockholm-scoring")).unwrap();
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

/// How long the hostile plugin's attacks run before the sandbox stops them (the claims the
/// sandbox tests once checked with a stopwatch): a fuel limit ends an endless loop, a 0.3 s wall
/// clock ends one with unlimited fuel, the default limits end one, and sleeping is refused at once.
fn sandbox(c: &mut Criterion) {
    let framework = stockholm();
    let dir = plugin("hostile");
    let attack = |host: &Host, name: &str| {
        let plugin = host.load(&dir).unwrap();
        host.render(&plugin, &framework, &[("attack".into(), name.into())])
    };
    let stopped_by = |result: Result<Vec<ramverk_plugin::OutputFile>, PluginError>| match result {
        Err(PluginError::Limit { limit, .. }) => limit,
        other => panic!("the sandbox did not stop the attack: {other:?}"),
    };
    let mut group = c.benchmark_group("sandbox");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(10));
    let fuel = Host::new(
        Limits {
            fuel: 200_000_000,
            ..Limits::default()
        },
        Some(plugin_cache_dir()),
    )
    .unwrap();
    group.bench_function("endless loop, fuel 200,000,000", |b| {
        b.iter(|| assert_eq!(stopped_by(attack(&fuel, "loop")), Limit::Fuel))
    });
    let clock = Host::new(
        Limits {
            fuel: u64::MAX,
            time: Duration::from_millis(300),
            ..Limits::default()
        },
        Some(plugin_cache_dir()),
    )
    .unwrap();
    group.bench_function("endless loop, unlimited fuel, time 0.3 s", |b| {
        b.iter(|| assert_eq!(stopped_by(attack(&clock, "loop")), Limit::Time))
    });
    let default = Host::new(Limits::default(), Some(plugin_cache_dir())).unwrap();
    group.bench_function("endless loop, default limits", |b| {
        b.iter(|| {
            let limit = stopped_by(attack(&default, "loop"));
            assert!(matches!(limit, Limit::Fuel | Limit::Time), "{limit:?}");
        })
    });
    group.bench_function("sleep, refused", |b| {
        b.iter(|| {
            let error = attack(&default, "sleep").unwrap_err().to_string();
            assert!(error.contains("sleep or wait"), "{error}");
        })
    });
    group.bench_function("300,000 files, refused by the files limit", |b| {
        b.iter(|| assert_eq!(stopped_by(attack(&default, "many-files")), Limit::Files))
    });
    group.finish();
}

/// The host's check of an export's names is one pass: 300,000 names take about three times as long
/// as 100,000.
fn output_names(c: &mut Criterion) {
    let files = |count: usize| -> Vec<OutputFile> {
        (0..count)
            .map(|i| OutputFile {
                name: format!("d{}/e{}/f{i}.txt", i % 100, i % 7),
                media_type: "text/plain".into(),
                content: Vec::new(),
            })
            .collect()
    };
    let mut group = c.benchmark_group("output names");
    group.sample_size(10);
    for count in [100_000, 300_000] {
        let files = files(count);
        group.bench_function(format!("layout of {count} names"), |b| {
            b.iter(|| black_box(layout(&files).unwrap()))
        });
    }
    group.finish();
}

criterion_group!(benches, loading, calling, scoring, sandbox, output_names);
criterion_main!(benches);
