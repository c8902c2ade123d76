"""PDF, DOCX, HTML and old encodings read into the same references as the text files.

The PDF and DOCX files are made here from the sample corpus (reportlab's
built-in CID fonts STSong-Light and MSung-Light need no font file), with a
running header (the document's symbol), page numbers and a job number on
every page, as UN documents print them.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import pandas as pd
import pytest

import xref
from xref.formats import Limits, ReadError, decode_text, html_text, strip_page_furniture
from xref.ingest import Manifest, ManifestError, read_document

from .conftest import ROOT

SEEDS = sorted((ROOT / "data" / "seeds").glob("*.txt"))
HANT = ROOT / "tests" / "fixtures" / "zh" / "S_RES_1624_2005_hant.txt"
EN = ROOT / "tests" / "fixtures" / "en" / "A_RES_61_185.txt"


# -- making PDF and DOCX files from text ---------------------------------------------


def make_pdf(text: str, header: str = "", job: str = "", lines_per_page: int = 40,
             size: float = 8.0, encrypt: tuple[str, str] | None = None) -> bytes:
    """A PDF of ``text``, one text line per PDF line, with UN page furniture.

    A leading space is a first-line indent, a blank line a gap, a line of 20
    or more spaces (how the seeds' converter printed the footnote rule) a
    drawn rule. Pages after the first carry ``header``; every page a page
    number and ``job``.
    """
    from reportlab.lib.pdfencrypt import StandardEncryption
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    font = "STSong-Light"
    try:
        text.encode("gb2312")
    except UnicodeEncodeError:
        font = "MSung-Light"  # Traditional characters: the Adobe-CNS1 font
    if font not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(font))
    lines = text.split("\n")
    width = max(595.0, size * max(map(len, lines), default=0) + 144)
    buf = io.BytesIO()
    enc = StandardEncryption(encrypt[0], ownerPassword=encrypt[1]) if encrypt else None
    c = canvas.Canvas(buf, pagesize=(width, 842), invariant=1, encrypt=enc)
    pages = [lines[i:i + lines_per_page] for i in range(0, len(lines), lines_per_page)]
    for n, page in enumerate(pages or [[]], 1):
        c.setFont(font, size)
        if header and n > 1:
            c.drawString(72, 800, header)
        y = 770.0
        for ln in page:
            stripped = ln.strip()
            if stripped:
                indent = size * 2 if ln[:1].isspace() else 0
                c.drawString(72 + indent, y, stripped)
            elif len(ln) >= 20:
                c.line(72, y + size / 2, 216, y + size / 2)
            y -= size * 1.8
        c.drawString(width / 2, 40, str(n))
        if job:
            c.drawString(72, 28, job if n > 1 else f"{job} (C)")
        c.showPage()
    c.save()
    return buf.getvalue()


_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _para(text: str) -> str:
    return f'<w:p><w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


def make_docx(text: str, footnotes: dict[str, str] | None = None,
              header: str = "") -> bytes:
    """A Word file of ``text``, one paragraph per line; ``[^n]`` becomes a footnote reference."""
    body = []
    for line in text.split("\n"):
        runs = []
        for k, part in enumerate(line.split("[^")):
            if k:
                num, _, part = part.partition("]")
                runs.append(f'<w:r><w:footnoteReference w:id="{int(num) + 1}"/></w:r>')
            if part:
                runs.append(f'<w:r><w:t xml:space="preserve">{escape(part)}</w:t></w:r>')
        body.append(f"<w:p>{''.join(runs)}</w:p>")
    doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {_W}>'
           f"<w:body>{''.join(body)}</w:body></w:document>")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        z.writestr("word/document.xml", doc)
        if header:
            z.writestr("word/header1.xml", f"<w:hdr {_W}>{_para(header)}</w:hdr>")
        if footnotes:
            notes = "".join(
                f'<w:footnote w:id="{int(k) + 1}"><w:p><w:r><w:footnoteRef/></w:r>'
                f'<w:r><w:t xml:space="preserve"> {escape(v)}</w:t></w:r></w:p></w:footnote>'
                for k, v in footnotes.items())
            z.writestr("word/footnotes.xml",
                       f'<w:footnotes {_W}><w:footnote w:type="separator" w:id="-1">'
                       f"<w:p/></w:footnote>{notes}</w:footnotes>")
    return buf.getvalue()


def _keys(result: xref.ExtractResult) -> set[tuple[str, str, str, str, str]]:
    m = result.mentions
    return set(zip(m.source, m.target, m.paragraph, m.relation, m.via, strict=True))


def _edges(result: xref.ExtractResult) -> pd.DataFrame:
    cols = ["source", "target", "target_kind", "mentions", "relations", "first_paragraph"]
    return result.edges[cols].sort_values(["source", "target"]).reset_index(drop=True)


@pytest.fixture(scope="module")
def seeds_result() -> xref.ExtractResult:
    return xref.extract_paths([ROOT / "data" / "seeds"])


SYMBOLS = {"000": "A/RES/61/181", "001": "A/RES/59/159", "002": "A/RES/67/189",
           "003": "A/64/123", "004": "A/RES/67/186"}


# -- PDF ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seeds_as_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("pdf")
    for i, path in enumerate(SEEDS):
        text = path.read_text(encoding="utf-8-sig")
        pdf = make_pdf(text, header=SYMBOLS[path.name[:3]], job=f"06-5032{i}")
        (out / f"{path.stem}.pdf").write_bytes(pdf)
    return out


def test_seeds_as_pdf_give_the_same_edges(seeds_result: xref.ExtractResult,
                                          seeds_as_pdf: Path) -> None:
    pdf = xref.extract_paths([seeds_as_pdf])
    assert pdf.errors == []
    assert len(pdf.documents) == 5
    pd.testing.assert_frame_equal(_edges(pdf), _edges(seeds_result))
    # Mention by mention: same source, target, paragraph, relation and how found.
    assert _keys(pdf) == _keys(seeds_result)


def test_pdf_document_records_format_and_offsets_index_its_text(seeds_as_pdf: Path) -> None:
    path = seeds_as_pdf / "001_718c474298f2556b.pdf"
    doc = read_document(path)
    assert (doc.format, doc.encoding, doc.lang) == ("pdf", "", "zh")
    # Running headers, page numbers and job numbers are gone.
    assert "A/RES/59/159" not in doc.text and "06-5032" not in doc.text
    result = xref.extract_document(doc)
    assert result.meta.id == "A/RES/59/159"
    for m in result.mentions:
        printed = "".join(doc.text[m.start:m.end].split())
        assert "".join(m.raw.split())[-3:] in printed, m


def test_running_header_does_not_split_a_list_or_cite_the_document() -> None:
    body = ["67/189. 加强联合国预防犯罪和刑事司法方案", "", " 大会，", ""]
    body += [f" 注意到第 {i}/1 号报告，" for i in range(40, 72)]
    body += [" 重申其 1991 年 12 月 18 日第 46/152 号、2005 年 9 月 16 日第 60/1 号、",
             "2010 年 12 月 20 日第 65/169 号和 2011 年 12 月 19 日第 66/181 号决议，"]
    text = "\n".join(body) + "\n"
    # The list breaks across pages 1 and 2 (38 lines a page).
    pdf = make_pdf(text, header="A/RES/67/189", job="12-48793", lines_per_page=37)
    from xref.formats import pdf_text

    read = pdf_text(pdf)
    assert "A/RES/67/189" not in read and "12-48793" not in read
    r = xref.extract_text(read, "zh")
    assert r.meta.id == "A/RES/67/189"
    targets = {m.target for m in r.mentions if m.relation == "reaffirms"}
    assert targets == {"A/RES/46/152", "A/RES/60/1", "A/RES/65/169", "A/RES/66/181"}
    assert all(m.target != "A/RES/67/189" for m in r.mentions)


def test_strip_page_furniture_keeps_footnote_numbers_and_the_masthead() -> None:
    pages = [
        ["United Nations A/64/123", "Report", "body", "3"],
        ["A/64/123", "text", "4", "2", "09-41234"],
        ["A/64/123", "1 see E/2009/30", "3", "09-41234"],
    ]
    out = strip_page_furniture(pages)
    # The masthead stays; "4" and "3" at the page foot are footnote numbers
    # (page 2 prints 2, page 3 prints 3: the "3" on page 1 does not follow).
    assert out == [["United Nations A/64/123", "Report", "body", "3"],
                   ["text", "4"], ["1 see E/2009/30"]]


def test_traditional_chinese_pdf_reads_as_its_text() -> None:
    text = HANT.read_text(encoding="utf-8-sig")
    from xref.formats import pdf_text

    read = pdf_text(make_pdf(text))
    want = xref.extract_text(text, "zh")
    got = xref.extract_text(read, "zh")
    assert "號決議" in read and "安全理事會" in read
    assert got.meta.id == want.meta.id == "S/RES/1624(2005)"
    assert {m.target for m in got.mentions} == {m.target for m in want.mentions}
    assert "S/RES/1373(2001)" in {m.target for m in got.mentions}


def test_owner_password_pdf_is_read_but_user_password_pdf_is_refused(tmp_path: Path) -> None:
    text = SEEDS[0].read_text(encoding="utf-8-sig")
    open_pdf = tmp_path / "owner.pdf"
    open_pdf.write_bytes(make_pdf(text, encrypt=("", "owner")))
    assert "46/152" in read_document(open_pdf).text
    locked = tmp_path / "locked.pdf"
    locked.write_bytes(make_pdf(text, encrypt=("secret", "owner")))
    with pytest.raises(ReadError, match="encrypted PDF"):
        read_document(locked)


# -- DOCX ---------------------------------------------------------------------------


def test_seeds_as_docx_give_the_same_edges(seeds_result: xref.ExtractResult,
                                           tmp_path: Path) -> None:
    for path in SEEDS:
        text = path.read_text(encoding="utf-8-sig")
        docx = make_docx(text, header=SYMBOLS[path.name[:3]])
        (tmp_path / f"{path.stem}.docx").write_bytes(docx)
    docx = xref.extract_paths([tmp_path])
    assert docx.errors == []
    assert {d.path.endswith(".docx") for d in docx.documents} == {True}
    pd.testing.assert_frame_equal(_edges(docx), _edges(seeds_result))
    assert _keys(docx) == _keys(seeds_result)


def test_docx_footnotes_are_read_as_footnotes(tmp_path: Path) -> None:
    text = ("61/185. Strengthening international cooperation\n\nThe General Assembly,\n\n"
            "Recalling the United Nations Convention against Transnational Organized "
            "Crime,[^1]\n\n1. Requests the Secretary-General to report.[^2]\n")
    path = tmp_path / "A_RES_61_185.docx"
    path.write_bytes(make_docx(text, {"1": "Resolution 55/25, annex I.",
                                      "2": "See A/61/444."}))
    doc = read_document(path)
    assert doc.format == "docx" and doc.encoding == "utf-8"
    assert "[^1]: Resolution 55/25, annex I." in doc.text
    r = xref.extract_document(doc)
    by_target = {m.target: m.paragraph for m in r.mentions}
    assert by_target["A/RES/55/25"] == "fn1"
    assert by_target["A/61/444"] == "fn2"


# -- HTML ---------------------------------------------------------------------------

ODS_PAGE = """<html><head><meta http-equiv=Content-Type content="text/html; charset=gb2312">
<title>A/RES/61/181</title><style>p {{margin:0}}</style>
<script>var ref = "resolution 99/999";</script></head>
<body lang=ZH-CN><div class=WordSection1>
<p class=MsoNormal>61/181.&nbsp;加强联合国预防犯罪和刑事司法方案</p>
<p class=MsoNormal>大会，</p>
<p class=MsoNormal>回顾其关于制定有效的联合国预防犯罪和刑事司法方案的
1991 年 12 月 18 日第 46/152 号决议，</p>
<p>铭记《联合国千年宣言》<a href="#_ftn1" name="_ftnref1"><sup>[1]</sup></a>，</p>
</div><div id=ftn1><p><a href="#_ftnref1" name="_ftn1">[1]</a> 第 55/2 号决议。</p></div>
</body></html>"""


def test_ods_html_page_in_gb2312(tmp_path: Path) -> None:
    path = tmp_path / "A_RES_61_181.html"
    path.write_bytes(ODS_PAGE.format().encode("gb2312"))
    doc = read_document(path)
    assert (doc.format, doc.encoding, doc.lang) == ("html", "gb18030", "zh")
    assert "99/999" not in doc.text and "margin" not in doc.text
    assert "[^1]" in doc.text and "[^1]: 第 55/2 号决议。" in doc.text
    r = xref.extract_document(doc)
    assert r.meta.id == "A/RES/61/181"
    targets = {m.target: m.paragraph for m in r.mentions}
    assert "A/RES/46/152" in targets and "A/RES/99/999" not in targets
    assert targets["A/RES/55/2"] == "fn1"


def test_a_page_saved_as_text_with_its_markup_is_read_as_html(tmp_path: Path) -> None:
    page = ("跳过导航\n麻醉药品委员会第 66/3 号决议：加强国际合作\n\n<h2>第 66/3 号决议</h2>\n<h3>加强国际合作</h3>\n\n"
            "<p>麻醉药品委员会，</p>\n\n<p>注意到委员会第 65/1 号决定和第 65/2 号决定，</p>\n\n"
            "<ol>\n<li><strong>吁请</strong>会员国依照大会第 77/238 号决议加强合作；</li>\n</ol>\n")
    path = tmp_path / "page.txt"
    path.write_text(page, encoding="utf-8")
    doc = read_document(path)
    assert doc.format == "html" and "<p>" not in doc.text
    r = xref.extract_document(doc)
    assert r.meta.id == "CND/RES/66/3"
    assert sorted(m.target for m in r.mentions) == ["A/RES/77/238", "CND/DEC/65/1", "CND/DEC/65/2"]
    # Markdown keeps its inline HTML, and a text quoting one tag is still text.
    md = tmp_path / "note.md"
    md.write_text("<p>a</p>\n<p>b</p>\n<p>c</p>\n", encoding="utf-8")
    assert read_document(md).format == "text"
    # A Markdown-style text keeping one HTML table (a converter's fallback) is text.
    table = tmp_path / "table.txt"
    table.write_text("79/199. Title\n\nThe General Assembly,\n\n1. Takes note,[^1]\n\n[^1]: A/79/123.\n\n<table>\n<tr>\n"
                     "<td>Mandate</td>\n<td>Resolution 78/224</td>\n</tr>\n</table>\n", encoding="utf-8")
    assert read_document(table).format == "text"
    # ... and so is one whose table cells hold paragraphs, at its end; a fragment of divs is HTML.
    cells = tmp_path / "cells.txt"
    cells.write_text("79/199. 方案\n\n大会，\n\n回顾其第 78/224 号决议，\n\n1. 注意到报告；\n\n<table>\n<tr>\n"
                     "<td><p>任务</p>\n<p>（续）</p></td>\n<td><p>第 78/224 号决议</p>\n<p>第 77/232 号决议</p></td>\n"
                     "</tr>\n</table>\n", encoding="utf-8")
    assert read_document(cells).format == "text"
    divs = tmp_path / "divs.txt"
    divs.write_text("<div>第 79/300 号决议</div>\n<div>大会，</div>\n<div>回顾其第 78/120 号决议，</div>\n"
                    "<table><tr><td>x</td></tr></table>\n", encoding="utf-8")
    assert read_document(divs).format == "html"
    plain = tmp_path / "plain.txt"
    plain.write_text("The tag <p> opens a paragraph; </p> closes it.\n", encoding="utf-8")
    assert read_document(plain).format == "text"


def test_a_footnote_number_opening_a_block_is_the_footnotes_own() -> None:
    text, _ = html_text("<body><p>重申《1971 年精神药物公约》<sup>5</sup>构成基石，</p><hr/><div class='footnotes'>"
                        "<p><sup>5</sup> 同上，第 1019 卷，第 14956 号。</p></div></body>".encode())
    assert "《1971 年精神药物公约》[^5]构成基石" in text and "[^5]: 同上，第 1019 卷，第 14956 号。" in text


def test_html_blocks_become_lines() -> None:
    text, enc = html_text(b"<!doctype html><body><h1>Title</h1><p>one\n  two</p>"
                          b"<ul><li>a</li><li>b<br>c</li></ul><table><tr><td>x</td>"
                          b"<td>y</td></tr></table><pre>  keep\n  this</pre></body>")
    assert enc == "utf-8"
    assert text == "Title\n\none two\n\na\n\nb\nc\n\nx\ty\n\nkeep\nthis\n"


# -- encodings ----------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["gb18030", "gbk", "utf-16-le", "utf-16-be", "utf-16"])
def test_seeds_in_old_encodings_are_detected(encoding: str, tmp_path: Path,
                                             seeds_result: xref.ExtractResult) -> None:
    for path in SEEDS:
        text = path.read_text(encoding="utf-8-sig")
        (tmp_path / path.name).write_bytes(text.encode(encoding))
        got, name = decode_text(text.encode(encoding))
        assert got == text
        assert name == {"gbk": "gb18030", "utf-16": "utf-16-le"}.get(encoding, encoding)
    r = xref.extract_paths([tmp_path])
    pd.testing.assert_frame_equal(_edges(r), _edges(seeds_result))


def test_big5_traditional_chinese(tmp_path: Path) -> None:
    text = HANT.read_text(encoding="utf-8-sig")
    path = tmp_path / HANT.name
    path.write_bytes(text.encode("big5"))
    doc = read_document(path)
    assert (doc.encoding, doc.text) == ("big5", text)
    got = xref.extract_document(doc)
    want = xref.extract_text(text, "zh", str(path))
    assert got.mentions == want.mentions and "S/RES/1540(2004)" in {
        m.target for m in got.mentions}


def test_windows_1252(tmp_path: Path) -> None:
    text = EN.read_text(encoding="utf-8").replace(
        "Recalling also", "Recalling also, with Côte d’Ivoire and “the region” —", 1)
    path = tmp_path / EN.name
    path.write_bytes(text.replace("\n", "\r\n").encode("cp1252"))
    doc = read_document(path)
    assert doc.encoding == "cp1252" and doc.text == text.replace("\n", "\r\n")
    assert "A/RES/46/152" in {m.target for m in xref.extract_document(doc).mentions}


def test_utf8_stays_utf8_and_bom_is_dropped() -> None:
    assert decode_text("\ufeff第 46/152 号决议".encode()) == ("第 46/152 号决议", "utf-8-sig")
    assert decode_text(b"resolution 46/152") == ("resolution 46/152", "utf-8")


# -- manifest -----------------------------------------------------------------------


def test_manifest_names_documents_and_reports_disagreements(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for path in SEEDS:
        (corpus / path.name).write_bytes(path.read_bytes())
    manifest = tmp_path / "manifest.csv"
    manifest.write_text(
        "path,id,date,title,lang\n"
        "corpus/003_eaab609ee6efb8a6.txt,A/64/123,2009-07-01,Report of the Secretary-General,zh\n"
        "corpus/000_c782685030c56564.txt,A/RES/61/180,,,\n"
        "corpus/gone.txt,A/1/1,,,\n", encoding="utf-8")
    r = xref.extract_paths([corpus], manifest=manifest)
    metas = {Path(d.path).name[:3]: d.meta for d in r.documents}
    assert (metas["003"].id, metas["003"].id_source, metas["003"].date) == (
        "A/64/123", "manifest", "2009-07-01")
    assert metas["000"].id == "A/RES/61/180"
    assert "003_eaab609ee6efb8a6" not in set(r.edges.source)
    assert "A/RES/61/181" not in set(r.mentions.source)
    own = r.mentions[r.mentions.path.str.contains("000_")
                     & ~r.mentions.source.str.startswith("instrument:")]
    assert set(own.source) == {"A/RES/61/180"}
    # The report's own id came from its file name: no disagreement; 61/181's heading disagrees.
    assert [(Path(d.path).name[:3], d.field, d.manifest, d.text) for d in r.disagreements] == [
        ("000", "id", "A/RES/61/180", "A/RES/61/181")]
    assert "manifest id 'A/RES/61/180' differs" in str(r.disagreements[0])
    assert [Path(e.path).name for e in r.unused] == ["gone.txt"]


def test_manifest_language_decides_the_pattern_table(tmp_path: Path) -> None:
    doc = tmp_path / "note.txt"
    doc.write_text("Recalling its resolution 46/152,\n", encoding="utf-8")
    (tmp_path / "m.csv").write_text("path,lang\nnote.txt,en\n", encoding="utf-8")
    r = xref.extract_paths([doc], manifest=tmp_path / "m.csv")
    assert r.documents[0].lang == "en"


@pytest.mark.parametrize("content, reason", [
    ("id,date\nA/1,2000-01-01\n", "'path' column"),
    ("path,date\na.txt,1 May 2000\n", "not YYYY-MM-DD"),
    ("path,lang\na.txt,Chinese\n", "not a language code"),
    ("", "empty manifest"),
])
def test_bad_manifest_is_one_clear_error(tmp_path: Path, content: str, reason: str) -> None:
    path = tmp_path / "m.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ManifestError, match=reason):
        Manifest.read(path)


def test_limits_are_parameters() -> None:
    assert Limits().max_bytes == 50 << 20
    assert Limits(seconds=0).time_budget(10 << 20) == 0
    assert Limits().time_budget(2 << 20) == pytest.approx(20.0)


def test_html_line_breaks_between_chinese_characters_and_after_a_slash_are_no_space() -> None:
    text, _ = html_text("<body><p>欢迎国际麻醉品管制局的报告（E/INCB/2023/1）及其关于前体的\n   报告（E/INCB/\n"
                        "   2023/4），and more\n words</p></body>".encode())
    assert "前体的报告（E/INCB/2023/4）" in text
    assert "and more words" in text
