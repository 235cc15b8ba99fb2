//! What users add to the embedded word lists and rules: built by
//! [`ExtractorBuilder`](crate::ExtractorBuilder), read by the passes when an
//! [`Extractor`](crate::Extractor) is built. It sits below every pass, so
//! the passes need not import the extractor that runs them.

use crate::analysis::{Gender, Label};

/// What users add to the embedded word lists, and options.
#[derive(Clone, Debug, Default)]
pub(crate) struct Config {
    /// Full names of people ("Kaja Kallas").
    pub(crate) people: Vec<String>,
    /// Organisation names ("Envestnet", "Acme Holdings").
    pub(crate) organizations: Vec<String>,
    /// Place names ("Kramatorsk").
    pub(crate) places: Vec<String>,
    /// Names with any other label (NORP, FAC, LOC, EVENT, …).
    pub(crate) entities: Vec<(Label, String)>,
    /// Person titles, offices and ranks ("Deputy Chief of Mission").
    pub(crate) titles: Vec<String>,
    /// Speech verbs, as their base form ("opine").
    pub(crate) speech_verbs: Vec<String>,
    /// Texts that are never an entity ("Council"), whitespace normalised.
    pub(crate) excluded: Vec<String>,
    /// User patterns: a label and a regular expression (`regex` syntax).
    pub(crate) patterns: Vec<(Label, String)>,
    /// Given names and the gender they tell (`None`: they tell none).
    pub(crate) given_genders: Vec<(String, Option<Gender>)>,
    /// True when `given_genders` replaces the embedded list instead of
    /// adding to it.
    pub(crate) replace_given_genders: bool,
}
