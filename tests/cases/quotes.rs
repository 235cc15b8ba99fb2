//! Table-driven quotes cases.
