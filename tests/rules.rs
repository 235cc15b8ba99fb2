//! The rule registry: every rule documented, every id well-formed and unique,
//! every example fires its rule, and every rule the pipeline reports is registered.

use reportage::rule::{rules, RuleInfo};
use std::collections::BTreeSet;

/// `pass/name` or `pass/group/name`: lowercase ASCII, digits, `-`, `+`, `.`.
fn well_formed(id: &str) -> bool {
    let mut parts = id.split('/');
    let pass = parts.next().unwrap_or("");
    let rest: Vec<&str> = parts.collect();
    !pass.is_empty()
        && pass.bytes().all(|b| b.is_ascii_lowercase())
        && !rest.is_empty()
        && rest.iter().all(|p| {
            !p.is_empty()
                && p.bytes().next().is_some_and(|b| b.is_ascii_alphanumeric())
                && p.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"-+.".contains(&b))
        })
}

/// The rule ids that made something in `text`.
fn fired(text: &str) -> BTreeSet<&'static str> {
    let a = reportage::analyze(text);
    a.entities
        .iter()
        .map(|e| e.rule.id())
        .chain(a.quotes.iter().map(|q| q.rule.id()))
        .collect()
}

#[test]
fn rule_ids_are_checked_for_form() {
    for good in [
        "ner/title+name",
        "quote/direct/said-after",
        "ner/date/iso",
        "ner/no.-1",
    ] {
        assert!(well_formed(good), "{good}");
    }
    for bad in [
        "",
        "ner",
        "ner/",
        "/x",
        "Ner/x",
        "ner/Title",
        "ner//x",
        "ner x/y",
        "ner/-x",
    ] {
        assert!(!well_formed(bad), "{bad:?}");
    }
}

#[test]
fn every_rule_is_documented_unique_and_well_formed() {
    let mut seen = BTreeSet::new();
    for r in rules() {
        let id = r.rule.id();
        assert!(
            well_formed(id),
            "rule id {id:?} is not of the form pass/name"
        );
        assert!(seen.insert(id), "rule id {id:?} is registered twice");
        assert!(!r.what.trim().is_empty(), "{id}: no description");
        assert!(!r.example.trim().is_empty(), "{id}: no example");
        assert_eq!(r.rule.to_string(), id);
    }
}

#[test]
fn every_rule_fires_on_its_example() {
    let missing: Vec<String> = rules()
        .filter(|r: &&RuleInfo| !fired(r.example).contains(r.rule.id()))
        .map(|r| {
            format!(
                "{}: not fired by its example {:?} (fired: {:?})",
                r.rule.id(),
                r.example,
                fired(r.example)
            )
        })
        .collect();
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

#[test]
fn every_reported_rule_is_registered() {
    let registered: BTreeSet<&str> = rules().map(|r| r.rule.id()).collect();
    let texts = [
        crate::properties::SHORT,
        crate::properties::ARTICLE,
        include_str!("golden/stadium-vote.txt"),
        include_str!("golden/court-ruling.txt"),
        include_str!("golden/storm-live.txt"),
    ];
    for text in texts {
        for id in fired(text) {
            assert!(
                registered.contains(id),
                "rule {id:?} fires but is not in rule::rules()"
            );
        }
    }
}
