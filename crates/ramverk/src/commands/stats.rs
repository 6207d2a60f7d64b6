//! `ramverk stats`: counts of a framework.

use std::fmt::Write as _;

use ramverk_model::stats;

use super::load_framework;
use crate::cli::{Format, StatsArgs};
use crate::output::{self, Outcome};

/// Prints the counts.
pub fn run(args: &StatsArgs) -> anyhow::Result<Outcome> {
    let (_, framework) = load_framework(&args.path)?;
    let stats = stats(&framework);
    let mut out = String::new();
    match args.format {
        Format::Json => writeln!(out, "{}", serde_json::to_string_pretty(&stats)?)?,
        Format::Human => {
            writeln!(out, "{} {}", stats.id, stats.version)?;
            writeln!(out, "  areas        {:>6}", stats.areas)?;
            let depths: Vec<String> = stats
                .competences_by_depth
                .iter()
                .map(usize::to_string)
                .collect();
            writeln!(
                out,
                "  competences  {:>6}  (by depth: {})",
                stats.competences,
                depths.join(" + ")
            )?;
            writeln!(out, "  roles        {:>6}", stats.roles)?;
            let steps = if stats.steps > 0 {
                format!(", steps: {}", stats.steps)
            } else {
                String::new()
            };
            writeln!(
                out,
                "  scales       {:>6}  (rating scale levels: {}{steps})",
                stats.scales, stats.levels
            )?;
            writeln!(out, "  descriptors  {:>6}", stats.descriptors)?;
            // Counts most frameworks do not have are shown only when there are some.
            for (name, count) in [
                ("statements ", stats.statements),
                ("outcomes   ", stats.learning_outcomes),
                ("glossary   ", stats.glossary_terms),
            ] {
                if count > 0 {
                    writeln!(out, "  {name} {count:>6}")?;
                }
            }
            writeln!(out, "  principles   {:>6}", stats.principles)?;
            if !stats.profile_sizes.is_empty() {
                writeln!(out, "  profile sizes (competences with an expected level):")?;
                let width = stats
                    .profile_sizes
                    .keys()
                    .map(String::len)
                    .max()
                    .unwrap_or(0);
                for (role, size) in &stats.profile_sizes {
                    let na = stats.not_applicable.get(role).copied().unwrap_or(0);
                    let na = if na > 0 {
                        format!("  ({na} not applicable)")
                    } else {
                        String::new()
                    };
                    writeln!(out, "    {role:<width$}  {size:>5}{na}")?;
                }
            }
        }
    }
    output::print_as(args.format, &out)?;
    Ok(Outcome::Ok)
}
