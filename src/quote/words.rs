//! Small closed word classes the quote rules test tokens against.

use super::cues::WordMap;
use crate::lexicon;
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

static CLASSES: Lazy<WordMap<&'static str, WordClass>> = Lazy::new(|| {
    lexicon::entries(SPEAKER_WORDS)
        .filter_map(|l| {
            let (w, c) = l.split_once('\t')?;
            let c = match c {
                "anonymous" => WordClass::Anonymous,
                "organization" => WordClass::Organization,
                "title" => WordClass::Title,
                _ => return None,
            };
            Some((w, c))
        })
        .collect()
});

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

/// The class of a (lowercased) word, if listed.
pub(crate) fn class(lw: &str) -> Option<WordClass> {
    CLASSES.get(lw).copied()
}

/// Is `name` a listed news organisation?
pub(crate) fn is_outlet(name: &str) -> bool {
    let n = name
        .strip_prefix("the ")
        .or_else(|| name.strip_prefix("The "))
        .unwrap_or(name);
    OUTLETS.binary_search(&n).is_ok()
}

/// Subject pronouns that can be speakers.
pub(crate) fn is_pronoun(lw: &str) -> bool {
    matches!(lw, "he" | "she" | "they" | "i" | "we" | "it" | "you")
}

/// Words that may stand between a speaker and the cue: auxiliaries and adverbs.
pub(crate) fn is_aux_or_adverb(lw: &str) -> bool {
    matches!(
        lw,
        "being"
            | "also"
            | "later"
            | "then"
            | "has"
            | "have"
            | "had"
            | "will"
            | "would"
            | "could"
            | "can"
            | "may"
            | "might"
            | "must"
            | "should"
            | "did"
            | "does"
            | "do"
            | "not"
            | "never"
            | "once"
            | "again"
            | "earlier"
            | "further"
            | "only"
            | "still"
            | "already"
            | "even"
            | "often"
            | "just"
            | "first"
            | "since"
            | "is"
            | "was"
            | "are"
            | "were"
            | "been"
            | "long"
            | "in"
            | "turn"
            | "too"
            | "all"
            | "both"
    )
}

/// Forms of "be": a speech verb after them is passive ("he was told").
pub(crate) fn is_be(lw: &str) -> bool {
    matches!(lw, "is" | "was" | "are" | "were" | "been" | "be" | "being")
}

/// An "-ly" adverb, not a noun that happens to end in "ly".
pub(crate) fn is_ly_adverb(lw: &str) -> bool {
    lw.len() > 4
        && lw.ends_with("ly")
        && !matches!(
            lw,
            "family"
                | "ally"
                | "assembly"
                | "rally"
                | "daily"
                | "weekly"
                | "monthly"
                | "supply"
                | "anomaly"
                | "italy"
                | "reilly"
                | "kelly"
                | "bully"
                | "monopoly"
        )
}

/// Words that end a speaker noun phrase when met walking away from the cue.
pub(crate) fn ends_np(lw: &str) -> bool {
    lw.ends_with("n't")
        || lw.ends_with("n’t")
        || matches!(
            lw,
            "having"
                | "being"
                | "that"
                | "which"
                | "who"
                | "whom"
                | "whose"
                | "and"
                | "or"
                | "but"
                | "nor"
                | "when"
                | "while"
                | "because"
                | "as"
                | "if"
                | "so"
                | "than"
                | "where"
                | "after"
                | "before"
                | "since"
                | "until"
                | "though"
                | "although"
                | "whether"
                | "what"
                | "how"
                | "why"
                | "to"
                | "is"
                | "was"
                | "are"
                | "were"
                | "be"
                | "been"
                | "has"
                | "have"
                | "had"
                | "will"
                | "would"
                | "could"
                | "can"
                | "may"
                | "might"
                | "should"
                | "must"
                | "not"
                | "did"
                | "does"
                | "do"
                | "also"
                | "he"
                | "she"
                | "they"
                | "it"
                | "we"
                | "i"
                | "you"
                | "him"
                | "her"
                | "them"
                | "us"
                | "me"
                | "there"
                | "here"
                | "this"
                | "these"
                | "those"
                | "said"
                | "says"
                | "by"
                | "about"
                | "into"
                | "then"
                | "even"
                | "once"
                | "now"
                | "yet"
                | "however"
                | "meanwhile"
                | "still"
                | "instead"
                | "indeed"
                | "thus"
                | "hence"
                | "finally"
                | "later"
                | "earlier"
                | "previously"
                | "recently"
                | "separately"
                | "likewise"
                | "similarly"
                | "moreover"
                | "furthermore"
                | "additionally"
                | "ultimately"
                | "again"
        )
}

/// Determiners and possessive pronouns: a phrase may start with them, but a
/// speaker never ends with one.
pub(crate) fn is_determiner(lw: &str) -> bool {
    matches!(
        lw,
        "the"
            | "a"
            | "an"
            | "his"
            | "her"
            | "its"
            | "their"
            | "our"
            | "my"
            | "your"
            | "this"
            | "that"
            | "these"
            | "those"
            | "some"
            | "many"
            | "several"
            | "two"
            | "three"
            | "one"
            | "another"
            | "other"
            | "most"
            | "few"
            | "no"
            | "each"
            | "every"
            | "any"
            | "such"
    )
}

/// Prepositions that may sit inside a speaker phrase after a common noun
/// ("a spokesman for the ministry", "people familiar with the talks").
pub(crate) fn is_np_preposition(lw: &str) -> bool {
    matches!(lw, "of" | "for" | "with" | "at" | "from" | "in" | "on")
}

/// Prepositions and time words that open an adverbial after a cue
/// ("said on Monday", "told reporters at the White House").
pub(crate) fn opens_adverbial(lw: &str) -> bool {
    matches!(
        lw,
        "on" | "in"
            | "of"
            | "about"
            | "for"
            | "by"
            | "against"
            | "at"
            | "during"
            | "after"
            | "before"
            | "to"
            | "from"
            | "via"
            | "through"
            | "over"
            | "last"
            | "this"
            | "late"
            | "early"
            | "earlier"
            | "later"
            | "yesterday"
            | "today"
            | "tonight"
            | "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "recently"
            | "previously"
            | "repeatedly"
            | "publicly"
            | "privately"
            | "also"
            | "again"
            | "only"
            | "then"
            | "simply"
            | "flatly"
            | "bluntly"
            | "frankly"
            | "openly"
            | "quietly"
            | "loudly"
            | "firmly"
            | "angrily"
            | "proudly"
            | "confidently"
            | "emphatically"
            | "sarcastically"
            | "jokingly"
            | "once"
            | "separately"
            | "afterward"
            | "afterwards"
            | "shortly"
            | "when"
            | "while"
            | "as"
            | "under"
            | "with"
            | "without"
    )
}

/// Words that open a sentence but are not part of a speaker phrase.
pub(crate) fn is_sentence_filler(lw: &str) -> bool {
    matches!(
        lw,
        "nonetheless"
            | "nevertheless"
            | "moreover"
            | "furthermore"
            | "additionally"
            | "again"
            | "first"
            | "finally"
            | "but"
            | "and"
            | "still"
            | "however"
            | "meanwhile"
            | "now"
            | "yet"
            | "so"
            | "then"
            | "also"
            | "indeed"
            | "instead"
            | "later"
            | "earlier"
            | "separately"
            | "previously"
            | "on"
            | "in"
            | "at"
            | "for"
            | "last"
            | "after"
            | "before"
            | "during"
            | "when"
            | "while"
            | "as"
            | "if"
            | "because"
            | "although"
            | "though"
            | "since"
            | "speaking"
            | "asked"
            | "there"
    )
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

/// Days, months and other time words: never a speaker.
pub(crate) fn is_time_word(lw: &str) -> bool {
    matches!(
        lw,
        "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "january"
            | "february"
            | "march"
            | "april"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "jan"
            | "feb"
            | "aug"
            | "sept"
            | "oct"
            | "nov"
            | "dec"
            | "today"
            | "yesterday"
            | "tonight"
            | "morning"
            | "evening"
            | "afternoon"
            | "night"
    )
}

/// Words naming a period after "this", "last" or "next" ("this week").
pub(crate) fn is_period_word(lw: &str) -> bool {
    matches!(
        lw,
        "week"
            | "month"
            | "year"
            | "weekend"
            | "spring"
            | "summer"
            | "fall"
            | "autumn"
            | "winter"
            | "time"
            | "season"
            | "term"
            | "session"
            | "quarter"
            | "decade"
            | "century"
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

/// Finite verbs and auxiliaries that cannot open a reported clause
/// ("the question nobody asked was …").
pub(crate) fn opens_with_verb(lw: &str) -> bool {
    matches!(
        lw,
        "is" | "was"
            | "were"
            | "are"
            | "has"
            | "have"
            | "had"
            | "will"
            | "would"
            | "can"
            | "could"
            | "should"
            | "may"
            | "might"
            | "must"
            | "does"
            | "did"
    )
}

/// Verb particles: "cried out", "shot back", "called off".
pub(crate) fn is_particle(lw: &str) -> bool {
    matches!(lw, "out" | "up" | "off" | "down" | "away" | "back")
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
