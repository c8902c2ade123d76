"""The build and query commands, run through typer's test runner."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from xref.cli import app

from .conftest import ROOT

runner = CliRunner()
SEEDS = str(ROOT / "data" / "seeds")
COMMANDS = ["build", "cites", "cited-by", "chain", "top", "show", "stats", "series", "similar"]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("cli") / "xref.db")
    result = runner.invoke(app, ["build", SEEDS, "--db", path])
    assert result.exit_code == 0, result.output
    return path


def run(*args: str) -> tuple[int, str, str]:
    r = runner.invoke(app, list(args))
    return r.exit_code, r.stdout, r.stderr


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example_and_is_documented(command: str) -> None:
    code, out, _ = run(command, "--help")
    assert code == 0 and "Example" in out
    assert f"xref {command}" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_build_summary_and_rebuild(db: str) -> None:
    code, _, err = run("build", SEEDS, "--db", db)
    assert code == 0
    assert "0 files read, 5 skipped (unchanged), 0 failed" in err
    assert err.count("\n") == 1  # no progress bar when not on a terminal


def test_build_missing_path_is_one_line_and_exit_2(tmp_path: Path) -> None:
    code, _, err = run("build", SEEDS, str(tmp_path / "nope"), "--db", str(tmp_path / "x.db"))
    assert code == 2
    assert f"xref: {tmp_path / 'nope'}: no such file or directory" in err
    assert "5 files read" in err and "Traceback" not in err


def test_cited_by(db: str) -> None:
    code, out, _ = run("cited-by", "46/152", "--db", db)
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split()[:4] == ["source", "target", "relation", "para"]
    assert [ln.split()[0] for ln in lines[2:]] == ["A/RES/59/159", "A/RES/61/181", "A/RES/67/189"]
    code, out, _ = run("cited-by", "第46/152号决议", "--db", db, "--json")
    rows = json.loads(out)
    assert [r["source"] for r in rows] == ["A/RES/59/159", "A/RES/61/181", "A/RES/67/189"]
    assert {"relation", "paragraph", "snippet", "depth"} <= set(rows[0])


def test_json_output_is_byte_identical(db: str, tmp_path: Path) -> None:
    other = str(tmp_path / "other.db")
    run("build", SEEDS, "--db", other)
    for args in (["cited-by", "46/152"], ["series", "61/181"], ["top", "--by", "pagerank"],
                 ["show", "46/152"], ["similar", "46/152"]):
        a = run(*args, "--db", db, "--json")[1]
        b = run(*args, "--db", other, "--json")[1]
        assert a == b and a.strip()


def test_chain(db: str) -> None:
    code, out, _ = run("chain", "67/189", "46/152", "--db", db)
    assert code == 0 and out.startswith("1. A/RES/67/189 → A/RES/46/152  (1 step)")
    code, out, _ = run("chain", "67/189", "46/152", "--all", "--db", db, "--json")
    assert json.loads(out)[0]["nodes"] == ["A/RES/67/189", "A/RES/46/152"]
    code, out, _ = run("chain", "46/152", "67/189", "--db", db)
    assert code == 0 and "no citation chain" in out


def test_series_top_show_stats_similar(db: str) -> None:
    code, out, _ = run("series", "61/181", "--db", db)
    assert code == 0 and out.splitlines()[0].startswith("series: 加强联合国预防犯罪和刑事司法方案")
    order = [ln.split()[0] for ln in out.splitlines()[3:]]
    assert order[:5] == ["A/RES/46/152", "A/RES/58/140", "A/RES/59/159", "A/RES/60/175",
                         "A/RES/61/181"] and order[-1] == "A/RES/67/189"
    code, out, _ = run("top", "-n", "3", "--kind", "resolution", "--db", db, "--json")
    assert code == 0 and len(json.loads(out)) == 3
    code, out, _ = run("show", "A/RES/46/152", "--db", db)
    assert code == 0 and "制定有效的联合国预防犯罪和刑事司法方案" in out and "A/RES/61/181" in out
    code, out, _ = run("stats", "--db", db, "--json")
    assert json.loads(out)["documents"] == 5
    code, out, _ = run("similar", "46/152", "--db", db)
    assert code == 0 and "A/RES/60/1" in out


def test_unknown_id_is_one_line_with_nearest_ids(db: str) -> None:
    for command in (["cites", "46/153"], ["cited-by", "46/153"], ["show", "46/153"],
                    ["chain", "67/189", "46/153"], ["series", "46/153"], ["similar", "46/153"]):
        code, out, err = run(*command, "--db", db)
        assert code == 2 and out == ""
        assert err.startswith("xref: unknown id '46/153'; nearest known: A/RES/46/152")
        assert err.count("\n") == 1


def test_missing_or_foreign_store_is_one_line(tmp_path: Path, db: str) -> None:
    code, _, err = run("cited-by", "46/152", "--db", str(tmp_path / "none.db"))
    assert code == 2 and "no such store" in err and err.count("\n") == 1
    old = tmp_path / "old.db"
    old.write_bytes(Path(db).read_bytes())
    con = sqlite3.connect(old)
    con.execute("PRAGMA user_version = 99")
    con.commit()
    con.close()
    code, _, err = run("stats", "--db", str(old))
    assert code == 2 and "schema version 99" in err and "Traceback" not in err
    code, _, err = run("build", SEEDS, "--db", str(old))
    assert code == 2 and "schema version 99" in err
