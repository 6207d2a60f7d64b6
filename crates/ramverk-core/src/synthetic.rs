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
    pub const LARGE: Spec = Spec { areas: 20, competences: 10_000, children: 4, roles: 200, seed: 42 };
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
    "digital", "information", "kommunikation", "samarbete", "säkerhet", "innehåll", "verktyg",
    "system", "data", "analys", "utveckling", "förvaltning", "tjänst", "process", "kvalitet",
    "behov", "lösning", "målgrupp", "upphovsrätt", "integritet", "struktur", "strategi",
    "omvärld", "ledning", "uppföljning", "dokumentation", "delning", "källa", "granskning",
];

/// Generates a valid framework directory as a list of files.
pub fn generate(spec: Spec) -> Vec<File> {
    let mut rng = ChaCha8Rng::seed_from_u64(spec.seed);
    let ids = competence_ids(spec);
    let mut files = vec![File { path: "framework.yaml".into(), text: root(spec) }];
    for (area, competences) in ids.iter().enumerate() {
        files.push(File { path: format!("areas/{area:03}.yaml"), text: area_file(area, competences, &mut rng) });
    }
    let all: Vec<&String> = ids.iter().flat_map(|area| area.iter().flat_map(|(id, kids)| std::iter::once(id).chain(kids))).collect();
    for role in 0..spec.roles {
        files.push(File { path: format!("profiles/role-{role:03}.yaml"), text: profile_file(role, &all, &mut rng) });
    }
    files
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
        let kids = (1..=spec.children.min(remaining)).map(|kid| format!("{id}.{kid}")).collect::<Vec<_>>();
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

fn area_file(area: usize, competences: &[(String, Vec<String>)], rng: &mut ChaCha8Rng) -> String {
    let mut text = format!("id: \"{}\"\ntitle: Område {}\ncompetences:\n", area + 1, area + 1);
    for (id, kids) in competences {
        competence(&mut text, id, "  ", kids.is_empty(), rng);
        if !kids.is_empty() {
            text.push_str("    competences:\n");
            for kid in kids {
                competence(&mut text, kid, "      ", true, rng);
            }
        }
    }
    text
}

fn competence(text: &mut String, id: &str, indent: &str, leaf: bool, rng: &mut ChaCha8Rng) {
    let _ = writeln!(text, "{indent}- id: \"{id}\"\n{indent}  title: Kompetens {id}");
    let _ = writeln!(text, "{indent}  definition: {}", sentence(rng, 12));
    if leaf {
        let _ = writeln!(text, "{indent}  descriptors:");
        for rank in 1..=5 {
            let _ = writeln!(text, "{indent}    {rank}: {}", sentence(rng, 8));
        }
    }
}

fn profile_file(role: usize, ids: &[&String], rng: &mut ChaCha8Rng) -> String {
    let mut text = format!("role: role-{role:03}\nexpected:\n");
    for id in ids {
        let _ = writeln!(text, "  \"{id}\": {}", rng.random_range(1..=5u8));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::{generate, Spec};

    #[test]
    fn same_seed_same_files() {
        let spec = Spec { areas: 3, competences: 20, children: 2, roles: 4, seed: 7 };
        assert_eq!(generate(spec), generate(spec));
        assert_ne!(generate(spec), generate(Spec { seed: 8, ..spec }));
    }

    #[test]
    fn counts_match_the_spec() {
        let spec = Spec { areas: 3, competences: 20, children: 2, roles: 4, seed: 7 };
        let files = generate(spec);
        assert_eq!(files.len(), 1 + 3 + 4);
        let ids: usize = files.iter().filter(|f| f.path.starts_with("areas/")).map(|f| f.text.matches("- id:").count()).sum();
        assert_eq!(ids, 20);
    }
}
