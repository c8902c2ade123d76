"""Find input files and read them as text, naming every file that cannot be read.

Reading is bounded (:class:`~xref.formats.Limits`) and raises nothing but
:class:`ReadError`, whose message is the one-line reason. A manifest
(:class:`Manifest`) says who documents are when their text does not.
"""

from __future__ import annotations

import csv
import errno
import hashlib
import os
import signal
import stat
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

import regex

from .formats import Limits, ReadError, sniff, to_text
from .models import Disagreement, DocResult, Document, FileError

__all__ = [
    "SUFFIXES",
    "TEXT_SUFFIXES",
    "Limits",
    "Manifest",
    "ManifestEntry",
    "ManifestError",
    "ReadError",
    "TimeLimitExceeded",
    "detect_lang",
    "iter_files",
    "read_document",
    "time_limit",
]

TEXT_SUFFIXES = (".txt", ".md")
# What a walked folder is searched for. ``.doc`` is listed so that an old
# Word file is named as unread rather than silently passed over.
SUFFIXES = (*TEXT_SUFFIXES, ".pdf", ".docx", ".html", ".htm", ".doc")

_NOT_HAN = regex.compile(r"\P{Han}+")
_NOT_LETTER = regex.compile(r"\P{L}+")


def _os_reason(exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "symbolic link loop"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if exc.errno == errno.ENOENT:
        return "no such file or directory"
    if exc.errno == errno.EISDIR:
        return "is a directory"
    return exc.strerror or "cannot be read"


def iter_files(
    paths: Iterable[str | os.PathLike[str]], suffixes: tuple[str, ...] = SUFFIXES
) -> Iterator[Path | FileError]:
    """Yield the files under ``paths`` in a stable order, or a FileError.

    Directories are walked (sorted, symlinked directories not followed, so a
    symlink loop cannot trap the walk) for files ending in ``suffixes``
    (``.txt``, ``.md``, ``.pdf``, ``.docx``, ``.html``, ``.htm``, ``.doc``);
    a folder that cannot be listed is named as a FileError. A file named
    explicitly is taken whatever its suffix.
    """
    for p in paths:
        path = Path(p)
        if path.is_dir():
            found: list[Path | FileError] = []

            def unlisted(exc: OSError, found: list[Path | FileError] = found,
                         top: Path = path) -> None:
                found.append(FileError(str(exc.filename or top), _os_reason(exc)))

            for root, dirs, files in os.walk(path, onerror=unlisted):
                dirs.sort()
                for name in sorted(files):
                    # A folder's own README describes the corpus; it is not part of it.
                    if (
                        name.lower().endswith(suffixes)
                        and not name.startswith(".")
                        and name.lower() != "readme.md"
                    ):
                        found.append(Path(root) / name)
            yield from found
        elif path.is_file():
            yield path
        elif path.is_symlink():
            try:
                os.stat(path)
                reason = "not a regular file"
            except OSError as exc:
                reason = ("broken symbolic link" if exc.errno == errno.ENOENT
                          else _os_reason(exc))
            yield FileError(str(path), reason)
        elif path.exists():
            yield FileError(str(path), "not a regular file")
        else:
            yield FileError(str(path), "no such file or directory")


def detect_lang(text: str) -> str:
    """``zh`` when Han characters make over 30 % of the letters of the text, else ``en``.

    The opening 1,000 characters decide when they are clear (under 10 % or
    over 60 %); otherwise the first 4,000 do.
    """
    for size, low, high in ((1000, 0.1, 0.6), (4000, 0.3, 0.3)):
        letters = len(_NOT_LETTER.sub("", text[:size]))
        if not letters:
            if size >= len(text):
                return "en"
            continue
        share = len(_NOT_HAN.sub("", text[:size])) / letters
        if share > high:
            return "zh"
        if share <= low or size >= len(text):
            return "en" if share <= 0.3 else "zh"
    return "en"


def _mb(n: int) -> str:
    return f"{n / (1 << 20):.1f} MB" if n >= 1 << 20 else f"{n} bytes"


def _read_bytes(path: Path, limits: Limits) -> bytes:
    try:
        st = os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ENOENT and os.path.islink(path):
            raise ReadError("broken symbolic link") from None
        raise ReadError(_os_reason(exc)) from None
    if stat.S_ISDIR(st.st_mode):
        raise ReadError("is a directory")
    if not stat.S_ISREG(st.st_mode):
        # A FIFO or device would block or never end.
        raise ReadError("not a regular file")
    if st.st_size > limits.max_bytes:
        raise ReadError(f"file is {_mb(st.st_size)}, over the size limit of "
                        f"{_mb(limits.max_bytes)} (--max-size raises it)")
    try:
        with open(path, "rb") as f:
            data = f.read(limits.max_bytes + 1)
    except OSError as exc:
        raise ReadError(_os_reason(exc)) from None
    if len(data) > limits.max_bytes:
        raise ReadError(f"file grew past the size limit of {_mb(limits.max_bytes)} while read")
    return data


def _longest_line_over(text: str, limit: int) -> int:
    """The length of the first line longer than ``limit``, else 0."""
    if len(text) <= limit:
        return 0
    start = 0
    n = len(text)
    while start < n:
        end = text.find("\n", start)
        if end < 0:
            end = n
        if end - start > limit:
            return end - start
        start = end + 1
    return 0


def read_document(
    path: str | os.PathLike[str], lang: str | None = None, *, limits: Limits | None = None
) -> Document:
    """Read one file: text (any common encoding), PDF, DOCX or HTML.

    Raises ReadError, and nothing else, with a one-line reason for a file
    that is missing, unreadable, not a regular file, over the size limits,
    empty, binary, in an unsupported format (old ``.doc``, RTF), or a
    damaged, truncated, encrypted or over-expanding PDF or DOCX. Offsets
    elsewhere index the returned ``text``: the decoded file without its
    byte-order mark, line ends as they were; for PDF, DOCX and HTML, the
    text taken out of the file (see :mod:`xref.formats`).

    Examples
    --------
    >>> doc = read_document("data/seeds/000_c782685030c56564.txt")  # doctest: +SKIP
    >>> doc.format, doc.encoding, doc.lang  # doctest: +SKIP
    ('text', 'utf-8', 'zh')
    """
    limits = limits or Limits()
    p = Path(path)
    data = _read_bytes(p, limits)
    if not data:
        raise ReadError("empty file (0 bytes)")
    # isspace() makes no copy: a file of hundreds of megabytes is not doubled here.
    if data.isspace() or (len(data) <= 65536
                          and not data.strip(b"\xef\xbb\xbf\xff\xfe\x00 \t\r\n")):
        raise ReadError("empty file (only blanks)")
    try:
        fmt = sniff(data, p.suffix)
        text, encoding = to_text(data, fmt, limits)
    except ReadError:
        raise
    except MemoryError:
        raise ReadError("out of memory while reading") from None
    except Exception as exc:  # noqa: BLE001 - a reader's bug must not stop the batch
        raise ReadError(f"cannot be read ({type(exc).__name__}: "
                        f"{' '.join(str(exc).split())[:160]})") from None
    if not text or text.isspace():
        raise ReadError("empty file (no text)")
    long = _longest_line_over(text, limits.max_line)
    if long:
        raise ReadError(f"a line of {long:,} characters, over the limit of "
                        f"{limits.max_line:,}: not a document's text")
    sha = hashlib.sha256(data).hexdigest()
    return Document(str(path), text, lang or detect_lang(text), sha, fmt, encoding)


# -- a time budget per file ---------------------------------------------------------


class TimeLimitExceeded(Exception):
    """Raised inside :func:`time_limit` when its time is up."""


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise TimeLimitExceeded in the block once ``seconds`` have passed.

    Uses a real-time interval timer (SIGALRM), which interrupts Python code
    and the ``regex`` engine alike; it applies only in the main thread on
    POSIX and is a no-op elsewhere or when ``seconds`` is 0.
    """
    usable = (
        seconds > 0
        and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
    )
    if not usable:
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise TimeLimitExceeded

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


# -- the manifest -------------------------------------------------------------------


class ManifestError(ValueError):
    """A manifest that cannot be used; the message says where and why."""


@dataclass(frozen=True)
class ManifestEntry:
    """What a manifest row says about one file (empty: the text decides)."""

    path: str
    id: str = ""
    date: str = ""
    title: str = ""
    lang: str = ""


_DATE = regex.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
_COLUMNS = ("path", "id", "date", "title", "lang")


def _key(path: str | os.PathLike[str]) -> str:
    return os.path.normcase(os.path.abspath(path))


class Manifest:
    """Who documents are, from a CSV file with columns ``path, id, date, title, lang``.

    ``path`` is relative to the manifest's folder (or absolute); the other
    columns may be empty. What the manifest gives wins over what is read
    from the text; :meth:`apply` reports where they disagree.

    Examples
    --------
    >>> m = Manifest.read("corpus/manifest.csv")  # doctest: +SKIP
    >>> m.get("corpus/report.pdf")  # doctest: +SKIP
    ManifestEntry(path='corpus/report.pdf', id='A/64/123', date='2009-07-01', title='', lang='en')
    """

    def __init__(self, entries: Iterable[ManifestEntry] = ()) -> None:
        self.entries: dict[str, ManifestEntry] = {}
        for e in entries:
            self.entries[_key(e.path)] = e

    def __len__(self) -> int:
        return len(self.entries)

    @classmethod
    def read(cls, path: str | os.PathLike[str]) -> Manifest:
        """Load a manifest CSV (UTF-8, header row); raises ManifestError with the reason."""
        base = Path(path).parent
        try:
            with open(path, encoding="utf-8-sig", newline="") as f:
                rows = list(csv.reader(f))
        except OSError as exc:
            raise ManifestError(f"{path}: {_os_reason(exc)}") from None
        except (UnicodeDecodeError, csv.Error) as exc:
            raise ManifestError(f"{path}: not a UTF-8 CSV file ({exc})") from None
        if not rows:
            raise ManifestError(f"{path}: empty manifest")
        header = [h.strip().lower() for h in rows[0]]
        if "path" not in header:
            raise ManifestError(f"{path}: the header must name a 'path' column "
                                f"(columns: {', '.join(_COLUMNS)})")
        col = {name: header.index(name) for name in _COLUMNS if name in header}
        entries = []
        for n, row in enumerate(rows[1:], start=2):
            if not any(c.strip() for c in row):
                continue
            vals = {k: (row[i].strip() if i < len(row) else "") for k, i in col.items()}
            if not vals["path"]:
                raise ManifestError(f"{path}, line {n}: empty path")
            date = vals.get("date", "")
            if date and not _DATE.fullmatch(date):
                raise ManifestError(f"{path}, line {n}: date {date!r} is not YYYY-MM-DD")
            lang = vals.get("lang", "").lower().replace("_", "-").split("-")[0]
            if lang and not regex.fullmatch(r"[a-z]{2}", lang):
                raise ManifestError(f"{path}, line {n}: lang {vals['lang']!r} is not a "
                                    f"language code (zh, en, …)")
            file = Path(vals["path"])
            if not file.is_absolute():
                file = base / file
            entries.append(ManifestEntry(str(file), vals.get("id", ""), date,
                                         vals.get("title", ""), lang))
        return cls(entries)

    def get(self, path: str | os.PathLike[str]) -> ManifestEntry | None:
        """The entry for ``path``, if the manifest has one."""
        return self.entries.get(_key(path))

    def unused(self, seen: Iterable[str | os.PathLike[str]]) -> list[ManifestEntry]:
        """Entries for files not among ``seen`` (a misspelt path, a file gone)."""
        keys = {_key(p) for p in seen}
        return [e for k, e in self.entries.items() if k not in keys]

    def apply(self, doc: Document, result: DocResult) -> tuple[DocResult, list[Disagreement]]:
        """The result with the manifest's id, date and title, and the disagreements.

        A changed id is also the source of every mention; a mention of the
        document itself under its manifest id is dropped, as the extractor
        drops one under the id it found.
        """
        entry = self.get(doc.path)
        if entry is None:
            return result, []
        meta = result.meta
        notes: list[Disagreement] = []
        if entry.lang and entry.lang != detect_lang(doc.text) and entry.lang in ("zh", "en"):
            notes.append(Disagreement(doc.path, "lang", entry.lang, detect_lang(doc.text),
                                      "detected"))
        if entry.id and entry.id != meta.id and meta.id_source != "filename":
            notes.append(Disagreement(doc.path, "id", entry.id, meta.id, meta.id_source))
        if entry.date and meta.date and not meta.date.startswith(entry.date):
            notes.append(Disagreement(doc.path, "date", entry.date, meta.date))
        if entry.title and meta.title and "".join(entry.title.split()) != "".join(
                meta.title.split()):
            notes.append(Disagreement(doc.path, "title", entry.title, meta.title))
        new_id = entry.id or meta.id
        new_meta = replace(
            meta,
            id=new_id,
            id_source="manifest" if entry.id else meta.id_source,
            date=entry.date or meta.date,
            title=entry.title or meta.title,
        )
        mentions = result.mentions
        instruments = result.instruments
        if new_id != meta.id:
            mentions = tuple(
                replace(m, source=new_id) if m.source == meta.id else m
                for m in mentions if m.target != new_id
            )
            instruments = tuple(
                replace(f, source=new_id) if f.source == meta.id else f for f in instruments
            )
        return replace(result, meta=new_meta, mentions=mentions, instruments=instruments), notes
