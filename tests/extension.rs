//! Extending the extractor: `entity(Label, name)` for every label,
//! `exclude(name)`, `pattern(Label, regex)` and the given-name → gender
//! list. Each extension changes what it should and keeps every invariant.

use crate::api::UNICODE;
use crate::invariants::check_analysis;
use crate::properties::{ARTICLE, SHORT};
use reportage::{Extractor, Gender, Label, SpeakerKind};

fn found(a: &reportage::Analysis<'_>) -> Vec<(String, Label, String)> {
    a.entities
        .iter()
        .map(|e| {
            (
                a.slice(e.span).to_string(),
                e.label,
                e.rule.id().to_string(),
            )
        })
        .collect()
}

#[test]
fn entity_adds_a_name_with_any_label() {
    // Invented names, unknown to the embedded lists.
    let name = "Quillmoor Vantage";
    for &label in Label::ALL {
        let text = format!("Reporters mentioned {name} again on Tuesday.");
        let plain = reportage::analyze(&text);
        assert!(
            !found(&plain)
                .iter()
                .any(|(t, l, _)| t == name && *l == label)
                || label == Label::Person,
            "{label}: already found without the entry"
        );
        let ex = Extractor::builder().entity(label, name).build().unwrap();
        let a = ex.analyze(&text);
        let got = found(&a);
        assert!(
            got.iter().any(|(t, l, _)| t == name && *l == label),
            "{label}: {got:?}"
        );
        check_analysis(&text, &a).unwrap_or_else(|e| panic!("{label}: {e}"));
        // A PERSON entry makes a person; the others make none.
        let people: Vec<&str> = a.people.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(people.contains(&name), label == Label::Person, "{label}");
    }
}

#[test]
fn exclude_removes_a_false_positive_everywhere() {
    let text = "Council leader Sarah Okafor said the barrier would be built. \
                The Council will vote in May, she said.";
    let plain = reportage::analyze(text);
    assert!(found(&plain).iter().any(|(t, _, _)| t == "Council"));
    let ex = Extractor::builder().exclude("Council").build().unwrap();
    let a = ex.analyze(text);
    assert!(
        !found(&a).iter().any(|(t, _, _)| t == "Council"),
        "{:?}",
        found(&a)
    );
    // Everything else is as before.
    let others = |a: &reportage::Analysis<'_>| -> Vec<_> {
        found(a)
            .into_iter()
            .filter(|(t, _, _)| t != "Council")
            .collect()
    };
    assert_eq!(others(&a), others(&plain));
    assert_eq!(a.people, plain.people);
    check_analysis(text, &a).unwrap();
}

#[test]
fn an_excluded_person_is_no_person_and_no_speaker() {
    let text = "\"Sailings resume on Monday,\" Brightwater Ferries said.";
    let plain = reportage::analyze(text);
    assert_eq!(
        plain.people.len(),
        1,
        "the false positive this test is about"
    );
    assert_eq!(
        plain.quotes[0].speaker.as_ref().unwrap().kind,
        SpeakerKind::Person
    );
    // Whitespace in the excluded name is normalised.
    let ex = Extractor::builder()
        .exclude(" Brightwater \t Ferries ")
        .build()
        .unwrap();
    let a = ex.analyze(text);
    assert!(a.people.is_empty());
    assert!(a
        .entities
        .iter()
        .all(|e| a.slice(e.span) != "Brightwater Ferries"));
    let speaker = a.quotes[0].speaker.as_ref().unwrap();
    assert_eq!(speaker.person, None);
    check_analysis(text, &a).unwrap();
}

#[test]
fn patterns_merge_with_the_built_in_entities() {
    let ex = Extractor::builder()
        .pattern(Label::Org, r"\(NASDAQ: [A-Z]{2,5}\)")
        .pattern(Label::Event, r"\bBill [A-Z]-\d+\b")
        // Overlaps the built-in DATE "Monday": the pattern wins.
        .pattern(Label::Time, r"Monday morning")
        // Surrounding spaces are trimmed.
        .pattern(Label::Money, r"\s+\d+ credits\s+")
        .build()
        .unwrap();
    let text = "Kestrel (NASDAQ: KSTR) backed Bill C-27 on Monday morning, paying 40 credits to \
                lobbyists, Ana Ruiz said.";
    let a = ex.analyze(text);
    let got = found(&a);
    for (want, label) in [
        ("(NASDAQ: KSTR)", Label::Org),
        ("Bill C-27", Label::Event),
        ("Monday morning", Label::Time),
        ("40 credits", Label::Money),
    ] {
        assert!(
            got.contains(&(want.to_string(), label, "user/pattern".to_string())),
            "{want}: {got:?}"
        );
    }
    assert!(!got.iter().any(|(t, _, _)| t == "Monday"), "{got:?}");
    // The built-in entities the patterns do not touch stay.
    assert!(got
        .iter()
        .any(|(t, l, _)| t == "Ana Ruiz" && *l == Label::Person));
    check_analysis(text, &a).unwrap();
    // The same text without patterns: a built-in entity there.
    let plain = found(&reportage::analyze(text));
    assert!(
        plain
            .iter()
            .any(|(t, _, r)| t.starts_with("Monday") && r != "user/pattern"),
        "{plain:?}"
    );
}

#[test]
fn pattern_matches_stay_inside_a_paragraph_and_off_the_marker() {
    let ex = Extractor::builder()
        .pattern(Label::Event, r"alpha\s+beta")
        .pattern(Label::Date, r"date \d{4}-\d\d-\d\d")
        .pattern(Label::Org, r"(?:)") // matches only the empty string
        .build()
        .unwrap();
    let text = "date 2025-11-20 It was alpha\n\nbeta. Then alpha beta came.";
    let a = ex.analyze(text);
    let got = found(&a);
    let events: Vec<&str> = got
        .iter()
        .filter(|(_, l, _)| *l == Label::Event)
        .map(|(t, _, _)| t.as_str())
        .collect();
    assert_eq!(events, ["alpha beta"]);
    assert!(a.entities.iter().all(|e| e.span.start >= 15), "{got:?}");
    assert!(a.entities.iter().all(|e| !e.span.is_empty()));
    check_analysis(text, &a).unwrap();
}

#[test]
fn a_bad_pattern_fails_the_build_and_names_itself() {
    let err = Extractor::builder()
        .pattern(Label::Org, "Acme (Holdings")
        .build()
        .unwrap_err();
    assert!(err.to_string().contains("Acme (Holdings"), "{err}");
}

#[test]
fn the_given_name_list_can_be_changed_or_replaced() {
    let text = "Andrea Rossi said the vote was fair. Kaito Brandt agreed.";
    let genders = |ex: &Extractor| -> Vec<Option<Gender>> {
        ex.analyze(text).people.iter().map(|p| p.gender).collect()
    };
    let default = genders(&Extractor::new());
    assert_eq!(default[0], Some(Gender::Female), "the embedded list");
    // One entry over the embedded list.
    let ex = Extractor::builder()
        .given_name("Andrea", Some(Gender::Male))
        .build()
        .unwrap();
    assert_eq!(genders(&ex)[0], Some(Gender::Male));
    assert_eq!(genders(&ex)[1], default[1], "the rest of the list stays");
    // An entry that tells no gender.
    let ex = Extractor::builder()
        .given_name("Andrea", None)
        .build()
        .unwrap();
    assert_eq!(genders(&ex)[0], None);
    // A whole new list: names not in it tell nothing.
    let ex = Extractor::builder()
        .given_names([("Kaito", Some(Gender::Male))])
        .build()
        .unwrap();
    assert_eq!(genders(&ex), [None, Some(Gender::Male)]);
    // An empty list: gender by name is off, a form of address still tells.
    let ex = Extractor::builder()
        .given_names(Vec::<(String, Option<Gender>)>::new())
        .build()
        .unwrap();
    assert_eq!(genders(&ex), [None, None]);
    let a = ex.analyze("Mrs Andrea Rossi said the vote was fair.");
    assert_eq!(a.people[0].gender, Some(Gender::Female));
}

#[test]
fn entries_without_a_word_are_refused() {
    assert!(Extractor::builder()
        .entity(Label::Norp, " - ")
        .build()
        .is_err());
    assert!(Extractor::builder().exclude("  ").build().is_err());
    assert!(Extractor::builder()
        .given_name("", Some(Gender::Female))
        .build()
        .is_err());
    let err = Extractor::builder()
        .entity(Label::Event, "...")
        .build()
        .unwrap_err();
    assert!(err.to_string().contains("EVENT"), "{err}");
}

#[test]
fn every_extension_at_once_keeps_the_invariants() {
    let ex = Extractor::builder()
        .entity(Label::Fac, "Port Wexley Terminal")
        .entity(Label::Norp, "Wexleyans")
        .exclude("Council")
        .exclude("Monday")
        .pattern(Label::Money, r"\b\d+(?:\.\d+)?%")
        .pattern(Label::Event, r"(?i)\bstrike\b")
        .given_name("Marta", Some(Gender::Female))
        .build()
        .unwrap();
    for (name, text) in [("short", SHORT), ("article", ARTICLE), ("unicode", UNICODE)] {
        let a = ex.analyze(text);
        check_analysis(text, &a).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(a.entities.iter().all(|e| a.slice(e.span) != "Monday"));
    }
}
