# ramverk-publish: faste tekster i dokumenterne, på dansk. De samme beskeder, i samme rækkefølge, findes i sv.ftl og en.ftl.

## Sidens ramme
page-skip-to-content = Spring til indholdet
# $version: ramverks version
page-generated-by = Lavet med ramverk { $version }

## Notatet til gennemgang (ramverk diff --format html|markdown)
# $title: rammeværkets titel; $old, $new: versionerne
memo-page-title = Ændringer i { $title }: { $old } → { $new }
memo-heading = Ændringer i { $title }
memo-versions = Version { $new } sammenlignet med version { $old }.
memo-no-changes = Indholdet er det samme i begge versioner.
memo-summary = Sammenfatning
memo-version = Versionsnummer
# $bump: major, minor, patch eller none; $suggested: den laveste version, der er nok
memo-bump = { $bump ->
        [major] Ændringerne kræver en ny hovedversion, mindst { $suggested }: vurderinger foretaget efter den tidligere version kan betyde noget andet nu.
        [minor] Ændringerne kræver en ny delversion, mindst { $suggested }: noget er tilføjet, men tidligere vurderinger beholder deres betydning.
        [patch] Ændringerne kræver en rettelsesversion, mindst { $suggested }: kun formuleringer er ændret.
       *[none] Indholdet er det samme; versionsnummeret behøver ikke at ændres.
    }
memo-version-enough = Den nye version, { $new }, er tilstrækkelig.
memo-version-too-low = Den nye version, { $new }, er ikke tilstrækkelig: den burde være mindst { $suggested }.
memo-because = Det skyldes:
memo-legend = Fjernet tekst er gennemstreget, ny tekst er understreget.
memo-legend-markdown = Fjernet tekst er ~~gennemstreget~~, ny tekst er i **fed**.
# Læses op af skærmlæsere før ændrede ord
memo-deleted = fjernet tekst:
memo-inserted = ny tekst:
memo-before = Før
memo-after = Efter
# $id: det tidligere id
memo-renumbered-from = tidligere { $id }
memo-section-guidance = Principper
memo-section-scales = Skalaer
memo-section-areas = Kompetenceområder
memo-section-competences = Kompetencer
memo-section-statements = Kompetenceudsagn
memo-section-learning-outcomes = Læringsudbytte
memo-section-glossary = Ordliste
memo-section-roles = Roller
memo-section-profiles = Kompetenceprofiler
memo-section-expectations = Forventede niveauer pr. rolle
memo-section-metadata = Oplysninger om rammeværket
# Navneordene i sammenfatningen, med køn
memo-noun-guidance = { $count ->
        [one] princip
       *[other] principper
    }
    .gender = common
memo-noun-scales = { $count ->
        [one] skala
       *[other] skalaer
    }
    .gender = common
memo-noun-areas = { $count ->
        [one] kompetenceområde
       *[other] kompetenceområder
    }
    .gender = neuter
memo-noun-competences = { $count ->
        [one] kompetence
       *[other] kompetencer
    }
    .gender = common
memo-noun-statements = { $count ->
        [one] kompetenceudsagn
       *[other] kompetenceudsagn
    }
    .gender = neuter
memo-noun-learning-outcomes = { $count ->
        [one] læringsudbytte
       *[other] læringsudbytter
    }
    .gender = neuter
memo-noun-glossary = { $count ->
        [one] term
       *[other] termer
    }
    .gender = common
memo-noun-roles = { $count ->
        [one] rolle
       *[other] roller
    }
    .gender = common
memo-noun-profiles = { $count ->
        [one] kompetenceprofil
       *[other] kompetenceprofiler
    }
    .gender = common
# $count ting ($noun), der er $kind (added, removed, changed, renumbered)
memo-count = { $count } { $noun } { $kind ->
        [added] tilføjet
        [removed] fjernet
        [changed] ændret
       *[renumbered] omnummereret
    }
memo-state = { $kind ->
        [added] tilføjet
        [removed] fjernet
        [changed] ændret
       *[renumbered] omnummereret
    }
memo-list = { $kind ->
        [added] Tilføjet
        [removed] Fjernet
        [changed] Ændret
       *[renumbered] Omnummereret
    }
memo-field-new = { $gender ->
        [neuter] nyt
       *[common] ny
    }
memo-field-removed = fjernet
# $field: feltets navn; $change: added, removed, changed; $count: antal kompetencer
memo-tally = { $field } { $change ->
        [added] tilføjet
        [removed] fjernet
       *[changed] ændret
    } i { $count ->
        [one] 1 kompetence
       *[other] { $count } kompetencer
    }
# $movement: raised, lowered, added, removed; $roles, $competences: antal
memo-expectations = Forventet niveau { $movement ->
        [raised] hævet
        [lowered] sænket
        [added] fastsat
       *[removed] fjernet
    } for { $roles ->
        [one] 1 rolle
       *[other] { $roles } roller
    } i { $competences ->
        [one] 1 kompetence
       *[other] { $competences } kompetencer
    }
memo-role-cells = { $movement ->
        [raised] hævet
        [lowered] sænket
        [added] fastsat
       *[removed] fjernet
    } i { $count ->
        [one] 1 kompetence
       *[other] { $count } kompetencer
    }
memo-role-new = ny rolle
memo-expected-competence = Kompetence
memo-expected-level = Forventet niveau
memo-expected-before = Tidligere niveau
memo-expected-after = Nyt niveau
memo-level-none = intet
memo-not-applicable = ikke relevant
memo-movement = { $movement ->
        [raised] hævet
        [lowered] sænket
        [added] nyt
       *[removed] fjernet
    }
# $fields: de ændrede felters navne
memo-summary-metadata = Ændrede oplysninger om rammeværket: { $fields }
# Felternes navne; $rank: niveauet (trinnets nummer for trin), none for feltet i almindelighed (flertal),
# own for et udsagns eller læringsudbyttes eget niveau (kun memo-field-level)
memo-field-title = titel
    .gender = common
memo-field-description = beskrivelse
    .gender = common
memo-field-text = tekst
    .gender = common
memo-field-area = kompetenceområde
    .gender = neuter
memo-field-parent = overordnet kompetence
    .gender = common
memo-field-definition = definition
    .gender = common
memo-field-example = eksempel
    .gender = neuter
memo-field-descriptor = { $rank ->
        [none] niveaubeskrivelser
       *[other] niveaubeskrivelse for niveau { $rank }
    }
    .gender = common
memo-field-learning-activity = læringsaktivitet
    .gender = common
memo-field-motivation = begrundelse
    .gender = common
memo-field-restricted-to = kun for roller
    .gender = common
memo-field-level = { $rank ->
        [none] niveauer
        [own] niveau
       *[other] niveau { $rank }
    }
    .gender = neuter
memo-field-level-description = { $rank ->
        [none] niveauernes beskrivelser
       *[other] beskrivelse af niveau { $rank }
    }
    .gender = common
memo-field-level-purpose = { $rank ->
        [none] niveauernes formål
       *[other] formål med niveau { $rank }
    }
    .gender = neuter
memo-field-step = { $rank ->
        [none] trin
       *[other] trin { $rank }
    }
    .gender = neuter
memo-field-step-description = { $rank ->
        [none] trinnenes beskrivelser
       *[other] beskrivelse af trin { $rank }
    }
    .gender = common
memo-field-step-equivalent = { $rank ->
        [none] trinnenes tilsvarende niveauer
       *[other] tilsvarende niveau for trin { $rank }
    }
    .gender = neuter
memo-field-step-level = { $rank ->
        [none] trinnenes niveauer
       *[other] niveau for trin { $rank }
    }
    .gender = neuter
memo-field-equivalents = tilsvarende skala for trinnene
    .gender = common
memo-field-not-rated = værdi for ikke vurderet
    .gender = common
memo-field-cumulative = trappe (hvert niveau forudsætter de lavere)
    .gender = common
memo-field-requires-descriptors = kræver niveaubeskrivelser
    .gender = common
memo-field-unit = enhed
    .gender = common
memo-field-id = id
    .gender = neuter
memo-field-version = version
    .gender = common
memo-field-language = sprog
    .gender = neuter
memo-field-status = status
    .gender = common
memo-field-adopted = vedtagelsesdato
    .gender = common
memo-field-publisher = udgiver
    .gender = common
memo-field-publisher-unit = udgiverens enhed
    .gender = common
memo-field-publisher-url = udgiverens websted
    .gender = neuter
memo-field-rating-scale = vurderingsskala
    .gender = common
memo-field-motivation-scale = motivationsskala
    .gender = common
memo-field-vocabulary = begreber
    .gender = common
memo-field-source = kilde
    .gender = common
memo-field-correction = rettelse
    .gender = common
memo-field-note = note
    .gender = common
memo-field-competence = kompetence
    .gender = common
memo-field-labels = mærkning
    .gender = common
memo-field-dimension = type af læringsudbytte
    .gender = common
memo-field-term = term
    .gender = common
memo-field-explanation = forklaring
    .gender = common
memo-field-licence = licens
    .gender = common
memo-field-licence-attribution = kreditering
    .gender = common
memo-field-licence-url = licensens webadresse
    .gender = common
memo-field-licence-notice = licensvilkår
    .gender = neuter

## Rapporten om en kompetencevurdering (ramverk score --format html|markdown)
# $title: rammeværkets titel
report-heading = { $title } — resultater af kompetencevurderingen
report-section-all = Alle
report-section-area = Fordelt på kompetenceområder
report-section-role = Fordelt på roller
report-section-unit = Fordelt på enheder
report-section-competence = Fordelt på kompetencer
report-all-persons = Alle personer
# Hvad en gruppe er, i tabellens første kolonne
report-kind-all = gruppe
report-kind-area = kompetenceområde
report-kind-role = rolle
report-kind-unit = enhed
report-kind-competence = kompetence
report-column-persons = personer
report-column-mean = gennemsnit
report-column-need = vurderinger med behov
report-column-persons-need = personer med behov
report-column-motivation = høj motivation
report-column-coverage = dækningsgrad
report-builtin-rule = de indbyggede Stockholm-regler
# $rule: beregningsreglen; $min: mindste gruppestørrelse
report-scored-with = beregnet med { $rule }; grupper med færre end { $min } personer vises ikke for at beskytte enkeltpersoner
report-ratings-of = { $ratings ->
        [one] 1 vurdering
       *[other] { $ratings } vurderinger
    } fra { $persons ->
        [one] 1 person
       *[other] { $persons } personer
    }
report-skipped = { $rows ->
        [one] 1 ugyldig række sprunget over
       *[other] { $rows } ugyldige rækker sprunget over
    }
report-now = nu
report-before = før
report-now-heading = Nu
report-before-heading = Før
report-changes-in-parentheses = ændring i parentes, andele i procentpoint
report-hidden = skjult for at beskytte enkeltpersoner (færre end { $min } personer, eller en gruppe som ellers ville afsløre en sådan)
report-hidden-short = skjult
# The note on a hidden area in a chart: short enough to fit beside the area's name; the full reason is its tooltip.
report-hidden-chart = skjult for at beskytte enkeltpersoner
# $groups: grupper, der skjules, så ingen lille gruppe kan regnes ud
report-complementary = { $groups ->
        [0] ingen skjult gruppe kan regnes ud af de viste tal
        [one] 1 gruppe mere er skjult, så ingen skjult gruppe kan regnes ud af de viste tal (sekundær diskretionering)
       *[other] { $groups } grupper mere er skjult, så ingen skjult gruppe kan regnes ud af de viste tal (sekundær diskretionering)
    }
report-outcome-met = opfyldt
report-outcome-need = BEHOV
report-outcome-not-rated = ikke vurderet
report-outcome-not-expected = ikke forventet
report-persons = Personer
report-needs-and-gap = { $needs } kompetencebehov, { $gap ->
        [one] 1 niveautrin
       *[other] { $gap } niveautrin
    } under forventet niveau
report-competence = kompetence
report-expected = forventet niveau
report-rating = vurdering
report-outcome = resultat
report-learning-activities = læringsaktiviteter
report-framework = Rammeværk
report-scoring-rule = Beregningsregel
report-ratings = Vurderinger
report-privacy = Databeskyttelse
report-privacy-note = for grupper med færre end { $min } personer vises ingen tal for at beskytte enkeltpersoner
report-key-figures = Nøgletal for alle
# Enheden for en ændring af en andel, efter tallet
report-points = { " " }pp
report-areas-at-a-glance = Kompetenceområderne i overblik
report-chart-mean = Gennemsnit pr. kompetenceområde (1–5)
report-chart-need = Andel vurderinger med kompetencebehov pr. kompetenceområde
report-chart-motivation = Andel med høj motivation pr. kompetenceområde
# Tekstalternativet til et diagram
report-chart-description = Søjlediagram med en værdi pr. kompetenceområde og runde. Tallene står i tabellen under diagrammet.
report-chart-table = Tallene i diagrammet
report-changes-note = Ændring siden forrige runde i parentes, for andele i procentpoint (pp).
## Rammeværket som tabeller (CSV, XLSX): kolonneoverskrifter, ord i celler, arknavne
export-area-id = Område-id
export-area = Kompetenceområde
export-competence-id = Kompetence-id
export-parent-id = Del af
export-competence = Kompetence
export-definition = Definition
export-description = Beskrivelse
export-examples = Eksempler
export-learning-activities = Læringsaktiviteter
export-activity-levels = { $text } ({ $count ->
    [one] niveau
   *[other] niveauerne
} { $levels })
export-level-column = Niveau { $rank }: { $label }
export-level-column-bare = Niveau { $rank }
export-expected-column = Forventet niveau: { $role }
export-role-id = Rolle-id
export-role = Rolle
export-expected-level = Forventet niveau
export-level-label = Niveauets betegnelse
export-descriptor = Niveaubeskrivelse
export-not-applicable = ikke relevant
export-area-not-for-role = området gælder ikke rollen
export-sheet-framework = Rammeværk
export-sheet-matrix = Roller og kompetencer
export-sheet-levels = Niveauer
export-title = Titel
export-version = Version
export-status = Status
export-adopted = Vedtaget
export-publisher = Udgiver
export-guidance = Udgangspunkter
export-scale = Skala
export-rank = Niveau
export-label = Betegnelse
export-sheet-statements = Udsagn
export-sheet-outcomes = Læringsudbytte
export-sheet-steps = Trin
export-sheet-glossary = Ordliste
export-level = Niveau
export-statement-id = Udsagn-id
export-statement = Kompetenceudsagn
export-outcome-id = Læringsudbytte-id
export-outcome = Læringsudbytte
export-dimension = Dimension
export-labels = Etiketter
export-step = Trin
export-step-label = Trinnets betegnelse
export-equivalent = Svarer til
# $scheme: navnet på det andet system, trinene svarer til (A1–C2)
export-equivalent-in = Svarer til i { $scheme }
export-term-id = Term-id
export-term = Term
export-explanation = Forklaring
## Rammens side og rollens side
meta-heading = Om rammen
meta-version = Version
meta-status = Status
meta-adopted = Vedtaget
meta-publisher = Udgiver
# $status: draft, adopted eller deprecated
status-word = { $status ->
    [draft] { status-draft }
    [adopted] { status-adopted }
   *[deprecated] { status-deprecated }
  }
# $areas, $competences, $roles: antal
framework-summary = { $areas ->
    [one] { $areas } kompetenceområde
   *[other] { $areas } kompetenceområder
  } med { $competences ->
    [one] { $competences } kompetence
   *[other] { $competences } kompetencer
  }{ $roles ->
    [0] .
    [one] , og det forventede niveau for { $roles } rolle.
   *[other] , og de forventede niveauer for { $roles } roller.
  }
toc-heading = Indhold
guidance-heading = Udgangspunkter
scale-cumulative = Niveauerne er bygget op som en trappe: for at nå et niveau opfylder du niveauerne under det.
scale-not-rated = Ikke vurderet ({ $value }): { $label }
level = Niveau
level-label = Betegnelse
level-description = Hvad det indebærer
scale-caption = Skalaens niveauer
area-word = Kompetenceområde
area-restricted = Kun for disse roller:
motivation-statement = Motivationsudsagn, vurderes efter hvor godt det passer
# $id: kompetencens id
levels-caption = Hvad hvert niveau indebærer, kompetence { $id }
descriptor = Beskrivelse
not-described = Ikke beskrevet
examples = Eksempler
learning-activities = Læringsaktiviteter
# $count: hvor mange niveauer aktiviteten passer til (tallene følger)
activity-levels = { $count ->
    [one] niveau
   *[other] niveauer
  }
# $id: kompetencens id
expected-caption = Forventet niveau pr. rolle, kompetence { $id }
role = Rolle
expected-level = Forventet niveau
not-applicable = Ikke relevant
not-applicable-short = i/r
matrix-heading = Forventede niveauer pr. rolle
matrix-caption = Forventet niveau pr. rolle og kompetence
competence = Kompetence
matrix-legend = Et tal er det forventede niveau; »i/r« betyder, at kompetencen ikke er relevant for rollen; »–«, at der ikke er angivet et niveau.
# $role: rollens navn; $framework: rammens titel
role-page-title = { $role }: forventet kompetence – { $framework }
role-kicker = Rolleprofil
role-unit = Enhed
# $competences, $areas: antal
role-intro = { $competences ->
    [one] Her er { $competences } kompetence
   *[other] Her er { $competences } kompetencer
  } { $areas ->
    [one] i { $areas } kompetenceområde
   *[other] i { $areas } kompetenceområder
  }, som forventes af rollen, med hvert niveau beskrevet og det niveau, der forventes af dig, markeret. Læs dem før medarbejderudviklingssamtalen, og tænk over, hvor du står.
role-none = Der er ikke angivet forventede niveauer for denne rolle.
## Udsagn, læringsudbytte, trin, ordliste og licens (rammer som DigComp 3.0)
statements-heading = Kompetenceudsagn
learning-outcomes-heading = Læringsudbytte
# $dimension: knowledge, skill eller attitude (hvilken slags læringsudbytte)
dimension-word = { $dimension ->
    [knowledge] Viden
    [skill] Færdighed
   *[attitude] Holdning
  }
# Hvad et niveau er til for: de mål, en person på niveauet kan nå
level-purpose = Formål
# Et niveau rummer finere trin, nummereret over hele skalaen
steps-caption = Trin inden for niveauerne
step = Trin
step-equivalent = Svarer til
# $scheme: navnet på det andet system, trinene svarer til (A1–C2)
step-equivalent-in = Svarer til i { $scheme }
glossary-heading = Ordliste
licence = Licens
