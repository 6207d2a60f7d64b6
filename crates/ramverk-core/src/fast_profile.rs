//! Role profiles read straight from YAML events into the model. Profiles are most of a large
//! framework (roles × competences); a profile file of exactly the documented shape skips the
//! JSON step. Anything else goes the general way, where the schema reports it.

use std::collections::BTreeMap;

use serde_saphyr::granit_parser::{Event, Parser};

use crate::model::{Expectation, NotApplicable, Profile};
use crate::source::Value;
use crate::source::fast::{key_text, resolve};

/// The profile in `text`, when the file is a plain mapping of `role`, `description` and
/// `expected` that the schema accepts; `None` otherwise.
pub fn read(text: &str) -> Option<Profile> {
    let mut events = Parser::new_from_str(text).map(|item| item.ok().map(|(event, _)| event));
    let mut next = || events.next().flatten();
    matches!(next()?, Event::StreamStart).then_some(())?;
    matches!(next()?, Event::DocumentStart(..)).then_some(())?;
    matches!(next()?, Event::MappingStart(_, 0, None)).then_some(())?;
    let (mut role, mut description, mut expected) = (None, None, None);
    loop {
        let key = match next()? {
            Event::MappingEnd => break,
            Event::Scalar(key, style, 0, None) => key_text(resolve(&key, style)?)?,
            _ => return None,
        };
        match key.as_str() {
            "role" if role.is_none() => role = Some(text_value(next()?)?),
            "description" if description.is_none() => description = Some(optional_text(next()?)?),
            "expected" if expected.is_none() => expected = Some(expectations(&mut next)?),
            _ => return None,
        }
    }
    matches!(next()?, Event::DocumentEnd).then_some(())?;
    matches!(next()?, Event::StreamEnd).then_some(())?;
    Some(Profile {
        role: role?,
        description: description.flatten(),
        expected: expected.unwrap_or_default(),
    })
}

fn text_value(event: Event) -> Option<String> {
    match event {
        Event::Scalar(value, style, 0, None) => match resolve(&value, style)? {
            Value::Str(text) => Some(text),
            _ => None,
        },
        _ => None,
    }
}

fn optional_text(event: Event) -> Option<Option<String>> {
    match event {
        Event::Scalar(value, style, 0, None) => match resolve(&value, style)? {
            Value::Str(text) => Some(Some(text)),
            Value::Null => Some(None),
            _ => None,
        },
        _ => None,
    }
}

fn expectations<'a>(
    next: &mut impl FnMut() -> Option<Event<'a>>,
) -> Option<BTreeMap<String, Expectation>> {
    matches!(next()?, Event::MappingStart(_, 0, None)).then_some(())?;
    // Collected, sorted and built in bulk: much cheaper than inserting one by one.
    let mut expected: Vec<(String, Expectation)> = Vec::new();
    loop {
        let id = match next()? {
            Event::MappingEnd => {
                expected.sort_unstable_by(|a, b| a.0.cmp(&b.0));
                if expected.windows(2).any(|pair| pair[0].0 == pair[1].0) {
                    return None; // a repeated id: the general way reports it
                }
                return Some(expected.into_iter().collect::<BTreeMap<_, _>>());
            }
            Event::Scalar(key, style, 0, None) => key_text(resolve(&key, style)?)?,
            _ => return None,
        };
        let expectation = match next()? {
            Event::Scalar(value, style, 0, None) => match resolve(&value, style)? {
                Value::Int(rank) => Expectation::Level(u8::try_from(rank).ok()?),
                Value::Str(text) if text == "not-applicable" => {
                    Expectation::NotApplicable(NotApplicable::NotApplicable)
                }
                _ => return None,
            },
            _ => return None,
        };
        expected.push((id, expectation));
    }
}
