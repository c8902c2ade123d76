"""Build the mentions and edges tables and write them as CSV, JSON Lines or Parquet."""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Iterable
from operator import attrgetter, itemgetter

import pandas as pd

from ._gc import gc_paused
from .models import EDGE_COLUMNS, INSTRUMENT_COLUMNS, MENTION_COLUMNS, DocResult

__all__ = ["FORMATS", "edges_frame", "instruments_frame", "mentions_frame", "write_table"]

FORMATS = ("csv", "jsonl", "parquet")


def mentions_frame(results: Iterable[DocResult]) -> pd.DataFrame:
    """One row per reference as printed, sorted by source, path and position."""
    fields = attrgetter(*MENTION_COLUMNS[:-1])
    with gc_paused():
        rows = [(*fields(m), r.path) for r in results for m in r.mentions]
    # Sorted here, not by pandas: Python's sort is stable like a mergesort
    # and several times faster on rows of strings than sort_values.
    rows.sort(key=_MENTION_ORDER)
    df = pd.DataFrame(rows, columns=MENTION_COLUMNS)
    return df.astype({"start": "int64", "end": "int64"})


_COL = {c: i for i, c in enumerate(MENTION_COLUMNS)}
_MENTION_ORDER = itemgetter(_COL["source"], _COL["path"], _COL["start"], _COL["end"],
                            _COL["target"])


def instruments_frame(results: Iterable[DocResult]) -> pd.DataFrame:
    """What each document's footnotes say about the instruments it names.

    One row per (document, instrument, footnote): the adopting resolution
    (``relation`` ``annex_of`` or ``adopted_by``) and the UN Treaty Series
    registration number and volumes, sorted by document and instrument.
    """
    fields = attrgetter(*INSTRUMENT_COLUMNS[:-1])
    rows = [(*fields(f), r.path) for r in results for f in r.instruments]
    df = pd.DataFrame(rows, columns=INSTRUMENT_COLUMNS)
    df = df.sort_values(["source", "instrument", "footnote", "path"], kind="mergesort")
    return df.reset_index(drop=True)


def edges_frame(mentions: pd.DataFrame) -> pd.DataFrame:
    """One row per (source, target): mention count, relations, first paragraph."""
    if mentions.empty:
        return pd.DataFrame(columns=EDGE_COLUMNS).astype({"mentions": "int64"})
    cols = [mentions[c].tolist() for c in
            ("source", "target", "target_kind", "relation", "paragraph", "path", "start")]
    source, target, kind, relation, paragraph, path, start = cols
    order = sorted(range(len(source)), key=lambda i: (source[i], target[i], path[i], start[i]))
    rows = []
    last: list[object] | None = None
    relations: set[str] = set()
    for i in order:
        if last is not None and last[0] == source[i] and last[1] == target[i]:
            last[3] += 1  # type: ignore[operator]
            relations.add(relation[i])
            continue
        if last is not None:
            last[4] = ";".join(sorted(relations))
        last = [source[i], target[i], kind[i], 1, "", paragraph[i]]
        relations = {relation[i]}
        rows.append(last)
    if last is not None:
        last[4] = ";".join(sorted(relations))
    edges = pd.DataFrame(rows, columns=EDGE_COLUMNS).astype({"mentions": "int64"})
    return edges[EDGE_COLUMNS]


def write_table(df: pd.DataFrame, fmt: str, path: str | os.PathLike[str] | None) -> None:
    """Write ``df`` as ``csv``, ``jsonl`` or ``parquet`` to ``path`` (stdout if None).

    The file is written to a temporary name and moved into place, so an
    interrupted run never leaves a half-written table.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt == "parquet":
        if path is None:
            buf = io.BytesIO()
            df.to_parquet(buf, index=False)
            sys.stdout.buffer.write(buf.getvalue())
            return
        tmp = f"{path}.tmp"
        df.to_parquet(tmp, index=False)
        os.replace(tmp, path)
        return
    if fmt == "csv":
        text = df.to_csv(index=False, lineterminator="\n")
    else:
        text = df.to_json(orient="records", lines=True, force_ascii=False)
        if text and not text.endswith("\n"):
            text += "\n"
    if path is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    tmp = f"{path}.tmp"
    with open(tmp, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)
    os.replace(tmp, path)
