//! Table-driven people cases.
