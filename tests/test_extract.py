"""Table-driven extraction tests: every pattern example, the traps, both languages."""

from __future__ import annotations

import pytest

from xref import extract_text
from xref.extract.lang import TABLES
from xref.resolve import compatible, parse_number


def targets(text: str, lang: str) -> list[str]:
    return sorted({m.target for m in extract_text(text, lang).mentions
                   if m.target_kind != "instrument"})


# A General Assembly heading: the text below it is the Assembly's.
GA_HEAD = "79/300. Cooperation\n\nThe General Assembly,\n\n"


EXAMPLES = [
    (lang, text, expected)
    for lang, table in TABLES.items()
    for p in table.patterns
    for text, expected in p.examples
]


def test_every_pattern_has_examples() -> None:
    for table in TABLES.values():
        for p in table.patterns:
            assert len(p.examples) >= 5, (table.lang, p.name)


@pytest.mark.parametrize("lang,text,expected", EXAMPLES)
def test_pattern_examples(lang: str, text: str, expected: list[str]) -> None:
    assert targets(text, lang) == sorted(expected)


ZH = [
    ("麻醉药品委员会在第 52/13 号决议中决定建立工作组。", ["CND/RES/52/13"]),
    ("联合国打击跨国有组织犯罪公约缔约方会议第四届会议通过了决定：审查机制（第 4/1 号决定）。",
     ["CTOC/COP/DEC/4/1"]),
    ("反腐败公约缔约国会议第一届会议通过了关于审查执行情况的决议（第 1/1 号和第 2/1 号决议）。",
     ["CAC/COSP/RES/1/1", "CAC/COSP/RES/2/1"]),
    ("回顾经济及社会理事会第 2012/12 至 2012/19 号决议，",
     [f"E/RES/2012/{n}" for n in range(12, 20)]),
    ("安全理事会第825(1993)、1540(2004)、1673(2006)和2515(2020)号决议",
     ["S/RES/825(1993)", "S/RES/1540(2004)", "S/RES/1673(2006)", "S/RES/2515(2020)"]),
    ("又回顾 1991 年 12 月 18\n\n日第 46/152 号决议，", ["A/RES/46/152"]),
    ("关于《2005 年世界首脑会议成果》的 2005 年 9 月 16 日第 60/1\n\n号决议，", ["A/RES/60/1"]),
    ("重申其第 46/152 号、第 60/1 号和第 66/181 号决议，",
     ["A/RES/46/152", "A/RES/60/1", "A/RES/66/181"]),
    ("见秘书长的报告（A/63/100 和 Add.1）。", ["A/63/100", "A/63/100/ADD.1"]),
    ("见 E/2009/30-E/CN.15/2009/20。", ["E/2009/30", "E/CN.15/2009/20"]),
    ("见 S/2004/616 和Corr.1。", ["S/2004/616", "S/2004/616/CORR.1"]),
    ("见 A/CONF.213/18 和 CTOC/COP/2010/17 以及 A/C.3/64/L.15。",
     ["A/C.3/64/L.15", "A/CONF.213/18", "CTOC/COP/2010/17"]),
    ("大会第 63/550 号决定", ["A/DEC/63/550"]),
    ("人权理事会第 16/1 号决议和第 S-15/1 号决议", ["A/HRC/RES/16/1", "A/HRC/RES/S-15/1"]),
    ("[根据第三委员会的报告(A/59/494)通过]", ["A/59/494"]),
]

ZH_NOT = [
    "在 2008-2011 年期间，",
    "请秘书长在上文第 40 段所述报告中载列资料",
    "联合国，《条约汇编》，第 2225、2237、2241 和 2326 卷，第 39574 号。",
    "培训了 2,350 名执法人员。",
    "联合国出版物，出售品编号：E.09.IV.2。",
    "第六十一届会议第 82 次全体会议",
    "第 4/1 号文件草案",
]


@pytest.mark.parametrize("text,expected", ZH)
def test_zh(text: str, expected: list[str]) -> None:
    assert targets(text, "zh") == sorted(expected)


@pytest.mark.parametrize("text", ZH_NOT)
def test_zh_not_references(text: str) -> None:
    assert targets(text, "zh") == []


EN = [
    (("Recalling its resolutions 53/72 of 4 December 1998, 54/43 of 1 December 1999,\n"
     "56/14 of 29 November 2001 and 77/33 of 7 December 2022 on objective information,"),
     ["A/RES/53/72", "A/RES/54/43", "A/RES/56/14", "A/RES/77/33"]),
    ("Recalling also its resolution 35/142 B of 12 December 1980,", ["A/RES/35/142B"]),
    ("Reaffirming its resolutions 661\n(1990), 678 (1990) and 687 (1991),",
     ["S/RES/661(1990)", "S/RES/678(1990)", "S/RES/687(1991)"]),
    ("Recalling Economic and Social Council resolution 2004/28 of 21 July 2004,",
     ["E/RES/2004/28"]),
    ("Noting Commission on Crime Prevention and Criminal Justice resolution 18/1 and decision 17/2,",
     ["CCPCJ/DEC/17/2", "CCPCJ/RES/18/1"]),
    ("Taking note of the report of the Secretary-General (A/61/179),", ["A/61/179"]),
    ("in accordance with paragraph 13 of resolution 46/152,", ["A/RES/46/152"]),
    ("the Convention (resolution 58/4, annex),", ["A/RES/58/4"]),
    ("[on the report of the Third Committee (A/61/444)]", ["A/61/444"]),
    ("[on the report of the First Committee (A/80/534, para. 7)]", ["A/80/534"]),
    ("Recalling the statement of its President (S/PRST/2004/38),", ["S/PRST/2004/38"]),
    ("Recalling its resolution 1493 of 28 July 2003,", []),
    ("The Security Council,\n\nRecalling its resolution 1493,", ["S/RES/1493"]),
    ("Recalling Security Council resolution 1493 of 28 July 2003,", ["S/RES/1493(2003)"]),
]

EN_NOT = [
    "during the period 2008-2011,",
    "as set out in paragraph 40 above,",
    "United Nations, Treaty Series, vol. 2225, No. 39574.",
    "some 2,350 persons were trained,",
    "United Nations publication, Sales No. E.09.IV.2.",
    "Acting under Chapter VII of the Charter of the United Nations,",
    "Adopted at the 4385th meeting.",
    "in accordance with Article 14 of the Charter,",
]


@pytest.mark.parametrize("text,expected", EN)
def test_en(text: str, expected: list[str]) -> None:
    assert targets(text, "en") == sorted(expected)


@pytest.mark.parametrize("text", EN_NOT)
def test_en_not_references(text: str) -> None:
    assert targets(text, "en") == []


def test_own_id_is_not_a_target() -> None:
    text = "61/181. 标题\n\n大会，\n\n 回顾其第 61/181 号和第 46/152 号决议，\n"
    r = extract_text(text, "zh")
    assert r.meta.id == "A/RES/61/181"
    assert [m.target for m in r.mentions] == ["A/RES/46/152"]


def test_its_resolution_follows_the_issuer() -> None:
    text = "Resolution 1540 (2004)\n\nThe Security Council,\n\nRecalling its resolution 1373 (2001),\n"
    r = extract_text(text, "en")
    assert r.meta.id == "S/RES/1540(2004)"
    assert [m.target for m in r.mentions] == ["S/RES/1373(2001)"]


def test_ecosoc_heading() -> None:
    text = "2009/23. Support for regional programmes\n\nThe Economic and Social Council,\n\n" \
           "Recalling its resolution 2004/28 of 21 July 2004,\n"
    r = extract_text(text, "en")
    assert r.meta.id == "E/RES/2009/23"
    assert [m.target for m in r.mentions] == ["E/RES/2004/28"]


def test_council_in_a_council_text_is_that_council() -> None:
    text = ("Resolution 385 (1976)\n\nThe Security Council,\n\nRecalling the resolutions of the "
            "Council on Namibia and General Assembly resolutions, in particular resolution "
            "3295 (XXIX) of 13 December 1974,\n")
    assert targets(text, "en") == ["A/RES/3295(XXIX)"]


def test_range_mentions_are_labelled() -> None:
    r = extract_text("回顾第 2012/12 至 2012/14 号决议，", "zh")
    assert [m.via for m in r.mentions] == ["range", "range", "range"]


# Forms found by reading real scanned Security Council and GA texts.
REAL_FORMS = [
    (("Recalling and reaffirming its resolutions 431 (1978), 432 (1978).\n435 (1978), "
     "439 (1978), 532 (1983). 539 (1983). and 566\n(1985),"),
     ["S/RES/431(1978)", "S/RES/432(1978)", "S/RES/435(1978)", "S/RES/439(1978)",
      "S/RES/532(1983)", "S/RES/539(1983)", "S/RES/566(1985)"]),
    (("Recalling its resolutions 253 (1968) of 29\nMay 1968, 403 (1977) of 14 January and 411 (1977)\n"
     "of 30 June 1977, 423 (1978) of 14 March, 424 (1978)\nof 17 March and 437 (1978) of 10 October 1978,"),
     ["S/RES/253(1968)", "S/RES/403(1977)", "S/RES/411(1977)", "S/RES/423(1978)",
      "S/RES/424(1978)", "S/RES/437(1978)"]),
    # Another treaty's conference of the parties is not the UNTOC one.
    ("United Nations Environment Programme, document CBD/COP/15/17, decision 15/4, annex.",
     ["CBD/COP/15/17"]),
    (("Welcoming the decisions of the Conference of the Parties to the United Nations Framework "
     "Convention on Climate Change, including decision 1/3,"), []),
    ("Welcoming decision 4/1 of the Conference of the Parties to the Convention,",
     ["CTOC/COP/DEC/4/1"]),
]


@pytest.mark.parametrize("text,expected", REAL_FORMS)
def test_real_forms(text: str, expected: list[str]) -> None:
    assert targets(text, "en") == sorted(expected)


def test_first_person_verbs_and_annex_numbering() -> None:
    text = ("80/3. Political Declaration\n\nThe General Assembly,\n\nRecalling its resolution 79/233,\n\n"
            "1. Adopts the Declaration annexed to the present resolution;\n\nAnnex\n\n"
            "1. We welcome resolution 79/233.\n\n2. We further reaffirm resolution 70/1.\n\n"
            "3. support for resolution 69/313 is noted.")
    r = extract_text(text, "en")
    got = [(m.target, m.paragraph, m.relation) for m in r.mentions if m.target_kind != "instrument"]
    assert got == [("A/RES/79/233", "pp1", "recalls"), ("A/RES/79/233", "§1", "welcomes"),
                   ("A/RES/70/1", "§2", "reaffirms"), ("A/RES/69/313", "§3", "cites")]


def test_bullet_items_belong_to_their_paragraph() -> None:
    text = ("The Security Council,\n\nRecalling its resolution 713 (1991),\n\n"
            "Deploring that its demands have not been met, including that:\n\n"
            "- All parties comply with resolution 752 (1992);\n\n- Forces be withdrawn;\n\n"
            "Welcoming resolution 749 (1992),\n\n1. Decides to remain seized.")
    r = extract_text(text, "en")
    got = [(m.target, m.paragraph, m.relation) for m in r.mentions]
    assert got == [("S/RES/713(1991)", "pp1", "recalls"), ("S/RES/752(1992)", "pp2", "cites"),
                   ("S/RES/749(1992)", "pp3", "welcomes")]


def test_unnumbered_operative_paragraphs_of_early_resolutions() -> None:
    text = ("RESOLUTION 61 (1948)\n\nThe Security Council,\n\nHaving decided in resolution 54 (1948) "
            "that,\n\nTakes note of the report (S/1058);\n\nCalls upon the Governments to comply with "
            "resolution 50 (1948);\n\nAppoints a committee under Chapter VII of the Charter.")
    r = extract_text(text, "en")
    assert [(m.target, m.paragraph) for m in r.mentions] == [
        ("S/RES/54(1948)", "pp1"), ("S/1058", "op1"), ("S/RES/50(1948)", "op2"),
        ("instrument:CHARTER", "op3")]


def test_page_break_inside_a_paragraph_and_lost_blank_line() -> None:
    text = ("The General Assembly,\n\nRecalling its resolutions on the Treaty on the Non-Proliferation "
            "of Nuclear Weapons, including the decisions on strengthening the review process for the"
            "\n\nTreaty, principles and objectives and resolution 55/33 D,\n\nNoting resolution 60/1,\n"
            "Reaffirming resolution 70/1,\n\n1. Decides to include resolution 79/1.")
    r = extract_text(text, "en")
    got = [(m.target, m.paragraph) for m in r.mentions if m.target_kind != "instrument"]
    assert got == [("A/RES/55/33D", "pp1"), ("A/RES/60/1", "pp2"), ("A/RES/70/1", "pp3"),
                   ("A/RES/79/1", "op1")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("回顧其第46/152號決議，", ("A/RES/46/152", "recalls")),
        ("又回顧其第 46/152 號決議，", ("A/RES/46/152", "recalls")),
        ("銘記第 1373（2001）號決議，", ("S/RES/1373(2001)", "bears_in_mind")),
        ("並歡迎第 1373（2001）號決議，", ("S/RES/1373(2001)", "welcomes")),
        ("請秘書長提交報告（A/67/156），", ("A/67/156", "requests")),
    ],
)
def test_traditional_script_relation_verbs(text: str, expected: tuple[str, str]) -> None:
    got = [(m.target, m.relation) for m in extract_text(text, "zh").mentions]
    assert got == [expected]


def test_page_break_inside_a_list_drops_the_furniture_and_keeps_the_list() -> None:
    # The job number, the running header (the document's symbol with its
    # year) and the page number cut the list; its items are all found.
    text = (
        "第 2783（2025）号决议\n\n 安全理事会，\n\n 回顾其以往各项决议，特别是第 1493\n\n"
        "（2003）、1533（2004）、\n\n25-10298 (C)\n\nS/RES/2783 (2025)\n\n2/3\n\n"
        "2360（2017）和 2738（2024）号决议，\n"
    )
    got = {m.target for m in extract_text(text, "zh").mentions}
    assert got == {"S/RES/1493(2003)", "S/RES/1533(2004)", "S/RES/2360(2017)", "S/RES/2738(2024)"}
    assert "S/RES/2783(2025)" not in got


def test_footnotes_of_a_page_do_not_cut_its_sentence() -> None:
    text = (
        "63/172. 标题\n\n 大会，\n\n 又回顾其第 49/184、50/176 和\n\n"
        "                                        \n\n1\n\n A/CONF.157/23。\n\n"
        "2 08-48216\n\nA/RES/63/172\n\n52/128 号决议，\n"
    )
    r = extract_text(text, "zh")
    got = {m.target: m for m in r.mentions}
    assert {"A/RES/49/184", "A/RES/50/176", "A/RES/52/128", "A/CONF.157/23"} <= set(got)
    assert got["A/RES/52/128"].paragraph == "pp1"
    assert got["A/CONF.157/23"].paragraph == "fn1"


def test_words_broken_at_a_line_end_are_rejoined() -> None:
    text = "The General Assembly,\n\nRecalling its reso-\nlutions 2880 (XXVI) and 2993\n(XXVII),\n"
    assert targets(text, "en") == ["A/RES/2880(XXVI)", "A/RES/2993(XXVII)"]


def test_joint_masthead_symbol_is_the_own_id() -> None:
    r = extract_text("联 合 国 A/79/812–S/2025/140\n\n大 会\n\n回顾第 78/30 号决议，\n", "zh")
    assert r.meta.id == "A/79/812"
    assert {m.target for m in r.mentions} == {"A/RES/78/30"}


@pytest.mark.parametrize("text,lang,expected", [
    ("Commission on the Status of Women resolution 60/2", "en", ["E/CN.6/RES/60/2"]),
    ("妇女地位委员会第 60/2 号决议", "zh", ["E/CN.6/RES/60/2"]),
    ("Commission for Social Development resolution 53/1", "en", ["E/CN.5/RES/53/1"]),
    ("人口与发展委员会第 2014/1 号决议", "zh", ["E/CN.9/RES/2014/1"]),
    ("(E/2015/27), chap. I, sect. C, resolution 59/1, annex", "en",
     ["E/2015/27", "E/CN.6/RES/59/1"]),
    ("the President's statements PRST 8/1 and PRST 9/2", "en", ["A/HRC/PRST/8/1", "A/HRC/PRST/9/2"]),
    ("the programme budget (A/79/6 (Sect. 28))", "en", ["A/79/6(SECT.28)"]),
    ("summary records (A/C.3/78/SR.6–9)", "en",
     ["A/C.3/78/SR.6", "A/C.3/78/SR.7", "A/C.3/78/SR.8", "A/C.3/78/SR.9"]),
    ("A/HRC/27/55 及 Add.1 和 Add.2。", "zh",
     ["A/HRC/27/55", "A/HRC/27/55/ADD.1", "A/HRC/27/55/ADD.2"]),
    ("its decisions 2023/201 A to 2023/201 C", "en",
     ["E/DEC/2023/201A", "E/DEC/2023/201B", "E/DEC/2023/201C"]),
])
def test_commissions_statements_and_symbol_forms(text: str, lang: str, expected: list[str]) -> None:
    assert targets(text, lang) == sorted(expected)


def test_a_range_starts_on_its_first_number() -> None:
    r = extract_text("The General Assembly,\n\nRecalling its resolutions 77/8 to 77/11 of 16 November 2022,",
                     "en")
    first = next(m for m in r.mentions if m.target == "A/RES/77/8")
    assert (first.raw, r.mentions[0].target) == ("77/8", "A/RES/77/8")
    assert {m.raw for m in r.mentions if m.target != "A/RES/77/8"} == {"77/8 to 77/11"}


@pytest.mark.parametrize("text", [
    "Welcoming League of Arab States Council resolution 8914 of 7 March 2023,",
    "Welcoming resolution 8914 of the Council of the League of Arab States,",
    "UNICEF Executive Board decision 2023/5",
    "联合国环境大会第 5/14 号决议",
])
def test_other_councils_and_boards_number_their_own_texts(text: str) -> None:
    lang = "zh" if "号" in text else "en"
    assert targets(GA_HEAD + text, lang) == []


def test_every_other_body_holds_one_of_its_keys() -> None:
    # A text is scanned for the "OTHER" bodies only when it holds one of the
    # table's keys: every such name must hold one.
    import regex as _regex

    zh = TABLES["zh"]
    zh_names = [name for rx, code in zh.bodies if code == "OTHER" and "(" not in rx for name in rx.split("|")]
    zh_names += ["缔约方大会", "《生物多样性公约》缔约方会议", "《联合国气候变化框架公约》缔约方会议",
                 "CBD/COP/15/17，第 15/4 号决定", "FCCC/CP/2015/10/Add.1，第 1 号"]
    zh_other = _regex.compile("|".join(rx for rx, code in zh.bodies if code == "OTHER"))
    for name in zh_names:
        assert zh_other.search(name), name
        assert any(k in name for k in zh.other_keys), name
    en = TABLES["en"]
    names = ["United Nations Environment Assembly", "World Health Assembly",
             "General Conference of the International Atomic Energy Agency", "UN-Habitat Assembly",
             "General Conference of UNESCO", "International Labour Conference",
             "Council of the League of Arab States", "Executive Board", "Peace and Security Council",
             "Governing Council", "Permanent Council", "Council of Europe", "Council of Ministers",
             "African Union", "Organization of American States", "Economic Commission for Africa",
             "Economic Commission for Europe", "Economic Commission for Latin America and the Caribbean",
             "Economic and Social Commission for Western Asia", "CBD/COP/15/17, decision 15/4",
             "ICCD/COP(15)/23/Add.1, decision 1", "UNESCO General Conference resolution 29",
             "United Nations Human Settlements Programme Assembly resolution 2/7", "FAO Conference resolution 3/2021",
             "Open-ended Working Group on Ageing adopted decision 14/1", "Open-ended Working    decision 14/1"]
    other = _regex.compile("|".join(rx for rx, code in en.bodies if code == "OTHER"))
    for name in names:
        assert other.fullmatch(name) or other.search(name), name
        assert any(k in name for k in en.other_keys), name


@pytest.mark.parametrize("text,lang,expected", [
    # A treaty body's report symbol, then the decision it holds: that conference's own numbering.
    ("[^11]: United Nations Environment Programme, document CBD/COP/15/17, decision 15/4, annex.", "en",
     ["CBD/COP/15/17"]),
    ("《昆明-蒙特利尔全球生物多样性框架》（CBD/COP/15/17，第 15/4 号决定，附件）", "zh", ["CBD/COP/15/17"]),
    # The symbol names only the number right after it.
    (("(document CBD/COP/15/17, decision 15/4, annex), and decision 4/1 of the Conference of the Parties "
     "to the United Nations Convention against Transnational Organized Crime"), "en",
     ["CBD/COP/15/17", "CTOC/COP/DEC/4/1"]),
])
def test_a_treaty_body_symbol_names_its_own_decision(text: str, lang: str, expected: list[str]) -> None:
    assert targets(GA_HEAD + text, lang) == expected


@pytest.mark.parametrize("stem,expected", [
    ("S_RES_0361_1974_EN_GOLD", "S/RES/361(1974)"),
    ("S_RES_1373_2001", "S/RES/1373(2001)"),
    ("A_RES_0080_0020", "A/RES/80/20"),
    ("E_CN.15_2012_17", "E/CN.15/2012/17"),
    ("A_RES_79_159_mixed", "A/RES/79/159"),
    ("notes-2024", "notes-2024"),
])
def test_own_id_from_the_file_name(stem: str, expected: str) -> None:
    # A text with no heading xref reads takes its id from the file name.
    assert extract_text("The Security Council,\n\nDecides to remain seized of the matter.", "en",
                        f"/corpus/{stem}.txt").meta.id == expected


def test_a_misprinted_heading_is_not_a_citation_of_itself() -> None:
    # "Resolution 361 (197-4)": the year is misprinted, the number is still the text's own.
    r = extract_text("Resolution 361 (197-4)\nof 30 August 1974\n\nThe Security Council,\n\n"
                     "Recalling its resolution 353 (1974),", "en", "/corpus/S_RES_0361_1974_EN_GOLD.txt")
    assert r.meta.id == "S/RES/361(1974)"
    assert [m.target for m in r.mentions] == ["S/RES/353(1974)"]


@pytest.mark.parametrize("text,lang,expected", [
    # A topic after a date, set off by a comma, does not end the list.
    (("Recalling also its resolutions 53/1 of 13 November 1998, on the review mechanism, and 54/1, 55/1 "
     "and 60/1, on the Implementation Review Mechanism,"), "en",
     ["A/RES/53/1", "A/RES/54/1", "A/RES/55/1", "A/RES/60/1"]),
    # Two full symbols joined by "to" are a range.
    ("documents E/CN.7/2025/L.4 to E/CN.7/2025/L.6,", "en",
     ["E/CN.7/2025/L.4", "E/CN.7/2025/L.5", "E/CN.7/2025/L.6"]),
    ("文件 A/C.3/79/L.12 至 A/C.3/79/L.14", "zh", ["A/C.3/79/L.12", "A/C.3/79/L.13", "A/C.3/79/L.14"]),
    # Another paper of the same series after a joiner.
    ("会议室文件 E/CN.7/2025/CRP.3 和 CRP.4", "zh", ["E/CN.7/2025/CRP.3", "E/CN.7/2025/CRP.4"]),
    ("draft resolutions A/C.3/79/L.12 and L.13", "en", ["A/C.3/79/L.12", "A/C.3/79/L.13"]),
    # Not a range of one series: L.4 to CRP.2.
    ("E/CN.7/2025/L.4 to E/CN.7/2025/CRP.2", "en", ["E/CN.7/2025/CRP.2", "E/CN.7/2025/L.4"]),
])
def test_lists_and_ranges_of_symbols_and_topics(text: str, lang: str, expected: list[str]) -> None:
    assert targets(text, lang) == expected


@pytest.mark.parametrize("text,lang", [
    (("E/2025/28-E/CN.7/2025/15\nEconomic and Social Council\n\nCommission on Narcotic Drugs\n\n"
     "3. The Commission adopted resolutions 68/1 to 68/3, and decision 68/1 on the scope of control."), "en"),
    ((" 联 合 国 E/2025/28-E/CN.7/2025/15\n\n 经济及社会理事会\n\n 麻醉药品委员会\n\n"
     "委员会通过了下列决议，这些决议提请理事会注意：\n\n第 68/1 号决议 加强国际合作\n\n第 68/2 号决议 替代发展\n\n"
     "第 68/3 号决议 预防\n\n委员会还通过了下列决定：第 68/1 号决定"), "zh"),
])
def test_a_commissions_report_numbers_are_the_commissions(text: str, lang: str) -> None:
    # A report under a commission's series is the commission's text, whatever
    # council it is addressed to.
    r = extract_text(text, lang)
    assert r.meta.id == "E/2025/28" and r.meta.body == "CND"
    assert sorted({m.target for m in r.mentions}) == [
        "CND/DEC/68/1", "CND/RES/68/1", "CND/RES/68/2", "CND/RES/68/3"]


def test_a_line_stopped_on_di_goes_on_over_an_indented_page_start() -> None:
    # The page's footnotes and furniture come between "第" and its number; the
    # next page's first line is indented, and still the same sentence.
    text = ("73/188. 保护儿童\n\n 大会，\n\n 注意到安全理事会关于儿童与武装冲突的各项决议，包括第 1612(2005) 号和"
            " 2018 年 7 月 9 日第\n\n                      \n1\n 第 69/194 号决议，附件。 \n\n"
            "18-22451 (C) \n\nA/RES/73/188 \n\n  2427(2018) 号决议， \n\n 欢迎秘书长的报告，\n")
    r = extract_text(text, "zh")
    got = {(m.target, m.paragraph) for m in r.mentions}
    assert ("S/RES/1612(2005)", "pp1") in got and ("S/RES/2427(2018)", "pp1") in got
    assert ("A/RES/69/194", "fn1") in got


def test_the_congress_is_not_the_assembly() -> None:
    # "第十五届大会" is the Fifteenth Congress; the Assembly's sessions are "大会第七十九届会议".
    text = ("79/180. 第十五届大会的筹备工作\n\n 大会，\n\n 7. 请预防犯罪和刑事司法委员会在其第三十四届会议上将第十五届大会的"
            "筹备工作列为优先事项，在第 33/1 号决定的基础上最后确定大会的组织安排；\n")
    assert targets(text, "zh") == ["CCPCJ/DEC/33/1"]


def test_a_council_number_without_its_year_takes_the_year_the_text_gives() -> None:
    text = ("Resolution 1454 (2002)\n\nThe Security Council,\n\nRecalling its resolutions 687 (1991) of "
            "3 April 1991 and 1284 (1999),\n\n11. Decides that paragraph 24 of resolution 687 applies, "
            "and that resolution 1051 lists remain,\n")
    assert targets(text, "en") == ["S/RES/1051", "S/RES/1284(1999)", "S/RES/687(1991)"]


def test_a_footnote_printed_twice_is_not_a_running_header() -> None:
    note = ("Treaty on the Non-Proliferation of Nuclear Weapons, Final Document, Part I\n"
            "    (NPT/CONF.1995/32 (Part I) and\n    NPT/CONF.1995/32 (Part I)/Corr.2), annex.\n")
    text = ("80/67. Nuclear disarmament\n\nThe General Assembly,\n\nRecalling the decisions,1\n\n"
            "Noting the resolution,2\n\n__________________\n    1 See 1995 Review Conference of the "
            "Parties to the " + note + "    2 See 1995 Review Conference of the Parties to the " + note)
    assert targets(text, "en") == ["NPT/CONF.1995/32(PARTI)", "NPT/CONF.1995/32(PARTI)/CORR.2"]


@pytest.mark.parametrize("text,expected", [
    ("in the national report contained in document S/AC.44/2004/(02)/58/Add.2,", ["S/AC.44/2004/(02)/58/ADD.2"]),
    ("Recalling ICCD/COP(15)/23/Add.1,", ["ICCD/COP(15)/23/ADD.1"]),
])
def test_a_bracketed_part_of_a_symbol(text: str, expected: list[str]) -> None:
    assert targets(GA_HEAD + text, "en") == expected


@pytest.mark.parametrize("text,lang,expected", [
    # "理事会" after the Human Rights Council is named in full in the paragraph.
    ("A/79/241\n\n 7. 人权理事会在第 53/1 号决议中重申贩运人口行为侵犯人权，理事会还在第 44/4 号决议中请特别报告员。", "zh",
     ["A/HRC/RES/44/4", "A/HRC/RES/53/1"]),
    # A supplement is a part of a symbol; addenda given as a range.
    ("A/79/1\n\n 注意到（E/INCB/2022/1/Supp.1）和（CTOC/COP/2024/L.1 和 Add.1 至 Add.3）", "zh",
     ["CTOC/COP/2024/L.1", "CTOC/COP/2024/L.1/ADD.1", "CTOC/COP/2024/L.1/ADD.2", "CTOC/COP/2024/L.1/ADD.3",
      "E/INCB/2022/1/SUPP.1"]),
    # The Crime Commission has held some 34 sessions: its own text's bare 70/174 is the Assembly's.
    (("第 33/3 号决议\n\n 预防犯罪和刑事司法委员会，\n\n 回顾《多哈宣言》，1\n\n 1. 决定；\n"
     "                                   \n1\n 第 70/174 号决议，附件。\n"), "zh", ["A/RES/70/174"]),
])
def test_councils_named_before_symbol_parts_and_session_bounds(text: str, lang: str, expected: list[str]) -> None:
    assert targets(text, lang) == expected


def test_full_width_and_even_page_furniture_inside_a_list() -> None:
    # An even page's footer "2/6   24-13570", and a full-width job number and header.
    text = ("A/79/241\n\n      6.    大会在其关于贩运妇女和女童问题的第 72/195、74/176 和\n  __________________\n"
            "    1   第 64/293 号决议，附件。\n\n2/6                                         24-13570\n\n"
            "                                                  A/79/241\n\n            76/186 号决议中呼吁会员国。\n")
    assert targets(text, "zh") == ["A/RES/64/293", "A/RES/72/195", "A/RES/74/176", "A/RES/76/186"]
    text = ("Ｓ／ＰＲＳＴ／２０２５／４\n\n　　“安全理事会重申其第１２６１（１９９９）\n号、第１３１４（２０００）号、\n\n"
            "２５－１０２３４ （Ｃ）\n\nＳ／ＰＲＳＴ／２０２５／４\n\n第２４２７（２０１８）号决议。\n")
    assert targets(text, "zh") == ["S/RES/1261(1999)", "S/RES/1314(2000)", "S/RES/2427(2018)"]


def test_a_page_break_between_a_body_and_its_number() -> None:
    text = ("第 67/4 号决议\n\n 麻醉药品委员会，\n\n 回顾其第 66/1 号决议以及预防犯罪和刑事司法委员会\n\n"
            "24-05512 (C)\n\n 第 31/3 号决议，该委员会在其中请执行主任，\n")
    assert targets(text, "zh") == ["CCPCJ/RES/31/3", "CND/RES/66/1"]


def test_a_report_to_the_council_under_its_series() -> None:
    # A report to the Human Rights Council (A/HRC/58/27) is the Council's text; a resolution number at
    # the start of a wrapped line of its summary is not a heading; "In its resolution …, the General
    # Assembly" names the Assembly after the number.
    text = (" United Nations                                       A/HRC/58/27\n\n General Assembly\n\n"
            "Human Rights Council\nFifty-eighth session\n\n Summary\n"
            "           The present report is submitted pursuant to Human Rights Council resolution\n"
            "      55/13. It gives an account of developments.\n\n"
            "5. The Council, in its resolution 52/24, asked for a report.\n\n"
            "6. In its resolution 79/160 of 17 December 2024, the General Assembly reaffirmed the "
            "universality of rights. The Third Committee considered draft resolutions A/C.3/79/L.12 to L.14.\n")
    r = extract_text(text, "en")
    assert r.meta.id == "A/HRC/58/27" and r.meta.body == "HRC"
    assert sorted({m.target for m in r.mentions}) == [
        "A/C.3/79/L.12", "A/C.3/79/L.13", "A/C.3/79/L.14", "A/HRC/RES/52/24", "A/HRC/RES/55/13", "A/RES/79/160"]


def test_a_note_to_the_conference_and_its_starred_agenda_note() -> None:
    text = ("                                                   CTOC/COP/2024/6\n\n"
            "3. The Conference has addressed cooperation in Conference decisions 2/2, 3/2 and\n\n"
            "__________________\n * CTOC/COP/2024/1.\n   1   United Nations, Treaty Series, vol. 2225, No. 39574.\n\n\n"
            "V.24-13579 (E)    120824    130824\n\n*2413579*\n\n\nCTOC/COP/2024/6\n\n\n"
            "4/2, and the Conference, in its resolution 11/1, also asked for a report.\n")
    r = extract_text(text, "en")
    assert r.meta.body == "COP"
    assert sorted({m.target for m in r.mentions}) == [
        "CTOC/COP/2024/1", "CTOC/COP/DEC/2/2", "CTOC/COP/DEC/3/2", "CTOC/COP/DEC/4/2", "CTOC/COP/RES/11/1"]


@pytest.mark.parametrize("text,lang,expected", [
    (("E/RES/1996/40\n\nThe Economic and Social Council,\n\nRecalling Sub-Commission resolution 1994/45 of 26 August "
     "1994, the report (E/CN.4/Sub.2/1995/24) and Commission on Human Rights resolution 1995/32 of 3 March 1995 "
     "and its own resolution 1995/32 of 25 July 1995,"), "en",
     ["E/CN.4/RES/1995/32", "E/CN.4/SUB.2/1995/24", "E/CN.4/SUB.2/RES/1994/45", "E/RES/1995/32"]),
    (("E/RES/1996/40\n\nThe Economic and Social Council,\n\nNoting the draft declaration,1\n\n__________________\n"
     "   1 E/CN.4/1995/2-E/CN.4/Sub.2/1994/56, chap. II, sect. A, resolution 1994/45, annex.\n"), "en",
     ["E/CN.4/1995/2", "E/CN.4/SUB.2/1994/56", "E/CN.4/SUB.2/RES/1994/45"]),
    # 委员会的报告 is a main committee's report, not the Commission's number.
    (("A/79/458\n\n 3. 麻醉药品委员会第 67/1 号决议。\n\n 9. 委员会回顾，大会在第七十八届会议上根据委员会的报告（A/78/482）"
     "在本项目下通过了第 78/200 号决议。"), "zh", ["A/78/482", "A/RES/78/200", "CND/RES/67/1"]),
])
def test_the_sub_commission_its_own_and_a_committees_report(text: str, lang: str, expected: list[str]) -> None:
    assert targets(text, lang) == expected


def test_a_wide_running_header_beside_a_job_number() -> None:
    text = ("79/214. Combating sand and dust storms\n\nThe General Assembly,\n\nRecalling its resolutions "
            "75/223 of 21 December 2020 and\n\n__________________\n   1   Resolution 69/313, annex.\n\n\n"
            "24-24567 (E)     271224\n\n*2424567*\n\nA/RES/79/214                                           "
            "Combating sand and dust storms\n\n\n76/211 of 17 December 2021 on combating sand and dust storms,\n")
    assert targets(text, "en") == ["A/RES/69/313", "A/RES/75/223", "A/RES/76/211"]


def test_a_number_then_a_year_after_s_is_not_a_council_symbol() -> None:
    # The OPCW's Technical Secretariat numbers "S/2338/2024"; the Council's documents are
    # S/2024/486 (year first, from 1994) or S/13369.
    text = ("80/34. Chemical weapons\n\nThe General Assembly,\n\nNoting the reports (S/2338/2024, S/1906/2020) "
            "and the letters S/2024/486 and S/13369,")
    assert targets(text, "en") == ["S/13369", "S/2024/486"]


@pytest.mark.parametrize("text,lang,expected", [
    # A starred note under the rule is a footnote without a number.
    (("Report\n\n1. The Committee met.\n\n___________\n\n* The instruments include the Convention on the "
     "Rights of the Child (United Nations, Treaty Series, vol. 1577, No. 27531)."), "en", ["instrument:CRC"]),
    # A section line "I. Resolutions" before a heading does not cancel it.
    ("I. Resolutions\n\n79/160. Some title\n\nThe General Assembly,\n\nRecalling its resolution 78/1,", "en",
     ["A/RES/78/1"]),
    # A report to the Council: a number no Council session reaches is the Assembly's; "its own"
    # only before a resolution.
    ((" United Nations        A/HRC/58/27\n\nHuman Rights Council\n\n3. Pursuant to resolution 48/141, by "
     "which the Assembly created the post, and Council resolution 52/24,"), "en",
     ["A/HRC/RES/52/24", "A/RES/48/141"]),
    (("A/HRC/58/10\n\nThe Human Rights Council,\n\nNoting that the General Assembly reaffirmed its mandate and "
     "its own working methods in resolution 65/281,"), "en", ["A/RES/65/281"]),
    # A treaty body's symbol names the whole list after it.
    (("A/HRC/58/10\n\nThe Human Rights Council,\n\nRecalling the framework (CBD/COP/15/17, decisions 15/4, 15/5, "
     "15/6 and 15/7),"), "en", ["CBD/COP/15/17"]),
    # A count after "，" is not a footnote marker.
    ("x\n\n 回顾《联合国宪章》，2023 年，15 项决议获得通过，第 78/1 号决议。", "zh", ["A/RES/78/1", "instrument:CHARTER"]),
])
def test_starred_notes_section_lines_report_series_and_counts(text: str, lang: str, expected: list[str]) -> None:
    assert sorted({m.target for m in extract_text(text, lang).mentions}) == expected


def test_a_date_under_a_rule_is_not_a_footnote_and_headings_stay_apart() -> None:
    from xref.normalise import normalise

    n = normalise("x\n\n____\n\n17 December 2024\n\nAnnex\n\n12 Member States noted it", "en")
    assert not any(p.kind == "fn" for p in n.paragraphs)
    n = normalise("前言\n\n  第三委员会审议了该项目。\n\n一、一般性讨论\n\n  与会者强调必须加强合作。\n\nB. 审议情况\n\n"
                  "  第三委员会审议了该项目。", "zh")
    assert len(n.paragraphs) == 6


def test_an_even_page_header_and_a_date_cut_by_a_page_break() -> None:
    # The even page's header prints the short title first; a page break falls between 第 and the
    # number, and inside a date after the body.
    text = ("79/152. 加紧努力消除一切形式暴力侵害妇女和女童行为\n\n 大会，\n\n 注意到社会发展委员会第六十二届会议的工作，以及该委员会 2024 年 2 月\n\n"
            "                                                           \n1\n 大会第 70/1 号决议。 \n\n24-10210 (C) \n\n"
            "  14 日第 62/1 号决议，\n\n 6. 吁请联合国系统各实体，特别是依照其 2010 年 7 月 2 日第\n\n"
            "                                                           \n2\n A/79/500。 \n\n2/3 24-24031 \n\n"
            "加紧努力消除一切形式暴力侵害妇女和女童行为 A/RES/79/152 \n\n  64/289 号决议设立的妇女署，\n")
    assert targets(text, "zh") == ["A/79/500", "A/RES/64/289", "A/RES/70/1", "E/CN.5/RES/62/1"]


@pytest.mark.parametrize("text,expected", [
    # The African Union as a topic, or in another clause, is not the issuer.
    ("又回顾其关于联合国与非洲联盟的合作的各项决议，包括第 65/274、67/302 和 71/254 号决议，",
     ["A/RES/65/274", "A/RES/67/302", "A/RES/71/254"]),
    ("4. 鼓励建设和平委员会与非洲联盟和平与安全理事会加强互动，并依照第 70/262 号决议开展工作；", ["A/RES/70/262"]),
    ("非洲联盟大会第 5/14 号决议", []),
    # A topic between two items of a list.
    ("关于人道主义人员安全保障和保护联合国人员的第 78/118 号和关于自然灾害领域从救济到发展的国际合作的第 78/120 号决议，",
     ["A/RES/78/118", "A/RES/78/120"]),
])
def test_other_bodies_as_topics_and_topics_inside_lists(text: str, expected: list[str]) -> None:
    assert targets("79/288. 合作\n\n 大会，\n\n " + text, "zh") == expected


def test_a_council_heading_that_names_the_council() -> None:
    r = extract_text("人权理事会第 58/10 号决议 \n\n 人权与环境 \n\n 人权理事会， \n\n 回顾其第 52/23 号决议，", "zh")
    assert (r.meta.id, r.meta.id_source) == ("A/HRC/RES/58/10", "heading")
    assert [m.target for m in r.mentions] == ["A/HRC/RES/52/23"]


def test_the_commission_as_the_subject_and_the_council_named_after_its() -> None:
    text = ("A/80/189\n\n3. The Commission on Narcotic Drugs has kept the matter under review. At its sixty-eighth "
            "session, the Commission adopted resolution 68/4 and its decision 68/101.\n\n4. The Human Rights "
            "Council, in its resolution 52/24, asked for a study. In its resolution 58/17, the Council called for "
            "further consultations.\n")
    assert targets(text, "en") == ["A/HRC/RES/52/24", "A/HRC/RES/58/17", "CND/DEC/68/101", "CND/RES/68/4"]


@pytest.mark.parametrize("text,lang,expected", [
    # A council or commission numbers a few dozen texts a session, decisions from 101:
    # "43/173" in a Human Rights Council text is the Assembly's; its decision 25/115 is its own.
    (("A/HRC/RES/60/14\n\n人权理事会，\n\n 回顾《原则》，1 及其第 25/115 号决定，\n\n__________________\n"
     " 1 第 43/173 号决议，附件。\n"), "zh", ["A/HRC/DEC/25/115", "A/RES/43/173"]),
    # A number cited inside a report under a commission's series is the commission's.
    (("E/RES/2025/7\n\nThe Economic and Social Council,\n\nRecalling the agreed conclusions,1\n\n"
     "1. Decides;\n\n__________________\n1 See Official Records of the Economic and Social Council, 2025, "
     "Supplement No. 7 (E/2025/27-E/CN.6/2025/12), chap. I, sect. A, resolution 69/1, annex.\n"), "en",
     ["E/2025/27", "E/CN.6/2025/12", "E/CN.6/RES/69/1"]),
    (("E/RES/2025/7\n\n经济及社会理事会，\n\n 回顾商定结论，1\n\n__________________\n"
     " 1 《经济及社会理事会正式记录，2025 年，补编第 7 号》（E/2025/27-E/CN.6/2025/12），第一章，A 节，"
     "第 69/1 号决议。\n"), "zh", ["E/2025/27", "E/CN.6/2025/12", "E/CN.6/RES/69/1"]),
    # A topic that names a year, and a clause "by which …", between two items of a list.
    (("A/DEC/80/552\n\nThe General Assembly, taking into account its resolutions 80/245 A to C of 23 December "
     "2025 on the proposed programme budget for 2026 and 80/248 of 23 December 2025 on the pattern of "
     "conferences, and resolutions 71/291 of 15 June 2017, by which the Assembly established the Office of "
     "Counter-Terrorism, and 77/298 of 22 June 2023,\n"), "en",
     ["A/RES/71/291", "A/RES/77/298", "A/RES/80/245A", "A/RES/80/245B", "A/RES/80/245C", "A/RES/80/248"]),
    # 增进和保护人权小组委员会, the Sub-Commission as it is also printed; the enforced-disappearance
    # committee's series.
    (("A/HRC/RES/60/14\n\n人权理事会，\n\n 注意到增进和保护人权小组委员会关于司法行政的第 2005/13 号决议"
     "以及一般性意见（CED/C/GC/1），\n"), "zh", ["CED/C/GC/1", "E/CN.4/SUB.2/RES/2005/13"]),
])
def test_numbers_a_body_can_give_reports_series_and_list_clauses(text: str, lang: str,
                                                                  expected: list[str]) -> None:
    assert sorted({m.target for m in extract_text(text, lang).mentions}) == expected


def test_an_even_page_footer_is_not_a_heading_and_a_bold_masthead_gives_the_symbol() -> None:
    text = ("  联 合 国                                  CAC/COSP/2025/5\n\n  缔约国会议\n\n"
            "      1.    缔约国会议在第 3/1 号决议中通过了职权范围。\n\n"
            "2/5                                       V.25-14321\n\n")
    assert extract_text(text, "zh").meta.id == "CAC/COSP/2025/5"
    md = "**联合国** E/2025/30-E/CN.15/2025/16\n\n**经济及社会理事会**\n\n- 第 34/1 号决议 加强协调\n"
    r = extract_text(md, "zh")
    assert (r.meta.id, r.meta.also) == ("E/2025/30", ("E/CN.15/2025/16",))
    assert sorted({m.target for m in r.mentions}) == ["CCPCJ/RES/34/1"]


def test_a_layout_conversion_reads_chinese_paragraphs_from_punctuation() -> None:
    # pdftotext -layout: first lines sixteen spaces in, wrapped lines twelve; nearly every line set in.
    text = ("                                                    A/HRC/RES/60/14\n\n第六十届会议\n"
            "            人权理事会，\n"
            "                重申《世界人权宣言》所载的各项原则，\n"
            "                又重申各国有义务保护所有人的自由，并回顾各项有关\n"
            "            的国际标准，\n"
            "                回顾人权委员会关于任意拘留问题的各项决议，特别是设立任意拘留问题\n"
            "            工作组的 1991 年 3 月 5 日第 1991/42 号决议，以及澄清工作组任务的第\n"
            "            1997/50 号决议，\n"
            "                又回顾人权理事会第 51/8 号决议，\n")
    assert targets(text, "zh") == ["A/HRC/RES/51/8", "E/CN.4/RES/1991/42", "E/CN.4/RES/1997/50"]


@pytest.mark.parametrize("text,lang,expected", [
    # A year inside a topic or a "by which" clause is not a Council number.
    (("Resolution 2800 (2025)\n\nThe Security Council,\n\nRecalling its resolutions 2532 (2020) on the general "
     "ceasefire called for in 2020 and 2565 (2021), and resolution 2231 (2015), by which the Council endorsed "
     "in 2015 the plan, and 2334 (2016),\n"), "en",
     ["S/RES/2231(2015)", "S/RES/2334(2016)", "S/RES/2532(2020)", "S/RES/2565(2021)"]),
    # Letters with a dash; old ECOSOC numbers after "its"; a commission's own texts.
    ("A/RES/80/250\n\nThe General Assembly,\n\nRecalling its resolutions 79/257 A–C of 24 December 2024,\n",
     "en", ["A/RES/79/257A", "A/RES/79/257B", "A/RES/79/257C"]),
    (("E/RES/2025/22\n\nThe Economic and Social Council,\n\nRecalling its resolution 37 (IV) of 28 March 1947, "
     "by which it established the Economic Commission for Asia and the Far East,\n\nTaking note of the report of "
     "the Economic and Social Commission for Asia and the Pacific,\n\nNoting that the Commission, "
     "at its eighty-first session, held in Bangkok, adopted resolution 81/1,\n"), "en",
     ["E/ESCAP/RES/81/1", "E/RES/37(IV)"]),
    # A marker after a symbol's full stop; a report's "and Corr.1" before its chapter.
    (("A/80/263\n\n1. The Commission's review is set out in document A/78/762.3 The report (E/2025/30-"
     "E/CN.15/2025/16 and Corr.1), chap. I, sect. D, resolution 34/2, gives it.\n"), "en",
     ["A/78/762", "CCPCJ/RES/34/2", "E/2025/30", "E/CN.15/2025/16", "E/CN.15/2025/16/CORR.1"]),
    # The Council for Namibia numbers no texts: the Assembly's emergency-session resolution.
    ("A/RES/ES-8/2\n\n大会，\n\n 请联合国纳米比亚理事会继续履行第 2248 (S-V) 号决议赋予它的职责，\n", "zh",
     ["A/RES/2248(S-V)"]),
])
def test_issuers_of_reports_markers_after_symbols_and_organs(text: str, lang: str, expected: list[str]) -> None:
    assert targets(text, lang) == expected


def test_a_layout_conversion_keeps_paragraph_labels() -> None:
    text = ("                                                    A/HRC/RES/60/14\n\n第六十届会议\n"
            "            60/14.   任意拘留\n"
            "            人权理事会，\n"
            "                重申《世界人权宣言》所载的各项原则，\n"
            "                回顾人权委员会关于任意拘留问题的各项决议，特别是设立任意拘留问题\n"
            "            工作组的 1991 年 3 月 5 日第 1991/42 号决议，以及澄清工作组任务的第\n"
            "            1997/50 号决议，\n"
            "                又回顾所有国家都有义务保护和促进人权和基本自由，并考虑到各国有关\n"
            "            的国际义务，包括各项人权条约规定的义务，以及各国为履行这些义务\n"
            "            所作的努力，\n"
            "                1.    决定将工作组的任务延长三年，任务内容如第 1991/42 号决议所述，\n"
            "            并经人权理事会第 51/8 号决议更新；\n")
    r = extract_text(text, "zh")
    got = sorted((m.target, m.paragraph, m.relation) for m in r.mentions if m.target_kind != "instrument")
    assert got == [("A/HRC/RES/51/8", "op1", "decides"), ("E/CN.4/RES/1991/42", "op1", "decides"),
                   ("E/CN.4/RES/1991/42", "pp2", "recalls"), ("E/CN.4/RES/1997/50", "pp2", "recalls")]


def test_a_space_a_scan_put_after_a_symbols_slash() -> None:
    text = "S/RES/457(1979)\n\nThe Security Council,\n\nHaving considered the report in document S/ 13626, and A/ 79/1,\n"
    assert sorted({m.target for m in extract_text(text, "en").mentions}) == ["S/13626"]


def test_an_and_comma_clause_a_markdown_participle_and_a_two_line_running_header() -> None:
    text = ("A/80/231\n\n4. The Security Council, in its resolution 2719 (2023), established a framework for the "
            "financing of African Union-led peace support operations and, in its resolution 2447 (2018), "
            "recognized the importance of justice.\n")
    assert [m.target for m in extract_text(text, "en").mentions] == ["S/RES/2719(2023)", "S/RES/2447(2018)"]
    md = ("A/RES/80/122\n\n*The General Assembly*,\n\n*Recalling* the decision of the Governing Council,\n\n"
          "*Recalling also* its resolution 77/276 of 29 March 2023,\n")
    assert [m.target for m in extract_text(md, "en").mentions] == ["A/RES/77/276"]
    text = ("A/RES/80/224\n\nThe General Assembly,\n\nRecalling Economic and Social Council resolutions 2025/12 to\n\n"
            "____________________\n1 Resolution 63/239, annex.\n\n25-21034 (E) 070126\n\n*2521034*\n\n"
            "A/RES/80/224 Follow-up to and implementation of the outcomes of the\n"
            "International Conferences on Financing for Development\n\n2025/15 of 23 July 2025,\n")
    assert sorted(m.target for m in extract_text(text, "en").mentions) == [
        "A/RES/63/239", "E/RES/2025/12", "E/RES/2025/13", "E/RES/2025/14", "E/RES/2025/15"]


def test_a_council_decision_names_its_issuer_in_the_masthead_only() -> None:
    text = (" 联 合 国 A/HRC/DEC/59/116\n\n 大 会 Distr.: General\n\n人权理事会\n\n第五十九届会议\n\n"
            " 59/116. 关于防止灭绝种族罪的高级别小组讨论会\n\n"
            " 在 2025 年 7 月 8 日第 38 次会议上，人权理事会回顾其第 43/29 号决议和其 2023 年 4 月 4 日"
            "第 52/115 号决定，\n")
    r = extract_text(text, "zh")
    assert (r.meta.id, r.meta.body) == ("A/HRC/DEC/59/116", "HRC")
    assert sorted({m.target for m in r.mentions}) == ["A/HRC/DEC/52/115", "A/HRC/RES/43/29"]


def test_counts_body_words_table_notes_and_hanging_subparagraphs() -> None:
    from xref.normalise import normalise

    # A count after "，" is not a footnote marker.
    n = normalise("截至 2025 年 6 月，150 多个国家已批准《公约》，获得通过，141 票赞成。", "zh")
    assert "150 多个国家" in n.text and "141 票" in n.text and n.markers == ()
    # A preambular paragraph may end "…提交⏎⏎大会，": only the opening body line stands alone.
    text = ("78/201. 标题\n\n 大会，\n\n 注意到人权理事会第 58/10 号决议，其中理事会决定将其关于这一问题的报告提交\n\n"
            "大会，\n\n 又回顾其第 78/200 号决议，\n")
    labels = {m.target: m.paragraph for m in extract_text(text, "zh").mentions}
    assert labels == {"A/HRC/RES/58/10": "pp1", "A/RES/78/200": "pp2"}
    # "Notes" under a table: a count is not a footnote number.
    text = "A/80/1\n\n10. The replies are summarized below.\n\nNotes\n\n15 States referred to General Assembly resolution 79/1.\n"
    assert [m.paragraph for m in extract_text(text, "en").mentions] != ["fn15"]


@pytest.mark.parametrize("text,lang,expected", [
    # A council names itself in Markdown emphasis; "resolution 54/13" is then its own,
    # and "Resolution 60/147" is the Assembly's: the Council's resolutions never reach 147.
    (("## 60/8. Right to the truth\n\n*The Human Rights Council*,\n\n*Recalling* Council resolution 54/13,\n\n"
     "4. *Requests* the study called for in resolution 54/13 and in resolution 60/147, annex;\n"),
     "en", ["A/HRC/RES/54/13", "A/RES/60/147"]),
    # Boards outside the UN's numbering; a topic opened by "containing"; UNIDO's series.
    (("3507 (XXX). Industrialization\n\nThe General Assembly,\n\nRecalling its resolutions 3201 (S-VI) of 1 May 1974, "
     "containing the Declaration on the Establishment of a New International Economic Order, 3281 (XXIX) of "
     "12 December 1974,\n\nHaving considered the report (ID/CONF.3/\n31) and Industrial Development Board "
     "resolution 45 (IX) and Board resolution 46 (IX),\n"), "en",
     ["A/RES/3201(S-VI)", "A/RES/3281(XXIX)", "ID/CONF.3/31"]),
    ("3507 (XXX). 工业化\n\n大会，\n\n注意到工业发展理事会第 45 (IX) 号决议，\n", "zh", []),
    # "resolution 7/2023 of the FAO Conference": no UN body numbers texts so.
    (("80/211. Food\n\nThe General Assembly,\n\nNoting the agreed conclusions of the Commission on the Status of "
     "Women, and noting also resolution 7/2023 of the Conference of FAO,\n"), "en", []),
    # "and recalled its own resolution": the text's own conference, not the one just named.
    (("CAC/COSP/2025/19\n\n10. The Conference took note of the Conference of the Parties to the United Nations "
     "Convention against Transnational Organized Crime and its resolution 12/2, and recalled its own "
     "resolution 10/11.\n"), "en", ["CAC/COSP/RES/10/11", "CTOC/COP/RES/12/2"]),
])
def test_markdown_bodies_council_number_bounds_boards_topics_and_series(text: str, lang: str, expected: list[str]) -> None:
    assert targets(text, lang) == expected


@pytest.mark.parametrize("text,lang,expected", [
    (("Recalling Commission on Human Rights resolution 1992/S-1/1 of 14 August 1992 and Human Rights Council "
     "resolution S-1/1,"), "en", ["A/HRC/RES/S-1/1", "E/CN.4/RES/1992/S-1/1"]),
    ("回顾人权委员会 1992 年 8 月 14 日第 1992/S-1/1 号决议和第 1992/S-2/1 号决议，", "zh",
     ["E/CN.4/RES/1992/S-1/1", "E/CN.4/RES/1992/S-2/1"]),
])
def test_special_sessions_of_the_commission_on_human_rights(text: str, lang: str, expected: list[str]) -> None:
    assert targets(text, lang) == expected


def test_council_volumes_own_symbol_with_its_addendum_and_a_scanned_series_letter() -> None:
    text = ("133 (1960). Resolution of 26 January 1960\n\n[S/4258 and Add.1]\n\nThe Security Council,\n\n"
            "Having considered the report (S/4256),16\n\nNoting documents 8/17227 and Add.2, and 8/25541, S/25542,\n"
            "and the special report (5/2002/1005), document $/13369 and document s/21183,\n")
    r = extract_text(text, "en")
    assert r.meta.id == "S/RES/133(1960)"
    assert targets(text, "en") == ["S/13369", "S/17227", "S/17227/ADD.2", "S/2002/1005", "S/21183", "S/25541",
                                   "S/25542", "S/4256"]
    # Outside a Council text the figure is left as printed.
    assert targets("80/1. X\n\nThe General Assembly,\n\nNoting documents 8/17227 and A/80/1,\n", "en") == ["A/80/1"]


@pytest.mark.parametrize("text,lang,expected", [
    # A commission's draft for the Assembly: "its" is the Assembly named in the body line.
    (("United Nations E/CN.15/2025/L.3\n\nEconomic and Social Council\n\nCommission on Crime Prevention and "
     "Criminal Justice\n\nDraft resolution\n\nThe General Assembly,\n\nRecalling its resolution 33/2 and its "
     "resolution 40/34,\n"), "en", ["A/RES/33/2", "A/RES/40/34"]),
    ("联合国 E/CN.5/2025/L.4\n\n社会发展委员会\n\n决议草案\n\n大会，\n\n回顾其第 47/5 号决议，\n", "zh", ["A/RES/47/5"]),
    # Boards named at work on the Assembly's resolutions do not take its numbers.
    (("The General Assembly,\n\nWelcoming the work done by the Trade and Development Board in follow-up to "
     "resolution 78/150,\n"), "en", ["A/RES/78/150"]),
    ("大会，\n\n欢迎工业发展理事会根据第 77/180 号决议召开会议，\n", "zh", ["A/RES/77/180"]),
    # Numbers in brackets after the word; the parts of an old resolution before its session.
    (("E/2025/28\n\n2. The Commission on Narcotic Drugs adopted six resolutions (68/1 to 68/3) and three "
     "decisions on the scheduling of substances (68/1 and 68/2).\n"), "en",
     ["CND/DEC/68/1", "CND/DEC/68/2", "CND/RES/68/1", "CND/RES/68/2", "CND/RES/68/3"]),
    (("Bearing in mind its resolutions 2775 A to H (XXVI) of 29 November 1971 and 2923 E (XXVII) of 15 No-\n"
     "vember 1972,"), "en", ["A/RES/2775(XXVI)", "A/RES/2923(XXVII)"]),
    ("回顾其第 2775 A 至 H (XXVI) 号和第 2923 E (XXVII) 号决议，", "zh", ["A/RES/2775(XXVI)", "A/RES/2923(XXVII)"]),
    # A scan's space between an old number's thousands and the rest; "第 2 号和第 1514 (XV)" stays apart.
    ("大会，\n\n铭记 1970 年 10 月 24 日第 2 625 (XXV) 号决议所附宣言，\n", "zh", ["A/RES/2625(XXV)"]),
    (("The General Assembly,\n\nRecalling its resolutions 1514 (XV), 2 625 (XXV) and 3 314 (XXIX),\n"), "en",
     ["A/RES/1514(XV)", "A/RES/2625(XXV)", "A/RES/3314(XXIX)"]),
    ("大会，\n\n回顾第 2 号和第 1514 (XV) 号决议，\n", "zh", ["A/RES/1514(XV)"]),
    # A volume's page prints other texts before the resolution: its own symbol is under its heading.
    (("Decision\n\nAt its 1829th meeting the Council decided to invite (S/11724).\n\n"
     "370 (1975). Resolution of 13 June 1975\n\n[S/11728]\n\nThe Security Council,\n\nNoting the report "
     "(S/11717),\n"), "en", ["S/11717", "S/11724"]),
])
def test_drafts_for_the_assembly_boards_bracketed_numbers_and_volume_pages(text: str, lang: str,
                                                                    expected: list[str]) -> None:
    assert targets(text, lang) == expected


def test_a_reports_drafts_are_each_their_bodys_text() -> None:
    text = ("联 合 国 E/2025/28-E/CN.7/2025/15\n\n经济及社会理事会\n\n麻醉药品委员会\n\n一. 提请经济及社会理事会采取行动的事项\n\n"
            "A. 建议大会通过的决议草案\n\n决议草案\n\n大会，\n\n回顾其第 68/196 号决议，\n\n"
            "B. 提请经济及社会理事会通过的决议草案\n\n决议草案\n\n经济及社会理事会，\n\n"
            "回顾其 1946 年 2 月 16 日第 9 (I) 号决议，其中理事会设立了麻醉药品委员会，\n\n"
            "C. 提请经济及社会理事会注意的事项\n\n3. 委员会通过了第 68/6 号决议，并依照其第 61/11 号决议行事。\n")
    assert targets(text, "zh") == ["A/RES/68/196", "CND/RES/61/11", "CND/RES/68/6", "E/RES/9(I)"]


def test_a_commissions_later_resolutions_listed_after_a_comma() -> None:
    text = ("59/3. 法官和律师的独立性\n\n人权理事会，\n\n回顾人权委员会 1994 年 3 月 4 日第 1994/41 号决议，经济及社会理事会"
            "第 1994/251 号决定核可了该决议，以及委员会其后的各项决议，包括 2002 年 4 月 22 日第 2002/43 号和第 2005/33 号决议，\n")
    assert targets(text, "zh") == ["E/CN.4/RES/1994/41", "E/CN.4/RES/2002/43", "E/CN.4/RES/2005/33",
                                   "E/DEC/1994/251"]


@pytest.mark.parametrize("text,lang,expected", [
    # A commission named as a topic before "，包括" does not take the list; "其后的各项决议" does.
    ("大会，\n\n回顾其以往关于国际法委员会报告的各项决议，包括2023年12月7日第78/108号决议，\n", "zh", ["A/RES/78/108"]),
    ("第 2719（2023）号决议\n\n安全理事会，\n\n回顾建设和平委员会的咨询作用，特别是2016年4月27日第2282号决议，\n",
     "zh", ["S/RES/2282(2016)"]),
    # A law's number in a Council text is not a scanned symbol.
    (("Resolution 2000 (2011)\n\nThe Security Council,\n\nWelcoming the adoption of Law No. 8/2011, and the letter "
     "8/25541 of 7 April 1993,\n"), "en", ["S/25541"]),
    # A special session's range keeps its session.
    ("The General Assembly,\n\nRecalling resolutions 1992/S-1/1 to 1992/S-1/3,\n", "en",
     ["E/CN.4/RES/1992/S-1/1", "E/CN.4/RES/1992/S-1/2", "E/CN.4/RES/1992/S-1/3"]),
])
def test_topics_before_a_list_laws_and_special_session_ranges(text: str, lang: str, expected: list[str]) -> None:
    assert targets(text, lang) == expected


@pytest.mark.parametrize("text,lang", [
    (("Resolution 1992/S-1/1\n\nSituation of human rights\n\nThe Commission on Human Rights,\n\nRecalling its "
     "decision 1992/103,\n"), "en"),
    ("第 1992/S-1/1 号决议\n\n前南斯拉夫境内的人权状况\n\n人权委员会，\n\n回顾其第 1992/103 号决定，\n", "zh"),
])
def test_a_special_session_resolution_reads_its_own_heading(text: str, lang: str) -> None:
    r = extract_text(text, lang)
    assert r.meta.id == "E/CN.4/RES/1992/S-1/1"
    assert targets(text, lang) == ["E/CN.4/DEC/1992/103"]


@pytest.mark.parametrize("text,lang,expected", [
    # "*The Conference …,*": the comma inside the emphasis; "its resolutions" are then the conference's own.
    (("## Resolution 11/4\n\n*The Conference of the States Parties to the United Nations Convention against "
     "Corruption,*\n\n*Recalling further* its resolutions 6/6 of 6 November 2015 and 8/13 of 20 December 2019,\n\n"
     "*Noting* that the Conference of the Parties to the United Nations Convention against Transnational Organized "
     "Crime, in its resolutions 10/4 of 16 October 2020, and in its decision 11/1 of 21 October 2022, addressed "
     "the links,\n"), "en",
     ["CAC/COSP/RES/6/6", "CAC/COSP/RES/8/13", "CTOC/COP/DEC/11/1", "CTOC/COP/RES/10/4"]),
    # "the Board's decision 276 (XXVIII)": UNCTAD's board, not the Council; "SER.M" in a symbol.
    (("The General Assembly,\n\nRequests the Trade and Development Board to continue, bearing in mind Council "
     "resolution 1983/50 and the Board's decision 276 (XXVIII),\n\nNoting the Principles (ST/ESA/STAT/SER.M/67/Rev.4),\n"),
     "en", ["E/RES/1983/50", "ST/ESA/STAT/SER.M/67/REV.4"]),
])
def test_emphasised_body_lines_parallel_its_boards_and_series_letters(text: str, lang: str, expected: list[str]) -> None:
    assert targets(text, lang) == expected


@pytest.mark.parametrize("text,lang,expected", [
    (("铭记其各项决议，特别是第 2671 F (XXV) 号、第 3411\nA、C 和 D (XXX) 号决议以及人权委员会 1967 年 3 月 16 日"
     "第 8 (XXIII) 号决议，"), "zh", ["A/RES/2671(XXV)", "A/RES/3411(XXX)", "E/CN.4/RES/8(XXIII)"]),
])
def test_old_numbers_with_listed_parts_and_the_commissions_roman_sessions(text: str, lang: str,
                                                                         expected: list[str]) -> None:
    assert targets(text, lang) == expected


def test_a_markdown_table_masthead_gives_the_symbol() -> None:
    r = extract_text("| 联合国 | A/HRC/60/26 |\n|---|---|\n| **大会** | Distr.: General |\n\n**人权理事会**\n\n"
                     "1. 理事会在第 54/35 号决议中请高级专员提交报告。\n", "zh")
    assert r.meta.id == "A/HRC/60/26"


@pytest.mark.parametrize("text,lang,expected", [
    # A conference named in full in its own body line; its bare numbers are its own.
    (("# 第 12/4 号决议\n\n*联合国打击跨国有组织犯罪公约缔约方会议*，\n\n回顾其第 9/2 和 10/2 号决议，\n\n"
     "2. 决定依照第 10/2 号决议第 5 段行事；\n"), "zh", ["CTOC/COP/RES/10/2", "CTOC/COP/RES/9/2"]),
    # "防止歧視及保護少數小組委員會", and a board's own decision after its date.
    ("人權理事會，\n\n又回顧防止歧視及保護少數小組委員會 1994 年 8 月 26 日第 1994/30 號決議，\n", "zh",
     ["E/CN.4/SUB.2/RES/1994/30"]),
    ("大会，\n\n注意到贸易和发展理事会 2024 年 10 月 11 日第 579 (LXXI) 号决定，\n", "zh", []),
])
def test_chinese_bodies_named_in_full_and_board_dates(text: str, lang: str, expected: list[str]) -> None:
    assert targets(text, lang) == expected



@pytest.mark.parametrize("text,lang,expected", [
    # An earlier "its" about a session or an annex does not make "and its resolution" the body named before.
    (("68/6. X\n\nThe Commission on Narcotic Drugs,\n\nRecalling the outcome document adopted by the General "
     "Assembly at its thirtieth special session, and its resolution 62/1 of 22 March 2019,\n"), "en", ["CND/RES/62/1"]),
    ("59/1. X\n\n人权理事会，\n\n回顾大会第 60/251 号决议及其附件，并回顾其第 52/6 号决议，\n", "zh",
     ["A/HRC/RES/52/6", "A/RES/60/251"]),
    # Old numbers past a few dozen are the Assembly's or the Council's, not a commission's.
    ("59/1. X\n\n人权理事会，\n\n注意到人权委员会第 2005/44 号决议，并回顾第 2200 A (XXI) 号决议，\n", "zh",
     ["A/RES/2200(XXI)", "E/CN.4/RES/2005/44"]),
    # "第七十四届执行会议": a board's session, not its number.
    ("大会，\n\n注意到贸易和发展理事会 2024 年 6 月 17 日第七十四届执行会议关于第 78/166 号决议的结论，\n", "zh",
     ["A/RES/78/166"]),
])
def test_its_after_a_session_old_numbers_and_board_sessions(text: str, lang: str, expected: list[str]) -> None:
    assert targets(text, lang) == expected


def test_an_old_number_past_the_councils_last_roman_session_is_another_bodys() -> None:
    # The Economic and Social Council numbered "N (ROMAN)" to its sixty-third session (1977).
    assert targets("大会，\n\n注意到 2025 年 10 月 10 日第 582 (LXXII) 号决定和经济及社会理事会第 1503 (XLVIII) 号决议，\n",
                   "zh") == ["E/RES/1503(XLVIII)"]



def test_a_chinese_line_opening_with_yiji_after_a_marker_goes_on() -> None:
    text = ("79/173. 赤贫与人权\n\n 大会，\n\n 还回顾人权理事会第 21/11 号决议，理事会在该决议中通过\n\n了《赤贫与人权指导原则》，\n3\n"
            " 以及理事会 2020 年 7 月 17 日第 44/13 号决议，\n\n 又回顾其第 78/1 号决议，\n")
    labels = {m.target: m.paragraph for m in extract_text(text, "zh").mentions if m.target_kind != "instrument"}
    assert labels == {"A/HRC/RES/21/11": "pp1", "A/HRC/RES/44/13": "pp1", "A/RES/78/1": "pp2"}



def test_a_volumes_running_header_mirrored_on_facing_pages_is_not_a_citation() -> None:
    text = ("大会第二十九届会议——补编第31号 (A/9631)                                  - 64 -\n\n"
            "    3348 (XXIX).  世界粮食会议\n\n    大会，\n\n    回顾其第 3180 (XXVIII) 号决议，\n\n"
            "- 65 -                                    大会第二十九届会议——补编第31号 (A/9631)\n\n"
            "    1. 请秘书长报告；\n")
    assert targets(text, "zh") == ["A/RES/3180(XXVIII)"]



def test_a_commission_named_as_a_topic_leaves_the_next_clause_to_its() -> None:
    text = ("2025/247. 人口与发展委员会的报告\n\n经济及社会理事会：\n\n又回顾其关于委员会今后组织和工作方法的 2016 年 6 月 2 日"
            "第 2016/25 号决议，以及其 2024 年 7 月 24 日第 2024/234 号决定，\n\n注意到人口与发展委员会在其第 2024/1 号决议中的建议，\n")
    assert targets(text, "zh") == ["E/CN.9/RES/2024/1", "E/DEC/2024/234", "E/RES/2016/25"]


def test_a_wrapped_line_taken_for_a_four_digit_footnote_label_goes_on() -> None:
    # A conversion read a wrapped line opening "2321 (2016)" as a footnote's label "[^2321]:".
    text = ("80/70. Test-ban Treaty\n\nThe General Assembly,\n\nUrging compliance with the relevant resolutions,[^4]\n\n"
            "---\n\n[^4]: Including Security Council resolutions 1718 (2006), 2270 (2016),\n"
            "[^2321]: (2016) and 2375 (2017).\n")
    r = extract_text(text, "en")
    got = sorted((m.target, m.paragraph) for m in r.mentions if m.target_kind != "instrument")
    assert got == [("S/RES/1718(2006)", "fn4"), ("S/RES/2270(2016)", "fn4"), ("S/RES/2321(2016)", "fn4"),
                   ("S/RES/2375(2017)", "fn4")]
    assert [text[m.start:m.end] for m in r.mentions if m.target == "S/RES/2321(2016)"] == ["2321]: (2016)"]


@pytest.mark.parametrize("text,lang,expected", [
    # "that council" is the council named before, not the text's own.
    (("第 2767（2025）號決議\n\n安全理事會，\n\n回顧人權理事會第 S-15/1 號決議；又回顧該理事會 2023 年 4 月 4 日"
      "關於利比亞的第 52/41 號決議，\n"), "zh", ["A/HRC/RES/52/41", "A/HRC/RES/S-15/1"]),
    # The Council's committees issue no resolutions: the bare number is the Council's, dated.
    ("第 2731（2024）号决议\n\n安全理事会，\n\n6. 请反恐怖主义委员会执行局依照 2021 年 12 月 30 日第 2617 号决议行事；\n",
     "zh", ["S/RES/2617(2021)"]),
    # A sentence that opens on its number goes on about the body the sentence before named.
    (("人权理事会，\n\n回顾人权委员会 1994 年 3 月 4 日第 1994/41 号决议设立了特别报告员的任务。第 2004/33 号决议进一步"
      "请特别报告员关注司法腐败问题，\n"), "zh", ["E/CN.4/RES/1994/41", "E/CN.4/RES/2004/33"]),
    ("大会，\n\n欢迎预防犯罪和刑事司法委员会第三十三届会议取得的成果。第 33/4 号决议请办公室继续协助会员国，\n", "zh",
     ["CCPCJ/RES/33/4"]),
    # The sentence before's subject, not a body it addresses.
    (("联合国 E/CN.7/2024/2\n\n麻醉药品委员会\n\n1. 委员会在第六十七届会议上通过了九项决议，并建议经济及社会理事会通过一项"
      "决议草案，供其转交大会。第 67/1 号决议请执行主任向委员会第六十八届会议提交报告。\n"), "zh", ["CND/RES/67/1"]),
    (("联合国 A/HRC/57/30\n\n人权理事会\n\n1. 本报告依照人权理事会第 54/15 号决议提交，理事会在该决议中请特别报告员向大会"
      "第七十九届会议提交报告。第 55/12 号决议请特别报告员继续工作。\n"), "zh", ["A/HRC/RES/54/15", "A/HRC/RES/55/12"]),
    # ... but only after a full stop, and only a body that could have issued it.
    ("大会，\n\n欢迎经济及社会理事会的工作。第 78/120 号决议请秘书长提出报告，\n", "zh", ["A/RES/78/120"]),
    # The Commission on the Status of Women has held some seventy sessions: "78/185" is the Assembly's.
    ("妇女地位委员会，\n\n4. 鼓励会员国依照第 78/185 号决议和第 56/1 号决议提供支助；\n", "zh",
     ["A/RES/78/185", "E/CN.6/RES/56/1"]),
    # The body named right after the number: "of the Sub-Commission", also after a date.
    (("The Economic and Social Council,\n\nTaking note of Commission on Human Rights resolution 1998/36 of 17 April "
      "1998, and of resolution 1997/21 of 27 August 1997 of the Sub-Commission on Prevention of Discrimination and "
      "Protection of Minorities, and of Economic and Social Council resolution 1867 (LVI) and of resolution\n"
      "4 (XXXI) of the Commission on Human Rights,\n"), "en",
     ["E/CN.4/RES/1998/36", "E/CN.4/RES/4(XXXI)", "E/CN.4/SUB.2/RES/1997/21", "E/RES/1867(LVI)"]),
    # A range of symbols whose one differing number is inside.
    ("大会，\n\n注意到区域筹备会议的报告（A/CONF.247/RPM.1/1 至 A/CONF.247/RPM.4/1），\n", "zh",
     ["A/CONF.247/RPM.1/1", "A/CONF.247/RPM.2/1", "A/CONF.247/RPM.3/1", "A/CONF.247/RPM.4/1"]),
    ("The Commission,\n\nHaving considered documents E/CN.7/2024/2 to E/CN.7/2025/2,\n", "en",
     ["E/CN.7/2024/2", "E/CN.7/2025/2"]),
])
def test_bodies_named_before_after_and_in_the_sentence_before(text: str, lang: str, expected: list[str]) -> None:
    assert targets(text, lang) == expected


@pytest.mark.parametrize("text,lang,expected", [
    # A table's caption names the commission of the bare numbers in its rows.
    (("A/79/178\n\n大会\n\n5. 委员会通过了四项决议。\n\n表 1\n\n麻醉药品委员会第六十七届会议通过的决议\n\n决议 标题\n\n"
      "第 67/1 号决议 加强预防药物使用的国际合作\n\n第 67/2 号决议 替代发展\n\n6. 大会第 78/226 号决议请秘书长报告。\n"),
     "zh", ["A/RES/78/226", "CND/RES/67/1", "CND/RES/67/2"]),
    (("A/80/166\n\n表 2\n研究所开展的主要活动\n\n活动      日期      任务授权\n"
      "                  （预防犯罪和刑事司法委员会决议）\n\n培训班     3 月      第 31/2 号决议\n\n"
      "注：大会第 78/226 号决议第 6 段亦请研究所开展此类活动。\n\n6. 依照第 33/3 号决议。\n"),
     "zh", ["A/RES/33/3", "A/RES/78/226", "CCPCJ/RES/31/2"]),
    (("A/79/100\n\nTable 1\n\nResolutions adopted by the Commission on Narcotic Drugs at its sixty-seventh session\n\n"
      "Resolution 67/1   International cooperation\n\nResolution 67/2   Alternative development\n\n"
      "6. The General Assembly, in its resolution 78/226, requested a report.\n"),
     "en", ["A/RES/78/226", "CND/RES/67/1", "CND/RES/67/2"]),
    # A header row naming another body holds for the rows under it.
    (("United Nations A/79/500\n\nGeneral Assembly\n\nTable 1\n\nIntergovernmental mandates on violence against women\n\n"
      "Commission on the Status of Women\n\nResolution 67/1 Ending violence against women and girls\n\n"
      "Human Rights Council\n\nResolution 50/7 Accelerating efforts to eliminate violence against women and girls\n\n"
      "Resolution 53/23 Elimination of discrimination against women and girls\n"), "en",
     ["A/HRC/RES/50/7", "A/HRC/RES/53/23", "E/CN.6/RES/67/1"]),
    # Prose about a table is no caption.
    ("A/79/100\n\n大会\n\n表 1 列出了人权理事会的会议。第 78/120 号决议请秘书长提出报告。\n", "zh", ["A/RES/78/120"]),
])
def test_a_tables_caption_names_the_issuer_of_its_rows(text: str, lang: str, expected: list[str]) -> None:
    assert targets(text, lang) == expected


def test_another_bodys_heading_number_and_a_volumes_header_are_not_the_own_id() -> None:
    unep = ("United Nations                       UNEP/EA.6/Res.11\n\nUnited Nations Environment Assembly of the\n"
            "United Nations Environment Programme\n\n6/11. Sustainable land management\n\n"
            "The United Nations Environment Assembly,\n\nRecalling General Assembly resolution 70/1,\n")
    r = extract_text(unep, "en")
    assert r.meta.id == "UNEP/EA.6/RES.11"
    assert [m.target for m in r.mentions if m.target_kind != "instrument"] == ["A/RES/70/1"]
    volume = ("A/79/49 (Vol. II) 三. 决定\n\n B. 未经发交主要委员会而通过的决定\n\n79/561. 大会的筹备工作\n\n"
              " 大会审议了决定草案（A/79/L.45），回顾其第 78/224 号决议。\n")
    r = extract_text(volume, "zh")
    assert r.meta.id == "A/DEC/79/561"
    assert sorted(m.target for m in r.mentions) == ["A/79/L.45", "A/RES/78/224"]


def test_a_page_number_beyond_the_barcode_and_the_running_header() -> None:
    text = ("E/RES/2012/19\n\n经济及社会理事会，\n\n还回顾其以往各项决议，\n\n包括第 2009/22 号、\n\n__________________\n\n"
            " 1 《联合国条约集》，第 2225 卷，第 39574 号。\n\n12-44718 (C) 150812\n\n*1244718*\n\nE/RES/2012/19\n\n2/2\n\n"
            "第 2010/17 号和第 2010/18 号决议，\n")
    assert targets(text, "zh") == ["E/RES/2009/22", "E/RES/2010/17", "E/RES/2010/18"]


def test_layout_mode_wraps_the_preamble_and_the_numbered_paragraphs_at_two_margins() -> None:
    pre = "            "  # the preamble's wrapped lines
    first = "                  "  # its first lines, and the paragraph numbers
    text = ("                  74/234. 第三个联合国消除贫穷十年\n\n                  大会，\n"
            f"{first}注意到经济及社会理事会 2019 年 6 月 6 日关于社会发展委员会未来组织和工\n"
            f"{pre}作方法的第 2019/4 号决议，以及社会发展委员会第五十七届会议通过的第 57/1 号\n{pre}决议，\n"
            f"{first}又注意到人权理事会关于极端贫困与人权的第 35/19 号决议，以及联合国环境\n"
            f"{pre}大会 2019 年 3 月 15 日关于实现可持续消费和生产的创新途径的第 4/1 号决议，\n"
            f"{first}确认国际劳工组织 2012 年《社会保护底线建议书》的重要性，并注意到世界上仍有约\n"
            f"{pre}40 亿人未享有任何形式的社会保护，\n"
            f"{first}1.    注意到秘书长的报告；\n"
            f"{first}2.    重申消除一切形式和表现的贫穷是世界面临的最大全\n"
            f"{first}      球挑战，并重申第 72/233 号决议第 2 段和第 70/1 号决议所载可持续发展目\n"
            f"{first}      标 1；\n"
            f"{first}3.    鼓励会员国依照第 72/233 号决议第 14 段，建立国家社会保护制度和措\n"
            f"{first}      施，并回顾第 69/313 号决议；\n")
    r = extract_text(text, "zh")
    assert sorted({m.target for m in r.mentions if m.target_kind != "instrument"}) == [
        "A/HRC/RES/35/19", "A/RES/69/313", "A/RES/70/1", "A/RES/72/233", "E/CN.5/RES/57/1", "E/RES/2019/4"]
    labels = sorted({(m.paragraph, m.target) for m in r.mentions if m.target_kind != "instrument"})
    assert labels[:3] == [("op2", "A/RES/70/1"), ("op2", "A/RES/72/233"), ("op3", "A/RES/69/313")]
    assert ("pp2", "A/HRC/RES/35/19") in labels and ("pp1", "E/RES/2019/4") in labels


@pytest.mark.parametrize("text,expected", [
    # An old number after "和" goes on with the list before it.
    ("经济及社会理事会，\n\n回顾其 1946 年 2 月 16 日第 8 (I) 号决议和 1946 年 6 月 21 日第 8 (II) 号决议以及第 1139 (XLI) 号决议，\n",
     ["E/RES/1139(XLI)", "E/RES/8(I)", "E/RES/8(II)"]),
    # ... but not one inside the Assembly's own numbers of its session.
    ("经济及社会理事会，\n\n回顾其 1970 年 5 月 27 日第 1503 (XLVIII) 号决议和 1966 年 12 月 16 日第 2200 A (XXI) 号决议，\n",
     ["A/RES/2200(XXI)", "E/RES/1503(XLVIII)"]),
    # A body inside a topic ("A 与 B 之间的合作") issues nothing.
    (("联合国 E/2024/28-E/CN.7/2024/15\n\n麻醉药品委员会\n\n3. 委员会通过的下列决议和决定：第 67/5 号决议    加强委员会与人权理事会"
      "之间的合作第 67/1 号决定    将一种物质列入附表\n"), ["CND/DEC/67/1", "CND/RES/67/5"]),
    # A volume's running header in the middle of a list.
    (("第 866 (1993) 号决议\n\n安全理事会，\n\n重申其关于利比里亚局势的第 788 (1992)、813 (1993) 和\n\n"
      "安全理事会决议和决定—1993 年                         105\n\n856 (1993) 号决议，\n"),
     ["S/RES/788(1992)", "S/RES/813(1993)", "S/RES/856(1993)"]),
    # A running header with digits in its title, beside the job number, and the page number after it.
    (("E/RES/2024/3\n\n经济及社会理事会，\n\n注意到人口与发展委员会第 2016/1 号决议，以及其通过的第\n"
      "24-10472 (C) 140624\n*2410472*\nE/RES/2024/3 2030 年世界人口和住房普查方案\n2/2\n2024/1 号决议，\n"),
     ["E/CN.9/RES/2016/1", "E/CN.9/RES/2024/1"]),
])
def test_lists_going_on_over_words_topics_and_page_furniture(text: str, expected: list[str]) -> None:
    assert targets(text, "zh") == expected


def test_bare_numbers_in_a_tables_cells_take_the_column_header_or_the_caption() -> None:
    rows = ("A/80/142\n\n大会\n\n1. 委员会通过了决议（见表 1）。\n\n            表 1\n"
            "            预防犯罪和刑事司法委员会第三十四届会议通过的决议和决定\n\n"
            "            类型    编号      标题                                          通过日期\n"
            "            决议    34/1      加强刑事司法系统应对网络犯罪的能力            2025 年 5 月 23 日\n"
            "            决定    34/1      委员会第三十五届会议专题讨论的主题            2025 年 5 月 22 日\n\n"
            "            表 2\n            与本方案相关的决议\n\n"
            "            麻醉药品委员会决议    主题                                  相关大会决议\n"
            "            68/1                  毒品贩运与有组织犯罪的联系            79/188\n"
            "            68/5a                 监狱环境中的毒品相关问题              79/181\n\n"
            "            a 以 36 票对 2 票、3 票弃权，经记录表决获得通过。\n\n"
            "  2.        大会在第 79/188 号决议中请秘书长提出报告，并注意到第 2 段。\n")
    assert targets(rows, "zh") == ["A/RES/79/181", "A/RES/79/188", "CCPCJ/DEC/34/1", "CCPCJ/RES/34/1",
                                   "CND/RES/68/1", "CND/RES/68/5"]


@pytest.mark.parametrize("text,expected", [
    # 其 of "在该届会议上" is the body whose session was just named.
    ("大会，\n\n欢迎预防犯罪和刑事司法委员会第三十三届会议的工作，并注意到其在该届会议上通过的第 33/1 至 33/2 号决议，\n",
     [("CCPCJ/RES/33/1", ""), ("CCPCJ/RES/33/2", "")]),
    ("大会，\n\n欢迎预防犯罪和刑事司法委员会第三十三届会议的工作，并注意到其第 33/1 号决议，\n", [("A/RES/33/1", "")]),
    # A date before a topic before the number is the number's: the Council number takes its year.
    ("第 2799（2025）号决议\n\n安全理事会，\n\n回顾其 2017 年 12 月 21 日关于外国恐怖主义作战人员的第 2396 号决议，\n",
     [("S/RES/2396(2017)", "2017-12-21")]),
])
def test_that_session_and_a_date_before_a_topic(text: str, expected: list[tuple[str, str]]) -> None:
    assert sorted((m.target, m.date) for m in extract_text(text, "zh").mentions) == expected


def test_a_volumes_mirrored_header_on_the_first_line_is_not_a_citation() -> None:
    text = ("        E/2024/99                                                            三. 决定\n\n"
            "        B. 2024 年会议管理部分通过的决定\n\n        2024/258. 非政府组织委员会的报告\n\n"
            "        在 2024 年 7 月 23 日第 45 次全体会议上，经济及社会理事会注意到该委员会的报告（E/2024/32 (Part II)）。\n")
    r = extract_text(text, "zh")
    assert r.meta.id == "E/DEC/2024/258"
    assert [m.target for m in r.mentions] == ["E/2024/32(PARTII)"]


@pytest.mark.parametrize("name,expected", [
    # A gap after an unknown paragraph label is no table row.
    ("a2", ["A/HRC/RES/55/12", "A/RES/48/141", "A/RES/78/120"]),
    # The subject of the sentence before, not a mandate it cites.
    ("b1", ["A/RES/79/181", "CCPCJ/RES/34/1"]),
    # A report's date is not the Council number's: the year the text gives wins.
    ("f2", ["S/RES/1612(2005)"]),
    # A page's last line of prose opening with a symbol is no running header.
    ("g3", ["S/2024/123", "S/RES/2719(2023)"]),
    # "其第三十三届会议…，并注意到其在该届会议上" is the text's own body.
    ("s1", ["CCPCJ/RES/33/1"]),
    # "表 2 所列各项决议均有助于实现第 70/1 号决议所载…": the Assembly's; two-column table rows.
    ("d1", ["A/RES/70/1", "CND/RES/68/1", "CND/RES/68/5"]),
    # A row's own kind wins over a column headed "决议/决定编号".
    ("c1", ["CCPCJ/DEC/34/1", "CCPCJ/RES/34/1", "CCPCJ/RES/34/2", "E/2025/30"]),
])
def test_reviewed_table_subject_date_and_header_cases(name: str, expected: list[str]) -> None:
    assert targets(REVIEWED[name], "zh") == expected


REVIEWED = {
    "a2": ("  联 合 国                                                              A/80/6 (Sect. 24)\n\n"
           "  大    会                                                    Distr.: General\n\n第八十届会议\n\n"
           "            第 24 款\n            人权\n\n"
           "  24.1      本款所列方案由联合国人权事务高级专员办事处负责执行，其任务规定源自人权理事会第\n"
           "            55/12 号决议和大会第 48/141 号决议。\n  24.2      本方案的战略方向依照大会第 78/120 号决议确定。\n"),
    "b1": ("联合国 A/80/142\n\n大会\n\n1. 依照大会第 79/181 号决议，预防犯罪和刑事司法委员会第三十四届会议通过了五项决议和"
           "一项决定。第 34/1 号决议请会员国加强应对网络犯罪的能力。\n"),
    "f2": ("第 2800（2025）号决议\n\n安全理事会，\n\n回顾其第 1612（2005）号决议和关于儿童与武装冲突问题的所有相关决议，\n\n"
           "欢迎秘书长 2025 年 6 月 17 日关于儿童与武装冲突问题的年度报告所述的第 1612 号决议监测和报告机制的工作，\n"),
    "g3": ("S/2025/210\n\n安全理事会\n\n1. 本报告依照第 2719（2023）号决议提交。秘书长在载于\nS/2024/123 号文件的 2024 年 "
           "2 月 14 日信中提出的建议\n24-10472 (C) 140624\n*2410472*\nS/2025/210\n2/6\n已由安全理事会审议。\n"),
    "s1": ("第 33/2 号决议\n\n预防犯罪和刑事司法委员会，\n\n回顾其第三十三届会议续会期间与麻醉药品委员会举行的联席会议，"
           "并注意到其在该届会议上通过的第 33/1 号决议，\n"),
    "d1": ("  联 合 国                                                              A/80/142\n\n"
           "  大    会                                                    Distr.: General\n\n"
           "  5.        麻醉药品委员会第六十八届会议通过了下列决议（见表 2）。\n\n            表 2\n"
           "            麻醉药品委员会第六十八届会议通过的决议\n\n            决议      标题\n"
           "            68/1      毒品贩运与有组织犯罪的联系\n            68/5      监狱环境中的毒品相关问题\n\n"
           "  6.        表 2 所列各项决议均有助于实现第 70/1 号决议所载的可持续发展目标。\n\n"),
    "c1": ("  联 合 国                                                              A/80/142\n\n"
           "  大    会                                                    Distr.: General\n\n"
           "  2.        委员会第三十四届会议通过了两项决议和一项决定（见表 1）。\n\n            表 1\n"
           "            预防犯罪和刑事司法委员会第三十四届会议通过的决议和决定\n\n"
           "            类型    决议/决定编号    标题                                  通过日期\n"
           "            决议    34/1             加强刑事司法系统应对网络犯罪的能力    2025 年 5 月 23 日\n"
           "            决议    34/2             为第十五届预防犯罪大会开展的筹备工作  2025 年 5 月 23 日\n"
           "            决定    34/1             委员会第三十五届会议专题讨论的主题    2025 年 5 月 22 日\n\n"
           "            资料来源：《经济及社会理事会正式记录，2025 年，补编第 10 号》（E/2025/30），第一章。\n\n"),
}


def test_typed_print_notes_numbered_with_a_slash() -> None:
    # Typed prints mark notes "1/" in the text and below it, after the closing lines.
    text = ("     Guided by the Universal Declaration of Human Rights, 1/ and recalling its\n"
            "resolutions 3382 (XXX) and 31/\n33 of 30 November 1976,\n\n"
            "     Recalling the Joint Declaration 2/ signed at Geneva,\n\n"
            "     1.  Decides to remain seized of the matter.\n\n"
            "                                   90th plenary meeting\n"
            "                                   3 December 1982\n\n"
            "1/    Resolution 217 A (III).\n\n2/    S/24476, annex.\n")
    r = extract_text(text, "en")
    got = {(m.target, m.paragraph) for m in r.mentions if m.target_kind != "instrument" and m.via != "footnote"}
    assert got == {("A/RES/217(III)", "fn1"), ("S/24476", "fn2"), ("A/RES/3382(XXX)", ""), ("A/RES/31/33", "")}
    assert ("instrument:UDHR", "A/RES/217(III)") in {(m.source, m.target) for m in r.mentions}
    # A number broken at its slash is no marker where the notes are not numbered so.
    r = extract_text("Recalling its resolution 31/\n33 of 30 November 1976, 1/ and\n", "en")
    assert [m.target for m in r.mentions] == ["A/RES/31/33"]
    text = ("大会，\n\n 审议了世界粮食会议的报告1/、会议筹备委员会的报告，\n\n"
            "                     第 2325 次全体会议\n                   1974 年 12 月 17 日\n\n"
            "    1/  E/CONF.65/20。\n")
    r = extract_text(text, "zh")
    assert [(m.target, m.paragraph) for m in r.mentions] == [("E/CONF.65/20", "fn1")]


@pytest.mark.parametrize("text,lang,expected", [
    # A lettered range with a hyphen, in Chinese as in English.
    ("大会，\n\n回顾其第 79/255 A-C 号决议，\n", "zh", ["A/RES/79/255A", "A/RES/79/255B", "A/RES/79/255C"]),
    # The budget's introduction is a part of its own; a part's corrigendum.
    ("见 A/80/6 (Introduction)、A/80/6 (Sect. 3) 和 A/80/6 (Sect. 29A)。", "zh",
     ["A/80/6(INTRODUCTION)", "A/80/6(SECT.29A)", "A/80/6(SECT.3)"]),
    ("注意到委员会的报告（E/2025/32 (Part I) 和 Corr.1）；", "zh", ["E/2025/32(PARTI)", "E/2025/32(PARTI)/CORR.1"]),
    ("Taking note of the report (E/2025/32 (Part I) and Corr.1),", "en",
     ["E/2025/32(PARTI)", "E/2025/32(PARTI)/CORR.1"]),
    # A hyphen inside a component is not a joint symbol; a joint symbol's part starts with a series.
    ("（见 UNEP/SPP-CWP/IM.1/7）", "zh", ["UNEP/SPP-CWP/IM.1/7"]),
    ("（A/80/374-S/2025/566）", "zh", ["A/80/374", "S/2025/566"]),
    ("见 SAICM/ICCM.5/7，附件三。", "zh", ["SAICM/ICCM.5/7"]),
])
def test_part_symbols_lettered_ranges_and_hyphens(text: str, lang: str, expected: list[str]) -> None:
    assert targets(text, lang) == expected


def test_a_mirrored_page_header_with_one_space() -> None:
    # An annual volume's page pair: "E/2025/99 三. 决定" and "三. 决定 E/2025/99".
    text = ("E/2025/99 三. 决定\n\n 2025/264. 统计委员会的报告\n\n 经济及社会理事会注意到统计委员会的报告（E/2025/24）；\n\n"
            " — 71 —\n\n三. 决定 E/2025/99\n\n 2025/265. 人口与发展委员会的报告\n\n 经济及社会理事会注意到报告（E/2025/25）；\n")
    r = extract_text(text, "zh")
    assert r.meta.id == "E/DEC/2025/264"
    assert targets(text, "zh") == ["E/2025/24", "E/2025/25"]


def test_a_council_table_under_a_bare_caption() -> None:
    # "表" alone, a caption naming the Council, a "决议" column of bare "2174 (2014)" cells,
    # one wrapped onto a line of its own.
    text = ("S/2025/781\n\n 8.   下表概述安全理事会关于利比亚的现行授权和措施。\n\n\n"
            "          表\n          安全理事会关于利比亚的现行授权和措施\n\n"
            "          决议                 授权或措施                     到期日期\n"
            "          2769 (2025)          联利支助团的任务               2026 年 1 月 31 日\n"
            "          1970 (2011)、        专家小组                       2026 年 5 月 15 日\n"
            "          2174 (2014)\n\n 9.   我欢迎安全理事会第 2769 (2025) 号决议。\n")
    assert targets(text, "zh") == ["S/RES/1970(2011)", "S/RES/2174(2014)", "S/RES/2769(2025)"]
    # Without the Council named over the rows, a bare "2174 (2014)" is nobody's.
    text = text.replace("安全理事会关于利比亚", "关于利比亚")
    assert targets(text, "zh") == ["S/RES/2769(2025)"]


@pytest.mark.parametrize("text,expected", [
    # "，以及其" after a commission named: 其 is the text's own body again.
    (("经济及社会理事会，\n\n 回顾其第 11 (II) 号决议，理事会在该决议中确定了妇女地位委员会的职权范围，"
     "以及其 1947 年 8 月 5 日第 76 (V) 号决议，\n"), ["E/RES/11(II)", "E/RES/76(V)"]),
    # A note's bare number is the one the text gave a body before.
    (("人权理事会，\n\n 回顾大会关于司法中的人权的各项决议，包括第 40/33 号决议，\n\n 1. 决定；\n\n"
     "__________________\n\n 4 第 40/33 号决议，附件。\n"), ["A/RES/40/33"]),
    # 理事会 alone: the council the text gave the number to, or the one the paragraph before names.
    (("大会，\n\n 回顾人权理事会关于发展权的所有决议，包括理事会第 42/23 号决议，\n\n 注意到人权理事会第 4/4 号决议"
     "延续的工作组的报告，\n\n 又注意到工作组根据理事会第 54/18 号决议审议的公约草案，\n\n"
     " 1. 欢迎工作组依照理事会第 42/23 号决议第 5 段开展的工作；\n"),
     ["A/HRC/RES/4/4", "A/HRC/RES/42/23", "A/HRC/RES/54/18"]),
    # Another assembly's own numbers.
    ("大会，\n\n 注意到统计委员会的工作，\n\n 2. 请会员国依照人居大会第 2/1 号决议执行计划；\n", []),
    # The Convention's title right before a number: its conference's.
    (("表 1\n\n 机构 文号 主题 预防犯罪和刑事司法委员会 第 34/2 号决定 委员会工作方法《联合国打击跨国有组织犯罪公约》"
     " 第 12/1 号决议 审议机制的运作缔约方会议 第 12/3 号决定 工作组的组织\n"),
     ["CCPCJ/DEC/34/2", "CTOC/COP/DEC/12/3", "CTOC/COP/RES/12/1"]),
])
def test_whose_number_round_21(text: str, expected: list[str]) -> None:
    assert targets(text, "zh") == expected


def test_a_masthead_column_does_not_make_flush_text_a_layout() -> None:
    # The masthead's right-hand column is set far in; the text itself is flush, one line a paragraph.
    text = ("                                                             E/CN.15/RES/34/5\n\n"
            "预防犯罪和刑事司法委员会                                     Distr.: General\n\n"
            "                                                             30 May 2025\n\n"
            "                                                             Chinese\n\n"
            "第 34/5 号决议\n\n加强国际合作\n\n预防犯罪和刑事司法委员会，\n\n"
            "回顾大会 2024 年 12 月 24 日第 79/243 号决议，\n\n又回顾大会核可第十四届大会所通过宣言的第 76/181 号决\n\n"
            "议，并注意到该大会的报告（A/CONF.234/16），\n\n回顾其第 33/1 号决议和第 32/2 号决议，以及其第 31/1 号决定，\n\n"
            "1. 敦促会员国考虑签署；\n")
    got = targets(text, "zh")
    assert {"CCPCJ/DEC/31/1", "CCPCJ/RES/32/2", "CCPCJ/RES/33/1", "A/RES/76/181"} <= set(got)
    assert not {"A/DEC/31/1", "A/RES/32/2", "A/RES/33/1"} & set(got)


@pytest.mark.parametrize("text,lang,expected", [
    # The Human Rights Council's report to the Assembly: "理事会" and "其" are that council.
    (("                    A/80/53\n\n第一章\n\n 1. 理事会在第 58/12 号决议中请高级专员编写报告。理事会在第 58/116 号决定中回顾其"
     "第 57/101 号决定。\n"), "zh", ["A/HRC/DEC/57/101", "A/HRC/DEC/58/116", "A/HRC/RES/58/12"]),
    # A report printed as a supplement: the decisions headed in it are its texts, not its id.
    ((" 联 合 国                                           E/2023/28-E/CN.7/2023/13\n 经济及社会理事会\n\n"
     "               麻醉药品委员会\n               第六十六届会议报告\n\n               经济及社会理事会正式记录，2023 年\n"
     "               补编第 8 号\n\n 第一章\n\n                                   第 66/1 号决定\n"
     "       在 2023 年 3 月 15 日第 7 次会议上，委员会决定将该物质列入附表一。\n"), "zh", ["CND/DEC/66/1"]),
    # A part's series printed again after 至; a summary record's next number after "and".
    ("文件：委员会收到的非政府组织的声明（E/CN.5/2025/NGO/1 至NGO/5）；", "zh",
     [f"E/CN.5/2025/NGO/{k}" for k in range(1, 6)]),
    ("(see A/C.6/80/SR.29 and 30),", "en", ["A/C.6/80/SR.29", "A/C.6/80/SR.30"]),
    # "its" is the Commission the clause is about.
    (("79/300. Crime\n\nThe General Assembly,\n\nNoting the work of the Commission on Crime Prevention and Criminal "
     "Justice,\n\n2. Invites the Commission to continue its work on the follow-up to "
     "its resolution 34/3;\n\n4. Requests a report, in consultation with the Commission, which in its resolution 33/1 "
     "requested an overview;\n\n5. Recalls its resolution 70/1;\n"), "en",
     ["A/RES/70/1", "CCPCJ/RES/33/1", "CCPCJ/RES/34/3"]),
    # The Conference of the States Parties "to the Convention" the text names.
    (("79/300. Corruption\n\nThe General Assembly,\n\nRecalling the United Nations Convention against Corruption and the "
      "resolutions of the Conference of the States Parties to the Convention, in particular resolution 10/1,\n"),
     "en", ["CAC/COSP/RES/10/1"]),
])
def test_reports_ranges_and_whose_its_round_22(text: str, lang: str, expected: list[str]) -> None:
    assert targets(text, lang) == expected


def test_an_english_table_of_mandates_by_body() -> None:
    text = ("A/80/287\n\n1. The mandates are listed in table 1.\n\n"
            "                                                                           Table 1\n"
            "                                    Mandates addressed in the present report\n\n"
            " Body / resolution        Date of adoption          Paragraph(s)    Subject\n"
            " General Assembly\n"
            "   64/293                 30 July 2010              61              Global Plan of Action\n"
            " Human Rights Council\n"
            "   44/4                   16 July 2020              9               Special Rapporteur\n"
            " Economic and Social Council\n"
            "   2024/18                23 July 2024              3               Victim assistance\n\n"
            "2. The Protocol now has 182 parties.\n")
    assert targets(text, "en") == ["A/HRC/RES/44/4", "A/RES/64/293", "E/RES/2024/18"]


# Review cases: "其他"/"其后" are not "its"; "that it adopted"; typed prints' "1/" markers
# wrapped to a line's start, symbols and numbers broken at a slash; a lone cell; a report's paragraph.
@pytest.mark.parametrize("text,lang,expected", [
    ('大会，\n回顾人权理事会 2007 年 6 月 18 日第 5/1 号决议，以及其他相关决议，包括第 52/1 号决议，\n',
     'zh', ['A/HRC/RES/5/1', 'A/HRC/RES/52/1']),
    ('大会，\n回顾麻醉药品委员会第 60/1 号决议，以及其他所有相关决议，例如第 62/4 号决议，\n',
     'zh', ['CND/RES/60/1', 'CND/RES/62/4']),
    ('大会，\n回顾人权理事会第 5/1 和 5/2 号决议，以及其后关于这一问题的各项决议，包括第 52/1 号决议，\n',
     'zh', ['A/HRC/RES/5/1', 'A/HRC/RES/5/2', 'A/HRC/RES/52/1']),
    ('大会，\n欢迎人权理事会第 53/1 号决议，以及其于 2023 年 7 月 12 日通过的第 53/2 号决议，\n',
     'zh', ['A/HRC/RES/53/1', 'A/HRC/RES/53/2']),
    ('大会，\n注意到麻醉药品委员会第六十七届会议的报告，以及其第六十七届会议通过的第 67/1 号决议，\n',
     'zh', ['CND/RES/67/1']),
    ('     37/40.   Question of something\n\n     The General Assembly,\n\n     Having considered the report of the Working Group (E/CN.4/\n1982/8) and the report of the Conference (A/CONF.62/\n122),\n\n     Guided by the Universal Declaration of Human Rights, 1/\n\n     1.   Decides to consider this question at its thirty-eighth session.\n\n                                                             90th plenary meeting\n                                                             3 December 1982\n\n\n1/    Resolution 217 A (III).\n',
     'en', ['A/CONF.62/122', 'A/RES/217(III)', 'E/CN.4/1982/8']),
    ('     37/40.   Question of something\n\n     The General Assembly,\n\n     Recalling its resolutions 3382 (XXX) of 10 November 1975, 31/33 of\n30 November 1976, 32/\n105 of 14 December 1977 and 36/11 of 28 October 1981,\n\n     Guided by the Universal Declaration of Human Rights, 1/\n\n     1.   Decides to consider this question at its thirty-eighth session.\n\n                                                             90th plenary meeting\n                                                             3 December 1982\n\n\n1/    Resolution 217 A (III).\n',
     'en', ['A/RES/217(III)', 'A/RES/31/33', 'A/RES/32/105', 'A/RES/3382(XXX)', 'A/RES/36/11']),
    ('3459 (XXX). 联合国工业发展组织\n\n大会，\n\n    回顾其第 3201 (S-VI) 号决议以及第 31/\n178 号决议，\n\n    注意到秘书长的报告，1/ 以及理事会第 31/\n2 号决议，\n\n                     第 2325 次全体会议\n                   1975 年 12 月 11 日\n\n    1/  A/10232 和 Corr.1。\n',
     'zh', ['A/10232', 'A/10232/CORR.1', 'A/RES/31/178', 'A/RES/31/2', 'A/RES/3201(S-VI)']),
    ('A/80/100\n\n 8.   下表列出有关决议。\n\n\n          表 1\n          关于发展权的决议\n\n          大会决议          人权理事会决议          主题\n          74/152            42/23                   发展权\n                            52/1                    工作组\n          75/182            51/7                    其他\n\n 9.   我欢迎上述决议。\n',
     # "52/1" under a blank cell is in the second column by its position.
     'zh', ['A/HRC/RES/42/23', 'A/HRC/RES/51/7', 'A/HRC/RES/52/1', 'A/RES/74/152', 'A/RES/75/182']),
])
def test_review_cases_of_round_22(text: str, lang: str, expected: list[str]) -> None:
    assert targets(text, lang) == expected


@pytest.mark.parametrize("text,lang,expected", [
    ('     37/40.   Question of something\n\n     The General Assembly,\n\n     Guided by the Universal Declaration of Human Rights,\n1/ the International Convention on the Elimination of All Forms of Racial\nDiscrimination and Economic and Social Council resolution 1503 (XLVIII),\n\n     Recalling its resolution 36/172 A of 17 December 1981,\n\n     1.   Decides to consider this question at its thirty-eighth session.\n\n                                                             90th plenary meeting\n                                                             3 December 1982\n\n\n1/    Resolution 217 A (III).\n',
     'en', [('A/RES/217(III)', 'fn1'), ('A/RES/36/172A', 'pp2'), ('E/RES/1503(XLVIII)', 'pp1')]),
    ('3459 (XXX). 联合国工业发展组织\n\n大会，\n\n    注意到秘书长的报告\n2/ 以及工业发展理事会第九届会议的报告，并回顾其第 3362 (S-VII) 号决议，\n\n    1.  决定继续审议这个问题；\n\n                     第 2325 次全体会议\n                   1975 年 12 月 11 日\n\n    2/  A/10232 和 Corr.1。\n',
     'zh', [('A/10232', 'fn2'), ('A/10232/CORR.1', 'fn2'), ('A/RES/3362(S-VII)', 'pp1')]),
])
def test_a_slash_marker_wrapped_to_a_line_start_is_no_note(text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    r = extract_text(text, lang)
    assert sorted({(m.target, m.paragraph) for m in r.mentions if m.target_kind != "instrument"}) == expected


@pytest.mark.parametrize("text,lang", [
    ('80/1. Something\n\nThe General Assembly,\n\nRecalling the Declaration on the Right to Development,1\n\n1. Decides to remain seized of the matter.\n\n__________________\n\n1 See A/HRC/54/22, para. 12.\n', 'en'),
    ('80/1. 标题\n\n大会，\n\n回顾《发展权利宣言》，1\n\n1. 决定继续处理此案。\n\n__________________\n\n1 见 A/HRC/54/22，第 12 段。\n', 'zh'),
])
def test_a_reports_paragraph_does_not_hold_a_declaration(text: str, lang: str) -> None:
    assert not extract_text(text, lang).instruments


@pytest.mark.parametrize("text,expected", [
    # A Council number broken before its year after a full-width one is no footnote marker.
    ("安全理事会，\n\n 重申其各项决议，包括第 958 (1994)、９５９（１９９４）、967\n  (1994) 和 970 (1995) 号决议，\n",
     ["S/RES/958(1994)", "S/RES/959(1994)", "S/RES/967(1994)", "S/RES/970(1995)"]),
    # The body a resolution established is its topic: 其 is the Assembly.
    ("大會，\n\n 回顧經濟及社會理事會第 672 (XXV) 號決議，並回顧其 1957 年 11 月 26 日設立執行委員會的第 1166 (XII) 號決議，\n",
     ["A/RES/1166(XII)", "E/RES/672(XXV)"]),
])
def test_round_23_chinese(text: str, expected: list[str]) -> None:
    assert targets(text, "zh") == expected


_SC_HEAD = ("Security Council\n\nResolution 2800 (2025)\n\nAdopted by the Security Council at its 9999th "
            "meeting, on 1 May 2025\n\nThe Security Council,\n\n")
_HRC_HEAD = "Human Rights Council\n\n58/1. Title\n\nThe Human Rights Council,\n\n"


@pytest.mark.parametrize("text,expected", [
    # The topic between "resolutions" and a list of the Council's numbers.
    (_SC_HEAD + "Recalling its resolutions on youth, peace and security 2250 (2015), 2419 (2018) and\n"
     "2535 (2020), and its resolutions on women and peace and security 1325 (2000) of\n31 October 2000 and 1820 (2008),\n",
     ["S/RES/1325(2000)", "S/RES/1820(2008)", "S/RES/2250(2015)", "S/RES/2419(2018)", "S/RES/2535(2020)"]),
    # The body named after a list's last item issued every item.
    (_HRC_HEAD + "Recalling also Commission on Human Rights resolutions 2003/1 and 2004/2, and resolutions\n"
     "1991/12 of 26 August 1991 and 1998/9 of 20 August 1998 of the Sub-Commission on the\n"
     "Promotion and Protection of Human Rights,\n",
     ["E/CN.4/RES/2003/1", "E/CN.4/RES/2004/2", "E/CN.4/SUB.2/RES/1991/12", "E/CN.4/SUB.2/RES/1998/9"]),
    ("The General Assembly,\n\nRecalling resolutions 1991/12 and 1998/9 of the Economic and Social Council,\n",
     ["E/RES/1991/12", "E/RES/1998/9"]),
    # Other organizations' conferences and assemblies number their own texts.
    (_SC_HEAD + "Recalling UNESCO General Conference resolution 29 of 12 November 1997, and United Nations\n"
     "Human Settlements Programme Assembly resolution 2/7 of 9 June 2023,\n", []),
    (_HRC_HEAD + "Recalling UNESCO General Conference resolution 29 of 12 November 1997, the Assembly of the\n"
     "United Nations Human Settlements Programme, in its resolution 2/7, and FAO Conference resolution 3/2021,\n",
     []),
])
def test_round_23_english(text: str, expected: list[str]) -> None:
    assert targets(text, "en") == expected


@pytest.mark.parametrize("text,lang,expected", [
    # An annex table whose columns are bodies, with blank cells: a cell's column is where it is printed.
    (("A/80/305\n\nAnnex\n\nTable 1\nMandates by body\n\n"
     "Topic                     General Assembly     Security Council      Human Rights Council\n"
     "Children                  79/160, 77/205       2427 (2018)           55/29\n"
     "Counter-terrorism                              2396 (2017)\n"
     "Migrants                  78/195                                     54/12\n"
     "Trafficking               79/183               2388 (2017)\n\n"
     "Source: compiled by the Secretariat.\n"), "en",
     ["A/HRC/RES/54/12", "A/HRC/RES/55/29", "A/RES/77/205", "A/RES/78/195", "A/RES/79/160",
      "A/RES/79/183", "S/RES/2388(2017)", "S/RES/2396(2017)", "S/RES/2427(2018)"]),
    # A row's body cell, and a blank one under it that carries it down.
    (("A/80/100\n\n表 1\n\n相关决议\n\n机构                    决议          标题\n\n"
     "大会                    79/150        贩运妇女和女童\n\n"
     "妇女地位委员会          66/1          关于妇女和女童的决议\n\n"
     "                        68/2          妇女经济赋权\n\n"
     "人权理事会              56/3          人权与贩运\n\n注：资料来源于各机构。\n"), "zh",
     ["A/HRC/RES/56/3", "A/RES/79/150", "E/CN.6/RES/66/1", "E/CN.6/RES/68/2"]),
    # Aligned in a fixed-width font's columns, where a Chinese character takes two.
    (("A/80/100\n\n表 1\n\n机构名称（委员会或理事会）    决议    标题\n\n"
     "妇女地位委员会                66/1    妇女\n\n"
     "                              68/2          经济\n\n注：略。\n"), "zh",
     ["E/CN.6/RES/66/1", "E/CN.6/RES/68/2"]),
])
def test_a_tables_blank_cells_and_body_cells(text: str, lang: str, expected: list[str]) -> None:
    assert targets(text, lang) == expected


def test_a_decisions_page_with_its_part_title_over_the_volume_symbol() -> None:
    # "三. 决定" over "A/79/49 (Vol. II)" on each page, the decision's number on a line of its own.
    text = ("三. 决定\nA/79/49 (Vol. II)\nB. 选举和任命\n79/520.\n任命行政和预算问题咨询委员会成员\n"
            "在 2024 年 11 月 13 日第 38 次全体会议上，大会依照其 1946\n年 2 月 13 日第 14 (I) A 号决议，"
            "并回顾其第 75/290 A\n__________________\n53 A/79/571，第 6 段。\n86\nA/79/49 (Vol. II)\n三. 决定\n"
            "号决议，同时注意到理事会第 2024/258 号决定。\n")
    r = extract_text(text, "zh")
    assert (r.meta.id, r.meta.id_source, r.meta.title) == ("A/DEC/79/520", "heading", "任命行政和预算问题咨询委员会成员")
    assert targets(text, "zh") == ["A/79/571", "A/RES/14(I)", "A/RES/75/290A", "E/DEC/2024/258"]


def test_a_joint_symbol_on_two_lines_names_the_commission_of_the_report() -> None:
    text = ("E/2025/27\nE/CN.6/2025/15\n联合国\n妇女地位委员会\n第六十九届会议报告\n经济及社会理事会\n"
            "正式记录，2025 年\n补编第 7 号\n第一章\nB. 提请理事会注意的事项\n"
            "2. 提请理事会注意委员会通过的第 69/1 号决议：\n第 69/1 号决议\n被劫为人质的妇女和儿童\n"
            "妇女地位委员会，\n回顾大会第 34/146 号决议，\n第 69/102 号决定\n委员会第七十届会议临时议程\n"
            "在同次会议上，委员会决定依照\n其第 68/101 号决定将会期定为 2026 年 3 月 9 日至 20 日。\n")
    r = extract_text(text, "zh")
    assert (r.meta.id, r.meta.also, r.meta.body) == ("E/2025/27", ("E/CN.6/2025/15",), "CSW")
    assert targets(text, "zh") == ["A/RES/34/146", "E/CN.6/DEC/68/101", "E/CN.6/DEC/69/102", "E/CN.6/RES/69/1"]


@pytest.mark.parametrize("head", ["土著人民权利", "执行人居二和人居三的成果以及加强人居署"])
def test_a_running_headers_title_under_its_symbol(head: str) -> None:
    # The title under the symbol, as the heading prints it or in a short form, is page furniture.
    text = ("联合国\n\nA/RES/80/217\n\n大\n\n会\n\n80/217.\n\n执行联合国第二次人类住区会议（人居二）和联合国住房和城市"
            "可持续发展大\n\n会（人居三）的成果以及加强联合国人类住区规划署（人居署）土著人民权利\n\n大会，\n\n"
            "回顾其 2018 年 12 月 20 日的第 73/239 号决议，以及其第 77/174、\n\n__________________\n\n"
            "1 第 71/256 号决议，附件。\n\n25-22631 (C)\n\n*2522631*\n\nA/RES/80/217\n\n" + head + "\n\n"
            "78/160 和 79/206 号决议，\n")
    assert targets(text, "zh") == ["A/RES/71/256", "A/RES/73/239", "A/RES/77/174", "A/RES/78/160", "A/RES/79/206"]


@pytest.mark.parametrize("text,lang,expected", [
    # A Markdown table under a caption that names the body of its bare numbers.
    (("# 第 11/7 号决议\n\n*《联合国反腐败公约》缔约国会议*，\n\n**回顾**其关于私营部门的各项决议，特别是下表所列决议，\n\n"
     "*缔约国会议关于私营部门的决议*\n\n| 届会 | 地点和年份 | 决议 |\n|---|---|---|\n| 第六届 | 圣彼得堡，2015 年 | 6/5 |\n"
     "| 第七届 | 维也纳，2017 年 | 7/6 |\n\n**又回顾**大会第 79/195 号决议，\n"), "zh",
     ["A/RES/79/195", "CAC/COSP/RES/6/5", "CAC/COSP/RES/7/6"]),
    # A column header with no caption over its rows; a body's name wrapped in its cell; a
    # working group's own decision; a first cell naming no body ends the one above.
    (("A/80/149\n\nAnnex\n                  Mandates on ageing\n\n\n"
     " Body                     Resolution or        Date                   Subject\n"
     "                          decision\n\n"
     " General Assembly         57/167               18 December 2002       Endorsement of the Madrid\n"
     "                          65/182               21 December 2010       Establishment of the\n"
     "                                                                      Open-ended Working Group on\n\n"
     " Human Rights             24/20                27 September 2013      Independent Expert on older\n"
     " Council                                                              persons\n"
     "                          51/4                 6 October 2022         Renewal of the mandate\n\n"
     " Commission for Social    63/2                 14 February 2025       Modalities of the fifth review\n"
     " Development                                                          and appraisal\n\n"
     " Open-ended Working       decision 14/1        24 May 2024            Recommendations to the\n"
     " Group on Ageing                                                      General Assembly\n"
     " Statistical note         12/3                 1 May 2024             Counts\n"), "en",
     ["A/HRC/RES/24/20", "A/HRC/RES/51/4", "A/RES/57/167", "A/RES/65/182", "E/CN.5/RES/63/2"]),
    (("A/80/149\n\n3. At its fourteenth session the Open-ended Working Group on Ageing adopted decision 14/1, in "
     "which it recommended to the General Assembly the consideration of gaps.\n"), "en", []),
    ("大会，\n\n回顾老龄问题不限成员名额工作组第 14/1 号决定，\n", "zh", []),
])
def test_tables_without_a_table_caption(text: str, lang: str, expected: list[str]) -> None:
    assert targets(text, lang) == expected


@pytest.mark.parametrize("text,expected", [
    # A period in brackets inside a list item's topic.
    (('Human Rights Council\n\n61/9. The right to food\n\nThe Human Rights Council,\n\n**Recalling also** General '
     'Assembly resolutions 72/239 of 20 December 2017 on the United Nations Decade of Family Farming (2019–2028) '
     'and 80/165 of 17 December 2025 on the right to food,\n'), ["A/RES/72/239", "A/RES/80/165"]),
    # A symbol's last part, "Res.5", is no footnote marker.
    (("The General Assembly,\n\nRecalling its resolution 1/5 on urban-rural linkages (HSP/HA.1/Res.5), and "
     "Environment Assembly resolution 5/4 (UNEP/EA.5/Res.4),\n"), ["HSP/HA.1/RES.5", "UNEP/EA.5/RES.4"]),
])
def test_round_24_english(text: str, expected: list[str]) -> None:
    assert targets(text, "en") == expected


@pytest.mark.parametrize("text,expected", [
    # "3202 (S-VI)" is no Council number: the Council numbered no special sessions so, and about
    # 35 texts a session; a later item's date may leave out its year.
    (("大会，\n注意到经济及社会理事会 1974 年 7 月 30 日第 1896 (LVII) 号和 8 月 1 日第 1906 (LVII) 号决议，\n"
     "1. 核可经济及社会理事会第 1911 (LVII) 号决议所附的结论，但须遵照第 3202 (S-VI) 号决议第二节的规定；\n"),
     ["A/RES/3202(S-VI)", "E/RES/1896(LVII)", "E/RES/1906(LVII)", "E/RES/1911(LVII)"]),
    # A volume's header with its page number on a line of its own, inside a sentence.
    (("大会，\n\n         2.  重申第 2626 (XXV) 号决议所载战略的各项目标和政策\n    措施，并认为这些措施应根据第 3201 (S-VI) 号"
     "和第 3281 (XXIX)\n    号决议加以调整和补充；\n\n         3.  吁请所有发达国家在 1975 年以前达到官方发展援助占\n"
     "    国民生产总值百分之零点七的指标，并依照大会第 3174 (XXVIII)\n\n ______________\n\n"
     "     1/  《经济及社会理事会正式记录，第五十七届会议，补编第 4 号》\n (E/5478)。\n"
     "                                  - 62 -\n\n\n\n                         大会——第二十九届会议\n\n\n"
     "    号决议增加对最不发达国家的援助；\n\n         4.  请秘书长同联合国贸易和发展会议秘书长协商，编写第二次审查\n"
     "    和评价所需的文件；\n"),
     ["A/RES/2626(XXV)", "A/RES/3174(XXVIII)", "A/RES/3201(S-VI)", "A/RES/3281(XXIX)", "E/5478"]),
    # The date before the Council's name gives the year of a number printed without it.
    ("安全理事會，\n並回顧其第 2417 (2018) 號決議，以及\n2023 年 12 月 22 日安理會第 2720 號決議。\n",
     ["S/RES/2417(2018)", "S/RES/2720(2023)"]),
    # A symbol broken after its slash onto an indented line.
    ("麻醉药品委员会，\n   欢迎其关于前体的报告（E/INCB/\n   2023/4），\n", ["E/INCB/2023/4"]),
])
def test_round_25_chinese(text: str, expected: list[str]) -> None:
    assert targets(text, "zh") == expected


@pytest.mark.parametrize("text,expected", [
    # A commission's old number with a long Roman session; "of the Commission" after a list.
    (("Economic and Social Council\n\n2025/15. Alternative development\n\nThe Economic and Social Council,\n\n"
      "Recalling further Commission on Narcotic Drugs resolution 67/2 of 22 March 2024, and recalling that the "
      "Commission, in its resolution 4 (XXXVIII) of 23 March 1995, first recognized the role,\n\nNoting "
      "decisions 68/1 and 68/2 of the Commission, adopted at its sixty-eighth session, and decision 68/3 of the "
      "Commission,\n"),
     ["CND/DEC/68/1", "CND/DEC/68/2", "CND/DEC/68/3", "CND/RES/4(XXXVIII)", "CND/RES/67/2"]),
    # A day and month inside a list item's topic.
    (("Human Rights Council\n\n61/104. Extreme poverty\n\nThe Human Rights Council,\n\nRecalling General Assembly "
      "resolutions 47/196 of 22 December 1992, by which\nthe Assembly declared 17 October the International Day "
      "for the Eradication of\nPoverty, 60/251 of 15 March 2006 and 79/175 of 17 December 2024,\n"),
     ["A/RES/47/196", "A/RES/60/251", "A/RES/79/175"]),
])
def test_round_25_english(text: str, expected: list[str]) -> None:
    assert targets(text, "en") == expected


@pytest.mark.parametrize("text,expected", [
    # A body's name begun on a line of its own in a table's first column.
    (("A/80/326\n\n          2.   表 1 列出了这些决定。\n\n表 1\n\n          机构                   类型     编号          主要内容\n"
      "          妇女地位委员会         决议     69/2          女童和暴力\n"
      "          预防犯罪和刑事司法\n"
      "          委员会                 决议     33/3          示范战略的执行\n"
      "                                 决议     34/2          网上性剥削\n\n注：略。\n"),
     ["CCPCJ/RES/33/3", "CCPCJ/RES/34/2", "E/CN.6/RES/69/2"]),
    # A joint symbol's second line in the running header, inside a list broken by the page.
    (("联 合 国 E/2025/30-E/CN.15/2025/16\n经济及社会理事会，\n还回顾其第 2024/16 号和第\n__________________\n"
      "1 联合国，《条约汇编》，第 823 卷，第 11806 号。\nV.25-08844 (C) 050625 060625\n*2508844*\nE/2025/30\n"
      "E/CN.15/2025/16\n2024/17 号决议，以及预防犯罪和刑事司法委员会第 33/2 号决定，\n"),
     ["CCPCJ/DEC/33/2", "E/RES/2024/16", "E/RES/2024/17"]),
])
def test_round_25_chinese_tables_and_headers(text: str, expected: list[str]) -> None:
    assert targets(text, "zh") == expected


def test_a_headings_lines_run_together_keep_the_title_under_the_number() -> None:
    r = extract_text("下载：PDF\n\n第 67/2 号决议\n\n加强国际合作，应对非医疗用途合成药物带来的公共卫生和安全挑战\n\n"
                     "麻醉药品委员会，\n\n重申其承诺，", "zh")
    assert (r.meta.id, r.meta.title) == ("CND/RES/67/2", "加强国际合作，应对非医疗用途合成药物带来的公共卫生和安全挑战")


# Review of this release's change: each finding on a short text.
_REVIEW = {k: v for k, v in {
    "t4b": "A/80/200\n\nAnnex\n\nTopic                Body                            Resolution        Year\nYouth employment     Economic and Social Council     2024/2            2024\nGender equality      UN-Women Executive Board        2024/1            2024\nChild rights         UNICEF Executive Board          2024/3            2024\n\nSource: Secretariat.\n",
    "t7e": "3343 (XXIX). Special measures\n\nThe General Assembly,\n\nTaking note of the report of the Secretary-General,1/\n\n1. Reaffirms its resolution 3201 (S-VI);\n\n2. Requests the Secretary-General to report.\n",
    "t7": "3343 (XXIX). 特别措施\n\n大会，\n\n    注意到秘书长的报告，1/\n\n    1. 重申第 3201 (S-VI) 号决议；\n\n    2. 请秘书长提出报告。\n",
    "t8a": "The General Assembly,\n\nWelcoming the work of the Open-ended Working Group on Ageing, established by resolution 65/182 of 21 December 2010,\n",
    "t8b": "The General Assembly,\n\n1. Takes note of the report of the Open-ended Working Group, established pursuant to resolution 65/182;\n",
    "t9": "The General Assembly,\n\nRecalling the decision of the FAO Conference to proclaim the International Year of Millets, endorsed in resolution 75/263 of 3 March 2021,\n",
    "t10b": "United Nations                                   A/80/250\n\nGeneral Assembly                                 Distr.: General\n                                                 1 July 2025\n\nEightieth session\nItem 69 of the preliminary list\n\nRights of the child\n\nReport of the Secretary-General\n\n    Summary\n    The present report is submitted\n    pursuant to Assembly resolution\n    79/160.\n\n1. The report reviews progress in resolution 78/195.\n",
    "t10": "United Nations                                   A/80/250\n\nGeneral Assembly                                 Distr.: General\n                                                 1 July 2025\n\nEightieth session\nItem 69 of the preliminary list\n\nRights of the child\n\nReport of the Secretary-General\n\nSummary\nThe present report is submitted pursuant to General Assembly resolutions 77/185, 78/195,\n79/160.\n\n1. The report reviews progress in resolution 78/195.\n",
    "t11": "The General Assembly,\n\nRecalling its resolutions 2106 A (XX) of 21 December 1965 and 34/180 of 18 December 1979, by which it adopted the International Convention on the Elimination of All Forms of Racial Discrimination1 and the Convention on the Elimination of All Forms of Discrimination against Women,2 respectively,\n\n1. Calls upon States to ratify them.\n\n__________________\n1 United Nations, Treaty Series, vol. 660, No. 9464.\n2 United Nations, Treaty Series, vol. 1249, No. 20378.\n"
}.items()}


@pytest.mark.parametrize("name,lang,expected", [
    # A body cell is not carried down over a cell naming another body, in any column.
    ("t4b", "en", ["E/RES/2024/2"]),
    # A typed note's "1/" at a line's end is no symbol broken at its slash.
    ("t7e", "en", [("A/RES/3201(S-VI)", "op1")]),
    ("t7", "zh", [("A/RES/3201(S-VI)", "op1")]),
    # Another organization's body before the Assembly's resolution that established it or endorsed its act.
    ("t8a", "en", ["A/RES/65/182"]),
    ("t8b", "en", ["A/RES/65/182"]),
    ("t9", "en", ["A/RES/75/263"]),
    # A number ending a sentence on a line of its own is no heading.
    ("t10b", "en", ["A/RES/78/195", "A/RES/79/160"]),
    ("t10", "en", ["A/RES/77/185", "A/RES/78/195", "A/RES/79/160"]),
])
def test_review_of_the_release(name: str, lang: str, expected: list) -> None:
    r = extract_text(_REVIEW[name], lang)
    if expected and isinstance(expected[0], tuple):
        assert sorted({(m.target, m.paragraph) for m in r.mentions if m.target_kind != "instrument"}) == expected
    else:
        assert targets(_REVIEW[name], lang) == expected
    if name.startswith("t10"):
        assert r.meta.id == "A/80/250"


def test_review_a_list_of_resolutions_adopting_titles_respectively_gives_no_adoption() -> None:
    r = extract_text(_REVIEW["t11"], "en")
    assert sorted((f.instrument, f.adopted_by) for f in r.instruments) == [
        ("instrument:CEDAW", ""), ("instrument:CERD", "")]


@pytest.mark.parametrize("text,expected", [
    # A header's cell begun on the line above it ("Resolution or⏎decision") names no decisions.
    (("A/80/193\n\n                Table 1\n                Mandates addressed in the present report\n\n"
      "                                        Resolution or\n"
      "                 Body                   decision          Date                Subject\n\n"
      "                 General Assembly       76/154            16 December 2021    Implementation of the Convention\n"
      "                                        79/148            17 December 2024    Women and girls with disabilities\n"
      "                 Human Rights           55/8              3 April 2024        Rights of persons with\n"
      "                 Council                                                      disabilities: participation\n"
      "                 Economic and Social    2025/10           5 June 2025         Mainstreaming disability in\n"
      "                 Council                                                      the development agenda\n\n"
      " 2.    The Council requested a study.\n"),
     ["A/HRC/RES/55/8", "A/RES/76/154", "A/RES/79/148", "E/RES/2025/10"]),
    # "the Sub-Commission in its resolution".
    (("Human Rights Council\n\n61/17. The right to food\n\nThe Human Rights Council,\n\n1. Takes note of the "
      "recommendations of the\nSub-Commission in its resolution 2003/2;\n"), ["E/CN.4/SUB.2/RES/2003/2"]),
    # The Council's volume's symbol alone over a decisions page is its container.
    (("E/2025/99\n\n142\n\n2025/226. Report of the Committee for Development Policy\n\nAt its 10th plenary meeting, "
     "the Economic and Social Council took note of the report (E/2025/33).\n"), ["E/2025/33"]),
    # A long topic, then ", adopted at its seventh special session", before the list's next item.
    (("Human Rights Council\n\n61/17. The right to food\n\nThe Human Rights Council,\n\nRecalling its resolutions "
      "S-7/1 of 22 May 2008, on the negative impact of the\nworsening of the world food crisis on the realization of "
      "the right to food for all,\nadopted at its seventh special session, and S-10/1 of 23 February 2009, on the "
      "impact\nof the global crises,\n"), ["A/HRC/RES/S-10/1", "A/HRC/RES/S-7/1"]),
])
def test_round_26_english(text: str, expected: list[str]) -> None:
    assert targets(text, "en") == expected


@pytest.mark.parametrize("text,expected", [
    # The Counter-Terrorism Executive Directorate's short name issues nothing; a number's 号 opens no paragraph.
    (("安全理事会，\n强调反恐执行局必须与第 1267 (1999)、1989 (2011) 和 2253 (2015) 号决议所设委员会、"
      "第 1540 (2004) 号决议所设委员会以及第 1526 (2004)\n号决议所设分析支助和制裁监测组加强协调，\n"),
     ["S/RES/1267(1999)", "S/RES/1526(2004)", "S/RES/1540(2004)", "S/RES/1989(2011)", "S/RES/2253(2015)"]),
    # A volume's page number between em dashes and its header with the part's title first.
    (("经济及社会理事会，\n\n             又注意到麻醉药品委员会在其第三十八届会议上通过的第 2 (XXXVIII)\n\n\n"
      "                                 — 28 —\n\n        决议和决定                经济及社会理事会—1995 年实质性会议\n\n\n"
      "        号和第 5 (XXXVIII) 号决议，以及人权委员会 1995 年 3 月 3 日的第 1995/43 号决议，\n\n"
      "             1.  促请各国充分执行《那不勒斯政治宣言和全球行动计划》；\n"),
     ["CND/RES/2(XXXVIII)", "CND/RES/5(XXXVIII)", "E/CN.4/RES/1995/43"]),
])
def test_round_26_chinese(text: str, expected: list[str]) -> None:
    assert [t for t in targets(text, "zh") if not t.startswith("instrument:")] == expected


@pytest.mark.parametrize("text,expected", [
    # A range of summary records with a word, then one more.
    ("大会，\n注意到有关简要记录（A/C.4/80/SR.17 至 21 和 24）。\n",
     ["A/C.4/80/SR.17", "A/C.4/80/SR.18", "A/C.4/80/SR.19", "A/C.4/80/SR.20", "A/C.4/80/SR.21", "A/C.4/80/SR.24"]),
    # 其 after "提请大会注意" is the council that draws attention; the bodies reported to issue nothing after.
    ("A/80/53\n\n2. 理事会提请大会注意其第 59/1、59/2 和 59/15 号决议，\n",
     ["A/HRC/RES/59/1", "A/HRC/RES/59/15", "A/HRC/RES/59/2"]),
    ("大会，\n请特别代表向大会和人权理事会提交报告，并按照第 51/77 号决议第 35 至 37 段，向安全理事会提交报告；\n",
     ["A/RES/51/77"]),
    ("大会，\n请人权理事会继续依照其第 5/1 号决议开展工作，\n", ["A/HRC/RES/5/1"]),
    # A list cell's last line in a table: "和 66/1".
    (("E/CN.7/2025/11\n\n麻醉药品委员会\n\n     4.   世卫组织的建议以及委员会以往就相关物质所作的决定概述于下表。\n\n"
      "表\n世卫组织建议及委员会以往决定\n"
      "_________________________________________________________________________________________\n"
      " 物质                      世卫组织建议              公约和附表          麻醉药品委员会决定\n"
      "_________________________________________________________________________________________\n"
      " N-吡咯烷基原尼他秦        列入附表一                1961 年公约         64/1、65/1\n"
      " （N-吡咯烷基原硝他秦）                                                  和 66/1\n"
      " 溴唑仑                    列入附表四                1971 年公约         66/5\n"
      "_________________________________________________________________________________________\n"
      "资料来源：世卫组织。\n\n     5.   委员会不妨审议上述建议。\n"),
     ["CND/DEC/64/1", "CND/DEC/65/1", "CND/DEC/66/1", "CND/DEC/66/5"]),
])
def test_round_27_chinese(text: str, expected: list[str]) -> None:
    assert targets(text, "zh") == expected


def test_a_lettered_part_under_its_heading_on_a_volume_page() -> None:
    text = (" 39/151. 审查和执行大会第十二届特别会议的结论文件\n\n F\n\n"
            " 世界裁军运动\n\n 大会，\n\n 回顾其第 37/100 I 号决议，\n")
    r = extract_text(text, "zh")
    assert (r.meta.id, targets(text, "zh")) == ("A/RES/39/151F", ["A/RES/37/100I"])


def test_the_next_decisions_heading_on_a_decisions_page_is_no_citation() -> None:
    text = ("Decision 12/4\n\nReview Mechanism\n\nThe Conference of the Parties to the United "
            "Nations Convention against Transnational Organized Crime,\n\nRecalling its decisions 4/4 and 5/3,\n\n"
            "1. Decides to continue.\n\nDecision 12/5\n\nWorking groups\n\nThe Conference of the Parties,\n\n"
            "Recalling paragraph 2 of its decision 12/4 and its decision 11/1,\n\n1. Decides to continue.\n")
    r = extract_text(text, "en")
    assert (r.meta.id, targets(text, "en")) == (
        "CTOC/COP/DEC/12/4", ["CTOC/COP/DEC/11/1", "CTOC/COP/DEC/4/4", "CTOC/COP/DEC/5/3"])


# Second review of this release's change: each finding on a short text.
_R2_FN = ("\n\n1. Decides to continue.\n\n__________________\n\n1 United Nations, Treaty Series, vol. 1577, No. 27531.\n\n"
      "2 Ibid., vol. 2171, No. 27531.\n\n3 Ibid., vol. 2173, No. 27531.\n")
_R2_CASES = [
 ("F1 提请…其 (ACABQ)", "zh", "A/79/7\n\n行政和预算问题咨询委员会的报告\n\n12. 咨询委员会提请大会注意其第 77/278 号决议第 5 段，\n"),
 ("F1b 提请…其 (CCQ)", "zh", "A/79/32\n\n会议委员会的报告\n\n12. 会议委员会提请大会注意其第 78/244 号决议，\n"),
 ("F2 向…提交 (HRC)", "zh", "人权理事会\n\n57/3. 发展权\n\n人权理事会，\n\n请秘书长向大会提交关于第 70/1 号决议的报告，\n"),
 ("F2b 向…提交 (CSW)", "zh", "妇女地位委员会\n\n68/1. 妇女与发展\n\n妇女地位委员会，\n\n请秘书长向大会第八十届会议提交关于第 70/1 号决议执行情况的报告。\n"),
 ("F3 caption glued to header (en)", "en",
  ("A/80/193\n\n                Table 1\n                                        Resolutions of the General Assembly and the Human Rights Council\n"
  "                 Body                   Resolution        Date                Subject\n\n"
  "                 General Assembly       76/154            16 December 2021    Implementation of the Convention\n"
  "                 Human Rights Council   55/8              3 April 2024        Rights of persons with disabilities\n"
  "                 Human Rights Council   52/3              31 March 2023       Right to food\n\n"
  " 2.    The Council requested a study.\n")),
 ("F3b caption glued to header (zh)", "zh",
  ("A/80/193\n\n                表 1\n                                  大会和人权理事会的相关决议\n"
  "                 机构                   决议              日期                主题\n\n"
  "                 大会                   76/154            2021年12月16日      执行公约\n"
  "                 人权理事会             55/8              2024年4月3日        残疾人权利\n"
  "                 人权理事会             52/3              2023年3月31日       食物权\n\n"
  " 2.    理事会请秘书长开展研究。\n")),
 ("F4 three titles, two resolutions, respectively", "en",
  "The General Assembly,\n\nRecalling the Convention on the Rights of the Child,1 the Optional Protocol to the Convention on the "
  "Rights of the Child on the sale of children, child prostitution and child pornography2 and the Optional Protocol to the "
  "Convention on the Rights of the Child on the involvement of children in armed conflict,3 adopted by the General Assembly "
  "in its resolutions 44/25 and 54/263, respectively," + _R2_FN),
 ("F5 L. + 'to <date>'", "en",
  ("A/79/455\n\nReport of the Second Committee\n\n12. At its 30th meeting, on 13 November, the Committee decided to postpone "
  "action on draft resolution A/C.2/79/L.5 to 20 November.\n")),
]
_R2_EXPECTED = {
    "F1": ["A/RES/77/278"], "F1b": ["A/RES/78/244"], "F2": ["A/RES/70/1"], "F2b": ["A/RES/70/1"],
    "F3": ["A/HRC/RES/52/3", "A/HRC/RES/55/8", "A/RES/76/154"],
    "F3b": ["A/HRC/RES/52/3", "A/HRC/RES/55/8", "A/RES/76/154"],
    "F4": ["A/RES/44/25", "A/RES/54/263"], "F5": ["A/C.2/79/L.5"],
}


@pytest.mark.parametrize("name,lang,text", _R2_CASES, ids=[c[0].split()[0] for c in _R2_CASES])
def test_second_review_of_the_release(name: str, lang: str, text: str) -> None:
    key = name.split()[0]
    assert [t for t in targets(text, lang) if not t.startswith("instrument:")] == _R2_EXPECTED[key]
    if key == "F4":
        # Three titles and two resolutions "respectively": no adoption rather than a wrong one.
        assert all(not f.adopted_by for f in extract_text(text, lang).instruments)


@pytest.mark.parametrize("text,lang,own,expected", [
    # A volume chapter's title names the issuer of the decisions under it.
    (("第二章 人权理事会第六十届会议通过的决定\n\n60/115. 人权理事会 2026 年工作方案\n\n在 2025 年 10 月 8 日第 45 次会议上，"
     "人权理事会未经表决，决定：\n\n(b) 又回顾理事会第 45/113 号和第 57/115 号决定，\n"), "zh",
     "A/HRC/DEC/60/115", ["A/HRC/DEC/45/113", "A/HRC/DEC/57/115"]),
    # "…第 9/1 号决议设立的审议机制和依照缔约国会议第 3/1 号决议": the body after 设立…的 is no topic.
    (("预防犯罪和刑事司法委员会，\n\n2. 鼓励会员国充分利用依照缔约方会议第 9/1 号决议设立的审议机制和依照缔约国会议"
     "第 3/1 号决议设立的实施情况审议机制，\n"), "zh", "", ["CAC/COSP/RES/3/1", "CTOC/COP/RES/9/1"]),
    # A Markdown table row's first cell issued every text in the row.
    (("A/80/187\n\n| 机构 | 决议或决定 | 任务授权 |\n|---|---|---|\n| 大会 | 第 79/176 号决议 | 改进协调 |\n"
     "| 人权理事会 | 第 53/9 号决议；第 59/4 号决议 | 特别报告员 |\n"
     "| 预防犯罪和刑事司法委员会 | 第 32/1 号决议；第 33/2 号决议 | 技术援助 |\n"), "zh", "A/80/187",
     ["A/HRC/RES/53/9", "A/HRC/RES/59/4", "A/RES/79/176", "CCPCJ/RES/32/1", "CCPCJ/RES/33/2"]),
    # A print date beside the job number is page furniture, inside a list.
    (("United Nations\n\nS/RES/2829 (2026)\n\nSecurity Council\n\nResolution 2829 (2026)\n\nThe Security Council,\n\n"
     "Recalling its resolutions 1325 (2000),\n"
     "1820 (2008), 1888\n\n26-04512 (E)\n\n180326\n\n*2604512*\n\nS/RES/2829 (2026)\n(2009) and 1889 (2009),\n"), "en",
     "S/RES/2829(2026)", ["S/RES/1325(2000)", "S/RES/1820(2008)", "S/RES/1888(2009)", "S/RES/1889(2009)"]),
    # "the Commission's work … as set out in its decision 55/103".
    (("Economic and Social Council\n\n2025/233. Statistical Commission\n\nThe Economic and Social Council took note of "
     "the report of the Statistical Commission, adopted pursuant to General Assembly resolution 71/313 of 6 July 2017, "
     "and welcomed\nthe Commission's work on data stewardship as set out in its decision 55/103;\n"), "en",
     "E/DEC/2025/233", ["A/RES/71/313", "E/CN.3/DEC/55/103"]),
])
def test_round_28(text: str, lang: str, own: str, expected: list[str]) -> None:
    r = extract_text(text, lang)
    if own:
        assert r.meta.id == own
    assert targets(text, lang) == expected


@pytest.mark.parametrize("text,lang,expected", [
    # The furniture under a job number reaches over its print dates, barcode and recycling mark.
    (("A/RES/80/172\n\n80/172. 在打击恐怖主义的同时保护人权和基本自由\n\n大会，\n\n回顾人权理事会的各项决议，包括理事会 2008 年 3 月 27 日第\n\n"
     "7/7 号、2020 年 10 月 6 日第 45/11 号和\n\n25-22871 (C)\n\n120126\n\n130126\n\n*2522871*\n\n请回收\n\nA/RES/80/172\n\n"
     "在打击恐怖主义的同时保护人权和基本自由\n\n2/5\n\n2023 年 10 月 12 日第 54/11 号决议，\n"), "zh",
     ["A/HRC/RES/45/11", "A/HRC/RES/54/11", "A/HRC/RES/7/7"]),
    # A table's numbers printed with their words under a body cell, a blank one, a row of one cell
    # and a word wrapped below: the body cell's; and "委员会第 34/3 号决议" later is that commission's.
    (("A/80/116\n\n 2.   下表列出本报告所涉主要任务授权。\n\n      表\n      本报告所涉主要任务授权\n\n"
     "      机构                          决议/决定                 主题\n"
     "      大会                          第 79/182 号决议          加强预防犯罪\n"
     "                                    第 79/183 号决议          后续行动\n"
     "      预防犯罪和刑事司法委员会      第 33/2 号决议            网络犯罪\n"
     "                                    第 34/3 号                加强司法诚信\n"
     "                                    决议\n"
     "                                    第 34/101 号决定\n"
     "      麻醉药品委员会                第 67/1 号决议            毒品与犯罪的联系\n\n"
     " 3.   请会员国支持委员会第 34/3 号决议所述的全球网络。\n"), "zh",
     ["A/RES/79/182", "A/RES/79/183", "CCPCJ/DEC/34/101", "CCPCJ/RES/33/2", "CCPCJ/RES/34/3", "CND/RES/67/1"]),
    # The next decision's heading on a Chinese decisions page.
    (("第 12/5 号决定\n\n审议机制\n\n缔约方会议，\n\n回顾其第 4/1 号决定，\n\n1. 决定继续。\n\n第 12/7 号决定\n\n工作组\n\n"
     "缔约方会议，\n\n回顾其第 12/5 号和第 12/6 号决定，\n"), "zh", ["CTOC/COP/DEC/12/6", "CTOC/COP/DEC/4/1"]),
    # "the Commission at its sixty-ninth session, in its resolution 69/1".
    (("Economic and Social Council\n\n2025/8. Commission on the Status of Women\n\nThe Economic and Social Council,\n\n"
     "Recalling the Commission on the Status of Women, and the political declaration adopted by the Commission at its "
     "sixty-ninth session, in its\nresolution 69/1 of 10 March 2025,\n"), "en", ["E/CN.6/RES/69/1"]),
])
def test_round_29(text: str, lang: str, expected: list[str]) -> None:
    assert [t for t in targets(text, lang) if not t.startswith("instrument:")] == expected


@pytest.mark.parametrize("text,lang,own,expected", [
    # Markdown written from HTML: "_The Human Rights Council_,", escaped "1\.", a marker as a link.
    (("| United Nations | A/HRC/RES/61/36 |\n|:---|---:|\n| **General Assembly** | Distr.: General |\n\n"
      "### 61/36. Human rights and extreme poverty\n\n_The Human Rights Council_,\n\n"
      "_Reaffirming_ the Universal Declaration of Human Rights,<sup><a href=\"#fn1\">1</a></sup>\n\n"
      "_Recalling_ its resolutions 35/19 and 44/13,\n\n1\\. _Decides_ to continue.\n\n---\n\n"
      "<sup>1</sup> General Assembly resolution 217 A (III).\n"), "en", "A/HRC/RES/61/36",
     ["A/HRC/RES/35/19", "A/HRC/RES/44/13", "A/RES/217(III)"]),
    # A symbol with a sub-commission's part: "A/HRC/Sub.1/58/36".
    ("A/80/1\n\nReport\n\n1. The draft principles (A/HRC/Sub.1/58/36, chap. II) were transmitted.\n", "en",
     "A/80/1", ["A/HRC/SUB.1/58/36"]),
    # A masthead's joint symbol joined by an en dash, and "resolution 2366 (2017) of …" inside a
    # sentence broken before it: prose, no heading.
    (("  United Nations                                         A/80/803–S/2026/171\n\n"
      "      Note verbale dated 26 February 2026\n\n"
      "        1.    The Government recalls that the Security Council, by its resolution 2261 (2016), established a mission and, by\n"
      "          resolution 2366 (2017) of 10 July 2017, the United Nations Verification Mission.\n"), "en",
     "A/80/803", ["S/RES/2261(2016)", "S/RES/2366(2017)"]),
    # A Word table as text, its cells apart by tabs, under a header that is the kind alone: the
    # numbers are the report's own body's.
    (("A/HRC/61/2\n\nHuman Rights Council\n\nReport of the Human Rights Council on its sixty-first session\n\n"
      "1. The Council adopted the following resolutions:\n\n"
      "Resolution\tTitle\tDraft\tDate of adoption\n61/1\tThe right to food\tA/HRC/61/L.3\t31 March 2026\n"
      "61/2\tAdequate housing\tA/HRC/61/L.5\t31 March 2026\n\n"
      "2. The Council adopted the following decisions:\n\n"
      "Decision\tTitle\tDate of adoption\n61/101\tOutcome of the universal periodic review: Ecuador\t23 March 2026\n"), "en",
     "A/HRC/61/2", ["A/HRC/61/L.3", "A/HRC/61/L.5", "A/HRC/DEC/61/101", "A/HRC/RES/61/1", "A/HRC/RES/61/2"]),
    # A part's masthead "A/RES/80/262 B" over "80/262." and "B": the part; its running header's
    # title with a year in it is furniture, and "Council" is the council the section heading names.
    (("United Nations\n\nA/RES/80/262 B\n\nGeneral Assembly\n\n80/262. Questions relating to the programme budget for 2026\n\n"
      "B\n\nThe General Assembly,\n\nRecalling its resolution 80/262 A,\n\nIII\n\n"
      "Revised estimates resulting from resolutions and decisions adopted by the\n\n"
      "Human Rights Council at its sixty-first session\n\nHaving considered the report (A/80/815),\n\n"
      "4. Takes note of the revised estimates arising from Council resolutions 61/12\n\n"
      "26-05218 (E)\n\n100426\n\n*2605218*\n\nA/RES/80/262 B\n\nQuestions relating to the programme budget for 2026\n\n"
      "and 61/27 and decision 61/115;\n"), "en", "A/RES/80/262B",
     ["A/80/815", "A/HRC/DEC/61/115", "A/HRC/RES/61/12", "A/HRC/RES/61/27", "A/RES/80/262A"]),
    # Under "A/RES/80/265 A-C" the text is the whole resolution, its parts headed "A" below.
    ("A/RES/80/265 A-C\n\n大会\n\n80/265. 2026 年方案预算\n\nA\n\n大会，\n\n回顾其第 79/257 A 号决议，\n", "zh",
     "A/RES/80/265", ["A/RES/79/257A"]),
    # The issuer named right after "In/By its resolution N, …" and "在第 N 号决议中，…".
    ("A/80/1\n\nReport\n\n5. By its resolution 58/19 of 4 April 2025, the Human Rights Council decided to hold a panel.\n",
     "en", "A/80/1", ["A/HRC/RES/58/19"]),
    ("A/80/1\n\n秘书长的报告\n\n5. 在第 58/28 号决议中，人权理事会请高级专员编写一份研究报告。\n", "zh", "A/80/1",
     ["A/HRC/RES/58/28"]),
])
def test_round_31(text: str, lang: str, own: str, expected: list[str]) -> None:
    r = extract_text(text, lang)
    assert r.meta.id == own
    assert sorted({m.target for m in r.mentions if m.target_kind != "instrument"}) == expected


def test_round_31_a_table_continued_on_the_next_page() -> None:
    # "表 1（续）" and the header again, the body cell blank: the body its last rows had.
    text = ("A/80/276\n\n 3.     表 1 列出了现行任务。\n\n        表 1\n        现行任务\n\n"
            "        机构              授权文件                  要求\n"
            "        大会              第 79/160 号决议          提出报告\n"
            "        人权理事会        第 58/28 号决议           专题研究\n\n\n"
            " 2/4                                                    25-11764\n"
            "                                                        A/80/276\n\n"
            "        表 1（续）\n\n"
            "        机构              授权文件                  要求\n"
            "                          第 57/104 号决定          小组讨论\n"
            "        安全理事会        第 2475 (2019) 号决议     列入残疾人\n")
    assert targets(text, "zh") == ["A/HRC/DEC/57/104", "A/HRC/RES/58/28", "A/RES/79/160", "S/RES/2475(2019)"]


def test_round_31_own_number_as_a_running_header() -> None:
    # "第 12/3 号决议" beside the job number is the page's header: the title it cut is one title.
    text = ("12/3. 枪支议定书的实施\n\n缔约方会议，\n\n4. 考虑到《联合国\nV.24-19902 (C)\n*2419902*\n第 12/3 号决议\n"
            "2/2 V.24-19902\n防止、打击和消除小武器和轻武器非法贸易的各方面问题行动纲领》的执行情况；\n")
    r = extract_text(text, "zh")
    assert [m.target for m in r.mentions if m.target_kind == "instrument"] == [
        "instrument:联合国防止、打击和消除小武器和轻武器非法贸易的各方面问题行动纲领"]


def test_round_31_a_decisions_volume_page_under_its_part_title_then_symbol() -> None:
    # "三. 决定      A/80/49 (Vol. II)": the volume is the container, "80/309." a decision.
    text = ("三. 决定                                                     A/80/49 (Vol. II)\n\n"
            "80/309.    任命行政和预算问题咨询委员会成员\n\n"
            "    在 2025 年 11 月 21 日第 45 次全体会议上，大会依照大会 1946 年 2 月 13 日第 14 (I) 号决议，任命下列人士。\n")
    r = extract_text(text, "zh")
    assert r.meta.id == "A/DEC/80/309"
    assert targets(text, "zh") == ["A/RES/14(I)"]


def test_round_31_its_after_a_clause_naming_another_body() -> None:
    # "…改名为人口与发展委员会，并回顾其关于委员会工作方法的…第 2016/25 号决议": 其 is the Council.
    text = ("2026/12. 人口与发展委员会\n\n经济及社会理事会，\n\n又回顾其 1995 年 7 月 28 日第 1995/55 号决议，"
            "其中理事会将人口委员会改名为人口与发展委员会，并回顾其关于委员会工作方法的 2016 年 7 月 27 日"
            "第 2016/25 号决议和 2005 年 7 月 22 日第 2005/213 号决定，\n")
    assert targets(text, "zh") == ["E/DEC/2005/213", "E/RES/1995/55", "E/RES/2016/25"]


def test_round_32_a_commission_report_lists_its_decisions_by_number() -> None:
    # "…通过了下列决定，…：⏎57/101     支持…": the list's numbers are the commission's decisions.
    text = ("E/2026/24-E/CN.3/2026/38\n\n统计委员会\n\n第五十七届会议报告\n\n"
            " 2.   委员会第五十七届会议通过了下列决定，其中三项决定的全文载于下文：\n\n"
            "          57/101     支持《2030 年可持续发展议程》的数据和指标\n"
            "          57/102     2030 年世界人口和住房普查方案\n\n"
            " 3.   委员会回顾大会第 71/313 号决议。\n")
    assert targets(text, "zh") == ["A/RES/71/313", "E/CN.3/DEC/57/101", "E/CN.3/DEC/57/102"]


def test_round_32_resolutions_set_out_after_a_colon_by_semicolons() -> None:
    text = ("CAC/COSP/IRG/2026/3\n\nImplementation Review Group\n\n4. The Conference adopted the following "
            "resolutions and decisions:\n\n   Resolutions: 3/1; 4/1; 5/1\n   Decisions: 5/1; 11/2\n")
    assert targets(text, "en") == ["CAC/COSP/DEC/11/2", "CAC/COSP/DEC/5/1", "CAC/COSP/RES/3/1",
                                   "CAC/COSP/RES/4/1", "CAC/COSP/RES/5/1"]


def test_round_32_another_clauses_date_is_not_a_councils_number_year() -> None:
    # "延长至 2027 年 7 月 1 日，并重申第 1807 号决议": 1807 is the 1807 (2008) the list gives.
    text = ("S/RES/2846 (2026)\n\n第 2846 (2026) 号决议\n\n安全理事会，\n\n回顾其第 1807 (2008) 号决议，\n\n"
            "1. 决定将措施延长至 2027 年 7 月 1 日，并重申第 1807 号决议第 5 段所述的通知要求；\n")
    r = extract_text(text, "zh")
    assert sorted({(m.target, m.date) for m in r.mentions}) == [("S/RES/1807(2008)", "")]


def test_round_32_addenda_to_a_bare_number_closing_the_brackets() -> None:
    text = "A/80/1\n\nReport\n\n1. The study (E/CN.4/Sub.2/1993/34 and Add.1 to 4) and Add.1 to 15 Member States.\n"
    assert targets(text, "en") == ["E/CN.4/SUB.2/1993/34"] + [f"E/CN.4/SUB.2/1993/34/ADD.{k}" for k in range(1, 5)]


def test_round_32_an_emphasised_body_line_under_an_emphasised_meeting_line() -> None:
    text = ("**妇女地位委员会**  \n**第七十届会议**\n\n## 第 70/2 号决议\n\n### 消除暴力行为\n\n"
            "*2026 年 3 月 20 日委员会第 17 次会议通过*\n\n*妇女地位委员会*，\n\n**回顾**其第 64/1 号决议，\n")
    r = extract_text(text, "zh")
    assert r.meta.id == "E/CN.6/RES/70/2"
    assert targets(text, "zh") == ["E/CN.6/RES/64/1"]


def test_round_32_a_list_goes_on_after_an_adopted_at_clause() -> None:
    text = ("ES-11/10. Situation\n\nThe General Assembly,\n\nReaffirming its resolutions ES-11/1 to ES-11/3, adopted at the "
            "resumed meetings of its eleventh emergency special session between 2 March 2022 and 23 February 2023, and "
            "ES-11/7 of 24 February 2025,\n")
    assert targets(text, "en") == ["A/RES/ES-11/1", "A/RES/ES-11/2", "A/RES/ES-11/3", "A/RES/ES-11/7"]


@pytest.mark.parametrize("text,expected", [
    ("The Council recalls President's statement 18/2 of 30 September 2011.", ["A/HRC/PRST/18/2"]),
    ("the President's statements 10/3, 11/4 and PRST 12/5", ["A/HRC/PRST/10/3", "A/HRC/PRST/11/4",
                                                              "A/HRC/PRST/12/5"]),
])
def test_round_32_presidents_statements_by_their_words(text: str, expected: list[str]) -> None:
    assert targets(text, "en") == expected


def test_round_32_its_after_the_commission_named_in_the_clause() -> None:
    # "its" is the Commission the clause is about, not the Council named in the clause before.
    text = ("A/HRC/PRST/61/1\n\nThe Council recalls the Commission on Human Rights, which was abolished by Economic "
            "and Social Council resolution 2006/2 of 26 July 2006, and pays tribute to the work of the Commission "
            "over six decades, including its resolution 2005/74 of 20 April 2005.\n")
    assert targets(text, "en") == ["E/CN.4/RES/2005/74", "E/RES/2006/2"]


@pytest.mark.parametrize("text,expected", [
    (("ES-11/9. Aggression\n\nThe General Assembly,\n\nNoting the report of the commission established by the Human Rights Council in its "
     "resolution 49/1, and the report submitted pursuant to resolution ES-11/5,\n"),
     ["A/HRC/RES/49/1", "A/RES/ES-11/5"]),
    (("A/HRC/RES/61/2\n\nThe Human Rights Council,\n\nRecalling General Assembly resolution 60/251 and "
     "resolution ES-11/1,\n"), ["A/RES/60/251", "A/RES/ES-11/1"]),
])
def test_round_32_only_the_assembly_holds_emergency_special_sessions(text: str, expected: list[str]) -> None:
    assert targets(text, "en") == expected


def test_round_32_a_body_cell_wrapped_over_rows_and_a_number_under_its_kind() -> None:
    text = ("E/CN.15/2026/9\n\nNote by the Secretariat\n\n"
            " Body                     Resolution or      Date                Subject\n"
            "                          decision\n"
            " Economic and Social      2025/19            23 July 2025        Standards\n"
            " Council\n"
            "                          decision           24 July 2025        Report of the Commission\n"
            "                          2025/238\n"
            " Commission on Crime      33/2               24 May 2024         Prison management\n"
            " Prevention and           34/3               23 May 2025         Standards and norms\n"
            " Criminal Justice\n"
            " Commission on            68/4               14 March 2025       Sentencing\n"
            " Narcotic Drugs\n\n"
            "5. The Office issued guidance, as foreseen in paragraph 7 of resolution 34/3 of the Commission.\n")
    assert targets(text, "en") == ["CCPCJ/RES/33/2", "CCPCJ/RES/34/3", "CND/RES/68/4", "E/DEC/2025/238",
                                   "E/RES/2025/19"]


def test_round_32_a_range_with_hao_after_each_number() -> None:
    text = "E/DEC/2026/231\n\n(a) 核可统计委员会第 57/101 号至第 57/104 号决定所载的多年期工作方案；\n"
    assert targets(text, "zh") == [f"E/CN.3/DEC/57/{k}" for k in range(101, 105)]


def test_round_32_a_reports_list_under_a_heading_line_of_its_kind() -> None:
    text = ("E/2026/28-E/CN.7/2026/15\n\nCommission on Narcotic Drugs\n\nReport on the sixty-ninth session\n\n"
            "2. The following resolutions and decisions adopted by the Commission are brought to\n"
            "the attention of the Council.\nResolutions\n69/1\nStrengthening cooperation on synthetic opioids\n"
            "69/2\nPromoting alternative development, in 2029\nDecisions\n69/12\nProvisional agenda\n"
            "69/13\nDuration of the session\n3. The Commission draws attention to its resolution 69/3.\n")
    assert targets(text, "en") == ["CND/DEC/69/12", "CND/DEC/69/13", "CND/RES/69/1", "CND/RES/69/2", "CND/RES/69/3"]


def test_round_32_each_decision_of_a_page_names_its_own_commission() -> None:
    text = ("2026/231. 社会发展委员会的报告\n\n   经济及社会理事会：\n\n"
            "   (a) 注意到社会发展委员会第六十四届会议的报告，包括委员会第 64/1 号决议；\n\n"
            "2026/233. 妇女地位委员会的报告\n\n   经济及社会理事会：\n\n"
            "   (a) 注意到妇女地位委员会第七十届会议的报告；\n\n"
            "   (b) 决定审查主题应依照委员会第 64/1 号决议第 9 段加以确定；\n")
    assert targets(text, "zh") == ["E/CN.5/RES/64/1", "E/CN.6/RES/64/1"]


def test_round_32_table_cells_of_the_commission_a_kind_and_a_range() -> None:
    text = ("E/CN.15/2026/6\n\n预防犯罪和刑事司法委员会\n\n"
            "        机构                 决议或决定              主题\n"
            "        大会                 76/185                  预防和打击影响环境的犯罪\n"
            "        经济及社会           2013/40                 针对非法贩运的对策\n"
            "        理事会                                       刑事司法对策\n"
            "                             决定 2025/237           委员会第三十五届会议临时议程\n"
            "        委员会               28/3                    加强国际合作\n"
            "                             31/1 和 33/4            预防和打击影响环境的犯罪\n"
            "                             34/2 至 34/4            环境犯罪\n")
    assert targets(text, "zh") == ["A/RES/76/185", "CCPCJ/RES/28/3", "CCPCJ/RES/31/1", "CCPCJ/RES/33/4",
                                   "CCPCJ/RES/34/2", "CCPCJ/RES/34/3", "CCPCJ/RES/34/4", "E/DEC/2025/237",
                                   "E/RES/2013/40"]


def test_round_32_a_markdown_body_cell_broken_by_br() -> None:
    text = ("# 第 80/201 号决议\n\n大会，\n\n回顾其第 79/174 号决议，\n\n"
            "| 机构 | 决议 | 日期 |\n|---|---|---|\n| 人权理事会 | 53/7 | 2023 年 7 月 12 日 |\n"
            "| 《联合国打击跨国有组织犯罪公约》<br>缔约方会议 | 11/5 | 2022 年 10 月 21 日 |\n"
            "| | 12/4 | 2024 年 10 月 18 日 |\n")
    assert targets(text, "zh") == ["A/HRC/RES/53/7", "A/RES/79/174", "CTOC/COP/RES/11/5", "CTOC/COP/RES/12/4"]


def test_round_32_a_notes_bare_number_is_the_known_adopter_of_its_instrument() -> None:
    # A commission's own text: a bare 70/1 would be its own, but the note gives where the
    # 2030 Agenda was adopted, and the Assembly adopted it.
    text = ("**妇女地位委员会**  \n**第七十届会议**\n\n## 第 70/2 号决议\n\n*妇女地位委员会*，\n\n"
            "**回顾**大会通过的《变革我们的世界：2030 年可持续发展议程》，[^6]\n\n"
            "**又回顾**委员会第 64/1 号决议，\n\n[^6]: 第 70/1 号决议。\n")
    r = extract_text(text, "zh")
    assert sorted({m.target for m in r.mentions if m.source == r.meta.id and m.target_kind != "instrument"}) == [
        "A/RES/70/1", "E/CN.6/RES/64/1"]
    assert [(x.instrument, x.adopted_by) for x in r.instruments] == [("instrument:AGENDA-2030", "A/RES/70/1")]


@pytest.mark.parametrize("text,expected", [
    ("The Council recalls General Assembly resolutions S-23/2, annex, and S-23/3, annex.",
     ["A/RES/S-23/2", "A/RES/S-23/3"]),
    ("the agenda reaffirmed in resolutions 75/201 of the Assembly and 2558 (2020) of the Council.",
     ["A/RES/75/201", "S/RES/2558(2020)"]),
])
def test_round_32_a_list_goes_on_after_each_items_annex_or_body(text: str, expected: list[str]) -> None:
    assert targets(text, "en") == expected


def test_round_32_a_row_opening_on_its_number_under_a_wrapped_cell() -> None:
    text = ("A/80/167\n\nReport of the Secretary-General\n\n"
            "            Body                          Resolution    Subject\n"
            "            Human Rights Council          48/3          Human rights of older persons\n"
            "                                          54/13         Older persons in humanitarian\n"
            "                                                        emergencies\n"
            "                                          58/13         Legally binding instrument\n")
    assert targets(text, "en") == ["A/HRC/RES/48/3", "A/HRC/RES/54/13", "A/HRC/RES/58/13"]


def test_round_31_a_body_named_between_the_word_and_its_numbers() -> None:
    text = ("A/HRC/RES/61/36\n\nThe Human Rights Council,\n\nRecalling the resolutions of the Sub-Commission on the "
            "Promotion and Protection of Human Rights 2001/8 of 15 August 2001 and 2006/9 of 24 August 2006,\n")
    assert targets(text, "en") == ["E/CN.4/SUB.2/RES/2001/8", "E/CN.4/SUB.2/RES/2006/9"]


def test_round_31_its_in_the_clause_of_the_body_asked_to_act() -> None:
    text = ("Resolution 2026/14\n\nThe Economic and Social Council,\n\n3. Invites the Commission on Population and "
            "Development to contribute to the forum in accordance with General Assembly resolution 75/290 B and "
            "with its own decision 2025/101, and recalls its resolution 2015/6;\n")
    assert targets(text, "en") == ["A/RES/75/290B", "E/CN.9/DEC/2025/101", "E/RES/2015/6"]


def test_round_31_the_resolution_on_a_topic_then_its_number() -> None:
    text = ("Resolution 2026/30\n\nThe Economic and Social Council,\n\nRecalling General Assembly resolution 60/288 of "
            "8 September 2006, by which the Assembly adopted the Strategy, and the resolution on its eighth review, "
            "77/298 of 22 June 2023,\n")
    assert targets(text, "en") == ["A/RES/60/288", "A/RES/77/298"]


def test_round_31_a_cells_last_number_whose_hao_and_word_wrapped_below() -> None:
    text = ("A/80/276\n\n秘书长的报告\n\n        表 1\n\n        现行任务授权\n\n"
            "        机构              授权文件                  要求                          周期\n"
            "        人权理事会        第 58/28 号决议           专题研究                      一次性\n"
            "                          第 55/8 号和第 52/12      高级专员年度专题报告          每年\n"
            "                          号决议\n"
            "                          第 57/104 号决定          举行闭会期间小组讨论          一次性\n")
    assert targets(text, "zh") == ["A/HRC/DEC/57/104", "A/HRC/RES/52/12", "A/HRC/RES/55/8", "A/HRC/RES/58/28"]


def test_round_33_a_by_which_clause_holding_a_titles_commas_and_colon() -> None:
    text = ("The General Assembly,\n\nRecalling also its resolutions 76/181 of 16 December 2021, by which it endorsed "
            "the Kyoto Declaration on Advancing Crime Prevention, Criminal Justice and the Rule of Law: Towards the "
            "Achievement of the 2030 Agenda for Sustainable Development, 77/232 of 15 December 2022 and 78/224,\n")
    assert targets(text, "en") == ["A/RES/76/181", "A/RES/77/232", "A/RES/78/224"]


def test_round_33_a_table_under_a_rule_its_body_wrapped_in_the_second_column() -> None:
    text = ("CCPCJ/RES/35/5\n\nResolution 35/5\n\nThe Commission on Crime Prevention and Criminal Justice,\n\n"
            "Recalling its resolution 33/4,\n\n"
            "             Instrument                      Adopted or approved by       Resolution     Date\n"
            "             ------------------------------------------------------------------------------------\n"
            "             Standard Minimum Rules for      Economic and Social          663 C (XXIV)   31 July 1957\n"
            "             the Treatment of Prisoners      Council                      2076 (LXII)    13 May 1977\n\n"
            "             Body of Principles for the      General Assembly             43/173,        9 December 1988\n"
            "             Protection of All Persons                                    annex\n\n"
            "             Basic principles on the use     Economic and Social          2002/12,       24 July 2002\n"
            "             of restorative justice          Council                      annex\n\n"
            "3. Requests the Office to act in line with paragraph 20 of General Assembly resolution 70/175 and "
            "paragraph 5 of its resolution 33/4.\n")
    assert targets(text, "en") == ["A/RES/43/173", "A/RES/70/175", "CCPCJ/RES/33/4", "E/RES/2002/12"]


def test_round_33_the_conference_of_the_states_parties_to_that_convention() -> None:
    text = ("CTOC/COP/DEC/10/2\n\nThe Conference of the Parties,\n\nBearing in mind the Mechanism for the Review of "
            "Implementation of the United Nations Convention against Corruption, the terms of reference of which were "
            "adopted by the Conference of the States Parties to that Convention in its resolution 3/1,\n")
    assert targets(text, "en") == ["CAC/COSP/RES/3/1"]


def test_round_33_a_page_in_two_columns_is_read_column_by_column() -> None:
    left = ["    Taking note of Economic and Social Council", "resolutions 1994/14 of 25 July 1994 and",
            "1995/28 of 24 July 1995, of Commission on the", "Status of Women resolution 39/6 of 29 March",
            "1995, and of the resolution of the Sub-Com-", "mission on Prevention of Discrimination and",
            "Protection of Minorities 1995/27 of 24 August", "1995, as well as of the report of its Working",
            "Group on Contemporary Forms of Slavery on", "its twentieth session (E/CN.4/Sub.2/1995/28",
            "and Corr.1),", "    Taking note also of Commission on Human", "Rights resolutions 1994/45 of 4 March 1994"]
    right = ["and 1995/85 of 8 March 1995 and of the prelimi-", "nary report of its Special Rapporteur on vio-",
             "lence against women, its causes and its conse-", "quences,", "    Welcoming the Beijing Declaration and Plat-",
             "form for Action adopted by the Fourth World", "Conference on Women on 15 September",
             "1995, in particular paragraphs 122 and 130", "of the Platform for Action, and reaffirming the",
             "Vienna Declaration and Programme of Action", "adopted by the World Conference on Human",
             "Rights on 25 June 1993,", "    Having considered the report of the Secre-"]
    body = "\n".join(f"{a:<54}{b}".rstrip() for a, b in zip(left, right, strict=True))
    text = ("218                              General Assembly—Fiftieth Session\n\n\n"
            "50/167.   Traffic in women and girls\n\n    The General Assembly,\n\n" + body + "\n")
    assert targets(text, "en") == ["E/CN.4/RES/1994/45", "E/CN.4/RES/1995/85", "E/CN.4/SUB.2/1995/28",
                                   "E/CN.4/SUB.2/1995/28/CORR.1", "E/CN.4/SUB.2/RES/1995/27", "E/CN.6/RES/39/6",
                                   "E/RES/1994/14", "E/RES/1995/28"]


def test_round_33_a_notes_number_is_the_commission_the_text_named_with_it() -> None:
    text = ("50/168. Violence against women migrant workers\n\nThe General Assembly,\n\nRecalling Commission on the "
            "Status of Women resolution 39/7 of 31 March 1995,121\n\n____\n\n121 See Official Records of the Economic "
            "and Social Council, 1995, Supplement No. 6 (E/1995/26), chap. I, sect. C, resolution 39/7.\n")
    assert targets(text, "en") == ["E/1995/26", "E/CN.6/RES/39/7"]


def test_round_33_a_layout_converters_page_comments_and_a_decisions_body_line() -> None:
    text = ('<!-- PageHeader="E/2026/25-E/CN.9/2026/7" -->\n\n# 人口与发展委员会\n\n## 第五十九届会议报告\n\n'
            "<!-- PageBreak -->\n\n1\\. 委员会建议经济及社会理事会通过下列决定草案：\n\n**委员会的报告**\n\n经济及社会理事会：\n\n"
            "(b) 回顾其 2005 年 7 月 22 日第 2005/213 号决定和第 2016/25 号决议。\n")
    r = extract_text(text, "zh")
    assert (r.meta.id, r.meta.also) == ("E/2026/25", ("E/CN.9/2026/7",))
    assert targets(text, "zh") == ["E/DEC/2005/213", "E/RES/2016/25"]


def test_round_33_an_extractors_page_marker_inside_a_list() -> None:
    text = ("S/RES/2856 (2026)\n\n第 2856 (2026) 号决议\n\n安全理事会，\n\n回顾关于冲突中性暴力的第1820(2008)号和第\n"
            "26-08731 (C) 290526 290526\n[页 2]\nS/RES/2856 (2026)\n2467(2019)号决议，\n")
    assert targets(text, "zh") == ["S/RES/1820(2008)", "S/RES/2467(2019)"]


def test_round_30_a_body_cells_end_run_into_the_next_rows_number() -> None:
    text = ("A/80/116\n\n秘书长的报告\n\n      表 1\n\n      相关任务授权\n\n"
            "      机构                          授权                      主题\n"
            "      麻醉药品委员会                第 67/1 号决议            毒品与犯罪的联系\n"
            "      《联合国打击跨国有组织犯      第 11/1 号决议            审议机制\n"
            "      罪公约》缔约方会议\n"
            "                                    第 12/2 号决定\n")
    assert targets(text, "zh") == ["CND/RES/67/1", "CTOC/COP/DEC/12/2", "CTOC/COP/RES/11/1"]


def test_an_early_council_volumes_heading_without_its_full_stop() -> None:
    r = extract_text("MILITARY STAFF COMMITTEE\n\n1 (1946) Resolution of 25 January 1946\n\nBy Article 47 of the "
                     "Charter, the Security Council requests …\n", "en")
    assert (r.meta.id, r.meta.id_source, r.meta.date) == ("S/RES/1(1946)", "heading", "1946-01-25")


def test_round_33_a_grid_tables_wrapped_header_and_a_year_on_the_cells_next_line() -> None:
    text = ("80/318. Closed peacekeeping missions\n\nThe General Assembly,\n\n1. Decides to credit the missions below:\n\n"
            "+------------------------+-------------------+\n"
            "| Mission                | Final mandate     |\n"
            "|                        | (Security Council |\n"
            "|                        | resolution)       |\n"
            "+========================+===================+\n"
            "| MINUSMA (Mali)         | 2690 (2023)       |\n"
            "+------------------------+-------------------+\n"
            "| UNAMID (Darfur)        | 2559              |\n"
            "|                        | (2020)            |\n"
            "+------------------------+-------------------+\n")
    assert targets(text, "en") == ["S/RES/2559(2020)", "S/RES/2690(2023)"]


def test_round_33_documents_linked_by_their_address() -> None:
    text = ("E/RES/2026/27\n\nThe Economic and Social Council,\n\nTaking note of the [18]report of the "
            "Secretary-General,\n\nReferences\n\n  18. https://undocs.org/en/E/2026/61\n"
            "  23. https://undocs.org/en/A/80/74-E/2025/54\n  25. https://www.un.org/en/about-us\n")
    assert targets(text, "en") == ["A/80/74", "E/2025/54", "E/2026/61"]


def test_round_34_the_second_body_asked_by_the_same_verb_owns_its() -> None:
    text = ("80/241. Trafficking in women and girls\n\nThe General Assembly,\n\n"
            "7. Invites the Commission on the Status of Women to continue to give attention to the issue, "
            "and the Commission on Crime Prevention and Criminal Justice to take into account, at its "
            "thirty-fifth session, the provisions of its resolution 33/2 of 24 May 2024;\n")
    assert targets(text, "en") == ["CCPCJ/RES/33/2"]


def test_round_34_a_long_sentence_keeps_the_body_named_at_its_start() -> None:
    text = ("81/187. International cooperation against the world drug problem\n\nThe General Assembly,\n\n"
            "Welcoming the resolutions adopted by the Commission on Narcotic Drugs at its sixty-eighth and "
            "sixty-ninth sessions, in particular, as regards alternative development, resolution 68/5, and, "
            "with regard to access to controlled substances for medical purposes, resolutions 69/2 and 69/7, "
            "as well as the resolutions on synthetic drugs, namely resolutions 68/1 to 68/3 and 69/4, and "
            "decision 67/2 of the Commission on the review of its subsidiary bodies,\n\n1. Decides;\n")
    assert targets(text, "en") == ["CND/DEC/67/2", "CND/RES/68/1", "CND/RES/68/2", "CND/RES/68/3",
                                   "CND/RES/68/5", "CND/RES/69/2", "CND/RES/69/4", "CND/RES/69/7"]


def test_round_34_the_assemblys_decisions_are_numbered_from_301() -> None:
    assert compatible("GA", parse_number("63/550"), decision=True)
    assert compatible("GA", parse_number("67/2"), decision=False)
    assert not compatible("GA", parse_number("67/2"), decision=True)


def test_round_34_an_ecowas_decision_is_no_symbol() -> None:
    text = ("The Security Council,\n\nNoting the final communiqué of the Standing Mediation Committee of the "
            "Economic Community of West African States adopted under its decision A/DEC.1/8/90 (S/26209),\n")
    assert targets(text, "en") == ["S/26209"]


def test_round_34_an_italic_verb_after_a_superscript_marker_opens_a_paragraph() -> None:
    text = ("United Nations A/HRC/RES/62/14\n\n62/14. The right to education\n\nThe Human Rights Council,\n\n"
            "*Taking note* of the report of the Special Rapporteur to the General Assembly at its eightieth "
            "session, and of the reports on her country visits to three countries,<sup>9</sup>\n\n"
            "*Welcoming* the summary of the intersessional panel discussion held pursuant to its resolution "
            "56/5 (A/HRC/61/40),\n\n1. *Decides* to continue.\n")
    assert targets(text, "en") == ["A/HRC/61/40", "A/HRC/RES/56/5"]


def test_round_34_a_council_decisions_its_after_its_own_past_verbs() -> None:
    text = ("2026/244. Report of the Commission on Science and Technology for Development\n\n"
            "At its 42nd plenary meeting, on 22 July 2026, the Economic and Social Council took note of the "
            "report of the Commission on Science and Technology for Development on its twenty-ninth session "
            "(E/2026/31-E/CN.16/2026/5), approved the provisional agenda for its thirtieth session, and "
            "recalled its resolutions 2006/46 of 28 July 2006 and 2025/16 to 2025/18 of 23 July 2025.\n")
    assert targets(text, "en") == ["E/2026/31", "E/CN.16/2026/5", "E/RES/2006/46", "E/RES/2025/16",
                                   "E/RES/2025/17", "E/RES/2025/18"]


def test_round_34_old_numbers_in_a_council_text_are_its_own() -> None:
    text = ("2026/14. 各职能委员会未来的工作组织\n\n经济及社会理事会，\n\n"
            "回顾 1946 年 2 月 16 日第 5 (I) 号和 1946 年 6 月 21 日第 11 (II) 号决议，其中理事会设立了"
            "妇女地位委员会，\n\n1. 决定；\n")
    assert targets(text, "zh") == ["E/RES/11(II)", "E/RES/5(I)"]


def test_round_34_a_tables_bare_number_is_the_one_the_text_gave_a_body() -> None:
    text = ("A/81/164\n\n秘书长的报告\n\n"
            "7. 《公约》缔约方会议在 2024 年 10 月第十二届会议上通过了第 12/3 号决议。预防犯罪和刑事司法委员会"
            "第 33/3 号决议也涉及这一问题。\n\n"
            "| 措施 | 国家数 | 依据 |\n|---|---|---|\n| 缔结双边合作协定 | 27 | 第 12/3 号决议 |\n")
    assert targets(text, "zh") == ["CCPCJ/RES/33/3", "CTOC/COP/RES/12/3"]


def test_round_34_a_summary_record_range_of_four_digits() -> None:
    text = ("The General Assembly,\n\n4. Requests the Secretary-General to take into account the views "
            "expressed in the Third Committee (A/C.3/SR.2140-2142);\n")
    assert targets(text, "en") == ["A/C.3/SR.2140", "A/C.3/SR.2141", "A/C.3/SR.2142"]


def test_round_34_a_typed_note_marker_before_a_number_of_its_own() -> None:
    text = ("        3429 (XXX).   Crime prevention and control\n\n             The General Assembly,\n\n"
            "             Recalling also Economic and Social Council resolutions\n"
            "        663 C (XXIV) of 31 July 1957, by which the Council approved the\n"
            "        Standard Minimum Rules for the Treatment of Prisoners, 1/\n"
            "        1584 (L) of 21 May 1971 and 1794 (LIV) of 18 May 1973,\n\n"
            "             1. Decides.\n        ____________\n        1/ See Human Rights, vol. 1.\n")
    assert targets(text, "en") == ["E/RES/1584(L)", "E/RES/1794(LIV)", "E/RES/663(XXIV)"]


def test_round_34_two_bodies_and_their_numbers_respectively() -> None:
    text = ("2026/14. 各职能委员会未来的工作组织\n\n经济及社会理事会，\n\n"
            "5. 邀请麻醉药品委员会和预防犯罪和刑事司法委员会继续在维也纳举行联席会议，并注意到两个委员会"
            "在其第 68/1 号和第 34/2 号决议中提出的建议；\n")
    assert targets(text, "zh") == ["CCPCJ/RES/34/2", "CND/RES/68/1"]
    en = ("2026/14. Working methods\n\nThe Economic and Social Council,\n\n5. Notes the recommendations of "
          "the Commission on Narcotic Drugs and the Commission on Crime Prevention and Criminal Justice in "
          "their resolutions 68/1 and 34/2, respectively;\n")
    assert targets(en, "en") == ["CCPCJ/RES/34/2", "CND/RES/68/1"]


def test_round_35_by_the_commission_after_a_council() -> None:
    text = ("80/175. Human rights and arbitrary deprivation of nationality\n\nThe General Assembly,\n\n"
            "Recalling Commission on Human Rights resolution 1998/48 of 17 April 1998,\n\n"
            "6. Encourages States to ensure that every child is registered, as recalled by the Human Rights "
            "Council in its resolutions 22/7 and 34/15 and by the Commission in resolution 2005/45;\n")
    assert targets(text, "en") == ["A/HRC/RES/22/7", "A/HRC/RES/34/15", "E/CN.4/RES/1998/48",
                                   "E/CN.4/RES/2005/45"]


def test_round_35_adopted_by_the_commission_in_brackets() -> None:
    text = ("2026/215. Reports of functional commissions\n\nAt its 12th plenary meeting, the Economic and Social "
            "Council took note of the report of the Commission for Social Development (E/2026/26) and decided to "
            "transmit to the General Assembly, at its eighty-first session, the resolution on the priority theme "
            "adopted by the Commission (resolution 64/1).\n")
    assert targets(text, "en") == ["E/2026/26", "E/CN.5/RES/64/1"]


def test_round_35_the_commission_asked_owns_its() -> None:
    text = ("2026/14. Programme of work\n\nThe Economic and Social Council,\n\nRecalling Commission on Population "
            "and Development resolution 2024/1 of 3 May 2024,\n\n2. Requests the Commission, in accordance with "
            "its decision 2025/101, to adopt its resolutions by consensus;\n")
    assert targets(text, "en") == ["E/CN.9/DEC/2025/101", "E/CN.9/RES/2024/1"]


def test_round_35_a_list_goes_on_after_a_topic_with_a_series_and_a_part() -> None:
    text = ("The General Assembly,\n\nRecalling Economic and Social Council resolutions 1998/46 of 31 July 1998, "
            "on further measures for the restructuring of the United Nations in the economic, social and related "
            "fields, annex III of which concerns the regional commissions, 2023/29 to 2023/31 of 25 July 2023 "
            "and 2024/11,\n")
    assert targets(text, "en") == ["E/RES/1998/46", "E/RES/2023/29", "E/RES/2023/30", "E/RES/2023/31",
                                   "E/RES/2024/11"]


def test_round_35_regional_commissions_symbols() -> None:
    text = "The General Assembly,\n\nNoting documents LC/SES.40/9 and E/ESCWA/34/10/Report,\n"
    assert targets(text, "en") == ["E/ESCWA/34/10/REPORT", "LC/SES.40/9"]


def test_round_35_a_link_label_before_a_number_with_its_session() -> None:
    text = ("The General Assembly,\n\n   Recalling its resolution [20]377 A (V) of 3 November 1950 and Security "
            "Council resolution [21]1373 (2001), and the Convention,[22]1\n")
    assert targets(text, "en") == ["A/RES/377(V)", "S/RES/1373(2001)"]


def test_round_35_the_issuing_symbol_under_a_later_heading_on_a_volume_page() -> None:
    text = ("          277 (1970). Resolution of 18 March 1970\n                        [S/9709/Rev.1]\n\n"
            "   The Security Council,\n\n   Noting document S/9700,\n\n"
            "          283 (1970). Resolution of 29 July 1970\n                        [S/9891]\n\n"
            "   The Security Council,\n\n   Noting document S/9800,\n")
    assert targets(text, "en") == ["S/9700", "S/9800"]


def test_round_35_a_symbol_broken_after_its_dot() -> None:
    text = ("The Security Council,\n\n   Noting the verbatim record of the 1550th meeting (S/PV.\n1550),\n"
            "   ____________\n   9 For the report, see document S/9863/Add.1 and\n"
            "the verbatim record of the 1551st meeting (S/PV.\n1551).\n")
    assert targets(text, "en") == ["S/9863/ADD.1", "S/PV.1550", "S/PV.1551"]


def test_round_35_a_notes_last_line_beside_a_page_footer_is_not_furniture() -> None:
    text = ("   S/2026/289\n\n   The Secretary-General reports.\n\n _______________\n"
            "   1   For earlier reports, see S/2025/615.\n   2   See the report of the Force\n"
            "       contained in the annex to document S/2026/97.\n\n\n"
            " 2/5                                                                              26-05512\n")
    assert targets(text, "en") == ["S/2025/615", "S/2026/97"]


def test_round_35_an_ocr_reso1ution() -> None:
    text = ("43/197. Development\n\nThe General Assembly,\n\n     Recalling further its reso1ution 35/56 of "
            "5 December 1980,\n")
    assert targets(text, "en") == ["A/RES/35/56"]


def test_round_35_a_bulleted_list_of_the_councils_decisions() -> None:
    text = ("| **United Nations** | **A/HRC/62/2** |\n\n## II. Decisions\n\n6\\. The Council adopted the "
            "following decisions, without a vote, at its 29th and 30th meetings, on 2 July 2026:\n\n"
            "- **62/101.** Outcome of the universal periodic review: Mauritius\n"
            "- **62/102.** Outcome of the universal periodic review: Nepal\n")
    assert targets(text, "en") == ["A/HRC/DEC/62/101", "A/HRC/DEC/62/102"]


def test_round_35_a_tabbed_tables_header_under_its_title() -> None:
    text = ("11/9. Asset recovery\n\nThe Conference of the States Parties,\n\n1. Decides;\n\nAnnex\n"
            "Resolutions and decisions of the Conference relevant to asset recovery\n"
            "Session\tVenue and year\tResolutions\tDecisions\nFirst\tAmman, 2006\t1/4\t–\n"
            "Sixth\tSt. Petersburg, 2015\t6/2 and 6/3\t–\n")
    assert targets(text, "en") == ["CAC/COSP/RES/1/4", "CAC/COSP/RES/6/2", "CAC/COSP/RES/6/3"]


def test_round_35_abbreviated_symbols_of_the_same_series() -> None:
    text = ("The Commission,\n\nTaking note of the reports of the regional preparatory meetings (A/CONF.240/\n"
            "RPM.1/1, A/CONF.240/RPM.2/1, RPM.3/1 and RPM.4/1),\n")
    assert targets(text, "en") == ["A/CONF.240/RPM.1/1", "A/CONF.240/RPM.2/1", "A/CONF.240/RPM.3/1",
                                   "A/CONF.240/RPM.4/1"]


def test_round_35_of_two_bodies_named_the_one_given_the_number_before() -> None:
    text = ("35/2. Follow-up to the Congress\n\nThe Commission on Crime Prevention and Criminal Justice,\n\n"
            "Bearing in mind the resolutions of the Conference of the Parties to the United Nations Convention "
            "against Transnational Organized Crime, in particular resolution 12/4,\n\n"
            "3. Invites the Conference of the Parties and the Conference of the States Parties to the United "
            "Nations Convention against Corruption, in accordance with resolution 12/4 and resolution 10/6, "
            "respectively, to contribute to the discussions;\n")
    assert targets(text, "en") == ["CAC/COSP/RES/10/6", "CTOC/COP/RES/12/4"]


def test_round_35_a_commissions_web_heading_and_conference_resolution() -> None:
    r = extract_text("   [11]Commission on Narcotic Drugs > 2026\n\n                             CND Resolution 69/4\n\n"
                     "   The Commission on Narcotic Drugs,\n\n   Recalling its resolution 68/2,\n", "en")
    assert r.meta.id == "CND/RES/69/4"
    text = ("CTOC/COP/WG.3/2026/2\n\nNote by the Secretariat\n\n11. The Working Group may wish to coordinate with "
            "the Conference of the States Parties and the Commission on Crime Prevention and Criminal Justice in "
            "the mandates contained in Conference resolution 12/4 and Commission resolution 33/3.\n")
    assert targets(text, "en") == ["CCPCJ/RES/33/3", "CTOC/COP/RES/12/4"]


def test_round_35_a_masthead_table_without_its_outer_pipes() -> None:
    r = extract_text("**联合国** | **E/2026/28-E/CN.7/2026/15**\n---|---\n**经济及社会理事会** | Distr.: General\n\n"
                     "# 麻醉药品委员会\n\n4. 提请理事会注意委员会第六十九届会议通过的下列决议：\n\n"
                     "| 编号 | 标题 |\n|---|---|\n| 第 69/1 号决议 | 加强药物滥用预防的证据基础 |\n", "zh")
    assert r.meta.id == "E/2026/28"
    assert sorted({m.target for m in r.mentions}) == ["CND/RES/69/1"]


def test_round_35_a_layout_tables_cell_wrapped_over_lines_with_its_word_cut() -> None:
    text = ("A/80/348\n\n秘书长的报告\n\n       表 1\n       各机构关于贩运人口问题的主要任务授权\n\n"
            "       机构                    决议/决定                               主要内容\n"
            "       大会                    第 64/293、76/7、77/194 和              全球行动计划；政\n"
            "                               79/178 号决议；第 79/546 号             治宣言；报告要求\n"
            "                               决定\n"
            "       经济及社会理事会        第 2023/19 号和第 2024/18 号决          打击贩运人体器官；\n"
            "                               议                                      受害者援助\n"
            "       人权理事会              第 56/5 号和第 59/12 号决议             特别报告员任务\n")
    assert targets(text, "zh") == ["A/DEC/79/546", "A/HRC/RES/56/5", "A/HRC/RES/59/12", "A/RES/64/293",
                                   "A/RES/76/7", "A/RES/77/194", "A/RES/79/178", "E/RES/2023/19", "E/RES/2024/18"]


def test_round_36_a_regional_commissions_old_numbers_are_not_the_councils() -> None:
    text = ("2026/29. Regional cooperation\n\nThe Economic and Social Council,\n\n4. Welcomes the forty-first "
            "session of the Economic Commission for Latin America and the Caribbean, and takes note of the "
            "resolutions adopted thereat, in particular resolution 786(XLI), whose text appears in the report "
            "(LC/SES.41/14), and recalls its resolution 1147 (XLI);\n")
    assert targets(text, "en") == ["E/RES/1147(XLI)", "LC/SES.41/14"]


def test_round_36_a_body_in_the_second_column_of_a_row() -> None:
    text = ("**Resolution 36/3**\n\n# Strengthening cooperation\n\n*The Commission on Crime Prevention and Criminal "
            "Justice*,\n\n*Recalling* the resolutions of the Conference of the Parties to the United Nations "
            "Convention against Transnational Organized Crime,\n\n| Mechanism | Body | Text |\n|---|---|---|\n"
            "| Working group on asset recovery | Conference of the States Parties | resolution 1/4; resolution 11/3 |\n")
    r = extract_text(text, "en")
    assert r.meta.id == "CCPCJ/RES/36/3"
    assert sorted({m.target for m in r.mentions if m.target_kind != "instrument"}) == [
        "CAC/COSP/RES/1/4", "CAC/COSP/RES/11/3"]


def test_round_36_the_report_part_a_resolution_is_printed_in_is_not_cited() -> None:
    r = extract_text("## E/2027/30/Add.1-E/CN.15/2027/15/Add.1\n\n### Chapter I, section B\n\n**Resolution 36/3**\n\n"
                     "# Strengthening\n\n*The Commission on Crime Prevention and Criminal Justice*,\n\n"
                     "*Recalling* resolution 46/152,\n", "en")
    assert (r.meta.id, sorted({m.target for m in r.mentions})) == ("CCPCJ/RES/36/3", ["A/RES/46/152"])


def test_round_36_a_commissions_web_page_and_its_list_of_decisions() -> None:
    text = ("   [4]Statistical Commission > [5]58th session (2027) > Decisions\n\nDecision 58/107\nNational accounts\n\n"
            "   Document symbol: E/CN.3/DEC/58/107\n\n   The Statistical Commission:\n\n   (a) Welcomed the report "
            "([6]E/CN.3/2027/13);\n\n   Other decisions adopted at the fifty-eighth session\n\n"
            "     * [18]58/101 Data and indicators for the 2030 Agenda\n     * [19]58/102 Population and housing censuses\n")
    r = extract_text(text, "en")
    assert r.meta.id == "E/CN.3/DEC/58/107"
    assert sorted({m.target for m in r.mentions if m.target_kind != "instrument"}) == [
        "E/CN.3/2027/13", "E/CN.3/DEC/58/101", "E/CN.3/DEC/58/102"]


def test_round_36_a_series_words_numbers_take_a_hyphen_range() -> None:
    text = "The Commission,\n\nTaking note of the statements (E/CN.6/2027/NGO/1-3) and A/80/1-E/2025/2,\n"
    assert targets(text, "en") == ["A/80/1", "E/2025/2", "E/CN.6/2027/NGO/1", "E/CN.6/2027/NGO/2",
                                   "E/CN.6/2027/NGO/3"]


def test_round_36_numbers_adopted_by_the_commission_named_after() -> None:
    text = ("2027/231. Reports of the functional commissions\n\nAt its 30th plenary meeting, the Economic and Social "
            "Council:\n\n(b) Took note of the report of the Commission on the Status of Women on its seventy-first "
            "session and approved the provisional agenda for its seventy-second session; took note also of "
            "resolutions 71/1 and 71/2 and of decision 71/101, adopted by the "
            "Commission at that session;\n")
    assert targets(text, "en") == ["E/CN.6/DEC/71/101", "E/CN.6/RES/71/1", "E/CN.6/RES/71/2"]


def test_round_36_the_issuing_symbol_under_resolution_n_of_date() -> None:
    text = ("                         Resolution 776 (1992)\n                       of 14 September 1992\n\n"
            "                              [S/24549]\n\n     The Security Council,\n\n     Noting document S/24540,\n\n"
            "                         Resolution 777 (1992)\n                       of 19 September 1992\n\n"
            "                              [S/24570]\n\n     The Security Council,\n\n     Noting document S/24555,\n")
    got = targets(text, "en")
    assert "S/24570" not in got and "S/24549" not in got
    assert {"S/24540", "S/24555"} <= set(got)


def test_round_36_layout_table_cells_wrapped_in_english() -> None:
    text = ("A/81/263\n\nReport of the Secretary-General\n\nAnnex\n\n        Mandates of intergovernmental bodies on "
            "trafficking in women\n        and girls, 2021-2026\n\n  Body                Resolution or         "
            "Subject                          Report or document\n                      decision\n"
            "  ------------------------------------------------------------------------------------------------\n\n"
            "  Economic and        2024/8 and            Follow-up to the Global          E/2025/58;\n"
            "  Social Council      2025/14               Plan of Action; data on          E/2026/61 and\n"
            "                                            trafficking                      Corr.1\n\n"
            "  Human Rights        50/7, 59/5            Protection of victims; non-      E/CN.15/2025/\n"
            "  Council                                   punishment principle             11; E/CN.15/\n"
            "                                                                             2026/8\n\n"
            "  Security            2331 (2016);          Trafficking and conflict-        S/2026/312\n"
            "  Council             2467 of 23 April\n                      2019\n")
    assert targets(text, "en") == ["A/HRC/RES/50/7", "A/HRC/RES/59/5", "E/2025/58", "E/2026/61",
                                   "E/2026/61/CORR.1", "E/CN.15/2025/11", "E/CN.15/2026/8", "E/RES/2024/8",
                                   "E/RES/2025/14", "S/2026/312", "S/RES/2331(2016)", "S/RES/2467(2019)"]


def test_round_36_a_chinese_tables_first_column_and_symbols_wrapped() -> None:
    text = ("E/2026/30\n\n预防犯罪和刑事司法委员会\n\n      4.    委员会第三十五届会议通过的下列决议提请理事会注意：\n\n"
            "      表\n      委员会第三十五届会议通过的决议和决定\n\n"
            "      编号              标题                                    所依据的草案\n"
            "      第 35/1 号决议    加强预防和打击非法贩运文化财产及       E/CN.15/2026/L.3/\n"
            "                        其他相关犯罪的国际合作                 Rev.1\n"
            "      第 35/3 至 35/5   预防犯罪和刑事司法领域的技术援助       E/CN.15/2026/L.5、\n"
            "      号决议            （三项决议）                           L.6 和 L.7\n")
    assert targets(text, "zh") == ["CCPCJ/RES/35/1", "CCPCJ/RES/35/3", "CCPCJ/RES/35/4", "CCPCJ/RES/35/5",
                                   "E/CN.15/2026/L.3/REV.1", "E/CN.15/2026/L.5", "E/CN.15/2026/L.6",
                                   "E/CN.15/2026/L.7"]


def test_round_36_a_bare_commission_in_a_paragraph_of_its_own_commission() -> None:
    text = ("2027/231. Reports of the functional commissions\n\nAt its 30th plenary meeting, the Economic and Social "
            "Council:\n\n(a) Took note of the report of the Commission for Social Development and of resolution "
            "65/1 of the Commission;\n\n(b) Took note of the report of the Commission on the Status of Women and "
            "recalled its resolution 2025/4 on the methods of work of the Commission, as well as Commission "
            "resolution 65/1;\n")
    assert targets(text, "en") == ["E/CN.5/RES/65/1", "E/CN.6/RES/65/1", "E/RES/2025/4"]


def test_round_37_an_ocr_volume_page_and_its_running_header() -> None:
    text = ("     At its 2555th meeting, the Counci1 decided to invite the representatives of Israe1, in the\n"
            "discussion of the item entit1ed \"The situation in the Midd1e East\", under ru1e 37.\n\n"
            "                          Reso1ution 555 (1984)\n                          of 12 October 1984\n\n"
            "     The Security Counci1,\n\n     Reca11ing its reso1utions 425 (1978) of 19 March 1978, 467 (1980) of\n"
            "24 Apri1 1980, 483 (1980) of 17 December 1980, 498 (1981) of\n\n                                   - 12 -\n\n"
            "        Reso1utions and decisions of the Security Counci1, 1984\n\n"
            "18 December 1981 and 501 (1982) of 25 February 1982,\n\n     1. Decides to extend the mandate;\n")
    r = extract_text(text, "en")
    assert r.meta.id == "S/RES/555(1984)"
    assert sorted({m.target for m in r.mentions}) == ["S/RES/425(1978)", "S/RES/467(1980)", "S/RES/483(1980)",
                                                     "S/RES/498(1981)", "S/RES/501(1982)"]


def test_round_37_a_web_page_of_decisions_headed_by_their_symbols() -> None:
    text = ("                                  Decisions adopted\n\n"
            "  [7]A/HRC/DEC/62/101 - Report of the Advisory Committee: postponement\n\n   The Human Rights Council,\n\n"
            "   Recalling its decision 59/102,\n\n   Decides to postpone the consideration of the report.\n\n"
            "     ----------------------------------------------------------------------\n\n"
            "  [14]A/HRC/DEC/62/102 - Outcome of the universal periodic review\n\n"
            "   The Human Rights Council,\n\n   Recalling its decision [15]62/101,\n\n   Adopts the outcome.\n\nReferences\n\n"
            "  7. https://undocs.org/en/A/HRC/DEC/62/101\n  14. https://undocs.org/en/A/HRC/DEC/62/102\n")
    r = extract_text(text, "en")
    assert r.meta.id == "A/HRC/DEC/62/101"
    assert sorted({m.target for m in r.mentions}) == ["A/HRC/DEC/59/102"]


def test_round_37_a_councils_bare_number_dated() -> None:
    text = ("The Secretary-General reports.\n\n12. In Somalia, it supported the Mission pursuant to resolution 2767 of\n"
            "27 December 2024; in the Sudan, it acted under resolution 2736 (2024).\n")
    assert targets(text, "en") == ["S/RES/2736(2024)", "S/RES/2767(2024)"]
    assert targets("The General Assembly,\n\nRecalling its resolution 1493 of 28 July 2003,\n", "en") == []


def test_round_37_a_list_of_the_council_named_before() -> None:
    text = ("The General Assembly,\n\nRecalling the work of the Human Rights Council, the Commission on Narcotic "
            "Drugs and the Commission on Crime Prevention and Criminal Justice, in particular resolutions 55/12 of "
            "4 April 2024 and 58/19 of 7 April 2025 of the Council,\n")
    assert targets(text, "en") == ["A/HRC/RES/55/12", "A/HRC/RES/58/19"]


def test_round_37_chinese_layout_table_not_read_as_two_columns() -> None:
    rows = ("   19 (b)      妇女地位委员会第七十届会                E/2026/27-          注意到；并注意到委员会\n"
            "   提高妇女地位      议的报告                        E/CN.6/2026/11      第 70/1 号和第 70/2 号\n"
            "                                                               决议\n\n"
            "   19 (c)      预防犯罪和刑事司法委员会                E/2026/30-          注意到；另见理事会第\n"
            "   预防犯罪和       第三十五届会议的报告                  E/CN.15/2026/14     2026/15 至 2026/18 号决\n"
            "   刑事司法                                                        议和委员会第 35/1 号决定\n\n")
    text = ("决定\n\n2026/251.       理事会审议的与社会和人权问题有关的报告\n\n"
            "                在 2026 年 7 月 23 日第 44 次全体会议上，经济及社会理事会，注意到下表所列报告和文件，并决定\n"
            "           将表中所列委员会的决议和决定视为已经理事会核可：\n\n"
            "   议程项目        报告或文件                       文号                  理事会的行动\n"
            "   ──────────────────────────────────────────────────────────────────────\n" + rows)
    assert targets(text, "zh") == ["CCPCJ/DEC/35/1", "E/2026/27", "E/2026/30", "E/CN.15/2026/14", "E/CN.6/2026/11",
                                   "E/CN.6/RES/70/1", "E/CN.6/RES/70/2", "E/RES/2026/15", "E/RES/2026/16",
                                   "E/RES/2026/17", "E/RES/2026/18"]


def test_round_37_a_commission_reports_table_of_its_own_numbers() -> None:
    text = ("| **联合国** | **E/2027/28-E/CN.7/2027/15** |\n|---|---|\n\n# 麻醉药品委员会\n\n"
            "6. 委员会审议了关于执行其以往各项决议的下列报告：\n\n| 委员会决议 | 通过年份 | 文件 |\n|---|---|---|\n"
            "| 第 4 (XXXVI) 号 | 1993 | E/CN.7/2027/6 |\n| 第 66/3 号<br>第 67/1 号 | 2023<br>2024 | E/CN.7/2027/9 |\n")
    assert targets(text, "zh") == ["CND/RES/4(XXXVI)", "CND/RES/66/3", "CND/RES/67/1", "E/CN.7/2027/6",
                                   "E/CN.7/2027/9"]


def test_round_37_another_organizations_ministerial_council() -> None:
    text = ("第 2883（2026）號決議\n\n安全理事會，\n\n回顧人權理事會第 60/15 號決議，\n\n"
            "注意到歐洲安全與合作組織部長理事會第 1/17 號決定（MC.DEC/1/17），\n")
    assert targets(text, "zh") == ["A/HRC/RES/60/15"]


def test_round_37_chinese_bodies_severally() -> None:
    text = ("2026/21. 各职能委员会的工作\n\n经济及社会理事会，\n\n注意到妇女地位委员会、社会发展委员会和人口与发展委员会分别通过的"
            "第 69/2 号、第 63/1 号和第 2025/2 号决议，\n\n2. 请办公室依照麻醉药品委员会和预防犯罪和刑事司法委员会分别在第 68/3 号"
            "和第 34/2 号决议中提出的要求收集数据；\n")
    assert targets(text, "zh") == ["CCPCJ/RES/34/2", "CND/RES/68/3", "E/CN.5/RES/63/1", "E/CN.6/RES/69/2",
                                   "E/CN.9/RES/2025/2"]


def test_round_37_a_commissions_report_by_its_supplement_and_the_sub_commissions_short_name() -> None:
    text = ("2026/21. 统计\n\n经济及社会理事会，\n\n回顾其以往的工作，\n\n____________\n"
            " 4 见《经济及社会理事会正式记录，2015 年，补编第 4 号》（E/2015/24），第一章，C 节，第 46/101 号决定。\n")
    assert "E/CN.3/DEC/46/101" in targets(text, "zh")
    hrc = ("62/9. 通过军事法庭执行司法\n\n人权理事会，\n\n回顾促进和保护人权小组委员会第 2005/30 号决议和小组委员会第 2004/112 号决定，\n\n"
           "3. 注意到人权小组委员会第 2005/30 号决议所附原则草案；\n")
    assert targets(hrc, "zh") == ["E/CN.4/SUB.2/DEC/2004/112", "E/CN.4/SUB.2/RES/2005/30"]


def test_round_37_a_bare_conference_in_chinese() -> None:
    text = ("E/CN.15/2026/5\n\n秘书长的报告\n\n5. 《联合国反腐败公约》缔约国会议在其第 11/2 号决议中请办公室继续提供技术援助。"
            "办公室支持了 61 个国家，其中包括在会议第 10/6 号决议框架内开展的活动。\n")
    assert targets(text, "zh") == ["CAC/COSP/RES/10/6", "CAC/COSP/RES/11/2"]


def test_round_38_the_council_that_numbers_so() -> None:
    text = ("80/262. Programme budget\n\nThe General Assembly,\n\n6. Approves the appropriations arising from Human "
            "Rights Council resolutions 58/3 of 2 April 2025 and 58/21, in the amount of 412,600 dollars under "
            "section 2, General Assembly and Economic and Social Council affairs and conference management;\n\n"
            "7. Notes that the requirements arising from Council resolution 59/17 are covered;\n")
    assert targets(text, "en") == ["A/HRC/RES/58/21", "A/HRC/RES/58/3", "A/HRC/RES/59/17"]
    report = ("A/80/301\n\nNote by the Secretary-General\n\n2. The Human Rights Council, in its resolution 54/2, "
              "requested a report.\n\n9. States described memorial sites.\n\n10. The Special Rapporteur welcomes the "
              "adoption by the Council of resolution\n57/14 on archives of 8 October 2024.\n")
    assert targets(report, "en") == ["A/HRC/RES/54/2", "A/HRC/RES/57/14"]


def test_round_38_an_old_range_with_its_session_after_the_last() -> None:
    text = ("The General Assembly,\n\nRecalling Economic and Social Council resolutions 1553 B (XLIX) of 30 July 1970, "
            "as well as\nCouncil resolutions 1554 to 1556 (XLIX) of 31 July\n1970 on the mobilization of savings,\n")
    assert targets(text, "en") == ["E/RES/1553(XLIX)", "E/RES/1554(XLIX)", "E/RES/1555(XLIX)", "E/RES/1556(XLIX)"]


def test_round_38_the_population_commission_numbers_year_first() -> None:
    assert not compatible("CPD", parse_number("56/103"), decision=True)
    assert compatible("CPD", parse_number("2026/1"), decision=False)


def test_round_38_chinese_bodies_named_after_and_the_texts_own_verb_again() -> None:
    text = ("2026/27. 人口与发展\n\n经济及社会理事会，\n\n又注意到第 56/103 号和第 57/101 号决定，这两项决定分别由统计委员会第五十"
            "六届会议和第五十七届会议通过，\n\n注意到社会发展委员会第六十四届会议的工作，包括其第 64/1 号决议，又回顾其第 2025/16 "
            "号决议，\n")
    assert targets(text, "zh") == ["E/CN.3/DEC/56/103", "E/CN.3/DEC/57/101", "E/CN.5/RES/64/1", "E/RES/2025/16"]


def test_round_38_its_own_after_a_commission_and_a_special_session_before_its() -> None:
    text = ("2026/251. Reports\n\nAt its 43rd plenary meeting, the Economic and Social Council took note of the report "
            "of the Commission on Population and Development and of resolution 2026/1 adopted by the Commission, "
            "recalling Commission resolution 2025/1 and its own decision 2025/215.\n")
    assert targets(text, "en") == ["E/CN.9/RES/2025/1", "E/CN.9/RES/2026/1", "E/DEC/2025/215"]
    cnd = ("69/9. Precursors\n\nThe Commission on Narcotic Drugs,\n\nRecalling its resolution 61/8 of 16 March 2018,\n\n"
           "1. Urges Member States to implement General Assembly resolution S-30/1, and to use the tools developed "
           "pursuant to its resolution 61/8;\n")
    assert targets(cnd, "en") == ["A/RES/S-30/1", "CND/RES/61/8"]


def test_round_38_a_symbol_ending_a_sentence_on_a_line_of_its_own_and_a_footer_of_three_cells() -> None:
    text = ("A/81/537\n\nReport of the Sixth Committee\n\n6. A statement was subsequently issued as document\n"
            "A/C.6/81/L.20.\n\n7. The Committee adopted the draft.\n")
    assert targets(text, "en") == ["A/C.6/81/L.20"]
    zh = ("80/243. 新闻工作者的安全\n\n大会，\n\n    又回顾人权理事会关于新闻工作者安全的第 33/2 号决议，以及理事会 2024 年\n\n"
          "            __________________\n              1    第 217 A (III) 号决议。\n\n"
          "25-22861 (C)    190126    200126                                                1/4\nA/RES/80/243\n\n"
          " 10 月 9 日第 57/5 号决议和理事会第 51/115 号决定，\n")
    assert targets(zh, "zh") == ["A/HRC/DEC/51/115", "A/HRC/RES/33/2", "A/HRC/RES/57/5", "A/RES/217(III)"]


def test_round_39_another_treatys_conference_by_its_name() -> None:
    text = ("80/247. Sustainable development\n\nThe General Assembly,\n\nRecalling the resolutions of the Economic and "
            "Social Commission for Asia and the Pacific,\n\n____________\n"
            "10 Conference of the Parties to the Convention on Biological Diversity,\ndecision 15/4, annex.\n")
    assert targets(text, "en") == []


def test_round_39_a_typed_marker_after_a_year_and_the_sub_commission_in_its() -> None:
    text = ("38/112. Elimination of intolerance\n\nThe General Assembly,\n\n     Recalling Commission on Human Rights "
            "resolutions 1983/40 of 9 March 1983 48/ and 1982/\n58 of 11 March 1982,\n\n     Noting Economic and Social "
            "Council decision 1983/150, by which the Council endorsed the request of the Sub-Commission contained in "
            "its resolution 1983/31,\n\n____________\n48/ See Official Records.\n")
    assert targets(text, "en") == ["E/CN.4/RES/1982/58", "E/CN.4/RES/1983/40", "E/CN.4/SUB.2/RES/1983/31",
                                   "E/DEC/1983/150"]


def test_round_39_a_list_item_dated_by_its_year_alone() -> None:
    text = ("69/5. Precursors\n\nThe Commission on Narcotic Drugs,\n\n*Recalling* its resolutions 4 (XXXVIII) of 1995, "
            "55/7 of 16 March 2012 and 68/4 of 14 March 2025,\n")
    assert targets(text, "en") == ["CND/RES/4(XXXVIII)", "CND/RES/55/7", "CND/RES/68/4"]


def test_round_39_more_records_of_the_series_and_a_prose_line_ending_on_a_symbol() -> None:
    text = ("A/81/482/Add.2\n\nReport of the Third Committee\n\n2. The Committee considered the item (A/C.3/81/SR.45, 47 "
            "and 50-52).\n\n3. The General Assembly takes note of the report of the Secretary-General (A/81/275),\n"
            "and decides to transmit the letter contained in document A/81/512-S/2026/930\n"
            "to the Human Rights Council at its sixty-second session.\n")
    assert targets(text, "en") == ["A/81/275", "A/81/512", "A/C.3/81/SR.45", "A/C.3/81/SR.47", "A/C.3/81/SR.50",
                                   "A/C.3/81/SR.51", "A/C.3/81/SR.52", "S/2026/930"]


def test_round_39_an_escaped_full_stop_in_a_markdown_heading_and_a_volumes_running_head() -> None:
    r = extract_text("# 经济及社会理事会\n\n## 预防犯罪和刑事司法委员会第 35/7 号决议\n\n### 35/7\\. 加强刑事司法系统的能力\n\n"
                     "*预防犯罪和刑事司法委员会*，\n\n*回顾*大会第 46/152 号决议，\n", "zh")
    assert r.meta.id == "CCPCJ/RES/35/7"
    vol = ("                                   - 231 -\n\n            大会——第四十七届会议                    A/47/49 (Vol. I)\n\n"
           "       47/138.   防止酷刑\n\n            大会，\n\n            回顾其第 39/46 号决议，\n")
    assert targets(vol, "zh") == ["A/RES/39/46"]


def test_round_39_a_box_drawn_rule_under_a_tables_last_row() -> None:
    text = ("A/81/178\n\n秘书长的报告\n\n      表 1\n      各机构的任务授权\n\n"
            "      机构                   决议/决定                     主题\n"
            "      ─────────────────────────────────────────────────────────────────\n"
            "      人权理事会             第 57/15 号决议               刑事司法中的人\n"
            "                                                           权保障\n"
            "      《联合国打击跨国有组   第 12/2 和 12/4 号决议；      审议机制的后续\n"
            "      织犯罪公约》缔约方会   第 11/1 号决定                行动\n"
            "      议\n"
            "      ─────────────────────────────────────────────────────────────────\n")
    assert targets(text, "zh") == ["A/HRC/RES/57/15", "CTOC/COP/DEC/11/1", "CTOC/COP/RES/12/2", "CTOC/COP/RES/12/4"]


def test_round_40_cnd_numbers_by_session_from_its_forty_second() -> None:
    assert not compatible("CND", parse_number("35/2"), decision=False)
    assert compatible("CND", parse_number("68/3"), decision=False)
    assert not compatible("CND", parse_number("1481 (XLVIII)"), decision=False)
    text = ("A/81/127\n\n秘书长的报告\n\n3. 预防犯罪和刑事司法委员会第三十五届会议审议了这一问题。\n\n"
            "4. 麻醉药品委员会第 68/3 号决议和委员会第 35/2 号决议请办公室提供援助。\n")
    assert targets(text, "zh") == ["CCPCJ/RES/35/2", "CND/RES/68/3"]


def test_round_40_a_councils_number_dated_in_brackets_after_it() -> None:
    text = ("A/81/127\n\n秘书长的报告\n\n5. 安全理事会第 2482 号决议（2019 年 7 月 19 日）请会员国加强合作。\n")
    assert targets(text, "zh") == ["S/RES/2482(2019)"]


def test_round_40_a_running_head_of_a_title_whose_heading_line_ends_on_a_comma() -> None:
    text = (" 联 合 国                                                    A/RES/81/214 \n\n"
            "81/214. 加强预防犯罪和刑事司法对策，保护文化财产， \n\n特别是防止其被贩运 \n\n 大会， \n\n"
            " 回顾其关于在预防犯罪和刑事司法领域保护文化财产的第\n\n66/180 号、第 68/186 号和 \n\n26-22815  \n\n"
            "A/RES/81/214  \n\n加强预防犯罪和刑事司法对策，保护文化财产，特别是防止其被贩运  \n\n"
            "第 72/196 号决议， \n")
    assert targets(text, "zh") == ["A/RES/66/180", "A/RES/68/186", "A/RES/72/196"]


def test_round_40_its_own_after_a_verb_and_a_phrase() -> None:
    text = ("11/6. Cooperation between the Conferences\n\nThe Conference of the States Parties to the United Nations "
            "Convention against Corruption,\n\nNoting that the Conference of the Parties to the United Nations "
            "Convention against Transnational Organized Crime, in its decision 12/1 of 18 October 2024, recognized "
            "the value of exchanges between the working groups of the two Conferences, and recalling in that regard "
            "its own decision 9/2 and its resolution 9/8,\n")
    assert targets(text, "en") == ["CAC/COSP/DEC/9/2", "CAC/COSP/RES/9/8", "CTOC/COP/DEC/12/1"]


def test_round_40_bodies_severally_over_numbers_with_words_of_their_own() -> None:
    text = ("2026/21. 老龄问题\n\n经济及社会理事会，\n\n注意到统计委员会、社会发展委员会和亚洲及太平洋经济社会委员会分别通过的"
            "第 57/104 号决定、第 64/3 号决议和第 82/2 号决议，\n")
    assert targets(text, "zh") == ["E/CN.3/DEC/57/104", "E/CN.5/RES/64/3", "E/ESCAP/RES/82/2"]


def test_a_page_foot_of_notes_without_a_rule_is_set_after_the_sentence_it_cuts() -> None:
    text = ("36/4. 打击贩运人口\n\n预防犯罪和刑事司法委员会，\n\n 回顾《联合国打击跨国有组织犯罪公约》1 及其补充议定书》2，\n\n"
            " 6. 请秘书长报告本决议执行情况，该报告应与根据大会第 \n\n \n\n1\n\n 联合国，《条约汇编》，第 2225 卷，第 39574 号。\n\n"
            "2\n\n 大会第 70/1 号决议。\n\nE/CN.15/2027/14 \n\nV.27-03456 9 \n\nE/CN.15/2027/14 \n\n"
            "79/178 号决议提交的报告相协调；\n")
    r = extract_text(text, "zh")
    got = {(m.target, m.paragraph) for m in r.mentions if m.target_kind != "instrument"}
    assert got == {("A/RES/79/178", "op6"), ("A/RES/70/1", "fn2")}


def test_round_41_a_layout_cell_whose_word_or_list_goes_on_below() -> None:
    text = ("A/81/183\n\nReport of the Secretary-General\n\n            Table 1\n"
            "            Mandates considered in the present report\n\n"
            "            Mandate                          Source                              Reporting cycle\n"
            "            Supplementary Declaration        Resolution 51/210, annex            Annual\n"
            "            United Nations Global            Resolutions 60/288 and 77/298       Biennial\n"
            "            Counter-Terrorism Committee      Security Council resolution         As required\n"
            "                                               1373 (2001); resolution\n"
            "                                               2395 (2017)\n"
            "            Foreign terrorist fighters       Council resolutions 2178 (2014)     Semi-annual\n"
            "                                               and 2396 (2017)\n")
    assert targets(text, "en") == ["A/RES/51/210", "A/RES/60/288", "A/RES/77/298", "S/RES/1373(2001)",
                                   "S/RES/2178(2014)", "S/RES/2395(2017)", "S/RES/2396(2017)"]


def test_round_41_a_number_of_the_sub_commission_by_its_short_name() -> None:
    text = ("63/7. Extreme poverty\n\nThe Human Rights Council,\n\nRecalling the Guiding Principles, drafted under "
            "the auspices of the Sub-Commission, and resolution 2006/9 of the Sub-Commission in that regard,\n")
    assert targets(text, "en") == ["E/CN.4/SUB.2/RES/2006/9"]


def test_round_41_a_commissions_number_cited_bare_again_in_a_councils_text() -> None:
    text = ("2026/17. Alternative development\n\nThe Economic and Social Council,\n\n*Recalling* Commission on "
            "Narcotic Drugs resolution 62/3 of 22 March 2019 and resolutions 64/2 and 66/4,\n\n4. *Requests* the "
            "Office to cooperate with the Food and Agriculture Organization, as called for in resolution 64/2;\n")
    assert targets(text, "en") == ["CND/RES/62/3", "CND/RES/64/2", "CND/RES/66/4"]


def test_round_41_the_next_pages_number_and_title_under_the_notes() -> None:
    text = ("81/518. Joint Inspection Unit\n\nAt its 51st plenary meeting, the General Assembly:\n"
            "(c) Took note of the note by the Secretary-General on the acceptance of the recommendations (A/81/419\n\n"
            "____________\n1 A/81/648, para. 6.\n\n84\n\nDecisions\n\n"
            "and Add.1 and 2), and of the related report of the Advisory Committee (A/81/7/Add.12);\n")
    assert targets(text, "en") == ["A/81/419", "A/81/419/ADD.1", "A/81/419/ADD.2", "A/81/648", "A/81/7/ADD.12"]


def test_round_41_a_volumes_symbol_beside_its_page_number_is_its_running_foot() -> None:
    text = ("81/521. 联合国系统的协调\n\n在 2026 年 12 月 8 日第 51 次全体会议上，大会注意到秘书长的\n\n报告（A/81/302）1 和\n\n"
            "1\n\n A/81/438，第 31 段。\n\n \n\nA/81/49 (Vol. II) \n\n \n\n214 \n\n 说明。\n")
    assert targets(text, "zh") == ["A/81/302", "A/81/438"]


def test_round_41_a_layout_rows_cell_set_far_in_then_the_next_rows_first_line() -> None:
    text = ("A/81/139\n\n秘书长的报告\n\n           表\n           主要任务授权\n\n"
            "           领域              任务授权来源                       相关报告\n"
            "           反腐败            《联合国反腐败公约》缔约国会议    CAC/COSP/2025/17\n"
            "                             第 10/1 号和第 10/4 号决议\n"
            "           打击跨国有组      《联合国打击跨国有组织犯罪公约》  CTOC/COP/2024/15\n"
            "           织犯罪            缔约方会议第 9/1 号决议和第\n"
            "                             10/1 号决定\n"
            "           预防恐怖主义      大会第 77/298 号决议；安全理事     A/80/126 和\n"
            "                             会第 2178(2014)号决议              Add.1-3\n")
    assert targets(text, "zh") == [
        "A/80/126", "A/80/126/ADD.1", "A/80/126/ADD.2", "A/80/126/ADD.3", "A/RES/77/298", "CAC/COSP/2025/17",
        "CAC/COSP/RES/10/1", "CAC/COSP/RES/10/4", "CTOC/COP/2024/15", "CTOC/COP/DEC/10/1", "CTOC/COP/RES/9/1",
        "S/RES/2178(2014)"]


def test_round_41_a_committees_own_directorate_names_no_other_issuer() -> None:
    text = ("第 2815（2026）号决议\n\n安全理事会，\n\n6. 请监测组与第 1373(2001)号决议所设委员会及其执行局以及"
            "第 1988(2011)号决议所设委员会密切合作；\n")
    assert targets(text, "zh") == ["S/RES/1373(2001)", "S/RES/1988(2011)"]


def test_round_42_a_mastheads_symbol_with_its_part_letter_apart() -> None:
    text = ("                                                  A/RES/81/256 B\n\nGeneral Assembly\n\n"
            " 81/256.      Special subjects relating to the programme budget for 2027\n\n                  B\n\n"
            "The General Assembly,\n\nRecalling its resolution 81/256 A of 24 December 2026,\n")
    r = extract_text(text, "en")
    assert r.meta.id == "A/RES/81/256B"
    assert targets(text, "en") == ["A/RES/81/256A"]


def test_round_42_a_web_pages_pager_is_no_reference() -> None:
    text = ("Decisions adopted by the Human Rights Council at its sixty-third session\n\n"
            "Document symbol: A/HRC/DEC/63/101\n\nShowing decisions 63/101 to 63/105 of 19  |  Page 1 of 4  |  Next »\n\n"
            "63/101. Outcome of the universal periodic review: Norway\n\nThe Human Rights Council, acting in accordance "
            "with its resolution 5/1 of 18 June 2007,\n")
    assert targets(text, "en") == ["A/HRC/RES/5/1"]


def test_round_42_adopted_by_the_conference_in_a_conferences_text() -> None:
    text = ("11/4. Coordination of review mechanisms\n\nThe Conference of the States Parties to the United Nations "
            "Convention against Corruption,\n\n6. Encourages the Working Group of the Conference of the Parties to "
            "exchange good practices, including those referred to in resolution 11/2, adopted by the Conference at "
            "the present session;\n")
    assert targets(text, "en") == ["CAC/COSP/RES/11/2"]


def test_round_42_a_human_rights_council_presidents_statement_by_number() -> None:
    text = ("62/8. 人权与极端贫困\n\n人权理事会，\n\n**还回顾**理事会主席 2008 年 6 月 18 日第 8/2 号主席声明以及理事会"
            "第 16/21 号决议，\n")
    assert targets(text, "zh") == ["A/HRC/PRST/8/2", "A/HRC/RES/16/21"]


def test_round_42_a_typed_volumes_notes_over_a_date_and_a_sales_number_cut_by_lines() -> None:
    text = ("    39/114.    第七届联合国预防犯罪和罪犯待遇大会\n\n         大会，\n\n"
            "         重申《囚犯待遇最低限度标准规则》 1/、《执法人员行为守则》 2/ 的重要性，\n\n"
            "    ______________\n\n"
            "    1/  见《第一届联合国防止犯罪和罪犯待遇大会，1955 年 8 月 22 日至 9 月\n"
            "        3 日，日内瓦：秘书处编写的报告》(联合国出版物，出售品编号：1956.\n"
            "        IV.4)，附件一 A；经济及社会理事会第 663 C (XXIV) 号决议核准。\n\n"
            "    2/  第 34/169 号决议，附件。\n")
    r = extract_text(text, "zh")
    got = {(m.target, m.paragraph) for m in r.mentions if m.target_kind != "instrument"}
    assert got == {("E/RES/663(XXIV)", "fn1"), ("A/RES/34/169", "fn2")}


def test_round_42_notes_after_the_closing_lines_with_no_rule() -> None:
    text = ("81/165. 人权维护者\n\n大会，\n\n 3. 回顾《联合国全球反恐战略》；\n1\n \n\n 4. 鼓励各国执行《2030 年可持续发展议程》\n2\n"
            " 特别是具体目标 16.10；\n\n第 54 次全体会议 \n\n2026 年 12 月 17 日 \n\n1\n 第 60/288 号决议。 \n\n2\n 第 70/1 号决议。 \n")
    r = extract_text(text, "zh")
    got = {(m.target, m.paragraph) for m in r.mentions if m.target_kind != "instrument"}
    assert {("A/RES/60/288", "fn1"), ("A/RES/70/1", "fn2")} <= got


def test_round_43_a_prose_line_opening_on_a_council_resolution_is_no_heading() -> None:
    text = (" United Nations                                            A/80/713\n General Assembly\n\n"
            "Budget for the United Nations Disengagement Observer Force\n\nReport of the Secretary-General\n\n"
            "   1.    The mandate of the Force was established by the Security Council in its\n"
            "   resolution 350 (1974) of 31 May 1974 in order to supervise the Agreement.\n")
    r = extract_text(text, "en")
    assert r.meta.id == "A/80/713"
    assert targets(text, "en") == ["S/RES/350(1974)"]


def test_round_43_a_left_hand_pages_head_its_title_over_its_symbol() -> None:
    text = ("81/86. Peaceful settlement of the question of Palestine\n\nThe General Assembly,\n\n"
            "Recalling its resolutions ES-10/19 of 21 December 2017,\nES-10/22 of 12 December 2023,\n\n"
            "2/4\n\n26-22417\n\nPeaceful settlement of the question of Palestine\n\nA/RES/81/86\n\n"
            "ES-10/23 of 10 May 2024 and ES-10/25 of 11 December 2024,\n")
    assert targets(text, "en") == ["A/RES/ES-10/19", "A/RES/ES-10/22", "A/RES/ES-10/23", "A/RES/ES-10/25"]


def test_round_43_no_assembly_text_later_than_the_text_citing_it() -> None:
    text = ("2026/24. Regional cooperation\n\nThe Economic and Social Council,\n\n1. *Takes note* of resolution 82/2 "
            "of the Economic and Social Commission for Asia and the Pacific;\n\n2. *Encourages* the regional "
            "commissions, in line with General Assembly resolution 78/285, and requests that the Commission give "
            "effect to paragraph 4 of resolution 82/2;\n")
    assert targets(text, "en") == ["A/RES/78/285", "E/ESCAP/RES/82/2"]


def test_round_43_an_ocr_read_volume_page_with_letters_for_figures() -> None:
    text = ("                    The situation in the Middle East                            11\n\n"
            "Resolution 316 (l972)\nof 26 June 1972\n[S/1O72O]\n\nThe Security Council,\n\n"
            "Having noted the letter of the Permanent Representative of Lebanon (S/1O715),\n\n"
            "Recalling its resolutions 262 (l968), 279 (197O) and 3l3 (1972), and General Assembly resolution\n"
            "2796 (XXVl),\n\nResolution 317 (1972)\nof 21 July 1972\n[S/1O752]\n\nThe Security Council,\n\n"
            "Recalling its resolution 3l6 (1972) of 26 June 1972,\n")
    r = extract_text(text, "en")
    assert r.meta.id == "S/RES/316(1972)"
    assert targets(text, "en") == ["A/RES/2796(XXVI)", "S/10715", "S/RES/262(1968)", "S/RES/279(1970)",
                                   "S/RES/313(1972)"]


def test_round_43_resolutions_of_the_council_notably_and_short_names() -> None:
    text = ("A/80/902\n\nLetter dated 3 June 2026\n\n3. Participants recalled the relevant resolutions of the Security "
            "Council, notably 1502 (2003), 2175 (2014) and 2417 (2018), and UNGA resolution 79/137, ECOSOC "
            "resolution 2025/13 and HRC resolutions 57/31 and 59/4.\n")
    assert targets(text, "en") == ["A/HRC/RES/57/31", "A/HRC/RES/59/4", "A/RES/79/137", "E/RES/2025/13",
                                   "S/RES/1502(2003)", "S/RES/2175(2014)", "S/RES/2417(2018)"]


def test_round_43_drafts_of_a_series_with_a_revision_and_a_full_stop() -> None:
    text = ("CTOC/COP/2026/14\n\nReport of the Conference of the Parties\n\n9. The Conference adopted draft "
            "resolutions CTOC/COP/2026/L.4,\nL.5/Rev.1 and L.6 and had before it amendments in documents "
            "A/C.3/81/L.74 and L.75.\n")
    assert targets(text, "en") == ["A/C.3/81/L.74", "A/C.3/81/L.75", "CTOC/COP/2026/L.4",
                                   "CTOC/COP/2026/L.5/REV.1", "CTOC/COP/2026/L.6"]


def test_round_43_the_conference_in_its_resolution_in_a_conferences_report() -> None:
    text = ("CTOC/COP/2026/14\n\nReport of the Conference of the Parties to the United Nations Convention against "
            "Transnational Organized Crime on its thirteenth session\n\n5. She recalled that the Conference of the "
            "States Parties to the United Nations Convention against Corruption, in its resolution 10/4, had "
            "encouraged coordination, and that the Conference, in its resolution 12/1, had requested a report.\n")
    assert targets(text, "en") == ["CAC/COSP/RES/10/4", "CTOC/COP/RES/12/1"]


def test_round_43_a_typed_volumes_head_with_its_supplement() -> None:
    text = ("296                General Assembly--Fortieth Session--Supplement No. 53 (A/40/53)\n\n"
            "40/428. Question of aging\n\nAt its 116th plenary meeting, the General Assembly took note of the report "
            "(A/40/145).\n")
    assert targets(text, "en") == ["A/40/145"]


def test_round_43_the_sub_commission_by_its_short_name_over_a_date_and_a_topic() -> None:
    text = ("62/14. 阿富汗妇女\n\n人权理事会，\n\n又回顾小组委员会 2000 年 8 月 17 日关于阿富汗妇女和女童处境的第 2000/13 号决议，\n")
    assert targets(text, "zh") == ["E/CN.4/SUB.2/RES/2000/13"]


def test_round_43_a_chinese_volumes_second_heading_and_its_symbol_head() -> None:
    text = ("        安全理事会的决议和决定——1972 年                               S/INF/28\n\n"
            "                              第 318 (1972) 号决议\n\n        安全理事会，\n\n"
            "        回顾其第 216 (1965) 号决议，\n\n                              第 320 (1972) 号决议\n\n"
            "                              1972 年 9 月 29 日\n\n                                                          [S/10807]\n\n"
            "        安全理事会，\n\n        回顾其第 318 (1972) 号决议，\n")
    r = extract_text(text, "zh")
    assert r.meta.id == "S/RES/318(1972)"
    assert targets(text, "zh") == ["S/RES/216(1965)"]


def test_round_43_a_number_given_a_council_before_printed_bare_again() -> None:
    text = ("A/81/484/Add.2\n\n第三委员会的报告\n\n决议草案二\n\n大会，\n\n又回顾人权理事会 2024 年 10 月 10 日第 57/8 号决议，\n\n"
            "1. 欢迎工作组根据第 57/8 号决议第 12 段继续审议；\n\n委员会的讨论情况载于相关简要记录（A/C.3/81/SR.18-20、SR.45 和 SR.48-50）。\n")
    assert targets(text, "zh") == ["A/C.3/81/SR.18", "A/C.3/81/SR.19", "A/C.3/81/SR.20", "A/C.3/81/SR.45",
                                   "A/C.3/81/SR.48", "A/C.3/81/SR.49", "A/C.3/81/SR.50", "A/HRC/RES/57/8"]


def test_round_43_a_sessions_report_printing_its_texts_under_their_headings() -> None:
    text = ("                                                                          CTOC/COP/2026/14\n"
            " 联合国\n\n              联合国打击跨国有组织犯罪公约缔约方会议 2026 年 10 月 12 日\n"
            "              至 16 日在维也纳举行的第十三届会议的报告\n\n"
            " 第 13/1 号决议\n 审议机制的运作\n\n              缔约方会议，\n              回顾其第 9/1 号决议，\n\n"
            "              请秘书处分别向缔约方会议第十四届会议和缔约国会议第十二届会议报告本决议的执行情况。\n\n"
            " 第 13/5 号决议\n 预防和打击影响环境的犯罪\n\n              缔约方会议，\n"
            "              收到了秘书处的报告（CTOC/COP/2026/5、6 和 7）。\n")
    r = extract_text(text, "zh")
    assert r.meta.id == "CTOC/COP/2026/14"
    assert targets(text, "zh") == ["CTOC/COP/2026/5", "CTOC/COP/2026/6", "CTOC/COP/2026/7", "CTOC/COP/RES/13/1",
                                   "CTOC/COP/RES/13/5", "CTOC/COP/RES/9/1"]


def test_round_44_a_barcode_and_recycling_mark_on_one_line_inside_a_list() -> None:
    text = ("                                                                    S/RES/2874 (2027)\n\n"
            "                                  第 2874(2027)号决议\n\n          安全理事会，\n\n"
            "          回顾其第 1267(1999)、1333(2000)、2354(2017)、2368\n\n\n\n"
            "  27-10452 (C)    260627\n  *2710452*                                                           请回收\n"
            "S/RES/2874 (2027)\n\n\n      (2017)和 2370(2017)号决议，\n")
    assert targets(text, "zh") == ["S/RES/1267(1999)", "S/RES/1333(2000)", "S/RES/2354(2017)", "S/RES/2368(2017)",
                                   "S/RES/2370(2017)"]


def test_round_44_a_councils_page_of_lettered_decisions_under_its_range_title() -> None:
    text = ("首页 › 文件 › 决议和决定 › 2027 年届会\n经济及社会理事会 2027 年届会通过的决定\n第 2027/201 号至第 2027/215 号决定\n"
            "本页所列决定的正式文本将载于《经济及社会理事会正式记录，2027 年，补编第 1 号》。以下各决定按通过日期排列。\n"
            "第 2027/201 A 号决定\n理事会附属机构成员的选举\n理事会依照理事会第 1147 (XLI) 号决议，选出下列会员国。\n"
            "第 2027/202 号决定\n理事会 2027 年届会议程\n理事会通过了其议程(E/2027/1)。\n")
    r = extract_text(text, "zh")
    assert r.meta.id == "E/DEC/2027/201A"
    assert targets(text, "zh") == ["E/2027/1", "E/RES/1147(XLI)"]


def test_round_44_a_bare_council_named_in_full_paragraphs_before() -> None:
    text = ("81/186. 人权理事会的报告\n\n大会，\n\n 回顾人权理事会 2007 年 6 月 18 日第 5/1 号决议，\n\n 重申理事会第 5/1 号决议附件，\n\n"
            " 铭记《世界人权宣言》，\n\n 注意到理事会关于冲突局势中粮食不安全问题的 2026 年 4 月 2 日第 61/7 号决议，\n\n"
            " 3. 欢迎理事会主席第 62/1 号声明所载的措施，\n")
    assert targets(text, "zh") == ["A/HRC/PRST/62/1", "A/HRC/RES/5/1", "A/HRC/RES/61/7"]


def test_round_44_the_advisory_committees_addenda_and_a_cells_own_suffix() -> None:
    text = ("A/81/655\n\n第五委员会的报告\n\n 委员会收到了行预咨委会的报告（A/81/7）及关于各款次的相关报告（A/81/7/Add.1-40）；\n\n"
            "     款次    标题                              预算文件            咨询委员会报告\n"
            "     3       政治事务                          A/81/6 (Sect. 3)    A/81/7/Add.3\n"
            "                                               和 Corr.1\n")
    got = targets(text, "zh")
    assert len([t for t in got if t.startswith("A/81/7/ADD.")]) == 40
    assert "A/81/6(SECT.3)" in got and "A/81/7/ADD.3/CORR.1" not in got


def test_round_44_a_web_pages_symbol_label_and_breadcrumb() -> None:
    text = ("首頁 › 文件檢索 › 安全理事會文件 › 2027 年\n\n文件編號：A/81/784-S/2027/198\n\n"
            "2027年3月8日埃塞俄比亞常駐聯合國代表給秘書長的信\n\n公報強調必須依照安全理事會第 2719 (2023) 號決議提供資金。\n")
    r = extract_text(text, "zh")
    assert r.meta.id == "A/81/784"
    assert targets(text, "zh") == ["S/RES/2719(2023)"]


def test_round_44_notes_each_opening_on_its_number_at_a_page_foot_without_a_rule() -> None:
    text = ("2027/30. Prisoners\n\nThe Economic and Social Council,\n\nRecalling also General Assembly resolution "
            "70/175 (the Nelson Mandela Rules),1 and Assembly resolutions 65/229 of 21 December 2010 and\n\n"
            "1 Resolution 70/175, annex.\n2 See E/2026/30, chap. VI.\n\n26-01234 (E)\n\nE/2027/30\n\n"
            "45/110 of 14 December 1990,2\n\nRecalling further its resolution 2019/23,\n")
    assert targets(text, "en") == ["A/RES/45/110", "A/RES/65/229", "A/RES/70/175", "E/2026/30", "E/RES/2019/23"]


def test_round_44_a_presidents_statement_of_the_council_by_number_and_a_mandates_cell_of_two() -> None:
    text = ("A/81/290\n\nReport of the Secretary-General\n\nRecalling Human Rights Council statement 8/1 of the President "
            "of the Council of 9 April 2008,\n\n**Mandates**\n\n| Body | Resolution | Date |\n|---|---|---|\n"
            "| General Assembly | 64/293 | 30 July 2010 |\n| | 78/188<br>80/187 | 19 December 2023<br>17 December 2025 |\n")
    assert targets(text, "en") == ["A/HRC/PRST/8/1", "A/RES/64/293", "A/RES/78/188", "A/RES/80/187"]


def test_round_44_the_same_number_again_as_its_own() -> None:
    text = ("70/4. Prevention\n\nThe Commission on Narcotic Drugs,\n\nBearing in mind General Assembly resolution 70/1 of "
            "25 September 2015, entitled \"Transforming our world\", in particular target 3.5 of Goal 3, its own "
            "resolution 70/1 of 11 March 2027, adopted at the present session,\n")
    assert targets(text, "en") == ["A/RES/70/1", "CND/RES/70/1"]


def test_round_45_bodies_after_a_list_respectively() -> None:
    text = ("11/4. Cooperation\n\nThe Conference of the States Parties to the United Nations Convention against Corruption,\n\n"
            "Recalling resolutions 10/4, 33/2 and 79/190 of the Conference of the Parties to the United Nations Convention "
            "against Transnational Organized Crime, the Commission on Crime Prevention and Criminal Justice and the "
            "General Assembly, respectively,\n")
    assert targets(text, "en") == ["A/RES/79/190", "CCPCJ/RES/33/2", "CTOC/COP/RES/10/4"]


def test_round_45_its_after_the_secretariat_of_another_conference() -> None:
    text = ("11/4. Cooperation\n\nThe Conference of the States Parties to the United Nations Convention against Corruption,\n\n"
            "1. Requests the secretariat to continue to coordinate closely with the secretariat of the Conference of "
            "the Parties, pursuant to paragraph 7 of its resolution 10/6;\n")
    assert targets(text, "en") == ["CAC/COSP/RES/10/6"]


def test_round_45_other_organizations_acts_and_a_pages_navigation() -> None:
    text = ("A/80/935\n\nIdentical letters\n\n6. Take note of Forum for Security Co-operation Decision No. 2/24 "
            "(FSC.DEC/2/24), Ministerial Council Decision No. 10/17 and the ECOWAS Protocol A/SP.1/12/01, and of "
            "General Assembly resolution 80/41;\n\n*Previous: [81/404](https://undocs.org/A/DEC/81/404) · Next: "
            "[81/410](https://undocs.org/A/DEC/81/410)*\n")
    assert targets(text, "en") == ["A/RES/80/41"]


def test_round_45_the_commission_known_only_by_its_documents_symbols() -> None:
    text = ("2025/17. 纳尔逊·曼德拉规则\n\n经济及社会理事会，\n\n 还回顾委员会 2012 年 4 月 27 日第 21/1 号决议，\n\n"
            " 注意到秘书长的报告（E/CN.15/2025/5 和 Corr.1），\n")
    assert targets(text, "zh") == ["CCPCJ/RES/21/1", "E/CN.15/2025/5", "E/CN.15/2025/5/CORR.1"]


def test_round_45_an_old_chinese_volumes_word_first_heading_and_its_issuing_symbol() -> None:
    text = ("                              — 10 —\n\n 安全理事会正式记录，第三十年                              决议和决定\n\n"
            "        (中东局势)\n\n            决 议 378 (l975)\n\n"
            "                      1975 年 10 月 23 日安全理事会第 1851 次会议通过\n                                        [S/11856]\n\n"
            "    安全理事会，\n\n    回顾其第 338 (1973)、34l (1973) 和 346 (l974) 号决议，\n")
    r = extract_text(text, "zh")
    assert r.meta.id == "S/RES/378(1975)"
    assert targets(text, "zh") == ["S/RES/338(1973)", "S/RES/341(1973)", "S/RES/346(1974)"]


def test_round_45_a_commission_asked_to_act_on_an_assembly_resolution() -> None:
    text = ("80/551. 联合国系统共同制度\n\n大会审议了国际公务员制度委员会 2025 年的报告，\n\n"
            "(b) 请委员会在其下次报告中说明第 70/244 号决议附件所载建议的执行情况。\n")
    assert targets(text, "zh") == ["A/RES/70/244"]
    text = "80/551. 联合国系统共同制度\n\n大会审议了某某委员会 2025 年的报告，\n\n(b) 请委员会依照其第 5/2 号决议说明执行情况。\n"
    assert targets(text, "zh") == []  # "其第 5/2 号": the unknown commission's own


def test_round_45_a_markdown_volume_pages_head_and_its_table_of_the_texts_it_prints() -> None:
    text = ("*A/80/49 (Vol. III)* · 第 412 页\n\n## 80/551. 联合国系统共同制度\n\n大会在 2025 年 12 月 23 日第 58 次全体会议上，"
            "回顾其第 79/553 号决定，决定推迟审议下列问题：\n\n1. 离职回国补助金；\n\n"
            "> *A/80/49 (Vol. III)*　　　　　　　　413\n\n2. 大会第 80/252 B 号决议第 14 段所述的办法；\n\n"
            "## 80/552. 方案预算相关问题\n\n大会在同次会议上注意到 A/80/7/Add.3 号文件。\n\n"
            "| 决定 | 日期 | 会议 | 依据文件 |\n|------|------|------|----------|\n"
            "| 80/551 | 2025 年 12 月 23 日 | 第 58 次 | A/80/648 |\n| 80/552 | 2025 年 12 月 23 日 | 第 58 次 | — |\n")
    r = extract_text(text, "zh")
    assert r.meta.id == "A/DEC/80/551"
    assert targets(text, "zh") == ["A/80/648", "A/80/7/ADD.3", "A/DEC/79/553", "A/RES/80/252B"]


def test_round_45_a_web_pages_menu_bullets_set_in_are_no_paragraph_indents() -> None:
    text = ("首页 › 委员会 › 决议和决定 › 34/2\n\n菜单\n• 关于我们\n• 委员会\n  – 麻醉药品委员会\n"
            "  – 预防犯罪和刑事司法委员会\n• 会议日历\n• 文件\n\n第 34/2 号决议\n促进网络犯罪调查中的国际合作\n\n"
            "预防犯罪和刑事司法委员会，\n回顾大会 2024 年 12 月 24 日<a href=\"https://undocs.org/zh/A/RES/79/243\">第 79/243 号决议</a>，\n"
            "又回顾大会 2019 年 12 月 27 日第 74/247 号决议，\n"
            "还回顾其 2021 年 5 月 21 日<a href=\"https://www.unodc.org/x.html\">第 30/1 号决议</a>以及 2023 年 5 月 26 日"
            "第 32/1 和 32/3 号决议，\n注意到经济及社会理事会第 2024/18 号决议，\n")
    assert targets(text, "zh") == ["A/RES/74/247", "A/RES/79/243", "CCPCJ/RES/30/1", "CCPCJ/RES/32/1",
                                   "CCPCJ/RES/32/3", "E/RES/2024/18"]


def test_round_45_a_clauses_its_owns_the_numbers_after_its_and() -> None:
    text = ("第 34/2 号决议\n促进合作\n\n预防犯罪和刑事司法委员会，\n\n回顾大会第 79/243 号决议，又回顾大会第 74/247 号决议，"
            "还回顾其 2021 年 5 月 21 日第 30/1 号决议以及 2023 年 5 月 26 日第 32/1 和 32/3 号决议，\n")
    assert targets(text, "zh") == ["A/RES/74/247", "A/RES/79/243", "CCPCJ/RES/30/1", "CCPCJ/RES/32/1",
                                   "CCPCJ/RES/32/3"]


def test_round_46_a_treaty_bodys_observations_on_combined_reports_are_one_symbol() -> None:
    text = ("The General Assembly,\n\nTaking note of the concluding observations CRC/C/BRA/CO/5-6 and of the "
            "joint general recommendation CEDAW/C/GC/31/Rev.1-CRC/C/GC/18/Rev.1,\n")
    assert targets(text, "en") == ["CEDAW/C/GC/31/REV.1", "CRC/C/BRA/CO/5-6", "CRC/C/GC/18/REV.1"]


def test_round_46_two_conferences_named_with_their_treaties_then_respectively() -> None:
    text = ("The Commission on Crime Prevention and Criminal Justice,\n\nRecalling resolutions 12/2 and 10/4 of the "
            "Conference of the\nParties to the United Nations Convention against Transnational Organized Crime4\n"
            "and of the Conference of the States Parties to the United Nations Convention against\n"
            "Corruption,5 respectively,\n\nRecalling also resolutions 11/3 and 9/2 of the Conference of the Parties "
            "and of the Conference of the States Parties, respectively,\n")
    assert targets(text, "en") == ["CAC/COSP/RES/10/4", "CAC/COSP/RES/9/2", "CTOC/COP/RES/11/3", "CTOC/COP/RES/12/2"]


def test_round_46_a_resolution_and_a_decision_whose_issuer_is_named_after_both() -> None:
    text = ("The General Assembly,\n\nRecalling resolutions 2004/78 of 21 April 2004 and 2005/74 of 20 April 2005 of "
            "the Commission on Human Rights, and resolution 2005/12 of 8 August 2005 and decision 2004/118 of "
            "12 August 2004 of the Sub-Commission on the Promotion and Protection of Human Rights,\n\n"
            "Noting the study prepared by the former Sub-Commission pursuant to its resolution 1999/27,\n\n"
            "Recalling Security Council resolution 1325 (2000) and decision 2004/118 of the Sub-Commission,\n")
    assert targets(text, "en") == ["E/CN.4/RES/2004/78", "E/CN.4/RES/2005/74", "E/CN.4/SUB.2/DEC/2004/118",
                                   "E/CN.4/SUB.2/RES/1999/27", "E/CN.4/SUB.2/RES/2005/12", "S/RES/1325(2000)"]


def test_round_46_a_budgets_second_section_after_and() -> None:
    text = ("The General Assembly,\n\n1. Takes note of the proposed programme budget for 2027 "
            "(A/81/6 (Sect. 18) and (Sect. 19)) and of A/81/6 (Sect. 3),\n")
    assert targets(text, "en") == ["A/81/6(SECT.18)", "A/81/6(SECT.19)", "A/81/6(SECT.3)"]


def test_round_46_the_commission_whose_texts_of_that_session_were_cited() -> None:
    text = ("The Economic and Social Council,\n\nRecalling decisions 55/101, 56/104 and 57/102 of the Statistical "
            "Commission,\n\nNoting resolutions 80/6 and 81/3 of the Economic and Social Commission for Asia and the "
            "Pacific,\n\n2. Welcomes the work of the regional commissions, and endorses the request made by the "
            "Commission in its decision 57/105 that the regional commissions report to it,\n\n"
            "3. Notes that the Commission, in its resolution 81/5, asked its members to act,\n")
    assert targets(text, "en") == ["E/CN.3/DEC/55/101", "E/CN.3/DEC/56/104", "E/CN.3/DEC/57/102",
                                   "E/CN.3/DEC/57/105", "E/ESCAP/RES/80/6", "E/ESCAP/RES/81/3", "E/ESCAP/RES/81/5"]


def test_the_sub_commissions_roman_numbered_resolutions() -> None:
    text = ("The General Assembly,\n\nNoting the recommendations contained in resolution 5\n(XXII) of the "
            "Sub-Commission on Prevention of Dis-\ncrimination and Protection of Minorities and resolution "
            "3 (XXV) of the Commission on Human Rights,\n")
    assert targets(text, "en") == ["E/CN.4/RES/3(XXV)", "E/CN.4/SUB.2/RES/5(XXII)"]


def test_round_47_an_assembly_number_dated_outside_its_session_is_the_commissions() -> None:
    text = ("The Economic and Social Council,\n\n[on the recommendation of the Commission on Narcotic Drugs]\n\n"
            "7. Recalls General Assembly resolution 79/178 of 17 December 2024, in which the Assembly encouraged "
            "cooperation, and resolution 67/4 of 22 March 2024, in which the Commission requested the Board to act, "
            "and Assembly resolution 67/193 of 20 December 2012,\n")
    assert targets(text, "en") == ["A/RES/67/193", "A/RES/79/178", "CND/RES/67/4"]


def test_round_47_the_texts_adopted_by_the_commission_in_particular() -> None:
    text = ("The Economic and Social Council,\n\nRecalling resolution 4 (XXIV) of the Commission on Narcotic Drugs,\n\n"
            "Recalling further the resolutions adopted by the Commission at its sixty-fifth and sixty-sixth sessions "
            "on synthetic drugs, in particular resolutions 65/2 and 66/1 to 66/3,\n")
    assert targets(text, "en") == ["CND/RES/4(XXIV)", "CND/RES/65/2", "CND/RES/66/1", "CND/RES/66/2", "CND/RES/66/3"]


def test_round_47_a_markdown_cells_list_goes_on_in_the_row_below() -> None:
    text = ("# Report of the Secretary-General\n\n1. The mandates are listed below.\n\n"
            "| Thematic area | General Assembly | Human Rights Council | Latest report |\n|---|---|---|---|\n"
            "| Ageing | 75/131; 77/190; 79/144 and | – | A/80/170 |\n|  | 80/142 |  |  |\n"
            "| Rights of older persons | 78/177 | 48/3; 51/4; 54/13; | A/HRC/57/44 |\n"
            "|  |  | 57/5 |  |\n")
    assert targets(text, "en") == ["A/80/170", "A/HRC/57/44", "A/HRC/RES/48/3", "A/HRC/RES/51/4",
                                   "A/HRC/RES/54/13", "A/HRC/RES/57/5", "A/RES/75/131", "A/RES/77/190",
                                   "A/RES/78/177", "A/RES/79/144", "A/RES/80/142"]


def test_round_47_a_running_title_over_two_lines_under_its_symbol() -> None:
    text = ("United Nations\n\nA/RES/81/104\n\nGeneral Assembly\n\n"
            "81/104. Economic and other activities which affect the interests of the\n"
            "peoples of the Non-Self-Governing Territories\n\nThe General Assembly,\n\n"
            "Recalling all relevant resolutions, including, in particular, resolutions 46/181 of 19 December 1991, "
            "55/146 of\n\n26-23104 (E)\n\n*2623104*\n\n\fA/RES/81/104\n\n"
            "Economic and other activities which affect the interests of the peoples of the\n"
            "Non-Self-Governing Territories\n\n8 December 2000, 65/119 of 10 December 2010 and 75/123 of "
            "10 December 2020,\n")
    assert targets(text, "en") == ["A/RES/46/181", "A/RES/55/146", "A/RES/65/119", "A/RES/75/123"]


def test_round_47_a_volume_page_opening_inside_the_text_before() -> None:
    lines = ["Resolutions adopted on the reports of the Third Committee                  79", "",
             "ments of the international community in the struggle", "against racism;", ""]
    for k in range(40):
        lines += [f"{k + 1}. Requests the Secretary-General to report on the item at a later", "session;", ""]
    lines += ["2002nd plenary meeting,", "6 December 1971.", "", "",
              "2785 (XXVI). Status of the International Con-", "vention on the Elimination of All Forms of",
              "Racial Discrimination", "", "The General Assembly,", "",
              "Recalling its resolution 2106 A (XX) of 21 Decem-", "ber 1965,"]
    r = extract_text("\n".join(lines) + "\n", "en")
    assert r.meta.id == "A/RES/2785(XXVI)"


def test_round_47_a_commissions_text_a_report_prints_under_its_heading() -> None:
    text = ("                                                  E/2026/27\n                                                  "
            "E/CN.6/2026/15\n\nChapter I\n   Matters calling for action by the Economic and Social Council\n\n"
            "1. The Economic and Social Council recommends to the General Assembly the adoption of the following draft "
            "resolution:\n\n\"The General Assembly,\n\n\"Recalling its resolution 70/1 of 25 September 2015, entitled "
            "'Transforming our world',\n\n5. The following resolution adopted by the Commission is brought to the "
            "attention of the Council:\n\nResolution 70/1\nWomen, the girl child and HIV and AIDS\n\n"
            "The Commission on the Status of Women,\n\nRecalling its resolution 60/2,\n")
    assert targets(text, "en") == ["A/RES/70/1", "E/CN.6/RES/60/2", "E/CN.6/RES/70/1"]


def test_round_47_its_own_after_a_number_the_assembly_issued() -> None:
    text = ("The Economic and Social Council,\n\nRecalling Commission on the Status of Women resolution 65/1 of "
            "26 March 2021,\n\n3. Requests the Commission to review its methods of work, taking into account the "
            "review undertaken pursuant to General Assembly resolution 75/290 A and the relevant provisions of its "
            "own resolution 65/1;\n")
    assert targets(text, "en") == ["A/RES/75/290A", "E/CN.6/RES/65/1"]


def test_round_47_a_lists_number_the_sentences_other_body_was_given() -> None:
    text = ("The Commission on Crime Prevention and Criminal Justice,\n\nNoting resolutions 11/2 and 11/5 of the "
            "Conference of the Parties to the United Nations Convention against Transnational Organized Crime and "
            "resolution 10/4 of the Conference of the States Parties to the United Nations Convention against "
            "Corruption, respectively,\n\n2. Invites the Conference of the Parties, at its thirteenth session, and the "
            "Conference of the States Parties, at its twelfth session, to consider ways of strengthening synergies, "
            "building on resolutions 11/2 and 10/4, and to report thereon;\n")
    assert targets(text, "en") == ["CAC/COSP/RES/10/4", "CTOC/COP/RES/11/2", "CTOC/COP/RES/11/5"]


def test_round_47_presidents_statements_each_with_its_date_and_a_years_documents_by_dash() -> None:
    text = ("The Human Rights Council,\n\nRecalling President's statements 8/2 of 18 June 2008 and 18/2 of "
            "30 September 2011, and the reports (CAC/COSP/WG.2/2026/2–4) and E/CN.15/2026/7 to 9,\n")
    assert targets(text, "en") == ["A/HRC/PRST/18/2", "A/HRC/PRST/8/2", "CAC/COSP/WG.2/2026/2",
                                   "CAC/COSP/WG.2/2026/3", "CAC/COSP/WG.2/2026/4", "E/CN.15/2026/7",
                                   "E/CN.15/2026/8", "E/CN.15/2026/9"]


def test_round_47_bodies_named_after_a_list_severally() -> None:
    text = ("经济及社会理事会，\n\n欢迎第 12/2 号和第 10/4 号决议，这两项决议分别由《联合国打击跨国有组织犯罪公约》缔约方会议"
            "第十二届会议和《联合国反腐败公约》缔约国会议第十届会议通过，\n")
    assert targets(text, "zh") == ["CAC/COSP/RES/10/4", "CTOC/COP/RES/12/2"]


def test_round_47_numbers_mentioned_above() -> None:
    text = ("经济及社会理事会，\n\n回顾麻醉药品委员会 2024 年 3 月 22 日第 67/1 号决议和预防犯罪和刑事司法委员会 2024 年 5 月 17 日"
            "第 33/1 号决议，\n\n2. 请毒品和犯罪问题办公室按照大会第 79/184 号决议，并根据上文提及的第 67/1 和 33/1 号决议，"
            "继续提供技术援助；\n")
    assert targets(text, "zh") == ["A/RES/79/184", "CCPCJ/RES/33/1", "CND/RES/67/1"]


def test_round_47_a_commissions_session_named_before_its_numbers() -> None:
    text = ("秘书长的报告\n\n3. 预防犯罪和刑事司法委员会第三十五届会议于 2026 年 5 月 18 日至 22 日在维也纳举行。委员会建议"
            "经济及社会理事会通过四项决议草案，其中两项供其转交大会通过，并通过了第 35/1 至 35/3 号决议和第 35/1 号决定。\n\n"
            "4. 大会在第 35/2 号决议中请秘书长提出报告。\n")
    assert targets(text, "zh") == ["A/RES/35/2", "CCPCJ/DEC/35/1", "CCPCJ/RES/35/1", "CCPCJ/RES/35/2",
                                   "CCPCJ/RES/35/3"]


def test_round_47_each_item_of_a_list_with_its_body() -> None:
    text = ("经济及社会理事会，\n\n回顾麻醉药品委员会 2025 年 3 月 14 日第 68/6 号和预防犯罪和刑事司法委员会 2025 年 5 月 23 日"
            "第 34/5 号决议，以及理事会第 2021/226 号决定，\n")
    assert targets(text, "zh") == ["CCPCJ/RES/34/5", "CND/RES/68/6", "E/DEC/2021/226"]


def test_round_47_a_table_of_documents_its_cells_wrapped_beside_a_page_foot() -> None:
    text = ("E/2026/28\n\n1. 委员会收到了下列文件。\n\n                           委员会第六十九届会议收到的文件\n\n"
            "          文号                            议程项目    标题或说明\n\n"
            "          E/CN.7/2026/1                   2           附加说明的临时议程\n\n"
            "          E/CN.7/2026/L.2 和              9           报告草稿\n"
            "          Add.1-Add.3\n\n"
            "          E/CN.7/2026/L.3/                6           决议草案修订稿\n"
            "          Rev.1\n\n"
            "          A/80/163                        6           秘书长关于通过全面、综合、平衡的方式\n"
            "                                                      应对世界毒品问题的报告\n\n\n"
            "26-04391                                                                37/38\n")
    assert targets(text, "zh") == ["A/80/163", "E/CN.7/2026/1", "E/CN.7/2026/L.2", "E/CN.7/2026/L.2/ADD.1",
                                   "E/CN.7/2026/L.2/ADD.2", "E/CN.7/2026/L.2/ADD.3", "E/CN.7/2026/L.3/REV.1"]


def test_round_47_a_grid_tables_cell_goes_on_below() -> None:
    text = ("第 13/3 号决议\n\n缔约方会议，\n\n注意到本决议附件所列文件，\n\n附件\n\n"
            "+------------------------+--------------------------+--------------------------+\n"
            "| 工作组                 | 报告                     | 背景文件                 |\n"
            "+========================+==========================+==========================+\n"
            "| 技术援助工作组，第十七 | CTOC/COP/WG.2/2026/3     | CTOC/COP/WG.2/2026/2 和  |\n"
            "| 次会议                 |                          | Corr.1                   |\n"
            "+------------------------+--------------------------+--------------------------+\n")
    assert targets(text, "zh") == ["CTOC/COP/WG.2/2026/2", "CTOC/COP/WG.2/2026/2/CORR.1", "CTOC/COP/WG.2/2026/3"]


def test_round_47_a_decisions_page_of_all_the_parts_is_the_whole_decisions() -> None:
    text = ("# 大会第八十一届会议通过的决定\n\n## 81/552. 推迟审议的问题\n\n### A\n\n大会决定推迟审议下列文件：\n\n"
            "- 秘书长的报告（A/81/345）\n\n### B\n\n大会决定推迟审议第 80/552 A 和 B 号决定所列项目。\n")
    r = extract_text(text, "zh")
    assert r.meta.id == "A/DEC/81/552"


def test_round_48_another_organizations_number_with_its_series_suffix() -> None:
    text = ("Letter dated 2 December 2026\n\nAnnex\n\n3. The participants welcomed Human Rights Council "
            "resolution 58/4.\n\n4. The participants recalled resolution No. 12/51-POL on the situation in the "
            "region and Security Council resolution 2812 (2026),\n")
    assert targets(text, "en") == ["A/HRC/RES/58/4", "S/RES/2812(2026)"]


def test_round_48_an_ocr_volume_pages_spaced_figures_in_its_first_heading() -> None:
    text = ("          在 1993 年 7 月 29 日举行的第 3256 次会议上，安理会主席代表安理会发表下述声明：\n\n"
            "               “安理会重申其 1993 年 7 月 9 日第 849（l993）号决议。”\n\n\n"
            "     第 8 5 4 （1993）号决议\n\n\n          安全理事会，\n\n          重申其第 849（1993）号决议，\n\n"
            "          1. 决定继续处理此案。\n\n\n     第 858 （1993）号决议\n\n\n          安全理事会，\n\n"
            "          回顾其第 854（1993）号决议，\n")
    r = extract_text(text, "zh")
    assert r.meta.id == "S/RES/854(1993)"
    assert sorted({m.target for m in r.mentions if m.source == r.meta.id}) == ["S/RES/849(1993)"]


def test_round_48_a_symbols_year_in_full_width_brackets() -> None:
    text = "安全理事會，\n\n以正式印發的文件Ｓ／ＲＥＳ／２８１６（２０２６）為準，並回顧S/RES/2815 (2026)。\n"
    assert targets(text, "zh") == ["S/RES/2815(2026)", "S/RES/2816(2026)"]


def test_round_48_a_reports_list_of_its_texts_under_a_header_and_kind_lines() -> None:
    text = ("                                                              E/2026/30\n"
            "                                                              E/CN.15/2026/14\n\n\n"
            "                                     第一章\n\n                 需要经济及社会理事会采取行动或提请其注意的事项\n\n"
            "        1.      预防犯罪和刑事司法委员会建议经济及社会理事会核准下列决议草案。\n\n"
            "        4.      委员会第三十五届会议通过的下列决议和决定提请经济及社会理事会注意：\n\n"
            "            编号        标题                                           议程项目\n\n"
            "            决议\n"
            "            35/1        加强国际合作，打击利用信息和通信技术实施          6\n"
            "                        的犯罪\n"
            "            35/2        防止和打击侵害野生动植物的犯罪                    6\n\n"
            "            决定\n"
            "            35/1        委员会第三十六届会议的专题讨论                    4\n\n"
            "        5.      委员会还提请理事会注意大会第 80/186 号决议。\n")
    assert targets(text, "zh") == ["A/RES/80/186", "CCPCJ/DEC/35/1", "CCPCJ/RES/35/1", "CCPCJ/RES/35/2"]


def test_round_48_a_later_items_session_before_its_date() -> None:
    text = ("大会，\n\n回顾人权理事会所有相关决议，包括人权理事会第四十六届会议 2021 年 3 月 23 日第 46/15 号、"
            "第五十二届会议 2023 年 4 月 4 日第 52/7 号和第五十八届会议 2025 年 4 月 3 日第 58/23 号决议，\n")
    assert targets(text, "zh") == ["A/HRC/RES/46/15", "A/HRC/RES/52/7", "A/HRC/RES/58/23"]


def test_a_treaty_bodys_combined_periodic_reports_are_one_symbol() -> None:
    text = ("The General Assembly,\n\nTaking note of the combined reports CERD/C/ARG/21-23 and E/C.12/ARG/4-5 and of "
            "the concluding observations CRC/C/BRA/CO/5-6,\n")
    assert targets(text, "en") == ["CERD/C/ARG/21-23", "CRC/C/BRA/CO/5-6", "E/C.12/ARG/4-5"]


def test_a_table_cells_bare_number_before_a_worded_one() -> None:
    text = ("# Report of the Secretary-General\n\n1. The mandates are listed below.\n\n"
            "| Thematic area | General Assembly | Human Rights Council | Latest report |\n|---|---|---|---|\n"
            "| Rights of older persons | 78/177 | 48/3; 51/4; 54/13; | A/HRC/57/44 |\n"
            "|  |  | 57/5 and decision 56/115 |  |\n")
    assert targets(text, "en") == ["A/HRC/57/44", "A/HRC/DEC/56/115", "A/HRC/RES/48/3", "A/HRC/RES/51/4",
                                   "A/HRC/RES/54/13", "A/HRC/RES/57/5", "A/RES/78/177"]


def test_round_49_a_roman_session_broken_at_a_line_end() -> None:
    text = ("The General Assembly,\n\nRecalling its resolutions 3201 (S-\nVI) and 3202 (S-\nVI) of 1 May 1974 and its "
            "resolution 3281 (XX-\nIX) of 12 December 1974,\n")
    assert targets(text, "en") == ["A/RES/3201(S-VI)", "A/RES/3202(S-VI)", "A/RES/3281(XXIX)"]


def test_round_49_a_web_page_of_the_councils_decisions_headed_by_number() -> None:
    text = ("Skip to main content\nEconomic and Social Council\nHome\n›\nResolutions and decisions\n"
            "Decisions adopted by the Economic and Social Council at its 2026 management segment\n\n"
            "Decision 2026/236\nReport of the Committee for Development Policy\n"
            "At its 28th plenary meeting, on 4 June 2026, the Economic and Social Council, recalling its decision "
            "2026/205 of 10 February 2026:\n(a) Took note of the report;\n\n"
            "Decision 2026/237\nReport of the Committee of Experts on Public Administration\n"
            "At its 28th plenary meeting, the Economic and Social Council took note of the report.\n")
    r = extract_text(text, "en")
    assert r.meta.id == "E/DEC/2026/236"
    assert sorted({m.target for m in r.mentions if m.source == r.meta.id}) == ["E/DEC/2026/205"]


def test_round_49_a_cells_topic_body_heads_no_rows_and_a_line_break_inside_a_list() -> None:
    text = ("80/262. 第三委员会的工作安排\n\n大会，\n\n1. 决定按照本决议附件审议下列报告；\n\n附件\n\n"
            "| 议程项目/分项目 | 授权报告 | 授权决议 | 周期 |\n|---|---|---|---|\n"
            "| 社会发展：残疾人 | 秘书长关于残疾人与发展的报告 | 第 74/144、76/154、<br>78/195 号决议 | 每两年 |\n"
            "| 人权理事会报告 | 人权理事会的报告 | 第 60/251、65/281 号决议；人权理事会第 16/21 号决议 | 每年 |\n"
            "| 国际药物管制 | 秘书长关于应对世界毒品问题的国际合作的报告 | 第 S-30/1、79/180 号决议 | 每年 |\n")
    assert targets(text, "zh") == ["A/HRC/RES/16/21", "A/RES/60/251", "A/RES/65/281", "A/RES/74/144",
                                   "A/RES/76/154", "A/RES/78/195", "A/RES/79/180", "A/RES/S-30/1"]


def test_round_49_more_summary_records_after_a_range() -> None:
    text = ("The Third Committee,\n\nThe debate is contained in the relevant summary records "
            "(A/C.3/81/SR.24–29, 44, 47 and 50).\n")
    assert targets(text, "en") == [f"A/C.3/81/SR.{k}" for k in (24, 25, 26, 27, 28, 29, 44, 47, 50)]


def test_round_49_a_reports_table_of_its_texts_under_a_number_column() -> None:
    text = ("                                                   E/2026/30\n"
            "                                                   E/CN.15/2026/13\n\nChapter I\n\n"
            "           4.    The following resolutions and decision adopted by the Commission are\n"
            "           brought to the attention of the Economic and Social Council.\n\n"
            "            Number           Title                                                      Date of\n"
            "                                                                                         adoption\n\n"
            "            Resolution       Strengthening international cooperation to prevent and      22 May 2026\n"
            "            35/1             combat trafficking in cultural property\n\n"
            "            Resolution       Countering the smuggling of migrants by sea                  22 May 2026\n"
            "            35/4\n\n"
            "            Decision 35/1    Strategic guidance on the budget of the Fund                22 May 2026\n\n"
            "           5.    The Commission also took note of Economic and Social Council decision 2026/201.\n")
    assert targets(text, "en") == ["CCPCJ/DEC/35/1", "CCPCJ/RES/35/1", "CCPCJ/RES/35/4", "E/DEC/2026/201"]


def test_round_49_chinese_issuers_by_subject_date_and_other_organizations() -> None:
    text = ("秘书长的报告\n\n4. 麻醉药品委员会第六十九届会议通过了若干决议。委员会在第 69/1 号决议中回顾其第 64/1 号决议。\n\n"
            "5. 在第 69/4 号决议中，委员会强调必须确保受国际管制的药物可用于医疗和科学目的。\n\n"
            "6. 人权理事会在第 62/4 号决议中回顾了大会 2007 年 10 月 31 日题为“通过体育和奥林匹克理想建设和平和更美好的世界”"
            "的第 62/4 号决议。\n\n7. 成员国欢迎集安组织集体安全理事会 2025 年 11 月 27 日第 11 号决定，以及集安组织议会大会"
            "2025 年 11 月 20 日第 18-7 号决议。\n\n8. 见养恤金联合委员会的文件 JSPB/G.4/Rev.24。\n")
    assert targets(text, "zh") == ["A/HRC/RES/62/4", "A/RES/62/4", "CND/RES/64/1", "CND/RES/69/1", "CND/RES/69/4",
                                   "JSPB/G.4/REV.24"]


def test_round_50_link_labels_glued_to_symbols() -> None:
    text = ("Human Rights Council\n\nSymbol: A/HRC/RES/61/14\n\nRelated documents: Draft resolutionA/HRC/61/L.19  |  "
            "Report of the SessionA/HRC/61/2\n\nThe Human Rights Council,\n\nRecalling the statement A/HRC/PRST/57/2View "
            "document and the reports (A/HRC/58/24View documentA/HRC/59/23),\n")
    assert targets(text, "en") == ["A/HRC/58/24", "A/HRC/59/23", "A/HRC/61/2", "A/HRC/61/L.19", "A/HRC/PRST/57/2"]


def test_round_50_other_organizations_acts_beside_the_councils() -> None:
    text = ("Letter dated 3 December 2026\n\nAnnex\n\n3. The participants welcomed Human Rights Council resolution "
            "58/4.\n\n4. They recalled resolution No. 1/51-C of the Islamic Summit, Resolution 2417 (2022) and "
            "Resolution 2506 (2023) of the Parliamentary Assembly of the Council of Europe, Council Framework "
            "Decision 2008/913/JHA of 28 November 2008 and Security Council resolution 2812 (2026).\n")
    assert targets(text, "en") == ["A/HRC/RES/58/4", "S/RES/2812(2026)"]


def test_round_50_a_reports_tables_of_its_resolutions_and_its_decisions() -> None:
    text = ("                                              E/2026/28\n"
            "                                              E/CN.7/2026/15\n\nChapter I\n\n"
            "     3.     The following resolutions and decisions adopted by the Commission are brought to the\n"
            "     attention of the Council.\n\n"
            "                      Resolutions\n                      Number        Title\n\n"
            "                      69/1          Promoting alternative development\n"
            "                      69/2          Improving the availability of controlled substances\n\n"
            "     4.     The Commission also took the following decisions.\n\n"
            "                      Decisions\n                      Number        Title\n\n"
            "                      69/1          Inclusion of N-desethyl etonitazene in Schedule I\n"
            "                      69/6          Provisional agenda for the thematic discussions\n\n"
            "     5.     The Council took note of the report.\n")
    assert targets(text, "en") == ["CND/DEC/69/1", "CND/DEC/69/6", "CND/RES/69/1", "CND/RES/69/2"]


def test_round_50_the_sub_commissions_topic_before_its_date_and_a_text_below() -> None:
    text = ("人權理事會，\n\n又回顧增進和保護人權小組委員會的各項決議，以及小組委員會關於通過軍事法庭執行司法問題的 2005 年 8 月 12 日"
            "第 2005/106 號決定，\n")
    assert targets(text, "zh") == ["E/CN.4/SUB.2/DEC/2005/106"]
    page = ("2026/210. 非政府组织委员会的报告\n\n经济及社会理事会，\n\n4. 请非政府组织委员会在下文第 2026/225 号决定所述的续会上"
            "审查本决定。\n")
    assert targets(page, "zh") == ["E/DEC/2026/225"]


def test_round_50_a_layout_table_of_mandates_its_cells_wrapped() -> None:
    rows = [("General Assembly", "Resolution 79/174 of", "Trafficking in women and", "Biennial; the"),
            ("", "17 December 2024", "girls", "present report"),
            ("Human Rights", "Resolution 58/12 of", "Trafficking in persons in", "Annual;"),
            ("Council", "4 April 2025", "conflict and post-conflict", "A/HRC/62/34"),
            ("", "Resolutions 53/19 and", "Special Rapporteur on", "Annual"),
            ("", "56/4", "trafficking in persons", ""),
            ("Security", "Resolution 2331", "Trafficking in persons in", "Annual;"),
            ("Council", "(2016)", "armed conflict", "S/2026/321"),
            ("", "Resolution 2467 of", "Conflict-related sexual", "Annual"),
            ("", "23 April 2019", "violence", "")]
    table = "\n".join(f" {a:<20}{b:<27}{c:<33}{d}".rstrip() for a, b, c, d in rows)
    prose = "\n".join(["          The present report maps the mandates given by the bodies of the United Nations"] * 14)
    text = ("United Nations                                            A/81/287\n\nGeneral Assembly\n\n"
            f"{prose}\n\n Annex\n\n Body                Mandate                    Subject                          "
            f"Reporting\n{table}\n")
    assert targets(text, "en") == ["A/HRC/62/34", "A/HRC/RES/53/19", "A/HRC/RES/56/4", "A/HRC/RES/58/12",
                                   "A/RES/79/174", "S/2026/321", "S/RES/2331(2016)", "S/RES/2467(2019)"]
