//! The context of the framework page (`framework.html`, `framework.md`): the framework as the
//! source's tables read — guidance, the level staircase, per area its competences with every
//! level's descriptor, statements and learning outcomes and the expected level per role, the
//! role × competence matrix, the glossary and the licence.

use std::collections::HashMap;

use ramverk_model::{Area, Competence, Expectation, Framework, Scale};
use schemars::JsonSchema;
use serde::Serialize;

use crate::glossary_view::TermView;
use crate::licence_view::LicenceView;
use crate::statement_groups::{OutcomeGroup, StatementGroup, deeper};
use crate::templates::Page;
use crate::text::{Text, Untranslated};

/// The version of every document context. Within a version, fields are only ever added; a
/// field renamed, removed or changed in meaning gives a new version (docs/templates.md).
pub const CONTEXT_VERSION: u32 = 1;

/// What `framework.html` and `framework.md` are rendered with.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct FrameworkDocument<'a> {
    /// The version of this context's fields (docs/templates.md).
    pub context_version: u32,
    /// The page frame: language, title, branding.
    pub page: Page<'a>,
    /// Title and metadata.
    pub framework: FrameworkInfo,
    /// Guiding principles: how to read and use the framework.
    pub guidance: Vec<PrincipleView>,
    /// The scales, the rating scale (the level staircase) first.
    pub scales: Vec<ScaleView>,
    /// The areas with their competences, in document order.
    pub areas: Vec<AreaView>,
    /// The expected level of every role with a profile, per competence.
    pub matrix: Matrix,
    /// How many areas, competences and roles the framework has.
    pub counts: Counts,
    /// The terms the framework uses, with their explanations, in the framework's order.
    pub glossary: Vec<TermView>,
}

/// A framework's title and metadata.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct FrameworkInfo {
    /// The framework's id (`stockholm-kultur`).
    pub id: String,
    pub title: Text,
    pub description: Option<Text>,
    /// Its version (`1.0.0`).
    pub version: String,
    /// `draft`, `adopted` or `deprecated`; `{{t "status-word" status=framework.status}}` names it.
    pub status: String,
    /// The date the version was adopted (`2024-09-02`), or null.
    pub adopted: Option<String>,
    /// Who publishes it.
    pub publisher: Text,
    /// The publisher's department, or null.
    pub publisher_unit: Option<Text>,
    /// The terms under which the framework may be used, shared and adapted, or null.
    pub licence: Option<LicenceView>,
}

/// A guiding principle.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct PrincipleView {
    /// The principle's id.
    pub id: String,
    pub title: Text,
    pub text: Text,
}

/// A scale and its levels, lowest first.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct ScaleView {
    /// The scale's id (`niva`).
    pub id: String,
    pub title: Text,
    pub description: Option<Text>,
    /// Competences are rated on this scale: its levels are the staircase.
    pub is_rating: bool,
    /// Motivation per area is stated on this scale.
    pub is_motivation: bool,
    /// A level counts only when all below it are met.
    pub cumulative: bool,
    /// Some level has a description (else the table has no description column).
    pub has_descriptions: bool,
    /// Some level has a purpose (else the table has no purpose column).
    pub has_purposes: bool,
    /// The levels, lowest first.
    pub levels: Vec<LevelView>,
    /// The value meaning "not rated", or null.
    pub not_rated: Option<NotRatedView>,
    /// The finer steps of every level, lowest first, each with its level (DigComp 3.0: two of
    /// eight steps per level); empty when the levels have no steps.
    pub steps: Vec<StepView>,
    /// Some step has a label (else the steps' table has no label column).
    pub has_step_labels: bool,
    /// Some step has an equivalent in the other scheme (else the steps' table has no column
    /// for it).
    pub has_equivalents: bool,
    /// The name of the other scheme the steps are mapped to (`A1–C2`), or null.
    pub equivalents: Option<String>,
}

/// One level of a scale.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct LevelView {
    /// Position on the scale (`3`).
    pub rank: u8,
    /// Short label (`På egen hand/självständigt`).
    pub label: Text,
    pub description: Option<Text>,
    /// What the level is for: the goals a person at this level can reach; or null.
    pub purpose: Option<Text>,
}

/// A finer step within a level of a scale, numbered across the whole scale.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct StepView {
    /// The step's position on the whole scale (`3`).
    pub rank: u8,
    /// The rank of the level it belongs to (`2`).
    pub level: u8,
    /// The label of the level it belongs to.
    pub level_label: Text,
    /// The step's own short label, or null.
    pub label: Option<Text>,
    /// What a person at this step can do, or null.
    pub description: Option<Text>,
    /// The level of the scale's `equivalents` scheme it corresponds to (`B1`), or null.
    pub equivalent: Option<String>,
}

/// The value recorded when nothing was rated.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct NotRatedView {
    /// The value (`0`).
    pub value: u8,
    pub label: Text,
}

/// An area with its competences.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct AreaView {
    /// The area's id (`1`).
    pub id: String,
    pub title: Text,
    pub description: Option<Text>,
    /// The motivation statement rated for the area, or null.
    pub motivation: Option<Text>,
    /// The roles the area is for; empty means every role.
    pub restricted_to: Vec<RoleRef>,
    /// The area's competences, sub-competences right after their parent.
    pub competences: Vec<CompetenceView>,
}

/// A competence: what it is, what every level means and what each role is expected to reach.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct CompetenceView {
    /// Its id (`2.3`), shown subdued after the title.
    pub id: String,
    pub title: Text,
    /// The heading level the competence takes: 3, or deeper for a sub-competence (at most 6).
    pub heading: u8,
    /// The id of the competence it is nested under, or null.
    pub parent: Option<String>,
    pub definition: Option<Text>,
    pub description: Option<Text>,
    /// Its examples, one text each.
    pub examples: Vec<Text>,
    /// Every level of the rating scale with this competence's descriptor of it.
    pub levels: Vec<DescriptorView>,
    /// Some level has a descriptor. A competence described by statements or learning outcomes
    /// instead shows no table of levels that are all "not described".
    pub described: bool,
    /// Its learning activities.
    pub learning_activities: Vec<ActivityView>,
    /// The expected level of every role with a profile (framework page; empty on a role page).
    pub expected: Vec<ExpectationView>,
    /// On a role page, the level expected of the role; null on the framework page.
    pub expected_level: Option<DescriptorView>,
    /// The heading level of the competence's own sections (its statements, its learning
    /// outcomes): one deeper than `heading`, at most 6.
    pub subheading: u8,
    /// Its competence statements, grouped by level of the rating scale, lowest first.
    pub statements: Vec<StatementGroup>,
    /// Its learning outcomes, grouped by level of the rating scale, lowest first, and within a
    /// level by dimension.
    pub learning_outcomes: Vec<OutcomeGroup>,
}

/// One level of the rating scale as a competence describes it.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct DescriptorView {
    /// The level's position on the rating scale (`3`).
    pub rank: u8,
    /// The level's label on the rating scale, or null without one.
    pub label: Option<Text>,
    /// What the level means for this competence, or null when not described.
    pub descriptor: Option<Text>,
    /// On a role page, whether this is the level expected of the role.
    pub expected: bool,
}

/// A learning activity.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct ActivityView {
    pub text: Text,
    /// The levels it suits; empty means any.
    pub levels: Vec<u8>,
}

/// What one role is expected to reach in one competence.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct ExpectationView {
    pub role: RoleRef,
    /// The expected level's rank, or null when not applicable.
    pub level: Option<u8>,
    /// The expected level's label, or null.
    pub label: Option<Text>,
    /// The competence is explicitly not relevant for the role.
    pub not_applicable: bool,
}

/// A role named by id and title.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct RoleRef {
    /// The role's id (`bibliotekarie`).
    pub id: String,
    pub title: Text,
}

/// The role × competence matrix: a column per role with a profile, a row per competence.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Matrix {
    /// The columns: every role with a profile.
    pub roles: Vec<RoleRef>,
    /// The rows: every competence, in document order.
    pub rows: Vec<MatrixRow>,
}

/// One competence's expected levels, a cell per role of the matrix.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct MatrixRow {
    /// The competence's id.
    pub id: String,
    pub title: Text,
    /// The id of the area it belongs to.
    pub area: String,
    /// A cell per role, in the order of `matrix.roles`.
    pub cells: Vec<MatrixCell>,
}

/// The expected level of one role for one competence.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct MatrixCell {
    /// The role's id.
    pub role: String,
    /// The expected level, or null (none given, or not applicable).
    pub level: Option<u8>,
    /// The competence is explicitly not relevant for the role.
    pub not_applicable: bool,
}

/// Sizes, for sentences such as "6 areas with 16 competences".
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Counts {
    /// Areas shown.
    pub areas: usize,
    /// Competences shown, sub-competences included.
    pub competences: usize,
    /// Roles with a profile (on a role page: 1).
    pub roles: usize,
}

impl<'a> FrameworkDocument<'a> {
    /// The framework page of `framework`, `untranslated` naming the texts left in the source
    /// language.
    pub fn new(
        framework: &Framework,
        untranslated: &Untranslated,
        page: Page<'a>,
    ) -> FrameworkDocument<'a> {
        let build = Build {
            framework,
            untranslated,
        };
        let areas: Vec<AreaView> = framework
            .areas
            .iter()
            .enumerate()
            .map(|(index, area)| build.area(index, area, None))
            .collect();
        FrameworkDocument {
            context_version: CONTEXT_VERSION,
            page,
            framework: build.info(),
            guidance: build.guidance(),
            scales: build.scales(),
            matrix: build.matrix(),
            counts: build.counts(),
            areas,
            glossary: build.glossary(),
        }
    }
}

/// What views are built from.
pub(crate) struct Build<'f> {
    pub framework: &'f Framework,
    pub untranslated: &'f Untranslated,
}

impl Build<'_> {
    pub(crate) fn text(&self, pointer: &str, text: &str) -> Text {
        self.untranslated.text(pointer, text)
    }

    fn optional(&self, pointer: &str, text: Option<&String>) -> Option<Text> {
        self.untranslated.optional(pointer, text)
    }

    pub fn info(&self) -> FrameworkInfo {
        let framework = self.framework;
        FrameworkInfo {
            id: framework.id.clone(),
            title: self.text("/title", &framework.title),
            description: self.optional("/description", framework.description.as_ref()),
            version: framework.version.clone(),
            status: format!("{:?}", framework.status).to_lowercase(),
            adopted: framework.adopted.clone(),
            publisher: self.text("/publisher/name", &framework.publisher.name),
            publisher_unit: self.optional("/publisher/unit", framework.publisher.unit.as_ref()),
            licence: self.licence(),
        }
    }

    pub fn counts(&self) -> Counts {
        Counts {
            areas: self.framework.areas.len(),
            competences: self.framework.placed_competences().len(),
            roles: self.profiled_roles().len(),
        }
    }

    fn guidance(&self) -> Vec<PrincipleView> {
        self.framework
            .guidance
            .iter()
            .enumerate()
            .map(|(index, principle)| PrincipleView {
                id: principle.id.clone(),
                title: self.text(&format!("/guidance/{index}/title"), &principle.title),
                text: self.text(&format!("/guidance/{index}/text"), &principle.text),
            })
            .collect()
    }

    /// The scales, the rating scale first.
    pub fn scales(&self) -> Vec<ScaleView> {
        let mut scales: Vec<ScaleView> = self
            .framework
            .scales
            .iter()
            .enumerate()
            .map(|(index, scale)| self.scale(index, scale))
            .collect();
        scales.sort_by_key(|scale| !scale.is_rating);
        scales
    }

    fn scale(&self, index: usize, scale: &Scale) -> ScaleView {
        let at = format!("/scales/{index}");
        let levels: Vec<LevelView> = scale
            .levels
            .iter()
            .enumerate()
            .map(|(level_index, level)| {
                let at = format!("{at}/levels/{level_index}");
                LevelView {
                    rank: level.rank,
                    label: self.text(&format!("{at}/label"), &level.label),
                    description: self
                        .optional(&format!("{at}/description"), level.description.as_ref()),
                    purpose: self.optional(&format!("{at}/purpose"), level.purpose.as_ref()),
                }
            })
            .collect();
        let mut steps = Vec::new();
        for (level_index, (level, view)) in scale.levels.iter().zip(&levels).enumerate() {
            for (step_index, step) in level.steps.iter().enumerate() {
                let at = format!("{at}/levels/{level_index}/steps/{step_index}");
                steps.push(StepView {
                    rank: step.rank,
                    level: level.rank,
                    level_label: view.label.clone(),
                    label: self.optional(&format!("{at}/label"), step.label.as_ref()),
                    description: self
                        .optional(&format!("{at}/description"), step.description.as_ref()),
                    equivalent: step.equivalent.clone(),
                });
            }
        }
        ScaleView {
            id: scale.id.clone(),
            title: self.text(&format!("{at}/title"), &scale.title),
            description: self.optional(&format!("{at}/description"), scale.description.as_ref()),
            is_rating: self.framework.rating_scale.as_deref() == Some(scale.id.as_str()),
            is_motivation: self.framework.motivation_scale.as_deref() == Some(scale.id.as_str()),
            cumulative: scale.cumulative,
            has_descriptions: scale.levels.iter().any(|level| level.description.is_some()),
            has_purposes: scale.levels.iter().any(|level| level.purpose.is_some()),
            levels,
            not_rated: scale.not_rated.as_ref().map(|not_rated| NotRatedView {
                value: not_rated.value,
                label: self.text(&format!("{at}/not_rated/label"), &not_rated.label),
            }),
            has_step_labels: steps.iter().any(|step| step.label.is_some()),
            has_equivalents: steps.iter().any(|step| step.equivalent.is_some()),
            steps,
            equivalents: scale.equivalents.clone(),
        }
    }

    /// The rating scale and its index among the scales, if the framework has one.
    fn rating_scale(&self) -> Option<(usize, &Scale)> {
        let id = self.framework.rating_scale.as_deref()?;
        self.framework
            .scales
            .iter()
            .enumerate()
            .find(|(_, scale)| scale.id == id)
    }

    /// The label of level `rank` on the rating scale.
    pub(crate) fn level_label(&self, rank: u8) -> Option<Text> {
        let (index, scale) = self.rating_scale()?;
        let (level_index, level) = scale
            .levels
            .iter()
            .enumerate()
            .find(|(_, level)| level.rank == rank)?;
        Some(self.text(
            &format!("/scales/{index}/levels/{level_index}/label"),
            &level.label,
        ))
    }

    pub fn role_ref(&self, id: &str) -> RoleRef {
        let found = self
            .framework
            .roles
            .iter()
            .enumerate()
            .find(|(_, role)| role.id == id);
        RoleRef {
            id: id.to_owned(),
            title: match found {
                Some((index, role)) => self.text(&format!("/roles/{index}/title"), &role.title),
                None => Text {
                    text: id.to_owned(),
                    lang: None,
                },
            },
        }
    }

    /// The roles with a profile, in the order of `roles`.
    fn profiled_roles(&self) -> Vec<&str> {
        self.framework
            .roles
            .iter()
            .filter(|role| {
                self.framework
                    .profiles
                    .iter()
                    .any(|profile| profile.role == role.id)
            })
            .map(|role| role.id.as_str())
            .collect()
    }

    fn expectation(&self, role: &str, competence: &str) -> Option<Expectation> {
        self.framework
            .profiles
            .iter()
            .find(|profile| profile.role == role)
            .and_then(|profile| profile.expected.get(competence).copied())
    }

    /// Area number `index`; with `role`, only the competences that role has a level for, each
    /// with its expected level marked.
    pub fn area(&self, index: usize, area: &Area, role: Option<&str>) -> AreaView {
        let mut competences = Vec::new();
        let at = format!("/areas/{index}");
        for (child, competence) in area.competences.iter().enumerate() {
            self.competence(
                &format!("{at}/competences/{child}"),
                competence,
                None,
                3,
                role,
                &mut competences,
            );
        }
        AreaView {
            id: area.id.clone(),
            title: self.text(&format!("{at}/title"), &area.title),
            description: self.optional(&format!("{at}/description"), area.description.as_ref()),
            motivation: self.optional(&format!("{at}/motivation"), area.motivation.as_ref()),
            restricted_to: area
                .restricted_to
                .iter()
                .map(|role| self.role_ref(role))
                .collect(),
            competences,
        }
    }

    fn competence(
        &self,
        at: &str,
        competence: &Competence,
        parent: Option<&str>,
        heading: u8,
        role: Option<&str>,
        out: &mut Vec<CompetenceView>,
    ) {
        let expected_rank = role.and_then(|role| {
            self.expectation(role, &competence.id)
                .and_then(Expectation::level)
        });
        let levels = self.descriptors(at, competence, expected_rank);
        let shown = role.is_none() || expected_rank.is_some();
        if shown {
            let subheading = deeper(heading);
            out.push(CompetenceView {
                id: competence.id.clone(),
                title: self.text(&format!("{at}/title"), &competence.title),
                heading,
                parent: parent.map(str::to_owned),
                definition: self
                    .optional(&format!("{at}/definition"), competence.definition.as_ref()),
                description: self.optional(
                    &format!("{at}/description"),
                    competence.description.as_ref(),
                ),
                examples: competence
                    .examples
                    .iter()
                    .enumerate()
                    .map(|(index, example)| self.text(&format!("{at}/examples/{index}"), example))
                    .collect(),
                expected_level: levels.iter().find(|level| level.expected).cloned(),
                described: !competence.descriptors.is_empty(),
                levels,
                learning_activities: competence
                    .learning_activities
                    .iter()
                    .enumerate()
                    .map(|(index, activity)| ActivityView {
                        text: self.text(
                            &format!("{at}/learning_activities/{index}/text"),
                            &activity.text,
                        ),
                        levels: activity.levels.clone(),
                    })
                    .collect(),
                expected: match role {
                    Some(_) => Vec::new(),
                    None => self.expectations(&competence.id),
                },
                subheading,
                statements: self.statement_groups(at, competence, subheading),
                learning_outcomes: self.outcome_groups(at, competence, subheading),
            });
        }
        for (index, child) in competence.competences.iter().enumerate() {
            self.competence(
                &format!("{at}/competences/{index}"),
                child,
                Some(&competence.id),
                (heading + 1).min(6),
                role,
                out,
            );
        }
    }

    /// Every level of the rating scale (or, without one, every rank described) with the
    /// competence's descriptor.
    fn descriptors(
        &self,
        at: &str,
        competence: &Competence,
        expected: Option<u8>,
    ) -> Vec<DescriptorView> {
        let mut ranks: Vec<u8> = match self.rating_scale() {
            Some((_, scale)) => scale.ranks().collect(),
            None => Vec::new(),
        };
        for rank in competence.descriptors.keys() {
            if !ranks.contains(rank) {
                ranks.push(*rank);
            }
        }
        ranks
            .into_iter()
            .map(|rank| DescriptorView {
                rank,
                label: self.level_label(rank),
                descriptor: self.optional(
                    &format!("{at}/descriptors/{rank}"),
                    competence.descriptors.get(&rank),
                ),
                expected: expected == Some(rank),
            })
            .collect()
    }

    fn expectations(&self, competence: &str) -> Vec<ExpectationView> {
        self.profiled_roles()
            .into_iter()
            .filter_map(|role| {
                let expectation = self.expectation(role, competence)?;
                let level = expectation.level();
                Some(ExpectationView {
                    role: self.role_ref(role),
                    level,
                    label: level.and_then(|rank| self.level_label(rank)),
                    not_applicable: level.is_none(),
                })
            })
            .collect()
    }

    fn matrix(&self) -> Matrix {
        let roles = self.profiled_roles();
        let mut rows = Vec::new();
        if !roles.is_empty() {
            let titles = self.competence_titles();
            for placed in self.framework.placed_competences() {
                let id = &placed.competence.id;
                rows.push(MatrixRow {
                    id: id.clone(),
                    title: titles.get(id.as_str()).cloned().unwrap_or_else(|| Text {
                        text: id.to_owned(),
                        lang: None,
                    }),
                    area: placed.area.to_owned(),
                    cells: roles
                        .iter()
                        .map(|role| {
                            let expectation = self.expectation(role, id);
                            MatrixCell {
                                role: (*role).to_owned(),
                                level: expectation.and_then(Expectation::level),
                                not_applicable: matches!(
                                    expectation,
                                    Some(Expectation::NotApplicable(_))
                                ),
                            }
                        })
                        .collect(),
                });
            }
        }
        Matrix {
            roles: roles.iter().map(|role| self.role_ref(role)).collect(),
            rows,
        }
    }

    /// Every competence's title with its language, by id, in one walk of the areas.
    fn competence_titles(&self) -> HashMap<&str, Text> {
        fn walk<'a>(
            build: &Build<'_>,
            list: &'a [Competence],
            at: &str,
            out: &mut HashMap<&'a str, Text>,
        ) {
            for (index, competence) in list.iter().enumerate() {
                let here = format!("{at}/competences/{index}");
                let title = build.text(&format!("{here}/title"), &competence.title);
                out.entry(competence.id.as_str()).or_insert(title);
                walk(build, &competence.competences, &here, out);
            }
        }
        let mut titles = HashMap::new();
        for (index, area) in self.framework.areas.iter().enumerate() {
            walk(
                self,
                &area.competences,
                &format!("/areas/{index}"),
                &mut titles,
            );
        }
        titles
    }
}
