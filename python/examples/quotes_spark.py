#!/usr/bin/env python3
"""Millions of articles: quotes and people with PySpark.

    spark-submit quotes_spark.py ARCHIVE OUT [--batch 256]
    python3 quotes_spark.py ARCHIVE OUT --master 'local[*]'

ARCHIVE is JSON lines (a file, a folder or a glob; .gz is read too), one
article per line with ``id`` and ``text``, and optionally ``date``
("YYYY-MM-DD", the publication date) and ``outlet``. OUT receives two Parquet
tables:

- ``OUT/quotes``: one row per quote (id, outlet, date, quote index, kind,
  the reported words, cue, speaker, speaker type, person id, gender, source
  (named, anonymous, unresolved or none), rule, and the quote's code-point
  offsets in the text);
- ``OUT/people``: one row per person of an article (id, outlet, date,
  person id, name, titles, gender, mention count, quote count).

Each partition builds one ``reportage.Extractor`` and feeds its articles to
``analyze_tables`` in batches (columns, not dicts: the cheapest way from
reportage to rows); Spark already runs one task per core, so each batch runs on one
thread (``jobs=1``). The reportage package must be installed on every worker
(``pip install ./python``).
"""

import argparse

from pyspark.sql import SparkSession, functions as F, types as T

QUOTE = T.StructType([
    T.StructField("index", T.IntegerType()),
    T.StructField("kind", T.StringType()),
    T.StructField("quote", T.StringType()),
    T.StructField("cue", T.StringType()),
    T.StructField("speaker", T.StringType()),
    T.StructField("speaker_type", T.StringType()),
    T.StructField("person_id", T.IntegerType()),
    T.StructField("gender", T.StringType()),
    T.StructField("source", T.StringType()),
    T.StructField("rule", T.StringType()),
    T.StructField("start", T.IntegerType()),
    T.StructField("end", T.IntegerType()),
])

PERSON = T.StructType([
    T.StructField("person_id", T.IntegerType()),
    T.StructField("name", T.StringType()),
    T.StructField("titles", T.ArrayType(T.StringType())),
    T.StructField("gender", T.StringType()),
    T.StructField("mentions", T.IntegerType()),
    T.StructField("quotes", T.IntegerType()),
])

ARTICLE = T.StructType([
    T.StructField("id", T.StringType()),
    T.StructField("outlet", T.StringType()),
    T.StructField("date", T.StringType()),
    T.StructField("quotes", T.ArrayType(QUOTE)),
    T.StructField("people", T.ArrayType(PERSON)),
])


def analyze_partition(rows, batch=256, extractor_options=None):
    """mapPartitions function: article rows in, one row per article out, with
    its quotes and people (the ARTICLE schema)."""
    import reportage  # imported on the worker

    ex = reportage.Extractor(**(extractor_options or {}))
    chunk = []
    for row in rows:
        chunk.append(row)
        if len(chunk) == batch:
            yield from _analyze(ex, chunk)
            chunk = []
    if chunk:
        yield from _analyze(ex, chunk)


# The columns of analyze_tables' quotes and people tables, in the order of
# the QUOTE and PERSON schemas.
QUOTE_COLUMNS = ["quote", "kind", "content", "cue", "speaker", "speaker_type", "person", "gender",
                 "source", "rule", "start", "end"]
PERSON_COLUMNS = ["person", "name", "titles", "gender", "mentions", "quotes"]


def _analyze(ex, rows):
    tables = ex.analyze_tables([r["text"] or "" for r in rows], jobs=1,
                               dates=[r["date"] for r in rows],
                               tables=["documents", "quotes", "people"])
    quotes = [[] for _ in rows]
    q = tables["quotes"]
    for doc, *row in zip(q["doc"], *(q[c] for c in QUOTE_COLUMNS)):
        quotes[doc].append(row)
    people = [[] for _ in rows]
    p = tables["people"]
    for doc, *row in zip(p["doc"], *(p[c] for c in PERSON_COLUMNS)):
        people[doc].append(row)
    for row, date, qs, ps in zip(rows, tables["documents"]["date"], quotes, people):
        yield (row["id"], row["outlet"], date, qs, ps)


def run(spark, archive, out, batch=256, extractor_options=None):
    """Analyse ARCHIVE (JSON lines) and write OUT/quotes and OUT/people (Parquet)."""
    raw = spark.read.json(archive)
    cols = [F.col("id").cast("string").alias("id"), F.col("text")]
    for name in ("date", "outlet"):
        cols.append(F.col(name).cast("string").alias(name) if name in raw.columns
                    else F.lit(None).cast("string").alias(name))
    articles = raw.select(*cols)
    analysed = spark.createDataFrame(
        articles.rdd.mapPartitions(lambda rows: analyze_partition(rows, batch, extractor_options)),
        ARTICLE,
    ).persist()  # both tables come from one analysis
    quotes = analysed.select("id", "outlet", "date", F.explode("quotes").alias("q")).select(
        "id", "outlet", "date", "q.*")
    people = analysed.select("id", "outlet", "date", F.explode("people").alias("p")).select(
        "id", "outlet", "date", "p.*")
    quotes.write.mode("overwrite").parquet(f"{out}/quotes")
    people.write.mode("overwrite").parquet(f"{out}/people")
    analysed.unpersist()


def main():
    ap = argparse.ArgumentParser(description="Quotes and people of a JSON-lines archive, as Parquet.")
    ap.add_argument("archive")
    ap.add_argument("out")
    ap.add_argument("--batch", type=int, default=256, help="articles per analyze_tables call")
    ap.add_argument("--master", help="e.g. local[*] when run with python3 rather than spark-submit")
    args = ap.parse_args()
    builder = SparkSession.builder.appName("reportage-quotes")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    run(spark, args.archive, args.out, args.batch)
    quotes = spark.read.parquet(f"{args.out}/quotes")
    print(f"{quotes.count()} quotes -> {args.out}/quotes, "
          f"{spark.read.parquet(args.out + '/people').count()} people -> {args.out}/people")
    quotes.groupBy("outlet", "gender").count().orderBy("outlet", "gender").show()
    spark.stop()


if __name__ == "__main__":
    main()
