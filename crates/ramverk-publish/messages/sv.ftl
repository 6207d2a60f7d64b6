# ramverk-publish: fasta texter i dokumenten, på svenska. Samma meddelanden, i samma ordning, finns i da.ftl och en.ftl.

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
