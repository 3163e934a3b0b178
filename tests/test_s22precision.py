"""Precision pass of session 22 (our own words, names and bodies): facts the readers made that the conventions of
tests/fixtures/real_layouts/README.md do not record, each test named after the misreading it pins."""

from structure_helpers import attendance_kinds

from extractors.facts import extract_facts


def _facts(text: str) -> dict:
    from structure_helpers import document

    return extract_facts(document(text)).model_dump(mode="json")


def _items(text: str) -> list[tuple[str, str]]:
    return [(item["number"], item["title"]) for item in _facts(text)["agenda_items"]]


# Agenda items.

def test_report_references_under_a_last_item_leading_into_them_were_read_as_items():
    # The house fixture npa_agenda_report_refs records only the numbered items of this layout.
    from test_s18meet import _LEAD_IN_AGENDA

    assert [number for number, _ in _items(_LEAD_IN_AGENDA)] == ["1", "2", "3", "4"]


_NOTES_AFTER_RUN_ON_AGENDA = (
    "EASTSHIRE POLICE AND CRIME PANEL Monday, 2 March 2026 at 10:00 County Hall, Eastby AGENDA "
    "1 Minutes of last meeting held on 5 January 2026 3 - 8 2 Apologies for Absence 3 Work Programme 9 - 12 "
    "4 Commissioner's Update 13 - 30 5 Complaints Update 31 - 36 Notes (a) Members of the public may attend to watch the "
    "meetings of the Panel but there is no chance for them to speak at these meetings. (b) Declarations of Interests – "
    "Members making a declaration should have regard to the code of conduct of their own council and the rules of the Panel. "
    "(c) Members of the public who wish to see the background papers named in the reports should ask the contact officer "
    "at the county council before the day of the meeting.\n"
)


def test_a_short_lettered_note_between_long_notes_was_read_as_an_item():
    numbers = [number for number, _ in _items(_NOTES_AFTER_RUN_ON_AGENDA)]
    assert "(b)" not in numbers and numbers[:5] == ["1", "2", "3", "4", "5"], numbers


def test_an_item_page_description_under_agenda_item_was_read_as_the_title():
    text = (
        "Agenda item\n\nThe Area Board will receive a presentation on its funding streams.\n\n\n"
        "The coordinator gave a short presentation on how groups apply and on the money left in each fund.\n"
    )
    assert _items(text) == []


def test_an_item_page_title_under_agenda_item_is_still_read():
    text = "Agenda item\n\nCommunity Funding Update\n\n\nThe coordinator gave a short presentation on the funds.\n"
    assert [title for _, title in _items(text)] == ["Community Funding Update"]


# Attendance.

_HEAD = "Eastshire Schools Forum\nMinutes of the meeting held on 4 March 2026\n\n"


def test_observers_under_a_present_heading_were_read_as_in_attendance():
    kinds = attendance_kinds(
        _HEAD + "PRESENT\nSchool members:\nAnn Lowe, Ben Ray (Chair)\nObservers:\nHal Pike, Ida Quin\nOfficers:\nJo Kemp\n\n"
        "1. Apologies\nNone.\n"
    )
    assert kinds["Hal Pike"] == "present" and kinds["Ida Quin"] == "present", kinds
    assert kinds["Jo Kemp"] == "in_attendance", kinds


def test_an_observer_in_brackets_in_a_present_list_was_read_as_in_attendance():
    kinds = attendance_kinds(
        _HEAD + "Present:\nCllr A Lowe (Chair)\nCllr B Ray\nCllr C Sim (observer)\nMrs D Hale\n\n1. Apologies\nNone.\n"
    )
    assert kinds.get("Cllr C Sim") == "present", kinds


def test_a_ward_member_in_a_present_list_still_attends():
    kinds = attendance_kinds(
        _HEAD + "Present:\nCouncillors\nMrs A Lowe (Chairman)\nB Ray\nC Sim\nD Hale – Northfield Ward\nOfficers\n"
        "Mr E Pike – Head of Planning\n\n1. Apologies\nNone.\n"
    )
    assert kinds.get("Councillor D Hale") == "in_attendance", kinds


def test_another_councils_councillors_in_a_present_list_were_read_as_in_attendance():
    kinds = attendance_kinds(
        "Minutes of the meeting of Ashby Community Council held on 4th March 2026 at 7.30pm\n\n"
        "Present: Ann Lowe (AL) Eastshire Councillor, Bob Ray (BR) Eastshire Councillor,\n"
        "Carl Sim (CS), Dee Hale (DH), Eve Pike (EP).\n\nApologies: None\n\n1. Welcome\n"
    )
    assert set(kinds.values()) == {"present"}, kinds
    kinds = attendance_kinds(
        "Minutes of the Ordinary Meeting of Ashby Parish Council held in the Hall at 7.30pm on 4 March 2026\n\n"
        "Present: Cllr A Lowe (Chairman); Cllr B Ray; Cllr C Sim; Cllr D Hale; ECC Cllr E Pike; WDC Cllr F Moss "
        "Parish Clerk: Mrs G Dunn\n\n1. Apologies\nNone.\n"
    )
    assert kinds.get("ECC Cllr E Pike") == "present" and kinds.get("WDC Cllr F Moss") == "present", kinds


def test_substitutes_named_with_respectively_were_read_as_apologies():
    kinds = attendance_kinds(
        "Eastshire Panel\nMinutes of the meeting held on 5 May 2026\n"
        "Present: Mr A Lowe, Mrs B Ray, Mr C Sim, Miss D Hale\n1. Apologies\n"
        "1.1 Apologies had been received from Mrs E Moss and Mr F Pike, substituted by Mr C Sim and Miss D Hale respectively.\n"
        "2. Minutes\n"
    )
    assert kinds == {
        "Mr A Lowe": "present", "Mrs B Ray": "present", "Mr C Sim": "present", "Miss D Hale": "present",
        "Mrs E Moss": "apologies", "Mr F Pike": "apologies",
    }, kinds


_BOARD_TABLE = (
    "EASTBY PARTNERSHIP BOARD (EPB) MEETING THE HALL, EASTBY TUESDAY 3RD MARCH 2026 AT 7.00 PM M I N U T E S "
    "ATTENDEE REPRESENTING AL Ann Lowe EPB Chair, Eastby Residents BR Bob Ray EPB Treasurer CS Carl Sim EPB Youth Forum "
    "DH Insp Dan Hale Safer Neighbourhoods Cllr Eve Pike Northfield Cllr Fay Moss EPB Councillor (Independent) "
    "George Dunn Neighbourhood Watch Coordinator Mary Reed Friends of the Park\n"
)


def test_non_members_listed_in_a_boards_attendee_table_were_read_as_in_attendance():
    kinds = attendance_kinds(_BOARD_TABLE)
    assert {name: kinds.get(name) for name in ("Ann Lowe", "Bob Ray", "Carl Sim", "Cllr Eve Pike", "Cllr Fay Moss")} == dict.fromkeys(
        ("Ann Lowe", "Bob Ray", "Carl Sim", "Cllr Eve Pike", "Cllr Fay Moss"), "present"
    ), kinds
    assert kinds.get("George Dunn") == "present" and kinds.get("Mary Reed") == "present", kinds
    assert kinds.get("Insp Dan Hale") == "in_attendance", kinds
