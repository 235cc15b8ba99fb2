//! The public API end to end on small self-written texts: `analyze`,
//! `Extractor` and its builder, `sentences`, and the JSON `Report`.

use crate::invariants::check_analysis;
use crate::properties::{ARTICLE, SHORT};
use reportage::{Extractor, Report};
use serde_json::Value;

/// Texts with every kind of character the offsets must survive.
pub const UNICODE: &str =
    "date 2025-11-20 Jean-Noël Barrot, France’s foreign minister, said «non» \
to the plan. “It is not a plan,” he told Le Monde.\n\nAnkara’s İbrahim Öztürk 😀 agreed: \
„Nein“. قال الوزير «نعم». Kraków’s mayor, Łukasz Żak, said he was ‘pleased’.";

#[test]
fn analyze_reads_date_marker_outside_sentences() {
    let text = "date 2025-11-20 It rained.\n\nIt stopped.";
    let a = reportage::analyze(text);
    assert_eq!(a.date.map(|d| d.to_string()).as_deref(), Some("2025-11-20"));
    assert_eq!(a.date_marker.map(|m| a.slice(m)), Some("date 2025-11-20"));
    let got: Vec<&str> = a.sentences.iter().map(|s| a.slice(s.span)).collect();
    assert_eq!(got, ["It rained.", "It stopped."]);
    let paras: Vec<&str> = a.paragraphs.iter().map(|p| a.slice(p.span)).collect();
    assert_eq!(paras, ["It rained.", "It stopped."]);
    assert_eq!(a.sentences[1].paragraph, 1);
}

#[test]
fn report_gives_char_and_byte_offsets() {
    let text = "Jean-Noël spoke. Then «nothing».";
    let r = reportage::analyze(text).report();
    let s = &r.sentences[1];
    assert_eq!(s.text, "Then «nothing».");
    assert_eq!(s.byte_start, text.find("Then").unwrap());
    assert_eq!(s.start, text[..s.byte_start].chars().count());
}

#[test]
fn default_extractor_and_analyze_agree() {
    let ex = Extractor::new();
    let ex2 = Extractor::default();
    for text in [SHORT, ARTICLE, UNICODE] {
        let want = reportage::analyze(text).report();
        assert_eq!(ex.analyze(text).report(), want);
        assert_eq!(ex2.analyze(text).report(), want);
    }
}

#[test]
fn builder_rejects_entries_without_a_word() {
    type Add = fn(&mut reportage::ExtractorBuilder, &str);
    let lists: [(&str, Add); 5] = [
        ("person", |b, e| {
            b.person(e);
        }),
        ("organization", |b, e| {
            b.organization(e);
        }),
        ("place", |b, e| {
            b.place(e);
        }),
        ("title", |b, e| {
            b.title(e);
        }),
        ("speech verb", |b, e| {
            b.speech_verb(e);
        }),
    ];
    for (list, add) in lists {
        for bad in ["", "   ", "\t\n", "...", "—", "\u{a0}"] {
            let mut b = Extractor::builder();
            add(&mut b, "Good Entry");
            add(&mut b, bad);
            let err = b
                .build()
                .expect_err(&format!("{list} {bad:?} must be refused"));
            let msg = err.to_string();
            assert!(
                msg.contains(list),
                "{list} {bad:?}: message {msg:?} names the list"
            );
            assert!(
                msg.contains(&format!("{bad:?}")),
                "{list}: message {msg:?} shows the entry"
            );
            let _: &dyn std::error::Error = &err;
        }
        let mut b = Extractor::builder();
        add(&mut b, "Jean-Noël Ørsted");
        assert!(b.build().is_ok(), "{list}: a real entry builds");
    }
}

#[test]
fn builder_with_additions_still_keeps_every_invariant() {
    let ex = Extractor::builder()
        .person("Marta Quillon")
        .person("Ines Marrow")
        .organization("Meridian Analytics")
        .place("Halden Bay")
        .title("general secretary")
        .speech_verb("opine")
        .build()
        .unwrap();
    for (name, text) in [("short", SHORT), ("article", ARTICLE), ("unicode", UNICODE)] {
        let a = ex.analyze(text);
        if let Err(e) = check_analysis(text, &a) {
            panic!("{name}: {e}");
        }
        // Additions never change the sentences.
        let plain: Vec<_> = reportage::sentences(text).map(|(s, _)| s).collect();
        let got: Vec<_> = a.sentences.iter().map(|s| s.span).collect();
        assert_eq!(got, plain, "{name}");
    }
}

#[test]
fn one_extractor_serves_many_threads_with_identical_results() {
    fn check<T: Send + Sync + Clone + 'static>() {}
    check::<Extractor>();
    let ex = Extractor::new();
    let texts = [
        SHORT,
        ARTICLE,
        UNICODE,
        "",
        "date 2024-01-01 “Yes,” she said.",
    ];
    let want: Vec<Report> = texts.iter().map(|t| ex.analyze(t).report()).collect();
    std::thread::scope(|s| {
        for k in 0..4 {
            // Even threads share a reference, odd threads own a clone; each starts
            // at a different text so the threads work on different texts at once.
            let owned = ex.clone();
            let (ex, texts, want) = (&ex, &texts, &want);
            s.spawn(move || {
                let ex = if k % 2 == 0 { ex } else { &owned };
                for round in 0..3 {
                    for i in (0..texts.len()).map(|i| (i + k + round) % texts.len()) {
                        assert_eq!(
                            ex.analyze(texts[i]).report(),
                            want[i],
                            "thread {k}, text {i}"
                        );
                    }
                }
            });
        }
    });
}

#[test]
fn without_the_quote_pass_only_quotes_are_missing() {
    let ex = Extractor::builder().quotes(false).build().unwrap();
    for text in [SHORT, ARTICLE, UNICODE] {
        let full = reportage::analyze(text);
        let a = ex.analyze(text);
        assert!(!full.quotes.is_empty() || text == UNICODE, "{text:?}");
        assert!(a.quotes.is_empty());
        let mut want = full.report();
        want.quotes.clear();
        assert_eq!(a.report(), want);
    }
}

#[test]
fn sentences_agree_with_analyze() {
    for text in [
        SHORT,
        ARTICLE,
        UNICODE,
        "",
        "date 2025-11-20",
        "One. Two! Three?",
    ] {
        let a = reportage::analyze(text);
        let piped: Vec<(reportage::Span, &str)> = a
            .sentences
            .iter()
            .map(|s| (s.span, a.slice(s.span)))
            .collect();
        let alone: Vec<(reportage::Span, &str)> = reportage::sentences(text).collect();
        assert_eq!(alone, piped, "{text:?}");
    }
}

/// A SPAN of the contract: code points, bytes and text that agree with `text`.
fn check_span(text: &str, v: &Value, what: &str) {
    let get = |k: &str| {
        v.get(k)
            .and_then(Value::as_u64)
            .unwrap_or_else(|| panic!("{what}: no integer {k:?} in {v}")) as usize
    };
    let (start, end, bs, be) = (get("start"), get("end"), get("byte_start"), get("byte_end"));
    let covered = v
        .get("text")
        .and_then(Value::as_str)
        .unwrap_or_else(|| panic!("{what}: no \"text\" in {v}"));
    assert!(bs <= be && be <= text.len(), "{what}: bytes {bs}..{be}");
    assert!(
        text.is_char_boundary(bs) && text.is_char_boundary(be),
        "{what}: bytes {bs}..{be}"
    );
    assert_eq!(
        &text[bs..be],
        covered,
        "{what}: text and byte offsets disagree"
    );
    assert_eq!(
        start,
        text[..bs].chars().count(),
        "{what}: start is not the code point of byte_start"
    );
    assert_eq!(
        end - start,
        covered.chars().count(),
        "{what}: end - start is not the length in code points"
    );
    let by_chars: String = text.chars().skip(start).take(end - start).collect();
    assert_eq!(
        by_chars, covered,
        "{what}: code-point offsets do not give the text"
    );
    // UTF-16 units, as JavaScript, Java and C# index.
    let (us, ue) = (get("utf16_start"), get("utf16_end"));
    assert_eq!(
        us,
        text[..bs].encode_utf16().count(),
        "{what}: utf16_start is not the UTF-16 offset of byte_start"
    );
    let units: Vec<u16> = text.encode_utf16().collect();
    assert!(us <= ue && ue <= units.len(), "{what}: utf16 {us}..{ue}");
    assert_eq!(
        String::from_utf16(&units[us..ue]).ok().as_deref(),
        Some(covered),
        "{what}: UTF-16 offsets do not give the text"
    );
}

fn array<'v>(v: &'v Value, key: &str, what: &str) -> &'v Vec<Value> {
    v.get(key)
        .and_then(Value::as_array)
        .unwrap_or_else(|| panic!("{what}: no array {key:?}"))
}

fn string<'v>(v: &'v Value, key: &str, what: &str) -> &'v str {
    v.get(key)
        .and_then(Value::as_str)
        .unwrap_or_else(|| panic!("{what}: no string {key:?} in {v}"))
}

/// Check one report (as JSON) against the contract of ../shared/eval/README.md.
pub fn check_contract(text: &str, v: &Value) {
    const LABELS: &[&str] = &[
        "PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "DATE", "TIME", "MONEY", "PERCENT",
    ];
    let a = reportage::analyze(text);
    assert_eq!(v["schema"], Value::from(reportage::SCHEMA_VERSION));
    match (&v["date"], a.date) {
        (Value::Null, None) => {}
        (Value::String(d), Some(want)) => assert_eq!(d, &want.to_string()),
        (got, want) => panic!("date {got} for {want:?}"),
    }
    for (i, p) in array(v, "paragraphs", "report").iter().enumerate() {
        check_span(text, p, &format!("paragraph {i}"));
    }
    let sentences = array(v, "sentences", "report");
    assert_eq!(sentences.len(), a.sentences.len());
    for (i, s) in sentences.iter().enumerate() {
        check_span(text, s, &format!("sentence {i}"));
    }
    for (i, e) in array(v, "entities", "report").iter().enumerate() {
        let what = format!("entity {i}");
        check_span(text, e, &what);
        assert!(LABELS.contains(&string(e, "label", &what)), "{what}: {e}");
        assert!(
            string(e, "rule", &what).contains('/'),
            "{what}: rule id is pass/name: {e}"
        );
        match e.get("value") {
            None | Some(Value::String(_)) => {}
            Some(other) => panic!("{what}: value {other} is neither absent nor a string"),
        }
    }
    let people = array(v, "people", "report");
    for (i, p) in people.iter().enumerate() {
        let what = format!("person {i}");
        assert_eq!(p["id"], Value::from(i), "{what}");
        assert!(!string(p, "name", &what).is_empty(), "{what}");
        assert!(
            array(p, "titles", &what).iter().all(Value::is_string),
            "{what}"
        );
        for (j, m) in array(p, "mentions", &what).iter().enumerate() {
            check_span(text, m, &format!("{what} mention {j}"));
        }
    }
    for (i, q) in array(v, "quotes", "report").iter().enumerate() {
        let what = format!("quote {i}");
        check_span(text, q, &what);
        assert!(
            ["direct", "mixed", "indirect"].contains(&string(q, "kind", &what)),
            "{what}"
        );
        assert!(
            string(q, "rule", &what).contains('/'),
            "{what}: rule id is pass/name"
        );
        for (j, c) in array(q, "content", &what).iter().enumerate() {
            check_span(text, c, &format!("{what} content {j}"));
        }
        match &q["cue"] {
            Value::Null => {}
            cue => check_span(text, cue, &format!("{what} cue")),
        }
        match &q["speaker"] {
            Value::Null => {}
            s => {
                let w = format!("{what} speaker");
                check_span(text, s, &w);
                let kinds = ["person", "organization", "anonymous", "pronoun", "other"];
                assert!(kinds.contains(&string(s, "type", &w)), "{w}: {s}");
                assert!(s.get("name").is_some_and(Value::is_string), "{w}: {s}");
                match &s["person"] {
                    Value::Null => {}
                    Value::Number(n) => {
                        assert!((n.as_u64().unwrap() as usize) < people.len(), "{w}: {s}")
                    }
                    other => panic!("{w}: person {other}"),
                }
            }
        }
    }
}

#[test]
fn report_json_has_the_contract_fields() {
    for (name, text) in [("short", SHORT), ("article", ARTICLE), ("unicode", UNICODE)] {
        let v = serde_json::to_value(reportage::analyze(text).report()).unwrap();
        for key in [
            "schema",
            "date",
            "paragraphs",
            "sentences",
            "entities",
            "people",
            "quotes",
        ] {
            assert!(v.get(key).is_some(), "{name}: no {key:?}");
        }
        check_contract(text, &v);
    }
}

#[test]
fn report_json_offsets_survive_wide_characters() {
    // Every sentence of the unicode text: its code-point offsets (read back the
    // way Python would) and its UTF-16 offsets (the way JavaScript would) give
    // the same text as its byte offsets.
    let v = serde_json::to_value(reportage::analyze(UNICODE).report()).unwrap();
    let sentences = array(&v, "sentences", "report");
    assert!(sentences.len() >= 3, "{sentences:?}");
    let last = sentences.last().unwrap();
    assert!(
        last["start"].as_u64() < last["byte_start"].as_u64(),
        "wide chars come before it"
    );
    assert!(
        last["start"].as_u64() < last["utf16_start"].as_u64(),
        "an emoji (two UTF-16 units) comes before it"
    );
    check_contract(UNICODE, &v);
}

/// Every entity and quote of `a`, as (text, label or kind, value or speaker,
/// rule), with byte offsets moved by `shift`.
fn layers(a: &reportage::Analysis<'_>, shift: isize) -> Vec<String> {
    let at =
        |s: reportage::Span| format!("{}..{}", s.start as isize + shift, s.end as isize + shift);
    let mut out: Vec<String> = a
        .sentences
        .iter()
        .map(|s| format!("S {}", at(s.span)))
        .collect();
    out.extend(
        a.entities
            .iter()
            .map(|e| format!("E {} {} {:?} {}", at(e.span), e.label, e.value, e.rule)),
    );
    out.extend(
        a.people
            .iter()
            .map(|p| format!("P {} {:?}", p.name, p.titles)),
    );
    out.extend(a.quotes.iter().map(|q| {
        format!(
            "Q {} {} {:?} {}",
            at(q.span),
            q.kind.as_str(),
            q.speaker.as_ref().map(|s| &s.name),
            q.rule
        )
    }));
    out
}

#[test]
fn a_given_date_is_the_marker_without_shifting_offsets() {
    let marker = "date 2025-11-20 ";
    let date: reportage::Date = "2025-11-20".parse().unwrap();
    for (name, text) in [("short", SHORT), ("article", ARTICLE), ("unicode", UNICODE)] {
        // The body of each text without its own marker, if any.
        let body = match reportage::analyze(text).date_marker {
            Some(m) => text[m.end..].trim_start(),
            None => text,
        };
        let with_marker = format!("{marker}{body}");
        let marked = reportage::analyze(&with_marker);
        let given = reportage::analyze_dated(body, Some(date));
        assert_eq!(given.date, Some(date), "{name}");
        assert_eq!(given.date_marker, None, "{name}");
        assert_eq!(
            layers(&given, 0),
            layers(&marked, -(marker.len() as isize)),
            "{name}: a given date and the marker give the same layers"
        );
        check_analysis(body, &given).unwrap_or_else(|e| panic!("{name}: {e}"));
    }
}

#[test]
fn a_given_date_wins_over_the_marker_which_stays_out_of_the_layers() {
    let text = "date 2025-11-20 Talks resumed on Monday, officials said.";
    let given: reportage::Date = "2024-02-29".parse().unwrap();
    let a = reportage::analyze_dated(text, Some(given));
    assert_eq!(a.date, Some(given));
    assert_eq!(a.date_marker.map(|m| a.slice(m)), Some("date 2025-11-20"));
    assert_eq!(
        a.slice(a.sentences[0].span),
        "Talks resumed on Monday, officials said."
    );
    let monday = a
        .entities
        .iter()
        .find(|e| a.slice(e.span) == "Monday")
        .unwrap();
    // 2024-02-29 was a Thursday: the Monday before it.
    assert_eq!(monday.value.as_deref(), Some("2024-02-26"));
    check_analysis(text, &a).unwrap();
    assert_eq!(
        a.report().date.map(|d| d.to_string()).as_deref(),
        Some("2024-02-29")
    );
}

#[test]
fn no_given_date_is_analyze() {
    let ex = Extractor::new();
    for text in [SHORT, ARTICLE, UNICODE, "No marker on Monday.", ""] {
        assert_eq!(
            ex.analyze_dated(text, None).report(),
            ex.analyze(text).report()
        );
        assert_eq!(
            reportage::analyze_dated(text, None).report(),
            reportage::analyze(text).report()
        );
    }
}

#[test]
fn only_the_lower_case_marker_is_a_date_line() {
    let text = "DATE 2024-05-01 LAGOS: Markets fell on Tuesday.";
    let a = reportage::analyze(text);
    assert_eq!(a.date, None);
    assert_eq!(a.date_marker, None);
    assert!(a.slice(a.sentences[0].span).starts_with("DATE 2024-05-01"));
    let a = reportage::analyze_dated(text, "2024-05-03".parse().ok());
    let tuesday = a
        .entities
        .iter()
        .find(|e| a.slice(e.span) == "Tuesday")
        .unwrap();
    assert_eq!(tuesday.value.as_deref(), Some("2024-04-30"));
}
