//! The integration tests: one binary (`autotests = false`).

mod api;
mod cases;
mod lexicon_lint;
mod properties;
mod rules;
mod stress;
