"""What citing texts say about the texts they cite: dates, titles, the citing sentence."""

from __future__ import annotations

from dataclasses import dataclass

import regex

from .models import DocResult, Mention

__all__ = ["Fact", "clean", "facts_from", "snippet", "title_key"]


@dataclass(frozen=True)
class Fact:
    """One thing a citing text says about a node, and where it says it.

    ``field`` is ``date`` or ``title``; ``how`` is ``printed`` (a date beside
    the number), ``entitled`` (a quoted title: 题为“…”, entitled "…") or
    ``about`` (关于…的, "on …": what the text is about, in the citer's words).
    """

    node: str
    field: str
    value: str
    how: str
    source: str
    start: int


_CJK = r"[\p{Han}\p{InCJK_Symbols_and_Punctuation}\uFF01-\uFF64“”‘’《》]"
_MARKUP = regex.compile(r"<sup>\s*\d{1,3}\s*</sup>|\*\*|\\\*|^#+\s*", regex.MULTILINE)
_MARKER_LINE = regex.compile(r"\n[ \t]*\d{1,3}[ \t]*(?=\n)")
_BREAK = regex.compile(r"[ \t]*\n[\s]*")
_CJK_GAP = regex.compile(rf"(?<={_CJK})[ \t]+|[ \t]+(?={_CJK})")


def clean(raw: str, lang: str) -> str:
    """A window of raw text as one line: markup, footnote-marker lines and line breaks gone.

    Examples
    --------
    >>> clean("的 1991 年 12 月 18\\n\\n日第 46/152 号决议", "zh")
    '的1991年12月18日第46/152号决议'
    """
    text = _MARKUP.sub("", raw)
    text = _MARKER_LINE.sub("", text)
    if lang == "zh":
        text = _BREAK.sub(lambda m: _join_zh(m, text), text)
        text = _CJK_GAP.sub("", text)
    else:
        text = regex.sub(r"-\n\s*(?=[a-z])", "", text)
        text = _BREAK.sub(" ", text)
    return regex.sub(r"[ \t]{2,}", " ", text).strip()


def _join_zh(m: regex.Match[str], text: str) -> str:
    before = text[m.start() - 1] if m.start() else ""
    after = text[m.end()] if m.end() < len(text) else ""
    if regex.match(_CJK, before) or regex.match(_CJK, after):
        return ""
    return " "


# A sentence ends at 。 or ；, and a clause of a resolution at a new paragraph: in
# PDF conversions a line that opens with a space, a number or Markdown markup.
_STOP_ZH = regex.compile(
    r"[。；;]|\n[ \t]*\n(?=[ \t]+\S|\*\*|#|[ \t]*(?:\d+\s*[.．]|[（(][a-z]+[)）]))"
)
_STOP_EN = regex.compile(
    r"(?<=[a-z)\]]\.)\s+(?=[A-Z])|;|\n\s*\n|\n\s*\d{1,3}\.\s|\n\s*\([a-z]{1,4}\)\s"
)


def snippet(text: str, start: int, end: int, lang: str, width: int = 90) -> str:
    """The citing sentence around ``text[start:end]``, on one line, about ``2 × width`` long."""
    stop = _STOP_ZH if lang == "zh" else _STOP_EN
    lo = max(0, start - width * (2 if lang == "zh" else 1))
    hi = min(len(text), end + width * (2 if lang == "zh" else 1))
    left = text[lo:start]
    cut = None
    for cut in stop.finditer(left):
        pass
    left_cut = cut is not None
    if cut is not None:
        left = left[cut.end():]
    right = text[end:hi]
    m = stop.search(right)
    right_cut = m is not None
    if m:
        right = right[: m.start() + (1 if m.group().strip() in "。；;" else 0)]
    before, mid, after = clean(left, lang), clean(text[start:end], lang), clean(right, lang)
    if len(before) > width:
        before, left_cut = "…" + before[-width:], True
    if len(after) > width:
        after, right_cut = after[:width] + "…", True
    elif not right_cut and hi < len(text):
        after += "…"
    if not left_cut and lo > 0:
        before = "…" + before
    joiner = "" if lang == "zh" else " "
    out = before + (joiner if before and not before.endswith(" ") else "") + mid
    if after:
        out += ("" if lang == "zh" or after[0] in ",.;:)" else " ") + after
    return out.strip()


# zh: 关于“标题”的 / 题为“标题”的 / 关于标题的 … [date] [body] 第 (mention)
_ZH_LEAD = regex.compile(r"题为|題為|关于|關於|有关|有關")
_ZH_TITLE = regex.compile(
    r"(?:题为|題為|关于|關於|有关|有關)\s*"
    r"(?:[“「\"](?P<q>[^”」\"]{2,200})[”」\"]|(?P<t>.{2,150}?))\s*的\s*"
    r"(?:(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)?\s*\p{Han}{0,12}?\s*第\s*$"
)
_EN_DATE = (
    r"(?:of|adopted\s+on)\s+\d{1,2}\s+(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\s+\d{4}"
)
_EN_TITLE = regex.compile(
    rf"^\s*(?:[A-Z](?![a-z]))?\s*(?:{_EN_DATE})?\s*,?\s*(?:(?P<lead>entitled|titled)\s*"
    r"[\"“](?P<q>[^\"”]{3,300})[\"”]|on\s+(?P<t>(?:the\s+)?[a-z][^,;.()\"“”]{4,150}))"
)
_NOT_IN_TITLE = regex.compile(r"号决|號決|号、|第\s*\d|\d+\s*/\s*\d+|[。；;]")


_ZH_DATE_BEFORE = regex.compile(
    r"(?P<y>(?:19|20)\d\d)\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日\s*$"
)


def _date_before_lead_zh(window: str) -> str:
    """A date printed before 关于…的 (``2003 年 12 月 22 日关于…的第 58/140 号决议``)."""
    for lead in reversed(list(_ZH_LEAD.finditer(window))):
        if _ZH_TITLE.match(window, lead.start()) is None:
            continue
        m = _ZH_DATE_BEFORE.search(window, 0, lead.start())
        if m:
            return f"{int(m['y']):04d}-{int(m['m']):02d}-{int(m['d']):02d}"
        return ""
    return ""


def _title_zh(window: str) -> tuple[str, str] | None:
    # The lead nearest the number wins: a 关于 further back belongs to
    # another clause far more often than a title holds a 关于 of its own.
    for lead in reversed(list(_ZH_LEAD.finditer(window))):
        before = window[: lead.start()]
        if before.count("《") > before.count("》") or before.count("“") > before.count("”"):
            continue  # a 关于 inside a quoted or bracketed title
        m = _ZH_TITLE.match(window, lead.start())
        if m is None:
            continue
        if m["q"] is not None:
            return m["q"], "entitled"
        title = m["t"]
        if not _NOT_IN_TITLE.search(title) and title[0] not in "，,的":
            return title, "about"
        return None
    return None


def _title_en(window: str) -> tuple[str, str] | None:
    m = _EN_TITLE.match(window)
    if m is None:
        return None
    if m["q"] is not None:
        return m["q"], "entitled"
    return m["t"].strip(), "about"


def _tidy(title: str) -> str:
    return regex.sub(r"\s+", " ", title).strip(" ,，、：:")


def title_key(title: str) -> str:
    """A title reduced for comparison: no spaces, quotes or punctuation, lower case."""
    t = regex.sub(r"[\s\p{P}\p{S}]+", "", title).lower()
    return t.removeprefix("the")


def facts_from(text: str, result: DocResult) -> list[Fact]:
    """Dates and titles that ``result``'s text gives the resolutions and decisions it cites.

    ``text`` is the document as read (mention offsets index it). Each fact
    keeps its citing document and position; two citing texts that disagree
    give two facts.

    Examples
    --------
    >>> from xref.extract import extract_text
    >>> t = "59/159. 标题\\n大会，\\n 回顾其关于“制定方案”的 1991 年 12 月 18 日第 46/152 号决议，"
    >>> r = extract_text(t, "zh")
    >>> [(f.field, f.value, f.how) for f in facts_from(t, r)]
    [('date', '1991-12-18', 'printed'), ('title', '制定方案', 'entitled')]
    """
    out: list[Fact] = []
    mentions: list[Mention] = sorted(result.mentions, key=lambda m: (m.start, m.end, m.target))
    prev_end = 0
    for i, m in enumerate(mentions):
        if m.target_kind not in ("resolution", "decision"):
            prev_end = max(prev_end, m.end)
            continue
        date = m.date
        found = None
        if m.lang == "zh":
            lo = max(prev_end, m.start - 300)
            window = clean(text[lo:m.start], "zh")
            found = _title_zh(window)
            date = date or _date_before_lead_zh(window)
        else:
            nxt = mentions[i + 1].start if i + 1 < len(mentions) else len(text)
            hi = min(len(text), m.end + 400, max(nxt, m.end))
            found = _title_en(clean(text[m.end:hi], "en"))
        if date:
            out.append(Fact(m.target, "date", date, "printed", m.source, m.start))
        if found:
            title = _tidy(found[0])
            if len(title_key(title)) >= 3:
                out.append(Fact(m.target, "title", title, found[1], m.source, m.start))
        prev_end = max(prev_end, m.end)
    return out
