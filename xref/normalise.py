"""Undo PDF-conversion damage and find paragraphs, keeping a map back to the raw text."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter

import regex

from .models import Normalised, Paragraph

__all__ = ["fold_width", "normalise", "undo_ocr"]

# Full-width forms and odd spaces that change what a reference looks like.
# Every replacement is one character for one, so offsets are not disturbed;
# full-width brackets and punctuation are left to the patterns, which accept
# both widths, because folding them costs a pass over every character.
_FOLD = {c: c - 0xFEE0 for c in range(0xFF10, 0xFF1A)}  # digits
_FOLD.update({c: c - 0xFEE0 for c in range(0xFF21, 0xFF3B)})  # A-Z
_FOLD.update({c: c - 0xFEE0 for c in range(0xFF41, 0xFF5B)})  # a-z
_FOLD.update({0xFF0F: ord("/"), 0xFF0E: ord("."), 0xFF0D: ord("-"), 0x3000: 32, 0xA0: 32})
_FOLD.update({c: 32 for c in (0x2002, 0x2003, 0x2009, 0x200A, 0x202F, 0x2007)})
_FOLD.update({0x2010: ord("-"), 0x2011: ord("-"), 0x2012: ord("-"), 0x2013: ord("-")})
_FOLD.update({0x2212: ord("-"), 0xFE63: ord("-")})
# The standard library's engine scans a plain character class several times
# faster than ``regex``; this runs over every character of every document.
_FOLD_RE = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_FOLD)) + "]+")


def fold_width(text: str) -> str:
    """Fold full-width digits, letters, slashes and odd spaces to ASCII (length-preserving)."""
    if text.isascii() or not _FOLD_RE.search(text):
        return text
    return _FOLD_RE.sub(lambda m: m.group().translate(_FOLD), text)



# A symbol's series and parts before the slash a line ends on: "E/INCB/", "A/CONF.62/".
_SYMBOL_BROKEN = regex.compile(r"(?<![\w.])[A-Z]{1,6}(?:\.\d+)?/(?:[A-Z0-9.\-]+/)*\Z")
_SYMBOL_DOT_BROKEN = regex.compile(r"(?<![\w.])[A-Z]{1,6}(?:\.\d+)?/(?:[A-Z0-9.\-]+/)*(?:PV|SR|L|Add|Corr|Rev|CRP|WP|INF)\.\Z")
_BULLETS = frozenset(("- ", "* ", "• "))
_LIST_BULLETS = _BULLETS | {"– ", "· ", "◦ ", "▪ "}
_MD_TABLE_RULE = regex.compile(r"\|(?:\s*:?-{3,}:?\s*\|)+\s*")
# A part's title in a volume's running header: "三. 决定", "III. Decisions".
_PART_TITLE = regex.compile(r"(?:[一二三四五六七八九十]{1,3}\s*[.．、]|[IVX]{1,4}\.)\s*\S")
_RULE = regex.compile(r"^(?:[_\u2014\u2015\-=]{5,}\s*|-{3}\s*|_{3,}\s*|\s{20,})$")
# Superscript digits ("…Lima,¹") are footnote markers as <sup> is.
_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
_MARKER_LINE = regex.compile(r"^\s*(?:(\d{1,3})|<sup>\s*(\d{1,3})\s*</sup>|([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}))\s*$")
# "09-41234 (C)", "13-57703 2", "2 08-48216": a job number, maybe with the page number.
# Geneva and Vienna print "GE.24-18642 (C)", "V.24-09144 (E) 270524".
_JOB_NUMBER = regex.compile(
    r"^\s*(?:\d{1,3}(?:\s*/\s*\d{1,3})?\s+)?(?:[A-Z]{1,2}\.)?\d{2}-\d{5}\s*(?:\(\p{Lu}\))?(?:\s+\S+){0,3}\s*$"
)
_PAGE_LINE = regex.compile(r"^\s*(?:Page\s+\d+|-\s*\d+\s*-|—\s*\d+\s*—|\d+\s*/\s*\d+\s*页|第\s*\d+\s*页|\*\d{6,8}\*"
                           r"|\[\s*(?:页|頁|[Pp]age|p\.)\s*\d{1,4}\s*\])\s*$")  # an extractor's "[页 2]", "[Page 2]"
# A symbol somewhere in a line: a running head "大会——第二十九届会议 补编第 31 号 (A/9631)".
_HAS_SYMBOL = re.compile(r"(?<![A-Za-z0-9])[A-Z]{1,6}(?:\.\d+)?/[A-Za-z0-9.\-/]*\d")
# A symbol, with a Security Council resolution's year: "S/RES/2783 (2025)".
_LINE_SYMBOL = r"^\s*[A-Z]{1,6}(?:\.\d+)?(?:/[A-Za-z0-9.\-]+){1,6}(?:\s*[(（]\s*(?:19|20)\d\d\s*[)）])?"
# A resolution's part is the document: "A/RES/80/262 B", "A/RES/80/265 A-C".
_SYMBOL_LINE = regex.compile(_LINE_SYMBOL + r"(?:\s[A-H](?:\s?[-–]\s?[A-H])?)?(?<!\.)\s*$")
# A running header: the symbol and a short title, "A/RES/78/113 消除国际恐怖主义的措施", or on
# an even page the title first, "加紧努力消除对妇女的一切形式暴力行为 A/RES/79/152".
# (its symbol printed elsewhere too, as a running header and masthead are: not "S/2024/123 号文件的…")
_HEADER_NEAR_JOB = regex.compile(r"^\s*(?P<sym>[A-Z]{1,6}(?:\.\d+)?(?:/[A-Za-z0-9.\-]+){1,6})"
                                 r"\s+(?!和|及|and\b|Add\.|Corr\.|号文件|號文件)\S[^/]*$")
# A running header that is the text's own number: "第 12/3 号决议", "Resolution 12/3".
_HEADER_OWN_NUMBER = regex.compile(r"^\s*(?:第\s*(?P<num>\d{1,4}/\d{1,3})\s*[号號]\s*(?:决议|決議|决定|決定)"
                                   r"|(?:Resolution|Decision)\s+(?P<num>\d{1,4}/\d{1,3}))\s*$")
_HEADER_TITLE = regex.compile(_LINE_SYMBOL + r"\s+\S[^/\d]*$|^(?![a-z])[\p{L}][^/\d]{3,}\s" + _LINE_SYMBOL[1:] + r"(?<!\.)\s*$")
# How a line of prose, never a running header, ends.
_PROSE_END = frozenset(",.;:，。；：")
_WIDE_GAP = re.compile(r"\s{3,}")
# The running header of an annual volume of resolutions, with its page number on either side.
_VOLUME_HEADER = regex.compile(
    r"\s*(?:(?P<n>\d{1,4})\s{3,})?(?:General\s+Assembly|Security\s+Council|Economic\s+and\s+Social\s+Council)"
    r"\s*(?:[—–]|-{1,2})\s*(?:[A-Z][a-z]+(?:-[a-z]+)?\s+)?(?:Special\s+|Emergency\s+Special\s+)?Session"
    # "296    General Assembly--Fortieth Session--Supplement No. 53 (A/40/53)": a typed volume's head
    r"(?:\s*(?:[—–]|-{1,2})\s*Supplement\s+No\.\s*\d{1,3}\s*\([A-Z]/[\w/.]+\))?"
    r"(?(n)|\s{3,}\d{1,4})\s*$"
    # "安全理事会决议和决定—1993 年      105"
    r"|\s*(?:(?P<m>\d{1,4})\s{3,})?(?:安全理事会|安全理事會|大会|大會|经济及社会理事会|經濟及社會理事會)[^\s\d]{0,10}"
    r"\s*[—–-]\s*(?:(?:19|20)\d\d\s*年|第[^\s]{1,8}届会议)(?(m)|\s{3,}\d{1,4})\s*$"
)
# An English volume's running header, its page number on either side: "10      Resolutions and decisions
# of the Security Council, 1967"; OCR's "Reso1utions … Counci1".
_VOLUME_HEADER_EN = regex.compile(
    r"\s*(?:\d{1,4}\s+)?Reso[l1I]utions\s+and\s+decisions\s+of\s+the\s+(?:Security\s+Counci[l1I]|General\s+Assemb[l1I]y|"
    r"Economic\s+and\s+Socia[l1I]\s+Counci[l1I])(?:\s*,\s*(?:19|20)\d\d)?(?:\s+\d{1,4})?\s*")
# OCR's "1" for "l" inside a word ("reso1ution", "Reca11ing") and at a word's end ("Counci1", "Apri1").
_OCR_ONE_INSIDE = regex.compile(r"(?<=[A-Za-z])1+(?=[a-z])")  # (``regex`` anchors on the figure: 15 times faster here)
# The first line of a volume's page: its topic, a wide gap, its number (or mirrored).
_TOPIC_HEAD = regex.compile(r"(?:[A-Z][^\d/]{4,70}?\S\s{8,}\d{1,4}|\d{1,4}\s{8,}[A-Z][^\d/]{4,70})\s*")
# A Roman session as OCR read it, "l" for "I": "2796 (XXVl)".
_OCR_ROMAN = regex.compile(r"(?<=\(\s*(?:S-|ES-)?)(?=[XVIl]*l)[XVIl]{2,8}(?=\s*\))")
# A number with "l" or "O" for a figure: "l968", "197O", "3l3", "1O715", "l65Oth" (not "l" or "O" alone).
_OCR_DIGITS = re.compile(r"(?<![A-Za-z0-9])(?=[0-9lO]*[0-9])(?=[0-9lO]*[lO])[0-9lO]{2,}(?=(?:st|nd|rd|th)?(?![A-Za-z0-9]))")
_OCR_HINT = regex.compile(r"[lO](?=[0-9])|(?<=[0-9])[lO]")  # cheap: most texts hold none, and need no more look
_OCR_ADD_ONE = regex.compile(r"(?<=\b(?:Add|Corr|Rev)\.)l(?![A-Za-z0-9])")
_OCR_ONE_AT_END = re.compile(r"(?<=[a-z]{3})1(?=[\s,.;:)\]]|$)")
# A paragraph's label and the space after it: "5.        麻醉药品委员会…", "19 (a)      …".
_LABEL_LEAD = re.compile(r"\s*(?:\d{1,3}\s*[.．]|\([a-z]{1,4}\))\s+")
_VOLUME_HEADER_ALONE = regex.compile(
    # "决议和决定      经济及社会理事会—1995 年实质性会议": the part's title may come first.
    r"\s*(?:[^\s\d]{2,10}\s{3,})?(?:安全理事会|安全理事會|大会|大會|经济及社会理事会|經濟及社會理事會)"
    r"(?:的?(?:决议和决定|決議和決定))?\s*—{1,2}\s*"
    r"(?:(?:19|20)\d\d\s*年(?:实质性会议|實質性會議|组织会议|組織會議|续会|續會)?|第[^\s]{1,8}届会议|第[^\s]{1,8}屆會議)"
    # "大会——第三十九届会议，补编第 51 号 (A/39/51)": with the volume's supplement and symbol
    r"(?:\s*[，,]?\s*(?:补编|補編)第\s*\d{1,3}\s*[号號]\s*[(（]\s*[A-Z]/[\w./()\s]{2,20}[)）])?\s*")
_PAGE_NUMBER = re.compile(r"-?\s*\d{1,4}\s*-?")
# A page number printed as "2/3" on a line of its own.
_PAGE_OF = regex.compile(r"^\s*(\d{1,3})\s*/\s*(\d{1,3})\s*$")
_MD_HEADING = regex.compile(r"^\s*#{1,6}\s+")
# A footnote body that starts with its number: "<sup>12</sup> E/CN.15/…", "12 See …".
_FN_START = regex.compile(
    # Typed prints number their notes "1/": "1/    Resolution 217 A (III)." (not "66/ 180").
    r"\s*(?:(?|<sup>\s*(\d{1,3})\s*</sup>|\[\^(\d{1,3})\]\s*:|\[(\d{1,3})\](?=\s)|([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}))"
    r"|(\d{1,3})(?=\s+\S)|(\d{1,2})/(?=\s+[^\d\s]))\s*"
)
_NUMBERED = regex.compile(
    r"\s*(?:\*\*)?(?:(\d{1,3})\s*\\?[.．]\s*(?!\d)|\(([a-z]{1,4}|[ivx]{1,6})\)\s|"
    r"([一二三四五六七八九十]{1,3})\s*[、.．]\s*|([A-Z]|[IVX]{1,5})\.\s+)"
)
_END_SENTENCE_CHARS = frozenset("。.)）]】")
# A conversion that took a wrapped line opening with a four-digit number for a
# footnote's label: "[^2321]: (2016) and 2375 (2017)." is "2321 (2016) and …".
_NUMBER_AS_LABEL = r"(?<![^\n])\[\^(?=\d{4}\]:\s)|(?<=^\[\^\d{4}|\n\[\^\d{4})\]:"
# Markdown written from HTML: a note's marker as a link, "<sup><a href="#fn1">1</a></sup>";
# the backslash of an escape ("1\\.", "\\[Adopted without a vote.\\]"); "_Reaffirming_" (an
# underscore at a word's edge, never a rule's "____" or a name's "a_b").
_MD_MARKUP = (r"<sup>\s*<a\b[^>]{0,80}>\s*(?P<n>\d{1,3})\s*</a>\s*</sup>|\\(?=[.\[\]()*_#!-])|"
              r"(?<![\w\\])_(?=[^\W_])|(?<=[^\W_]|[.,;:!?)，。；：])_(?!\w)")
_INLINE_DROP = {
    "zh": regex.compile(
        r"<sup>\s*(?P<n>\d{1,3})\s*</sup>|\[\^?(?P<n>\d{1,3})\](?!\s*:)|(?P<n>[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})|\*\*|"
        rf"{_NUMBER_AS_LABEL}|{_MD_MARKUP}|"
        r"(?<=[》」”。）]|[》）\p{Han}][，,；、]|公约|公約|议定书|議定書|宣言|规则|規則|战略|戰略|原则|原則|准则|準則|纲领|綱領|计划|計劃)(?P<n>\d{1,3})"
        # A volume numbers its footnotes on through the year: "《儿童权利公约》187 是", "、188《…".
        r"(?=\s?[\p{Han}，。；、《]|\s*$)(?!\s?[年月日号號次段个個名条條卷项項国國份种種类類届屆周週倍岁歲人万萬亿億％%多余餘票])"
    ),
    "en": regex.compile(
        r"<sup>\s*(?P<n>\d{1,3})\s*</sup>|\[\^?(?P<n>\d{1,3})\](?!\s*:)|(?P<n>[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})|\*\*|"
        rf"{_NUMBER_AS_LABEL}|{_MD_MARKUP}|"
        r"(?<!(?:Add|Corr|Rev|No|Nos|Vol|vol|para|paras|p|pp|art|Art|chap|sect|Suppl|annex|"
        r"rule|rules|item|Sales|Res|Dec|Amend|Supp)\.)"  # "UNEP/EA.5/Res.4": a symbol's last part
        # A volume numbers its notes on through the year: "Programme of Action118 adopted".
        r"(?<=\p{Ll}[,.;:]?|[”\"’)\]][,;.]?)(?P<n>\d{1,3})(?=[\s,;)]|$)"
        # not a number with its session or year after a link's label: "its resolution [20]377 A (V)"
        r"(?!\s*(?:[A-Z]\s*)?\(\s*(?:(?:19|20)\d\d|(?:S-)?[IVXL]{1,8})\s*\))"
        # "signed at Nicosia on 16 August 1960,4 and": a marker after a year and its comma.
        r"|(?<=(?<!\d)(?:19|20)\d\d[,;])(?P<n>\d{1,3})(?=\s|$)"
        # "in document A/78/762.3 The": a marker after a symbol's full stop.
        r"|(?<=[A-Z]/(?:[\w.\-]+/)*\d{1,5}\.)(?P<n>\d{1,2})(?=\s|$)"
    ),
}


# A typed print's marker: "Human Rights, 1/ the", "Discrimination 2/ and", "会议的报告1/、";
# read only in a text whose notes are numbered so ("1/  Official Records …"), and not a
# number broken at its slash ("resolutions 3382 (XXX) and 31/⏎33").
# Nor "E/CN.4/⏎1982/8", "第 31/⏎178": a word and a space before it (a dot or 第 never), and a
# marker at a line's end is one only if the next line does not open on a digit (see normalise).
_SLASH_MARKER = {
    "zh": r"|(?<=[\p{Han}》）”，,]\s?)(?<!第\s?)(?P<n>\d{1,2})(?P<slash>/)(?=\s|$|[、，。；,;.\p{Han}])",
    "en": (r"|(?<!\b(?:resolutions?|decisions?|and|Nos?\.)\s)(?<=[,;]|[\p{L},;:)”’\"]\s)(?P<n>\d{1,2})(?P<slash>/)"
           r"(?=\s|$|[,;.)])"
           # after a date's year, before a word: "resolutions 1983/40 of 9 March 1983 48/ and 1982/58"
           r"|(?<=\b(?:19|20)\d\d\s)(?P<n>\d{1,2})(?P<slash>/)(?=\s+[a-z])"),
}
_INLINE_DROP_SLASH = {lang: regex.compile(rx.pattern + _SLASH_MARKER[lang]) for lang, rx in _INLINE_DROP.items()}
_SLASH_NOTE = regex.compile(r"\s*\d{1,2}/\s")
# The date under a text's closing meeting line: "1974 年 12 月 17 日", "3 December 1982".
_CLOSING_DATE = regex.compile(r"(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$|\d{1,2}\s+[A-Z][a-z]{2,8}\s+(?:19|20)\d\d$")

_RULE_START = frozenset("_\u2014\u2015-=")
_FN_BACKLINK = regex.compile(r"(\d{1,3})[.．]?\s")
_NOTES_HEADINGS = frozenset(("脚注", "腳註", "脚注：", "注释", "註釋", "注", "注：", "Notes", "Footnotes",
                             "Endnotes", "Notes:", "NOTES", "FOOTNOTES"))
_SUPERSCRIPTS = frozenset("⁰¹²³⁴⁵⁶⁷⁸⁹")
_DIGIT_START = frozenset("0123456789<[⁰¹²³⁴⁵⁶⁷⁸⁹")
_FURNITURE_START = frozenset("0123456789P-—第ABCDEFGHIJKLMNOQRSTUVWXYZ*[")
_NUMBERED_START = frozenset("0123456789(*一二三四五六七八九十ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_TERMINAL_END = frozenset("。；：;:.，,)）]】")
# A cheap test (standard-library engine) that a line may hold something to drop.
_INLINE_HINT = {
    "zh": re.compile(r"<sup>|\*\*|\\|_|\[\^|\[\d|[⁰¹²³⁴⁵⁶⁷⁸⁹]|[，,；、]\d|[》」”。）约約书書言则則略领領划劃][，,]?\d"),
    "en": re.compile(r"[\d<*\[⁰¹²³⁴⁵⁶⁷⁸⁹\\_]"),
}
_INLINE_HINT_SLASH = {"zh": re.compile(_INLINE_HINT["zh"].pattern + r"|\d/"), "en": _INLINE_HINT["en"]}


_PAGE_END = frozenset("-—页頁*]")


def _short_number_then_space(t: str) -> bool:
    """Whether ``t`` opens with one to three digits and a space ("12 See …")."""
    k = 0
    while k < len(t) and k < 4 and t[k].isdecimal():
        k += 1
    return 1 <= k <= 3 and k < len(t) and t[k].isspace()


def _numbered(text: str) -> regex.Match[str] | None:
    if not text or text[0] not in _NUMBERED_START:
        return None
    c0 = text[0]
    # A capital opens a numbered line only as "B. " or a Roman "IV. ".
    if c0 in _UPPER and (len(text) < 2 or (text[1] != "." and (c0 not in "IVX"
                                                                 or text[1] not in "IVX"))):
        return None
    return _NUMBERED.match(text)


def _is_cjk(ch: str) -> bool:
    o = ord(ch)
    return (0x3000 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF or 0xFF01 <= o <= 0xFF64
            or 0x20000 <= o <= 0x3FFFF or (0x3400 <= o <= 0x4DBF))


_UPPER = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_JOB_START = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")


class _Line:
    """A non-blank line of the raw text (a text line, or a rule of spaces)."""

    __slots__ = ("_num", "blank_before", "col", "end", "fn", "indent", "kind", "start", "text")

    def __init__(self, start: int, end: int, text: str, indent: int, blank_before: bool) -> None:
        self.start = start  # raw offset of the first non-space character
        self.end = end  # raw offset after the last non-space character
        self.text = text  # stripped content
        self.kind = "text"
        self.fn = ""
        self.indent = indent  # spaces before the text; after _margin, whether it is set in
        self.col = indent  # spaces before the text
        self.blank_before = blank_before  # blank lines come between this and the line before
        self._num: regex.Match[str] | None | bool = False

    @property
    def numbered(self) -> regex.Match[str] | None:
        """The paragraph number or heading letter the line opens with, if any."""
        if self._num is False:
            self._num = _numbered(self.text)
        return self._num  # type: ignore[return-value]


def _split_lines(raw: str) -> tuple[list[_Line], int]:
    """The non-blank lines of ``raw`` and the number of blank ones.

    Blank lines carry nothing but the fact that they were there, so they
    become a flag on the next line rather than entries of their own: in a
    PDF conversion every other line is blank.
    """
    lines = []
    append = lines.append
    pos = 0
    blank = False
    blanks = 0
    for chunk in raw.split("\n"):
        n = len(chunk)
        stripped = chunk.strip()
        if stripped:
            s = pos + n - len(chunk.lstrip())
            append(_Line(s, s + len(stripped), stripped, s - pos, blank))
            blank = False
        elif n < 20 or not _RULE.match(chunk):
            blank = True
            blanks += 1
        else:
            line = _Line(pos, pos, "", 0, blank)
            line.kind = "rule"
            append(line)
            blank = False
        pos += n + 1
    return lines, blanks


# Two columns of prose side by side (an annual volume's page, in pdftotext's layout mode): a
# line whose text reaches far to the right past a gap of spaces.
_COLUMN_GAP = re.compile(r"\S {2,}(?=\S)")


def _gutter(raw: str, lines: list[_Line]) -> int:
    """The character column where a page's right-hand column of prose starts, or 0.

    The left column is set full (justified), so most of its lines end within a few
    characters of the widest one; a table's first column, of short cells, is not.
    """
    if raw.count("\n") < 20:
        return 0
    starts: Counter[int] = Counter()
    two = 0
    for ln in lines:
        if ln.end - ln.start < 50:
            continue
        line_at = raw.rfind("\n", 0, ln.start) + 1
        for m in _COLUMN_GAP.finditer(raw, ln.start, ln.end):
            at = m.end() - line_at
            if at >= 30:
                starts[at] += 1
        two += 1
    if two < 12 or not starts:
        return 0
    g, hits = starts.most_common(1)[0]
    if hits < 10 or hits < 0.3 * two:
        return 0
    # The left halves of the lines that print both sides end close to the gutter.
    ends = []
    celled = 0  # left halves that are cells apart themselves: a table's rows, not a column of prose
    for ln in lines:
        line_at = raw.rfind("\n", 0, ln.start) + 1
        col = ln.start - line_at
        if col < g - 2 and ln.end - line_at > g and raw[line_at + g - 2:line_at + g].strip() == "" \
                and raw[line_at + g:line_at + g + 1].strip():
            left = raw[line_at:line_at + g - 2].rstrip()
            half = left.strip()
            ends.append(len(left))
            # (or set far in, its first cells blank: "                     17 December 2024    girls")
            celled += "    " in half or len(left) - len(left.lstrip()) >= 12
    if len(ends) < 10 or celled > len(ends) // 2:
        return 0
    ends.sort()
    widest = ends[len(ends) * 4 // 5]  # not one heading run long
    full = sum(1 for e in ends if e >= widest - 8)
    return g if widest >= 30 and full >= 0.7 * len(ends) else 0


def _split_columns(raw: str, lines: list[_Line]) -> list[_Line]:
    """Read a page set in two columns down the left one, then down the right one.

    A run of lines none of which crosses the gutter is one page's columns; a line that
    does (a running header across the page, a heading) ends the run. The lines keep
    their raw offsets, so mentions still point at the characters as printed.
    """
    g = _gutter(raw, lines)
    if not g:
        return lines
    out: list[_Line] = []
    left: list[_Line] = []
    right: list[_Line] = []
    gap = {"l": False, "r": False}  # a column's blank line before its next one

    def flush() -> None:
        out.extend(left)
        out.extend(right)
        left.clear()
        right.clear()

    for ln in lines:
        line_at = raw.rfind("\n", 0, ln.start) + 1
        col, end_col = ln.start - line_at, ln.end - line_at
        crosses = col < g - 1 and end_col > g - 2 and raw[line_at + g - 2:line_at + g].strip() != ""
        if crosses or ln.kind == "rule":
            flush()
            out.append(ln)
            continue
        if col >= g - 1:
            ln.indent = ln.col = col - g
            ln.blank_before = ln.blank_before or gap["r"]
            right.append(ln)
            gap["r"] = False
            gap["l"] = True
            continue
        if end_col <= g - 2:
            ln.blank_before = ln.blank_before or gap["l"]
            left.append(ln)
            gap["l"] = False
            gap["r"] = True
            continue
        cut = raw[line_at + g - 2:ln.end]
        a_end = line_at + len(raw[line_at:line_at + g - 2].rstrip())
        b_start = line_at + g - 2 + (len(cut) - len(cut.lstrip()))
        a = _Line(ln.start, a_end, raw[ln.start:a_end], ln.indent, ln.blank_before or gap["l"])
        b = _Line(b_start, ln.end, raw[b_start:ln.end], b_start - line_at - g, ln.blank_before or gap["r"])
        gap["l"] = gap["r"] = False
        left.append(a)
        right.append(b)
    flush()
    return out


def _line_start(ln: _Line) -> int:
    return ln.start


_JOB_DIGITS = re.compile(r"\d\d-\d{5}")


def _is_job_line(t: str) -> bool:
    return (len(t) >= 8 and t[0] in _JOB_START and t.find("-", 1) > 0
            and _JOB_NUMBER.match(t) is not None)


def _is_barcode(t: str) -> bool:
    return len(t) >= 8 and t[0] == "*" and t[-1] == "*" and t[1:-1].isdecimal()


def _is_date_stamp(t: str) -> bool:
    """A print date beside a job number, "180326" (18 March 2026)."""
    return len(t) == 6 and t.isdecimal() and 1 <= int(t[:2]) <= 31 and 1 <= int(t[2:4]) <= 12


def _is_page_of(t: str) -> bool:
    m = _PAGE_OF.match(t) if 0 < len(t) <= 9 and t[0].isdecimal() else None
    return m is not None and 0 < int(m[1]) <= int(m[2])


def _in_heading(w: str, head: list[_Line]) -> bool:
    """Whether ``w`` is a heading's line, or a short form of its title: its words
    (characters, in Chinese) all printed there."""
    if any(h.text == w for h in head):
        return True
    # (a heading's own line may end on its title's comma: "81/214. 加强…，保护文化财产，")
    text = "\n".join(h.text for h in head if h.text[-1:] not in _PROSE_END or PART_HEAD.match(h.text))
    if any(_is_cjk(ch) for ch in w):
        # In the title's order: a short form leaves words out, it does not reorder them.
        chars = [ch for ch in w if not ch.isspace()]
        rest = iter(text)
        return len(chars) >= 6 and all(ch in rest for ch in chars)
    words = regex.findall(r"\w+", w.lower())
    have = set(regex.findall(r"\w+", text.lower()))
    return len(words) >= 3 and all(x in have for x in words)


# A first page's foot beside its job number: "请回收", "Please recycle".
_RECYCLE = frozenset(("请回收", "請回收", "Please recycle", "请回收♲", "Please recycle♲", "♲"))


def _beside_job(lines: list[_Line], i: int, step: int) -> list[int]:
    """The two lines after (or before) a job number's line, over its barcode, print dates and
    recycling mark, which are furniture too: "25-22871 (C)⏎120126⏎130126⏎*2522871*⏎请回收⏎A/RES/80/172"."""
    out: list[int] = []
    j = i + step
    while 0 <= j < len(lines) and len(out) < 2 and abs(j - i) <= 7:
        u = lines[j].text.strip()
        if lines[j].kind == "text" and (_is_barcode(u) or _is_date_stamp(u) or u in _RECYCLE or (
                "   " in u and all(_is_barcode(q) or _is_date_stamp(q) or q in _RECYCLE for q in _WIDE_GAP.split(u)))):
            # (or several on one line: "*2710452*                    请回收")
            lines[j].kind = "furniture"
        else:
            out.append(j)
        j += step
    return out


def _running_title(lines: list[_Line], k: int, job: int, w: str = "") -> bool:
    """Whether ``lines[k]`` (or ``w``, its text with the line under it), beside a running header's symbol, is
    the text's title as its heading prints it, or a short form of it ("A/RES/80/152⏎土著人民权利",
    "执行人居二和人居三的成果以及加强人居署")."""
    limit = 180 if w else 90
    w = w or lines[k].text
    return (lines[k].kind == "text" and 2 <= len(w) <= limit and w[-1] not in _PROSE_END
            and w[-1] not in "、和及与第"
            and ((len(w) <= 40 and not any(ch.isdigit() for ch in w))
                 # "A/RES/80/262 B⏎Questions relating to the programme budget for 2026"
                 or (not any(_is_cjk(ch) for ch in w) and not _ends_on_joining_word(w)))
            and _in_heading(w, lines[:min(30, job)]))


def _mark_page_furniture(lines: list[_Line], raw: str | None = None, ordered: bool = True) -> None:
    """Mark the running header and page number printed beside a job number.

    A page break of a UN document prints the job number ("25-10298 (C)"),
    the page number ("2/3") and the document's symbol as a running header
    ("S/RES/2783 (2025)"), often in the middle of a sentence or of a list.
    The job number is unmistakable; a symbol or page number on a line of its
    own within two lines of it belongs to the same page furniture.
    """
    if raw is not None:
        # Only the lines holding a job number's digits are looked at.
        hits = [m.start() for m in _JOB_DIGITS.finditer(raw)]
        if not hits:
            return
        if ordered:
            candidates = sorted({bisect_right(lines, h, key=_line_start) - 1 for h in hits} - {-1})
        else:  # a page read column by column: the lines are not in the order of their offsets
            candidates = [i for i, ln in enumerate(lines) if _JOB_DIGITS.search(ln.text)]
    else:
        candidates = range(len(lines))
    n = len(lines)
    for i in candidates:
        ln = lines[i]
        t = ln.text
        if len(t) < 8 or t[0] not in _JOB_START or not _is_job_line(t):
            continue
        ln.kind = "furniture"
        for j in (*reversed(_beside_job(lines, i, -1)), *_beside_job(lines, i, 1)):
            if 0 <= j < n:
                other = lines[j]
                u = other.text
                if u and other.kind == "text" and (
                    _is_page_of(u) or _is_date_stamp(u) or ("/" in u and (
                        # beside a job number, the text's own number, headed at its top: "12/3. …"
                        (raw is not None and (om := _HEADER_OWN_NUMBER.match(u)) is not None
                         and raw.find(om.group("num") + ".", 0, 3000) >= 0) or
                        (u[0] in _UPPER and _SYMBOL_LINE.match(u))
                        # (not a sentence opening on a symbol: "CTOC/COP/2026/INF/1 所列…参加第十三届会议。")
                        or (len(u.split()) <= 12 and u[-1] not in _PROSE_END and _HEADER_TITLE.match(u)
                            and len(_WIDE_GAPS.findall(u)) < 2)
                        # beside a job number a header's title may hold digits: "E/RES/2024/3 2030 年…普查方案"
                        or (len(u) <= 60 and u[0] in _UPPER and u[-1] not in _PROSE_END
                            # (not a table's row, three cells apart: "A/80/163      6      秘书长关于…")
                            and len(_WIDE_GAPS.findall(u)) < 2
                            and (hm := _HEADER_NEAR_JOB.match(u)) is not None
                            and raw is not None and raw.count(hm.group("sym")) >= 2)))
                ):
                    other.kind = "furniture"
                    if j > i and j + 1 < n and u[0] in _UPPER and _SYMBOL_LINE.match(u):
                        # The running header's title on the line under its symbol, as the heading
                        # prints it: "A/RES/80/152⏎土著人民权利".
                        # or a short form of it: "执行人居二和人居三的成果以及加强人居署".
                        w = lines[j + 1].text
                        if lines[j + 1].kind == "text" and w[:1] in _UPPER and _SYMBOL_LINE.match(w):
                            lines[j + 1].kind = "furniture"  # a joint symbol's second line: "E/2025/30⏎E/CN.15/2025/16"
                        elif _running_title(lines, j + 1, i):
                            lines[j + 1].kind = "furniture"
                        elif (j + 2 < n and lines[j + 2].kind == "text" and not lines[j + 2].blank_before
                              and _ends_on_joining_word(lines[j + 1].text)
                              and _running_title(lines, j + 1, i, f"{lines[j + 1].text} {lines[j + 2].text}")):
                            # its title wrapped onto two lines: "A/RES/81/104⏎Economic and other activities
                            # which affect the interests of the peoples of the⏎Non-Self-Governing Territories"
                            lines[j + 1].kind = lines[j + 2].kind = "furniture"
                    if i < j - 1 and u[0] in _UPPER and _SYMBOL_LINE.match(u) and _running_title(lines, j - 1, i):
                        # or over it, between the job number and the symbol (a left-hand page's head):
                        # "26-22417⏎Peaceful settlement of the question of Palestine⏎A/RES/81/86"
                        lines[j - 1].kind = "furniture"
                    if j + 2 < n and "/" in u and not _SYMBOL_LINE.match(u):
                        # A header's title wrapped onto a second line: "A/RES/80/224 Follow-up
                        # to … of the⏎International Conferences on Financing for Development".
                        wrap, after = lines[j + 1], lines[j + 2]
                        w = wrap.text
                        if (wrap.kind == "text" and not wrap.blank_before and after.blank_before and w
                                and len(w) <= 90 and w[-1] not in _PROSE_END and _ends_on_joining_word(u)
                                and not any(ch.isdigit() or ch == "/" for ch in w)):
                            wrap.kind = "furniture"
        for step in (-1, 1):
            # "12-44718 (C)⏎*1244718*⏎E/RES/2012/19 …⏎2/2": a page number beyond the barcode and header,
            # and the print dates and recycling mark.
            j = i + step
            while 0 <= j < n and abs(j - i) <= 8 and (lines[j].kind == "furniture" or _is_barcode(lines[j].text)):
                j += step
            if 0 <= j < n and abs(j - i) <= 8 and lines[j].kind == "text" and _is_page_of(lines[j].text):
                lines[j].kind = "furniture"


def _classify(lines: list[_Line], lang: str, raw: str | None = None, ordered: bool = True) -> None:
    """Mark rules, page furniture, footnote markers and footnote bodies."""
    # A symbol line repeated on several pages is a running header.
    # Lines printed more than once are counted first; only those are tested.
    counts = Counter(t for ln in lines if "/" in (t := ln.text))
    # Not a sentence printed twice, as two footnotes may be: "NPT/CONF.1995/32
    # (Part I)/Corr.2), annex." ends as prose does, a header does not.
    counts = Counter({
        t: k for t, k in counts.items()
        if k >= 2 and ((t[0] in _UPPER and _SYMBOL_LINE.match(t)) or (
            len(t) >= 8 and t[-1] not in _PROSE_END and t[0] != "(" and not _ends_on_joining_word(t)
            and _HAS_SYMBOL.search(t)))
    })
    # A volume's running header, mirrored on facing pages: "A/80/49 (Vol. I)      三. 决定" and
    # "128      A/80/49 (Vol. I)"; "…补编第31号 (A/9631)      - 64 -" and "- 65 -      …(A/9631)".
    # An annual volume's page header, "88                General Assembly—Thirtieth Session", too.
    heads: dict[str, list[str]] = {}
    # A page header with one space, mirrored: "E/2025/99 三. 决定" and "三. 决定 E/2025/99".
    mirrored: dict[tuple[str, str], dict[bool, str]] = {}
    if lines and (t0 := lines[0].text) and "   " in t0 and _TOPIC_HEAD.fullmatch(t0):
        counts[t0] = 2  # a volume page's head, its topic and number: "The situation in the Middle East      11"
    for ln in lines:
        t = ln.text
        if "ecisions of the" in t and _VOLUME_HEADER_EN.fullmatch(t):
            counts[t] = 2  # "Resolutions and decisions of the Security Council, 1984", as OCR read it too
            continue
        if "   " not in t:
            if len(t) <= 40 and "/" in t and " " in t and _HEADER_TITLE.match(t) \
                    and (hs := _HAS_SYMBOL.search(t)) is not None:
                title = (t[:hs.start()] + t[hs.end():]).strip()
                if title:
                    mirrored.setdefault((hs.group(), title), {})[hs.start() == 0] = t
            elif "—" in t and len(t) <= 40 and _VOLUME_HEADER_ALONE.fullmatch(t):
                counts[t] = 2  # a volume's header, its page number on a line of its own: "大会——第二十九届会议"
            continue
        if "/" in t and "Supplement" in t and _VOLUME_HEADER.match(t):
            counts[t] = 2  # "296    General Assembly--Fortieth Session--Supplement No. 53 (A/40/53)"
        elif "/" in t:
            parts = _WIDE_GAP.split(t.strip("\f"))
            if 2 <= len(parts) <= 3:
                sym = [q for q in parts if _HAS_SYMBOL.search(q)]
                rest = [q for q in parts if not _HAS_SYMBOL.search(q)]
                if len(sym) == 1 and any(_VOLUME_HEADER_ALONE.fullmatch(q) for q in rest) and all(
                        _VOLUME_HEADER_ALONE.fullmatch(q) or _PAGE_NUMBER.fullmatch(q) for q in rest):
                    # "安全理事会的决议和决定——1972 年      S/INF/28", "218    大会—— 第三十五届会议    (A/35/48)":
                    # the volume's head and symbol
                    counts[t] = 2
                elif len(sym) == 1 and len(sym[0]) <= 40 and all(len(q) <= 16 for q in rest):
                    heads.setdefault(sym[0], []).append(t)
        elif ("Session" in t or "—" in t) and (_VOLUME_HEADER.match(t) or _VOLUME_HEADER_ALONE.fullmatch(t)):
            counts[t] = 2
    for sides in mirrored.values():
        if len(sides) == 2:
            for v in sides.values():
                counts[v] = 2
    for variants in heads.values():
        if len(variants) >= 2 and any(_PAGE_NUMBER.fullmatch(q) for v in variants for q in _WIDE_GAP.split(v.strip("\f"))):
            for v in variants:
                counts[v] = 2
    if counts:
        # A volume's part title on a line of its own beside its running header, on every
        # page: "86⏎A/79/49 (Vol. II)⏎三. 决定".
        texts = Counter(ln.text for ln in lines if 0 < len(ln.text) <= 24)
        for i, ln in enumerate(lines):
            if counts.get(ln.text, 0) >= 2:
                for j in (i - 1, i + 1):
                    u = lines[j].text if 0 <= j < len(lines) else ""
                    if u and texts[u] >= 2 and u[-1] not in _PROSE_END and _PART_TITLE.match(u):
                        counts[u] = 2
    _mark_page_furniture(lines, raw, ordered)
    markers_seen: set[int] = set()
    in_zone = False
    last_fn = 0
    current_fn = ""
    fn_open = False  # the current footnote body may continue on the next line
    prev_kind = ""
    tail_notes = lang != "zh"
    tail_from = int(0.6 * len(lines))
    prev_end = ""
    closed = False  # the closing line ("Adopted at the 2145th meeting") has been read
    zh_closing = -1  # where a Chinese text's closing line ("第 63 次全体会议") is
    drawn_rule = False  # the last rule is drawn ("____"), not a line of spaces
    for idx, ln in enumerate(lines):
        t = ln.text
        c0 = t[0] if t else ""
        kind = prev_kind
        prev_kind = ln.kind
        if tail_notes and idx >= tail_from:
            if lines[idx - 1].text:
                prev_end = lines[idx - 1].text[-1]
            if not closed and _CLOSING_LINE.match(t):
                closed = True
        if ln.kind == "furniture":
            prev_kind = "furniture"
            continue
        if c0 == "|" and _MD_TABLE_RULE.fullmatch(t):
            ln.kind = prev_kind = "furniture"  # a Markdown table's "|---|---|" under its header row
            continue
        if c0 == "第" and lang == "zh" and zh_closing < 0 and idx >= tail_from and _CLOSING_ZH.match(t):
            zh_closing = idx
        if (zh_closing >= 0 and not in_zone and c0.isdecimal() and len(t) <= 200
                and (zm := _NOTE_AFTER_CLOSING.match(t)) and int(zm[1]) == last_fn + 1
                and (last_fn or idx - zh_closing <= 3)):
            # A web page sets its notes after the closing lines, numbered, with no rule:
            # "第 63 次全体会议⏎2025 年 12 月 17 日⏎1. 第 41/128 号决议，附件。"
            current_fn = zm[1]
            last_fn = int(current_fn)
            ln.kind, ln.fn = "fnbody", current_fn
            prev_kind = "fnbody"
            fn_open = False
            continue
        if ln.kind == "rule" or (c0 in _RULE_START and _RULE.match(t)) or (
                len(t) <= 10 and t in _NOTES_HEADINGS):
            # A rule, or the heading a Word conversion sets over its notes: "脚注", "Notes".
            drawn_rule = c0 in _RULE_START
            ln.kind = prev_kind = "rule"
            in_zone = True
            current_fn, fn_open = "", False
            continue
        if _is_furniture(lines, idx, counts):
            ln.kind = prev_kind = "furniture"
            continue
        if c0 in _DIGIT_START and ((len(t) <= 3 and (t.isdecimal() or t.isdigit()))
                                   or t.startswith("<")):
            m = _MARKER_LINE.match(t)
            if m:
                n = int((m.group(1) or m.group(2) or m.group(3)).translate(_SUPERSCRIPT))
                if (in_zone and (n == last_fn + 1 or (n in markers_seen and n > last_fn))) or (
                        not in_zone and n == last_fn + 1 and _page_foot_of_notes(lines, idx, n, counts)
                        and (n in markers_seen or _marked_before(lines, idx, n, lang))):
                    # Under a rule; or, with none, a page's foot of notes numbered on from
                    # markers already read, ending where the page's furniture begins.
                    in_zone = True
                    current_fn, fn_open, last_fn = str(n), True, n
                    ln.kind = prev_kind = "fnmark"
                    ln.fn = current_fn
                else:
                    ln.kind = prev_kind = "marker"
                    ln.fn = str(n)
                    if not in_zone:
                        markers_seen.add(n)
                continue
        if in_zone and t[-1] == "↩" and (bm := _FN_BACKLINK.match(t)):
            # "1. 大会第 2200 A (XXI) 号决议，附件。 ↩": a web page's note, with its link back.
            current_fn = bm.group(1)
            last_fn = int(current_fn)
            ln.kind, ln.fn = "fnbody", current_fn
            prev_kind = "fnbody"
            fn_open = False
            continue
        if c0 in _DIGIT_START and (c0 in "<[" or c0 in _SUPERSCRIPTS or _short_number_then_space(t)
                                   or "/" in t[1:3]):
            fs = _FN_START.match(t)
            if fs and fs.group(3):
                # A typed print's "1/  Resolution 217 A (III).": among the notes, or after the
                # closing lines; not a marker a line's wrapping set at its start (",⏎1/ the …").
                n = int(fs.group(3))
                head = t[fs.end():fs.end() + 1]
                prev_line = lines[idx - 1].text if idx else ""
                before = prev_line[-1:]
                if head and not head.islower() and n > last_fn and (
                        in_zone or (idx >= tail_from and (
                            closed or zh_closing >= 0 or (n == last_fn + 1 and before in _END_SENTENCE_CHARS)))
                        or (not last_fn and _CLOSING_DATE.match(prev_line))):
                    in_zone = True
                    current_fn, last_fn = str(n), n
                    ln.kind, ln.fn = "fnbody", current_fn
                    prev_kind = "fnbody"
                    fn_open = _note_goes_on(t, lang)
                    continue
                fs = None
            if fs and not fs.group(1) and not in_zone and tail_notes and idx >= tail_from \
                    and t[fs.end():fs.end() + 1].isupper() and not _MONTH_AFTER.match(t, fs.end()) and (
                        (int(fs.group(2)) == last_fn + 1 and prev_end in _END_SENTENCE_CHARS)
                        or (closed and not last_fn)):
                # Old prints set the footnotes after the closing line, with no
                # rule above them: "1 Official Records of the Security Council, …".
                in_zone = opened = True
            elif (fs and fs.group(2) and not in_zone and int(fs.group(2)) == last_fn + 1
                  and t[fs.end():fs.end() + 1].isupper() and not _MONTH_AFTER.match(t, fs.end())
                  and _page_foot_of_numbered_notes(lines, idx, last_fn + 1, counts)
                  and _marked_before(lines, idx, last_fn + 1, lang)):
                # A page's notes with no rule over them, each opening on its number, down to the
                # page's furniture: "… resolutions 65/229 of 21 December 2010 and⏎4 See CTOC/COP/2024/15.⏎
                # 5 See …⏎7 Resolution 70/175, annex.⏎[page head]⏎45/110 of 14 December 1990,".
                in_zone = opened = True
            else:
                opened = False
            if fs and (fs.group(1) or in_zone):
                n = int((fs.group(1) or fs.group(2)).translate(_SUPERSCRIPT))
                numbered = _NUMBERED.match(t)
                # Right under the rule the first footnote may have any number: old
                # prints number their footnotes through the volume ("15 Resolution …").
                head = t[fs.end():fs.end() + 1]
                first_under_rule = (kind == "rule" and drawn_rule and n > last_fn
                                    and (head.isupper() or (head != "" and _is_cjk(head) and head not in "年月日"))
                                    and not _MONTH_AFTER.match(t, fs.end()))
                if fs.group(1) or (not numbered and not (head and head in "年月日") and (
                        opened or first_under_rule or n == last_fn + 1
                        or (n in markers_seen and n > last_fn))):
                    in_zone = True
                    current_fn, last_fn = str(n), n
                    ln.kind, ln.fn = "fnbody", current_fn
                    prev_kind = "fnbody"
                    fn_open = _note_goes_on(t, lang)
                    continue
        if in_zone and current_fn and (fn_open or kind == "fnmark"):
            ln.kind, ln.fn = "fnbody", current_fn
            prev_kind = "fnbody"
            fn_open = _note_goes_on(t, lang)
            continue
        if in_zone and c0 == "*" and t[1:2] != "*" and not current_fn:
            # "* A/80/150。", "* CTOC/COP/2024/1.": the masthead's starred note, among the
            # footnotes, held with them when a page break cuts a sentence.
            ln.kind, ln.fn = "fnbody", "*"
            prev_kind = "fnbody"
            continue
        if in_zone and kind == "marker" and len(t) <= 40 and t[-1] not in _PROSE_END and \
                _RUNNING_TITLE.fullmatch(t) and idx + 1 < len(lines) and lines[idx + 1].text[:1].islower():
            # The next page's head under the notes, its number then its title, the sentence going on
            # below: "… (A/81/419⏎____⏎1 …⏎84⏎Decisions⏎and Add.1 and 2)".
            ln.kind = prev_kind = "furniture"
            continue
        in_zone = False
        current_fn, fn_open = "", False


# A text's heading alone on its line: "第 13/5 号决议".
TEXT_HEADING_ZH = regex.compile(r"第\s*\d{1,4}\s*/\s*\d{1,3}\s*[号號]\s*(?:决议|决定|決議|決定)\s*")
_RUNNING_TITLE = regex.compile(r"[A-Z][a-z]+(?:[ \-—]+[A-Za-z][a-z]*){0,3}")
# A web page's pager: "Showing decisions 63/101 to 63/105 of 19  |  Page 1 of 4  |  Next »".
_PAGER = regex.compile(r"\bPage\s+\d{1,4}\s+of\s+\d{1,4}\s*(?:\||$)|\|\s*Page\s+\d{1,4}\s+of\s+\d{1,4}")
_PAGE_NAVIGATION = regex.compile(r"(?:.{0,200}?(?:«\s*Previous|Previous\s*:).{0,160}?(?:Next\s*:|Next\s*»)"
                              r"|.{0,60}?\bpage\s+\d{1,4}\s+of\s+\d{1,4}[*_\s]*$)", regex.I)
_VOLUME_SYMBOL_LINE = regex.compile(r"[A-Z]{1,2}/\d{1,3}/\d{1,3}\s*\(Vol\.\s*[IVX\d]{1,4}\)")
# A volume's symbol and a page's number on one line, either way round, as a Markdown page sets them.
_VOLUME_PAGE_NUMBER = r"(?:第\s*\d{1,4}\s*[页頁]|(?:[Pp]age|p\.)\s*\d{1,4}|-\s*\d{1,4}\s*-|\d{1,4})"
_VOLUME_PAGE_LINE = regex.compile(
    r"(?:>\s*)?[*_]{0,2}(?:" + _VOLUME_PAGE_NUMBER + r"[*_]{0,2}(?:\s*[·•|—–]\s*|\s{3,}))?[*_]{0,2}"
    r"[A-Z]{1,2}/\d{1,3}/\d{1,3}\s*\(Vol\.\s*[IVX\d]{1,4}\)[*_]{0,2}"
    r"(?:(?:\s*[·•|—–]\s*|\s{3,})[*_]{0,2}" + _VOLUME_PAGE_NUMBER + r"[*_]{0,2})?\s*")


def _note_goes_on(t: str, lang: str) -> bool:
    """Whether a footnote's line leaves its note open: no end of sentence, or a dot that ends
    none ("A/CONF.87/⏎…", "S/PV.⏎1550"; in Chinese a sales number's "1956.⏎IV.4)")."""
    if t[-1] not in _END_SENTENCE_CHARS:
        return True
    if t[-1] != ".":
        return False
    return bool(_SYMBOL_DOT_BROKEN.search(t)) or (lang == "zh" and len(t) >= 2 and t[-2].isascii() and t[-2].isalnum())


def _is_furniture(lines: list[_Line], idx: int, counts: Counter[str]) -> bool:
    """Whether ``lines[idx]`` is a page's furniture: a running header, a job number, a page line."""
    ln = lines[idx]
    t = ln.text
    if ln.kind == "furniture" or counts.get(t, 0) >= 2:
        return True
    if not t:
        return False
    if t[0] != "|" and "|" in t and _PAGER.search(t):
        return True
    if t.count("›") >= 2 and t[-1] not in _PROSE_END:
        return True  # a web page's breadcrumb: "Home › Documents › … › Decisions 2027/201–2027/215"
    if len(t) <= 200 and ("revious" in t or "REVIOUS" in t or ("age" in t and " of " in t)) and _PAGE_NAVIGATION.match(t):
        return True  # "*Previous: [81/404](…) · Next: [81/410](…)*", "*A/81/49 (Vol. II) — page 3 of 11*"
    if len(t) <= 90 and "(Vol" in t and _VOLUME_PAGE_LINE.fullmatch(t):
        return True  # "*A/80/49 (Vol. III)* · 第 412 页", "> *A/80/49 (Vol. III)*      413": a volume's head and page
    if t[0] not in _FURNITURE_START:
        return False
    # Cheap character tests keep the regexes off ordinary lines: a job
    # number is "09-41234…", a page line ends in its number, 页 or "-".
    return bool((len(t) >= 8 and "-" in t[2:5] and _JOB_NUMBER.match(t))
                or ((t[-1] in _PAGE_END or t[-1].isdecimal()) and _PAGE_LINE.match(t))
                # a volume's symbol on a line of its own beside a page's number: "A/81/49 (Vol. II)⏎214"
                or (t[-1] == ")" and "(Vol" in t and _VOLUME_SYMBOL_LINE.fullmatch(t) and any(
                    0 <= j < len(lines) and lines[j].text.isdecimal() and len(lines[j].text) <= 4
                    for j in (idx - 1, idx + 1)))
                # the Council's annual volume's symbol alone at a page's foot: "S/INF/31"
                or (t.startswith("S/INF/") and t[6:].isdecimal() and len(t) <= 9 and (idx >= len(lines) - 2 or any(
                    0 <= j < len(lines) and lines[j].text.isdecimal() and len(lines[j].text) <= 4
                    for j in (idx - 1, idx + 1)))))


def _page_foot_of_notes(lines: list[_Line], idx: int, n: int, counts: Counter[str]) -> bool:
    """Whether ``lines[idx:]`` are notes n, n+1, … each a number on its line, then the page's foot
    (or the text's end).

    A conversion that lost the rule over a page's notes leaves "1⏎联合国，《条约汇编》，…⏎2⏎同上，…⏎
    E/CN.15/2027/14⏎V.27-03456 9": numbers counting on, a few lines under each, the running footer.
    """
    j, k = idx, n
    while j < len(lines):
        t = lines[j].text
        if not (len(t) <= 3 and t.isdecimal() and int(t) == k):
            break
        j += 1
        body = 0
        while j < len(lines) and body < 4 and not _is_furniture(lines, j, counts) \
                and not (len(lines[j].text) <= 3 and lines[j].text.isdecimal()):
            body += 1
            j += 1
        if not body:
            return False
        k += 1
    return k > n and (j == len(lines) or _is_furniture(lines, j, counts))  # or the text's end


_NOTE_OPENING = regex.compile(r"(\d{1,3})\s+(?=[A-Z(《“\p{Han}])")


def _page_foot_of_numbered_notes(lines: list[_Line], idx: int, n: int, counts: Counter[str]) -> bool:
    """Whether ``lines[idx:]`` are notes n, n+1, … each opening on its number ("4 See CTOC/COP/2024/15."),
    a line or two under each, then the page's foot (or the text's end)."""
    j, k, under = idx, n, 0
    while j < len(lines):
        if _is_furniture(lines, j, counts):
            return k > n + 1
        nm = _NOTE_OPENING.match(lines[j].text)
        if nm and int(nm.group(1)) == k:
            k, under = k + 1, 0
        elif k == n or under >= 2:
            return False
        else:
            under += 1
        j += 1
    return k > n + 1


def _marked_before(lines: list[_Line], idx: int, n: int, lang: str) -> bool:
    """Whether note ``n``'s marker is glued to the text before: "《…公约》1 及其", "Convention,1 and"."""
    glued = _GLUED_MARKER_ZH if lang == "zh" else _GLUED_MARKER_EN
    want = str(n)
    for ln in lines[:idx]:
        if want in ln.text:
            for m in glued.finditer(ln.text):
                if m.group(1) == want:
                    return True
    return False


_GLUED_MARKER_ZH = regex.compile(r"(?<=[》”」）\p{Han}])(?<!第)(\d{1,3})(?![\d/.．]|\s*[年月日号號段次届屆个個名项項条條%％])")
_GLUED_MARKER_EN = regex.compile(r"(?<=[a-z,;:.”\")])(\d{1,3})(?=\s|$)")

_PARTICIPLE = regex.compile(
    r"(?!Beijing|Kunming|Nanjing|Harbin|Wuling|Reading|Sterling|Washington)"
    r"(?:[A-Z][a-z]{2,}ing|Bearing\s+in\s+mind|Mindful|Convinced|Concerned|Aware|Deeply|Gravely|"
    r"Having|Taking|Noting|Recalling)\b"
)


_CONTINUES = regex.compile(
    r"\b(?:and|or|of|the|to|for|in|on|at|with|by|from|an|its|their|as|into|under|"
    r"between|against|concerning|including|which|that|among|amongst|upon|within|through|towards|than|whose)$"
)


def _ends_on_joining_word(t: str) -> bool:
    """Whether a line ends in a word that needs what follows ("… of the")."""
    # The longest word is ten letters; the search starts just before it (word
    # boundaries still see the character before the start).
    return _CONTINUES.search(t, max(len(t) - 11, 0)) is not None
# What a paragraph opens with in a resolution: a participle or an adjective of
# the preamble, an operative verb, the body's name, "We", a letter or number.
_OPENS_PARAGRAPH = regex.compile(
    r"(?:(?:Also|Further|Deeply|Gravely|Seriously|Strongly|Once\s+again)\s+)?"
    r"(?:Recalling|Reaffirming|Reiterating|Bearing|Taking|Noting|Welcoming|Urging|Requesting|Calling|"
    r"Encouraging|Recogni[sz]ing|Stressing|Emphasi[sz]ing|Underlining|Underscoring|Highlighting|"
    r"Expressing|Acknowledging|Affirming|Considering|Having|Guided|Mindful|Condemning|Deploring|"
    r"Appreciating|Commending|Acting|Determining|Believing|Realizing|Observing|Regretting|Keeping|"
    r"Declaring|Reaffirming|Inviting|Desiring|Wishing|Alarmed|Concerned|Convinced|Aware|Conscious|"
    r"Cogni[sz]ant|Desirous|Determined|Committed|Resolved|Confident|Encouraged|Appalled|Disturbed|"
    r"Troubled|Gratified|Satisfied|Pleased|Deeply|Gravely|Further|Also|"
    r"The\s+(?:General|Security|Economic|Human|Council|Commission|Conference)|We)\b"
)


# "Adopted at the 2145th meeting", "Adopted unanimously at the 1193rd meeting.",
# "Plenary meeting": after it, old prints set their footnotes (numbered on
# through the volume: "38 Official Records …").
_CLOSING_LINE = re.compile(r"^(?:Adopted\s+(?:unanimously\s+)?(?:at|by|without)|\d+\w{0,2}\s+plenary\s+meeting)")
_CLOSING_ZH = re.compile(r"^第\s*\d+\s*次(?:全体)?会议$")
_NOTE_AFTER_CLOSING = re.compile(r"(\d{1,3})[.．]\s*\S")
_MONTH_AFTER = re.compile(r"(?:January|February|March|April|May|June|July|August|September|October|"
                          r"November|December)\b")
_TRAILING_MARKER = re.compile(r"[,;:.)”\"’a-z] ?\d{1,2}$")


# A table carried on to the next page: "表 1（续）", "Table 1 (continued)".
CONTINUED_MARK = r"[（(]\s*(?:续|續|continued|cont['’]d)\s*[)）]"
_TABLE_LINE = regex.compile(rf"(?:表|Table)\s*(?:\d{{1,2}})?\s*(?:{CONTINUED_MARK})?\s*$")
_CELLS_APART = regex.compile(r"\S\s{3,}\S")
_ROMAN_BROKEN = regex.compile(r"\(\s*(?!S-\Z|ES-\Z)[IVXL]{1,7}-\Z")
_ROMAN_GOES_ON = regex.compile(r"[IVXL]{1,7}\s*\)")
_WIDE_GAPS = regex.compile(r"(?<=\S)\s{3,}(?=\S)")
# A row that opens on its number cell, its other cells apart: "54/13         Older persons in …"
# under a row whose last cell wrapped ("emergencies").
_NUMBER_CELL_LINE = regex.compile(r"\s*(?:\d{1,4}\s*/\s*\d{1,3}|\d{1,4}\s*\((?:19|20)\d\d\))\s{3,}\S")


def _gaps(ln: _Line) -> int:
    """How many wide gaps set cells apart in a line (0, 1 or 2 for more), after its label."""
    t = ln.text
    num = ln.numbered
    start = num.end() if num else 0
    label = _HANG_LABEL.match(t, start)
    first = _CELLS_APART.search(t, label.end() if label else start)
    if first is None:
        return 0
    return 2 if _CELLS_APART.search(t, first.end() - 1) is not None else 1


def _table_rows(prev: _Line, ln: _Line) -> bool:
    """Whether two lines are a table's: two gaps in one, or a gap in each ("68/1      毒品…"
    under "决议      标题"); one gap after an unknown label ("24.1      本款…") is no row."""
    a, b = _gaps(prev), _gaps(ln)
    # Or a row's first line under the last line of a cell of the row before, set far in:
    # "                 第 10/1 号和第 10/4 号决议⏎打击跨国有组      《…公约》  CTOC/COP/2024/15".
    return a == 2 or b == 2 or (a == 1 and b == 1) or (b == 1 and a == 0 and prev.col - ln.col >= 8)


def _starts_paragraph(prev: _Line | None, ln: _Line, lang: str, indent_mode: bool,
                      blank_before: bool, blank_mode: bool, unwrapped: bool = False) -> bool:
    if prev is None:
        return True
    t = ln.text
    pt = prev.text
    last = pt[-1]
    if last.isdecimal() and lang != "zh":
        # "…the Committee on Disarmament,1⏎⏎Recalling": the line ends in its
        # footnote number; the character before it ends the sentence or not.
        fm = _TRAILING_MARKER.search(pt, max(len(pt) - 5, 0))
        if fm:
            pt = pt[:fm.start() + 1]
            last = pt[-1]
    if last == ">" and pt.endswith("</sup>") and pt.rfind("<sup>") > 0:
        pt = pt[:pt.rfind("<sup>")].rstrip() or pt  # "…at its eightieth session,<sup>9</sup>"
        last = pt[-1]
    if t[0] == "#" or pt[0] == "#" or last == "]" or last == "】":
        return True
    if (last == "/" and (t[0].isdecimal() or t[0] in _UPPER) and not ln.numbered and _SYMBOL_BROKEN.search(pt)
            and not ("   " in t and "   " in pt)):
        # a symbol broken after its slash: "（E/INCB/⏎   2023/4）" (not a typed note's "1/", nor a table's
        # rows, each a line, the symbol broken in its last cell: "Commission on   …   E/CN.15/2025/⏎Crime   …   11;")
        return False
    if t[0] in "号號" and (last == ")" or last == "）" or last.isdecimal()):
        return False  # "…以及第 1526 (2004)⏎号决议所设…": a number's 号 opens no paragraph
    if t[0] == "|" or pt[0] == "|":
        return True  # a Markdown table's row is a line of its own, and so is what follows the table
    if t[0] in "─━" and not t.strip("─━ "):
        return True  # a table's box-drawn rule under its last row: "议⏎──────" (the row's last line goes on alone)
    if t[:2] in _BULLETS and (pt[:2] in _BULLETS or last in ":：" or (blank_before and lang != "zh")):
        return True  # "…the following decisions:⏎- **62/101.** Outcome …⏎- **62/102.** …": a list's items
    if ("\t" in t and "\t" in pt) or t.count("\t") >= 2:
        return True  # rows of a table its cells apart by tabs (a Word table as text), its header too
    if (t[0] in "表T" and _TABLE_LINE.match(t)) or (pt[0] in "表T" and _TABLE_LINE.match(pt)):
        return True  # "表 1" (or "表") on a line of its own, then its caption
    numbered = ln.numbered
    if ("   " in t or "   " in pt) and (
            _table_rows(prev, ln) if lang == "zh" and indent_mode
            else lang != "zh" and (_gaps(prev) == 2 or _gaps(ln) == 2 or _NUMBER_CELL_LINE.match(t) is not None)):
        # A table's row in pdftotext's layout mode: cells apart, each row a line (in
        # English the lines beside a row of three cells or more: "Human Rights Council" over them).
        return True
    prev_terminal = last in _TERMINAL_END
    if numbered and (numbered.group(3) or numbered.group(4)):
        return True  # a section heading: "二. …", "B. …"
    prev_heading = prev.numbered
    if prev_heading and (prev_heading.group(3) or prev_heading.group(4)):
        prev_terminal = True
    if len(pt) <= 30 and not prev_terminal and numbered:
        prev_terminal = True
    if lang == "zh":
        if (len(t) <= 40 and t[-1] in "，," and _BODY_ALONE_ZH.match(t)
                and not (len(pt) > 30 and _mid_phrase(last) and not _OWN_TITLE.match(pt))) or (
                len(pt) <= 40 and last in "，," and _BODY_ALONE_ZH.match(pt)):
            return True  # "人权理事会，" is a paragraph of its own, whatever the layout
        if prev_terminal and t[0] in "第" and TEXT_HEADING_ZH.fullmatch(t):
            return True  # "…报告本决议的执行情况。⏎[page]⏎第 13/5 号决议⏎预防…": the next text a report prints
        if prev_terminal and PART_HEAD.match(t):
            return True  # "…第 64/1 号决议；⏎⏎2026/233. 妇女地位委员会…": the next text of a page of several
        if unwrapped:
            return len(pt) < 50 or last in _TERMINAL_END or bool(numbered)
        if indent_mode:
            if ln.indent and not numbered and last in "，," and t.startswith(("以及", "及其")):
                return False  # "…指导原则》，⏎3⏎ 以及理事会…": no paragraph opens with 以及
            if ln.indent and not numbered and not prev_terminal and (
                    last in _ZH_GOES_ON or (len(pt) >= 8 and t.lstrip().startswith(_ZH_CONTINUATIONS))
                    or (last in "年月" and t.lstrip()[:1].isdecimal())):  # a date: "2024 年 2 月⏎  14 日"
                # "…2018 年 7 月 9 日第⏎(page break)⏎  2427(2018) 号决议，": a line that
                # stopped on "第", "至" or "和" goes on, even where the next is indented.
                return False
            return ln.indent or bool(numbered and prev_terminal)
        if numbered or t.startswith("**"):
            return prev_terminal
        return last in _END_SENTENCE_CHARS or last == "，" or last == "；" or last == "："
    # English and other alphabetic scripts
    if t[0] == "*" or t[0] == "_":
        # "*Recalling also* its resolution …", "_Reaffirming_ the …": Markdown emphasis
        t = t.replace("*", "").replace("_", "").lstrip() or t
        if blank_before and last in ",;" and (_OPENS_PARAGRAPH.match(t) or _OPERATIVE["en"].match(t)):
            return True  # "…at its eightieth session,<sup>9</sup>⏎⏎*Welcoming* the report": the verb in italics
    if t[0] == "T" and _BODY_LINE["en"].match(t):
        return True  # "…agreed to at the⏎⏎The General Assembly,": the body opens the text
    if not numbered and _ends_on_joining_word(pt):
        # "… the Charter of Economic Rights and⏎⏎Duties of States": a line
        # ending in a word that needs what follows goes on.
        return False
    if last == "," and not numbered and not _OPENS_PARAGRAPH.match(t) and not (
            _OPERATIVE["en"].match(t)):
        # "… Development, Production,⏎Stockpiling and Use …": after a comma a
        # paragraph opens only with its participle, verb or the body's name.
        return False
    if (not prev_terminal and len(pt) > 60 and not numbered and t[0].isalpha()
            and not _OPENS_PARAGRAPH.match(t) and not _OPERATIVE["en"].match(t)):
        # "… a New International⏎⏎Economic Order": a full line that did not
        # end its sentence goes on, whatever the next line's first letter.
        return False
    if blank_mode:
        if not blank_before:
            # "…repressive laws,⏎Reaffirming that …": a preambular paragraph
            # that lost its blank line still opens with its participle.
            return bool((numbered and prev_terminal and numbered.group(1))
                        or (last in ",;" and _PARTICIPLE.match(t)))
        if not prev_terminal and len(pt) > 100 and not numbered:
            # A page break inside a one-line paragraph: "… for the⏎⏎Treaty, …".
            return False
        return prev_terminal or t[:1].isupper() or bool(numbered)
    return prev_terminal and (t[:1].isupper() or bool(numbered))


# The heading of one text on a page of several: "2026/233. 妇女地位委员会的报告", "68/101. Title".
PART_HEAD = regex.compile(r"[ \t]*\d{2,4}/\d{1,3}(?: [A-Z])?\.[ \t]*(?=[^\d\s])")
# Characters a Chinese paragraph never ends on: what follows them is the same phrase.
_ZH_GOES_ON = frozenset("第至和、及与與或并並的")
# ... and a line never opens one with these: "《儿童权利公约》⏎3⏎ 及其《…议定书》".
_ZH_CONTINUATIONS = ("及其", "以及", "及", "和", "、", "或", "第", "号", "號")
_HELD = frozenset(("rule", "fnbody", "fnmark"))


def _footnotes_after_paragraph(lines: list[_Line], lang: str, indent_mode: bool,
                               blank_mode: bool, unwrapped: bool) -> list[_Line]:
    """Move the footnotes of a page after the paragraph that the page break cut.

    A sentence that runs over a page break has the page's footnotes (and its
    furniture) between its two halves: "第 49/184、50/176 和⏎____⏎1 A/CONF.157/23。
    ⏎2 08-48216⏎52/128 号决议". The footnote lines are held back until the
    paragraph they interrupt has ended, so that it reads as one.
    """
    if not any(ln.kind in _HELD for ln in lines):
        return lines
    order: list[_Line] = []
    held: list[_Line] = []
    last_main: _Line | None = None
    for ln in lines:
        kind = ln.kind
        if kind == "text":
            if held and (last_main is None or _starts_paragraph(
                    last_main, ln, lang, indent_mode, ln.blank_before, blank_mode, unwrapped)):
                order.extend(held)
                held = []
            order.append(ln)
            last_main = ln
        elif (kind in _HELD and last_main is not None) or (held and kind == "furniture"):
            held.append(ln)
        else:
            order.append(ln)
    order.extend(held)
    return order


_HANG_LABEL = regex.compile(r"\((?:[a-z]{1,2}|[ivx]{1,5}|\d{1,2})\)\s+")


def _indent_from_margin(text_lines: list[_Line]) -> int:
    """Measure each line's indent from the margin its paragraph's wrapped lines keep.

    The samples' layout sets a paragraph's first line in and wraps it to the
    page's edge; pdftotext's layout mode sets every line in, the wrapped ones at
    twelve spaces, first lines at sixteen and paragraph numbers at six. The
    margin is where a line starts that goes on from a line broken mid-phrase.
    """
    if not text_lines:
        return 0
    lengths = sorted(len(ln.text) for ln in text_lines)
    full = 0.8 * lengths[len(lengths) // 2]
    # Whether each line goes on from a full line broken mid-phrase (not a heading, which is short).
    goes_on = [False] + [len(a.text) >= full and _mid_phrase(a.text[-1]) for a in text_lines[:-1]]
    widths = Counter(ln.indent for ln, g in zip(text_lines, goes_on, strict=True) if g)
    # Not a table's rows of three cells or more, where prose enough is left: their first
    # column is no paragraph's margin.
    prose = Counter(ln.indent for ln, g in zip(text_lines, goes_on, strict=True)
                    if g and "    " not in ln.text[(lm.end() if (lm := _LABEL_LEAD.match(ln.text)) else 0):])
    if sum(prose.values()) >= 3:
        widths = prose
    margin = 0
    margins: tuple[int, ...] = (0,)
    total = sum(widths.values())
    if total >= 3:
        common = widths.most_common(2)
        width, count = common[0]
        if count >= 0.6 * total:
            margin = width
            margins = (width,)
        elif len(common) == 2 and common[1][1] >= 3 and count + common[1][1] >= 0.8 * total:
            # pdftotext's layout mode wraps the preamble at one column and the numbered
            # paragraphs at another, where their text starts after the number.
            margin = width
            margins = (width, common[1][0])
    hang = -1
    # The indented lines that tell a layout apart: not a masthead's right-hand column
    # ("          E/CN.15/RES/34/5", "Distr.: General") set far in on a page of flush text.
    paragraph_indents = 0
    for ln, g in zip(text_lines, goes_on, strict=True):
        # "(a)   敦促……《保护⏎                  所有…》": a subparagraph's wrapped lines
        # hang at the column where the text after its label starts.
        label = _HANG_LABEL.match(ln.text)
        width = ln.indent
        ln.indent = int(width not in margins and not (margin and g and width == hang))
        # (nor a menu's or a list's bullets set in: "  – 麻醉药品委员会")
        paragraph_indents += ln.indent and width - margin <= _FAR_IN and ln.text[:2] not in _LIST_BULLETS
        if label:
            hang = width + label.end()
    return paragraph_indents


_FAR_IN = 30  # columns past the margin: a right-hand column, not a paragraph's first line


def _mid_phrase(ch: str) -> bool:
    """Whether a Chinese line that ends on ``ch`` stopped mid-phrase."""
    return _is_cjk(ch) and ch not in _TERMINAL_END


def undo_ocr(raw: str, lang: str = "en") -> str:
    """``raw`` with an OCR'd print's misread letters and figures put back, one character for one (the
    offsets hold); the text itself where it shows no such misreading."""
    if lang != "zh" and len(_OCR_ONE_INSIDE.findall(raw, 0, 20000)) >= 5:
        # "l" read as "1": "Reca11ing its reso1utions", "Counci1", "Apri1" (its typed notes are "1/", not digits).
        raw = _OCR_ONE_AT_END.sub("l", _OCR_ONE_INSIDE.sub(lambda m: "l" * len(m.group()), raw))
    if _OCR_HINT.search(raw, 0, 20000) is not None and len(_OCR_DIGITS.findall(raw, 0, 20000)) >= 3:
        # "1" read as "l" and "0" as "O" inside numbers: "262 (l968)", "279 (197O)", "3l3 (1972)",
        # "(S/1O715)", "the l65Oth meeting", "Add.l", and "I" as "l" in a session: "2796 (XXVl)".
        raw = _OCR_ROMAN.sub(lambda m: m.group().replace("l", "I"), _OCR_ADD_ONE.sub("1", _OCR_DIGITS.sub(
            lambda m: m.group().replace("l", "1").replace("O", "0"), raw)))
    return raw


def normalise(raw: str, lang: str = "en", *, undo: bool = True) -> Normalised:
    """Rejoin broken lines, drop page furniture and markers, and find paragraphs.

    Returns the normalised text with a piecewise offset map back to ``raw``
    and the paragraph spans. Full-width digits, letters and slashes and odd
    spaces are folded to ASCII one for one.

    Examples
    --------
    >>> n = normalise("第 60/1\\n\\n号决议，", "zh")
    >>> n.text
    '第 60/1号决议，'
    >>> n.raw_span(2, 6)
    (2, 6)
    """
    # The lines are read folded (one for one, so offsets hold): a full-width job
    # number or running header, "２５－１０２３４ （Ｃ）", is page furniture too.
    # Where lines join is decided on the characters as printed; the text is
    # built from the folded ones.
    if undo:  # (``undo=False``: the caller has put an OCR'd print's figures back, with undo_ocr)
        raw = undo_ocr(raw, lang)
    folded = fold_width(raw)
    lines, blanks = _split_lines(folded)
    split = _split_columns(folded, lines) if "    " in folded else lines
    ordered = split is lines
    lines = split
    if "<!--" in folded:
        for ln in lines:
            if ln.text.startswith("<!--") and ln.text.endswith("-->"):
                ln.kind = "furniture"  # a layout converter's "<!-- PageHeader=… -->", "<!-- PageBreak -->"
    _classify(lines, lang, folded, ordered)
    text_lines = [ln for ln in lines if ln.kind == "text"]
    indented = _indent_from_margin(text_lines) if lang == "zh" else sum(1 for ln in text_lines if ln.indent)
    indent_mode = lang == "zh" and 0.05 * len(text_lines) < indented < 0.95 * len(text_lines)
    # Text whose lines are whole paragraphs (no hard wrapping) has long lines;
    # PDF conversions of Chinese break every 35-45 characters.
    lengths = sorted(len(ln.text) for ln in text_lines)
    unwrapped = lang == "zh" and bool(lengths) and lengths[len(lengths) // 2] > 60
    blank_mode = lang != "zh" and bool(text_lines) and blanks >= 0.1 * len(text_lines)
    drops, hints = _INLINE_DROP, _INLINE_HINT
    slashes = False
    if any(ln.kind == "fnbody" and ln.text[1:3].find("/") >= 0 and _SLASH_NOTE.match(ln.text) for ln in lines):
        drops, hints = _INLINE_DROP_SLASH, _INLINE_HINT_SLASH  # notes numbered "1/"
        slashes = True
    drop = drops.get(lang, drops["en"])
    hint = hints.get(lang, hints["en"]).search
    lines = _footnotes_after_paragraph(lines, lang, indent_mode, blank_mode, unwrapped)
    dehyphenate = lang != "zh"

    # The normalised text is built as pieces; piece k starts at normalised
    # offset norm_starts[k] and raw offset raw_starts[k]. An inserted
    # separator maps to the raw character it stands for (the line break).
    parts: list[str] = []
    norm_starts: list[int] = []
    raw_starts: list[int] = []
    markers: list[tuple[int, str]] = []  # footnote markers dropped: (offset, number)
    length = 0
    last = ""  # the last character emitted
    paragraphs: list[tuple[int, int, str, str]] = []  # start, end, zone, fn
    main_prev: _Line | None = None
    para_start = -1
    para_zone = ""
    para_fn = ""
    blank_before = False
    fn_mode_prev = ""
    for ln in lines:
        if ln.blank_before:
            blank_before = True
        kind = ln.kind
        if kind == "text":
            fn_mode_prev = ""
            new = para_zone != "main" or _starts_paragraph(
                main_prev, ln, lang, indent_mode, blank_before, blank_mode, unwrapped
            )
            zone = "main"
            fn = ""
            main_prev = ln
        elif kind == "fnbody":
            fn = ln.fn
            new = fn != fn_mode_prev or para_zone != "fn"
            zone = "fn"
            fn_mode_prev = fn
        elif kind == "marker":
            markers.append((length, ln.fn))
            continue
        else:  # rule, furniture, a footnote's number on its own line
            continue
        blank_before = False
        t = ln.text
        start = ln.start
        end = ln.end
        pos = start
        if t[0] == "#":
            heading = _MD_HEADING.match(t)
            if heading:
                pos += heading.end()
        if new:
            if zone == "fn":
                fs = _FN_START.match(raw, pos, end)
                if fs:
                    pos = fs.end()
            if para_start >= 0 and length > para_start:
                paragraphs.append((para_start, length, para_zone, para_fn))
            if length:
                norm_starts.append(length)
                raw_starts.append(max(start - 1, 0))
                parts.append("\n")
                length += 1
                last = "\n"
            para_start = length
            para_zone, para_fn = zone, fn
        join = not new
        # The line's text between the drops (markers, **), then to its end.
        cuts = (*drop.finditer(raw, pos, end), None) if hint(t) is not None else _NO_CUTS
        if len(cuts) > 1 and (slashes or cuts[-2].end() >= end - 1):
            cuts = (*(m for m in cuts[:-1] if not _broken_number(raw, m, end, slashes)), None)
        for m in cuts:
            ms = end if m is None else m.start()
            if ms > pos:
                if (join and last == "-" and dehyphenate and raw[pos].islower()
                        and len(parts[-1]) >= 3 and parts[-1][-2].islower()):
                    # "reso-⏎lutions": a word an old print broke at the line end.
                    parts[-1] = parts[-1][:-1]
                    length -= 1
                elif (join and last == "-" and dehyphenate and raw[pos] in "IVXL"
                      and _ROMAN_BROKEN.search(parts[-1]) and _ROMAN_GOES_ON.match(raw, pos)):
                    # "3281 (XX-⏎IX)": a Roman session broken at the line end (not "(S-⏎VI)", a special session)
                    parts[-1] = parts[-1][:-1]
                    length -= 1
                elif join and _needs_space(last, raw[pos]) and not (
                        last == "." and raw[pos].isdecimal() and _SYMBOL_DOT_BROKEN.search(parts[-1])):
                    # "(S/PV.⏎1550)": a symbol's part broken after its dot takes no space.
                    norm_starts.append(length)
                    raw_starts.append(max(start - 1, 0))
                    parts.append(" ")
                    length += 1
                norm_starts.append(length)
                raw_starts.append(pos)
                parts.append(folded[pos:ms])
                length += ms - pos
                last = raw[ms - 1]
                join = False
            if m is None:
                break
            if m.group("n"):
                markers.append((length, m.group("n").translate(_SUPERSCRIPT)))
            pos = m.end()
    if para_start >= 0 and length > para_start:
        paragraphs.append((para_start, length, para_zone, para_fn))
    text = "".join(parts)  # the pieces are already folded
    paras = _label(text, paragraphs, lang)
    return Normalised(text, paras, tuple(norm_starts), tuple(raw_starts), tuple(markers))


_NO_CUTS: tuple[None] = (None,)


# A number's own session or year after it: "1584 (L)", "155 C (VII)", "1373 (2001)".
_OLD_SESSION_NEXT = regex.compile(r"(?: [A-Z])?\s*[(（]\s*(?:(?:19|20)\d\d|[IVXL]{1,8})\s*[)）]")


def _broken_number(raw: str, m: regex.Match[str], end: int, slashes: bool) -> bool:
    """Whether a marker at a line's end is a number the line broke: "32/⏎105" (a typed
    print's "NN/"), "、967⏎(1994)" (a Council number before its year)."""
    if not m.group("n") or raw[m.end():end].strip():
        return False
    k = end
    while k < len(raw) and raw[k] in " \t\r\n\f\u3000":
        k += 1
    if slashes and m.group("slash"):
        j = k
        while j < len(raw) and raw[j].isdecimal():
            j += 1
        # Digits go on the number; "6.   Demands", the next paragraph's label, do not; nor a
        # number of its own: "Prisoners, 1/⏎1584 (L) of 21 May 1971" (no session numbers a
        # thousand texts, and "1584 (L)" has its session after it).
        return (j > k and not (raw[j:j + 1] in (".", "．") and raw[j + 1:j + 2].isspace())
                and j - k < 4 and _OLD_SESSION_NEXT.match(raw, j) is None)
    return _YEAR_NEXT.match(raw, k) is not None


# A Council number's year, or an old session, opening the next line: "(1994) 和 970 (1995)".
_YEAR_NEXT = regex.compile(r"[(（]\s*(?:(?:19|20)\d\d|[IVXL]{1,8})\s*[)）]")


def _needs_space(prev_char: str, next_char: str) -> bool:
    """Whether a line break between these characters reads as a space (not in CJK text)."""
    return (bool(prev_char) and prev_char != "-" and prev_char != "/"
            and not _is_cjk(prev_char) and not _is_cjk(next_char))


_BODY_LINE = {
    "zh": regex.compile(
        r"\s*\*?(?:大[会會]|安全理事[会會]|安理[会會]|[经經]济及社[会會]理事[会會]|[经經]社理事[会會]|"
        r"人[权權]理事[会會]|理事[会會]|[\p{Han}]{0,30}委[员員][会會]|"
        r"[\p{Han}]{0,40}(?:[缔締][约約]方[会會][议議]|[缔締][约約][国國][会會][议議]))\*?\s*[，,]\s*\*?\s*$"
    ),
    "en": regex.compile(
        # "*The Human Rights Council*,", "_The Human Rights Council_,": Markdown emphasis.
        r"\s*[*_]?The\s+(?:General\s+Assembly|Security\s+Council|Economic\s+and\s+Social\s+Council|"
        r"Human\s+Rights\s+Council|Council|Commission[\w\s,]{0,80}|Conference[\w\s,]{0,120})"
        r"[*_]?\s*[,，]\s*[*_]?\s*$"
    ),
}


# The body alone on its line, as a resolution names itself before its preamble.
_BODY_ALONE_ZH = regex.compile(
    # "*妇女地位委员会*，": Markdown emphasis around the name.
    r"\s*[*_]?(?:大[会會]|安全理事[会會]|[经經]济及社[会會]理事[会會]|人[权權]理事[会會]|麻醉[药藥]品委[员員][会會]|"
    r"[预預]防犯罪和刑事司法委[员員][会會]|[妇婦]女地位委[员員][会會]|人[权權]委[员員][会會]|"
    r"(?:《[^》]{2,40}》)?[缔締][约約](?:方|[国國])[会會][议議])[*_]?\s*[，,]\s*$"
)
_OWN_TITLE = regex.compile(r"\s*(?:S-|ES-)?\d{1,4}/\d{1,4}\s*[.．]")
_OPERATIVE = {
    "en": regex.compile(
        r"\s*(?:Decides|Requests|Calls\s+(?:upon|on)|Urges|Takes\s+note|Appoints|Authorizes|Demands|"
        r"Condemns|Expresses|Reaffirms|Welcomes|Notes|Invites|Encourages|Recommends|Approves|"
        r"Endorses|Affirms|Declares|Emphasizes|Stresses|Underlines|Recognizes|Acknowledges|"
        r"Deplores|Regrets|Reiterates|Supports|Commends|Instructs|Directs|Establishes|Resolves|"
        r"Determines|Adopts|Appeals|Requires|Insists|Reminds|Agrees|Confirms|Designates|Proclaims)\b"
    ),
}
_ANNEX_LINE = regex.compile(
    r"\s*(?:#+\s*)?(?:\*\*)?\s*(?:Annex|ANNEX|附件|附\s*件)(?:\s+[IVX]+|[一二三四五六七八九十]+)?\s*(?:\*\*)?\s*$"
)
_BULLET = regex.compile(r"\s*[-–—•·]\s+")
_BULLET_START = frozenset("-–—•·")


def _label(text: str, spans: list[tuple[int, int, str, str]], lang: str) -> tuple[Paragraph, ...]:
    body_line = _BODY_LINE.get(lang, _BODY_LINE["en"])
    is_resolution = any(
        zone == "main" and body_line.match(text, s, e) for s, e, zone, _ in spans
    )
    out = []
    seen_body = False
    implicit = False
    operative = _OPERATIVE.get(lang)
    pp = 0
    last_op = ""
    last_sec = ""
    for s, e, zone, fn in spans:
        if zone == "fn":
            out.append(Paragraph(s, e, "fn", f"fn{fn}", fn))
            continue
        c0 = text[s] if s < e else ""
        # Only a paragraph number ("7.") is read here: it opens with a digit.
        numbered = (_NUMBERED.match(text, s, e)
                    if c0.isdecimal() or c0 == "*" or c0.isspace() else None)
        if is_resolution and seen_body and e - s < 60 and _ANNEX_LINE.match(text, s, e):
            # The annex (a declaration, a programme) is numbered on its own.
            is_resolution = False
            last_sec = ""
        if (is_resolution and seen_body and out and (c0 in _BULLET_START or c0.isspace())
                and _BULLET.match(text, s, e)):
            # "- All parties …": an item of the paragraph before, not a new one.
            prev = out[-1]
            out.append(Paragraph(s, e, prev.kind, prev.label, prev.number))
            continue
        if is_resolution:
            if not seen_body:
                if body_line.match(text, s, e):
                    seen_body = True
                out.append(Paragraph(s, e, "head", ""))
                continue
            if numbered and numbered.group(1):
                last_op = numbered.group(1)
                implicit = False
                out.append(Paragraph(s, e, "op", f"op{last_op}", last_op))
            elif (not last_op or implicit) and operative is not None and operative.match(text, s, e):
                # Early resolutions do not number their operative paragraphs:
                # each opens with a verb in the third person ("Calls upon").
                last_op = str(int(last_op or 0) + 1)
                implicit = True
                out.append(Paragraph(s, e, "op", f"op{last_op}", last_op))
            elif last_op:
                out.append(Paragraph(s, e, "op", f"op{last_op}", last_op))
            else:
                pp += 1
                out.append(Paragraph(s, e, "pre", f"pp{pp}", str(pp)))
        else:
            if numbered and numbered.group(1):
                last_sec = numbered.group(1)
            if last_sec:
                out.append(Paragraph(s, e, "sec", f"§{last_sec}", last_sec))
            else:
                out.append(Paragraph(s, e, "text", ""))
    return tuple(out)
