"""The Python API: schema, offsets, options, batches and errors."""

import datetime
import json
import os
import threading

import pytest

import reportage
from articles import ARTICLES

ROOT = os.path.join(os.path.dirname(__file__), "..", "..")
SAMPLE = open(os.path.join(ROOT, "data", "sample", "article.txt"), encoding="utf-8").read()
TEXTS = [SAMPLE] + [a["text"] for a in ARTICLES]


def spans(report):
    """Every span of a report, with where it sits."""
    for layer in ("paragraphs", "sentences", "entities", "quotes"):
        for i, s in enumerate(report[layer]):
            yield f"{layer}[{i}]", s
    for p in report["people"]:
        for m in p["mentions"]:
            yield f"people[{p['id']}].mentions", m
    for i, q in enumerate(report["quotes"]):
        for c in q["content"]:
            yield f"quotes[{i}].content", c
        if q["cue"] is not None:
            yield f"quotes[{i}].cue", q["cue"]
        if q["speaker"] is not None:
            yield f"quotes[{i}].speaker", q["speaker"]


def test_sample_article_first_quote_has_a_speaker():
    r = reportage.analyze(SAMPLE)
    q = r["quotes"][0]
    assert q["speaker"]["name"] == "Sarah Okafor"
    assert q["speaker"]["type"] == "person"
    assert r["people"][q["speaker"]["person"]]["name"] == "Sarah Okafor"
    assert r["date"] == "2024-03-14"


@pytest.mark.parametrize("text", TEXTS)
def test_dicts_are_the_json_contract(text):
    # serde_json of the crate's Report is the contract: the dicts must equal
    # it, key for key and in the same key order.
    r = reportage.analyze(text)
    j = json.loads(reportage.analyze_json(text))
    assert r == j
    assert json.dumps(r) == json.dumps(j)
    assert list(r) == ["schema", "date", "paragraphs", "sentences", "entities", "people", "quotes"]
    assert r["schema"] == reportage.SCHEMA_VERSION


@pytest.mark.parametrize("text", TEXTS)
def test_offsets_index_the_python_str_and_its_utf8_and_utf16_units(text):
    text = text + " \U0001F30A said the Ōtaki surfer, \"𝒜 wave\" in Lagos."  # astral characters too
    data = text.encode("utf-8")
    wide = text.encode("utf-16-le")
    r = reportage.analyze(text)
    for where, s in spans(r):
        assert text[s["start"]:s["end"]] == s["text"], where
        assert data[s["byte_start"]:s["byte_end"]].decode("utf-8") == s["text"], where
        assert wide[2 * s["utf16_start"]:2 * s["utf16_end"]].decode("utf-16-le") == s["text"], where


def test_typeddicts_name_the_keys_of_a_report():
    r = reportage.analyze(ARTICLES[0]["text"])
    assert set(reportage.types.Report.__annotations__) == set(r)
    assert set(reportage.Span.__annotations__) == set(r["sentences"][0])
    q = r["quotes"][0]
    assert set(reportage.Quote.__annotations__) == set(q)
    assert set(reportage.Speaker.__annotations__) == set(q["speaker"])
    person = r["people"][0]  # Tova Lindqvist: her gender is known
    assert set(reportage.Person.__annotations__) == set(person)
    entity_keys = set(reportage.Entity.__annotations__)
    for e in r["entities"]:
        assert set(e) == entity_keys or set(e) == entity_keys - {"value"}


def test_every_rule_named_is_listed():
    listed = {r["id"] for r in reportage.rules()}
    assert all(r["what"] and r["example"] for r in reportage.rules())
    for text in TEXTS:
        r = reportage.analyze(text)
        for item in r["entities"] + r["quotes"]:
            assert item["rule"] in listed


def test_date_as_string_or_date_resolves_relative_dates():
    text = "Rain fell on Thursday, and the river rose."
    undated = reportage.analyze(text)
    assert undated["date"] is None
    thursday = [e for e in undated["entities"] if e["text"] == "Thursday"][0]
    assert "value" not in thursday
    for date in ("2025-11-20", datetime.date(2025, 11, 20), datetime.datetime(2025, 11, 20, 9)):
        r = reportage.analyze(text, date=date)
        assert r["date"] == "2025-11-20"
        thursday = [e for e in r["entities"] if e["text"] == "Thursday"][0]
        assert thursday["value"] == "2025-11-20"
        # The offsets stay those of the text as given.
        assert text[thursday["start"]:thursday["end"]] == "Thursday"


def test_a_given_date_wins_over_the_marker():
    text = "date 2024-01-05\nThe vote was held on Monday."
    assert reportage.analyze(text)["date"] == "2024-01-05"
    assert reportage.analyze(text, date="2025-06-02")["date"] == "2025-06-02"


@pytest.mark.parametrize("bad", ["2025-02-30", "20250601", "June 1, 2025", " 2025-06-01", ""])
def test_bad_date_string_is_a_value_error(bad):
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        reportage.analyze("It rained.", date=bad)
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        reportage.Extractor().analyze_json("It rained.", date=bad)


def test_date_of_another_type_is_a_type_error():
    with pytest.raises(TypeError, match="datetime.date"):
        reportage.analyze("It rained.", date=20250601)


def test_text_must_be_a_str():
    with pytest.raises(TypeError):
        reportage.analyze(b"bytes are not text")
    with pytest.raises(TypeError):
        reportage.analyze(None)


def test_extractor_additions_change_the_analysis():
    text = ("Harbour master Tova Lindqvist opined on Monday that Brightwater Ferries "
            "would resume sailings next week.")
    plain = reportage.Extractor().analyze(text)
    assert not any(q["cue"] and q["cue"]["text"] == "opined" for q in plain["quotes"])
    ex = reportage.Extractor(organizations=["Brightwater Ferries"], titles=["harbour master"],
                             speech_verbs=["opine"])
    r = ex.analyze(text)
    assert [q["cue"]["text"] for q in r["quotes"]] == ["opined"]
    assert r["quotes"][0]["speaker"]["name"] == "Tova Lindqvist"
    orgs = [e["text"] for e in r["entities"] if e["label"] == "ORG"]
    assert orgs == ["Brightwater Ferries"]
    assert r["people"][0]["titles"] == ["Harbour master"]


def test_extractor_people_and_places():
    text = "Zuzanna Kettlewell arrived in Brackenmoor on Friday."
    ex = reportage.Extractor(people=["Zuzanna Kettlewell"], places=["Brackenmoor"])
    labels = {e["text"]: e["label"] for e in ex.analyze(text)["entities"]}
    assert labels["Zuzanna Kettlewell"] == "PERSON"
    assert labels["Brackenmoor"] == "GPE"


def test_extractor_entities_exclude_and_patterns():
    text = ("Council leader Sarah Okafor opened the Harbour Lights Festival at Quayside Hall. "
            "The court heard Case No. 24-1187 on Monday.")
    plain = {e["text"]: e["label"] for e in reportage.analyze(text)["entities"]}
    assert plain.get("Council") == "ORG"
    ex = reportage.Extractor(
        entities=[("EVENT", "Harbour Lights Festival"), ("FAC", "Quayside Hall")],
        exclude=["Council"],
        patterns=[("EVENT", r"\bCase No\. \d+-\d+\b")],
    )
    r = ex.analyze(text)
    found = {e["text"]: (e["label"], e["rule"]) for e in r["entities"]}
    assert "Council" not in found
    assert found["Harbour Lights Festival"][0] == "EVENT"
    assert found["Quayside Hall"][0] == "FAC"
    assert found["Case No. 24-1187"] == ("EVENT", "user/pattern")


def test_extractor_given_names():
    text = "Andrea Rossi said the vote was fair."
    assert reportage.analyze(text)["people"][0]["gender"] == "female"
    male = reportage.Extractor(given_names={"Andrea": "male"}).analyze(text)
    assert male["people"][0]["gender"] == "male"
    unknown = reportage.Extractor(given_names={"Andrea": None}).analyze(text)
    assert "gender" not in unknown["people"][0]
    # Replacing the list: names not in it tell nothing.
    only = reportage.Extractor(given_names={"Maria": "female"}, replace_given_names=True)
    assert "gender" not in only.analyze(text)["people"][0]


def test_extension_errors_are_value_errors():
    with pytest.raises(ValueError, match='unknown label "EVENTS"'):
        reportage.Extractor(entities=[("EVENTS", "Harbour Lights Festival")])
    with pytest.raises(ValueError, match="pattern|regex"):
        reportage.Extractor(patterns=[("ORG", "(unclosed")])
    with pytest.raises(ValueError, match="'male', 'female'"):
        reportage.Extractor(given_names={"Andrea": "boy"})
    with pytest.raises(TypeError):
        reportage.Extractor(entities=["EVENT"])


def test_quotes_false_skips_the_quote_pass_only():
    ex = reportage.Extractor(quotes=False)
    r = ex.analyze(SAMPLE)
    full = reportage.analyze(SAMPLE)
    assert r["quotes"] == [] and full["quotes"]
    assert r["people"] == full["people"]
    assert r["sentences"] == full["sentences"]


def test_bad_entries_are_value_errors():
    with pytest.raises(ValueError, match="organization"):
        reportage.Extractor(organizations=["  "])
    with pytest.raises(ValueError, match="speech verb"):
        reportage.Extractor(speech_verbs=["--"])
    # One str where a list is meant is refused, not read letter by letter.
    with pytest.raises(TypeError):
        reportage.Extractor(people="Ann Lee")
    with pytest.raises(TypeError):
        reportage.Extractor(["Ann Lee"])


@pytest.mark.parametrize("jobs", [1, 2, 3, None])
def test_analyze_many_keeps_input_order(jobs):
    ex = reportage.Extractor()
    texts = TEXTS * 5
    dates = [None, "2025-06-02", datetime.date(2025, 6, 3), "2025-06-04", None] * 5
    out = ex.analyze_many(texts, jobs=jobs, dates=dates)
    assert out == [ex.analyze(t, date=d) for t, d in zip(texts, dates)]
    out_json = ex.analyze_many_json(iter(texts), jobs=jobs, dates=dates)
    assert [json.loads(s) for s in out_json] == out


@pytest.mark.parametrize("jobs", [1, 2])
def test_reports_are_plain_objects_and_no_dict_or_list_is_shared(jobs):
    # Equal texts may be one str object (str is immutable), but every dict
    # and list is a new object: changing one never changes another. A text
    # given as a str subclass still gives plain str.
    class Text(str):
        pass

    texts = TEXTS * 2 + [Text(SAMPLE)]
    out = reportage.Extractor().analyze_many(texts, jobs=jobs, dicts=True)
    assert out[-1] == out[0]
    assert out == reportage.Extractor().analyze_many(texts, jobs=jobs)
    seen = set()

    def walk(o):
        assert type(o) in (dict, list, str, int, type(None)), type(o)
        if type(o) in (dict, list):
            assert id(o) not in seen
            seen.add(id(o))
            for v in o.values() if type(o) is dict else o:
                walk(v)

    walk(out)
    assert len(seen) > 500


def test_analyze_many_of_nothing_and_of_a_generator():
    ex = reportage.Extractor()
    assert ex.analyze_many([]) == []
    assert ex.analyze_many(a["text"] for a in ARTICLES) == [ex.analyze(a["text"]) for a in ARTICLES]


def test_analyze_many_errors():
    ex = reportage.Extractor()
    with pytest.raises(TypeError, match="one str"):
        ex.analyze_many("a text, not a list of texts")
    with pytest.raises(TypeError, match=r"texts\[1\]"):
        ex.analyze_many(["fine", 42])
    with pytest.raises(ValueError, match="jobs"):
        ex.analyze_many(["fine"], jobs=0)
    with pytest.raises(ValueError, match="one per text"):
        ex.analyze_many(["a", "b"], dates=["2025-01-01"])
    with pytest.raises(ValueError, match="one per text"):
        ex.analyze_many(["a"], dates=["2025-01-01", None])
    with pytest.raises(ValueError, match=r"dates\[1\].*YYYY-MM-DD"):
        ex.analyze_many(["a", "b"], dates=[None, "1 May 2025"])
    with pytest.raises(TypeError, match=r"dates\[0\]"):
        ex.analyze_many(["a"], dates=[3.5])


def test_one_extractor_serves_many_python_threads():
    ex = reportage.Extractor()
    want = [ex.analyze(t) for t in TEXTS]
    results = {}

    def work(k):
        results[k] = ex.analyze_many(TEXTS, jobs=2)

    threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(results[k] == want for k in range(4))


def test_hostile_input_is_safe():
    texts = ["", " ", "\n\n\n", "\"" * 5000, "Mr. " * 3000, "é" * 10000, "\u2028\u0000 said"]
    for r, t in zip(reportage.Extractor().analyze_many(texts, jobs=2), texts):
        for where, s in spans(r):
            assert t[s["start"]:s["end"]] == s["text"], where


def test_repr_names_the_options():
    assert repr(reportage.Extractor()) == "Extractor()"
    r = repr(reportage.Extractor(titles=["harbour master"], quotes=False))
    assert r == "Extractor(titles=<1 entry>, quotes=False)"
    r = repr(reportage.Extractor(people=["Ann Lee", "Bo Chen"], places=[]))
    assert r == "Extractor(people=<2 entries>, places=<0 entries>)"
