"""Round 27 attendance precision: one name check for every attendee however read (no newspaper, post or
designation as a person), and the chair named in a sentence of what they did counts only where the paper
states attendance too. Our own words, names and bodies."""

from test_attendance_round3 import attendance_of

from extractors.readers.names import printed_name

HEAD = "Minutes of the meeting of Ashby Parish Council held on 4th March 2024 at 7.30pm\n\n"


def test_a_newspaper_in_an_attendance_list_is_no_attendee():
    text = "Present: Cllr A Lowe, Cllr B Ray\nIn attendance - Mr C Sim, Ashby Gazette, Ms D Hale (Elmshire Herald)\n\n1. Welcome\n"
    names = [name for name, _ in attendance_of(text, HEAD)]
    assert "Ashby Gazette" not in names
    assert "Mr C Sim" in names and "Ms D Hale" in names


def test_a_post_alone_under_an_in_attendance_label_is_no_attendee():
    text = "Present: Cllr A Lowe\n\nIn attendance\n\nMiss E Pike, Scrutiny Officer\n\n\n1. Expert Adviser\n\nThe panel met.\n"
    names = [name for name, _ in attendance_of(text, HEAD)]
    assert "Expert Adviser" not in names


def test_printed_name_rejects_what_is_not_a_persons_name():
    for text in ("Councillor", "Mr", "Expert Advisor", "Deputy Chief Constable Designate", "Elmbury Courier",
                 "Cllr A Lowe and others", "Item 4", "Ann Lee Bob Roe Cal Sim Dee Hale", "the Clerk"):
        assert not printed_name(text), text


def test_printed_name_accepts_names_as_printed():
    for text in ("Councillor Ann Lowe", "CLLR LOWE", "C.HILL", "District Cllr Mrs R Pike", "Cllr de Souza",
                 "Jan van der Berg", "Mr J. W. Ward", "The Revd Dr Tom Hale", "Metro Mayor A Lowe", "Sarah North"):
        assert printed_name(text), text


def test_chair_welcoming_on_a_page_stating_no_attendance_names_nobody():
    text = "1.\n\nWelcome\n\nMinutes:\n\nThe Chairman, Councillor Lowe, welcomed everyone to the meeting.\n\n2.\n\nMinutes\n"
    assert attendance_of(text, HEAD) == []


def test_chair_acting_on_a_page_with_apologies_is_present():
    text = (
        "1.\n\nApologies\n\nMinutes:\n\nApologies for absence were received from Councillors Ray and Sim.\n\n"
        "2.\n\nDeclarations\n\nMinutes:\n\nThe Chair, Councillor Lowe, declared an interest in item 5.\n"
    )
    assert ("Councillor Lowe", "present") in attendance_of(text, HEAD)
