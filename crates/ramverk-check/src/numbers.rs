//! Numbers the schema lets through but the model cannot hold, each a finding at its place: a
//! whole number written with a decimal point (`rank: 1.0`, `expected: 2.0`; JSON Schema counts
//! 1.0 as an integer) and a descriptor rank that is not a plain whole number from 0 to 255
//! (`"01"`, `"300"`). Without this they surface as one unlocated model error.

use serde_json::Value as Json;

use ramverk_source::{Code, Diagnostic, Pointer, SourceMap, Step, Target};

/// Every such number in the assembled document. Sound because the model has no fractional
/// field (`the_model_has_no_fractional_numbers` below): any number that is not whole-typed stands
/// where a whole number is wanted.
pub fn check(document: &Json, map: &SourceMap) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let mut path = Vec::new();
    walk(document, &mut path, map, &mut out);
    out
}

fn walk(value: &Json, path: &mut Vec<Step>, map: &SourceMap, out: &mut Vec<Diagnostic>) {
    match value {
        Json::Number(number) if number.is_f64() => {
            let at = Pointer(path.clone());
            let written = map
                .written_plain(&at, Target::Value)
                .map_or_else(|| number.to_string(), str::to_owned);
            let whole = number.as_f64().filter(|f| f.fract() == 0.0);
            let diagnostic = Diagnostic::new(
                Code::Schema,
                format!("`{at}`: `{written}` is not written as a whole number"),
            )
            .at(map, &at, "a whole number is expected here");
            out.push(match whole {
                Some(whole) => {
                    diagnostic.help(format!("write it without a decimal point: `{whole:.0}`"))
                }
                None => diagnostic.help("write a whole number, such as a level's rank"),
            });
        }
        Json::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                path.push(Step::Index(index));
                walk(item, path, map, out);
                path.pop();
            }
        }
        Json::Object(object) => {
            let descriptors = matches!(path.last(), Some(Step::Key(key)) if key == "descriptors");
            for (key, item) in object {
                path.push(Step::Key(key.clone()));
                if descriptors && !is_rank(key) {
                    out.push(bad_rank(key, &Pointer(path.clone()), map));
                }
                walk(item, path, map, out);
                path.pop();
            }
        }
        _ => {}
    }
}

/// A rank as the model reads it: 0 to 255, written plainly.
fn is_rank(key: &str) -> bool {
    key.parse::<u8>().is_ok_and(|rank| rank.to_string() == key)
}

fn bad_rank(key: &str, at: &Pointer, map: &SourceMap) -> Diagnostic {
    let diagnostic = Diagnostic::new(
        Code::Schema,
        format!("`{at}`: the descriptor key `{key}` is not a rank written as a whole number from 0 to 255"),
    )
    .at_target(map, at, Target::Key, "not a rank");
    match key.parse::<u64>() {
        Ok(rank) if rank <= 255 => {
            diagnostic.help(format!("write the rank without leading zeros: `{rank}`"))
        }
        _ => diagnostic.help("use the rank of a level of the rating scale (0 to 255)"),
    }
}

#[cfg(test)]
mod tests {
    /// The walk above takes every fractional-typed number for a misplaced whole number; a
    /// fractional field in the model would make that wrong.
    #[test]
    fn the_model_has_no_fractional_numbers() {
        let schema = crate::schema::schema_json();
        assert!(
            !schema.contains("\"number\""),
            "the schema has a fractional number type"
        );
        assert!(schema.contains("\"integer\""));
    }
}
