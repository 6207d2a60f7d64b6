//! Seeded synthetic assessment rounds: persons over the framework's roles, a self rating and
//! mostly an agreed rating for every expected competence, and motivation per area.

use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;

use crate::model::Framework;

use super::{Input, Person};

/// How a synthetic round is drawn.
#[derive(Debug, Clone, Copy)]
pub struct RoundSpec {
    pub persons: usize,
    pub seed: u64,
    /// How much the round's ratings are lifted (0.0 first round; 0.3 a year of learning later).
    pub progress: f64,
}

/// A round for `framework`: roles drawn with the first role (the generic employee) most common,
/// ratings around the expected level, 8 % of expected competences left unrated.
pub fn round(framework: &Framework, spec: RoundSpec) -> Input {
    let mut rng = ChaCha8Rng::seed_from_u64(spec.seed);
    let competences = framework.placed_competences();
    let index: std::collections::HashMap<&str, u32> =
        competences.iter().enumerate().map(|(i, p)| (p.competence.id.as_str(), i as u32)).collect();
    let units = ["Bibliotek", "Kulturhus", "Stadsarkiv", "Förvaltning", "Kulturskola", "Museum", "Stab"];
    let mut input = Input::default();
    for number in 0..spec.persons {
        let role = pick_role(framework, &mut rng);
        let person = input.persons.len() as u32;
        input.persons.push(Person {
            id: format!("p{:06}", number + 1),
            role: role.to_string(),
            unit: units[rng.random_range(0..units.len())].to_string(),
        });
        let Some(profile) = framework.profiles.iter().find(|p| p.role == role) else { continue };
        for (competence, expectation) in &profile.expected {
            let (Some(level), Some(&c)) = (expectation.level(), index.get(competence.as_str())) else { continue };
            if rng.random_bool(0.08) {
                input.ratings.push(person, c, 0, 0);
                continue;
            }
            let own = draw(&mut rng, f64::from(level) + 0.2 + spec.progress, 1.1);
            let agreed = if rng.random_bool(0.85) { draw(&mut rng, f64::from(own) - 0.2, 0.5) } else { 0 };
            input.ratings.push(person, c, own, agreed);
        }
        for area in 0..framework.areas.len() as u32 {
            let value = draw(&mut rng, 3.7 + spec.progress, 1.0);
            input.motivations.push(person, area, value);
        }
    }
    input
}

/// A level 1–5 around `mean`.
fn draw(rng: &mut ChaCha8Rng, mean: f64, spread: f64) -> u8 {
    let noise: f64 = (0..3).map(|_| rng.random_range(-1.0..1.0)).sum::<f64>() / 3.0 * 1.7;
    (mean + noise * spread).round().clamp(1.0, 5.0) as u8
}

fn pick_role<'a>(framework: &'a Framework, rng: &mut ChaCha8Rng) -> &'a str {
    let roles = &framework.roles;
    if roles.is_empty() {
        return "";
    }
    if rng.random_bool(0.55) { &roles[0].id } else { &roles[rng.random_range(0..roles.len())].id }
}
