//! People pass: PERSON entities → people of the article.
//!
//! Reads: the text, `Analysis::entities`, `tokens`. Writes: `Analysis::people`.

use crate::analysis::Analysis;

/// Join the PERSON mentions of `doc` into people.
pub(crate) fn run(_doc: &mut Analysis<'_>) {}
