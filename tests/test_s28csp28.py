"""Session 28, partnership and board minutes: police ranks with an acting, temporary, detective or chief mark before
a slash, and 'Representing X (ABC):' group headings with the body's initials. Our own words, names and bodies."""

from test_attendance_round3 import attendance_of

from extractors.proceedings.attendance_labels import GROUP_HEADING
from extractors.readers.names import person_key, printed_name, split_honorifics

HEAD = "Minutes of Meeting of the Safer Eastby Partnership held at Eastby on Tuesday 3 March 2026 at 10.00 am.\n\n"


def test_a_slashed_rank_is_the_names_title():
    for text, title in (("T/Inspector Mr A Blake", "T/Inspector Mr"), ("C/Supt Ann Lowe", "C/Supt"), ("A/DCO Bo Ray", "A/DCO"),
                        ("D/Chief Superintendent C Sim", "D/Chief Superintendent"), ("T/Ch Supt Dee Hale", "T/Ch Supt")):
        assert split_honorifics(text)[0] == title, text
        assert printed_name(text), text
    assert person_key("T/Ch Supt Dee Hale") == person_key("Dee Hale")


def test_slashed_ranks_in_a_present_list_over_an_initials_column():
    text = "Present\nC/Supt Ann Lowe\nA/Insp Bo Ray\nCy Sim\nAL\nBR\nCS\nApologies for Absence\nD/Supt Dee Hale\nDH\n\n1. Minutes\n"
    assert attendance_of(text, "MINUTES\nEastby Command Team Meeting\n4 May 2026\n") == [
        ("C/Supt Ann Lowe", "present"), ("A/Insp Bo Ray", "present"), ("Cy Sim", "present"), ("D/Supt Dee Hale", "apologies"),
    ]


def test_a_slashed_rank_in_an_apology_sentence():
    text = "1. Apologies for Absence\n\nApologies for absence were intimated on behalf of Mr A Lowe and T/Ch Supt B Ray.\n"
    assert ("T/Ch Supt B Ray", "apologies") in attendance_of(text, HEAD)


def test_representing_headings_with_bracketed_initials_keep_the_present_list_going():
    text = (
        "Present:\n\nRepresenting the Eastby Council (EC):\nMr A Lowe\nMs B Ray\n\nRepresenting NHS Eastby (NHSE):\nDr C Sim\n\n"
        "Representing Eastby Police (EP):\nCh Supt D Hale\n\nIn attendance:\n\nMiss E Pike, Committee Administrator, Eastby Council\n\n"
        "1. Apologies for Absence\n"
    )
    assert attendance_of(text, HEAD) == [
        ("Mr A Lowe", "present"), ("Ms B Ray", "present"), ("Dr C Sim", "present"), ("Ch Supt D Hale", "present"),
        ("Miss E Pike", "in_attendance"),
    ]


def test_group_heading_initials_only_in_brackets_before_the_colon():
    assert GROUP_HEADING.match("Representing the Eastby Fire and Rescue Service (EFRS):")
    assert GROUP_HEADING.match("Eastby Borough Council (EBC):")
    assert not GROUP_HEADING.match("Representing the Eastby Council (see minute 4):")
    assert not GROUP_HEADING.match("Mr A Lowe (EC):")


def test_a_name_with_a_national_body_and_its_division_is_one_entry_a_line():
    text = (
        "Present:\n\nMr A Lowe, Chair\n\nAlso in attendance:\n\nMr B Ray, Eastby Fire and Rescue Service\n"
        "T/Inspector Mr C Sim, Police Scotland, Eastby and Islands Division\nMs D Hale, NHS Eastby\n\n1. Apologies\n"
    )
    assert attendance_of(text, HEAD)[1:] == [
        ("Mr B Ray", "in_attendance"), ("T/Inspector Mr C Sim", "in_attendance"), ("Ms D Hale", "in_attendance"),
    ]


def test_a_venue_line_under_the_minutes_heading_names_nobody():
    text = "Present:Ann Lowe (Chair)\nBo Ray (Director)\nAnn Lowe in the Chair. The meeting started at 1.30pm:\n"
    head = "Minutes of Board Meeting\nof Eastby Community Partnership\nHeld on 22 Jan 2026\nLomond Suite, Park HQ Eastby\n"
    assert attendance_of(text, head) == [("Ann Lowe", "present"), ("Bo Ray", "present")]
    for venue in ("Lomond Suite", "Park HQ Eastby", "Eastby Police Headquarters"):
        assert not printed_name(venue), venue
