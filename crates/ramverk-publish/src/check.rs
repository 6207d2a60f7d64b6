//! The static check of a template: every field it names, in every branch whether taken or not,
//! exists in its document's context; every helper and partial exists; every message id of `t`
//! exists. A misspelt field is an error naming the template, line and field before anything is
//! rendered.

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};

use handlebars::template::{
    BlockParam, DecoratorTemplate, HelperTemplate, Parameter, Template, TemplateElement,
};
use ramverk_render::messages::Messages;
use ramverk_source::suggest::did_you_mean;

use crate::shape::Shape;

/// Helpers a template may use: handlebars' own and ramverk's (`t`; `text` and `lang`, which
/// render the partials `_text.html` and `_lang.html`).
pub const HELPERS: &[&str] = &[
    "if", "unless", "each", "with", "lookup", "log", "eq", "ne", "gt", "gte", "lt", "lte", "and",
    "or", "not", "len", "t", "text", "lang",
];

/// One problem found in a template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub line: usize,
    pub column: usize,
    pub message: String,
}

/// What a template is checked against.
pub struct Checker<'a> {
    pub root: &'a Shape,
    pub partials: &'a [String],
    pub messages: &'a Messages,
}

/// A scope: the shape `this` has, and the block parameters bound in it.
#[derive(Clone)]
struct Scope {
    this: Shape,
    params: HashMap<String, Shape>,
}

impl Checker<'_> {
    /// Every problem of `template`, in order.
    pub fn check(&self, template: &Template) -> Vec<Problem> {
        let mut problems = Vec::new();
        let scopes = vec![Scope {
            this: self.root.clone(),
            params: HashMap::new(),
        }];
        let walk = Walk {
            checker: self,
            inline: inline_bodies(template),
            called: partial_calls(template),
            checked: RefCell::new(Vec::new()),
        };
        walk.template(template, &scopes, (1, 1), &mut problems);
        problems
    }
}

/// One check of one template: the checker, the partials the template defines for itself and
/// where it calls them.
struct Walk<'c, 't> {
    checker: &'c Checker<'c>,
    /// The template's own partials (`{{#*inline "name"}}`), by name.
    inline: HashMap<String, &'t Template>,
    /// The partials the template calls (`{{> name}}`).
    called: HashSet<String>,
    /// The inline partials already checked, with the shape they were called with: each is
    /// checked once per shape, however often it is called (and a partial calling itself ends).
    checked: RefCell<Vec<(String, Shape)>>,
}

impl Walk<'_, '_> {
    fn template(
        &self,
        template: &Template,
        scopes: &[Scope],
        at: (usize, usize),
        problems: &mut Vec<Problem>,
    ) {
        for (index, element) in template.elements.iter().enumerate() {
            let here = template
                .mapping
                .get(index)
                .map(|mapping| (mapping.0, mapping.1))
                .unwrap_or(at);
            self.element(element, scopes, here, problems);
        }
    }

    fn element(
        &self,
        element: &TemplateElement,
        scopes: &[Scope],
        at: (usize, usize),
        problems: &mut Vec<Problem>,
    ) {
        match element {
            TemplateElement::RawString(_) | TemplateElement::Comment(_) => {}
            TemplateElement::Expression(helper) | TemplateElement::HtmlExpression(helper) => {
                self.expression(helper, scopes, at, problems);
            }
            TemplateElement::HelperBlock(helper) => self.block(helper, scopes, at, problems),
            TemplateElement::PartialExpression(partial)
            | TemplateElement::PartialBlock(partial) => {
                self.partial(partial, scopes, at, problems);
            }
            // `{{#*inline "name"}} … {{/inline}}`: a partial of the template's own. One it calls
            // is checked where it is called, with what it is given; one it does not call is a
            // slot of the page frame (`{{#> slot}}{{/slot}}`), filled with the document's context.
            TemplateElement::DecoratorBlock(decorator) if matches!(&decorator.name, Parameter::Name(name) if name == "inline") => {
                if let (Some(Parameter::Literal(serde_json::Value::String(name))), Some(template)) =
                    (decorator.params.first(), &decorator.template)
                {
                    if !self.called.contains(name) {
                        self.template(template, scopes, at, problems);
                    }
                } else {
                    problems.push(problem(
                        at,
                        "an inline partial needs a name: `{{#*inline \"name\"}}`".to_owned(),
                    ));
                }
            }
            TemplateElement::DecoratorExpression(_) | TemplateElement::DecoratorBlock(_) => {
                problems.push(problem(
                    at,
                    "decorators (`{{* …}}`) other than `{{#*inline \"name\"}}` are not supported in ramverk's templates".to_owned(),
                ));
            }
            _ => problems.push(problem(
                at,
                "a template element ramverk does not know".to_owned(),
            )),
        }
    }

    /// `{{name}}`, `{{path}}` or `{{helper params…}}`.
    fn expression(
        &self,
        helper: &HelperTemplate,
        scopes: &[Scope],
        at: (usize, usize),
        problems: &mut Vec<Problem>,
    ) {
        match &helper.name {
            Parameter::Name(name)
                if helper.params.is_empty()
                    && helper.hash.is_empty()
                    && !HELPERS.contains(&name.as_str()) =>
            {
                self.path(name, scopes, at, problems);
            }
            Parameter::Name(name) => self.call(name, helper, scopes, at, problems),
            Parameter::Path(path) if helper.params.is_empty() && helper.hash.is_empty() => {
                self.path(raw(path), scopes, at, problems);
            }
            Parameter::Path(path) => problems.push(problem(
                at,
                format!(
                    "no helper `{}` (helpers: {})",
                    raw(path),
                    HELPERS.join(", ")
                ),
            )),
            other => self.parameter(other, scopes, at, problems),
        }
    }

    /// A helper called with parameters: it must exist; its parameters are checked.
    fn call(
        &self,
        name: &str,
        helper: &HelperTemplate,
        scopes: &[Scope],
        at: (usize, usize),
        problems: &mut Vec<Problem>,
    ) {
        if !HELPERS.contains(&name) {
            let hint = did_you_mean(name, HELPERS.iter().copied())
                .map(|best| format!("; did you mean `{best}`?"))
                .unwrap_or_default();
            problems.push(problem(
                at,
                format!("no helper `{name}` (helpers: {}){hint}", HELPERS.join(", ")),
            ));
        }
        if name == "t" {
            self.message_id(helper.params.first(), at, problems);
        }
        for parameter in helper.params.iter().chain(helper.hash.values()) {
            self.parameter(parameter, scopes, at, problems);
        }
    }

    /// `{{t "id"}}`: the id must be a literal naming a message.
    fn message_id(
        &self,
        first: Option<&Parameter>,
        at: (usize, usize),
        problems: &mut Vec<Problem>,
    ) {
        match first {
            Some(Parameter::Literal(serde_json::Value::String(id))) => {
                let message = id.split('.').next().unwrap_or(id);
                if !self.checker.messages.has(message) {
                    problems.push(problem(
                        at,
                        format!("no message `{id}` for `t` (see docs/templates.md)"),
                    ));
                }
            }
            _ => problems.push(problem(
                at,
                "`t` takes a message id in quotes as its first parameter: {{t \"id\"}}".to_owned(),
            )),
        }
    }

    fn parameter(
        &self,
        parameter: &Parameter,
        scopes: &[Scope],
        at: (usize, usize),
        problems: &mut Vec<Problem>,
    ) {
        match parameter {
            Parameter::Path(path) => self.path(raw(path), scopes, at, problems),
            Parameter::Name(name) => self.path(name, scopes, at, problems),
            Parameter::Literal(_) => {}
            Parameter::Subexpression(subexpression) => {
                if let TemplateElement::Expression(helper) = subexpression.as_element() {
                    match &helper.name {
                        Parameter::Name(name) => self.call(name, helper, scopes, at, problems),
                        other => self.parameter(other, scopes, at, problems),
                    }
                }
            }
            _ => {}
        }
    }

    /// `{{#helper …}} … {{else}} … {{/helper}}`.
    fn block(
        &self,
        helper: &HelperTemplate,
        scopes: &[Scope],
        at: (usize, usize),
        problems: &mut Vec<Problem>,
    ) {
        let name = match &helper.name {
            Parameter::Name(name) => name.clone(),
            Parameter::Path(path) => raw(path).to_owned(),
            _ => String::new(),
        };
        let first = helper.params.first();
        let inner_this = match (name.as_str(), first) {
            ("each", Some(parameter)) => match self.resolve_parameter(parameter, scopes) {
                Ok(Shape::List(item)) => Some(*item),
                Ok(Shape::Any) | Ok(Shape::Object(_)) => Some(Shape::Any),
                Ok(Shape::Scalar(kind)) => {
                    problems.push(problem(
                        at,
                        format!(
                            "`each` over `{}`, which is a {kind}, not a list",
                            describe(parameter)
                        ),
                    ));
                    Some(Shape::Any)
                }
                Err(message) => {
                    problems.push(problem(at, message));
                    Some(Shape::Any)
                }
            },
            ("with", Some(parameter)) => match self.resolve_parameter(parameter, scopes) {
                Ok(shape) => Some(shape),
                Err(message) => {
                    problems.push(problem(at, message));
                    Some(Shape::Any)
                }
            },
            _ => {
                self.call(&name, helper, scopes, at, problems);
                None
            }
        };
        let mut inner = scopes.to_vec();
        if let Some(this) = inner_this {
            if name == "each" || name == "with" {
                // The parameters were resolved above; the rest are checked as usual.
                for parameter in helper.params.iter().skip(1).chain(helper.hash.values()) {
                    self.parameter(parameter, scopes, at, problems);
                }
            }
            let mut params = HashMap::new();
            match &helper.block_param {
                Some(BlockParam::Single(Parameter::Name(item))) => {
                    params.insert(item.clone(), this.clone());
                }
                Some(BlockParam::Pair((Parameter::Name(item), Parameter::Name(key)))) => {
                    params.insert(item.clone(), this.clone());
                    params.insert(key.clone(), Shape::Scalar("string".into()));
                }
                _ => {}
            }
            inner.push(Scope { this, params });
        }
        if let Some(template) = &helper.template {
            self.template(template, &inner, at, problems);
        }
        if let Some(inverse) = &helper.inverse {
            self.template(inverse, scopes, at, problems);
        }
    }

    /// `{{> name}}` and `{{#> name}} … {{/name}}`.
    fn partial(
        &self,
        partial: &DecoratorTemplate,
        scopes: &[Scope],
        at: (usize, usize),
        problems: &mut Vec<Problem>,
    ) {
        let name = match &partial.name {
            Parameter::Name(name) => name.clone(),
            Parameter::Path(path) => raw(path).to_owned(),
            Parameter::Literal(serde_json::Value::String(name)) => name.clone(),
            _ => String::new(),
        };
        // A partial block (`{{#> slot}}default{{/slot}}`) may name a partial that only the
        // including document defines inline (`{{#*inline "slot"}}`): its body is the fallback.
        let has_fallback = partial.template.is_some();
        if name != "@partial-block" && !has_fallback && !self.checker.partials.contains(&name) {
            problems.push(problem(
                at,
                format!(
                    "no partial `{name}` (partials: {})",
                    self.checker.partials.join(", ")
                ),
            ));
        }
        for parameter in partial.params.iter().chain(partial.hash.values()) {
            self.parameter(parameter, scopes, at, problems);
        }
        if let Some(template) = &partial.template {
            self.template(template, scopes, at, problems);
        }
        if let Some(body) = self.inline.get(&name) {
            // The partial's context: what it is given (`{{> name title}}`), else the caller's;
            // with named arguments (`{{> name x=1}}`) anything.
            let this = match partial.params.first() {
                _ if !partial.hash.is_empty() => Shape::Any,
                Some(parameter) => self
                    .resolve_parameter(parameter, scopes)
                    .unwrap_or(Shape::Any),
                None => scopes.last().map_or(Shape::Any, |scope| scope.this.clone()),
            };
            let key = (name, this.clone());
            if !self.checked.borrow().contains(&key) {
                self.checked.borrow_mut().push(key);
                let mut inner = scopes.to_vec();
                inner.push(Scope {
                    this,
                    params: HashMap::new(),
                });
                self.template(body, &inner, at, problems);
            }
        }
    }

    fn resolve_parameter(&self, parameter: &Parameter, scopes: &[Scope]) -> Result<Shape, String> {
        match parameter {
            Parameter::Path(path) => resolve(raw(path), scopes),
            Parameter::Name(name) => resolve(name, scopes),
            _ => Ok(Shape::Any),
        }
    }

    fn path(&self, path: &str, scopes: &[Scope], at: (usize, usize), problems: &mut Vec<Problem>) {
        if let Err(message) = resolve(path, scopes) {
            problems.push(problem(at, message));
        }
    }
}

/// Every template inside `template` (block bodies, inverses, partial blocks, inline partials).
fn inner_templates(template: &Template) -> Vec<&Template> {
    inner(template, true)
}

/// The templates inside `template`, the bodies of inline partials only `with_inline`.
fn inner(template: &Template, with_inline: bool) -> Vec<&Template> {
    let mut inner = Vec::new();
    for element in &template.elements {
        match element {
            TemplateElement::DecoratorBlock(decorator) if with_inline => {
                inner.extend(decorator.template.iter());
            }
            TemplateElement::PartialBlock(decorator) => {
                inner.extend(decorator.template.iter());
            }
            TemplateElement::HelperBlock(helper) => {
                inner.extend(helper.template.iter().chain(helper.inverse.iter()));
            }
            _ => {}
        }
    }
    inner
}

/// The bodies of the partials a template defines for itself, by name, at any depth.
fn inline_bodies(template: &Template) -> HashMap<String, &Template> {
    let mut bodies = HashMap::new();
    let mut pending = vec![template];
    while let Some(template) = pending.pop() {
        for element in &template.elements {
            if let TemplateElement::DecoratorBlock(decorator) = element
                && let (
                    Parameter::Name(kind),
                    Some(Parameter::Literal(serde_json::Value::String(name))),
                    Some(body),
                ) = (
                    &decorator.name,
                    decorator.params.first(),
                    &decorator.template,
                )
                && kind == "inline"
            {
                bodies.insert(name.clone(), body);
            }
        }
        pending.extend(inner_templates(template));
    }
    bodies
}

/// The names of the partials a template calls (`{{> name}}`, `{{#> name}}`), at any depth.
fn partial_calls(template: &Template) -> HashSet<String> {
    calls(template, true)
}

/// The names of the partials `template` calls, inside the bodies of its inline partials only
/// `with_inline`.
fn calls(template: &Template, with_inline: bool) -> HashSet<String> {
    let mut names = HashSet::new();
    let mut pending = vec![template];
    while let Some(template) = pending.pop() {
        for element in &template.elements {
            helper_calls(element, &mut names);
            if let TemplateElement::PartialExpression(partial)
            | TemplateElement::PartialBlock(partial) = element
            {
                match &partial.name {
                    Parameter::Name(name) => names.insert(name.clone()),
                    Parameter::Path(path) => names.insert(raw(path).to_owned()),
                    Parameter::Literal(serde_json::Value::String(name)) => {
                        names.insert(name.clone())
                    }
                    _ => false,
                };
            }
        }
        pending.extend(inner(template, with_inline));
    }
    names
}

/// The partials the helpers `text` and `lang` render, where `element` (or a sub-expression
/// in it) uses them: `_text.html` and `_lang.html`.
fn helper_calls(element: &TemplateElement, names: &mut HashSet<String>) {
    let helper = match element {
        TemplateElement::Expression(helper)
        | TemplateElement::HtmlExpression(helper)
        | TemplateElement::HelperBlock(helper) => helper,
        _ => return,
    };
    match &helper.name {
        Parameter::Name(name) if name == "text" => {
            names.insert("_text.html".to_owned());
        }
        Parameter::Name(name) if name == "lang" => {
            names.insert("_lang.html".to_owned());
        }
        _ => {}
    }
    for parameter in helper.params.iter().chain(helper.hash.values()) {
        if let Parameter::Subexpression(inner) = parameter {
            helper_calls(&inner.element, names);
        }
    }
}

/// A circle of partials calling each other (`r → r`, `_a.html → _b.html → _a.html`) among
/// `templates` (name, compiled), with the name of the template it starts in; none when there is
/// none. Rendering such a template would never end, so it is refused. A template's own inline
/// partials count as `template#name`.
pub fn recursion(templates: &[(&str, &Template)]) -> Option<(String, Vec<String>)> {
    let files: HashSet<&str> = templates.iter().map(|(name, _)| *name).collect();
    let mut edges: HashMap<String, Vec<String>> = HashMap::new();
    let mut owner: HashMap<String, String> = HashMap::new();
    for (name, template) in templates {
        let bodies = inline_bodies(template);
        let resolve = |call: &String| {
            if bodies.contains_key(call) {
                Some(format!("{name}#{call}"))
            } else {
                files.contains(call.as_str()).then(|| call.clone())
            }
        };
        let sorted = |set: HashSet<String>| {
            let mut list: Vec<String> = set.iter().filter_map(resolve).collect();
            list.sort();
            list
        };
        edges.insert((*name).to_owned(), sorted(calls(template, false)));
        owner.insert((*name).to_owned(), (*name).to_owned());
        let mut inline: Vec<(&String, &&Template)> = bodies.iter().collect();
        inline.sort_by_key(|(inline_name, _)| inline_name.as_str());
        for (inline_name, body) in inline {
            let node = format!("{name}#{inline_name}");
            edges.insert(node.clone(), sorted(calls(body, false)));
            owner.insert(node, (*name).to_owned());
        }
    }
    // Depth-first, without recursion: 0 unseen, 1 on the path, 2 done.
    let mut state: HashMap<&str, u8> = HashMap::new();
    let mut starts: Vec<&str> = edges.keys().map(String::as_str).collect();
    starts.sort();
    for start in starts {
        let mut path: Vec<(&str, usize)> = vec![(start, 0)];
        if state.get(start).copied().unwrap_or(0) != 0 {
            continue;
        }
        state.insert(start, 1);
        while let Some((node, next)) = path.last_mut() {
            let node: &str = node;
            let targets = &edges[node];
            if *next == targets.len() {
                state.insert(node, 2);
                path.pop();
                continue;
            }
            let target = targets[*next].as_str();
            *next += 1;
            match state.get(target).copied().unwrap_or(0) {
                0 => {
                    state.insert(target, 1);
                    path.push((target, 0));
                }
                1 => {
                    let from = path.iter().position(|(n, _)| *n == target).unwrap_or(0);
                    let mut circle: Vec<String> =
                        path[from..].iter().map(|(n, _)| shown(n)).collect();
                    circle.push(shown(target));
                    return Some((owner[target].clone(), circle));
                }
                _ => {}
            }
        }
    }
    None
}

/// A node of the call graph as a reader names it: `memo.md#r` → `r (in memo.md)`.
fn shown(node: &str) -> String {
    match node.split_once('#') {
        Some((file, inline)) => format!("{inline} (in {file})"),
        None => node.to_owned(),
    }
}

/// The names of the partials a template defines for itself (`{{#*inline "name"}}`), at any depth.
pub fn inline_partials(template: &Template) -> Vec<String> {
    let mut names = Vec::new();
    for element in &template.elements {
        match element {
            TemplateElement::DecoratorBlock(decorator) => {
                if let (
                    Parameter::Name(kind),
                    Some(Parameter::Literal(serde_json::Value::String(name))),
                ) = (&decorator.name, decorator.params.first())
                    && kind == "inline"
                {
                    names.push(name.clone());
                }
                if let Some(inner) = &decorator.template {
                    names.extend(inline_partials(inner));
                }
            }
            TemplateElement::HelperBlock(helper) => {
                for inner in helper.template.iter().chain(helper.inverse.iter()) {
                    names.extend(inline_partials(inner));
                }
            }
            TemplateElement::PartialBlock(partial) => {
                if let Some(inner) = &partial.template {
                    names.extend(inline_partials(inner));
                }
            }
            _ => {}
        }
    }
    names
}

fn problem(at: (usize, usize), message: String) -> Problem {
    Problem {
        line: at.0,
        column: at.1,
        message,
    }
}

fn raw(path: &handlebars::Path) -> &str {
    match path {
        handlebars::Path::Relative((_, raw)) => raw,
        handlebars::Path::Local((_, _, raw)) => raw,
    }
}

fn describe(parameter: &Parameter) -> String {
    match parameter {
        Parameter::Path(path) => raw(path).to_owned(),
        Parameter::Name(name) => name.clone(),
        _ => "a value".to_owned(),
    }
}

/// The shape `path` names from the innermost scope, or why it names nothing.
fn resolve(path: &str, scopes: &[Scope]) -> Result<Shape, String> {
    let mut rest = path;
    // `@root.x`, `@index`, `@first`, `@last`, `@key`.
    if let Some(after) = rest.strip_prefix("@root") {
        let root = scopes
            .first()
            .map(|scope| scope.this.clone())
            .unwrap_or(Shape::Any);
        return walk(root, after.trim_start_matches(['.', '/']), path);
    }
    if let Some(variable) = rest.strip_prefix('@') {
        return match variable {
            "index" | "first" | "last" | "key" | "level" => Ok(Shape::Scalar("number".into())),
            other => Err(format!(
                "no local variable `@{other}` (there are @index, @first, @last, @key, @root)"
            )),
        };
    }
    let mut depth = scopes.len().saturating_sub(1);
    while let Some(after) = rest.strip_prefix("../") {
        depth = depth.saturating_sub(1);
        rest = after;
    }
    let scope = &scopes[depth.min(scopes.len().saturating_sub(1))];
    for prefix in ["this.", "this/", "./"] {
        if let Some(after) = rest.strip_prefix(prefix) {
            return walk(scope.this.clone(), after, path);
        }
    }
    if rest == "this" || rest == "." || rest.is_empty() {
        return Ok(scope.this.clone());
    }
    let first = rest.split(['.', '/']).next().unwrap_or(rest);
    for candidate in scopes[..=depth.min(scopes.len().saturating_sub(1))]
        .iter()
        .rev()
    {
        if let Some(shape) = candidate.params.get(first) {
            let after = rest[first.len()..].trim_start_matches(['.', '/']);
            return walk(shape.clone(), after, path);
        }
    }
    walk(scope.this.clone(), rest, path)
}

/// Follows the segments of `rest` (`a.b.[0].c`) from `shape`.
fn walk(mut shape: Shape, rest: &str, path: &str) -> Result<Shape, String> {
    let mut walked = String::new();
    for segment in rest.split(['.', '/']).filter(|segment| !segment.is_empty()) {
        let segment = segment.trim_start_matches('[').trim_end_matches(']');
        shape = match shape {
            Shape::Any => return Ok(Shape::Any),
            Shape::Object(ref fields) => match fields.iter().find(|field| field.name == segment) {
                Some(field) => field.shape.clone(),
                None => {
                    let names: Vec<&str> = fields.iter().map(|field| field.name.as_str()).collect();
                    let hint = did_you_mean(segment, names.iter().copied())
                        .map(|best| format!("; did you mean `{best}`?"))
                        .unwrap_or_default();
                    let within = if walked.is_empty() {
                        "this document's context".to_owned()
                    } else {
                        format!("`{walked}`")
                    };
                    return Err(format!(
                        "no field `{segment}` in {within} (path `{path}`; fields: {}){hint}",
                        names.join(", ")
                    ));
                }
            },
            Shape::List(item) if segment.bytes().all(|b| b.is_ascii_digit()) => *item,
            Shape::List(_) => {
                return Err(format!(
                    "`{walked}` is a list: `{segment}` names nothing in it (path `{path}`); use `{{{{#each {walked}}}}}`"
                ));
            }
            Shape::Scalar(kind) => {
                return Err(format!(
                    "`{walked}` is a {kind}, with no field `{segment}` (path `{path}`)"
                ));
            }
        };
        if !walked.is_empty() {
            walked.push('.');
        }
        walked.push_str(segment);
    }
    Ok(shape)
}

/// How deep blocks nest in a template's text at most (`{{#if}}{{#each}}…` is 2), comments aside:
/// read before the template is parsed, so that a template nested thousands deep is refused
/// instead of exhausting the stack of the parser or the renderer.
pub fn nesting(text: &str) -> usize {
    let (mut depth, mut deepest) = (0usize, 0usize);
    let mut rest = text;
    while let Some(start) = rest.find("{{") {
        rest = &rest[start + 2..];
        let rest_trimmed = rest.trim_start_matches(['{', '~']);
        if let Some(comment) = rest_trimmed.strip_prefix("!--") {
            rest = comment.find("--}}").map_or("", |end| &comment[end + 4..]);
        } else if let Some(comment) = rest_trimmed.strip_prefix('!') {
            rest = comment.find("}}").map_or("", |end| &comment[end + 2..]);
        } else if rest_trimmed.starts_with('#') {
            depth += 1;
            deepest = deepest.max(depth);
        } else if rest_trimmed.starts_with('/') {
            depth = depth.saturating_sub(1);
        }
    }
    deepest
}
