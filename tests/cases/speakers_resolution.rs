//! Speaker resolution (issue 9): who speaks a quotation that has no cue of
//! its own, and who a pronoun or a description stands for, one table per
//! pattern, every sentence written for this test. Each case says, for a piece
//! of reported words, who the quote holding it is attributed to (the resolved
//! name, or no speaker).

use super::speakers::Case;
use reportage::Extractor;

const CASES: &[Case] = &[
    // A quote-only paragraph after a sentence that ends the paragraph before
    // and announces speech (a speech cue, or a noun of speech such as
    // "remarks", "a question", "a statement"): the subject of that sentence
    // speaks. A sentence that speaks of no speech, or whose subject is "it"
    // or an unclear "they", announces nobody.
    Case {
        pattern: "announced-paragraph",
        text: "Senator Maria Ortiz continued her sharp remarks.\n\n\"The budget office has never told the truth about these numbers, not once.\"",
        speakers: &[("never told the truth", Some("Maria Ortiz"))],
        no_quote: &[],
    },
    Case {
        pattern: "announced-paragraph",
        text: "Mayor Tom Hale spoke at the depot. He then had a question for the crowd.\n\n\"Who is going to pay for the new trains, do you think?\"",
        speakers: &[("pay for the new trains", Some("Tom Hale"))],
        no_quote: &[],
    },
    Case {
        pattern: "announced-paragraph",
        text: "The harbour board issued a statement on Friday.\n\n\"We regret the delays and will compensate every shipper who lost cargo in the storm.\"",
        speakers: &[("regret the delays", Some("The harbour board"))],
        no_quote: &[],
    },
    Case {
        pattern: "announced-paragraph",
        text: "Councillor Ana Ruiz elaborated in a column for the Evening Post that the plan may change.\n\n\"A loss in the north would show how weak the coalition has become in the suburbs.\"",
        speakers: &[("how weak the coalition", Some("Ana Ruiz"))],
        no_quote: &[],
    },
    Case {
        pattern: "announced-paragraph",
        text: "Dr. Lena Park, the hospital's director, made a plea to the ministry on Tuesday.\n\n\"We need more nurses on every ward before the winter, or patients will suffer.\"",
        speakers: &[("more nurses on every ward", Some("Lena Park"))],
        no_quote: &[],
    },
    Case {
        pattern: "announced-paragraph",
        text: "Ana Ruiz won the vote. She gave a short speech to her supporters.\n\n\"This is your victory, and I will not forget who put me here tonight.\"",
        speakers: &[("This is your victory", Some("Ana Ruiz"))],
        no_quote: &[],
    },
    Case {
        pattern: "announced-paragraph",
        text: "The union released its figures on Monday. Tom Hale, its president, offered an apology to the riders.\n\n\"We let the city down last week, and we are sorry for every missed train.\"",
        speakers: &[("let the city down", Some("Tom Hale"))],
        no_quote: &[],
    },
    Case {
        pattern: "announced-paragraph",
        text: "The council named five members to the panel, while the mayor named six. Ana Cole, the chair, chose four.\n\n\"The panel should stay in place until the work is finished, however long it takes.\"",
        speakers: &[("panel should stay in place", None)],
        no_quote: &[],
    },
    Case {
        pattern: "announced-paragraph",
        text: "Voters see major gains in the town. They think the progress is real.\n\n\"Lurking behind this argument about the future is a dispute that is really about the past.\"",
        speakers: &[("Lurking behind this argument", None)],
        no_quote: &[],
    },
    Case {
        pattern: "announced-paragraph",
        text: "Ana Ruiz visited the flooded street on Monday.\n\n\"Nobody here has had power for four days, and the water is still rising.\"",
        speakers: &[("had power for four days", None)],
        no_quote: &[],
    },
    Case {
        pattern: "announced-paragraph",
        text: "It was a long statement.\n\n\"The company regrets the error and will correct the record in its next report.\"",
        speakers: &[("regrets the error", None)],
        no_quote: &[],
    },
    Case {
        pattern: "announced-paragraph",
        text: "Tom Hale gave a speech in the square. The crowd was small.\n\n\"We will rebuild the pier, and we will do it before the summer season starts.\"",
        speakers: &[("rebuild the pier", None)],
        no_quote: &[],
    },
    // A refusal, a negation or a passive announces nobody's speech, and a
    // quote-only paragraph does not go on with a reported refusal.
    Case {
        pattern: "announced-paragraph",
        text: "Tom Hale declined to comment.\n\n\"The plan was a disaster from the start, and everyone in town knew it.\"",
        speakers: &[("disaster from the start", None)],
        no_quote: &[],
    },
    Case {
        pattern: "announced-paragraph",
        text: "Tom Hale did not respond to a request for comment.\n\n\"The plan was a disaster from the start, and everyone in town knew it.\"",
        speakers: &[("disaster from the start", None)],
        no_quote: &[],
    },
    Case {
        pattern: "announced-paragraph",
        text: "Tom Hale could not be reached for comment.\n\n\"The plan was a disaster from the start, and everyone in town knew it.\"",
        speakers: &[("disaster from the start", None)],
        no_quote: &[],
    },
    Case {
        pattern: "announced-paragraph",
        text: "Tom Hale refused to answer questions from reporters.\n\n\"The plan was a disaster from the start, and everyone in town knew it.\"",
        speakers: &[("disaster from the start", None)],
        no_quote: &[],
    },
    Case {
        pattern: "announced-paragraph",
        text: "Tom Hale was asked about the plan.\n\n\"The plan was a disaster from the start, and everyone in town knew it.\"",
        speakers: &[("disaster from the start", None)],
        no_quote: &[],
    },
    Case {
        pattern: "announced-paragraph",
        text: "Tom Hale was quick to add that the deal does not include the pier.\n\n\"The plan was a disaster from the start, and everyone in town knew it.\"",
        speakers: &[("disaster from the start", Some("Tom Hale"))],
        no_quote: &[],
    },
    // "it" and "they" with no organisation or group speaking just before:
    // the subject of this sentence or the one before, when it is an
    // institution ("The ministry") or a group (a plural listed noun, or two
    // joined by "and"). Anything else leaves the pronoun unresolved (its
    // name is the pronoun itself): an unclear antecedent is no default.
    Case {
        pattern: "it-they-subject",
        text: "The ministry published its figures on Monday. It said exports fell by two percent.",
        speakers: &[("exports fell", Some("The ministry"))],
        no_quote: &[],
    },
    Case {
        pattern: "it-they-subject",
        text: "The harbour board met on Tuesday. It said the channel would be dredged in the spring.",
        speakers: &[("channel would be dredged", Some("The harbour board"))],
        no_quote: &[],
    },
    Case {
        pattern: "it-they-subject",
        text: "Critics of the plan gathered outside. \"We will not accept this,\" they said.",
        speakers: &[("will not accept this", Some("Critics of the plan"))],
        no_quote: &[],
    },
    Case {
        pattern: "it-they-subject",
        text: "Residents and business owners met with the council on Monday. They said the plan would ruin the street.",
        speakers: &[("ruin the street", Some("Residents and business owners"))],
        no_quote: &[],
    },
    Case {
        pattern: "it-they-subject",
        text: "Gov. Ana Ruiz and legislative leaders met on Monday. They said they would wait for the budget report.",
        speakers: &[("wait for the budget report", Some("Gov. Ana Ruiz and legislative leaders"))],
        no_quote: &[],
    },
    Case {
        pattern: "it-they-subject",
        text: "Several Democrats skipped the hearing. They said the rules were unfair to witnesses.",
        speakers: &[("unfair to witnesses", Some("Several Democrats"))],
        no_quote: &[],
    },
    Case {
        pattern: "it-they-subject",
        text: "When Ana Ruiz and Tom Hale arrived, they said the talks had failed.",
        speakers: &[("talks had failed", Some("Ana Ruiz and Tom Hale"))],
        no_quote: &[],
    },
    Case {
        pattern: "it-they-subject",
        text: "Local residents were angry. They said the council had ignored them for years.",
        speakers: &[("ignored them for years", Some("Local residents"))],
        no_quote: &[],
    },
    Case {
        pattern: "it-they-subject",
        text: "Teachers at the school met with parents on Tuesday, and they said the building was unsafe.",
        speakers: &[("building was unsafe", Some("Teachers at the school"))],
        no_quote: &[],
    },
    Case {
        pattern: "it-they-subject",
        text: "The mayor met the police chief on Monday. They said the parade would go ahead.",
        speakers: &[("parade would go ahead", Some("They"))],
        no_quote: &[],
    },
    Case {
        pattern: "it-they-subject",
        text: "Ana Ruiz toured the plant. It said output would fall next year.",
        speakers: &[("output would fall", Some("It"))],
        no_quote: &[],
    },
    Case {
        pattern: "it-they-subject",
        text: "The new rules take effect in May. They said the rules were unfair.",
        speakers: &[("rules were unfair", Some("They"))],
        no_quote: &[],
    },
    Case {
        pattern: "it-they-subject",
        text: "The city council voted on the budget. The members were split. Its chairman left early. It said the vote would be repeated.",
        speakers: &[("vote would be repeated", Some("It"))],
        no_quote: &[],
    },
    // A name modifying the listed noun that heads a subject ("The Ruiz
    // campaign", "the Hale ad"): the whole phrase speaks the quoted fragment
    // of its predicate. Only for a phrase that opens its clause; a phrase
    // described in the passive speaks nothing.
    Case {
        pattern: "name-modified-head",
        text: "Prices rose again.\n\nThe Ruiz campaign projects that \"a small tax would raise billions over a decade.\"",
        speakers: &[("small tax would raise", Some("The Ruiz campaign"))],
        no_quote: &[],
    },
    Case {
        pattern: "name-modified-head",
        text: "Prices rose again.\n\nThe Hale ad hits Ruiz for taking \"more money from banks than from voters\" last year.",
        speakers: &[("more money from banks", Some("The Hale ad"))],
        no_quote: &[],
    },
    Case {
        pattern: "name-modified-head",
        text: "Prices rose again.\n\nThe Lopez family thanked the nurses for \"every hour they spent at his bedside.\"",
        speakers: &[("every hour they spent", Some("The Lopez family"))],
        no_quote: &[],
    },
    Case {
        pattern: "name-modified-head",
        text: "Prices rose again.\n\nThe Cole report found \"no evidence that the money was ever spent on the bridge.\"",
        speakers: &[("no evidence that the money", Some("The Cole report"))],
        no_quote: &[],
    },
    Case {
        pattern: "name-modified-head",
        text: "Prices rose again.\n\nThe Ortiz campaign wants \"a full recount in every county of the state.\"",
        speakers: &[("full recount", Some("The Ortiz campaign"))],
        no_quote: &[],
    },
    Case {
        pattern: "name-modified-head",
        text: "Prices rose again.\n\nThe Park foundation backs \"a new library for every town with more than a thousand people.\"",
        speakers: &[("new library", Some("The Park foundation"))],
        no_quote: &[],
    },
    Case {
        pattern: "name-modified-head",
        text: "Prices rose again.\n\nThe Ruiz administration dismissed the study as \"a partisan stunt with no basis in fact.\"",
        speakers: &[("partisan stunt", Some("The Ruiz administration"))],
        no_quote: &[],
    },
    Case {
        pattern: "name-modified-head",
        text: "Prices rose again.\n\nThe Hale committee branded the vote \"a betrayal of everyone who lives on the coast.\"",
        speakers: &[("betrayal of everyone", Some("The Hale committee"))],
        no_quote: &[],
    },
    Case {
        pattern: "name-modified-head",
        text: "Prices rose again.\n\nThe 2011 U.S. military action in the region \"did not work,\" the report said.",
        speakers: &[("did not work", Some("the report"))],
        no_quote: &[],
    },
    Case {
        pattern: "name-modified-head",
        text: "Prices rose again.\n\nThe Ruiz campaign office was described as \"a mess of boxes and cables.\"",
        speakers: &[("mess of boxes", None)],
        no_quote: &[],
    },
    Case {
        pattern: "name-modified-head",
        text: "Prices rose again.\n\nAna Ruiz said the 2011 U.S. military action \"did not work\" at all.",
        speakers: &[("did not work", Some("Ana Ruiz"))],
        no_quote: &[],
    },
    // A later quoted fragment of a sentence whose earlier quote was
    // attributed keeps that speaker, unless a clause with a subject of its
    // own opens between the two. A capitalised quotation after a quote (a
    // show, a book) is a title: no quote.
    Case {
        pattern: "carried-fragment",
        text: "Prices rose again.\n\nAna Ruiz has proposed a \"harbour tax\" on cruise ships and called for \"a new pier by the spring.\"",
        speakers: &[("harbour tax", Some("Ana Ruiz")), ("new pier by the spring", Some("Ana Ruiz"))],
        no_quote: &[],
    },
    Case {
        pattern: "carried-fragment",
        text: "Prices rose again.\n\nTom Hale tweeted that the deal was \"a joke\" and urged voters to \"stay home in protest.\"",
        speakers: &[("a joke", Some("Tom Hale")), ("stay home in protest", Some("Tom Hale"))],
        no_quote: &[],
    },
    Case {
        pattern: "carried-fragment",
        text: "Prices rose again.\n\n\"We are ready,\" Ana Ruiz said, and then she warned that the vote would be \"a close one.\"",
        speakers: &[("We are ready", Some("Ana Ruiz")), ("a close one", Some("Ana Ruiz"))],
        no_quote: &[],
    },
    Case {
        pattern: "carried-fragment",
        text: "Prices rose again.\n\n\"We will win,\" Tom Hale said, and he called the plan \"a gift to the banks.\"",
        speakers: &[("gift to the banks", Some("Tom Hale"))],
        no_quote: &[],
    },
    Case {
        pattern: "carried-fragment",
        text: "Prices rose again.\n\nAna Ruiz called the plan \"a disgrace\" and said the mayor had \"no idea what the port needs.\"",
        speakers: &[("a disgrace", Some("Ana Ruiz")), ("no idea what the port needs", Some("Ana Ruiz"))],
        no_quote: &[],
    },
    Case {
        pattern: "carried-fragment",
        text: "Prices rose again.\n\nThe union called the offer \"an insult\" and vowed to \"stay out until the spring.\"",
        speakers: &[("an insult", Some("The union")), ("stay out until the spring", Some("The union"))],
        no_quote: &[],
    },
    Case {
        pattern: "carried-fragment",
        text: "Prices rose again.\n\n\"The deal is dead,\" Tom Hale said, but the mayor still hopes for \"a last-minute change of heart.\"",
        speakers: &[("deal is dead", Some("Tom Hale")), ("change of heart", Some("the mayor"))],
        no_quote: &[],
    },
    Case {
        pattern: "carried-fragment",
        text: "Prices rose again.\n\nThe mayor called the plan \"a mess\"; the paper said it was \"a long time coming.\"",
        speakers: &[("a mess", Some("The mayor")), ("long time coming", Some("the paper"))],
        no_quote: &[],
    },
    Case {
        pattern: "carried-fragment",
        text: "Prices rose again.\n\n\"The tax is fair,\" Ana Ruiz said on NBC's \"Morning Hour\" on Sunday.",
        speakers: &[("tax is fair", Some("Ana Ruiz"))],
        no_quote: &["Morning Hour"],
    },
    Case {
        pattern: "carried-fragment",
        text: "Prices rose again.\n\n\"It is over,\" Tom Hale said on \"Harbour Talk\" on Sunday.",
        speakers: &[("It is over", Some("Tom Hale"))],
        no_quote: &["Harbour Talk"],
    },
    // "he" and "she": the nearest person of that gender in subject
    // position, an appositive's name included ("His lawyer, Tom Hale,"),
    // never a "he" inside the quotation, a possessive, an object after a
    // preposition or the dead; "According to X" names a source who may
    // speak again. No such person: the pronoun stays unresolved (its name
    // is the pronoun itself).
    Case {
        pattern: "pronoun-antecedent",
        text: "Ana Ruiz thanked Maria Lopez for her help. \"We could not have done it alone,\" she said.",
        speakers: &[("done it alone", Some("Ana Ruiz"))],
        no_quote: &[],
    },
    Case {
        pattern: "pronoun-antecedent",
        text: "Tom Hale met Mark Stone's widow, Ana Stone, on Monday. \"He was a good man,\" she said.",
        speakers: &[("good man", Some("Ana Stone"))],
        no_quote: &[],
    },
    Case {
        pattern: "pronoun-antecedent",
        text: "Ana Ruiz's husband, Tom Hale, joined her on stage. \"We are proud of the city,\" he said.",
        speakers: &[("proud of the city", Some("Tom Hale"))],
        no_quote: &[],
    },
    Case {
        pattern: "pronoun-antecedent",
        text: "Tom Hale, a lawyer for Mark Stone, spoke outside the court. \"The ruling is wrong,\" he said.",
        speakers: &[("ruling is wrong", Some("Tom Hale"))],
        no_quote: &[],
    },
    Case {
        pattern: "pronoun-antecedent",
        text: "Police said Mark Stone, 45, was arrested on Monday. His lawyer, Tom Hale, denied the charges. \"My client is innocent,\" he said.",
        speakers: &[("client is innocent", Some("Tom Hale"))],
        no_quote: &[],
    },
    Case {
        pattern: "pronoun-antecedent",
        text: "The late Mark Stone's brother, Tom Stone, spoke at the service. \"He was my hero,\" he said.",
        speakers: &[("my hero", Some("Tom Stone"))],
        no_quote: &[],
    },
    Case {
        pattern: "pronoun-antecedent",
        text: "Ana Ruiz praised the coach, Tom Hale. \"She has done a wonderful job with the team,\" he said.",
        speakers: &[("wonderful job", Some("Tom Hale"))],
        no_quote: &[],
    },
    Case {
        pattern: "pronoun-antecedent",
        text: "Maria Lopez's lawyer, Tom Hale, said the case was weak. \"She will be cleared,\" he said.",
        speakers: &[("will be cleared", Some("Tom Hale"))],
        no_quote: &[],
    },
    Case {
        pattern: "pronoun-antecedent",
        text: "According to Tom Hale, the plan was dropped. \"It was never going to work,\" he said.",
        speakers: &[("never going to work", Some("Tom Hale"))],
        no_quote: &[],
    },
    Case {
        pattern: "pronoun-antecedent",
        text: "According to Ana Ruiz, the talks failed in May. She said the two sides never met again.",
        speakers: &[("never met again", Some("Ana Ruiz"))],
        no_quote: &[],
    },
    Case {
        pattern: "pronoun-antecedent",
        text: "Tom Hale met Ana Ruiz in Paris. Ruiz, who leads the party, spoke first. \"We want peace,\" she said.",
        speakers: &[("want peace", Some("Ana Ruiz"))],
        no_quote: &[],
    },
    Case {
        pattern: "pronoun-antecedent",
        text: "The report was written by Tom Hale. \"It took two years,\" he said.",
        speakers: &[("took two years", Some("he"))],
        no_quote: &[],
    },
    Case {
        pattern: "pronoun-antecedent",
        text: "The late Mark Stone's lawyers filed the appeal on Monday. \"This ruling cannot stand,\" he said.",
        speakers: &[("cannot stand", Some("he"))],
        no_quote: &[],
    },
    // A "he" or "she" stands for the most recent person of that gender
    // who is the subject of a main clause: not the subject of a clause opened
    // by "as", "when", "because", "that", "whom" …, not the object of a
    // verb ("to fire Mark Stone", "rebuking Maria Lopez"), not a name that
    // modifies a noun ("a Mark Stone tribute concert"); a clause opening the
    // pronoun's own sentence holds its person. With no person of that gender
    // in any such place, the pronoun stays unresolved.
    Case {
        pattern: "main-clause-subject",
        text: "Tom Hale watched as Mark Stone left the room. \"We are done here,\" he said.",
        speakers: &[("done here", Some("Tom Hale"))],
        no_quote: &[],
    },
    Case {
        pattern: "main-clause-subject",
        text: "Ana Ruiz spoke after Maria Lopez had finished. \"The vote is close,\" she said.",
        speakers: &[("vote is close", Some("Ana Ruiz"))],
        no_quote: &[],
    },
    Case {
        pattern: "main-clause-subject",
        text: "Tom Hale urged the board to fire Mark Stone. \"The club needs a fresh start,\" he said.",
        speakers: &[("fresh start", Some("Tom Hale"))],
        no_quote: &[],
    },
    Case {
        pattern: "main-clause-subject",
        text: "Mayor Tom Hale attended a Mark Stone tribute concert. \"The music was beautiful,\" he said.",
        speakers: &[("music was beautiful", Some("Tom Hale"))],
        no_quote: &[],
    },
    Case {
        pattern: "main-clause-subject",
        text: "Coach Tom Hale said that Mark Stone would start on Sunday. \"The boy is ready,\" he said.",
        speakers: &[("boy is ready", Some("Tom Hale"))],
        no_quote: &[],
    },
    Case {
        pattern: "main-clause-subject",
        text: "Tom Hale was angry because Mark Stone had lied to the club. \"I trusted the man,\" he said.",
        speakers: &[("trusted the man", Some("Tom Hale"))],
        no_quote: &[],
    },
    Case {
        pattern: "main-clause-subject",
        text: "Tom Hale noted that both Mark Stone and Paul Reed had voted against the plan. \"It was a mistake,\" he said.",
        speakers: &[("was a mistake", Some("Tom Hale"))],
        no_quote: &[],
    },
    Case {
        pattern: "main-clause-subject",
        text: "Ana Ruiz, rebuking Maria Lopez twice, defended the budget. \"Our numbers are honest,\" she said.",
        speakers: &[("numbers are honest", Some("Ana Ruiz"))],
        no_quote: &[],
    },
    Case {
        pattern: "main-clause-subject",
        text: "Maria Lopez won the seat in May. Though Ana Ruiz lost the vote, she said the fight would go on.",
        speakers: &[("fight would go on", Some("Ana Ruiz"))],
        no_quote: &[],
    },
    Case {
        pattern: "main-clause-subject",
        text: "Maria Lopez left early. Tennis great Ana Ruiz stayed to the end. \"The crowd was wonderful,\" she said.",
        speakers: &[("crowd was wonderful", Some("Ana Ruiz"))],
        no_quote: &[],
    },
    Case {
        pattern: "main-clause-subject",
        text: "Mark Stone stayed at home. Tom Hale spoke while Paul Reed listened. \"The plan works,\" he said.",
        speakers: &[("plan works", Some("Tom Hale"))],
        no_quote: &[],
    },
    Case {
        pattern: "main-clause-subject",
        text: "Tom Hale, whom Mark Stone hired in May, runs the plant. \"Output is up,\" he said.",
        speakers: &[("Output is up", Some("Tom Hale"))],
        no_quote: &[],
    },
    Case {
        pattern: "main-clause-subject",
        text: "Ana Ruiz visited the school with Maria Lopez. \"The roof leaks,\" he said.",
        speakers: &[("roof leaks", Some("he"))],
        no_quote: &[],
    },
    Case {
        pattern: "main-clause-subject",
        text: "Ana Ruiz watched as the team left the field. \"We are done,\" he said.",
        speakers: &[("We are done", Some("he"))],
        no_quote: &[],
    },
    Case {
        pattern: "main-clause-subject",
        text: "Mark Stone resigned on Monday. When Tom Hale heard the news, he said the club would survive.",
        speakers: &[("club would survive", Some("Tom Hale"))],
        no_quote: &[],
    },
    // "It" ("they") after a sentence whose subject opens with "Its"
    // ("Their"): that sentence speaks of the same institution (group), so
    // the subject of the sentence before it is the antecedent; a person, a
    // thing that is no institution, or a subject two sentences back stays no
    // antecedent.
    Case {
        pattern: "possessive-subject-sentence",
        text: "The city council voted on the budget. Its members were split. It said the vote would be repeated.",
        speakers: &[("vote would be repeated", Some("The city council"))],
        no_quote: &[],
    },
    Case {
        pattern: "possessive-subject-sentence",
        text: "The company reported a loss on Monday. Its shares fell by nine percent. \"We are cutting costs across the group,\" it said.",
        speakers: &[("cutting costs", Some("The company"))],
        no_quote: &[],
    },
    Case {
        pattern: "possessive-subject-sentence",
        text: "The ministry released the trade figures. Its officials were cautious. It said exports would recover in the spring.",
        speakers: &[("exports would recover", Some("The ministry"))],
        no_quote: &[],
    },
    Case {
        pattern: "possessive-subject-sentence",
        text: "The harbour board met on Tuesday. Its chairman was absent. It said the channel would be dredged next year.",
        speakers: &[("channel would be dredged", Some("The harbour board"))],
        no_quote: &[],
    },
    Case {
        pattern: "possessive-subject-sentence",
        text: "The agency missed its own deadline. Its staff worked through the weekend. \"The review is nearly done,\" it said.",
        speakers: &[("review is nearly done", Some("The agency"))],
        no_quote: &[],
    },
    Case {
        pattern: "possessive-subject-sentence",
        text: "The union met on Friday. But its leaders stayed silent. It said a strike was not planned.",
        speakers: &[("strike was not planned", Some("The union"))],
        no_quote: &[],
    },
    Case {
        pattern: "possessive-subject-sentence",
        text: "Residents packed the hall on Monday. Their anger was plain. They said the council had ignored them.",
        speakers: &[("ignored them", Some("Residents"))],
        no_quote: &[],
    },
    Case {
        pattern: "possessive-subject-sentence",
        text: "Local farmers lost much of the harvest. Their losses were heavy. \"We need help now,\" they said.",
        speakers: &[("need help now", Some("Local farmers"))],
        no_quote: &[],
    },
    Case {
        pattern: "possessive-subject-sentence",
        text: "Ana Ruiz visited the plant. Its output has fallen. It said the line would close.",
        speakers: &[("line would close", Some("It"))],
        no_quote: &[],
    },
    Case {
        pattern: "possessive-subject-sentence",
        text: "The storm hit the coast overnight. Its winds reached the town. It said the roads were closed.",
        speakers: &[("roads were closed", Some("It"))],
        no_quote: &[],
    },
    Case {
        pattern: "possessive-subject-sentence",
        text: "The mayor met the police chief. Their talks ran late. They said the parade would go ahead.",
        speakers: &[("parade would go ahead", Some("They"))],
        no_quote: &[],
    },
    // A person the article names as dead ("the late Paul Reed", anywhere in
    // it) is never the person a later "he" or "she" stands for, even where
    // that person is a main subject ("Reed built …"); with nobody else the
    // pronoun stays unresolved. A living person is still taken.
    Case {
        pattern: "dead-person",
        text: "The late Mark Stone founded the firm in 1970. Stone died in March. \"The firm will carry on,\" he said.",
        speakers: &[("carry on", Some("he"))],
        no_quote: &[],
    },
    Case {
        pattern: "dead-person",
        text: "Tom Hale spoke at the funeral of the late Mark Stone. \"He taught me everything,\" he said.",
        speakers: &[("taught me everything", Some("Tom Hale"))],
        no_quote: &[],
    },
    Case {
        pattern: "dead-person",
        text: "Tom Hale runs the firm. The late Mark Stone founded it in 1970. \"We will carry on,\" he said.",
        speakers: &[("carry on", Some("Tom Hale"))],
        no_quote: &[],
    },
    Case {
        pattern: "dead-person",
        text: "Tom Hale runs the firm, which the late Mark Stone founded. Stone left it to his son. \"We will carry on,\" he said.",
        speakers: &[("carry on", Some("Tom Hale"))],
        no_quote: &[],
    },
    Case {
        pattern: "dead-person",
        text: "Ana Ruiz leads the group. The late Maria Lopez's daughter joined in May. \"We are stronger now,\" she said.",
        speakers: &[("stronger now", Some("Ana Ruiz"))],
        no_quote: &[],
    },
    Case {
        pattern: "dead-person",
        text: "The late Paul Reed's company made the engines. Reed built his first engine in 1950. \"We still use those designs,\" he said.",
        speakers: &[("still use those designs", Some("he"))],
        no_quote: &[],
    },
    Case {
        pattern: "dead-person",
        text: "Tom Hale read a letter from the late Paul Reed. Reed wrote it in 1990. \"It moved me to tears,\" he said.",
        speakers: &[("moved me to tears", Some("Tom Hale"))],
        no_quote: &[],
    },
    Case {
        pattern: "dead-person",
        text: "Ana Ruiz sang at the memorial for the late Maria Lopez. Lopez founded the choir. \"This was her favourite song,\" she said.",
        speakers: &[("favourite song", Some("Ana Ruiz"))],
        no_quote: &[],
    },
    Case {
        pattern: "dead-person",
        text: "The museum shows the paintings of the late Paul Reed. Reed painted them in the 1960s. \"The colours are bold,\" he said.",
        speakers: &[("colours are bold", Some("he"))],
        no_quote: &[],
    },
    Case {
        pattern: "dead-person",
        text: "The late Paul Reed's partner, Tom Hale, spoke first. Reed was a doctor for forty years. \"He never took a day off,\" he said.",
        speakers: &[("never took a day off", Some("Tom Hale"))],
        no_quote: &[],
    },
    Case {
        pattern: "dead-person",
        text: "Mark Stone founded the firm in 1970. Stone retired in March. \"The firm will carry on,\" he said.",
        speakers: &[("carry on", Some("Mark Stone"))],
        no_quote: &[],
    },
];

#[test]
fn resolution_speaker_cases() {
    let failures = super::speakers::failures(&Extractor::new(), CASES);
    super::speakers::assert_none(&failures);
}

#[test]
fn resolution_patterns_have_ten_cases() {
    super::speakers::ten_per_pattern(CASES.iter().map(|c| c.pattern));
}
