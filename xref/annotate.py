"""A document as HTML with every reference highlighted in place and linked."""

from __future__ import annotations

import html
import os
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

import jinja2
from markupsafe import Markup

from .export import write_atomic
from .ids import order_key
from .instruments import gazetteer
from .models import DocResult, Mention
from .resolve import undocs_url

__all__ = ["KIND_ORDER", "Segment", "annotate", "annotate_result", "segments", "write_annotated"]

KIND_ORDER = ("resolution", "decision", "document", "instrument")
_TEMPLATES = Path(__file__).parent / "templates"


@dataclass(frozen=True)
class Segment:
    """A run of text ``[start, end)`` and the mentions (indices) that cover all of it."""

    start: int
    end: int
    mentions: tuple[int, ...]


def segments(text: str, mentions: Sequence[Mention]) -> list[Segment]:
    """Cut ``text`` where any mention starts or ends.

    Mentions may overlap (a range printed once for eight resolutions, a
    joint symbol for two documents, a short title inside a longer one) and
    links cannot nest, so the text is cut into runs, each covered by a fixed
    set of mentions; neighbouring runs with the same targets are joined.
    Empty mentions cover nothing.
    """
    cuts = {0, len(text)}
    spans = [(m.start, m.end) for m in mentions]
    for s, e in spans:
        if 0 <= s < e <= len(text):
            cuts.update((s, e))
    points = sorted(cuts)
    by_start: dict[int, list[int]] = {}
    for i, (s, e) in enumerate(spans):
        if 0 <= s < e <= len(text):
            by_start.setdefault(s, []).append(i)
    active: list[int] = []
    out: list[Segment] = []
    for a, b in pairwise(points):
        active = [i for i in active if spans[i][1] > a] + by_start.get(a, [])
        cover = tuple(sorted(active))
        targets = {mentions[i].target for i in cover}
        last = out[-1] if out else None
        if last and last.end == a and cover and last.mentions and \
                {mentions[i].target for i in last.mentions} == targets:
            out[-1] = Segment(last.start, b, tuple(sorted(set(last.mentions) | set(cover))))
        else:
            out.append(Segment(a, b, cover))
    return out


def _href(target: str) -> str:
    return undocs_url(target) or f"#t-{target}"


def _target_info(target: str) -> dict[str, object]:
    inst = gazetteer().get(target) if target.startswith("instrument:") else None
    if inst is None:
        return {"title": "", "url": undocs_url(target), "facts": []}
    facts = [(k, v) for k, v in (("kind", inst.kind), ("adopted", inst.adopted),
                                  ("Treaty Series no.", inst.unts_no)) if v]
    return {"title": inst.title_en or inst.title_zh, "title_zh": inst.title_zh,
            "url": "", "facts": facts, "adopted_by": inst.adopted_by,
            "adopted_by_url": undocs_url(inst.adopted_by) if inst.adopted_by else ""}


def annotate_result(text: str, result: DocResult, *, source: str = "") -> str:
    """The page for ``text`` and its extraction ``result`` (offsets index ``text``).

    Every character of the text appears once, escaped; each reference is a
    link at its exact characters (undocs.org for symbols, the side list's
    gazetteer entry for instruments) titled with its target, relation and
    paragraph. The side list gives each cited text once, grouped by kind,
    with its relations and links to each place it is cited.
    """
    mentions = list(result.mentions)
    segs = segments(text, mentions)
    anchors: dict[int, str] = {}
    parts: list[str] = []
    n_links = 0
    for seg in segs:
        chunk = html.escape(text[seg.start:seg.end])
        if not seg.mentions:
            parts.append(chunk)
            continue
        n_links += 1
        anchor = f"r{n_links}"
        for i in seg.mentions:
            anchors.setdefault(i, anchor)
        ms = [mentions[i] for i in seg.mentions]
        targets = list(dict.fromkeys(m.target for m in ms))
        kinds = {m.target_kind for m in ms}
        kind = kinds.pop() if len(kinds) == 1 else "mixed"
        title = "; ".join(
            f"{m.target} — {m.relation}" + (f", {m.paragraph}" if m.paragraph else "")
            for m in {m.target: m for m in ms}.values())
        cls = f"ref k-{kind}" + (" multi" if len(targets) > 1 else "")
        parts.append(f'<a id="{anchor}" class="{cls}" href="{html.escape(_href(targets[0]))}"'
                     f' title="{html.escape(title)}" data-targets="{html.escape(" ".join(targets))}"'
                     f">{chunk}</a>")
    groups: dict[str, list[dict[str, object]]] = {k: [] for k in KIND_ORDER}
    by_target: dict[str, list[int]] = {}
    for i, m in enumerate(mentions):
        by_target.setdefault(m.target, []).append(i)
    for target in sorted(by_target, key=order_key):
        idx = by_target[target]
        kind = mentions[idx[0]].target_kind
        rels = sorted({mentions[i].relation for i in idx})
        places = list(dict.fromkeys(anchors[i] for i in idx if i in anchors))
        groups.setdefault(kind, []).append({
            "id": target, "anchor": f"t-{target}", "count": len(idx), "relations": rels,
            "places": places, **_target_info(target)})
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(_TEMPLATES), autoescape=True,
                             keep_trailing_newline=True)
    meta = result.meta
    return env.get_template("annotate.html").render(
        doc_id=meta.id, doc_url=undocs_url(meta.id), doc_title=meta.title, doc_date=meta.date,
        source=source, lang=result.lang, body=Markup("".join(parts)),
        groups=[(k, v) for k, v in groups.items() if v], n_mentions=len(mentions),
        n_targets=len(by_target))


def annotate(path: str | os.PathLike[str], *, lang: str | None = None) -> str:
    """Read and extract the file at ``path``; the annotated page as a string.

    Raises ReadError (one line) for a file that cannot be read, or whose
    reading and extraction fail or pass the time limit (see
    :func:`xref.api.read_and_extract`).

    Examples
    --------
    >>> page = annotate("data/seeds/000_c782685030c56564.txt")  # doctest: +SKIP
    >>> 'href="https://undocs.org/A/RES/46/152"' in page  # doctest: +SKIP
    True
    """
    from .api import read_and_extract

    doc, result, _ = read_and_extract(Path(path), lang=lang)
    return annotate_result(doc.text, result, source=os.fspath(path))


def write_annotated(path: str | os.PathLike[str], out: str | os.PathLike[str], *,
                    lang: str | None = None) -> Path:
    """Write the annotated page of ``path`` to ``out``; returns ``out``.

    Raises ReadError for an input that cannot be read and OSError (with a
    one-line message) for an output that cannot be written.
    """
    dest = Path(out)
    if dest.is_dir():
        raise IsADirectoryError(f"{dest}: is a directory; give a file name")
    if not dest.parent.is_dir():
        raise FileNotFoundError(f"{dest.parent}: no such directory")
    text = annotate(path, lang=lang)
    write_atomic(dest, lambda tmp: tmp.write_text(text, encoding="utf-8"))
    return dest
