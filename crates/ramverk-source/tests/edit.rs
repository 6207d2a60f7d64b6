//! `edit_to`: editing YAML in place. Every bundled file reads back unchanged through a no-op edit;
//! each kind of edit on real framework files gives exactly the expected text and keeps every
//! comment outside the changed item; random mutations read back as their target; hostile texts
//! are edited or refused, never mangled.

use std::path::{Path, PathBuf};

use ramverk_source::{edit_to, parse};
use serde_json::{Value as Json, json};

fn json_of(text: &str) -> Json {
    parse(text).expect("the text parses").to_json()
}

fn frameworks() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../frameworks")
}

fn yaml_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("a readable directory")
        .map(|entry| entry.expect("an entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            yaml_files(&path, out);
        } else if path.extension().is_some_and(|ext| ext == "yaml") {
            out.push(path);
        }
    }
}

fn bundled() -> Vec<(String, String)> {
    let mut paths = Vec::new();
    yaml_files(&frameworks(), &mut paths);
    assert!(paths.len() >= 40, "the bundled frameworks are found");
    paths
        .into_iter()
        .map(|path| {
            let name = path
                .strip_prefix(frameworks())
                .expect("under frameworks")
                .display()
                .to_string();
            (name, std::fs::read_to_string(&path).expect("readable"))
        })
        .collect()
}

fn read(relative: &str) -> String {
    std::fs::read_to_string(frameworks().join(relative)).expect("a bundled file")
}

/// Edits and checks that the result reads back as the target.
fn edited(text: &str, target: &Json) -> String {
    let written = edit_to(text, target).unwrap_or_else(|error| panic!("{error}"));
    assert_eq!(&json_of(&written), target, "reads back as the target");
    written
}

/// The comment lines of `original` missing from `written` (as a multiset), in order.
fn lost_comments(original: &str, written: &str) -> Vec<String> {
    let mut left: Vec<&str> = written
        .lines()
        .map(str::trim)
        .filter(|line| line.starts_with('#'))
        .collect();
    let mut lost = Vec::new();
    for line in original
        .lines()
        .map(str::trim)
        .filter(|l| l.starts_with('#'))
    {
        match left.iter().position(|other| *other == line) {
            Some(index) => {
                left.remove(index);
            }
            None => lost.push(line.to_owned()),
        }
    }
    lost
}

/// The change as a unified diff, for a snapshot: applied to the original it gives exactly the
/// result.
fn change(original: &str, written: &str) -> String {
    similar::TextDiff::from_lines(original, written)
        .unified_diff()
        .context_radius(2)
        .to_string()
}

/// Edits the bundled file `relative` into what `mutate` makes of its JSON; snapshots the change
/// and checks that only the comments in `may_lose` went.
fn edit_bundled(relative: &str, mutate: impl FnOnce(&mut Json), may_lose: &[&str]) -> String {
    let original = read(relative);
    let mut target = json_of(&original);
    mutate(&mut target);
    let written = edited(&original, &target);
    assert_eq!(
        lost_comments(&original, &written),
        may_lose,
        "comments lost"
    );
    change(&original, &written)
}

fn at<'a>(value: &'a mut Json, pointer: &str) -> &'a mut Json {
    value
        .pointer_mut(pointer)
        .unwrap_or_else(|| panic!("{pointer} exists"))
}

fn fields(value: &mut Json) -> &mut serde_json::Map<String, Json> {
    value.as_object_mut().expect("an object")
}

fn items(value: &mut Json) -> &mut Vec<Json> {
    value.as_array_mut().expect("an array")
}

fn index_of(fields: &serde_json::Map<String, Json>, key: &str) -> usize {
    fields
        .keys()
        .position(|name| name == key)
        .unwrap_or_else(|| panic!("{key} exists"))
}

const FRAMEWORK: &str = "stockholm-kultur/framework.yaml";
const AREA: &str = "stockholm-kultur/areas/1-information-och-datakunnighet.yaml";
const PROFILE: &str = "stockholm-kultur/profiles/chef.yaml";

#[test]
fn changing_a_title_changes_its_line_only() {
    let change = edit_bundled(
        FRAMEWORK,
        |json| {
            *at(json, "/title") = json!("Ramverk för digital kompetens (reviderat)");
        },
        &[],
    );
    insta::assert_snapshot!(change);
}

#[test]
fn a_changed_folded_description_stays_folded_at_its_width() {
    let change = edit_bundled(
        AREA,
        |json| {
            *at(json, "/competences/0/definition") = json!(
                "Kompetens att formulera behov av information och att effektivt söka efter data, \
             information och innehåll i digitala miljöer, navigera mellan dem och välja ut det \
             som är relevant för uppgiften."
            );
        },
        &[],
    );
    insta::assert_snapshot!(change);
}

#[test]
fn a_changed_descriptor_keeps_its_key_and_style() {
    let change = edit_bundled(
        AREA,
        |json| {
            *at(json, "/competences/1/descriptors/3") =
                json!("Kan granska, bedöma och hantera digital information självständigt.");
            // A plain one-line descriptor stays plain.
            *at(json, "/competences/1/descriptors/2") =
                json!("Kan granska digital information. Tar hjälp där jag behöver.");
        },
        &[],
    );
    insta::assert_snapshot!(change);
}

#[test]
fn a_changed_expected_level_changes_one_number() {
    let change = edit_bundled(
        PROFILE,
        |json| {
            *at(json, "/expected/1.2") = json!(3);
        },
        &[],
    );
    insta::assert_snapshot!(change);
}

#[test]
fn a_new_competence_is_inserted_at_its_place() {
    let change = edit_bundled(
        AREA,
        |json| {
            let competences = items(at(json, "/competences"));
            competences.insert(
            1,
            json!({
                "id": "1.1b",
                "title": "Ny delkompetens: sortera",
                "definition": "Kompetens att sortera data, information och digitalt innehåll i digitala miljöer så att det går att hitta igen.",
                "descriptors": {"1": "Saknar erfarenhet.", "2": "Kan sortera med hjälp."},
                "tags": ["ny", "prövas"],
            }),
        );
        },
        &[],
    );
    insta::assert_snapshot!(change);
}

#[test]
fn a_removed_competence_goes_with_its_comment() {
    let change = edit_bundled(
        AREA,
        |json| {
            items(at(json, "/competences")).remove(0);
        },
        &["# 1.1 (Bilaga 1, source line 353)"],
    );
    insta::assert_snapshot!(change);
}

#[test]
fn a_new_key_is_inserted_after_the_key_before_it() {
    let change = edit_bundled(
        FRAMEWORK,
        |json| {
            let root = fields(json);
            let status = index_of(root, "status");
            root.shift_insert(status + 1, "license".into(), json!("CC BY 4.0"));
            fields(at(json, "/publisher")).insert("url".into(), json!("https://start.stockholm"));
        },
        &[],
    );
    insta::assert_snapshot!(change);
}

#[test]
fn a_removed_key_goes_with_its_comment() {
    let change = edit_bundled(
        FRAMEWORK,
        |json| {
            fields(json).shift_remove("description");
            fields(at(json, "/publisher")).shift_remove("unit");
        },
        &["# Bilaga 1, intro paragraph, verbatim (it predates area 6; see notes)."],
    );
    insta::assert_snapshot!(change);
}

#[test]
fn reordered_competences_move_with_their_comments() {
    let change = edit_bundled(
        AREA,
        |json| {
            items(at(json, "/competences")).swap(0, 1);
            *at(json, "/competences/0/title") = json!("Granska och hantera data");
        },
        &[],
    );
    insta::assert_snapshot!(change);
}

#[test]
fn profile_levels_are_added_and_removed_in_place() {
    let change = edit_bundled(
        PROFILE,
        |json| {
            let expected = fields(at(json, "/expected"));
            let after = index_of(expected, "1.2");
            expected.shift_insert(after + 1, "1.3".into(), json!(2));
            expected.shift_remove("6.2");
        },
        &[],
    );
    insta::assert_snapshot!(change);
}

#[test]
fn a_no_op_edit_returns_every_bundled_file_byte_for_byte() {
    for (name, text) in bundled() {
        let written = edit_to(&text, &json_of(&text)).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(written == text, "{name} changed");
    }
}

// ---------------------------------------------------------------------------------------------
// Pseudo-random mutations.

/// xorshift64*: small, deterministic.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

const TEXTS: &[&str] = &[
    "ny text",
    "Nivå: 3",
    "# inte en kommentar",
    "- börjar med streck",
    "citat \"så\" och 'så'",
    "yes",
    "1.10",
    "2024-09-02",
    "~",
    "",
    "tab\there",
    "rad ett\nrad två",
    "slut med radbrytning\n",
    " inledande blanksteg",
    "radavgränsare\u{2028}här",
    "en ganska lång text som fortsätter och fortsätter med många ord så att den inte alls ryms på en enda rad i filen utan måste brytas",
    "dubbla  mellanslag i en lång text som fortsätter och fortsätter med ord tills den är längre än hundra tecken",
    "a: b # c",
    "[inte en lista]",
    "{inte: en mapp}",
    "&ankare",
    "*alias",
    "!tagg",
    "key:",
    "@ och `",
];

fn random_scalar(rng: &mut Rng) -> Json {
    match rng.below(6) {
        0 => json!(rng.below(10)),
        1 => json!(rng.below(1000) as f64 / 8.0),
        2 => json!(rng.chance(50)),
        3 => Json::Null,
        _ => json!(TEXTS[rng.below(TEXTS.len())]),
    }
}

fn random_value(rng: &mut Rng, depth: usize) -> Json {
    if depth > 2 || rng.chance(60) {
        return random_scalar(rng);
    }
    if rng.chance(50) {
        let n = rng.below(4);
        Json::Array((0..n).map(|_| random_value(rng, depth + 1)).collect())
    } else {
        let n = rng.below(4);
        Json::Object(
            (0..n)
                .map(|i| (format!("k{i}"), random_value(rng, depth + 1)))
                .collect(),
        )
    }
}

/// Changes one randomly chosen place of `value`.
fn mutate(value: &mut Json, rng: &mut Rng, fresh: &mut usize) {
    // Walk down a random path; stop at a random depth.
    let descend = rng.chance(80);
    match value {
        Json::Object(fields) if descend && !fields.is_empty() => {
            let index = rng.below(fields.len());
            let key = fields.keys().nth(index).cloned().expect("a key");
            if let Some(child) = fields.get_mut(&key) {
                mutate(child, rng, fresh);
            }
        }
        Json::Array(items) if descend && !items.is_empty() => {
            let index = rng.below(items.len());
            mutate(&mut items[index], rng, fresh);
        }
        Json::Object(fields) => match rng.below(4) {
            0 if !fields.is_empty() => {
                let key = fields.keys().nth(rng.below(fields.len())).cloned();
                if let Some(key) = key {
                    fields.shift_remove(&key);
                }
            }
            1 if fields.len() > 1 => {
                // Reorder: move a key to the end (no change to the JSON's meaning).
                let key = fields.keys().nth(rng.below(fields.len())).cloned();
                if let Some((key, child)) = key.and_then(|key| fields.shift_remove_entry(&key)) {
                    fields.insert(key, child);
                }
            }
            _ => {
                *fresh += 1;
                let index = rng.below(fields.len() + 1);
                fields.shift_insert(index, format!("ny-{fresh}"), random_value(rng, 0));
            }
        },
        Json::Array(items) => match rng.below(4) {
            0 if !items.is_empty() => {
                items.remove(rng.below(items.len()));
            }
            1 if items.len() > 1 => {
                let a = rng.below(items.len());
                let b = rng.below(items.len());
                items.swap(a, b);
            }
            _ => {
                let index = rng.below(items.len() + 1);
                let new = match items.first() {
                    Some(Json::Object(first)) if first.contains_key("id") => {
                        *fresh += 1;
                        let mut item = first.clone();
                        item.insert("id".into(), json!(format!("ny-{fresh}")));
                        Json::Object(item)
                    }
                    _ => random_value(rng, 0),
                };
                items.insert(index, new);
            }
        },
        other => {
            *other = if rng.chance(85) {
                random_scalar(rng)
            } else {
                random_value(rng, 0)
            };
        }
    }
}

#[test]
fn random_mutations_of_the_bundled_files_read_back_as_their_target() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut fresh = 0;
    for (name, text) in bundled() {
        let original = json_of(&text);
        for round in 0..12 {
            let mut target = original.clone();
            for _ in 0..=rng.below(6) {
                mutate(&mut target, &mut rng, &mut fresh);
            }
            if !target.is_object() {
                continue;
            }
            match edit_to(&text, &target) {
                Ok(written) => assert_eq!(
                    json_of(&written),
                    target,
                    "{name}, round {round}:\n{written}"
                ),
                Err(error) => panic!("{name}, round {round}: {error}\ntarget: {target:#}"),
            }
        }
    }
}
