//! lexicon_lint tests.
