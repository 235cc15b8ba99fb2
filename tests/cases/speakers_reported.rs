//! Reported (indirect, speech-cued) quotes: which uses of a cue verb report
//! words, where the reported words are, and who said them. One table per
//! pattern; every sentence is written for this test. A case lists, for
//! words of the reported content, the speaker's resolved name (or no
//! speaker), and words that no quote may hold: a cue verb in a sense that
//! is not speech, or words outside the reported clause.

use super::speakers::{check, quotes_of, ten_per_pattern};
use reportage::Extractor;

struct Case {
    pattern: &'static str,
    text: &'static str,
    /// (words inside the quote's content, the speaker's resolved name).
    quotes: &'static [(&'static str, Option<&'static str>)],
    /// Words that no quote's content may hold.
    no_quote: &'static [&'static str],
}

const fn case(
    pattern: &'static str,
    text: &'static str,
    quotes: &'static [(&'static str, Option<&'static str>)],
    no_quote: &'static [&'static str],
) -> Case {
    Case {
        pattern,
        text,
        quotes,
        no_quote,
    }
}

const CASES: &[Case] = &[
    // "cite" reports what it names, with or without a quotation.
    case(
        "cite-object",
        "The senator cited a 1998 report by the housing agency.",
        &[("1998 report", Some("The senator"))],
        &[],
    ),
    case(
        "cite-object",
        "Ms. Okafor cited rising rents as the main reason for the move.",
        &[("rising rents", Some("Okafor"))],
        &[],
    ),
    case(
        "cite-object",
        "In his letter, the governor cited the cost of the new bridge.",
        &[("cost of the new bridge", Some("the governor"))],
        &["his letter"],
    ),
    case(
        "cite-object",
        "The coach cited injuries to three starters.",
        &[("injuries to three starters", Some("The coach"))],
        &[],
    ),
    case(
        "cite-object",
        "The union walked out on Friday, citing unsafe working conditions at the plant.",
        &[("unsafe working conditions", Some("The union"))],
        &["walked out"],
    ),
    case(
        "cite-object",
        "Lawyers for the family cited a 2004 ruling from the appeals court.",
        &[("2004 ruling", Some("Lawyers for the family"))],
        &[],
    ),
    case(
        "cite-object",
        "The report cites a sharp rise in thefts from parked cars.",
        &[("sharp rise in thefts", Some("The report"))],
        &[],
    ),
    case(
        "cite-object",
        "Officials cited privacy laws in refusing to release the names.",
        &[("privacy laws", Some("Officials"))],
        &[],
    ),
    case(
        "cite-object",
        "The judge cited the defendant's age when setting bail.",
        &[("defendant's age", Some("The judge"))],
        &[],
    ),
    case(
        "cite-object",
        "The mayor cited what she called \"years of neglect\" at the depot.",
        &[("years of neglect", Some("The mayor"))],
        &[],
    ),
    // "call for" / "call on": a demand in words; a time after "called on",
    // a noun "calls" and a passive are none.
    case(
        "call-for",
        "The mayor called for a full inquiry into the fire.",
        &[("full inquiry into the fire", Some("The mayor"))],
        &[],
    ),
    case(
        "call-for",
        "Residents have called for a new crossing near the school.",
        &[("new crossing near the school", Some("Residents"))],
        &[],
    ),
    case(
        "call-for",
        "Mr. Patel called on the board to release the minutes.",
        &[("board to release the minutes", Some("Patel"))],
        &[],
    ),
    case(
        "call-for",
        "The union calls for an inquiry into the contract.",
        &[("inquiry into the contract", Some("The union"))],
        &[],
    ),
    case(
        "call-for",
        "The two groups are calling on lawmakers to reject the bill.",
        &[("lawmakers to reject the bill", Some("The two groups"))],
        &[],
    ),
    case(
        "call-for",
        "She calls on the council to act before the winter.",
        &[("council to act", Some("She"))],
        &[],
    ),
    case(
        "call-for",
        "Opposition leaders called for the minister's resignation, saying she misled parliament.",
        &[
            ("minister's resignation", Some("Opposition leaders")),
            ("she misled parliament", Some("Opposition leaders")),
        ],
        &[],
    ),
    case(
        "call-for",
        "The farmer called on Monday to report the missing sheep.",
        &[],
        &["missing sheep"],
    ),
    case(
        "call-for",
        "Growing calls for an inquiry went unanswered.",
        &[],
        &["inquiry"],
    ),
    case(
        "call-for",
        "The recipe calls for two cups of flour.",
        &[],
        &["cups of flour"],
    ),
    case(
        "call-for",
        "Renewed calls for reform followed the crash.",
        &[],
        &["reform"],
    ),
    case(
        "call-for",
        "The doctor was called on to testify.",
        &[],
        &["testify"],
    ),
    // Verbs that report only a clause, a quotation, or their own end:
    // "agree", "question", "maintain", "post". With a thing as object,
    // or "to" and a noun, they report nothing.
    case(
        "clause-only",
        "The mayor agreed that the budget was too tight.",
        &[("budget was too tight", Some("The mayor"))],
        &[],
    ),
    case(
        "clause-only",
        "Mr. Ruiz agreed with his critics that the rollout had been slow.",
        &[("rollout had been slow", Some("Ruiz"))],
        &[],
    ),
    case(
        "clause-only",
        "\"That is fair,\" the coach agreed.",
        &[("That is fair", Some("the coach"))],
        &[],
    ),
    case(
        "clause-only",
        "\"We can do better,\" agreed Ms. Lind.",
        &[("We can do better", Some("Lind"))],
        &[],
    ),
    case(
        "clause-only",
        "The union agreed to a two-year contract.",
        &[],
        &["two-year contract"],
    ),
    case(
        "clause-only",
        "The two sides agreed on a date for the talks.",
        &[],
        &["date for the talks"],
    ),
    case(
        "clause-only",
        "The senator questioned whether the base would stay open.",
        &[("base would stay open", Some("The senator"))],
        &[],
    ),
    case(
        "clause-only",
        "Several parents questioned why the school had not warned them.",
        &[("school had not warned them", Some("Several parents"))],
        &[],
    ),
    case(
        "clause-only",
        "Police questioned two men in connection with the robbery.",
        &[],
        &["two men"],
    ),
    case(
        "clause-only",
        "Police questioned two men who were seen near the bank.",
        &[],
        &["two men"],
    ),
    case(
        "clause-only",
        "The board maintains that the sale was lawful.",
        &[("sale was lawful", Some("The board"))],
        &[],
    ),
    case(
        "clause-only",
        "The group maintained it had done nothing wrong.",
        &[("done nothing wrong", Some("The group"))],
        &[],
    ),
    case(
        "clause-only",
        "The charity maintains an office in the capital.",
        &[],
        &["office in the capital"],
    ),
    case(
        "clause-only",
        "The champion maintained a two-stroke lead after the third round.",
        &[],
        &["two-stroke lead"],
    ),
    case(
        "clause-only",
        "The senator posted on Facebook that the vote would be delayed.",
        &[("vote would be delayed", Some("The senator"))],
        &[],
    ),
    case(
        "clause-only",
        "The club posted a loss of $2 million for the season.",
        &[],
        &["loss of"],
    ),
    case(
        "clause-only",
        "Sanders posted an easy win in the primary.",
        &[],
        &["easy win"],
    ),
    case(
        "clause-only",
        "The agency indicated that it would appeal the ruling.",
        &[("appeal the ruling", Some("The agency"))],
        &[],
    ),
    case(
        "clause-only",
        "The early returns indicated the measure would pass.",
        &[("measure would pass", Some("The early returns"))],
        &[],
    ),
    case(
        "clause-only",
        "Rebels attacked the village at dawn.",
        &[],
        &["village"],
    ),
    case(
        "clause-only",
        "The senator attacked the plan as \"reckless and cruel.\"",
        &[("reckless and cruel", Some("The senator"))],
        &[],
    ),
    case(
        "clause-only",
        "The governor attacked the ruling, saying it would cost jobs.",
        &[("would cost jobs", Some("The governor"))],
        &["the ruling"],
    ),
    case(
        "clause-only",
        "The Paris attacks shocked the world.",
        &[],
        &["shocked"],
    ),
    // "decline" reports a refusal to speak or act: only before "to" and a verb.
    case(
        "declined-to",
        "The company declined to comment on the lawsuit.",
        &[("comment on the lawsuit", Some("The company"))],
        &[],
    ),
    case(
        "declined-to",
        "A spokeswoman for the mayor declined to say whether the plan would go ahead.",
        &[("plan would go ahead", Some("A spokeswoman for the mayor"))],
        &[],
    ),
    case(
        "declined-to",
        "The minister declined to discuss the case, citing the inquiry.",
        &[("discuss the case", Some("The minister"))],
        &[],
    ),
    case(
        "declined-to",
        "Through a lawyer, Mr. Hale declined to comment.",
        &[("comment", Some("Hale"))],
        &[],
    ),
    case(
        "declined-to",
        "The team declines to release injury reports before kickoff.",
        &[("release injury reports", Some("The team"))],
        &[],
    ),
    case(
        "declined-to",
        "Sales declined 5 percent in the third quarter.",
        &[],
        &["5 percent"],
    ),
    case(
        "declined-to",
        "Turnout declined to 20 percent from 35 percent.",
        &[],
        &["20 percent"],
    ),
    case(
        "declined-to",
        "Shares declined sharply on Monday after the report.",
        &[],
        &["sharply"],
    ),
    case(
        "declined-to",
        "Membership has declined to its lowest level in decades.",
        &[],
        &["lowest level"],
    ),
    case(
        "declined-to",
        "The number of applicants declined to about 400.",
        &[],
        &["400"],
    ),
    // A cue verb whose object is a thing or a count reports nothing
    // ("posted a notice", "added 20 points", "reported for duty").
    case(
        "thing-object",
        "The clerk posted a notice on the wall of the courthouse.",
        &[],
        &["notice"],
    ),
    case(
        "thing-object",
        "The index added 20 points by noon.",
        &[],
        &["20 points"],
    ),
    case(
        "thing-object",
        "Nurses who reported for duty were sent home.",
        &[],
        &["duty"],
    ),
    case(
        "thing-object",
        "The group maintains an office in the capital.",
        &[],
        &["office"],
    ),
    case(
        "thing-object",
        "In the past five years, we have added 1 million private sector jobs.",
        &[],
        &["private sector jobs"],
    ),
    case(
        "thing-object",
        "The firm reported 40 new cases of the disease on Monday.",
        &[],
        &["new cases"],
    ),
    case(
        "thing-object",
        "The museum recorded 2 million visitors last year.",
        &[],
        &["visitors"],
    ),
    case(
        "thing-object",
        "The agency reported a loss of $3 million for the year.",
        &[],
        &["loss of"],
    ),
    case(
        "thing-object",
        "He added that the list was incomplete.",
        &[("list was incomplete", Some("He"))],
        &[],
    ),
    case(
        "thing-object",
        "The agency reported that the loss had narrowed.",
        &[("loss had narrowed", Some("The agency"))],
        &[],
    ),
    case(
        "thing-object",
        "The council posted a statement saying the road would close.",
        &[("road would close", Some("The council"))],
        &[],
    ),
    case(
        "subject-phrase",
        "Even the mayor said the plan was fine.",
        &[("plan was fine", Some("the mayor"))],
        &[],
    ),
    case(
        "subject-phrase",
        "And only the coach said the referee was right.",
        &[("referee was right", Some("the coach"))],
        &[],
    ),
    case(
        "subject-phrase",
        "Yet the union said the talks would go on.",
        &[("talks would go on", Some("the union"))],
        &[],
    ),
    case(
        "subject-phrase",
        "Voters who have even read the plan say it is weak.",
        &[("it is weak", Some("Voters"))],
        &["read the plan"],
    ),
    // "according to X": the whole clause around it is reported, a
    // parenthetical one included; right after a cue that reported nothing
    // there ("told reporters, according to …"), the words between are that
    // cue's object, not a report.
    case(
        "according-to",
        "The plant will close in March, according to two people familiar with the plan.",
        &[(
            "plant will close in March",
            Some("two people familiar with the plan"),
        )],
        &[],
    ),
    case(
        "according-to",
        "According to the police, the driver was not hurt.",
        &[("driver was not hurt", Some("the police"))],
        &[],
    ),
    case(
        "according-to",
        "Turnout fell by a third, according to the county clerk's office.",
        &[("Turnout fell by a third", Some("the county clerk's office"))],
        &[],
    ),
    case(
        "according-to",
        "According to Ms. Ruiz, the contract was signed in May.",
        &[("contract was signed in May", Some("Ruiz"))],
        &[],
    ),
    case(
        "according-to",
        "According to court records, the firm owed $2 million in back taxes.",
        &[("firm owed $2 million", Some("court records"))],
        &[],
    ),
    case(
        "according-to",
        "The talks, according to a senior diplomat, are close to a deal.",
        &[
            ("The talks", Some("a senior diplomat")),
            ("are close to a deal", Some("a senior diplomat")),
        ],
        &[],
    ),
    case(
        "according-to",
        "The plant, according to two workers, will close in March.",
        &[("will close in March", Some("two workers"))],
        &[],
    ),
    case(
        "according-to",
        "The mayor, according to aides, has no plans to run.",
        &[("has no plans to run", Some("aides"))],
        &[],
    ),
    // (`"…," the coach told reporters, according to the Herald`: the
    // Herald relays the whole report and speaks, see "relayed" below.)
    case(
        "according-to",
        "\"We are done,\" the coach told reporters, according to the Herald.",
        &[("We are done", Some("Herald"))],
        &["reporters"],
    ),
    case(
        "according-to",
        "The mayor will not run again, according to three of her aides.",
        &[("will not run again", Some("three of her aides"))],
        &[],
    ),
    case(
        "according-to",
        "The bridge was built in 1932, according to its website.",
        &[("built in 1932", Some("its website"))],
        &[],
    ),
    case(
        "subject-phrase",
        "Rep. Ana Ruiz (D-Ohio) last month joked to the chair that the vote was rigged.",
        &[("vote was rigged", Some("Ana Ruiz"))],
        &["month"],
    ),
    case(
        "subject-phrase",
        "Beck, who backed Cruz in the primaries, last week said the race was over.",
        &[("race was over", Some("Beck"))],
        &["primaries"],
    ),
    // "according to Y" around a cue that has its own speaker (`"…," X
    // said, according to Y`; `According to Y, X said …`), or "Y reported"
    // after it: Y relays the whole report and is its source
    // (`quote/*/relayed`). Not across the end of a sentence or a semicolon,
    // nor inside the quotation.
    case(
        "relayed",
        "\"I have no regrets,\" Ruiz wrote in her memoir, according to the Times.",
        &[("no regrets", Some("Times"))],
        &["her memoir"],
    ),
    case(
        "relayed",
        "\"We will win,\" Hale said at a rally in Dover on Monday, according to a transcript.",
        &[("We will win", Some("a transcript"))],
        &["rally in Dover"],
    ),
    case(
        "relayed",
        "According to police, the driver told officers he was \"very sorry.\"",
        &[("very sorry", Some("police"))],
        &["officers"],
    ),
    case(
        "relayed",
        "According to the Herald, the coach said the season was \"a write-off.\"",
        &[("a write-off", Some("Herald"))],
        &[],
    ),
    case(
        "relayed",
        "Ruiz said the road would close in May, according to the Harbour Gazette.",
        &[("road would close", Some("Harbour Gazette"))],
        &[],
    ),
    case(
        "relayed",
        "Smith told the council that prices would rise, according to the Harbour Gazette.",
        &[("prices would rise", Some("Harbour Gazette"))],
        &["the council"],
    ),
    case(
        "relayed",
        "According to harbour board minutes, Ruiz said the pier was \"beyond repair.\"",
        &[("beyond repair", Some("harbour board minutes"))],
        &[],
    ),
    case(
        "relayed",
        "\"You have let us down,\" he told Sen. Ana Ruiz (D-Ohio), according to two aides.",
        &[("let us down", Some("two aides"))],
        &["D-Ohio"],
    ),
    case(
        "relayed",
        "Ruiz noted that the plan was \"central\" to the deal, reported the Dover Ledger.",
        &[("central", Some("Dover Ledger"))],
        &[],
    ),
    case(
        "relayed",
        "Lee said the plan was \"dead.\" CNN reported the story first.",
        &[("plan was", Some("Lee"))],
        &[],
    ),
    case(
        "relayed",
        "\"It is over,\" Hale said, according to a transcript. \"We lost.\"",
        &[("It is over", Some("a transcript")), ("We lost", Some("a transcript"))],
        &[],
    ),
    case(
        "relayed",
        "\"We are done,\" the coach said. According to the Herald, the team will fold.",
        &[("We are done", Some("the coach")), ("team will fold", Some("Herald"))],
        &[],
    ),
    case(
        "relayed",
        "\"We are done,\" the coach said; according to the Herald, he left.",
        &[("We are done", Some("the coach"))],
        &[],
    ),
    case(
        "relayed",
        "\"We will win,\" Hale said. \"According to the polls, we lead.\"",
        &[("We will win", Some("Hale")), ("we lead", Some("Hale"))],
        &[],
    ),
    case(
        "relayed",
        "According to the Herald, the coach is \"done for the year.\"",
        &[("done for the year", Some("Herald"))],
        &[],
    ),
    case(
        "relayed",
        "The talks, according to a senior diplomat, are \"close to a deal.\"",
        &[("close to a deal", Some("a senior diplomat"))],
        &[],
    ),
    // After a cue, a short time adverbial may stand before the reported
    // clause with no comma ("said on Monday the road would close"); after
    // a longer adverbial and its comma, a second adverbial or a participle
    // is no report, and the report starts at "that" when one follows.
    case("adverbial-after-cue", "The mayor said on Monday the road would close.", &[("road would close", Some("The mayor"))], &["Monday"]),
    case("adverbial-after-cue", "The mayor said last week the plan was dead.", &[("plan was dead", Some("The mayor"))], &["last week"]),
    case("adverbial-after-cue", "The coach said on Tuesday morning his players were tired.", &[("players were tired", Some("The coach"))], &["morning"]),
    case("adverbial-after-cue", "Ms. Okafor said this week the union would strike.", &[("union would strike", Some("Okafor"))], &["this week"]),
    case("adverbial-after-cue", "She said on Monday that the road would close.", &[("road would close", Some("She"))], &["Monday"]),
    case("adverbial-after-cue", "The mayor said on Monday, in a statement, that the road would close.", &[("road would close", Some("The mayor"))], &["statement"]),
    case("adverbial-after-cue", "The minister declared in a speech on Friday, in her first remarks since the vote, that she would stay.", &[("she would stay", Some("The minister"))], &["first remarks"]),
    case("adverbial-after-cue", "Beijing responded by sidestepping Moscow, establishing a new bank in June.", &[], &["new bank"]),
    case("adverbial-after-cue", "The governor wrote in his memoir, published in 2019, about the flood.", &[], &["the flood"]),
    case("adverbial-after-cue", "The senator spoke at the rally, thanking the volunteers.", &[], &["volunteers"]),
    case("adverbial-after-cue", "The mayor said on Monday.", &[], &["Monday"]),
    case("subject-phrase", "A worker who did not want to be named said the plant would close.", &[("plant would close", Some("A worker"))], &["named"]),
    case("subject-phrase", "A nurse who did not want to be identified by name said the ward was full.", &[("ward was full", Some("A nurse"))], &["by name"]),
    case("subject-phrase", "Voters rated her as more prepared, with 50 percent saying she is prepared.", &[("she is prepared", Some("50 percent"))], &["more prepared"]),
    // "X, who said A, said B": both clauses report, on one speaker; a
    // relative clause of anonymity reports nothing.
    case("relative-cue", "Podesta, who said the project was vetted by his lawyers, said he was unaware of any dispute.", &[("project was vetted", Some("Podesta")), ("unaware of any dispute", Some("Podesta"))], &[]),
    case("relative-cue", "Crawford, who recalled taking the service elevator, said the book never came out.", &[("service elevator", Some("Crawford")), ("book never came out", Some("Crawford"))], &[]),
    case("relative-cue", "Ms. Lind, who noted that the vote was close, said the party would appeal.", &[("vote was close", Some("Lind")), ("party would appeal", Some("Lind"))], &[]),
    case("relative-cue", "The coach, who says the team is tired, told reporters the season was long.", &[("team is tired", Some("The coach")), ("season was long", Some("The coach"))], &[]),
    case("relative-cue", "Sanders, who had said he would debate her, criticized the decision as \"cowardly.\"", &[("would debate her", Some("Sanders")), ("cowardly", Some("Sanders"))], &[]),
    case("relative-cue", "An official, who asked not to be named, said the plant would close.", &[("plant would close", Some("An official"))], &["not to be named"]),
    case("relative-cue", "A worker, who spoke on condition of anonymity, said the line would stop.", &[("line would stop", Some("A worker"))], &["condition of anonymity"]),
    case("relative-cue", "Two aides, who requested anonymity to discuss the talks, said a deal was near.", &[("deal was near", Some("Two aides"))], &["to discuss the talks"]),
    case("relative-cue", "The senator, who declined to be identified, said the vote would slip.", &[("vote would slip", Some("The senator"))], &["to be identified"]),
    case("relative-cue", "Ruiz, who argued that the fee was illegal, said she would sue.", &[("fee was illegal", Some("Ruiz")), ("she would sue", Some("Ruiz"))], &[]),
    // A quantifier standing for people is the subject of a cue that is
    // never a noun ("Several said"); before a cue that is also a noun, or in
    // "All told", it is none.
    case(
        "quantifier-subject",
        "Several said they would vote again.",
        &[("would vote again", Some("Several"))],
        &[],
    ),
    case(
        "quantifier-subject",
        "Most said they were very worried about prices.",
        &[("very worried", Some("Most"))],
        &[],
    ),
    case(
        "quantifier-subject",
        "In the poll, many say the economy is weak.",
        &[("economy is weak", Some("many"))],
        &["the poll"],
    ),
    case(
        "quantifier-subject",
        "Both said they would vote again.",
        &[("would vote again", Some("Both"))],
        &[],
    ),
    case(
        "quantifier-subject",
        "Some said the strike had gone on too long.",
        &[("gone on too long", Some("Some"))],
        &[],
    ),
    case(
        "quantifier-subject",
        "The workers met on Friday, and most said the offer was too low.",
        &[("offer was too low", Some("most"))],
        &[],
    ),
    case(
        "quantifier-subject",
        "Others told reporters that the line had moved quickly.",
        &[("line had moved quickly", Some("Others"))],
        &[],
    ),
    case(
        "quantifier-subject",
        "Some of the voters said they were worried.",
        &[("they were worried", Some("Some of the voters"))],
        &[],
    ),
    case(
        "quantifier-subject",
        "Some claims about the fire were false.",
        &[],
        &["about the fire"],
    ),
    case(
        "quantifier-subject",
        "Many reports about the closure were wrong.",
        &[],
        &["about the closure"],
    ),
    case(
        "quantifier-subject",
        "All told, the repairs cost $4 million.",
        &[],
        &["repairs cost"],
    ),
    case("quantifier-subject", "About three in 10 said they prefer a more liberal agenda.", &[("more liberal agenda", Some("three in 10"))], &[]),
    case("quantifier-subject", "Voters were split: 4 in 10 said the economy was the top issue.", &[("economy was the top issue", Some("4 in 10"))], &["were split"]),
    // A question put by someone unnamed ("Asked whether …", "when asked
    // about …", "was asked if …") is reported words with no speaker; the
    // answer keeps its own. "asked" inside another cue's words is no cue.
    case(
        "asked-unnamed",
        "Asked whether he would support the plan, the mayor said he would wait.",
        &[
            ("would support the plan", None),
            ("he would wait", Some("the mayor")),
        ],
        &[],
    ),
    case(
        "asked-unnamed",
        "When asked about the fire, the chief declined to comment.",
        &[("the fire", None), ("comment", Some("the chief"))],
        &[],
    ),
    case(
        "asked-unnamed",
        "The senator was asked if she would run again.",
        &[("she would run again", None)],
        &[],
    ),
    case(
        "asked-unnamed",
        "When asked whether the plant would close, the manager shrugged.",
        &[("plant would close", None)],
        &["shrugged"],
    ),
    case(
        "asked-unnamed",
        "Asked how long the repairs would take, the engineer said a month.",
        &[("repairs would take", None)],
        &["the engineer"],
    ),
    case(
        "asked-unnamed",
        "Asked to name her favourite teacher, the author laughed.",
        &[("favourite teacher", None)],
        &["laughed"],
    ),
    case(
        "asked-unnamed",
        "Once asked why he ran, Mr. Cole smiled and said he liked a fight.",
        &[("why he ran", None), ("liked a fight", Some("Cole"))],
        &[],
    ),
    case(
        "asked-unnamed",
        "Asked about the fire, officials said the cause was unknown.",
        &[("the fire", None), ("cause was unknown", Some("officials"))],
        &[],
    ),
    case(
        "asked-unnamed",
        "She asked the council whether it would support the plan.",
        &[("whether it would support the plan", Some("She"))],
        &[],
    ),
    case(
        "asked-unnamed",
        "The coach said she was asked to stay for another season.",
        &[("asked to stay", Some("The coach"))],
        &[],
    ),
    case(
        "asked-unnamed",
        "When asked, he said nothing.",
        &[],
        &["nothing"],
    ),
    // A speaker phrase keeps its name across an age or a participle
    // phrase between commas, and after a focus adverb opening the clause.
    case(
        "subject-phrase",
        "Ruiz, asked about the delay, said the contract was late.",
        &[("contract was late", Some("Ruiz"))],
        &["the delay"],
    ),
    case(
        "subject-phrase",
        "Ms. Diaz, contacted on Friday, said the deal was off.",
        &[("deal was off", Some("Diaz"))],
        &["contacted"],
    ),
    case(
        "subject-phrase",
        "Mr. Cole, reached by phone, said he had not seen the report.",
        &[("not seen the report", Some("Cole"))],
        &["by phone"],
    ),
    case(
        "subject-phrase",
        "Jillian Chase, 27, a nurse, said the election would come up.",
        &[("election would come up", Some("Jillian Chase"))],
        &["a nurse"],
    ),
    case(
        "subject-phrase",
        "Tom Hale, 52, a plumber from Akron, said prices had doubled.",
        &[("prices had doubled", Some("Tom Hale"))],
        &["Akron"],
    ),
    case(
        "subject-phrase",
        "Ana Ruiz, 41, a teacher from Dayton, said the school was full.",
        &[("school was full", Some("Ana Ruiz"))],
        &[],
    ),
    case(
        "subject-phrase",
        "Ana Ruiz, 41, said the school was full.",
        &[("school was full", Some("Ana Ruiz"))],
        &["41"],
    ),
    case(
        "subject-phrase",
        "The former mayor, 68, said he would not run again.",
        &[("would not run again", Some("The former mayor"))],
        &[],
    ),
    case(
        "subject-phrase",
        "The senator, asked about the leak, declined to comment.",
        &[("comment", Some("The senator"))],
        &["the leak"],
    ),
    case(
        "subject-phrase",
        "Shown the letter, the mayor said it was fake.",
        &[("it was fake", Some("the mayor"))],
        &["the letter"],
    ),
    // "add to" means increase: no report after it, unless "that" or a
    // quotation follows.
    case(
        "thing-object",
        "The striker is adding to his goals earlier this season in Leeds, Derby and Hull.",
        &[],
        &["Derby and Hull"],
    ),
    case(
        "thing-object",
        "Ana Ruiz won the primary in Ohio, adding to her victories in Iowa, Texas and Maine.",
        &[],
        &["Texas and Maine"],
    ),
    case(
        "thing-object",
        "The mayor added to reporters that the bridge would open in May.",
        &[("the bridge would open in May", Some("The mayor"))],
        &[],
    ),
    // A long opening prepositional phrase before the subject and its cue is
    // no report ("In an interview with …, she joked about …"); a clause
    // before the cue still is.
    case(
        "long-opening-phrase",
        "In an interview with the local radio station on Friday morning, the mayor joked about retiring to a farm.",
        &[],
        &["interview with the local radio station"],
    ),
    case(
        "long-opening-phrase",
        "At a crowded town hall meeting in the school gym, a retired teacher asked the governor about bus routes.",
        &[],
        &["town hall meeting in the school gym"],
    ),
    case(
        "long-opening-phrase",
        "During a long hearing before the transport committee last week, the minister defended the new rail timetable.",
        &[],
        &["hearing before the transport committee"],
    ),
    case(
        "long-opening-phrase",
        "From the window of his office on the tenth floor of the tower, the mayor pointed to the unfinished bridge.",
        &[],
        &["window of his office"],
    ),
    case(
        "long-opening-phrase",
        "In a speech to farmers at the state fair in late August, the governor praised the new grain silos.",
        &[("new grain silos", Some("the governor"))],
        &["speech to farmers at the state fair"],
    ),
    case(
        "long-opening-phrase",
        "After a two-hour meeting with the union leaders at city hall, the mayor said the strike would end on Monday.",
        &[("the strike would end on Monday", Some("the mayor"))],
        &["meeting with the union leaders"],
    ),
    case(
        "long-opening-phrase",
        "In the three months since the flood in the valley, the mayor said, more than 400 homes have been rebuilt.",
        &[("more than 400 homes have been rebuilt", Some("the mayor"))],
        &[],
    ),
    case(
        "long-opening-phrase",
        "At the end of the day the voters will decide, the senator said.",
        &[("the voters will decide", Some("the senator"))],
        &[],
    ),
    case(
        "long-opening-phrase",
        "On Tuesday she lost the primary in Oregon but won easily in Kentucky, according to the final returns.",
        &[("she lost the primary in Oregon", Some("the final returns"))],
        &[],
    ),
    case(
        "long-opening-phrase",
        "In a letter sent to parents of pupils at the school, the principal said classes would resume.",
        &[("classes would resume", Some("the principal"))],
        &["letter sent to parents"],
    ),
    // A cue in a relative clause on the subject ("X, a surgeon who advised
    // …,"): the name before the relative pronoun is who acted, never what
    // was said.
    case(
        "relative-cue-antecedent",
        "Paul Brenner, a surgeon who advised the mayor on hospital funding, disagreed with the plan.",
        &[],
        &["Paul Brenner"],
    ),
    case(
        "relative-cue-antecedent",
        "Tom Lee, the city editor who wrote the story about the mayor, posted a photo of the bridge.",
        &[],
        &["Tom Lee"],
    ),
    case(
        "relative-cue-antecedent",
        "Maria Santos, a lawyer who argued the case before the court in May, is now a judge.",
        &[],
        &["Maria Santos"],
    ),
    case(
        "relative-cue-antecedent",
        "Sam Ortiz, an economist who predicted the crash, now teaches in Chicago.",
        &[],
        &["Sam Ortiz"],
    ),
    case(
        "relative-cue-antecedent",
        "Dana Cole, a pastor who preached against the casino, led the march.",
        &[],
        &["Dana Cole"],
    ),
    case(
        "relative-cue-antecedent",
        "Grace Obi, a nurse who complained about the night shifts, was moved to the day ward.",
        &[],
        &["Grace Obi"],
    ),
    case(
        "relative-cue-antecedent",
        "Paul Brenner, a surgeon who advised the mayor, said the hospital needs more money.",
        &[("the hospital needs more money", Some("Paul Brenner"))],
        &["Paul Brenner"],
    ),
    case(
        "relative-cue-antecedent",
        "Leah Kim, the activist who organized the sit-in, told reporters the protest would go on.",
        &[("the protest would go on", Some("Leah Kim"))],
        &["Leah Kim"],
    ),
    case(
        "relative-cue-antecedent",
        "Omar Haddad, who announced his candidacy on Monday, said he would focus on housing.",
        &[("he would focus on housing", Some("Omar Haddad"))],
        &["Omar Haddad"],
    ),
    case(
        "relative-cue-antecedent",
        "\"We will not close the school,\" said Ana Ruiz, who chairs the board.",
        &[("We will not close the school", Some("Ana Ruiz"))],
        &[],
    ),
];

#[test]
fn reported_cases() {
    let ex = Extractor::new();
    let mut failures = Vec::new();
    for c in CASES {
        let quotes = quotes_of(&ex, c.text);
        check(
            &mut failures,
            (c.pattern, c.text),
            &quotes,
            c.quotes,
            c.no_quote,
        );
    }
    super::speakers::assert_none(&failures);
}

#[test]
fn every_reported_pattern_has_ten_cases() {
    for p in ten_per_pattern(CASES.iter().map(|c| c.pattern)) {
        // Each pattern also says where no quote belongs.
        assert!(
            CASES
                .iter()
                .any(|c| c.pattern == p && !c.no_quote.is_empty()),
            "pattern {p} has no case of words that are no quote"
        );
    }
}
