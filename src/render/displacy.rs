//! The entities of an analysis in displaCy's "manual" format.
//!
//! spaCy's displaCy renders a dict `{"text", "ents": [{"start", "end",
//! "label"}], "title"}` (or a list of them) with
//! `displacy.render(docs, style="ent", manual=True)`. Offsets are Python
//! string indices: Unicode code points of the whole text, date marker
//! included.
//!
//! ```
//! let a = reportage::analyze("Mayor Ana Ruiz visited Kraków on Monday.");
//! let doc = reportage::render::displacy::doc(&a, Some("story.txt"));
//! let json = serde_json::to_string(&doc).unwrap();
//! assert!(json.starts_with(r#"{"text":"Mayor Ana Ruiz visited Kraków on Monday.","ents":[{"start":6,"end":14,"label":"PERSON"}"#));
//! assert_eq!(doc.ents[1].label, "GPE");
//! ```

use crate::span::CharIndex;
use crate::Analysis;
use serde::Serialize;

/// One document for `displacy.render(…, manual=True)`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Doc {
    /// The whole text.
    pub text: String,
    /// The entities, sorted, not overlapping.
    pub ents: Vec<Ent>,
    /// A title displaCy prints above the text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
}

/// One entity: code-point offsets into [`Doc::text`] and the OntoNotes label.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Ent {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// "PERSON", "ORG", "GPE", …
    pub label: &'static str,
}

/// The displaCy document of `a`, with an optional title.
pub fn doc(a: &Analysis<'_>, title: Option<&str>) -> Doc {
    let text = a.text();
    let idx = CharIndex::new(text);
    let mut ents: Vec<Ent> = Vec::with_capacity(a.entities.len());
    let mut last_end = 0;
    for e in &a.entities {
        // displaCy draws one entity at a time: keep the first of any overlap.
        if e.span.start < last_end || e.span.is_empty() {
            continue;
        }
        last_end = e.span.end;
        ents.push(Ent {
            start: idx.char_offset(e.span.start),
            end: idx.char_offset(e.span.end),
            label: e.label.as_str(),
        });
    }
    Doc {
        text: text.to_string(),
        ents,
        title: title.map(str::to_string),
    }
}
