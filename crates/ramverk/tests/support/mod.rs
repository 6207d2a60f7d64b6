//! A small builder for running `ramverk` the way a user would, in the style of `just`'s `Test`:
//!
//! ```ignore
//! Test::new()
//!     .args(["validate", "tests/fixtures/valid/minimal"])
//!     .status(0)
//!     .stdout_contains("0 errors, 0 warnings")
//!     .run();
//! ```
//!
//! Every run is from the workspace root (so paths in output are the relative paths given),
//! with `--color never` and `NO_COLOR=1`, so output is stable enough to snapshot.

#![allow(dead_code)]

pub mod sheet_edit;

use std::ffi::OsString;
use std::fs;
use std::path::{Path, PathBuf};

use ramverk_source::Code;
use ramverk_source::Severity;

/// The workspace root (the testkit's).
pub fn workspace() -> PathBuf {
    ramverk_testkit::workspace()
}

/// The names of the sub-directories of a directory under the workspace root, sorted.
pub fn subdirectories(relative: &str) -> Vec<String> {
    let dir = workspace().join(relative);
    let mut names: Vec<String> = fs::read_dir(&dir)
        .unwrap_or_else(|error| panic!("cannot list {}: {error}", dir.display()))
        .map(|entry| entry.expect("directory entry"))
        .filter(|entry| entry.path().is_dir())
        .map(|entry| {
            entry
                .file_name()
                .into_string()
                .expect("UTF-8 directory name")
        })
        .collect();
    names.sort();
    names
}

/// The registered code a fixture directory is for: the code itself (`unknown-role`) or the code
/// followed by `-` and a variant (`schema-unknown-field`). The longest matching code wins.
pub fn code_of_fixture(name: &str) -> Option<&'static str> {
    Code::all()
        .map(Code::as_str)
        .filter(|code| {
            name == *code
                || name
                    .strip_prefix(code)
                    .is_some_and(|rest| rest.starts_with('-'))
        })
        .max_by_key(|code| code.len())
}

/// The registered severity of a code.
pub fn severity(code: &str) -> Severity {
    code.parse::<Code>()
        .unwrap_or_else(|_| panic!("`{code}` is not a registered code"))
        .severity()
}

/// One invocation of the binary, and what is expected of it.
#[must_use = "a Test does nothing until `.run()`"]
pub struct Test {
    args: Vec<OsString>,
    current_dir: PathBuf,
    status: i32,
    stdout_contains: Vec<String>,
    stderr_contains: Vec<String>,
    stderr_empty: bool,
    env: Vec<(OsString, OsString)>,
}

impl Default for Test {
    fn default() -> Self {
        Self::new()
    }
}

impl Test {
    /// A run from the workspace root that is expected to exit 0 and print nothing on stderr.
    pub fn new() -> Self {
        Test {
            args: Vec::new(),
            current_dir: workspace(),
            status: 0,
            stdout_contains: Vec::new(),
            stderr_contains: Vec::new(),
            stderr_empty: true,
            env: Vec::new(),
        }
    }

    /// Sets an environment variable for the run.
    pub fn env(mut self, key: impl Into<OsString>, value: impl Into<OsString>) -> Self {
        self.env.push((key.into(), value.into()));
        self
    }

    /// Adds one argument.
    pub fn arg(mut self, arg: impl Into<OsString>) -> Self {
        self.args.push(arg.into());
        self
    }

    /// Adds arguments.
    pub fn args<I, S>(mut self, args: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<OsString>,
    {
        self.args.extend(args.into_iter().map(Into::into));
        self
    }

    /// Runs from another directory than the workspace root.
    pub fn current_dir(mut self, dir: impl Into<PathBuf>) -> Self {
        self.current_dir = dir.into();
        self
    }

    /// The expected exit status (default 0). A non-zero status allows output on stderr.
    pub fn status(mut self, status: i32) -> Self {
        self.status = status;
        if status != 0 {
            self.stderr_empty = false;
        }
        self
    }

    /// Expects stdout to contain this text.
    pub fn stdout_contains(mut self, text: impl Into<String>) -> Self {
        self.stdout_contains.push(text.into());
        self
    }

    /// Expects stderr to contain this text.
    pub fn stderr_contains(mut self, text: impl Into<String>) -> Self {
        self.stderr_contains.push(text.into());
        self.stderr_empty = false;
        self
    }

    /// Allows anything on stderr (notes, progress) for a run that exits 0.
    pub fn any_stderr(mut self) -> Self {
        self.stderr_empty = false;
        self
    }

    /// Expects nothing on stderr (the default for a run that exits 0).
    pub fn stderr_empty(mut self) -> Self {
        self.stderr_empty = true;
        self
    }

    /// Runs the binary, checks the expectations and returns what it printed.
    #[track_caller]
    pub fn run(self) -> Output {
        let output = assert_cmd::Command::new(assert_cmd::cargo::cargo_bin!("ramverk"))
            .current_dir(&self.current_dir)
            .env("NO_COLOR", "1")
            .env_remove("CLICOLOR_FORCE")
            .envs(self.env.iter().map(|(k, v)| (k, v)))
            .arg("--color")
            .arg("never")
            .args(&self.args)
            .timeout(std::time::Duration::from_secs(60))
            .output()
            .expect("ramverk runs");
        let result = Output {
            command: format!(
                "ramverk --color never {}",
                self.args
                    .iter()
                    .map(|a| a.to_string_lossy())
                    .collect::<Vec<_>>()
                    .join(" ")
            ),
            status: output.status.code().unwrap_or(-1),
            stdout: String::from_utf8(output.stdout).expect("stdout is UTF-8"),
            stderr: String::from_utf8(output.stderr).expect("stderr is UTF-8"),
        };
        assert_eq!(
            result.status, self.status,
            "exit status of `{}`\n{result}",
            result.command
        );
        for text in &self.stdout_contains {
            assert!(
                result.stdout.contains(text.as_str()),
                "stdout of `{}` lacks {text:?}\n{result}",
                result.command
            );
        }
        for text in &self.stderr_contains {
            assert!(
                result.stderr.contains(text.as_str()),
                "stderr of `{}` lacks {text:?}\n{result}",
                result.command
            );
        }
        if self.stderr_empty {
            assert!(
                result.stderr.is_empty(),
                "`{}` wrote to stderr\n{result}",
                result.command
            );
        }
        result
    }
}

/// What a run printed.
#[derive(Debug)]
pub struct Output {
    /// The command line, for messages.
    pub command: String,
    /// The exit status.
    pub status: i32,
    /// Standard output.
    pub stdout: String,
    /// Standard error.
    pub stderr: String,
}

impl Output {
    /// Standard output parsed as JSON.
    #[track_caller]
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|error| {
            panic!("stdout of `{}` is not JSON: {error}\n{self}", self.command)
        })
    }
}

impl std::fmt::Display for Output {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(f, "--- status: {}", self.status)?;
        writeln!(f, "--- stdout:\n{}", self.stdout)?;
        write!(f, "--- stderr:\n{}", self.stderr)
    }
}

/// Runs `check` for every item, collecting failures instead of stopping at the first, so one
/// run shows every fixture (and writes every new snapshot) that needs attention.
#[track_caller]
pub fn for_each<T: std::fmt::Display>(items: impl IntoIterator<Item = T>, check: impl Fn(&T)) {
    let mut failed = Vec::new();
    for item in items {
        let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| check(&item)));
        if outcome.is_err() {
            failed.push(item.to_string());
        }
    }
    assert!(failed.is_empty(), "failed for: {}", failed.join(", "));
}

/// Runs git in `dir` with a fixed identity; a missing git fails the test with a clear message.
pub fn git(dir: &Path, args: &[&str]) {
    let status = std::process::Command::new("git")
        .args([
            "-c",
            "user.name=Test",
            "-c",
            "user.email=test@example.org",
            "-c",
            "init.defaultBranch=main",
        ])
        .args(args)
        .current_dir(dir)
        .status()
        .expect("git is needed for this test: install git");
    assert!(status.success(), "git {args:?} failed");
}

/// Whether `program` is on PATH.
pub fn on_path(program: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|path| std::env::split_paths(&path).any(|dir| dir.join(program).is_file()))
}

/// The script that installs every outside tool the tests need.
pub const INSTALL_SCRIPT: &str = "scripts/install-test-tools.sh";

/// Fails the test, loudly, because an outside tool is missing; tests never install anything.
#[track_caller]
pub fn missing_tool(what: &str) -> ! {
    panic!(
        "this test needs {what}, which is missing; run {INSTALL_SCRIPT} (scripts/test.sh runs it \
         before the tests) and rerun, or leave out the tests that need outside tools with \
         `cargo test --workspace -- --skip with_tools`"
    )
}

/// Makes sure `program` (from the Debian `package`) is on PATH; fails the test when it is not.
#[track_caller]
pub fn require_tool(program: &str, package: &str) {
    if !on_path(program) {
        missing_tool(&format!("`{program}` on PATH (Debian package {package})"));
    }
}

/// Every file under `dir` with its bytes: to show that a refused command wrote nothing.
pub fn files_under(dir: &Path) -> std::collections::BTreeMap<PathBuf, Vec<u8>> {
    let mut out = std::collections::BTreeMap::new();
    let mut stack = vec![dir.to_owned()];
    while let Some(next) = stack.pop() {
        for entry in std::fs::read_dir(&next).unwrap() {
            let entry = entry.unwrap();
            if entry.file_type().unwrap().is_dir() {
                stack.push(entry.path());
            } else {
                out.insert(entry.path(), std::fs::read(entry.path()).unwrap());
            }
        }
    }
    out
}
