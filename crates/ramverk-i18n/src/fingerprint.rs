//! Fingerprints of source texts: what a translation was made from, to notice when it changes.

use sha2::{Digest, Sha256};

/// Hex digits kept of the SHA-256: 64 bits, ample for telling versions of one text apart.
const DIGITS: usize = 16;

/// The fingerprint of a source text: SHA-256 over the text with white space normalised (runs of
/// spaces and line breaks count as one space; leading and trailing space is ignored), so that
/// reflowing a YAML block does not make translations stale, while any change of wording does.
pub fn fingerprint(text: &str) -> String {
    let mut hasher = Sha256::new();
    for (index, word) in text.split_whitespace().enumerate() {
        if index > 0 {
            hasher.update(b" ");
        }
        hasher.update(word.as_bytes());
    }
    let digest = hasher.finalize();
    let mut out = String::with_capacity(DIGITS);
    for byte in digest.iter().take(DIGITS / 2) {
        out.push_str(&format!("{byte:02x}"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::fingerprint;

    #[test]
    fn white_space_does_not_count_but_words_do() {
        assert_eq!(
            fingerprint("Söka och  filtrera\n data"),
            fingerprint(" Söka och filtrera data ")
        );
        assert_ne!(
            fingerprint("Söka och filtrera data"),
            fingerprint("Söka och filtrera datan")
        );
        assert_eq!(fingerprint("a").len(), 16);
    }
}
