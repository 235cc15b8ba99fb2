//! Stress inputs: each must simply finish and satisfy every invariant (no timing
//! here; speed on hostile text is the `hostile` bench group). Crashes found by
//! fuzzing become cases at the end of the table.

use crate::invariants::{assert_ok, check_analysis};

const MB: usize = 1 << 20;

fn repeat_to(piece: &str, size: usize) -> String {
    let mut s = String::with_capacity(size + piece.len());
    while s.len() < size {
        s.push_str(piece);
    }
    s
}

/// Large inputs are checked once (the full `check` runs the pipeline three times).
fn assert_large_ok(name: &str, text: &str) {
    let a = reportage::analyze(text);
    if let Err(e) = check_analysis(text, &a) {
        panic!("{name}: {e}");
    }
}

#[test]
fn one_megabyte_without_punctuation() {
    let text = repeat_to("the council met again and nobody said anything new ", MB);
    assert_large_ok("1 MB without punctuation", &text);
    assert_eq!(
        reportage::analyze(&text).sentences.len(),
        1,
        "one run-on sentence"
    );
}

#[test]
fn one_megabyte_of_straight_double_quotes() {
    let text = "\"".repeat(MB);
    assert_large_ok("1 MB of \"", &text);
}

#[test]
fn one_megabyte_of_mixed_quote_marks() {
    let text = repeat_to("\"“”‘’«»„‚‹›'\"''``", MB);
    assert_large_ok("1 MB of mixed quote marks", &text);
    let spaced = repeat_to("“ « ‘ \" „ ' ” » ’ ", MB);
    assert_large_ok("1 MB of spaced quote marks", &spaced);
}

#[test]
fn one_megabyte_sentence() {
    let mut text = String::from("Mr. Smith said that ");
    text.push_str(&repeat_to(
        "the U.S. Gen. Jones and Dr. Lee of Acme Inc., ",
        MB,
    ));
    text.push('.');
    assert_large_ok("one 1 MB sentence", &text);
}

#[test]
fn one_megabyte_of_capitalised_words_and_quotes() {
    let text = repeat_to(
        "“Alder Brook Council Dana,” Eastern Federal General said. ",
        MB,
    );
    assert_large_ok("1 MB of capitalised quoted words", &text);
}

#[test]
fn one_person_ten_thousand_times() {
    let mut text = String::from("Transport Minister Hanna Vale spoke on Tuesday. ");
    for k in 0..10_000 {
        text.push_str(match k % 3 {
            0 => "Vale said it would work. ",
            1 => "\"It will work,\" Ms. Vale said. ",
            _ => "Hanna Vale told reporters: \"We are ready.\"\n\n",
        });
    }
    assert_large_ok("one person, 10,000 mentions", &text);
}

#[test]
fn deep_nesting_of_quotes_and_brackets() {
    let mut text = String::from("He said ");
    for k in 0..5_000 {
        text.push_str(["“", "‘", "«", "(", "[", "\"", "'", "„"][k % 8]);
        text.push_str("and ");
    }
    for k in (0..5_000).rev() {
        text.push_str(["”", "’", "»", ")", "]", "\"", "'", "“"][k % 8]);
    }
    text.push_str(" she said.");
    assert_ok("deep nesting", &text);
    let opens = "“".repeat(20_000);
    assert_ok("20,000 opening marks", &opens);
    let closes = "”".repeat(20_000) + " he said.";
    assert_ok("20,000 closing marks", &closes);
}

#[test]
fn small_hard_cases() {
    // Each must finish and satisfy the invariants.
    let cases: &[(&str, &str)] = &[
        ("empty", ""),
        ("space", " "),
        ("only whitespace", " \n\t\r\n \u{a0}\u{2028}\u{3000}\n\n "),
        ("one letter", "a"),
        ("one dot", "."),
        ("date line alone", "date 2025-11-20"),
        ("date line and newline", "date 2025-11-20\n"),
        ("date line and spaces", "  date 2025-11-20   \n\n  "),
        ("date then one word", "date 2025-11-20 Yes"),
        ("date twice", "date 2025-11-20 date 2025-11-21 It rained."),
        ("invalid date: month 13", "date 2025-13-01 It rained."),
        ("invalid date: 30 February", "date 2025-02-30 It rained."),
        (
            "invalid date: 29 February, not a leap year",
            "date 2023-02-29 It rained.",
        ),
        ("valid date: 29 February 2024", "date 2024-02-29 It rained."),
        ("invalid date: day zero", "date 2025-01-00 It rained."),
        ("date glued to a word", "date 2025-11-20It rained."),
        ("date with a wide char after", "date 2025-11-20é It rained."),
        ("truncated date", "date 2025-11"),
        (
            "date in the middle",
            "It rained. date 2025-11-20 Then it stopped.",
        ),
        ("lone straight double quote", "\""),
        ("lone straight single quote", "'"),
        ("lone left double quote", "“"),
        ("lone right double quote", "”"),
        ("lone left single quote", "‘"),
        ("lone right single quote", "’"),
        ("lone left guillemet", "«"),
        ("lone right guillemet", "»"),
        ("lone low double quote", "„"),
        ("lone low single quote", "‚"),
        ("lone single guillemet", "‹"),
        ("lone double apostrophe", "''"),
        ("lone backticks", "``"),
        (
            "lone quote in a sentence",
            "He said \" and left. Then she spoke.",
        ),
        (
            "unclosed quote over paragraphs",
            "“It is done.\n\n“It is over,” he said.\n\nShe left.",
        ),
        ("quote closing before opening", "” he said “"),
        ("quote at the very end", "She said: “"),
        ("quote with only a cue", "“” said Smith."),
        (
            "crlf text",
            "date 2025-11-20 One.\r\nTwo.\r\n\r\nThree said: \"Four.\"\r\n",
        ),
        ("cr only", "One.\rTwo.\r\rThree."),
        (
            "nul and controls",
            "He\u{0} said\u{1} \u{7}\"yes\u{1b}[0m.\"\u{7f} Then\u{8} more.",
        ),
        ("bom", "\u{feff}date 2025-11-20 It rained."),
        (
            "combining marks",
            "Jose\u{301} said \u{301}\u{301}“Que\u{301}.” Noe\u{308}l agreed.",
        ),
        ("emoji", "😀 said “🇺🇦👩‍👩‍👧.” 😀. 😀!"),
        (
            "right to left",
            "قال الوزير «نعم». אמר „כן“. He said “‏yes‏.”",
        ),
        (
            "bidi overrides",
            "\u{202e}He said “yes.”\u{202c} Then \u{2066}she\u{2069} left.",
        ),
        (
            "lowercase that expands",
            "İstanbul said “İ.” ǅemal agreed. ﬁne.",
        ),
        (
            "unicode whitespace",
            "One.\u{2028}Two.\u{2029}Three.\u{85}Four.\u{a0}Five.",
        ),
        ("ellipses", "Well... no.... Maybe… yes. . . ."),
        ("only punctuation", "?!.,;:!?...!!!???"),
        ("abbreviations at the end", "He lives in Washington D.C."),
        ("initials run", "A. B. C. D. E. F. G. H. said it."),
        ("max code point", "\u{10ffff}\u{10ffff}. \u{fffd}"),
        ("tabs", "\tHe\tsaid\t“yes.”\t"),
        (
            "url and email",
            "See http://example.org/a.b?c=d. Mail x.y@z.org. Done.",
        ),
        ("numbers", "It cost $1,200.50, or 3.5% of 1.2bn. No. 1 won."),
        ("brackets", "((([[[{{{ said ]]])))}}}."),
        (
            "possessive marks",
            "The ministers' and Jones's and Jones’ and James’s.",
        ),
        ("apostrophes as quotes", "'Tis the 'season', he said 'yes'."),
        (
            "long word",
            "Supercalifragilistic-expialidocious-Jean-Noël-O'Brien-Smith said so.",
        ),
        // Regressions found by fuzzing (the inputs, shortened by hand) go below.
        // A speech verb near the end of the text, after a control character: the
        // quote pass read one token past the end (index out of bounds).
        ("fuzz: cue then control char at the end", "x told\u{7f}QQ"),
        (
            "fuzz: cue then control char, wide spaces",
            "2024\u{3000}jfhu\u{a0}told\u{7f}QQtqrcmMinister",
        ),
        ("fuzz: cue as the last word", "Officials said"),
        (
            "fuzz: cue and listener at the end",
            "The minister told reporters",
        ),
        // A title, "of" and a title before a cue: the speaker's name was cut to
        // no token at all (begin > end in the quote pass).
        (
            "title of title, said",
            "U.S. of President said it was fine.",
        ),
        (
            "title of title, said 2",
            "Minister of Secretary said it was fine.",
        ),
        (
            "according to title of title",
            "According to U.K. of President it was fine.",
        ),
        // A quotation left open at the end of a paragraph and continued by
        // the next, whose piece was appended after the pieces of a quote
        // that stands later (content out of order; found by the structured
        // fuzzing, seed 2001, input 254945).
        (
            "continued quotation joins a later quote",
            "«\n\n'!W Ae exhorts wh.m. “f",
        ),
    ];
    for (name, text) in cases {
        assert_ok(name, text);
    }
}

/// Found by fuzzing: entities of every label ran across a blank line, because
/// the first token of a paragraph carried no space or line-break flag, so the
/// passes read it as glued to the last token of the paragraph before.
#[test]
fn no_entity_runs_across_a_paragraph_break() {
    let cases: &[(&str, &str)] = &[
        ("money", "The bill came to $\n\n48 million in the end."),
        ("percent", "Prices rose 6.5\n\n% in May, the office said."),
        (
            "date",
            "The vote is set for Jan.\n\n9 a.m. is when the polls open.",
        ),
        ("time", "They met on Wednesday\n\nnight fell over the city."),
        (
            "person after initials",
            "The report was written by J.D.\n\nWalker later said it was wrong.",
        ),
        (
            "person with a middle initial",
            "The letter was signed by Anna K.\n\nSmith and Jones replied on Monday.",
        ),
        (
            "facility after a dotted abbreviation",
            "They drove across the U.\n\nS. Bridge at dawn.",
        ),
        (
            "org suffix",
            "He works for Acme Holdings Co.\n\nInc magazine called him.",
        ),
        (
            "place abbreviation",
            "They flew to Washington D.C.\n\nThe team landed at noon.",
        ),
        (
            "headline then name",
            "MINISTER RESIGNS\n\nAnna Kowalczyk resigned on Monday.",
        ),
        (
            "org head word after a blank line",
            "He visited Port Wexley\n\nPort Wexley Authority chief Howard Penn spoke.",
        ),
        // The same with wide whitespace after the blank line.
        (
            "date, wide spaces",
            "It ends in Jan.\n\n\u{3000}\u{a0}2024 will be different.",
        ),
        (
            "money, line separator",
            "It cost $48\n\n \u{2028}million people watched.",
        ),
        (
            "org, CRLF and no-break space",
            "He is a Sgt.\r\n\n\u{a0}Inc. magazine said so.",
        ),
        (
            "person, next line",
            "The author is J. S.\n\n\u{85}Walker agreed.",
        ),
    ];
    for (name, text) in cases {
        assert_ok(name, text);
        let a = reportage::analyze(text);
        for e in &a.entities {
            assert!(
                !a.slice(e.span).contains("\n\n"),
                "{name}: {} {:?} runs across a blank line",
                e.label,
                a.slice(e.span)
            );
        }
    }
}

#[test]
fn date_line_alone_gives_a_date_and_no_sentence() {
    for text in [
        "date 2025-11-20",
        "date 2025-11-20\n",
        "\n date 2025-11-20 \n\n",
    ] {
        let a = reportage::analyze(text);
        assert_eq!(
            a.date.map(|d| d.to_string()).as_deref(),
            Some("2025-11-20"),
            "{text:?}"
        );
        assert!(a.sentences.is_empty(), "{text:?}: {:?}", a.sentences);
    }
}

#[test]
fn invalid_dates_are_text() {
    for text in ["date 2025-13-01 It rained.", "date 2023-02-29 It rained."] {
        let a = reportage::analyze(text);
        assert_eq!(a.date, None, "{text:?}");
        assert_eq!(a.date_marker, None, "{text:?}");
        assert_eq!(
            a.slice(a.sentences[0].span).get(..4),
            Some("date"),
            "{text:?}"
        );
    }
}

#[test]
fn empty_and_blank_texts_have_no_layer() {
    for text in ["", " ", "\n\n\n", " \t\r\n\u{a0}\u{3000}"] {
        let a = reportage::analyze(text);
        assert!(a.paragraphs.is_empty(), "{text:?}");
        assert!(a.sentences.is_empty(), "{text:?}");
        assert!(a.entities.is_empty(), "{text:?}");
        assert!(a.people.is_empty(), "{text:?}");
        assert!(a.quotes.is_empty(), "{text:?}");
    }
}

/// Peak memory of `analyze` + `report()` on one 4 MB document of several
/// shapes, against the goal of at most 16 times the text for news (Linux
/// only: it reads the peak resident size, `VmHWM`, of /proc/self/status,
/// reset before each shape through /proc/self/clear_refs). Run alone, in a
/// release build, one shape per process (memory freed by one shape and kept
/// by the allocator would hide part of the next one's peak):
///
/// ```text
/// for s in "news (" "news with" "It cost" "quotes and" "quotation marks"; do
///   MEMORY_SHAPE="$s" cargo test --release --test lib -- --ignored --exact stress::one_document_memory --nocapture
/// done
/// ```
///
/// The dense shapes (an amount per 16 bytes, a quote per 60 bytes, only
/// quotation marks) are printed but not held to the goal.
#[test]
#[ignore = "measures the whole process: run alone"]
fn one_document_memory() {
    fn peak_kb() -> Option<usize> {
        let status = std::fs::read_to_string("/proc/self/status").ok()?;
        let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
        line.split_whitespace().nth(1)?.parse().ok()
    }
    fn current_kb() -> Option<usize> {
        let status = std::fs::read_to_string("/proc/self/status").ok()?;
        let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
        line.split_whitespace().nth(1)?.parse().ok()
    }
    if peak_kb().is_none() {
        eprintln!("no /proc/self/status: nothing measured");
        return;
    }
    let long = include_str!("../benches/texts/long.txt");
    let size = 4 * MB;
    let numbered = || {
        let mut s = String::with_capacity(size + 64);
        let mut k = 0;
        while s.len() < size {
            k += 1;
            s.push_str(&format!("It cost ${k}. "));
        }
        s
    };
    let quoted = || {
        let mut s = String::with_capacity(size + 200);
        let mut k = 0;
        while s.len() < size {
            k += 1;
            s.push_str(&format!(
                "\"We will rebuild {k},\" said Anna Kowalczyk. Minister John Smith told reporters that \"the {k} plan\" was fine.\n\n"
            ));
        }
        s
    };
    let news = || repeat_to(long, size);
    let marks = || repeat_to("“ « ‘ \" „ ' ” » ’ ", size);
    // Read through a view: a right-to-left mark before every quotation mark.
    let format = || repeat_to(long, size).replace('"', "\u{200f}\"");
    let shapes: [(&str, &dyn Fn() -> String); 5] = [
        ("news (long.txt)", &news),
        ("It cost $N.", &numbered),
        ("quotes and names", &quoted),
        ("quotation marks", &marks),
        ("news with format characters", &format),
    ];
    reportage::analyze("Warm-up: the word lists are parsed once.").report();
    let mut worst = 0.0f64;
    // MEMORY_SHAPE=quotes measures only the shapes whose name holds "quotes".
    let only = std::env::var("MEMORY_SHAPE").unwrap_or_default();
    for (name, make) in shapes.iter().filter(|(n, _)| n.contains(&*only)) {
        let text = &make();
        let _ = std::fs::write("/proc/self/clear_refs", "5");
        let before = current_kb().unwrap_or(0);
        let a = reportage::analyze(text);
        let mid = peak_kb().unwrap_or(0);
        let r = a.report();
        let after = peak_kb().unwrap_or(0);
        eprintln!(
            "  analyze alone: peak {:.1} MB above the start",
            mid.saturating_sub(before) as f64 / 1024.0
        );
        let ratio = (after.saturating_sub(before) * 1024) as f64 / text.len() as f64;
        if name.starts_with("news") {
            worst = worst.max(ratio);
        }
        eprintln!(
            "{name}: {:.1} MB, peak {:.1} MB above the start ({ratio:.1}x); {} sentences, {} entities, {} quotes",
            text.len() as f64 / 1e6,
            after.saturating_sub(before) as f64 / 1024.0,
            r.sentences.len(),
            r.entities.len(),
            r.quotes.len()
        );
    }
    assert!(worst <= 16.0, "news: peak {worst:.1} times the text");
}
