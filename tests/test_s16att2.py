"""Attendance round 2 (session 16): a councillor of another council in a parish or community council's present list
('Ann Lowe (AL) Eastshire Councillor') is present, as whoever a present block lists (session 22; session 16 read them
in attendance). Our own words, names and bodies."""

from test_attendance_round3 import document, extract_attendance, split_papers

HEAD = "Minutes of the meeting of Ashby Community Council held on 4th March 2024 at 7.30pm\n\n"


def _kinds(text: str) -> dict[str, str]:
    doc = document(HEAD + text)
    return {a.name: a.attendance for a in extract_attendance(doc, split_papers(doc))}


def test_another_councils_councillors_in_a_present_list_are_present():
    kinds = _kinds(
        "Present: Ann Lowe (AL) Eastshire Councillor, Bob Ray (BR) Eastshire Councillor,\n"
        "Carl Sim (CS), Dee Hale (DH), Eve Pike (EP).\n\nApologies: None\n\n1. Welcome\n"
    )
    assert kinds == {"Ann Lowe": "present", "Bob Ray": "present", "Carl Sim": "present",
                     "Dee Hale": "present", "Eve Pike": "present"}


def test_a_county_councillor_in_brackets_is_present():
    kinds = _kinds("Present: Ann Lowe, Bob Ray, Carl Sim, Dee Hale (County Councillor).\n\n1. Welcome\n")
    assert kinds["Dee Hale"] == "present" and kinds["Ann Lowe"] == "present"


def test_a_member_titled_councillor_with_a_county_post_sits_on_both_councils():
    kinds = _kinds("Present: Cllr Ann Lowe, Cllr Bob Ray, Cllr Carl Sim, Cllr Dee Hale (County Councillor).\n\n1. Welcome\n")
    assert set(kinds.values()) == {"present"}


def test_a_list_whose_members_all_carry_their_council_is_left_present():
    kinds = _kinds("Present: Ann Lowe (Eastby Councillor), Bob Ray (Westby Councillor), Carl Sim (Northby Councillor).\n\n1. Welcome\n")
    assert set(kinds.values()) == {"present"}


def test_a_posts_last_word_is_no_attendees_name():
    from extractors.readers.names import printed_name

    for text in ("Harbour Engineer", "Highways Engineer", "Mr Site Engineer"):
        assert not printed_name(text), text
    assert printed_name("Mr A Lowe") and printed_name("Ann Lowe")
