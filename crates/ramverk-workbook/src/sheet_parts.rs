//! Which sheet a part of an XLSX workbook holds (`xl/worksheets/sheet4.xml` is the sheet
//! "3 Competence Statements"), to name the sheet in a problem found before calamine reads it.

use std::io::{BufReader, Read, Seek};

use quick_xml::events::Event;
use zip::ZipArchive;

/// The name of the sheet stored in `part` (lowercase, as the zip names it), read from
/// `xl/workbook.xml` and its relationships; none when `part` is not a worksheet or they do not
/// say. Reads at most `limit` bytes of each.
pub(crate) fn sheet_of_part<R: Read + Seek>(
    zip: &mut ZipArchive<R>,
    part: &str,
    limit: u64,
) -> Option<String> {
    if !part.starts_with("xl/worksheets/") {
        return None;
    }
    // The relationship whose target is the part, then the sheet that names the relationship.
    let mut id = None;
    read_elements(
        zip,
        "xl/_rels/workbook.xml.rels",
        limit,
        &mut |name, attributes| {
            if name == b"Relationship" && id.is_none() {
                let target = attribute(attributes, b"Target")?;
                let target = target.strip_prefix('/').map_or_else(
                    || format!("xl/{}", target.trim_start_matches("./")),
                    str::to_owned,
                );
                if target.to_lowercase() == part {
                    id = attribute(attributes, b"Id");
                }
            }
            Some(())
        },
    );
    let id = id?;
    let mut sheet = None;
    read_elements(zip, "xl/workbook.xml", limit, &mut |name, attributes| {
        if name == b"sheet" && sheet.is_none() && attribute(attributes, b"id")? == id {
            sheet = attribute(attributes, b"name");
        }
        Some(())
    });
    sheet
}

/// The value of the attribute with the local name `local` among `attributes`, unescaped.
fn attribute(attributes: &quick_xml::events::BytesStart, local: &[u8]) -> Option<String> {
    attributes
        .attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == local)
        .and_then(|a| a.unescape_value().ok().map(|v| v.into_owned()))
}

/// Calls `visit` with the local name and the element of every element in the part `name`.
fn read_elements<R: Read + Seek>(
    zip: &mut ZipArchive<R>,
    name: &str,
    limit: u64,
    visit: &mut dyn FnMut(&[u8], &quick_xml::events::BytesStart) -> Option<()>,
) {
    let Ok(entry) = zip.by_name(name) else {
        return;
    };
    let mut reader = quick_xml::Reader::from_reader(BufReader::new(entry.take(limit)));
    let mut buffer = Vec::new();
    loop {
        buffer.clear();
        match reader.read_event_into(&mut buffer) {
            Ok(Event::Start(element) | Event::Empty(element)) => {
                visit(element.local_name().as_ref(), &element);
            }
            Ok(Event::Eof) | Err(_) => return,
            Ok(_) => {}
        }
    }
}
