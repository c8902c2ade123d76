"""The sample corpus against golden files written by reading each document."""

from __future__ import annotations

from pathlib import Path

import pytest

from xref import extract_document, read_document

from .conftest import ROOT, read_golden

SEEDS = sorted((ROOT / "data" / "seeds").glob("*.txt"))
OWN_IDS = {
    "000_c782685030c56564": "A/RES/61/181",
    "001_718c474298f2556b": "A/RES/59/159",
    "002_b5647ee6f1a21cf1": "A/RES/67/189",
    "004_e95621e12a6b2887": "A/RES/67/186",
}


def test_five_seeds_present() -> None:
    assert len(SEEDS) == 5


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem)
def test_seed_targets_exact(path: Path) -> None:
    own, gold = read_golden(ROOT / "tests" / "golden" / "seeds" / f"{path.stem}.tsv")
    result = extract_document(read_document(path))
    got = {m.target for m in result.mentions
           if m.target_kind != "instrument" and m.source == result.meta.id}
    assert sorted(got - gold) == [], "wrong targets (precision)"
    assert sorted(gold - got) == [], "missed targets (recall)"
    if own != "-":
        assert result.meta.id == own


@pytest.mark.parametrize("stem,own", sorted(OWN_IDS.items()))
def test_seed_own_id_from_heading(stem: str, own: str) -> None:
    result = extract_document(read_document(ROOT / "data" / "seeds" / f"{stem}.txt"))
    assert result.meta.id == own
    assert result.meta.id_source == "heading"


@pytest.mark.parametrize("stem", ["002_b5647ee6f1a21cf1", "004_e95621e12a6b2887"])
def test_seed_closing_date(stem: str) -> None:
    result = extract_document(read_document(ROOT / "data" / "seeds" / f"{stem}.txt"))
    assert result.meta.date == "2012-12-20"


def test_seed_dates_and_titles() -> None:
    r = extract_document(read_document(ROOT / "data" / "seeds" / "000_c782685030c56564.txt"))
    assert r.meta.date == "2006-12-20"
    assert r.meta.title.startswith("加强联合国预防犯罪和刑事司法方案")
    r = extract_document(read_document(ROOT / "data" / "seeds" / "001_718c474298f2556b.txt"))
    assert r.meta.date == "2004-12-20"


def test_offsets_point_at_printed_characters() -> None:
    for path in SEEDS:
        doc = read_document(path)
        for m in extract_document(doc).mentions:
            printed = doc.text[m.start:m.end]
            squeeze = "".join(printed.split())
            want = "".join(m.raw.split())
            if m.via != "heading":
                # The span starts and ends on the printed characters; a page
                # break (footnotes, running header) may lie between them.
                assert squeeze[:1] == want[:1] and squeeze[-1:] == want[-1:], (path.name, m, printed)
                it = iter(squeeze)
                assert all(ch in it for ch in want), (path.name, m, printed)
            else:
                assert want[-2:] in squeeze, (path.name, m, printed)


def test_report_line_is_adopted_on_report() -> None:
    r = extract_document(read_document(ROOT / "data" / "seeds" / "001_718c474298f2556b.txt"))
    rows = [m for m in r.mentions if m.target == "A/59/494"]
    assert [m.relation for m in rows] == ["adopted_on_report"]


def test_relations_and_paragraphs_of_61_181() -> None:
    r = extract_document(read_document(ROOT / "data" / "seeds" / "000_c782685030c56564.txt"))
    by_target = {}
    for m in r.mentions:
        by_target.setdefault(m.target, m)
    assert by_target["A/RES/46/152"].relation == "recalls"
    assert by_target["A/RES/46/152"].paragraph == "pp1"
    assert by_target["A/RES/46/152"].date == "1991-12-18"
    assert by_target["E/RES/2006/19"].relation == "bears_in_mind"
    assert by_target["A/RES/55/25"].paragraph == "fn1"
    assert by_target["A/RES/55/25"].pinpoint.startswith("附件")
    assert by_target["A/RES/60/175"].paragraph in ("pp1",)
    ops = [m for m in r.mentions if m.paragraph == "op1"]
    assert ops and ops[0].target == "A/RES/60/175" and ops[0].relation == "notes"
