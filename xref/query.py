"""The questions analysts ask of the citation graph, as library calls."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from itertools import islice, pairwise

import numpy as np

from .graph import CitationGraph, hits, pagerank
from .ids import id_parts, id_year, order_key
from .store import SCHEMA_VERSION, Store, gazetteer

__all__ = [
    "RANKINGS",
    "Chain",
    "Citation",
    "Ranked",
    "Series",
    "SeriesMember",
    "Similar",
    "Step",
    "chain",
    "cited_by",
    "cites",
    "series",
    "show",
    "similar",
    "stats",
    "top",
]

RANKINGS = ("indegree", "pagerank", "hits")
_CHUNK = 500


@dataclass(frozen=True)
class Citation:
    """One printed reference: ``source`` cites ``target`` at ``paragraph`` of ``path``."""

    depth: int
    source: str
    target: str
    relation: str
    paragraph: str
    raw: str
    snippet: str
    path: str
    start: int


def _chunks(items: Sequence[str]) -> Iterable[Sequence[str]]:
    for i in range(0, len(items), _CHUNK):
        yield items[i:i + _CHUNK]


def _walk(store: Store, node: str, depth: int, forward: bool) -> list[Citation]:
    near = "source" if forward else "target"
    out: list[Citation] = []
    seen = {node}
    frontier = [node]
    for level in range(1, depth + 1):
        rows = []
        for chunk in _chunks(frontier):
            marks = ",".join("?" * len(chunk))
            rows += store.conn.execute(
                f"SELECT m.source, m.target, m.relation, m.paragraph, m.raw, m.snippet, d.path,"
                f" m.start FROM mentions m JOIN documents d ON d.doc = m.doc"
                f" WHERE m.{near} IN ({marks})", list(chunk)).fetchall()
        far_i = 1 if forward else 0
        if forward:  # as printed: by citing text, then position in it
            rows.sort(key=lambda r: (order_key(r[0]), r[6], r[7]))
        else:  # oldest citing text first
            rows.sort(key=lambda r: (order_key(r[1]), order_key(r[0]), r[6], r[7]))
        out += [Citation(level, *r) for r in rows]
        nxt = sorted({r[far_i] for r in rows} - seen)
        seen.update(nxt)
        frontier = nxt
        if not frontier:
            break
    return out


def cites(store: Store, node: str, depth: int = 1) -> list[Citation]:
    """What ``node`` cites, mention by mention; with ``depth`` > 1, what those cite in turn.

    Examples
    --------
    >>> [c.target for c in cites(Store.open("xref.db"), "A/RES/59/159")][:2]  # doctest: +SKIP
    ['A/RES/46/152', 'A/RES/58/140']
    """
    return _walk(store, node, depth, forward=True)


def cited_by(store: Store, node: str, depth: int = 1) -> list[Citation]:
    """Who cites ``node``, mention by mention, oldest citer first; ``depth`` > 1 goes further back.

    Examples
    --------
    >>> sorted({c.source for c in cited_by(Store.open("xref.db"), "A/RES/46/152")})  # doctest: +SKIP
    ['A/RES/59/159', 'A/RES/61/181', 'A/RES/67/189']
    """
    return _walk(store, node, depth, forward=False)


@dataclass(frozen=True)
class Step:
    """One link of a chain: ``source`` cites ``target`` (first mention's paragraph and sentence)."""

    source: str
    target: str
    relations: str
    paragraph: str
    snippet: str


@dataclass(frozen=True)
class Chain:
    """A citation chain from its first node to its last."""

    nodes: tuple[str, ...]
    steps: tuple[Step, ...]

    def __len__(self) -> int:
        return len(self.steps)


def _step(store: Store, a: str, b: str) -> Step:
    edge = store.conn.execute(
        "SELECT relations, first_paragraph FROM edges WHERE source = ? AND target = ?",
        (a, b)).fetchone()
    first = store.conn.execute(
        "SELECT m.snippet FROM mentions m JOIN documents d ON d.doc = m.doc"
        " WHERE m.source = ? AND m.target = ? ORDER BY d.path, m.start LIMIT 1", (a, b)).fetchone()
    return Step(a, b, edge[0] if edge else "", edge[1] if edge else "", first[0] if first else "")


def chain(store: Store, graph: CitationGraph, start: str, end: str, *, all_chains: bool = False,
          max_len: int | None = None, limit: int = 100) -> list[Chain]:
    """How ``start`` reaches ``end`` by citations.

    The shortest chain (empty list if there is none), or with ``all_chains``
    every simple chain of at most ``max_len`` steps (default 4), shortest
    first, at most ``limit`` of them.

    Examples
    --------
    >>> st = Store.open("xref.db"); g = load_graph(st)  # doctest: +SKIP
    >>> chain(st, g, "A/RES/67/189", "A/RES/46/152")[0].nodes  # doctest: +SKIP
    ('A/RES/67/189', 'A/RES/46/152')
    """
    a, b = graph.index[start], graph.index[end]
    if all_chains:
        found = list(islice(graph.simple_paths(a, b, max_len or 4), 100_000))
        paths = sorted(found, key=lambda p: (len(p), [graph.ids[i] for i in p]))[:limit]
    else:
        p = graph.shortest_path(a, b, max_len)
        paths = [p] if p and len(p) > 1 else []
    out = []
    for p in paths:
        names = tuple(graph.ids[i] for i in p)
        out.append(Chain(names, tuple(_step(store, x, y) for x, y in pairwise(names))))
    return out


@dataclass(frozen=True)
class Ranked:
    """A node's place in a ranking."""

    rank: int
    id: str
    score: float
    cited_by: int
    mentions: int
    kind: str
    date: str
    label: str


def _node_rows(store: Store, ids: Sequence[str]) -> dict[str, tuple[str, str, str]]:
    out = {}
    for chunk in _chunks(list(ids)):
        marks = ",".join("?" * len(chunk))
        for r in store.conn.execute(
                f"SELECT id, kind, date, label FROM nodes WHERE id IN ({marks})", list(chunk)):
            out[r[0]] = (r[1], r[2], r[3])
    return out


def top(store: Store, graph: CitationGraph, by: str = "indegree", kind: str | None = None,
        n: int = 20, since: int | None = None) -> list[Ranked]:
    """The most cited nodes by ``indegree`` (citing texts), ``pagerank`` or ``hits`` (authority).

    ``kind`` keeps nodes of that kind (resolution, decision, document,
    instrument); ``since`` counts only citations made in texts of that year
    or later (a text's year is its date, else what its number tells).

    Examples
    --------
    >>> [r.id for r in top(Store.open("xref.db"), load_graph("xref.db"), n=1)]  # doctest: +SKIP
    ['A/RES/46/152']
    """
    if by not in RANKINGS:
        raise ValueError(f"unknown ranking {by!r}; choose one of {', '.join(RANKINGS)}")
    g = graph
    if since is not None:
        # An instrument's edge to the resolution it is annexed to is no
        # citation made in a text: instruments never count as citing here.
        dates = dict(store.conn.execute("SELECT id, date FROM nodes"))
        years = np.array([0 if i.startswith("instrument:") else id_year(i, dates.get(i, ""))
                          for i in g.ids], dtype=np.int64)
        keep = years[g.src] >= since
        g = CitationGraph.from_arrays(g.ids, g.src[keep], g.dst[keep], g.weight[keep])
    indeg = g.in_degree()
    weights = np.bincount(g.dst, weights=g.weight, minlength=len(g)).astype(np.int64)
    if by == "indegree":
        score = indeg.astype(float)
    elif by == "pagerank":
        score = pagerank(g)
    else:
        score = hits(g)[1]
    candidates = np.flatnonzero(indeg > 0)
    if kind:
        kinds = dict(store.conn.execute("SELECT id, kind FROM nodes WHERE kind = ?", (kind,)))
        candidates = np.array([i for i in candidates.tolist() if g.ids[i] in kinds],
                              dtype=np.int64)
    order = sorted(candidates.tolist(), key=lambda i: (-score[i], -weights[i], g.ids[i]))[:n]
    rows = _node_rows(store, [g.ids[i] for i in order])
    out = []
    for rank, i in enumerate(order, 1):
        k, date, label = rows.get(g.ids[i], ("", "", ""))
        out.append(Ranked(rank, g.ids[i], float(score[i]), int(indeg[i]), int(weights[i]),
                          k, date, label))
    return out


def show(store: Store, node: str) -> dict[str, object]:
    """Everything the store knows about ``node``, each fact with the texts it comes from."""
    c = store.conn
    info: dict[str, object] = dict(store.node(node) or {"id": node})
    info["in_corpus"] = bool(info.get("in_corpus"))
    info["documents"] = [
        dict(zip(("path", "sha256", "lang", "id_source", "date", "title"), r, strict=True))
        for r in c.execute("SELECT path, sha256, lang, id_source, date, title FROM documents"
                           " WHERE id = ? ORDER BY path", (node,))]
    for fld in ("title", "date"):
        said: dict[tuple[str, str], list[str]] = {}
        for value, how, source in c.execute(
                "SELECT value, how, source FROM facts WHERE node = ? AND field = ?"
                " ORDER BY value, how, source, start", (node, fld)):
            srcs = said.setdefault((value, how), [])
            if source not in srcs:
                srcs.append(source)
        info[f"{fld}s_cited"] = [{"value": v, "how": h, "sources": s}
                                 for (v, h), s in said.items()]
    gz = gazetteer().get(node)
    if gz:
        info["gazetteer"] = dict(gz)
    info["cited_by"] = c.execute("SELECT count(*) FROM edges WHERE target = ?",
                                 (node,)).fetchone()[0]
    info["cites"] = c.execute("SELECT count(*) FROM edges WHERE source = ?",
                              (node,)).fetchone()[0]
    info["mentions_of"] = c.execute("SELECT count(*) FROM mentions WHERE target = ?",
                                    (node,)).fetchone()[0]
    info["relations_of"] = dict(c.execute(
        "SELECT relation, count(*) FROM mentions WHERE target = ? GROUP BY relation"
        " ORDER BY relation", (node,)).fetchall())
    return info


def stats(store: Store) -> dict[str, object]:
    """Sizes of the store: documents, mentions, edges, nodes by kind, held and only cited."""
    c = store.conn

    def one(q: str) -> int:
        return int(c.execute(q).fetchone()[0])

    return {
        "store": store.path,
        "schema_version": SCHEMA_VERSION,
        "documents": one("SELECT count(*) FROM documents"),
        "documents_by_lang": dict(c.execute(
            "SELECT lang, count(*) FROM documents GROUP BY lang ORDER BY lang")),
        "mentions": one("SELECT count(*) FROM mentions"),
        "edges": one("SELECT count(*) FROM edges"),
        "nodes": one("SELECT count(*) FROM nodes"),
        "nodes_by_kind": dict(c.execute(
            "SELECT kind, count(*) FROM nodes GROUP BY kind ORDER BY kind")),
        "in_corpus": one("SELECT count(*) FROM nodes WHERE in_corpus = 1"),
        "cited_not_held": one("SELECT count(*) FROM nodes WHERE in_corpus = 0"),
        "facts": one("SELECT count(*) FROM facts"),
        "relations": dict(c.execute(
            "SELECT relation, count(*) FROM mentions GROUP BY relation ORDER BY relation")),
    }


# -- series ----------------------------------------------------------------


@dataclass(frozen=True)
class SeriesMember:
    """A text of a series: ``role`` is ``member`` (same title) or ``origin``."""

    id: str
    date: str
    title: str
    in_corpus: bool
    role: str
    cites: tuple[tuple[str, str], ...]  # earlier texts of the series it cites, with relations


@dataclass(frozen=True)
class Series:
    """A recurring resolution: texts of one issuer adopted under one title, in order."""

    title: str
    members: tuple[SeriesMember, ...] = field(default_factory=tuple)


def _title_keys(store: Store, nodes: Iterable[str]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for chunk in _chunks(sorted(set(nodes))):
        marks = ",".join("?" * len(chunk))
        for node, key in store.conn.execute(
                f"SELECT node, key FROM facts WHERE field = 'title' AND node IN ({marks})"
                f" UNION SELECT id, title_key FROM documents WHERE id IN ({marks})",
                list(chunk) * 2):
            if key:
                out.setdefault(node, set()).add(key)
    return out


def _same_title(store: Store, node: str, prefix: str) -> tuple[set[str], dict[str, set[str]]]:
    """Texts of ``prefix`` linked to ``node`` by a shared title, and the titles seen."""
    members = {node}
    keys_of = _title_keys(store, [node])
    keys_seen: set[str] = set()
    todo = set(keys_of.get(node, set()))
    while todo and len(members) < 1000:
        key = todo.pop()
        keys_seen.add(key)
        found = {r[0] for r in store.conn.execute(
            "SELECT node FROM facts WHERE key = ? UNION SELECT id FROM documents"
            " WHERE title_key = ?", (key, key))}
        new = {f for f in found if f.startswith(prefix + "/") and f not in members}
        members |= new
        for n, ks in _title_keys(store, new).items():
            keys_of.setdefault(n, set()).update(ks)
            todo |= ks - keys_seen
    return members, keys_of


def _overlap(a: str, b: str) -> float:
    """Longest common run of two title keys, as a share of the shorter one."""
    if not a or not b:
        return 0.0
    m = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    return m.size / min(len(a), len(b))


def series(store: Store, node: str) -> Series:
    """The recurring series ``node`` belongs to, oldest first.

    Members are texts of the same issuer that a heading or a citing text
    gives the same title (题为“…”, 关于…的, entitled "…"), linked through any
    title they share. The series' origin is an earlier text of that issuer
    that at least two held members, and at least half of those adopted after
    it, cite, and whose own title shares most of the series' title (46/152,
    on an effective crime programme, opens the series on strengthening that
    programme). Each member lists the earlier texts of the series it cites.

    Examples
    --------
    >>> [m.id for m in series(Store.open("xref.db"), "A/RES/61/181").members]  # doctest: +SKIP
    ['A/RES/46/152', 'A/RES/58/140', 'A/RES/59/159', 'A/RES/60/175', 'A/RES/61/181', ...]
    """
    parts = id_parts(node)
    if "/RES/" not in node + "/" and "/DEC/" not in node + "/":
        return Series("", (_member(store, node, "member"),))
    prefix = parts.prefix
    members, keys_of = _same_title(store, node, prefix)
    if len(members) == 1:
        # Not a title of its own series: perhaps the origin of one. Try the
        # series of the held texts that cite it.
        citers = [r[0] for r in store.conn.execute(
            "SELECT DISTINCT e.source FROM edges e JOIN nodes n ON n.id = e.source"
            " WHERE e.target = ? AND n.in_corpus = 1 AND e.source LIKE ? ORDER BY e.source",
            (node, prefix + "/%"))]
        for citer in citers:
            s = series(store, citer)
            if any(m.id == node for m in s.members):
                return s
        return Series("", (_member(store, node, "member"),))
    dates = dict(store.conn.execute(
        f"SELECT id, date FROM nodes WHERE id IN ({','.join('?' * len(members))})",
        sorted(members)))
    keys = [k for m in members for k in keys_of.get(m, ())]
    main_key = max(sorted(set(keys)), key=keys.count)
    held = sorted(r[0] for r in store.conn.execute(
        f"SELECT DISTINCT id FROM documents WHERE id IN ({','.join('?' * len(members))})",
        sorted(members)))
    first = min(order_key(m, dates.get(m, "")) for m in members)
    cited: dict[str, set[str]] = {}
    for h in held:
        for (t,) in store.conn.execute(
                "SELECT target FROM edges WHERE source = ? AND target LIKE ?", (h, prefix + "/%")):
            if t not in members:
                cited.setdefault(t, set()).add(h)
    origins = set()
    cand_keys = _title_keys(store, cited)
    cand_dates = dict(store.conn.execute(
        f"SELECT id, date FROM nodes WHERE id IN ({','.join('?' * len(cited))})", sorted(cited)))
    for cand, citers in cited.items():
        key = order_key(cand, cand_dates.get(cand, ""))
        if key >= first or len(citers) < 2:
            continue
        later = [h for h in held if order_key(h, dates.get(h, "")) > key]
        if len(citers) * 2 < len(later):
            continue
        if any(_overlap(k, main_key) >= 0.5 for k in cand_keys.get(cand, ())):
            origins.add(cand)
    everyone = sorted(members | origins,
                      key=lambda m: order_key(m, dates.get(m, "") or cand_dates.get(m, "")))
    out = []
    for i, m in enumerate(everyone):
        earlier = set(everyone[:i])
        links = tuple((t, rel) for t, rel in store.conn.execute(
            "SELECT target, relations FROM edges WHERE source = ? ORDER BY target", (m,))
            if t in earlier)
        links = tuple(sorted(links, key=lambda x: order_key(x[0])))
        out.append(_member(store, m, "origin" if m in origins else "member", links))
    title = next((str(store.node(m)["label"]) for m in everyone
                  if m in members and store.node(m) and keys_of.get(m, set()) & {main_key}
                  and str(store.node(m)["label"])), "")
    return Series(title, tuple(out))


def _member(store: Store, node: str, role: str,
            links: tuple[tuple[str, str], ...] = ()) -> SeriesMember:
    row = store.node(node) or {}
    return SeriesMember(node, str(row.get("date", "")), str(row.get("label", "")),
                        bool(row.get("in_corpus")), role, links)


# -- similarity ------------------------------------------------------------


@dataclass(frozen=True)
class Similar:
    """A text near another: ``shared`` citers (co-citation) or references (coupling)."""

    id: str
    shared: int
    score: float  # shared / sqrt(product of the two counts): Salton's cosine
    label: str


def similar(store: Store, graph: CitationGraph, node: str,
            n: int = 10) -> dict[str, list[Similar]]:
    """Nearest texts to ``node`` by co-citation and by bibliographic coupling.

    Co-citation: texts cited by the same texts that cite ``node``.
    Coupling: texts that cite the same texts as ``node``.
    """
    g = graph
    x = g.index[node]
    indeg, outdeg = g.in_degree(), np.diff(g.out_ptr)
    result: dict[str, list[Similar]] = {}
    for name, first, second, deg in (
        ("co_citation", g.predecessors, g.successors, indeg),
        ("coupling", g.successors, g.predecessors, outdeg),
    ):
        via = first(x)
        if len(via):
            near = np.concatenate([second(int(v)) for v in via])
            counts = np.bincount(near, minlength=len(g))
        else:
            counts = np.zeros(len(g), dtype=np.int64)
        counts[x] = 0
        idx = np.flatnonzero(counts).tolist()
        score = {i: counts[i] / float(np.sqrt(deg[x] * deg[i])) if deg[i] else 0.0 for i in idx}
        best = sorted(idx, key=lambda i: (-counts[i], -score[i], g.ids[i]))[:n]
        rows = _node_rows(store, [g.ids[i] for i in best])
        result[name] = [Similar(g.ids[i], int(counts[i]), round(score[i], 6),
                                rows.get(g.ids[i], ("", "", ""))[2]) for i in best]
    return result
