//! Hostile plugins against the sandbox: each attack is contained with a clear message, and
//! nothing is written.

use std::path::Path;
use std::time::Duration;

use ramverk_model::Framework;
use ramverk_plugin::{Host, Limit, Limits, PluginError, write_files};
use ramverk_testkit::{plugin, plugin_cache_dir};

fn framework() -> Framework {
    ramverk_testkit::framework("stockholm-kultur")
}

fn attack(host: &Host, name: &str) -> Result<Vec<ramverk_plugin::OutputFile>, PluginError> {
    let plugin = host.load(&plugin("hostile")).unwrap();
    host.render(
        &plugin,
        &framework(),
        &[("attack".to_string(), name.to_string())],
    )
}

/// A host with `limits`, on the tests' shared compiled-plugin cache.
fn host(limits: Limits) -> Host {
    Host::new(limits, Some(plugin_cache_dir())).unwrap()
}

fn expect_limit(
    result: Result<Vec<ramverk_plugin::OutputFile>, PluginError>,
    wanted: Limit,
) -> String {
    match result {
        Err(error @ PluginError::Limit { limit, .. }) if limit == wanted => error.to_string(),
        other => panic!("expected the {} limit, got {other:?}", wanted.name()),
    }
}

#[test]
fn an_endless_loop_runs_out_of_fuel() {
    let limits = Limits {
        fuel: 200_000_000,
        ..Limits::default()
    };
    let message = expect_limit(attack(&host(limits), "loop"), Limit::Fuel);
    assert!(
        message.contains("plugin hostile") && message.contains("--plugin-limit fuel="),
        "{message}"
    );
}

#[test]
fn an_endless_loop_with_unlimited_fuel_hits_the_wall_clock() {
    let limits = Limits {
        fuel: u64::MAX,
        time: Duration::from_millis(300),
        ..Limits::default()
    };
    // How quickly the wall clock stops it is a benchmark (benches/plugins.rs, `sandbox`).
    let message = expect_limit(attack(&host(limits), "loop"), Limit::Time);
    assert!(message.contains("0.3 s"), "{message}");
}

#[test]
fn the_default_limits_stop_an_endless_loop() {
    let result = attack(&host(Limits::default()), "loop");
    assert!(
        matches!(
            result,
            Err(PluginError::Limit {
                limit: Limit::Fuel | Limit::Time,
                ..
            })
        ),
        "{result:?}"
    );
}

#[test]
fn sleeping_is_refused_instead_of_hanging() {
    // Refused, not stopped by the time limit; how fast is a benchmark (benches/plugins.rs).
    let error = attack(&host(Limits::default()), "sleep")
        .unwrap_err()
        .to_string();
    assert!(error.contains("sleep or wait"), "{error}");
}

#[test]
fn a_memory_bomb_hits_the_memory_cap() {
    let limits = Limits {
        memory: 64 << 20,
        ..Limits::default()
    };
    let message = expect_limit(attack(&host(limits), "memory"), Limit::Memory);
    assert!(
        message.contains("64 MiB") && message.contains("--plugin-limit memory="),
        "{message}"
    );
}

#[test]
fn deep_recursion_is_stopped() {
    let error = attack(&host(Limits::default()), "recursion").unwrap_err();
    // Rust's shadow stack lives in linear memory: either the engine's stack limit or a
    // memory fault stops it, never the host.
    let message = error.to_string();
    assert!(message.starts_with("plugin hostile"), "{message}");
    assert!(
        matches!(
            error,
            PluginError::Limit {
                limit: Limit::Stack,
                ..
            } | PluginError::Trap { .. }
        ),
        "{error:?}"
    );
}

#[test]
fn huge_output_hits_the_output_cap() {
    let limits = Limits {
        output: 1 << 20,
        ..Limits::default()
    };
    let message = expect_limit(attack(&host(limits), "huge-output"), Limit::Output);
    assert!(
        message.contains("48 MiB") && message.contains("1 MiB"),
        "{message}"
    );
}

#[test]
fn path_traversal_and_absolute_names_are_refused_before_anything_is_written() {
    let host = host(Limits::default());
    for name in ["traversal", "absolute"] {
        let error = attack(&host, name).unwrap_err();
        assert!(matches!(error, PluginError::Invalid { .. }), "{error:?}");
        assert!(error.to_string().contains("output directory"), "{error}");
    }
    assert!(!Path::new("/tmp/ramverk-escaped.txt").exists());
}

#[test]
fn names_that_do_not_fit_together_are_refused_before_anything_is_written() {
    let host = host(Limits::default());
    for (name, expected) in [
        ("duplicate", "it returned the file `a.txt` twice"),
        (
            "file-and-folder",
            "it returned both `x/y.txt` and `x`: `x` cannot be a folder and a file",
        ),
    ] {
        let error = attack(&host, name).unwrap_err();
        assert!(matches!(error, PluginError::Invalid { .. }), "{error:?}");
        assert!(error.to_string().contains(expected), "{error}");
    }
}

#[test]
fn write_files_checks_the_names_again_and_writes_nothing() {
    let file = |name: &str| ramverk_plugin::OutputFile {
        name: name.into(),
        media_type: "text/plain".into(),
        content: b"x".to_vec(),
    };
    let dir = tempfile::tempdir().unwrap();
    for files in [
        vec![file("a.txt"), file("a.txt")],
        vec![file("x/y.txt"), file("x")],
    ] {
        let error = write_files(dir.path(), &files, "hostile").unwrap_err();
        assert!(matches!(error, PluginError::Invalid { .. }), "{error:?}");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }
}

#[test]
fn three_hundred_thousand_files_hit_the_files_limit() {
    let message = expect_limit(attack(&host(Limits::default()), "many-files"), Limit::Files);
    assert!(
        message.contains("it returned 300,000 files")
            && message.contains("more than 10,000 files and folders")
            && message.contains("--plugin-limit files=N"),
        "{message}"
    );
}

#[test]
fn folders_count_towards_the_files_limit() {
    let limits = Limits {
        files: 3,
        ..Limits::default()
    };
    let host = host(limits);
    let plugin = host.load(&plugin("hostile")).unwrap();
    let many = |count: &str| {
        let settings = [
            ("attack".to_string(), "many-files".to_string()),
            ("count".to_string(), count.to_string()),
        ];
        host.render(&plugin, &framework(), &settings)
    };
    // Two files in the folder `many/`: three entries, within the limit.
    assert_eq!(many("2").unwrap().len(), 2);
    // Three files and their folder: four.
    let message = expect_limit(many("3"), Limit::Files);
    assert!(
        message.contains("it returned 4 files and folders, more than 3 files and folders"),
        "{message}"
    );
}
