"""Who said what in a news article.

``reportage`` reads English news text and finds its sentences, named entities
(people with their titles, organisations, places, nationalities, dates with
normalised values), the people of the article, and every quote (direct, mixed
and reported) attributed to a resolved speaker. Every entity and quote names
the rule that made it. Rules and word lists, no model: the analysis runs in
Rust, without the GIL.

>>> import reportage
>>> r = reportage.analyze('"We will rebuild," Mayor Ann Lee said on Monday.', date="2025-06-02")
>>> q = r["quotes"][0]
>>> q["kind"], q["speaker"]["name"], q["content"][0]["text"]
('direct', 'Ann Lee', 'We will rebuild,')

A report is plain dicts and lists, with the schema of the JSON the
``extract --jsonl`` command writes (see ``reportage.types`` for its TypedDicts):
offsets ``start``/``end`` are code points (index the str with them),
``byte_start``/``byte_end`` and ``utf16_start``/``utf16_end`` the same span
in UTF-8 bytes and UTF-16 code units.

For many texts, build an ``Extractor`` once and call ``analyze_many``, which
runs on several threads and returns the reports in input order, each a
``reportage.Report``: a read-only mapping with the same keys and values,
each value made when first read (``to_dict()`` gives the plain dict,
``to_json()`` the JSON). ``analyze_tables`` gives a batch as columns.
"""

from collections.abc import Mapping as _Mapping

from ._reportage import (
    SCHEMA_VERSION,
    TABLES,
    Extractor,
    Report,
    __version__,
    analyze,
    analyze_json,
    rules,
)
from .types import Entity, Person, Quote, Span, Speaker

# A Report is a read-only mapping: isinstance(report, collections.abc.Mapping).
_Mapping.register(Report)

__all__ = [
    "SCHEMA_VERSION",
    "Entity",
    "Extractor",
    "Person",
    "Quote",
    "Report",
    "Span",
    "Speaker",
    "TABLES",
    "__version__",
    "analyze",
    "analyze_json",
    "rules",
]
