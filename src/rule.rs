//! Rule identifiers: every extraction names the rule that made it.
//!
//! A rule id is a short `&'static str` such as `"ner/title+name"` or
//! `"quote/direct/cue-after"`: the pass, then the rule. [`rules()`] lists each
//! rule with what it does and an example it fires on, so users can explain any
//! output and tests can check that every rule's example really fires.

use serde::Serialize;
use std::fmt;

/// The name of the rule that made an extraction.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct Rule(pub &'static str);

impl Rule {
    /// The rule id.
    pub const fn id(&self) -> &'static str {
        self.0
    }
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

/// The rule of every entity a user pattern makes
/// ([`ExtractorBuilder::pattern`](crate::ExtractorBuilder::pattern)). It is
/// not in [`rules()`], which lists the built-in rules.
pub const USER_PATTERN: Rule = Rule("user/pattern");

/// A documented rule: its id, what it does, and a text it fires on.
#[derive(Clone, Copy, Debug)]
pub struct RuleInfo {
    /// The rule.
    pub rule: Rule,
    /// What it does, in one line.
    pub what: &'static str,
    /// A short text on which the rule fires.
    pub example: &'static str,
}

/// Every rule of every pass.
pub fn rules() -> impl Iterator<Item = &'static RuleInfo> {
    crate::ner::RULES
        .iter()
        .chain(crate::ner::temporal::RULES)
        .chain(crate::quote::RULES)
}
