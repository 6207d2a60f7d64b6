//! What a cell holds, typed: text, number, true/false, a date, an error, or nothing.

use calamine::{Data, DataRef, ExcelDateTime};

/// A cell's value, as the file stores it (for a formula, the value it was last calculated to).
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// Text, every character as stored: spaces at either end, double spaces, line breaks. Never
    /// empty: a cell with empty text holds nothing.
    Text(String),
    /// A number (Excel stores whole numbers as numbers too: `1` is `Number(1.0)`).
    Number(f64),
    Bool(bool),
    /// A date, time or duration in ISO 8601: `2025-11-24`, `2025-11-24T12:30:00`, `12:30:00`,
    /// `PT36H0M0S`; for OpenDocument as the file states it.
    DateTime(String),
    /// A formula's error value: `#DIV/0!`, `#N/A`, `#REF!`.
    Error(String),
    /// Nothing: only a formula without a saved value (or with an empty one) has this.
    Empty,
}

impl Value {
    /// Whether the cell holds nothing worth keeping (no value, or empty text).
    pub fn is_empty(&self) -> bool {
        match self {
            Value::Empty => true,
            Value::Text(text) => text.is_empty(),
            _ => false,
        }
    }

    /// The text, for a text cell.
    pub fn as_text(&self) -> Option<&str> {
        match self {
            Value::Text(text) => Some(text),
            _ => None,
        }
    }

    /// The number, for a number cell.
    pub fn as_number(&self) -> Option<f64> {
        match self {
            Value::Number(number) => Some(*number),
            _ => None,
        }
    }
}

impl From<DataRef<'_>> for Value {
    fn from(data: DataRef<'_>) -> Self {
        match data {
            DataRef::SharedString(text) => Value::Text(text.to_owned()),
            other => Value::from(Data::from(other)),
        }
    }
}

impl From<Data> for Value {
    fn from(data: Data) -> Self {
        match data {
            Data::Int(n) => Value::Number(n as f64),
            Data::Float(n) => Value::Number(n),
            Data::String(text) => Value::Text(text),
            Data::Bool(b) => Value::Bool(b),
            Data::DateTime(serial) => Value::DateTime(iso(&serial)),
            Data::DateTimeIso(text) | Data::DurationIso(text) => Value::DateTime(text),
            Data::Error(error) => Value::Error(error.to_string()),
            Data::Empty => Value::Empty,
        }
    }
}

/// An Excel serial date, time or duration in ISO 8601.
fn iso(serial: &ExcelDateTime) -> String {
    if serial.is_duration() {
        // Casts saturate: a hostile value gives a large duration, not a panic.
        let seconds = (serial.as_f64().abs() * 86_400.0).round() as u64;
        let sign = if serial.as_f64() < 0.0 { "-" } else { "" };
        return format!(
            "{sign}PT{}H{}M{}S",
            seconds / 3600,
            seconds / 60 % 60,
            seconds % 60
        );
    }
    let (year, month, day, hour, minute, second, milli) = serial.to_ymd_hms_milli();
    let time = match milli {
        0 => format!("{hour:02}:{minute:02}:{second:02}"),
        _ => format!("{hour:02}:{minute:02}:{second:02}.{milli:03}"),
    };
    let value = serial.as_f64();
    if (0.0..1.0).contains(&value) {
        time
    } else if (hour, minute, second, milli) == (0, 0, 0, 0) {
        format!("{year:04}-{month:02}-{day:02}")
    } else {
        format!("{year:04}-{month:02}-{day:02}T{time}")
    }
}
