"""Hostile input: every bad file gets one clear reason, in bounded time, and the batch goes on."""

from __future__ import annotations

import io
import os
import random
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

import xref
from xref.api import read_and_extract
from xref.formats import Limits, ReadError
from xref.ingest import iter_files, read_document

from .conftest import ROOT
from .test_formats import make_docx, make_pdf

SEED = ROOT / "data" / "seeds" / "000_c782685030c56564.txt"


def _zip_bomb(size: int) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        with z.open("word/document.xml", "w", force_zip64=True) as f:
            chunk = b" " * (1 << 20)
            for _ in range(size >> 20):
                f.write(chunk)
    return buf.getvalue()


def _backtracking_list(n: int = 100_000) -> str:
    # An unterminated list of numbers: the shape that makes list patterns backtrack.
    return "第" + "46/152 号、" * n + "号决议"


def _slashes_and_digits(n: int = 1_000_000) -> str:
    rng = random.Random(6)
    return "".join(rng.choice("/0123456789") for _ in range(n))


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """A folder of the seeds and one file of each hostile kind, with the reason expected."""
    d = tmp_path_factory.mktemp("hostile")
    for p in (ROOT / "data" / "seeds").glob("*.txt"):
        (d / p.name).write_bytes(p.read_bytes())
    text = SEED.read_text(encoding="utf-8")
    pdf = make_pdf(text)
    expect = {
        "zero.txt": "empty file (0 bytes)",
        "binary.txt": "binary file",
        "image.pdf.txt": "binary file (a PNG image)",
        "truncated.pdf": "truncated PDF",
        "damaged.pdf": "damaged PDF",
        "encrypted.pdf": "encrypted PDF",
        "bomb.docx": "zip bomb",
        "notword.docx": "not a Word document",
        "old.doc": "old Word .doc",
        "huge.txt": "over the size limit of 50.0 MB",
        "loop.txt": "symbolic link loop",
        "dangling.txt": "broken symbolic link",
        "fifo.txt": "not a regular file",
    }
    (d / "zero.txt").write_bytes(b"")
    rng = random.Random(1)
    (d / "binary.txt").write_bytes(bytes(rng.randrange(256) for _ in range(4096)))
    (d / "image.pdf.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    (d / "truncated.pdf").write_bytes(pdf[: len(pdf) // 2])
    (d / "damaged.pdf").write_bytes(b"%PDF-1.7\n1 0 obj garbage\n%%EOF\n")
    (d / "encrypted.pdf").write_bytes(make_pdf(text, encrypt=("secret", "owner")))
    (d / "bomb.docx").write_bytes(_zip_bomb(64 << 20))
    zipped = io.BytesIO()
    with zipfile.ZipFile(zipped, "w") as z:
        z.writestr("data.csv", "a,b\n")
    (d / "notword.docx").write_bytes(zipped.getvalue())
    (d / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512)
    # 200 MB on one line, sparse: the size limit refuses it before reading.
    with open(d / "huge.txt", "wb") as f:
        f.truncate(200 << 20)
    os.symlink(d / "loop2.txt", d / "loop.txt")
    os.symlink(d / "loop.txt", d / "loop2.txt")
    expect["loop2.txt"] = "symbolic link loop"
    os.symlink(d / "nowhere", d / "dangling.txt")
    os.symlink(d, d / "subdir-loop")  # a directory link back to itself: not followed
    os.mkfifo(d / "fifo.txt")
    (d / "slashes.txt").write_text(_slashes_and_digits(), encoding="utf-8")
    return d, expect


def test_every_bad_file_named_once_and_every_good_file_read(
        hostile: tuple[Path, dict[str, str]]) -> None:
    folder, expect = hostile
    t0 = time.monotonic()
    r = xref.extract_paths([folder])
    assert time.monotonic() - t0 < 30
    reasons = {Path(e.path).name: e.reason for e in r.errors}
    assert sorted(reasons) == sorted(expect)
    for name, reason in expect.items():
        assert reason in reasons[name], (name, reasons[name])
        assert "\n" not in reasons[name] and "Traceback" not in reasons[name]
    read = sorted(Path(d.path).name for d in r.documents)
    assert read == sorted([p.name for p in (ROOT / "data" / "seeds").glob("*.txt")]
                          + ["slashes.txt"])
    assert "A/RES/46/152" in set(r.edges.target)


def test_each_error_is_one_line_on_stderr(hostile: tuple[Path, dict[str, str]]) -> None:
    folder, _ = hostile
    for e in xref.extract_paths([folder]).errors:
        line = str(e)
        assert line.startswith("xref: ") and line.count("\n") == 0 and len(line) < 400


def test_size_limit_can_be_raised(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("Recalling its resolution 46/152,\n" * 2000, encoding="utf-8")
    with pytest.raises(ReadError, match="over the size limit of 1000 bytes"):
        read_document(path, limits=Limits(max_bytes=1000))
    assert read_document(path, limits=Limits(max_bytes=1 << 20)).lang == "en"


def test_one_long_line_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "line.txt"
    path.write_text("46/152 " * 2000, encoding="utf-8")
    with pytest.raises(ReadError, match="a line of 14,000 characters"):
        read_document(path, limits=Limits(max_line=10_000))


def test_backtracking_list_is_read_in_linear_time(tmp_path: Path) -> None:
    # 100,000 list items that never reach 号决议: the list pattern gives up at
    # once rather than retrying every shorter list.
    path = tmp_path / "list.txt"
    path.write_text(_backtracking_list(), encoding="utf-8")
    t0 = time.monotonic()
    _, result, _ = read_and_extract(path)
    assert time.monotonic() - t0 < 10
    assert result.mentions == ()


def test_slow_file_is_stopped_by_the_time_limit(
        tmp_path: Path, stall_reading: Callable[[str], None]) -> None:
    slow = tmp_path / "slow.txt"
    slow.write_text("Recalling its resolution 46/152,\n", encoding="utf-8")
    good = tmp_path / "good.txt"
    good.write_text("Recalling its resolution 46/152,\n", encoding="utf-8")
    stall_reading("slow.txt")
    t0 = time.monotonic()
    with pytest.raises(ReadError, match=r"gave up after 1 s"):
        read_and_extract(slow, limits=Limits(seconds=1, seconds_per_mb=0))
    assert time.monotonic() - t0 < 5
    # The batch goes on past it.
    r = xref.extract_paths([tmp_path], limits=Limits(seconds=1, seconds_per_mb=0))
    assert [Path(e.path).name for e in r.errors] == ["slow.txt"]
    assert len(r.documents) == 1


def test_zip_bomb_is_stopped_even_when_its_sizes_lie(tmp_path: Path) -> None:
    path = tmp_path / "bomb.docx"
    path.write_bytes(_zip_bomb(8 << 20))
    with pytest.raises(ReadError, match="zip bomb"):
        read_document(path)
    # With the ratio check off, the streamed size still stops it.
    with pytest.raises(ReadError, match="zip bomb"):
        read_document(path, limits=Limits(max_ratio=10**9, max_unpacked=1 << 20))


def test_docx_with_a_dtd_is_refused(tmp_path: Path) -> None:
    laughs = ('<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa">'
              '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><w>&b;</w>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("word/document.xml", laughs)
    path = tmp_path / "laughs.docx"
    path.write_bytes(buf.getvalue())
    with pytest.raises(ReadError, match="DTD"):
        read_document(path)


def test_truncated_docx_and_image_only_pdf(tmp_path: Path) -> None:
    docx = make_docx("Recalling its resolution 46/152,")
    (tmp_path / "cut.docx").write_bytes(docx[: len(docx) // 2])
    with pytest.raises(ReadError, match="damaged or truncated DOCX"):
        read_document(tmp_path / "cut.docx")
    (tmp_path / "scan.pdf").write_bytes(make_pdf(""))
    with pytest.raises(ReadError, match="no text layer"):
        read_document(tmp_path / "scan.pdf")


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("Recalling its resolution 46/152,\n", encoding="utf-8")
    path.chmod(0)
    if os.geteuid() == 0:
        # root reads any file: make open() answer as it does for anyone else.
        real_open = open

        def deny(file: object, *args: object, **kwargs: object) -> object:
            if str(file) == str(path):
                raise PermissionError(13, "Permission denied", str(path))
            return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

        monkeypatch.setattr("builtins.open", deny)
    with pytest.raises(ReadError, match="permission denied"):
        read_document(path)


def test_extractor_crash_is_one_error_not_a_traceback(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Recalling its resolution 46/152,\n", encoding="utf-8")

    def broken(doc: xref.Document) -> xref.DocResult:
        raise ValueError("bad\nstate")

    with pytest.raises(ReadError, match=r"^extraction failed \(ValueError: bad state\)$"):
        read_and_extract(path, extract=broken)


def test_symlink_loop_in_a_walked_folder_does_not_hang(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    os.symlink(tmp_path, tmp_path / "a" / "up")
    (tmp_path / "a" / "doc.txt").write_text("resolution 46/152\n", encoding="utf-8")
    items = list(iter_files([tmp_path]))
    assert items == [tmp_path / "a" / "doc.txt"]


def test_reading_raises_only_read_error_on_random_bytes(tmp_path: Path) -> None:
    rng = random.Random(7)
    heads = [b"%PDF-1.4\n", b"PK\x03\x04", b"<html>", b"\xff\xfe", b"\xef\xbb\xbf", b""]
    for i in range(60):
        data = rng.choice(heads) + bytes(rng.randrange(256) for _ in range(rng.randrange(1, 600)))
        if rng.random() < 0.3:
            data += b"%%EOF"
        path = tmp_path / f"f{i}.{rng.choice(['txt', 'pdf', 'docx', 'html'])}"
        path.write_bytes(data)
        try:
            read_document(path)
        except ReadError as exc:
            assert str(exc) and "\n" not in str(exc)
