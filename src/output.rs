//! The serialisable report: owned, with code-point and byte offsets and the
//! covered text on every span (the JSON contract).

use crate::analysis::Analysis;
use crate::span::{CharIndex, Span};
use serde::Serialize;

impl Analysis<'_> {
    /// An owned, serialisable view with code-point and byte offsets.
    pub fn report(&self) -> Report {
        Report::new(self)
    }
}

/// Version of the report schema.
pub const SCHEMA_VERSION: u32 = 1;

/// A span in the report: code-point offsets (what Python and JavaScript
/// index with), byte offsets, and the text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SpanOut {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// First byte.
    pub byte_start: usize,
    /// One past the last byte.
    pub byte_end: usize,
    /// The covered text.
    pub text: String,
}

/// An entity in the report.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct EntityOut {
    /// Where it is.
    #[serde(flatten)]
    pub span: SpanOut,
    /// OntoNotes label.
    pub label: &'static str,
    /// Normalised value, if known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// The rule that made it.
    pub rule: &'static str,
}

/// A person in the report.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PersonOut {
    /// Index in `people`.
    pub id: usize,
    /// Canonical (fullest) name.
    pub name: String,
    /// Titles gathered from every mention.
    pub titles: Vec<String>,
    /// "male", "female", or absent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gender: Option<&'static str>,
    /// Every mention.
    pub mentions: Vec<SpanOut>,
}

/// A speaker in the report.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SpeakerOut {
    /// The mention nearest the quote.
    #[serde(flatten)]
    pub span: SpanOut,
    /// "person", "organization", "anonymous", "pronoun" or "other".
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// Index in `people`, if the speaker is one of them.
    pub person: Option<usize>,
    /// Resolved name.
    pub name: String,
}

/// A quote in the report.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct QuoteOut {
    /// The whole quote.
    #[serde(flatten)]
    pub span: SpanOut,
    /// "direct", "mixed" or "indirect".
    pub kind: &'static str,
    /// The reported words, one piece per fragment.
    pub content: Vec<SpanOut>,
    /// The speech cue.
    pub cue: Option<SpanOut>,
    /// The speaker.
    pub speaker: Option<SpeakerOut>,
    /// The rule that made it.
    pub rule: &'static str,
}

/// The owned, serialisable view of an [`Analysis`].
///
/// ```
/// let a = reportage::analyze("date 2025-11-20 It rained.");
/// let r = a.report();
/// assert_eq!(r.date.as_deref(), Some("2025-11-20"));
/// assert_eq!(r.sentences[0].text, "It rained.");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Report {
    /// Schema version.
    pub schema: u32,
    /// Publication date, `YYYY-MM-DD`.
    pub date: Option<String>,
    /// Paragraphs.
    pub paragraphs: Vec<SpanOut>,
    /// Sentences.
    pub sentences: Vec<SpanOut>,
    /// Entities.
    pub entities: Vec<EntityOut>,
    /// People.
    pub people: Vec<PersonOut>,
    /// Quotes.
    pub quotes: Vec<QuoteOut>,
}

impl Report {
    /// Build the report of `a`.
    pub fn new(a: &Analysis<'_>) -> Report {
        let text = a.text();
        let idx = CharIndex::new(text);
        let span = |s: Span| SpanOut {
            start: idx.char_offset(s.start),
            end: idx.char_offset(s.end),
            byte_start: s.start,
            byte_end: s.end,
            text: text[s].to_string(),
        };
        Report {
            schema: SCHEMA_VERSION,
            date: a.date.map(|d| d.to_string()),
            paragraphs: a.paragraphs.iter().map(|p| span(p.span)).collect(),
            sentences: a.sentences.iter().map(|s| span(s.span)).collect(),
            entities: a
                .entities
                .iter()
                .map(|e| EntityOut {
                    span: span(e.span),
                    label: e.label.as_str(),
                    value: e.value.clone(),
                    rule: e.rule.id(),
                })
                .collect(),
            people: a
                .people
                .iter()
                .map(|p| PersonOut {
                    id: p.id,
                    name: p.name.clone(),
                    titles: p.titles.clone(),
                    gender: p.gender.map(|g| match g {
                        crate::Gender::Male => "male",
                        crate::Gender::Female => "female",
                    }),
                    mentions: p.mentions.iter().map(|&m| span(m)).collect(),
                })
                .collect(),
            quotes: a
                .quotes
                .iter()
                .map(|q| QuoteOut {
                    span: span(q.span),
                    kind: q.kind.as_str(),
                    content: q.content.iter().map(|&c| span(c)).collect(),
                    cue: q.cue.map(span),
                    speaker: q.speaker.as_ref().map(|s| SpeakerOut {
                        span: span(s.span),
                        kind: s.kind.as_str(),
                        person: s.person,
                        name: s.name.clone(),
                    }),
                    rule: q.rule.id(),
                })
                .collect(),
        }
    }
}
