//! Compiled plugins, cached by the plugin's content hash and the engine's compatibility hash, and
//! loaded only when this user's ramverk wrote them.
//!
//! An entry is `MAGIC`, an HMAC-SHA256 tag, then wasmtime's serialized component. The tag is keyed
//! with the cache folder's secret key (`cache_key`) and covers the plugin's SHA-256, the engine's
//! compatibility hash, ramverk's version and the serialized bytes: an entry is loaded only when its
//! tag verifies (in constant time), so a corrupt entry, an entry for another plugin or engine, and
//! one written by anyone who does not hold the key are compiled again and replaced, never loaded.

use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};

use hmac::{Hmac, KeyInit, Mac};
use sha2::{Digest, Sha256};
use wasmtime::Engine;
use wasmtime::component::Component;

use crate::cache_key::TrustedDir;

const MAGIC: &[u8; 16] = b"ramverk-cwasm-2\n";

/// The length of an HMAC-SHA256 tag.
const TAG_LEN: usize = 32;

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
    /// The cache folder or its key is not safe to trust (the reason): compiled in memory, nothing
    /// read from or written to the cache.
    Refused(String),
}

/// The component for `wasm`, from the trusted cache folder when an authentic entry exists there.
pub fn load(
    engine: &Engine,
    wasm: &[u8],
    dir: &TrustedDir,
) -> Result<(Component, CacheOutcome), String> {
    let path = entry_path(engine, wasm, &dir.path);
    let outcome = match std::fs::read(&path) {
        Err(_) => CacheOutcome::Compiled,
        Ok(bytes) => match open(engine, wasm, &dir.key, &bytes) {
            Ok(component) => return Ok((component, CacheOutcome::Reused)),
            Err(reason) => CacheOutcome::Recompiled(reason),
        },
    };
    let component = compile(engine, wasm)?;
    // A cache that cannot be written only costs the next run a compilation.
    if let Ok(payload) = component.serialize() {
        let entry = entry(engine, wasm, &dir.key, &payload);
        let _ = ramverk_source::write_atomic(&path, &entry);
    }
    Ok((component, outcome))
}

/// The file for `wasm` under `dir`: content hash plus engine compatibility hash.
pub fn entry_path(engine: &Engine, wasm: &[u8], dir: &Path) -> PathBuf {
    let content = hex(&Sha256::digest(wasm));
    dir.join(format!("{content}-{:016x}.cwasm", fingerprint(engine)))
}

/// The engine's compatibility hash (wasmtime's version, target and settings) and ramverk's version.
fn fingerprint(engine: &Engine) -> u64 {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    engine.precompile_compatibility_hash().hash(&mut hasher);
    env!("CARGO_PKG_VERSION").hash(&mut hasher);
    hasher.finish()
}

pub fn compile(engine: &Engine, wasm: &[u8]) -> Result<Component, String> {
    Component::new(engine, wasm).map_err(|error| format!("{error:#}"))
}

/// The HMAC over everything an entry stands for: which plugin, which engine, which bytes.
fn mac(engine: &Engine, wasm: &[u8], key: &[u8], payload: &[u8]) -> Hmac<Sha256> {
    let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(key)
        .unwrap_or_else(|_| unreachable!("HMAC takes keys of any length"));
    mac.update(MAGIC);
    mac.update(&Sha256::digest(wasm));
    mac.update(&fingerprint(engine).to_le_bytes());
    mac.update(&(payload.len() as u64).to_le_bytes());
    mac.update(payload);
    mac
}

fn entry(engine: &Engine, wasm: &[u8], key: &[u8], payload: &[u8]) -> Vec<u8> {
    let tag = mac(engine, wasm, key, payload).finalize().into_bytes();
    let mut bytes = Vec::with_capacity(MAGIC.len() + TAG_LEN + payload.len());
    bytes.extend_from_slice(MAGIC);
    bytes.extend_from_slice(&tag);
    bytes.extend_from_slice(payload);
    bytes
}

fn open(engine: &Engine, wasm: &[u8], key: &[u8], bytes: &[u8]) -> Result<Component, String> {
    let rest = bytes
        .strip_prefix(MAGIC.as_slice())
        .ok_or("the entry has no ramverk header")?;
    if rest.len() < TAG_LEN {
        return Err("the entry is truncated".into());
    }
    let (tag, payload) = rest.split_at(TAG_LEN);
    mac(engine, wasm, key, payload).verify_slice(tag).map_err(|_| {
        "the entry's authentication code does not match (corrupt, for another plugin, or not written by your ramverk)".to_string()
    })?;
    // SAFETY: `deserialize` runs native code outside the sandbox. The payload is byte-for-byte
    // what `Component::serialize` wrote for this plugin and an engine with the same compatibility
    // hash: its HMAC verified with the key that only this user can read (`cache_key` refuses a
    // folder or key that anyone else can write, or a key anyone else can read), and wasmtime
    // checks its own header again.
    unsafe { Component::deserialize(engine, payload) }
        .map_err(|error| format!("wasmtime refused the entry: {error}"))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
