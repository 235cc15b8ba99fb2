//! Table-driven entities cases.
