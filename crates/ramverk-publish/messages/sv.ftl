# ramverk-publish: fasta texter i dokumenten, på svenska. Samma meddelanden, i samma ordning, finns i da.ftl och en.ftl.

## Sidans ram
page-skip-to-content = Hoppa till innehållet
# $version: ramverks version
page-generated-by = Skapad med ramverk { $version }

## Granskningspromemorian (ramverk diff --format html|markdown)
# $title: ramverkets titel; $old, $new: versionerna
memo-page-title = Ändringar i { $title }: { $old } → { $new }
memo-heading = Ändringar i { $title }
memo-versions = Version { $new } jämförd med version { $old }.
memo-no-changes = Innehållet är detsamma i båda versionerna.
memo-summary = Sammanfattning
memo-version = Versionsnummer
# $bump: major, minor, patch eller none; $suggested: den lägsta version som räcker
memo-bump = { $bump ->
        [major] Ändringarna kräver en ny huvudversion, minst { $suggested }: skattningar som gjorts mot den tidigare versionen kan betyda något annat nu.
        [minor] Ändringarna kräver en ny delversion, minst { $suggested }: något har lagts till, men tidigare skattningar behåller sin betydelse.
        [patch] Ändringarna kräver en rättelseversion, minst { $suggested }: bara formuleringar har ändrats.
       *[none] Innehållet är detsamma; versionsnumret behöver inte ändras.
    }
memo-version-enough = Den nya versionen, { $new }, räcker.
memo-version-too-low = Den nya versionen, { $new }, räcker inte: den borde vara minst { $suggested }.
memo-because = Det beror på detta:
memo-legend = Borttagen text är överstruken, ny text är understruken.
memo-legend-markdown = Borttagen text är ~~överstruken~~, ny text är i **fetstil**.
# Läses upp av skärmläsare före ändrade ord
memo-deleted = borttagen text:
memo-inserted = ny text:
memo-before = Före
memo-after = Efter
# $id: det tidigare id:t
memo-renumbered-from = tidigare { $id }
memo-section-guidance = Utgångspunkter
memo-section-scales = Skalor
memo-section-areas = Kompetensområden
memo-section-competences = Kompetenser
memo-section-statements = Kompetenspåståenden
memo-section-learning-outcomes = Lärandemål
memo-section-glossary = Ordlista
memo-section-roles = Roller
memo-section-profiles = Kompetensprofiler
memo-section-expectations = Förväntade nivåer per roll
memo-section-metadata = Uppgifter om ramverket
# Substantiven i sammanfattningen, med genus för participen
memo-noun-guidance = { $count ->
        [one] utgångspunkt
       *[other] utgångspunkter
    }
    .gender = common
memo-noun-scales = { $count ->
        [one] skala
       *[other] skalor
    }
    .gender = common
memo-noun-areas = { $count ->
        [one] kompetensområde
       *[other] kompetensområden
    }
    .gender = neuter
memo-noun-competences = { $count ->
        [one] kompetens
       *[other] kompetenser
    }
    .gender = common
memo-noun-statements = { $count ->
        [one] kompetenspåstående
       *[other] kompetenspåståenden
    }
    .gender = neuter
memo-noun-learning-outcomes = { $count ->
        [one] lärandemål
       *[other] lärandemål
    }
    .gender = neuter
memo-noun-glossary = { $count ->
        [one] term
       *[other] termer
    }
    .gender = common
memo-noun-roles = { $count ->
        [one] roll
       *[other] roller
    }
    .gender = common
memo-noun-profiles = { $count ->
        [one] kompetensprofil
       *[other] kompetensprofiler
    }
    .gender = common
# $count saker ($noun) som har $kind (added, removed, changed, renumbered); $gender: common eller neuter
memo-count = { $count } { $noun } { $kind ->
        [added] { $count ->
            [one] { $gender ->
                [neuter] tillagt
               *[common] tillagd
            }
           *[other] tillagda
        }
        [removed] { $count ->
            [one] { $gender ->
                [neuter] borttaget
               *[common] borttagen
            }
           *[other] borttagna
        }
        [changed] { $count ->
            [one] { $gender ->
                [neuter] ändrat
               *[common] ändrad
            }
           *[other] ändrade
        }
       *[renumbered] { $count ->
            [one] { $gender ->
                [neuter] omnumrerat
               *[common] omnumrerad
            }
           *[other] omnumrerade
        }
    }
# Vad som hänt en enskild sak
memo-state = { $kind ->
        [added] { $gender ->
            [neuter] tillagt
           *[common] tillagd
        }
        [removed] { $gender ->
            [neuter] borttaget
           *[common] borttagen
        }
        [changed] { $gender ->
            [neuter] ändrat
           *[common] ändrad
        }
       *[renumbered] { $gender ->
            [neuter] omnumrerat
           *[common] omnumrerad
        }
    }
# Rubrik över en lista med saker utan fler detaljer
memo-list = { $kind ->
        [added] Tillagda
        [removed] Borttagna
        [changed] Ändrade
       *[renumbered] Omnumrerade
    }
memo-field-new = { $gender ->
        [neuter] nytt
       *[common] ny
    }
memo-field-removed = { $gender ->
        [neuter] borttaget
       *[common] borttagen
    }
# $field: fältets namn; $change: added, removed, changed; $count: antal kompetenser
memo-tally = { $field } { $change ->
        [added] har lagts till
        [removed] har tagits bort
       *[changed] har ändrats
    } i { $count ->
        [one] 1 kompetens
       *[other] { $count } kompetenser
    }
# $movement: raised, lowered, added, removed; $roles, $competences: antal
memo-expectations = Förväntad nivå { $movement ->
        [raised] höjd
        [lowered] sänkt
        [added] satt
       *[removed] borttagen
    } för { $roles ->
        [one] 1 roll
       *[other] { $roles } roller
    } i { $competences ->
        [one] 1 kompetens
       *[other] { $competences } kompetenser
    }
memo-role-cells = { $movement ->
        [raised] höjd
        [lowered] sänkt
        [added] satt
       *[removed] borttagen
    } i { $count ->
        [one] 1 kompetens
       *[other] { $count } kompetenser
    }
memo-role-new = ny roll
memo-expected-competence = Kompetens
memo-expected-level = Förväntad nivå
memo-expected-before = Tidigare nivå
memo-expected-after = Ny nivå
memo-level-none = ingen
memo-not-applicable = ej relevant
memo-movement = { $movement ->
        [raised] höjd
        [lowered] sänkt
        [added] ny
       *[removed] borttagen
    }
# $fields: de ändrade fältens namn
memo-summary-metadata = Ändrade uppgifter om ramverket: { $fields }
# Fältens namn; $rank: nivån (stegets nummer för steg), none för fältet i allmänhet (plural),
# own för ett påståendes eller lärandemåls egen nivå (bara memo-field-level)
memo-field-title = titel
    .gender = common
memo-field-description = beskrivning
    .gender = common
memo-field-text = text
    .gender = common
memo-field-area = kompetensområde
    .gender = neuter
memo-field-parent = överordnad kompetens
    .gender = common
memo-field-definition = definition
    .gender = common
memo-field-example = exempel
    .gender = neuter
memo-field-descriptor = { $rank ->
        [none] nivåbeskrivningar
       *[other] nivåbeskrivning för nivå { $rank }
    }
    .gender = common
memo-field-learning-activity = läraktivitet
    .gender = common
memo-field-motivation = motivering
    .gender = common
memo-field-restricted-to = endast för roller
    .gender = common
memo-field-level = { $rank ->
        [none] nivåer
        [own] nivå
       *[other] nivå { $rank }
    }
    .gender = common
memo-field-level-description = { $rank ->
        [none] nivåernas beskrivningar
       *[other] beskrivning av nivå { $rank }
    }
    .gender = common
memo-field-level-purpose = { $rank ->
        [none] nivåernas syften
       *[other] syfte med nivå { $rank }
    }
    .gender = neuter
memo-field-step = { $rank ->
        [none] steg
       *[other] steg { $rank }
    }
    .gender = neuter
memo-field-step-description = { $rank ->
        [none] stegens beskrivningar
       *[other] beskrivning av steg { $rank }
    }
    .gender = common
memo-field-step-equivalent = { $rank ->
        [none] stegens motsvarande nivåer
       *[other] motsvarande nivå för steg { $rank }
    }
    .gender = common
memo-field-step-level = { $rank ->
        [none] stegens nivåer
       *[other] nivå för steg { $rank }
    }
    .gender = common
memo-field-equivalents = motsvarande skala för stegen
    .gender = common
memo-field-not-rated = värde för ej skattad
    .gender = neuter
memo-field-cumulative = trappa (varje nivå förutsätter de lägre)
    .gender = common
memo-field-requires-descriptors = kräver nivåbeskrivningar
    .gender = common
memo-field-unit = enhet
    .gender = common
memo-field-id = id
    .gender = neuter
memo-field-version = version
    .gender = common
memo-field-language = språk
    .gender = neuter
memo-field-status = status
    .gender = common
memo-field-adopted = fastställelsedatum
    .gender = neuter
memo-field-publisher = utgivare
    .gender = common
memo-field-publisher-unit = utgivarens enhet
    .gender = common
memo-field-publisher-url = utgivarens webbplats
    .gender = common
memo-field-rating-scale = skattningsskala
    .gender = common
memo-field-motivation-scale = motivationsskala
    .gender = common
memo-field-vocabulary = begrepp
    .gender = neuter
memo-field-source = källa
    .gender = common
memo-field-correction = rättelse
    .gender = common
memo-field-note = anteckning
    .gender = common
memo-field-competence = kompetens
    .gender = common
memo-field-labels = märkning
    .gender = common
memo-field-dimension = typ av lärandemål
    .gender = common
memo-field-term = term
    .gender = common
memo-field-explanation = förklaring
    .gender = common
memo-field-licence = licens
    .gender = common
memo-field-licence-attribution = erkännande enligt licensen
    .gender = neuter
memo-field-licence-url = licensens webbadress
    .gender = common
memo-field-licence-notice = licensvillkor
    .gender = neuter

## Rapporten om en kompetensskattning (ramverk score --format html|markdown)
# $title: ramverkets titel
report-heading = { $title } — resultat av kompetensskattningen
report-section-all = Alla
report-section-area = Per kompetensområde
report-section-role = Per roll
report-section-unit = Per enhet
report-section-competence = Per kompetens
report-all-persons = Alla personer
# Vad en grupp är, i tabellens första kolumn
report-kind-all = grupp
report-kind-area = kompetensområde
report-kind-role = roll
report-kind-unit = enhet
report-kind-competence = kompetens
report-column-persons = personer
report-column-mean = medelvärde
report-column-need = skattningar med behov
report-column-persons-need = personer med behov
report-column-motivation = hög motivation
report-column-coverage = täckningsgrad
report-builtin-rule = de inbyggda Stockholmsreglerna
# $rule: beräkningsregeln; $min: minsta gruppstorlek
report-scored-with = beräknat med { $rule }; grupper med färre än { $min } personer visas inte, för att skydda enskilda
report-ratings-of = { $ratings ->
        [one] 1 skattning
       *[other] { $ratings } skattningar
    } från { $persons ->
        [one] 1 person
       *[other] { $persons } personer
    }
report-skipped = { $rows ->
        [one] 1 ogiltig rad hoppades över
       *[other] { $rows } ogiltiga rader hoppades över
    }
report-now = nu
report-before = före
report-now-heading = Nu
report-before-heading = Före
report-changes-in-parentheses = förändring inom parentes, andelar i procentenheter
report-hidden = dold för att skydda enskilda (färre än { $min } personer, eller en grupp som annars skulle avslöja en sådan)
report-hidden-short = dold
# The note on a hidden area in a chart: short enough to fit beside the area's name; the full reason is its tooltip.
report-hidden-chart = dold för att skydda enskilda
# $groups: grupper som döljs för att ingen liten grupp ska kunna räknas fram
report-complementary = { $groups ->
        [0] ingen dold grupp kan räknas fram ur de siffror som visas
        [one] 1 grupp till är dold så att ingen dold grupp kan räknas fram ur de siffror som visas (sekundärt röjandeskydd)
       *[other] { $groups } grupper till är dolda så att ingen dold grupp kan räknas fram ur de siffror som visas (sekundärt röjandeskydd)
    }
report-outcome-met = uppnådd
report-outcome-need = BEHOV
report-outcome-not-rated = ej skattad
report-outcome-not-expected = ej förväntad
report-persons = Personer
report-needs-and-gap = { $needs } kompetensbehov, { $gap ->
        [one] 1 nivåsteg
       *[other] { $gap } nivåsteg
    } under förväntad nivå
report-competence = kompetens
report-expected = förväntad nivå
report-rating = skattning
report-outcome = resultat
report-learning-activities = läraktiviteter
report-framework = Ramverk
report-scoring-rule = Beräkningsregel
report-ratings = Skattningar
report-privacy = Integritetsskydd
report-privacy-note = för grupper med färre än { $min } personer visas inga siffror, för att skydda enskilda
report-key-figures = Nyckeltal för alla
# Enheten för en förändring av en andel, efter talet
report-points = { " " }p.e.
report-areas-at-a-glance = Kompetensområdena i överblick
report-chart-mean = Medelvärde per kompetensområde (1–5)
report-chart-need = Andel skattningar med kompetensbehov per kompetensområde
report-chart-motivation = Andel med hög motivation per kompetensområde
# Textalternativet till ett diagram
report-chart-description = Stapeldiagram med ett värde per kompetensområde och omgång. Siffrorna står i tabellen under diagrammet.
report-chart-table = Siffrorna i diagrammet
report-changes-note = Förändring sedan föregående omgång inom parentes, för andelar i procentenheter (p.e.).
## Ramverket som tabeller (CSV, XLSX): kolumnrubriker, ord i celler, bladnamn
export-area-id = Områdes-id
export-area = Kompetensområde
export-competence-id = Kompetens-id
export-parent-id = Ingår i
export-competence = Kompetens
export-definition = Definition
export-description = Beskrivning
export-examples = Exempel och förtydliganden
export-learning-activities = Läraktiviteter
export-activity-levels = { $text } ({ $count ->
    [one] nivå
   *[other] nivåerna
} { $levels })
export-level-column = Nivå { $rank }: { $label }
export-level-column-bare = Nivå { $rank }
export-expected-column = Förväntad nivå: { $role }
export-role-id = Roll-id
export-role = Roll
export-expected-level = Förväntad nivå
export-level-label = Nivåns benämning
export-descriptor = Nivåbeskrivning
export-not-applicable = ej relevant
export-area-not-for-role = området gäller inte rollen
export-sheet-framework = Ramverk
export-sheet-matrix = Roller och kompetenser
export-sheet-levels = Nivåer
export-title = Titel
export-version = Version
export-status = Status
export-adopted = Fastställt
export-publisher = Utgivare
export-guidance = Utgångspunkter
export-scale = Skala
export-rank = Nivå
export-label = Benämning
export-sheet-statements = Påståenden
export-sheet-outcomes = Lärandemål
export-sheet-steps = Steg
export-sheet-glossary = Ordlista
export-level = Nivå
export-statement-id = Påstående-id
export-statement = Kompetenspåstående
export-outcome-id = Lärandemål-id
export-outcome = Lärandemål
export-dimension = Dimension
export-labels = Etiketter
export-step = Steg
export-step-label = Stegets benämning
export-equivalent = Motsvarar
# $scheme: namnet på det andra system som stegen motsvarar (A1–C2)
export-equivalent-in = Motsvarar i { $scheme }
export-term-id = Term-id
export-term = Term
export-explanation = Förklaring
## Ramverkets sida och rollens sida
meta-heading = Om ramverket
meta-version = Version
meta-status = Status
meta-adopted = Fastställt
meta-publisher = Utgivare
# $status: draft, adopted eller deprecated
status-word = { $status ->
    [draft] { status-draft }
    [adopted] { status-adopted }
   *[deprecated] { status-deprecated }
  }
# $areas, $competences, $roles: antal
framework-summary = { $areas ->
    [one] { $areas } kompetensområde
   *[other] { $areas } kompetensområden
  } med { $competences ->
    [one] { $competences } kompetens
   *[other] { $competences } kompetenser
  }{ $roles ->
    [0] .
    [one] , och förväntad nivå för { $roles } roll.
   *[other] , och förväntade nivåer för { $roles } roller.
  }
toc-heading = Innehåll
guidance-heading = Utgångspunkter
scale-cumulative = Nivåerna är uppbyggda som en trappa: för att nå en nivå uppfyller du nivåerna under den.
scale-not-rated = Ej skattad ({ $value }): { $label }
level = Nivå
level-label = Benämning
level-description = Vad den innebär
scale-caption = Skalans nivåer
area-word = Kompetensområde
area-restricted = Endast för dessa roller:
motivation-statement = Motivationspåstående, skattas efter hur väl det stämmer
# $id: kompetensens id
levels-caption = Vad varje nivå innebär, kompetens { $id }
descriptor = Beskrivning
not-described = Inte beskriven
examples = Exempel
learning-activities = Lärandeaktiviteter
# $count: hur många nivåer aktiviteten passar (siffrorna följer)
activity-levels = { $count ->
    [one] nivå
   *[other] nivåer
  }
# $id: kompetensens id
expected-caption = Förväntad nivå per roll, kompetens { $id }
role = Roll
expected-level = Förväntad nivå
not-applicable = Ej relevant
not-applicable-short = e/r
matrix-heading = Förväntade nivåer per roll
matrix-caption = Förväntad nivå per roll och kompetens
competence = Kompetens
matrix-legend = En siffra är den förväntade nivån; ”e/r” betyder att kompetensen inte är relevant för rollen; ”–” att ingen nivå anges.
# $role: rollens namn; $framework: ramverkets titel
role-page-title = { $role }: förväntad kompetens – { $framework }
role-kicker = Rollprofil
role-unit = Enhet
# $competences, $areas: antal
role-intro = { $competences ->
    [one] Här är { $competences } kompetens
   *[other] Här är { $competences } kompetenser
  } { $areas ->
    [one] i { $areas } kompetensområde
   *[other] i { $areas } kompetensområden
  } som förväntas av rollen, med varje nivå beskriven och den nivå som förväntas av dig markerad. Läs dem inför medarbetarsamtalet och fundera på var du står.
role-none = Inga förväntade nivåer anges för den här rollen.
## Påståenden, lärandemål, steg, ordlista och licens (ramverk som DigComp 3.0)
statements-heading = Kompetenspåståenden
learning-outcomes-heading = Lärandemål
# $dimension: knowledge, skill eller attitude (vilket slags lärandemål)
dimension-word = { $dimension ->
    [knowledge] Kunskap
    [skill] Färdighet
   *[attitude] Förhållningssätt
  }
# Vad en nivå är till för: de mål en person på nivån kan nå
level-purpose = Syfte
# En nivå rymmer finare steg, numrerade över hela skalan
steps-caption = Steg inom nivåerna
step = Steg
step-equivalent = Motsvarar
# $scheme: namnet på det andra system som stegen motsvarar (A1–C2)
step-equivalent-in = Motsvarar i { $scheme }
glossary-heading = Ordlista
licence = Licens
