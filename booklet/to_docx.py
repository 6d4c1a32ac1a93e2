"""The document as DOCX (python-docx), for the working group to edit in Word or LibreOffice.

Headings use Word's own « Titre 1 / 2 / 3 » (Heading) styles, so that the navigation pane and the table of
contents work; the table of contents is a real TOC field, filled in advance with the headings (Word asks to
update it on opening and adds the page numbers). The text language is French. Text is written as text:
python-docx escapes it, so markup typed by a person stays visible as typed.
"""

from __future__ import annotations

import io

from docx import Document as new_docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.text.paragraph import Paragraph

from booklet.model import Bullets, Cover, Document, Figure, Heading, PageBreak, Para, Table, Toc

ACCENT = RGBColor(0x1F, 0x5C, 0x4F)
GREY = RGBColor(0x55, 0x55, 0x55)
TEXT_WIDTH_CM = 16.0


def render_docx(document: Document) -> bytes:
    """``document`` as the bytes of a .docx file."""
    docx = new_docx()
    _styles(docx)
    section = docx.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    section.left_margin = section.right_margin = Cm(2.5)
    section.top_margin, section.bottom_margin = Cm(2.2), Cm(2.2)
    docx.core_properties.title = document.title
    docx.core_properties.language = "fr-FR"
    headings = document.headings()
    for block in document.blocks:
        if isinstance(block, Cover):
            _cover(docx, block)
        elif isinstance(block, Toc):
            _toc(docx, block, headings)
        elif isinstance(block, Heading):
            docx.add_heading(block.text, level=min(block.level, 3))
        elif isinstance(block, Para):
            _para(docx.add_paragraph(), block)
        elif isinstance(block, Bullets):
            for item in block.items:
                _para(docx.add_paragraph(style="List Bullet"), item)
        elif isinstance(block, Table):
            _table(docx, block)
        elif isinstance(block, Figure):
            _figure(docx, block)
        elif isinstance(block, PageBreak):
            docx.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    if document.footer:
        _footer(docx, document.footer)
    _update_fields_on_open(docx)
    buffer = io.BytesIO()
    docx.save(buffer)
    return buffer.getvalue()


def _styles(docx) -> None:
    """French language everywhere; a sober body font; headings in the accent colour."""
    normal = docx.styles["Normal"]
    normal.font.name, normal.font.size = "Calibri", Pt(11)
    _language(normal.element)
    for level, size in ((1, 18), (2, 14), (3, 11.5)):
        style = docx.styles[f"Heading {level}"]
        style.font.color.rgb = ACCENT
        style.font.size = Pt(size)
        _language(style.element)
    docx.styles["Title"].font.color.rgb = ACCENT


def _language(element) -> None:
    rpr = element.get_or_add_rPr()
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), "fr-FR")


def _cover(docx, cover: Cover) -> None:
    for _ in range(6):
        docx.add_paragraph()
    docx.add_paragraph(cover.title, style="Title")
    if cover.subtitle:
        docx.add_paragraph(cover.subtitle, style="Subtitle")
    for _ in range(3):
        docx.add_paragraph()
    for line in cover.lines:
        run = docx.add_paragraph().add_run(line)
        run.font.color.rgb = GREY


def _field_char(run, kind: str) -> None:
    char = OxmlElement("w:fldChar")
    char.set(qn("w:fldCharType"), kind)
    run._r.append(char)


def _toc(docx, toc: Toc, headings: list[Heading]) -> None:
    """A TOC field over heading levels 1 to ``toc.depth``, its result filled with the headings."""
    docx.add_paragraph(toc.title, style="TOC Heading")
    entries = [h for h in headings if h.level <= toc.depth] or [Heading(1, "")]
    for n, heading in enumerate(entries):
        paragraph = docx.add_paragraph()
        paragraph.paragraph_format.left_indent = Cm(0.6 * (heading.level - 1))
        paragraph.paragraph_format.space_after = Pt(2)
        if n == 0:
            begin = paragraph.add_run()
            _field_char(begin, "begin")
            instruction = OxmlElement("w:instrText")
            instruction.set(qn("xml:space"), "preserve")
            instruction.text = f' TOC \\o "1-{toc.depth}" \\h \\z \\u '
            begin._r.append(instruction)
            _field_char(begin, "separate")
        run = paragraph.add_run(heading.text)
        run.bold = heading.level == 1
        if n == len(entries) - 1:
            _field_char(paragraph.add_run(), "end")


def _para(paragraph: Paragraph, para: Para) -> None:
    if para.label:
        label = paragraph.add_run(para.lead_in)
        label.bold = True
    run = paragraph.add_run(para.text)
    if para.style == "meta":
        run.font.color.rgb = GREY
        run.font.size = Pt(10)
    elif para.style in ("note", "small"):
        run.italic = para.style == "note"
        run.font.size = Pt(9.5)
        run.font.color.rgb = GREY
    elif para.style == "lead":
        run.font.size = Pt(12)
    elif para.style == "quote":
        run.italic = True
        paragraph.paragraph_format.left_indent = Cm(1)


def _table(docx, table: Table) -> None:
    grid = docx.add_table(rows=1, cols=len(table.header), style="Table Grid")
    grid.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, text in zip(grid.rows[0].cells, table.header, strict=True):
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
    for row in table.rows:
        cells = grid.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    if table.widths:
        for column, share in zip(grid.columns, table.widths, strict=True):
            for cell in column.cells:
                cell.width = Cm(TEXT_WIDTH_CM * share)
    docx.add_paragraph()


def _figure(docx, figure: Figure) -> None:
    docx.add_picture(io.BytesIO(figure.png), width=Cm(TEXT_WIDTH_CM * figure.width_share))
    docx.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER
    docx.add_paragraph(figure.caption, style="Caption")


def _footer(docx, text: str) -> None:
    """« text — page N » at the foot of every page."""
    paragraph = docx.sections[0].footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = paragraph.add_run(f"{text} — ")
    run.font.size, run.font.color.rgb = Pt(8.5), GREY
    page = paragraph.add_run()
    page.font.size = Pt(8.5)
    _field_char(page, "begin")
    instruction = OxmlElement("w:instrText")
    instruction.set(qn("xml:space"), "preserve")
    instruction.text = " PAGE "
    page._r.append(instruction)
    _field_char(page, "separate")
    number = paragraph.add_run("1")
    number.font.size = Pt(8.5)
    _field_char(paragraph.add_run(), "end")


def _update_fields_on_open(docx) -> None:
    """Ask Word to update the fields (the table of contents' page numbers) when the file is opened."""
    settings = docx.settings.element
    update = OxmlElement("w:updateFields")
    update.set(qn("w:val"), "true")
    settings.append(update)

