//! Loading a framework directory (or single file) into the model, with every finding located.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use serde_json::Value as Json;

use ramverk_model::Framework;

use crate::file_kind::{NotAFile, regular_file};
use ramverk_source::Code;
use ramverk_source::Diagnostic;
use ramverk_source::{
    MAX_FILE_BYTES, Mount, Node, ParseError, PlainJson, Pointer, ReadError, STDIN, SourceMap,
    build_plain, parse, position_at, read_limited,
};

/// The name of a framework directory's root file.
pub const ROOT_FILE: &str = "framework.yaml";
/// Folder of a framework directory holding one area per file.
pub const AREAS_DIR: &str = "areas";
/// Folder of a framework directory holding one role profile per file.
pub const PROFILES_DIR: &str = "profiles";

/// A framework as read from disk: its files, the model (when it could be built) and findings.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// The path that was loaded.
    pub path: PathBuf,
    /// Every file read, and where its content sits in the model.
    pub map: SourceMap,
    /// The model, when the files parsed and matched the schema.
    pub framework: Option<Framework>,
    /// Findings from reading, parsing and schema validation.
    pub diagnostics: Vec<Diagnostic>,
}

/// Why a framework could not be read at all.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The path does not exist.
    #[error("{0}: no such file or directory")]
    NotFound(PathBuf),
    /// A directory without a root file.
    #[error("{0}: not a framework directory (no {ROOT_FILE} in it)")]
    NoRoot(PathBuf),
    /// The root file (or the path named) is not a file that can be read: a directory called
    /// `framework.yaml`, a broken or looping link, a named pipe.
    #[error("{} is {reason}", .path.display())]
    NotAFile {
        /// The path.
        path: PathBuf,
        /// What it is instead.
        reason: NotAFile,
    },
    /// The operating system refused.
    #[error("{path}: {cause}")]
    Io {
        /// The file or directory.
        path: PathBuf,
        /// What went wrong.
        cause: io::Error,
    },
    /// Not a file ramverk reads (a directory, pipe or device where a file was expected).
    #[error("{path}: {cause}")]
    Read {
        /// The file.
        path: PathBuf,
        /// What it is.
        cause: ReadError,
    },
}

/// The files of a framework on disk: the root file, `areas/*.yaml` and `profiles/*.yaml`.
struct FrameworkFiles {
    root: PathBuf,
    areas: Vec<PathBuf>,
    profiles: Vec<PathBuf>,
}

/// Loads a framework from a directory (with `framework.yaml`, `areas/`, `profiles/`) or a file.
/// Files are read and parsed in parallel, then assembled in a fixed order.
pub fn load(path: &Path) -> Result<Loaded, LoadError> {
    load_with(path, false)
}

/// Loads a framework for its texts only (translation commands): the `expected` levels of profile
/// files are read (syntax is still checked) but not built, so every profile comes back with
/// none. Never use the result for checks or scoring.
pub fn load_texts(path: &Path) -> Result<Loaded, LoadError> {
    load_with(path, true)
}

fn load_with(path: &Path, texts_only: bool) -> Result<Loaded, LoadError> {
    let files = framework_files(path)?;
    // (file, is it a part found in areas/ or profiles/, is it a profile)
    let paths: Vec<(&PathBuf, bool, bool)> = std::iter::once((&files.root, false, false))
        .chain(files.areas.iter().map(|path| (path, true, false)))
        .chain(files.profiles.iter().map(|path| (path, true, true)))
        .collect();
    let mut parts = parallel_map(&paths, |(file, is_part, is_profile)| {
        read_file(file, *is_part, *is_profile && texts_only)
    })
    .into_iter();
    let mut map = SourceMap::default();
    let mut diagnostics = Vec::new();
    let root = parts
        .next()
        .ok_or_else(|| LoadError::NoRoot(path.to_owned()))??;
    let mut document =
        mount(root, Pointer::root(), &mut map, &mut diagnostics).unwrap_or(Json::Null);
    for (key, count) in [
        ("areas", files.areas.len()),
        ("profiles", files.profiles.len()),
    ] {
        let offset = existing_len(&document, key);
        for index in 0..count {
            let part = parts
                .next()
                .ok_or_else(|| LoadError::NoRoot(path.to_owned()))??;
            let at = Pointer::root().key(key).index(offset + index);
            let json = mount(part, at, &mut map, &mut diagnostics);
            append(&mut document, key, json.unwrap_or(Json::Null));
        }
    }
    let framework = if diagnostics.is_empty() {
        build(document, &map, &mut diagnostics)
    } else {
        None
    };
    Ok(Loaded {
        path: path.to_owned(),
        map,
        framework,
        diagnostics,
    })
}

/// Applies `f` to every item on all available cores, keeping the order of the items.
fn parallel_map<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let threads = std::thread::available_parallelism()
        .map_or(1, usize::from)
        .min(items.len())
        .max(1);
    if threads == 1 {
        return items.iter().map(&f).collect();
    }
    let chunk = items.len().div_ceil(threads);
    std::thread::scope(|scope| {
        let handles: Vec<_> = items
            .chunks(chunk)
            .map(|slice| {
                // As much stack as the main thread: parsing recurses once per level of nesting.
                let worker = std::thread::Builder::new().stack_size(ramverk_source::READER_STACK);
                match worker.spawn_scoped(scope, || slice.iter().map(&f).collect::<Vec<R>>()) {
                    Ok(handle) => Ok(handle),
                    Err(_) => Err(slice.iter().map(&f).collect::<Vec<R>>()),
                }
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|handle| match handle {
                Ok(handle) => handle
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
                Err(done) => done,
            })
            .collect()
    })
}

fn framework_files(path: &Path) -> Result<FrameworkFiles, LoadError> {
    if path.as_os_str() == STDIN {
        return Ok(FrameworkFiles {
            root: path.to_owned(),
            areas: Vec::new(),
            profiles: Vec::new(),
        });
    }
    let metadata = fs::metadata(path).map_err(|source| match source.kind() {
        io::ErrorKind::NotFound => LoadError::NotFound(path.to_owned()),
        _ => LoadError::Io {
            path: path.to_owned(),
            cause: source,
        },
    })?;
    if !metadata.is_dir() {
        return Ok(FrameworkFiles {
            root: path.to_owned(),
            areas: Vec::new(),
            profiles: Vec::new(),
        });
    }
    let root = path.join(ROOT_FILE);
    match regular_file(&root) {
        Ok(_) => {}
        Err(NotAFile::Io(error)) if error.kind() == io::ErrorKind::NotFound => {
            // `ramverk validate x/framework.yaml` where that is a directory: say so.
            let named_as_file = path
                .extension()
                .is_some_and(|ext| ext == "yaml" || ext == "yml");
            return Err(if named_as_file {
                LoadError::NotAFile {
                    path: path.to_owned(),
                    reason: NotAFile::Directory,
                }
            } else {
                LoadError::NoRoot(path.to_owned())
            });
        }
        Err(reason) => return Err(LoadError::NotAFile { path: root, reason }),
    }
    Ok(FrameworkFiles {
        root,
        areas: yaml_files(&path.join(AREAS_DIR))?,
        profiles: yaml_files(&path.join(PROFILES_DIR))?,
    })
}

fn yaml_files(dir: &Path) -> Result<Vec<PathBuf>, LoadError> {
    if !dir.is_dir() {
        return Ok(Vec::new());
    }
    let io_error = |source| LoadError::Io {
        path: dir.to_owned(),
        cause: source,
    };
    // Every entry named as YAML, whatever it is: one that is not a file (a broken link, a
    // pipe) is reported when it is read, not skipped.
    let mut files = Vec::new();
    for entry in fs::read_dir(dir).map_err(io_error)? {
        let path = entry.map_err(io_error)?.path();
        let is_yaml = path
            .extension()
            .is_some_and(|ext| ext == "yaml" || ext == "yml");
        if is_yaml {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
}

/// One file as read and parsed, before it is placed in the framework.
struct Part {
    path: PathBuf,
    content: Content,
}

enum Content {
    /// Not a file that can be read; never opened.
    NotAFile(NotAFile),
    /// More than [`MAX_FILE_BYTES`]; the size when the file system told it.
    TooLarge(Option<u64>),
    NotUtf8(std::string::FromUtf8Error),
    /// A plain document read straight into JSON; its located nodes are built only if needed.
    Plain {
        text: String,
        json: Json,
    },
    /// A document read the full way, with its located nodes.
    Text {
        text: String,
        parsed: Result<(Node, Json), ParseError>,
    },
}

/// Reads and parses one file; needs nothing shared, so files can be read in parallel. With
/// `without_expected` (a profile loaded for its texts), the `expected` levels are left out.
fn read_file(path: &Path, is_part: bool, without_expected: bool) -> Result<Part, LoadError> {
    let io_error = |cause| LoadError::Io {
        path: path.to_owned(),
        cause,
    };
    // A file found in areas/ or profiles/ that cannot be read is a finding about the framework;
    // its kind is checked before opening (opening a named pipe would wait for a writer). The
    // root file — the one named, `-`, or a directory's framework.yaml, checked already — is
    // refused by the bounded reader with what it is.
    if is_part {
        match regular_file(path) {
            Ok(_) => {}
            Err(NotAFile::Io(cause)) => return Err(io_error(cause)),
            Err(reason) => {
                return Ok(Part {
                    path: path.to_owned(),
                    content: Content::NotAFile(reason),
                });
            }
        }
    }
    let bytes = match read_limited(path, MAX_FILE_BYTES as u64) {
        Ok(bytes) => bytes,
        Err(ReadError::TooLarge { size, .. }) => {
            return Ok(Part {
                path: path.to_owned(),
                content: Content::TooLarge(size),
            });
        }
        Err(ReadError::Io(cause)) => return Err(io_error(cause)),
        Err(cause) => {
            return Err(LoadError::Read {
                path: path.to_owned(),
                cause,
            });
        }
    };
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(error) => {
            return Ok(Part {
                path: path.to_owned(),
                content: Content::NotUtf8(error),
            });
        }
    };
    let skip = without_expected.then_some("expected");
    let content = match plain_json(&text, skip) {
        Some(json) => Content::Plain { text, json },
        None => {
            let parsed = parse(&text).map(|node| {
                let mut json = node.to_json();
                if let (Some(key), Some(object)) = (skip, json.as_object_mut()) {
                    object.shift_remove(key);
                }
                (node, json)
            });
            Content::Text { text, parsed }
        }
    };
    Ok(Part {
        path: path.to_owned(),
        content,
    })
}

/// Places a read file at `at` in the source map; its problems become findings.
fn mount(
    part: Part,
    at: Pointer,
    map: &mut SourceMap,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Json> {
    let (text, parsed) = match part.content {
        Content::NotAFile(reason) => {
            let help = match reason {
                NotAFile::BrokenLink(_) => {
                    "restore the file the link points to, or remove the link"
                }
                NotAFile::LinkLoop => "point the link at a real file, or remove it",
                NotAFile::Directory => {
                    "only files are read here: rename the directory so that it does not end in .yaml or .yml"
                }
                NotAFile::Special(_) | NotAFile::Io(_) => {
                    "replace it with a regular YAML file, or remove it"
                }
            };
            let name = part.path.file_name().map_or_else(
                || part.path.display().to_string(),
                |name| name.to_string_lossy().into_owned(),
            );
            let file = map.add_file_without_text(part.path);
            diagnostics.push(
                Diagnostic::new(Code::UnreadableFile, format!("`{name}` is {reason}"))
                    .at_line(file, 0, 0, "")
                    .help(help),
            );
            return None;
        }
        Content::TooLarge(length) => {
            let file = map.add_file(part.path, String::new());
            let message = match length {
                Some(length) => {
                    format!("file is {length} bytes, more than the limit of {MAX_FILE_BYTES} bytes")
                }
                None => format!("file is more than the limit of {MAX_FILE_BYTES} bytes"),
            };
            diagnostics.push(
                Diagnostic::new(Code::TooLarge, message)
                    .at_position(file, position_at("", 1, 1), "")
                    .help("split the framework into several files under areas/ and profiles/"),
            );
            return None;
        }
        Content::NotUtf8(error) => {
            diagnostics.push(not_utf8(&part.path, error, map));
            return None;
        }
        Content::Plain { text, json } => {
            let file = map.add_file(part.path, text);
            map.mounts.push(Mount::lazy(at, file));
            return Some(json);
        }
        Content::Text { text, parsed } => (text, parsed),
    };
    let file = map.add_file(part.path, text);
    match parsed {
        Ok((node, json)) => {
            for (first, again) in node.duplicate_keys() {
                diagnostics.push(
                    Diagnostic::new(
                        Code::DuplicateKey,
                        format!("key `{}` appears twice in the same mapping", again.key),
                    )
                    .at_position(file, again.key_position, "repeated here")
                    .also_position(file, first.key_position, "first here")
                    .help("remove one of the two, or merge their values; YAML keys must be unique"),
                );
            }
            map.mounts.push(Mount::with_node(at, file, node));
            Some(json)
        }
        Err(error) => {
            let position = error
                .position
                .unwrap_or_else(|| position_at(&map.files[file].text, 1, 1));
            let mut diagnostic =
                Diagnostic::new(error.code, error.message).at_position(file, position, "");
            if let Some(help) = error.help {
                diagnostic = diagnostic.help(help);
            }
            diagnostics.push(diagnostic);
            None
        }
    }
}

/// The JSON of a plain, non-empty document read straight from its events, when it is one
/// (without the value of the root key `skip`).
fn plain_json(text: &str, skip: Option<&'static str>) -> Option<Json> {
    if text.trim().is_empty() || text.len() > MAX_FILE_BYTES {
        return None;
    }
    build_plain(text, &mut PlainJson { skip })
}

/// A finding for a file that is not UTF-8, placed at the first bad byte.
fn not_utf8(path: &Path, error: std::string::FromUtf8Error, map: &mut SourceMap) -> Diagnostic {
    let valid = error.utf8_error().valid_up_to();
    let bytes = error.into_bytes();
    let bad = bytes.get(valid).copied().unwrap_or(0);
    let line_end = bytes[valid..]
        .iter()
        .position(|&b| b == b'\n')
        .map_or(bytes.len(), |n| valid + n);
    let text = String::from_utf8_lossy(&bytes[..line_end]).into_owned();
    let (line, column) = line_column_at_end(&String::from_utf8_lossy(&bytes[..valid]));
    let position = position_at(&text, line, column);
    let file = map.add_file(path.to_owned(), text);
    let latin1 = char::from(bad);
    Diagnostic::new(
        Code::Encoding,
        format!("file is not valid UTF-8: byte 0x{bad:02X} at line {line}, column {column}"),
    )
    .at_position(file, position, "not UTF-8")
    .help("save the file as UTF-8 (in most editors: Save As… → Encoding: UTF-8)")
    .note(format!(
        "0x{bad:02X} is `{latin1}` in Latin-1 / Windows-1252, the likely encoding of this file"
    ))
}

fn line_column_at_end(text: &str) -> (u32, u32) {
    let line = text.matches('\n').count() + 1;
    let column = text
        .rsplit('\n')
        .next()
        .map_or(0, |last| last.chars().count())
        + 1;
    (line as u32, column as u32)
}

fn existing_len(document: &Json, key: &str) -> usize {
    document
        .get(key)
        .and_then(Json::as_array)
        .map_or(0, Vec::len)
}

fn append(document: &mut Json, key: &str, part: Json) {
    let Some(object) = document.as_object_mut() else {
        return;
    };
    let entry = object.entry(key).or_insert_with(|| Json::Array(Vec::new()));
    if let Some(items) = entry.as_array_mut() {
        items.push(part);
    }
}

/// Checks the assembled document against the schema and builds the model.
fn build(document: Json, map: &SourceMap, diagnostics: &mut Vec<Diagnostic>) -> Option<Framework> {
    let mut findings = crate::schema::validate(&document, map);
    if findings.is_empty() {
        findings = crate::numbers::check(&document, map);
    }
    if !findings.is_empty() {
        diagnostics.extend(findings);
        return None;
    }
    match deserialize(document) {
        Ok(framework) => Some(framework),
        Err(error) => {
            diagnostics.push(Diagnostic::new(
                Code::Schema,
                format!("the framework does not match the model: {error}"),
            ));
            None
        }
    }
}

/// Builds the model, consuming the document; profiles, most of a large framework, are built in
/// parallel.
fn deserialize(document: Json) -> Result<Framework, serde_json::Error> {
    let Json::Object(mut object) = document else {
        return serde_json::from_value(document);
    };
    let profiles = match object.shift_remove("profiles") {
        Some(Json::Array(profiles)) => profiles,
        Some(other) => {
            object.insert("profiles".into(), other);
            Vec::new()
        }
        None => Vec::new(),
    };
    let mut framework: Framework = serde_json::from_value(Json::Object(object))?;
    framework.profiles = parallel_map(&profiles, |profile| {
        ramverk_model::Profile::deserialize(profile)
    })
    .into_iter()
    .collect::<Result<_, _>>()?;
    Ok(framework)
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use ramverk_source::Code;

    use super::{load, load_texts};

    /// The schema findings of a framework whose only profile file is `profile`, as
    /// `(file name, line, column, message)`.
    fn schema_findings(profile: &str) -> Vec<(String, u32, u32, String)> {
        let fixture = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../tests/fixtures/invalid/schema-profile");
        let dir = tempfile::tempdir().unwrap();
        std::fs::copy(
            fixture.join("framework.yaml"),
            dir.path().join("framework.yaml"),
        )
        .unwrap();
        std::fs::create_dir(dir.path().join("areas")).unwrap();
        for area in ["1.yaml", "6.yaml"] {
            std::fs::copy(
                fixture.join("areas").join(area),
                dir.path().join("areas").join(area),
            )
            .unwrap();
        }
        std::fs::create_dir(dir.path().join("profiles")).unwrap();
        std::fs::write(dir.path().join("profiles/chef.yaml"), profile).unwrap();
        let loaded = load(dir.path()).unwrap();
        assert!(loaded.framework.is_none(), "{profile}");
        loaded
            .diagnostics
            .iter()
            .map(|diagnostic| {
                assert_eq!(diagnostic.code, Code::Schema, "{diagnostic:?}");
                let label = diagnostic.primary.as_ref().expect("located");
                let file = &loaded.map.files[label.file].path;
                (
                    file.strip_prefix(dir.path()).unwrap().display().to_string(),
                    label.position.line,
                    label.position.column,
                    diagnostic.message.clone(),
                )
            })
            .collect()
    }

    #[test]
    fn every_profile_file_is_checked_against_the_schema() {
        let cases: [(&str, u32, u32, &str); 6] = [
            (
                "role: chef\nexpected:\n  \"1.1\": \"3\"\n  \"1.2\": 2\n",
                3,
                10,
                "`/profiles/0/expected/1.1`",
            ),
            (
                "role: chef\nexpected:\n  \"1.1\": 3\n  \"1.2\": 1.10\n",
                4,
                10,
                "`/profiles/0/expected/1.2`",
            ),
            (
                "role: chef\nexpected:\n  \"1.1\": 300\n",
                3,
                10,
                "`/profiles/0/expected/1.1`",
            ),
            (
                "role: chef\nexpected:\n  \"1.1\": 3\n  \"1.2\": not-aplicable\n",
                4,
                10,
                "`/profiles/0/expected/1.2`",
            ),
            (
                "role: chef\ndescripton: Chefen\nexpected:\n  \"1.1\": 3\n",
                2,
                1,
                "unknown field `descripton`",
            ),
            (
                "role: chef\ndescription: 5\nexpected:\n  \"1.1\": 3\n",
                2,
                14,
                "`/profiles/0/description`",
            ),
        ];
        for (profile, line, column, message) in cases {
            let findings = schema_findings(profile);
            assert!(
                findings
                    .iter()
                    .any(|(file, l, c, m)| file == "profiles/chef.yaml"
                        && (*l, *c) == (line, column)
                        && m.contains(message)),
                "{profile}: expected {message} at {line}:{column}, found {findings:?}"
            );
        }
    }

    #[test]
    fn texts_only_loads_leave_the_expected_levels_out() {
        let stockholm =
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../../frameworks/stockholm-kultur");
        let full = load(&stockholm).unwrap().framework.unwrap();
        let texts = load_texts(&stockholm).unwrap();
        assert!(texts.diagnostics.is_empty(), "{:?}", texts.diagnostics);
        let texts = texts.framework.unwrap();
        assert!(full.profiles.iter().any(|p| !p.expected.is_empty()));
        assert!(texts.profiles.iter().all(|p| p.expected.is_empty()));
        let mut without = full.clone();
        for profile in &mut without.profiles {
            profile.expected.clear();
        }
        assert_eq!(texts, without);
    }
}
