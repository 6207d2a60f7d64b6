//! A loaded plugin: its manifest, its compiled component, and what it exports.

use std::path::{Path, PathBuf};

use ramverk_model::{Framework, Profile, Role};
use wasmtime::Engine;
use wasmtime::component::{Component, InstancePre};

use crate::cache::CacheOutcome;
use crate::error::PluginError;
use crate::manifest::{API_VERSION, Kind, MANIFEST_FILE, Manifest};
use crate::sandbox::StoreData;
use crate::source::Location;

/// A plugin ready to run.
pub struct Plugin {
    pub manifest: Manifest,
    pub location: Location,
    /// The plugin API version the component's exports name.
    pub api: String,
    /// The interface it exports: for export plugins, whether it takes the framework's details.
    pub(crate) interface: Interface,
    pub cache: CacheOutcome,
    pub(crate) component: Component,
    pub(crate) pre: InstancePre<StoreData>,
}

impl Plugin {
    pub fn name(&self) -> &str {
        &self.manifest.name
    }

    pub fn kind(&self) -> Kind {
        self.manifest.kind
    }

    pub(crate) fn expect_kind(&self, wanted: Kind) -> Result<(), PluginError> {
        if self.kind() == wanted {
            return Ok(());
        }
        Err(PluginError::WrongKind {
            plugin: self.name().into(),
            found: self.kind().name().into(),
            wanted: wanted.name().into(),
        })
    }

    /// The names the component exports (`ramverk:plugin/scoring@1.0.0`, `self-test`).
    pub fn exports(&self, engine: &Engine) -> Vec<String> {
        self.component
            .component_type()
            .exports(engine)
            .map(|(name, _)| name.to_string())
            .collect()
    }
}

/// The manifest for `path`: in a plugin folder, beside a `.wasm`, or `path` itself.
pub fn manifest_path(path: &Path) -> PathBuf {
    if path.is_dir() {
        path.join(MANIFEST_FILE)
    } else if path.extension().is_some_and(|e| e == "wasm") {
        path.with_file_name(MANIFEST_FILE)
    } else {
        path.to_path_buf()
    }
}

/// The manifest and the component file for `path`: a plugin folder, its `plugin.yaml`, or its
/// `.wasm` with the manifest beside it.
pub fn locate(path: &Path) -> Result<(PathBuf, Manifest, PathBuf), PluginError> {
    let manifest_path = manifest_path(path);
    if !manifest_path.is_file() {
        return Err(PluginError::Read {
            path: path.to_path_buf(),
            message: format!(
                "no {MANIFEST_FILE} found at {}; a plugin is a .wasm with a {MANIFEST_FILE} beside it",
                manifest_path.display()
            ),
        });
    }
    let manifest = Manifest::read(&manifest_path)?;
    let wasm_path = if path.extension().is_some_and(|e| e == "wasm") {
        path.to_path_buf()
    } else {
        manifest_path.with_file_name(manifest.wasm_file())
    };
    Ok((manifest_path, manifest, wasm_path))
}

/// The ramverk interface a component exports (see `Kind::interfaces`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Interface {
    RoleProfile,
    Scoring,
    /// `exporter`: the framework's 1.0 records only.
    Exporter,
    /// `detailed-exporter` (API 1.1): the framework and its details.
    DetailedExporter,
}

impl Interface {
    fn named(name: &str) -> Option<Interface> {
        Some(match name {
            "role-profile" => Interface::RoleProfile,
            "scoring" => Interface::Scoring,
            "exporter" => Interface::Exporter,
            "detailed-exporter" => Interface::DetailedExporter,
            _ => return None,
        })
    }

    fn kind(self) -> Kind {
        match self {
            Interface::RoleProfile => Kind::RoleProfile,
            Interface::Scoring => Kind::Scoring,
            Interface::Exporter | Interface::DetailedExporter => Kind::Export,
        }
    }
}

/// The API version and interface of the component's ramverk export, checked against the manifest.
pub(crate) fn exported_api(
    manifest: &Manifest,
    exports: &[String],
) -> Result<(String, Interface), PluginError> {
    let plugin = manifest.name.clone();
    let ours: Vec<(&str, &str)> = exports
        .iter()
        .filter_map(|name| name.strip_prefix("ramverk:plugin/"))
        .map(|rest| rest.split_once('@').unwrap_or((rest, "")))
        .collect();
    let Some(&(interface, version)) = ours.first() else {
        let message = format!(
            "it exports no ramverk plugin interface (it exports: {})",
            exports.join(", ")
        );
        return Err(PluginError::Instantiate { plugin, message });
    };
    if !crate::manifest::supported(version) {
        return Err(PluginError::ApiVersion {
            plugin,
            found: version.to_string(),
            supported: API_VERSION.to_string(),
        });
    }
    let Some(known) = Interface::named(interface).filter(|i| i.kind() == manifest.kind) else {
        let message = format!(
            "its manifest says kind {}, but the component exports ramverk:plugin/{interface}; correct `kind` in {MANIFEST_FILE} or rebuild the plugin",
            manifest.kind
        );
        return Err(PluginError::Instantiate { plugin, message });
    };
    if !exports.iter().any(|name| name == "self-test") {
        return Err(PluginError::Instantiate {
            plugin,
            message: "it exports no `self-test` function".into(),
        });
    }
    Ok((version.to_string(), known))
}

/// What a role-profile plugin adds to a framework.
#[derive(Debug, Clone, PartialEq)]
pub struct Derived {
    pub roles: Vec<Role>,
    pub profiles: Vec<Profile>,
}

impl Derived {
    /// Checks the roles and profiles against `framework`: ids well formed and new, roles known,
    /// competences known, levels on the rating scale.
    pub fn check(&self, framework: &Framework) -> Result<(), String> {
        let mut roles: std::collections::HashSet<&str> =
            framework.roles.iter().map(|r| r.id.as_str()).collect();
        for role in &self.roles {
            let valid = role
                .id
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
                && role
                    .id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "._-".contains(c));
            if !valid {
                return Err(format!(
                    "the role id `{}` is not valid (lowercase letters, digits, `.`, `_`, `-`)",
                    role.id
                ));
            }
            if role.title.trim().is_empty() {
                return Err(format!("the role `{}` has no title", role.id));
            }
            if !roles.insert(&role.id) {
                return Err(format!("the role `{}` already exists", role.id));
            }
        }
        let competences: std::collections::HashSet<&str> = framework
            .placed_competences()
            .iter()
            .map(|p| p.competence.id.as_str())
            .collect();
        let scale = framework
            .rating_scale
            .as_deref()
            .and_then(|id| framework.scales.iter().find(|s| s.id == id))
            .or(framework.scales.first());
        for profile in &self.profiles {
            if !roles.contains(&profile.role.as_str()) {
                return Err(format!(
                    "a profile is for the role `{}`, which does not exist",
                    profile.role
                ));
            }
            for (competence, expectation) in &profile.expected {
                if !competences.contains(competence.as_str()) {
                    return Err(format!(
                        "the profile of `{}` names the competence `{competence}`, which does not exist",
                        profile.role
                    ));
                }
                if let (Some(level), Some(scale)) = (expectation.level(), scale)
                    && scale.level(level).is_none()
                {
                    return Err(format!(
                        "the profile of `{}` expects level {level} in {competence}, which is not on the scale `{}`",
                        profile.role, scale.id
                    ));
                }
            }
        }
        Ok(())
    }

    /// `framework` with the roles added and the profiles added or replaced (by role). A new role
    /// whose profile expects levels in a restricted area is added to that area's roles.
    pub fn apply(self, mut framework: Framework) -> Framework {
        let area_of: std::collections::HashMap<String, usize> = framework
            .areas
            .iter()
            .enumerate()
            .flat_map(|(i, area)| {
                area.competences
                    .iter()
                    .flat_map(|c| c.walk())
                    .map(move |c| (c.id.clone(), i))
            })
            .collect();
        // Linear in what the plugin returned: lookups by hash, never by scanning a list.
        let profile_of: std::collections::HashMap<&str, &Profile> = self
            .profiles
            .iter()
            .rev()
            .map(|p| (p.role.as_str(), p))
            .collect();
        let mut in_area: Vec<std::collections::HashSet<String>> = framework
            .areas
            .iter()
            .map(|area| area.restricted_to.iter().cloned().collect())
            .collect();
        for role in &self.roles {
            let Some(profile) = profile_of.get(role.id.as_str()) else {
                continue;
            };
            for (competence, expectation) in &profile.expected {
                let (Some(_), Some(&area)) = (expectation.level(), area_of.get(competence)) else {
                    continue;
                };
                let restricted = &mut framework.areas[area].restricted_to;
                if !restricted.is_empty() && in_area[area].insert(role.id.clone()) {
                    restricted.push(role.id.clone());
                }
            }
        }
        drop(profile_of);
        framework.roles.extend(self.roles);
        let mut existing: std::collections::HashMap<String, usize> = framework
            .profiles
            .iter()
            .enumerate()
            .rev()
            .map(|(i, p)| (p.role.clone(), i))
            .collect();
        for profile in self.profiles {
            match existing.get(&profile.role) {
                Some(&i) => framework.profiles[i] = profile,
                None => {
                    existing.insert(profile.role.clone(), framework.profiles.len());
                    framework.profiles.push(profile);
                }
            }
        }
        framework
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use ramverk_model::{Expectation, Profile, Role};

    use super::Derived;

    fn stockholm() -> ramverk_model::Framework {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../frameworks/stockholm-kultur");
        ramverk_check::load(&path).unwrap().framework.unwrap()
    }

    fn derived(role: &str, profile_role: &str, competence: &str, level: u8) -> Derived {
        let role = Role {
            id: role.into(),
            title: "Ny roll".into(),
            unit: None,
            description: None,
        };
        let expected = BTreeMap::from([(competence.to_string(), Expectation::Level(level))]);
        Derived {
            roles: vec![role],
            profiles: vec![Profile {
                role: profile_role.into(),
                description: None,
                expected,
            }],
        }
    }

    #[test]
    fn invalid_derived_data_is_refused_with_the_reason() {
        let framework = stockholm();
        assert_eq!(derived("ny", "ny", "1.1", 3).check(&framework), Ok(()));
        let cases = [
            (derived("Ny Roll", "Ny Roll", "1.1", 3), "is not valid"),
            (derived("chef", "chef", "1.1", 3), "already exists"),
            (
                derived("ny", "okänd", "1.1", 3),
                "`okänd`, which does not exist",
            ),
            (derived("ny", "ny", "9.9", 3), "the competence `9.9`"),
            (
                derived("ny", "ny", "1.1", 7),
                "level 7 in 1.1, which is not on the scale",
            ),
        ];
        for (derived, expected) in cases {
            let error = derived.check(&framework).unwrap_err();
            assert!(error.contains(expected), "{error}");
        }
    }
}
