//! # reportage: who said what in a news article
//!
//! `reportage` reads English news text and finds its sentences, named
//! entities, people (with their titles) and quotes (direct, mixed and
//! reported), each attributed to a resolved speaker. Every extraction names
//! the rule that made it. No model, no download, no start-up cost worth
//! measuring.
//!
//! ```
//! let a = reportage::analyze("date 2025-11-20 It rained in Kyiv on Thursday.");
//! assert_eq!(a.date.unwrap().to_string(), "2025-11-20");
//! assert_eq!(a.sentences.len(), 1);
//! ```
//!
//! The pipeline, one pass per layer:
//! text → date marker and paragraphs → sentences → tokens → entities →
//! people → quotes → [`Analysis`] → [`Report`] (serde).
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![warn(missing_debug_implementations)]

mod analysis;
mod error;
mod extractor;
mod lexicon;
mod ner;
mod output;
mod people;
mod quote;
pub mod rule;
mod sentence;
mod span;
mod text;

pub use analysis::{
    Analysis, Date, Entity, Gender, Label, Paragraph, Person, Quote, QuoteKind, Sentence, Speaker,
    SpeakerKind,
};
pub use error::Error;
pub use extractor::{Extractor, ExtractorBuilder};
pub use output::{EntityOut, PersonOut, QuoteOut, Report, SpanOut, SpeakerOut, SCHEMA_VERSION};
pub use rule::Rule;
pub use sentence::{sentences, Sentences};
pub use span::{CharIndex, Span};

use once_cell::sync::Lazy;

static DEFAULT: Lazy<Extractor> = Lazy::new(Extractor::new);

/// Analyse `text` with the default English extractor (built once, on first use).
///
/// ```
/// let a = reportage::analyze("Hello. World.");
/// assert_eq!(a.sentences.len(), 2);
/// ```
pub fn analyze(text: &str) -> Analysis<'_> {
    DEFAULT.analyze(text)
}

#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
