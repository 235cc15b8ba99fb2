//! Table-driven sentence cases: each names a behaviour of the splitter, gives
//! a text written for this test, and the sentences expected, as surface strings.

struct Case {
    name: &'static str,
    text: &'static str,
    want: &'static [&'static str],
}

const fn case(name: &'static str, text: &'static str, want: &'static [&'static str]) -> Case {
    Case { name, text, want }
}

const CASES: &[Case] = &[
    // Titles and ranks.
    case(
        "title_mr_then_pronoun",
        "Mr. Alvarez opened the bakery in 1998. He still bakes every morning.",
        &["Mr. Alvarez opened the bakery in 1998.", "He still bakes every morning."],
    ),
    case(
        "title_gov",
        "Gov. Linda Perez signed the budget on Friday.",
        &["Gov. Linda Perez signed the budget on Friday."],
    ),
    case(
        "rank_gen_with_period",
        "Gen. Tomas Reyes arrived late. The briefing had already started.",
        &["Gen. Tomas Reyes arrived late.", "The briefing had already started."],
    ),
    case(
        "rank_gen_without_period",
        "The talks were led by Gen Tomas Reyes, who spoke for an hour. Few questions followed.",
        &[
            "The talks were led by Gen Tomas Reyes, who spoke for an hour.",
            "Few questions followed.",
        ],
    ),
    case(
        "rank_col_without_period",
        "Army spokesman Col Maria Ortiz said the convoy was safe.",
        &["Army spokesman Col Maria Ortiz said the convoy was safe."],
    ),
    case(
        "rank_col_with_period",
        "The unit is led by Col. Maria Ortiz and a deputy.",
        &["The unit is led by Col. Maria Ortiz and a deputy."],
    ),
    case(
        "rank_sgt",
        "Sgt. Paul Kim was among the first to reach the bridge.",
        &["Sgt. Paul Kim was among the first to reach the bridge."],
    ),
    case(
        "rank_lt_col",
        "Lt. Col. Anne Brooks commands the battalion. She took over in May.",
        &["Lt. Col. Anne Brooks commands the battalion.", "She took over in May."],
    ),
    case(
        "title_after_hyphen",
        "The former ex-Gov. Ray Dunn spoke first.",
        &["The former ex-Gov. Ray Dunn spoke first."],
    ),
    // Country and place abbreviations: a boundary only before a sentence starter.
    case(
        "us_before_name",
        "The U.S. Navy sent two ships to the strait.",
        &["The U.S. Navy sent two ships to the strait."],
    ),
    case(
        "us_before_lowercase",
        "She has lived in the U.S. for a decade.",
        &["She has lived in the U.S. for a decade."],
    ),
    case(
        "us_ends_sentence",
        "Prices fell sharply across the U.S. Then they recovered.",
        &["Prices fell sharply across the U.S.", "Then they recovered."],
    ),
    case(
        "dc_ends_sentence",
        "The hearing took place in Washington D.C. The panel meets again next week.",
        &[
            "The hearing took place in Washington D.C.",
            "The panel meets again next week.",
        ],
    ),
    case(
        "dc_before_title",
        "Washington, D.C. Mayor Ruth Lane spoke first.",
        &["Washington, D.C. Mayor Ruth Lane spoke first."],
    ),
    case(
        "state_abbreviation_before_verb",
        "The plant in Fresno, Calif. employs 300 people.",
        &["The plant in Fresno, Calif. employs 300 people."],
    ),
    // Company suffixes: a boundary before any capitalised word but another suffix.
    case(
        "inc_before_lowercase",
        "Shares of Northfield Inc. rose 4 percent on Monday.",
        &["Shares of Northfield Inc. rose 4 percent on Monday."],
    ),
    case(
        "inc_ends_before_name",
        "The deal was announced by the lender Corbel Inc. Martin Haas said it would close in June.",
        &[
            "The deal was announced by the lender Corbel Inc.",
            "Martin Haas said it would close in June.",
        ],
    ),
    case(
        "co_ends_before_pronoun",
        "The contract went to Baxter & Co. It was signed on Monday.",
        &["The contract went to Baxter & Co.", "It was signed on Monday."],
    ),
    case(
        "co_ltd_chain",
        "Samwon Electronics Co. Ltd. reported a loss for the quarter.",
        &["Samwon Electronics Co. Ltd. reported a loss for the quarter."],
    ),
    case(
        "etc_ends_sentence",
        "They sold bread, milk, eggs, etc. The shop closed at noon.",
        &["They sold bread, milk, eggs, etc.", "The shop closed at noon."],
    ),
    case(
        "eg_inside_sentence",
        "Some items, e.g. batteries, are banned. Others are allowed.",
        &["Some items, e.g. batteries, are banned.", "Others are allowed."],
    ),
    // Abbreviations before numbers.
    case(
        "no_before_number",
        "The team is ranked No. 1 in the country.",
        &["The team is ranked No. 1 in the country."],
    ),
    case(
        "lowercase_no_is_a_word",
        "The board said no. The plan was dropped.",
        &["The board said no.", "The plan was dropped."],
    ),
    case(
        "month_before_day",
        "The vote is set for Jan. 15 in the capital.",
        &["The vote is set for Jan. 15 in the capital."],
    ),
    case(
        "page_before_number",
        "The figures appear on p. 55 of the annual report.",
        &["The figures appear on p. 55 of the annual report."],
    ),
    case(
        "mount_before_name",
        "Climbers reached the top of Mt. Kenya on Sunday.",
        &["Climbers reached the top of Mt. Kenya on Sunday."],
    ),
    case(
        "saint_and_street",
        "St. Anne's school is on Elm St. near the station.",
        &["St. Anne's school is on Elm St. near the station."],
    ),
    // Initials.
    case(
        "double_initial",
        "J.D. Alvarado hit two home runs on Tuesday.",
        &["J.D. Alvarado hit two home runs on Tuesday."],
    ),
    case(
        "middle_initial",
        "The actor Michael J. Ramos won an award. He thanked his family.",
        &["The actor Michael J. Ramos won an award.", "He thanked his family."],
    ),
    case(
        "single_letter_ends_before_starter",
        "The winner was Plan B. It cost less.",
        &["The winner was Plan B.", "It cost less."],
    ),
    case(
        "pronoun_i_ends_sentence",
        "Nobody else went, only Sara and I. Did it matter?",
        &["Nobody else went, only Sara and I.", "Did it matter?"],
    ),
    case(
        "initial_i_in_name",
        "We met Henry I. Walsh at the station.",
        &["We met Henry I. Walsh at the station."],
    ),
    // Numbers, money, times.
    case(
        "decimals",
        "Growth slowed to 2.5 percent last year. Economists had expected 3.1 percent.",
        &[
            "Growth slowed to 2.5 percent last year.",
            "Economists had expected 3.1 percent.",
        ],
    ),
    case(
        "money_ends_sentence",
        "The ticket costs $4.50. Most riders pay it.",
        &["The ticket costs $4.50.", "Most riders pay it."],
    ),
    case(
        "money_inside_sentence",
        "He paid $1.2 billion for the firm in 2019.",
        &["He paid $1.2 billion for the firm in 2019."],
    ),
    case(
        "time_before_weekday",
        "The polls open at 9 a.m. Tuesday and close at 8 p.m.",
        &["The polls open at 9 a.m. Tuesday and close at 8 p.m."],
    ),
    case(
        "time_before_time_zone",
        "The launch is at 4 p.m. EST on Friday.",
        &["The launch is at 4 p.m. EST on Friday."],
    ),
    case(
        "time_ends_sentence",
        "The match ended at 10 p.m. Fans stayed for another hour.",
        &["The match ended at 10 p.m.", "Fans stayed for another hour."],
    ),
    case(
        "time_in_short_opening_phrase",
        "By 6 a.m. Mrs. Lopez had left home.",
        &["By 6 a.m. Mrs. Lopez had left home."],
    ),
    // Addresses.
    case(
        "url_ends_sentence",
        "Details are at https://www.example.org/news/item.html. Read them first.",
        &[
            "Details are at https://www.example.org/news/item.html.",
            "Read them first.",
        ],
    ),
    case(
        "email_ends_sentence",
        "Write to press.office@example.com. Replies take a day.",
        &["Write to press.office@example.com.", "Replies take a day."],
    ),
    case(
        "email_with_capitals",
        "Contact Maria.Lopez@example.org for tickets.",
        &["Contact Maria.Lopez@example.org for tickets."],
    ),
    // Ellipses.
    case(
        "ellipsis_spaced_omission",
        "He said the plan was ... well, not ready.",
        &["He said the plan was ... well, not ready."],
    ),
    case(
        "ellipsis_spaced_before_pronoun_i",
        "The point is . . . I never agreed to it.",
        &["The point is . . . I never agreed to it."],
    ),
    case(
        "ellipsis_attached_ends",
        "We waited and waited... Nobody came.",
        &["We waited and waited...", "Nobody came."],
    ),
    case(
        "ellipsis_four_dots",
        "It was never finished.... The money ran out.",
        &["It was never finished....", "The money ran out."],
    ),
    case(
        "ellipsis_spaced_four_dots",
        "The letter stops mid-thought . . . . Then a new page begins.",
        &["The letter stops mid-thought . . . .", "Then a new page begins."],
    ),
    case(
        "ellipsis_period_then_spaced",
        "The first draft was lost. . . . Later drafts survived.",
        &["The first draft was lost.", ". . . Later drafts survived."],
    ),
    case(
        "ellipsis_unicode",
        "She paused\u{2026} Then she laughed.",
        &["She paused\u{2026}", "Then she laughed."],
    ),
    case(
        "ellipsis_bracketed_before_citation",
        "\"The council [...] will decide [...]\" (Minutes, p. 4).",
        &["\"The council [...] will decide [...]\" (Minutes, p. 4)."],
    ),
    case(
        "ellipsis_bracketed_before_sentence",
        "\"Costs rose [...] Revenue did not,\" the memo said.",
        &["\"Costs rose [...]", "Revenue did not,\" the memo said."],
    ),
    case(
        "ellipsis_spaced_before_starter",
        "Nobody knows why the bridge fell ... In the morning, crews arrived.",
        &["Nobody knows why the bridge fell ...", "In the morning, crews arrived."],
    ),
    case(
        "ellipsis_spaced_inside_quote",
        "\u{201c}Sales fell \u{2026} While costs rose, margins held,\u{201d} the chief said.",
        &["\u{201c}Sales fell \u{2026} While costs rose, margins held,\u{201d} the chief said."],
    ),
    case(
        "ellipsis_after_period_inside_quote",
        "\u{201c}It was over. ... Then the rain came,\u{201d} she said.",
        &["\u{201c}It was over. ... Then the rain came,\u{201d} she said."],
    ),
    // Marks after the stop that stay with the sentence.
    case(
        "footnote_after_stop",
        "The town was founded in 1820.[3] It grew fast.",
        &["The town was founded in 1820.[3]", "It grew fast."],
    ),
    case(
        "bracket_alone_after_stop",
        "(We land at noon. ) Then we take a taxi.",
        &["(We land at noon. )", "Then we take a taxi."],
    ),
    case(
        "lowercase_list_marker_continues",
        "Two answers were offered: a) wait for the bus. b) walk home.",
        &["Two answers were offered: a) wait for the bus. b) walk home."],
    ),
    // Lists.
    case(
        "numbered_list_run_on",
        "1. Buy tickets 2. Pack bags 3. Leave early",
        &["1. Buy tickets", "2. Pack bags", "3. Leave early"],
    ),
    case(
        "numbered_list_parens",
        "1) Buy tickets. 2) Pack bags.",
        &["1) Buy tickets.", "2) Pack bags."],
    ),
    case(
        "numbered_list_dot_paren",
        "1.) Buy tickets 2.) Pack bags",
        &["1.) Buy tickets", "2.) Pack bags"],
    ),
    case(
        "lettered_list",
        "a. Call the office b. Send the form",
        &["a. Call the office", "b. Send the form"],
    ),
    case(
        "bullet_list",
        "\u{2022} Fewer buses \u{2022} Higher fares",
        &["\u{2022} Fewer buses", "\u{2022} Higher fares"],
    ),
    case(
        "list_after_colon",
        "Do this: 1. Check the date. 2. Sign the form.",
        &["Do this: 1. Check the date.", "2. Sign the form."],
    ),
    case(
        "list_on_lines",
        "Steps\n1. Check the date\n2. Sign the form",
        &["Steps", "1. Check the date", "2. Sign the form"],
    ),
    // Quotations.
    case(
        "quote_multi_sentence_splits_inside",
        "\"We are tired. We want peace,\" said one resident.",
        &["\"We are tired.", "We want peace,\" said one resident."],
    ),
    case(
        "quote_closing_mark_stays_with_sentence",
        "She said: \"It is over.\" Then she left.",
        &["She said: \"It is over.\"", "Then she left."],
    ),
    case(
        "quote_chant_before_lowercase",
        "The crowd chanted \"Open the gates!\" and marched on.",
        &["The crowd chanted \"Open the gates!\" and marched on."],
    ),
    case(
        "quote_question_before_name",
        "\"Who pays for this?\" Senator Ruiz asked.",
        &["\"Who pays for this?\" Senator Ruiz asked."],
    ),
    case(
        "quote_nested_question_before_name_and_speech_verb",
        "The clerk was asked once more. “Did he ask, ‘Who signed it?’” Nadia Holt testified. The court rose.",
        &[
            "The clerk was asked once more.",
            "“Did he ask, ‘Who signed it?’” Nadia Holt testified.",
            "The court rose.",
        ],
    ),
    case(
        "quote_exclamation_before_name_and_less_common_speech_verb",
        "“Not again!” Victor Lund grumbled. Nobody answered him.",
        &["“Not again!” Victor Lund grumbled.", "Nobody answered him."],
    ),
    case(
        "quote_exclamation_then_new_subject",
        "\"We want water!\" Residents marched to the town hall.",
        &["\"We want water!\"", "Residents marched to the town hall."],
    ),
    case(
        "quote_title_with_question",
        "She starred in \"Where Is Home?\" last year.",
        &["She starred in \"Where Is Home?\" last year."],
    ),
    case(
        "quote_lowercase_speech_tag",
        "'That was the last train.' she said.",
        &["'That was the last train.' she said."],
    ),
    case(
        "quote_woven_into_sentence",
        "Officials said a \"lasting deal needs hard choices. That is why talks continue\". Critics disagreed.",
        &[
            "Officials said a \"lasting deal needs hard choices. That is why talks continue\".",
            "Critics disagreed.",
        ],
    ),
    case(
        "quote_unclosed_runs_into_next_paragraph",
        "He began: \"We will rebuild the bridge. It will take years.\n\n\"The money is there,\" he said. Work starts soon.",
        &[
            "He began: \"We will rebuild the bridge.",
            "It will take years.",
            "\"The money is there,\" he said.",
            "Work starts soon.",
        ],
    ),
    case(
        "quote_unclosed_after_lowercase_word",
        "They called it a \"disaster. Nobody came. The hall was empty.",
        &["They called it a \"disaster.", "Nobody came.", "The hall was empty."],
    ),
    case(
        "quote_attribution_after_dash",
        "\"Nothing is settled.\" - Dana Ruiz",
        &["\"Nothing is settled.\" - Dana Ruiz"],
    ),
    // Every quotation style.
    case(
        "quote_style_curly_double",
        "\u{201c}We won,\u{201d} she said. \u{201c}Now we rest.\u{201d} The bus left.",
        &[
            "\u{201c}We won,\u{201d} she said.",
            "\u{201c}Now we rest.\u{201d}",
            "The bus left.",
        ],
    ),
    case(
        "quote_style_curly_single",
        "\u{2018}It is done.\u{2019} He left the room.",
        &["\u{2018}It is done.\u{2019}", "He left the room."],
    ),
    case(
        "quote_style_guillemets",
        "\u{ab}C\u{2019}est fini.\u{bb} Then came silence.",
        &["\u{ab}C\u{2019}est fini.\u{bb}", "Then came silence."],
    ),
    case(
        "quote_style_low_high",
        "\u{201e}Es reicht.\u{201c} Then he left.",
        &["\u{201e}Es reicht.\u{201c}", "Then he left."],
    ),
    case(
        "quote_style_double_apostrophes",
        "``We won.'' Then the fans cheered.",
        &["``We won.''", "Then the fans cheered."],
    ),
    case(
        "quote_style_straight_single",
        "He wrote 'not yet.' Nobody replied.",
        &["He wrote 'not yet.'", "Nobody replied."],
    ),
    // Brackets.
    case(
        "bracket_closes_after_stop",
        "(The vote was close.) Turnout was low.",
        &["(The vote was close.)", "Turnout was low."],
    ),
    case(
        "bracket_then_lowercase_continues",
        "She works as a nurse (she trained abroad.) at the clinic.",
        &["She works as a nurse (she trained abroad.) at the clinic."],
    ),
    // Exclamations and questions.
    case(
        "double_punctuation",
        "Really?! Yes. Wow!! Fine.",
        &["Really?!", "Yes.", "Wow!!", "Fine."],
    ),
    case(
        "brand_with_exclamation",
        "Tickets for the Jeopardy! fan event sold out.",
        &["Tickets for the Jeopardy! fan event sold out."],
    ),
    case(
        "question_before_lowercase_in_web_text",
        "is the museum open today? anyone know",
        &["is the museum open today?", "anyone know"],
    ),
    // No whitespace between sentences.
    case(
        "glued_sentences",
        "The rain stopped.Then the sun came out.It was noon.",
        &["The rain stopped.", "Then the sun came out.", "It was noon."],
    ),
    case(
        "glued_number_then_word",
        "Attendance reached 2,500.That was a record.",
        &["Attendance reached 2,500.", "That was a record."],
    ),
    // Web text.
    case(
        "emoticon_stays_with_sentence",
        "Thanks for the tip. :) I will try it.",
        &["Thanks for the tip. :)", "I will try it."],
    ),
    case(
        "lowercase_start_after_word",
        "The hotel was fine. breakfast was cold though.",
        &["The hotel was fine.", "breakfast was cold though."],
    ),
    case(
        "double_period_pauses",
        "The soup was good.. but the bread was stale.",
        &["The soup was good.. but the bread was stale."],
    ),
    case(
        "glued_ellipsis",
        "We waited an hour...Then the doors opened.",
        &["We waited an hour...", "Then the doors opened."],
    ),
    case(
        "web_address_after_stop",
        "See it. http://example.org/list has more.",
        &["See it.", "http://example.org/list has more."],
    ),
    case(
        "lone_closing_quote_after_stop",
        "He wrote: 'We will go.' '' Then he signed it.",
        &["He wrote: 'We will go.' ''", "Then he signed it."],
    ),
    case(
        "interjection_after_quoted_exclamation",
        "The clerk said \"no refunds!\" Sure enough, none came.",
        &["The clerk said \"no refunds!\"", "Sure enough, none came."],
    ),
    // Layout.
    case(
        "blank_line_ends_headline",
        "Storm hits coast\n\nThe storm arrived at night.",
        &["Storm hits coast", "The storm arrived at night."],
    ),
    case(
        "line_break_inside_sentence",
        "The minister said the plan\nwould be published soon.",
        &["The minister said the plan\nwould be published soon."],
    ),
    case(
        "wrapped_line_before_name",
        "The report was sent on Tuesday to the office of the regional governor and\nMaria Lopez, who had asked for it.",
        &["The report was sent on Tuesday to the office of the regional governor and\nMaria Lopez, who had asked for it."],
    ),
    case(
        "short_lines_are_a_list",
        "apples\nfresh pears\nplums, figs",
        &["apples", "fresh pears", "plums, figs"],
    ),
    case(
        "heading_line",
        "Flood Warning Issued\nResidents were told to leave.",
        &["Flood Warning Issued", "Residents were told to leave."],
    ),
    case(
        "dateline_with_dash",
        "LAGOS, Nigeria (AP) \u{2014} The rain flooded the city.",
        &["LAGOS, Nigeria (AP) \u{2014}", "The rain flooded the city."],
    ),
    case(
        "caption_credit",
        "Rescue teams at the site Image: City Fire Service.",
        &["Rescue teams at the site", "Image: City Fire Service."],
    ),
    case(
        "crlf_line_ends",
        "Storm Warning\r\nResidents left.\r\n\r\nThe roads closed.",
        &["Storm Warning", "Residents left.", "The roads closed."],
    ),
    case(
        "no_break_space_between_sentences",
        "The roads closed.\u{a0}It rained all night.",
        &["The roads closed.", "It rained all night."],
    ),
    case(
        "date_marker_outside_sentences",
        "date 2025-03-02 The vote was held. Results came late.",
        &["The vote was held.", "Results came late."],
    ),
];

#[test]
fn sentence_cases() {
    let mut failures = Vec::new();
    for c in CASES {
        let got: Vec<&str> = reportage::sentences(c.text)
            .map(|(span, s)| {
                assert_eq!(&c.text[span], s, "{}: span and slice disagree", c.name);
                s
            })
            .collect();
        if got != c.want {
            failures.push(format!(
                "{}:\n  text: {:?}\n  want: {:?}\n  got:  {:?}",
                c.name, c.text, c.want, got
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} sentence cases failed (help: the rules are in src/sentence/rules.rs, \
         the word lists in data/lexicon/abbreviations.tsv and sentence_words.tsv):\n{}",
        failures.len(),
        CASES.len(),
        failures.join("\n")
    );
}

#[test]
fn sentence_case_names_are_unique() {
    let mut names: Vec<&str> = CASES.iter().map(|c| c.name).collect();
    names.sort_unstable();
    let before = names.len();
    names.dedup();
    assert_eq!(before, names.len(), "two sentence cases share a name");
}

#[test]
fn pipeline_and_iterator_agree() {
    for c in CASES {
        let a = reportage::analyze(c.text);
        let pipeline: Vec<reportage::Span> = a.sentences.iter().map(|s| s.span).collect();
        let alone: Vec<reportage::Span> = reportage::sentences(c.text).map(|(s, _)| s).collect();
        assert_eq!(pipeline, alone, "{}", c.name);
        for s in &a.sentences {
            let p = a.paragraphs[s.paragraph].span;
            assert!(
                p.contains(s.span),
                "{}: sentence outside its paragraph",
                c.name
            );
        }
    }
}
