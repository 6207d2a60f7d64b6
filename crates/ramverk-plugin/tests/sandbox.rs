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
fn duplicate_names_write_nothing() {
    let files = attack(&host(Limits::default()), "duplicate").unwrap();
    let dir = tempfile::tempdir().unwrap();
    let error = write_files(dir.path(), &files, "hostile").unwrap_err();
    assert!(error.to_string().contains("twice"), "{error}");
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

#[test]
fn a_panic_is_reported_with_its_message() {
    let error = attack(&host(Limits::default()), "panic").unwrap_err();
    let message = error.to_string();
    assert!(
        message.contains("plugin hostile crashed: it panicked"),
        "{message}"
    );
    assert!(
        message.contains("panics on purpose (framework stockholm-kultur)"),
        "{message}"
    );
}

#[test]
fn a_reported_error_names_the_plugin() {
    let error = attack(&host(Limits::default()), "report")
        .unwrap_err()
        .to_string();
    assert_eq!(
        error,
        "plugin hostile reported an error: this framework cannot be exported: the hostile plugin says so"
    );
}

#[test]
fn files_environment_network_clock_and_randomness_are_closed_or_fixed() {
    let host = host(Limits::default());
    let probe = || String::from_utf8(attack(&host, "probe").unwrap()[0].content.clone()).unwrap();
    let text = probe();
    for forbidden in ["READ", "LISTED", "WROTE", "CONNECTED"] {
        assert!(
            !text.contains(forbidden),
            "the plugin escaped ({forbidden}):\n{text}"
        );
    }
    assert!(text.contains("env: 0 variables"), "{text}");
    assert!(text.contains("args: 0"), "{text}");
    assert!(
        text.contains("time: 946684800"),
        "the wall clock is not fixed:\n{text}"
    );
    assert_eq!(
        text,
        probe(),
        "two runs differ: randomness or time is not deterministic"
    );
}

#[test]
fn an_unknown_setting_is_refused() {
    let host = host(Limits::default());
    let plugin = host.load(&plugin("hostile")).unwrap();
    let error = host
        .render(&plugin, &framework(), &[("atack".into(), "loop".into())])
        .unwrap_err()
        .to_string();
    assert!(
        error.contains("no setting `atack`") && error.contains("its settings are attack"),
        "{error}"
    );
}

#[test]
fn a_plugin_for_a_newer_api_is_refused_clearly() {
    let host = host(Limits::default());
    let error = host.load(&plugin("future-api")).err().unwrap();
    assert!(matches!(error, PluginError::ApiVersion { .. }), "{error:?}");
    assert_eq!(
        error.to_string(),
        "plugin future-api was built for plugin API 2.0.0, but this ramverk supports API 1.0.0; rebuild it with ramverk-plugin-sdk 1.0.0"
    );
}

#[test]
fn a_manifest_claiming_a_newer_api_is_refused_before_loading() {
    let dir = tempfile::tempdir().unwrap();
    let source = plugin("stockholm-scoring");
    let manifest = std::fs::read_to_string(source.join("plugin.yaml"))
        .unwrap()
        .replace("api: 1.0.0", "api: 2.1.0");
    std::fs::write(dir.path().join("plugin.yaml"), manifest).unwrap();
    let error = host(Limits::default())
        .load(dir.path())
        .err()
        .unwrap()
        .to_string();
    assert!(error.contains("built for plugin API 2.1.0"), "{error}");
}

#[test]
fn a_file_that_is_not_a_component_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        plugin("stockholm-scoring").join("plugin.yaml"),
        dir.path().join("plugin.yaml"),
    )
    .unwrap();
    std::fs::write(
        dir.path().join("stockholm_scoring.wasm"),
        b"\0asm not really",
    )
    .unwrap();
    let error = host(Limits::default()).load(dir.path()).err().unwrap();
    assert!(matches!(error, PluginError::Compile { .. }), "{error:?}");
    assert!(
        error
            .to_string()
            .contains("is not a WebAssembly component ramverk can run"),
        "{error}"
    );
}

#[test]
fn a_wrong_kind_is_refused() {
    let host = host(Limits::default());
    let plugin = host.load(&plugin("hostile")).unwrap();
    let error = host
        .derive(&plugin, &framework(), &[])
        .unwrap_err()
        .to_string();
    assert_eq!(
        error,
        "plugin hostile is of kind export; this needs a plugin of kind role-profile"
    );
}

#[test]
fn a_manifest_whose_kind_the_component_does_not_export_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let source = plugin("stockholm-scoring");
    let manifest = std::fs::read_to_string(source.join("plugin.yaml"))
        .unwrap()
        .replace("kind: scoring", "kind: export\nformat: x");
    std::fs::write(dir.path().join("plugin.yaml"), manifest).unwrap();
    std::fs::copy(
        source.join("stockholm_scoring.wasm"),
        dir.path().join("stockholm_scoring.wasm"),
    )
    .unwrap();
    let error = host(Limits::default())
        .load(dir.path())
        .err()
        .unwrap()
        .to_string();
    assert!(
        error.contains(
            "its manifest says kind export, but the component exports ramverk:plugin/scoring"
        ),
        "{error}"
    );
}
