//! Speaker attribution, one table per error pattern of issue 9 (all
//! sentences written for this test). Each case says, for a piece of reported
//! words, who the quote holding it is attributed to (the resolved name, or no
//! speaker), and which words must be in no quote at all (a cue verb used in a
//! sense that is not speech).

use reportage::Extractor;

pub(super) struct Case {
    pub(super) pattern: &'static str,
    pub(super) text: &'static str,
    /// (words inside the quote's content, the speaker's resolved name).
    pub(super) speakers: &'static [(&'static str, Option<&'static str>)],
    /// Words that no quote may hold.
    pub(super) no_quote: &'static [&'static str],
}

const CASES: &[Case] = &[
    // Right after a cue and a comma, words opening with "and" or "but" are a
    // clause of their own, never what the cue reported; "and I quote" before
    // a quotation, and "or" offering another word, still report.
    Case {
        pattern: "conjunction-after-cue",
        text: "The bridge will reopen in May, Ana Ruiz, a spokeswoman, said on Saturday, and the council has since agreed.",
        speakers: &[("bridge will reopen", Some("Ana Ruiz"))],
        no_quote: &["council has since agreed"],
    },
    Case {
        pattern: "conjunction-after-cue",
        text: "The drinking continued, and four years later the mill was sold.",
        speakers: &[],
        no_quote: &["mill was sold"],
    },
    Case {
        pattern: "conjunction-after-cue",
        text: "The employer asked for proof of address, and the old lease was no longer enough.",
        speakers: &[],
        no_quote: &["old lease"],
    },
    Case {
        pattern: "conjunction-after-cue",
        text: "Tom Hale reported from the capital, and Ruth Cole from the coast.",
        speakers: &[],
        no_quote: &["from the coast"],
    },
    Case {
        pattern: "conjunction-after-cue",
        text: "His former partner agreed, but the court did not.",
        speakers: &[],
        no_quote: &["court did not"],
    },
    Case {
        pattern: "conjunction-after-cue",
        text: "Ruth Cole complained loudly, and the board agreed to meet again.",
        speakers: &[],
        no_quote: &["board agreed"],
    },
    Case {
        pattern: "conjunction-after-cue",
        text: "Prices fell sharply, the agency reported on Monday, and traders expect more cuts.",
        speakers: &[],
        no_quote: &["traders expect"],
    },
    Case {
        pattern: "conjunction-after-cue",
        text: "Ana Ruiz said, and I quote, \"the harbour will never close.\"",
        speakers: &[("harbour will never close", Some("Ana Ruiz"))],
        no_quote: &[],
    },
    Case {
        pattern: "conjunction-after-cue",
        text: "Tom Hale would not say when, or if, the bridge will reopen.",
        speakers: &[("bridge will reopen", Some("Tom Hale"))],
        no_quote: &[],
    },
    Case {
        pattern: "conjunction-after-cue",
        text: "Ana Ruiz said on Monday that the plan had failed, and the council agreed.",
        speakers: &[("plan had failed", Some("Ana Ruiz"))],
        no_quote: &["council agreed"],
    },
    Case {
        pattern: "lone-surname-day",
        text: "\"The field is weak,\" Will wrote in his column.",
        speakers: &[("field is weak", Some("Will"))],
        no_quote: &[],
    },
    Case {
        pattern: "lone-surname-day",
        text: "Voters may say the field is weak.",
        speakers: &[("field is weak", Some("Voters"))],
        no_quote: &[],
    },
    Case {
        pattern: "lone-surname-day",
        text: "Dana Zwelling chairs the panel. Zwelling on Monday said the members would meet again.",
        speakers: &[("members would meet again", Some("Dana Zwelling"))],
        no_quote: &[],
    },
    Case {
        pattern: "lone-surname-day",
        text: "The mayor on Friday told reporters that the road would reopen.",
        speakers: &[("road would reopen", Some("The mayor"))],
        no_quote: &[],
    },
    Case {
        pattern: "lone-surname-day",
        text: "\"We will reopen the road,\" the mayor on Friday said.",
        speakers: &[("reopen the road", Some("the mayor"))],
        no_quote: &[],
    },
    Case {
        pattern: "lone-surname-day",
        text: "Ann Cole on Tuesday night said the vote was \"rigged from the start.\"",
        speakers: &[("rigged from the start", Some("Ann Cole"))],
        no_quote: &[],
    },
    Case {
        pattern: "lone-surname-day",
        text: "Okafor on Sunday said the strike would go on.",
        speakers: &[("strike would go on", Some("Okafor"))],
        no_quote: &[],
    },
    Case {
        pattern: "lone-surname-day",
        text: "The union on Wednesday argued that the offer was \"an insult.\"",
        speakers: &[("an insult", Some("The union"))],
        no_quote: &[],
    },
    Case {
        pattern: "lone-surname-day",
        text: "Marquez on Thursday added that the fund was empty.",
        speakers: &[("fund was empty", Some("Marquez"))],
        no_quote: &[],
    },
    Case {
        pattern: "lone-surname-day",
        text: "Boreing said the members will still meet for drinks.",
        speakers: &[("meet for drinks", Some("Boreing"))],
        no_quote: &[],
    },
    Case {
        pattern: "lone-surname-day",
        text: "Ruth Okafor leads the union. \"We will not stop,\" said Okafor.",
        speakers: &[("will not stop", Some("Ruth Okafor"))],
        no_quote: &[],
    },
    Case {
        pattern: "lone-surname-day",
        text: "\"We lost,\" Schoen conceded on Monday.",
        speakers: &[("We lost", Some("Schoen"))],
        no_quote: &[],
    },
    Case {
        pattern: "lone-surname-day",
        text: "Theresa May spoke first. \"We are ready,\" May said.",
        speakers: &[("We are ready", Some("Theresa May"))],
        no_quote: &[],
    },
    Case {
        pattern: "colon-next-paragraph",
        text: "The board met on Monday.\n\nAnn Ward said on Friday:\n\n\"The department has lost its way.\"",
        speakers: &[("lost its way", Some("Ann Ward"))],
        no_quote: &[],
    },
    Case {
        pattern: "colon-next-paragraph",
        text: "The vote was close.\n\nThe committee said in a statement:\n\n\"We accept the result with humility.\"",
        speakers: &[("with humility", Some("The committee"))],
        no_quote: &[],
    },
    Case {
        pattern: "colon-next-paragraph",
        text: "The storm hit at dawn.\n\nMayor Ed Price wrote on Twitter:\n\n\"Stay home and stay safe tonight.\"",
        speakers: &[("stay safe", Some("Ed Price"))],
        no_quote: &[],
    },
    Case {
        pattern: "colon-next-paragraph",
        text: "Talks stalled again.\n\nThe union said late on Tuesday:\n\n\"No deal is better than a bad deal.\"",
        speakers: &[("a bad deal", Some("The union"))],
        no_quote: &[],
    },
    Case {
        pattern: "colon-next-paragraph",
        text: "Prices rose again.\n\nAnalysts at the bank wrote in a note:\n\n\"Inflation will not fall this year.\"",
        speakers: &[("will not fall", Some("Analysts at the bank"))],
        no_quote: &[],
    },
    Case {
        pattern: "colon-next-paragraph",
        text: "The game ended in a draw.\n\nCoach Ray Dunn said afterwards:\n\n\"We deserved more than a point.\"",
        speakers: &[("more than a point", Some("Ray Dunn"))],
        no_quote: &[],
    },
    Case {
        pattern: "colon-next-paragraph",
        text: "The court ruled on Monday.\n\nJudge Carl Meyer wrote in his ruling:\n\n\"The law is plain on this point.\"",
        speakers: &[("plain on this point", Some("Carl Meyer"))],
        no_quote: &[],
    },
    Case {
        pattern: "colon-next-paragraph",
        text: "The plant closed.\n\nTom Reyes told reporters:\n\n\"We were given no warning at all.\"",
        speakers: &[("no warning", Some("Tom Reyes"))],
        no_quote: &[],
    },
    Case {
        pattern: "colon-next-paragraph",
        text: "Fans waited for hours.\n\nThe club said on its website:\n\n\"Tickets will be refunded in full.\"",
        speakers: &[("refunded in full", Some("The club"))],
        no_quote: &[],
    },
    Case {
        pattern: "colon-next-paragraph",
        text: "The report was late.\n\nIts authors said:\n\n\"More data would change nothing.\"",
        speakers: &[("change nothing", Some("Its authors"))],
        no_quote: &[],
    },
    Case {
        pattern: "colon-next-paragraph",
        text: "The mayor spoke first.\n\nShe said two things mattered: safety and cost.\n\n\"We will deliver both,\" she added.",
        speakers: &[("two things mattered", Some("She"))],
        no_quote: &[],
    },
    Case {
        pattern: "parenthetical-adverb",
        text: "Mary Hunter, meanwhile, told reporters on Wednesday that she backs the plan.",
        speakers: &[("backs the plan", Some("Mary Hunter"))],
        no_quote: &[],
    },
    Case {
        pattern: "parenthetical-adverb",
        text: "Mary Hunter, however, said the plan was \"dead on arrival.\"",
        speakers: &[("dead on arrival", Some("Mary Hunter"))],
        no_quote: &[],
    },
    Case {
        pattern: "parenthetical-adverb",
        text: "The mayor, meanwhile, said the budget was \"balanced at last.\"",
        speakers: &[("balanced at last", Some("The mayor"))],
        no_quote: &[],
    },
    Case {
        pattern: "parenthetical-adverb",
        text: "Tom Reyes, too, said the vote was \"a disgrace.\"",
        speakers: &[("a disgrace", Some("Tom Reyes"))],
        no_quote: &[],
    },
    Case {
        pattern: "parenthetical-adverb",
        text: "\"We will fight on,\" Ana Ruiz, however, said.",
        speakers: &[("fight on", Some("Ana Ruiz"))],
        no_quote: &[],
    },
    Case {
        pattern: "parenthetical-adverb",
        text: "Union leaders, instead, argued that the deal \"cuts too deep.\"",
        speakers: &[("cuts too deep", Some("Union leaders"))],
        no_quote: &[],
    },
    Case {
        pattern: "parenthetical-adverb",
        text: "Dr. Lena Voss, separately, warned that hospitals were \"near breaking point.\"",
        speakers: &[("near breaking point", Some("Lena Voss"))],
        no_quote: &[],
    },
    Case {
        pattern: "parenthetical-adverb",
        text: "Sen. Paul Grant, likewise, called the proposal \"reckless.\"",
        speakers: &[("reckless", Some("Paul Grant"))],
        no_quote: &[],
    },
    Case {
        pattern: "parenthetical-adverb",
        text: "In Ohio, however, election officials said the count was \"slow but sure.\"",
        speakers: &[("slow but sure", Some("election officials"))],
        no_quote: &[],
    },
    Case {
        pattern: "parenthetical-adverb",
        text: "Jeff Stone, a lawyer for the family, said the verdict was \"a relief.\"",
        speakers: &[("a relief", Some("Jeff Stone"))],
        no_quote: &[],
    },
    Case {
        pattern: "place-opening",
        text: "Outside the courthouse, Ann Cole addressed the crowd, saying, \"Justice was done today.\"",
        speakers: &[("Justice was done", Some("Ann Cole"))],
        no_quote: &[],
    },
    Case {
        pattern: "place-opening",
        text: "Inside the chamber, Senator Ruth Lane rose to speak, saying the bill was \"a trap.\"",
        speakers: &[("a trap", Some("Ruth Lane"))],
        no_quote: &[],
    },
    Case {
        pattern: "place-opening",
        text: "Across town, Mayor Ed Price toured the flooded streets, calling the damage \"heartbreaking.\"",
        speakers: &[("heartbreaking", Some("Ed Price"))],
        no_quote: &[],
    },
    Case {
        pattern: "place-opening",
        text: "Near the border, Governor Tim Ross met farmers, saying, \"You have not been forgotten.\"",
        speakers: &[("not been forgotten", Some("Tim Ross"))],
        no_quote: &[],
    },
    Case {
        pattern: "place-opening",
        text: "Here in Dayton, Ruth Lane pressed her case, saying, \"Every vote counts.\"",
        speakers: &[("Every vote counts", Some("Ruth Lane"))],
        no_quote: &[],
    },
    Case {
        pattern: "place-opening",
        text: "Back in Denver, Ed Price defended the budget, calling it \"fair to everyone.\"",
        speakers: &[("fair to everyone", Some("Ed Price"))],
        no_quote: &[],
    },
    Case {
        pattern: "place-opening",
        text: "Elsewhere, Ruth Lane struck a softer tone, saying, \"We can work together.\"",
        speakers: &[("work together", Some("Ruth Lane"))],
        no_quote: &[],
    },
    Case {
        pattern: "place-opening",
        text: "Among the critics, Ann Cole was the loudest, calling the deal \"a fraud.\"",
        speakers: &[("a fraud", Some("Ann Cole"))],
        no_quote: &[],
    },
    Case {
        pattern: "place-opening",
        text: "Behind closed doors, Ann Cole warned donors, saying the race was \"tightening.\"",
        speakers: &[("tightening", Some("Ann Cole"))],
        no_quote: &[],
    },
    Case {
        pattern: "place-opening",
        text: "Under the plan, Ed Price said, the city would hire \"hundreds of teachers.\"",
        speakers: &[("hundreds of teachers", Some("Ed Price"))],
        no_quote: &[],
    },
    Case {
        pattern: "place-opening",
        text: "Ann Cole spoke first. Here is what she told the crowd: \"We won.\"",
        speakers: &[("We won", Some("Ann Cole"))],
        no_quote: &[],
    },
    Case {
        pattern: "capitalised-modifier",
        text: "Federal prosecutors dropped the case on Friday, saying the evidence was \"too thin.\"",
        speakers: &[("too thin", Some("Federal prosecutors"))],
        no_quote: &[],
    },
    Case {
        pattern: "capitalised-modifier",
        text: "Senior officials flew to Brussels, saying the deal was \"nearly done.\"",
        speakers: &[("nearly done", Some("Senior officials"))],
        no_quote: &[],
    },
    Case {
        pattern: "capitalised-modifier",
        text: "Local residents packed the hall on Tuesday, calling the project \"a blight.\"",
        speakers: &[("a blight", Some("Local residents"))],
        no_quote: &[],
    },
    Case {
        pattern: "capitalised-modifier",
        text: "Democratic lawmakers walked out, calling the bill \"a disgrace.\"",
        speakers: &[("a disgrace", Some("Democratic lawmakers"))],
        no_quote: &[],
    },
    Case {
        pattern: "capitalised-modifier",
        text: "Striking nurses picketed the hospital, chanting \"Safe staffing now.\"",
        speakers: &[("Safe staffing", Some("Striking nurses"))],
        no_quote: &[],
    },
    Case {
        pattern: "capitalised-modifier",
        text: "Conservative critics have called the plan \"a giveaway.\"",
        speakers: &[("a giveaway", Some("Conservative critics"))],
        no_quote: &[],
    },
    Case {
        pattern: "capitalised-modifier",
        text: "Independent analysts cut their forecasts, calling the outlook \"grim.\"",
        speakers: &[("grim", Some("Independent analysts"))],
        no_quote: &[],
    },
    Case {
        pattern: "capitalised-modifier",
        text: "Despite critics, the mayor pressed on, calling the plan \"overdue.\"",
        speakers: &[("overdue", Some("the mayor"))],
        no_quote: &[],
    },
    Case {
        pattern: "capitalised-modifier",
        text: "Republican presidential candidate Jane Doe stood firm, calling the report \"fake.\"",
        speakers: &[("fake", Some("Jane Doe"))],
        no_quote: &[],
    },
    Case {
        pattern: "capitalised-modifier",
        text: "If officials agree, the plan goes ahead, the mayor said, calling it \"a good start.\"",
        speakers: &[("a good start", Some("the mayor"))],
        no_quote: &[],
    },
    Case {
        pattern: "pronoun",
        text: "Maria Lopez, who represents the driver, said the crash was avoidable. \"He is a father of three,\" she said.",
        speakers: &[("father of three", Some("Maria Lopez"))],
        no_quote: &[],
    },
    Case {
        pattern: "pronoun",
        text: "Tom Hale spoke first. \"We will appeal,\" he said, \"and we will win.\"",
        speakers: &[("We will appeal", Some("Tom Hale"))],
        no_quote: &[],
    },
    Case {
        pattern: "pronoun",
        text: "Ana Ruiz thanked the volunteers. \"They saved the town,\" she said.",
        speakers: &[("saved the town", Some("Ana Ruiz"))],
        no_quote: &[],
    },
    Case {
        pattern: "pronoun",
        text: "Judge Carl Meyer read the verdict aloud. \"The court has no doubt,\" he said.",
        speakers: &[("no doubt", Some("Carl Meyer"))],
        no_quote: &[],
    },
    Case {
        pattern: "pronoun",
        text: "Ms. Ellen Park met the families on Friday. She said the fund would open next week.",
        speakers: &[("fund would open", Some("Ellen Park"))],
        no_quote: &[],
    },
    Case {
        pattern: "pronoun",
        text: "Mr. Omar Said arrived late. He said the delay was caused by the storm.",
        speakers: &[("delay was caused", Some("Omar Said"))],
        no_quote: &[],
    },
    Case {
        pattern: "pronoun",
        text: "Lena Voss, the fire chief, praised her crews. \"Nobody slept for two days,\" she said.",
        speakers: &[("Nobody slept", Some("Lena Voss"))],
        no_quote: &[],
    },
    Case {
        pattern: "pronoun",
        text: "Governor Paul Grant signed the bill on Monday. He said it would lower costs for families.",
        speakers: &[("lower costs", Some("Paul Grant"))],
        no_quote: &[],
    },
    Case {
        pattern: "pronoun",
        text: "Sara Quinn, a nurse at the clinic, described the night. \"We ran out of beds by midnight,\" she said.",
        speakers: &[("ran out of beds", Some("Sara Quinn"))],
        no_quote: &[],
    },
    Case {
        pattern: "pronoun",
        text: "Dr. Hugo Marsh leads the study. \"The results surprised us,\" he said.",
        speakers: &[("results surprised", Some("Hugo Marsh"))],
        no_quote: &[],
    },
    Case {
        pattern: "pronoun",
        text: "\"I will not resign,\" he said.",
        speakers: &[("not resign", Some("he"))],
        no_quote: &[],
    },
    Case {
        pattern: "wrong-words",
        text: "He has always denied it, saying the claims were false.",
        speakers: &[("claims were false", Some("He"))],
        no_quote: &[],
    },
    Case {
        pattern: "wrong-words",
        text: "TOLEDO, Ohio — Coach Ray Dunn lost his temper on Friday, saying the referees had robbed his team.",
        speakers: &[("referees had robbed", Some("Ray Dunn"))],
        no_quote: &[],
    },
    Case {
        pattern: "wrong-words",
        text: "Jeff Stone, president of Pen & Ink, said the company would not back down.",
        speakers: &[("would not back down", Some("Jeff Stone"))],
        no_quote: &[],
    },
    Case {
        pattern: "wrong-words",
        text: "Eva Long, a professor at Tufts, said the data were incomplete.",
        speakers: &[("data were incomplete", Some("Eva Long"))],
        no_quote: &[],
    },
    Case {
        pattern: "wrong-words",
        text: "Analysts who have done the sums say the plan will cost more than promised.",
        speakers: &[("cost more", Some("Analysts"))],
        no_quote: &[],
    },
    Case {
        pattern: "wrong-words",
        text: "\"Bond yields will keep rising,\" said Rosa Lind, senior bond trader at Halvard Capital.",
        speakers: &[("yields will keep", Some("Rosa Lind"))],
        no_quote: &[],
    },
    Case {
        pattern: "wrong-words",
        text: "DENVER (AP) — Mayor Kim Dale stood by her budget on Tuesday, saying the cuts were fair.",
        speakers: &[("cuts were fair", Some("Kim Dale"))],
        no_quote: &[],
    },
    Case {
        pattern: "wrong-words",
        text: "\"We lost more than we won this year,\" said 9/11 widow Terry Strada.",
        speakers: &[("lost more", Some("Terry Strada"))],
        no_quote: &[],
    },
    Case {
        pattern: "wrong-words",
        text: "Union leaders who have read the contract say it protects pensions.",
        speakers: &[("protects pensions", Some("Union leaders"))],
        no_quote: &[],
    },
    Case {
        pattern: "wrong-words",
        text: "\"Nobody told us the plant would close,\" said the woman, who asked not to be named.",
        speakers: &[("plant would close", Some("the woman"))],
        no_quote: &[],
    },
    Case {
        pattern: "wrong-words",
        text: "\"The numbers do not add up at all,\" said retired accountant Mark Fell.",
        speakers: &[("numbers do not add", Some("Mark Fell"))],
        no_quote: &[],
    },
    Case {
        pattern: "wrong-words",
        text: "\"We should have acted sooner than this,\" said one of the advisers.",
        speakers: &[("acted sooner", Some("one of the advisers"))],
        no_quote: &[],
    },
    Case {
        pattern: "participle",
        text: "Speaking at a rally in Salem, Oregon, Lee attacked the plan, calling it \"a costly mistake.\"",
        speakers: &[("costly mistake", Some("Lee"))],
        no_quote: &[],
    },
    Case {
        pattern: "participle",
        text: "Senator Dana Cole left the hearing early, adding that she would return on Monday.",
        speakers: &[("would return", Some("Dana Cole"))],
        no_quote: &[],
    },
    Case {
        pattern: "participle",
        text: "The council released a statement saying the road would reopen in May.",
        speakers: &[("road would reopen", Some("The council"))],
        no_quote: &[],
    },
    Case {
        pattern: "participle",
        text: "After the vote, Ruiz thanked her staff, saying the win belonged to them.",
        speakers: &[("win belonged", Some("Ruiz"))],
        no_quote: &[],
    },
    Case {
        pattern: "participle",
        text: "Police Chief Ian Roe defended his officers, arguing that they had followed the rules.",
        speakers: &[("followed the rules", Some("Ian Roe"))],
        no_quote: &[],
    },
    Case {
        pattern: "participle",
        text: "He's claiming that the ballots were counted twice.",
        speakers: &[("ballots were counted", Some("He"))],
        no_quote: &[],
    },
    Case {
        pattern: "participle",
        text: "The ministry issued a statement calling the report \"deeply misleading.\"",
        speakers: &[("deeply misleading", Some("The ministry"))],
        no_quote: &[],
    },
    Case {
        pattern: "participle",
        text: "Judge Ann Frey rejected the motion, writing that the evidence was \"plainly admissible.\"",
        speakers: &[("plainly admissible", Some("Ann Frey"))],
        no_quote: &[],
    },
    Case {
        pattern: "participle",
        text: "Chen Wu stood up at the meeting, admitting that the figures were wrong.",
        speakers: &[("figures were wrong", Some("Chen Wu"))],
        no_quote: &[],
    },
    Case {
        pattern: "participle",
        text: "The mayor went on to say that the budget would be balanced by spring.",
        speakers: &[("budget would be balanced", Some("The mayor"))],
        no_quote: &[],
    },
    Case {
        pattern: "named-vs-description",
        text: "\"Trade will suffer,\" said another witness, former trade adviser Dana Cole.",
        speakers: &[("Trade will suffer", Some("Dana Cole"))],
        no_quote: &[],
    },
    Case {
        pattern: "named-vs-description",
        text: "The company's lawyer, Rebecca Stroud, said the claim had no merit.",
        speakers: &[("no merit", Some("Rebecca Stroud"))],
        no_quote: &[],
    },
    Case {
        pattern: "named-vs-description",
        text: "His wife, Ana Lopez, wrote that the family was grateful.",
        speakers: &[("family was grateful", Some("Ana Lopez"))],
        no_quote: &[],
    },
    Case {
        pattern: "named-vs-description",
        text: "\"The school will stay open,\" said Principal Mary Hart, 52, of Dover.",
        speakers: &[("school will stay open", Some("Mary Hart"))],
        no_quote: &[],
    },
    Case {
        pattern: "named-vs-description",
        text: "A spokesman for the ministry said the talks would resume.",
        speakers: &[("talks would resume", Some("A spokesman for the ministry"))],
        no_quote: &[],
    },
    Case {
        pattern: "named-vs-description",
        text: "Officials familiar with the talks said a deal was close.",
        speakers: &[("deal was close", Some("Officials familiar with the talks"))],
        no_quote: &[],
    },
    Case {
        pattern: "named-vs-description",
        text: "\"We need more time,\" a senior diplomat said.",
        speakers: &[("need more time", Some("a senior diplomat"))],
        no_quote: &[],
    },
    Case {
        pattern: "named-vs-description",
        text: "\"It was a long night for all of us,\" said a narrator.",
        speakers: &[("long night", Some("a narrator"))],
        no_quote: &[],
    },
    Case {
        pattern: "named-vs-description",
        text: "\"I have never seen such a flood,\" said longtime resident Ana Ruiz.",
        speakers: &[("such a flood", Some("Ana Ruiz"))],
        no_quote: &[],
    },
    Case {
        pattern: "non-speech",
        text: "The janitor posted a notice on the wall of the school.",
        speakers: &[],
        no_quote: &["a notice on the wall"],
    },
    Case {
        pattern: "non-speech",
        text: "Staff who reported for duty were sent home.",
        speakers: &[],
        no_quote: &["for duty"],
    },
    Case {
        pattern: "non-speech",
        text: "The group maintains an office in the capital.",
        speakers: &[],
        no_quote: &["an office"],
    },
    Case {
        pattern: "non-speech",
        text: "He was told to leave the building at once.",
        speakers: &[],
        no_quote: &["to leave"],
    },
    Case {
        pattern: "non-speech",
        text: "The company has not confirmed the layoffs.",
        speakers: &[],
        no_quote: &["the layoffs"],
    },
    Case {
        pattern: "non-speech",
        text: "Neither Washington nor Moscow has commented on the report.",
        speakers: &[],
        no_quote: &["the report"],
    },
    Case {
        pattern: "non-speech",
        text: "The report was published in March.",
        speakers: &[],
        no_quote: &["in March"],
    },
    Case {
        pattern: "non-speech",
        text: "Her claims drew a sharp rebuke.",
        speakers: &[],
        no_quote: &["a sharp rebuke"],
    },
    Case {
        pattern: "non-speech",
        text: "The band continued to play through the storm.",
        speakers: &[],
        no_quote: &["to play"],
    },
    Case {
        pattern: "quotation-marks",
        text: "“The bridge stays shut,’’ Mayor Lena Voss said on Friday. Traffic was diverted.",
        speakers: &[("bridge stays shut", Some("Lena Voss"))],
        no_quote: &["Traffic was diverted"],
    },
    Case {
        pattern: "quotation-marks",
        text: "‘‘We were never told,’’ said Owen Price, a tenant. He moved out in May.",
        speakers: &[("never told", Some("Owen Price"))],
        no_quote: &["moved out"],
    },
    Case {
        pattern: "quotation-marks",
        text: "Counsel read the memo aloud. “Did he ask you, ‘Is the deal clean?’” Rita Sand testified.",
        speakers: &[("Is the deal clean", Some("Rita Sand"))],
        no_quote: &["read the memo"],
    },
    Case {
        pattern: "quotation-marks",
        text: "\"Is this the best we can do?\" Graham asked.",
        speakers: &[("best we can do", Some("Graham"))],
        no_quote: &[],
    },
    Case {
        pattern: "quotation-marks",
        text: "'We are not finished,' the coach said.",
        speakers: &[("not finished", Some("the coach"))],
        no_quote: &[],
    },
    Case {
        pattern: "quotation-marks",
        text: "«Nous restons,» said Marie Blanc.",
        speakers: &[("Nous restons", Some("Marie Blanc"))],
        no_quote: &[],
    },
    Case {
        pattern: "quotation-marks",
        text: "The officers' union said its members were tired.",
        speakers: &[("members were tired", Some("The officers' union"))],
        no_quote: &[],
    },
    Case {
        pattern: "quotation-marks",
        text: "\"We will build it,\" Smith said. \"It will hold for a century.\"",
        speakers: &[("We will build it", Some("Smith"))],
        no_quote: &[],
    },
    Case {
        pattern: "quotation-marks",
        text: "Karl Jung wrote: \"The archive is closed.\"",
        speakers: &[("archive is closed", Some("Karl Jung"))],
        no_quote: &[],
    },
    Case {
        pattern: "quotation-marks",
        text: "Then came the verdict. \"This is a day we will remember for a long time to come.\"",
        speakers: &[("a day we will remember", None)],
        no_quote: &[],
    },
    Case {
        pattern: "it-they-roles",
        text: "The agency said it was withholding the names.",
        speakers: &[("withholding the names", Some("The agency"))],
        no_quote: &[],
    },
    Case {
        pattern: "it-they-roles",
        text: "Gov. Ana Ruiz said the state would help. The governor said the money would arrive in May.",
        speakers: &[("state would help", Some("Ana Ruiz")), ("money would arrive", Some("Ana Ruiz"))],
        no_quote: &[],
    },
    Case {
        pattern: "it-they-roles",
        text: "Tom Hale, who represents Ruiz, said the charges were weak.",
        speakers: &[("charges were weak", Some("Tom Hale"))],
        no_quote: &[],
    },
    Case {
        pattern: "it-they-roles",
        text: "The bank said on Monday that rates would rise.",
        speakers: &[("rates would rise", Some("The bank"))],
        no_quote: &[],
    },
    Case {
        pattern: "it-they-roles",
        text: "China said the exercise was routine.",
        speakers: &[("exercise was routine", Some("China"))],
        no_quote: &[],
    },
    Case {
        pattern: "it-they-roles",
        text: "The union said in a statement that the strike would go on.",
        speakers: &[("strike would go on", Some("The union"))],
        no_quote: &[],
    },
    Case {
        pattern: "it-they-roles",
        text: "According to the police, the driver fled on foot.",
        speakers: &[("driver fled", Some("the police"))],
        no_quote: &[],
    },
    Case {
        pattern: "it-they-roles",
        text: "Residents said the water had been brown for a week.",
        speakers: &[("water had been brown", Some("Residents"))],
        no_quote: &[],
    },
    Case {
        pattern: "it-they-roles",
        text: "Both sides said talks would resume next week.",
        speakers: &[("talks would resume", Some("Both sides"))],
        no_quote: &[],
    },
    Case {
        pattern: "it-they-roles",
        text: "The jury foreman said the panel had reached a verdict.",
        speakers: &[("reached a verdict", Some("The jury foreman"))],
        no_quote: &[],
    },
    Case {
        pattern: "names-that-are-words",
        text: "Ana King, the county clerk, said the count was complete. King said no ballots were lost.",
        speakers: &[("count was complete", Some("Ana King")), ("no ballots were lost", Some("Ana King"))],
        no_quote: &[],
    },
    Case {
        pattern: "names-that-are-words",
        text: "Mark Bishop said the church would reopen. Bishop said repairs were done.",
        speakers: &[("church would reopen", Some("Mark Bishop")), ("repairs were done", Some("Mark Bishop"))],
        no_quote: &[],
    },
    Case {
        pattern: "names-that-are-words",
        text: "Sara Love said the shelter was full. \"We turn people away every night,\" Love said.",
        speakers: &[("shelter was full", Some("Sara Love")), ("turn people away", Some("Sara Love"))],
        no_quote: &[],
    },
    Case {
        pattern: "names-that-are-words",
        text: "Paul Doctor, the town's vet, said the herd was healthy.",
        speakers: &[("herd was healthy", Some("Paul Doctor"))],
        no_quote: &[],
    },
    Case {
        pattern: "names-that-are-words",
        text: "Rosa Young said the school needed teachers.",
        speakers: &[("needed teachers", Some("Rosa Young"))],
        no_quote: &[],
    },
    Case {
        pattern: "names-that-are-words",
        text: "Ian Rich said the tax was unfair. Rich said he would fight it.",
        speakers: &[("tax was unfair", Some("Ian Rich")), ("would fight it", Some("Ian Rich"))],
        no_quote: &[],
    },
    Case {
        pattern: "names-that-are-words",
        text: "Lucy Hope said the plan would work. \"It has to,\" Hope said.",
        speakers: &[("plan would work", Some("Lucy Hope")), ("It has to", Some("Lucy Hope"))],
        no_quote: &[],
    },
    Case {
        pattern: "names-that-are-words",
        text: "Dan Little said the budget was tight.",
        speakers: &[("budget was tight", Some("Dan Little"))],
        no_quote: &[],
    },
    Case {
        pattern: "names-that-are-words",
        text: "Tom Black said the fire was out. Black said the cause was unknown.",
        speakers: &[("fire was out", Some("Tom Black")), ("cause was unknown", Some("Tom Black"))],
        no_quote: &[],
    },
    Case {
        pattern: "named-vs-description",
        text: "\"The fund is empty,\" said the treasurer, Alan Shore.",
        speakers: &[("fund is empty", Some("Alan Shore"))],
        no_quote: &[],
    },
    Case {
        pattern: "named-vs-description",
        text: "The city's planning chief, Omar Diaz, said permits would be delayed.",
        speakers: &[("permits would be delayed", Some("Omar Diaz"))],
        no_quote: &[],
    },
    Case {
        pattern: "non-speech",
        text: "The hotel maintains a pool on the roof.",
        speakers: &[],
        no_quote: &["a pool"],
    },
    Case {
        pattern: "non-speech",
        text: "She posted a photo from the beach.",
        speakers: &[],
        no_quote: &["a photo"],
    },
    Case {
        pattern: "names-that-are-words",
        text: "Nina Frost said the road was icy.",
        speakers: &[("road was icy", Some("Nina Frost"))],
        no_quote: &[],
    },
    Case {
        pattern: "names-that-are-words",
        text: "Carl Street said the bus was late. Street said it happens every week.",
        speakers: &[("bus was late", Some("Carl Street"))],
        no_quote: &[],
    },
    Case {
        pattern: "quotation-marks",
        text: "“We are ready,” said Lina Marr.",
        speakers: &[("We are ready", Some("Lina Marr"))],
        no_quote: &[],
    },
    Case {
        pattern: "quotation-marks",
        text: "Hana Sato told reporters: \"The deal is done.\"",
        speakers: &[("deal is done", Some("Hana Sato"))],
        no_quote: &[],
    },
    Case {
        pattern: "quotation-marks",
        text: "„Wir bleiben hier“, sagte er. \"We will stay,\" said Jonas Weber.",
        speakers: &[("We will stay", Some("Jonas Weber"))],
        no_quote: &[],
    },
    Case {
        pattern: "quotation-marks",
        text: "‘The line is closed for the night,’ the guard said.",
        speakers: &[("line is closed", Some("the guard"))],
        no_quote: &[],
    },
    Case {
        pattern: "it-they-roles",
        text: "The agency said the report was late. It said the names would be released on Friday.",
        speakers: &[("report was late", Some("The agency")), ("names would be released", Some("The agency"))],
        no_quote: &[],
    },
    Case {
        pattern: "it-they-roles",
        text: "Residents said the water was brown. They said the pipes were old.",
        speakers: &[("water was brown", Some("Residents")), ("pipes were old", Some("Residents"))],
        no_quote: &[],
    },
    Case {
        pattern: "it-they-roles",
        text: "They said the vote was rigged.",
        speakers: &[("vote was rigged", Some("They"))],
        no_quote: &[],
    },
    Case {
        pattern: "as-clause",
        text: "The vote was close. As Mayor Ana Ruiz put it on Monday, \"Nobody won tonight and nobody will win next year.\"",
        speakers: &[("Nobody won tonight", Some("Ana Ruiz"))],
        no_quote: &[],
    },
    Case {
        pattern: "as-clause",
        text: "Ruiz put it bluntly: \"The budget is gone and nobody will say where it went.\"",
        speakers: &[("budget is gone", Some("Ruiz"))],
        no_quote: &[],
    },
    Case {
        pattern: "as-clause",
        text: "\"The budget is gone and nobody will say where it went,\" Petra Lind points out.",
        speakers: &[("budget is gone", Some("Petra Lind"))],
        no_quote: &[],
    },
    Case {
        pattern: "as-clause",
        text: "Costs rose again. As Ben Ortiz pointed out, \"The steel alone doubled in price over the winter.\"",
        speakers: &[("steel alone doubled", Some("Ben Ortiz"))],
        no_quote: &[],
    },
    Case {
        pattern: "as-clause",
        text: "As Ben Ortiz said last week in Leeds, \"The steel alone doubled in price over the winter.\"",
        speakers: &[("steel alone doubled", Some("Ben Ortiz"))],
        no_quote: &[],
    },
    Case {
        pattern: "as-clause",
        text: "But as Dr. Lina Park wrote in a letter to the board, \"Patients cannot wait another year for this.\"",
        speakers: &[("Patients cannot wait", Some("Lina Park"))],
        no_quote: &[],
    },
    Case {
        pattern: "as-clause",
        text: "Nadia Holt pointed out that the contract \"was never signed by the city.\"",
        speakers: &[("never signed", Some("Nadia Holt"))],
        no_quote: &[],
    },
    Case {
        pattern: "as-clause",
        text: "The decision, as Mayor Ana Ruiz put it, was \"a bridge to nowhere at twice the price.\"",
        speakers: &[("bridge to nowhere", Some("Ana Ruiz"))],
        no_quote: &[],
    },
    Case {
        pattern: "as-clause",
        text: "To put it mildly, the evening was a disaster for the home side.",
        speakers: &[],
        no_quote: &["disaster"],
    },
    Case {
        pattern: "as-clause",
        text: "She put it on the shelf and left the room without a word.",
        speakers: &[],
        no_quote: &["shelf", "room"],
    },
    Case {
        pattern: "as-clause",
        text: "The guide pointed out the window at the old harbour wall and the ferry beyond it.",
        speakers: &[],
        no_quote: &["window", "harbour"],
    },
    Case {
        pattern: "as-clause",
        text: "As Ruiz announced the closure, protesters outside chanted \"Open the bridge now.\"",
        speakers: &[("Open the bridge", Some("protesters outside"))],
        no_quote: &[],
    },
    Case {
        pattern: "wrong-words",
        text: "The ministry less than two weeks ago said that the bridge was \"perfectly safe for all traffic.\"",
        speakers: &[("perfectly safe", Some("The ministry"))],
        no_quote: &[],
    },
    Case {
        pattern: "wrong-words",
        text: "Close friends of the senator have in the past said that he was \"never interested in the job.\"",
        speakers: &[("never interested", Some("Close friends of the senator"))],
        no_quote: &[],
    },
    Case {
        pattern: "wrong-words",
        text: "A trio of unions have in fact reported that the fund \"ran dry months ago.\"",
        speakers: &[("ran dry", Some("A trio of unions"))],
        no_quote: &[],
    },
    Case {
        pattern: "wrong-words",
        text: "Ruiz herself emailed the council that the plan was \"not ready for a vote.\"",
        speakers: &[("not ready", Some("Ruiz"))],
        no_quote: &[],
    },
    Case {
        pattern: "wrong-words",
        text: "Petra Lind, the harbour master, this past week announced that the pier \"will reopen by the summer.\"",
        speakers: &[("will reopen", Some("Petra Lind"))],
        no_quote: &[],
    },
    Case {
        pattern: "wrong-words",
        text: "He said, \"Ruiz will fix the bridge\" - at which point the crowd chanted \"Fix it now!\" - \"and keep the ferry running.\"",
        speakers: &[("Fix it now", Some("the crowd"))],
        no_quote: &[],
    },
    Case {
        pattern: "wrong-words",
        text: "Shoppers say they prefer items labeled \"Made in Wales\" when the prices are equal.",
        speakers: &[("they prefer items", Some("Shoppers"))],
        no_quote: &[],
    },
    Case {
        pattern: "wrong-words",
        text: "Experts said that the virus is what is now typically called \"a seasonal illness\" in most countries.",
        speakers: &[("seasonal illness", Some("Experts"))],
        no_quote: &[],
    },
    Case {
        pattern: "documents",
        text: "\"We need everyone on the team to step up now,\" the email said. \"Our rival is raising more money.\"",
        speakers: &[("step up now", Some("the email"))],
        no_quote: &[],
    },
    Case {
        pattern: "documents",
        text: "\"Closed until the end of the month for urgent repairs,\" the sign on the door read.",
        speakers: &[("urgent repairs", Some("the sign on the door"))],
        no_quote: &[],
    },
    Case {
        pattern: "documents",
        text: "\"The mayor should come and see the damage for herself,\" the editorial read.",
        speakers: &[("see the damage", Some("the editorial"))],
        no_quote: &[],
    },
    Case {
        pattern: "documents",
        text: "\"Demand for housing will outstrip supply for a decade,\" the report stated.",
        speakers: &[("outstrip supply", Some("the report"))],
        no_quote: &[],
    },
    Case {
        pattern: "documents",
        text: "The report said the bridge was \"unsafe for heavy traffic.\"",
        speakers: &[("unsafe for heavy traffic", Some("The report"))],
        no_quote: &[],
    },
    Case {
        pattern: "documents",
        text: "The letter read, \"We will not cut a single route this year or the next.\"",
        speakers: &[("single route", Some("The letter"))],
        no_quote: &[],
    },
    Case {
        pattern: "documents",
        text: "\"We will not cut a single route this year or the next,\" the statement from the bus company said.",
        speakers: &[("single route", Some("the statement from the bus company"))],
        no_quote: &[],
    },
    Case {
        pattern: "documents",
        text: "\"We will not cut a single route this year or the next,\" read the notice on the depot door.",
        speakers: &[("single route", Some("the notice"))],
        no_quote: &[],
    },
    Case {
        pattern: "documents",
        text: "Ana Ruiz read the report on Monday and said it was \"a fair account of events.\"",
        speakers: &[("fair account", Some("Ana Ruiz"))],
        no_quote: &[],
    },
    Case {
        pattern: "documents",
        text: "He read the letter aloud to the crowd before the vote on the budget.",
        speakers: &[],
        no_quote: &["letter", "crowd"],
    },
    Case {
        pattern: "after-quote",
        text: "\"We need to make sure we come out on top in the states ahead,\" the Ohio senator and presidential candidate said in a statement.",
        speakers: &[("come out on top", Some("the Ohio senator and presidential candidate"))],
        no_quote: &[],
    },
    Case {
        pattern: "after-quote",
        text: "\"We need to make sure we come out on top in the states ahead,\" the Ohio senator and presidential candidate has also said.",
        speakers: &[("come out on top", Some("the Ohio senator and presidential candidate"))],
        no_quote: &[],
    },
    Case {
        pattern: "after-quote",
        text: "\"We need to make sure we come out on top in the states ahead,\" Anne Richards, assistant secretary for refugees, housing, and migration, said on the same call.",
        speakers: &[("come out on top", Some("Anne Richards"))],
        no_quote: &[],
    },
    Case {
        pattern: "after-quote",
        text: "\"We need to make sure we come out on top in the states ahead,\" Kelly Moss charged in her speech.",
        speakers: &[("come out on top", Some("Kelly Moss"))],
        no_quote: &[],
    },
    Case {
        pattern: "after-quote",
        text: "\"We need to make sure we come out on top in the states ahead,\" Fight for Wages organizing director Kendall Fells told Channel 6 in Milwaukee.",
        speakers: &[("come out on top", Some("Kendall Fells"))],
        no_quote: &[],
    },
    Case {
        pattern: "after-quote",
        text: "\"We need to make sure we come out on top in the states ahead,\" a woman who lives nearby said.",
        speakers: &[("come out on top", Some("a woman"))],
        no_quote: &[],
    },
    Case {
        pattern: "after-quote",
        text: "\"We need to make sure we come out on top in the states ahead,\" exhorted the mayor's introducer, actress Jane Lee.",
        speakers: &[("come out on top", Some("Jane Lee"))],
        no_quote: &[],
    },
    Case {
        pattern: "after-quote",
        text: "\"We need to make sure we come out on top in the states ahead,\" Morning Show co-anchor Dana Morgan said.",
        speakers: &[("come out on top", Some("Dana Morgan"))],
        no_quote: &[],
    },
    Case {
        pattern: "after-quote",
        text: "\"We need to make sure we come out on top in the states ahead,\" one factory employee told the station.",
        speakers: &[("come out on top", Some("one factory employee"))],
        no_quote: &[],
    },
    Case {
        pattern: "after-quote",
        text: "\"Call the roll now and let every member be counted,\" came shouts from the floor.",
        speakers: &[("Call the roll", None)],
        no_quote: &[],
    },
    Case {
        pattern: "after-quote",
        text: "\"The mood has improved a great deal since the spring,\" like the recent rally in share prices.",
        speakers: &[("mood has improved", None)],
        no_quote: &[],
    },
    Case {
        pattern: "after-quote",
        text: "\"We are proud to cast all of our votes for the next president of this country!\" Senator Jeff Sands said as he opened the session.",
        speakers: &[("proud to cast", Some("Jeff Sands"))],
        no_quote: &[],
    },
    Case {
        pattern: "participle",
        text: "And then Ruiz went fully on the attack, saying, \"Is the council going to finally admit the bridge is unsafe?\"",
        speakers: &[("finally admit", Some("Ruiz"))],
        no_quote: &[],
    },
    Case {
        pattern: "coordinated",
        text: "Eight years ago, Dana Cole backed Ana Ruiz over Ben Ortiz and said, \"Ortiz has never done anything for us here.\"",
        speakers: &[("never done anything", Some("Dana Cole"))],
        no_quote: &[],
    },
    Case {
        pattern: "coordinated",
        text: "Former Mayor Ana Ruiz said back in the summer of 2015: \"I think it is a big mistake for us as a party.\"",
        speakers: &[("big mistake", Some("Ana Ruiz"))],
        no_quote: &[],
    },
    Case {
        pattern: "coordinated",
        text: "Ben Ortiz read the report twice and then said that it was \"a fair account of the night.\"",
        speakers: &[("fair account", Some("Ben Ortiz"))],
        no_quote: &[],
    },
    Case {
        pattern: "coordinated",
        text: "Ruiz said the members would still meet for dinner, but said, \"It is time we changed how we do it.\"",
        speakers: &[("time we changed", Some("Ruiz"))],
        no_quote: &[],
    },
    Case {
        pattern: "coordinated",
        text: "The mayor thanked the crews and added that the roads were \"clear for the first time in a week.\"",
        speakers: &[("clear for the first time", Some("The mayor"))],
        no_quote: &[],
    },
    Case {
        pattern: "coordinated",
        text: "Petra Lind and Ben Ortiz left the hall together and spoke to nobody on the way out.",
        speakers: &[],
        no_quote: &["nobody"],
    },
    Case {
        pattern: "coordinated",
        text: "Later, Dana Cole stood up and told the room, \"We will not sign this contract as it stands.\"",
        speakers: &[("not sign this contract", Some("Dana Cole"))],
        no_quote: &[],
    },
    Case {
        pattern: "coordinated",
        text: "Two weeks ago, the union met the board and warned that a strike was \"now all but certain.\"",
        speakers: &[("all but certain", Some("the union"))],
        no_quote: &[],
    },
    Case {
        pattern: "coordinated",
        text: "Ana Ruiz signed the order on Friday and said it would \"save the town a fortune in repairs.\"",
        speakers: &[("save the town", Some("Ana Ruiz"))],
        no_quote: &[],
    },
    Case {
        pattern: "coordinated",
        text: "Months ago, the minister visited the plant and promised that the jobs would \"stay in this valley.\"",
        speakers: &[("stay in this valley", Some("the minister"))],
        no_quote: &[],
    },
    Case {
        pattern: "signature",
        text: "Readers wrote in.\n\n“He does not answer a single question and nobody seems to care.” ― Julie A. Diaz Martinez.\n\nMore followed.",
        speakers: &[("answer a single question", Some("Julie A. Diaz Martinez"))],
        no_quote: &[],
    },
    Case {
        pattern: "signature",
        text: "Readers wrote in.\n\n“He does not answer a single question and nobody seems to care.” ― Oscar P. Quintero\n“I just hope this campaign gives us the anger to go out and vote.” ― Ana Ruiz.",
        speakers: &[("anger to go out", Some("Ana Ruiz"))],
        no_quote: &[],
    },
    Case {
        pattern: "signature",
        text: "Readers wrote in.\n\n“He does not answer a single question and nobody seems to care.” ― Oscar P. Quintero\n“I just hope this campaign gives us the anger to go out and vote.” ― Ana Ruiz.",
        speakers: &[("answer a single question", Some("Oscar P. Quintero"))],
        no_quote: &[],
    },
    Case {
        pattern: "signature",
        text: "Readers wrote in.\n\n\"The whole idea of a crooked mayor is something we hear all the time, and it needs to stop.\" - Michelle Marks, Leeds.\n\nMore followed.",
        speakers: &[("crooked mayor", Some("Michelle Marks"))],
        no_quote: &[],
    },
    Case {
        pattern: "signature",
        text: "The claims.\n\n\"Almost all new income and wealth is going to the top one percent of households.\"\n\n- Ben Ortiz.\n\nThe senator is relying on an outdated figure.",
        speakers: &[("top one percent", Some("Ben Ortiz"))],
        no_quote: &[],
    },
    Case {
        pattern: "signature",
        text: "The claims.\n\n\"Almost all new income and wealth is going to the top one percent of households.\"\n\n— Senator Ben Ortiz, in a speech in Leeds.\n\nThe figure is old.",
        speakers: &[("top one percent", Some("Ben Ortiz"))],
        no_quote: &[],
    },
    Case {
        pattern: "signature",
        text: "The claims.\n\n\"Almost all new income and wealth is going to the top one percent of households.\"\n\n- and then the numbers changed again.",
        speakers: &[("top one percent", None)],
        no_quote: &[],
    },
    Case {
        pattern: "signature",
        text: "The claims.\n\n\"Almost all new income and wealth is going to the top one percent of households.\" - a figure that has not been true for years.",
        speakers: &[("top one percent", None)],
        no_quote: &[],
    },
    Case {
        pattern: "signature",
        text: "The claims.\n\n\"Almost all new income and wealth is going to the top one percent of households.\"\n\n- Ben Ortiz and his staff left the room early.",
        speakers: &[("top one percent", None)],
        no_quote: &[],
    },
    Case {
        pattern: "signature",
        text: "“We lost everything in one night and nobody came to help us.” — Petra Lind, a farmer near the river.",
        speakers: &[("lost everything", Some("Petra Lind"))],
        no_quote: &[],
    },
    Case {
        pattern: "named-vs-description",
        text: "Asked why the plan leaves out fathers, the 34-year-old mother of three replied, \"It is meant to help the parent who gave birth.\"",
        speakers: &[("meant to help", Some("mother of three"))],
        no_quote: &[],
    },
    Case {
        pattern: "participle",
        text: "The campaign video uses footage of Ana Ruiz asking, \"Why are we not fifty points ahead, you might ask?\"",
        speakers: &[("fifty points ahead", Some("Ana Ruiz"))],
        no_quote: &[],
    },
    Case {
        pattern: "participle",
        text: "\"The whole debate today is about the old rumour again, which is absurd,\" Ortiz said, going on to say that the town had spent \"years fighting this kind of thing.\"",
        speakers: &[("years fighting", Some("Ortiz"))],
        no_quote: &[],
    },
    Case {
        pattern: "wrong-words",
        text: "Protesters marching through the streets chanted \"Open the bridge now\" until the early hours.",
        speakers: &[("Open the bridge", Some("Protesters"))],
        no_quote: &[],
    },
    Case {
        pattern: "pronoun",
        text: "Meanwhile, Ana Ruiz endorsed the bipartisan budget deal, although she made it clear that she has \"serious concerns about the cuts to transport.\"",
        speakers: &[("serious concerns", Some("Ana Ruiz"))],
        no_quote: &[],
    },
    Case {
        pattern: "pronoun",
        text: "Ben Ortiz praised the plan, but he called the timetable \"wildly optimistic for a project of this size.\"",
        speakers: &[("wildly optimistic", Some("Ben Ortiz"))],
        no_quote: &[],
    },
    Case {
        pattern: "named-vs-description",
        text: "A third option would be what Petra Lind called a \"let a thousand flowers bloom\" approach.",
        speakers: &[("thousand flowers", Some("Petra Lind"))],
        no_quote: &[],
    },
    Case {
        pattern: "named-vs-description",
        text: "The old trade pact, which Ben Ortiz had called a \"disaster for every farmer,\" was barely mentioned.",
        speakers: &[("disaster for every farmer", Some("Ben Ortiz"))],
        no_quote: &[],
    },
    Case {
        pattern: "named-vs-description",
        text: "Ben Ortiz spoke for an hour. He closed with an appeal to voters: \"To every parent who dreams for their child, this vote is yours.\"",
        speakers: &[("every parent", Some("Ben Ortiz"))],
        no_quote: &[],
    },
    Case {
        pattern: "wrong-words",
        text: "Leeds (AFP) – Mayor Ana Ruiz on Monday toured the flooded streets, saying the barrier was \"a promise we will keep.\"",
        speakers: &[("promise we will keep", Some("Ana Ruiz"))],
        no_quote: &[],
    },
    Case {
        pattern: "wrong-words",
        text: "LEEDS (Reuters) — A news report published Wednesday said the minister had used \"a private account for years.\"",
        speakers: &[("private account", Some("A news report published"))],
        no_quote: &[],
    },
];

#[test]
fn speaker_cases() {
    assert_none(&failures(&Extractor::new(), CASES));
}

/// What the cases get wrong, one line each.
pub(super) fn failures(ex: &Extractor, cases: &[Case]) -> Vec<String> {
    let mut failures = Vec::new();
    for c in cases {
        let quotes = quotes_of(ex, c.text);
        check(
            &mut failures,
            (c.pattern, c.text),
            &quotes,
            c.speakers,
            c.no_quote,
        );
    }
    failures
}

/// Adds to `failures` what `quotes` (of the case `(pattern, text)`) get
/// wrong: each `(words, speaker)` needs a quote holding the words with that
/// speaker (`None`: no speaker), and no quote may hold any of `no_quote`.
pub(super) fn check(
    failures: &mut Vec<String>,
    (pattern, text): (&str, &str),
    quotes: &[(String, Option<String>)],
    speakers: &[(&str, Option<&str>)],
    no_quote: &[&str],
) {
    for &(words, want) in speakers {
        match quotes.iter().find(|(content, _)| content.contains(words)) {
            None => failures.push(format!(
                "[{pattern}] {text:?}: no quote holds {words:?} ({quotes:?})"
            )),
            Some((_, got)) if got.as_deref() != want => failures.push(format!(
                "[{pattern}] {text:?}: {words:?} attributed to {got:?}, want {want:?}"
            )),
            Some(_) => {}
        }
    }
    for &words in no_quote {
        if quotes.iter().any(|(content, _)| content.contains(words)) {
            failures.push(format!(
                "[{pattern}] {text:?}: {words:?} must be in no quote ({quotes:?})"
            ));
        }
    }
}

/// Fails with every line of `failures`, if there is one.
pub(super) fn assert_none(failures: &[String]) {
    assert!(
        failures.is_empty(),
        "{} case(s) failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Each quote of `text`: its reported words (pieces joined by a space) and
/// its speaker's resolved name.
pub(super) fn quotes_of(ex: &Extractor, text: &str) -> Vec<(String, Option<String>)> {
    ex.analyze(text)
        .quotes
        .iter()
        .map(|q| {
            let content: Vec<&str> = q.content.iter().map(|s| &text[*s]).collect();
            (
                content.join(" "),
                q.speaker.as_ref().map(|s| s.name.clone()),
            )
        })
        .collect()
}

/// The distinct patterns of a case table, each checked to have ten cases or
/// more.
pub(super) fn ten_per_pattern<'a>(patterns: impl IntoIterator<Item = &'a str>) -> Vec<&'a str> {
    let all: Vec<&str> = patterns.into_iter().collect();
    let mut distinct = all.clone();
    distinct.sort_unstable();
    distinct.dedup();
    for &p in &distinct {
        let n = all.iter().filter(|&&q| q == p).count();
        assert!(n >= 10, "pattern {p} has {n} cases");
    }
    distinct
}

#[test]
fn every_pattern_has_ten_cases() {
    ten_per_pattern(CASES.iter().map(|c| c.pattern));
}

/// A name after a preposition near the start of a sentence is an object,
/// never the subject of a participle that hangs on the clause ("Lawmakers
/// flew to Geneva, calling …" is not Geneva speaking). Each case: the text,
/// words of the reported content, the name that must not be its speaker,
/// and the speaker a quote holding those words must have when one is
/// expected (the negatives: a named or described subject still speaks).
const OBJECT_CASES: &[(&str, &str, &str, Option<&str>)] = &[
    ("Hundreds of demonstrators marched through Center City on Monday, chanting \"No more war.\"", "No more war", "Center City", None),
    ("Senior officials flew to Brussels, saying the deal was \"nearly done.\"", "nearly done", "Brussels", None),
    ("Guidelines issued by the Lane administration, telling schools to open late, have drawn \"fierce criticism.\"", "open late", "Lane", None),
    ("Protesters marched against Mayor Ruiz, calling him \"a liar.\"", "a liar", "Ruiz", None),
    ("Representatives of the Stone family met in Boston, saying the deal was \"an insult.\"", "an insult", "Boston", None),
    ("Workers walked out at the Ford plant in Dearborn, saying the pay offer was \"an insult.\"", "pay offer", "Ford", None),
    ("Lawmakers flew to Geneva for the talks, calling the draft \"a start.\"", "a start", "Geneva", None),
    ("Volunteers drove across Ohio last week, calling the effort \"a crusade.\"", "a crusade", "Ohio", None),
    ("Two senators travelled into Kyiv by train, saying the war was \"far from over.\"", "far from over", "Kyiv", None),
    ("Fans rallied behind Arsenal on Sunday, singing \"We love you.\"", "We love you", "Arsenal", None),
    ("Mayor Ana Ruiz went to Springfield on Monday, calling the cuts \"a betrayal.\"", "a betrayal", "Springfield", Some("Ana Ruiz")),
    ("Coach Ray Dunn stood by his players, calling the loss \"a lesson.\"", "a lesson", "players", Some("Ray Dunn")),
    ("The protesters marched past City Hall, chanting \"Not in our name.\"", "Not in our name", "City Hall", Some("The protesters")),
    ("Residents complained about Acme Corp, calling the smell \"unbearable.\"", "unbearable", "Acme Corp", Some("Residents")),
    ("Democratic presidential nominee Hillary Clinton chimed in, calling the plan \"a disaster.\"", "a disaster", "Democratic", Some("Hillary Clinton")),
    ("Officials from Ohio said the count was \"nearly complete.\"", "nearly complete", "Ohio", Some("Officials from Ohio")),
    // A sentence adverb or preposition before a listed noun is no modifier
    // of a speaker ("Federal prosecutors" is one).
    ("Perhaps voters are tired, calling the race \"a circus.\"", "a circus", "Perhaps voters", None),
    ("Even officials were surprised, calling the result \"stunning.\"", "stunning", "Even officials", None),
];

#[test]
fn object_of_preposition_is_no_speaker() {
    assert!(OBJECT_CASES.len() >= 10);
    let ex = Extractor::new();
    let mut failures = Vec::new();
    for &(text, words, not, want) in OBJECT_CASES {
        let a = ex.analyze(text);
        let holding: Vec<Option<String>> = a
            .quotes
            .iter()
            .filter(|q| q.content.iter().any(|s| text[*s].contains(words)))
            .map(|q| q.speaker.as_ref().map(|s| s.name.clone()))
            .collect();
        if holding.iter().any(|s| s.as_deref() == Some(not)) {
            failures.push(format!("{text:?}: {words:?} attributed to {not:?}"));
        }
        if let Some(w) = want {
            if !holding.iter().any(|s| s.as_deref() == Some(w)) {
                failures.push(format!(
                    "{text:?}: {words:?} not attributed to {w:?} ({holding:?})"
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A day or month alone before or after a cue is a time, never a speaker
/// ("Friday said" opens no clause of saying in news copy); the quote may go
/// without a speaker, or not be a quote at all.
const TIME_SUBJECTS: &[&str] = &[
    "Friday said the plan was fine.",
    "Monday said the talks would resume.",
    "\"It is late,\" Tuesday said.",
    "\"We are ready,\" January said.",
    "\"It is over,\" said Sunday.",
];

#[test]
fn time_word_is_no_speaker() {
    let ex = Extractor::new();
    for text in TIME_SUBJECTS {
        for q in &ex.analyze(text).quotes {
            if let Some(sp) = &q.speaker {
                let name = sp.name.to_lowercase();
                assert!(
                    !["monday", "tuesday", "friday", "sunday", "january"].contains(&name.as_str()),
                    "{text:?}: speaker {:?}",
                    sp.name
                );
            }
        }
    }
}
