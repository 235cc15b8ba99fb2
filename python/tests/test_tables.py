"""Extractor.analyze_tables: the reports as columns, agreeing with the dicts."""

import os

import pytest

import reportage
from articles import ARTICLES

ROOT = os.path.join(os.path.dirname(__file__), "..", "..")
SAMPLE = open(os.path.join(ROOT, "data", "sample", "article.txt"), encoding="utf-8").read()
# Astral characters before the quotes shift code points against UTF-16 units and bytes.
ASTRAL = ("\U0001F30A Surf report \U0001D49C\n\n"
          "\"The reef break is closed,\" lifeguard Mere Tuhiwai said on Sunday. "
          "\"Come back when the swell \U0001F30A drops,\" she told surfers, \"not before.\" "
          "A council spokesman said the beach would reopen.")
TEXTS = [SAMPLE] + [a["text"] for a in ARTICLES] + [ASTRAL, ""]

SOURCE = {"person": "named", "organization": "named", "anonymous": "anonymous",
          "pronoun": "unresolved", "other": "unresolved"}


def rows(table):
    """A table (dict of columns) as a list of row dicts; every column as long as the others."""
    lengths = {name: len(col) for name, col in table.items()}
    assert len(set(lengths.values())) <= 1, lengths
    return [dict(zip(table, values)) for values in zip(*table.values())]


@pytest.fixture(scope="module")
def ex():
    return reportage.Extractor()


@pytest.fixture(scope="module")
def reports(ex):
    return ex.analyze_many(TEXTS, jobs=1)


@pytest.fixture(scope="module")
def tables(ex):
    return ex.analyze_tables(TEXTS, jobs=2, tables=reportage.TABLES)


def test_default_tables_and_every_table(ex, tables):
    assert list(ex.analyze_tables(TEXTS[:2])) == ["documents", "quotes", "people", "entities"]
    assert list(tables) == list(reportage.TABLES)
    assert list(ex.analyze_tables(TEXTS[:2], tables=["people"])) == ["people"]


def test_quotes_agree_with_the_dicts(reports, tables):
    want = []
    for d, r in enumerate(reports):
        for i, q in enumerate(r["quotes"]):
            sp, cue = q["speaker"], q["cue"]
            person = r["people"][sp["person"]] if sp and sp["person"] is not None else None
            want.append({
                "doc": d, "quote": i, "start": q["start"], "end": q["end"], "text": q["text"],
                "kind": q["kind"], "content": " … ".join(c["text"] for c in q["content"]),
                "cue": cue and cue["text"], "cue_start": cue and cue["start"],
                "cue_end": cue and cue["end"],
                "speaker": sp and sp["name"], "speaker_text": sp and sp["text"],
                "speaker_start": sp and sp["start"], "speaker_end": sp and sp["end"],
                "speaker_type": sp and sp["type"], "person": sp and sp["person"],
                "gender": person and person.get("gender"),
                "source": SOURCE[sp["type"]] if sp else "none", "rule": q["rule"],
            })
    got = rows(tables["quotes"])
    assert got == want
    # The test articles have named, anonymous and pronoun-resolved speakers.
    assert {"named", "anonymous"} <= {q["source"] for q in got}
    assert any(q["speaker_text"] == "she" and q["speaker"] == "Mere Tuhiwai" for q in got)


def test_content_mentions_sentences_paragraphs_agree_with_the_dicts(reports, tables):
    content, mentions, layers = [], [], {"sentences": [], "paragraphs": []}
    for d, r in enumerate(reports):
        for i, q in enumerate(r["quotes"]):
            content += [(d, i, c["start"], c["end"], c["text"]) for c in q["content"]]
        for p in r["people"]:
            mentions += [(d, p["id"], m["start"], m["end"], m["text"]) for m in p["mentions"]]
        for layer, got in layers.items():
            got += [(d, s["start"], s["end"], s["text"]) for s in r[layer]]
    as_tuples = lambda t: [tuple(row.values()) for row in rows(t)]  # noqa: E731
    assert as_tuples(tables["content"]) == content
    assert as_tuples(tables["mentions"]) == mentions
    for layer, want in layers.items():
        assert as_tuples(tables[layer]) == want
    # A mixed quote has more than one fragment; the quotes table joins them.
    assert len(content) > len(tables["quotes"]["doc"])


def test_people_and_entities_agree_with_the_dicts(reports, tables):
    people, entities, documents = [], [], []
    for d, r in enumerate(reports):
        said = [0] * len(r["people"])
        for q in r["quotes"]:
            if q["speaker"] and q["speaker"]["person"] is not None:
                said[q["speaker"]["person"]] += 1
        people += [{"doc": d, "person": p["id"], "name": p["name"], "titles": p["titles"],
                    "gender": p.get("gender"), "mentions": len(p["mentions"]),
                    "quotes": said[p["id"]]} for p in r["people"]]
        entities += [{"doc": d, "start": e["start"], "end": e["end"], "text": e["text"],
                      "label": e["label"], "value": e.get("value"), "rule": e["rule"]}
                     for e in r["entities"]]
        documents.append({"doc": d, "date": r["date"], "sentences": len(r["sentences"]),
                          "entities": len(r["entities"]), "people": len(r["people"]),
                          "quotes": len(r["quotes"])})
    assert rows(tables["people"]) == people
    assert rows(tables["entities"]) == entities
    assert rows(tables["documents"]) == documents
    assert any(p["quotes"] > 1 for p in people)
    assert any(e["value"] for e in entities)


def test_offsets_index_the_python_str(tables):
    for name in ("quotes", "content", "mentions", "entities", "sentences", "paragraphs"):
        t = tables[name]
        for d, s, e, text in zip(t["doc"], t["start"], t["end"], t["text"]):
            assert TEXTS[d][s:e] == text, (name, d)
    q = tables["quotes"]
    for d, s, e, text in zip(q["doc"], q["cue_start"], q["cue_end"], q["cue"]):
        assert text is None or TEXTS[d][s:e] == text
    for d, s, e, text in zip(q["doc"], q["speaker_start"], q["speaker_end"], q["speaker_text"]):
        assert text is None or TEXTS[d][s:e] == text


def test_dates_options_and_order(ex):
    texts = [a["text"] for a in ARTICLES]
    t = ex.analyze_tables(texts, jobs=1, dates=[a["date"] for a in ARTICLES])
    assert t["documents"]["date"] == ["2025-06-02", "2025-06-03", "2025-06-04", "2025-05-30"]
    assert t["documents"]["doc"] == [0, 1, 2, 3]
    # The same rows whatever the number of threads, and from a generator.
    assert ex.analyze_tables(iter(texts), jobs=3) == ex.analyze_tables(texts, jobs=1)
    # Options of the extractor apply: no quote pass, no quotes.
    silent = reportage.Extractor(quotes=False).analyze_tables(texts)
    assert silent["quotes"]["doc"] == [] and set(silent["quotes"]) == set(t["quotes"])
    assert len(silent["entities"]["doc"]) == len(t["entities"]["doc"])


def test_empty_batch_has_every_column(ex):
    t = ex.analyze_tables([], tables=reportage.TABLES)
    assert all(col == [] for table in t.values() for col in table.values())
    assert "speaker" in t["quotes"] and "titles" in t["people"]


def test_bad_table_names_are_errors(ex):
    with pytest.raises(ValueError, match="unknown table .quote.: expected some of documents, quotes"):
        ex.analyze_tables(["It rained."], tables=["quote"])
    with pytest.raises(TypeError, match="not one str"):
        ex.analyze_tables(["It rained."], tables="quotes")
    with pytest.raises(TypeError, match="texts must be a sequence of str"):
        ex.analyze_tables("It rained.")


def test_tables_are_dataframes():
    pd = pytest.importorskip("pandas")
    t = reportage.Extractor().analyze_tables([a["text"] for a in ARTICLES])
    quotes = pd.DataFrame(t["quotes"])
    assert len(quotes) == len(t["quotes"]["doc"]) > 0
    assert quotes["start"].dtype == "int64"
    people = pd.DataFrame(t["people"])
    assert people.loc[people["name"] == "Tova Lindqvist", "quotes"].item() == 2


def test_a_text_that_is_not_unicode_is_an_error_in_every_batch_method(ex):
    # A lone surrogate has no UTF-8 form: the batch stops with Python's own error.
    texts = ["Ana Ruiz said it would rain.", "bad \ud800 text", "It rained."]
    for method in (ex.analyze_many, ex.analyze_tables, ex.analyze_many_json):
        for jobs in (1, 2):
            with pytest.raises(UnicodeEncodeError):
                method(texts, jobs=jobs)
    # The extractor is still fine afterwards.
    assert ex.analyze_tables(texts[:1])["documents"]["quotes"] == [1]


def test_tables_are_arrow_tables():
    pa = pytest.importorskip("pyarrow")
    t = reportage.Extractor().analyze_tables([a["text"] for a in ARTICLES] + [""],
                                             tables=reportage.TABLES)
    for name, columns in t.items():
        table = pa.table(columns)
        assert table.num_rows == len(columns["doc"]) and table.column_names == list(columns)
    people = pa.table(t["people"])
    assert pa.types.is_list(people.schema.field("titles").type)
    quotes = pa.table(t["quotes"])
    # Missing values are nulls: the anonymous source has no person.
    anon = quotes.filter(pa.compute.equal(quotes["source"], "anonymous"))
    assert anon.num_rows > 0 and anon["person"].null_count == anon.num_rows
