//! Errors. Analysis cannot fail; building an [`Extractor`](crate::Extractor)
//! from user additions can.

use std::fmt;

/// An error from building an [`Extractor`](crate::Extractor).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum ErrorKind {
    /// A user entry that cannot be used (empty, or made only of spaces).
    BadEntry { list: &'static str, entry: String },
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

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ErrorKind::BadEntry { list, entry } => {
                write!(f, "unusable {list} entry {entry:?}: it must hold a word")
            }
        }
    }
}

impl std::error::Error for Error {}
