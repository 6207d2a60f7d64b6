//! Words for `ramverk show` in the framework's language: Swedish, Danish or English.

use ramverk_model::Status;

use super::language::Language;

/// The fixed words of the framework view and the role-profile view.
pub struct ShowLabels {
    /// A framework's status: draft, adopted, deprecated.
    pub draft: &'static str,
    pub adopted: &'static str,
    pub deprecated: &'static str,
    /// Before a scale's id and title.
    pub scale: &'static str,
    /// After a cumulative scale's title, in parentheses.
    pub cumulative: &'static str,
    /// After the value a scale uses for "not rated", in parentheses.
    pub not_rated: &'static str,
    pub roles: &'static str,
    /// Before the roles an area is restricted to.
    pub only_for: &'static str,
    /// Before an area's motivation statement.
    pub motivation: &'static str,
    /// Before a competence's learning activity.
    pub learning: &'static str,
    /// The heading of a role's profile: how many competences have an expected level.
    pub expected_levels: fn(usize) -> String,
    pub not_applicable: &'static str,
    /// A competence without an expectation in an area that is not for the role.
    pub area_not_for_role: &'static str,
}

impl ShowLabels {
    /// A framework status in these words.
    pub fn status(&self, status: Status) -> &'static str {
        match status {
            Status::Draft => self.draft,
            Status::Adopted => self.adopted,
            Status::Deprecated => self.deprecated,
        }
    }
}

/// Labels for a BCP 47 tag; English for languages ramverk has no labels for.
pub fn for_language(tag: &str) -> &'static ShowLabels {
    match Language::of(tag) {
        Language::Swedish => &SV,
        Language::Danish => &DA,
        Language::English => &EN,
    }
}

const SV: ShowLabels = ShowLabels {
    draft: "utkast",
    adopted: "fastställd",
    deprecated: "avvecklad",
    scale: "Skala",
    cumulative: "trappa: varje nivå bygger på nivåerna under",
    not_rated: "ej skattad",
    roles: "Roller",
    only_for: "Endast för",
    motivation: "Motivation",
    learning: "Läraktivitet",
    expected_levels: |count| match count {
        1 => "förväntad nivå för 1 kompetens".into(),
        n => format!("förväntad nivå för {n} kompetenser"),
    },
    not_applicable: "ej relevant",
    area_not_for_role: "— (kompetensområdet gäller inte rollen)",
};

const DA: ShowLabels = ShowLabels {
    draft: "udkast",
    adopted: "vedtaget",
    deprecated: "udfaset",
    scale: "Skala",
    cumulative: "trappe: hvert niveau bygger på niveauerne under",
    not_rated: "ikke vurderet",
    roles: "Roller",
    only_for: "Kun for",
    motivation: "Motivation",
    learning: "Læringsaktivitet",
    expected_levels: |count| match count {
        1 => "forventet niveau for 1 kompetence".into(),
        n => format!("forventet niveau for {n} kompetencer"),
    },
    not_applicable: "ikke relevant",
    area_not_for_role: "— (kompetenceområdet gælder ikke rollen)",
};

const EN: ShowLabels = ShowLabels {
    draft: "draft",
    adopted: "adopted",
    deprecated: "deprecated",
    scale: "Scale",
    cumulative: "cumulative: each level builds on the ones below",
    not_rated: "not rated",
    roles: "Roles",
    only_for: "Only for",
    motivation: "Motivation",
    learning: "Learning",
    expected_levels: |count| match count {
        1 => "expected levels for 1 competence".into(),
        n => format!("expected levels for {n} competences"),
    },
    not_applicable: "not applicable",
    area_not_for_role: "— (area not for this role)",
};
