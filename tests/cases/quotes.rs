//! Table-driven quote cases: each names a pattern of news attribution, gives
//! a text written for this test, and the quotes expected as (kind, resolved
//! speaker name, speaker type, content pieces), as surface strings, in text order.

use reportage::{Analysis, Extractor};

struct Want {
    kind: &'static str,
    speaker: Option<&'static str>,
    speaker_type: Option<&'static str>,
    content: &'static [&'static str],
}

const fn q(
    kind: &'static str,
    speaker: &'static str,
    speaker_type: &'static str,
    content: &'static [&'static str],
) -> Want {
    Want {
        kind,
        speaker: Some(speaker),
        speaker_type: Some(speaker_type),
        content,
    }
}

struct Case {
    name: &'static str,
    text: &'static str,
    want: &'static [Want],
}

const fn case(name: &'static str, text: &'static str, want: &'static [Want]) -> Case {
    Case { name, text, want }
}

const CASES: &[Case] = &[
    // Direct quotes and where the attribution stands.
    case(
        "direct_cue_after",
        "\"We will rebuild the pier,\" Mayor Ana Ruiz said.",
        &[q("direct", "Ana Ruiz", "person", &["We will rebuild the pier,"])],
    ),
    case(
        "direct_cue_inverted_with_appositive",
        "\"The tide is rising faster than we thought,\" said Tom Berg, a marine biologist.",
        &[q(
            "direct",
            "Tom Berg",
            "person",
            &["The tide is rising faster than we thought,"],
        )],
    ),
    case(
        "direct_cue_before_colon",
        "The harbour master said: \"No ship will leave tonight.\"",
        &[q(
            "direct",
            "The harbour master",
            "other",
            &["No ship will leave tonight."],
        )],
    ),
    case(
        "direct_split_around_attribution",
        "\"We are ready,\" Tom Berg said, \"but the weather is not.\"",
        &[q(
            "direct",
            "Tom Berg",
            "person",
            &["We are ready,", "but the weather is not."],
        )],
    ),
    case(
        "direct_next_sentence_same_paragraph",
        "\"We are ready,\" Tom Berg said on Monday. \"The crews have trained for weeks.\"",
        &[q(
            "direct",
            "Tom Berg",
            "person",
            &["We are ready,", "The crews have trained for weeks."],
        )],
    ),
    case(
        "direct_question_then_cue",
        "\"Who will pay for the new pier?\" asked Ana Ruiz.",
        &[q("direct", "Ana Ruiz", "person", &["Who will pay for the new pier?"])],
    ),
    case(
        "direct_curly_marks_and_told",
        "“The pier is safe,” the engineer told reporters on Tuesday.",
        &[q("direct", "the engineer", "anonymous", &["The pier is safe,"])],
    ),
    case(
        "direct_guillemets",
        "«Nous reconstruirons le port», a déclaré Marc Duval.\n\n«Le port rouvrira en mai,» said Marc Duval.",
        &[q("direct", "Marc Duval", "person", &["Le port rouvrira en mai,"])],
    ),
    case(
        "direct_nested_single_quotes",
        "\"They called it 'a bridge to nowhere' back then,\" Tom Berg said.",
        &[q(
            "direct",
            "Tom Berg",
            "person",
            &["They called it 'a bridge to nowhere' back then,"],
        )],
    ),
    // A quote-only paragraph after a direct quote is the same statement
    // going on: one quote, one piece per quotation.
    case(
        "direct_continued_in_next_paragraph",
        "\"We will rebuild,\" Ana Ruiz said.\n\n\"It will take two years and a great deal of money.\"",
        &[q(
            "direct",
            "Ana Ruiz",
            "person",
            &[
                "We will rebuild,",
                "It will take two years and a great deal of money.",
            ],
        )],
    ),
    case(
        "direct_continued_over_two_paragraphs",
        "\"The pier is safe,\" said Tom Berg, the harbour engineer.\n\n\"We tested every pile last winter.\"\n\n“Nothing moved.”",
        &[q(
            "direct",
            "Tom Berg",
            "person",
            &[
                "The pier is safe,",
                "We tested every pile last winter.",
                "Nothing moved.",
            ],
        )],
    ),
    case(
        "direct_interrupted_then_continued",
        "\"We will rebuild,\" Ana Ruiz said, \"and soon.\"\n\n\"The money is there.\"",
        &[q(
            "direct",
            "Ana Ruiz",
            "person",
            &["We will rebuild,", "and soon.", "The money is there."],
        )],
    ),
    // Reported words holding a quotation that breaks off at a comma, the
    // cue, and the quotation going on: one mixed quote in two pieces.
    case(
        "mixed_interrupted_by_cue",
        "The new budget means \"a lot more work,\" Ana Ruiz said, \"but we will manage it.\"",
        &[q(
            "mixed",
            "Ana Ruiz",
            "person",
            &[
                "The new budget means \"a lot more work,\"",
                "but we will manage it.",
            ],
        )],
    ),
    case(
        "mixed_interrupted_by_cue_and_time",
        "The budget means \"more work,\" Ana Ruiz said on Monday, \"but we will manage.\"",
        &[q(
            "mixed",
            "Ana Ruiz",
            "person",
            &["The budget means \"more work,\"", "but we will manage."],
        )],
    ),
    // An opening phrase holding a title is nobody's words; a question before
    // the cue is a sentence of its own.
    case(
        "direct_after_opening_phrase_with_title",
        "On \"Face the Nation,\" Ana Ruiz said, \"we will manage it.\"",
        &[q("direct", "Ana Ruiz", "person", &["we will manage it."])],
    ),
    case(
        "direct_after_question_with_quotation",
        "Did the budget mean \"more work?\" Ana Ruiz said, \"yes, and more money.\"",
        &[q("direct", "Ana Ruiz", "person", &["yes, and more money."])],
    ),
    // `answered the question by saying …`: the object before "by" and a
    // participle of saying is what was answered; the participle reports.
    case(
        "indirect_by_saying_object_is_no_report",
        "Tom Berg answered the question by saying that the pier would reopen in May.",
        &[q(
            "indirect",
            "Tom Berg",
            "person",
            &["that the pier would reopen in May"],
        )],
    ),
    // A clause before "by saying" is a report of its own.
    case(
        "indirect_clause_before_by_saying_stays",
        "Ana Ruiz said that the council should respond by saying the pier would reopen.",
        &[
            q(
                "indirect",
                "Ana Ruiz",
                "person",
                &["that the council should respond by"],
            ),
            q("indirect", "Ana Ruiz", "person", &["the pier would reopen"]),
        ],
    ),
    // A sentence of a sentence adverb and a quotation after an attributed
    // quote: the quotation goes on.
    case(
        "direct_goes_on_after_sentence_adverb",
        "\"We will rebuild,\" Ana Ruiz said. Instead, \"the pier will come first.\"",
        &[q(
            "direct",
            "Ana Ruiz",
            "person",
            &["We will rebuild,", "the pier will come first."],
        )],
    ),
    // Two cues of one speaker in one sentence are two reports: two quotes.
    case(
        "two_reports_and_called",
        "Ana Ruiz said the plan would fail and called it \"dead on arrival.\"",
        &[
            q("indirect", "Ana Ruiz", "person", &["the plan would fail"]),
            q("mixed", "Ana Ruiz", "person", &["it \"dead on arrival.\""]),
        ],
    ),
    case(
        "two_reports_participle",
        "Ana Ruiz said the plan would fail, calling it \"dead on arrival.\"",
        &[
            q("indirect", "Ana Ruiz", "person", &["the plan would fail"]),
            q("mixed", "Ana Ruiz", "person", &["it \"dead on arrival.\""]),
        ],
    ),
    // One report holding a quoted fragment is one mixed quote.
    case(
        "one_report_with_fragment",
        "Senator Ana Ruiz said the plan was \"dead on arrival\" and would fail.",
        &[q(
            "mixed",
            "Ana Ruiz",
            "person",
            &["the plan was \"dead on arrival\" and would fail"],
        )],
    ),
    // Another speaker's sentence after the quote is no continuation.
    case(
        "next_sentence_other_speaker",
        "\"We will rebuild,\" Ana Ruiz said. Tom Berg, however, called the plan \"a fairy tale.\"",
        &[
            q("direct", "Ana Ruiz", "person", &["We will rebuild,"]),
            q("mixed", "Tom Berg", "person", &["the plan \"a fairy tale.\""]),
        ],
    ),
    // A paragraph whose marks do not pair (a straight mark opening, a curly
    // one closing) is not joined to the statement before it: it stays a
    // piece of its own (`quote/direct/continued`).
    case(
        "direct_next_paragraph_broken_marks",
        "\"We will rebuild,\" Ana Ruiz said.\n\n\"The crowd cheered and chanted “Go!”",
        &[
            q("direct", "Ana Ruiz", "person", &["We will rebuild,"]),
            q(
                "direct",
                "Ana Ruiz",
                "person",
                &["The crowd cheered and chanted", "Go!"],
            ),
        ],
    ),
    // Two speakers, two paragraphs: two quotes.
    case(
        "direct_next_paragraph_other_speaker",
        "\"We will rebuild,\" Ana Ruiz said.\n\n\"It cannot be done,\" Tom Berg said.",
        &[
            q("direct", "Ana Ruiz", "person", &["We will rebuild,"]),
            q("direct", "Tom Berg", "person", &["It cannot be done,"]),
        ],
    ),
    // After a report without quotation marks the quotation goes on with it:
    // one mixed quote, the report and the quotation as its pieces. After a
    // report that holds a quotation it is a quote of its own, by the same
    // speaker (`quote/direct/continued`). A paragraph with words outside
    // marks, or a quotation after no attributed quote, goes on with nothing.
    case(
        "direct_continued_after_reported_words",
        "Ana Ruiz said the pier would reopen in May.\n\n\"It will take two years and a great deal of money.\"",
        &[q(
            "mixed",
            "Ana Ruiz",
            "person",
            &[
                "the pier would reopen in May",
                "It will take two years and a great deal of money.",
            ],
        )],
    ),
    case(
        "paragraph_after_report_that",
        "The union argued that the offer was too low.\n\n\"Our members deserve better than this.\"",
        &[q(
            "mixed",
            "The union",
            "organization",
            &[
                "that the offer was too low",
                "Our members deserve better than this.",
            ],
        )],
    ),
    case(
        "paragraph_after_report_to_listener",
        "Tom Hale, the mayor, told reporters the bridge would reopen in May.\n\n\"The repairs are ahead of schedule.\"",
        &[q(
            "mixed",
            "Tom Hale",
            "person",
            &[
                "the bridge would reopen in May",
                "The repairs are ahead of schedule.",
            ],
        )],
    ),
    case(
        "paragraph_after_report_in_statement",
        "Ruth Cole said in a statement that she would not run again.\n\n\"It has been the honour of my life to serve this town.\"",
        &[q(
            "mixed",
            "Ruth Cole",
            "person",
            &[
                "that she would not run again",
                "It has been the honour of my life to serve this town.",
            ],
        )],
    ),
    case(
        "paragraph_after_according_to",
        "According to Ana Ruiz, the dam was never inspected.\n\n\"Nobody checked it for a decade.\"",
        &[q(
            "mixed",
            "Ana Ruiz",
            "person",
            &["the dam was never inspected", "Nobody checked it for a decade."],
        )],
    ),
    case(
        "paragraph_after_mixed_stays_apart",
        "Dana Lee called the plan \"a disgrace.\"\n\n\"We will fight it in every court.\"",
        &[
            q("mixed", "Dana Lee", "person", &["the plan \"a disgrace.\""]),
            q(
                "direct",
                "Dana Lee",
                "person",
                &["We will fight it in every court."],
            ),
        ],
    ),
    case(
        "paragraph_with_words_goes_on_with_nothing",
        "Ana Ruiz said the plan would fail.\n\nThe council meets again on Friday.",
        &[q("indirect", "Ana Ruiz", "person", &["the plan would fail"])],
    ),
    case(
        "direct_one_quote_across_paragraphs",
        "Tom Berg said: \"The first phase is done.\n\n\"The second phase starts in May.\"",
        &[q(
            "direct",
            "Tom Berg",
            "person",
            &["The first phase is done.", "The second phase starts in May."],
        )],
    ),
    case(
        "direct_signed_with_dash",
        "Readers wrote to us.\n\n\"The new ferry changed my week completely.\" ― Lina Park\n\"Nothing changed for our street.\" ― Omar Said",
        &[
            q(
                "direct",
                "Lina Park",
                "person",
                &["The new ferry changed my week completely."],
            ),
            q("direct", "Omar Said", "person", &["Nothing changed for our street."]),
        ],
    ),
    // Indirect speech.
    case(
        "indirect_that_clause",
        "Finance Minister Lena Holm warned that the deficit would grow next year.",
        &[q(
            "indirect",
            "Lena Holm",
            "person",
            &["that the deficit would grow next year"],
        )],
    ),
    case(
        "indirect_without_that",
        "Lena Holm says the deficit will shrink.",
        &[q("indirect", "Lena Holm", "person", &["the deficit will shrink"])],
    ),
    case(
        "indirect_cue_after_organisation",
        "The factory will close in March, Reuters reported.",
        &[q(
            "indirect",
            "Reuters",
            "organization",
            &["The factory will close in March"],
        )],
    ),
    case(
        "indirect_told_object_anonymous",
        "A senior diplomat told the BBC that the talks had stalled.",
        &[q(
            "indirect",
            "A senior diplomat",
            "anonymous",
            &["that the talks had stalled"],
        )],
    ),
    case(
        "indirect_according_to_first",
        "According to the coast guard, two boats are missing.",
        &[q(
            "indirect",
            "the coast guard",
            "other",
            &["two boats are missing"],
        )],
    ),
    case(
        "indirect_according_to_last",
        "Two fishing boats are missing, according to the ministry.",
        &[q(
            "indirect",
            "the ministry",
            "organization",
            &["Two fishing boats are missing"],
        )],
    ),
    case(
        "indirect_appositive_speaker",
        "Paul Stone, a spokesman for the port authority, said the cranes were safe.",
        &[q("indirect", "Paul Stone", "person", &["the cranes were safe"])],
    ),
    case(
        "indirect_description_then_name",
        "The ferry company's lawyer, Nora Quist, said the crossing would reopen.",
        &[q("indirect", "Nora Quist", "person", &["the crossing would reopen"])],
    ),
    case(
        "indirect_description_then_name_without_determiner",
        "Harbour pilot Sam Ortiz watched. A local fisherman, Ivo Marsh, said the nets were empty.",
        &[q("indirect", "Ivo Marsh", "person", &["the nets were empty"])],
    ),
    case(
        "colon_cue_after_description_and_name_opens_next_paragraph",
        "Its chief engineer, Lena Voss, said:\n\n\"The bridge will hold.\"",
        &[q("direct", "Lena Voss", "person", &["The bridge will hold."])],
    ),
    case(
        "relative_clause_cue_yields_to_main_clause_after_plural_possessive",
        "Two of the growers' leaders, who asked not to be named, said the deal was poor.",
        &[q(
            "indirect",
            "Two of the growers' leaders",
            "other",
            &["the deal was poor"],
        )],
    ),
    case(
        "indirect_cue_inverted",
        "The cranes will be replaced next year, said the port's chief engineer.",
        &[q(
            "indirect",
            "the port's chief engineer",
            "anonymous",
            &["The cranes will be replaced next year"],
        )],
    ),
    case(
        "indirect_anonymous_postmodified",
        "People familiar with the talks said a deal was close.",
        &[q(
            "indirect",
            "People familiar with the talks",
            "anonymous",
            &["a deal was close"],
        )],
    ),
    case(
        "indirect_participle_continues_speaker",
        "\"We are ready,\" Tom Berg said, adding that the crews had trained for weeks.",
        &[
            q("direct", "Tom Berg", "person", &["We are ready,"]),
            q(
                "indirect",
                "Tom Berg",
                "person",
                &["that the crews had trained for weeks"],
            ),
        ],
    ),
    case(
        "indirect_two_speakers_one_sentence",
        "Lena Holm insisted that taxes would not rise, and Tom Berg argued \"the numbers do not add up\".",
        &[
            q("indirect", "Lena Holm", "person", &["that taxes would not rise"]),
            q("direct", "Tom Berg", "person", &["the numbers do not add up"]),
        ],
    ),
    // Mixed: reported speech holding a quoted fragment.
    case(
        "mixed_that_clause_with_fragment",
        "Lena Holm wrote on Friday that reaching a \"fair deal for both towns\" would take months.",
        &[q(
            "mixed",
            "Lena Holm",
            "person",
            &["that reaching a \"fair deal for both towns\" would take months"],
        )],
    ),
    case(
        "mixed_fragment_then_cue",
        "The plan was \"a costly mistake\" for the town, Tom Berg said.",
        &[q(
            "mixed",
            "Tom Berg",
            "person",
            &["The plan was \"a costly mistake\" for the town"],
        )],
    ),
    case(
        "mixed_quotation_only_verb",
        "Ana Ruiz called the budget \"a list of broken promises\" on Monday.",
        &[q(
            "mixed",
            "Ana Ruiz",
            "person",
            &["the budget \"a list of broken promises\" on Monday"],
        )],
    ),
    // Resolution within the article.
    case(
        "resolve_pronoun_by_gender",
        "Ana Ruiz met Mr. Berg at the pier on Monday. \"It is worse than I feared,\" she said.",
        &[q("direct", "Ana Ruiz", "person", &["It is worse than I feared,"])],
    ),
    case(
        "resolve_surname_to_full_name",
        "Ana Ruiz opened the meeting. Later, Ruiz said the budget was tight.",
        &[q("indirect", "Ana Ruiz", "person", &["the budget was tight"])],
    ),
    case(
        "resolve_title_to_its_holder",
        "Mayor Ana Ruiz opened the pier on Monday.\n\n\"It took ten years,\" the mayor said.",
        &[q("direct", "Ana Ruiz", "person", &["It took ten years,"])],
    ),
    case(
        "resolve_anonymous_back_reference",
        "A Danish official told reporters that the border would reopen.\n\nThe unnamed official said: \"We expect no delays.\"",
        &[
            q(
                "indirect",
                "A Danish official",
                "anonymous",
                &["that the border would reopen"],
            ),
            q("direct", "A Danish official", "anonymous", &["We expect no delays."]),
        ],
    ),
    // What is not a quote.
    case(
        "apostrophes_are_not_quotes",
        "The officials' plan for the '90s revival brought rock 'n' roll back, and fans don't mind.",
        &[],
    ),
    case(
        "scare_quotes_alone_are_not_quotes",
        "The so-called \"smart\" bins were removed from the square.",
        &[],
    ),
    case(
        "passive_listener_is_no_speaker",
        "The driver was told that the road was closed.",
        &[],
    ),
    case(
        "capitalised_verb_form_is_a_name",
        "The United States spends more on ports than any other country.",
        &[],
    ),
    case(
        "noun_use_of_a_cue_word",
        "Violent protests spread across the city overnight.",
        &[],
    ),
    case(
        "negated_speech_is_no_quote",
        "Neither the council nor the port has confirmed the plan. The mayor did not say when work would start.",
        &[],
    ),
    case(
        "relative_clause_cue_yields_to_main_clause",
        "A senior diplomat, who asked not to be named, said the cranes were unsafe.",
        &[q(
            "indirect",
            "A senior diplomat",
            "anonymous",
            &["the cranes were unsafe"],
        )],
    ),
    case(
        "quotation_across_paragraphs_attributed_where_it_ends",
        "Tom Berg opened the meeting.\n\n\"The first phase is done.\n\n\"The second phase starts in May,\" he said.",
        &[q(
            "direct",
            "Tom Berg",
            "person",
            &["The first phase is done.", "The second phase starts in May,"],
        )],
    ),
    case(
        "unbalanced_mark_ends_with_its_paragraph",
        "Tom Berg said the plan was \"too slow for the town.\n\nThe council meets again in June.",
        &[q(
            "mixed",
            "Tom Berg",
            "person",
            &["the plan was \"too slow for the town."],
        )],
    ),
    // The title of a work in quotation marks is no quote: title case with a
    // subtitle after a colon, or right after "of", "on" or "in". A sentence
    // someone said stays a quote, even with a colon in it.
    case(
        "work_title_with_subtitle_is_no_quote",
        "The senator's memoir, \"Hard Roads: A Life in Politics and Public Service,\" sold well in the spring.",
        &[],
    ),
    case(
        "work_title_after_of_is_no_quote",
        "She is now the host of \"The Late Show With Ann Lee and Friends.\" The program airs on Fridays.",
        &[],
    ),
    case(
        "unattributed_chant_stays_a_quote",
        "The crowd waited outside. \"We want our jobs back and we want them now.\" The chant went on for an hour.",
        &[Want {
            kind: "direct",
            speaker: None,
            speaker_type: None,
            content: &["We want our jobs back and we want them now."],
        }],
    ),
    case(
        "unattributed_sentence_with_colon_stays_a_quote",
        "The notice on the door was short. \"There is one rule: Nobody leaves the building before the inspectors arrive.\"",
        &[Want {
            kind: "direct",
            speaker: None,
            speaker_type: None,
            content: &["There is one rule: Nobody leaves the building before the inspectors arrive."],
        }],
    ),
    // After "speak to", "with", "in" (or "on" before a capitalised name) a
    // quotation names where the words were said: no quote. "spoke of" gives
    // what was said.
    case(
        "speaking_to_a_show_is_no_quote",
        "Speaking to \"Morning Desk\" on Monday, Ana Ruiz refused to attack her rivals.",
        &[],
    ),
    case(
        "spoke_with_on_a_podcast_is_no_quote",
        "The paper spoke with the mayor on the latest episode of its podcast, \"Town Talk.\"",
        &[],
    ),
    case(
        "spoke_of_words_stays_a_quote",
        "Ana Ruiz spoke of \"a new start for the harbour\" at the dinner.",
        &[q(
            "mixed",
            "Ana Ruiz",
            "person",
            &["of \"a new start for the harbour\" at the dinner"],
        )],
    ),
];

fn check(ex: &Extractor, c: &Case) {
    let a: Analysis<'_> = ex.analyze(c.text);
    let text = a.text();
    let got: Vec<String> = a
        .quotes
        .iter()
        .map(|qt| {
            let content: Vec<&str> = qt.content.iter().map(|s| &text[*s]).collect();
            let (name, kind) = qt
                .speaker
                .as_ref()
                .map_or(("-", "-"), |s| (s.name.as_str(), s.kind.as_str()));
            format!("{} | {} | {} | {:?}", qt.kind.as_str(), name, kind, content)
        })
        .collect();
    let want: Vec<String> = c
        .want
        .iter()
        .map(|w| {
            format!(
                "{} | {} | {} | {:?}",
                w.kind,
                w.speaker.unwrap_or("-"),
                w.speaker_type.unwrap_or("-"),
                w.content
            )
        })
        .collect();
    assert_eq!(
        got, want,
        "case {}: quotes differ\n  text: {:?}\n  help: check the cue list, the speaker phrase and the content region for this pattern",
        c.name, c.text
    );
    for qt in &a.quotes {
        for piece in &qt.content {
            assert!(
                qt.span.contains(*piece),
                "case {}: content outside its quote",
                c.name
            );
            assert!(text.is_char_boundary(piece.start) && text.is_char_boundary(piece.end));
        }
        if let Some(s) = &qt.speaker {
            assert!(text.is_char_boundary(s.span.start) && text.is_char_boundary(s.span.end));
        }
    }
}

#[test]
fn quote_cases() {
    let ex = Extractor::new();
    let mut names = std::collections::HashSet::new();
    for c in CASES {
        assert!(names.insert(c.name), "duplicate case name {}", c.name);
        check(&ex, c);
    }
}

#[test]
fn cues_record_the_verb_and_speaker_mention() {
    let a = reportage::analyze(
        "\"We are ready,\" she said. Tom Berg, the mayor, told CBS that work began.",
    );
    let text = a.text();
    let cues: Vec<&str> = a
        .quotes
        .iter()
        .filter_map(|q| q.cue)
        .map(|s| &text[s])
        .collect();
    assert_eq!(cues, ["said", "told"]);
    let mentions: Vec<&str> = a
        .quotes
        .iter()
        .filter_map(|q| q.speaker.as_ref())
        .map(|s| &text[s.span])
        .collect();
    assert_eq!(mentions, ["she", "Tom Berg"]);
}

#[test]
fn user_speech_verbs_get_all_their_forms() {
    let ex = Extractor::builder().speech_verb("opine").build().unwrap();
    let a = ex.analyze("Ana Ruiz opined that the pier was too short. Tom Berg opines the same.");
    let text = a.text();
    let got: Vec<(&str, &str)> = a
        .quotes
        .iter()
        .map(|q| {
            (
                &text[q.cue.unwrap()],
                q.speaker.as_ref().unwrap().name.as_str(),
            )
        })
        .collect();
    assert_eq!(got, [("opined", "Ana Ruiz"), ("opines", "Tom Berg")]);
    assert!(
        reportage::analyze("Ana Ruiz opined that the pier was too short.")
            .quotes
            .is_empty()
    );
}

#[test]
fn floods_of_marks_stay_bounded_and_never_panic() {
    let ex = Extractor::new();
    for text in [
        "\"".repeat(1 << 20),
        "'".repeat(100_000),
        "“ ” „ « » ‘ ’ ' \" ".repeat(20_000),
        "He said \"".repeat(20_000),
        "\"A,\" he said, \"".repeat(20_000),
    ] {
        let a = ex.analyze(&text);
        for q in &a.quotes {
            for p in &q.content {
                assert!(q.span.contains(*p));
                assert!(text.is_char_boundary(p.start) && text.is_char_boundary(p.end));
            }
        }
    }
}

/// Texts built from the pieces quote rules look at: marks of every style,
/// apostrophes, cue words, names, pronouns, punctuation and paragraph breaks.
fn quote_soup(picks: &[u8]) -> String {
    const PIECES: &[&str] = &[
        "\"",
        "“",
        "”",
        "‘",
        "’",
        "'",
        "''",
        "«",
        "»",
        "„",
        " ",
        " ",
        " ",
        "\n\n",
        "\n",
        ",",
        ".",
        ":",
        "?",
        "—",
        "(",
        ")",
        "said",
        "told",
        "according to",
        "adding",
        "says",
        "he",
        "she",
        "the official",
        "Ana Ruiz",
        "Berg",
        "that",
        "the plan",
        "was",
        "ready",
        "don't",
        "Ruiz's",
        "'90s",
        "Ünïcödé",
        "日本",
        "A",
        "officials'",
        "called",
        "–",
        "―",
    ];
    picks
        .iter()
        .map(|&p| PIECES[usize::from(p) % PIECES.len()])
        .collect()
}

fn spans_are_sound(text: &str) -> bool {
    let a = reportage::analyze(text);
    for q in &a.quotes {
        if q.span.end > text.len() || q.content.is_empty() {
            return false;
        }
        for p in &q.content {
            if !q.span.contains(*p)
                || !text.is_char_boundary(p.start)
                || !text.is_char_boundary(p.end)
            {
                return false;
            }
        }
        if let Some(c) = q.cue {
            if c.end > text.len()
                || !text.is_char_boundary(c.start)
                || !text.is_char_boundary(c.end)
            {
                return false;
            }
        }
        if let Some(s) = &q.speaker {
            if s.span.end > text.len()
                || !text.is_char_boundary(s.span.start)
                || !text.is_char_boundary(s.span.end)
                || s.name.is_empty()
            {
                return false;
            }
        }
    }
    a.quotes
        .windows(2)
        .all(|w| w[0].span.start <= w[1].span.start)
}

#[test]
fn random_quote_soups_give_sound_spans() {
    fn prop(picks: Vec<u8>) -> bool {
        spans_are_sound(&quote_soup(&picks))
    }
    quickcheck::QuickCheck::new()
        .tests(2000)
        .rng(quickcheck::Gen::new(400))
        .quickcheck(prop as fn(Vec<u8>) -> bool);
}

#[test]
fn random_text_gives_sound_spans() {
    fn prop(text: String) -> bool {
        spans_are_sound(&text)
    }
    quickcheck::QuickCheck::new()
        .tests(300)
        .quickcheck(prop as fn(String) -> bool);
}
