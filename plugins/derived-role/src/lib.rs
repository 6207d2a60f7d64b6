//! A role defined as another role's profile plus deltas, as a ramverk role-profile plugin.

use ramverk_plugin_sdk::role_profile::*;

mod delta;

pub use delta::{Delta, parse_deltas};

pub struct DerivedRole;

impl RoleProfile for DerivedRole {
    fn derive(framework: Framework, config: Config) -> Result<Derived, String> {
        derive(&framework, &config)
    }

    fn self_test() -> Result<(), String> {
        self_test()
    }
}

ramverk_plugin_sdk::role_profile_plugin!(DerivedRole);

/// The derived role (unless it exists) and its profile.
pub fn derive(framework: &Framework, config: &Config) -> Result<Derived, String> {
    let base_id = config.require("base")?;
    let role_id = config.require("role")?;
    let base = framework.profile(base_id).ok_or_else(|| {
        format!(
            "the base role `{base_id}` has no profile in framework {}",
            framework.id
        )
    })?;
    let deltas = parse_deltas(config.get("deltas").unwrap_or(""))?;
    let (low, high) = scale_bounds(framework);
    let mut expected = base.expected.clone();
    for delta in &deltas {
        delta.apply(&mut expected, framework, low, high)?;
    }
    let roles = if framework.role(role_id).is_some() {
        vec![]
    } else {
        vec![Role {
            id: role_id.to_string(),
            title: config.get("title").unwrap_or(role_id).to_string(),
            unit: framework.role(base_id).and_then(|r| r.unit.clone()),
            description: config.get("description").map(str::to_string),
        }]
    };
    let description = Some(format!(
        "{base_id} with changes: {}",
        config.get("deltas").unwrap_or("none")
    ));
    Ok(Derived {
        roles,
        profiles: vec![Profile {
            role: role_id.to_string(),
            description,
            expected,
        }],
    })
}

/// The lowest and highest level of the rating scale (1–5 when the framework has none).
fn scale_bounds(framework: &Framework) -> (u8, u8) {
    let ranks = framework
        .rating_scale()
        .map(|s| s.levels.iter().map(|l| l.rank).collect::<Vec<_>>())
        .unwrap_or_default();
    (
        ranks.iter().copied().min().unwrap_or(1),
        ranks.iter().copied().max().unwrap_or(5),
    )
}

fn self_test() -> Result<(), String> {
    let deltas = parse_deltas("1.1=+1, 1.2=-5, 1.3=4, 1.4=not-applicable")?;
    let mut expected = vec![
        Expected {
            competence: "1.1".into(),
            expectation: Expectation::Level(5),
        },
        Expected {
            competence: "1.2".into(),
            expectation: Expectation::Level(2),
        },
    ];
    let framework = delta::tests_framework();
    for delta in &deltas {
        delta.apply(&mut expected, &framework, 1, 5)?;
    }
    let levels: Vec<(String, Expectation)> = expected
        .into_iter()
        .map(|e| (e.competence, e.expectation))
        .collect();
    let want = vec![
        ("1.1".to_string(), Expectation::Level(5)),
        ("1.2".to_string(), Expectation::Level(1)),
        ("1.3".to_string(), Expectation::Level(4)),
        ("1.4".to_string(), Expectation::NotApplicable),
    ];
    if levels != want {
        return Err(format!("deltas gave {levels:?}, expected {want:?}"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn self_test_passes() {
        super::self_test().unwrap();
    }
}
