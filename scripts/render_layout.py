"""Page layout primitives of scripts/render_samples.py: A4 geometry, fonts, paragraph styles,
and the platypus flowables a list of ``Block``s becomes (ruled tables, bullets, blank pages)."""

from __future__ import annotations

import html
import re
from pathlib import Path

import reportlab
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, HRFlowable, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.doctemplate import NotAtTopPageBreak

from render_text import BLANK_PAGE, LABEL, SUMMARY, Block, inline, link, plain

PAGE_W, PAGE_H = A4
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 2.2 * cm, 2.0 * cm, 2.4 * cm
FOOTER_Y = 1.2 * cm
FRAME_W = PAGE_W - 2 * MARGIN_X
FRAME_H = PAGE_H - MARGIN_TOP - MARGIN_BOTTOM

BASE_SIZE = 11.0
NUMBER_COLUMN = 1.2 * cm  # text column of numbered paragraphs ("1.1", "a)")
BULLET_STEP = 0.6 * cm


# --------------------------------------------------------------------------- fonts


def register_fonts() -> str:
    """Register a TTF family covering £, –, curly quotes and •; return its name."""
    dejavu = Path("/usr/share/fonts/truetype/dejavu")
    vera = Path(reportlab.__file__).parent / "fonts"
    if (dejavu / "DejaVuSans.ttf").exists() and (dejavu / "DejaVuSans-Bold.ttf").exists():
        family, folder = "DejaVuSans", dejavu
        files = {"": "DejaVuSans.ttf", "-Bold": "DejaVuSans-Bold.ttf",
                 "-Oblique": "DejaVuSans-Oblique.ttf", "-BoldOblique": "DejaVuSans-BoldOblique.ttf"}
    else:
        family, folder = "Vera", vera
        files = {"": "Vera.ttf", "-Bold": "VeraBd.ttf", "-Oblique": "VeraIt.ttf", "-BoldOblique": "VeraBI.ttf"}
    names = {}
    for suffix, filename in files.items():
        path = folder / filename
        if not path.exists():  # an italic face may be missing: fall back to the upright one
            path = folder / files["-Bold" if "Bold" in suffix else ""]
        pdfmetrics.registerFont(TTFont(family + suffix, str(path)))
        names[suffix] = family + suffix
    pdfmetrics.registerFontFamily(family, normal=names[""], bold=names["-Bold"],
                                  italic=names["-Oblique"], boldItalic=names["-BoldOblique"])
    return family


# --------------------------------------------------------------------------- flowables


class Styles:
    """Paragraph styles for one scale (1 = 11 pt body text)."""

    def __init__(self, family: str, scale: float = 1.0):
        size = BASE_SIZE * scale
        self.scale = scale
        self.body = ParagraphStyle("body", fontName=family, fontSize=size, leading=size * 1.3,
                                   spaceAfter=size * 0.6, bulletFontName=family, bulletFontSize=size)
        bold = family + "-Bold"
        self.heading = ParagraphStyle("heading", parent=self.body, fontName=bold, keepWithNext=1,
                                      spaceBefore=size * 0.5, spaceAfter=size * 0.5)
        self.heading2 = ParagraphStyle("heading2", parent=self.heading, fontSize=size * 1.1,
                                       leading=size * 1.45)
        self.title = ParagraphStyle("title", parent=self.heading, fontSize=size * 1.3,
                                    leading=size * 1.6, spaceBefore=size * 0.3)
        self.footnote = ParagraphStyle("footnote", parent=self.body, fontSize=size * 0.78,
                                       leading=size * 1.0, spaceAfter=size * 0.3)
        self.links = ParagraphStyle("links", parent=self.footnote, textColor=colors.HexColor("#555555"))
        self.blank = ParagraphStyle("blank", parent=self.body, alignment=TA_CENTER)
        self.cell = ParagraphStyle("cell", parent=self.body, fontSize=size * 0.9,
                                   leading=size * 1.15, spaceAfter=size * 0.25,
                                   bulletFontSize=size * 0.9)
        self.cell_head = ParagraphStyle("cell_head", parent=self.cell, fontName=bold)
        self.cell_right = ParagraphStyle("cell_right", parent=self.cell, alignment=TA_RIGHT)

    def indented(self, name: str, left: float, bullet: float, base: ParagraphStyle | None = None) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base or self.body, leftIndent=left, bulletIndent=bullet)


class PageMark(Flowable):
    """Zero-size flowable that records the page it lands on (for the layout report)."""

    _ZEROSIZE = 1  # does not count as content: a following NotAtTopPageBreak still sees the top

    def __init__(self, key: str, log: dict[str, int]):
        super().__init__()
        self.key, self.log = key, log
        self.width = self.height = 0

    def wrap(self, available_width, available_height):
        return 0, 0

    def draw(self):
        self.log.setdefault(self.key, self.canv.getPageNumber())


def cell_flowables(text: str, styles: Styles, style: ParagraphStyle) -> list[Flowable]:
    """A table cell: "<ul> • a • b <ul> - c" lists become bullet paragraphs."""
    text = re.sub(r"^\s*<ul[^>]*>", "", text.strip())
    if "•" not in text:
        return [Paragraph(inline(re.sub(r"<ul[^>]*>", "", text).strip()), style)]
    bullet = styles.indented("cell_bullet", 9 * styles.scale, 0, style)
    nested = styles.indented("cell_nested", 18 * styles.scale, 9 * styles.scale, style)
    head, *items = text.split("•")
    out: list[Flowable] = [Paragraph(inline(head.strip()), style)] if head.strip() else []
    for item in items:
        first, *subs = re.split(r"<ul[^>]*>", item)
        out.append(Paragraph(inline(first.strip()), bullet, bulletText="•"))
        for sub in subs:
            for part in re.split(r"(?:^|\s)-\s", sub):
                if part.strip():
                    out.append(Paragraph(inline(part.strip()), nested, bulletText="-"))
    return out


def table_flowable(rows: list[list[str]], styles: Styles) -> Flowable:
    """A ruled table (header row shaded, not repeated: no text the extract lacks), or an unruled contents list."""
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    contents = width == 2 and all(re.fullmatch(r"\d*", r[1].strip()) for r in rows)
    weights = [max(8, min(70, max(len(plain(r[c])) for r in rows))) for c in range(width)]
    if contents:
        weights = [85, 15]
    widths = [FRAME_W * w / sum(weights) for w in weights]
    data = []
    for i, row in enumerate(rows):
        cells = []
        for c, text in enumerate(row):
            if contents:
                style = styles.cell_right if c == 1 else (styles.cell_head if not row[1].strip() else styles.cell)
            else:
                style = styles.cell_head if i == 0 else styles.cell
            cells.append(cell_flowables(text, styles, style))
        data.append(cells)
    pad = 4 * styles.scale
    commands = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), pad), ("BOTTOMPADDING", (0, 0), (-1, -1), pad)]
    if not contents:
        commands += [("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                     ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E2F3"))]
    table = Table(data, colWidths=widths, hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    table.spaceAfter = styles.body.spaceAfter
    return table


def blank_page(styles: Styles) -> list[Flowable]:
    """A page holding only "This page is intentionally left blank", centred."""
    return [NotAtTopPageBreak(), Spacer(1, FRAME_H * 0.42), Paragraph(BLANK_PAGE, styles.blank)]


def flowables(blocks: list[Block], styles: Styles) -> list[Flowable]:
    """Blocks -> platypus story. Bullets indent under the last numbered paragraph's text."""
    story: list[Flowable] = []
    after_blank = False
    context = None  # text column of the last numbered paragraph since a heading
    for block in blocks:
        if after_blank and block.kind != "blank":
            story.append(NotAtTopPageBreak())
        after_blank = False
        if block.kind == "heading":
            visible = plain(block.text)
            style = styles.heading
            if block.size in (1, 2) or (visible.isupper() and len(visible.split()) <= 5):
                style = styles.title if visible.isupper() else styles.heading2
            story.append(Paragraph(inline(block.text), style))
            context = None
        elif block.kind == "numbered":
            left = NUMBER_COLUMN * (block.level + 1) + (0.2 * cm if block.level else 0)
            bullet = NUMBER_COLUMN * block.level
            style = styles.indented(f"num{block.level}", left, bullet)
            story.append(Paragraph(inline(block.text), style, bulletText=block.label))
            context = left
        elif block.kind == "bullet":
            glyph_x = (context if context is not None else 0.5 * cm) + BULLET_STEP * (block.level - 1)
            style = styles.indented(f"bullet{block.level}", glyph_x + 0.55 * cm, glyph_x)
            story.append(Paragraph(inline(block.text), style, bulletText="•" if block.level == 1 else "-"))
        elif block.kind == "para":
            text = LABEL.sub(lambda m: f"**{m.group(0).strip()}** ", block.text, count=1)
            text = SUMMARY.sub("**Summary** ", text, count=1)
            story.append(Paragraph(inline(text), styles.body))
        elif block.kind in ("footnote", "marker"):
            story.append(Paragraph(inline(block.text), styles.footnote if block.kind == "footnote" else styles.body))
        elif block.kind == "links":
            story.append(Paragraph("<br/>".join(link(u, u) for u in html.escape(block.text).split("\n")),
                                   styles.links))
        elif block.kind == "table":
            story.append(table_flowable(block.rows, styles))
        elif block.kind == "rule":
            story.append(HRFlowable(width="100%", thickness=0.7, color=colors.HexColor("#7F7F7F"),
                                    spaceBefore=2, spaceAfter=styles.body.spaceAfter))
        elif block.kind == "pagebreak":
            story.append(NotAtTopPageBreak())
        elif block.kind == "blank":
            story.extend(blank_page(styles))
            after_blank = True
    return story
