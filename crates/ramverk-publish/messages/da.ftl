# ramverk-publish: faste tekster i dokumenterne, på dansk. De samme beskeder, i samme rækkefølge, findes i sv.ftl og en.ftl.

## Sidens ramme
page-skip-to-content = Spring til indholdet
# $version: ramverks version
page-generated-by = Lavet med ramverk { $version }

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
