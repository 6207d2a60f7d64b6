//! The review memo: what changed between two versions of a framework, for the people who approve it.
//!
//! [`Memo`] is the context of the `memo.html` and `memo.md` templates (documented in
//! `docs/templates.md`): the sentences of the summary, the version bump the changes call for and
//! why, then section by section the items that changed — titles first, ids after — with the
//! words that changed, and the expected levels role by role. Every fixed text comes from the
//! `memo-*` Fluent messages of the memo's language.

use std::collections::{BTreeSet, HashMap};

use ramverk_model::{Expectation, Framework};
use ramverk_render::labels::value_id;
use ramverk_render::language::{Language, capitalized};
use ramverk_render::messages::{Args, MessageError, Messages};
use ramverk_review::diff::{
    self, Bump, ChangeKind, Diff, ExpectationChange, Field, FieldChange, FieldKind, ItemChange,
    Movement, Section, SegmentKind, bumped, classify, expectation_bump, is_enough, item_bump,
    item_field_bump, metadata_bump,
};
use schemars::JsonSchema;
use serde::Serialize;

use crate::branding::Branding;
use crate::framework_document::CONTEXT_VERSION;
use crate::marked_text::{self, Text, sentence};
use crate::templates::{Page, TemplateError, TemplateSource, Templates, messages};

/// The memo of `diff` (from `old` to `new`) as an HTML page in `language`, with the
/// organisation's branding and the user's template overrides.
pub fn html(
    diff: &Diff,
    (old, new): (&Framework, &Framework),
    language: Language,
    branding: &Branding,
    overrides: &[TemplateSource],
) -> Result<String, TemplateError> {
    let templates = Templates::new(language, overrides)?;
    templates.render(
        "memo.html",
        &Memo::new(diff, (old, new), language, branding)?,
    )
}

/// The memo as Markdown, with the same content as the HTML page.
pub fn markdown(
    diff: &Diff,
    (old, new): (&Framework, &Framework),
    language: Language,
    overrides: &[TemplateSource],
) -> Result<String, TemplateError> {
    let templates = Templates::new(language, overrides)?;
    let branding = Branding::default();
    templates.render(
        "memo.md",
        &Memo::new(diff, (old, new), language, &branding)?,
    )
}

/// The context of `memo.html` and `memo.md`.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Memo<'a> {
    /// The version of this context's fields (see "Context versions").
    pub context_version: u32,
    /// The page frame's language, title and branding.
    pub page: Page<'a>,
    /// The framework's title in the new version.
    pub title: Text,
    /// The framework's id.
    pub framework_id: String,
    /// The old version's number.
    pub old_version: String,
    /// The new version's number.
    pub new_version: String,
    /// Whether nothing in the content changed.
    pub empty: bool,
    /// `Ändringar i …`: the memo's heading, a sentence whose parts carry their language (a
    /// title left in another language is marked).
    pub heading: Vec<Text>,
    /// The summary, one sentence per kind of change; each a list of parts with their language.
    pub summary: Vec<Vec<Text>>,
    /// The version bump the changes call for, and whether the new number has it.
    pub version: Version,
    /// The sections with item changes, in the framework's order; empty ones left out.
    pub sections: Vec<SectionView>,
    /// Expected levels that changed, role by role.
    pub roles: Vec<RoleView>,
    /// The framework's own fields that changed (version, status, sources, notes …).
    pub metadata: Vec<FieldView>,
}

/// The version bump the changes call for.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Version {
    /// `major`, `minor`, `patch` or `none`.
    pub bump: &'static str,
    /// What the bump is and the lowest version that has it.
    pub text: String,
    /// Whether the new version number is enough, in words; none when a number is no semver.
    pub verdict: Option<String>,
    /// Whether the new version number is too low.
    pub too_low: bool,
    /// The summary sentences of the changes that call for this bump, as parts like `summary`'s.
    pub because: Vec<Vec<Text>>,
}

/// One section of item changes.
#[derive(Debug, Serialize, JsonSchema)]
pub struct SectionView {
    /// `guidance`, `scales`, `areas`, `competences`, `statements`, `learning-outcomes`,
    /// `glossary`, `roles` or `profiles`.
    pub key: &'static str,
    /// The section's heading: `Kompetenser`.
    pub heading: String,
    /// Items with fields to show: changed items with the fields that changed, added items with
    /// what they hold (each field, its title aside).
    pub detailed: Vec<ItemView>,
    /// Items without fields to show (removed, renumbered only, an added profile), in lists by
    /// what happened.
    pub listed: Vec<ListView>,
}

/// Items that happened the same thing, without details.
#[derive(Debug, Serialize, JsonSchema)]
pub struct ListView {
    /// What happened to them, as a heading: `Borttagna`.
    pub heading: String,
    /// The items (their `fields` empty).
    pub items: Vec<ItemView>,
}

/// One item that changed.
#[derive(Debug, Serialize, JsonSchema)]
pub struct ItemView {
    /// The item's title (the new one when both versions have it): a competence statement's or
    /// learning outcome's text, a glossary entry's term.
    pub title: Text,
    /// The item's id (the old one when it was removed).
    pub id: String,
    /// Its earlier id, in words (`tidigare 5.4`), when it was renumbered.
    pub old_id: Option<String>,
    /// `added`, `removed`, `changed` or `renumbered`.
    #[schemars(with = "String")]
    pub change: ChangeKind,
    /// The same in words, agreeing with the item's noun.
    pub change_text: String,
    /// The fields that changed; for an added item, each field it holds.
    pub fields: Vec<FieldView>,
}

/// One field that changed.
#[derive(Debug, Serialize, JsonSchema)]
pub struct FieldView {
    /// The field's name in words, capitalised: `Nivåbeskrivning för nivå 2`.
    pub name: String,
    /// `added`, `removed` or `changed`.
    pub state: &'static str,
    /// `ny`, `borttaget` … for added and removed fields; empty for changed ones.
    pub state_text: String,
    /// The language of the texts, when they are in another language than the memo's.
    pub lang: Option<String>,
    /// Whether to show the change inline (word by word) rather than as before and after.
    pub inline: bool,
    /// The words, for an inline change.
    pub segments: Vec<SegmentView>,
    /// The earlier text (field values such as yes and no in words).
    pub old: Option<String>,
    /// The new text.
    pub new: Option<String>,
}

/// A run of words of an inline change.
#[derive(Debug, Serialize, JsonSchema)]
pub struct SegmentView {
    /// Whether these words were removed (struck through).
    pub removed: bool,
    /// Whether these words are new (underlined or bold).
    pub inserted: bool,
    /// The text as it is.
    pub text: String,
    /// The same split into leading space, words and trailing space (for Markdown emphasis).
    pub lead: String,
    /// The words without leading and trailing space.
    pub core: String,
    /// The trailing space.
    pub trail: String,
}

/// One role's changed expected levels.
#[derive(Debug, Serialize, JsonSchema)]
pub struct RoleView {
    /// The role's title.
    pub title: Text,
    /// The role's id.
    pub id: String,
    /// Whether the role is new (every level set where there was none).
    pub new_role: bool,
    /// `höjd i 2 kompetenser, satt i 1 kompetens`.
    pub summary: String,
    /// Each competence whose expected level changed, in the framework's order.
    pub cells: Vec<CellView>,
}

/// One competence's expected level for a role.
#[derive(Debug, Serialize, JsonSchema)]
pub struct CellView {
    /// The competence's title.
    pub competence: Text,
    /// The competence's id.
    pub competence_id: String,
    /// The expected level before, in words (`3`, `ej relevant`, `ingen`).
    pub before: String,
    /// The expected level now, in words.
    pub after: String,
    /// `raised`, `lowered`, `added` or `removed`.
    pub movement: &'static str,
    /// The movement in words, agreeing with the memo's language: `höjd`.
    pub movement_text: String,
}

impl<'a> Memo<'a> {
    /// The memo of `diff` in `language`.
    pub fn new(
        diff: &Diff,
        (old, new): (&Framework, &Framework),
        language: Language,
        branding: &'a Branding,
    ) -> Result<Memo<'a>, MessageError> {
        let messages = messages(language)?;
        let words = Words {
            messages,
            language,
            old,
            new,
            titles: [Titles::of(old), Titles::of(new)],
        };
        let title = diff.new.title.clone();
        let page = Page::new(
            language.tag(),
            messages.format(
                "memo-page-title",
                Args::new()
                    .text("title", title.clone())
                    .text("old", diff.old.version.clone())
                    .text("new", diff.new.version.clone()),
            ),
            branding,
        );
        let lines = words.summary(diff);
        let version = words.version(diff, &lines);
        Ok(Memo {
            context_version: CONTEXT_VERSION,
            page,
            title: words.text(&title),
            framework_id: diff.new.id.clone(),
            old_version: diff.old.version.clone(),
            new_version: diff.new.version.clone(),
            empty: diff.is_empty(),
            heading: words.with_text("memo-heading", "title", &title),
            summary: lines.into_iter().map(|line| line.text).collect(),
            version,
            sections: Section::ALL
                .into_iter()
                .map(|section| (section, shown(section, diff.items(section))))
                .filter(|(_, items)| !items.is_empty())
                .map(|(section, items)| words.section(section, &items))
                .collect(),
            roles: words.roles(&diff.expectations),
            metadata: diff.metadata.iter().map(|f| words.field(f)).collect(),
        })
    }
}

/// What the memo's sentences are made from: the messages and both versions, for titles.
struct Words<'a> {
    messages: &'static Messages,
    language: Language,
    old: &'a Framework,
    new: &'a Framework,
    /// The titles of the areas and competences of the old and the new version, by id.
    titles: [Titles<'a>; 2],
}

/// The titles of a framework's areas and competences, by id: how the memo names an area or a
/// parent given by id.
struct Titles<'a> {
    areas: HashMap<&'a str, &'a str>,
    competences: HashMap<&'a str, &'a str>,
}

impl<'a> Titles<'a> {
    fn of(framework: &'a Framework) -> Titles<'a> {
        Titles {
            areas: framework
                .areas
                .iter()
                .map(|area| (area.id.as_str(), area.title.as_str()))
                .collect(),
            competences: framework
                .placed_competences()
                .iter()
                .map(|placed| {
                    (
                        placed.competence.id.as_str(),
                        placed.competence.title.as_str(),
                    )
                })
                .collect(),
        }
    }

    /// An area, parent competence or a statement's competence given by id as its title and id
    /// (`Digitalisering (6)`).
    fn placed(&self, kind: FieldKind, id: &str) -> Option<String> {
        let title = match kind {
            FieldKind::Area => self.areas.get(id)?,
            FieldKind::Parent | FieldKind::Competence => self.competences.get(id)?,
            _ => return None,
        };
        Some(format!("{title} ({id})"))
    }
}

/// A section's key in messages and context.
fn key(section: Section) -> &'static str {
    match section {
        Section::Guidance => "guidance",
        Section::Scales => "scales",
        Section::Areas => "areas",
        Section::Competences => "competences",
        Section::Statements => "statements",
        Section::LearningOutcomes => "learning-outcomes",
        Section::Glossary => "glossary",
        Section::Roles => "roles",
        Section::Profiles => "profiles",
    }
}

fn kind_key(kind: ChangeKind) -> &'static str {
    match kind {
        ChangeKind::Added => "added",
        ChangeKind::Removed => "removed",
        ChangeKind::Changed => "changed",
        ChangeKind::Renumbered => "renumbered",
    }
}

fn movement_key(movement: Movement) -> &'static str {
    match movement {
        Movement::Raised => "raised",
        Movement::Lowered => "lowered",
        Movement::Added => "added",
        Movement::Removed => "removed",
    }
}

fn bump_key(bump: Bump) -> &'static str {
    match bump {
        Bump::None => "none",
        Bump::Patch => "patch",
        Bump::Minor => "minor",
        Bump::Major => "major",
    }
}

/// The message id of a field kind's name: `memo-field-learning-activity`.
fn field_id(kind: FieldKind) -> String {
    format!("memo-field-{}", kind.name().replace(' ', "-"))
}

/// One sentence of the summary: its parts joined, each with the bump it calls for.
struct Line {
    text: Vec<Text>,
    parts: Vec<(Vec<Text>, Bump)>,
}

impl Line {
    fn of(parts: Vec<(Vec<Text>, Bump)>) -> Line {
        let mut joined = Vec::new();
        for (index, (part, _)) in parts.iter().enumerate() {
            if index > 0 {
                joined.push(Text::plain("; "));
            }
            joined.extend(part.iter().cloned());
        }
        Line {
            text: marked_text::capitalized(sentence(joined)),
            parts,
        }
    }

    fn one(text: String, bump: Bump) -> Line {
        Line::of(vec![(vec![Text::plain(text)], bump)])
    }
}

/// The items of a section the memo shows: a profile changed in its expected levels only is
/// shown by the expected levels, role by role.
fn shown(section: Section, items: &[ItemChange]) -> Vec<&ItemChange> {
    items
        .iter()
        .filter(|item| {
            !(section == Section::Profiles
                && item.change == ChangeKind::Changed
                && item.fields.is_empty())
        })
        .collect()
}

/// How many of at most this many items a summary sentence names.
const NAMED: usize = 3;

impl Words<'_> {
    fn get(&self, id: &str) -> String {
        self.messages.get(id)
    }

    fn format(&self, id: &str, args: Args<'_>) -> String {
        self.messages.format(id, args)
    }

    /// The message `id` with the framework text `text` as its argument `name`, as a sentence:
    /// the text keeps its language. (Only the message's own words and a mark stand in the
    /// formatted message, so no text from the framework is mistaken for the mark.)
    fn with_text(&self, id: &str, name: &str, text: &str) -> Vec<Text> {
        const MARK: &str = "\u{FFFC}";
        let formatted = self.format(id, Args::new().text(name, MARK));
        let mut parts = Vec::new();
        for (index, words) in formatted.split(MARK).enumerate() {
            if index > 0 {
                parts.push(self.text(text));
            }
            parts.push(Text::plain(words));
        }
        sentence(parts)
    }

    /// A text from a framework: marked with its language when it was left untranslated.
    fn text(&self, text: &str) -> Text {
        Text::new(text, self.language, &self.new.language)
    }

    /// The summary: one sentence per kind of change, each with the parts of it (one per kind
    /// of change of a section) and the bump each calls for.
    fn summary(&self, diff: &Diff) -> Vec<Line> {
        let mut lines = Vec::new();
        for section in Section::ALL {
            let items = shown(section, diff.items(section));
            let mut parts = Vec::new();
            for kind in [
                ChangeKind::Added,
                ChangeKind::Removed,
                ChangeKind::Renumbered,
                ChangeKind::Changed,
            ] {
                let these: Vec<&ItemChange> = items
                    .iter()
                    .copied()
                    .filter(|item| item.change == kind)
                    .collect();
                if these.is_empty() {
                    continue;
                }
                let noun_id = format!("memo-noun-{}", key(section));
                let count = these.len();
                let count_text = self.format(
                    "memo-count",
                    Args::new()
                        .count("count", count)
                        .text(
                            "noun",
                            self.format(&noun_id, Args::new().count("count", count)),
                        )
                        .text("kind", kind_key(kind))
                        .text("gender", self.get(&format!("{noun_id}.gender"))),
                );
                let mut part = vec![Text::plain(count_text)];
                if count <= NAMED {
                    part.push(Text::plain(" ("));
                    for (index, item) in these.iter().enumerate() {
                        if index > 0 {
                            part.push(Text::plain(", "));
                        }
                        part.push(self.text(&item.title));
                        if let Some(old) = &item.old_id {
                            part.push(Text::plain(format!(": {old} → {}", item.id)));
                        }
                    }
                    part.push(Text::plain(")"));
                }
                parts.push((
                    sentence(part),
                    these
                        .iter()
                        .map(|item| item_bump(section, kind, &item.fields))
                        .max()
                        .unwrap_or(Bump::None),
                ));
            }
            if !parts.is_empty() {
                lines.push(Line::of(parts));
            }
            if section == Section::Competences {
                lines.extend(self.tallies(diff));
            }
        }
        lines.extend(self.expectation_lines(&diff.expectations));
        if !diff.metadata.is_empty() {
            let mut kinds: Vec<FieldKind> = Vec::new();
            for field in &diff.metadata {
                if !kinds.contains(&field.field.kind()) {
                    kinds.push(field.field.kind());
                }
            }
            let names: Vec<String> = kinds
                .iter()
                .map(|kind| self.field_kind_name(*kind))
                .collect();
            lines.push(Line::one(
                self.format(
                    "memo-summary-metadata",
                    Args::new().text("fields", names.join(", ")),
                ),
                diff.metadata
                    .iter()
                    .map(metadata_bump)
                    .max()
                    .unwrap_or(Bump::None),
            ));
        }
        lines
    }

    /// `Definition har lagts till i 12 kompetenser`: the competence fields changed across
    /// competences.
    fn tallies(&self, diff: &Diff) -> Vec<Line> {
        let mut lines = Vec::new();
        for tally in &diff.summary.competence_fields {
            for (change, count) in [
                ("added", tally.added),
                ("removed", tally.removed),
                ("changed", tally.changed),
            ] {
                if count == 0 {
                    continue;
                }
                let field = self.field_kind_name(tally.field);
                let probe = FieldChange {
                    field: if tally.field.is_ranked() {
                        Field::ranked(tally.field, 1)
                    } else {
                        tally.field.into()
                    },
                    old: (change != "added").then(String::new),
                    new: (change != "removed").then(String::new),
                    words: Vec::new(),
                };
                lines.push(Line::one(
                    self.format(
                        "memo-tally",
                        Args::new()
                            .text("field", field)
                            .text("change", change)
                            .count("count", count),
                    ),
                    item_field_bump(&probe),
                ));
            }
        }
        lines
    }

    /// A field kind's name without a level: `nivåbeskrivningar`, `exempel`.
    fn field_kind_name(&self, kind: FieldKind) -> String {
        let args = if kind.is_ranked() {
            Args::new().text("rank", "none")
        } else {
            Args::new()
        };
        self.format(&field_id(kind), args)
    }

    /// One sentence per movement of expected levels: how many roles in how many competences.
    fn expectation_lines(&self, cells: &[ExpectationChange]) -> Vec<Line> {
        let mut lines = Vec::new();
        for movement in [
            Movement::Raised,
            Movement::Lowered,
            Movement::Removed,
            Movement::Added,
        ] {
            let moved: Vec<&ExpectationChange> =
                cells.iter().filter(|c| c.movement == movement).collect();
            if moved.is_empty() {
                continue;
            }
            let roles: BTreeSet<&str> = moved.iter().map(|c| c.role.as_str()).collect();
            let competences: BTreeSet<&str> = moved.iter().map(|c| c.competence.as_str()).collect();
            let bump = expectation_bump(movement);
            lines.push(Line::one(
                self.format(
                    "memo-expectations",
                    Args::new()
                        .text("movement", movement_key(movement))
                        .count("roles", roles.len())
                        .count("competences", competences.len()),
                ),
                bump,
            ));
        }
        lines
    }

    /// The bump the diff calls for, whether the new version number has it, and why.
    fn version(&self, diff: &Diff, lines: &[Line]) -> Version {
        let bump = classify(diff).bump;
        let versions = (
            semver::Version::parse(&diff.old.version),
            semver::Version::parse(&diff.new.version),
        );
        let suggested = match &versions.0 {
            Ok(old) => bumped(old, bump).to_string(),
            Err(_) => String::new(),
        };
        let text = self.format(
            "memo-bump",
            Args::new()
                .text("bump", bump_key(bump))
                .text("suggested", suggested.clone()),
        );
        let (verdict, too_low) = match versions {
            (Ok(old), Ok(new)) if bump != Bump::None => {
                let enough = is_enough(&old, &new, bump);
                let id = if enough {
                    "memo-version-enough"
                } else {
                    "memo-version-too-low"
                };
                (
                    Some(
                        self.format(
                            id,
                            Args::new()
                                .text("new", diff.new.version.clone())
                                .text("suggested", suggested),
                        ),
                    ),
                    !enough,
                )
            }
            _ => (None, false),
        };
        let because = if bump == Bump::None {
            Vec::new()
        } else {
            lines
                .iter()
                .flat_map(|line| &line.parts)
                .filter(|(_, part_bump)| *part_bump == bump)
                .map(|(text, _)| marked_text::capitalized(text.clone()))
                .collect()
        };
        Version {
            bump: bump_key(bump),
            text,
            verdict,
            too_low,
            because,
        }
    }

    fn section(&self, section: Section, items: &[&ItemChange]) -> SectionView {
        let noun_id = format!("memo-noun-{}", key(section));
        let gender = self.get(&format!("{noun_id}.gender"));
        let contents = if items.iter().any(|item| item.change == ChangeKind::Added) {
            diff::contents(self.new, section)
        } else {
            HashMap::new()
        };
        let view = |item: &&ItemChange| ItemView {
            title: self.text(&item.title),
            id: item.id.clone(),
            old_id: item.old_id.as_ref().map(|old| {
                self.format("memo-renumbered-from", Args::new().text("id", old.clone()))
            }),
            change: item.change,
            change_text: self.format(
                "memo-state",
                Args::new()
                    .text("kind", kind_key(item.change))
                    .text("gender", gender.clone()),
            ),
            fields: match item.change {
                // An added item shows what it holds; its title (a statement's text, a term) is
                // the heading, and each field is new with it, which its heading says once.
                ChangeKind::Added => contents
                    .get(&item.id)
                    .into_iter()
                    .flatten()
                    .filter(|field| Some(field.field.kind()) != section.title_field())
                    .map(|field| FieldView {
                        state_text: String::new(),
                        ..self.field(field)
                    })
                    .collect(),
                _ => item.fields.iter().map(|f| self.field(f)).collect(),
            },
        };
        let (detailed, listed): (Vec<ItemView>, Vec<ItemView>) = items
            .iter()
            .map(view)
            .partition(|item| !item.fields.is_empty());
        let mut rest = listed;
        let listed = [
            ChangeKind::Added,
            ChangeKind::Removed,
            ChangeKind::Renumbered,
            ChangeKind::Changed,
        ]
        .into_iter()
        .filter_map(|kind| {
            let items: Vec<ItemView>;
            (items, rest) = std::mem::take(&mut rest)
                .into_iter()
                .partition(|item| item.change == kind);
            (!items.is_empty()).then(|| ListView {
                heading: self.format("memo-list", Args::new().text("kind", kind_key(kind))),
                items,
            })
        })
        .collect();
        SectionView {
            key: key(section),
            heading: self.get(&format!("memo-section-{}", key(section))),
            detailed,
            listed,
        }
    }

    /// A field's value in words: yes and no, a framework's status, a learning outcome's
    /// dimension, in the memo's language.
    fn value(&self, kind: FieldKind, value: &str) -> Option<String> {
        value_id(kind, value).map(|id| self.get(id))
    }

    fn field(&self, field: &FieldChange) -> FieldView {
        let kind = field.field.kind();
        let id = field_id(kind);
        let name = match field.field.rank() {
            Some(rank) => self.format(&id, Args::new().number("rank", f64::from(rank))),
            // A statement's or outcome's own level.
            None if kind.is_ranked() => self.format(&id, Args::new().text("rank", "own")),
            None => self.get(&id),
        };
        let gender = self.get(&format!("{id}.gender"));
        let (state, state_text) = match (&field.old, &field.new) {
            (None, _) => (
                "added",
                self.format("memo-field-new", Args::new().text("gender", gender)),
            ),
            (Some(_), None) => (
                "removed",
                self.format("memo-field-removed", Args::new().text("gender", gender)),
            ),
            (Some(_), Some(_)) => ("changed", String::new()),
        };
        let translated = |text: &Option<String>, titles: &[&Titles]| {
            text.as_deref().map(|t| {
                self.value(kind, t)
                    .or_else(|| titles.iter().find_map(|titles| titles.placed(kind, t)))
                    .unwrap_or_else(|| t.to_owned())
            })
        };
        let [old_titles, new_titles] = &self.titles;
        // A statement's competence is compared under the new ids, on both sides.
        let before: &[&Titles] = if kind == FieldKind::Competence {
            &[new_titles, old_titles]
        } else {
            &[old_titles]
        };
        let (old, new) = (
            translated(&field.old, before),
            translated(&field.new, &[new_titles]),
        );
        let is_value = field
            .old
            .as_deref()
            .or(field.new.as_deref())
            .is_some_and(|t| {
                self.value(kind, t).is_some()
                    || matches!(
                        kind,
                        FieldKind::Area | FieldKind::Parent | FieldKind::Competence
                    )
            });
        let lang = [&field.old, &field.new]
            .into_iter()
            .flatten()
            .find_map(|t| self.text(t).lang);
        let inline = state == "changed" && !is_value && mostly_same(&field.words);
        FieldView {
            name: capitalized(&name),
            state,
            state_text,
            lang,
            inline,
            segments: if inline {
                segments(&field.words)
            } else {
                Vec::new()
            },
            old,
            new,
        }
    }

    /// Every role whose expected levels changed, in the order the diff lists them.
    fn roles(&self, cells: &[ExpectationChange]) -> Vec<RoleView> {
        let mut order: Vec<&str> = Vec::new();
        for cell in cells {
            if !order.contains(&cell.role.as_str()) {
                order.push(&cell.role);
            }
        }
        order
            .into_iter()
            .map(|role| {
                let mine: Vec<&ExpectationChange> =
                    cells.iter().filter(|c| c.role == role).collect();
                let new_role = !self.old.roles.iter().any(|r| r.id == role);
                let mut parts = Vec::new();
                for movement in [
                    Movement::Raised,
                    Movement::Lowered,
                    Movement::Removed,
                    Movement::Added,
                ] {
                    let count = mine.iter().filter(|c| c.movement == movement).count();
                    if count > 0 {
                        parts.push(
                            self.format(
                                "memo-role-cells",
                                Args::new()
                                    .text("movement", movement_key(movement))
                                    .count("count", count),
                            ),
                        );
                    }
                }
                RoleView {
                    title: self.text(&self.role_title(role)),
                    id: role.to_owned(),
                    new_role,
                    summary: capitalized(&parts.join(", ")),
                    cells: mine.iter().map(|c| self.cell(c)).collect(),
                }
            })
            .collect()
    }

    fn cell(&self, cell: &ExpectationChange) -> CellView {
        let level = |e: Option<Expectation>| match e {
            Some(Expectation::Level(rank)) => rank.to_string(),
            Some(Expectation::NotApplicable(_)) => self.get("memo-not-applicable"),
            None => self.get("memo-level-none"),
        };
        CellView {
            competence: self.text(&self.competence_title(&cell.competence)),
            competence_id: cell.competence.clone(),
            before: level(cell.old),
            after: level(cell.new),
            movement: movement_key(cell.movement),
            movement_text: self.format(
                "memo-movement",
                Args::new().text("movement", movement_key(cell.movement)),
            ),
        }
    }

    /// A role's title in the new version, else the old one, else its id.
    fn role_title(&self, id: &str) -> String {
        [self.new, self.old]
            .into_iter()
            .find_map(|f| f.roles.iter().find(|r| r.id == id))
            .map_or_else(|| id.to_owned(), |r| r.title.clone())
    }

    /// A competence's title in the new version, else the old one, else its id.
    fn competence_title(&self, id: &str) -> String {
        let [old, new] = &self.titles;
        [new, old]
            .into_iter()
            .find_map(|titles| titles.competences.get(id))
            .map_or_else(|| id.to_owned(), |title| (*title).to_owned())
    }
}

/// Whether at least a third of a changed text's words stayed: then the change reads best inline,
/// word by word; otherwise as the text before and after.
fn mostly_same(words: &[ramverk_review::diff::Segment]) -> bool {
    let (mut same, mut changed) = (0usize, 0usize);
    for segment in words {
        let count = segment.text.split_whitespace().count();
        match segment.kind {
            SegmentKind::Same => same += count,
            SegmentKind::Removed | SegmentKind::Inserted => changed += count,
        }
    }
    !words.is_empty() && 2 * same >= changed
}

/// The runs of words of an inline change; removed words right before inserted ones are set
/// apart by a space, so that the two do not read as one word.
fn segments(words: &[ramverk_review::diff::Segment]) -> Vec<SegmentView> {
    let mut views: Vec<SegmentView> = words.iter().map(segment).collect();
    for index in 1..views.len() {
        if views[index].inserted && views[index - 1].removed && views[index - 1].trail.is_empty() {
            views[index - 1].trail.push(' ');
            views[index - 1].text.push(' ');
        }
    }
    views
}

fn segment(segment: &ramverk_review::diff::Segment) -> SegmentView {
    let text = segment.text.clone();
    let core = text.trim();
    let start = text.find(core).unwrap_or(0);
    SegmentView {
        removed: segment.kind == SegmentKind::Removed,
        inserted: segment.kind == SegmentKind::Inserted,
        lead: text[..start].to_owned(),
        core: core.to_owned(),
        trail: text[start + core.len()..].to_owned(),
        text,
    }
}
