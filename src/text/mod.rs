//! Text layout: the `date` marker, paragraphs, and word tokens.
//!
//! Reads: the text. Writes: `Analysis::date`, `date_marker`, `paragraphs`, `tokens`.

pub mod token;

use crate::analysis::{Date, Paragraph};
use crate::span::Span;

/// Read a leading `date YYYY-MM-DD` marker (after optional whitespace).
///
/// Returns the date and the marker's span. The marker must be followed by
/// whitespace or the end of the text, and the date must exist.
pub fn date_marker(text: &str) -> Option<(Date, Span)> {
    let start = text.len() - text.trim_start().len();
    let rest = &text[start..];
    let b = rest.as_bytes();
    if b.len() < 15 || !b[..5].eq_ignore_ascii_case(b"date ") {
        return None;
    }
    let d = &b[5..15];
    let digits = |r: std::ops::Range<usize>| d[r].iter().all(u8::is_ascii_digit);
    if !(digits(0..4) && d[4] == b'-' && digits(5..7) && d[7] == b'-' && digits(8..10)) {
        return None;
    }
    if b.len() > 15 && !(b[15] as char).is_ascii_whitespace() {
        return None;
    }
    let num = |r: std::ops::Range<usize>| {
        d[r].iter()
            .fold(0u32, |acc, &c| acc * 10 + u32::from(c - b'0'))
    };
    let date = Date::new(num(0..4) as i32, num(5..7), num(8..10))?;
    Some((date, Span::new(start, start + 15)))
}

/// Split `text[from..]` into paragraphs at blank lines (lines holding only
/// whitespace). Each paragraph span is trimmed; empty paragraphs are dropped.
pub fn paragraphs(text: &str, from: usize) -> Vec<Paragraph> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut para_start: Option<usize> = None; // first non-space byte of the current paragraph
    let mut para_end = from; // end of the last non-space byte seen in it
    let mut line_start = from;
    while line_start < bytes.len() {
        let line_end = match text[line_start..].find('\n') {
            Some(i) => line_start + i,
            None => bytes.len(),
        };
        let line = &text[line_start..line_end];
        let trimmed = line.trim();
        if trimmed.is_empty() {
            if let Some(s) = para_start.take() {
                out.push(Paragraph {
                    span: Span::new(s, para_end),
                });
            }
        } else {
            let lead = line.len() - line.trim_start().len();
            if para_start.is_none() {
                para_start = Some(line_start + lead);
            }
            para_end = line_start + lead + trimmed.len();
        }
        line_start = line_end + 1;
    }
    if let Some(s) = para_start {
        out.push(Paragraph {
            span: Span::new(s, para_end),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_date_marker() {
        let (d, s) = date_marker(" date 2025-11-20 The team").unwrap();
        assert_eq!(d.to_string(), "2025-11-20");
        assert_eq!(s, Span::new(1, 16));
        assert!(date_marker("date 2025-13-20 x").is_none());
        assert!(date_marker("date 2025-11-20x").is_none());
        assert!(date_marker("dated 2025-11-20").is_none());
        assert!(date_marker("date 2025-11-20").is_some());
        assert!(date_marker("Hi I´m here, in the long text").is_none());
    }

    #[test]
    fn splits_paragraphs_at_blank_lines() {
        let t = "One\ntwo.\n\n  \nThree.\n";
        let p: Vec<&str> = paragraphs(t, 0).iter().map(|p| &t[p.span]).collect();
        assert_eq!(p, ["One\ntwo.", "Three."]);
    }
}
