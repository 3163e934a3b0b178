"""PDFium-fed ruled tables (``extractors.parsing.pdf_tables``) against pdfplumber's own ``extract_tables()``.

Every page of every variant below, of the samples and of generated packs is read both ways and
must come out the same; the variants PDFium's text page cannot match must be refused with
their reason, and ``parse_file`` must then give pdfplumber's tables for them. The variants are
drawn with reportlab, matplotlib and by hand (for operators reportlab never writes).
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

import pdfplumber
import pypdfium2 as pdfium
import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from badinputs import image_only_pdf, raw_pdf, text_pdf
from conftest import ROOT, SAMPLE_STEMS, SAMPLES
from extractors.parsing.parse_pdf import _kept, _looks_tabular
from extractors.parsing.pdf_paths import Frame, Objects, as_written, page_edges
from extractors.parsing.pdf_tables import Unsupported, page_tables
from pipeline.read import parse_file

STYLES = getSampleStyleSheet()
ROWS = [
    ["Project", "Lead", "Amount"],
    ["Safer Streets", "Kent Police", "£5,000"],
    ["Vape packs", "Trading Standards", "£2,000.50"],
    ["Total", "", "£7,000.50"],
]
GRID = [("GRID", (0, 0), (-1, -1), 0.5, colors.black)]
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")


def _build(path: Path, flowables: list) -> Path:
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(flowables)
    return path


def _table(rows, style=GRID, **kwargs) -> Table:
    table = Table(rows, **kwargs)
    table.setStyle(TableStyle(style))
    return table


def _ruled_canvas(path: Path, xs: list[float], ys: list[float]) -> canvas.Canvas:
    """A canvas with a grid of single stroked lines at ``xs`` by ``ys``, Helvetica 10 set."""
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for y in ys:
        pdf.line(xs[0], y, xs[-1], y)
    for x in xs:
        pdf.line(x, ys[0], x, ys[-1])
    pdf.setFont("Helvetica", 10)
    return pdf


def grid(path):
    return _build(path, [Paragraph("Appendix A", STYLES["Heading2"]), _table(ROWS)])


def box_innergrid(path):
    style = [("BOX", (0, 0), (-1, -1), 1, colors.black), ("INNERGRID", (0, 0), (-1, -1), 0.25, colors.grey),
             ("BACKGROUND", (0, 0), (-1, 0), colors.lightblue)]
    return _build(path, [_table(ROWS, style)])


def spans(path):
    rows = [["Budget 2025/26", "", ""], ["Line", "Q1", "Q2"], ["Staff", "£1,200", "£1,300"], ["Notes", "Carried forward", ""]]
    return _build(path, [_table(rows, GRID + [("SPAN", (0, 0), (-1, 0)), ("SPAN", (1, 3), (2, 3))])])


def wrapped(path):
    def para(text):
        return Paragraph(text, STYLES["BodyText"])

    rows = [
        ["Issue", "Summary"],
        ["Anti-social Behaviour", para("The number of ASB incidents recorded in Kent increased when compared to the "
                                       "previous year. Tackling ASB is a priority for the Government ('Safer Streets').")],
        [para("Shoplifting / retail crime"), para("Theft offences increased overall; repeal the £200 threshold for "
                                                  "prosecuting shoplifters.")],
    ]
    return _build(path, [_table(rows, GRID + [("VALIGN", (0, 0), (-1, -1), "TOP")], colWidths=[120, 330])])


def empty_cells(path):
    rows = [["Name", "Attended", "Apologies"], ["Mr A Webb", "Yes", ""], ["Ms B Rivers", "", "Yes"], ["", "", ""]]
    return _build(path, [_table(rows, colWidths=[150, 80, 80], rowHeights=[18] * 4)])


def two_pages(path):
    rows = [["Ref", "Item", "Cost"]] + [[f"R{i:03d}", f"Line item number {i}", f"£{i * 137:,}.00"] for i in range(1, 80)]
    return _build(path, [Spacer(1, 300), _table(rows, repeatRows=1)])


def filled_rect_borders(path):
    """Borders as thin filled rectangles, the way Word exports them."""
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    xs, ys = [72, 220, 330, 450], [700, 680, 660, 640, 620]
    pdf.setFont("Helvetica", 10)
    for r, row in enumerate(ROWS):
        for k, cell in enumerate(row):
            pdf.drawString(xs[k] + 3, ys[r] - 14, cell)
    for y in ys:
        pdf.rect(xs[0], y - 0.25, xs[-1] - xs[0], 0.5, stroke=0, fill=1)
    for x in xs:
        pdf.rect(x - 0.25, ys[-1], 0.5, ys[0] - ys[-1], stroke=0, fill=1)
    pdf.save()
    return path


def horizontal_rules_only(path):
    style = [("LINEABOVE", (0, 0), (-1, 0), 1, colors.black), ("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.black)]
    return _build(path, [_table(ROWS, style)])


def punctuation(path):
    rows = [["Item (ref.)", "Cost: £", "Change %"], ["Fees & charges*", "£(1,234.56)", "-12.5%"],
            ["Grants; \"other\"", "£0.99", "+3%"], ["Total — net", "£1,000,000", "n/a"]]
    return _build(path, [_table(rows, GRID + [("ALIGN", (1, 0), (-1, -1), "RIGHT")])])


def fonts(path):
    for name, file in (("DejaVuSans", "DejaVuSans.ttf"), ("DejaVuSans-Oblique", "DejaVuSans-Oblique.ttf")):
        pdfmetrics.registerFont(TTFont(name, str(DEJAVU / file)))
    rows = [["Times fifty", "Courier £12", "Oblique fjord"], ["Helvetica-Bold", "DejaVu £3,400", "Times-Italic f"],
            ["ffi fl", "Symbols ± ×", "wrap"]]
    style = GRID + [("FONT", (0, 0), (0, 0), "Times-Roman"), ("FONT", (1, 0), (1, 0), "Courier"),
                    ("FONT", (2, 0), (2, 0), "DejaVuSans-Oblique"), ("FONT", (0, 1), (0, 1), "Helvetica-Bold"),
                    ("FONT", (1, 1), (1, 1), "DejaVuSans"), ("FONT", (2, 1), (2, 1), "Times-Italic"),
                    ("FONT", (1, 2), (1, 2), "DejaVuSans")]
    return _build(path, [_table(rows, style)])


def transformed(path):
    """One table under a scaling, translating cm, another inside a form XObject."""
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    table = _table(ROWS)
    table.wrapOn(pdf, 400, 400)
    pdf.saveState()
    pdf.translate(50.5, 480.25)
    pdf.scale(1.2, 0.9)
    table.drawOn(pdf, 10, 10)
    pdf.restoreState()
    pdf.beginForm("tbl")
    table.drawOn(pdf, 0, 0)
    pdf.endForm()
    pdf.translate(80, 150)
    pdf.doForm("tbl")
    pdf.save()
    return path


def offset_mediabox(path):
    """A MediaBox that does not start at 0 0, and a CropBox (which pdfplumber's tables ignore)."""
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    table = _table(ROWS)
    table.wrapOn(pdf, 400, 400)
    table.drawOn(pdf, 100, 500)
    pdf.setCropBox((50, 100, 500, 800))
    pdf.save()
    data = path.read_bytes()
    assert b"/MediaBox [ 0 0 595.2756 841.8898 ]" in data
    path.write_bytes(data.replace(b"/MediaBox [ 0 0 595.2756 841.8898 ]", b"/MediaBox [ 20 30 595.2756 841.8898 ]"))
    return path


def superscripts(path):
    def para(text):
        return Paragraph(text, STYLES["BodyText"])

    rows = [["Measure", "Value"], [para("Incidents<super>1</super>"), para("1,234<super>2</super>")],
            [para("Rate per 1,000<sub>a</sub>"), "5.6"]]
    return _build(path, [_table(rows)])


def no_space_glyphs(path):
    """Words placed one by one, no space characters, gaps either side of the 3 pt tolerance."""
    pdf = _ruled_canvas(path, [72, 260, 400], [700, 680, 660])
    x = 75.0
    for gap, word in [(0, "Words"), (2.4, "with"), (3.2, "gaps"), (2.9, "near"), (3.05, "three")]:
        x += gap
        pdf.drawString(x, 686, word)
        x += pdf.stringWidth(word, "Helvetica", 10)
    for x, y, text in [(263, 686, "A"), (75, 666, "B"), (263, 666, "C")]:
        pdf.drawString(x, y, text)
    pdf.save()
    return path


def spacing(path, chained=False):
    """Character spacing, horizontal scaling and a rise in cells; ``chained`` shows the raised
    string straight after the one before it, in the same text object."""
    pdf = _ruled_canvas(path, [72, 260, 400], [700, 680, 660])
    text = pdf.beginText(75, 686)
    text.setCharSpace(1.5)
    text.textOut("Spaced out")
    pdf.drawText(text)
    text = pdf.beginText(263, 686)
    text.setHorizScale(70)
    text.textOut("Squeezed cell text")
    pdf.drawText(text)
    text = pdf.beginText(75, 666)
    text.textOut("Note")
    if not chained:
        text.setTextOrigin(110, 666)
    text.setRise(4)
    text.setFont("Helvetica", 6)
    text.textOut("3")
    pdf.drawText(text)
    pdf.drawString(263, 666, "£9")
    pdf.save()
    return path


def round_and_dashed(path):
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    pdf.roundRect(72, 600, 300, 100, 8)
    pdf.setDash(3, 2)
    for y in (650, 625):
        pdf.line(72, y, 372, y)
    pdf.line(200, 600, 200, 700)
    pdf.setDash()
    pdf.setFont("Helvetica", 10)
    for x, y, text in [(80, 680, "Top left"), (210, 680, "Top right"), (80, 635, "Mid"), (210, 635, "£4"),
                       (80, 610, "End"), (210, 610, "£5")]:
        pdf.drawString(x, y, text)
    pdf.save()
    return path


def nested(path):
    inner = _table([["a", "b"], ["c", "d"]], [("GRID", (0, 0), (-1, -1), 0.5, colors.red)])
    return _build(path, [_table([["Outer", "Inner"], ["Row", inner]], [("GRID", (0, 0), (-1, -1), 1, colors.black)])])


def two_tables(path):
    members = _table([["Member", "Role"], ["Cllr X", "Chair"]])
    return _build(path, [_table(ROWS), Spacer(1, 30), Paragraph("Between the tables.", STYLES["Normal"]), members])


def prose_then_table(path):
    """The two pages ``test_parse_pdf`` reads."""
    return _build(path, [Paragraph("Prose only on this page.", STYLES["Normal"]), PageBreak(),
                         _table([["Project", "Amount"], ["Safer Streets", "£5,000"], ["Vape packs", "£2,000"]])])


def bad_input_pages(path):
    """``badinputs``'s typed pages: prose and a centred footer, no rules."""
    text_pdf(path, ["AGENDA\nItem A1", "Project (£4,000)"])
    return path


def _matplotlib(path: Path, fonttype: int) -> Path:
    matplotlib = pytest.importorskip("matplotlib")
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    with matplotlib.rc_context({"pdf.fonttype": fonttype}):
        figure, axes = plt.subplots(figsize=(6, 3))
        axes.axis("off")
        axes.table(cellText=[r[1:] for r in ROWS[1:]], rowLabels=[r[0] for r in ROWS[1:]], colLabels=ROWS[0][1:], loc="center")
        figure.savefig(str(path), format="pdf", metadata={"CreationDate": None})
        plt.close(figure)
    return path


def matplotlib_truetype(path):
    """Text in a Type 0 (CID) font, cells as matplotlib's paths."""
    return _matplotlib(path, 42)


def _stream(data: bytes, entries: bytes = b"") -> bytes:
    return b"<< /Length %d %s>>\nstream\n" % (len(data), entries) + data + b"\nendstream"


def _widths(value: Callable[[str], int]) -> bytes:
    return b"[" + b" ".join(b"%d" % value(chr(code)) for code in range(32, 127)) + b"]"


def _one_page(content: bytes, fonts: list[bytes], resources: bytes = b"", more: list[bytes] = ()) -> bytes:
    """A one-page PDF: objects 1-4 are catalog, pages, page and content, fonts F1.. follow."""
    names = b" ".join(b"/F%d %d 0 R" % (n, 5 + n - 1) for n in range(1, len(fonts) + 1))
    return raw_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << " + names + b" >> "
        + resources + b">> /Contents 4 0 R >>",
        _stream(content),
        *fonts,
        *more,
    ])


def _helvetica_width(char: str) -> int:
    from pdfminer.fontmetrics import FONT_METRICS

    return FONT_METRICS["Helvetica"][1][char]


HELVETICA = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
# A 2 x 2 grid, one stroked path object per rule.
_RULES = b"""0.5 w 72 700 m 372 700 l S 72 680 m 372 680 l S 72 660 m 372 660 l S
72 700 m 72 660 l S 222 700 m 222 660 l S 372 700 m 372 660 l S
"""


def hand_made(path):
    """One path of many subpaths, clipping, an unclosed and a negative rectangle, v/y curves,
    TJ kerning, word spacing, T*, a font by alias (Arial, which pdfminer gives Helvetica's
    AFM metrics), and a form XObject with a /Matrix holding a nested form."""
    content = b"""0.5 w
72 700 m 372 700 l 72 680 m 372 680 l 72 660 m 372 660 l 72 640 m 372 640 l
72 700 m 72 640 l 222 700 m 222 640 l 372 700 m 372 640 l S
q 72 600 300 20 re W n 0 0 m 600 0 l S Q
72 580 m 372 580 l 372 560 l 72 560 l 72 580 l S
372 560 -300 -20 re f
100 500 m 150 520 200 500 v 250 480 300 500 y S
q 1 0 0 1 3 -2 cm BT /F1 10 Tf 75 688 Td [(Pro) 20 (ject) -250 (name)] TJ ET Q
BT /F1 10 Tf 5 Tw 225 686 Td (Amount due) Tj ET
BT /F2 10 Tf 12 TL 75 666 Td (Arial text) Tj T* (wraps) Tj ET
BT /F1 9 Tf 225 666 Td (Cost \\243) Tj ET
BT /F1 8 Tf 75 646 Td (Last) Tj 40 0 Td (row) Tj ET
BT /F1 8 Tf 225 646 Td 2 Tc (spaced out) Tj ET
BT /F1 9 Tf 0 Tc 80 565 Td (In the unclosed box) Tj ET
/Fm1 Do
"""
    form = b"""0 0 m 200 0 l 200 60 l 0 60 l h S 0 30 m 200 30 l S 100 0 m 100 60 l S
BT /F1 9 Tf 5 40 Td (Form cell) Tj 100 0 Td (\\2435.00) Tj ET
/Fm2 Do
"""
    inner = b"BT /F1 9 Tf 5 10 Td (Nested) Tj 100 0 Td (text) Tj ET\n"
    fonts = b"/Font << /F1 5 0 R /F2 6 0 R >>"
    arial = (b"<< /Type /Font /Subtype /TrueType /BaseFont /Arial /FirstChar 32 /LastChar 126 /Widths "
             + _widths(_helvetica_width) + b" /Encoding /WinAnsiEncoding /FontDescriptor << /Type /FontDescriptor"
             b" /FontName /Arial /Flags 32 /FontBBox [-665 -325 2000 1040] /ItalicAngle 0 /Ascent 905"
             b" /Descent -212 /CapHeight 716 /StemV 80 >> >>")
    path.write_bytes(_one_page(content, [HELVETICA, arial], b"/XObject << /Fm1 7 0 R >> ", [
        _stream(form, b"/Type /XObject /Subtype /Form /BBox [0 0 200 60] /Matrix [1 0 0 1 72 400] /Resources << "
                + fonts + b" /XObject << /Fm2 8 0 R >> >> "),
        _stream(inner, b"/Type /XObject /Subtype /Form /BBox [0 0 200 30] /Resources << " + fonts + b" >> "),
    ]))
    return path


def rotated_page(path):
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    pdf.setPageRotation(90)
    table = _table(ROWS)
    table.wrapOn(pdf, 400, 400)
    table.drawOn(pdf, 72, 600)
    pdf.save()
    return path


def fake_bold(path):
    """A heading drawn twice, 0.3 pt apart: PDFium's text page keeps one copy."""
    pdf = _ruled_canvas(path, [72, 220, 330], [700, 680, 660])
    for dx in (0, 0.3):
        pdf.drawString(75 + dx, 686, "Heading")
    for x, y, text in [(223, 686, "Value"), (75, 666, "Row"), (223, 666, "£1")]:
        pdf.drawString(x, y, text)
    pdf.save()
    return path


def hyphen_at_line_end(path):
    """PDFium reports a hyphen that ends a line before a word as U+0002."""
    pdf = _ruled_canvas(path, [72, 220, 330], [700, 660, 640])
    for x, y, text in [(75, 688, "Community well-"), (75, 676, "being fund"), (223, 688, "£5,000"),
                       (75, 648, "Other"), (223, 648, "£1")]:
        pdf.drawString(x, y, text)
    pdf.save()
    return path


def vertical_header(path):
    pdf = _ruled_canvas(path, [72, 220, 330], [700, 640, 620])
    pdf.saveState()
    pdf.translate(90, 645)
    pdf.rotate(90)
    pdf.drawString(0, 0, "Rotated")
    pdf.restoreState()
    for x, y, text in [(223, 660, "Value"), (75, 626, "Row"), (223, 626, "£1")]:
        pdf.drawString(x, y, text)
    pdf.save()
    return path


def spacing_chained(path):
    return spacing(path, chained=True)


def matplotlib_type3(path):
    """matplotlib's default Type 3 fonts: pdfminer's box comes from /FontBBox."""
    return _matplotlib(path, 3)


def helvetica_own_widths(path):
    """Helvetica with a /Widths array of its own, which pdfminer replaces with AFM widths."""
    content = _RULES + b"""BT /F1 10 Tf 75 686 Td (Narrow) Tj 150 0 Td (Wide) Tj 0 -20 Td (cells) Tj -150 0 Td (Row) Tj ET
"""
    font = (b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /FirstChar 32 /LastChar 126 /Widths "
            + _widths(lambda char: 556) + b" /Encoding /WinAnsiEncoding >>")
    path.write_bytes(_one_page(content, [font]))
    return path


def space_string_in_cell(path):
    """Words 2.8 pt apart with the space between them shown as a string of its own, which
    PDFium's text page drops (pdfminer's space char splits the words)."""
    content = _RULES + b"""BT /F1 10 Tf 75 686 Td (Word) Tj ET BT /F1 10 Tf 98.34 686 Td ( ) Tj ET
BT /F1 10 Tf 101.12 686 Td (split) Tj ET BT /F1 10 Tf 225 686 Td (B) Tj ET BT /F1 10 Tf 75 666 Td (C) Tj ET
"""
    path.write_bytes(_one_page(content, [HELVETICA]))
    return path


def overlapping_strings(path):
    """Text overflowing into the next cell over its text: PDFium's text page drops the second
    of its two spaces, and the 'e' of "next" as a copy of the 'e' of "Cell" 0.6 pt away."""
    content = _RULES + b"""BT /F1 10 Tf 150 686 Td (Overflowing  into next) Tj ET BT /F1 10 Tf 225 686 Td (Cell text) Tj ET
BT /F1 10 Tf 75 666 Td (C) Tj ET
"""
    path.write_bytes(_one_page(content, [HELVETICA]))
    return path


def kerned_space(path):
    """A space after a kerning gap: PDFium generates a space there and drops the real one."""
    content = _RULES + b"""BT /F1 6 Tf 75 686 Td [(Kerned) -400 ( gap)] TJ ET BT /F1 10 Tf 225 686 Td (B) Tj ET
BT /F1 10 Tf 75 666 Td (C) Tj ET
"""
    path.write_bytes(_one_page(content, [HELVETICA]))
    return path


def char_on_rule(path):
    """An 'i' whose midpoint lies exactly on a rule, where float noise decides the cell."""
    content = _RULES + b"""BT /F1 10 Tf 220.89 686 Td (i) Tj ET BT /F1 10 Tf 75 686 Td (A) Tj ET
BT /F1 10 Tf 75 666 Td (C) Tj ET
"""
    path.write_bytes(_one_page(content, [HELVETICA]))
    return path


def actual_text(path):
    """A cell whose glyphs carry /ActualText, which PDFium's text page reports instead."""
    content = _RULES + b"""/Span << /ActualText (Replaced) >> BDC BT /F1 10 Tf 75 686 Td (Shown) Tj ET EMC
BT /F1 10 Tf 225 686 Td (B) Tj ET BT /F1 10 Tf 75 666 Td (C) Tj ET
"""
    path.write_bytes(_one_page(content, [HELVETICA]))
    return path


EQUAL = [grid, box_innergrid, spans, wrapped, empty_cells, two_pages, filled_rect_borders, horizontal_rules_only,
         punctuation, fonts, transformed, offset_mediabox, superscripts, no_space_glyphs, spacing, round_and_dashed,
         nested, two_tables, prose_then_table, bad_input_pages, matplotlib_truetype, hand_made]
WITHOUT_TABLES = {"horizontal_rules_only", "bad_input_pages"}
REFUSED = {
    rotated_page: "turned by /Rotate",
    fake_bold: "drops \\(a fake-bold copy",
    hyphen_at_line_end: "line-end hyphen",
    vertical_header: "turned, skewed or mirrored text",
    spacing_chained: "character spacing carried",
    matplotlib_type3: "Type 3 font",
    helvetica_own_widths: "/Widths pdfminer replaces",
    space_string_in_cell: "a string of one space",
    overlapping_strings: "strings drawn over one another",
    kerned_space: "folds into one it generates",
    char_on_rule: "centred on a rule",
    actual_text: "/ActualText",
}


def _pdfplumber_tables(path: Path, pages: list[int] | None = None) -> dict[int, list]:
    with pdfplumber.open(path) as pdf:
        return {index: pdf.pages[index].extract_tables() for index in (range(len(pdf.pages)) if pages is None else pages)}


def _pdfium_tables(path: Path, pages: list[int] | None = None) -> dict[int, list]:
    pdf = pdfium.PdfDocument(path)
    try:
        found = {}
        for index in range(len(pdf)) if pages is None else pages:
            page = pdf[index]
            try:
                found[index] = page_tables(page)
            finally:
                page.close()
        return found
    finally:
        pdf.close()


def _ruled_pages(path: Path) -> list[int]:
    pdf = pdfium.PdfDocument(path)
    try:
        return [index for index in range(len(pdf)) if _looks_tabular(pdf[index])]
    finally:
        pdf.close()


@pytest.fixture(scope="module")
def made(tmp_path_factory) -> Callable[[Callable[[Path], Path]], Path]:
    folder = tmp_path_factory.mktemp("pdf_tables")
    return lambda make: make(folder / f"{make.__name__}.pdf")


@pytest.mark.parametrize("make", EQUAL, ids=lambda make: make.__name__)
def test_every_page_reads_as_pdfplumber_reads_it(made, make):
    path = made(make)
    expected = _pdfplumber_tables(path)
    assert _pdfium_tables(path) == expected
    assert (sum(map(len, expected.values())) == 0) == (make.__name__ in WITHOUT_TABLES)


@pytest.mark.parametrize("make, reason", REFUSED.items(), ids=[make.__name__ for make in REFUSED])
def test_pages_only_pdfplumber_can_read_so_are_refused_and_read_by_pdfplumber(made, make, reason):
    path = made(make)
    pdf = pdfium.PdfDocument(path)
    page = pdf[0]
    with pytest.raises(Unsupported, match=reason):
        page_tables(page)
    page.close()
    pdf.close()
    expected = _kept(_pdfplumber_tables(path)[0])
    assert expected and parse_file(path).pages[0].tables == expected


@pytest.mark.parametrize("stem", SAMPLE_STEMS)
def test_sample_ruled_pages_read_as_pdfplumber_reads_them(stem):
    path = SAMPLES / f"{stem}.pdf"
    ruled = _ruled_pages(path)
    assert _pdfium_tables(path, ruled) == _pdfplumber_tables(path, ruled)


def test_generated_pack_tables_read_as_pdfplumber_reads_them(tmp_path, monkeypatch):
    monkeypatch.syspath_prepend(str(ROOT / "benchmarks"))
    from corpus import write_corpus

    for path in write_corpus(tmp_path, 3, seed=5):
        ruled = _ruled_pages(path)
        expected = _pdfplumber_tables(path, ruled)
        assert sum(map(len, expected.values())) >= 1
        assert _pdfium_tables(path, ruled) == expected


def _edge_keys(edges: list[dict]) -> list[tuple]:
    return [(e["object_type"], e["orientation"], *(round(e[k], 4) for k in ("x0", "top", "x1", "bottom"))) for e in edges]


@pytest.mark.parametrize("make", [grid, filled_rect_borders, transformed, offset_mediabox, round_and_dashed, hand_made,
                                  matplotlib_truetype], ids=lambda make: make.__name__)
def test_edges_are_pdfplumbers_in_its_order(made, make):
    """Equal to 1e-4 pt: pdfminer adds a rectangle's corner in double precision, PDFium in
    single, and PDFium multiplies nested matrices in single precision."""
    path = made(make)
    pdf = pdfium.PdfDocument(path)
    page = pdf[0]
    frame = Frame(page)
    mine = _edge_keys(page_edges(Objects(page, frame.base), frame))
    with pdfplumber.open(path) as plumber:
        assert mine == _edge_keys(plumber.pages[0].edges)
    page.close()
    pdf.close()


def test_blank_and_scan_pages_have_no_tables(tmp_path):
    path = image_only_pdf(tmp_path / "scan.pdf")
    assert _pdfium_tables(path) == {0: [], 1: []} == _pdfplumber_tables(path)


@pytest.mark.parametrize(
    "value, written",
    [(375.0469055175781, 375.0469), (62.36220169067383, 62.3622), (0.10000000149011612, 0.1), (356.25, 356.25),
     (-20.649999618530273, -20.65), (12.0, 12.0)],
)
def test_pdfium_floats_are_read_back_as_the_decimals_written(value, written):
    assert as_written(value) == written


def _random_page(rng) -> bytes:
    """A random ruled grid (separate lines, one path, thin filled rectangles or stroked cells,
    sometimes under a scaling cm) with random strings in its cells: fonts, sizes, horizontal
    scaling, TJ kerning, overflowing and overlapping text."""
    digits = rng.choice([0, 1, 2, 3, 4])

    def n(value: float) -> bytes:
        return b"%.*f" % (digits, value)

    cols = sorted(rng.sample(range(40, 560), rng.randint(2, 6)))
    rows = sorted(rng.sample(range(100, 780), rng.randint(2, 8)), reverse=True)
    out = [b"%.2f w" % rng.uniform(0.1, 2)]
    if rng.random() < 0.3:
        out.insert(0, b"q %.3f 0 0 %.3f %.2f %.2f cm" % (rng.uniform(0.8, 1.2), rng.uniform(0.8, 1.2),
                                                       rng.uniform(-20, 20), rng.uniform(-20, 20)))
    style = rng.choice(["lines", "one path", "filled", "cells"])
    hlines = [(cols[0], y, cols[-1], y) for y in rows]
    vlines = [(x, rows[0], x, rows[-1]) for x in cols]
    if style == "lines":
        out += [b"%s %s m %s %s l S" % tuple(map(n, line)) for line in hlines + vlines]
    elif style == "one path":
        out.append(b" ".join(b"%s %s m %s %s l" % tuple(map(n, line)) for line in hlines + vlines) + b" S")
    elif style == "filled":
        t = rng.uniform(0.2, 1.0)
        out += [b"%s %s %s %s re f" % (n(cols[0]), n(y - t / 2), n(cols[-1] - cols[0]), n(t)) for y in rows]
        out += [b"%s %s %s %s re f" % (n(x - t / 2), n(rows[-1]), n(t), n(rows[0] - rows[-1])) for x in cols]
    else:
        out += [b"%s %s %s %s re S" % (n(cols[j]), n(rows[i + 1]), n(cols[j + 1] - cols[j]), n(rows[i] - rows[i + 1]))
                for i in range(len(rows) - 1) for j in range(len(cols) - 1)]
    words = ["Total", "£1,234.50", "Kent", "Police", "n/a", "Grant", "fee", "ffi", "—", "Q1", "2025/26", "x", ""]
    for i in range(len(rows) - 1):
        for j in range(len(cols) - 1):
            if rng.random() < 0.2:
                continue
            height = rows[i] - rows[i + 1]
            size = min(rng.choice([6, 8, 9, 10, 11, 12]), max(4, height - 2))
            x, y = cols[j] + rng.uniform(-1, 6), rows[i + 1] + rng.uniform(-2, max(1, height - size))
            text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 3))).encode("cp1252")
            if rng.random() < 0.3:
                shown = b"[" + b" ".join(b"(%s) %d" % (part, rng.randint(-300, 50)) for part in text.split(b" ")) + b"] TJ"
            else:
                shown = b"(%s) Tj" % text
            out.append(b"BT /F%d %d Tf %d Tz %.2f %.2f Td %s ET" % (rng.randint(1, 3), size, rng.choice([100, 100, 100, 80, 120]),
                                                                   x, y, shown))
    if out[0].startswith(b"q"):
        out.append(b"Q")
    fonts = [HELVETICA] + [b"<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>" % name
                           for name in (b"Times-Roman", b"Courier-Bold")]
    return _one_page(b"\n".join(out), fonts)


def test_random_ruled_pages_read_as_pdfplumber_reads_them_or_are_refused():
    import io
    import random

    read = 0
    for seed in range(60):
        data = _random_page(random.Random(seed))
        with pdfplumber.open(io.BytesIO(data)) as plumber:
            expected = plumber.pages[0].extract_tables()
        pdf = pdfium.PdfDocument(data)
        page = pdf[0]
        try:
            assert page_tables(page) == expected, seed
            read += 1
        except Unsupported:
            pass
        finally:
            page.close()
            pdf.close()
    assert read >= 40
