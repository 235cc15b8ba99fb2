//! The rule registry: every rule documented, every example fires its rule.
