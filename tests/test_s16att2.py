"""Attendance round 2 (session 16): a councillor of another council in a parish or community council's present list
('Ann Lowe (AL) Eastshire Councillor') is in attendance. Our own words, names and bodies."""

from test_attendance_round3 import document, extract_attendance, split_papers

from extractors.proceedings.attendance_visiting import other_councils_councillor

HEAD = "Minutes of the meeting of Ashby Community Council held on 4th March 2024 at 7.30pm\n\n"


def _kinds(text: str) -> dict[str, str]:
    doc = document(HEAD + text)
    return {a.name: a.attendance for a in extract_attendance(doc, split_papers(doc))}


def test_another_councils_councillors_in_a_present_list_are_in_attendance():
    kinds = _kinds(
        "Present: Ann Lowe (AL) Eastshire Councillor, Bob Ray (BR) Eastshire Councillor,\n"
        "Carl Sim (CS), Dee Hale (DH), Eve Pike (EP).\n\nApologies: None\n\n1. Welcome\n"
    )
    assert kinds == {"Ann Lowe": "in_attendance", "Bob Ray": "in_attendance", "Carl Sim": "present",
                     "Dee Hale": "present", "Eve Pike": "present"}


def test_a_county_councillor_in_brackets_is_in_attendance():
    kinds = _kinds("Present: Ann Lowe, Bob Ray, Carl Sim, Dee Hale (County Councillor).\n\n1. Welcome\n")
    assert kinds["Dee Hale"] == "in_attendance" and kinds["Ann Lowe"] == "present"


def test_a_member_titled_councillor_with_a_county_post_sits_on_both_councils():
    kinds = _kinds("Present: Cllr Ann Lowe, Cllr Bob Ray, Cllr Carl Sim, Cllr Dee Hale (County Councillor).\n\n1. Welcome\n")
    assert set(kinds.values()) == {"present"}


def test_a_list_whose_members_all_carry_their_council_is_left_present():
    kinds = _kinds("Present: Ann Lowe (Eastby Councillor), Bob Ray (Westby Councillor), Carl Sim (Northby Councillor).\n\n1. Welcome\n")
    assert set(kinds.values()) == {"present"}


def test_a_members_own_post_or_party_is_no_other_council():
    for role in ("Parish Councillor", "Town Councillor", "Independent Councillor", "Deputy Councillor", "Co-opted Councillor",
                 "Chair", "Clerk", None, "Councillor"):
        assert not other_councils_councillor(role), role
    for role in ("County Councillor", "Eastshire Councillor", "District Cllr", "West Ashby Councillor"):
        assert other_councils_councillor(role), role



def test_a_posts_last_word_is_no_attendees_name():
    from extractors.readers.names import printed_name

    for text in ("Harbour Engineer", "Highways Engineer", "Mr Site Engineer"):
        assert not printed_name(text), text
    assert printed_name("Mr A Lowe") and printed_name("Ann Lowe")
