//! The framework page and role pages of the bundled frameworks, in HTML and Markdown, in each
//! language: snapshots to read, and the properties every page must have.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use ramverk_i18n::Marking;
use ramverk_model::Framework;
use ramverk_publish::{
    Branding, Format, TemplateSource, Templates, Untranslated, framework_page, role_page,
};
use ramverk_render::language::Language;

fn framework_dir(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../frameworks")
        .join(name)
}

/// The bundled framework `name`, in `language` (its own when `None`), with the texts left in the
/// source language.
fn framework(name: &str, language: Option<&str>) -> (Framework, Untranslated) {
    let path = framework_dir(name);
    let loaded = ramverk_check::load(&path).expect("loads");
    let framework = loaded.framework.expect("a bundled framework builds");
    let Some(language) = language.filter(|language| *language != framework.language) else {
        return (framework, Untranslated::none());
    };
    let translation = ramverk_i18n::read_translation(&path, language).expect("reads");
    let localized =
        ramverk_i18n::localize(&framework, translation.as_ref(), language, Marking::Plain);
    let keys: HashSet<&str> = localized
        .fallbacks
        .iter()
        .map(|fallback| fallback.key.as_str())
        .collect();
    let pointers = ramverk_i18n::messages(&framework)
        .into_iter()
        .filter(|message| keys.contains(message.key.as_str()))
        .map(|message| message.pointer.to_string())
        .collect();
    (
        localized.framework,
        Untranslated {
            language: localized.source_language,
            pointers,
        },
    )
}

fn templates(framework: &Framework) -> Templates {
    Templates::new(Language::of(&framework.language), &[]).expect("the built-in templates")
}

#[test]
fn framework_pages_of_the_bundled_frameworks() {
    for name in [
        "stockholm-kultur",
        "kl-kompetencehjul",
        "kl-kompetencekatalog",
    ] {
        let (framework, untranslated) = framework(name, None);
        let templates = templates(&framework);
        let branding = Branding::default();
        let html = framework_page(
            &templates,
            &framework,
            &untranslated,
            &branding,
            Format::Html,
        )
        .unwrap();
        assert_page(&html);
        insta::assert_snapshot!(format!("{name}.html"), html);
        let markdown = framework_page(
            &templates,
            &framework,
            &untranslated,
            &branding,
            Format::Markdown,
        )
        .unwrap();
        insta::assert_snapshot!(format!("{name}.md"), markdown);
    }
}

#[test]
fn role_pages_in_each_language() {
    for language in ["sv", "da", "en"] {
        let (framework, untranslated) = framework("stockholm-kultur", Some(language));
        let templates = templates(&framework);
        let branding = Branding::default();
        let html = role_page(
            &templates,
            &framework,
            "bibliotekarie",
            &untranslated,
            &branding,
            Format::Html,
        )
        .unwrap();
        assert_page(&html);
        insta::assert_snapshot!(
            format!("stockholm-kultur-bibliotekarie-{language}.html"),
            html
        );
        let markdown = role_page(
            &templates,
            &framework,
            "bibliotekarie",
            &untranslated,
            &branding,
            Format::Markdown,
        )
        .unwrap();
        insta::assert_snapshot!(
            format!("stockholm-kultur-bibliotekarie-{language}.md"),
            markdown
        );
    }
}

/// What every HTML page must have: a language, one h1, no external requests (a link is no
/// request: `<a href="http…">` is fine, `<link href="http…">` is not).
fn assert_page(html: &str) {
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\""), "{html}");
    assert_eq!(html.matches("<h1").count(), 1);
    for external in ["src=\"http", "url(", "@import"] {
        assert!(!html.contains(external), "{external}");
    }
    assert_eq!(
        html.matches("href=\"http").count(),
        html.matches("<a href=\"http").count(),
        "only links go out of the page"
    );
}

/// The framework page of `framework`, `untranslated` naming the texts left in the source
/// language.
fn page(framework: &Framework, untranslated: &Untranslated, format: Format) -> String {
    framework_page(
        &templates(framework),
        framework,
        untranslated,
        &Branding::default(),
        format,
    )
    .expect("the page renders")
}

/// The framework page of `framework` in HTML and Markdown, in its own language.
fn pages(framework: &Framework) -> (String, String) {
    let none = Untranslated::none();
    (
        page(framework, &none, Format::Html),
        page(framework, &none, Format::Markdown),
    )
}

#[test]
fn statements_outcomes_steps_glossary_and_licence_are_on_the_page() {
    let framework = ramverk_testkit::framework_at("tests/fixtures/valid/statements");
    let (html, markdown) = pages(&framework);
    assert_page(&html);
    insta::assert_snapshot!("statements.html", html);
    insta::assert_snapshot!("statements.md", markdown);
    // Statements by level, outcomes by level and dimension, each with its id and labels.
    assert!(html.contains("<h4 class=\"part-heading\">Competence statements</h4>\n<h5 class=\"level-heading\">Level 1: Basic</h5>\n<ul class=\"statements\">\n<li id=\"statement-CS1.1.01\"><span class=\"id\">CS1.1.01</span> Use a search engine to find simple information. <span class=\"tag\">AI-Implicit</span></li>"), "{html}");
    assert!(html.contains("<h5 class=\"level-heading\">Level 2: Intermediate</h5>\n<h6 class=\"dimension-heading\">Attitude</h6>\n<ul class=\"outcomes\">\n<li id=\"outcome-LO1.1.02\">"), "{html}");
    // Its levels are described by statements: no table of levels all "not described".
    assert!(!html.contains("<table class=\"levels\">"), "{html}");
    // The scale: purpose, and the steps with their equivalents in the other scheme.
    assert!(html.contains("<th scope=\"col\">Purpose</th>"), "{html}");
    assert!(
        html.contains("<th scope=\"col\">Equivalent in A1–C2</th>"),
        "{html}"
    );
    assert!(html.contains("<tr><th scope=\"row\" class=\"rank\">4</th><td>2 Intermediate</td><td></td><td>B2</td></tr>"), "{html}");
    // The glossary, linked from the table of contents; the licence at the top and in the footer.
    assert!(
        html.contains("<li><a href=\"#glossary\">Glossary</a></li>"),
        "{html}"
    );
    assert!(html.contains("<dt id=\"term-search-engine\">Search engine</dt><dd>A program that finds pages on the web.</dd>"), "{html}");
    let licence = "<a href=\"https://creativecommons.org/licenses/by-sa/4.0/\">CC-BY-SA-4.0</a>";
    assert!(
        html.contains(&format!("<dt>Licence</dt><dd>{licence}</dd>")),
        "{html}"
    );
    let footer = &html[html.find("<footer").expect("a footer")..];
    assert!(footer.contains(licence), "{footer}");
    assert!(
        footer.contains("Adapted from an example, CC BY-SA 4.0."),
        "{footer}"
    );
    // Markdown: the same, in headings and lists.
    assert!(markdown.contains("#### Competence statements\n\n##### Level 1: Basic\n\n- **CS1.1.01** Use a search engine to find simple information. (AI-Implicit)\n"), "{markdown}");
    assert!(markdown.contains("###### Knowledge\n\n- **LO1.1.01** Know that search results are ranked. (AI-Explicit)\n"), "{markdown}");
    assert!(
        markdown.contains(
            "## Glossary\n\n- **Search engine:** A program that finds pages on the web.\n"
        ),
        "{markdown}"
    );
    assert!(
        markdown.contains(
            "## Licence\n\n[CC-BY-SA-4.0](https://creativecommons.org/licenses/by-sa/4.0/)\n"
        ),
        "{markdown}"
    );
}

#[test]
fn in_another_language_the_fixed_words_follow_and_texts_left_untranslated_say_their_language() {
    let mut framework = ramverk_testkit::framework_at("tests/fixtures/valid/statements");
    framework.language = "sv".into();
    let untranslated = Untranslated {
        language: "en".into(),
        pointers: ["/areas/0/competences/0/statements/0/text".to_owned()].into(),
    };
    let html = page(&framework, &untranslated, Format::Html);
    for words in [
        "<h4 class=\"part-heading\">Kompetenspåståenden</h4>",
        "<h4 class=\"part-heading\">Lärandemål</h4>",
        "<h5 class=\"level-heading\">Nivå 1: Basic</h5>",
        "<h6 class=\"dimension-heading\">Förhållningssätt</h6>",
        "<h2 id=\"glossary\">Ordlista</h2>",
        "<th scope=\"col\">Syfte</th>",
        "<th scope=\"col\">Motsvarar i A1–C2</th>",
        "<h2>Licens</h2>",
    ] {
        assert!(html.contains(words), "{words} in {html}");
    }
    // A statement left in English, the labels and the licence (never translated) say so.
    assert!(html.contains("<span lang=\"en\">Use a search engine to find simple information.</span> <span class=\"tag\"><span lang=\"en\">AI-Implicit</span></span>"), "{html}");
    assert!(html.contains("<li id=\"statement-CS1.1.02\"><span class=\"id\">CS1.1.02</span> Refine a search strategy.</li>"), "{html}");
    assert!(
        html.contains("<p lang=\"en\">Adapted from an example, CC BY-SA 4.0.</p>"),
        "{html}"
    );
}

#[test]
fn the_digcomp_page_shows_every_statement_outcome_step_and_term() {
    let framework = ramverk_testkit::framework("digcomp-3");
    let (html, markdown) = pages(&framework);
    assert_page(&html);
    assert_eq!(html.matches("<li id=\"statement-").count(), 362);
    assert_eq!(html.matches("<li id=\"outcome-").count(), 523);
    assert_eq!(html.matches("<dt id=\"term-").count(), 126);
    let steps = &html[html
        .find("<table class=\"scale-steps\">")
        .expect("the steps")..];
    let steps = &steps[..steps.find("</table>").expect("the table's end")];
    assert_eq!(steps.matches("<tr><th scope=\"row\"").count(), 8);
    // Every outcome's dimension is a heading of its own: at most three per level and competence.
    let dimensions = ["Knowledge", "Skill", "Attitude"]
        .iter()
        .map(|word| {
            html.matches(&format!("<h6 class=\"dimension-heading\">{word}</h6>"))
                .count()
        })
        .sum::<usize>();
    assert!(dimensions > 0 && dimensions <= 21 * 4 * 3, "{dimensions}");
    assert_eq!(markdown.matches("\n- **CS").count(), 362);
    assert_eq!(markdown.matches("\n- **LO").count(), 523);
    // A large framework gives a large page, but one that grows with the framework, not faster.
    assert!(html.len() < 1_500_000, "{} bytes", html.len());
}

#[test]
fn an_untranslated_passage_carries_its_own_language() {
    let (mut framework, mut untranslated) = framework("stockholm-kultur", None);
    framework.language = "en".into();
    untranslated.language = "sv".into();
    untranslated
        .pointers
        .insert("/areas/0/competences/0/definition".into());
    let html = page(&framework, &untranslated, Format::Html);
    let definition = framework.areas[0].competences[0]
        .definition
        .clone()
        .unwrap();
    assert!(
        html.contains(&format!(
            "<p class=\"definition\" lang=\"sv\">{definition}</p>"
        )),
        "{html}"
    );
    assert!(html.contains("<html lang=\"en\">"));
}

#[test]
fn a_role_page_shows_only_the_roles_competences_with_the_expected_level_marked() {
    let (mut framework, untranslated) = framework("stockholm-kultur", None);
    let profile = framework
        .profiles
        .iter_mut()
        .find(|profile| profile.role == "bibliotekarie")
        .unwrap();
    profile.expected.retain(|id, _| id == "1.1");
    profile
        .expected
        .insert("1.1".into(), ramverk_model::Expectation::Level(2));
    let html = role_page(
        &templates(&framework),
        &framework,
        "bibliotekarie",
        &untranslated,
        &Branding::default(),
        Format::Html,
    )
    .unwrap();
    assert_eq!(html.matches("<article class=\"competence\"").count(), 1);
    assert_eq!(html.matches("<section class=\"area\"").count(), 1);
    assert!(html.contains("Förväntad nivå</strong>"), "{html}");
    assert_eq!(html.matches("<tr class=\"expected\">").count(), 1);
    assert!(
        html.contains("<tr class=\"expected\"><th scope=\"row\"><span class=\"rank\">2</span>")
    );
    let Err(error) = role_page(
        &templates(&framework),
        &framework,
        "bibliotekarei",
        &untranslated,
        &Branding::default(),
        Format::Html,
    ) else {
        panic!("an unknown role is an error");
    };
    assert!(error.to_string().contains("bibliotekarei"), "{error}");
}

#[test]
fn hostile_framework_text_is_escaped() {
    let (mut framework, untranslated) = framework("stockholm-kultur", None);
    let competence = &mut framework.areas[0].competences[0];
    competence.title = "<script>alert(1)</script> | [x](javascript:alert(1))".into();
    competence.definition = Some("</td></tr></table><img src=x onerror=alert(1)>".into());
    competence.examples = vec!["| a | b |\n# heading".into()];
    let templates = templates(&framework);
    let branding = Branding::default();
    let html = framework_page(
        &templates,
        &framework,
        &untranslated,
        &branding,
        Format::Html,
    )
    .unwrap();
    assert!(!html.contains("<script>alert"), "{html}");
    assert!(!html.contains("</td></tr></table><img"), "{html}");
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    let markdown = framework_page(
        &templates,
        &framework,
        &untranslated,
        &branding,
        Format::Markdown,
    )
    .unwrap();
    assert!(
        markdown.contains("\\<script\\>alert(1)\\</script\\> \\| \\[x\\](javascript:alert(1))"),
        "{markdown}"
    );
    assert!(
        markdown.contains("- \\| a \\| b \\| \\# heading\n"),
        "{markdown}"
    );
    assert!(!markdown.contains("[x](javascript"), "{markdown}");
}

#[test]
fn a_user_template_changes_the_output() {
    let (framework, untranslated) = framework("kl-kompetencehjul", None);
    let overrides = [TemplateSource {
        name: "framework.md".into(),
        origin: "mine/framework.md.hbs".into(),
        text: "Ours: {{text framework.title}} ({{#each areas}}{{id}} {{/each}})\n".into(),
    }];
    let templates = Templates::new(Language::Danish, &overrides).unwrap();
    let markdown = framework_page(
        &templates,
        &framework,
        &untranslated,
        &Branding::default(),
        Format::Markdown,
    )
    .unwrap();
    assert!(markdown.starts_with("Ours: "), "{markdown}");
    let ids: Vec<&str> = framework
        .areas
        .iter()
        .map(|area| area.id.as_str())
        .collect();
    assert!(markdown.contains(&ids.join(" ")), "{markdown}");
}

#[test]
fn a_misspelt_field_is_refused_even_in_a_branch_not_taken() {
    let cases = [
        // Taken: the framework has areas.
        ("{{#each areas}}{{titel}}{{/each}}", 1, "titel"),
        // Never taken: no framework has a competence without id; still an error.
        (
            "{{#each areas}}{{#each competences}}\n{{#unless id}}{{definiton.text}}{{/unless}}{{/each}}{{/each}}",
            2,
            "definiton",
        ),
        (
            "{{#if false}}\n\n{{framework.versoin}}{{/if}}",
            3,
            "versoin",
        ),
        ("{{t \"no-such-message\"}}", 1, "no-such-message"),
        ("{{shout framework.title}}", 1, "shout"),
        ("{{> _nope.html}}", 1, "_nope.html"),
    ];
    for (text, line, field) in cases {
        let overrides = [TemplateSource {
            name: "framework.html".into(),
            origin: "mine/framework.html.hbs".into(),
            text: text.into(),
        }];
        let Err(error) = Templates::new(Language::English, &overrides) else {
            panic!("{text} is refused");
        };
        let message = error.to_string();
        assert!(
            message.starts_with(&format!("mine/framework.html.hbs:{line}:")),
            "{message}"
        );
        assert!(message.contains(field), "{message}");
    }
}
