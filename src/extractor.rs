//! The extractor: runs the passes in order over one text.

use crate::analysis::{
    Analysis, Entity, Gender, Label, Paragraph, Person, Quote, Sentence, Speaker,
};
use crate::config::Config;
use crate::date::Date;
use crate::span::Span;
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

    /// Add a name with any label: `entity(Label::Person, name)` is
    /// [`person`](Self::person), `Label::Org` is
    /// [`organization`](Self::organization), `Label::Gpe` is
    /// [`place`](Self::place); other labels (NORP, LOC, FAC, EVENT, and even
    /// DATE, TIME, MONEY, PERCENT) go into the word lists with that label. A
    /// listed name wins over the pass's own guesses.
    ///
    /// ```
    /// use reportage::{Extractor, Label};
    /// let ex = Extractor::builder()
    ///     .entity(Label::Event, "Harbour Lights Festival")
    ///     .entity(Label::Fac, "Quayside Hall")
    ///     .build()
    ///     .unwrap();
    /// let a = ex.analyze("The Harbour Lights Festival opened at Quayside Hall.");
    /// let found: Vec<(&str, Label)> = a.entities.iter().map(|e| (a.slice(e.span), e.label)).collect();
    /// assert_eq!(found, [("Harbour Lights Festival", Label::Event), ("Quayside Hall", Label::Fac)]);
    /// ```
    pub fn entity(&mut self, label: Label, name: &str) -> &mut Self {
        let name = name.to_string();
        match label {
            Label::Person => self.config.people.push(name),
            Label::Org => self.config.organizations.push(name),
            Label::Gpe => self.config.places.push(name),
            _ => self.config.entities.push((label, name)),
        }
        self
    }

    /// Never make an entity of this text: every entity whose text is `name`
    /// (case kept, whitespace normalised) is dropped, so it makes no person
    /// or speaker either. For a false positive of the word lists or rules.
    ///
    /// ```
    /// let text = "Council leader Sarah Okafor spoke.";
    /// assert_eq!(reportage::analyze(text).entities.len(), 2); // ORG "Council", PERSON
    /// let ex = reportage::Extractor::builder().exclude("Council").build().unwrap();
    /// let a = ex.analyze(text);
    /// assert_eq!(a.entities.len(), 1);
    /// assert_eq!(a.slice(a.entities[0].span), "Sarah Okafor");
    /// ```
    pub fn exclude(&mut self, name: &str) -> &mut Self {
        self.config.excluded.push(name.to_string());
        self
    }

    /// Add a pattern: every match of the regular expression `regex` (the
    /// [`regex`](https://docs.rs/regex) crate's syntax) is an entity with
    /// `label` and the rule [`USER_PATTERN`](crate::rule::USER_PATTERN)
    /// (`user/pattern`). Each pattern is compiled once, by
    /// [`build`](Self::build), which fails on a bad pattern. Matches are
    /// trimmed of surrounding whitespace and kept inside one paragraph; of
    /// overlapping matches the earliest (then the longest) wins; a match
    /// replaces every built-in entity it overlaps. A pattern runs over the
    /// whole text, so keep it anchored to something rare (a prefix, `\b`).
    ///
    /// ```
    /// use reportage::{Extractor, Label};
    /// let ex = Extractor::builder()
    ///     .pattern(Label::Event, r"\bCase No\. \d+-\d+\b")
    ///     .build()
    ///     .unwrap();
    /// let a = ex.analyze("The court heard Case No. 24-1187 on Monday.");
    /// let case = &a.entities[0];
    /// assert_eq!(a.slice(case.span), "Case No. 24-1187");
    /// assert_eq!(case.rule.id(), "user/pattern");
    /// assert!(Extractor::builder().pattern(Label::Org, "(unclosed").build().is_err());
    /// ```
    pub fn pattern(&mut self, label: Label, regex: &str) -> &mut Self {
        self.config.patterns.push((label, regex.to_string()));
        self
    }

    /// Set the gender a given name tells (`None`: it tells none), over the
    /// embedded list (`given_names.tsv`, from US birth records: a name is
    /// male or female when 90% of its bearers are). The list decides a
    /// person's gender only when no form of address (Mr, Mrs) does, and
    /// before pronouns; it never decides whether a word is a name. Names
    /// are matched as written in the article ("Ana").
    ///
    /// ```
    /// use reportage::{Extractor, Gender};
    /// let text = "Andrea Rossi said the vote was fair.";
    /// assert_eq!(reportage::analyze(text).people[0].gender, Some(Gender::Female));
    /// // In Italian, Andrea is a man's name.
    /// let ex = Extractor::builder().given_name("Andrea", Some(Gender::Male)).build().unwrap();
    /// assert_eq!(ex.analyze(text).people[0].gender, Some(Gender::Male));
    /// ```
    pub fn given_name(&mut self, name: &str, gender: Option<Gender>) -> &mut Self {
        self.config.given_genders.push((name.to_string(), gender));
        self
    }

    /// Replace the whole given-name → gender list (the embedded one and
    /// earlier [`given_name`](Self::given_name) entries) with `list`; names
    /// not in it tell no gender. An empty list turns gender by given name
    /// off (forms of address and pronouns still tell it).
    pub fn given_names<S: AsRef<str>>(
        &mut self,
        list: impl IntoIterator<Item = (S, Option<Gender>)>,
    ) -> &mut Self {
        self.config.given_genders = list
            .into_iter()
            .map(|(n, g)| (n.as_ref().to_string(), g))
            .collect();
        self.config.replace_given_genders = true;
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
            ("excluded", &c.excluded),
        ] {
            if let Some(bad) = entries
                .iter()
                .find(|e| !e.chars().any(char::is_alphanumeric))
            {
                return Err(Error::bad_entry(list, bad));
            }
        }
        let word = |e: &str| e.chars().any(char::is_alphanumeric);
        if let Some((label, bad)) = c.entities.iter().find(|(_, e)| !word(e)) {
            return Err(Error::bad_entry(label.as_str(), bad));
        }
        if let Some((bad, _)) = c.given_genders.iter().find(|(e, _)| !word(e)) {
            return Err(Error::bad_entry("given name", bad));
        }
        // The splitter's word tables are static: built once per process,
        // here rather than in the first analysis.
        sentence::load_words();
        Ok(Extractor {
            inner: Arc::new(Inner {
                tagger: ner::Tagger::new(c)?,
                genders: ner::user::Genders::new(c),
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
    /// The given-name → gender list of the people pass.
    genders: ner::user::Genders,
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
        // Format characters and decomposed accents: the passes read a view
        // of the text without them, and the spans come back onto `text`.
        let mut a = match text::view::View::new(text) {
            None => self.run_dated(text, date),
            Some(view) => onto(self.run_dated(&view.text, date), text, &view),
        };
        // The passes' scratch layers (a token is 24 bytes, about five times
        // the text) are freed before the caller builds a report.
        a.tokens = Vec::new();
        a.titles = Vec::new();
        a
    }

    /// Run every pass on `text`, keeping the scratch layers (`tokens`,
    /// `titles`; the passes' unit tests read them).
    #[cfg(test)]
    pub(crate) fn run<'t>(&self, text: &'t str) -> Analysis<'t> {
        self.run_dated(text, None)
    }

    /// Run every pass on `text`, published on `date` (else the marker's),
    /// keeping the scratch layers.
    fn run_dated<'t>(&self, text: &'t str, date: Option<Date>) -> Analysis<'t> {
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
        people::run(&mut doc, &self.inner.genders, self.inner.tagger.lexicon());
        if let Some(attributor) = &self.inner.attributor {
            attributor.run(&mut doc);
        }
        doc
    }
}

/// The analysis `a` of the view of `text`, with every span mapped back onto
/// `text` (names and titles keep the view's spelling: composed, without
/// format characters).
fn onto<'t>(a: Analysis<'_>, text: &'t str, view: &text::view::View) -> Analysis<'t> {
    let m = |s: Span| view.span(s);
    Analysis {
        text,
        date: a.date,
        date_marker: a.date_marker.map(m),
        paragraphs: a
            .paragraphs
            .into_iter()
            .map(|p| Paragraph { span: m(p.span) })
            .collect(),
        sentences: a
            .sentences
            .into_iter()
            .map(|s| Sentence {
                span: m(s.span),
                ..s
            })
            .collect(),
        entities: a
            .entities
            .into_iter()
            .map(|e| Entity {
                span: m(e.span),
                ..e
            })
            .collect(),
        people: a
            .people
            .into_iter()
            .map(|p| Person {
                mentions: p.mentions.into_iter().map(m).collect(),
                ..p
            })
            .collect(),
        quotes: a
            .quotes
            .into_iter()
            .map(|q| Quote {
                span: m(q.span),
                content: q.content.into_iter().map(m).collect(),
                cue: q.cue.map(m),
                speaker: q.speaker.map(|s| Speaker {
                    span: m(s.span),
                    ..s
                }),
                ..q
            })
            .collect(),
        tokens: Vec::new(),
        titles: Vec::new(),
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
