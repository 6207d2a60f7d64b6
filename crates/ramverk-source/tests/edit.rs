//! `edit_to`: editing YAML in place. Every bundled file reads back unchanged through a no-op edit;
//! each kind of edit on real framework files gives exactly the expected text and keeps every
//! comment outside the changed item; random mutations read back as their target; hostile texts
//! are edited or refused, never mangled.

use std::path::{Path, PathBuf};

use ramverk_source::{EditError, Feature, edit_to, parse};
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

/// Keys that need care: YAML 1.1 booleans, numbers, indicators.
const KEYS: &[&str] = &[
    "y",
    "n",
    "yes",
    "3",
    "1.10",
    "01",
    "-1",
    "a: b",
    "<<",
    "#",
    "",
    "- x",
    "?",
    "~",
    "null",
    "true",
    "k\tey",
    "\"q\"",
    "'s'",
    "ny rad\nnyckel",
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
                let key = match rng.below(3) {
                    0 => format!("{}{fresh}", KEYS[rng.below(KEYS.len())]),
                    1 => KEYS[rng.below(KEYS.len())].to_owned(),
                    _ => format!("ny-{fresh}"),
                };
                if !fields.contains_key(&key) {
                    fields.shift_insert(index, key, random_value(rng, 0));
                }
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

/// Small documents with every layout the editor handles, beside the bundled files.
const LAYOUTS: &[&str] = &[
    "# rubrik\na: 1\nb: 'enkel'\nc: \"dubbel\"\nd: >\n  vikt\n  text\n\ne: |-\n  rad ett\n    indragen\nf:\ng: ~\n",
    "l:\n- id: a\n  t: x\n# mellan\n- id: b\n  t: y\nm: [1, 2, {p: q}]\nn: {x: [a, b], y: {}}\n",
    "a:\n  - - x\n    - y\n  - text: z\n    k: 1\n  -\n  - >-\n    vikt\nb: 2",
    "a: 1\r\nb:\r\n  c: [x, y]\r\n  d: >-\r\n    e f\r\n    g\r\n",
    "x: plain\n  fortsätter\ny: \"två\n  rader\"\nz: 'också\n\n  tre'\n",
];

fn corpus() -> Vec<(String, String)> {
    let mut all = bundled();
    all.extend(
        LAYOUTS
            .iter()
            .enumerate()
            .map(|(index, text)| (format!("layout {index}"), (*text).to_owned())),
    );
    let crlf = read(AREA).replace('\n', "\r\n");
    all.push(("area, CRLF".into(), crlf));
    all
}

#[test]
fn random_mutations_read_back_as_their_target() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut fresh = 0;
    for (name, text) in corpus() {
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

// ---------------------------------------------------------------------------------------------
// Hostile and unusual texts.

#[test]
fn crlf_files_stay_crlf() {
    let lf = read(AREA);
    let crlf = lf.replace('\n', "\r\n");
    let mutate = |json: &mut Json| {
        *at(json, "/competences/1/descriptors/3") = json!(
            "Ny beskrivning av nivå tre, som är lång nog att brytas över flera rader när den skrivs i filen igen."
        );
        items(at(json, "/competences"))
            .push(json!({"id": "1.9", "title": "Ny", "examples": ["a: b", "c"]}));
        fields(json).shift_remove("motivation");
    };
    let mut target = json_of(&lf);
    mutate(&mut target);
    let from_lf = edited(&lf, &target);
    let from_crlf = edited(&crlf, &target);
    assert_eq!(from_crlf, from_lf.replace('\n', "\r\n"));
}

#[test]
fn a_file_without_final_newline_keeps_it_so() {
    let text = "a: 1\nb: 2";
    assert_eq!(edited(text, &json!({"a": 1})), "a: 1");
    assert_eq!(
        edited(text, &json!({"a": 1, "b": 2, "c": 3})),
        "a: 1\nb: 2\nc: 3"
    );
    assert_eq!(edited(text, &json!({"a": 1, "b": 3})), "a: 1\nb: 3");
    assert_eq!(
        edited("l:\n  - v\n  - w", &json!({"l": ["w", "z"]})),
        "l:\n  - w\n  - z"
    );
    assert_eq!(edited("a: 1\n", &json!({"b": 2})), "b: 2\n");
}

#[test]
fn scalars_are_quoted_when_plain_would_read_otherwise() {
    let text = "a: x\nb: 'y'\nc: \"z\"\n";
    let target = json!({
        "a": "Nivå: 3 # inte kommentar",
        "b": "it's",
        "c": "tab\there",
    });
    assert_eq!(
        edited(text, &target),
        "a: \"Nivå: 3 # inte kommentar\"\nb: 'it''s'\nc: \"tab\\there\"\n"
    );
    for odd in [
        "- streck",
        "1.10",
        "yes",
        "No",
        "~",
        "null",
        "2024-09-02",
        "",
        " lead",
        "trail ",
        "#",
        "a #b",
        "[x]",
        "{x}",
        "&a",
        "*a",
        "!t",
        "|",
        ">",
        "'",
        "\"",
        "@",
        "`",
        "%",
        "?",
        ":",
        "a:",
        "\u{2028}",
        "x\u{2028}y",
        "\u{feff}",
        "a\nb",
        "a\r\nb",
        "\u{7}",
        "nan",
        ".inf",
        "0x1F",
        "+1",
        "-1",
    ] {
        for text in [
            "a: x\n",
            "a: 'x'\n",
            "a: \"x\"\n",
            "a: >-\n  x y\n",
            "a: |\n  x\n",
            "a:\n",
            "l: [x]\n",
        ] {
            let target = if text.starts_with('l') {
                json!({"l": [odd, "b, c"]})
            } else {
                json!({"a": odd})
            };
            edited(text, &target);
        }
    }
}

#[test]
fn block_scalars_keep_their_style_or_fall_back_exactly() {
    let text = "a: |\n  line one\n  line two\nb: >\n  folded\n  text\n# after\nc: 1\n";
    let target = json!({"a": "line one\n  indented\nthree", "b": "new folded text\n", "c": 1});
    assert_eq!(
        edited(text, &target),
        "a: |-\n  line one\n    indented\n  three\nb: >\n  new folded text\n# after\nc: 1\n"
    );
    // Leading spaces and tabs: literal cannot carry them either; double quotes can.
    let target = json!({"a": "  lead\ttab", "b": "x\n\n\n", "c": 1});
    assert_eq!(
        edited(text, &target),
        "a: \"  lead\\ttab\"\nb: \"x\\n\\n\\n\"\n# after\nc: 1\n"
    );
    // A folded text with a tab inside becomes literal.
    let target = json!({"a": "x", "b": "one\ttwo", "c": 1});
    assert_eq!(
        edited(text, &target),
        "a: |-\n  x\nb: |-\n  one\ttwo\n# after\nc: 1\n"
    );
}

#[test]
fn kept_line_breaks_and_a_byte_order_mark_stay() {
    let text = "a: |+\n  keep\n\nb: 1\n";
    assert_eq!(
        edited(text, &json!({"a": "keep\n\n", "m": 2, "b": 1})),
        "a: |+\n  keep\n\nm: 2\nb: 1\n"
    );
    assert_eq!(
        edited(text, &json!({"a": "new\n\n", "b": 1})),
        "a: \"new\\n\\n\"\nb: 1\n"
    );
    let text = "\u{feff}# bom\na: 1\n";
    assert_eq!(
        edited(text, &json!({"a": 1, "b": {"c": 2}})),
        "\u{feff}# bom\na: 1\nb:\n  c: 2\n"
    );
    let text = "\u{feff}a: 1\n";
    assert_eq!(
        edited(text, &json!({"a": {"x": 1}})),
        "\u{feff}a:\n  x: 1\n"
    );
}

#[test]
fn very_long_texts_are_folded_or_kept_on_one_line() {
    let long = "ord ".repeat(25_000).trim_end().to_owned();
    let text = "a: >-\n  kort\nb: kort\n";
    let written = edited(text, &json!({"a": long, "b": long}));
    let lines: Vec<&str> = written.lines().collect();
    assert!(lines.len() > 1000);
    assert!(
        lines[1..lines.len() - 1]
            .iter()
            .all(|line| line.chars().count() <= 100)
    );
    assert_eq!(
        lines.last().map(|line| line.len()),
        Some(long.len() + 3),
        "plain stays one line"
    );
    let word = "x".repeat(300);
    edited(text, &json!({"a": format!("{word} {word}"), "b": word}));
}

#[test]
fn nesting_64_deep_is_edited() {
    let depth = 60;
    let mut text = String::new();
    for level in 0..depth {
        text.push_str(&format!("{}k{level}:\n", "  ".repeat(level)));
    }
    text.push_str(&format!("{}leaf: 1\n", "  ".repeat(depth)));
    let mut target = json!({"leaf": 2, "new": "x"});
    for level in (0..depth).rev() {
        target = json!({ format!("k{level}"): target });
    }
    let handle = std::thread::Builder::new()
        .stack_size(ramverk_source::READER_STACK)
        .spawn(move || {
            let written = edit_to(&text, &target).expect("edits");
            assert_eq!(json_of(&written), target);
            let changed: Vec<&str> = written
                .lines()
                .filter(|l| !text.contains(&format!("{l}\n")))
                .collect();
            assert_eq!(changed.len(), 2, "{changed:?}");
        })
        .expect("a thread");
    handle.join().expect("no panic");
}

#[test]
fn anchors_and_aliases_are_refused_where_they_would_change() {
    let text = "base: &b\n  x: 1\nuse: *b\nmerged:\n  <<: *b\n  z: 2\nother: 1\n";
    // Elsewhere, editing works.
    let mut target = json_of(text);
    *at(&mut target, "/other") = json!(2);
    assert_eq!(
        edited(text, &target),
        "base: &b\n  x: 1\nuse: *b\nmerged:\n  <<: *b\n  z: 2\nother: 2\n"
    );
    let refused = |change: &dyn Fn(&mut Json)| {
        let mut target = json_of(text);
        change(&mut target);
        match edit_to(text, &target) {
            Err(EditError::Unsupported { feature, at }) => (feature, at.line),
            other => panic!("refused, not {other:?}"),
        }
    };
    assert_eq!(
        refused(&|t| *at(t, "/base/x") = json!(5)),
        (Feature::Anchor, 2)
    );
    assert_eq!(
        refused(&|t| *at(t, "/use/x") = json!(5)),
        (Feature::Alias, 3)
    );
    assert_eq!(
        refused(&|t| *at(t, "/merged/z") = json!(5)).0,
        Feature::MergeKey
    );
    assert_eq!(
        refused(&|t| {
            fields(t).shift_remove("base");
        }),
        (Feature::Anchor, 2)
    );
    let tagged = "a: !!str 1\nb: 2\n";
    assert!(matches!(
        edit_to(tagged, &json!({"a": "2", "b": 2})),
        Err(EditError::Unsupported {
            feature: Feature::Tag,
            ..
        })
    ));
    assert_eq!(
        edited(tagged, &json!({"a": "1", "b": 3})),
        "a: !!str 1\nb: 3\n"
    );
}

#[test]
fn empty_and_comment_only_documents_get_the_mapping() {
    assert_eq!(edited("", &json!({"a": 1, "b": ["x"]})), "a: 1\nb: [x]\n");
    assert_eq!(edited("\n\n", &json!({})), "{}\n");
    assert_eq!(edited("# rubrik\n", &json!({"a": 1})), "# rubrik\na: 1\n");
    assert_eq!(edited("# rubrik", &json!({"a": 1})), "# rubrik\na: 1");
}

#[test]
fn what_cannot_be_edited_is_refused_with_its_place() {
    assert!(
        matches!(edit_to("- a\n", &json!({"a": 1})), Err(EditError::RootNotMapping { at }) if at.line == 1)
    );
    assert!(matches!(
        edit_to("a: 1\n", &json!([1])),
        Err(EditError::TargetNotObject)
    ));
    assert!(matches!(
        edit_to("a: [1\nb: 2\n", &json!({})),
        Err(EditError::Parse(_))
    ));
    let repeated = "a: 1\nb:\n  x: 1\n  x: 2\n";
    match edit_to(repeated, &json!({"a": 1, "b": {"x": 3}})) {
        Err(EditError::DuplicateKey { key, at }) => assert_eq!((key.as_str(), at.line), ("x", 4)),
        other => panic!("{other:?}"),
    }
    assert_eq!(
        edited(repeated, &json!({"a": 2, "b": {"x": 2}})),
        "a: 2\nb:\n  x: 1\n  x: 2\n"
    );
}

#[test]
fn flow_collections_are_written_anew_in_flow_style() {
    let text = "a: [x, y]  # kommentar\nb: {p: 1, q: [1, 2]}\nc: {}\nd: []\n";
    let target = json!({"a": ["x", "z, w"], "b": {"p": 1, "q": [1], "r": "s"}, "c": {"k": "v"}, "d": [{"id": 1}]});
    assert_eq!(
        edited(text, &target),
        "a: [x, \"z, w\"]  # kommentar\nb: {p: 1, q: [1], r: s}\nc: {k: v}\nd: [{id: 1}]\n"
    );
}

#[test]
fn a_value_that_changes_kind_is_written_as_block_yaml() {
    let text = "a:\nb: text  # kommentar\nc:\n  - x\nd:\n  k: v\ne: 1\n";
    let target = json!({
        "a": {"k": "v", "l": [{"id": "x", "t": "y"}]},
        "b": ["p", "q"],
        "c": "nu en text",
        "d": null,
        "e": {},
    });
    assert_eq!(
        edited(text, &target),
        "a:\n  k: v\n  l:\n    - id: x\n      t: \"y\"\nb: [p, q]\nc: nu en text\nd: null\ne: {}\n"
    );
}

#[test]
fn list_items_are_matched_deleted_and_inserted() {
    let text =
        "l:\n  # första\n  - a\n  - b  # b\n\n  # c\n  - c\nm:\n- id: x\n  t: 1\n- id: w\n  t: 2\n";
    let target =
        json!({"l": ["a", "B", "c", "d"], "m": [{"id": "w", "t": 3}, {"id": "z", "t": 4}]});
    assert_eq!(
        edited(text, &target),
        "l:\n  # första\n  - a\n  - B  # b\n\n  # c\n  - c\n  - d\nm:\n- id: w\n  t: 3\n- id: z\n  t: 4\n"
    );
    // A list item that is a mapping written on its dash's line.
    let text = "l:\n  - text: a\n    k: 1\n";
    assert_eq!(
        edited(text, &json!({"l": [{"first": 0, "text": "a", "k": 1}]})),
        "l:\n  - first: 0\n    text: a\n    k: 1\n"
    );
    assert_eq!(edited(text, &json!({"l": [{"k": 1}]})), "l:\n  - k: 1\n");
    // Nested compact lists are written anew when they change.
    assert_eq!(
        edited("l:\n  - - a\n    - b\n", &json!({"l": [["a", "c"]]})),
        "l:\n  - [a, c]\n"
    );
}

#[test]
fn five_hundred_changes_in_a_list_of_five_hundred() {
    let mut text = String::from("statements:\n");
    for index in 0..500 {
        text.push_str(&format!(
            "  # statement {index}\n  - id: s{index}\n    text: Påstående nummer {index}\n"
        ));
    }
    let mut target = json_of(&text);
    let statements = items(at(&mut target, "/statements"));
    for (index, statement) in statements.iter_mut().enumerate() {
        if index % 2 == 0 {
            *at(statement, "/text") = json!(format!("Ändrat påstående {index}: nu med kolon"));
        }
    }
    statements.retain(|s| s["id"] != "s7" && s["id"] != "s300");
    for index in (0..500).step_by(2) {
        statements.insert(index, json!({"id": format!("n{index}"), "text": "Nytt"}));
    }
    let written = edited(&text, &target);
    assert_eq!(
        lost_comments(&text, &written),
        ["# statement 7", "# statement 300"]
    );
}
