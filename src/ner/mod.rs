//! Entity pass: tokens → labelled entities.
//!
//! Reads: the text, `Analysis::sentences`, `tokens`, `date`.
//! Writes: `Analysis::entities`, and the titles written before PERSON
//! mentions or after them in apposition (`Analysis::titles`, read by the
//! people pass).
//!
//! How it works, per document:
//! 1. every word token is looked up once: its features (given name, surname,
//!    head word, function word…) in one hash map, and the longest word-list
//!    entry starting there in one byte trie, walked from the token
//!    (`lexicon.rs`);
//! 2. per sentence or line (`find.rs`): title chains before names
//!    ("US Army Secretary Dan Driscoll", "Army chief of staff Gen Randy
//!    George") give PERSON entities and the titles — a title is modifiers
//!    (top, foreign, Army, a country in capitals), a head from the title list
//!    and an optional complement (of the Army, in Europe); a rank right before
//!    the name is a title of its own; a nationality or a listed organisation
//!    before the title is not part of it ("French Foreign Minister", "EU
//!    foreign policy chief") but keeps its own entity, while the service
//!    named in capitalised words is ("Army spokesman", "Environment Agency
//!    chief engineer", also an ORG entity); then maximal runs of
//!    capitalised words are labelled by word-list entries, head words
//!    ("… Ministry", "… Cup", "… Airport"), legal suffixes, given names and
//!    surnames, and the shape of the words. Lines in capitals (headlines)
//!    only take word-list entries and given names; their other words are
//!    left to the document;
//! 3. per document (`doc.rs`): surnames and first names of full names,
//!    defined acronyms, names labelled elsewhere in the article, places
//!    playing as teams, the lines of results tables (`tables.rs`),
//!    organisations learnt from their context, and the words around unknown
//!    capitalised words ("the town of X", "X said", "X 3 Y 1");
//! 4. merge with the value entities of `temporal.rs` (DATE, TIME, MONEY,
//!    PERCENT) under the conflict policy below.
//!
//! # Conflict policy
//! One rule decides between overlapping evidence, everywhere: **the
//! stronger evidence wins, and a value entity (DATE, TIME, MONEY, PERCENT)
//! is stronger than any name candidate except a word-list entry** (a
//! gazetteer or user entry, e.g. a user-added "Theresa May"). Strength, from
//! strong to weak: word-list entries, names after titles and listed
//! given name + surname ([`find::strength::KNOWN`]); rules with word-list
//! evidence ([`find::strength::RULE`]); guesses from the shape of the words
//! ([`find::strength::GUESS`]); a lone capital (kept only if the document
//! labels it). Inside one capitalised run, the longest word-list entry
//! starting at a word wins over shorter ones; titles are taken before
//! names; document-level evidence relabels only weaker candidates (and
//! places that are a person's surname in the same article).

mod doc;
mod find;
pub(crate) mod lexicon;
mod tables;
pub(crate) mod temporal;
pub(crate) mod user;

use crate::analysis::{Analysis, Entity, Label};
use crate::config::Config;
use crate::rule::RuleInfo;
use crate::span::Span;
use crate::Error;
pub(crate) use doc::variant_stem;
use find::rules;
use lexicon::Lexicon;
use std::cmp::Reverse;

/// The rules of this pass.
pub(crate) const RULES: &[RuleInfo] = &[
    RuleInfo {
        rule: rules::GAZETTEER,
        what: "a name from the word lists (places, organisations, nationalities, events, facilities), embedded or added by the user",
        example: "Talks resumed in Geneva.",
    },
    RuleInfo {
        rule: rules::PERSON_TITLE,
        what: "a capitalised name after a title, office, rank or form of address",
        example: "The report was signed by spokesman Tomas Varga.",
    },
    RuleInfo {
        rule: rules::PERSON_COORD,
        what: "the second of two names sharing a plural title (Presidents A and B)",
        example: "Ministers Okafor and Lindqvist met later.",
    },
    RuleInfo {
        rule: rules::PERSON_GIVEN,
        what: "a capitalised run that starts with a listed given name",
        example: "The letter reached Margaret Okonkwo-Hale on time.",
    },
    RuleInfo {
        rule: rules::PERSON_SURNAME,
        what: "a capitalised run that ends with a listed surname",
        example: "The deal was brokered by Zoltek Anderson last week.",
    },
    RuleInfo {
        rule: rules::PERSON_SHAPE,
        what: "two to four capitalised words with no other evidence: most often a name",
        example: "The plan came from Ixora Quennel in the end.",
    },
    RuleInfo {
        rule: rules::PERSON_SPEAKS,
        what: "an unknown capitalised word before a verb of speech (X said), after one (, said X.), leading (the X government), with an age in apposition (X, 27,) or before a relative (X's son)",
        example: "The plan is sound, Okonjo said on the radio.",
    },
    RuleInfo {
        rule: rules::ORG_SUFFIX,
        what: "a capitalised run ending with a legal suffix (Inc, Corp, plc)",
        example: "Shares of Brightwater Holdings Inc rose.",
    },
    RuleInfo {
        rule: rules::ORG_HEAD,
        what: "a capitalised run ending with an organisation word (Ministry, Party, University)",
        example: "Students at Lakeview University protested.",
    },
    RuleInfo {
        rule: rules::ORG_AMPERSAND,
        what: "capitalised names joined by an ampersand: a firm",
        example: "The deal was advised by Harlow & Finch yesterday.",
    },
    RuleInfo {
        rule: rules::ORG_OFFICE,
        what: "an unknown word right before a company office and a name (X CEO Ann Lee): the company",
        example: "Shares fell after Volvex spokesman Ian Ross spoke.",
    },
    RuleInfo {
        rule: rules::ORG_PLACE,
        what: "a place name with other capitalised words: a team or company named after a place; a nationality before a listed organisation (British Labour Party)",
        example: "The fans of Madrid Zorros were delighted.",
    },
    RuleInfo {
        rule: rules::ORG_ACRONYM,
        what: "an unknown word in capitals inside a sentence: most often an organisation",
        example: "The vote was called by the QLX on Monday.",
    },
    RuleInfo {
        rule: rules::EVENT_START,
        what: "a capitalised run opened by a storm word (Hurricane, Typhoon, Storm)",
        example: "Roofs were torn off when Typhoon Marlo came ashore.",
    },
    RuleInfo {
        rule: rules::EVENT_HEAD,
        what: "a capitalised run ending with an event word (Cup, Championship, Games, War)",
        example: "She won the Coastal Sailing Championship twice.",
    },
    RuleInfo {
        rule: rules::FAC_HEAD,
        what: "a capitalised run ending with a facility word (Airport, Stadium, Bridge)",
        example: "Flights left Marrow Field Airport late.",
    },
    RuleInfo {
        rule: rules::LOC_HEAD,
        what: "a capitalised run with a geographic word (River, Lake, Mount, Sea)",
        example: "They camped by the Velka River overnight.",
    },
    RuleInfo {
        rule: rules::GPE_HEAD,
        what: "a capitalised run ending with an administrative word (County, Province, Oblast)",
        example: "Floods hit Dunmore County again.",
    },
    RuleInfo {
        rule: rules::GPE_CONTEXT,
        what: "an unknown word after a place noun (the town of X) or before a comma and a place (X, Texas)",
        example: "Police reached the village of Orvesk at dawn.",
    },
    RuleInfo {
        rule: rules::GPE_DATELINE,
        what: "a name in capitals opening a line before a date or an agency in brackets (LONDON 1996-08-30, LONDON (Reuters)), maybe after a comma and a state, which a dash may follow too (DECATUR, Ill. —); a name shaped like a person's also before a dash alone (MARTIN FERRY —): the dateline's place, whatever its words",
        example: "MARTIN FERRY, Ohio (AP) - The plant closed.",
    },
    RuleInfo {
        rule: rules::DOC_FIRST,
        what: "a lone word that is the listed first name of a full name in the same article",
        example: "Maria Kowalczyk spoke first. Maria then left.",
    },
    RuleInfo {
        rule: rules::DOC_SURNAME,
        what: "a lone word that is the surname of a full name in the same article",
        example: "Maria Kowalczyk spoke first. Later Kowalczyk left.",
    },
    RuleInfo {
        rule: rules::DOC_LIST,
        what: "an unknown capitalised word in a list of three or more (commas, and) naming two people for sure is a person",
        example: "The squad: Marek Olsza, Dravnik, Pellow and Ivan Tuvoka.",
    },
    RuleInfo {
        rule: rules::DOC_SCORECARD,
        what: "in a sports report, a word after a cricket dismissal (c X b Y, st X, lbw b Y) or before bowling figures (8-0-39-3) is a player",
        example: "The cricket test went on. The bowler took wickets in the innings.\nA. Brel c Quarrie b Tendwa 12",
    },
    RuleInfo {
        rule: rules::DOC_ACRONYM,
        what: "an acronym defined once in brackets takes the label of its long form",
        example: "The Northern Grain Board (NGB) met. The NGB agreed.",
    },
    RuleInfo {
        rule: rules::DOC_SAME,
        what: "an unlabelled capitalised word takes the label the article gives the same name elsewhere (a company's name without its legal suffix too)",
        example: "Floods hit the town of Varvik.\nVARVIK CLEANS UP",
    },
    RuleInfo {
        rule: rules::DOC_TEAM,
        what: "in a sports report, a place that plays a match (a score, beat, v, a plural verb, a position) or a name on a results line (Hull 0 Barnet 0, a standings row, a rider's team) is a team",
        example: "Kent beat Essex by 40 runs in the cricket match. Kent 296 and Essex 180 in the innings.",
    },
    RuleInfo {
        rule: rules::DOC_ORG,
        what: "a name with a strong organisation context once (X said in a statement, X's shares, analysts at X, carmaker X, X newspaper, the Church of X) is an organisation throughout the article",
        example: "Investors sold shares of Quorvex. Quorvex makes pumps.",
    },
];

/// The entity tagger: compiled word lists and rules, built once.
#[derive(Debug, Clone)]
pub(crate) struct Tagger {
    lexicon: Lexicon,
    user: user::UserEntities,
}

impl Tagger {
    pub(crate) fn new(config: &Config) -> Result<Tagger, Error> {
        temporal::load_words();
        Ok(Tagger {
            lexicon: Lexicon::new(config)?,
            user: user::UserEntities::new(config)?,
        })
    }

    /// The word lists (the people pass reads given names' genders there).
    pub(crate) fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    pub(crate) fn run(&self, doc: &mut Analysis<'_>) {
        let values = temporal::find(doc);
        let mut ctx = find::Ctx::new(doc.text, &doc.tokens, &doc.sentences, &self.lexicon);
        ctx.find();
        doc::resolve(&mut ctx);
        let mut values = values;
        values.sort_by_key(|v| v.span.start);
        // The labelled candidates in order of start, the longest first at
        // one start, and in their own order at one span (the index is the
        // last key): their keys are sorted, not the candidates.
        let mut order: Vec<(usize, Reverse<usize>, usize)> = (ctx.cands.iter().enumerate())
            .filter(|(_, c)| c.label.is_some())
            .map(|(k, c)| {
                let span = ctx.span(c.a, c.b);
                (span.start, Reverse(span.end), k)
            })
            .collect();
        order.sort_unstable();
        // Conflict policy: a value entity beats any name it overlaps, unless
        // the name is a word-list entry that the value does not contain
        // ("US$3 million" holds the listed "US": the amount wins).
        let swallows = |v: &Entity, name: Span| v.span.contains(name) && v.span != name;
        let mut names: Vec<(Entity, bool)> = Vec::with_capacity(order.len());
        let mut last_end = 0;
        for &(start, Reverse(end), k) in &order {
            // Never two names over the same bytes: the first (longest) stays.
            if start < last_end {
                continue;
            }
            last_end = end;
            let c = &ctx.cands[k];
            let span = Span::new(start, end);
            let beaten =
                overlapping(&values, span).is_some_and(|i| !c.listed || swallows(&values[i], span));
            if let Some(label) = c.label.filter(|_| !beaten) {
                let e = Entity {
                    span,
                    label,
                    value: None,
                    rule: c.rule,
                };
                names.push((e, c.listed));
            }
        }
        let listed: Vec<Span> = names.iter().filter(|n| n.1).map(|n| n.0.span).collect();
        values.retain(|v| {
            let i = listed.partition_point(|s| s.end <= v.span.start);
            !(i < listed.len() && listed[i].start < v.span.end)
        });
        let mut out = merge_by_start(values, names.into_iter().map(|(e, _)| e));
        self.user.merge(doc.text, &doc.paragraphs, &mut out);
        // Invariant: an entity lies inside one paragraph. The rules keep to
        // that themselves; this guard makes it hold for any rule added later.
        let paras = &doc.paragraphs;
        out.retain(|e| {
            let i = paras.partition_point(|p| p.span.end < e.span.end);
            paras.get(i).is_some_and(|p| p.span.contains(e.span))
        });
        let notes = std::mem::take(&mut ctx.notes);
        doc.titles = notes
            .into_iter()
            .filter(|t| {
                let i = out.partition_point(|e| e.span.start < t.mention.start);
                out.get(i)
                    .is_some_and(|e| e.span == t.mention && e.label == Label::Person)
            })
            .collect();
        doc.entities = out;
    }
}

/// The values and the names in one list in order of start, a value before
/// a name at the same start (both lists are in order of start).
fn merge_by_start(values: Vec<Entity>, names: impl Iterator<Item = Entity>) -> Vec<Entity> {
    let mut out = Vec::with_capacity(values.len() + names.size_hint().0);
    let mut values = values.into_iter().peekable();
    for name in names {
        while let Some(v) = values.next_if(|v| v.span.start <= name.span.start) {
            out.push(v);
        }
        out.push(name);
    }
    out.extend(values);
    out
}

/// The value entity overlapping `span`, if any (`values` sorted, disjoint).
fn overlapping(values: &[Entity], span: Span) -> Option<usize> {
    let i = values.partition_point(|v| v.span.end <= span.start);
    (i < values.len() && values[i].span.start < span.end).then_some(i)
}
