"""Instruments: titles, short forms, bare references and footnote links."""

from __future__ import annotations

from pathlib import Path

import pytest

from xref import extract_document, extract_text, read_document
from xref.extract.lang import TABLES
from xref.instruments import gazetteer

from .conftest import ROOT, with_known_gaps

EXAMPLES = [
    (lang, text, expected)
    for lang, table in TABLES.items()
    if table.instruments is not None
    for text, expected in table.instruments.examples
]


def instruments(text: str, lang: str) -> list[str]:
    return [m.target for m in extract_text(text, lang).mentions if m.target_kind == "instrument"]


def test_every_language_has_instrument_examples() -> None:
    for table in TABLES.values():
        assert table.instruments is not None, table.lang
        assert len(table.instruments.examples) >= 8, table.lang


@pytest.mark.parametrize("lang,text,expected", EXAMPLES)
def test_instrument_examples(lang: str, text: str, expected: list[str]) -> None:
    assert instruments(text, lang) == expected


SEEDS = sorted((ROOT / "data" / "seeds").glob("*.txt"))
PUBLICATION = ("手册", "工具包", "报告", "示范法", "汇编", "指南")


def _golden_instruments(path: Path) -> set[str]:
    gaz = gazetteer()
    keys = set()
    gold = ROOT / "tests" / "golden" / "seeds" / f"{path.stem}.instruments.tsv"
    for line in gold.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        en, zh = line.split("\t")[:2]
        inst = gaz.lookup(zh) or gaz.lookup(en)
        assert inst is not None, f"golden title not in the gazetteer: {zh}"
        keys.add(inst.id)
    return keys


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem)
def test_seed_instruments_exact(path: Path) -> None:
    r = extract_document(read_document(path))
    got = {m.target for m in r.mentions if m.target_kind == "instrument" and m.source == r.meta.id}
    gold = _golden_instruments(path)
    assert sorted(got - gold) == [], "instruments not named in the text"
    assert sorted(gold - got) == [], "instruments missed"
    for m in r.mentions:
        if m.target_kind == "instrument":
            assert not any(w in m.raw for w in PUBLICATION), m.raw


def _golden_facts() -> dict[str, set[tuple[str, str, str, str]]]:
    facts: dict[str, set[tuple[str, str, str, str]]] = {}
    path = ROOT / "tests" / "golden" / "seeds" / "instrument_facts.tsv"
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        stem, key, fn, res, unts = (line.split("\t") + [""] * 5)[:5]
        facts.setdefault(stem, set()).add((f"instrument:{key}", fn, res, unts))
    return facts


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem)
def test_seed_footnote_facts(path: Path) -> None:
    r = extract_document(read_document(path))
    got = {(f.instrument, f.footnote, f.adopted_by, f.unts_no) for f in r.instruments}
    assert got == _golden_facts().get(path.stem, set())


def test_footnote_gives_edge_instrument_to_resolution() -> None:
    r = extract_document(read_document(ROOT / "data" / "seeds" / "000_c782685030c56564.txt"))
    edges = {(m.source, m.target, m.relation, m.via) for m in r.mentions
             if m.source.startswith("instrument:")}
    assert ("instrument:UNCAC", "A/RES/58/4", "annex_of", "footnote") in edges
    assert ("instrument:UNTOC", "A/RES/55/25", "annex_of", "footnote") in edges
    # The resolution in the footnote is still a citation of the document.
    assert any(m.source == "A/RES/61/181" and m.target == "A/RES/58/4" and m.paragraph == "fn2"
               for m in r.mentions)


def test_ibid_footnote_cites_previous_resolution() -> None:
    r = extract_document(read_document(ROOT / "data" / "seeds" / "001_718c474298f2556b.txt"))
    ibid = [m for m in r.mentions if m.via == "ibid"]
    assert [(m.target, m.paragraph, m.pinpoint) for m in ibid] == [("A/RES/55/25", "fn6", "附件三")]


def test_bare_convention_stops_at_paragraph_boundary() -> None:
    same = extract_text("大会，\n 回顾《联合国反腐败公约》，敦促《公约》缔约国执行，", "zh")
    assert [m.target for m in same.mentions if m.via == "anaphor"] == ["instrument:UNCAC"]
    other = extract_text("大会，\n 回顾《联合国反腐败公约》，\n 1. 敦促《公约》缔约国执行；", "zh")
    assert [m.target for m in other.mentions if m.via == "anaphor"] == []


def test_unknown_treaty_title_named_by_its_registration_number() -> None:
    text = ("大会，\n 回顾《某某公约》1，\n__________________\n"
            " 1 联合国，《条约汇编》，第 2349 卷，第 42146 号。\n")
    r = extract_text(text, "zh")
    assert [m.target for m in r.mentions if m.target_kind == "instrument"] == ["instrument:UNCAC"]


def test_english_footnote_annex_and_treaty_series() -> None:
    text = (
        "The General Assembly,\n\n"
        "Recalling the United Nations Convention against Corruption,[^1] and the "
        "Convention on the Rights of the Child,[^2]\n\n"
        "1. Urges States parties to the Convention to implement it;\n\n"
        "[^1]: Resolution 58/4, annex.\n\n"
        "[^2]: United Nations, Treaty Series, vol. 1577, No. 27531.\n"
    )
    r = extract_text(text, "en")
    facts = {(f.instrument, f.adopted_by, f.relation, f.unts_no) for f in r.instruments}
    assert facts == {("instrument:UNCAC", "A/RES/58/4", "annex_of", ""),
                     ("instrument:CRC", "", "", "27531")}


def _fixture_golden() -> tuple[dict[str, set[str]], dict[str, set[tuple[str, str, str, str]]]]:
    gaz = gazetteer()
    names: dict[str, set[str]] = {}
    facts: dict[str, set[tuple[str, str, str, str]]] = {}
    path = ROOT / "tests" / "fixtures" / "instruments.tsv"
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        fixture, title, fn, res, unts = (line.split("\t") + [""] * 5)[:5]
        inst = gaz.lookup(title)
        if inst is not None:
            ident = inst.id
        elif fixture.startswith("zh/"):
            ident = "instrument:" + "".join(title.split())
        else:
            ident = "instrument:" + " ".join(title.split())
        names.setdefault(fixture, set()).add(ident)
        if fn:
            facts.setdefault(fixture, set()).add((ident, fn, res, unts))
    return names, facts


FIXTURES = sorted(
    p for p in (ROOT / "tests" / "fixtures").glob("*/*") if p.suffix in (".txt", ".md")
)


# Known gaps, each a real limit the fixture shows; strict, so a fix is noticed.
KNOWN_GAPS = {
    "en/S5_A_81_287.txt": "round 50, missed: TIP-POLITICAL-DECLARATION-2017; footnote facts differ (UNTOC fn2)",
    "en/S5_A_RES_81_229.txt": "round 50, read but not in the golden: Convention, 1975 (No. 143); missed: Migrant Workers (Supplementary Provisions) Convention, 1975 (No. 143), UNTOC; footnote facts differ (GCM fn1, SEVILLA-COMMITMENT fn2, TIP-PROTOCOL fn4, UNTOC fn4)",
    "en/S5_E_RES_2026_27.txt": "round 50, read but not in the golden: Geneva Declaration of Principles and Plan of Action and the Tunis Commitment and Tunis Agenda for the Information Society; missed: Geneva Declaration of Principles, Plan of Action, Recommendation on the Ethics of Artificial Intelligence, TUNIS-AGENDA, Tunis Commitment; footnote facts differ (Geneva Declaration of Principles fn4, Plan of Action fn4, TUNIS-AGENDA fn4, Tunis Commitment fn4)",
    "en/S5_S_RES_2811_2026.md": "round 50, missed: Human Rights Due Diligence Policy on United Nations Support to Non-United Nations Security Forces, Joint Road Map for Peace in the Central African Republic",
    "en/S6_A_80_915.txt": "round 50, read but not in the golden: Europe Framework Convention on Artificial Intelligence and Human Rights, Democracy and the Rule of Law, Rabat Plan of Action; missed: Council of Europe Framework Convention on Artificial Intelligence and Human Rights, Democracy and the Rule of Law, EU Anti-racism Action Plan 2020–2025, Rabat Plan of Action on the prohibition of advocacy of national, racial or religious hatred that constitutes incitement to discrimination, hostility or violence; footnote facts differ (Rabat Plan of Action fn1, Rabat Plan of Action on the prohibition of advocacy of national, racial or religious hatred that constitutes incitement to discrimination, hostility or violence fn1)",
    "en/S6_A_81_512.md": "round 50, missed: draft articles on prevention and punishment of crimes against humanity, draft articles on the protection of the environment in relation to armed conflicts, draft conclusions on general principles of law, rules of procedure of the General Assembly; footnote facts differ (draft articles on prevention and punishment of crimes against humanity fn4)",
    "en/S6_CAC_COSP_RES_11_3.txt": "round 50, read but not in the golden: Political Declaration, UNGASS-2021-CORRUPTION; missed: Abu Dhabi declaration on enhancing collaboration between supreme audit institutions and anti-corruption bodies, Political Declaration adopted at the special session of the General Assembly against corruption, Sharm el-Sheikh declaration on strengthening international cooperation in the prevention of and fight against corruption during times of emergencies and crisis response and recovery, terms of reference of the Mechanism for the Review of Implementation of the United Nations Convention against Corruption; footnote facts differ (Political Declaration adopted at the special session of the General Assembly against corruption fn2, UNGASS-2021-CORRUPTION fn2)",
    "en/S6_E_2026_28.txt": "round 50, read but not in the golden: 1961 Convention, 1971 Convention, 1988 Convention, UNGASS-2016-OUTCOME, Vienna Declaration of the Paris Pact; missed: Vienna Declaration of the Paris Pact partners; footnote facts differ (DRUGS-1988 fn3)",
    "zh/S7_A_HRC_RES_62_15.md": "round 50, footnote facts differ (JUDICIARY-PRINCIPLES fn5, LAWYERS-PRINCIPLES fn6, PROSECUTORS-GUIDELINES fn6)",
    "zh/S7_A_RES_34_24.txt": "round 50, missed: 关于纳米比亚的宣言, 宣言, 行动纲领; footnote facts differ (CERD fn3, CERD fn3/)",
    "zh/S7_A_RES_81_150.txt": "round 50, missed: 我们的海洋，我们的未来，我们的责任; footnote facts differ (UNCLOS-PART-XI-AGREEMENT fn2)",
    "zh/S7_CCPCJ_RES_35_3.txt": "round 50, missed: 我们共同承诺有效应对腐败带来的挑战和采取措施预防和打击腐败及加强国际合作, 我们共同致力于有效处理和应对世界毒品问题, 联合国反腐败公约实施情况审议机制职权范围",
    "zh/S8_A_81_312-S_2026_455.txt": "round 50, read but not in the golden: PARIS-PRINCIPLES-CAAFAG, 关于保护儿童免遭与武装部队或武装团体有关的非法招募或使用的原则和准则; missed: 关于保护儿童免遭与武装部队或武装团体有关的非法招募或使用的原则和准则（巴黎原则）; footnote facts differ (GENEVA-CONVENTIONS fn4, 关于保护儿童免遭与武装部队或武装团体有关的非法招募或使用的原则和准则（巴黎原则） fn2, 安全学校宣言 fn1)",
    "zh/S8_A_81_415-S_2026_780.txt": "round 50, missed: 常規彈藥全壽命管理全球框架, 歐安組織小武器和輕武器文件; footnote facts differ (ATT fn4, 常規彈藥全壽命管理全球框架 fn3)",
    "zh/S8_CAC_COSP_11_15.md": "round 50, missed: 我们共同承诺有效应对腐败挑战和采取措施预防和打击腐败及加强国际合作, 联合国反腐败公约实施情况审议机制职权范围; footnote facts differ (我们共同承诺有效应对腐败挑战和采取措施预防和打击腐败及加强国际合作 fn2, 联合国反腐败公约实施情况审议机制职权范围 fn3)",
    "zh/S8_CND_RES_69_3.txt": "round 50, read but not in the golden: DRUGS-1961-AMENDED; missed: 1961年《麻醉品单一公约》（经1972年议定书修正）; footnote facts differ (1961年《麻醉品单一公约》（经1972年议定书修正） fn1, DRUGS-1961-AMENDED fn1)",
    "en/T5_A_HRC_RES_61_12.md": "round 49, read but not in the golden: Declaration of the World Food Summit; missed: Declaration of the World Food Summit: five years later, political declaration of the high-level political forum on sustainable development; footnote facts differ (Rome Declaration on World Food Security fn7, World Food Summit Plan of Action fn7)",
    "en/T5_A_RES_33_134.txt": "round 49, read but not in the golden: Buenos Aires Plan of Action for Promoting and Implementing Technical Co-operation, Economic Declaration; missed: Buenos Aires Plan of Action for Promoting and Implementing Technical Co-operation among Developing Countries, Economic Declaration adopted by the Fifth Conference of Heads of State or Government of Non-Aligned Countries, Programme of Action adopted by the Conference on Economic Co-operation among Developing Countries, agreement on the Global System of Trade Preferences among Developing Countries; footnote facts differ (Buenos Aires Plan of Action for Promoting and Implementing Technical Co-operation among Developing Countries fn5, Economic Declaration fn2, Economic Declaration adopted by the Fifth Conference of Heads of State or Government of Non-Aligned Countries fn2, Programme of Action adopted by the Conference on Economic Co-operation among Developing Countries fn1)",
    "en/T5_A_RES_81_229.txt": "round 49, read but not in the golden: Doha Declaration on Financing for Development, Ministerial Declaration; missed: Doha Declaration on Financing for Development: outcome document of the Follow-up International Conference on Financing for Development to Review the Implementation of the Monterrey Consensus, political declaration of the high-level political forum on sustainable development convened under the auspices of the General Assembly; footnote facts differ (AAAA fn2, AGENDA-2030 fn3, Doha Declaration on Financing for Development: outcome document of the Follow-up International Conference on Financing for Development to Review the Implementation of the Monterrey Consensus fn5, MONTERREY-CONSENSUS fn4, PACT-FOR-THE-FUTURE fn6, SEVILLA-COMMITMENT fn1)",
    "en/T5_E_DEC_2026_236.txt": "round 49, missed: United Nations strategic plan for forests 2017–2030, fundamental principles of official statistics, principles of effective governance for sustainable development",
    "en/T6_A_81_226.txt": "round 49, read but not in the golden: KYOTO-DECLARATION; missed: ICJ-STATUTE, Kyoto Declaration on Advancing Crime Prevention, Criminal Justice and the Rule of Law, UNCLOS; footnote facts differ (KYOTO-DECLARATION fn10, Kyoto Declaration on Advancing Crime Prevention, Criminal Justice and the Rule of Law fn10)",
    "en/T6_A_81_733-S_2026_512.txt": "round 49, read but not in the golden: ECOWAS Supplementary Protocol; missed: Concluding Document of Helsinki 1992, ECOWAS Supplementary Protocol A/SP1/12/01 on Democracy and Good Governance, Helsinki Final Act; footnote facts differ (Helsinki Final Act fn1)",
    "en/T6_CND_DEC_69_2.txt": "round 49, read but not in the golden: 1961 Convention, 1971 Convention, DRUGS-1961-AMENDED; missed: 1972 Protocol, DRUGS-1961",
    "en/T6_E_2026_30-E_CN.15_2026_13.txt": "round 49, missed: basic principles on the use of restorative justice programmes in criminal matters",
    "zh/T7_A_RES_80_262.md": "round 49, footnote facts differ (DDPA fn7)",
    "zh/T7_E_RES_2026_17.txt": "round 49, missed: 人口和住房普查原则和建议; footnote facts differ (人口和住房普查原则和建议 fn2)",
    "zh/T8_A_81_137.txt": "round 49, read but not in the golden: DRUGS-1961-AMENDED, 政治宣言和行动计划, 部长级宣言; missed: 2014年高级别联合声明, 《1961年麻醉品单一公约》（经1972年议定书修正）, 《政治宣言和行动计划》, 《药物依赖治疗国际标准》, 《部长级宣言》, 联合声明; footnote facts differ (《1961年麻醉品单一公约》（经1972年议定书修正） fn3, 《部长级宣言》 fn7, 联合声明 fn8, 部长级宣言 fn7)",
    "zh/T8_A_81_388.txt": "round 49, read but not in the golden: 2026—2030年东盟打击跨国犯罪行动计划, 上海合作组织2035年前发展战略, 上海合作组织反恐怖主义公约, 上海合作组织反极端主义公约, 上海合作组织宪章, 上海合作组织成员国元首理事会比什凯克宣言, 打击恐怖主义、分裂主义和极端主义上海公约; missed: 《2026—2028年上海合作组织成员国打击恐怖主义、分裂主义和极端主义合作纲要》, 《2026—2030年东盟打击跨国犯罪行动计划》, 《上海合作组织2035年前发展战略》, 《上海合作组织反恐怖主义公约》, 《上海合作组织反极端主义公约》, 《上海合作组织宪章》, 《打击恐怖主义、分裂主义和极端主义上海公约》",
    "zh/T8_A_DEC_81_405.md": "round 49, read but not in the golden: 国际法委员会章程, 联合检查组章程; missed: 《国际法委员会章程》, 《联合国合办工作人员养恤基金条例》, 《联合检查组章程》, 议事规则（大会）; footnote facts differ (《国际法委员会章程》 fn4, 《联合国合办工作人员养恤基金条例》 fn10, 《联合检查组章程》 fn6, 国际法委员会章程 fn4, 联合检查组章程 fn6)",
    "zh/T8_A_HRC_62_2.txt": "round 49, read but not in the golden: 关于艾滋病毒和艾滋病的政治宣言：消除不平等，走上正轨，到2030年消除艾滋病; missed: 《关于艾滋病毒和艾滋病的政治宣言：消除不平等，走上正轨，到2030年消除艾滋病》",
    "zh/T8_CAC_COSP_IRG_2026_6.txt": "round 49, read but not in the golden: 政府专家和秘书处开展国别审议的准则; missed: 《我们致力于有效应对挑战和实施措施，以预防和打击腐败并加强国际合作的共同承诺》, 《政府专家和秘书处开展国别审议的准则》, 《联合国反腐败公约实施情况审议机制职权范围》; footnote facts differ (UNCAC fn1, 《我们致力于有效应对挑战和实施措施，以预防和打击腐败并加强国际合作的共同承诺》 fn5, 《政府专家和秘书处开展国别审议的准则》 fn2, 《联合国反腐败公约实施情况审议机制职权范围》 fn1, 政府专家和秘书处开展国别审议的准则 fn2)",
    "en/U5_A_HRC_63_36.txt": "round 48, missed: Addis Ababa road map; footnote facts differ (Addis Ababa road map fn8, Arab Charter on Human Rights fn11)",
    "en/U5_A_RES_40_153.txt": "round 48, missed: Final Document of the Tenth Special Session of the General Assembly; footnote facts differ (Final Document of the Tenth Special Session of the General Assembly fn2)",
    "en/U5_A_RES_81_73.txt": "round 48, read but not in the golden: Declaration of Principles Governing the Sea-Bed and the Ocean Floor; missed: Declaration of Principles Governing the Sea-Bed and the Ocean Floor, and the Subsoil Thereof, beyond the Limits of National Jurisdiction, Our ocean, our future, our responsibility, Our ocean, our future: united for urgent action; footnote facts differ (BBNJ fn5, FISH-STOCKS-AGREEMENT fn2, Our ocean, our future, our responsibility fn3, Our ocean, our future: united for urgent action fn4, UNCLOS fn1)",
    "en/U5_E_RES_2026_21.md": "round 48, read but not in the golden: Strategy for the Harmonization of Statistics in Africa 2017; missed: Cape Town Global Action Plan for Sustainable Development Data, Medellín Framework for Action, Strategy for the Harmonization of Statistics in Africa 2017–2026; footnote facts differ (Cape Town Global Action Plan for Sustainable Development Data fn4, Medellín Framework for Action fn6)",
    "en/U5_S_RES_2816_2026.txt": "round 48, missed: Joint Road Map for Peace in the Central African Republic",
    "en/U6_A_81_648.txt": "round 48, missed: Financial Regulations and Rules of the United Nations, Regulations and Rules Governing Programme Planning, the Programme Aspects of the Budget, the Monitoring of Implementation and the Methods of Evaluation, rules of procedure of the General Assembly; footnote facts differ (Financial Regulations and Rules of the United Nations fn5, Regulations and Rules Governing Programme Planning, the Programme Aspects of the Budget, the Monitoring of Implementation and the Methods of Evaluation fn4)",
    "en/U6_A_81_812-S_2026_934.txt": "round 48, read but not in the golden: Charter of the Organisation of Islamic Cooperation and the Pact of the League of Arab States, Guiding Principles on Internal; missed: Charter of the Organisation of Islamic Cooperation, Guiding Principles on Internal Displacement, Pact of the League of Arab States, guiding principles of humanitarian assistance; footnote facts differ (Guiding Principles on Internal Displacement fn3)",
    "en/U6_CND_RES_69_4.txt": "round 48, read but not in the golden: 1961 Convention; footnote facts differ (Ministerial Declaration fn6)",
    "en/U6_CTOC_COP_DEC_13_2.txt": "round 48, missed: procedures and rules for the functioning of the Mechanism",
    "zh/U7_A_RES_81_172.txt": "round 48, footnote facts differ (CAT fn3, CAT fn4, 公约任择议定书 fn4)",
    "zh/U7_CAC_COSP_RES_11_4.txt": "round 48, missed: 《联合国反腐败公约》实施情况审议机制的职权范围, 我们共同承诺有效应对挑战和实施措施以预防和打击腐败并加强国际合作; footnote facts differ (《联合国反腐败公约》实施情况审议机制的职权范围 fn3, 我们共同承诺有效应对挑战和实施措施以预防和打击腐败并加强国际合作 fn2)",
    "zh/U7_E_2026_30.txt": "round 48, read but not in the golden: CRIME-PROGRAMME-PRINCIPLES-1991, SMR-1955; missed: AGENDA-2030, 有效实施〈囚犯待遇最低限度标准规则〉的程序",
    "zh/U8_A_81_183.txt": "round 48, footnote facts differ (TERRORISM-DECLARATION-SUPPLEMENT-1996 fn1, 消除国际恐怖主义措施宣言 fn1)",
    "zh/U8_E_RES_2026_7.txt": "round 48, read but not in the golden: AGENDA-2030; missed: 行动纲要; footnote facts differ (BPFA fn2, 行动纲要 fn2)",
    "en/V5_A_81_186.md": "round 47, footnote facts differ (Madrid International Plan of Action on Ageing, 2002 fn1, Political Declaration fn1)",
    "en/V5_A_RES_81_104.txt": "round 47, missed: International Covenants on Human Rights; footnote facts differ (International Covenants on Human Rights fn3)",
    "en/V5_E_RES_2026_21.txt": "round 47, read but not in the golden: Political Declaration; missed: Political Declaration adopted by the General Assembly at its twentieth special session, high-level declaration adopted at the midterm review in 2024; footnote facts differ (DRUGS-1961-AMENDED fn1, DRUGS-1988 fn3, DRUGS-2009-POLITICAL-DECLARATION fn4, Ministerial Declaration on Strengthening Our Actions at the National, Regional and International Levels to Accelerate the Implementation of Our Joint Commitments to Address and Counter the World Drug Problem fn6, PSYCHOTROPIC-1971 fn2, UNGASS-2016-OUTCOME fn5, high-level declaration adopted at the midterm review in 2024 fn7)",
    "en/V5_S_RES_2847_2026.txt": "round 47, missed: Joint Road Map for Peace in the Central African Republic",
    "en/V6_A_81_458.txt": "round 47, read but not in the golden: CEDAW-OP; missed: Optional Protocol thereto, rules of procedure of the General Assembly; footnote facts differ (CEDAW-OP fn4, Optional Protocol thereto fn4)",
    "en/V6_A_HRC_RES_61_18.txt": "round 47, missed: Interpretive Guide on the Corporate Responsibility to Respect Human Rights; footnote facts differ (GENEVA-CONVENTIONS fn3)",
    "en/V6_CAC_COSP_2026_9.md": "round 47, read but not in the golden: AGENDA-2030; missed: Doha declaration on the role of the Convention in achieving the 2030 Agenda, guidelines for governmental experts and the secretariat, terms of reference of the Mechanism for the Review of Implementation of the United Nations Convention against Corruption; footnote facts differ (guidelines for governmental experts and the secretariat fn2)",
    "en/V6_CCPCJ_RES_35_3.txt": "round 47, read but not in the golden: UNGASS-2021-CORRUPTION; missed: Protocols thereto, terms of reference of the Mechanism for the Review of Implementation of the United Nations Convention against Corruption; footnote facts differ (DRUGS-1961-AMENDED fn6, DRUGS-1988 fn6, FIREARMS-PROTOCOL fn3, PSYCHOTROPIC-1971 fn6, Protocols thereto fn2, UNCAC fn4, UNTOC fn1, UNTOC fn2)",
    "en/V6_E_2026_27.txt": "round 47, read but not in the golden: Political Declaration on HIV and AIDS; missed: Political Declaration on HIV and AIDS: Ending Inequalities and Getting on Track to End AIDS by 2030",
    "zh/V7_A_RES_41_107.txt": "round 47, missed: 有效实施囚犯待遇最低限度标准规则的程序; footnote facts differ (BEIJING-RULES fn4, CERD fn3, ICCPR fn2, UDHR fn1, 米兰行动计划 fn4)",
    "zh/V7_A_RES_80_183.txt": "round 47, read but not in the golden: WORLD-SUMMIT-OUTCOME-2005; footnote facts differ (CPPNM fn9)",
    "zh/V7_E_RES_2025_21.txt": "round 47, footnote facts differ (DRUGS-1961-AMENDED fn2, UNGASS-2016-OUTCOME fn1, UNTOC fn5)",
    "zh/V7_S_RES_2809_2025.txt": "round 47, read but not in the golden: 馬德里指導原則; missed: 打擊恐怖主義言論的全面國際框架; footnote facts differ (關於制止外國恐怖主義作戰人員流動的指導原則 fn1, 關於打擊為恐怖主義目的使用新技術和新興技術的德里宣言 fn3)",
    "zh/V8_A_81_734.txt": "round 47, missed: 东盟打击跨国犯罪行动计划（2026-2035年）",
    "zh/V8_E_2026_28.txt": "round 47, read but not in the golden: DRUGS-1961-AMENDED; missed: 1972年议定书, DRUGS-1961, 我们对有效处理和对抗世界毒品问题的共同承诺; footnote facts differ (DRUGS-1961 fn8, DRUGS-1961-AMENDED fn8)",
    "en/E5_A_RES_2547_XXIV.txt": "round 46, missed: Proclamation of Teheran; footnote facts differ (Proclamation of Teheran fn5)",
    "en/E5_A_RES_81_158.txt": "round 46, footnote facts differ (VDPA fn3)",
    "en/E5_E_2026_30.txt": "round 46, footnote facts differ (Abu Dhabi Declaration fn3)",
    "en/E5_S_RES_2822_2026.txt": "round 46, missed: guiding principles of humanitarian emergency assistance",
    "zh/Q8_CAC_COSP_RES_11_4.txt": "round 45, read but not in the golden: AGENDA-2030; missed: 我们为有效应对腐败带来的挑战、预防和打击腐败及加强国际合作的共同承诺; footnote facts differ (AGENDA-2030 fn3, 我们为有效应对腐败带来的挑战、预防和打击腐败及加强国际合作的共同承诺 fn3)",
    "zh/Q8_CCPCJ_RES_34_2.txt": "round 45, missed: 联合国打击网络犯罪公约；加强打击通过信息和通信技术系统实施的某些犯罪并共享严重犯罪电子形式证据的国际合作; footnote facts differ (联合国打击网络犯罪公约；加强打击通过信息和通信技术系统实施的某些犯罪并共享严重犯罪电子形式证据的国际合作 fn1)",
    "en/Q6_A_80_520.txt": "round 45, missed: articles on responsibility of States for internationally wrongful acts, rules of procedure of the General Assembly",
    "en/Q6_A_80_935.txt": "round 45, read but not in the golden: Declaration to the Secretary-General, ECOWAS Protocol, EU Strategy, Helsinki-Freetown Ministerial Declaration on Preventing the Diversion of Small Arms and Light Weapons, Security Council Helsinki-Freetown Ministerial Declaration on Preventing the Diversion of Small Arms and Light Weapons We; missed: Global Framework for Through-life Conventional Ammunition Management, Helsinki–Freetown Ministerial Declaration on Preventing the Diversion of Small Arms and Light Weapons, ITI-SALW; footnote facts differ (ITI-SALW fn2)",
    "en/Q6_A_DEC_81_405.md": "round 45, missed: Regulations of the United Nations Joint Staff Pension Fund, rules of procedure",
    "en/Q6_CAC_COSP_RES_11_4.txt": "round 45, footnote facts differ (UNTOC fn2)",
    "en/Q6_CCPCJ_RES_34_2.txt": "round 45, read but not in the golden: SMR-1955; footnote facts differ (KYOTO-DECLARATION fn1, TOKYO-RULES fn2)",
    "zh/Q7_A_80_712.txt": "round 45, missed: 联合国财务条例和细则; footnote facts differ (联合国财务条例和细则 fn1)",
    "zh/Q7_E_RES_2025_17.txt": "round 45, read but not in the golden: AGENDA-2030",
    "en/W1_A_81_290.md": "round 44, missed: political declaration on its implementation; footnote facts differ (TIP-PROTOCOL fn1, UNTOC fn1, political declaration on its implementation fn3)",
    "en/W1_A_RES_35_188.txt": "round 44, footnote facts differ (SMR-1955 fn88)",
    "en/W2_A_81_652.txt": "round 44, read but not in the golden: Management Strategy; missed: Financial Regulations and Rules of the United Nations",
    "en/W2_A_81_812.txt": "round 44, read but not in the golden: AU-AGENDA-2063; missed: Helsinki Final Act, Joint United Nations-African Union Framework for Enhanced Partnership in Peace and Security, Protocol Relating to the Establishment of the Peace and Security Council of the African Union",
    "en/W2_CND_RES_70_4.txt": "round 44, read but not in the golden: 1961 Convention; missed: high-level declaration on the 2024 midterm review; footnote facts differ (Ministerial Declaration on Strengthening Our Actions at the National, Regional and International Levels to Accelerate the Implementation of Our Joint Commitments to Address and Counter the World Drug Problem fn3, high-level declaration on the 2024 midterm review fn4)",
    "en/W2_E_2027_30.txt": "round 44, missed: Model Treaty for the Prevention of Crimes that Infringe on the Cultural Heritage of Peoples in the Form of Movable Property; footnote facts differ (Model Treaty for the Prevention of Crimes that Infringe on the Cultural Heritage of Peoples in the Form of Movable Property fn6)",
    "zh/W3_A_RES_35_171.txt": "round 44, footnote facts differ (CODE-OF-CONDUCT-LEO fn212, SMR-1955 fn213, 加拉加斯宣言 fn215)",
    "zh/W3_A_RES_81_186.txt": "round 44, read but not in the golden: AGENDA-2030",
    "zh/W3_E_DEC_2027_201.txt": "round 44, read but not in the golden: UNCAC, UNTOC",
    "zh/W4_A_81_784.txt": "round 44, footnote facts differ (關於建立非洲聯盟和平與安全理事會的議定書 fn1)",
    "zh/W4_CND_RES_70_4.txt": "round 44, read but not in the golden: DRUGS-1961-AMENDED; missed: DRUGS-1961; footnote facts differ (AGENDA-2030 fn5, DRUGS-1961 fn1, DRUGS-1961-AMENDED fn1, 关于加强我们的行动，在国家、区域和国际各级加快履行我们的共同承诺以处理和应对世界毒品问题的部长级宣言 fn7)",
    "en/S1_E_2026_28.txt": "round 43, read but not in the golden: 1961 Convention, 1971 Convention, 1988 Convention, 2019 Ministerial Declaration; missed: Ministerial Declaration, Political Declaration; footnote facts differ (Ministerial Declaration fn3)",
    "en/S1_E_RES_2026_24.md": "round 43, read but not in the golden: BANGKOK-DECLARATION-2005; missed: Bangkok Declaration commemorating the seventy-fifth anniversary of the Economic and Social Commission for Asia and the Pacific; footnote facts differ (Bangkok Declaration commemorating the seventy-fifth anniversary of the Economic and Social Commission for Asia and the Pacific fn1)",
    "en/S1_S_RES_316_1972.txt": "round 43, read but not in the golden: Geneva Convention; missed: Geneva Convention relative to the Treatment of Prisoners of War; footnote facts differ (Geneva Convention relative to the Treatment of Prisoners of War fn17)",
    "en/S2_A_80_902.txt": "round 43, footnote facts differ (UN-PERSONNEL-OP fn2)",
    "en/S2_A_81_478_ADD.2.txt": "round 43, footnote facts differ (DRD fn1)",
    "en/S2_A_DEC_40_428.txt": "round 43, read but not in the golden: International Convention on the Protection of the Rights of All Migrant Workers and Their Families; footnote facts differ (CAT fn216)",
    "en/S2_A_HRC_RES_61_14.txt": "round 43, missed: International Covenants on Human Rights; footnote facts differ (International Covenants on Human Rights fn2)",
    "en/S2_CTOC_COP_2026_14.txt": "round 43, footnote facts differ (FIREARMS-PROTOCOL fn2, SMUGGLING-PROTOCOL fn2, TIP-PROTOCOL fn2)",
    "zh/S4_A_81_735-S_2026_1102.txt": "round 43, footnote facts differ (UN-PERSONNEL-CONVENTION fn2, 保護武裝衝突中平民基本原則 fn3, 關於戰時保護平民之日內瓦公約 fn1)",
    "zh/S4_CTOC_COP_2026_14.txt": "round 43, footnote facts differ (UNTOC fn3, 联合国打击跨国有组织犯罪公约及其议定书实施情况审议机制程序和规则 fn1)",
    "zh/S4_E_2026_28-E_CN.7_2026_15.txt": "round 43, read but not in the golden: DRUGS-1961-AMENDED; missed: 1972年议定书; footnote facts differ (DRUGS-1961 fn5, DRUGS-1961-AMENDED fn5)",
    "en/T1_A_RES_81_118.md": "round 42, missed: declaration of the high-level meeting of the General Assembly on the rule of law at the national and international levels; footnote facts differ (declaration of the high-level meeting of the General Assembly on the rule of law at the national and international levels fn1)",
    "en/T2_A_RES_81_149.txt": "round 42, read but not in the golden: Agreement relating to the Implementation of Part XI of the United Nations Convention on the Law of the Sea, International Convention for the Prevention of Pollution from Ships, 1973, Protocol of 1978; missed: International Convention for the Prevention of Pollution from Ships, 1973, as modified by the Protocol of 1978 relating thereto; footnote facts differ (AGENDA-2030 fn8, BBNJ fn7, FISH-STOCKS-AGREEMENT fn6, International Convention for the Prevention of Pollution from Ships, 1973, as modified by the Protocol of 1978 relating thereto fn11, UNCLOS fn1, UNCLOS-PART-XI-AGREEMENT fn5)",
    "en/T2_CND_RES_69_3.txt": "round 42, read but not in the golden: 1988 Convention; missed: Joint Ministerial Statement of the 2014 high-level review by the Commission; footnote facts differ (Joint Ministerial Statement of the 2014 high-level review by the Commission fn5, Ministerial Declaration fn7)",
    "zh/T3_A_HRC_RES_62_8.md": "round 42, footnote facts differ (人权理事会特别程序任务负责人行为守则 fn3)",
    "zh/T3_E_CN.7_2027_12.txt": "round 42, footnote facts differ (UNGASS-2016-OUTCOME fn4)",
    "zh/T3_S_RES_2853_2026.txt": "round 42, missed: 羅安達聯合路線圖",
    "zh/T4_A_81_511.txt": "round 42, missed: 贸易法委员会数字资产交易示范法, 贸易法委员会电子商务示范法; footnote facts differ (贸易法委员会数字资产交易示范法 fn2, 贸易法委员会电子商务示范法 fn5)",
    "zh/T4_A_RES_39_114.txt": "round 42, footnote facts differ (加拉加斯宣言 fn1)",
    "zh/T4_A_RES_81_189.txt": "round 42, missed: 附加议定书（第一议定书）; footnote facts differ (附加议定书（第一议定书） fn4)",
    "zh/T4_CAC_COSP_RES_11_5.txt": "round 42, missed: 我们共同承诺有效应对腐败带来的挑战和加强反腐败措施和国际合作; footnote facts differ (我们共同承诺有效应对腐败带来的挑战和加强反腐败措施和国际合作 fn2)",
    "en/G1_A_81_183.txt": "round 41, footnote facts differ (ICSANT fn6, ICSFT fn5, Supplementary Declaration fn2)",
    "en/G1_A_RES_34_145.txt": "round 41, missed: Definition of Aggression; footnote facts differ (Definition of Aggression fn2)",
    "en/G1_E_RES_2026_17.md": "round 41, footnote facts differ (Ministerial Declaration fn8)",
    "en/G2_A_81_517-S_2026_861.txt": "round 41, read but not in the golden: ECOWAS Protocol; missed: Protocol on Democracy and Good Governance",
    "en/G2_CTOC_COP_RES_13_2.txt": "round 41, missed: ITI-SALW; footnote facts differ (FIREARMS-PROTOCOL fn1, ITI-SALW fn4)",
    "zh/G3_A_HRC_RES_61_15.txt": "round 41, missed: 我們關於有效應對挑戰和實施措施以預防和打擊腐敗並加強國際合作的共同承諾; footnote facts differ (UDHR fn1)",
    "zh/G3_A_RES_81_187.txt": "round 41, footnote facts differ (ICCPR fn5)",
    "zh/G4_A_81_486.txt": "round 41, missed: 我们共同承诺有效应对腐败带来的挑战，采取措施预防和打击腐败并加强国际合作; footnote facts differ (UNTOC fn1)",
    "zh/G4_A_RES_3456_XXX.txt": "round 41, footnote facts differ (ICCPR fn2, SMR-1955 fn1)",
    "en/Z1_E_2026_28.txt": "round 40, read but not in the golden: 1971 Convention, DRUGS-1961, Ministerial Declaration; missed: Ministerial Declaration adopted at the high-level segment of the sixty-seventh session of the Commission on Narcotic Drugs; footnote facts differ (Ministerial Declaration adopted at the high-level segment of the sixty-seventh session of the Commission on Narcotic Drugs fn4, PSYCHOTROPIC-1971 fn2)",
    "en/Z1_E_RES_2026_19.md": "round 40, read but not in the golden: Addis Ababa Declaration on Population and Development in Africa; missed: Addis Ababa Declaration on Population and Development in Africa beyond 2014, Montevideo Consensus on Population and Development, key actions for the further implementation of the Programme of Action; footnote facts differ (Programme of Action of the International Conference on Population and Development fn1, Programme of Action of the International Conference on Population and Development fn2, key actions for the further implementation of the Programme of Action fn2)",
    "en/Z2_CAC_COSP_DEC_11_6.txt": "round 40, missed: Marrakech declaration on the prevention of corruption; footnote facts differ (UNCAC fn1)",
    "zh/Z3_A_RES_81_214.txt": "round 40, footnote facts differ (UNCAC fn2, 关于采取措施禁止并防止文化财产非法进出口和所有权非法转让公约 fn3)",
    "zh/Z3_E_RES_2026_21.txt": "round 40, footnote facts differ (2002年马德里老龄问题国际行动计划 fn2)",
    "zh/Z3_S_RES_2841_2026_hant.txt": "round 40, footnote facts differ (ICSFT fn1, TERRORIST-BOMBINGS-CONVENTION fn2)",
    "zh/Z4_A_81_127.txt": "round 40, missed: 政治宣言",
    "zh/Z4_E_2027_28.md": "round 40, missed: 我们共同致力于有效处理和应对世界毒品问题, 毒品和犯罪问题办公室2026-2027年战略; footnote facts differ (我们共同致力于有效处理和应对世界毒品问题 fn1)",
    "en/A1_A_81_61.txt": "round 39, missed: Youth2030 strategy; footnote facts differ (Youth2030 strategy fn2)",
    "en/A1_A_HRC_RES_61_14.txt": "round 39, footnote facts differ (Declaration on Social Progress and Development fn7, ICESCR fn2, Rome Declaration on World Food Security fn3, UDHR fn1, UNDRIP fn6, United Nations Declaration on the Rights of Peasants and Other People Working in Rural Areas fn5, World Food Summit Plan of Action fn3)",
    "en/A1_A_RES_80_247.txt": "round 39, missed: Plan of Implementation of the World Summit on Sustainable Development, Programme for the Further Implementation of Agenda 21, SAMOA-PATHWAY, The future we want, political declaration of the high-level political forum on sustainable development convened under the auspices of the General Assembly in 2023; footnote facts differ (AGENDA-21 fn3, AGENDA-21 fn4, KMGBF fn10, PARIS-AGREEMENT fn8, Plan of Implementation of the World Summit on Sustainable Development fn6, Programme for the Further Implementation of Agenda 21 fn4, SAMOA-PATHWAY fn12)",
    "en/A1_E_2026_30.txt": "round 39, missed: AGENDA-2030, Standard minimum rules for non-custodial measures",
    "en/A1_S_RES_2809_2026.txt": "round 39, footnote facts differ (NPT fn1)",
    "en/A2_A_RES_38_112.txt": "round 39, missed: Proclamation of Teheran; footnote facts differ (Proclamation of Teheran fn46)",
    "en/A2_CAC_COSP_RES_11_8.txt": "round 39, read but not in the golden: Europe Criminal Law Convention on Corruption; missed: Criminal Law Convention on Corruption, Lausanne guidelines for efficient recovery of stolen assets",
    "en/A2_CND_RES_69_5.md": "round 39, footnote facts differ (DRUGS-2009-POLITICAL-DECLARATION fn6, Ministerial Declaration fn7)",
    "en/A2_E_RES_2026_33.txt": "round 39, footnote facts differ (COPENHAGEN-DECLARATION fn2)",
    "zh/A3_A_HRC_RES_59_8.txt": "round 39, footnote facts differ (CPED fn2)",
    "zh/A3_CCPCJ_RES_35_7.md": "round 39, missed: 建立有效的联合国预防犯罪和刑事司法方案的原则声明",
    "zh/A3_E_DEC_2025_258_hant.txt": "round 39, footnote facts differ (DRUGS-1961-AMENDED fn2, DRUGS-1988 fn4, PSYCHOTROPIC-1971 fn3, 部長級宣言 fn5)",
    "zh/A3_S_RES_2803_2025.txt": "round 39, footnote facts differ (利比亚政治协议 fn1)",
    "zh/A4_CTOC_COP_RES_13_6.txt": "round 39, missed: 政治宣言; footnote facts differ (政治宣言 fn3)",
    "zh/A4_E_RES_2026_19.txt": "round 39, read but not in the golden: CYBERCRIME-CONVENTION, UNCAC, UNTOC; missed: 联合国打击网络犯罪公约；加强打击通过信息和通信技术系统实施的某些犯罪以及共享严重犯罪电子形式证据方面的国际合作; footnote facts differ (CRC fn1, CRC-OPSC fn4, ICCPR fn5, KYOTO-DECLARATION fn6, UDHR fn5, WORLD-FIT-FOR-CHILDREN fn8, 联合国打击网络犯罪公约；加强打击通过信息和通信技术系统实施的某些犯罪以及共享严重犯罪电子形式证据方面的国际合作 fn2, 联合国预防和控制针对儿童的暴力行为示范战略和实际措施 fn3)",
    "en/B1_A_80_301.txt": "round 38, missed: Set of principles for the protection and promotion of human rights through action to combat impunity; footnote facts differ (Set of principles for the protection and promotion of human rights through action to combat impunity fn2)",
    "en/B1_E_RES_2026_21.txt": "round 38, missed: Joint Ministerial Statement of the 2014 high-level review by the Commission on Narcotic Drugs; footnote facts differ (Joint Ministerial Statement of the 2014 high-level review by the Commission on Narcotic Drugs fn5, Ministerial Declaration on Strengthening Our Actions at the National, Regional and International Levels to Accelerate the Implementation of Our Joint Commitments to Address and Counter the World Drug Problem fn7)",
    "en/B2_A_HRC_62_39.txt": "round 38, read but not in the golden: Collective Bargaining Convention, 1949 (No. 98), Organise Convention, 1948 (No. 87); missed: Freedom of Association and Protection of the Right to Organise Convention, 1948 (No. 87), Right to Organise and Collective Bargaining Convention, 1949 (No. 98)",
    "en/B2_A_HRC_RES_62_19.txt": "round 38, read but not in the golden: Convention against Discrimination in Education of the United Nations Educational, Scientific and Cultural Organization, Incheon Declaration; missed: Convention against Discrimination in Education, GCR, Incheon Declaration and Framework for Action; footnote facts differ (Convention against Discrimination in Education fn5, Convention against Discrimination in Education of the United Nations Educational, Scientific and Cultural Organization fn5, GCR fn7)",
    "en/B2_CND_RES_69_9.txt": "round 38, read but not in the golden: 1988 Convention, 2019 Ministerial Declaration, Political Declaration; missed: Action Plan against Illicit Manufacture, Trafficking and Abuse of Amphetamine-type Stimulants and Their Precursors, Political Declaration adopted by the General Assembly at its twentieth special session; footnote facts differ (DRUGS-2009-POLITICAL-DECLARATION fn7, Ministerial Declaration fn8, Political Declaration adopted by the General Assembly at its twentieth special session fn4)",
    "zh/B3_A_RES_80_194.txt": "round 38, missed: 我们共同承诺有效应对腐败挑战和采取措施预防和打击腐败及加强国际合作; footnote facts differ (我们共同承诺有效应对腐败挑战和采取措施预防和打击腐败及加强国际合作 fn3)",
    "zh/B3_E_RES_2025_23_hant.txt": "round 38, missed: AGENDA-2030, 聯合國財務條例和細則",
    "zh/B4_CAC_COSP_RES_11_10.md": "round 38, missed: 政治宣言; footnote facts differ (关于在紧急情况下和危机应对与恢复期间加强国际合作预防和打击腐败的沙姆沙伊赫宣言 fn4, 政治宣言 fn3)",
    "zh/B4_E_RES_2026_27.txt": "round 38, footnote facts differ (COPENHAGEN-DECLARATION fn3, 北京宣言和行动纲领 fn1, 国际人口与发展会议行动纲领 fn2)",
    "en/C1_A_81_215.txt": "round 37, read but not in the golden: Gender and Diversity Guidelines for Mine Action Programmes of the Mine Action Service, United Nations Mine Action Strategy; missed: United Nations Mine Action Strategy 2023–2027",
    "en/C1_A_RES_81_203.txt": "round 37, footnote facts differ (AAAA fn1)",
    "en/C2_A_HRC_RES_63_11.txt": "round 37, read but not in the golden: Guidelines on Justice in Matters, HAVANA-RULES; missed: Guidelines on Justice in Matters involving Child Victims and Witnesses of Crime, United Nations Rules for the Protection of Juveniles Deprived of their Liberty (the Havana Rules); footnote facts differ (CRC fn3, ICCPR fn2, UDHR fn1)",
    "en/C2_A_RES_81_196.txt": "round 37, footnote facts differ (Abu Dhabi Declaration fn5, Ministerial Declaration fn9, UNTOC fn6)",
    "en/C2_CCPCJ_RES_35_6.txt": "round 37, read but not in the golden: 1988 Convention",
    "zh/C3_A_RES_3446_XXX.txt": "round 37, footnote facts differ (SMR-1955 fn1)",
    "zh/C3_A_RES_81_149.txt": "round 37, read but not in the golden: CEDAW-OP; missed: 任择议定书, 行动纲要; footnote facts differ (AGENDA-2030 fn7, BPFA fn4, CEDAW fn2, UDHR fn1, 任择议定书 fn3, 行动纲要 fn4)",
    "zh/C3_A_RES_81_186.txt": "round 37, missed: 我们共同承诺有效应对腐败带来的挑战并采取措施预防和打击腐败和加强国际合作; footnote facts differ (我们共同承诺有效应对腐败带来的挑战并采取措施预防和打击腐败和加强国际合作 fn2)",
    "zh/C3_E_2027_28_ChapI.md": "round 37, read but not in the golden: DRUGS-1961-AMENDED; missed: DRUGS-1961; footnote facts differ (DRUGS-1961 fn2, DRUGS-1961-AMENDED fn2)",
    "zh/C3_E_DEC_2026_251.txt": "round 37, read but not in the golden: DRUGS-1961-AMENDED; missed: DRUGS-1961; footnote facts differ (DRUGS-1961 fn4, DRUGS-1961-AMENDED fn4)",
    "zh/C4_CTOC_COP_RES_13_4.txt": "round 37, missed: 我们共同承诺有效应对腐败挑战和采取措施预防和打击腐败及加强国际合作; footnote facts differ (UNCAC fn2, UNTOC fn1, 我们共同承诺有效应对腐败挑战和采取措施预防和打击腐败及加强国际合作 fn3)",
    "zh/C4_E_RES_2026_21.txt": "round 37, missed: 犯罪统计国际分类, 行动纲要; footnote facts differ (BPFA fn3, 犯罪统计国际分类 fn4, 行动纲要 fn3)",
    "en/D3_A_81_263.txt": "round 36, missed: UNTOC, political declaration on the implementation of the Global Plan of Action to Combat Trafficking in Persons",
    "en/D3_A_HRC_RES_62_27.txt": "round 36, footnote facts differ (ICCPR fn2, ICESCR fn2, UDHR fn1, UNGP fn4)",
    "en/D3_A_RES_81_174.txt": "round 36, missed: Our ocean, our future: united for urgent action; footnote facts differ (UNCLOS-PART-XI-AGREEMENT fn2)",
    "en/D3_A_RES_81_58.txt": "round 36, read but not in the golden: Delhi Declaration; missed: Delhi Declaration on countering the use of new and emerging technologies for terrorist purposes; footnote facts differ (CPPNM-AMENDMENT fn3)",
    "en/D3_E_RES_2026_29.md": "round 36, read but not in the golden: BANGKOK-DECLARATION-2005; missed: Bangkok Declaration on regional cooperation for resilient supply chains in Asia and the Pacific, Montevideo Consensus on Population and Development, Regional Road Map for Implementing the 2030 Agenda for Sustainable Development in Asia and the Pacific",
    "en/D4_CAC_COSP_DEC_11_3.txt": "round 36, missed: terms of reference of the Mechanism for the Review of Implementation of the United Nations Convention against Corruption",
    "en/D4_CCPCJ_RES_36_3.md": "round 36, missed: declaration adopted by the Fifteenth United Nations Congress on Crime Prevention and Criminal Justice; footnote facts differ (declaration adopted by the Fifteenth United Nations Congress on Crime Prevention and Criminal Justice fn5)",
    "en/D4_E_CN_6_RES_71_2.txt": "round 36, footnote facts differ (BPFA fn1)",
    "en/D4_E_DEC_2027_231.txt": "round 36, missed: United Nations strategic plan for forests 2017-2030",
    "zh/D1_A_80_302.txt": "round 36, missed: 关于国内流离失所问题的指导原则",
    "zh/D1_A_HRC_RES_62_21_hant.txt": "round 36, footnote facts differ (日內瓦四公約 fn6)",
    "zh/D1_A_RES_80_213.txt": "round 36, footnote facts differ (AGENDA-2030 fn1)",
    "zh/D1_A_RES_80_247.txt": "round 36, footnote facts differ (CAT fn4)",
    "zh/D1_CAC_COSP_RES_11_12.txt": "round 36, missed: 政治宣言; footnote facts differ (UNCAC fn1, UNTOC fn3, 政治宣言 fn2)",
    "zh/D1_S_RES_2871_2026.txt": "round 36, missed: 刚果民主共和国及该区域和平、安全与合作框架",
    "zh/D2_A_RES_40_141.txt": "round 36, missed: 行动纲领; footnote facts differ (经济、社会、文化权利国际公约 fn2)",
    "zh/D2_CND_RES_69_7.md": "round 36, read but not in the golden: DRUGS-1961",
    "zh/D2_E_RES_2026_15.txt": "round 36, read but not in the golden: WORLD-SUMMIT-OUTCOME-2005; footnote facts differ (COPENHAGEN-DECLARATION fn1, WSSD-PROGRAMME fn1)",
    "en/E1_A_RES_43_197.txt": "round 35, missed: Decree No. 1 for the Protection of the Natural Resources of Namibia, Final Act of the seventh session of the United Nations Conference on Trade and Development; footnote facts differ (Decree No. 1 for the Protection of the Natural Resources of Namibia fn2, Final Act of the seventh session of the United Nations Conference on Trade and Development fn4)",
    "en/E1_A_RES_80_175.txt": "round 35, missed: Global Action Plan to End Statelessness: 2014-2024",
    "en/E1_A_RES_80_221.md": "round 35, missed: global indicator framework; footnote facts differ (AGENDA-2030 fn1, global indicator framework fn5)",
    "en/E1_A_RES_80_63.txt": "round 35, missed: Final Document of the Tenth Special Session of the General Assembly, Model Protocol Additional to the Agreement(s) between State(s) and the International Atomic Energy Agency for the Application of Safeguards; footnote facts differ (Final Document of the Tenth Special Session of the General Assembly fn1)",
    "en/E1_A_RES_ES-11_11.txt": "round 35, footnote facts differ (CRC fn2, GENEVA-CONVENTION-IV fn3)",
    "en/E2_E_2026_25_ChapI.txt": "round 35, read but not in the golden: Madrid International Plan of Action on Ageing, Political Declaration; missed: Political Declaration and Madrid International Plan of Action on Ageing; footnote facts differ (Madrid International Plan of Action on Ageing fn3, Political Declaration and Madrid International Plan of Action on Ageing fn3, Programme of Action of the International Conference on Population and Development fn1)",
    "en/E2_S_RES_2821_2026.txt": "round 35, footnote facts differ (FIREARMS-PROTOCOL fn1)",
    "en/E3_CAC_COSP_RES_11_9.txt": "round 35, footnote facts differ (UNGASS-2021-CORRUPTION fn3)",
    "en/E3_CCPCJ_RES_35_2.txt": "round 35, read but not in the golden: Abu Dhabi Declaration on Accelerating Crime Prevention, Criminal Justice and the Rule of Law in the Digital Age, Crime Strategy; missed: Abu Dhabi Declaration on Accelerating Crime Prevention, Criminal Justice and the Rule of Law in the Digital Age: Protecting People and Planet, United Nations Office on Drugs and Crime Strategy 2021–2025; footnote facts differ (Abu Dhabi Declaration on Accelerating Crime Prevention, Criminal Justice and the Rule of Law in the Digital Age: Protecting People and Planet fn4, SALVADOR-DECLARATION fn1)",
    "en/E3_CND_RES_69_4.txt": "round 35, missed: ITI-SALW; footnote facts differ (FIREARMS-PROTOCOL fn2)",
    "en/E3_CTOC_COP_WG.3_2026_2.txt": "round 35, read but not in the golden: UNCAC; footnote facts differ (UNTOC fn1)",
    "zh/E4_A_80_348.txt": "round 35, missed: 关于执行《全球行动计划》的政治宣言; footnote facts differ (关于执行《全球行动计划》的政治宣言 fn1)",
    "zh/E4_E_2026_28_ChapI.md": "round 35, missed: 我们共同承诺有效处理和应对世界毒品问题",
    "zh/E4_E_DEC_2025_238.txt": "round 35, missed: 2024年高级别部分部长级声明, 关于第四次妇女问题世界会议三十周年的政治宣言, 我们共同承诺有效处理和应对世界毒品问题, 行动纲要; footnote facts differ (BPFA fn11, 行动纲要 fn11)",
    "en/F1_A_RES_3429_XXX.txt": "round 34, footnote facts differ (SMR-1955 fn1)",
    "en/F1_A_RES_80_241.txt": "round 34, missed: UNTOC; footnote facts differ (BEIJING-30-POLITICAL-DECLARATION fn8)",
    "en/F1_A_RES_81_118.txt": "round 34, footnote facts differ (CPPNM-AMENDMENT fn6, HOSTAGES-CONVENTION fn5, ICSANT fn3, ICSFT fn2, PROTECTED-PERSONS-CONVENTION fn4, TERRORIST-BOMBINGS-CONVENTION fn1)",
    "en/F1_A_RES_81_187.txt": "round 34, read but not in the golden: Ministerial Declaration of 2019; missed: high-level declaration adopted by the Commission at its sixty-seventh session; footnote facts differ (Ministerial Declaration fn5, PSYCHOTROPIC-1971 fn2, high-level declaration adopted by the Commission at its sixty-seventh session fn6)",
    "en/F2_A_80_921-S_2026_512.txt": "round 34, read but not in the golden: Revised Treaty of Chaguaramas Establishing the Caribbean Community; missed: Revised Treaty of Chaguaramas Establishing the Caribbean Community including the CARICOM Single Market and Economy",
    "en/F2_S_PRST_2026_9.md": "round 34, missed: African Union Master Roadmap of Practical Steps to Silence the Guns in Africa by 2030, Global Framework for Through-life Conventional Ammunition Management, ITI-SALW, UNTOC; footnote facts differ (Global Framework for Through-life Conventional Ammunition Management fn4, ITI-SALW fn2, SALW-POA fn1)",
    "en/F2_S_RES_2886_2026.txt": "round 34, missed: Pact on Security, Stability and Development in the Great Lakes Region",
    "en/F2_S_RES_856_1993.txt": "round 34, read but not in the golden: Peace Agreement; missed: Peace Agreement between the three Liberian parties",
    "en/F3_A_HRC_RES_62_14.md": "round 34, read but not in the golden: Convention against Discrimination in Education of the United Nations Educational, Scientific and Cultural Organization, Incheon Declaration, WORLD-FIT-FOR-CHILDREN; missed: Convention against Discrimination in Education, Incheon Declaration and Framework for Action",
    "en/F3_CND_RES_69_7.txt": "round 34, missed: Action Plan on International Cooperation on the Eradication of Illicit Drug Crops and on Alternative Development; footnote facts differ (AGENDA-2030 fn8, DRUGS-1961-AMENDED fn1, DRUGS-1988 fn3, Ministerial Declaration on Strengthening Our Actions at the National, Regional and International Levels to Accelerate the Implementation of Our Joint Commitments to Address and Counter the World Drug Problem fn4, PSYCHOTROPIC-1971 fn2)",
    "en/F3_CTOC_COP_RES_13_4.txt": "round 34, missed: ITI-SALW, Model Law against the Illicit Manufacturing of and Trafficking in Firearms, procedures and rules for the functioning of the Mechanism; footnote facts differ (ITI-SALW fn4, Model Law against the Illicit Manufacturing of and Trafficking in Firearms fn7, UNTOC fn2)",
    "en/F3_E_2026_26_ChapI.txt": "round 34, read but not in the golden: DOHA-POLITICAL-DECLARATION-2025, Madrid International Plan of Action on Ageing, 2002 Note by the Secretary-General on the World Programme of Action for Youth; missed: Doha Political Declaration of the Second World Summit for Social Development, Madrid International Plan of Action on Ageing, 2002, rules of procedure of the functional commissions of the Economic and Social Council; footnote facts differ (Doha Political Declaration of the Second World Summit for Social Development fn2)",
    "en/F3_E_DEC_2026_241.txt": "round 34, read but not in the golden: Fundamental Principles of Official Statistics and Assembly; missed: Fundamental Principles of Official Statistics, System of National Accounts, 2025",
    "en/F3_E_RES_2026_19.txt": "round 34, missed: United Nations System-wide Action Plan on Gender Equality and the Empowerment of Women, political declaration adopted by the Commission on the Status of Women on the occasion of the thirtieth anniversary of the Fourth World Conference on Women; footnote facts differ (political declaration adopted by the Commission on the Status of Women on the occasion of the thirtieth anniversary of the Fourth World Conference on Women fn3)",
    "zh/F4_CCPCJ_RES_35_2.txt": "round 34, footnote facts differ (关于在刑事事项中采用恢复性司法方案的基本原则 fn4)",
    "zh/F4_S_RES_2863_2026.txt": "round 34, read but not in the golden: KIMBERLEY-PROCESS; missed: 关于负责任的矿产供应链的尽职调查导则",
    "en/I3_A_RES_42_123.txt": "round 32, read but not in the golden: Principles of Medical Ethics; missed: Principles of Medical Ethics relevant to the Role of Health Personnel, particularly Physicians, in the Protection of Prisoners and Detainees against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment; footnote facts differ (Principles of Medical Ethics fn3, Principles of Medical Ethics relevant to the Role of Health Personnel, particularly Physicians, in the Protection of Prisoners and Detainees against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment fn3)",
    "en/I3_CAC_COSP_IRG_2026_5.txt": "round 32, missed: political declaration, terms of reference of the Mechanism for the Review of Implementation of the Convention",
    "en/I3_S_RES_2853_2026.txt": "round 32, missed: guiding principles on foreign terrorist fighters",
    "zh/J2_A_RES_3278_XXIX.txt": "round 32, footnote facts differ (DRUGS-1972-PROTOCOL fn5, PSYCHOTROPIC-1971 fn4)",
    "zh/J2_A_RES_80_144.txt": "round 32, footnote facts differ (政治宣言 fn1)",
    "zh/J2_E_CN_15_2026_9.txt": "round 32, missed: UNTOC",
    "zh/J2_E_CN_6_RES_70_2.md": "round 32, footnote facts differ (AGENDA-2030 fn6, BPFA fn1)",
    "en/I4_A_80_167.txt": "round 32, read but not in the golden: Madrid Plan of Action; footnote facts differ (Madrid International Plan of Action on Ageing, 2002 fn1, Political Declaration fn1)",
    "en/I4_A_RES_1803_XVII.txt": "round 32, missed: DECOLONIZATION-DECLARATION",
    "en/I4_A_RES_80_296.txt": "round 32, missed: Our ocean, our future: united for urgent action; footnote facts differ (Our ocean, our future: united for urgent action fn5, UNCLOS-PART-XI-AGREEMENT fn2)",
    "en/I4_E_2026_28_ChapI.txt": "round 32, read but not in the golden: 1961 Convention, 1971 Convention, 1988 Convention",
    "en/I4_E_RES_2026_21.md": "round 32, footnote facts differ (BPFA fn1)",
    "en/J3_A_HRC_PRST_61_1.txt": "round 32, read but not in the golden: PARIS-PRINCIPLES; missed: principles relating to the status of national institutions for the promotion and protection of human rights (the Paris Principles)",
    "en/J3_A_RES_42_113.txt": "round 32, read but not in the golden: DRUGS-1961-AMENDED, Declaration of the International Conference on Drug Abuse and Illicit Trafficking and of the Comprehensive Multidisciplinary Outline of Future Activities in Drug Abuse Control; missed: 1972 Protocol, Comprehensive Multidisciplinary Outline of Future Activities in Drug Abuse Control, DRUGS-1961, Declaration of the International Conference on Drug Abuse and Illicit Trafficking; footnote facts differ (1972 Protocol fn7, Comprehensive Multidisciplinary Outline of Future Activities in Drug Abuse Control fn1, DRUGS-1961 fn6, DRUGS-1961-AMENDED fn7, Declaration of the International Conference on Drug Abuse and Illicit Trafficking and of the Comprehensive Multidisciplinary Outline of Future Activities in Drug Abuse Control fn1, Declaration of the International Conference on Drug Abuse and Illicit Trafficking fn1, PSYCHOTROPIC-1971 fn8)",
    "en/J3_CAC_COSP_IRG_2026_3.txt": "round 32, missed: guidelines for governmental experts and the secretariat in the conduct of country reviews, political declaration, terms of reference of the Mechanism for the Review of Implementation of the United Nations Convention against Corruption; footnote facts differ (UNCAC fn1)",
    "en/J3_E_CN_15_2026_9.txt": "round 32, read but not in the golden: AGENDA-2030, December 2010 United Nations Rules, KYOTO-DECLARATION, Rules for Non-custodial Measures, SMR-1955; missed: Kyoto Declaration on Advancing Crime Prevention, Criminal Justice and the Rule of Law: Towards the Fulfilment of the 2030 Agenda for Sustainable Development; footnote facts differ (AGENDA-2030 fn4, Kyoto Declaration on Advancing Crime Prevention, Criminal Justice and the Rule of Law: Towards the Fulfilment of the 2030 Agenda for Sustainable Development fn4)",
    "en/J3_S_RES_2846_2026.txt": "round 32, read but not in the golden: Delhi Declaration; missed: Delhi Declaration on countering the use of new and emerging technologies for terrorist purposes, Recommendations of the Financial Action Task Force",
    "en/J4_A_80_213.txt": "round 32, read but not in the golden: Agriculture Convention, 2001 (No. 184); missed: Safety and Health in Agriculture Convention, 2001 (No. 184), United Nations System-wide Policy on Gender Equality and the Empowerment of Women; footnote facts differ (CEDAW fn2, United Nations Declaration on the Rights of Peasants and Other People Working in Rural Areas fn1)",
    "en/J4_A_HRC_RES_61_19.txt": "round 32, missed: outcome document of the Durban Review Conference; footnote facts differ (DDPA fn3, ICCPR fn2, MINORITIES-DECLARATION fn1, outcome document of the Durban Review Conference fn4)",
    "en/J4_A_RES_80_296.txt": "round 32, read but not in the golden: Convention on the Law of the Sea on the Conservation and Sustainable Use of Marine Biological Diversity of Areas, FISH-STOCKS-AGREEMENT, UNCLOS-PART-XI-AGREEMENT; missed: Agreement for the Implementation of the Provisions of the Convention relating to the Conservation and Management of Straddling Fish Stocks and Highly Migratory Fish Stocks, Agreement relating to the Implementation of Part XI of the Convention, Our ocean, our future, our responsibility; footnote facts differ (Agreement for the Implementation of the Provisions of the Convention relating to the Conservation and Management of Straddling Fish Stocks and Highly Migratory Fish Stocks fn3, Agreement relating to the Implementation of Part XI of the Convention fn2, FISH-STOCKS-AGREEMENT fn3, UNCLOS-PART-XI-AGREEMENT fn2)",
    "en/J4_E_RES_2026_21.md": "round 32, read but not in the golden: High-level Declaration, UNGASS-2016-OUTCOME; missed: High-level Declaration by the Commission on Narcotic Drugs on the 2024 Midterm Review; footnote facts differ (High-level Declaration by the Commission on Narcotic Drugs on the 2024 Midterm Review fn7, Ministerial Declaration on Strengthening Our Actions at the National, Regional and International Levels to Accelerate the Implementation of Our Joint Commitments to Address and Counter the World Drug Problem fn6, UNGASS-2016-OUTCOME fn1)",
    "zh/I1_A_80_529.txt": "round 32, missed: 贸易法委员会数据交易合同示范条款; footnote facts differ (承认及执行外国仲裁裁决公约 fn4, 联合国国际货物销售合同公约 fn3, 贸易法委员会数据交易合同示范条款 fn5)",
    "zh/I1_A_HRC_RES_61_20_hant.txt": "round 32, missed: AGENDA-2030; footnote facts differ (ICESCR fn2, UDHR fn1, 世界糧食安全羅馬宣言 fn4, 世界糧食首腦會議行動計劃 fn4)",
    "zh/I1_A_RES_ES-11_8.txt": "round 32, missed: 侵略定义; footnote facts differ (GENEVA-CONVENTIONS fn2)",
    "zh/I1_E_2026_26.txt": "round 32, footnote facts differ (多哈社会发展政治宣言 fn3, 社会发展问题哥本哈根宣言 fn1)",
    "zh/I1_E_DEC_2026_231.md": "round 32, missed: 联合国森林战略计划（2017—2030年）, 进一步执行国际人口与发展会议行动纲领的关键行动; footnote facts differ (国际人口与发展会议行动纲领 fn32)",
    "zh/I2_A_80_352.txt": "round 32, missed: 关于教师地位的建议书",
    "zh/I2_A_RES_3344_XXIX.txt": "round 32, missed: 联合国第二个发展十年国际发展战略, 行动纲领; footnote facts differ (世界人口行动计划 fn2)",
    "zh/I2_A_RES_80_143.txt": "round 32, footnote facts differ (2002年老龄问题政治宣言 fn1)",
    "zh/I2_CAC_COSP_RES_11_14.txt": "round 32, read but not in the golden: UNTOC; missed: 关于反腐败机构的雅加达声明; footnote facts differ (UNCAC fn1)",
    "zh/J1_A_HRC_RES_61_19_hant.txt": "round 32, footnote facts differ (ICCPR fn2, ICESCR fn2, PARIS-AGREEMENT fn5, UDHR fn1, VDPA fn3)",
    "zh/J1_A_RES_ES-11_8.txt": "round 32, read but not in the golden: GENEVA-AP1; missed: 1949年8月12日日内瓦四公约关于保护国际性武装冲突受难者的附加议定书, 侵略定义, 布达佩斯安全保证备忘录; footnote facts differ (1949年8月12日日内瓦四公约关于保护国际性武装冲突受难者的附加议定书 fn2, GENEVA-AP1 fn2)",
    "zh/J1_CND_RES_69_2.txt": "round 32, missed: 部长级宣言; footnote facts differ (部长级宣言 fn3)",
    "zh/J1_E_DEC_2026_231.txt": "round 32, missed: 行动纲要",
    "en/K3_A_HRC_RES_61_36.md": "the note's document (A/HRC/21/39) is given as the Guiding Principles' source; the golden "
                                "gives the resolution named before \"by which it adopted\" them (21/11)",
    "en/K3_A_RES_3486_XXX.txt": "the Lima Programme for Mutual Assistance and Solidarity (a programme not \"of Action\") is missed",
    "en/K3_A_RES_80_146.md": "a lower-case political declaration is missed; a note naming only a conference report gives "
                             "the Platform for Action no fact",
    "en/K3_CAC_COSP_RES_11_12.txt": "the Convention named in its Conference's name is read as cited, the International Health Regulations "
                                    "and an OECD recommendation are missed, and the Convention's adoption is named in "
                                    "another paragraph",
    "en/K4_A_HRC_61_2.txt": "the Code of Conduct (a code, not a listed kind) is missed",
    "en/K4_E_2026_30_ChapI.txt": "the Procedures for the Effective Implementation of the Standard Minimum Rules "
                                 "(procedures, not a listed kind) are missed",
    "zh/K1_A_DEC_80_309.txt": "大会议事规则, named without 《》, is missed",
    "zh/K1_A_RES_80_168.txt": "the short forms 全球行动计划 and 行动纲要 are missed, and a note naming only a "
                              "conference report gives the Platform for Action no fact",
    "zh/K1_CCPCJ_RES_35_6.txt": "the short forms 示范战略 and 行动指南 are missed, and a note naming only a "
                                "congress report gives the Beijing Rules no fact",
    "zh/K1_E_RES_2026_12.txt": "the short form 行动纲领 is missed",
    "en/L3_A_RES_44_72.txt": "the Milan guiding principles, named in lower case, are missed; a note naming only a congress report gives the Milan Plan of Action no fact",
    "en/L3_E_RES_2026_6.md": "a note naming only a summit report gives the Copenhagen texts no fact",
    "zh/L1_A_RES_80_241.txt": "the Residual Mechanism's Statute (规约, not a listed kind) is missed, with its note",
    "zh/L1_E_2025_30_ChapI.txt": "the Convention named inside its Conference's name is read as cited (the golden leaves it out)",
    "zh/L1_E_RES_2025_25.txt": "a political declaration named without 《》 is missed",
    "en/M3_A_HRC_DEC_61_110.txt": "the golden keeps the lower-case Paris Principles title as printed; xref reads it as the gazetteer's",
    "en/M3_A_RES_80_119.txt": "a lower-case declaration of a high-level meeting is missed",
    "en/M3_CAC_COSP_RES_11_1.txt": "the Review Mechanism's terms of reference are missed; the Convention's adoption is named in another paragraph, not beside its footnoted title",
    "en/M3_E_RES_2025_8.md": "a note naming only a conference report gives the Platform for Action no fact",
    "en/M3_S_RES_1129_1997.txt": "a memorandum of understanding (not a listed kind) is missed",
    "en/M3_S_RES_2823_2025.txt": "the Peace, Security and Cooperation Framework's full title is read as another entry",
    "zh/M1_A_80_116.txt": "the Convention's adoption is named away from its footnoted title",
    "zh/M1_CND_RES_68_8_hant.txt": "the ministerial declaration titled in quotation marks is missed",
    "zh/M1_CTOC_COP_DEC_12_5.txt": "the Convention named inside its Conference's name is read as cited (the golden leaves it out)",
    "en/N3_A_HRC_RES_61_12.md": "the Sevilla Commitment named by its Spanish title is missed; a note naming only a conference report gives the Rome Declaration no fact",
    "en/N3_A_RES_50_187.txt": "'the International Covenants on Human Rights' (a plural of two titles) is missed",
    "en/N3_A_RES_80_72.txt": "titles joined by 'and the' are read as one; the Code of Conduct and a declaration in quotation marks are missed; Treaty Series notes after 'Ibid.' give no fact",
    "en/N3_CND_RES_69_5.txt": "declarations and statements named by their occasion ('adopted in 2019', 'of the 2014 high-level review') are read short or missed, with their notes",
    "en/N3_E_DEC_2025_233.txt": "'Agenda 2063' inside an agenda item's title is read as an instrument the text names",
    "zh/N1_A_RES_80_47.txt": "a bare 《最后文件》 (a conference document) is not read as an instrument",
    "zh/N1_A_RES_80_95.txt": "《阿拉伯和平倡议》 (倡议, not a listed kind) is missed; a Treaty Series note on the Fourth Geneva Convention is not linked",
    "zh/N1_CCPCJ_RES_35_4.txt": "a political declaration titled in quotation marks is missed",
    "en/O3_A_80_318.txt": "a lower-case political declaration is missed",
    "en/O3_A_HRC_RES_61_24.md": "UNESCO's 'Recommendation on the Ethics of Artificial Intelligence' (not a listed kind) is missed",
    "en/O3_CTOC_COP_DEC_12_4.txt": "the adoption is named beside the Protocol's short name ('adopted the Firearms Protocol'), not beside its footnoted title",
    "zh/O1_A_HRC_RES_60_6.txt": "a draft's title (…准则草案) is missed",
    "zh/O1_A_RES_39_151F.txt": "a bare 《最后文件》 (a conference document) is not read as an instrument",
    "zh/O1_A_RES_80_141.txt": "《行动纲要》 beside the Beijing Declaration is not read as the Platform for Action",
    "zh/O1_CAC_COSP_DEC_11_5.txt": "the Review Mechanism's terms of reference (职权范围, not a listed kind) are missed",
    "zh/O1_E_CN_7_2025_11.txt": "《1961 年麻醉品单一公约》 beside the 1972 Protocol is read as the amended Convention",
    "zh/O1_E_RES_2025_23.md": "the 1991 Statement of Principles, named without 《》, is missed",
    "zh/O2_A_RES_79_216.txt": "《我们希望的未来》 (no instrument word) is missed",
    "zh/O2_A_RES_80_164.txt": "the Optional Protocol's note given after 'Ibid.' gives no fact",
    "zh/O2_CND_DEC_69_1.txt": "the 1961 Convention 'as amended by the 1972 Protocol', in a heading broken over two lines, is read as the unamended one",
    "zh/O2_E_RES_2024_15_hant.txt": "the Copenhagen texts' note (a conference report) gives no fact; a political declaration of a summit is missed",
    "zh/O2_S_PRST_2025_7.md": "the Kinshasa Convention's long title and a regional strategy are read as other entries; a note on the Charter's chapter is read as the Charter's",
    "en/P3_A_80_193.txt": "the Convention's adopting resolution named after it in the text, and a Protocol's note shared with the Convention's, give no fact",
    "en/P3_A_RES_41_127.txt": "the Final Document of the Tenth Special Session (no instrument word) is missed",
    "en/P3_A_RES_80_71.txt": "'the Agreement relating to the Implementation of Part XI of the Convention' is not read as the gazetteer's; declarations titled in quotation marks are missed; notes naming only a report, or a Treaty Series number after 'Ibid.', give no fact",
    "en/P3_CND_RES_69_3.txt": "the 2019 Ministerial Declaration's note (E/2019/28, its supplement) is not linked",
    "en/P3_CTOC_COP_RES_12_7.md": "'adopted by the General Assembly in its resolutions 55/25 … and 55/255 …, respectively' after the titles gives no adoption; the Tracing Instrument by a short name is missed",
    "en/P3_E_DEC_2025_226.txt": "notes naming only a report or a supplement give no fact",
    "zh/P1_A_80_239.txt": "《行动纲要》 beside the Beijing Declaration, an FAO policy and a title with 〈〉 inside 《》 are missed",
    "zh/P1_CND_RES_68_7.md": "《药物使用障碍治疗国际标准》 (标准, not a listed kind) is missed",
    "zh/P1_E_RES_1995_11.txt": "a note naming only the 1988 Convention's conference document gives no fact",
    "en/Q3_A_80_475.txt": "texts named in lower case and not in the gazetteer (the Decade's global action plan, the outcome document of the World Conference on Indigenous Peoples) are missed, with their notes",
    "en/Q3_A_HRC_DEC_61_104.txt": "a note naming only a report (A/HRC/21/39) gives the Guiding Principles no fact",
    "en/Q3_A_RES_80_149.txt": "'the Convention against Transnational Organized Crime and the Trafficking in Persons Protocol' is read as one title; a lower-case political declaration is missed; a note naming only a report gives no fact",
    "en/Q3_CAC_COSP_RES_11_7.md": "lower-case titles (the Atlanta declaration, the terms of reference, the guidelines) and the FATF Recommendations are missed; 'by which the Assembly adopted the Convention' names it by a short form",
    "en/Q3_E_2025_27_ChapI.txt": "lower-case titles (two political declarations, the global health sector strategies) are missed",
    "en/Q3_E_RES_2025_15.txt": "titles cut short ('Ministerial Declaration adopted in 2019', the 1998 Political Declaration and Action Plan) and a joint ministerial statement are missed or read as others",
    "en/Q3_S_2025_398.txt": "the OECD due diligence guidance (not a listed kind) is missed",
    "en/Q3_S_RES_1075_1996.txt": "'Acordos de Paz' (a title in Portuguese) is missed",
    "en/Q3_S_RES_2793_2025.txt": "a title's period 'Uniformed Gender Parity Strategy 2018–2028' is cut off",
    "zh/Q1_A_RES_80_173.txt": "《伊斯坦布尔议定书》 (a manual the writer gives its full title) is read as a protocol, and the Optional Protocol's adoption is named after an anaphor (《公约》任择议定书)",
    "zh/Q1_A_RES_80_192.md": "《1961 年麻醉品单一公约》 beside the 1972 Protocol is read as the amended Convention",
    "zh/Q2_A_RES_3343_XXIX.txt": "the International Development Strategy for the Second Decade (no 《》) is missed",
    "zh/Q2_A_RES_78_69.txt": "the declaration 'Our ocean, our future: call for action', titled in quotation marks, is missed",
    "zh/Q2_CAC_COSP_IRG_2025_8.txt": "a bare 政治宣言 with its note (第 S-32/1 号决议) is missed",
    "zh/Q2_CND_RES_67_2.txt": "a ministerial declaration titled in quotation marks is missed",
    "en/R3_A_80_149.txt": "a title after a date ('of 22 July 2010 Madrid Plan of Action') takes the date's month; the Madrid Declaration and Plan's shared note (a conference report) gives no fact",
    "en/R3_A_RES_3295_XXIX.txt": "'Decree No. 1 for the Protection of the Natural Resources of Namibia' (a decree, not a listed kind) is missed",
    "en/R3_A_RES_80_147.txt": "a note naming only a report or a supplement gives no fact (the golden gives the Beijing texts theirs); a protocol 'supplementing the Convention,4' does not share the Convention's note",
    "en/R3_E_2024_30.txt": "the Guidelines' title broken after 'Responses' is read short; the Kyoto Declaration's note (a conference report) gives no fact",
    "en/R3_S_RES_602_1987.txt": "the 'Definition of Aggression' (no instrument word) is missed",
    "zh/R1_A_RES_80_217.txt": "《生境议程》 (议程, not a listed kind) is missed, and the Istanbul Declaration's note (a conference report) gives no fact",
    "zh/R1_E_RES_2025_12_hant.txt": "a bare 《行動綱要》 beside the Beijing Declaration is not read as the Platform for Action",
    "zh/R2_A_80_415.txt": "《中亚联合行动计划》 is not in the gazetteer",
    "zh/R2_A_RES_47_91.txt": "the Statement of Principles' note (41: '第 46/152 号决议，附件') is not linked across the page",
    "zh/R2_CAC_COSP_RES_11_7.md": "a political declaration titled in quotation marks ('题为“…”的政治宣言') is missed",
    "zh/R2_CND_RES_67_5.txt": "a ministerial declaration named by its year ('2019 年部长级宣言') is missed, and the UNGASS outcome's note is not linked",
    "en/U3_CAC_COSP_RES_11_9.txt": "a declaration titled in lower case in quotation marks ('Marrakech declaration on "
                                   "the prevention of corruption') is missed",
    "zh/U1_A_RES_35_202.txt": "a bare 《行动纲领》 and the Arusha programme (…纲领和谈判纲要, not an instrument word) are "
                              "missed",
    "zh/U1_A_RES_78_187_hant.txt": "the golden gives the adopting resolution the text names beside a footnoted title "
                                   "(44/25); xref gives only the footnote's facts",
    "zh/U2_A_80_268.txt": "a footnote naming only a publication gives no fact (the golden gives its number)",
    "zh/V1_S_PRST_2025_11.txt": "a bare 《行动纲要》 beside the Beijing Declaration is not read as the Platform for Action, "
                                "and their shared note gives only a sales number",
    "zh/V2_A_HRC_RES_59_18_hant.txt": "a marker inside the brackets of a short title ('（《北京規則》）4）') is not linked",
    "zh/V2_A_RES_80_208.txt": "a note naming the conference report and then its volume of resolutions "
                              "(《…的报告…》，第一卷，《会议通过的决议》（A/CONF.151/26/Rev.1 (Vol. I)）) gives no fact",
    "zh/V2_A_RES_80_226.txt": "one marker after a declaration and an outcome ('《人类住区伊斯坦布尔宣言》和《人居议程》，2') "
                              "is linked to the last title only",
    "zh/V2_E_2025_30_ch1.txt": "the Convention named inside its conference's name is counted by xref, not by this golden",
    "zh/V3_UNEP_EA_7_RES_4.txt": "a title with a '——' subtitle not in the gazetteer (化学品全球框架——…) is missed, and the "
                                 "quoted title of resolution 66/288 ('我们希望的未来') is counted by this golden",
    "zh/S_PRST_2024_7.txt": "a Chinese title printed without 《》 is found only when the gazetteer "
                            "lists it (联合国西非和萨赫勒综合战略)",
    "zh/A_RES_71_211.txt": "a quoted outcome title and 《联合部长级声明》 (a statement, not a listed kind) are missed",
    "zh/S_RES_778_1992.txt": "a bilateral agreed minute (议定记录) is not a listed kind of instrument",
    "en/A_RES_79_24.txt": "a 'Final Act' (Helsinki) is not a listed kind of instrument",
    "en/E_RES_2024_14.txt": "a footnote of several Treaty Series numbers ('Nos. 970–973', one for each Geneva "
                            "Convention) gives no fact",
    "zh/S_2025_612.txt": "an agreement printed without 《》 and not in the gazetteer (第 1 号军事协定) is missed",
    "zh/A_RES_78_226.txt": "footnotes at a page foot with no rule above them are not read as footnotes, and an "
                           "unbracketed plan not in the gazetteer is missed",
    "zh/A_RES_78_321.txt": "footnotes at a page foot with no rule above them are not read as footnotes",
    "zh/A_RES_79_199.txt": "titles printed in quotation marks (“…”), not 《》, are not read as instruments",
    "zh/A_HRC_RES_55_14.txt": "《伊斯坦布尔议定书》, the torture-investigation manual, is read as a protocol; "
                              "the fixture counts it as a publication",
    "en/A_79_461.txt": "a footnote that names only a publication (a conference report, a sales number) "
                       "gives no fact; the fixture counts one for each instrument before it",
    "en/E_RES_2025_7.md": "a footnote that names only a publication gives no fact (the Beijing Declaration "
                          "and Platform for Action)",
    "zh/E_RES_2024_12.txt": "a footnote that names only a publication gives no fact (《北京宣言和行动纲要》)",
    "en/S_RES_2811_2025.txt": "an unknown title whose words after 'on' are in lower case ('Delhi Declaration on "
                              "countering the use of new and emerging technologies …') is cut after 'Declaration'",
    "en/CND_RES_68_3.txt": "short names with a year ('the 1961 Convention', 'the 2019 Ministerial Declaration') "
                           "are not resolved, and the outcome document titled in lower case is missed",
    "en/S_RES_2801_2025.txt": "'the June 2011 Agreement', a short name of an agreement named before, is taken for "
                              "a title of its own",
    "zh/A_RES_ES-8_2.txt": "a decree (第 1 号法令) is not a listed kind, and a footnote after a declaration "
                           "giving its conference's report (A/CONF.107/8) is not linked",
    "en/S_PRST_2025_8.txt": "a footnote of several Treaty Series numbers ('Nos. 970–973', one for each Geneva "
                            "Convention) gives no fact",
    "zh/A_RES_79_155.md": "a footnote that names only a publication gives no fact (《北京宣言和行动纲要》)",
    "zh/E_RES_2024_13.txt": "a title broken by a page break (《北京宣言和行 … 动纲要》) is missed, and a footnote "
                            "that names only a publication gives no fact",
    "zh/A_HRC_RES_57_15_hant.txt": "footnotes printed '註1：' (a Traditional-script mirror) are not read",
    "zh/A_RES_41_107.txt": "the Milan Plan of Action and the Caracas Declaration, printed in the congresses' "
                           "reports (A/CONF.121/22/Rev.1), are not linked to those reports",
    "zh/A_RES_78_47.txt": "an unbracketed title not in the gazetteer (常规弹药全寿命期管理全球框架) is missed, and the "
                          "Programme of Action's footnote to its conference report is not linked",
    "en/A_79_845.txt": "a memorandum (the Budapest Memorandum) is not a listed kind: its footnote goes to the "
                       "Non-Proliferation Treaty named inside its title",
    "en/A_RES_80_198.txt": "a title with a comma inside it (… Ocean Floor, and the Subsoil Thereof, …) is cut at "
                           "the comma, and a conference's outcome titled in quotation marks is missed",
    "en/A_RES_80_87.txt": "an 'Exchange of Letters' is not a listed kind of instrument",
    "en/E_2025_28_ChapI.txt": "a footnote number after 'adopted at …, in 2019,' is not linked to the Ministerial "
                              "Declaration named before it",
    "en/E_RES_2025_9.txt": "the lower-case 'political declaration on the occasion of the twenty-fifth anniversary "
                           "…' is the Beijing+25 declaration to the gazetteer (the golden leaves lower-case titles "
                           "out); 'Workers with Family Responsibilities Convention' loses 'Workers with'; a footnote "
                           "naming only a publication gives no fact",
    "zh/A_80_598.txt": "an unbracketed statement not in the gazetteer (…瓦莱塔部长级声明)",
    "zh/A_DEC_80_541.txt": "an unbracketed statute not in the gazetteer (联合国难民事务高级专员办事处规约)",
    "zh/A_HRC_59_31.txt": "《阿联酋共识》 (an outcome the golden does not count); a conference report as a "
                          "footnote gives no fact",
    "zh/A_HRC_RES_59_3.txt": "footnotes naming only a publication give no fact (the golden gives their numbers)",
    "zh/A_RES_80_175.txt": "a declaration's footnote giving only its conference's report (A/CONF.157/23) gives "
                           "no fact",
    "en/A_80_347.txt": "a title wrapped inside a table's cell (Agreement concerning the Adoption of Harmonized ⏎ "
                       "Technical …); the Marrakech Declaration's footnote after a full stop",
    "zh/A_RES_80_157_b.txt": "the golden gives the adopting resolution the text names beside a footnoted title "
                             "(44/25, 54/263); xref gives only the footnote's facts",
    "zh/CTOC_COP_RES_12_4_b.md": "the golden gives the adopting resolution the text names beside footnoted titles "
                                 "(55/25, 55/255); xref gives only the footnotes' facts",
    "zh/E_2025_30_b.txt": "the conventions named inside their conferences' names are counted by xref, not by this "
                          "golden; a statute printed without 《》 is not in the gazetteer",
    "zh/W_E_RES_2025_5.txt": "a declaration's footnote giving only its conference's report gives no fact",
    "zh/Z_A_RES_3348_XXIX.txt": "a bare 《行动纲领》 naming the NIEO Programme of Action is not read, and the "
                                "World Food Conference declaration's note 'E/CONF.65/20。…出售品编号…' gives no fact",
    "zh/Z_A_RES_80_219.txt": "a footnote naming only a publication gives no fact (the golden gives its number)",
    "zh/Z_CTOC_COP_DEC_12_3.txt": "a short 《关于贩运人口的议定书》 is not read as the Trafficking Protocol; the "
                                  "footnote's number goes to the Convention",
    "en/Y3_UNEP_EA_6_RES_11.txt": "a resolution's quoted title ('The future we want') is counted an instrument by this "
                                  "golden; the Kunming-Montreal Framework's marker follows the "
                                  "decision that adopted it, not its title",
    "zh/Y1_A_RES_3459_XXX.txt": "a bare 《经济宣言》 of another conference is read as the NIEO Declaration (and "
                                "takes its footnote), and the Lima Declaration's footnote giving its conference's "
                                "report (ID/CONF.3/31) gives no fact",
    "zh/Y2_A_HRC_RES_56_8.txt": "footnotes giving a congress's report (A/CONF.144/28/Rev.1) or only a publication "
                                "give no fact",
    "zh/Y2_A_RES_74_234.txt": "an ILO recommendation (《社会保护底线建议书》) is not an instrument word",
    "zh/Y2_E_CN_6_RES_68_2.txt": "a footnote naming only a publication gives no fact (the golden gives its number)",
    "zh/Y2_E_RES_2024_20.md": "'2030 年议程' printed without 《》 is counted by xref, not by this golden",
    "zh/X1_E_RES_2024_8.txt": "a footnote naming only a publication gives no fact (the golden gives its number)",
    "zh/X2_A_RES_79_188.txt": "the 2016 outcome document printed without 《》 is counted by xref, not by this golden; "
                              "the 2019 Ministerial Declaration's footnote giving the Council's record is not linked",
    "zh/X1_S_RES_866_1993.txt": "a bare 《和平协定》 whose footnote gives the letter it is annexed to (S/26272) gives "
                                "no fact",
    "en/A_80_158.md": "a footnote giving only another organisation's treaty series (European Treaty Series, "
                      "No. 185) gives no fact",
    "en/A_HRC_RES_60_8.md": "a title in lower case ('Set of principles for the protection and promotion of human "
                            "rights through action to combat impunity') is not in the gazetteer",
    "en/CND_RES_68_6.txt": "a footnote number after 'adopted at …, in 2019,' is not linked to the Ministerial "
                           "Declaration named a line before",
    "zh/A_80_178.md": "the 2021 political declaration (76/7), printed without 《》, is read as the 2017 one of the "
                      "same title (the golden counts it a description); 《北京宣言》和《行动纲要》's footnote is "
                      "not linked",
    "zh/A_RES_42_59.txt": "footnotes naming only a publication give no fact (the golden gives their numbers)",
    "en/E_RES_1996_40.txt": "a draft declaration ('draft United Nations declaration on the rights of indigenous "
                            "peoples') is not read as an instrument",
    "en/S_RES_815_1993.txt": "a title that ends with its date ('Joint Declaration of 30 September 1992') is cut "
                             "before the date",
    "zh/A_78_135.txt": "a conference's declaration not in the gazetteer (沙姆沙伊赫宣言) and a title in quotation "
                       "marks worded otherwise than the gazetteer are missed",
    "zh/A_78_201.txt": "《1961 年麻醉品单一公约》 with the amended Convention's Treaty Series number (14152) is "
                       "read as the amended Convention; the fixture counts the 1961 text",
    "zh/A_RES_80_171.txt": "the Geneva Conventions and their Additional Protocols named by a collective title "
                           "(《日内瓦公约》, 《附加议定书》) are not linked to their footnotes",
    "zh/E_CN_15_2025_7.txt": "the 2030 Agenda named inside a congress's quoted theme is taken as a mention; the "
                             "fixture does not count it",
    "zh/A_HRC_RES_58_10.txt": "a framework not in the gazetteer (关于人权与环境的框架原则) is missed, footnotes naming "
                              "only a publication give no fact, and a decision inside a treaty body's report is not "
                              "linked to the Paris Agreement",
    "zh/A_RES_79_144.txt": "fisheries instruments not in the gazetteer (港口国措施协定, 负责任渔业行为守则, 雅温得行为守则, "
                           "the IUU plan of action) are missed",
    "zh/A_RES_79_152.txt": "footnotes naming only a publication give no fact, and a footnote after a list of "
                           "declarations is linked to the first one",
    "zh/A_RES_79_288.txt": "African Union and UN–AU instruments not in the gazetteer (非洲联盟组织法, the joint "
                           "frameworks) are missed; the Constitutive Act's footnote goes to the Charter",
    "zh/E_RES_2024_5.txt": "the UN–AU framework is not in the gazetteer, and a footnote naming only a publication "
                           "gives no fact for the Copenhagen Declaration and Programme of Action",
    "zh/E_RES_2024_9.txt": "《附加议定书》 after the Geneva Conventions (two protocols) is not resolved, and the "
                           "Sendai Framework printed without 《》 is missed",
    "en/E_2025_28.txt": "'the 1961 Convention' is not taken as the Single Convention named before, the "
                        "UNGASS outcome named only as an outcome document is missed, and two footnotes of "
                        "the report are not linked",
    "zh/A_RES_49_157.txt": "old typed prints mark footnotes 'N/' (《…规则》6/和); those markers and "
                           "footnotes are not read",
    "zh/A_RES_76_188.txt": "a footnote number far after a quoted title (“…”的…成果文件中作出的各项承诺，1), "
                           "《联合部长级声明》 (a statement, not a listed kind), and 《1961 年公约》 read "
                           "as the amended Convention",
    "en/H4_A_DEC_80_552B.txt": "round 33: \"amendments to the Staff Rules\" inside a report's title is read "
                               "as an instrument",
    "en/H4_CCPCJ_RES_35_5.txt": "round 33: titles wrapped inside a table's first column (\"Body of Principles for "
                                "the⏎Protection of All Persons⏎…\") are not joined",
    "en/H4_CTOC_COP_DEC_10_2.txt": "round 33: a web page's link number before a note marker (\"Crime,^[15]1\") "
                                   "hides the note's facts",
    "en/H3_A_RES_2436_XXIII.txt": "round 33: a proclamation (\"the Proclamation of Teheran\") is not a listed kind",
    "en/H3_E_RES_2026_27.txt": "round 33: a political declaration named by a description and a system-wide action "
                               "plan not in the gazetteer are missed; the Beijing Declaration's note (a conference "
                               "report) is not linked",
    "zh/H2_A_RES_80_58.txt": "round 33: a note that gives another organization's document (INFCIRC/274/Rev.1/Mod.1) "
                             "gives no fact",
}


@pytest.mark.parametrize("path", with_known_gaps(FIXTURES, KNOWN_GAPS),
                         ids=lambda p: f"{p.parent.name}/{p.name}")
def test_fixture_instruments(path: Path) -> None:
    key = f"{path.parent.name}/{path.name}"
    names, facts = _fixture_golden()
    r = extract_document(read_document(path))
    got = {m.target for m in r.mentions if m.target_kind == "instrument" and m.source == r.meta.id}
    assert sorted(got ^ names.get(key, set())) == []
    got_facts = {(f.instrument, f.footnote, f.adopted_by, f.unts_no) for f in r.instruments}
    assert got_facts == facts.get(key, set())


# Reviewed gaps: each row is real-looking text and the instruments it names.
ENGLISH_TITLE_CASES = [
    # 1. plural lists, each item its own treaty
    (("Stressing the importance of the treaties of Tlatelolco, Rarotonga, Bangkok and Pelindaba "
     "establishing nuclear-weapon-free zones,"),
     ["instrument:TLATELOLCO", "instrument:RAROTONGA", "instrument:BANGKOK-TREATY",
      "instrument:PELINDABA"]),
    ("Encourages States Parties to Additional Protocols I and II to the Treaty of Tlatelolco to review",
     ["instrument:TLATELOLCO-AP1", "instrument:TLATELOLCO-AP2", "instrument:TLATELOLCO"]),
    # (the treaty they belong to is named too, as "… to the Treaty of Tlatelolco" gives it)
    ("Recalling Additional Protocols I and II to the Geneva Conventions of 12 August 1949,",
     ["instrument:GENEVA-AP1", "instrument:GENEVA-AP2", "instrument:GENEVA-CONVENTIONS"]),
    # 2. a title broken after a comma and a newline
    (("Recalling the Convention on the Prohibition of the Development, Production,\n"
     "Stockpiling and Use of Chemical Weapons and on Their Destruction,"), ["instrument:CWC"]),
    # 4. a short form of the title named before
    (("Noting the entry into force of the Charter of the Association of Southeast Asian Nations, "
     "and that under the Charter of the Association the purposes are"),
     ["instrument:ASEAN-CHARTER", "instrument:ASEAN-CHARTER"]),
    # 7. publications and model texts are not instruments
    (("Taking note of the Handbook on the United Nations Standard Minimum Rules for the Treatment "
     "of Prisoners,"), []),
    ("Noting the Model Nuclear Weapons Convention submitted by Costa Rica,", []),
    # (a) "the Protocol to that Treaty": the protocol of the treaty last named
    (("encourages consultations between the nuclear-weapon States and the Parties to the Bangkok "
     "Treaty on the Protocol to that Treaty;"),
     ["instrument:BANGKOK-TREATY", "instrument:BANGKOK-TREATY-PROTOCOL"]),
    (("recalls the ratification of the Protocol to the Treaty on a Nuclear-Weapon- Free Zone in "
     "Central Asia and of the Treaty on a Nuclear- Weapon-Free Zone in Central Asia,"),
     ["instrument:SEMIPALATINSK-PROTOCOL", "instrument:SEMIPALATINSK"]),
    (("Recalling the International Covenant on Civil and Political Rights and the Optional "
     "Protocol thereto,"), ["instrument:ICCPR", "instrument:ICCPR-OP1"]),
    (("Recalling the Convention on the Rights of the Child and the Optional Protocol to the "
     "Convention on the sale of children, child prostitution and child pornography,"),
     ["instrument:CRC", "instrument:CRC-OPSC"]),
    # several protocols and nothing to choose between them: no guess
    ("Recalling the Convention on the Rights of the Child and the Optional Protocol thereto,",
     ["instrument:CRC"]),
    # (b) acronyms as whole words; not in symbols, not naming a body, not
    # repeated in brackets after their title
    ("Urges States that have not yet done so to ratify the ICCPR, the ICESCR, UNCAC and UNTOC,",
     ["instrument:ICCPR", "instrument:ICESCR", "instrument:UNCAC", "instrument:UNTOC"]),
    (("Recalling CEDAW and the CRPD, and general recommendation No. 35 (CEDAW/C/GC/35) and "
     "CRC/C/GC/13,"), ["instrument:CEDAW", "instrument:CRPD"]),
    (("Welcoming the work of the CEDAW Committee, the UNFCCC secretariat and the NPT Review "
     "Conference,"), []),
    ("Recalling the Universal Declaration of Human Rights (UDHR) and UNCLOS,",
     ["instrument:UDHR", "instrument:UNCLOS"]),
    ("Taking note of the Legislative Guide for the Implementation of UNTOC,", []),
    # (c) titles the generic rule cut or ran on
    ("Recalling paragraph 12 of the Declaration of the 1980s as the Second Disarmament Decade,",
     ["instrument:DISARMAMENT-DECADE-2-DECLARATION"]),
    (("Welcoming the Doha Declaration of Principles between the Government of the Democratic "
     "Republic of the Congo and the Alliance Fleuve Congo/Mouvement du 23 mars,"),
     ["instrument:DOHA-DECLARATION-OF-PRINCIPLES-DRC-M23"]),
    (("Welcoming the Doha Declaration of Principles between the Government of Ruritania and the "
     "Front,"), [("instrument:Doha Declaration of Principles between the Government of Ruritania"
                " and the Front")]),
    (("including through the implementation of the Lausanne Action Plan 2021–2026 and the Siem "
     "Reap – Angkor Action Plan,"),
     ["instrument:CCM-LAUSANNE-ACTION-PLAN", "instrument:APMBC-SIEM-REAP-ANGKOR-ACTION-PLAN"]),
    ("We reaffirm our support for the achievement of the African Union Agenda 2063.",
     ["instrument:AU-AGENDA-2063"]),
    # an action plan the gazetteer does not know is not guessed
    ("in line with the Andean Community Resolute Action Plan on transnational crime,", []),
    # a title ends before the next citation, and before another title "and the" (round 34)
    (("Recalled General Assembly resolution 68/261 on the Fundamental Principles of Official Statistics and "
     "Assembly resolution 71/313,"), ["instrument:Fundamental Principles of Official Statistics"]),
    (("Also recalled General Assembly resolution 68/261 on the Fundamental Principles of Official Statistics and "
      "Economic and Social Council resolution 2013/21,"), ["instrument:Fundamental Principles of Official Statistics"]),
    ("Recalling the Rome Declaration on World Food Security and the World Food Summit Plan of Action,",
     ["instrument:Rome Declaration on World Food Security", "instrument:World Food Summit Plan of Action"]),
    # a title with a slash in it (round 34)
    (("The Ministers also recalled the Declaration of Commitment on HIV/AIDS and the Political "
      "Declaration on HIV/AIDS,"), ["instrument:HIV-COMMITMENT-2001", "instrument:HIV-POLITICAL-DECLARATION-2006"]),
]


@pytest.mark.parametrize("text,expected", ENGLISH_TITLE_CASES)
def test_english_titles_short_forms_and_footnote_links(text: str, expected: list[str]) -> None:
    assert instruments(text, "en") == expected


# 5. footnote numbers printed after a comma and left in the text by the
# normaliser: "…Disabilities, 1 to address", "…Law of the Sea, 10"
SHARED = Path("/work/shared/corpus/ga80-en")
INLINE_MARKERS = [
    ("A_RES_80_52.txt", ("instrument:CRPD", "1", "", "44910")),
    ("A_RES_80_31.txt", ("instrument:UNCLOS", "10", "", "31363")),
]


@pytest.mark.parametrize("name,fact", INLINE_MARKERS)
def test_footnote_number_left_in_text(name: str, fact: tuple[str, str, str, str]) -> None:
    if not (SHARED / name).exists():
        pytest.skip("shared corpus not present")
    r = extract_document(read_document(SHARED / name))
    assert fact in {(f.instrument, f.footnote, f.adopted_by, f.unts_no) for f in r.instruments}


def test_conference_report_in_footnote_is_not_the_treaty() -> None:
    text = ("Recalling the outcome of the 2010 Review Conference,[^4]\n\n"
            "[^4]: 2010 Review Conference of the Parties to the Treaty on the Non-Proliferation of "
            "Nuclear Weapons, Final Document, vol. I (NPT/CONF.2010/50 (Vol. I)).\n")
    assert "instrument:NPT" not in instruments(text, "en")
    assert instruments("Urges States Parties to the Treaty on the Non-Proliferation of Nuclear "
                       "Weapons to comply,", "en") == ["instrument:NPT"]


def test_paris_principles_by_context() -> None:
    nhri = extract_text("Recalling the Paris Principles on national human rights institutions,", "en")
    children = extract_text(
        "Encourages Member States to endorse the Paris Commitments and the Paris Principles on "
        "children associated with armed forces or armed groups,", "en")
    assert {m.target for m in nhri.mentions} == {"instrument:PARIS-PRINCIPLES"}
    assert {m.target for m in children.mentions} == {
        "instrument:PARIS-COMMITMENTS", "instrument:PARIS-PRINCIPLES-CAAFAG"}


def test_traditional_titles_resolve() -> None:
    r = extract_text("回顧《世界人權宣言》和《經濟社會文化權利國際公約》，", "zh")
    assert {m.target for m in r.mentions} == {"instrument:UDHR", "instrument:ICESCR"}


def test_shared_complement_names_two_instruments() -> None:
    r = extract_text("Bearing in mind the Declaration and the Programme of Action on the Establishment "
                     "of a New International Economic Order,", "en")
    assert {m.target for m in r.mentions} == {"instrument:NIEO-DECLARATION", "instrument:NIEO-PROGRAMME"}
    # Titles the gazetteer does not know are each their own key.
    r = extract_text("Bearing in mind the Declaration and the Programme of Action on the Rights of Fishing "
                     "Communities,", "en")
    assert {m.target for m in r.mentions} == {
        "instrument:Declaration on the Rights of Fishing Communities",
        "instrument:Programme of Action on the Rights of Fishing Communities"}


def _facts(text: str, lang: str) -> set[tuple[str, str, str, str]]:
    return {(f.instrument, f.footnote, f.adopted_by, f.unts_no) for f in extract_text(text, lang).instruments}


def test_footnote_after_where_and_when_a_treaty_was_signed() -> None:
    # Old prints number footnotes through the volume and put the marker after
    # the place and date of signature, at the end of a line too.
    text = ("40/61. Measures\n\nThe General Assembly,\n\n     Mindful of the Convention on Offences and Certain\n"
            "Other Acts Committed on Board Aircraft, signed at\nTokyo on 14 September 1963,20 and the "
            "International Convention against\nthe Taking of Hostages, adopted in New York on\n17 December 1979,21\n\n"
            "     1. Condemns all acts;\n\n_______________\n"
            "  20 United Nations, Treaty Series, vol. 704, No. 10106.\n  21 Resolution 34/146, annex.\n")
    assert _facts(text, "en") == {
        ("instrument:Convention on Offences and Certain Other Acts Committed on Board Aircraft", "20", "", "10106"),
        ("instrument:HOSTAGES-CONVENTION", "21", "A/RES/34/146", ""),
    }


def test_chinese_protocol_of_the_instrument_just_named() -> None:
    # "《儿童权利公约》⏎3⏎ 及其《关于…的任择议定书》": the parent's protocol, titled without its
    # name, on a line that goes on after the marker; a marker after "，"; 《条约集》.
    text = ("79/177. 贩运\n\n 大会，\n\n 还回顾《儿童权利公约》\n3\n 及其《关于买卖儿童、儿童卖淫和儿童色情制品问题的"
            "任择议定书》，4\n\n 1. 决定；\n                                   \n3\n 联合国，《条约集》，第 1577 卷，第 27531 号。\n"
            "4\n 同上，第 2171 卷，第 27531 号。\n")
    assert instruments(text, "zh") == ["instrument:CRC", "instrument:CRC-OPSC"]
    assert _facts(text, "zh") == {("instrument:CRC", "3", "", "27531"), ("instrument:CRC-OPSC", "4", "", "27531")}


def test_a_declaration_printed_in_a_commissions_official_records() -> None:
    text = ("76/188. 毒品\n\n 大会，\n\n 重申《关于开展国际合作以综合、平衡战略应对世界毒品问题的政治宣言和行动计划》，1\n\n"
            " 1. 决定；\n                                   \n1\n 见《经济及社会理事会正式记录，2009 年，补编第 8 号》"
            "（E/2009/28），第一章，C 节。\n")
    assert _facts(text, "zh") == {("instrument:DRUGS-2009-POLITICAL-DECLARATION", "1", "E/2009/28", "")}


def test_a_note_on_what_follows_the_title_is_not_the_titles() -> None:
    # The footnote is the plan's ("《宣言》的行动计划"), or the resolution's ("关于《京都宣言》
    # 后续行动的第 33/2 号决议"), not the instrument's.
    text = ("79/180. 大会\n\n 大会，\n\n 回顾该委员会关于《京都宣言》后续行动的第 33/2 号决议，5\n\n"
            " 又回顾执行这一《宣言》的行动计划，6\n\n 1. 决定；\n                                   \n"
            "5\n 见《经济及社会理事会正式记录，2024 年，补编第 10 号》（E/2024/30），第一章。\n6\n 第 56/261 号决议，附件。\n")
    assert _facts(text, "zh") == set()


def test_a_short_title_before_the_full_one() -> None:
    text = ("E/2025/28\n\n 决议草案支持会员国履行 2019 年《部长级宣言》所作承诺。\n\n 委员会决定于 2029 年对《关于加强我们的"
            "行动，以加快履行我们为共同处理和应对世界毒品问题所作联合承诺的部长级宣言》的执行情况进行审查。\n")
    assert len(set(instruments(text, "zh"))) == 1


def test_a_footnote_of_two_treaty_numbers_keeps_each_treaty() -> None:
    text = ("The General Assembly,\n\nRecalling the Convention on the Rights of the Child,1\n\n1. Decides;\n\n"
            "__________________\n  1 United Nations, Treaty Series, vol. 1577, No. 27531. For the Hague Convention "
            "on Protection of Children and Co-operation in Respect of Intercountry Adoption, see ibid., vol. 1870, "
            "No. 31922.\n")
    assert _facts(text, "en") == {("instrument:CRC", "1", "", "27531")}
    # The one title of a footnote with a Treaty Series number is that treaty.
    text = ("The General Assembly,\n\nRecalling the Declaration,1\n\n__________________\n"
            "  1 See United Nations, Treaty Series, vol. 1582, No. 27627, for the 1988 Convention referred to therein.\n")
    assert ("instrument:DRUGS-1988", "1", "", "27627") in _facts(text, "en")


def test_a_known_title_with_its_subtitle_worded_otherwise() -> None:
    gaz = gazetteer()
    assert gaz.lookup("安提瓜和巴布达小岛屿发展中国家议程：重振繁荣的韧性").key == "ABAS"
    assert gaz.lookup("2063年议程：第一个十年执行计划") is None  # the Agenda's plan, another text
    # An unknown title with a subtitle is still an instrument.
    text = "大会，\n 回顾《关于艾滋病毒和艾滋病问题的政治宣言：加紧努力消除艾滋病毒和艾滋病》，\n"
    assert instruments(text, "zh") == ["instrument:关于艾滋病毒和艾滋病问题的政治宣言：加紧努力消除艾滋病毒和艾滋病"]


def test_a_short_title_with_a_footnote_of_its_own_is_another_text() -> None:
    text = ("The General Assembly,\n\nRecalling the United Nations Guiding Principles on Alternative Development,1 "
            "and recalling also the Guiding Principles,2 endorsed by the Human Rights Council,\n\n1. Decides;\n\n"
            "__________________\n  1 Resolution 68/196, annex.\n  2 A/HRC/17/31, annex.\n")
    assert instruments(text, "en") == ["instrument:United Nations Guiding Principles on Alternative Development",
                                       "instrument:Guiding Principles"]
    text = ("The General Assembly,\n\nRecalling the United Nations Guiding Principles on Alternative Development,1 "
            "and the Guiding Principles, adopted in 2013,\n\n__________________\n  1 Resolution 68/196, annex.\n")
    assert [m.via for m in extract_text(text, "en").mentions if m.target_kind == "instrument"] == ["text", "anaphor"]


def test_a_treaty_in_its_conference_document_not_a_review_conference_report() -> None:
    text = "大会，\n 回顾《禁止核武器条约》，3\n__________________\n 3 A/CONF.229/2017/8。\n"
    assert ("instrument:TPNW", "3", "A/CONF.229/2017/8", "") in _facts(text, "zh")
    text = ("The General Assembly,\n\nRecalling the Treaty on the Prohibition of Nuclear Weapons,5\n\n"
            "__________________\n  5 A/CONF.229/2022/6.\n")
    assert _facts(text, "en") == set()


def test_volume_footnote_numbers_and_a_notes_heading() -> None:
    # A resolution volume numbers its footnotes on through the year; a Word conversion heads them "脚注".
    text = ("大会，\n 强调《儿童权利公约》187 是标准，\n__________________\n"
            " 187 联合国，《条约汇编》，第 1577 卷，第 27531 号。\n")
    assert _facts(text, "zh") == {("instrument:CRC", "187", "", "27531")}
    text = "大会，\n回顾《联合国反腐败公约》1，\n\n脚注\n1 联合国，《条约汇编》，第 2349 卷，第 42146 号。\n"
    assert _facts(text, "zh") == {("instrument:UNCAC", "1", "", "42146")}
    text = ("The Human Rights Council,\n\nRecalling the Code of Conduct for Law Enforcement Officials and the "
            "Safeguards guaranteeing protection of the rights of those facing the death penalty,\n")
    assert instruments(text, "en") == ["instrument:CODE-OF-CONDUCT-LEO", "instrument:DEATH-PENALTY-SAFEGUARDS"]


def test_a_short_name_at_the_start_of_a_longer_title_and_a_title_cut_at_its_marker() -> None:
    # The gazetteer's "Doha Declaration" (2015, crime) is not the 2008 Doha Declaration on Financing
    # for Development; "the Bangkok Declaration on Synergies and Responses" is the gazetteer's.
    assert instruments("Recalling the Doha Declaration on Financing for Development,", "en") == [
        "instrument:Doha Declaration on Financing for Development"]
    assert instruments("Recalling the Bangkok Declaration on Synergies and Responses,", "en") == [
        "instrument:BANGKOK-DECLARATION-2005"]
    text = ("The General Assembly,\n\nRecalling the Declaration of the High-level Meeting on the Rule of Law at the "
            "National and International Levels,1 Member States reaffirmed their commitment,\n\n"
            "__________________\n  1 Resolution 67/1.\n")
    assert instruments(text, "en") == [
        "instrument:Declaration of the High-level Meeting on the Rule of Law at the National and International Levels"]
    # A publication about an instrument, titled with a subtitle, is not an instrument.
    assert instruments("注意到《世界人权宣言：七十五周年纪念》出版物，", "zh") == []
    # A publication's title is not the instrument named inside it.
    assert instruments("the guidance in the Handbook of Basic Principles and Promising Practices on Alternatives "
                       "to Imprisonment;", "en") == []


def test_a_web_pages_notes_with_their_back_links() -> None:
    text = ("巴拉圭是《公民权利和政治权利国际公约》[1] 的缔约国。\n\n脚注\n\n1. 大会第 2200 A (XXI) 号决议，附件。 ↩\n")
    assert _facts(text, "zh") == {("instrument:ICCPR", "1", "A/RES/2200(XXI)", "")}
    assert instruments("支持《人权理事会特别程序任务负责人行为守则》。", "zh") == [
        "instrument:人权理事会特别程序任务负责人行为守则"]


def test_title_ends_organisations_years_and_generic_names() -> None:
    def names(text: str) -> set[str]:
        return {m.target for m in extract_text(text, "en").mentions if m.target_kind == "instrument"}
    # The organisation that completes a title stays in it; the Council of Europe after a treaty's own
    # complement is who made it.
    assert names("Recalling the Protocol relating to the Establishment of the Peace and Security Council of "
                 "the African Union,") == {
        "instrument:Protocol relating to the Establishment of the Peace and Security Council of the African Union"}
    assert names("States referred to the Convention on Cybercrime of the Council of Europe.") == {
        "instrument:Convention on Cybercrime"}
    # A year after a comma stays in the title, with an acronym or a remark after it.
    assert names("Recalling the International Convention for the Safety of Life at Sea, 1974 (SOLAS), and the "
                 "International Convention on Maritime Search and Rescue, 1979 (as amended),") == {
        "instrument:International Convention for the Safety of Life at Sea, 1974",
        "instrument:International Convention on Maritime Search and Rescue, 1979"}
    # "the General Convention" is a title; "United Nations Convention" alone (a cut line) is not.
    assert names("Recalling the General Convention,") == {"instrument:General Convention"}
    assert names("Conference of the States Parties\nto the United Nations Convention         12 January 2026\n") == set()
    # A committee "to Elaborate a … Convention" names a text not yet written; "*European Treaty Series*" a publication.
    assert names("The Ad Hoc Committee to Elaborate a Comprehensive International Convention on Countering the "
                 "Use of Information and Communications Technologies for Criminal Purposes met.") == set()
    assert names("1 Council of Europe, *European Treaty Series*, No. 185.") == set()
    # A known title in quotation marks, with no instrument word to find it by.
    assert names('the outcome document, entitled "Our joint commitment to effectively addressing and '
                 'countering the world drug problem",') == {"instrument:UNGASS-2016-OUTCOME"}


def test_a_chinese_short_title_of_a_title_with_a_subtitle() -> None:
    text = ("还回顾大会第 75/284 号决议所附《关于艾滋病毒和艾滋病的政治宣言：消除不平等，走上到 2030 年终结艾滋病之路》，\n\n"
            "3. 敦促会员国依照《政治宣言》第 60 段采取行动；\n")
    targets = [m.target for m in extract_text(text, "zh").mentions if m.target_kind == "instrument"]
    assert len(targets) == 2 and len(set(targets)) == 1 and "instrument:政治宣言" not in targets


def test_a_title_that_keeps_its_organisation_stops_before_the_next_title() -> None:
    got = {m.target for m in extract_text(
        "Noting the American Convention on Human Rights of the Organization of American States and the "
        "International Covenant on Civil and Political Rights,", "en").mentions}
    assert "instrument:ICCPR" in got and len(got) == 2


def test_ilo_conventions_keep_their_year_and_number() -> None:
    got = [m.target for m in extract_text(
        "Mindful of the Domestic Workers Convention, 2011 (No. 189), of the International Labour Organization,\n\n"
        "2. Urges States to ratify the Domestic Workers Convention;", "en").mentions]
    # The short title later in the text is the same convention, one node.
    assert got == ["instrument:Domestic Workers Convention, 2011 (No. 189)"] * 2
    # A capitalised word before "with" is not a title's ("Together with Protocol I").
    assert [m.target for m in extract_text("Together with Protocol I of 1977,", "en").mentions] == []


@pytest.mark.parametrize("text,lang,expected", [
    # The amended Single Convention printed as two bracketed titles is one instrument.
    ("大会，\n\n重申经《1972 年议定书》修正的《1961 年麻醉品单一公约》和《1971 年精神药物公约》，\n", "zh",
     ["instrument:DRUGS-1961-AMENDED", "instrument:PSYCHOTROPIC-1971"]),
    ("大会，\n\n重申经《修正1961年麻醉品单一公约的1972年议定书》修正的《1961年麻醉品单一公约》，\n", "zh",
     ["instrument:DRUGS-1961-AMENDED"]),
    # The Convention and, beside it, the amended one named by an anaphor.
    ("大会，\n\n重申《1961 年麻醉品单一公约》3及经 1972 年议定书修正的该公约、4《1971 年精神药物公约》5构成基石，\n", "zh",
     ["instrument:DRUGS-1961", "instrument:DRUGS-1961-AMENDED", "instrument:PSYCHOTROPIC-1971"]),
    ("大会，\n\n重申《1961 年麻醉品单一公约》、经《1972 年议定书》修正的该公约、《1971 年精神药物公约》，\n", "zh",
     ["instrument:DRUGS-1961", "instrument:DRUGS-1961-AMENDED", "instrument:PSYCHOTROPIC-1971"]),
    (("The General Assembly,\n\nReaffirming that the Single Convention on Narcotic Drugs of 1961, that Convention as "
      "amended by the 1972 Protocol, and the Convention on Psychotropic Substances of 1971,\n"), "en",
     ["instrument:DRUGS-1961", "instrument:DRUGS-1961-AMENDED", "instrument:PSYCHOTROPIC-1971"]),
    (("The General Assembly,\n\nReaffirming the Single Convention on Narcotic Drugs of 1961 as amended by the 1972 "
     "Protocol,\n"), "en", ["instrument:DRUGS-1961-AMENDED"]),
    # A plural title word the gazetteer knows; a framework printed in 《》.
    (("The General Assembly,\n\nRecalling the United Nations Model Strategies and Practical Measures on the "
      "Elimination of Violence against Children in the Field of Crime Prevention and Criminal Justice,\n"), "en",
     ["instrument:MODEL-STRATEGIES-VAC-2014"]),
    ("安全理事会，\n\n回顾《刚果民主共和国和该区域和平、安全与合作框架》规定的各项承诺，\n", "zh",
     ["instrument:PSC-FRAMEWORK-DRC"]),
])
def test_amended_conventions_plural_words_and_frameworks(text: str, lang: str, expected: list[str]) -> None:
    assert instruments(text, lang) == expected


def test_a_treaty_series_footnote_without_its_commas() -> None:
    text = ("大会，\n\n(c) 依照《联合国打击跨国有组织犯罪公约》3 第 2 条加强合作；\n\n__________________\n\n"
            " 3 《联合国条约集》第 2225 卷第 39574 号。\n")
    r = extract_text(text, "zh")
    assert [(f.instrument, f.footnote, f.unts_no) for f in r.instruments] == [("instrument:UNTOC", "3", "39574")]


def test_a_title_over_a_volumes_page_break_and_running_header() -> None:
    text = ("3382 (XXX). Importance of the universal realization of the right of peoples to self-determination\n\n"
            "The General Assembly,\n\n1. Reaffirms the importance of the Declaration on Principles of International Law\n"
            "concerning Friendly Relations and Co-operation among\n\n_______________\n   1 Resolution 2200 A (XXI), "
            "annex.\n\n\n88                General Assembly—Thirtieth Session\n\n\nStates in accordance with the Charter "
            "of the United\nNations, contained in the annex to resolution 2625\n(XXV);\n")
    assert instruments(text, "en") == ["instrument:FRIENDLY-RELATIONS-DECLARATION"]


def test_a_treaty_annexed_to_a_decision_inside_a_report() -> None:
    # "See FCCC/CP/2015/10/Add.1, decision 1/CP.21, annex": the Agreement is the annex of a
    # decision the report prints, so the report is where it was adopted.
    text = ("The General Assembly,\n\nRecalling the Paris Agreement,1\n\n1. Decides;\n\n__________________\n"
            "  1 See FCCC/CP/2015/10/Add.1, decision 1/CP.21, annex.\n")
    assert _facts(text, "en") == {("instrument:PARIS-AGREEMENT", "1", "FCCC/CP/2015/10/ADD.1", "")}
    text = ("大会，\n\n 回顾《巴黎协定》1，\n\n 1. 决定；\n\n__________________\n"
            " 1 见 FCCC/CP/2015/10/Add.1，第 1/CP.21 号决定，附件。\n")
    assert _facts(text, "zh") == {("instrument:PARIS-AGREEMENT", "1", "FCCC/CP/2015/10/ADD.1", "")}
    # A paragraph of the decision is not the text: the report only discusses it.
    text = ("The General Assembly,\n\nRecalling the Paris Agreement,1\n\n1. Decides;\n\n__________________\n"
            "  1 See FCCC/CP/2015/10/Add.1, decision 1/CP.21, para. 5.\n")
    assert _facts(text, "en") == set()


def test_a_marker_spaced_from_its_title_before_and() -> None:
    text = ("The General Assembly,\n\nRecalling the Convention on Psychotropic Substances of 1971 1 and the "
            "2030 Agenda for Sustainable Development 2 and its Goals,\n\n1. Decides;\n\n__________________\n"
            "  1 United Nations, Treaty Series, vol. 1019, No. 14956.\n  2 Resolution 70/1.\n")
    assert _facts(text, "en") == {("instrument:PSYCHOTROPIC-1971", "1", "", "14956"),
                                  ("instrument:AGENDA-2030", "2", "A/RES/70/1", "")}
    # "…Substances of 1971 1 and 2": two numbers, not a marker.
    text = ("The General Assembly,\n\nRecalling the Convention on Psychotropic Substances of 1971 1 and 2,\n\n"
            "__________________\n  1 United Nations, Treaty Series, vol. 1019, No. 14956.\n")
    assert _facts(text, "en") == set()


def test_notes_under_a_short_rule_giving_a_place_in_a_conference_report() -> None:
    # A rule of four underscores; "A/CONF.234/16，第一章，决议 1。" is where the declaration is printed.
    text = ("大会，\n\n 回顾《关于推进预防犯罪、刑事司法和法治：落实 2030 年可持续发展议程的京都宣言》，1\n\n 1. 决定；\n\n"
            "____\n\n 1 A/CONF.234/16，第一章，决议 1。\n")
    assert {(f.footnote, f.adopted_by, f.relation) for f in extract_text(text, "zh").instruments} == {
        ("1", "A/CONF.234/16", "contained_in")}
    text = ("The General Assembly,\n\nRecalling the Programme of Action to Prevent, Combat and Eradicate the Illicit "
            "Trade in Small Arms and Light Weapons in All Its Aspects,1\n\n1. Decides;\n\n__________________\n"
            "  1 Report of the United Nations Conference on the Illicit Trade in Small Arms and Light Weapons in All Its "
            "Aspects, New York, 9-20 July 2001 (A/CONF.192/15), chap. IV, para. 24.\n")
    assert {(f.instrument, f.adopted_by) for f in extract_text(text, "en").instruments} == {
        ("instrument:SALW-POA", "A/CONF.192/15")}
    # An appendix of a report holds the plan as an annex does.
    text = ("人权理事会，\n\n 7. 《关于禁止构成煽动歧视、敌视或暴力的鼓吹民族、种族或宗教仇恨的拉巴特行动计划》3\n\n"
            "__________________\n\n 3 A/HRC/22/17/Add.4，附录。\n")
    assert {(f.footnote, f.adopted_by, f.relation) for f in extract_text(text, "zh").instruments} == {
        ("3", "A/HRC/22/17/ADD.4", "annex_of")}


def test_titles_sharing_one_marker_and_model_strategies() -> None:
    # One note after both covenants: the resolution adopted both.
    text = ("大会，\n\n 回顾《世界人权宣言》1 以及《经济社会文化权利国际公约》和《公民权利和政治权利国际公约》2，\n\n"
            " 1. 决定；\n\n__________________\n\n 1 第 217 A (III) 号决议。\n\n 2 见第 2200 A (XXI) 号决议，附件。\n")
    assert {(f.instrument, f.footnote) for f in extract_text(text, "zh").instruments} == {
        ("instrument:UDHR", "1"), ("instrument:ICESCR", "2"), ("instrument:ICCPR", "2")}
    # Not the Charter before the Declaration: the note's resolution did not adopt it.
    text = ("The General Assembly,\n\nGuided by the Charter of the United Nations and the Universal Declaration of "
            "Human Rights,1\n\n1. Decides;\n\n__________________\n  1 Resolution 217 A (III).\n")
    assert {(f.instrument, f.footnote) for f in extract_text(text, "en").instruments} == {("instrument:UDHR", "1")}
    # The model strategies end on their measures, and their short form names them.
    text = ("大会，\n\n 回顾《联合国消除在预防犯罪和刑事司法领域暴力侵害儿童行为示范战略和实际措施》，\n\n"
            " 2. 鼓励会员国采用《示范战略》；\n")
    assert instruments(text, "zh") == ["instrument:MODEL-STRATEGIES-VAC-2014"] * 2


@pytest.mark.parametrize("text,expected", [
    ("安全理事会，\n\n 欢迎《重振的解决南苏丹共和国冲突协议》，\n", ["instrument:重振的解决南苏丹共和国冲突协议"]),
    ("大会，\n\n 回顾《国际法委员会章程》，\n", ["instrument:国际法委员会章程"]),
    # A Traditional-script title folds to the gazetteer's (捲 is 卷).
    ("大會，\n\n 回顧《兒童權利公約關於兒童捲入武裝衝突問題的任擇議定書》，\n", ["instrument:CRC-OPAC"]),
    # A year's short form in a heading just before the full title.
    ("委员会决定将 MAPA 列入《1988 年公约》表一\n\n 委员会依照《1988 年联合国禁止非法贩运麻醉药品和精神药物公约》第 12 条决定。\n",
     ["instrument:DRUGS-1988", "instrument:DRUGS-1988"]),
    # The full title with its subtitle after "；".
    ("委员会，\n\n 回顾《联合国打击网络犯罪公约；加强国际合作打击某些利用信息和通信技术系统实施的犯罪并共享严重犯罪电子形式证据》，\n",
     ["instrument:CYBERCRIME-CONVENTION"]),
])
def test_more_instrument_words_and_forms(text: str, expected: list[str]) -> None:
    assert instruments(text, "zh") == expected


@pytest.mark.parametrize("text,expected", [
    # The words after the titles name the resolutions that adopted them, in order.
    (("Recalling the United Nations Convention against Transnational Organized Crime<sup>1</sup> and the Protocol "
      "against the Illicit Manufacturing of and Trafficking in Firearms, Their Parts and Components and "
      "Ammunition,<sup>2</sup> adopted by the General Assembly in its resolutions 55/25 of 15 November 2000 and "
      "55/255 of 31 May 2001, respectively,\n\n1. Decides to continue.\n\n__________________\n\n"
      "<sup>1</sup> United Nations, Treaty Series, vol. 2225, No. 39574.\n\n"
      "<sup>2</sup> Ibid., vol. 2326, No. 39574.\n"),
     [("instrument:FIREARMS-PROTOCOL", "A/RES/55/255"), ("instrument:UNTOC", "A/RES/55/25")]),
    (("Recalling article 32 of the United Nations Convention against Transnational Organized Crime,1 adopted by "
      "the General Assembly in its\nresolution 55/25 of 15 November 2000,\n\n1. Decides to continue.\n\n"
      "__________________\n\n1 United Nations, Treaty Series, vol. 2225, No. 39574.\n"),
     [("instrument:UNTOC", "A/RES/55/25")]),
    # The same words after one title, but two resolutions and no "respectively": none.
    (("Recalling the United Nations Convention against Transnational Organized Crime,1 adopted by the General "
      "Assembly in its resolutions 55/25 and 55/255,\n\n1. Decides to continue.\n\n__________________\n\n"
      "1 United Nations, Treaty Series, vol. 2225, No. 39574.\n"), [("instrument:UNTOC", "")]),
])
def test_the_adopting_resolution_named_after_a_footnoted_title(text: str, expected: list[tuple[str, str]]) -> None:
    facts = extract_text(text, "en").instruments
    assert sorted((f.instrument, f.adopted_by) for f in facts) == expected


def test_a_title_of_two_words_joined_by_and() -> None:
    # "the Violence and Harassment Convention, 2019 (No. 190)": not cut at "and".
    assert instruments("79/300. X\n\nThe General Assembly,\n\nTaking note of the Labour Inspection Convention, "
                       "1947 (No. 81), and the Violence and Harassment Convention, 2019 (No. 190),\n", "en") == [
        "instrument:Labour Inspection Convention, 1947 (No. 81)",
        "instrument:Violence and Harassment Convention, 2019 (No. 190)"]


@pytest.mark.parametrize("text,lang,fact", [
    (("79/300. X\n\nThe General Assembly,\n\nReaffirming the Beijing Declaration and Platform for Action,1\n\n"
      "____\n1 Report of the Fourth World Conference on Women, Beijing, 4–15 September 1995 (United Nations "
      "publication, Sales No. E.96.IV.13), chap. I, resolution 1, annexes I and II.\n"), "en", ("instrument:BPFA", "1")),
    (("79/300. 老龄问题\n\n大会，\n\n回顾《老龄问题维也纳国际行动计划》，3\n\n____\n3 《老龄问题世界大会的报告，1982 年 7 月 26 日"
      "至 8 月 6 日，维也纳》（联合国出版物，出售品编号：C.82.I.16），第六章，A 节。\n"), "zh",
     ("instrument:老龄问题维也纳国际行动计划", "3")),
    # A report of the Secretary-General is not where a plan is.
    (("79/300. X\n\nThe General Assembly,\n\nRecalling the Madrid International Plan of Action on Ageing,1\n\n____\n"
      "1 Report of the Secretary-General on the follow-up to the Second World Assembly on Ageing.\n"), "en", None),
])
def test_a_note_that_is_a_conference_report(text: str, lang: str, fact: tuple[str, str] | None) -> None:
    got = [(f.instrument, f.footnote, f.adopted_by) for f in extract_text(text, lang).instruments]
    assert got == ([(*fact, "")] if fact else [])


@pytest.mark.parametrize("text,expected", [
    ("還回顧大會２０１５年９月２５日題為「變革我們的世界：２０３０年可持續發展議程」的第７０／１號決議，",
     ["instrument:AGENDA-2030"]),
    ("回顾大会第 S-24/2 号决议所附的关于进一步实施社会发展问题世界首脑会议成果的倡议，", []),
    ("重申 2005 年世界首脑会议成果，", ["instrument:WORLD-SUMMIT-OUTCOME-2005"]),
])
def test_round_33_unbracketed_chinese_titles(text: str, expected: list[str]) -> None:
    assert instruments("大会，\n\n" + text + "\n", "zh") == expected


def test_round_33_the_convention_of_its_year_and_a_note_after_the_day_of_adoption() -> None:
    text = ("The General Assembly,\n\nRecalling the Convention for the Suppression of the Traffic in Persons and of "
            "the Exploitation of the Prostitution of Others, and recognizing that instruments, including the "
            "Convention of 1949, need to be supplemented,\n\nWelcoming the Beijing Declaration and Platform for "
            "Action adopted by the Fourth World Conference on Women on 15 September 1995,117 in particular its "
            "paragraphs,\n\n____\n\n117 A/CONF.177/20, chap. I, resolution 1, annexes I and II.\n")
    r = extract_text(text, "en")
    assert sorted({m.target for m in r.mentions if m.target_kind == "instrument"}) == [
        "instrument:BPFA", "instrument:TRAFFIC-CONVENTION-1949"]
    assert [(x.instrument, x.footnote, x.adopted_by) for x in r.instruments] == [
        ("instrument:BPFA", "117", "A/CONF.177/20")]


@pytest.mark.parametrize("text,expected", [
    ("Recalling the Geneva Conventions of 12 August 1949,", ["instrument:GENEVA-CONVENTIONS"]),
    ("including the Geneva Conventions of 12 August 1949 and, as applicable, the Additional Protocols thereto of 1977,",
     ["instrument:GENEVA-CONVENTIONS", "instrument:GENEVA-AP1", "instrument:GENEVA-AP2"]),
])
def test_round_33_the_geneva_conventions_and_their_protocols(text: str, expected: list[str]) -> None:
    assert instruments("The Security Council,\n\n" + text + "\n", "en") == expected


def test_a_note_on_a_resolution_is_not_the_title_the_gazetteer_has_another_adopt() -> None:
    text = ("81/193. 打击贩运人口\n\n大会，\n\n 回顾其 2010 年 7 月 30 日题为“联合国打击贩运人口全球行动计划”的第 64/293 号决议，"
            "以及 2017 年 9 月 27 日通过《关于执行联合国打击贩运人口全球行动计划的政治宣言》的第 72/1 号决议，1\n\n"
            "__________________\n\n 1 第 72/1 号决议，附件。\n")
    r = extract_text(text, "zh")
    assert [(f.instrument, f.footnote, f.adopted_by) for f in r.instruments] == [
        ("instrument:关于执行联合国打击贩运人口全球行动计划的政治宣言", "1", "A/RES/72/1")]
    assert "instrument:GLOBAL-PLAN-TIP" in {m.target for m in r.mentions}
