"""Worker processes: the same tables, in the same order, as one process; bad files still named."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

import xref
from xref.parallel import AUTO_MIN_FILES, map_ordered, workers_for

from .conftest import ROOT


def _square(x: int) -> int:
    return x * x


def test_map_ordered_keeps_the_input_order() -> None:
    items = list(range(50))
    assert list(map_ordered(_square, items, 2, ahead=1)) == [x * x for x in items]
    assert list(map_ordered(_square, items, 1)) == [x * x for x in items]


@pytest.mark.parametrize(
    ("jobs", "n", "expected"),
    [(1, 1000, 1), (3, 1000, 3), (4, 2, 2), (0, AUTO_MIN_FILES - 1, 1)],
)
def test_workers_for(jobs: int, n: int, expected: int) -> None:
    assert workers_for(jobs, n) == expected


def test_workers_for_refuses_a_negative_number() -> None:
    with pytest.raises(ValueError, match="positive"):
        workers_for(-1, 10)


def test_two_workers_give_the_tables_of_one_process(tmp_path: Path) -> None:
    # The seeds under several names, a file that cannot be read among them.
    for k in range(3):
        for p in sorted((ROOT / "data" / "seeds").glob("*.txt")):
            (tmp_path / f"{k}_{p.name}").write_bytes(p.read_bytes())
    (tmp_path / "1_binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    one = xref.extract_paths([tmp_path], jobs=1)
    two = xref.extract_paths([tmp_path], jobs=2)
    assert one.mentions.to_csv(index=False) == two.mentions.to_csv(index=False)
    assert one.edges.to_csv(index=False) == two.edges.to_csv(index=False)
    assert [(e.path, e.reason) for e in two.errors] == [(e.path, e.reason) for e in one.errors]
    assert [e.reason for e in two.errors] == ["binary file, not text"]
    assert len(two.documents) == 15


def test_two_workers_build_the_store_of_one_process(tmp_path: Path) -> None:
    from xref.store import Store, build

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for k in range(3):
        for p in sorted((ROOT / "data" / "seeds").glob("*.txt")):
            (corpus / f"{k}_{p.name}").write_bytes(p.read_bytes())
    (corpus / "1_empty.txt").write_bytes(b"")
    frames = []
    for jobs in (1, 2):
        report = build([corpus], tmp_path / f"j{jobs}.db", jobs=jobs)
        assert (report.read, len(report.failed)) == (15, 1)
        with Store.open(tmp_path / f"j{jobs}.db") as st:
            frames.append([st.edges_frame().to_csv(index=False),
                           st.nodes_frame().to_csv(index=False),
                           st.mentions_frame().drop(columns=["path"]).to_csv(index=False)])
    assert frames[0] == frames[1]
    # Nothing changed: the second build with workers reads nothing.
    again = build([corpus], tmp_path / "j2.db", jobs=2)
    assert (again.read, again.skipped) == (0, 15)


def _children() -> dict[int, int]:
    """Every process's parent, from /proc."""
    out = {}
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                stat = (d / "stat").read_bytes()
            except OSError:
                continue
            out[int(d.name)] = int(stat.rsplit(b")", 1)[1].split()[1])
    return out


def _descendants(pid: int) -> set[int]:
    parents = _children()
    found, todo = set(), [pid]
    while todo:
        p = todo.pop()
        for child, parent in parents.items():
            if parent == p and child not in found:
                found.add(child)
                todo.append(child)
    return found


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")
def test_workers_end_when_a_build_is_killed(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for k in range(80):
        for p in sorted((ROOT / "data" / "seeds").glob("*.txt")):
            (corpus / f"{k:02d}_{p.name}").write_text(p.read_text(encoding="utf-8") + f"\n{k}\n",
                                                     encoding="utf-8")
    build = subprocess.Popen([sys.executable, "-m", "xref", "build", str(corpus), "--db",
                              str(tmp_path / "x.db"), "--jobs", "2"],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers: set[int] = set()
    deadline = time.monotonic() + 60
    while len(workers) < 2 and time.monotonic() < deadline and build.poll() is None:
        time.sleep(0.1)
        workers = _descendants(build.pid)
    assert len(workers) >= 2, "the build never started its workers"
    build.kill()
    build.wait()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and (workers & set(_children())):
        time.sleep(0.2)
    assert not workers & set(_children()), "workers outlived the killed build"
