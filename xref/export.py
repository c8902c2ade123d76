"""Export the citation graph to Gephi (GEXF), GraphML, JSON, CSV and Parquet."""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

import networkx as nx
import numpy as np
import pandas as pd
import regex

from .graph import CitationGraph, pagerank
from .ids import id_parts, id_year
from .ingest import Limits, Manifest, ManifestEntry
from .instruments import gazetteer
from .store import Store

__all__ = [
    "EDGE_ATTRS",
    "FORMATS",
    "KIND_COLOURS",
    "NODE_ATTRS",
    "ExportError",
    "GraphTables",
    "RunReport",
    "graph_tables",
    "nodes_path_for",
    "run",
    "series_titles",
    "store_snapshot",
    "to_networkx",
    "unused_line",
    "write",
    "write_atomic",
    "write_csv",
    "write_gexf",
    "write_graphml",
    "write_json",
    "write_parquet",
]

FORMATS = ("gexf", "graphml", "json", "csv", "parquet")

# Node attributes in every format, each of one type across all nodes (GEXF and
# GraphML readers refuse mixed types): str, int, bool or float.
NODE_ATTRS: dict[str, type] = {
    "kind": str,
    "label": str,
    "date": str,
    "year": int,
    "in_corpus": bool,
    "url": str,
    "indegree": int,
    "pagerank": float,
    "series": str,
}
EDGE_ATTRS: dict[str, type] = {"weight": int, "relations": str, "first_paragraph": str}

# One colour per node kind (Tableau 10), shared by GEXF and the HTML page.
KIND_COLOURS: dict[str, tuple[int, int, int]] = {
    "resolution": (31, 119, 180),
    "decision": (255, 127, 14),
    "document": (44, 160, 44),
    "instrument": (214, 39, 40),
}
OTHER_COLOUR = (127, 127, 127)


class ExportError(Exception):
    """An export that cannot be done; the message is one line for the user."""


@dataclass
class GraphTables:
    """The graph to export, as two tables in a fixed order.

    ``nodes``: ``id`` then :data:`NODE_ATTRS`, plus ``start`` (the adoption
    date, else 1 January of the year the number tells, else ``""``) that
    drives Gephi's timeline; sorted by id. An instrument's ``date`` is its
    adoption date from the gazetteer. ``edges``: ``source``, ``target``
    then :data:`EDGE_ATTRS` (``weight`` is the number of mentions), sorted by
    source and target. ``indegree`` (citing texts) and ``pagerank`` are
    measured on the whole store even when the tables hold a neighbourhood.
    ``total_nodes``/``total_edges`` are the whole store's sizes.
    """

    nodes: pd.DataFrame
    edges: pd.DataFrame
    total_nodes: int
    total_edges: int
    focus: str | None = None
    depth: int | None = None
    left_out: dict[str, int] = field(default_factory=dict)  # kind -> nodes dropped by a limit
    left_out_edges: int = 0  # edges of the scope that touch a node dropped by the limit

    def __len__(self) -> int:
        return len(self.nodes)


def _edges_of(store: Store) -> tuple[list[str], list[str], list[int], list[str], list[str]]:
    cols: tuple[list, ...] = ([], [], [], [], [])
    cur = store.conn.execute(
        "SELECT source, target, mentions, relations, first_paragraph FROM edges"
        " ORDER BY source, target")
    while rows := cur.fetchmany(100_000):
        for col, vals in zip(cols, zip(*rows, strict=True), strict=True):
            col.extend(vals)
    return cols  # type: ignore[return-value]


def series_titles(store: Store) -> dict[str, str]:
    """The recurring series each text belongs to, by its title.

    Texts of the same issuer given the same title (by their heading or by
    citing texts: 题为“…”, entitled "…", 关于…的) form a series, joined
    through any title they share; a series needs two texts. Its name is the
    title given most often. The bulk counterpart of :func:`xref.query.series`,
    without the search for an origin text of another title.
    """
    rows = store.conn.execute(
        "SELECT node, key, value FROM facts WHERE field = 'title' AND key != ''"
        " UNION ALL SELECT id, title_key, title FROM documents WHERE title_key != ''").fetchall()
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    by_key: dict[tuple[str, str], str] = {}
    for node, key, _ in rows:
        prefix = id_parts(node).prefix if ("/RES/" in node or "/DEC/" in node) else ""
        if not prefix:
            continue
        first = by_key.setdefault((prefix, key), node)
        a, b = find(first), find(node)
        if a != b:
            parent[max(a, b)] = min(a, b)
    members: dict[str, set[str]] = {}
    titles: dict[str, Counter[str]] = {}
    for node, _key, value in rows:
        if node not in parent:
            continue
        root = find(node)
        members.setdefault(root, set()).add(node)
        titles.setdefault(root, Counter())[value] += 1
    out = {}
    for root, nodes in members.items():
        if len(nodes) < 2:
            continue
        name = min(titles[root].items(), key=lambda kv: (-kv[1], kv[0]))[0]
        for n in nodes:
            out[n] = name
    return out


def _neighbourhood(g: CitationGraph, start: int, depth: int) -> np.ndarray:
    """Node indices within ``depth`` citation steps of ``start``, either way."""
    seen = np.zeros(len(g), dtype=bool)
    seen[start] = True
    frontier = np.array([start], dtype=np.int64)
    for _ in range(depth):
        if not len(frontier):
            break
        nxt = [g.successors(int(i)) for i in frontier] + [g.predecessors(int(i)) for i in frontier]
        cand = np.unique(np.concatenate(nxt)) if nxt else np.zeros(0, dtype=np.int64)
        cand = cand[~seen[cand]]
        seen[cand] = True
        frontier = cand
    return np.flatnonzero(seen)


def _instrument_dates() -> dict[str, str]:
    return {i.id: i.adopted for i in gazetteer().instruments.values() if i.adopted}


_ISO_DATE = regex.compile(r"^\d{4}-\d{2}-\d{2}$")


def graph_tables(store: Store, *, focus: str | None = None, depth: int = 2,
                 kinds: Iterable[str] | None = None, max_nodes: int | None = None
                 ) -> GraphTables:
    """The nodes and edges to export, with their attributes.

    The whole store, or with ``focus`` (a node id, see :meth:`Store.resolve`)
    the texts within ``depth`` citation steps of it in either direction.
    ``kinds`` keeps nodes of those kinds; ``max_nodes`` keeps that many of
    the highest PageRank (ties by id) and counts the others by kind in
    ``left_out``. Edges are those between kept nodes.

    Examples
    --------
    >>> t = graph_tables(Store.open("xref.db"), focus="A/RES/46/152", depth=1)  # doctest: +SKIP
    >>> t.edges.source.tolist()  # doctest: +SKIP
    ['A/RES/59/159', 'A/RES/61/181', 'A/RES/67/189']
    """
    c = store.conn
    node_rows = c.execute("SELECT id, kind, label, date, in_corpus, url FROM nodes ORDER BY id"
                          ).fetchall()
    ids = [r[0] for r in node_rows]
    index = {v: i for i, v in enumerate(ids)}
    src_ids, dst_ids, weight, relations, first = _edges_of(store)
    n_edges = len(src_ids)
    src = np.fromiter((index.get(s, -1) for s in src_ids), dtype=np.int64, count=n_edges)
    dst = np.fromiter((index.get(t, -1) for t in dst_ids), dtype=np.int64, count=n_edges)
    w = np.array(weight, dtype=np.int64)
    ok = (src >= 0) & (dst >= 0)
    graph = CitationGraph.from_arrays(ids, src[ok], dst[ok], w[ok])
    indegree = graph.in_degree()
    rank = pagerank(graph)

    keep = np.ones(len(ids), dtype=bool)
    if focus is not None:
        if focus not in index:
            raise ExportError(f"unknown id {focus!r}")
        keep[:] = False
        keep[_neighbourhood(graph, index[focus], depth)] = True
    if kinds:
        wanted = set(kinds)
        keep &= np.array([r[1] in wanted for r in node_rows], dtype=bool)
    left_out: Counter[str] = Counter()
    in_scope = keep.copy()
    if max_nodes is not None and keep.sum() > max_nodes:
        centre = index[focus] if focus is not None else -1
        order = sorted(np.flatnonzero(keep).tolist(),
                       key=lambda i: (i != centre, -rank[i], ids[i]))
        for i in order[max_nodes:]:
            keep[i] = False
            left_out[node_rows[i][1]] += 1
    sel = np.flatnonzero(keep)

    series = series_titles(store)
    inst_dates = _instrument_dates()
    nodes: dict[str, list] = {k: [] for k in ["id", *NODE_ATTRS, "start"]}
    for i in sel.tolist():
        nid, kind, label, date, in_corpus, url = node_rows[i]
        date = date or inst_dates.get(nid, "")
        year = id_year(nid, date)
        start = date if _ISO_DATE.match(date) else (f"{year:04d}-01-01" if year else "")
        for key, value in (("id", nid), ("kind", kind), ("label", label or _short(nid)),
                           ("date", date), ("year", year), ("in_corpus", bool(in_corpus)),
                           ("url", url), ("indegree", int(indegree[i])),
                           ("pagerank", float(rank[i])), ("series", series.get(nid, "")),
                           ("start", start)):
            nodes[key].append(value)
    node_df = pd.DataFrame(nodes).astype({"year": "int64", "indegree": "int64",
                                          "in_corpus": bool, "pagerank": "float64"})

    emask = ok.copy()
    emask[ok] = keep[src[ok]] & keep[dst[ok]]
    pick = np.flatnonzero(emask)
    edge_df = pd.DataFrame({
        "source": [src_ids[j] for j in pick],
        "target": [dst_ids[j] for j in pick],
        "weight": w[pick],
        "relations": [relations[j] for j in pick],
        "first_paragraph": [first[j] for j in pick],
    })
    scope_edges = int((in_scope[src[ok]] & in_scope[dst[ok]]).sum())
    return GraphTables(node_df, edge_df, len(ids), n_edges, focus,
                       depth if focus is not None else None,
                       {k: v for k, v in sorted(left_out.items()) if v > 0},
                       scope_edges - len(edge_df))


def _short(node_id: str) -> str:
    return node_id.removeprefix("instrument:")


# -- writers ----------------------------------------------------------------

# XML 1.0 forbids most control characters; newlines and tabs inside attribute
# values are kept as character references so that they read back unchanged.
_XML_ESCAPES = {ord("&"): "&amp;", ord("<"): "&lt;", ord(">"): "&gt;", ord('"'): "&quot;",
                ord("\n"): "&#10;", ord("\r"): "&#13;", ord("\t"): "&#9;"}
_XML_ESCAPES.update({c: "" for c in range(32) if c not in (9, 10, 13)})
_XML_ESCAPES.update({0xFFFE: "", 0xFFFF: ""})


_XML_ILLEGAL = regex.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _x(s: str) -> str:
    return s.translate(_XML_ESCAPES)


def _version() -> str:
    try:
        return metadata.version("xref")
    except metadata.PackageNotFoundError:
        return "unknown"


_GEXF_TYPES = {str: "string", int: "integer", bool: "boolean", float: "double"}


def _size(indegree: int) -> float:
    """Node size: grows with the square root of the citing texts, so hubs stay in frame."""
    return round(4.0 + 4.0 * float(np.sqrt(indegree)), 2)


def write_atomic(path: str | os.PathLike[str], write: Callable[[Path], None]) -> None:
    """Write through a temporary file beside ``path``, then move it into place.

    A reader never sees half a file, and an interrupted export leaves the
    old file as it was.
    """
    dest = Path(path)
    tmp = dest.with_name(f".{dest.name}.{os.getpid()}.tmp")
    try:
        write(tmp)
        os.replace(tmp, dest)
    finally:
        tmp.unlink(missing_ok=True)


def write_gexf(tables: GraphTables, path: str | os.PathLike[str], *,
               date: str | None = None) -> None:
    """Write GEXF 1.3 for Gephi: colours by kind, sizes by in-degree, a timeline.

    Each node has ``viz:color`` (its kind's colour), ``viz:size`` (from its
    in-degree) and a ``start`` date (see :class:`GraphTables`), so that
    Gephi's timeline plays the graph in adoption order; edges carry their
    mention count as ``weight``. Nothing in the file depends on when it was
    written unless ``date`` (``YYYY-MM-DD``) is given for the meta element.
    The same tables give the same bytes.

    Examples
    --------
    >>> write_gexf(graph_tables(Store.open("xref.db")), "graph.gexf")  # doctest: +SKIP
    >>> networkx.read_gexf("graph.gexf").nodes["A/RES/46/152"]["kind"]  # doctest: +SKIP
    'resolution'
    """
    if date is not None and not _ISO_DATE.match(date):
        raise ExportError(f"--date {date!r}: give it as YYYY-MM-DD")
    n, e = tables.nodes, tables.edges
    scope = (f"neighbourhood of {tables.focus} within {tables.depth} steps"
             if tables.focus else "whole store")

    def body(tmp: Path) -> None:
        with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
            out = fh.write
            out('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz"'
                ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
                ' xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd"'
                ' version="1.3">\n')
            out(f'  <meta{f" lastmodifieddate={chr(34)}{date}{chr(34)}" if date else ""}>\n'
                f"    <creator>xref {_version()}</creator>\n"
                f"    <description>{_x('UN citation graph: ' + scope)}</description>\n"
                "  </meta>\n")
            out('  <graph defaultedgetype="directed" mode="dynamic" timeformat="date">\n')
            out('    <attributes class="node">\n')
            for name, typ in NODE_ATTRS.items():
                if name != "label":
                    out(f'      <attribute id="{name}" title="{name}" type="{_GEXF_TYPES[typ]}"/>\n')
            out("    </attributes>\n")
            out('    <attributes class="edge">\n')
            for name in ("relations", "first_paragraph"):
                out(f'      <attribute id="{name}" title="{name}" type="string"/>\n')
            out("    </attributes>\n")
            out(f'    <nodes count="{len(n)}">\n')
            cols = [n[c].tolist() for c in
                    ("id", "label", "start", "kind", "date", "year", "in_corpus", "url",
                     "indegree", "pagerank", "series")]
            for (nid, label, start, kind, d, year, held, url, indeg, pr, ser) in zip(
                    *cols, strict=True):
                r, g, b = KIND_COLOURS.get(kind, OTHER_COLOUR)
                st = f' start="{start}"' if start else ""
                out(f'      <node id="{_x(nid)}" label="{_x(label)}"{st}>\n'
                    "        <attvalues>\n"
                    f'          <attvalue for="kind" value="{_x(kind)}"/>\n'
                    f'          <attvalue for="date" value="{_x(d)}"/>\n'
                    f'          <attvalue for="year" value="{year}"/>\n'
                    f'          <attvalue for="in_corpus" value="{"true" if held else "false"}"/>\n'
                    f'          <attvalue for="url" value="{_x(url)}"/>\n'
                    f'          <attvalue for="indegree" value="{indeg}"/>\n'
                    f'          <attvalue for="pagerank" value="{pr!r}"/>\n'
                    f'          <attvalue for="series" value="{_x(ser)}"/>\n'
                    "        </attvalues>\n"
                    f'        <viz:color r="{r}" g="{g}" b="{b}"/>\n'
                    f'        <viz:size value="{_size(indeg)}"/>\n'
                    "      </node>\n")
            out("    </nodes>\n")
            out(f'    <edges count="{len(e)}">\n')
            lines = []
            for k, (s, t, wt, rel, fp) in enumerate(zip(
                    e["source"].tolist(), e["target"].tolist(), e["weight"].tolist(),
                    e["relations"].tolist(), e["first_paragraph"].tolist(), strict=True)):
                lines.append(
                    f'      <edge id="{k}" source="{_x(s)}" target="{_x(t)}" weight="{wt}">'
                    f'<attvalues><attvalue for="relations" value="{_x(rel)}"/>'
                    f'<attvalue for="first_paragraph" value="{_x(fp)}"/></attvalues></edge>\n')
                if len(lines) >= 50_000:
                    out("".join(lines))
                    lines.clear()
            out("".join(lines))
            out("    </edges>\n  </graph>\n</gexf>\n")

    write_atomic(path, body)


def to_networkx(tables: GraphTables) -> nx.DiGraph:
    """The tables as a networkx DiGraph with the export attributes (no ``start``)."""
    g = nx.DiGraph()
    n = tables.nodes
    attrs = list(NODE_ATTRS)
    g.add_nodes_from(
        (row[0], dict(zip(attrs, row[1:], strict=True)))
        for row in zip(n["id"].tolist(), *(n[a].tolist() for a in attrs), strict=True))
    e = tables.edges
    g.add_edges_from(
        (s, t, {"weight": wt, "relations": rel, "first_paragraph": fp})
        for s, t, wt, rel, fp in zip(e["source"].tolist(), e["target"].tolist(),
                                     e["weight"].tolist(), e["relations"].tolist(),
                                     e["first_paragraph"].tolist(), strict=True))
    return g


def write_graphml(tables: GraphTables, path: str | os.PathLike[str]) -> None:
    """Write GraphML (networkx's writer): typed ``<key>``s, nodes by id, edges by source.

    Characters that XML cannot hold (control characters) are dropped from
    text values first; networkx would write them as they are.
    """
    g = to_networkx(tables)
    for _, data in (*g.nodes(data=True), *((e, d) for *e, d in g.edges(data=True))):
        for key, value in data.items():
            if isinstance(value, str) and _XML_ILLEGAL.search(value):
                data[key] = _XML_ILLEGAL.sub("", value)
    write_atomic(path, lambda tmp: nx.write_graphml(g, tmp, encoding="utf-8", prettyprint=True))


def _json_lines(items: Iterable[dict[str, object]]) -> Iterator[str]:
    for item in items:
        yield json.dumps(item, ensure_ascii=False, separators=(",", ":"))


def write_json(tables: GraphTables, path: str | os.PathLike[str]) -> None:
    """Write networkx node-link JSON (``nodes`` and ``edges``), one node or edge per line.

    Reads back with ``networkx.node_link_graph(json.load(fh), edges="edges")``.
    """
    n, e = tables.nodes, tables.edges
    attrs = list(NODE_ATTRS)
    nodes = ({"id": row[0], **dict(zip(attrs, row[1:], strict=True))}
             for row in zip(n["id"].tolist(), *(n[a].tolist() for a in attrs), strict=True))
    edges = ({"source": s, "target": t, "weight": wt, "relations": rel, "first_paragraph": fp}
             for s, t, wt, rel, fp in zip(e["source"].tolist(), e["target"].tolist(),
                                          e["weight"].tolist(), e["relations"].tolist(),
                                          e["first_paragraph"].tolist(), strict=True))
    graph = {"name": "xref citation graph", "total_nodes": tables.total_nodes,
             "total_edges": tables.total_edges}
    if tables.focus:
        graph |= {"focus": tables.focus, "depth": tables.depth}

    def body(tmp: Path) -> None:
        with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
            fh.write('{"directed":true,"multigraph":false,"graph":'
                     + json.dumps(graph, ensure_ascii=False, separators=(",", ":")) + ',\n')
            for name, items in (("nodes", nodes), ("edges", edges)):
                fh.write(f'"{name}":[\n')
                first = True
                for line in _json_lines(items):
                    fh.write(line if first else ",\n" + line)
                    first = False
                fh.write("\n]" + (",\n" if name == "nodes" else "\n"))
            fh.write("}\n")

    write_atomic(path, body)


def nodes_path_for(path: str | os.PathLike[str]) -> Path:
    """Where the node table goes beside an edge table: ``g.csv`` → ``g.nodes.csv``."""
    p = Path(path)
    return p.with_name(f"{p.stem}.nodes{p.suffix}")


def _node_table(tables: GraphTables) -> pd.DataFrame:
    return tables.nodes[["id", *NODE_ATTRS]]


def write_csv(tables: GraphTables, path: str | os.PathLike[str],
              nodes_path: str | os.PathLike[str] | None = None) -> list[Path]:
    """Write the edge list (``source,target,weight,relations,first_paragraph``) and the nodes.

    UTF-8 with a header, ``\\n`` line ends. The nodes go to ``nodes_path``
    (default: ``FILE.nodes.csv`` beside ``FILE``). Gephi's spreadsheet import
    reads both. Returns the paths written.
    """
    npath = Path(nodes_path) if nodes_path else nodes_path_for(path)
    write_atomic(path, lambda tmp: tables.edges.to_csv(tmp, index=False, lineterminator="\n"))
    write_atomic(npath, lambda tmp: _node_table(tables).to_csv(tmp, index=False, lineterminator="\n"))
    return [Path(path), npath]


def store_snapshot(db: str | os.PathLike[str], out: str | os.PathLike[str]) -> dict[str, bytes]:
    """The store's tables as bytes: ``edges.csv`` and ``nodes.csv`` (written to the folder
    ``out``), the mentions, and the documents held.

    Two stores with equal snapshots hold the same graph: this is how a build
    killed and resumed is compared with one never stopped.
    """
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    with Store.open(db) as st:
        files = write_csv(graph_tables(st), folder / "edges.csv", folder / "nodes.csv")
        snap = {f.name: f.read_bytes() for f in files}
        snap["mentions.csv"] = st.mentions_frame().to_csv(index=False).encode()
        snap["documents"] = repr(st.conn.execute(
            "SELECT path, sha256, id, date, title, lang FROM documents ORDER BY path"
        ).fetchall()).encode()
    return snap


def write_parquet(tables: GraphTables, path: str | os.PathLike[str],
                  nodes_path: str | os.PathLike[str] | None = None) -> list[Path]:
    """Write the edge list and the nodes as Parquet (nodes to ``FILE.nodes.parquet``)."""
    npath = Path(nodes_path) if nodes_path else nodes_path_for(path)
    write_atomic(path, lambda tmp: tables.edges.to_parquet(tmp, index=False))
    write_atomic(npath, lambda tmp: _node_table(tables).to_parquet(tmp, index=False))
    return [Path(path), npath]


def write(tables: GraphTables, fmt: str, path: str | os.PathLike[str],
          *, date: str | None = None) -> list[Path]:
    """Write ``tables`` as ``fmt`` (one of :data:`FORMATS`); returns the files written.

    Raises ExportError (one line) for an unknown format or a folder that
    does not exist, OSError for one that cannot be written.
    """
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    dest = Path(path)
    if dest.is_dir():
        raise ExportError(f"{dest}: is a directory; give a file name")
    if not dest.parent.is_dir():
        raise ExportError(f"{dest.parent}: no such directory")
    if fmt == "csv":
        return write_csv(tables, dest)
    if fmt == "parquet":
        return write_parquet(tables, dest)
    if fmt == "gexf":
        write_gexf(tables, dest, date=date)
    elif fmt == "graphml":
        write_graphml(tables, dest)
    else:
        write_json(tables, dest)
    return [dest]


# -- the main job -------------------------------------------------------------


@dataclass
class RunReport:
    """What :func:`run` wrote, and the build behind it."""

    store: Path
    files: list[Path]
    build_summary: str
    failed: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def run(paths: Sequence[str | os.PathLike[str]], out: str | os.PathLike[str], *,
        lang: str | None = None, max_nodes: int = 2000,
        on_file: Callable[[int, int, str], None] | None = None,
        manifest: Manifest | str | os.PathLike[str] | None = None,
        limits: Limits | None = None, wait: bool = False, jobs: int = 1) -> RunReport:
    """Build the store of ``paths`` under ``out`` and write the edge list, GEXF and HTML page.

    Writes ``out/xref.db`` (the store; an unchanged file is not read again),
    ``out/edges.csv`` and ``out/nodes.csv``, ``out/graph.gexf`` and
    ``out/graph.html`` (at most ``max_nodes`` nodes, the highest PageRank).
    ``manifest``, ``limits``, ``wait`` and ``jobs`` go to :func:`xref.store.build`;
    ``notes`` gets one line per manifest disagreement or unused manifest row.

    Examples
    --------
    >>> [p.name for p in run(["data/"], "out").files]  # doctest: +SKIP
    ['edges.csv', 'nodes.csv', 'graph.gexf', 'graph.html']
    """
    from .store import build
    from .viz import write_html

    outdir = Path(out)
    try:
        outdir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(f"{outdir}: cannot make the folder ({exc.strerror or exc})") from None
    db = outdir / "xref.db"
    report = build(paths, db, prune=True, lang=lang, on_file=on_file, manifest=manifest,
                   limits=limits, wait=wait, jobs=jobs)
    with Store.open(db) as store:
        tables = graph_tables(store)
        files = write_csv(tables, outdir / "edges.csv", outdir / "nodes.csv")
        write_gexf(tables, outdir / "graph.gexf")
        files.append(outdir / "graph.gexf")
        write_html(store, outdir / "graph.html", max_nodes=max_nodes)
        files.append(outdir / "graph.html")
    notes = [str(d) for d in report.disagreements] + [unused_line(e) for e in report.unused]
    return RunReport(db, files, report.summary(), [str(f) for f in report.failed], notes)


def unused_line(entry: ManifestEntry) -> str:
    """One stderr line for a manifest row whose file was not among the inputs."""
    return f"xref: manifest: {entry.path}: not among the files read; its row was not used"
