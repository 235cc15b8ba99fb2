"""examples/quotes_spark.py in Spark local mode, on an archive the test writes.

Slow (a JVM starts): .ci/run runs it as a step of its own (pytest -m spark).
"""

import json
import os
import sys

import pytest

import reportage
from articles import ARTICLES

pyspark = pytest.importorskip("pyspark")
pd = pytest.importorskip("pandas")
pytestmark = pytest.mark.spark


@pytest.fixture(scope="module")
def spark():
    from pyspark.sql import SparkSession

    # The workers run this interpreter, which has reportage installed (or on PYTHONPATH).
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    session = (SparkSession.builder.master("local[2]").appName("reportage-test")
               .config("spark.ui.enabled", "false")
               .config("spark.sql.shuffle.partitions", "2")
               .getOrCreate())
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def test_spark_example_writes_quotes_and_people(spark, tmp_path):
    import quotes_spark

    # The workers import the example module as spark-submit --py-files would ship it.
    spark.sparkContext.addPyFile(quotes_spark.__file__)

    # An archive of 40 articles: the test articles, ten times over, with their own ids.
    archive = tmp_path / "archive.jsonl"
    articles = []
    for k in range(10):
        for a in ARTICLES:
            articles.append({**a, "id": f"{a['id']}-{k}"})
    with open(archive, "w", encoding="utf-8") as f:
        for a in articles:
            f.write(json.dumps(a) + "\n")
    out = tmp_path / "out"
    quotes_spark.run(spark, str(archive), str(out), batch=3)

    quotes = pd.read_parquet(out / "quotes").sort_values(["id", "index"]).reset_index(drop=True)
    people = pd.read_parquet(out / "people").sort_values(["id", "person_id"]).reset_index(drop=True)

    want_quotes, want_people = [], []
    for a in articles:
        r = reportage.analyze(a["text"], date=a["date"])
        said = [0] * len(r["people"])
        for i, q in enumerate(r["quotes"]):
            sp = q["speaker"]
            want_quotes.append((a["id"], i, q["kind"], sp and sp["name"], q["start"], q["end"]))
            if sp and sp["person"] is not None:
                said[sp["person"]] += 1
        for p in r["people"]:
            want_people.append((a["id"], p["id"], p["name"], list(p["titles"]), p.get("gender"),
                                len(p["mentions"]), said[p["id"]]))
    got_quotes = list(zip(quotes["id"], quotes["index"], quotes["kind"], quotes["speaker"],
                          quotes["start"], quotes["end"]))
    assert sorted(got_quotes) == sorted(want_quotes)
    got_people = [(i, pid, n, list(t), None if pd.isna(g) else g, m, k)
                  for i, pid, n, t, g, m, k in zip(
                      people["id"], people["person_id"], people["name"], people["titles"],
                      people["gender"], people["mentions"], people["quotes"])]
    assert sorted(got_people, key=str) == sorted(want_people, key=str)
    # The outlet is carried to every row, and genders come from the people.
    assert set(quotes["outlet"]) == {"Coast Courier", "Valley Times"}
    lindqvist = quotes[quotes["speaker"] == "Tova Lindqvist"]
    assert len(lindqvist) == 20 and set(lindqvist["gender"]) == {"female"}
    assert set(lindqvist["source"]) == {"named"}
    assert set(quotes["source"]) == {"named", "anonymous"}
