//! The serialisable report: owned, with byte, code-point and UTF-16 offsets
//! and the covered text on every span (the JSON contract), and read back
//! with serde.
//!
//! One walk over an analysis, [`Report::with_spans`], maps every span to its
//! offsets ([`SpanOffsets`]) and hands them to the caller, which makes the
//! report's span type of them: [`Report::new`] adds the covered text (a
//! [`SpanOut`]); the Python binding keeps the offsets alone and cuts the text
//! from its own string later.
//!
//! `schema/report.schema.json` in the repository is the JSON Schema of this
//! output, for readers in other languages.

use crate::analysis::{Analysis, Gender, Label, QuoteKind, SpeakerKind};
use crate::date::Date;
use crate::span::{CharIndex, Span};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::borrow::Cow;

impl Analysis<'_> {
    /// An owned, serialisable view with byte, code-point and UTF-16 offsets.
    pub fn report(&self) -> Report {
        Report::new(self)
    }
}

/// Version of the report schema: 2 added the UTF-16 offsets of every span.
pub const SCHEMA_VERSION: u32 = 2;

/// A span in the report: the same range counted three ways, and the text.
///
/// | fields | unit | index with |
/// |---|---|---|
/// | `start`, `end` | Unicode code points | Python `text[start:end]`, Rust `chars()` |
/// | `byte_start`, `byte_end` | UTF-8 bytes | Rust `&text[byte_start..byte_end]`, Go, C |
/// | `utf16_start`, `utf16_end` | UTF-16 code units | JavaScript `text.slice(utf16_start, utf16_end)`, Java, C# |
///
/// Every end is exclusive. For ASCII text the three agree.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SpanOut {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// First byte.
    pub byte_start: usize,
    /// One past the last byte.
    pub byte_end: usize,
    /// First UTF-16 code unit.
    pub utf16_start: usize,
    /// One past the last UTF-16 code unit.
    pub utf16_end: usize,
    /// The covered text.
    pub text: String,
}

impl SpanOut {
    /// The byte span (into the analysed text).
    pub fn bytes(&self) -> Span {
        Span::new(self.byte_start, self.byte_end)
    }

    /// The span at `o`, covering `text`.
    pub fn new(o: SpanOffsets, text: String) -> SpanOut {
        SpanOut {
            start: o.start,
            end: o.end,
            byte_start: o.byte_start,
            byte_end: o.byte_end,
            utf16_start: o.utf16_start,
            utf16_end: o.utf16_end,
            text,
        }
    }
}

/// A span's offsets counted the three ways of [`SpanOut`], without its text:
/// what [`Report::with_spans`] hands over for every span.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SpanOffsets {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// First byte.
    pub byte_start: usize,
    /// One past the last byte.
    pub byte_end: usize,
    /// First UTF-16 code unit.
    pub utf16_start: usize,
    /// One past the last UTF-16 code unit.
    pub utf16_end: usize,
}

impl SpanOffsets {
    /// The offsets of the byte span `s` of the text `idx` indexes.
    #[inline]
    pub fn new(idx: &CharIndex, s: Span) -> SpanOffsets {
        let (start, utf16_start) = idx.offsets(s.start);
        let (end, utf16_end) = idx.offsets(s.end);
        SpanOffsets {
            start,
            end,
            byte_start: s.start,
            byte_end: s.end,
            utf16_start,
            utf16_end,
        }
    }
}

/// An entity in the report.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct EntityOut<S = SpanOut> {
    /// Where it is.
    #[serde(flatten)]
    pub span: S,
    /// OntoNotes label.
    pub label: Label,
    /// Normalised value, if known (absent from the JSON when unknown).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// The rule that made it (see [`rules()`](crate::rule::rules)).
    pub rule: Cow<'static, str>,
}

/// A person in the report.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct PersonOut<S = SpanOut> {
    /// Index in `people`.
    pub id: usize,
    /// Canonical (fullest) name.
    pub name: String,
    /// Titles gathered from every mention.
    pub titles: Vec<String>,
    /// Gender, where known (absent from the JSON when unknown).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gender: Option<Gender>,
    /// Every mention.
    pub mentions: Vec<S>,
}

/// A speaker in the report.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SpeakerOut<S = SpanOut> {
    /// The mention nearest the quote.
    #[serde(flatten)]
    pub span: S,
    /// What kind of source (`"type"` in the JSON).
    #[serde(rename = "type")]
    pub kind: SpeakerKind,
    /// Index in `people`, if the speaker is one of them.
    pub person: Option<usize>,
    /// Resolved name.
    pub name: String,
}

/// A quote in the report.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct QuoteOut<S = SpanOut> {
    /// The whole quote.
    #[serde(flatten)]
    pub span: S,
    /// Direct, mixed or indirect.
    pub kind: QuoteKind,
    /// The reported words, one piece per fragment.
    pub content: Vec<S>,
    /// The speech cue.
    pub cue: Option<S>,
    /// The speaker.
    pub speaker: Option<SpeakerOut<S>>,
    /// The rule that made it (see [`rules()`](crate::rule::rules)).
    pub rule: Cow<'static, str>,
}

/// The owned, serialisable view of an [`Analysis`]; it reads back from its
/// JSON (`serde_json::from_str::<Report>`), which may carry other fields
/// (such as the `"id"` of `--jsonl`): they are ignored.
///
/// `S` is the type of its spans: [`SpanOut`] (offsets and text, the JSON
/// contract) unless made otherwise with [`Report::with_spans`].
///
/// ```
/// let a = reportage::analyze("date 2025-11-20 It rained.");
/// let r = a.report();
/// assert_eq!(r.date.map(|d| d.to_string()).as_deref(), Some("2025-11-20"));
/// assert_eq!(r.sentences[0].text, "It rained.");
/// let json = serde_json::to_string(&r).unwrap();
/// assert!(json.starts_with(r#"{"schema":2,"date":"2025-11-20","#));
/// let back: reportage::Report = serde_json::from_str(&json).unwrap();
/// assert_eq!(back, r);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Report<S = SpanOut> {
    /// Schema version ([`SCHEMA_VERSION`]).
    pub schema: u32,
    /// Publication date, `"YYYY-MM-DD"` in the JSON.
    #[serde(with = "iso_date")]
    pub date: Option<Date>,
    /// Paragraphs.
    pub paragraphs: Vec<S>,
    /// Sentences.
    pub sentences: Vec<S>,
    /// Entities.
    pub entities: Vec<EntityOut<S>>,
    /// People.
    pub people: Vec<PersonOut<S>>,
    /// Quotes.
    pub quotes: Vec<QuoteOut<S>>,
}

impl Report {
    /// Build the report of `a`.
    pub fn new(a: &Analysis<'_>) -> Report {
        let text = a.text();
        Report::with_spans(a, |s, o| SpanOut::new(o, text[s].to_string()))
    }
}

impl<S> Report<S> {
    /// The report of `a`, each span made by `span` from its byte span and its
    /// offsets (computed once per span, in the order of the report). Names,
    /// titles and values are copied.
    ///
    /// ```
    /// use reportage::{Report, SpanOffsets};
    /// let text = "\u{201c}\u{c7}a va,\u{201d} said Ana Ruiz.";
    /// let a = reportage::analyze(text);
    /// let r: Report<SpanOffsets> = Report::with_spans(&a, |_, o| o);
    /// let c = r.quotes[0].content[0];
    /// assert_eq!(&text[c.byte_start..c.byte_end], "\u{c7}a va,");
    /// assert_eq!((c.start, c.end, c.byte_start, c.byte_end), (1, 7, 3, 10));
    /// assert_eq!(r.quotes[0].speaker.as_ref().unwrap().name, "Ana Ruiz");
    /// ```
    pub fn with_spans(a: &Analysis<'_>, span: impl Fn(Span, SpanOffsets) -> S) -> Report<S> {
        let idx = CharIndex::new(a.text());
        let span = |s: Span| span(s, SpanOffsets::new(&idx, s));
        Report {
            schema: SCHEMA_VERSION,
            date: a.date,
            paragraphs: a.paragraphs.iter().map(|p| span(p.span)).collect(),
            sentences: a.sentences.iter().map(|s| span(s.span)).collect(),
            entities: a
                .entities
                .iter()
                .map(|e| EntityOut {
                    span: span(e.span),
                    label: e.label,
                    value: e.value.clone(),
                    rule: Cow::Borrowed(e.rule.id()),
                })
                .collect(),
            people: a
                .people
                .iter()
                .map(|p| PersonOut {
                    id: p.id,
                    name: p.name.clone(),
                    titles: p.titles.clone(),
                    gender: p.gender,
                    mentions: p.mentions.iter().map(|&m| span(m)).collect(),
                })
                .collect(),
            quotes: a
                .quotes
                .iter()
                .map(|q| QuoteOut {
                    span: span(q.span),
                    kind: q.kind,
                    content: q.content.iter().map(|&c| span(c)).collect(),
                    cue: q.cue.map(span),
                    speaker: q.speaker.as_ref().map(|s| SpeakerOut {
                        span: span(s.span),
                        kind: s.kind,
                        person: s.person,
                        name: s.name.clone(),
                    }),
                    rule: Cow::Borrowed(q.rule.id()),
                })
                .collect(),
        }
    }
}

/// A [`Date`] as `"YYYY-MM-DD"`, or `null`.
mod iso_date {
    use super::*;

    pub(super) fn serialize<S: Serializer>(d: &Option<Date>, s: S) -> Result<S::Ok, S::Error> {
        match d {
            Some(d) => s.collect_str(d),
            None => s.serialize_none(),
        }
    }

    pub(super) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Date>, D::Error> {
        let s: Option<Cow<'de, str>> = Option::deserialize(d)?;
        s.map(|s| s.parse().map_err(serde::de::Error::custom))
            .transpose()
    }
}
