//! `ramverk score`: ratings scored against the role profiles by a scoring rule, as group figures.

use anyhow::{bail, Context as _};
use ramverk_core::scoring::{read_ratings_csv, score_builtin, Aggregate, GroupKind, Input, Output, Rule};
use ramverk_core::Framework;
use ramverk_plugin::Kind;
use serde_json::json;

use super::{load_framework, plugins};
use crate::cli::{Format, ScoreArgs};
use crate::output::{self, Outcome};

pub fn run(args: &ScoreArgs) -> anyhow::Result<Outcome> {
    let (_, framework) = load_framework(&args.path)?;
    let (input, skipped) = read_ratings(args, &framework)?;
    let (ratings, persons) = (input.ratings.len(), input.persons.len());
    let (rule, output) = score(&framework, input, args)?;
    let report = Report { framework: &framework, rule: &rule, ratings, persons, skipped, min_group: args.min_group, output: &output };
    let text = match args.format {
        Format::Human => report.human(),
        Format::Json => serde_json::to_string_pretty(&report.json())? + "\n",
    };
    output::print(&text)?;
    Ok(Outcome::Ok)
}

/// The ratings file's valid rows and how many rows were skipped; with problems and without
/// `--skip-invalid`, an error after listing every problem.
fn read_ratings(args: &ScoreArgs, framework: &Framework) -> anyhow::Result<(Input, u64)> {
    let path = &args.ratings;
    let file = std::fs::File::open(path).with_context(|| format!("cannot read {}", path.display()))?;
    let read = read_ratings_csv(std::io::BufReader::new(file), framework)
        .map_err(|e| anyhow::anyhow!("{}:{}:{}: {}", path.display(), e.row, e.column, e.message))?;
    let severity = if args.skip_invalid { "warning" } else { "error" };
    for problem in &read.problems {
        eprintln!("{}:{}:{}: {severity}: {}", path.display(), problem.row, problem.column, problem.message);
    }
    let skipped = read.skipped();
    if skipped > 0 && !args.skip_invalid {
        bail!(
            "{} has {} problem(s) in {skipped} of {} rows; nothing was scored\n  help: fix the rows, or pass --skip-invalid to score the valid rows",
            path.display(),
            read.problems.len(),
            read.rows
        );
    }
    Ok((read.input, skipped))
}

/// The rule's name and its output: the built-in rule, or the plugin named by `--rule`.
fn score(framework: &Framework, input: Input, args: &ScoreArgs) -> anyhow::Result<(String, Output)> {
    let settings = plugins::settings(&args.plugins)?;
    if args.rule == "builtin" {
        let rule = builtin_rule(&settings)?;
        let output = score_builtin(framework, &input, rule).map_err(anyhow::Error::msg)?;
        return Ok(("the built-in Stockholm rules".into(), output));
    }
    let host = plugins::host(&args.plugins)?;
    let plugin = plugins::load(&host, &args.plugins, &args.rule, Some(Kind::Scoring))?;
    let output = host.score(&plugin, framework, input, &settings)?;
    Ok((plugin.name().to_string(), output))
}

/// The built-in rule's settings: `high-motivation` and `use-self-rating`, as for the plugin.
fn builtin_rule(settings: &[(String, String)]) -> anyhow::Result<Rule> {
    let mut rule = Rule::default();
    for (key, value) in settings {
        let bad = || anyhow::anyhow!("--config {key}={value:?} is not valid for the built-in rule");
        match key.as_str() {
            "high-motivation" => rule.high_motivation = value.trim().parse().map_err(|_| bad())?,
            "use-self-rating" => rule.use_self_rating = value.trim().parse().map_err(|_| bad())?,
            _ => bail!("the built-in rule has no setting `{key}`; its settings are high-motivation and use-self-rating"),
        }
    }
    Ok(rule)
}

struct Report<'a> {
    framework: &'a Framework,
    rule: &'a str,
    ratings: usize,
    persons: usize,
    skipped: u64,
    min_group: u32,
    output: &'a Output,
}

const KINDS: [(GroupKind, &str); 5] = [
    (GroupKind::All, "Everyone"),
    (GroupKind::Area, "By area"),
    (GroupKind::Role, "By role"),
    (GroupKind::Unit, "By unit"),
    (GroupKind::Competence, "By competence"),
];

impl Report<'_> {
    fn suppressed(&self, aggregate: &Aggregate) -> bool {
        aggregate.persons < self.min_group
    }

    fn title(&self, aggregate: &Aggregate) -> String {
        let f = self.framework;
        let title = match aggregate.kind {
            GroupKind::Area => f.areas.iter().find(|a| a.id == aggregate.key).map(|a| a.title.clone()),
            GroupKind::Role => f.roles.iter().find(|r| r.id == aggregate.key).map(|r| r.title.clone()),
            GroupKind::Competence => {
                f.placed_competences().iter().find(|p| p.competence.id == aggregate.key).map(|p| p.competence.title.clone())
            }
            GroupKind::All | GroupKind::Unit => None,
        };
        match (aggregate.kind, title) {
            (GroupKind::All, _) => "All persons".into(),
            (GroupKind::Role, Some(title)) => title,
            (_, Some(title)) => format!("{} {title}", aggregate.key),
            (_, None) => aggregate.key.clone(),
        }
    }

    fn human(&self) -> String {
        let mut out = format!(
            "{} {} scored with {}: {} ratings of {} persons (groups under {} persons suppressed)\n",
            self.framework.id, self.framework.version, self.rule, self.ratings, self.persons, self.min_group
        );
        if self.skipped > 0 {
            out += &format!("{} invalid rows were skipped (see the warnings)\n", self.skipped);
        }
        for (kind, heading) in KINDS {
            let rows: Vec<&Aggregate> = self.output.aggregates.iter().filter(|a| a.kind == kind && a.persons > 0).collect();
            if rows.is_empty() {
                continue;
            }
            out += &format!("\n{heading}\n  {:<44} {:>7} {:>6} {:>7} {:>9} {:>9} {:>8}\n", "", "persons", "mean", "needs", "with need", "high mot.", "coverage");
            for aggregate in rows {
                out += &self.row(aggregate);
            }
        }
        out
    }

    fn row(&self, a: &Aggregate) -> String {
        let title: String = self.title(a).chars().take(44).collect();
        if self.suppressed(a) {
            return format!("  {title:<44} {:>7}   (fewer than {} persons: suppressed)\n", "<", self.min_group);
        }
        let percent = |v: Option<f64>| v.map_or("–".to_string(), |v| format!("{:.0} %", v * 100.0));
        format!(
            "  {title:<44} {:>7} {:>6} {:>7} {:>9} {:>9} {:>8}\n",
            a.persons,
            a.mean_rating().map_or("–".to_string(), |m| format!("{m:.2}")),
            percent(a.need_share()),
            percent(a.persons_with_need_share()),
            percent(a.high_motivation_share()),
            percent(a.coverage())
        )
    }

    fn json(&self) -> serde_json::Value {
        let groups: Vec<_> = self.output.aggregates.iter().map(|a| self.group_json(a)).collect();
        json!({
            "framework": self.framework.id,
            "version": self.framework.version,
            "rule": self.rule,
            "ratings": self.ratings,
            "persons": self.persons,
            "skipped_rows": self.skipped,
            "min_group": self.min_group,
            "groups": groups,
        })
    }

    fn group_json(&self, a: &Aggregate) -> serde_json::Value {
        if self.suppressed(a) {
            return json!({ "kind": a.kind, "key": a.key, "suppressed": true });
        }
        json!({
            "kind": a.kind,
            "key": a.key,
            "suppressed": false,
            "persons": a.persons,
            "mean_rating": a.mean_rating(),
            "need_share": a.need_share(),
            "persons_with_need_share": a.persons_with_need_share(),
            "high_motivation_share": a.high_motivation_share(),
            "coverage": a.coverage(),
            "counts": a,
        })
    }
}
