# ramverk-publish: fixed texts of the documents, in English. The same messages, in the same order, are in sv.ftl and da.ftl.

## The page frame
page-skip-to-content = Skip to content
# $version: ramverk's version
page-generated-by = Made with ramverk { $version }

## The review memo (ramverk diff --format html|markdown)
# $title: the framework's title; $old, $new: the versions
memo-page-title = Changes in { $title }: { $old } → { $new }
memo-heading = Changes in { $title }
memo-versions = Version { $old } compared with version { $new }.
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
# The fields' names; $rank: the level
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
       *[other] level { $rank }
    }
    .gender = common
memo-field-level-description = { $rank ->
        [none] level descriptions
       *[other] description of level { $rank }
    }
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
