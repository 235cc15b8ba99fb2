//! The JSON of a report kept as offsets (a `Report`'s `to_json`): the bytes
//! `serde_json` writes for the crate's `Report` (the JSON contract), made
//! from the offsets and the document's text, each span's text cut from it.
//!
//! The crate's report types are `#[non_exhaustive]`, so the binding cannot
//! build a `Report<SpanOut>` of the offsets; it writes the same fields, in
//! the same order, through `serde_json` (a flattened struct and a struct
//! come out alike in compact JSON). The tests compare the two on every
//! document.

use crate::convert::Offsets;
use reportage::{EntityOut, PersonOut, QuoteOut, SpanOffsets, SpeakerOut};
use serde::ser::{SerializeMap, Serializer};
use serde::Serialize;

/// The report `r` of `text` as one line of JSON.
pub(crate) fn to_json(r: &Offsets, text: &str) -> String {
    serde_json::to_string(&J(r, text)).expect("a report always serialises")
}

/// A part of a report with the text its spans cover.
struct J<'a, T: ?Sized>(&'a T, &'a str);

/// The fields of a span, for the structures that flatten one in.
fn span<M: SerializeMap>(m: &mut M, s: &SpanOffsets, text: &str) -> Result<(), M::Error> {
    m.serialize_entry("start", &s.start)?;
    m.serialize_entry("end", &s.end)?;
    m.serialize_entry("byte_start", &s.byte_start)?;
    m.serialize_entry("byte_end", &s.byte_end)?;
    m.serialize_entry("utf16_start", &s.utf16_start)?;
    m.serialize_entry("utf16_end", &s.utf16_end)?;
    m.serialize_entry("text", &text[s.byte_start..s.byte_end])
}

impl<T> Serialize for J<'_, Vec<T>>
where
    for<'a> J<'a, T>: Serialize,
{
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.iter().map(|x| J(x, self.1)))
    }
}

impl<T> Serialize for J<'_, Option<T>>
where
    for<'a> J<'a, T>: Serialize,
{
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.0 {
            Some(x) => J(x, self.1).serialize(s),
            None => s.serialize_none(),
        }
    }
}

impl Serialize for J<'_, Offsets> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (r, text) = (self.0, self.1);
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("schema", &r.schema)?;
        m.serialize_entry("date", &r.date.map(|d| d.to_string()))?;
        m.serialize_entry("paragraphs", &J(&r.paragraphs, text))?;
        m.serialize_entry("sentences", &J(&r.sentences, text))?;
        m.serialize_entry("entities", &J(&r.entities, text))?;
        m.serialize_entry("people", &J(&r.people, text))?;
        m.serialize_entry("quotes", &J(&r.quotes, text))?;
        m.end()
    }
}

impl Serialize for J<'_, SpanOffsets> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(None)?;
        span(&mut m, self.0, self.1)?;
        m.end()
    }
}

impl Serialize for J<'_, EntityOut<SpanOffsets>> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let e = self.0;
        let mut m = s.serialize_map(None)?;
        span(&mut m, &e.span, self.1)?;
        m.serialize_entry("label", &e.label)?;
        if let Some(v) = &e.value {
            m.serialize_entry("value", v)?;
        }
        m.serialize_entry("rule", &e.rule)?;
        m.end()
    }
}

impl Serialize for J<'_, PersonOut<SpanOffsets>> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let p = self.0;
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("id", &p.id)?;
        m.serialize_entry("name", &p.name)?;
        m.serialize_entry("titles", &p.titles)?;
        if let Some(g) = &p.gender {
            m.serialize_entry("gender", g)?;
        }
        m.serialize_entry("mentions", &J(&p.mentions, self.1))?;
        m.end()
    }
}

impl Serialize for J<'_, SpeakerOut<SpanOffsets>> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let sp = self.0;
        let mut m = s.serialize_map(None)?;
        span(&mut m, &sp.span, self.1)?;
        m.serialize_entry("type", &sp.kind)?;
        m.serialize_entry("person", &sp.person)?;
        m.serialize_entry("name", &sp.name)?;
        m.end()
    }
}

impl Serialize for J<'_, QuoteOut<SpanOffsets>> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (q, text) = (self.0, self.1);
        let mut m = s.serialize_map(None)?;
        span(&mut m, &q.span, text)?;
        m.serialize_entry("kind", &q.kind)?;
        m.serialize_entry("content", &J(&q.content, text))?;
        m.serialize_entry("cue", &J(&q.cue, text))?;
        m.serialize_entry("speaker", &J(&q.speaker, text))?;
        m.serialize_entry("rule", &q.rule)?;
        m.end()
    }
}
