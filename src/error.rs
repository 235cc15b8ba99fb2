//! Errors. Analysis cannot fail; building an [`Extractor`](crate::Extractor)
//! from user additions can, and so can reading a [`Date`](crate::Date).

use std::fmt;

/// An error from building an [`Extractor`](crate::Extractor) (an unusable
/// entry or pattern) or from parsing a [`Date`](crate::Date).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum ErrorKind {
    /// A user entry that cannot be used (empty, or made only of spaces).
    BadEntry { list: &'static str, entry: String },
    /// Text that is not a `YYYY-MM-DD` date of a day that exists.
    BadDate { text: String },
}

impl Error {
    pub(crate) fn bad_entry(list: &'static str, entry: &str) -> Error {
        Error {
            kind: ErrorKind::BadEntry {
                list,
                entry: entry.to_string(),
            },
        }
    }
}

impl Error {
    pub(crate) fn bad_date(text: &str) -> Error {
        // Keep the message short whatever the input.
        let text: String = text.chars().take(40).collect();
        Error {
            kind: ErrorKind::BadDate { text },
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ErrorKind::BadEntry { list, entry } => {
                write!(f, "unusable {list} entry {entry:?}: it must hold a word")
            }
            ErrorKind::BadDate { text } => {
                write!(
                    f,
                    "not a date {text:?}: expected YYYY-MM-DD, a day that exists"
                )
            }
        }
    }
}

impl std::error::Error for Error {}
