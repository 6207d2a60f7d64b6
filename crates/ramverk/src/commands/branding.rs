//! The organisation's branding for HTML documents: `publish.yaml` beside the framework (or
//! `--brand FILE`), each `--organisation`, `--logo`, `--…-color`, `--footer` flag overriding its
//! value. Every command that writes HTML calls [`load`].

use std::path::{Path, PathBuf};

use anyhow::{Context as _, bail};
use ramverk_publish::branding::{self, Branding, Colors, Logo, MAX_LOGO_BYTES};
use ramverk_source::suggest::did_you_mean;
use ramverk_source::{Node, Position, Value, parse, read_limited, read_text_limited};

use crate::cli::BrandOptions;

/// The name of the branding file looked for beside a framework.
pub const FILE_NAME: &str = "publish.yaml";

/// Largest branding file read, in bytes.
const MAX_FILE_BYTES: u64 = 64 * 1024;

/// The keys of publish.yaml.
const KEYS: &[&str] = &["organisation", "logo", "logo_alt", "colors", "footer"];
const COLOR_KEYS: &[&str] = &["primary", "on_primary", "accent"];

/// What publish.yaml says, before the flags.
#[derive(Default)]
struct FileValues {
    organisation: Option<String>,
    /// The logo's path, relative to publish.yaml's directory, with where it was written.
    logo: Option<(PathBuf, String)>,
    logo_alt: Option<String>,
    colors: [Option<(String, String)>; 3],
    footer: Option<String>,
}

/// The branding for documents of the framework at `framework`: `options.brand` or
/// publish.yaml beside the framework (when there is one), then the flags. A bad value is an
/// error naming the file, line and key; nothing is written then.
pub fn load(framework: &Path, options: &BrandOptions) -> anyhow::Result<Branding> {
    let file = match &options.brand {
        Some(path) => Some(path.clone()),
        None => {
            let dir = if framework.is_dir() {
                framework.to_path_buf()
            } else {
                framework
                    .parent()
                    .map(Path::to_path_buf)
                    .unwrap_or_default()
            };
            let beside = dir.join(FILE_NAME);
            beside.is_file().then_some(beside)
        }
    };
    let values = match &file {
        Some(path) => read_file(path)?,
        None => FileValues::default(),
    };
    let defaults = Colors::default();
    let color =
        |flag: &Option<String>, from_file: &Option<(String, String)>, default: &str, key: &str| {
            match (flag, from_file) {
                (Some(value), _) => branding::hex_color(value)
                    .map_err(|error| anyhow::anyhow!("--{}-color: {error}", key.replace('_', "-"))),
                (None, Some((value, at))) => branding::hex_color(value)
                    .map_err(|error| anyhow::anyhow!("{at}: colors.{key}: {error}")),
                (None, None) => Ok(default.to_owned()),
            }
        };
    let primary = color(
        &options.primary_color,
        &values.colors[0],
        &defaults.primary,
        "primary",
    )?;
    let on_primary = color(
        &options.on_primary_color,
        &values.colors[1],
        &defaults.on_primary,
        "on_primary",
    )?;
    let accent = color(
        &options.accent_color,
        &values.colors[2],
        &defaults.accent,
        "accent",
    )?;
    let origin = file
        .as_ref()
        .map(|path| format!("{} (or the colour flags)", path.display()))
        .unwrap_or_else(|| "the colour flags".to_owned());
    let colors = Colors::new(&primary, &on_primary, &accent)
        .map_err(|error| anyhow::anyhow!("{origin}: {error}"))?;
    let organisation = options.organisation.clone().or(values.organisation);
    let alt = options
        .logo_alt
        .clone()
        .or(values.logo_alt)
        .or_else(|| organisation.clone());
    let logo_path = match (&options.logo, values.logo) {
        (Some(path), _) => Some((path.clone(), "--logo".to_owned())),
        (None, Some(found)) => Some(found),
        (None, None) => None,
    };
    let logo = match logo_path {
        None => None,
        Some((path, at)) => {
            let Some(alt) = alt.filter(|alt| !alt.trim().is_empty()) else {
                bail!(
                    "{at}: a logo needs a text alternative for readers who cannot see it\n  help: give `organisation` or `logo_alt` in {FILE_NAME}, or --organisation / --logo-alt"
                );
            };
            Some(read_logo(&path, alt, &at)?)
        }
    };
    Ok(Branding {
        organisation,
        logo,
        colors,
        footer: options.footer.clone().or(values.footer),
    })
}

/// The logo at `path`, embedded.
fn read_logo(path: &Path, alt: String, at: &str) -> anyhow::Result<Logo> {
    let bytes = read_limited(path, MAX_LOGO_BYTES)
        .with_context(|| format!("{at}: cannot read the logo {}", path.display()))?;
    Logo::from_bytes(&bytes, alt).with_context(|| format!("{at}: {}", path.display()))
}

/// The values of the branding file at `path`, each checked for its type; unknown keys refused.
fn read_file(path: &Path) -> anyhow::Result<FileValues> {
    let name = path.display().to_string();
    let text = read_text_limited(path, MAX_FILE_BYTES)
        .with_context(|| format!("cannot read the branding file {name}"))?;
    let root = parse(&text).map_err(|error| {
        let at = error
            .position
            .map(|position| format!("{name}:{}:{}", position.line, position.column))
            .unwrap_or_else(|| name.clone());
        anyhow::anyhow!("{at}: {}", error.message)
    })?;
    let at = |position: Position| format!("{name}:{}:{}", position.line, position.column);
    let Value::Map(entries) = &root.value else {
        bail!(
            "{}: {FILE_NAME} holds a mapping of {}",
            at(root.position),
            KEYS.join(", ")
        );
    };
    let dir = path.parent().map(Path::to_path_buf).unwrap_or_default();
    let mut values = FileValues::default();
    for entry in entries {
        let here = at(entry.key_position);
        match entry.key.as_str() {
            "organisation" => {
                values.organisation = Some(string(&entry.node, &here, "organisation")?)
            }
            "logo_alt" => values.logo_alt = Some(string(&entry.node, &here, "logo_alt")?),
            "footer" => values.footer = Some(string(&entry.node, &here, "footer")?),
            "logo" => {
                let relative = string(&entry.node, &here, "logo")?;
                values.logo = Some((dir.join(relative), format!("{here}: logo")));
            }
            "colors" => {
                let Value::Map(colors) = &entry.node.value else {
                    bail!("{here}: colors holds primary, on_primary and accent, as hex (#1f3a5f)");
                };
                for color in colors {
                    let there = at(color.node.position);
                    let Some(index) = COLOR_KEYS.iter().position(|key| *key == color.key) else {
                        bail!(
                            "{}",
                            unknown(
                                &at(color.key_position),
                                &format!("colors.{}", color.key),
                                &color.key,
                                COLOR_KEYS
                            )
                        );
                    };
                    let value = string(&color.node, &there, &format!("colors.{}", color.key))?;
                    values.colors[index] = Some((value, there));
                }
            }
            other => bail!("{}", unknown(&here, other, other, KEYS)),
        }
    }
    Ok(values)
}

fn unknown(at: &str, shown: &str, key: &str, known: &[&str]) -> String {
    let hint = did_you_mean(key, known.iter().copied())
        .map(|best| format!("; did you mean `{best}`?"))
        .unwrap_or_default();
    format!(
        "{at}: unknown key `{shown}` (keys: {}){hint}",
        known.join(", ")
    )
}

/// The text of `node`, or an error: the value must be a string.
fn string(node: &Node, at: &str, key: &str) -> anyhow::Result<String> {
    match &node.value {
        Value::Str(text) => Ok(text.clone()),
        Value::Null if key.starts_with("colors.") => bail!(
            "{at}: `{key}` has no value\n  help: quote hex colours, `\"#1f3a5f\"`: an unquoted # starts a YAML comment"
        ),
        _ => bail!("{at}: `{key}` takes a text"),
    }
}
