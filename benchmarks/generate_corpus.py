#!/usr/bin/env python3
"""Generate a synthetic but realistic corpus of United Nations documents.

The documents imitate the drafting style and the text layout of real UN
resolutions, Security Council resolutions and reports of the Secretary-General,
as they come out of PDF-to-text conversion:

* zh: line breaks mid-phrase with blank lines between lines, footnote markers
  on lines of their own, footnote bodies under a run of spaces, leading-space
  paragraph starts, "61/181. title" headings, "2006 年 12 月 20 日 第 82 次全体会议"
  closings; a Markdown-like conversion (``**回顾**``, ``<sup>1</sup>``); and
  report layout (``__________________`` footnote separators, inline markers).
* en: the GA 80th-session conversion (unwrapped paragraphs, ``[^1]:``
  footnotes), old Security Council resolutions wrapped at ~60 columns, and
  pdftotext-like output with page footers ("12-48742 3/8") and footnotes.

Every document gets its own heading and symbol, preambular paragraphs opened by
relation verbs (回顾/又回顾/重申/铭记/注意到/欢迎 ...; Recalling/Reaffirming/Bearing in
mind/Noting/Welcoming ...), numbered operative paragraphs, citations of every
family (GA resolutions and decisions with dates, lists and ranges; Security
Council resolutions n (year); ECOSOC, CND, CCPCJ, HRC, COP/CMP/COSP decisions;
document symbols; conventions), numbers that are not references (years,
paragraph numbers, Treaty Series volumes, amounts, page footers), footnotes,
and ordinary prose between them.

Output is deterministic for a given (lang, seed, size).  Only the standard
library is used.  Run with --help for the options.
"""

from __future__ import annotations

import argparse
import itertools
import os
import random
import re
import sys
import time
from pathlib import Path
from typing import ClassVar

MB = 1_000_000  # sizes are in decimal megabytes throughout

FILE_RE = re.compile(r"^(zh|en)-\d{6}\.txt$")

# Reference density: occurrences per KiB of these patterns (the figure quoted
# in the README is measured with exactly these).
DENSITY_PATTERNS = {
    "zh": re.compile(r"号决议|号决定|/"),
    "en": re.compile(r"\b[Rr]esolutions?\b|\b[Dd]ecisions?\b|/"),
}

# ---------------------------------------------------------------------------
# Numbers, dates, numerals
# ---------------------------------------------------------------------------

ZH_DIGITS = "零一二三四五六七八九"


def zh_numeral(n: int) -> str:
    """1..199 as Chinese numerals (第六十七届, 第十三届)."""
    if n < 10:
        return ZH_DIGITS[n]
    if n < 20:
        return "十" + (ZH_DIGITS[n % 10] if n % 10 else "")
    if n < 100:
        return ZH_DIGITS[n // 10] + "十" + (ZH_DIGITS[n % 10] if n % 10 else "")
    rest = n % 100
    s = ZH_DIGITS[n // 100] + "百"
    if rest == 0:
        return s
    if rest < 10:
        return s + "零" + ZH_DIGITS[rest]
    if rest < 20:
        return s + "一" + zh_numeral(rest)
    return s + zh_numeral(rest)


_EN_ORD_ONES = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
                "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth",
                "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
                "nineteenth"]
_EN_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_EN_ORD_TENS = ["", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth",
                "seventieth", "eightieth", "ninetieth"]


def en_ordinal_word(n: int) -> str:
    """67 -> 'sixty-seventh' (1..99)."""
    if n < 20:
        return _EN_ORD_ONES[n]
    t, o = divmod(n, 10)
    if o == 0:
        return _EN_ORD_TENS[t]
    return _EN_TENS[t] + "-" + _EN_ORD_ONES[o]


def en_ordinal(n: int) -> str:
    """52 -> '52nd'."""
    if 10 <= n % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
_MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

ROMAN = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII",
         "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX", "XXI", "XXII",
         "XXIII", "XXIV", "XXV", "XXVI", "XXVII", "XXVIII", "XXIX", "XXX"]

# Security Council: resolution number -> year, by anchors (interpolated).
_SC_ANCHORS = [(1, 1946), (100, 1953), (200, 1965), (300, 1971), (400, 1976), (500, 1982),
               (600, 1987), (700, 1991), (800, 1993), (1000, 1995), (1100, 1997),
               (1200, 1998), (1300, 2000), (1400, 2002), (1500, 2003), (1600, 2005),
               (1700, 2006), (1800, 2008), (1900, 2009), (2000, 2011), (2100, 2013),
               (2200, 2015), (2300, 2016), (2400, 2018), (2500, 2019), (2600, 2021),
               (2700, 2023), (2770, 2025)]


def sc_year(num: int) -> int:
    for (n0, y0), (n1, y1) in itertools.pairwise(_SC_ANCHORS):
        if num <= n1:
            return y0 + (num - n0) * (y1 - y0) // max(1, n1 - n0)
    return _SC_ANCHORS[-1][1]


def sc_max_for_year(year: int) -> int:
    best = 1
    for n, y in _SC_ANCHORS:
        if y <= year:
            best = n
    return best


class Refs:
    """Draws consistent reference numbers for one document."""

    def __init__(self, rng: random.Random, year: int):
        self.rng = rng
        self.year = year
        self.session = max(31, min(80, year - 1945))

    # -- dates ---------------------------------------------------------------
    def day(self, month: int) -> int:
        return self.rng.randint(1, _MONTH_DAYS[month - 1])

    def ga_date(self, sess: int) -> tuple[int, int, int]:
        r = self.rng.random()
        y = 1945 + sess
        if r < 0.72:
            m = 12
        elif r < 0.88:
            m = 11
        elif r < 0.93:
            m = 10
        elif r < 0.96:
            m = 9
        else:
            y += 1
            m = self.rng.choice([3, 4, 6, 7, 9])
        d = self.rng.randint(1, 23) if m == 12 else self.day(m)
        return y, m, d

    # -- families ----------------------------------------------------------
    def ga(self, old: bool = False) -> tuple[int, int]:
        rng = self.rng
        if old or rng.random() < 0.25:
            sess = rng.randint(31, self.session)
        else:
            sess = max(31, self.session - int(rng.expovariate(1 / 5.0)))
        if rng.random() < 0.55:
            num = rng.randint(1, 300)
        else:
            num = int(rng.triangular(1, 300, 170))
        return sess, num

    def ga_decision(self) -> tuple[int, int]:
        sess = max(31, self.session - int(self.rng.expovariate(1 / 4.0)))
        return sess, self.rng.randint(401, 560)

    def sc(self) -> tuple[int, int]:
        hi = sc_max_for_year(self.year)
        rng = self.rng
        if rng.random() < 0.6:
            num = max(1, hi - int(rng.expovariate(1 / 120.0)))
        else:
            num = rng.randint(1, hi)
        return num, sc_year(num)

    def ecosoc(self) -> tuple[int, int]:
        y = max(1985, self.year - int(self.rng.expovariate(1 / 5.0)))
        return y, self.rng.randint(1, 60)

    def ecosoc_decision(self) -> tuple[int, int]:
        y = max(1985, self.year - int(self.rng.expovariate(1 / 4.0)))
        return y, self.rng.randint(201, 380)

    def cnd(self) -> tuple[int, int]:
        top = max(41, min(68, self.year - 1957))
        return self.rng.randint(40, top), self.rng.randint(1, 14)

    def ccpcj(self) -> tuple[int, int]:
        top = max(2, min(34, self.year - 1991))
        return self.rng.randint(1, top), self.rng.randint(1, 10)

    def hrc(self) -> tuple[int, int]:
        top = max(1, min(59, (self.year - 2006) * 3))
        return self.rng.randint(1, top), self.rng.randint(1, 40)

    def cop(self) -> tuple[int, int]:
        top = max(1, min(12, (self.year - 2004) // 2 + 1))
        return self.rng.randint(1, top), self.rng.randint(1, 8)

    def cosp(self) -> tuple[int, int]:
        top = max(1, min(10, (self.year - 2006) // 2 + 1))
        return self.rng.randint(1, top), self.rng.randint(1, 9)

    def unfccc(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.6:
            return f"{rng.randint(1, 12)}/CP.{rng.randint(1, max(1, min(29, self.year - 1994)))}"
        if r < 0.85:
            return f"{rng.randint(1, 9)}/CMP.{rng.randint(1, max(1, min(19, self.year - 2004)))}"
        return f"{rng.randint(1, 20)}/CMA.{rng.randint(1, max(1, min(6, self.year - 2017)))}"

    def symbol(self) -> str:
        """A document symbol (never a resolution)."""
        rng = self.rng
        s, y = self.session, self.year
        r = rng.random()
        if r < 0.36:
            sym = f"A/{max(31, s - rng.randint(0, 6))}/{rng.randint(1, 900)}"
            q = rng.random()
            if q < 0.08:
                sym += f"/Add.{rng.randint(1, 4)}"
            elif q < 0.12:
                sym += f"/Corr.{rng.randint(1, 2)}"
            elif q < 0.14:
                sym += "/Rev.1"
        elif r < 0.44:
            sym = f"A/{s}/L.{rng.randint(1, 80)}"
            if rng.random() < 0.2:
                sym += "/Rev.1"
        elif r < 0.48:
            sym = f"A/C.{rng.randint(1, 6)}/{s}/L.{rng.randint(1, 60)}"
        elif r < 0.56:
            sym = f"E/{max(1985, y - rng.randint(0, 8))}/{rng.randint(10, 99)}"
        elif r < 0.66:
            sym = f"E/CN.15/{max(1992, y - rng.randint(0, 6))}/{rng.randint(1, 20)}"
        elif r < 0.71:
            sym = f"E/CN.7/{max(1990, y - rng.randint(0, 6))}/{rng.randint(1, 18)}"
        elif r < 0.76:
            sym = f"A/HRC/{rng.randint(1, 58)}/{rng.randint(1, 80)}"
        elif r < 0.82:
            sym = f"S/{max(1990, y - rng.randint(0, 8))}/{rng.randint(1, 1100)}"
        elif r < 0.85:
            sym = f"S/PRST/{max(1994, y - rng.randint(0, 8))}/{rng.randint(1, 40)}"
        elif r < 0.89:
            sym = f"CTOC/COP/{max(2004, y - rng.randint(0, 6))}/{rng.randint(1, 16)}"
        elif r < 0.92:
            sym = f"CAC/COSP/{max(2006, y - rng.randint(0, 6))}/{rng.randint(1, 16)}"
        elif r < 0.95:
            sym = f"A/CONF.{rng.randint(150, 240)}/{rng.randint(1, 20)}"
        elif r < 0.97:
            sym = f"ST/SGB/{max(1995, y - rng.randint(0, 20))}/{rng.randint(1, 15)}"
        else:
            sym = f"A/{max(31, s - 1)}/{rng.randint(100, 900)}-S/{max(1990, y - 1)}/{rng.randint(100, 900)}"
        return sym

    def treaty(self) -> tuple[int, int]:
        return self.rng.randint(189, 3300), self.rng.randint(2545, 56000)

    def job_number(self) -> str:
        return f"{self.year % 100:02d}-{self.rng.randint(20000, 69999)}"


# ---------------------------------------------------------------------------
# Shared vocabulary: instruments with their (real) Treaty Series references
# ---------------------------------------------------------------------------

# (zh name, en name, footnote kind, data)
#   kind "uNTS": United Nations, Treaty Series, vol. a, No. b
#   kind "res":  resolution s/n, annex
INSTRUMENTS = [
    ("联合国打击跨国有组织犯罪公约", "United Nations Convention against Transnational Organized Crime", "res", (55, 25, "annex I")),
    ("联合国反腐败公约", "United Nations Convention against Corruption", "unts", (2349, 42146)),
    ("联合国打击跨国有组织犯罪公约关于预防、禁止和惩治贩运人口特别是妇女和儿童行为的补充议定书",
     "Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, supplementing the United Nations Convention against Transnational Organized Crime",
     "unts", (2237, 39574)),
    ("联合国打击跨国有组织犯罪公约关于打击陆、海、空偷运移民的补充议定书",
     "Protocol against the Smuggling of Migrants by Land, Sea and Air, supplementing the United Nations Convention against Transnational Organized Crime",
     "unts", (2241, 39574)),
    ("1988 年联合国禁止非法贩运麻醉药品和精神药物公约",
     "United Nations Convention against Illicit Traffic in Narcotic Drugs and Psychotropic Substances of 1988",
     "unts", (1582, 27627)),
    ("1961 年麻醉品单一公约", "Single Convention on Narcotic Drugs of 1961", "unts", (520, 7515)),
    ("1971 年精神药物公约", "Convention on Psychotropic Substances of 1971", "unts", (1019, 14956)),
    ("儿童权利公约", "Convention on the Rights of the Child", "unts", (1577, 27531)),
    ("消除对妇女一切形式歧视公约", "Convention on the Elimination of All Forms of Discrimination against Women", "unts", (1249, 20378)),
    ("禁止酷刑和其他残忍、不人道或有辱人格的待遇或处罚公约",
     "Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment", "unts", (1465, 24841)),
    ("公民及政治权利国际公约", "International Covenant on Civil and Political Rights", "unts", (999, 14668)),
    ("经济社会文化权利国际公约", "International Covenant on Economic, Social and Cultural Rights", "unts", (993, 14531)),
    ("联合国气候变化框架公约", "United Nations Framework Convention on Climate Change", "unts", (1771, 30822)),
    ("残疾人权利公约", "Convention on the Rights of Persons with Disabilities", "unts", (2515, 44910)),
    ("不扩散核武器条约", "Treaty on the Non-Proliferation of Nuclear Weapons", "unts", (729, 10485)),
    ("联合国海洋法公约", "United Nations Convention on the Law of the Sea", "unts", (1833, 31363)),
    ("关于难民地位的公约", "Convention relating to the Status of Refugees", "unts", (189, 2545)),
    ("生物多样性公约", "Convention on Biological Diversity", "unts", (1760, 30619)),
    ("联合国千年宣言", "United Nations Millennium Declaration", "res", (55, 2, "")),
    ("2005 年世界首脑会议成果", "2005 World Summit Outcome", "res", (60, 1, "")),
    ("联合国全球反恐战略", "United Nations Global Counter-Terrorism Strategy", "res", (60, 288, "")),
    ("变革我们的世界：2030 年可持续发展议程", "Transforming our world: the 2030 Agenda for Sustainable Development", "res", (70, 1, "")),
    ("关于应对全球挑战的综合战略：预防犯罪和刑事司法系统及其在变化世界中的发展的萨尔瓦多宣言",
     "Salvador Declaration on Comprehensive Strategies for Global Challenges: Crime Prevention and Criminal Justice Systems and Their Development in a Changing World",
     "res", (65, 230, "annex")),
    ("协作与对策：建立预防犯罪和刑事司法战略联盟的曼谷宣言",
     "Bangkok Declaration on Synergies and Responses: Strategic Alliances in Crime Prevention and Criminal Justice",
     "res", (60, 177, "annex")),
    ("联合国囚犯待遇最低限度标准规则（纳尔逊·曼德拉规则）",
     "United Nations Standard Minimum Rules for the Treatment of Prisoners (the Nelson Mandela Rules)",
     "res", (70, 175, "annex")),
    ("联合国女性囚犯待遇和女性罪犯非拘禁措施规则（曼谷规则）",
     "United Nations Rules for the Treatment of Women Prisoners and Non-custodial Measures for Women Offenders (the Bangkok Rules)",
     "res", (65, 229, "annex")),
    ("第三次发展筹资问题国际会议亚的斯亚贝巴行动议程",
     "Addis Ababa Action Agenda of the Third International Conference on Financing for Development",
     "res", (69, 313, "annex")),
    ("多哈宣言", "Doha Declaration on Integrating Crime Prevention and Criminal Justice into the Wider United Nations Agenda",
     "res", (70, 174, "annex")),
]


# ---------------------------------------------------------------------------
# Chinese vocabulary
# ---------------------------------------------------------------------------

ZH_TOPICS = [
    "加强联合国预防犯罪和刑事司法方案，特别是其技术合作能力",
    "加强法治和刑事司法机构改革，尤其是在与采取联合国全系统做法打击跨国有组织犯罪和毒品贩运有关的领域",
    "打击跨国有组织犯罪的国际合作",
    "预防和打击腐败行为及转移腐败所得资产，便利追回资产并将此类资产返还合法所有者",
    "国际合作对付世界毒品问题",
    "改进协调努力，打击贩运人口行为",
    "加紧努力消除一切形式暴力侵害妇女行为",
    "儿童权利",
    "国内和国际的法治",
    "消除国际恐怖主义的措施",
    "第十四届联合国预防犯罪和刑事司法大会的后续行动",
    "加强预防犯罪和刑事司法对策以保护文化财产",
    "对付犯罪活动所产生的非法资金流动的有害影响",
    "发展中国家信息和通信技术促进发展",
    "为今世后代保护全球气候",
    "执行《2030 年可持续发展议程》",
    "防止外层空间的军备竞赛",
    "联合国维持和平行动的各个方面",
    "难民、回返者和流离失所者问题",
    "残疾人权利公约及其任择议定书",
    "打击非法贩运野生动植物",
    "增进和保护人权",
    "联合国系统业务活动",
    "小武器和轻武器非法贸易的所有方面",
    "联合国与区域组织和其他组织之间的合作",
]

ZH_ACTORS = [
    "会员国", "各国", "缔约国", "联合国毒品和犯罪问题办公室", "秘书处", "秘书长",
    "联合国系统各相关实体", "国际社会", "各区域组织", "民间社会组织", "捐助国",
    "国际金融机构", "各专门机构", "主管国家机关", "各国政府", "预防犯罪和刑事司法委员会",
    "人权事务高级专员办事处", "联合国开发计划署", "联合国儿童基金会", "世界卫生组织",
    "会员国和相关国际组织", "各方案网研究所", "相关政府间组织", "私营部门",
    "各国议会", "执法机构", "司法机关", "联合国维持和平行动部", "各国主管当局",
]

ZH_VP = [
    "加强国际合作和技术援助", "打击跨国有组织犯罪", "预防和打击腐败", "促进和保护人权",
    "加强法治和刑事司法机构", "提供技术合作、咨询服务和其他形式援助", "建设国家能力",
    "交流信息和最佳做法", "制定国家和区域战略", "提高刑事司法系统的效率和效力",
    "消除一切形式的暴力", "为受害人和证人提供援助和保护", "促进可持续发展",
    "确保充分履行各项承诺", "应对新出现的政策问题", "调动必要的资源", "加强协调与合作",
    "避免重复努力", "保护儿童权利", "推动批准和执行相关国际文书", "提高公众认识",
    "收集和分析数据", "加强区域和次区域合作", "打击洗钱和资助恐怖主义活动",
    "审查执行情况", "改进监狱条件", "减少累犯", "增强妇女权能", "支持冲突后重建",
    "防止和打击贩运人口", "便利追回资产", "加强边境管制", "开展联合调查",
    "简化报告要求", "编写培训材料", "举办区域讲习班", "提供法律咨询",
    "制定示范立法", "增进执法机构之间的信任", "改进统计数据的质量",
]

ZH_NP = [
    "技术援助", "能力建设", "国家立法", "最佳做法", "跨国有组织犯罪", "贩运人口", "偷运移民",
    "非法贩运枪支", "网络犯罪", "洗钱", "腐败", "恐怖主义", "毒品贩运", "司法协助", "引渡",
    "没收犯罪所得", "证人保护", "少年司法", "监狱改革", "性别平等", "受害者援助", "预防犯罪",
    "法治", "人权", "可持续发展", "冲突后重建", "执法合作", "刑事司法改革", "替代发展",
    "减少需求", "环境犯罪", "文化财产的保护", "数据收集", "资产追回", "司法独立",
    "公共部门的透明度", "青年人的参与", "社会融合", "发展中国家的特殊需要",
    "最不发达国家", "经济转型国家", "刚刚摆脱冲突的国家", "区域方案", "专题方案",
]

ZH_CLAUSES = [
    "{A}应当{V}", "{A}在{N}方面发挥重要作用", "以便{V}", "特别是{N}和{N}",
    "包括{N}、{N}和{N}", "并强调必须{V}", "同时考虑到{N}的特殊需要", "这有助于{V}",
    "尤其是在{N}和{N}方面", "并鼓励{A}{V}", "{A}必须进一步{V}", "以期{V}", "并酌情{V}",
    "根据各自的国家法律", "在现有资源范围内", "应会员国的请求", "同时充分尊重国家主权原则",
    "在其任务范围内", "注意到{N}与{N}之间的联系", "深为关切{N}对{N}造成的负面影响",
    "认识到{A}需要{V}", "{A}已经在{N}方面取得了进展", "但仍面临严重挑战", "为{V}而作出的努力",
    "进一步{V}", "这些努力很有意义", "{A}和{A}应密切合作", "确保{N}得到充分尊重",
    "并加强{N}与{N}之间的协同增效", "以{V}为目标", "{A}为此提供了宝贵支持",
    "其中包括{V}", "并请{A}继续{V}", "尤其是{A}", "作为{N}的一个组成部分",
    "在国家、区域和国际各级", "{A}应在这方面{V}", "必须采取综合办法{V}",
    "这是{V}的关键", "以协调一致的方式{V}", "并在这方面注意到{A}的工作",
    "同时铭记{A}的作用", "并在必要时{V}", "充分利用{A}的专门知识", "通过{N}{V}",
]

ZH_NUM_CLAUSES = [
    "{A}于 {Y} 年{V}", "截至 {Y} 年 {M} 月", "共有 {n} 个会员国{V}", "缔约国总数达到 {n} 个",
    "举办了 {k} 次讲习班", "约 {amt} 美元", "在 {Y}-{Y2} 两年期内", "比上一年增加了百分之 {pct}",
    "共有 {n} 名参与者", "如本报告第 {k} 段所述", "到 {Y} 年", "为期 {k} 天",
    "收到 {n} 份答复", "{Y} 年收集到的 {n} 个国家和地区的数据", "涉及 {k} 个区域方案",
    "在 {Y} 年 {M} 月 {D} 日至 {D2} 日举行的会议上", "其中 {k} 个为最不发达国家",
]

ZH_PRE_VERBS = [
    "回顾", "又回顾", "还回顾", "重申", "又重申", "还重申", "铭记", "又铭记", "注意到",
    "又注意到", "赞赏地注意到", "欢迎", "又欢迎", "欣见", "又欣见", "确认", "又确认",
    "认识到", "又认识到", "强调", "又强调", "深信", "确信", "意识到", "关切", "深为关切",
    "严重关切", "考虑到", "承认", "感谢", "期待", "坚信", "表示关切", "申明", "赞扬",
    "决心", "重申关切", "强调指出",
]
ZH_PRE_CITE_VERBS = ["回顾", "又回顾", "还回顾", "重申", "又重申", "还重申", "铭记", "又铭记",
                     "注意到", "又注意到", "欢迎", "又欢迎", "考虑到", "强调"]
ZH_OP_ACTOR_VERBS = ["敦促", "请", "又请", "还请", "邀请", "又邀请", "鼓励", "又鼓励", "吁请", "促请",
                     "呼吁", "再次请"]
ZH_OP_DECIDE = ["决定", "又决定"]
ZH_OP_OBJ_VERBS = ["重申", "强调", "确认", "欢迎", "注意到", "申明", "支持", "重申赞赏", "表示关切", "欣见",
                   "赞赏地注意到", "又强调", "还确认"]

ZH_PRE_OBJECTS = [
    "{N}的重要性", "{A}为{V}而作出的努力", "必须{V}", "{A}在{N}方面发挥的重要作用",
    "{A}在{N}方面取得的进展", "{N}与{N}之间的联系", "{N}对{N}造成的负面影响", "需要{V}",
    "{A}应当{V}", "{A}的工作",
]
ZH_ACTOR_CLAUSES = ["大会请{A}{V}", "大会鼓励{A}{V}", "大会敦促{A}{V}", "大会强调必须{V}"]
ZH_OPENERS = [
    "{A}{V}", "在报告所述期间，{A}继续{V}", "{Y} 年，{A}发起了一项举措，以{V}", "{A}与{A}合作，{V}",
    "此外，{A}还{V}", "截至 {Y} 年 {M} 月，已有 {n} 个国家批准了该公约", "共有 {n} 个会员国提交了答复",
    "{A}举办了 {k} 次讲习班，以{V}", "仍需作出进一步努力，以{V}", "{A}正在{V}",
]
ZH_SC_TOPICS = ["反恐怖主义", "儿童与武装冲突", "妇女与和平与安全", "不扩散大规模毁灭性武器",
                "保护武装冲突中的平民", "索马里局势", "阿富汗局势", "刚果民主共和国局势", "中东局势", "苏丹局势"]

ZH_COMMITTEES = ["第一委员会", "特别政治和非殖民化委员会(第四委员会)", "第二委员会", "第三委员会",
                 "第三委员会", "第三委员会", "第五委员会", "第六委员会"]

ZH_SECTIONS = ["导言", "加强国际合作和打击跨国有组织犯罪的对策", "预防犯罪和刑事司法",
               "技术援助活动", "打击腐败", "打击恐怖主义", "贩运人口和偷运移民",
               "数据收集、研究和分析", "联合国标准和规范的使用和适用", "筹资和管理",
               "新出现的政策问题", "结论和建议"]


# ---------------------------------------------------------------------------
# English vocabulary
# ---------------------------------------------------------------------------

EN_TOPICS = [
    "Strengthening the United Nations crime prevention and criminal justice programme, in particular its technical cooperation capacity",
    "Strengthening the rule of law and the reform of criminal justice institutions, particularly in the areas related to the United Nations system-wide approach to fighting transnational organized crime and drug trafficking",
    "International cooperation against transnational organized crime",
    "Preventing and combating corrupt practices and the transfer of proceeds of corruption",
    "International cooperation to address and counter the world drug problem",
    "Improving the coordination of efforts against trafficking in persons",
    "Intensification of efforts to eliminate all forms of violence against women",
    "Rights of the child",
    "The rule of law at the national and international levels",
    "Measures to eliminate international terrorism",
    "Follow-up to the Fourteenth United Nations Congress on Crime Prevention and Criminal Justice",
    "Objective information on military matters, including transparency of military expenditures",
    "Prevention of an arms race in outer space",
    "Comprehensive review of the whole question of peacekeeping operations in all their aspects",
    "Assistance to refugees, returnees and displaced persons",
    "Implementation of the Convention on the Rights of Persons with Disabilities",
    "Tackling illicit trafficking in wildlife",
    "Protection of global climate for present and future generations of humankind",
    "Information and communications technologies for sustainable development",
    "The illicit trade in small arms and light weapons in all its aspects",
    "Cooperation between the United Nations and regional and other organizations",
    "Operational activities for development of the United Nations system",
    "Nuclear-weapon-free southern hemisphere and adjacent areas",
]

EN_SC_TOPICS = [
    "the situation in the Middle East", "the situation concerning the Democratic Republic of the Congo",
    "the situation in Somalia", "the situation in Afghanistan", "the situation between Iraq and Kuwait",
    "the situation in Bosnia and Herzegovina", "threats to international peace and security caused by terrorist acts",
    "children and armed conflict", "women and peace and security", "the situation in Cyprus",
    "the protection of civilians in armed conflict", "the question of Haiti", "the situation in Liberia",
    "non-proliferation of weapons of mass destruction", "the situation in the Sudan",
]

EN_ACTORS = [
    "Member States", "States parties", "the United Nations Office on Drugs and Crime", "the Secretariat",
    "the Secretary-General", "relevant United Nations entities", "the international community",
    "regional organizations", "civil society organizations", "donor countries",
    "international financial institutions", "the specialized agencies", "competent national authorities",
    "Governments", "the Commission on Crime Prevention and Criminal Justice",
    "the Office of the United Nations High Commissioner for Human Rights",
    "the United Nations Development Programme", "the United Nations Children's Fund",
    "the World Health Organization", "all parties concerned", "the institutes of the programme network",
    "relevant intergovernmental organizations", "the private sector", "national parliaments",
    "law enforcement agencies", "the judiciary", "the Department of Peace Operations",
    "the Mission", "the Government", "troop-contributing countries",
]

EN_VP = [
    "strengthen international cooperation and technical assistance", "combat transnational organized crime",
    "prevent and combat corruption", "promote and protect human rights",
    "strengthen the rule of law and criminal justice institutions",
    "provide technical cooperation, advisory services and other forms of assistance",
    "build national capacity", "exchange information and best practices",
    "develop national and regional strategies", "enhance the efficiency and effectiveness of criminal justice systems",
    "eliminate all forms of violence", "provide assistance and protection to victims and witnesses",
    "promote sustainable development", "ensure the full implementation of their commitments",
    "address emerging policy issues", "mobilize the necessary resources", "strengthen coordination and cooperation",
    "avoid duplication of effort", "protect the rights of the child", "promote the ratification and implementation of the relevant instruments",
    "raise public awareness", "collect and analyse data", "strengthen regional and subregional cooperation",
    "counter money-laundering and the financing of terrorism", "review implementation",
    "improve prison conditions", "reduce reoffending", "empower women and girls",
    "support post-conflict reconstruction", "prevent and combat trafficking in persons",
    "facilitate asset recovery", "strengthen border control", "conduct joint investigations",
    "simplify reporting requirements", "develop training materials", "hold regional workshops",
    "provide legislative assistance", "develop model legislation", "build trust among law enforcement agencies",
    "improve the quality of statistical data", "refrain from any action that could undermine the peace process",
    "ensure the safety and security of humanitarian personnel", "facilitate the delivery of humanitarian assistance",
]

EN_NP = [
    "technical assistance", "capacity-building", "national legislation", "best practices",
    "transnational organized crime", "trafficking in persons", "the smuggling of migrants",
    "illicit trafficking in firearms", "cybercrime", "money-laundering", "corruption", "terrorism",
    "drug trafficking", "mutual legal assistance", "extradition", "the confiscation of proceeds of crime",
    "witness protection", "juvenile justice", "prison reform", "gender equality", "assistance to victims",
    "crime prevention", "the rule of law", "human rights", "sustainable development",
    "post-conflict reconstruction", "law enforcement cooperation", "criminal justice reform",
    "alternative development", "demand reduction", "crimes that affect the environment",
    "the protection of cultural property", "data collection", "asset recovery",
    "the independence of the judiciary", "transparency in the public sector", "the participation of youth",
    "social integration", "the special needs of developing countries", "the least developed countries",
    "countries with economies in transition", "countries emerging from conflict",
    "regional programmes", "thematic programmes", "the protection of civilians",
    "the humanitarian situation", "the peace process", "disarmament, demobilization and reintegration",
    "the electoral process", "security sector reform",
]

EN_CLAUSES = [
    "{A} should {V}", "in order to {V}", "in particular {N} and {N}", "including {N}, {N} and {N}",
    "and stressing the need to {V}", "taking into account {N}", "which contributes to {N}",
    "especially in the areas of {N} and {N}", "and encourages {A} to {V}", "with a view to strengthening {N}",
    "within existing resources", "upon request", "in full respect of the principle of national sovereignty",
    "within its mandate", "the links between {N} and {N}", "the negative impact of {N} on {N}",
    "{A} have made progress in {N}", "although serious challenges remain", "the efforts made by {A} to {V}",
    "the importance of {N}", "to ensure full respect for {N}", "and to enhance synergies between {N} and {N}",
    "as appropriate", "in close cooperation with {A}", "at the national, regional and international levels",
    "and calls upon {A} to {V}", "in a coordinated and coherent manner", "and in that regard notes the work of {A}",
    "bearing in mind the role of {A}", "and, where necessary, to {V}", "making full use of the expertise of {A}",
    "through {N}", "as an integral part of {N}", "in accordance with their national legislation",
    "and requests {A} to continue to {V}", "in particular {A}", "so as to {V}",
]

EN_NUM_CLAUSES = [
    "in {Y}", "as at {D} {Mon} {Y}", "{n} Member States", "bringing the total number of States parties to {n}",
    "{k} regional workshops", "some ${amt} million", "in the biennium {Y}–{Y2}", "an increase of {pct} per cent",
    "{n} participants", "as described in paragraph {k} above", "by {Y}", "for a period of {k} days",
    "{n} replies", "data from {n} countries and territories collected in {Y}", "covering {k} regional programmes",
    "at the meeting held from {D} to {D2} {Mon} {Y}", "of which {k} were least developed countries",
    "for a further period of {k} months", "until {D} {Mon} {Y}",
]

EN_PRE_VERBS = [
    "Recalling", "Recalling also", "Recalling further", "Reaffirming", "Reaffirming also", "Bearing in mind",
    "Noting", "Noting also", "Noting with appreciation", "Taking note of", "Welcoming", "Welcoming also",
    "Recognizing", "Recognizing also", "Emphasizing", "Stressing", "Concerned", "Deeply concerned",
    "Gravely concerned", "Convinced", "Mindful", "Conscious", "Acknowledging", "Expressing concern",
    "Guided by", "Taking into account", "Underlining", "Reiterating", "Noting with concern", "Determined",
]
EN_PRE_CITE_VERBS = ["Recalling", "Recalling also", "Recalling further", "Reaffirming", "Reaffirming also",
                     "Bearing in mind", "Noting", "Taking note of", "Welcoming", "Guided by",
                     "Taking into account", "Recalling in particular"]
EN_OP_ACTOR_VERBS = ["Calls upon", "Urges", "Requests", "Also requests", "Further requests", "Invites",
                     "Also invites", "Encourages", "Also encourages", "Strongly encourages"]
EN_OP_DECIDE = ["Decides", "Also decides", "Further decides"]
EN_OP_OBJ_VERBS = ["Takes note of", "Welcomes", "Reaffirms", "Emphasizes", "Stresses", "Endorses",
                   "Notes with appreciation", "Reiterates", "Acknowledges", "Underlines", "Recognizes"]
EN_OP_SC_VERBS = {
    "Condemns": "in the strongest terms all attacks against civilians and {N}",
    "Demands": "that all parties {V}",
    "Expresses its determination": "to {V}",
}

_EN_NP_OBJECTS = [
    "the importance of {N}", "the efforts of {A} to {V}", "that {A} should {V}", "the need to {V}",
    "the role of {A} in {N}", "the progress made by {A} in {N}", "the work of {A}",
]
EN_PRE_OBJECTS: dict[str, list[str]] = {v: _EN_NP_OBJECTS for v in EN_PRE_VERBS}
EN_PRE_OBJECTS.update({
    "Concerned": ["about {N}", "at the negative impact of {N} on {N}", "that {N} continues to undermine {N}"],
    "Deeply concerned": ["about {N}", "at the links between {N} and {N}", "by the negative impact of {N} on {N}"],
    "Gravely concerned": ["at the negative impact of {N} on {N}", "that {N} continues to undermine {N}"],
    "Expressing concern": ["about {N}", "at the negative impact of {N} on {N}"],
    "Noting with concern": ["that {N} continues to undermine {N}", "the links between {N} and {N}"],
    "Convinced": ["that {A} should {V}", "of the need to {V}"],
    "Mindful": ["of the need to {V}", "that {A} should {V}", "of the role of {A}"],
    "Conscious": ["of the need to {V}", "that {A} should {V}", "of the role of {A} in {N}"],
    "Determined": ["to {V}"],
    "Guided by": ["the purposes and principles of the Charter of the United Nations", "the principles of {N}"],
})
EN_ACTOR_CLAUSES = ["the Assembly requested {A} to {V}", "it encouraged {A} to {V}", "the Assembly urged {A} to {V}",
                    "it stressed the need to {V}"]
EN_OPENERS = [
    "{A} continued to {V}", "during the reporting period, {A} continued to {V}",
    "in {Y}, {A} launched an initiative to {V}", "{A} has been working with {A} to {V}",
    "the Office also assisted {A} to {V}", "as at {D} {Mon} {Y}, {n} States had become parties to the Convention",
    "a total of {n} Member States submitted replies", "{A} organized {k} workshops to {V}",
    "further efforts are needed to {V}",
]


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]

EN_COMMITTEES = ["First Committee", "Special Political and Decolonization Committee (Fourth Committee)",
                 "Second Committee", "Third Committee", "Third Committee", "Third Committee",
                 "Fifth Committee", "Sixth Committee"]

EN_SECTIONS = ["Introduction", "Responses to transnational organized crime", "Crime prevention and criminal justice",
               "Technical assistance activities", "Countering corruption", "Countering terrorism",
               "Trafficking in persons and smuggling of migrants", "Data collection, research and analysis",
               "Use and application of United Nations standards and norms", "Funding and management",
               "Emerging policy issues", "Conclusions and recommendations"]


# ---------------------------------------------------------------------------
# Filler harvested from real texts (optional, --filler)
# ---------------------------------------------------------------------------

def harvest_filler(paths: list[str], lang: str) -> list[str]:
    """Clauses of ordinary prose from real texts: no digits, no symbols."""
    files: list[Path] = []
    for p in paths:
        pp = Path(p)
        if pp.is_dir():
            files.extend(sorted(pp.rglob("*.txt")))
        elif pp.is_file():
            files.append(pp)
    seen: dict[str, None] = {}
    if lang == "zh":
        keep = re.compile(r"^[\u4e00-\u9fff、“”（）]{6,48}$")
        for f in files:
            t = f.read_text(encoding="utf-8", errors="replace")
            t = re.sub(r"<[^>]+>|\*\*|\n\s*\d+\s*\n", "", t)
            t = re.sub(r"\s+", "", t)
            for c in re.split(r"[，；。：]", t):
                if keep.match(c) and c.count("“") == c.count("”"):
                    seen.setdefault(c)
    else:
        keep = re.compile(r"^[a-z][A-Za-z ,'’\-]{24,160}$")
        for f in files:
            t = f.read_text(encoding="utf-8", errors="replace")
            t = re.sub(r"\[\^\d+\]|\s+", " ", t)
            for c in re.split(r"[;.:]\s|,\s(?=and |or |in |which |including )", t):
                c = c.strip(" ,")
                if keep.match(c) and "resolution" not in c and "decision" not in c:
                    seen.setdefault(c)
    return list(seen)


# ---------------------------------------------------------------------------
# Document model
# ---------------------------------------------------------------------------

class Para:
    """A paragraph: lead verb + segments (str text or int footnote marker)."""

    __slots__ = ("kind", "lead", "num", "segs")

    def __init__(self, kind: str, lead: str, segs: list, num: str | None = None):
        self.kind = kind      # pre | op | sub | body | section | subsection | summary | plain
        self.lead = lead
        self.segs = segs
        self.num = num

    def text_len(self) -> int:
        return len(self.lead) + sum(len(s) for s in self.segs if isinstance(s, str))


class Doc:
    def __init__(self):
        self.meta: dict = {}
        self.paras: list[Para] = []
        self.footnotes: dict[int, str] = {}
        self.fn_keys: dict[str, int] = {}
        self.next_fn = 1

    def footnote(self, body: str, key: str | None = None) -> int:
        if key is not None and key in self.fn_keys:
            return self.fn_keys[key]
        n = self.next_fn
        self.next_fn += 1
        self.footnotes[n] = body
        if key is not None:
            self.fn_keys[key] = n
        return n


# ---------------------------------------------------------------------------
# Content writers (semantic level, per language)
# ---------------------------------------------------------------------------

class BaseWriter:
    lang = ""
    bytes_per_char = 1.0

    def __init__(self, rng: random.Random, filler: list[str]):
        self.rng = rng
        self.filler = filler
        self.doc = Doc()

    # prose -----------------------------------------------------------------
    def fill(self, tmpl: str) -> str:
        rng = self.rng
        if "{" not in tmpl:
            return tmpl
        out = tmpl
        while "{A}" in out:
            out = out.replace("{A}", rng.choice(self.ACTORS), 1)
        while "{V}" in out:
            out = out.replace("{V}", rng.choice(self.VP), 1)
        while "{N}" in out:
            out = out.replace("{N}", rng.choice(self.NP), 1)
        if "{" in out:
            y = self.refs.year - rng.randint(0, 6)
            d = rng.randint(1, 25)
            out = out.format(
                Y=y, Y2=y + 1, M=rng.randint(1, 12), D=d, D2=d + rng.randint(1, 3),
                Mon=rng.choice(EN_MONTHS), n=rng.randint(11, 190), k=rng.randint(2, 40),
                amt=self.amount(), pct=rng.randint(2, 60),
            )
        return out

    def clause(self) -> str:
        rng = self.rng
        r = rng.random()
        if self.filler and r < 0.5:
            return rng.choice(self.filler)
        if r > 0.93:
            return self.fill(rng.choice(self.NUM_CLAUSES))
        return self.fill(rng.choice(self.CLAUSES))

    def list_len(self) -> int:
        """Items in a list of citations: mostly 2-3, sometimes a dozen."""
        r = self.rng.random()
        if r < 0.55:
            return 2
        if r < 0.8:
            return 3
        if r < 0.95:
            return self.rng.randint(4, 6)
        return self.rng.randint(7, 13)

    def amount(self) -> str:
        rng = self.rng
        if self.lang == "zh":
            return f"{rng.randint(1, 990):,},{rng.randint(0, 999):03d}"
        return f"{rng.randint(1, 99)}.{rng.randint(1, 9)}"

    # document plan -----------------------------------------------------------
    KIND_CITE_FACTOR: ClassVar[dict[str, float]] = {"ga": 1.0, "sc": 1.5, "report": 0.85}

    def build(self, kind: str, target_chars: int) -> Doc:
        self.cite_rate = min(1.5, self.cite_rate * self.KIND_CITE_FACTOR[kind])
        if kind == "sc":
            self.build_sc(target_chars)
        elif kind == "report":
            self.build_report(target_chars)
        else:
            self.build_ga(target_chars)
        return self.doc

    def build_resolution_body(self, target_chars: int, sc: bool = False) -> None:
        rng = self.rng
        paras = self.doc.paras
        total = 0
        n_pre = max(3, min(30, int(target_chars * rng.uniform(0.25, 0.45) / (300 if self.lang == "zh" else 520))))
        for i in range(n_pre):
            p = self.pre_para(first=(i == 0), sc=sc)
            paras.append(p)
            total += p.text_len()
        if sc and rng.random() < 0.5:
            paras.append(Para("pre", self.SC_ACTING, []))
        k = 1
        while total < target_chars:
            p = self.op_para(k, sc=sc)
            paras.append(p)
            total += p.text_len()
            if rng.random() < 0.08:
                p.segs[-1] = "：" if self.lang == "zh" else ":"
                for j in range(rng.randint(2, 6)):
                    q = self.sub_para(j)
                    paras.append(q)
                    total += q.text_len()
            k += 1
        self.last_op(paras, k)

    def build_report(self, target_chars: int) -> None:
        rng = self.rng
        paras = self.doc.paras
        paras.append(Para("summary", "", self.body_segs(rng.randint(4, 8), cite_p=0.9)))
        total = paras[-1].text_len()
        k = 1
        sec = 0
        sections = list(self.SECTIONS)
        while total < target_chars:
            sec += 1
            title = sections[0] if sec == 1 else (sections[-1] if total > target_chars * 0.9 else rng.choice(sections[1:-1]))
            paras.append(Para("section", "", [title], num=str(sec)))
            nsub = rng.choice([0, 0, 2, 3])
            for s in range(max(1, nsub)):
                if nsub:
                    paras.append(Para("subsection", "", [cap(rng.choice(self.NP)) if self.lang == "en" else rng.choice(self.NP)],
                                      num="ABCDEFG"[s]))
                for _ in range(rng.randint(2, 7)):
                    p = Para("body", "", self.body_segs(rng.randint(3, 9), cite_p=0.55), num=str(k))
                    paras.append(p)
                    total += p.text_len()
                    k += 1
                if total >= target_chars:
                    break


class ZhWriter(BaseWriter):
    lang = "zh"
    ACTORS, VP, NP = ZH_ACTORS, ZH_VP, ZH_NP
    CLAUSES, NUM_CLAUSES = ZH_CLAUSES, ZH_NUM_CLAUSES
    SECTIONS = ZH_SECTIONS
    SC_ACTING = "根据《联合国宪章》第七章采取行动，"
    cite_rate = 0.45  # tuned so that the reference density matches the seeds

    def __init__(self, rng, filler, year):
        super().__init__(rng, filler)
        self.refs = Refs(rng, year)
        self.sp = " " if rng.random() < 0.93 else ""
        r = rng.random()
        self.sc_paren = "（）" if r < 0.7 else ("()" if r < 0.95 else "()!")

    # -- dates and citations -------------------------------------------------
    def date(self, y: int, m: int, d: int) -> str:
        s = self.sp
        return f"{s}{y}{s}年{s}{m}{s}月{s}{d}{s}日"

    def num(self, x: str) -> str:
        """Number with the usual spacing around it: 第 46/152 号."""
        s = self.sp
        if s and self.rng.random() < 0.015:
            x = x.replace("/", " / ")
        return f"{s}{x}" if x.endswith("）") else f"{s}{x}{s}"

    def ga_one(self, with_date: bool) -> str:
        sess, n = self.refs.ga()
        x = f"{sess}/{n}"
        if self.rng.random() < 0.04:
            x += " " + self.rng.choice("ABC")
        if with_date:
            return f"{self.date(*self.refs.ga_date(sess))}第{self.num(x)}号"
        return x

    def ga_cite(self) -> str:
        """GA resolution(s), with the ending 号决议 / 号决定."""
        rng = self.rng
        r = rng.random()
        if r < 0.45:
            sess, n = self.refs.ga()
            x = f"{sess}/{n}"
            if rng.random() < 0.04:
                x += " " + rng.choice("ABC")
            if rng.random() < 0.6:
                return f"{self.date(*self.refs.ga_date(sess))}第{self.num(x)}号决议"
            return f"第{self.num(x)}号决议"
        if r < 0.62:
            items = [self.ga_one(True) for _ in range(self.list_len())]
            return ("、".join(items[:-1]) + "和" + items[-1] + "决议").replace("、 ", "、")
        if r < 0.80:
            items = [self.ga_one(False) for _ in range(self.list_len())]
            return f"第{self.sp}" + "、".join(items[:-1]) + f"{self.sp}和{self.sp}" + items[-1] + f"{self.sp}号决议"
        if r < 0.86:
            sess, n = self.refs.ga()
            return f"第{self.sp}{sess}/{n}{self.sp}至{self.sp}{sess}/{n + rng.randint(2, 9)}{self.sp}号决议"
        sess, n = self.refs.ga_decision()
        return f"第{self.num(f'{sess}/{n}')}号决定"

    def sc_item(self) -> str:
        n, y = self.refs.sc()
        if self.sc_paren == "（）":
            return f"{n}（{y}）"
        if self.sc_paren == "()":
            return f"{n} ({y})"
        return f"{n}({y})"

    def sc_cite(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.6:
            return f"第{self.num(self.sc_item())}号决议"
        items = [self.sc_item() for _ in range(self.list_len())]
        if r < 0.8:
            return "第" + "号、第".join(self.num(i) for i in items[:-1]) + f"号和第{self.num(items[-1])}号决议"
        return f"第{self.sp}" + "、".join(items[:-1]) + f"{self.sp}和{self.sp}" + items[-1] + f"{self.sp}号决议"

    def other_body_cite(self) -> str:
        rng = self.rng
        r = rng.random()
        R = self.refs
        if r < 0.3:
            y, n = R.ecosoc()
            q = rng.random()
            if q < 0.55:
                return f"经济及社会理事会{self.date(y, 7, rng.randint(20, 31))}第{self.num(f'{y}/{n}')}号决议"
            if q < 0.75:
                items = [f"{y}/{n + i}" for i in range(self.list_len() + 1)]
                return f"经济及社会理事会{self.date(y, 7, rng.randint(20, 31))}第{self.sp}" + "、".join(items) + f"{self.sp}号决议"
            if q < 0.87:
                return f"经济及社会理事会第{self.sp}{y}/{n}{self.sp}至{self.sp}{y}/{n + rng.randint(2, 8)}{self.sp}号决议"
            y, n = R.ecosoc_decision()
            return f"经济及社会理事会第{self.num(f'{y}/{n}')}号决定"
        if r < 0.45:
            s, n = R.cnd()
            return f"麻醉药品委员会第{self.num(f'{s}/{n}')}号决议"
        if r < 0.62:
            s, n = R.ccpcj()
            if rng.random() < 0.8:
                return f"预防犯罪和刑事司法委员会第{self.num(f'{s}/{n}')}号决议"
            return f"预防犯罪和刑事司法委员会第{self.num(f'{s}/{n}')}号决定"
        if r < 0.75 and R.year >= 2007:
            s, n = R.hrc()
            return f"人权理事会第{self.num(f'{s}/{n}')}号决议"
        if r < 0.86 and R.year >= 2005:
            s, n = R.cop()
            return f"《联合国打击跨国有组织犯罪公约》缔约方会议第{self.num(f'{s}/{n}')}号决定"
        if r < 0.94 and R.year >= 2007:
            s, n = R.cosp()
            return f"《联合国反腐败公约》缔约国会议第{self.num(f'{s}/{n}')}号决议"
        return f"《联合国气候变化框架公约》缔约方会议第{self.num(R.unfccc())}号决定"

    def instrument(self) -> list:
        """《…》 with a footnote marker (reused on later mentions)."""
        rng = self.rng
        inst = rng.choice(INSTRUMENTS)
        zh, _, kind, data = inst
        if kind == "unts":
            body = f"联合国，《条约汇编》，第{self.sp}{data[0]}{self.sp}卷，第{self.sp}{data[1]}{self.sp}号。"
        else:
            annex = {"annex I": "，附件一", "annex": "，附件", "": ""}[data[2]]
            body = ("见" if not annex else "") + f"第{self.num(f'{data[0]}/{data[1]}')}号决议{annex}。"
        n = self.doc.footnote(body, key=zh)
        return [f"《{zh}》", n]

    def fn_body(self) -> str:
        """A footnote body that is a reference or a non-reference."""
        rng = self.rng
        R = self.refs
        r = rng.random()
        if r < 0.34:
            return f"{R.symbol()}。"
        if r < 0.52:
            x = self.ga_one(False)
            return f"见第{self.num(x)}号决议。" if rng.random() < 0.4 else f"第{self.num(x)}号决议，附件。"
        if r < 0.62:
            s = R.session - rng.randint(0, 8)
            n = rng.choice([10, 12, 25, 30, 3, 7])
            return f"《大会正式记录，第{zh_numeral(s)}届会议，补编第{self.sp}{n}{self.sp}号》（A/{s}/{n}），第{zh_numeral(rng.randint(1, 9))}章。"
        if r < 0.70:
            y = R.year - rng.randint(0, 8)
            return f"见《经济及社会理事会正式记录，{y}{self.sp}年，补编第{self.sp}10{self.sp}号》（E/{y}/30），第{zh_numeral(rng.randint(1, 5))}章。"
        if r < 0.80:
            v, no = R.treaty()
            return f"联合国，《条约汇编》，第{self.sp}{v}、{v + rng.randint(5, 40)}{self.sp}和{self.sp}{v + rng.randint(41, 200)}{self.sp}卷，第{self.sp}{no}{self.sp}号。"
        if r < 0.86:
            return f"联合国出版物，出售品编号：C.{R.year % 100:02d}.{rng.choice(['IV', 'V', 'XI', 'II.A'])}.{rng.randint(1, 20)}。"
        if r < 0.91:
            return f"见 http://www.unodc.org/documents/{rng.choice(['treaties', 'organized-crime', 'corruption', 'data-and-analysis'])}/{rng.choice(['Publications', 'reports', 'tools'])}/{rng.randint(2000, 2024)}.html。"
        if r < 0.96:
            return "同上，附件" + rng.choice(["一", "二", "三"]) + "。"
        return f"见 {R.symbol()}，第{zh_numeral(rng.randint(1, 6))}节 {rng.choice('ABC')}。"

    # -- paragraph bodies ----------------------------------------------------
    def prose(self, n: int) -> str:
        return "，".join(self.clause() for _ in range(n))

    def cite_clause(self, body: bool = False) -> list:
        """A citing phrase; body=True gives forms that read after 根据/在."""
        rng = self.rng
        r = rng.random()
        topic = rng.choice(ZH_TOPICS)
        if r < 0.38:
            c = self.ga_cite()
            q = rng.random()
            if body:
                if q < 0.5:
                    return [f"题为“{topic}”的大会{c}" if rng.random() < 0.5 else f"大会{c}"]
                return [f"大会关于{topic}的{c}"]
            if q < 0.4:
                return [f"其关于{topic}的{c}"]
            if q < 0.7:
                return [f"大会{c}"]
            return [f"{c}，其中{self.fill(rng.choice(ZH_ACTOR_CLAUSES))}"]
        if r < 0.52:
            return [f"安全理事会关于{rng.choice(ZH_SC_TOPICS)}的{self.sc_cite()}"]
        if r < 0.70:
            return [self.other_body_cite()]
        if r < 0.86:
            return self.instrument()
        sym = self.refs.symbol()
        q = rng.random()
        if q < 0.5:
            n = self.doc.footnote(f"{sym}。")
            return [f"秘书长关于{topic}的报告", n]
        if q < 0.8:
            return [f"秘书长的报告（{sym}）"]
        return [f"{rng.choice(ZH_ACTORS)}的报告（{sym}）"]

    def body_segs(self, n_clauses: int, cite_p: float) -> list:
        """Report prose: sentences with a subject, some opened by a citation."""
        rng = self.rng
        segs: list = []
        left = n_clauses
        while left > 0:
            k = min(left, rng.randint(2, 4))
            left -= k
            if rng.random() < cite_p * self.cite_rate:
                q = rng.random()
                if q < 0.45:
                    segs.append("根据")
                    segs.extend(self.cite_clause(body=True))
                    segs.append("，" + self.fill("{A}{V}"))
                elif q < 0.75:
                    segs.append("大会在")
                    segs.extend(self.cite_clause(body=True))
                    segs.append(self.fill(rng.choice(["中请{A}{V}", "中鼓励{A}{V}", "中重申必须{V}"])))
                else:
                    segs.append(self.fill("{A}已根据"))
                    segs.extend(self.cite_clause(body=True))
                    segs.append(self.fill("{V}"))
            else:
                segs.append(self.fill(rng.choice(ZH_OPENERS)))
            for _ in range(k - 1):
                segs.append("，" + self.clause())
                if rng.random() < 0.03:
                    segs.append(self.doc.footnote(self.fn_body()))
            segs.append("。")
        return segs

    def pre_para(self, first: bool, sc: bool = False) -> Para:
        rng = self.rng
        if rng.random() < 0.62 * self.cite_rate:
            lead = rng.choice(ZH_PRE_CITE_VERBS)
            segs = self.cite_clause()
            if rng.random() < 0.3:
                segs.append("、")
                segs.extend(self.cite_clause())
            for _ in range(rng.randint(0, 3)):
                segs.append("，" + self.clause())
        else:
            lead = rng.choice(ZH_PRE_VERBS)
            segs = [self.fill(rng.choice(ZH_PRE_OBJECTS)) + "，" + self.prose(rng.randint(1, 4))]
            if rng.random() < 0.12:
                segs.append(self.doc.footnote(self.fn_body()))
        segs.append("，")
        return Para("pre", lead, segs)

    def op_para(self, k: int, sc: bool = False) -> Para:
        rng = self.rng
        r = rng.random()
        segs: list
        if r < 0.10 * self.cite_rate:
            lead = "赞赏地注意到"
            c = self.ga_cite() if not sc else self.sc_cite()
            segs = [f"秘书长关于{'大会' if not sc else ''}{c}执行情况的报告", self.doc.footnote(f"{self.refs.symbol()}。")]
        elif r < 0.34 * self.cite_rate:
            lead = rng.choice(ZH_OP_ACTOR_VERBS + ZH_OP_OBJ_VERBS)
            if lead in ZH_OP_ACTOR_VERBS:
                segs = [self.fill("{A}根据")] + self.cite_clause(body=True) + [self.fill("{V}")]
            else:
                segs = self.cite_clause()
            for _ in range(rng.randint(0, 3)):
                segs.append("，" + self.clause())
        else:
            lead = rng.choice(ZH_OP_ACTOR_VERBS + ZH_OP_DECIDE + ZH_OP_OBJ_VERBS)
            if lead in ZH_OP_ACTOR_VERBS:
                first = self.fill("{A}{V}")
            elif lead in ZH_OP_DECIDE:
                first = self.fill(rng.choice(["{V}", "设立一个不限成员名额政府间专家组，以{V}", "继续审议这一问题"]))
            else:
                first = self.fill(rng.choice(ZH_PRE_OBJECTS))
            segs = [first + "，" + self.prose(rng.randint(1, 4))]
            if rng.random() < 0.05:
                segs.append(self.doc.footnote(self.fn_body()))
        segs.append("；")
        return Para("op", lead, segs, num=str(k))

    def sub_para(self, j: int) -> Para:
        return Para("sub", "", [self.fill("{V}，") + self.prose(self.rng.randint(1, 2)), "；"], num=f"({'abcdefgh'[j]})")

    def last_op(self, paras: list, k: int) -> None:
        rng = self.rng
        s = self.refs.session
        r = rng.random()
        if self.doc.meta.get("kind") == "sc":
            paras.append(Para("op", "决定", ["继续积极处理此案。"], num=str(k)))
        elif r < 0.5:
            text = f"秘书长向大会第{zh_numeral(s + rng.randint(1, 2))}届会议提交报告，说明本决议执行情况。"
            paras.append(Para("op", "请", [text], num=str(k)))
        elif r < 0.85:
            text = f"在第{zh_numeral(s + rng.randint(1, 3))}届会议临时议程中列入题为“{rng.choice(ZH_TOPICS)}”的项目。"
            paras.append(Para("op", "决定", [text], num=str(k)))
        else:
            paras[-1].segs[-1] = "。"
    # -- document kinds --------------------------------------------------------
    def build_ga(self, target_chars: int) -> None:
        rng = self.rng
        R = self.refs
        m = self.doc.meta
        m["kind"] = "ga"
        m["number"] = f"{R.session}/{rng.randint(1, 280)}"
        m["title"] = rng.choice(ZH_TOPICS)
        m["committee"] = rng.choice(ZH_COMMITTEES) if rng.random() < 0.8 else None
        m["report"] = f"A/{R.session}/{rng.randint(400, 700)}"
        m["date"] = R.ga_date(R.session)
        m["meeting"] = rng.randint(40, 85)
        self.build_resolution_body(target_chars)

    def build_sc(self, target_chars: int) -> None:
        rng = self.rng
        R = self.refs
        m = self.doc.meta
        m["kind"] = "sc"
        num = sc_max_for_year(R.year) + rng.randint(0, 60)
        m["number"] = num
        m["year"] = R.year
        mo = rng.randint(1, 12)
        m["date"] = (R.year, mo, R.day(mo))
        m["meeting"] = 2000 + (num * 37) % 7000
        self.build_resolution_body(target_chars, sc=True)

    def build_report(self, target_chars: int) -> None:
        R = self.refs
        m = self.doc.meta
        m["kind"] = "report"
        m["symbol"] = f"A/{R.session}/{self.rng.randint(80, 400)}"
        m["title"] = self.rng.choice(ZH_TOPICS)
        m["item"] = self.rng.randint(90, 130)
        super().build_report(target_chars)


class EnWriter(BaseWriter):
    lang = "en"
    ACTORS, VP, NP = EN_ACTORS, EN_VP, EN_NP
    CLAUSES, NUM_CLAUSES = EN_CLAUSES, EN_NUM_CLAUSES
    SECTIONS = EN_SECTIONS
    SC_ACTING = "Acting under Chapter VII of the Charter of the United Nations,"
    cite_rate = 0.55  # tuned so that the reference density matches ga80-en/sc-en

    def __init__(self, rng, filler, year):
        super().__init__(rng, filler)
        self.refs = Refs(rng, year)

    def date(self, y: int, m: int, d: int) -> str:
        return f"{d} {EN_MONTHS[m - 1]} {y}"

    def ga_num(self) -> tuple[str, int]:
        sess, n = self.refs.ga()
        x = f"{sess}/{n}"
        if self.rng.random() < 0.04:
            x += " " + self.rng.choice("ABC")
        return x, sess

    def ga_cite(self, own: bool = True) -> str:
        rng = self.rng
        r = rng.random()
        its = "its " if own and rng.random() < 0.6 else ("General Assembly " if rng.random() < 0.5 else "")
        if r < 0.45:
            x, sess = self.ga_num()
            if rng.random() < 0.6:
                return f"{its}resolution {x} of {self.date(*self.refs.ga_date(sess))}"
            return f"{its}resolution {x}"
        if r < 0.62:
            items = []
            for _ in range(self.list_len()):
                x, sess = self.ga_num()
                items.append(f"{x} of {self.date(*self.refs.ga_date(sess))}")
            return f"{its}resolutions " + ", ".join(items[:-1]) + " and " + items[-1]
        if r < 0.80:
            items = [self.ga_num()[0] for _ in range(self.list_len())]
            return f"{its}resolutions " + ", ".join(items[:-1]) + " and " + items[-1]
        if r < 0.86:
            sess, n = self.refs.ga()
            return f"{its}resolutions {sess}/{n} to {sess}/{n + rng.randint(2, 9)}"
        if r < 0.88:
            s = rng.randint(1, 30)
            return f"{its}resolution {rng.randint(100, 3300)} ({ROMAN[s]})"
        sess, n = self.refs.ga_decision()
        return f"{its}decision {sess}/{n}"

    def sc_item(self, dated: bool) -> str:
        n, y = self.refs.sc()
        if dated:
            mo = self.rng.randint(1, 12)
            return f"{n} ({y}) of {self.date(y, mo, self.refs.day(mo))}"
        return f"{n} ({y})"

    def sc_cite(self, own: bool) -> str:
        rng = self.rng
        pre = "its " if own and rng.random() < 0.6 else "Security Council "
        if rng.random() < 0.55:
            return f"{pre}resolution {self.sc_item(rng.random() < 0.3)}"
        dated = rng.random() < 0.4
        items = [self.sc_item(dated) for _ in range(self.list_len())]
        return f"{pre}resolutions " + ", ".join(items[:-1]) + " and " + items[-1]

    def other_body_cite(self) -> str:
        rng = self.rng
        R = self.refs
        r = rng.random()
        if r < 0.3:
            y, n = R.ecosoc()
            q = rng.random()
            if q < 0.55:
                return f"Economic and Social Council resolution {y}/{n} of {self.date(y, 7, rng.randint(20, 31))}"
            if q < 0.75:
                items = [f"{y}/{n + i}" for i in range(self.list_len() + 1)]
                return "Economic and Social Council resolutions " + ", ".join(items[:-1]) + " and " + items[-1]
            if q < 0.87:
                return f"Council resolutions {y}/{n} to {y}/{n + rng.randint(2, 8)}"
            y, n = R.ecosoc_decision()
            return f"Economic and Social Council decision {y}/{n}"
        if r < 0.45:
            s, n = R.cnd()
            return f"Commission on Narcotic Drugs resolution {s}/{n}"
        if r < 0.62:
            s, n = R.ccpcj()
            w = "resolution" if rng.random() < 0.8 else "decision"
            return f"Commission on Crime Prevention and Criminal Justice {w} {s}/{n}"
        if r < 0.75 and R.year >= 2007:
            s, n = R.hrc()
            mo = rng.choice([3, 4, 6, 7, 9, 10])
            return f"Human Rights Council resolution {s}/{n} of {self.date(2006 + (s + 2) // 3, mo, R.day(mo))}"
        if r < 0.86 and R.year >= 2005:
            s, n = R.cop()
            if rng.random() < 0.5:
                return f"decision {s}/{n} of the Conference of the Parties to the United Nations Convention against Transnational Organized Crime"
            return f"Conference of the Parties decision {s}/{n}"
        if r < 0.94 and R.year >= 2007:
            s, n = R.cosp()
            return f"resolution {s}/{n} of the Conference of the States Parties to the United Nations Convention against Corruption"
        return f"decision {R.unfccc()} of the Conference of the Parties to the United Nations Framework Convention on Climate Change"

    def instrument(self) -> list:
        rng = self.rng
        _, en, kind, data = rng.choice(INSTRUMENTS)
        if kind == "unts":
            body = f"United Nations, Treaty Series, vol. {data[0]}, No. {data[1]}."
        else:
            body = f"Resolution {data[0]}/{data[1]}" + (f", {data[2]}." if data[2] else ".")
            if not data[2]:
                body = "See r" + body[1:]
        n = self.doc.footnote(body, key=en)
        return [f"the {en}" if not en[0].isdigit() and not en.startswith("Transforming") else en, n]

    def fn_body(self) -> str:
        rng = self.rng
        R = self.refs
        r = rng.random()
        if r < 0.34:
            return f"{R.symbol()}."
        if r < 0.52:
            sess, n = R.ga()
            return f"Resolution {sess}/{n}, annex." if rng.random() < 0.5 else f"See resolution {sess}/{n}."
        if r < 0.62:
            s = R.session - rng.randint(0, 8)
            n = rng.choice([10, 12, 25, 30, 3, 7])
            return (f"Official Records of the General Assembly, {en_ordinal_word(s).capitalize()} Session, "
                    f"Supplement No. {n} (A/{s}/{n}), chap. {ROMAN[rng.randint(1, 9)]}.")
        if r < 0.70:
            y = R.year - rng.randint(0, 8)
            return f"See Official Records of the Economic and Social Council, {y}, Supplement No. 10 (E/{y}/30), chap. {ROMAN[rng.randint(1, 5)]}."
        if r < 0.80:
            v, no = R.treaty()
            return f"United Nations, Treaty Series, vol. {v}, No. {no}." if rng.random() < 0.7 else f"Ibid., vol. {v}, No. {no}."
        if r < 0.86:
            return f"United Nations publication, Sales No. E.{R.year % 100:02d}.{rng.choice(['IV', 'V', 'XI', 'II.A'])}.{rng.randint(1, 20)}."
        if r < 0.91:
            return f"See https://www.unodc.org/documents/{rng.choice(['treaties', 'organized-crime', 'corruption'])}/{rng.randint(2000, 2024)}.html."
        if r < 0.96:
            return f"Ibid., annex {ROMAN[rng.randint(1, 3)]}."
        return f"See {R.symbol()}, sect. {ROMAN[rng.randint(1, 6)]}.{rng.choice('ABC')}."

    def prose(self, n: int) -> str:
        return ", ".join(self.clause() for _ in range(n))

    def cite_clause(self, sc: bool = False, body: bool = False) -> list:
        rng = self.rng
        r = rng.random()
        if sc and r < 0.45:
            return [self.sc_cite(own=not body)]
        topic = rng.choice(EN_TOPICS)
        topic = topic[0].lower() + topic[1:]
        if r < 0.38:
            c = self.ga_cite(own=not sc and not body)
            q = rng.random()
            if q < 0.4:
                return [f"{c} on {topic}"]
            if q < 0.7 or body:
                return [c]
            return [f"{c}, in which {self.fill(rng.choice(EN_ACTOR_CLAUSES))}"]
        if r < 0.52:
            return [f"{self.sc_cite(own=sc and not body)} on {rng.choice(EN_SC_TOPICS)}"]
        if r < 0.70:
            return [self.other_body_cite()]
        if r < 0.86:
            return self.instrument()
        sym = self.refs.symbol()
        q = rng.random()
        if q < 0.5:
            n = self.doc.footnote(f"{sym}.")
            return [f"the report of the Secretary-General on {topic}", n]
        if q < 0.8:
            return [f"the report of the Secretary-General ({sym})"]
        return [f"the report of {rng.choice(EN_ACTORS)} ({sym})"]

    def body_segs(self, n_clauses: int, cite_p: float) -> list:
        """Report prose: sentences with a subject, some opened by a citation."""
        rng = self.rng
        segs: list = []
        left = n_clauses
        while left > 0:
            k = min(left, rng.randint(2, 4))
            left -= k
            if segs:
                segs.append(" ")
            if rng.random() < cite_p * self.cite_rate:
                rng.random()  # kept: the generated corpus stays the same
                segs.append(rng.choice(["Pursuant to ", "In accordance with ", "In line with ", "As requested in "]))
                segs.extend(self.cite_clause(body=True))
                segs.append(", " + self.fill(rng.choice(["{A} continued to {V}", "{A} also continued to {V}",
                                                         "{A} took steps to {V}", "efforts were made to {V}"])))
            else:
                segs.append(cap(self.fill(rng.choice(EN_OPENERS))))
            for _ in range(k - 1):
                segs.append(", " + self.clause())
                if rng.random() < 0.03:
                    segs.append(self.doc.footnote(self.fn_body()))
            segs.append(".")
        return segs

    def pre_para(self, first: bool, sc: bool = False) -> Para:
        rng = self.rng
        if rng.random() < 0.62 * self.cite_rate:
            lead = rng.choice(EN_PRE_CITE_VERBS)
            segs = self.cite_clause(sc)
            if rng.random() < 0.3:
                segs.append(", and ")
                segs.extend(self.cite_clause(sc))
            for _ in range(rng.randint(0, 3)):
                segs.append(", " + self.clause())
        else:
            lead = rng.choice(EN_PRE_VERBS)
            segs = [self.fill(rng.choice(EN_PRE_OBJECTS[lead])) + ", " + self.prose(rng.randint(1, 4))]
            if rng.random() < 0.12:
                segs.append(self.doc.footnote(self.fn_body()))
        segs.append(",")
        return Para("pre", lead, segs)

    def op_para(self, k: int, sc: bool = False) -> Para:
        rng = self.rng
        r = rng.random()
        if r < 0.10 * self.cite_rate:
            lead = rng.choice(["Takes note with appreciation of", "Takes note of"])
            c = self.ga_cite(own=False) if not sc else self.sc_cite(own=True)
            segs = [f"the report of the Secretary-General on the implementation of {c}",
                    self.doc.footnote(f"{self.refs.symbol()}.")]
        elif r < 0.34 * self.cite_rate:
            lead = rng.choice(EN_OP_ACTOR_VERBS + EN_OP_OBJ_VERBS)
            if lead in EN_OP_ACTOR_VERBS:
                segs = [self.fill(rng.choice(["{A} to {V}, ", "{A} to continue to {V}, "])) +
                        rng.choice(["pursuant to ", "in accordance with ", "as called for in ", "consistent with "])]
                segs += self.cite_clause(sc, body=True)
            else:
                segs = self.cite_clause(sc)
            for _ in range(rng.randint(0, 3)):
                segs.append(", " + self.clause())
        else:
            verbs = EN_OP_ACTOR_VERBS + EN_OP_DECIDE + EN_OP_OBJ_VERBS + (list(EN_OP_SC_VERBS) if sc else [])
            lead = rng.choice(verbs)
            if lead in EN_OP_ACTOR_VERBS:
                first = self.fill(rng.choice(["{A} to {V}", "{A} to continue to {V}", "all States to {V}"]))
            elif lead in EN_OP_DECIDE:
                first = self.fill(rng.choice(["to {V}", "to establish an open-ended intergovernmental expert group to {V}",
                                              "to continue its consideration of the question"]))
            elif lead in EN_OP_SC_VERBS:
                first = self.fill(EN_OP_SC_VERBS[lead])
            else:
                first = self.fill(rng.choice(EN_PRE_OBJECTS["Noting"]))
            segs = [first + ", " + self.prose(rng.randint(1, 4))]
            if rng.random() < 0.05:
                segs.append(self.doc.footnote(self.fn_body()))
        segs.append(";")
        return Para("op", lead, segs, num=str(k))

    def sub_para(self, j: int) -> Para:
        rng = self.rng
        return Para("sub", "", [self.fill("To {V}, ") + self.prose(rng.randint(1, 2)) + ";"], num=f"({'abcdefgh'[j]})")

    def last_op(self, paras: list, k: int) -> None:
        rng = self.rng
        s = self.refs.session
        r = rng.random()
        if self.doc.meta.get("kind") == "sc":
            paras.append(Para("op", "Decides", ["to remain actively seized of the matter."], num=str(k)))
        elif r < 0.5:
            paras.append(Para("op", "Requests", [f"the Secretary-General to submit to the General Assembly at its {en_ordinal_word(s + rng.randint(1, 2))} session a report on the implementation of the present resolution."], num=str(k)))
        elif r < 0.85:
            paras.append(Para("op", "Decides", [f"to include in the provisional agenda of its {en_ordinal_word(s + rng.randint(1, 3))} session, under the item entitled “{rng.choice(EN_TOPICS)}”, the sub-item entitled “{rng.choice(EN_TOPICS)}”."], num=str(k)))
        else:
            paras[-1].segs[-1] = "."
    def build_ga(self, target_chars: int) -> None:
        rng = self.rng
        R = self.refs
        m = self.doc.meta
        m["kind"] = "ga"
        m["number"] = f"{R.session}/{rng.randint(1, 280)}"
        m["title"] = rng.choice(EN_TOPICS)
        m["committee"] = rng.choice(EN_COMMITTEES) if rng.random() < 0.8 else None
        m["report"] = f"A/{R.session}/{rng.randint(400, 700)}"
        m["date"] = R.ga_date(R.session)
        m["meeting"] = rng.randint(20, 85)
        m["item"] = f"{rng.randint(10, 140)}" + (f" ({rng.choice('abcde')})" if rng.random() < 0.3 else "")
        self.build_resolution_body(target_chars)

    def build_sc(self, target_chars: int) -> None:
        rng = self.rng
        R = self.refs
        m = self.doc.meta
        m["kind"] = "sc"
        num = max(1, sc_max_for_year(R.year) + rng.randint(0, 60))
        m["number"] = num
        m["year"] = R.year
        mo = rng.randint(1, 12)
        m["date"] = (R.year, mo, R.day(mo))
        m["meeting"] = 100 + num * 3 + rng.randint(0, 9) if num < 1000 else 2000 + num * 2 + rng.randint(0, 9)
        self.build_resolution_body(target_chars, sc=True)

    def build_report(self, target_chars: int) -> None:
        R = self.refs
        m = self.doc.meta
        m["kind"] = "report"
        m["symbol"] = f"A/{R.session}/{self.rng.randint(80, 400)}"
        m["title"] = self.rng.choice(EN_TOPICS)
        m["item"] = self.rng.randint(90, 130)
        super().build_report(target_chars)


# ---------------------------------------------------------------------------
# Layout: line wrapping
# ---------------------------------------------------------------------------

_NO_LINE_START = set("，。、；：）》”’!?,.;:)")
_ASCII_WORD = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/.-")


def _disp_width(s: str) -> int:
    # CJK chars are 3 bytes in UTF-8 and two columns wide; ASCII 1 and 1.
    b = len(s.encode("utf-8"))
    n = len(s)
    return n + (b - n) // 2


def wrap_cjk(text: str, width: int, first_width: int | None = None) -> list[tuple[int, int]]:
    """Cut points of a Chinese paragraph as PDF text shows them.

    Width is in columns (CJK = 2, ASCII = 1).  ASCII words are not split,
    lines do not start with closing punctuation.  Returns (start, end) pairs.
    """
    out = []
    p = 0
    n = len(text)
    w = first_width or width
    while p < n:
        e = min(n, p + w // 2)
        cur = _disp_width(text[p:e])
        while cur < w - 1 and e < n:
            step = max(1, (w - cur) // 2)
            e2 = min(n, e + step)
            cur += _disp_width(text[e:e2])
            e = e2
        if e < n:
            # do not split an ASCII word (46/152, 2006, A/61/179)
            if text[e] in _ASCII_WORD and text[e - 1] in _ASCII_WORD:
                b = e
                while b > p and text[b - 1] in _ASCII_WORD:
                    b -= 1
                if b > p + 4:
                    e = b
                else:
                    while e < n and text[e] in _ASCII_WORD:
                        e += 1
            if e < n and text[e] in _NO_LINE_START:
                e += 1
        out.append((p, e))
        p = e
        w = width
    return out


def wrap_words(text: str, width: int) -> list[str]:
    """Greedy word wrap (fast: one rfind per line)."""
    lines = []
    p = 0
    n = len(text)
    while n - p > width:
        cut = text.rfind(" ", p, p + width + 1)
        if cut <= p:
            cut = text.find(" ", p + width)
            if cut < 0:
                break
        lines.append(text[p:cut])
        p = cut + 1
    lines.append(text[p:])
    return lines


def inline_marker(parts: list[str], n: int, rng: random.Random) -> str:
    """A footnote number as pdftotext leaves it: glued to the word before it,
    or set off by spaces after a digit (and now and then anyway)."""
    prev = parts[-1][-1:] if parts else ""
    if prev.isdigit() or rng.random() < 0.15:
        return f" {n} "
    return str(n)


def flatten(segs: list) -> tuple[str, list[tuple[int, int]]]:
    """Join text segments; return text and (offset, footnote number) list."""
    parts = []
    marks = []
    pos = 0
    for s in segs:
        if isinstance(s, int):
            marks.append((pos, s))
        else:
            parts.append(s)
            pos += len(s)
    return "".join(parts), marks


# ---------------------------------------------------------------------------
# Renderers
# ---------------------------------------------------------------------------

class ZhPdfRenderer:
    """PDF-converted Chinese: blank line between lines, marker lines, footnote
    bodies under a run of spaces."""

    def __init__(self, rng: random.Random, doc: Doc, refs: Refs):
        self.rng, self.doc, self.refs = rng, doc, refs
        self.width = rng.choice([72, 72, 74, 76])
        self.sep = " " * rng.choice([59, 59, 59, 197])
        self.out: list[str] = []
        self.pending: list[int] = []
        self.emitted: set[int] = set()
        self.page_lines = 0
        self.page_len = rng.randint(24, 34)
        self.after_page = False
        self.sp = " " if rng.random() < 0.93 else ""

    def zdate(self, y, m, d):
        s = self.sp
        return f"{y}{s}年{s}{m}{s}月{s}{d}{s}日"

    def mark(self, n: int) -> str:
        if n not in self.emitted and n not in self.pending:
            self.pending.append(n)
        return "\n" + str(n) + "\n" if self.rng.random() < 0.7 else "\n\n" + str(n) + "\n "

    def para(self, p: Para) -> None:
        text, marks = flatten(p.segs)
        prefix = ((p.num + " " if p.kind == "sub" else p.num + ". ") if p.num else "") + p.lead
        text = prefix + text
        marks = [(o + len(prefix), n) for o, n in marks]
        cuts = wrap_cjk(text, self.width, self.width - 4)
        lines = []
        mi = 0
        for a, b in cuts:
            if mi < len(marks) and marks[mi][0] <= b:
                pieces = []
                q = a
                while mi < len(marks) and marks[mi][0] <= b:
                    o, n = marks[mi]
                    pieces.append(text[q:o])
                    pieces.append(self.mark(n))
                    q = o
                    mi += 1
                pieces.append(text[q:b])
                lines.append("".join(pieces))
            else:
                lines.append(text[a:b])
        while mi < len(marks):
            lines[-1] += self.mark(marks[mi][1]) + "  "
            mi += 1
        lead = "  " if self.after_page else " "
        self.after_page = False
        self.out.append(lead + "\n\n".join(lines) + " \n\n")
        self.page_lines += len(lines)
        if self.page_lines >= self.page_len and self.pending:
            self.footnote_block()
        elif self.page_lines >= self.page_len + 12:
            self.page_lines = 0

    def footnote_block(self) -> None:
        if not self.pending:
            return
        out = self.out
        if out and out[-1].endswith("\n\n"):
            out[-1] = out[-1][:-1]
        bodies = []
        for n in self.pending:
            body = self.doc.footnotes[n]
            cuts = wrap_cjk(body, self.width + 8)
            bodies.append(f"{n}\n " + "\n\n".join(body[a:b] for a, b in cuts) + " ")
            self.emitted.add(n)
        out.append(self.sep + "\n" + "\n\n".join(bodies) + "\n")
        self.pending = []
        self.page_lines = 0
        self.page_len = self.rng.randint(24, 34)
        self.after_page = True

    def render(self) -> str:
        rng = self.rng
        m = self.doc.meta
        out = self.out
        if m["kind"] == "ga":
            if m["committee"] and rng.random() < 0.85:
                out.append(f" [根据{m['committee']}的报告({m['report']})通过] \n\n")
            elif rng.random() < 0.5:
                out.append(f" [未经发交主要委员会而通过({self.refs.symbol().split('/')[0]}/{self.refs.session}/L.{rng.randint(1, 70)})] \n\n")
            title = f"{m['number']}. {m['title']}"
            cuts = wrap_cjk(title, 56)
            out.append("\n".join(title[a:b] for a, b in cuts) + " \n\n")
            out.append(" 大会， \n\n")
        else:
            y, mo, d = m["date"]
            out.append(f"第 {m['number']}（{m['year']}）号决议 \n\n")
            out.append(f" {self.zdate(y, mo, d)}安全理事会第 {m['meeting']} 次会议通过 \n\n")
            out.append(" 安全理事会， \n\n")
        for p in self.doc.paras:
            self.para(p)
        if m["kind"] == "ga":
            y, mo, d = m["date"]
            closing = f"{self.zdate(y, mo, d)} \n" + ("\n" if rng.random() < 0.5 else "") + f"第 {m['meeting']} 次全体会议 \n "
            out.append(" \n\n" + closing)
        if self.pending:
            out.append("\n")
            self.footnote_block()
        return "".join(out)


class ZhMdRenderer:
    """Markdown-like conversion: ## headings, **lead verbs**, <sup>n</sup>."""

    def __init__(self, rng, doc, refs):
        self.rng, self.doc, self.refs = rng, doc, refs

    def render(self) -> str:
        rng = self.rng
        m = self.doc.meta
        R = self.refs
        out = ["\n\n\n\n## 大会\n\n"]
        y, mo, d = m["date"]
        iy, imo = (y + 1, rng.randint(1, 4)) if mo == 12 else (y, mo + 1)
        out.append(f"Distr.: General  \n{rng.randint(1, 28)} {EN_MONTHS[imo - 1]} {iy}\n\n")
        out.append(f"## 第{zh_numeral(R.session)}届会议\n\n议程项目 {rng.randint(10, 140)}\n\n## 大会决议\n\n")
        if m["committee"]:
            out.append(f"[根据{m['committee']}的报告({m['report']})通过]\n\n")
        out.append(f"## {m['number']}. {m['title']}\n\n大会，\n\n")
        pending: list[int] = []
        emitted: set[int] = set()
        count = 0
        for p in self.doc.paras:
            text_parts = []
            for s in p.segs:
                if isinstance(s, int):
                    text_parts.append(f"<sup>{s}</sup>")
                    if s not in emitted and s not in pending:
                        pending.append(s)
                else:
                    text_parts.append(s)
            lead = f"**{p.lead}**" if p.lead else ""
            num = f"{p.num}. " if p.kind == "op" else (f"{p.num} " if p.num else "")
            out.append(num + lead + "".join(text_parts) + "\n\n")
            count += 1
            if pending and (count >= 8 or rng.random() < 0.1):
                if rng.random() < 0.3:
                    out.append("---\n\n")
                for n in pending:
                    out.append(f"<sup>{n}</sup> {self.doc.footnotes[n]}\n\n")
                    emitted.add(n)
                out.append("\n\n")
                pending = []
                count = 0
        for n in pending:
            out.append(f"<sup>{n}</sup> {self.doc.footnotes[n]}\n\n")
        s = " " if rng.random() < 0.9 else ""
        out.append(f"{y}{s}年{s}{mo}{s}月{s}{d}{s}日\n第 {m['meeting']} 次全体会议\n")
        return "".join(out)


class ZhReportRenderer:
    """Report of the Secretary-General: sections, inline footnote digits,
    ______ separators."""

    def __init__(self, rng, doc, refs):
        self.rng, self.doc, self.refs = rng, doc, refs
        self.width = rng.choice([74, 76, 78])

    def render(self) -> str:
        rng = self.rng
        m = self.doc.meta
        R = self.refs
        out = []
        job = R.job_number()
        if rng.random() < 0.7:
            out.append(f"{m['symbol']} \n\n大  会 \nDistr.: General \n{rng.randint(1, 28)} {rng.choice(EN_MONTHS[5:9])} {R.year} \nChinese \nOriginal: English \n\n")
            out.append(f"第{zh_numeral(R.session)}届会议 \n临时议程* 项目 {m['item']} \n预防犯罪和刑事司法 \n\n")
            out.append(f" {m['title']} \n\n 秘书长的报告 \n\n")
        pending: list[int] = []
        emitted: set[int] = set()
        lines_on_page = 0
        page_len = rng.randint(30, 42)
        page = 1

        def block():
            nonlocal pending, lines_on_page, page_len, page
            if pending:
                out.append("__________________ \n\n" + "".join(f" {n} {self.doc.footnotes[n]} \n" for n in pending) + " ")
                emitted.update(pending)
            page += 1
            if rng.random() < 0.5:
                out.append(f"\n{job} {page} \n{m['symbol']} \n\n")
            pending = []
            lines_on_page = 0
            page_len = rng.randint(30, 42)

        for p in self.doc.paras:
            if p.kind == "section":
                out.append(f"{zh_numeral(int(p.num))}. {p.segs[0]} \n \n")
                continue
            if p.kind == "subsection":
                out.append(f"{p.num}. {p.segs[0]} \n\n \n")
                continue
            parts = []
            for s in p.segs:
                if isinstance(s, int):
                    parts.append(inline_marker(parts, s, rng))
                    if s not in emitted and s not in pending:
                        pending.append(s)
                else:
                    parts.append(s)
            if p.kind == "summary":
                text = "".join(parts)
                cuts = wrap_cjk(text, self.width - 4, self.width - 8)
                out.append("  摘要 \n " + "\n\n".join(text[a:b] for a, b in cuts) + " \n\n \n\n")
                if rng.random() < 0.6:
                    out.append(f"__________________ \n\n * A/{R.session}/{rng.randint(50, 200)}。 \n")
                continue
            text = f"{p.num}. " + "".join(parts)
            cuts = wrap_cjk(text, self.width)
            joiner = "\n\n" if rng.random() < 0.85 else "\n"
            out.append(joiner.join(text[a:b] for a, b in cuts) + " \n\n")
            lines_on_page += len(cuts)
            if lines_on_page >= page_len:
                block()
        if pending:
            block()
        return "".join(out)


class EnMdRenderer:
    """GA 80th-session conversion: unwrapped paragraphs, [^n]: footnotes."""

    def __init__(self, rng, doc, refs):
        self.rng, self.doc, self.refs = rng, doc, refs

    def render(self) -> str:
        rng = self.rng
        m = self.doc.meta
        R = self.refs
        y, mo, d = m["date"]
        out = []
        caret = rng.random() < 0.35
        if m["kind"] == "ga":
            out.append(f"United Nations\n\nGeneral Assembly Distr.: General {min(28, d + rng.randint(1, 5))} {EN_MONTHS[mo - 1]} {y}\n\n")
            out.append(f"{en_ordinal_word(R.session).capitalize()} session Agenda item {m['item']} {rng.choice(EN_TOPICS)}\n\n")
            out.append(f"Resolution adopted by the General Assembly on {d} {EN_MONTHS[mo - 1]} {y}\n\n")
            if m["committee"]:
                out.append(f"[on the report of the {m['committee']} ({m['report']}" + (f", para. {rng.randint(5, 40)})]\n\n" if rng.random() < 0.5 else ")]\n\n"))
            else:
                out.append(f"[without reference to a Main Committee (A/{R.session}/L.{rng.randint(1, 70)})]\n\n")
            out.append(f"{m['number']}. {m['title']}\n\n")
            out.append("The General Assembly,\n\n")
        else:
            out.append(f"United Nations S/RES/{m['number']} ({m['year']})\n\nSecurity Council Distr.: General\n\n{d} {EN_MONTHS[mo - 1]} {y}\n\n\n")
            out.append(f"Resolution {m['number']} ({m['year']})\n\nAdopted by the Security Council at its {en_ordinal(m['meeting'])} meeting, on {d} {EN_MONTHS[mo - 1]} {y}\n\n")
            out.append("The Security Council,\n\n")
        sub_letters = rng.random() < 0.6
        for p in self.doc.paras:
            parts = []
            for s in p.segs:
                if isinstance(s, int):
                    if caret:
                        parts.append(f"[^{s}]")
                    else:
                        parts.append(inline_marker(parts, s, rng))
                else:
                    parts.append(s)
            body = "".join(parts)
            if p.kind == "op":
                t = f"{p.num}. {p.lead} {body}"
            elif p.kind == "sub":
                t = (f"{p.num} " if sub_letters else "") + body
            else:
                t = (f"{p.lead} {body}" if body else p.lead) if p.lead else body
            if len(t) > 300 and rng.random() < 0.08:
                cut = t.find(" ", len(t) // 2)
                if cut > 0:
                    t = t[:cut] + "\n\n" + t[cut + 1:]
            out.append(t + "\n\n")
        if m["kind"] == "ga":
            out.append(f"{en_ordinal(m['meeting'])} plenary meeting {d} {EN_MONTHS[mo - 1]} {y}\n\n")
        if self.doc.footnotes:
            out.append("---\n\n")
            out.append("\n\n".join(f"[^{n}]: {b}" for n, b in self.doc.footnotes.items()))
        return "".join(out)


class EnWrappedRenderer:
    """pdftotext-like (width ~86, page footers, footnotes under ______) or old
    Security Council print (width ~60, no footnotes)."""

    def __init__(self, rng, doc, refs, old_sc: bool):
        self.rng, self.doc, self.refs = rng, doc, refs
        self.old = old_sc
        self.width = rng.randint(58, 64) if old_sc else rng.randint(82, 88)

    def render(self) -> str:
        rng = self.rng
        m = self.doc.meta
        R = self.refs
        out: list[str] = []
        W = self.width
        job = R.job_number()
        if m["kind"] == "report":
            sym = m["symbol"]
            out.append(f"United Nations {sym}\n\nGeneral Assembly Distr.: General\n{rng.randint(1, 28)} {rng.choice(EN_MONTHS[5:9])} {R.year}\n\nOriginal: English\n\n")
            out.append(f"{en_ordinal_word(R.session).capitalize()} session\nItem {m['item']} of the provisional agenda*\nCrime prevention and criminal justice\n\n")
            out.append("\n".join(wrap_words(m["title"], W)) + "\n\nReport of the Secretary-General\n\n")
        elif m["kind"] == "ga":
            y, mo, d = m["date"]
            sym = f"A/RES/{m['number']}"
            out.append(f"United Nations {sym}\n\nGeneral Assembly Distr.: General\n{min(28, d + rng.randint(1, 9))} {EN_MONTHS[mo % 12]} {y if mo < 12 else y + 1}\n\n")
            out.append(f"{en_ordinal_word(R.session).capitalize()} session\nAgenda item {m['item']}\n\n")
            out.append(f"Resolution adopted by the General Assembly on {d} {EN_MONTHS[mo - 1]} {y}\n\n")
            if m["committee"]:
                out.append(f"[on the report of the {m['committee']} ({m['report']})]\n\n")
            out.append("\n".join(wrap_words(f"{m['number']}. {m['title']}", W)) + "\n\n\n")
            out.append("The General Assembly,\n\n")
        else:
            y, mo, d = m["date"]
            sym = f"S/RES/{m['number']} ({m['year']})"
            if self.old:
                out.append(f"Resolution {m['number']} ({m['year']})\nof {d} {EN_MONTHS[mo - 1]} {y}\n\n")
            else:
                out.append(f"United Nations {sym}\n\nSecurity Council Distr.: General\n{d} {EN_MONTHS[mo - 1]} {y}\n\n\n")
                out.append(f"Resolution {m['number']} ({m['year']})\n\nAdopted by the Security Council at its {en_ordinal(m['meeting'])} meeting,\non {d} {EN_MONTHS[mo - 1]} {y}\n\n")
            out.append("The Security Council,\n\n")

        pending: list[int] = []
        emitted: set[int] = set()
        lines_on_page = 0
        page_len = rng.randint(38, 48)
        page = 1

        def page_break():
            nonlocal pending, lines_on_page, page_len, page
            if self.old:
                lines_on_page = 0
                return
            if pending:
                fn = []
                for n in pending:
                    fn.extend(wrap_words(f"{n} {self.doc.footnotes[n]}", W))
                    emitted.add(n)
                out.append("__________________\n" + "\n".join(fn) + "\n\n")
            page += 1
            out.append(f"{job} {page}/\x00\n\n" if rng.random() < 0.5 else f"{job}\n{sym}\n\n")
            if rng.random() < 0.5:
                out.append(f"{sym}\n\n")
            pending = []
            lines_on_page = 0
            page_len = rng.randint(38, 48)

        for p in self.doc.paras:
            if p.kind == "section":
                out.append(f"{ROMAN[int(p.num)]}. {p.segs[0]}\n\n")
                continue
            if p.kind == "subsection":
                out.append(f"{p.num}. {p.segs[0]}\n\n")
                continue
            parts = []
            for s in p.segs:
                if isinstance(s, int):
                    if self.old:
                        continue
                    parts.append(inline_marker(parts, s, rng))
                    if s not in emitted and s not in pending:
                        pending.append(s)
                else:
                    parts.append(s)
            body = "".join(parts)
            if p.kind == "op":
                t = f"{p.num}. {p.lead} {body}"
            elif p.kind == "sub":
                t = f"{p.num} {body}"
            elif p.kind == "summary":
                t = "Summary\n" + body
            elif p.kind == "body":
                t = f"{p.num}. {body}"
            else:
                t = (f"{p.lead} {body}" if body else p.lead) if p.lead else body
            lines = wrap_words(t, W)
            out.append("\n".join(lines) + "\n\n")
            lines_on_page += len(lines) + 1
            if lines_on_page >= page_len:
                page_break()
        if m["kind"] == "ga":
            y, mo, d = m["date"]
            out.append(f"{en_ordinal(m['meeting'])} plenary meeting\n{d} {EN_MONTHS[mo - 1]} {y}\n")
        elif m["kind"] == "sc" and self.old:
            r = rng.random()
            if r < 0.5:
                out.append(f"Adopted unanimously at the\n{en_ordinal(m['meeting'])} meeting.\n")
            else:
                yes = rng.randint(9, 14)
                out.append(f"Adopted at the {en_ordinal(m['meeting'])} meeting by {yes}\nvotes to none, with {15 - yes} abstentions.\n")
        if pending:
            out.append("\n")
            page_break()
        return "".join(out).replace("\x00", str(page))


# ---------------------------------------------------------------------------
# Corpus generation
# ---------------------------------------------------------------------------

def doc_plan(rng: random.Random, lang: str) -> tuple[str, str, int, int]:
    """(kind, style, target bytes, year) for one document."""
    r = rng.random()
    if lang == "zh":
        if r < 0.62:
            kind, style = "ga", ("pdf" if rng.random() < 0.75 else "md")
            lo, hi = 5_800, 40_000
            year = rng.randint(2000, 2024)
        elif r < 0.80:
            kind, style = "sc", "pdf"
            lo, hi = 5_800, 20_000
            year = rng.randint(1990, 2024)
        else:
            kind, style = "report", "report"
            lo, hi = 15_000, 54_000
            year = rng.randint(2003, 2024)
    else:
        if r < 0.55:
            kind, style = "ga", ("md" if rng.random() < 0.5 else "pdf")
            lo, hi = 5_600, 40_000
            year = rng.randint(1995, 2025)
        elif r < 0.80:
            kind = "sc"
            year = rng.randint(1960, 2025)
            style = "sc_old" if year < 1995 and rng.random() < 0.8 else rng.choice(["pdf", "md"])
            lo, hi = 5_600, 20_000
        else:
            kind, style = "report", "pdf"
            lo, hi = 15_000, 54_000
            year = rng.randint(2003, 2025)
    # log-uniform size between lo and hi
    target = int(lo * (hi / lo) ** rng.random())
    return kind, style, target, year


def generate_doc(lang: str, seed: int, index: int, filler: list[str]) -> str:
    rng = random.Random(f"xref-bench:{lang}:{seed}:{index}")
    kind, style, target, year = doc_plan(rng, lang)
    if lang == "zh":
        w = ZhWriter(rng, filler, year)
        chars = int(target / 3.4)  # UTF-8 bytes per char incl. layout
    else:
        w = EnWriter(rng, filler, year)
        chars = int(target / 1.08)
    doc = w.build(kind, chars)
    if lang == "zh":
        if style == "pdf":
            r = ZhPdfRenderer(rng, doc, w.refs)
        elif style == "md":
            r = ZhMdRenderer(rng, doc, w.refs)
        else:
            r = ZhReportRenderer(rng, doc, w.refs)
    else:
        if style == "md":
            r = EnMdRenderer(rng, doc, w.refs)
        else:
            r = EnWrappedRenderer(rng, doc, w.refs, old_sc=(style == "sc_old"))
    return r.render()


def _worker(args):
    lang, seed, start, stop, out_dir, filler = args
    sizes = []
    dens = 0
    pat = DENSITY_PATTERNS[lang]
    for i in range(start, stop):
        text = generate_doc(lang, seed, i, filler)
        data = text.encode("utf-8")
        with open(os.path.join(out_dir, f"{lang}-{i:06d}.txt"), "wb") as f:
            f.write(data)
        sizes.append(len(data))
        dens += len(pat.findall(text))
    return sizes, dens


def density(paths: list[str], lang: str) -> tuple[int, int, float]:
    """(bytes, pattern hits, hits per KiB) over .txt files under paths."""
    pat = DENSITY_PATTERNS[lang]
    total = hits = 0
    for p in paths:
        pp = Path(p)
        files = sorted(pp.rglob("*.txt")) if pp.is_dir() else [pp]
        for f in files:
            b = f.read_bytes()
            total += len(b)
            hits += len(pat.findall(b.decode("utf-8", errors="replace")))
    return total, hits, (hits / (total / 1024) if total else 0.0)


def prepare_out_dir(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    foreign = [p.name for p in out.iterdir() if not FILE_RE.match(p.name)]
    if foreign:
        sys.exit(f"error: {out} holds files this script did not write ({', '.join(sorted(foreign)[:3])} ...); "
                 "choose an empty or generated directory")
    for p in out.iterdir():
        p.unlink()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lang", choices=["zh", "en"], required=True)
    ap.add_argument("--size-mb", type=float, default=100.0,
                    help="total size to generate, in MB (10^6 bytes); default 100")
    ap.add_argument("--out", help="output directory (default /tmp/xref-bench/<lang>); "
                                   "emptied of earlier generated files first")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--jobs", type=int, default=1,
                    help="worker processes (output is identical for any value); default 1")
    ap.add_argument("--filler", nargs="*", default=[], metavar="PATH",
                    help="also draw prose clauses from these real texts (files or dirs); "
                         "changes the output, so keep it fixed when comparing runs")
    ap.add_argument("--compare", nargs="*", default=[], metavar="PATH",
                    help="also print the reference density of these real texts")
    args = ap.parse_args(argv)

    out = Path(args.out or f"/tmp/xref-bench/{args.lang}")
    prepare_out_dir(out)
    filler = harvest_filler(args.filler, args.lang) if args.filler else []
    target = int(args.size_mb * MB)

    t0 = time.perf_counter()
    total = 0
    hits = 0
    nfiles = 0
    batch = 64
    if args.jobs > 1:
        import multiprocessing as mp
        ctx = mp.get_context("fork") if hasattr(os, "fork") else mp.get_context()
        with ctx.Pool(args.jobs) as pool:
            start = 0
            done = False
            while not done:
                # a round of batches; stop at the first file that crosses the target
                tasks = [(args.lang, args.seed, start + k * batch, start + (k + 1) * batch, str(out), filler)
                         for k in range(args.jobs * 2)]
                for sizes, d in pool.imap(_worker, tasks):
                    if done:
                        continue
                    for s in sizes:
                        if total >= target:
                            done = True
                            break
                        total += s
                        nfiles += 1
                    if not done:
                        hits += d
                start += batch * args.jobs * 2
        # remove files beyond the cut and recount density exactly
        for p in out.iterdir():
            if int(p.name[3:9]) >= nfiles:
                p.unlink()
        total, hits, _ = density([str(out)], args.lang)
    else:
        pat = DENSITY_PATTERNS[args.lang]
        while total < target:
            text = generate_doc(args.lang, args.seed, nfiles, filler)
            data = text.encode("utf-8")
            (out / f"{args.lang}-{nfiles:06d}.txt").write_bytes(data)
            total += len(data)
            hits += len(pat.findall(text))
            nfiles += 1
    dt = time.perf_counter() - t0

    sizes = sorted(p.stat().st_size for p in out.iterdir())
    print(f"lang={args.lang} seed={args.seed} out={out}")
    print(f"files={nfiles} bytes={total:,} ({total / MB:.1f} MB) "
          f"file size min/median/max = {sizes[0] / 1000:.1f}/{sizes[len(sizes) // 2] / 1000:.1f}/{sizes[-1] / 1000:.1f} KB")
    print(f"generated in {dt:.1f} s ({total / MB / dt:.1f} MB/s, jobs={args.jobs})")
    pat_s = DENSITY_PATTERNS[args.lang].pattern
    print(f"reference density /{pat_s}/: {hits / (total / 1024):.2f} per KiB (output)")
    for p in args.compare:
        b, _h, d = density([p], args.lang)
        print(f"reference density /{pat_s}/: {d:.2f} per KiB ({p}, {b:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
