//! Forks from the command line, on real history: Stockholm's pilot (0.9.0) forked by a Danish
//! library service from a git tag, adapted, then merged with the approved 1.0.0.

mod support;

use std::fs;
use std::path::{Path, PathBuf};

use support::{Test, files_under, git, workspace};

/// A git repository holding Stockholm's framework as `stockholm/`: the pilot tagged v0.9.0, then
/// 1.0.0 tagged v1.0.0.
fn upstream_repository() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    git(dir.path(), &["init", "-q"]);
    let target = dir.path().join("stockholm");
    copy_framework(
        &workspace().join("frameworks/stockholm-kultur/history/0.9.0"),
        &target,
    );
    git(dir.path(), &["add", "-A"]);
    git(dir.path(), &["commit", "-q", "-m", "pilot"]);
    git(dir.path(), &["tag", "v0.9.0"]);
    fs::remove_dir_all(&target).unwrap();
    copy_framework(&workspace().join("frameworks/stockholm-kultur"), &target);
    git(dir.path(), &["add", "-A"]);
    git(dir.path(), &["commit", "-q", "-m", "1.0.0"]);
    git(dir.path(), &["tag", "v1.0.0"]);
    dir
}

/// framework.yaml, areas/, profiles/ and translations/ (when it has them) of `from` copied to
/// `to`.
fn copy_framework(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    fs::copy(from.join("framework.yaml"), to.join("framework.yaml")).unwrap();
    for dir in ["areas", "profiles", "translations"] {
        if !from.join(dir).is_dir() {
            continue;
        }
        fs::create_dir_all(to.join(dir)).unwrap();
        for entry in fs::read_dir(from.join(dir)).unwrap() {
            let entry = entry.unwrap();
            fs::copy(entry.path(), to.join(dir).join(entry.file_name())).unwrap();
        }
    }
}

fn file_url(path: &Path) -> String {
    let path = path.to_string_lossy().replace('\\', "/");
    if path.starts_with('/') {
        format!("file://{path}")
    } else {
        format!("file:///{path}")
    }
}

/// Replaces `from` by `to` in the file, which must hold it.
fn edit(path: &Path, from: &str, to: &str) {
    let text = fs::read_to_string(path).unwrap();
    assert!(text.contains(from), "{} lacks {from:?}", path.display());
    fs::write(path, text.replacen(from, to, 1)).unwrap();
}

/// The fork, adapted as a Danish municipality's library service would: Danish role names, a
/// role added with its profile, levels changed, a descriptor rewritten, and a definition of its
/// own for 1.1 — which Stockholm also gave 1.1 in 1.0.0.
fn adapt(fork: &Path) {
    let root = fork.join("framework.yaml");
    edit(
        &root,
        "    title: Medarbetare\n",
        "    title: Medarbejder\n",
    );
    edit(&root, "    title: Chef\n", "    title: Leder\n");
    edit(
        &root,
        "  - id: chef\n    title: Leder\n",
        "  - id: chef\n    title: Leder\n  # Added by the library service.\n  - id: formidler\n    title: Formidler\n",
    );
    fs::write(
        fork.join("profiles/formidler.yaml"),
        "role: formidler\nexpected:\n  \"1.1\": 3\n  \"2.3\": 4\n  \"5.4\": 2\n",
    )
    .unwrap();
    let chef = fork.join("profiles/chef.yaml");
    edit(&chef, "  \"1.1\": 4\n", "  \"1.1\": 3\n");
    edit(&chef, "  \"5.4\": 4\n", "  \"5.4\": 3\n");
    let area1 = fork.join("areas/1-information-och-datakunnighet.yaml");
    edit(
        &area1,
        "      2: >-\n        Kan söka och filtrera data och använda digital information, till exempel via intranätet\n        eller andra verksamhetssystem. Tar hjälp när jag behöver.\n",
        "      2: >-\n        Kan søge i bibliotekets systemer og på nettet og bruge det, jeg finder. Beder om hjælp, når\n        jeg har brug for det.\n",
    );
    edit(
        &area1,
        "    title: Söka, navigera och filtrera data, information och digitalt innehåll\n",
        "    title: Söka, navigera och filtrera data, information och digitalt innehåll\n    definition: Kompetence til at finde og vurdere information i bibliotekets systemer.\n",
    );
}

struct Municipality {
    dir: tempfile::TempDir,
    upstream: tempfile::TempDir,
}

impl Municipality {
    fn new() -> Municipality {
        let upstream = upstream_repository();
        let dir = tempfile::tempdir().unwrap();
        Municipality { dir, upstream }
    }

    fn fork(&self) -> PathBuf {
        self.dir.path().join("bibliotek")
    }

    fn test(&self) -> Test {
        Test::new().current_dir(self.dir.path())
    }

    /// `ramverk upstream merge bibliotek --to TO`, more arguments to follow.
    fn merge(&self, to: &str) -> Test {
        self.test()
            .args(["upstream", "merge", "bibliotek", "--to", to])
    }

    fn source(&self, rev: &str) -> String {
        format!("{}#{rev}:stockholm", file_url(self.upstream.path()))
    }

    /// A municipality that forked Stockholm's pilot (tag v0.9.0) into `bibliotek`.
    fn forked() -> Municipality {
        let town = Municipality::new();
        town.test()
            .args(["fork", &town.source("v0.9.0"), "bibliotek"])
            .args([
                "--id",
                "fredericia-bibliotek",
                "--title",
                "Digital kompetence i biblioteket",
            ])
            .stdout_contains("forked stockholm-kultur 0.9.0")
            .run();
        town
    }
}

#[test]
fn fork_from_a_tag_records_the_base_and_validates() {
    let town = Municipality::forked();
    let fork = town.fork();
    let upstream = fs::read_to_string(fork.join("upstream.yaml")).unwrap();
    for text in [
        "repository: \"file://",
        "path: \"stockholm\"",
        "revision: \"v0.9.0\"",
        "framework: \"stockholm-kultur\"",
        "version: \"0.9.0\"",
        "base: \"ramverk-approval-v1:sha256:",
    ] {
        assert!(upstream.contains(text), "lacks {text:?}:\n{upstream}");
    }
    let root = fs::read_to_string(fork.join("framework.yaml")).unwrap();
    assert!(root.contains("id: fredericia-bibliotek"), "{root}");
    assert!(
        root.starts_with("# RECONSTRUCTION"),
        "the copy keeps upstream's comments"
    );
    assert!(!fork.join("approvals.yaml").exists());
    town.test().args(["validate", "bibliotek"]).run();
    // Nothing upstream at the tag forked from; news at v1.0.0 (exit 1 for CI).
    town.test()
        .args(["upstream", "status", "bibliotek"])
        .stdout_contains("now 0.9.0 at v0.9.0")
        .run();
    town.test()
        .args(["upstream", "status", "bibliotek", "--to", "1.0.0"])
        .status(1)
        .stdout_contains("6 Digitalisering")
        .run();
}

#[test]
fn a_fork_is_refused_into_a_framework_or_from_nowhere() {
    let town = Municipality::new();
    fs::create_dir_all(town.fork()).unwrap();
    fs::write(town.fork().join("notes.txt"), "x").unwrap();
    town.test()
        .args([
            "fork",
            &town.source("v0.9.0"),
            "bibliotek",
            "--id",
            "x",
            "--title",
            "X",
        ])
        .status(2)
        .stderr_contains("is not an empty folder")
        .run();
    town.test()
        .args([
            "fork",
            &town.source("v7"),
            "ny",
            "--id",
            "x",
            "--title",
            "X",
        ])
        .status(2)
        .stderr_contains("v7")
        .run();
    town.test()
        .args([
            "fork",
            &town.source("v0.9.0"),
            "ny",
            "--id",
            "Ny Fork",
            "--title",
            "X",
        ])
        .status(2)
        .stderr_contains("is not an id")
        .run();
    assert!(!town.dir.path().join("ny").exists());
}

#[test]
fn the_worked_example_merges_stockholm_1_0_0_into_the_danish_fork() {
    let town = Municipality::forked();
    let fork = town.fork();
    adapt(&fork);
    town.test().args(["validate", "bibliotek"]).run();

    // Status names both sides and the one collision.
    town.test()
        .args(["upstream", "status", "bibliotek", "--to", "1.0.0"])
        .status(1)
        .stdout_contains("Originalet har ändrats sedan basen:")
        .stdout_contains("Den här anpassningen har ändrats sedan basen:")
        .stdout_contains("formidler")
        .stdout_contains("konflikt competences 1.1/definition")
        .run();

    // The merge stops at the conflict: no framework file changes, the conflict file is written.
    let before = files_under(&fork);
    town.merge("1.0.0")
        .status(1)
        .stdout_contains(
            "konflikt competences 1.1/definition: ändrad här och i originalet, på olika sätt",
        )
        .stderr_contains("nothing merged")
        .run();
    let after = files_under(&fork);
    let conflicts = fork.join("upstream-conflicts.yaml");
    assert!(after.contains_key(&conflicts));
    let mut unchanged = after.clone();
    unchanged.remove(&conflicts);
    assert_eq!(unchanged, before, "a refused merge changes no file");
    let json = town
        .merge("1.0.0")
        .args(["--format", "json"])
        .status(1)
        .any_stderr()
        .run()
        .json();
    let names: Vec<&str> = json["conflicts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        ["1.1/definition"],
        "exactly where both changed the same thing"
    );

    // A dry run of the resolved merge writes nothing.
    town.merge("1.0.0")
        .args(["--ours", "1.1/definition", "--dry-run"])
        .stdout_contains("6 Digitalisering")
        .stderr_contains("nothing written (--dry-run)")
        .run();
    assert_eq!(files_under(&fork), after);

    // Resolved by editing the conflict file, as a reviewer would.
    edit(&conflicts, "    take:\n", "    take: ours\n");
    town.merge("1.0.0")
        .stdout_contains("6 Digitalisering")
        .stderr_contains("merged stockholm-kultur 1.0.0 into bibliotek")
        .run();
    assert!(!conflicts.exists(), "the conflict file goes once resolved");
    town.test()
        .args(["validate", "bibliotek"])
        .any_stderr()
        .run();

    let root = fs::read_to_string(fork.join("framework.yaml")).unwrap();
    assert!(
        root.contains("id: fredericia-bibliotek"),
        "the fork keeps its id"
    );
    assert!(root.contains("title: Leder") && root.contains("title: Medarbejder"));
    assert!(
        root.contains("# Added by the library service.\n  - id: formidler"),
        "comments kept"
    );
    assert!(
        root.contains("id: bibliotekarie"),
        "upstream's new roles arrive"
    );
    let area1 =
        fs::read_to_string(fork.join("areas/1-information-och-datakunnighet.yaml")).unwrap();
    assert!(
        area1.contains("Kan søge i bibliotekets systemer"),
        "our descriptor stays"
    );
    assert!(
        area1.contains("definition: Kompetence til at finde"),
        "our definition chosen"
    );
    assert!(area1.contains("# 1.1 (descriptors: 1.0.0, Bilaga 1, source line 353)"));
    let area5 = fs::read_to_string(fork.join("areas/5-problemlosning.yaml")).unwrap();
    assert!(
        !area5.contains("title: Kreativ och effektiv användning"),
        "5.3 removed upstream"
    );
    assert!(
        area5.contains("id: \"5.3\"\n    title: Identifiera digitala kompetensluckor"),
        "5.4 → 5.3:\n{area5}"
    );
    assert!(!area5.contains("\"5.4\""));
    assert!(
        fork.join("areas").read_dir().unwrap().count() == 6,
        "area 6 arrives"
    );
    let chef = fs::read_to_string(fork.join("profiles/chef.yaml")).unwrap();
    assert!(
        chef.contains("\"5.3\": 3"),
        "our level follows the renumbering:\n{chef}"
    );
    assert!(chef.contains("\"1.1\": 3"));
    let formidler = fs::read_to_string(fork.join("profiles/formidler.yaml")).unwrap();
    assert!(formidler.contains("\"5.3\": 2"), "{formidler}");
    // Stockholm's Danish translations of the texts the fork did not change come along; those of
    // texts it changed (the roles it renamed) do not.
    let danish = fs::read_to_string(fork.join("translations/da.yaml")).unwrap();
    assert!(
        danish.contains("  area:6:title:\n    text: Digitalisering\n"),
        "{danish}"
    );
    assert!(danish.contains("  competence:2.1:title:\n"));
    assert!(!danish.contains("role:chef:title") && !danish.contains("competence:1.1:definition"));
    town.test()
        .args(["i18n", "status", "bibliotek"])
        .any_stderr()
        .run();
    let upstream = fs::read_to_string(fork.join("upstream.yaml")).unwrap();
    assert!(
        upstream.contains("version: \"1.0.0\"") && upstream.contains("revision: \"v1.0.0\""),
        "{upstream}"
    );

    // Merging the same version again changes nothing.
    let merged = files_under(&fork);
    town.merge("1.0.0")
        .stdout_contains("Inga ändringar i innehållet")
        .any_stderr()
        .run();
    assert_eq!(files_under(&fork), merged);
    town.test()
        .args(["upstream", "status", "bibliotek", "--to", "1.0.0"])
        .run();
}

#[test]
fn conflicts_resolve_from_the_command_line_either_way() {
    let town = Municipality::forked();
    adapt(&town.fork());
    town.merge("v1.0.0")
        .args(["--theirs", "1.1"])
        .any_stderr()
        .run();
    let area1 = fs::read_to_string(
        town.fork()
            .join("areas/1-information-och-datakunnighet.yaml"),
    )
    .unwrap();
    assert!(
        area1.contains("Kompetens att formulera behov av information"),
        "theirs taken"
    );
    assert!(!area1.contains("Kompetence til at finde"));
    town.merge("v1.0.0")
        .args(["--ours", "9.9"])
        .status(2)
        .stderr_contains("9.9 is not a conflict")
        .run();
}

/// A fork of a fork: the library service's fork is forked by one of its branches, from a path
/// committed in the municipality's repository, and follows it there (its work tree).
#[test]
fn a_fork_of_a_fork_follows_its_own_upstream() {
    let town = Municipality::forked();
    git(town.dir.path(), &["init", "-q"]);
    git(town.dir.path(), &["add", "-A"]);
    git(town.dir.path(), &["commit", "-q", "-m", "fork"]);
    town.test()
        .args([
            "fork",
            "bibliotek",
            "filial",
            "--id",
            "fredericia-filial",
            "--title",
            "Filialen",
        ])
        .stdout_contains("forked fredericia-bibliotek 0.9.0 (bibliotek, commit")
        .run();
    let upstream = fs::read_to_string(town.dir.path().join("filial/upstream.yaml")).unwrap();
    assert!(
        upstream.contains("path: \"../bibliotek\"") && !upstream.contains("revision:"),
        "{upstream}"
    );
    git(town.dir.path(), &["add", "-A"]);
    git(town.dir.path(), &["commit", "-q", "-m", "filial"]);
    town.test()
        .args(["upstream", "status", "filial"])
        .stdout_contains("Inga kollisioner")
        .run();

    // The library service takes Stockholm's 1.0.0 and commits; the branch then has news.
    town.merge("1.0.0").any_stderr().run();
    git(town.dir.path(), &["add", "-A"]);
    git(town.dir.path(), &["commit", "-q", "-m", "1.0.0"]);
    town.test()
        .args(["upstream", "status", "filial"])
        .status(1)
        .stdout_contains("6 Digitalisering")
        .run();
    town.test()
        .args(["upstream", "merge", "filial"])
        .any_stderr()
        .run();
    let root = fs::read_to_string(town.dir.path().join("filial/framework.yaml")).unwrap();
    assert!(root.contains("id: fredericia-filial") && root.contains("id: bibliotekarie"));
    assert!(
        town.dir
            .path()
            .join("filial/areas")
            .read_dir()
            .unwrap()
            .count()
            == 6
    );
    let head = std::process::Command::new("git")
        .args(["rev-parse", "HEAD"])
        .current_dir(town.dir.path())
        .output()
        .unwrap();
    let head = String::from_utf8_lossy(&head.stdout).trim().to_owned();
    let upstream = fs::read_to_string(town.dir.path().join("filial/upstream.yaml")).unwrap();
    assert!(
        upstream.contains(&format!("commit: \"{head}\"")),
        "{upstream}"
    );
}

/// A path that is not committed in git cannot be a base: refused, nothing written.
#[test]
fn a_path_outside_git_is_refused_as_a_source() {
    let town = Municipality::new();
    copy_framework(
        &workspace().join("frameworks/stockholm-kultur/history/0.9.0"),
        &town.dir.path().join("loose"),
    );
    town.test()
        .args(["fork", "loose", "ny", "--id", "ny", "--title", "Ny"])
        .status(2)
        .stderr_contains("uncommitted changes or is not in a git repository")
        .run();
    assert!(!town.dir.path().join("ny").exists());
}

/// upstream.yaml edited by hand: a base that is not the one read back, a list where text
/// belongs, an unknown field — each refused with the reason, nothing written.
#[test]
fn a_damaged_upstream_file_is_refused() {
    let town = Municipality::forked();
    let path = town.fork().join("upstream.yaml");
    let original = fs::read_to_string(&path).unwrap();
    let before = files_under(&town.fork());
    let cases = [
        (
            original.replace("sha256:", "sha256:0"),
            "is not the one forked from",
        ),
        (
            original.replace("path: \"stockholm\"", "path: [stockholm]"),
            "upstream.yaml is not valid",
        ),
        (
            format!("{original}extra: 1\n"),
            "upstream.yaml is not valid",
        ),
        ("".to_owned(), "upstream.yaml is not valid"),
    ];
    for (text, expected) in cases {
        fs::write(&path, &text).unwrap();
        let mut damaged = before.clone();
        damaged.insert(path.clone(), text.into_bytes());
        town.merge("1.0.0")
            .status(2)
            .stderr_contains(expected)
            .run();
        assert_eq!(files_under(&town.fork()), damaged);
    }
    fs::write(&path, "# ".repeat(1 << 20)).unwrap();
    town.test()
        .args(["upstream", "status", "bibliotek"])
        .status(2)
        .stderr_contains("upstream.yaml")
        .run();
    fs::remove_file(&path).unwrap();
    town.test()
        .args(["upstream", "status", "bibliotek"])
        .status(2)
        .stderr_contains("is bibliotek a fork made by `ramverk fork`?")
        .run();
}

/// A Danish adaptation of the Swedish model: the fork's language is Danish, the Swedish texts are
/// its base. A text it translated that Stockholm rewrote is kept in Danish and listed to be
/// translated again, with Stockholm's new Swedish text — not a conflict.
#[test]
fn a_fork_in_another_language_keeps_its_translations_and_lists_them() {
    let town = Municipality::forked();
    let fork = town.fork();
    adapt(&fork);
    edit(
        &fork.join("framework.yaml"),
        "\nlanguage: sv\n",
        "\nlanguage: da\n",
    );
    town.test()
        .args(["validate", "bibliotek"])
        .any_stderr()
        .run();
    let json = town
        .test()
        .args([
            "upstream",
            "status",
            "bibliotek",
            "--to",
            "1.0.0",
            "--format",
            "json",
        ])
        .status(1)
        .run()
        .json();
    assert_eq!(json["conflicts"], serde_json::json!([]), "{json:#}");
    assert_eq!(json["retranslate"][0]["name"], "1.1/definition");
    town.merge("1.0.0")
        .stdout_contains("Oversæt igen – originalen har omskrevet teksten (sv)")
        .stdout_contains(
            "competences 1.1/definition\n    nu: Kompetens att formulera behov av information",
        )
        .stderr_contains("merged stockholm-kultur 1.0.0")
        .run();
    let root = fs::read_to_string(fork.join("framework.yaml")).unwrap();
    assert!(root.contains("\nlanguage: da\n"));
    let area1 =
        fs::read_to_string(fork.join("areas/1-information-och-datakunnighet.yaml")).unwrap();
    assert!(
        area1.contains("definition: Kompetence til at finde"),
        "the Danish text stays"
    );
    let upstream = fs::read_to_string(fork.join("upstream.yaml")).unwrap();
    assert!(
        upstream.contains("language: \"sv\""),
        "upstream's language is recorded: {upstream}"
    );
}

/// The conflict file as a careless or hostile hand leaves it: an unknown choice, `text` without
/// a text, not YAML at all, a list where text belongs — each refused with the file named,
/// nothing written; a text that does not fit the field leaves the conflict open.
#[test]
fn a_bad_conflict_file_is_refused() {
    let town = Municipality::forked();
    let fork = town.fork();
    adapt(&fork);
    town.merge("1.0.0").status(1).any_stderr().run();
    let conflicts = fork.join("upstream-conflicts.yaml");
    let written = fs::read_to_string(&conflicts).unwrap();
    let cases = [
        (
            written.replace("    take:\n", "    take: maybe\n"),
            "write ours, theirs or text",
        ),
        (
            written.replace("    take:\n", "    take: text\n"),
            "has no `text:`",
        ),
        ("\u{0}\u{1}not yaml: [".to_owned(), "is not a conflict file"),
        (
            written.replace("    take:\n", "    take: [ours]\n"),
            "is not a conflict file",
        ),
    ];
    for (text, expected) in cases {
        fs::write(&conflicts, &text).unwrap();
        let before = files_under(&fork);
        town.merge("1.0.0")
            .status(2)
            .stderr_contains("upstream-conflicts.yaml")
            .stderr_contains(expected)
            .run();
        assert_eq!(files_under(&fork), before, "{expected}");
    }
    // A chosen text is taken as the field's new value.
    fs::write(
        &conflicts,
        written.replace(
            "    take:\n    text:\n",
            "    take: text\n    text: Egen definition.\n",
        ),
    )
    .unwrap();
    town.merge("1.0.0").any_stderr().run();
    let area1 =
        fs::read_to_string(fork.join("areas/1-information-och-datakunnighet.yaml")).unwrap();
    assert!(area1.contains("definition: Egen definition."), "{area1}");
}

/// A competence the fork moved to another area (cut from one file, pasted into another with a
/// comment of its own) stays where the fork put it, and takes upstream's new definition and
/// examples there; the pasted comment and both files' layout survive.
#[test]
fn a_competence_moved_to_another_area_keeps_its_place_and_takes_upstreams_edits() {
    let town = Municipality::forked();
    let area2 = town.fork().join("areas/2-kommunikation-och-samarbete.yaml");
    let area3 = town.fork().join("areas/3-skapa-digitalt-innehall.yaml");
    let text2 = fs::read_to_string(&area2).unwrap();
    let start = text2.find("  # 2.3 (descriptors").expect("2.3's comment");
    let block = text2[start..].to_owned();
    fs::write(&area2, &text2[..start]).unwrap();
    let mut text3 = fs::read_to_string(&area3).unwrap();
    text3 += "  # Moved here by the library service: engaging users is creative work for us.\n";
    text3 += &block;
    fs::write(&area3, &text3).unwrap();
    town.test().args(["validate", "bibliotek"]).run();

    town.test()
        .args(["upstream", "status", "bibliotek", "--to", "v1.0.0"])
        .status(1)
        .any_stderr()
        .run();
    town.merge("v1.0.0")
        .stderr_contains("merged stockholm-kultur 1.0.0")
        .run();
    let merged3 = fs::read_to_string(&area3).unwrap();
    let at = merged3
        .find("  - id: \"2.3\"")
        .expect("2.3 stays in area 3");
    assert!(merged3.contains(
        "  # Moved here by the library service: engaging users is creative work for us.\n  # 2.3 (descriptors"
    ));
    assert!(
        merged3[at..].contains("Kompetens att använda digitala verktyg och plattformar"),
        "upstream's definition of 2.3 taken where the fork put it:\n{}",
        &merged3[at..]
    );
    assert!(merged3.starts_with(&text3[..text3.find("  - id: \"3.1\"").unwrap()]));
    let merged2 = fs::read_to_string(&area2).unwrap();
    assert!(!merged2.contains("id: \"2.3\""), "2.3 not back in area 2");
    town.test().args(["validate", "bibliotek"]).run();
    // Merged once: a second merge changes nothing.
    let before = files_under(&town.fork());
    town.merge("v1.0.0").any_stderr().run();
    assert_eq!(files_under(&town.fork()), before);
}

/// Renumbers competence `from` to `to` in the fork: its id in `area` and the profiles' levels.
fn renumber(fork: &Path, area: &str, from: &str, to: &str) {
    edit(
        &fork.join("areas").join(area),
        &format!("  - id: \"{from}\"\n"),
        &format!("  - id: \"{to}\"\n"),
    );
    for role in ["medarbetare", "chef"] {
        edit(
            &fork.join("profiles").join(format!("{role}.yaml")),
            &format!("  \"{from}\": "),
            &format!("  \"{to}\": "),
        );
    }
}

/// The fork's Danish translation of competence `id`'s title (Swedish `source`) set to
/// `translated`, the way a translator does it: extracted to PO, filled in, merged back.
fn translate_title(town: &Municipality, id: &str, source: &str, translated: &str) {
    let po = town.dir.path().join("da.po");
    town.test()
        .args([
            "i18n",
            "extract",
            "bibliotek",
            "--lang",
            "da",
            "--format",
            "po",
            "-o",
        ])
        .arg(&po)
        .any_stderr()
        .run();
    let text = fs::read_to_string(&po).unwrap();
    let empty = format!("msgctxt \"competence:{id}:title\"\nmsgid \"{source}\"\nmsgstr \"\"");
    assert!(text.contains(&empty), "{text}");
    let filled =
        format!("msgctxt \"competence:{id}:title\"\nmsgid \"{source}\"\nmsgstr \"{translated}\"");
    fs::write(&po, text.replace(&empty, &filled)).unwrap();
    town.test()
        .args(["i18n", "merge"])
        .arg(&po)
        .args(["--framework", "bibliotek"])
        .any_stderr()
        .run();
}

/// The text of entry `key` of the translation file `text`, as written there.
fn entry_text(text: &str, key: &str) -> String {
    let at = text
        .find(&format!("  {key}:\n    text: "))
        .unwrap_or_else(|| panic!("no entry {key}:\n{text}"));
    text[at..].lines().nth(1).unwrap().trim_start()["text: ".len()..].to_owned()
}

/// The text of the fork's Danish translation entry `key`, which must be there.
fn danish(town: &Municipality, key: &str) -> String {
    entry_text(
        &fs::read_to_string(town.fork().join("translations/da.yaml")).unwrap(),
        key,
    )
}

/// The Swedish title of competence 5.4 in the pilot (5.3 in 1.0.0), and the fork's own Danish.
const GAPS: &str = "Identifiera digitala kompetensluckor";
const OUR_GAPS: &str = "Bibliotekets egen: Finde digitale kompetencehuller";

/// The fork's own translation of GAPS is current at competence `id`, and nothing of it is
/// left under `was`.
fn our_gaps_translation_at(town: &Municipality, id: &str, was: &str) {
    assert_eq!(
        danish(town, &format!("competence:{id}:title")),
        format!("\"{OUR_GAPS}\"")
    );
    let status = translation_status(town);
    assert!(!status.contains(&format!("competence:{was}:")), "{status}");
}

/// The keys of the fork's Danish translation that `i18n status` reports, as JSON text.
fn translation_status(town: &Municipality) -> String {
    town.test()
        .args(["i18n", "status", "bibliotek", "--format", "json"])
        .run()
        .json()
        .to_string()
}

/// The fork's own translation of a competence upstream renumbers (5.4 → 5.3) follows it to the
/// new id: it is current there, not obsolete under the old one.
#[test]
fn the_forks_translation_follows_a_competence_upstream_renumbered() {
    let town = Municipality::forked();
    translate_title(&town, "5.4", GAPS, OUR_GAPS);
    town.merge("1.0.0")
        .stderr_contains("merged stockholm-kultur 1.0.0")
        .run();
    our_gaps_translation_at(&town, "5.3", "5.4");
}

/// Upstream's translations of a competence the fork renumbered (1.2 → 1.5) are taken under the
/// fork's id.
#[test]
fn upstreams_translation_follows_a_competence_the_fork_renumbered() {
    let town = Municipality::forked();
    renumber(
        &town.fork(),
        "1-information-och-datakunnighet.yaml",
        "1.2",
        "1.5",
    );
    town.test().args(["validate", "bibliotek"]).run();
    town.merge("v1.0.0")
        .stderr_contains("merged stockholm-kultur 1.0.0")
        .run();
    let upstream =
        fs::read_to_string(workspace().join("frameworks/stockholm-kultur/translations/da.yaml"))
            .unwrap();
    assert_eq!(
        danish(&town, "competence:1.5:title"),
        entry_text(&upstream, "competence:1.2:title")
    );
    let da = fs::read_to_string(town.fork().join("translations/da.yaml")).unwrap();
    assert!(da.contains("  competence:1.5:definition:\n"), "{da}");
    assert!(!da.contains("competence:1.2:"), "{da}");
    let status = translation_status(&town);
    assert!(!status.contains("competence:1.5:title"), "{status}");
}

/// Both renumbered 5.4, the fork to 5.8 and upstream to 5.3: taking upstream's id takes the
/// fork's translation along to it.
#[test]
fn the_forks_translation_follows_upstreams_id_when_it_is_taken() {
    let town = Municipality::forked();
    renumber(&town.fork(), "5-problemlosning.yaml", "5.4", "5.8");
    translate_title(&town, "5.8", GAPS, OUR_GAPS);
    town.merge("v1.0.0")
        .status(1)
        .stdout_contains("5.8")
        .any_stderr()
        .run();
    town.merge("v1.0.0")
        .args(["--theirs", "5.8"])
        .stderr_contains("merged stockholm-kultur 1.0.0")
        .run();
    our_gaps_translation_at(&town, "5.3", "5.8");
}
