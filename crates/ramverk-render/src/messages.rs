//! Fixed texts in Swedish, Danish and English as Fluent messages, with each language's plural rules.
//!
//! Every crate that writes text for people keeps its messages in `.ftl` files compiled into the
//! binary (`crates/ramverk-render/messages/<lang>.ftl` for this crate). A message is looked up by
//! id and formatted with named arguments; a number argument selects the plural form
//! (`{ $count -> [one] … *[other] … }`), a string argument a gender or another variant.

use std::borrow::Cow;
use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use super::language::Language;

/// This crate's messages, one Fluent resource per language.
const SOURCES: [(Language, &str); 3] = [
    (Language::Swedish, include_str!("../messages/sv.ftl")),
    (Language::Danish, include_str!("../messages/da.ftl")),
    (Language::English, include_str!("../messages/en.ftl")),
];

/// A Fluent resource that does not parse, or that defines a message twice.
#[derive(Debug, thiserror::Error)]
pub enum MessageError {
    #[error("{name}: Fluent syntax error at byte {start}: {kind}")]
    Syntax {
        name: String,
        start: usize,
        kind: String,
    },
    #[error("{name}: {message}")]
    Bundle { name: String, message: String },
}

/// The messages of one language: every resource given, in order.
pub struct Messages {
    language: Language,
    bundle: FluentBundle<FluentResource>,
}

/// Named arguments of a message: `Args::new().number("count", 2).text("gender", "neuter")`.
#[derive(Default)]
pub struct Args<'a>(FluentArgs<'a>);

impl<'a> Args<'a> {
    pub fn new() -> Args<'a> {
        Args(FluentArgs::new())
    }

    /// A number: it selects plural forms and prints as digits.
    pub fn number(mut self, name: &'a str, value: impl Into<f64>) -> Args<'a> {
        self.0.set(name, FluentValue::from(value.into()));
        self
    }

    /// A count of things (persons, competences): a number.
    pub fn count(self, name: &'a str, value: usize) -> Args<'a> {
        self.number(name, value as f64)
    }

    /// A text: printed as given, or matched against variant keys (`[neuter]`).
    pub fn text(mut self, name: &'a str, value: impl Into<Cow<'a, str>>) -> Args<'a> {
        self.0.set(name, FluentValue::String(value.into()));
        self
    }
}

/// This crate's Fluent source in `language`, for crates that add messages of their own.
pub fn source(language: Language) -> &'static str {
    SOURCES
        .iter()
        .find(|(l, _)| *l == language)
        .map(|(_, text)| *text)
        .expect("a source for every language")
}

impl Messages {
    /// The messages of `language` from the named Fluent sources (name, text), later ones
    /// adding to earlier ones. A syntax error or a message defined twice is an error naming
    /// the source.
    pub fn new(language: Language, sources: &[(&str, &str)]) -> Result<Messages, MessageError> {
        let mut bundle = FluentBundle::new_concurrent(vec![
            language
                .tag()
                .parse()
                .expect("the language tags sv, da and en parse"),
        ]);
        // The texts go into documents and terminals, not into bidirectional layouts: no isolation
        // marks around arguments.
        bundle.set_use_isolating(false);
        for (name, text) in sources {
            let resource = FluentResource::try_new((*text).to_owned()).map_err(|(_, errors)| {
                let first = &errors[0];
                MessageError::Syntax {
                    name: (*name).to_owned(),
                    start: first.pos.start,
                    kind: first.kind.to_string(),
                }
            })?;
            bundle
                .add_resource(resource)
                .map_err(|errors| MessageError::Bundle {
                    name: (*name).to_owned(),
                    message: errors
                        .iter()
                        .map(ToString::to_string)
                        .collect::<Vec<_>>()
                        .join("; "),
                })?;
        }
        Ok(Messages { language, bundle })
    }

    /// This crate's own messages in `language`.
    pub fn of(language: Language) -> &'static Messages {
        static ALL: LazyLock<[Messages; 3]> = LazyLock::new(|| {
            SOURCES.map(|(language, text)| {
                Messages::new(language, &[(language.tag(), text)])
                    .expect("the compiled-in messages parse (checked by the tests)")
            })
        });
        ALL.iter()
            .find(|messages| messages.language == language)
            .expect("messages for every language")
    }

    pub fn language(&self) -> Language {
        self.language
    }

    /// Whether a message with this id exists.
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// The message `id` without arguments.
    pub fn get(&self, id: &str) -> String {
        self.format(id, Args::new())
    }

    /// The message `id` formatted with `args`. An unknown id, or an attribute `id.attr` that does
    /// not exist, gives the id itself in brackets (the tests check every id in every language).
    pub fn format(&self, id: &str, args: Args<'_>) -> String {
        let (message_id, attribute) = match id.split_once('.') {
            Some((message, attribute)) => (message, Some(attribute)),
            None => (id, None),
        };
        let Some(message) = self.bundle.get_message(message_id) else {
            return format!("[{id}]");
        };
        let pattern = match attribute {
            Some(attribute) => message.get_attribute(attribute).map(|a| a.value()),
            None => message.value(),
        };
        let Some(pattern) = pattern else {
            return format!("[{id}]");
        };
        let mut errors = Vec::new();
        let text = self
            .bundle
            .format_pattern(pattern, Some(&args.0), &mut errors);
        text.into_owned()
    }

    /// The ids of every message in `source` (a Fluent text), in order: for tests that check that
    /// every language has every message.
    pub fn ids(source: &str) -> Vec<String> {
        use fluent_syntax::ast::Entry;
        let resource = match fluent_syntax::parser::parse(source) {
            Ok(resource) | Err((resource, _)) => resource,
        };
        resource
            .body
            .iter()
            .filter_map(|entry| match entry {
                Entry::Message(message) => Some(message.id.name.to_owned()),
                _ => None,
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::{Args, Language, Messages, SOURCES};

    #[test]
    fn every_language_has_every_message() {
        let english = Messages::ids(SOURCES[2].1);
        assert!(!english.is_empty());
        for (language, text) in SOURCES {
            let ids = Messages::ids(text);
            assert_eq!(
                ids, english,
                "{language:?} has other messages than English, or in another order"
            );
            let messages = Messages::of(language);
            for id in &ids {
                let text = messages.get(id);
                assert!(!text.starts_with('['), "{language:?} {id}: {text}");
            }
        }
    }

    /// Every message and attribute formats without a Fluent error (an unknown variable, a
    /// missing message reference) when given the arguments en.ftl documents, in every language.
    #[test]
    fn every_message_formats_without_errors() {
        use fluent_syntax::ast::Entry;
        for (language, text) in SOURCES {
            let messages = Messages::of(language);
            let resource = fluent_syntax::parser::parse(text).expect("parses");
            for entry in resource.body {
                let Entry::Message(message) = entry else {
                    continue;
                };
                let id = message.id.name;
                let found = messages.bundle.get_message(id).expect("in the bundle");
                let patterns = found
                    .value()
                    .into_iter()
                    .chain(found.attributes().map(|a| a.value()));
                for pattern in patterns {
                    for count in [0, 1, 2, 5] {
                        let args = Args::new()
                            .count("count", count)
                            .count("ratings", count)
                            .count("persons", count)
                            .count("needs", count)
                            .count("gap", count)
                            .count("rank", 3)
                            .count("min_group", 5)
                            .text("gender", "neuter")
                            .text("areas", "dimension")
                            .text("rule", "the rule")
                            .text("change", "changed")
                            .text("example", "5.3/definition")
                            .text("from", "sv");
                        let mut errors = Vec::new();
                        let text =
                            messages
                                .bundle
                                .format_pattern(pattern, Some(&args.0), &mut errors);
                        assert!(errors.is_empty(), "{language:?} {id}: {errors:?}");
                        assert!(!text.contains('{'), "{language:?} {id}: {text}");
                    }
                }
            }
        }
    }

    #[test]
    fn counts_choose_the_plural_form() {
        let sv = Messages::new(
            Language::Swedish,
            &[("t", "in-competences = i { $count } { $count ->\n [one] kompetens\n *[other] kompetenser\n}\n")],
        )
        .unwrap();
        assert_eq!(
            sv.format("in-competences", Args::new().count("count", 1)),
            "i 1 kompetens"
        );
        assert_eq!(
            sv.format("in-competences", Args::new().count("count", 2)),
            "i 2 kompetenser"
        );
        assert_eq!(
            sv.format("in-competences", Args::new().count("count", 0)),
            "i 0 kompetenser"
        );
        assert_eq!(sv.get("missing"), "[missing]");
    }

    #[test]
    fn a_syntax_error_names_its_source() {
        let Err(error) = Messages::new(Language::English, &[("broken.ftl", "= no id\n")]) else {
            panic!("a broken resource is an error");
        };
        assert!(error.to_string().starts_with("broken.ftl: "), "{error}");
    }

    #[test]
    fn a_message_defined_twice_is_an_error() {
        let result = Messages::new(Language::English, &[("a", "x = 1\n"), ("b", "x = 2\n")]);
        assert!(result.is_err());
    }
}
