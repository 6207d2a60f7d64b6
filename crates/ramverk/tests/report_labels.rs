//! The fixed words of `ramverk show` and `ramverk score` for people follow the framework's
//! language: Swedish for the Stockholm framework as written, Danish or English with `--lang`.
//! JSON and CSV keep their English keys.

mod support;

use std::path::PathBuf;

use support::Test;

const STOCKHOLM: &str = "frameworks/stockholm-kultur";

/// One language of a report: the `--lang` arguments, words it must show and English words it
/// must not show.
struct Language {
    args: &'static [&'static str],
    shows: &'static [&'static str],
    hides: &'static [&'static str],
}

/// Runs `ramverk` with `args` and checks the words of `language` on stdout.
#[track_caller]
fn check(args: &[&str], extra: &[&str], language: &Language) {
    let output = Test::new()
        .args(args)
        .args(extra)
        .args(language.args)
        .any_stderr()
        .run();
    for text in language.shows {
        assert!(
            output.stdout.contains(text),
            "`{}` lacks {text:?}\n{}",
            output.command,
            output.stdout
        );
    }
    for text in language.hides {
        assert!(
            !output.stdout.contains(text),
            "`{}` shows {text:?}\n{}",
            output.command,
            output.stdout
        );
    }
}

/// A generated round of 60 persons for the Stockholm framework.
fn ratings() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("round.csv");
    Test::new()
        .args(["ratings", "generate", STOCKHOLM, "--persons", "60", "-o"])
        .arg(&file)
        .any_stderr()
        .run();
    (dir, file)
}

#[test]
fn role_profile_reads_in_the_framework_language() {
    let args = ["show", STOCKHOLM, "--role", "chef"];
    check(
        &args,
        &[],
        &Language {
            args: &[],
            shows: &["Chef (chef) — förväntad nivå för 14 kompetenser"],
            hides: &["expected levels"],
        },
    );
    check(
        &args,
        &[],
        &Language {
            args: &["--lang", "da"],
            shows: &["Leder (chef) — forventet niveau for 14 kompetencer"],
            hides: &["expected levels", "förväntad"],
        },
    );
    check(
        &args,
        &[],
        &Language {
            args: &["--lang", "en"],
            shows: &["Manager (chef) — expected levels for 14 competences"],
            hides: &["förväntad", "forventet"],
        },
    );
    let args = ["show", STOCKHOLM, "--role", "medarbetare"];
    for (lang, note) in [
        ("sv", "— (kompetensområdet gäller inte rollen)"),
        ("da", "— (kompetenceområdet gælder ikke rollen)"),
        ("en", "— (area not for this role)"),
    ] {
        Test::new()
            .args(args)
            .args(["--lang", lang])
            .stdout_contains(note)
            .any_stderr()
            .run();
    }
}

#[test]
fn framework_view_reads_in_the_framework_language() {
    let args = ["show", STOCKHOLM];
    check(
        &args,
        &[],
        &Language {
            args: &[],
            shows: &[
                // The status describes "ramverket" (neuter): review L-6.
                "· sv · fastställt 2024-09-02 ·",
                "Skala niva: Kompetensnivå (trappa: varje nivå bygger på nivåerna under)",
                "Kompetens ej skattad (ej skattad)",
                "\nRoller\n",
                "Endast för: systemagare, systemansvarig, chef",
                "Läraktivitet: ",
            ],
            hides: &[
                "adopted",
                "Scale ",
                "cumulative",
                "Roles",
                "Only for",
                "Learning:",
            ],
        },
    );
    check(
        &args,
        &[],
        &Language {
            args: &["--lang", "da"],
            shows: &[
                "· da · vedtaget 2024-09-02 ·",
                "Skala niva: Kompetenceniveau (trappe: hvert niveau bygger på niveauerne under)",
                "(ikke vurderet)",
                "\nRoller\n",
                "Kun for: systemagare, systemansvarig, chef",
                "Læringsaktivitet: ",
            ],
            hides: &[
                "adopted",
                "fastställt",
                "cumulative",
                "Only for",
                "Learning:",
            ],
        },
    );
    check(
        &args,
        &[],
        &Language {
            args: &["--lang", "en"],
            shows: &[
                "· en · adopted 2024-09-02 ·",
                "Scale niva: Competence level (cumulative: each level builds on the ones below)",
                "(not rated)",
                "\nRoles\n",
                "Only for: systemagare, systemansvarig, chef",
                // The whole term, as in Swedish and Danish: review L-3.
                "Learning activity: ",
            ],
            hides: &[
                "fastställt",
                "vedtaget",
                "Endast för",
                "Kun for",
                "Learning: ",
            ],
        },
    );
    // A Danish framework as written reads in Danish, and in Swedish when asked.
    Test::new()
        .args(["show", "frameworks/kl-kompetencehjul"])
        .stdout_contains("· da · vedtaget")
        .any_stderr()
        .run();
    Test::new()
        .args(["show", "frameworks/kl-kompetencehjul", "--lang", "sv"])
        .stdout_contains("· sv · fastställt")
        .any_stderr()
        .run();
}

const SWEDISH_MARKDOWN: Language = Language {
    args: &[],
    shows: &[
        "# Ramverk för digital kompetens på kulturförvaltningen — resultat av kompetensskattningen",
        "beräknat med de inbyggda Stockholmsreglerna; grupper med färre än 5 personer visas inte, för att skydda enskilda",
        "skattningar från 60 personer",
        "\n## Alla\n",
        "\n## Per kompetensområde\n",
        "\n## Per roll\n",
        "\n## Per enhet\n",
        "\n## Per kompetens\n",
        "| grupp | personer | medelvärde | skattningar med behov | personer med behov | hög motivation | täckningsgrad |",
        "| Alla personer |",
        "\n## Personer\n",
        "| kompetens | förväntad nivå | skattning | resultat | läraktiviteter |",
        "| uppnådd |",
    ],
    hides: &[
        "assessment figures",
        "the built-in Stockholm rules",
        "suppressed",
        "persons",
        "mean rating",
        "coverage",
        "By area",
        "| met |",
    ],
};

const DANISH_MARKDOWN: Language = Language {
    args: &["--lang", "da"],
    shows: &[
        "# Rammeværk for digital kompetence i Kulturforvaltningen — resultater af kompetencevurderingen",
        "beregnet med de indbyggede Stockholm-regler; grupper med færre end 5 personer vises ikke for at beskytte enkeltpersoner",
        "vurderinger fra 60 personer",
        "\n## Alle\n",
        "\n## Fordelt på kompetenceområder\n",
        "\n## Fordelt på roller\n",
        "\n## Fordelt på enheder\n",
        "\n## Fordelt på kompetencer\n",
        "| gruppe | personer | gennemsnit | vurderinger med behov | personer med behov | høj motivation | dækningsgrad |",
        "| Alle personer |",
        "\n## Personer\n",
        "| kompetence | forventet niveau | vurdering | resultat | læringsaktiviteter |",
        "| opfyldt |",
    ],
    hides: &[
        "assessment figures",
        "resultat av",
        "the built-in Stockholm rules",
        "suppressed",
        "persons",
        "mean rating",
        "medelvärde",
        "| met |",
    ],
};

const ENGLISH_MARKDOWN: Language = Language {
    args: &["--lang", "en"],
    shows: &[
        // Review L-8 and L-7.
        "# Framework for digital competence at the Cultural Affairs Department — self-assessment results",
        "scored with the built-in Stockholm rules; groups under 5 persons suppressed",
        "ratings from 60 persons",
        "\n## Everyone\n",
        "\n## By area\n",
        "\n## By role\n",
        "\n## By unit\n",
        "\n## By competence\n",
        "| group | persons | mean rating | ratings with need | persons with need | high motivation | coverage |",
        "| All persons |",
        "\n## Persons\n",
        "| competence | expected | rating | outcome | learning activities |",
        "| met |",
    ],
    hides: &[
        "kompetensskattningen",
        "kompetencevurderingen",
        "Alla personer",
        "Per roll",
    ],
};

#[test]
fn markdown_report_reads_in_the_framework_language() {
    let (_dir, file) = ratings();
    let file = file.to_str().unwrap();
    let args = [
        "score",
        STOCKHOLM,
        "--ratings",
        file,
        "--format",
        "markdown",
    ];
    for language in [&SWEDISH_MARKDOWN, &DANISH_MARKDOWN, &ENGLISH_MARKDOWN] {
        check(&args, &["--per-person"], language);
    }
}

#[test]
fn human_report_reads_in_the_framework_language() {
    let (_dir, file) = ratings();
    let file = file.to_str().unwrap();
    let args = ["score", STOCKHOLM, "--ratings", file, "--compare", file];
    check(
        &args,
        &["--per-person"],
        &Language {
            args: &[],
            shows: &[
                "beräknat med de inbyggda Stockholmsreglerna",
                "\nnu:   ",
                "\nföre: ",
                "(förändring inom parentes, andelar i procentenheter)",
                "\nAlla\n",
                "\nPer kompetensområde\n",
                "personer",
                "täckning",
                "  Alla personer  ",
                "\nPersoner\n",
                "kompetensbehov, ",
                "nivåsteg under förväntad nivå",
                "förväntad nivå ",
                "skattning ",
            ],
            hides: &[
                "scored with",
                "persons",
                "coverage",
                "changes in parentheses",
                "Everyone",
                "expected ",
            ],
        },
    );
    check(
        &args,
        &["--per-person"],
        &Language {
            args: &["--lang", "da"],
            shows: &[
                "beregnet med de indbyggede Stockholm-regler",
                "\nnu:  ",
                "\nfør: ",
                "(ændring i parentes, andele i procentpoint)",
                "\nAlle\n",
                "\nFordelt på kompetenceområder\n",
                "dækning",
                "  Alle personer  ",
                "\nPersoner\n",
                "kompetencebehov, ",
                "niveautrin under forventet niveau",
                "vurdering ",
            ],
            hides: &[
                "scored with",
                "persons",
                "coverage",
                "changes in parentheses",
                "Everyone",
                "täckning",
            ],
        },
    );
    check(
        &args,
        &["--per-person"],
        &Language {
            args: &["--lang", "en"],
            shows: &[
                "scored with the built-in Stockholm rules; groups under 5 persons suppressed",
                "\nnow:    ",
                "\nbefore: ",
                "(changes in parentheses, percentage points)",
                "\nEveryone\n",
                "\nBy area\n",
                "coverage",
                "  All persons  ",
                "\nPersons\n",
                " below the expected level",
                "expected ",
            ],
            hides: &[
                "beräknat",
                "beregnet",
                "Alla personer",
                "Alle personer",
                "need(s)",
            ],
        },
    );
}

#[test]
fn html_report_reads_in_the_framework_language() {
    let (_dir, file) = ratings();
    let file = file.to_str().unwrap();
    let args = [
        "score",
        STOCKHOLM,
        "--ratings",
        file,
        "--compare",
        file,
        "--format",
        "html",
    ];
    let extra = ["--per-person", "--min-group", "6"];
    check(
        &args,
        &extra,
        &Language {
            args: &[],
            shows: &[
                "<html lang=\"sv\">",
                "<h1>Ramverk för digital kompetens på kulturförvaltningen — resultat av kompetensskattningen</h1>",
                "<dt>Beräkningsregel</dt><dd>de inbyggda Stockholmsreglerna</dd>",
                "<dt>Integritetsskydd</dt>",
                "<h2>Nyckeltal för alla</h2>",
                "<h2>Kompetensområdena i överblick</h2>",
                "<figcaption>Medelvärde per kompetensområde (1–5)</figcaption>",
                "<h2>Per kompetensområde</h2>",
                "<h2>Per roll</h2>",
                "<th scope=\"col\">täckningsgrad</th>",
                "dold för att skydda enskilda (färre än 6 personer, eller en grupp som annars skulle avslöja en sådan)",
                "<h2>Personer</h2>",
                "<th scope=\"col\">förväntad nivå</th>",
            ],
            hides: &[
                "assessment figures",
                "Key figures",
                "suppressed</",
                "Persons",
                "coverage",
            ],
        },
    );
    check(
        &args,
        &extra,
        &Language {
            args: &["--lang", "da"],
            shows: &[
                "<html lang=\"da\">",
                "<h1>Rammeværk for digital kompetence i Kulturforvaltningen — resultater af kompetencevurderingen</h1>",
                "<dt>Beregningsregel</dt><dd>de indbyggede Stockholm-regler</dd>",
                "<dt>Databeskyttelse</dt>",
                "<h2>Nøgletal for alle</h2>",
                "<h2>Kompetenceområderne i overblik</h2>",
                "<figcaption>Gennemsnit pr. kompetenceområde (1–5)</figcaption>",
                "<h2>Fordelt på kompetenceområder</h2>",
                "<h2>Fordelt på roller</h2>",
                "<th scope=\"col\">dækningsgrad</th>",
                "skjult for at beskytte enkeltpersoner (færre end 6 personer, eller en gruppe som ellers ville afsløre en sådan)",
                "<h2>Personer</h2>",
                "<th scope=\"col\">forventet niveau</th>",
            ],
            hides: &[
                "assessment figures",
                "Key figures",
                "suppressed</",
                "Persons",
                "Nyckeltal",
            ],
        },
    );
    check(
        &args,
        &extra,
        &Language {
            args: &["--lang", "en"],
            shows: &[
                "<html lang=\"en\">",
                "<h1>Framework for digital competence at the Cultural Affairs Department — self-assessment results</h1>",
                "<dt>Scoring rule</dt><dd>the built-in Stockholm rules</dd>",
                "<h2>Key figures for everyone</h2>",
                "<h2>Areas at a glance</h2>",
                "<h2>By area</h2>",
                "<h2>By role</h2>",
                "suppressed to protect individuals (fewer than 6 persons, or a group that would give such a group away)",
                "<h2>Persons</h2>",
            ],
            hides: &["Nyckeltal", "Nøgletal", "kompetensskattningen"],
        },
    );
}

#[test]
fn machine_formats_keep_english_keys() {
    let (_dir, file) = ratings();
    let file = file.to_str().unwrap();
    let csv = Test::new()
        .args(["score", STOCKHOLM, "--ratings", file, "--format", "csv"])
        .run()
        .stdout;
    assert!(
        csv.starts_with("kind,key,title,suppressed,persons,mean_rating,need_share"),
        "{csv}"
    );
    assert!(csv.contains("\nall,all,All persons,false,60,"), "{csv}");
    let json = Test::new()
        .args(["score", STOCKHOLM, "--ratings", file, "--format", "json"])
        .run()
        .json();
    assert_eq!(json["rule"], "the built-in Stockholm rules");
    assert_eq!(json["persons"], 60);
}

/// Six persons of a synthetic round: five in unit A, one in unit B.
fn five_and_one() -> (tempfile::TempDir, PathBuf) {
    let framework = ramverk_testkit::framework("stockholm-kultur");
    let mut input = ramverk_assess::synthetic::round(
        &framework,
        ramverk_assess::synthetic::RoundSpec {
            persons: 6,
            seed: 7,
            round: 1,
        },
    );
    for (i, person) in input.persons.iter_mut().enumerate() {
        person.unit = if i < 5 { "A" } else { "B" }.into();
    }
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("round.csv");
    std::fs::write(
        &file,
        ramverk_assess::write_ratings_csv(&input, &framework, None),
    )
    .unwrap();
    (dir, file)
}

#[test]
fn a_unit_of_one_cannot_be_worked_out_as_everyone_minus_the_other_unit() {
    let (_dir, file) = five_and_one();
    let file = file.to_str().unwrap();
    let json = Test::new()
        .args(["score", STOCKHOLM, "--ratings", file, "--format", "json"])
        .args(["--compare", file])
        .run()
        .json();
    let groups = json["groups"].as_array().unwrap();
    let unit = |key: &str| {
        groups
            .iter()
            .find(|g| g["kind"] == "unit" && g["key"] == key)
            .unwrap()
    };
    for key in ["A", "B"] {
        assert_eq!(unit(key)["suppressed"], true, "{json:#}");
        assert!(unit(key).get("now").is_none() && unit(key).get("before").is_none());
        assert!(
            unit(key).get("suppression").is_none(),
            "whether a group is small or hides a small one is not said"
        );
    }
    assert_eq!(json["suppression"]["complementary"], true);
    assert!(
        json["suppression"]["complementary_groups"]
            .as_u64()
            .unwrap()
            >= 1
    );
    let csv = Test::new()
        .args(["score", STOCKHOLM, "--ratings", file, "--format", "csv"])
        .run()
        .stdout;
    assert!(csv.contains("\nunit,A,A,true,,,,,,\n"), "{csv}");
    assert!(csv.contains("\nunit,B,B,true,,,,,,\n"), "{csv}");

    let args = ["score", STOCKHOLM, "--ratings", file];
    for (lang, shows) in [
        (
            "sv",
            [
                "så att ingen dold grupp kan räknas fram ur de siffror som visas (sekundärt röjandeskydd)",
                "dold för att skydda enskilda (färre än 5 personer, eller en grupp som annars skulle avslöja en sådan)",
                "| A | dold |",
            ],
        ),
        (
            "da",
            [
                "så ingen skjult gruppe kan regnes ud af de viste tal (sekundær diskretionering)",
                "skjult for at beskytte enkeltpersoner (færre end 5 personer, eller en gruppe som ellers ville afsløre en sådan)",
                "| A | skjult |",
            ],
        ),
        (
            "en",
            [
                "so that no suppressed group can be worked out from the figures shown (complementary suppression)",
                "suppressed to protect individuals (fewer than 5 persons, or a group that would give such a group away)",
                "| A | suppressed |",
            ],
        ),
    ] {
        let human = Test::new()
            .args(args)
            .args(["--lang", lang])
            .any_stderr()
            .run()
            .stdout;
        let markdown = Test::new()
            .args(args)
            .args(["--lang", lang, "--format", "markdown"])
            .any_stderr()
            .run()
            .stdout;
        let html = Test::new()
            .args(args)
            .args(["--lang", lang, "--format", "html"])
            .any_stderr()
            .run()
            .stdout;
        assert!(
            human.contains(shows[0]) && human.contains(shows[1]),
            "{human}"
        );
        assert!(
            markdown.contains(shows[0]) && markdown.contains(shows[2]),
            "{markdown}"
        );
        assert!(html.contains(shows[0]), "{html}");
        let row_a = format!(
            "<tr class=\"suppressed\"><th scope=\"row\">A</th><td colspan=\"6\">{}</td></tr>",
            shows[1]
        );
        assert!(html.contains(&row_a), "{row_a}\n{html}");
    }
}

/// A copy of `framework` (its YAML files) without the area file `area`.
fn without_area(framework: &str, area: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let from = support::workspace().join(framework);
    std::fs::create_dir(dir.path().join("areas")).unwrap();
    std::fs::copy(
        from.join("framework.yaml"),
        dir.path().join("framework.yaml"),
    )
    .unwrap();
    for entry in std::fs::read_dir(from.join("areas")).unwrap() {
        let entry = entry.unwrap();
        if entry.file_name() != area {
            std::fs::copy(
                entry.path(),
                dir.path().join("areas").join(entry.file_name()),
            )
            .unwrap();
        }
    }
    dir
}

/// Review L-5: a Danish KL diff names the areas with the framework's own word, dimensions.
#[test]
fn a_danish_kl_diff_names_dimensions() {
    let copy = without_area(
        "frameworks/kl-kompetencehjul",
        "4-udvikling-og-implementering.yaml",
    );
    let report = Test::new()
        .args(["diff", "frameworks/kl-kompetencehjul"])
        .arg(copy.path())
        .any_stderr()
        .run()
        .stdout;
    assert!(report.contains("Dimensioner: 1 fjernet"), "{report}");
    assert!(report.contains("\nDimensioner\n"), "{report}");
    assert!(!report.contains("Kompetenceområder"), "{report}");
    // The Stockholm framework read in Danish keeps its own word, kompetenceområde.
    let report = Test::new()
        .args([
            "diff",
            "frameworks/stockholm-kultur/history/0.9.0",
            "frameworks/stockholm-kultur",
            "--lang",
            "da",
        ])
        .any_stderr()
        .run()
        .stdout;
    assert!(report.contains("Kompetenceområder: 1 tilføjet"), "{report}");
    assert!(!report.contains("Dimensioner"), "{report}");
    // Review L-10: the values of settings and of the status read in Danish.
    assert!(
        report.contains("kræver niveaubeskrivelser: [-nej-]{+ja+}"),
        "{report}"
    );
}

/// Review L-2 and L-10 in English: singular counts, values as they are.
#[test]
fn an_english_diff_counts_in_the_singular_and_plural() {
    let report = Test::new()
        .args([
            "diff",
            "frameworks/stockholm-kultur/history/0.9.0",
            "frameworks/stockholm-kultur",
            "--lang",
            "en",
        ])
        .any_stderr()
        .run()
        .stdout;
    assert!(report.contains("Areas: 1 added"), "{report}");
    assert!(
        report.contains("Competences – definition: added in 12 competences"),
        "{report}"
    );
    assert!(
        report.contains("requires descriptors: [-no-]{+yes+}"),
        "{report}"
    );
}

/// A role's profile as an employee reads it, in each language.
#[test]
fn role_profile_snapshots() {
    for lang in ["sv", "da", "en"] {
        let output = Test::new()
            .args(["show", STOCKHOLM, "--role", "medarbetare", "--lang", lang])
            .any_stderr()
            .run()
            .stdout;
        insta::assert_snapshot!(format!("show-role-medarbetare.{lang}"), output);
    }
}
