# ramverk-publish: fixed texts of the documents, in English. The same messages, in the same order, are in sv.ftl and da.ftl.

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
