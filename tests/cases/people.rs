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

// ---- the people suite ---------------------------------------------------
//
// Self-written articles, each with the people a careful reader would list:
// name, titles, and how many times the article names them. They cover the
// titles after and before names and names in other shapes (issue item 1),
// surnames that are words (2), linking (3) and names that are not people
// (4). `people_suite` scores the whole table (precision and recall of
// people, title accuracy) and prints what fails: run it with
// `cargo test --test lib people_suite -- --nocapture`.

struct Expect {
    name: &'static str,
    titles: &'static [&'static str],
    mentions: usize,
}

struct Article {
    name: &'static str,
    text: &'static str,
    people: &'static [Expect],
}

const fn p(name: &'static str, titles: &'static [&'static str], mentions: usize) -> Expect {
    Expect {
        name,
        titles,
        mentions,
    }
}

const SUITE: &[Article] = &[
    // 1. Titles after the name.
    Article {
        name: "the mayor of a city after the name",
        text: "Ana Ruiz, the mayor of Portsmouth, said the barrier would be finished by spring. \
               Ruiz added that the cost had not changed.",
        people: &[p("Ana Ruiz", &["mayor of Portsmouth"], 2)],
    },
    Article {
        name: "a president of an organisation after the name",
        text: "Tomas Brandt, president of the Farm Bureau, warned that prices would climb. \
               Brandt spoke at a meeting in Ames.",
        people: &[p("Tomas Brandt", &["president of the Farm Bureau"], 2)],
    },
    Article {
        name: "an age, then a job at a school",
        text: "Carla Mendes, 54, a teacher at Hill School, said classes would resume on Monday.",
        people: &[p("Carla Mendes", &["teacher at Hill School"], 1)],
    },
    Article {
        name: "an owner's title before the name, set off by commas",
        text: "The bank's chief economist, Nadia Farrow, said rates would stay where they are. \
               Farrow expects inflation to ease.",
        people: &[p("Nadia Farrow", &["chief economist"], 2)],
    },
    Article {
        name: "a relative clause that gives the office",
        text: "Graham Pettit, who heads the agency, said the review would take a year.",
        people: &[p("Graham Pettit", &["head of the agency"], 1)],
    },
    Article {
        name: "a relative clause with leads",
        text: "Marta Quinlan, who leads the nurses' union, called the offer an insult. \
               Quinlan said members would vote next week.",
        people: &[p("Marta Quinlan", &["leader of the nurses' union"], 2)],
    },
    Article {
        name: "the office of a company after the name",
        text: "Derek Olsen, chief executive of Brightwater Holdings, said sales rose. \
               Olsen did not give figures.",
        people: &[p(
            "Derek Olsen",
            &["chief executive of Brightwater Holdings"],
            2,
        )],
    },
    Article {
        name: "a long title before the name stays whole",
        text: "Deputy Director of Public Works Eva Persson said the bridge would reopen. \
               Persson gave no date.",
        people: &[p("Eva Persson", &["Deputy Director of Public Works"], 2)],
    },
    Article {
        name: "a nationality before the name is not part of it",
        text: "American Kevin Pratt won the stage in a sprint. Pratt now leads by four seconds.",
        people: &[p("Kevin Pratt", &[], 2)],
    },
    Article {
        name: "a descriptor before the name keeps the name whole",
        text: "The round was led by venture investor Leon Cole. Cole said the firm was cheap.",
        people: &[p("Leon Cole", &["venture investor"], 2)],
    },
    Article {
        name: "a job word at the start of a sentence",
        text: "Employee Sam Ortiz said the plant was closed without notice. \
               Ortiz had worked there for nine years.",
        people: &[p("Sam Ortiz", &["Employee"], 2)],
    },
    Article {
        name: "a sports position before the name",
        text: "Defenseman Erik Lund scored the winner in overtime. Lund also had an assist.",
        people: &[p("Erik Lund", &["Defenseman"], 2)],
    },
    Article {
        name: "position abbreviations in a roster note",
        text: "The team placed DL Marcus Hale on injured reserve and signed F Jonas Berg \
               to a one-year deal.",
        people: &[p("Marcus Hale", &["DL"], 1), p("Jonas Berg", &["F"], 1)],
    },
    Article {
        name: "a Chinese name, surname first",
        text: "Chinese Foreign Minister Wang Yi met his Russian counterpart on Tuesday. \
               Wang said the two sides agreed on trade.",
        people: &[p("Wang Yi", &["Foreign Minister"], 2)],
    },
    Article {
        name: "a Chinese name after a comma and a title",
        text: "Liu Wei, a lawyer in Shanghai, said the ruling was unusual. Liu expects an appeal.",
        people: &[p("Liu Wei", &["lawyer in Shanghai"], 2)],
    },
    Article {
        name: "a nickname in quotation marks inside the name",
        text: "Robert \"Bobby\" Tran opened the restaurant in 1998. Tran still cooks every night.",
        people: &[p("Robert \"Bobby\" Tran", &[], 2)],
    },
    Article {
        name: "a mononym after a title",
        text: "The concert was headlined by singer Velora. Velora said she would tour in spring.",
        people: &[p("Velora", &["singer"], 2)],
    },
    // 2. Surnames that are words.
    Article {
        name: "King after a given name",
        text: "Marcus King scored twice in the second half. King said the team had earned it.",
        people: &[p("Marcus King", &[], 2)],
    },
    Article {
        name: "Love after a given name",
        text:
            "The study was led by Alice Love of Leeds University. Love said the results were clear.",
        people: &[p("Alice Love", &[], 2)],
    },
    Article {
        name: "Price after a given name, with a title after it",
        text: "Nora Price, the chief executive, said the company would hire. Price gave no number.",
        people: &[p("Nora Price", &["chief executive"], 2)],
    },
    Article {
        name: "Young after a given name",
        text: "Steven Young, a farmer near Ames, lost half his crop. Young said he would replant.",
        people: &[p("Steven Young", &["farmer"], 2)],
    },
    Article {
        name: "Bishop after a given name",
        text: "Rachel Bishop won the seat by 200 votes. Bishop thanked her volunteers.",
        people: &[p("Rachel Bishop", &[], 2)],
    },
    Article {
        name: "Doctor after a given name",
        text: "Jamal Doctor was named coach on Friday. Doctor played for the club for ten years.",
        people: &[p("Jamal Doctor", &[], 2)],
    },
    Article {
        name: "He as a surname after a title",
        text: "Vice Premier He Lifeng will lead the delegation to Geneva, officials said.",
        people: &[p("He Lifeng", &["Vice Premier"], 1)],
    },
    // 3. Linking.
    Article {
        name: "spelling variants of one surname link",
        text: "Volodymyr Zelenskiy spoke to reporters in Kyiv. Zelensky said talks would go on. \
               Later Zelenskyy met the envoy.",
        people: &[p("Volodymyr Zelenskiy", &[], 3)],
    },
    Article {
        name: "a compound surname links to the full name",
        text: "Maria Garcia Lopez chairs the committee. Garcia Lopez said the vote would be close.",
        people: &[p("Maria Garcia Lopez", &[], 2)],
    },
    Article {
        name: "either part of a compound surname links when used alone",
        text: "Helen Ward Price runs the shelter. Ward Price said demand had doubled. \
               Price expects a hard winter.",
        people: &[p("Helen Ward Price", &[], 3)],
    },
    Article {
        name: "a titled surname does not merge into another given name",
        text: "Vice President Ellen Stone visited the plant. Her nephew Hunter Stone works there. \
               Vice President Stone praised the workers.",
        people: &[
            p("Ellen Stone", &["Vice President"], 2),
            p("Hunter Stone", &[], 1),
        ],
    },
    Article {
        name: "two people who share a surname stay two",
        text: "Pablo Ruiz and his sister Lucia Ruiz run the bakery. Lucia Ruiz said flour \
               prices had doubled.",
        people: &[p("Pablo Ruiz", &[], 1), p("Lucia Ruiz", &[], 2)],
    },
    Article {
        name: "a bare surname goes to the person mentioned last",
        text: "Senator Dana Holt opened the hearing. Holt asked the first question. \
               Senator Holt closed it at noon.",
        people: &[p("Dana Holt", &["Senator"], 3)],
    },
    Article {
        name: "a form of address links the surname",
        text: "Oliver Grange bought the mill in 2019. Mr. Grange said he would keep the staff.",
        people: &[p("Oliver Grange", &[], 2)],
    },
    // 4. Not people.
    Article {
        name: "football clubs are not people",
        text: "Manchester United beat Everton 2-1 on Saturday. Everton manager Sean Dyche \
               said his side deserved a point.",
        people: &[p("Sean Dyche", &["manager"], 1)],
    },
    Article {
        name: "a club named in a transfer is not a person",
        text: "Striker Tomas Varga signed for Hartwell Rovers on Monday. Varga scored 14 goals \
               last season.",
        people: &[p("Tomas Varga", &["Striker"], 2)],
    },
    Article {
        name: "companies found by their context",
        text: "Analysts at Harlow Dynamics expect a cut. Morgan Pratt Securities said in a note \
               that rates would fall. Shares of Calder Beck rose 4%.",
        people: &[],
    },
    Article {
        name: "a company's one-word name learnt from a statement",
        text: "Veltrix said in a statement that it would close two plants. Veltrix employs \
               3,000 people. Veltrix's shares fell 6%.",
        people: &[],
    },
    Article {
        name: "a spacecraft in quotation marks is not a person",
        text: "The spacecraft \"Silver Falcon\" docked with the station on Friday, said \
               mission manager Ruth Abara.",
        people: &[p("Ruth Abara", &["mission manager"], 1)],
    },
    Article {
        name: "buildings and places named like people",
        text: "Protesters gathered at the Ohio Statehouse and marched to Maple Heights. \
               Several were treated at Grace Whitman Hospital.",
        people: &[],
    },
    Article {
        name: "a stadium named after a person",
        text: "The final will be played at Walter Hale Stadium, said organiser Jen Moss.",
        people: &[p("Jen Moss", &["organiser"], 1)],
    },
    Article {
        name: "titles of works are not people",
        text: "Her song \"Summer Rain\" topped the chart. The film Morning Bell opens Friday, \
               and the novel \"Grace Under Water\" is out in May.",
        people: &[],
    },
    Article {
        name: "a newspaper's short name is not a person",
        text: "The Sentinel reported on Sunday that the mayor would resign. The Sentinel \
               cited two aides.",
        people: &[],
    },
    Article {
        name: "a ticker is not a person",
        text: "Brightwater Holdings (NASDAQ: BRWH) said revenue rose. BRWH shares gained 3%.",
        people: &[],
    },
    // Articles with several people.
    Article {
        name: "a council story",
        text: "Council leader Sarah Okafor said the budget was balanced. Opposition councillor \
               James Whitcombe, who chairs the audit committee, disagreed. \"The numbers do not \
               add up,\" Whitcombe said. Okafor replied that the auditors had signed off.",
        people: &[
            p("Sarah Okafor", &["Council leader"], 2),
            p(
                "James Whitcombe",
                &["Opposition councillor", "chair of the audit committee"],
                2,
            ),
        ],
    },
    Article {
        name: "a court story",
        text: "Judge Miriam Hale ruled on Tuesday that the contract was void. Lawyers for \
               Peter Quist, the former finance director, said they would appeal. \
               Quist was not in court. Hale gave the parties 30 days.",
        people: &[
            p("Miriam Hale", &["Judge"], 2),
            p("Peter Quist", &["former finance director"], 2),
        ],
    },
    Article {
        name: "a market story",
        text: "Stocks fell on Monday. \"Investors are nervous,\" said Lena Park, a strategist \
               at Norwell Bank. Park expects more losses. Her colleague Tim Osei agreed.",
        people: &[
            p("Lena Park", &["strategist at Norwell Bank"], 2),
            p("Tim Osei", &[], 1),
        ],
    },
    Article {
        name: "a sports report",
        text: "Hartwell Rovers beat Dunmore Athletic 3-1 on Saturday. Rovers coach Dan Ebbs \
               praised striker Kofi Mensah, who scored twice. Mensah has 11 goals this season.",
        people: &[
            p("Dan Ebbs", &["Rovers coach"], 1),
            p("Kofi Mensah", &["striker"], 2),
        ],
    },
    // people2 session: names guessed from their shape, articles, family
    // names that are function words.
    Article {
        name: "a surname alone after a name guessed from its shape",
        text: "Tamsin Okonkwo-Reyes lost in the first round. Okonkwo-Reyes blamed the wind.",
        people: &[p("Tamsin Okonkwo-Reyes", &[], 2)],
    },
    Article {
        name: "a surname guessed from its shape, alone after its full name",
        text: "Jurgis Valancius shot a 65 to lead by two. \"I putted well,\" said \
               Valancius. Valancius has never won on the tour.",
        people: &[p("Jurgis Valancius", &[], 3)],
    },
    Article {
        name: "a surname of the article then a noun is the person alone",
        text: "The show features work by Andy Warhol. The Warhol prints were lent by a \
               collector, and Warhol Screenprints fill the second room.",
        people: &[p("Andy Warhol", &[], 3)],
    },
    Article {
        name: "a name after the article is a band, a place or a thing",
        text: "Fans queued for the Crimson Harbours, who played the Marlow Arms on \
               Friday. The Velvet Sparrows opened, said organiser Ines Kahle.",
        people: &[p("Ines Kahle", &["organiser"], 1)],
    },
    Article {
        name: "a sure given name before a noun after the article is a person",
        text: "Police reopened the Laura Benning case on Monday.",
        people: &[p("Laura Benning", &[], 1)],
    },
    Article {
        name: "a family name that is a function word",
        text: "The seat was won by Albert To of the Civic Party. Councillor Wilson Or \
               lost by 300 votes, and the columnist Hugh Will wrote that Denise Such \
               had the best campaign.",
        people: &[
            p("Albert To", &[], 1),
            p("Wilson Or", &["Councillor"], 1),
            p("Hugh Will", &["columnist"], 1),
            p("Denise Such", &[], 1),
        ],
    },
    Article {
        name: "names in one list with people are people",
        text: "The squad is as follows: Tomasz Brel, Okafor-Lund, Varnava, Sileski and \
               Quenby. Separately, Varnava said he was fit.",
        people: &[
            p("Tomasz Brel", &[], 1),
            p("Okafor-Lund", &[], 1),
            p("Varnava", &[], 2),
            p("Sileski", &[], 1),
            p("Quenby", &[], 1),
        ],
    },
    Article {
        name: "a comma alone after a place is no list",
        text: "He trained in Vardenis, Arman Petrosyan said.",
        people: &[p("Arman Petrosyan", &[], 1)],
    },
    Article {
        name: "a job word that is also a surname before a name",
        text: "Parent Irena Kowal said the buses were late again. Her daughter attends \
               Maple Grove Elementary. Kowal wants a meeting.",
        people: &[p("Irena Kowal", &["Parent"], 2)],
    },
    Article {
        name: "a retired worker in apposition",
        text: "Edwin Sharpe, 68, a retired nurse, organised the march. Sharpe spoke last.",
        people: &[p("Edwin Sharpe", &["retired nurse"], 2)],
    },
    Article {
        name: "a surname that is a country, used by a person",
        text: "The novel is by Irish author Sean Chad. \"It took ten years,\" Chad said. \
               Chad, whose first book sold poorly, now lives in Cork.",
        people: &[p("Sean Chad", &["author"], 3)],
    },
    Article {
        name: "a surname that is a country stays the country when it is one",
        text: "Analyst Ruth Jordan said exports rose. Jordan said on Monday that trade \
               with Jordan's neighbours had grown, and officials in Jordan agreed.",
        people: &[p("Ruth Jordan", &["Analyst"], 1)],
    },
    Article {
        name: "a cricket scorecard names players by surname",
        text: "Kent beat Essex by 40 runs in the county cricket match on Sunday.\n\
               Essex innings\n\
               Tom Abery c Pellack b Oduya 45\n\
               Radlett lbw b Oduya 12\n\
               Bowling: Oduya 9-1-33-2, Pellack 6-0-41-0",
        people: &[
            p("Tom Abery", &[], 1),
            p("Pellack", &[], 2),
            p("Oduya", &[], 3),
            p("Radlett", &[], 1),
        ],
    },
    Article {
        name: "a dateline place shaped like a name is no person",
        text: "WARREN HILLS, Iowa (AP) — Mayor Dana Kowal said the plant would \
               close in May.\n\nGLEN ROSS 2024-03-02\nKowal declined to give a number.",
        people: &[p("Dana Kowal", &["Mayor"], 2)],
    },
    Article {
        name: "hyphenated ranks, market jobs and rugby positions are titles",
        text: "Army spokesman Lieutenant-Colonel Ivo Brandt said the convoy had left. \
               \"Prices will hold,\" said broker Amina Qureshi. Fullback Tane Rewi scored \
               twice.",
        people: &[
            p("Ivo Brandt", &["Army spokesman", "Lieutenant-Colonel"], 1),
            p("Amina Qureshi", &["broker"], 1),
            p("Tane Rewi", &["Fullback"], 1),
        ],
    },
    Article {
        name: "a regnal number after a titled name",
        text: "The exhibition marks the reign of Queen Elizabeth I and of King Olaf II.",
        people: &[p("Elizabeth I", &["Queen"], 1), p("Olaf II", &["King"], 1)],
    },
    Article {
        name: "a relative named after the kinship word",
        text: "Senator Paul Dunmore visited his wife Ilsa in hospital on Friday.",
        people: &[p("Paul Dunmore", &["Senator"], 1), p("Ilsa", &[], 1)],
    },
    Article {
        name: "an unlisted first name alone inside a sentence",
        text: "Negotiators for Abdelaziz Boutros met on Monday. The envoy carried a \
               letter to Abdelaziz from the prime minister.",
        people: &[p("Abdelaziz Boutros", &[], 2)],
    },
    Article {
        name: "a title's complement running into an organisation's name",
        text: "A report by the director of the National Hearing Research unit found \
               that tests were free.",
        people: &[],
    },
    Article {
        name: "a surname after an age written with a hyphen",
        text: "Joaquim Ferreira-Lund was born in 1961. A 27-year-old Ferreira-Lund \
               won his first race in Lisbon.",
        people: &[p("Joaquim Ferreira-Lund", &[], 2)],
    },
    Article {
        name: "a compound surname used before the full name",
        text: "Tran Van says he will run again. Party leader Le Minh Tran Van spoke to \
               reporters on Sunday, and Tran Van repeated the pledge.",
        people: &[p("Le Minh Tran Van", &["Party leader"], 3)],
    },
    Article {
        name: "a surname with its particles, used alone",
        text: "Scrum-half Pieter van der Merwe scored twice. Van der Merwe was later \
               replaced, and the coach praised van der Merwe.",
        people: &[p("Pieter van der Merwe", &["Scrum-half"], 3)],
    },
    Article {
        name: "a headline in title case holds no guessed names",
        text: "Governor Says She Will Veto Budget Plan Unless Lawmakers Act\n\n\
               Governor Tessa Orwell said on Monday that she would veto the plan.",
        people: &[p("Tessa Orwell", &["Governor"], 1)],
    },
    Article {
        name: "a headline in title case keeps the names the article gives",
        text: "President Okoye Says He Will Sign The Water Bill And Veto Two More\n\n\
               President Daniel Okoye said on Monday that he would sign the bill.",
        people: &[p("Daniel Okoye", &["President"], 2)],
    },
];

/// Articles written after the rules above were made, and not tuned on:
/// their figures are printed apart, as an estimate of how the rules carry
/// over to text they were not fitted to.
const HELD_OUT: &[Article] = &[
    Article {
        name: "held out: a school board meeting",
        text: "Board chair Denise Okoro opened the meeting at 7 p.m. Parent Luis Arriaga, \
               whose two children attend Ridge Elementary, asked about bus routes. \
               Okoro said the district would answer in writing.",
        people: &[
            p("Denise Okoro", &["Board chair"], 2),
            p("Luis Arriaga", &["Parent"], 1),
        ],
    },
    Article {
        name: "held out: a trade minister and a company",
        text: "Trade Minister Kwame Asante met executives from Solvane Energy on Monday. \
               Solvane said in a statement that it would invest $2 billion. Asante welcomed the plan.",
        people: &[p("Kwame Asante", &["Trade Minister"], 2)],
    },
    Article {
        name: "held out: a title after the name with of and a place",
        text: "Ingrid Salo, the governor of Lapland, said snow had closed the roads. \
               Salo asked drivers to stay home.",
        people: &[p("Ingrid Salo", &["governor of Lapland"], 2)],
    },
    Article {
        name: "held out: two doctors with one surname",
        text: "Dr. Priya Nair and her husband, Dr. Arjun Nair, run the clinic. \
               Priya Nair said patients wait weeks.",
        people: &[p("Priya Nair", &["Dr."], 2), p("Arjun Nair", &["Dr."], 1)],
    },
    Article {
        name: "held out: a surname that is a word, later alone",
        text: "Harold Wise, 71, a retired pilot, found the wreck. Wise called the coast guard.",
        people: &[p("Harold Wise", &["retired pilot"], 2)],
    },
    Article {
        name: "held out: a football transfer",
        text: "Midfielder Lukas Brenner joined Stanford Athletic from Kelmore Rovers for \
               4 million pounds. Brenner signed a three-year contract.",
        people: &[p("Lukas Brenner", &["Midfielder"], 2)],
    },
    Article {
        name: "held out: a hospital named after a person",
        text: "The injured were taken to Margaret Heller Memorial Hospital, said police \
               spokesman Omar Haddad.",
        people: &[p("Omar Haddad", &["police spokesman"], 1)],
    },
    Article {
        name: "held out: a surname first and a title",
        text: "Premier Li Qiang said growth would reach 5%. Li spoke in Beijing.",
        people: &[p("Li Qiang", &["Premier"], 2)],
    },
    Article {
        name: "held out: the head of an agency in a relative clause",
        text: "Tessa Marlowe, who runs the food bank, said demand had doubled. \
               Marlowe needs more volunteers.",
        people: &[p("Tessa Marlowe", &["head of the food bank"], 2)],
    },
    Article {
        name: "held out: analysts at a firm with a person's name",
        text: "Analysts at Fenwick Hart expect the central bank to hold rates. \
               \"It is too early,\" said Maya Lind, an economist at Fenwick Hart.",
        people: &[p("Maya Lind", &["economist at Fenwick Hart"], 1)],
    },
];

/// A second held-out set, written during the people2 session (issue 10,
/// items 1–3) after its first two rules and before the others, and never
/// tuned on: its figures are reported as they come (at writing: precision
/// 82.4%, recall 93.3%, titles right 71.4%).
const HELD_OUT_2: &[Article] = &[
    Article {
        name: "held out 2: a union leader and a minister",
        text: "Union leader Grace Mbeki said the strike would go ahead on Monday. \
               Labour Minister Tom Abernathy, who met the union on Friday, called the \
               decision regrettable. Mbeki said members had voted by a wide margin.",
        people: &[
            p("Grace Mbeki", &["Union leader"], 2),
            p("Tom Abernathy", &["Labour Minister"], 1),
        ],
    },
    Article {
        name: "held out 2: a title after the name with an age",
        text: "Walter Brandt, 62, a fisherman from Husum, said the catch had halved. \
               Brandt has fished the North Sea for forty years.",
        people: &[p("Walter Brandt", &["fisherman from Husum"], 2)],
    },
    Article {
        name: "held out 2: a surname that is a word after a given name",
        text: "Nora Price, the council's finance chief, defended the budget. \
               Price said reserves would cover the gap.",
        people: &[p("Nora Price", &["finance chief"], 2)],
    },
    Article {
        name: "held out 2: two people with one surname",
        text: "Senator Ellen Marsh and her brother, Paul Marsh, own the farm. \
               Paul Marsh said the drought had cost them a harvest.",
        people: &[p("Ellen Marsh", &["Senator"], 1), p("Paul Marsh", &[], 2)],
    },
    Article {
        name: "held out 2: a family name written first",
        text: "Foreign Minister Wang Yi arrived in Jakarta on Tuesday. Wang met his \
               Indonesian counterpart for two hours.",
        people: &[p("Wang Yi", &["Foreign Minister"], 2)],
    },
    Article {
        name: "held out 2: a job word at the start of a sentence",
        text: "Nurse Hannah Oduya said the ward was full. Technician Raj Patel agreed.",
        people: &[
            p("Hannah Oduya", &["Nurse"], 1),
            p("Raj Patel", &["Technician"], 1),
        ],
    },
    Article {
        name: "held out 2: a school named after its street",
        text: "Pupils at Birch Lane Primary were sent home early, said head teacher \
               Carol Fenn. Fenn said the heating had failed.",
        people: &[p("Carol Fenn", &["head teacher"], 2)],
    },
    Article {
        name: "held out 2: a band after the article",
        text: "The crowd sang along when the Silver Lanterns played their last song, said \
               promoter Dev Anand Rao.",
        people: &[p("Dev Anand Rao", &["promoter"], 1)],
    },
    Article {
        name: "held out 2: a surname alone after a guessed full name",
        text: "Olek Wiśniewski won the stage in Nice. Wiśniewski attacked on the last \
               climb and held on.",
        people: &[p("Olek Wiśniewski", &[], 2)],
    },
    Article {
        name: "held out 2: a chief executive before the name",
        text: "The airline's chief executive, Marta Lindqvist, apologised to passengers. \
               Lindqvist said refunds would be paid within a week.",
        people: &[p("Marta Lindqvist", &["chief executive"], 2)],
    },
    Article {
        name: "held out 2: a nationality before the name",
        text: "Kenyan Faith Chebet won the 1,500 metres. Chebet ran the last lap in 58 seconds.",
        people: &[p("Faith Chebet", &[], 2)],
    },
    Article {
        name: "held out 2: a spokesperson and an agency",
        text: "\"We are reviewing the footage,\" said Lt. Ramon Ortega, a spokesman for the \
               county sheriff's office. Ortega declined to name the officers.",
        people: &[p(
            "Ramon Ortega",
            &["Lt.", "spokesman for the county sheriff's office"],
            2,
        )],
    },
];

/// Score `articles`: (expected, predicted, right, named, titled, titles
/// right), and the failures.
fn score(articles: &[Article]) -> ([usize; 6], Vec<String>) {
    let (mut expected, mut predicted, mut found, mut named) = (0usize, 0usize, 0usize, 0usize);
    let (mut titled, mut titles_right) = (0usize, 0usize);
    let mut fails = Vec::new();
    for art in articles {
        let a = reportage::analyze(art.text);
        check_people_invariants(&a);
        expected += art.people.len();
        predicted += a.people.len();
        for w in art.people {
            let Some(p) = a.people.iter().find(|p| p.name == w.name) else {
                fails.push(format!("{}: no person {:?}", art.name, w.name));
                continue;
            };
            named += 1;
            if p.mentions.len() == w.mentions {
                found += 1;
            } else {
                fails.push(format!(
                    "{}: {} has {} mentions, want {}",
                    art.name,
                    w.name,
                    p.mentions.len(),
                    w.mentions
                ));
            }
            titled += 1;
            if p.titles == w.titles {
                titles_right += 1;
            } else {
                fails.push(format!(
                    "{}: titles of {} are {:?}, want {:?}",
                    art.name, w.name, p.titles, w.titles
                ));
            }
        }
        for p in &a.people {
            if !art.people.iter().any(|w| w.name == p.name) {
                fails.push(format!("{}: {:?} is no person here", art.name, p.name));
            }
        }
    }
    (
        [expected, predicted, found, named, titled, titles_right],
        fails,
    )
}

/// Precision, recall, precision of names alone, title accuracy; printed.
fn report(what: &str, n: usize, counts: [usize; 6], fails: &[String]) -> (f64, f64, f64) {
    let [expected, predicted, found, named, titled, titles_right] = counts;
    // A person is right when the name and the number of mentions are.
    let precision = found as f64 / predicted.max(1) as f64;
    let recall = found as f64 / expected.max(1) as f64;
    let name_precision = named as f64 / predicted.max(1) as f64;
    let titles = titles_right as f64 / titled.max(1) as f64;
    println!(
        "{what}: {n} articles, {expected} people; precision {:.1}%, recall {:.1}% \
         (names alone: precision {:.1}%), titles right {:.1}%",
        100.0 * precision,
        100.0 * recall,
        100.0 * name_precision,
        100.0 * titles
    );
    for f in fails {
        println!("  still fails: {f}");
    }
    (precision, recall, titles)
}

#[test]
fn people_suite() {
    let (counts, fails) = score(SUITE);
    let (precision, recall, titles) = report("people suite", SUITE.len(), counts, &fails);
    let (counts, fails) = score(HELD_OUT);
    let held = report("held out", HELD_OUT.len(), counts, &fails);
    let (counts, fails) = score(HELD_OUT_2);
    report("held out 2", HELD_OUT_2.len(), counts, &fails);
    assert!(SUITE.len() + HELD_OUT.len() >= 40);
    // The floors are the figures reached: a change that loses people fails.
    assert!(precision >= SUITE_FLOORS.0, "precision {precision:.3}");
    assert!(recall >= SUITE_FLOORS.1, "recall {recall:.3}");
    assert!(titles >= SUITE_FLOORS.2, "titles {titles:.3}");
    assert!(
        held.0 >= HELD_OUT_FLOORS.0,
        "held-out precision {:.3}",
        held.0
    );
    assert!(held.1 >= HELD_OUT_FLOORS.1, "held-out recall {:.3}", held.1);
}

/// Precision, recall and title accuracy the held-out articles must keep.
const HELD_OUT_FLOORS: (f64, f64) = (0.9, 0.9);

/// Precision, recall and title accuracy the suite must keep.
const SUITE_FLOORS: (f64, f64, f64) = (0.97, 0.97, 0.95);
