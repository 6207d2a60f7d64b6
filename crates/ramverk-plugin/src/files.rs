//! Export output files: names confined to the output directory and fitting together as one tree.

use std::path::{Component, PathBuf};

/// A file an export plugin produced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutputFile {
    pub name: String,
    pub media_type: String,
    pub content: Vec<u8>,
}

/// The relative path for a plugin-given file name, or why it is refused.
/// Whether a name looks like one of ramverk's temporary files or staging folders, which a later
/// run removes as left behind (`ramverk_source::write_atomic`, `staging`).
fn is_reserved(part: &str) -> bool {
    part.starts_with('.')
        && (part.contains(".ramverk-staging-")
            || (part.contains(".ramverk-") && part.ends_with(".tmp")))
}

pub fn check_file_name(name: &str) -> Result<PathBuf, String> {
    if name.is_empty() {
        return Err("a file has an empty name".into());
    }
    if name.len() > 1024 {
        return Err(format!(
            "the file name `{}…` is longer than 1024 bytes",
            name.chars().take(40).collect::<String>()
        ));
    }
    if name.contains(['\\', '\0', ':']) || name.chars().any(char::is_control) {
        return Err(format!(
            "the file name {name:?} contains a backslash, colon or control character; use `/` between folders"
        ));
    }
    if name.starts_with('/') {
        return Err(format!(
            "the file name `{name}` is absolute; names must be relative to the output directory"
        ));
    }
    let mut path = PathBuf::new();
    for part in name.split('/') {
        match part {
            "" => {
                return Err(format!(
                    "the file name `{name}` has an empty folder name (`//` or a trailing `/`)"
                ));
            }
            "." | ".." => {
                return Err(format!(
                    "the file name `{name}` contains `{part}`; names must stay inside the output directory"
                ));
            }
            _ if is_reserved(part) => {
                return Err(format!(
                    "the file name `{name}` has a part named like ramverk's own temporary files \
                     (`.….ramverk-staging-…` or `.….ramverk-….tmp`), which a later run would remove"
                ));
            }
            _ if part.len() > 255 => {
                return Err(format!(
                    "a part of the file name `{name}` is longer than 255 bytes"
                ));
            }
            _ => path.push(part),
        }
    }
    debug_assert!(path.components().all(|c| matches!(c, Component::Normal(_))));
    Ok(path)
}

/// What a set of output names makes: the files and, parents first, the folders they pass through.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layout {
    /// One relative path per file, in the plugin's order.
    pub files: Vec<PathBuf>,
    /// Every folder the names pass through, each once, a parent before its children.
    pub folders: Vec<PathBuf>,
}

impl Layout {
    /// Files and folders together: what the `files` limit counts.
    pub fn entries(&self) -> usize {
        self.files.len() + self.folders.len()
    }
}

/// A node of the tree the names make: a folder (with the file that first passed through it) or
/// a file (its index).
#[derive(Clone, Copy)]
enum Node {
    Folder(usize),
    File(usize),
}

/// Checks every name and that the names fit together as one tree: no name twice, and no name
/// that is a file for one and a folder for another (`x` and `x/y.txt`). Linear in the total
/// length of the names: each part is looked up once, by its parent's node and its text.
pub fn layout(files: &[OutputFile]) -> Result<Layout, String> {
    let mut edges: std::collections::HashMap<(usize, &str), usize> =
        std::collections::HashMap::with_capacity(files.len());
    let mut nodes = vec![Node::Folder(usize::MAX)];
    let mut layout = Layout {
        files: Vec::with_capacity(files.len()),
        folders: Vec::new(),
    };
    for (index, file) in files.iter().enumerate() {
        let relative = check_file_name(&file.name)?;
        let name = file.name.as_str();
        let mut node = 0;
        let mut end = 0;
        let mut parts = name.split('/').peekable();
        while let Some(part) = parts.next() {
            end += part.len();
            let last = parts.peek().is_none();
            match (edges.get(&(node, part)).map(|&id| (id, nodes[id])), last) {
                (None, _) => {
                    let id = nodes.len();
                    if last {
                        nodes.push(Node::File(index));
                    } else {
                        nodes.push(Node::Folder(index));
                        layout.folders.push(PathBuf::from(&name[..end]));
                    }
                    edges.insert((node, part), id);
                    node = id;
                }
                (Some((id, Node::Folder(_))), false) => node = id,
                (Some((_, Node::File(_))), true) => {
                    return Err(format!("it returned the file `{name}` twice"));
                }
                (Some((_, Node::File(other))), false) => {
                    return Err(format!(
                        "it returned both `{}` and `{name}`: `{}` cannot be a file and a folder",
                        files[other].name,
                        &name[..end]
                    ));
                }
                (Some((_, Node::Folder(other))), true) => {
                    return Err(format!(
                        "it returned both `{}` and `{name}`: `{name}` cannot be a folder and a file",
                        files[other].name
                    ));
                }
            }
            end += 1;
        }
        layout.files.push(relative);
    }
    Ok(layout)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_stay_inside_the_output_directory() {
        assert_eq!(
            check_file_name("case/framework.json").unwrap(),
            PathBuf::from("case/framework.json")
        );
        for bad in [
            "",
            "/etc/passwd",
            "../x",
            "a/../../x",
            "a//b",
            "a/",
            "./a",
            "C:\\x",
            "a\\b",
            "c:x",
            "a\nb",
        ] {
            assert!(check_file_name(bad).is_err(), "{bad:?} accepted");
        }
    }

    #[test]
    fn names_of_ramverks_temporary_files_are_reserved() {
        for bad in [
            ".out.ramverk-staging-12-0123456789abcdef",
            "site/.index.html.ramverk-staging-1-00",
            ".x.json.ramverk-77-abc.tmp",
        ] {
            let error = check_file_name(bad).unwrap_err();
            assert!(error.contains("temporary"), "{bad:?}: {error}");
        }
        for good in [
            ".well-known/x",
            "ramverk-staging.txt",
            ".ramverk.tmp.d/x",
            "a.tmp",
        ] {
            assert!(check_file_name(good).is_ok(), "{good:?} refused");
        }
    }

    fn file(name: &str) -> OutputFile {
        OutputFile {
            name: name.into(),
            media_type: "text/plain".into(),
            content: b"x".to_vec(),
        }
    }

    #[test]
    fn the_layout_lists_files_and_each_folder_once_parents_first() {
        let layout = layout(&[
            file("a/b/c.txt"),
            file("a/d.txt"),
            file("e.txt"),
            file("a/b/f"),
        ])
        .unwrap();
        let paths = |list: &[&str]| list.iter().map(PathBuf::from).collect::<Vec<_>>();
        assert_eq!(
            layout.files,
            paths(&["a/b/c.txt", "a/d.txt", "e.txt", "a/b/f"])
        );
        assert_eq!(layout.folders, paths(&["a", "a/b"]));
        assert_eq!(layout.entries(), 6);
    }

    #[test]
    fn names_that_do_not_fit_together_are_refused() {
        let cases = [
            (
                vec!["x/y.txt", "x"],
                "both `x/y.txt` and `x`: `x` cannot be a folder and a file",
            ),
            (
                vec!["x", "x/y.txt"],
                "both `x` and `x/y.txt`: `x` cannot be a file and a folder",
            ),
            (
                vec!["a/x", "a/x/b/c"],
                "`a/x` cannot be a file and a folder",
            ),
            (vec!["a/b", "c", "a/b"], "the file `a/b` twice"),
            (vec!["ok.txt", "../evil.txt"], "inside the output directory"),
        ];
        for (names, expected) in cases {
            let files: Vec<OutputFile> = names.iter().map(|n| file(n)).collect();
            let error = layout(&files).unwrap_err();
            assert!(error.contains(expected), "{names:?}: {error}");
        }
    }

    /// 300,000 names, many sharing folders and many deep: one pass over the names (a pairwise
    /// duplicate check would take minutes here).
    #[test]
    fn the_layout_of_300_000_names_is_one_pass() {
        let files: Vec<OutputFile> = (0..300_000)
            .map(|i| file(&format!("d{}/e{}/f{i}.txt", i % 100, i % 7)))
            .collect();
        let layout = layout(&files).unwrap();
        assert_eq!(layout.files.len(), 300_000);
        assert_eq!(layout.folders.len(), 100 + 700);
        let mut twice = files;
        twice.push(file("d5/e5/f5.txt"));
        assert!(self::layout(&twice).unwrap_err().contains("twice"));
    }
}
