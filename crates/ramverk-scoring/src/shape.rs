//! What scoring needs of a framework: areas, competences with their area, roles, and the
//! expected level of each role in each competence.

/// The framework reduced to indices.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shape {
    pub areas: Vec<String>,
    pub competences: Vec<String>,
    /// The area index of each competence.
    pub competence_areas: Vec<u32>,
    pub roles: Vec<String>,
    /// Expected level per role × competence, role-major; 0: none or not applicable.
    levels: Vec<u8>,
    /// The competences each role has an expected level in.
    expected: Vec<Vec<u32>>,
}

impl Shape {
    /// A shape without expectations; add them with [`Shape::expect`].
    pub fn new(areas: Vec<String>, competences: Vec<(String, u32)>, roles: Vec<String>) -> Shape {
        let (competences, competence_areas): (Vec<String>, Vec<u32>) =
            competences.into_iter().unzip();
        let levels = vec![0; roles.len() * competences.len()];
        let expected = vec![Vec::new(); roles.len()];
        Shape {
            areas,
            competences,
            competence_areas,
            roles,
            levels,
            expected,
        }
    }

    /// Records that `role` is expected to reach `level` (> 0) in `competence` (indices).
    pub fn expect(&mut self, role: usize, competence: usize, level: u8) {
        if level == 0 {
            return;
        }
        let cell = &mut self.levels[role * self.competences.len() + competence];
        if *cell == 0 {
            self.expected[role].push(competence as u32);
        }
        *cell = level;
    }

    pub fn level(&self, role: usize, competence: usize) -> u8 {
        self.levels[role * self.competences.len() + competence]
    }

    pub fn expected_in(&self, role: usize) -> &[u32] {
        &self.expected[role]
    }
}
