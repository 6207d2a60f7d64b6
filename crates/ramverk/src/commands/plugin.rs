//! `ramverk plugin list|inspect|check`.

use ramverk_plugin::{CacheOutcome, Found, Location, Plugin};
use ramverk_render::diagnostics::{self, Short};
use ramverk_source::SourceMap;
use serde_json::json;

use super::plugin_options;
use crate::cli::{Format, PluginCommand, PluginFileArgs, PluginListArgs};
use crate::output::{self, Outcome};

pub fn run(command: &PluginCommand) -> anyhow::Result<Outcome> {
    match command {
        PluginCommand::List(args) => list(args),
        PluginCommand::Inspect(args) => inspect(args),
        PluginCommand::Check(args) => check(args),
    }
}

fn list(args: &PluginListArgs) -> anyhow::Result<Outcome> {
    let found = plugin_options::found(&args.plugins);
    let shadowed = |index: usize| {
        found[..index]
            .iter()
            .any(|earlier| found[index].shadowed_by(earlier))
    };
    let out = match args.format {
        Format::Json => {
            let items: Vec<_> = found
                .iter()
                .enumerate()
                .map(|(i, f)| list_json(f, shadowed(i)))
                .collect();
            serde_json::to_string_pretty(&json!({ "plugins": items }))? + "\n"
        }
        Format::Human if found.is_empty() => {
            let paths: Vec<String> = ramverk_plugin::search_paths(std::path::Path::new("."))
                .iter()
                .map(|p| p.dir.display().to_string())
                .collect();
            format!(
                "no plugins found (looked in {} and --plugin paths)\n",
                paths.join(", ")
            )
        }
        Format::Human => found
            .iter()
            .enumerate()
            .map(|(i, f)| list_line(f, shadowed(i)))
            .collect(),
    };
    output::print_as(args.format, &out)?;
    Ok(Outcome::Ok)
}

fn list_line(found: &Found, shadowed: bool) -> String {
    match &found.manifest {
        Err(error) => {
            let mut map = SourceMap::default();
            let finding = error.diagnostic(&mut map);
            let finding = diagnostics::short(&map, &finding, Short::WithSeverity);
            format!(
                "?  {}  (unreadable manifest)\n    {}\n",
                where_found(found),
                finding.replace('\n', "\n    ")
            )
        }
        Ok(m) => {
            let format = m
                .format
                .as_deref()
                .map(|f| format!(" --format {f}"))
                .unwrap_or_default();
            let state = if !found.is_built() {
                " [not built]"
            } else if shadowed {
                " [shadowed]"
            } else {
                ""
            };
            format!(
                "{} {}  {}{format}  api {}  ({}){state}\n    {}\n",
                m.name,
                m.version,
                m.kind,
                m.api,
                where_found(found),
                m.description
            )
        }
    }
}

/// `project: plugins/case-export` (the plugin's folder), or `built-in`.
fn where_found(found: &Found) -> String {
    match found.manifest_path() {
        Some(path) => format!(
            "{}: {}",
            found.origin,
            path.parent().unwrap_or(path).display()
        ),
        None => found.origin.to_string(),
    }
}

fn list_json(found: &Found, shadowed: bool) -> serde_json::Value {
    json!({
        "manifest": found.manifest_path(),
        "origin": found.origin.name(),
        "name": found.name(),
        "kind": found.kind().map(|k| k.name()),
        "version": found.manifest.as_ref().ok().map(|m| &m.version),
        "api": found.manifest.as_ref().ok().map(|m| &m.api),
        "format": found.manifest.as_ref().ok().and_then(|m| m.format.as_ref()),
        "description": found.manifest.as_ref().ok().map(|m| &m.description),
        "built": found.is_built(),
        "shadowed": shadowed,
        "error": found.manifest.as_ref().err().map(|e| e.to_string()),
        "diagnostic": found.manifest.as_ref().err().map(|e| {
            let mut map = SourceMap::default();
            let finding = e.diagnostic(&mut map);
            diagnostics::json(&map, &finding)
        }),
    })
}

fn inspect(args: &PluginFileArgs) -> anyhow::Result<Outcome> {
    let host = plugin_options::host(&args.plugins)?;
    let plugin = plugin_options::load(&host, &args.plugins, &args.plugin, None)?;
    let exports = plugin.exports(host.engine());
    let out = match args.format {
        Format::Json => serde_json::to_string_pretty(&inspect_json(&plugin, &exports))? + "\n",
        Format::Human => inspect_text(&plugin, &exports),
    };
    output::print_as(args.format, &out)?;
    Ok(Outcome::Ok)
}

fn inspect_text(plugin: &Plugin, exports: &[String]) -> String {
    let m = &plugin.manifest;
    let mut out = format!("{} {} — {}\n", m.name, m.version, m.description);
    out += &format!("  kind:      {}\n", m.kind);
    if let Some(format) = &m.format {
        out += &format!("  format:    {format}  (ramverk export --format {format})\n");
    }
    out += &format!(
        "  api:       {} (manifest), {} (component)\n",
        m.api, plugin.api
    );
    match &plugin.location {
        Location::Files { manifest, wasm } => {
            out += &format!("  manifest:  {}\n", manifest.display());
            out += &format!("  component: {}\n", wasm.display());
        }
        Location::BuiltIn(built_in) => {
            out += &format!(
                "  source:    built-in (compiled into ramverk; {} bytes)\n",
                built_in.wasm().len()
            );
        }
    }
    out += &format!("  exports:   {}\n", exports.join(", "));
    out += &format!("  compiled:  {}\n", cache_text(&plugin.cache));
    if m.config.is_empty() {
        out += "  settings:  none\n";
    } else {
        out += "  settings (--config KEY=VALUE):\n";
        for (key, spec) in &m.config {
            let default = spec
                .default
                .as_deref()
                .map(|d| format!(" = {d:?}"))
                .unwrap_or_default();
            out += &format!("    {key}{default}\n");
            if let Some(description) = &spec.description {
                out += &format!("        {description}\n");
            }
        }
    }
    out
}

fn inspect_json(plugin: &Plugin, exports: &[String]) -> serde_json::Value {
    json!({
        "manifest": plugin.manifest,
        "source": match plugin.location {
            Location::Files { .. } => "files",
            Location::BuiltIn(_) => "built-in",
        },
        "manifest_path": match &plugin.location {
            Location::Files { manifest, .. } => Some(manifest),
            Location::BuiltIn(_) => None,
        },
        "wasm_path": match &plugin.location {
            Location::Files { wasm, .. } => Some(wasm),
            Location::BuiltIn(_) => None,
        },
        "component_api": plugin.api,
        "exports": exports,
        "cache": cache_text(&plugin.cache),
    })
}

fn cache_text(outcome: &CacheOutcome) -> String {
    match outcome {
        CacheOutcome::Compiled => "compiled now, cached".into(),
        CacheOutcome::Reused => "from the cache".into(),
        CacheOutcome::Recompiled(reason) => {
            format!("compiled again: the cached entry was unusable ({reason})")
        }
        CacheOutcome::Disabled => "compiled now (no cache folder)".into(),
        CacheOutcome::Refused(reason) => format!("compiled now, not cached: {reason}"),
    }
}

fn check(args: &PluginFileArgs) -> anyhow::Result<Outcome> {
    let host = plugin_options::host(&args.plugins)?;
    let plugin = plugin_options::load(&host, &args.plugins, &args.plugin, None)?;
    let result = host.self_test(&plugin);
    let passed = result.is_ok();
    let out = match args.format {
        Format::Json => {
            let value = json!({
                "plugin": plugin.name(),
                "version": plugin.manifest.version,
                "kind": plugin.kind().name(),
                "api": plugin.api,
                "self_test": if passed { "passed" } else { "failed" },
                "error": result.as_ref().err().map(|e| e.to_string()),
            });
            serde_json::to_string_pretty(&value)? + "\n"
        }
        Format::Human => match &result {
            Ok(()) => format!(
                "ok {} {}: API {} supported, self-test passed\n",
                plugin.name(),
                plugin.manifest.version,
                plugin.api
            ),
            Err(error) => format!("FAILED {error}\n"),
        },
    };
    output::print_as(args.format, &out)?;
    Ok(if passed {
        Outcome::Ok
    } else {
        Outcome::Findings
    })
}
