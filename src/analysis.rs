//! The document model: one text, and the layers the passes fill in.
//!
//! Every layer is a `Vec` sorted by span start; cross-references between
//! layers are plain indices (`Person::id`, `Speaker::person`).

pub(crate) use crate::date::days_in_month;
pub use crate::date::Date;
use crate::error::Error;
use crate::rule::Rule;
use crate::span::Span;
use crate::text::token::Token;
pub use crate::text::Paragraph;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// A sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Sentence {
    /// The sentence, trimmed of surrounding whitespace, closing quote marks included.
    pub span: Span,
    /// Index of the paragraph that holds it.
    pub paragraph: usize,
}

/// Entity labels, with OntoNotes (spaCy) names. In JSON, the name
/// (`"PERSON"`, `"GPE"`); more labels may come.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
#[non_exhaustive]
pub enum Label {
    /// People, including fictional.
    Person,
    /// Companies, agencies, institutions, news organisations, parties, teams.
    Org,
    /// Countries, cities, states: places with a government.
    Gpe,
    /// Non-GPE locations: continents, regions, mountains, bodies of water.
    Loc,
    /// Buildings, airports, highways, bridges.
    Fac,
    /// Nationalities, religious or political groups (Ukrainian, Ukrainians, French).
    Norp,
    /// Named events: wars, storms, sports events.
    Event,
    /// Dates and periods.
    Date,
    /// Times of day.
    Time,
    /// Monetary amounts.
    Money,
    /// Percentages.
    Percent,
}

impl Label {
    /// The OntoNotes name ("PERSON", "GPE", …).
    pub const fn as_str(&self) -> &'static str {
        match self {
            Label::Person => "PERSON",
            Label::Org => "ORG",
            Label::Gpe => "GPE",
            Label::Loc => "LOC",
            Label::Fac => "FAC",
            Label::Norp => "NORP",
            Label::Event => "EVENT",
            Label::Date => "DATE",
            Label::Time => "TIME",
            Label::Money => "MONEY",
            Label::Percent => "PERCENT",
        }
    }
}

impl Label {
    /// Every label, in the order of the enum.
    pub const ALL: &'static [Label] = &[
        Label::Person,
        Label::Org,
        Label::Gpe,
        Label::Loc,
        Label::Fac,
        Label::Norp,
        Label::Event,
        Label::Date,
        Label::Time,
        Label::Money,
        Label::Percent,
    ];
}

impl FromStr for Label {
    type Err = Error;

    /// The label of an OntoNotes name, as [`Label::as_str`] writes it
    /// (`"PERSON"`, `"ORG"`, `"GPE"`, …).
    ///
    /// ```
    /// use reportage::Label;
    /// assert_eq!("GPE".parse::<Label>(), Ok(Label::Gpe));
    /// assert!("gpe".parse::<Label>().is_err());
    /// ```
    fn from_str(s: &str) -> Result<Label, Error> {
        Label::ALL
            .iter()
            .copied()
            .find(|l| l.as_str() == s)
            .ok_or_else(|| Error::bad_label(s))
    }
}

impl fmt::Display for Label {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A named entity or value expression.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Entity {
    /// The entity's words (a person's title and possessive `'s` are outside).
    pub span: Span,
    /// Its label.
    pub label: Label,
    /// A normalised value where one can be known: ISO dates (`2025-11-19`,
    /// `2025-01`, `2024`) for DATE.
    pub value: Option<String>,
    /// The rule that made it.
    pub rule: Rule,
}

/// Grammatical gender of a person, where the article or the name tells it.
/// In JSON, `"male"` or `"female"`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Gender {
    /// Referred to as "he", or a male given name.
    Male,
    /// Referred to as "she", or a female given name.
    Female,
}

impl Gender {
    /// "male" or "female".
    pub const fn as_str(&self) -> &'static str {
        match self {
            Gender::Male => "male",
            Gender::Female => "female",
        }
    }
}

impl fmt::Display for Gender {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Gender {
    type Err = Error;

    /// `"male"` or `"female"` (also `"m"`, `"f"`, any case).
    fn from_str(s: &str) -> Result<Gender, Error> {
        match s.to_ascii_lowercase().as_str() {
            "male" | "m" => Ok(Gender::Male),
            "female" | "f" => Ok(Gender::Female),
            _ => Err(Error::bad_gender(s)),
        }
    }
}

/// One person of the article: every mention of the same person, joined.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Person {
    /// Index in [`Analysis::people`].
    pub id: usize,
    /// The canonical name: the fullest name the article uses.
    pub name: String,
    /// Titles, offices and ranks gathered from every mention, in order of first use.
    pub titles: Vec<String>,
    /// Every mention (the name words only), in text order.
    pub mentions: Vec<Span>,
    /// Gender, where known.
    pub gender: Option<Gender>,
}

/// A title, office, rank or form of address written before a PERSON mention
/// (crate-internal: the entity pass writes it, the people pass reads it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct TitleNote {
    /// The PERSON entity's span.
    pub(crate) mention: Span,
    /// The title's words ("US Army Secretary", "Gen", "Presidents").
    pub(crate) title: Span,
    /// A plural title shared by coordinated names ("Presidents Zelensky and
    /// Trump"): the people pass records it singular.
    pub(crate) plural: bool,
    /// A form of address (Mr, Mrs): tells gender, is not recorded as a title.
    pub(crate) address: Option<Gender>,
    /// False for forms of address that are not recorded as titles (Mr, Ms).
    pub(crate) record: bool,
}

/// How a quote reports speech. In JSON, `"direct"`, `"mixed"` or
/// `"indirect"`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum QuoteKind {
    /// All reported words are inside quotation marks.
    Direct,
    /// Reported speech that holds a quoted fragment.
    Mixed,
    /// Reported speech without quotation marks.
    Indirect,
}

impl QuoteKind {
    /// "direct", "mixed" or "indirect".
    pub const fn as_str(&self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Mixed => "mixed",
            QuoteKind::Indirect => "indirect",
        }
    }
}

impl fmt::Display for QuoteKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What kind of source a speaker is. In JSON, `"person"`,
/// `"organization"`, `"anonymous"`, `"pronoun"` or `"other"`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum SpeakerKind {
    /// A named person of the article.
    Person,
    /// An organisation (a ministry, a news agency).
    Organization,
    /// An unnamed source ("a Ukrainian official").
    Anonymous,
    /// A pronoun that could not be resolved.
    Pronoun,
    /// Anything else.
    Other,
}

impl SpeakerKind {
    /// "person", "organization", "anonymous", "pronoun" or "other".
    pub const fn as_str(&self) -> &'static str {
        match self {
            SpeakerKind::Person => "person",
            SpeakerKind::Organization => "organization",
            SpeakerKind::Anonymous => "anonymous",
            SpeakerKind::Pronoun => "pronoun",
            SpeakerKind::Other => "other",
        }
    }
}

impl fmt::Display for SpeakerKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Who said it.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Speaker {
    /// The mention nearest the quote ("he", "the official", "Driscoll").
    pub span: Span,
    /// What kind of source it is.
    pub kind: SpeakerKind,
    /// The person of the article it resolves to, if any (index into [`Analysis::people`]).
    pub person: Option<usize>,
    /// Who that is, resolved within the article ("Dan Driscoll", "A Ukrainian official").
    pub name: String,
}

/// A quote: reported words with their cue and speaker.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Quote {
    /// The whole quote, marks included (from the first to the last content piece).
    pub span: Span,
    /// Direct, mixed or indirect.
    pub kind: QuoteKind,
    /// The reported words, one piece per fragment or paragraph.
    pub content: Vec<Span>,
    /// The speech cue ("said", "told", "according to").
    pub cue: Option<Span>,
    /// The speaker, if one was found.
    pub speaker: Option<Speaker>,
    /// The rule that made it.
    pub rule: Rule,
}

/// The analysis of one text: every layer, as spans into that text.
#[derive(Clone, Debug)]
pub struct Analysis<'t> {
    pub(crate) text: &'t str,
    /// The publication date: the one given to
    /// [`Extractor::analyze_dated`](crate::Extractor::analyze_dated), else the
    /// one of a leading `date YYYY-MM-DD` marker.
    pub date: Option<Date>,
    /// Byte span of the `date YYYY-MM-DD` marker, if the text opens with one
    /// (it belongs to no paragraph or sentence, even when a date was given).
    pub date_marker: Option<Span>,
    /// Paragraphs, in order.
    pub paragraphs: Vec<Paragraph>,
    /// Sentences, in order.
    pub sentences: Vec<Sentence>,
    /// Entities, sorted by start.
    pub entities: Vec<Entity>,
    /// People, in order of first mention.
    pub people: Vec<Person>,
    /// Quotes, sorted by start.
    pub quotes: Vec<Quote>,
    /// Word tokens of the body (internal scratch layer shared by the passes).
    pub(crate) tokens: Vec<Token>,
    /// Titles written before PERSON mentions (from the entity pass, for the people pass).
    pub(crate) titles: Vec<TitleNote>,
}

impl<'t> Analysis<'t> {
    /// The analysed text.
    pub fn text(&self) -> &'t str {
        self.text
    }

    /// The text covered by `span`.
    pub fn slice(&self, span: Span) -> &'t str {
        &self.text[span]
    }
}
