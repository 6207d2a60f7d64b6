//! Deltas on a profile: `ID=+N`, `ID=-N`, `ID=N`, `ID=not-applicable`.

use ramverk_plugin_sdk::role_profile::*;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    By(i16),
    Set(u8),
    NotApplicable,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Delta {
    pub competence: String,
    pub change: Change,
}

/// Parses `1.1=+1, 6.3=not-applicable`; an error names the part that is wrong.
pub fn parse_deltas(text: &str) -> Result<Vec<Delta>, String> {
    text.split([',', ';', '\n'])
        .map(str::trim)
        .filter(|part| !part.is_empty())
        .map(parse_one)
        .collect()
}

fn parse_one(part: &str) -> Result<Delta, String> {
    let (competence, value) = part.split_once('=').ok_or_else(|| {
        format!(
            "the delta `{part}` is not ID=CHANGE (e.g. 6.3=+1, 6.3=-1, 6.3=4, 6.3=not-applicable)"
        )
    })?;
    let (competence, value) = (competence.trim(), value.trim());
    let bad = || format!("the change `{value}` in `{part}` is not +N, -N, N or not-applicable");
    let change = if value == "not-applicable" {
        Change::NotApplicable
    } else if value.starts_with(['+', '-']) {
        Change::By(value.parse().map_err(|_| bad())?)
    } else {
        Change::Set(value.parse().map_err(|_| bad())?)
    };
    Ok(Delta {
        competence: competence.to_string(),
        change,
    })
}

impl Delta {
    /// Applies the change to `expected`, keeping levels within `low..=high`.
    pub fn apply(
        &self,
        expected: &mut Vec<Expected>,
        framework: &Framework,
        low: u8,
        high: u8,
    ) -> Result<(), String> {
        if framework.competence(&self.competence).is_none() {
            return Err(format!(
                "the delta names the competence `{}`, which framework {} does not have",
                self.competence, framework.id
            ));
        }
        let index = match expected
            .iter()
            .position(|e| e.competence == self.competence)
        {
            Some(index) => index,
            None => {
                expected.push(Expected {
                    competence: self.competence.clone(),
                    expectation: Expectation::NotApplicable,
                });
                expected.len() - 1
            }
        };
        let entry = &mut expected[index];
        entry.expectation = match (&self.change, entry.expectation) {
            (Change::NotApplicable, _) => Expectation::NotApplicable,
            (Change::Set(level), _) if (low..=high).contains(level) => Expectation::Level(*level),
            (Change::Set(level), _) => {
                return Err(format!(
                    "level {level} for {} is not on the scale {low}–{high}",
                    self.competence
                ));
            }
            (Change::By(by), Expectation::Level(level)) => {
                Expectation::Level((i16::from(level) + by).clamp(low.into(), high.into()) as u8)
            }
            (Change::By(_), Expectation::NotApplicable) => {
                return Err(format!(
                    "{} has no expected level to raise or lower; set one with {}=N",
                    self.competence, self.competence
                ));
            }
        };
        Ok(())
    }
}

/// A framework with competences 1.1–1.4, for the self-test.
pub fn tests_framework() -> Framework {
    let competences = ["1.1", "1.2", "1.3", "1.4"]
        .map(|id| Competence::new(id, id, "1"))
        .to_vec();
    Framework {
        competences,
        ..Framework::new("test", "Test")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_form_and_explains_bad_ones() {
        let deltas = parse_deltas("6.1=+1; 6.2=-2, 6.3=3, 6.4=not-applicable").unwrap();
        assert_eq!(deltas[0].change, Change::By(1));
        assert_eq!(deltas[1].change, Change::By(-2));
        assert_eq!(deltas[2].change, Change::Set(3));
        assert_eq!(deltas[3].change, Change::NotApplicable);
        assert!(parse_deltas("6.1").unwrap_err().contains("ID=CHANGE"));
        assert!(parse_deltas("6.1=lots").unwrap_err().contains("not +N"));
    }
}
