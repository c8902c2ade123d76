"""The citation graph as one self-contained HTML page (pyvis network, vis-network inlined)."""

from __future__ import annotations

import html
import json
import math
import os
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import jinja2
import numpy as np
import pyvis
from markupsafe import Markup
from pyvis.network import Network

from .export import KIND_COLOURS, OTHER_COLOUR, ExportError, GraphTables, graph_tables, write_atomic
from .store import Store

__all__ = [
    "LAYOUTS",
    "PHYSICS_LIMIT",
    "Page",
    "iframe",
    "network",
    "page",
    "render",
    "timeline_layout",
    "write_html",
]

LAYOUTS = ("auto", "physics", "timeline")
# Above this many nodes the page never runs the physics simulation: positions
# come from Python (year on the x axis), so even 5,000 nodes draw in seconds
# with software rendering.
PHYSICS_LIMIT = 1000

_VIS = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"
_TEMPLATES = Path(__file__).parent / "templates"
_KIND_NAMES = {"resolution": "resolutions", "decision": "decisions", "document": "documents",
               "instrument": "instruments"}
_YEAR_WIDTH = 160.0  # px between two years on the timeline
_ROW = 28.0  # px between two texts of one year
_SUB_WIDTH = 56.0  # px between two columns of one crowded year
_MIN_SIZE, _MAX_SIZE = 6.0, 34.0


def _hex(rgb: tuple[int, int, int]) -> str:
    return "#{:02x}{:02x}{:02x}".format(*rgb)


def _darker(rgb: tuple[int, int, int], f: float = 0.7) -> str:
    return _hex((int(rgb[0] * f), int(rgb[1] * f), int(rgb[2] * f)))


def timeline_layout(tables: GraphTables, sweeps: int = 6
                    ) -> tuple[np.ndarray, np.ndarray, list[tuple[float, str]]]:
    """Positions with the year on the x axis; texts of one year ordered to shorten edges.

    Each year that has texts is a column, in order (years without texts take
    no room); texts without a year stand left of the first one. A column
    of more than about ``0.8 * sqrt(n)`` texts is split into several side
    by side. Within a column, texts are ordered by the mean height of
    their neighbours (``sweeps`` barycentre passes), which pulls cited and
    citing texts level. Returns x, y and the axis ticks (x, year).
    """
    years = tables.nodes["year"].to_numpy()
    n = len(years)
    if n == 0:
        return np.zeros(0), np.zeros(0), []
    present = np.unique(years[years > 0])
    col = np.where(years > 0, np.searchsorted(present, years) + 1, 0).astype(np.int64)
    index = {v: i for i, v in enumerate(tables.nodes["id"].tolist())}
    src = np.array([index[s] for s in tables.edges["source"].tolist()], dtype=np.int64)
    dst = np.array([index[t] for t in tables.edges["target"].tolist()], dtype=np.int64)
    deg = np.bincount(src, minlength=n) + np.bincount(dst, minlength=n)
    # Start from kind, then importance, so that the sweeps are deterministic.
    kinds = tables.nodes["kind"].tolist()
    kind_rank = np.array([list(_KIND_NAMES).index(k) if k in _KIND_NAMES else 9 for k in kinds])
    pr = tables.nodes["pagerank"].to_numpy()
    order = np.lexsort((-pr, kind_rank, col))
    row = _rows(col, order)
    for _ in range(sweeps):
        y = row.astype(float)
        ysum = np.bincount(src, weights=y[dst], minlength=n) + np.bincount(
            dst, weights=y[src], minlength=n)
        bary = np.where(deg > 0, ysum / np.maximum(deg, 1), y)
        order = np.lexsort((row, bary, col))
        row = _rows(col, order)
    # Columns hold at most ``per_column`` texts; a crowded year takes several
    # columns side by side and pushes the later years right.
    per_column = max(20, math.ceil(0.8 * math.sqrt(n)))
    counts = np.bincount(col, minlength=len(present) + 1)
    sub_cols = np.maximum(1, np.ceil(counts / per_column)).astype(np.int64)
    widths = np.maximum(_YEAR_WIDTH, sub_cols * _SUB_WIDTH)
    left = np.concatenate([[0.0], np.cumsum(widths)[:-1]])
    centre = left + widths / 2
    sub = row % sub_cols[col]
    level = row // sub_cols[col]
    height = np.ceil(counts / sub_cols) * _ROW
    x = centre[col] + (sub - (sub_cols[col] - 1) / 2) * _SUB_WIDTH
    y = level * _ROW - height[col] / 2
    ticks = [(float(centre[0]), "no year")] if counts[0] else []
    ticks += [(float(centre[k + 1]), str(int(yr))) for k, yr in enumerate(present)]
    return x.astype(float), y.astype(float), ticks


def _rows(col: np.ndarray, order: np.ndarray) -> np.ndarray:
    """Rank of each node within its column, following ``order``."""
    ranked = np.empty(len(col), dtype=np.int64)
    sorted_cols = col[order]
    starts = np.searchsorted(sorted_cols, sorted_cols, side="left")
    ranked[order] = np.arange(len(order)) - starts
    return ranked


@dataclass
class Page:
    """A page to write: the pyvis network and what the header says about it."""

    net: Network
    tables: GraphTables
    title: str
    physics: bool
    axis: dict[str, object] | None = None


def network(tables: GraphTables, layout: str = "auto"
            ) -> tuple[Network, bool, dict[str, object] | None]:
    """A pyvis Network of ``tables``, with positions.

    Returns the network, whether the page runs physics (then positions from
    :func:`timeline_layout` are only where the simulation starts) and, for
    fixed positions, the year axis to draw above the columns.

    Nodes are coloured by kind, held texts filled and texts only cited
    hollow, sized by in-degree (area in proportion to it, the most cited
    text of the page largest). The node and edge lists are filled directly
    (``Network.add_node`` looks each id up in a list, which is quadratic).
    Each node keeps what the tooltip and the side panel show under ``xref``.
    """
    if layout not in LAYOUTS:
        raise ExportError(f"unknown layout {layout!r}; choose one of {', '.join(LAYOUTS)}")
    n = len(tables.nodes)
    physics = layout == "physics" or (layout == "auto" and n <= PHYSICS_LIMIT)
    x, y, ticks = timeline_layout(tables)
    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line")
    nd = tables.nodes
    top = max(1, int(nd["indegree"].max())) if n else 1
    nodes = []
    for i, (nid, kind, label, date, held, url, indeg, pr) in enumerate(zip(
            nd["id"].tolist(), nd["kind"].tolist(), nd["label"].tolist(), nd["date"].tolist(),
            nd["in_corpus"].tolist(), nd["url"].tolist(), nd["indegree"].tolist(),
            nd["pagerank"].tolist(), strict=True)):
        rgb = KIND_COLOURS.get(kind, OTHER_COLOUR)
        fill = _hex(rgb) if held else "#ffffff"
        nodes.append({
            "id": nid,
            "label": nid.removeprefix("instrument:"),
            "shape": "dot",
            "size": round(max(_MIN_SIZE + (_MAX_SIZE - _MIN_SIZE) * math.sqrt(indeg / top),
                              10.0 if held else 0.0), 1),
            "x": round(float(x[i]), 1),
            "y": round(float(y[i]), 1),
            "borderWidth": 1 if held else 2.5,
            "color": {"background": fill, "border": _darker(rgb) if held else _hex(rgb),
                      "highlight": {"background": fill, "border": "#000000"},
                      "hover": {"background": fill, "border": "#000000"}},
            "xref": {"label": label, "kind": kind, "date": date, "held": bool(held),
                     "url": url, "indegree": indeg, "pagerank": round(pr, 6)},
        })
    edges = []
    ed = tables.edges
    for s, t, w, rel, fp in zip(ed["source"].tolist(), ed["target"].tolist(),
                                ed["weight"].tolist(), ed["relations"].tolist(),
                                ed["first_paragraph"].tolist(), strict=True):
        parts = [rel.replace(";", ", ") or "cites"]
        if fp:
            parts.append(f"first in {fp}")
        parts.append(f"{w} mention{'s' if w != 1 else ''}")
        edges.append({"from": s, "to": t, "title": f"{s} → {t}: " + " · ".join(parts),
                      "width": round(0.6 + 0.6 * math.log2(w), 2)})
    net.nodes, net.node_ids, net.edges = nodes, [n["id"] for n in nodes], edges
    net.options = _options(physics, n)
    axis = {"top": float(y.min()) - 50.0 if n else 0.0, "ticks": ticks} if not physics else None
    return net, physics, axis


def _options(physics: bool, n: int) -> dict[str, object]:
    big = n > PHYSICS_LIMIT
    return {
        "nodes": {"shape": "dot", "font": {"size": 12, "face": "sans-serif"},
                  "scaling": {"label": {"drawThreshold": 7}}},
        "edges": {"smooth": False, "arrows": {"to": {"enabled": True, "scaleFactor": 0.4}},
                  "color": {"color": "#aab2bd", "highlight": "#222222", "hover": "#555555",
                            "inherit": False, "opacity": 0.7},
                  "selectionWidth": 1.5},
        "layout": {"improvedLayout": False, "randomSeed": 1},
        "physics": {
            "enabled": physics,
            "solver": "barnesHut",
            "barnesHut": {"gravitationalConstant": -5000, "springLength": 110,
                          "springConstant": 0.03, "damping": 0.35, "avoidOverlap": 0.1},
            "stabilization": {"enabled": physics, "iterations": 250, "updateInterval": 50,
                              "fit": True},
        },
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": big,
                        "hideEdgesOnZoom": big, "keyboard": False},
    }


def page(store: Store, *, focus: str | None = None, depth: int = 2,
         max_nodes: int | None = None, kinds: list[str] | None = None,
         layout: str = "auto") -> Page:
    """The page for the store, a neighbourhood of ``focus``, at most ``max_nodes`` texts.

    ``max_nodes`` keeps the texts of highest PageRank (``focus`` always
    stays); the header says how many of each kind were left out.
    """
    tables = graph_tables(store, focus=focus, depth=depth, kinds=kinds, max_nodes=max_nodes)
    net, physics, axis = network(tables, layout)
    title = (f"Citations around {focus} ({depth} step{'s' if depth != 1 else ''})" if focus
             else "Citation graph")
    return Page(net, tables, title, physics, axis)


# vis-network's own text could end the element it is inlined in; it does not
# today, but the page must not break if a later copy does.
_CLOSE_SCRIPT = re.compile(r"</(script)", re.IGNORECASE)
_CLOSE_STYLE = re.compile(r"</(style)", re.IGNORECASE)


@cache
def _vis_assets() -> tuple[str, str]:
    return ((_VIS / "vis-network.min.js").read_text("utf-8"),
            (_VIS / "vis-network.css").read_text("utf-8"))


def _script_json(obj: object) -> str:
    """JSON that can sit inside a <script> element whatever the strings hold."""
    text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    return (text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _summary(p: Page) -> str:
    t = p.tables
    shown = f"{len(t.nodes):,} texts and {len(t.edges):,} citations"
    scope = f" of {t.total_nodes:,} texts in the store" if len(t.nodes) < t.total_nodes else ""
    return shown + scope


def _left_out(p: Page) -> str:
    lo = p.tables.left_out
    if not lo:
        return ""
    total = sum(lo.values())
    parts = ", ".join(f"{v:,} {_KIND_NAMES.get(k, k)}" for k, v in lo.items())
    return (f"Left out by the node limit: {total:,} texts of lower PageRank ({parts})"
            f" and {p.tables.left_out_edges:,} citations touching them.")


def render(p: Page) -> str:
    """The page as one HTML document: no external file, script or style is loaded.

    Text from the documents goes into the page as JSON in a data block and
    reaches the screen only through ``textContent``, tooltip elements and
    the canvas, never as markup.
    """
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(_TEMPLATES), autoescape=True,
                             keep_trailing_newline=True)
    js, css = _vis_assets()
    data = {"nodes": p.net.nodes, "edges": p.net.edges, "options": p.net.options,
            "physics": p.physics, "focus": p.tables.focus, "axis": p.axis}
    legend = [(_KIND_NAMES.get(k, k), _hex(c)) for k, c in KIND_COLOURS.items()]
    return env.get_template("graph.html").render(
        title=p.title, summary=_summary(p), left_out=_left_out(p), legend=legend,
        vis_js=Markup(_CLOSE_SCRIPT.sub(r"<\\/\1", js)),
        vis_css=Markup(_CLOSE_STYLE.sub(r"<\\/\1", css)),
        data=Markup(_script_json(data)),
        layout="force layout, then fixed" if p.physics else "year on the x axis")


def iframe(p: Page, height: int = 640) -> str:
    """The page inside an ``<iframe srcdoc>``, for ``IPython.display.HTML`` in a notebook.

    The page keeps its own document, so nothing it holds can reach the
    notebook's, and it needs no file or server.
    """
    doc = html.escape(render(p), quote=True)
    return (f'<iframe srcdoc="{doc}" style="width: 100%; height: {int(height)}px; border: 1px'
            f' solid #ddd" sandbox="allow-scripts allow-popups"></iframe>')


def write_html(store: Store, path: str | os.PathLike[str], **kwargs: object) -> Path:
    """Write the page (see :func:`page` for the options) to ``path``; returns the path.

    Examples
    --------
    >>> write_html(Store.open("xref.db"), "graph.html", focus="A/RES/46/152")  # doctest: +SKIP
    PosixPath('graph.html')
    """
    dest = Path(path)
    if dest.is_dir():
        raise ExportError(f"{dest}: is a directory; give a file name")
    if not dest.parent.is_dir():
        raise ExportError(f"{dest.parent}: no such directory")
    text = render(page(store, **kwargs))  # type: ignore[arg-type]
    write_atomic(dest, lambda tmp: tmp.write_text(text, encoding="utf-8"))
    return dest
