"""`papers search` said 'PDF page 1' of a hit in a text file (bug found running 440 real pages)."""

from pipeline.cli_read import page_label


def test_a_text_file_hit_is_not_said_to_be_on_a_pdf_page():
    assert page_label(None, 0, "/papers/grants_note.txt") == "page 1 of the file"
    assert page_label(None, 2, "/papers/pack.PDF") == "PDF page 3"
    assert page_label(7, 2, "/papers/pack.pdf") == "page 7"
