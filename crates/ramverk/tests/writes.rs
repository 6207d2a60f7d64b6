//! Writes keep what they replace, and reads are bounded: symbolic links stay links, permissions
//! stay, pipes and devices are refused, and `kill -9` at any moment leaves every target wholly old
//! or wholly new, with no temporary file outliving the next run.
#![cfg(unix)]

mod support;

use std::collections::BTreeMap;
use std::fs;
use std::io::Write as _;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use support::{git, workspace};

const FRAMEWORK: &str = "frameworks/stockholm-kultur";

fn ramverk(dir: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_ramverk"));
    command
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env("SOURCE_DATE_EPOCH", "1767225600")
        // Export plugins: compiled once into the tests' shared cache; no user plugins.
        .env("RAMVERK_CACHE_DIR", ramverk_testkit::plugin_cache_dir())
        .env("RAMVERK_PLUGIN_DIR", dir.join("no-user-plugins"))
        .stdin(Stdio::null());
    command
}

/// Runs to the end within `limit`, or fails the test.
fn run_within(mut command: Command, limit: Duration) -> Output {
    let mut child = command
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run ramverk");
    let started = Instant::now();
    while child.try_wait().expect("wait").is_none() {
        if started.elapsed() > limit {
            let _ = child.kill();
            panic!("ramverk did not finish within {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    child.wait_with_output().expect("output")
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// A directory with a copy of the Stockholm framework at `fw/`.
fn with_framework() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temporary directory");
    ramverk_testkit::copy_dir(&workspace().join(FRAMEWORK), &dir.path().join("fw"));
    dir
}

fn mode(path: &Path) -> u32 {
    fs::metadata(path).unwrap().permissions().mode() & 0o7777
}

fn mkfifo(path: &Path) {
    let made = Command::new("mkfifo").arg(path).status().expect("mkfifo");
    assert!(made.success());
}

fn glossary_args(output: &str) -> Vec<String> {
    let glossary = workspace().join("glossaries/sv-da.yaml");
    vec![
        "i18n".into(),
        "glossary".into(),
        glossary.display().to_string(),
        "--format".into(),
        "tbx".into(),
        "-o".into(),
        output.into(),
    ]
}

#[test]
fn an_output_through_a_symbolic_link_replaces_the_file_and_keeps_the_link() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("real")).unwrap();
    fs::write(dir.path().join("real/terms.tbx"), "old").unwrap();
    std::os::unix::fs::symlink("real/terms.tbx", dir.path().join("terms.tbx")).unwrap();
    let output = run_within(
        {
            let mut command = ramverk(dir.path());
            command.args(glossary_args("terms.tbx"));
            command
        },
        Duration::from_secs(60),
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let link = fs::symlink_metadata(dir.path().join("terms.tbx")).unwrap();
    assert!(
        link.file_type().is_symlink(),
        "the link was replaced by a file"
    );
    let written = fs::read_to_string(dir.path().join("real/terms.tbx")).unwrap();
    assert!(written.contains("<tbx"), "{written}");
    assert_eq!(temporaries(dir.path()), Vec::<PathBuf>::new());
}

#[test]
fn permissions_of_a_replaced_file_are_kept() {
    let dir = with_framework();
    let out = dir.path().join("terms.tbx");
    fs::write(&out, "old").unwrap();
    fs::set_permissions(&out, fs::Permissions::from_mode(0o640)).unwrap();
    let root = dir.path().join("fw/framework.yaml");
    fs::set_permissions(&root, fs::Permissions::from_mode(0o640)).unwrap();
    for args in [
        glossary_args("terms.tbx"),
        vec![
            "version".into(),
            "bump".into(),
            "patch".into(),
            "--path".into(),
            "fw".into(),
        ],
    ] {
        let mut command = ramverk(dir.path());
        command.args(&args);
        let output = run_within(command, Duration::from_secs(60));
        assert!(output.status.success(), "{args:?}: {}", stderr(&output));
    }
    assert!(fs::read_to_string(&out).unwrap().contains("<tbx"));
    assert!(
        fs::read_to_string(&root)
            .unwrap()
            .contains("version: \"1.0.1\"")
    );
    assert_eq!(mode(&out), 0o640);
    assert_eq!(mode(&root), 0o640);
}

#[test]
fn a_pipe_as_output_is_refused_at_once() {
    let dir = tempfile::tempdir().unwrap();
    mkfifo(&dir.path().join("pipe"));
    let mut command = ramverk(dir.path());
    command.args(glossary_args("pipe"));
    let output = run_within(command, Duration::from_secs(30));
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("is a named pipe (FIFO); ramverk replaces only regular files"),
        "{}",
        stderr(&output)
    );
    assert_eq!(temporaries(dir.path()), Vec::<PathBuf>::new());
}

#[test]
fn validate_dev_zero_fails_at_once() {
    let mut command = ramverk(&workspace());
    command.args(["validate", "/dev/zero"]);
    let output = run_within(command, Duration::from_secs(30));
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("/dev/zero: it is a character device, not a regular file"),
        "{}",
        stderr(&output)
    );
    let mut command = ramverk(&workspace());
    command.args(["i18n", "glossary", "/dev/zero"]);
    let output = run_within(command, Duration::from_secs(30));
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("character device"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn a_named_pipe_as_input_is_refused_without_waiting_for_a_writer() {
    let dir = tempfile::tempdir().unwrap();
    mkfifo(&dir.path().join("framework.yaml"));
    let mut command = ramverk(dir.path());
    command.args(["validate", "framework.yaml"]);
    let output = run_within(command, Duration::from_secs(30));
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("framework.yaml: it is a named pipe (FIFO)"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn an_endless_pipe_on_standard_input_is_read_up_to_the_limit() {
    let mut child = ramverk(&workspace())
        .args(["validate", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    // Writes until ramverk stops reading and exits (then the pipe breaks).
    let writer = std::thread::spawn(move || {
        let block = vec![b'#'; 1 << 16];
        let mut written = 0u64;
        while stdin.write_all(&block).is_ok() {
            written += block.len() as u64;
        }
        written
    });
    let started = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > Duration::from_secs(60) {
            let _ = child.kill();
            panic!("ramverk validate - kept reading an endless pipe");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let output = child.wait_with_output().unwrap();
    let written = writer.join().unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(1), "{stdout}{}", stderr(&output));
    assert!(stdout.contains("error[too-large]"), "{stdout}");
    assert!(
        stdout.contains("more than the limit of 67108864 bytes"),
        "{stdout}"
    );
    // It read no more than the limit and a pipe's buffer beyond it.
    assert!(written < (64 << 20) + (4 << 20), "{written} bytes written");
}

#[test]
fn a_file_at_a_revision_over_the_limit_is_reported_too_large() {
    let dir = with_framework();
    let root = dir.path().join("fw/framework.yaml");
    let original = fs::read(&root).unwrap();
    let mut large = original.clone();
    large.extend(std::iter::repeat_n(b'#', 64 << 20));
    fs::write(&root, &large).unwrap();
    git(dir.path(), &["init", "-q"]);
    git(dir.path(), &["add", "."]);
    git(dir.path(), &["commit", "-q", "-m", "large"]);
    git(dir.path(), &["tag", "v1"]);
    fs::write(&root, &original).unwrap();
    let mut command = ramverk(dir.path());
    command.args(["diff", "v1:fw", "fw"]);
    let output = run_within(command, Duration::from_secs(120));
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains(&format!(
            "v1:fw/framework.yaml:1:1: file is {} bytes, more than the limit of 67108864 bytes",
            large.len()
        )),
        "{}",
        stderr(&output)
    );
}

// ---------------------------------------------------------------------------------------------
// Kill tests

/// The temporary files anywhere under `dir`: hidden files ending in `.tmp` (ramverk's writer's
/// and any other), and the staging folders of `export` (`.<name>.ramverk-staging-…`).
fn temporaries(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(dir) = pending.pop() {
        for entry in fs::read_dir(&dir).unwrap() {
            let entry = entry.unwrap();
            let name = entry.file_name().to_string_lossy().into_owned();
            if entry.file_type().unwrap().is_dir() {
                if name.starts_with('.') && name.contains(".ramverk-staging-") {
                    found.push(entry.path());
                } else if name != ".git" {
                    pending.push(entry.path());
                }
            } else if name.starts_with('.') && name.ends_with(".tmp") {
                found.push(entry.path());
            }
        }
    }
    found.sort();
    found
}

/// The contents of the files in `targets` (relative to `dir`); `None` for a missing file.
type Snapshot = BTreeMap<PathBuf, Option<Vec<u8>>>;

fn snapshot(dir: &Path, targets: &[PathBuf]) -> Snapshot {
    targets
        .iter()
        .map(|target| (target.clone(), fs::read(dir.join(target)).ok()))
        .collect()
}

fn restore(dir: &Path, state: &Snapshot) {
    for (target, content) in state {
        let path = dir.join(target);
        match content {
            Some(bytes) => fs::write(&path, bytes).unwrap(),
            None => {
                let _ = fs::remove_file(&path);
            }
        }
    }
}

/// SplitMix64: a seeded sequence of delays, the same on every run.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A fraction in [0, 1).
    fn fraction(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

fn iterations() -> usize {
    std::env::var("RAMVERK_KILL_ITERATIONS")
        .ok()
        .and_then(|value| value.parse().ok())
        .unwrap_or(20)
}

/// Runs `args` in `dir` to learn its result, then again and again from the old state, killed
/// after a seeded delay: each target must be wholly old or wholly new, and after the next
/// complete run no temporary file may be left.
fn kill_repeatedly(name: &str, dir: &Path, args: &[String], targets: &[PathBuf]) {
    let old = snapshot(dir, targets);
    let started = Instant::now();
    let output = run_within(
        {
            let mut command = ramverk(dir);
            command.args(args);
            command
        },
        Duration::from_secs(120),
    );
    let duration = started.elapsed();
    assert!(output.status.success(), "{name}: {}", stderr(&output));
    let new = snapshot(dir, targets);
    assert_ne!(old, new, "{name}: the command changed nothing");
    assert_eq!(temporaries(dir), Vec::<PathBuf>::new(), "{name}");
    let mut random = Random(name.bytes().fold(0x5eed, |seed: u64, b| {
        seed.wrapping_mul(31).wrapping_add(u64::from(b))
    }));
    let (mut torn_old, mut whole_new, mut left) = (0, 0, 0);
    let budget = Instant::now();
    for iteration in 0..iterations() {
        if iteration >= 5 && budget.elapsed() > Duration::from_secs(90) {
            break;
        }
        restore(dir, &old);
        // Half the kills anywhere in the run, half near its end, where the writing is.
        let fraction = if iteration % 2 == 0 {
            random.fraction()
        } else {
            0.75 + 0.35 * random.fraction()
        };
        let delay = duration.mul_f64(fraction);
        let mut child = ramverk(dir)
            .args(args)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("run ramverk");
        std::thread::sleep(delay);
        let _ = child.kill();
        let _ = child.wait();
        let now = snapshot(dir, targets);
        for target in targets {
            let content = &now[target];
            assert!(
                *content == old[target] || *content == new[target],
                "{name}: after a kill at {delay:?}, {} is neither the old nor the new file",
                target.display()
            );
        }
        if now == new {
            whole_new += 1;
        } else {
            torn_old += 1;
        }
        left += temporaries(dir).len();
        if iteration % 4 == 3 {
            // The next complete run removes what the killed ones left.
            restore(dir, &old);
            let output = run_within(
                {
                    let mut command = ramverk(dir);
                    command.args(args);
                    command
                },
                Duration::from_secs(120),
            );
            assert!(output.status.success(), "{name}: {}", stderr(&output));
            assert_eq!(snapshot(dir, targets), new, "{name}");
            assert_eq!(
                temporaries(dir),
                Vec::<PathBuf>::new(),
                "{name}: temporary files outlived the next run"
            );
        }
    }
    restore(dir, &old);
    let output = run_within(
        {
            let mut command = ramverk(dir);
            command.args(args);
            command
        },
        Duration::from_secs(120),
    );
    assert!(output.status.success(), "{name}: {}", stderr(&output));
    assert_eq!(
        temporaries(dir),
        Vec::<PathBuf>::new(),
        "{name}: temporary files outlived the next run"
    );
    eprintln!(
        "{name}: {} kills ({torn_old} left the old files, {whole_new} the new), {left} temporary files left and removed, one run {duration:?}",
        torn_old + whole_new
    );
}

fn strings(args: &[&str]) -> Vec<String> {
    args.iter().map(|arg| (*arg).to_string()).collect()
}

#[test]
fn kill_i18n_extract() {
    let dir = with_framework();
    fs::write(dir.path().join("da.po"), "old\n").unwrap();
    kill_repeatedly(
        "i18n extract",
        dir.path(),
        &strings(&["i18n", "extract", "fw", "--lang", "da", "-o", "da.po"]),
        &["da.po".into()],
    );
}

#[test]
fn kill_i18n_glossary() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("terms.tbx"), "old\n").unwrap();
    kill_repeatedly(
        "i18n glossary",
        dir.path(),
        &glossary_args("terms.tbx"),
        &["terms.tbx".into()],
    );
}

#[test]
fn kill_ratings_generate() {
    let dir = with_framework();
    kill_repeatedly(
        "ratings generate",
        dir.path(),
        &strings(&[
            "ratings",
            "generate",
            "fw",
            "--persons",
            "3000",
            "-o",
            "ratings.csv",
        ]),
        &["ratings.csv".into()],
    );
}

#[test]
fn kill_man() {
    let dir = tempfile::tempdir().unwrap();
    let output = run_within(
        {
            let mut command = ramverk(dir.path());
            command.args(["man", "--out-dir", "man"]);
            command
        },
        Duration::from_secs(60),
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let mut pages: Vec<PathBuf> = fs::read_dir(dir.path().join("man"))
        .unwrap()
        .map(|entry| Path::new("man").join(entry.unwrap().file_name()))
        .collect();
    pages.sort();
    assert!(pages.len() > 10, "{pages:?}");
    for page in &pages {
        fs::write(dir.path().join(page), "old\n").unwrap();
    }
    kill_repeatedly(
        "man",
        dir.path(),
        &strings(&["man", "--out-dir", "man"]),
        &pages,
    );
}

#[test]
fn kill_version_bump() {
    let dir = with_framework();
    kill_repeatedly(
        "version bump",
        dir.path(),
        &strings(&["version", "bump", "minor", "--path", "fw"]),
        &["fw/framework.yaml".into()],
    );
}

#[test]
fn kill_approve() {
    let dir = with_framework();
    kill_repeatedly(
        "approve",
        dir.path(),
        &strings(&[
            "approve",
            "fw",
            "--by",
            "Förvaltningsgruppen",
            "--date",
            "2026-01-01",
        ]),
        &["fw/approvals.yaml".into()],
    );
}

#[test]
fn kill_i18n_merge() {
    let dir = with_framework();
    let extract = run_within(
        {
            let mut command = ramverk(dir.path());
            command.args(["i18n", "extract", "fw", "--lang", "da", "-o", "da.po"]);
            command
        },
        Duration::from_secs(60),
    );
    assert!(extract.status.success(), "{}", stderr(&extract));
    let translation = dir.path().join("fw/translations/da.yaml");
    let text = fs::read_to_string(&translation).unwrap();
    let changed = text.replacen(
        "    text: Kulturforvaltningen\n",
        "    text: Kultur-forvaltningen\n",
        1,
    );
    assert_ne!(text, changed);
    fs::write(&translation, changed).unwrap();
    kill_repeatedly(
        "i18n merge",
        dir.path(),
        &strings(&["i18n", "merge", "da.po", "--framework", "fw"]),
        &["fw/translations/da.yaml".into()],
    );
}

#[test]
fn kill_changelog() {
    let dir = with_framework();
    git(dir.path(), &["init", "-q"]);
    git(dir.path(), &["add", "."]);
    git(dir.path(), &["commit", "-q", "-m", "1.0.0"]);
    git(dir.path(), &["tag", "v1.0.0"]);
    let root = dir.path().join("fw/framework.yaml");
    let text = fs::read_to_string(&root).unwrap();
    fs::write(
        &root,
        text.replacen(
            "title: Ramverk för digital kompetens på kulturförvaltningen",
            "title: Ramverk för digital kompetens i kulturförvaltningen",
            1,
        ),
    )
    .unwrap();
    fs::write(dir.path().join("CHANGELOG.md"), "old\n").unwrap();
    kill_repeatedly(
        "changelog",
        dir.path(),
        &strings(&["changelog", "fw", "--since", "v1.0.0", "-o", "CHANGELOG.md"]),
        &["CHANGELOG.md".into()],
    );
}

fn export_args(plugin: &str, output: &str, extra: &[&str]) -> Vec<String> {
    let mut args = strings(&["export", "fw", "--format", plugin]);
    args.extend(strings(extra));
    args.extend(strings(&["-o", output, "--plugin"]));
    args.push(ramverk_testkit::plugin(plugin).display().to_string());
    args
}

/// Runs `args` once into a scratch folder, so that the plugin is in the compiled-plugin cache and
/// the timed first run of [`kill_repeatedly`] is as long as the runs it kills.
fn warm_up(dir: &Path, args: &[String]) {
    let scratch = tempfile::tempdir().unwrap();
    let mut args = args.to_vec();
    let output = args.iter().position(|arg| arg == "-o").unwrap() + 1;
    args[output] = scratch.path().join("out").display().to_string();
    let mut command = ramverk(dir);
    command.args(&args);
    let output = run_within(command, Duration::from_secs(300));
    assert!(output.status.success(), "{}", stderr(&output));
}

#[test]
fn kill_export() {
    let dir = with_framework();
    fs::create_dir(dir.path().join("out")).unwrap();
    fs::write(dir.path().join("out/stockholm-kultur.case.json"), "old\n").unwrap();
    fs::write(dir.path().join("out/mine.txt"), "kept\n").unwrap();
    let args = export_args("case-export", "out", &[]);
    warm_up(dir.path(), &args);
    kill_repeatedly(
        "export",
        dir.path(),
        &args,
        &[
            "out/stockholm-kultur.case.json".into(),
            "out/mine.txt".into(),
        ],
    );
    assert_eq!(
        fs::read_to_string(dir.path().join("out/mine.txt")).unwrap(),
        "kept\n"
    );
}

#[test]
fn kill_export_of_many_files() {
    let dir = with_framework();
    fs::create_dir_all(dir.path().join("out/many")).unwrap();
    let targets: Vec<PathBuf> = (0..200)
        .map(|i| PathBuf::from(format!("out/many/f{i}")))
        .collect();
    for target in &targets {
        fs::write(dir.path().join(target), "old\n").unwrap();
    }
    let args = export_args(
        "hostile",
        "out",
        &["--config", "attack=many-files", "--config", "count=200"],
    );
    warm_up(dir.path(), &args);
    kill_repeatedly("export of many files", dir.path(), &args, &targets);
}

#[test]
fn a_second_export_replaces_the_first_wholly() {
    let dir = with_framework();
    let run = |output: &str| {
        let mut command = ramverk(dir.path());
        command.args(export_args("case-export", output, &[]));
        let output = run_within(command, Duration::from_secs(120));
        assert!(output.status.success(), "{}", stderr(&output));
    };
    run("fresh");
    let expected = fs::read(dir.path().join("fresh/stockholm-kultur.case.json")).unwrap();
    run("out");
    let file = dir.path().join("out/stockholm-kultur.case.json");
    assert_eq!(fs::read(&file).unwrap(), expected);
    // An older, longer file and a staging folder a killed run left behind.
    let mut longer = expected.clone();
    longer.extend(std::iter::repeat_n(b'x', 4096));
    fs::write(&file, &longer).unwrap();
    let stale = dir
        .path()
        .join("out/.output.ramverk-staging-1-0123456789abcdef");
    fs::create_dir_all(stale.join("new")).unwrap();
    fs::write(stale.join("lock"), "").unwrap();
    fs::write(stale.join("new/stockholm-kultur.case.json"), "half").unwrap();
    let beside = dir.path().join(".out.ramverk-staging-1-0123456789abcdef");
    fs::create_dir(&beside).unwrap();
    run("out");
    assert_eq!(fs::read(&file).unwrap(), expected);
    let names: Vec<_> = fs::read_dir(dir.path().join("out"))
        .unwrap()
        .map(|entry| entry.unwrap().file_name())
        .collect();
    assert_eq!(names, ["stockholm-kultur.case.json"]);
    assert_eq!(temporaries(dir.path()), Vec::<PathBuf>::new());
}
