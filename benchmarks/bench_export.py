#!/usr/bin/env python3
"""Measure the exports and the HTML page at scale.

Run from the repository root. Uses (or writes) the synthetic store of
``bench_graph.py`` (``--docs`` documents, ``--edges`` citation edges), then
times:

1. the export tables (``graph_tables``: nodes with in-degree, PageRank and
   series, edges), and each writer on them; as the baseline, networkx's
   ``write_gexf`` on the same graph (``--skip-networkx`` leaves it out);
2. the HTML page of the ``--page-nodes`` highest-PageRank texts: writing it,
   and drawing it in headless Chromium offline (``--browser``; skipped when
   none is found). The page records, in its ``<body>``, the milliseconds
   from navigation to the network being built and to its first drawing.

Timings go to stdout (and ``--json FILE``); nothing here is a pass/fail test.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import networkx as nx
from bench_graph import generate_store

from xref.export import graph_tables, to_networkx, write
from xref.store import Store
from xref.viz import write_html


def _timed(fn, *args, **kwargs):  # type: ignore[no-untyped-def]
    t = time.perf_counter()
    out = fn(*args, **kwargs)
    return out, time.perf_counter() - t


def _chromium(name: str | None) -> str | None:
    names = [name] if name else ["chromium", "chromium-browser", "chromium-headless-shell",
                                 "google-chrome"]
    return next((p for p in map(shutil.which, names) if p), None)


def draw_in_chromium(browser: str, page: Path) -> dict[str, object]:
    """Open the page offline in headless Chromium; wall time and the page's own marks."""
    with tempfile.TemporaryDirectory() as profile:
        args = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=http://127.0.0.1:9",
                f"--user-data-dir={profile}", "--window-size=1280,900",
                "--enable-logging=stderr", "--v=0", "--virtual-time-budget=1000",
                "--dump-dom", page.resolve().as_uri()]
        t = time.perf_counter()
        done = subprocess.run(args, capture_output=True, text=True, timeout=300, check=False)
        wall = time.perf_counter() - t
    body = re.search(r"<body\b[^>]*>", done.stdout)
    tag = body[0] if body else ""
    drawn = re.search(r'data-drawn="(\d+)"', tag)
    timing = re.search(r'data-timing="(\d+) (\d+) (\d+)"', tag)
    console = [ln for ln in done.stderr.splitlines() if ":CONSOLE" in ln]
    return {
        "wall_s (browser start to exit)": round(wall, 2),
        "nodes drawn": int(drawn[1]) if drawn else 0,
        "page: built network at ms": int(timing[2]) if timing else None,
        "page: first drawn at ms": int(timing[3]) if timing else None,
        "console messages": len(console),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=100_000)
    ap.add_argument("--edges", type=int, default=1_000_000)
    ap.add_argument("--db", default=os.path.join(tempfile.gettempdir(), "xref-bench-graph.db"))
    ap.add_argument("--out", default=os.path.join(tempfile.gettempdir(), "xref-bench-export"))
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--page-nodes", type=int, default=5000)
    ap.add_argument("--formats", default="gexf,graphml,json,csv,parquet")
    ap.add_argument("--skip-networkx", action="store_true")
    ap.add_argument("--browser", help="Chromium to draw the page with (default: from PATH).")
    ap.add_argument("--json", help="Also write the figures here.")
    args = ap.parse_args(argv)

    db, out = Path(args.db), Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    if not db.exists():
        print(f"generating a store of {args.docs:,} documents, {args.edges:,} edges -> {db}")
        generate_store(db, args.docs, args.edges, args.seed)
    figures: dict[str, object] = {}
    store = Store.open(db)
    tables, t_tables = _timed(graph_tables, store)
    print(f"store: {len(tables.nodes):,} nodes, {len(tables.edges):,} edges")
    figures["graph_tables (nodes, edges, in-degree, PageRank, series)"] = round(t_tables, 2)
    for fmt in args.formats.split(","):
        _, t = _timed(write, tables, fmt, out / f"graph.{fmt}")
        figures[f"write {fmt}"] = round(t, 2)
        if fmt == "gexf":
            figures["gexf end to end (tables + write)"] = round(t_tables + t, 2)
            figures["gexf size MB"] = round((out / "graph.gexf").stat().st_size / 1e6, 1)
    if not args.skip_networkx:
        g, t_nx = _timed(to_networkx, tables)
        figures["baseline: networkx DiGraph from the tables"] = round(t_nx, 2)
        _, t = _timed(nx.write_gexf, g, out / "networkx.gexf")
        figures["baseline: networkx write_gexf"] = round(t, 2)
        del g
    page = out / "graph.html"
    _, t = _timed(write_html, store, page, max_nodes=args.page_nodes)
    figures[f"write page of {args.page_nodes:,} nodes"] = round(t, 2)
    figures["page size MB"] = round(page.stat().st_size / 1e6, 1)
    browser = _chromium(args.browser)
    if browser:
        figures["chromium"] = draw_in_chromium(browser, page)
    else:
        figures["chromium"] = "no Chromium found: page not drawn"
    width = max(len(k) for k in figures)
    for key, value in figures.items():
        print(f"{key:<{width}}  {value}")
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
