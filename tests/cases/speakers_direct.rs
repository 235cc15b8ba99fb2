//! Speakers of direct quotes and the phrases around their cues (issue 9),
//! one table per pattern, every sentence written for this test. Each case
//! says, for a piece of reported words, who the quote holding it is
//! attributed to (the resolved name, or no speaker), and what kind the quote
//! is when that matters.

use super::speakers::Case;
use reportage::{Extractor, QuoteKind};

const CASES: &[Case] = &[
    // A phrase between dashes after the subject (`X -- a nurse -- said`,
    // `X — named by the paper as … — told`) stands between the subject and
    // its cue like an appositive between commas; a description before the
    // dashes gives way to the name that opens them. A description that opens
    // the sentence before its name (`Her lawyer, Dana Cole, told …`) is who
    // speaks, never reported words.
    Case {
        pattern: "dash-appositive",
        text: "Ana Ruiz -- a nurse at the clinic -- said the cuts would be \"a disaster.\"",
        speakers: &[("a disaster", Some("Ana Ruiz"))],
        no_quote: &[],
    },
    Case {
        pattern: "dash-appositive",
        text: "Ana Ruiz — a nurse at the clinic — said the cuts would be \"a disaster.\"",
        speakers: &[("a disaster", Some("Ana Ruiz"))],
        no_quote: &["nurse at the clinic"],
    },
    Case {
        pattern: "dash-appositive",
        text: "Ana Ruiz - a nurse at the clinic - said the cuts would be \"a disaster.\"",
        speakers: &[("a disaster", Some("Ana Ruiz"))],
        no_quote: &[],
    },
    Case {
        pattern: "dash-appositive",
        text: "Tom Hale -- who lost the 2008 race to Ruiz -- said the mayor \"offered no changes.\"",
        speakers: &[("offered no changes", Some("Tom Hale"))],
        no_quote: &["lost the 2008 race"],
    },
    Case {
        pattern: "dash-appositive",
        text: "A former candidate -- Tom Hale, who lost the 2008 race to Ruiz -- said the mayor \"offered no changes to his plan.\"",
        speakers: &[("offered no changes", Some("Tom Hale"))],
        no_quote: &["A former candidate"],
    },
    Case {
        pattern: "dash-appositive",
        text: "Gingrich — named by the Herald as the favourite for the post — told reporters that \"you have to look at it very seriously.\"",
        speakers: &[("look at it very seriously", Some("Gingrich"))],
        no_quote: &["favourite for the post"],
    },
    Case {
        pattern: "dash-appositive",
        text: "The union — which represents 4,000 nurses — said the offer was \"an insult.\"",
        speakers: &[("an insult", Some("The union"))],
        no_quote: &[],
    },
    Case {
        pattern: "dash-appositive",
        text: "She -- like many in the town -- said the vote was \"rigged from the start.\"",
        speakers: &[("rigged from the start", Some("She"))],
        no_quote: &[],
    },
    Case {
        pattern: "dash-appositive",
        text: "\"We will appeal,\" Ana Ruiz -- a nurse at the clinic -- said.",
        speakers: &[("We will appeal", Some("Ana Ruiz"))],
        no_quote: &["nurse at the clinic"],
    },
    Case {
        pattern: "dash-appositive",
        text: "Her lawyer -- Dana Cole -- told the court the charges were \"absurd.\"",
        speakers: &[],
        no_quote: &["Her lawyer"],
    },
    Case {
        pattern: "dash-appositive",
        text: "Her lawyer, Dana Cole, told the court the charges were \"absurd.\"",
        speakers: &[],
        no_quote: &["Her lawyer"],
    },
    Case {
        pattern: "dash-appositive",
        text: "The town hall was packed -- standing room only -- and Ruiz said it was \"a good start.\"",
        speakers: &[("a good start", Some("Ruiz"))],
        no_quote: &["standing room only"],
    },
    Case {
        pattern: "dash-appositive",
        text: "\"We are ready,\" Ruiz said -- and then she left the room.",
        speakers: &[("We are ready", Some("Ruiz"))],
        no_quote: &["left the room"],
    },
    // A quotation that ends its sentence right after a colon closing a
    // clause (`X had a simple answer: "…"`): the clause's subject speaks
    // when it names someone (`quote/direct/colon-clause`); not "it", "here"
    // or a noun of no one, and not the subject of a passive ("was asked:"),
    // who hears the words.
    Case {
        pattern: "colon-clause",
        text: "Tom Hale, the council leader, had a simple answer: \"We cannot afford it and we will not pretend we can.\"",
        speakers: &[("cannot afford it", Some("Tom Hale"))],
        no_quote: &[],
    },
    Case {
        pattern: "colon-clause",
        text: "They had one message for the mayor: \"Fix the roads before you build another statue in the square.\"",
        speakers: &[("Fix the roads", Some("They"))],
        no_quote: &[],
    },
    Case {
        pattern: "colon-clause",
        text: "Lena Ortiz had this to say about the vote: \"Nobody in this town asked for a new stadium, nobody.\"",
        speakers: &[("asked for a new stadium", Some("Lena Ortiz"))],
        no_quote: &[],
    },
    Case {
        pattern: "colon-clause",
        text: "The Harbour Trust had one demand for the council: \"Publish the full report before the vote next week.\"",
        speakers: &[("Publish the full report", Some("Harbour Trust"))],
        no_quote: &[],
    },
    Case {
        pattern: "colon-clause",
        text: "He had a blunt answer for reporters: \"The money is gone and nobody knows where it went.\"",
        speakers: &[("money is gone", Some("He"))],
        no_quote: &[],
    },
    Case {
        pattern: "colon-clause",
        text: "A report from the Dover Institute had this to say: \"Families at the top would gain far more than those at the bottom.\"",
        speakers: &[("Families at the top", Some("A report"))],
        no_quote: &[],
    },
    Case {
        pattern: "colon-clause",
        text: "Ruiz was asked: \"Will you run for the seat again next year or not?\"",
        speakers: &[("run for the seat", None)],
        no_quote: &[],
    },
    Case {
        pattern: "colon-clause",
        text: "Ruiz was told: \"You will never win the seat back, not in this town.\"",
        speakers: &[("win the seat back", None)],
        no_quote: &[],
    },
    Case {
        pattern: "colon-clause",
        text: "It was a simple message: \"We will not back down from this fight, not now.\"",
        speakers: &[("not back down", None)],
        no_quote: &[],
    },
    Case {
        pattern: "colon-clause",
        text: "The result was clear: \"Voters have spoken and they want the harbour plan gone.\"",
        speakers: &[("Voters have spoken", None)],
        no_quote: &[],
    },
    Case {
        pattern: "colon-clause",
        text: "Here is the full list: \"bread, milk, eggs, butter, flour, sugar and two lemons.\"",
        speakers: &[("milk, eggs", None)],
        no_quote: &[],
    },
    // A quotation right after a clause that a colon ends (same sentence, or
    // the next paragraph) is that clause's statement: its subject speaks
    // when it names someone; "it", "this", "here" or a bare phrase name no
    // one and the quotation stays unattributed (`quote/direct/colon-clause`).
    Case {
        pattern: "colon-clause",
        text: "Ruth Cole had one answer for her critics: \"I will finish the job I was elected to do.\"",
        speakers: &[("finish the job", Some("Ruth Cole"))],
        no_quote: &[],
    },
    Case {
        pattern: "colon-clause",
        text: "The Harbour Board was firm in its findings: \"Further dredging of the channel is unnecessary.\"",
        speakers: &[("Further dredging", Some("Harbour Board"))],
        no_quote: &[],
    },
    Case {
        pattern: "colon-clause",
        text: "The ministry was firm in its reply: \"No further comment will be made on the matter.\"",
        speakers: &[("No further comment", Some("The ministry"))],
        no_quote: &[],
    },
    Case {
        pattern: "colon-clause",
        text: "Mayor Ed Price had a warning for drivers: \"Stay off the roads until the ploughs have been through.\"",
        speakers: &[("Stay off the roads", Some("Ed Price"))],
        no_quote: &[],
    },
    Case {
        pattern: "colon-clause",
        text: "Gov. Tom Hale met the strikers on Monday. He had a short reply for them: \"We will not sign anything until the audit is done.\"",
        speakers: &[("not sign anything", Some("Tom Hale"))],
        no_quote: &[],
    },
    Case {
        pattern: "colon-clause",
        text: "Talks stalled again.\n\nGov. Tom Hale had a blunt message for the union:\n\n\"There is no more money left in this year's budget.\"",
        speakers: &[("no more money", Some("Tom Hale"))],
        no_quote: &[],
    },
    Case {
        pattern: "colon-clause",
        text: "It was a simple message: \"Stay home and stay safe tonight, everyone.\"",
        speakers: &[("stay safe tonight", None)],
        no_quote: &[],
    },
    Case {
        pattern: "colon-clause",
        text: "Here is the full text: \"The department has lost its way and must be rebuilt.\"",
        speakers: &[("lost its way", None)],
        no_quote: &[],
    },
    Case {
        pattern: "colon-clause",
        text: "The rules were simple: \"No phones, no cameras and no recordings at all.\"",
        speakers: &[("no recordings", None)],
        no_quote: &[],
    },
    Case {
        pattern: "colon-clause",
        text: "On Monday: \"The bridge will stay closed until the spring thaw.\"",
        speakers: &[("spring thaw", None)],
        no_quote: &[],
    },
    Case {
        pattern: "colon-clause",
        text: "This was the headline: \"City council votes to close the old bridge for good.\"",
        speakers: &[("old bridge for good", None)],
        no_quote: &[],
    },
    Case {
        pattern: "colon-clause",
        text: "It was odd that a spokesman could only manage this: \"I guess the whole team was booked for the night.\"",
        speakers: &[("whole team was booked", None)],
        no_quote: &[],
    },
    // A negated auxiliary ("hadn't", "wouldn’t") is never the speaker
    // phrase: before "say" it stands between the subject and its verb ("Lee
    // wouldn't say whether …" reports a refusal, like "declined to say");
    // before another cue nothing was said.
    Case {
        pattern: "negated-auxiliary",
        text: "Ana Ruiz wouldn't say whether the talks would resume.",
        speakers: &[("talks would resume", Some("Ana Ruiz"))],
        no_quote: &[],
    },
    Case {
        pattern: "negated-auxiliary",
        text: "The mayor won't say whether the bridge will reopen.",
        speakers: &[("bridge will reopen", Some("The mayor"))],
        no_quote: &[],
    },
    Case {
        pattern: "negated-auxiliary",
        text: "Tom Hale would not say whether the plan would be paid for.",
        speakers: &[("plan would be paid for", Some("Tom Hale"))],
        no_quote: &[],
    },
    Case {
        pattern: "negated-auxiliary",
        text: "Dana Lee couldn’t say whether the mine would reopen.",
        speakers: &[("mine would reopen", Some("Dana Lee"))],
        no_quote: &[],
    },
    Case {
        pattern: "negated-auxiliary",
        text: "Ruth Cole wouldn’t say if she would run again.",
        speakers: &[("she would run again", Some("Ruth Cole"))],
        no_quote: &[],
    },
    Case {
        pattern: "negated-auxiliary",
        text: "Tom Hale endorsed the plan, saying he hadn’t yet called for the chief’s resignation because \"we need to fix the pipes first.\"",
        speakers: &[("fix the pipes first", Some("Tom Hale"))],
        no_quote: &[],
    },
    Case {
        pattern: "negated-auxiliary",
        text: "She hadn't yet called for the chief's resignation.",
        speakers: &[],
        no_quote: &["resignation"],
    },
    Case {
        pattern: "negated-auxiliary",
        text: "Police haven't announced a motive in the shooting.",
        speakers: &[],
        no_quote: &["a motive"],
    },
    Case {
        pattern: "negated-auxiliary",
        text: "The company wouldn't confirm that it had paused hiring.",
        speakers: &[],
        no_quote: &["paused hiring"],
    },
    Case {
        pattern: "negated-auxiliary",
        text: "Officials couldn’t confirm that the road was closed for good.",
        speakers: &[],
        no_quote: &["closed for good"],
    },
    Case {
        pattern: "negated-auxiliary",
        text: "The senator doesn't claim the vote was rigged.",
        speakers: &[],
        no_quote: &["vote was rigged"],
    },
    // A lowercase listed noun heads the phrase: a name in its modifiers
    // (after "for", "of", "to", or before it with a possessive) is someone
    // else, and never the speaker. A name in apposition still speaks.
    Case {
        pattern: "described-head",
        text: "Ana Ruiz met the board. A spokesman for Ruiz said the talks would resume.",
        speakers: &[("talks would resume", Some("A spokesman for Ruiz"))],
        no_quote: &[],
    },
    Case {
        pattern: "described-head",
        text: "\"We will appeal,\" said a lawyer for Tom Hale.",
        speakers: &[("We will appeal", Some("a lawyer for Tom Hale"))],
        no_quote: &[],
    },
    Case {
        pattern: "described-head",
        text: "Tom Hale’s lawyer said the charges were \"absurd.\"",
        speakers: &[("absurd", Some("Tom Hale’s lawyer"))],
        no_quote: &[],
    },
    Case {
        pattern: "described-head",
        text: "The chairman of the Harbour Party said the vote was \"a disgrace.\"",
        speakers: &[("a disgrace", Some("The chairman of the Harbour Party"))],
        no_quote: &[],
    },
    Case {
        pattern: "described-head",
        text: "The Ruiz campaign said the ad was \"a lie.\"",
        speakers: &[("a lie", Some("The Ruiz campaign"))],
        no_quote: &[],
    },
    Case {
        pattern: "described-head",
        text: "A Hale adviser said the speech was \"a turning point.\"",
        speakers: &[("a turning point", Some("A Hale adviser"))],
        no_quote: &[],
    },
    Case {
        pattern: "described-head",
        text: "Representatives of Stone's family said they were \"relieved.\"",
        speakers: &[("relieved", Some("Representatives of Stone's family"))],
        no_quote: &[],
    },
    Case {
        pattern: "described-head",
        text: "Ruiz's office said in a statement that the senator was \"resting.\"",
        speakers: &[("resting", Some("Ruiz's office"))],
        no_quote: &[],
    },
    Case {
        pattern: "described-head",
        text: "The wife of Senator Tom Hale said she was \"proud.\"",
        speakers: &[("proud", Some("The wife of Senator Tom Hale"))],
        no_quote: &[],
    },
    Case {
        pattern: "described-head",
        text: "An aide to Senator Ruiz said the bill was \"dead.\"",
        speakers: &[("dead", Some("An aide to Senator Ruiz"))],
        no_quote: &[],
    },
    Case {
        pattern: "described-head",
        text: "An official speaking to Reuters said, \"The talks are over and nobody will sign.\"",
        speakers: &[("talks are over", Some("An official speaking to Reuters"))],
        no_quote: &[],
    },
    // Negatives: the name heads the phrase or stands in apposition.
    Case {
        pattern: "described-head",
        text: "Secretary of State Dana Cole said the talks were \"over.\"",
        speakers: &[("over", Some("Dana Cole"))],
        no_quote: &[],
    },
    Case {
        pattern: "described-head",
        text: "Campaign manager Tom Hale said the race was \"tight.\"",
        speakers: &[("tight", Some("Tom Hale"))],
        no_quote: &[],
    },
    Case {
        pattern: "described-head",
        text: "\"We are ready,\" said Tom Hale, a lawyer for the family.",
        speakers: &[("We are ready", Some("Tom Hale"))],
        no_quote: &[],
    },
    Case {
        pattern: "described-head",
        text: "Tom Hale, who represents Ana Ruiz, said the claim was \"baseless.\"",
        speakers: &[("baseless", Some("Tom Hale"))],
        no_quote: &[],
    },
    // A description, then the name between commas: the name speaks, and the
    // quotation before them stays direct (also with the `''` of wire copy).
    Case {
        pattern: "appositive-name",
        text: "Ruiz’s lawyer, Tom Hale, said the claim was \"baseless.\"",
        speakers: &[("baseless", Some("Tom Hale"))],
        no_quote: &[],
    },
    Case {
        pattern: "appositive-name",
        text: "\"Someone entered the country through the program,\" the White House spokesman, Josh Pratt, said on Monday.",
        speakers: &[("entered the country", Some("Josh Pratt"))],
        no_quote: &[],
    },
    Case {
        pattern: "appositive-name",
        text: "''Someone entered the country through the program,'' the agency's spokesman, Josh Pratt, said on Monday.",
        speakers: &[("entered the country", Some("Josh Pratt"))],
        no_quote: &[],
    },
    Case {
        pattern: "appositive-name",
        text: "\"We need him because life is hard here,\" his wife, Ana Lazar, said.",
        speakers: &[("life is hard here", Some("Ana Lazar"))],
        no_quote: &[],
    },
    Case {
        pattern: "appositive-name",
        text: "\"The pope said what we all know,\" the Vatican spokesman, Marco Feltri, said.",
        speakers: &[("what we all know", Some("Marco Feltri"))],
        no_quote: &[],
    },
    Case {
        pattern: "appositive-name",
        text: "\"The numbers are clear,\" Google's chief economist, Hal Brenner, told reporters.",
        speakers: &[("numbers are clear", Some("Hal Brenner"))],
        no_quote: &[],
    },
    Case {
        pattern: "appositive-name",
        text: "''We looked at thousands of interviews,'' the firm's head of hiring, Lisa Bock, said.",
        speakers: &[("looked at thousands", Some("Lisa Bock"))],
        no_quote: &[],
    },
    Case {
        pattern: "appositive-name",
        text: "The senator's campaign chairman, Paul Renko, said the ad was \"a mistake.\"",
        speakers: &[("a mistake", Some("Paul Renko"))],
        no_quote: &[],
    },
    Case {
        pattern: "appositive-name",
        text: "Cole's attorney, Alan Garr, wrote that his client was \"looking for publicity.\"",
        speakers: &[("looking for publicity", Some("Alan Garr"))],
        no_quote: &[],
    },
    // Negative: a name first, then its title in apposition.
    Case {
        pattern: "appositive-name",
        text: "\"The fund is empty,\" Alan Shore, the treasurer, said.",
        speakers: &[("fund is empty", Some("Alan Shore"))],
        no_quote: &[],
    },
    // A quantifier alone opens its clause and stands for unnamed people
    // ("Another said", "Yet another wrote", "Some said"); inside a sentence,
    // or as a determiner, it is no speaker.
    Case {
        pattern: "lone-quantifier",
        text: "Ana Ruiz spoke first. Another said, \"We have waited long enough for this.\"",
        speakers: &[("waited long enough", Some("Another"))],
        no_quote: &[],
    },
    Case {
        pattern: "lone-quantifier",
        text: "Ana Ruiz spoke first. Yet another wrote, \"The fence is a disgrace to the town.\"",
        speakers: &[("fence is a disgrace", Some("another"))],
        no_quote: &[],
    },
    Case {
        pattern: "lone-quantifier",
        text: "Two voters spoke. One said the line was \"far too long.\"",
        speakers: &[("far too long", Some("One"))],
        no_quote: &[],
    },
    Case {
        pattern: "lone-quantifier",
        text: "Some of the money was spent. Some said it was \"wasted.\"",
        speakers: &[("wasted", Some("Some"))],
        no_quote: &[],
    },
    Case {
        pattern: "lone-quantifier",
        text: "Many say the plan is \"dead in the water.\"",
        speakers: &[("dead in the water", Some("Many"))],
        no_quote: &[],
    },
    Case {
        pattern: "lone-quantifier",
        text: "Several tweeted that the game was \"rigged.\"",
        speakers: &[("rigged", Some("Several"))],
        no_quote: &[],
    },
    Case {
        pattern: "lone-quantifier",
        text: "Others said the mayor had been \"too timid.\"",
        speakers: &[("too timid", Some("Others"))],
        no_quote: &[],
    },
    Case {
        pattern: "lone-quantifier",
        text: "\"We will never give up the farm,\" another said.",
        speakers: &[("never give up the farm", Some("another"))],
        no_quote: &[],
    },
    Case {
        pattern: "lone-quantifier",
        text: "And another added, \"The water has been bad for years.\"",
        speakers: &[("water has been bad", Some("another"))],
        no_quote: &[],
    },
    // Negatives: a quantifier before a noun or an "of" phrase.
    Case {
        pattern: "lone-quantifier",
        text: "Another farmer said the water was \"bad for years.\"",
        speakers: &[("bad for years", Some("Another farmer"))],
        no_quote: &[],
    },
    Case {
        pattern: "lone-quantifier",
        text: "The board backed the plan, and some of its members called it \"a fair deal for the town.\"",
        speakers: &[("a fair deal", Some("some of its members"))],
        no_quote: &[],
    },
    // `"…," said X, who said …`: the relative clause is a second cue of the
    // same speaker, also after a description of the name; a document with
    // "that" right before the cue speaks too.
    Case {
        pattern: "relative-after-inverted",
        text: "\"The state is broke,\" said Ana Ruiz, who said the budget would be cut \"by a third.\"",
        speakers: &[("The state is broke", Some("Ana Ruiz")), ("by a third", Some("Ana Ruiz"))],
        no_quote: &[],
    },
    Case {
        pattern: "relative-after-inverted",
        text: "\"I left on good terms,\" said one former staffer, who said he was \"scared of the lawyers.\"",
        speakers: &[("scared of the lawyers", Some("one former staffer"))],
        no_quote: &[],
    },
    Case {
        pattern: "relative-after-inverted",
        text: "\"We are tired,\" said Tom Hale, a farmer, who said the drought had \"ruined everything.\"",
        speakers: &[("We are tired", Some("Tom Hale")), ("ruined everything", Some("Tom Hale"))],
        no_quote: &[],
    },
    Case {
        pattern: "relative-after-inverted",
        text: "\"Nobody came,\" said Lena Ortiz, who added that the hall had been \"booked for weeks.\"",
        speakers: &[("booked for weeks", Some("Lena Ortiz"))],
        no_quote: &[],
    },
    Case {
        pattern: "relative-after-inverted",
        text: "\"It is a scandal,\" said Omar Diaz, the council's treasurer, who told reporters the fund was \"empty.\"",
        speakers: &[("It is a scandal", Some("Omar Diaz")), ("empty", Some("Omar Diaz"))],
        no_quote: &[],
    },
    Case {
        pattern: "relative-after-inverted",
        text: "\"The trains are late again,\" said a commuter, who said she had \"given up on them.\"",
        speakers: &[("given up on them", Some("a commuter"))],
        no_quote: &[],
    },
    Case {
        pattern: "relative-after-inverted",
        text: "The listing was replaced by a message that said, \"This page has been removed for good.\"",
        speakers: &[("removed for good", Some("a message"))],
        no_quote: &[],
    },
    Case {
        pattern: "relative-after-inverted",
        text: "The union sent a letter that said, \"Our members will strike on Monday morning.\"",
        speakers: &[("will strike on Monday", Some("a letter"))],
        no_quote: &[],
    },
    Case {
        pattern: "relative-after-inverted",
        text: "The firm issued a statement that said, \"We regret the delay and will refund every customer.\"",
        speakers: &[("regret the delay", Some("a statement"))],
        no_quote: &[],
    },
    // Negative: "that" after a thing that cannot speak, with an auxiliary.
    Case {
        pattern: "relative-after-inverted",
        text: "He bought the mine from Walter Coal, another mining company that had declared bankruptcy.",
        speakers: &[],
        no_quote: &["declared bankruptcy", "bought the mine"],
    },
    // A verb and particle that answer or take up a quotation ("shot back",
    // "went on", "cut in", "chimed in", "fired back") are cues at the end
    // of their clause or before a quotation; otherwise they are no cue.
    Case {
        pattern: "retort-cue",
        text: "\"They are all here for the free food,\" Jim Bennett shot back with a laugh.",
        speakers: &[("free food", Some("Jim Bennett"))],
        no_quote: &[],
    },
    Case {
        pattern: "retort-cue",
        text: "Ana Ruiz took the floor. \"And that is a worry to me because it would end the program,\" she went on.",
        speakers: &[("end the program", Some("Ana Ruiz"))],
        no_quote: &[],
    },
    Case {
        pattern: "retort-cue",
        text: "\"Let me finish, and stop interrupting me,\" Tom Hale shot back.",
        speakers: &[("stop interrupting me", Some("Tom Hale"))],
        no_quote: &[],
    },
    Case {
        pattern: "retort-cue",
        text: "Tom Hale paused. He went on: \"We will win this state and then the next one.\"",
        speakers: &[("win this state", Some("Tom Hale"))],
        no_quote: &[],
    },
    Case {
        pattern: "retort-cue",
        text: "Ana Ruiz listened. Ruiz cut in, \"That is not what the report says at all.\"",
        speakers: &[("not what the report says", Some("Ana Ruiz"))],
        no_quote: &[],
    },
    Case {
        pattern: "retort-cue",
        text: "Ana Ruiz nodded. \"No, not this year,\" Ruiz chimed in.",
        speakers: &[("not this year", Some("Ana Ruiz"))],
        no_quote: &[],
    },
    Case {
        pattern: "retort-cue",
        text: "\"You have no plan for the schools,\" the challenger fired back.",
        speakers: &[("no plan for the schools", Some("the challenger"))],
        no_quote: &[],
    },
    Case {
        pattern: "retort-cue",
        text: "\"Ask the voters what they think of it,\" the mayor shoots back.",
        speakers: &[("Ask the voters", Some("the mayor"))],
        no_quote: &[],
    },
    // Negatives: the same words in another sense.
    Case {
        pattern: "retort-cue",
        text: "\"We never gave up,\" the captain said after the team went on to win the cup.",
        speakers: &[("never gave up", Some("the captain"))],
        no_quote: &["win the cup"],
    },
    Case {
        pattern: "retort-cue",
        text: "The rocket shot back into the sky above the \"launch zone\" on Friday.",
        speakers: &[],
        no_quote: &["into the sky"],
    },
    Case {
        pattern: "retort-cue",
        text: "\"It was over by then,\" Ana Ruiz said, as the rain cut in halfway through the game.",
        speakers: &[("over by then", Some("Ana Ruiz"))],
        no_quote: &["halfway through"],
    },
    // `"A," adding, "B."`: a participle never takes the quotation before
    // it; an opening "A few days later," or "Shortly after the vote," is no
    // subject; a document made by the subject ("issued a statement, "…"")
    // hands its quotation to the subject.
    Case {
        pattern: "participle-and-opening",
        text: "Ana Ruiz spoke on Monday. She said, “We will not stop the project now,” adding, “The cost is already paid.”",
        speakers: &[("not stop the project", Some("Ana Ruiz")), ("already paid", Some("Ana Ruiz"))],
        no_quote: &[],
    },
    Case {
        pattern: "participle-and-opening",
        text: "Tom Hale wrote, “The plan is dead,” adding, “Nobody will vote for it now.”",
        speakers: &[("plan is dead", Some("Tom Hale")), ("Nobody will vote", Some("Tom Hale"))],
        no_quote: &[],
    },
    Case {
        pattern: "participle-and-opening",
        text: "“We lost the vote,” Ana Ruiz said, adding, “but we will be back next year.”",
        speakers: &[("lost the vote", Some("Ana Ruiz")), ("back next year", Some("Ana Ruiz"))],
        no_quote: &[],
    },
    Case {
        pattern: "participle-and-opening",
        text: "Tom Hale spoke on Monday. But a few days later, Hale changed course, telling reporters, “The plan can still pass this year.”",
        speakers: &[("can still pass", Some("Tom Hale"))],
        no_quote: &[],
    },
    Case {
        pattern: "participle-and-opening",
        text: "Ana Ruiz spoke on Monday. Two weeks earlier, Ruiz had struck a softer tone, saying, “Nobody wants a strike in the winter.”",
        speakers: &[("strike in the winter", Some("Ana Ruiz"))],
        no_quote: &[],
    },
    Case {
        pattern: "participle-and-opening",
        text: "Ana Ruiz spoke on Monday. Shortly after the vote, Ruiz issued a statement: “The council has failed the town.”",
        speakers: &[("failed the town", Some("Ana Ruiz"))],
        no_quote: &[],
    },
    Case {
        pattern: "participle-and-opening",
        text: "Tom Hale spoke on Monday. Immediately after the storm, Hale issued a statement, “Every family will get help by Friday.”",
        speakers: &[("get help by Friday", Some("Tom Hale"))],
        no_quote: &[],
    },
    Case {
        pattern: "participle-and-opening",
        text: "The mayor released a brief statement: \"We will rebuild every house that was lost in the fire.\"",
        speakers: &[("rebuild every house", Some("The mayor"))],
        no_quote: &[],
    },
    Case {
        pattern: "participle-and-opening",
        text: "The campaign put out a statement: \"We are proud of the work our volunteers have done.\"",
        speakers: &[("proud of the work", Some("The campaign"))],
        no_quote: &[],
    },
    Case {
        pattern: "participle-and-opening",
        text: "The union sent a long letter: \"Our members will not accept a pay cut of any size.\"",
        speakers: &[("pay cut of any size", Some("The union"))],
        no_quote: &[],
    },
    Case {
        pattern: "participle-and-opening",
        text: "In a statement, \"We regret the delay and will refund every customer.\"",
        speakers: &[("regret the delay", None)],
        no_quote: &[],
    },
    Case {
        pattern: "participle-and-opening",
        text: "Nobody answered the email: \"Is anyone there? We need help at the farm tonight.\"",
        speakers: &[("need help at the farm", None)],
        no_quote: &[],
    },
    // `X verb … and said`: the subject of the nearest clause (after the
    // comma that opens it, or after "when"), never the object of the verb
    // before "and".
    Case {
        pattern: "coordinated-clause",
        text: "Last month, when I asked Tom Hale about the plan, he looked into the camera, shook his head and said, “It will never pass.”",
        speakers: &[("never pass", Some("Tom Hale"))],
        no_quote: &[],
    },
    Case {
        pattern: "coordinated-clause",
        text: "Col. Ray Dunn began the debate when he brought up the Oklahoma City bombing and later said, \"That was a false comparison.\"",
        speakers: &[("false comparison", Some("Ray Dunn"))],
        no_quote: &[],
    },
    Case {
        pattern: "coordinated-clause",
        text: "Ana Ruiz smiled and said, \"We will be back next year for sure.\"",
        speakers: &[("back next year", Some("Ana Ruiz"))],
        no_quote: &[],
    },
    Case {
        pattern: "coordinated-clause",
        text: "The mayor thanked the crews who cleared the roads and said the town was \"back to normal.\"",
        speakers: &[("back to normal", Some("The mayor"))],
        no_quote: &[],
    },
    Case {
        pattern: "coordinated-clause",
        text: "Tom Hale met voters in Dover, shook hands with the owner of the Blue Lantern Diner and said, \"This is what the campaign is about.\"",
        speakers: &[("what the campaign is about", Some("Tom Hale"))],
        no_quote: &[],
    },
    Case {
        pattern: "coordinated-clause",
        text: "Ana Ruiz visited the Ford plant in Dearborn and told workers, \"Your jobs are safe with me.\"",
        speakers: &[("jobs are safe", Some("Ana Ruiz"))],
        no_quote: &[],
    },
    Case {
        pattern: "coordinated-clause",
        text: "Tom Hale read the report from the Harbour Board and said it was \"a whitewash.\"",
        speakers: &[("a whitewash", Some("Tom Hale"))],
        no_quote: &[],
    },
    Case {
        pattern: "coordinated-clause",
        text: "When Ana Ruiz asked about the fund, Tom Hale shrugged and said, \"It is empty and has been for years.\"",
        speakers: &[("It is empty", Some("Tom Hale"))],
        no_quote: &[],
    },
    Case {
        pattern: "coordinated-clause",
        text: "Ana Ruiz criticised the plan, called it \"a giveaway\" and said the council would vote it down.",
        speakers: &[("a giveaway", Some("Ana Ruiz")), ("vote it down", Some("Ana Ruiz"))],
        no_quote: &[],
    },
    Case {
        pattern: "coordinated-clause",
        text: "Tom Hale listened to Ana Ruiz and then said, \"I disagree with every word of that.\"",
        speakers: &[("disagree with every word", Some("Tom Hale"))],
        no_quote: &[],
    },
    // `X delivered a blunt message to Y: "…"`: a document made by the
    // subject, then a colon and a quotation: the subject speaks, not Y.
    Case {
        pattern: "colon-document",
        text: "Senate Majority Leader Ana Ruiz delivered a blunt message to Tom Hale: \"Stop attacking people and start talking about the issues.\"",
        speakers: &[("Stop attacking people", Some("Ana Ruiz"))],
        no_quote: &[],
    },
    Case {
        pattern: "colon-document",
        text: "Ana Ruiz, the council leader, delivered a blunt message to the mayor: \"Fix the roads or resign before the winter.\"",
        speakers: &[("Fix the roads", Some("Ana Ruiz"))],
        no_quote: &[],
    },
    Case {
        pattern: "colon-document",
        text: "The union delivered a letter to the board: \"Our members will strike if the offer is not improved.\"",
        speakers: &[("will strike", Some("The union"))],
        no_quote: &[],
    },
    Case {
        pattern: "colon-document",
        text: "Ana Ruiz delivered a short message to the crowd: \"Go home and vote on Tuesday, every one of you.\"",
        speakers: &[("vote on Tuesday", Some("Ana Ruiz"))],
        no_quote: &[],
    },
    Case {
        pattern: "colon-document",
        text: "Mayor Tom Hale issued a warning to residents: \"Boil your water until the tests come back clean.\"",
        speakers: &[("Boil your water", Some("Tom Hale"))],
        no_quote: &[],
    },
    Case {
        pattern: "colon-document",
        text: "The governor issued a stark warning to drivers: \"Stay off the roads until the storm has passed.\"",
        speakers: &[("Stay off the roads", Some("The governor"))],
        no_quote: &[],
    },
    Case {
        pattern: "colon-document",
        text: "Tom Hale sent a short note to his staff: \"We will close the office on Friday for the holiday.\"",
        speakers: &[("close the office", Some("Tom Hale"))],
        no_quote: &[],
    },
    Case {
        pattern: "colon-document",
        text: "More from the report: \"The agency failed to act on every warning it got.\"",
        speakers: &[("failed to act", Some("More from the report"))],
        no_quote: &[],
    },
    Case {
        pattern: "colon-document",
        // (A document that is the subject is the source itself: see
        // "colon-clause".)
        text: "The note on the door offered a warning: \"Dogs will be taken to the pound after noon.\"",
        speakers: &[("taken to the pound", Some("The note"))],
        no_quote: &[],
    },
    Case {
        pattern: "colon-document",
        text: "The crowd cheered the message on the screen: \"Thank you for coming and drive home safely.\"",
        speakers: &[("drive home safely", None)],
        no_quote: &[],
    },
    // `"…," NAME, <appositive or relative clause> said`: the appositive
    // is left open before the cue (no second comma); the name speaks, not a
    // phrase inside the appositive.
    Case {
        pattern: "open-appositive",
        text: "\"We need a plan for these voters,\" Nina Holt, the pollster who founded the Ridge Survey tweeted on Wednesday.",
        speakers: &[("plan for these voters", Some("Nina Holt"))],
        no_quote: &[],
    },
    Case {
        pattern: "open-appositive",
        text: "\"This new ad raises questions,\" Kate Parr, who chairs the Our Towns committee said in a statement.",
        speakers: &[("raises questions", Some("Kate Parr"))],
        no_quote: &[],
    },
    Case {
        pattern: "open-appositive",
        text: "\"The road is closed until May,\" Omar Diaz, the county engineer said.",
        speakers: &[("closed until May", Some("Omar Diaz"))],
        no_quote: &[],
    },
    Case {
        pattern: "open-appositive",
        text: "\"Prices will rise again,\" Lena Ortiz, an economist at the Harbour Bank told reporters.",
        speakers: &[("rise again", Some("Lena Ortiz"))],
        no_quote: &[],
    },
    Case {
        pattern: "open-appositive",
        text: "\"We are not leaving,\" Tom Hale, whose farm flooded last spring said.",
        speakers: &[("not leaving", Some("Tom Hale"))],
        no_quote: &[],
    },
    Case {
        pattern: "open-appositive",
        text: "\"The vote was rigged,\" Ana Ruiz, 52, of Dover said on Monday.",
        speakers: &[("vote was rigged", Some("Ana Ruiz"))],
        no_quote: &[],
    },
    Case {
        pattern: "open-appositive",
        text: "\"Nobody called us,\" Mina Shah, a nurse who lives near the plant wrote on Facebook.",
        speakers: &[("Nobody called us", Some("Mina Shah"))],
        no_quote: &[],
    },
    Case {
        pattern: "open-appositive",
        text: "\"We will rebuild,\" Ray Dunn, the coach of the Dover Hawks said after the storm.",
        speakers: &[("We will rebuild", Some("Ray Dunn"))],
        no_quote: &[],
    },
    Case {
        pattern: "open-appositive",
        text: "\"It is a scandal,\" Omar Diaz, the treasurer, said.",
        speakers: &[("a scandal", Some("Omar Diaz"))],
        no_quote: &[],
    },
    Case {
        pattern: "open-appositive",
        text: "\"The fund is empty,\" Anne Reyes, assistant secretary of state for refugees, said.",
        speakers: &[("fund is empty", Some("Anne Reyes"))],
        no_quote: &[],
    },
    Case {
        pattern: "open-appositive",
        text: "\"Someone entered through the program,\" the White House spokesman, Josh Pratt, said.",
        speakers: &[("entered through", Some("Josh Pratt"))],
        no_quote: &[],
    },
    Case {
        pattern: "open-appositive",
        text: "\"Help is on the way for every family in the county,\" Anne Reyes, assistant secretary of state for refugees and migration.",
        speakers: &[("Help is on the way", None)],
        no_quote: &[],
    },
    // Subjects in frames the speaker finder missed: a sentence adverb
    // before a relative appositive, "began by saying", a day between a
    // document and its participle, a name after a possessive name.
    Case {
        pattern: "subject-frames",
        text: "Ana Ruiz spoke. Hale, meanwhile, who has no endorsements at all, said \"Let us go back six months and look at it.\"",
        speakers: &[("six months", Some("Hale"))],
        no_quote: &[],
    },
    Case {
        pattern: "subject-frames",
        text: "Ana Ruiz spoke. Ruiz, however, who leads the council, said the budget was \"a mess.\"",
        speakers: &[("a mess", Some("Ana Ruiz"))],
        no_quote: &[],
    },
    Case {
        pattern: "subject-frames",
        text: "Ana Ruiz arrived. Hale, meanwhile, said the vote was \"a farce.\"",
        speakers: &[("a farce", Some("Hale"))],
        no_quote: &[],
    },
    Case {
        pattern: "subject-frames",
        text: "Tom Hale spoke. When he returned he began by saying, “I do not think that it is necessary for him to go to jail.”",
        speakers: &[("go to jail", Some("Tom Hale"))],
        no_quote: &[],
    },
    Case {
        pattern: "subject-frames",
        text: "Tom Hale spoke. She answered by saying that the plan was \"dead on arrival.\"",
        speakers: &[("dead on arrival", Some("She"))],
        no_quote: &[],
    },
    Case {
        pattern: "subject-frames",
        text: "The agency released a statement Wednesday saying \"we are a safe and welcoming place for every visitor.\"",
        speakers: &[("welcoming place", Some("The agency"))],
        no_quote: &[],
    },
    Case {
        pattern: "subject-frames",
        text: "The council released its budget Monday, saying it would cut \"every department.\"",
        speakers: &[("every department", Some("The council"))],
        no_quote: &[],
    },
    Case {
        pattern: "subject-frames",
        text: "The Harbour Post’s Ana Ruiz provided a defence of the plan, saying \"those who oppose it have not read it at all.\"",
        speakers: &[("not read it", Some("Ana Ruiz"))],
        no_quote: &[],
    },
    Case {
        pattern: "subject-frames",
        text: "The Daily Ledger’s Tom Hale wrote that the mayor was \"out of touch.\"",
        speakers: &[("out of touch", Some("Tom Hale"))],
        no_quote: &[],
    },
    Case {
        pattern: "subject-frames",
        text: "Tom Hale arrived. When the mayor arrived he began by thanking the crews, saying \"you saved this town from the flood.\"",
        speakers: &[("saved this town", Some("the mayor"))],
        no_quote: &[],
    },
    // A clause that ends with a colon at the end of its paragraph hands the
    // quotation opening the next paragraph to its speaker: also after an
    // inverted cue (`Stated Stone:`), a long adverbial (`reported after …:`)
    // or, without a cue, the subject of the last clause after a comma.
    Case {
        pattern: "colon-paragraph",
        text: "Tom Hale spoke on the radio on Monday.\n\nStated Hale:\n\n“I think that the stakes are so high. And all computers can be rigged.”",
        speakers: &[("stakes are so high", Some("Hale"))],
        no_quote: &[],
    },
    Case {
        pattern: "colon-paragraph",
        text: "Breitbart’s Joel Pollak reported after the agents appear to have abandoned the crime scene in San Bernardino:\n\n“The agents left the scene on Monday and never came back.”",
        speakers: &[("left the scene", Some("Joel Pollak"))],
        no_quote: &[],
    },
    Case {
        pattern: "colon-paragraph",
        text: "In a press release earlier this month, the party committee said about its inclusion of the group in the latest draft of its platform:\n\n\"The platform goes further than previous platforms on rights.\"",
        speakers: &[("goes further", Some("the party committee"))],
        no_quote: &[],
    },
    Case {
        pattern: "colon-paragraph",
        text: "Ted Cruz spoke last. That is, when the moderators yielded to the temptation of snark, Cruz called them on it:\n\n“The questions asked in this debate illustrate why the people do not trust the media.”",
        speakers: &[("do not trust the media", Some("Ted Cruz"))],
        no_quote: &[],
    },
    Case {
        pattern: "colon-paragraph",
        text: "Continued Ana Ruiz, who chairs the board:\n\n\"We will not accept a single cut to the schools this year.\"",
        speakers: &[("single cut", Some("Ana Ruiz"))],
        no_quote: &[],
    },
    Case {
        pattern: "colon-paragraph",
        text: "The report said the plan was flawed in ways nobody had expected at the time:\n\n\"The plan fails every family that needs it most.\"",
        speakers: &[("fails every family", Some("The report"))],
        no_quote: &[],
    },
    Case {
        pattern: "colon-paragraph",
        text: "Tom Hale spoke to the crowd in Dover on Saturday night:\n\n\"We will win this county and then we will win the state.\"",
        speakers: &[("win this county", Some("Tom Hale"))],
        no_quote: &[],
    },
    Case {
        pattern: "colon-paragraph",
        text: "Mayor Ana Ruiz said on Friday at a news conference outside the flooded city hall in Dover:\n\n\"Every family will get help before the weekend is over.\"",
        speakers: &[("get help before", Some("Ana Ruiz"))],
        no_quote: &[],
    },
    Case {
        pattern: "colon-paragraph",
        text: "Later, after the crowd had gone home, Tom Hale wrote on his blog:\n\n\"I have never been prouder of this town and its people.\"",
        speakers: &[("never been prouder", Some("Tom Hale"))],
        no_quote: &[],
    },
    Case {
        pattern: "colon-paragraph",
        text: "Here is the full text of the letter:\n\n\"We the undersigned ask the council to reopen the library on Sundays.\"",
        speakers: &[("reopen the library", None)],
        no_quote: &[],
    },
    // "he"/"she" prefers a person in subject position: the object of a
    // verb ("who represents Jeffrey Stone", "backed Tom Hale") is taken only
    // when no subject of that gender will do; a name introduced with an
    // appositive, after "named", or opening a clause of its own is no object.
    Case {
        pattern: "pronoun-object",
        text: "Tom Hale, who represents Jeffrey Stone, spoke to reporters. \"My client is innocent,\" he said.",
        speakers: &[("client is innocent", Some("Tom Hale"))],
        no_quote: &[],
    },
    Case {
        pattern: "pronoun-object",
        text: "Ana Ruiz thanked Tom Hale on Monday. \"It was a long week for everyone,\" he said.",
        speakers: &[("long week", Some("Tom Hale"))],
        no_quote: &[],
    },
    Case {
        pattern: "pronoun-object",
        text: "Ray Dunn joined Tom Hale at the rally. Dunn praised the crowd. \"You made this happen,\" he said.",
        speakers: &[("made this happen", Some("Ray Dunn"))],
        no_quote: &[],
    },
    Case {
        pattern: "pronoun-object",
        text: "Omar Diaz backed Tom Hale in the primary. Diaz said he was \"proud of the choice.\" \"We needed a fighter,\" he added.",
        speakers: &[("needed a fighter", Some("Omar Diaz"))],
        no_quote: &[],
    },
    Case {
        pattern: "pronoun-object",
        text: "The cuts worry Henry Cole, president of the Dover Teachers Union. \"No one is listening to us,\" he said.",
        speakers: &[("No one is listening", Some("Henry Cole"))],
        no_quote: &[],
    },
    Case {
        pattern: "pronoun-object",
        text: "A worker named Omar Diaz likes his job. \"The pay is fair,\" he said.",
        speakers: &[("pay is fair", Some("Omar Diaz"))],
        no_quote: &[],
    },
    Case {
        pattern: "pronoun-object",
        text: "These are the jobs Tom Hale has lost since 2011. In 2011, he resigned from the board. He blamed \"a smear campaign.\"",
        speakers: &[("a smear campaign", Some("Tom Hale"))],
        no_quote: &[],
    },
    Case {
        pattern: "pronoun-object",
        text: "Ana Ruiz defeated Tom Hale in May. \"The voters have spoken,\" she said.",
        speakers: &[("voters have spoken", Some("Ana Ruiz"))],
        no_quote: &[],
    },
    Case {
        pattern: "pronoun-object",
        text: "Tom Hale criticized Omar Diaz on Monday, and Hale later said he was \"disappointed.\" \"It is a sad day,\" he said.",
        speakers: &[("a sad day", Some("Tom Hale"))],
        no_quote: &[],
    },
    Case {
        pattern: "pronoun-object",
        text: "Ana Ruiz, who represents Lena Ortiz, spoke after the hearing. \"My client will appeal,\" she said.",
        speakers: &[("will appeal", Some("Ana Ruiz"))],
        no_quote: &[],
    },
];

/// Quotes that must be direct: (text, words of the quotation).
const DIRECT: &[(&str, &str)] = &[
    (
        "\"Someone entered the country through the program,\" the White House spokesman, Josh Pratt, said on Monday.",
        "entered the country",
    ),
    (
        "''Someone entered the country through the program,'' the agency's spokesman, Josh Pratt, said on Monday.",
        "entered the country",
    ),
    (
        "''I just don't think she has been truthful,'' said Ann Lowe, a retired nurse in Allentown.",
        "been truthful",
    ),
];

#[test]
fn direct_speaker_cases() {
    let failures = super::speakers::failures(&Extractor::new(), CASES);
    super::speakers::assert_none(&failures);
}

#[test]
fn direct_patterns_have_ten_cases() {
    super::speakers::ten_per_pattern(CASES.iter().map(|c| c.pattern));
}

#[test]
fn appositive_quotes_stay_direct() {
    let ex = Extractor::new();
    for &(text, words) in DIRECT {
        let a = ex.analyze(text);
        let q = a
            .quotes
            .iter()
            .find(|q| q.content.iter().any(|s| text[*s].contains(words)))
            .unwrap_or_else(|| panic!("no quote holds {words:?} in {text:?}"));
        assert_eq!(q.kind, QuoteKind::Direct, "{text:?}");
    }
}
