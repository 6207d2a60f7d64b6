//! What the plugin-using commands share: the host with the user's limits, settings, and finding
//! a plugin by name or path.

use std::path::Path;

use anyhow::{Context as _, bail};
use ramverk_plugin::{
    CacheOutcome, Found, Host, Kind, Limits, Plugin, PluginError, Source, discover, search_paths,
};
use ramverk_render::diagnostics::{self, Short};
use ramverk_source::SourceMap;

use crate::cli::PluginOptions;

/// A host with the default limits and the user's `--plugin-limit` overrides.
pub fn host(options: &PluginOptions) -> anyhow::Result<Host> {
    let mut limits = Limits::default();
    for text in &options.limits {
        limits = limits
            .with_override(text)
            .map_err(anyhow::Error::msg)
            .context("--plugin-limit")?;
    }
    Ok(Host::new(limits, Host::default_cache_dir())?)
}

/// The `--config KEY=VALUE` pairs.
pub fn settings(options: &PluginOptions) -> anyhow::Result<Vec<(String, String)>> {
    options
        .config
        .iter()
        .map(|text| match text.split_once('=') {
            Some((key, value)) if !key.trim().is_empty() => {
                Ok((key.trim().to_string(), value.to_string()))
            }
            _ => bail!("--config `{text}` is not KEY=VALUE"),
        })
        .collect()
}

/// Every plugin found for these options (explicit paths first).
pub fn found(options: &PluginOptions) -> Vec<Found> {
    discover(&options.paths, &search_paths(Path::new(".")))
}

/// Loads the plugin `name` (a name, an export format, or a path) of `kind`.
pub fn load(
    host: &Host,
    options: &PluginOptions,
    name: &str,
    kind: Option<Kind>,
) -> anyhow::Result<Plugin> {
    let source = locate(options, name, kind)?;
    let plugin = host.load_source(&source).map_err(|error| match error {
        PluginError::Manifest(error) => {
            let mut map = SourceMap::default();
            let finding = error.diagnostic(&mut map);
            anyhow::anyhow!(diagnostics::short(&map, &finding, Short::MessageOnly))
        }
        other => other.into(),
    })?;
    if let Some(tightened) = host.cache_tightened() {
        static SAID: std::sync::Once = std::sync::Once::new();
        SAID.call_once(|| {
            crate::output::print_note(&format!(
                "note: the compiled-plugin cache {} could be read by other users (mode {:o}); it is now private (mode 700)",
                tightened.path.display(),
                tightened.mode
            ))
        });
    }
    if let CacheOutcome::Refused(reason) = &plugin.cache {
        static SAID: std::sync::Once = std::sync::Once::new();
        SAID.call_once(|| {
            eprintln!(
                "warning: the compiled-plugin cache is not used: {reason}\n  plugins are compiled on every run until this is fixed"
            )
        });
    }
    Ok(plugin)
}

/// Where the plugin `name` is: a path as given, or the first discovered plugin answering to it
/// that is built (a plugin on disk before a built-in one).
pub fn locate(options: &PluginOptions, name: &str, kind: Option<Kind>) -> anyhow::Result<Source> {
    let as_path = Path::new(name);
    if name.contains(['/', '\\'])
        || name.ends_with(".wasm")
        || name.ends_with(".yaml")
        || as_path.is_dir()
    {
        return Ok(Source::Path(as_path.to_path_buf()));
    }
    let found = found(options);
    let candidates: Vec<&Found> = found
        .iter()
        .filter(|f| f.answers_to(name) && kind.is_none_or(|k| f.kind() == Some(k)))
        .collect();
    let built = candidates.iter().position(|f| f.is_built());
    if let Some(index) = built {
        let chosen = candidates[index];
        // An unbuilt plugin on disk would have been chosen: say why it is passed over.
        if let Some(unbuilt) = candidates[..index].first() {
            let folder = |found: &Found| {
                found
                    .manifest_path()
                    .map(|path| path.parent().unwrap_or(path).display().to_string())
            };
            crate::output::print_note(&format!(
                "note: plugin {} ({}) is not built: {} is missing; using {} from {} instead",
                unbuilt.name().unwrap_or(name),
                folder(unbuilt).unwrap_or_default(),
                unbuilt.wasm_path().unwrap_or_default().display(),
                chosen.name().unwrap_or(name),
                folder(chosen).unwrap_or_else(|| "the built-in plugins".into()),
            ));
        }
        return Ok(chosen.source.clone());
    }
    if let Some(unbuilt) = candidates.first() {
        let wasm = unbuilt.wasm_path().unwrap_or_default();
        bail!(
            "plugin {} ({}) is not built: {} is missing\n  help: build it with `cargo build --release --target wasm32-wasip2` and put the .wasm beside its plugin.yaml",
            unbuilt.name().unwrap_or(name),
            unbuilt.manifest_path().unwrap_or(Path::new(name)).display(),
            wasm.display()
        );
    }
    let mut of_kind: Vec<String> = found
        .iter()
        .filter(|f| kind.is_none_or(|k| f.kind() == Some(k)))
        .filter_map(|f| f.manifest.as_ref().ok())
        .map(|m| {
            m.format
                .clone()
                .filter(|_| kind == Some(Kind::Export))
                .unwrap_or_else(|| m.name.clone())
        })
        .collect();
    // A name found in several places (a project plugin overriding a built-in one) is named once.
    let mut seen = std::collections::HashSet::new();
    of_kind.retain(|name| seen.insert(name.clone()));
    let what = kind.map_or("plugin".to_string(), |k| format!("{k} plugin"));
    let known = if of_kind.is_empty() {
        "none is installed".to_string()
    } else {
        format!("available: {}", of_kind.join(", "))
    };
    bail!(
        "no {what} `{name}` in ./plugins, the user plugin folder, --plugin paths or the built-in plugins; {known}\n  help: run `ramverk plugin list` to see what is found where"
    )
}
