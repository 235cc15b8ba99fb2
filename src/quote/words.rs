//! Small closed word classes the quote rules test tokens against.

use crate::lexicon;
use crate::lexicon::WordMap;
use once_cell::sync::Lazy;

const SPEAKER_WORDS: &str = include_str!("../../data/lexicon/speaker_words.tsv");
const NEWS_OUTLETS: &str = include_str!("../../data/lexicon/news_outlets.tsv");

/// Class of a speaker word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum WordClass {
    /// Head noun of an unnamed source ("official").
    Anonymous,
    /// Head noun of an institution or document ("ministry", "report").
    Organization,
    /// A title or office word before a name ("Secretary").
    Title,
}

static OUTLETS: Lazy<Vec<&'static str>> = Lazy::new(|| lexicon::entries(NEWS_OUTLETS).collect());

/// ASCII-lowercase `s` into `buf`; `None` when too long or not ASCII.
/// A word with no capital comes back as it is, without a copy.
#[inline]
pub(crate) fn lower<'b>(s: &'b str, buf: &'b mut [u8; 32]) -> Option<&'b str> {
    let b = s.as_bytes();
    if b.len() > buf.len() || !b.is_ascii() {
        return None;
    }
    if !b.iter().any(u8::is_ascii_uppercase) {
        return Some(s);
    }
    for (d, c) in buf.iter_mut().zip(b) {
        *d = c.to_ascii_lowercase();
    }
    std::str::from_utf8(&buf[..b.len()]).ok()
}

/// Is `name` a listed news organisation?
pub(crate) fn is_outlet(name: &str) -> bool {
    let n = name
        .strip_prefix("the ")
        .or_else(|| name.strip_prefix("The "))
        .unwrap_or(name);
    OUTLETS.binary_search(&n).is_ok()
}

/// Is `l` (lowercase) a document someone issues, sends or posts, whose
/// words a quotation after it gives ("issued a statement: …", "a blunt
/// message to the board: …")?
pub(crate) fn is_document(l: &str) -> bool {
    matches!(
        l,
        "statement" | "message" | "letter" | "email" | "tweet" | "note" | "memo" | "warning"
    )
}

/// Subject pronouns that can be speakers.
const PRONOUNS: &[&str] = &["he", "she", "they", "i", "we", "it", "you"];

/// Words that may stand between a speaker and the cue: auxiliaries and adverbs.
const AUX_OR_ADVERBS: &[&str] = &[
    "being",
    "also",
    "later",
    "then",
    "has",
    "have",
    "had",
    "will",
    "would",
    "could",
    "can",
    "may",
    "might",
    "must",
    "should",
    "did",
    "does",
    "do",
    "not",
    "never",
    "once",
    "again",
    "earlier",
    "further",
    "only",
    "still",
    "already",
    "even",
    "often",
    "just",
    "first",
    "since",
    "is",
    "was",
    "are",
    "were",
    "been",
    "long",
    "in",
    "turn",
    "too",
    "all",
    "both",
    "always",
    "ever",
    "now",
    "sometimes",
    "soon",
    "though",
    "however",
    "thus",
    "therefore",
    "instead",
    "yet",
];

/// Forms of "be": a speech verb after them is passive ("he was told").
const BE_FORMS: &[&str] = &["is", "was", "are", "were", "been", "be", "being"];

/// Words ending in "ly" that are no adverbs.
const LY_NOUNS: &[&str] = &[
    "family", "ally", "assembly", "rally", "daily", "weekly", "monthly", "supply", "anomaly",
    "italy", "reilly", "kelly", "bully", "monopoly",
];

/// Words that end a speaker noun phrase when met walking away from the cue
/// (besides any word ending in "n't").
const NP_ENDERS: &[&str] = &[
    "having",
    "being",
    "that",
    "which",
    "who",
    "whom",
    "whose",
    "and",
    "or",
    "but",
    "nor",
    "when",
    "while",
    "because",
    "as",
    "if",
    "so",
    "than",
    "where",
    "after",
    "before",
    "since",
    "until",
    "though",
    "although",
    "whether",
    "what",
    "how",
    "why",
    "to",
    "is",
    "was",
    "are",
    "were",
    "be",
    "been",
    "has",
    "have",
    "had",
    "will",
    "would",
    "could",
    "can",
    "may",
    "might",
    "should",
    "must",
    "not",
    "did",
    "does",
    "do",
    "also",
    "he",
    "she",
    "they",
    "it",
    "we",
    "i",
    "you",
    "him",
    "her",
    "them",
    "us",
    "me",
    "there",
    "here",
    "this",
    "these",
    "those",
    "said",
    "says",
    "by",
    "about",
    "into",
    "then",
    "even",
    "once",
    "now",
    "yet",
    "however",
    "meanwhile",
    "still",
    "instead",
    "indeed",
    "thus",
    "hence",
    "finally",
    "later",
    "earlier",
    "previously",
    "recently",
    "separately",
    "likewise",
    "similarly",
    "moreover",
    "furthermore",
    "additionally",
    "ultimately",
    "again",
];

/// Determiners and possessive pronouns: a phrase may start with them, but a
/// speaker never ends with one.
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these",
    "those", "some", "many", "several", "two", "three", "one", "another", "other", "most", "few",
    "no", "each", "every", "any", "such",
];

/// Prepositions that may sit inside a speaker phrase after a common noun
/// ("a spokesman for the ministry", "people familiar with the talks").
const NP_PREPOSITIONS: &[&str] = &["of", "for", "with", "at", "from", "in", "on"];

/// Prepositions and time words that open an adverbial after a cue
/// ("said on Monday", "told reporters at the White House").
const ADVERBIAL_OPENERS: &[&str] = &[
    "on",
    "in",
    "of",
    "about",
    "for",
    "by",
    "against",
    "at",
    "during",
    "after",
    "before",
    "to",
    "from",
    "via",
    "through",
    "over",
    "last",
    "this",
    "late",
    "early",
    "earlier",
    "later",
    "yesterday",
    "today",
    "tonight",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "recently",
    "previously",
    "repeatedly",
    "publicly",
    "privately",
    "also",
    "again",
    "only",
    "then",
    "simply",
    "flatly",
    "bluntly",
    "frankly",
    "openly",
    "quietly",
    "loudly",
    "firmly",
    "angrily",
    "proudly",
    "confidently",
    "emphatically",
    "sarcastically",
    "jokingly",
    "once",
    "separately",
    "afterward",
    "afterwards",
    "shortly",
    "when",
    "while",
    "as",
    "under",
    "with",
    "without",
];

/// Words that open a sentence but are not part of a speaker phrase.
const SENTENCE_FILLERS: &[&str] = &[
    "nonetheless",
    "nevertheless",
    "moreover",
    "furthermore",
    "additionally",
    "again",
    "first",
    "finally",
    "but",
    "and",
    "still",
    "however",
    "meanwhile",
    "now",
    "yet",
    "so",
    "then",
    "also",
    "indeed",
    "instead",
    "later",
    "earlier",
    "separately",
    "previously",
    "on",
    "in",
    "at",
    "for",
    "last",
    "after",
    "before",
    "during",
    "when",
    "while",
    "as",
    "if",
    "because",
    "although",
    "though",
    "since",
    "speaking",
    "asked",
    "there",
];

/// Days, months and other time words: never a speaker.
const TIME_WORDS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "aug",
    "sept",
    "oct",
    "nov",
    "dec",
    "today",
    "yesterday",
    "tonight",
    "morning",
    "evening",
    "afternoon",
    "night",
];

/// Words naming a period after "this", "last" or "next" ("this week").
const PERIOD_WORDS: &[&str] = &[
    "week", "month", "year", "weekend", "spring", "summer", "fall", "autumn", "winter", "time",
    "season", "term", "session", "quarter", "decade", "century",
];

/// Finite verbs and auxiliaries that cannot open a reported clause
/// ("the question nobody asked was …").
const VERB_OPENERS: &[&str] = &[
    "is", "was", "were", "are", "has", "have", "had", "will", "would", "can", "could", "should",
    "may", "might", "must", "does", "did",
];

/// Verb particles: "cried out", "shot back", "called off".
const PARTICLES: &[&str] = &["out", "up", "off", "down", "away", "back"];

/// Nouns of saying whose owner says the words they hold ("her claim that
/// …", "Ruiz's warning that …", "his calls to …"; general English).
const SPEECH_NOUNS: &[&str] = &[
    "claim",
    "claims",
    "assertion",
    "assertions",
    "remark",
    "remarks",
    "warning",
    "warnings",
    "statement",
    "comment",
    "comments",
    "promise",
    "pledge",
    "vow",
    "message",
    "insistence",
    "argument",
    "suggestion",
    "contention",
    "call",
    "calls",
    "accusation",
    "prediction",
    "description",
    "declaration",
    "complaint",
    "boast",
];

/// Sentence adverbs set off by commas between a subject and its verb
/// ("The mayor, however, said", "Ruiz, meanwhile, who …").
const COMMA_ADVERBS: &[&str] = &[
    "meanwhile",
    "however",
    "too",
    "though",
    "also",
    "instead",
    "likewise",
    "moreover",
    "nevertheless",
    "nonetheless",
    "separately",
    "similarly",
    "later",
    "earlier",
];

/// The bits [`bits`] gives a word: one per closed class it belongs to.
pub(crate) mod bit {
    /// Subject pronouns that can be speakers.
    pub(crate) const PRONOUN: u32 = 1;
    /// Words that may stand between a speaker and the cue: auxiliaries and adverbs.
    pub(crate) const AUX_OR_ADVERB: u32 = 1 << 1;
    /// Forms of "be": a speech verb after them is passive ("he was told").
    pub(crate) const BE: u32 = 1 << 2;
    /// An "-ly" adverb, not a noun that happens to end in "ly".
    pub(crate) const LY_ADVERB: u32 = 1 << 3;
    /// Words that end a speaker noun phrase when met walking away from the cue.
    pub(crate) const ENDS_NP: u32 = 1 << 4;
    /// Determiners and possessive pronouns: a phrase may start with them, but a
    /// speaker never ends with one.
    pub(crate) const DETERMINER: u32 = 1 << 5;
    /// Prepositions that may sit inside a speaker phrase after a common noun.
    pub(crate) const NP_PREPOSITION: u32 = 1 << 6;
    /// Prepositions and time words that open an adverbial after a cue.
    pub(crate) const OPENS_ADVERBIAL: u32 = 1 << 7;
    /// Words that open a sentence but are not part of a speaker phrase.
    pub(crate) const SENTENCE_FILLER: u32 = 1 << 8;
    /// Days, months and other time words: never a speaker.
    pub(crate) const TIME: u32 = 1 << 9;
    /// Words naming a period after "this", "last" or "next" ("this week").
    pub(crate) const PERIOD: u32 = 1 << 10;
    /// Finite verbs and auxiliaries that cannot open a reported clause.
    pub(crate) const OPENS_WITH_VERB: u32 = 1 << 11;
    /// Verb particles: "cried out", "shot back", "called off".
    pub(crate) const PARTICLE: u32 = 1 << 12;
    /// A subject pronoun with a contracted auxiliary ("he's"): [`super::is_contracted_pronoun`].
    pub(crate) const CONTRACTED_PRONOUN: u32 = 1 << 13;
    /// Class [`super::WordClass::Anonymous`].
    pub(crate) const ANONYMOUS: u32 = 1 << 14;
    /// Class [`super::WordClass::Organization`].
    pub(crate) const ORGANIZATION: u32 = 1 << 15;
    /// Class [`super::WordClass::Title`].
    pub(crate) const TITLE: u32 = 1 << 16;
    /// Any [`super::WordClass`].
    pub(crate) const CLASS: u32 = ANONYMOUS | ORGANIZATION | TITLE;
    /// Ends with "ing".
    pub(crate) const ING: u32 = 1 << 17;
    /// Listed in `LY_NOUNS` (only inside the table: [`super::bits`] clears it).
    pub(crate) const LY_NOUN: u32 = 1 << 18;
    /// A noun of saying ("claim", "remark", "warning").
    pub(crate) const SPEECH_NOUN: u32 = 1 << 19;
    /// A sentence adverb set off by commas ("The mayor, however, said").
    pub(crate) const COMMA_ADVERB: u32 = 1 << 20;
}

/// Every closed list with its bit.
const LISTS: &[(&[&str], u32)] = &[
    (PRONOUNS, bit::PRONOUN),
    (AUX_OR_ADVERBS, bit::AUX_OR_ADVERB),
    (BE_FORMS, bit::BE),
    (LY_NOUNS, bit::LY_NOUN),
    (NP_ENDERS, bit::ENDS_NP),
    (DETERMINERS, bit::DETERMINER),
    (NP_PREPOSITIONS, bit::NP_PREPOSITION),
    (ADVERBIAL_OPENERS, bit::OPENS_ADVERBIAL),
    (SENTENCE_FILLERS, bit::SENTENCE_FILLER),
    (TIME_WORDS, bit::TIME),
    (PERIOD_WORDS, bit::PERIOD),
    (VERB_OPENERS, bit::OPENS_WITH_VERB),
    (PARTICLES, bit::PARTICLE),
    (SPEECH_NOUNS, bit::SPEECH_NOUN),
    (COMMA_ADVERBS, bit::COMMA_ADVERB),
];

/// The listed words with the bits of their closed classes (exact keys).
pub(crate) fn listed() -> impl Iterator<Item = (&'static str, u32)> {
    let speaker = lexicon::entries(SPEAKER_WORDS).filter_map(|l| {
        let (w, c) = l.split_once('\t')?;
        let c = match c {
            "anonymous" => bit::ANONYMOUS,
            "organization" => bit::ORGANIZATION,
            "title" => bit::TITLE,
            _ => return None,
        };
        Some((w, c))
    });
    LISTS
        .iter()
        .flat_map(|&(ws, b)| ws.iter().map(move |&w| (w, b)))
        .chain(speaker)
}

static WORDS: Lazy<WordMap<&'static str, u32>> = Lazy::new(|| {
    let mut m: WordMap<&'static str, u32> = WordMap::default();
    for (w, b) in listed() {
        *m.entry(w).or_insert(0) |= b;
    }
    m
});

/// The class bits of a (lowercased) word: see [`bit`].
pub(crate) fn bits(lw: &str) -> u32 {
    with_open_classes(lw, WORDS.get(lw).copied().unwrap_or(0))
}

/// `listed`, the bits of `lw` in the closed lists, plus the classes defined by
/// a word's shape ("-ly" adverbs, "-n't" forms, "-ing" forms, "he's").
#[inline]
pub(crate) fn with_open_classes(lw: &str, listed: u32) -> u32 {
    let b = lw.as_bytes();
    let mut bits = listed & !bit::LY_NOUN;
    if b.len() < 3 {
        return bits;
    }
    if b.len() > 4 && b.ends_with(b"ly") && listed & bit::LY_NOUN == 0 {
        bits |= bit::LY_ADVERB;
    }
    if b.ends_with(b"ing") {
        bits |= bit::ING;
    }
    if b.ends_with(b"n't") || b.ends_with("n’t".as_bytes()) {
        bits |= bit::ENDS_NP;
    }
    // Only a short word starting like a pronoun and holding an apostrophe
    // (byte 0xE2 opens '’') may be "he's".
    if b.len() <= 9
        && matches!(b[0], b'h' | b's' | b'i' | b't' | b'w' | b'y')
        && b.iter().any(|&c| c == b'\'' || c == 0xE2)
        && is_contracted_pronoun(lw)
    {
        bits |= bit::CONTRACTED_PRONOUN;
    }
    bits
}

/// The class of a (lowercased) word, if listed.
pub(crate) fn class(lw: &str) -> Option<WordClass> {
    class_of(bits(lw))
}

/// The class that `bits` (of [`bits`]) hold, if any.
#[inline]
pub(crate) fn class_of(bits: u32) -> Option<WordClass> {
    if bits & bit::ANONYMOUS != 0 {
        Some(WordClass::Anonymous)
    } else if bits & bit::ORGANIZATION != 0 {
        Some(WordClass::Organization)
    } else if bits & bit::TITLE != 0 {
        Some(WordClass::Title)
    } else {
        None
    }
}

/// Determiners and possessive pronouns: a phrase may start with them, but a
/// speaker never ends with one.
pub(crate) fn is_determiner(lw: &str) -> bool {
    bits(lw) & bit::DETERMINER != 0
}

/// Words that open a sentence but are not part of a speaker phrase.
pub(crate) fn is_sentence_filler(lw: &str) -> bool {
    bits(lw) & bit::SENTENCE_FILLER != 0
}

/// Words of an organisation's name that end it ("Post", "Ministry").
pub(crate) fn is_org_suffix(w: &str) -> bool {
    matches!(
        w,
        "Post"
            | "Times"
            | "News"
            | "Party"
            | "Ministry"
            | "Department"
            | "Agency"
            | "Council"
            | "Committee"
            | "Commission"
            | "Service"
            | "Bank"
            | "Institute"
            | "University"
            | "Corp"
            | "Inc"
            | "Group"
            | "Association"
            | "Union"
            | "Foundation"
            | "House"
            | "Office"
            | "Court"
            | "Journal"
            | "Network"
            | "Center"
            | "Centre"
            | "Campaign"
            | "Administration"
            | "Congress"
            | "Senate"
            | "Police"
            | "Army"
            | "Navy"
            | "Kremlin"
            | "Pentagon"
            | "Press"
            | "Magazine"
            | "Tribune"
            | "Herald"
            | "Guardian"
            | "Telegraph"
            | "Review"
            | "Board"
            | "Bureau"
            | "Authority"
            | "Company"
            | "Co"
            | "Ltd"
            | "LLC"
            | "Fund"
            | "Coalition"
            | "Alliance"
            | "Organization"
            | "Organisation"
            | "Federation"
            | "Government"
            | "Secretariat"
            | "Parliament"
            | "Cabinet"
            | "Forces"
            | "Guard"
            | "Watch"
            | "Report"
            | "Project"
            | "Poll"
            | "Survey"
    )
}

/// A subject pronoun with a contracted auxiliary ("he's", "they’re").
pub(crate) fn is_contracted_pronoun(lw: &str) -> bool {
    // At most "they" + "’" + "ll"; every listed pronoun starts with one of these.
    if lw.len() > 9
        || !matches!(
            lw.as_bytes().first(),
            Some(b'h' | b's' | b'i' | b't' | b'w' | b'y')
        )
    {
        return false;
    }
    let Some((p, aux)) = lw.split_once('\'').or_else(|| lw.split_once('’')) else {
        return false;
    };
    matches!(p, "he" | "she" | "it" | "they" | "we" | "i" | "you")
        && matches!(aux, "s" | "re" | "m" | "ve" | "d" | "ll")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contracted_pronouns() {
        for (w, want) in [
            ("he's", true),
            ("they’ll", true),
            ("they’re", true),
            ("i'm", true),
            ("you'd", true),
            ("we've", true),
            ("it’s", true),
            ("she'll", true),
            ("he", false),
            ("he'", false),
            ("hes", false),
            ("they'lll", false),
            ("theirs'll", false),
            ("o'brien", false),
            ("bob's", false),
            ("", false),
        ] {
            assert_eq!(is_contracted_pronoun(w), want, "{w}");
        }
    }
}
