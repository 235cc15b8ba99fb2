//! The JSON reads back into `Report`: typed labels, kinds and genders, the
//! same value after a round trip, and a line of `--jsonl` (with its `"id"`)
//! too.
//!
//! The first tests serialise with the library (`serde_json::to_string(&report)`);
//! the last ones read the `reportage` command's own `--json` and `--jsonl`
//! output back.

use crate::api::UNICODE;
use crate::properties::{ARTICLE, SHORT};
use reportage::{Gender, Label, QuoteKind, Report, SpeakerKind};
use serde_json::Value;

fn texts() -> [(&'static str, &'static str); 5] {
    [
        ("short", SHORT),
        ("article", ARTICLE),
        ("unicode", UNICODE),
        ("storm-live", include_str!("golden/storm-live.txt")),
        ("empty", ""),
    ]
}

#[test]
fn a_report_reads_back_from_its_json() {
    for (name, text) in texts() {
        let report = reportage::analyze(text).report();
        let json = serde_json::to_string(&report).unwrap();
        let back: Report = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(back, report, "{name}");
        // And writes the same JSON again.
        assert_eq!(serde_json::to_string(&back).unwrap(), json, "{name}");
        // Pretty-printed too (the summary's --json).
        let pretty = serde_json::to_string_pretty(&report).unwrap();
        assert_eq!(serde_json::from_str::<Report>(&pretty).unwrap(), report);
    }
}

#[test]
fn a_jsonl_line_with_an_id_reads_back() {
    let report = reportage::analyze(ARTICLE).report();
    let mut line = String::from(r#"{"id":"doc-41","#);
    line.push_str(&serde_json::to_string(&report).unwrap()[1..]);
    let back: Report = serde_json::from_str(&line).unwrap();
    assert_eq!(back, report);
}

#[test]
fn the_read_back_is_typed() {
    let text = "date 2025-11-20 Mayor Ana Ruiz said on Thursday that the bridge would \
                reopen. \"It is safe,\" she told the Harbour Authority.";
    let json = serde_json::to_string(&reportage::analyze(text).report()).unwrap();
    let r: Report = serde_json::from_str(&json).unwrap();
    assert_eq!(r.date, reportage::Date::new(2025, 11, 20));
    let ruiz = &r.people[0];
    assert_eq!(ruiz.name, "Ana Ruiz");
    assert_eq!(ruiz.gender, Some(Gender::Female));
    let thursday = r
        .entities
        .iter()
        .find(|e| e.span.text == "Thursday")
        .unwrap();
    assert_eq!(thursday.label, Label::Date);
    assert_eq!(thursday.value.as_deref(), Some("2025-11-20"));
    assert_eq!(&*thursday.rule, "date/weekday");
    assert!(reportage::rule::rules().any(|r| r.rule.id() == thursday.rule));
    let kinds: Vec<QuoteKind> = r.quotes.iter().map(|q| q.kind).collect();
    assert_eq!(kinds, [QuoteKind::Indirect, QuoteKind::Direct]);
    let speaker = r.quotes[1].speaker.as_ref().unwrap();
    assert_eq!(speaker.kind, SpeakerKind::Person);
    assert_eq!(speaker.person, Some(0));
    assert_eq!(speaker.span.text, "she");
}

#[test]
fn the_json_keeps_the_contract_names() {
    let text = "date 2025-11-20 \"We are ready,\" said Mayor Ana Ruiz.";
    let v = serde_json::to_value(reportage::analyze(text).report()).unwrap();
    let keys = |v: &Value| -> Vec<String> { v.as_object().unwrap().keys().cloned().collect() };
    // serde_json's map is sorted (no preserve_order feature).
    assert_eq!(
        keys(&v),
        [
            "date",
            "entities",
            "paragraphs",
            "people",
            "quotes",
            "schema",
            "sentences"
        ]
    );
    assert_eq!(
        keys(&v["sentences"][0]),
        [
            "byte_end",
            "byte_start",
            "end",
            "start",
            "text",
            "utf16_end",
            "utf16_start"
        ]
    );
    let q = &v["quotes"][0];
    assert_eq!(q["kind"], "direct");
    assert_eq!(q["speaker"]["type"], "person");
    assert_eq!(v["people"][0]["gender"], "female");
    assert_eq!(v["entities"][0]["label"], "PERSON");
    // Written in this order, the contract's.
    let json = serde_json::to_string(&reportage::analyze(text).report()).unwrap();
    let at = |k: &str| json.find(&format!("\"{k}\":")).unwrap();
    assert!(at("schema") < at("date") && at("date") < at("paragraphs"));
    assert!(at("byte_end") < at("utf16_start") && at("utf16_end") < at("text"));
}

#[test]
fn unknown_values_do_not_read_back() {
    let report = reportage::analyze(ARTICLE).report();
    let good = serde_json::to_value(&report).unwrap();
    type Break = fn(&mut Value);
    let breaks: [(&str, Break); 4] = [
        ("label", |v| v["entities"][0]["label"] = "gpe".into()),
        ("quote kind", |v| v["quotes"][0]["kind"] = "Direct".into()),
        ("date", |v| v["date"] = "2025-02-30".into()),
        ("gender", |v| v["people"][0]["gender"] = "unknown".into()),
    ];
    for (what, f) in breaks {
        let mut v = good.clone();
        f(&mut v);
        assert!(
            serde_json::from_value::<Report>(v).is_err(),
            "a bad {what} was accepted"
        );
    }
}

/// Run the `reportage` command on `stdin` with `args`; its standard output.
fn command(args: &[&str], stdin: &str) -> String {
    let out = crate::cli::run(args, stdin.as_bytes());
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

#[test]
fn the_commands_json_reads_back_into_report() {
    for (name, text) in texts() {
        let out = command(&["--json", "-"], text);
        let back: Report =
            serde_json::from_str(out.trim_end()).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(back, reportage::analyze(text).report(), "{name}");
    }
}

#[test]
fn the_commands_jsonl_reads_back_with_dates() {
    let docs = [
        ("a", ARTICLE, None),
        (
            "b",
            "Talks end on Friday, officials said.",
            Some("2025-11-20"),
        ),
        ("c", UNICODE, None),
    ];
    let mut input = String::new();
    for (id, text, date) in docs {
        let mut line = serde_json::json!({"id": id, "text": text});
        if let Some(d) = date {
            line["date"] = d.into();
        }
        input.push_str(&line.to_string());
        input.push('\n');
    }
    let out = command(&["--jsonl", "--jobs", "2"], &input);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), docs.len());
    for ((id, text, date), line) in docs.iter().zip(lines) {
        let v: Value = serde_json::from_str(line).unwrap();
        assert_eq!(v["id"], *id);
        let back: Report = serde_json::from_str(line).unwrap();
        let date = date.map(|d| d.parse().unwrap());
        assert_eq!(back, reportage::analyze_dated(text, date).report(), "{id}");
    }
}
