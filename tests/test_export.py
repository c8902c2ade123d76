"""Export: every format read back by networkx, the GEXF checked against the schema's rules."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import networkx as nx
import pandas as pd
import pytest
from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python
from typer.testing import CliRunner

from xref.cli import app
from xref.export import (
    KIND_COLOURS,
    NODE_ATTRS,
    ExportError,
    GraphTables,
    graph_tables,
    run,
    write,
    write_gexf,
)
from xref.store import Store, build

from .conftest import ROOT

SEEDS = ROOT / "data" / "seeds"
runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("export") / "xref.db"
    build([SEEDS], path)
    return path


@pytest.fixture(scope="module")
def tables(db: Path) -> GraphTables:
    with Store.open(db) as st:
        return graph_tables(st)


def store_rows(db: Path) -> tuple[dict[str, tuple], dict[tuple[str, str], tuple]]:
    with Store.open(db) as st:
        nodes = {r[0]: r[1:] for r in st.conn.execute(
            "SELECT id, kind, label, date, in_corpus, url FROM nodes")}
        edges = {(r[0], r[1]): r[2:] for r in st.conn.execute(
            "SELECT source, target, mentions, relations, first_paragraph FROM edges")}
    return nodes, edges


# -- the tables ---------------------------------------------------------------


def test_tables_hold_every_node_and_edge_of_the_store(db: Path, tables: GraphTables) -> None:
    nodes, edges = store_rows(db)
    assert set(tables.nodes["id"]) == set(nodes) and len(tables.nodes) == len(nodes) > 100
    assert {(s, t) for s, t in zip(tables.edges.source, tables.edges.target, strict=True)} \
        == set(edges) and len(tables.edges) == len(edges) > 100
    assert (tables.total_nodes, tables.total_edges) == (len(nodes), len(edges))
    assert list(tables.nodes.columns) == ["id", *NODE_ATTRS, "start"]
    assert tables.nodes["id"].tolist() == sorted(nodes)


def test_node_attributes_on_known_texts(tables: GraphTables) -> None:
    n = tables.nodes.set_index("id")
    r = n.loc["A/RES/46/152"]
    assert (r.kind, r.date, r.year, bool(r.in_corpus), r.url, r.indegree, r.start) == (
        "resolution", "1991-12-18", 1991, False, "https://undocs.org/A/RES/46/152", 3, "1991-12-18")
    assert r.label == "制定有效的联合国预防犯罪和刑事司法方案"
    held = n.loc["A/RES/61/181"]
    assert bool(held.in_corpus) and held.year == 2006
    targets = tables.edges["target"].value_counts()
    assert all(n.loc[t].indegree == k for t, k in targets.items())
    # The crime-programme resolutions share their title: one series.
    series = set(n.index[n.series == "加强联合国预防犯罪和刑事司法方案，特别是其技术合作能力"])
    assert series == {"A/RES/58/140", "A/RES/59/159", "A/RES/60/175", "A/RES/61/181",
                      "A/RES/63/195", "A/RES/67/189"}
    # An instrument takes its adoption date from the gazetteer, its label from it too.
    uncac = n.loc["instrument:UNCAC"]
    assert (uncac.kind, uncac.date, uncac.year, uncac.url) == (
        "instrument", "2003-10-31", 2003, "")
    assert uncac.label == "United Nations Convention against Corruption"
    # No date: the start is the year its number tells; no year at all: no start.
    assert n.loc["A/59/494"].start == "2004-01-01" and n.loc["A/59/494"].date == ""
    assert n.loc["003_eaab609ee6efb8a6"].start == "" and n.loc["003_eaab609ee6efb8a6"].year == 0


def test_pagerank_is_networkx_pagerank(tables: GraphTables) -> None:
    g = nx.DiGraph()
    g.add_nodes_from(tables.nodes["id"])
    g.add_weighted_edges_from(zip(tables.edges.source, tables.edges.target,
                                  tables.edges.weight, strict=True))
    expected = _pagerank_python(g, weight="weight")
    got = dict(zip(tables.nodes["id"], tables.nodes["pagerank"], strict=True))
    assert sum(got.values()) == pytest.approx(1.0)
    for node, value in expected.items():
        assert got[node] == pytest.approx(value, abs=1e-5)


def test_edge_attributes(tables: GraphTables) -> None:
    e = tables.edges.set_index(["source", "target"])
    assert tuple(e.loc[("A/RES/59/159", "A/RES/46/152")]) == (1, "recalls", "pp1")
    assert tuple(e.loc[("A/RES/67/189", "A/RES/46/152")]) == (1, "reaffirms", "pp1")


def test_focus_depth_kind_and_limit(db: Path) -> None:
    with Store.open(db) as st:
        one = graph_tables(st, focus="A/RES/46/152", depth=1)
        two = graph_tables(st, focus="A/RES/46/152", depth=2)
        res = graph_tables(st, kinds=["resolution"])
        top = graph_tables(st, max_nodes=10)
        with pytest.raises(ExportError):
            graph_tables(st, focus="A/RES/46/153")
    assert set(one.nodes["id"]) == {"A/RES/46/152", "A/RES/59/159", "A/RES/61/181",
                                    "A/RES/67/189"}
    assert len(one.edges) == 3 and (one.focus, one.depth) == ("A/RES/46/152", 1)
    # In-degree and PageRank stay those of the whole store.
    assert one.nodes.set_index("id").loc["A/RES/46/152"].indegree == 3
    assert len(two.nodes) > 4 and set(one.nodes["id"]) < set(two.nodes["id"])
    assert set(res.nodes["kind"]) == {"resolution"}
    assert len(top.nodes) == 10 and sum(top.left_out.values()) == top.total_nodes - 10
    ranks = graph_tables(Store.open(db)).nodes.sort_values(["pagerank", "id"],
                                                            ascending=[False, True])
    assert set(top.nodes["id"]) == set(ranks["id"][:10])


# -- the formats --------------------------------------------------------------


def expected_graph(db: Path) -> tuple[dict[str, dict], dict[tuple[str, str], dict]]:
    with Store.open(db) as st:
        t = graph_tables(st)
    nodes = {r["id"]: {a: r[a] for a in NODE_ATTRS} for r in t.nodes.to_dict("records")}
    edges = {(r["source"], r["target"]): {"weight": r["weight"], "relations": r["relations"],
                                          "first_paragraph": r["first_paragraph"]}
             for r in t.edges.to_dict("records")}
    return nodes, edges


def assert_same_graph(g: nx.DiGraph, db: Path) -> None:
    nodes, edges = expected_graph(db)
    assert g.is_directed()
    assert set(g.nodes) == set(nodes)
    assert set(g.edges) == set(edges)
    for n, attrs in nodes.items():
        for key, value in attrs.items():
            got = g.nodes[n][key]
            if isinstance(value, float):
                assert got == pytest.approx(value, rel=1e-12), (n, key)
            else:
                assert got == value and type(got) is type(value), (n, key, got)
    for e, attrs in edges.items():
        assert g.edges[e]["weight"] == attrs["weight"]
        assert g.edges[e]["relations"] == attrs["relations"]
        assert g.edges[e]["first_paragraph"] == attrs["first_paragraph"]


def test_gexf_reads_back_with_the_same_nodes_edges_and_attributes(
        db: Path, tables: GraphTables, tmp_path: Path) -> None:
    path = tmp_path / "g.gexf"
    write_gexf(tables, path)
    g = nx.read_gexf(path)
    assert_same_graph(g, db)
    # Colour by kind, size by in-degree, start date for the timeline.
    a, b = g.nodes["A/RES/46/152"], g.nodes["A/RES/61/181"]
    assert a["viz"]["color"] == {**dict(zip("rgb", KIND_COLOURS["resolution"], strict=True)),
                                 "a": 1.0}
    assert g.nodes["instrument:UNCAC"]["viz"]["color"]["r"] == KIND_COLOURS["instrument"][0]
    assert a["viz"]["size"] > b["viz"]["size"]
    assert a["start"] == "1991-12-18" and b["start"] == "2006-12-20"
    assert "start" not in g.nodes["003_eaab609ee6efb8a6"]
    assert g.graph["mode"] == "dynamic"


GX = "{http://gexf.net/1.3}"
VIZ = "{http://gexf.net/1.3/viz}"
XSI = "{http://www.w3.org/2001/XMLSchema-instance}"
ATTR_TYPES = {"integer", "long", "double", "float", "boolean", "bigdecimal", "biginteger",
              "byte", "char", "short", "liststring", "listboolean", "listinteger", "listlong",
              "listfloat", "listdouble", "listbyte", "listshort", "listbigdecimal",
              "listbiginteger", "listchar", "string", "anyURI"}
TIME_ATTRS = {"start", "end", "timestamp"}


def _value_ok(kind: str, value: str) -> bool:
    if kind in ("integer", "long", "short", "byte", "biginteger"):
        return re.fullmatch(r"[+-]?\d+", value) is not None
    if kind in ("double", "float", "bigdecimal"):
        try:
            float(value)
        except ValueError:
            return False
        return True
    if kind == "boolean":
        return value in ("true", "false", "1", "0")
    return True


def _time_ok(timeformat: str, value: str) -> bool:
    if timeformat == "date":
        try:
            date.fromisoformat(value)
        except ValueError:
            return False
        return re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) is not None
    return _value_ok("double", value)


def check_gexf(path: Path) -> None:
    """The rules of the GEXF 1.3 schema (gexf.xsd, data, dynamics, viz) that the file can break.

    Root and namespaces, meta before graph, the graph's enumerated
    attributes, attributes declared before nodes before edges, attribute
    types from the schema's list, unique node and edge ids, edges between
    declared nodes, each attvalue for a declared attribute with a value of
    its type, times in the graph's time format, viz colours in 0..255.
    """
    root = ET.parse(path).getroot()
    assert root.tag == GX + "gexf" and root.get("version") == "1.3"
    assert set(root.attrib) <= {"version", "variant", XSI + "schemaLocation"}
    kids = [c.tag for c in root]
    assert kids in ([GX + "meta", GX + "graph"], [GX + "graph"]), kids
    meta = root.find(GX + "meta")
    if meta is not None:
        assert set(meta.attrib) <= {"lastmodifieddate"}
        if "lastmodifieddate" in meta.attrib:
            assert _time_ok("date", meta.attrib["lastmodifieddate"])
        assert {c.tag for c in meta} <= {GX + "creator", GX + "keywords", GX + "description"}
    graph = root.find(GX + "graph")
    assert set(graph.attrib) <= {"defaultedgetype", "idtype", "timeformat", "start", "end",
                                 "timestamp", "mode", "timerepresentation", "timezone"}
    assert graph.get("defaultedgetype", "undirected") in ("directed", "undirected", "mutual")
    assert graph.get("mode", "static") in ("static", "dynamic", "slice")
    timeformat = graph.get("timeformat", "double")
    assert timeformat in ("integer", "double", "date", "dateTime")
    order = [c.tag for c in graph]
    assert order == sorted(order, key=[GX + "attributes", GX + "nodes", GX + "edges"].index)
    assert order.count(GX + "nodes") == 1 and order.count(GX + "edges") == 1
    declared: dict[str, dict[str, str]] = {"node": {}, "edge": {}}
    for attrs in graph.findall(GX + "attributes"):
        assert attrs.get("class") in declared
        for a in attrs:
            assert a.tag == GX + "attribute"
            assert {"id", "title", "type"} <= set(a.attrib) and a.get("type") in ATTR_TYPES
            assert {c.tag for c in a} <= {GX + "default", GX + "options"}
            assert a.get("id") not in declared[attrs.get("class")]
            declared[attrs.get("class")][a.get("id")] = a.get("type")

    def attvalues(el: ET.Element, cls: str) -> None:
        boxes = el.findall(GX + "attvalues")
        assert len(boxes) <= 1
        for box in boxes:
            seen = set()
            for av in box:
                assert av.tag == GX + "attvalue"
                assert set(av.attrib) <= {"for", "value"} | TIME_ATTRS
                key = av.get("for")
                assert key in declared[cls] and key not in seen, key
                seen.add(key)
                assert _value_ok(declared[cls][key], av.get("value")), (key, av.get("value"))

    nodes = graph.find(GX + "nodes")
    ids = set()
    node_children = {GX + "attvalues", GX + "spells", GX + "nodes", GX + "edges", GX + "parents",
                     VIZ + "color", VIZ + "position", VIZ + "size", VIZ + "shape"}
    for node in nodes:
        assert node.tag == GX + "node"
        assert set(node.attrib) <= {"id", "label", "pid", "intervals", "timestamps"} | TIME_ATTRS
        nid = node.get("id")
        assert nid and nid not in ids
        ids.add(nid)
        for t in TIME_ATTRS & set(node.attrib):
            assert _time_ok(timeformat, node.get(t)), node.get(t)
        tags = [c.tag for c in node]
        assert set(tags) <= node_children and len(tags) == len(set(tags)), tags
        attvalues(node, "node")
        colour = node.find(VIZ + "color")
        if colour is not None:
            assert all(0 <= int(colour.get(c)) <= 255 for c in "rgb")
            assert 0.0 <= float(colour.get("a", "1")) <= 1.0
        size = node.find(VIZ + "size")
        if size is not None:
            assert float(size.get("value")) >= 0
    assert nodes.get("count") is None or int(nodes.get("count")) == len(ids)
    edges = graph.find(GX + "edges")
    edge_ids = set()
    for edge in edges:
        assert edge.tag == GX + "edge"
        assert set(edge.attrib) <= {"id", "type", "label", "source", "target", "weight", "kind",
                                    "intervals", "timestamps"} | TIME_ATTRS
        assert edge.get("source") in ids and edge.get("target") in ids
        assert edge.get("type", "directed") in ("directed", "undirected", "mutual")
        if edge.get("id") is not None:
            assert edge.get("id") not in edge_ids
            edge_ids.add(edge.get("id"))
        if edge.get("weight") is not None:
            assert _value_ok("double", edge.get("weight"))
        assert {c.tag for c in edge} <= {GX + "attvalues", GX + "spells"}
        attvalues(edge, "edge")
    assert edges.get("count") is None or int(edges.get("count")) == len(edges)


def test_gexf_follows_the_schema(tables: GraphTables, tmp_path: Path) -> None:
    write_gexf(tables, tmp_path / "g.gexf")
    check_gexf(tmp_path / "g.gexf")
    write_gexf(tables, tmp_path / "d.gexf", date="2024-05-01")
    check_gexf(tmp_path / "d.gexf")
    assert 'lastmodifieddate="2024-05-01"' in (tmp_path / "d.gexf").read_text("utf-8")
    with pytest.raises(ExportError):
        write_gexf(tables, tmp_path / "x.gexf", date="1 May 2024")


def test_graphml_reads_back(db: Path, tables: GraphTables, tmp_path: Path) -> None:
    write(tables, "graphml", tmp_path / "g.graphml")
    assert_same_graph(nx.read_graphml(tmp_path / "g.graphml"), db)


def test_json_reads_back(db: Path, tables: GraphTables, tmp_path: Path) -> None:
    write(tables, "json", tmp_path / "g.json")
    data = json.loads((tmp_path / "g.json").read_text("utf-8"))
    assert data["graph"]["total_nodes"] == tables.total_nodes
    assert_same_graph(nx.node_link_graph(data, edges="edges"), db)


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_tables_read_back(db: Path, tables: GraphTables, tmp_path: Path, fmt: str) -> None:
    files = write(tables, fmt, tmp_path / f"g.{fmt}")
    assert [f.name for f in files] == [f"g.{fmt}", f"g.nodes.{fmt}"]
    read = pd.read_csv if fmt == "csv" else pd.read_parquet
    edges = read(files[0], **({"keep_default_na": False} if fmt == "csv" else {}))
    nodes = read(files[1], **({"keep_default_na": False} if fmt == "csv" else {}))
    assert list(edges.columns) == ["source", "target", "weight", "relations", "first_paragraph"]
    g = nx.from_pandas_edgelist(edges, edge_attr=True, create_using=nx.DiGraph)
    g.add_nodes_from((r.pop("id"), r) for r in nodes.to_dict("records"))
    for n in g.nodes:  # CSV has no types: give them back as the table says
        for key, typ in NODE_ATTRS.items():
            g.nodes[n][key] = typ(g.nodes[n][key])
    for e in g.edges:
        g.edges[e]["weight"] = int(g.edges[e]["weight"])
    assert_same_graph(g, db)


def test_the_same_store_gives_the_same_bytes(db: Path, tmp_path: Path) -> None:
    other = tmp_path / "again.db"
    build([SEEDS], other)
    for fmt in ("gexf", "graphml", "json", "csv"):
        out = []
        for i, store in enumerate((db, db, other)):
            with Store.open(store) as st:
                out.append(write(graph_tables(st), fmt, tmp_path / f"{i}.{fmt}"))
        data = [b"".join(p.read_bytes() for p in files) for files in out]
        assert data[0] == data[1] == data[2], fmt


def test_text_that_looks_like_markup_stays_text(tables: GraphTables, tmp_path: Path) -> None:
    nasty = '<script>alert(1)</script> & "quoted" \n\ttab \x01ctrl'
    t = GraphTables(tables.nodes.copy(), tables.edges.copy(), 0, 0)
    t.nodes.loc[t.nodes["id"] == "A/RES/46/152", "label"] = nasty
    t.nodes.loc[t.nodes["id"] == "A/RES/46/152", "series"] = nasty
    write_gexf(t, tmp_path / "g.gexf")
    check_gexf(tmp_path / "g.gexf")
    g = nx.read_gexf(tmp_path / "g.gexf")
    expected = nasty.replace("\x01", "")
    assert g.nodes["A/RES/46/152"]["label"] == expected
    assert g.nodes["A/RES/46/152"]["series"] == expected
    write(t, "graphml", tmp_path / "g.graphml")
    assert nx.read_graphml(tmp_path / "g.graphml").nodes["A/RES/46/152"]["label"] == expected


def test_write_refuses_bad_targets(tables: GraphTables, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="no such directory"):
        write(tables, "gexf", tmp_path / "nope" / "g.gexf")
    with pytest.raises(ExportError, match="is a directory"):
        write(tables, "gexf", tmp_path)
    with pytest.raises(ExportError, match="unknown format"):
        write(tables, "dot", tmp_path / "g.dot")


# -- the command line and the main job ------------------------------------------


def cli(*args: str) -> tuple[int, str, str]:
    r = runner.invoke(app, list(args))
    return r.exit_code, r.stdout, r.stderr


@pytest.mark.parametrize("command", ["export", "viz", "annotate", "run"])
def test_new_commands_have_help_with_an_example_and_are_documented(command: str) -> None:
    code, out, _ = cli(command, "--help")
    assert code == 0 and "Example" in out
    assert f"xref {command}" in (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("fmt", ["gexf", "graphml", "json", "csv", "parquet"])
def test_export_command(db: Path, tables: GraphTables, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"g.{fmt}"
    code, _, err = cli("export", fmt, "-o", str(out), "--db", str(db))
    assert code == 0, err
    assert out.stat().st_size > 0
    assert f"{len(tables.nodes)} nodes, {len(tables.edges)} edges -> {out}" in err


def test_export_focus_command(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "f.gexf"
    code, _, err = cli("export", "gexf", "-o", str(out), "--db", str(db), "--focus",
                       "第46/152号决议", "--depth", "1")
    assert code == 0, err
    assert set(nx.read_gexf(out).nodes) == {"A/RES/46/152", "A/RES/59/159", "A/RES/61/181",
                                            "A/RES/67/189"}


@pytest.mark.parametrize(("args", "message"), [
    (["--focus", "46/153"], "xref: unknown id '46/153'; nearest known: A/RES/46/152"),
    (["--db", "{tmp}/none.db"], "none.db: no such store"),
    (["-o", "{tmp}/nope/g.gexf"], "nope: no such directory"),
    (["-o", "{tmp}"], "is a directory"),
    (["--date", "May 2024"], "--date 'May 2024': give it as YYYY-MM-DD"),
])
def test_export_bad_input_is_one_line_and_exit_2(db: Path, tmp_path: Path, args: list[str],
                                                 message: str) -> None:
    base = {"-o": str(tmp_path / "g.gexf"), "--db": str(db)}
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    for i in range(0, len(args), 2):
        base[args[i]] = args[i + 1]
    flat = [x for kv in base.items() for x in kv]
    code, out, err = cli("export", "gexf", *flat)
    assert code == 2
    assert err.count("\n") == 1 and message in err and "Traceback" not in err + out


def test_run_writes_edge_list_gexf_and_page(tables: GraphTables, tmp_path: Path) -> None:
    out = tmp_path / "out"
    code, stdout, err = cli("run", str(ROOT / "data"), "-o", str(out))
    assert code == 0, err
    names = ["edges.csv", "nodes.csv", "graph.gexf", "graph.html"]
    assert stdout.splitlines() == [str(out / n) for n in names]
    assert "5 files read" in err
    edges = pd.read_csv(out / "edges.csv")
    assert len(edges) == len(tables.edges)
    check_gexf(out / "graph.gexf")
    assert len(nx.read_gexf(out / "graph.gexf")) == len(tables.nodes)
    assert "vis.Network" in (out / "graph.html").read_text("utf-8")
    code, _, err = cli("run", str(ROOT / "data"), "-o", str(out))
    assert code == 0 and "0 files read, 5 skipped (unchanged)" in err


def test_run_library_call(tmp_path: Path) -> None:
    report = run([SEEDS], tmp_path)
    assert [p.name for p in report.files] == ["edges.csv", "nodes.csv", "graph.gexf",
                                              "graph.html"]
    assert report.store == tmp_path / "xref.db" and not report.failed


def test_run_bad_input(tmp_path: Path) -> None:
    code, _, err = cli("run", str(tmp_path / "missing"), "-o", str(tmp_path / "o"))
    assert code == 2 and err.count("\n") == 1 and "no such file or directory" in err
    (tmp_path / "file").write_text("x")
    code, _, err = cli("run", str(SEEDS), "-o", str(tmp_path / "file"))
    assert code == 2 and "not a folder" in err
