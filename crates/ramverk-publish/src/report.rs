//! The report of a self-assessment round: group figures, the privacy protection applied, bar
//! charts per area and, when asked for, each person's results.
//!
//! [`Report`] is the context of the `report.html` and `report.md` templates (documented in
//! `docs/templates.md`). Figures are formatted here (`29 %`, `3.41`, changes `+3`); the charts are
//! laid out here as SVG coordinates and drawn by the template, each with a text alternative.

use std::path::Path;

use ramverk_assess::{Figures, GroupKind, GroupReport, Hidden, Outcome, PersonReport};
use ramverk_render::figures::{figure_cells, mean, percent};
use ramverk_render::language::{Language, capitalized};
use ramverk_render::messages::{Args, MessageError, Messages};
use ramverk_render::score::{Round, ScoreReport};
use schemars::JsonSchema;
use serde::Serialize;

use crate::branding::Branding;
use crate::framework_document::CONTEXT_VERSION;
use crate::marked_text::Text;
use crate::templates::{Page, TemplateError, TemplateSource, Templates, messages};

/// The report as an HTML page in `language`, with the organisation's branding.
pub fn html(
    report: &ScoreReport,
    language: Language,
    branding: &Branding,
    overrides: &[TemplateSource],
) -> Result<String, TemplateError> {
    let templates = Templates::new(language, overrides)?;
    templates.render("report.html", &Report::new(report, language, branding)?)
}

/// The report as Markdown, with the same figures and privacy notes.
pub fn markdown(
    report: &ScoreReport,
    language: Language,
    overrides: &[TemplateSource],
) -> Result<String, TemplateError> {
    let templates = Templates::new(language, overrides)?;
    let branding = Branding::default();
    templates.render("report.md", &Report::new(report, language, &branding)?)
}

/// The context of `report.html` and `report.md`.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Report<'a> {
    /// The version of this context's fields (see "Context versions").
    pub context_version: u32,
    /// The page frame's language, title and branding.
    pub page: Page<'a>,
    /// `Ramverk … — resultat av kompetensskattningen`.
    pub heading: String,
    /// What was scored, as terms and texts: framework, rule, ratings, privacy.
    pub facts: Vec<Fact>,
    /// The same in lines, for Markdown: id, version and rule; the rounds; the privacy note.
    pub lines: Vec<String>,
    /// Whether an earlier round is compared.
    pub compare: bool,
    /// Where changes stand, above a table comparing two rounds.
    pub changes_note: String,
    /// The figures for everyone as cards; none when everyone is hidden.
    pub key_figures: Vec<Card>,
    /// Why the figures for everyone are hidden, when they are.
    pub key_hidden: Option<String>,
    /// The bar charts per area; empty without areas.
    pub charts: Vec<Chart>,
    /// The six columns' names.
    pub columns: Vec<String>,
    /// One table per kind of group: everyone, areas, roles, units, competences.
    pub sections: Vec<SectionView>,
    /// Each person's results, when asked for.
    pub persons: Option<Vec<PersonView>>,
}

/// One fact about what was scored, as a term and its text.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Fact {
    /// What the fact is: `Ramverk`, `Beräkningsregel`.
    pub term: String,
    /// The fact.
    pub text: String,
}

/// One key figure: its name, its value and, with an earlier round, its change and earlier value.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Card {
    /// The figure's name: `Medelvärde`.
    pub label: String,
    /// The figure, formatted: `3,16`, `29 %`.
    pub value: String,
    /// Its change since the earlier round (`+0,24`, `-3`), when one is compared.
    pub change: Option<String>,
    /// Its value in the earlier round, when one is compared.
    pub before: Option<String>,
}

/// The groups of one kind.
#[derive(Debug, Serialize, JsonSchema)]
pub struct SectionView {
    /// `all`, `area`, `role`, `unit` or `competence`.
    #[schemars(with = "String")]
    pub kind: GroupKind,
    /// The table's heading: `Per kompetensområde`.
    pub heading: String,
    /// What one group is: the first column's heading.
    pub group: String,
    /// The groups, in the framework's order.
    pub rows: Vec<Row>,
}

/// One group: its title and six figures, or why it is hidden.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Row {
    /// The group's title: an area, role, unit or competence, or everyone.
    pub title: Text,
    /// Why no figures are shown; none when they are.
    pub hidden: Option<String>,
    /// The six figures, in the order of `columns`; empty when hidden.
    pub cells: Vec<Cell>,
}

/// A figure and, with an earlier round, its change.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Cell {
    /// The figure, formatted for the report's language.
    pub value: String,
    /// Its change since the earlier round, when one is compared.
    pub change: Option<String>,
}

/// A bar chart of one figure per area, laid out in SVG units.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Chart {
    /// `mean`, `need` or `motivation`: ids in the page start with it.
    pub id: &'static str,
    /// What the chart shows, as its caption.
    pub caption: String,
    /// The drawing's width.
    pub width: f64,
    /// The drawing's height.
    pub height: f64,
    /// One entry per round.
    pub legend: Vec<LegendEntry>,
    /// The grid lines with their values.
    pub ticks: Vec<Tick>,
    /// One row of bars per area.
    pub areas: Vec<ChartArea>,
    /// The chart's figures as a table (its text alternative): the rounds' names.
    pub rounds: Vec<String>,
    /// How many rounds: the columns of figures in the table.
    pub rounds_count: usize,
}

/// One round in a chart's legend.
#[derive(Debug, Serialize, JsonSchema)]
pub struct LegendEntry {
    /// `before` (hatched) or `now`.
    pub class: &'static str,
    /// Where its swatch starts.
    pub x: f64,
    /// Where its text starts.
    pub text_x: f64,
    /// The round's name.
    pub text: String,
}

/// A grid line with its value.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Tick {
    /// Where the line is.
    pub x: f64,
    /// Where the line starts.
    pub top: f64,
    /// Where the line ends.
    pub bottom: f64,
    /// Where its value is written.
    pub label_y: f64,
    /// Its value, formatted.
    pub label: String,
}

/// One area in a chart: its title and a bar per round, or the note that it is hidden.
#[derive(Debug, Serialize, JsonSchema)]
pub struct ChartArea {
    /// The area's title.
    pub title: Text,
    /// The title cut to fit left of the bars.
    pub short: String,
    /// Where the title ends (it is right-aligned).
    pub label_x: f64,
    /// The title's baseline.
    pub label_y: f64,
    /// Why the area has no bars, when it is hidden to protect individuals.
    pub hidden: Option<String>,
    /// One bar per round.
    pub bars: Vec<Bar>,
    /// The values in the order of the chart's rounds, for the table.
    pub values: Vec<String>,
}

/// One round's bar of an area, or a dash without a value.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Bar {
    /// `before` (hatched) or `now`.
    pub class: &'static str,
    /// Whether the round has a value (else a dash is drawn).
    pub has_value: bool,
    /// Where the bar starts.
    pub x: f64,
    /// The bar's top.
    pub y: f64,
    /// The bar's length.
    pub width: f64,
    /// The bar's thickness.
    pub height: f64,
    /// Where its value is written.
    pub value_x: f64,
    /// The value's baseline.
    pub value_y: f64,
    /// The value, formatted, or a dash.
    pub label: String,
}

/// One person's results.
#[derive(Debug, Serialize, JsonSchema)]
pub struct PersonView {
    /// The person's id in the ratings.
    pub person: String,
    /// The person's role, by title.
    pub role: String,
    /// The person's unit.
    pub unit: String,
    /// `2 kompetensbehov, 3 nivåsteg under förväntad nivå`.
    pub needs: String,
    /// The person's result per competence, in the framework's order.
    pub competences: Vec<PersonRow>,
}

/// One competence of one person.
#[derive(Debug, Serialize, JsonSchema)]
pub struct PersonRow {
    /// The competence's id.
    pub competence: String,
    /// The competence's title.
    pub title: Text,
    /// The expected level for the person's role, in words.
    pub expected: String,
    /// The person's rating, in words.
    pub rating: String,
    /// The outcome in words: met, a need, not rated, or no level expected.
    pub outcome: String,
    /// Whether the competence is a need to develop.
    pub need: bool,
    /// Learning activities for the competence, when it is a need.
    pub learning_activities: Vec<String>,
}

/// The kinds of groups, in the order of the report's sections.
const SECTIONS: [GroupKind; 5] = [
    GroupKind::All,
    GroupKind::Area,
    GroupKind::Role,
    GroupKind::Unit,
    GroupKind::Competence,
];

/// The key figures for everyone, as indexes into the six figures: persons with a need, ratings
/// with a need, high motivation, coverage, mean rating.
const KEY_FIGURES: [usize; 5] = [3, 2, 4, 5, 1];

/// The six figures' message ids, in column order.
const COLUMNS: [&str; 6] = [
    "report-column-persons",
    "report-column-mean",
    "report-column-need",
    "report-column-persons-need",
    "report-column-motivation",
    "report-column-coverage",
];

fn kind_key(kind: GroupKind) -> &'static str {
    match kind {
        GroupKind::All => "all",
        GroupKind::Area => "area",
        GroupKind::Role => "role",
        GroupKind::Unit => "unit",
        GroupKind::Competence => "competence",
    }
}

impl<'a> Report<'a> {
    pub fn new(
        report: &ScoreReport,
        language: Language,
        branding: &'a Branding,
    ) -> Result<Report<'a>, MessageError> {
        let messages = messages(language)?;
        let words = Words {
            messages,
            language,
            report,
        };
        let heading = messages.format(
            "report-heading",
            Args::new().text("title", report.framework.title.clone()),
        );
        let (key_figures, key_hidden) = words.key_figures();
        Ok(Report {
            context_version: CONTEXT_VERSION,
            page: Page::new(language.tag(), heading.clone(), branding),
            heading,
            facts: words.facts(),
            lines: words.lines(),
            compare: report.before.is_some(),
            changes_note: messages.get("report-changes-note"),
            key_figures,
            key_hidden,
            charts: words.charts(),
            columns: COLUMNS.iter().map(|id| messages.get(id)).collect(),
            sections: SECTIONS
                .into_iter()
                .filter_map(|kind| words.section(kind))
                .collect(),
            persons: report
                .persons
                .as_deref()
                .map(|persons| persons.iter().map(|p| words.person(p)).collect()),
        })
    }
}

struct Words<'a> {
    messages: &'static Messages,
    language: Language,
    report: &'a ScoreReport<'a>,
}

impl Words<'_> {
    fn get(&self, id: &str) -> String {
        self.messages.get(id)
    }

    fn text(&self, text: &str) -> Text {
        Text::new(text, self.language, &self.report.framework.language)
    }

    /// The scoring rule's name: the built-in rule's in the report's language, a plugin's as it is.
    fn rule(&self) -> String {
        let rule = &self.report.now.rule;
        if rule == ramverk_render::report_labels::EN.builtin_rule {
            self.get("report-builtin-rule")
        } else {
            rule.clone()
        }
    }

    fn min_group(&self) -> Args<'static> {
        Args::new().number("min", self.report.min_group)
    }

    /// `file: 730 skattningar från 60 personer`, with the rows skipped when `always` or any.
    fn round(&self, round: &Round, always: bool) -> String {
        let mut text = format!(
            "{}: {}",
            round.file,
            self.messages.format(
                "report-ratings-of",
                Args::new()
                    .count("ratings", round.ratings)
                    .count("persons", round.persons)
            )
        );
        if always || round.skipped > 0 {
            text += ", ";
            text += &self.messages.format(
                "report-skipped",
                Args::new().number("rows", round.skipped as f64),
            );
        }
        text
    }

    /// What complementary suppression did, when any group is hidden.
    fn complementary(&self) -> Option<String> {
        let count = |why: Hidden| {
            self.report
                .groups
                .iter()
                .filter(|g| g.suppression == Some(why))
                .count()
        };
        let (small, complementary) = (count(Hidden::Small), count(Hidden::Complementary));
        (small + complementary > 0).then(|| {
            self.messages.format(
                "report-complementary",
                Args::new().count("groups", complementary),
            )
        })
    }

    fn hidden(&self) -> String {
        self.messages.format("report-hidden", self.min_group())
    }

    fn facts(&self) -> Vec<Fact> {
        let framework = self.report.framework;
        let mut facts = vec![
            Fact {
                term: self.get("report-framework"),
                text: format!(
                    "{} ({} {})",
                    framework.title, framework.id, framework.version
                ),
            },
            Fact {
                term: self.get("report-scoring-rule"),
                text: self.rule(),
            },
            Fact {
                term: if self.report.before.is_some() {
                    self.get("report-now-heading")
                } else {
                    self.get("report-ratings")
                },
                text: self.round(self.report.now, true),
            },
        ];
        if let Some(before) = self.report.before {
            facts.push(Fact {
                term: self.get("report-before-heading"),
                text: self.round(before, true),
            });
        }
        let mut privacy = self
            .messages
            .format("report-privacy-note", self.min_group());
        if let Some(note) = self.complementary() {
            privacy += &format!("; {note}");
        }
        facts.push(Fact {
            term: self.get("report-privacy"),
            text: privacy,
        });
        facts
    }

    /// The lines under the Markdown report's heading.
    fn lines(&self) -> Vec<String> {
        let framework = self.report.framework;
        let mut lines = vec![format!(
            "{} {} {}",
            framework.id,
            framework.version,
            self.messages.format(
                "report-scored-with",
                self.min_group().text("rule", self.rule())
            )
        )];
        match self.report.before {
            Some(before) => {
                lines.push(format!(
                    "{}: {}",
                    self.get("report-now"),
                    self.round(self.report.now, false)
                ));
                lines.push(format!(
                    "{}: {} ({})",
                    self.get("report-before"),
                    self.round(before, false),
                    self.get("report-changes-in-parentheses")
                ));
            }
            None => lines.push(self.round(self.report.now, false)),
        }
        if let Some(note) = self.complementary() {
            lines.push(note);
        }
        lines
    }

    fn key_figures(&self) -> (Vec<Card>, Option<String>) {
        let everyone = self.report.groups.iter().find(|g| g.kind == GroupKind::All);
        let Some((group, now)) = everyone.and_then(|g| Some((g, g.now.as_ref()?))) else {
            return (Vec::new(), Some(capitalized(&self.hidden()) + "."));
        };
        let cells = figure_cells(now, group.before.as_ref(), self.language);
        let then = group
            .before
            .as_ref()
            .map(|b| figure_cells(b, None, self.language));
        let cards = KEY_FIGURES
            .into_iter()
            .map(|index| {
                let unit = if index == 1 {
                    String::new()
                } else {
                    self.get("report-points")
                };
                let (value, change) = &cells[index];
                Card {
                    label: capitalized(&self.get(COLUMNS[index])),
                    value: value.clone(),
                    change: change
                        .as_ref()
                        .filter(|_| then.is_some())
                        .map(|c| format!("{c}{unit}")),
                    before: then
                        .as_ref()
                        .map(|then| format!("{} {}", self.get("report-before"), then[index].0)),
                }
            })
            .collect();
        (cards, None)
    }

    /// A group's title in the framework's words.
    fn title(&self, group: &GroupReport) -> String {
        ramverk_render::score::group_title(
            self.report.framework,
            group,
            &self.get("report-all-persons"),
        )
    }

    fn section(&self, kind: GroupKind) -> Option<SectionView> {
        let groups: Vec<&GroupReport> = self
            .report
            .groups
            .iter()
            .filter(|g| g.kind == kind)
            .collect();
        if groups.is_empty() {
            return None;
        }
        let rows = groups
            .into_iter()
            .map(|group| Row {
                title: self.text(&self.title(group)),
                hidden: group.now.is_none().then(|| self.hidden()),
                cells: match &group.now {
                    None => Vec::new(),
                    Some(now) => figure_cells(now, group.before.as_ref(), self.language)
                        .into_iter()
                        .map(|(value, change)| Cell { value, change })
                        .collect(),
                },
            })
            .collect();
        Some(SectionView {
            kind,
            heading: self.get(&format!("report-section-{}", kind_key(kind))),
            group: self.get(&format!("report-kind-{}", kind_key(kind))),
            rows,
        })
    }

    fn person(&self, person: &PersonReport) -> PersonView {
        let level = |v: Option<u8>| v.map_or("–".to_owned(), |v| v.to_string());
        PersonView {
            person: person.person.clone(),
            role: person.role.clone(),
            unit: person.unit.clone(),
            needs: capitalized(
                &self.messages.format(
                    "report-needs-and-gap",
                    Args::new()
                        .number("needs", person.needs)
                        .number("gap", person.gap),
                ),
            ),
            competences: person
                .competences
                .iter()
                .map(|c| PersonRow {
                    competence: c.competence.clone(),
                    title: self.text(&c.title),
                    expected: level(c.expected),
                    rating: level(c.rating),
                    outcome: self.get(match c.outcome {
                        Outcome::Met => "report-outcome-met",
                        Outcome::Need => "report-outcome-need",
                        Outcome::NotRated => "report-outcome-not-rated",
                        Outcome::NotExpected => "report-outcome-not-expected",
                    }),
                    need: c.outcome == Outcome::Need,
                    learning_activities: c.learning_activities.clone(),
                })
                .collect(),
        }
    }

    /// The three charts of the areas, when there are areas.
    fn charts(&self) -> Vec<Chart> {
        let areas: Vec<&GroupReport> = self
            .report
            .groups
            .iter()
            .filter(|g| g.kind == GroupKind::Area)
            .collect();
        if areas.is_empty() {
            return Vec::new();
        }
        let series = self.series();
        let charts: [(&'static str, &str, Pick, bool); 3] = [
            ("mean", "report-chart-mean", |f| f.mean_rating, false),
            ("need", "report-chart-need", |f| f.need_share, true),
            (
                "motivation",
                "report-chart-motivation",
                |f| f.high_motivation_share,
                true,
            ),
        ];
        charts
            .into_iter()
            .map(|(id, caption, pick, share)| {
                self.chart(id, self.get(caption), pick, share, &series, &areas)
            })
            .collect()
    }

    /// The rounds of the charts: the earlier one first, then the current one.
    fn series(&self) -> Vec<Series> {
        let name = |round: &Round| {
            Path::new(&round.file)
                .file_name()
                .map_or(round.file.clone(), |n| n.to_string_lossy().into_owned())
        };
        let mut series = Vec::new();
        if let Some(before) = self.report.before {
            series.push(Series {
                class: "before",
                legend: format!("{}: {}", self.get("report-before-heading"), name(before)),
                figures: |g| g.before.as_ref(),
            });
        }
        series.push(Series {
            class: "now",
            legend: format!(
                "{}: {}",
                self.get("report-now-heading"),
                name(self.report.now)
            ),
            figures: |g| g.now.as_ref(),
        });
        series
    }

    fn chart(
        &self,
        id: &'static str,
        caption: String,
        pick: Pick,
        share: bool,
        series: &[Series],
        areas: &[&GroupReport],
    ) -> Chart {
        let row_h = series.len() as f64 * (BAR_H + BAR_GAP) - BAR_GAP + ROW_PAD;
        let height = LEGEND_H + areas.len() as f64 * row_h + AXIS_H;
        let end = axis_end(pick, share, series, areas);
        let format = |value: f64| {
            if share {
                percent(Some(value))
            } else {
                mean(Some(value), self.language)
            }
        };
        let legend = series
            .iter()
            .enumerate()
            .map(|(index, round)| {
                let x = PLOT_X + index as f64 * 240.0;
                LegendEntry {
                    class: round.class,
                    x,
                    text_x: x + 20.0,
                    text: round.legend.clone(),
                }
            })
            .collect();
        let bottom = height - AXIS_H;
        let ticks = (0..=5)
            .map(|step| {
                let value = end * f64::from(step) / 5.0;
                Tick {
                    x: PLOT_X + PLOT_W * f64::from(step) / 5.0,
                    top: LEGEND_H,
                    bottom,
                    label_y: bottom + 16.0,
                    label: if share {
                        percent(Some(value))
                    } else {
                        format!("{value:.0}")
                    },
                }
            })
            .collect();
        let hidden = self.hidden();
        let chart_areas = areas
            .iter()
            .enumerate()
            .map(|(row, group)| {
                let top = LEGEND_H + row as f64 * row_h + ROW_PAD / 2.0;
                let rows_h = series.len() as f64 * (BAR_H + BAR_GAP) - BAR_GAP;
                let title = self.title(group);
                let values: Vec<Option<f64>> = series
                    .iter()
                    .map(|round| (round.figures)(group).and_then(pick))
                    .collect();
                let bars = if group.suppressed {
                    Vec::new()
                } else {
                    series
                        .iter()
                        .zip(&values)
                        .enumerate()
                        .map(|(index, (round, value))| {
                            let y = top + index as f64 * (BAR_H + BAR_GAP);
                            let width =
                                value.map_or(0.0, |v| (PLOT_W * v / end).clamp(0.0, PLOT_W));
                            Bar {
                                class: round.class,
                                has_value: value.is_some(),
                                x: PLOT_X,
                                y,
                                width: (width * 10.0).round() / 10.0,
                                height: BAR_H,
                                value_x: ((PLOT_X + width + 6.0) * 10.0).round() / 10.0,
                                value_y: y + BAR_H / 2.0 + 4.0,
                                label: value.map_or("–".to_owned(), format),
                            }
                        })
                        .collect()
                };
                ChartArea {
                    short: ramverk_render::text::shortened(&title, 40),
                    title: self.text(&title),
                    label_x: PLOT_X - 10.0,
                    label_y: top + rows_h / 2.0 + 4.5,
                    hidden: group.suppressed.then(|| hidden.clone()),
                    bars,
                    values: values
                        .iter()
                        .map(|v| v.map_or("–".to_owned(), format))
                        .collect(),
                }
            })
            .collect();
        Chart {
            id,
            caption,
            width: WIDTH,
            height,
            legend,
            ticks,
            areas: chart_areas,
            rounds: series.iter().map(|s| s.legend.clone()).collect(),
            rounds_count: series.len(),
        }
    }
}

/// The figure a chart draws.
type Pick = fn(&Figures) -> Option<f64>;

/// One round in a chart: its class, its name in the legend and its figures of a group.
struct Series {
    class: &'static str,
    legend: String,
    figures: fn(&GroupReport) -> Option<&Figures>,
}

// Chart geometry, in SVG units: area labels left of `PLOT_X`, bars up to `PLOT_X + PLOT_W`,
// their values right of them.
const WIDTH: f64 = 860.0;
const PLOT_X: f64 = 300.0;
const PLOT_W: f64 = 470.0;
const LEGEND_H: f64 = 30.0;
const AXIS_H: f64 = 24.0;
const BAR_H: f64 = 16.0;
const BAR_GAP: f64 = 3.0;
const ROW_PAD: f64 = 14.0;

/// The value axis runs from 0 to 5 for the mean rating, and for shares to the next round share
/// above the largest value.
fn axis_end(pick: Pick, share: bool, series: &[Series], areas: &[&GroupReport]) -> f64 {
    if !share {
        return 5.0;
    }
    let largest = areas
        .iter()
        .flat_map(|group| {
            series
                .iter()
                .filter_map(|s| (s.figures)(group).and_then(pick))
        })
        .fold(0.0, f64::max);
    [0.05, 0.1, 0.2, 0.25, 0.5]
        .into_iter()
        .find(|&end| largest <= end)
        .unwrap_or(1.0)
}
