//! `ramverk show`: the framework, or one role's profile, for reading.

use anyhow::bail;
use ramverk_model::{Competence, Expectation, Framework};
use ramverk_source::suggest::did_you_mean;
use serde_json::json;

use ramverk_plugin::Kind;

use ramverk_i18n::Marking;

use super::localize::localize;
use super::{load_framework, plugin_options};
use crate::cli::{Format, ShowArgs};
use crate::output::{self, ColorMode, Outcome};
use ramverk_render::{framework as view, text};

/// Prints the framework or a profile.
pub fn run(args: &ShowArgs, color: ColorMode) -> anyhow::Result<Outcome> {
    let (_, framework) = load_framework(&args.path)?;
    let framework = match &args.profile_plugin {
        Some(name) => with_plugin_profiles(framework, name, args)?,
        None => framework,
    };
    let marking = if args.format == Format::Human {
        Marking::Bracketed
    } else {
        Marking::Plain
    };
    let framework = localize(&args.path, framework, args.lang.as_deref(), marking, true)?;
    let out = match (&args.role, args.format) {
        (None, Format::Human) => view::framework(&framework, color, text::width()),
        (None, Format::Json) => serde_json::to_string_pretty(&framework)? + "\n",
        (Some(role), format) => show_role(&framework, role, format, color)?,
    };
    match args.format {
        Format::Human => output::print_human(&out, color)?,
        Format::Json => output::print(&out)?,
    }
    Ok(Outcome::Ok)
}

/// The framework with the roles and profiles a role-profile plugin derives.
fn with_plugin_profiles(
    framework: Framework,
    name: &str,
    args: &ShowArgs,
) -> anyhow::Result<Framework> {
    let host = plugin_options::host(&args.plugins)?;
    let plugin = plugin_options::load(&host, &args.plugins, name, Some(Kind::RoleProfile))?;
    let derived = host.derive(
        &plugin,
        &framework,
        &plugin_options::settings(&args.plugins)?,
    )?;
    Ok(derived.apply(framework))
}

fn show_role(
    framework: &Framework,
    id: &str,
    format: Format,
    color: ColorMode,
) -> anyhow::Result<String> {
    let Some(role) = framework
        .roles
        .iter()
        .find(|role| role.id == id || role.title == id)
    else {
        let ids = framework.roles.iter().map(|role| role.id.as_str());
        match did_you_mean(id, ids) {
            Some(best) => bail!("no role `{id}` in {}; did you mean `{best}`?", framework.id),
            None => {
                let all: Vec<&str> = framework
                    .roles
                    .iter()
                    .map(|role| role.id.as_str())
                    .collect();
                bail!(
                    "no role `{id}` in {}; roles: {}",
                    framework.id,
                    if all.is_empty() {
                        "none".into()
                    } else {
                        all.join(", ")
                    }
                )
            }
        }
    };
    let profile = framework
        .profiles
        .iter()
        .find(|profile| profile.role == role.id);
    Ok(match format {
        Format::Human => view::profile(framework, role, profile, color),
        Format::Json => serde_json::to_string_pretty(&profile_json(framework, &role.id))? + "\n",
    })
}

fn profile_json(framework: &Framework, role_id: &str) -> serde_json::Value {
    let role = framework.roles.iter().find(|role| role.id == role_id);
    let profile = framework
        .profiles
        .iter()
        .find(|profile| profile.role == role_id);
    let scale = framework
        .rating_scale
        .as_deref()
        .and_then(|id| framework.scales.iter().find(|s| s.id == id));
    let mut expected = Vec::new();
    for area in &framework.areas {
        for competence in area.competences.iter().flat_map(Competence::walk) {
            let Some(expectation) = profile.and_then(|p| p.expected.get(&competence.id)) else {
                continue;
            };
            let (level, applicable) = match expectation {
                Expectation::Level(rank) => (Some(*rank), true),
                Expectation::NotApplicable(_) => (None, false),
            };
            expected.push(json!({
                "area": area.id,
                "competence": competence.id,
                "title": competence.title,
                "applicable": applicable,
                "level": level,
                "label": level.and_then(|rank| scale.and_then(|s| s.level(rank))).map(|l| &l.label),
                "descriptor": level.and_then(|rank| competence.descriptors.get(&rank)),
            }));
        }
    }
    json!({
        "framework": framework.id,
        "version": framework.version,
        "role": role,
        "scale": scale.map(|s| &s.id),
        "expected": expected,
    })
}
