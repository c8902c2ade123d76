"""The citation graph built from the store: compact arrays for queries, networkx for users."""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass

import networkx as nx
import numpy as np

from ._gc import gc_paused
from .store import NODE_COLUMNS, Store

__all__ = ["CitationGraph", "hits", "load_graph", "pagerank", "to_networkx"]


@dataclass
class CitationGraph:
    """Who cites whom, as integer arrays: node ``i`` is ``ids[i]``.

    Edges are held twice, by source (``src``/``dst``/``weight`` sorted by
    source, ``out_ptr`` the CSR row pointer) and by target (``in_src`` for
    each target run ``in_ptr``), so following citations either way is a slice.
    ``weight`` is the number of mentions behind each edge.
    """

    ids: list[str]
    index: dict[str, int]
    src: np.ndarray
    dst: np.ndarray
    weight: np.ndarray
    out_ptr: np.ndarray
    in_src: np.ndarray
    in_weight: np.ndarray
    in_ptr: np.ndarray

    @classmethod
    def from_arrays(cls, ids: list[str], src: np.ndarray, dst: np.ndarray,
                    weight: np.ndarray) -> CitationGraph:
        n = len(ids)
        order = np.lexsort((dst, src))
        src, dst, weight = src[order], dst[order], weight[order]
        out_ptr = np.zeros(n + 1, dtype=np.int64)
        np.cumsum(np.bincount(src, minlength=n), out=out_ptr[1:])
        rorder = np.lexsort((src, dst))
        in_ptr = np.zeros(n + 1, dtype=np.int64)
        np.cumsum(np.bincount(dst, minlength=n), out=in_ptr[1:])
        return cls(ids, {v: i for i, v in enumerate(ids)}, src, dst, weight, out_ptr,
                   src[rorder], weight[rorder], in_ptr)

    def __len__(self) -> int:
        return len(self.ids)

    @property
    def n_edges(self) -> int:
        return len(self.src)

    def successors(self, i: int) -> np.ndarray:
        """Nodes that node ``i`` cites, by index, in index order."""
        return self.dst[self.out_ptr[i]:self.out_ptr[i + 1]]

    def predecessors(self, i: int) -> np.ndarray:
        """Nodes that cite node ``i``, by index, in index order."""
        return self.in_src[self.in_ptr[i]:self.in_ptr[i + 1]]

    def in_degree(self) -> np.ndarray:
        return np.diff(self.in_ptr)

    def shortest_path(self, a: int, b: int, max_len: int | None = None) -> list[int] | None:
        """The shortest citation chain from ``a`` to ``b`` (node indices), or None.

        Breadth-first from ``a``; among chains of equal length the one through
        the smallest ids comes first, so the answer does not depend on
        insertion order.
        """
        if a == b:
            return [a]
        parent = {a: a}
        frontier = [a]
        depth = 0
        while frontier and (max_len is None or depth < max_len):
            depth += 1
            nxt = []
            for u in frontier:
                for v in self.successors(u).tolist():
                    if v not in parent:
                        parent[v] = u
                        if v == b:
                            path = [b]
                            while path[-1] != a:
                                path.append(parent[path[-1]])
                            return path[::-1]
                        nxt.append(v)
            frontier = nxt
        return None

    def simple_paths(self, a: int, b: int, max_len: int) -> Iterator[list[int]]:
        """Every simple citation chain from ``a`` to ``b`` of at most ``max_len`` steps.

        Only nodes from which ``b`` can be reached in the steps left are
        entered (a backward search from ``b`` bounds the depth-first search).
        """
        dist = {b: 0}
        queue = deque([b])
        while queue:
            v = queue.popleft()
            if dist[v] >= max_len:
                continue
            for u in self.predecessors(v).tolist():
                if u not in dist:
                    dist[u] = dist[v] + 1
                    queue.append(u)
        if a not in dist:
            return
        path = [a]
        on_path = {a}

        def walk(u: int) -> Iterator[list[int]]:
            left = max_len - (len(path) - 1)
            for v in self.successors(u).tolist():
                if v == b:
                    yield [*path, b]
                elif v not in on_path and dist.get(v, max_len + 1) < left:
                    path.append(v)
                    on_path.add(v)
                    yield from walk(v)
                    path.pop()
                    on_path.discard(v)

        if a == b:
            return
        yield from walk(a)


def load_graph(store: Store | str | os.PathLike[str]) -> CitationGraph:
    """The compact citation graph of a store (every node, every edge).

    Examples
    --------
    >>> g = load_graph("xref.db")  # doctest: +SKIP
    >>> [g.ids[i] for i in g.predecessors(g.index["A/RES/46/152"])]  # doctest: +SKIP
    ['A/RES/59/159', 'A/RES/61/181', 'A/RES/67/189']
    """
    if not isinstance(store, Store):
        with Store.open(store) as st:
            return load_graph(st)
    c = store.conn
    with gc_paused():
        ids = [r[0] for r in c.execute("SELECT id FROM nodes ORDER BY id")]
        index = {v: i for i, v in enumerate(ids)}
        rows = c.execute("SELECT source, target, mentions FROM edges").fetchall()
        n = len(rows)
        src = np.fromiter((index.get(r[0], -1) for r in rows), dtype=np.int64, count=n)
        dst = np.fromiter((index.get(r[1], -1) for r in rows), dtype=np.int64, count=n)
        w = np.fromiter((r[2] for r in rows), dtype=np.int64, count=n)
        del rows
        keep = (src >= 0) & (dst >= 0)
        return CitationGraph.from_arrays(ids, src[keep], dst[keep], w[keep])


def to_networkx(store: Store | str | os.PathLike[str]) -> nx.DiGraph:
    """The store as a networkx DiGraph.

    Nodes carry the ``nodes`` table's columns (``kind``, ``label``, ``date``,
    ``body``, ``in_corpus`` as a bool, ``path``, ``lang``, ``url``); each edge
    carries ``weight`` (its number of mentions), ``relations`` (sorted,
    ``;``-joined as in the ``edges`` table, which GEXF and GraphML can hold)
    and ``first_paragraph``.

    Nodes and edges are added in bulk from two table scans.

    Examples
    --------
    >>> G = to_networkx("xref.db")  # doctest: +SKIP
    >>> G["A/RES/59/159"]["A/RES/46/152"]["relations"]  # doctest: +SKIP
    'recalls'
    """
    if not isinstance(store, Store):
        with Store.open(store) as st:
            return to_networkx(st)
    c = store.conn
    g = nx.DiGraph()
    attrs = NODE_COLUMNS[1:]
    with gc_paused():
        g.add_nodes_from(
            (r[0], {**dict(zip(attrs, r[1:], strict=True)), "in_corpus": bool(r[5])})
            for r in c.execute(f"SELECT {', '.join(NODE_COLUMNS)} FROM nodes ORDER BY id")
        )
        g.add_edges_from(
            (s, t, {"weight": n, "relations": rel, "first_paragraph": fp})
            for s, t, n, rel, fp in c.execute(
                "SELECT source, target, mentions, relations, first_paragraph FROM edges"
                " ORDER BY source, target")
        )
    return g


def pagerank(g: CitationGraph, alpha: float = 0.85, tol: float = 1.0e-6,
             max_iter: int = 100, weighted: bool = True) -> np.ndarray:
    """PageRank of every node, by power iteration on the edge arrays.

    The same definition as ``networkx.pagerank`` (weights = mentions,
    dangling nodes spread uniformly, convergence when the L1 change is below
    ``n * tol``), computed with numpy: about a second for a million edges.
    """
    n = len(g)
    if n == 0:
        return np.zeros(0)
    w = g.weight.astype(float) if weighted else np.ones(g.n_edges)
    out_w = np.bincount(g.src, weights=w, minlength=n)
    share = w / out_w[g.src] if g.n_edges else w
    dangling = out_w == 0
    x = np.full(n, 1.0 / n)
    for _ in range(max_iter):
        last = x
        x = alpha * np.bincount(g.dst, weights=last[g.src] * share, minlength=n)
        x += (alpha * last[dangling].sum() + 1.0 - alpha) / n
        if np.abs(x - last).sum() < n * tol:
            break
    return x / x.sum()


def hits(g: CitationGraph, tol: float = 1.0e-6, max_iter: int = 100,
         weighted: bool = True) -> tuple[np.ndarray, np.ndarray]:
    """HITS hub and authority scores of every node (each summing to 1).

    Authorities are texts cited by good hubs; hubs cite good authorities.
    Power iteration stops when the hub scores move less than ``tol`` in L1.
    """
    n = len(g)
    if n == 0:
        return np.zeros(0), np.zeros(0)
    w = g.weight.astype(float) if weighted else np.ones(g.n_edges)
    h = np.full(n, 1.0 / n)
    for _ in range(max_iter):
        last = h
        a = np.bincount(g.dst, weights=h[g.src] * w, minlength=n)
        h = np.bincount(g.src, weights=a[g.dst] * w, minlength=n)
        total = h.sum()
        if total == 0:
            break
        h = h / total
        if np.abs(h - last).sum() < tol:
            break
    a = np.bincount(g.dst, weights=h[g.src] * w, minlength=n)
    return h, (a / a.sum() if a.sum() else a)
