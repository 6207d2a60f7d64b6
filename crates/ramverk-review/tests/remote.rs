//! Frameworks read from revisions of another repository (`URL#REV:PATH`), and the commit each
//! kind of location records.

use std::path::Path;
use std::process::Command;

use ramverk_review::revision::{Location, Opened, RevisionError, open, parse_location};

fn workspace() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

/// Runs git in `dir`, with an identity and without signing, and returns its trimmed output.
fn git(dir: &Path, args: &[&str]) -> String {
    let output = Command::new("git")
        .args([
            "-c",
            "user.name=Test",
            "-c",
            "user.email=test@example.se",
            "-c",
            "commit.gpgsign=false",
            "-c",
            "tag.gpgsign=false",
            "-c",
            "init.defaultBranch=main",
        ])
        .args(args)
        .current_dir(dir)
        .output()
        .expect("git runs");
    assert!(
        output.status.success(),
        "git {}: {}",
        args.join(" "),
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).trim().to_owned()
}

/// `path` as a `file://` URL, on Unix (`file:///tmp/x`) and Windows (`file:///C:/x`) alike.
fn file_url(path: &Path) -> String {
    let path = path.to_string_lossy().replace('\\', "/");
    if path.starts_with('/') {
        format!("file://{path}")
    } else {
        format!("file:///{path}")
    }
}

/// A repository holding `frameworks/minimal` (the minimal fixture) at tag `v1`, retitled at tag
/// `v2` (annotated), with the `v2` framework also at the repository's root.
struct Upstream {
    dir: tempfile::TempDir,
}

const V2_TITLE: &str = "Digital grundkompetence, anden udgave";

impl Upstream {
    fn new() -> Upstream {
        let dir = tempfile::tempdir().expect("a temporary directory");
        let root = dir.path();
        git(root, &["init", "--quiet"]);
        let original = std::fs::read_to_string(
            workspace().join("tests/fixtures/valid/minimal/framework.yaml"),
        )
        .expect("the minimal fixture");
        let framework = root.join("frameworks").join("minimal");
        std::fs::create_dir_all(&framework).expect("a folder");
        std::fs::write(framework.join("framework.yaml"), &original).expect("written");
        std::fs::write(root.join("README.md"), "No framework here.\n").expect("written");
        git(root, &["add", "."]);
        git(root, &["commit", "--quiet", "-m", "v1"]);
        git(root, &["tag", "v1"]);
        let retitled = original.replace(
            "title: Digital grundkompetence\n",
            &format!("title: {V2_TITLE}\n"),
        );
        assert_ne!(retitled, original);
        std::fs::write(framework.join("framework.yaml"), &retitled).expect("written");
        std::fs::write(root.join("framework.yaml"), &retitled).expect("written");
        git(root, &["add", "."]);
        git(root, &["commit", "--quiet", "-m", "v2"]);
        git(root, &["tag", "-a", "-m", "Version 2", "v2"]);
        Upstream { dir }
    }

    fn url(&self) -> String {
        file_url(self.dir.path())
    }

    fn commit(&self, rev: &str) -> String {
        git(
            self.dir.path(),
            &["rev-parse", &format!("{rev}^{{commit}}")],
        )
    }

    fn open(&self, rev: &str, path: &str) -> Result<Opened, RevisionError> {
        open(&Location::Remote {
            url: self.url(),
            rev: rev.into(),
            path: path.into(),
        })
    }
}

fn title(opened: &Opened) -> &str {
    &opened.loaded.framework.as_ref().expect("a framework").title
}

#[test]
fn a_tag_of_another_repository_reads_as_it_was_tagged() {
    let upstream = Upstream::new();
    let url = upstream.url();
    let location = parse_location(&format!("{url}#v1:frameworks/minimal")).expect("parses");
    assert_eq!(
        location,
        Location::Remote {
            url: url.clone(),
            rev: "v1".into(),
            path: "frameworks/minimal".into()
        }
    );
    let v1 = open(&location).expect("v1 opens");
    assert_eq!(title(&v1), "Digital grundkompetence");
    assert_eq!(v1.commit.as_deref(), Some(upstream.commit("v1").as_str()));
    assert!(v1.disk_path.join("framework.yaml").is_file());
    assert_eq!(
        v1.loaded.map.files[0].path,
        Path::new(&format!("{url}#v1:frameworks/minimal/framework.yaml"))
    );
    assert_eq!(
        v1.loaded.path,
        Path::new(&format!("{url}#v1:frameworks/minimal"))
    );

    // An annotated tag is recorded by its commit, not the tag object.
    let v2 = upstream.open("v2", "frameworks/minimal").expect("v2 opens");
    assert_eq!(title(&v2), V2_TITLE);
    assert_eq!(v2.commit.as_deref(), Some(upstream.commit("v2").as_str()));
    assert_ne!(v2.commit, v1.commit);
}

#[test]
fn commit_ids_branches_and_the_root_read_too() {
    let upstream = Upstream::new();
    let v1 = upstream.commit("v1");
    let by_id = upstream
        .open(&v1, "./frameworks/minimal/")
        .expect("a commit id opens");
    assert_eq!(title(&by_id), "Digital grundkompetence");
    assert_eq!(by_id.commit.as_deref(), Some(v1.as_str()));

    // An abbreviated id and `v2~1` are not fetched by name: every branch and tag is fetched.
    for rev in [&v1[..12], "v2~1"] {
        let opened = upstream.open(rev, "frameworks/minimal").expect(rev);
        assert_eq!(opened.commit.as_deref(), Some(v1.as_str()), "{rev}");
    }

    // A local path, not a URL, is fetched from the same way.
    let local = open(&Location::Remote {
        url: upstream.dir.path().to_string_lossy().into_owned(),
        rev: "v1".into(),
        path: "frameworks/minimal".into(),
    })
    .expect("a local path opens");
    assert_eq!(local.commit.as_deref(), Some(v1.as_str()));

    for path in ["", "."] {
        let root = upstream.open("main", path).expect("the root opens");
        assert_eq!(title(&root), V2_TITLE);
        assert_eq!(root.commit.as_deref(), Some(upstream.commit("v2").as_str()));
    }
}

#[test]
fn errors_name_the_url_and_the_revision() {
    let upstream = Upstream::new();
    let url = upstream.url();

    let unknown = upstream.open("v9", "frameworks/minimal").err().expect("v9");
    assert!(
        matches!(&unknown, RevisionError::NotARemoteRevision { url: u, rev } if *u == url && rev == "v9"),
        "{unknown:?}"
    );
    assert!(unknown.to_string().contains(&url), "{unknown}");

    let missing = upstream
        .open("v1", "frameworks/nowhere")
        .err()
        .expect("missing");
    assert!(
        matches!(&missing, RevisionError::NotInRevision { .. }),
        "{missing:?}"
    );
    let message = missing.to_string();
    assert!(
        message.contains(&format!("{url}#v1")) && message.contains("frameworks/nowhere"),
        "{message}"
    );

    // The repository's root holds no framework in v1.
    let none = upstream.open("v1", "").err().expect("no framework");
    assert!(
        matches!(&none, RevisionError::NoFramework { .. }),
        "{none:?}"
    );

    let outside = upstream.open("v1", "../elsewhere").err().expect("outside");
    assert!(
        matches!(&outside, RevisionError::Outside { .. }),
        "{outside:?}"
    );

    let nowhere = file_url(&upstream.dir.path().join("no-such-repository"));
    let unreachable = open(&Location::Remote {
        url: nowhere.clone(),
        rev: "v1".into(),
        path: "frameworks/minimal".into(),
    })
    .err()
    .expect("no repository");
    assert!(
        matches!(&unreachable, RevisionError::Unreachable { url, rev, .. } if *url == nowhere && rev == "v1"),
        "{unreachable:?}"
    );
    assert!(unreachable.to_string().contains(&nowhere), "{unreachable}");
}

#[test]
fn urls_and_revisions_like_options_are_refused() {
    let upstream = Upstream::new();
    let marker = upstream.dir.path().join("injected");
    let injected = format!("--upload-pack=touch {}", marker.display());
    for (url, rev) in [
        (injected.as_str(), "v1"),
        (upstream.url().as_str(), "--upload-pack=x"),
    ] {
        let refused = open(&Location::Remote {
            url: url.into(),
            rev: rev.into(),
            path: "frameworks/minimal".into(),
        })
        .err()
        .expect("refused");
        assert!(
            matches!(&refused, RevisionError::OptionLike { value } if value.starts_with("--upload-pack")),
            "{refused:?}"
        );
    }
    assert!(!marker.exists());

    let parsed = parse_location("-oProxyCommand=x@host:repo#v1:frameworks/x");
    assert!(
        matches!(parsed, Err(RevisionError::OptionLike { .. })),
        "{parsed:?}"
    );
}

#[test]
fn a_url_needs_a_revision() {
    for argument in [
        "https://git.example.se/hr/ramverk.git",
        "https://git.example.se/hr/ramverk.git#v1.0.0",
        "file:///srv/stockholm.git#frameworks/x",
    ] {
        let parsed = parse_location(argument);
        assert!(
            matches!(&parsed, Err(RevisionError::RemoteWithoutRevision { argument: a }) if a == argument),
            "{argument}: {parsed:?}"
        );
    }
    assert_eq!(
        parse_location("https://git.example.se/hr/ramverk.git#v1.0.0:frameworks/x")
            .expect("parses"),
        Location::Remote {
            url: "https://git.example.se/hr/ramverk.git".into(),
            rev: "v1.0.0".into(),
            path: "frameworks/x".into(),
        }
    );
}

/// Whether the tests run inside a git checkout of the workspace (not, say, a packaged crate).
fn in_git() -> bool {
    Command::new("git")
        .args(["rev-parse", "HEAD"])
        .output()
        .is_ok_and(|output| output.status.success())
}

#[test]
fn revisions_and_paths_record_their_commit() {
    if !in_git() {
        return;
    }
    let head = git(Path::new("."), &["rev-parse", "HEAD"]);
    let minimal = workspace().join("tests/fixtures/valid/minimal");
    let revision = open(&Location::Revision {
        rev: "HEAD".into(),
        path: minimal.clone(),
    })
    .expect("HEAD opens");
    assert_eq!(revision.commit.as_deref(), Some(head.as_str()));

    // The fixture is committed (unless it is being edited).
    let clean = git(
        Path::new("."),
        &["status", "--porcelain", "--", &minimal.to_string_lossy()],
    )
    .is_empty();
    let path = open(&Location::Path(minimal)).expect("the path opens");
    assert_eq!(path.commit, clean.then_some(head));

    // A path outside any repository has no commit.
    let upstream = Upstream::new();
    let copy = tempfile::tempdir().expect("a temporary directory");
    std::fs::copy(
        upstream.dir.path().join("framework.yaml"),
        copy.path().join("framework.yaml"),
    )
    .expect("copied");
    let outside = open(&Location::Path(copy.path().to_owned())).expect("the copy opens");
    assert_eq!(outside.commit, None);
}
