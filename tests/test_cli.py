"""The command line, run through typer's test runner, and the library call behind it."""

from __future__ import annotations

import io
from pathlib import Path

import pandas as pd
from typer.testing import CliRunner

import xref
from xref.cli import app

from .conftest import ROOT

runner = CliRunner()
SEEDS = str(ROOT / "data" / "seeds")


def test_help_shows_examples() -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0 and "Example" in result.output
    result = runner.invoke(app, ["extract", "--help"])
    assert result.exit_code == 0 and "xref extract data/seeds" in result.output


def test_extract_edges_csv(tmp_path: Path) -> None:
    out = tmp_path / "edges.csv"
    result = runner.invoke(app, ["extract", SEEDS, "-o", str(out)])
    assert result.exit_code == 0, result.output
    df = pd.read_csv(out)
    assert list(df.columns) == ["source", "target", "target_kind", "mentions", "relations",
                                "first_paragraph"]
    cited_by = sorted(df[df.target == "A/RES/46/152"].source)
    assert cited_by == ["A/RES/59/159", "A/RES/61/181", "A/RES/67/189"]
    row = df[(df.source == "A/RES/59/159") & (df.target == "A/59/494")].iloc[0]
    assert row.relations == "adopted_on_report"


def test_output_is_byte_identical(tmp_path: Path) -> None:
    a, b = tmp_path / "a.csv", tmp_path / "b.csv"
    runner.invoke(app, ["extract", SEEDS, "--mentions", "-o", str(a)])
    runner.invoke(app, ["extract", SEEDS, "--mentions", "-o", str(b)])
    assert a.read_bytes() == b.read_bytes()


def test_formats_round_trip(tmp_path: Path) -> None:
    csv = pd.read_csv(io.StringIO(runner.invoke(app, ["extract", SEEDS]).stdout))
    runner.invoke(app, ["extract", SEEDS, "-o", str(tmp_path / "e.parquet")])
    parquet = pd.read_parquet(tmp_path / "e.parquet")
    jsonl = pd.read_json(
        io.StringIO(runner.invoke(app, ["extract", SEEDS, "--format", "jsonl"]).stdout), lines=True
    )
    assert len(csv) == len(parquet) == len(jsonl)
    # The 121 document -> document edges of the golden files, plus instruments.
    citations = csv[(csv.target_kind != "instrument") & ~csv.source.str.startswith("instrument:")]
    assert len(citations) == 121
    assert list(parquet.target) == list(csv.target) == list(jsonl.target)


def test_mentions_point_at_the_printed_text(tmp_path: Path) -> None:
    out = tmp_path / "m.jsonl"
    runner.invoke(app, ["extract", SEEDS, "--mentions", "-o", str(out)])
    df = pd.read_json(out, lines=True)
    for row in df.itertuples():
        text = Path(row.path).read_text(encoding="utf-8-sig")
        printed = "".join(text[row.start:row.end].split()).replace("／", "/")
        want = "".join(row.raw.split())
        # Every printed character in order; a page break may lie between them.
        it = iter(printed)
        assert all(ch in it for ch in want[-3:]), (row.raw, printed)


def test_kind_filter() -> None:
    df = pd.read_csv(io.StringIO(runner.invoke(app, ["extract", SEEDS, "--kind", "document"]).stdout))
    assert set(df.target_kind) == {"document"}
    assert "E/CN.15/2012/17" in set(df.target)


def test_bad_input_one_line_each_and_batch_goes_on(tmp_path: Path) -> None:
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02binary")
    # Windows-1252 is detected and read, not refused.
    (tmp_path / "cp1252.txt").write_bytes(
        "Recalling its resolution 58/4 on the café’s “rules”,\n".encode("cp1252")
    )
    (tmp_path / "empty.txt").write_bytes(b"")
    good = tmp_path / "good.txt"
    good.write_text("Recalling its resolution 46/152,\n", encoding="utf-8")
    missing = tmp_path / "missing.txt"
    result = runner.invoke(app, ["extract", str(tmp_path), str(missing)])
    assert result.exit_code == 1
    err = result.stderr.strip().splitlines()
    assert len(err) == 3, err
    assert any("binary.txt: binary file" in e for e in err)
    assert not any("cp1252.txt" in e for e in err)
    assert any("empty.txt: empty file" in e for e in err)
    assert any("missing.txt: no such file" in e for e in err)
    assert "Traceback" not in result.output
    assert "good,A/RES/46/152" in result.stdout
    assert "cp1252,A/RES/58/4" in result.stdout


def test_bom_and_crlf(tmp_path: Path) -> None:
    p = tmp_path / "doc.txt"
    p.write_bytes("\ufeff回顾其第 46/152\r\n\r\n号决议，\r\n".encode("utf-8"))
    r = xref.extract_paths([p])
    row = r.mentions.iloc[0]
    assert row.target == "A/RES/46/152"
    text = p.read_text(encoding="utf-8-sig")
    assert text[row.start:row.end] == "46/152"


def test_bad_output_directory(tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", SEEDS, "-o", str(tmp_path / "no" / "e.csv")])
    assert result.exit_code == 2
    assert "no such directory" in result.stderr
