"""Type stubs of the native module (re-exported by ``reportage``)."""

import datetime
from typing import (
    Any,
    Dict,
    ItemsView,
    Iterable,
    Iterator,
    KeysView,
    List,
    Literal,
    Mapping,
    Optional,
    Tuple,
    Union,
    ValuesView,
    final,
    overload,
)

from . import types
from .types import Entity, Person, Quote, Span

DateLike = Union[str, datetime.date, None]

SCHEMA_VERSION: int
TABLES: Tuple[str, ...]
"""Every table ``Extractor.analyze_tables`` can make, in the order of its result."""
__version__: str

class Extractor:
    """Finds sentences, entities, people and attributed quotes in English news.

    Build one with your additions to the word lists, then call ``analyze``
    or ``analyze_many`` as often as you like; it is safe to share between
    threads. Raises ValueError when an entry holds no word.
    """

    def __init__(
        self,
        *,
        organizations: Optional[Iterable[str]] = None,
        people: Optional[Iterable[str]] = None,
        places: Optional[Iterable[str]] = None,
        titles: Optional[Iterable[str]] = None,
        speech_verbs: Optional[Iterable[str]] = None,
        entities: Optional[Iterable[Tuple[str, str]]] = None,
        exclude: Optional[Iterable[str]] = None,
        patterns: Optional[Iterable[Tuple[str, str]]] = None,
        given_names: Optional[Mapping[str, Optional[str]]] = None,
        replace_given_names: bool = False,
        quotes: bool = True,
    ) -> None:
        """All keyword-only. ``entities``: (label, name) pairs, label an
        OntoNotes name ("EVENT", "FAC", ...); ``exclude``: texts never made an
        entity; ``patterns``: (label, regex) pairs; ``given_names``: given
        name -> "male", "female" or None, over the embedded list (instead of
        it with ``replace_given_names=True``); ``quotes=False`` skips the
        quote pass. Raises ValueError on an entry without a word, an unknown
        label or gender, or a pattern that does not compile."""
    def analyze(self, text: str, date: DateLike = None) -> types.Report:
        """Analyse one text; returns its report (the JSON schema, as dicts).

        ``date``: the publication date ("YYYY-MM-DD" or a datetime.date) that
        relative dates are resolved against; when None, a leading
        ``date YYYY-MM-DD`` line of the text gives it. A malformed date string
        raises ValueError.
        """
    def analyze_json(self, text: str, date: DateLike = None) -> str:
        """Analyse one text; returns its report as one line of JSON."""
    @overload
    def analyze_many(
        self,
        texts: Iterable[str],
        jobs: Optional[int] = None,
        dates: Optional[Iterable[DateLike]] = None,
        *,
        dicts: Literal[False] = False,
    ) -> List[Report]:
        """Analyse many texts on ``jobs`` threads (default: all cores);
        returns their reports in input order. ``dates`` holds one date per
        text (None where unknown). The analysis runs without the GIL.

        Each report is a ``Report``, whose values are made when first read;
        with ``dicts=True``, plain dicts (``analyze``'s), all built before
        the call returns."""
    @overload
    def analyze_many(
        self,
        texts: Iterable[str],
        jobs: Optional[int] = None,
        dates: Optional[Iterable[DateLike]] = None,
        *,
        dicts: Literal[True],
    ) -> List[types.Report]: ...
    def analyze_tables(
        self,
        texts: Iterable[str],
        jobs: Optional[int] = None,
        dates: Optional[Iterable[DateLike]] = None,
        tables: Optional[Iterable[str]] = None,
    ) -> Dict[str, Dict[str, List[Any]]]:
        """Analyse many texts like ``analyze_many``; returns their reports as
        tables: a dict of table name to table, each table a dict of column
        name to list (one item per row), ready for ``pandas.DataFrame(t)``,
        ``pyarrow.table(t)`` or ``spark.createDataFrame``.

        ``tables`` names the tables to make, out of ``TABLES`` (default:
        documents, quotes, people, entities); an unknown name raises
        ValueError. Every row has ``doc``, the index of its text in
        ``texts``; ``start``/``end`` columns are code points (``text[start:end]``),
        and a missing value is None.

        - documents: doc, date ("YYYY-MM-DD" or None), and the counts
          sentences, entities, people, quotes.
        - quotes: doc, quote (its index in the report's quotes), start, end,
          text (the whole quote), kind, content (the reported words, fragments
          joined with " … "), cue, cue_start, cue_end, speaker (the resolved
          name), speaker_text (the mention as written), speaker_start,
          speaker_end, speaker_type (person, organization, anonymous,
          pronoun, other), person (index in the document's people), gender
          (of that person: female, male or None), source ("named": a person
          or organisation; "anonymous"; "unresolved": a pronoun or other
          phrase; "none": no speaker found), rule.
        - content: doc, quote, start, end, text: each fragment of the
          reported words.
        - people: doc, person, name, titles (list of str), gender, mentions
          (how many), quotes (how many the person is the speaker of).
        - mentions: doc, person, start, end, text.
        - entities: doc, start, end, text, label, value, rule.
        - sentences, paragraphs: doc, start, end, text.
        """
    def analyze_many_json(
        self,
        texts: Iterable[str],
        jobs: Optional[int] = None,
        dates: Optional[Iterable[DateLike]] = None,
    ) -> List[str]:
        """Like ``analyze_many``, but each report is one line of JSON."""

@final
class Report(Mapping[str, Any]):
    """The report of one text from ``Extractor.analyze_many``: a read-only
    mapping with the keys and values of ``analyze``'s dict, in the same
    order. Each value is made (as plain dicts and lists) when first read, and
    kept: ``r["quotes"] is r["quotes"]``. Not made by hand."""

    @overload
    def __getitem__(self, key: Literal["schema"], /) -> int: ...
    @overload
    def __getitem__(self, key: Literal["date"], /) -> Optional[str]: ...
    @overload
    def __getitem__(self, key: Literal["paragraphs", "sentences"], /) -> List[Span]: ...
    @overload
    def __getitem__(self, key: Literal["entities"], /) -> List[Entity]: ...
    @overload
    def __getitem__(self, key: Literal["people"], /) -> List[Person]: ...
    @overload
    def __getitem__(self, key: Literal["quotes"], /) -> List[Quote]: ...
    @overload
    def __getitem__(self, key: str, /) -> Any: ...
    def __iter__(self) -> Iterator[str]: ...
    def __len__(self) -> int: ...
    def __contains__(self, key: object, /) -> bool: ...
    def get(self, key: str, default: Any = None) -> Any: ...
    def keys(self) -> KeysView[str]: ...
    def values(self) -> ValuesView[Any]: ...
    def items(self) -> ItemsView[str, Any]: ...
    def to_dict(self) -> types.Report:
        """The whole report as a new plain dict (equal to ``analyze``'s)."""
    def to_json(self) -> str:
        """The report as one line of JSON (as ``analyze_json`` writes it)."""
    def __eq__(self, other: object, /) -> bool:
        """Equal to a dict or Report with the same keys and values."""
    def __reduce__(self) -> Tuple[Any, ...]:
        """Pickles as its plain dict."""

def analyze(text: str, date: DateLike = None) -> types.Report:
    """Analyse one text with the default extractor; returns its report."""

def analyze_json(text: str, date: DateLike = None) -> str:
    """Analyse one text with the default extractor; returns its report as JSON."""

def rules() -> List[dict]:
    """Every rule an entity or quote can name: dicts of id, what, example."""
