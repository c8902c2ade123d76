"""Find input files and read them as text, naming every file that cannot be read."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

import regex

from .models import Document, FileError

__all__ = ["TEXT_SUFFIXES", "ReadError", "detect_lang", "iter_files", "read_document"]

TEXT_SUFFIXES = (".txt", ".md")

_HAN = regex.compile(r"\p{Han}+")
_LETTER = regex.compile(r"\p{L}+")


class ReadError(Exception):
    """A file that cannot be read as a document; the message is the reason."""


def iter_files(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path | FileError]:
    """Yield the files under ``paths`` in a stable order, or a FileError.

    Directories are walked (sorted, symlinked directories not followed) for
    ``.txt`` and ``.md`` files; a file named explicitly is taken whatever its
    suffix.
    """
    for p in paths:
        path = Path(p)
        if path.is_dir():
            found = []
            for root, dirs, files in os.walk(path):
                dirs.sort()
                for name in sorted(files):
                    # A folder's own README describes the corpus; it is not part of it.
                    if (
                        name.lower().endswith(TEXT_SUFFIXES)
                        and not name.startswith(".")
                        and name.lower() != "readme.md"
                    ):
                        found.append(Path(root) / name)
            yield from found
        elif path.is_file():
            yield path
        elif path.exists() or path.is_symlink():
            yield FileError(str(path), "not a regular file")
        else:
            yield FileError(str(path), "no such file or directory")


def detect_lang(text: str) -> str:
    """``zh`` when Han characters dominate the letters of the text, else ``en``."""
    sample = text[:4000]
    letters = sum(map(len, _LETTER.findall(sample)))
    if not letters:
        return "en"
    han = sum(map(len, _HAN.findall(sample)))
    return "zh" if han / letters > 0.3 else "en"


def read_document(path: str | os.PathLike[str], lang: str | None = None) -> Document:
    """Read one text file (UTF-8, with or without BOM, any line ends).

    Raises ReadError with a one-line reason for an unreadable, empty, binary
    or non-UTF-8 file. Offsets elsewhere index the returned ``text``: the
    decoded file without its byte-order mark, line ends as they were.
    """
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise ReadError("no such file or directory") from None
    except IsADirectoryError:
        raise ReadError("is a directory") from None
    except PermissionError:
        raise ReadError("permission denied") from None
    except OSError as exc:
        raise ReadError(exc.strerror or "cannot be read") from None
    if not data.strip():
        raise ReadError("empty file")
    head = data[:8192]
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ReadError("binary file, not text")
    if head.startswith(b"%PDF"):
        raise ReadError("PDF is not supported yet; convert it to text first")
    if head.startswith(b"PK\x03\x04"):
        raise ReadError("zip/Office file is not supported yet; convert it to text first")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ReadError(
            f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})"
        ) from None
    sha = hashlib.sha256(data).hexdigest()
    return Document(str(path), text, lang or detect_lang(text), sha)
