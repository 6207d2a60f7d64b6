//! Bringing a translated PO or XLIFF file back: every unit is checked against the framework
//! (known key, unchanged source text, right language) before anything changes.

use foldhash::{HashMap, HashSet, HashSetExt};
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::fingerprint::fingerprint;
use crate::message::messages;
use crate::problem::{Problem, Problems};
use crate::status::{Standing, standing};
use crate::translation::{Entry, Translation, TranslationState, is_language_tag};
use crate::{po, xliff};
use ramverk_model::Framework;
use ramverk_source::suggest::Suggestions;

/// How a returned unit is marked by the translator's tool.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// PO: `fuzzy` set or not.
    Po { fuzzy: bool },
    /// XLIFF: the segment state (absent: XLIFF's default, `initial`) and whether it is still
    /// marked stale.
    Xliff {
        state: Option<TranslationState>,
        stale: bool,
    },
}

/// One translated unit as it came back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Returned {
    /// The key.
    pub key: String,
    /// The source text the translator saw.
    pub source: String,
    /// The translation (empty: not translated).
    pub target: String,
    /// The tool's marking.
    pub mark: Mark,
    /// Line in the file.
    pub line: u32,
}

/// A translated file as it came back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exchange {
    /// The file.
    pub path: PathBuf,
    /// `po` or `xliff`.
    pub format: &'static str,
    /// The framework the file says it is for, when it says.
    pub framework: Option<String>,
    /// Line and column where the file names its framework (PO `X-Ramverk-Framework`, XLIFF
    /// `<file>`); (1, 1) when it does not.
    pub framework_at: (u32, u32),
    /// The target language the file declares, as a BCP 47 tag (a PO file's gettext `en_GB` is
    /// read as `en-GB`).
    pub language: Option<String>,
    /// Line and column where the file declares its language (PO `Language:`, XLIFF `trgLang`
    /// on `<xliff>`); (1, 1) when it does not.
    pub language_at: (u32, u32),
    /// The units.
    pub units: Vec<Returned>,
}

/// Reads a PO (`.po`, `.pot`) or XLIFF 2 (`.xlf`, `.xliff`, or any file starting with XML) file.
pub fn read_exchange(path: &Path) -> Result<Exchange, Problems> {
    let bytes = ramverk_source::read_limited(path, ramverk_source::MAX_FILE_BYTES as u64)
        .map_err(|error| Problem::at(path, 0, 0, format!("cannot read: {error}")))?;
    let text = String::from_utf8(bytes)
        .map_err(|_| Problem::at(path, 0, 0, "not valid UTF-8").help("save the file as UTF-8"))?;
    let extension = path
        .extension()
        .and_then(|ext| ext.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    let is_xml = matches!(extension.as_str(), "xlf" | "xliff" | "xml")
        || text
            .trim_start_matches('\u{feff}')
            .trim_start()
            .starts_with('<');
    if is_xml {
        let file = xliff::read(path, &text)?;
        if let Some(language) = &file.target_language
            && !is_language_tag(language)
        {
            let (line, column) = file.root_at;
            return Err(Problem::at(
                path,
                line,
                column,
                format!("trgLang=\"{language}\" is not a language tag"),
            )
            .help(format!(
                "XLIFF languages are BCP 47 tags, such as `da`, `sv` or `en-GB`{}",
                suggested_tag(language)
            ))
            .into());
        }
        let units = file
            .units
            .into_iter()
            .map(|unit| Returned {
                key: unit.id,
                source: unit.source,
                target: unit.target.unwrap_or_default(),
                mark: Mark::Xliff {
                    state: unit.state,
                    stale: unit.sub_state.as_deref() == Some(xliff::STALE),
                },
                line: unit.line,
            })
            .collect();
        return Ok(Exchange {
            path: path.to_owned(),
            format: "xliff",
            framework: file.file_id,
            framework_at: file.file_at,
            language: file.target_language,
            language_at: file.root_at,
            units,
        });
    }
    let file = po::read(path, &text)?;
    let at = |name: &str| file.field(name).map_or((1, 1), |field| (field.line, 1));
    let (framework_at, language_at) = (at("X-Ramverk-Framework"), at("Language"));
    let language = match file.header("Language").filter(|value| !value.is_empty()) {
        None => None,
        Some(value) => Some(gettext_language(value).ok_or_else(|| {
            Problem::at(
                path,
                language_at.0,
                1,
                format!("`Language: {value}` is not a language tag"),
            )
            .help(format!(
                "use a BCP 47 tag such as `da`, `sv` or `en-GB` (gettext's `en_GB` also does){}",
                suggested_tag(value)
            ))
        })?),
    };
    let framework = file.header("X-Ramverk-Framework").map(str::to_owned);
    let mut units = Vec::with_capacity(file.entries.len());
    let mut problems = Vec::new();
    for entry in file.entries {
        match entry.msgctxt {
            Some(key) => units.push(Returned {
                key,
                source: entry.msgid,
                target: entry.msgstr,
                mark: Mark::Po { fuzzy: entry.fuzzy },
                line: entry.line,
            }),
            None => problems.push(
                Problem::at(
                    path,
                    entry.line,
                    1,
                    "an entry without msgctxt: ramverk cannot tell which text it translates",
                )
                .help("keep the msgctxt line of every entry as extracted (it is the text's key)"),
            ),
        }
    }
    if !problems.is_empty() {
        return Err(Problems(problems));
    }
    Ok(Exchange {
        path: path.to_owned(),
        format: "po",
        framework,
        framework_at,
        language,
        language_at,
        units,
    })
}

/// A PO `Language:` value as a BCP 47 tag: gettext writes `ll_CC` (`en_GB`), BCP 47 `ll-CC`.
fn gettext_language(value: &str) -> Option<String> {
    let tag = value.replace('_', "-");
    is_language_tag(&tag).then_some(tag)
}

/// `; did you mean …?` for a tag that differs from a valid one only in case or separators.
fn suggested_tag(value: &str) -> String {
    let mut parts = value.split(['_', '-']);
    let primary = parts.next().unwrap_or("").to_ascii_lowercase();
    let rest: Vec<String> = parts
        .map(|part| match part.len() {
            2 => part.to_ascii_uppercase(),
            4 => {
                let mut part = part.to_ascii_lowercase();
                if let Some(first) = part.get_mut(..1) {
                    first.make_ascii_uppercase();
                }
                part
            }
            _ => part.to_owned(),
        })
        .collect();
    let tag = std::iter::once(primary)
        .chain(rest)
        .collect::<Vec<_>>()
        .join("-");
    if is_language_tag(&tag) && tag != value {
        format!("; did you mean `{tag}`?")
    } else {
        String::new()
    }
}

/// What a merge did, or would do.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Report {
    /// Translations added.
    pub added: Vec<String>,
    /// Translations changed (text or state).
    pub updated: Vec<String>,
    /// Units that matched the translation file already.
    pub unchanged: usize,
    /// Units left untranslated in the file.
    pub untranslated: usize,
    /// Units whose source changed since extraction, left out (with `--skip-outdated`).
    pub skipped_outdated: Vec<String>,
}

/// Merges `exchange` into `translation` for `framework`. Refuses (returns every problem, changes
/// nothing) on units for unknown keys, units whose source text changed since extraction (unless
/// `skip_outdated`), duplicate units, and a file for another framework or language.
pub fn merge(
    framework: &Framework,
    translation: &mut Translation,
    exchange: &Exchange,
    skip_outdated: bool,
) -> Result<Report, Problems> {
    merge_messages(
        framework,
        &messages(framework),
        translation,
        exchange,
        skip_outdated,
    )
}

/// [`merge`] with the framework's messages already at hand.
pub fn merge_messages(
    framework: &Framework,
    all: &[crate::Message<'_>],
    translation: &mut Translation,
    exchange: &Exchange,
    skip_outdated: bool,
) -> Result<Report, Problems> {
    let path = &exchange.path;
    let mut problems = header_problems(framework, translation, exchange);
    let by_key: HashMap<&str, &crate::Message<'_>> = all
        .iter()
        .map(|message| (message.key.as_str(), message))
        .collect();
    let mut seen = HashSet::with_capacity(exchange.units.len());
    let mut report = Report::default();
    let mut changes = Vec::new();
    // Built at the first unknown key: a file may hold thousands.
    let mut suggestions: Option<Suggestions> = None;
    for unit in &exchange.units {
        if !seen.insert(unit.key.as_str()) {
            problems.push(
                Problem::at(path, unit.line, 1, format!("`{}` appears twice", unit.key))
                    .help("keep one unit per key"),
            );
            continue;
        }
        let Some(message) = by_key.get(unit.key.as_str()) else {
            let index = suggestions.get_or_insert_with(|| {
                Suggestions::new(all.iter().map(|message| message.key.as_str()))
            });
            let hint = match index.best(&unit.key) {
                Some(best) => format!("did you mean `{best}`? keys are never edited; re-extract the file if the framework's ids changed"),
                None => "the text was removed or renumbered; re-extract the file with `ramverk i18n extract`".into(),
            };
            problems.push(
                Problem::at(
                    path,
                    unit.line,
                    1,
                    format!(
                        "unknown id `{}`: {} has no such text",
                        unit.key, framework.id
                    ),
                )
                .help(hint),
            );
            continue;
        };
        if fingerprint(&unit.source) != message.fingerprint {
            if skip_outdated {
                report.skipped_outdated.push(unit.key.clone());
                continue;
            }
            problems.push(
                Problem::at(path, unit.line, 1, format!("the source text of `{}` changed since this file was extracted", unit.key))
                    .help(format!(
                        "the file has \"{}\", the framework now \"{}\"; extract a fresh file and carry the translation over \
                         (msgmerge OLD.po NEW.po, or your tool's translation memory), or merge the rest with --skip-outdated",
                        shorten(&unit.source),
                        shorten(message.text)
                    )),
            );
            continue;
        }
        if unit.target.trim().is_empty() {
            report.untranslated += 1;
            continue;
        }
        let existing = translation.get(&unit.key);
        let Some(state) = new_state(unit, existing, standing(message, Some(&*translation))) else {
            report.unchanged += 1;
            continue;
        };
        let entry = Entry {
            key: unit.key.clone(),
            text: unit.target.clone(),
            state,
            source: Some(message.text.to_owned()),
            fingerprint: message.fingerprint.clone(),
            line: existing.map(|entry| entry.line).unwrap_or(0),
        };
        match existing {
            Some(old) if *old == entry => report.unchanged += 1,
            Some(_) => report.updated.push(unit.key.clone()),
            None => report.added.push(unit.key.clone()),
        }
        changes.push(entry);
    }
    if !problems.is_empty() {
        return Err(Problems(problems));
    }
    for entry in changes {
        translation.set(entry);
    }
    Ok(report)
}

/// The state a returned unit gets, or `None` to leave the entry exactly as it is.
fn new_state(
    unit: &Returned,
    existing: Option<&Entry>,
    standing: Standing,
) -> Option<TranslationState> {
    let same_text = existing.is_some_and(|entry| entry.text == unit.target);
    let still_marked_stale = match unit.mark {
        Mark::Po { fuzzy } => fuzzy,
        Mark::Xliff { state, stale } => {
            stale && state.unwrap_or(TranslationState::Initial) == TranslationState::Initial
        }
    };
    // A stale translation sent out and returned untouched stays stale.
    if standing == Standing::Stale && same_text && still_marked_stale {
        return None;
    }
    match unit.mark {
        Mark::Po { fuzzy: true } => Some(TranslationState::Initial),
        // PO cannot say "reviewed": an unchanged text keeps the state it had.
        Mark::Po { fuzzy: false } => match (standing, existing) {
            (Standing::Current(state), Some(_))
                if same_text && state != TranslationState::Initial =>
            {
                Some(state)
            }
            _ => Some(TranslationState::Translated),
        },
        Mark::Xliff { state, .. } => Some(state.unwrap_or(TranslationState::Initial)),
    }
}

/// Problems with the file as a whole: another framework, another language.
fn header_problems(
    framework: &Framework,
    translation: &Translation,
    exchange: &Exchange,
) -> Vec<Problem> {
    let path = &exchange.path;
    let mut problems = Vec::new();
    if translation.language == framework.language {
        problems.push(
            Problem::at(
                path,
                exchange.language_at.0,
                exchange.language_at.1,
                format!(
                    "{} is written in `{}`: a translation into it makes no sense",
                    framework.id, framework.language
                ),
            )
            .help("check the file's language (PO `Language:`, XLIFF `trgLang`)"),
        );
    }
    if let Some(id) = &exchange.framework
        && *id != framework.id
    {
        problems.push(
            Problem::at(
                path,
                exchange.framework_at.0,
                exchange.framework_at.1,
                format!(
                    "the file is for the framework `{id}`, not `{}`",
                    framework.id
                ),
            )
            .help("merge it into the framework it was extracted from (--framework PATH)"),
        );
    }
    match &exchange.language {
        Some(language) if *language != translation.language => problems.push(
            Problem::at(
                path,
                exchange.language_at.0,
                exchange.language_at.1,
                format!(
                    "the file is a `{language}` translation, not `{}`",
                    translation.language
                ),
            )
            .help("merge it as the language it declares"),
        ),
        Some(_) => {}
        None => problems.push(
            Problem::at(path, 1, 1, "the file does not say which language it is in")
                .help("set the PO header's `Language:` field, or the XLIFF `trgLang` attribute"),
        ),
    }
    problems
}

fn shorten(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() <= 16 {
        words.join(" ")
    } else {
        format!("{} …", words[..16].join(" "))
    }
}
