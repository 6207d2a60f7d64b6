//! Texts a reader sees: not empty, trimmed, no invisible characters, no mixed alphabets.

use unicode_script::{Script, UnicodeScript};

use crate::Context;
use ramverk_model::Framework;
use ramverk_source::Code;
use ramverk_source::Diagnostic;
use ramverk_source::{Pointer, Step};

/// Checks every human-readable text of the framework.
pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    // Profiles hold ids and levels, not prose, apart from a description: leave them out of the
    // walk (they are most of a large framework) and check their descriptions apart.
    let without_profiles = without_profiles(cx.framework);
    let Ok(json) = serde_json::to_value(&without_profiles) else {
        return;
    };
    visit(&json, &mut Pointer::root(), &mut |pointer, text| {
        check_text(cx, &json, pointer, text, out)
    });
    for (index, profile) in cx.framework.profiles.iter().enumerate() {
        if let Some(description) = &profile.description {
            let at = Pointer::root()
                .key("profiles")
                .index(index)
                .key("description");
            let profile_json = serde_json::json!({ "profiles": [{ "role": profile.role }] });
            check_text(cx, &profile_json, &at, description, out);
        }
    }
}

/// A copy of the framework without its profiles (cheap next to copying 200 × 10,000 levels).
fn without_profiles(f: &Framework) -> Framework {
    Framework {
        id: f.id.clone(),
        title: f.title.clone(),
        version: f.version.clone(),
        language: f.language.clone(),
        status: f.status,
        adopted: f.adopted.clone(),
        publisher: f.publisher.clone(),
        description: f.description.clone(),
        licence: f.licence.clone(),
        sources: f.sources.clone(),
        vocabulary: f.vocabulary.clone(),
        guidance: f.guidance.clone(),
        scales: f.scales.clone(),
        rating_scale: f.rating_scale.clone(),
        motivation_scale: f.motivation_scale.clone(),
        areas: f.areas.clone(),
        roles: f.roles.clone(),
        profiles: Vec::new(),
        glossary: f.glossary.clone(),
        corrections: f.corrections.clone(),
        notes: f.notes.clone(),
        accepted: f.accepted.clone(),
    }
}

/// Calls `f` with every string in `value` and its pointer; `at` is the path so far, grown and
/// shrunk in place.
fn visit(value: &serde_json::Value, at: &mut Pointer, f: &mut dyn FnMut(&Pointer, &str)) {
    match value {
        serde_json::Value::String(text) => f(at, text),
        serde_json::Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                at.0.push(Step::Index(index));
                visit(item, at, f);
                at.0.pop();
            }
        }
        serde_json::Value::Object(fields) => {
            for (key, field) in fields {
                at.0.push(Step::Key(key.clone()));
                visit(field, at, f);
                at.0.pop();
            }
        }
        _ => {}
    }
}

fn check_text(
    cx: &Context,
    json: &serde_json::Value,
    at: &Pointer,
    text: &str,
    out: &mut Vec<Diagnostic>,
) {
    let empty = text.trim().is_empty();
    let untrimmed = !empty && text.trim() != text;
    let plain = text
        .bytes()
        .all(|b| b.is_ascii_graphic() || b == b' ' || b == b'\n');
    let invisible = if plain {
        None
    } else {
        text.chars().find(|&c| is_invisible(c))
    };
    let mixed: Vec<(&str, String)> = if plain || text.chars().all(|c| c < '\u{0370}') {
        Vec::new() // nothing from the Greek or Cyrillic blocks
    } else {
        text.split(|c: char| !c.is_alphanumeric())
            .filter_map(|word| mixed_script_fix(word).map(|fixed| (word, fixed)))
            .collect()
    };
    if !empty && !untrimmed && invisible.is_none() && mixed.is_empty() {
        return; // the common case: nothing to report, and no need to name the text
    }
    let what = describe(json, at);
    if empty {
        out.push(
            cx.finding(Code::EmptyText, format!("{what} is empty"), at, "empty")
                .help("write the text, or leave the field out if it is optional"),
        );
        return;
    }
    if untrimmed {
        out.push(
            cx.finding(Code::UntrimmedText, format!("{what} starts or ends with white space"), at, "extra white space")
                .help("remove the leading or trailing spaces or line breaks (use `>-` or `|-` for block texts)"),
        );
    }
    if let Some(c) = invisible {
        out.push(
            Diagnostic::new(
                Code::InvisibleCharacter,
                format!("{what} contains the invisible character U+{:04X}", c as u32),
            )
            .at_text(cx.map, at, &c.to_string(), "invisible character here")
            .help("delete it; invisible characters break search and comparison"),
        );
    }
    for (word, fixed) in mixed {
        out.push(
            Diagnostic::new(Code::MixedScript, format!("the word `{word}` in {what} mixes Latin letters with Cyrillic or Greek look-alikes"))
                .at_text(cx.map, at, word, "mixed alphabets")
                .help(format!("type it in Latin letters: `{fixed}`"))
                .note(format!("non-Latin letters: {}", foreign_letters(word))),
        );
    }
}

/// Names the text a pointer leads to in the users' words: "title of competence `1.2`".
pub fn describe(json: &serde_json::Value, pointer: &Pointer) -> String {
    let mut node = json;
    let mut owners: Vec<String> = Vec::new();
    let mut field: Vec<String> = Vec::new();
    let mut parent_key = String::new();
    for step in &pointer.0 {
        let next = match step {
            Step::Key(key) => node.get(key),
            Step::Index(index) => node.get(*index).or_else(|| node.get(index.to_string())),
        };
        let Some(next) = next else { break };
        match step {
            Step::Index(index) if parent_key == "descriptors" => {
                field.pop();
                field.push(format!("descriptor {index}"));
            }
            Step::Index(index) => match item_name(&parent_key, next) {
                Some(name) => {
                    owners.push(name);
                    field.clear();
                }
                None => field.push(format!("{} {}", singular(&parent_key), index + 1)),
            },
            Step::Key(key) => {
                if parent_key == "descriptors" {
                    field.pop();
                    field.push(format!("descriptor {key}"));
                } else {
                    field.push(key.replace('_', " "));
                }
                parent_key = key.clone();
            }
        }
        node = next;
    }
    let field = field.last().cloned().unwrap_or_else(|| "text".into());
    match owners.last() {
        Some(owner) if owners.len() > 1 && owner.starts_with("level") => {
            format!("{field} of {owner} of {}", owners[owners.len() - 2])
        }
        Some(owner) => format!("{field} of {owner}"),
        None => format!("framework {field}"),
    }
}

fn item_name(list: &str, item: &serde_json::Value) -> Option<String> {
    let id = item
        .get("id")
        .or_else(|| item.get("role"))
        .or_else(|| item.get("rank"))?;
    let id = id.as_str().map_or_else(|| id.to_string(), str::to_owned);
    Some(format!("{} `{id}`", singular(list)))
}

fn singular(list: &str) -> String {
    match list {
        "guidance" => "principle".into(),
        "glossary" => "term".into(),
        "competences" => "competence".into(),
        "learning_activities" => "learning activity".into(),
        other => other.strip_suffix('s').unwrap_or(other).replace('_', " "),
    }
}

fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}' | '\u{00AD}' | '\u{202A}'..='\u{202E}')
        || (c.is_control() && c != '\n' && c != '\t')
}

fn is_foreign(c: char) -> bool {
    matches!(c.script(), Script::Cyrillic | Script::Greek)
}

/// For a word with both Latin and Cyrillic/Greek letters, the word with look-alikes replaced.
pub fn mixed_script_fix(word: &str) -> Option<String> {
    let latin = word.chars().any(|c| c.script() == Script::Latin);
    let foreign = word.chars().any(is_foreign);
    (latin && foreign).then(|| {
        word.chars()
            .map(|c| if is_foreign(c) { look_alike(c) } else { c })
            .collect()
    })
}

fn foreign_letters(word: &str) -> String {
    word.chars()
        .filter(|&c| is_foreign(c))
        .map(|c| format!("`{c}` U+{:04X} ({:?})", c as u32, c.script()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The Latin letter a Cyrillic or Greek letter is mistaken for.
fn look_alike(c: char) -> char {
    const PAIRS: &[(char, char)] = &[
        ('а', 'a'),
        ('в', 'b'),
        ('е', 'e'),
        ('ё', 'ë'),
        ('к', 'k'),
        ('м', 'm'),
        ('н', 'h'),
        ('о', 'o'),
        ('р', 'p'),
        ('с', 'c'),
        ('т', 't'),
        ('у', 'y'),
        ('х', 'x'),
        ('і', 'i'),
        ('ј', 'j'),
        ('ѕ', 's'),
        ('А', 'A'),
        ('В', 'B'),
        ('Е', 'E'),
        ('К', 'K'),
        ('М', 'M'),
        ('Н', 'H'),
        ('О', 'O'),
        ('Р', 'P'),
        ('С', 'C'),
        ('Т', 'T'),
        ('У', 'Y'),
        ('Х', 'X'),
        ('І', 'I'),
        ('Ј', 'J'),
        ('Ѕ', 'S'),
        ('α', 'a'),
        ('ο', 'o'),
        ('ρ', 'p'),
        ('ν', 'v'),
        ('ι', 'i'),
        ('κ', 'k'),
        ('τ', 't'),
        ('υ', 'u'),
        ('Α', 'A'),
        ('Β', 'B'),
        ('Ε', 'E'),
        ('Ζ', 'Z'),
        ('Η', 'H'),
        ('Ι', 'I'),
        ('Κ', 'K'),
        ('Μ', 'M'),
        ('Ν', 'N'),
        ('Ο', 'O'),
        ('Ρ', 'P'),
        ('Τ', 'T'),
        ('Υ', 'Y'),
        ('Χ', 'X'),
    ];
    PAIRS
        .iter()
        .find(|(foreign, _)| *foreign == c)
        .map_or(c, |(_, latin)| *latin)
}

#[cfg(test)]
mod tests {
    use super::mixed_script_fix;

    #[test]
    fn finds_cyrillic_in_swedish_word() {
        assert_eq!(
            mixed_script_fix("omarb\u{0435}\u{0442}\u{0430}").as_deref(),
            Some("omarbeta")
        );
    }

    #[test]
    fn describes_pointers_in_users_words() {
        use super::describe;
        use ramverk_source::Pointer;
        let json = serde_json::json!({
            "title": "T",
            "areas": [{"id": "1", "title": "A", "competences": [{"id": "1.1", "title": "C", "descriptors": {"3": "x"}, "examples": ["e"]}]}],
            "scales": [{"id": "niva", "levels": [{"rank": 1, "label": ""}]}],
        });
        assert_eq!(
            describe(&json, &Pointer::parse("/title")),
            "framework title"
        );
        assert_eq!(
            describe(&json, &Pointer::parse("/areas/0/competences/0/title")),
            "title of competence `1.1`"
        );
        assert_eq!(
            describe(
                &json,
                &Pointer::parse("/areas/0/competences/0/descriptors/3")
            ),
            "descriptor 3 of competence `1.1`"
        );
        assert_eq!(
            describe(&json, &Pointer::parse("/areas/0/competences/0/examples/0")),
            "example 1 of competence `1.1`"
        );
        assert_eq!(
            describe(&json, &Pointer::parse("/scales/0/levels/0/label")),
            "label of level `1` of scale `niva`"
        );
    }

    #[test]
    fn leaves_pure_words_alone() {
        assert_eq!(mixed_script_fix("omarbeta"), None);
        assert_eq!(mixed_script_fix("привет"), None);
        assert_eq!(mixed_script_fix("Biblioteksvärd"), None);
    }
}
