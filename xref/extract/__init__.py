"""Find references in a normalised document using its language's pattern table."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import replace
from functools import cache
from pathlib import Path
from unicodedata import east_asian_width

import regex

from .._gc import gc_paused
from ..models import DocMeta, DocResult, Document, Mention, Normalised, Paragraph
from ..normalise import (
    CONTINUED_MARK,
    PART_HEAD,
    TEXT_HEADING_ZH,
    _is_job_line,
    _numbered,
    fold_width,
    normalise,
    undo_ocr,
)
from ..resolve import (
    BODY_PREFIX,
    COMMISSIONS,
    RANGE_WORDS,
    SERIES_BODY,
    SUFFIX,
    SUFFIX_KINDS,
    SYMBOL,
    SYMBOL_ROOTS,
    Num,
    canonical_symbol,
    compatible,
    concrete,
    find_symbols,
    ga_numbering,
    make_id,
    parse_number,
    sc_number_fits,
    session_year_fits,
    symbol_target,
)
from .instruments import find_instruments
from .lang import TABLES
from .table import LangTable

__all__ = ["Compiled", "compiled", "extract_document", "extract_text"]

_NUMBER_IN_ITEM = regex.compile(
    r"(?:19|20)\d\d\s*/\s*S\s*-\s*\d{1,2}\s*/\s*\d{1,3}"
    r"|(?:(?:S|ES)\s*-\s*)?\d{1,4}\s*/\s*\d{1,4}(?:\s?(?P<l>[A-Z])(?P=l)?(?![A-Za-z/\d]))?"
    r"|\d{1,4}\s*(?:[A-Z]\s*)?[(（]\s*(?:19[4-9]\d|20\d\d)\s*[)）]"
    r"|(?:\d \d{3}|\d{1,4})\s*(?:[A-Z](?:\s*(?:to|and|,|[-–]|至|和|、|，)\s*[A-Z](?![A-Za-z]))*\s*)?[(（]\s*(?:(?:S|ES)\s*-\s*)?"
    r"(?:[IVXL]{1,8}|(?<=-\s*)\d{1,2})\s*[)）]"
    r"|(?<![\d年月日])\d{1,4}(?![\d/年月日]|\s*(?:年|月|日|\s+(?:January|February|March|April|"
    r"May|June|July|August|September|October|November|December)|\s+[A-Z][a-z]{1,6}-\s*[a-z]))"
)
_ANY_DATE = regex.compile(
    r"(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{1,2}\s+(?:January|February|March|April|"
    r"May|June|July|August|September|October|November|December)\s+(?:19|20)\d\d"
)
_WS = regex.compile(r"\s+")
_OWN_NUMBERING = frozenset(("HRC", "CND", "CCPCJ", "COP", "COSP", "CSW", "CSOCD", "CPD", "STAT",
                            "CSTD", "CSD"))
_NO_BREAK = regex.compile(r"[^，。；、,;\s]{0,8}")
_ESTABLISHING = frozenset(("设立", "設立", "成立", "建立", "设置", "設置"))
# "…, and in its resolution", "and recalled its own resolution 10/11": the text's own body again.
_AND_ITS = regex.compile(r"(?:,\s*and\s+(?:in\s+)?its\b|\band\s+(?:[a-z]+\s+){0,4}its\s+own\s+(?=resolutions?\b|decisions?\b)|，\s*(?:以及|並且|并且|并|並|和|及)[^，。；“”]{0,6}?其(?![他後后中余餘次实實]))")
# "…委员会第三十三届会议的工作，并注意到其在该届会议上通过的第 33/1 号决议": 其 is whose session that was.
_THAT_SESSION = regex.compile(r"\s*(?:在|于)?\s*(?:该|該|这|這)(?:届|屆)(?:会议|會議)")
_SESSION_ZH = regex.compile(r"第[一二三四五六七八九十百零〇\d]{1,6}(?:届|屆)")


_ZH_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_BODY_SESSION_ZH = regex.compile(r"\s*第(?P<n>[一二三四五六七八九十]{1,4})(?:届|屆)(?:会议|會議)")


def _zh_ordinal(s: str) -> int:
    """"三十五" -> 35, "十二" -> 12, "九" -> 9 (0 if not a number below 100)."""
    if not s or any(ch not in _ZH_DIGITS and ch != "十" for ch in s) or s.count("十") > 1:
        return 0
    if "十" not in s:
        return _ZH_DIGITS[s] if len(s) == 1 else 0
    tens, _, ones = s.partition("十")
    if len(tens) > 1 or len(ones) > 1:
        return 0
    return (_ZH_DIGITS[tens] if tens else 1) * 10 + (_ZH_DIGITS[ones] if ones else 0)


def _commission_of_its_session_zh(d: _Doc, n: Num, lead: int, para: Paragraph | None) -> str:
    """The commission named, in this paragraph or the one before, with the session the number is of:
    "预防犯罪和刑事司法委员会第三十五届会议于…举行。委员会建议…转交大会通过，并通过了第 35/1 至 35/3 号决议"
    (not where a body is named right before the number: "大会第 35/1 号")."""
    if para is None or n.form != "xy" or not n.a.isdecimal() or int(n.a) >= 100:
        return ""
    lo = d.main_paragraph_before(para.start)
    if "届" not in d.text[lo:lead] and "屆" not in d.text[lo:lead]:
        return ""
    named = d.bodies_before(lead, lo)
    if (named and lead - named[0][1] <= 3) or "其" in d.text[max(0, lead - 3):lead]:
        return ""  # "大会第 35/1 号", "并注意到其第 33/1 号决议": the body said
    for b_start, b_end, code in named:
        if code in COMMISSIONS and (sm := _BODY_SESSION_ZH.match(d.text, b_end)) is not None \
                and _zh_ordinal(sm["n"]) == int(n.a):
            return code
    return ""


def _session_of(d: _Doc, body_end: int, its_at: int) -> bool:
    """Whether the last session named in ``[body_end, its_at)`` is the body's named just before it."""
    last = None
    for last in _SESSION_ZH.finditer(d.text, body_end, its_at):
        pass
    return last is not None and last.start() - body_end <= 2


# (Not "其在该届会议上通过的": whose session "that session" was decides, see _THAT_SESSION.)
_ITS_ADOPTED = regex.compile(
    r"(?!\s*(?:在|于|於)?\s*(?:该|該|这|這)(?:届|屆))\s*[^，。；“”第]{0,30}?(?:第[^，。；“”]{1,8}?(?:会议|會議)上?\s*)?"
    r"(?:通过|通過|核可|核准|作出)的")
_AND_ITS_ZH = regex.compile(r"[，,]\s*(?:以及|并|並|和|及)其")
# "the Conference of the Parties …, in its resolutions 10/4 …, and in its decision 11/1": "its"
# already stood for the body named, so the second one does too.
# The body a clause asks to act, and the "its" of that clause: "Invites the Commission … to
# contribute … with its own decision 2025/101".
# The verbs that ask a body to act: "Invites the …", "Requests also the …".
_ASKING = r"\b(?:[Ii]nvit(?:es|ing)|[Rr]equest(?:s|ing)|[Ee]ncourag(?:es|ing)|[Cc]all(?:s|ing)\s+upon|[Uu]rg(?:es|ing))\s+(?:also\s+)?the\s+"
_ADDRESSED_TO = regex.compile(_ASKING + r"\Z")
_VERB_ITS_ZH = regex.compile(r"[，,；;]\s*(?:又|并|並|还|還|并且|並且)\s*(?:回顾|回顧|重申|注意到|欢迎|歡迎)其\s*"
                          r"(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*)?第\s*\Z")
_AND_VERB_ITS = regex.compile(r",\s*and\s+(?:also\s+|further\s+)?(?!its\b)[a-z]{3,}(?:ed|s)\s+its\s+"
                           r"(?:own\s+)?(?:resolutions?|decisions?)\s+\Z")
# The body that opens a sentence, then its verb: "the Council took note of", "the Assembly decided".
_VERB_AFTER = regex.compile(r"\s+(?:also\s+|further\s+)?(?!of\b|and\b|at\b|on\b|in\b|for\b|to\b|with\b|by\b|"
                            r"resolutions?\b|decisions?\b|that\b|which\b|as\b|under\b)[a-z]{3,}\b")
_AND_THE = regex.compile(r",?\s+and\s+(?:also\s+)?the\s+\Z")
_TO_ACT = regex.compile(r"(?:\s*,[^,;]{1,60},)?\s+to\s+[a-z]")
# "…, and recalls its resolution 2015/6": the text's own verb again, and its own "its".
_OWN_VERB_AFTER = regex.compile(r",\s*and\s+(?:also\s+|further\s+)?(?!its\b|to\b|with\b)[a-z]+s\s")
_WORD_AND_NUMBER = regex.compile(r"\s+(?:resolutions?|decisions?)\s+(?:E?S-)?\d")
_ANOTHER_ORGANS_ACT = regex.compile(r"\b[A-Z][\w-]*\s+\Z")  # a name's last word, capitalized, right before "Decision No."
_COMMISSION_SYMBOL = regex.compile(r"\bE/CN\.(\d{1,2})/(?!SUB\.)")
_SECRETARIAT_OF = regex.compile(r"\bsecretariats?\s+of\s+(?:the\s+)?\Z")
_ITS_OWN_RIGHT_BEFORE = regex.compile(r"\bits\s+own\s+(?:resolutions?|decisions?)\s+\Z")
_ITS_RIGHT_BEFORE = regex.compile(r"\bits\s+(?:own\s+)?(?:resolutions?|decisions?)\s+\Z")
_ITS_BEFORE = regex.compile(r"\bits\s+(?:resolutions?|decisions?)\b|其[^，。；]{0,20}?第\s*\d")
# A title quoted inside a list: "entitled “Transforming our world: the 2030 Agenda …”".
_QUOTED = regex.compile(r"[“\"][^”\"\n]{1,200}[”\"]")
_DAY_MONTH = regex.compile(r"\s+of\s+(?P<d>\d{1,2})\s+(?P<mon>[A-Z][a-z]+)\b(?!\s+(?:19|20)\d\d)")
_BULLET = regex.compile(r"\s*[-–—•·]\s+")
_DIGITS = regex.compile(r"\d+")
_SUFFIX_MORE = regex.compile(rf"\s*(and|和|及|-|,|{RANGE_WORDS})\s*(?:(?:{SUFFIX_KINDS})\.\s*)?(\d+)")
# "A/79/125/Add.1-3": addenda 2 and 3 printed after the symbol.
_SERIES_PART = regex.compile(r"/(?:NGO|INF|CRP|WP|MISC)/\Z")
_YEAR_PART = regex.compile(r"/(?:19|20)\d\d/\Z")
_INLINE_RANGE = regex.compile(r"\s*[-–]\s*(?P<n>\d{1,4})(?![\d/A-Za-z])")
_LAST_SUFFIX = regex.compile(r"^(?P<base>.*/(?:ADD|CORR|REV|AMEND)\.)(?P<n>\d+)$")
_LAST_PART = regex.compile(r"^(?P<base>.*/(?P<dot>[A-Z]{1,5}\.)?)(?P<n>\d+)$")
_DOT_RANGE = regex.compile(rf"\s*(?:{RANGE_WORDS}|[-–])\s*(?P<k>[A-Za-z]{{1,5}})\.\s*(?P<n>\d{{1,3}})(?![\d/A-Za-z]|\.\d)")
# "（CAC/COSP/WG.2/2025/2 和 3）": the next document of the series, its number alone, in brackets.
_MORE_NUMBERS = regex.compile(r"(?:\s*(?:,|and|和|及|、)\s*\d{1,4}(?:\s*[-–]\s*\d{1,4})?)+(?=\s*[)）])")
_NUMBER_OR_RANGE = regex.compile(r"(\d{1,4})(?:\s*[-–]\s*(\d{1,4}))?")
_AND_NEXT = regex.compile(r"(?:\s*[、,，]\s*\d{1,3}){0,4}\s*(?:和|及|and)\s*(?P<n>\d{1,3})(?=\s*[)）])")
_DATE_NEXT = regex.compile(r"\s*(?:January|February|March|April|May|June|July|August|September|October|November|"
                           r"December|日|月|号|號)")
_SLASH_RANGE = regex.compile(rf"\s*(?:{RANGE_WORDS})\s*(?P<k>[A-Z]{{2,5}})/(?P<n>\d{{1,3}})(?![\d/A-Za-z.])")
_WORD_RANGE = regex.compile(rf"\s*(?:{RANGE_WORDS})\s*(?P<n>\d{{1,3}})(?![\d/A-Za-z.])")
_SUFFIX_PARTS = regex.compile(rf"({SUFFIX_KINDS})\.\s*(\d+)(.*)$", regex.DOTALL)
_NUMBER_THEN_YEAR = regex.compile(r"S/(\d{1,4})/(?:19|20)\d\d(?:/|$)")
_SYMBOL_TO = regex.compile(rf"\s*(?:{RANGE_WORDS})\s*")
# A clause between a body and a number: the body did not issue it.
_CLAUSE_BREAK = regex.compile(r"[，；;]|,\s+(?:and|or|but|while|as)\b|\b(?:and|or)\s*,")
_IN_ITS = regex.compile(r"\b(?:[Ii]n|[Bb]y|[Tt]hrough|[Uu]nder)\s+its\s+(?:resolutions?|decisions?)\s+$"
                        r"|在(?:其)?[^，。；第]{0,20}第\s*$")  # "在第 58/28 号决议中，人权理事会请…"
_SUBJECT_AFTER = regex.compile(r"(?:\s+of\s+\d{1,2}\s+[A-Z][a-z]+\s+(?:19|20)\d\d)?\s*,\s*(?:the\s+)?"
                               r"|\s*[号號]\s*(?:决议|決議|决定|決定)\s*中\s*[，,]\s*")
# "resolution 8914 of the Council of the League of Arab States", "resolution 48/141, by which
# the Assembly created the post": the issuer named after the number.
_OF_BODY = regex.compile(r"\s*,?\s*(?:adopted\s+)?(?:(?:by|in)\s+which|of|by)\s+(?:the\s+)?")
_THE_CONFERENCE_ITS = regex.compile(r"\bthe\s+Conference\s*,?\s+(?:in|by)\s+its\s+(?:resolutions?|decisions?)\s+\Z")
_BY_THE_CONFERENCE = regex.compile(r",?\s+(?:adopted\s+)?by\s+the\s+Conference\b(?!\s+of\b)")
_BARE_COMMISSION = regex.compile(r"Commission\b(?!\s+(?:on|for|of)\b|-)")
_BY_THE_COMMISSION = regex.compile(r"\b(?:by|of)\s+the\s+Commission\s+(?:\(\s*|in\s+(?:its\s+)?)?(?:resolutions?|decisions?)\s+\Z")
_ASKS_THE_COMMISSION = regex.compile(_ASKING + r"Commission\b(?!\s+(?:on|for|of)\b|-)")
# A Council volume's heading of a resolution, the bracket of its own symbol after it.
_COUNCIL_HEAD_BEFORE = regex.compile(r"(?:(?<![\d/])\d{1,4}\s*\((?:19|20)\d\d\)\.?\s+Resolution\s+of"
                                     r"|Resolution\s+\d{1,4}\s*\((?:19|20)\d\d\)\s+of)\s+\d{1,2}\s+"
                                     r"[A-Z][a-z]+\s+(?:19|20)\d\d\s*\[\Z"
                                     # "第 320 (1972) 号决议⏎1972 年 9 月 29 日⏎[S/10807]", "决 议 378 (1975)⏎1975 年
                                     # 10 月 23 日安全理事会第 1851 次会议通过⏎[S/11856]"
                                     r"|(?:第\s*\d{1,4}\s*[(（]\s*(?:19|20)\d\d\s*[)）]\s*[号號][决決][议議]"
                                     r"|[决決]\s*[议議]\s*\d{1,4}\s*[(（]\s*(?:19|20)\d\d\s*[)）])\s*"
                                     r"(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[^\[\]。]{0,30}\[\Z")
_BARE_CONFERENCE_ZH = regex.compile(r"(?:^|(?<=[在和及、，。；其]|依照|根据|按照|根據))(?:会议|會議)\s*第\s*\Z")
_BARE_CONFERENCE = regex.compile(r"(?<!\b[A-Z][\w-]*\s)\bConference\s+(?:resolutions?|decisions?)\s+\Z")
_AND_ONE_MORE_OF_THE = regex.compile(r"\s+and\s+[Rr]esolutions?\s+\d{1,4}\s*\((?:19|20)\d\d\)\s+of\s+the\s+")
_BELOW_ZH = regex.compile(r"下文\s*第?\s*\Z")
_MENTIONED_ABOVE = regex.compile(r"(?:上文(?:提及|提到|所述|所列)的?|上述|前述|上文)\s*第?\s*\Z"
                                 r"|\b(?:above-mentioned|aforementioned|abovementioned)\s+(?:resolutions?|decisions?)\s+\Z")
_SPACED_FIGURES = regex.compile(r"第\s*\d(?: \d){2,3}\s*[（(]")
_SPACED_FIGURE = regex.compile(r"(?<=第\s*\d(?: \d){0,2}) (?=\d)")
# "No. 12/51-POL", "No. 1/51-C" (the OIC's), "Framework Decision 2008/913/JHA" (the European Union's)
_OTHER_ORGANS_SUFFIX = regex.compile(r"-[A-Z]{1,5}\b(?!/)|/[A-Z]{2,5}\b(?![/.])")
_ADOPTED_END_ZH = regex.compile(r"通过|通過|[。；;]")
_KIND_WORD_ZH = regex.compile(r"\s*[号號]?\s*(?:决议|決議|决定|決定)?")
_ADOPTED_BY_ZH = regex.compile(r"\s*[，,]\s*(?:这|這|该|該)[两兩三四几幾]?[项項]?(?:决定|決定|决议|決議)\s*(?:分别|分別)?\s*(?:由|是)\s*")
_ADOPTED_BY_THE = regex.compile(
    r"(?:\s+and\s+(?:of\s+)?(?:resolutions?|decisions?)\s+\d{1,4}/\d{1,3}(?:\s*(?:,|and)\s*\d{1,4}/\d{1,3})*)?"
    r"\s*,\s*adopted\s+by\s+the\s+")
# A web page's heading of a text it prints: its symbol, a dash, its title.
_SYMBOL_TITLED = regex.compile(r"(?:\[\d{1,3}\])?(?P<sym>[A-Z][A-Z.\d]*/(?:[A-Z.\d]+/)*(?:RES|DEC)/[\w./()-]+)\s+[-–—]\s+\S")
_HEADED_SYMBOL = regex.compile(r"(?m)^[A-Z][A-Z.\d]*/(?:[A-Z.\d]+/)*(?:RES|DEC)/[\w./()-]+(?=[ \t]+[-–—][ \t]+[A-Z])")
_TITLE_AFTER = regex.compile(r"[ \t]+[-–—][ \t]+[A-Z]")
_INT_OF_DATE = regex.compile(r"\s+of\s+\d{1,2}\s+[A-Z][a-z]+\s+(?P<y>(?:19|20)\d\d)\b")
_COMMISSION_REPORT = regex.compile(r"E/20(?:0[5-9]|[1-9]\d)/(2[4-8]|30)(?:/ADD\.\d+)?")
_SUPPLEMENT_BODY = {"24": "STAT", "25": "CPD", "26": "CSOCD", "27": "CSW", "28": "CND", "30": "CCPCJ"}
_VOLUME_AT_END = regex.compile(r"(?<=\s)[A-Z]/\d{1,3}/49\s*\(\s*Vol\.\s*[IVX]+\s*\)\s*$")
_YEAR_IN_BRACKETS = regex.compile(r"\s*[（(]\s*((?:19|20)\d\d)\s*年\s*\d{1,2}\s*月")
_NUMBER_OF_THE = regex.compile(r"(?:\s+of\s+\d{1,2}\s+[A-Z][a-z]+\s+(?:19|20)\d\d)?\s+of\s+the\s+")
_OF_DATE = r"(?:\s+of\s+\d{1,2}\s+[A-Z][a-z]+\s+(?:19|20)\d\d)?"
_AND_OTHER_KIND_OF_THE = regex.compile(
    rf"{_OF_DATE},?\s+and\s+(?:its\s+)?(?:decisions?|resolutions?)\s+\d{{1,4}}/\d{{1,3}}{_OF_DATE}"
    rf"(?:(?:,\s*|,?\s+and\s+)\d{{1,4}}/\d{{1,3}}{_OF_DATE})*\s+of\s+the\s+")
# A table's caption, "表 2", "Table 1", and what ends its rows: a note, a source, a heading.
# "表 1", "Table 2", or "表" alone on its line, then the caption.
_TABLE_CAPTION = regex.compile(r"\s*(?:表|Table)\s*(?:\d{1,2}(?:\s|$|[（(])|$)")  # "表 1（续）" too
_TABLE_CAPTION_ANYWHERE = re.compile(r"(?m)^[ \t]*(?:表|Table)[ \t]*(?:\d{1,2}(?:\s|$|[（(])|$)")
_TABLE_END = regex.compile(r"\s*(?:注|资料来源|資料來源|Note|Source)s?\s*[：:]|\s*(?:表|Table)\s*\d")
_TABLE_POINTED = regex.compile(r"(?:表|Table)\s*(\d{1,2})\s*(?:所列|所載|所载|列出)[^，。；]{0,6}中\s*[，,]")
_TABLE_NUMBER = regex.compile(r"\d\s*/\s*\d")
_CHAIN_GAP = regex.compile(r"\s*(?:和|及|以及|与|與|、)\s*")
# The Assembly's and the Council's volumes of resolutions and decisions: "A/79/49", "E/2025/99".
_VOLUME_SYMBOL = regex.compile(r"A/\d{1,3}/49|E/(?:19|20)\d\d/99")
# A volume's part title beside its symbol, "三. 决定      A/80/49 (Vol. II)": the texts are decisions.
_PART_TITLE = regex.compile(r"(?:[一二三四五六七八九十]{1,3}\s*[.．、]\s*|[IVX]{1,4}\.\s+)(?P<t>决定|決定|决议|決議|Decisions|Resolutions)(?=\s{3,}|$)")
_VOLUME_PART = regex.compile(r"\s{3,}(?:[一二三四五六七八九十]{1,3}\s*[.．、]\s*|[IVX]{1,4}\.\s+)?\S{1,12}\s*")
_DATE_THEN_TOPIC = regex.compile(
    r"(?P<y>(?:19|20)\d\d)\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日\s*(?:关于|關於)"
    # not a report's or a statement's date: "…日关于…的年度报告所述的第 1612 号"
    r"(?:(?!报告|報告|声明|聲明|信|说明|說明|函|所述|所载|所載|提及)[^。；，、\d]){1,60}?(?:的|之)\s*第\s*$")
_DATE_THEN_BODY = regex.compile(
    r"(?P<y>(?:19|20)\d\d)\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日\s*"
    r"(?:安全理事会|安全理事會|安理会|安理會)\s*第\s*$")
_OPENS_ON_NUMBER = regex.compile(r"\s*(?:第\s*)?")
_ADDRESSED = regex.compile(r"向|转交|轉交|提交|送交|交给|交給")
_CLAUSE_END = regex.compile(r"[，；,;]")
# Who may draw the Assembly's attention to its own resolutions ("理事会提请大会注意其…").
_DRAWS_ATTENTION = frozenset(("COUNCIL", "HRC", "ECOSOC", "SC", "CSW", "CND", "CCPCJ", "COP", "COSP", "CSOCD", "STAT", "CPD"))
_REPORTS_TO = regex.compile(r"向[^，。；]{2,24}?(?:提交|提出|汇报|匯報)")
_ADDRESSED_BEFORE = regex.compile(r"(?:提请|提請)\s*\Z")
# "请委员会…", "邀请该委员会…": a body asked to act; "其第 12/3 号" right before a number is the body's own.
_CLAUSE_VERB_ITS_ZH = regex.compile(r"\s*(?:又|并|並|还|還|并且|並且)\s*(?:回顾|回顧|重申|注意到|欢迎|歡迎)其(?!他|它|中)")
_CLAUSE_MARKS_ZH = "，,；;"
_LIST_GOES_ON_ZH = regex.compile(r"[号號]\s*(?:决议|決議|决定|決定)?\s*(?:以及|和|及)")


def _clause_start_zh(text: str, lo: int, hi: int) -> int:
    """Where the clause holding ``hi`` opens: after the last comma or semicolon from ``lo``."""
    return max(lo, *(text.rfind(c, lo, hi) + 1 for c in _CLAUSE_MARKS_ZH))


_ASKED_ZH = regex.compile(r"(?:^|[，。；,;：:\s）)])(?:又|并|並|还|還)?(?:请|請|邀请|邀請|促请|促請|吁请|籲請|鼓励|鼓勵)(?:该|該)?\s*\Z")
_ITS_NUMBER_ZH = regex.compile(r"其\s*(?:\d{4}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?\s*)?(?:的\s*)?第\s*\Z")
_NOT_SUBJECT = regex.compile(r"\s*(?:第\s*\d|的(?:请求|要求|請求))")
# A joint symbol's next part starts with a series ("…/30-E/CN.15/…"), not "UNEP/SPP-CWP/IM.1/7".
_SYMBOL_HEAD = regex.compile(rf"(?:{SYMBOL_ROOTS})(?:\.\d+)?/")
# The other parts of a lettered resolution: "36/87 A and B", "34/83 A to C".
_MORE_LETTERS = regex.compile(r"(?:\s*(?:,|，|、|and|和|及|to|至|到|–|-)\s*(?P<m>[A-Z])(?P=m)?(?![A-Za-z/\d]))+")
_LETTER_SEP = regex.compile(r"\s*(,|，|、|and|和|及|to|至|到|–|-)\s*([A-Z]{1,2})")
# What a bare number in a list follows: a separator ("1333 (2000) and 1390").
_AFTER_SEPARATOR = regex.compile(
    rf"(?:[,，、;；.]|\b(?:and|or|to|through)|{RANGE_WORDS}|[-–~～—和及与與或]|第)\s*\Z")
_RANGE_SEP = regex.compile(rf"^\s*(?:[号號]\s*)?(?:{RANGE_WORDS}|-|–|~|～|—)\s*(?:第\s*)?$")


class Compiled:
    """A language table compiled once for matching."""

    def __init__(self, t: LangTable) -> None:
        self.t = t
        self.patterns = [(p.name, regex.compile(p.regex)) for p in t.patterns]
        self.bodies = regex.compile(
            "|".join(f"(?P<b{i}>{rx})" for i, (rx, _) in enumerate(t.bodies))
        )
        self.body_codes = [code for _, code in t.bodies]
        common = [(rx, code) for rx, code in t.bodies if code != "OTHER"]
        self.bodies_common = regex.compile(
            "|".join(f"(?P<b{i}>{rx})" for i, (rx, _) in enumerate(common))
        )
        self.body_codes_common = [code for _, code in common]
        # The standard library finds one of a few literals fastest.
        self.other_keys = re.compile("|".join(map(re.escape, t.other_keys))) if t.other_keys else None
        if any("(?P<" in rx for rx, _ in t.bodies):
            # _group_index reads the matched body from the last group closed.
            raise ValueError(f"{t.lang}: a body pattern must not name its groups")
        # "其第", "its resolution", and "其 1946 年 6 月 21 日设立妇女地位委员会的第":
        # a date and what the text did may come between.
        self.its = regex.compile(
            rf"(?:{t.its})\s*(?:(?:19|20)\d\d\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日\s*)?"
            rf"(?:(?:设立|設立|成立|关于|關於)[^。；，,;“”]{{0,60}}?(?:的|之)\s*)?"
            rf"(?:\S{{0,6}}|(?i:resolutions?|decisions?))\s*$"
        )
        verbs = sorted(t.verbs, key=lambda v: -len(v[0]))
        self.verb_map = {v: r for v, r in verbs}
        self.verb = regex.compile(
            # "*Recalling*", "**Requests**": Markdown emphasis before the verb.
            r"\s*(?:\d{1,3}\s*[.．]\s*|\([a-z]{1,4}\)\s*)?\*{0,2}"
            + t.verb_prefix
            + "(?P<v>"
            + "|".join(regex.escape(v).replace(r"\ ", r"\s+") for v, _ in verbs)
            + ")"
        )
        self.pin_after = regex.compile(t.pinpoint_after)
        self.pin_before = regex.compile(t.pinpoint_before)
        self.suffix = regex.compile(rf"{t.symbol_joiners}(?P<suf>{SUFFIX})")
        # (a sentence's full stop may follow: "A/C.3/81/L.74 and L.75.")
        self.sibling = regex.compile(rf"{t.symbol_joiners}(?P<k>CRP|L|SR|WP|INF)\.\s*(?P<n>\d{{1,3}})"
                                     rf"(?P<rev>/Rev\.\s*\d{{1,2}})?(?![\d/A-Za-z]|\.\S)")
        # "A/CONF.240/RPM.2/1, RPM.3/1 and RPM.4/1": the last two parts of the same series again.
        self.sibling_part = regex.compile(
            rf"{t.symbol_joiners}(?P<k>[A-Z]{{2,5}})\.\s*(?P<n>\d{{1,3}})/(?P<m>\d{{1,3}})(?![\d/.A-Za-z])")
        self.report = regex.compile(t.report_line)
        self.heading = regex.compile(t.heading, regex.MULTILINE)
        self.heading_sc = regex.compile(t.heading_sc, regex.MULTILINE)
        self.closing = _scanner(t.closing_date, re.MULTILINE)
        # The closing date is the last one printed: searched from the end, the
        # engine anchors on the year's digits instead of trying every line start.
        self.closing_last = regex.compile(t.closing_date, regex.MULTILINE | regex.REVERSE)
        self.item_date = regex.compile(t.item_date)
        self.date_after = regex.compile(t.date_after)
        self.sentence_end = regex.compile(t.sentence_end)


def _scanner(pattern: str, flags: int = 0) -> re.Pattern[str] | regex.Pattern[str]:
    """``pattern`` compiled for scanning whole documents.

    A pattern with no literal to anchor on is tried at every character; the
    standard library's engine does that about twice as fast as ``regex``,
    so it takes the patterns it can read.
    """
    try:
        return re.compile(pattern, flags)
    except re.error:
        return regex.compile(pattern, flags)


@cache
def compiled(lang: str) -> Compiled:
    """The compiled table for ``lang`` (``en`` for languages without one yet)."""
    return Compiled(TABLES.get(lang, TABLES["en"]))


def _iso(y: str, m: int | str, d: str) -> str:
    return f"{int(y):04d}-{int(m):02d}-{int(d):02d}"


class _Doc:
    """Per-document state: text, paragraphs, bodies named, relations."""

    def __init__(self, norm: Normalised, c: Compiled, lang: str) -> None:
        self.norm = norm
        self.text = norm.text
        self.c = c
        self.lang = lang
        self.para_starts = [p.start for p in norm.paragraphs]
        self.relations: dict[int, str] = {}
        self.also: frozenset[str] = frozenset()
        self.raw = ""  # the text as read, where a table's columns are
        self.row_body: dict[int, str] = {}  # a table row's paragraph -> the body its first column names
        self.bodies: list[tuple[int, int, str]] = []
        text = self.text
        bodies, codes = c.bodies, c.body_codes
        if c.other_keys is not None and c.other_keys.search(text) is None:
            bodies, codes = c.bodies_common, c.body_codes_common
        for m in bodies.finditer(text):
            b = m.start()
            if b >= 2 and (text[b - 2:b] in _ESTABLISHING or (
                    (k := max(text.rfind("设立", b - 10, b), text.rfind("設立", b - 10, b))) >= 0
                    and _NO_BREAK.fullmatch(text, k + 2, b) and "的" not in text[k + 2:b])):
                # "设立人权理事会的第 60/251 号决议", "設立執行委員會的第 1166 (XII) 號決議":
                # the body established is the topic
                continue
            self.bodies.append((b, m.end(), codes[_group_index(m)]))
        self.body_starts = [b[0] for b in self.bodies]
        self._sections()
        self._tables()
        # (paragraph start, session, number) -> the body a number was given.
        self.seen: dict[tuple[int, str, str], str] = {}
        # (session, number) -> the commission a number was first given.
        self.named_number: dict[tuple[str, str], str] = {}
        # (session, number) -> the part of a volume of decisions it was first given in.
        self.named_part: dict[tuple[str, str], int] = {}
        # (session, number) -> where the paragraph it was first given a commission in starts.
        self.named_para: dict[tuple[str, str], int] = {}
        # Where each text of a page of several begins: "2026/232. 人口与发展委员会…的报告".
        self.part_starts = [p.start for p in norm.paragraphs if PART_HEAD.match(text, p.start, p.end)]
        self.latest = 0  # the last year the text can be of, from its own symbol (0: unknown)
        self.own = ""  # the text's own id
        self._symbol_commission: str | None = None
        # (session, number) -> the body a number was first given, anywhere in the text.
        self.number_body: dict[tuple[str, str], str] = {}
        # Where the last list of numbers ended, the body it gave, its paragraph.
        self.chain: tuple[int, str, int] | None = None

    def _sections(self) -> None:
        """Where a body line opens a text of that body, and where a heading closes it.

        A commission's report prints the drafts it recommends: "大会，" or "Economic and
        Social Council," opens each, and "其"/"its" in it is that body, whatever the
        report's own body; the next heading ("B. …", "决定草案") ends it.
        """
        self.section_starts: list[int] = []
        self.section_bodies: list[str] = []
        text, c = self.text, self.c
        for p in self.norm.paragraphs:
            if p.kind == "fn" or p.end - p.start > 160:
                continue
            seg = text[p.start:p.end].replace("*", "").strip()
            code = ""
            if seg.endswith((",", "，", "：", ":")):
                # "经济及社会理事会：", "The Economic and Social Council:": a decision's body line.
                if len(seg) > 80:
                    continue
                code = _body_line(c, seg.rstrip("：:") + ("，" if seg[-1] in "：:" else ""))
                if not code and seg[-1] in "：:":
                    # "**…的临时议程**⏎经济及社会理事会：": the decision's title ran into its body line.
                    ends = [bm for bm in c.bodies.finditer(seg) if bm.end() == len(seg) - 1]
                    code = c.body_codes[_group_index(ends[-1])] if ends else ""
                if code not in BODY_PREFIX:
                    continue  # "Council", "委员会": no body of its own
            else:
                num = _numbered(seg.lstrip("# "))
                if not ((num and (num.group(3) or num.group(4))) or "草案" in seg
                        or seg.startswith(("Draft resolution", "Draft decision", "Chapter ", "CHAPTER ",
                                           "Decisions", "Resolutions"))
                        or (seg.startswith("第") and "章" in seg[:6])):
                    continue
            self.section_starts.append(p.start)
            self.section_bodies.append(code)

    def _tables(self) -> None:
        """Tables whose caption or column header names the body of the numbers in their rows.

        "表 1⏎麻醉药品委员会第六十七届会议通过的决议⏎决议 标题⏎第 67/1 号决议 …", "任务授权⏎
        （预防犯罪和刑事司法委员会决议）" over "第 31/2 号决议": the rows name no body.
        """
        self.tables: list[tuple[int, int, str]] = []
        self.table_rows: list[tuple[int, int]] = []  # the paragraphs of each table, as index ranges
        self.table_named: dict[str, str] = {}  # "1" -> the body table 1's first header names
        text = self.text
        markdown = "\n|" in text or text.startswith("|")
        spaced = "    " in text or "\t" in text
        if not markdown and not spaced and _TABLE_CAPTION_ANYWHERE.search(text) is None:
            return  # no caption opens a line, and no line is set in columns
        paras = self.norm.paragraphs
        k = 0
        while k < len(paras):
            p = paras[k]
            k += 1
            piped = markdown and text[p.start] == "|" and (k < 2 or text[paras[k - 2].start] != "|") and not (
                # a grid table's next row, under the rule after the row before ("+---+" between "|" rows)
                k >= 3 and text[paras[k - 3].start] == "|"
                and _GRID_RULE.fullmatch(text, paras[k - 2].start, paras[k - 2].end))
            if piped:
                # A Markdown table, under its caption if a short line before it is one
                # ("*缔约国会议关于私营部门的决议*"): its rows are the lines that open on "|".
                k -= 1
                before = paras[k - 1] if k else None
                p = before if (before is not None and before.kind != "fn" and before.end - before.start <= 80
                               and text[before.end - 1] not in "。.，,；;：:") else p
            elif spaced and k < len(paras) and _column_header(self, p, paras[k:k + 4]):
                k -= 1  # "Body    Resolution or decision    Date    Subject" over its rows, with no caption
            elif p.kind == "fn" or p.end - p.start > 80 or text[p.end - 1] in "。." \
                    or not _TABLE_CAPTION.match(text, p.start, p.end):
                continue  # "表 1 列出了…。": prose about a table
            heads: list[tuple[int, str]] = []  # where a header names the rows' body, and which
            if piped and p is not paras[k]:
                codes = {code for b, e, code in self.bodies_before(p.end, p.start)
                         if code in BODY_PREFIX and code not in ("COUNCIL", "COMMISSION")}
                if len(codes) == 1:
                    heads.append((p.start, codes.pop()))
            end = p.end
            first_row = k
            while k < len(paras):
                q = paras[k]
                seg = text[q.start:q.end]
                if piped and seg[:1] != "|" and not _GRID_RULE.fullmatch(seg):
                    break  # the table's last row is the last line that opens on "|" (or a grid's rule, "+---+")
                if q.kind == "fn" or _TABLE_END.match(seg) or _numbered(seg) or (
                        len(seg) > 200 and ("。" in seg or ". " in seg)):
                    break  # a note, the next paragraph or a paragraph of prose ends the rows
                nm = _TABLE_NUMBER.search(text, q.start, q.end)
                # A caption or header line, or what comes before a row's number that is not
                # its own body ("…at its sixty-seventh session Resolution 67/1"): the bodies named.
                # Each holds for the rows under it, to the next ("Human Rights Council" over its rows).
                upto = q.end if nm is None else nm.start()
                codes = {code for b, e, code in self.bodies_before(upto, q.start)
                         if code in BODY_PREFIX and code not in ("COUNCIL", "COMMISSION")
                         and (nm is None or upto - e > 15)}
                if codes and piped and nm is not None and not any(_cell_body(self, c) for c in _pipe_cells(seg)):
                    # "| 人权理事会报告 | 人权理事会的报告 | 第 60/251 号决议 |": the body named in a cell's topic
                    # heads no rows below (a cell that is the body's name alone does)
                    codes = set()
                if codes or nm is None and any(True for _ in self.bodies_before(q.end, q.start)):
                    heads.append((q.start, codes.pop() if len(codes) == 1 else ""))
                end = q.end
                k += 1
            for j, (at, code) in enumerate(heads):
                if code:
                    self.tables.append((at, heads[j + 1][0] if j + 1 < len(heads) else end, code))
            self.table_rows.append((first_row, k))
            if piped:
                continue
            cm = _TABLE_CAPTION.match(text, p.start, p.end)
            if heads and heads[0][1] and cm:
                self.table_named.setdefault(regex.sub(r"\D", "", cm.group()), heads[0][1])

    def table_body(self, pos: int) -> str:
        """The body a table's header names for a number in its rows at ``pos``."""
        for start, end, code in self.tables:
            if start <= pos < end:
                return code
        return ""

    def body_at(self, pos: int, doc_body: str) -> str:
        """The body whose text holds ``pos``: a draft's, or the document's."""
        i = bisect_right(self.section_starts, pos) - 1
        return (self.section_bodies[i] or doc_body) if i >= 0 else doc_body

    def paragraph(self, pos: int) -> tuple[int, Paragraph | None]:
        i = bisect_right(self.para_starts, pos) - 1
        if i < 0:
            return -1, None
        return i, self.norm.paragraphs[i]

    def relation(self, i: int, para: Paragraph | None) -> str:
        if para is None or para.kind in ("head", "fn"):
            return "cites"
        rel = self.relations.get(i)
        if rel is None and i > 0 and _BULLET.match(self.text, para.start, para.end):
            rel = self.relations[i] = self.relation(i - 1, self.norm.paragraphs[i - 1])
        if rel is None:
            m = self.c.verb.match(self.text, para.start, para.end)
            if m and m["v"][0].islower() and not m.group(0).lstrip(" *0123456789.()").startswith("We"):
                m = None  # a lower-case verb only after "We": "We welcome"
            rel = self.c.verb_map.get(_WS.sub(" ", m["v"]), "cites") if m else "cites"
            self.relations[i] = rel
        return rel

    def sentence_start(self, pos: int, para: Paragraph | None) -> int:
        lo = para.start if para else 0
        lo = max(lo, pos - 600)
        last = lo
        for m in self.c.sentence_end.finditer(self.text, lo, pos):
            last = m.end()
        return last

    def part_at(self, pos: int) -> int:
        """Which text of a page of several holds ``pos`` (0 before the first heading)."""
        return bisect_right(self.part_starts, pos)

    def name_number(self, n: Num, body: str, pos: int) -> None:
        """Remember the commission a number cited at ``pos`` was given."""
        if (n.a, n.b) not in self.named_number:
            self.named_number[(n.a, n.b)] = body
            self.named_part[(n.a, n.b)] = self.part_at(pos)
            i = bisect_right(self.para_starts, pos) - 1
            self.named_para[(n.a, n.b)] = self.para_starts[i] if i >= 0 else 0

    def named_in_part(self, n: Num, pos: int) -> str:
        """The commission a number was given before, in the same text of a page of several:
        "委员会第 64/1 号决议" under "2026/233. 妇女地位委员会…" is not the 64/1 the decision
        above gave the Commission for Social Development."""
        key = (n.a, n.b)
        body = self.named_number.get(key, "") if n.form == "xy" else ""
        return body if body and self.named_part.get(key, 0) == self.part_at(pos) else ""

    def commission_before(self, pos: int, fits: Callable[[str], bool] | None = None) -> str:
        """The commission named in full last before ``pos`` ("the Commission" it means), the last
        that could have issued the number where ``fits`` says which could."""
        i = bisect_right(self.body_starts, pos) - 1
        while i >= 0:
            if self.bodies[i][2] in COMMISSIONS and (fits is None or fits(self.bodies[i][2])):
                return self.bodies[i][2]
            i -= 1
        return ""

    def commission_of_session(self, n: Num, pos: int) -> str:
        """The one commission whose texts of the session of ``n`` the text cited before, where the
        commission named last before ``pos`` had only other sessions' cited (or "")."""
        if n.form != "xy":
            return ""
        i = bisect_right(self.body_starts, pos) - 1
        while i >= 0 and self.bodies[i][2] not in COMMISSIONS:
            i -= 1
        para = self.paragraph(pos)[1]
        if i < 0 or para is None or self.bodies[i][0] >= para.start:
            return ""  # the commission named last in the paragraph itself
        here, part = self.bodies[i][2], self.part_at(pos)
        cited = [(a, b) for (a, n_b), b in self.named_number.items() if self.named_part.get((a, n_b), 0) == part]
        sessions = {a for a, b in cited if b == here}
        if not sessions or n.a in sessions:
            return ""  # the commission named last, unless the text gave it only other sessions' texts
        codes = {b for a, b in cited if a == n.a and b in COMMISSIONS}
        return codes.pop() if len(codes) == 1 else ""

    def commission_of_symbols(self) -> str:
        """The one commission whose documents the text cites by symbol, where it names none in full:
        "委员会第 24/1 号决议" beside "E/CN.15/2025/5" and "E/2025/30-E/CN.15/2025/16" (or "")."""
        if self._symbol_commission is None:
            codes = {SERIES_BODY[f"E/CN.{m[1]}/"] for m in _COMMISSION_SYMBOL.finditer(self.text)
                     if f"E/CN.{m[1]}/" in SERIES_BODY}
            codes &= COMMISSIONS
            self._symbol_commission = codes.pop() if len(codes) == 1 else ""
        return self._symbol_commission

    def main_paragraph_before(self, start: int) -> int:
        """Where the paragraph of the text (not a note) before the one at ``start`` starts."""
        paras = self.norm.paragraphs
        k = bisect_right(self.para_starts, start) - 2
        while k >= 0 and paras[k].kind == "fn":
            k -= 1
        return paras[k].start if k >= 0 else start

    def council_before(self, pos: int, lo: int, fits: Callable[[str], bool] | None = None) -> str:
        """The council named in full last in ``[lo, pos)`` ("the Council" it means), the last that
        could have issued the number where ``fits`` says which could."""
        return next((code for *_, code in self.bodies_before(pos, lo)
                     if code in ("SC", "ECOSOC", "HRC") and (fits is None or fits(code))), "")

    def bodies_before(self, pos: int, lo: int) -> list[tuple[int, int, str]]:
        """Bodies named in ``[lo, pos)``, nearest first."""
        i = bisect_right(self.body_starts, pos) - 1
        out = []
        while i >= 0 and self.bodies[i][0] >= lo:
            if self.bodies[i][1] <= pos:
                out.append(self.bodies[i])
            i -= 1
        return out


def _group_index(m: regex.Match[str]) -> int:
    """Which body name matched: the one of the groups ``b0``, ``b1`` … that closed last."""
    name = m.lastgroup
    return int(name[1:]) if name else 0


def _topic_body(text: str, b_start: int, b_end: int, number_at: int) -> bool:
    """Whether a body named at ``[b_start, b_end)`` is inside a "关于…的" topic before a number."""
    head = text[max(0, b_start - 30):b_start]
    k = max(head.rfind("关于"), head.rfind("關於"))
    if k < 0 or any(ch in head[k:] for ch in "，。；"):
        return False
    between = text[b_end:number_at]
    return ("的" in between or "之" in between) and not any(ch in between for ch in "，。；")


# A number cited inside a report: "(E/2025/27-E/CN.6/2025/12), chap. I, sect. A,
# resolution 69/1", "（E/2025/27-E/CN.6/2025/12），第一章，A 节，第 69/1 号决议".
_IN_REPORT = regex.compile(
    r"(?P<sym>[A-Z][A-Za-z0-9./\-]*\d)(?:\s*(?:and|和|及)\s*(?:Corr|Add)\.\s*\d+)?\s*[)）]?\s*[,，]\s*"
    r"(?:(?:chap(?:ter)?|sect(?:ion)?|part|annex)\.?\s*(?:[IVXLC]+|\d+[A-Z]?|[A-Z])\s*[,，]\s*"
    r"|第\s*[一二三四五六七八九十\d]+\s*章\s*[,，]?\s*|[A-Z]\s*[节節]\s*[,，]?\s*)+\Z"
)


def _body_of_report_before(d: _Doc, lead: int, n: Num) -> str:
    """The body whose report (by its series) holds the number cited at ``lead``."""
    if n.form != "xy":
        return ""
    text = d.text
    k = lead - 1
    while k > 0 and text[k] == " ":
        k -= 1
    if k < 0 or text[k] not in ",，":
        return ""  # the number does not follow "chap. I, sect. A," or "第一章，A 节，"
    m = _IN_REPORT.search(text, max(0, lead - 160), lead)
    if m is None:
        return ""
    # The most particular series of a joint symbol: "E/CN.4/1995/2-E/CN.4/Sub.2/1994/56"
    # is the Sub-Commission's report, printed in the Commission's series too.
    found = [(len(series), code) for part in m["sym"].upper().split("-")
             for series, code in SERIES_BODY.items() if part.startswith(series)]
    # The Council's Official Records print its commissions' reports under their supplement's
    # number: "E/2015/24" (Supplement No. 4) the Statistical Commission's, "E/2019/28" the CND's
    # (so from 2005 on; the numbers were given otherwise before: "E/1995/26" was the CSW's).
    found += [(0, _SUPPLEMENT_BODY[sm[1]]) for part in m["sym"].upper().split("-")
              if (sm := _COMMISSION_REPORT.fullmatch(part)) is not None]
    code = max(found)[1] if found else ""
    return code if code and compatible(code, n) else ""


def _choose_body(d: _Doc, n: Num, start: int, end: int, para: Paragraph | None,
                 doc_body: str, first_body: str, list_start: int = -1,
                 decision: bool | None = None, list_body: str = "") -> str:
    """Who issued the text numbered ``n`` printed at ``[start, end)``."""
    dated = -1  # the year of the date printed with the number (0: none), read when first needed

    def commission_meant() -> str:
        """A bare "the Commission"/委员会: the one the text gave this number to, else the one named last that fits."""
        body = d.named_in_part(n, start)
        return body if body in COMMISSIONS else d.commission_before(start, lambda c: fits(c, n))

    def fits(body: str, n: Num) -> bool:
        nonlocal dated
        if not compatible(body, n, decision) or _after_the_text(d, body, n):
            return False
        if n.form == "xy" and not n.prefix and not n.session and int(n.a) < 1946:
            # "resolution 67/4 of 22 March 2024": the Assembly's sixty-seventh session sat in 2012 and
            # 2013; a number dated otherwise is another body's.
            if dated < 0:
                dated = _dated_year(d, start, end)
            if dated and not session_year_fits(body, int(n.a), dated):
                return False
        return True

    if d.lang != "zh" and (om := _NUMBER_OF_THE.match(d.text, end)) is not None:
        # "and of resolution 4 (XXXI) of the Commission on Human Rights", "resolution
        # 1997/21 of 27 August 1997 of the Sub-Commission": named right after, whatever came before.
        bm = d.c.bodies.match(d.text, om.end())
        code = d.c.body_codes[_group_index(bm)] if bm else ""
        if not code and d.text.startswith("Sub-Commission", om.end()):
            code = "SUBCOM"  # "resolution 2006/9 of the Sub-Commission in that regard": its short name
        body = concrete(code, n, doc_body) if code and code != "OTHER" else ""
        if not body and code == "COUNCIL":
            body = d.council_before(start, para.start if para else 0)  # "… of the Council": the one named before
        if not code and _BARE_COMMISSION.match(d.text, om.end()):
            # "decision 68/3 of the Commission": the one named before, or the one a number
            # cited before with its commission named is ("… Criminal Justice resolution 34/3").
            body = d.named_in_part(n, start)
            body = body if body in COMMISSIONS else d.commission_before(start)
        if body and fits(body, n):
            return body
    if (n.form == "xy" and (before := d.number_body.get((n.a, n.b))) and fits(before, n)
            and _MENTIONED_ABOVE.search(d.text, max(0, (list_start if list_start >= 0 else start) - 24),
                                        list_start if list_start >= 0 else start)):
        # "并根据上文提及的第 67/1 和 33/1 号决议", "the above-mentioned resolutions 67/1 and 33/1": the
        # texts the text gave those numbers to before, whatever body the sentence names.
        return before
    if (d.lang == "zh" and doc_body and fits(doc_body, n)
            and _BELOW_ZH.search(d.text, max(0, (list_start if list_start >= 0 else start) - 6),
                                 list_start if list_start >= 0 else start)):
        # "请非政府组织委员会在下文第 2026/225 号决定所述的续会上…": a text the page prints further down, its own body's
        return doc_body
    if d.lang == "zh" and (body := _commission_of_its_session_zh(
            d, n, list_start if list_start >= 0 else start, para)) and fits(body, n):
        return body
    if d.own and para is not None and (head_body := _headed_text_body(d, para)) and fits(head_body, n):
        # "第 13/5 号决议⏎预防和打击影响环境的犯罪⏎缔约方会议，": a text a report prints, under its
        # heading; the body line that opens it issued it.
        return head_body
    if doc_body in ("COP", "COSP") and d.lang != "zh" and fits(doc_body, n) and (
            _BY_THE_CONFERENCE.match(d.text, end) or _THE_CONFERENCE_ITS.search(d.text, max(0, start - 60), start)):
        # "… referred to in resolution 11/2, adopted by the Conference at the present session": the
        # Conference alone, in a Conference's text, is that one, whatever other body the sentence names
        # ("… and that the Conference, in its resolution 12/1, had requested").
        return doc_body
    if list_body:
        # "resolutions 1991/12 of 26 August 1991 and 1998/9 of 20 August 1998 of the
        # Sub-Commission": the body named after a list's last item issued them all.
        body = concrete(list_body, n, doc_body)
        if not body and list_body == "COUNCIL":
            # "… in particular resolutions 55/12 … and 58/19 … of the Council": the council named before.
            body = d.council_before(list_start if list_start >= 0 else start, para.start if para else 0)
        if body and fits(body, n):
            return body
    if d.row_body and para is not None and (row := d.row_body.get(bisect_right(d.para_starts, start) - 1)):
        # A table row under its body's cell, or under a blank one that carries it down; the cell's
        # body issued every text in the row ("| 人权理事会 | 第 53/9 号决议；第 59/4 号决议 |").
        body = concrete(row, n, doc_body)
        if body and fits(body, n) and all(
                b[2] == row for b in d.bodies_before(start, para.start) if b[2] not in ("COMMISSION", "COUNCIL")):
            return body
    if first_body and fits(first_body, n):
        if (n.form == "xy" and (before := d.number_body.get((n.a, n.b), first_body)) != first_body
                and fits(before, n) and before in {concrete(code, n, doc_body) for _, _, code in
                                                   d.bodies_before(start, d.sentence_start(start, para))}):
            # "Invites the Conference of the Parties …, and the Conference of the States Parties …, to consider
            # …, building on resolutions 11/2 and 10/4": of the bodies the sentence names, the one the text
            # gave this number before, not the list's first item's.
            return before
        return first_body
    body = _body_of_report_before(d, list_start if list_start >= 0 else start, n)
    if body:
        return body
    sent = d.sentence_start(start, para)
    named = d.bodies_before(start, sent)
    if (doc_body and d.lang != "zh" and named and fits(doc_body, n)
            and _ITS_RIGHT_BEFORE.search(d.text, max(sent, start - 30), start)
            and _SECRETARIAT_OF.search(d.text, max(sent, named[0][0] - 40), named[0][0])):
        # "to coordinate closely with the secretariat of the Conference of the Parties, pursuant to paragraph 7
        # of its resolution 10/6": the body whose secretariat is named is no subject; "its" is the text's
        return doc_body
    if (doc_body and d.lang != "zh" and n.form == "xy" and fits(doc_body, n)
            and d.seen.get((para.start if para else 0, n.a, n.b), doc_body) != doc_body
            and _ITS_OWN_RIGHT_BEFORE.search(d.text, max(sent, start - 30), start)):
        # "General Assembly resolution 70/1 …, in particular target 3.5 of Goal 3, its own resolution 70/1 of
        # 11 March 2027": the same number again, "own": the text's this time
        return doc_body
    if (d.lang != "zh" and n.form == "int" and doc_body != "SC" and (dm := _INT_OF_DATE.match(d.text, end)) is not None
            and sc_number_fits(int(n.a), int(dm["y"])) and not any(start - e < 30 for _, e, _ in named)
            and not _ITS_RIGHT_BEFORE.search(d.text, max(sent, start - 30), start)):
        return "SC"  # "pursuant to resolution 2767 of 27 December 2024": only the Council numbers so, then
    # "…改名为人口与发展委员会，并回顾其关于委员会工作方法的…第 2016/25 号决议": the body
    # named last before "并回顾其", not the topic after it.
    last = next((b for b in named if not (d.lang == "zh" and _topic_body(d.text, b[0], b[1], start))),
                None) if named and doc_body else None
    its_right_before = d.lang != "zh" and named and _ITS_RIGHT_BEFORE.search(d.text, max(sent, start - 30), start)
    if (d.lang == "zh" and doc_body and named and _VERB_ITS_ZH.search(d.text, max(sent, start - 14), start)
            and fits(doc_body, n)):
        # "…社会发展委员会…包括其第 64/1 号决议，又回顾其第 2025/16 号决议": the text's own verb again, its own 其.
        return doc_body
    if (d.lang == "zh" and doc_body and named and fits(doc_body, n)
            and (cm := _CLAUSE_VERB_ITS_ZH.match(d.text, (cs := _clause_start_zh(d.text, sent, start)))) is not None
            and cm.end() <= start and _LIST_GOES_ON_ZH.search(d.text, cm.end(), start)
            and not any(b[0] >= cs for b in named)):
        # "…，还回顾其 2021 年…第 30/1 号决议以及 2023 年…第 32/1 和 32/3 号决议": the clause's 其 owns
        # every number in it, the last ones too.
        return doc_body
    if (its_right_before and doc_body and _AND_VERB_ITS.search(d.text, max(sent, start - 60), start)
            and (subject := next((b for b in reversed(named) if _VERB_AFTER.match(d.text, b[1])), None))
            and concrete(subject[2], n, doc_body) == doc_body and fits(doc_body, n)):
        # "the Economic and Social Council took note of the report of the Commission on Science
        # and Technology …, approved …, and recalled its resolutions 2006/46": the subject's "its".
        return doc_body
    if (its_right_before and n.form == "xy" and doc_body and d.number_body.get((n.a, n.b)) == doc_body
            and _WORD_AND_NUMBER.match(d.text, named[0][1])):
        # "paragraph 20 of General Assembly resolution 70/175 and paragraph 5 of its resolution 33/4",
        # the text's own 33/4 cited before: that one again.
        return doc_body
    if its_right_before:
        # "Invites the Commission on Population and Development to contribute … in accordance with
        # General Assembly resolution 75/290 B and with its own decision 2025/101": "its" in the
        # clause of the body asked to act is that body.
        for k, (b_start, b_end, code) in enumerate(named):
            # "Invites the Commission on the Status of Women to continue …, and the Commission
            # on Crime Prevention and Criminal Justice to take into account … its resolution 33/2":
            # the second body asked is addressed by the same verb.
            if ((_ADDRESSED_TO.search(d.text, max(sent, b_start - 40), b_start)
                 or (_AND_THE.search(d.text, max(sent, b_start - 12), b_start) and any(
                     _ADDRESSED_TO.search(d.text, max(sent, a - 40), a) and _TO_ACT.match(d.text, e)
                     for a, e, _ in named[k + 1:])))
                    and _TO_ACT.match(d.text, b_end) and ";" not in d.text[b_end:start]
                    and not _OWN_VERB_AFTER.search(d.text, b_end, start)):
                body = concrete(code, n, doc_body)
                if not body and code in ("COMMISSION", "COMMISSION_NAMED"):
                    body = d.commission_before(b_start)
                if body and body != doc_body and fits(body, n):
                    return body
                break
    if (d.lang != "zh" and n.form == "xy" and _ITS_RIGHT_BEFORE.search(d.text, max(sent, start - 30), start)
            and (am := _ASKS_THE_COMMISSION.search(d.text, sent, start)) is not None
            and _TO_ACT.match(d.text, am.end()) and ";" not in d.text[am.end():start]
            and not any(am.end() <= b[0] and not _WORD_AND_NUMBER.match(d.text, b[1]) for b in named)):
        # "2. Requests the Commission, in accordance with its decision 2025/101, to adopt": the
        # commission asked, the one named in full before (a body named since only as the issuer of a
        # number, "… pursuant to General Assembly resolution 75/290 A and … of its own resolution 65/1",
        # is no other subject).
        body = d.named_in_part(n, start)
        body = body if body in COMMISSIONS else d.commission_before(am.start())
        if body and fits(body, n):
            return body
    if (last is not None and fits(doc_body, n)
            and (am := _AND_ITS.search(d.text, last[1], start)) is not None
            # "… of resolution 2026/1 adopted by the Commission, recalling Commission resolution 2025/1
            # and its own decision 2025/215": "own" is the text's, after a commission too.
            and (last[2] not in ("COMMISSION", "COMMISSION_NAMED") or "own" in am.group())
            and ("own" in am.group() or _ITS_BEFORE.search(d.text, last[1], am.start()) is None)
            # "注意到人口与发展委员会第 2016/1 号决议，以及其（在第五十七届会议上）通过的第 2024/1
            # 号决议": "that it adopted", the body just named ("…的职权范围，以及其 1947 年…第 76 (V) 号" is the text's own).
            and not (d.lang == "zh" and _ITS_ADOPTED.match(d.text, am.end()))
            and not (_THAT_SESSION.match(d.text, am.end()) and _session_of(d, last[1], am.start()))):
        # "… of the Commission on the Status of Women, and its decision
        # 2019/235": after "and", "its" is the issuer of the text again.
        return doc_body
    if not named and d.tables and (body := d.table_body(start)) and fits(body, n):
        return body
    if not named and d.table_named:
        # "在表 1 所列决议中，第 34/2 号…": the body of the table the sentence points to.
        tm = _TABLE_POINTED.search(d.text, sent, start)
        body = d.table_named.get(tm.group(1), "") if tm else ""
        if body and fits(body, n):
            return body
    if (not named and d.lang == "zh" and sent > (para.start if para else 0) and d.text[sent - 1] == "。"
            and _OPENS_ON_NUMBER.fullmatch(d.text, sent, start)):
        # "人权委员会…第 1994/41 号决议设立了…任务。第 2004/33 号决议进一步请…": a sentence
        # that opens on its number goes on about the body the sentence before named.
        prev = d.sentence_start(sent - 1, para)
        # Its subject, the body it names first, not one it addresses ("…供其转交大会。").
        for b_start, b_end, code in reversed(d.bodies_before(sent, prev)):
            if _ADDRESSED.search(d.text, max(prev, b_start - 4), b_start) or _NOT_SUBJECT.match(d.text, b_end):
                continue  # "向大会…提交报告", "供其转交大会", "依照大会第 79/181 号决议", "应大会的请求"
            body = concrete(code, n, doc_body)
            if not body and code == "COUNCIL":
                body = d.council_before(sent, para.start if para else 0)
            if body and fits(body, n):
                return body
    if d.lang != "zh" and n.form == "xy" and (bc := _BY_THE_COMMISSION.search(
            d.text, max(sent, named[0][1] if named else sent, start - 40), start)) is not None:
        # "as recalled by the Council in its resolutions 22/7 and 34/15 and by the Commission in
        # resolution 2005/45", "the resolution … adopted by the Commission (resolution 64/1)": the
        # commission named in full before, not the council or the assembly nearer.
        body = d.named_in_part(n, start)
        body = body if body in COMMISSIONS else d.commission_before(bc.start())
        if body and fits(body, n):
            return body
    if n.form == "xy" and (_BARE_CONFERENCE if d.lang != "zh" else _BARE_CONFERENCE_ZH).search(
            d.text, max(sent, start - 30), start):
        # "… in the mandates contained in Conference resolution 12/4 and Commission resolution 33/3",
        # "…缔约国会议在其第 11/2 号…决议中…。…在会议第 10/6 号决议框架内": the conference the text gave
        # the number before, or the text's own, or the one named last before.
        before = d.number_body.get((n.a, n.b), "")
        body = before if before in ("COP", "COSP") else doc_body if doc_body in ("COP", "COSP") else ""
        if d.lang == "zh":
            body = next((c for _, _, c in d.bodies_before(start, para.start if para else 0)
                         if c in ("COP", "COSP")), "") or body
        if body and fits(body, n):
            return body
    if n.form == "xy" and len(named) >= 2 and (before := d.number_body.get((n.a, n.b), "")) and fits(before, n) \
            and start - named[0][1] > 25 and not _ITS_RIGHT_BEFORE.search(d.text, max(sent, start - 30), start) \
            and before in {concrete(code, n, doc_body) for _, _, code in named}:
        # "Invites the Conference of the Parties and the Conference of the States Parties, in
        # accordance with resolution 12/4 and resolution 10/6, respectively": of the bodies the
        # sentence names, the one the text gave this number before.
        return before
    unknown_commission = False
    for b_start, b_end, code in named:
        if code == "OTHER":
            lead = (list_start if list_start >= 0 else start)
            if "/" in d.text[b_start:b_end] and lead - b_end > 24:
                continue  # a treaty body's report symbol names only the list right after it
            if d.text[b_start - 1:b_start] == "其" and d.text[b_start:b_end] in ("执行局", "執行局"):
                continue  # "第 1373(2001)号决议所设委员会及其执行局以及第 1988(2011)号": the committee's own
            if (d.lang == "zh" and _topic_body(d.text, b_start, b_end, start)) or _CLAUSE_BREAK.search(
                    d.text, b_end, lead):
                continue  # "关于联合国与非洲联盟的合作的各项决议", "与非洲联盟…加强互动，并依照第 70/262 号"
            return ""  # "联合国环境大会第 5/14 号决议": another assembly's own numbering
        if (d.lang == "zh" and _ADDRESSED_BEFORE.search(d.text, max(0, b_start - 3), b_start)
                and "其" in d.text[b_end:start]
                and any(c in _DRAWS_ATTENTION for _, e, c in d.bodies_before(b_start, max(0, b_start - 12))
                        if b_start - e <= 3)):
            continue  # "理事会提请大会注意其第 59/1 号决议": 其 is the council drawing attention, not the one addressed
        if d.lang == "zh" and any(
                a <= b_start and b_end <= b and b < start and _CLAUSE_END.search(d.text, b, start)
                for a, b in ((x.start(), x.end()) for x in _REPORTS_TO.finditer(
                    d.text, max(0, b_start - 16), min(len(d.text), b_end + 16)))):
            continue  # "向大会和人权理事会提交报告，并按照第 51/77 号决议": the bodies reported to, a clause before
        if d.lang == "zh" and (_topic_body(d.text, b_start, b_end, start) or "之间" in d.text[b_end:b_end + 6]):
            continue  # "其关于扩大该委员会任务授权的第 1987/22 号决议", "与人权理事会之间的合作": the topic
        if code == "COMMISSION" and _AND_ITS_ZH.search(d.text, b_end, start):
            continue  # "关于委员会…的第 2016/25 号决议，以及其…第 2024/234 号决定": 其 is the text's body
        body = concrete(code, n, doc_body)
        if code == "COUNCIL" and b_start and d.text[b_start - 1] in "该該":
            # "又回顾该理事会…第 52/41 号决议": the council named before, not the text's own.
            body = d.council_before(b_start, para.start if para else 0) or body
        if not body and code == "COUNCIL":
            # "人权理事会在第 53/1 号决议中…，理事会还在第 44/4 号决议中": the council
            # named in full before, in this paragraph.
            lo = para.start if para else 0
            body = d.council_before(b_start, lo)
            if not body and n.form == "xy" and d.lang == "zh":
                # "包括理事会…第 42/23 号" given to the Human Rights Council before, then
                # "依照理事会第 42/23 号决议第 5 段": that council's; else the council the
                # paragraph before names ("…人权理事会第 4/4 号决议…。⏎…根据理事会第 54/18 号").
                before = d.number_body.get((n.a, n.b), "")
                body = before if before in ("SC", "ECOSOC", "HRC") else d.council_before(
                    b_start, d.main_paragraph_before(lo))
            if not body:
                # "III⏎Revised estimates resulting from resolutions … adopted by the⏎Human Rights
                # Council …⏎Having considered …⏎4. Takes note of … Council resolutions 61/12": the
                # council named in full in the paragraphs just before.
                back = lo
                for _ in range(3):
                    back = d.main_paragraph_before(back)
                # ("… Human Rights Council resolutions 58/3 … and 412,600 dollars under section 2, General
                # Assembly and Economic and Social Council affairs …⏎7. … Council resolution 59/17": the
                # council that numbers so.)
                body = d.council_before(b_start, back, lambda c: fits(c, n))
                if not body:
                    # "The Special Rapporteur welcomes the adoption by the Council of resolution 57/14":
                    # the council the text named last, anywhere before.
                    body = d.council_before(b_start, 0, lambda c: fits(c, n))
        if not body and code in ("COMMISSION", "COMMISSION_NAMED"):
            # "委员会第 26/4 号决议" repeating a number cited before with its
            # commission named is that commission's, whichever was named since; but not across
            # a paragraph that names its own commission ("(b) Took note of the report of the
            # Commission on the Status of Women … as well as Commission resolution 65/1").
            body = d.named_in_part(n, start)
            if body in COMMISSIONS and d.lang != "zh" and para is not None and (
                    here := d.commission_before(start)) != body and here and d.named_para.get((n.a, n.b)) != para.start \
                    and any(c == here for _, _, c in d.bodies_before(start, para.start)):
                body = here
            if body not in COMMISSIONS:
                # "… decisions 55/101, 56/104 and 57/102 of the Statistical Commission … resolutions 80/6
                # and 81/3 of the Economic and Social Commission for Asia and the Pacific … the request
                # made by the Commission in its decision 57/105": the one cited at that session.
                body = d.commission_of_session(n, start) or d.commission_before(start) or d.commission_of_symbols()
            if body and not fits(body, n):
                # "麻醉药品委员会第 68/3 号决议和委员会第 35/2 号决议": not the CND, which numbered so only
                # from its forty-second session; the commission named before that could have.
                body = d.commission_before(start, lambda c: fits(c, n)) or body
            if not body:
                if not (d.lang == "zh" and _ASKED_ZH.search(d.text, max(0, b_start - 6), b_start)
                        and not _ITS_NUMBER_ZH.search(d.text, b_end, start)):
                    # "(b) 请委员会在其下次报告中说明第 70/244 号决议…": a commission asked to act,
                    # the number not its own ("其第"): the text's body's, not an unknown one's.
                    unknown_commission = True
                continue
        if body and fits(body, n):
            return body
    if unknown_commission and n.form == "xy":
        return ""  # a commission xref does not know, and no other body: never the Assembly's
    after = d.text[end:end + 160]
    # The issuer named after the number: "resolution 8914 of the Council of the League of
    # Arab States"; "In its resolution 79/160 of 17 December 2024, the General Assembly",
    # "By its resolution 58/19 …, the Human Rights Council decided", "在第 58/28 号决议中，人权
    # 理事会请" ("its" is the subject named after it).
    for lead in (_OF_BODY, _SUBJECT_AFTER if _IN_ITS.search(d.text, max(sent, start - 40), start) else None):
        lm = lead.match(after) if lead else None
        bm = d.c.bodies.match(after, lm.end()) if lm else None
        if (bm is None and lm is not None and lead is _SUBJECT_AFTER and d.lang == "zh"
                and after.startswith(("委员会", "委員會"), lm.end())):
            # "在第 69/4 号决议中，委员会强调…": the commission named before, the subject
            body = commission_meant()
            if body and fits(body, n):
                return body
        if bm is None:
            continue
        code = d.c.body_codes[_group_index(bm)]
        if code == "OTHER":
            return ""
        body = concrete(code, n, doc_body)
        if not body and code == "COUNCIL":
            body = d.council_before(start, para.start if para else 0)  # "In its resolution 58/17, the Council"
        if not body and code in ("COMMISSION", "COMMISSION_NAMED"):
            # "在第 69/4 号决议中，委员会强调…": the commission named before, or the one the number was given
            body = commission_meant()
        if body and fits(body, n):
            return body
    its = d.c.its.search(d.text, max(sent, start - 120), start) is not None
    if its and doc_body and fits(doc_body, n):
        return doc_body
    if its and n.form == "xy" and (n.a, n.b) in d.named_number:
        # "in accordance with its resolution 80/2" in a commission's terms of reference
        # annexed to a Council text: the commission this text gave 80/2 to before.
        return d.named_number[(n.a, n.b)]
    if n.form == "sc":
        if d.lang != "zh" and (am := _AND_ONE_MORE_OF_THE.match(d.text, end)) is not None and (
                (bm := d.c.bodies.match(d.text, am.end())) is not None and d.c.body_codes[_group_index(bm)] == "OTHER"):
            return ""  # "Resolution 2417 (2022) and Resolution 2506 (2023) of the Parliamentary Assembly of …"
        return "SC"
    if n.form == "int":
        # A bare number is an SC resolution only where nothing else is named.
        named = d.bodies_before(start, sent)
        if doc_body == "SC":
            # "请反恐怖主义委员会执行局依照…第 2617 号决议": the Council's committees issue no resolutions.
            named = [b for b in named if b[2] not in ("COMMISSION", "COMMISSION_NAMED", "ORGAN")]
        if named and named[0][2] not in ("SC", "COUNCIL"):
            return ""
        return doc_body if doc_body == "SC" else ""
    if n.form == "old":
        if (doc_body in _OWN_NUMBERING or doc_body == "ECOSOC") and fits(doc_body, n):
            # "回顾 1946 年 2 月 16 日第 5 (I) 号和…第 11 (II) 号决议" in a Council text: its own.
            return doc_body
        return "GA" if fits("GA", n) else ""
    if n.form == "xy":
        a = int(n.a)
        seen = d.seen.get((para.start if para else 0, n.a, n.b))
        if seen and fits(seen, n):
            # the same number, attributed earlier in this paragraph (not "理事会在第 62/4 号决议中回顾了大会 2007 年
            # 10 月 31 日…的第 62/4 号决议": dated in another body's session)
            return seen
        if n.prefix:
            # The Human Rights Council holds special sessions too: "S-31/1" in its text.
            return "HRC" if doc_body == "HRC" and not n.prefix.upper().startswith("ES") else "GA"
        if doc_body in _OWN_NUMBERING and fits(doc_body, n):
            # A council or commission cites its own texts by number alone and
            # names the Assembly when it means it; but "大會…第 40/33 號決議" given
            # before, a note's bare "第 40/33 號決議，附件" is that one again.
            before = d.number_body.get((n.a, n.b), "")
            return before if before and before != doc_body and fits(before, n) else doc_body
        if n.session:
            return "CHR"  # "1992/S-1/1": the Commission on Human Rights' special session
        if para is not None and para.kind == "fn" and (named_before := d.named_number.get((n.a, n.b))):
            # "…Commission on the Status of Women resolution 39/7 of 31 March 1995,121" and note 121
            # "(E/1995/26), chap. I, sect. C, resolution 39/7.": the commission's, where it is printed.
            return named_before
        if doc_body not in ("GA", "") and (named_before := d.named_number.get((n.a, n.b))) and fits(named_before, n):
            # "Commission on Narcotic Drugs resolution 62/3 … and resolutions 64/2 …", then "as called
            # for in resolution 64/2" in a Council's text: the commission's again, not the Assembly's.
            return named_before
        if 1946 <= a <= 2099:
            # "人权委员会第 1991/42 号决议" before, "第 1991/42 号决议" again: the commission's.
            return d.named_number.get((n.a, n.b), "ECOSOC")
        if (before := d.number_body.get((n.a, n.b), "")) and before != "GA" and fits(before, n) and not (
                "其" in d.text[max(sent, start - 12):start] if d.lang == "zh"
                else _ITS_RIGHT_BEFORE.search(d.text, max(sent, start - 30), start)):
            # "…以及人权理事会…第 57/8 号决议，⏎1. 欢迎工作组根据第 57/8 号决议第 12 段…": the number the text
            # gave a commission or council before, printed bare again, is that text (not "its" own).
            return before
        if fits("GA", n):
            return "GA"
        # A small session number: the body named last in this paragraph, then the body
        # the text gave this number before (a table's bare "第 12/3 号决议" after "缔约方会议…
        # 通过了第 12/3 号决议"), then the body named last anywhere before, then the issuer.
        lo = para.start if para else 0
        for pos_lo in (lo, 0):
            if pos_lo == 0 and (before := d.number_body.get((n.a, n.b), "")) and fits(before, n):
                return before
            for _, _, code in d.bodies_before(start, pos_lo):
                body = concrete(code, n, doc_body)
                if body and body != "GA" and fits(body, n):
                    return body
        if doc_body and fits(doc_body, n):
            return doc_body
    return ""


def _pinpoint(d: _Doc, start: int, end: int, list_start: int) -> str:
    m = d.c.pin_after.match(d.text, end, min(len(d.text), end + 60))
    if m:
        return _WS.sub(" ", m.group(1)).strip()
    if list_start >= 0:
        m = d.c.pin_before.search(d.text, max(0, list_start - 60), list_start)
        if m:
            return _WS.sub(" ", m.group(1)).strip()
    return ""


_CLAUSE_MARK = regex.compile(r"[，；。]")


_DATE_THEN_TITLE = regex.compile(r"(?P<y>(?:19|20)\d\d)\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:题为|題為)\s*[“「][^”」]{1,160}"
                              r"[”」]\s*(?:的|之)\s*第\s*\Z")
_IN_ANOTHERS_TOPIC = regex.compile(r"[^，。；、,;]{0,60}?(?:的|之)\s*第\s*\d")
_DATE_THEN_NUMBER_ZH = regex.compile(r"[^\S\n]*第?[^\S\n]*")


def _dated_year(d: _Doc, start: int, end: int) -> int:
    """The year of the date printed right with the number at ``[start, end)`` ("resolution 67/4 of 22 March
    2024", "2024 年 3 月 22 日第 67/4 号"), or 0."""
    if d.lang == "zh":
        m = None
        for m in d.c.item_date.finditer(d.text, max(0, start - 20), start):
            pass
        if m and _DATE_THEN_NUMBER_ZH.fullmatch(d.text, m.end(), start):
            return int(m["y"])
        if d.text[max(0, start - 3):start].rstrip().endswith("第"):
            # "大会 2007 年 10 月 31 日题为“…”的第 62/4 号决议": a topic between the date and the number
            near = d.text[max(0, start - 8):start]
            tm = None
            if ("的" in near or "之" in near) and ("关于" in (w := d.text[max(0, start - 90):start]) or "關於" in w):
                tm = _DATE_THEN_TOPIC.search(d.text, max(0, start - 90), start)
            if tm is None and ("”" in near or "」" in near):
                tm = _DATE_THEN_TITLE.search(d.text, max(0, start - 200), start)
            if tm is None or _IN_ANOTHERS_TOPIC.match(d.text, end):
                # (not "2018 年 5 月 31 日关于在…第 71/243 号决议背景下…的第 72/279 号决议": the date is the
                # text's whose topic names the number)
                return 0
            return int(tm["y"])
        return 0
    m = d.c.date_after.match(d.text, end, min(len(d.text), end + 40))
    return int(m["y"]) if m else 0


def _item_date(d: _Doc, item_start: int, item_end: int, year: str = "") -> str:
    m = d.c.item_date.search(d.text, max(0, item_start - 20), item_end)
    if m and m.end() <= item_end and not _CLAUSE_MARK.search(d.text, m.end(), item_start):
        # (not "延长至 2027 年 7 月 1 日，并重申第 1807 号决议": another clause's date)
        return _iso(m["y"], m["m"], m["d"])
    if d.lang == "zh" and d.text[max(0, item_start - 3):item_start].rstrip().endswith("第"):
        # "2017 年 12 月 21 日关于外国恐怖主义作战人员的第 2396 号决议": the topic between;
        # "2023 年 12 月 22 日安理會第 2720 號決議": the body.
        m = (_DATE_THEN_TOPIC.search(d.text, max(0, item_start - 90), item_start)
             or _DATE_THEN_BODY.search(d.text, max(0, item_start - 40), item_start))
        if m:
            return _iso(m["y"], m["m"], m["d"])
    m = d.c.date_after.match(d.text, item_end, min(len(d.text), item_end + 40))
    if m:
        return _iso(m["y"], d.c.t.months[m["mon"]], m["d"])
    if year:
        # "220 (1966) of 16 March": the year is the Security Council number's own.
        m = _DAY_MONTH.match(d.text, item_end, min(len(d.text), item_end + 30))
        if m and m["mon"] in d.c.t.months:
            return _iso(year, d.c.t.months[m["mon"]], m["d"])
    return ""


def _sibling_heading(d: _Doc, m: regex.Match[str], source: str, target: str) -> bool:
    """Whether ``m`` is the heading of another text of the page the document's own heads:
    a line of its own, numbered in the own id's series ("Decision 12/5" under "Decision 12/4")."""
    if not target or "/" not in source or target.rsplit("/", 1)[0] != source.rsplit("/", 1)[0]:
        return False
    text = d.raw or d.text  # the line as printed: Chinese lines are joined in the text
    s, e = (d.norm.raw_offset(m.start()), d.norm.raw_offset(m.end() - 1) + 1) if d.raw else (m.start(), m.end())
    ls = text.rfind("\n", 0, s) + 1
    le = text.find("\n", e)
    line = text[ls:le if le >= 0 else len(text)].strip("#* \t\r")
    # (or "Resolution 317 (1972)⏎of 21 July 1972⏎[S/10752]" under "Resolution 316 (1972)" on a volume's page;
    # or the page's title, the range of the texts it prints: "第 2027/201 号至第 2027/215 号决定")
    said = text[s:e].strip()
    return (line == said and (d.c.heading.match(line) is not None or d.c.heading_sc.match(line) is not None)) or (
        line.endswith(said) and _PAGE_RANGE_TITLE.fullmatch(line) is not None)


def _headed_on_page(d: _Doc, said: str) -> bool:
    """Whether a line of the page opens on ``said`` as a text's heading ("## 80/552. 2026 年…")."""
    text = d.raw or d.text
    pos = text.find(said)
    while pos >= 0:
        ls = text.rfind("\n", 0, pos) + 1
        if not text[ls:pos].strip("#* \t"):
            le = text.find("\n", pos)
            if d.c.heading.match(text[ls:le if le >= 0 else len(text)].strip("#* \t\r")) is not None:
                return True
        pos = text.find(said, pos + 1)
    return False


_MORE_PART = regex.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|和|及|、)\s*([(（]\s*(?:Sect|Part|Prog|Vol)s?\.?\s*"
                           r"(?:\d{1,2}[A-Z]?|[IVX]{1,5})\s*[)）])")
_PAGE_RANGE_TITLE = regex.compile(r"第\s*\d{4}\s*/\s*\d{1,3}\s*[号號]?\s*(?:至|到)\s*第?\s*\d{4}\s*/\s*\d{1,3}\s*[号號]\s*(?:决定|決定|决议|決議)"
                                  r"|(?:.{0,30}?[·:—-]\s*)?(?:Decisions|Resolutions)\s+\d{2,4}/\d{1,3}\s*(?:to|-|–)\s*\d{2,4}/\d{1,3}")


# "鼓励社会发展委员会和人口与发展委员会根据其第 63/1 号和第 2024/1 号决议": two bodies and
# "their" numbers, one each, in order.
_ITS_ZH_BEFORE = regex.compile(r"其\s*\Z")
_PAIR_JOIN = regex.compile(r"\s*(?:和|及|与|與|以及|、|,\s*(?:and\s+)?(?:the\s+)?|and\s+(?:the\s+)?)\s*\Z")
_SEVERALLY = regex.compile(r"分别|分別")
# What follows "分别": "通过的第 57/104 号决定、第 64/3 号决议和第 82/2 号决议", one item after another.
_SEQ_NUM = r"第\s*(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*第\s*)?\d{1,4}\s*/\s*\d{1,3}(?:\s*[A-Z])?\s*[号號]"
_SEVERAL_SEQ = regex.compile(rf"\s*(?:在其|在|通过的|通過的|以其|于其)?\s*{_SEQ_NUM}(?:\s*(?:决议|決議|决定|決定))?"
                             rf"(?:\s*(?:、|和|及|以及)\s*{_SEQ_NUM}(?:\s*(?:决议|決議|决定|決定))?)+")
_SEQ_ITEM = regex.compile(r"\d{1,4}\s*/\s*\d{1,3}(?=(?:\s*[A-Z])?\s*[号號])")
_RESPECTIVELY = regex.compile(r"[\s,]*respectively\b")


_OF_THE_AFTER = regex.compile(r"\s+of\s+(?:the\s+)?")
# "…, and of the Conference of the States Parties": "of" again before the next body.
_BODY_JOIN_AFTER = regex.compile(r"\s*,\s*(?:and\s+)?(?:of\s+(?:the\s+)?)?(?:the\s+)?|\s+and\s+(?:of\s+)?(?:the\s+)?")
# A conference's treaty after its name ("… of the Parties to the United Nations Convention against
# Transnational Organized Crime4"), its footnote marker glued on; a marker before "respectively".
_BODY_TREATY_AFTER = regex.compile(r"\s+to\s+the\s+[A-Z][\w\-']*(?:\s+(?:[A-Z][\w\-']*|of|on|against|the|for|in))*")
_MARKER_RESPECTIVELY = regex.compile(r"[\s,]*\d{1,2}[\s,]+respectively\b")


def _bodies_after(d: _Doc, hi: int, count: int) -> list[str]:
    """The ``count`` bodies named one after another after a list, then "respectively" (or [])."""
    if (om := _OF_THE_AFTER.match(d.text, hi)) is None:
        return []
    pos, codes = om.end(), []
    while len(codes) < count:
        bm = d.c.bodies.match(d.text, pos)
        if bm is None:
            return []
        codes.append(d.c.body_codes[_group_index(bm)])
        pos = bm.end()
        if (tm := _BODY_TREATY_AFTER.match(d.text, pos)) is not None:
            pos = tm.end()
        if len(codes) < count:
            if (jm := _BODY_JOIN_AFTER.match(d.text, pos)) is None:
                return []
            pos = jm.end()
    return codes if _RESPECTIVELY.match(d.text, pos) or _MARKER_RESPECTIVELY.match(d.text, pos) else []


def _respectively(d: _Doc, lo: int, hi: int, items: list[tuple[int, int, Num]], para: Paragraph | None,
                  meta_body: str, decision: bool | None) -> list[str] | None:
    """The bodies of a list of numbers said of as many bodies named together, in their order:
    "…两个委员会在其第 68/1 号和第 34/2 号决议中", "妇女地位委员会、社会发展委员会和人口与发展委员会分别
    通过的第 69/2 号、第 63/1 号和第 2025/2 号决议", "the two Commissions, in their resolutions
    68/1 and 34/2, respectively"."""
    if not 1 <= len(items) <= 4 or any(n.form != "xy" for _, _, n in items):
        return None
    text = d.text
    sent = d.sentence_start(lo, para)
    offset, total = 0, len(items)  # where the list's items stand among all the numbers said severally
    if (d.lang == "zh" and len(items) >= 2
            and (am := _ADOPTED_BY_ZH.match(text, _KIND_WORD_ZH.match(text, hi).end())) is not None
            and ("分别" in am.group() or "分別" in am.group())):
        # "第 12/2 号和第 10/4 号决议，这两项决议分别由《…公约》缔约方会议第十二届会议和《…公约》缔约国会议
        # 第十届会议通过": the bodies named after, in their order.
        stop = _ADOPTED_END_ZH.search(text, am.end(), min(len(text), am.end() + 200))
        codes = [d.c.body_codes[_group_index(bm)]
                 for bm in d.c.bodies.finditer(text, am.end(), stop.start() if stop else am.end())]
        doc_body = d.body_at(lo, meta_body)
        bodies = [concrete(c, n, doc_body) for c, (_, _, n) in zip(codes, items)]
        if (len(codes) == len(items) and all(bodies)
                and all(compatible(b, n, decision) for b, (_, _, n) in zip(bodies, items))):
            return bodies
        return None
    if d.lang == "zh":
        j = lo
        while j > 0 and text[j - 1] in " 第":
            j -= 1
        sev = _SEVERALLY.search(text, max(sent, j - 60), j)
        if sev is not None and (seq := _SEVERAL_SEQ.match(text, sev.end())) is not None and seq.end() >= hi - 4:
            # "…分别通过的第 57/104 号决定、第 64/3 号决议和第 82/2 号决议": numbers with words of their own,
            # read as lists of their own, said severally of the bodies all the same.
            offset = len(_SEQ_ITEM.findall(text, sev.end(), lo))
            total = len(_SEQ_ITEM.findall(seq.group()))
        elif len(items) < 2:
            return None
        said = _ITS_ZH_BEFORE.search(text, max(0, j - 2), j) or sev
        if not said or (total > 2 and sev is None):
            return None
    elif len(items) >= 2 and (after := _bodies_after(d, hi, len(items))):
        # "resolutions 10/4, 33/2 and 79/190 of the Conference of the Parties …, the Commission on Crime
        # Prevention and Criminal Justice and the General Assembly, respectively": the bodies after the list
        doc_body = d.body_at(lo, meta_body)
        bodies = [concrete(c, n, doc_body) for c, (_, _, n) in zip(after, items)]
        if all(bodies) and all(compatible(b, n, decision) for b, (_, _, n) in zip(bodies, items)):
            return bodies
        return None
    elif len(items) < 2 or not _RESPECTIVELY.match(text, hi):
        return None
    named = d.bodies_before(lo, sent)
    doc_body = d.body_at(lo, meta_body)
    # The bodies named one after another, joined by "和", "、" or "and": the nearest run.
    for start_k in range(len(named)):
        run = [named[start_k]]
        for b in named[start_k + 1:]:
            if _PAIR_JOIN.search(text, b[1], run[-1][0]) and run[-1][0] - b[1] <= 12:
                run.append(b)
            else:
                break
        if len(run) < 2:
            continue
        if len(run) != total or offset + len(items) > total:
            return None
        run.reverse()
        run = run[offset:offset + len(items)]
        bodies = [concrete(c, n, doc_body) for (_, _, c), (_, _, n) in zip(run, items)]
        if (all(bodies) and len(set(bodies)) == len(bodies)
                and all(compatible(b, n, decision) for b, (_, _, n) in zip(bodies, items))):
            return bodies
        return None
    return None


def _reslist(d: _Doc, m: regex.Match[str], meta_body: str, source: str,
             out: list[Mention]) -> None:
    text = d.text
    word = m.group("word")
    decision = word is not None and ("决定" in word or "決定" in word or word.lower().startswith("decision"))
    # Whether the words say a decision (True) or a resolution (False); None where they say neither.
    kind_said = True if decision else (
        False if word is not None and ("决议" in word or "決議" in word or "resolution" in word.lower().replace("1", "l")) else None)
    lo, hi = m.start(), m.end()
    if word is not None and m.start("word") > lo:
        hi = m.start("word")
    if (d.lang != "zh" and word is not None and word[0].isupper() and text.startswith("No.", m.end("word") + 1)
            and _ANOTHER_ORGANS_ACT.search(text, max(0, m.start("word") - 40), m.start("word"))
            and not any(m.start("word") - 1 <= e <= m.start("word") and not (
                c in ("COUNCIL", "COMMISSION") and _ANOTHER_ORGANS_ACT.search(text, max(0, b - 30), b))
                for b, e, c in d.bodies)):
        return  # "Forum for Security Co-operation Decision No. 2/24", "Ministerial Council Decision No. 10/17"
    items = []
    dates = [(dm.start(), dm.end()) for dm in _ANY_DATE.finditer(text, lo, hi)]
    if "“" in text[lo:hi] or '"' in text[lo:hi]:
        dates += [(q.start(), q.end()) for q in _QUOTED.finditer(text, lo, hi)]
    for im in _NUMBER_IN_ITEM.finditer(text, lo, hi):
        if any(a <= im.start() < b for a, b in dates):
            continue
        n = parse_number(fold_width(im.group()))
        if n is None:
            continue
        if n.form == "int" and items and not _AFTER_SEPARATOR.search(text, items[-1][1], im.start()):
            continue  # "on the general ceasefire called for in 2020 and 2565 (2021)": a year in a topic
        items.append((im.start(), im.end(), n))
    if not items:
        return
    i, para = d.paragraph(lo)
    relation = d.relation(i, para)
    label = para.label if para else ""
    first_body = ""
    if (d.chain is not None and d.chain[2] == i and items[0][2].form == "old"
            and not ga_numbering(items[0][2]) and _CHAIN_GAP.fullmatch(text, d.chain[0], m.start())):
        # "其…第 8 (I) 号决议和 1946 年 6 月 21 日第 8 (II) 号决议": the list goes on after its
        # word (an old number is otherwise the Assembly's wherever it could be).
        first_body = d.chain[1]
    list_body = ""
    if d.lang != "zh" and len(items) > 1 and (om := _NUMBER_OF_THE.match(text, items[-1][1])) is not None:
        bm = d.c.bodies.match(text, om.end())
        list_body = d.c.body_codes[_group_index(bm)] if bm else ""
        if list_body == "OTHER":
            return  # "Resolution 2417 (2022) and Resolution 2506 (2023) of the Parliamentary Assembly of …"
        if not bm and _BARE_COMMISSION.match(text, om.end()):
            list_body = d.commission_before(lo)  # "decisions 68/1 and 68/2 of the Commission"
    elif (d.lang != "zh" and (om := _AND_OTHER_KIND_OF_THE.match(text, items[-1][1])) is not None
          and not any(m.start() - b[1] <= 2 for b in d.bodies_before(m.start(), max(0, m.start() - 90))[:1])):
        # "resolution 2005/12 of 8 August 2005 and decision 2004/118 of 12 August 2004 of the
        # Sub-Commission": the body named after the other kind's list issued this one too.
        bm = d.c.bodies.match(text, om.end())
        list_body = d.c.body_codes[_group_index(bm)] if bm else ""
        if not bm and text.startswith("Sub-Commission", om.end()):
            list_body = "SUBCOM"
        list_body = "" if list_body in ("OTHER", "COMMISSION", "COUNCIL") else list_body
    elif d.lang == "zh" and (am := _ADOPTED_BY_ZH.match(text, m.end())) is not None:
        # "第 56/103 号和第 57/101 号决定，这两项决定分别由统计委员会第五十六届会议和…通过": the body named after.
        bm = d.c.bodies.match(text, am.end())
        list_body = d.c.body_codes[_group_index(bm)] if bm else ""
        list_body = "" if list_body in ("OTHER", "COMMISSION", "COUNCIL") else list_body
    elif d.lang != "zh" and (am := _ADOPTED_BY_THE.match(text, items[-1][1])) is not None:
        # "took note also of resolutions 71/1 and 71/2 and of decision 71/101, adopted by the
        # Commission at that session": the body that adopted them, named after.
        bm = d.c.bodies.match(text, am.end())
        list_body = d.c.body_codes[_group_index(bm)] if bm else ""
        list_body = "" if list_body == "OTHER" else list_body
        if not bm and _BARE_COMMISSION.match(text, am.end()):
            list_body = d.commission_before(lo)
    for k in range(len(items) - 1):
        (s0, e0, n0), (s1, _, n1) = items[k], items[k + 1]
        if (n0.form == "int" and n1.form == "old" and _RANGE_SEP.match(text[e0:s1])
                and 0 < int(n1.a) - int(n0.a) <= 50):
            # "Council resolutions 1554 to 1556 (XLIX)": the first number has the last one's session.
            items[k] = (s0, e0, Num("old", n0.a, roman=n1.roman))
    paired = _respectively(d, lo, hi, items, para, meta_body, kind_said)
    for k, (s, e, n) in enumerate(items):
        if n.form == "xy" and (om_ := _OTHER_ORGANS_SUFFIX.match(text, e)) and not (n.letter and len(om_.group()) == 2):
            continue  # "resolution No. 12/51-POL": the Organization of Islamic Cooperation's own numbering
        # A range "2012/12 至 2012/19" expands to every number in it.
        expanded: list[Num] = [n]
        via = "list" if k else "text"
        if k and _RANGE_SEP.match(text[items[k - 1][1]:s]):
            prev = items[k - 1][2]
            if (prev.form == n.form == "xy" and prev.a == n.a and prev.b == n.b
                    and len(prev.letter) == len(n.letter) == 1 and prev.letter < n.letter):
                # "decisions 2023/201 A to 2023/201 E": the parts of one text
                expanded = [Num("xy", n.a, n.b, chr(c), n.prefix)
                            for c in range(ord(prev.letter) + 1, ord(n.letter) + 1)]
                via = "range"
            elif (prev.form == n.form == "xy" and prev.a == n.a and prev.prefix == n.prefix
                    and prev.session == n.session and 0 < int(n.b) - int(prev.b) <= 300):
                expanded = [Num("xy", n.a, str(b), "", n.prefix, session=n.session)
                            for b in range(int(prev.b) + 1, int(n.b) + 1)]
                via = "range"
            elif prev.form == n.form == "old" and prev.roman == n.roman and 0 < int(n.a) - int(prev.a) <= 50:
                expanded = [Num("old", str(a), roman=n.roman) for a in range(int(prev.a) + 1, int(n.a) + 1)]
                via = "range"
        elif len(items) > 1 and k == 0:
            via = "range" if _RANGE_SEP.match(text[e:items[1][0]]) else "list"
        if n.form == "xy" and n.letter:
            more = _MORE_LETTERS.match(text, e, hi)
            if more:
                letters = [n.letter]
                for sep, letter in _LETTER_SEP.findall(more.group()):
                    if (sep in ("to", "至", "到", "–", "-") and len(letter) == len(letters[-1]) == 1
                            and letters[-1] < letter):
                        letters.extend(chr(c) for c in range(ord(letters[-1]) + 1, ord(letter)))
                    letters.append(letter)
                expanded = [Num("xy", n.a, n.b, x, n.prefix) for x in dict.fromkeys(letters)]
                e = more.end()
        date = _item_date(d, s, e, n.year if n.form == "sc" else "")
        year = date[:4] if n.form == "int" and date else ""
        if n.form == "int" and not year and len(items) == 1 and (ym := _YEAR_IN_BRACKETS.match(text, m.end())):
            year = ym[1]  # "第 2482 号决议（2019 年 7 月 19 日）": its date in brackets after it
        if para is not None and para.kind == "head" and meta_body and \
                make_id(n, meta_body, decision, year) == source:
            continue  # the document's own heading: "第 67/2 号决议"
        if decision and n.form == "int":
            continue  # "第 7 号决定": the Security Council numbers no decisions
        if n.form == "int" and year and not sc_number_fits(int(n.a), int(year)):
            continue  # "2025 年 11 月 20 日第 18-7 号决议": no Council resolution of that year is numbered so
        body = paired[k] if paired else _choose_body(
            d, n, s, e, para, d.body_at(s, meta_body), first_body, lo, kind_said, list_body)
        if not body:
            continue
        if n.form == "xy":
            for num in expanded:
                d.seen.setdefault((para.start if para else 0, num.a, num.b), body)
                d.number_body.setdefault((num.a, num.b), body)
                if body in COMMISSIONS:
                    d.name_number(num, body, s)
        if not first_body:
            first_body = body
        pin = _pinpoint(d, s, e, lo if k == 0 else -1)
        span_s = items[k - 1][0] if via == "range" and k else s
        raw_s, raw_e = d.norm.raw_span(span_s, e)
        for num in expanded:
            target = make_id(num, body, decision, year)
            if not target or target == source or (num.form == "int" and source.startswith(f"{target}(")):
                continue  # "Resolution 361 (197-4)": a misprinted heading is still the own number
            if (len(items) == 1 or via == "range") and _sibling_heading(d, m, source, target):
                continue  # "Decision 12/5" heading the next text on a decisions page: printed beside, not cited
            kind = "decision" if "/DEC/" in target else "resolution"
            out.append(Mention(source, target, kind, text[span_s:e], raw_s, raw_e, label,
                               relation, via, d.lang, pin, date))
    d.chain = (m.end(), first_body, i) if first_body and d.lang == "zh" else None


_YEAR_CELL = regex.compile(r"[(（]\s*(?:19|20)\d\d\s*[)）]")


def _grid_cell(text: str, p: Paragraph, col: int) -> str:
    """The cell in column ``col`` of a Markdown or grid table's row."""
    seg = text[p.start:p.end]
    if seg[:1] != "|":
        return ""
    cells = _pipe_cells(seg)
    return cells[col] if col < len(cells) else ""


def _pipe_cells(seg: str) -> list[str]:
    """The cells of a Markdown or grid table's row: "| 第六届 | 圣彼得堡 | 6/5 |"."""
    return [c.strip() for c in seg.strip().strip("|").split("|")]


# A grid table's rule between its rows: "+------+-----+", "+======+=====+".
_GRID_RULE = regex.compile(r"\+(?:[-=:]+\+)+")
_CELL_GAP = regex.compile(r"\t\s*|\s{2,}")  # a tab (Word's tables) or a run of spaces
# A cell that is a number: "34/1", "68/1a", "2024/18", or the Council's "2174 (2014)" ("1970 (2011)、"
# over a row that goes on below it).
_BARE_CELL = regex.compile(r"(?P<n>(?:\d{1,2}|(?:19|20)\d\d)\s*/\s*\d{1,3}|\d{1,4}\s*[(（]\s*(?:19|20)\d\d\s*[)）])"
                           r"(?P<note>[a-z])?[、，,]?")
# A cell of several: "79/160, 77/205", "2427 (2018); 2601 (2021)".
# ("78/188<br>80/187": a Markdown cell's line break between them; "75/131; 77/190; 79/144 and": its list
# goes on in the cell's next line, a row of its own)
_BARE_CELLS = regex.compile(rf"(?:{_BARE_CELL.pattern})(?:\s*(?:[;；]|and|和|及|<br\s*/?>)?\s*(?:{_BARE_CELL.pattern}))+"
                            r"(?:\s*(?:[;；]|and|和|及))?"
                            .replace("(?P<n>", "(?:").replace("(?P<note>", "(?:"))
_BARE_THEN_WORD = regex.compile(rf"(?P<bare>(?:{_BARE_CELL.pattern})(?:\s*(?:[;；,]|and)?\s*(?:{_BARE_CELL.pattern}))*)"
                                .replace("(?P<n>", "(?:").replace("(?P<note>", "(?:")
                                + r"\s*(?:[;；,]\s*|\s+)(?:and\s+)?(?:[Rr]esolutions?|[Dd]ecisions?)\s+\d")
# A cell that prints its number with 第 and 号, its word after or on the line below.
# A cell of numbers with 第 and 号, no word: "第 59/5 号", "第 66/3 号<br>第 67/1 号", "第 4 (XXXVI) 号".
_DI_NUM = r"(?:\d{1,4}\s*/\s*\d{1,3}|\d{1,4}\s*(?:[A-Z]\s*)?\(\s*(?:S-)?[IVXL]{1,8}\s*\))"
_DI_CELL = regex.compile(rf"(?<=第\s*)(?P<n>{_DI_NUM})(?=\s*[号號])")
_DI_CELLS = regex.compile(rf"第\s*{_DI_NUM}\s*[号號](?:\s*(?:<br\s*/?>|和|及|、)\s*第\s*{_DI_NUM}\s*[号號])*")
_ROW_CITES_EN = regex.compile(r"(?:\s{3,}|^)(?:Resolutions?|Decisions?)\s+\d{1,4}(?:\s*/\s*\d{1,3})?\b")
_ROW_CITES = regex.compile(r"(?:\s{3,}|^)\S[^\n]{0,30}第\s*(?:\d|$)")
_COMMISSION_KIND_HEAD = regex.compile(r"(?:委员会|委員會|(?:The\s+)?Commission)\s*(?:的)?\s*(?:决议|決議|决定|決定|[Rr]esolutions?|[Dd]ecisions?)")
_CELL_KIND_HEAD = regex.compile(r"决议|決議|决定|決定")
_CELL_WORD_IN = regex.compile(r"[号號]\s*(?:决|決)")
_NO_WORD_CELL = regex.compile(r"第\s*(?P<n>\S+?)\s*[号號]\s*(?P<w>决议|決議|决定|決定)?")
_CELL_WORDS = frozenset(("决议", "決議", "决定", "決定"))
_NUMBER_START = regex.compile(r"第\s*\d|\d")
_DI_NUMBER = regex.compile(r"第\s*(?P<n>\d{1,4}\s*/\s*\d{1,3})")
_TAIL_NUMBER_CELL = regex.compile(r"(?:和|及|与|與|、)\s*第\s*(?P<n>\d{1,4}\s*/\s*\d{1,3})\s*$")
_RANGE_CELL = regex.compile(r"(?P<a>\d{1,2}\s*/\s*\d{1,3})\s*(?:至|到|to|–|—|-)\s*(?P<b>\d{1,2}\s*/\s*\d{1,3})")
# "决定 2025/237": a cell's kind before its number, as no sentence prints it ("decision 2024/252" is
# found as prose is).
_KIND_NUMBER_CELL = regex.compile(r"(?P<w>决定|決定|决议|決議)\s*(?P<n>\d.*)")
_CELL_BREAK = regex.compile(r"\s*<br\s*/?>\s*", regex.I)
_KIND_WORDS = frozenset(("决议", "決議", "Resolution", "决定", "決定", "Decision"))
_KIND_LINES = frozenset(("决议", "決議", "决定", "決定", "Resolutions", "Decisions"))  # a line that is a kind alone
_DECISION_WORDS = frozenset(("决定", "決定", "Decision", "Decisions"))
_AND_CELL = regex.compile(r"(?:和|及|與|与|and)\s*(?P<n>\S.*)")
_CELL_DECISION = regex.compile(r"决定|決定|[Dd]ecision")
_CELL_RESOLUTION = regex.compile(r"决议|決議|[Rr]esolution")
_CONTINUED = regex.compile(CONTINUED_MARK + r"\s*$")
_KIND_HEADER = regex.compile(r"(?:[Rr]esolutions?|[Dd]ecisions?)(?:\s+(?:or|and)\s+decisions?)?(?:\s+No\.)?|决议|決議|决定|決定|决议编号|决定编号|(?:(?:Resolutions|Decisions)\s+)?Number|编号|編號")


def _cell_starts(d: _Doc, start: int, cells: list[str]) -> tuple[list[int], list[int]]:
    """Where each of ``cells`` starts in its line as printed, from ``start`` on: in
    characters, and in a fixed-width font's columns (a Chinese character takes two)."""
    chars, columns, pos = [], [], start
    for cell in cells:
        pos = d.text.find(cell, pos)
        char, column = _raw_column(d.raw, d.norm.raw_offset(pos))
        chars.append(char)
        columns.append(column)
        pos += len(cell)
    return chars, columns


def _raw_column(raw: str, at: int) -> tuple[int, int]:
    """Where ``at`` stands in its line as printed: in characters, and in a fixed-width font's columns."""
    line = raw[raw.rfind("\n", 0, at) + 1:at]
    return len(line), len(line) + sum(east_asian_width(ch) in "WF" for ch in line)


def _aligned(starts: tuple[list[int], list[int]], header_at: tuple[list[int], list[int]]) -> list[int]:
    """The header column of each cell of a row with blank cells, by position; [] when unclear."""
    for row, head in zip(starts, header_at):
        cols: list[int] = []
        for x in row:
            j = min(range(len(head)), key=lambda j: abs(head[j] - x))
            if abs(head[j] - x) > 6:
                # Or the column it begins inside: "64/1、65/1⏎    和 66/1", a cell's second line.
                j = max((i for i in range(len(head)) if head[i] <= x), default=-1)
                if j < 0 or (j + 1 < len(head) and x >= head[j + 1] - 2):
                    break
            if cols and j <= cols[-1]:
                break
            cols.append(j)
        else:
            return cols
    return []


_SYMBOL_HEADS = frozenset(("文号", "文號", "文件编号", "文件編號", "文件", "Symbol", "Document symbol", "Document"))
_SYMBOL_CELL = regex.compile(r"\s*[A-Z]{1,6}(?:\.\d+)?/[A-Za-z0-9.]+/\S*\s{3,}\S")


_NUMBER_HEAD = regex.compile(r"(?:(?:Resolutions|Decisions)\s+)?(?:Number|No\.)|编号|編號")
_NUMBER_ROW = regex.compile(r"\s*(?:(?:Resolution|Decision|决议|決議|决定|決定)(?:\s+\d{1,4}\s*/\s*\d{1,3})?"
                            r"|\d{1,4}\s*/\s*\d{1,3})\s{3,}\S")


def _column_header(d: _Doc, p: Paragraph, rows: tuple[Paragraph, ...]) -> bool:
    """Whether ``p`` heads a table's columns, one of them its numbers', over the first of
    ``rows`` (or the next, under a header wrapped onto a second line: "Resolution or⏎decision")."""
    if p.kind == "fn" or p.end - p.start > 120 or ("    " not in d.text[p.start:p.end]
                                                    and "\t" not in d.text[p.start:p.end]):
        return False
    cells = _CELL_GAP.split(d.text[p.start:p.end].strip())
    if (len(cells) >= 2 and _NUMBER_HEAD.fullmatch(cells[0]) and not any(ch.isdigit() for c in cells for ch in c)
            and any(_NUMBER_ROW.match(d.text, q.start, q.end) for q in rows[:3])):
        # "Number    Title    Date of adoption" over "Resolution    Strengthening …⏎35/1    combat …", "Resolutions
        # Number    Title" over "69/1    Promoting …": the texts a report lists by number
        return True
    if not (len(cells) >= 3 and all(len(c) <= 30 for c in cells)
            and not any(ch.isdigit() for c in cells for ch in c)):
        return False
    if any(c in _SYMBOL_HEADS for c in cells) and any(
            _SYMBOL_CELL.match(d.text, q.start, q.end) for q in rows[:2]):
        # "文号    议程项目    标题或说明" over "E/CN.7/2026/1    2    附加说明的临时议程": a table of documents,
        # whose symbol cells may wrap ("E/CN.7/2026/L.3/⏎Rev.1")
        return True
    if not any(_CELL_RESOLUTION.search(c) or _CELL_DECISION.search(c) for c in cells):
        # "议程项目    报告或文件    文号    理事会的行动": no kind in the header, but the rows cite
        # texts by number in a cell of their own ("注意到；并注意到委员会⏎第 70/1 号和第 70/2 号⏎决议").
        if d.lang != "zh":
            # "Body    Mandate    Subject    Reporting requirement" over "General Assembly    Resolution 79/174 of
            # …": the rows cite texts by kind and number in a cell of their own
            return len(cells) >= 3 and any(_ROW_CITES_EN.search(d.text, q.start, q.end) for q in rows)
        return len(cells) >= 4 and any(_ROW_CITES.search(d.text, q.start, q.end) for q in rows)
    # The first rows under it, past a wrapped header line or a rule ("-----"): one holds a number
    # cell ("Standard Minimum Rules for    Economic and Social    663 C (XXIV)" does not, the next does).
    for q in rows:
        below = _CELL_GAP.split(d.text[q.start:q.end].strip())
        if len(below) >= 2 and any(_BARE_CELL.fullmatch(c) for c in below):
            return True
    return False


def _cell_body(d: _Doc, cell: str, doc_body: str = "") -> str:
    """The body a table's cell names, when that is all it holds."""
    # "**人权理事会**"; "《联合国打击跨国有组织犯罪公约》<br>缔约方会议": a line break inside a Markdown cell
    cell = _CELL_BREAK.sub("" if d.lang == "zh" else " ", cell).strip().strip("*")
    if cell in ("委员会", "委員會", "Commission", "The Commission") and doc_body in COMMISSIONS:
        return doc_body  # "委员会" in a commission's own document: that commission
    bm = d.c.bodies.fullmatch(cell)
    code = d.c.body_codes[_group_index(bm)] if bm else ""
    return code if code in BODY_PREFIX and code not in ("COUNCIL", "COMMISSION") else ""


def _table_cells(d: _Doc, source: str, out: list[Mention], doc_body: str = "") -> None:
    """Bare numbers in a table's cells: "决议    34/1      加强…", "68/1    …    79/188".

    The column's header names the body ("麻醉药品委员会决议", "相关大会决议") or the
    caption does ("预防犯罪和刑事司法委员会第三十四届会议通过的决议和决定"); a row's
    "决定" cell, or its column's, makes the number a decision. Under a header that is the
    kind alone ("Resolution    Title    Draft"), where nothing names a body, the numbers are
    the document's own body's, as bare numbers in its prose are.
    """
    text, paras = d.text, d.norm.paragraphs
    carried: dict[int, str] = {}
    for lo, hi in d.table_rows:
        header: list[str] = []
        header_at: tuple[list[int], list[int]] = ([], [])  # where each header cell starts in its line
        # The body a column's last body cell named; a table continued on the next page ("表 1（续）",
        # "Table 1 (continued)") goes on under the body its last rows had.
        carried = carried if lo and _CONTINUED.search(text, paras[lo - 1].start, paras[lo - 1].end) else {}
        wrap_rows: set[tuple[int, int]] = set()  # the rows and columns a body's name wrapped onto
        prev_lone = ""  # a row of one cell, the start of a body's name
        grid = header_done = False  # a grid table ("+---+" rules), its header closed by "+===+"
        lone_at: tuple[list[int], list[int]] = ([], [])  # where a row of one cell over the header starts
        prev_first = ""
        kind_line = ""  # the last line of a table that was a kind alone ("决定", "Decisions")
        last_cells: dict[int, str] = {}  # the cells of the row above, by column
        for k in range(lo, hi):
            p = paras[k]
            seg = text[p.start:p.end]
            if seg[:1] == "+" and _GRID_RULE.fullmatch(seg):
                grid = True
                header_done = header_done or (bool(header) and "=" in seg)
                continue  # a grid table's rule; "+====+" closes its header
            if seg[:1] == "|":
                cells = _pipe_cells(seg)
            else:
                cells = _CELL_GAP.split(seg.strip())
            cols = list(range(len(cells)))
            single = False
            # A row's first cell wrapped onto a line of its own, after "1970 (2011)、": "2174 (2014)    报告".
            # (Not a lone number elsewhere: an empty cell before it drops out of the line.)
            wrapped = bool(header) and prev_first.endswith(("、", "，", ",", "和", "及")) \
                and _BARE_CELL.fullmatch(cells[0]) is not None
            prev_first = cells[0]
            lone, prev_lone = prev_lone, ""
            if (len(cells) < 2 and not wrapped and header and d.raw
                    and (_NO_WORD_CELL.fullmatch(cells[0]) or _BARE_CELL.fullmatch(cells[0]))
                    and (one := _aligned(_cell_starts(d, p.start, cells), header_at))
                    and (one[0] > 0 or last_cells.get(0, "") in _KIND_WORDS)):
                # "                第 34/101 号决定": a row of one cell, its body's blank; "decision⏎
                # 2025/238": a number under its kind, the rest of the cell above.
                cols, single = one, True
            elif len(cells) < 2 and not wrapped:
                if header and cells[0].strip() in _KIND_LINES:
                    kind_line = cells[0].strip()  # "决议" and "决定" over each kind's rows
                    continue
                if not any(ch.isdigit() for ch in cells[0]):
                    # a body's name begun on a line of its own: "预防犯罪和刑事司法⏎委员会  决议  33/3";
                    # over the header, the first line of a header's cell: "Resolution or⏎decision"
                    prev_lone = cells[0]
                    lone_at = _cell_starts(d, p.start, cells) if d.raw and not header else lone_at
                continue
            if not header:
                if not any(_BARE_CELL.fullmatch(c) for c in cells):
                    header = cells  # "类型    编号    标题", "麻醉药品委员会决议    主题    相关大会决议"
                    header_at = _cell_starts(d, p.start, cells)
                    if lone.strip() in _KIND_LINES:
                        kind_line = lone.strip()  # "Decisions⏎Number    Title": the kind over the table
                    if (lone and len(lone) <= 16 and lone_at[0] and not d.c.bodies.search(lone)
                            and any(abs(x - h) <= 3 for x in lone_at[0][:1] for h in header_at[0])
                            and (col := _aligned(lone_at, header_at))):
                        header[col[0]] = f"{lone} {header[col[0]]}"  # "Resolution or decision"
                continue
            if cells == header:
                continue  # the header again, over the rows a page break carried on
            if (len(cells) == len(header) and _NUMBER_HEAD.fullmatch(cells[0]) and cells[0] != header[0]
                    and not any(ch.isdigit() for c in cells for ch in c)):
                header = cells  # "Decisions Number    Title" after the resolutions' rows: the next kind's header
                continue
            if grid and not header_done and len(cells) == len(header) and not any(
                    _BARE_CELL.fullmatch(c) for c in cells):
                # "| Final mandate     |⏎|  (Security Council |⏎|  resolution)  |": a header cell's lines
                header = [f"{h} {c}".strip() for h, c in zip(header, cells, strict=True)]
                continue
            if len(cells) != len(header) and not single:
                if wrapped:
                    cells, cols = cells[:1], [0]
                elif (len(cells) < len(header) and d.raw
                      and (cols := _aligned(_cell_starts(d, p.start, cells), header_at))):
                    pass  # "                68/2      妇女经济赋权": a blank cell before, found by position
                else:
                    continue
            i, para = k, p
            pos = p.start + (len(seg) - len(seg.lstrip()))
            # A cell that is a body's name ("妇女地位委员会    66/1    …") issued the row's numbers;
            # a blank one under it carries it down.
            # A first cell that names no body ("第六届", "Open-ended Working") ends what the one above named;
            # a body's name may wrap onto the next line ("Human Rights⏎Council").
            row_body: dict[int, str] = dict(carried)
            row_at: list[int] | None = None  # where each cell starts in its line
            for x, (col, cell) in enumerate(zip(cols, cells)):
                if (k, col) in wrap_rows:
                    continue  # the rest of the name above: "Council"
                code = _cell_body(d, cell, doc_body)
                if not code and col == 0 and lone:
                    code = _cell_body(d, lone + ("" if d.lang == "zh" else " ") + cell)
                if (not code and k + 1 < hi and d.raw and cell and len(cell) <= 40
                        and not any(ch.isdigit() for ch in cell)):
                    # Over two or three lines, each with its own row's numbers: "Commission on Crime    33/2⏎
                    # Prevention and    34/3⏎Criminal Justice"; in any column ("Body of Principles    Economic
                    # and Social    2002/12⏎of restorative justice    Council    annex").
                    if row_at is None:
                        row_at = _cell_starts(d, p.start, cells)[0]
                    name, rows = cell, set()
                    for j in range(k + 1, min(hi, k + 4)):
                        q = paras[j]
                        below = _CELL_GAP.split(text[q.start:q.end].strip())
                        under = next((c for c, bx in zip(below, _cell_starts(d, q.start, below)[0])
                                      if abs(bx - row_at[x]) <= 6), "")
                        if under and any(ch.isdigit() for ch in under):
                            # "《联合国打击跨国有组织犯⏎罪公约》缔约方会议第 12/2 号决定": the name's end ran into
                            # the next row's number.
                            cut = _NUMBER_START.search(under)
                            head = under[:cut.start()].strip() if cut else ""
                            if head and (code := _cell_body(d, name + ("" if d.lang == "zh" else " ") + head)):
                                rows.add((j, col))
                            break
                        if not under:
                            break
                        name += ("" if d.lang == "zh" else " ") + under
                        rows.add((j, col))
                        if code := _cell_body(d, name):
                            break
                    if code:
                        wrap_rows |= rows
                if code:
                    row_body[col] = carried[col] = code
                elif cell:
                    row_body.pop(col, None)  # "UNICEF Executive Board" under "Economic and Social Council"
                    carried.pop(col, None)
            above_cells, last_cells = last_cells, {
                c: cell.strip().capitalize() if cell.isascii() else cell.strip() for c, cell in zip(cols, cells)}
            if 0 in row_body:
                d.row_body[k] = row_body[0]  # for the numbers the rows print with their words ("第 34/3 号决议")
            elif len(set(row_body.values())) == 1:
                # "| Working group on asset recovery | Conference of the States Parties | resolution 11/3 |":
                # the one body the row names, in whichever column.
                d.row_body[k] = next(iter(row_body.values()))
            numbers = []
            word_below: dict[int, str] = {}
            range_from: dict[int, Num] = {}  # a range's last number -> its first ("34/2 至 34/4")
            cut_at: dict[int, int] = {}  # a number whose printed characters end before its match's
            for col, cell in zip(cols, cells):
                at = text.find(cell, pos)
                pos = at + len(cell)
                if at < 0:
                    continue
                if (bm := _BARE_CELL.fullmatch(cell)) is not None:
                    numbers.append((col, at, bm))
                elif grid and cell.isdigit() and len(cell) <= 4 and k + 1 < hi and (
                        (below := _grid_cell(text, paras[k + 1], col)) and _YEAR_CELL.fullmatch(below)) and (
                        bm := _BARE_CELL.fullmatch(f"{cell} {below}")) is not None:
                    numbers.append((col, at, bm))  # "| 2559   |⏎|  (2020) |": the year on the cell's next line
                    cut_at[at] = len(cell)
                elif (cm := _AND_CELL.fullmatch(cell)) is not None and (bm := _BARE_CELL.fullmatch(cell, cm.start("n"))):
                    numbers.append((col, at + bm.start(), bm))  # "和 66/1": a list cell's last line
                elif (wm := _NO_WORD_CELL.fullmatch(cell)) is not None and not wm.group("w") and k + 1 < hi and (
                        below := text[paras[k + 1].start:paras[k + 1].end].strip()) in _CELL_WORDS:
                    # "第 34/3 号⏎决议": the cell's word wrapped onto the next line
                    if (bm := _BARE_CELL.fullmatch(cell, wm.start("n"), wm.end("n"))) is not None:
                        numbers.append((col, at + bm.start(), bm))
                        word_below[bm.start() + at] = below
                elif _BARE_CELLS.fullmatch(cell):
                    numbers.extend((col, at + bm.start(), bm) for bm in _BARE_CELL.finditer(cell))
                elif (tw := _BARE_THEN_WORD.match(cell)) is not None:
                    # "57/5 and decision 56/115": the bare ones the column's, the worded one read as printed
                    numbers.extend((col, at + bm.start(), bm) for bm in _BARE_CELL.finditer(cell, 0, tw.end("bare")))
                elif (tm := _TAIL_NUMBER_CELL.search(cell)) is not None and k + 1 < hi and (
                        below := text[paras[k + 1].start:paras[k + 1].end].strip()).startswith(("号", "號")) \
                        and below[1:].strip() in _CELL_WORDS and (
                        bm := _BARE_CELL.fullmatch(cell, tm.start("n"), tm.end("n"))) is not None:
                    # "第 55/8 号和第 52/12⏎号决议": the last number's 号 and word wrapped below
                    for bm in (_BARE_CELL.fullmatch(cell, x.start("n"), x.end("n"))
                               for x in _DI_NUMBER.finditer(cell)):
                        if bm is not None:
                            numbers.append((col, at + bm.start(), bm))
                            word_below[at + bm.start()] = below[1:].strip()
                elif (rm := _RANGE_CELL.fullmatch(cell)) is not None:
                    a, b = _BARE_CELL.match(cell, rm.start("a")), _BARE_CELL.match(cell, rm.start("b"))
                    if a is not None and b is not None and (fa := parse_number(a.group("n"))) is not None:
                        numbers += [(col, at + a.start(), a), (col, at + b.start(), b)]
                        range_from[at + b.start()] = fa
                elif (col < len(header) and _CELL_KIND_HEAD.search(header[col]) and _DI_CELLS.fullmatch(cell)
                      and not _CELL_WORD_IN.search(cell)):
                    # "| 委员会决议 |⏎| 第 59/5 号 |", "第 66/3 号<br>第 67/1 号", "第 67/4 号和第 68/2 号",
                    # "第 4 (XXXVI) 号": numbers with 第 and 号, their kind in the column's header.
                    numbers.extend((col, at + im.start(), im) for im in _DI_CELL.finditer(cell))
                elif (km := _KIND_NUMBER_CELL.fullmatch(cell)) is not None and (
                        bm := _BARE_CELL.fullmatch(cell, km.start("n"))) is not None:
                    numbers.append((col, at + bm.start(), bm))  # "决定 2025/237", "decision 2025/238"
                    word_below[at + bm.start()] = km["w"]
            for col, at, bm in numbers:
                n = parse_number(bm.group("n"))
                if n is None or n.form not in ("xy", "sc", "old"):
                    continue
                nums = [n]
                if (first := range_from.get(at)) is not None and first.a == n.a and 0 < int(n.b) - int(first.b) <= 50:
                    nums = [Num("xy", n.a, str(b)) for b in range(int(first.b) + 1, int(n.b) + 1)]  # "34/2 至 34/4"
                head = header[col]
                hb = d.c.bodies.search(head)
                code = d.c.body_codes[_group_index(hb)] if hb else ""
                named = [row_body[c] for c in sorted(row_body) if c < col]
                body = (code if code in BODY_PREFIX and code not in ("COUNCIL", "COMMISSION")
                        else named[-1] if named else d.table_body(at))
                if not body and doc_body in COMMISSIONS and _COMMISSION_KIND_HEAD.fullmatch(head):
                    body = doc_body  # "委员会决议" over the rows of a commission's report
                if not body and doc_body in BODY_PREFIX and _KIND_HEADER.fullmatch(head):
                    body = doc_body
                kinds = {c.strip() for c in cells} & _KIND_WORDS
                if single and not kinds and (above := above_cells.get(col, "")) in _KIND_WORDS:
                    kinds = {above}
                if at in word_below:
                    decision = word_below[at] in ("决定", "決定")
                elif (wm := _NO_WORD_CELL.fullmatch(cells[cols.index(col)])) is not None and wm.group("w"):
                    decision = wm.group("w") in ("决定", "決定")
                elif kinds:
                    decision = kinds <= {"决定", "決定", "Decision"}  # the row's own kind
                elif kind_line:
                    decision = kind_line in _DECISION_WORDS
                else:
                    decision = bool(_CELL_DECISION.search(head)) and not _CELL_RESOLUTION.search(head)
                for n in nums:
                    if not body or not compatible(body, n, decision):
                        continue
                    target = make_id(n, body, decision)
                    if not target or target == source or target in d.also:
                        continue
                    if (target.rsplit("/", 1)[0] == source.rsplit("/", 1)[0] and "/" in source
                            and _headed_on_page(d, bm.group("n"))):
                        continue  # "| 80/552 | 2025 年 12 月 23 日 |": a table of the texts the page prints and heads
                    if n.form == "xy":
                        # "委员会第 34/3 号决议" later is the commission this row gave 34/3 to.
                        d.number_body.setdefault((n.a, n.b), body)
                        if body in COMMISSIONS:
                            d.name_number(n, body, at)
                    raw_s, raw_e = d.norm.raw_span(at, at + cut_at.get(at, bm.end("n") - bm.start()))
                    out.append(Mention(source, target, "decision" if "/DEC/" in target else "resolution",
                                       bm.group("n"), raw_s, raw_e, para.label, d.relation(i, para), "text",
                                       d.lang, "", ""))


# "委员会第五十七届会议通过了下列决定，其中…：⏎57/101     支持…⏎57/102     …", "The Commission
# adopted the following decisions:⏎69/101    Title": a list of the body's own texts by number.
# (within one paragraph: the normalised text's paragraphs are its lines)
_LIST_LEAD = regex.compile(r"(?:通过|adopted)[^。.；;\n]{0,30}?(?:下列|the[ \t]+following)[ \t]*"
                           r"(?:(?P<d>决定|決定|decisions)|决议|決議|resolutions)[^。.；;:：\n]{0,80}[：:][ \t]*"
                           # a web page's list under its heading: "Other decisions adopted at the fifty-eighth session"
                           r"|(?<![^\n])(?:Other[ \t]+)?(?:(?P<d>[Dd]ecisions)|[Rr]esolutions)[ \t]+adopted[ \t]+at[ \t]+"
                           r"(?:the|its)[ \t]+[\w-]+[ \t]+session[ \t]*(?=\n|$)")
# "57/101     支持…", "- **62/101.** Outcome of the universal periodic review", "* 58/101 Data and …"
# (a bulleted list).
_LIST_ROW = regex.compile(r"\s*(?:[-*•][ \t]+(?P<n>\d{1,4}\s*/\s*\d{1,3})\.?[ \t]+"
                          r"|(?P<n>\d{1,4}\s*/\s*\d{1,3})(?:\t|\s{2,}|\.[ \t]+))(?=\S)")


# A Chinese cell's list of numbers and its word, once its lines are joined: "第 64/293、76/7、77/194 和
# 79/178 号决议；第 79/546 号决定", "第 2331（2016）号、第 2388（2017）号和第 2664（2022）号决议".
_CELL_NUM = r"(?:\d{1,4}\s*/\s*\d{1,3}|\d{1,4}\s*[（(]\s*(?:19|20)\d\d\s*[)）])"
_CELL_LIST = regex.compile(rf"第?\s*(?P<items>{_CELL_NUM}(?:\s*[号號]?\s*(?:、|和|及|至|，)\s*第?\s*{_CELL_NUM})*)"
                           r"\s*[号號]\s*(?P<w>决议|決議|决定|決定)")
_CELL_ITEM = regex.compile(rf"(?P<sep>至)?\s*第?\s*(?P<n>{_CELL_NUM})")
_CELL_CLOSED = regex.compile(r"(?:决议|決議|决定|決定)[；;。]?\s*\Z")


def _joined_at(spans: list[tuple[int, int]], i: int) -> int:
    """Where character ``i`` of a joined cell is in the text: ``spans`` holds each piece's (joined, text) start."""
    base, at = max((sp for sp in spans if sp[0] <= i), key=lambda sp: sp[0])
    return at + i - base


def _wrapped_cells(d: _Doc, source: str, out: list[Mention], doc_body: str) -> None:
    """Numbers and symbols in a layout table's cell that wraps over lines, its list or its word cut
    ("第 2023/19 号和第 2024/18 号决⏎议", "…；第 79/546 号⏎决定", "第 35/3 至 35/5⏎号决议",
    "E/CN.15/2026/L.3/⏎Rev.1", "E/CN.15/2026/L.5、⏎L.6 和 L.7", "2024/8 and⏎2025/14",
    "E/CN.15/2025/⏎11; E/CN.15/⏎2026/8", "2467 of 23 April⏎2019"): the cell's lines joined, the
    numbers under the body its row names (else the table's, else the text's)."""
    if not d.raw or not d.table_rows:
        return
    zh = d.lang == "zh"
    text, paras = d.text, d.norm.paragraphs
    taken = [(m.start, m.end) for m in out]  # as printed
    for lo, hi in d.table_rows:
        for k in range(lo, hi):
            seg = text[paras[k].start:paras[k].end]
            if seg[:1] == "|" and k + 1 < hi and text[paras[k + 1].start] == "|":
                # A grid table's cell goes on in the same column of its next line: "| CTOC/COP/WG.2/2026/2 和 |⏎
                # |  Corr.1 |".
                pos = paras[k].start
                for col, cell in enumerate(_pipe_cells(seg)):
                    at = text.find(cell, pos) if cell else -1
                    if at < 0:
                        continue
                    pos = at + len(cell)
                    if "/" not in cell or not (cell.endswith(("和", "及", "、", " and")) or cell[-1] == "/"):
                        continue
                    below = _grid_cell(text, paras[k + 1], col)
                    b_at = text.find(below, paras[k + 1].start, paras[k + 1].end) if below else -1
                    if b_at < 0:
                        continue
                    joined = cell + ("" if zh or cell[-1] == "/" else " ") + below
                    spans = [(0, at), (len(joined) - len(below), b_at)]
                    _wrapped_symbols(d, source, out, taken, k, joined, spans)
                continue
            if seg[:1] in "|+":
                continue
            cells = _CELL_GAP.split(seg.strip())
            if len(cells) < 2:
                continue
            row_body = d.row_body.get(k)
            # Where each cell starts, in characters and in a fixed-width font's columns: a layout
            # aligns its columns by one or the other.
            chars, starts = _cell_starts(d, paras[k].start, cells)
            pos = paras[k].start
            for x, cell in enumerate(cells):
                at = text.find(cell, pos)
                pos = at + len(cell)
                if x == 0 and (row_body or not zh) and not _WORD_NUMBER_CELL_EN.match(cell):
                    continue  # the row's body (not "Resolution 2467 of", the first cell blank before it)
                if zh:
                    numbers = ("第" in cell or cell[-1:] in "会會") and not _CELL_CLOSED.search(cell)
                    symbols = cell[-1:] in "/、和及" and "/" in cell
                else:
                    opens = _CELL_OPEN_EN.search(cell) is not None
                    # "Security Council resolution⏎1373 (2001)": the word ends the line, its number below;
                    # "Council resolutions 2178 (2014)⏎and 2396 (2017)": the list goes on below.
                    worded = _CELL_WORD_EN.search(cell) is not None
                    numbers = worded or (_CELL_NUMBER_EN.match(cell) is not None and opens) or (
                        _CELL_NUMBER_EN.search(cell) is not None and _CELL_ITEM_END_EN.search(cell) is not None) or (
                        _CELL_NUMBER_OPEN_EN.search(cell) is not None)
                    symbols = "/" in cell and opens
                    opens = opens or worded
                if not (numbers or symbols):
                    continue
                pieces = [(at, cell)]
                for j in range(k + 1, min(hi, k + 4)):
                    q = paras[j]
                    if _BLANK_BEFORE.search(d.raw, 0, d.norm.raw_offset(q.start)):
                        break  # a blank line: the next row
                    below = _CELL_GAP.split(text[q.start:q.end].strip())
                    where_c, where = _cell_starts(d, q.start, below)
                    if not where:
                        break
                    if min(where[0] - starts[1], where_c[0] - chars[1]) < -3 and (
                            _NEW_ROW.match(below[0]) or (_cell_body(d, below[0]) and not _cell_body(
                                d, f"{cells[0]} {below[0]}"))):
                        # the next row: its first cell a number or a body's name (not the rest of this row's:
                        # "Security⏎Council")
                        break
                    under = next(((c, bx) for c, bx, cx in zip(below, where, where_c)
                                  if abs(bx - starts[x]) <= 6 or abs(cx - chars[x]) <= 3), None)
                    if under is None:
                        break
                    if not zh and not opens and len(pieces) == 1 and _CELL_GOES_ON_EN.match(under[0]) is None:
                        break
                    pieces.append((text.find(under[0], q.start), under[0]))
                    if zh and ((numbers and _CELL_CLOSED.search(under[0]))
                               or (not numbers and under[0][-1:] not in "/、和及")):
                        break
                    if not zh and _CELL_OPEN_EN.search(under[0]) is None and _CELL_WORD_EN.search(under[0]) is None:
                        break
                if len(pieces) < 2:
                    continue
                joined, spans = "", []
                for a, piece in pieces:
                    if joined and not zh and joined[-1] not in "/-":
                        joined += " "  # "2024/8 and⏎2025/14"; not in "E/CN.15/⏎2026/8"
                    spans.append((len(joined), a))
                    joined += piece
                body = row_body or d.table_body(at) or d.body_at(at, doc_body)
                if numbers and (body or not zh):  # the Council's "2396 (2017)" is its own, body named or not
                    if zh:
                        # "委员会" in the cell is the commission another cell of the row names
                        # ("妇女地位委员会第七十届会议的报告    …    并注意到委员会⏎第 70/1 号和第 70/2 号⏎决议").
                        row_text = "".join(text[paras[j].start:paras[j].end] for j in range(k, k + len(pieces)))
                        commission = next((d.c.body_codes[_group_index(bm)] for bm in d.c.bodies.finditer(row_text)
                                           if d.c.body_codes[_group_index(bm)] in COMMISSIONS), "")
                        _wrapped_numbers(d, source, out, taken, k, joined, spans, body, commission, doc_body)
                    else:
                        _wrapped_numbers_en(d, source, out, taken, k, joined, spans, body)
                if symbols:
                    _wrapped_symbols(d, source, out, taken, k, joined, spans)


# An English cell of numbers left open at its line's end: "2024/8 and", "2331 (2016);", "2467 of 23 April".
_CELL_NUMBER_EN = regex.compile(r"(?:\d{1,4}\s*/\s*\d{1,3}|\d{3,4}\s*\(\s*(?:19|20)\d\d\s*\))")
# ("Resolution 2331⏎(2016)", "Resolution 2467 of⏎23 April 2019": a Council number's year or date below)
_CELL_OPEN_EN = regex.compile(r"(?:\band|[,;/-]|\bof\s+\d{1,2}\s+[A-Z][a-z]+|\d\s+of|[Rr]esolutions?\s+\d{3,4})\s*\Z")
_CELL_ITEM_EN = regex.compile(r"(?P<n>\d{1,4}\s*/\s*\d{1,3}|\d{3,4}\s*\(\s*(?:19|20)\d\d\s*\))"
                              r"|(?P<sc>\d{3,4})\s+of\s+\d{1,2}\s+[A-Z][a-z]+\s+(?P<y>(?:19|20)\d\d)")
_BLANK_BEFORE = regex.compile(r"\n[ \t]*\n[ \t]*\Z")
_CELL_WORD_EN = regex.compile(r"\b(?:[Rr]esolutions?|[Dd]ecisions?)\s*\Z")
_WORD_NUMBER_CELL_EN = regex.compile(r"(?:[Rr]esolutions?|[Dd]ecisions?)\s+\d")
_CELL_NUMBER_OPEN_EN = regex.compile(r"(?:[Rr]esolutions?\s+\d{3,4}|\d\s+of)\s*\Z")
_CELL_ITEM_END_EN = regex.compile(r"(?:\d{1,4}\s*/\s*\d{1,3}|\d{3,4}\s*\(\s*(?:19|20)\d\d\s*\))\s*\Z")
_CELL_GOES_ON_EN = regex.compile(r"(?:and|or|[,;])\s*\d")


def _wrapped_numbers_en(d: _Doc, source: str, out: list[Mention], taken: list[tuple[int, int]], k: int,
                        joined: str, spans: list[tuple[int, int]], body: str) -> None:
    for im in _CELL_ITEM_EN.finditer(joined):
        n = parse_number(im["n"]) if im["n"] else parse_number(f"{im['sc']} ({im['y']})")
        if n is not None and (n.form == "sc" or (n.form == "xy" and body)):
            _cell_numbers(d, source, out, taken, k, spans, im.start(), im.end(), [n], body, None)


_AND_SUFFIX = regex.compile(r"\s*(?:and|和|及)\s*(?P<k>Corr|Add|Rev)\.\s*(?P<n>\d{1,2})"
                            r"(?:\s*[-–—至]\s*(?:(?P=k)\.\s*)?(?P<m>\d{1,2}))?(?![\d/])")  # "Add.1-3", "Add.1-Add.5"
_NEW_ROW = regex.compile(r"第\s*\d|\d{1,4}\s*/")


def _wrapped_numbers(d: _Doc, source: str, out: list[Mention], taken: list[tuple[int, int]], k: int,
                     joined: str, spans: list[tuple[int, int]], body: str, commission: str = "",
                     doc_body: str = "") -> None:
    named = [(bm.end(), d.c.body_codes[_group_index(bm)]) for bm in d.c.bodies.finditer(joined)]
    for lm in _CELL_LIST.finditer(joined):
        decision = lm["w"] in ("决定", "決定")
        # The body named in the cell before the list: "另见理事会第 2026/15 至 2026/18 号决议和委员会第
        # 35/1 号决定" (the Council, then the row's commission), "回顾大会第 60/251 号决议…和人权委员会第…".
        code = next((c for e, c in reversed(named) if e <= lm.start() and lm.start() - e <= 3), "")
        prev: Num | None = None
        for im in _CELL_ITEM.finditer(joined, lm.start("items"), lm.end("items")):
            n = parse_number(fold_width(im["n"]))
            if n is None or n.form not in ("xy", "sc"):
                continue
            nums = [n]
            if im["sep"] and prev is not None and prev.form == n.form == "xy" and prev.a == n.a \
                    and 0 < int(n.b) - int(prev.b) <= 50:
                nums = [Num("xy", n.a, str(b)) for b in range(int(prev.b) + 1, int(n.b) + 1)]
            prev = n
            if code == "COMMISSION":
                who = commission or body
            elif code == "COUNCIL":
                who = doc_body if doc_body in ("ECOSOC", "HRC", "SC") else body
            elif code and code != "OTHER":
                who = concrete(code, n, doc_body) or body
            else:
                who = body
            _cell_numbers(d, source, out, taken, k, spans, im.start("n"), im.end("n"), nums, who, decision)


def _cell_numbers(d: _Doc, source: str, out: list[Mention], taken: list[tuple[int, int]], k: int,
                  spans: list[tuple[int, int]], a: int, b: int, nums: list[Num], body: str,
                  decision: bool | None) -> None:
    """The mentions of the numbers a joined cell prints at ``[a, b)``, unless read already (``decision``:
    whether the cell's word says a decision, None where it prints none)."""
    s, e = _joined_at(spans, a), _joined_at(spans, b - 1) + 1
    raw_s, raw_e = d.norm.raw_span(s, e)
    if any(x <= raw_s < y for x, y in taken):
        if len(nums) == 1 and nums[0].form == "sc":
            # "Resolution 2331⏎(2016)": read on the first line without its year, the year below
            bare = f"S/RES/{nums[0].a}"
            for i, o in enumerate(out):
                if o.target == bare and o.start <= raw_s < o.end:
                    out[i] = replace(o, target=f"{bare}({nums[0].year})", raw=d.text[s:e], end=raw_e)
        return  # read already, where the cell's first line held the whole number
    p = d.norm.paragraphs[k]
    for num in nums:
        who = "SC" if num.form == "sc" and d.lang != "zh" else body
        if not compatible(who, num, decision):
            continue
        target = make_id(num, who, bool(decision))
        if target and target != source:
            out.append(Mention(source, target, "decision" if decision else "resolution", d.text[s:e], raw_s,
                               raw_e, p.label, d.relation(k, p), "list", d.lang, "", ""))
    taken.append((raw_s, raw_e))


def _wrapped_symbols(d: _Doc, source: str, out: list[Mention], taken: list[tuple[int, int]], k: int,
                     joined: str, spans: list[tuple[int, int]]) -> None:
    text, p = d.text, d.norm.paragraphs[k]
    for m in find_symbols(joined):
        targets = [symbol_target(x)[0] for x in _joint_parts(m.group("sym"))]
        end = m.end()
        base = regex.match(r"^(?P<base>.*/)(?P<k>[A-Z]{1,5})\.\d+$", targets[-1])
        while base and (sm := d.c.sibling.match(joined, end)) is not None and sm["k"].upper() == base["k"]:
            targets.append(f"{base['base']}{base['k']}.{sm['n']}")  # "E/CN.15/2026/L.5、⏎L.6 和 L.7"
            end = sm.end()
        if (cm := _AND_SUFFIX.match(joined, end)) is not None:
            # "E/2026/61 and⏎Corr.1", "A/80/126 和⏎Add.1-3"
            first, last = int(cm["n"]), int(cm["m"] or cm["n"])
            if not first <= last < first + 20:
                last = first
            base_id = targets[-1]
            targets.extend(f"{base_id}/{cm['k'].upper()}.{i}" for i in range(first, last + 1))
            end = cm.end()
        s, e = _joined_at(spans, m.start()), _joined_at(spans, end - 1) + 1
        raw_s, raw_e = d.norm.raw_span(s, e)
        for t in targets:
            if t == source or t in d.also or any(o.target == t and o.start < raw_e and raw_s < o.end for o in out):
                continue  # read already from the cell's first line ("E/CN.15/2026/L.5")
            out.append(Mention(source, t, "document", text[s:e], raw_s, raw_e, p.label,
                               d.relation(k, p), "list" if len(targets) > 1 else "text", d.lang, "", ""))


def _listed_numbers(d: _Doc, source: str, doc_body: str, out: list[Mention]) -> None:
    """The numbers a list under its lead sentence gives, each on a line with its title: the
    document's own body's (a commission's report lists the texts it adopted)."""
    if doc_body not in BODY_PREFIX or doc_body in ("GA", "SC"):
        return
    text, paras = d.text, d.norm.paragraphs
    if "下列" not in text and "following" not in text and "adopted at" not in text:
        return
    taken: set[tuple[int, int]] | None = None
    for lead in _LIST_LEAD.finditer(text):
        k = bisect_right(d.para_starts, lead.start()) - 1
        p = paras[k]
        if p.kind == "fn":
            continue
        if taken is None:
            taken = {(m.start, m.end) for m in out}
        decision = lead.group("d") is not None
        at, j = lead.end(), k
        if at >= p.end and k + 1 < len(paras):
            at, j = paras[k + 1].start, k + 1  # the rows below the lead, in paragraphs of their own
        rows = 0
        while j < len(paras):
            row = _LIST_ROW.match(text, at, paras[j].end)
            if row is None:
                # "编号    标题    议程项目" over the rows, "决议" and "决定" over each kind's, a title's second
                # line ("的犯罪") under its row: the list goes on.
                seg = text[at:paras[j].end].strip()
                if seg in _KIND_LINES:
                    decision = seg in _DECISION_WORDS
                elif not (len(seg) <= 60 and not any(ch.isdigit() for ch in seg) and seg[-1:] not in "。.：:"
                          and (rows == 0 or j + 1 < len(paras)
                               and (_LIST_ROW.match(text, paras[j + 1].start, paras[j + 1].end) is not None
                                    or text[paras[j + 1].start:paras[j + 1].end].strip() in _KIND_LINES))):
                    break
                if rows == 0 and j - k > 3:
                    break
                j += 1
                at = paras[j].start if j < len(paras) else len(text)
                continue
            rows += 1
            n = parse_number(fold_width(row["n"]))
            if n is not None and n.form == "xy" and compatible(doc_body, n, decision):
                target = make_id(n, doc_body, decision)
                raw_s, raw_e = d.norm.raw_span(row.start("n"), row.end("n"))
                if target and target != source and target not in d.also and (raw_s, raw_e) not in taken:
                    out.append(Mention(source, target, "decision" if decision else "resolution", row["n"],
                                       raw_s, raw_e, paras[j].label, d.relation(j, paras[j]), "text",
                                       d.lang, "", ""))
            j += 1
            while j < len(paras) and paras[j].kind == "fn":
                j += 1
            at = paras[j].start if j < len(paras) else len(text)


# A report's list of its body's texts under a heading line of the kind alone: "Resolutions⏎69/1⏎
# Strengthening …⏎69/2⏎Promoting …⏎Decisions⏎69/1–69/11⏎…", each number opening a line as printed.
_KIND_HEADING = regex.compile(r"(?P<w>Resolutions|Decisions|决议|決議|决定|決定)(?=[ \t]*\d)")
_HEADED_ROW = regex.compile(r"(?P<w>Resolutions|Decisions|决议|決議|决定|決定)(?=[ \t]*\d)|(?P<n>\d{1,2}\s*/\s*\d{1,3})"
                            r"(?![\d/])(?!\s*(?:号|號|[-–—]|to\b|至))")


def _line_alone(d: _Doc, start: int, end: int) -> bool:
    """Whether ``[start, end)`` of the normalised text opens its line as printed."""
    raw_s = d.norm.raw_offset(start)
    return not d.raw[d.raw.rfind("\n", 0, raw_s) + 1:raw_s].strip()


def _headed_numbers(d: _Doc, source: str, doc_body: str, out: list[Mention]) -> None:
    """The numbers listed under a heading line "Resolutions" or "Decisions" of a body's report."""
    if doc_body not in BODY_PREFIX or doc_body in ("GA", "SC") or not d.raw:
        return
    text, paras = d.text, d.norm.paragraphs
    spans: list[tuple[int, int]] | None = None
    scanned = 0
    for head in _KIND_HEADING.finditer(text):
        if head.start() < scanned:
            continue  # "Decisions" inside the list "Resolutions" opened, read with it
        raw_e = d.norm.raw_offset(head.end())
        if not _line_alone(d, head.start(), head.end()) or d.raw[raw_e:d.raw.find("\n", raw_e)].strip():
            continue  # the word opens a line of its own: a heading, not prose
        k = bisect_right(d.para_starts, head.start()) - 1
        if paras[k].kind == "fn":
            continue
        if spans is None:
            spans = sorted((m.start, m.end) for m in out)
        decision = head["w"] in ("Decisions", "决定", "決定")
        scanned = paras[k].end
        for row in _HEADED_ROW.finditer(text, head.start(), paras[k].end):
            if row["w"]:
                if _line_alone(d, row.start(), row.end()):
                    decision = row["w"] in ("Decisions", "决定", "決定")
                continue
            if not _line_alone(d, row.start(), row.end()):
                continue  # a number inside a title
            n = parse_number(fold_width(row["n"]))
            raw_s, raw_e = d.norm.raw_span(row.start("n"), row.end("n"))
            j = bisect_right(spans, (raw_s, len(d.raw))) - 1
            if n is None or n.form != "xy" or not compatible(doc_body, n, decision) or (
                    j >= 0 and spans[j][0] <= raw_s < spans[j][1]):
                continue  # already found with its word ("Resolutions 69/1")
            target = make_id(n, doc_body, decision)
            if target and target != source and target not in d.also:
                out.append(Mention(source, target, "decision" if decision else "resolution", row["n"],
                                   raw_s, raw_e, paras[k].label, d.relation(k, paras[k]), "text",
                                   d.lang, "", ""))


def _years_of_bare_council_numbers(out: list[Mention]) -> None:
    """"paragraph 24 of resolution 687" is 687 (1991) where the text gives that year elsewhere.

    The Council numbers its resolutions once for all years, so a number printed
    without its year is the one the same text prints with one.
    """
    years: dict[str, set[str]] = {}
    for m in out:
        if m.target.startswith("S/RES/") and m.target.endswith(")"):
            num, _, year = m.target[6:-1].partition("(")
            years.setdefault(num, set()).add(year)
    if not years:
        return
    for k, m in enumerate(out):
        if m.target.startswith("S/RES/") and "(" not in m.target:
            known = years.get(m.target[6:], ())
            if len(known) == 1:
                out[k] = replace(m, target=f"{m.target}({next(iter(known))})")


# The Human Rights Council's President's statements: "PRST 8/1", "主席声明 PRST/9/2",
# "President's statement 18/2 of 30 September 2011", "President's statements 8/1 and 9/2"
# (the Security Council's carry symbols, "S/PRST/2020/5", and never a bare number).
_HRC_PRST = regex.compile(
    r"(?:(?<![A-Za-z/])PRST\s*/?\s*|President['’]s\s+statements?\s+(?:PRST\s*)?|"
    r"(?:statements?|pronouncements?)\s+by\s+the\s+President\s+(?:PRST\s*)?|主席声明\s*|主席聲明\s*"
    # "statement 8/1 of the President of the Council of 9 April 2008"
    r"|statements?\s+(?=\d{1,2}\s*/\s*\d{1,3}\s+of\s+the\s+President\b))"
    r"(?P<a>\d{1,2})\s*/\s*(?P<b>\d{1,3})(?![\d/])"
    # each with its date or not: "President's statements 8/2 of 18 June 2008 and 18/2 of 30 September 2011"
    r"(?:\s+of\s+\d{1,2}\s+[A-Z][a-z]+\s+(?:19|20)\d\d)?"
    r"(?:(?:\s*,\s*|\s*,?\s+and\s+|\s*(?:、|和|及)\s*)(?P<i>(?:PRST\s*/?\s*)?(?P<a>\d{1,2})\s*/\s*(?P<b>\d{1,3}))(?![\d/])"
    r"(?:\s+of\s+\d{1,2}\s+[A-Z][a-z]+\s+(?:19|20)\d\d)?)*")


_HRC_PRST_ZH = regex.compile(
    r"第\s*(?P<a>\d{1,2})\s*/\s*(?P<b>\d{1,3})\s*[号號]?(?:\s*(?:、|和|及)\s*第?\s*(?P<a>\d{1,2})\s*/\s*(?P<b>\d{1,3})\s*[号號]?)*"
    r"\s*主席(?:声明|聲明)"
    # "理事会主席第 62/1 号声明"
    r"|(?<=主席\s*(?:[^，。；\d]{0,16})?)第\s*(?P<a>\d{1,2})\s*/\s*(?P<b>\d{1,3})\s*[号號]\s*(?:声明|聲明)")


def _council_statements(d: _Doc, source: str, out: list[Mention]) -> None:
    for m in _HRC_PRST.finditer(d.text):
        starts = [m.start(), *m.starts("i")]
        for k, (a, b) in enumerate(zip(m.captures("a"), m.captures("b"), strict=True)):
            _council_statement(d, source, f"A/HRC/PRST/{int(a)}/{int(b)}", starts[k], m.ends("b")[k], out)
    if d.lang == "zh":
        for m in _HRC_PRST_ZH.finditer(d.text):
            # "理事会主席 2008 年 6 月 18 日第 8/2 号主席声明", "第 8/1 号和第 9/2 号主席声明"
            for k, (a, b) in enumerate(zip(m.captures("a"), m.captures("b"), strict=True)):
                _council_statement(d, source, f"A/HRC/PRST/{int(a)}/{int(b)}", m.starts("a")[k], m.ends("b")[k], out)


def _council_statement(d: _Doc, source: str, target: str, start: int, end: int, out: list[Mention]) -> None:
    if target == source:
        return
    i, para = d.paragraph(start)
    raw_s, raw_e = d.norm.raw_span(start, end)
    out.append(Mention(source, target, "document", d.text[start:end], raw_s, raw_e,
                       para.label if para else "", d.relation(i, para), "text", d.lang,
                       _pinpoint(d, start, end, -1), ""))


# A link to a document by its symbol: "https://undocs.org/en/A/80/74-E/2025/54", a web page's
# list of references ("23. https://docs.un.org/zh/E/2026/26").
_UN_DOC_URL = regex.compile(r"https?://(?:undocs\.org|docs\.un\.org)/(?:(?:en|zh|fr|es|ru|ar)/)?(?:symbol/)?"
                            r"(?P<s>[A-Z][A-Za-z0-9./\-()]*\d[A-Za-z0-9.()]*)")


def _url_symbols(d: _Doc, source: str, out: list[Mention]) -> None:
    """The documents a text links to by address, where it may print no symbol but the link."""
    headed: set[str] | None = None  # the symbols a page heads the texts it prints with, read at the first address
    for m in _UN_DOC_URL.finditer(d.text):
        sym = m["s"].rstrip(".)")
        at = m.start("s")
        if headed is None:
            headed = {h.group() for h in _HEADED_SYMBOL.finditer(d.text)} if "/DEC/" in d.text or "/RES/" in d.text else set()
        if sym in headed:
            continue  # the address of a text the page prints under its symbol ("A/HRC/DEC/62/106 - Follow-up …")
        for part in _joint_parts(sym):
            if SYMBOL.fullmatch(part) is None:
                continue
            target, kind = symbol_target(part)
            if target and target != source and target not in d.also:
                i, para = d.paragraph(at)
                raw_s, raw_e = d.norm.raw_span(at, at + len(sym))
                out.append(Mention(source, target, kind, sym, raw_s, raw_e, para.label if para else "",
                                   d.relation(i, para), "text", d.lang, "", ""))


def _joint_parts(sym: str) -> list[str]:
    """The symbols of a joint symbol: "E/2009/30-E/CN.15/2009/20" is two (but "A/ES-10/273" one)."""
    syms: list[str] = []
    for piece in sym.split("-"):
        # Rejoin pieces of one symbol that contain a hyphen (S-27, ES-10).
        if syms and not (_SYMBOL_HEAD.match(piece) and any(ch.isdigit() for ch in syms[-1])):
            syms[-1] += "-" + piece
        else:
            syms.append(piece)
    return syms


def _more_records(base: str, last: int, more: str) -> list[tuple[str, str]]:
    """The records or drafts "44, 47 and 50-52" after ``base`` + ``last``, each later than the one before."""
    out = []
    for pm in _NUMBER_OR_RANGE.finditer(more):
        a, b = int(pm[1]), int(pm[2] or pm[1])
        if last < a <= b <= a + 20:
            out.extend((f"{base}{x}", "document") for x in range(a, b + 1))
            last = b
    return out


def _symbols(d: _Doc, source: str, out: list[Mention], taken: list[tuple[int, int]],
             relation_override: str = "", lo: int = 0, hi: int | None = None,
             via: str = "text") -> None:
    text = d.text
    hi = len(text) if hi is None else hi
    for m in find_symbols(text, lo, hi):
        if any(a <= m.start() < b for a, b in taken):
            continue
        if text[m.start() - 1:m.start()] == "[" and _COUNCIL_HEAD_BEFORE.search(text, max(0, m.start() - 80), m.start()):
            continue  # "283 (1970). Resolution of 29 July 1970⏎[S/9891]": the symbol it was issued under
        if ("/RES/" in m.group() or "/DEC/" in m.group()) and (m.start() == 0 or text[m.start() - 1] == "\n") \
                and _TITLE_AFTER.match(text, m.end()):
            continue  # "A/HRC/DEC/62/106 - Follow-up to …": a text the page prints, headed by its symbol
        i, para = d.paragraph(m.start())
        relation = relation_override or d.relation(i, para)
        label = para.label if para else ""
        paren = m.group("sc") or ""
        syms = _joint_parts(m.group("sym"))
        base_s, base_e = m.start(), m.end()
        targets = []
        for k, sym in enumerate(syms):
            tid, kind = symbol_target(sym, paren if k == len(syms) - 1 else "")
            targets.append((tid, kind))
        sect = m.group("sect") if m.group("sect") and _same_cell(d, m.start(), m.start("sect")) else ""
        if sect:
            whole = targets[-1][0]
            targets[-1] = (whole + canonical_symbol(sect), targets[-1][1])
            base_e = m.end("sect")
            while (pm := _MORE_PART.match(text, base_e, min(len(text), base_e + 30))) is not None:
                # "A/81/6 (Sect. 18) and (Sect. 19)": another part of the same document.
                targets.append((whole + canonical_symbol(pm.group(1)), targets[-1][1]))
                base_e = pm.end()
        elif _GA_RES_SYMBOL.fullmatch(targets[-1][0]) and d.raw and (
                pl := _SYMBOL_PART.match(d.raw, d.norm.raw_offset(m.end()))):
            # "A/RES/81/256 B" in a masthead: the resolution's part, printed apart (at the line's end as read)
            targets[-1] = (targets[-1][0] + pl[1], targets[-1][1])
            if text[m.end():m.end() + 2] == " " + pl[1]:
                base_e = m.end() + 2
        lm = _LAST_PART.match(targets[-1][0])
        rm = None
        if lm:
            # "Add.1-3", "SR.6–9", "L.63-64": a dotted part takes a hyphen;
            # "A/AC.198/2024/2 至 4", "… to 4" a plain number only a word.
            # "E/CN.6/2027/NGO/1-6": a series word's numbers take a hyphen too.
            # "CAC/COSP/WG.2/2026/2–4": a year's documents too (not "CERD/C/ARG/21-23", one combined report).
            rx = _INLINE_RANGE if lm["dot"] or _SERIES_PART.search(lm["base"]) else _WORD_RANGE
            rm = rx.match(text, m.end(), min(len(text), m.end() + 8))
            if rm is None and rx is _WORD_RANGE and _YEAR_PART.search(lm["base"]):
                rx = _INLINE_RANGE
                rm = rx.match(text, m.end(), min(len(text), m.end() + 8))
            if rm is None and lm["dot"] in ("SR.", "L."):
                # "A/C.4/80/SR.17 至 21 和 24": summary records and drafts take a word too
                # (not "A/C.2/79/L.5 to 20 November": a date).
                rm = _WORD_RANGE.match(text, m.end(), min(len(text), m.end() + 8))
                if rm is not None and _DATE_NEXT.match(text, rm.end()):
                    rm = None
            if rm is None:
                # "(A/C.3/81/SR.45, 47 and 50-52)": more records of the series, and their ranges.
                mm = _MORE_NUMBERS.match(text, m.end(), min(len(text), m.end() + 40)) if lm["dot"] in ("SR.", "L.") else None
                if mm is not None:
                    targets.extend(_more_records(lm["base"], int(lm["n"]), mm.group()))
                    base_e = mm.end()
                # "（CAC/COSP/WG.2/2025/2 和 3）", "(A/C.6/80/SR.29 and 30)", "（CTOC/COP/2026/5、6 和 7）"
                am = None if mm is not None else _AND_NEXT.match(text, m.end(), min(len(text), m.end() + 24))
                if am:
                    more = [int(x) for x in _DIGIT_RUNS.findall(am.group())]
                    if all(a < b for a, b in zip([int(lm["n"]), *more], more, strict=False)) and more[-1] <= int(lm["n"]) + 20:
                        targets.extend((f"{lm['base']}{x}", "document") for x in more)
                        base_e = am.end()
            if rm is None and not lm["dot"] and (sm_ := _SLASH_RANGE.match(text, m.end(), min(len(text), m.end() + 16))) \
                    and lm["base"].endswith(f"/{sm_['k'].upper()}/"):
                rm = sm_  # "E/CN.5/2025/NGO/1 至 NGO/5": the part's series printed again
            if rm is None and lm["dot"]:
                # "A/C.3/79/L.12 to L.15": the part's kind printed again.
                dm = _DOT_RANGE.match(text, m.end(), min(len(text), m.end() + 16))
                rm = dm if dm and f"{dm['k'].upper()}." == lm["dot"] else None
        # (at most 20 apart; the Advisory Committee's addenda, "A/81/7/Add.1–40", run to 60)
        if lm and rm and int(lm["n"]) < int(rm["n"]) <= int(lm["n"]) + (60 if lm["dot"] == "ADD." and rx is _INLINE_RANGE else 20):
            targets.extend((f"{lm['base']}{k}", "document")
                           for k in range(int(lm["n"]) + 1, int(rm["n"]) + 1))
            base_e = rm.end()
            mm = _MORE_NUMBERS.match(text, base_e, min(len(text), base_e + 40)) if lm["dot"] in ("SR.", "L.") else None
            am = None if mm else _AND_NEXT.match(text, base_e, min(len(text), base_e + 10))
            if mm is not None:
                # "(A/C.3/81/SR.24–29, 44, 47 and 50)": more records after the range
                targets.extend(_more_records(lm["base"], int(rm["n"]), mm.group()))
                base_e = mm.end()
            if am and int(rm["n"]) < int(am["n"]) <= int(rm["n"]) + 20:
                targets.append((f"{lm['base']}{int(am['n'])}", "document"))  # "SR.17 至 21 和 24"
                base_e = am.end()
        elif lm and (wm := _SYMBOL_TO.match(text, m.end(), min(len(text), m.end() + 12))):
            # "E/CN.7/2025/L.4 to E/CN.7/2025/L.6": the symbols between are in the range too.
            # "A/CONF.247/RPM.1/1 至 A/CONF.247/RPM.4/1": the one number that differs may be inside.
            nm = next(find_symbols(text, wm.end(), min(len(text), wm.end() + 80)), None)
            if nm and nm.start() == wm.end():
                targets.extend((t, "document") for t in _symbols_between(targets[-1][0],
                                                                         symbol_target(nm.group("sym"))[0]))
        # "E/2025/32 (Part I) 和 Corr.1": the part's corrigendum.
        after = m.end("sect") if sect else m.end("sym")
        sm = d.c.suffix.match(text, after, min(len(text), after + 80))
        last = targets[-1][0]
        while sm and _same_cell(d, m.start(), sm.start("suf")):
            # "A/HRC/27/55 及 Add.1 和 Add.2", "A/64/123/Add.1 and Add.2": an
            # addendum beside another is the base document's, not the addendum's.
            for part in _suffix_parts(sm.group("suf")):
                lm = _LAST_SUFFIX.match(last)
                base = last
                if lm and lm["base"].rsplit("/", 1)[1] == part.split(".")[0] + ".":
                    base = lm["base"].rsplit("/", 1)[0]
                targets.append((f"{base}/{part}", "document"))
            base_e = sm.end()
            sm = d.c.suffix.match(text, base_e, min(len(text), base_e + 40))
        sib = _LAST_PART.match(targets[-1][0])
        while sib and sib["dot"] and (sm := d.c.sibling.match(text, base_e, min(len(text), base_e + 30))):
            # "E/CN.7/2025/CRP.3 和 CRP.4", "A/C.3/79/L.12 and L.13": another of the same series
            # ("CTOC/COP/2026/L.4, L.5/Rev.1 and L.6": a revision of one).
            if sm["k"].upper() + "." != sib["dot"]:
                break
            rev = canonical_symbol(sm["rev"]) if sm["rev"] else ""
            targets.append((f"{sib['base']}{sm['n']}{rev}", "document"))
            base_e = sm.end()
            if not rev and (sr := _INLINE_RANGE.match(text, base_e)) and int(sm["n"]) < int(sr["n"]) <= int(sm["n"]) + 20:
                # "（A/C.3/81/SR.18-23、SR.45 和 SR.48-50）": a range of the series again
                targets.extend((f"{sib['base']}{x}", "document") for x in range(int(sm["n"]) + 1, int(sr["n"]) + 1))
                base_e = sr.end()
        while (sp := d.c.sibling_part.match(text, base_e, min(len(text), base_e + 30))) is not None:
            pm = regex.search(rf"/{sp['k'].upper()}\.\d+/\d+$", targets[-1][0])
            if pm is None:
                break
            targets.append((f"{targets[-1][0][:pm.start()]}/{sp['k'].upper()}.{sp['n']}/{sp['m']}", "document"))
            base_e = sp.end()
        raw_s, raw_e = d.norm.raw_span(base_s, base_e)
        via_k = via if len(targets) == 1 else "list"
        pin = _pinpoint(d, base_s, base_e, -1)
        for tid, kind in targets:
            if tid == source or tid in d.also:
                continue
            nm = _NUMBER_THEN_YEAR.match(tid)
            if nm and not 1946 <= int(nm[1]) <= 2099:
                continue  # "S/2338/2024": the OPCW's numbering; the Council's is S/2024/486 or S/13369
            out.append(Mention(source, tid, kind, text[base_s:base_e], raw_s, raw_e, label,
                               relation, via_k, d.lang, pin, ""))


_DIGIT_RUNS = regex.compile(r"(\d+)")


def _same_cell(d: _Doc, a: int, b: int) -> bool:
    """Whether the text at ``b`` goes on from the symbol at ``a`` as printed: on its line, in prose, or
    under it in a layout table's column (not a cell of another column that the rows' joining put after it:
    "A/81/6 (Sect. 3)    A/81/7/Add.3⏎                 和 Corr.1", the corrigendum under the first)."""
    if not d.raw:
        return True
    ra, rb = d.norm.raw_offset(a), d.norm.raw_offset(b)
    nl = d.raw.find("\n", ra, rb)
    if nl < 0:
        return True
    la = d.raw.rfind("\n", 0, ra) + 1
    if "   " not in d.raw[la:nl].strip() or not (ra - la >= 2 and d.raw[ra - 2:ra] == "  "):
        return True  # prose, or a symbol inside a cell's words ("3   见《…》和更正（E/2005/27 和⏎Corr.1）")
    (ca, wa), (cb, wb) = _raw_column(d.raw, ra), _raw_column(d.raw, rb)
    return abs(ca - cb) <= 3 or abs(wa - wb) <= 3  # by characters, or by a fixed-width font's columns


_GA_RES_SYMBOL = regex.compile(r"A/RES/\d{2,3}/\d{1,3}")
_SYMBOL_PART = regex.compile(r"[ \u00a0]([A-H])(?=[ \t]{2,}|[ \t]*(?:\n|$)|[,.;:)\]）]|\s+(?:and|to)\b)")


def _symbols_between(first: str, last: str) -> list[str]:
    """The symbols strictly between two that differ in one number only (at most 20 apart)."""
    a, b = _DIGIT_RUNS.split(first), _DIGIT_RUNS.split(last)
    if len(a) != len(b):
        return []
    differ = [k for k, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    if len(differ) != 1 or differ[0] % 2 == 0:
        return []  # the odd pieces of the split are the numbers
    k = differ[0]
    lo, hi = int(a[k]), int(b[k])
    if not lo < hi <= lo + 20 or a[k].startswith("0") or b[k].startswith("0"):
        return []
    return ["".join((*a[:k], str(n), *a[k + 1:])) for n in range(lo + 1, hi)]


def _suffix_parts(suf: str) -> list[str]:
    m = _SUFFIX_PARTS.match(suf)
    if not m:
        return []
    kind = m[1].upper()
    last = int(m[2])
    parts = [f"{kind}.{last}"]
    for sep, extra in _SUFFIX_MORE.findall(m[3]):
        n = int(extra)
        # "Add.1-3" is Add.1, Add.2 and Add.3.
        first = last + 1 if sep in ("-", "至", "到", "to", "through") and last < n <= last + 20 else n
        parts.extend(f"{kind}.{k}" for k in range(first, n + 1))
        last = n
    return parts


# A line of prose ending so runs on into the next: a number at the next line's start is not
# a heading ("…pursuant to Human Rights Council resolution⏎55/13. It gives"), though a
# section line "I. Resolutions" before one is.
_RUNS_ON = regex.compile(r"\b(?:resolutions?|decisions?|of|and|in|to|by|the)$")
# "[S/6240]", "[S/714, I]" (the part of the volume), as OCR read them: "[S/525, IY]", "[S/1070}".
# "[S/4258 and Add.1]", and "[8/5167]" as a scan read it.
_OWN_BRACKET = regex.compile(
    r"^\[\s*([S8]/\d{2,5}(?:/Rev\.\s*\d+)?)(?P<add>(?:\s*(?:and|,)\s*(?:Add|Corr)\.\s*\d+)*)"
    r"\s*(?:,\s*[IVXYl1]{1,5}\s*)?[\]}]$")
_OWN_ADD = regex.compile(r"(Add|Corr)\.\s*(\d+)")
# Not a law's number ("Law No. 8/2011", "Decree-Law No. 8/2008") or a year.
# "(5/2002/1005)": a year's series, S/2002/1005, read as a figure too; "$/13369", "§/26337", "s/21183".
_OCR_COUNCIL = regex.compile(
    r"(?<![\w/.\-])(?<!No\.\s?|Law\s|Decree\s|Act\s)"
    r"(?:[8$§s]/(?=\d{4,5}(?![\d/]))(?!(?:19|20)\d\d(?!\d))|[58]/(?=(?:19|20)\d\d/\d{1,4}(?![\d/])))")
_HTML_SPACE = regex.compile(r"&(?:emsp|ensp|nbsp|thinsp|#160|#8195|#8194);")
_MASTHEAD = regex.compile(
    r"(?:United\s+Nations|联\s*合\s*国|聯\s*合\s*國|Nations\s+Unies|Naciones\s+Unidas|"
    r"Организация\s+Объединенных\s+Наций|الأمم\s+المتحدة)\s+"
)


_PAGE_HEADER_COMMENT = regex.compile(r"<!--\s*PageHeader\s*=\s*\"([^\"]*)\"\s*-->")


def _heading_lines(raw: str, limit: int = 60) -> Iterator[tuple[int, str]]:
    """The first non-blank lines of the raw text, stripped and width-folded."""
    pos = 0
    n = len(raw)
    found = 0
    while pos < n and found < limit:
        nl = raw.find("\n", pos)
        if nl < 0:
            nl = n
        line = raw[pos:nl]
        stripped = line.strip()
        if stripped:
            found += 1
            yield pos + len(line) - len(line.lstrip()), fold_width(stripped)
        pos = nl + 1


def _title_at(norm: Normalised, raw_pos: int, num_end: str) -> str:
    """The paragraph holding raw offset ``raw_pos``, from after ``num_end``."""
    for p in norm.paragraphs:
        first = norm.raw_offset(p.start)
        if first > raw_pos:
            break  # paragraphs come in the order of the raw text
        if raw_pos <= norm.raw_offset(max(p.start, p.end - 1)):
            seg = norm.text[p.start:p.end]
            i = seg.find(num_end)
            seg = seg[i + len(num_end):] if i >= 0 else seg
            return _WS.sub(" ", seg.replace("**", "")).strip(" .．#")
    return ""


# Decisions are numbered apart from resolutions: the General Assembly's from
# 401, the Economic and Social Council's from 201, the Human Rights Council's
# from 101, so a heading number past those is a decision.
_DECISION_FROM = {"GA": 400, "ECOSOC": 200, "HRC": 100}


def _decision_number(n: Num, issuer: str) -> bool:
    first = _DECISION_FROM.get(issuer)
    return bool(first and n.form == "xy" and not n.prefix and int(n.b) > first)


_ADOPTED_BY_TITLE = regex.compile(r"通过的(?:决定|决议|決定|決議)\s*$|^\s*(?:Resolutions|Decisions)(?:\s+and\s+decisions)?\s+adopted\s+by\s+the\s+")
_PART_LETTER = regex.compile(r"\s*([A-Z])\1?\s*")
_PART_B = regex.compile(r"^[#*\s]*B[*\s]*$", regex.M)


def _next_line(raw: str, pos: int) -> str:
    """The first line with text after the line at ``pos``."""
    for line in raw[pos:pos + 400].splitlines()[1:]:
        if line.strip():
            return _WS.sub(" ", line.replace("**", "")).strip(" .．#")
    return ""


def _title_after(norm: Normalised, raw_pos: int) -> str:
    """The text of the paragraph after the one holding raw offset ``raw_pos``."""
    for k, p in enumerate(norm.paragraphs):
        if norm.raw_offset(p.start) > raw_pos:
            if k and norm.raw_offset(norm.paragraphs[k - 1].start) <= raw_pos:
                return _WS.sub(" ", norm.text[p.start:p.end]).strip(" .．#")
            break
    return ""


# A file name that spells a Security Council resolution: "S_RES_0361_1974_EN".
_SC_FILE = regex.compile(r"S_RES_0*(\d{1,4})_\(?((?:19|20)\d\d)\)?(?![\d])")
# Where a file name's own id ends: a language code, or a word not in capitals.
_FILE_TAIL = regex.compile(r"_(?:EN|FR|ES|AR|RU|ZH|CH)(?:_.*)?$|_[a-z].*$")


def _id_from_filename(stem: str) -> str:
    """The id a file name spells, when the text gives none: "A_RES_80_20" is A/RES/80/20.

    Zero padding and a language code after the symbol are dropped
    ("S_RES_0361_1974_EN_GOLD" is S/RES/361(1974)); a name that spells no
    symbol is its own id.
    """
    sc = _SC_FILE.match(stem)
    if sc:
        return f"S/RES/{int(sc[1])}({sc[2]})"
    guess = _FILE_TAIL.sub("", stem).replace("_", "/")
    guess = "/".join(str(int(x)) if x.isdecimal() else x for x in guess.split("/"))
    return symbol_target(guess)[0] if SYMBOL.fullmatch(guess) else stem


_MASTHEAD_BODIES = frozenset(("HRC", "CND", "CCPCJ", "COP", "COSP"))


_TEXT_HEADING_EN = regex.compile(r"(?:Resolution|Decision)\s+\d{1,4}\s*/\s*\d{1,3}(?=\s|$)")


def _headed_text_body(d: _Doc, para: Paragraph) -> str:
    """The body line under a paragraph that is only a text's heading, over its title: "第 13/5 号决议⏎
    预防和打击影响环境的犯罪⏎缔约方会议，" gives the Conference of the Parties (or "")."""
    if d.lang == "zh":
        hm = TEXT_HEADING_ZH.match(d.text, para.start, para.end)
        if hm is None or para.end - para.start > 80 or any(ch in d.text[hm.end():para.end] for ch in "，。；,;."):
            return ""  # the heading, or the heading and the title run into one paragraph
    else:
        # "Resolution 70/1⏎Women, the girl child and HIV and AIDS⏎The Commission on the Status of Women,"
        hm = _TEXT_HEADING_EN.match(d.text, para.start, para.end)
        if hm is None or para.end - para.start > 200 or d.text[para.end - 1] in ".;:,":
            return ""
    k = bisect_right(d.para_starts, para.start) - 1
    for q in d.norm.paragraphs[k + 1:k + 3]:
        if d.lang != "zh" and d.text[q.start:q.end].rstrip()[-1:] != ",":
            continue  # "The Commission on the Status of Women,", not a table's "Human Rights Council"
        if code := _body_line(d.c, d.text[q.start:q.end]):
            return code if code in BODY_PREFIX and code not in ("COUNCIL", "COMMISSION") else ""
    return ""


def _body_line(c: Compiled, seg: str) -> str:
    """The body a heading line names, all of it: "The General Assembly,", "*人权理事会*，" (or "")."""
    # "*The Human Rights Council*,", "_The Human Rights Council_,": Markdown emphasis is
    # not part of the name.
    seg = seg.replace("*", "").replace("_", "").strip().removeprefix("The ").strip()
    bm = c.bodies.match(seg)
    return c.body_codes[_group_index(bm)] if bm and bm.end() >= len(seg.rstrip(",，")) - 1 else ""


def read_meta(norm: Normalised, c: Compiled, path: str, raw: str = "") -> DocMeta:
    """The document's own id, date, title and issuer, from its text or file name."""
    text = norm.text
    body = ""
    sections = False  # numbered paragraphs or sections came before the body line
    late_body = False
    for p in norm.paragraphs:
        if p.kind != "head":
            if p.kind == "fn":
                continue
            break  # the heading lines all come before the body
        num = _numbered(text[p.start:p.start + 12].lstrip("*# "))
        if num and (num.group(1) or num.group(3) or num.group(4)):
            sections = True
        if p.end - p.start > 120:
            continue
        code = _body_line(c, text[p.start:p.end])
        if code:
            body = code
            late_body = sections
    if not body:
        # Text with no leading spaces and no blank lines runs the heading
        # into one paragraph; the body line "人权理事会，" is still a line.
        for _, line in _heading_lines(raw, 40):
            seg = line.removeprefix("The ").strip()
            if seg.endswith((",", "，")) and len(seg) <= 80:
                bm = c.bodies.match(seg)
                if bm and bm.end() >= len(seg.rstrip(",，")) - 1:
                    body = c.body_codes[_group_index(bm)]
                    break
    if not body:
        # A council's or commission's decision names its issuer in the masthead only:
        # "大会⏎人权理事会⏎第五十九届会议", "General Assembly⏎Human Rights Council".
        for _, line in _heading_lines(raw, 25):
            seg = line.replace("*", "").strip()
            bm = c.bodies.fullmatch(seg) if len(seg) <= 80 else None
            code = c.body_codes[_group_index(bm)] if bm else ""
            if code in _MASTHEAD_BODIES:
                body = code
                break
    if not body:
        # A volume's chapter title over the texts: "第二章 人权理事会第六十届会议通过的决定",
        # "Decisions adopted by the Human Rights Council at its sixtieth session".
        for _, line in _heading_lines(raw, 4):
            if _ADOPTED_BY_TITLE.search(line) and (bm := c.bodies.search(line)) is not None:
                code = c.body_codes[_group_index(bm)]
                if code in _MASTHEAD_BODIES:
                    body = code
                break
    ident, source, title, date = "", "", "", ""
    # A report printed as an Official Records supplement ("补编第 8 号", "Supplement No. 8"),
    # on its cover above: the "第 66/1 号决定" headed in it are texts it reports, not its own.
    report = False
    session_report = False  # a body's report on a session, or a chapter of one, over the texts it prints
    heading_at = 0  # where a Council resolution's heading is printed
    also: tuple[str, ...] = ()
    past_body = False
    prev_seg = ""
    part_decisions = False  # under a volume's part "三. 决定", "III. Decisions"
    # A volume's page that opens inside the text printed before ("ments of the international community
    # …"): the page's own text is headed further down.
    mid_text = any(line[:1].islower() for _, line in _heading_lines(raw, 3))
    for raw_pos, seg in _heading_lines(raw, 160 if mid_text else 60):
        if seg.startswith("#"):
            seg = seg.lstrip("#").strip()
        if seg.startswith("**") and seg.endswith("**") and len(seg) > 4:
            seg = seg[2:-2].strip()  # "**Resolution 36/3**": a converter's bold heading
        if "\\" in seg:
            seg = seg.replace("\\.", ".")  # "### 35/7\\. 加强…": a converter's escaped full stop
        if _is_job_line(seg):
            continue  # an even page's footer: "2/5   V.25-14321"
        if (pt := _PART_TITLE.search(seg)) is not None and _VOLUME_SYMBOL.search(seg):
            part_decisions = pt["t"] in ("决定", "決定", "Decisions")
        if ("补编" in seg or "補編" in seg or "Supplement" in seg) and _SUPPLEMENT.search(seg) and not (
                seg.rstrip().endswith("。") or (len(seg) > 60 and seg.rstrip().endswith("."))):
            report = True  # (a cover's line; not a sentence saying where the texts will be printed)
        if not ident and _REPORT_OF_A_SESSION.match(seg):
            # "…第十三届会议的报告", "第一章", "Report of the Conference … on its thirteenth session": the
            # resolutions and decisions headed below are texts the report prints, not its own.
            session_report = True
            continue
        m = c.heading.match(seg)
        if session_report:
            m = None
        if m and len(prev_seg) > 40 and _RUNS_ON.search(prev_seg):
            m = None  # "…pursuant to Human Rights Council resolution⏎55/13. It gives": prose
        if (m and not m.groupdict().get("title") and not m.groupdict().get("word") and prev_seg
                and (_RUNS_ON.search(prev_seg) or prev_seg[-1] in ",，、;；" or prev_seg[-1].islower())):
            m = None  # "…pursuant to Assembly resolution⏎79/160.": a sentence's end, not a heading
        before, prev_seg = prev_seg, seg
        word = (m.groupdict().get("word") or "") if m else ""
        if m and word and (past_body or report or (not body and not (
                seg.startswith(("第", "Decision ", "Resolution ")) and _YEAR_FIRST.match(m["num"])))):
            # "第 60/1 号决议" on a line of its own inside the text (a page of the Council's decisions,
            # "第 2027/201 A 号决定", numbered by year, names no body: the number does)
            m = None
        if m:
            n = parse_number(fold_width(m["num"]))
            if n is None or (n.form == "old" and not compatible("GA", n) and body not in ("ECOSOC", "CND")):
                continue
            issuer = body if body and body != "COUNCIL" and compatible(body, n) else ""
            if not issuer:
                issuer = "ECOSOC" if (n.form == "xy" and 1946 <= int(n.a) <= 2099) else "GA"
                if n.session:
                    issuer = "CHR"  # "1992/S-1/1": only the Commission on Human Rights numbered so
                if body == "COUNCIL" and issuer == "GA":
                    issuer = "HRC"
                if issuer == "GA" and n.form == "xy" and not compatible("GA", n):
                    # "6/11. Sustainable land management" under "UNEP/EA.6/Res.11": another
                    # body's own number (the Assembly numbered so from its 31st session).
                    continue
            decision = ("决定" in word or "決定" in word or word.lower().startswith("decision")
                        or _decision_number(n, issuer) or (part_decisions and not word and n.form == "xy"))
            if (n.form == "xy" and not n.letter and issuer == "GA" and not word
                    and (lm := _PART_LETTER.fullmatch(_next_line(raw, raw_pos)))
                    and not regex.search(rf"A/RES/{n.a}/{n.b}(?!\d|\s?{lm.group().strip()}\b(?!\s?[-–]))", raw[:raw_pos])):
                # "39/151. 审查和执行…⏎⏎F⏎⏎世界裁军运动": the part of a lettered resolution, on a
                # volume's page or under its masthead "A/RES/80/262 B" (under "A/RES/79/97" or
                # "A/RES/80/265 A-C" the text is the whole resolution).
                letter = lm.group().strip()
                if not (letter == "A" and _PART_B.search(raw, raw_pos)):
                    # (not "81/552. …⏎### A⏎…⏎### B": a page of all its parts is the whole text's)
                    n = replace(n, letter=letter)
            ident = make_id(n, issuer, decision) or ""
            if word:
                title = _title_after(norm, raw_pos)
                if _body_line(c, title):
                    # The heading's lines run into one paragraph ("第 67/2 号决议⏎加强…"): the title
                    # is the line under the number, not the body's line after them.
                    title = _next_line(raw, raw_pos)
            else:
                # "79/520." on a line of its own, the title on the next.
                title = (_title_at(norm, raw_pos, m["num"]) or m["title"].strip() if m["title"]
                         else _next_line(raw, raw_pos))
            source = "heading"
            body = issuer
            break
        if c.bodies.match(seg) and seg.rstrip().endswith((",", "，")):
            past_body = True
        if seg[:1] == "第" and _SPACED_FIGURES.match(seg):
            seg = _SPACED_FIGURE.sub("", seg)  # an OCR'd print's "第 8 5 4 （1993）号决议"
        m = c.heading_sc.match(seg)
        if m and len(before) > 40 and (_RUNS_ON.search(before) or before[-1] in ",，、;；"):
            m = None  # "…and, by⏎resolution 2366 (2017) of 10 July 2017, the …": prose
        if m:
            heading_at = raw_pos
            ident = f"S/RES/{int(m['num'])}({m['year']})"
            source, body = "heading", "SC"
            dm = c.closing.search(seg)
            if dm:
                date = _iso(dm["y"], c.t.months.get(dm.groupdict().get("mon") or "", 0)
                            or int(dm.groupdict().get("m") or 0), dm["d"])
            break
    if not ident:
        # The masthead "United Nations  A/67/156", or a line that is only a symbol.
        lines = list(_heading_lines(raw, 30))
        for k, (_, line) in enumerate(lines):
            # "**联合国** E/2025/30-E/CN.15/2025/16"; "A/80/803–S/2026/171" joined by a dash
            line = line.replace("**", "").replace("–", "-").strip()
            if line.startswith("<!--"):
                # A layout converter's page header: "<!-- PageHeader="E/2026/25-E/CN.9/2026/7" -->"
                hm = _PAGE_HEADER_COMMENT.fullmatch(line)
                line = hm.group(1).strip() if hm else ""
            if line.startswith(("Document symbol:", "Symbol:")):
                line = line.split(":", 1)[1].strip()  # a web page's "Document symbol: E/CN.3/DEC/58/107"
            elif (lm := _SYMBOL_LABEL_ZH.match(line)) is not None:
                line = line[lm.end():].strip()  # "文件編號：A/81/784-S/2027/198"
            if (hm := _SYMBOL_TITLED.match(line)) is not None:
                line = hm["sym"]  # a web page's list of texts: "[7]A/HRC/DEC/62/101 - Report of the Advisory …"
            if line.startswith("|") or " | " in line:
                # "| 联合国 | A/HRC/60/26 |", "**联合国** | **E/2026/28-E/CN.7/2026/15**" (a table without its outer pipes)
                line = " ".join(cell.strip() for cell in line.strip("|").split("|"))
            if "&" in line:
                line = _HTML_SPACE.sub(" ", line)  # "**United Nations** &emsp;&emsp; **A/80/158**"
            mm = _MASTHEAD.match(line)
            sm = SYMBOL.fullmatch(line[mm.end():].strip() if mm else line)
            if sm:
                parts = _joint_parts(sm.group("sym"))
                ident = symbol_target(parts[0], sm.group("sc") if len(parts) == 1 else "")[0]
                if sm.group("sect") and len(parts) == 1:
                    # "A/79/270 (Part I)": the part is the document.
                    ident += canonical_symbol(sm.group("sect"))
                also = tuple(symbol_target(x)[0] for x in parts[1:])
                if len(parts) == 1 and k + 1 < len(lines) and (
                        nm := SYMBOL.fullmatch(lines[k + 1][1].replace("**", "").strip())) is not None:
                    # A joint symbol printed on two lines: "E/2025/27⏎E/CN.6/2025/15".
                    also = tuple(symbol_target(x)[0] for x in _joint_parts(nm.group("sym")))
                source = "symbol"
                break
    if source == "symbol" and (body in ("", "ECOSOC") or (late_body and "/RES/" not in ident and "/DEC/" not in ident)):
        # A commission's report to the Council, "E/2025/28-E/CN.7/2025/15", is the
        # commission's text: "the Commission" and its bare numbers are its own;
        # so are a report to the Human Rights Council (A/HRC/58/27) and a note to a
        # conference of parties (CTOC/COP/2024/6) theirs. The "大会，" of a draft
        # resolution that a report transmits after its numbered sections names the
        # draft's body, not the report's (a draft on its own, E/CN.15/2025/L.3, is the
        # Assembly's text).
        for part in (ident, *also):
            code = next((c for s, c in SERIES_BODY.items() if part.startswith(s)), "")
            if not code and (rm := _COUNCIL_REPORT.match(part)):
                code = _COUNCIL_REPORTS[rm[1]]
            if code:
                body = code
                break
    if source == "heading":
        # A volume's page opens on the volume's symbol, "A/79/49 (Vol. II)   三. 决定":
        # the container of the text, not a text it cites.
        # Or on its part's title first: "三. 决定⏎A/79/49 (Vol. II)".
        for k, (_, line) in enumerate(_heading_lines(raw, 3)):
            line = line.replace("**", "").lstrip("#").strip()
            vm = SYMBOL.match(line)
            if vm is None and "(Vol" in line and (tail := _VOLUME_AT_END.search(line)) is not None:
                vm = SYMBOL.match(line, tail.start())  # "大会——第四十七届会议      A/47/49 (Vol. I)"
            if vm and not k and vm.end() == len(line) and "/ADD." in vm.group("sym").upper() and (
                    "/RES/" in ident or "/DEC/" in ident):
                # "## E/2027/30/Add.1-E/CN.15/2027/15/Add.1⏎Chapter I, section B⏎Resolution 36/3": the
                # part of a commission's report the resolution is printed in, alone over it.
                also = (*also, *(symbol_target(x)[0] for x in _joint_parts(vm.group("sym"))))
                break
            if vm is None and (pt := _PART_TITLE.match(line)) is not None:
                vm = SYMBOL.match(line, len(line) - len(line[pt.end():].lstrip()))  # "三. 决定      A/80/49 (Vol. II)"
            if vm and ((vm.group("sect") and "Vol" in vm.group("sect"))
                       or (not k and _VOLUME_PART.fullmatch(line, vm.end()))  # "E/2024/99      三. 决定"
                       # the volumes' own symbols alone: "E/2025/99⏎142⏎2025/226. Report of …"
                       or (vm.end() == len(line) and _VOLUME_SYMBOL.fullmatch(vm.group("sym")))):
                own = symbol_target(vm.group("sym"))[0] + canonical_symbol(vm.group("sect") or "")
                if own != ident:
                    also = (*also, own)
                break
    if ident.startswith("S/RES/"):
        # The annual volumes print the resolution's own document symbol under
        # its heading: "201 (1965). Resolution of 19 March 1965⏎[S/6240]".
        # A volume's page may print other texts first: the lines under the heading.
        lines = [ln for at, ln in _heading_lines(raw, 60) if at >= heading_at][:12 if not heading_at else 3]
        for line in lines:
            bm = _OWN_BRACKET.match(line)
            if bm:
                own = canonical_symbol("S" + bm[1][1:])
                also = (*also, own, *(f"{own}/{k.upper()}.{int(n)}" for k, n in _OWN_ADD.findall(bm["add"])))
                break
    if not ident:
        ident, source = _id_from_filename(Path(path).stem), "filename"
    if not date:
        last = c.closing_last.search(text)
        if last is not None:
            g = last.groupdict()
            month = c.t.months.get(g.get("mon") or "", 0) or int(g.get("m") or 0)
            if month:
                date = _iso(g["y"], month, g["d"])
    return DocMeta(ident, source, date, title, body, also)


_SYMBOL_LABEL_ZH = regex.compile(r"(?:文件编号|文件編號|文件符号|文件符號|文号|文號)\s*[：:]\s*")
_YEAR_FIRST = regex.compile(r"\s*(?:19[4-9]\d|20\d\d)\s*/")
_REPORT_OF_A_SESSION = regex.compile(
    r"\s*(?:第[一二三四五六七八九十]{1,3}章|Chapter\s+[IVX]{1,5})\s*$"
    r"|.{0,80}?(?:届会议|屆會議)的?(?:工作)?(?:报告|報告)\s*$"
    r"|\s*Report\s+of\s+the\s+.{3,150}?\s+on\s+(?:the\s+work\s+of\s+)?its\s+[\w-]+\s+(?:special\s+)?session\s*$")
_SUPPLEMENT = regex.compile(r"(?:补编|補編)第\s*\d{1,3}\s*[号號]|\bSupplement\s+No\.\s*\d{1,3}")
# The councils' annual reports to the Assembly, its Official Records supplements Nos. 2, 3
# and 53: "A/80/53" is the Human Rights Council's report, where "理事会" and "其" are that council.
_COUNCIL_REPORT = regex.compile(r"A/\d{2,3}/(2|3|53)(?:/ADD\.\d{1,2})?$")
_COUNCIL_REPORTS = {"2": "SC", "3": "ECOSOC", "53": "HRC"}


_YEAR_IN_ID = regex.compile(r"(?:^|[/(])((?:19|20)\d\d)(?=[/)]|$)")
_GA_SESSION_IN_ID = regex.compile(r"^A/(?:RES/|DEC/)?(\d{2,3})/")


def _latest_year(meta: DocMeta) -> int:
    """The last year a text can be of, from its own symbol ("E/RES/2026/24", "S/RES/2809(2025)"; the
    Assembly's session 81 sits from September 2026, its texts dated to 2027). Not from the date read: the
    last date a text prints may be another text's."""
    if (ym := _YEAR_IN_ID.search(meta.id)) is not None:
        return int(ym.group(1))
    if (gm := _GA_SESSION_IN_ID.match(meta.id)) is not None and 31 <= int(gm.group(1)) <= 120:
        return 1946 + int(gm.group(1))
    return 0


def _after_the_text(d: _Doc, body: str, n: Num) -> bool:
    """Whether the text numbered ``n`` by ``body`` would be later than the text citing it: an Economic and
    Social Council text of 2026 cites no "resolution 82/2" of the Assembly, whose eighty-second session opens
    in September 2027."""
    if not d.latest or n.form != "xy" or n.prefix or n.session:
        return False
    a = int(n.a)
    if body == "GA" and 31 <= a <= 120:
        return 1945 + a > d.latest
    if 1946 <= a <= 2099 and body in ("ECOSOC", "CHR", "SUBCOM", "CSW", "CSOCD", "CPD", "STAT", "CSTD", "CSD"):
        return a > d.latest
    return False


def extract_text(text: str, lang: str = "en", path: str = "") -> DocResult:
    """Extract the references of one document given as text.

    Examples
    --------
    >>> r = extract_text("61/181. 标题\\n大会，\\n 回顾其第 46/152 号决议，", "zh")
    >>> r.meta.id, [m.target for m in r.mentions]
    ('A/RES/61/181', ['A/RES/46/152'])
    """
    with gc_paused():
        c = compiled(lang)
        text = undo_ocr(text, lang)  # one for one: the offsets index the text as read
        norm = normalise(text, lang, undo=False)
        meta = read_meta(norm, c, path, text)
        if meta.id.startswith("S/RES/") and any(x in norm.text for x in ("8/", "5/", "$/", "§/", "s/")):
            # Scans of the Council's volumes read its series letter as a figure: "documents
            # 8/17227 and Add.2", "8/25541, S/25542". No text is numbered so ("8/17227" is no
            # resolution: the Assembly numbered by session only from 1976, the councils a few
            # dozen a session), so the letter is put back, one character for one.
            norm = replace(norm, text=_OCR_COUNCIL.sub("S/", norm.text))
        d = _Doc(norm, c, lang)
        d.also = frozenset(meta.also)
        d.latest = _latest_year(meta)
        d.own = meta.id
        d.raw = text
        out: list[Mention] = []
        taken: list[tuple[int, int]] = []
        for m in c.report.finditer(d.text):
            taken.append((m.start(), m.end()))
            _symbols(d, meta.id, out, [], "adopted_on_report", m.start("sym"), m.end("sym"),
                     via="heading")
        if d.table_rows:
            # First: the rows' body cells, which the numbers in their rows are given, bare or not.
            _table_cells(d, meta.id, out, meta.body)
        for _, rx in c.patterns:
            for m in rx.finditer(d.text):
                _reslist(d, m, meta.body, meta.id, out)
        _wrapped_cells(d, meta.id, out, meta.body)
        _listed_numbers(d, meta.id, meta.body, out)
        _headed_numbers(d, meta.id, meta.body, out)
        _symbols(d, meta.id, out, taken)
        if "undocs.org/" in d.text or "docs.un.org/" in d.text:
            _url_symbols(d, meta.id, out)
        _years_of_bare_council_numbers(out)
        if "PRST" in d.text or "President" in d.text or "主席" in d.text:
            _council_statements(d, meta.id, out)
        found, facts = find_instruments(d, meta.id, out)
        out.extend(found)
        out.sort(key=lambda x: (x.start, x.end, x.source, x.target))
        facts.sort(key=lambda x: (x.instrument, int(x.footnote) if x.footnote.isdecimal() else 0, x.footnote))
        return DocResult(path, meta, lang, tuple(out), tuple(facts))


def extract_document(doc: Document) -> DocResult:
    """Extract the references of a document read by :func:`xref.ingest.read_document`."""
    return extract_text(doc.text, doc.lang, doc.path)
