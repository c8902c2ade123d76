from __future__ import annotations

from pathlib import Path

import pytest

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
