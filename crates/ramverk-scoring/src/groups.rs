//! Aggregates per group: everyone, each area, competence, role and unit.

use crate::{Aggregate, Assessment, GroupKind, Outcome, Shape};

pub struct Groups {
    aggregates: Vec<Aggregate>,
    /// The last person counted in each group's `persons` and `persons_with_need` (+1; 0: none).
    seen: Vec<u32>,
    seen_need: Vec<u32>,
    areas: usize,
    competence_base: usize,
    role_base: usize,
    /// The group index of each person's unit.
    person_units: Vec<usize>,
    competence_areas: Vec<usize>,
}

impl Groups {
    pub fn new(shape: &Shape, assessment: &Assessment) -> Groups {
        let mut aggregates = vec![aggregate(GroupKind::All, "all")];
        aggregates.extend(shape.areas.iter().map(|id| aggregate(GroupKind::Area, id)));
        let competence_base = aggregates.len();
        aggregates.extend(
            shape
                .competences
                .iter()
                .map(|id| aggregate(GroupKind::Competence, id)),
        );
        let role_base = aggregates.len();
        aggregates.extend(shape.roles.iter().map(|id| aggregate(GroupKind::Role, id)));
        let unit_base = aggregates.len();
        aggregates.extend(
            assessment
                .units
                .iter()
                .map(|unit| aggregate(GroupKind::Unit, unit)),
        );
        let person_units = assessment
            .person_units
            .iter()
            .map(|&u| unit_base + u as usize)
            .collect();
        let size = aggregates.len();
        Groups {
            aggregates,
            seen: vec![0; size],
            seen_need: vec![0; size],
            areas: shape.areas.len(),
            competence_base,
            role_base,
            person_units,
            competence_areas: shape.competence_areas.iter().map(|&a| a as usize).collect(),
        }
    }

    /// Counts a person in their groups, with the expected levels of their role.
    pub fn expect_person(&mut self, person: usize, role: usize, shape: &Shape) {
        let unit = self.person_units[person];
        for group in [0, self.role_base + role, unit] {
            self.touch(group, person);
        }
        for &competence in shape.expected_in(role) {
            for group in self.competence_groups(competence as usize) {
                self.touch(group, person);
                self.aggregates[group].expected += 1;
            }
            for group in [0, self.role_base + role, unit] {
                self.aggregates[group].expected += 1;
            }
        }
    }

    /// Counts one rating in the groups it belongs to.
    pub fn rating(
        &mut self,
        person: usize,
        role: usize,
        competence: usize,
        counted: u8,
        expected: u8,
        outcome: Outcome,
    ) {
        let [area, competence] = self.competence_groups(competence);
        for group in [
            0,
            area,
            competence,
            self.role_base + role,
            self.person_units[person],
        ] {
            self.touch(group, person);
            let aggregate = &mut self.aggregates[group];
            if counted > 0 {
                aggregate.ratings += 1;
                aggregate.rating_sum += u64::from(counted);
                if expected > 0 {
                    aggregate.rated += 1;
                }
            }
            if outcome == Outcome::Need {
                aggregate.needs += 1;
                if self.seen_need[group] != person as u32 + 1 {
                    self.seen_need[group] = person as u32 + 1;
                    aggregate.persons_with_need += 1;
                }
            }
        }
    }

    /// Counts one motivation answer (per area) in the groups it belongs to.
    pub fn motivation(&mut self, person: usize, role: usize, area: usize, high: bool) {
        if area >= self.areas {
            return;
        }
        for group in [
            0,
            1 + area,
            self.role_base + role,
            self.person_units[person],
        ] {
            let aggregate = &mut self.aggregates[group];
            aggregate.motivation_answers += 1;
            aggregate.high_motivation += u32::from(high);
        }
    }

    pub fn finish(self) -> Vec<Aggregate> {
        self.aggregates
    }

    fn competence_groups(&self, competence: usize) -> [usize; 2] {
        [
            1 + self.competence_areas[competence],
            self.competence_base + competence,
        ]
    }

    fn touch(&mut self, group: usize, person: usize) {
        if self.seen[group] != person as u32 + 1 {
            self.seen[group] = person as u32 + 1;
            self.aggregates[group].persons += 1;
        }
    }
}

fn aggregate(kind: GroupKind, key: &str) -> Aggregate {
    Aggregate::empty(kind, key)
}
