"""Value types passed between the pipeline stages."""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = [
    "EDGE_COLUMNS",
    "INSTRUMENT_COLUMNS",
    "MENTION_COLUMNS",
    "Disagreement",
    "DocMeta",
    "DocResult",
    "Document",
    "FileError",
    "InstrumentFact",
    "Mention",
    "Normalised",
    "Paragraph",
]


@dataclass(frozen=True)
class Document:
    """A file as read: its path, decoded text and detected language.

    ``text`` is what xref read from the file (for PDF, DOCX and HTML, the
    text it took out of them); every offset indexes it. ``format`` is
    ``text``, ``pdf``, ``docx`` or ``html``; ``encoding`` is the codec the
    text was decoded with (``utf-8``, ``gb18030``, ``big5``, ``cp1252``,
    ``utf-16-le`` …; empty for PDF).
    """

    path: str
    text: str
    lang: str
    sha256: str
    format: str = "text"
    encoding: str = "utf-8"


@dataclass(frozen=True)
class Paragraph:
    """A span of the normalised text with its structural label.

    ``kind`` is ``head`` (before the body), ``pre`` (preambular), ``op``
    (operative), ``sec`` (numbered paragraph of a report), ``fn`` (footnote
    body) or ``text``; ``label`` is the DESIGN.md paragraph label (``pp3``,
    ``op7``, ``fn2``, ``§12``) or ``""``.
    """

    start: int
    end: int
    kind: str
    label: str
    number: str = ""


@dataclass(frozen=True)
class Normalised:
    """Normalised text, the map back to the raw text, and its paragraphs."""

    text: str
    paragraphs: tuple[Paragraph, ...]
    # Piecewise map: normalised offset norm_starts[i] corresponds to raw
    # offset raw_starts[i]; offsets between two breakpoints move together.
    norm_starts: tuple[int, ...]
    raw_starts: tuple[int, ...]
    # Footnote markers taken out of the text: (normalised offset, number).
    markers: tuple[tuple[int, str], ...] = ()

    def raw_offset(self, pos: int) -> int:
        """Raw offset of the character at normalised offset ``pos``."""
        from bisect import bisect_right

        i = bisect_right(self.norm_starts, pos) - 1
        if i < 0:
            return pos
        return self.raw_starts[i] + (pos - self.norm_starts[i])

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Raw ``[start, end)`` of the normalised span ``[start, end)``."""
        if end <= start:
            s = self.raw_offset(start)
            return s, s
        return self.raw_offset(start), self.raw_offset(end - 1) + 1


@dataclass(frozen=True)
class DocMeta:
    """What a document says about itself."""

    id: str
    id_source: str  # heading | symbol | filename
    date: str = ""
    title: str = ""
    body: str = ""
    # The other symbols of a document issued under a joint symbol
    # ("A/79/812-S/2025/140" is A/79/812, also S/2025/140): never its targets.
    also: tuple[str, ...] = ()


@dataclass(frozen=True)
class Mention:
    """One reference as printed (a row of the ``mentions`` table)."""

    source: str
    target: str
    target_kind: str
    raw: str
    start: int
    end: int
    paragraph: str
    relation: str
    via: str
    lang: str
    pinpoint: str = ""
    date: str = ""


MENTION_COLUMNS = [
    "source",
    "target",
    "target_kind",
    "raw",
    "start",
    "end",
    "paragraph",
    "relation",
    "via",
    "lang",
    "pinpoint",
    "date",
    "path",
]

EDGE_COLUMNS = ["source", "target", "target_kind", "mentions", "relations", "first_paragraph"]


@dataclass(frozen=True)
class InstrumentFact:
    """What one document's footnote says about an instrument it names."""

    source: str  # the citing document
    instrument: str  # instrument:<key>
    title: str  # the title as printed
    footnote: str  # the footnote number
    adopted_by: str = ""  # resolution id the footnote gives
    relation: str = ""  # annex_of (", annex") or adopted_by
    unts_no: str = ""  # UN Treaty Series registration number
    unts_vols: str = ""  # volumes, ";"-separated


INSTRUMENT_COLUMNS = [
    "source", "instrument", "title", "footnote", "adopted_by", "relation", "unts_no",
    "unts_vols", "path",
]


@dataclass(frozen=True)
class DocResult:
    """The outcome of extracting one document."""

    path: str
    meta: DocMeta
    lang: str
    mentions: tuple[Mention, ...] = field(default_factory=tuple)
    instruments: tuple[InstrumentFact, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class Disagreement:
    """A manifest value that differs from what the document's text says (the manifest wins)."""

    path: str
    field: str  # id | date | title | lang
    manifest: str
    text: str
    how: str = ""  # where the text's value came from (heading, symbol, detected)

    def __str__(self) -> str:
        how = f" ({self.how})" if self.how else ""
        return (f"xref: {self.path}: manifest {self.field} {self.manifest!r} differs from the "
                f"text's {self.text!r}{how}; the manifest's is kept")


@dataclass(frozen=True)
class FileError:
    """A file that could not be processed, and why (one line for stderr)."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"xref: {self.path}: {self.reason}"
