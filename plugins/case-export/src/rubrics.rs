//! The level descriptors as one CFRubric: a criterion per competence with descriptors (linked to
//! the competence's CFItem), a level per descriptor with the rating scale's label as quality and
//! the level as score.

use std::collections::BTreeSet;

use ramverk_plugin_sdk::detailed_export::{Competence, Descriptor, FrameworkExt, Scale};
use serde_json::Value;

use crate::Context;
use crate::ids::Id;
use crate::json::{self, Object};

/// The CFRubric, or `None` when no competence has descriptors.
pub fn rubric(context: &Context<'_>) -> Result<Option<Value>, String> {
    let framework = context.framework;
    let described: Vec<&Competence> = framework
        .competences
        .iter()
        .filter(|c| !c.descriptors.is_empty())
        .collect();
    if described.is_empty() {
        return Ok(None);
    }
    let scale = rating_scale(context)?;
    let id = context.ids.rubric();
    let criteria = described
        .iter()
        .enumerate()
        .map(|(index, competence)| criterion(context, &id, scale, competence, index as u32 + 1))
        .collect::<Result<Vec<Value>, String>>()?;
    let title = scale
        .and_then(|scale| json::text(Some(&scale.title)))
        .unwrap_or(&framework.title);
    let rubric = Object::record(&id)
        .set("title", title)
        .set("lastChangeDateTime", context.changed.as_str())
        .set("CFRubricCriteria", criteria);
    Ok(Some(rubric.into_value()))
}

/// The scale the descriptors' levels belong to; an error if the framework names a missing one.
fn rating_scale<'a>(context: &Context<'a>) -> Result<Option<&'a Scale>, String> {
    let framework = context.framework;
    match (&framework.rating_scale, framework.rating_scale()) {
        (Some(id), None) => Err(format!(
            "the framework's rating scale {id:?} is not one of its scales"
        )),
        (_, scale) => Ok(scale),
    }
}

fn criterion(
    context: &Context<'_>,
    rubric: &Id,
    scale: Option<&Scale>,
    competence: &Competence,
    position: u32,
) -> Result<Value, String> {
    let id = context.ids.criterion(&competence.id);
    let area = context
        .framework
        .area(&competence.area)
        .map(|area| area.title.as_str());
    let levels = sorted(competence)?
        .iter()
        .enumerate()
        .map(|(index, descriptor)| {
            level(
                context,
                &id,
                scale,
                competence,
                descriptor,
                index as u32 + 1,
            )
        })
        .collect::<Vec<Value>>();
    let criterion = Object::record(&id)
        .maybe("category", json::text(area))
        .set(
            "description",
            format!("{} {}", competence.id, competence.title),
        )
        .set(
            "CFItemURI",
            json::link(&competence.title, &context.ids.competence(&competence.id)),
        )
        .set("position", position)
        .set("rubricId", rubric.identifier.as_str())
        .set("lastChangeDateTime", context.changed.as_str())
        .set("CFRubricCriterionLevels", levels);
    Ok(criterion.into_value())
}

fn level(
    context: &Context<'_>,
    criterion: &Id,
    scale: Option<&Scale>,
    competence: &Competence,
    descriptor: &Descriptor,
    position: u32,
) -> Value {
    let quality = scale
        .and_then(|scale| {
            scale
                .levels
                .iter()
                .find(|level| level.rank == descriptor.level)
        })
        .and_then(|level| json::text(Some(&level.label)));
    Object::record(&context.ids.level(&competence.id, descriptor.level))
        .set("description", descriptor.text.trim())
        .maybe("quality", quality)
        .set("score", descriptor.level)
        .set("position", position)
        .set("rubricCriterionId", criterion.identifier.as_str())
        .set("lastChangeDateTime", context.changed.as_str())
        .into_value()
}

/// The descriptors by level; an error if a level is described twice or a text is empty.
fn sorted(competence: &Competence) -> Result<Vec<&Descriptor>, String> {
    let mut descriptors: Vec<&Descriptor> = competence.descriptors.iter().collect();
    descriptors.sort_by_key(|descriptor| descriptor.level);
    let mut seen = BTreeSet::new();
    for descriptor in &descriptors {
        if !seen.insert(descriptor.level) {
            return Err(format!(
                "competence {} has two descriptors for level {}",
                competence.id, descriptor.level
            ));
        }
        if descriptor.text.trim().is_empty() {
            return Err(format!(
                "competence {} has an empty descriptor for level {}",
                competence.id, descriptor.level
            ));
        }
    }
    Ok(descriptors)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{examples, ids::Ids};
    use ramverk_plugin_sdk::detailed_export::Framework;

    fn render(framework: &Framework) -> Result<Option<Value>, String> {
        let context = Context {
            framework,
            ids: Ids::new("example", "https://x.invalid"),
            changed: "T".into(),
            details: &crate::NO_DETAILS,
        };
        rubric(&context)
    }

    #[test]
    fn one_criterion_per_described_competence() {
        let rubric = render(&examples::framework()).unwrap().unwrap();
        assert_eq!(rubric["title"], "Kompetensnivå");
        let criteria = rubric["CFRubricCriteria"].as_array().unwrap();
        assert_eq!(criteria.len(), 1);
        let ids = Ids::new("example", "https://x.invalid");
        assert_eq!(
            criteria[0]["CFItemURI"]["identifier"],
            ids.competence("1.1").identifier.as_str()
        );
        assert_eq!(criteria[0]["rubricId"], rubric["identifier"]);
        assert_eq!(criteria[0]["category"], "Area 1");
        let levels = criteria[0]["CFRubricCriterionLevels"].as_array().unwrap();
        let summary: Vec<_> = levels
            .iter()
            .map(|l| (l["score"].as_u64().unwrap(), l["quality"].as_str().unwrap()))
            .collect();
        assert_eq!(
            summary,
            [
                (1, "Behöver stöd"),
                (2, "Enklare moment"),
                (3, "Självständigt")
            ]
        );
        assert_eq!(levels[2]["description"], "Söker självständigt.");
        assert!(
            levels
                .iter()
                .all(|l| l["rubricCriterionId"] == criteria[0]["identifier"])
        );
    }

    #[test]
    fn no_descriptors_no_rubric() {
        let mut framework = examples::framework();
        framework.competences[0].descriptors.clear();
        assert!(render(&framework).unwrap().is_none());
    }

    #[test]
    fn bad_descriptors_and_missing_scale_are_errors() {
        let mut framework = examples::framework();
        framework.competences[0].descriptors[1].level = 1;
        assert!(
            render(&framework)
                .unwrap_err()
                .contains("two descriptors for level 1")
        );
        let mut framework = examples::framework();
        framework.rating_scale = Some("nope".into());
        assert!(render(&framework).unwrap_err().contains("\"nope\""));
    }

    #[test]
    fn levels_outside_the_scale_have_no_quality() {
        let mut framework = examples::framework();
        framework.competences[0].descriptors[2].level = 9;
        let rubric = render(&framework).unwrap().unwrap();
        let level = &rubric["CFRubricCriteria"][0]["CFRubricCriterionLevels"][2];
        assert!(level.get("quality").is_none());
        assert_eq!(level["score"], 9);
    }
}
