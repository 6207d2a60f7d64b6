//! The score report as one self-contained, printable HTML page, with bar charts per area in inline SVG.

use std::fmt::Write as _;
use std::path::Path;

use ramverk_assess::{Figures, GroupKind, GroupReport, Outcome, PersonCompetence, PersonReport};

use super::language::capitalized;
use super::report_labels::ReportLabels;
use super::score::{
    Round, SECTIONS, ScoreReport, figure_cells, heading, level, mean, percent, round_text,
    rule_name, title,
};
use super::text::{escape_html as esc, html_text};

const STYLE: &str = "body{font:15px/1.45 system-ui,sans-serif;max-width:64rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b;background:#fff}\
h1{font-size:1.6rem;margin:0 0 .6rem}h2{font-size:1.25rem;border-bottom:2px solid #1f4e79;padding-bottom:.2rem;margin-top:2.2rem}\
h3{font-size:1.05rem;margin:1.4rem 0 .3rem}h3 small{font-weight:normal;color:#555}\
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem;margin:0}dl.facts dt{font-weight:600}dl.facts dd{margin:0;overflow-wrap:anywhere}\
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(11rem,1fr));gap:.8rem}\
.card{border:1px solid #c8d3e0;border-left:6px solid #1f4e79;border-radius:4px;padding:.5rem .8rem}\
.card span{display:block}.label{color:#444;font-size:.9rem}.label::first-letter{text-transform:uppercase}\
.value{font-size:1.9rem;font-weight:700;color:#1f4e79}.was{color:#555;font-size:.85rem}.was b{color:#1b1b1b}\
figure.chart{margin:1rem 0 1.8rem;break-inside:avoid}figcaption{font-weight:600;margin-bottom:.3rem}\
svg{display:block;width:100%;height:auto;font:13px system-ui,sans-serif}\
svg .tick,svg .bar-value{fill:#333;font-size:12px}svg .grid{stroke:#d5d5d5}svg .suppressed{fill:#555;font-style:italic}\
table{border-collapse:collapse;width:100%;margin:.4rem 0 1rem;font-size:.92rem}\
th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top;overflow-wrap:break-word}thead th{background:#eef2f7}\
table.figures{table-layout:fixed}table.figures thead th{font-size:.9em}table.figures thead th:first-child{width:22%}table.figures td{text-align:right}.change{color:#555;font-size:.85em}\
tr.suppressed td{text-align:left;font-style:italic;color:#555;background:repeating-linear-gradient(45deg,#f1f1f1 0 6px,#fff 6px 12px)}\
table.person{table-layout:fixed}table.person th:nth-child(1){width:38%}table.person th:nth-child(2),table.person th:nth-child(3){width:9%}table.person th:nth-child(4){width:10%}table.person tbody th{font-weight:normal}tr.need td,tr.need th{background:#fbeaea}tr.need td:nth-child(4){font-weight:700;color:#9b1c1c}td ul{margin:0;padding-left:1.1rem}.person{break-inside:avoid}\
.wide{overflow-x:auto}.visually-hidden{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}\
@media (max-width:40rem){body{margin:1rem auto}table.figures,table.person{table-layout:auto}table.figures td{white-space:nowrap}\
table.figures thead th:first-child,table.person th:nth-child(n){width:auto}table.person{min-width:34rem}}\
@page{size:A4;margin:14mm}\
@media print{body{margin:0;max-width:none;font-size:10pt}.wide{overflow:visible}table{font-size:8pt}th,td{padding:.2rem .3rem}table.figures thead th:first-child{width:20%}h2,h3{break-after:avoid}tr,.card{break-inside:avoid}\
*{print-color-adjust:exact;-webkit-print-color-adjust:exact}}";

/// The whole page.
pub fn page(report: &ScoreReport) -> String {
    let title = esc(&heading(report));
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{title}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<header>\n<h1>{}</h1>\n",
        esc(&report.framework.language),
        html_text(&heading(report))
    );
    out += &facts(report);
    out += "</header>\n<main>\n";
    out += &key_figures(report);
    out += &area_charts(report);
    for kind in SECTIONS.into_iter().filter(|kind| *kind != GroupKind::All) {
        out += &table(report, kind);
    }
    if let Some(persons) = &report.persons {
        out += &persons_section(persons, report.labels());
    }
    out + "</main>\n</body>\n</html>\n"
}

/// What was scored: framework, rule, ratings files and the privacy threshold.
fn facts(report: &ScoreReport) -> String {
    let framework = report.framework;
    let labels = report.labels();
    let round = |r: &Round| round_text(r, labels, true);
    let mut rows = vec![
        (
            labels.framework.to_owned(),
            format!(
                "{} ({} {})",
                framework.title, framework.id, framework.version
            ),
        ),
        (
            labels.scoring_rule.to_owned(),
            rule_name(&report.now.rule, labels).to_owned(),
        ),
        (
            if report.before.is_some() {
                capitalized(labels.now)
            } else {
                labels.ratings.to_owned()
            },
            round(report.now),
        ),
    ];
    if let Some(before) = report.before {
        rows.push((capitalized(labels.before), round(before)));
    }
    let mut privacy = (labels.privacy_note)(report.min_group);
    if let Some(note) = report.complementary_note() {
        privacy += &format!("; {note}");
    }
    rows.push((labels.privacy.to_owned(), privacy));
    let items: String = rows
        .iter()
        .map(|(term, text)| format!("<dt>{}</dt><dd>{}</dd>\n", esc(term), html_text(text)))
        .collect();
    format!("<dl class=\"facts\">\n{items}</dl>\n")
}

/// The figures for everyone shown as cards: the index into [`ReportLabels::columns`] and
/// whether a change is in percentage points.
const KEY_FIGURES: [(usize, bool); 5] = [(3, true), (2, true), (4, true), (5, true), (1, false)];

/// Key figures for everyone; with an earlier round, each with its value then and its change.
fn key_figures(report: &ScoreReport) -> String {
    let labels = report.labels();
    let mut out = format!("<h2>{}</h2>\n", esc(labels.key_figures));
    let everyone = report.groups.iter().find(|g| g.kind == GroupKind::All);
    let Some((group, now)) = everyone.and_then(|g| Some((g, g.now.as_ref()?))) else {
        return out
            + &format!(
                "<p class=\"suppressed\">{}.</p>\n",
                esc(&capitalized(&report.hidden_text()))
            );
    };
    let cells = figure_cells(now, group.before.as_ref());
    let then = group
        .before
        .as_ref()
        .map(|before| figure_cells(before, None));
    out += "<div class=\"cards\">\n";
    for (index, points) in KEY_FIGURES {
        let (value, change) = &cells[index];
        let unit = if points { labels.points } else { "" };
        let was = match (&then, change) {
            (Some(then), Some(change)) => format!(
                "<span class=\"was\"><b>{change}{}</b> · {} {}</span>",
                esc(unit),
                esc(labels.before),
                then[index].0
            ),
            _ => String::new(),
        };
        let _ = writeln!(
            out,
            "<div class=\"card\"><span class=\"label\">{}</span><span class=\"value\">{value}</span>{was}</div>",
            esc(labels.columns[index])
        );
    }
    out + "</div>\n"
}

/// A bar chart: its id, its caption, the figure it draws and whether that is a share (else a mean 1–5).
struct Chart {
    id: &'static str,
    caption: &'static str,
    pick: fn(&Figures) -> Option<f64>,
    share: bool,
}

/// The three charts, captioned in the report's language.
fn charts(labels: &ReportLabels) -> [Chart; 3] {
    [
        Chart {
            id: "mean",
            caption: labels.chart_mean,
            pick: |f| f.mean_rating,
            share: false,
        },
        Chart {
            id: "need",
            caption: labels.chart_need,
            pick: |f| f.need_share,
            share: true,
        },
        Chart {
            id: "motivation",
            caption: labels.chart_motivation,
            pick: |f| f.high_motivation_share,
            share: true,
        },
    ]
}

/// One round in a chart: its name in the legend and its figures of a group.
struct Series {
    class: &'static str,
    legend: String,
    figures: fn(&GroupReport) -> Option<&Figures>,
}

fn series(report: &ScoreReport) -> Vec<Series> {
    let name = |round: &Round| {
        Path::new(&round.file)
            .file_name()
            .map_or(round.file.clone(), |n| n.to_string_lossy().into_owned())
    };
    let labels = report.labels();
    let mut series = Vec::new();
    if let Some(before) = report.before {
        series.push(Series {
            class: "before",
            legend: format!("{}: {}", capitalized(labels.before), name(before)),
            figures: |g| g.before.as_ref(),
        });
    }
    series.push(Series {
        class: "now",
        legend: format!("{}: {}", capitalized(labels.now), name(report.now)),
        figures: |g| g.now.as_ref(),
    });
    series
}

fn area_charts(report: &ScoreReport) -> String {
    let areas: Vec<&GroupReport> = report
        .groups
        .iter()
        .filter(|g| g.kind == GroupKind::Area)
        .collect();
    if areas.is_empty() {
        return String::new();
    }
    let labels = report.labels();
    let series = series(report);
    let charts: String = charts(labels)
        .iter()
        .map(|chart| svg_chart(report, chart, &series, &areas))
        .collect();
    format!("<h2>{}</h2>\n{charts}", esc(labels.areas_at_a_glance))
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
/// Characters of a note that fit right of the area titles.
const SUPPRESSED_ROOM: usize = 75;

fn svg_chart(
    report: &ScoreReport,
    chart: &Chart,
    series: &[Series],
    areas: &[&GroupReport],
) -> String {
    let row_h = series.len() as f64 * (BAR_H + BAR_GAP) - BAR_GAP + ROW_PAD;
    let height = LEGEND_H + areas.len() as f64 * row_h + AXIS_H;
    let end = axis_end(chart, series, areas);
    // The chart's figures are told in words too (`aria-describedby`), for screen readers; the
    // tables below have them all.
    let mut svg = format!(
        "<figure class=\"chart\" id=\"chart-{id}\">\n<figcaption id=\"chart-{id}-caption\">{caption}</figcaption>\n\
<p class=\"visually-hidden\" id=\"chart-{id}-text\">{text}</p>\n\
<svg viewBox=\"0 0 {WIDTH} {height}\" role=\"img\" aria-labelledby=\"chart-{id}-caption\" aria-describedby=\"chart-{id}-text\">\n{defs}",
        id = chart.id,
        caption = esc(chart.caption),
        text = html_text(&chart_text(report, chart, series, areas)),
        defs = hatch(chart.id),
    );
    svg += &legend(chart.id, series);
    svg += &axis(chart, end, LEGEND_H, height - AXIS_H);
    for (row, group) in areas.iter().enumerate() {
        let top = LEGEND_H + row as f64 * row_h + ROW_PAD / 2.0;
        svg += &area_row(report, chart, series, group, top, end);
    }
    svg + "</svg>\n</figure>\n"
}

/// What a chart shows, in words: per area its value in each round, or why it is hidden.
fn chart_text(
    report: &ScoreReport,
    chart: &Chart,
    series: &[Series],
    areas: &[&GroupReport],
) -> String {
    let labels = report.labels();
    let rounds = |group: &GroupReport| -> String {
        series
            .iter()
            .map(|round| {
                let value = (round.figures)(group).and_then(chart.pick);
                let value = if chart.share {
                    percent(value)
                } else {
                    mean(value)
                };
                match (series.len(), round.class) {
                    (1, _) => value,
                    (_, "before") => format!("{} {value}", labels.before),
                    _ => format!("{} {value}", labels.now),
                }
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    areas
        .iter()
        .map(|group| {
            let name = title(report.framework, labels, group);
            if group.suppressed {
                format!("{name}: {}", report.hidden_text())
            } else {
                format!("{name}: {}", rounds(group))
            }
        })
        .collect::<Vec<_>>()
        .join("; ")
        + "."
}

/// The diagonal hatching of the earlier round, so the rounds differ in grey print too.
fn hatch(id: &str) -> String {
    format!(
        "<defs><pattern id=\"hatch-{id}\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">\
<rect width=\"6\" height=\"6\" fill=\"#dbe5f1\"/><rect width=\"2.5\" height=\"6\" fill=\"#6a8bb8\"/></pattern></defs>\n"
    )
}

/// The fill and outline of a round's bars.
fn fill(id: &str, class: &str) -> String {
    match class {
        "before" => format!("fill=\"url(#hatch-{id})\" stroke=\"#6a8bb8\""),
        _ => "fill=\"#1f4e79\" stroke=\"#1f4e79\"".to_string(),
    }
}

fn legend(id: &str, series: &[Series]) -> String {
    let mut out = String::new();
    for (index, round) in series.iter().enumerate() {
        let x = PLOT_X + index as f64 * 240.0;
        let _ = writeln!(
            out,
            "<rect x=\"{x}\" y=\"4\" width=\"14\" height=\"14\" {}/><text x=\"{}\" y=\"16\">{}</text>",
            fill(id, round.class),
            x + 20.0,
            esc(&round.legend)
        );
    }
    out
}

/// The value axis runs from 0 to 5 for the mean rating, and to the next round share above the
/// largest value for shares.
fn axis_end(chart: &Chart, series: &[Series], areas: &[&GroupReport]) -> f64 {
    if !chart.share {
        return 5.0;
    }
    let largest = areas
        .iter()
        .flat_map(|group| {
            series
                .iter()
                .filter_map(|s| (s.figures)(group).and_then(chart.pick))
        })
        .fold(0.0, f64::max);
    [0.05, 0.1, 0.2, 0.25, 0.5]
        .into_iter()
        .find(|&end| largest <= end)
        .unwrap_or(1.0)
}

/// Five steps of grid lines with their values below.
fn axis(chart: &Chart, end: f64, top: f64, bottom: f64) -> String {
    let mut out = String::new();
    for step in 0..=5 {
        let value = end * f64::from(step) / 5.0;
        let x = PLOT_X + PLOT_W * f64::from(step) / 5.0;
        let label = if chart.share {
            percent(Some(value))
        } else {
            format!("{value:.0}")
        };
        let _ = writeln!(
            out,
            "<line class=\"grid\" x1=\"{x}\" y1=\"{top}\" x2=\"{x}\" y2=\"{bottom}\"/><text class=\"tick\" x=\"{x}\" y=\"{}\" text-anchor=\"middle\">{label}</text>",
            bottom + 16.0
        );
    }
    out
}

/// One area: its title, then one bar per round with its value; a suppressed area gets only a note.
fn area_row(
    report: &ScoreReport,
    chart: &Chart,
    series: &[Series],
    group: &GroupReport,
    top: f64,
    end: f64,
) -> String {
    let labels = report.labels();
    let name = title(report.framework, labels, group);
    let rows_h = series.len() as f64 * (BAR_H + BAR_GAP) - BAR_GAP;
    let hidden = report.hidden_text();
    let tooltip = if group.suppressed {
        format!("{name}: {hidden}")
    } else {
        name.clone()
    };
    let mut out = format!(
        "<g class=\"area\"><title>{}</title><text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>\n",
        esc(&tooltip),
        PLOT_X - 10.0,
        top + rows_h / 2.0 + 4.5,
        esc(&shortened(&name, 40))
    );
    if group.suppressed {
        // The chart has room for about 75 characters right of the titles: a longer note shows
        // up to its explanation in parentheses, which the tooltip, the chart's description and
        // the page's privacy line give in full.
        let note = match hidden.split_once(" (") {
            Some((short, _)) if hidden.chars().count() > SUPPRESSED_ROOM => short,
            _ => hidden.as_str(),
        };
        let _ = writeln!(
            out,
            "<text class=\"suppressed\" x=\"{}\" y=\"{}\">{}</text>",
            PLOT_X + 8.0,
            top + rows_h / 2.0 + 4.5,
            esc(&shortened(note, SUPPRESSED_ROOM))
        );
        return out + "</g>\n";
    }
    for (index, round) in series.iter().enumerate() {
        let y = top + index as f64 * (BAR_H + BAR_GAP);
        out += &bar(
            chart,
            round,
            (round.figures)(group).and_then(chart.pick),
            y,
            end,
        );
    }
    out + "</g>\n"
}

/// One bar with its value at its end; no bar, only a dash, without a value.
fn bar(chart: &Chart, round: &Series, value: Option<f64>, y: f64, end: f64) -> String {
    let text_y = y + BAR_H / 2.0 + 4.0;
    let Some(value) = value else {
        return format!(
            "<text class=\"bar-value\" x=\"{}\" y=\"{text_y}\">–</text>\n",
            PLOT_X + 6.0
        );
    };
    let width = (PLOT_W * value / end).clamp(0.0, PLOT_W);
    let label = if chart.share {
        percent(Some(value))
    } else {
        mean(Some(value))
    };
    format!(
        "<rect class=\"bar {class}\" x=\"{PLOT_X}\" y=\"{y}\" width=\"{width:.1}\" height=\"{BAR_H}\" {fill}/><text class=\"bar-value\" x=\"{:.1}\" y=\"{text_y}\">{label}</text>\n",
        PLOT_X + width + 6.0,
        class = round.class,
        fill = fill(chart.id, round.class),
    )
}

/// At most `limit` characters, with an ellipsis when cut.
fn shortened(text: &str, limit: usize) -> String {
    if text.chars().count() <= limit {
        return text.to_string();
    }
    text.chars()
        .take(limit - 1)
        .collect::<String>()
        .trim_end()
        .to_string()
        + "…"
}

/// The groups of one kind as a table of the six figures, changes in parentheses.
fn table(report: &ScoreReport, kind: GroupKind) -> String {
    let groups: Vec<&GroupReport> = report.groups.iter().filter(|g| g.kind == kind).collect();
    if groups.is_empty() {
        return String::new();
    }
    let labels = report.labels();
    let columns: String = labels
        .columns
        .iter()
        .map(|c| format!("<th scope=\"col\">{}</th>", esc(c)))
        .collect();
    let note = if report.before.is_some() {
        format!("<p>{}</p>\n", esc(labels.changes_note))
    } else {
        String::new()
    };
    // Too wide for a phone, the table scrolls in a region of its own, never the page.
    let id = format!("per-{kind:?}").to_lowercase();
    let mut out = format!(
        "<h2 id=\"{id}\">{}</h2>\n{note}<div class=\"wide\" role=\"region\" aria-labelledby=\"{id}\" tabindex=\"0\">\n<table class=\"figures\">\n<thead><tr><th scope=\"col\">{}</th>{columns}</tr></thead>\n<tbody>\n",
        esc(labels.section(kind)),
        esc(labels.kind(kind))
    );
    for group in groups {
        out += &table_row(report, group);
    }
    out + "</tbody>\n</table>\n</div>\n"
}

fn table_row(report: &ScoreReport, group: &GroupReport) -> String {
    let labels = report.labels();
    let name = html_text(&title(report.framework, labels, group));
    let Some(now) = &group.now else {
        return format!(
            "<tr class=\"suppressed\"><th scope=\"row\">{name}</th><td colspan=\"{}\">{}</td></tr>\n",
            labels.columns.len(),
            esc(&report.hidden_text())
        );
    };
    let cells: String = figure_cells(now, group.before.as_ref())
        .into_iter()
        .map(|(value, change)| match change {
            Some(change) => format!("<td>{value} <span class=\"change\">({change})</span></td>"),
            None => format!("<td>{value}</td>"),
        })
        .collect();
    format!("<tr><th scope=\"row\">{name}</th>{cells}</tr>\n")
}

fn persons_section(persons: &[PersonReport], labels: &ReportLabels) -> String {
    let columns: String = [
        labels.competence,
        labels.expected,
        labels.rating,
        labels.outcome,
        labels.learning_activities,
    ]
    .iter()
    .map(|c| format!("<th scope=\"col\">{}</th>", esc(c)))
    .collect();
    let blocks: String = persons
        .iter()
        .enumerate()
        .map(|(index, person)| person_block(index, person, &columns, labels))
        .collect();
    format!("<h2>{}</h2>\n{blocks}", esc(labels.persons))
}

/// One person's competences: expected level, rating, outcome and, for a need, the learning activities.
fn person_block(
    index: usize,
    person: &PersonReport,
    columns: &str,
    labels: &ReportLabels,
) -> String {
    let rows: String = person
        .competences
        .iter()
        .map(|competence| competence_row(competence, labels))
        .collect();
    format!(
        "<section class=\"person\">\n<h3 id=\"person-{index}\">{} <small>{}, {}</small></h3>\n<p>{}</p>\n<div class=\"wide\" role=\"region\" aria-labelledby=\"person-{index}\" tabindex=\"0\">\n<table class=\"person\">\n<thead><tr>{columns}</tr></thead>\n<tbody>\n{rows}</tbody>\n</table>\n</div>\n</section>\n",
        esc(&person.person),
        esc(&person.role),
        esc(&person.unit),
        esc(&capitalized(&(labels.needs_and_gap)(
            person.needs,
            person.gap
        )))
    )
}

fn competence_row(competence: &PersonCompetence, labels: &ReportLabels) -> String {
    let activities: String = competence
        .learning_activities
        .iter()
        .map(|a| format!("<li>{}</li>", html_text(a)))
        .collect();
    let activities = if activities.is_empty() {
        String::new()
    } else {
        format!("<ul>{activities}</ul>")
    };
    let need = if competence.outcome == Outcome::Need {
        " class=\"need\""
    } else {
        ""
    };
    format!(
        "<tr{need}><th scope=\"row\">{} {}</th><td>{}</td><td>{}</td><td>{}</td><td>{activities}</td></tr>\n",
        esc(&competence.competence),
        html_text(&competence.title),
        level(competence.expected),
        level(competence.rating),
        esc(labels.outcome(competence.outcome))
    )
}
