"""The ``xref`` command line: a thin layer over the library."""

from __future__ import annotations

import dataclasses
import json
import os
import sys
import unicodedata
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from .api import extract_paths
from .export import ExportError, GraphTables, graph_tables, unused_line
from .export import run as run_job
from .export import write as write_tables
from .formats import parse_size
from .graph import load_graph
from .ingest import Limits, Manifest, ManifestEntry, ManifestError, ReadError
from .models import Disagreement, FileError
from .query import Citation, chain, cited_by, cites, series, show, similar, stats, top
from .store import DEFAULT_DB, Store, StoreError, UnknownId
from .store import build as build_store
from .tables import write_table

app = typer.Typer(
    help=(
        "Find the references UN documents make and build their citation graph.\n\n"
        "Example:  xref run data/ -o out/\n\n"
        "          xref extract data/ -o edges.csv\n\n"
        "          xref build data/ && xref cited-by 46/152"
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


class Format(str, Enum):
    csv = "csv"
    jsonl = "jsonl"
    parquet = "parquet"


class Lang(str, Enum):
    zh = "zh"
    en = "en"


def _fail(message: str, code: int = 2) -> None:
    typer.echo(f"xref: {message}", err=True)
    raise typer.Exit(code)


PathsArgument = Annotated[
    list[Path],
    typer.Argument(help="Files or folders to read; folders are searched for .txt, .md, .pdf, "
                        ".docx, .html and .htm files.", show_default=False),
]
ManifestOption = Annotated[
    Path | None,
    typer.Option("--manifest", help="A CSV file (columns path, id, date, title, lang; paths "
                                    "relative to it) saying who documents are when their text "
                                    "does not; its values win, and each disagreement with the "
                                    "text is reported. Example: --manifest corpus/manifest.csv",
                 show_default=False),
]
MaxSizeOption = Annotated[
    str | None,
    typer.Option("--max-size", help="Largest file read (default 50MB); a bigger one is named "
                                    "and passed over. Example: --max-size 200MB",
                 show_default=False),
]
TimeLimitOption = Annotated[
    float | None,
    typer.Option("--time-limit", min=0, help="Seconds one file may take to read and extract, "
                                             "plus half as many per MB (default 10: 10 s + "
                                             "5 s/MB; 0: no limit). Example: --time-limit 60",
                 show_default=False),
]
JobsOption = Annotated[
    int,
    typer.Option("--jobs", "-j", min=0, help="Worker processes that read and extract files "
                                             "(0: one per CPU once there are 200 files or more; "
                                             "1: none). The tables are the same whatever the "
                                             "number. Example: --jobs 4"),
]
WaitOption = Annotated[
    bool, typer.Option("--wait", help="If another build is writing the store, wait for it "
                                      "instead of refusing.")
]


def _limits(max_size: str | None, time_limit: float | None) -> Limits:
    try:
        size = parse_size(max_size) if max_size is not None else None
        return Limits.from_options(size, time_limit)
    except ValueError as exc:
        _fail(f"--max-size {exc}" if max_size is not None and str(max_size) in str(exc)
              else str(exc))
        raise  # unreachable: _fail exits


def _manifest(path: Path | None) -> Manifest | None:
    if path is None:
        return None
    try:
        return Manifest.read(path)
    except ManifestError as exc:
        _fail(f"manifest {exc}")
        raise  # unreachable


def _notes(disagreements: list[Disagreement], unused: list[ManifestEntry]) -> None:
    """One stderr line per manifest disagreement and per manifest row not used."""
    for d in disagreements:
        typer.echo(str(d), err=True)
    for e in unused:
        typer.echo(unused_line(e), err=True)


@app.callback()
def main() -> None:
    """Find the references UN documents make and build their citation graph.

    Example:  xref extract data/ -o edges.csv
    """


@app.command()
def extract(
    paths: PathsArgument,
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Write here instead of stdout.")
    ] = None,
    fmt: Annotated[
        Format | None,
        typer.Option("--format", "-f", help="Table format; default from the -o suffix, else csv."),
    ] = None,
    mentions: Annotated[
        bool, typer.Option("--mentions", help="One row per reference as printed, not per edge.")
    ] = False,
    lang: Annotated[
        Lang | None, typer.Option("--lang", help="Language of every file (default: detect).")
    ] = None,
    kind: Annotated[
        list[str] | None,
        typer.Option("--kind", help="Keep only targets of this kind (resolution, decision, document)."),
    ] = None,
    manifest: ManifestOption = None,
    max_size: MaxSizeOption = None,
    time_limit: TimeLimitOption = None,
    jobs: JobsOption = 0,
) -> None:
    """Extract references into an edge list (or the mentions table).

    Reads text in any common encoding, PDF (text layer), DOCX and HTML; a
    file that cannot be read is named on stderr with the reason and the
    others are still read (exit status 1).

    Example:  xref extract data/seeds -o edges.csv
              xref extract report.txt --mentions --format jsonl
              xref extract corpus/ --manifest corpus/manifest.csv --max-size 200MB
    """
    if fmt is None:
        suffix = output.suffix.lower().lstrip(".") if output else ""
        fmt = Format(suffix) if suffix in Format.__members__ else Format.csv
    if fmt is Format.parquet and output is None and sys.stdout.isatty():
        _fail("parquet is binary: give -o FILE")
    if output is not None and output.parent and not output.parent.exists():
        _fail(f"{output.parent}: no such directory")
    limits = _limits(max_size, time_limit)
    book = _manifest(manifest)
    progress = _Progress()
    result = extract_paths(
        paths, lang=lang.value if lang else None, kinds=kind, on_file=progress.step,
        manifest=book, limits=limits, jobs=jobs,
    )
    progress.done()
    for err in result.errors:
        typer.echo(str(err), err=True)
    _notes(result.disagreements, result.unused)
    table = result.mentions if mentions else result.edges
    try:
        write_table(table, fmt.value, output)
    except OSError as exc:
        _fail(f"{output}: {exc.strerror or exc}")
    if output is not None:
        typer.echo(
            f"xref: {len(result.documents)} files read, {len(result.errors)} failed, "
            f"{len(result.mentions)} mentions, {len(result.edges)} edges -> {output}",
            err=True,
        )
    if result.errors:
        raise typer.Exit(1)


class _Progress:
    """A file counter on stderr, shown only on a terminal."""

    def __init__(self) -> None:
        self.n = 0
        self.live = sys.stderr.isatty()

    def step(self, item: Path | FileError) -> None:
        self.n += 1
        if self.live and self.n % 25 == 0:
            sys.stderr.write(f"\rxref: {self.n} files…")
            sys.stderr.flush()

    def done(self) -> None:
        if self.live and self.n >= 25:
            sys.stderr.write("\r" + " " * 30 + "\r")


# -- the store and the queries ------------------------------------------------

DbOption = Annotated[Path, typer.Option("--db", help="The store (SQLite file).")]
JsonOption = Annotated[bool, typer.Option("--json", help="JSON instead of a table.")]
IdArgument = Annotated[
    str, typer.Argument(help="An id as people write it: 46/152, A/RES/46/152, 第46/152号决议, "
                             "1373 (2001), UNCAC.", show_default=False)
]


def _open(db: Path) -> Store:
    try:
        return Store.open(db)
    except StoreError as exc:
        _fail(str(exc))
        raise  # unreachable: _fail exits


def _resolve(store: Store, text: str) -> str:
    try:
        return store.resolve(text)
    except UnknownId as exc:
        _fail(str(exc))
        raise


def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def _clip(s: str, limit: int) -> str:
    if _width(s) <= limit:
        return s
    out, w = [], 0
    for ch in s:
        cw = 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        if w + cw > limit - 1:
            break
        out.append(ch)
        w += cw
    return "".join(out) + "…"


def _table(headers: list[str], rows: list[list[object]], clip: dict[int, int] | None = None) -> str:
    """Rows as aligned columns (wide characters count twice), the last column left ragged."""
    cells = [[str(v) for v in r] for r in rows]
    for col, limit in (clip or {}).items():
        for r in cells:
            r[col] = _clip(r[col], limit)
    widths = [max([_width(h)] + [_width(r[i]) for r in cells]) for i, h in enumerate(headers)]

    def line(vals: list[str]) -> str:
        parts = [v + " " * (widths[i] - _width(v)) for i, v in enumerate(vals[:-1])]
        return "  ".join([*parts, vals[-1]]).rstrip()

    out = [line(headers), line(["-" * w for w in widths])]
    out += [line(r) for r in cells]
    return "\n".join(out)


def _json(obj: object) -> None:
    typer.echo(json.dumps(obj, ensure_ascii=False, indent=2, default=_plain))


def _plain(obj: object) -> object:
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return dataclasses.asdict(obj)
    raise TypeError(f"not JSON serialisable: {type(obj).__name__}")


class _Bar:
    """A progress bar on stderr, drawn only on a terminal."""

    def __init__(self) -> None:
        self.live = sys.stderr.isatty()

    def __call__(self, i: int, n: int, path: str) -> None:
        if not self.live or n == 0:
            return
        done = int(30 * i / n)
        sys.stderr.write(f"\rxref: [{'#' * done}{'.' * (30 - done)}] {i}/{n} files")
        if i == n:
            sys.stderr.write("\r" + " " * 60 + "\r")
        sys.stderr.flush()


@app.command()
def build(
    paths: PathsArgument,
    db: DbOption = Path(DEFAULT_DB),
    prune: Annotated[
        bool, typer.Option("--prune", help="Drop stored documents whose files are gone.")
    ] = False,
    lang: Annotated[
        Lang | None, typer.Option("--lang", help="Language of every file (default: detect).")
    ] = None,
    manifest: ManifestOption = None,
    max_size: MaxSizeOption = None,
    time_limit: TimeLimitOption = None,
    wait: WaitOption = False,
    jobs: JobsOption = 0,
) -> None:
    """Read, extract and store documents in one SQLite file; unchanged files are skipped.

    Each file is stored in its own transaction: a build stopped at any point
    resumes where it stopped when run again. A file that cannot be read is
    named on stderr with the reason, keeps what the store held for it, and
    the build goes on (exit status 1). One build writes a store at a time.

    Example:  xref build data/seeds --db xref.db
              xref build corpus/ --prune --manifest corpus/manifest.csv
              xref build corpus/ --max-size 200MB --time-limit 60
    """
    missing = [p for p in paths if not p.exists() and not p.is_symlink()]
    limits = _limits(max_size, time_limit)
    book = _manifest(manifest)
    try:
        report = build_store(paths, db, prune=prune, lang=lang.value if lang else None,
                             on_file=_Bar(), manifest=book, limits=limits, wait=wait,
                             jobs=jobs)
    except StoreError as exc:
        _fail(str(exc))
    for err in report.failed:
        typer.echo(str(err), err=True)
    _notes(report.disagreements, report.unused)
    typer.echo(report.summary(), err=True)
    if missing:
        raise typer.Exit(2)
    if report.failed:
        raise typer.Exit(1)


def _citations(rows: list[Citation], as_json: bool, depth: int) -> None:
    if as_json:
        _json(rows)
        return
    if not rows:
        typer.echo("(none)")
        return
    headers = ["source", "target", "relation", "para", "citing sentence"]
    data: list[list[object]] = [[c.source, c.target, c.relation, c.paragraph, c.snippet]
                                for c in rows]
    if depth > 1:
        headers.insert(0, "depth")
        for r, c in zip(data, rows, strict=True):
            r.insert(0, c.depth)
    typer.echo(_table(headers, data, {len(headers) - 1: 100}))


@app.command("cites")
def cites_cmd(
    node: IdArgument,
    depth: Annotated[int, typer.Option("--depth", min=1, help="Follow citations this far.")] = 1,
    db: DbOption = Path(DEFAULT_DB),
    as_json: JsonOption = False,
) -> None:
    """What a text cites: each reference with its relation, paragraph and sentence.

    Example:  xref cites 59/159
              xref cites A/RES/67/189 --depth 2 --json
    """
    with _open(db) as store:
        _citations(cites(store, _resolve(store, node), depth), as_json, depth)


@app.command("cited-by")
def cited_by_cmd(
    node: IdArgument,
    depth: Annotated[int, typer.Option("--depth", min=1, help="Follow citations this far.")] = 1,
    db: DbOption = Path(DEFAULT_DB),
    as_json: JsonOption = False,
) -> None:
    """Who cites a text: each citing reference with its relation, paragraph and sentence.

    Example:  xref cited-by 46/152
              xref cited-by 第46/152号决议 --depth 2
    """
    with _open(db) as store:
        _citations(cited_by(store, _resolve(store, node), depth), as_json, depth)


@app.command("chain")
def chain_cmd(
    start: Annotated[str, typer.Argument(help="The citing end of the chain.", show_default=False)],
    end: Annotated[str, typer.Argument(help="The cited end of the chain.", show_default=False)],
    all_chains: Annotated[
        bool, typer.Option("--all", help="Every simple chain up to --max-len, shortest first.")
    ] = False,
    max_len: Annotated[
        int | None, typer.Option("--max-len", min=1, help="Longest chain, in steps (--all: 4).")
    ] = None,
    db: DbOption = Path(DEFAULT_DB),
    as_json: JsonOption = False,
) -> None:
    """How one text reaches another by citations, each step with relation and sentence.

    Example:  xref chain 67/189 46/152
              xref chain 67/189 46/152 --all --max-len 3
    """
    with _open(db) as store:
        a, b = _resolve(store, start), _resolve(store, end)
        chains = chain(store, load_graph(store), a, b, all_chains=all_chains, max_len=max_len)
    if as_json:
        _json(chains)
        return
    if not chains:
        typer.echo(f"no citation chain from {a} to {b}"
                   + (f" within {max_len} steps" if max_len else ""))
        return
    for k, ch in enumerate(chains, 1):
        typer.echo(f"{k}. {' → '.join(ch.nodes)}  ({len(ch)} step{'s' if len(ch) > 1 else ''})")
        for s in ch.steps:
            typer.echo(f"   {s.source} → {s.target}  {s.relations} {s.paragraph}".rstrip())
            if s.snippet:
                typer.echo(f"      {_clip(s.snippet, 110)}")


class By(str, Enum):
    indegree = "indegree"
    pagerank = "pagerank"
    hits = "hits"


@app.command("top")
def top_cmd(
    by: Annotated[By, typer.Option("--by", help="Rank by citing texts, PageRank or HITS authority.")]
    = By.indegree,
    kind: Annotated[
        str | None,
        typer.Option("--kind", help="Only nodes of this kind (resolution, decision, document, "
                                    "instrument)."),
    ] = None,
    n: Annotated[int, typer.Option("-n", min=1, help="How many.")] = 20,
    since: Annotated[
        int | None, typer.Option("--since", help="Count only citations made in texts of this "
                                                 "year or later.")
    ] = None,
    db: DbOption = Path(DEFAULT_DB),
    as_json: JsonOption = False,
) -> None:
    """The most cited texts.

    Example:  xref top -n 10
              xref top --by pagerank --kind resolution --since 2005
    """
    with _open(db) as store:
        ranked = top(store, load_graph(store), by.value, kind, n, since)
    if as_json:
        _json(ranked)
        return
    fmt = "{:.0f}" if by is By.indegree else "{:.5f}"
    typer.echo(_table(
        ["#", "id", by.value, "cited by", "mentions", "kind", "date", "title"],
        [[r.rank, r.id, fmt.format(r.score), r.cited_by, r.mentions, r.kind, r.date, r.label]
         for r in ranked], {7: 60}))


@app.command("show")
def show_cmd(node: IdArgument, db: DbOption = Path(DEFAULT_DB), as_json: JsonOption = False) -> None:
    """Everything known about a text: held copies, titles and dates cited, with their sources.

    Example:  xref show 46/152
    """
    with _open(db) as store:
        info = show(store, _resolve(store, node))
    if as_json:
        _json(info)
        return
    for key in ("id", "kind", "label", "date", "body", "in_corpus", "url"):
        typer.echo(f"{key:10} {info.get(key, '')}")
    typer.echo(f"{'cited by':10} {info['cited_by']} texts ({info['mentions_of']} mentions: "
               + ", ".join(f"{k} {v}" for k, v in info["relations_of"].items()) + ")")
    typer.echo(f"{'cites':10} {info['cites']} texts")
    for d in info["documents"]:
        typer.echo(f"{'held':10} {d['path']} ({d['lang']}, id from {d['id_source']})")
    for fld in ("titles", "dates"):
        for f in info[f"{fld}_cited"]:
            typer.echo(f"{fld[:-1]:10} {f['value']}  [{f['how']}; said by "
                       + ", ".join(f["sources"]) + "]")
    gz = info.get("gazetteer")
    if isinstance(gz, dict):
        for k, v in gz.items():
            if v and k != "key":
                typer.echo(f"{k:10} {v}")


@app.command("stats")
def stats_cmd(db: DbOption = Path(DEFAULT_DB), as_json: JsonOption = False) -> None:
    """Sizes of the store: documents, mentions, edges, nodes by kind.

    Example:  xref stats --db xref.db
    """
    with _open(db) as store:
        info = stats(store)
    if as_json:
        _json(info)
        return
    for key, value in info.items():
        if isinstance(value, dict):
            value = ", ".join(f"{k} {v}" for k, v in value.items())
        typer.echo(f"{key.replace('_', ' '):18} {value}")


@app.command("series")
def series_cmd(node: IdArgument, db: DbOption = Path(DEFAULT_DB), as_json: JsonOption = False) -> None:
    """The recurring resolution series a text belongs to, in order, with what each cites of it.

    Example:  xref series 61/181
    """
    with _open(db) as store:
        s = series(store, _resolve(store, node))
    if as_json:
        _json(s)
        return
    if len(s.members) <= 1:
        typer.echo(f"{s.members[0].id}: no series (no other text of its issuer has its title)")
        return
    typer.echo(f"series: {s.title}")
    typer.echo(_table(
        ["id", "date", "role", "held", "cites of the series", "title"],
        [[m.id, m.date, m.role, "yes" if m.in_corpus else "", ", ".join(
            f"{t} ({rel})" for t, rel in m.cites), m.title] for m in s.members],
        {4: 60, 5: 40}))


@app.command("similar")
def similar_cmd(
    node: IdArgument,
    n: Annotated[int, typer.Option("-n", min=1, help="How many of each.")] = 10,
    db: DbOption = Path(DEFAULT_DB),
    as_json: JsonOption = False,
) -> None:
    """Nearest texts by co-citation (cited together) and bibliographic coupling (citing alike).

    Example:  xref similar 46/152
    """
    with _open(db) as store:
        ident = _resolve(store, node)
        near = similar(store, load_graph(store), ident, n)
    if as_json:
        _json(near)
        return
    for name, title in (("co_citation", "co-citation (cited by the same texts)"),
                        ("coupling", "bibliographic coupling (citing the same texts)")):
        typer.echo(f"{title}:")
        rows = near[name]
        if not rows:
            typer.echo("  (none)")
            continue
        typer.echo(_table(["id", "shared", "cosine", "title"],
                          [[r.id, r.shared, f"{r.score:.3f}", r.label] for r in rows], {3: 60}))


# -- export, the page, annotated documents, the main job -----------------------


class ExportFormat(str, Enum):
    gexf = "gexf"
    graphml = "graphml"
    json = "json"
    csv = "csv"
    parquet = "parquet"


class Layout(str, Enum):
    auto = "auto"
    physics = "physics"
    timeline = "timeline"


FocusOption = Annotated[
    str | None, typer.Option("--focus", help="Only texts within --depth citation steps of this "
                                             "id, either way.")
]
DepthOption = Annotated[int, typer.Option("--depth", min=1, help="Steps around --focus.")]
KindOption = Annotated[
    list[str] | None,
    typer.Option("--kind", help="Only nodes of this kind (resolution, decision, document, "
                                "instrument); repeat for several."),
]
MaxNodesOption = Annotated[
    int | None, typer.Option("--max-nodes", min=1, help="Keep this many nodes, the highest "
                                                        "PageRank.")
]


def _output(path: Path) -> None:
    """Refuse an output path that cannot be written before doing any work."""
    if path.is_dir():
        _fail(f"{path}: is a directory; give a file name")
    parent = path.parent
    if not parent.is_dir():
        _fail(f"{parent}: no such directory")
    if not os.access(parent, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        _fail(f"{path}: not writable")


def _tables(store: Store, focus: str | None, depth: int, kind: list[str] | None,
            max_nodes: int | None) -> GraphTables:
    ident = _resolve(store, focus) if focus else None
    return graph_tables(store, focus=ident, depth=depth, kinds=kind, max_nodes=max_nodes)


@app.command("export")
def export_cmd(
    fmt: Annotated[ExportFormat, typer.Argument(help="gexf (Gephi), graphml, json (networkx "
                                                     "node-link), csv or parquet.",
                                                show_default=False)],
    output: Annotated[Path, typer.Option("-o", "--output", help="The file to write (csv and "
                                                                "parquet also write "
                                                                "FILE.nodes.*).",
                                         show_default=False)],
    focus: FocusOption = None,
    depth: DepthOption = 2,
    kind: KindOption = None,
    max_nodes: MaxNodesOption = None,
    date: Annotated[
        str | None, typer.Option("--date", help="GEXF: a last-modified date (YYYY-MM-DD) for "
                                                "the meta element; none by default, so the "
                                                "same store gives the same bytes.")
    ] = None,
    db: DbOption = Path(DEFAULT_DB),
) -> None:
    """Write the citation graph for Gephi, networkx, pandas or a spreadsheet.

    Nodes carry kind, label, date, year, in_corpus, url, indegree, pagerank and
    series; edges weight (mentions), relations and first_paragraph.

    Example:  xref export gexf -o graph.gexf
              xref export csv -o edges.csv --focus 46/152 --depth 2
    """
    _output(output)
    with _open(db) as store:
        tables = _tables(store, focus, depth, kind, max_nodes)
        try:
            files = write_tables(tables, fmt.value, output, date=date)
        except ExportError as exc:
            _fail(str(exc))
        except OSError as exc:
            _fail(f"{output}: {exc.strerror or exc}")
    typer.echo(f"xref: {len(tables.nodes)} nodes, {len(tables.edges)} edges -> "
               + ", ".join(str(f) for f in files), err=True)


@app.command("viz")
def viz_cmd(
    output: Annotated[Path, typer.Option("-o", "--output", help="The HTML page to write.")]
    = Path("graph.html"),
    focus: FocusOption = None,
    depth: DepthOption = 2,
    max_nodes: MaxNodesOption = None,
    kind: KindOption = None,
    layout: Annotated[
        Layout, typer.Option("--layout", help="physics (force layout, stopped once stable), "
                                              "timeline (year on the x axis) or auto (physics "
                                              "up to 1,000 nodes).")
    ] = Layout.auto,
    db: DbOption = Path(DEFAULT_DB),
) -> None:
    """Write the graph as one HTML page that works offline: search, tooltips, undocs.org links.

    Example:  xref viz -o graph.html
              xref viz -o around.html --focus 46/152 --depth 2
              xref viz -o top.html --max-nodes 500 --kind resolution
    """
    from .viz import write_html  # pyvis is slow to import: only for this command

    _output(output)
    with _open(db) as store:
        ident = _resolve(store, focus) if focus else None
        try:
            write_html(store, output, focus=ident, depth=depth, max_nodes=max_nodes, kinds=kind,
                       layout=layout.value)
        except ExportError as exc:
            _fail(str(exc))
        except OSError as exc:
            _fail(f"{output}: {exc.strerror or exc}")
    typer.echo(str(output))


@app.command("annotate")
def annotate_cmd(
    path: Annotated[Path, typer.Argument(help="The document (.txt, .md, .pdf, .docx, .html).",
                                         show_default=False)],
    output: Annotated[Path, typer.Option("-o", "--output", help="The HTML page to write.",
                                         show_default=False)],
    lang: Annotated[
        Lang | None, typer.Option("--lang", help="Language of the file (default: detect).")
    ] = None,
) -> None:
    """Write a document as HTML with each reference highlighted and linked, and what it cites.

    Example:  xref annotate data/seeds/000_c782685030c56564.txt -o 61-181.html
    """
    from .annotate import write_annotated

    if not path.is_file():
        _fail(f"{path}: no such file")
    _output(output)
    try:
        write_annotated(path, output, lang=lang.value if lang else None)
    except ReadError as exc:
        _fail(f"{path}: {exc}")
    except OSError as exc:
        _fail(f"{output}: {exc.strerror or exc}")
    typer.echo(str(output))


@app.command("run")
def run_cmd(
    paths: PathsArgument,
    out: Annotated[Path, typer.Option("-o", "--out", help="The folder to write into.")]
    = Path("out"),
    max_nodes: Annotated[
        int, typer.Option("--max-nodes", min=1, help="Most nodes on the HTML page.")
    ] = 2000,
    lang: Annotated[
        Lang | None, typer.Option("--lang", help="Language of every file (default: detect).")
    ] = None,
    manifest: ManifestOption = None,
    max_size: MaxSizeOption = None,
    time_limit: TimeLimitOption = None,
    wait: WaitOption = False,
    jobs: JobsOption = 0,
) -> None:
    """The main job: build the store under OUT, write the edge list, GEXF and HTML page there.

    Prints the paths written, one a line. Files that cannot be read are
    named on stderr with the reason (exit status 1); the others are built.

    Example:  xref run data/ -o out/
              xref run corpus/ -o out/ --manifest corpus/manifest.csv
    """
    missing = [p for p in paths if not p.exists()]
    if missing:
        _fail(f"{missing[0]}: no such file or directory")
    if out.exists() and not out.is_dir():
        _fail(f"{out}: not a folder")
    limits = _limits(max_size, time_limit)
    book = _manifest(manifest)
    try:
        report = run_job(paths, out, lang=lang.value if lang else None, max_nodes=max_nodes,
                         on_file=_Bar(), manifest=book, limits=limits, wait=wait, jobs=jobs)
    except (ExportError, StoreError) as exc:
        _fail(str(exc))
    except OSError as exc:
        _fail(f"{out}: {exc.strerror or exc}")
    for err in report.failed:
        typer.echo(err, err=True)
    for note in report.notes:
        typer.echo(note, err=True)
    typer.echo(report.build_summary, err=True)
    for f in report.files:
        typer.echo(str(f))
    if report.failed:
        raise typer.Exit(1)


def entry(argv: list[str] | None = None) -> int:
    """The ``xref`` program: the typer app, with a bad command or option as one stderr line.

    Example:  xref build --time-limit -1 data/  →  xref build: Invalid value for
    '--time-limit': … (see xref build --help), exit status 2
    """
    try:
        code = app(args=argv, prog_name="xref", standalone_mode=False)
    except typer.Abort:
        sys.stderr.write("xref: stopped\n")
        return 130
    except Exception as exc:  # a usage error of the command-line framework
        message = getattr(exc, "format_message", None)
        if message is None:
            raise
        ctx = getattr(exc, "ctx", None)
        where = ctx.command_path if ctx is not None else "xref"
        text = " ".join(str(message()).split())
        if not text and ctx is not None:  # no arguments: the help
            typer.echo(ctx.get_help())
            return int(getattr(exc, "exit_code", 2))
        sys.stderr.write(f"{where}: {text} (see {where} --help)\n")
        return int(getattr(exc, "exit_code", 2))
    return code if isinstance(code, int) else 0
