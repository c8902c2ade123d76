"""Annotated documents: every reference linked at its exact characters, the text intact."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from xref import extract_document, read_document
from xref.annotate import annotate, segments, write_annotated
from xref.cli import app
from xref.models import Mention

from .conftest import ROOT

SEEDS = ROOT / "data" / "seeds"
A61_181 = SEEDS / "000_c782685030c56564.txt"
A67_189 = SEEDS / "002_b5647ee6f1a21cf1.txt"
REPORT = SEEDS / "003_eaab609ee6efb8a6.txt"
runner = CliRunner()
LINK = re.compile(r'<a id="(r\d+)" class="([^"]*)" href="([^"]*)" title="([^"]*)"'
                  r' data-targets="([^"]*)">(.*?)</a>', re.DOTALL)


def body_of(page: str) -> str:
    m = re.search(r'<pre class="text">(.*)</pre>', page, re.DOTALL)
    assert m
    return m[1]


def mention(start: int, end: int, target: str) -> Mention:
    return Mention("S", target, "resolution", "", start, end, "", "cites", "text", "en")


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name[:3])
def test_text_is_kept_whole_and_each_reference_is_linked_at_its_characters(path: Path) -> None:
    doc = read_document(path)
    result = extract_document(doc)
    page = annotate(path)
    body = body_of(page)
    # Without the links the body is the file's text, every character once.
    assert html.unescape(re.sub(r"</?a\b[^>]*>", "", body)) == doc.text
    # Where each link starts in the text.
    pos, starts, plain = 0, {}, []
    for piece in re.split(r"(<a\b[^>]*>|</a>)", body):
        if piece.startswith("<a "):
            starts[re.search(r'id="(r\d+)"', piece)[1]] = pos
        elif piece != "</a>":
            text = html.unescape(piece)
            plain.append(text)
            pos += len(text)
    links = {m[1]: m for m in LINK.finditer(body)}
    for men in result.mentions:
        if men.start == men.end:
            continue
        covering = [k for k, m in links.items()
                    if starts[k] <= men.start < starts[k] + len(html.unescape(m[6]))
                    and men.target in m[5].split()]
        assert covering, (men.target, men.start, men.end)
        # The highlighted characters are exactly the mention's, or a run that holds it.
        k = covering[0]
        assert starts[k] <= men.start and men.end <= starts[k] + len(html.unescape(links[k][6])) \
            or any(starts[j] < men.end for j in covering)


def test_links_go_to_undocs_and_to_the_gazetteer_entry() -> None:
    page = annotate(A61_181)
    body = body_of(page)
    hrefs = {m[5]: m[3] for m in LINK.finditer(body)}
    assert hrefs["A/RES/46/152"] == "https://undocs.org/A/RES/46/152"
    inst = [t for t in hrefs if t.startswith("instrument:")]
    assert inst and all(hrefs[t] == f"#t-{t}" for t in inst)
    # The side list has the gazetteer's entry for each instrument.
    untoc = re.search(r'<li id="t-instrument:UNTOC">(.*?)</li>', page, re.DOTALL)
    assert untoc and "United Nations Convention against Transnational Organized Crime" in untoc[1]
    assert "2000-11-15" in untoc[1] and "A/RES/55/25" in untoc[1]


def test_side_list_groups_what_it_cites_by_kind() -> None:
    doc = read_document(A67_189)
    result = extract_document(doc)
    page = annotate(A67_189)
    side = page.split("<aside>", 1)[1]
    heads = re.findall(r"<h2>(\w+)s \((\d+)\)</h2>", side)
    kinds = [h[0] for h in heads]
    assert kinds == [k for k in ("resolution", "decision", "document", "instrument") if k in kinds]
    by_kind: dict[str, set[str]] = {}
    for m in result.mentions:
        by_kind.setdefault(m.target_kind, set()).add(m.target)
    assert {k: int(n) for k, n in heads} == {k: len(v) for k, v in by_kind.items()}
    for target in {m.target for m in result.mentions}:
        assert f'<li id="t-{target}">' in side
    assert "A/RES/67/189" in page.split("</h1>")[0]  # its own id heads the page


def test_a_range_is_one_highlight_for_all_its_targets() -> None:
    body = body_of(annotate(A67_189))
    ranges = [m for m in LINK.finditer(body) if "multi" in m[2]]
    assert ranges
    eight = next(m for m in ranges if "E/RES/2012/13" in m[5])
    assert {f"E/RES/2012/{n}" for n in range(13, 20)} <= set(eight[5].split())


def test_segments_cut_overlaps_into_runs() -> None:
    text = "abcdefghij"
    ms = [mention(2, 8, "X"), mention(2, 5, "X"), mention(4, 6, "Y"), mention(9, 9, "Z")]
    segs = segments(text, ms)
    assert [(s.start, s.end, s.mentions) for s in segs] == [
        (0, 2, ()), (2, 4, (0, 1)), (4, 6, (0, 1, 2)), (6, 8, (0,)), (8, 10, ())]
    assert "".join(text[s.start:s.end] for s in segs) == text


def test_markup_in_the_document_is_text(tmp_path: Path) -> None:
    f = tmp_path / "A_RES_61_998.txt"
    f.write_text('61/998. <script>alert(1)</script>\n\nThe General Assembly,\n\n'
                 'Recalling its resolution 46/152 " onmouseover="alert(2)",\n', encoding="utf-8")
    page = annotate(f)
    assert "<script>alert" not in page and 'onmouseover="alert' not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert 'href="https://undocs.org/A/RES/46/152"' in page


def test_write_and_command(tmp_path: Path) -> None:
    out = write_annotated(REPORT, tmp_path / "r.html")
    assert out.read_text("utf-8").startswith("<!DOCTYPE html>")
    r = runner.invoke(app, ["annotate", str(A61_181), "-o", str(tmp_path / "a.html")])
    assert r.exit_code == 0 and r.stdout.strip() == str(tmp_path / "a.html")
    assert "https://undocs.org/A/RES/46/152" in (tmp_path / "a.html").read_text("utf-8")


@pytest.mark.parametrize(("args", "message"), [
    (["{tmp}/missing.txt", "-o", "{tmp}/a.html"], "missing.txt: no such file"),
    (["{seed}", "-o", "{tmp}/nope/a.html"], "nope: no such directory"),
    (["{seed}", "-o", "{tmp}"], "is a directory"),
    (["{tmp}/bin.txt", "-o", "{tmp}/a.html"], "bin.txt: "),
])
def test_annotate_bad_input(tmp_path: Path, args: list[str], message: str) -> None:
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02binary")
    args = [a.replace("{tmp}", str(tmp_path)).replace("{seed}", str(A61_181)) for a in args]
    r = runner.invoke(app, ["annotate", *args])
    assert r.exit_code == 2 and message in r.stderr
    assert r.stderr.count("\n") == 1 and "Traceback" not in r.stderr + r.stdout
