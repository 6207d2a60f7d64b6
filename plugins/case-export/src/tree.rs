//! The framework's hierarchy: areas and competences in document order, each with its parent and
//! its place among its siblings.

use std::collections::{BTreeMap, BTreeSet};

use ramverk_plugin_sdk::detailed_export::{Area, Competence, Framework, FrameworkExt};

#[derive(Debug, Clone, Copy)]
pub enum Node<'a> {
    Area(&'a Area),
    Competence(&'a Competence),
}

impl<'a> Node<'a> {
    pub fn id(&self) -> &'a str {
        match self {
            Node::Area(area) => &area.id,
            Node::Competence(competence) => &competence.id,
        }
    }

    pub fn title(&self) -> &'a str {
        match self {
            Node::Area(area) => &area.title,
            Node::Competence(competence) => &competence.title,
        }
    }
}

#[derive(Debug, Clone, Copy)]
pub struct Placed<'a> {
    pub node: Node<'a>,
    /// The parent's index in the list; `None`: the document.
    pub parent: Option<usize>,
    /// 1-based position among the parent's children.
    pub position: u32,
}

/// Every area followed by its competences (parents before children), in document order.
pub fn place(framework: &Framework) -> Result<Vec<Placed<'_>>, String> {
    unique(framework.areas.iter().map(|area| area.id.as_str()), "area")?;
    unique(
        framework
            .competences
            .iter()
            .map(|competence| competence.id.as_str()),
        "competence",
    )?;
    if let Some(stray) = framework
        .competences
        .iter()
        .find(|c| framework.area(&c.area).is_none())
    {
        return Err(format!(
            "competence {} names area {:?}, which the framework does not have",
            stray.id, stray.area
        ));
    }
    let mut tree = Tree::default();
    for area in &framework.areas {
        let area_index = tree.push(Node::Area(area), None);
        for competence in framework.competences.iter().filter(|c| c.area == area.id) {
            let parent = tree.parent_of(competence, area_index)?;
            let index = tree.push(Node::Competence(competence), Some(parent));
            tree.competences.insert(&competence.id, index);
        }
    }
    Ok(tree.placed)
}

#[derive(Default)]
struct Tree<'a> {
    placed: Vec<Placed<'a>>,
    /// Children so far per parent (`None`: the document).
    children: BTreeMap<Option<usize>, u32>,
    /// Index of each competence placed so far.
    competences: BTreeMap<&'a str, usize>,
}

impl<'a> Tree<'a> {
    fn push(&mut self, node: Node<'a>, parent: Option<usize>) -> usize {
        let count = self.children.entry(parent).or_default();
        *count += 1;
        self.placed.push(Placed {
            node,
            parent,
            position: *count,
        });
        self.placed.len() - 1
    }

    /// The index of the competence's parent: its area's, or its parent competence's.
    fn parent_of(&self, competence: &Competence, area_index: usize) -> Result<usize, String> {
        let Some(parent) = &competence.parent else {
            return Ok(area_index);
        };
        let index = self.competences.get(parent.as_str()).copied().ok_or_else(|| {
            format!("competence {} names parent {parent:?}, which is not a competence listed before it", competence.id)
        })?;
        match self.placed[index].node {
            Node::Competence(found) if found.area == competence.area => Ok(index),
            _ => Err(format!(
                "competence {} is in area {:?} but its parent {parent} is not",
                competence.id, competence.area
            )),
        }
    }
}

fn unique<'a>(ids: impl Iterator<Item = &'a str>, what: &str) -> Result<(), String> {
    let mut seen = BTreeSet::new();
    for id in ids {
        if id.trim().is_empty() {
            return Err(format!(
                "an {what} has an empty id; CASE identifiers are derived from the ids"
            ));
        }
        if !seen.insert(id) {
            return Err(format!(
                "two {what}s have the id {id:?}; ids must be unique"
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::examples;

    fn summary(framework: &Framework) -> Vec<(String, Option<usize>, u32)> {
        place(framework)
            .unwrap()
            .iter()
            .map(|p| (p.node.id().to_string(), p.parent, p.position))
            .collect()
    }

    #[test]
    fn areas_then_their_competences_with_positions() {
        let framework = examples::framework();
        let expected = [
            ("1", None, 1),
            ("1.1", Some(0), 1),
            ("1.1.1", Some(1), 1),
            ("1.2", Some(0), 2),
            ("2", None, 2),
            ("2.1", Some(4), 1),
        ];
        let expected: Vec<_> = expected
            .iter()
            .map(|(id, parent, position)| (id.to_string(), *parent, *position))
            .collect();
        assert_eq!(summary(&framework), expected);
    }

    #[test]
    fn bad_references_are_errors() {
        let mut framework = examples::framework();
        framework.competences[1].parent = Some("9.9".into());
        assert!(place(&framework).unwrap_err().contains("parent \"9.9\""));
        let mut framework = examples::framework();
        framework.competences[0].area = "7".into();
        assert!(place(&framework).unwrap_err().contains("area \"7\""));
        let mut framework = examples::framework();
        framework.competences[3].parent = Some("1.1".into());
        assert!(
            place(&framework)
                .unwrap_err()
                .contains("its parent 1.1 is not")
        );
        let mut framework = examples::framework();
        framework.competences[2].id = "1.1".into();
        assert!(place(&framework).unwrap_err().contains("two competences"));
    }
}
