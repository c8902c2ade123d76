"""The instrument gazetteer: conventions, protocols, declarations, rules and strategies.

The gazetteer ships with the package (``xref/data/instruments.csv``), one row
per instrument with its key, titles in the UN languages, short forms, kind,
adoption date, adopting resolution and UN Treaty Series registration.
Instrument node ids are ``instrument:<KEY>`` (``instrument:UNCAC``); a title
that is not in the gazetteer keeps its printed title as the key.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import regex

from .normalise import fold_width

__all__ = [
    "GAZETTEER_COLUMNS",
    "Gazetteer",
    "Instrument",
    "gazetteer",
    "instrument_id",
    "name_key",
]

GAZETTEER_COLUMNS = [
    "key", "kind", "title_en", "title_zh", "title_fr", "title_es", "title_ru", "title_ar",
    "aliases_en", "aliases_zh", "aliases_other", "adopted", "adopted_by", "unts_no",
    "unts_vols", "parent",
]

PREFIX = "instrument:"


@dataclass(frozen=True)
class Instrument:
    """One row of the gazetteer."""

    key: str
    kind: str
    title_en: str
    title_zh: str
    names: tuple[str, ...]  # every title and alias, as written in the file
    adopted: str = ""
    adopted_by: str = ""
    unts_no: str = ""
    unts_vols: tuple[str, ...] = ()
    parent: str = ""

    @property
    def id(self) -> str:
        return PREFIX + self.key


_SPACE = regex.compile(r"\s+")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "〈": "", "〉": "",
                         "《": "", "》": "", "–": "-", "—": "-"})
_DASH_SPACE = regex.compile(r" ?- ?")
_CJK_SPACE = regex.compile(r"(?<=[^\x00-\x7f])\s+|\s+(?=[^\x00-\x7f])")


# Traditional characters of the titles, as their Simplified forms: a text in
# Traditional script names 《世界人權宣言》, the gazetteer 《世界人权宣言》.
_T2S_PAIRS = (
    "與与專专業业東东兩两嚴严個个為为爲为義义書书買买爭争於于亞亚產产從从們们眾众衆众會会傳传傷伤體体儲储兒儿關关養养軍军農农"
    "衝冲準准減减擊击劃划則则剛刚別别剝剥辦办務务動动華华協协單单賣卖衛卫參参發发變变號号吳吴員员響响圍围國国圖图聖圣聲声處处"
    "復复夠够奪夺奧奥婦妇孫孙學学憲宪實实對对導导將将爾尔層层屬属嶼屿島岛師师廣广應应廢废開开彈弹強强歸归徑径態态懲惩慣惯戰战"
    "執执擴扩護护擇择損损敵敌數数無无時时術术機机殺杀權权條条來来極极構构槍枪標标樣样檢检殘残氣气測测濟济滿满濫滥濕湿滅灭災灾"
    "煙烟燒烧獨独環环現现監监種种穩稳籌筹類类約约級级紀纪綱纲納纳組组細细織织經经給给絡络絕绝統统續续維维綜综網网羅罗罰罚聯联"
    "腦脑營营薩萨藥药獲获榮荣範范補补裝装規规視视計计訂订認认讓让訓训議议記记設设識识試试語语誘诱諾诺貝贝財财責责敗败質质販贩"
    "貿贸資资轉转輕轻輸输轄辖達达過过運运還还這这進进遷迁遺遗採采鈈钚銷销長长門门問问間间際际陸陆險险難难項项預预領领題题風风"
    "馬马驗验魚鱼魯鲁區区後后並并紮扎棲栖遊游瀕濒狀状穀谷蹤踪遜逊億亿萬万鄉乡黨党蘭兰歷历價价齡龄決决醫医療疗劑剂麥麦罷罢禮礼"
    "愛爱戶户兇凶麗丽倫伦勞劳勢势匯汇廳厅雙双嬰婴寧宁鬥斗亂乱歲岁詞词優优創创勵励歐欧灣湾臺台漁渔礦矿碼码禦御綠绿艦舰蝕蚀襲袭"
    "譯译貨货賠赔趨趋鐵铁錄录陳陈頒颁飛飞館馆鹽盐黃黄齊齐輻辐擔担據据鬆松鏈链傘伞紛纷賴赖濱滨暫暂庫库廠厂幣币總总戲戏壓压懸悬"
    "攜携製制聽听撥拨錯错擾扰氫氢滲渗燈灯蘇苏誌志適适鄰邻鍾钟鐘钟陣阵雜杂韓韩頭头顧顾鳥鸟麼么齒齿"
    "捲卷"
)
# Wordings of Hong Kong and Taiwan reprints, as the UN prints them.
_ZH_VARIANTS = (("公民及政治权利", "公民权利和政治权利"), ("经济、社会及文化权利", "经济社会文化权利"))
_T2S = {ord(_T2S_PAIRS[i]): _T2S_PAIRS[i + 1] for i in range(0, len(_T2S_PAIRS), 2)}
T2S = _T2S  # for str.translate: one character for one


# Where a title's subtitle starts: "…政治宣言：加紧努力…", "Agenda 2063: The Africa We Want".
SUBTITLE = regex.compile(r"\s*[：:]\s*")


def name_key(name: str) -> str:
    """The form titles are compared in: width-folded, lower case, spaces collapsed.

    Spaces next to CJK characters are dropped (PDF conversions break Chinese
    titles anywhere) and a leading English article is ignored.

    >>> name_key("《联合国反腐败 公约》") == name_key("联合国反腐败公约")
    True
    >>> name_key("《世界人權宣言》") == name_key("世界人权宣言")
    True
    >>> name_key("the  Palermo Convention")
    'palermo convention'
    >>> name_key("Siem Reap – Angkor Action Plan")
    'siem reap-angkor action plan'
    """
    s = fold_width(name).translate(_QUOTES).strip()
    if not s.isascii():
        s = s.translate(_T2S)
        for variant, standard in _ZH_VARIANTS:
            if variant in s:
                s = s.replace(variant, standard)
    s = _CJK_SPACE.sub("", s)
    s = _DASH_SPACE.sub("-", _SPACE.sub(" ", s)).lower().strip(" ,.;:，。；：")
    s = s.removeprefix("the ")
    return s


# Short names two instruments share, and the words that pick the other one:
# "the Paris Principles" are the national human-rights institutions' (1993)
# except in a text on children and armed conflict (2007).
CONTEXT_ALIASES: dict[str, tuple[tuple[str, str, str], ...]] = {
    # "经 1972 年议定书修正的《1961 年麻醉品单一公约》": the amended convention.
    "DRUGS-1961": (
        (r".*", r"1972\s*年\s*(?:议定书|議定書)\s*》?\s*修正|(?i:as\s+amended\s+by\s+the\s+1972\s+Protocol)",
         "DRUGS-1961-AMENDED"),
    ),
    # The Doha Political Declaration of 2023 (the least developed countries'
    # conference) beside that of the 2025 social summit.
    "DOHA-POLITICAL-DECLARATION-2025": (
        (r"(?i:doha\s+political\s+declaration)|多哈政治宣言",
         r"(?i:least\s+developed)|最不发达国家|最不發達國家|2023\s*年\s*3\s*月",
         "DOHA-POLITICAL-DECLARATION-LDC5"),
    ),
    "PARIS-PRINCIPLES": (
        (r"(?i:paris\s+principles)|巴黎原则|巴黎原則",
         r"(?i:\bchild|\barmed\s+(?:forces|groups)|\brecruit)|儿童|兒童|武装|武裝|招募",
         "PARIS-PRINCIPLES-CAAFAG"),
    ),
}


def instrument_id(key: str) -> str:
    """``instrument:<key>`` for a gazetteer key or an unknown instrument's title."""
    return PREFIX + key


def _split(cell: str) -> list[str]:
    return [p.strip() for p in cell.split("|") if p.strip()]


class Gazetteer:
    """Look instruments up by title, alias, key or Treaty Series number."""

    def __init__(self, rows: list[dict[str, str]]) -> None:
        self.instruments: dict[str, Instrument] = {}
        self.by_name: dict[str, str] = {}
        self.by_unts: dict[str, str] = {}
        # Titles as printed -> key: documents repeat the same titles.
        self._seen: dict[str, str | None] = {}
        for row in rows:
            names = [row.get(c, "") for c in GAZETTEER_COLUMNS if c.startswith("title_")]
            for c in ("aliases_en", "aliases_zh", "aliases_other"):
                names.extend(_split(row.get(c, "")))
            names = [n for n in names if n.strip()]
            inst = Instrument(
                key=row["key"].strip(),
                kind=row.get("kind", "").strip(),
                title_en=row.get("title_en", "").strip(),
                title_zh=row.get("title_zh", "").strip(),
                names=tuple(names),
                adopted=row.get("adopted", "").strip(),
                adopted_by=row.get("adopted_by", "").strip(),
                unts_no=row.get("unts_no", "").strip(),
                unts_vols=tuple(_split(row.get("unts_vols", ""))),
                parent=row.get("parent", "").strip(),
            )
            self.instruments[inst.key] = inst
            for n in names:
                self.by_name.setdefault(name_key(n), inst.key)
            if inst.unts_no:
                self.by_unts.setdefault(inst.unts_no, inst.key)
        # English names for matching inside running text, longest first.
        en = sorted({n for i in self.instruments.values() for n in i.names if n.isascii()},
                    key=lambda n: (-len(n), n))
        self.en_names = en

    def __len__(self) -> int:
        return len(self.instruments)

    def lookup(self, title: str) -> Instrument | None:
        """The instrument with this title or alias (any language), else None."""
        try:
            key = self._seen[title]
        except KeyError:
            if len(self._seen) > 100_000:
                self._seen.clear()
            nk = name_key(title)
            key = self.by_name.get(nk)
            if key is None:
                key = self._with_other_subtitle(nk)
            self._seen[title] = key
        return self.instruments[key] if key else None

    def _with_other_subtitle(self, nk: str) -> str | None:
        """A known title whose subtitle is worded otherwise, as translations word it.

        "安提瓜和巴布达小岛屿发展中国家议程：重振繁荣的韧性" is the Antigua and Barbuda
        Agenda ("…：重振具有复原力的繁荣宣言"): the name before the colon is known and
        most of the subtitle's characters are the known subtitle's. "2063年议程：第一个
        十年执行计划" is another text (the Agenda's plan), whose subtitle shares none.
        """
        parts = SUBTITLE.split(nk, 1)
        if len(parts) != 2 or len(parts[0]) < 6 or not parts[1]:
            return None
        head, sub = parts[0].strip(), parts[1]
        key = self.by_name.get(head)
        if key is None:
            return None
        for name in self.instruments[key].names:
            known = SUBTITLE.split(name_key(name), 1)
            if len(known) == 2 and known[1]:
                chars = set(sub) - {" "}
                if chars and len(chars & set(known[1])) >= 0.5 * len(chars):
                    return key
        return None

    def get(self, ident: str) -> Instrument | None:
        """The instrument for ``UNCAC``, ``instrument:UNCAC`` or a title."""
        key = ident.removeprefix(PREFIX)
        inst = self.instruments.get(key) or self.instruments.get(key.upper())
        return inst or self.lookup(key)

    def by_treaty_number(self, number: str) -> Instrument | None:
        """The instrument registered under this UN Treaty Series number."""
        key = self.by_unts.get(number.lstrip("0"))
        return self.instruments[key] if key else None


@cache
def gazetteer() -> Gazetteer:
    """The gazetteer shipped with the package (loaded once)."""
    try:
        data = (Path(__file__).parent / "data" / "instruments.csv").read_text("utf-8")
    except FileNotFoundError:
        return Gazetteer([])
    return Gazetteer(list(csv.DictReader(io.StringIO(data))))
