# ramverk-render: faste tekster på dansk. De samme beskeder, i samme rækkefølge, findes i sv.ftl og en.ftl.
# Argumenterne er beskrevet i en.ftl. Danske -et-participier bøjes ikke efter køn, kun i tal ($count).

## En rammes status
status-draft = udkast
status-adopted = vedtaget
status-deprecated = udfaset

## Værdier i sammenligninger
value-yes = ja
value-no = nej
value-not-applicable = ikke relevant
value-knowledge = viden
value-skill = færdighed
value-attitude = holdning

## Rammeværkets dele som overskrifter
section-metadata = Oplysninger om rammeværket
    .gender = common
section-guidance = Principper
    .gender = neuter
section-scales = Skalaer
    .gender = common
section-areas = { $areas ->
        [dimension] Dimensioner
       *[other] Kompetenceområder
    }
    .gender = { $areas ->
        [dimension] common
       *[other] neuter
    }
section-competences = Kompetencer
    .gender = common
section-statements = Kompetenceudsagn
    .gender = neuter
section-learning-outcomes = Læringsudbytte
    .gender = neuter
section-glossary = Ordliste
    .gender = common
section-roles = Roller
    .gender = common
section-profiles = Kompetenceprofiler
    .gender = common
section-expectations = Forventet niveau for rolle
    .gender = neuter

## Hvad der er sket med et element eller et felt
diff-added = { $count ->
       *[one] tilføjet
        [other] tilføjede
    }
diff-removed = { $count ->
       *[one] fjernet
        [other] fjernede
    }
diff-changed = { $count ->
       *[one] ændret
        [other] ændrede
    }
diff-renumbered = { $count ->
       *[one] omnummereret
        [other] omnummererede
    }
diff-raised = { $count ->
       *[one] hævet
        [other] hævede
    }
diff-lowered = { $count ->
       *[one] sænket
        [other] sænkede
    }

## Et antal med participium: "3 tilføjede"
diff-count-added = { $count } { diff-added }
diff-count-removed = { $count } { diff-removed }
diff-count-changed = { $count } { diff-changed }
diff-count-renumbered = { $count } { diff-renumbered }
diff-count-raised = { $count } { diff-raised }
diff-count-lowered = { $count } { diff-lowered }

## Et kompetencefelts ændringer: "ændret i 2 kompetencer"
diff-in-competences = { $change } i { $count } { $count ->
        [one] kompetence
       *[other] kompetencer
    }

## En sammenlignings øvrige ord
diff-changes-in = Ændringer i
diff-summary = Sammenfatning
diff-no-changes = Ingen ændringer i indholdet.
diff-field = Felt
diff-before = Før
diff-after = Efter
diff-competence = Kompetence

## Felternes navne
field-title = titel
    .gender = common
field-description = beskrivelse
    .gender = common
field-text = tekst
    .gender = common
field-area = { $areas ->
        [dimension] dimension
       *[other] kompetenceområde
    }
    .gender = { $areas ->
        [dimension] common
       *[other] neuter
    }
field-parent = overordnet kompetence
    .gender = common
field-definition = definition
    .gender = common
field-example = eksempel
    .gender = neuter
field-descriptor = niveaubeskrivelse
    .gender = common
field-descriptor-ranked = niveaubeskrivelse { $rank }
    .gender = common
field-learning-activity = læringsaktivitet
    .gender = common
field-motivation = motivation
    .gender = common
field-restricted-to = kun for
    .gender = common
field-level = niveau
    .gender = neuter
field-level-ranked = niveau { $rank }
    .gender = neuter
field-level-description = niveauets beskrivelse
    .gender = common
field-level-description-ranked = beskrivelse af niveau { $rank }
    .gender = common
field-level-purpose = niveauets formål
    .gender = neuter
field-level-purpose-ranked = formål med niveau { $rank }
    .gender = neuter
field-step = trin
    .gender = neuter
field-step-ranked = trin { $rank }
    .gender = neuter
field-step-description = trinnets beskrivelse
    .gender = common
field-step-description-ranked = beskrivelse af trin { $rank }
    .gender = common
field-step-equivalent = tilsvarende niveau
    .gender = neuter
field-step-equivalent-ranked = tilsvarende niveau for trin { $rank }
    .gender = neuter
field-step-level = trinnets niveau
    .gender = neuter
field-step-level-ranked = niveau for trin { $rank }
    .gender = neuter
field-equivalents = tilsvarende skala
    .gender = common
field-not-rated = ikke vurderet
    .gender = common
field-cumulative = trappe
    .gender = common
field-requires-descriptors = kræver niveaubeskrivelser
    .gender = common
field-unit = enhed
    .gender = common
field-id = id
    .gender = neuter
field-version = version
    .gender = common
field-language = sprog
    .gender = neuter
field-status = status
    .gender = common
field-adopted = vedtaget
    .gender = common
field-publisher = udgiver
    .gender = common
field-publisher-unit = udgiverens enhed
    .gender = common
field-publisher-url = udgiverens websted
    .gender = neuter
field-rating-scale = vurderingsskala
    .gender = common
field-motivation-scale = motivationsskala
    .gender = common
field-vocabulary = begreber
    .gender = neuter
field-source = kilde
    .gender = common
field-correction = rettelse
    .gender = common
field-note = note
    .gender = common
field-competence = kompetence
    .gender = common
field-labels = mærkning
    .gender = common
field-dimension = type af læringsudbytte
    .gender = common
field-term = term
    .gender = common
field-explanation = forklaring
    .gender = common
field-licence = licens
    .gender = common
field-licence-attribution = kreditering
    .gender = common
field-licence-url = licensens webadresse
    .gender = common
field-licence-notice = licensvilkår
    .gender = neuter

## ramverk show
show-scale = Skala
show-cumulative = trappe: hvert niveau bygger på niveauerne under
show-not-rated = ikke vurderet
show-only-for = Kun for
show-motivation = Motivation
show-learning-activity = Læringsaktivitet
show-expected-levels = forventet niveau for { $count } { $count ->
        [one] kompetence
       *[other] kompetencer
    }
show-area-not-for-role = { $areas ->
        [dimension] — (dimensionen gælder ikke rollen)
       *[other] — (kompetenceområdet gælder ikke rollen)
    }

## ramverk score
score-heading = resultater af kompetencevurderingen
score-everyone = Alle
score-by-area = { $areas ->
        [dimension] Fordelt på dimensioner
       *[other] Fordelt på kompetenceområder
    }
score-by-role = Fordelt på roller
score-by-unit = Fordelt på enheder
score-by-competence = Fordelt på kompetencer
score-all-persons = Alle personer
score-group = gruppe
score-area = { $areas ->
        [dimension] dimension
       *[other] kompetenceområde
    }
score-competence = kompetence
score-role = rolle
score-unit = enhed
score-column-persons = personer
score-column-mean = gennemsnit
score-column-need = vurderinger med behov
score-column-persons-with-need = personer med behov
score-column-high-motivation = høj motivation
score-column-coverage = dækningsgrad
score-short-persons = personer
score-short-mean = gnsn.
score-short-need = behov
score-short-persons-with-need = med behov
score-short-high-motivation = høj mot.
score-short-coverage = dækning
score-builtin-rule = de indbyggede Stockholm-regler
score-scored-with = beregnet med { $rule }; grupper med færre end { $min_group } personer vises ikke for at beskytte enkeltpersoner
score-ratings-from = { $ratings } { $ratings ->
        [one] vurdering
       *[other] vurderinger
    } fra { $persons } { $persons ->
        [one] person
       *[other] personer
    }
score-skipped = { $count ->
        [one] { $count } ugyldig række sprunget over
       *[other] { $count } ugyldige rækker sprunget over
    }
score-now = nu
score-before = før
score-changes-in-parentheses = ændring i parentes, andele i procentpoint
score-hidden = skjult for at beskytte enkeltpersoner (færre end { $min_group } personer, eller en gruppe som ellers ville afsløre en sådan)
score-hidden-short = skjult
score-complementary = { $count ->
        [0] ingen skjult gruppe kan regnes ud af de viste tal
        [one] { $count } gruppe mere er skjult, så ingen skjult gruppe kan regnes ud af de viste tal (sekundær diskretionering)
       *[other] { $count } grupper mere er skjult, så ingen skjult gruppe kan regnes ud af de viste tal (sekundær diskretionering)
    }
score-met = opfyldt
score-need = BEHOV
score-not-rated = ikke vurderet
score-not-expected = ikke forventet
score-persons = Personer
score-needs-and-gap = { $needs } kompetencebehov, { $gap } niveautrin under forventet niveau
score-expected = forventet niveau
score-rating = vurdering
score-outcome = resultat
score-learning-activities = læringsaktiviteter
score-framework = Rammeværk
score-scoring-rule = Beregningsregel
score-ratings = Vurderinger
score-privacy = Databeskyttelse
score-privacy-note = for grupper med færre end { $min_group } personer vises ingen tal for at beskytte enkeltpersoner
score-key-figures = Nøgletal for alle
score-points = pp
score-areas-at-a-glance = { $areas ->
        [dimension] Dimensionerne i overblik
       *[other] Kompetenceområderne i overblik
    }
score-chart-mean = { $areas ->
        [dimension] Gennemsnit pr. dimension (1–5)
       *[other] Gennemsnit pr. kompetenceområde (1–5)
    }
score-chart-need = { $areas ->
        [dimension] Andel vurderinger med kompetencebehov pr. dimension
       *[other] Andel vurderinger med kompetencebehov pr. kompetenceområde
    }
score-chart-motivation = { $areas ->
        [dimension] Andel med høj motivation pr. dimension
       *[other] Andel med høj motivation pr. kompetenceområde
    }
score-changes-note = Ændring siden forrige runde i parentes, for andele i procentpoint (pp).

## En tilpasning (fork) og originalen, den følger (ramverk upstream status|merge).
fork-upstream-changed = Originalen er ændret siden basen:
fork-fork-changed = Denne tilpasning er ændret siden basen:
fork-no-collisions = Ingen kollisioner: `ramverk upstream merge` ville tage alle ændringer i originalen med.
fork-collisions = Hvor de to støder sammen:
fork-conflict = konflikt
fork-absent = (mangler)
fork-removed = (fjernet)
fork-now = nu
fork-resolve-hint = { $count ->
        [one] 1 konflikt: løs den
       *[other] { $count } konflikter: løs hver af dem
    } med --ours ID eller --theirs ID (ID som vist, f.eks. { $example }), eller angiv `take:` i konfliktfilen, og kør sammenfletningen igen
fork-retranslate = Oversæt igen – originalen har omskrevet teksten ({ $from }), som denne tilpasning har oversat:
fork-kind-both-changed = ændret her og i originalen, forskelligt
fork-kind-changed-removed = ændret her, fjernet i originalen
fork-kind-removed-changed = fjernet her, ændret i originalen
fork-kind-id-reused = tilføjet her og i originalen med samme id, forskelligt
fork-kind-renumbered-differently = omnummereret her og i originalen, til forskellige id'er
fork-kind-id-taken = dens id bruges af en anden del af resultatet
fork-kind-place-lost = dens plads findes ikke længere: flyttet ind i noget, resultatet ikke har, eller ind i sig selv
