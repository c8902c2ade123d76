"""Nothing lost: a build killed at random points and run again, two builds at once, failed files.

The builds here run as real processes (``python -m xref build``), killed with
SIGKILL; the stores they leave are compared with an uninterrupted build by
their exported tables, byte for byte.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from xref.cli import app
from xref.export import store_snapshot
from xref.models import DocResult, Document
from xref.store import Store, StoreBusy, build, build_lock, stored_documents

from .conftest import ROOT

SEEDS = sorted((ROOT / "data" / "seeds").glob("*.txt"))
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}
N_FILES = 30
runner = CliRunner()


def _corpus(dest: Path, n: int = N_FILES) -> Path:
    """The five seeds copied ``n`` times, each copy changed a little (one more citation)."""
    dest.mkdir()
    for i in range(n):
        src = SEEDS[i % len(SEEDS)]
        extra = f"\n又回顾其第 {50 + i % 17}/{100 + i} 号决议，\n"
        (dest / f"copy_{i:03d}.txt").write_text(
            src.read_text(encoding="utf-8") + extra + f"\n(copy {i})\n", encoding="utf-8")
    return dest


def _xref(*args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "xref", *args], env=ENV,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _stored(db: Path) -> int:
    return stored_documents(db, timeout=0.2)


def _tables(db: Path, out: Path) -> dict[str, bytes]:
    """What ``xref export csv`` writes for the store, plus its mentions and documents."""
    with Store.open(db) as st:
        assert st.pending_count() == 0
    return store_snapshot(db, out)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, bytes]]:
    """The corpus and the tables of one uninterrupted build of it."""
    base = tmp_path_factory.mktemp("lost")
    folder = _corpus(base / "corpus")
    report = build([folder], base / "fresh.db")
    assert report.documents == N_FILES and not report.failed
    return folder, _tables(base / "fresh.db", base / "fresh")


def test_build_killed_at_random_points_then_resumed_gives_the_same_tables(
        corpus: tuple[Path, dict[str, bytes]], tmp_path: Path) -> None:
    folder, fresh = corpus
    db = tmp_path / "x.db"
    rng = random.Random(6)
    # Kill twice once the build has stored a random number more documents
    # (mid-file, mid-commit), then once at a random moment (in imports, in the
    # last refresh, or after the end).
    plans: list[tuple[str, float]] = [("docs", rng.randint(3, 9)), ("docs", rng.randint(3, 9)),
                                      ("time", rng.uniform(0.3, 1.5))]
    counts = [0]
    for how, at in plans:
        before = max(_stored(db), 0)
        proc = _xref("build", str(folder), "--db", str(db))
        t0 = time.monotonic()
        while proc.poll() is None and time.monotonic() - t0 < 30:
            if how == "time" and time.monotonic() - t0 >= at:
                break
            if how == "docs" and _stored(db) >= before + at:
                break
            time.sleep(0.005)
        proc.send_signal(signal.SIGKILL)
        proc.communicate()
        counts.append(max(_stored(db), 0))
    # The kills by count landed mid-build, each after some progress.
    assert 0 < counts[1] < counts[2] < N_FILES, counts
    proc = _xref("build", str(folder), "--db", str(db))
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    summary = err.decode().strip().splitlines()[-1]
    assert f"store {db}: {N_FILES} documents" in summary
    assert _tables(db, tmp_path / "resumed") == fresh


def test_second_build_on_the_same_store_refuses_with_one_line(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    with build_lock(db):
        r = runner.invoke(app, ["build", str(SEEDS[0]), "--db", str(db)])
        assert r.exit_code == 2 and r.stdout == ""
        assert r.stderr.count("\n") == 1 and "Traceback" not in r.stderr
        assert f"another xref build (pid {os.getpid()}) is writing this store" in r.stderr
        assert "--wait" in r.stderr
        with pytest.raises(StoreBusy, match="another xref build"):
            build([SEEDS[0]], db)
    assert not db.exists()  # refused before the store was touched


def test_second_build_with_wait_waits_for_the_first(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    done: list[object] = []
    with build_lock(db):
        waiter = threading.Thread(target=lambda: done.append(build(SEEDS, db, wait=True)))
        waiter.start()
        waiter.join(0.5)
        assert waiter.is_alive() and not db.exists()  # waiting, the store untouched
    waiter.join(30)
    assert len(done) == 1 and done[0].documents == 5  # type: ignore[attr-defined]


def test_two_builds_at_once_never_corrupt(tmp_path: Path) -> None:
    """Two real builds started together: the second refuses in one line (or, if the
    first has already ended, finds nothing to do); the store is never corrupted."""
    folder = _corpus(tmp_path / "corpus", n=12)
    build([folder], tmp_path / "fresh.db")
    fresh = _tables(tmp_path / "fresh.db", tmp_path / "fresh")
    x = tmp_path / "x.db"
    procs = [_xref("build", str(folder), "--db", str(x)) for _ in range(2)]
    results = [(p.returncode, err) for p in procs for _, err in [p.communicate(timeout=60)]]
    assert sorted(code for code, _ in results) in ([0, 0], [0, 2]), results
    for code, err in results:
        if code == 2:  # refused while the other was writing, in one line
            assert err.count(b"\n") == 1 and b"another xref build" in err, err
    assert _tables(x, tmp_path / "x") == fresh


def test_a_failed_file_keeps_what_the_store_held(tmp_path: Path) -> None:
    folder = _corpus(tmp_path / "corpus", n=5)
    db = tmp_path / "x.db"
    build([folder], db)
    before = _tables(db, tmp_path / "before")
    # One file turns binary, one times out in extraction, one becomes a symlink loop.
    (folder / "copy_000.txt").write_bytes(b"\x00\x01\x02\xff" * 500)
    (folder / "copy_002.txt").write_text("Recalling its resolution 46/152,\n", encoding="utf-8")
    loop = folder / "copy_004.txt"
    loop.unlink()
    os.symlink(folder / "copy_004b.txt", loop)
    os.symlink(loop, folder / "copy_004b.txt")

    def slow_on_copy_002(doc: Document) -> DocResult:
        from xref.extract import extract_document

        if doc.path.endswith("copy_002.txt"):
            raise RecursionError
        return extract_document(doc)

    report = build([folder], db, prune=True, extract=slow_on_copy_002)
    reasons = {Path(f.path).name: f.reason for f in report.failed}
    assert set(reasons) == {"copy_000.txt", "copy_002.txt", "copy_004.txt", "copy_004b.txt"}
    assert "binary" in reasons["copy_000.txt"]
    assert "extraction failed" in reasons["copy_002.txt"]
    assert "symbolic link loop" in reasons["copy_004.txt"]
    assert report.kept == 3 and report.pruned == 0 and report.documents == 5
    assert "3 kept as stored before" in report.summary()
    assert _tables(db, tmp_path / "after") == before


def test_manifest_change_is_picked_up_by_the_next_build(tmp_path: Path) -> None:
    folder = _corpus(tmp_path / "corpus", n=2)
    db = tmp_path / "x.db"
    build([folder], db)
    manifest = tmp_path / "manifest.csv"
    manifest.write_text("path,id,date\ncorpus/copy_000.txt,A/RES/99/1,2006-12-21\n",
                        encoding="utf-8")
    report = build([folder], db, manifest=manifest)
    assert (report.read, report.skipped) == (1, 1)
    assert [d.field for d in report.disagreements] == ["id", "date"]
    with Store.open(db) as st:
        assert st.conn.execute("SELECT id, id_source, date FROM documents WHERE path LIKE"
                               " '%copy_000.txt'").fetchone() == ("A/RES/99/1", "manifest",
                                                                 "2006-12-21")
    assert build([folder], db, manifest=manifest).skipped == 2
    # The row gone, the text's id comes back.
    report = build([folder], db)
    assert report.read == 1
    with Store.open(db) as st:
        assert st.conn.execute("SELECT id_source FROM documents WHERE path LIKE"
                               " '%copy_000.txt'").fetchone() == ("heading",)
