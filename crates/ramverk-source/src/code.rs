//! Every diagnostic code ramverk emits: its stable kebab-case name, its severity and a one-line
//! summary. Adding a code fails to compile until it has both.

use std::fmt;

use serde::Serialize;
use strum::{EnumIter, EnumString, IntoEnumIterator, IntoStaticStr};

use crate::Severity;

/// A diagnostic code. Its name on the wire (JSON, annotations, docs, fixtures) is kebab-case:
/// `Code::UnknownRole` is `unknown-role`. Declaration order is documentation order.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    EnumIter,
    EnumString,
    IntoStaticStr,
    Serialize,
)]
#[strum(serialize_all = "kebab-case")]
#[serde(rename_all = "kebab-case")]
pub enum Code {
    /// The file is not well-formed YAML.
    YamlSyntax,
    /// A mapping has the same key twice.
    DuplicateKey,
    /// The file exceeds a safety limit (aliases, nesting, size).
    YamlLimit,
    /// The file is larger than ramverk reads.
    TooLarge,
    /// The file is not UTF-8.
    Encoding,
    /// A framework file is a broken or looping link, a directory, a pipe or a device.
    UnreadableFile,
    /// The content does not match the framework schema.
    Schema,
    /// The version is not semantic versioning (MAJOR.MINOR.PATCH).
    InvalidVersion,
    /// The language is not a BCP 47 tag.
    InvalidLanguage,
    /// A date is not a real YYYY-MM-DD date.
    InvalidDate,
    /// Two items of the same kind share an id.
    DuplicateId,
    /// A role has two profiles.
    DuplicateProfile,
    /// A reference to a role that is not defined.
    UnknownRole,
    /// A reference to a competence that is not defined.
    UnknownCompetence,
    /// A reference to a scale that is not defined.
    UnknownScale,
    /// A correction names an item that is not defined.
    UnknownItem,
    /// A scale has two levels with the same rank.
    DuplicateLevel,
    /// A scale's levels are not in ascending order of rank.
    LevelOrder,
    /// A scale's not-rated value is also a level.
    NotRatedCollides,
    /// A scale no part of the framework uses.
    UnusedScale,
    /// A descriptor or learning activity names a level the scale does not have.
    UnknownLevel,
    /// An expected level is not a level of the rating scale.
    LevelOutOfScale,
    /// A competence lacks a descriptor the rating scale requires.
    MissingDescriptor,
    /// Descriptors are given but the framework has no rating scale.
    DescriptorsWithoutScale,
    /// An area has a motivation statement but there is no motivation scale.
    MotivationWithoutScale,
    /// There is a motivation scale but an area has no motivation statement.
    MissingMotivation,
    /// A profile expects a level in an area restricted to other roles.
    RestrictedArea,
    /// A role has no profile.
    RoleWithoutProfile,
    /// A profile says nothing about a competence that applies to every role.
    IncompleteProfile,
    /// Two competences or areas have the same title.
    DuplicateTitle,
    /// A text is empty or only white space.
    EmptyText,
    /// A text starts or ends with white space.
    UntrimmedText,
    /// A word mixes Latin letters with Cyrillic or Greek look-alikes.
    MixedScript,
    /// A text contains an invisible or control character.
    InvisibleCharacter,
    /// An entry of `accepted` names no warning code (an unknown code, or an error's).
    AcceptedInvalid,
    /// The number of accepted warnings of a code is not the number found.
    AcceptedCount,
    /// A translation file cannot be read (syntax, fields, states, fingerprints, language).
    TranslationInvalid,
    /// A translation was made from a source text that has changed since.
    TranslationStale,
    /// A translation file has an entry for a text the framework no longer has.
    TranslationObsolete,
    /// A PO or XLIFF file from translators cannot be read, or not merged into this framework.
    ExchangeInvalid,
    /// A glossary file cannot be read.
    GlossaryInvalid,
    /// A ratings file cannot be read as ratings at all.
    RatingsUnreadable,
    /// A column of a ratings file's header is not one ramverk reads.
    RatingsColumn,
    /// A row of a ratings file is not valid and is left out.
    RatingsRow,
    /// A plugin's manifest cannot be read or is not valid.
    PluginManifest,
}

impl Code {
    /// Every code, in documentation order.
    pub fn all() -> impl Iterator<Item = Code> {
        Code::iter()
    }

    /// The stable kebab-case name (`unknown-role`).
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    /// How serious a finding with this code is.
    pub fn severity(self) -> Severity {
        match self {
            Code::YamlSyntax
            | Code::DuplicateKey
            | Code::YamlLimit
            | Code::TooLarge
            | Code::Encoding
            | Code::UnreadableFile
            | Code::Schema
            | Code::InvalidVersion
            | Code::InvalidLanguage
            | Code::InvalidDate
            | Code::DuplicateId
            | Code::DuplicateProfile
            | Code::UnknownRole
            | Code::UnknownCompetence
            | Code::UnknownScale
            | Code::DuplicateLevel
            | Code::LevelOrder
            | Code::NotRatedCollides
            | Code::UnknownLevel
            | Code::LevelOutOfScale
            | Code::MissingDescriptor
            | Code::DescriptorsWithoutScale
            | Code::RestrictedArea
            | Code::EmptyText
            | Code::MixedScript
            | Code::AcceptedInvalid
            | Code::TranslationInvalid
            | Code::ExchangeInvalid
            | Code::GlossaryInvalid
            | Code::RatingsUnreadable
            | Code::RatingsColumn
            | Code::RatingsRow
            | Code::PluginManifest => Severity::Error,
            Code::UnknownItem
            | Code::UnusedScale
            | Code::MotivationWithoutScale
            | Code::MissingMotivation
            | Code::RoleWithoutProfile
            | Code::IncompleteProfile
            | Code::DuplicateTitle
            | Code::UntrimmedText
            | Code::InvisibleCharacter
            | Code::AcceptedCount
            | Code::TranslationStale
            | Code::TranslationObsolete => Severity::Warning,
        }
    }

    /// What the code catches, in one line.
    pub fn summary(self) -> &'static str {
        match self {
            Code::YamlSyntax => "the file is not well-formed YAML",
            Code::DuplicateKey => "a mapping has the same key twice",
            Code::YamlLimit => "the file exceeds a safety limit (aliases, nesting, size)",
            Code::TooLarge => "the file is larger than ramverk reads",
            Code::Encoding => "the file is not UTF-8",
            Code::UnreadableFile => {
                "a file of the framework is a broken or looping link, a directory, a named pipe or a device, and is not read"
            }
            Code::Schema => "the content does not match the framework schema",
            Code::InvalidVersion => "the version is not semantic versioning (MAJOR.MINOR.PATCH)",
            Code::InvalidLanguage => "the language is not a BCP 47 tag",
            Code::InvalidDate => "a date is not a real YYYY-MM-DD date",
            Code::DuplicateId => "two items of the same kind share an id",
            Code::DuplicateProfile => "a role has two profiles",
            Code::UnknownRole => "a reference to a role that is not defined",
            Code::UnknownCompetence => "a reference to a competence that is not defined",
            Code::UnknownScale => "a reference to a scale that is not defined",
            Code::UnknownItem => "a correction names an item that is not defined",
            Code::DuplicateLevel => "a scale has two levels with the same rank",
            Code::LevelOrder => "a scale's levels are not in ascending order of rank",
            Code::NotRatedCollides => "a scale's not-rated value is also a level",
            Code::UnusedScale => "a scale no part of the framework uses",
            Code::UnknownLevel => {
                "a descriptor, learning activity, competence statement or learning outcome names a level the scale does not have"
            }
            Code::LevelOutOfScale => "an expected level is not a level of the rating scale",
            Code::MissingDescriptor => "a competence lacks a descriptor the rating scale requires",
            Code::DescriptorsWithoutScale => {
                "descriptors are given but the framework has no rating scale"
            }
            Code::MotivationWithoutScale => {
                "an area has a motivation statement but there is no motivation scale"
            }
            Code::MissingMotivation => {
                "there is a motivation scale but an area has no motivation statement"
            }
            Code::RestrictedArea => {
                "a profile expects a level in an area restricted to other roles"
            }
            Code::RoleWithoutProfile => "a role has no profile",
            Code::IncompleteProfile => {
                "a profile says nothing about a competence that applies to every role"
            }
            Code::DuplicateTitle => "two competences or areas have the same title",
            Code::EmptyText => "a text is empty or only white space",
            Code::UntrimmedText => "a text starts or ends with white space",
            Code::MixedScript => "a word mixes Latin letters with Cyrillic or Greek look-alikes",
            Code::InvisibleCharacter => "a text contains an invisible or control character",
            Code::AcceptedInvalid => {
                "an entry of `accepted` names an unknown code, or an error (only warnings can be accepted)"
            }
            Code::AcceptedCount => {
                "the count of accepted warnings of a code is not the number found; each is reported again"
            }
            Code::TranslationInvalid => {
                "a translation file cannot be read (syntax, fields, states, fingerprints, language)"
            }
            Code::TranslationStale => {
                "a translation was made from a source text that has changed since"
            }
            Code::TranslationObsolete => {
                "a translation file has an entry for a text the framework no longer has"
            }
            Code::ExchangeInvalid => {
                "a PO or XLIFF file from translators cannot be read, or not merged into this framework (`ramverk i18n merge`)"
            }
            Code::GlossaryInvalid => "a glossary file cannot be read (`ramverk i18n glossary`)",
            Code::RatingsUnreadable => {
                "a ratings file cannot be read as ratings: not CSV or a spreadsheet, empty, or without person and role columns (`ramverk ratings check`, `score`)"
            }
            Code::RatingsColumn => {
                "a column of a ratings file's header is not one ramverk reads (`ramverk ratings check`, `score`)"
            }
            Code::RatingsRow => {
                "a row of a ratings file is not valid (an unknown id, a level outside the scale, a second rating) and is left out (`ramverk ratings check`, `score`)"
            }
            Code::PluginManifest => {
                "a plugin's manifest cannot be read or is not valid (`ramverk plugin list`, and loading a plugin)"
            }
        }
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::Code;

    #[test]
    fn names_are_kebab_case_and_read_back() {
        for code in Code::all() {
            let name = code.as_str();
            assert!(
                name.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
                "{name}"
            );
            assert_eq!(name.parse::<Code>().unwrap(), code);
        }
        assert_eq!(Code::UnknownRole.as_str(), "unknown-role");
        assert_eq!(Code::Schema.to_string(), "schema");
    }
}
