//! `ramverk i18n status`: per framework and locale, how much is translated, reviewed, stale
//! (shown as old source against new) and missing.

use std::fmt::Write as _;
use std::path::PathBuf;

use ramverk_core::diff::word_diff;
use ramverk_core::i18n::{self, Status};
use serde_json::json;

use super::load_with_translations;
use crate::cli::{Format, I18nStatusArgs};
use crate::commands::default_paths;
use crate::output::{self, ColorMode, Outcome};
use crate::render::diff::words_human;

/// Missing keys listed by name in the human report before "and N more".
const MISSING_SHOWN: usize = 12;

/// One framework's status in each locale asked for.
struct Report {
    path: PathBuf,
    framework: String,
    source_language: String,
    locales: Vec<Status>,
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
    let mut reports = Vec::new();
    for path in paths {
        reports.push(report(path, &args.lang)?);
    }
    let text = match args.format {
        Format::Human => reports
            .iter()
            .map(|report| human(report, color))
            .collect::<Vec<_>>()
            .join("\n"),
        Format::Json => serde_json::to_string_pretty(&json_of(&reports))? + "\n",
    };
    output::print(&text)?;
    let below = args.min_coverage.is_some_and(|minimum| {
        reports
            .iter()
            .flat_map(|report| &report.locales)
            .any(|status| status.counts.coverage() + 1e-9 < minimum)
    });
    if below {
        if let Some(minimum) = args.min_coverage {
            eprintln!("coverage below {minimum} % in at least one locale");
        }
        return Ok(Outcome::Findings);
    }
    Ok(Outcome::Ok)
}

fn report(path: PathBuf, languages: &[String]) -> anyhow::Result<Report> {
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
    let mut locales = Vec::new();
    for (language, translation) in translations {
        // The framework's own language is no translation (unless asked for by name).
        if languages.is_empty() && language == framework.language {
            continue;
        }
        let file = i18n::translation_path(&path, &language);
        locales.push(i18n::status(
            &messages,
            translation.as_ref(),
            &language,
            file,
        ));
    }
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
        report.path.display(),
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

fn locale(out: &mut String, status: &Status, color: ColorMode) {
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
        let shown: Vec<&str> = status
            .missing
            .iter()
            .take(MISSING_SHOWN)
            .map(String::as_str)
            .collect();
        let more = status.missing.len().saturating_sub(MISSING_SHOWN);
        let tail = if more > 0 {
            format!(" and {more} more (--format json lists all)")
        } else {
            String::new()
        };
        let _ = writeln!(
            out,
            "    {} {}{tail}",
            color.paint("31", "missing"),
            shown.join(", ")
        );
    }
    if !status.obsolete.is_empty() {
        let _ = writeln!(
            out,
            "    obsolete (no such text any more; remove them from {file}): {}",
            status.obsolete.join(", ")
        );
    }
}

fn json_of(reports: &[Report]) -> serde_json::Value {
    json!(reports
        .iter()
        .map(|report| json!({
            "framework": report.framework,
            "path": report.path,
            "source_language": report.source_language,
            "locales": report.locales.iter().map(|status| {
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
                })
            }).collect::<Vec<_>>(),
        }))
        .collect::<Vec<_>>())
}

fn round(value: f64) -> f64 {
    (value * 10.0).round() / 10.0
}
