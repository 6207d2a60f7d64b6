# ramverk-publish: fasta texter i dokumenten, på svenska. Samma meddelanden, i samma ordning, finns i da.ftl och en.ftl.

## Sidans ram
page-skip-to-content = Hoppa till innehållet
# $version: ramverks version
page-generated-by = Skapad med ramverk { $version }

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
