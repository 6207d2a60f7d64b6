//! CASE identifiers: name-based UUIDs (v5) of the framework id and each record's kind and id.
//!
//! The framework's namespace is `v5(URL namespace, "ramverk:" + framework id)`; a record's
//! identifier is `v5(namespace, name)` with the names below. Ids never depend on the base URI,
//! titles or texts, so a re-export (or a new version) keeps every identifier.

use uuid::Uuid;

/// One CASE record's identity: its identifier and its uri.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Id {
    pub identifier: String,
    pub uri: String,
}

pub struct Ids<'a> {
    namespace: Uuid,
    base_uri: &'a str,
}

impl<'a> Ids<'a> {
    pub fn new(framework: &str, base_uri: &'a str) -> Ids<'a> {
        let namespace = Uuid::new_v5(
            &Uuid::NAMESPACE_URL,
            format!("ramverk:{framework}").as_bytes(),
        );
        Ids {
            namespace,
            base_uri,
        }
    }

    pub fn document(&self) -> Id {
        self.id("CFDocuments", "document")
    }

    pub fn area(&self, area: &str) -> Id {
        self.id("CFItems", &format!("item:area:{area}"))
    }

    pub fn competence(&self, competence: &str) -> Id {
        self.id("CFItems", &format!("item:competence:{competence}"))
    }

    /// The `isChildOf` association of an item, named by the item (each item has exactly one).
    pub fn child_of(&self, item: &Id) -> Id {
        self.id(
            "CFAssociations",
            &format!("association:isChildOf:{}", item.identifier),
        )
    }

    /// A competence statement's CFItem (its id is unique in the framework).
    pub fn statement(&self, statement: &str) -> Id {
        self.id("CFItems", &format!("item:statement:{statement}"))
    }

    /// A learning outcome's CFItem.
    pub fn outcome(&self, outcome: &str) -> Id {
        self.id("CFItems", &format!("item:outcome:{outcome}"))
    }

    /// The CFItem of level `rank` of the scale `scale`.
    pub fn scale_level(&self, scale: &str, rank: u8) -> Id {
        self.id("CFItems", &format!("item:level:{scale}:{rank}"))
    }

    /// The CFItem of step `rank` of the scale `scale` (steps are numbered across the scale).
    pub fn step(&self, scale: &str, rank: u8) -> Id {
        self.id("CFItems", &format!("item:step:{scale}:{rank}"))
    }

    /// The `hasSkillLevel` association of an item (a statement or outcome has one level).
    pub fn skill_level(&self, item: &Id) -> Id {
        self.id(
            "CFAssociations",
            &format!("association:hasSkillLevel:{}", item.identifier),
        )
    }

    /// A glossary term's CFConcept.
    pub fn concept(&self, term: &str) -> Id {
        self.id("CFConcepts", &format!("concept:{term}"))
    }

    /// The framework's CFLicense.
    pub fn licence(&self) -> Id {
        self.id("CFLicenses", "licence")
    }

    /// `kind` names the item type: "area", "competence", "statement", "outcome-knowledge", ….
    pub fn item_type(&self, kind: &str) -> Id {
        self.id("CFItemTypes", &format!("item-type:{kind}"))
    }

    pub fn rubric(&self) -> Id {
        self.id("CFRubrics", "rubric:levels")
    }

    pub fn criterion(&self, competence: &str) -> Id {
        self.id("CFRubricCriteria", &format!("criterion:{competence}"))
    }

    pub fn level(&self, competence: &str, level: u8) -> Id {
        self.id(
            "CFRubricCriterionLevels",
            &format!("level:{competence}:{level}"),
        )
    }

    /// `uri` is the base URI, the CASE collection (as in the REST binding's paths) and the identifier.
    fn id(&self, collection: &str, name: &str) -> Id {
        let identifier = Uuid::new_v5(&self.namespace, name.as_bytes()).to_string();
        let uri = format!("{}/{collection}/{identifier}", self.base_uri);
        Id { identifier, uri }
    }
}

/// A canonical lowercase UUID of version 5 (8-4-4-4-12 hex digits, RFC 4122 variant).
pub fn is_canonical_v5(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.len() == 36
        && bytes.iter().enumerate().all(|(i, &b)| match i {
            8 | 13 | 18 | 23 => b == b'-',
            _ => b.is_ascii_digit() || (b'a'..=b'f').contains(&b),
        })
        && bytes[14] == b'5'
        && matches!(bytes[19], b'8' | b'9' | b'a' | b'b')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identifiers_are_stable_canonical_v5() {
        let ids = Ids::new("stockholm-kultur", "https://example.invalid/case");
        let area = ids.area("1");
        assert!(is_canonical_v5(&area.identifier), "{}", area.identifier);
        assert_eq!(
            area,
            Ids::new("stockholm-kultur", "https://example.invalid/case").area("1")
        );
        assert_eq!(
            area.uri,
            format!("https://example.invalid/case/CFItems/{}", area.identifier)
        );
    }

    #[test]
    fn identifiers_differ_by_kind_framework_and_id_but_not_base_uri() {
        let ids = Ids::new("a", "https://x.invalid");
        assert_ne!(ids.area("1").identifier, ids.competence("1").identifier);
        assert_ne!(ids.statement("1").identifier, ids.outcome("1").identifier);
        assert_ne!(
            ids.scale_level("s", 1).identifier,
            ids.step("s", 1).identifier
        );
        assert_ne!(
            ids.competence("1").identifier,
            ids.competence("1.1").identifier
        );
        assert_ne!(
            ids.area("1").identifier,
            Ids::new("b", "https://x.invalid").area("1").identifier
        );
        assert_eq!(
            ids.area("1").identifier,
            Ids::new("a", "https://y.invalid").area("1").identifier
        );
    }

    #[test]
    fn canonical_form() {
        assert!(is_canonical_v5("74738ff5-5367-5958-9aee-98fffdcd1876"));
        assert!(!is_canonical_v5("74738FF5-5367-5958-9AEE-98FFFDCD1876"));
        assert!(!is_canonical_v5("74738ff5-5367-4958-9aee-98fffdcd1876"));
        assert!(!is_canonical_v5("74738ff553675958-9aee-98fffdcd1876"));
    }
}
