"""Council meeting pages studied wide (session 20 breadth study): ModernGov, CMIS, webcast and council web pages of
bodies in no set, read for blocks the readers left unread or misread. Group lines under an apologies lead ('Apologies
for absence were received from:' over 'Councillors: ...' and 'Officers: ...'), a knight's or peer's title inside a
shared 'Councillors' list, a minute reference whose item figure has one digit ('C 20/9' before 'C 20/10'), the clerk
closing a present list ('... and the Parish Clerk, Mrs A'), 'apologised for his inability to attend' in lettered
points, 'Received from Councillors A and B.' under an apologies item. Our own words, names and bodies."""

import re

from extractors.extraction import reflowed_document
from extractors.readers.item_numbers import NUMBER_ONLY
from structure_helpers import attendance_kinds as _kinds

_MINUTES = "Minutes of the meeting of the Fenmouth Harbour Committee held on 4 March 2025 at 10.00 am\n\n"
_PRESENT = "Present: Councillors Ann Lowe, Bob Ray and Eve Fox.\n\n"
_ITEMS = "\n\n1. MINUTES\n\nApproved.\n\n2. DREDGING CONTRACT\n\nNoted.\n"


def _items(text: str) -> list[tuple[str, str]]:
    from structure_helpers import document

    from extractors.proceedings.structure import extract_structure

    return [(item.number, item.title) for item in extract_structure(reflowed_document(document(text))).agenda_items]


def test_group_lines_under_an_apologies_lead_sent_apologies():
    kinds = _kinds(
        _MINUTES + _PRESENT + "Apologies for absence were received from:\n\nCouncillors: Carl Sim and Dan Webb.\n\n"
        "Officers: Gus Hill (Solicitor)." + _ITEMS
    )
    assert kinds.get("Councillor Ann Lowe") == "present", kinds
    assert [kinds.get(n) for n in ("Councillor Carl Sim", "Councillor Dan Webb", "Gus Hill")] == ["apologies"] * 3, kinds


def test_officers_group_under_an_apologies_label_alone_sent_apologies():
    kinds = _kinds(_MINUTES + _PRESENT + "Apologies:\n\nCouncillors: Carl Sim, Dan Webb\n\nOfficers: Gus Hill (Solicitor)" + _ITEMS)
    assert [kinds.get(n) for n in ("Councillor Carl Sim", "Councillor Dan Webb", "Gus Hill")] == ["apologies"] * 3, kinds


def test_group_lines_under_an_in_attendance_label_still_attend():
    kinds = _kinds(_MINUTES + _PRESENT + "In attendance:\n\nCouncillors: Carl Sim and Dan Webb.\n\nOfficers: Gus Hill (Solicitor)." + _ITEMS)
    assert [kinds.get(n) for n in ("Councillor Carl Sim", "Gus Hill")] == ["in_attendance"] * 2, kinds


def test_an_apologies_lead_with_names_after_it_is_no_lead_for_the_lines_below():
    kinds = _kinds(
        _MINUTES + "Apologies for absence were received from Councillor Carl Sim.\n\n"
        "Present:\n\nCouncillors: Ann Lowe and Bob Ray.\n\nOfficers: Gus Hill (Solicitor)." + _ITEMS
    )
    assert kinds.get("Councillor Carl Sim") == "apologies", kinds
    assert kinds.get("Councillor Ann Lowe") == "present", kinds
    assert kinds.get("Gus Hill") == "in_attendance", kinds


def test_a_knights_title_inside_a_shared_list_keeps_the_list_going():
    kinds = _kinds(
        "MINUTE of MEETING of the ROADS COMMITTEE held in the Burgh Chambers, Fenmoor on Tuesday 11 March 2025 at 2.00 pm.\n\n"
        "Present: Councillors ANNA BRODIE, CALUM DUNBAR, Sir EWAN FERGUSSON, GRACE HENDRY and IAIN JARDINE.\n\n"
        "1. DECLARATIONS OF INTEREST\n\nNone.\n\n2. GRITTING ROUTES\n\nApproved.\n"
    )
    names = ("ANNA BRODIE", "CALUM DUNBAR", "Sir EWAN FERGUSSON", "GRACE HENDRY", "IAIN JARDINE")
    assert [kinds.get(f"Councillor {name}") for name in names] == ["present"] * 5, kinds


def test_peer_professor_and_honourable_titles_share_the_plural_too():
    for title in ("Lord", "Professor", "THE Hon", "Dame"):
        kinds = _kinds(
            _MINUTES + f"Present: Councillors Ann Lowe, {title} Bob Ray, Carl Sim and Dan Webb." + _ITEMS
        )
        assert kinds.get("Councillor Carl Sim") == kinds.get("Councillor Dan Webb") == "present", (title, kinds)


def test_mr_inside_a_shared_list_still_ends_the_sharing():
    kinds = _kinds(_MINUTES + "Present: Councillors Ann Lowe and Bob Ray, Mr Carl Sim and Dan Webb." + _ITEMS)
    assert "Councillor Dan Webb" not in kinds, kinds


def test_a_lettered_reference_may_number_its_item_with_one_figure():
    assert re.fullmatch(NUMBER_ONLY, "C 20/9")
    assert re.fullmatch(NUMBER_ONLY, "CAB/24/7")
    assert not re.fullmatch(NUMBER_ONLY, "4/5")


def test_a_meeting_page_run_from_a_one_figure_reference_keeps_its_first_item():
    text = (
        "Agenda and minutes\n\nVenue: Harbour Room, Civic Centre, Fenmouth\n\nNo. Item\n\n"
        "C 21/9\n\nApologies for Absence\n\n\nThere were no apologies.\n\n"
        "C 21/10\n\nDeclarations of Interest\n\n\nNone were declared.\n\n"
        "C 21/11\n\nChair's Announcements\n\n\nThe Chair welcomed members.\n"
    )
    assert _items(text) == [
        ("C 21/9", "Apologies for Absence"),
        ("C 21/10", "Declarations of Interest"),
        ("C 21/11", "Chair's Announcements"),
    ]


_PARISH = "Minutes of the meeting of Fenby Parish Council held on 4 March 2025 at 7.30pm\n\n"
_PARISH_ITEMS = "\n\n1. APOLOGIES\n\nNone.\n\n2. MINUTES\n\nApproved.\n\n3. FOOTPATHS\n\nNoted.\n"


def test_the_clerk_closing_a_present_list_attends():
    for present in (
        "PRESENT: Cllrs Ann Lowe, Bob Ray and the Clerk, Mrs Cara Sim.",
        "Present: Cllrs Ann Lowe, Bob Ray and the Parish Clerk Mrs Cara Sim.",
        "Present: Cllrs Ann Lowe, Bob Ray and the Parish Clerk, Mrs Cara Sim.",
    ):
        kinds = _kinds(_PARISH + present + _PARISH_ITEMS)
        assert kinds.get("Mrs Cara Sim") == "in_attendance", (present, kinds)
        assert kinds.get("Cllr Bob Ray") == "present", (present, kinds)
        assert "Cllr Mrs Cara Sim" not in kinds, (present, kinds)


def test_apologies_for_an_inability_to_attend_in_lettered_points():
    kinds = _kinds(
        "Agenda and minutes\n\nCouncil - Thursday, 18th July, 2024 10.00 am\n\nItems\nNo. Item\n\n1.\n\nApologies\n\nMinutes:\n\n"
        "a) Councillor Ann Lowe apologised for her inability to attend the meeting. b) Councillor Bob Ray apologised for "
        "his inability to attend the meeting.\n\n2.\n\nDisclosure of interests\n\nMinutes:\n\nNone.\n"
    )
    assert [kinds.get(n) for n in ("Councillor Ann Lowe", "Councillor Bob Ray")] == ["apologies"] * 2, kinds


def test_received_from_under_an_apologies_item_gives_apologies():
    kinds = _kinds(
        "Meeting Documents\n\n1 . Prayers\n\nMinutes: none\n\n2 . Apologies For Absence\n\n"
        "  • To receive apologies for absence (if any).\n\n  • Decision:\n\n  • Received from Councillors Ann Lowe and Bob Ray.\n\n"
        "Minutes: none\n\n3 . Minutes\n\n  • Minutes AGREED as a correct record.\n\nMinutes: none\n"
    )
    assert [kinds.get(n) for n in ("Councillor Ann Lowe", "Councillor Bob Ray")] == ["apologies"] * 2, kinds


def test_received_from_under_another_item_names_nobody():
    kinds = _kinds(
        "Meeting Documents\n\n5 . Apologies\n\n  • None\n\n6 . Petitions\n\n"
        "Received from Councillor Cara Sim.\n\nMinutes: none\n\n7 . Minutes\n\nAgreed.\n"
    )
    assert "Councillor Cara Sim" not in kinds, kinds
