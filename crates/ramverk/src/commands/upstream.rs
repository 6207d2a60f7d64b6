//! `ramverk upstream status|merge`: a fork following the framework it came from.

use std::path::{Path, PathBuf};

use anyhow::{Context as _, bail};
use ramverk_fork::{Conflict, ConflictKind, Merge, Resolutions, Take, UPSTREAM_FILE, Upstream};
use ramverk_i18n::{ItemKind, rekeyed};
use ramverk_model::Framework;
use ramverk_render::ColorMode;
use ramverk_render::fork as view;
use ramverk_render::language::Language;
use ramverk_render::messages::Messages;
use ramverk_review::diff::Section;
use ramverk_review::revision::{Location, lexical, open};
use ramverk_source::yaml_scalar::double_quoted;
use serde_json::json;

use super::fork::short;
use super::framework_of;
use super::import::{validated, write_changes};
use crate::cli::{Format, UpstreamCommand, UpstreamMergeArgs, UpstreamStatusArgs};
use crate::output::{self, Outcome};

/// The file conflicts are written to for resolving by hand.
pub const CONFLICTS_FILE: &str = "upstream-conflicts.yaml";

pub fn run(command: &UpstreamCommand, color: ColorMode) -> anyhow::Result<Outcome> {
    match command {
        UpstreamCommand::Status(args) => status(args, color),
        UpstreamCommand::Merge(args) => merge(args, color),
    }
}

/// The three sides of a merge, read.
struct Sides {
    upstream: Upstream,
    upstream_text: String,
    loaded: ramverk_check::Loaded,
    ours: Framework,
    base: Framework,
    theirs: Framework,
    /// The commit theirs was read from, when it is one.
    theirs_commit: Option<String>,
    /// What `--to` named, in words.
    theirs_name: String,
    /// Upstream as read (its files on disk: a temporary checkout for a revision).
    theirs_opened: ramverk_review::revision::Opened,
}

/// Reads upstream.yaml in `fork`, the fork, the base (checked against its hash) and upstream at
/// `to`.
fn sides(fork: &Path, to: Option<&str>) -> anyhow::Result<Sides> {
    let upstream_path = fork.join(UPSTREAM_FILE);
    // A record of a few lines: anything over 1 MiB, a device or a FIFO is not one.
    let upstream_text =
        ramverk_source::read_text_limited(&upstream_path, 1 << 20).with_context(|| {
            format!(
                "cannot read {}; is {} a fork made by `ramverk fork`?",
                upstream_path.display(),
                fork.display()
            )
        })?;
    let upstream = Upstream::parse(&upstream_text)
        .with_context(|| format!("{} is not valid", upstream_path.display()))?;
    let (loaded, ours) = framework_of(ramverk_check::load(fork)?)?;
    let base_location = location(&upstream, fork, Some(&upstream.commit));
    let base = open(&base_location).with_context(|| {
        format!(
            "cannot read the base, {} at commit {}",
            upstream.describe(),
            short(&upstream.commit)
        )
    })?;
    let (_, base) = framework_of(base.loaded)?;
    let hash = ramverk_review::canonical::content_hash(&base)?.to_string();
    if hash != upstream.base {
        bail!(
            "the base read back from {} at commit {} is not the one forked from (its content hash \
             is {hash}, upstream.yaml says {}); it cannot be recovered exactly",
            upstream.describe(),
            short(&upstream.commit),
            upstream.base
        );
    }
    let revision = to.map(tag_of);
    let theirs_location = location(&upstream, fork, revision.as_deref());
    let theirs_name = match (&revision, &upstream.revision) {
        (Some(revision), _) | (None, Some(revision)) => revision.clone(),
        (None, None) => "its work tree".into(),
    };
    let theirs =
        open(&theirs_location).with_context(|| format!("cannot read upstream at {theirs_name}"))?;
    let theirs_commit = theirs.commit.clone();
    let theirs_opened = theirs;
    let (_, theirs) = framework_of(theirs_opened.loaded.clone())?;
    Ok(Sides {
        upstream,
        upstream_text,
        loaded,
        ours,
        base,
        theirs,
        theirs_commit,
        theirs_name,
        theirs_opened,
    })
}

/// A version number names its tag (`1.0.0` → `v1.0.0`); anything else is a revision.
fn tag_of(to: &str) -> String {
    match semver::Version::parse(to) {
        Ok(_) => format!("v{to}"),
        Err(_) => to.to_owned(),
    }
}

/// Where upstream is at `revision` (`None`: the revision it is followed on, or its work tree).
fn location(upstream: &Upstream, fork: &Path, revision: Option<&str>) -> Location {
    let rev = revision
        .map(str::to_owned)
        .or_else(|| upstream.revision.clone());
    match (&upstream.repository, rev) {
        (Some(url), rev) => Location::Remote {
            url: url.clone(),
            rev: rev.unwrap_or_else(|| "HEAD".into()),
            path: PathBuf::from(&upstream.path),
        },
        (None, rev) => {
            let path = lexical(&fork.join(&upstream.path));
            match rev {
                Some(rev) => Location::Revision { rev, path },
                None => Location::Path(path),
            }
        }
    }
}

/// The fork's own fields stay its own: upstream's id, title, version, status, adoption and
/// publisher never merge into it.
fn own_identity(ours: &Framework, other: &mut Framework) {
    other.id = ours.id.clone();
    other.title = ours.title.clone();
    other.version = ours.version.clone();
    other.status = ours.status;
    other.adopted = ours.adopted.clone();
    other.publisher = ours.publisher.clone();
}

/// The merge of the three sides with `resolutions`, and the texts to translate again.
///
/// In a fork written in another language than upstream (a Danish adaptation of the Swedish
/// model), a text both changed is the fork's translation of a text upstream rewrote: the fork's
/// translation is kept and the text listed, with upstream's new original, to be translated again
/// — not a conflict.
fn merged(sides: &Sides, resolutions: &Resolutions) -> anyhow::Result<(Merge, Vec<Conflict>)> {
    let (mut base, mut theirs) = (sides.base.clone(), sides.theirs.clone());
    own_identity(&sides.ours, &mut base);
    own_identity(&sides.ours, &mut theirs);
    let merge = ramverk_fork::merge(&base, &sides.ours, &theirs, resolutions)?;
    if sides.ours.language == sides.theirs.language {
        return Ok((merge, Vec::new()));
    }
    let retranslate: Vec<Conflict> = merge
        .conflicts
        .iter()
        .filter(|c| c.kind == ConflictKind::BothChanged && is_text(c))
        .cloned()
        .collect();
    if retranslate.is_empty() {
        return Ok((merge, retranslate));
    }
    let mut kept = resolutions.clone();
    for conflict in &retranslate {
        if let Some(field) = &conflict.field {
            kept = kept.field(conflict.item.clone(), field.clone(), Take::Ours);
        }
    }
    let mut merge = ramverk_fork::merge(&base, &sides.ours, &theirs, &kept)?;
    merge
        .resolved
        .retain(|r| !retranslate.iter().any(|c| c == &r.conflict));
    Ok((merge, retranslate))
}

/// The fields that hold text for people to read (and so are translated).
const TEXT_FIELDS: &[&str] = &[
    "title",
    "definition",
    "description",
    "motivation",
    "text",
    "term",
    "explanation",
    "label",
    "purpose",
    "descriptors",
    "examples",
    "learning_activities",
    "unit",
];

/// Whether the conflict is about a text of an item (not a level, id or number).
fn is_text(conflict: &Conflict) -> bool {
    conflict.section != Some(Section::Profiles)
        && conflict
            .field
            .as_ref()
            .and_then(|f| f.segments().first())
            .is_some_and(|first| TEXT_FIELDS.contains(&first.as_str()))
}

fn status(args: &UpstreamStatusArgs, color: ColorMode) -> anyhow::Result<Outcome> {
    let sides = sides(&args.path, args.to.as_deref())?;
    let upstream_diff = ramverk_review::diff::diff(&sides.base, &sides.theirs);
    let mut base_as_ours = sides.base.clone();
    own_identity(&sides.ours, &mut base_as_ours);
    let ours_diff = ramverk_review::diff::diff(&base_as_ours, &sides.ours);
    let (merge, retranslate) = merged(&sides, &Resolutions::new())?;
    let news = !upstream_diff.is_empty();
    match args.format {
        Format::Json => output::print(
            &(serde_json::to_string_pretty(&json!({
                "upstream": sides.upstream.describe(),
                "base": { "version": sides.upstream.version, "commit": sides.upstream.commit },
                "to": { "name": sides.theirs_name, "version": sides.theirs.version, "commit": sides.theirs_commit },
                "news": news,
                "upstream_changes": upstream_diff,
                "fork_changes": ours_diff,
                "conflicts": merge.conflicts.iter().map(view::conflict_json).collect::<Vec<_>>(),
                "retranslate": retranslate.iter().map(view::conflict_json).collect::<Vec<_>>(),
            }))? + "\n"),
        )?,
        Format::Human => {
            let mut text = format!(
                "upstream {} ({}): base {} (commit {}), now {} at {}\n\n",
                sides.upstream.framework,
                sides.upstream.describe(),
                sides.upstream.version,
                short(&sides.upstream.commit),
                sides.theirs.version,
                sides.theirs_name
            );
            let language = Language::of(&sides.ours.language);
            let messages = Messages::of(language);
            let heading = |id: &str| color.paint("1", &messages.get(id)) + "\n";
            text += &heading("fork-upstream-changed");
            text += &ramverk_render::diff::human(&upstream_diff, color);
            text += "\n";
            text += &heading("fork-fork-changed");
            text += &ramverk_render::diff::human(&ours_diff, color);
            text += "\n";
            if merge.conflicts.is_empty() {
                text += &messages.get("fork-no-collisions");
                text += "\n";
            } else {
                text += &heading("fork-collisions");
                text += &view::conflicts_human(&merge.conflicts, language, color);
            }
            text += &view::retranslate_human(&retranslate, &sides.theirs.language, language, color);
            output::print_human(&text, color)?;
        }
    }
    Ok(if news { Outcome::Findings } else { Outcome::Ok })
}

fn merge(args: &UpstreamMergeArgs, color: ColorMode) -> anyhow::Result<Outcome> {
    let fork = &args.path;
    let sides = sides(fork, args.to.as_deref())?;
    // Choices: the conflict file's `take:` entries, then the command line's.
    let open = merged(&sides, &Resolutions::new())?;
    let open_merge = &open.0;
    let conflicts_path = fork.join(CONFLICTS_FILE);
    let mut resolutions = Resolutions::new();
    if conflicts_path.is_file() {
        resolutions = from_file(&conflicts_path, &open_merge.conflicts, resolutions)?;
    }
    for (names, take) in [(&args.ours, Take::Ours), (&args.theirs, Take::Theirs)] {
        for name in names {
            resolutions = resolve(name, &open_merge.conflicts, take.clone(), resolutions)?;
        }
    }
    // Merged again only when something was chosen.
    let (merge, retranslate) = match resolutions.is_empty() {
        true => open,
        false => merged(&sides, &resolutions)?,
    };
    if !merge.conflicts.is_empty() {
        if !args.dry_run {
            ramverk_source::write_atomic(
                &conflicts_path,
                conflict_file(&merge.conflicts).as_bytes(),
            )
            .with_context(|| format!("cannot write {}", conflicts_path.display()))?;
        }
        match args.format {
            Format::Json => output::print(
                &(serde_json::to_string_pretty(&json!({
                    "merged": false,
                    "conflicts": merge.conflicts.iter().map(view::conflict_json).collect::<Vec<_>>(),
                    "resolved": merge.resolved.iter().map(view::resolved_json).collect::<Vec<_>>(),
                    "conflict_file": (!args.dry_run).then(|| conflicts_path.display().to_string()),
                }))? + "\n"),
            )?,
            Format::Human => output::print_human(
                &view::conflicts_human(&merge.conflicts, Language::of(&sides.ours.language), color),
                color,
            )?,
        }
        if !args.dry_run {
            output::print_note(&format!(
                "nothing merged; the conflicts are also in {}",
                conflicts_path.display()
            ));
        }
        return Ok(Outcome::Findings);
    }
    let result = merge.framework;
    let diff = ramverk_review::diff::diff(&sides.ours, &result);
    // The result is checked before anything is written: in a copy holding it as one file.
    let staging = tempfile::Builder::new()
        .prefix(".ramverk-merge-")
        .tempdir()?;
    let text = ramverk_import::layout::new_document(&serde_json::to_value(&result)?)
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    std::fs::write(staging.path().join(ramverk_check::load::ROOT_FILE), text)?;
    validated(staging.path(), "the merged framework")?;
    let mut changes =
        ramverk_import::apply::plan(&sides.loaded, &result).map_err(|e| anyhow::anyhow!("{e}"))?;
    let taken = taken_translations(fork, &sides.theirs_opened.disk_path, &result, &merge.ids)?;
    let translations: usize = taken.iter().map(|(_, _, count)| count).sum();
    for (path, text, _) in taken {
        changes.push(ramverk_import::apply::Change::Edit { path, text });
    }
    let moved = moved_upstream(&sides, args.to.as_deref())?;
    if moved != sides.upstream_text {
        changes.push(ramverk_import::apply::Change::Edit {
            path: fork.join(UPSTREAM_FILE),
            text: moved,
        });
    }
    match args.format {
        Format::Json => output::print(
            &(serde_json::to_string_pretty(&json!({
                "merged": !args.dry_run,
                "dry_run": args.dry_run,
                "to": { "name": sides.theirs_name, "version": sides.theirs.version, "commit": sides.theirs_commit },
                "diff": diff,
                "applied": merge.applied.iter().map(view::applied_json).collect::<Vec<_>>(),
                "retranslate": retranslate.iter().map(view::conflict_json).collect::<Vec<_>>(),
                "translations_taken": translations,
                "resolved": merge.resolved.iter().map(view::resolved_json).collect::<Vec<_>>(),
                "files": changes.iter().map(|c| c.path().display().to_string()).collect::<Vec<_>>(),
            }))? + "\n"),
        )?,
        Format::Human => output::print_human(
            &(ramverk_render::diff::human(&diff, color)
                + &view::retranslate_human(
                    &retranslate,
                    &sides.theirs.language,
                    Language::of(&sides.ours.language),
                    color,
                )),
            color,
        )?,
    }
    if args.dry_run {
        output::print_note(&format!(
            "nothing written (--dry-run); the merge would change {} file(s)",
            changes.len()
        ));
        return Ok(Outcome::Ok);
    }
    write_changes(&changes)?;
    if conflicts_path.is_file() {
        std::fs::remove_file(&conflicts_path)
            .with_context(|| format!("cannot remove {}", conflicts_path.display()))?;
    }
    output::print_note(&format!(
        "merged {} {} into {}: {} upstream change(s) taken, {} conflict(s) resolved, {} \
         translation(s) taken from upstream, {} file(s) changed",
        sides.upstream.framework,
        sides.theirs.version,
        fork.display(),
        merge.applied.len(),
        merge.resolved.len(),
        translations,
        changes.len()
    ));
    Ok(Outcome::Ok)
}

/// The fork's translation files brought along with the merge: entries of items either side
/// renumbered renamed to the items' ids in the result (`competence:5.4:title` →
/// `competence:5.3:title`), and upstream's translations of the texts the fork did not change
/// taken — under the result's ids — where the fork has no current translation of its own (none,
/// or a stale one). The new text of each file changed, with how many entries were taken. A
/// translation into the fork's own language is not taken.
fn taken_translations(
    fork: &Path,
    theirs_dir: &Path,
    result: &Framework,
    ids: &ramverk_fork::ResultIds,
) -> anyhow::Result<Vec<(PathBuf, String, usize)>> {
    let messages = ramverk_i18n::messages(result);
    let by_key: std::collections::HashMap<&str, &ramverk_i18n::Message<'_>> =
        messages.iter().map(|m| (m.key.as_str(), m)).collect();
    let order: std::collections::HashMap<&str, usize> = messages
        .iter()
        .enumerate()
        .map(|(index, m)| (m.key.as_str(), index))
        .collect();
    let mut files: std::collections::BTreeMap<String, (ramverk_i18n::Translation, usize, usize)> =
        std::collections::BTreeMap::new();
    for (language, _) in ramverk_i18n::discover(fork) {
        let Some(mut translation) = ramverk_i18n::read_translation(fork, &language)
            .map_err(|problems| anyhow::anyhow!("{problems}"))?
        else {
            continue;
        };
        let renamed = translation
            .rename_keys(|key| rekeyed(key, |kind, id| ids.of_ours(section(kind), id).to_owned()));
        files.insert(language, (translation, renamed, 0));
    }
    for (language, path) in ramverk_i18n::discover(theirs_dir) {
        if language == result.language {
            continue;
        }
        let upstream = ramverk_i18n::Translation::read(&path)
            .map_err(|problems| anyhow::anyhow!("upstream's translation: {problems}"))?;
        let (ours, _, count) = files.entry(language.clone()).or_insert_with(|| {
            let path = ramverk_i18n::translation_path(fork, &language);
            (ramverk_i18n::Translation::new(path, &language), 0, 0)
        });
        for entry in &upstream.entries {
            let key = rekeyed(&entry.key, |kind, id| {
                ids.of_theirs(section(kind), id).to_owned()
            })
            .unwrap_or_else(|| entry.key.clone());
            let Some(message) = by_key.get(key.as_str()) else {
                continue;
            };
            let current = |e: &ramverk_i18n::Entry| e.fingerprint == message.fingerprint;
            if !current(entry) || ours.get(&key).is_some_and(current) {
                continue;
            }
            ours.set(ramverk_i18n::Entry {
                key,
                line: 0,
                ..entry.clone()
            });
            *count += 1;
        }
    }
    Ok(files
        .into_values()
        .filter(|(_, renamed, taken)| renamed + taken > 0)
        .map(|(ours, _, taken)| (ours.path.clone(), ours.render(&order, &result.id), taken))
        .collect())
}

/// The diff's section of an item kind of translation keys.
fn section(kind: ItemKind) -> Section {
    match kind {
        ItemKind::Area => Section::Areas,
        ItemKind::Competence => Section::Competences,
        ItemKind::Statement => Section::Statements,
        ItemKind::LearningOutcome => Section::LearningOutcomes,
        ItemKind::Term => Section::Glossary,
    }
}

/// upstream.yaml moved to the version merged (its comments and layout kept): the new commit,
/// version, content hash and language, and the revision when `--to` named one.
fn moved_upstream(sides: &Sides, to: Option<&str>) -> anyhow::Result<String> {
    let mut moved = sides.upstream.clone();
    moved.version = sides.theirs.version.clone();
    moved.language = sides.theirs.language.clone();
    moved.base = ramverk_review::canonical::content_hash(&sides.theirs)?.to_string();
    moved.commit = match &sides.theirs_commit {
        Some(commit) => commit.clone(),
        None => bail!(
            "upstream at {} has uncommitted changes, so it could not be recovered as the next \
             base; commit it first",
            sides.theirs_name
        ),
    };
    if let Some(to) = to {
        moved.revision = Some(tag_of(to));
    }
    let json = serde_json::to_value(&moved)?;
    ramverk_source::edit_to(&sides.upstream_text, &json)
        .map_err(|e| anyhow::anyhow!("cannot update upstream.yaml: {e}"))
}

/// Adds the choice `take` for the conflict named `name` (`ITEM` or `ITEM/FIELD`).
fn resolve(
    name: &str,
    conflicts: &[Conflict],
    take: Take,
    resolutions: Resolutions,
) -> anyhow::Result<Resolutions> {
    if let Some(conflict) = conflicts
        .iter()
        .find(|c| c.field.is_some() && view::conflict_name(c) == name)
    {
        let field = conflict.field.clone().unwrap_or_else(|| unreachable!());
        return Ok(resolutions.field(conflict.item.clone(), field, take));
    }
    if conflicts.iter().any(|c| c.item == name) {
        return Ok(resolutions.item(name, take));
    }
    let names: Vec<String> = conflicts.iter().map(view::conflict_name).collect();
    if names.is_empty() {
        bail!("{name} is not a conflict: the merge has none");
    }
    bail!(
        "{name} is not a conflict of this merge; the conflicts are: {}",
        names.join(", ")
    )
}

/// The conflict file: every open conflict with base, ours and theirs, and an empty `take:`.
fn conflict_file(conflicts: &[Conflict]) -> String {
    let quoted = |text: &Option<String>| match text {
        Some(text) => double_quoted(text),
        None => "null".into(),
    };
    let mut text = String::from(
        "# Conflicts of `ramverk upstream merge`. For each, set `take:` to ours or theirs, or to\n\
         # `text` and write the wanted value in `text:`; then run the merge again.\n\
         conflicts:\n",
    );
    for conflict in conflicts {
        text += &format!(
            "  - name: {}\n    section: {}\n    kind: {}\n    base: {}\n    ours: {}\n    theirs: {}\n    take:\n    text:\n",
            quoted(&Some(view::conflict_name(conflict))),
            view::section_name(conflict.section),
            view::kind_name(conflict.kind),
            quoted(&conflict.base),
            quoted(&conflict.ours),
            quoted(&conflict.theirs),
        );
    }
    text
}

/// One entry of the conflict file as the user left it.
#[derive(serde::Deserialize)]
struct Entry {
    name: String,
    #[serde(default)]
    take: Option<String>,
    #[serde(default)]
    text: Option<String>,
}

#[derive(serde::Deserialize)]
struct ConflictFile {
    #[serde(default)]
    conflicts: Vec<Entry>,
}

/// The choices made in the conflict file; entries of conflicts no longer open are ignored.
fn from_file(
    path: &Path,
    conflicts: &[Conflict],
    mut resolutions: Resolutions,
) -> anyhow::Result<Resolutions> {
    let text = ramverk_source::read_text_limited(path, 64 << 20)
        .with_context(|| format!("cannot read {}", path.display()))?;
    let file: ConflictFile = serde_saphyr::from_str(&text).map_err(|e| {
        anyhow::anyhow!(
            "{} is not a conflict file: {}",
            path.display(),
            e.to_string().lines().next().unwrap_or("")
        )
    })?;
    for entry in file.conflicts {
        let take = match entry.take.as_deref().map(str::trim) {
            None | Some("") => continue,
            Some("ours") => Take::Ours,
            Some("theirs") => Take::Theirs,
            Some("text") => Take::Text(entry.text.clone().with_context(|| {
                format!(
                    "{}: {} says `take: text` but has no `text:`",
                    path.display(),
                    entry.name
                )
            })?),
            Some(other) => bail!(
                "{}: {} says `take: {other}`; write ours, theirs or text",
                path.display(),
                entry.name
            ),
        };
        if conflicts
            .iter()
            .any(|c| view::conflict_name(c) == entry.name)
        {
            resolutions = resolve(&entry.name, conflicts, take, resolutions)?;
        }
    }
    Ok(resolutions)
}
