"""The library entry points: extract a set of paths into tables."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import pandas as pd

from .extract import extract_document
from .ingest import (
    Limits,
    Manifest,
    ManifestEntry,
    ReadError,
    TimeLimitExceeded,
    iter_files,
    read_document,
    time_limit,
)
from .models import Disagreement, DocResult, Document, FileError
from .parallel import map_ordered, workers_for
from .tables import edges_frame, mentions_frame

__all__ = ["ExtractResult", "extract_paths", "read_and_extract"]


@dataclass
class ExtractResult:
    """The tables of an extraction run, the files that failed, and manifest notes.

    ``disagreements`` lists where the manifest and a document's text differ
    (the manifest's value is kept); ``unused`` lists manifest rows whose file
    was not among the inputs.
    """

    documents: list[DocResult]
    mentions: pd.DataFrame
    edges: pd.DataFrame
    errors: list[FileError] = field(default_factory=list)
    disagreements: list[Disagreement] = field(default_factory=list)
    unused: list[ManifestEntry] = field(default_factory=list)


def read_and_extract(
    path: str | os.PathLike[str],
    *,
    lang: str | None = None,
    limits: Limits | None = None,
    manifest: Manifest | None = None,
    extract: Callable[[Document], DocResult] = extract_document,
) -> tuple[Document, DocResult, list[Disagreement]]:
    """Read one file and extract its references, within the limits.

    The language is ``lang``, else the manifest's, else detected. Raises
    ReadError, and nothing else, with a one-line reason: the file cannot be
    read, the extractor failed on it, or reading and extraction took longer
    than the file's time budget (``limits.time_budget(size)``, enforced in
    the main thread on POSIX).
    """
    limits = limits or Limits()
    entry = manifest.get(path) if manifest is not None else None
    lang = lang or (entry.lang if entry is not None else "") or None
    try:
        size = os.stat(path).st_size
    except OSError:
        size = 0
    budget = limits.time_budget(min(size, limits.max_bytes))
    if extract is extract_document:
        _warm_up()
    try:
        with time_limit(budget):
            doc = read_document(path, lang, limits=limits)
            result = extract(doc)
    except ReadError:
        raise
    except TimeLimitExceeded:
        raise ReadError(f"gave up after {_seconds(budget)} s (the time limit for a file of this "
                        f"size; --time-limit raises it)") from None
    except RecursionError:
        raise ReadError("extraction failed (nesting too deep)") from None
    except MemoryError:
        raise ReadError("extraction failed (out of memory)") from None
    except Exception as exc:  # noqa: BLE001 - one bad file must not stop the batch
        msg = " ".join(str(exc).split())[:160]
        raise ReadError(f"extraction failed ({type(exc).__name__}: {msg})") from None
    notes: list[Disagreement] = []
    if manifest is not None:
        result, notes = manifest.apply(doc, result)
    return doc, result, notes


def _seconds(t: float) -> str:
    return f"{t:.0f}" if t >= 10 else f"{round(t, 1):g}"


@cache
def _warm_up() -> None:
    """Load what the extractor loads on first use (pattern tables, the gazetteer) once.

    Done outside any file's time budget, so that the first file of a run is
    not charged for it.
    """
    for lang, text in (("zh", "回顾其第 46/152 号决议，"), ("en", "Recalling its resolution 46/152,")):
        try:
            extract_document(Document("warm-up.txt", text, lang, ""))
        except Exception:  # noqa: BLE001, S110 - a real file will report it
            pass


def _extract_one(
    job: tuple[Path, str | None, Limits | None, Manifest | None],
) -> tuple[DocResult, list[Disagreement]] | FileError:
    """One file's result, or its FileError (what a worker process sends back)."""
    path, lang, limits, manifest = job
    try:
        _, result, notes = read_and_extract(path, lang=lang, limits=limits, manifest=manifest)
    except ReadError as exc:
        return FileError(str(path), str(exc))
    return result, notes


def extract_paths(
    paths: Iterable[str | os.PathLike[str]],
    *,
    lang: str | None = None,
    kinds: Iterable[str] | None = None,
    on_file: Callable[[Path | FileError], None] | None = None,
    manifest: Manifest | str | os.PathLike[str] | None = None,
    limits: Limits | None = None,
    jobs: int = 1,
) -> ExtractResult:
    """Read every file under ``paths`` and extract its references.

    Files that cannot be read, or on which extraction fails or runs out of
    time, are listed in ``errors`` (with a one-line reason) and the others
    are still processed. ``kinds`` keeps only targets of those kinds
    (``resolution``, ``decision``, ``document``). ``manifest`` (a
    :class:`~xref.ingest.Manifest` or the path of its CSV) gives ids, dates,
    titles and languages that win over the text's; ``limits`` bounds the
    size, expansion and time of each file. ``jobs`` worker processes share
    the files (0: one per CPU for a large input); the tables are the same
    whatever their number.

    Examples
    --------
    >>> r = extract_paths(["data/seeds"])  # doctest: +SKIP
    >>> r.edges.query("target == 'A/RES/46/152'").source.tolist()  # doctest: +SKIP
    ['A/RES/59/159', 'A/RES/61/181', 'A/RES/67/189']
    """
    if manifest is not None and not isinstance(manifest, Manifest):
        manifest = Manifest.read(manifest)
    docs: list[DocResult] = []
    errors: list[FileError] = []
    notes: list[Disagreement] = []
    items = list(iter_files(paths))
    files = [item for item in items if not isinstance(item, FileError)]
    outcomes = map_ordered(_extract_one, [(f, lang, limits, manifest) for f in files],
                           workers_for(jobs, len(files)))
    for item in items:
        if on_file is not None:
            on_file(item)
        outcome = item if isinstance(item, FileError) else next(outcomes)
        if isinstance(outcome, FileError):
            errors.append(outcome)
            continue
        result, found = outcome
        docs.append(result)
        notes.extend(found)
    mentions = mentions_frame(docs)
    if kinds:
        wanted = set(kinds)
        mentions = mentions[mentions["target_kind"].isin(wanted)].reset_index(drop=True)
    unused = manifest.unused([str(f) for f in files]) if manifest is not None else []
    return ExtractResult(docs, mentions, edges_frame(mentions), errors, notes, unused)
