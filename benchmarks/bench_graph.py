#!/usr/bin/env python3
"""Measure the store, the graph and the queries at scale.

Two parts, run from the repository root:

1. **Scale**: writes a synthetic store of ``--docs`` documents and ``--edges``
   citation edges (GA-style ids, each text citing earlier ones with a
   preference for much-cited texts, recurring titles, one snippet per
   mention) through the store's schema, then times: loading the compact graph
   and the networkx DiGraph (with a bare ``nx.DiGraph(edge list)`` as the
   baseline measured in the same run), and each query once loaded.
2. **Rebuild**: builds a store from real files (``--corpus``, e.g. made by
   ``generate_corpus.py``), then builds it again with nothing changed, and
   reports the second build's time as a share of the first.

Timings go to stdout (and ``--json FILE``); nothing here is a pass/fail test.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import networkx as nx

from xref.graph import load_graph, to_networkx
from xref.query import chain, cited_by, cites, series, show, similar, stats, top
from xref.store import Store, UnknownId, build

RELATIONS = ("recalls", "reaffirms", "notes", "welcomes", "cites", "requests", "urges")


def _timed(fn, *args, **kwargs):  # type: ignore[no-untyped-def]
    t = time.perf_counter()
    out = fn(*args, **kwargs)
    return out, time.perf_counter() - t


def generate_store(db: Path, n_docs: int, n_edges: int, seed: int) -> dict[str, float]:
    """A store of ``n_docs`` held GA resolutions citing each other ``n_edges`` times."""
    rng = random.Random(seed)
    per_session = max(1, n_docs // 49)
    ids = [f"A/RES/{31 + i // per_session}/{1 + i % per_session}" for i in range(n_docs)]
    topics = [f"Strengthening programme number {k} and its technical cooperation capacity"
              for k in range(max(1, n_docs // 50))]
    t0 = time.perf_counter()
    store = Store.open(db, create=True)
    c = store.conn
    c.execute("BEGIN")
    c.executemany(
        "INSERT INTO documents (doc, path, sha256, size, id, id_source, date, title, title_key,"
        " body, lang) VALUES (?, ?, ?, 0, ?, 'heading', ?, ?, ?, 'GA', 'en')",
        [(i + 1, f"/corpus/{i:06d}.txt", f"{i:064x}", ident,
          f"{1945 + 31 + i // per_session}-12-{1 + i % 28:02d}", topics[i % len(topics)],
          topics[i % len(topics)].replace(" ", "").lower())
         for i, ident in enumerate(ids)])
    # Each text cites earlier ones: half uniformly, half in proportion to
    # the citations already received (a few texts gather most of them).
    per_doc = n_edges // n_docs
    extra = n_edges - per_doc * n_docs
    cited: list[int] = []
    rows = []
    for i in range(1, n_docs):
        k = per_doc + (1 if i <= extra else 0)
        targets: set[int] = set()
        while len(targets) < min(k, i):
            j = rng.choice(cited) if cited and rng.random() < 0.5 else rng.randrange(i)
            targets.add(j)
        for pos, j in enumerate(sorted(targets)):
            cited.append(j)
            rel = RELATIONS[rng.randrange(len(RELATIONS))]
            rows.append((i + 1, ids[i], ids[j], "resolution", ids[j].split("/", 2)[2], 100 * pos,
                         100 * pos + 6, f"pp{pos + 1}", rel, "text", "en", "", "",
                         f"{rel.capitalize()} its resolution {ids[j][6:]} of 18 December …"))
        if len(rows) > 200_000:
            c.executemany("INSERT INTO mentions VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
            rows = []
    c.executemany("INSERT INTO mentions VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
    c.execute("COMMIT")
    t1 = time.perf_counter()
    store.refresh(full=True)
    t2 = time.perf_counter()
    store.close()
    return {"insert_s": t1 - t0, "derive_edges_nodes_s": t2 - t1}


def bench_scale(args: argparse.Namespace, out: dict[str, object]) -> None:
    db = Path(args.db)
    if db.exists() and not args.reuse:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
    if not db.exists():
        print(f"generating a store of {args.docs:,} documents, {args.edges:,} edges -> {db}")
        out["generate"] = generate_store(db, args.docs, args.edges, args.seed)
        print(f"  generated in {sum(out['generate'].values()):.1f} s {out['generate']}")
    store = Store.open(db)
    s = stats(store)
    print(f"store: {s['documents']:,} documents, {s['mentions']:,} mentions, "
          f"{s['edges']:,} edges, {s['nodes']:,} nodes, {db.stat().st_size / 1e6:.0f} MB")
    times: dict[str, float] = {}
    graph, times["load_graph (compact, used by the queries)"] = _timed(load_graph, store)
    edges = store.conn.execute("SELECT source, target FROM edges").fetchall()
    _, times["baseline: nx.DiGraph(edge list), edges already in memory"] = _timed(nx.DiGraph, edges)
    del edges
    _, times["to_networkx (nodes and edges with attributes)"] = _timed(to_networkx, store)
    rng = random.Random(args.seed)
    hub = top(store, graph, "indegree", n=1)[0].id
    some = graph.ids[rng.randrange(len(graph))]
    late, early = graph.ids[-1], graph.ids[len(graph) // 10]
    # A node two citations away from ``late``, so that --all has chains to list.
    step = int(graph.successors(graph.index[late])[0])
    near = graph.ids[int(graph.successors(step)[-1])]
    queries = {
        f"cited_by {hub} (most cited)": lambda: cited_by(store, hub),
        f"cited_by {some}": lambda: cited_by(store, some),
        f"cites {late} --depth 2": lambda: cites(store, late, depth=2),
        f"chain {late} {early}": lambda: chain(store, graph, late, early),
        f"chain {late} {near} --all --max-len 3 (first 100)":
            lambda: chain(store, graph, late, near, all_chains=True, max_len=3),
        "top --by indegree": lambda: top(store, graph, "indegree"),
        "top --by pagerank": lambda: top(store, graph, "pagerank"),
        "top --by hits": lambda: top(store, graph, "hits"),
        "top --by pagerank --since 2010": lambda: top(store, graph, "pagerank", since=2010),
        f"series {some}": lambda: series(store, some),
        f"similar {hub}": lambda: similar(store, graph, hub),
        f"show {hub}": lambda: show(store, hub),
        "stats": lambda: stats(store),
        "resolve an unknown id (nearest ids)": lambda: _unknown(store),
    }
    sizes: dict[str, int] = {}
    for name, q in queries.items():
        runs = [_timed(q) for _ in range(args.runs)]
        times[name] = min(t for _, t in runs)
        result = runs[0][0]
        if isinstance(result, (list, dict)):
            sizes[name] = len(result)
        elif result is not None and hasattr(result, "members"):
            sizes[name] = len(result.members)
    out["scale"] = {"docs": s["documents"], "edges": s["edges"], "nodes": s["nodes"],
                    "mentions": s["mentions"], "seconds": times, "result_rows": sizes}
    width = max(len(k) for k in times)
    for name, t in times.items():
        rows = f"  ({sizes[name]} rows)" if name in sizes else ""
        print(f"  {name:<{width}}  {t:7.3f} s{rows}")
    store.close()


def _unknown(store: Store) -> None:
    try:
        store.resolve("99/99999")
    except UnknownId:
        pass


def bench_rebuild(args: argparse.Namespace, out: dict[str, object]) -> None:
    corpus = Path(args.corpus)
    files = [p for p in corpus.rglob("*") if p.suffix in (".txt", ".md")]
    size = sum(p.stat().st_size for p in files) / 1e6
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "rebuild.db"
        first, t_first = _timed(build, [corpus], db)
        second, t_second = _timed(build, [corpus], db)
    out["rebuild"] = {"files": len(files), "mb": size, "first_s": t_first, "second_s": t_second,
                      "ratio": t_second / t_first, "first_read": first.read,
                      "second_skipped": second.skipped, "second_read": second.read}
    print(f"rebuild: {len(files)} files, {size:.1f} MB: first build {t_first:.2f} s "
          f"({first.read} read), second build {t_second:.3f} s ({second.skipped} skipped, "
          f"{second.read} read) = {100 * t_second / t_first:.1f} % of the first")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=100_000)
    ap.add_argument("--edges", type=int, default=1_000_000)
    ap.add_argument("--db", default=os.path.join(tempfile.gettempdir(), "xref-bench-graph.db"))
    ap.add_argument("--reuse", action="store_true", help="Keep an existing --db store.")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--runs", type=int, default=2, help="Runs per query; the best is kept.")
    ap.add_argument("--corpus", help="A folder of texts for the rebuild measurement.")
    ap.add_argument("--skip-scale", action="store_true")
    ap.add_argument("--json", help="Also write the figures here.")
    args = ap.parse_args(argv)
    out: dict[str, object] = {"python": sys.version.split()[0], "cpus": os.cpu_count()}
    if not args.skip_scale:
        bench_scale(args, out)
    if args.corpus:
        bench_rebuild(args, out)
    if args.json:
        Path(args.json).write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
