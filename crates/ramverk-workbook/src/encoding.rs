//! What a byte that is not UTF-8 stands for, to tell people which encoding their file is in.

/// The character `byte` stands for in Windows-1252 (Excel's plain "CSV" in Western Europe), for
/// bytes that are not ASCII.
pub fn windows_1252(byte: u8) -> Option<char> {
    const HIGH: [Option<char>; 32] = [
        Some('€'),
        None,
        Some('‚'),
        Some('ƒ'),
        Some('„'),
        Some('…'),
        Some('†'),
        Some('‡'),
        Some('ˆ'),
        Some('‰'),
        Some('Š'),
        Some('‹'),
        Some('Œ'),
        None,
        Some('Ž'),
        None,
        None,
        Some('‘'),
        Some('’'),
        Some('“'),
        Some('”'),
        Some('•'),
        Some('–'),
        Some('—'),
        Some('˜'),
        Some('™'),
        Some('š'),
        Some('›'),
        Some('œ'),
        None,
        Some('ž'),
        Some('Ÿ'),
    ];
    match byte {
        0x80..=0x9F => HIGH[usize::from(byte - 0x80)],
        0xA0..=0xFF => char::from_u32(u32::from(byte)),
        _ => None,
    }
}

/// How to save a file as UTF-8, for the end of a message.
pub const SAVE_AS_UTF8: &str = "save it as UTF-8: in Excel \"CSV UTF-8 (comma delimited)\", in LibreOffice Calc \"Text CSV\" with character set Unicode (UTF-8)";

/// Why the byte `byte` makes a file not UTF-8, naming Windows-1252 when that is likely what the
/// file is in, with how to save it as UTF-8.
pub fn not_utf8(byte: u8) -> String {
    match windows_1252(byte) {
        Some(c) => format!(
            "the file is not UTF-8 but looks like Windows-1252 (the encoding of Excel's plain \"CSV\" in Western Europe): byte 0x{byte:02X} here is `{c}` in Windows-1252; {SAVE_AS_UTF8}"
        ),
        None => {
            format!("the file is not UTF-8: byte 0x{byte:02X} here is not text; {SAVE_AS_UTF8}")
        }
    }
}
