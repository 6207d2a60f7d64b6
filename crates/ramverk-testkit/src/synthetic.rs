//! A seeded generator of large synthetic frameworks, for benchmarks, demos and tests.

use std::fmt::Write;

use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;

/// How large a synthetic framework to make.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Spec {
    /// Number of areas (one file each).
    pub areas: usize,
    /// Number of competences in all, at every depth together.
    pub competences: usize,
    /// Sub-competences under each top-level competence (0 for a flat framework).
    pub children: usize,
    /// Number of roles, each with a full profile.
    pub roles: usize,
    /// Seed: the same spec and seed always give the same files.
    pub seed: u64,
}

impl Spec {
    /// The benchmark size: 10,000 competences in 20 areas, 200 roles with full profiles.
    pub const LARGE: Spec = Spec {
        areas: 20,
        competences: 10_000,
        children: 4,
        roles: 200,
        seed: 42,
    };
}

/// One generated file: a path relative to the framework directory, and its YAML text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct File {
    /// `framework.yaml`, `areas/007.yaml`, `profiles/role-012.yaml`.
    pub path: String,
    /// The content.
    pub text: String,
}

const WORDS: &[&str] = &[
    "digital",
    "information",
    "kommunikation",
    "samarbete",
    "säkerhet",
    "innehåll",
    "verktyg",
    "system",
    "data",
    "analys",
    "utveckling",
    "förvaltning",
    "tjänst",
    "process",
    "kvalitet",
    "behov",
    "lösning",
    "målgrupp",
    "upphovsrätt",
    "integritet",
    "struktur",
    "strategi",
    "omvärld",
    "ledning",
    "uppföljning",
    "dokumentation",
    "delning",
    "källa",
    "granskning",
];

/// What happens to one competence in a changed version.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Change {
    Reworded,
    Redescribed,
    Renumbered,
    Removed,
    Followed,
}

/// A later version of a synthetic framework: about `fraction` of the competences reworded,
/// redescribed, renumbered, removed or followed by a new one, and of the expected levels changed.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Variation {
    /// Share of items changed (0.05 for 5 %).
    pub fraction: f64,
    /// Seed of the changes.
    pub seed: u64,
}

/// Generates a valid framework directory as a list of files.
pub fn generate(spec: Spec) -> Vec<File> {
    generate_version(spec, None)
}

/// Generates the framework of `spec`, changed by `variation` when given; the unchanged parts are
/// the same as `generate(spec)` makes.
pub fn generate_version(spec: Spec, variation: Option<Variation>) -> Vec<File> {
    let mut rng = ChaCha8Rng::seed_from_u64(spec.seed);
    let ids = competence_ids(spec);
    let all: Vec<&String> = ids
        .iter()
        .flat_map(|area| {
            area.iter()
                .flat_map(|(id, kids)| std::iter::once(id).chain(kids))
        })
        .collect();
    let changes = decide(&all, &ids, variation);
    let mut root_text = root(spec);
    if variation.is_some() {
        root_text = root_text.replace("version: \"1.0.0\"", "version: \"2.0.0\"");
    }
    let mut files = vec![File {
        path: "framework.yaml".into(),
        text: root_text,
    }];
    for (area, competences) in ids.iter().enumerate() {
        files.push(File {
            path: format!("areas/{area:03}.yaml"),
            text: area_file(area, competences, &changes, &mut rng),
        });
    }
    let mut level_rng = ChaCha8Rng::seed_from_u64(variation.map_or(0, |v| v.seed ^ 0x5eed));
    for role in 0..spec.roles {
        let text = profile_file(
            role,
            &all,
            &changes,
            &mut rng,
            variation.map(|v| (v.fraction, &mut level_rng)),
        );
        files.push(File {
            path: format!("profiles/role-{role:03}.yaml"),
            text,
        });
    }
    files
}

/// Picks the competences a variation changes; only leaves are renumbered or removed.
fn decide(
    all: &[&String],
    ids: &[Vec<(String, Vec<String>)>],
    variation: Option<Variation>,
) -> std::collections::HashMap<String, Change> {
    let mut changes = std::collections::HashMap::new();
    let Some(variation) = variation else {
        return changes;
    };
    let parents: std::collections::HashSet<&str> = ids
        .iter()
        .flatten()
        .filter(|(_, kids)| !kids.is_empty())
        .map(|(id, _)| id.as_str())
        .collect();
    let mut rng = ChaCha8Rng::seed_from_u64(variation.seed);
    for id in all {
        if !rng.random_bool(variation.fraction.clamp(0.0, 1.0)) {
            continue;
        }
        let leaf = !parents.contains(id.as_str());
        let change = match rng.random_range(0..10u8) {
            0..=3 => Change::Reworded,
            4 | 5 => Change::Redescribed,
            6 | 7 if leaf => Change::Renumbered,
            8 if leaf => Change::Removed,
            _ if leaf => Change::Followed,
            _ => Change::Reworded,
        };
        changes.insert((*id).clone(), change);
    }
    changes
}

/// The id a competence has in the changed version (`None` when removed).
fn final_id(id: &str, changes: &std::collections::HashMap<String, Change>) -> Option<String> {
    match changes.get(id) {
        Some(Change::Removed) => None,
        Some(Change::Renumbered) => Some(format!("{id}-n")),
        _ => Some(id.to_owned()),
    }
}

/// Competence ids per area: each top-level id with its children's ids.
fn competence_ids(spec: Spec) -> Vec<Vec<(String, Vec<String>)>> {
    let per_group = spec.children + 1;
    let groups = spec.competences.div_ceil(per_group);
    let mut remaining = spec.competences;
    let mut areas = vec![Vec::new(); spec.areas.max(1)];
    for group in 0..groups {
        let area = group % areas.len();
        let number = areas[area].len() + 1;
        let id = format!("{}.{number}", area + 1);
        remaining -= 1;
        let kids = (1..=spec.children.min(remaining))
            .map(|kid| format!("{id}.{kid}"))
            .collect::<Vec<_>>();
        remaining -= kids.len();
        areas[area].push((id, kids));
    }
    areas
}

fn root(spec: Spec) -> String {
    let mut text = String::from(
        "id: synthetic\ntitle: Syntetiskt ramverk\nversion: \"1.0.0\"\nlanguage: sv\nstatus: draft\n\
         publisher:\n  name: ramverk benchmark\n\
         scales:\n  - id: niva\n    title: Kompetensnivå\n    cumulative: true\n    requires_descriptors: true\n\
         \x20   not_rated: {value: 0, label: Ej skattad}\n    levels:\n",
    );
    for rank in 1..=5 {
        let _ = writeln!(text, "      - {{rank: {rank}, label: Nivå {rank}}}");
    }
    text.push_str("rating_scale: niva\nroles:\n");
    for role in 0..spec.roles {
        let _ = writeln!(text, "  - {{id: role-{role:03}, title: Roll {role}}}");
    }
    text
}

fn sentence(rng: &mut ChaCha8Rng, words: usize) -> String {
    let mut out = String::from("Kan");
    for _ in 0..words {
        out.push(' ');
        out.push_str(WORDS[rng.random_range(0..WORDS.len())]);
    }
    out.push('.');
    out
}

type Changes = std::collections::HashMap<String, Change>;

fn area_file(
    area: usize,
    competences: &[(String, Vec<String>)],
    changes: &Changes,
    rng: &mut ChaCha8Rng,
) -> String {
    let mut text = format!(
        "id: \"{}\"\ntitle: Område {}\ncompetences:\n",
        area + 1,
        area + 1
    );
    for (id, kids) in competences {
        competence(&mut text, id, "  ", kids.is_empty(), changes, rng);
        if !kids.is_empty() {
            text.push_str("    competences:\n");
            for kid in kids {
                competence(&mut text, kid, "      ", true, changes, rng);
            }
        }
    }
    text
}

fn competence(
    text: &mut String,
    id: &str,
    indent: &str,
    leaf: bool,
    changes: &Changes,
    rng: &mut ChaCha8Rng,
) {
    let definition = sentence(rng, 12);
    let descriptors: Vec<String> = if leaf {
        (1..=5).map(|_| sentence(rng, 8)).collect()
    } else {
        Vec::new()
    };
    let change = changes.get(id).copied();
    let Some(shown) = final_id(id, changes) else {
        return;
    };
    let _ = writeln!(
        text,
        "{indent}- id: \"{shown}\"\n{indent}  title: Kompetens {id}"
    );
    let definition = if change == Some(Change::Reworded) {
        definition.replace('.', " och ledning.")
    } else {
        definition
    };
    let _ = writeln!(text, "{indent}  definition: {definition}");
    if leaf {
        let _ = writeln!(text, "{indent}  descriptors:");
        for (index, descriptor) in descriptors.iter().enumerate() {
            let changed = change == Some(Change::Redescribed) && index == 2;
            let descriptor = if changed {
                descriptor.replace("Kan", "Kan självständigt")
            } else {
                descriptor.clone()
            };
            let _ = writeln!(text, "{indent}    {}: {descriptor}", index + 1);
        }
    }
    if change == Some(Change::Followed) {
        let _ = writeln!(
            text,
            "{indent}- id: \"{id}-ny\"\n{indent}  title: Ny kompetens {id}"
        );
        let _ = writeln!(
            text,
            "{indent}  definition: Kan nytt arbetssätt.\n{indent}  descriptors:"
        );
        for rank in 1..=5 {
            let _ = writeln!(
                text,
                "{indent}    {rank}: Kan nytt arbetssätt på nivå {rank}."
            );
        }
    }
}

fn profile_file(
    role: usize,
    ids: &[&String],
    changes: &Changes,
    rng: &mut ChaCha8Rng,
    mut vary: Option<(f64, &mut ChaCha8Rng)>,
) -> String {
    let mut text = format!("role: role-{role:03}\nexpected:\n");
    for id in ids {
        let mut level = rng.random_range(1..=5u8);
        if let Some((fraction, level_rng)) = vary.as_mut()
            && level_rng.random_bool(fraction.clamp(0.0, 1.0))
        {
            level = level % 5 + 1;
        }
        let Some(shown) = final_id(id, changes) else {
            continue;
        };
        let _ = writeln!(text, "  \"{shown}\": {level}");
        if changes.get(id.as_str()) == Some(&Change::Followed) {
            let _ = writeln!(text, "  \"{id}-ny\": 3");
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::{Spec, generate};

    #[test]
    fn same_seed_same_files() {
        let spec = Spec {
            areas: 3,
            competences: 20,
            children: 2,
            roles: 4,
            seed: 7,
        };
        assert_eq!(generate(spec), generate(spec));
        assert_ne!(generate(spec), generate(Spec { seed: 8, ..spec }));
    }

    #[test]
    fn a_variation_changes_about_the_fraction_asked_for() {
        use super::{Variation, generate_version};
        let spec = Spec {
            areas: 4,
            competences: 400,
            children: 3,
            roles: 3,
            seed: 1,
        };
        let base = generate(spec);
        let changed = generate_version(
            spec,
            Some(Variation {
                fraction: 0.05,
                seed: 9,
            }),
        );
        assert_eq!(base.len(), changed.len());
        let differing = base
            .iter()
            .zip(&changed)
            .filter(|(a, b)| a.text != b.text)
            .count();
        assert!(differing > 0);
        assert_eq!(generate_version(spec, None), base);
    }

    #[test]
    fn counts_match_the_spec() {
        let spec = Spec {
            areas: 3,
            competences: 20,
            children: 2,
            roles: 4,
            seed: 7,
        };
        let files = generate(spec);
        assert_eq!(files.len(), 1 + 3 + 4);
        let ids: usize = files
            .iter()
            .filter(|f| f.path.starts_with("areas/"))
            .map(|f| f.text.matches("- id:").count())
            .sum();
        assert_eq!(ids, 20);
    }
}
