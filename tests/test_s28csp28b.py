"""Session 28 second pass on partnership and board minutes: members printed 'Name – Body' or 'Name, Post – Body' and run
together on one line, after 'PRESENT' / 'APOLOGIES:' or with no label under the minutes' heading. Our own words,
names and bodies."""

from test_attendance_round3 import attendance_of

from extractors.proceedings.attendance_dashed_run import listed_runs

HEAD = "Eastby Partnership\n\n"


def test_a_present_run_of_name_post_dash_body_entries():
    text = (
        "EASTBY PARTNERSHIP BOARD Minutes DATE 2 June 2026 PRESENT Board Members: Ann Lowe, Chief Executive - Eastby Council "
        "Bo Ray – Eastby College Cy Dunn, Vice Chancellor – University of Eastby Cllr. Di Poe – Eastby Council (Chair) "
        "APOLOGIES: Ed Fox, Director – Eastby Trust Flo Hart - Eastby Police Gil Moss – Eastby Forum 1 WELCOME\n"
    )
    assert attendance_of(text, HEAD) == [
        ("Ann Lowe", "present"), ("Bo Ray", "present"), ("Cy Dunn", "present"), ("Cllr. Di Poe", "present"),
        ("Ed Fox", "apologies"), ("Flo Hart", "apologies"), ("Gil Moss", "apologies"),
    ]


def test_an_unlabelled_run_under_the_minutes_heading():
    text = (
        "Minutes of the meeting held on Monday 1 June 2026 2.00pm at Eastby Hall\n"
        "Daniel Hurst - Eastby Fire Service (Chair)\n"
        "Andrew Dale - Eastby Police Laura Wells - Eastby Council Karen Cross - Westby Council Mary Rowe - Eastby Trust\n"
        "1. Welcome\n"
    )
    assert attendance_of(text, HEAD) == [
        ("Daniel Hurst", "present"), ("Andrew Dale", "present"), ("Laura Wells", "present"), ("Karen Cross", "present"),
        ("Mary Rowe", "present"),
    ]


def test_an_unlabelled_run_needs_five_entries_mostly_given_names():
    short = "Minutes of the meeting held on 1 June 2026\nDaniel Hurst - Eastby Fire Laura Wells - Eastby Council Karen Cross - Westby\n1. Welcome\n"
    assert attendance_of(short, HEAD) == []
    places = (
        "Minutes of the meeting held on 1 June 2026\nNorth Road - closed Ash Lane - open East Street - closed "
        "Mill Row - open Kings Way - closed\n1. Roads\n"
    )
    assert attendance_of(places, HEAD) == []


def test_officers_present_stays_in_attendance():
    text = "Officers Present: Ann Lowe – Lead Officer Eastby CC Bo Ray – Chief Constable Cy Dunn – Treasurer\n1. Minutes\n"
    assert attendance_of(text, HEAD) == [("Ann Lowe", "in_attendance"), ("Bo Ray", "in_attendance"), ("Cy Dunn", "in_attendance")]


def test_a_present_sentence_or_comma_list_with_dashes_is_no_run():
    for text in (
        "Present – Ann Lowe and Bo Ray were present - the rest had left - so the vote - was not taken.\n",
        "Present: Ann Lowe - Chair, Bo Ray - Eastby Council, Cy Dunn - Eastby Trust, Di Poe - Eastby Police\n",
    ):
        assert listed_runs(text, 0, len(text)) == ([], []), text


def test_one_name_dash_body_a_line_is_left_to_the_line_readers():
    text = "Present\nAnn Lowe – Eastby Council\nBo Ray – Eastby Trust\nCy Dunn – Eastby Police\nDi Poe – Eastby College\n\n1. Welcome\n"
    assert listed_runs(text, 0, len(text)) == ([], [])
