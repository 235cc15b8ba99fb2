//! Mixed quotes: a quoted fragment inside reported words or in the
//! predicate of a sentence, one table per pattern (all sentences written
//! for this test). Each case says, for a piece of quoted words, who the
//! quote holding it is attributed to (the resolved name, or no speaker),
//! which words must be in no quote, and which words may be in no quote or
//! in one without a speaker, never in one with a speaker (scare quotes,
//! titles and names in quotation marks that no one in the sentence says).

use super::speakers::{check, quotes_of, ten_per_pattern};
use reportage::Extractor;

struct Case {
    pattern: &'static str,
    text: &'static str,
    /// (words inside the quote's content, the speaker's resolved name).
    speakers: &'static [(&'static str, Option<&'static str>)],
    /// Words that no quote may hold.
    no_quote: &'static [&'static str],
    /// Words that no quote with a speaker may hold.
    unattributed: &'static [&'static str],
}

const fn says(
    pattern: &'static str,
    text: &'static str,
    speakers: &'static [(&'static str, Option<&'static str>)],
) -> Case {
    Case {
        pattern,
        text,
        speakers,
        no_quote: &[],
        unattributed: &[],
    }
}

const fn nobody(pattern: &'static str, text: &'static str, words: &'static [&'static str]) -> Case {
    Case {
        pattern,
        text,
        speakers: &[],
        no_quote: &[],
        unattributed: words,
    }
}

const CASES: &[Case] = &[
    // A phrase timing the report after its quotation ("before", "after",
    // "while", "when" and an "-ing" form, "asked" or "pressed") is no part of
    // the reported words; with a clause or a noun after the same word it is.
    Case {
        pattern: "timed-by-cue",
        text: "Ana Ruiz cautioned \"let us not get ahead of ourselves,\" before predicting a long fight in the courts.",
        speakers: &[("ahead of ourselves", Some("Ana Ruiz"))],
        no_quote: &["long fight"],
        unattributed: &[],
    },
    Case {
        pattern: "timed-by-cue",
        text: "Tom Hale had said, \"We will see,\" when asked whether he would run again.",
        speakers: &[("We will see", Some("Tom Hale"))],
        no_quote: &["run again"],
        unattributed: &[],
    },
    Case {
        pattern: "timed-by-cue",
        text: "Dana Lee said the plan was \"dead on arrival\" before leaving the hall by a side door.",
        speakers: &[("dead on arrival", Some("Dana Lee"))],
        no_quote: &["side door"],
        unattributed: &[],
    },
    Case {
        pattern: "timed-by-cue",
        text: "The mayor called the bill \"a disgrace\" after reading it on the train home.",
        speakers: &[("a disgrace", Some("The mayor"))],
        no_quote: &["train home"],
        unattributed: &[],
    },
    Case {
        pattern: "timed-by-cue",
        text: "Ruth Cole told the crowd that the mill was \"the heart of this town\" while standing on a crate.",
        speakers: &[("heart of this town", Some("Ruth Cole"))],
        no_quote: &["on a crate"],
        unattributed: &[],
    },
    Case {
        pattern: "timed-by-cue",
        text: "Ben Ortiz said the vote was \"rigged\" before slowly walking off the stage.",
        speakers: &[("rigged", Some("Ben Ortiz"))],
        no_quote: &["off the stage"],
        unattributed: &[],
    },
    Case {
        pattern: "timed-by-cue",
        text: "Ana Ruiz said the deal was \"a good start\" when pressed on the details.",
        speakers: &[("a good start", Some("Ana Ruiz"))],
        no_quote: &["on the details"],
        unattributed: &[],
    },
    Case {
        pattern: "timed-by-cue",
        text: "Tom Hale said the plan would be \"dead on arrival\" before the vote.",
        speakers: &[("before the vote", Some("Tom Hale"))],
        no_quote: &[],
        unattributed: &[],
    },
    Case {
        pattern: "timed-by-cue",
        text: "Dana Lee said the bill was \"a disgrace\" when it passed.",
        speakers: &[("when it passed", Some("Dana Lee"))],
        no_quote: &[],
        unattributed: &[],
    },
    Case {
        pattern: "timed-by-cue",
        text: "Ruth Cole said the roads were \"a danger\" after dark.",
        speakers: &[("after dark", Some("Ruth Cole"))],
        no_quote: &[],
        unattributed: &[],
    },
    Case {
        pattern: "timed-by-cue",
        text: "Ben Ortiz said the town had been \"forgotten\" while the mills closed.",
        speakers: &[("while the mills closed", Some("Ben Ortiz"))],
        no_quote: &[],
        unattributed: &[],
    },
    // The fragment sits in the predicate of a clause with a verb that is no
    // speech cue: its speaker is the clause's subject, read past an opening
    // phrase, a dateline, an appositive or a parenthesis.
    says(
        "fragment-subject",
        "In a long interview, Mayor Ana Ruiz dismissed the audit as \"a witch hunt.\"",
        &[("witch hunt", Some("Ana Ruiz"))],
    ),
    says(
        "fragment-subject",
        "Governor Tim Ross, a former banker, brushed off the report as \"pure fiction.\"",
        &[("pure fiction", Some("Tim Ross"))],
    ),
    says(
        "fragment-subject",
        "Senator Ruth Lane (D-Ohio) mocked the bill as \"a gift to lobbyists.\"",
        &[("gift to lobbyists", Some("Ruth Lane"))],
    ),
    says(
        "fragment-subject",
        "Hours later, Ann Cole dismissed the ruling as \"a bump in the road.\"",
        &[("bump in the road", Some("Ann Cole"))],
    ),
    says(
        "fragment-subject",
        "Weighing in on the dispute, Coach Ray Dunn defended his players, praising their \"grit and heart.\"",
        &[("grit and heart", Some("Ray Dunn"))],
    ),
    says(
        "fragment-subject",
        "Dr. Lena Fisk, who runs the clinic, branded the cuts \"reckless and cruel.\"",
        &[("reckless and cruel", Some("Lena Fisk"))],
    ),
    says(
        "fragment-subject",
        "Officials dismissed the claims as \"baseless.\"",
        &[("baseless", Some("Officials"))],
    ),
    says(
        "fragment-subject",
        "BOSTON — Mayor Ana Ruiz shrugged off the poll as \"just noise.\"",
        &[("just noise", Some("Ana Ruiz"))],
    ),
    says(
        "fragment-subject",
        "Prosecutors portrayed the defendant as \"a danger to the public.\"",
        &[("danger to the public", Some("Prosecutors"))],
    ),
    says(
        "fragment-subject",
        "On Friday, Ruth Lane pledged to \"fight for every last vote.\"",
        &[("fight for every last vote", Some("Ruth Lane"))],
    ),
    says(
        "fragment-subject",
        "Ann Cole has long favoured what she calls \"a light touch\" on banks.",
        &[("light touch", Some("Ann Cole"))],
    ),
    says(
        "fragment-subject",
        "Ruth Lane, meanwhile, who sits on no committee, shrugged off the plan as \"a stunt.\"",
        &[("a stunt", Some("Ruth Lane"))],
    ),
    says(
        "fragment-subject",
        "Ann Cole, however, shrugged off the report as \"fiction.\"",
        &[("fiction", Some("Ann Cole"))],
    ),
    says(
        "fragment-subject",
        "Tim Ross, who runs the port, brushed off the strike as \"theatre.\"",
        &[("theatre", Some("Tim Ross"))],
    ),
    says(
        "fragment-subject",
        "Ramon Diaz, 31, a freelance photographer, said the march was a \"perfect opportunity\" for change.",
        &[("perfect opportunity", Some("Ramon Diaz"))],
    ),
    says(
        "fragment-subject",
        "Ann Cole, who has feuded with the board all year, on Friday described her aim to build \"a big tent\" party.",
        &[("big tent", Some("Ann Cole"))],
    ),
    says(
        "fragment-subject",
        "Tim Ross last week shrugged off the poll as \"noise.\"",
        &[("noise", Some("Tim Ross"))],
    ),
    // A participle phrase opening the sentence holds the fragment: the
    // subject after the phrase speaks.
    says(
        "fragment-subject",
        "Praising the team for its \"grit and heart,\" Coach Ray Dunn handed out the medals.",
        &[("grit and heart", Some("Ray Dunn"))],
    ),
    says(
        "fragment-subject",
        "Ann Cole spoke first. Mocking the plan as \"a fantasy,\" she left the stage.",
        &[("a fantasy", Some("Ann Cole"))],
    ),
    says(
        "fragment-subject",
        "After saying her knee was \"so swollen I could barely walk,\" Ann Cole was rushed to hospital.",
        &[("so swollen", Some("Ann Cole"))],
    ),
    // A nearer clause with a subject and a verb of its own holds the
    // fragment: its subject speaks, not the sentence's.
    says(
        "fragment-inner-clause",
        "The crowd cheered as Ann Cole promised \"a fair deal for every worker.\"",
        &[("fair deal", Some("Ann Cole"))],
    ),
    says(
        "fragment-inner-clause",
        "Ruth Lane was on stage when Tim Ross dismissed her plan as \"fantasy.\"",
        &[("fantasy", Some("Tim Ross"))],
    ),
    says(
        "fragment-inner-clause",
        "Ann Cole spoke last. The hall fell silent as she mocked the rival campaign as \"a clown show.\"",
        &[("clown show", Some("Ann Cole"))],
    ),
    says(
        "fragment-inner-clause",
        "The council passed the budget, which Mayor Ana Ruiz had branded \"a disgrace.\"",
        &[("a disgrace", Some("Ana Ruiz"))],
    ),
    says(
        "fragment-inner-clause",
        "The board rejected what Ann Cole described as \"a rescue plan.\"",
        &[("rescue plan", Some("Ann Cole"))],
    ),
    says(
        "fragment-inner-clause",
        "Fans left early because Coach Ray Dunn had written off the season as \"lost.\"",
        &[("lost", Some("Ray Dunn"))],
    ),
    says(
        "fragment-inner-clause",
        "The mayor resigned after Ruth Lane accused her of \"gross misconduct.\"",
        &[("gross misconduct", Some("Ruth Lane"))],
    ),
    says(
        "fragment-inner-clause",
        "Tim Ross kept smiling while the protesters chanted \"Shame on you.\"",
        &[("Shame on you", Some("the protesters"))],
    ),
    says(
        "fragment-inner-clause",
        "Tim Ross walked out before the chairman dismissed his motion as \"frivolous.\"",
        &[("frivolous", Some("the chairman"))],
    ),
    says(
        "fragment-inner-clause",
        "Tim Ross stayed calm, although he later conceded the plan had \"some merit.\"",
        &[("some merit", Some("Tim Ross"))],
    ),
    says(
        "fragment-inner-clause",
        "Though Ruth Lane opposed the tax, as governor, she signed a bill that created the \"rainy day\" fund.",
        &[("rainy day", Some("Ruth Lane"))],
    ),
    says(
        "fragment-inner-clause",
        "Even if Tim Ross loses the vote, he can still stall the bill by demanding a \"full reading.\"",
        &[("full reading", Some("Tim Ross"))],
    ),
    says(
        "fragment-inner-clause",
        "Tim Ross defended the adviser, who Ann Cole on Wednesday branded \"a menace to the party.\"",
        &[("menace to the party", Some("Ann Cole"))],
    ),
    // The negative: a pronoun "it" opening the nearer clause is no speaker;
    // the sentence's subject keeps the words.
    says(
        "fragment-inner-clause",
        "Ann Cole rejected the deal because it does \"nothing for workers.\"",
        &[("nothing for workers", Some("Ann Cole"))],
    ),
    // A cue in a clause of time or contrast inside another report keeps its
    // own quotation when the report before it quotes nothing; when it does,
    // the whole belongs to the first speaker.
    says(
        "embedded-cue",
        "Tim Ross said the meeting would go ahead, although Ann Cole told reporters the offer was \"an insult.\"",
        &[("an insult", Some("Ann Cole"))],
    ),
    says(
        "embedded-cue",
        "Tim Ross insisted the plan was sound, while Ann Cole wrote that it was \"doomed from the start.\"",
        &[("doomed from the start", Some("Ann Cole"))],
    ),
    says(
        "embedded-cue",
        "Ruth Lane says the strike is over after the union chief told members that the deal was \"the best we could get.\"",
        &[("best we could get", Some("the union chief"))],
    ),
    says(
        "embedded-cue",
        "Tim Ross said the vote was fair, though Ruth Lane argued it was \"rigged from the start.\"",
        &[("rigged from the start", Some("Ruth Lane"))],
    ),
    says(
        "embedded-cue",
        "Ann Cole said she would sign the bill before Tim Ross declared it \"dead on arrival.\"",
        &[("dead on arrival", Some("Tim Ross"))],
    ),
    says(
        "embedded-cue",
        "Tim Ross said the talks had stalled when Ruth Lane warned they were \"close to collapse.\"",
        &[("close to collapse", Some("Ruth Lane"))],
    ),
    says(
        "embedded-cue",
        "Ann Cole argued the rule was fair, although the judge wrote that it was \"plainly unlawful.\"",
        &[("plainly unlawful", Some("the judge"))],
    ),
    says(
        "embedded-cue",
        "Ruth Lane said she was relieved, while Tim Ross insisted the fight was \"far from over.\"",
        &[("far from over", Some("Tim Ross"))],
    ),
    says(
        "embedded-cue",
        "Tim Ross said the bridge would open in May, after engineers warned it was \"not yet safe.\"",
        &[("not yet safe", Some("engineers"))],
    ),
    // The negatives: the first report holds a quotation already.
    says(
        "embedded-cue",
        "Ann Cole said Tim Ross was \"absolutely right\" when he warned of a crash.",
        &[("absolutely right", Some("Ann Cole"))],
    ),
    says(
        "embedded-cue",
        "Ruth Lane said the plan was \"a good start\" although Tim Ross said it was too late.",
        &[("a good start", Some("Ruth Lane"))],
    ),
    // A participle after an attributed quotation hangs on its clause.
    says(
        "participle-subject",
        "\"He is a citizen,\" the board said, reasoning that Ann Cole met the test because she \"took no steps at all.\"",
        &[("took no steps", Some("the board"))],
    ),
    says(
        "participle-subject",
        "\"Savage,\" Ruth Lane said, meaning that the coach is \"bold enough.\"",
        &[("bold enough", Some("Ruth Lane"))],
    ),
    // A participle after a clause whose subject is a listed noun opening the
    // sentence, or that follows a short phrase of time ("Hours later,").
    says(
        "participle-subject",
        "Officials defended the plan, saying it was \"the only option.\"",
        &[("the only option", Some("Officials"))],
    ),
    says(
        "participle-subject",
        "Prosecutors dropped two charges, saying the evidence was \"too thin.\"",
        &[("too thin", Some("Prosecutors"))],
    ),
    says(
        "participle-subject",
        "Hours later, Ann Cole issued a statement calling the ruling \"a travesty.\"",
        &[("a travesty", Some("Ann Cole"))],
    ),
    says(
        "participle-subject",
        "A few days later, Tim Ross changed his mind, saying the deal was \"worth a try.\"",
        &[("worth a try", Some("Tim Ross"))],
    ),
    says(
        "participle-subject",
        "Two years earlier, Ruth Lane had backed the war, calling it \"a necessary evil.\"",
        &[("necessary evil", Some("Ruth Lane"))],
    ),
    says(
        "participle-subject",
        "Doctors warned against the drug, saying it carried \"serious risks.\"",
        &[("serious risks", Some("Doctors"))],
    ),
    says(
        "participle-subject",
        "Minutes later, Coach Ray Dunn left the field, calling the referee \"a disgrace.\"",
        &[("a disgrace", Some("Ray Dunn"))],
    ),
    says(
        "participle-subject",
        "Residents opposed the tower, arguing it would \"ruin the skyline.\"",
        &[("ruin the skyline", Some("Residents"))],
    ),
    says(
        "participle-subject",
        "Economists criticized the plan, calling it \"wishful thinking.\"",
        &[("wishful thinking", Some("Economists"))],
    ),
    says(
        "participle-subject",
        "Weeks later, the mayor reversed herself, telling reporters the plan was \"dead.\"",
        &[("dead", Some("the mayor"))],
    ),
    // A second verb phrase of the same subject after the quoted fragment
    // ("… as "a joke" and later apologized") is no part of the words
    // reported; a quotation in it is the same speaker's.
    Case {
        pattern: "coordinated-verb",
        text: "Ruth Lane branded the rival \"a coward\" and later apologized.",
        speakers: &[("a coward", Some("Ruth Lane"))],
        no_quote: &["apologized"],
        unattributed: &[],
    },
    Case {
        pattern: "coordinated-verb",
        text: "Tim Ross dismissed the poll as \"fake news\" and walked out.",
        speakers: &[("fake news", Some("Tim Ross"))],
        no_quote: &["walked out"],
        unattributed: &[],
    },
    Case {
        pattern: "coordinated-verb",
        text: "Ann Cole defended the aide as \"a decent man\" but resigned a week later.",
        speakers: &[("a decent man", Some("Ann Cole"))],
        no_quote: &["resigned"],
        unattributed: &[],
    },
    Case {
        pattern: "coordinated-verb",
        text: "Coach Ray Dunn praised the crowd as \"the best in the league\" and thanked the owners.",
        speakers: &[("best in the league", Some("Ray Dunn"))],
        no_quote: &["thanked the owners"],
        unattributed: &[],
    },
    Case {
        pattern: "coordinated-verb",
        text: "Tim Ross, a former banker, called the tax \"theft\" and moved his firm abroad.",
        speakers: &[("theft", Some("Tim Ross"))],
        no_quote: &["moved his firm"],
        unattributed: &[],
    },
    Case {
        pattern: "coordinated-verb",
        text: "Ann Cole blasted the plan as \"reckless,\" but voted for it anyway.",
        speakers: &[("reckless", Some("Ann Cole"))],
        no_quote: &["voted for it"],
        unattributed: &[],
    },
    Case {
        pattern: "coordinated-verb",
        text: "Ann Cole mocked the budget as \"a joke\" and then demanded a recount.",
        speakers: &[("a joke", Some("Ann Cole"))],
        no_quote: &["then demanded"],
        unattributed: &[],
    },
    Case {
        pattern: "coordinated-verb",
        text: "The mayor described the storm as \"a monster\" and declared an emergency.",
        speakers: &[("a monster", Some("The mayor"))],
        no_quote: &["a monster\" and declared"],
        unattributed: &[],
    },
    Case {
        pattern: "coordinated-verb",
        text: "Governor Tim Ross hailed the vote as \"historic\" and promised to \"keep every word.\"",
        speakers: &[("historic", Some("Tim Ross")), ("keep every word", Some("Tim Ross"))],
        no_quote: &["historic\" and promised"],
        unattributed: &[],
    },
    Case {
        pattern: "coordinated-verb",
        text: "Ruth Lane defended her record as \"spotless\" and blamed what she called \"a smear campaign.\"",
        speakers: &[("spotless", Some("Ruth Lane")), ("smear campaign", Some("Ruth Lane"))],
        no_quote: &["spotless\" and blamed"],
        unattributed: &[],
    },
    // The negative: "and that" goes on with the same report.
    says(
        "coordinated-verb",
        "Ruth Lane said the plan was \"a good start\" and that more work was needed.",
        &[("more work was needed", Some("Ruth Lane"))],
    ),
    // A headline line: a name, a colon, then words holding a quotation
    // (the name speaks them); a label or a time before the colon is no name.
    says(
        "colon-headline",
        "Tim Ross: Rival Would ‘Wreck the Port’ Within a Year\n\nRoss spoke in Leeds.",
        &[("Wreck the Port", Some("Tim Ross"))],
    ),
    says(
        "colon-headline",
        "Senator Ruth Lane: Budget Is a ‘Fraud on Taxpayers’\n\nLane spoke on Monday.",
        &[("Fraud on Taxpayers", Some("Ruth Lane"))],
    ),
    says(
        "colon-headline",
        "Ann Cole: Strike Will Go On Until ‘Every Worker Is Paid’\n\nCole spoke on Monday.",
        &[("Every Worker Is Paid", Some("Ann Cole"))],
    ),
    says(
        "colon-headline",
        "Omar Haddad: Union Deal Is ‘the Best We Could Get’\n\nHaddad spoke on Monday.",
        &[("Best We Could Get", Some("Omar Haddad"))],
    ),
    says(
        "colon-headline",
        "Coach Ray Dunn: Loss Was ‘a Lesson’ for the Team\n\nDunn spoke on Monday.",
        &[("a Lesson", Some("Ray Dunn"))],
    ),
    says(
        "colon-headline",
        "Lena Fisk: Clinic Cuts Are ‘Reckless and Cruel’\n\nFisk spoke on Monday.",
        &[("Reckless and Cruel", Some("Lena Fisk"))],
    ),
    says(
        "colon-headline",
        "Ana Ruiz: Harbour Plan Is ‘a Costly Mistake’\nThe mayor spoke on Monday and left.",
        &[("Costly Mistake", Some("Ana Ruiz"))],
    ),
    says(
        "colon-headline",
        "Ann Cole: “We will win.”\n\nCole spoke on Monday.",
        &[("We will win", Some("Ann Cole"))],
    ),
    nobody(
        "colon-headline",
        "Update: the ‘Harbour Queen’ sailed at noon.\n\nThe ship is old.",
        &["Harbour Queen"],
    ),
    nobody(
        "colon-headline",
        "Monday: the “Big Blue” ferry docks in Leeds.\n\nThe ferry is new.",
        &["Big Blue"],
    ),
    nobody(
        "colon-headline",
        "Note: the ‘fresh start’ slogan fell flat.\n\nThe campaign ended.",
        &["fresh start"],
    ),
    // Quotation marks that no one in the sentence speaks: a title, a name,
    // a scare quote after "it", a time word or a thing as the subject. No
    // quote, or one without a speaker, is right; a speaker is wrong.
    nobody(
        "no-speaker",
        "It is strange that the \"reform\" bill passed so quietly.",
        &["reform"],
    ),
    nobody(
        "no-speaker",
        "It turns out the \"miracle cure\" was sugar water.",
        &["miracle cure"],
    ),
    nobody(
        "no-speaker",
        "The new ferry, nicknamed \"Big Blue,\" docked on Monday.",
        &["Big Blue"],
    ),
    nobody(
        "no-speaker",
        "Tuesday brought the \"polar vortex\" back to the city.",
        &["polar vortex"],
    ),
    nobody(
        "no-speaker",
        "The film \"Night Harbor\" opens in theaters next week.",
        &["Night Harbor"],
    ),
    nobody(
        "no-speaker",
        "Rain fell on the \"Taste of the Lakes\" festival all weekend.",
        &["Taste of the Lakes"],
    ),
    nobody(
        "no-speaker",
        "The so-called \"bathroom bill\" took effect in March.",
        &["bathroom bill"],
    ),
    nobody(
        "no-speaker",
        "It was a \"perfect storm\" of bad luck for the club.",
        &["perfect storm"],
    ),
    nobody(
        "no-speaker",
        "It has not helped that the \"fresh start\" slogan fell flat.",
        &["fresh start"],
    ),
    nobody(
        "no-speaker",
        "The report, titled \"Roads to Nowhere,\" runs to 90 pages.",
        &["Roads to Nowhere"],
    ),
    // A phrase after "and" or "as" with a word in "-ing" right after it is a
    // noun ("the ethics committee meeting", "Dover and Salem wearing"), not
    // the subject of a clause of its own: the sentence's subject speaks.
    says(
        "fragment-clause",
        "Senator Lena Park filed a bill as the ethics committee meeting began, vowing to \"clean house.\"",
        &[("clean house", Some("Lena Park"))],
    ),
    says(
        "fragment-clause",
        "Rep. Dana Cole sent out an email as the rules committee hearing started urging members to \"stand firm.\"",
        &[("stand firm", Some("Dana Cole"))],
    ),
    says(
        "fragment-clause",
        "Governor Tim Ross signed an order that covers farmers and some county officials facing \"endless lawsuits.\"",
        &[("endless lawsuits", Some("Tim Ross"))],
    ),
    says(
        "fragment-clause",
        "Mayor Ana Ruiz thanked volunteers in Dover and Salem wearing \"the green shirts.\"",
        &[("green shirts", Some("Ana Ruiz"))],
    ),
    says(
        "fragment-clause",
        "Judge Alma Ortiz struck down a rule letting landlords and the housing agency keeping \"secret lists\" evict tenants.",
        &[("secret lists", Some("Alma Ortiz"))],
    ),
    says(
        "fragment-clause",
        "Coach Ray Mills praised the players and the team captains hoping for \"one more shot.\"",
        &[("one more shot", Some("Ray Mills"))],
    ),
    says(
        "fragment-clause",
        "Reacting to the ruling, Ms. Vela agreed, calling the judge \"a brave woman.\"",
        &[("brave woman", Some("Vela"))],
    ),
    // A clause of its own after "as" or "and" keeps its subject.
    says(
        "fragment-clause",
        "The plan passed, and Senator Lena Park called it \"a good day for renters.\"",
        &[("good day", Some("Lena Park"))],
    ),
    says(
        "fragment-clause",
        "Governor Tim Ross left the hall as Mayor Ana Ruiz called the vote \"a farce.\"",
        &[("a farce", Some("Ana Ruiz"))],
    ),
    nobody(
        "fragment-clause",
        "It was \"a perfect storm\" as the council meeting ended.",
        &["perfect storm"],
    ),
    nobody(
        "fragment-clause",
        "The tax took effect as the ethics committee meeting began amid \"deep confusion.\"",
        &["deep confusion"],
    ),
    // A headline line: the subject of the line before is not the speaker
    // of a fragment on the next line.
    says(
        "no-speaker",
        "Mayor hails harbour deal;\nUnion leader Omar Haddad brushes it off as \"a sellout\"",
        &[("a sellout", Some("Omar Haddad"))],
    ),
    // An "-s" form that is also a plural noun ("claims", "emails",
    // "attacks", "reports") after a lone name is a verb only when the name
    // opens its clause; after a preposition, a number or a verb, the name
    // modifies the noun and says nothing (see NOT_SPEAKER).
    says(
        "noun-modifier",
        "The Kremlin claims the vote was \"free and fair.\"",
        &[("free and fair", Some("Kremlin"))],
    ),
    says(
        "noun-modifier",
        "Halvorsen claims the deal is \"a historic win.\"",
        &[("historic win", Some("Halvorsen"))],
    ),
    says(
        "noun-modifier",
        "And now Halvorsen claims the deal is \"a historic win.\"",
        &[("historic win", Some("Halvorsen"))],
    ),
    says(
        "noun-modifier",
        "In her memoir, Lindqvist claims she was \"never consulted.\"",
        &[("never consulted", Some("Lindqvist"))],
    ),
    says(
        "noun-modifier",
        "The port is closed because Reuters reports the cranes are \"unsafe to run.\"",
        &[("unsafe to run", Some("Reuters"))],
    ),
    says(
        "noun-modifier",
        "Investigators say more than 200 Acme emails were \"deliberately deleted\" in May.",
        &[("deliberately deleted", Some("Investigators"))],
    ),
    says(
        "noun-modifier",
        "Critics said 40 of the Labour claims were \"plainly false.\"",
        &[("plainly false", Some("Critics"))],
    ),
    says(
        "noun-modifier",
        "The ministry has now found 600 Pentagon emails containing \"sensitive material.\"",
        &[("sensitive material", Some("The ministry"))],
    ),
    says(
        "noun-modifier",
        "Lawyers for the family say the Pentagon emails show a \"pattern of neglect.\"",
        &[("pattern of neglect", Some("Lawyers for the family"))],
    ),
    says(
        "noun-modifier",
        "Asked whether the raid matched the Madrid attacks, Ortega said it showed \"the same contempt.\"",
        &[("same contempt", Some("Ortega"))],
    ),
    // A share of the people a poll asked ("31% of voters", "six in 10
    // renters") speaks through the poll the sentence names before it; with
    // no poll, or a subject that is no share, the subject stays.
    says(
        "poll-share",
        "In a Gallup poll released Friday, 62 percent of Canadians said the tax was \"too high.\"",
        &[("too high", Some("a Gallup poll"))],
    ),
    says(
        "poll-share",
        "In the latest Ipsos survey, 41% of voters said the mayor was \"out of touch.\"",
        &[("out of touch", Some("the latest Ipsos survey"))],
    ),
    says(
        "poll-share",
        "The poll also shows that, while 55 percent of parents say schools are \"doing fine,\" many want longer hours.",
        &[("doing fine", Some("The poll"))],
    ),
    says(
        "poll-share",
        "A new Harris poll paints a grim picture: six in 10 renters said rents were \"unbearable.\"",
        &[("unbearable", Some("A new Harris poll"))],
    ),
    says(
        "poll-share",
        "In a Reuters poll taken in March, a majority of farmers said the subsidy was \"a lifeline.\"",
        &[("a lifeline", Some("a Reuters poll"))],
    ),
    says(
        "poll-share",
        "In the Pew survey, half of the teachers said they felt \"burned out.\"",
        &[("burned out", Some("the Pew survey"))],
    ),
    says(
        "poll-share",
        "Most economists said the forecast was \"far too rosy.\"",
        &[("far too rosy", Some("Most economists"))],
    ),
    says(
        "poll-share",
        "After the poll, Mayor Ana Ruiz said the result was \"a wake-up call.\"",
        &[("wake-up call", Some("Ana Ruiz"))],
    ),
    says(
        "poll-share",
        "In a Gallup poll released Friday, Canadians said the tax was \"too high.\"",
        &[("too high", Some("Canadians"))],
    ),
    says(
        "poll-share",
        "In a poll of its members, the union said 80 percent backed the strike as \"the only option.\"",
        &[("the only option", Some("the union"))],
    ),
];

/// The speaker the quote holding some words may not have (the text, the
/// words, the name): the line-start case must not give the union leader's
/// words to the mayor of the headline's first line.
const NOT_SPEAKER: &[(&str, &str, &str)] = &[
    (
        "Mayor hails harbour deal;\nUnion leader Omar Haddad brushes it off as \"a sellout\"",
        "a sellout",
        "Mayor",
    ),
    // A name that modifies a plural noun in "-s" is no subject.
    (
        "Fact-checkers in Oslo rated 40% of Labour claims as \"misleading\" and 12% as \"false.\"",
        "misleading",
        "Labour",
    ),
    (
        "Investigators say more than 200 Acme emails were \"deliberately deleted\" in May.",
        "deliberately deleted",
        "Acme",
    ),
    (
        "The senator wants to rebut Democratic claims of \"massive fraud\" at the hearing.",
        "massive fraud",
        "Democratic",
    ),
    (
        "She dismissed the Kremlin claims as \"fantasy.\"",
        "fantasy",
        "Kremlin",
    ),
    (
        "Asked whether the raid matched the Madrid attacks, Ortega said it showed \"the same contempt.\"",
        "same contempt",
        "Madrid",
    ),
    (
        "The ministry has now found 600 Pentagon emails containing \"sensitive material.\"",
        "sensitive material",
        "Pentagon",
    ),
];

#[test]
fn mixed_speaker_cases() {
    let ex = Extractor::new();
    let mut failures = Vec::new();
    for c in CASES {
        let quotes = quotes_of(&ex, c.text);
        check(
            &mut failures,
            (c.pattern, c.text),
            &quotes,
            c.speakers,
            c.no_quote,
        );
        for &words in c.unattributed {
            if let Some((_, Some(got))) = quotes.iter().find(|(content, _)| content.contains(words))
            {
                failures.push(format!(
                    "[{}] {:?}: {words:?} attributed to {got:?}, want none",
                    c.pattern, c.text
                ));
            }
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
fn every_mixed_pattern_has_ten_cases() {
    let patterns = ten_per_pattern(CASES.iter().map(|c| c.pattern));
    assert!(patterns.len() >= 5);
}

/// (pattern, text, words inside the quote's content, the speaker as (resolved
/// name, the mention's text), or None when no quote with a speaker may hold
/// the words).
type Mention = (
    &'static str,
    &'static str,
    &'static str,
    Option<(&'static str, &'static str)>,
);

const MENTIONS: &[Mention] = &[
    // A relative pronoun opens the clause of the cue: it is the mention
    // nearest the quote, its phrase the one the name comes from. A relative
    // clause that is not the cue's own leaves the phrase as the mention.
    (
        "relative-mention",
        "Officials pointed to the county audit, which called the books \"a mess.\"",
        "a mess",
        Some(("the county audit", "which")),
    ),
    (
        "relative-mention",
        "Ana Ruiz, who has in the past called the tax \"a theft,\" voted for it.",
        "a theft",
        Some(("Ana Ruiz", "who")),
    ),
    (
        "relative-mention",
        "Tom Hale, who, on a call with donors, accused the board of \"bad faith,\" will run again.",
        "bad faith",
        Some(("Tom Hale", "who")),
    ),
    (
        "relative-mention",
        "She held up a banner — which read \"Farmers First\" — and waved it.",
        "Farmers First",
        Some(("a banner", "which")),
    ),
    (
        "relative-mention",
        "The mayor linked to the police report, which notes that crime fell \"sharply\" last year.",
        "sharply",
        Some(("the police report", "which")),
    ),
    (
        "relative-mention",
        "The council backed Dana Cole, who repeatedly called the plan \"a scam.\"",
        "a scam",
        Some(("Dana Cole", "who")),
    ),
    (
        "relative-mention",
        "Voters heard from Dana Cole, who last week described the deal as \"a disaster.\"",
        "a disaster",
        Some(("Dana Cole", "who")),
    ),
    (
        "relative-mention",
        "Lee quoted the memo, which warned of \"grave risks\" to the port.",
        "grave risks",
        Some(("the memo", "which")),
    ),
    (
        "relative-mention",
        "The firm hired a lawyer that said the deal was \"void.\"",
        "void",
        Some(("a lawyer", "that")),
    ),
    (
        "relative-mention",
        "Ana Ruiz, who has a law degree, said the ruling was \"flawed.\"",
        "flawed",
        Some(("Ana Ruiz", "Ana Ruiz")),
    ),
    (
        "relative-mention",
        "The report, which runs to 300 pages, calls the plan \"unworkable.\"",
        "unworkable",
        Some(("The report", "The report")),
    ),
    (
        "relative-mention",
        "He died years ago of cancer, which confirmed what I always knew.",
        "what I always knew",
        None,
    ),
    (
        "relative-mention",
        "The ship, which sailed in May, was called \"unsinkable\" by nobody.",
        "unsinkable",
        None,
    ),
    // A noun of saying owned by a name or a possessive pronoun, as a
    // preposition's object, reports its owner's words ("over her remark
    // that "…""); the owner is the mention. As a verb's object ("repeated
    // his claim"), or with the quotation outside its clause, it is not.
    (
        "speech-noun",
        "Ana Ruiz drew fire last week over her remark that \"nobody reads the budget.\"",
        "nobody reads the budget",
        Some(("Ana Ruiz", "her")),
    ),
    (
        "speech-noun",
        "The governor mocked the press for making a fuss out of Tom Hale's claim that the mayor \"rigged the vote.\"",
        "rigged the vote",
        Some(("Tom Hale", "Tom Hale")),
    ),
    (
        "speech-noun",
        "Dana Lee won over students with her calls to end the \"student debt trap.\"",
        "student debt trap",
        Some(("Dana Lee", "her")),
    ),
    (
        "speech-noun",
        "Reporters asked about inconsistencies between her claim that she \"never saw the file\" and the audit.",
        "never saw the file",
        Some(("her", "her")),
    ),
    (
        "speech-noun",
        "Tom Hale faced questions about his warning that the port would be \"dead by spring.\"",
        "dead by spring",
        Some(("Tom Hale", "his")),
    ),
    (
        "speech-noun",
        "Critics seized on Ruth Cole's assertion that the tax was \"a rounding error.\"",
        "a rounding error",
        Some(("Ruth Cole", "Ruth Cole")),
    ),
    (
        "speech-noun",
        "The union pushed back against the senator's call for \"a total freeze\" on hiring.",
        "a total freeze",
        Some(("the senator", "the senator")),
    ),
    (
        "speech-noun",
        "Contrary to his claim that voters would \"learn nothing,\" the files were useful.",
        "learn nothing",
        Some(("his", "his")),
    ),
    (
        "speech-noun",
        "Contrary to his claim that voters would \"learn nothing,\" the files were useful.",
        "files were useful",
        None,
    ),
    (
        "speech-noun",
        "Tom Hale repeated his claim that the plan was \"dead on arrival.\"",
        "dead on arrival",
        Some(("Tom Hale", "Tom Hale")),
    ),
    (
        "speech-noun",
        "Ruth Cole said Tom Hale's claim that she lied is \"simply not true.\"",
        "simply not true",
        Some(("Ruth Cole", "Ruth Cole")),
    ),
    (
        "speech-noun",
        "Ruth Cole said Tom Hale's remarks \"have no place in this race.\"",
        "have no place",
        Some(("Ruth Cole", "Ruth Cole")),
    ),
    (
        "speech-noun",
        "The board rejected the claim that the vote was \"rigged.\"",
        "rigged",
        Some(("The board", "The board")),
    ),
    // A cue in a clause that opens the sentence ("When X announced …,")
    // reports up to the clause's comma; the main clause after it has a
    // speaker of its own. "As X said, …" attributes the main clause.
    (
        "opening-clause",
        "When Ana Ruiz announced her bid in May, she called the race \"wide open.\"",
        "wide open",
        Some(("Ana Ruiz", "she")),
    ),
    (
        "opening-clause",
        "After the hearing concluded, Hale told reporters the verdict was \"a travesty.\"",
        "a travesty",
        Some(("Hale", "Hale")),
    ),
    (
        "opening-clause",
        "Since Tom Lee declared his candidacy, he has called the tax \"a crime.\"",
        "a crime",
        Some(("Tom Lee", "he")),
    ),
    (
        "opening-clause",
        "Before the count concluded, Ruiz wrote that the vote was \"rigged.\"",
        "rigged",
        Some(("Ruiz", "Ruiz")),
    ),
    (
        "opening-clause",
        "When the senator announced the plan, critics called it \"a giveaway.\"",
        "a giveaway",
        Some(("critics", "critics")),
    ),
    (
        "opening-clause",
        "Once the mayor explained the delay, residents described the process as \"a farce.\"",
        "a farce",
        Some(("residents", "residents")),
    ),
    (
        "opening-clause",
        "Later in the day, after the briefing concluded, Dana Lee posted that the talks were \"going well.\"",
        "going well",
        Some(("Dana Lee", "Dana Lee")),
    ),
    (
        "opening-clause",
        "Until the board reported its findings, the union insisted the layoffs were \"illegal.\"",
        "illegal",
        Some(("the union", "the union")),
    ),
    (
        "opening-clause",
        "When Ruiz accused him of \"sexism\" last year, Hale laughed it off.",
        "sexism",
        Some(("Ruiz", "Ruiz")),
    ),
    (
        "opening-clause",
        "When Ruiz said that the plan was \"dead,\" nobody listened.",
        "dead",
        Some(("Ruiz", "Ruiz")),
    ),
    (
        "opening-clause",
        "As Ruiz said, the plan is \"dead on arrival.\"",
        "dead on arrival",
        Some(("Ruiz", "Ruiz")),
    ),
];

#[test]
fn mixed_speaker_mentions() {
    let ex = Extractor::new();
    let mut failures = Vec::new();
    for &(pattern, text, words, want) in MENTIONS {
        let a = ex.analyze(text);
        let q = a
            .quotes
            .iter()
            .find(|q| q.content.iter().any(|s| text[*s].contains(words)));
        let got = q
            .and_then(|q| q.speaker.as_ref())
            .map(|s| (s.name.as_str(), &text[s.span]));
        if got != want {
            failures.push(format!(
                "[{pattern}] {text:?}: {words:?} attributed to {got:?}, want {want:?}"
            ));
        }
    }
    super::speakers::assert_none(&failures);
    for p in ["relative-mention", "opening-clause", "speech-noun"] {
        let n = MENTIONS.iter().filter(|m| m.0 == p).count();
        assert!(n >= 10, "pattern {p} has {n} cases");
    }
}
