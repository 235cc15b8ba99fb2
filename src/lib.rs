//! # reportage: who said what in a news article
//!
//! `reportage` reads English news text and finds its sentences, named
//! entities (people, organisations, places, nationalities, dates, times,
//! money, percentages, with normalised values), the people of the article
//! (mentions joined into one person, with titles and gender) and its quotes
//! (direct, mixed and reported), each attributed to a resolved speaker.
//! Every entity and quote names the [`Rule`] that made it. Rule-based: no
//! model, no download; the word lists are embedded.
//!
//! - [Quick start](#quick-start)
//! - [Adding to the word lists](#adding-to-the-word-lists)
//! - [The pipeline](#the-pipeline)
//! - [Rules](#rules)
//! - [Views and the command line](#views-and-the-command-line)
//! - [Limitations](#limitations)
//!
//! # Quick start
//!
//! ```
//! let text = "date 2025-11-20 Mayor Ana Ruiz said on Thursday that the bridge \
//!             would reopen. \"It is safe,\" Ruiz told reporters.";
//! let a = reportage::analyze(text);
//! assert_eq!(a.date.unwrap().to_string(), "2025-11-20");
//! assert_eq!(a.sentences.len(), 2);
//! let ruiz = &a.people[0];
//! assert_eq!(ruiz.name, "Ana Ruiz");
//! assert_eq!(ruiz.mentions.len(), 2);
//! for q in &a.quotes {
//!     let who = q.speaker.as_ref().map_or("?", |s| s.name.as_str());
//!     println!("{:?} {} -> {}", q.kind, a.slice(q.span), who);
//!     assert_eq!(who, "Ana Ruiz");
//! }
//! // The owned, serialisable view (code-point, byte and UTF-16 offsets, text,
//! // rule ids); it reads back from its JSON. See `CharIndex` for which
//! // offsets which language uses.
//! let report = a.report();
//! assert_eq!(report.quotes.len(), a.quotes.len());
//! ```
//!
//! [`analyze`] uses a default [`Extractor`], built on first use. An
//! [`Extractor`] is `Clone + Send + Sync` (an `Arc` inside): build one and
//! share it between threads. [`sentences`] runs the sentence splitter alone.
//! [`analyze_dated`] and [`Extractor::analyze_dated`] take the publication
//! date as a parameter (for relative dates such as "on Thursday").
//!
//! Many documents: [`analyze_many`] and [`Extractor::analyze_many`] analyse
//! them on several threads and return the reports in input order;
//! [`Extractor::analyze_stream`] streams any number of them in bounded
//! memory, with your own function on the workers and a sink in input order
//! (see the [`batch`] module).
//!
//! # Adding to the word lists
//!
//! [`Extractor::builder`] adds people, organisations, places, names with any
//! [`Label`] ([`ExtractorBuilder::entity`]), titles and speech verbs to the
//! embedded lists; [`ExtractorBuilder::exclude`] suppresses a false
//! positive, [`ExtractorBuilder::pattern`] adds a regular expression for
//! case numbers, bills or tickers, and [`ExtractorBuilder::given_name`] /
//! [`ExtractorBuilder::given_names`] change the given-name → gender list.
//! [`ExtractorBuilder::build`] is the only call that can fail (an entry
//! without a letter or digit, a pattern that does not compile).
//!
//! ```
//! let ex = reportage::Extractor::builder()
//!     .organization("Kestrel Analytics")
//!     .speech_verb("opine")
//!     .build()
//!     .unwrap();
//! let a = ex.analyze("Kestrel Analytics opined that rates would fall.");
//! assert_eq!(a.slice(a.entities[0].span), "Kestrel Analytics");
//! assert_eq!(a.entities[0].label, reportage::Label::Org);
//! assert_eq!(a.quotes.len(), 1);
//! ```
//!
//! # The pipeline
//!
//! One pass per layer, in a fixed order, over byte spans ([`Span`]) of the
//! caller's text, which is never copied: date marker (a leading
//! `date YYYY-MM-DD` line, the publication date) and paragraphs (blank
//! lines) → sentences → tokens → entities (word lists, capitalised runs,
//! document-level consistency, value expressions resolved against the
//! publication date) → people → quotes (quotation marks, speech cues,
//! attribution, speaker resolution) → [`Analysis`] → [`Report`] (serde, the
//! JSON schema). `ARCHITECTURE.md` in the repository describes each pass.
//!
//! # Rules
//!
//! [`rule::rules()`] lists every rule id an entity or quote can carry
//! (`ner/person/title`, `date/weekday`, `quote/direct/cue-after`, …), each
//! with a one-line description and an example text it fires on.
//!
//! # Views and the command line
//!
//! [`render::html`] writes a self-contained who-said-what page of an
//! [`Analysis`] (quotes coloured by speaker, the people, entities with their
//! rule on hover); [`render::displacy`] exports the entities for spaCy's
//! displaCy. [`cli`] is the `reportage` command (`cargo install --path .`,
//! `reportage --help`): a readable summary, `--json`, `--jsonl` on the
//! [`batch`] API, `--html` and `--displacy`.
//!
//! # Limitations
//!
//! - English only, news register; rules and word lists, no statistical model.
//! - No coreference beyond people's names, titles, he/she and anonymous
//!   sources ("the official"): "they", "we" and "I" stay unresolved
//!   pronoun speakers.
//! - Reported speech without quotation marks is found only around a speech
//!   verb or "according to"; recall is lower than for direct quotes.
//! - Organisations not in the word lists are found from their shape (head
//!   words, legal suffixes, acronyms) and are missed more often than people
//!   or places.
//! - Relative dates are resolved against the `date` marker; a bare weekday or
//!   month counts as future only after a future marker word (will, next,
//!   due, …): there is no other model of tense.
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![warn(missing_debug_implementations)]

mod analysis;
pub mod batch;
pub mod cli;
mod config;
mod date;
mod error;
mod extractor;
mod lexicon;
mod ner;
mod output;
mod people;
mod quote;
pub mod render;
pub mod rule;
mod sentence;
mod span;
mod text;

pub use analysis::{
    Analysis, Entity, Gender, Label, Paragraph, Person, Quote, QuoteKind, Sentence, Speaker,
    SpeakerKind,
};
pub use batch::analyze_many;
pub use date::Date;
pub use error::Error;
pub use extractor::{Extractor, ExtractorBuilder};
pub use output::{
    EntityOut, PersonOut, QuoteOut, Report, SpanOffsets, SpanOut, SpeakerOut, SCHEMA_VERSION,
};
pub use rule::Rule;
pub use sentence::{sentences, Sentences};
pub use span::{CharIndex, Span};
pub use text::view::is_format;

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

/// Analyse `text`, published on `date`, with the default English extractor
/// (see [`Extractor::analyze_dated`]): a given date wins over an in-text
/// `date YYYY-MM-DD` marker; `None` is [`analyze`].
///
/// ```
/// let date = "2025-11-20".parse().ok();
/// let a = reportage::analyze_dated("Talks end on Friday.", date);
/// assert_eq!(a.date, date);
/// ```
pub fn analyze_dated(text: &str, date: Option<Date>) -> Analysis<'_> {
    DEFAULT.analyze_dated(text, date)
}

#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
