# ramverk-publish: fixed texts of the documents, in English. The same messages, in the same order, are in sv.ftl and da.ftl.

## The page frame
page-skip-to-content = Skip to content
# $version: ramverk's version
page-generated-by = Made with ramverk { $version }

## The review memo (ramverk diff --format html|markdown)
# $title: the framework's title; $old, $new: the versions
memo-page-title = Changes in { $title }: { $old } → { $new }
memo-heading = Changes in { $title }
memo-versions = Version { $new } compared with version { $old }.
memo-no-changes = The content is the same in both versions.
memo-summary = Summary
memo-version = Version number
# $bump: major, minor, patch or none; $suggested: the lowest version that is enough
memo-bump = { $bump ->
        [major] The changes call for a new major version, at least { $suggested }: ratings made against the earlier version may mean something else now.
        [minor] The changes call for a new minor version, at least { $suggested }: something was added, but earlier ratings keep their meaning.
        [patch] The changes call for a new patch version, at least { $suggested }: only wording changed.
       *[none] The content is the same; the version number need not change.
    }
memo-version-enough = The new version, { $new }, is enough.
memo-version-too-low = The new version, { $new }, is not enough: it should be at least { $suggested }.
memo-because = Because of these changes:
memo-legend = Removed text is struck through, new text is underlined.
memo-legend-markdown = Removed text is ~~struck through~~, new text is in **bold**.
# Read out by screen readers before changed words
memo-deleted = removed text:
memo-inserted = new text:
memo-before = Before
memo-after = After
# $id: the earlier id
memo-renumbered-from = formerly { $id }
memo-section-guidance = Guiding principles
memo-section-scales = Scales
memo-section-areas = Areas
memo-section-competences = Competences
memo-section-statements = Competence statements
memo-section-learning-outcomes = Learning outcomes
memo-section-glossary = Glossary
memo-section-roles = Roles
memo-section-profiles = Role profiles
memo-section-expectations = Expected levels per role
memo-section-metadata = About the framework
# The nouns of the summary
memo-noun-guidance = { $count ->
        [one] guiding principle
       *[other] guiding principles
    }
    .gender = common
memo-noun-scales = { $count ->
        [one] scale
       *[other] scales
    }
    .gender = common
memo-noun-areas = { $count ->
        [one] area
       *[other] areas
    }
    .gender = common
memo-noun-competences = { $count ->
        [one] competence
       *[other] competences
    }
    .gender = common
memo-noun-statements = { $count ->
        [one] competence statement
       *[other] competence statements
    }
    .gender = common
memo-noun-learning-outcomes = { $count ->
        [one] learning outcome
       *[other] learning outcomes
    }
    .gender = common
memo-noun-glossary = { $count ->
        [one] term
       *[other] terms
    }
    .gender = common
memo-noun-roles = { $count ->
        [one] role
       *[other] roles
    }
    .gender = common
memo-noun-profiles = { $count ->
        [one] role profile
       *[other] role profiles
    }
    .gender = common
# $count things ($noun) that were $kind (added, removed, changed, renumbered)
memo-count = { $count } { $noun } { $kind ->
        [added] added
        [removed] removed
        [changed] changed
       *[renumbered] renumbered
    }
memo-state = { $kind ->
        [added] added
        [removed] removed
        [changed] changed
       *[renumbered] renumbered
    }
memo-list = { $kind ->
        [added] Added
        [removed] Removed
        [changed] Changed
       *[renumbered] Renumbered
    }
memo-field-new = new
memo-field-removed = removed
# $field: the field's name; $change: added, removed, changed; $count: competences
memo-tally = { $field } { $change ->
        [added] added
        [removed] removed
       *[changed] changed
    } in { $count ->
        [one] 1 competence
       *[other] { $count } competences
    }
# $movement: raised, lowered, added, removed; $roles, $competences: counts
memo-expectations = Expected level { $movement ->
        [raised] raised
        [lowered] lowered
        [added] set
       *[removed] removed
    } for { $roles ->
        [one] 1 role
       *[other] { $roles } roles
    } in { $competences ->
        [one] 1 competence
       *[other] { $competences } competences
    }
memo-role-cells = { $movement ->
        [raised] raised
        [lowered] lowered
        [added] set
       *[removed] removed
    } in { $count ->
        [one] 1 competence
       *[other] { $count } competences
    }
memo-role-new = new role
memo-expected-competence = Competence
memo-expected-level = Expected level
memo-expected-before = Earlier level
memo-expected-after = New level
memo-level-none = none
memo-not-applicable = not applicable
memo-movement = { $movement ->
        [raised] raised
        [lowered] lowered
        [added] new
       *[removed] removed
    }
# $fields: the changed fields' names
memo-summary-metadata = Changed facts about the framework: { $fields }
# The fields' names; $rank: the level (the step's number for steps), none for the field in general
# (plural), own for a statement's or learning outcome's own level (memo-field-level only)
memo-field-title = title
    .gender = common
memo-field-description = description
    .gender = common
memo-field-text = text
    .gender = common
memo-field-area = area
    .gender = common
memo-field-parent = parent competence
    .gender = common
memo-field-definition = definition
    .gender = common
memo-field-example = example
    .gender = common
memo-field-descriptor = { $rank ->
        [none] level descriptors
       *[other] descriptor of level { $rank }
    }
    .gender = common
memo-field-learning-activity = learning activity
    .gender = common
memo-field-motivation = motivation statement
    .gender = common
memo-field-restricted-to = only for roles
    .gender = common
memo-field-level = { $rank ->
        [none] levels
        [own] level
       *[other] level { $rank }
    }
    .gender = common
memo-field-level-description = { $rank ->
        [none] level descriptions
       *[other] description of level { $rank }
    }
    .gender = common
memo-field-level-purpose = { $rank ->
        [none] level purposes
       *[other] purpose of level { $rank }
    }
    .gender = common
memo-field-step = { $rank ->
        [none] steps
       *[other] step { $rank }
    }
    .gender = common
memo-field-step-description = { $rank ->
        [none] step descriptions
       *[other] description of step { $rank }
    }
    .gender = common
memo-field-step-equivalent = { $rank ->
        [none] step equivalents
       *[other] equivalent of step { $rank }
    }
    .gender = common
memo-field-step-level = { $rank ->
        [none] steps' levels
       *[other] level of step { $rank }
    }
    .gender = common
memo-field-equivalents = equivalent scale of the steps
    .gender = common
memo-field-not-rated = value for not rated
    .gender = common
memo-field-cumulative = staircase (each level presumes the lower ones)
    .gender = common
memo-field-requires-descriptors = requires level descriptors
    .gender = common
memo-field-unit = unit
    .gender = common
memo-field-id = id
    .gender = common
memo-field-version = version
    .gender = common
memo-field-language = language
    .gender = common
memo-field-status = status
    .gender = common
memo-field-adopted = adoption date
    .gender = common
memo-field-publisher = publisher
    .gender = common
memo-field-publisher-unit = publisher's unit
    .gender = common
memo-field-publisher-url = publisher's website
    .gender = common
memo-field-rating-scale = rating scale
    .gender = common
memo-field-motivation-scale = motivation scale
    .gender = common
memo-field-vocabulary = vocabulary
    .gender = common
memo-field-source = source
    .gender = common
memo-field-correction = correction
    .gender = common
memo-field-note = note
    .gender = common
memo-field-competence = competence
    .gender = common
memo-field-labels = labels
    .gender = common
memo-field-dimension = dimension (knowledge, skill or attitude)
    .gender = common
memo-field-term = term
    .gender = common
memo-field-explanation = explanation
    .gender = common
memo-field-licence = licence
    .gender = common
memo-field-licence-attribution = attribution the licence asks for
    .gender = common
memo-field-licence-url = licence's web address
    .gender = common
memo-field-licence-notice = licence notice
    .gender = common

## The report of a self-assessment (ramverk score --format html|markdown)
# $title: the framework's title
report-heading = { $title } — self-assessment results
report-section-all = Everyone
report-section-area = By area
report-section-role = By role
report-section-unit = By unit
report-section-competence = By competence
report-all-persons = All persons
# What a group is, in a table's first column
report-kind-all = group
report-kind-area = area
report-kind-role = role
report-kind-unit = unit
report-kind-competence = competence
report-column-persons = persons
report-column-mean = mean rating
report-column-need = ratings with need
report-column-persons-need = persons with need
report-column-motivation = high motivation
report-column-coverage = coverage
report-builtin-rule = the built-in Stockholm rules
# $rule: the scoring rule; $min: the smallest group shown
report-scored-with = scored with { $rule }; groups under { $min } persons suppressed
report-ratings-of = { $ratings ->
        [one] 1 rating
       *[other] { $ratings } ratings
    } from { $persons ->
        [one] 1 person
       *[other] { $persons } persons
    }
report-skipped = { $rows ->
        [one] 1 invalid row skipped
       *[other] { $rows } invalid rows skipped
    }
report-now = now
report-before = before
report-now-heading = Now
report-before-heading = Before
report-changes-in-parentheses = changes in parentheses, percentage points
report-hidden = suppressed to protect individuals (fewer than { $min } persons, or a group that would give such a group away)
report-hidden-short = suppressed
# The note on a hidden area in a chart: short enough to fit beside the area's name; the full reason is its tooltip.
report-hidden-chart = hidden to protect individuals
# $groups: groups suppressed so that no small group can be worked out
report-complementary = { $groups ->
        [0] no suppressed group can be worked out from the figures shown
        [one] 1 more group suppressed so that no suppressed group can be worked out from the figures shown (complementary suppression)
       *[other] { $groups } more groups suppressed so that no suppressed group can be worked out from the figures shown (complementary suppression)
    }
report-outcome-met = met
report-outcome-need = NEED
report-outcome-not-rated = not rated
report-outcome-not-expected = not expected
report-persons = Persons
report-needs-and-gap = { $needs ->
        [one] 1 need
       *[other] { $needs } needs
    }, { $gap ->
        [one] 1 level
       *[other] { $gap } levels
    } below the expected levels
report-competence = competence
report-expected = expected
report-rating = rating
report-outcome = outcome
report-learning-activities = learning activities
report-framework = Framework
report-scoring-rule = Scoring rule
report-ratings = Ratings
report-privacy = Privacy
report-privacy-note = groups of fewer than { $min } persons are suppressed: no figures are shown for them
report-key-figures = Key figures for everyone
# The unit of a change of a share, after the number
report-points = { " " }pp
report-areas-at-a-glance = Areas at a glance
report-chart-mean = Mean rating per area (1–5)
report-chart-need = Share of ratings with a need, per area
report-chart-motivation = Share with high motivation, per area
# The text alternative of a chart
report-chart-description = Bar chart with one value per area and round. The figures are in the table below the chart.
report-chart-table = The figures in the chart
report-changes-note = Changes since the earlier round in parentheses, in percentage points for shares.
## Framework exports as tables (CSV, XLSX): column headers, words in cells, sheet names
export-area-id = Area id
export-area = Area
export-competence-id = Competence id
export-parent-id = Part of
export-competence = Competence
export-definition = Definition
export-description = Description
export-examples = Examples
export-learning-activities = Learning activities
export-activity-levels = { $text } ({ $count ->
    [one] level
   *[other] levels
} { $levels })
export-level-column = Level { $rank }: { $label }
export-level-column-bare = Level { $rank }
export-expected-column = Expected level: { $role }
export-role-id = Role id
export-role = Role
export-expected-level = Expected level
export-level-label = Level label
export-descriptor = Level descriptor
export-not-applicable = not applicable
export-area-not-for-role = area not for this role
export-sheet-framework = Framework
export-sheet-matrix = Roles and competences
export-sheet-levels = Levels
export-title = Title
export-version = Version
export-status = Status
export-adopted = Adopted
export-publisher = Publisher
export-guidance = Guiding principles
export-scale = Scale
export-rank = Rank
export-label = Label
export-sheet-statements = Statements
export-sheet-outcomes = Learning outcomes
export-sheet-steps = Steps
export-sheet-glossary = Glossary
export-level = Level
export-statement-id = Statement id
export-statement = Statement
export-outcome-id = Outcome id
export-outcome = Learning outcome
export-dimension = Dimension
export-labels = Labels
export-step = Step
export-step-label = Step label
export-equivalent = Equivalent
# $scheme: the name of the other scheme the steps are mapped to (A1–C2)
export-equivalent-in = Equivalent in { $scheme }
export-term-id = Term id
export-term = Term
export-explanation = Explanation
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
## Statements, learning outcomes, steps, glossary and licence (frameworks such as DigComp 3.0)
statements-heading = Competence statements
learning-outcomes-heading = Learning outcomes
# $dimension: knowledge, skill or attitude (what kind of learning outcome)
dimension-word = { $dimension ->
    [knowledge] Knowledge
    [skill] Skill
   *[attitude] Attitude
  }
# What a level is for: the goals a person at the level can reach
level-purpose = Purpose
# A level groups finer steps, numbered across the whole scale
steps-caption = Steps within the levels
step = Step
step-equivalent = Equivalent
# $scheme: the name of the other scheme the steps are mapped to (A1–C2)
step-equivalent-in = Equivalent in { $scheme }
glossary-heading = Glossary
licence = Licence
