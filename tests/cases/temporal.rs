//! Table-driven DATE/TIME/MONEY/PERCENT cases.
