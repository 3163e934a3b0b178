"""Parish and community council attendance headings (parish30, session 30): a heading alone on its line that means present
('PRESENNOL', 'Yn bresennol', 'Present in the Chamber', 'Meeting attended by:', 'Present -') over
its list, whatever the list's form (titled or bare names, one a line or run together); the Welsh apologies and 'also
present' headings alone; a 'Vice Chairman:' role label after a comma is not the chair's. Our own words, names and bodies."""

import pytest
from structure_helpers import document

from extractors.facts import extract_facts

_PAGE = (
    "NORTHMERE PARISH COUNCIL\nMinutes of the meeting of the Parish Council held on 4 June 2025 at 7.30pm in the Reading Room\n\n"
    "{head}\n{body}\n1. Apologies for absence\nApologies were received from Cllr P Vane.\n2. Declarations of interest\nNone.\n"
)
_BARE = "Rhian Dale (Chair), Tom Ashe, Kit Mora\nJune Pell (Clerk)\n"


def _attendees(text: str) -> list[tuple[str, str, str | None]]:
    return [(a.name, a.attendance, a.role) for a in extract_facts(document(text)).attendees]


@pytest.mark.parametrize(
    "head", ["PRESENNOL", "Yn bresennol", "Present in the Chamber:", "Meeting attended by:", "Present -", "Present –"]
)
def test_a_present_heading_alone_reads_bare_names_under_it(head: str):
    found = _attendees(_PAGE.format(head=head, body=_BARE))
    assert ("Rhian Dale", "present", "Chair") in found, found
    assert ("Tom Ashe", "present", None) in found and ("Kit Mora", "present", None) in found, found
    assert ("June Pell", "in_attendance", "Clerk") in found or ("June Pell", "in_attendance", None) in found, found


def test_a_present_word_inside_prose_is_no_heading():
    text = _PAGE.format(head="The meeting was attended by", body="residents of the village who raised the state of the lane.\n")
    assert [a for a in _attendees(text) if a[1] == "present"] == []


def test_welsh_apologies_and_also_present_headings_alone():
    text = (
        "Cofnodion o gyfarfod Cyngor Cymuned Llanwern Fach - 02/05/25\n\nYMDDIHEURIADAU\n\nCllr. Elan Rhys\n\n"
        "PRESENNOL\n\nCllr. Dafydd Wyn (Chair), Gwen Hopkin, Aled Price\n\nHEFYD YN BRESENNOL\n\nMrs Non Beynon (Clerk)\n\n"
        "COFNODION\n\nMinutes of the last meeting were received as accurate.\n"
    )
    found = _attendees(text)
    assert ("Cllr. Elan Rhys", "apologies", None) in found, found
    assert ("Cllr. Dafydd Wyn", "present", "Chair") in found and ("Aled Price", "present", None) in found, found
    assert [a for a in found if a[0] == "Mrs Non Beynon"][0][1] == "in_attendance", found


def test_vice_chairman_label_after_a_comma_is_not_the_chair():
    text = _PAGE.format(
        head="Present: Chairman: Councillor R. Dale, Vice Chairman: Councillor T. Ashe",
        body="Councillors: K. Mora, L. Penn\nClerk: Mrs J. Pell\n",
    )
    found = _attendees(text)
    assert ("Councillor R. Dale", "present", "Chair") in found, found
    assert ("Councillor T. Ashe", "present", "Vice-Chair") in found, found
