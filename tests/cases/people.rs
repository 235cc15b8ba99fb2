//! Table-driven people cases.

use reportage::{Analysis, Gender, Label};

struct Want {
    name: &'static str,
    titles: &'static [&'static str],
    mentions: usize,
    gender: Option<Gender>,
}

struct Case {
    name: &'static str,
    text: &'static str,
    people: &'static [Want],
    /// Canonical names that must not be people.
    not: &'static [&'static str],
}

const CASES: &[Case] = &[
    Case {
        name: "a middle initial that is also a word stays in the name",
        text: "Judge Carla A. Benning ruled against the port.",
        people: &[Want {
            name: "Carla A. Benning",
            titles: &["Judge"],
            mentions: 1,
            gender: Some(Gender::Female),
        }],
        not: &["Carla", "A. Benning"],
    },
    Case {
        name: "a sure given name outweighs a pronoun about someone else",
        text: "Coach Tom Berg praised the striker. She scored twice in the final.",
        people: &[Want {
            name: "Tom Berg",
            titles: &["Coach"],
            mentions: 1,
            gender: Some(Gender::Male),
        }],
        not: &[],
    },
    Case {
        name: "surname and title + surname join the full name",
        text: "The talks were chaired by UN envoy Mirela Dragan. Dragan later said little. \
               Envoy Dragan left on Friday.",
        people: &[Want {
            name: "Mirela Dragan",
            titles: &["envoy"],
            mentions: 3,
            gender: None,
        }],
        not: &["Dragan", "UN"],
    },
    Case {
        name: "titles from every mention, rank kept apart",
        text: "Navy spokesman Cmdr Paul Estrada spoke first. Later the fleet commander, \
               Rear Admiral Paul Estrada, confirmed it.",
        people: &[Want {
            name: "Paul Estrada",
            titles: &["Navy spokesman", "Cmdr", "Rear Admiral"],
            mentions: 2,
            gender: Some(Gender::Male),
        }],
        not: &[],
    },
    Case {
        name: "title with a complement",
        text: "He was joined by Sgt Maj of the Marines Owen Tally and Army chief of staff Gen Ruth Calder.",
        people: &[
            Want {
                name: "Owen Tally",
                titles: &["Sgt Maj of the Marines"],
                mentions: 1,
                gender: Some(Gender::Male),
            },
            Want {
                name: "Ruth Calder",
                titles: &["Army chief of staff", "Gen"],
                mentions: 1,
                gender: Some(Gender::Female),
            },
        ],
        not: &[],
    },
    Case {
        name: "coordinated plural title gives each the singular",
        text: "Prime Minister Ana Soler met Chancellor Dirk Haas. Later Prime Ministers Soler \
               and Haas signed the pact.",
        people: &[
            Want {
                name: "Ana Soler",
                titles: &["Prime Minister"],
                mentions: 2,
                gender: Some(Gender::Female),
            },
            Want {
                name: "Dirk Haas",
                titles: &["Chancellor", "Prime Minister"],
                mentions: 2,
                gender: Some(Gender::Male),
            },
        ],
        not: &["Presidents", "Prime Ministers"],
    },
    Case {
        name: "a shared first name never merges two people",
        text: "John Adeyemi and John Okoro arrived together. Adeyemi spoke first.",
        people: &[
            Want {
                name: "John Adeyemi",
                titles: &[],
                mentions: 2,
                gender: Some(Gender::Male),
            },
            Want {
                name: "John Okoro",
                titles: &[],
                mentions: 1,
                gender: Some(Gender::Male),
            },
        ],
        not: &[],
    },
    Case {
        name: "a lone first name joins its only owner",
        text: "Maria Kowalczyk spoke first. Maria then left.",
        people: &[Want {
            name: "Maria Kowalczyk",
            titles: &[],
            mentions: 2,
            gender: Some(Gender::Female),
        }],
        not: &["Maria"],
    },
    Case {
        name: "a lone first name shared by two people joins neither",
        text: "Maria Kowalczyk met Maria Santos. Maria then left.",
        people: &[
            Want {
                name: "Maria Kowalczyk",
                titles: &[],
                mentions: 1,
                gender: Some(Gender::Female),
            },
            Want {
                name: "Maria Santos",
                titles: &[],
                mentions: 1,
                gender: Some(Gender::Female),
            },
        ],
        not: &[],
    },
    Case {
        name: "a shared surname with different given names never merges",
        text: "Dana Whitlow met her brother Rob Whitlow in Leeds. Later Whitlow left.",
        people: &[
            Want {
                name: "Dana Whitlow",
                titles: &[],
                mentions: 1,
                gender: Some(Gender::Female),
            },
            Want {
                name: "Rob Whitlow",
                titles: &[],
                mentions: 2,
                gender: Some(Gender::Male),
            },
        ],
        not: &[],
    },
    Case {
        name: "the canonical name is the fullest mention",
        text: "Mr Kessler arrived late. Aron Kessler said the delay was short.",
        people: &[Want {
            name: "Aron Kessler",
            titles: &[],
            mentions: 2,
            gender: Some(Gender::Male),
        }],
        not: &["Kessler"],
    },
    Case {
        name: "gender from a pronoun after the mention",
        text: "Kaito Brenner won the seat. She thanked her voters.",
        people: &[Want {
            name: "Kaito Brenner",
            titles: &[],
            mentions: 1,
            gender: Some(Gender::Female),
        }],
        not: &[],
    },
    Case {
        name: "possessive mention joins the person",
        text: "Inspector Lena Fromm led the raid. Fromm's team found the files.",
        people: &[Want {
            name: "Lena Fromm",
            titles: &["Inspector"],
            mentions: 2,
            gender: Some(Gender::Female),
        }],
        not: &[],
    },
    Case {
        name: "a title after the name, in apposition",
        text: "Jeff Moran, the State Department spokesman, said so. Ana Ruiz, the EU's trade chief, agreed.",
        people: &[
            Want {
                name: "Jeff Moran",
                titles: &["State Department spokesman"],
                mentions: 1,
                gender: Some(Gender::Male),
            },
            Want {
                name: "Ana Ruiz",
                titles: &["trade chief"],
                mentions: 1,
                gender: Some(Gender::Female),
            },
        ],
        not: &[],
    },
    Case {
        name: "a title before the name, set off by commas",
        text: "The bank's chief economist, Lena Ostrova, expects a cut.",
        people: &[Want {
            name: "Lena Ostrova",
            titles: &["chief economist"],
            mentions: 1,
            gender: Some(Gender::Female),
        }],
        not: &[],
    },
    Case {
        name: "an organisation named in the title is part of it",
        text: "Civil Defence Authority director Tariq al-Hamdi said rescue work went on.",
        people: &[Want {
            name: "Tariq al-Hamdi",
            titles: &["Civil Defence Authority director"],
            mentions: 1,
            gender: Some(Gender::Male),
        }],
        not: &[],
    },
];

fn check_people_invariants(a: &Analysis<'_>) {
    // Every mention of a person is a PERSON entity, and every PERSON entity
    // is a mention of exactly one person.
    let persons: Vec<_> = a
        .entities
        .iter()
        .filter(|e| e.label == Label::Person)
        .map(|e| e.span)
        .collect();
    let mut seen = Vec::new();
    for (i, p) in a.people.iter().enumerate() {
        assert_eq!(p.id, i);
        for m in &p.mentions {
            assert!(
                persons.contains(m),
                "mention {m:?} of {} is no PERSON entity",
                p.name
            );
            assert!(!seen.contains(m), "mention {m:?} in two people");
            seen.push(*m);
        }
    }
    assert_eq!(
        seen.len(),
        persons.len(),
        "a PERSON entity belongs to no person"
    );
}

#[test]
fn people_cases() {
    let mut names = std::collections::HashSet::new();
    for case in CASES {
        assert!(names.insert(case.name), "duplicate case name {}", case.name);
        let a = reportage::analyze(case.text);
        check_people_invariants(&a);
        let got: Vec<(&str, &[String], usize, Option<Gender>)> = a
            .people
            .iter()
            .map(|p| {
                (
                    p.name.as_str(),
                    p.titles.as_slice(),
                    p.mentions.len(),
                    p.gender,
                )
            })
            .collect();
        for w in case.people {
            let p = a
                .people
                .iter()
                .find(|p| p.name == w.name)
                .unwrap_or_else(|| panic!("{}: no person {:?}; got {got:?}", case.name, w.name));
            assert_eq!(p.titles, w.titles, "{}: titles of {}", case.name, w.name);
            assert_eq!(
                p.mentions.len(),
                w.mentions,
                "{}: mentions of {}: {got:?}",
                case.name,
                w.name
            );
            assert_eq!(p.gender, w.gender, "{}: gender of {}", case.name, w.name);
        }
        for bad in case.not {
            assert!(
                a.people.iter().all(|p| p.name != *bad),
                "{}: {bad:?} must not be a person; got {got:?}",
                case.name
            );
        }
    }
}

#[test]
fn people_invariants_hold_on_odd_texts() {
    for t in [
        "",
        "Mr",
        "Presidents and",
        "President Smith and President Smith. Smith! SMITH?",
        "Dr. Á. Émile Zola's zola Zola-Zola",
        "Gen Gen Gen Gen Gen Gen John Gen",
    ] {
        check_people_invariants(&reportage::analyze(t));
    }
}
