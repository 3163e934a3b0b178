import pytest

from extractors.proceedings.kind import classify
from schemas.parsed import ParsedDocument
from structure_helpers import document


def html_document(text: str) -> ParsedDocument:
    return ParsedDocument.from_page_texts([text], sha256="0" * 64, path="page.html", format="html", parser="test")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("AGENDA\n1. Apologies for Absence\n4. Minutes of the meeting held on 14 January 2025   1 - 6\n", "agenda_pack"),
        ("Report to: Cabinet\nDate of meeting: 12 March 2025\nTitle of report: Parking\n", "report"),
        ("Decision number: 045/2025\nTitle: Grants\nDate: 14 March 2025\n", "report"),
        ("Meeting date: 23 January 2025\nReport title: Fund Monitoring\nReport author: A Officer\n", "report"),
        ("Decision number: 027/2024\n\nAuthor and Job Role: A Officer\n\nProtective Marking: OFFICIAL\n", "report"),
        ("CABINET\n\nMinutes of the meeting held on 4 February 2025\nPresent: Councillor A Lowe\n", "minutes"),
        ("Licensing Committee\n\nMinutes\n\nDate: 04/02/2025\n", "minutes"),
        ("Cabinet - Tuesday, 4th February, 2025 7.00 pm\nSummary of the meeting.\n", "summary_page"),
        ("1. The minutes of the meeting held on 7 January 2025 were approved.\n", None),
    ],
)
def test_kind_from_house_style_markers(text, kind):
    assert classify(document(text)) == kind


def test_a_saved_meeting_page_is_a_summary_page_even_with_minutes_and_items():
    text = "Agenda and minutes\nCabinet - Tuesday, 4th February, 2025 7.00 pm\nNo. | Item\n77. | Apologies\n78. | Minutes\n"
    assert classify(html_document(text)) == "summary_page"
