//! Invariants of a rendered package, checked before it leaves the plugin and by the self-test.

use std::collections::BTreeSet;

use serde_json::Value;

use crate::ids::is_canonical_v5;
use crate::{Settings, examples, package};

/// The identifiers of every record in the package (not of the links to them).
pub fn record_identifiers(package: &Value) -> Vec<&str> {
    let mut records: Vec<&Value> = vec![&package["CFDocument"]];
    records.extend(list(&package["CFItems"]));
    records.extend(list(&package["CFAssociations"]));
    records.extend(list(&package["CFDefinitions"]["CFItemTypes"]));
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

/// Exports the built-in example twice and checks the package's shape.
pub fn self_test() -> Result<(), String> {
    let framework = examples::framework();
    let settings = Settings::default();
    let first = package(&framework, &settings)?;
    if package(&framework, &settings)? != first {
        return Err("two exports of the same framework differ".into());
    }
    let value: Value = serde_json::from_str(&first)
        .map_err(|error| format!("the package is not valid JSON: {error}"))?;
    unique_identifiers(&value)?;
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
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collisions_and_bad_identifiers_are_caught() {
        let framework = examples::framework();
        let text = package(&framework, &Settings::default()).unwrap();
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
