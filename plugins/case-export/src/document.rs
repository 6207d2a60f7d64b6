//! The CFDocument (CFPckgDocument): the framework itself, root of every isChildOf chain.

use ramverk_plugin_sdk::detailed_export::{Framework, Status};
use serde_json::Value;

use crate::json::{self, Object};
use crate::{Context, time};

/// The CASE version the package declares (`caseVersion`, which must be "1.1" when present).
pub const CASE_VERSION: &str = "1.1";

pub fn document(context: &Context<'_>) -> Result<Value, String> {
    let framework = context.framework;
    let title = required(&framework.title, "title")?;
    let creator = required(&framework.publisher, "publisher")?;
    let document = Object::record(&context.ids.document())
        .set("creator", creator)
        .set("title", title)
        .set("lastChangeDateTime", context.changed.as_str())
        .set("caseVersion", CASE_VERSION)
        .set("publisher", creator)
        .maybe("description", json::text(framework.description.as_deref()))
        .maybe("language", json::text(Some(&framework.language)))
        .maybe("version", json::text(Some(&framework.version)))
        .set("adoptionStatus", adoption_status(framework.status))
        .maybe("statusStartDate", status_start(framework)?)
        .maybe("licenseURI", crate::item_types::licence_link(context));
    Ok(document.into_value())
}

/// CASE's adoption statuses, capitalised as CASE publishers write them.
pub fn adoption_status(status: Status) -> &'static str {
    match status {
        Status::Draft => "Draft",
        Status::Adopted => "Adopted",
        Status::Deprecated => "Deprecated",
    }
}

/// The adopted date starts the "Adopted" status; other statuses have no known start.
fn status_start(framework: &Framework) -> Result<Option<&str>, String> {
    match (&framework.status, &framework.adopted) {
        (Status::Adopted, Some(date)) => {
            time::checked_date(date, "the framework's adopted date").map(Some)
        }
        _ => Ok(None),
    }
}

fn required<'a>(value: &'a str, field: &str) -> Result<&'a str, String> {
    json::text(Some(value)).ok_or_else(|| {
        format!("the framework's {field} is empty; CASE requires it for the CFDocument")
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{examples, ids::Ids};

    fn render(framework: &Framework) -> Result<Value, String> {
        let context = Context {
            framework,
            ids: Ids::new(&framework.id, "https://x.invalid"),
            changed: "2024-09-02T00:00:00Z".into(),
            details: &crate::NO_DETAILS,
        };
        document(&context)
    }

    #[test]
    fn required_and_mapped_fields() {
        let document = render(&examples::framework()).unwrap();
        assert_eq!(document["creator"], "Example publisher");
        assert_eq!(document["title"], "Example");
        assert_eq!(document["adoptionStatus"], "Adopted");
        assert_eq!(document["statusStartDate"], "2024-09-02");
        assert_eq!(document["caseVersion"], "1.1");
        assert_eq!(document["language"], "sv");
        assert!(
            document["uri"]
                .as_str()
                .unwrap()
                .starts_with("https://x.invalid/CFDocuments/")
        );
    }

    #[test]
    fn draft_has_no_status_start_and_empty_publisher_is_an_error() {
        let mut framework = examples::framework();
        framework.status = Status::Draft;
        assert!(render(&framework).unwrap().get("statusStartDate").is_none());
        framework.publisher = " ".into();
        assert!(render(&framework).unwrap_err().contains("publisher"));
    }
}
