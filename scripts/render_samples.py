"""Re-render the committed sample papers in raw/samples/ from the text fixtures.

The fixtures in tests/fixtures/corpus are text extracts of real Kent County Council
committee papers (Open Government Licence v3.0). Three are single reports; 004 is a
ModernGov agenda pack (agenda, minutes and four reports). This dev tool turns each
into an A4 PDF laid out like a council paper, so the demo and the PDF parser have
realistic input:

* Every word of the extract is printed. Markdown syntax (``**``, ``##``, ``---``,
  ``[text](url)``) becomes formatting; tab-separated rows become ruled tables
  (pdfplumber finds them), except a contents list, which is printed unruled.
* Two extract styles are read: one paragraph per line (000, 002, 004), and
  hard-wrapped lines with link targets listed at the end of each page (001), which
  are re-flowed; its link targets are printed, small, after the paragraph they
  interrupt, and the page break they mark is kept when it falls between paragraphs.
* Paragraphs split by a page break of the original (a block ending mid-sentence,
  the next starting in lower case) are joined again.
* The page number is the last text drawn on a page (``onPageEnd``), so it is also
  the last line PDFium extracts: "1", "2", ... for reports, "Page N" for the pack.
* The pack's agenda front pages (agenda and its blank back page) carry no number,
  as in ModernGov packs; "Page 1" is the first page of the minutes.
* Each agenda item's paper starts on the first page of its "(Pages N - M)" range.
  The text between two layout anchors (``PACK_LAYOUTS``) is fitted to its pages by scaling font size,
  leading and spacing (shrinking a paper that is too long, growing one that is too
  short) and, failing that, by padding with "This page is intentionally left blank"
  pages. The pack's bare "Page N" lines (the original footers) are not printed
  again when they agree with the page they end up on; a stray one that does not
  ("Page 6" on page 46) is kept as text.
* ``invariant=1`` makes the output byte-identical from run to run.

Run ``python scripts/render_samples.py`` (``make render-samples``); it needs
reportlab, a dev dependency.
"""

from __future__ import annotations

import argparse
import html
import re
import sys
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path

import reportlab
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    HRFlowable,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.doctemplate import NotAtTopPageBreak

ROOT = Path(__file__).resolve().parents[1]

# 003 is a third-party (opencouncil.network) web page, not a council paper: never rendered.
SAMPLE_STEMS = (
    "000_3640f8d8de4eb426",
    "001_fd20779843a3d887",
    "002_be77506d490d4968",
    "004_45c56f7fc4c775e0",
)

BLANK_PAGE = "This page is intentionally left blank"
AUTHOR = "Kent County Council"
CREATOR = "committee-papers scripts/render_samples.py"
SUBJECT = ("Re-rendered from a text extract. Contains public sector information licensed "
           "under the Open Government Licence v3.0.")

PAGE_W, PAGE_H = A4
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 2.2 * cm, 2.0 * cm, 2.4 * cm
FOOTER_Y = 1.2 * cm
FRAME_W = PAGE_W - 2 * MARGIN_X
FRAME_H = PAGE_H - MARGIN_TOP - MARGIN_BOTTOM

BASE_SIZE = 11.0
# Scales tried when fitting text to its pages, nearest to 1 first.
SCALES = sorted((round(0.70 + 0.025 * i, 3) for i in range(19)), key=lambda s: (abs(s - 1), s))

LINK_COLOUR = "#0563C1"
NUMBER_COLUMN = 1.2 * cm  # text column of numbered paragraphs ("1.1", "a)")
BULLET_STEP = 0.6 * cm


@dataclass(frozen=True)
class Anchor:
    """A source line that must open a page: an agenda item's paper, or a page inside one.

    ``item`` takes the page from the agenda's "(Pages N - M)" range; ``page`` gives it
    directly.
    """

    line: str
    item: str | None = None
    page: int | None = None


# Where 004's papers and pages start. The agenda item anchors follow the agenda's page
# ranges. B4 ends with the Police and Crime Plan, whose own contents page gives its page
# layout: plan page p is pack page 41 + p, with the priority tables on the page after
# each section's introduction (the original's "Page 53" and "Page 55" footers agree).
PACK_LAYOUTS: dict[str, tuple[Anchor, ...]] = {
    "004_45c56f7fc4c775e0": (
        Anchor("KENT COUNTY COUNCIL", item="A4"),
        Anchor("By: Shafick Peerbux - Head of Community Safety, KCC", item="B1"),
        Anchor("By: Stephen Perez – Community Intelligence and Partnerships Lead,", item="B2"),
        Anchor("Title: Serious Violence Duty Update", item="B3"),
        Anchor("To: Kent Community Safety Partnership", item="B4"),
        Anchor("Cut Crime, Support Victims, Build Trust", page=42),
        Anchor("Contents", page=43),
        Anchor("Foreword", page=44),
        Anchor("Building my plan", page=45),
        Anchor("Cut Crime, Support Victims, Build Trust – My plan on a page", page=46),
        Anchor("How we will monitor delivery", page=47),
        Anchor("Protecting People", page=48),
        Anchor("Protecting People", page=49),
        Anchor("Protecting People", page=50),
        Anchor("Protecting People", page=51),
        Anchor("Protecting Places", page=52),
        Anchor("Protecting Places", page=53),
        Anchor("Protecting Property", page=54),
        Anchor("Protecting Property", page=55),
        Anchor("Productive Partnerships", page=56),
        Anchor("Productive Partnerships", page=57),
        Anchor("Effective monitoring and accountability", page=58),
        Anchor("A sustainable budget", page=59),
        Anchor("Effective national and regional working", page=60),
        Anchor("Contacting your Police and Crime Commissioner", page=61),
        Anchor(BLANK_PAGE, page=62),
    ),
}

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


# --------------------------------------------------------------------------- inline markup

_BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*", re.S)
# An italic "*" opens after a space, bracket or quote, so a footnote asterisk
# ("groups*,", "[Portal](#)*.") stays literal.
_ITALIC = re.compile(r"(?<![^\s(\[*'‘\"“])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?!\w)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]*)\)")
_AUTOLINK = re.compile(r"&lt;(https?://\S+?)&gt;")


def _link(text: str, url: str) -> str:
    url = url.replace('"', "%22")
    if url in ("", "#"):  # the extract lost the target: look like a link, point nowhere
        return f'<font color="{LINK_COLOUR}"><u>{text}</u></font>'
    return f'<a href="{url}" color="{LINK_COLOUR}"><u>{text}</u></a>'


def inline(text: str) -> str:
    """Markdown/HTML-ish extract text -> reportlab Paragraph markup; newlines become <br/>."""
    out = html.escape(text, quote=False)
    out = out.replace("&lt;sup&gt;", "<super>").replace("&lt;/sup&gt;", "</super>")
    out = _AUTOLINK.sub(lambda m: _link(m.group(1), m.group(1)), out)
    out = _MD_LINK.sub(lambda m: _link(m.group(1), m.group(2)), out)
    out = _BOLD.sub(r"<b>\1</b>", out)
    out = _ITALIC.sub(r"<i>\1</i>", out)
    out = out.replace("\\(", "(").replace("\\)", ")")
    return out.replace("\n", "<br/>")


def plain(text: str) -> str:
    """The visible text of a line, for the heuristics that classify it."""
    text = _MD_LINK.sub(r"\1", text)
    return re.sub(r"\*\*|(?<!\w)\*|\*(?!\w)|</?sup>", "", text).strip()


# --------------------------------------------------------------------------- blocks


@dataclass
class Block:
    """One unit of layout.

    ``kind`` is one of: heading, para, numbered, bullet, footnote, table, rule, links
    (001's link targets), blank (a "This page is intentionally left blank" page),
    pagebreak, marker (a bare "Page N" line).
    """

    kind: str
    text: str = ""
    label: str = ""  # the enumerator of a numbered paragraph ("1.1", "a)", "A4")
    level: int = 0  # numbered: 0 = "1.1", 1 = "a)"; bullet: nesting depth from 1
    rows: list[list[str]] = field(default_factory=list)
    size: int = 0  # heading: markdown "#" count (0 = inferred)


_ENUM = re.compile(r"^(\d{1,3}\.(?:\d{1,2}\.?)?|[a-z]\)|\([ivx]+\)|[A-D]\d{1,2})\s+(?=\S)")
_BULLET = re.compile(r"^(\s*)([-*•])\s+(.*)$")
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
_LABEL = re.compile(r"^(By|To|Classification|Subject|Title|Author|Date|Email|Tel):\s+(?=\S)")
_SUMMARY = re.compile(r"^Summary\s+(?=[A-Z])")
_MARKER = re.compile(r"^Page (\d+)$")
_URL_LINE = re.compile(r"^(https?://|mailto:)\S+$")
_FOOTNOTE = re.compile(r"^[¹²³⁴⁵⁶⁷⁸⁹⁰]+\s")
_SPLIT_END = re.compile(r"[A-Za-z,\-–)]$")


def enum_level(label: str) -> int:
    return 1 if label[0] in "(abcdefghijklmnopqrstuvwxyz" else 0


def is_heading(text: str) -> bool:
    """A single line that is not a sentence: "1.0 Background", "Key drivers:"; "(Item A2)" is not."""
    visible = plain(text)
    if "\n" in text or not visible or len(visible) > 120 or not re.search(r"[A-Za-z]", visible):
        return False
    if visible[0] in "(" or visible[0].islower() or re.search(r"@|www\.|https?://", visible):
        return False
    if _MD_LINK.fullmatch(text.strip()) or (len(visible) > 80 and visible.count(",") > 2):
        return False  # a link on its own line; a long line that lists (an address)
    if visible.endswith(":"):
        return len(visible.split()) <= 5
    return visible[-1] not in ".,;!?"


def classify(text: str) -> Block:
    """A paragraph's kind, from its text."""
    heading = _MD_HEADING.match(text)
    if heading:
        return Block("heading", heading.group(2), size=len(heading.group(1)))
    if _MARKER.match(text):
        return Block("marker", text)
    if _FOOTNOTE.match(text):
        return Block("footnote", text)
    if is_heading(text) and not _LABEL.match(text):
        return Block("heading", text)
    enum = _ENUM.match(text)
    if enum:
        label = enum.group(1)
        return Block("numbered", text[enum.end():], label=label, level=enum_level(label))
    return Block("para", text)


def join_split_paragraphs(blocks: list[Block]) -> list[Block]:
    """Re-join a paragraph that the original's page break split mid-sentence."""
    out: list[Block] = []
    for block in blocks:
        prev = out[-1] if out else None
        if (prev is not None and block.kind == "para" and block.text[:1].islower()
                and prev.kind in ("para", "numbered", "bullet") and _SPLIT_END.search(prev.text)):
            prev.text += ("" if prev.text.endswith("-") else " ") + block.text
            continue
        out.append(block)
    return out


def parse_lines(lines: list[str]) -> list[Block]:
    """Blocks of an extract written one paragraph per line (markdown-ish, tab tables)."""
    raw: list[Block] = []
    open_block: Block | None = None
    bullets: list[tuple[int, int, str]] = []  # (indent, level, text) of the current list
    for line in lines:
        line = line.rstrip(" \r\n")  # keep a trailing tab: an empty last table cell
        stripped = line.strip()
        if not stripped:
            open_block = None
            continue
        if "\t" in line:
            if not (raw and raw[-1].kind == "table" and open_block is raw[-1]):
                raw.append(Block("table"))
                open_block = raw[-1]
            raw[-1].rows.append(line.split("\t"))
            continue
        if stripped == "---":
            raw.append(Block("rule"))
            open_block = None
            continue
        if _MARKER.match(stripped):
            raw.append(Block("marker", stripped))
            open_block = None
            continue
        if stripped == BLANK_PAGE:
            raw.append(Block("blank", BLANK_PAGE))
            open_block = None
            continue
        item = _BULLET.match(line)
        if item:
            indent, text = len(item.group(1)), item.group(3)
            enum = _ENUM.match(text)
            if enum:
                label = enum.group(1)
                raw.append(Block("numbered", text[enum.end():], label=label, level=enum_level(label)))
                bullets = []
            else:
                # The extracts indent all but the first item of a list by a space or two,
                # so more indentation means a sub-list only under an item ending in ":".
                level = 1
                if bullets and indent > bullets[-1][0]:
                    level = bullets[-1][1] + (1 if bullets[-1][2].rstrip().endswith(":") else 0)
                elif bullets:
                    level = next((lv for ind, lv, _ in reversed(bullets) if ind <= indent), 1)
                raw.append(Block("bullet", text, level=level))
                bullets.append((indent, level, text))
            open_block = raw[-1]
            continue
        if open_block is not None and open_block.kind in ("para", "bullet", "numbered") and not _ENUM.match(stripped):
            open_block.text += "\n" + stripped
            continue
        raw.append(Block("para", stripped))
        open_block = raw[-1]
        bullets = []
    blocks = [classify(b.text) if b.kind == "para" else b for b in raw]
    return join_split_paragraphs(blocks)


def parse_wrapped(lines: list[str]) -> list[Block]:
    """Blocks of a hard-wrapped extract (001): re-flow lines into paragraphs.

    A wrapped line is long (60+ characters); a short line ends its paragraph or is one
    line of an address block, kept as a line break. A blank line inside a paragraph
    (after a full line that ends mid-sentence, or before a lower-case continuation) is
    an extraction artefact. Link targets (``https://``, ``mailto:``) close each page
    of the original: they are printed after the paragraph they interrupt, and a page
    break follows them when the next line starts a new paragraph.
    """
    starts = re.compile(r"^(•|\d{1,2}\.\d{1,2}\s|For Further Information:|"
                        r"(By|To|Classification|Subject):|Summary\s)")
    blocks: list[Block] = []
    para: Block | None = None  # the paragraph being assembled
    last, count = "", 0  # its last source line and number of lines
    blank = after_links = False
    for line in lines:
        text = re.sub(r"\s+", " ", line).strip()
        if not text:
            blank = True
            continue
        if _URL_LINE.match(text):
            if blocks and blocks[-1].kind == "links":
                blocks[-1].text += "\n" + text
            else:
                blocks.append(Block("links", text))
            after_links = True
            continue
        wrapped = len(last) >= 60 and last[-1] not in ".:;!?"
        # A lower-case start continues a sentence, unless the line is an e-mail address.
        continues = text[0].islower() and not re.fullmatch(r"\S+@\S+", text)
        if para is None or starts.match(text):
            sep = None
        elif blank or after_links:
            sep = " " if wrapped or continues else None
        elif count == 1 and last.startswith("•") and text[0].isupper() and last[-1] not in ".:;!?":
            sep = "\n"  # a bullet's title line, then its description
        else:
            sep = " " if wrapped or continues else "\n"
        if sep is None:
            if after_links:
                blocks.append(Block("pagebreak"))
            para = Block("text", text)
            blocks.append(para)
            count = 1
        else:
            para.text += sep + text
            count += 1
        last = text
        blank = after_links = False
    out = []
    for block in blocks:
        if block.kind != "text":
            out.append(block)
        elif block.text.startswith("•"):
            out.append(Block("bullet", block.text[1:].strip(), level=1))
        else:
            out.append(classify(block.text))
    return out


def is_hard_wrapped(lines: list[str]) -> bool:
    """True for pdftotext-style extracts: most lines end in a space."""
    body = [line for line in lines if line.strip()]
    return sum(line.endswith(" ") for line in body) > 0.3 * len(body)


def parse(lines: list[str]) -> list[Block]:
    return parse_wrapped(lines) if is_hard_wrapped(lines) else parse_lines(lines)


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
            text = _LABEL.sub(lambda m: f"**{m.group(0).strip()}** ", block.text, count=1)
            text = _SUMMARY.sub("**Summary** ", text, count=1)
            story.append(Paragraph(inline(text), styles.body))
        elif block.kind in ("footnote", "marker"):
            story.append(Paragraph(inline(block.text), styles.footnote if block.kind == "footnote" else styles.body))
        elif block.kind == "links":
            story.append(Paragraph("<br/>".join(_link(u, u) for u in html.escape(block.text).split("\n")),
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


# --------------------------------------------------------------------------- documents


class PaperDoc(BaseDocTemplate):
    """A4 document whose footer ``label(physical_page)`` is drawn last on each page."""

    def __init__(self, target, label, family: str, **meta):
        super().__init__(target, pagesize=A4, invariant=1, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
                         topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, author=AUTHOR,
                         creator=CREATOR, subject=SUBJECT, **meta)
        self.label, self.family = label, family
        frame = Frame(MARGIN_X, MARGIN_BOTTOM, FRAME_W, FRAME_H, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate("page", [frame], onPageEnd=self._footer)])

    def _footer(self, canv, doc):
        text = self.label(canv.getPageNumber())
        if text:
            canv.saveState()
            canv.setFont(self.family, 9.5)
            canv.drawCentredString(PAGE_W / 2, FOOTER_Y, text)
            canv.restoreState()


def count_pages(story: list[Flowable], family: str) -> int:
    """Pages the story takes on its own (fresh flowables each time: platypus consumes them)."""
    doc = PaperDoc(BytesIO(), lambda page: None, family)
    doc.build(story)
    return doc.page


def document_title(lines: list[str]) -> str:
    text = [plain(line) for line in lines if line.strip()]
    if text and text[0] == "AGENDA":
        return f"Agenda: {text[1].title()}, {text[2]}"
    subject = next((t for t in text if t.startswith("Subject:")), "Committee report")
    return subject.removeprefix("Subject:").strip()


def render_report(lines: list[str], out: Path, family: str) -> int:
    """A single report, numbered "1", "2", ... Returns its page count."""
    doc = PaperDoc(str(out), lambda page: str(page), family, title=document_title(lines))
    doc.build(flowables(parse(lines), Styles(family)))
    return doc.page


@dataclass
class Segment:
    """Source lines laid out on the pages from ``first`` (printed number) to the next segment."""

    key: str
    lines: list[str]
    first: int | None  # None: the unnumbered agenda front pages
    pages: int = 0  # pages allotted (0 = as many as it takes)
    scale: float = 1.0
    padding: int = 0
    blocks: list[Block] = field(default_factory=list)
    kept_markers: list[str] = field(default_factory=list)
    dropped_markers: list[int] = field(default_factory=list)


def agenda_ranges(lines: list[str]) -> dict[str, tuple[int, int, str]]:
    """Agenda item -> (first page, last page, title) from lines like "- B1 Title (Pages 9 - 28)"."""
    found = {}
    for line in lines:
        m = re.match(r"^\s*-?\s*([A-D]\d{1,2})\s+(.*?)\s*\(Pages?\s+(\d+)\s*-\s*(\d+)\)\s*$", line)
        if m:
            found[m.group(1)] = (int(m.group(3)), int(m.group(4)), m.group(2))
    return found


def split_pack(lines: list[str], anchors: tuple[Anchor, ...]) -> list[Segment]:
    """Cut the pack's lines at its anchors (searched in order) into segments."""
    ranges = agenda_ranges(lines)
    segments = [Segment("front", [], None)]
    cursor, start = 0, 0
    for anchor in anchors:
        try:
            at = next(i for i in range(start, len(lines)) if lines[i].strip() == anchor.line)
        except StopIteration:
            raise SystemExit(f"layout anchor not found after line {cursor + 1}: {anchor.line!r}") from None
        segments[-1].lines = lines[cursor:at]
        first = ranges[anchor.item][0] if anchor.item else anchor.page
        segments.append(Segment(anchor.item or f"p{first}", [], first))
        cursor, start = at, at + 1
    segments[-1].lines = lines[cursor:]
    for seg, nxt in zip(segments[1:], segments[2:]):
        seg.pages = nxt.first - seg.first
    return segments


def segment_story(seg: Segment, styles: Styles, marks: dict[str, int] | None = None) -> list[Flowable]:
    """The segment's flowables, its padding pages, and (when ``marks``) a start-page mark."""
    story = flowables(seg.blocks, styles)
    if marks is not None:
        story.insert(0, PageMark(seg.key, marks))
    for _ in range(seg.padding):
        story.extend(blank_page(styles))
    return story


def drop_footer_lines(seg: Segment) -> None:
    """Drop bare "Page N" lines that the segment's own footers print; keep others as text."""
    last = seg.first + seg.pages - 1 if seg.pages else None
    kept = []
    for block in seg.blocks:
        m = _MARKER.match(block.text) if block.kind == "marker" else None
        if m and last is not None and seg.first <= int(m.group(1)) <= last:
            seg.dropped_markers.append(int(m.group(1)))
            continue
        if m:
            seg.kept_markers.append(block.text)
            block.kind = "para"
        kept.append(block)
    seg.blocks = kept


def fit(seg: Segment, family: str) -> None:
    """Choose the scale (nearest 1) that fills exactly the allotted pages.

    Failing that: the scale that comes closest without going over, plus blank padding
    pages; if even the smallest scale overflows, the smallest scale (reported).
    """
    if not seg.pages:
        return
    counts = {}
    for scale in SCALES:
        counts[scale] = count_pages(segment_story(seg, Styles(family, scale)), family)
        if counts[scale] == seg.pages:
            seg.scale = scale
            return
    shorter = [s for s, n in counts.items() if n < seg.pages]
    if shorter:
        seg.scale = min(shorter, key=lambda s: (seg.pages - counts[s], abs(s - 1)))
        seg.padding = seg.pages - counts[seg.scale]
    else:
        seg.scale = min(counts)


@dataclass
class PackResult:
    pages: int
    front: int  # unnumbered front pages
    segments: list[Segment]
    starts: dict[str, int]  # segment key -> printed page it starts on
    ranges: dict[str, tuple[int, int, str]]  # agenda item -> (first, last, title)


def render_pack(lines: list[str], anchors: tuple[Anchor, ...], out: Path, family: str) -> PackResult:
    """An agenda pack: unnumbered front pages, then papers on their agenda pages ("Page N")."""
    segments = split_pack(lines, anchors)
    for seg in segments:
        seg.blocks = parse_lines(seg.lines)
        drop_footer_lines(seg)
        fit(seg, family)
    front = count_pages(segment_story(segments[0], Styles(family)), family)
    marks: dict[str, int] = {}
    story: list[Flowable] = []
    for seg in segments:
        if story:
            story.append(NotAtTopPageBreak())
        story.extend(segment_story(seg, Styles(family, seg.scale), marks))

    def label(page: int) -> str | None:
        return f"Page {page - front}" if page > front else None

    doc = PaperDoc(str(out), label, family, title=document_title(lines))
    doc.build(story)
    return PackResult(doc.page, front, segments, {k: v - front for k, v in marks.items()},
                      agenda_ranges(lines))


def report_pack(result: PackResult) -> None:
    """Print each agenda item's start page against its range, and how segments were fitted."""
    print(f"  {result.front} unnumbered front page(s), then Page 1 - Page {result.pages - result.front}")
    for item, (first, last, title) in result.ranges.items():
        got = result.starts.get(item)
        print(f"  {item} {title[:55]:<55} agenda pages {first}-{last}: starts on Page {got}"
              + ("" if got == first else "  <-- MISMATCH"))
    for seg in result.segments[1:]:
        notes = []
        if seg.scale != 1.0:
            notes.append(f"scale {seg.scale:g}")
        if seg.padding:
            notes.append(f"{seg.padding} padding page(s)")
        if seg.dropped_markers:
            notes.append("footer line(s) " + ", ".join(f"Page {n}" for n in seg.dropped_markers) + " not repeated")
        if seg.kept_markers:
            notes.append("kept as text: " + ", ".join(seg.kept_markers))
        got = result.starts.get(seg.key)
        if got != seg.first:
            notes.append(f"starts on Page {got}, wanted {seg.first}")
        if notes:
            print(f"    segment {seg.key} (Page {seg.first}, {seg.pages or '-'} page(s)): " + "; ".join(notes))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "tests" / "fixtures" / "corpus",
                        help="folder of the text fixtures (default: %(default)s)")
    parser.add_argument("--out", type=Path, default=ROOT / "raw" / "samples",
                        help="folder for the PDFs (default: %(default)s)")
    args = parser.parse_args(argv)
    family = register_fonts()
    args.out.mkdir(parents=True, exist_ok=True)
    for stem in SAMPLE_STEMS:
        lines = (args.corpus / f"{stem}.txt").read_text(encoding="utf-8").splitlines()
        out = args.out / f"{stem}.pdf"
        if stem in PACK_LAYOUTS:
            result = render_pack(lines, PACK_LAYOUTS[stem], out, family)
            print(f"{out}: {result.pages} pages (agenda pack)")
            report_pack(result)
        else:
            print(f"{out}: {render_report(lines, out, family)} pages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
