"""Turn the bytes of a PDF, Word, HTML or plain-text file into text, within limits.

Each reader returns the text xref works on (``Document.text``): mentions'
offsets index it, and the annotator highlights it. Readers raise
:class:`ReadError` with a one-line reason and nothing else, whatever the
bytes hold.
"""

from __future__ import annotations

import codecs
import io
import re
import zipfile
from collections import Counter
from dataclasses import dataclass
from html.parser import HTMLParser
from xml.etree import ElementTree

import regex

__all__ = [
    "FORMATS",
    "Limits",
    "ReadError",
    "decode_text",
    "docx_text",
    "html_text",
    "parse_size",
    "pdf_text",
    "sniff",
    "strip_page_furniture",
    "to_text",
]

MB = 1 << 20

# Formats read, by the name recorded on Document.format.
FORMATS = ("text", "pdf", "docx", "html")


class ReadError(Exception):
    """A file that cannot be read as a document; the message is the reason."""


@dataclass(frozen=True)
class Limits:
    """Bounds on what one file may cost.

    ``max_bytes`` is the file's size on disk; ``max_unpacked`` and
    ``max_ratio`` bound what a DOCX (a zip) expands to; ``max_chars`` bounds
    the text a PDF, DOCX or HTML file gives; ``max_line`` is the longest line
    of text accepted; ``seconds + seconds_per_mb * size`` is the time one file
    may take to read and extract (0 disables it).
    """

    max_bytes: int = 50 * MB
    max_unpacked: int = 200 * MB
    max_ratio: int = 200
    max_chars: int = 50 * MB
    max_line: int = 1_000_000
    max_pages: int = 20_000
    seconds: float = 10.0
    seconds_per_mb: float = 5.0

    @classmethod
    def from_options(cls, max_size: int | None = None, time_limit: float | None = None) -> Limits:
        """Limits for the command line's ``--max-size BYTES`` and ``--time-limit SECONDS``.

        ``max_size`` bounds the file on disk; the text a PDF, DOCX or HTML file
        may give and what a DOCX may unpack to are raised with it (never
        lowered below the defaults). ``time_limit`` scales the time budget:
        that many seconds per file plus half as many per MB (the default, 10,
        gives 10 s + 5 s/MB); 0 turns the time limit off.
        """
        base = cls()
        kw: dict[str, float] = {}
        if max_size is not None:
            if max_size <= 0:
                raise ValueError("the size limit must be above 0")
            kw.update(max_bytes=max_size, max_chars=max(base.max_chars, max_size),
                      max_unpacked=max(base.max_unpacked, 4 * max_size))
        if time_limit is not None:
            if time_limit < 0:
                raise ValueError("the time limit must be 0 (none) or more seconds")
            kw.update(seconds=float(time_limit),
                      seconds_per_mb=base.seconds_per_mb * time_limit / base.seconds)
        return cls(**kw)  # type: ignore[arg-type]

    def time_budget(self, size: int) -> float:
        """Seconds allowed for a file of ``size`` bytes (0: no limit)."""
        if self.seconds <= 0:
            return 0.0
        return self.seconds + self.seconds_per_mb * size / MB


# -- what a file is --------------------------------------------------------------

_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"\x1f\x8b", "gzip data"),
    (b"BZh", "bzip2 data"),
    (b"\xfd7zXZ\x00", "xz data"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
    (b"\x7fELF", "an executable"),
    (b"MZ", "an executable"),
    (b"SQLite format 3\x00", "an SQLite database"),
)
_HTML_HEAD = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta)\b",
                        re.IGNORECASE | re.DOTALL)


def sniff(data: bytes, suffix: str = "") -> str:
    """The format of ``data``: ``pdf``, ``docx``, ``html`` or ``text``.

    Raises ReadError for formats xref does not read (old Word ``.doc``,
    RTF, images, archives), naming what the file is.
    """
    head = data[:1024]
    suffix = suffix.lower()
    if b"%PDF-" in head:
        return "pdf"
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return "docx"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        raise ReadError("old Word .doc (or a password-protected Office file) is not supported; "
                        "save it as DOCX or PDF")
    if head.startswith(b"{\\rtf"):
        raise ReadError("RTF is not supported; save it as DOCX or PDF")
    for magic, what in _MAGIC:
        if head.startswith(magic):
            raise ReadError(f"binary file ({what}), not a document")
    if suffix in (".html", ".htm", ".xhtml"):
        return "html"
    probe = head.removeprefix(codecs.BOM_UTF8)
    if _HTML_HEAD.match(probe) or _HTML_HEAD.match(_ascii_of_utf16(probe)):
        return "html"
    if suffix != ".md" and b"</" in data[:65536]:
        # A page saved as text with its markup: "<p>麻醉药品委员会，</p>", "<h2>…</h2>".
        window = data[:65536]
        lines = [ln.lstrip() for ln in window.splitlines() if ln.strip()]
        tags = [k for k, ln in enumerate(lines) if ln.startswith(b"<")]
        if (len(_HTML_BLOCK.findall(window)) >= 3 and _HTML_CLOSE.search(window)
                and len(tags) >= 0.5 * len(lines) and tags[0] <= max(5, 0.2 * len(lines))
                and not _HTML_TABLE_TAG.match(lines[tags[0]])
                and not _MD_FOOTNOTE.search(window)):
            # Markup from the top and on most lines (a text keeping one HTML table at its end is text).
            return "html"
    return "text"


_HTML_BLOCK = re.compile(rb"(?m)^[ \t]*<(?:p|h[1-6]|li|div|tr|td|table)\b[^>\n]*>", re.IGNORECASE)
_HTML_CLOSE = re.compile(rb"</(?:p|h[1-6]|li|div|td)>", re.IGNORECASE)
_HTML_TABLE_TAG = re.compile(rb"<(?:table|tr|td|th|tbody|thead)\b", re.IGNORECASE)
_MD_FOOTNOTE = re.compile(rb"(?m)^\[\^\d{1,3}\]:")


def _ascii_of_utf16(head: bytes) -> bytes:
    if head[:2] == b"\xff\xfe":
        return head[2::2]
    if head[:2] == b"\xfe\xff":
        return head[3::2]
    return b""


_SIZE = re.compile(r"\s*(\d+(?:\.\d+)?)\s*([kmgt]?)(?:i?b)?\s*", re.IGNORECASE)


def parse_size(text: str) -> int:
    """Bytes from ``50MB``, ``1.5G``, ``200k`` or a plain number of bytes (binary units).

    Raises ValueError with a one-line reason.

    >>> parse_size("50MB"), parse_size("1.5G"), parse_size("4096")
    (52428800, 1610612736, 4096)
    """
    m = _SIZE.fullmatch(text or "")
    if not m:
        raise ValueError(f"{text!r} is not a size; write it as 50MB, 1.5GB or a number of bytes")
    n = float(m[1]) * (1 << (10 * " kmgt".index(m[2].lower() or " ")))
    if n < 1:
        raise ValueError(f"{text!r}: the size limit must be at least 1 byte")
    return int(n)


def to_text(data: bytes, fmt: str, limits: Limits) -> tuple[str, str]:
    """The text of ``data`` read as ``fmt``, and the text encoding it used ("" for PDF)."""
    if fmt == "pdf":
        return pdf_text(data, limits), ""
    if fmt == "docx":
        return docx_text(data, limits), "utf-8"
    if fmt == "html":
        return html_text(data, limits)
    return decode_text(data)


# -- plain text and its encodings ---------------------------------------------------

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Detected names mapped to the codec that decodes the whole family: GB18030
# is a superset of GBK and GB2312, cp950 of Big5, cp1252 of Latin-1's
# printable range (Windows archives are cp1252 even when they say latin-1).
_FAMILY = {
    "gb2312": ("gb18030",),
    "gbk": ("gb18030",),
    "gb18030": ("gb18030",),
    "hz": ("hz",),
    "big5": ("big5", "cp950", "big5hkscs"),
    "cp950": ("cp950", "big5hkscs"),
    "big5hkscs": ("big5hkscs",),
    "latin_1": ("cp1252", "latin_1"),
    "iso8859_1": ("cp1252", "latin_1"),
    "iso8859_15": ("cp1252", "iso8859_15"),
    "cp1252": ("cp1252",),
}
# Korean and Japanese codecs: the UN publishes in neither, and short Chinese
# samples are often taken for them.
_EXCLUDED = ["cp949", "euc_kr", "johab", "iso2022_kr", "shift_jis", "cp932", "euc_jp",
             "iso2022_jp", "shift_jis_2004", "shift_jisx0213", "euc_jis_2004", "euc_jisx0213"]
# Single-byte Latin codecs that detection may name for a Windows-1252 text.
_LATIN = frozenset({"latin_1", "iso8859_1", "iso8859_2", "iso8859_9", "iso8859_15",
                    "iso8859_16", "cp1250", "cp1252", "cp1254", "cp1257", "mac_roman",
                    "mac_latin2", "cp437", "cp850", "cp858"})
# Fallback candidates when detection gives nothing, most likely first.
_CANDIDATES = ("gb18030", "cp950", "cp1252")
# Characters no text holds: controls, unassigned and private-use code points.
_JUNK = regex.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\p{Cn}\p{Co}\p{Cs}]")


def _strip_bom(data: bytes) -> tuple[bytes, str] | None:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data[len(bom):], name
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4096]
    pairs = len(sample) // 2
    if pairs < 8:
        return None
    # ASCII characters (spaces, digits, line ends) put a zero byte on one
    # side of their pair only; Chinese text has few of them, but some.
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    if odd >= 2 and even <= 0.05 * odd:
        return "utf-16-le"
    if even >= 2 and odd <= 0.05 * even:
        return "utf-16-be"
    return None


def _decode_strict(data: bytes, names: tuple[str, ...]) -> tuple[str, str] | None:
    for name in names:
        try:
            return data.decode(name), name
        except (UnicodeDecodeError, LookupError):
            continue
    return None


def _plausible(text: str) -> bool:
    """Text, not binary that happened to decode: few control characters."""
    sample = text[:65536]
    return len(_JUNK.findall(sample)) <= max(2, len(sample) // 200)


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode the bytes of a text file; return the text and the encoding used.

    A byte-order mark decides first (and is dropped from the text), then
    strict UTF-8, then UTF-16 without a mark, then detection
    (charset-normalizer), whose answer is widened to its family's superset
    (GB2312/GBK → GB18030, Big5 → cp950, Latin-1 → Windows-1252).

    Examples
    --------
    >>> decode_text("第 46/152 号决议".encode("gb18030"))
    ('第 46/152 号决议', 'gb18030')
    >>> decode_text("第 46/152 號決議".encode("big5"))
    ('第 46/152 號決議', 'big5')
    """
    bom = _strip_bom(data)
    if bom is not None:
        body, name = bom
        codec = name.replace("-sig", "")
        try:
            text = body.decode(codec)
        except UnicodeDecodeError as exc:
            raise ReadError(f"binary file, or not valid {codec.upper()} (byte offset "
                            f"{exc.start + len(data) - len(body)})") from None
        if not _plausible(text):
            raise ReadError(f"binary file, not {codec.upper()} text")
        return text, name
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        # An odd last byte is a file cut short: it reads as a replacement character.
        text = data.decode(utf16, errors="replace")
        if "\ufffd" not in text[:-1] and _plausible(text):
            return text, utf16
    if b"\x00" in data[:8192]:
        raise ReadError("binary file, not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    found = _detect(data)
    if found is None:
        b = data[utf8_error.start]
        raise ReadError(f"unknown text encoding (not UTF-8: byte 0x{b:02x} at offset "
                        f"{utf8_error.start}; not GB18030, Big5 or Windows-1252 either)")
    text, name = found
    if not _plausible(text):
        raise ReadError("binary file, not text")
    return text, name


def _detect(data: bytes) -> tuple[str, str] | None:
    from charset_normalizer import from_bytes

    # A file cut short ends in half a character, which detection refuses.
    for cut in (0, 1, 2, 3):
        body = data[: len(data) - cut]
        best = from_bytes(body, cp_exclusion=_EXCLUDED).best() if body else None
        if best is None:
            continue
        name = best.encoding
        names = _FAMILY.get(name, (name,))
        if name in _LATIN:
            names = ("cp1252", *names)
        elif names[0] in ("gb18030", "big5", "cp950"):
            # Simplified and Traditional share their byte ranges; short
            # samples fool detection, so the readings are weighed.
            names = tuple(sorted(("gb18030", "cp950"), key=lambda n: (
                _mojibake(body.decode(n, errors="replace"), n), n != names[0])))
            names = tuple("big5" if n == "cp950" and _decode_strict(body, ("big5",)) else n
                          for n in names)
        got = _decode_strict(body, names)
        if got is not None:
            if cut:
                return data.decode(got[1], errors="replace"), got[1]
            return got
        break
    # Detection gave up: the candidate whose reading looks least like mojibake.
    scored = sorted((_mojibake(data.decode(name, errors="replace"), name), k, name)
                    for k, name in enumerate(_CANDIDATES))
    bad, _, name = scored[0]
    text = data.decode(name, errors="replace")
    if bad <= max(2, len(text) // 50):
        return text, name
    return None


_HAN_CHAR = regex.compile(r"\p{Han}")
_LATIN_HIGH = regex.compile(r"[\u0080-\u00ff\u0152-\u2122]")


def _mojibake(text: str, name: str) -> int:
    """How wrong a reading looks: replacements, and characters rare in that script."""
    score = 100 * text.count("\ufffd") + 10 * len(_JUNK.findall(text))
    if name == "cp1252":
        return score + len(_LATIN_HIGH.findall(text))
    rare = 0
    for ch in _HAN_CHAR.findall(text):
        try:
            code = ch.encode("gb2312" if name == "gb18030" else "big5")
        except UnicodeEncodeError:
            rare += 1
            continue
        if name != "gb18030" and code[0] > 0xC6:
            rare += 1  # outside Big5's frequent characters
    return score + 2 * rare


# -- PDF ----------------------------------------------------------------------------

# Page furniture at the top or bottom of a page: a page number in words or
# dashes ("Page 3", "- 3 -", "第 3 页", "3/12"), a UN job number ("09-41234
# (C)", with its date and bar code), a bar code. A bare number is a page
# number only when it follows the pages' order (it may be a footnote marker).
_PAGE_WORDS = re.compile(
    r"-\s*\d{1,4}\s*-|(?:Page|Página|Страница)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?|"
    r"第\s*\d{1,4}\s*[页頁]|\d{1,4}\s*/\s*\d{1,4}(?:\s*[页頁])?",
    re.IGNORECASE,
)
_BARE = re.compile(r"\d{1,4}")
_JOB = re.compile(r"\d{2}-\d{5}(?:\s*\([A-Z]\))?(?:\s+\S+){0,3}|\*\d{7}\*|[A-Z]?\d{7}")
_SYMBOLISH = re.compile(r"[A-Z]{1,6}(?:\.\d+)?(?:/[A-Za-z0-9.\-]+){1,7}")
_DIGITS = re.compile(r"\d+")
_CJK_BREAK = re.compile(r"(?:(?<=[\u3000-\u9fff\uff00-\uffef])|(?<=[A-Z\d]/))[ \t]*\r?\n\s*(?=[\u3000-\u9fff\uff00-\uffef\d])")
_SPACE = re.compile(r"\s+")
_ZONE = 3  # lines looked at, at the top and at the bottom of each page


def _key(line: str) -> str:
    return _DIGITS.sub("#", _SPACE.sub("", line))


def _page_number(part: str, where: tuple[str, int], offsets: set[tuple[str, int]]) -> bool:
    if _PAGE_WORDS.fullmatch(part):
        return True
    zone, page = where
    return bool(_BARE.fullmatch(part)) and (zone, int(part) - page) in offsets


def _is_furniture_alone(line: str, where: tuple[str, int], offsets: set[tuple[str, int]]) -> bool:
    s = line.strip()
    if _page_number(s, where, offsets) or _JOB.fullmatch(s):
        return True
    # "A/64/123 3", "2 09-41234": a symbol or job number beside a page number.
    parts = s.split()
    return len(parts) == 2 and any(_page_number(p, where, offsets) for p in parts) and any(
        _SYMBOLISH.fullmatch(p) or _JOB.fullmatch(p) for p in parts)


def _numbering(
    pages: list[list[str]], edges: list[tuple[list[int], list[int]]]
) -> set[tuple[str, int]]:
    """Where pages print their numbers: (top or bottom, number - page index) seen twice."""
    seen: Counter[tuple[str, int]] = Counter()
    for p, (lines, (top, bottom)) in enumerate(zip(pages, edges, strict=True)):
        found = set()
        for zone, idx in (("top", top), ("bottom", bottom)):
            for i in idx:
                for part in lines[i].split():
                    if _BARE.fullmatch(part):
                        found.add((zone, int(part) - p))
        seen.update(found)
    need = 1 if len(pages) == 1 else 2
    return {key for key, c in seen.items() if c >= need and -2 <= key[1] <= 2}


def strip_page_furniture(pages: list[list[str]]) -> list[list[str]]:
    """Drop running headers and footers from the pages' lines.

    A line at the top or bottom edge of a page (blank lines skipped) goes
    when it is a page number, a job number or bar code, or when the same
    line (digits aside) stands at the edge of other pages: the document's
    own symbol, its short title, "A/64/123 Page 3"; a symbol alone atop a
    page is a running header even when it is printed once. The top of the first
    page is the masthead, which names the document, and is kept.

    Examples
    --------
    >>> pages = [["61/181. 标题", "正文"], ["A/RES/61/181", "正文二", "2"],
    ...          ["A/RES/61/181", "正文三", "3"]]
    >>> strip_page_furniture(pages)
    [['61/181. 标题', '正文'], ['正文二'], ['正文三']]
    """
    if not pages:
        return pages
    edges: list[tuple[list[int], list[int]]] = []
    for lines in pages:
        filled = [i for i, ln in enumerate(lines) if ln.strip()]
        edges.append((filled[:_ZONE], filled[::-1][:_ZONE]))
    offsets = _numbering(pages, edges)
    seen: Counter[str] = Counter()
    for lines, (top, bottom) in zip(pages, edges, strict=True):
        seen.update({_key(lines[i]) for i in top + bottom})
    n = len(pages)
    need = 2 if n <= 4 else max(2, int(0.4 * n))
    # A repeated bare number is a page number or nothing: the order decides.
    repeated = {k for k, c in seen.items() if c >= need and k.strip("#")}

    out = []
    for p, (lines, (top, bottom)) in enumerate(zip(pages, edges, strict=True)):

        def furniture(line: str, zone: str, page: int = p) -> bool:
            # A symbol alone atop a page after the first is the running header.
            return (_key(line) in repeated or _is_furniture_alone(line, (zone, page), offsets)
                    or (zone == "top" and bool(_SYMBOLISH.fullmatch(line.strip()))))

        drop: set[int] = set()
        if p > 0:
            for i in top:
                if not furniture(lines[i], "top"):
                    break
                drop.add(i)
        for i in bottom:
            if i in drop or not furniture(lines[i], "bottom"):
                break
            drop.add(i)
        out.append([ln for i, ln in enumerate(lines) if i not in drop])
    return out


_MAX_OBJECTS = 5000  # page objects looked through for a footnote rule
_RULE_TEXT = "__________"


def _footnote_rule(page: object, width: float) -> float | None:
    """The height of the short horizontal line that opens the footnotes, if drawn.

    Tables draw many rules; a page with more than a few is not searched.
    """
    import pypdfium2.raw as pdfium_c

    rules = []
    for k, obj in enumerate(page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH], max_depth=1)):  # type: ignore[attr-defined]
        if k >= _MAX_OBJECTS:
            return None
        left, bottom, right, top = obj.get_bounds()
        if top - bottom <= 2.0 and 30.0 <= right - left <= 0.6 * width:
            rules.append(bottom)
    if not rules or len(rules) > 4:
        return None
    return min(rules)


def _page_lines(textpage: object, n_chars: int, rule: float | None = None) -> list[str]:
    """The lines of one page, with paragraph gaps as blank lines and indents as a space.

    PDFium gives the text with line breaks; the boxes of each line's first
    character tell how far down and how far in it starts, which is all the
    paragraph finder needs (a first-line indent, a gap between paragraphs).
    A footnote rule drawn at height ``rule`` becomes a line of underscores,
    as text conversions print it.
    """
    raw = textpage.get_text_range(0, n_chars)  # type: ignore[attr-defined]
    raw = raw.replace("\x00", "").replace("\ufffe", "").replace("\x02", "")
    lines = re.split(r"\r\n|\r|\n", raw)
    if len(raw) != n_chars:
        # Characters and boxes are out of step (surrogates, dropped marks): no layout.
        return [ln.rstrip() for ln in lines]
    rows: list[tuple[str, float, float, float]] = []  # text, left, bottom, height
    pos = 0
    for ln in re.split(r"(\r\n|\r|\n)", raw):
        if ln in ("\r\n", "\r", "\n"):
            pos += len(ln)
            continue
        text = ln.rstrip()
        lead = len(text) - len(text.lstrip())
        if text.strip():
            # The loose box spans the font's height and advance, so digits,
            # brackets and ideographs line up as they are set.
            left, bottom, _, top = textpage.get_charbox(pos + lead, loose=True)  # type: ignore[attr-defined]
            rows.append((text.strip(), left, bottom, max(top - bottom, 0.0)))
        pos += len(ln)
    if not rows:
        return []
    heights = sorted(h for _, _, _, h in rows if h > 0)
    size = heights[len(heights) // 2] if heights else 10.0
    margin = min(left for _, left, _, _ in rows)
    # The line step is the smallest advance down the page that is a whole
    # line (superscripts and subscripts move less than that).
    gaps = [rows[i][2] - rows[i + 1][2] for i in range(len(rows) - 1)]
    step = min((g for g in gaps if g >= 0.9 * size), default=size * 1.2)
    out: list[str] = []
    for i, (text, left, bottom, _) in enumerate(rows):
        if rule is not None and bottom < rule and (i == 0 or rows[i - 1][2] >= rule):
            out.extend(["", _RULE_TEXT])
        elif i and rows[i - 1][2] - bottom > 1.5 * step:
            out.append("")
        indent = left - margin > 0.8 * size
        out.append((" " + text) if indent else text)
    return out


def pdf_text(data: bytes, limits: Limits | None = None) -> str:
    """The text layer of a PDF, page by page, running headers and footers removed.

    Uses PDFium (pypdfium2). Raises ReadError for an encrypted, damaged,
    truncated or image-only PDF.
    """
    import pypdfium2 as pdfium

    limits = limits or Limits()
    if b"%%EOF" not in data[-4096:]:
        raise ReadError("truncated PDF (no %%EOF at the end: the file was cut short)")
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        msg = str(exc).lower()
        if "password" in msg or "security" in msg:
            raise ReadError("encrypted PDF (needs a password)") from None
        if "format" in msg or "file" in msg:
            raise ReadError("damaged PDF (PDFium cannot parse it)") from None
        raise ReadError(f"damaged PDF ({exc})") from None
    try:
        n = len(pdf)
        if n > limits.max_pages:
            raise ReadError(f"PDF has {n} pages, over the limit of {limits.max_pages}")
        pages: list[list[str]] = []
        total = 0
        for i in range(n):
            page = pdf[i]
            try:
                rule = _footnote_rule(page, page.get_width())
                tp = page.get_textpage()
                try:
                    lines = _page_lines(tp, tp.count_chars(), rule)
                finally:
                    tp.close()
            finally:
                page.close()
            total += sum(map(len, lines))
            if total > limits.max_chars:
                raise ReadError(f"PDF text over the limit of {limits.max_chars} characters")
            pages.append(lines)
    except pdfium.PdfiumError as exc:
        raise ReadError(f"damaged PDF ({exc})") from None
    finally:
        pdf.close()
    pages = strip_page_furniture(pages)
    text = "\n".join("\n".join(lines) for lines in pages if lines)
    if not text or text.isspace():
        raise ReadError("PDF has no text layer (a scan?); run OCR on it first")
    return text + "\n"


# -- DOCX ---------------------------------------------------------------------------

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _read_part(zf: zipfile.ZipFile, name: str, budget: list[int]) -> bytes | None:
    try:
        info = zf.getinfo(name)
    except KeyError:
        return None
    out = bytearray()
    with zf.open(info) as f:
        while True:
            chunk = f.read(1 << 16)
            if not chunk:
                break
            out += chunk
            budget[0] -= len(chunk)
            if budget[0] < 0:
                raise ReadError("DOCX expands past the size limit (a zip bomb?)")
    if b"<!DOCTYPE" in out[:4096] or b"<!ENTITY" in out[:4096]:
        raise ReadError("DOCX part with a DTD (not written by Word; refused)")
    return bytes(out)


def docx_text(data: bytes, limits: Limits | None = None) -> str:
    """The text of a Word (DOCX) file: body paragraphs one per line, then footnotes.

    Footnote references become ``[^n]`` markers and footnote bodies
    ``[^n]: …`` lines (numbered in order of reference, as Word shows them),
    which the normaliser reads as it reads Markdown. Page headers and footers
    are not read. Raises ReadError for a damaged, encrypted or
    over-expanding (zip bomb) file.
    """
    limits = limits or Limits()
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise ReadError("damaged or truncated DOCX (not a readable zip)") from None
    with zf:
        names = set(zf.namelist())
        if "word/document.xml" not in names:
            what = "an OpenDocument file" if "content.xml" in names else "a zip archive"
            raise ReadError(f"{what}, not a Word document (no word/document.xml)")
        parts = [n for n in ("word/document.xml", "word/footnotes.xml", "word/endnotes.xml")
                 if n in names]
        infos = [zf.getinfo(n) for n in parts]
        declared = sum(i.file_size for i in infos)
        if declared > limits.max_unpacked:
            raise ReadError(f"DOCX expands to {declared // MB} MB, over the limit of "
                            f"{limits.max_unpacked // MB} MB (a zip bomb?)")
        for i in infos:
            if i.file_size > MB and i.file_size > limits.max_ratio * max(i.compress_size, 1):
                raise ReadError(f"DOCX part {i.filename} expands {i.file_size // max(i.compress_size, 1)}"
                                f"-fold (a zip bomb?)")
        if any(i.flag_bits & 0x1 for i in infos):
            raise ReadError("encrypted DOCX (needs a password)")
        budget = [limits.max_unpacked]
        try:
            body = _read_part(zf, "word/document.xml", budget) or b""
            notes = _read_part(zf, "word/footnotes.xml", budget)
            endnotes = _read_part(zf, "word/endnotes.xml", budget)
        except (zipfile.BadZipFile, OSError, EOFError, RuntimeError, ValueError,
                NotImplementedError) as exc:
            raise ReadError(f"damaged DOCX ({_one_line(exc)})") from None
    numbers: dict[str, str] = {}
    try:
        lines = _wordml_paragraphs(body, numbers)
        foot = _wordml_notes(notes, "footnote", numbers) if notes else []
        end = _wordml_notes(endnotes, "endnote", {}) if endnotes else []
    except ElementTree.ParseError as exc:
        raise ReadError(f"damaged DOCX (bad XML: {exc})") from None
    text = "\n".join(lines + foot + end)
    if len(text) > limits.max_chars:
        raise ReadError(f"DOCX text over the limit of {limits.max_chars} characters")
    if not text or text.isspace():
        raise ReadError("DOCX has no text")
    return text + "\n"


def _wordml_paragraphs(xml: bytes, numbers: dict[str, str], marks: bool = True) -> list[str]:
    """One line per ``w:p``; ``numbers`` collects footnote ids in order of reference."""
    lines: list[str] = []
    cur: list[str] = []
    for event, el in ElementTree.iterparse(io.BytesIO(xml), events=("end",)):
        tag = el.tag
        if tag == _W + "t":
            cur.append(el.text or "")
        elif tag == _W + "tab":
            cur.append("\t")
        elif tag in (_W + "br", _W + "cr"):
            cur.append("\n")
        elif tag == _W + "noBreakHyphen":
            cur.append("-")
        elif tag == _W + "footnoteReference" and marks:
            fid = el.get(_W + "id", "")
            num = numbers.setdefault(fid, str(len(numbers) + 1))
            cur.append(f"[^{num}]")
        elif tag == _W + "p":
            lines.append("".join(cur))
            cur = []
            el.clear()
    if cur:
        lines.append("".join(cur))
    return lines


def _wordml_notes(xml: bytes, kind: str, numbers: dict[str, str]) -> list[str]:
    root = ElementTree.fromstring(xml)
    found: list[tuple[int, str, list[str]]] = []
    for k, note in enumerate(root.iter(_W + kind)):
        if note.get(_W + "type") in ("separator", "continuationSeparator",
                                     "continuationNotice"):
            continue
        fid = note.get(_W + "id", "")
        paras = _wordml_paragraphs(ElementTree.tostring(note), {}, marks=False)
        paras = [p.strip() for p in paras if p.strip()]
        if not paras:
            continue
        num = numbers.get(fid, "")
        order = int(num) if num else len(numbers) + k + 1
        found.append((order, num, paras))
    out: list[str] = []
    for _, num, paras in sorted(found, key=lambda x: x[0]):
        first = f"[^{num}]: {paras[0]}" if num else paras[0]
        out.extend([first, *paras[1:]])
    return out


# -- HTML ---------------------------------------------------------------------------

_BLOCK = frozenset(
    ["address", "article", "aside", "blockquote", "caption", "center", "dd", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "thead", "tfoot", "tr", "ul"]
)
_SKIP = frozenset(["script", "style", "template", "head", "title", "noscript", "svg", "object", "iframe"])
_VOID = frozenset(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"])
_NOTE_NUM = re.compile(r"\[?\s*(\d{1,3})\s*\]?")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.IGNORECASE)


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skip = 0
        self.pre = 0
        self.note: list[str] | None = None  # text of a <sup> or footnote link
        self.note_kind = ""
        self.note_depth = 0
        self.fresh = True  # nothing printed since the last block opened
        self.note_fresh = False

    def _nl(self, n: int = 1) -> None:
        self.out.append("\n" * n)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skip += 1
            return
        if self.skip:
            return
        if tag == "br":
            self._nl()
        elif tag in ("td", "th"):
            self.out.append("\t")
        elif tag in _BLOCK:
            self._nl(2 if tag in ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr") else 1)
            self.fresh = True
            if tag == "pre":
                self.pre += 1
        if self.note is not None:
            self.note_depth += tag not in _VOID
            return
        href = dict(attrs).get("href") or ""
        if tag == "sup":
            self.note, self.note_kind, self.note_depth = [], "ref", 0
            self.note_fresh = self.fresh  # "<p><sup>3</sup> 联合国，《条约汇编》…": a footnote's own number
        elif tag == "a" and href.startswith(("#_ftnref", "#_ednref")):
            self.note, self.note_kind, self.note_depth = [], "body", 0
        elif tag == "a" and href.startswith(("#_ftn", "#_edn")):
            self.note, self.note_kind, self.note_depth = [], "ref", 0

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
            return
        if self.skip:
            return
        if self.note is not None:
            if self.note_depth and tag not in _VOID:
                self.note_depth -= 1
            elif tag in ("sup", "a"):
                text = "".join(self.note)
                m = _NOTE_NUM.fullmatch(text.strip())
                if m and (self.note_kind == "body" or self.note_fresh):
                    self.out.append(f"[^{m.group(1)}]: ")
                elif m:
                    self.out.append(f"[^{m.group(1)}]")
                else:
                    self.out.append(text)
                self.note = None
                return
        if tag == "pre":
            self.pre = max(0, self.pre - 1)
        if tag in _BLOCK:
            self._nl(2 if tag in ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr") else 1)

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        if not self.pre:
            # A line break between two Chinese characters, or after a symbol's slash, is no space
            # (as browsers render it): "前体的⏎   报告（E/INCB/⏎   2023/4）".
            data = _SPACE.sub(" ", _CJK_BREAK.sub("", data))
        if self.note is None and data.strip():
            self.fresh = False
        (self.note if self.note is not None else self.out).append(data)


def html_text(data: bytes, limits: Limits | None = None) -> tuple[str, str]:
    """The visible text of an HTML page (ODS and undocs pages, Word's HTML) and its encoding.

    Scripts, styles and the head are dropped; blocks (paragraphs, headings,
    list items, table rows) become lines separated by a blank line; footnote
    references (``<sup>1</sup>``, Word's ``#_ftn1`` links) become ``[^1]``.
    """
    limits = limits or Limits()
    bom = _strip_bom(data)
    if bom is not None:
        text, encoding = decode_text(data)
    else:
        declared = _META_CHARSET.search(data[:4096])
        got = None
        try:
            got = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            if declared:
                name = declared.group(1).decode("ascii").lower()
                try:
                    codec = codecs.lookup(name).name
                    got = _decode_strict(data, _FAMILY.get(codec.replace("-", "_"), (codec,)))
                except LookupError:
                    got = None
        text, encoding = got if got is not None else decode_text(data)
    parser = _TextParser()
    try:
        parser.feed(text)
        parser.close()
    except (AssertionError, ValueError) as exc:  # html.parser's own failures
        raise ReadError(f"damaged HTML ({_one_line(exc)})") from None
    out = "".join(parser.out)
    out = "\n".join(line.strip(" \t") for line in out.split("\n"))
    out = re.sub(r"\n{3,}", "\n\n", out).strip("\n")
    out = re.sub(r"(\[\^\d{1,3}\]:) *", r"\1 ", out)
    if len(out) > limits.max_chars:
        raise ReadError(f"HTML text over the limit of {limits.max_chars} characters")
    if not out or out.isspace():
        raise ReadError("HTML page has no text")
    return out + "\n", encoding


def _one_line(exc: BaseException) -> str:
    msg = " ".join(str(exc).split())
    return (msg[:160] + "…") if len(msg) > 160 else (msg or type(exc).__name__)
