//! JSON Pointers (RFC 6901) naming a place in the framework model.

use std::fmt;

/// One step of a pointer: a mapping key or a sequence index.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Step {
    /// A mapping key.
    Key(String),
    /// A sequence index.
    Index(usize),
}

/// A path from the framework root to one value, such as `/areas/0/competences/2/title`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, PartialOrd, Ord)]
pub struct Pointer(pub Vec<Step>);

impl Pointer {
    /// The framework root.
    pub fn root() -> Self {
        Pointer(Vec::new())
    }

    /// This pointer, one mapping key further.
    pub fn key(&self, key: &str) -> Self {
        let mut steps = self.0.clone();
        steps.push(Step::Key(key.to_owned()));
        Pointer(steps)
    }

    /// This pointer, one sequence index further.
    pub fn index(&self, index: usize) -> Self {
        let mut steps = self.0.clone();
        steps.push(Step::Index(index));
        Pointer(steps)
    }

    /// Parses `/a/0/b~1c` into steps; numeric segments are indices.
    pub fn parse(text: &str) -> Self {
        let steps = text
            .split('/')
            .skip(1)
            .map(|raw| {
                let key = raw.replace("~1", "/").replace("~0", "~");
                match key.parse::<usize>() {
                    Ok(index) if !key.starts_with('+') => Step::Index(index),
                    _ => Step::Key(key),
                }
            })
            .collect();
        Pointer(steps)
    }
}

impl fmt::Display for Pointer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for step in &self.0 {
            match step {
                Step::Key(key) => write!(f, "/{}", key.replace('~', "~0").replace('/', "~1"))?,
                Step::Index(index) => write!(f, "/{index}")?,
            }
        }
        Ok(())
    }
}
