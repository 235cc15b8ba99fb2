//! The integration tests: one binary.

mod api;
