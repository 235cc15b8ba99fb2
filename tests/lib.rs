//! The integration tests: one binary (`autotests = false`).

mod api;
mod batch;
mod cases;
mod cli;
mod golden;
mod invariants;
mod lexicon_lint;
mod properties;
mod rules;
mod stress;
