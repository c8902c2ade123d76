"""Read ids as people write them, and order ids the way UN numbering runs."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import regex

from .resolve import compatible, make_id, parse_number

__all__ = ["IdParts", "candidates", "id_parts", "id_year", "order_key"]

# Words around a number that say what it is, in the languages xref reads.
_DECISION = regex.compile(r"决定|決定|\bdecisions?\b|\bdec\b\.?", regex.IGNORECASE)
_WORDS = regex.compile(
    r"^(?:the\s+)?(?:general\s+assembly|security\s+council|economic\s+and\s+social\s+council|"
    r"ecosoc|human\s+rights\s+council|大会|大會|安全理事会|安全理事會|安理会|经济及社会理事会|"
    r"經濟及社會理事會|人权理事会|人權理事會)?\s*(?:(?:resolutions?|decisions?|res|dec)\b\.?\s*)?"
    r"(?:第\s*)?",
    regex.IGNORECASE,
)
_TAIL = regex.compile(r"\s*(?:号|號)?\s*(?:决议|決議|决定|決定)?$")
_SYMBOL_START = regex.compile(r"^[A-Za-z]+(?:\.\d+)?/")
_BODY_HINTS = (
    (regex.compile(r"security\s+council|安全理事会|安理会|安全理事會", regex.I), "SC"),
    (regex.compile(r"economic\s+and\s+social|ecosoc|经济及社会理事会|經濟及社會理事會", regex.I),
     "ECOSOC"),
    (regex.compile(r"human\s+rights\s+council|人权理事会|人權理事會", regex.I), "HRC"),
    (regex.compile(r"general\s+assembly|大会|大會", regex.I), "GA"),
)
# Who may have issued a bare session/number, in the order DESIGN.md decides it.
_XY_BODIES = ("GA", "ECOSOC", "HRC", "CND", "CCPCJ", "COP", "COSP", "CHR")


def _fold(text: str) -> str:
    return regex.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip()


def candidates(text: str) -> list[str]:
    """Canonical ids that ``text`` may stand for, most likely first.

    The caller picks the first one its store knows; a bare ``4/1`` whose
    issuer cannot be told from the number alone is left for a suffix search.

    Examples
    --------
    >>> candidates("第46/152号决议")[0], candidates("1373 (2001)")[0]
    ('A/RES/46/152', 'S/RES/1373(2001)')
    >>> candidates("UNCAC"), candidates("decision 63/550")[0]
    (['UNCAC', 'instrument:UNCAC'], 'A/DEC/63/550')
    """
    s = _fold(text)
    if not s:
        return []
    out: list[str] = []
    if s.lower().startswith("instrument:"):
        return [f"instrument:{s.split(':', 1)[1].strip()}"]
    decision = bool(_DECISION.search(s))
    hint = next((code for rx, code in _BODY_HINTS if rx.search(s)), "")
    core = _TAIL.sub("", s[_WORDS.match(s).end():]).strip() or s
    compact = regex.sub(r"\s+", "", core)
    if _SYMBOL_START.match(compact):
        # Already a symbol: A/RES/46/152, S/RES/1373 (2001), e/cn.15/2012/17.
        return [compact.upper()]
    n = parse_number(core)
    if n is None:
        out.append(compact)
        if regex.fullmatch(r"[\w.\-]+", compact):
            out.append(f"instrument:{compact}")
        return out
    bodies: tuple[str, ...]
    if hint:
        bodies = (hint,)
    elif n.form == "xy":
        bodies = _XY_BODIES
    elif n.form in ("sc", "int"):
        bodies = ("SC",)
    else:
        bodies = ("GA", "ECOSOC", "CND")
    for body in bodies:
        if not compatible(body, n):
            continue
        ident = make_id(n, body, decision)
        if ident and ident not in out:
            out.append(ident)
    return out


@dataclass(frozen=True)
class IdParts:
    """An id split the way its numbering runs: ``A/RES`` ``46`` ``152`` ``""``."""

    prefix: str
    session: int  # session number or year; 0 when there is none
    number: int
    letter: str = ""
    year: int = 0  # the calendar year the id itself tells, 0 if it does not


_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def _roman(s: str) -> int:
    total = 0
    for a, b in zip(s, s[1:] + " ", strict=True):
        va, vb = _ROMAN.get(a, 0), _ROMAN.get(b, 0)
        total += -va if va < vb else va
    return total


_RES = regex.compile(r"^(?P<prefix>.+?/(?:RES|DEC))/(?P<num>.+)$")
_NUM_XY = regex.compile(r"^(?:(?:S|ES)-)?(\d+)/(\d+)([A-Z]?)$")
_NUM_PAREN = regex.compile(r"^(\d+)(?:\(((?:S-|ES-)?[IVXLC]+|\d{4})\))?$")


def _year_of(prefix: str, session: int) -> int:
    if 1946 <= session <= 2099:
        return session
    if prefix in ("A/RES", "A/DEC") and session:
        # The nth regular session of the General Assembly opened in 1945 + n.
        return 1945 + session
    return 0


def id_parts(node_id: str) -> IdParts:
    """Split ``node_id`` into prefix, session (or year), number and letter."""
    m = _RES.match(node_id)
    if m:
        prefix, num = m["prefix"], m["num"]
        xy = _NUM_XY.match(num)
        if xy:
            session = int(xy[1])
            special = num.startswith(("S-", "ES-"))
            year = 0 if special else _year_of(prefix, session)
            return IdParts(prefix, session, int(xy[2]), xy[3], year)
        p = _NUM_PAREN.match(num)
        if p:
            tag = p[2] or ""
            if tag.isdigit():
                return IdParts(prefix, int(tag), int(p[1]), "", int(tag))
            session = _roman(tag.split("-")[-1]) if tag else 0
            year = 1945 + session if prefix in ("A/RES", "A/DEC") and session else 0
            return IdParts(prefix, session, int(p[1]), "", year)
        return IdParts(prefix, 0, 0, num, 0)
    # A document symbol: A/59/494 (session 59), E/2009/30, E/CN.15/2012/17.
    parts = node_id.split("/")
    nums = [int(p) for p in parts if p.isdigit()]
    year = next((n for n in nums if 1946 <= n <= 2099), 0)
    session = nums[0] if nums else 0
    if not year and parts[0] == "A" and len(parts) > 1 and parts[1].isdigit():
        year = 1945 + int(parts[1])
    number = nums[1] if len(nums) > 1 else 0
    return IdParts(parts[0] if len(parts) > 1 else "", session, number, "", year)


def id_year(node_id: str, date: str = "") -> int:
    """The year of a text: from its date when known, else from its number (0 if neither)."""
    if len(date) >= 4 and date[:4].isdigit():
        return int(date[:4])
    return id_parts(node_id).year


def order_key(node_id: str, date: str = "") -> tuple[int, str, str, int, int, str, str]:
    """Sort key that puts texts in the order they were adopted.

    ``A/RES/46/152`` < ``A/RES/58/140`` < ``A/RES/59/159``: by year (from the
    date, else from the session), then date, then issuer, session and number
    as numbers, not as strings (``A/RES/9/1`` before ``A/RES/10/1``).
    """
    p = id_parts(node_id)
    year = id_year(node_id, date) or 9999
    return (year, date or "", p.prefix, p.session, p.number, p.letter, node_id)
