//! The translation review of December 2026 (docs/translation-review-2026-12.md) stays applied:
//! its errors fixed, its glossary choices kept, every bundled translation complete and current.

use std::path::{Path, PathBuf};

use ramverk_i18n::{self as i18n, Glossary, Translation, TranslationState, messages};

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn translation(framework: &str, language: &str) -> Translation {
    i18n::read_translation(&workspace().join("frameworks").join(framework), language)
        .unwrap()
        .unwrap_or_else(|| panic!("{framework} has no {language} translation"))
}

fn glossary(pair: &str) -> Glossary {
    Glossary::read(&workspace().join("glossaries").join(format!("{pair}.yaml"))).unwrap()
}

/// The agreed translation of `source` in the glossary of `pair`.
fn term(pair: &str, source: &str) -> String {
    glossary(pair)
        .terms
        .into_iter()
        .find(|term| term.source == source)
        .unwrap_or_else(|| panic!("glossaries/{pair}.yaml has no term `{source}`"))
        .target
}

const LOCALES: [(&str, &str); 6] = [
    ("stockholm-kultur", "da"),
    ("stockholm-kultur", "en"),
    ("kl-kompetencehjul", "en"),
    ("kl-kompetencehjul", "sv"),
    ("kl-kompetencekatalog", "en"),
    ("kl-kompetencekatalog", "sv"),
];

#[test]
fn the_review_s_errors_stay_fixed() {
    // (framework, locale, key, a passage the fixed text has): the review's seven errors.
    let fixed = [
        // DA-1: the EU's Danish DigComp term, not the calque "datakyndighed".
        (
            "stockholm-kultur",
            "da",
            "area:1:title",
            "Informations- og datakendskab",
        ),
        (
            "stockholm-kultur",
            "da",
            "area:1:motivation",
            "informations- og datakendskab",
        ),
        (
            "stockholm-kultur",
            "da",
            "competence:1.1:descriptor:5",
            "informations- og datakendskab",
        ),
        (
            "stockholm-kultur",
            "da",
            "competence:1.2:descriptor:5",
            "informations- og datakendskab",
        ),
        // DA-2
        (
            "stockholm-kultur",
            "da",
            "competence:1.2:example:5",
            "medie- og informationskompetence (MIK)",
        ),
        // EN-1
        (
            "stockholm-kultur",
            "en",
            "role:verksamhetsutvecklare:title",
            "Business developer",
        ),
        // EK-1
        (
            "kl-kompetencehjul",
            "en",
            "competence:teknologiforstaaelse.2:description",
            "Digital opportunities require technology to be considered critically as part of developing the core task.",
        ),
    ];
    for (framework, language, key, passage) in fixed {
        let translation = translation(framework, language);
        let entry = translation
            .get(key)
            .unwrap_or_else(|| panic!("{framework} {language}: no {key}"));
        assert!(
            entry.text.contains(passage),
            "{framework} {language} {key}: {:?} lacks {passage:?}",
            entry.text
        );
        // Changed through `ramverk i18n merge` of a PO file: translated, not yet reviewed.
        assert_eq!(
            entry.state,
            TranslationState::Translated,
            "{framework} {language} {key}"
        );
    }
    assert_eq!(
        translation("stockholm-kultur", "da")
            .get("area:1:title")
            .unwrap()
            .text,
        "Informations- og datakendskab"
    );
    assert_eq!(
        translation("stockholm-kultur", "en")
            .get("role:verksamhetsutvecklare:title")
            .unwrap()
            .text,
        "Business developer"
    );
}

#[test]
fn no_rejected_wording_is_left() {
    // (framework, locale, wording the review rejected, its finding).
    let rejected = [
        ("stockholm-kultur", "en", "the operations", "EN-3"),
        ("stockholm-kultur", "en", "Operations developer", "EN-1"),
        ("stockholm-kultur", "en", "System administrator", "EN-7"),
        ("stockholm-kultur", "en", " my ", "EN-4"),
        ("stockholm-kultur", "en", "myself", "EN-4"),
        (
            "stockholm-kultur",
            "en",
            "competence profile",
            "section 5, item 7",
        ),
        (
            "stockholm-kultur",
            "en",
            "business system",
            "section 5, item 7",
        ),
        ("stockholm-kultur", "da", "kyndighed", "DA-1, DA-2"),
        ("stockholm-kultur", "da", "Tovholder", "DA-8"),
        ("kl-kompetencehjul", "en", "prerequisite", "EK-6"),
        ("kl-kompetencehjul", "en", "data processor", "EK-2"),
        (
            "kl-kompetencehjul",
            "en",
            "specialist system",
            "section 5, item 7",
        ),
        ("kl-kompetencekatalog", "en", "prerequisite", "EK-6"),
        (
            "kl-kompetencekatalog",
            "en",
            "specific users' specific",
            "EK-5",
        ),
        (
            "kl-kompetencekatalog",
            "en",
            "specialist system",
            "section 5, item 7",
        ),
        ("kl-kompetencekatalog", "sv", "körningar", "SV-1"),
        (
            "kl-kompetencekatalog",
            "sv",
            "och förvaltningslagen",
            "SV-2",
        ),
        (
            "kl-kompetencekatalog",
            "sv",
            "planera digitalt innehåll",
            "SV-3",
        ),
    ];
    for (framework, language, wording, finding) in rejected {
        let translation = translation(framework, language);
        let found: Vec<&str> = translation
            .entries
            .iter()
            .filter(|entry| {
                // "line-of-business system" is the agreed term, "business system" alone is not.
                let text = entry.text.to_lowercase().replace("line-of-business", "");
                text.contains(&wording.to_lowercase())
            })
            .map(|entry| entry.key.as_str())
            .collect();
        assert!(
            found.is_empty(),
            "{framework} {language}: {wording:?} ({finding}) is back in {found:?}"
        );
    }
}

#[test]
fn the_glossaries_keep_the_review_s_term_choices() {
    assert_eq!(term("sv-en", "Verksamhetsutvecklare"), "Business developer");
    assert_eq!(term("sv-en", "Systemansvarig"), "System manager");
    assert_ne!(term("sv-en", "verksamheten"), "the operations");
    assert_eq!(term("sv-da", "datakunnighet"), "datakendskab");
    assert_eq!(
        term("sv-da", "Medie- och informationskunnighet (MIK)"),
        "medie- og informationskompetence (MIK)"
    );
    assert_eq!(term("da-en", "forudsætninger"), "circumstances");
    assert_eq!(term("da-sv", "behandle data"), "bearbeta data");
    // One English term each for the same concept in the Swedish and the Danish frameworks.
    assert_eq!(
        term("sv-en", "kompetensprofil"),
        term("da-en", "kompetenceprofil")
    );
    assert_eq!(
        term("sv-en", "verksamhetssystem"),
        term("da-en", "fagsystem")
    );
}

#[test]
fn every_bundled_translation_is_complete_and_current() {
    for (name, language) in LOCALES {
        let path = workspace().join("frameworks").join(name);
        let framework = ramverk_check::load(&path).unwrap().framework.unwrap();
        let translation = translation(name, language);
        let status = i18n::status(
            &messages(&framework),
            Some(&translation),
            language,
            PathBuf::new(),
        );
        let counts = &status.counts;
        assert_eq!(
            (counts.stale, counts.missing, counts.initial),
            (0, 0, 0),
            "{name} {language}: {counts:?}"
        );
        assert_eq!(counts.done(), counts.total, "{name} {language}");
        assert!(
            status.obsolete.is_empty(),
            "{name} {language}: {:?}",
            status.obsolete
        );
    }
}
