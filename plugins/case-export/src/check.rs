//! Invariants of a rendered package, checked before it leaves the plugin and by the self-test.

use std::collections::BTreeSet;

use serde_json::Value;

use crate::ids::is_canonical_v5;
use ramverk_plugin_sdk::detailed_export::FrameworkDetails;

use crate::{Settings, examples, package};

/// The identifiers of every record in the package (not of the links to them).
pub fn record_identifiers(package: &Value) -> Vec<&str> {
    let mut records: Vec<&Value> = vec![&package["CFDocument"]];
    records.extend(list(&package["CFItems"]));
    records.extend(list(&package["CFAssociations"]));
    records.extend(list(&package["CFDefinitions"]["CFItemTypes"]));
    records.extend(list(&package["CFDefinitions"]["CFConcepts"]));
    records.extend(list(&package["CFDefinitions"]["CFLicenses"]));
    for rubric in list(&package["CFRubrics"]) {
        records.push(rubric);
        for criterion in list(&rubric["CFRubricCriteria"]) {
            records.push(criterion);
            records.extend(list(&criterion["CFRubricCriterionLevels"]));
        }
    }
    records
        .iter()
        .map(|record| record["identifier"].as_str().unwrap_or(""))
        .collect()
}

fn list(value: &Value) -> impl Iterator<Item = &Value> {
    value.as_array().into_iter().flatten()
}

/// Every record has a canonical v5 UUID of its own.
pub fn unique_identifiers(package: &Value) -> Result<(), String> {
    let mut seen = BTreeSet::new();
    for identifier in record_identifiers(package) {
        if !is_canonical_v5(identifier) {
            return Err(format!(
                "the identifier {identifier:?} is not a canonical UUID (a bug in case-export)"
            ));
        }
        if !seen.insert(identifier) {
            return Err(format!(
                "two records share the identifier {identifier} (two ids of the framework collide)"
            ));
        }
    }
    Ok(())
}

/// Exports the built-in example twice and checks the package's shape, then exports it with its
/// details and checks where they hang.
pub fn self_test() -> Result<(), String> {
    let framework = examples::framework();
    let settings = Settings::default();
    let no_details = FrameworkDetails::empty();
    let first = package(&framework, &no_details, &settings)?;
    if package(&framework, &no_details, &settings)? != first {
        return Err("two exports of the same framework differ".into());
    }
    let value = parsed(&first)?;
    let items = list(&value["CFItems"]).count();
    let associations = list(&value["CFAssociations"]).count();
    if items != 6 || associations != items {
        return Err(format!(
            "{items} items and {associations} associations; expected 6 of each"
        ));
    }
    let nested = &value["CFAssociations"][2];
    if nested["destinationNodeURI"]["identifier"] != value["CFItems"][1]["identifier"] {
        return Err("competence 1.1.1 is not a child of competence 1.1".into());
    }
    let levels =
        list(&value["CFRubrics"][0]["CFRubricCriteria"][0]["CFRubricCriterionLevels"]).count();
    if levels != 3 {
        return Err(format!(
            "{levels} rubric levels; expected one per descriptor (3)"
        ));
    }
    self_test_details()
}

/// The example with its details: 3 levels, 2 steps, 2 statements and an outcome become items;
/// a statement is its competence's child (after the nested competence) and has its level.
fn self_test_details() -> Result<(), String> {
    let framework = examples::framework();
    let value = parsed(&package(
        &framework,
        &examples::details(),
        &Settings::default(),
    )?)?;
    let items: Vec<&Value> = list(&value["CFItems"]).collect();
    let associations: Vec<&Value> = list(&value["CFAssociations"]).collect();
    if items.len() != 14 || associations.len() != 17 {
        return Err(format!(
            "{} items and {} associations with details; expected 14 and 17",
            items.len(),
            associations.len()
        ));
    }
    let by_code = |code: &str| {
        items
            .iter()
            .find(|item| item["humanCodingScheme"] == code)
            .map(|item| item["identifier"].clone())
    };
    let statement = by_code("1.1-S2").ok_or("statement 1.1-S2 is not an item")?;
    let ends = |kind: &str| {
        associations
            .iter()
            .find(|a| a["associationType"] == kind && a["originNodeURI"]["identifier"] == statement)
            .map(|a| {
                (
                    a["destinationNodeURI"]["title"].clone(),
                    a["sequenceNumber"].clone(),
                )
            })
    };
    if ends("isChildOf") != Some(("Competence 1.1".into(), 3.into())) {
        return Err(format!(
            "statement 1.1-S2 is not the third child of competence 1.1: {:?}",
            ends("isChildOf")
        ));
    }
    if ends("hasSkillLevel").map(|(title, _)| title) != Some("Enklare moment".into()) {
        return Err("statement 1.1-S2 does not have level 2 as its skill level".into());
    }
    if list(&value["CFDefinitions"]["CFConcepts"]).count() != 1
        || value["CFDocument"]["licenseURI"]["title"] != "CC-BY-4.0"
    {
        return Err("the glossary or the licence is missing from the package".into());
    }
    Ok(())
}

fn parsed(text: &str) -> Result<Value, String> {
    let value: Value = serde_json::from_str(text)
        .map_err(|error| format!("the package is not valid JSON: {error}"))?;
    unique_identifiers(&value)?;
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collisions_and_bad_identifiers_are_caught() {
        let framework = examples::framework();
        let text = package(&framework, &crate::NO_DETAILS, &Settings::default()).unwrap();
        let mut value: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(record_identifiers(&value).len(), 1 + 6 + 6 + 2 + 1 + 1 + 3);
        value["CFItems"][1]["identifier"] = value["CFItems"][0]["identifier"].clone();
        assert!(unique_identifiers(&value).unwrap_err().contains("share"));
        value["CFItems"][1]["identifier"] = "x".into();
        assert!(
            unique_identifiers(&value)
                .unwrap_err()
                .contains("canonical")
        );
    }
}
