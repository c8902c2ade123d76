from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest

import xref.api

ROOT = Path(__file__).resolve().parent.parent


def read_golden(path: Path) -> tuple[str, set[str]]:
    """The own id and the distinct targets of a hand-written golden file."""
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("# id:"), path
    own = lines[0].split(":", 1)[1].strip()
    targets = {ln.split("\t")[0].strip() for ln in lines[1:] if ln.strip() and not ln.startswith("#")}
    return own, targets


@pytest.fixture
def root() -> Path:
    return ROOT


@pytest.fixture
def stall_reading(monkeypatch: pytest.MonkeyPatch) -> Callable[[str], None]:
    """``stall_reading(name)``: reading a file of that name hangs until a time limit stops it."""

    def stall(name: str) -> None:
        read = xref.api.read_document

        def stalling_read(path: Path, *args: object, **kwargs: object) -> object:
            while Path(path).name == name:
                time.sleep(0.05)
            return read(path, *args, **kwargs)

        monkeypatch.setattr(xref.api, "read_document", stalling_read)

    return stall


def with_known_gaps(paths: list[Path], gaps: dict[str, str]) -> list[object]:
    """``paths`` as pytest params, those named in ``gaps`` ("zh/X.txt") marked strict xfail."""
    import pytest

    out: list[object] = []
    for p in paths:
        key = f"{p.parent.name}/{p.name}"
        out.append(pytest.param(p, marks=pytest.mark.xfail(strict=True, reason=gaps[key]))
                   if key in gaps else p)
    return out
