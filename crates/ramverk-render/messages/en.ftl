# ramverk-render: fixed texts in English. The same messages, in the same order, are in sv.ftl and da.ftl.
#
# Arguments used below (a message lists the ones it takes):
#   $count    a number; selects the plural form (CLDR rules of the language). Where a message is
#             a single word that also stands alone (diff-added), a missing $count reads as one.
#   $gender   the grammatical gender of the noun a participle describes: "common" or "neuter".
#             Take it from the noun's .gender attribute (section-areas.gender, field-example.gender).
#             Swedish agrees ("1 tillagd kompetens", "1 tillagt kompetensområde"); Danish and
#             English ignore it. A missing $gender reads as common.
#   $areas    the framework's own word for its areas: "dimension" when its vocabulary calls them
#             dimensions (the KL frameworks), otherwise "area". Every message that names areas takes it.
#   $rank     a level's rank, or a step's (a number).
# Every noun message has a .gender attribute ("common" or "neuter") in every language.

## A framework's status
status-draft = draft
status-adopted = adopted
status-deprecated = deprecated

## Values in comparisons
value-yes = yes
value-no = no
# An expected level that does not apply to a role.
value-not-applicable = not applicable
# A learning outcome's dimension.
value-knowledge = knowledge
value-skill = skill
value-attitude = attitude

## The parts of a framework, as headings, each with the gender of its items (a glossary's terms).
## $areas (section-areas only).
section-metadata = About the framework
    .gender = common
section-guidance = Guiding principles
    .gender = common
section-scales = Scales
    .gender = common
section-areas = { $areas ->
        [dimension] Dimensions
       *[other] Areas
    }
    .gender = common
section-competences = Competences
    .gender = common
section-statements = Competence statements
    .gender = common
section-learning-outcomes = Learning outcomes
    .gender = common
section-glossary = Glossary
    .gender = common
section-roles = Roles
    .gender = common
section-profiles = Role profiles
    .gender = common
section-expectations = Expected level for role
    .gender = common

## What happened to an item or a field (a participle). $count (missing: one), $gender.
diff-added = added
diff-removed = removed
diff-changed = changed
diff-renumbered = renumbered
diff-raised = raised
diff-lowered = lowered

## A count with its participle: "3 added". $count, $gender.
diff-count-added = { $count } { diff-added }
diff-count-removed = { $count } { diff-removed }
diff-count-changed = { $count } { diff-changed }
diff-count-renumbered = { $count } { diff-renumbered }
diff-count-raised = { $count } { diff-raised }
diff-count-lowered = { $count } { diff-lowered }

## A competence field's tally: "changed in 2 competences". $change: the participle
## (diff-added … formatted with the field's gender); $count: how many competences.
diff-in-competences = { $change } in { $count } { $count ->
        [one] competence
       *[other] competences
    }

## A diff report's other words.
# Before the framework's title: "Changes in <title>: 0.9.0 → 1.0.0".
diff-changes-in = Changes in
diff-summary = Summary
diff-no-changes = No changes in content.
diff-field = Field
diff-before = Before
diff-after = After
diff-competence = Competence

## A diff field's name, lower case. $areas (field-area only). The ranked ones take $rank.
field-title = title
    .gender = common
field-description = description
    .gender = common
field-text = text
    .gender = common
field-area = { $areas ->
        [dimension] dimension
       *[other] area
    }
    .gender = common
field-parent = parent
    .gender = common
field-definition = definition
    .gender = common
field-example = example
    .gender = common
field-descriptor = descriptor
    .gender = common
field-descriptor-ranked = descriptor { $rank }
    .gender = common
field-learning-activity = learning activity
    .gender = common
field-motivation = motivation
    .gender = common
field-restricted-to = restricted to
    .gender = common
field-level = level
    .gender = common
field-level-ranked = level { $rank }
    .gender = common
field-level-description = level description
    .gender = common
field-level-description-ranked = level { $rank } description
    .gender = common
field-level-purpose = level purpose
    .gender = common
field-level-purpose-ranked = level { $rank } purpose
    .gender = common
field-step = step
    .gender = common
field-step-ranked = step { $rank }
    .gender = common
field-step-description = step description
    .gender = common
field-step-description-ranked = step { $rank } description
    .gender = common
field-step-equivalent = step equivalent
    .gender = common
field-step-equivalent-ranked = step { $rank } equivalent
    .gender = common
field-step-level = step level
    .gender = common
field-step-level-ranked = step { $rank } level
    .gender = common
field-equivalents = equivalent scale
    .gender = common
field-not-rated = not rated
    .gender = common
field-cumulative = cumulative
    .gender = common
field-requires-descriptors = requires descriptors
    .gender = common
field-unit = unit
    .gender = common
field-id = id
    .gender = common
field-version = version
    .gender = common
field-language = language
    .gender = common
field-status = status
    .gender = common
field-adopted = adopted
    .gender = common
field-publisher = publisher
    .gender = common
field-publisher-unit = publisher unit
    .gender = common
field-publisher-url = publisher url
    .gender = common
field-rating-scale = rating scale
    .gender = common
field-motivation-scale = motivation scale
    .gender = common
field-vocabulary = vocabulary
    .gender = common
field-source = source
    .gender = common
field-correction = correction
    .gender = common
field-note = note
    .gender = common
field-competence = competence
    .gender = common
field-labels = labels
    .gender = common
field-dimension = dimension
    .gender = common
field-term = term
    .gender = common
field-explanation = explanation
    .gender = common
field-licence = licence
    .gender = common
field-licence-attribution = licence attribution
    .gender = common
field-licence-url = licence url
    .gender = common
field-licence-notice = licence notice
    .gender = common

## `ramverk show`: a framework and a role's profile.
# Before a scale's id and title.
show-scale = Scale
# After a cumulative scale's title, in parentheses.
show-cumulative = cumulative: each level builds on the ones below
# After the value a scale uses for "not rated", in parentheses.
show-not-rated = not rated
# Before the roles an area is restricted to.
show-only-for = Only for
# Before an area's motivation statement.
show-motivation = Motivation
# Before a competence's learning activity.
show-learning-activity = Learning activity
# After a role's title: how many competences have an expected level. $count.
show-expected-levels = { $count ->
        [one] expected level for { $count } competence
       *[other] expected levels for { $count } competences
    }
# A competence without an expected level, in an area that is not for the role. $areas.
show-area-not-for-role = { $areas ->
        [dimension] — (dimension not for this role)
       *[other] — (area not for this role)
    }

## `ramverk score`: the assessment report. JSON and CSV keep their English keys.
# After the framework's title in the report's heading.
score-heading = self-assessment results
# Section headings. $areas (score-by-area).
score-everyone = Everyone
score-by-area = { $areas ->
        [dimension] By dimension
       *[other] By area
    }
score-by-role = By role
score-by-unit = By unit
score-by-competence = By competence
# The title of the group of everyone (also in the CSV).
score-all-persons = All persons
# What one group is, for a table's first column. $areas (score-area).
score-group = group
score-area = { $areas ->
        [dimension] dimension
       *[other] area
    }
score-competence = competence
score-role = role
score-unit = unit
# The six figures of a group.
score-column-persons = persons
score-column-mean = mean rating
score-column-need = ratings with need
score-column-persons-with-need = persons with need
score-column-high-motivation = high motivation
score-column-coverage = coverage
# The same, at most ten characters each, for a terminal.
score-short-persons = persons
score-short-mean = mean
score-short-need = needs
score-short-persons-with-need = with need
score-short-high-motivation = high mot.
score-short-coverage = coverage
# The name of the built-in scoring rule.
score-builtin-rule = the built-in Stockholm rules
# How the framework was scored. $rule: the rule's name; $min_group: the privacy threshold.
score-scored-with = scored with { $rule }; groups under { $min_group } persons suppressed
# What a ratings file held. $ratings, $persons: numbers.
score-ratings-from = { $ratings } { $ratings ->
        [one] rating
       *[other] ratings
    } from { $persons } { $persons ->
        [one] person
       *[other] persons
    }
# Invalid rows skipped. $count.
score-skipped = { $count } invalid { $count ->
        [one] row
       *[other] rows
    } skipped
# The current and the earlier round, in lower case.
score-now = now
score-before = before
# Where a change stands, after the earlier round's line.
score-changes-in-parentheses = changes in parentheses, percentage points
# A hidden group (which of the two reasons is not said). $min_group.
score-hidden = suppressed to protect individuals (fewer than { $min_group } persons, or a group that would give such a group away)
# The same, short, for a table's cell.
score-hidden-short = suppressed
# What complementary suppression did. $count: the groups it hid.
score-complementary = { $count ->
        [0] no suppressed group can be worked out from the figures shown
        [one] { $count } more group suppressed so that no suppressed group can be worked out from the figures shown (complementary suppression)
       *[other] { $count } more groups suppressed so that no suppressed group can be worked out from the figures shown (complementary suppression)
    }
# Outcomes of one competence of one person.
score-met = met
score-need = NEED
score-not-rated = not rated
score-not-expected = not expected
# The per-person section's heading.
score-persons = Persons
# A person's needs and the steps below the expected levels. $needs, $gap: numbers.
score-needs-and-gap = { $needs } { $needs ->
        [one] need
       *[other] needs
    }, { $gap } { $gap ->
        [one] level step
       *[other] level steps
    } below the expected level
# Per-person columns.
score-expected = expected
score-rating = rating
score-outcome = outcome
score-learning-activities = learning activities
# The HTML page's facts.
score-framework = Framework
score-scoring-rule = Scoring rule
score-ratings = Ratings
score-privacy = Privacy
# $min_group.
score-privacy-note = groups of fewer than { $min_group } persons are suppressed: no figures are shown for them
score-key-figures = Key figures for everyone
# The unit of a change of a share, after the number and a space.
score-points = pp
# $areas (these three).
score-areas-at-a-glance = { $areas ->
        [dimension] Dimensions at a glance
       *[other] Areas at a glance
    }
score-chart-mean = { $areas ->
        [dimension] Mean rating per dimension (1–5)
       *[other] Mean rating per area (1–5)
    }
score-chart-need = { $areas ->
        [dimension] Share of ratings with a need, per dimension
       *[other] Share of ratings with a need, per area
    }
score-chart-motivation = { $areas ->
        [dimension] Share with high motivation, per dimension
       *[other] Share with high motivation, per area
    }
# Above a table comparing two rounds.
score-changes-note = Changes since the earlier round in parentheses, in percentage points for shares.

## A fork and its upstream (ramverk upstream status|merge).
fork-upstream-changed = Upstream changed since the base:
fork-fork-changed = This fork changed since the base:
fork-no-collisions = No collisions: `ramverk upstream merge` would take every upstream change.
fork-collisions = Where the two collide:
fork-conflict = conflict
fork-absent = (absent)
fork-removed = (removed)
fork-now = now
fork-resolve-hint = { $count ->
        [one] 1 conflict: resolve it
       *[other] { $count } conflicts: resolve each
    } with --ours ITEM or --theirs ITEM (ITEM as shown, e.g. { $example }), or set `take:` in the conflict file, and run the merge again
fork-retranslate = Translate again — upstream rewrote the original ({ $from }) of what this fork translated:
fork-kind-both-changed = changed here and upstream, differently
fork-kind-changed-removed = changed here, removed upstream
fork-kind-removed-changed = removed here, changed upstream
fork-kind-id-reused = added here and upstream with the same id, differently
fork-kind-renumbered-differently = renumbered here and upstream, to different ids
fork-kind-id-taken = its id is taken by another item of the result
fork-kind-place-lost = its place is gone: moved into an item the result does not have, or inside itself
