//! Sentence pass: paragraphs → sentences.
//!
//! Reads: the text, `Analysis::paragraphs`. Writes: `Analysis::sentences`.

use crate::analysis::{Paragraph, Sentence};
use crate::span::Span;

/// Split every paragraph into sentences, appending to `out`.
pub(crate) fn split(text: &str, paragraphs: &[Paragraph], out: &mut Vec<Sentence>) {
    for (p, para) in paragraphs.iter().enumerate() {
        split_paragraph(text, para.span, &mut |span| {
            out.push(Sentence { span, paragraph: p })
        });
    }
}

/// Split one paragraph, calling `emit` with each trimmed sentence span in order.
fn split_paragraph(text: &str, para: Span, emit: &mut dyn FnMut(Span)) {
    // Placeholder boundary rule: . ! ? followed by whitespace and an uppercase letter.
    let bytes = text.as_bytes();
    let mut start = para.start;
    let mut i = para.start;
    while i < para.end {
        let b = bytes[i];
        if matches!(b, b'.' | b'!' | b'?')
            && i + 2 < para.end
            && bytes[i + 1] == b' '
            && bytes[i + 2].is_ascii_uppercase()
        {
            emit(Span::new(start, i + 1));
            start = i + 2;
        }
        i += 1;
    }
    if start < para.end {
        emit(Span::new(start, para.end));
    }
}

/// An iterator over the sentences of a text, as `(byte span, &str)` pairs.
///
/// Made by [`sentences`](crate::sentences).
#[derive(Debug, Clone)]
pub struct Sentences<'t> {
    text: &'t str,
    spans: std::vec::IntoIter<Sentence>,
}

impl<'t> Iterator for Sentences<'t> {
    type Item = (Span, &'t str);
    fn next(&mut self) -> Option<(Span, &'t str)> {
        self.spans.next().map(|s| (s.span, &self.text[s.span]))
    }
}

/// The sentences of `text`, without running the rest of the pipeline.
///
/// A leading `date YYYY-MM-DD` marker belongs to no sentence.
///
/// ```
/// let text = "Mr. Smith went to Washington. He said: \"It went well.\"";
/// let got: Vec<&str> = reportage::sentences(text).map(|(_, s)| s).collect();
/// assert_eq!(got, ["Mr. Smith went to Washington.", "He said: \"It went well.\""]);
/// ```
pub fn sentences(text: &str) -> Sentences<'_> {
    let from = crate::text::date_marker(text).map_or(0, |(_, s)| s.end);
    let paragraphs = crate::text::paragraphs(text, from);
    let mut out = Vec::new();
    split(text, &paragraphs, &mut out);
    Sentences {
        text,
        spans: out.into_iter(),
    }
}
