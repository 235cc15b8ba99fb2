//! Table-driven DATE/TIME/MONEY/PERCENT cases.
//!
//! Each case lists every value entity of its text, in order, as
//! (label, surface, value). Sentences are written for these tests.

use reportage::Label;

struct Case {
    name: &'static str,
    text: &'static str,
    want: &'static [(&'static str, &'static str, Option<&'static str>)],
}

const fn c(
    name: &'static str,
    text: &'static str,
    want: &'static [(&'static str, &'static str, Option<&'static str>)],
) -> Case {
    Case { name, text, want }
}

const P: &str = "date 2025-11-20 "; // a Thursday; every case below that starts "date 2025-11-20" uses it

const CASES: &[Case] = &[
    // --- the direction of relative dates (issue 10, item 6) ---
    c(
        "month-after-a-schedule-verb-is-the-next",
        "date 2025-11-20 The legislature convenes in early January to pass the budget.",
        &[("DATE", "early January", Some("2026-01"))],
    ),
    c(
        "month-after-will-is-the-next",
        "date 2025-11-20 Lawmakers will return for the new session in early January.",
        &[("DATE", "early January", Some("2026-01"))],
    ),
    c(
        "month-day-after-would-just-past-stays-in-the-year",
        "date 2025-11-20 The council said it would vote on the plan on Oct. 15.",
        &[("DATE", "Oct. 15", Some("2025-10-15"))],
    ),
    c(
        "month-day-after-would-soon-is-ahead",
        "date 2025-11-20 The council said it would vote on the plan on Dec. 3.",
        &[("DATE", "Dec. 3", Some("2025-12-03"))],
    ),
    c(
        "month-day-after-will-is-ahead",
        "date 2025-11-20 The court will hear the case on Oct. 15.",
        &[("DATE", "Oct. 15", Some("2026-10-15"))],
    ),
    c(
        "month-after-a-plain-schedule-verb-is-the-next",
        "date 2025-11-20 Lawmakers return for a special session in early January.",
        &[("DATE", "early January", Some("2026-01"))],
    ),
    c(
        "month-after-did-not-and-a-plain-verb-stays-past",
        "date 2025-11-20 The ferry did not resume in January.",
        &[("DATE", "January", Some("2025-01"))],
    ),
    c(
        "month-after-expect-is-the-next",
        "date 2025-11-20 Officials expect the report in early December.",
        &[("DATE", "early December", Some("2025-12"))],
    ),
    c(
        "month-day-of-a-plan-stated-in-the-past-is-the-nearer",
        "date 2025-11-20 The hearing, originally set for Oct. 15, was delayed twice.",
        &[("DATE", "Oct. 15", Some("2025-10-15"))],
    ),
    c(
        "month-day-of-a-plan-stated-in-the-past-may-be-ahead",
        "date 2025-11-20 The vote was scheduled for Dec. 3 after a long debate.",
        &[("DATE", "Dec. 3", Some("2025-12-03"))],
    ),
    // --- relative dates against the publication date (Thursday 2025-11-20) ---
    c(
        "weekday-same-day",
        "date 2025-11-20 The council voted on Thursday.",
        &[("DATE", "Thursday", Some("2025-11-20"))],
    ),
    c(
        "weekday-day-before",
        "date 2025-11-20 Rescuers arrived late on Wednesday.",
        &[("DATE", "Wednesday", Some("2025-11-19"))],
    ),
    c(
        "weekday-past-week",
        "date 2025-11-20 The mayor spoke on Friday.",
        &[("DATE", "Friday", Some("2025-11-14"))],
    ),
    c(
        "weekday-future-will",
        "date 2025-11-20 The mayor will speak on Friday.",
        &[("DATE", "Friday", Some("2025-11-21"))],
    ),
    c(
        "weekday-future-passive",
        "date 2025-11-20 The bill will be debated on Tuesday.",
        &[("DATE", "Tuesday", Some("2025-11-25"))],
    ),
    c(
        "weekday-reported-past-wins",
        "date 2025-11-20 Officials who will decide the matter said on Monday they were ready.",
        &[("DATE", "Monday", Some("2025-11-17"))],
    ),
    c(
        "weekday-next",
        "date 2025-11-20 The ferry sails next Tuesday.",
        &[("DATE", "next Tuesday", Some("2025-11-25"))],
    ),
    c(
        "weekday-last",
        "date 2025-11-20 The ferry sank last Thursday.",
        &[("DATE", "last Thursday", Some("2025-11-13"))],
    ),
    c(
        "weekday-this",
        "date 2025-11-20 The strike began this Monday.",
        &[("DATE", "this Monday", Some("2025-11-17"))],
    ),
    c(
        "month-bare-past",
        "date 2025-11-20 Rents have doubled since the mayor took office in January.",
        &[("DATE", "January", Some("2025-01"))],
    ),
    c(
        "month-bare-later-month-is-last-year",
        "date 2025-11-20 The dam burst in December.",
        &[("DATE", "December", Some("2024-12"))],
    ),
    c(
        "month-bare-future",
        "date 2025-11-20 The new rules will apply from February.",
        &[("DATE", "February", Some("2026-02"))],
    ),
    c(
        "month-early",
        "date 2025-11-20 Snow fell in early March.",
        &[("DATE", "early March", Some("2025-03"))],
    ),
    c(
        "month-mid-hyphen",
        "date 2025-11-20 Prices peaked in mid-July.",
        &[("DATE", "mid-July", Some("2025-07"))],
    ),
    c(
        "month-next",
        "date 2025-11-20 Voting ends next January.",
        &[("DATE", "next January", Some("2026-01"))],
    ),
    c(
        "year-last",
        "date 2025-11-20 Last year the harvest failed.",
        &[("DATE", "Last year", Some("2024"))],
    ),
    c(
        "year-this-next",
        "date 2025-11-20 Growth slowed this year and will pick up next year.",
        &[
            ("DATE", "this year", Some("2025")),
            ("DATE", "next year", Some("2026")),
        ],
    ),
    c(
        "week-this",
        "date 2025-11-20 The board met this week.",
        &[("DATE", "this week", Some("2025-W47"))],
    ),
    c(
        "week-last",
        "date 2025-11-20 The board met last week.",
        &[("DATE", "last week", Some("2025-W46"))],
    ),
    c(
        "month-last-next",
        "date 2025-11-20 Exports fell last month and may recover next month.",
        &[
            ("DATE", "last month", Some("2025-10")),
            ("DATE", "next month", Some("2025-12")),
        ],
    ),
    c(
        "days-relative",
        "date 2025-11-20 The river rose yesterday, crested today and falls tomorrow.",
        &[
            ("DATE", "yesterday", Some("2025-11-19")),
            ("DATE", "today", Some("2025-11-20")),
            ("DATE", "tomorrow", Some("2025-11-21")),
        ],
    ),
    c(
        "earlier-this-year",
        "date 2025-11-20 The rule was dropped earlier this year.",
        &[("DATE", "earlier this year", Some("2025"))],
    ),
    c(
        "end-of-the-year",
        "date 2025-11-20 The mine closes by the end of the year.",
        &[("DATE", "the end of the year", Some("2025"))],
    ),
    c(
        "years-ago",
        "date 2025-11-20 The mill shut two years ago.",
        &[("DATE", "two years ago", Some("2023"))],
    ),
    c(
        "days-ago",
        "date 2025-11-20 The mill shut 3 days ago.",
        &[("DATE", "3 days ago", Some("2025-11-17"))],
    ),
    c(
        "month-day-no-year",
        "date 2025-11-20 The hearing is on Dec. 3.",
        &[("DATE", "Dec. 3", Some("2025-12-03"))],
    ),
    c(
        "month-day-previous-year",
        "date 2025-01-04 The fire started on Dec 28.",
        &[("DATE", "Dec 28", Some("2024-12-28"))],
    ),
    c(
        "weekday-next-week",
        "date 2025-11-20 The panel meets on Tuesday next week.",
        &[("DATE", "Tuesday next week", Some("2025-11-25"))],
    ),
    c(
        "earlier-today",
        "date 2025-11-20 Police said earlier today that roads were shut.",
        &[("DATE", "earlier today", Some("2025-11-20"))],
    ),
    c(
        "quarter-of-year",
        "Profits doubled in the third quarter of 2024.",
        &[("DATE", "the third quarter of 2024", Some("2024"))],
    ),
    c(
        "quarter-bare",
        "Profits doubled in the first quarter.",
        &[("DATE", "the first quarter", None)],
    ),
    c(
        "season-of-year",
        "The dam was finished in the summer of 2021.",
        &[("DATE", "the summer of 2021", Some("2021"))],
    ),
    // --- no publication date: relative forms get no value ---
    c(
        "no-marker-weekday",
        "The council voted on Thursday.",
        &[("DATE", "Thursday", None)],
    ),
    c(
        "no-marker-month-and-year",
        "The pier reopened in June, after repairs begun in 2019.",
        &[("DATE", "June", None), ("DATE", "2019", Some("2019"))],
    ),
    c(
        "no-marker-last-year",
        "Last year the pier reopened.",
        &[("DATE", "Last year", None)],
    ),
    // --- absolute forms ---
    c(
        "abbr-month-day-year",
        "The accord was signed Nov. 20, 2025, in Lima.",
        &[("DATE", "Nov. 20, 2025", Some("2025-11-20"))],
    ),
    c(
        "month-day-year",
        "The accord was signed November 20, 2025.",
        &[("DATE", "November 20, 2025", Some("2025-11-20"))],
    ),
    c(
        "day-month-year",
        "The accord was signed on 20 November 2025.",
        &[("DATE", "20 November 2025", Some("2025-11-20"))],
    ),
    c(
        "ordinal-day-of-month",
        "The fair opens on the 3rd of August 2026.",
        &[("DATE", "3rd of August 2026", Some("2026-08-03"))],
    ),
    c(
        "iso",
        "The filing is dated 2025-11-20.",
        &[("DATE", "2025-11-20", Some("2025-11-20"))],
    ),
    c(
        "slash-us",
        "The ballot was posted on 4/15/2024.",
        &[("DATE", "4/15/2024", Some("2024-04-15"))],
    ),
    c(
        "weekday-full-date",
        "Friday, July 21, 2017\nThe mine reopened.",
        &[("DATE", "Friday, July 21, 2017", Some("2017-07-21"))],
    ),
    c(
        "month-year",
        "The factory opened in July 2017.",
        &[("DATE", "July 2017", Some("2017-07"))],
    ),
    c(
        "year-after-preposition",
        "The factory opened in 2016.",
        &[("DATE", "2016", Some("2016"))],
    ),
    c(
        "year-determiner",
        "Turnout in the 2016 election was low.",
        &[("DATE", "2016", Some("2016"))],
    ),
    c(
        "year-range",
        "Output fell in 2014-2016 and again in the 2019-20 season.",
        &[("DATE", "2014-2016", None), ("DATE", "2019-20", None)],
    ),
    c(
        "decade",
        "Rents rose in the 1990s and the '80s.",
        &[("DATE", "the 1990s", None), ("DATE", "the '80s", None)],
    ),
    c(
        "decade-edge",
        "The band formed in the late sixties and split in the early 1980s.",
        &[
            ("DATE", "the late sixties", None),
            ("DATE", "the early 1980s", None),
        ],
    ),
    c(
        "century",
        "The abbey was built in the 12th century.",
        &[("DATE", "the 12th century", None)],
    ),
    // --- periods and durations: DATE without value ---
    c(
        "duration-years",
        "The drought lasted three years.",
        &[("DATE", "three years", None)],
    ),
    c(
        "duration-past",
        "date 2025-11-20 Over the past two weeks, fares rose.",
        &[("DATE", "the past two weeks", None)],
    ),
    c(
        "duration-decade",
        "The feud lasted for a decade.",
        &[("DATE", "a decade", None)],
    ),
    c(
        "duration-compound",
        "The union signed a two-year deal with a 58-year-old negotiator.",
        &[("DATE", "two-year", None), ("DATE", "58-year-old", None)],
    ),
    c(
        "duration-recent",
        "Talks stalled in recent weeks.",
        &[("DATE", "recent weeks", None)],
    ),
    c(
        "duration-hours-is-time",
        "The siege lasted 36 hours.",
        &[("TIME", "36 hours", None)],
    ),
    // --- times ---
    c(
        "time-am",
        "The doors open at 9 a.m. sharp.",
        &[("TIME", "9 a.m.", Some("09:00"))],
    ),
    c(
        "time-colon-pm",
        "The vote closed at 10:30 pm.",
        &[("TIME", "10:30 pm", Some("22:30"))],
    ),
    c(
        "time-24h-zone",
        "The servers failed at 14:05 GMT.",
        &[("TIME", "14:05 GMT", Some("14:05"))],
    ),
    c(
        "time-glued-am",
        "Shifts ran from 7am to 5:30pm.",
        &[
            ("TIME", "7am", Some("07:00")),
            ("TIME", "5:30pm", Some("17:30")),
        ],
    ),
    c(
        "time-noon-midnight",
        "Trading halts at noon and resumes at midnight.",
        &[
            ("TIME", "noon", Some("12:00")),
            ("TIME", "midnight", Some("00:00")),
        ],
    ),
    c(
        "time-weekday-part",
        "date 2025-11-20 The flood came on Tuesday morning.",
        &[("TIME", "Tuesday morning", Some("2025-11-18"))],
    ),
    c(
        "time-last-night",
        "date 2025-11-20 Fires spread last night and tonight more wind is due.",
        &[
            ("TIME", "last night", Some("2025-11-19")),
            ("TIME", "tonight", Some("2025-11-20")),
        ],
    ),
    c(
        "time-military-zone",
        "Trading resumed by 0915 GMT.",
        &[("TIME", "0915 GMT", Some("09:15"))],
    ),
    c(
        "time-bare-colon-needs-preposition",
        "Doors shut at 19:45.",
        &[("TIME", "19:45", Some("19:45"))],
    ),
    c(
        "month-day-range",
        "The festival runs June 12-15 in the park.",
        &[("DATE", "June 12-15", None)],
    ),
    // --- money ---
    c(
        "money-bn",
        "The bid was worth $1.2bn.",
        &[("MONEY", "$1.2bn", None)],
    ),
    c(
        "money-scale-words",
        "The fund holds $5 million and £3.5 billion.",
        &[
            ("MONEY", "$5 million", None),
            ("MONEY", "£3.5 billion", None),
        ],
    ),
    c(
        "money-euro-sign",
        "Entry costs €20 per person.",
        &[("MONEY", "€20", None)],
    ),
    c(
        "money-currency-word",
        "Tickets cost 5 euros or 80 cents.",
        &[("MONEY", "5 euros", None), ("MONEY", "80 cents", None)],
    ),
    c(
        "money-us-dollar-sign",
        "The loan was US$3 million.",
        &[("MONEY", "US$3 million", None)],
    ),
    c(
        "money-code",
        "The bonds raised USD 250 million.",
        &[("MONEY", "USD 250 million", None)],
    ),
    c(
        "money-pounds-scaled",
        "The club paid 40 million pounds.",
        &[("MONEY", "40 million pounds", None)],
    ),
    // --- percent ---
    c(
        "percent-sign",
        "Turnout was 64%.",
        &[("PERCENT", "64%", None)],
    ),
    c(
        "percent-per-cent",
        "Inflation eased to 3.1 per cent.",
        &[("PERCENT", "3.1 per cent", None)],
    ),
    c(
        "percent-word",
        "Shares fell 12 percent and five percent.",
        &[
            ("PERCENT", "12 percent", None),
            ("PERCENT", "five percent", None),
        ],
    ),
    c(
        "percent-points",
        "Rates rose by 0.75 percentage points.",
        &[("PERCENT", "0.75 percentage points", None)],
    ),
    c(
        "money-a-billion",
        "The plan costs a billion dollars.",
        &[("MONEY", "a billion dollars", None)],
    ),
    c(
        "time-local",
        "The launch is set for 6:15 p.m. local time.",
        &[("TIME", "6:15 p.m. local time", Some("18:15"))],
    ),
    c(
        "quarter-code",
        "Revenue fell in Q3 2024 and rose in Q4.",
        &[("DATE", "Q3 2024", Some("2024")), ("DATE", "Q4", None)],
    ),
    c(
        "month-day-past-by-default",
        "date 2025-11-20 The May 5 ruling was upheld.",
        &[("DATE", "May 5", Some("2025-05-05"))],
    ),
    c(
        "month-day-future-marker",
        "date 2025-11-20 The court will rule on May 5.",
        &[("DATE", "May 5", Some("2026-05-05"))],
    ),
    c(
        "year-before-closing-clause",
        "Turnout rose from the year before.",
        &[("DATE", "the year before", None)],
    ),
    c(
        "weekday-after-next-round",
        "date 2025-11-20 The next round of talks opens on Monday.",
        &[("DATE", "Monday", Some("2025-11-24"))],
    ),
    c(
        "the-next-weekday-is-story-relative",
        "date 2025-11-20 We went back the next Tuesday night.",
        &[("TIME", "the next Tuesday night", None)],
    ),
    c(
        "money-range",
        "Repairs will cost $5-6 million.",
        &[("MONEY", "$5-6 million", None)],
    ),
    c(
        "count-compound-words",
        "date 2025-11-20 The mill shut twenty-five years ago, a hundred years after it opened.",
        &[
            ("DATE", "twenty-five years ago", Some("2000")),
            ("DATE", "a hundred years", None),
        ],
    ),
    c(
        "bare-plural-period",
        "The feud simmered for years and ended within hours.",
        &[("DATE", "years", None), ("TIME", "hours", None)],
    ),
    // --- things that must not be tagged ---
    c("not-count-noun", "Police counted 1985 marchers.", &[]),
    c(
        "not-count-after-of",
        "A poll of 1250 voters found a lead.",
        &[],
    ),
    c(
        "year-by-then-verb",
        "Emissions by 2040 exceeded the cap.",
        &[("DATE", "2040", Some("2040"))],
    ),
    c("not-score", "The hosts won 3-1 and then 2-0.", &[]),
    c("not-address", "The office is at 1600 Lakeview Road.", &[]),
    c("not-named-number", "Flight 2019 landed in Room 1998.", &[]),
    c(
        "not-big-number",
        "The firm employs 2,016 people and 20.16 per shift.",
        &[],
    ),
    c("not-weight", "The baby weighed 8 pounds.", &[]),
    c("not-rate", "Doses are given once a day.", &[]),
    c("not-may-modal", "May the best team win, they may say.", &[]),
    c("not-march-noun", "March organisers expect crowds.", &[]),
    c(
        "not-month-name-as-person",
        "April Jones chaired the panel.",
        &[],
    ),
    c(
        "not-newspaper",
        "The Sunday Times and USA Today ran it.",
        &[],
    ),
    c("not-second-ordinal", "He won a second term.", &[]),
    c(
        "not-lowercase-words",
        "They march in may and last long.",
        &[],
    ),
    c(
        "not-match-half",
        "The visitors scored twice in the second half.",
        &[],
    ),
    c(
        "not-race-time-or-ratio",
        "She ran 4:02.17 and the vote split 5:4.",
        &[],
    ),
    c(
        "not-rate-after-count",
        "Some 300 trucks a day cross the border.",
        &[],
    ),
    c(
        "not-across-line-break",
        "Sales fell in Oct.\n14 shops closed.",
        &[],
    ),
    c(
        "not-last-minute-idiom",
        "The deal was saved at the last minute.",
        &[],
    ),
    c(
        "not-quarter-code-alone-h",
        "The H1 visa rules changed.",
        &[],
    ),
];

fn value_entities(text: &str) -> Vec<(String, String, Option<String>)> {
    let a = reportage::analyze(text);
    a.entities
        .iter()
        .filter(|e| {
            matches!(
                e.label,
                Label::Date | Label::Time | Label::Money | Label::Percent
            )
        })
        .map(|e| {
            (
                e.label.to_string(),
                a.slice(e.span).to_string(),
                e.value.clone(),
            )
        })
        .collect()
}

#[test]
fn temporal_cases() {
    assert!(P.starts_with("date "));
    let mut failures = Vec::new();
    for (k, case) in CASES.iter().enumerate() {
        assert!(
            CASES[k + 1..].iter().all(|o| o.name != case.name),
            "duplicate case name {}",
            case.name
        );
        let got = value_entities(case.text);
        let want: Vec<(String, String, Option<String>)> = case
            .want
            .iter()
            .map(|(l, s, v)| (l.to_string(), s.to_string(), v.map(str::to_string)))
            .collect();
        if got != want {
            failures.push(format!(
                "{}: {:?}\n   want {:?}\n   got  {:?}",
                case.name, case.text, want, got
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed (help: check the rule named in each entity's `rule`):\n{}",
        failures.len(),
        CASES.len(),
        failures.join("\n")
    );
}

#[test]
fn value_entities_are_sorted_and_disjoint() {
    for case in CASES {
        let a = reportage::analyze(case.text);
        for w in a.entities.windows(2) {
            assert!(w[0].span.end <= w[1].span.start, "{}: overlap", case.name);
        }
    }
}

#[test]
fn every_value_entity_names_a_date_rule() {
    for case in CASES {
        let a = reportage::analyze(case.text);
        for e in &a.entities {
            if matches!(
                e.label,
                Label::Date | Label::Time | Label::Money | Label::Percent
            ) {
                assert!(
                    e.rule.id().starts_with("date/"),
                    "{}: {}",
                    case.name,
                    e.rule
                );
            }
        }
    }
}
