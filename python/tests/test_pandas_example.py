"""examples/quotes_pandas.py on the test articles."""

import pandas as pd

import reportage
from articles import ARTICLES
from quotes_pandas import gender_share, quotes_table


def test_quotes_table_has_one_row_per_quote_with_its_speaker():
    articles = pd.DataFrame(ARTICLES)
    quotes = quotes_table(articles, jobs=2)
    reports = [reportage.analyze(a["text"], date=a["date"]) for a in ARTICLES]
    assert len(quotes) == sum(len(r["quotes"]) for r in reports)
    # Rows follow the articles, and carry their columns.
    want_ids = [a["id"] for a, r in zip(ARTICLES, reports) for _ in r["quotes"]]
    assert quotes["id"].tolist() == want_ids
    assert set(quotes["outlet"]) == {"Coast Courier", "Valley Times"}
    row = quotes[quotes["quote"] == "The swell has dropped,"].iloc[0]
    assert (row["speaker"], row["kind"], row["gender"], row["source"]) == (
        "Tova Lindqvist", "direct", "female", "named")
    anon = quotes[quotes["speaker"] == "A port official"].iloc[0]
    assert (anon["source"], anon["gender"]) == ("anonymous", "unknown")
    # The date column: given, or read from the text's marker.
    assert set(quotes[quotes["id"] == "unicode-1"]["date"]) == {"2025-05-30"}
    assert set(quotes["source"]) <= {"named", "anonymous", "unresolved", "none"}


def test_gender_share_sums_to_one_per_outlet():
    quotes = quotes_table(pd.DataFrame(ARTICLES))
    share = gender_share(quotes)
    genders = [c for c in share.columns if c != "quotes"]
    assert ((share[genders].sum(axis=1) - 1).abs() < 1e-9).all()
    people = quotes[quotes["speaker_type"] == "person"]
    for outlet, n in people.groupby("outlet").size().items():
        assert share.loc[outlet, "quotes"] == n
        female = (people[people["outlet"] == outlet]["gender"] == "female").sum()
        assert abs(share.loc[outlet, "female"] - female / n) < 1e-9


def test_articles_without_a_date_column():
    articles = pd.DataFrame(ARTICLES).drop(columns=["date"])
    quotes = quotes_table(articles)
    assert len(quotes) > 0
    assert "date" in quotes.columns


def test_main_reads_json_lines_and_writes_the_quotes(tmp_path, capsys):
    import json

    from quotes_pandas import main

    archive, out = tmp_path / "articles.jsonl", tmp_path / "quotes.csv"
    archive.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    main(["quotes_pandas.py", str(archive), str(out)])
    written = pd.read_csv(out, dtype=str)
    want = quotes_table(pd.DataFrame(ARTICLES))
    assert len(written) == len(want) > 0
    assert written["date"].tolist() == want["date"].tolist()
    assert f"{len(want)} quotes from {len(ARTICLES)} articles" in capsys.readouterr().out
