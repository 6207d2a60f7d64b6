//! A framework, or one role's profile, as readable terminal text.

use std::fmt::Write;

use ramverk_model::{Competence, Expectation, Framework, Profile, Role, Scale, Status};

use super::language::Language;
use super::messages::{Args, Messages};
use super::text::wrap;
use super::vocabulary::AreaWord;
use crate::ColorMode;

/// The fixed words of the framework and role views: the messages of the framework's language
/// (`show-*`, `status-*`, `section-roles`), naming areas with its vocabulary's word.
struct Words {
    messages: &'static Messages,
    areas: AreaWord,
}

impl Words {
    fn of(framework: &Framework) -> Words {
        Words {
            messages: Messages::of(Language::of(&framework.language)),
            areas: AreaWord::of_framework(framework),
        }
    }

    fn get(&self, id: &str) -> String {
        self.messages
            .format(id, Args::new().text("areas", self.areas.key()))
    }

    fn status(&self, status: Status) -> String {
        self.get(match status {
            Status::Draft => "status-draft",
            Status::Adopted => "status-adopted",
            Status::Deprecated => "status-deprecated",
        })
    }
}

/// The whole framework.
pub fn framework(framework: &Framework, color: ColorMode, width: usize) -> String {
    let labels = &Words::of(framework);
    let mut out = String::new();
    header(&mut out, framework, labels, color, width);
    for principle in &framework.guidance {
        let _ = writeln!(
            out,
            "{}",
            wrap(
                &format!("• {}: {}", principle.title, principle.text),
                "  ",
                width
            )
        );
    }
    if !framework.guidance.is_empty() {
        out.push('\n');
    }
    for scale in &framework.scales {
        scale_block(&mut out, scale, labels, color);
    }
    if !framework.roles.is_empty() {
        let roles: Vec<String> = framework
            .roles
            .iter()
            .map(|role| format!("{} ({})", role.title, role.id))
            .collect();
        let _ = writeln!(
            out,
            "{}\n{}\n",
            color.paint("1", &labels.get("section-roles")),
            wrap(&roles.join(", "), "  ", width)
        );
    }
    for area in &framework.areas {
        let _ = writeln!(
            out,
            "{}",
            color.paint("1;36", &format!("{}  {}", area.id, area.title))
        );
        if let Some(description) = &area.description {
            let _ = writeln!(out, "{}", wrap(description, "   ", width));
        }
        if !area.restricted_to.is_empty() {
            let _ = writeln!(
                out,
                "   {}: {}",
                labels.get("show-only-for"),
                area.restricted_to.join(", ")
            );
        }
        if let Some(motivation) = &area.motivation {
            let _ = writeln!(
                out,
                "{}",
                wrap(
                    &format!("{}: {motivation}", labels.get("show-motivation")),
                    "   ",
                    width
                )
            );
        }
        for competence in &area.competences {
            competence_block(&mut out, competence, 1, labels, color, width);
        }
        out.push('\n');
    }
    out
}

fn header(out: &mut String, framework: &Framework, labels: &Words, color: ColorMode, width: usize) {
    let _ = writeln!(out, "{}", color.paint("1", &framework.title));
    let mut facts = vec![
        format!("{} {}", framework.id, framework.version),
        framework.language.clone(),
    ];
    let status = labels.status(framework.status);
    facts.push(
        framework
            .adopted
            .as_ref()
            .map_or(status.to_owned(), |date| format!("{status} {date}")),
    );
    let publisher = &framework.publisher;
    facts.push(
        publisher
            .unit
            .as_ref()
            .map_or(publisher.name.clone(), |unit| {
                format!("{}, {unit}", publisher.name)
            }),
    );
    let _ = writeln!(out, "{}\n", color.paint("2", &facts.join(" · ")));
    if let Some(description) = &framework.description {
        let _ = writeln!(out, "{}\n", wrap(description, "", width));
    }
}

fn scale_block(out: &mut String, scale: &Scale, labels: &Words, color: ColorMode) {
    let mut title = format!("{} {}: {}", labels.get("show-scale"), scale.id, scale.title);
    if scale.cumulative {
        title.push_str(&format!(" ({})", labels.get("show-cumulative")));
    }
    let _ = writeln!(out, "{}", color.paint("1", &title));
    if let Some(not_rated) = &scale.not_rated {
        let _ = writeln!(
            out,
            "  {}  {} ({})",
            not_rated.value,
            not_rated.label,
            labels.get("show-not-rated")
        );
    }
    for level in &scale.levels {
        let _ = writeln!(out, "  {}  {}", level.rank, level.label);
    }
    out.push('\n');
}

fn competence_block(
    out: &mut String,
    competence: &Competence,
    depth: usize,
    labels: &Words,
    color: ColorMode,
    width: usize,
) {
    let indent = "   ".repeat(depth);
    let _ = writeln!(
        out,
        "{indent}{}",
        color.paint("1", &format!("{}  {}", competence.id, competence.title))
    );
    let body = format!("{indent}    ");
    for text in competence.definition.iter().chain(&competence.description) {
        let _ = writeln!(out, "{}", wrap(text, &body, width));
    }
    for example in &competence.examples {
        let _ = writeln!(out, "{}", wrap(&format!("– {example}"), &body, width));
    }
    for (rank, descriptor) in &competence.descriptors {
        let _ = writeln!(
            out,
            "{}",
            wrap(&format!("[{rank}] {descriptor}"), &body, width)
        );
    }
    for activity in &competence.learning_activities {
        let _ = writeln!(
            out,
            "{}",
            wrap(
                &format!(
                    "{}: {}",
                    labels.get("show-learning-activity"),
                    activity.text
                ),
                &body,
                width
            )
        );
    }
    for child in &competence.competences {
        competence_block(out, child, depth + 1, labels, color, width);
    }
}

/// One role's profile, area by area.
pub fn profile(
    framework: &Framework,
    role: &Role,
    profile: Option<&Profile>,
    color: ColorMode,
) -> String {
    let labels = &Words::of(framework);
    let mut out = String::new();
    let scale = framework
        .rating_scale
        .as_deref()
        .and_then(|id| framework.scales.iter().find(|s| s.id == id));
    let count = profile.map_or(0, |p| {
        p.expected.values().filter(|e| e.level().is_some()).count()
    });
    let _ = writeln!(
        out,
        "{}",
        color.paint(
            "1",
            &format!(
                "{} ({}) — {}",
                role.title,
                role.id,
                labels
                    .messages
                    .format("show-expected-levels", Args::new().count("count", count))
            )
        )
    );
    let _ = writeln!(
        out,
        "{}\n",
        color.paint("2", &format!("{} {}", framework.title, framework.version))
    );
    for area in &framework.areas {
        let restricted = !area.restricted_to.is_empty() && !area.restricted_to.contains(&role.id);
        let _ = writeln!(
            out,
            "{}",
            color.paint("1;36", &format!("{}  {}", area.id, area.title))
        );
        for competence in area.competences.iter().flat_map(Competence::walk) {
            let expected = profile.and_then(|p| p.expected.get(&competence.id));
            let cell = match expected {
                Some(Expectation::Level(rank)) => {
                    let label = scale
                        .and_then(|s| s.level(*rank))
                        .map_or("", |level| level.label.as_str());
                    color.paint("1", &format!("{rank}  {label}"))
                }
                Some(Expectation::NotApplicable(_)) => {
                    color.paint("2", &labels.get("value-not-applicable"))
                }
                None if restricted => color.paint("2", &labels.get("show-area-not-for-role")),
                None => color.paint("2", "—"),
            };
            let _ = writeln!(
                out,
                "  {:<6} {:<60} {cell}",
                competence.id,
                truncate(&competence.title, 60)
            );
        }
        out.push('\n');
    }
    out
}

fn truncate(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let mut cut: String = text.chars().take(max - 1).collect();
    cut.push('…');
    cut
}

#[cfg(test)]
mod tests {
    use crate::language::Language;
    use crate::messages::{Args, Messages};

    /// L-4: one competence with an expected level is singular, in every language.
    #[test]
    fn one_expected_level_is_singular() {
        let expected = |language, count| {
            Messages::of(language).format("show-expected-levels", Args::new().count("count", count))
        };
        assert_eq!(
            expected(Language::English, 1),
            "expected level for 1 competence"
        );
        assert_eq!(
            expected(Language::English, 14),
            "expected levels for 14 competences"
        );
        assert_eq!(
            expected(Language::Swedish, 1),
            "förväntad nivå för 1 kompetens"
        );
        assert_eq!(
            expected(Language::Danish, 1),
            "forventet niveau for 1 kompetence"
        );
    }
}
