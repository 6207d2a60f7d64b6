//! Warnings accepted on purpose (`accepted:` in framework.yaml): counted apart instead of reported
//! one by one, as long as their number is the one the maintainers accepted.

use std::str::FromStr;

use ramverk_source::{Code, Diagnostic, Pointer, Severity};

use crate::Context;

/// Warnings of one code accepted and not reported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Acceptance {
    /// The code.
    pub code: Code,
    /// How many were found and left out of the report.
    pub count: usize,
}

/// Splits `found` into what is reported and what `accepted` accepts. An entry naming an unknown
/// code or an error is reported (`accepted-invalid`); an entry whose count differs from the
/// number found accepts nothing and is reported (`accepted-count`), with every warning it would
/// have hidden.
pub fn apply(cx: &Context, found: Vec<Diagnostic>) -> (Vec<Diagnostic>, Vec<Acceptance>) {
    let mut reported = found;
    let mut acceptances = Vec::new();
    for (index, entry) in cx.framework.accepted.iter().enumerate() {
        let at = Pointer::root().key("accepted").index(index);
        let code = match Code::from_str(&entry.code) {
            Ok(code) if code.severity() == Severity::Warning => code,
            Ok(code) => {
                reported.push(
                    cx.finding(
                        Code::AcceptedInvalid,
                        format!("`{code}` is an error and cannot be accepted"),
                        &at.key("code"),
                        "an error",
                    )
                    .help("correct what the error reports; only warnings can be accepted"),
                );
                continue;
            }
            Err(_) => {
                let names: Vec<&str> = Code::all()
                    .filter(|c| c.severity() == Severity::Warning)
                    .map(Code::as_str)
                    .collect();
                let help =
                    match ramverk_source::suggest::did_you_mean(&entry.code, names.iter().copied())
                    {
                        Some(near) => format!("did you mean `{near}`?"),
                        None => format!("the warnings' codes are: {}", names.join(", ")),
                    };
                reported.push(
                    cx.finding(
                        Code::AcceptedInvalid,
                        format!("`{}` is not a code", entry.code),
                        &at.key("code"),
                        "unknown code",
                    )
                    .help(help),
                );
                continue;
            }
        };
        let count = reported.iter().filter(|d| d.code == code).count();
        match entry.count {
            Some(expected) if expected != count => reported.push(
                cx.finding(
                    Code::AcceptedCount,
                    format!("{expected} `{code}` warning(s) are accepted, but {count} are found; each is reported"),
                    &at.key("count"),
                    "not the number found",
                )
                .help(format!("review the `{code}` warnings, then set `count: {count}`")),
            ),
            _ => {
                reported.retain(|d| d.code != code);
                acceptances.push(Acceptance { code, count });
            }
        }
    }
    (reported, acceptances)
}
