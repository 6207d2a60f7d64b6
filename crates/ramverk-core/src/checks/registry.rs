//! Every diagnostic code ramverk emits, with its severity and a one-line summary.

use crate::diagnostic::Severity;

/// A registered diagnostic code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rule {
    /// The stable code.
    pub code: &'static str,
    /// Its severity.
    pub severity: Severity,
    /// What it catches.
    pub summary: &'static str,
}

const fn error(code: &'static str, summary: &'static str) -> Rule {
    Rule {
        code,
        severity: Severity::Error,
        summary,
    }
}

const fn warning(code: &'static str, summary: &'static str) -> Rule {
    Rule {
        code,
        severity: Severity::Warning,
        summary,
    }
}

/// All codes, in documentation order.
pub const RULES: &[Rule] = &[
    error("yaml-syntax", "the file is not well-formed YAML"),
    error("duplicate-key", "a mapping has the same key twice"),
    error(
        "yaml-limit",
        "the file exceeds a safety limit (aliases, nesting, size)",
    ),
    error("too-large", "the file is larger than ramverk reads"),
    error("encoding", "the file is not UTF-8"),
    error("schema", "the content does not match the framework schema"),
    error(
        "invalid-version",
        "the version is not semantic versioning (MAJOR.MINOR.PATCH)",
    ),
    error("invalid-language", "the language is not a BCP 47 tag"),
    error("invalid-date", "a date is not a real YYYY-MM-DD date"),
    error("duplicate-id", "two items of the same kind share an id"),
    error("duplicate-profile", "a role has two profiles"),
    error("unknown-role", "a reference to a role that is not defined"),
    error(
        "unknown-competence",
        "a reference to a competence that is not defined",
    ),
    error(
        "unknown-scale",
        "a reference to a scale that is not defined",
    ),
    warning(
        "unknown-item",
        "a correction names an item that is not defined",
    ),
    error(
        "duplicate-level",
        "a scale has two levels with the same rank",
    ),
    error(
        "level-order",
        "a scale's levels are not in ascending order of rank",
    ),
    error(
        "not-rated-collides",
        "a scale's not-rated value is also a level",
    ),
    warning("unused-scale", "a scale no part of the framework uses"),
    error(
        "unknown-level",
        "a descriptor or learning activity names a level the scale does not have",
    ),
    error(
        "level-out-of-scale",
        "an expected level is not a level of the rating scale",
    ),
    error(
        "missing-descriptor",
        "a competence lacks a descriptor the rating scale requires",
    ),
    error(
        "descriptors-without-scale",
        "descriptors are given but the framework has no rating scale",
    ),
    warning(
        "motivation-without-scale",
        "an area has a motivation statement but there is no motivation scale",
    ),
    warning(
        "missing-motivation",
        "there is a motivation scale but an area has no motivation statement",
    ),
    error(
        "restricted-area",
        "a profile expects a level in an area restricted to other roles",
    ),
    warning("role-without-profile", "a role has no profile"),
    warning(
        "incomplete-profile",
        "a profile says nothing about a competence that applies to every role",
    ),
    warning(
        "duplicate-title",
        "two competences or areas have the same title",
    ),
    error("empty-text", "a text is empty or only white space"),
    warning("untrimmed-text", "a text starts or ends with white space"),
    error(
        "mixed-script",
        "a word mixes Latin letters with Cyrillic or Greek look-alikes",
    ),
    warning(
        "invisible-character",
        "a text contains an invisible or control character",
    ),
    error(
        "translation-invalid",
        "a translation file cannot be read (syntax, fields, states, fingerprints, language)",
    ),
    warning(
        "translation-stale",
        "a translation was made from a source text that has changed since",
    ),
    warning(
        "translation-obsolete",
        "a translation file has an entry for a text the framework no longer has",
    ),
];

/// The severity of a code; unknown codes are errors.
pub fn severity_of(code: &str) -> Severity {
    RULES
        .iter()
        .find(|rule| rule.code == code)
        .map_or(Severity::Error, |rule| rule.severity)
}
