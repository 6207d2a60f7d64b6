//! `ramverk i18n status`: per framework and locale, how much is translated, reviewed, stale
//! (shown as old source against new) and missing.

use std::fmt::Write as _;
use std::path::PathBuf;

use ramverk_i18n::{self as i18n, Status};
use ramverk_review::diff::word_diff;
use serde_json::json;

use super::load_with_translations;
use crate::cli::{Format, I18nStatusArgs};
use crate::commands::default_paths;
use crate::output::{self, ColorMode, Outcome};
use ramverk_render::diff::words_human;

/// Missing keys listed by name in the human report before "and N more".
const MISSING_SHOWN: usize = 12;

/// Term findings listed by name in the human report before "and N more".
const TERMS_SHOWN: usize = 8;

/// One framework's status in each locale asked for.
struct Report {
    path: PathBuf,
    framework: String,
    source_language: String,
    locales: Vec<Locale>,
}

/// One locale's status, and the glossary check when there is a glossary for the pair.
struct Locale {
    status: Status,
    terms: Option<(PathBuf, Vec<i18n::TermFinding>)>,
}

pub fn run(args: &I18nStatusArgs, color: ColorMode) -> anyhow::Result<Outcome> {
    for language in &args.lang {
        i18n::check_language(language).map_err(anyhow::Error::msg)?;
    }
    let paths = if args.paths.is_empty() {
        default_paths()?
    } else {
        args.paths.clone()
    };
    let glossaries = glossaries(&args.glossary)?;
    let mut reports = Vec::new();
    for path in paths {
        reports.push(report(path, &args.lang, &glossaries)?);
    }
    let text = match args.format {
        Format::Human => reports
            .iter()
            .map(|report| human(report, color))
            .collect::<Vec<_>>()
            .join("\n"),
        Format::Json => serde_json::to_string_pretty(&json_of(&reports))? + "\n",
    };
    match args.format {
        Format::Human => output::print_human(&text, color)?,
        Format::Json => output::print(&text)?,
    }
    let below = args.min_coverage.is_some_and(|minimum| {
        reports
            .iter()
            .flat_map(|report| &report.locales)
            .any(|locale| locale.status.counts.coverage() + 1e-9 < minimum)
    });
    if below {
        if let Some(minimum) = args.min_coverage {
            eprintln!("coverage below {minimum} % in at least one locale");
        }
        return Ok(Outcome::Findings);
    }
    Ok(Outcome::Ok)
}

/// The glossaries given, or those under ./glossaries when none is.
fn glossaries(given: &[PathBuf]) -> anyhow::Result<Vec<(PathBuf, i18n::Glossary)>> {
    let paths: Vec<PathBuf> = if given.is_empty() {
        let mut found: Vec<PathBuf> = std::fs::read_dir("glossaries")
            .map(|entries| {
                entries
                    .filter_map(Result::ok)
                    .map(|entry| entry.path())
                    .filter(|path| path.extension().is_some_and(|ext| ext == "yaml"))
                    .collect()
            })
            .unwrap_or_default();
        found.sort();
        found
    } else {
        given.to_vec()
    };
    paths
        .into_iter()
        .map(|path| {
            i18n::Glossary::read(&path)
                .map(|glossary| (path, glossary))
                .map_err(|problems| {
                    anyhow::anyhow!(crate::commands::problems_text(
                        problems,
                        ramverk_source::Code::GlossaryInvalid
                    ))
                })
        })
        .collect()
}

fn report(
    path: PathBuf,
    languages: &[String],
    glossaries: &[(PathBuf, i18n::Glossary)],
) -> anyhow::Result<Report> {
    let asked: Vec<String> = if languages.is_empty() {
        i18n::discover(&path)
            .into_iter()
            .map(|(language, _)| language)
            .collect()
    } else {
        languages.to_vec()
    };
    let (_, framework, translations) = load_with_translations(&path, &asked)?;
    let messages = i18n::messages(&framework);
    // The framework's own language is no translation (unless asked for by name).
    let translations: Vec<_> = translations
        .into_iter()
        .filter(|(language, _)| !languages.is_empty() || *language != framework.language)
        .collect();
    // Each locale on its own thread.
    let locales = std::thread::scope(|scope| {
        let workers: Vec<_> = translations
            .iter()
            .map(|(language, translation)| {
                let (messages, framework, path) = (&messages, &framework, &path);
                scope.spawn(move || {
                    let file = i18n::translation_path(path, language);
                    let status = i18n::status(messages, translation.as_ref(), language, file);
                    let glossary = glossaries.iter().find(|(_, glossary)| {
                        glossary.source_language == framework.language
                            && glossary.target_language == *language
                    });
                    let terms = match (glossary, translation) {
                        (Some((glossary_path, glossary)), Some(translation)) => Some((
                            glossary_path.clone(),
                            i18n::check_terms(messages, translation, glossary),
                        )),
                        _ => None,
                    };
                    Locale { status, terms }
                })
            })
            .collect();
        workers
            .into_iter()
            .map(|worker| {
                worker
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect::<Vec<_>>()
    });
    Ok(Report {
        path,
        framework: framework.id,
        source_language: framework.language,
        locales,
    })
}

fn human(report: &Report, color: ColorMode) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} ({}, source language {})",
        color.paint("1", &report.framework),
        ramverk_render::text::visible(&report.path.display().to_string()),
        report.source_language
    );
    if report.locales.is_empty() {
        let _ = writeln!(
            out,
            "  no translations yet; start one with `ramverk i18n extract {} --lang LOCALE`",
            report.path.display()
        );
    }
    for status in &report.locales {
        locale(&mut out, status, color);
    }
    out
}

fn locale(out: &mut String, locale: &Locale, color: ColorMode) {
    let status = &locale.status;
    let c = &status.counts;
    let coverage = format!("{:.1} %", c.coverage());
    let _ = writeln!(
        out,
        "  {}: {} of {} texts translated ({})",
        color.paint("1", &status.language),
        c.done(),
        c.total,
        color.paint("1", &coverage)
    );
    let _ = writeln!(
        out,
        "    final {} · reviewed {} ({:.1} %) · translated {} ({:.1} %) · draft {} · stale {} ({:.1} %) · missing {} ({:.1} %)",
        c.final_,
        c.reviewed,
        c.share(c.reviewed),
        c.translated,
        c.share(c.translated),
        c.initial,
        c.stale,
        c.share(c.stale),
        c.missing,
        c.share(c.missing),
    );
    let file = status.path.display().to_string();
    for stale in &status.stale {
        let _ = writeln!(
            out,
            "    {} {} ({file}:{})",
            color.paint("33", "stale"),
            stale.key,
            stale.line
        );
        match &stale.old_source {
            Some(old) => {
                let _ = writeln!(
                    out,
                    "      source: {}",
                    words_human(&word_diff(old, &stale.new_source), color)
                );
            }
            None => {
                let _ = writeln!(out, "      source now: {}", stale.new_source);
            }
        }
        let _ = writeln!(out, "      {}: {}", status.language, stale.text);
    }
    if !status.missing.is_empty() {
        let _ = writeln!(
            out,
            "    {} {}",
            color.paint("31", "missing"),
            first_of(&status.missing, MISSING_SHOWN)
        );
    }
    if !status.obsolete.is_empty() {
        let _ = writeln!(
            out,
            "    obsolete (no such text any more; remove them from {file}): {}",
            status.obsolete.join(", ")
        );
    }
    if let Some((glossary, findings)) = &locale.terms {
        terms(out, glossary, findings, color);
    }
}

fn terms(
    out: &mut String,
    glossary: &std::path::Path,
    findings: &[i18n::TermFinding],
    color: ColorMode,
) {
    if findings.is_empty() {
        let _ = writeln!(
            out,
            "    terms: every translation uses the agreed terms of {}",
            glossary.display()
        );
        return;
    }
    let listed: Vec<String> = findings
        .iter()
        .map(|finding| {
            format!(
                "{} ({} → {})",
                finding.key, finding.source_term, finding.target_term
            )
        })
        .collect();
    let _ = writeln!(
        out,
        "    {} {} text(s) may not use the agreed term of {}: {}",
        color.paint("33", "terms"),
        findings.len(),
        glossary.display(),
        first_of(&listed, TERMS_SHOWN)
    );
}

/// The first `limit` items, comma-separated, and how many more there are.
fn first_of(items: &[String], limit: usize) -> String {
    let shown: Vec<&str> = items.iter().take(limit).map(String::as_str).collect();
    match items.len().saturating_sub(limit) {
        0 => shown.join(", "),
        more => format!(
            "{} and {more} more (--format json lists all)",
            shown.join(", ")
        ),
    }
}

fn json_of(reports: &[Report]) -> serde_json::Value {
    json!(reports
        .iter()
        .map(|report| json!({
            "framework": report.framework,
            "path": report.path,
            "source_language": report.source_language,
            "locales": report.locales.iter().map(|locale| {
                let status = &locale.status;
                let c = &status.counts;
                json!({
                    "language": status.language,
                    "file": status.path,
                    "counts": c,
                    "coverage": round(c.coverage()),
                    "percent": {
                        "final": round(c.share(c.final_)),
                        "reviewed": round(c.share(c.reviewed)),
                        "translated": round(c.share(c.translated)),
                        "initial": round(c.share(c.initial)),
                        "stale": round(c.share(c.stale)),
                        "missing": round(c.share(c.missing)),
                    },
                    "stale": status.stale.iter().map(|stale| json!({
                        "key": stale.key,
                        "line": stale.line,
                        "old_source": stale.old_source,
                        "new_source": stale.new_source,
                        "words": stale.old_source.as_ref().map(|old| word_diff(old, &stale.new_source)),
                        "text": stale.text,
                    })).collect::<Vec<_>>(),
                    "missing": status.missing,
                    "obsolete": status.obsolete,
                    "glossary": locale.terms.as_ref().map(|(path, _)| path),
                    "terms": locale.terms.as_ref().map(|(_, findings)| findings),
                })
            }).collect::<Vec<_>>(),
        }))
        .collect::<Vec<_>>())
}

fn round(value: f64) -> f64 {
    (value * 10.0).round() / 10.0
}
