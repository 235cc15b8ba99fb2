"""reportage.Report, what analyze_many returns: a read-only mapping whose
values are made on first access and kept, equal to analyze's dicts."""

import copy
import datetime
import gc
import json
import pickle
import sys
import threading
from collections.abc import Mapping

import pytest

import reportage
from articles import ARTICLES
from test_api import SAMPLE, TEXTS

KEYS = ["schema", "date", "paragraphs", "sentences", "entities", "people", "quotes"]
# Texts that stress the offsets and the empty cases.
ODD = ["", " ", "\n\n", "\"" * 300, "\u2028\u0000 said",
       "\U0001F30A said the Ōtaki surfer, \"𝒜 wave\" in Lagos, Mayor Ann Lee said."]


@pytest.fixture(scope="module")
def ex():
    return reportage.Extractor()


def test_a_report_is_a_read_only_mapping(ex):
    r = ex.analyze_many([SAMPLE])[0]
    want = reportage.analyze(SAMPLE)
    assert type(r) is reportage.Report
    assert isinstance(r, Mapping)
    assert list(r) == KEYS == list(want)
    assert len(r) == 7
    assert list(r.keys()) == KEYS and r.keys() == want.keys()
    assert list(r.values()) == list(want.values())
    assert list(r.items()) == list(want.items())
    assert dict(r) == want
    assert all(k in r for k in KEYS)
    assert "speaker" not in r and 3 not in r and None not in r
    assert r.get("quotes") is r["quotes"]
    assert r.get("nothing") is None and r.get("nothing", 5) == 5
    for bad in ("nothing", "Quotes", 0, None, ("quotes",)):
        with pytest.raises(KeyError):
            r[bad]
    with pytest.raises(TypeError):
        r["quotes"] = []
    with pytest.raises(TypeError):
        del r["quotes"]
    with pytest.raises(TypeError):
        hash(r)
    with pytest.raises(TypeError):
        reportage.Report()
    # The Mapping ways of reading give the same values.
    assert r["quotes"][0]["speaker"]["name"] == "Sarah Okafor"
    assert {**r} == want


@pytest.mark.parametrize("jobs", [1, 2])
def test_reports_equal_the_dicts_of_analyze(ex, jobs):
    texts = TEXTS + ODD
    dates = [None, "2025-06-02", datetime.date(2025, 6, 3)] * len(texts)
    dates = dates[:len(texts)]
    reports = ex.analyze_many(texts, jobs=jobs, dates=dates)
    assert len(reports) == len(texts)
    for r, t, d in zip(reports, texts, dates):
        want = ex.analyze(t, date=d)
        assert r == want and want == r and not (r != want)
        assert r.to_dict() == want
        assert type(r.to_dict()) is dict
        # Key for key, value for value, in the contract's order.
        assert json.dumps(r.to_dict()) == json.dumps(want)
        assert [r[k] for k in r] == [want[k] for k in want]
    # A report differs from another text's.
    assert reports[0] != reports[1] and reports[0] != ex.analyze(texts[1])
    assert reports[0] == ex.analyze_many([texts[0]], jobs=jobs)[0]
    assert reports[0] != [1] and reports[0] != "report"


def test_the_dict_path_gives_the_same_reports(ex):
    texts = TEXTS + ODD
    dicts = ex.analyze_many(texts, jobs=2, dicts=True)
    assert all(type(d) is dict for d in dicts)
    assert dicts == ex.analyze_many(texts, jobs=2)


def test_values_are_made_once_and_kept(ex):
    r = ex.analyze_many([SAMPLE, ARTICLES[0]["text"]], jobs=2)[0]
    for k in KEYS[2:]:
        assert r[k] is r[k], k
        assert r.get(k) is r[k], k
    assert [v for v in r.values()][6] is r["quotes"]
    # to_dict is new each time, and shares no dict or list with the report.
    d, d2 = r.to_dict(), r.to_dict()
    assert d == d2 and d is not d2
    for k in KEYS[2:]:
        assert d[k] is not r[k]
    d["quotes"][0]["kind"] = "changed"
    d["quotes"].clear()
    assert r["quotes"] and r["quotes"][0]["kind"] != "changed"
    assert r == reportage.analyze(SAMPLE)


@pytest.mark.parametrize("jobs", [1, 2])
def test_to_json_is_the_crates_json(ex, jobs):
    texts = TEXTS + ODD + [a["text"] for a in ARTICLES]
    dates = [None, "2025-06-02"] * len(texts)
    dates = dates[:len(texts)]
    reports = ex.analyze_many(texts, jobs=jobs, dates=dates)
    lines = ex.analyze_many_json(texts, jobs=jobs, dates=dates)
    assert [r.to_json() for r in reports] == lines
    for r, t, d in zip(reports, texts, dates):
        assert r.to_json() == ex.analyze_json(t, date=d)
        assert json.loads(r.to_json()) == r


def test_a_report_pickles_as_its_dict(ex):
    r = ex.analyze_many([SAMPLE])[0]
    r["quotes"]  # one value made, the others not: the same either way
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        back = pickle.loads(pickle.dumps(r, protocol=protocol))
        assert type(back) is dict
        assert back == r == reportage.analyze(SAMPLE)
        assert list(back) == KEYS
    assert copy.deepcopy(r) == r
    assert pickle.loads(pickle.dumps(ex.analyze_many([""]))) == [reportage.analyze("")]


@pytest.mark.parametrize("jobs", [1, 2, 3])
def test_order_is_kept(ex, jobs):
    texts = [f"Mayor Ann Lee{i} said the bridge would open in {i} days." for i in range(60)]
    reports = ex.analyze_many(texts, jobs=jobs)
    for i, (r, t) in enumerate(zip(reports, texts)):
        s = r["sentences"][0]
        assert t[s["start"]:s["end"]] == s["text"] == t, i
        assert f" in {i} days" in r["sentences"][0]["text"]


def test_the_report_of_an_empty_text(ex):
    r, = ex.analyze_many([""])
    assert r == {"schema": reportage.SCHEMA_VERSION, "date": None, "paragraphs": [],
                 "sentences": [], "entities": [], "people": [], "quotes": []}
    assert r["quotes"] == [] and r["date"] is None
    assert r.to_json() == reportage.analyze_json("")
    assert repr(r) == "<Report date=None paragraphs=0 sentences=0 entities=0 people=0 quotes=0>"
    assert ex.analyze_many([]) == []


def test_repr_gives_counts(ex):
    r = ex.analyze_many([SAMPLE])[0]
    d = reportage.analyze(SAMPLE)
    assert repr(r) == (f"<Report date='2024-03-14' paragraphs={len(d['paragraphs'])} "
                       f"sentences={len(d['sentences'])} entities={len(d['entities'])} "
                       f"people={len(d['people'])} quotes={len(d['quotes'])}>")


def test_a_report_outlives_its_extractor_and_its_texts():
    def batch():
        ex = reportage.Extractor(people=["Zuzanna Kettlewell"])
        texts = ["Zuzanna Kettlewell said the pier would reopen."] + \
            ["".join(["x" * 1000, " said ", a["text"]]) for a in ARTICLES]
        return ex.analyze_many(texts, jobs=2), [ex.analyze(t) for t in texts]

    reports, want = batch()
    gc.collect()
    # Nothing read before: every value is made now, from what the reports hold.
    assert reports == want
    assert reports[0]["people"][0]["name"] == "Zuzanna Kettlewell"
    assert reports[0]["entities"][0]["label"] == "PERSON"
    # One report of a batch outlives the others.
    last = reports[-1]
    del reports
    gc.collect()
    assert last == want[-1] and last.to_json() == json.dumps(want[-1], ensure_ascii=False,
                                                             separators=(",", ":"))


def test_reports_read_from_many_threads(ex):
    texts = TEXTS * 5 + ODD
    want = [ex.analyze(t) for t in texts]
    reports = ex.analyze_many(texts, jobs=2)
    seen = {}
    errors = []
    barrier = threading.Barrier(6)

    def work(k):
        try:
            barrier.wait()
            order = reports if k % 2 else reports[::-1]
            seen[k] = [[id(r[key]) for key in KEYS[2:]] for r in order]
            if k % 2 == 0:
                seen[k].reverse()
            for r, w in zip(reports, want):
                assert r == w
                assert r.to_dict() == w
        except Exception as e:  # pragma: no cover - reported below
            errors.append(e)

    old = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as possible
    try:
        threads = [threading.Thread(target=work, args=(k,)) for k in range(6)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        sys.setswitchinterval(old)
    assert not errors, errors
    # Every thread got the same kept objects.
    assert all(seen[k] == seen[0] for k in range(6))
    assert [[id(r[key]) for key in KEYS[2:]] for r in reports] == seen[0]


def test_a_report_read_while_another_is_being_made(ex):
    # A finaliser run by the garbage collector in the middle of a build (the
    # build allocates dicts) reads other reports of the same batch, and the
    # one being built: it must neither wait for the batch's converter (a
    # deadlock: with a blocking lock this test hangs the interpreter, which
    # was checked) nor get a half-made value.
    texts = [SAMPLE, ARTICLES[0]["text"], ARTICLES[1]["text"]]
    reports = ex.analyze_many(texts, jobs=1)
    inner = []

    class Reader:
        def __del__(self):
            inner.append((reports[1]["quotes"], reports[0]["quotes"], reports[2].to_dict()))

    def work():
        r = Reader()
        r.cycle = r  # only the cyclic collector frees it
        del r
        old = gc.get_threshold()
        gc.set_threshold(1)  # collect at the next allocation: inside the build
        try:
            value = reports[0]["quotes"]
        finally:
            gc.set_threshold(*old)
        gc.collect()  # on interpreters that collect later than at allocation
        inner.append(value)

    t = threading.Thread(target=work, daemon=True)
    t.start()
    t.join(60)
    assert not t.is_alive(), "deadlock"
    (q1, q0, d2), value = inner
    assert value is reports[0]["quotes"] and q0 is value
    assert q1 is reports[1]["quotes"]
    assert reports == [ex.analyze(t) for t in texts]
    assert d2 == reports[2]
