"""The schema of a report, as TypedDicts (for type checkers and readers).

A report is what ``reportage.analyze`` returns: plain dicts and lists, the
same as the JSON ``extract --jsonl`` writes (schema version 2). Every layer is
sorted by ``start``. The values of a ``reportage.Report`` (what
``Extractor.analyze_many`` returns) are these dicts and lists too, and its
``to_dict()`` is a ``types.Report``. (``reportage.Report`` is that class;
the TypedDict of the whole report is ``reportage.types.Report``.)
"""

from typing import List, Literal, Optional, TypedDict

Label = Literal[
    "PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "DATE", "TIME", "MONEY", "PERCENT"
]
QuoteKind = Literal["direct", "mixed", "indirect"]
SpeakerType = Literal["person", "organization", "anonymous", "pronoun", "other"]
Gender = Literal["male", "female"]


class Span(TypedDict):
    """A stretch of the text, its offsets counted three ways (ends exclusive):
    code points (``text[start:end]`` in Python), UTF-8 bytes and UTF-16 code
    units (JavaScript, Java); and the covered text."""

    start: int
    end: int
    byte_start: int
    byte_end: int
    utf16_start: int
    utf16_end: int
    text: str


class _EntityBase(Span):
    label: Label
    rule: str


class Entity(_EntityBase, total=False):
    """A named entity or value expression; ``value`` (a normalised value such
    as ``"2025-11-19"`` for a DATE) is present only when known."""

    value: str


class _PersonBase(TypedDict):
    id: int
    name: str
    titles: List[str]
    mentions: List[Span]


class Person(_PersonBase, total=False):
    """One person of the article: ``name`` is the fullest name used, ``id`` the
    index in ``people``; ``gender`` is present only when known."""

    gender: Gender


class Speaker(Span):
    """Who said it: the mention nearest the quote, what kind of source it is,
    the index of the person in ``people`` (or None) and the resolved name."""

    type: SpeakerType
    person: Optional[int]
    name: str


class Quote(Span):
    """Reported words: the whole quote's span, its kind, the reported words
    (one span per fragment), the speech cue and the speaker."""

    kind: QuoteKind
    content: List[Span]
    cue: Optional[Span]
    speaker: Optional[Speaker]
    rule: str


class Report(TypedDict):
    """The analysis of one text."""

    schema: int
    date: Optional[str]
    paragraphs: List[Span]
    sentences: List[Span]
    entities: List[Entity]
    people: List[Person]
    quotes: List[Quote]


__all__ = ["Entity", "Gender", "Label", "Person", "Quote", "QuoteKind", "Report", "Span",
           "Speaker", "SpeakerType"]
