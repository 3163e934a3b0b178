"""Attendance layouts of round 7 (ModernGov meeting pages of London and metropolitan boroughs); our own words and names."""

from extractors.readers.name_posts import post_entries
from extractors.proceedings.post_then_name import post_then_name
from test_attendance_round3 import attendance_of

MINUTES = "Minutes of the Eastby Borough Council Cabinet held on 4 June 2024\n\n"


def test_attendance_details_heading_over_a_paragraph_of_titled_names():
    text = "Attendance Details\n\n\nCouncillor A Penrose, Councillor T Quayle, Councillor K Slade\n\nItem Item/Resolution\n"
    assert attendance_of(text, MINUTES) == [
        ("Councillor A Penrose", "present"), ("Councillor T Quayle", "present"), ("Councillor K Slade", "present"),
    ]


def test_in_attendance_for_this_item_label_over_a_name_and_post_line():
    text = "In attendance for this item were:\n\n\nMarta Olsen, Principal Parks Officer\n\n\nBy way of introduction she spoke.\n"
    assert attendance_of(text, MINUTES) == [("Marta Olsen", "in_attendance")]


def test_a_lone_name_and_post_is_one_entry_but_two_names_are_not():
    assert post_entries("Marta Olsen, Principal Parks Officer") == ["Marta Olsen, Principal Parks Officer"]
    assert post_entries("Marta Olsen, Tom Reed") == []
    assert post_entries("Councillors Olsen, Head") == []
    assert post_entries("Marta Olsen, Planning and Parks Officer") == []


def test_run_on_officers_present_names_after_the_post_before_them():
    text = (
        "Committee Members Present Councillors: Ruth Aldane (Chairman), Owen Marsh Officers Present Lena Croft, "
        "Licensing Team Manager Harry Bowen, Senior Licensing Officer Nadia Fell, Borough Solicitor\n"
    )
    assert attendance_of(text, MINUTES) == [
        ("Councillor Ruth Aldane", "present"), ("Councillor Owen Marsh", "present"),
        ("Lena Croft", "in_attendance"), ("Harry Bowen", "in_attendance"), ("Nadia Fell", "in_attendance"),
    ]


def test_post_then_name_needs_a_post_word_before_the_name():
    assert post_then_name("Borough Solicitor Nadia Fell") == [(18, "Nadia Fell")]
    # A post of service words alone ends before the name too (session 8: a real page's gold names the officer after it).
    assert post_then_name("Highways Development Management Nadia Fell") == [(32, "Nadia Fell")]
    assert post_then_name("Northfield Nadia Fell") == []
    assert post_then_name("the chair thanked Nadia Fell") == []
    assert post_then_name("Councillor Nadia Fell") == []
