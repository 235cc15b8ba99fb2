#!/usr/bin/env python3
"""Summarise the last `cargo bench` run: MB/s of every bench, and the ratios the
floors of issue 5 are stated in (run from the crate root, after `cargo bench`).

  analyze / unicode_sentences and sentences / unicode_sentences on the same text;
  each hostile case / ordinary news (hostile/news-1mb).
"""
import glob
import json
import os
import sys

ROOT = os.path.join(sys.argv[1] if len(sys.argv) > 1 else ".", "target", "criterion")


def load():
    out = {}
    for path in glob.glob(os.path.join(ROOT, "**", "new", "benchmark.json"), recursive=True):
        bench = json.load(open(path))
        est = json.load(open(os.path.join(os.path.dirname(path), "estimates.json")))
        ns = est["mean"]["point_estimate"]
        size = (bench.get("throughput") or {}).get("Bytes")
        out[bench["full_id"]] = (ns, size)
    return out


def main():
    b = load()
    if not b:
        raise SystemExit(f"no criterion results under {ROOT}: run `cargo bench` first")
    mbs = {k: size / ns * 1e3 for k, (ns, size) in b.items() if size}  # bytes/ns*1e3 = MB/s
    for k in sorted(b):
        ns, size = b[k]
        rate = f"{mbs[k]:9.1f} MB/s" if k in mbs else f"{ns / 1e6:9.2f} ms"
        print(f"{k:45} {rate}")
    print()
    for group in ("sentences", "analyze"):
        for text in ("short", "article", "long"):
            ours, uax = f"{group}/reportage/{text}", f"{group}/unicode_sentences/{text}"
            if ours in mbs and uax in mbs:
                print(f"{group:10} {text:8} reportage / unicode_sentences = {mbs[ours] / mbs[uax]:.2f}x")
    news = mbs.get("hostile/news-1mb")
    if news:
        for k in sorted(mbs):
            if k.startswith("hostile/") and k != "hostile/news-1mb":
                print(f"{k:45} {mbs[k] / news:.2f} of news")


if __name__ == "__main__":
    main()
