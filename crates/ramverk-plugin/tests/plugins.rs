//! The example plugins through the host: scoring, role profiles, self-tests, and the cache.

use ramverk_assess::synthetic::{RoundSpec, round};
use ramverk_assess::{GroupKind, Outcome};
use ramverk_model::Framework;
use ramverk_plugin::{CacheOutcome, Host, Limits};
use ramverk_testkit::{plugin, plugin_cache_dir};
use sha2::{Digest, Sha256};

fn framework() -> Framework {
    ramverk_testkit::framework("stockholm-kultur")
}

/// A host on the tests' shared compiled-plugin cache.
fn host() -> Host {
    Host::new(Limits::default(), Some(plugin_cache_dir())).unwrap()
}

#[test]
fn every_example_plugin_passes_its_self_test() {
    let host = host();
    for name in ["stockholm-scoring", "derived-role", "case-export"] {
        let plugin = host.load(&plugin(name)).unwrap();
        host.self_test(&plugin).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(plugin.api, "1.1.0");
    }
    // A plugin built for API 1.0.0 loads and passes its self-test under API 1.1.
    let plugin = host.load(&plugin("api-1-0")).unwrap();
    host.self_test(&plugin).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(plugin.api, "1.0.0");
}

#[test]
fn the_scoring_plugin_agrees_with_the_same_rule_compiled_natively() {
    let framework = framework();
    let input = round(
        &framework,
        RoundSpec {
            persons: 1_098,
            seed: 7,
            round: 1,
        },
    );
    let host = host();
    let plugin = host.load(&plugin("stockholm-scoring")).unwrap();
    let through_plugin = host.score(&plugin, &framework, input.clone(), &[]).unwrap();
    let native = stockholm_native(&framework, input.clone());
    assert_eq!(through_plugin, native);
    let everyone = through_plugin
        .aggregates
        .iter()
        .find(|a| a.kind == GroupKind::All)
        .unwrap();
    assert_eq!(everyone.persons, 1_098);
    let share = everyone.persons_with_need_share().unwrap();
    assert!(
        (0.05..0.95).contains(&share),
        "implausible share with a need: {share}"
    );
    // Every need is a counted rating below the expected level.
    for i in 0..input.ratings.len() {
        let (expected, counted) = (
            through_plugin.ratings.expected[i],
            through_plugin.ratings.counted[i],
        );
        let outcome = through_plugin.ratings.outcome[i];
        assert_eq!(
            outcome == Outcome::Need,
            expected > 0 && counted > 0 && counted < expected
        );
    }
}

#[test]
fn scoring_settings_change_the_result() {
    let framework = framework();
    let input = round(
        &framework,
        RoundSpec {
            persons: 200,
            seed: 3,
            round: 1,
        },
    );
    let host = host();
    let plugin = host.load(&plugin("stockholm-scoring")).unwrap();
    let high = |settings: &[(String, String)]| {
        let output = host
            .score(&plugin, &framework, input.clone(), settings)
            .unwrap();
        output
            .aggregates
            .iter()
            .find(|a| a.kind == GroupKind::All)
            .unwrap()
            .high_motivation
    };
    assert!(high(&[("high-motivation".into(), "5".into())]) < high(&[]));
    let error = host
        .score(
            &plugin,
            &framework,
            input.clone(),
            &[("high-motivation".into(), "very".into())],
        )
        .unwrap_err();
    assert!(
        error
            .to_string()
            .contains("reported an error: the setting `high-motivation` = \"very\" is not valid"),
        "{error}"
    );
}

#[test]
fn the_derived_role_plugin_adds_systemforvaltare() {
    let framework = framework();
    let host = host();
    let plugin = host.load(&plugin("derived-role")).unwrap();
    let derived = host.derive(&plugin, &framework, &[]).unwrap();
    assert_eq!(derived.roles.len(), 1);
    assert_eq!(derived.roles[0].title, "Systemförvaltare");
    let applied = derived.apply(framework.clone());
    let digitalisering = applied.areas.iter().find(|a| a.id == "6").unwrap();
    assert!(
        digitalisering
            .restricted_to
            .contains(&"systemforvaltare".to_string()),
        "area 6 is opened to the derived role"
    );
    let base = &applied
        .profiles
        .iter()
        .find(|p| p.role == "systemansvarig")
        .unwrap()
        .expected;
    let derived = &applied
        .profiles
        .iter()
        .find(|p| p.role == "systemforvaltare")
        .unwrap()
        .expected;
    assert_eq!(base.len(), derived.len());
    for (competence, expectation) in derived {
        let base_level = base[competence].level().unwrap();
        let lowered = ["6.4", "6.5", "6.7", "6.8"].contains(&competence.as_str());
        let want = if lowered {
            base_level.saturating_sub(1).max(1)
        } else {
            base_level
        };
        assert_eq!(expectation.level(), Some(want), "{competence}");
    }
}

#[test]
fn derived_profiles_with_unknown_competences_are_refused() {
    let host = host();
    let plugin = host.load(&plugin("derived-role")).unwrap();
    let error = host
        .derive(&plugin, &framework(), &[("deltas".into(), "9.9=+1".into())])
        .unwrap_err()
        .to_string();
    assert!(
        error.contains(
            "plugin derived-role reported an error: the delta names the competence `9.9`"
        ),
        "{error}"
    );
    let error = host
        .derive(&plugin, &framework(), &[("base".into(), "nobody".into())])
        .unwrap_err()
        .to_string();
    assert!(
        error.contains("the base role `nobody` has no profile"),
        "{error}"
    );
}

#[test]
fn the_cache_compiles_once_then_reuses_and_never_trusts_a_corrupt_entry() {
    // A private cache: this test watches what the cache does from empty.
    let cache = tempfile::tempdir().unwrap();
    let host = Host::new(Limits::default(), Some(cache.path().to_path_buf())).unwrap();
    let dir = plugin("stockholm-scoring");
    assert_eq!(host.load(&dir).unwrap().cache, CacheOutcome::Compiled);
    assert_eq!(host.load(&dir).unwrap().cache, CacheOutcome::Reused);
    let wasm = std::fs::read(dir.join("stockholm_scoring.wasm")).unwrap();
    let entry = ramverk_plugin::cache_entry_path(host.engine(), &wasm, cache.path());
    // Flip a byte in the compiled code: the HMAC catches it and the plugin is recompiled.
    let mut bytes = std::fs::read(&entry).unwrap();
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0xff;
    std::fs::write(&entry, &bytes).unwrap();
    let reloaded = host.load(&dir).unwrap();
    assert!(
        matches!(&reloaded.cache, CacheOutcome::Recompiled(reason) if reason.contains("authentication code")),
        "{:?}",
        reloaded.cache
    );
    host.self_test(&reloaded).unwrap();
    assert_eq!(host.load(&dir).unwrap().cache, CacheOutcome::Reused);
    // A truncated entry and one from another tool are recompiled too.
    std::fs::write(&entry, &bytes[..100]).unwrap();
    assert!(matches!(
        host.load(&dir).unwrap().cache,
        CacheOutcome::Recompiled(_)
    ));
    std::fs::write(&entry, b"not a cache entry").unwrap();
    assert!(matches!(
        host.load(&dir).unwrap().cache,
        CacheOutcome::Recompiled(_)
    ));
    // A changed plugin gets its own entry (the key is its content hash).
    assert_ne!(
        entry,
        ramverk_plugin::cache_entry_path(host.engine(), b"other bytes", cache.path())
    );
}

/// The compiled code of `package` as this engine serializes it: what an attacker who can write to
/// the cache folder (but cannot read its key) could plant.
fn serialized(package: &str, wasm_name: &str) -> Vec<u8> {
    let cache = tempfile::tempdir().unwrap();
    let host = Host::new(Limits::default(), Some(cache.path().to_path_buf())).unwrap();
    let dir = plugin(package);
    assert_eq!(host.load(&dir).unwrap().cache, CacheOutcome::Compiled);
    let wasm = std::fs::read(dir.join(wasm_name)).unwrap();
    let entry = std::fs::read(ramverk_plugin::cache_entry_path(
        host.engine(),
        &wasm,
        cache.path(),
    ))
    .unwrap();
    // The header (16 bytes) and the tag (32 bytes) come first.
    entry[48..].to_vec()
}

#[test]
fn a_forged_cache_entry_is_refused_and_never_loaded() {
    let cache = tempfile::tempdir().unwrap();
    let host = Host::new(Limits::default(), Some(cache.path().to_path_buf())).unwrap();
    let dir = plugin("stockholm-scoring");
    let wasm = std::fs::read(dir.join("stockholm_scoring.wasm")).unwrap();
    let entry = ramverk_plugin::cache_entry_path(host.engine(), &wasm, cache.path());
    assert_eq!(host.load(&dir).unwrap().cache, CacheOutcome::Compiled);
    // Forged: another plugin's native code (the hostile exporter) under the scoring plugin's
    // entry, with a correct SHA-256 checksum where the tag goes, in the current and in the old
    // entry format. Loaded, it would be an exporter and `load` would fail on its kind.
    let evil = serialized("hostile", "hostile.wasm");
    let checksum = Sha256::digest(&evil);
    for magic in [b"ramverk-cwasm-2\n", b"ramverk-cwasm-1\n"] {
        let forged = [magic.as_slice(), checksum.as_slice(), &evil].concat();
        std::fs::write(&entry, &forged).unwrap();
        let loaded = host.load(&dir).unwrap();
        assert!(
            matches!(&loaded.cache, CacheOutcome::Recompiled(_)),
            "{:?}",
            loaded.cache
        );
        host.self_test(&loaded).unwrap();
    }
    // An authentic entry from another user's (or another folder's) cache: a different key.
    let theirs = tempfile::tempdir().unwrap();
    let other = Host::new(Limits::default(), Some(theirs.path().to_path_buf())).unwrap();
    other.load(&dir).unwrap();
    std::fs::copy(
        ramverk_plugin::cache_entry_path(other.engine(), &wasm, theirs.path()),
        &entry,
    )
    .unwrap();
    let loaded = host.load(&dir).unwrap();
    assert!(
        matches!(&loaded.cache, CacheOutcome::Recompiled(reason) if reason.contains("not written by your ramverk")),
        "{:?}",
        loaded.cache
    );
    // The recompiled entry replaced the forgery and is trusted again.
    assert_eq!(host.load(&dir).unwrap().cache, CacheOutcome::Reused);
}

#[cfg(unix)]
#[test]
fn a_cache_folder_others_can_write_is_not_used_at_all() {
    use std::os::unix::fs::PermissionsExt;
    let cache = tempfile::tempdir().unwrap();
    let dir = plugin("stockholm-scoring");
    let wasm = std::fs::read(dir.join("stockholm_scoring.wasm")).unwrap();
    // A valid entry and key made while the folder was private…
    let host = Host::new(Limits::default(), Some(cache.path().to_path_buf())).unwrap();
    assert_eq!(host.load(&dir).unwrap().cache, CacheOutcome::Compiled);
    let entry = ramverk_plugin::cache_entry_path(host.engine(), &wasm, cache.path());
    let before = std::fs::read(&entry).unwrap();
    // …are neither read nor rewritten once anyone may write to the folder.
    std::fs::set_permissions(cache.path(), std::fs::Permissions::from_mode(0o777)).unwrap();
    let host = Host::new(Limits::default(), Some(cache.path().to_path_buf())).unwrap();
    let loaded = host.load(&dir).unwrap();
    assert!(
        matches!(&loaded.cache, CacheOutcome::Refused(reason) if reason.contains("writable by other users")),
        "{:?}",
        loaded.cache
    );
    host.self_test(&loaded).unwrap();
    assert_eq!(std::fs::read(&entry).unwrap(), before);
}

/// The Stockholm rule compiled natively: ramverk's built-in rule runs the same code.
fn stockholm_native(framework: &Framework, input: ramverk_assess::Input) -> ramverk_assess::Output {
    ramverk_assess::score_builtin(framework, &input, ramverk_assess::Rule::default()).unwrap()
}
