//! The CSV field separator, found in the header line: a comma, a semicolon (Excel's CSV in
//! Swedish, Danish, German and other locales that write decimal commas) or a tab.

/// The separators ramverk recognises, in the order ties are settled.
const SEPARATORS: [u8; 3] = [b',', b';', b'\t'];

/// The separator that occurs most often outside quotes in `header` (the first line); a comma when
/// there is none.
pub fn sniff(header: &[u8]) -> u8 {
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for &byte in header {
        if byte == b'"' {
            quoted = !quoted;
        } else if !quoted && let Some(i) = SEPARATORS.iter().position(|&s| s == byte) {
            counts[i] += 1;
        }
    }
    let mut best = 0;
    for i in 1..SEPARATORS.len() {
        if counts[i] > counts[best] {
            best = i;
        }
    }
    SEPARATORS[best]
}

/// The separator's name, as ramverk reports it: `comma`, `semicolon`, `tab`.
pub fn name(separator: u8) -> &'static str {
    match separator {
        b';' => "semicolon",
        b'\t' => "tab",
        _ => "comma",
    }
}
