//! Table-driven sentences cases.
