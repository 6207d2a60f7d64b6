//! `ramverk stats`: counts of a framework.

use ramverk_core::stats::stats;

use super::load_framework;
use crate::cli::{Format, StatsArgs};
use crate::output::Outcome;

/// Prints the counts.
pub fn run(args: &StatsArgs) -> anyhow::Result<Outcome> {
    let (_, framework) = load_framework(&args.path)?;
    let stats = stats(&framework);
    match args.format {
        Format::Json => println!("{}", serde_json::to_string_pretty(&stats)?),
        Format::Human => {
            println!("{} {}", stats.id, stats.version);
            println!("  areas        {:>6}", stats.areas);
            let depths: Vec<String> = stats.competences_by_depth.iter().map(usize::to_string).collect();
            println!("  competences  {:>6}  (by depth: {})", stats.competences, depths.join(" + "));
            println!("  roles        {:>6}", stats.roles);
            println!("  scales       {:>6}  (rating scale levels: {})", stats.scales, stats.levels);
            println!("  descriptors  {:>6}", stats.descriptors);
            println!("  principles   {:>6}", stats.principles);
            if !stats.profile_sizes.is_empty() {
                println!("  profile sizes (competences with an expected level):");
                let width = stats.profile_sizes.keys().map(String::len).max().unwrap_or(0);
                for (role, size) in &stats.profile_sizes {
                    let na = stats.not_applicable.get(role).copied().unwrap_or(0);
                    let na = if na > 0 { format!("  ({na} not applicable)") } else { String::new() };
                    println!("    {role:<width$}  {size:>5}{na}");
                }
            }
        }
    }
    Ok(Outcome::Ok)
}
