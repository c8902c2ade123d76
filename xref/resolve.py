"""Turn printed numbers and symbols into canonical ids, deciding who issued a bare number."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise

import regex

__all__ = [
    "BODY_PREFIX",
    "RANGE_WORDS",
    "SUFFIX_KINDS",
    "SYMBOL",
    "SYMBOL_ROOTS",
    "Num",
    "canonical_symbol",
    "compatible",
    "find_symbols",
    "make_id",
    "parse_number",
    "sc_number_fits",
    "symbol_target",
    "undocs_url",
]

# Series a document symbol can start with. A symbol must contain a digit,
# which keeps words like "A/S" out.
_ROOTS = (
    "A|E|S|ST|CTOC|CAC|UNEP|TD|DP|ICCD|FCCC|CRC|CEDAW|CERD|CCPR|CAT|HRI|CRPD|CMW|UNW|"
    "UNODC|CND|CCPCJ|INCB|SG|UNHCR|UNICEF|ECE|ESCAP|ECA|ECLAC|ESCWA|IDB|PBC|UNCTAD|WFP|"
    "ISBA|SPLOS|JIU|ITLOS|BWC|CCW|CD|NPT|UNCITRAL|ENV|DP|EC|ICCD|UNDP|CBD|UNEP|IPBES|APLC|CCM|"
    "ATT|TPNW|OPCW|IAEA|GC|WHA|LC|EB|ILO|UNESCO|UNFPA|UNOPS|UNW|UN-HABITAT|HSP|ITU|HR|CEB|CLCS|CED|SPT|ID|SAICM|JSPB"
)
SYMBOL_ROOTS = _ROOTS
# "ES-10" before "ES": in "A/ES-10/273" the session is one component.
# "S/AC.44/2004/(02)/58" (a national report to the 1540 Committee), "ICCD/COP(15)/23":
# a bracketed number between two slashes.
_COMPONENT = r"(?:(?:S|ES)-\d{1,2}(?=/)|\(\d{1,3}\)(?=/)|[A-Z]{1,12}\(\d{1,2}\)(?=/)|[A-Z]{1,12}(?:-[A-Z]{2,12}(?=/))?(?:\.(?:\d+|[IVXL]{1,8}(?![a-z])|[A-Z](?![A-Za-z])))?|(?<=/CO/|/C(?:\.12)?/[A-Z]{3}/)\d{1,2}-\d{1,2}(?![\d/])|\d{1,5}(?:\.\d+)?|(?:S|ES)-\d{1,2}|(?:Add|Corr|Rev|Amend|Supp)\.\s?\d+|Sub\.\d+|(?:Res|Dec)\.\d+|Agenda(?=/\d)|Report(?![\w/]))"
# "CRC/C/BRA/CO/5-6": a treaty body's observations on combined periodic reports, one symbol, and the combined
# reports themselves, "CERD/C/ARG/21-23", "E/C.12/ARG/4-5".
# "UNEP/SPP-CWP/IM.1/7": a hyphen inside a component, before the next slash.
# "S/ 13626": a space a scan put after the slash, before a bare number.
# "A/DEC.1/8/90", "A/RES.2/11/84", "A/SP.1/12/01": the acts of ECOWAS's Authority and its protocols, not a
# United Nations series.
_ONE = rf"(?:{_ROOTS})(?:\.\d+)?/(?!(?:DEC|RES|SP)\.\d)(?: (?=\d{{4,5}}(?![\d/])))?{_COMPONENT}(?:/{_COMPONENT}){{0,7}}"
# The lookahead wants a digit before any small letter but a sub-commission's:
# "A/HRC/Sub.1/58/36".
SYMBOL = regex.compile(
    rf"(?:(?<![A-Za-z0-9/.\-])|(?<=[a-z]{{3}})(?=[A-Z]{{1,6}}(?:\.\d+)?/[A-Za-z0-9.\-]+/))"
    rf"(?=(?:[A-Z./\-(]|Sub(?=\.))*(?:Agenda/| )?\d)(?P<sym>{_ONE}(?:-{_ONE})*)(?!(?![A-Z][a-z]{{2}})[A-Za-z0-9/]|\.\d)"
    r"(?P<sc>\s*[(（]\s*(?:19[4-9]\d|20\d\d|(?:S-|ES-)?[IVXL]{1,8})\s*[)）])?"
    # A part of the programme budget is its own document: "A/79/6 (Sect. 28)".
    # "NPT/CONF.2000/28 (Parts I and II)", "NPT/CONF.2010/50 (Vol. I)", then "/Corr.2".
    # The budget's introduction too: "A/80/6 (Introduction)".
    r"(?P<sect>\s*[(（]\s*(?:(?:Sect|Part|Prog|Vol)s?\.?\s*(?:\d{1,2}[A-Z]?|[IVX]{1,5})"
    r"(?:\s*(?:and|to|[-–])\s*(?:\d{1,2}[A-Z]?|[IVX]{1,5}))?|Introduction)\s*[)）]"
    r"(?:/(?:Add|Corr|Rev|Amend)\.\s?\d+)*)?"
)
# Where a symbol can start: a series in capitals before its first slash. The
# standard library's engine finds these far faster than SYMBOL can scan
# text that holds none, so SYMBOL runs only from them.
# ("Draft resolutionA/HRC/61/L.19", "A/HRC/58/24View document": a web page's link labels glued to the
# symbol they link.)
_SYMBOL_START = re.compile(r"(?:(?<![A-Za-z0-9/.\-])|(?<=[a-z]{3}))[A-Z][A-Z\-]*(?:\.\d+)?/")


def find_symbols(text: str, lo: int = 0, hi: int | None = None) -> Iterator[regex.Match[str]]:
    """The matches of SYMBOL in ``text[lo:hi]``, as ``SYMBOL.finditer`` gives them."""
    hi = len(text) if hi is None else hi
    last = lo
    match = SYMBOL.match
    for c in _SYMBOL_START.finditer(text, lo, hi):
        p = c.start()
        if p < last:
            continue
        m = match(text, p, hi)
        if m:
            last = m.end()
            yield m


# "Add.1-3", "Add.1 and 2", "Add.1 至 Add.6": the later parts may repeat their kind
# (after 至/to they must: "Add.1 to 15 Member States" is one addendum).
SUFFIX_KINDS = "Add|Corr|Rev|Amend"
# Words that join a range: "至", "到", "to", "through".
RANGE_WORDS = "至|到|to|through"
_SUFFIX = (rf"(?P<sk>{SUFFIX_KINDS})\.\s*\d+"
           rf"(?:\s*(?:and|和|及|-|,)\s*(?:(?P=sk)\.\s*)?\d+(?![\d/])|\s*(?:{RANGE_WORDS})\s*(?P=sk)\.\s*\d+(?![\d/])"
           # "(E/CN.4/Sub.2/1993/34 and Add.1 to 4)": a bare number after "to" closing the brackets.
           rf"|\s*(?:{RANGE_WORDS})\s*\d{{1,2}}(?=\s*[)）]))*")


@dataclass(frozen=True)
class Num:
    """A resolution number as printed, parsed."""

    form: str  # xy | sc | old | int
    a: str  # session, year or number
    b: str = ""  # number within the session or year
    letter: str = ""
    prefix: str = ""  # S- / ES- for special and emergency sessions
    year: str = ""  # SC year
    roman: str = ""  # old session "XXI", "S-VI"
    session: str = ""  # a year's special session: "1992/S-1/1" of the Commission on Human Rights


_YEAR_SPECIAL = regex.compile(r"^((?:19|20)\d\d)\s*/\s*S\s*-\s*(\d{1,2})\s*/\s*(\d{1,3})$")
_XY = regex.compile(r"^(?:(S|ES)\s*-\s*)?(\d+)\s*/\s*(\d+)(?:\s*([A-Z]{1,2}))?$")
_SC = regex.compile(r"^(\d+)\s*(?:[A-Z]\s*)?[(（]\s*(\d{4})\s*[)）]$")
_OLD = regex.compile(
    r"^(\d+(?: \d{3})?)\s*(?:([A-Z])(?:\s*(?:to|and|,|[-–]|至|和|、|，)\s*[A-Z])*\s*)?[(（]\s*((?:(?:S|ES)\s*-\s*)?(?:[IVXL]+|(?<=-\s*)\d+))\s*[)）]$"
)
_INT = regex.compile(r"^(\d+)$")


def parse_number(s: str) -> Num | None:
    """Parse ``46/152``, ``54/55 B``, ``S-27/2``, ``1373 (2001)``, ``2200 A (XXI)``, ``1540``."""
    s = s.strip()
    m = _YEAR_SPECIAL.match(s)
    if m:
        return Num("xy", m[1], str(int(m[3])), session=f"S-{int(m[2])}")
    m = _XY.match(s)
    if m:
        return Num("xy", str(int(m[2])), str(int(m[3])), m[4] or "", m[1] or "")
    m = _SC.match(s)
    if m:
        return Num("sc", str(int(m[1])), year=m[2])
    m = _OLD.match(s)
    if m:
        return Num("old", str(int(m[1].replace(" ", ""))), letter=m[2] or "", roman="".join(m[3].split()))
    m = _INT.match(s)
    if m:
        return Num("int", str(int(m[1])))
    return None


def _is_year(a: int) -> bool:
    return 1946 <= a <= 2099


_ROMAN_VALUE = {"I": 1, "V": 5, "X": 10, "L": 50}


def roman_value(s: str) -> int:
    """``XXIX`` -> 29 (0 for anything that is not a Roman number)."""
    total = 0
    for a, b in zip(s, s[1:] + " ", strict=True):
        va, vb = _ROMAN_VALUE.get(a, 0), _ROMAN_VALUE.get(b, 0)
        if not va:
            return 0
        total += -va if va < vb else va
    return total


# The General Assembly numbered its resolutions consecutively until 1976:
# roughly the first number of each regular session, I (1946) to XXX (1975).
_GA_SESSION_FIRST = (
    1, 96, 180, 262, 355, 501, 609, 701, 801, 906, 1001, 1100, 1200, 1351, 1472, 1598, 1712,
    1874, 1990, 2006, 2160, 2280, 2392, 2488, 2621, 2749, 2904, 3031, 3202, 3362, 3541,
)


def _old_ga_number(n: Num) -> bool:
    """Could the General Assembly have numbered a resolution ``n`` (roman session)?"""
    if "-" in n.roman:
        return True  # special and emergency sessions interleave with the regular ones
    k = roman_value(n.roman)
    if not 1 <= k <= 30:
        return False
    number = int(n.a)
    # A margin of a hundred numbers either side: the bounds are approximate.
    return _GA_SESSION_FIRST[k - 1] - 100 <= number <= _GA_SESSION_FIRST[k] + 100


def ga_numbering(n: Num) -> bool:
    """Whether an old number falls inside the Assembly's own numbers of its session (no margin)."""
    k = roman_value(n.roman) if n.form == "old" and "-" not in n.roman else 0
    return 1 <= k <= 30 and _GA_SESSION_FIRST[k - 1] <= int(n.a) < _GA_SESSION_FIRST[k]


# The other functional commissions of ECOSOC, whose texts carry the
# commission's series, as the Commission on Human Rights' do (E/CN.4/RES/…).
FUNCTIONAL = {
    "CSW": "E/CN.6",  # Commission on the Status of Women
    "CSOCD": "E/CN.5",  # Commission for Social Development
    "CPD": "E/CN.9",  # Commission on Population and Development
    "STAT": "E/CN.3",  # Statistical Commission
    "CSTD": "E/CN.16",  # Commission on Science and Technology for Development
    "CSD": "E/CN.17",  # Commission on Sustainable Development
    "ESCAP": "E/ESCAP",  # Economic and Social Commission for Asia and the Pacific
}
# Commissions numbering their texts by session only (the Population and
# Development Commission numbers them by year).
_BY_SESSION = frozenset(("CSW", "CSOCD", "STAT", "ESCAP"))
# The Economic and Social Commission for Asia and the Pacific numbers its
# resolutions by session (E/ESCAP/RES/79/4); the other regional commissions
# print old-style numbers ("940 (XLIX)") that have no UN symbol form here.
# The commissions a bare "the Commission" / 委员会 can stand for.
COMMISSIONS = frozenset(("CND", "CCPCJ", "CHR", *FUNCTIONAL))
# The series a body's own documents are issued under: a report or note under
# "E/CN.7/2025/15" is the Commission on Narcotic Drugs' text, one under
# "A/HRC/58/27" the Human Rights Council's.
SERIES_BODY = {"E/CN.7/": "CND", "E/CN.15/": "CCPCJ", "E/CN.4/SUB.2/": "SUBCOM", "E/CN.4/": "CHR",
               **{f"{series}/": code for code, series in FUNCTIONAL.items()},
               "A/HRC/": "HRC", "CTOC/COP/": "COP", "CAC/COSP/": "COSP"}


# Sessions a body has held, as of the year these bounds were read and five years on
# (the CCPCJ meets once a year from 1992, the 34th in 2025; the CND once a year, the
# 68th; the HRC three times a year from 2006, the 60th): a bare "70/174" in a
# commission's text is the Assembly's. Past about 2030 the bounds need moving on.
_AS_OF = 2025
# The year each body's first session would have been, were they all annual: the Assembly's
# sixty-seventh session sat in 2012 and 2013, the CND's sixty-seventh in 2024; the commissions numbering by
# session had the Status of Women's 69th, Social Development's 63rd, the Statistical Commission's 56th and
# ESCAP's 81st in 2025.
_SESSION_BASE = {"GA": 1945, "CCPCJ": 1991, "CND": 1957, "CSW": 1956, "CSOCD": 1962, "STAT": 1969, "ESCAP": 1944}
_MAX_SESSION = {**{code: _AS_OF - base + 5 for code, base in _SESSION_BASE.items() if code != "GA"},
                "HRC": 3 * (_AS_OF - 2005) + 15}


def session_year_fits(body: str, session: int, year: int) -> bool:
    """Whether a text numbered in ``body``'s ``session`` could be dated in ``year`` (True where xref
    does not know the body's sessions)."""
    if body == "HRC":
        return abs(year - (2006 + (session - 1) // 3)) <= 1  # three sessions a year from 2006
    base = _SESSION_BASE.get(body)
    if base is None:
        return True
    if body == "GA":
        return base + session <= year <= base + session + 1  # a session opens in September
    return abs(year - (base + session)) <= 1


# The numbers a session gives: the Human Rights Council, the commissions and the
# conferences of parties number a few dozen resolutions from 1 and their decisions
# from 101; the Assembly numbers hundreds ("43/173" is never the Council's).
_FEW_TEXTS = frozenset(("HRC", "CND", "CCPCJ", "COP", "COSP", "CSW", "CSOCD", "STAT", "ESCAP"))


def _few_texts_number(b: int, decision: bool | None = None) -> bool:
    return b <= 80 or (decision is not False and 101 <= b <= 150)


def compatible(body: str, n: Num, decision: bool | None = None) -> bool:
    """Could ``body`` have issued a text numbered ``n``? (UN numbering history)

    ``decision`` says whether the text is a decision (True) or a resolution
    (False), where the words before the number tell: "resolution 60/147" is
    never the Human Rights Council's, whose decisions are numbered from 101.
    """
    if n.form == "xy":
        a = int(n.a)
        if n.session:
            return body == "CHR"  # only the Commission on Human Rights numbered so (1992–2000)
        if int(n.b) > 999:
            return False  # "resolution 7/2023 of the FAO Conference": no UN body numbers a thousand texts a session
        if body in _FEW_TEXTS and not _few_texts_number(int(n.b), decision):
            return False
        if n.prefix:
            # Only the Assembly holds emergency special sessions ("ES-11/5"); the Human Rights
            # Council holds special ones too ("S-38/1").
            return body == "GA" if n.prefix.upper().startswith("ES") else body in ("GA", "HRC")
        if body == "GA":
            # Session/number numbering began with the 31st session (1976); its decisions are
            # numbered from 301 (elections 300s, other decisions 400s, resumed sessions 500s).
            return 31 <= a <= 120 and not (decision and int(n.b) < 301)
        if body in ("ECOSOC", "CHR", "SUBCOM"):
            return _is_year(a)
        if body in ("COP", "COSP"):
            return 1 <= a <= 30  # the conferences meet every year or two, from 2004 and 2006
        if body in _MAX_SESSION:
            # The CND numbered session first from its forty-second session (1999): "35/2" is the CCPCJ's.
            return (42 if body == "CND" else 1) <= a <= _MAX_SESSION[body]
        if body in _BY_SESSION:
            return 1 <= a <= 99  # "resolution 60/2": session and number
        if body in FUNCTIONAL:
            # The Population Commission's "2012/1": year first ("56/103" is the Statistical Commission's).
            return _is_year(a)
        return False
    if n.form == "sc":
        return body == "SC" and int(n.a) <= 3000  # 2,800 resolutions by 2025
    if n.form == "old":
        if body == "GA":
            return _old_ga_number(n)
        # The Council numbered so to its sixty-third session (1977), year first from 1978: "582 (LXXII)"
        # is another body's (UNCTAD's board). The Council's commissions numbered so too: "人权委员会第
        # 8 (XXIII) 号决议" (1967), a few dozen a session ("2200 A (XXI)" and "1235 (XLII)" are not theirs).
        session = roman_value(n.roman.removeprefix("S-").removeprefix("ES-"))
        if body == "ECOSOC":
            # About 35 a session (155 (VII) in 1948, 1911 (LVII) in 1974, 2130 (LXIII) in 1977) and no
            # special sessions numbered so: "3202 (S-VI)" is the Assembly's.
            # Numbered on from session to session, never back: "786 (XLI)" and "1029 (LVIII)" are a
            # regional commission's (1147 (XLI) in 1966 and 1930 (LVIII) in 1975 are the Council's).
            return (session <= 63 and not n.roman.startswith(("S-", "ES-"))
                    and 30 * session - 300 <= int(n.a) <= 40 * session + 40)
        if body == "CND":
            return session <= _MAX_SESSION["CND"] and int(n.a) < 100  # "1 (XXXV)"; "1481 (XLVIII)" is the Council's
        return body in ("CHR", "SUBCOM", "CSW", "CSOCD") and int(n.a) < 100
    if n.form == "int":
        return body == "SC" and int(n.a) <= 3000
    return False


# The Council's numbers at the start of some years: 2767 (2024) was adopted on 27 December 2024.
_SC_BY_YEAR = ((1946, 1), (1950, 80), (1960, 133), (1970, 276), (1980, 460), (1990, 646), (2000, 1284),
               (2005, 1580), (2010, 1903), (2015, 2196), (2020, 2510), (2024, 2719), (2027, 3000))


def sc_number_fits(number: int, year: int) -> bool:
    """Whether the Security Council's resolution ``number`` could have been adopted in ``year``."""
    for (y0, n0), (y1, n1) in pairwise(_SC_BY_YEAR):
        if y0 <= year < y1:
            expected = n0 + (n1 - n0) * (year - y0) / (y1 - y0)
            return abs(number - expected) <= 80 + (n1 - n0) / (y1 - y0)
    return False


def concrete(body: str, n: Num, doc_body: str) -> str:
    """Resolve the ambiguous "Council" (or "Commission") to the body that fits the number."""
    if body == "COMMISSION":
        # 委员会 / "the Commission" in a commission's own text is that commission.
        return doc_body if doc_body in COMMISSIONS else ""
    if body == "COMMISSION_NAMED":
        return ""
    if body != "COUNCIL":
        return body
    if doc_body in ("SC", "ECOSOC", "HRC"):
        # In a council's own text, "the Council" is that council.
        return doc_body
    if n.form in ("sc", "int"):
        return "SC"
    if n.form == "old" or (n.form == "xy" and _is_year(int(n.a))):
        return "ECOSOC"
    if doc_body == "HRC":
        return "HRC"
    return ""


BODY_PREFIX = {
    "GA": ("A/RES/", "A/DEC/"),
    "SC": ("S/RES/", ""),
    "ECOSOC": ("E/RES/", "E/DEC/"),
    "HRC": ("A/HRC/RES/", "A/HRC/DEC/"),
    "CHR": ("E/CN.4/RES/", "E/CN.4/DEC/"),
    # The Commission on Human Rights' Sub-Commission (to 2006): "Sub-Commission resolution 1994/45".
    "SUBCOM": ("E/CN.4/SUB.2/RES/", "E/CN.4/SUB.2/DEC/"),
    "CND": ("CND/RES/", "CND/DEC/"),
    "CCPCJ": ("CCPCJ/RES/", "CCPCJ/DEC/"),
    "COP": ("CTOC/COP/RES/", "CTOC/COP/DEC/"),
    "COSP": ("CAC/COSP/RES/", "CAC/COSP/DEC/"),
    **{code: (f"{series}/RES/", f"{series}/DEC/") for code, series in FUNCTIONAL.items()},
}


def make_id(n: Num, body: str, decision: bool, year: str = "") -> str | None:
    """The canonical id of ``n`` issued by ``body``, or None if it cannot be one."""
    prefixes = BODY_PREFIX.get(body)
    if not prefixes:
        return None
    prefix = prefixes[1] if decision else prefixes[0]
    if not prefix:
        prefix = prefixes[0]
    if n.form == "xy":
        if n.session:
            return f"{prefix}{n.a}/{n.session}/{n.b}"
        num = f"{n.prefix}-{n.a}/{n.b}" if n.prefix else f"{n.a}/{n.b}"
        # A letter is kept from 1976 on; xy numbering is itself from 1976.
        return f"{prefix}{num}{n.letter}"
    if n.form == "sc":
        return f"{prefix}{n.a}({n.year})"
    if n.form == "old":
        return f"{prefix}{n.a}({n.roman})"
    if n.form == "int":
        return f"{prefix}{n.a}({year})" if year else f"{prefix}{n.a}"
    return None


def canonical_symbol(sym: str) -> str:
    """Upper case, no spaces, ASCII brackets: ``E/CN.15/2012/17``, ``A/79/6(SECT.28)``."""
    return "".join(sym.split()).upper().replace("（", "(").replace("）", ")")


_RES_SYMBOL = regex.compile(r"^(?P<pre>.+?/(?:RES|DEC))/(?P<num>[^/]+)$")


def symbol_target(sym: str, paren: str = "") -> tuple[str, str]:
    """Canonical id and kind of a printed symbol (``S/RES/1373`` + ``(2001)``)."""
    s = canonical_symbol(sym)
    kind = "document"
    m = _RES_SYMBOL.match(s)
    if m:
        kind = "decision" if m["pre"].endswith("DEC") else "resolution"
        if paren and m["num"].isdigit():
            s += canonical_symbol(paren)
    return s, kind


SUFFIX = _SUFFIX


def undocs_url(node_id: str) -> str:
    """The undocs.org address of a symbol id, or ``""`` for other ids."""
    if ":" in node_id or "/" not in node_id:
        return ""
    return "https://undocs.org/" + node_id
