//! The readable summary of one analysis: the counts, then who said what
//! (grouped by speaker, each quote with its paragraph number), the people,
//! the entities by label, and the sentences only when asked.
//!
//! Linear in the size of the analysis: quotes are grouped and entities made
//! unique through hash maps. Every piece of article text goes through
//! [`clean`], which puts it on one line and escapes terminal control
//! characters, so an article cannot move the cursor or clear the screen.

use crate::{Analysis, Label, Quote, SpeakerKind};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt::Write as _;
use std::io::{self, Write};

/// The most characters of a quote the summary shows.
const QUOTE_CHARS: usize = 160;

/// Write the summary of `a`, headed by `name`.
pub(super) fn write(
    out: &mut impl Write,
    name: &str,
    a: &Analysis<'_>,
    sentences: bool,
) -> io::Result<()> {
    writeln!(out, "== {}", clean(name, usize::MAX))?;
    if let Some(d) = a.date {
        writeln!(out, "date: {d}")?;
    }
    writeln!(
        out,
        "{} paragraphs, {} sentences, {} entities, {} people, {} quotes",
        a.paragraphs.len(),
        a.sentences.len(),
        a.entities.len(),
        a.people.len(),
        a.quotes.len()
    )?;
    who_said_what(out, a)?;
    people(out, a)?;
    entities(out, a)?;
    if sentences && !a.sentences.is_empty() {
        writeln!(out, "\n-- sentences")?;
        for (i, s) in a.sentences.iter().enumerate() {
            writeln!(
                out,
                "{:>3}. [¶{}] {}",
                i + 1,
                s.paragraph + 1,
                clean(a.slice(s.span), usize::MAX)
            )?;
        }
    }
    Ok(())
}

/// Who a quote is attributed to, as the summary groups it.
fn speaker_label(q: &Quote) -> String {
    match &q.speaker {
        Some(s) => {
            let name = clean(&s.name, usize::MAX);
            match s.kind {
                SpeakerKind::Anonymous => format!("{name} (anonymous)"),
                SpeakerKind::Organization => format!("{name} (organization)"),
                SpeakerKind::Pronoun => format!("{name} (pronoun, not resolved)"),
                _ => name,
            }
        }
        None => "(no speaker found)".to_string(),
    }
}

/// Quotes grouped by speaker, speakers in order of first quote.
fn who_said_what(out: &mut impl Write, a: &Analysis<'_>) -> io::Result<()> {
    if a.quotes.is_empty() {
        return Ok(());
    }
    writeln!(out, "\n-- who said what")?;
    let mut groups: Vec<(String, Vec<&Quote>)> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    for q in &a.quotes {
        let who = speaker_label(q);
        match index.get(&who) {
            Some(&i) => groups[i].1.push(q),
            None => {
                index.insert(who.clone(), groups.len());
                groups.push((who, vec![q]));
            }
        }
    }
    for (who, quotes) in groups {
        writeln!(out, "  {who}")?;
        for q in quotes {
            let mut content = String::new();
            for (i, &c) in q.content.iter().enumerate() {
                if i > 0 {
                    content.push_str(" … ");
                }
                content.push_str(a.slice(c));
            }
            let cue = q.cue.map_or(String::from("-"), |c| clean(a.slice(c), 40));
            writeln!(
                out,
                "    ¶{} [{} / {cue}] {}",
                paragraph_of(a, q.span.start),
                q.kind.as_str(),
                clean(&content, QUOTE_CHARS)
            )?;
        }
    }
    Ok(())
}

/// The people, each with titles, mentions and quotes.
fn people(out: &mut impl Write, a: &Analysis<'_>) -> io::Result<()> {
    if a.people.is_empty() {
        return Ok(());
    }
    let mut quoted = vec![0usize; a.people.len()];
    for q in &a.quotes {
        if let Some(p) = q.speaker.as_ref().and_then(|s| s.person) {
            if let Some(n) = quoted.get_mut(p) {
                *n += 1;
            }
        }
    }
    writeln!(out, "\n-- people")?;
    for (p, &q) in a.people.iter().zip(&quoted) {
        let mut line = format!("  {}", clean(&p.name, usize::MAX));
        if !p.titles.is_empty() {
            line.push_str(" (");
            for (i, t) in p.titles.iter().enumerate() {
                if i > 0 {
                    line.push_str("; ");
                }
                line.push_str(&clean(t, usize::MAX));
            }
            line.push(')');
        }
        let n = p.mentions.len();
        let _ = write!(line, ": {n} mention{}", plural(n));
        if q > 0 {
            let _ = write!(line, ", quoted {q} time{}", plural(q));
        }
        writeln!(out, "{line}")?;
    }
    Ok(())
}

/// Entities other than people, unique per label (text and value), in order
/// of first use.
fn entities(out: &mut impl Write, a: &Analysis<'_>) -> io::Result<()> {
    type Seen<'a> = (
        Vec<(&'a str, Option<&'a str>)>,
        HashSet<(&'a str, Option<&'a str>)>,
    );
    let mut by_label: BTreeMap<&str, Seen<'_>> = BTreeMap::new();
    for e in &a.entities {
        if e.label == Label::Person {
            continue;
        }
        let key = (a.slice(e.span), e.value.as_deref());
        let (list, seen) = by_label.entry(e.label.as_str()).or_default();
        if seen.insert(key) {
            list.push(key);
        }
    }
    if by_label.is_empty() {
        return Ok(());
    }
    writeln!(out, "\n-- entities")?;
    for (label, (list, _)) in by_label {
        write!(out, "  {label}: ")?;
        for (i, (text, value)) in list.into_iter().enumerate() {
            if i > 0 {
                out.write_all(b", ")?;
            }
            out.write_all(clean(text, usize::MAX).as_bytes())?;
            if let Some(v) = value {
                write!(out, " = {}", clean(v, usize::MAX))?;
            }
        }
        writeln!(out)?;
    }
    Ok(())
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// The paragraph number (from 1) of the paragraph holding byte `at`.
fn paragraph_of(a: &Analysis<'_>, at: usize) -> usize {
    a.paragraphs.partition_point(|p| p.span.end <= at) + 1
}

/// `s` on one line for a terminal: runs of whitespace become one space,
/// control characters (C0, DEL, C1) and the bidirectional overrides and
/// isolates are written as `\u{…}` escapes, and the result is cut after
/// `max` characters (with "…").
pub(super) fn clean(s: &str, max: usize) -> String {
    let mut out = String::with_capacity(s.len().min(max.saturating_mul(4)));
    let mut chars = 0;
    let mut space = false;
    for c in s.trim().chars() {
        if chars >= max {
            out.push('…');
            break;
        }
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space {
            out.push(' ');
            chars += 1;
            space = false;
        }
        if c.is_control() || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}') {
            let _ = write!(out, "\\u{{{:x}}}", c as u32);
        } else {
            out.push(c);
        }
        chars += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::clean;

    #[test]
    fn clean_escapes_controls_and_folds_whitespace() {
        assert_eq!(clean("  a \n\t b  ", 100), "a b");
        assert_eq!(
            clean("x\u{1b}[2Jy\u{7}\u{9b}z", 100),
            "x\\u{1b}[2Jy\\u{7}\\u{9b}z"
        );
        assert_eq!(clean("a\u{202E}b", 100), "a\\u{202e}b");
        assert_eq!(clean("abcdef", 3), "abc…");
        assert_eq!(clean("abc", 3), "abc");
    }
}
