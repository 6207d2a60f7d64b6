//! What every check needs: the framework, its source map, and indexes built once.

use ramverk_source::Code;
use std::collections::HashMap;

use ramverk_model::{Competence, Framework, Scale};
use ramverk_source::Diagnostic;
use ramverk_source::{Pointer, SourceMap};

/// A competence with where it sits.
#[derive(Debug, Clone)]
pub struct CompetenceAt<'a> {
    /// The competence.
    pub competence: &'a Competence,
    /// Its pointer in the model.
    pub pointer: Pointer,
    /// Index of its area.
    pub area: usize,
    /// 0 for a competence directly under an area, 1 for its sub-competences, ...
    pub depth: usize,
}

/// Shared input of all checks.
pub struct Context<'a> {
    /// The framework under check.
    pub framework: &'a Framework,
    /// Where its parts came from.
    pub map: &'a SourceMap,
    /// Every competence at every depth, in document order.
    pub competences: Vec<CompetenceAt<'a>>,
    /// Competence id → index into `competences` (first occurrence).
    pub competence_index: HashMap<&'a str, usize, foldhash::fast::RandomState>,
}

impl<'a> Context<'a> {
    /// Indexes a framework.
    pub fn new(framework: &'a Framework, map: &'a SourceMap) -> Self {
        let mut competences = Vec::new();
        for (area_index, area) in framework.areas.iter().enumerate() {
            let at = Pointer::root().key("areas").index(area_index);
            collect(&area.competences, &at, area_index, 0, &mut competences);
        }
        let mut competence_index = HashMap::with_capacity_and_hasher(
            competences.len(),
            foldhash::fast::RandomState::default(),
        );
        for (index, entry) in competences.iter().enumerate() {
            competence_index
                .entry(entry.competence.id.as_str())
                .or_insert(index);
        }
        Context {
            framework,
            map,
            competences,
            competence_index,
        }
    }

    /// The scale with this id.
    pub fn scale(&self, id: &str) -> Option<&'a Scale> {
        self.framework.scales.iter().find(|scale| scale.id == id)
    }

    /// The scale competences are rated on, when the framework has one that exists.
    pub fn rating_scale(&self) -> Option<&'a Scale> {
        self.framework
            .rating_scale
            .as_deref()
            .and_then(|id| self.scale(id))
    }

    /// The competence with this id.
    pub fn competence(&self, id: &str) -> Option<&CompetenceAt<'a>> {
        self.competence_index
            .get(id)
            .map(|&index| &self.competences[index])
    }

    /// A finding at the value a pointer names.
    pub fn finding(
        &self,
        code: Code,
        message: impl Into<String>,
        at: &Pointer,
        label: &str,
    ) -> Diagnostic {
        Diagnostic::new(code, message).at(self.map, at, label)
    }
}

fn collect<'a>(
    list: &'a [Competence],
    parent: &Pointer,
    area: usize,
    depth: usize,
    out: &mut Vec<CompetenceAt<'a>>,
) {
    for (index, competence) in list.iter().enumerate() {
        let pointer = parent.key("competences").index(index);
        out.push(CompetenceAt {
            competence,
            pointer: pointer.clone(),
            area,
            depth,
        });
        collect(&competence.competences, &pointer, area, depth + 1, out);
    }
}
