//! "Did you mean …" suggestions for misspelt ids and field names.

/// The candidate closest to `wrong`, when one is close enough to be a likely typo.
pub fn did_you_mean<'a>(
    wrong: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let wrong_lower = wrong.to_lowercase();
    candidates
        .into_iter()
        .map(|candidate| {
            (
                candidate,
                strsim::jaro_winkler(&wrong_lower, &candidate.to_lowercase()),
            )
        })
        .filter(|(_, score)| *score >= 0.8)
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(candidate, _)| candidate)
}

#[cfg(test)]
mod tests {
    use super::did_you_mean;

    #[test]
    fn suggests_close_match() {
        let roles = ["medarbetare", "chef", "biblioteksvard"];
        assert_eq!(did_you_mean("biblioteksvrd", roles), Some("biblioteksvard"));
        assert_eq!(did_you_mean("Medarbetare", roles), Some("medarbetare"));
    }

    #[test]
    fn no_suggestion_when_far() {
        assert_eq!(did_you_mean("xyz", ["medarbetare", "chef"]), None);
    }
}
