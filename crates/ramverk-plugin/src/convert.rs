//! Between ramverk's model and the plugin interface's records.

use ramverk_assess as score;
use ramverk_model as core;

use crate::bindings::model as wit;
use crate::bindings::model::details as wd;
use crate::bindings::scoring as ws;
use crate::files::OutputFile;

/// The framework as plugins see it: competences flattened, parents before children.
pub fn framework(framework: &core::Framework) -> wit::Framework {
    wit::Framework {
        id: framework.id.clone(),
        title: framework.title.clone(),
        version: framework.version.clone(),
        language: framework.language.clone(),
        status: match framework.status {
            core::Status::Draft => wit::Status::Draft,
            core::Status::Adopted => wit::Status::Adopted,
            core::Status::Deprecated => wit::Status::Deprecated,
        },
        adopted: framework.adopted.clone(),
        publisher: framework.publisher.name.clone(),
        description: framework.description.clone(),
        rating_scale: framework.rating_scale.clone(),
        motivation_scale: framework.motivation_scale.clone(),
        scales: framework.scales.iter().map(scale).collect(),
        areas: framework.areas.iter().map(area).collect(),
        competences: framework
            .placed_competences()
            .into_iter()
            .map(competence)
            .collect(),
        roles: framework.roles.iter().map(role).collect(),
        profiles: framework.profiles.iter().map(profile).collect(),
    }
}

/// What the 1.1 interface adds for `framework`: statements and learning outcomes (competences in
/// the order of [`framework`]'s list), levels with a purpose or steps, the glossary, the licence.
pub fn details(framework: &core::Framework) -> wd::FrameworkDetails {
    let placed = framework.placed_competences();
    let statements = placed
        .iter()
        .flat_map(|p| {
            p.competence.statements.iter().map(|s| wd::Statement {
                id: s.id.clone(),
                competence: p.competence.id.clone(),
                level: s.level,
                labels: s.labels.clone(),
                text: s.text.clone(),
            })
        })
        .collect();
    let learning_outcomes = placed
        .iter()
        .flat_map(|p| {
            p.competence
                .learning_outcomes
                .iter()
                .map(|o| wd::LearningOutcome {
                    id: o.id.clone(),
                    competence: p.competence.id.clone(),
                    level: o.level,
                    dimension: match o.dimension {
                        core::Dimension::Knowledge => wd::Dimension::Knowledge,
                        core::Dimension::Skill => wd::Dimension::Skill,
                        core::Dimension::Attitude => wd::Dimension::Attitude,
                    },
                    labels: o.labels.clone(),
                    text: o.text.clone(),
                })
        })
        .collect();
    let levels = framework
        .scales
        .iter()
        .flat_map(|scale| {
            scale
                .levels
                .iter()
                .filter(|l| l.purpose.is_some() || !l.steps.is_empty())
                .map(|l| wd::LevelDetails {
                    scale: scale.id.clone(),
                    level: l.rank,
                    purpose: l.purpose.clone(),
                    steps: l
                        .steps
                        .iter()
                        .map(|step| wd::Step {
                            rank: step.rank,
                            label: step.label.clone(),
                            description: step.description.clone(),
                            equivalent: step.equivalent.clone(),
                        })
                        .collect(),
                })
        })
        .collect();
    let equivalents = framework
        .scales
        .iter()
        .filter_map(|scale| {
            scale
                .equivalents
                .as_ref()
                .map(|scheme| wd::ScaleEquivalents {
                    scale: scale.id.clone(),
                    scheme: scheme.clone(),
                })
        })
        .collect();
    wd::FrameworkDetails {
        statements,
        learning_outcomes,
        levels,
        equivalents,
        glossary: framework
            .glossary
            .iter()
            .map(|t| wd::Term {
                id: t.id.clone(),
                term: t.term.clone(),
                explanation: t.explanation.clone(),
            })
            .collect(),
        licence: framework.licence.as_ref().map(|l| wd::Licence {
            id: l.id.clone(),
            attribution: l.attribution.clone(),
            url: l.url.clone(),
            notice: l.notice.clone(),
        }),
    }
}

fn scale(scale: &core::Scale) -> wit::Scale {
    wit::Scale {
        id: scale.id.clone(),
        title: scale.title.clone(),
        levels: scale
            .levels
            .iter()
            .map(|l| wit::Level {
                rank: l.rank,
                label: l.label.clone(),
                description: l.description.clone(),
            })
            .collect(),
        not_rated: scale.not_rated.as_ref().map(|n| n.value),
        cumulative: scale.cumulative,
    }
}

fn area(area: &core::Area) -> wit::Area {
    wit::Area {
        id: area.id.clone(),
        title: area.title.clone(),
        description: area.description.clone(),
        motivation: area.motivation.clone(),
        restricted_to: area.restricted_to.clone(),
    }
}

fn competence(placed: core::Placed<'_>) -> wit::Competence {
    let c = placed.competence;
    wit::Competence {
        id: c.id.clone(),
        title: c.title.clone(),
        area: placed.area.to_string(),
        parent: placed.parent.map(str::to_string),
        definition: c.definition.clone(),
        description: c.description.clone(),
        examples: c.examples.clone(),
        descriptors: c
            .descriptors
            .iter()
            .map(|(&level, text)| wit::Descriptor {
                level,
                text: text.clone(),
            })
            .collect(),
        learning_activities: c
            .learning_activities
            .iter()
            .map(|a| wit::LearningActivity {
                text: a.text.clone(),
                levels: a.levels.clone(),
            })
            .collect(),
    }
}

pub fn role(role: &core::Role) -> wit::Role {
    wit::Role {
        id: role.id.clone(),
        title: role.title.clone(),
        unit: role.unit.clone(),
        description: role.description.clone(),
    }
}

pub fn profile(profile: &core::Profile) -> wit::Profile {
    wit::Profile {
        role: profile.role.clone(),
        description: profile.description.clone(),
        expected: profile
            .expected
            .iter()
            .map(|(competence, expectation)| wit::Expected {
                competence: competence.clone(),
                expectation: match expectation.level() {
                    Some(level) => wit::Expectation::Level(level),
                    None => wit::Expectation::NotApplicable,
                },
            })
            .collect(),
    }
}

/// A role returned by a plugin, in the model.
pub fn role_back(role: wit::Role) -> core::Role {
    core::Role {
        id: role.id,
        title: role.title,
        unit: role.unit,
        description: role.description,
    }
}

/// A profile returned by a plugin, in the model (a repeated competence keeps its last value).
pub fn profile_back(profile: wit::Profile) -> core::Profile {
    core::Profile {
        role: profile.role,
        description: profile.description,
        expected: profile
            .expected
            .into_iter()
            .map(|e| {
                let expectation = match e.expectation {
                    wit::Expectation::Level(level) => core::Expectation::Level(level),
                    wit::Expectation::NotApplicable => {
                        core::Expectation::NotApplicable(core::NotApplicable::NotApplicable)
                    }
                };
                (e.competence, expectation)
            })
            .collect(),
    }
}

/// The scoring input, moved (not copied) into the interface's records: roles become indices into
/// the framework's roles, units indices into a sorted list of units.
pub fn scoring_input(
    input: score::Input,
    framework: &core::Framework,
) -> Result<ws::Input, String> {
    let indexed = score::IndexedPersons::new(&input, framework)?;
    let persons = ws::Persons {
        role: indexed.roles,
        unit: indexed.units,
    };
    let units = indexed.unit_names;
    Ok(ws::Input {
        persons,
        units,
        ratings: ws::Ratings {
            person: input.ratings.person,
            competence: input.ratings.competence,
            self_rating: input.ratings.self_rating,
            agreed: input.ratings.agreed,
        },
        motivations: ws::Motivations {
            person: input.motivations.person,
            area: input.motivations.area,
            value: input.motivations.value,
        },
    })
}

pub fn scoring_output(output: ws::Output) -> score::Output {
    score::Output {
        ratings: score::RatingResults {
            expected: output.ratings.expected,
            counted: output.ratings.counted,
            outcome: output.ratings.outcome.into_iter().map(outcome).collect(),
        },
        persons: output
            .persons
            .into_iter()
            .map(|p| score::PersonResult {
                person: p.person,
                expected: p.expected,
                rated: p.rated,
                needs: p.needs,
                gap: p.gap,
                high_motivation: p.high_motivation,
                motivation_answers: p.motivation_answers,
            })
            .collect(),
        aggregates: output.aggregates.into_iter().map(aggregate).collect(),
    }
}

fn outcome(outcome: ws::Outcome) -> score::Outcome {
    match outcome {
        ws::Outcome::Met => score::Outcome::Met,
        ws::Outcome::Need => score::Outcome::Need,
        ws::Outcome::NotRated => score::Outcome::NotRated,
        ws::Outcome::NotExpected => score::Outcome::NotExpected,
    }
}

fn aggregate(a: ws::Aggregate) -> score::Aggregate {
    score::Aggregate {
        kind: match a.kind {
            ws::GroupKind::All => score::GroupKind::All,
            ws::GroupKind::Area => score::GroupKind::Area,
            ws::GroupKind::Competence => score::GroupKind::Competence,
            ws::GroupKind::Role => score::GroupKind::Role,
            ws::GroupKind::Unit => score::GroupKind::Unit,
        },
        key: a.key,
        persons: a.persons,
        persons_with_need: a.persons_with_need,
        expected: a.expected,
        rated: a.rated,
        ratings: a.ratings,
        rating_sum: a.rating_sum,
        needs: a.needs,
        motivation_answers: a.motivation_answers,
        high_motivation: a.high_motivation,
    }
}

impl From<crate::bindings::export::exports::ramverk::plugin::exporter::File> for OutputFile {
    fn from(f: crate::bindings::export::exports::ramverk::plugin::exporter::File) -> OutputFile {
        OutputFile {
            name: f.name,
            media_type: f.media_type,
            content: f.content,
        }
    }
}

impl From<crate::bindings::detailed_export::exports::ramverk::plugin::detailed_exporter::File>
    for OutputFile
{
    fn from(
        f: crate::bindings::detailed_export::exports::ramverk::plugin::detailed_exporter::File,
    ) -> OutputFile {
        OutputFile {
            name: f.name,
            media_type: f.media_type,
            content: f.content,
        }
    }
}

/// Bytes a plugin's result occupies, for the output limit.
pub trait Size {
    fn size(&self) -> usize;
}

impl Size for ws::Output {
    fn size(&self) -> usize {
        let r = &self.ratings;
        r.expected.len()
            + r.counted.len()
            + r.outcome.len()
            + self.persons.len() * std::mem::size_of::<ws::PersonResult>()
            + self
                .aggregates
                .iter()
                .map(|a| a.key.len() + std::mem::size_of::<ws::Aggregate>())
                .sum::<usize>()
    }
}

impl Size for wit::Role {
    fn size(&self) -> usize {
        self.id.len() + self.title.len() + opt(&self.unit) + opt(&self.description)
    }
}

impl Size for wit::Profile {
    fn size(&self) -> usize {
        self.role.len()
            + opt(&self.description)
            + self
                .expected
                .iter()
                .map(|e| e.competence.len() + 2)
                .sum::<usize>()
    }
}

fn opt(text: &Option<String>) -> usize {
    text.as_ref().map_or(0, String::len)
}
