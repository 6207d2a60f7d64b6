# ramverk-publish: fixed texts of the documents, in English. The same messages, in the same order, are in sv.ftl and da.ftl.

## The page frame
page-skip-to-content = Skip to content
# $version: ramverk's version
page-generated-by = Made with ramverk { $version }

## The framework page and the role page
meta-heading = About the framework
meta-version = Version
meta-status = Status
meta-adopted = Adopted
meta-publisher = Publisher
# $status: draft, adopted or deprecated
status-word = { $status ->
    [draft] { status-draft }
    [adopted] { status-adopted }
   *[deprecated] { status-deprecated }
  }
# $areas, $competences, $roles: counts
framework-summary = { $areas ->
    [one] { $areas } area
   *[other] { $areas } areas
  } with { $competences ->
    [one] { $competences } competence
   *[other] { $competences } competences
  }{ $roles ->
    [0] .
    [one] , and the expected level of { $roles } role.
   *[other] , and the expected levels of { $roles } roles.
  }
toc-heading = Contents
guidance-heading = Guiding principles
scale-cumulative = The levels form a staircase: to reach a level you meet the levels below it.
scale-not-rated = Not rated ({ $value }): { $label }
level = Level
level-label = Name
level-description = What it means
scale-caption = Levels of the scale
area-word = Area
area-restricted = Only for these roles:
motivation-statement = Motivation statement, rated on agreement
# $id: a competence's id
levels-caption = What each level means, competence { $id }
descriptor = Description
not-described = Not described
examples = Examples
learning-activities = Learning activities
# $count: how many levels the activity suits (the numbers follow)
activity-levels = { $count ->
    [one] level
   *[other] levels
  }
# $id: a competence's id
expected-caption = Expected level per role, competence { $id }
role = Role
expected-level = Expected level
not-applicable = Not relevant
not-applicable-short = n/a
matrix-heading = Expected levels per role
matrix-caption = Expected level per role and competence
competence = Competence
matrix-legend = A number is the expected level; “n/a” means the competence is not relevant for the role; “–” means no level is given.
# $role: the role's name; $framework: the framework's title
role-page-title = { $role }: expected competence – { $framework }
role-kicker = Role profile
role-unit = Unit
# $competences, $areas: counts
role-intro = { $competences ->
    [one] Here is { $competences } competence
   *[other] Here are { $competences } competences
  } { $areas ->
    [one] in { $areas } area
   *[other] in { $areas } areas
  } expected of the role, each with every level described and the level expected of you marked. Read them before your appraisal talk, and think about where you stand.
role-none = No expected levels are given for this role.
