//! Embedded word lists: `data/lexicon/*.tsv`, parsed once.
//!
//! File format (checked by `tests/lexicon_lint.rs`): UTF-8, LF line ends.
//! Header lines start with `#` and give at least `# source: …` and
//! `# licence: …` (public domain, CC0-1.0 or CC-BY-4.0 only). Every other line
//! is one entry, columns separated by a TAB; lines are byte-sorted and unique.
//! Each pass loads the lists it uses with `include_str!` through [`entries`],
//! once, behind a `Lazy` static or when its matcher is built.

/// The entry lines of an embedded list: header (`#`) and blank lines skipped.
pub(crate) fn entries(src: &'static str) -> impl Iterator<Item = &'static str> {
    src.lines().filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The columns of each entry line of an embedded list.
pub(crate) fn rows(src: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    entries(src).map(|l| l.split('\t').collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skips_headers_and_splits_columns() {
        let src = "# source: x\n# licence: CC0-1.0\na\tb\n\nc\n";
        assert_eq!(entries(src).collect::<Vec<_>>(), ["a\tb", "c"]);
        assert_eq!(rows(src).next().unwrap(), ["a", "b"]);
    }
}
