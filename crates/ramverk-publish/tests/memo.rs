//! The review memo (HTML and Markdown) of the diff fixtures and of the Stockholm pilot against
//! the approved version, in Swedish, Danish and English.

use std::path::{Path, PathBuf};

use ramverk_model::Framework;
use ramverk_publish::{Branding, memo};
use ramverk_render::language::Language;

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn load(path: &str) -> Framework {
    let loaded = ramverk_check::load(&workspace().join(path)).expect("loads");
    loaded.framework.expect("a framework")
}

const BASE: &str = "tests/fixtures/diff/base";
const CHANGED: &str = "tests/fixtures/diff/changed";
const PILOT: &str = "frameworks/stockholm-kultur/history/0.9.0";
const STOCKHOLM: &str = "frameworks/stockholm-kultur";

/// The memo of `old` → `new` as HTML and Markdown in `language`.
fn memos(old: &str, new: &str, language: Language) -> (String, String) {
    let (old, new) = (load(old), load(new));
    let diff = ramverk_review::diff::diff(&old, &new);
    let html = memo::html(&diff, (&old, &new), language, &Branding::default(), &[]).unwrap();
    let markdown = memo::markdown(&diff, (&old, &new), language, &[]).unwrap();
    if let Some(dir) = std::env::var_os("RAMVERK_MEMO_OUT") {
        let name = format!("{}-{}", new.version, language.tag());
        std::fs::write(Path::new(&dir).join(format!("{name}.html")), &html).unwrap();
        std::fs::write(Path::new(&dir).join(format!("{name}.md")), &markdown).unwrap();
    }
    (html, markdown)
}

#[test]
fn the_pilot_memo() {
    for language in [Language::Swedish, Language::Danish, Language::English] {
        let (html, markdown) = memos(PILOT, STOCKHOLM, language);
        insta::assert_snapshot!(format!("pilot-to-1.0.0.{}.html", language.tag()), html);
        insta::assert_snapshot!(format!("pilot-to-1.0.0.{}.md", language.tag()), markdown);
    }
}

#[test]
fn the_fixture_memo() {
    for language in [Language::Swedish, Language::Danish, Language::English] {
        let (html, markdown) = memos(BASE, CHANGED, language);
        insta::assert_snapshot!(format!("base-to-changed.{}.html", language.tag()), html);
        insta::assert_snapshot!(format!("base-to-changed.{}.md", language.tag()), markdown);
    }
}

/// Competence statements, learning outcomes, a step, the glossary and the licence, in an English
/// framework read in Swedish, Danish and English.
#[test]
fn the_statements_memo() {
    let (old, new) = (
        "tests/fixtures/diff/statements-base",
        "tests/fixtures/diff/statements-changed",
    );
    for language in [Language::Swedish, Language::Danish, Language::English] {
        let (html, markdown) = memos(old, new, language);
        insta::assert_snapshot!(format!("statements.{}.md", language.tag()), markdown);
        if language == Language::English {
            insta::assert_snapshot!("statements.en.html", html);
        }
    }
    let (_, markdown) = memos(old, new, Language::Swedish);
    for line in [
        "## Kompetenspåståenden",
        "1 kompetenspåstående tillagt",
        "1 lärandemål ändrat",
        "1 term tillagd",
        // An added statement shows where it sits, not its text twice.
        "- **Kompetens**: Searching (1.1)\n- **Nivå**: 2\n- **Märkning**: AI-Explicit\n\n",
        "- **Kompetens**: ~~Searching (1.1)~~ → **Evaluating (1.2)**",
        "- **Typ av lärandemål**: ~~förhållningssätt~~ → **färdighet**",
        "- **Motsvarande nivå för steg 2**: ~~A2~~ → **A2+**",
        "- **Licensvillkor** (nytt): ",
    ] {
        assert!(markdown.contains(line), "{line:?} in\n{markdown}");
    }
}

#[test]
fn the_pilot_memo_reads_like_a_memo() {
    let (html, markdown) = memos(PILOT, STOCKHOLM, Language::Swedish);
    // Titles first, ids after and subdued; no "id title" run-together.
    assert!(!markdown.contains("definition-av-kompetens Definition av kompetens"));
    assert!(html.contains(
        "<h3>Definition av kompetens <span class=\"id\">definition-av-kompetens</span> <span class=\"state\">tillagd</span></h3>"
    ));
    // An added item shows what it holds: a reviewer reads the new competence, not only its title.
    assert!(
        markdown.contains(
            "### Processutveckling och förändringsledning (6.1) — tillagd\n\n\
             - **Kompetensområde**: Digitalisering (6)\n\
             - **Definition**: Kompetens att analysera påverkansfaktorer"
        ),
        "{markdown}"
    );
    assert!(markdown.contains(
        "- **Nivåbeskrivning för nivå 5**: Kan driva strategiska beslut och kan motivera"
    ));
    assert!(
        markdown
            .contains("### Identifiera digitala kompetensluckor (5.3, tidigare 5.4) — omnumrerad")
    );
    // Counts that agree with their noun: kompetensområde is neuter.
    assert!(
        markdown.contains("- 1 kompetensområde tillagt (Digitalisering)"),
        "{markdown}"
    );
    assert!(
        markdown
            .contains("1 kompetens borttagen (Kreativ och effektiv användning av digital teknik)")
    );
    assert!(markdown.contains("- Definition har lagts till i 12 kompetenser"));
    // No count of framework fields, but the fields named.
    assert!(!markdown.contains("35 ändrade"));
    assert!(markdown.contains("Ändrade uppgifter om ramverket: version, status, källa"));
    // The bump and why.
    assert!(markdown.contains("Ändringarna kräver en ny huvudversion, minst 1.0.0"));
    assert!(markdown.contains("Den nya versionen, 1.0.0, räcker."));
    assert!(
        markdown
            .contains("- 1 kompetens omnumrerad (Identifiera digitala kompetensluckor: 5.4 → 5.3)")
    );
    // Field values in Swedish.
    assert!(
        markdown.contains("- **Kräver nivåbeskrivningar**: ~~nej~~ → **ja**"),
        "{markdown}"
    );
    assert!(
        markdown.contains("- **Status**: ~~avvecklat~~ → **fastställt**"),
        "{markdown}"
    );
    assert!(!markdown.contains("~~deprecated~~") && !markdown.contains("~~no~~"));
    assert!(html.contains("<del class=\"whole\">nej</del>"), "{html}");
    // Expected levels by role, new roles said to be new.
    assert!(markdown.contains("### Bibliotekarie (bibliotekarie) — ny roll"));
    assert!(markdown.contains(
        "| Söka, navigera och filtrera data, information och digitalt innehåll (1.1) | 4 |"
    ));
}

#[test]
fn changed_words_are_marked_with_more_than_colour() {
    let (html, markdown) = memos(BASE, CHANGED, Language::Swedish);
    assert!(
        html.contains(
            "Kan söka <ins><span class=\"vh\">ny text: </span>och filtrera</ins> information"
        ),
        "{html}"
    );
    assert!(
        markdown.contains("Kan söka **och filtrera** information"),
        "{markdown}"
    );
    assert!(
        markdown.contains("- Exempel har tagits bort i 1 kompetens"),
        "{markdown}"
    );
    assert!(markdown.contains("- **Exempel** (borttaget): ~~Exempel är intranätet och diariet.~~"));
    assert!(markdown.contains("| Söka information (1.1) | 3 | 2 (sänkt) |"));
}

#[test]
fn every_language_has_its_own_grammar_and_marks_the_framework_language() {
    let (html, markdown) = memos(BASE, CHANGED, Language::English);
    assert!(
        markdown.contains("- Expected level raised for 2 roles in 1 competence"),
        "{markdown}"
    );
    assert!(markdown.contains("- Expected level lowered for 1 role in 1 competence"));
    assert!(markdown.contains("| Competence | Earlier level | New level |"));
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
    // The framework's Swedish texts in an English memo are marked as Swedish.
    assert!(
        html.contains("<span lang=\"sv\">Söka information</span>"),
        "{html}"
    );
    assert!(html.contains("<dd lang=\"sv\">"), "{html}");
    let (_, danish) = memos(BASE, CHANGED, Language::Danish);
    assert!(
        danish.contains("- Forventet niveau hævet for 2 roller i 1 kompetence"),
        "{danish}"
    );
    assert!(
        danish.contains("- 1 kompetence tilføjet (Dela information)"),
        "{danish}"
    );
}

#[test]
fn a_user_template_replaces_the_memo_and_a_misspelt_field_is_named() {
    let (old, new) = (load(BASE), load(CHANGED));
    let diff = ramverk_review::diff::diff(&old, &new);
    let template = |text: &str| ramverk_publish::TemplateSource {
        name: "memo.md".into(),
        origin: "my-templates/memo.md.hbs".into(),
        text: text.into(),
    };
    let own = [template("{{title.text}}: {{version.bump}}\n")];
    let markdown = memo::markdown(&diff, (&old, &new), Language::Swedish, &own).unwrap();
    assert_eq!(
        markdown,
        "Digital kompetens på exempelförvaltningen: major\n"
    );
    let misspelt = [template("{{title.txt}}\n")];
    let error = memo::markdown(&diff, (&old, &new), Language::Swedish, &misspelt)
        .unwrap_err()
        .to_string();
    // Refused when the template is loaded, before anything is rendered.
    assert!(
        error.starts_with("my-templates/memo.md.hbs:1:1: no field `txt` in `title`")
            && error.contains("did you mean `text`?"),
        "{error}"
    );
}

#[test]
fn titles_in_the_heading_and_summary_carry_their_language() {
    // A Danish memo of a Swedish framework: the Swedish titles inside Danish sentences are
    // marked, so that a screen reader reads them in a Swedish voice (WCAG 3.1.2).
    let (html, markdown) = memos(PILOT, STOCKHOLM, Language::Danish);
    assert!(
        html.contains("<h1>Ændringer i <span lang=\"sv\">Ramverk för digital kompetens på kulturförvaltningen</span></h1>"),
        "{html}"
    );
    assert!(html.contains(
        "<li>1 kompetenceområde tilføjet (<span lang=\"sv\">Digitalisering</span>)</li>"
    ));
    assert!(markdown.contains("- 1 kompetenceområde tilføjet (Digitalisering)"));
    // In the framework's own language nothing is marked.
    let (html, _) = memos(PILOT, STOCKHOLM, Language::Swedish);
    assert!(
        html.contains("<h1>Ändringar i Ramverk för digital kompetens på kulturförvaltningen</h1>")
    );
}
