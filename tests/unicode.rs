//! Unicode forms of one article: a byte-order mark, decomposed accents (NFD),
//! format characters (zero-width joiners, direction marks, the word joiner,
//! soft hyphens). The text a reader sees is the same, so the analysis must
//! be: same entities, people and quotes, with spans on the character
//! boundaries of the text as given.

use crate::invariants::assert_ok;
use reportage::{Label, Report};

/// The decomposed form (NFD) of the accented letters used below, built here
/// without a normalisation library: the letter, then its combining mark.
fn nfd(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        let (base, mark) = match c {
            'é' => ('e', '\u{301}'),
            'É' => ('E', '\u{301}'),
            'á' => ('a', '\u{301}'),
            'í' => ('i', '\u{301}'),
            'ó' => ('o', '\u{301}'),
            'ñ' => ('n', '\u{303}'),
            'ü' => ('u', '\u{308}'),
            'ö' => ('o', '\u{308}'),
            'ë' => ('e', '\u{308}'),
            'ç' => ('c', '\u{327}'),
            'ř' => ('r', '\u{30c}'),
            'š' => ('s', '\u{30c}'),
            'Č' => ('C', '\u{30c}'),
            'ł' => {
                // No decomposition: stays as it is.
                out.push(c);
                continue;
            }
            _ => {
                out.push(c);
                continue;
            }
        };
        out.push(base);
        out.push(mark);
    }
    out
}

/// The inverse of [`nfd`] on its output, and without format characters:
/// what a reader sees, to compare surface text across forms.
fn seen(text: &str) -> String {
    const PAIRS: &[(char, char, char)] = &[
        ('e', '\u{301}', 'é'),
        ('E', '\u{301}', 'É'),
        ('a', '\u{301}', 'á'),
        ('i', '\u{301}', 'í'),
        ('o', '\u{301}', 'ó'),
        ('n', '\u{303}', 'ñ'),
        ('u', '\u{308}', 'ü'),
        ('o', '\u{308}', 'ö'),
        ('e', '\u{308}', 'ë'),
        ('c', '\u{327}', 'ç'),
        ('r', '\u{30c}', 'ř'),
        ('s', '\u{30c}', 'š'),
        ('C', '\u{30c}', 'Č'),
    ];
    let mut out = String::new();
    for c in text.chars() {
        if reportage::is_format(c) {
            continue;
        }
        if let Some(&(_, _, q)) = PAIRS.iter().find(|&&(b, m, _)| m == c && out.ends_with(b)) {
            out.pop();
            out.push(q);
        } else {
            out.push(c);
        }
    }
    out
}

/// What must not change across the forms of one article: the entities
/// (surface text as seen, label, value), the people (name, titles, gender,
/// number of mentions) and the quotes (kind, content as seen, speaker name
/// and type, rule), and the sentences as seen.
fn essence(r: &Report) -> Vec<String> {
    let mut out = vec![format!("date {:?}", r.date)];
    for s in &r.sentences {
        out.push(format!("sentence {}", seen(&s.text)));
    }
    for e in &r.entities {
        out.push(format!(
            "entity {} {} {:?} {}",
            e.label,
            seen(&e.span.text),
            e.value,
            e.rule
        ));
    }
    for p in &r.people {
        out.push(format!(
            "person {} {:?} {:?} {}",
            seen(&p.name),
            p.titles.iter().map(|t| seen(t)).collect::<Vec<_>>(),
            p.gender,
            p.mentions.len()
        ));
    }
    for q in &r.quotes {
        out.push(format!(
            "quote {} {:?} {:?} {:?} {}",
            q.kind,
            q.content.iter().map(|c| seen(&c.text)).collect::<Vec<_>>(),
            q.speaker.as_ref().map(|s| (seen(&s.name), s.kind)),
            q.cue.as_ref().map(|c| seen(&c.text)),
            q.rule
        ));
    }
    out
}

/// An article of our own with accented names, titles and quotes.
const ARTICLE: &str = "date 2025-03-06 Madrid mayor José García said on Thursday that the \
new metro line would open in May. \"We will not wait for another study,\" García told \
reporters.\n\nThe transport minister, Zoë Müller, disagreed. \"The numbers do not add up,\" \
said Müller, a former engineer at Siemens.\n\nAccording to Françoise Dubois, a spokeswoman \
for the European Commission, the grant of €300 million is \"still under review.\"\n\n\
Václav Dvořák, the Czech ambassador, said: \"Prague is ready to help.\" Mr. Dvořák added \
that Česká spořitelna had offered a loan.";

/// Analyse both texts and compare their essence; each must also keep every
/// invariant.
fn same_analysis(name: &str, a: &str, b: &str) {
    assert_ok(name, b);
    let ra = reportage::analyze(a).report();
    let rb = reportage::analyze(b).report();
    let (ea, eb) = (essence(&ra), essence(&rb));
    if ea != eb {
        let diff: Vec<String> = ea
            .iter()
            .zip(&eb)
            .filter(|(x, y)| x != y)
            .take(5)
            .map(|(x, y)| format!("  {x}\n  {y}"))
            .collect();
        panic!(
            "{name}: the analysis differs ({} against {} items):\n{}",
            ea.len(),
            eb.len(),
            diff.join("\n")
        );
    }
}

#[test]
fn the_article_finds_what_the_comparisons_rely_on() {
    // The comparisons below mean something only if the article gives people,
    // titles, quotes and a dated weekday.
    let r = reportage::analyze(ARTICLE).report();
    let names: Vec<&str> = r.people.iter().map(|p| p.name.as_str()).collect();
    for want in ["José García", "Zoë Müller", "Václav Dvořák"] {
        assert!(names.contains(&want), "{want} in {names:?}");
    }
    assert!(r.quotes.len() >= 4, "{} quotes", r.quotes.len());
    assert!(r
        .entities
        .iter()
        .any(|e| e.span.text == "Thursday" && e.value.as_deref() == Some("2025-03-06")));
}

#[test]
fn nfd_gives_the_same_analysis_as_nfc() {
    let d = nfd(ARTICLE);
    assert_ne!(d, ARTICLE, "the article has accents to decompose");
    assert!(d.contains("Jose\u{301} Garci\u{301}a"));
    same_analysis("NFD", ARTICLE, &d);
    // The person is one, and the quote keeps its speaker.
    let a = reportage::analyze(&d);
    let jose = a
        .people
        .iter()
        .find(|p| p.name == "José García")
        .expect("José García is a person of the NFD text");
    assert_eq!(&d.as_str()[jose.mentions[0]], "Jose\u{301} Garci\u{301}a");
    assert!(a.quotes.iter().any(|q| q
        .speaker
        .as_ref()
        .is_some_and(|s| s.person == Some(jose.id))));
}

#[test]
fn format_characters_are_transparent() {
    let cases = [
        // A zero-width joiner and a word joiner inside names.
        ARTICLE
            .replace("García", "Gar\u{200d}cía")
            .replace("Dvořák", "Dvo\u{2060}řák"),
        // Right-to-left and left-to-right marks around every quotation.
        ARTICLE
            .replace(" \"", " \u{200f}\"")
            .replace(".\"", ".\"\u{200f}")
            .replace(",\"", ",\"\u{200e}"),
        // Soft hyphens, a zero-width non-joiner and a zero-width space.
        ARTICLE
            .replace("spokeswoman", "spokes\u{ad}woman")
            .replace("Commission", "Com\u{200c}mission")
            .replace("minister", "min\u{200b}ister"),
        // Isolates around names, an invisible separator in an amount.
        ARTICLE
            .replace("Zoë Müller", "\u{2068}Zoë Müller\u{2069}")
            .replace("€300", "€\u{2063}300"),
        // A byte-order mark before the date line.
        format!("\u{feff}{ARTICLE}"),
    ];
    for (k, text) in cases.iter().enumerate() {
        assert_ne!(text, ARTICLE);
        same_analysis(&format!("format characters, case {k}"), ARTICLE, text);
    }
    // Both forms at once.
    same_analysis("NFD and format characters", ARTICLE, &nfd(&cases[1]));
}

#[test]
fn a_name_with_a_joiner_keeps_its_title_and_quote() {
    let text = "Minister Anna Kowal\u{200d}czyk told reporters the plan was \"fully funded.\"";
    let a = reportage::analyze(text);
    assert_eq!(a.people.len(), 1, "{:?}", a.people);
    let p = &a.people[0];
    assert_eq!(p.name, "Anna Kowalczyk");
    assert_eq!(p.titles, ["Minister"]);
    assert_eq!(&text[p.mentions[0]], "Anna Kowal\u{200d}czyk");
    assert_eq!(a.quotes.len(), 1);
    assert_eq!(a.quotes[0].speaker.as_ref().unwrap().person, Some(0));
}

#[test]
fn direction_marks_around_a_quotation_keep_it() {
    let text = "\u{200f}“We will rebuild,”\u{200f} said Mayor Ana Torres.";
    let a = reportage::analyze(text);
    assert_eq!(a.quotes.len(), 1, "{:?}", a.quotes);
    let q = &a.quotes[0];
    assert_eq!(&text[q.content[0]], "We will rebuild,");
    assert_eq!(q.speaker.as_ref().unwrap().name, "Ana Torres");
    assert_eq!(a.people[0].titles, ["Mayor"]);
    // The sentence starts at the quotation mark, not at the invisible mark.
    assert_eq!(&text[a.sentences[0].span][..3], "“");
}

#[test]
fn a_byte_order_mark_before_the_date_line_is_skipped() {
    let text = "\u{feff}date 2024-05-02\n\nThe minister spoke on Thursday.";
    let a = reportage::analyze(text);
    assert_eq!(a.date.map(|d| d.to_string()).as_deref(), Some("2024-05-02"));
    assert_eq!(a.date_marker.map(|m| &text[m]), Some("date 2024-05-02"));
    assert_eq!(a.sentences.len(), 1);
    assert_eq!(
        &text[a.sentences[0].span],
        "The minister spoke on Thursday."
    );
    let thursday = a.entities.iter().find(|e| &text[e.span] == "Thursday");
    assert_eq!(
        thursday.and_then(|e| e.value.as_deref()),
        Some("2024-05-02"),
        "the weekday gets its value"
    );
    assert_eq!(
        a.report().sentences[0].start,
        18,
        "code points count the mark"
    );
    // Without a date line, the mark belongs to no sentence either.
    let text = "\u{feff}It rained.";
    let a = reportage::analyze(text);
    assert_eq!(&text[a.sentences[0].span], "It rained.");
    assert_ok("BOM", text);
}

#[test]
fn the_date_line_is_lower_case_date_at_the_start() {
    // A header in capitals is text, not the marker.
    let text = "DATE 2024-05-01\n\nThe minister spoke on Thursday.";
    let a = reportage::analyze(text);
    assert_eq!(a.date, None);
    assert_eq!(&text[a.sentences[0].span], "DATE 2024-05-01");
    assert!(a
        .entities
        .iter()
        .any(|e| e.label == Label::Date && &text[e.span] == "2024-05-01"));
    assert!(reportage::analyze("Date 2024-05-01 x").date.is_none());
    // The seed article's form.
    let a = reportage::analyze("date 2024-05-01\nThe minister spoke on Thursday.");
    assert_eq!(a.date.map(|d| d.to_string()).as_deref(), Some("2024-05-01"));
}

#[test]
fn combining_marks_without_a_composed_form_stay_in_the_word() {
    // x̃ and q̇ have no precomposed character: the mark joins its letter.
    let text = "Senator Ax\u{303}el Mq\u{307}ora said the vote was close.";
    assert_ok("marks", text);
    let a = reportage::analyze(text);
    for e in &a.entities {
        let t = &text[e.span];
        assert!(
            !t.starts_with(|c: char| ('\u{300}'..='\u{36f}').contains(&c)),
            "{t:?}"
        );
        assert!(
            !text[e.span.end..].starts_with(|c: char| ('\u{300}'..='\u{36f}').contains(&c)),
            "{t:?} leaves its mark behind"
        );
    }
    assert_eq!(a.quotes.len(), 1);
}

#[test]
fn every_span_is_on_a_char_boundary_of_the_text_as_given() {
    let texts = [
        nfd(ARTICLE),
        ARTICLE.replace(' ', " \u{200d}"),
        ARTICLE.replace('e', "e\u{301}\u{200f}"),
        "\u{200f}".repeat(50),
        "a\u{301}\u{301}\u{301}\u{200d}\u{feff}".repeat(30),
        format!("\u{feff}\u{feff}date 2024-01-01 {}", nfd(ARTICLE)),
        "\u{200e}date 2024-01-01 x\u{301}".to_string(),
    ];
    for (k, t) in texts.iter().enumerate() {
        assert_ok(&format!("text {k}"), t);
    }
}
