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
value-knowledge = kunskap
value-skill = färdighet
value-attitude = förhållningssätt

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
section-statements = Kompetenspåståenden
    .gender = neuter
section-learning-outcomes = Lärandemål
    .gender = neuter
section-glossary = Ordlista
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
field-level-purpose = nivåns syfte
    .gender = neuter
field-level-purpose-ranked = syfte med nivå { $rank }
    .gender = neuter
field-step = steg
    .gender = neuter
field-step-ranked = steg { $rank }
    .gender = neuter
field-step-description = stegets beskrivning
    .gender = common
field-step-description-ranked = beskrivning av steg { $rank }
    .gender = common
field-step-equivalent = motsvarande nivå
    .gender = common
field-step-equivalent-ranked = motsvarande nivå för steg { $rank }
    .gender = common
field-step-level = stegets nivå
    .gender = common
field-step-level-ranked = nivå för steg { $rank }
    .gender = common
field-equivalents = motsvarande skala
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
field-competence = kompetens
    .gender = common
field-labels = märkning
    .gender = common
field-dimension = typ av lärandemål
    .gender = common
field-term = term
    .gender = common
field-explanation = förklaring
    .gender = common
field-licence = licens
    .gender = common
field-licence-attribution = erkännande enligt licensen
    .gender = neuter
field-licence-url = licensens webbadress
    .gender = common
field-licence-notice = licensvillkor
    .gender = neuter

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
score-heading = resultat av kompetensskattningen
score-everyone = Alla
score-by-area = { $areas ->
        [dimension] Per dimension
       *[other] Per kompetensområde
    }
score-by-role = Per roll
score-by-unit = Per enhet
score-by-competence = Per kompetens
score-all-persons = Alla personer
score-group = grupp
score-area = { $areas ->
        [dimension] dimension
       *[other] kompetensområde
    }
score-competence = kompetens
score-role = roll
score-unit = enhet
score-column-persons = personer
score-column-mean = medelvärde
score-column-need = skattningar med behov
score-column-persons-with-need = personer med behov
score-column-high-motivation = hög motivation
score-column-coverage = täckningsgrad
score-short-persons = personer
score-short-mean = medel
score-short-need = behov
score-short-persons-with-need = med behov
score-short-high-motivation = hög mot.
score-short-coverage = täckning
score-builtin-rule = de inbyggda Stockholmsreglerna
score-scored-with = beräknat med { $rule }; grupper med färre än { $min_group } personer visas inte, för att skydda enskilda
score-ratings-from = { $ratings } { $ratings ->
        [one] skattning
       *[other] skattningar
    } från { $persons } { $persons ->
        [one] person
       *[other] personer
    }
score-skipped = { $count ->
        [one] { $count } ogiltig rad hoppades över
       *[other] { $count } ogiltiga rader hoppades över
    }
score-now = nu
score-before = före
score-changes-in-parentheses = förändring inom parentes, andelar i procentenheter
score-hidden = dold för att skydda enskilda (färre än { $min_group } personer, eller en grupp som annars skulle avslöja en sådan)
score-hidden-short = dold
score-complementary = { $count ->
        [0] ingen dold grupp kan räknas fram ur de siffror som visas
        [one] { $count } grupp till är dold så att ingen dold grupp kan räknas fram ur de siffror som visas (sekundärt röjandeskydd)
       *[other] { $count } grupper till är dolda så att ingen dold grupp kan räknas fram ur de siffror som visas (sekundärt röjandeskydd)
    }
score-met = uppnådd
score-need = BEHOV
score-not-rated = ej skattad
score-not-expected = ej förväntad
score-persons = Personer
score-needs-and-gap = { $needs } kompetensbehov, { $gap } nivåsteg under förväntad nivå
score-expected = förväntad nivå
score-rating = skattning
score-outcome = resultat
score-learning-activities = läraktiviteter
score-framework = Ramverk
score-scoring-rule = Beräkningsregel
score-ratings = Skattningar
score-privacy = Integritetsskydd
score-privacy-note = för grupper med färre än { $min_group } personer visas inga siffror, för att skydda enskilda
score-key-figures = Nyckeltal för alla
score-points = p.e.
score-areas-at-a-glance = { $areas ->
        [dimension] Dimensionerna i överblick
       *[other] Kompetensområdena i överblick
    }
score-chart-mean = { $areas ->
        [dimension] Medelvärde per dimension (1–5)
       *[other] Medelvärde per kompetensområde (1–5)
    }
score-chart-need = { $areas ->
        [dimension] Andel skattningar med kompetensbehov per dimension
       *[other] Andel skattningar med kompetensbehov per kompetensområde
    }
score-chart-motivation = { $areas ->
        [dimension] Andel med hög motivation per dimension
       *[other] Andel med hög motivation per kompetensområde
    }
score-changes-note = Förändring sedan föregående omgång inom parentes, för andelar i procentenheter (p.e.).

## En anpassning (fork) och originalet den följer (ramverk upstream status|merge).
fork-upstream-changed = Originalet har ändrats sedan basen:
fork-fork-changed = Den här anpassningen har ändrats sedan basen:
fork-no-collisions = Inga kollisioner: `ramverk upstream merge` skulle ta med alla ändringar i originalet.
fork-collisions = Där de två krockar:
fork-conflict = konflikt
fork-absent = (saknas)
fork-removed = (borttagen)
fork-now = nu
fork-resolve-hint = { $count ->
        [one] 1 konflikt: lös den
       *[other] { $count } konflikter: lös var och en
    } med --ours ID eller --theirs ID (ID som det visas, t.ex. { $example }), eller ange `take:` i konfliktfilen, och kör sammanslagningen igen
fork-retranslate = Översätt igen – originalet har skrivit om texten ({ $from }) som den här anpassningen har översatt:
fork-kind-both-changed = ändrad här och i originalet, på olika sätt
fork-kind-changed-removed = ändrad här, borttagen i originalet
fork-kind-removed-changed = borttagen här, ändrad i originalet
fork-kind-id-reused = tillagd här och i originalet med samma id, olika
fork-kind-renumbered-differently = omnumrerad här och i originalet, till olika id
fork-kind-id-taken = dess id används av en annan del av resultatet
fork-kind-place-lost = dess plats finns inte längre: flyttad till något som resultatet saknar, eller in i sig själv
