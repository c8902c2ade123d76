"""The library entry points: extract a set of paths into tables."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .extract import extract_document
from .ingest import ReadError, iter_files, read_document
from .models import DocResult, FileError
from .tables import edges_frame, mentions_frame

__all__ = ["ExtractResult", "extract_paths"]


@dataclass
class ExtractResult:
    """The tables of an extraction run and the files that failed."""

    documents: list[DocResult]
    mentions: pd.DataFrame
    edges: pd.DataFrame
    errors: list[FileError] = field(default_factory=list)


def extract_paths(
    paths: Iterable[str | os.PathLike[str]],
    *,
    lang: str | None = None,
    kinds: Iterable[str] | None = None,
    on_file: Callable[[Path | FileError], None] | None = None,
) -> ExtractResult:
    """Read every file under ``paths`` and extract its references.

    Files that cannot be read are listed in ``errors`` (with a one-line
    reason) and the others are still processed. ``kinds`` keeps only targets
    of those kinds (``resolution``, ``decision``, ``document``).

    Examples
    --------
    >>> r = extract_paths(["data/seeds"])  # doctest: +SKIP
    >>> r.edges.query("target == 'A/RES/46/152'").source.tolist()  # doctest: +SKIP
    ['A/RES/59/159', 'A/RES/61/181', 'A/RES/67/189']
    """
    docs: list[DocResult] = []
    errors: list[FileError] = []
    for item in iter_files(paths):
        if on_file is not None:
            on_file(item)
        if isinstance(item, FileError):
            errors.append(item)
            continue
        try:
            doc = read_document(item, lang)
        except ReadError as exc:
            errors.append(FileError(str(item), str(exc)))
            continue
        docs.append(extract_document(doc))
    mentions = mentions_frame(docs)
    if kinds:
        wanted = set(kinds)
        mentions = mentions[mentions["target_kind"].isin(wanted)].reset_index(drop=True)
    return ExtractResult(docs, mentions, edges_frame(mentions), errors)
