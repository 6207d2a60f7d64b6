//! Compiled plugins, cached by the plugin's content hash and the engine's compatibility hash.
//!
//! An entry is `MAGIC`, the SHA-256 of the payload, then wasmtime's serialized component. An entry
//! whose checksum or header does not match is recompiled and replaced, never loaded.

use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};
use wasmtime::Engine;
use wasmtime::component::Component;

const MAGIC: &[u8; 16] = b"ramverk-cwasm-1\n";

/// What the cache did for one load.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CacheOutcome {
    /// No entry: compiled and stored.
    Compiled,
    /// Loaded from the cache without compiling.
    Reused,
    /// The entry was unusable (the reason); compiled again and replaced.
    Recompiled(String),
    /// No cache directory: compiled in memory.
    Disabled,
}

/// The component for `wasm`, from `dir` when a sound entry exists there.
pub fn load(
    engine: &Engine,
    wasm: &[u8],
    dir: Option<&Path>,
) -> Result<(Component, CacheOutcome), String> {
    let Some(dir) = dir else {
        return Ok((compile(engine, wasm)?, CacheOutcome::Disabled));
    };
    let path = entry_path(engine, wasm, dir);
    let outcome = match std::fs::read(&path) {
        Err(_) => CacheOutcome::Compiled,
        Ok(bytes) => match open(engine, &bytes) {
            Ok(component) => return Ok((component, CacheOutcome::Reused)),
            Err(reason) => CacheOutcome::Recompiled(reason),
        },
    };
    let component = compile(engine, wasm)?;
    // A cache that cannot be written only costs the next run a compilation.
    if let Ok(payload) = component.serialize() {
        let _ = std::fs::create_dir_all(dir)
            .and_then(|()| ramverk_source::write_atomic(&path, &entry(&payload)));
    }
    Ok((component, outcome))
}

/// The file for `wasm` under `dir`: content hash plus engine compatibility hash.
pub fn entry_path(engine: &Engine, wasm: &[u8], dir: &Path) -> PathBuf {
    let content = hex(&Sha256::digest(wasm));
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    engine.precompile_compatibility_hash().hash(&mut hasher);
    env!("CARGO_PKG_VERSION").hash(&mut hasher);
    dir.join(format!("{content}-{:016x}.cwasm", hasher.finish()))
}

fn compile(engine: &Engine, wasm: &[u8]) -> Result<Component, String> {
    Component::new(engine, wasm).map_err(|error| format!("{error:#}"))
}

fn entry(payload: &[u8]) -> Vec<u8> {
    let mut bytes = Vec::with_capacity(MAGIC.len() + 32 + payload.len());
    bytes.extend_from_slice(MAGIC);
    bytes.extend_from_slice(&Sha256::digest(payload));
    bytes.extend_from_slice(payload);
    bytes
}

fn open(engine: &Engine, bytes: &[u8]) -> Result<Component, String> {
    let rest = bytes
        .strip_prefix(MAGIC.as_slice())
        .ok_or("the entry has no ramverk header")?;
    if rest.len() < 32 {
        return Err("the entry is truncated".into());
    }
    let (sum, payload) = rest.split_at(32);
    if Sha256::digest(payload).as_slice() != sum {
        return Err("the entry's checksum does not match (corrupt or truncated)".into());
    }
    // SAFETY: the payload is byte-for-byte what `Component::serialize` wrote for an engine with
    // the same compatibility hash (checked by the SHA-256 above and by wasmtime's own header
    // check); the cache directory is as trusted as the ramverk binary itself.
    unsafe { Component::deserialize(engine, payload) }
        .map_err(|error| format!("wasmtime refused the entry: {error}"))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
