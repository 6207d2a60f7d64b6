# ramverk-publish: faste tekster i dokumenterne, på dansk. De samme beskeder, i samme rækkefølge, findes i sv.ftl og en.ftl.

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
