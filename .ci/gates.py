#!/usr/bin/env python3
"""Evaluation gates: run ../shared/eval/run.py and fail when a figure falls below its floor.

Floors live in .ci/floors.json as {"<kind> <set> <view>": {"<measure>": floor}}; a measure
is read from the run.py line for that set and view ("term", "F1", "overlap_grouped", ...),
or, for an entity label that line does not print ("ORG"), from the scorer's per-label table.
Raise a floor when a change raises the figure, so no later change can silently lose it.
"""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    floors = json.load(open(os.path.join(HERE, "floors.json"), encoding="utf-8"))
    proc = subprocess.run([sys.executable, "../shared/eval/run.py"], capture_output=True, text=True)
    sys.stdout.write(proc.stdout)
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr)
        raise SystemExit("gates: run.py failed")
    failures = []
    lines = proc.stdout.splitlines()
    for key, measures in floors.items():
        if key.startswith("_"):
            continue
        if key == "seed":
            m = re.search(r"^seed: (\d+) passed, (\d+) failed", proc.stdout, re.M)
            if not m:
                failures.append("seed: no result line")
                continue
            passed = int(m.group(1))
            if passed < measures["passed"]:
                failures.append(f"seed: {passed} checks passed < floor {measures['passed']}")
            continue
        words = key.split()
        line = next((l for l in lines if l.split()[: len(words)] == words), None)
        if line is None:
            failures.append(f"{key}: no result line")
            continue
        for measure, floor in measures.items():
            got = read_measure(line, measure)
            if got is None and words[0] == "entities":
                got = read_label_f1(words[1], measure)
            if got is None:
                failures.append(f"{key}: {measure} not printed")
            elif got + 1e-9 < floor:
                failures.append(f"{key}: {measure} = {got} < floor {floor}")
    if failures:
        print("\nGATES FAILED:")
        for f in failures:
            print("  " + f)
        raise SystemExit(1)
    print("gates: all floors held")


def read_label_f1(dataset, label):
    """The F1 of one entity label, from the per-label table run.py's scorer writes
    (target/eval/entities.<set>..txt: "label P R F1 tp fp fn" rows)."""
    path = os.path.join("target", "eval", f"entities.{dataset}..txt")
    try:
        rows = open(path, encoding="utf-8").read().splitlines()
    except OSError:
        return None
    for row in rows:
        cells = row.split()
        if len(cells) >= 4 and cells[0] == label:
            return float(cells[3])
    return None


def read_measure(line, measure):
    """Find a number for `measure` in a run.py line."""
    if measure == "golden":
        m = re.search(r"golden rules\D*(\d+)\s*/\s*\d+", line) or re.search(r"(\d+)\s*/\s*\d+", line)
        return float(m.group(1)) if m else None
    # segments like "term P=.. R=.. F1=0.991" or "ALL P=.. F1=72.1" or "speaker acc 91.2"
    # The segments are separated by " | "; the first one still holds the set's name.
    name, _, rest = measure.partition(".")
    key = rest or "F1"
    for seg in line.split(" | "):
        at = re.search(r"(?:^|\s)" + re.escape(name) + r"(?![\w+])", seg)
        if not at:
            continue
        m = re.search(r"(?:^|\s)" + re.escape(key) + r"\s*[=:]?\s*([0-9.]+)", seg[at.end():])
        if m:
            return float(m.group(1).rstrip("."))
    return None


if __name__ == "__main__":
    main()
