//! The invariants every analysis of every text must satisfy, whatever the passes
//! find: spans inside the text and on character boundaries, layers in order,
//! sentences that cover the text, cross-references that resolve, and the same
//! output on every run.
//!
//! Used by the property tests, the stress tests, the golden tests and the
//! randomized fuzz runner; `fuzz/fuzz_targets/analyze.rs` includes this file too,
//! so it depends on nothing but `reportage`.

#![allow(dead_code)]

use reportage::{is_format, Analysis, Label, Span};

/// Check every invariant of `reportage::analyze(text)` and of its report,
/// and that a second run and `reportage::sentences` agree with it. `Err`
/// says what broke.
pub fn check(text: &str) -> Result<(), String> {
    check_with(text, true)
}

/// [`check`], with the second run (determinism) only when `again`: long
/// fuzz campaigns run it on a share of their inputs.
pub fn check_with(text: &str, again: bool) -> Result<(), String> {
    let a = reportage::analyze(text);
    check_analysis(text, &a)?;
    let report = a.report();
    check_report(text, &report)?;
    if again && reportage::analyze(text).report() != report {
        return Err("two runs on the same text differ".into());
    }
    let alone: Vec<(Span, &str)> = reportage::sentences(text).collect();
    let piped: Vec<Span> = a.sentences.iter().map(|s| s.span).collect();
    if alone.len() != piped.len() || alone.iter().zip(&piped).any(|(x, y)| x.0 != *y) {
        return Err(format!(
            "sentences() gives {} sentences, analyze() {}; first difference at {:?}",
            alone.len(),
            piped.len(),
            alone
                .iter()
                .zip(&piped)
                .find(|(x, y)| x.0 != **y)
                .map(|(x, y)| (show(text, x.0), show(text, *y)))
        ));
    }
    for &(s, t) in &alone {
        if &text[s] != t {
            return Err(format!("sentences() yields {t:?} for span {s:?}"));
        }
    }
    Ok(())
}

/// Every span of the report: its code-point offsets count the characters
/// before its byte offsets, and its text is the text between them.
pub fn check_report(text: &str, r: &reportage::Report) -> Result<(), String> {
    // Characters before each byte offset (for char boundaries).
    let mut chars = vec![usize::MAX; text.len() + 1];
    for (k, (i, _)) in text.char_indices().enumerate() {
        chars[i] = k;
    }
    chars[text.len()] = text.chars().count();
    let span = |s: &reportage::SpanOut, what: &str| -> Result<(), String> {
        let ok = s.byte_start <= s.byte_end
            && s.byte_end <= text.len()
            && chars[s.byte_start] == s.start
            && chars[s.byte_end] == s.end
            && text.get(s.byte_start..s.byte_end) == Some(s.text.as_str());
        if ok {
            Ok(())
        } else {
            Err(format!(
                "report {what}: offsets {}..{} (bytes {}..{}) do not match its text {:?}",
                s.start, s.end, s.byte_start, s.byte_end, s.text
            ))
        }
    };
    for s in r.paragraphs.iter().chain(&r.sentences) {
        span(s, "paragraph or sentence")?;
    }
    for e in &r.entities {
        span(&e.span, "entity")?;
    }
    for p in &r.people {
        for m in &p.mentions {
            span(m, "mention")?;
        }
    }
    for q in &r.quotes {
        span(&q.span, "quote")?;
        for c in &q.content {
            span(c, "quote content")?;
        }
        if let Some(c) = &q.cue {
            span(c, "cue")?;
        }
        if let Some(sp) = &q.speaker {
            span(&sp.span, "speaker")?;
        }
    }
    Ok(())
}

/// Panic with a readable message when [`check`] fails.
pub fn assert_ok(name: &str, text: &str) {
    if let Err(e) = check(text) {
        panic!(
            "{name}: {e}\n  text ({} bytes): {}",
            text.len(),
            preview(text)
        );
    }
}

/// The invariants of one analysis of `text`.
pub fn check_analysis(text: &str, a: &Analysis<'_>) -> Result<(), String> {
    if a.text() != text {
        return Err("Analysis::text is not the analysed text".into());
    }
    let body = a.date_marker.map_or(0, |m| m.end);
    if let Some(m) = a.date_marker {
        span_ok(text, m, "date marker")?;
        if a.date.is_none() {
            return Err("a date marker without a date".into());
        }
        if text[..m.start]
            .chars()
            .any(|c| !c.is_whitespace() && !is_format(c))
        {
            return Err("text before the date marker".into());
        }
    }

    // Paragraphs: in order, disjoint, trimmed, after the marker.
    let mut prev_end = body;
    for (i, p) in a.paragraphs.iter().enumerate() {
        let what = format!("paragraph {i}");
        span_ok(text, p.span, &what)?;
        nonempty_trimmed(text, p.span, &what)?;
        if p.span.start < prev_end {
            return Err(format!(
                "{what} {} starts before the end of the one before it",
                show(text, p.span)
            ));
        }
        prev_end = p.span.end;
    }

    // Sentences: in order, disjoint, trimmed, each inside its paragraph, and
    // together covering every non-whitespace character after the marker.
    let mut prev_end = body;
    for (i, s) in a.sentences.iter().enumerate() {
        let what = format!("sentence {i}");
        span_ok(text, s.span, &what)?;
        nonempty_trimmed(text, s.span, &what)?;
        if s.span.start < prev_end {
            return Err(format!(
                "{what} {} overlaps or precedes the sentence before it",
                show(text, s.span)
            ));
        }
        prev_end = s.span.end;
        let para = a
            .paragraphs
            .get(s.paragraph)
            .ok_or_else(|| format!("{what}: paragraph index {} out of range", s.paragraph))?;
        if !para.span.contains(s.span) {
            return Err(format!(
                "{what} {} is not inside its paragraph",
                show(text, s.span)
            ));
        }
    }
    let mut k = 0;
    for (i, c) in text[body..].char_indices() {
        let at = body + i;
        if c.is_whitespace() || is_format(c) {
            continue;
        }
        while k < a.sentences.len() && a.sentences[k].span.end <= at {
            k += 1;
        }
        if k == a.sentences.len() || a.sentences[k].span.start > at {
            return Err(format!(
                "character {c:?} at byte {at} is in no sentence (context {:?})",
                context(text, at)
            ));
        }
    }

    // Entities: sorted by start, non-empty, trimmed, each inside one paragraph.
    for (i, e) in a.entities.iter().enumerate() {
        let what = format!("entity {i} ({})", e.label);
        span_ok(text, e.span, &what)?;
        nonempty_trimmed(text, e.span, &what)?;
        if i > 0 && a.entities[i - 1].span.start > e.span.start {
            return Err(format!("{what} {} is out of order", show(text, e.span)));
        }
        if !a.paragraphs.iter().any(|p| p.span.contains(e.span)) {
            return Err(format!(
                "{what} {} is not inside one paragraph",
                show(text, e.span)
            ));
        }
        if e.rule.id().is_empty() {
            return Err(format!("{what} has no rule"));
        }
    }

    // People: ids are indices, mentions in order and PERSON entities.
    let person_spans: Vec<Span> = a
        .entities
        .iter()
        .filter(|e| e.label == Label::Person)
        .map(|e| e.span)
        .collect();
    for (i, p) in a.people.iter().enumerate() {
        let what = format!("person {i} ({:?})", p.name);
        if p.id != i {
            return Err(format!("{what} has id {}", p.id));
        }
        if p.name.trim().is_empty() {
            return Err(format!("{what} has no name"));
        }
        if p.mentions.is_empty() {
            return Err(format!("{what} has no mention"));
        }
        for (j, &m) in p.mentions.iter().enumerate() {
            let w = format!("{what} mention {j}");
            span_ok(text, m, &w)?;
            nonempty_trimmed(text, m, &w)?;
            if j > 0 && p.mentions[j - 1].start >= m.start {
                return Err(format!("{w} {} is out of order", show(text, m)));
            }
            if !person_spans.contains(&m) {
                return Err(format!("{w} {} is not a PERSON entity", show(text, m)));
            }
        }
    }
    // People are in order of first mention.
    for w in a.people.windows(2) {
        if w[0].mentions[0].start > w[1].mentions[0].start {
            return Err(format!(
                "people {:?} and {:?} are not in order of first mention",
                w[0].name, w[1].name
            ));
        }
    }

    // Quotes: sorted, content inside the quote, references resolve.
    for (i, q) in a.quotes.iter().enumerate() {
        let what = format!("quote {i} ({})", q.kind.as_str());
        span_ok(text, q.span, &what)?;
        if q.span.is_empty() {
            return Err(format!("{what} is empty"));
        }
        if i > 0 && a.quotes[i - 1].span.start > q.span.start {
            return Err(format!("{what} {} is out of order", show(text, q.span)));
        }
        if q.span.start < body {
            return Err(format!(
                "{what} {} overlaps the date marker",
                show(text, q.span)
            ));
        }
        if q.rule.id().is_empty() {
            return Err(format!("{what} has no rule"));
        }
        for (j, &c) in q.content.iter().enumerate() {
            let w = format!("{what} content {j}");
            span_ok(text, c, &w)?;
            if !q.span.contains(c) {
                return Err(format!(
                    "{w} {} is outside the quote {}",
                    show(text, c),
                    show(text, q.span)
                ));
            }
            if j > 0 && q.content[j - 1].end > c.start {
                return Err(format!(
                    "{w} {} overlaps the piece before it",
                    show(text, c)
                ));
            }
        }
        if let Some(cue) = q.cue {
            span_ok(text, cue, &format!("{what} cue"))?;
            nonempty_trimmed(text, cue, &format!("{what} cue"))?;
        }
        if let Some(sp) = &q.speaker {
            let w = format!("{what} speaker");
            span_ok(text, sp.span, &w)?;
            nonempty_trimmed(text, sp.span, &w)?;
            if let Some(p) = sp.person {
                if p >= a.people.len() {
                    return Err(format!("{w} refers to person {p} of {}", a.people.len()));
                }
            }
        }
    }
    Ok(())
}

/// The span lies inside the text, start ≤ end, both ends on char boundaries.
pub fn span_ok(text: &str, s: Span, what: &str) -> Result<(), String> {
    if s.start > s.end || s.end > text.len() {
        return Err(format!(
            "{what}: span {s:?} outside the text of {} bytes",
            text.len()
        ));
    }
    if !text.is_char_boundary(s.start) || !text.is_char_boundary(s.end) {
        return Err(format!("{what}: span {s:?} is not on char boundaries"));
    }
    Ok(())
}

fn nonempty_trimmed(text: &str, s: Span, what: &str) -> Result<(), String> {
    let t = &text[s];
    if t.is_empty() {
        return Err(format!("{what}: empty span at {}", s.start));
    }
    if t.trim() != t {
        return Err(format!("{what}: {t:?} is not trimmed"));
    }
    Ok(())
}

/// A span and a short excerpt of its text, for messages.
pub fn show(text: &str, s: Span) -> String {
    match text.get(s.start..s.end) {
        Some(t) => format!("{}..{} {:?}", s.start, s.end, clip(t, 60)),
        None => format!("{}..{} (not sliceable)", s.start, s.end),
    }
}

fn context(text: &str, at: usize) -> String {
    let from = floor(text, at.saturating_sub(30));
    let to = floor(text, (at + 30).min(text.len()));
    text[from..to].to_string()
}

/// The largest char boundary at or below `i`.
pub fn floor(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn clip(t: &str, n: usize) -> String {
    if t.chars().count() <= n {
        t.to_string()
    } else {
        let head: String = t.chars().take(n).collect();
        format!("{head}…")
    }
}

/// The start of a text, for failure messages.
pub fn preview(text: &str) -> String {
    format!("{:?}", clip(text, 200))
}
