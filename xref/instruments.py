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


def name_key(name: str) -> str:
    """The form titles are compared in: width-folded, lower case, spaces collapsed.

    Spaces next to CJK characters are dropped (PDF conversions break Chinese
    titles anywhere) and a leading English article is ignored.

    >>> name_key("《联合国反腐败 公约》") == name_key("联合国反腐败公约")
    True
    >>> name_key("the  Palermo Convention")
    'palermo convention'
    >>> name_key("Siem Reap – Angkor Action Plan")
    'siem reap-angkor action plan'
    """
    s = fold_width(name).translate(_QUOTES).strip()
    s = _CJK_SPACE.sub("", s)
    s = _DASH_SPACE.sub("-", _SPACE.sub(" ", s)).lower().strip(" ,.;:，。；：")
    s = s.removeprefix("the ")
    return s


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
            key = self._seen[title] = self.by_name.get(name_key(title))
        return self.instruments[key] if key else None

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
