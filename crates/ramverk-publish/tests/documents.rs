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

/// What every HTML page must have: a language, one h1, no external requests.
fn assert_page(html: &str) {
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\""), "{html}");
    assert_eq!(html.matches("<h1").count(), 1);
    for external in ["src=\"http", "href=\"http", "url(", "@import"] {
        assert!(!html.contains(external), "{external}");
    }
}

#[test]
fn an_untranslated_passage_carries_its_own_language() {
    let (mut framework, mut untranslated) = framework("stockholm-kultur", None);
    framework.language = "en".into();
    untranslated.language = "sv".into();
    untranslated
        .pointers
        .insert("/areas/0/competences/0/definition".into());
    let html = framework_page(
        &templates(&framework),
        &framework,
        &untranslated,
        &Branding::default(),
        Format::Html,
    )
    .unwrap();
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
