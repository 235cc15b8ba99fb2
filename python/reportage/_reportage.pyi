"""Type stubs of the native module (re-exported by ``reportage``)."""

import datetime
from typing import Iterable, List, Mapping, Optional, Tuple, Union

from .types import Report

DateLike = Union[str, datetime.date, None]

SCHEMA_VERSION: int
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
    def analyze(self, text: str, date: DateLike = None) -> Report:
        """Analyse one text; returns its report (the JSON schema, as dicts).

        ``date``: the publication date ("YYYY-MM-DD" or a datetime.date) that
        relative dates are resolved against; when None, a leading
        ``date YYYY-MM-DD`` line of the text gives it. A malformed date string
        raises ValueError.
        """
    def analyze_json(self, text: str, date: DateLike = None) -> str:
        """Analyse one text; returns its report as one line of JSON."""
    def analyze_many(
        self,
        texts: Iterable[str],
        jobs: Optional[int] = None,
        dates: Optional[Iterable[DateLike]] = None,
    ) -> List[Report]:
        """Analyse many texts on ``jobs`` threads (default: all cores);
        returns their reports in input order. ``dates`` holds one date per
        text (None where unknown). The analysis runs without the GIL."""
    def analyze_many_json(
        self,
        texts: Iterable[str],
        jobs: Optional[int] = None,
        dates: Optional[Iterable[DateLike]] = None,
    ) -> List[str]:
        """Like ``analyze_many``, but each report is one line of JSON."""

def analyze(text: str, date: DateLike = None) -> Report:
    """Analyse one text with the default extractor; returns its report."""

def analyze_json(text: str, date: DateLike = None) -> str:
    """Analyse one text with the default extractor; returns its report as JSON."""

def rules() -> List[dict]:
    """Every rule an entity or quote can name: dicts of id, what, example."""
