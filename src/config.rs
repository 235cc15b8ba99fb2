//! What users add to the embedded word lists: built by
//! [`ExtractorBuilder`](crate::ExtractorBuilder), read by the passes when an
//! [`Extractor`](crate::Extractor) is built. It sits below every pass, so
//! the passes need not import the extractor that runs them.

/// What users add to the embedded word lists, and options.
#[derive(Clone, Debug, Default)]
pub(crate) struct Config {
    /// Full names of people ("Kaja Kallas").
    pub(crate) people: Vec<String>,
    /// Organisation names ("Envestnet", "Acme Holdings").
    pub(crate) organizations: Vec<String>,
    /// Place names ("Kramatorsk").
    pub(crate) places: Vec<String>,
    /// Person titles, offices and ranks ("Deputy Chief of Mission").
    pub(crate) titles: Vec<String>,
    /// Speech verbs, as their base form ("opine").
    pub(crate) speech_verbs: Vec<String>,
}
