#!/usr/bin/env python3
"""Throughput of Extractor.analyze_many from Python, to set beside bench/batch.rs.

    python3 python/bench/bench.py ../shared/data/quotes/polnear_train.jsonl --jobs 1 2

Reads the "text" of every JSON line, then for each --jobs value and output
strategy runs the whole set --rounds times and prints the best round as
documents/s and MB/s (10^6 bytes of UTF-8 text per second), and the CPU time
of a round (all threads, the mean of the rounds: on a shared machine it moves
less than the clock):

- reports: analyze_many, the lazy reportage.Report objects, nothing read;
- reports+quotes: analyze_many, then every report's quotes and each quote's
  speaker read (what a count of voices reads; the quotes are made as dicts);
- reports+dict: analyze_many, then to_dict() of every report (the whole
  report as dicts, made after the batch);
- dicts: analyze_many(dicts=True) (reports built as dicts in Rust, on the
  calling thread, while the workers go on);
- tables: analyze_tables (the default tables: documents, quotes, people,
  entities, as columns of lists);
- tables-all: analyze_tables with every table (content, mentions, sentences
  and paragraphs too);
- json+loads: analyze_many_json (JSON made on the workers) then json.loads each;
- json: analyze_many_json alone (strings, no dicts: a floor for the others).
"""

import argparse
import gc
import json
import time

import reportage


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("jsonl")
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--repeat", type=int, default=1, help="use the texts this many times over")
    ap.add_argument("--modes", nargs="+", default=["reports", "reports+quotes", "reports+dict", "dicts", "tables"])
    args = ap.parse_args()
    with open(args.jsonl, encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in f if line.strip()] * args.repeat
    nbytes = sum(len(t.encode("utf-8")) for t in texts)
    ex = reportage.Extractor()
    def quotes(jobs):
        reports = ex.analyze_many(texts, jobs=jobs)
        speakers = 0
        for r in reports:
            for q in r["quotes"]:
                if q["speaker"] is not None:
                    speakers += 1
        return reports, speakers

    modes = {
        "reports": lambda jobs: ex.analyze_many(texts, jobs=jobs),
        "reports+quotes": quotes,
        "reports+dict": lambda jobs: [r.to_dict() for r in ex.analyze_many(texts, jobs=jobs)],
        "dicts": lambda jobs: ex.analyze_many(texts, jobs=jobs, dicts=True),
        "tables": lambda jobs: ex.analyze_tables(texts, jobs=jobs),
        "tables-all": lambda jobs: ex.analyze_tables(texts, jobs=jobs, tables=reportage.TABLES),
        "json+loads": lambda jobs: [json.loads(s) for s in ex.analyze_many_json(texts, jobs=jobs)],
        "json": lambda jobs: ex.analyze_many_json(texts, jobs=jobs),
    }
    print(f"{len(texts)} texts, {nbytes / 1e6:.2f} MB")
    for jobs in args.jobs:
        for mode in args.modes:
            run = modes[mode]
            best = float("inf")
            cpu = 0.0
            for _ in range(args.rounds):
                gc.collect()
                c = time.process_time()
                t = time.perf_counter()
                out = run(jobs)
                best = min(best, time.perf_counter() - t)
                cpu += time.process_time() - c
                del out
            print(f"python {mode:<14} jobs {jobs}: {best * 1e3:8.1f} ms "
                  f"{len(texts) / best:8.0f} docs/s {nbytes / best / 1e6:6.1f} MB/s "
                  f"cpu {cpu / args.rounds * 1e3:7.1f} ms")


if __name__ == "__main__":
    main()
