"""The command line's options for real-world input: --manifest, --max-size, --time-limit."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from xref.cli import app, entry
from xref.store import Store

from .conftest import ROOT

runner = CliRunner()
SEEDS = ROOT / "data" / "seeds"
SEED = SEEDS / "000_c782685030c56564.txt"


@pytest.mark.parametrize("command", ["extract", "build", "run"])
def test_help_names_every_format_and_the_new_options(command: str) -> None:
    r = runner.invoke(app, [command, "--help"], env={"COLUMNS": "200"})
    assert r.exit_code == 0
    text = " ".join(r.output.split())
    assert ".pdf, .docx, .html" in text and "(.txt, .md)" not in text
    for option, example in (("--manifest", "--manifest corpus/manifest.csv"),
                            ("--max-size", "--max-size 200MB"),
                            ("--time-limit", "--time-limit 60")):
        assert option in text and example in text, option


def _manifest(tmp_path: Path) -> Path:
    m = tmp_path / "manifest.csv"
    m.write_text("path,id,date,title,lang\n"
                 f"{SEED},A/RES/61/999,2006-12-20,,zh\n"
                 f"{tmp_path / 'gone.txt'},A/1,,,\n", encoding="utf-8")
    return m


@pytest.mark.parametrize("command", ["extract", "build"])
def test_manifest_wins_and_each_disagreement_is_one_line(command: str, tmp_path: Path) -> None:
    args = [command, str(SEEDS), "--manifest", str(_manifest(tmp_path))]
    args += ["-o", str(tmp_path / "e.csv")] if command == "extract" else [
        "--db", str(tmp_path / "x.db")]
    r = runner.invoke(app, args)
    assert r.exit_code == 0, r.stderr
    lines = r.stderr.splitlines()
    assert (f"xref: {SEED}: manifest id 'A/RES/61/999' differs from the text's 'A/RES/61/181'"
            " (heading); the manifest's is kept") in lines
    assert any("gone.txt: not among the files read" in ln for ln in lines)
    if command == "build":
        with Store.open(tmp_path / "x.db") as st:
            assert st.has("A/RES/61/999") and not st.has("A/RES/61/181")
    else:
        assert "A/RES/61/999" in (tmp_path / "e.csv").read_text(encoding="utf-8")


@pytest.mark.parametrize("command", ["extract", "build", "run"])
@pytest.mark.parametrize(("content", "reason"), [
    ("foo,bar\n1,2\n", "the header must name a 'path' column"),
    ("path,date\na.txt,20 December 2006\n", "line 2: date '20 December 2006' is not YYYY-MM-DD"),
    (None, "no such file or directory"),
])
def test_bad_manifest_is_one_line_and_exit_2(command: str, content: str | None, reason: str,
                                             tmp_path: Path) -> None:
    m = tmp_path / "m.csv"
    if content is not None:
        m.write_text(content, encoding="utf-8")
    extra = {"extract": [], "build": ["--db", str(tmp_path / "x.db")],
             "run": ["-o", str(tmp_path / "out")]}[command]
    r = runner.invoke(app, [command, str(SEED), "--manifest", str(m), *extra])
    assert r.exit_code == 2 and r.stderr.count("\n") == 1, r.stderr
    assert r.stderr.startswith(f"xref: manifest {m}") and reason in r.stderr
    assert not (tmp_path / "x.db").exists()  # refused before any work


def test_max_size_refuses_and_raises(tmp_path: Path) -> None:
    r = runner.invoke(app, ["build", str(SEEDS), "--db", str(tmp_path / "x.db"),
                            "--max-size", "10k"])
    assert r.exit_code == 1
    failed = [ln for ln in r.stderr.splitlines() if "over the size limit of 10240 bytes" in ln]
    assert failed and all("--max-size raises it" in ln for ln in failed)
    r = runner.invoke(app, ["build", str(SEEDS), "--db", str(tmp_path / "x.db"),
                            "--max-size", "1MB"])
    assert r.exit_code == 0 and f"{len(failed)} files read" in r.stderr


@pytest.mark.parametrize("value", ["12XB", "-5", "big", "0"])
def test_bad_max_size_is_one_line(value: str, tmp_path: Path) -> None:
    r = runner.invoke(app, ["extract", str(SEED), f"--max-size={value}"])
    assert r.exit_code == 2 and r.stderr.count("\n") == 1
    assert r.stderr.startswith("xref: --max-size ") and "Traceback" not in r.stderr


def test_time_limit_stops_a_slow_file_and_the_batch_goes_on(
        tmp_path: Path, stall_reading: Callable[[str], None]) -> None:
    (tmp_path / "slow.txt").write_text("Recalling its resolution 46/152,\n", encoding="utf-8")
    (tmp_path / "good.txt").write_text("Recalling its resolution 46/152,\n", encoding="utf-8")
    stall_reading("slow.txt")
    r = runner.invoke(app, ["build", str(tmp_path), "--db", str(tmp_path / "x.db"),
                            "--time-limit", "0.5"])
    assert r.exit_code == 1
    assert f"xref: {tmp_path / 'slow.txt'}: gave up after" in r.stderr
    assert "--time-limit raises it" in r.stderr and "1 files read" in r.stderr


def test_usage_errors_are_one_line_from_the_program(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    p = subprocess.run([sys.executable, "-m", "xref", "build", str(SEED), "--time-limit", "-1"],
                       capture_output=True, check=False, text=True, cwd=tmp_path, timeout=60)
    assert p.returncode == 2 and p.stderr.count("\n") == 1, p.stderr
    assert p.stderr.startswith("xref build: Invalid value for '--time-limit'")
    assert "Traceback" not in p.stderr and "╭" not in p.stderr
    for args, message in ((["nosuch"], "xref: No such command 'nosuch'"),
                          (["build"], "xref build: Missing argument")):
        assert entry(args) == 2
        err = capsys.readouterr().err
        assert err.startswith(message) and err.count("\n") == 1, err
