//! The mapping file: which sheet and which columns of a publisher's workbook hold a framework's
//! areas, competences, levels, statements, learning outcomes and glossary (docs/import.md).

use ramverk_source::suggest::did_you_mean;
use ramverk_source::{Entry, Node, Position, Value};

use crate::error::ImportError;

/// The format a mapping file declares with `format:`.
pub const FORMAT: &str = "ramverk-mapping/1";

/// A mapping, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct Mapping {
    /// The framework's own fields the workbook does not hold (id, title, version, publisher,
    /// licence, scales …), as JSON in the shape of `framework.yaml`.
    pub framework: serde_json::Map<String, serde_json::Value>,
    /// Where `framework:` is in the mapping file.
    pub framework_at: Position,
    /// The tables, in the order they are built (levels before what refers to them).
    pub tables: Vec<Table>,
}

/// What one table of the workbook holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum TableKind {
    /// Levels of a scale, one row per level or per step.
    Levels,
    /// Areas and their competences, one row per competence.
    Competences,
    /// Level descriptors, one row per competence and level.
    Descriptors,
    /// Competence statements, one row per statement.
    Statements,
    /// Learning outcomes, one row per outcome.
    LearningOutcomes,
    /// Glossary terms, one row per term.
    Glossary,
}

/// What a mapped field holds, and so how its cells are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldType {
    /// A text, kept exactly as the cell holds it.
    Text,
    /// A list of texts: the cell split at `split` (each piece trimmed, empty pieces left out), or the
    /// cell as one item.
    List,
    /// A whole number (a rank).
    Number,
    /// A level of the rating scale: its rank, or its label (white space around it ignored).
    Level,
}

/// A field a table may map: its name in the mapping (`area.id`, `text`), what it holds and
/// whether it must be mapped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FieldDef {
    /// The group it belongs to (`area`, `competence`, `level`, `step`), or empty.
    pub group: &'static str,
    /// The field's name.
    pub name: &'static str,
    /// What it holds.
    pub kind: FieldType,
    /// Whether the mapping must give it (when its group is mapped at all).
    pub required: bool,
}

const fn field(
    group: &'static str,
    name: &'static str,
    kind: FieldType,
    required: bool,
) -> FieldDef {
    FieldDef {
        group,
        name,
        kind,
        required,
    }
}

use FieldType::{Level, List, Number, Text};

const LEVELS_FIELDS: [FieldDef; 8] = [
    field("level", "label", Text, true),
    field("level", "rank", Number, false),
    field("level", "description", Text, false),
    field("level", "purpose", Text, false),
    field("step", "rank", Number, true),
    field("step", "label", Text, false),
    field("step", "description", Text, false),
    field("step", "equivalent", Text, false),
];

const COMPETENCES_FIELDS: [FieldDef; 10] = [
    field("area", "id", Text, true),
    field("area", "title", Text, true),
    field("area", "description", Text, false),
    field("area", "motivation", Text, false),
    field("competence", "id", Text, true),
    field("competence", "title", Text, true),
    field("competence", "parent", Text, false),
    field("competence", "definition", Text, false),
    field("competence", "description", Text, false),
    field("competence", "examples", List, false),
];

const DESCRIPTORS_FIELDS: [FieldDef; 3] = [
    field("", "competence", Text, true),
    field("", "level", Level, true),
    field("", "text", Text, true),
];

const STATEMENTS_FIELDS: [FieldDef; 5] = [
    field("", "competence", Text, true),
    field("", "id", Text, true),
    field("", "level", Level, true),
    field("", "labels", List, false),
    field("", "text", Text, true),
];

const LEARNING_OUTCOMES_FIELDS: [FieldDef; 6] = [
    field("", "competence", Text, true),
    field("", "id", Text, true),
    field("", "level", Level, true),
    field("", "dimension", Text, true),
    field("", "labels", List, false),
    field("", "text", Text, true),
];

const GLOSSARY_FIELDS: [FieldDef; 3] = [
    field("", "id", Text, true),
    field("", "term", Text, true),
    field("", "explanation", Text, true),
];

impl TableKind {
    /// Every kind, in build order.
    pub const ALL: [TableKind; 6] = [
        TableKind::Levels,
        TableKind::Competences,
        TableKind::Descriptors,
        TableKind::Statements,
        TableKind::LearningOutcomes,
        TableKind::Glossary,
    ];

    /// The key under `tables:` in the mapping file.
    pub fn name(self) -> &'static str {
        match self {
            TableKind::Levels => "levels",
            TableKind::Competences => "competences",
            TableKind::Descriptors => "descriptors",
            TableKind::Statements => "statements",
            TableKind::LearningOutcomes => "learning_outcomes",
            TableKind::Glossary => "glossary",
        }
    }

    /// The fields a table of this kind may map.
    pub fn fields(self) -> &'static [FieldDef] {
        match self {
            TableKind::Levels => &LEVELS_FIELDS,
            TableKind::Competences => &COMPETENCES_FIELDS,
            TableKind::Descriptors => &DESCRIPTORS_FIELDS,
            TableKind::Statements => &STATEMENTS_FIELDS,
            TableKind::LearningOutcomes => &LEARNING_OUTCOMES_FIELDS,
            TableKind::Glossary => &GLOSSARY_FIELDS,
        }
    }

    /// The groups of this kind's fields (empty for kinds whose fields are not grouped).
    fn groups(self) -> Vec<&'static str> {
        let mut groups: Vec<&'static str> = Vec::new();
        for def in self.fields() {
            if !def.group.is_empty() && !groups.contains(&def.group) {
                groups.push(def.group);
            }
        }
        groups
    }
}

/// One table of the workbook and how its columns map to the framework.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// What it holds.
    pub kind: TableKind,
    /// The sheet's name (for a CSV file, any name: a CSV file has one sheet).
    pub sheet: String,
    /// The row holding the column headers, 1-based; data follows it.
    pub header_row: u32,
    /// For `levels`: the id of the scale whose levels these are.
    pub scale: Option<String>,
    /// The mapped fields.
    pub fields: Vec<Mapped>,
    /// Where the table is in the mapping file.
    pub at: Position,
}

impl Table {
    /// The mapped field `group.name`, if the mapping gives it.
    pub fn field(&self, group: &str, name: &str) -> Option<&Mapped> {
        self.fields
            .iter()
            .find(|mapped| mapped.def.group == group && mapped.def.name == name)
    }

    /// Whether any field of `group` is mapped.
    pub fn has_group(&self, group: &str) -> bool {
        self.fields.iter().any(|mapped| mapped.def.group == group)
    }
}

/// A field and the column(s) it is read from.
#[derive(Debug, Clone, PartialEq)]
pub struct Mapped {
    /// The field.
    pub def: FieldDef,
    /// Where its value comes from.
    pub column: Column,
}

/// Where a value comes from, and how the cell's text is turned into it.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    /// The source.
    pub source: Source,
    /// For lists: the separator the cell's items are split at.
    pub split: Option<String>,
    /// Cell texts replaced by values (`Knowledge: knowledge`); a text not listed is an error.
    pub values: Vec<(String, String)>,
    /// Whether the text is made into an id: lower-case letters and digits joined by `-`.
    pub slug: bool,
    /// Where the column is given in the mapping file.
    pub at: Position,
}

/// The cell(s) a value is read from.
#[derive(Debug, Clone, PartialEq)]
pub enum Source {
    /// The column with this header text.
    Header(String),
    /// The column with these letters (`C`), 0-based index.
    Letter(u16),
    /// Several columns' texts joined with a separator (empty ones left out).
    Join(Vec<Column>, String),
    /// The same text for every row.
    Value(String),
}

/// Reads a mapping file's text.
pub fn parse_mapping(text: &str) -> Result<Mapping, ImportError> {
    let root = ramverk_source::parse(text).map_err(|error| {
        let mut out = ImportError::new(format!("the mapping is not valid YAML: {}", error.message));
        if let Some(position) = error.position {
            out = out.in_mapping(position);
        }
        out
    })?;
    let entries = mapping_of(&root, "the mapping file")?;
    known_keys(
        entries,
        &["format", "framework", "tables"],
        "the mapping file",
    )?;
    let format = required(entries, "format", &root)?;
    match &format.node.value {
        Value::Str(text) if text == FORMAT => {}
        _ => {
            return Err(ImportError::new(format!("`format` must be `{FORMAT}`"))
                .in_mapping(format.node.position)
                .help(format!("start the mapping with `format: {FORMAT}`")));
        }
    }
    let framework_entry = required(entries, "framework", &root)?;
    let framework = match to_json(&framework_entry.node) {
        serde_json::Value::Object(object) => object,
        _ => {
            return Err(ImportError::new(
                "`framework` must be a mapping of the framework's own fields, as in framework.yaml",
            )
            .in_mapping(framework_entry.node.position));
        }
    };
    let tables_entry = required(entries, "tables", &root)?;
    let table_entries = mapping_of(&tables_entry.node, "`tables`")?;
    let names: Vec<&str> = TableKind::ALL.iter().map(|kind| kind.name()).collect();
    known_keys(table_entries, &names, "`tables`")?;
    let mut tables = Vec::new();
    for entry in table_entries {
        let Some(kind) = TableKind::ALL
            .into_iter()
            .find(|kind| kind.name() == entry.key)
        else {
            continue; // known_keys refused it
        };
        tables.push(table(kind, &entry.node)?);
    }
    if tables.is_empty() {
        return Err(ImportError::new("`tables` maps no table")
            .in_mapping(tables_entry.node.position)
            .help(format!("map at least one of: {}", names.join(", "))));
    }
    tables.sort_by_key(|table| table.kind);
    Ok(Mapping {
        framework,
        framework_at: framework_entry.node.position,
        tables,
    })
}

fn table(kind: TableKind, node: &Node) -> Result<Table, ImportError> {
    let what = format!("table `{}`", kind.name());
    let entries = mapping_of(node, &what)?;
    let groups = kind.groups();
    let mut allowed = vec!["sheet", "header_row"];
    if kind == TableKind::Levels {
        allowed.push("scale");
    }
    if groups.is_empty() {
        allowed.extend(kind.fields().iter().map(|def| def.name));
    } else {
        allowed.extend(groups.iter().copied());
    }
    known_keys(entries, &allowed, &what)?;
    let sheet = text_of(&required(entries, "sheet", node)?.node, "`sheet`")?;
    let header_row = match find(entries, "header_row") {
        None => 1,
        Some(entry) => match entry.node.value {
            Value::Int(row) if (1..=1_048_576).contains(&row) => row as u32,
            _ => {
                return Err(ImportError::new(
                    "`header_row` must be the number of the row holding the column headers (1 to 1048576)",
                )
                .in_mapping(entry.node.position));
            }
        },
    };
    let scale = match find(entries, "scale") {
        Some(entry) => Some(text_of(&entry.node, "`scale`")?),
        None if kind == TableKind::Levels => {
            return Err(ImportError::new(
                "table `levels` must say which scale its levels belong to: `scale: <id>`",
            )
            .in_mapping(node.position));
        }
        None => None,
    };
    let mut fields = Vec::new();
    if groups.is_empty() {
        fields_of(kind, "", entries, &what, node.position, &mut fields)?;
    } else {
        let mut any = false;
        for group in &groups {
            if let Some(entry) = find(entries, group) {
                any = true;
                let group_what = format!("`{group}` of {what}");
                let group_entries = mapping_of(&entry.node, &group_what)?;
                fields_of(
                    kind,
                    group,
                    group_entries,
                    &group_what,
                    entry.node.position,
                    &mut fields,
                )?;
            } else if kind == TableKind::Competences || *group == "level" {
                return Err(ImportError::new(format!("{what} does not map `{group}`"))
                    .in_mapping(node.position)
                    .help(format!(
                        "add `{group}:` with the columns of its fields: {}",
                        field_names(kind, group)
                    )));
            }
        }
        if !any {
            return Err(ImportError::new(format!("{what} maps nothing")).in_mapping(node.position));
        }
    }
    Ok(Table {
        kind,
        sheet,
        header_row,
        scale,
        fields,
        at: node.position,
    })
}

fn field_names(kind: TableKind, group: &str) -> String {
    kind.fields()
        .iter()
        .filter(|def| def.group == group)
        .map(|def| {
            if def.required {
                format!("{} (required)", def.name)
            } else {
                def.name.to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn fields_of(
    kind: TableKind,
    group: &'static str,
    entries: &[Entry],
    what: &str,
    at: Position,
    out: &mut Vec<Mapped>,
) -> Result<(), ImportError> {
    let defs: Vec<&FieldDef> = kind
        .fields()
        .iter()
        .filter(|def| def.group == group)
        .collect();
    if !group.is_empty() {
        let names: Vec<&str> = defs.iter().map(|def| def.name).collect();
        known_keys(entries, &names, what)?;
    }
    for def in defs {
        match find(entries, def.name) {
            Some(entry) => out.push(Mapped {
                def: *def,
                column: column(&entry.node, &format!("`{}` of {what}", def.name))?,
            }),
            None if def.required => {
                return Err(ImportError::new(format!(
                    "{what} does not map `{}`, which it needs",
                    def.name
                ))
                .in_mapping(at)
                .help(format!(
                    "add `{}: <column header>` (or `{{letter: C}}`)",
                    def.name
                )));
            }
            None => {}
        }
    }
    Ok(())
}

/// A column given as a header text, or as a mapping with `column`, `letter`, `join` or `value` and
/// the options `split`, `values`, `slug`.
fn column(node: &Node, what: &str) -> Result<Column, ImportError> {
    let plain = |source| Column {
        source,
        split: None,
        values: Vec::new(),
        slug: false,
        at: node.position,
    };
    match &node.value {
        Value::Str(header) => return Ok(plain(Source::Header(header.clone()))),
        Value::Map(_) => {}
        _ => {
            return Err(ImportError::new(format!(
                "{what} must be a column's header text, or a mapping such as `{{column: Header}}` or `{{letter: C}}`"
            ))
            .in_mapping(node.position)
            .help("put a header that looks like a number in quotes: `\"2024\"`"));
        }
    }
    let entries = mapping_of(node, what)?;
    known_keys(
        entries,
        &[
            "column", "letter", "join", "with", "value", "split", "values", "slug",
        ],
        what,
    )?;
    let sources: Vec<&Entry> = entries
        .iter()
        .filter(|e| matches!(e.key.as_str(), "column" | "letter" | "join" | "value"))
        .collect();
    let [source_entry] = sources.as_slice() else {
        return Err(ImportError::new(format!(
            "{what} must give exactly one of `column`, `letter`, `join` or `value`"
        ))
        .in_mapping(node.position));
    };
    let source = match source_entry.key.as_str() {
        "column" => Source::Header(text_of(&source_entry.node, "`column`")?),
        "letter" => {
            let letters = text_of(&source_entry.node, "`letter`")?;
            Source::Letter(letter_index(&letters).ok_or_else(|| {
                ImportError::new(format!("`{letters}` is not a column's letters (A to XFD)"))
                    .in_mapping(source_entry.node.position)
            })?)
        }
        "value" => Source::Value(text_of(&source_entry.node, "`value`")?),
        _ => {
            let Value::Seq(items) = &source_entry.node.value else {
                return Err(ImportError::new("`join` must list the columns to join")
                    .in_mapping(source_entry.node.position));
            };
            let parts = items
                .iter()
                .map(|item| column(item, "an item of `join`"))
                .collect::<Result<Vec<_>, _>>()?;
            let with = match find(entries, "with") {
                Some(entry) => text_of(&entry.node, "`with`")?,
                None => " ".to_owned(),
            };
            Source::Join(parts, with)
        }
    };
    let split = find(entries, "split")
        .map(|entry| {
            let split = text_of(&entry.node, "`split`")?;
            if split.is_empty() {
                Err(ImportError::new("`split` must not be empty").in_mapping(entry.node.position))
            } else {
                Ok(split)
            }
        })
        .transpose()?;
    let values = match find(entries, "values") {
        None => Vec::new(),
        Some(entry) => mapping_of(&entry.node, "`values`")?
            .iter()
            .map(|pair| {
                Ok((
                    pair.key.clone(),
                    text_of(&pair.node, "a value of `values`")?,
                ))
            })
            .collect::<Result<Vec<_>, ImportError>>()?,
    };
    let slug = match find(entries, "slug") {
        None => false,
        Some(entry) => match entry.node.value {
            Value::Bool(slug) => slug,
            _ => {
                return Err(ImportError::new("`slug` must be `true` or `false`")
                    .in_mapping(entry.node.position));
            }
        },
    };
    Ok(Column {
        source,
        split,
        values,
        slug,
        at: node.position,
    })
}

/// `A` → 0, `Z` → 25, `AA` → 26; `None` beyond `XFD` or for anything but letters.
pub fn letter_index(letters: &str) -> Option<u16> {
    if letters.is_empty() || letters.len() > 3 {
        return None;
    }
    let mut index: u32 = 0;
    for letter in letters.bytes() {
        if !letter.is_ascii_alphabetic() {
            return None;
        }
        index = index * 26 + u32::from(letter.to_ascii_uppercase() - b'A' + 1);
    }
    u16::try_from(index - 1).ok().filter(|&i| i < 16_384)
}

fn mapping_of<'a>(node: &'a Node, what: &str) -> Result<&'a [Entry], ImportError> {
    match &node.value {
        Value::Map(entries) => Ok(entries),
        _ => Err(
            ImportError::new(format!("{what} must be a mapping (`key: value` lines)"))
                .in_mapping(node.position),
        ),
    }
}

fn find<'a>(entries: &'a [Entry], key: &str) -> Option<&'a Entry> {
    entries.iter().find(|entry| entry.key == key)
}

fn required<'a>(entries: &'a [Entry], key: &str, parent: &Node) -> Result<&'a Entry, ImportError> {
    find(entries, key).ok_or_else(|| {
        ImportError::new(format!("the mapping has no `{key}`")).in_mapping(parent.position)
    })
}

fn known_keys(entries: &[Entry], allowed: &[&str], what: &str) -> Result<(), ImportError> {
    let mut seen: Vec<&str> = Vec::new();
    for entry in entries {
        if seen.contains(&entry.key.as_str()) {
            return Err(
                ImportError::new(format!("{what} has `{}` twice", entry.key))
                    .in_mapping(entry.key_position),
            );
        }
        seen.push(&entry.key);
        if !allowed.contains(&entry.key.as_str()) {
            let mut error = ImportError::new(format!("{what} has an unknown key `{}`", entry.key))
                .in_mapping(entry.key_position);
            error = match did_you_mean(&entry.key, allowed.iter().copied()) {
                Some(near) => error.help(format!("did you mean `{near}`?")),
                None => error.help(format!("the keys are: {}", allowed.join(", "))),
            };
            return Err(error);
        }
    }
    Ok(())
}

fn text_of(node: &Node, what: &str) -> Result<String, ImportError> {
    match &node.value {
        Value::Str(text) => Ok(text.clone()),
        _ => Err(ImportError::new(format!("{what} must be a text"))
            .in_mapping(node.position)
            .help("put it in quotes")),
    }
}

/// A node as JSON (mapping keys as text).
fn to_json(node: &Node) -> serde_json::Value {
    match &node.value {
        Value::Null => serde_json::Value::Null,
        Value::Bool(b) => (*b).into(),
        Value::Int(i) => (*i).into(),
        Value::UInt(u) => (*u).into(),
        Value::Float(f) => serde_json::Number::from_f64(*f)
            .map_or(serde_json::Value::Null, serde_json::Value::Number),
        Value::Str(s) => s.clone().into(),
        Value::Seq(items) => items.iter().map(to_json).collect(),
        Value::Map(entries) => entries
            .iter()
            .map(|entry| (entry.key.clone(), to_json(&entry.node)))
            .collect::<serde_json::Map<_, _>>()
            .into(),
    }
}
