//! `ramverk score`: ratings scored against the role profiles by a scoring rule, as group figures,
//! optionally beside an earlier round's.

use std::path::Path;

use anyhow::bail;
use ramverk_assess::{
    Input, Output, PersonReport, ReadOptions, Rule, group_reports, person_reports,
    read_ratings_file_observed, score_builtin,
};
use ramverk_model::Framework;
use ramverk_plugin::{Host, Kind, Plugin};

use ramverk_i18n::Marking;

use super::localize::localize;
use super::{load_framework, plugin_options, ratings};
use crate::cli::ScoreArgs;
use crate::output::{self, Outcome};
use ramverk_publish::report;
use ramverk_render::diagnostics::{self, Short};
use ramverk_render::language::Language;
use ramverk_render::score::{ReportFormat, Round, ScoreReport, render};
use ramverk_source::Severity;

pub fn run(args: &ScoreArgs) -> anyhow::Result<Outcome> {
    let (_, framework) = load_framework(&args.path)?;
    let marking = match args.format.0 {
        ReportFormat::Json | ReportFormat::Csv => Marking::Plain,
        _ => Marking::Bracketed,
    };
    // Ratings name competences, areas and roles by id: they are read against the framework as
    // written, and the report shows the translated texts.
    let shown = localize(
        &args.path,
        framework.clone(),
        args.lang.as_deref(),
        marking,
        true,
    )?;
    let scorer = Scorer::new(args)?;
    let (now, persons) = scored_round(
        (&framework, &shown),
        &args.ratings,
        args.round.as_deref(),
        &scorer,
        args,
        args.per_person,
    )?;
    let before = args
        .compare
        .as_deref()
        .map(|path| {
            scored_round(
                (&framework, &shown),
                path,
                args.compare_round.as_deref(),
                &scorer,
                args,
                false,
            )
        })
        .transpose()?
        .map(|(round, _)| round);
    let groups = group_reports(
        &framework,
        &now.output,
        before.as_ref().map(|r| &r.output),
        args.min_group,
    );
    let report = ScoreReport {
        framework: &shown,
        now: &now,
        before: before.as_ref(),
        min_group: args.min_group,
        groups,
        persons,
    };
    // The documents read in the language the framework was read in (its own, or --lang).
    let language = Language::of(&shown.language);
    let overrides = super::templates::for_documents(
        args.templates.as_deref(),
        &args.brand,
        matches!(args.format.0, ReportFormat::Markdown | ReportFormat::Html),
        args.format.0 == ReportFormat::Html,
    )?;
    let text = match args.format.0 {
        ReportFormat::Html => {
            let branding = super::branding::load(&args.path, &args.brand)?;
            report::html(&report, language, &branding, &overrides)?
        }
        ReportFormat::Markdown => report::markdown(&report, language, &overrides)?,
        format => render(&report, format)?,
    };
    match args.format.0 {
        ReportFormat::Human => output::print_human(&text, output::ColorMode::plain())?,
        ReportFormat::Json | ReportFormat::Csv | ReportFormat::Markdown | ReportFormat::Html => {
            output::print(&text)?
        }
    }
    Ok(Outcome::Ok)
}

/// One ratings file read, checked and scored; with `per_person`, each person's results too.
fn scored_round(
    (framework, shown): (&Framework, &Framework),
    path: &Path,
    round: Option<&str>,
    scorer: &Scorer,
    args: &ScoreArgs,
    per_person: bool,
) -> anyhow::Result<(Round, Option<Vec<PersonReport>>)> {
    let options = ReadOptions {
        round: round.map(str::to_string),
        ..ReadOptions::default()
    };
    let (input, skipped) = read_ratings(path, &options, args.skip_invalid, framework)?;
    let (ratings, persons) = (input.ratings.len(), input.persons.len());
    let kept = per_person.then(|| input.clone());
    let (rule, output) = scorer.score(framework, input)?;
    let reports = kept.map(|input| person_reports(shown, &input, &output));
    let file = match round {
        Some(round) => format!("{} (round {round})", path.display()),
        None => path.display().to_string(),
    };
    Ok((
        Round {
            file,
            rule,
            ratings,
            persons,
            skipped,
            output,
        },
        reports,
    ))
}

/// The ratings file's valid rows and how many rows were skipped; with problems and without
/// `--skip-invalid`, an error after listing every problem.
fn read_ratings(
    path: &Path,
    options: &ReadOptions,
    skip_invalid: bool,
    framework: &Framework,
) -> anyhow::Result<(Input, u64)> {
    let size = std::fs::metadata(path).map_or(0, |m| m.len());
    let bar = crate::output::progress(&format!("reading {}", path.display()), size);
    let read = read_ratings_file_observed(path, framework, options, &mut |done, total| {
        bar.set_length(total);
        bar.set_position(done);
    });
    bar.finish_and_clear();
    let read = read.map_err(|error| ratings::unreadable(path, &error))?;
    let (map, found) = ratings::findings(path, &read.problems);
    let severity = if skip_invalid {
        Severity::Warning
    } else {
        Severity::Error
    };
    for diagnostic in found {
        let diagnostic = diagnostic.with_severity(severity);
        crate::output::print_note(&diagnostics::short(&map, &diagnostic, Short::WithSeverity));
    }
    let skipped = read.skipped();
    // A header problem leaves a column out even when every row is kept: that is refused too.
    if !read.problems.is_empty() && !skip_invalid {
        bail!(
            "{} has {} problem(s), leaving out {skipped} of {} rows; nothing was scored\n  help: fix the file, or pass --skip-invalid to score what is valid",
            path.display(),
            read.problems.len(),
            read.rows
        );
    }
    Ok((read.input, skipped))
}

/// The scoring rule, chosen (and a plugin loaded) once for every round scored.
enum Scorer {
    Builtin(Rule),
    Plugin {
        host: Box<Host>,
        plugin: Box<Plugin>,
        settings: Vec<(String, String)>,
    },
}

impl Scorer {
    /// The built-in rule, or the plugin named by `--rule`, with the `--config` settings.
    fn new(args: &ScoreArgs) -> anyhow::Result<Scorer> {
        let settings = plugin_options::settings(&args.plugins)?;
        if args.rule == "builtin" {
            return Ok(Scorer::Builtin(builtin_rule(&settings)?));
        }
        let host = plugin_options::host(&args.plugins)?;
        let plugin = plugin_options::load(&host, &args.plugins, &args.rule, Some(Kind::Scoring))?;
        Ok(Scorer::Plugin {
            host: Box::new(host),
            plugin: Box::new(plugin),
            settings,
        })
    }

    /// The rule's name and its output for `input`.
    fn score(&self, framework: &Framework, input: Input) -> anyhow::Result<(String, Output)> {
        match self {
            Scorer::Builtin(rule) => {
                let output = score_builtin(framework, &input, *rule).map_err(anyhow::Error::msg)?;
                // The English name identifies the built-in rule; reports show it in their language.
                Ok((
                    ramverk_render::report_labels::EN.builtin_rule.into(),
                    output,
                ))
            }
            Scorer::Plugin {
                host,
                plugin,
                settings,
            } => Ok((
                plugin.name().to_string(),
                host.score(plugin, framework, input, settings)?,
            )),
        }
    }
}

/// The built-in rule's settings: `high-motivation` and `use-self-rating`, as for the plugin.
fn builtin_rule(settings: &[(String, String)]) -> anyhow::Result<Rule> {
    let mut rule = Rule::default();
    for (key, value) in settings {
        let bad = || anyhow::anyhow!("--config {key}={value:?} is not valid for the built-in rule");
        match key.as_str() {
            "high-motivation" => rule.high_motivation = value.trim().parse().map_err(|_| bad())?,
            "use-self-rating" => rule.use_self_rating = value.trim().parse().map_err(|_| bad())?,
            _ => bail!(
                "the built-in rule has no setting `{key}`; its settings are high-motivation and use-self-rating"
            ),
        }
    }
    Ok(rule)
}
