# ramverk-render: fasta texter på svenska. Samma meddelanden, i samma ordning, finns i da.ftl och en.ftl.
# Argumenten beskrivs i en.ftl. Particip böjs efter substantivets genus ($gender: common = en-ord,
# neuter = ett-ord) och antal ($count).

## Ett ramverks status (beskriver "ramverket": neutrum)
status-draft = utkast
status-adopted = fastställt
status-deprecated = avvecklat

## Värden i jämförelser
value-yes = ja
value-no = nej
value-not-applicable = ej relevant

## Ramverkets delar som rubriker
section-metadata = Uppgifter om ramverket
    .gender = common
section-guidance = Utgångspunkter
    .gender = common
section-scales = Skalor
    .gender = common
section-areas = { $areas ->
        [dimension] Dimensioner
       *[other] Kompetensområden
    }
    .gender = { $areas ->
        [dimension] common
       *[other] neuter
    }
section-competences = Kompetenser
    .gender = common
section-roles = Roller
    .gender = common
section-profiles = Kompetensprofiler
    .gender = common
section-expectations = Förväntad nivå för roll
    .gender = common

## Vad som hänt med en post eller ett fält
diff-added = { $count ->
       *[one] { $gender ->
            [neuter] tillagt
           *[common] tillagd
        }
        [other] tillagda
    }
diff-removed = { $count ->
       *[one] { $gender ->
            [neuter] borttaget
           *[common] borttagen
        }
        [other] borttagna
    }
diff-changed = { $count ->
       *[one] { $gender ->
            [neuter] ändrat
           *[common] ändrad
        }
        [other] ändrade
    }
diff-renumbered = { $count ->
       *[one] { $gender ->
            [neuter] omnumrerat
           *[common] omnumrerad
        }
        [other] omnumrerade
    }
diff-raised = { $count ->
       *[one] { $gender ->
            [neuter] höjt
           *[common] höjd
        }
        [other] höjda
    }
diff-lowered = { $count ->
       *[one] sänkt
        [other] sänkta
    }

## Ett antal med particip: "3 tillagda"
diff-count-added = { $count } { diff-added }
diff-count-removed = { $count } { diff-removed }
diff-count-changed = { $count } { diff-changed }
diff-count-renumbered = { $count } { diff-renumbered }
diff-count-raised = { $count } { diff-raised }
diff-count-lowered = { $count } { diff-lowered }

## Ett kompetensfälts förändringar: "ändrad i 2 kompetenser"
diff-in-competences = { $change } i { $count } { $count ->
        [one] kompetens
       *[other] kompetenser
    }

## En jämförelses övriga ord
diff-changes-in = Ändringar i
diff-summary = Sammanfattning
diff-no-changes = Inga ändringar i innehållet.
diff-field = Fält
diff-before = Före
diff-after = Efter
diff-competence = Kompetens

## Fältens namn
field-title = titel
    .gender = common
field-description = beskrivning
    .gender = common
field-text = text
    .gender = common
field-area = { $areas ->
        [dimension] dimension
       *[other] kompetensområde
    }
    .gender = { $areas ->
        [dimension] common
       *[other] neuter
    }
field-parent = överordnad kompetens
    .gender = common
field-definition = definition
    .gender = common
field-example = exempel
    .gender = neuter
field-descriptor = nivåbeskrivning
    .gender = common
field-descriptor-ranked = nivåbeskrivning { $rank }
    .gender = common
field-learning-activity = läraktivitet
    .gender = common
field-motivation = motivation
    .gender = common
field-restricted-to = endast för
    .gender = common
field-level = nivå
    .gender = common
field-level-ranked = nivå { $rank }
    .gender = common
field-level-description = nivåns beskrivning
    .gender = common
field-level-description-ranked = beskrivning av nivå { $rank }
    .gender = common
field-not-rated = ej skattad
    .gender = common
field-cumulative = trappa
    .gender = common
field-requires-descriptors = kräver nivåbeskrivningar
    .gender = common
field-unit = enhet
    .gender = common
field-id = id
    .gender = neuter
field-version = version
    .gender = common
field-language = språk
    .gender = neuter
field-status = status
    .gender = common
field-adopted = fastställd
    .gender = common
field-publisher = utgivare
    .gender = common
field-publisher-unit = utgivarens enhet
    .gender = common
field-publisher-url = utgivarens webbplats
    .gender = common
field-rating-scale = skattningsskala
    .gender = common
field-motivation-scale = motivationsskala
    .gender = common
field-vocabulary = begrepp
    .gender = neuter
field-source = källa
    .gender = common
field-correction = rättelse
    .gender = common
field-note = anteckning
    .gender = common

## ramverk show
show-scale = Skala
show-cumulative = trappa: varje nivå bygger på nivåerna under
show-not-rated = ej skattad
show-only-for = Endast för
show-motivation = Motivation
show-learning-activity = Läraktivitet
show-expected-levels = förväntad nivå för { $count } { $count ->
        [one] kompetens
       *[other] kompetenser
    }
show-area-not-for-role = { $areas ->
        [dimension] — (dimensionen gäller inte rollen)
       *[other] — (kompetensområdet gäller inte rollen)
    }

## ramverk score
report-heading = resultat av kompetensskattningen
report-everyone = Alla
report-by-area = { $areas ->
        [dimension] Per dimension
       *[other] Per kompetensområde
    }
report-by-role = Per roll
report-by-unit = Per enhet
report-by-competence = Per kompetens
report-all-persons = Alla personer
report-group = grupp
report-area = { $areas ->
        [dimension] dimension
       *[other] kompetensområde
    }
report-competence = kompetens
report-role = roll
report-unit = enhet
report-column-persons = personer
report-column-mean = medelvärde
report-column-need = skattningar med behov
report-column-persons-with-need = personer med behov
report-column-high-motivation = hög motivation
report-column-coverage = täckningsgrad
report-short-persons = personer
report-short-mean = medel
report-short-need = behov
report-short-persons-with-need = med behov
report-short-high-motivation = hög mot.
report-short-coverage = täckning
report-builtin-rule = de inbyggda Stockholmsreglerna
report-scored-with = beräknat med { $rule }; grupper med färre än { $min_group } personer visas inte, för att skydda enskilda
report-ratings-from = { $ratings } { $ratings ->
        [one] skattning
       *[other] skattningar
    } från { $persons } { $persons ->
        [one] person
       *[other] personer
    }
report-skipped = { $count ->
        [one] { $count } ogiltig rad hoppades över
       *[other] { $count } ogiltiga rader hoppades över
    }
report-now = nu
report-before = före
report-changes-in-parentheses = förändring inom parentes, andelar i procentenheter
report-hidden = dold för att skydda enskilda (färre än { $min_group } personer, eller en grupp som annars skulle avslöja en sådan)
report-hidden-short = dold
report-complementary = { $count ->
        [0] ingen dold grupp kan räknas fram ur de siffror som visas
        [one] { $count } grupp till är dold så att ingen dold grupp kan räknas fram ur de siffror som visas (sekundärt röjandeskydd)
       *[other] { $count } grupper till är dolda så att ingen dold grupp kan räknas fram ur de siffror som visas (sekundärt röjandeskydd)
    }
report-met = uppnådd
report-need = BEHOV
report-not-rated = ej skattad
report-not-expected = ej förväntad
report-persons = Personer
report-needs-and-gap = { $needs } kompetensbehov, { $gap } nivåsteg under förväntad nivå
report-expected = förväntad nivå
report-rating = skattning
report-outcome = resultat
report-learning-activities = läraktiviteter
report-framework = Ramverk
report-scoring-rule = Beräkningsregel
report-ratings = Skattningar
report-privacy = Integritetsskydd
report-privacy-note = för grupper med färre än { $min_group } personer visas inga siffror, för att skydda enskilda
report-key-figures = Nyckeltal för alla
report-points = p.e.
report-areas-at-a-glance = { $areas ->
        [dimension] Dimensionerna i överblick
       *[other] Kompetensområdena i överblick
    }
report-chart-mean = { $areas ->
        [dimension] Medelvärde per dimension (1–5)
       *[other] Medelvärde per kompetensområde (1–5)
    }
report-chart-need = { $areas ->
        [dimension] Andel skattningar med kompetensbehov per dimension
       *[other] Andel skattningar med kompetensbehov per kompetensområde
    }
report-chart-motivation = { $areas ->
        [dimension] Andel med hög motivation per dimension
       *[other] Andel med hög motivation per kompetensområde
    }
report-changes-note = Förändring sedan föregående omgång inom parentes, för andelar i procentenheter (p.e.).
