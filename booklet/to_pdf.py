"""The document as PDF (reportlab), for printing: A4, a cover, a table of contents with page numbers,
bookmarks for every heading, page numbers at the foot.

Fonts are DejaVu Serif and Sans, the TrueType files matplotlib ships: every French letter and sign (é, œ,
« », ’, the narrow no-break space) is there and embedded, so the printed text and the text extracted from the
PDF keep their accents. reportlab reads a small markup in paragraphs: every text is escaped first, so that a
person's ``<b>`` is printed as typed.
"""

from __future__ import annotations

import io
from functools import cache
from html import escape
from pathlib import Path

import matplotlib
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    KeepTogether,
    NextPageTemplate,
    PageTemplate,
    Paragraph,
    Spacer,
    TableStyle,
)
from reportlab.platypus import PageBreak as RLPageBreak
from reportlab.platypus import Table as RLTable
from reportlab.platypus.tableofcontents import TableOfContents

from booklet.model import Bullets, Cover, Document, Figure, Heading, PageBreak, Para, Table, Toc

FONTS = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
ACCENT = colors.HexColor("#1F5C4F")
GREY = colors.HexColor("#555555")
MARGIN = 2.2 * cm
WIDTH = A4[0] - 2 * MARGIN


@cache
def _register_fonts() -> None:
    """DejaVu Serif (body) and Sans (headings), with bold and italic, as reportlab families."""
    for name, file in (("Serif", "DejaVuSerif"), ("Serif-Bold", "DejaVuSerif-Bold"), ("Serif-Italic", "DejaVuSerif-Italic"),
                       ("Serif-BoldItalic", "DejaVuSerif-BoldItalic"), ("Sans", "DejaVuSans"), ("Sans-Bold", "DejaVuSans-Bold"),
                       ("Sans-Italic", "DejaVuSans-Oblique"), ("Sans-BoldItalic", "DejaVuSans-BoldOblique")):
        pdfmetrics.registerFont(TTFont(f"Passerelles{name}", str(FONTS / f"{file}.ttf")))
    for family in ("Serif", "Sans"):
        pdfmetrics.registerFontFamily(f"Passerelles{family}", normal=f"Passerelles{family}",
                                      bold=f"Passerelles{family}-Bold", italic=f"Passerelles{family}-Italic",
                                      boldItalic=f"Passerelles{family}-BoldItalic")


@cache
def _styles(scale: float = 1.0) -> dict[str, ParagraphStyle]:
    """The paragraph styles, every size multiplied by ``scale`` (smaller for a one-page handout)."""
    _register_fonts()
    found = {name: _scaled(style, scale) for name, style in _base_styles().items()}
    return found


def _scaled(style: ParagraphStyle, scale: float) -> ParagraphStyle:
    if scale == 1.0:
        return style
    return ParagraphStyle(style.name, style, **{attribute: getattr(style, attribute) * scale for attribute in
                                                ("fontSize", "leading", "spaceBefore", "spaceAfter")})


def _base_styles() -> dict[str, ParagraphStyle]:
    body = ParagraphStyle("body", fontName="PasserellesSerif", fontSize=10.5, leading=14.5, spaceAfter=6)
    sans = {"fontName": "PasserellesSans-Bold", "textColor": ACCENT, "keepWithNext": True}
    return {
        "body": body,
        "lead": ParagraphStyle("lead", body, fontSize=11.5, leading=16, spaceAfter=8),
        "meta": ParagraphStyle("meta", body, fontName="PasserellesSans", fontSize=9, leading=12, textColor=GREY,
                               spaceAfter=4),
        "note": ParagraphStyle("note", body, fontName="PasserellesSerif-Italic", fontSize=9.5, textColor=GREY),
        "small": ParagraphStyle("small", body, fontName="PasserellesSans", fontSize=8.5, leading=11, textColor=GREY),
        "quote": ParagraphStyle("quote", body, fontName="PasserellesSerif-Italic", leftIndent=0.8 * cm, spaceAfter=5),
        "cell": ParagraphStyle("cell", body, fontSize=9, leading=11.5, spaceAfter=0),
        "cellhead": ParagraphStyle("cellhead", body, fontName="PasserellesSans-Bold", fontSize=8.5, leading=11,
                                   spaceAfter=0),
        "caption": ParagraphStyle("caption", body, fontName="PasserellesSans-Italic", fontSize=9, textColor=GREY,
                                  alignment=TA_CENTER),
        "heading1": ParagraphStyle("heading1", **sans, fontSize=19, leading=24, spaceBefore=4, spaceAfter=12),
        "heading2": ParagraphStyle("heading2", **sans, fontSize=14.5, leading=19, spaceBefore=2, spaceAfter=6),
        "heading3": ParagraphStyle("heading3", **sans, fontSize=10.5, leading=14, spaceBefore=7, spaceAfter=2),
        "title": ParagraphStyle("title", body, fontName="PasserellesSans-Bold", fontSize=30, leading=36,
                                textColor=ACCENT, spaceAfter=14),
        "subtitle": ParagraphStyle("subtitle", body, fontName="PasserellesSans", fontSize=15, leading=20,
                                   textColor=GREY, spaceAfter=40),
        "cover": ParagraphStyle("cover", body, fontName="PasserellesSans", fontSize=11, leading=16, textColor=GREY),
        "toc1": ParagraphStyle("toc1", body, fontName="PasserellesSans-Bold", fontSize=10.5, leading=15),
        "toc2": ParagraphStyle("toc2", body, fontName="PasserellesSerif", fontSize=9.5, leading=12.5,
                               leftIndent=0.7 * cm),
    }


def text(value: str) -> str:
    """Plain text made safe for reportlab's paragraph markup (line breaks kept). reportlab breaks lines at a
    narrow no-break space (U+202F) but not at a no-break space (U+00A0): the first becomes the second."""
    return escape(value.replace("\u202f", "\u00a0"), quote=False).replace("\n", "<br/>")


class _Bookmark(Flowable):
    """A zero-size mark carrying a heading: the document template files it in the TOC and the outline."""

    def __init__(self, heading: Heading) -> None:
        super().__init__()
        self.heading = heading

    def wrap(self, *_: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


class _Template(BaseDocTemplate):
    def __init__(self, buffer: io.BytesIO, document: Document, depth: int, cover: bool) -> None:
        super().__init__(buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                         bottomMargin=MARGIN, title=document.title, author="Passerelles", lang="fr-FR", invariant=True)
        self.footer, self.depth = document.footer, depth
        frame = Frame(MARGIN, MARGIN, WIDTH, A4[1] - 2 * MARGIN, id="text")
        pages = [PageTemplate("cover", [frame]), PageTemplate("page", [frame], onPage=self._foot)]
        self.addPageTemplates(pages if cover else pages[::-1])  # the first page uses the first template

    def _foot(self, canvas, _doc) -> None:
        canvas.saveState()
        canvas.setFont("PasserellesSans", 8)
        canvas.setFillColor(GREY)
        canvas.drawCentredString(A4[0] / 2, 1.1 * cm, f"{self.footer} — {canvas.getPageNumber()}")
        canvas.restoreState()

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, _Bookmark):
            heading = flowable.heading
            self.canv.bookmarkPage(heading.anchor)
            self.canv.addOutlineEntry(heading.text, heading.anchor, level=heading.level - 1, closed=heading.level > 1)
            if heading.level <= self.depth:
                self.notify("TOCEntry", (heading.level - 1, text(heading.text), self.page, heading.anchor))


def render_pdf(document: Document) -> bytes:
    """``document`` as the bytes of a PDF file."""
    styles = _styles(0.86 if document.compact else 1.0)
    toc_depth = next((b.depth for b in document.blocks if isinstance(b, Toc)), 2)
    story: list[Flowable] = []
    pending: list[Flowable] = []  # a heading waits for what follows it: never alone at the foot of a page
    cover = bool(document.blocks) and isinstance(document.blocks[0], Cover)
    for block in document.blocks:
        flowables = _flowables(block, styles, toc_depth)
        if isinstance(block, Heading):
            pending += flowables
            continue
        if pending:
            story.append(KeepTogether(pending + flowables[:1]))
            flowables, pending = flowables[1:], []
        story += flowables
    story += pending
    buffer = io.BytesIO()
    _Template(buffer, document, toc_depth, cover).multiBuild(story)
    return buffer.getvalue()


def _flowables(block: object, styles: dict[str, ParagraphStyle], toc_depth: int) -> list[Flowable]:
    if isinstance(block, Cover):
        return [Spacer(1, 5 * cm), Paragraph(text(block.title), styles["title"]),
                Paragraph(text(block.subtitle), styles["subtitle"]),
                *(Paragraph(text(line), styles["cover"]) for line in block.lines), NextPageTemplate("page"), RLPageBreak()]
    if isinstance(block, Toc):
        toc = TableOfContents(dotsMinLevel=0, levelStyles=[styles["toc1"], styles["toc2"]])
        return [Paragraph(text(block.title), styles["heading1"]), toc]
    if isinstance(block, Heading):
        return [_Bookmark(block), Paragraph(text(block.text), styles[f"heading{min(block.level, 3)}"])]
    if isinstance(block, Para):
        return [_paragraph(block, styles)]
    if isinstance(block, Bullets):
        return [Paragraph(_markup(item), styles[item.style] if item.style != "body" else styles["body"],
                          bulletText="•") for item in block.items]
    if isinstance(block, Table):
        return [_table(block, styles), Spacer(1, 8)]
    if isinstance(block, Figure):
        return _figure(block, styles)
    if isinstance(block, PageBreak):
        return [RLPageBreak()]
    return []


def _markup(para: Para) -> str:
    label = f"<b>{text(para.lead_in)}</b>" if para.label else ""
    return label + text(para.text)


def _paragraph(para: Para, styles: dict[str, ParagraphStyle]) -> Paragraph:
    if para.label and not para.text:  # a label alone introduces what follows: keep it with it
        return Paragraph(_markup(para), ParagraphStyle(f"{para.style}-lead-in", styles[para.style], keepWithNext=True,
                                                       spaceBefore=4))
    return Paragraph(_markup(para), styles[para.style])


def _table(table: Table, styles: dict[str, ParagraphStyle]) -> RLTable:
    widths = [WIDTH * share for share in table.widths] if table.widths else None
    rows = [[Paragraph(text(cell), styles["cellhead"]) for cell in table.header]]
    rows += [[Paragraph(text(cell), styles["cell"]) for cell in row] for row in table.rows]
    found = RLTable(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    found.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E3EFEC")),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#B8C9C4")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return found


def _figure(figure: Figure, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    image = Image(io.BytesIO(figure.png))
    width = WIDTH * figure.width_share
    image.drawHeight = image.imageHeight * width / image.imageWidth
    image.drawWidth = width
    if image.drawHeight > A4[1] - 2 * MARGIN - 3 * cm:  # a tall chart: shrink to fit the page with its caption
        ratio = (A4[1] - 2 * MARGIN - 3 * cm) / image.drawHeight
        image.drawHeight, image.drawWidth = image.drawHeight * ratio, image.drawWidth * ratio
    return [KeepTogether([image, Spacer(1, 4), Paragraph(text(figure.caption), styles["caption"])])]
