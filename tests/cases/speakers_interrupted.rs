//! The subject of a cue separated from its verb by an interrupting phrase,
//! one table per pattern (all sentences written for this test): a phrase
//! between commas that has commas of its own ("during a town hall in
//! Dayton, Ohio,"), a party and state in parentheses or a time phrase
//! before the verb ("(D-Calif.) last week said"), and a role noun with an
//! "of" complement ("the secretary of state said"). Each case names the
//! words of a quote, the resolved name it must be attributed to (or no
//! speaker), and optionally a name it must never be attributed to.

use super::speakers::{quotes_of, ten_per_pattern};
use reportage::Extractor;

struct Case {
    pattern: &'static str,
    text: &'static str,
    /// Words inside the quote's content.
    words: &'static str,
    /// The speaker's resolved name, or `None` for no speaker.
    want: Option<&'static str>,
}

const fn case(
    pattern: &'static str,
    text: &'static str,
    words: &'static str,
    want: Option<&'static str>,
) -> Case {
    Case {
        pattern,
        text,
        words,
        want,
    }
}

const COMMAS: &str = "comma-interruption";
const TIME: &str = "parenthesis-and-time";
const OF: &str = "role-of-complement";

const CASES: &[Case] = &[
    // A phrase between commas with commas of its own: a place and its
    // state, an age and a home town, a second appositive, a list inside a
    // relative clause. The subject opens the clause.
    case(
        COMMAS,
        "Ana Ruiz, during a town hall in Dayton, Ohio, said the plant would stay open.",
        "plant would stay open",
        Some("Ana Ruiz"),
    ),
    case(
        COMMAS,
        "Tim Ross, speaking at a rally in Wilmington, N.C., warned that taxes would rise.",
        "taxes would rise",
        Some("Tim Ross"),
    ),
    case(
        COMMAS,
        "Ruth Lane, who lost her son in a crash in Boise, Idaho, in 2014, said the road was unsafe.",
        "road was unsafe",
        Some("Ruth Lane"),
    ),
    case(
        COMMAS,
        "Carl Meyer, 42, of Flint, Mich., said he had waited six hours.",
        "waited six hours",
        Some("Carl Meyer"),
    ),
    case(
        COMMAS,
        "Sen. Ann Cole, facing a tough race in Iowa, a swing state, said she would vote no.",
        "would vote no",
        Some("Ann Cole"),
    ),
    case(
        COMMAS,
        "Dan Price, meanwhile, who has no endorsements, said the count was wrong.",
        "count was wrong",
        Some("Dan Price"),
    ),
    case(
        COMMAS,
        "Eva Long, the editor of a Boston weekly, The Harbor Star, said the paper would close.",
        "paper would close",
        Some("Eva Long"),
    ),
    // A description, then a name: the named person speaks.
    case(
        COMMAS,
        "Her lawyer, Tom Hale, a partner at a firm in Austin, Texas, said the charges were false.",
        "charges were false",
        Some("Tom Hale"),
    ),
    case(
        COMMAS,
        "Mayor Ray Dunn, in a letter to residents of Salem, Oregon, wrote that the pool would reopen.",
        "pool would reopen",
        Some("Ray Dunn"),
    ),
    // An opening phrase of time is no subject; a bare title opens an appositive.
    case(
        COMMAS,
        "Just last week, Omar Haddad, head of the union, a group of 900 drivers, said the strike would go on.",
        "strike would go on",
        Some("Omar Haddad"),
    ),
    case(
        COMMAS,
        "Lena Fisk, who grew up in Paris, Texas, and Rome, Georgia, said the towns were alike.",
        "towns were alike",
        Some("Lena Fisk"),
    ),
    case(
        COMMAS,
        "The mayor, in Dayton, Ohio, on Monday, said the plant would stay open.",
        "plant would stay open",
        Some("The mayor"),
    ),
    // A relative clause runs on to the last comma, whatever its pieces hold.
    case(
        COMMAS,
        "Tom Roe, whose latest firm, Paradata, sells data to brands, said the deal was dead.",
        "deal was dead",
        Some("Tom Roe"),
    ),
    // A participle alone between commas.
    case(
        COMMAS,
        "Ann Cole, exasperated, famously responded: \"We are done.\"",
        "We are done",
        Some("Ann Cole"),
    ),
    // A comma after a party tag closes nothing.
    case(
        COMMAS,
        "After winning the primary, Gov. Jane Roe (R-Ohio), said the state was ready.",
        "state was ready",
        Some("Jane Roe"),
    ),
    // An opening phrase that names a place keeps its own commas: the
    // subject is the name after it, not the state.
    case(
        COMMAS,
        "In a court in Reno, Nev., Lena Fisk, in a gray suit, said she was innocent.",
        "she was innocent",
        Some("Lena Fisk"),
    ),
    // The comma before the cue closes a clause of its own: the words of an
    // inverted cue belong to the phrase after it, not to the opening name.
    case(
        COMMAS,
        "Ann Cole, the mayor, won the vote in Dayton, Ohio, officials said.",
        "won the vote",
        Some("officials"),
    ),
    // A party and state in parentheses, or a time phrase ("last week",
    // "on Tuesday", "earlier this year"), between the subject and its verb.
    case(
        TIME,
        "Sen. Dianne Roe (D-Calif.) last week said the vote was fair.",
        "vote was fair",
        Some("Dianne Roe"),
    ),
    case(
        TIME,
        "Rep. Brad Shum (D-Calif.) last month joked that the Fed was the only game in town.",
        "only game in town",
        Some("Brad Shum"),
    ),
    case(
        TIME,
        "Sen. Ruth Lane (R-Ohio) on Tuesday said the bill would pass.",
        "bill would pass",
        Some("Ruth Lane"),
    ),
    case(
        TIME,
        "Rep. Tim Ross (R-Texas) this week told reporters the deal was dead.",
        "deal was dead",
        Some("Tim Ross"),
    ),
    case(
        TIME,
        "Gov. Ann Cole (D) earlier this year said the budget was balanced.",
        "budget was balanced",
        Some("Ann Cole"),
    ),
    case(
        TIME,
        "Ann Cole, who chairs the panel, last week said the hearing would go ahead.",
        "hearing would go ahead",
        Some("Ann Cole"),
    ),
    case(
        TIME,
        "Sen. Omar Haddad (D-Mich.) Tuesday said the plan was flawed.",
        "plan was flawed",
        Some("Omar Haddad"),
    ),
    case(
        TIME,
        "Mayor Ray Dunn on Friday said the pool would reopen.",
        "pool would reopen",
        Some("Ray Dunn"),
    ),
    case(
        TIME,
        "Lena Fisk last year wrote that the mill was safe.",
        "mill was safe",
        Some("Lena Fisk"),
    ),
    case(
        TIME,
        "Rep. Carl Meyer (R-Fla.) this month argued that the tax was unfair.",
        "tax was unfair",
        Some("Carl Meyer"),
    ),
    // A time phrase is never the speaker.
    case(
        TIME,
        "Prices rose sharply last week, the agency said.",
        "Prices rose sharply",
        Some("the agency"),
    ),
    // A role noun with an "of" complement that is also a verb form
    // ("state", "record"): the whole phrase speaks.
    case(
        OF,
        "The secretary of state said the talks would resume.",
        "talks would resume",
        Some("The secretary of state"),
    ),
    case(
        OF,
        "The former secretary of state said she was \"not only happy\" about it.",
        "not only happy",
        Some("The former secretary of state"),
    ),
    case(
        OF,
        "At the rally, the secretary of state said the deal was good.",
        "deal was good",
        Some("the secretary of state"),
    ),
    case(
        OF,
        "The head of state told reporters the border would stay open.",
        "border would stay open",
        Some("The head of state"),
    ),
    case(
        OF,
        "The minister of state said the report was accurate.",
        "report was accurate",
        Some("The minister of state"),
    ),
    case(
        OF,
        "The chief of staff said the president was resting.",
        "president was resting",
        Some("The chief of staff"),
    ),
    case(
        OF,
        "The director of communications said the email was a mistake.",
        "email was a mistake",
        Some("The director of communications"),
    ),
    case(
        OF,
        "The secretary of state, a former senator, said the talks would resume.",
        "talks would resume",
        Some("The secretary of state"),
    ),
    case(
        OF,
        "As a matter of record, the mayor said the pool would reopen.",
        "pool would reopen",
        Some("the mayor"),
    ),
    case(
        OF,
        "The Department of State said the embassy would stay open.",
        "embassy would stay open",
        Some("Department of State"),
    ),
    // A refusal to speak is reported as the subject's, like the "decline"
    // cue's own cases in speakers_reported.rs; a negated verb says nothing.
    case(
        OF,
        "The secretary of state declined to say whether the talks would resume.",
        "talks would resume",
        Some("The secretary of state"),
    ),
    case(
        OF,
        "The secretary of state has not said whether the talks would resume.",
        "talks would resume",
        None,
    ),
];

/// (text, words of a quote, a name the quote must never be attributed to).
const NOT_SPEAKER: &[(&str, &str, &str)] = &[
    (
        "Ana Ruiz, during a town hall in Dayton, Ohio, said the plant would stay open.",
        "plant would stay open",
        "Ohio",
    ),
    (
        "Carl Meyer, 42, of Flint, Mich., said he had waited six hours.",
        "waited six hours",
        "Flint",
    ),
    (
        "Sen. Dianne Roe (D-Calif.) last week said the vote was fair.",
        "vote was fair",
        "week",
    ),
];

#[test]
fn interrupted_speaker_cases() {
    let ex = Extractor::new();
    let mut failures = Vec::new();
    for c in CASES {
        let quotes = quotes_of(&ex, c.text);
        let found = quotes.iter().find(|(content, _)| content.contains(c.words));
        match (found, c.want) {
            // No speaker: no quote at all is as good as an unattributed one.
            (None, None) => {}
            (None, Some(_)) => failures.push(format!(
                "[{}] {:?}: no quote holds {:?}",
                c.pattern, c.text, c.words
            )),
            (Some((_, got)), want) if got.as_deref() != want => failures.push(format!(
                "[{}] {:?}: {:?} attributed to {got:?}, want {want:?}",
                c.pattern, c.text, c.words
            )),
            _ => {}
        }
    }
    for &(text, words, not) in NOT_SPEAKER {
        let quotes = quotes_of(&ex, text);
        if quotes
            .iter()
            .any(|(content, got)| content.contains(words) && got.as_deref() == Some(not))
        {
            failures.push(format!("{text:?}: {words:?} attributed to {not:?}"));
        }
    }
    super::speakers::assert_none(&failures);
}

#[test]
fn every_interrupted_pattern_has_ten_cases() {
    let patterns = ten_per_pattern(CASES.iter().map(|c| c.pattern));
    for p in [COMMAS, TIME, OF] {
        assert!(patterns.contains(&p), "pattern {p} has no case");
    }
}
