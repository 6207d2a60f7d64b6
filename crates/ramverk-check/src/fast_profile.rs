//! Role profiles read straight from YAML events into the model. Profiles are most of a large
//! framework (roles × competences); a profile file of exactly the documented shape skips the
//! JSON step. Anything else goes the general way, where the schema reports it.

use std::collections::BTreeMap;

use serde_saphyr::granit_parser::{Event, Parser};

use ramverk_model::{Expectation, NotApplicable, Profile};
use ramverk_source::Value;
use ramverk_source::fast::{key_text, resolve};

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

/// The profile file's text with the block of `expected` levels blanked out (`expected: {}`
/// followed by as many empty lines as the block had, so lines keep their numbers), for reading
/// only a profile's texts. `None` when the file has no `expected:` key at the start of a line
/// followed by a block (nothing to skip, or a layout this does not recognise).
pub fn without_expectations(text: &str) -> Option<String> {
    let mut out = String::with_capacity(text.len() / 4);
    let mut lines = text.split_inclusive('\n');
    let mut found = false;
    while let Some(line) = lines.next() {
        let rest = line.strip_prefix("expected:").map(str::trim);
        let is_block_start =
            !found && rest.is_some_and(|rest| rest.is_empty() || rest.starts_with('#'));
        if !is_block_start {
            out.push_str(line);
            continue;
        }
        found = true;
        out.push_str("expected: {}\n");
        // The block: every following line that is indented, blank or a comment.
        for next in lines.by_ref() {
            let first = next.chars().next();
            if matches!(first, Some(' ' | '\t' | '\n' | '\r' | '#') | None) {
                out.push('\n');
            } else {
                out.push_str(next);
                break;
            }
        }
    }
    found.then_some(out)
}

#[cfg(test)]
mod tests {
    use super::{read, without_expectations};

    #[test]
    fn texts_only_profiles_keep_their_lines_and_texts() {
        let text = "# chef\nrole: chef\nexpected:\n  \"1.1\": 3\n# a comment\n  1.2: not-applicable\n\ndescription: Leder\n";
        let pruned = without_expectations(text).unwrap();
        assert_eq!(pruned.lines().count(), text.lines().count());
        assert_eq!(pruned.lines().nth(7), Some("description: Leder"));
        let profile = read(&pruned).unwrap();
        assert_eq!(
            (
                profile.role.as_str(),
                profile.description.as_deref(),
                profile.expected.len()
            ),
            ("chef", Some("Leder"), 0)
        );
        assert_eq!(
            without_expectations("role: chef\nexpected: {1.1: 3}\n"),
            None
        );
    }
}
