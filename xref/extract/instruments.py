"""Find the instruments a document names and what its footnotes say about them.

Three steps over a normalised document:

1. named instruments: 《…》 titles (zh) or capitalised titles headed by an
   instrument word (en), looked up in the gazetteer; an unknown title that
   ends in (zh) or is headed by (en) an instrument word keeps its printed
   title as key; publications (manuals, reports, guides) are left out;
2. bare references ("the Convention", 《公约》, 该公约) take the nearest
   instrument of the same kind named before them in the same paragraph or
   footnote, and nothing across a paragraph boundary;
3. a footnote marker just after a mention links it to the footnote body:
   "resolution 58/4, annex" gives the adopting resolution (an edge
   instrument -> resolution, relation ``annex_of``), "Treaty Series,
   vol. 2349, No. 42146" the registration number (which also names an
   instrument whose title is unknown), and "Ibid." / 同上 the previous
   footnote's source.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING

import regex

from ..instruments import (
    CONTEXT_ALIASES,
    SUBTITLE,
    T2S,
    Gazetteer,
    Instrument,
    gazetteer,
    instrument_id,
    name_key,
)
from ..models import InstrumentFact, Mention, Normalised, Paragraph
from .table import InstrumentParts

if TYPE_CHECKING:  # pragma: no cover
    from . import _Doc

__all__ = ["InstrumentFinder", "find_instruments", "finder"]

_SMALL = r"(?:of|on|the|and|against|for|in|to|from|relating|concerning|at|by|between)"
_CAP = r"(?:[A-Z][\p{Latin}\p{M}\p{N}_’'\-]*|\d{4}(?:s\b)?)"
# Searched backwards from the instrument word: the longest run of
# capitalised words just before it.
# "the Violence and Harassment Convention": two words joined by "and" after "the".
_PREFIX = regex.compile(rf"(?r)(?:(?<=\bthe\s){_CAP}\s+and\s+)?(?:{_CAP}\s+)+\Z")
_SUFFIX = regex.compile(
    rf"\s+(?:on|of|against|for|to|relating\s+to|concerning|between)\s+(?:the\s+)?{_CAP}"
    # After a comma a number goes on only as a year ("… at Sea, 1974"), not as the next item of
    # a list ("… Economic Order, 3281 (XXIX) of 12 December 1974").
    # "the Convention on Cybercrime of the Council of Europe": the organisation that made it is not its title.
    # (but "the Statute of the Council of Europe" is its title).
    rf"(?:(?!(?<!Statute|Charter|Act|Assembly|Council|Court|Parliament)\s+of\s+the\s+Council\s+of\s+Europe\b)"
    # "… of the Organization of American States and the International Covenant …": another title.
    rf"(?!\s+and\s+the\s+(?:[A-Z][\w'’-]*\s+){{0,6}}(?:Convention|Covenant|Protocol|Charter|Declaration|"
    rf"Compact|Agreement|Treaty|Statute|Strategy|Agenda|Plan|Programme|Platform|Framework)\b)"
    # "… of Official Statistics and Assembly resolution 71/313": the next citation, not the title's words.
    rf"(?!\s+and\s+(?:the\s+)?(?:General\s+|Economic\s+and\s+Social\s+|Security\s+|Human\s+Rights\s+)?"
    rf"(?:Assembly|Council|Commission)\s+(?:resolutions?|decisions?)\b)"
    rf"\s+(?:{_CAP}|{_SMALL}|or|as|its|their|a|an)"
    rf"|\s*,\s*(?:(?!\d)|(?=(?:19|20)\d\d\b(?!\s*\(\s*(?:(?:19|20)\d\d|S-|[IVXL]+\s*\)))))"
    rf"{_CAP})*"
)
_ILO_NUMBER = regex.compile(r",\s*(?:19|20)\d\d\s*\(No\.\s*\d{1,3}\)")
# Words that name no particular instrument beside its instrument word.
_GENERIC_CAPS = frozenset(("United", "Nations", "General", "International", "The"))
# "*European Treaty Series*": a publication's name.
_SERIES_AFTER = regex.compile(r"\*?\s+Series\b")
# "the Ad Hoc Committee to Elaborate a Comprehensive International Convention on …": a text
# still to be written, named with "a", is no instrument.
_INDEFINITE_BEFORE = regex.compile(
    r"\b(?i:elaborate|elaborating|negotiate|negotiating|draft|drafting|develop|developing|prepare|preparing|"
    r"towards?|on)\s+an?\s+\Z")
_HYPHEN_BREAK = regex.compile(r"(?<=\w-)\s+(?=\w)")
_TRAIL = regex.compile(rf"(?:[\s,]+(?:{_SMALL}|or|as|its|their|a|an))+\Z|[\s,]+\Z")
_ACRONYM = regex.compile(r"^[A-Z][A-Z0-9\-]*[a-z]?[A-Z0-9\-]+$")
_HAN = regex.compile(r"\p{Han}")
# Any character the Traditional-to-Simplified table changes (most texts hold none).
_TRADITIONAL = re.compile("[" + "".join(chr(k) for k in T2S) + "]")
_GAP_STOP = regex.compile(r"[《。；;]|\.\s")
# A citation or a report between a title and a footnote number is what the note
# is about, unless the note gives the treaty's registration: "关于《京都宣言》后续行动的
# 第 33/2 号决议，5", "…宣言执行情况特别委员会的报告。[4]" (but "《联合国反腐败公约》的报告。2
# ⏎ 2 同上，第 2349 卷，第 42146 号" is the Convention's).
_GAP_CITES = regex.compile(r"\d\s*/\s*\d|[号號]決|[号號]决|报告|報告|\breport\b")
# Where and when a treaty was signed, between its title and its footnote number:
# "…on Board Aircraft, signed at Tokyo on 14 September 1963,20".
_SIGNED_AT = regex.compile(
    r"\s*,?\s*(?:signed|adopted|concluded|done|opened\s+for\s+signature)\s+(?:at|in)\s+"
    r"(?:The\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s*,?\s+on\s+\d{1,2}\s+[A-Z][a-z]+\s*(?:19|20)\d\d"
    # "the Beijing Declaration and Platform for Action adopted by the Fourth World Conference on
    # Women on 15 September 1995,117": the conference that adopted it, and the day.
    r"|\s*,?\s*adopted\s+by\s+the\s+(?:[A-Z][\w'’-]*\s+|(?:on|for|of|and|the)\s+){1,10}?on\s+\d{1,2}\s+"
    r"[A-Z][a-z]+\s*(?:19|20)\d\d"
)
_WS = regex.compile(r"\s+")
_DIGITS = regex.compile(r"\d+")
_PIN_END = regex.compile(r"[。；;\n]|\.\s")
_SENTENCE = regex.compile(r"[。]|\.\s")


_WORD_START = regex.compile(r"(?<![\w-])\w")
_TAIL_CHARS = frozenset("。，,；;.:：）)")


def _anchor_literals(pattern: str) -> list[str] | None:
    r"""The literal words every match of ``\b(?P<w>A|B|…)\b…`` starts with.

    ``[Cc]onvention`` gives ``Convention`` and ``convention``; an alternative
    is read up to its first special character. None when the pattern has
    another shape: the caller then scans with the pattern itself.
    """
    head = r"\b(?P<w>"
    if not pattern.startswith(head):
        return None
    body, alts, cur, depth, i = pattern[len(head):], [], [], 0, 0
    while i < len(body):
        ch = body[i]
        if ch == "\\":
            cur.append(body[i:i + 2])
            i += 2
            continue
        if ch == "[":
            j = body.find("]", i)
            if j < 0:
                return None
            cur.append(body[i:j + 1])
            i = j + 1
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            if depth == 0:
                break
            depth -= 1
        elif ch == "|" and depth == 0:
            alts.append("".join(cur))
            cur, i = [], i + 1
            continue
        cur.append(ch)
        i += 1
    else:
        return None
    alts.append("".join(cur))
    out = []
    for a in alts:
        firsts = [""]
        cm = regex.match(r"\[([A-Za-z])([A-Za-z])\]", a)
        if cm:
            firsts, a = [cm.group(1), cm.group(2)], a[cm.end():]
        lit = regex.match(r"[A-Za-z0-9]*", a).group()
        if a[len(lit):len(lit) + 1] in ("?", "*", "{"):
            lit = lit[:-1]
        if not firsts[0] + lit:
            return None
        out.extend(f + lit for f in firsts)
    return out


@cache
def _ascii(lit: str) -> bytes:
    return lit.encode("ascii")


def _same(lit: str) -> str:
    return lit


def _find_all(text: str | bytes, lit: str | bytes) -> list[int]:
    out = []
    i = text.find(lit)
    while i >= 0:
        out.append(i)
        i = text.find(lit, i + 1)
    return out


def _ends_with_comma(text: str, lo: int, hi: int) -> bool:
    """``text[lo:hi].rstrip().endswith(",")`` without copying the span."""
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    return hi > lo and text[hi - 1] == ","


def _raw_span(norm: Normalised) -> Callable[[int, int], tuple[int, int]]:
    """``norm.raw_span`` as a closure: the same offsets, fewer look-ups a call."""
    ns, rs = norm.norm_starts, norm.raw_starts

    def raw(pos: int) -> int:
        i = bisect_right(ns, pos) - 1
        return pos if i < 0 else rs[i] + (pos - ns[i])

    def span(start: int, end: int) -> tuple[int, int]:
        if end <= start:
            s = raw(start)
            return s, s
        return raw(start), raw(end - 1) + 1

    return span


def _matches_at(rx: regex.Pattern[str], text: str, places: list[int]
                ) -> Iterator[regex.Match[str]]:
    """``rx.finditer(text)`` when every match starts at one of ``places`` (in order)."""
    end = -1
    for p in places:
        if p < end:
            continue
        m = rx.match(text, p)
        if m is not None:
            end = m.end()
            yield m


def _rstrip_gap(gap: str) -> str:
    r"""``gap`` without its trailing spaces and punctuation (``[\s。，,；;.:：）)]+\Z``)."""
    n = len(gap)
    while n and (gap[n - 1] in _TAIL_CHARS or gap[n - 1].isspace()):
        n -= 1
    return gap[:n]


_title_key = cache(name_key)


def _cap(word: str) -> str:
    return word[:1].upper() + word[1:]


def _head_pattern(name: str) -> str:
    """What every printed form of a gazetteer name starts with, as a pattern.

    Implied by ``_first_either_case(name)``: the first letter in either
    case, then the rest of the first word up to four characters; a shorter
    word is followed by a space (``\\s+`` in the name's pattern) or a dash.
    """
    word = regex.match(r"[^\s-]+", name).group()
    first = name[0]
    head = f"[{first.upper()}{first.lower()}]" if first.isalpha() else re.escape(first)
    lit = head + re.escape(word[1:4])
    if len(word) <= 4 and len(word) < len(name):
        lit += r"\s" if name[len(word)] == " " else r"[\s\-–—]"
    return lit


def _first_either_case(name: str) -> str:
    """A gazetteer name as a pattern: flexible spaces, either case for its first letter."""
    body = regex.escape(name[1:]).replace(r"\ ", r"\s+").replace(r"\-", r"\s*[-–—]\s*")
    first = name[0]
    head = f"[{first.upper()}{first.lower()}]" if first.isalpha() else regex.escape(first)
    return head + body


@dataclass
class _Cand:
    start: int  # normalised offsets
    end: int
    para: int
    key: str  # gazetteer key or printed title of an unknown instrument
    known: bool
    kind: str
    title: str
    via: str = "text"
    antecedent: _Cand | None = None

    def final(self) -> _Cand:
        c = self
        while c.antecedent is not None:
            c = c.antecedent
        return c


_AMENDED_BY = regex.compile(r"\s*[》」]?\s*修正的\s*[《「]?\s*")


def _amended_zh(f: InstrumentFinder, d: _Doc, named: list[_Cand]) -> list[_Cand]:
    """"经《1972 年议定书》修正的《1961 年麻醉品单一公约》": the amended treaty, one title."""
    out: list[_Cand] = []
    k = 0
    text = d.text
    while k < len(named):
        a = named[k]
        b = named[k + 1] if k + 1 < len(named) else None
        if b is not None and text[max(0, a.start - 2):a.start].rstrip("《「 ").endswith("经") and \
                _AMENDED_BY.fullmatch(text, a.end, b.start):
            whole = "经" + "".join(a.title.strip("《》「」").split()) + "修正的" + "".join(b.title.strip("《》「」").split())
            inst = f.gaz.lookup(whole)
            if inst is None and b.known and a.kind == "protocol":
                inst = f.gaz.get(f"{b.key}-AMENDED")  # "经《修正…的 1972 年议定书》修正的《…》"
            if inst is not None:
                out.append(_Cand(a.start, b.end, b.para, inst.key, True, inst.kind, text[a.start:b.end]))
                k += 2
                continue
        out.append(a)
        k += 1
    return out


class InstrumentFinder:
    """A language's instrument parts compiled, with the gazetteer's names."""

    def __init__(self, parts: InstrumentParts, lang: str, gaz: Gazetteer) -> None:
        self.parts = parts
        self.lang = lang
        self.gaz = gaz
        self.title = regex.compile(parts.title)
        self.anaphor = regex.compile(parts.anaphor)
        self.publication = regex.compile(parts.publication)
        self.treaty_series = regex.compile(parts.treaty_series)
        self.ibid = regex.compile(parts.ibid)
        self.annex = regex.compile(parts.annex, regex.IGNORECASE)
        self.family = regex.compile(parts.family)
        # Title words found by plain string search, then checked by the
        # pattern at each place: much faster than scanning with alternatives.
        self.anchors = _anchor_literals(parts.title)
        both = {a for a in self.anchors or () if a[:1].swapcase() + a[1:] in self.anchors}
        self.anchor_lower = sorted({a.lower() for a in both})
        self.anchor_exact = sorted(set(self.anchors or ()) - both)
        self.anchors_ascii = all(a.isascii() for a in self.anchors or ())
        self._word_info: dict[str, tuple[str, str]] = {}
        # What titles() looks for in the lowered text: a word, or a part
        # several words share, each then checked where the part is printed
        # (word, offset of the part in it, exact case, a place of a title);
        # "treaties" is wanted by the plural lists only.
        self.anchor_search: list[tuple[str, list[tuple[str, int, bool, bool]]]] = []
        merged: set[str] = set()
        for part, ws in (("treat", ("treaty", "treaties")), ("pla", ("plan", "platform")),
                         ("pact", ("Pact", "Compact"))):
            wants = [(w, w.lower().index(part), w in self.anchor_exact, True) for w in ws
                     if w in self.anchor_lower or w in self.anchor_exact]
            if wants and ws[0] == "treaty":
                wants.append(("treaties", 0, False, False))
            if wants:
                self.anchor_search.append((part, wants))
                merged.update(w for w, *_ in wants)
        self.anchor_search += [(w, [(w, 0, False, True)]) for w in self.anchor_lower
                               if w not in merged]
        self.anchor_search += [(w.lower(), [(w, 0, True, True)]) for w in self.anchor_exact
                               if w not in merged]
        self.charter_words = [w for w, k in parts.words.items() if k == "charter"]
        # English: "the Convention" is a determiner, spaces and a title word.
        w_at = parts.anaphor.find("(?P<w>")
        ana = _anchor_literals(r"\b" + parts.anaphor[w_at:]) if w_at >= 0 else None
        self.anaphor_after_word = bool(
            self.anchors and ana and set(ana) <= set(self.anchors)
            and regex.match(r"\\b\(\?:[^()]*\)\\s\+\(\?P<w>", parts.anaphor))
        self.any_word = regex.compile(
            "|".join(regex.escape(w).replace(r"\ ", r"\s+")
                     for w in sorted(parts.words, key=len, reverse=True))
        )
        self.words = {_WS.sub(" ", w): k for w, k in parts.words.items()}
        self.word_end = regex.compile(
            "(?:" + "|".join(regex.escape(w) for w in sorted(parts.words, key=len, reverse=True))
            + r")\Z"
        )
        # Chinese titles are also printed without 《》: "该决议所附原则声明和行动纲领".
        zh = sorted({n for i in gaz.instruments.values() for n in i.names
                     if not n.isascii() and len(n) >= 6 and _HAN.search(n)},
                    key=lambda n: (-len(n), n))
        # Looked up by their last two characters, then by length: a dictionary
        # probe per candidate instead of a scan with hundreds of alternatives.
        self.zh_ends: dict[str, dict[int, set[str]]] = {}
        if lang == "zh":
            for n in zh:
                compact = "".join(n.split())
                by_len = self.zh_ends.setdefault(compact[-2:], {})
                by_len.setdefault(len(compact), set()).add(compact)
        # The last four characters of every name, by end word: most places an
        # end word is printed are rejected on them.
        # A plain alternation of two-character literals: the standard ``re``
        # module scans it several times faster than ``regex``.
        self.zh_end_order = {w: i for i, w in enumerate(self.zh_ends)}
        self.zh_tails = {w: {c[-4:] for b in by_len.values() for c in b}
                         for w, by_len in self.zh_ends.items()}
        # Each end word only where a name can end with it (as _zh_end_hits
        # checks): after the two characters a name ending so has before
        # it, or a space, or near the start of the text. A look-behind
        # after the literal, so that the scan still skips to its first
        # characters.
        self.zh_end = re.compile("|".join(
            re.escape(w) + "(?:(?<=(?:" + "|".join(sorted(
                re.escape(t[:2]) for t in self.zh_tails[w] if len(t) == 4)) + ")" + re.escape(w)
            + r")|(?<=\s[\s\S]" + re.escape(w) + r")|(?<=[\s\S]\s" + re.escape(w)
            + r")|(?<![\s\S]{4}))"
            if len(w) == 2 and any(len(t) == 4 for t in self.zh_tails[w]) else re.escape(w)
            for w in self.zh_ends) or r"(?!)")
        self.zh_lengths = {w: sorted(b, reverse=True) for w, b in self.zh_ends.items()}
        names = [n for n in gaz.en_names if not _ACRONYM.match(n)]
        # Acronyms (ICCPR, UNCAC, BPfA) matched as whole words in English
        # text, never inside a symbol (CEDAW/C/GC/35, UNEP/CBD/COP/15).
        acr = sorted({n for n in gaz.en_names if _ACRONYM.match(n)}, key=lambda n: (-len(n), n))
        # No look-behind: a pattern opening with literals is scanned fast;
        # the character before is checked by the caller.
        self.acronyms = re.compile(
            "(?:" + "|".join(map(re.escape, acr)) + r")(?![\w/\-]|\.\w)"
        ) if acr and lang != "zh" else None
        # Every acronym opens with two ASCII capitals: its matches are tried
        # only where the text (one byte a character) prints two capitals
        # after a character that may precede one.
        self.acronym_pairs = bool(acr) and all(
            a[:2].isascii() and a[:2].isalpha() and a[:2].isupper() for a in acr)
        # Protocols by the instrument they belong to: "the Protocol to that Treaty".
        self.children: dict[str, list] = {}
        for inst in gaz.instruments.values():
            if inst.parent and inst.kind == "protocol":
                self.children.setdefault(inst.parent, []).append(inst)
        # English names grouped by the first instrument word they contain, so
        # that a hit on that word is checked against those names only.
        groups: dict[str, list[str]] = {}
        reach: dict[str, tuple[int, int]] = {}
        for n in names if lang != "zh" else ():
            am = self.title.search(n)
            if am is None:
                continue
            w = _cap(_WS.sub(" ", am.group("w")))
            groups.setdefault(w, []).append(n)
            before, length = reach.get(w, (0, 0))
            reach[w] = (max(before, am.start()), max(length, len(n)))
        self.names_by_word = {
            w: (regex.compile(
                r"(?<![\w-])(?:"
                + "|".join(_first_either_case(n) for n in sorted(ns, key=lambda n: (-len(n), n)))
                + r")(?![\w-])"), *reach[w])
            for w, ns in groups.items()
        }
        # How the names of each group can start: their first letter in
        # lower case and their second character ("un" for "United Nations
        # …"), or the first letter alone when a space or hyphen follows it.
        self.name_starts = {
            w: ({n[0].lower() + n[1] for n in ns if n[1] not in " -"},
                {n[0].lower() for n in ns if n[1] in " -"})
            for w, ns in groups.items()
        }
        # Where a name of each group can start: the first four characters of
        # its first word (either case for the first letter), or the whole
        # word and the space or hyphen after it. Scanned in C, so that the
        # names are tried at a few places instead of at every word.
        self.name_heads = {w: re.compile(r"(?<![\w-])(?:" + "|".join(sorted(
            {_head_pattern(n) for n in ns}, key=lambda h: (-len(h), h))) + ")")
            for w, ns in groups.items()}

    def kind_of_word(self, word: str) -> str:
        return self.word_info(word)[1]

    def word_info(self, word: str) -> tuple[str, str]:
        """An instrument word as printed -> (its gazetteer group, its kind)."""
        info = self._word_info.get(word)
        if info is None:
            w = _cap(_WS.sub(" ", word))
            info = self._word_info[word] = (w, self.words.get(w, ""))
        return info

    def titles(self, text: str, hits: dict[str, list[int]] | None = None
               ) -> Iterator[regex.Match[str]]:
        """The title pattern's matches in ``text``, as ``finditer`` gives them.

        ``hits`` receives where each lower-case title word is printed (in
        either case for its first letter) when offsets are kept.
        """
        if self.anchors is None:
            yield from self.title.finditer(text)
            return
        places: set[int] = set()
        exact: str | bytes
        if text.isascii() or not self.anchors_ascii:
            exact, low, enc = text, text.lower(), _same
        else:
            # A byte a character, anything not ASCII as "?", lowered: every
            # place a title word is printed, at its offset, faster than
            # str.lower() on such a text. The title pattern checks each.
            exact = text.encode("ascii", "replace")
            low, enc = exact.lower(), _ascii
        if len(low) == len(text):  # lower() kept every offset: one search per word
            for needle, wants in self.anchor_search:
                found = _find_all(low, enc(needle))
                for lit, back, case, place in wants:
                    if lit == needle and not case:
                        at = found
                    else:  # "pla" for "plan" and "platform", "pact" for "Compact"
                        src, b = (exact if case else low), enc(lit)
                        at = [p - back for p in found if p >= back and src.startswith(b, p - back)]
                    if hits is not None and not case:
                        hits[lit] = at
                    if place:
                        places.update(at)
        else:
            for lit in self.anchors:
                places.update(_find_all(text, lit))
        end = -1
        match = self.title.match
        for p in sorted(places):
            if p < end:
                continue
            if p and (text[p - 1].isalnum() or text[p - 1] == "_"):
                continue  # inside a word: "explanation", no \b
            m = match(text, p)
            if m is not None:
                end = m.end()
                yield m


_FINDERS: dict[str, InstrumentFinder] = {}


def finder(lang: str, parts: InstrumentParts) -> InstrumentFinder:
    """The compiled finder of ``lang`` (built once)."""
    f = _FINDERS.get(lang)
    if f is None or f.parts is not parts:
        f = _FINDERS[lang] = InstrumentFinder(parts, lang, gazetteer())
    return f


# Between an instrument and its own protocol: "》3及其《", "》和其", "》及其各项".
_ITS_OWN_ZH = regex.compile(r"\s*\d{0,2}\s*[，,]?\s*(?:及其|和其|以及其|及|和)\s*(?:各项|两项)?\s*")


def _own_protocol_zh(f: InstrumentFinder, parent_key: str, t: str, tkey: str) -> Instrument | None:
    """The protocol of the instrument just named, printed without its name.

    "《儿童权利公约》3及其《关于买卖儿童…的任择议定书》": the parent's title and this one;
    "《残疾人权利公约》及其《任择议定书》": the one protocol of that kind the parent has.
    """
    if t.lstrip().startswith(("关于", "關於")):
        parent = f.gaz.get(parent_key)
        return f.gaz.lookup(parent.title_zh + t) if parent is not None and parent.title_zh else None
    if len(tkey) <= 6:
        kids = [k for k in f.children.get(parent_key, ()) if t.strip() in (k.title_zh or "")]
        if len(kids) == 1:
            return kids[0]
    return None


def _named_zh(f: InstrumentFinder, d: _Doc) -> list[_Cand]:
    out = []
    text = d.text
    titles = list(f.title.finditer(text))
    for m in titles:
        t = m.group("t")
        tkey = name_key(t)
        if tkey in f.words:  # a bare 《公约》: an anaphor
            continue
        i, _ = d.paragraph(m.start())
        inst = f.gaz.lookup(t)
        if inst is None and out and out[-1].known and out[-1].para == i \
                and _ITS_OWN_ZH.fullmatch(text, out[-1].end, m.start()):
            inst = _own_protocol_zh(f, out[-1].key, t, tkey)
        if inst is not None:
            out.append(_Cand(m.start(), m.end(), i, inst.key, True, inst.kind, t))
            continue
        we = f.word_end.search(tkey)
        if we is None and ("：" in tkey or ":" in tkey):
            # "《关于艾滋病毒和艾滋病问题的政治宣言：加紧努力消除艾滋病毒和艾滋病》": a subtitle.
            head = SUBTITLE.split(tkey, 1)[0]
            we = None if f.gaz.lookup(head) is not None else f.word_end.search(head)
        if we is None or f.publication.search(tkey):
            continue
        title = "".join(t.split())
        out.append(_Cand(m.start(), m.end(), i, title, False, f.kind_of_word(we.group()), t))
    if f.zh_ends:
        spans = [(m.start(), m.end()) for m in titles]
        starts = [a for a, _ in spans]
        # Every place each end word is printed (overlapping too), end word
        # by end word as the gazetteer lists them.
        ends, lengths = f.zh_ends, f.zh_lengths
        # A text in Traditional script, read as Simplified, character for character
        # ("題為「變革我們的世界：2030年可持續發展議程」的").
        simple = text.translate(T2S) if _TRADITIONAL.search(text) else text
        for end_word, pos in _zh_end_hits(f, simple):
            e = pos + 2
            k = bisect_right(starts, e - 1) - 1
            if k >= 0 and spans[k][0] < e <= spans[k][1]:
                continue  # inside a 《…》 title
            _zh_name_at(f, d, e, ends[end_word], lengths[end_word], out, simple)
    if len(out) > 1:
        _zh_short_forms(f, out)
    return out


def _subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(ch in it for ch in short)


def _ends_on(f: InstrumentFinder, title: str, word: str) -> bool:
    """Whether ``title`` ends on the instrument word ``word``, or a longer word holding it
    ("…示范战略和实际措施" for 《示范战略》)."""
    if title.endswith(word):
        return True
    we = f.word_end.search(name_key(title))
    return we is not None and word in we.group()


def _zh_short_forms(f: InstrumentFinder, out: list[_Cand]) -> None:
    """Short forms of a title named before: 《全球行动计划》 after 《联合国打击贩运人口活动
    全球行动计划》, 《马德里行动计划》 after 《马德里老龄问题国际行动计划》.

    A later title whose characters all appear, in order, in an earlier one
    that ends with the same instrument word names the same text. A short
    form the gazetteer knows also names an earlier title it does not.
    """
    out.sort(key=lambda c: c.start)
    for k, c in enumerate(out):
        short = "".join(c.title.split())
        we = f.word_end.search(name_key(short))
        if we is None:
            continue
        end = we.group()
        # The title named before; failing that, one named after that the short
        # form is the end of: "2019 年《部长级宣言》" in a summary, the full title below.
        # "《1988 年公约》" in a heading over "《1988 年联合国禁止非法贩运…公约》": a year's short
        # form just before the full title.
        later = [] if c.known else [p for p in out[k + 1:] if "".join(p.title.split()).endswith(short) or (
            p.start - c.end < 300 and short[:4].isdecimal() and "".join(p.title.split())[:5] == short[:5])]
        for p in (*reversed(out[:k]), *later[:1]):
            longer = "".join(p.title.split())
            if longer == short and p.known and not c.known and p.start < c.start:
                c.antecedent, c.via = p, "anaphor"  # 《任择议定书》 again, after 《…公约》及其《任择议定书》
                break
            # "《政治宣言》" after "《关于艾滋病毒和艾滋病的政治宣言：消除不平等…》": the title before its subtitle.
            longer = SUBTITLE.split(longer, 1)[0] if not _ends_on(f, longer, end) else longer
            if len(longer) <= len(short) or not _ends_on(f, longer, end) or not _subsequence(short, longer):
                continue
            if short[:1] != longer[:1] and not longer.endswith(short) and short[:2] not in longer:
                continue
            if not c.known:
                c.antecedent, c.via = p, "anaphor"
            elif not p.known and p.antecedent is None:
                p.key, p.known, p.kind = c.key, True, c.kind
            break


def _zh_end_hits(f: InstrumentFinder, text: str) -> list[tuple[str, int]]:
    """Every place an end word is printed, overlapping ones too, end word by end word.

    Less the places no name can end at: the four characters up to the end
    of the end word are not the end of a name ending so, and hold no space
    (that a name printed across a line would have). An end word holds no
    space, so only the two characters before it are looked at.
    """
    ends, tails = f.zh_ends, f.zh_tails
    hits = []
    for m in f.zh_end.finditer(text):
        p = m.start()
        w = m.group()
        if text[max(0, p - 2):p + 2] in tails[w] or (p and text[p - 1].isspace()) \
                or (p > 1 and text[p - 2].isspace()):
            hits.append((w, p))
        nxt = text[p + 1:p + 3]
        if nxt in ends:  # "…议定书）": 定书 and 书） overlap
            q = p + 1
            if text[max(0, q - 2):q + 2] in tails[nxt] or (p and text[p - 1].isspace()):
                hits.append((nxt, q))
    order = f.zh_end_order
    hits.sort(key=lambda h: (order[h[0]], h[1]))
    return hits


def _zh_name_at(f: InstrumentFinder, d: _Doc, e: int, by_len: dict[int, set[str]],
                lengths: list[int], out: list[_Cand], simple: str) -> None:
    """The longest gazetteer name printed without brackets that ends at ``e`` (``simple``:
    the text in Simplified characters, one for one)."""
    text = simple
    window = text[max(0, e - 2 * lengths[0]):e]
    compact = "".join(window.split())
    for n in lengths:
        if compact[-n:] in by_len[n]:
            break
    else:
        return
    # Back to the printed start: n characters that are not spaces.
    s, seen = e, 0
    while seen < n:
        s -= 1
        if not text[s].isspace():
            seen += 1
    inst = f.gaz.lookup(compact[-n:])
    if inst is not None and simple[max(0, s - 2):s] != "问题":
        # (not "社会发展问题世界首脑会议成果": the outcome of another summit, the one "on" a topic)
        i, _ = d.paragraph(s)
        out.append(_Cand(s, e, i, inst.key, True, inst.kind, d.text[s:e]))


def _marker_at(d: _Doc, pos: int) -> bool:
    """Whether a footnote marker was printed at ``pos`` (or a comma and space after it)."""
    markers = d.norm.markers
    k = bisect_right(markers, (pos, ""))
    return k < len(markers) and markers[k][0] <= pos + 2


def _named_en(f: InstrumentFinder, d: _Doc, titles: list[regex.Match[str]]) -> list[_Cand]:
    out: list[_Cand] = []
    text = d.text
    covered = -1
    for m in titles:
        pos = m.start()
        if pos < covered:
            continue
        i, para = d.paragraph(pos)
        p_lo = para.start if para else 0
        p_hi = para.end if para else len(text)
        lo = max(p_lo, pos - 250)
        hi = min(p_hi, m.end() + 300)
        hit = None
        word = m.group("w")
        if _SERIES_AFTER.match(text, m.end()):
            continue
        group, kind = f.word_info(word)
        entry = f.names_by_word.get(group)
        if entry is not None:
            rx, before, length = entry
            w_lo = max(p_lo, pos - before - before // 4 - 4)
            n_hi = p_hi
            if para is not None and _ends_with_comma(text, p_lo, p_hi):
                # A line broken after a comma may have been read as two
                # paragraphs ("…Development, Production,\nStockpiling and
                # Use of Chemical Weapons…"): a gazetteer name runs on.
                nxt = d.norm.paragraphs[i + 1] if i + 1 < len(d.norm.paragraphs) else None
                if nxt is not None and nxt.kind == para.kind:
                    n_hi = nxt.end
            w_hi = min(n_hi, w_lo + length + length // 4 + before + 8)
            # As rx.finditer(text, w_lo, w_hi) would find them, tried only
            # where a word starts.
            resume = w_lo
            for ws in f.name_heads[group].finditer(text, w_lo, w_hi):
                s = ws.start()
                if s > pos:
                    break
                if s < resume:
                    continue
                nm = rx.match(text, s, w_hi)
                if nm is None:
                    continue
                if nm.start() <= pos < nm.end():
                    hit = nm
                    break
                resume = nm.end()
        if hit is not None and _PUBLICATION_OF.search(text, max(p_lo, hit.start() - 60),
                                                      hit.start()):
            # "the Handbook on the United Nations Standard Minimum Rules": a
            # publication about the instrument, not the instrument.
            covered = max(covered, hit.end())
            continue
        if hit is not None and para is not None and para.kind == "fn" \
                and _FINAL_DOCUMENT.match(text, hit.end()) \
                and _CONFERENCE_OF.search(text, max(p_lo, hit.start() - 80), hit.start()):
            # "2010 Review Conference of the Parties to the Treaty on …, Final
            # Document": a conference's report cited, not the treaty.
            covered = max(covered, hit.end())
            continue
        if hit is not None and (lm := _LONGER_TITLE.match(text, hit.end())) is not None \
                and not _title_goes_on(f, hit.group(), text, lm):
            hit = None  # "the Doha Declaration of Principles between …": another title
        if hit is not None:
            inst = f.gaz.lookup(hit.group())
            if inst is not None:
                out.append(_Cand(hit.start(), hit.end(), i, inst.key, True, inst.kind, hit.group()))
                covered = hit.end()
                continue
        if not kind or not word[0].isupper():
            continue  # a word only the gazetteer turns into an instrument
        if kind == "protocol":
            pc = _protocol_of(f, text, pos, i, out)
            if pc is not None:
                if pc.key:
                    out.append(pc)
                covered = pc.end
                continue
        pm = _PREFIX.search(text, lo, pos)
        start = pm.start() if pm else pos
        if text.startswith(("The ", "This "), start):
            start = text.index(" ", start) + 1
        sm = _SUFFIX.match(text, m.end(), hi)
        end = m.end()
        if sm:
            tail = text[m.end():sm.end()]
            tm = _TRAIL.search(tail)
            end = m.end() + (tm.start() if tm else len(tail))
        if text.startswith(",", end) and (im := _ILO_NUMBER.match(text, end, hi)):
            end = im.end()  # "the Domestic Workers Convention, 2011 (No. 189)": the ILO's numbered title
        k = bisect_right(d.norm.markers, (m.end(), ""))
        if k < len(d.norm.markers) and d.norm.markers[k][0] < end:
            # "… at the National and International Levels,1 Member States": the title ends at its marker.
            end = d.norm.markers[k][0]
            while end > m.end() and text[end - 1] in " ,;":
                end -= 1
        title = _HYPHEN_BREAK.sub("", _WS.sub(" ", text[start:end]).strip())
        if title == _WS.sub(" ", m.group("w")):
            continue  # the bare word: an anaphor, handled later
        caps = [w for w in title.split() if w[:1].isupper() or w[:1].isdigit()]
        if len(caps) < 2 or f.publication.search(title):
            covered = end
            continue
        if start > 0 and text[start - 1:start].isalpha():
            continue
        if _INDEFINITE_BEFORE.search(text, max(p_lo, start - 20), start):
            covered = end
            continue
        if _PUBLICATION_OF.search(text, max(p_lo, start - 60), start):
            covered = end  # "the Handbook of Basic Principles and Promising Practices on …"
            continue
        inst = f.gaz.lookup(title)
        antecedent = None
        if inst is None and "Nations" in caps and all(w in _GENERIC_CAPS for w in caps if w not in word.split()):
            # "United Nations Convention" (a masthead's column cut the line): no particular text.
            covered = end
            continue
        if inst is None:
            # "the Charter of the Association" after "the Charter of the
            # Association of Southeast Asian Nations": its short form.
            # So are "the Guiding Principles" after "the United Nations Guiding
            # Principles on Alternative Development": the words of a title named
            # before, ending in the same instrument word.
            tk = name_key(title)
            for c in reversed(out):
                ck = _title_key(c.title)
                if c.known and ck.startswith(tk + " "):
                    inst = f.gaz.get(c.key)
                    break
                if c.kind == kind and ck != tk and (f" {tk} " in f" {ck} " or ck.startswith(tk + ", ")):
                    # ("the Domestic Workers Convention" after "… Convention, 2011 (No. 189)")
                    if not _marker_at(d, end):
                        antecedent = c  # a title with a footnote of its own is another text
                    break
        if inst is not None:
            out.append(_Cand(start, end, i, inst.key, True, inst.kind, title))
        elif antecedent is not None:
            out.append(_Cand(start, end, i, title, False, kind, title, "anaphor", antecedent))
        else:
            out.append(_Cand(start, end, i, title, False, kind, title))
        covered = end
    return out


_FINAL_DOCUMENT = regex.compile(r"\s*,\s*(?:Final\s+(?:Document|Report)|Report|Official\s+Records)\b")
_CONFERENCE_OF = regex.compile(
    r"(?r)\b(?:Conference|Meeting)\s+of\s+(?:the\s+)?(?:States\s+)?Parties\s+(?:to|of)\s+(?:the\s+)?\Z")
# "the Doha Declaration of Principles …", "the Doha Declaration on Financing for Development":
# a short name the gazetteer holds, printed as the start of a longer title it does not.
_LONGER_TITLE = regex.compile(
    r"\s+(?:of\s+(?:Principles|Commitments?|Intent)\b|on\s+(?:the\s+)?(?P<next>[A-Z][a-z]+(?:\s+[A-Za-z]+)?))")


def _title_goes_on(f: InstrumentFinder, name: str, text: str, lm: regex.Match[str]) -> bool:
    """Whether the words after a short name are its own title's: "the Bangkok Declaration on
    Synergies and Responses" is the gazetteer's, "the Doha Declaration on Financing …" another."""
    words = lm.group("next")
    if not words:
        return False  # "… of Principles between …"
    if f.any_word.fullmatch(words.split()[0]):
        return True  # "the Bangkok Treaty on the Protocol": not a title going on
    inst = f.gaz.lookup(name)
    key = words.lower()
    return inst is not None and any(key in n.lower() for n in inst.names if n.isascii())
# "the Protocol to that Treaty", "the Optional Protocol to the Convention",
# "the Optional Protocol thereto": the protocol of the instrument last named.
_PROTOCOL_TO = regex.compile(
    r"Protocol\s+(?:(?:to|of)\s+(?:that|this|the\s+said|the)\s+(?P<pw>Convention|Covenant|Treaty|Agreement)\b"
    r"(?!\s+(?:on|of|against|for|to|relating|concerning|between|in)\b(?:\s+(?:the|a|an))?\s+[A-Z]"
    r"|\s+[A-Z\d])"
    r"|thereto\b)"
)
_PROTOCOL_HEAD = regex.compile(r"(?r)\b(?P<q>Optional|Additional)\s+\Z")
_AFTER_PHRASE = regex.compile(r"\s*,?\s*(?P<p>(?:on|concerning|relating\s+to|to\s+the\s+\w+\s+on)\s+[^;,.:()\n]{3,80})")


def _protocol_of(f: InstrumentFinder, text: str, pos: int, para: int, out: list[_Cand]
                 ) -> _Cand | None:
    """The protocol "to that Treaty" / "thereto" at ``pos``, or None when it is not one.

    A returned candidate with no key is an ambiguous reference: left out.
    """
    pm = _PROTOCOL_TO.match(text, pos)
    if pm is None:
        return None
    hm = _PROTOCOL_HEAD.search(text, max(0, pos - 14), pos)
    start = hm.start() if hm else pos
    q = hm.group("q") if hm else ""
    pw = pm.group("pw")
    want = ("agreement",) if pw == "Agreement" else ("convention", "agreement")
    ante = next((c for c in reversed(out) if c.para == para and c.kind in want), None)
    if ante is None:
        return _Cand(start, pm.end(), para, "", False, "protocol", "")
    printed = _WS.sub(" ", text[start:pm.end()])
    if not ante.known:
        title = f"{q + ' ' if q else ''}Protocol to the {_WS.sub(' ', ante.title)}"
        return _Cand(start, pm.end(), para, title, False, "protocol", printed)
    kids = f.children.get(ante.key, [])
    if q:
        kids = [k for k in kids if q.lower() in k.title_en.lower()] or kids
    if len(kids) > 1 and q:
        # "the Optional Protocol thereto" after the Covenant is the first
        # one, not the "Second Optional Protocol".
        first = [k for k in kids if k.title_en.startswith(f"{q} Protocol")]
        kids = first if len(first) == 1 and not any(
            k.title_en.startswith(f"{q} Protocol") for k in kids if k not in first) else kids
    if len(kids) > 1:
        am = _AFTER_PHRASE.match(text, pm.end())
        if am is not None:
            words = name_key(am.group("p")).split()[:5]
            phrase = " ".join(words)
            kids = [k for k in kids if any(phrase in name_key(n) for n in k.names if n.isascii())]
    if len(kids) == 1:
        return _Cand(start, pm.end(), para, kids[0].key, True, "protocol", printed)
    if kids:
        return _Cand(start, pm.end(), para, "", False, "protocol", "")
    parent = f.gaz.get(ante.key)
    title = f"{q + ' ' if q else ''}Protocol to the {parent.title_en if parent else ante.title}"
    return _Cand(start, pm.end(), para, title, False, "protocol", printed)


# One byte a character: capitals "A", what may not precede an acronym
# (letters, digits, "_", "/", ".", "-") "w", everything else a space.
_ACR_CLASS = bytes(65 if 65 <= i <= 90 else 119 if chr(i).isalnum() or chr(i) in "_/.-" else 32
                   for i in range(128)) + b"?" * 128


def _acronym_matches(f: InstrumentFinder, text: str) -> Iterator[re.Match[str]]:
    """The acronym pattern's matches that may open a word, in order.

    As ``f.acronyms.finditer(text)`` gives them, less those that follow a
    letter, digit, "_", "/", "." or "-": the caller drops those anyway, and
    none of them covers a place where another one could be kept, as an
    acronym is letters, digits and hyphens. The text is read one byte a
    character (anything not ASCII as "?", which may precede an acronym)
    and matches are tried only where two capitals follow such a character.
    """
    if not f.acronym_pairs:
        yield from f.acronyms.finditer(text)
        return
    b = (b" " + text.encode("ascii", "replace")).translate(_ACR_CLASS)
    match = f.acronyms.match
    find = b.find
    i = find(b" AA")
    while i >= 0:
        m = match(text, i)  # b[i + 1] is text[i]
        if m is not None:
            yield m
        i = find(b" AA", i + 1)


# Instrument bodies named by an acronym: "the CEDAW Committee", "the NPT
# Review Conference", "the UNFCCC secretariat" cite the body, not the treaty.
_BODY_AFTER = regex.compile(
    r"\s+(?:Committee|Sub-?[Cc]ommittee|(?:Review\s+)?Conference|COP|CMP|CMA|MOP|[Ss]ecretariat|Bureau|"
    r"Board|Council|Commission|Working\s+Group|Group\s+of|Implementation\s+Support\s+Unit|"
    r"Preparatory\s+Committee|Meeting|[Ee]xperts?|members?|Trust\s+Fund|Coalition)\b"
)
_PUBLICATION_BEFORE = regex.compile(
    r"(?r)\b(?:Manual|Handbook|Toolkit|Tool\s+Kit|Guides?|Compendium|Commentary|Report)\s+"
    r"(?:(?:on|of|for|to|about)\s+the\s+(?:[Ii]mplementation|[Rr]atification)\s+of|on|of|for|to|about)"
    r"\s+(?:the\s+)?\Z"
)


def _acronyms_en(f: InstrumentFinder, d: _Doc, named: list[_Cand]) -> list[_Cand]:
    """Instruments named by their acronym: "ratification of the ICCPR", "UNCAC"."""
    out: list[_Cand] = []
    if f.acronyms is None:
        return out
    text = d.text
    spans = sorted((c.start, c.end, c) for c in named)
    starts = [a for a, _, _ in spans]
    for m in _acronym_matches(f, text):
        s, e = m.start(), m.end()
        if s and (text[s - 1].isalnum() or text[s - 1] in "_/.-"):
            continue  # inside a word or a symbol: "UNEP/CBD", "OPCAT"
        k = bisect_right(starts, s) - 1
        if k >= 0 and spans[k][1] > s:
            continue  # inside a title ("BBNJ Agreement")
        if _BODY_AFTER.match(text, e):
            continue
        inst = f.gaz.lookup(m.group())
        if inst is None:
            continue
        if k >= 0 and spans[k][2].final().key == inst.key and \
                regex.fullmatch(r"\s*\(\s*", text[spans[k][1]:s]):
            continue  # "(ICCPR)" just after its title: the acronym defined
        if _PUBLICATION_BEFORE.search(text, max(0, s - 80), s):
            continue
        i, _ = d.paragraph(s)
        out.append(_Cand(s, e, i, inst.key, True, inst.kind, m.group()))
    return out


# Plural lists name several instruments at once: "the treaties of
# Tlatelolco, Rarotonga, Bangkok and Pelindaba", "Additional Protocols I and
# II to the Geneva Conventions". Each item is looked up as its singular title.
_PL_NAME = r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?"
_PL_MARK = r"(?:\s*,?\s*\d{1,3}(?=\s))?"
_PLURAL_OF = regex.compile(
    r"\b(?P<pl>[Tt]reaties|Conventions|Protocols|Declarations|Covenants)\s+of\s+"
    rf"(?P<items>{_PL_NAME}{_PL_MARK}(?:\s*,\s*{_PL_NAME}{_PL_MARK})*\s*,?\s+and\s+{_PL_NAME})"
)
_PLURAL_ROMAN = regex.compile(
    r"\b(?P<pl>(?:Additional|Optional)\s+Protocols)\s+"
    r"(?P<items>[IVX]{1,4}(?:\s*,\s*[IVX]{1,4})*\s*,?\s+and\s+[IVX]{1,4})"
    r"(?P<to>\s+(?:to|of)\s+(?:the\s+)?)?"
)
_PL_ITEM = regex.compile(rf"{_PL_NAME}|[IVX]{{1,4}}\b")
_PLURAL_WORDS = ("Protocols", "Conventions", "Declarations", "Covenants")
_SINGULAR = {"treaties": "Treaty", "conventions": "Convention", "protocols": "Protocol",
             "declarations": "Declaration", "covenants": "Covenant"}


_PUBLICATION_OF = regex.compile(
    r"(?r)\b(?:Manual|Handbook|Toolkit|Tool\s+Kit|Guide|Compendium|Commentary|Report)"
    r"\s+(?:on|of|for|to|about)\s+(?:the\s+)?\Z"
)


def _plurals_en(f: InstrumentFinder, d: _Doc, named: list[_Cand],
                hits: dict[str, list[int]] | None = None) -> list[_Cand]:
    out: list[_Cand] = []
    text = d.text
    lists: Iterable[regex.Match[str]] | None = None
    roman = True
    if hits is not None and "treaties" in hits \
            and all(w[:-1].lower() in hits for w in _PLURAL_WORDS):
        # Where the title words are printed is known: "Conventions" is one
        # of the places of "convention", "treaties" is looked for with
        # "treaty". The lists are matched there only.
        at = sorted({*hits["treaties"], *(p for w in _PLURAL_WORDS for p in hits[w[:-1].lower()]
                                           if text.startswith(w, p))})
        if not at:
            return out
        lists = _matches_at(_PLURAL_OF, text, at)
        roman = any(text.startswith("Protocols", p) for p in hits["protocol"])
    elif "reaties" not in text and "Protocols" not in text and "Conventions" not in text \
            and "Declarations" not in text and "Covenants" not in text:
        return out
    for m in _PLURAL_OF.finditer(text) if lists is None else lists:
        word = _SINGULAR[m.group("pl").lower()]
        for it in _PL_ITEM.finditer(text, m.start("items"), m.end("items")):
            name = it.group()
            if name == "and":
                continue
            inst = f.gaz.lookup(f"{word} of {name}") or f.gaz.lookup(f"{name} {word}")
            if inst is None:
                continue
            i, _ = d.paragraph(it.start())
            out.append(_Cand(it.start(), it.end(), i, inst.key, True, inst.kind, it.group()))
    for m in _PLURAL_ROMAN.finditer(text) if roman else ():
        head = m.group("pl").split()[0]
        parent = ""
        if m.group("to"):  # "… to the Treaty of Tlatelolco": the title named next
            after = [c for c in named if c.start == m.end()]
            if after:
                root = f.gaz.get(after[0].key) if after[0].known else None
                parent = root.title_en if root is not None else after[0].title
        for it in regex.finditer(r"[IVX]{1,4}\b", text[m.start("items"):m.end("items")]):
            num = it.group()
            s, e = m.start("items") + it.start(), m.start("items") + it.end()
            inst = None
            for cand in (f"{head} Protocol {num} to the {parent}", f"{head} Protocol {num} to {parent}",
                         f"{head} Protocol {num}" if not parent or "Geneva" in parent else ""):
                if cand and (inst := f.gaz.lookup(cand)) is not None:
                    break
            i, _ = d.paragraph(s)
            if inst is not None:
                out.append(_Cand(s, e, i, inst.key, True, inst.kind, f"{head} Protocol {num}"))
            elif parent:
                title = f"{head} Protocol {num} to the {_WS.sub(' ', parent)}"
                out.append(_Cand(s, e, i, title, False, "protocol", title))
    return out


_SHARED_WORD = r"(?:Declaration|Convention|Programme\s+of\s+Action|Plan\s+of\s+Action|Principles|Rules|Guidelines|Strategy)"
# "the Declaration and the Programme of Action on the Establishment of a New
# International Economic Order": two titles sharing what follows the second.
_SHARED = regex.compile(
    rf"\b[Tt]he\s+(?P<a>{_SHARED_WORD})\s+and\s+(?:the\s+)?(?=(?P<b>{_SHARED_WORD})\s+(?:on|for|of|against)\s)"
)


# A title in quotation marks: "entitled “Our joint commitment to effectively addressing …”".
_QUOTED_TITLE = regex.compile(r"[“\"](?P<t>[A-Z][^”\"\n]{9,300}?)[”\"]")


def _quoted_en(f: InstrumentFinder, d: _Doc, named: list[_Cand]) -> list[_Cand]:
    """Known titles printed in quotation marks with no instrument word to find them by."""
    out: list[_Cand] = []
    spans = [(c.start, c.end) for c in named]
    for m in _QUOTED_TITLE.finditer(d.text):
        s, e = m.span("t")
        if any(a < e and s < b for a, b in spans):
            continue
        inst = f.gaz.lookup(_WS.sub(" ", m.group("t")).strip(" ,."))
        if inst is not None:
            i, _ = d.paragraph(s)
            out.append(_Cand(s, e, i, inst.key, True, inst.kind, m.group("t")))
    return out


def _shared_titles_en(f: InstrumentFinder, d: _Doc, named: list[_Cand]) -> list[_Cand]:
    """The first of two titles that share their complement, when the gazetteer knows it."""
    out: list[_Cand] = []
    by_start = {c.start: c for c in named}
    for m in _SHARED.finditer(d.text):
        c = by_start.get(m.start("b"))
        if c is None:
            continue
        title = _WS.sub(" ", c.title).strip()
        head = _WS.sub(" ", m.group("b"))
        if not title.startswith(head):
            continue
        name = _WS.sub(" ", m.group("a")) + title[len(head):]
        inst = f.gaz.lookup(name)
        i, _ = d.paragraph(m.start("a"))
        if inst is None:
            kind = f.parts.words.get(_WS.sub(" ", m.group("a")), "")
            out.append(_Cand(m.start("a"), m.end("a"), i, name, False, kind, name))
        elif inst.key != c.key:
            out.append(_Cand(m.start("a"), m.end("a"), i, inst.key, True, inst.kind, name))
    return out


def _anaphora(f: InstrumentFinder, d: _Doc, named: list[_Cand],
              titles: list[regex.Match[str]] | None = None) -> list[_Cand]:
    out = []
    starts = [c.start for c in named]
    spans = [(c.start, c.end) for c in named]
    if titles is not None and f.anaphor_after_word:
        found = _anaphors_at_titles(f, d.text, titles)
    else:
        found = _anaphor_matches(f, d, named)
    for m in found:
        k = bisect_right(starts, m.start()) - 1
        if k >= 0 and spans[k][0] <= m.start() < spans[k][1]:
            continue  # inside a named title
        kw = bisect_right(starts, m.start("w")) - 1
        if kw > k and spans[kw][0] <= m.start("w") < spans[kw][1]:
            continue  # "the Protocol to that Treaty": its word heads a title
        kind = f.kind_of_word(m.group("w"))
        i, _ = d.paragraph(m.start())
        ante = None
        j = k
        while j >= 0 and named[j].para == i:
            if named[j].kind == kind or (kind == "convention" and named[j].kind == "convention"):
                ante = named[j]
                break
            j -= 1
        if ante is None and j >= 0:
            # "…contains the Treaty on the Non-Proliferation of Nuclear Weapons,⏎⏎
            # Noting … of the Treaty": the paragraph before (its footnotes
            # aside), when all it names of that kind is one instrument.
            prev_para = i - 1
            paras = d.norm.paragraphs
            while prev_para >= 0 and paras[prev_para].kind == "fn":
                prev_para -= 1
            same = [c for c in named[:j + 1] if c.para == prev_para
                    and (c.kind == kind or (kind == "convention" and c.kind == "convention"))]
            if same and len({c.final().key for c in same}) == 1:
                ante = same[-1]
        if ante is None and kind == "charter":
            inst = f.gaz.get("CHARTER")
            if inst is not None:
                out.append(_Cand(m.start("w") - (1 if d.text[m.start()] == "《" else 0), m.end(),
                                 i, inst.key, True, "charter", m.group(), via="text"))
            continue
        if ante is None:
            continue
        out.append(_Cand(m.start(), m.end(), i, ante.key, ante.known, kind, m.group(),
                         via="anaphor", antecedent=ante))
    return out


def _anaphors_at_titles(f: InstrumentFinder, text: str, titles: list[regex.Match[str]]
                        ) -> list[regex.Match[str]]:
    """The anaphor pattern's matches, tried where a title word is printed.

    Its instrument words are title words and it starts with the word before
    them ("the", "this", "said"): each title word's previous word is tried.
    """
    out = []
    match = f.anaphor.match
    for t in titles:
        p = t.start()
        q = p
        while q > 0 and text[q - 1].isspace():
            q -= 1
        if q == p:
            continue
        s = q
        while s > 0 and (text[s - 1].isalnum() or text[s - 1] == "_"):
            s -= 1
        if s == q:
            continue
        m = match(text, s)
        if m is not None and m.start("w") == p:
            out.append(m)
    return out


def _anaphor_matches(f: InstrumentFinder, d: _Doc,
                     named: list[_Cand]) -> Iterator[regex.Match[str]]:
    """The anaphor pattern's matches where they can resolve to something.

    A bare reference takes an instrument named in its own paragraph, or is
    the Charter: only paragraphs holding a named instrument or a charter
    word are scanned.
    """
    text = d.text
    paras = {c.para for c in named}
    for w in f.charter_words:
        for p in _find_all(text, w):
            paras.add(d.paragraph(p)[0])
    if not paras:
        return
    pars = d.norm.paragraphs
    ranges: list[list[int]] = []
    for i in sorted(paras):
        lo, hi = (pars[i].start, pars[i].end) if i >= 0 else (0, pars[0].start if pars else len(text))
        if ranges and lo <= ranges[-1][1] + 1:
            ranges[-1][1] = max(ranges[-1][1], hi)
        else:
            ranges.append([lo, hi])
    for lo, hi in ranges:
        for m in f.anaphor.finditer(text, lo):
            if m.start() >= hi:
                break
            yield m


@dataclass
class _Footnote:
    para: int
    number: str
    res: Mention | None = None
    annex: bool = False
    unts_no: str = ""
    unts_vols: str = ""
    ibid: bool = False
    bare: bool = False  # the body is a document symbol and nothing else


# "A/CONF.219/7, chap. II", "A/CONF.219/7，第二章": where in the document.
_CHAPTER = regex.compile(r"[,，]?\s*(?:chap\.\s*[IVX]+|第[一二三四五六七八九十]+章)(?:\s*[,，]?\s*(?:sect\.\s*[A-Z]|[A-Z]\s*[节節]))?")
# The report a conference adopted its text in, named before its symbol:
# "《第四次联合国最不发达国家问题会议的报告…》（A/CONF.219/7），第二章",
# "Report of the Fourth United Nations Conference … (A/CONF.219/7), chap. II";
# the Official Records supplement a commission's report is printed in: "《经济及社会
# 理事会正式记录，2019 年，补编第 8 号》（E/2019/28），第一章，B 节".
_REPORT_TITLE = regex.compile(
    r"《[^《》]{0,200}(?:报告|報告|正式记录|正式紀錄)[^《》]{0,120}》"
    r"|(?i:(?:report|official\s+records)\s+of\s+the\s+[^()]{0,300}?)(?=\s*[(（])"
    r"|[(（]\s*[)）]"
)
# A treaty body's decision inside the report that holds it, and that decision's annex:
# "See FCCC/CP/2015/10/Add.1, decision 1/CP.21, annex", "见 FCCC/CP/2015/10/Add.1，第 1/CP.21
# 号决定，附件": the text is annexed to a decision printed in that document.
_DECISION_ANNEX = regex.compile(
    r"\s*[,，]\s*(?:decision\s+\d{1,3}/(?:CP|CMP|CMA|COP|MOP)\.\d{1,2}"
    r"|第\s*\d{1,3}/(?:CP|CMP|CMA|COP|MOP)\.\d{1,2}\s*[号號]決?决?定)"
    r"\s*[,，]\s*(?:annex|附件)(?![\w\u4e00-\u9fff])")
# Where in a conference's report the text is printed: "第一章，决议 1，附件一和二", "chap. I,
# resolution 1, annexes I and II", "第四章，第 24 段" (the conference's own numbering).
_IN_REPORT = regex.compile(
    r"[,，]\s*(?:决议|決議|resolution)\s*\d{1,2}(?!\s*/)"
    r"|[,，]\s*(?:附件[一二三四五六七八九十]{1,3}(?:\s*(?:和|及|至)\s*[一二三四五六七八九十]{1,3})?"
    r"|annex(?:es)?\s+[IVX]{1,4}(?:\s*(?:and|to|-)\s*[IVX]{1,4})?)")
# A paragraph of a conference's report: there the text is printed ("(A/CONF.192/15), chap. IV,
# para. 24"); a paragraph of another report only discusses it ("A/HRC/54/22, para. 12").
_REPORT_PARAGRAPH = regex.compile(r"[,，]\s*(?:第\s*\d{1,3}\s*段|paras?\.\s*\d{1,3}(?:\s*[-–]\s*\d{1,3})?)")
_FN_HEAD = regex.compile(r"^\s*(?:<sup>\s*\d{1,3}\s*</sup>|\[\^\d{1,3}\]\s*:|\d{1,3}(?=\s))?\s*(?:See|见|見)?\s*")
# A Treaty Series reference printed right after a title inside a footnote:
# "Convention on Psychotropic Substances of 1971 (United Nations, Treaty Series, vol. 1019, No. 14956)".
_AFTER_TITLE_TS = regex.compile(r"\s*[(（]\s*(?:United\s+Nations\s*,\s*|联合国\s*[，,]\s*|聯合國\s*[，,]\s*)?")


def _footnotes(f: InstrumentFinder, d: _Doc, mentions: list[Mention]) -> dict[int, _Footnote]:
    """Each footnote body's source, by paragraph index, with ibid resolved."""
    notes: dict[int, _Footnote] = {}
    prev: _Footnote | None = None
    by_start = sorted(mentions, key=lambda m: m.start)
    starts = [m.start for m in by_start]
    raw_span = _raw_span(d.norm)
    for i, p in [(i, p) for i, p in enumerate(d.norm.paragraphs) if p.kind == "fn"]:
        body = d.text[p.start:p.end]
        fn = _Footnote(i, p.number)
        if by_start:  # the citations inside the body
            rs, re_ = raw_span(p.start, p.end)
            k = bisect_right(starts, rs - 1)
            while k < len(by_start) and by_start[k].start < re_:
                m = by_start[k]
                if fn.res is None and m.target_kind in ("resolution", "decision", "document"):
                    fn.res = m
                k += 1
        ts = f.treaty_series.search(body)
        if ts and fn.res is not None and d.norm.raw_offset(p.start + ts.start()) < fn.res.start:
            # "Treaty Series, vol. 1577, No. 27531; resolution 66/138, annex":
            # the resolution is another instrument's (an optional protocol).
            fn.res = None
        if ts:
            fn.unts_no = ts.group("no").lstrip("0")
            fn.unts_vols = ";".join(_DIGITS.findall(ts.group("vols")))
        fn.ibid = bool(f.ibid.match(body))
        if fn.res is not None:
            fn.annex = bool(fn.res.pinpoint and f.annex.search(fn.res.pinpoint))
            if fn.res.target_kind == "document" and not fn.annex and fn.res.raw:
                k = body.find(fn.res.raw)
                fn.annex = k >= 0 and _DECISION_ANNEX.match(body, k + len(fn.res.raw)) is not None
            if fn.res.target_kind == "document" and not fn.annex:
                # "A/61/179": a report, not where the text was adopted; but a
                # footnote that is nothing but a symbol ("A/CONF.157/23。")
                # gives the document that holds the text.
                rest = _FN_HEAD.sub("", body).replace(fn.res.raw, "", 1)
                rest = _IN_REPORT.sub("", _CHAPTER.sub("", _REPORT_TITLE.sub("", rest)))
                if "/CONF." in fn.res.target:
                    rest = _REPORT_PARAGRAPH.sub("", rest)
                fn.bare = bool(fn.res.raw) and not rest.strip(" \n。.;；,，")
                if not fn.bare:
                    fn.res = None
        elif fn.ibid and prev is not None:
            fn.annex = bool(f.annex.search(body))
            # "同上，附件二；另见《条约汇编》，第 2237 卷，第 39574 号": the resolution
            # of the footnote before, and this footnote's own Treaty Series number.
            fn.res = prev.res
            if not ts:
                fn.unts_no, fn.unts_vols = prev.unts_no, prev.unts_vols
        notes[i] = fn
        prev = fn
    return notes


# A footnote number left in the text after a title: "…Disabilities, 1 to
# address", "…加入该公约，24采取", "…Substances of 1988 4 and the"; not a date,
# count, volume or symbol, nor the first of two numbers ("2 and 3").
_INLINE_MARKER = regex.compile(
    r"[ \t]*[,，]?[ \t]*(?P<n>\d{1,3})(?![\d/.,:%）)]|[ \t]*(?:年|月|日|号|號|卷|个|個|名|项|項|"
    r"per\b|percent|years?\b|months?\b|days?\b|and\s+\d|or\b|to\s+\d))"
)


def _adopted_elsewhere(f: InstrumentFinder, c: _Cand, target: str) -> bool:
    """Whether the gazetteer has a text other than ``target`` adopt the instrument ``c`` names."""
    root = c.final()
    inst = f.gaz.get(root.key) if root.known else None
    return inst is not None and bool(inst.adopted_by) and inst.adopted_by != target


def _with_inline_markers(d: _Doc, cands: list[_Cand], fn_by_number: dict[str, list[int]]
                         ) -> list[tuple[int, str]]:
    """The normaliser's markers and the footnote numbers it left in the text.

    A number just after an instrument's title (or a comma after it) is a
    marker when a footnote has that number, no marker has it yet, and it
    falls in the numbering: after the markers with smaller numbers and
    before those with larger ones.
    """
    markers = list(d.norm.markers)
    if not fn_by_number:
        return markers
    have = {n for _, n in markers}
    text = d.text
    extra = []
    for c in cands:
        m = _INLINE_MARKER.match(text, c.end)
        if m is None:
            continue
        n = m.group("n")
        if n in have or n not in fn_by_number:
            continue
        v, pos = int(n), m.start("n")
        if any((p < pos) != (int(k) < v) for p, k in markers if k.isdigit()):
            continue
        if pos + len(n) < len(text) and text[pos + len(n)].isalnum() and text[pos + len(n)].isascii():
            continue  # "1st", "24h"
        extra.append((pos, n))
        have.add(n)
    if not extra:
        return markers
    return sorted(markers + extra)


# Titles in a list: "《…》和《…》", "… Rights and the International Covenant …".
_TITLES_JOINED = regex.compile(r"\s*(?:[,，、]\s*)?(?:和|及|以及|与|與|and|and\s+the|the)?\s*(?:the\s+)?")

# Texts a conference adopts and prints in its report: a footnote giving only
# the report's symbol says where they are.
_REPORT_ON = regex.compile(r"(?i:\breports?\b|\bnote\s+by\b)|报告|報告|说明")
# A note that is a conference's report: "Report of the International Conference on Population and
# Development, Cairo, …", "《第四次妇女问题世界会议的报告，…》".
_CONFERENCE_REPORT_NOTE = regex.compile(
    r"\s*(?:\d{1,3}\s*)?(?:See\s+|见)?(?:the\s+)?(?:Report\s+of\s+the\s+(?:(?!Secretary-General\b)[\w’'\-]+\s+){0,12}?"
    r"(?:Conference|Summit|Congress|Assembly)\b|《[^》]{0,60}?(?:会议|會議|首脑会议|首腦會議|大会|大會)(?:的)?(?:报告|報告))")
_HELD_IN_DOCUMENTS = frozenset(("declaration", "programme", "plan", "strategy", "principles", "outcome"))


def _of_adoption_year(f: InstrumentFinder, key: str, symbol: str) -> bool:
    inst = f.gaz.get(key)
    year = inst.adopted[:4] if inst is not None else ""
    return bool(year) and f"/{year}/" in symbol
_ADOPTED_BY_CONFERENCES = frozenset(("convention", "agreement", "protocol"))


def _title_in_footnote(f: InstrumentFinder, d: _Doc, c: _Cand, para: Paragraph, source: str,
                       target: str, facts: dict[tuple[str, str], InstrumentFact]) -> None:
    """A footnote listing instruments, each with its Treaty Series number after it."""
    m = _AFTER_TITLE_TS.match(d.text, c.end, para.end)
    if m is None:
        return
    ts = f.treaty_series.match(d.text, m.end(), min(para.end, m.end() + 120))
    if ts is None:
        return
    facts.setdefault((target, para.number), InstrumentFact(
        source, target, _WS.sub(" ", c.title).strip(), para.number, "", "",
        ts.group("no").lstrip("0"), ";".join(_DIGITS.findall(ts.group("vols")))))


@cache
def _context_rules() -> dict[str, tuple[tuple[regex.Pattern[str], regex.Pattern[str], str], ...]]:
    return {key: tuple((regex.compile(short), regex.compile(ctx), other) for short, ctx, other in rules)
            for key, rules in CONTEXT_ALIASES.items()}


def _by_context(f: InstrumentFinder, d: _Doc, named: list[_Cand]) -> None:
    """A short name two instruments share, decided by the words of its paragraph."""
    rules = _context_rules()
    for c in named:
        for short, ctx, other in rules.get(c.key, ()) if c.known else ():
            if short.fullmatch(_WS.sub(" ", c.title).strip()) is None:
                continue
            p = d.norm.paragraphs[c.para] if 0 <= c.para < len(d.norm.paragraphs) else None
            lo, hi = (p.start, p.end) if p is not None else (max(0, c.start - 300), c.end + 300)
            if other.endswith("-AMENDED"):
                # Only the words at the title: "经 1972 年议定书修正的《…》", "…, as amended by the
                # 1972 Protocol"; "《1961 年…公约》及经 1972 年议定书修正的该公约" names both.
                lo, hi = max(lo, c.start - 20), min(hi, c.end + 45)
                if _CONVENTION_ANAPHOR.search(d.text, c.end, hi):
                    hi = c.end  # the words after are the anaphor's: "…, that Convention as amended by …"
            if ctx.search(d.text, lo, hi) is not None and (inst := f.gaz.get(other)) is not None:
                c.key, c.kind = inst.key, inst.kind


_CONVENTION_ANAPHOR = regex.compile(r"该公约|該公約|\b(?:that|this|the\s+said)\s+Convention\b")


def _amended_anaphors(f: InstrumentFinder, d: _Doc, anaphors: list[_Cand],
                      named: list[_Cand]) -> list[_Cand]:
    """"及经 1972 年议定书修正的该公约", "that Convention as amended by the 1972 Protocol":
    the amended treaty the anaphor's words name. Returns ``named`` less the protocol
    named inside those words ("经《1972 年议定书》修正的该公约")."""
    rules = _context_rules()
    inside: list[tuple[int, int]] = []
    for c in anaphors:
        root = c.final()
        for _, ctx, other in rules.get(root.key, ()) if root.known else ():
            if not other.endswith("-AMENDED"):
                continue
            lo, hi = (max(0, c.start - 24), c.start) if d.lang == "zh" else (c.end, c.end + 45)
            if ctx.search(d.text, lo, hi) and (inst := f.gaz.get(other)) is not None:
                c.antecedent, c.key, c.known, c.kind = None, inst.key, True, inst.kind
                inside.append((lo, hi))
    if not inside:
        return named
    return [c for c in named if c.known or c.kind != "protocol"
            or not any(lo <= c.start and c.end <= hi for lo, hi in inside)]


# What comes between a resolution's number and the title of the text it adopted:
# "第 34/146 号决议通过的《", "第 55/25 號決議，大會在該決議中通過了《", "resolution 58/4 of
# 31 October 2003, by which it adopted the ".
_ADOPTED_BETWEEN = regex.compile(
    r"\s*(?:[号號]\s*(?:决议|決議)\s*(?:[，,]\s*(?:(?:大会|大會)?\s*在\s*(?:该|該)\s*(?:决议|決議)\s*中|其中)\s*(?:大会|大會)?\s*)?"
    r"(?:所\s*)?(?:通过|通過)\s*(?:了|的)?\s*(?:《[^《》]{1,6}》\s*)?《?"  # "…通过了《公约》任择议定书"
    r"|(?:\s+of\s+\d{1,2}\s+[A-Z][a-z]+\s+(?:19|20)\d\d)?\s*,?\s*(?:by|in)\s+which\s+(?:it|the\s+(?:General\s+)?Assembly)"
    r"\s+adopted\s+(?:the\s+)?)\Z")


# Between two titles the same resolution adopted: "》1 和《", ", 1 and the ".
_ADOPTED_TOO = regex.compile(r"[》\s]*\d{0,2}\s*(?:[,，、]\s*)?(?:和|及|以及|and(?:\s+the)?)\s*《?")


# After a title and its marker: ", adopted by the General Assembly in its resolution 55/25".
_MARK = r"(?:<sup>\s*\d{1,3}\s*</sup>|\[\^\d{1,3}\]|\d{1,3})?"
_ADOPTED_AFTER = regex.compile(
    rf"\s*,?\s*{_MARK}\s*,?\s*(?:which\s+(?:was|were)\s+|as\s+)?adopted\s+by\s+the\s+(?:General\s+)?Assembly\s+"
    r"(?:in|by)\s+(?:its\s+)?resolutions?\s+")
# Between two titles of a list, with "and" before the last: "…Crime1 and the Protocol".
_BETWEEN_TITLES = rf"\s*,?\s*{_MARK}\s*,?\s*"
_TWO_TITLES = regex.compile(rf"{_BETWEEN_TITLES}and\s+(?:the\s+)?")
_IN_LIST = regex.compile(rf"{_BETWEEN_TITLES}(?:and\s+)?(?:the\s+)?")
_OF_DATE = r"(?:\s+of\s+\d{1,2}\s+[A-Z][a-z]+\s+(?:19|20)\d\d)?"
_LIST_GAP = regex.compile(rf"{_OF_DATE}\s*,?\s*(?:and\s+)?")
_RESPECTIVELY = regex.compile(rf"{_OF_DATE}\s*,\s*respectively\b")


def _adopted_after_titles(d: _Doc, mentions: list[Mention], cands: list[_Cand],
                          raw_span: Callable[[int, int], tuple[int, int]]) -> dict[int, str]:
    """The resolutions the words after a title say adopted it: "…Crime1 and the Protocol …,2 adopted
    by the General Assembly in its resolutions 55/25 … and 55/255 …, respectively"."""
    if not d.raw:
        return {}
    res = sorted((m for m in mentions if m.target_kind == "resolution"), key=lambda m: m.start)
    starts = [m.start for m in res]
    spans = [raw_span(c.start, c.end) for c in cands]
    found: dict[int, str] = {}
    for k, (_, end) in enumerate(spans):
        i = bisect_left(starts, end)
        if i == len(res) or res[i].start - end > 120 or not _ADOPTED_AFTER.fullmatch(d.raw, end, res[i].start):
            continue
        items = [res[i]]
        while i + 1 < len(res) and res[i + 1].start - items[-1].end <= 40 and _LIST_GAP.fullmatch(
                d.raw, items[-1].end, res[i + 1].start):
            i += 1
            items.append(res[i])
        respectively = _RESPECTIVELY.match(d.raw, items[-1].end) is not None
        if len(items) == 1 and not respectively:
            found[k] = items[0].target
        elif (respectively and len(items) == 2 and k and _TWO_TITLES.fullmatch(d.raw, spans[k - 1][1], spans[k][0])
              and not (k >= 2 and _IN_LIST.fullmatch(d.raw, spans[k - 2][1], spans[k - 1][0]))):
            # two titles, not the last two of three ("the Convention,1 the Optional Protocol …2 and …3")
            found[k - 1], found[k] = items[0].target, items[1].target
    return found


def _adopted_in_text(d: _Doc, mentions: list[Mention], title_at: int) -> str:
    """The resolution the words just before a title (at raw offset ``title_at``) say adopted it."""
    if not d.raw:
        return ""
    near = [m for m in mentions if m.end <= title_at and title_at - m.end <= 60 and m.target_kind == "resolution"]
    m = max(near, key=lambda m: m.end, default=None)
    # Not a list's ("resolutions 2106 A (XX) and 34/180, by which it adopted … respectively").
    return m.target if m is not None and m.via == "text" and _ADOPTED_BETWEEN.match(d.raw, m.end, title_at) else ""


# "the Geneva Conventions of 12 August 1949 and, as applicable, the Additional Protocols thereto of 1977".
_THEIR_PROTOCOLS = regex.compile(
    r"\s*,?\s*(?:and|as\s+well\s+as)\s*(?:,\s*(?:as|where)\s+applicable\s*,)?\s*(?:the|their|its)\s+"
    r"(?:two\s+|three\s+)?(?P<t>(?:Additional\s+Protocols|Protocols\s+[Aa]dditional)(?:\s+(?:thereto|to\s+them))?"
    r"(?:\s+of\s+(?P<y>(?:19|20)\d\d))?)")


def _their_protocols(f: InstrumentFinder, d: _Doc, named: list[_Cand]) -> list[_Cand]:
    """The protocols a treaty named just before has, named together: "… and the Additional
    Protocols thereto of 1977" after the Geneva Conventions are Protocols I and II."""
    more: list[_Cand] = []
    for c in named:
        kids = f.children.get(c.key, []) if c.known else []
        if not kids or (m := _THEIR_PROTOCOLS.match(d.text, c.end)) is None:
            continue
        kids = [k for k in kids if "Additional" in k.title_en and (not m["y"] or k.adopted[:4] == m["y"])]
        i, _ = d.paragraph(m.start("t"))
        more += [_Cand(m.start("t"), m.end("t"), i, k.key, True, k.kind, m["t"])
                 for k in sorted(kids, key=lambda k: k.key)]
    return sorted(named + more, key=lambda c: c.start) if more else named


_OF_YEAR = regex.compile(r"(?:[Tt]he\s+)?(?P<w>Convention|Protocol|Declaration|Agreement|Treaty)\s+of\s+(?P<y>(?:19|20)\d\d)")


def _of_its_year(f: InstrumentFinder, named: list[_Cand]) -> None:
    """"the Convention of 1949": the convention of that year named before it, if one is."""
    for k, c in enumerate(named):
        if c.known or (m := _OF_YEAR.fullmatch(c.title.strip())) is None:
            continue
        for b in reversed(named[:k]):
            inst = f.gaz.get(b.key) if b.known else None
            if inst is not None and inst.adopted[:4] == m["y"] and inst.kind == c.kind:
                c.antecedent = b  # "including the Convention of 1949": the 1949 Convention, again
                break


_CELLS_APART = regex.compile(r"\S(?: {3,}|\t)\s*\S")


def _session_number(target: str) -> str:
    """The "70/1" of "A/RES/70/1" or "E/CN.6/RES/70/1"."""
    head, _, number = target.rpartition("/RES/")
    return number if head else ""


def _gazetteer_adopter(f: InstrumentFinder, d: _Doc, key: str, fn: _Footnote,
                       mentions: list[Mention]) -> Mention | None:
    """The note's bare number as the resolution the gazetteer says adopted the instrument.

    "大会通过的《变革我们的世界：2030 年可持续发展议程》6" with note 6 "第 70/1 号决议。"
    in a commission's text is the Assembly's 70/1, not the commission's own: a note that names
    no body gives the number alone, and the instrument's known adopter holds it.
    """
    inst = f.gaz.get(key)
    res = fn.res
    if inst is None or res is None or not inst.adopted_by or inst.adopted_by == res.target:
        return None
    number = _session_number(res.target)
    if not number or number != _session_number(inst.adopted_by):
        return None
    p = d.norm.paragraphs[fn.para]
    at = d.norm.raw_offset(p.start)
    if any(d.norm.raw_offset(b) < res.start for b, _, code in d.bodies_before(p.end, p.start)
           if code != "OTHER") or at > res.start:
        return None  # the note names its body: "麻醉药品委员会第 70/1 号决议"
    new = replace(res, target=inst.adopted_by)
    for k, m in enumerate(mentions):
        if m is res:
            mentions[k] = new  # the document's own citation in the note, too
    return new


def find_instruments(d: _Doc, source: str, mentions: list[Mention]
                     ) -> tuple[list[Mention], list[InstrumentFact]]:
    """Instrument mentions, footnote edges and facts of one document.

    ``mentions`` are the document's citations found so far; those inside
    footnote bodies give the footnotes' sources. Returns new mentions (the
    document -> instrument citations, instrument -> resolution edges and
    citations by "Ibid.") and the facts footnotes give.
    """
    parts = d.c.t.instruments
    if parts is None:
        return [], []
    f = finder(d.lang, parts)
    hits: dict[str, list[int]] = {}
    titles = None if d.lang == "zh" else list(f.titles(d.text, hits))
    named = _named_zh(f, d) if titles is None else _named_en(f, d, titles)
    if titles is None and "修正的" in d.text:
        named = _amended_zh(f, d, named)
    if titles is not None:
        plural = _plurals_en(f, d, named, hits)
        if plural:
            spans = [(c.start, c.end) for c in plural]
            named = [c for c in named
                     if not any(a < c.end and c.start < b for a, b in spans)] + plural
        named.sort(key=lambda c: c.start)
        if '"' in d.text or "“" in d.text:
            named += _quoted_en(f, d, named)
        named.sort(key=lambda c: c.start)
        named += _acronyms_en(f, d, named)
        if "and" in d.text:
            named += _shared_titles_en(f, d, named)
    named.sort(key=lambda c: c.start)
    if titles is not None and (" of 19" in d.text or " of 20" in d.text):
        _of_its_year(f, named)
    if titles is not None and "Protocols" in d.text:
        named = _their_protocols(f, d, named)
    if "   " in d.text or "\t" in d.text:
        # A table's row read across its cells: "Basic Principles for the    General Assembly    45/111"
        # is no title, a cell's words run into the next cell's.
        named = [c for c in named if _CELLS_APART.search(d.text, c.start, c.end) is None]
    _by_context(f, d, named)
    anaphors = _anaphora(f, d, named, titles)
    named = _amended_anaphors(f, d, anaphors, named)
    cands = named + anaphors
    cands.sort(key=lambda c: (c.start, c.end))
    notes = _footnotes(f, d, mentions)
    fn_by_number: dict[str, list[int]] = {}
    for i, fn in notes.items():
        fn_by_number.setdefault(fn.number, []).append(i)

    new: list[Mention] = []
    facts: dict[tuple[str, str], InstrumentFact] = {}
    edges: set[tuple[str, str]] = set()
    # Citations "Ibid., annex III" whose footnote has no number of its own.
    for fn in notes.values():
        if fn.ibid and fn.res is not None and fn.res.paragraph != f"fn{fn.number}":
            p = d.norm.paragraphs[fn.para]
            rs, _ = d.norm.raw_span(p.start, p.end)
            im = f.ibid.match(d.text, p.start, p.end)
            re_ = d.norm.raw_span(p.start, im.end())[1] if im else rs
            pin = ""
            am = f.annex.search(d.text, p.start, p.end)
            if am:
                pin = _PIN_END.split(d.text[am.start():min(p.end, am.end() + 30)], 1)[0]
                pin = _WS.sub(" ", pin).strip(" 。.，,;；")
            new.append(Mention(source, fn.res.target, fn.res.target_kind,
                               d.text[p.start:im.end()].strip() if im else "", rs, re_,
                               f"fn{fn.number}", "cites", "ibid", d.lang, pin, ""))

    # Link each marker to the instrument printed just before it or, failing
    # that, to the only instrument of its sentence when the footnote gives an
    # annex or a Treaty Series number.
    cand_ends = [c.end for c in cands]
    linked: dict[int, _Footnote] = {}
    prev_marker = -1
    for pos, number in _with_inline_markers(d, cands, fn_by_number):
        after_marker, prev_marker = prev_marker, pos
        choices = fn_by_number.get(number, [])
        k = bisect_right(cand_ends, pos) - 1
        if not choices or k < 0:
            continue
        after = [j for j in choices if d.norm.paragraphs[j].start >= pos]
        fn = notes[after[0] if after else choices[-1]]
        c = cands[k]
        i, para = d.paragraph(max(pos - 1, 0))
        gap = _rstrip_gap(d.text[c.end:pos]) if c.para == i else ""
        family = c.para == i and bool(f.family.fullmatch(gap))
        near = c.para == i and (family or (len(gap) <= 15 and not _GAP_STOP.search(gap)
                                           and not f.any_word.search(gap)
                                           and not (_GAP_CITES.search(gap) and not fn.unts_no))
                                or _SIGNED_AT.fullmatch(gap) is not None)
        if not near:
            if not (fn.unts_no or (fn.res is not None and fn.annex)) or para is None:
                continue
            end = pos
            while end > para.start and d.text[end - 1] in "。.;；:： \n":
                end -= 1
            start = max([para.start, after_marker,
                         *(m.end() for m in _SENTENCE.finditer(d.text, para.start, end))])
            within = [cands[j] for j in range(k, -1, -1) if cands[j].start >= start and cands[j].para == i]
            if fn.res is not None and len({x.final().key for x in within}) > 1:
                # "题为“…全球行动计划”的第 64/293 号决议，以及…通过《关于执行…的政治宣言》的第 72/1 号决议，¹"
                # (¹ "第 72/1 号决议，附件"): not the title the gazetteer has another text adopt.
                within = [x for x in within if not _adopted_elsewhere(f, x, fn.res.target)]
            inside = {x.final().key for x in within}
            if len(inside) != 1:
                continue
            c = within[0]
            gap = _rstrip_gap(d.text[c.end:pos]) if c.para == i else ""
            wm = f.any_word.search(gap) if len(gap) <= 12 else None
            if wm and f.words.get(_WS.sub(" ", wm.group())) != c.final().kind:
                continue  # "这一《宣言》的行动计划，3": the note is the plan's, which has no title here
        linked.setdefault(id(c), fn)
        if fn.res is not None and not fn.unts_no:
            # "the International Covenant on Economic, Social and Cultural Rights and the
            # International Covenant on Civil and Political Rights,2" (2: "resolution 2200 A (XXI),
            # annex"): a title joined to this one shares its note where the gazetteer says the
            # note's text adopted it too (not "the Charter … and the Universal Declaration,1").
            j = k - 1
            while j >= 0 and cands[j].para == i and _TITLES_JOINED.fullmatch(d.text, cands[j].end, cands[j + 1].start):
                inst = f.gaz.get(cands[j].final().key) if cands[j].final().known else None
                if inst is None or inst.adopted_by != fn.res.target:
                    break
                linked.setdefault(id(cands[j]), fn)
                j -= 1
        if not c.final().known and fn.unts_no:
            inst = f.gaz.by_treaty_number(fn.unts_no)
            if inst is not None:
                root = c.final()
                root.key, root.known, root.kind = inst.key, True, inst.kind

    # "See United Nations, Treaty Series, vol. 1582, No. 27627, for the 1988
    # Convention": the one title of a footnote that gives a Treaty Series number
    # is the treaty registered under it.
    # Only a footnote no marker links to another title, with one Treaty Series number.
    in_note: dict[int, list[_Cand]] = {}
    linked_notes = {id(fn) for fn in linked.values()}
    for c in cands:
        if c.para in notes and notes[c.para].unts_no and id(c) not in linked:
            in_note.setdefault(c.para, []).append(c)
    for para_i, group in in_note.items():
        roots = {c.final().key for c in group}
        fn = notes[para_i]
        if len(roots) != 1 or id(fn) in linked_notes:
            continue
        p = d.norm.paragraphs[para_i]
        if len(f.treaty_series.findall(d.text, p.start, p.end)) != 1:
            continue
        inst = f.gaz.by_treaty_number(fn.unts_no)
        if inst is None:
            continue
        root = group[0].final()
        if (root.key != inst.key) if root.known else (root.kind != inst.kind):
            continue
        root.key, root.known, root.kind = inst.key, True, inst.kind
        target = instrument_id(inst.key)
        facts.setdefault((target, fn.number), InstrumentFact(
            source, target, _WS.sub(" ", group[0].title).strip(), fn.number, "", "",
            fn.unts_no, fn.unts_vols))

    raw_span = _raw_span(d.norm)
    chained = (0, "")  # where the last title the text said adopted ends, and by which resolution
    adopted_after = _adopted_after_titles(d, mentions, cands, raw_span) if d.lang != "zh" and "adopted" in d.text else {}
    for k_c, c in enumerate(cands):
        root = c.final()
        target = instrument_id(root.key)
        i, para = d.paragraph(c.start)
        relation = d.relation(i, para)
        raw_s, raw_e = raw_span(c.start, c.end)
        new.append(Mention(source, target, "instrument", d.text[c.start:c.end], raw_s, raw_e,
                           para.label if para else "", relation, c.via, d.lang, "", ""))
        fn = linked.get(id(c))
        if fn is None:
            if para is not None and para.kind == "fn" and root.known:
                _title_in_footnote(f, d, c, para, source, target, facts)
            continue
        if fn.res is not None and root.known and (res := _gazetteer_adopter(f, d, root.key, fn, mentions)):
            fn.res = res
        held = root.kind in _HELD_IN_DOCUMENTS or (
            # "A/CONF.229/2017/8": the treaty a conference adopted, in its document of
            # the year of adoption (not a later review conference's, A/CONF.210/2016/5).
            root.kind in _ADOPTED_BY_CONFERENCES and fn.res is not None and root.known
            and fn.res.target.startswith("A/CONF.") and _of_adoption_year(f, root.key, fn.res.target))
        # "the report of the Secretary-General on …", in the title's own paragraph.
        if fn.bare and (not held or _REPORT_ON.search(
                d.text, max(para.start if para is not None else 0, c.start - 90), c.start)):
            # "the report of the Secretary-General on the World Programme of
            # Action for Youth4": the symbol is the report's, not the programme's.
            continue
        rel = ""
        adopted = fn.res.target if fn.res else ""
        if fn.res is not None:
            rel = "annex_of" if fn.annex else ("contained_in" if fn.bare else "adopted_by")
        elif not fn.unts_no:
            if not (held and para is not None and _CONFERENCE_REPORT_NOTE.match(
                    d.text, d.norm.paragraphs[fn.para].start, d.norm.paragraphs[fn.para].end)):
                continue
            # "1 Report of the Fourth World Conference on Women, Beijing, … (United Nations
            # publication, Sales No. E.96.IV.13), chap. I": the note says where the text is,
            # in a report with no symbol printed.
        elif (by := adopted_after.get(k_c, "")) or (by := _adopted_in_text(d, mentions, raw_s)) or (
                chained[1] and _ADOPTED_TOO.fullmatch(d.raw, chained[0], raw_s) and (by := chained[1])):
            # "第 55/25 号决议，大会在该决议中通过了《公约》1" (1: its Treaty Series number):
            # the text names the resolution that adopted it; "…1 和《…议定书》，2", the next one too.
            adopted, rel = by, "adopted_by"
            chained = (raw_e, by)
        fact = InstrumentFact(source, target, _WS.sub(" ", c.title).strip(),
                              fn.number, adopted, rel, fn.unts_no, fn.unts_vols)
        facts.setdefault((target, fn.number), fact)
        if fn.res is not None and (target, fn.res.target) not in edges:
            edges.add((target, fn.res.target))
            r = fn.res
            new.append(Mention(target, r.target, r.target_kind, r.raw, r.start, r.end,
                               f"fn{fn.number}", rel, "footnote", d.lang, r.pinpoint, r.date))
    return new, list(facts.values())
