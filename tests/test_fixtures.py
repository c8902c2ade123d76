"""Hand-written fixtures in the style of GA, SC and ECOSOC texts, en and zh."""

from __future__ import annotations

from pathlib import Path

import pytest

from xref import extract_document, read_document

from .conftest import ROOT, read_golden, with_known_gaps

FIXTURES = sorted(
    p for p in (ROOT / "tests" / "fixtures").glob("*/*") if p.suffix in (".txt", ".md")
)


def test_fixtures_cover_both_languages() -> None:
    assert {p.parent.name for p in FIXTURES} == {"en", "zh"}
    assert len(FIXTURES) >= 12


# Known gaps, each a real limit the fixture shows; strict, so a fix is noticed.
KNOWN_GAPS = {
    "en/S5_A_81_287.txt": "round 50, a pdftotext -layout table of mandates whose cells wrap over three lines: a "
                          "Commission's name wrapped in the Mandate column (\"Commission on Crime⏎Prevention and⏎"
                          "Criminal Justice⏎resolution 34/3\") given the commission named in the row above, and "
                          "\"Resolutions 72/1 of⏎27 September 2017 and⏎76/7 of …\" and \"meeting; A/76/⏎612\" "
                          "in cells three lines deep: 1 wrong, 2 missed",
    "en/E5_E_RES_2026_15.md": "round 46, the Economic Commission for Africa's and ESCWA's old-style numbers, \"resolution "
                              "1001 (LIV)\", \"347 (XXXIII)\": xref gives the regional commissions other than ESCAP no ids",
    "zh/S_RES_1874_2009.txt": "a two-column page read across the columns puts another paragraph's "
                              "line between a number and its year (第 825⏎…⏎（1993）号)",
    "en/A1_A_81_61.txt": "round 39, a layout table whose body column wraps and whose number cells interleave with "
                         "their neighbours': E/CN.5/2026/3/Add.1 and 2419 (2018), its year on the next line, missed",
    "en/G2_CCPCJ_RES_35_4.txt": "round 41, \"the resolutions of the Conference of the Parties … and of the Conference "
                                "of the States Parties … on international cooperation …, 11/2 and 10/6, respectively\": "
                                "numbers with no word of their own, far from the word that makes them resolutions; 10/6 missed",
}


@pytest.mark.parametrize("path", with_known_gaps(FIXTURES, KNOWN_GAPS),
                         ids=lambda p: f"{p.parent.name}/{p.name}")
def test_fixture_targets_exact(path: Path) -> None:
    own, gold = read_golden(path.with_name(path.stem + ".golden.tsv"))
    result = extract_document(read_document(path))
    got = {m.target for m in result.mentions
           if m.target_kind != "instrument" and m.source == result.meta.id}
    assert sorted(got - gold) == [], "wrong targets (precision)"
    assert sorted(gold - got) == [], "missed targets (recall)"
    assert result.meta.id == own
    # The id must come from the text, not from the fixture's file name.
    assert result.meta.id_source in ("heading", "symbol")
