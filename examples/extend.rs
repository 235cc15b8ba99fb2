//! Extending the extractor for your own newsroom, without touching the crate.
//!
//! ```text
//! cargo run --example extend
//! ```
//!
//! A business desk tracks tickers and bills, a false positive in a
//! council report must go, a company, a festival and a venue are missing
//! from the word lists, and the desk's sources include Italian men called
//! Andrea.
//! Everything is set on the builder, compiled once, and the extractor is
//! shared by every thread.

use reportage::{Extractor, Gender, Label};

const TEXT: &str = "date 2025-06-02 Council leader Andrea Conti said on Monday that \
Kestrel Analytics (NASDAQ: KSTR) would sponsor the Saltmarsh Sessions at the Ropeworks. \
\"Bill C-27 changes nothing for us,\" Conti told reporters.";

fn main() {
    let ex = Extractor::builder()
        // Names with any label.
        .entity(Label::Event, "Saltmarsh Sessions")
        .entity(Label::Fac, "Ropeworks")
        .organization("Kestrel Analytics")
        // A false positive: "Council" in "Council leader" is no organisation here.
        .exclude("Council")
        // Patterns (the regex crate's syntax), each compiled once.
        .pattern(Label::Org, r"\((?:NASDAQ|NYSE|LSE): [A-Z]{1,5}\)")
        .pattern(Label::Event, r"\bBill [A-Z]-\d+\b")
        // The given-name → gender list: Andrea is a man's name in Italian.
        .given_name("Andrea", Some(Gender::Male))
        .build()
        .expect("every entry holds a word and every pattern compiles");

    let plain = reportage::analyze(TEXT);
    let a = ex.analyze(TEXT);
    println!("entities, built in → extended:");
    let show = |a: &reportage::Analysis<'_>| -> Vec<String> {
        a.entities
            .iter()
            .map(|e| format!("{} {} ({})", e.label, a.slice(e.span), e.rule))
            .collect()
    };
    println!("  built in: {}", show(&plain).join("; "));
    println!("  extended: {}", show(&a).join("; "));
    let people = |a: &reportage::Analysis<'_>| -> Vec<String> {
        a.people
            .iter()
            .map(|p| format!("{} ({})", p.name, p.gender.map_or("?", |g| g.as_str())))
            .collect()
    };
    println!("people, built in: {}", people(&plain).join("; "));
    println!("people, extended: {}", people(&a).join("; "));
    for q in &a.quotes {
        let who = q.speaker.as_ref().map_or("?", |s| s.name.as_str());
        println!("{} [{}]: {}", who, q.kind, a.slice(q.span));
    }

    // What changed, checked, so the example cannot silently rot.
    let has = |a: &reportage::Analysis<'_>, text: &str, label: Label| {
        a.entities
            .iter()
            .any(|e| a.slice(e.span) == text && e.label == label)
    };
    assert!(has(&plain, "Council", Label::Org) && !has(&a, "Council", Label::Org));
    assert!(!has(&plain, "Saltmarsh Sessions", Label::Event));
    assert!(has(&a, "Saltmarsh Sessions", Label::Event));
    assert!(!has(&plain, "Ropeworks", Label::Fac));
    assert!(has(&a, "Ropeworks", Label::Fac));
    assert!(has(&plain, "Kestrel Analytics", Label::Person));
    assert!(has(&a, "Kestrel Analytics", Label::Org));
    assert!(has(&a, "(NASDAQ: KSTR)", Label::Org));
    assert!(has(&a, "Bill C-27", Label::Event));
    assert_eq!(a.people[0].name, "Andrea Conti");
    assert_eq!(plain.people[0].gender, Some(Gender::Female));
    assert_eq!(a.people[0].gender, Some(Gender::Male));
}
