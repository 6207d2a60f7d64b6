//! The context of one role's profile page (`role.html`, `role.md`): the competences the role has
//! an expected level for, every level's descriptor with the expected one marked — what an
//! employee reads before the appraisal talk.

use ramverk_model::Framework;
use schemars::JsonSchema;
use serde::Serialize;

use crate::framework_document::{
    AreaView, Build, CONTEXT_VERSION, Counts, FrameworkInfo, ScaleView,
};
use crate::templates::Page;
use crate::text::{Text, Untranslated};

/// What `role.html` and `role.md` are rendered with.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct RoleDocument<'a> {
    /// The version of this context's fields (docs/templates.md).
    pub context_version: u32,
    /// The page frame: language, title, branding.
    pub page: Page<'a>,
    /// The framework's title and metadata.
    pub framework: FrameworkInfo,
    /// The role.
    pub role: RoleView,
    /// Notes on the role's profile, or null.
    pub profile_description: Option<Text>,
    /// The rating scale (the level staircase), or null.
    pub rating_scale: Option<ScaleView>,
    /// The areas with a competence the role has an expected level for, and only those
    /// competences; each has `expected_level` and one of its `levels` marked `expected`.
    pub areas: Vec<AreaView>,
    /// How many areas and competences the page shows (roles: 1).
    pub counts: Counts,
}

/// A role.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct RoleView {
    /// The role's id (`bibliotekarie`).
    pub id: String,
    pub title: Text,
    /// The part of the organisation it belongs to, or null.
    pub unit: Option<Text>,
    pub description: Option<Text>,
}

/// No role with the id asked for; `roles` are the ids there are.
#[derive(Debug, thiserror::Error)]
#[error("no role `{id}` in {framework}")]
pub struct UnknownRole {
    pub id: String,
    pub framework: String,
}

impl<'a> RoleDocument<'a> {
    /// The profile page of role `role` (its id) in `framework`.
    pub fn new(
        framework: &Framework,
        role: &str,
        untranslated: &Untranslated,
        page: Page<'a>,
    ) -> Result<RoleDocument<'a>, UnknownRole> {
        let Some((index, found)) = framework
            .roles
            .iter()
            .enumerate()
            .find(|(_, candidate)| candidate.id == role)
        else {
            return Err(UnknownRole {
                id: role.to_owned(),
                framework: framework.id.clone(),
            });
        };
        let build = Build {
            framework,
            untranslated,
        };
        let at = format!("/roles/{index}");
        let profile = framework
            .profiles
            .iter()
            .enumerate()
            .find(|(_, profile)| profile.role == role);
        let areas: Vec<AreaView> = framework
            .areas
            .iter()
            .enumerate()
            .map(|(index, area)| build.area(index, area, Some(role)))
            .filter(|area| !area.competences.is_empty())
            .collect();
        let counts = Counts {
            areas: areas.len(),
            competences: areas.iter().map(|area| area.competences.len()).sum(),
            roles: 1,
        };
        Ok(RoleDocument {
            context_version: CONTEXT_VERSION,
            page,
            framework: build.info(),
            role: RoleView {
                id: found.id.clone(),
                title: untranslated.text(&format!("{at}/title"), &found.title),
                unit: untranslated.optional(&format!("{at}/unit"), found.unit.as_ref()),
                description: untranslated
                    .optional(&format!("{at}/description"), found.description.as_ref()),
            },
            profile_description: profile.and_then(|(index, profile)| {
                untranslated.optional(
                    &format!("/profiles/{index}/description"),
                    profile.description.as_ref(),
                )
            }),
            rating_scale: build.scales().into_iter().find(|scale| scale.is_rating),
            areas,
            counts,
        })
    }
}
