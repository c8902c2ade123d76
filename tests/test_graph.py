"""The graph: compact arrays and the networkx DiGraph, PageRank and HITS, chains."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import numpy as np
import pytest

from xref.graph import CitationGraph, hits, load_graph, pagerank, to_networkx
from xref.store import build

from .conftest import ROOT

SEEDS = ROOT / "data" / "seeds"


@pytest.fixture(scope="module")
def seeds_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("graph") / "xref.db"
    build([SEEDS], db)
    return db


def _small(edges: list[tuple[str, str, int]]) -> CitationGraph:
    ids = sorted({x for e in edges for x in e[:2]})
    ix = {v: i for i, v in enumerate(ids)}
    return CitationGraph.from_arrays(
        ids, np.array([ix[s] for s, _, _ in edges], dtype=np.int64),
        np.array([ix[t] for _, t, _ in edges], dtype=np.int64),
        np.array([w for *_, w in edges], dtype=np.int64))


def test_networkx_graph_carries_the_tables(seeds_db: Path) -> None:
    g = to_networkx(seeds_db)
    # 59/159: 回顾其 … 第 46/152 号决议 (first preambular paragraph), printed once.
    e = g["A/RES/59/159"]["A/RES/46/152"]
    assert e["weight"] == 1 and e["relations"] == "recalls" and e["first_paragraph"] == "pp1"
    assert set(g.predecessors("A/RES/46/152")) == {"A/RES/59/159", "A/RES/61/181",
                                                    "A/RES/67/189"}
    assert g.nodes["A/RES/61/181"]["in_corpus"] is True
    assert g.nodes["A/RES/46/152"]["in_corpus"] is False
    assert g.nodes["A/RES/46/152"]["kind"] == "resolution"


def test_compact_graph_matches_networkx(seeds_db: Path) -> None:
    g = load_graph(seeds_db)
    nxg = to_networkx(seeds_db)
    assert len(g) == nxg.number_of_nodes() and g.n_edges == nxg.number_of_edges()
    for node in ("A/RES/46/152", "A/RES/67/189", "A/59/494"):
        i = g.index[node]
        assert {g.ids[j] for j in g.predecessors(i)} == set(nxg.predecessors(node))
        assert {g.ids[j] for j in g.successors(i)} == set(nxg.successors(node))


def test_pagerank_is_networkx_pagerank(seeds_db: Path) -> None:
    from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python

    g = load_graph(seeds_db)
    expected = _pagerank_python(to_networkx(seeds_db), weight="weight")
    got = pagerank(g)
    assert got.sum() == pytest.approx(1.0)
    for node in ("A/RES/46/152", "A/RES/55/25", "A/RES/67/189"):
        assert got[g.index[node]] == pytest.approx(expected[node], rel=1e-3)


def test_hits_known_answer() -> None:
    # Two hubs cite the same two authorities; "c" is cited by one hub only.
    g = _small([("h1", "a", 1), ("h1", "b", 1), ("h2", "a", 1), ("h2", "b", 1), ("h2", "c", 1)])
    hub, auth = hits(g)
    ix = g.index
    assert auth[ix["a"]] == pytest.approx(auth[ix["b"]])
    assert auth[ix["a"]] > auth[ix["c"]] > 0 and auth[ix["h1"]] == 0
    assert hub[ix["h2"]] > hub[ix["h1"]] > 0
    assert auth.sum() == pytest.approx(1.0) and hub.sum() == pytest.approx(1.0)


def test_shortest_and_simple_paths() -> None:
    g = _small([("a", "b", 1), ("b", "c", 1), ("a", "c", 1), ("c", "d", 1), ("b", "d", 1),
                ("d", "a", 1)])
    ix, ids = g.index, g.ids
    assert [ids[i] for i in g.shortest_path(ix["a"], ix["d"])] == ["a", "b", "d"]
    paths = sorted([ids[i] for i in p] for p in g.simple_paths(ix["a"], ix["d"], 3))
    assert paths == [["a", "b", "c", "d"], ["a", "b", "d"], ["a", "c", "d"]]
    assert sorted(len(p) for p in g.simple_paths(ix["a"], ix["d"], 2)) == [3, 3]
    assert g.shortest_path(ix["d"], ix["a"]) == [ix["d"], ix["a"]]
    assert list(g.simple_paths(ix["a"], ix["a"], 4)) == []
    # The same as networkx on a graph with a cycle.
    nxg = nx.DiGraph([(s, t) for s, t in [("a", "b"), ("b", "c"), ("a", "c"), ("c", "d"),
                                         ("b", "d"), ("d", "a")]])
    assert sorted(nx.all_simple_paths(nxg, "a", "d", cutoff=3)) == paths
