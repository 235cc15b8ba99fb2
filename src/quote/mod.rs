//! Quote pass: quotation marks and speech cues → attributed quotes.
//!
//! Reads: the text, `paragraphs`, `sentences`, `tokens`, `entities`, `people`.
//! Writes: `Analysis::quotes`.

use crate::analysis::Analysis;
use crate::extractor::Config;
use crate::rule::RuleInfo;
use crate::Error;

/// The rules of this pass.
pub(crate) const RULES: &[RuleInfo] = &[];

/// The quote finder and attributor, built once.
#[derive(Debug, Clone)]
pub(crate) struct Attributor {}

impl Attributor {
    pub(crate) fn new(_config: &Config) -> Result<Attributor, Error> {
        Ok(Attributor {})
    }

    pub(crate) fn run(&self, _doc: &mut Analysis<'_>) {}
}
