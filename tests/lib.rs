//! The integration tests: one binary (`autotests = false`).

mod api;
mod batch;
mod cases;
mod cli;
mod extension;
mod golden;
mod invariants;
mod lexicon_lint;
mod properties;
mod readback;
mod rules;
mod schema;
mod stress;
mod unicode;
