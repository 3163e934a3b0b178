from pathlib import Path

import pytest

from badinputs import image_only_pdf, text_pdf
from conftest import SAMPLES, SAMPLE_STEMS
from extractors.errors import CorruptPdf, EncryptedPdf, NoTextLayer, NotAPdf
from extractors.parsing.pdf_tables import Unsupported
from pipeline.read import parse_file


def test_pages_printed_numbers_and_offsets(tmp_path: Path):
    path = text_pdf(tmp_path / "pack.pdf", ["AGENDA\nItem A1", "NOTES of a meeting", "Project (£4,000)"])
    document = parse_file(path)
    assert document.format == "pdf" and document.parser.startswith("pypdfium2")
    assert [p.index for p in document.pages] == [0, 1, 2]
    assert [p.printed_number for p in document.pages] == [1, 2, 3]
    assert "\r" not in document.text
    text = document.text
    for page in document.pages:
        assert text[page.char_start : page.char_end] == page.text
    start = text.index("£4,000")
    assert document.page_at(start).index == 2
    assert text[start : start + 6] == "£4,000"


def test_partly_scanned_pdf_loads_and_says_which_pages_lack_text(tmp_path: Path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "mixed.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    pdf.drawString(72, 700, "Typed page")
    pdf.showPage()
    pdf.rect(72, 400, 100, 100, fill=1)
    pdf.showPage()
    pdf.save()
    document = parse_file(path)
    assert document.warnings == ["1 of 2 pages have no text layer: 2"]
    assert [p.has_text for p in document.pages] == [True, False]


def _prose_then_table_pdf(tmp_path: Path) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle
    from reportlab.lib.styles import getSampleStyleSheet

    path = tmp_path / "table.pdf"
    table = Table([["Project", "Amount"], ["Safer Streets", "£5,000"], ["Vape packs", "£2,000"]])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    styles = getSampleStyleSheet()
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(
        [Paragraph("Prose only on this page.", styles["Normal"]), PageBreak(), table]
    )
    return path


def test_ruled_tables_are_read_only_on_pages_that_draw_them(tmp_path: Path):
    document = parse_file(_prose_then_table_pdf(tmp_path))
    assert document.pages[0].tables == []
    assert document.pages[1].tables == [[["Project", "Amount"], ["Safer Streets", "£5,000"], ["Vape packs", "£2,000"]]]


def _refuse(*args, **kwargs):
    raise ValueError("unreadable xref")


def test_ruled_tables_are_read_from_pdfium_without_pdfplumber_parsing_the_file(tmp_path: Path, monkeypatch):
    import pdfplumber

    monkeypatch.setattr(pdfplumber, "open", _refuse)
    document = parse_file(_prose_then_table_pdf(tmp_path))
    assert document.pages[1].tables == [[["Project", "Amount"], ["Safer Streets", "£5,000"], ["Vape packs", "£2,000"]]]
    assert document.warnings == []


@pytest.mark.parametrize("error", [Unsupported("text drawn twice"), RuntimeError("a bug in the PDFium-fed reader")])
def test_a_page_the_pdfium_reader_refuses_or_trips_on_is_read_by_pdfplumber(tmp_path: Path, monkeypatch, error):
    import extractors.parsing.parse_pdf

    def fail(page):
        raise error

    monkeypatch.setattr(extractors.parsing.parse_pdf, "page_tables", fail)
    document = parse_file(_prose_then_table_pdf(tmp_path))
    assert document.pages[1].tables == [[["Project", "Amount"], ["Safer Streets", "£5,000"], ["Vape packs", "£2,000"]]]
    assert document.warnings == []


def test_a_file_pdfplumber_refuses_keeps_its_text_and_says_the_tables_are_missing(tmp_path: Path, monkeypatch):
    """The pdfplumber path, for a page the PDFium-fed reader leaves to it."""
    import pdfplumber

    import extractors.parsing.parse_pdf

    def leave(page):
        raise Unsupported("left to pdfplumber")

    monkeypatch.setattr(extractors.parsing.parse_pdf, "page_tables", leave)
    monkeypatch.setattr(pdfplumber, "open", _refuse)
    document = parse_file(_prose_then_table_pdf(tmp_path))
    assert "Safer Streets" in document.text
    assert [page.tables for page in document.pages] == [[], []]
    assert document.warnings == ["tables could not be read: pdfplumber cannot open the file (ValueError)"]


@pytest.mark.parametrize(
    "make, error, message",
    [
        (lambda p: p.write_bytes(b"<!DOCTYPE html><html>Login</html>"), NotAPdf, "HTML page"),
        (lambda p: p.write_bytes(b"PK\x03\x04rest"), NotAPdf, "ZIP container"),
        (lambda p: p.write_bytes(b"%PDF-1.7\n1 0 obj\n<<"), CorruptPdf, "damaged or truncated PDF"),
        (lambda p: text_pdf(p, ["secret"], encrypt="pw"), EncryptedPdf, "password"),
        (lambda p: image_only_pdf(p), NoTextLayer, "needs OCR"),
    ],
)
def test_bad_pdfs_raise_typed_one_line_errors(tmp_path: Path, make, error, message):
    path = tmp_path / "bad.pdf"
    make(path)
    with pytest.raises(error, match=message) as raised:
        parse_file(path)
    assert "\n" not in raised.value.reason


@pytest.mark.parametrize("stem", SAMPLE_STEMS)
def test_rendered_samples_have_footer_page_numbers(stem: str):
    document = parse_file(SAMPLES / f"{stem}.pdf")
    numbers = [p.printed_number for p in document.pages]
    assert len(document.pages) >= 2
    assert "£" in document.text
    if stem.startswith("004"):
        # The pack's papers follow its agenda: the first paper starts at "Page 1", the last ends at 62.
        numbered = [n for n in numbers if n is not None]
        assert numbered == list(range(1, len(numbered) + 1))
        assert numbered[-1] >= 62
    else:
        assert numbers == list(range(1, len(numbers) + 1))


def test_a_page_that_cannot_be_loaded_costs_only_that_page():
    """Regression: found by fuzzing; pdf[index] raised PdfiumError outside the per-page guard."""
    from badinputs import HELVETICA, raw_pdf

    data = raw_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        HELVETICA,
        b"<< /Length 40 >>\nstream\nBT /F1 12 Tf 72 720 Td (Page one) Tj ET\nendstream",
    ])
    from extractors.parsing.parse import parse_bytes

    document = parse_bytes(Path("kids.pdf"), data)
    assert "Page one" in document.pages[0].text and document.pages[1].text == ""
    assert document.warnings[0].startswith("page 2: could not be loaded")


def test_a_grid_drawn_as_one_path_is_searched_for_tables(tmp_path: Path):
    """Regression: pages were searched only when they drew 4 path objects, so a grid drawn as
    a single path with many subpaths (as some PDF writers do) never had its table read."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "one_path_grid.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    xs, ys = (72, 272, 372), (700, 680, 660, 640)
    grid = pdf.beginPath()
    for x in xs:
        grid.moveTo(x, ys[0])
        grid.lineTo(x, ys[-1])
    for y in ys:
        grid.moveTo(xs[0], y)
        grid.lineTo(xs[-1], y)
    pdf.drawPath(grid, stroke=1, fill=0)
    for row, cells in enumerate([("Project", "Amount"), ("Safer Streets", "£5,000"), ("Vape packs", "£2,000")]):
        for column, cell in enumerate(cells):
            pdf.drawString(xs[column] + 4, ys[row] - 14, cell)
    pdf.showPage()
    pdf.save()
    document = parse_file(path)
    assert document.pages[0].tables == [[["Project", "Amount"], ["Safer Streets", "£5,000"], ["Vape packs", "£2,000"]]]


def test_lone_surrogate_in_the_title_metadata_keeps_the_document(tmp_path: Path):
    """Issue 16 case 8: pypdfium2 decodes the Title strictly; one lone surrogate failed the document."""
    from badinputs import _surrogate_title_pdf

    document = parse_file(_surrogate_title_pdf(tmp_path / "title.pdf"))
    assert document.title == "\ufffdABC"
    assert "Minutes of the meeting" in document.text


def test_html_page_holding_a_pdf_header_is_not_a_pdf(tmp_path: Path):
    """Issue 16 case 10: '%PDF-' anywhere in the first KB was taken for a PDF."""
    path = tmp_path / "login.pdf"
    path.write_bytes(b"<html><body>Sign in<!-- %PDF-1.7 --></body></html>")
    with pytest.raises(NotAPdf, match="HTML page"):
        parse_file(path)


def test_an_empty_page_tree_after_an_encrypted_pdf_is_not_called_encrypted(tmp_path: Path):
    """PDFium's last error is process-wide: a PDF without pages parsed right after an encrypted one,
    in the same worker, was reported as 'encrypted PDF' (seen in the bad-input corpus run by the CLI)."""
    from badinputs import raw_pdf

    with pytest.raises(EncryptedPdf):
        parse_file(text_pdf(tmp_path / "locked.pdf", ["Restricted item"], encrypt="s3cret"))
    empty = tmp_path / "nopages.pdf"
    empty.write_bytes(raw_pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"]))
    with pytest.raises(CorruptPdf, match="or one without pages"):
        parse_file(empty)


def test_line_end_hyphen_is_a_printed_hyphen_not_pdfiums_stand_in(tmp_path: Path):
    # PDFium writes U+FFFE for a hyphen ending a line before a letter and joins the lines: the
    # page text holds the hyphen again, at the same offset, with the hyphenated word whole.
    path = text_pdf(tmp_path / "wrapped.pdf", ["the trail is a well-\nknown route, led by Kit Barrow-\nHeath today"])
    document = parse_file(path)
    text = document.pages[0].text
    assert "\ufffe" not in document.text
    assert text.startswith("the trail is a well-known route, led by Kit Barrow-Heath today\n")
    assert text.index("-") == len("the trail is a well")


def test_line_end_hyphen_over_a_page_footer_keeps_the_footer_its_own_line(tmp_path: Path):
    path = text_pdf(tmp_path / "last.pdf", ["a walk along the cliff-"])
    page = parse_file(path).pages[0]
    assert page.text == "a walk along the cliff-\n\nPage 1"
    assert page.printed_number == 1


def test_page_text_rewrites_every_stand_in_of_a_line():
    from extractors.parsing.parse_pdf import page_text

    assert page_text("one\ufffetwo\ufffethree\r\nfour") == "one-two-three\nfour"


def test_page_footer_does_not_run_on_the_name_it_interrupts(tmp_path: Path):
    # 'and Mr T' over the footer 'Page 1' was read as the attendee 'Mr T Page'.
    from extractors.facts import extract_facts

    path = text_pdf(
        tmp_path / "footer.pdf",
        ["Minutes:\nApologies for absence were received from Mr K D Rowe, Mr P Oakes and Mr T", "B Hale.\n7.\nChair's Notices"],
    )
    document = parse_file(path)
    assert document.pages[0].text.endswith("Mr P Oakes and Mr T\n\nPage 1\n")
    assert document.pages[-1].text.endswith("Chair's Notices\n\nPage 2")
    assert [p.printed_number for p in document.pages] == [1, 2]
    names = [a.name for a in extract_facts(document).attendees]
    assert "Mr T Page" not in names and {"Mr K D Rowe", "Mr P Oakes"} <= set(names)


def test_first_line_after_a_page_footer_is_read_as_its_own_line(tmp_path: Path):
    # The page break after 'Page 1' joined the footer and the next page's first sentence on one line.
    from extractors.facts import extract_facts

    path = text_pdf(
        tmp_path / "break.pdf",
        ["Minutes:\nCouncillor Ada Finch sent her apology. Councillor Ravi Tull was her substitute.",
         "Councillor Ben Moss sent his apology. Councillor Ivy Lake was his substitute.\nThe Chair opened the meeting."],
    )
    names = {a.name for a in extract_facts(parse_file(path)).attendees if a.attendance == "apologies"}
    assert {"Councillor Ada Finch", "Councillor Ben Moss"} <= names


def test_running_header_and_last_lines_most_pages_print_are_set_apart():
    from extractors.parsing.parse_pdf import set_apart_running_lines

    pages = [f"Harbour Board 3 May\nbody text {n} carries on\nHarbour papers | sheet {n}" for n in range(1, 4)]
    assert set_apart_running_lines(pages)[1] == "Harbour Board 3 May\n\nbody text 2 carries on\n\nHarbour papers | sheet 2\n"
    assert set_apart_running_lines(pages)[2].endswith("\n\nHarbour papers | sheet 3")
    # Two pages are too few to call a line running; a page-number footer still counts.
    assert set_apart_running_lines(["Head\nbody", "Head\nmore\nPage 2"]) == ["Head\nbody\n", "Head\nmore\n\nPage 2"]


def test_a_paragraph_gap_on_a_pdf_page_reads_as_a_blank_line(tmp_path: Path):
    # PDFium wrote one line end across the space between blocks: 'Pru Oakes' ran on into
    # 'In Attendance', so readers closing a list at a blank line read on into the next block.
    page = "Present:\nTobias Venn (Chairman)\nCora Blyth\nPru Oakes\n\nIn Attendance\nIda Quill\n\n\n1. Welcome"
    document = parse_file(text_pdf(tmp_path / "gap.pdf", [page]))
    text = document.pages[0].text
    assert text.startswith("Present:\nTobias Venn (Chairman)\nCora Blyth\nPru Oakes\n\nIn Attendance\nIda Quill\n\n1. Welcome")
    # Only line ends are added: every printed line is there, in order, where its offsets say.
    assert [line for line in text.split("\n") if line] == [line for line in page.split("\n") if line] + ["Page 1"]
    start = document.text.index("Ida Quill")
    assert document.text[start : start + len("Ida Quill")] == "Ida Quill"


def test_a_gap_is_judged_against_the_pages_own_line_pitch():
    from extractors.parsing.pdf_gaps import gap_lines

    # 11 pt lines 14.3 pt apart, a paragraph gap of 6.6 pt before 'Next'.
    text = "One\r\nwrapped\r\nlines\r\nNext\r\nlast"
    lines = [(700.0, 11.0), (685.7, 11.0), (671.4, 11.0), (650.5, 11.0), (636.2, 11.0)]
    assert gap_lines(text, lines) == "One\nwrapped\nlines\n\nNext\nlast"
    # A heading's wider leading is no gap: steps are measured in the lower line's font size.
    assert "\n\n" not in gap_lines("Body\r\nmore\r\nbody\r\nHeading\r\nbody", [(700, 11), (685.7, 11), (671.4, 11), (651.8, 15), (637.5, 11)])
    # A line level with or above the one before (a table's next column) is no gap either.
    assert gap_lines("a\r\nb\r\nc\r\nd\r\ne", [(700, 11), (685.7, 11), (671.4, 11), (700, 11), (685.7, 11)]) == "a\nb\nc\nd\ne"
    # Too few steps to know the usual pitch, or lines that do not match the text: unchanged but for their line ends.
    assert gap_lines("a\r\nb", [(700, 11), (600, 11)]) == "a\nb"  # line ends normalised on both paths (review s18 item 7)
    assert gap_lines("a\r\nb\r\nc", []) == "a\nb\nc"


def test_a_page_of_one_line_paragraphs_still_shows_its_gaps():
    # Every line stood a paragraph apart, so the 'usual' pitch was the paragraph pitch and no gap
    # was found; the usual pitch is capped at one and a half font sizes.
    from extractors.parsing.pdf_gaps import gap_lines

    lines = [(700.0 - 32 * i, 11.0) for i in range(5)]
    assert gap_lines("a\nb\nc\nd\ne", lines) == "a\n\nb\n\nc\n\nd\n\ne"
