"""The embedded store: one SQLite file of documents, mentions, facts, edges and nodes."""

from __future__ import annotations

import csv
import difflib
import hashlib
import os
import sqlite3
import stat
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Self

import pandas as pd
import regex

from .api import read_and_extract
from .extract import extract_document
from .ids import candidates
from .ingest import Limits, Manifest, ManifestEntry, ReadError, iter_files
from .instruments import gazetteer as instrument_gazetteer
from .instruments import instrument_id
from .models import EDGE_COLUMNS, MENTION_COLUMNS, Disagreement, DocResult, Document, FileError
from .nodeinfo import Fact, facts_from, snippet, title_key
from .parallel import map_ordered, workers_for
from .resolve import undocs_url

__all__ = [
    "DEFAULT_DB",
    "NODE_COLUMNS",
    "SCHEMA_VERSION",
    "BuildReport",
    "Store",
    "StoreBusy",
    "StoreError",
    "UnknownId",
    "build",
    "build_lock",
    "gazetteer",
]

DEFAULT_DB = "xref.db"
SCHEMA_VERSION = 1
NODE_COLUMNS = ["id", "kind", "label", "date", "body", "in_corpus", "path", "lang", "url"]
GAZETTEER = Path(__file__).parent / "data" / "instruments.csv"

# A node refresh touching more ids than this recomputes every node and edge in
# bulk: one pass over the tables beats that many indexed look-ups.
_BULK_REFRESH = 20_000

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE documents (
    doc INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,
    sha256 TEXT NOT NULL,
    size INTEGER NOT NULL,
    id TEXT NOT NULL,
    id_source TEXT NOT NULL,
    date TEXT NOT NULL,
    title TEXT NOT NULL,
    title_key TEXT NOT NULL,
    body TEXT NOT NULL,
    lang TEXT NOT NULL
);
CREATE INDEX documents_id ON documents (id);
CREATE INDEX documents_title_key ON documents (title_key);
CREATE TABLE mentions (
    doc INTEGER NOT NULL,
    source TEXT NOT NULL,
    target TEXT NOT NULL,
    target_kind TEXT NOT NULL,
    raw TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    paragraph TEXT NOT NULL,
    relation TEXT NOT NULL,
    via TEXT NOT NULL,
    lang TEXT NOT NULL,
    pinpoint TEXT NOT NULL,
    date TEXT NOT NULL,
    snippet TEXT NOT NULL
);
CREATE INDEX mentions_doc ON mentions (doc);
CREATE INDEX mentions_source ON mentions (source, target);
CREATE INDEX mentions_target ON mentions (target);
CREATE TABLE facts (
    doc INTEGER NOT NULL,
    node TEXT NOT NULL,
    field TEXT NOT NULL,
    value TEXT NOT NULL,
    how TEXT NOT NULL,
    source TEXT NOT NULL,
    start INTEGER NOT NULL,
    key TEXT NOT NULL  -- title_key(value) for titles, to find texts of the same title
);
CREATE INDEX facts_node ON facts (node, field);
CREATE INDEX facts_doc ON facts (doc);
CREATE INDEX facts_key ON facts (key);
CREATE TABLE edges (
    source TEXT NOT NULL,
    target TEXT NOT NULL,
    target_kind TEXT NOT NULL,
    mentions INTEGER NOT NULL,
    relations TEXT NOT NULL,
    first_paragraph TEXT NOT NULL,
    PRIMARY KEY (source, target)
) WITHOUT ROWID;
CREATE INDEX edges_target ON edges (target);
CREATE TABLE nodes (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    label TEXT NOT NULL,
    date TEXT NOT NULL,
    body TEXT NOT NULL,
    in_corpus INTEGER NOT NULL,
    path TEXT NOT NULL,
    lang TEXT NOT NULL,
    url TEXT NOT NULL
) WITHOUT ROWID;
-- Sources whose edges and ids whose node rows wait to be recomputed. They are
-- written in the same transaction as the document that made them stale, so a
-- build killed at any point leaves a store that the next open completes.
CREATE TABLE pending (what TEXT NOT NULL, id TEXT NOT NULL, PRIMARY KEY (what, id)) WITHOUT ROWID;
"""

_BODY_OF_PREFIX = (
    ("A/HRC/", "HRC"),
    ("A/", "GA"),
    ("S/", "SC"),
    ("E/CN.4/", "CHR"),
    ("E/CN.7/", "CND"),
    ("E/CN.15/", "CCPCJ"),
    ("E/", "ECOSOC"),
    ("CND/", "CND"),
    ("CCPCJ/", "CCPCJ"),
    ("CTOC/COP/", "COP"),
    ("CAC/COSP/", "COSP"),
)


class StoreError(Exception):
    """A store that cannot be used; the message is one line for the user."""


class StoreBusy(StoreError):
    """Another build holds the store's build lock."""


class UnknownId(StoreError):
    """An id the store does not know, with the nearest ids it does know."""

    def __init__(self, text: str, nearest: Sequence[str], ambiguous: bool = False) -> None:
        self.text = text
        self.nearest = list(nearest)
        if ambiguous:
            msg = f"{text!r} is ambiguous: it may be " + ", ".join(self.nearest)
        elif self.nearest:
            msg = f"unknown id {text!r}; nearest known: " + ", ".join(self.nearest)
        else:
            msg = f"unknown id {text!r}; the store holds no similar id"
        super().__init__(msg)


def gazetteer(path: Path = GAZETTEER) -> dict[str, dict[str, str]]:
    """The shipped gazetteer of instruments by node id (``instrument:KEY``), if present."""
    if not path.is_file():
        return {}
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    return {f"instrument:{r['key']}": r for r in rows if r.get("key")}


def _gazetteer_hash(path: Path = GAZETTEER) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else ""


def _kind_of_id(node_id: str) -> str:
    if node_id.startswith("instrument:"):
        return "instrument"
    if "/RES/" in node_id:
        return "resolution"
    if "/DEC/" in node_id:
        return "decision"
    return "document"


def _body_of_id(node_id: str) -> str:
    for prefix, body in _BODY_OF_PREFIX:
        if node_id.startswith(prefix):
            return body
    return ""


_HOW_RANK = {"heading": 0, "entitled": 1, "printed": 1, "about": 2}


def _best(facts: Iterable[tuple[str, str, int]]) -> str:
    """The value most texts agree on: quoted titles before topics, then count, then value."""
    ranked = sorted(facts, key=lambda f: (_HOW_RANK.get(f[1], 3), -f[2], f[0]))
    return ranked[0][0] if ranked else ""


class Store:
    """An open xref store.

    Examples
    --------
    >>> with Store.open("xref.db") as st:  # doctest: +SKIP
    ...     st.resolve("第46/152号决议")
    'A/RES/46/152'
    """

    def __init__(self, conn: sqlite3.Connection, path: str) -> None:
        self.conn = conn
        self.path = path

    @classmethod
    def open(cls, path: str | os.PathLike[str] = DEFAULT_DB, *, create: bool = False) -> Store:
        """Open the store at ``path``; with ``create``, make it if it does not exist.

        Raises StoreError (one line) for a missing file, a file that is not an
        xref store, or a store written by another schema version.
        """
        p = os.fspath(path)
        exists = os.path.exists(p)
        if not exists and not create:
            raise StoreError(f"{p}: no such store; make it with `xref build PATH --db {p}`")
        if exists and os.path.isdir(p):
            raise StoreError(f"{p}: is a directory, not a store")
        try:
            conn = sqlite3.connect(p, isolation_level=None, timeout=30)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        except sqlite3.DatabaseError:
            raise StoreError(f"{p}: not an xref store (not an SQLite file)") from None
        if not tables:
            if not create:
                conn.close()
                raise StoreError(f"{p}: empty store; make it with `xref build PATH --db {p}`")
            conn.executescript("BEGIN;" + _SCHEMA + f"PRAGMA user_version={SCHEMA_VERSION};COMMIT;")
        elif "documents" not in tables or version == 0:
            conn.close()
            raise StoreError(f"{p}: not an xref store")
        elif version != SCHEMA_VERSION:
            conn.close()
            raise StoreError(
                f"{p}: store schema version {version}, this xref reads version "
                f"{SCHEMA_VERSION}; rebuild it into a new file with `xref build PATH --db NEW`"
            )
        store = cls(conn, p)
        if store.pending_count():
            store.refresh()
        return store

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing ---------------------------------------------------------

    def sha256_of(self, path: str) -> str | None:
        row = self.conn.execute("SELECT sha256 FROM documents WHERE path = ?", (path,)).fetchone()
        return row[0] if row else None

    def held(self, path: str) -> dict[str, str] | None:
        """What the store holds for the file stored under ``path``: hash, id, date, title, lang."""
        cols = ("sha256", "id", "id_source", "date", "title", "lang")
        row = self.conn.execute(f"SELECT {', '.join(cols)} FROM documents WHERE path = ?",
                                (path,)).fetchone()
        return dict(zip(cols, row, strict=True)) if row else None

    def paths(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT path FROM documents ORDER BY path")]

    def put(self, key: str, doc: Document, result: DocResult, facts: Sequence[Fact],
            snippets: Sequence[str]) -> None:
        """Add or replace the document stored under ``key`` (one transaction)."""
        c = self.conn
        c.execute("BEGIN IMMEDIATE")
        try:
            self._delete(key)
            meta = result.meta
            cur = c.execute(
                "INSERT INTO documents (path, sha256, size, id, id_source, date, title, title_key,"
                " body, lang) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (key, doc.sha256, len(doc.text), meta.id, meta.id_source, meta.date, meta.title,
                 title_key(meta.title), meta.body, result.lang),
            )
            did = cur.lastrowid
            c.executemany(
                'INSERT INTO mentions (doc, source, target, target_kind, raw, start, "end",'
                " paragraph, relation, via, lang, pinpoint, date, snippet)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(did, m.source, m.target, m.target_kind, m.raw, m.start, m.end, m.paragraph,
                  m.relation, m.via, m.lang, m.pinpoint, m.date, s)
                 for m, s in zip(result.mentions, snippets, strict=True)],
            )
            c.executemany(
                "INSERT INTO facts (doc, node, field, value, how, source, start, key)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [(did, f.node, f.field, f.value, f.how, f.source, f.start,
                  title_key(f.value) if f.field == "title" else "") for f in facts],
            )
            self._mark({m.source for m in result.mentions},
                       {meta.id} | {m.target for m in result.mentions}
                       | {m.source for m in result.mentions})
            c.execute("COMMIT")
        except BaseException:
            c.execute("ROLLBACK")
            raise

    def remove(self, key: str) -> None:
        """Drop the document stored under ``key`` (one transaction)."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            self._delete(key)
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise

    def _delete(self, key: str) -> None:
        c = self.conn
        row = c.execute("SELECT doc, id FROM documents WHERE path = ?", (key,)).fetchone()
        if row is None:
            return
        did, ident = row
        old = c.execute("SELECT DISTINCT source, target FROM mentions WHERE doc = ?",
                        (did,)).fetchall()
        self._mark({s for s, _ in old}, {ident} | {t for _, t in old} | {s for s, _ in old})
        c.execute("DELETE FROM mentions WHERE doc = ?", (did,))
        c.execute("DELETE FROM facts WHERE doc = ?", (did,))
        c.execute("DELETE FROM documents WHERE doc = ?", (did,))

    def _mark(self, sources: Iterable[str], nodes: Iterable[str]) -> None:
        self.conn.executemany("INSERT OR IGNORE INTO pending VALUES ('source', ?)",
                              [(s,) for s in sources])
        self.conn.executemany("INSERT OR IGNORE INTO pending VALUES ('node', ?)",
                              [(n,) for n in nodes])

    def pending_count(self) -> int:
        return self.conn.execute("SELECT count(*) FROM pending").fetchone()[0]

    def refresh(self, full: bool = False) -> None:
        """Recompute the edges and nodes that documents added or removed made stale.

        One transaction: an interrupted refresh leaves the marks in place.
        ``full`` recomputes every edge and node (after rows were loaded in bulk).
        """
        c = self.conn
        c.execute("BEGIN IMMEDIATE")
        try:
            gaz_hash = _gazetteer_hash()
            row = c.execute("SELECT value FROM meta WHERE key = 'gazetteer'").fetchone()
            if (row[0] if row else "") != gaz_hash:
                c.execute("INSERT OR IGNORE INTO pending SELECT 'node', id FROM nodes"
                          " WHERE id LIKE 'instrument:%'")
                c.execute("INSERT OR REPLACE INTO meta VALUES ('gazetteer', ?)", (gaz_hash,))
            sources = [r[0] for r in c.execute("SELECT id FROM pending WHERE what = 'source'")]
            nodes = [r[0] for r in c.execute("SELECT id FROM pending WHERE what = 'node'")]
            if full or len(sources) + len(nodes) > _BULK_REFRESH:
                self._refresh_edges(None)
                self._refresh_nodes(None)
            else:
                self._refresh_edges(sorted(sources))
                self._refresh_nodes(sorted(nodes))
            c.execute("DELETE FROM pending")
            c.execute("COMMIT")
        except BaseException:
            c.execute("ROLLBACK")
            raise

    def _refresh_edges(self, sources: list[str] | None) -> None:
        c = self.conn
        q = ('SELECT m.source, m.target, m.target_kind, m.relation, m.paragraph'
             " FROM mentions m JOIN documents d ON d.doc = m.doc")
        if sources is None:
            c.execute("DELETE FROM edges")
            groups: Iterable[Iterable[tuple[str, ...]]] = [
                c.execute(q + " ORDER BY m.source, m.target, d.path, m.start")]
        else:
            c.executemany("DELETE FROM edges WHERE source = ?", [(s,) for s in sources])
            groups = (c.execute(q + " WHERE m.source = ? ORDER BY m.target, d.path, m.start",
                                (s,)).fetchall() for s in sources)
        for rows in groups:
            c.executemany("INSERT INTO edges VALUES (?, ?, ?, ?, ?, ?)", _aggregate(rows))

    def _refresh_nodes(self, ids: list[str] | None) -> None:
        c = self.conn
        gaz = gazetteer()
        if ids is None:
            c.execute("DELETE FROM nodes")
            docs = c.execute("SELECT id, path, title, date, body, lang FROM documents"
                             " ORDER BY id, path").fetchall()
            kinds = c.execute("SELECT target, target_kind, count(*) FROM mentions"
                              " GROUP BY target, target_kind").fetchall()
            sources = c.execute("SELECT DISTINCT source FROM mentions").fetchall()
            facts = c.execute("SELECT node, field, value, how, count(*) FROM facts"
                              " GROUP BY node, field, value, how").fetchall()
            wanted = None
        else:
            c.executemany("DELETE FROM nodes WHERE id = ?", [(i,) for i in ids])
            docs, kinds, sources, facts = [], [], [], []
            for i in ids:
                docs += c.execute("SELECT id, path, title, date, body, lang FROM documents"
                                  " WHERE id = ? ORDER BY path", (i,)).fetchall()
                kinds += c.execute("SELECT target, target_kind, count(*) FROM mentions"
                                   " WHERE target = ? GROUP BY target_kind", (i,)).fetchall()
                sources += c.execute("SELECT source FROM mentions WHERE source = ? LIMIT 1",
                                     (i,)).fetchall()
                facts += c.execute("SELECT node, field, value, how, count(*) FROM facts"
                                   " WHERE node = ? GROUP BY field, value, how", (i,)).fetchall()
            wanted = set(ids)
        held: dict[str, tuple[str, ...]] = {}
        for d in docs:
            held.setdefault(d[0], d)
        kind_counts: dict[str, Counter[str]] = {}
        for target, kind, n in kinds:
            kind_counts.setdefault(target, Counter())[kind] += n
        fact_rows: dict[tuple[str, str], list[tuple[str, str, int]]] = {}
        for node, fld, value, how, n in facts:
            fact_rows.setdefault((node, fld), []).append((value, how, n))
        present = set(held) | set(kind_counts) | {s[0] for s in sources}
        if wanted is not None:
            present &= wanted
        rows = []
        for nid in sorted(present):
            doc = held.get(nid)
            gz = gaz.get(nid, {})
            counts = kind_counts.get(nid)
            if nid.startswith("instrument:"):
                kind = "instrument"
            elif counts:
                kind = min(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0]
            else:
                kind = _kind_of_id(nid)
            label = (doc[2] if doc else "") or gz.get("title_en", "") or gz.get("title_zh", "")
            label = label or _best(fact_rows.get((nid, "title"), []))
            date = ((doc[3] if doc else "") or gz.get("adopted", "")
                    or _best(fact_rows.get((nid, "date"), [])))
            body = (doc[4] if doc else "") or _body_of_id(nid)
            rows.append((nid, kind, label, date, body, 1 if doc else 0,
                         doc[1] if doc else "", doc[5] if doc else "", undocs_url(nid)))
        c.executemany("INSERT INTO nodes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)

    # -- reading ---------------------------------------------------------

    def has(self, node_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM nodes WHERE id = ?", (node_id,)).fetchone() is not None

    def node(self, node_id: str) -> dict[str, object] | None:
        """The ``nodes`` row of ``node_id`` as a dict, or None."""
        row = self.conn.execute(f"SELECT {', '.join(NODE_COLUMNS)} FROM nodes WHERE id = ?",
                                (node_id,)).fetchone()
        return dict(zip(NODE_COLUMNS, row, strict=True)) if row else None

    def resolve(self, text: str) -> str:
        """The node id ``text`` stands for, written as people write ids.

        Raises UnknownId (with the nearest known ids) when the store holds no
        such node, or when a bare number fits several issuers.
        """
        given = text.strip()
        if self.has(given):
            return given
        # An instrument by any of its names: 《联合国反腐败公约》, "the Palermo Convention".
        inst = instrument_gazetteer().lookup(given.strip("《》\"“”'‘’ ").removeprefix("the "))
        if inst is not None and self.has(instrument_id(inst.key)):
            return instrument_id(inst.key)
        cands = candidates(given)
        for cand in cands:
            if self.has(cand):
                return cand
        found: list[str] = []
        for cand in cands:
            if cand.startswith("instrument:"):
                key = cand.split(":", 1)[1]
                found += [r[0] for r in self.conn.execute(
                    "SELECT id FROM nodes WHERE id LIKE 'instrument:%' AND"
                    " (lower(id) = lower(?) OR lower(label) = lower(?))", (cand, key))]
            m = regex.match(r"^.+?/(RES|DEC)/(.+)$", cand)
            if m and not found:
                # A number the parser could not place: any issuer that numbers
                # its texts this way, or an SC resolution known with its year.
                num = m[2]
                kinds = ("DEC",) if m[1] == "DEC" else ("RES", "DEC")
                for kind in kinds:
                    found += [r[0] for r in self.conn.execute(
                        "SELECT id FROM nodes WHERE id LIKE ? OR id LIKE ?",
                        (f"%/{kind}/{num}", f"S/{kind}/{num}(%"))]
        found = sorted(set(found))
        if len(found) == 1:
            return found[0]
        if found:
            raise UnknownId(given, found, ambiguous=True)
        raise UnknownId(given, self.nearest(cands[0] if cands else given))

    def nearest(self, text: str, n: int = 5) -> list[str]:
        """Known ids closest to ``text``: those sharing its numbers, ranked by spelling."""
        pool: set[str] = set()
        xy = regex.search(r"(\d+)/\d+", text)
        if xy:
            pool.update(r[0] for r in self.conn.execute(
                "SELECT id FROM nodes WHERE id LIKE ? LIMIT 5000", (f"%/{xy[1]}/%",)))
        for num in sorted(regex.findall(r"\d+", text), key=len, reverse=True)[:2]:
            pool.update(r[0] for r in self.conn.execute(
                "SELECT id FROM nodes WHERE id LIKE ? LIMIT 5000", (f"%{num}%",)))
        if len(pool) < n:
            pool.update(r[0] for r in self.conn.execute(
                "SELECT id FROM nodes WHERE id LIKE ? LIMIT 20000", (f"{text[:1]}%",)))

        def tail(i: str) -> str:
            return regex.split(r"/(?:RES|DEC)/", i)[-1]

        target = tail(text)
        ranked = sorted(pool, key=lambda i: (-difflib.SequenceMatcher(None, target, tail(i))
                                             .ratio(), i))
        return [i for i in ranked[:n]
                if difflib.SequenceMatcher(None, target, tail(i)).ratio() >= 0.4]

    def edges_frame(self) -> pd.DataFrame:
        """The ``edges`` table (DESIGN.md columns), sorted by source and target."""
        return pd.read_sql_query(
            f"SELECT {', '.join(EDGE_COLUMNS)} FROM edges ORDER BY source, target", self.conn)

    def nodes_frame(self) -> pd.DataFrame:
        """The ``nodes`` table (DESIGN.md columns), sorted by id."""
        return pd.read_sql_query(f"SELECT {', '.join(NODE_COLUMNS)} FROM nodes ORDER BY id",
                                 self.conn)

    def mentions_frame(self) -> pd.DataFrame:
        """The ``mentions`` table as ``xref extract --mentions`` writes it, plus ``snippet``."""
        cols = ", ".join(f'm."{c}"' for c in MENTION_COLUMNS if c != "path")
        return pd.read_sql_query(
            f"SELECT {cols}, d.path AS path, m.snippet FROM mentions m"
            " JOIN documents d ON d.doc = m.doc"
            " ORDER BY m.source, d.path, m.start, m.\"end\", m.target", self.conn)


def _aggregate(rows: Iterable[Sequence[str]]) -> Iterator[tuple[str, str, str, int, str, str]]:
    """Edge rows from mention rows sorted by source, target, path and position."""
    key = None
    kind, n, rels, first = "", 0, set(), ""
    for source, target, target_kind, relation, paragraph in rows:
        if (source, target) != key:
            if key is not None:
                yield (*key, kind, n, ";".join(sorted(rels)), first)
            key, kind, n, rels, first = (source, target), target_kind, 0, set(), paragraph
        n += 1
        rels.add(relation)
    if key is not None:
        yield (*key, kind, n, ";".join(sorted(rels)), first)


@dataclass
class BuildReport:
    """What a build did, and the size of the store after it.

    ``failed`` names each file that could not be read or extracted, with the
    reason (what the store held for it is kept); ``disagreements`` lists where
    the manifest and a text differ; ``unused`` lists manifest rows whose file
    was not among the inputs.
    """

    db: str
    read: int = 0
    skipped: int = 0
    pruned: int = 0
    failed: list[FileError] = field(default_factory=list)
    disagreements: list[Disagreement] = field(default_factory=list)
    unused: list[ManifestEntry] = field(default_factory=list)
    kept: int = 0
    documents: int = 0
    mentions: int = 0
    nodes: int = 0
    edges: int = 0

    def summary(self) -> str:
        pruned = f", {self.pruned} pruned" if self.pruned else ""
        kept = f" ({self.kept} kept as stored before)" if self.kept else ""
        return (
            f"xref: {self.read} files read, {self.skipped} skipped (unchanged), "
            f"{len(self.failed)} failed{kept}{pruned}; store {self.db}: {self.documents} "
            f"documents, {self.mentions} mentions, {self.nodes} nodes, {self.edges} edges"
        )


def _under(path: str, roots: Iterable[str]) -> bool:
    return any(path == r or path.startswith(r.rstrip(os.sep) + os.sep) for r in roots)



def stored_documents(db: str | os.PathLike[str], timeout: float = 0.5) -> int:
    """How many documents a store holds, read-only while a build may be writing (0 if unreadable)."""
    try:
        con = sqlite3.connect(f"file:{Path(db)}?mode=ro", uri=True, timeout=timeout)
        try:
            return int(con.execute("SELECT count(*) FROM documents").fetchone()[0])
        finally:
            con.close()
    except sqlite3.Error:
        return 0

@contextmanager
def build_lock(db: str | os.PathLike[str], *, wait: bool = False) -> Iterator[None]:
    """Hold the build lock of the store ``db`` (the file ``DB.lock`` beside it).

    Only one build writes a store at a time. A second one raises StoreBusy
    at once, or with ``wait`` blocks until the first ends. The lock is an
    ``flock`` on an open file, so the system frees it when its holder dies,
    even by SIGKILL: a killed build never leaves the store locked. Queries
    do not take it. Where ``fcntl`` is missing (Windows) there is no lock.
    """
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not POSIX
        yield
        return
    lock_path = os.fspath(db) + ".lock"
    parent = os.path.dirname(lock_path) or "."
    if not os.path.isdir(parent):
        raise StoreError(f"{parent}: no such directory for the store {os.fspath(db)}")
    try:
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise StoreError(f"{lock_path}: cannot make the build lock "
                         f"({exc.strerror or exc})") from None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 64, 0).decode("ascii", "replace").strip() or "?"
            if not wait:
                raise StoreBusy(f"{os.fspath(db)}: another xref build (pid {holder}) is writing "
                                f"this store; wait for it to end, or give --wait") from None
            fcntl.flock(fd, fcntl.LOCK_EX)
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        try:
            yield
        finally:
            os.ftruncate(fd, 0)
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def _file_sha256(path: str, limit: int) -> str | None:
    """The hash of a regular file of at most ``limit`` bytes, else None (reading will say why)."""
    try:
        st = os.stat(path)
        if not stat.S_ISREG(st.st_mode) or st.st_size > limit:
            return None
        h = hashlib.sha256()
        with open(path, "rb") as f:
            while chunk := f.read(1 << 20):
                h.update(chunk)
        return h.hexdigest()
    except OSError:
        return None


def _unchanged(held: dict[str, str] | None, sha: str | None, entry: ManifestEntry | None,
               lang: str | None) -> bool:
    """Whether what the store holds still stands: same bytes, same manifest row, same language."""
    if held is None or sha is None or held["sha256"] != sha:
        return False
    if entry is None:
        return held["id_source"] != "manifest"
    if entry.id and held["id"] != entry.id:
        return False
    if not entry.id and held["id_source"] == "manifest":
        return False
    if entry.date and held["date"] != entry.date:
        return False
    if entry.title and held["title"] != entry.title:
        return False
    want_lang = lang or entry.lang
    return not want_lang or held["lang"] == want_lang


def build(
    paths: Iterable[str | os.PathLike[str]],
    db: str | os.PathLike[str] = DEFAULT_DB,
    *,
    prune: bool = False,
    lang: str | None = None,
    manifest: Manifest | str | os.PathLike[str] | None = None,
    limits: Limits | None = None,
    wait: bool = False,
    jobs: int = 1,
    extract: Callable[[Document], DocResult] = extract_document,
    on_file: Callable[[int, int, str], None] | None = None,
) -> BuildReport:
    """Read, extract and store every file under ``paths`` into the store ``db``.

    Each document is added or replaced in its own transaction, so a build
    stopped at any point (even by SIGKILL) leaves a consistent store and the
    next build goes on from there, ending with the same tables as a build
    never stopped. A file whose content hash is already stored under its
    path (with the same manifest row) is skipped without extraction.

    Every file is read and extracted through
    :func:`xref.api.read_and_extract`, within ``limits`` (size, expansion,
    time per file): one that cannot be read, or whose extraction fails or
    runs out of time, is listed in ``failed`` with its reason and the build
    goes on. A failed file never removes what the store already held for
    it, not even with ``prune``. With ``prune``, documents stored from a
    file that no longer exists (or, under a folder given here, was not found
    in it) are dropped.

    ``manifest`` (a :class:`~xref.ingest.Manifest` or the path of its CSV)
    gives ids, dates, titles and languages that win over the text's; the
    differences are listed in ``disagreements``. Only one build writes a
    store at a time (:func:`build_lock`): another raises StoreBusy, or with
    ``wait`` waits for it. ``jobs`` worker processes read and extract the
    files that changed (0: one per CPU for a large input) while this process
    stores them, in the same order and with the same result as one process.
    ``extract`` turns a read document into a DocResult (``on_file(i, n,
    path)`` is called before each file).

    Examples
    --------
    >>> build(["data/seeds"], "xref.db").summary()  # doctest: +SKIP
    'xref: 5 files read, 0 skipped (unchanged), 0 failed; store xref.db: ...'
    """
    report = BuildReport(os.fspath(db))
    if manifest is not None and not isinstance(manifest, Manifest):
        manifest = Manifest.read(manifest)
    limits = limits or Limits()
    paths = list(paths)
    with build_lock(db, wait=wait):
        items = list(iter_files(paths))
        try:
            store = Store.open(db, create=True)
        except sqlite3.Error as exc:
            raise StoreError(f"{os.fspath(db)}: {exc}") from None
        with store:
            try:
                _build_into(store, items, paths, report, prune=prune, lang=lang,
                            manifest=manifest, limits=limits, jobs=jobs, extract=extract,
                            on_file=on_file)
            except sqlite3.Error as exc:
                raise StoreError(f"{os.fspath(db)}: cannot write the store ({exc})") from None
    return report


def _prepare(
    job: tuple[Path, str | None, Limits, Manifest | None, Callable[..., DocResult]],
) -> tuple[Document, DocResult, list[Disagreement], list[Fact], list[str]] | str:
    """Read and extract one file, with what the store keeps of it; or the reason it failed.

    Runs in a worker process when the build has several.
    """
    item, lang, limits, manifest, extract = job
    try:
        doc, result, notes = read_and_extract(item, lang=lang, limits=limits,
                                              manifest=manifest, extract=extract)
        facts = facts_from(doc.text, result)
        snippets = [snippet(doc.text, m.start, m.end, m.lang or result.lang)
                    for m in result.mentions]
    except ReadError as exc:
        return str(exc)
    except Exception as exc:  # noqa: BLE001 - one bad file must not stop the build
        msg = " ".join(str(exc).split())[:160]
        return f"extraction failed ({type(exc).__name__}: {msg})"
    return doc, result, notes, facts, snippets


def _build_into(store: Store, items: list[Path | FileError], paths: list[str | os.PathLike[str]],
                report: BuildReport, *, prune: bool, lang: str | None,
                manifest: Manifest | None, limits: Limits, jobs: int,
                extract: Callable[[Document], DocResult],
                on_file: Callable[[int, int, str], None] | None) -> None:
    seen: set[str] = set()
    failed_keys: set[str] = set()
    seen_paths: list[str] = []

    def fail(path: str, key: str, reason: str) -> None:
        report.failed.append(FileError(path, reason))
        failed_keys.add(key)
        if store.sha256_of(key) is not None:
            report.kept += 1

    # Which files need reading: the unchanged ones are known by their hash
    # alone. The others are read and extracted, in worker processes when
    # there are several, and stored here, one transaction each, in order.
    todo: list[tuple[Path, str | None, Limits, Manifest | None, Callable[..., DocResult]]] = []
    plan: list[Path | FileError | None] = []
    for item in items:
        if isinstance(item, FileError):
            plan.append(item)
            continue
        key = os.path.abspath(item)
        seen.add(key)
        seen_paths.append(str(item))
        entry = manifest.get(item) if manifest is not None else None
        held = store.held(key)
        if held is not None and _unchanged(held, _file_sha256(key, limits.max_bytes), entry,
                                           lang):
            plan.append(None)
            continue
        plan.append(item)
        todo.append((item, lang, limits, manifest, extract))
    # A caller's own extractor may not reach a worker process.
    workers = workers_for(jobs, len(todo)) if extract is extract_document else 1
    outcomes = map_ordered(_prepare, todo, workers)
    for i, (item, step) in enumerate(zip(items, plan)):
        if on_file is not None:
            on_file(i, len(items), item.path if isinstance(item, FileError) else str(item))
        if isinstance(step, FileError):
            fail(step.path, os.path.abspath(step.path), step.reason)
            continue
        if step is None:
            report.skipped += 1
            continue
        key = os.path.abspath(step)
        outcome = next(outcomes)
        if isinstance(outcome, str):
            fail(str(step), key, outcome)
            continue
        doc, result, notes, facts, snippets = outcome
        report.disagreements.extend(notes)
        store.put(key, doc, result, facts, snippets)
        report.read += 1
    if on_file is not None:
        on_file(len(items), len(items), "")
    if manifest is not None:
        report.unused = manifest.unused(seen_paths)
    if prune:
        roots = [os.path.abspath(p) for p in paths if os.path.isdir(p)]
        for key in store.paths():
            if key in seen or _under(key, failed_keys):
                continue  # a file that failed keeps what the store held for it
            if not os.path.exists(key) or _under(key, roots):
                store.remove(key)
                report.pruned += 1
    store.refresh()
    c = store.conn
    report.documents = c.execute("SELECT count(*) FROM documents").fetchone()[0]
    report.mentions = c.execute("SELECT count(*) FROM mentions").fetchone()[0]
    report.nodes = c.execute("SELECT count(*) FROM nodes").fetchone()[0]
    report.edges = c.execute("SELECT count(*) FROM edges").fetchone()[0]
