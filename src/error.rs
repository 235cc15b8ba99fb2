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
    Entry { list: &'static str, entry: String },
    /// Text that is not a `YYYY-MM-DD` date of a day that exists.
    Date { text: String },
    /// A user pattern that does not compile.
    Pattern { pattern: String, why: String },
    /// Text that is not the name of a label.
    Label { text: String },
    /// Text that is not a gender.
    Gender { text: String },
}

impl Error {
    pub(crate) fn bad_entry(list: &'static str, entry: &str) -> Error {
        Error {
            kind: ErrorKind::Entry {
                list,
                entry: entry.to_string(),
            },
        }
    }
}

impl Error {
    pub(crate) fn bad_date(text: &str) -> Error {
        Error {
            kind: ErrorKind::Date { text: short(text) },
        }
    }

    pub(crate) fn bad_pattern(pattern: &str, why: &str) -> Error {
        Error {
            kind: ErrorKind::Pattern {
                pattern: short(pattern),
                why: why.to_string(),
            },
        }
    }

    pub(crate) fn bad_label(text: &str) -> Error {
        Error {
            kind: ErrorKind::Label { text: short(text) },
        }
    }

    pub(crate) fn bad_gender(text: &str) -> Error {
        Error {
            kind: ErrorKind::Gender { text: short(text) },
        }
    }
}

/// The input quoted in a message, kept short whatever its length.
fn short(text: &str) -> String {
    text.chars().take(40).collect()
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ErrorKind::Entry { list, entry } => {
                write!(f, "unusable {list} entry {entry:?}: it must hold a word")
            }
            ErrorKind::Date { text } => {
                write!(
                    f,
                    "not a date {text:?}: expected YYYY-MM-DD, a day that exists"
                )
            }
            ErrorKind::Pattern { pattern, why } => {
                write!(f, "unusable pattern {pattern:?}: {why}")
            }
            ErrorKind::Label { text } => write!(
                f,
                "not a label {text:?}: expected PERSON, ORG, GPE, LOC, FAC, NORP, EVENT, \
                 DATE, TIME, MONEY or PERCENT"
            ),
            ErrorKind::Gender { text } => {
                write!(f, "not a gender {text:?}: expected male or female")
            }
        }
    }
}

impl std::error::Error for Error {}
