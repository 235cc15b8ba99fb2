//! The extractor: runs the passes in order over one text.

use crate::analysis::Analysis;
use crate::config::Config;
use crate::date::Date;
use crate::{ner, people, quote, sentence, text, Error};
use std::sync::Arc;

/// Builds an [`Extractor`] with user additions to the word lists.
///
/// ```
/// let ex = reportage::Extractor::builder()
///     .person("Kaja Kallas")
///     .organization("Envestnet")
///     .title("foreign policy chief")
///     .build()
///     .unwrap();
/// let a = ex.analyze("Envestnet said profits rose.");
/// assert_eq!(a.sentences.len(), 1);
/// ```
#[derive(Clone, Debug)]
pub struct ExtractorBuilder {
    config: Config,
    quotes: bool,
}

impl Default for ExtractorBuilder {
    fn default() -> Self {
        ExtractorBuilder {
            config: Config::default(),
            quotes: true,
        }
    }
}

impl ExtractorBuilder {
    /// A builder with nothing added.
    pub fn new() -> ExtractorBuilder {
        ExtractorBuilder::default()
    }

    /// Run the quote pass (the default) or not. Without it
    /// [`Analysis::quotes`] stays empty and the rest (sentences, entities,
    /// people) is the same, in a half to three quarters of the time.
    ///
    /// ```
    /// let ex = reportage::Extractor::builder().quotes(false).build().unwrap();
    /// let a = ex.analyze("\"We will rebuild,\" Mayor Ann Lee said.");
    /// assert!(a.quotes.is_empty());
    /// assert_eq!(a.people[0].name, "Ann Lee");
    /// ```
    pub fn quotes(&mut self, on: bool) -> &mut Self {
        self.quotes = on;
        self
    }

    /// Add a person's full name.
    pub fn person(&mut self, name: &str) -> &mut Self {
        self.config.people.push(name.to_string());
        self
    }

    /// Add an organisation name.
    pub fn organization(&mut self, name: &str) -> &mut Self {
        self.config.organizations.push(name.to_string());
        self
    }

    /// Add a place name (labelled GPE).
    pub fn place(&mut self, name: &str) -> &mut Self {
        self.config.places.push(name.to_string());
        self
    }

    /// Add a person title, office or rank.
    pub fn title(&mut self, title: &str) -> &mut Self {
        self.config.titles.push(title.to_string());
        self
    }

    /// Add a speech verb, as its base form; its inflections are derived.
    pub fn speech_verb(&mut self, verb: &str) -> &mut Self {
        self.config.speech_verbs.push(verb.to_string());
        self
    }

    /// Compile the word lists and rules.
    ///
    /// Fails when an added entry holds no word.
    pub fn build(&self) -> Result<Extractor, Error> {
        let c = &self.config;
        for (list, entries) in [
            ("person", &c.people),
            ("organization", &c.organizations),
            ("place", &c.places),
            ("title", &c.titles),
            ("speech verb", &c.speech_verbs),
        ] {
            if let Some(bad) = entries
                .iter()
                .find(|e| !e.chars().any(char::is_alphanumeric))
            {
                return Err(Error::bad_entry(list, bad));
            }
        }
        Ok(Extractor {
            inner: Arc::new(Inner {
                tagger: ner::Tagger::new(c)?,
                attributor: if self.quotes {
                    Some(quote::Attributor::new(c)?)
                } else {
                    None
                },
            }),
        })
    }
}

#[derive(Debug)]
struct Inner {
    tagger: ner::Tagger,
    /// `None` when the quote pass is off.
    attributor: Option<quote::Attributor>,
}

/// Runs the whole pipeline. Cheap to clone (an `Arc` inside); `Send + Sync`,
/// so one extractor serves every thread.
///
/// ```
/// let ex = reportage::Extractor::new();
/// let a = ex.analyze("date 2025-11-20 Rain fell on Thursday.");
/// assert_eq!(a.date.unwrap().to_string(), "2025-11-20");
/// ```
#[derive(Clone, Debug)]
pub struct Extractor {
    inner: Arc<Inner>,
}

impl Default for Extractor {
    fn default() -> Self {
        Extractor::new()
    }
}

impl Extractor {
    /// The extractor with the embedded English word lists and nothing added.
    pub fn new() -> Extractor {
        ExtractorBuilder::new()
            .build()
            .expect("the embedded word lists always build")
    }

    /// A builder for user additions.
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder::new()
    }

    /// Analyse one text. Never fails and never panics.
    ///
    /// The publication date, against which relative dates ("on Thursday",
    /// "next week") get their values, comes from a leading `date YYYY-MM-DD`
    /// marker in the text, if there is one; [`Extractor::analyze_dated`] takes
    /// it as a parameter instead.
    pub fn analyze<'t>(&self, text: &'t str) -> Analysis<'t> {
        self.analyze_dated(text, None)
    }

    /// Analyse one text published on `date`.
    ///
    /// A given date is the publication date ([`Analysis::date`]), whatever
    /// the text says. A leading `date YYYY-MM-DD` marker is still recognised
    /// ([`Analysis::date_marker`]) and kept out of every layer, but its date
    /// is used only when `date` is `None`, which is exactly
    /// [`Extractor::analyze`]. The text is not rewritten: every span is an
    /// offset into `text` as given.
    ///
    /// ```
    /// use reportage::{Date, Extractor};
    /// let ex = Extractor::new();
    /// let text = "Rain fell on Thursday.";
    /// let a = ex.analyze_dated(text, Some("2025-11-20".parse().unwrap()));
    /// assert_eq!(a.date, Date::new(2025, 11, 20));
    /// let thursday = a.entities.iter().find(|e| a.slice(e.span) == "Thursday").unwrap();
    /// assert_eq!(thursday.value.as_deref(), Some("2025-11-20"));
    /// assert_eq!(thursday.span.start, 13); // an offset into `text`, as given
    /// ```
    pub fn analyze_dated<'t>(&self, text: &'t str, date: Option<Date>) -> Analysis<'t> {
        let (marked, date_marker) = match text::date_marker(text) {
            Some((d, s)) => (Some(d), Some(s)),
            None => (None, None),
        };
        let date = date.or(marked);
        let body = date_marker.map_or(0, |s| s.end);
        let paragraphs = text::paragraphs(text, body);
        let mut sentences = Vec::new();
        sentence::split(text, &paragraphs, &mut sentences);
        // News runs at about one token per 4.7 bytes: room for all of them
        // at once, so the vector is never copied.
        let mut tokens = Vec::with_capacity(text.len() / 4 + 16);
        for p in &paragraphs {
            text::token::tokenize_into(text, p.span, &mut tokens);
        }
        let mut doc = Analysis {
            text,
            date,
            date_marker,
            paragraphs,
            sentences,
            entities: Vec::new(),
            people: Vec::new(),
            quotes: Vec::new(),
            tokens,
            titles: Vec::new(),
        };
        self.inner.tagger.run(&mut doc);
        people::run(&mut doc);
        if let Some(attributor) = &self.inner.attributor {
            attributor.run(&mut doc);
        }
        doc
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extractor_is_send_sync_clone() {
        fn check<T: Send + Sync + Clone>() {}
        check::<Extractor>();
    }

    #[test]
    fn builder_rejects_empty_entries() {
        let err = Extractor::builder().person("  ").build().unwrap_err();
        assert!(err.to_string().contains("person"), "{err}");
    }
}
