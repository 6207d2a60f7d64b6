//! The case-export plugin against the CASE 1.1 rules, on the bundled frameworks: required fields,
//! identifiers, the isChildOf hierarchy, rubric levels, and byte-identical re-exports.

use std::collections::{BTreeMap, BTreeSet};

use ramverk_model::Framework;
use ramverk_plugin::{Host, Limits, OutputFile, Plugin, PluginError};
use ramverk_testkit::{plugin, plugin_cache_dir};
use serde_json::Value;

const BASE_URI: &str = "https://example.invalid/ramverk/case";

/// CASE 1.1 association types (CFAssociation.associationType); `ext:` values are extensions.
const ASSOCIATION_TYPES: &[&str] = &[
    "isChildOf",
    "isPeerOf",
    "isPartOf",
    "exactMatchOf",
    "precedes",
    "isRelatedTo",
    "replacedBy",
    "exemplar",
    "hasSkillLevel",
    "isTranslationOf",
];

/// The attributes of a CFPackage.
const PACKAGE_KEYS: &[&str] = &[
    "CFDocument",
    "CFItems",
    "CFAssociations",
    "CFDefinitions",
    "CFRubrics",
    "extensions",
];

fn framework(name: &str) -> Framework {
    ramverk_testkit::framework(name)
}

fn host() -> Host {
    Host::new(Limits::default(), Some(plugin_cache_dir())).unwrap()
}

fn load(host: &Host) -> Plugin {
    host.load(&plugin("case-export")).unwrap()
}

fn render(
    framework: &Framework,
    settings: &[(&str, &str)],
) -> Result<Vec<OutputFile>, PluginError> {
    let host = host();
    let settings: Vec<(String, String)> = settings
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    host.render(&load(&host), framework, &settings)
}

/// The one file of the export, parsed.
fn package(framework: &Framework) -> (OutputFile, Value) {
    let mut files = render(framework, &[]).unwrap();
    assert_eq!(files.len(), 1, "one package file");
    let file = files.remove(0);
    let value = serde_json::from_slice(&file.content).unwrap();
    (file, value)
}

fn list<'a>(value: &'a Value, key: &str) -> &'a [Value] {
    value
        .get(key)
        .and_then(Value::as_array)
        .map(Vec::as_slice)
        .unwrap_or(&[])
}

fn text<'a>(record: &'a Value, field: &str) -> &'a str {
    record.get(field).and_then(Value::as_str).unwrap_or("")
}

/// Every `fields` of `record` is a non-empty string.
fn required(record: &Value, what: &str, fields: &[&str]) {
    for field in fields {
        assert!(
            !text(record, field).trim().is_empty(),
            "{what}: required field {field} is missing or empty in {record}"
        );
    }
}

/// A LinkURI: title, identifier (a UUID) and uri, all present.
fn link(record: &Value, field: &str) -> String {
    let link = &record[field];
    required(link, field, &["title", "identifier", "uri"]);
    assert!(is_canonical_v5(text(link, "identifier")), "{field}: {link}");
    text(link, "identifier").to_string()
}

/// 36 characters, hyphens at 8, 13, 18 and 23, lowercase hex elsewhere, version 5, RFC variant.
fn is_canonical_v5(id: &str) -> bool {
    let bytes = id.as_bytes();
    bytes.len() == 36
        && bytes.iter().enumerate().all(|(i, &b)| match i {
            8 | 13 | 18 | 23 => b == b'-',
            _ => b.is_ascii_digit() || (b'a'..=b'f').contains(&b),
        })
        && bytes[14] == b'5'
        && matches!(bytes[19], b'8' | b'9' | b'a' | b'b')
}

/// ISO 8601 date-time as CASE writes it: `YYYY-MM-DDThh:mm:ss`, then `Z` or `±hh:mm`.
fn is_iso_date_time(text: &str) -> bool {
    let b = text.as_bytes();
    let digits = |range: std::ops::Range<usize>| {
        range
            .into_iter()
            .all(|i| b.get(i).is_some_and(u8::is_ascii_digit))
    };
    let zone = text.get(19..).unwrap_or("");
    b.len() >= 20
        && digits(0..4)
        && b[4] == b'-'
        && digits(5..7)
        && b[7] == b'-'
        && digits(8..10)
        && b[10] == b'T'
        && digits(11..13)
        && b[13] == b':'
        && digits(14..16)
        && b[16] == b':'
        && digits(17..19)
        && (zone == "Z"
            || (zone.len() == 6
                && (zone.starts_with('+') || zone.starts_with('-'))
                && zone.as_bytes()[3] == b':'))
}

/// Every record of the package with the name of its CASE class.
fn records(package: &Value) -> Vec<(&'static str, &Value)> {
    let mut records = vec![("CFDocument", &package["CFDocument"])];
    records.extend(list(package, "CFItems").iter().map(|r| ("CFItem", r)));
    records.extend(
        list(package, "CFAssociations")
            .iter()
            .map(|r| ("CFAssociation", r)),
    );
    records.extend(
        list(&package["CFDefinitions"], "CFItemTypes")
            .iter()
            .map(|r| ("CFItemType", r)),
    );
    records.extend(
        list(&package["CFDefinitions"], "CFConcepts")
            .iter()
            .map(|r| ("CFConcept", r)),
    );
    records.extend(
        list(&package["CFDefinitions"], "CFLicenses")
            .iter()
            .map(|r| ("CFLicense", r)),
    );
    for rubric in list(package, "CFRubrics") {
        records.push(("CFRubric", rubric));
        for criterion in list(rubric, "CFRubricCriteria") {
            records.push(("CFRubricCriterion", criterion));
            records.extend(
                list(criterion, "CFRubricCriterionLevels")
                    .iter()
                    .map(|r| ("CFRubricCriterionLevel", r)),
            );
        }
    }
    records
}

/// The rules every package must meet, whatever the framework.
fn check_case_rules(package: &Value) {
    let keys: Vec<&str> = package
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert!(
        keys.iter().all(|k| PACKAGE_KEYS.contains(k)),
        "unknown CFPackage attributes in {keys:?}"
    );
    let mut identifiers = BTreeSet::new();
    for (class, record) in records(package) {
        let fields: &[&str] = match class {
            "CFDocument" => &[
                "identifier",
                "uri",
                "creator",
                "title",
                "lastChangeDateTime",
            ],
            "CFItem" => &["identifier", "uri", "fullStatement", "lastChangeDateTime"],
            "CFAssociation" => &["identifier", "uri", "associationType", "lastChangeDateTime"],
            "CFItemType" => &[
                "identifier",
                "uri",
                "title",
                "description",
                "hierarchyCode",
                "lastChangeDateTime",
            ],
            "CFConcept" => &[
                "identifier",
                "uri",
                "title",
                "keywords",
                "lastChangeDateTime",
            ],
            "CFLicense" => &[
                "identifier",
                "uri",
                "title",
                "licenseText",
                "lastChangeDateTime",
            ],
            _ => &["identifier", "uri", "lastChangeDateTime"],
        };
        required(record, class, fields);
        let identifier = text(record, "identifier");
        assert!(
            is_canonical_v5(identifier),
            "{class} identifier {identifier:?} is not a canonical v5 UUID"
        );
        assert!(
            identifiers.insert(identifier.to_string()),
            "{class} identifier {identifier} is not unique"
        );
        let uri = text(record, "uri");
        assert!(
            uri.starts_with(BASE_URI) && uri.ends_with(identifier),
            "{class} uri {uri}"
        );
        let changed = text(record, "lastChangeDateTime");
        assert!(
            is_iso_date_time(changed),
            "{class} lastChangeDateTime {changed:?} is not ISO 8601"
        );
    }
    let document = &package["CFDocument"];
    assert_eq!(document["caseVersion"], "1.1");
    check_associations(package);
    check_rubrics(package);
}

/// Known types; origins are items, destinations the document or an item; one isChildOf per item.
fn check_associations(package: &Value) {
    let document = text(&package["CFDocument"], "identifier");
    let items: BTreeSet<&str> = list(package, "CFItems")
        .iter()
        .map(|item| text(item, "identifier"))
        .collect();
    let mut parents: BTreeMap<String, usize> = BTreeMap::new();
    for association in list(package, "CFAssociations") {
        let kind = text(association, "associationType");
        assert!(
            ASSOCIATION_TYPES.contains(&kind) || kind.starts_with("ext:"),
            "association type {kind:?}"
        );
        let origin = link(association, "originNodeURI");
        let destination = link(association, "destinationNodeURI");
        assert!(
            items.contains(origin.as_str()),
            "origin {origin} is not an item"
        );
        assert!(
            destination == document || items.contains(destination.as_str()),
            "destination {destination} resolves to nothing"
        );
        if kind == "isChildOf" {
            *parents.entry(origin).or_default() += 1;
        }
    }
    for item in &items {
        assert_eq!(
            parents.get(*item),
            Some(&1),
            "item {item} needs exactly one isChildOf"
        );
    }
}

/// Criteria point at items; levels belong to their criterion and rubric.
fn check_rubrics(package: &Value) {
    let items: BTreeSet<&str> = list(package, "CFItems")
        .iter()
        .map(|item| text(item, "identifier"))
        .collect();
    for rubric in list(package, "CFRubrics") {
        for criterion in list(rubric, "CFRubricCriteria") {
            assert_eq!(criterion["rubricId"], rubric["identifier"]);
            assert!(
                items.contains(link(criterion, "CFItemURI").as_str()),
                "criterion of an unknown item"
            );
            for level in list(criterion, "CFRubricCriterionLevels") {
                assert_eq!(level["rubricCriterionId"], criterion["identifier"]);
            }
        }
    }
}

/// Item identifier by humanCodingScheme, and the isChildOf destination of each item.
fn hierarchy(package: &Value) -> (BTreeMap<String, String>, BTreeMap<String, String>) {
    let items = list(package, "CFItems")
        .iter()
        .map(|item| {
            (
                text(item, "humanCodingScheme").to_string(),
                text(item, "identifier").to_string(),
            )
        })
        .collect();
    let parents = list(package, "CFAssociations")
        .iter()
        .filter(|a| a["associationType"] == "isChildOf")
        .map(|a| {
            (
                text(&a["originNodeURI"], "identifier").to_string(),
                text(&a["destinationNodeURI"], "identifier").to_string(),
            )
        })
        .collect();
    (items, parents)
}

/// DigComp 3.0 carries its details into CASE: every competence statement and learning outcome a
/// CFItem under its competence with its level, the four levels and eight steps with their A1–C2
/// equivalents, 126 CFConcepts and the CFLicense.
#[test]
fn digcomp_statements_outcomes_levels_glossary_and_licence_are_in_the_package() {
    let framework = framework("digcomp-3");
    let (_, package) = package(&framework);
    check_case_rules(&package);
    let items = list(&package, "CFItems");
    let of_type = |title: &str| {
        items
            .iter()
            .filter(|item| item["CFItemType"] == title)
            .collect::<Vec<_>>()
    };
    let statements = of_type("Competence Statement");
    let outcomes: usize = ["Knowledge", "Skill", "Attitude"]
        .iter()
        .map(|d| of_type(&format!("Learning Outcome: {d}")).len())
        .sum();
    assert_eq!(
        (
            of_type("Competency Area").len(),
            of_type("Competency").len(),
            statements.len(),
            outcomes,
            of_type("Proficiency Level").len(),
            of_type("Proficiency Step").len(),
        ),
        (5, 21, 362, 523, 4, 8)
    );
    // Every id and text exactly as in the framework.
    let placed = framework.placed_competences();
    let competence = placed.iter().find(|p| p.competence.id == "1.1").unwrap();
    let first = &competence.competence.statements[0];
    let item = statements
        .iter()
        .find(|item| item["humanCodingScheme"] == first.id.as_str())
        .unwrap();
    assert_eq!(item["fullStatement"], first.text.trim());
    assert_eq!(
        item["conceptKeywords"],
        serde_json::json!(first.labels),
        "labels become conceptKeywords"
    );
    let (codes, parents) = hierarchy(&package);
    let identifier = text(item, "identifier");
    assert_eq!(
        parents[identifier], codes["1.1"],
        "a child of competence 1.1"
    );
    let level = list(&package, "CFAssociations")
        .iter()
        .find(|a| {
            a["associationType"] == "hasSkillLevel"
                && a["originNodeURI"]["identifier"] == identifier
        })
        .unwrap();
    assert_eq!(
        level["destinationNodeURI"]["identifier"].as_str().unwrap(),
        codes[&format!("proficiency.{}", first.level)]
    );
    let skill_levels = list(&package, "CFAssociations")
        .iter()
        .filter(|a| a["associationType"] == "hasSkillLevel")
        .count();
    assert_eq!(
        skill_levels,
        362 + 523,
        "one level per statement and outcome"
    );
    let step = items
        .iter()
        .find(|item| item["humanCodingScheme"] == "proficiency.2.3")
        .unwrap();
    assert_eq!(step["alternativeLabel"], "A1–C2: B1");
    assert_eq!(parents[text(step, "identifier")], codes["proficiency.2"]);
    let definitions = &package["CFDefinitions"];
    assert_eq!(list(definitions, "CFConcepts").len(), 126);
    let term = &framework.glossary[0];
    let concept = &list(definitions, "CFConcepts")[0];
    assert_eq!(
        (concept["title"].as_str(), concept["description"].as_str()),
        (Some(term.term.trim()), Some(term.explanation.trim()))
    );
    let licence = &list(definitions, "CFLicenses")[0];
    assert_eq!(licence["title"], "CC-BY-SA-4.0");
    assert!(text(licence, "licenseText").contains("Cosgrove, J. and Cachia, R. (2025)"));
    assert_eq!(
        package["CFDocument"]["licenseURI"]["identifier"],
        licence["identifier"]
    );
}

#[test]
fn stockholm_is_a_valid_case_package() {
    let framework = framework("stockholm-kultur");
    let (file, package) = package(&framework);
    assert_eq!(file.name, "stockholm-kultur.case.json");
    assert_eq!(file.media_type, "application/json");
    check_case_rules(&package);

    let document = &package["CFDocument"];
    assert_eq!(document["title"], framework.title.as_str());
    assert_eq!(document["creator"], "Stockholms stad");
    assert_eq!(document["language"], "sv");
    assert_eq!(document["version"], "1.0.0");
    assert_eq!(document["adoptionStatus"], "Adopted");
    assert_eq!(document["statusStartDate"], "2024-09-02");
    for (class, record) in records(&package) {
        assert_eq!(
            record["lastChangeDateTime"], "2024-09-02T00:00:00Z",
            "{class}: the adopted date"
        );
    }
}

#[test]
fn stockholm_has_every_area_and_competence_in_place() {
    let framework = framework("stockholm-kultur");
    let (_, package) = package(&framework);
    let items = list(&package, "CFItems");
    let areas: Vec<&Value> = items
        .iter()
        .filter(|i| i["CFItemType"] == "Competency Area")
        .collect();
    let competences: Vec<&Value> = items
        .iter()
        .filter(|i| i["CFItemType"] == "Competency")
        .collect();
    assert_eq!((areas.len(), competences.len(), items.len()), (6, 20, 26));
    let codes: Vec<&str> = areas.iter().map(|a| text(a, "humanCodingScheme")).collect();
    assert_eq!(codes, ["1", "2", "3", "4", "5", "6"]);

    let (by_code, parents) = hierarchy(&package);
    let document = text(&package["CFDocument"], "identifier");
    for area in &framework.areas {
        assert_eq!(
            parents[&by_code[&area.id]], document,
            "area {} is a child of the document",
            area.id
        );
    }
    for placed in framework.placed_competences() {
        let competence = placed.competence;
        let item = items
            .iter()
            .find(|i| i["humanCodingScheme"] == competence.id.as_str())
            .unwrap();
        assert_eq!(
            item["abbreviatedStatement"],
            competence.title.as_str(),
            "{}",
            competence.id
        );
        assert_eq!(
            item["fullStatement"],
            competence.definition.as_deref().unwrap().trim(),
            "{}",
            competence.id
        );
        let parent = placed.parent.unwrap_or(placed.area);
        assert_eq!(
            parents[&by_code[&competence.id]], by_code[parent],
            "{} is a child of {parent}",
            competence.id
        );
    }
    let sequence: Vec<u64> = list(&package, "CFAssociations")
        .iter()
        .take(5)
        .map(|a| a["sequenceNumber"].as_u64().unwrap())
        .collect();
    assert_eq!(
        sequence,
        [1, 1, 2, 2, 1],
        "area 1, its competences 1.1 and 1.2, area 2, competence 2.1"
    );
}

#[test]
fn stockholm_descriptors_are_rubric_levels() {
    let framework = framework("stockholm-kultur");
    let (_, package) = package(&framework);
    let rubrics = list(&package, "CFRubrics");
    assert_eq!(rubrics.len(), 1);
    let criteria = list(&rubrics[0], "CFRubricCriteria");
    assert_eq!(criteria.len(), 20);
    let scale = framework
        .scales
        .iter()
        .find(|s| Some(&s.id) == framework.rating_scale.as_ref())
        .unwrap();
    let (by_code, _) = hierarchy(&package);
    let mut levels = 0;
    for placed in framework.placed_competences() {
        let competence = placed.competence;
        let criterion = criteria
            .iter()
            .find(|c| c["CFItemURI"]["identifier"] == by_code[&competence.id].as_str())
            .unwrap_or_else(|| panic!("no criterion for {}", competence.id));
        let found = list(criterion, "CFRubricCriterionLevels");
        assert_eq!(
            found.len(),
            competence.descriptors.len(),
            "{}",
            competence.id
        );
        for ((&rank, descriptor), level) in competence.descriptors.iter().zip(found) {
            let label = &scale.levels.iter().find(|l| l.rank == rank).unwrap().label;
            assert_eq!(level["score"], rank, "{}", competence.id);
            assert_eq!(level["quality"], label.as_str());
            assert_eq!(level["description"], descriptor.trim());
            assert_eq!(level["position"], rank);
        }
        levels += found.len();
    }
    assert_eq!(levels, 100);
}

#[test]
fn a_reexport_is_byte_identical_and_keeps_identifiers() {
    let framework = framework("stockholm-kultur");
    let first = render(&framework, &[]).unwrap();
    let second = render(&framework, &[]).unwrap();
    assert_eq!(first[0].content, second[0].content);

    let moved = render(&framework, &[("base-uri", "https://case.example.org/api/")]).unwrap();
    let ids = |files: &[OutputFile]| {
        let value: Value = serde_json::from_slice(&files[0].content).unwrap();
        records(&value)
            .iter()
            .map(|(_, r)| text(r, "identifier").to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        ids(&first),
        ids(&moved),
        "the base URI does not change identifiers"
    );
    let moved: Value = serde_json::from_slice(&moved[0].content).unwrap();
    assert!(
        text(&moved["CFDocument"], "uri").starts_with("https://case.example.org/api/CFDocuments/")
    );
}

#[test]
fn kl_catalogue_nests_three_levels_deep_without_a_rubric() {
    let framework = framework("kl-kompetencekatalog");
    let (file, package) = package(&framework);
    assert_eq!(file.name, "kl-kompetencekatalog.case.json");
    check_case_rules(&package);
    assert!(
        package.get("CFRubrics").is_none(),
        "no descriptors, no rubric"
    );
    assert!(
        package["CFDocument"].get("statusStartDate").is_none(),
        "no adopted date"
    );
    assert_eq!(
        package["CFDocument"]["lastChangeDateTime"],
        "1970-01-01T00:00:00Z"
    );
    assert_eq!(package["CFDocument"]["language"], "da");

    let placed = framework.placed_competences();
    assert_eq!(
        list(&package, "CFItems").len(),
        framework.areas.len() + placed.len()
    );
    let (by_code, parents) = hierarchy(&package);
    let document = text(&package["CFDocument"], "identifier").to_string();
    let mut deepest = 0;
    for placed in &placed {
        // Follow isChildOf up to the document: competence → … → area → document.
        let mut chain = vec![by_code[&placed.competence.id].clone()];
        while chain.last() != Some(&document) {
            assert!(
                chain.len() <= 10,
                "isChildOf loops from {}",
                placed.competence.id
            );
            chain.push(parents[chain.last().unwrap()].clone());
        }
        assert_eq!(
            chain[chain.len() - 2],
            by_code[placed.area],
            "{} ends in its area",
            placed.competence.id
        );
        let expected_parent = placed.parent.unwrap_or(placed.area);
        assert_eq!(
            chain[1], by_code[expected_parent],
            "{}",
            placed.competence.id
        );
        deepest = deepest.max(chain.len() - 2);
    }
    assert_eq!(
        deepest, 3,
        "competences at three depths under the dimensions"
    );
    assert_eq!(parents[&by_code["1.1.1.1"]], by_code["1.1.1"]);
}

#[test]
fn settings_name_the_file_and_date_the_records() {
    let framework = framework("kl-kompetencekatalog");
    let files = render(
        &framework,
        &[("file", "case/kl.json"), ("last-change", "2025-03-01")],
    )
    .unwrap();
    assert_eq!(files[0].name, "case/kl.json");
    let value: Value = serde_json::from_slice(&files[0].content).unwrap();
    assert!(
        records(&value)
            .iter()
            .all(|(_, r)| r["lastChangeDateTime"] == "2025-03-01T00:00:00Z")
    );

    let error = render(&framework, &[("base-uri", "not a uri")]).unwrap_err();
    assert!(
        matches!(error, PluginError::Reported { .. }) && error.to_string().contains("base-uri"),
        "{error}"
    );
    let error = render(&framework, &[("last-change", "yesterday")]).unwrap_err();
    assert!(error.to_string().contains("last-change"), "{error}");
}

#[test]
fn the_self_test_passes() {
    let host = host();
    host.self_test(&load(&host)).unwrap();
}
