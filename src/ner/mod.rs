//! Entity pass: tokens → labelled entities.
//!
//! Reads: the text, `Analysis::sentences`, `tokens`, `date`. Writes: `Analysis::entities`.

pub(crate) mod temporal;

use crate::analysis::Analysis;
use crate::extractor::Config;
use crate::rule::RuleInfo;
use crate::Error;

/// The rules of this pass.
pub(crate) const RULES: &[RuleInfo] = &[];

/// The entity tagger: compiled word lists and rules, built once.
#[derive(Debug, Clone)]
pub(crate) struct Tagger {}

impl Tagger {
    pub(crate) fn new(_config: &Config) -> Result<Tagger, Error> {
        Ok(Tagger {})
    }

    pub(crate) fn run(&self, doc: &mut Analysis<'_>) {
        doc.entities = temporal::find(doc);
    }
}
