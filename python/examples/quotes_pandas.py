#!/usr/bin/env python3
"""Who gets quoted: a DataFrame of articles in, a DataFrame of quotes out.

    python3 quotes_pandas.py articles.jsonl [quotes.csv]

The input is JSON lines (or anything pandas reads into the columns below)
with one article per line: ``id``, ``outlet``, ``text`` and, optionally,
``date`` ("YYYY-MM-DD", the publication date). The script prints each
outlet's share of quotes by the speaker's gender and writes the quotes table
as CSV. In a notebook, import ``quotes_table`` and ``gender_share``.
"""

import sys

import pandas as pd

import reportage

def quotes_table(articles: pd.DataFrame, extractor=None, jobs=None) -> pd.DataFrame:
    """One row per quote of every article.

    ``articles`` needs a ``text`` column; ``date`` (str, date or None) is used
    when present, and every other column (id, outlet, ...) is carried over to
    the quotes. Columns added: ``kind`` (direct, mixed, indirect), ``quote``
    (the reported words), ``speaker`` (the resolved name, or None),
    ``speaker_type`` (person, organization, anonymous, pronoun, other),
    ``source`` (named, anonymous, unresolved, or none when no speaker was
    found), ``gender`` (female, male or unknown: known for people only),
    ``cue`` (the speech verb) and ``rule``.
    """
    ex = extractor or reportage.Extractor()
    dates = None
    if "date" in articles:
        # Missing dates (None, NaN, NaT) become None: the text's marker, if any, gives them.
        dates = [None if pd.isna(d) else d for d in articles["date"]]
    # Columns, not dicts: every quote of every article, each row with "doc", the
    # index of its article.
    tables = ex.analyze_tables(articles["text"].tolist(), jobs=jobs, dates=dates,
                               tables=["documents", "quotes"])
    quotes = pd.DataFrame(tables["quotes"])
    carried = [c for c in articles.columns if c not in ("text", "date")]
    meta = articles[carried].reset_index(drop=True)
    meta["date"] = tables["documents"]["date"]  # given, or read from the text
    rows = meta.iloc[quotes["doc"].to_numpy(dtype="int64")].reset_index(drop=True)
    return pd.concat([rows, pd.DataFrame({
        "kind": quotes["kind"],
        "quote": quotes["content"],
        "speaker": quotes["speaker"],
        "speaker_type": quotes["speaker_type"],
        "source": quotes["source"],
        "gender": quotes["gender"].fillna("unknown"),
        "cue": quotes["cue"],
        "rule": quotes["rule"],
    })], axis=1)


def gender_share(quotes: pd.DataFrame, by: str = "outlet") -> pd.DataFrame:
    """Each outlet's share of quotes by the speaker's gender (rows sum to 1),
    over the quotes whose speaker is a named person, with their count."""
    people = quotes[quotes["speaker_type"] == "person"]
    share = pd.crosstab(people[by], people["gender"], normalize="index")
    share["quotes"] = people.groupby(by).size()
    return share


def main(argv):
    if len(argv) < 2:
        sys.exit(__doc__)
    # No type guessing: ids and dates stay as written (a date may also come as a
    # Timestamp from older pandas, which analyze_tables takes as well).
    articles = pd.read_json(argv[1], lines=True, dtype=False)
    quotes = quotes_table(articles)
    out = argv[2] if len(argv) > 2 else "quotes.csv"
    quotes.to_csv(out, index=False)
    print(f"{len(quotes)} quotes from {len(articles)} articles -> {out}\n")
    print(quotes["source"].value_counts().to_string(), "\n")
    print(gender_share(quotes).round(3).to_string())


if __name__ == "__main__":
    main(sys.argv)
