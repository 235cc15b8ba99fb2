//! Table-driven entities cases.

use reportage::{Analysis, Extractor, Label};

struct Case {
    name: &'static str,
    text: &'static str,
    /// (surface, label, rule or "" for any rule) that must be entities.
    want: &'static [(&'static str, Label, &'static str)],
    /// Surfaces that must not be entities.
    not: &'static [&'static str],
}

const CASES: &[Case] = &[
    Case {
        name: "gazetteer places, organisations and nationalities",
        text: "Delegates from Brazil and the EU met in Geneva, where Kenyan envoys joined them.",
        want: &[
            ("Brazil", Label::Gpe, "ner/gazetteer"),
            ("EU", Label::Org, "ner/gazetteer"),
            ("Geneva", Label::Gpe, "ner/gazetteer"),
            ("Kenyan", Label::Norp, "ner/gazetteer"),
        ],
        not: &["Delegates"],
    },
    Case {
        name: "plural nationality and continent",
        text: "Many Europeans travelled across Asia last summer.",
        want: &[
            ("Europeans", Label::Norp, "ner/gazetteer"),
            ("Asia", Label::Loc, "ner/gazetteer"),
        ],
        not: &["Many"],
    },
    Case {
        name: "title before a name stays outside the person span",
        text: "Canadian Defence Minister Lorna Achebe visited the base.",
        want: &[
            ("Lorna Achebe", Label::Person, "ner/person/title"),
            ("Canadian", Label::Norp, "ner/gazetteer"),
        ],
        not: &["Defence Minister Lorna Achebe", "Minister Lorna Achebe"],
    },
    Case {
        name: "country abbreviation inside a title is a place",
        text: "The inspection was led by US Navy Secretary Dana Whitlow on Monday.",
        want: &[
            ("Dana Whitlow", Label::Person, "ner/person/title"),
            ("US", Label::Gpe, "ner/gazetteer"),
        ],
        not: &["US Navy Secretary Dana Whitlow"],
    },
    Case {
        name: "rank abbreviation before a name",
        text: "The convoy was met by Lt. Gen. Arkady Smolin near the border.",
        want: &[("Arkady Smolin", Label::Person, "ner/person/title")],
        not: &["Gen. Arkady Smolin"],
    },
    Case {
        name: "lower-case office before a name",
        text: "The statement came from spokeswoman Ingrid Falk late in the day.",
        want: &[("Ingrid Falk", Label::Person, "ner/person/title")],
        not: &[],
    },
    Case {
        name: "an organisation inside a title keeps its label",
        text: "Foreign Ministry spokesman Ivo Petrov declined to comment.",
        want: &[
            ("Foreign Ministry", Label::Org, "ner/org/head-word"),
            ("Ivo Petrov", Label::Person, "ner/person/title"),
        ],
        not: &["Foreign Ministry spokesman Ivo Petrov"],
    },
    Case {
        name: "particle joined to a name by a hyphen",
        text: "The court summoned Karim al-Rashid on Monday.",
        want: &[("Karim al-Rashid", Label::Person, "")],
        not: &["Karim"],
    },
    Case {
        name: "possessive is outside the entity",
        text: "Inspector Harlan Voss's report was leaked to reporters.",
        want: &[("Harlan Voss", Label::Person, "")],
        not: &["Harlan Voss's"],
    },
    Case {
        name: "coordinated names share a plural title",
        text: "Presidents Moreau and Kagame spoke by phone.",
        want: &[
            ("Moreau", Label::Person, "ner/person/title"),
            ("Kagame", Label::Person, "ner/person/coordinated-title"),
        ],
        not: &["Presidents"],
    },
    Case {
        name: "acronym defined in brackets keeps its label",
        text: "The Baltic Fisheries Council (BFC) met on Monday. Later the BFC issued a ruling.",
        want: &[
            ("Baltic Fisheries Council", Label::Org, "ner/org/head-word"),
            ("BFC", Label::Org, "ner/doc/acronym"),
        ],
        not: &[],
    },
    Case {
        name: "surname alone after the full name",
        text: "Tomasz Wrobel won the vote. Afterwards Wrobel thanked his staff.",
        want: &[
            ("Tomasz Wrobel", Label::Person, "ner/person/given-name"),
            ("Wrobel", Label::Person, "ner/doc/surname"),
        ],
        not: &[],
    },
    Case {
        name: "headline in capitals takes the label of the body",
        text: "SAILING - ORVALD WINS AGAIN\nPetra Orvald won the race near Bergen on Sunday.",
        want: &[
            ("ORVALD", Label::Person, "ner/doc/surname"),
            ("Petra Orvald", Label::Person, ""),
        ],
        not: &["SAILING", "WINS"],
    },
    Case {
        name: "place name in capitals in a headline",
        text: "FLOODS HIT NEW ZEALAND AGAIN\nRain fell for a week.",
        want: &[("NEW ZEALAND", Label::Gpe, "ner/gazetteer")],
        not: &["FLOODS", "AGAIN"],
    },
    Case {
        name: "particles inside names",
        text: "The court heard Ahmed bin Salim and later Ludo van der Berg.",
        want: &[
            ("Ahmed bin Salim", Label::Person, ""),
            ("Ludo van der Berg", Label::Person, ""),
        ],
        not: &[],
    },
    Case {
        name: "hyphens and diacritics inside names",
        text: "The award went to Marie-Hélène Dufresne this year.",
        want: &[("Marie-Hélène Dufresne", Label::Person, "")],
        not: &[],
    },
    Case {
        name: "initials inside names",
        text: "The book was written by George K. Mallory in Oxford.",
        want: &[("George K. Mallory", Label::Person, "ner/person/given-name")],
        not: &[],
    },
    Case {
        name: "legal suffix makes an organisation",
        text: "Shares in Calderon Mining plc fell sharply.",
        want: &[("Calderon Mining plc", Label::Org, "ner/org/legal-suffix")],
        not: &[],
    },
    Case {
        name: "a company named without its legal suffix",
        text: "Shares in Tarvel Holdings plc fell. Later Tarvel said profits would recover.",
        want: &[
            ("Tarvel Holdings plc", Label::Org, "ner/org/legal-suffix"),
            ("Tarvel", Label::Org, "ner/doc/same-name"),
        ],
        not: &[],
    },
    Case {
        name: "a capitalised function word inside a sentence opens a name",
        text: "Economists at First Harbor Bank expect a cut.",
        want: &[("First Harbor Bank", Label::Org, "ner/org/head-word")],
        not: &["Harbor Bank"],
    },
    Case {
        name: "firm names with an ampersand and a dotted suffix",
        text: "The deal was advised by Harlow & Finch and by Norvale Corp. last week.",
        want: &[
            ("Harlow & Finch", Label::Org, "ner/org/ampersand"),
            ("Norvale Corp.", Label::Org, "ner/org/legal-suffix"),
        ],
        not: &[],
    },
    Case {
        name: "an unknown word before a company office is the company",
        text: "Shares fell after Volvex spokesman Ian Ross spoke. Later Volvex said sales would recover.",
        want: &[
            ("Volvex", Label::Org, "ner/org/before-office"),
            ("Ian Ross", Label::Person, "ner/person/title"),
        ],
        not: &["Volvex spokesman Ian Ross"],
    },
    Case {
        name: "adjectives made from names are not names",
        text: "The Oslo-based group and the Zurich-born banker met.",
        want: &[],
        not: &["Oslo-based", "Zurich-born"],
    },
    Case {
        name: "head word before of makes an organisation",
        text: "Staff at the Institute of Coastal Studies went on strike.",
        want: &[(
            "Institute of Coastal Studies",
            Label::Org,
            "ner/org/head-word",
        )],
        not: &[],
    },
    Case {
        name: "event, facility and geographic head words",
        text: "After the Harbour Rowing Championship, crews left Pellow Stadium for the Orvin River.",
        want: &[
            ("Harbour Rowing Championship", Label::Event, "ner/event/head-word"),
            ("Pellow Stadium", Label::Fac, "ner/fac/head-word"),
            ("Orvin River", Label::Loc, "ner/loc/head-word"),
        ],
        not: &[],
    },
    Case {
        name: "a place used as a team in a sports report",
        text: "Hampshire beat Kent by six wickets in the match. Kent 140 and 201, Hampshire 312.\nThe innings was short.",
        want: &[
            ("Hampshire", Label::Org, "ner/doc/team"),
            ("Kent", Label::Org, "ner/doc/team"),
        ],
        not: &[],
    },
    Case {
        name: "names on the results lines of a sports report are teams, whatever the words",
        text: "SOCCER - NORTHERN LEAGUE RESULTS .\nResults of northern league soccer matches on Saturday :\nDunmore 2 Kestle Vale 1\nPrice 0 Tarrow 0\nPostponed : Orbury v Wexley\nStandings :\nHadley 3 2 1 0 6 2 7",
        want: &[
            ("Dunmore", Label::Org, "ner/doc/team"),
            ("Kestle Vale", Label::Org, "ner/doc/team"),
            ("Price", Label::Org, "ner/doc/team"),
            ("Tarrow", Label::Org, "ner/doc/team"),
            ("Orbury", Label::Org, "ner/doc/team"),
            ("Wexley", Label::Org, "ner/doc/team"),
            ("Hadley", Label::Org, "ner/doc/team"),
        ],
        not: &[],
    },
    Case {
        name: "a golfer's scores are no standings row",
        text: "GOLF - OPEN SCORES .\nLeading scores in the golf tournament on Friday :\nEllis Varner 68 70 71 209\nBram Oster 70 70 70 210",
        want: &[
            ("Ellis Varner", Label::Person, ""),
            ("Bram Oster", Label::Person, ""),
        ],
        not: &[],
    },
    Case {
        name: "a rider's team after the country in a results list",
        text: "CYCLING - TOUR STAGE .\nResults of the cycling stage on Sunday :\n1. Pavel Rusko ( Russia ) Voltrex 4 hours 12 mins\n2. Ian Dale ( Britain ) Corvana same time",
        want: &[
            ("Pavel Rusko", Label::Person, ""),
            ("Voltrex", Label::Org, "ner/doc/team"),
            ("Corvana", Label::Org, "ner/doc/team"),
            ("Russia", Label::Gpe, "ner/gazetteer"),
        ],
        not: &[],
    },
    Case {
        name: "a club named by its town in a report: possessive, plural verb, listed with a team",
        text: "Leeds 's defeat left rivals Bristol , Leicester and Cardiff level at the top of the rugby league .\nLeicester have won three games and Cardiff need one more win .",
        want: &[
            ("Leeds", Label::Org, "ner/doc/team"),
            ("Bristol", Label::Org, "ner/doc/team"),
            ("Leicester", Label::Org, "ner/doc/team"),
            ("Cardiff", Label::Org, "ner/doc/team"),
        ],
        not: &[],
    },
    Case {
        name: "a venue and a dateline stay places in a sports report",
        text: "LEEDS , England 1996-08-30\nBristol beat Leeds 3-1 in the league match in Leeds on Friday after two goals from the striker .",
        want: &[
            ("LEEDS", Label::Gpe, "ner/gazetteer"),
            ("Bristol", Label::Org, "ner/doc/team"),
            ("Leeds", Label::Gpe, "ner/gazetteer"),
        ],
        not: &[],
    },
    Case {
        name: "a newspaper named before the word newspaper, and later alone",
        text: "Britain's Morning Lark newspaper reported on Friday that the deal was off. Ian Dale told the Morning Lark he was sorry.",
        want: &[("Morning Lark", Label::Org, "ner/doc/org-context")],
        not: &[],
    },
    Case {
        name: "wire instrument codes are no organisations",
        text: "London's .FTSE index rose 1.2 percent and the .NKX fell, while gold futures GCc1 slipped. Shares in Tesco <TSCO.L> rose.",
        want: &[("London", Label::Gpe, "")],
        not: &["FTSE", "NKX", "GCc1", "TSCO", "TSCO.L"],
    },
    Case {
        name: "company head words: a firm named like a person",
        text: "Orders rose at Halvorsen Controls and Murray Cement, while Ellis Bros cut jobs.",
        want: &[
            ("Halvorsen Controls", Label::Org, "ner/org/head-word"),
            ("Murray Cement", Label::Org, "ner/org/head-word"),
            ("Ellis Bros", Label::Org, "ner/org/head-word"),
        ],
        not: &[],
    },
    Case {
        name: "the complement of an organisation named Head of X is the organisation alone",
        text: "Members of the Society of Orvandi met on Sunday. Critics of Orvandi say the group is secretive.",
        want: &[
            ("Society of Orvandi", Label::Org, "ner/org/head-word"),
            ("Orvandi", Label::Org, "ner/doc/org-context"),
        ],
        not: &[],
    },
    Case {
        name: "a name before organization or officials is an organisation throughout",
        text: "Two former members left the Kelvaro organization last year. Kelvaro denied the claims on Monday. Government officials were silent.",
        want: &[("Kelvaro", Label::Org, "ner/doc/org-context")],
        not: &["Government"],
    },
    Case {
        name: "a club's short name is a team in a sports report",
        text: "SOCCER - REAL HELD .\nReal drew 1-1 at home in the league on Sunday , and the Cardinals won in the baseball game .",
        want: &[
            ("Real", Label::Org, "ner/gazetteer"),
            ("Cardinals", Label::Org, "ner/gazetteer"),
        ],
        not: &[],
    },
    Case {
        name: "the same short names are words outside a sports report",
        text: "Real wages fell in March, and the cardinals met in Rome.",
        want: &[("Rome", Label::Gpe, "")],
        not: &["Real"],
    },
    Case {
        name: "a league in a sports report is the competition",
        text: "BASEBALL - ROUNDUP .\nThe Orioles stayed level in the American League after the baseball game on Sunday .",
        want: &[("American League", Label::Event, "ner/event/head-word")],
        not: &[],
    },
    Case {
        name: "a ship after aircraft carrier is no organisation, an airline after carrier is",
        text: "The aircraft carrier Endeavour sailed on Monday, and the carrier Qantas cut fares.",
        want: &[("Qantas", Label::Org, "ner/doc/org-context")],
        not: &["Endeavour"],
    },
    Case {
        name: "a legal suffix ends the company's name before of and its place",
        text: "The Harlan Chemical Co of the United States will invest $4 billion, and Brightwater Pharmaceuticals Inc of St. Petersburg was sold.",
        want: &[
            ("Harlan Chemical Co", Label::Org, "ner/org/legal-suffix"),
            ("Brightwater Pharmaceuticals Inc", Label::Org, "ner/org/legal-suffix"),
            ("United States", Label::Gpe, ""),
        ],
        not: &["Harlan Chemical Co of the United States"],
    },
    Case {
        name: "a country named with its administrative word stays a place in a sports report",
        text: "SOCCER - QUALIFIER .\nThe Republic of Moldova beat Malta 3-1 in the qualifier on Sunday after two goals from the striker in the league .",
        want: &[
            ("Republic of Moldova", Label::Gpe, "ner/gpe/head-word"),
            ("Malta", Label::Gpe, ""),
        ],
        not: &[],
    },
    Case {
        name: "a nationality before a listed organisation names its national branch",
        text: "Volunteers from the British Red Cross met Kenyan officials in Nairobi.",
        want: &[
            ("British Red Cross", Label::Org, "ner/org/place-name"),
            ("Kenyan", Label::Norp, ""),
        ],
        not: &["Red Cross"],
    },
    Case {
        name: "field labels in capitals and index names are no organisations",
        text: "ISSUER : Harlow County Water Authority\nCUSIP : 072261\nThe Dow Jones industrial average rose, the Nasdaq composite index fell, and Nasdaq said it would open late.",
        want: &[
            ("Harlow County Water Authority", Label::Org, ""),
            ("Nasdaq", Label::Org, "ner/gazetteer"),
        ],
        not: &["ISSUER", "CUSIP", "Dow Jones"],
    },
    Case {
        name: "a dateline names a place whatever its words",
        text: "Film wins prize .\nVALDORA , Italy 1996-08-31\nThe jury met on Saturday .\nPORT ELLEN (Reuters) - Talks resumed .",
        want: &[
            ("VALDORA", Label::Gpe, "ner/gpe/dateline"),
            ("PORT ELLEN", Label::Gpe, "ner/gpe/dateline"),
        ],
        not: &[],
    },
    Case {
        name: "a dateline with a state and a dash names a place, here and later",
        text: "KELVANO, Ore. — The council met on Monday.\nMARTIN BRAE — Crews worked all night.\nResidents of Kelvano were told to boil water.",
        want: &[
            ("KELVANO", Label::Gpe, "ner/gpe/dateline"),
            ("MARTIN BRAE", Label::Gpe, "ner/gpe/dateline"),
            ("Kelvano", Label::Gpe, "ner/doc/same-name"),
        ],
        not: &[],
    },
    Case {
        name: "ordinary words joined by and before an organisation's head word are one name",
        text: "A spokeswoman for the Parks and Recreation Board said the pool would reopen. The Securities and Markets Authority fined the firm. The Trade and Defence Departments disagreed. Ann Kowal and Labour Party members left. She chairs the Committee on Energy, Water and Transport Affairs.",
        want: &[
            ("Parks and Recreation Board", Label::Org, "ner/org/head-word"),
            ("Securities and Markets Authority", Label::Org, "ner/org/head-word"),
            ("Ann Kowal", Label::Person, ""),
            ("Labour Party", Label::Org, ""),
        ],
        not: &[
            "Trade and Defence Departments",
            "Ann Kowal and Labour Party",
            "Water and Transport Affairs",
        ],
    },
    Case {
        name: "a centre named for its purpose is an organisation",
        text: "A study by the Center for Rural Housing found gaps. The Marlow Centre for Coastal Research disagreed. The Tollan Space Center is in Harwick. He covered Bay Street for the Ledger.",
        want: &[
            ("Center for Rural Housing", Label::Org, "ner/org/head-word"),
            ("Marlow Centre for Coastal Research", Label::Org, "ner/org/head-word"),
            ("Tollan Space Center", Label::Fac, ""),
        ],
        not: &["Bay Street for the Ledger"],
    },
    Case {
        name: "a given name, middle initials and a surname that is also a place",
        text: "Dana R. Paris said the vote was close. Omar T. J. Lima agreed.",
        want: &[
            ("Dana R. Paris", Label::Person, "ner/person/given-name"),
            ("Omar T. J. Lima", Label::Person, "ner/person/given-name"),
        ],
        not: &["Paris", "Lima"],
    },
    Case {
        name: "a name goes on through of inside the complement of its head",
        text: "The Institute for the Study of Coastal Erosion published the map. A fellow at the Centre for Control of Tidal Flooding agreed.",
        want: &[
            ("Institute for the Study of Coastal Erosion", Label::Org, "ner/org/head-word"),
            ("Centre for Control of Tidal Flooding", Label::Org, "ner/org/head-word"),
        ],
        not: &[],
    },
    Case {
        name: "a body named by its subject after on",
        text: "A fellow at the Council on Maritime Trade said so. The Senate Committee on Rural Affairs met. The Council on Monday rejected the plan.",
        want: &[
            ("Council on Maritime Trade", Label::Org, "ner/org/head-word"),
            ("Senate Committee on Rural Affairs", Label::Org, "ner/org/head-word"),
        ],
        not: &["Council on Monday"],
    },
    Case {
        name: "a name ending with a facility word after at or in is the place",
        text: "The final was played at Morwen Park on Saturday. Tony Hall said the pitch was fine. Fans gathered in Delia Square. She spoke at Carys Bridge's farewell.",
        want: &[
            ("Morwen Park", Label::Fac, "ner/fac/head-word"),
            ("Delia Square", Label::Fac, "ner/fac/head-word"),
            ("Tony Hall", Label::Person, ""),
            ("Carys Bridge", Label::Person, ""),
        ],
        not: &[],
    },
    Case {
        name: "a dateline stays a place when a person of the article bears its name",
        text: "HOLDEN, Mass. — Mayor Ann Holden said the road would reopen.\nHolden said crews were working.",
        want: &[
            ("HOLDEN", Label::Gpe, "ner/gpe/dateline"),
            ("Ann Holden", Label::Person, ""),
        ],
        not: &[],
    },
    Case {
        name: "a headline's topic or a note's label before a dash is no place",
        text: "ROWING - LATE RESULTS FROM THE REGATTA .\nHENLEY 1996-07-06\nThe crews raced on Saturday .",
        want: &[("HENLEY", Label::Gpe, "ner/gpe/dateline")],
        not: &["ROWING"],
    },
    Case {
        name: "a place and Games name the event",
        text: "She finished fourth at the Atlanta Games and won at the Commonwealth Games.",
        want: &[("Atlanta Games", Label::Event, "ner/event/head-word")],
        not: &[],
    },
    Case {
        name: "a bowler's figures do not make a team: the bowler is a person",
        text: "CRICKET - SCOREBOARD .\nScoreboard of the cricket match on Saturday :\nBowling : Akram 10-0-50-0 , Ravel-ur-Dani 6-0-40-1 , Kumble 9-1-33-2 .",
        want: &[("Ravel-ur-Dani", Label::Person, "ner/doc/scorecard")],
        not: &[],
    },
    Case {
        name: "a country stays a place in a sports report",
        text: "Brazil beat Chile 2-1 in the match. The goals came late in the second half of the league game.",
        want: &[
            ("Brazil", Label::Gpe, "ner/gazetteer"),
            ("Chile", Label::Gpe, "ner/gazetteer"),
        ],
        not: &[],
    },
    Case {
        name: "a named storm is an event, a titled person named Storm is not",
        text: "Typhoon Marlo flooded the port. Coach Storm Vikane said the pitch held.",
        want: &[
            ("Typhoon Marlo", Label::Event, "ner/event/start-word"),
            ("Storm Vikane", Label::Person, ""),
        ],
        not: &["Marlo"],
    },
    Case {
        name: "a middle initial that is also a word, without a title",
        text: "The appeal was heard by Margot A. Kessling in the spring.",
        want: &[("Margot A. Kessling", Label::Person, "")],
        not: &["Margot", "A. Kessling"],
    },
    Case {
        name: "a letter that ends a sentence is no initial",
        text: "They chose Plan A. The rest failed.",
        want: &[],
        not: &["A. The", "A"],
    },
    Case {
        name: "sentence-initial capitals are weak",
        text: "Meanwhile the rain stopped. Nobody came. Overall it was quiet.",
        want: &[],
        not: &["Meanwhile", "Nobody", "Overall"],
    },
    Case {
        name: "ordinary capitalised words are not people",
        text: "The Space Shuttle Program ended after a Better Idea arrived.",
        want: &[],
        not: &["Space Shuttle", "Better Idea", "Space Shuttle Program"],
    },
    Case {
        name: "a place noun makes an unknown word a place",
        text: "Soldiers entered the village of Orvesk at dawn.",
        want: &[("Orvesk", Label::Gpe, "ner/gpe/context")],
        not: &[],
    },
    Case {
        name: "team or company named after a place",
        text: "Supporters of Madrid Zorros celebrated all night.",
        want: &[("Madrid Zorros", Label::Org, "ner/org/place-name")],
        not: &["Madrid"],
    },
    Case {
        name: "listed given name and a place that is a surname",
        text: "The prize went to Carla Sacramento of Lisbon.",
        want: &[
            ("Carla Sacramento", Label::Person, ""),
            ("Lisbon", Label::Gpe, "ner/gazetteer"),
        ],
        not: &["Sacramento"],
    },
    Case {
        name: "a ship named after its noun is no place, and nor is the name alone",
        text: "Passengers stayed aboard the cruise ship Halvora near Malta. \
               On board the Halvora, crew members said the engines had failed.",
        want: &[("Malta", Label::Gpe, "")],
        not: &["Halvora"],
    },
    Case {
        name: "a space shuttle and its name alone are no organisation or place",
        text: "Space Shuttle Columbia lifted off from Florida in April. \
               Columbia was lost on its last flight years later.",
        want: &[("Florida", Label::Gpe, "")],
        not: &["Space Shuttle Columbia", "Columbia"],
    },
    Case {
        name: "a verb shaped like a vessel noun names no ship",
        text: "Suppliers ship Intel chips to Vietnam every month.",
        want: &[("Intel", Label::Org, ""), ("Vietnam", Label::Gpe, "")],
        not: &[],
    },
    Case {
        name: "a barrister's rank after a name is no organisation",
        text: "Defence counsel Miriam Osei, SC, and prosecutor Daniel Reyes, QC, addressed the jury.",
        want: &[("Miriam Osei", Label::Person, ""), ("Daniel Reyes", Label::Person, "")],
        not: &["SC", "QC"],
    },
    Case {
        name: "a school district is a body, not a place",
        text: "The Harlow Creek Independent School District suspended the teacher on Friday.",
        want: &[(
            "Harlow Creek Independent School District",
            Label::Org,
            "ner/org/head-word",
        )],
        not: &[],
    },
    Case {
        name: "the Church and the Crown inside a sentence are institutions",
        text: "Former members say the Church kept them on the farm, and in court the Crown argued the case.",
        want: &[
            ("Church", Label::Org, "ner/org/head-word"),
            ("Crown", Label::Org, "ner/org/head-word"),
        ],
        not: &[],
    },
    Case {
        name: "the Court and the Administration inside a sentence are institutions",
        text: "Lawyers expect the Court to rule soon, while critics attacked the Administration over the delay.",
        want: &[
            ("Court", Label::Org, "ner/org/head-word"),
            ("Administration", Label::Org, "ner/org/head-word"),
        ],
        not: &[],
    },
    Case {
        name: "a lower-case institution noun is no name",
        text: "Villagers repaired the church roof before the court hearing.",
        want: &[],
        not: &["church", "court"],
    },
];

fn entities<'a>(a: &Analysis<'a>) -> Vec<(&'a str, Label, &'static str)> {
    a.entities
        .iter()
        .map(|e| (a.slice(e.span), e.label, e.rule.id()))
        .collect()
}

#[test]
fn entity_cases() {
    let ex = Extractor::new();
    let mut names = std::collections::HashSet::new();
    for case in CASES {
        assert!(names.insert(case.name), "duplicate case name {}", case.name);
        let a = ex.analyze(case.text);
        let got = entities(&a);
        for &(surface, label, rule) in case.want {
            assert!(
                got.iter()
                    .any(|&(s, l, r)| s == surface && l == label && (rule.is_empty() || r == rule)),
                "{}: want {surface:?} {label} {rule}; got {got:?}",
                case.name
            );
        }
        for &surface in case.not {
            assert!(
                !got.iter().any(|&(s, _, _)| s == surface),
                "{}: {surface:?} must not be an entity; got {got:?}",
                case.name
            );
        }
    }
}

#[test]
fn every_entity_rule_fires_on_its_example() {
    let ex = Extractor::new();
    for info in reportage::rule::rules().filter(|r| r.rule.id().starts_with("ner/")) {
        let a = ex.analyze(info.example);
        assert!(
            a.entities.iter().any(|e| e.rule == info.rule),
            "rule {} does not fire on its example {:?}: {:?}",
            info.rule,
            info.example,
            entities(&a)
        );
        assert!(!info.what.is_empty(), "rule {} is undocumented", info.rule);
    }
}

#[test]
fn user_additions_are_honoured() {
    let ex = Extractor::builder()
        .person("Ola Brekke")
        .organization("Quillon Partners")
        .place("Vestre Marka")
        .title("chief whip")
        .build()
        .unwrap();
    let a = ex.analyze(
        "Quillon Partners hired Ola Brekke in Vestre Marka. Later chief whip Ilse Varn agreed with Brekke.",
    );
    let got = entities(&a);
    for (surface, label) in [
        ("Quillon Partners", Label::Org),
        ("Ola Brekke", Label::Person),
        ("Vestre Marka", Label::Gpe),
        ("Ilse Varn", Label::Person),
        ("Brekke", Label::Person),
    ] {
        assert!(
            got.iter().any(|&(s, l, _)| s == surface && l == label),
            "want {surface:?} {label}; got {got:?}"
        );
    }
    let varn = a.people.iter().find(|p| p.name == "Ilse Varn").unwrap();
    assert_eq!(varn.titles, ["chief whip"]);
    // The default extractor does not know the place.
    let plain = Extractor::new().analyze("They hired staff in Vestre Marka.");
    assert!(plain
        .entities
        .iter()
        .all(|e| !(plain.slice(e.span) == "Vestre Marka" && e.label == Label::Gpe)));
}

#[test]
fn entities_are_sorted_disjoint_and_on_char_boundaries() {
    let texts = [
        "",
        "É",
        "ALL CAPS LINE WITH NO END",
        "Jean-Noël's «Zürich» trip: Mr. O'Neill & Co. Ltd. met Presidents A and B.",
        "President",
        "the President of",
        "Presidents Moreau and",
        "(((ABC))) (DEF) (",
        "Ms",
    ];
    let ex = Extractor::new();
    for t in texts {
        let a = ex.analyze(t);
        let mut last = 0;
        for e in &a.entities {
            assert!(e.span.start >= last, "{t:?}: overlapping entities");
            assert!(t.is_char_boundary(e.span.start) && t.is_char_boundary(e.span.end));
            assert!(e.span.start < e.span.end && e.span.end <= t.len());
            last = e.span.end;
        }
    }
}

#[test]
fn no_panic_on_generated_texts() {
    // Tricky pieces: titles, plurals, particles, capitals, possessives,
    // brackets, initials, non-ASCII, line breaks.
    const PIECES: &[&str] = &[
        "President",
        "Presidents",
        "Gen",
        "Gen.",
        "Lt.",
        "Mr",
        "Mr.",
        "Srg Maj",
        "of",
        "the",
        "and",
        ",",
        ".",
        "(",
        ")",
        "'s",
        "’s",
        "\n",
        "\n\n",
        "US",
        "U.S.",
        "EU",
        "NATO",
        "Kyiv",
        "Ukrainian",
        "Ukrainians",
        "Dan",
        "Driscoll",
        "al-Amr",
        "van",
        "der",
        "de",
        "Jean-Noël",
        "Zoë",
        "K.C.",
        "A.",
        "A",
        "J",
        "SOCCER",
        "-",
        "LONDON",
        "1996-08-30",
        "3",
        "beat",
        "said",
        "told",
        "envoy",
        "spokesman",
        "chief",
        "Ministry",
        "Inc",
        "plc",
        "Cup",
        "Airport",
        "River",
        "Mount",
        "town",
        "village",
        "“",
        "”",
        "\"",
        "é",
        "Ölz",
        "NEW",
        "YORK",
        "New",
        "York",
        "Foreign",
        "Minister",
        "Council",
        "(EU)",
        "she",
        "he",
        "Smith",
        "John",
        "Maria",
        "government",
        "v",
        "AT",
        "Day",
    ];
    let ex = Extractor::new();
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    for _ in 0..3000 {
        let mut text = String::new();
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let len = (seed % 24) as usize;
        for _ in 0..len {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            text.push_str(PIECES[(seed % PIECES.len() as u64) as usize]);
            if !seed.is_multiple_of(3) {
                text.push(' ');
            }
        }
        let a = ex.analyze(&text);
        for e in &a.entities {
            assert!(text.is_char_boundary(e.span.start) && text.is_char_boundary(e.span.end));
        }
        let persons = a
            .entities
            .iter()
            .filter(|e| e.label == Label::Person)
            .count();
        let mentions: usize = a.people.iter().map(|p| p.mentions.len()).sum();
        assert_eq!(persons, mentions, "{text:?}");
    }
}
