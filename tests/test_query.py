"""Queries on the sample corpus: expectations read from the seed texts."""

from __future__ import annotations

import shutil

import pytest

from xref.graph import load_graph
from xref.ids import candidates, id_year, order_key
from xref.query import chain, cited_by, cites, series, show, similar, stats, top
from xref.store import Store, UnknownId, build

from .conftest import ROOT

SEEDS = ROOT / "data" / "seeds"

# A resolution of the series that the seeds do not hold, written for this test:
# it cites 61/181 and 46/152, so 67/189 → 66/181 → 61/181 → 46/152 is a chain.
A_RES_66_181 = """66/181. 加强联合国预防犯罪和刑事司法方案，特别是其技术合作能力

 大会，

 回顾其关于制定有效的联合国预防犯罪和刑事司法方案的 1991 年 12 月 18 日第 46/152 号决议，

 又回顾其 2006 年 12 月 20 日第 61/181 号决议，
"""


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    db = tmp_path_factory.mktemp("query") / "xref.db"
    build([SEEDS], db)
    return Store.open(db)


@pytest.fixture(scope="module")
def store_plus(tmp_path_factory: pytest.TempPathFactory) -> Store:
    tmp = tmp_path_factory.mktemp("query_plus")
    corpus = tmp / "corpus"
    shutil.copytree(SEEDS, corpus)
    (corpus / "A_RES_66_181.txt").write_text(A_RES_66_181, encoding="utf-8")
    build([corpus], tmp / "xref.db")
    return Store.open(tmp / "xref.db")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("46/152", "A/RES/46/152"),
        ("A/RES/46/152", "A/RES/46/152"),
        ("a/res/46/152", "A/RES/46/152"),
        ("第46/152号决议", "A/RES/46/152"),
        ("第 46/152 号决议", "A/RES/46/152"),
        ("resolution 46/152", "A/RES/46/152"),
        ("1373 (2001)", "S/RES/1373(2001)"),
        ("1373（2001）", "S/RES/1373(2001)"),
        ("第1373（2001）号决议", "S/RES/1373(2001)"),
        ("2004/28", "E/RES/2004/28"),
        ("4/1", "CTOC/COP/DEC/4/1"),
        ("A/59/494", "A/59/494"),
        ("003_eaab609ee6efb8a6", "003_eaab609ee6efb8a6"),
    ],
)
def test_ids_as_people_write_them(store: Store, text: str, expected: str) -> None:
    assert store.resolve(text) == expected


def test_instrument_ids(store: Store) -> None:
    held = {r[0] for r in store.conn.execute("SELECT id FROM nodes WHERE kind = 'instrument'")}
    assert "instrument:UNCAC" in held
    for text in ("UNCAC", "instrument:UNCAC", "《联合国反腐败公约》", "联合国反腐败公约",
                 "United Nations Convention against Corruption", "the Convention against Corruption"):
        assert store.resolve(text) == "instrument:UNCAC", text
    assert store.resolve("the Palermo Convention") == "instrument:UNTOC"


def test_instrument_node_takes_its_adoption_date_from_the_gazetteer(store: Store) -> None:
    assert store.node("instrument:UNCAC")["date"] == "2003-10-31"


def test_unknown_id_names_the_nearest(store: Store) -> None:
    with pytest.raises(UnknownId) as err:
        store.resolve("46/153")
    assert "A/RES/46/152" in err.value.nearest
    assert str(err.value).count("\n") == 0


def test_candidates_and_order() -> None:
    assert candidates("decision 63/550")[0] == "A/DEC/63/550"
    assert candidates("2200 A (XXI)")[0] == "A/RES/2200(XXI)"
    assert candidates("40/151 G")[0] == "A/RES/40/151G"
    ids = ["A/RES/67/189", "A/RES/217(III)", "A/RES/46/152", "A/RES/59/159", "A/RES/58/140",
           "A/RES/60/175", "A/RES/61/181"]
    ordered = sorted(ids, key=order_key)
    assert ordered[1:] == ["A/RES/46/152", "A/RES/58/140", "A/RES/59/159", "A/RES/60/175",
                           "A/RES/61/181", "A/RES/67/189"]
    assert id_year("A/RES/46/152") == 1991 and id_year("S/RES/1373(2001)") == 2001
    assert id_year("E/RES/2006/19") == 2006 and id_year("A/59/494") == 2004
    assert id_year("A/RES/2200(XXI)") == 1966


def test_cited_by_46_152(store: Store) -> None:
    rows = cited_by(store, "A/RES/46/152")
    assert [r.source for r in rows] == ["A/RES/59/159", "A/RES/61/181", "A/RES/67/189"]
    assert [r.relation for r in rows] == ["recalls", "recalls", "reaffirms"]
    assert all(r.paragraph == "pp1" and "46/152" in r.snippet for r in rows)
    assert "原则声明和行动纲领" in rows[0].snippet  # the rest of 59/159's sentence


def test_cites_with_depth(store: Store) -> None:
    one = cites(store, "A/RES/59/159")
    # 59/159 recalls 46/152 and 58/140 in its first two preambular paragraphs.
    assert [(r.target, r.paragraph) for r in one if r.target.startswith("A/RES/")][:2] == [
        ("A/RES/46/152", "pp1"), ("A/RES/58/140", "pp2")]
    deeper = cited_by(store, "A/RES/58/140", depth=2)
    assert {r.depth for r in deeper} == {1}  # nothing held cites 59/159
    two = cited_by(store, "A/RES/46/152", depth=3)
    assert max(r.depth for r in two) == 1


def test_chain_direct_and_longer(store: Store, store_plus: Store) -> None:
    g = load_graph(store)
    direct = chain(store, g, "A/RES/67/189", "A/RES/46/152")
    assert [c.nodes for c in direct] == [("A/RES/67/189", "A/RES/46/152")]
    assert direct[0].steps[0].relations == "reaffirms"
    assert chain(store, g, "A/RES/46/152", "A/RES/67/189") == []
    gp = load_graph(store_plus)
    every = chain(store_plus, gp, "67/189" and "A/RES/67/189", "A/RES/46/152", all_chains=True)
    assert [c.nodes for c in every] == [
        ("A/RES/67/189", "A/RES/46/152"),
        ("A/RES/67/189", "A/RES/66/181", "A/RES/46/152"),
        ("A/RES/67/189", "A/RES/66/181", "A/RES/61/181", "A/RES/46/152"),
    ]
    short = chain(store_plus, gp, "A/RES/67/189", "A/RES/46/152", all_chains=True, max_len=2)
    assert len(short) == 2


def test_series_of_the_crime_programme(store: Store) -> None:
    s = series(store, "A/RES/61/181")
    ids = [m.id for m in s.members]
    # Same title in the headings of 59/159, 61/181, 67/189, in the citing text of
    # 58/140 (by 59/159), 60/175 (by 61/181) and 63/195 (quoted by the report);
    # 46/152, cited by all three held members, opens the series.
    assert ids == ["A/RES/46/152", "A/RES/58/140", "A/RES/59/159", "A/RES/60/175",
                   "A/RES/61/181", "A/RES/63/195", "A/RES/67/189"]
    assert s.title == "加强联合国预防犯罪和刑事司法方案，特别是其技术合作能力"
    roles = {m.id: m.role for m in s.members}
    assert roles["A/RES/46/152"] == "origin" and roles["A/RES/61/181"] == "member"
    m59 = next(m for m in s.members if m.id == "A/RES/59/159")
    assert [t for t, _ in m59.cites] == ["A/RES/46/152", "A/RES/58/140"]
    assert [m.id for m in series(store, "46/152" and "A/RES/46/152").members] == ids
    # 67/186 has a title of its own: no series.
    assert [m.id for m in series(store, "A/RES/67/186").members] == ["A/RES/67/186"]


def test_top_rankings(store: Store) -> None:
    g = load_graph(store)
    by_in = top(store, g, "indegree", n=10)
    counts = [r.cited_by for r in by_in]
    assert counts == sorted(counts, reverse=True)
    for r in by_in:
        n = store.conn.execute("SELECT count(*) FROM edges WHERE target = ?", (r.id,))
        assert n.fetchone()[0] == r.cited_by
    res = top(store, g, "pagerank", kind="resolution", n=5)
    assert len(res) == 5 and all(r.kind == "resolution" for r in res)
    # Since 2010 only 67/189 and 67/186 (both 2012) count: nobody is cited by more than two.
    recent = top(store, g, "indegree", n=50, since=2010)
    assert recent and max(r.cited_by for r in recent) == 2
    assert "A/RES/46/152" in {r.id for r in recent}  # 67/189 reaffirms it
    assert top(store, g, "hits", n=3)[0].score > 0


def test_similar_by_co_citation(store: Store) -> None:
    near = similar(store, load_graph(store), "A/RES/46/152")
    co = {r.id: r.shared for r in near["co_citation"]}
    # 61/181 and 67/189 cite both 46/152 and 60/1 (the World Summit Outcome).
    assert co["A/RES/60/1"] == 2
    assert near["coupling"] == []  # 46/152 is not held: it cites nothing we know
    coupled = {r.id for r in similar(store, load_graph(store), "A/RES/61/181")["coupling"]}
    assert {"A/RES/59/159", "A/RES/67/189"} <= coupled


def test_show_and_stats(store: Store) -> None:
    info = show(store, "A/RES/46/152")
    assert info["cited_by"] == 3 and info["in_corpus"] is False
    assert info["relations_of"] == {"reaffirms": 1, "recalls": 2}
    assert {s for f in info["dates_cited"] for s in f["sources"]} >= {"A/RES/61/181",
                                                                       "A/RES/67/189"}
    s = stats(store)
    assert s["documents"] == 5 and s["in_corpus"] == 5
    assert s["nodes"] == sum(s["nodes_by_kind"].values())
