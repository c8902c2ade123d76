"""The shape of a language's pattern table: patterns are data, with their own examples."""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["InstrumentParts", "LangTable", "Pattern"]


@dataclass(frozen=True)
class Pattern:
    """A named regular expression and the texts it must turn into these ids."""

    name: str
    regex: str
    examples: list[tuple[str, list[str]]] = field(default_factory=list)


@dataclass(frozen=True)
class InstrumentParts:
    """How a language names instruments and links them to footnotes."""

    # A candidate title; group ``t`` is the title (zh: 《…》).
    title: str
    # A bare reference to an instrument named before ("the Convention",
    # 《公约》, 该公约); group ``w`` is the instrument word.
    anaphor: str
    # Instrument word -> kind; a title not in the gazetteer that ends in (zh)
    # or is headed by (en) one of these words is still an instrument.
    words: dict[str, str]
    # Words that make a title a publication (manual, report, toolkit …).
    publication: str
    # Footnote body: "United Nations, Treaty Series, vol. 2349, No. 42146";
    # groups ``vols`` and ``no``.
    treaty_series: str
    # Footnote body opening "Ibid." / 同上.
    ibid: str
    # Pinpoint words meaning "annex".
    annex: str
    # "and its protocols" between a convention and its footnote marker.
    family: str
    examples: list[tuple[str, list[str]]] = field(default_factory=list)


@dataclass(frozen=True)
class LangTable:
    """Everything language-specific the extractor needs, as named parts."""

    lang: str
    patterns: list[Pattern]
    bodies: list[tuple[str, str]]  # (regex, body code), longest names first
    its: str  # "its" / 其: the document's own issuer
    verbs: list[tuple[str, str]]  # (verb as printed, relation)
    verb_prefix: str
    pinpoint_after: str
    pinpoint_before: str
    symbol_joiners: str  # what joins "A/63/100" to "Add.1"
    report_line: str  # "[on the report of the Third Committee (A/61/444)]"
    heading: str  # "61/181. Title"
    heading_sc: str  # "Resolution 1540 (2004)"
    closing_date: str
    item_date: str  # a date printed before the number (zh)
    date_after: str  # a date printed after the number (en "of 18 December 1991")
    sentence_end: str
    months: dict[str, int]
    instruments: InstrumentParts | None = None
    # Words one of the "OTHER" bodies (assemblies and boards outside the UN's
    # numbering) holds; a text with none of them is scanned without those
    # names, which are slow to look for.
    other_keys: tuple[str, ...] = ()
