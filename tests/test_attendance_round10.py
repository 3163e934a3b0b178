"""Attendance classes found across the dev sets in round 10: titles of councillors of another tier,
labelled lines after a list (co-opted members, absent), 'Members in attendance:'
and police community support officers, and 'Post: Name' entries; our own words and names."""

from extractors.proceedings.attendance import extract_attendance
from extractors.proceedings.split import split_papers
from structure_helpers import document

HEAD = "Minutes of the meeting of Oakfield Parish Council held on 3 May 2022 at 7.00 pm.\n\n"


PRESENT = "Present: Councillors Amy Stone (Chair), Ben Hart and Carl Ince.\n"
TAIL = "\n\n1. Apologies\nNone.\n"


def attendance_of(line: str) -> list[tuple[str, str]]:
    doc = document(HEAD + PRESENT + line + TAIL)
    return [(a.name, a.attendance) for a in extract_attendance(doc, split_papers(doc))]


def test_city_and_ward_councillor_titles_and_pcso_are_kept_whole():
    found = attendance_of("Also present: City Cllr Fay Moss, Ward Councillor Ian Kemp, PCSO Gil Hay")
    assert ("City Cllr Fay Moss", "in_attendance") in found
    assert ("Ward Councillor Ian Kemp", "in_attendance") in found
    assert ("PCSO Gil Hay", "in_attendance") in found


def test_post_colon_name_entries_in_an_attendance_list_give_the_name():
    assert attendance_of("In attendance: Ward Councillor: Evan Gray, Parish Clerk: Dora Fell")[3:] == [
        ("Evan Gray", "in_attendance"), ("Dora Fell", "in_attendance"),
    ]


def listed(lines: str) -> list[tuple[str, str]]:
    doc = document(HEAD + "Present: Councillors Amy Stone (Chair), Ben Hart and Carl Ince\n" + lines + TAIL)
    return [(a.name, a.attendance) for a in extract_attendance(doc, split_papers(doc))]


def test_a_labelled_line_after_a_present_list_does_not_swallow_its_last_name():
    assert listed("Co-opted Members: Mr Hal Orme and Mrs Ida Pye") == [
        ("Councillor Amy Stone", "present"), ("Councillor Ben Hart", "present"), ("Councillor Carl Ince", "present"),
        ("Mr Hal Orme", "present"), ("Mrs Ida Pye", "present"),
    ]


def test_members_listed_as_absent_are_left_out():
    assert listed("Absent: Councillor Fay Moss") == [
        ("Councillor Amy Stone", "present"), ("Councillor Ben Hart", "present"), ("Councillor Carl Ince", "present"),
    ]


def test_members_in_attendance_label_lists_members_present():
    doc = document(HEAD + "Members in attendance: Councillors Amy Stone (Chair) and Ben Hart\n\n1. Apologies\nNone.\n")
    assert [(a.name, a.attendance) for a in extract_attendance(doc, split_papers(doc))] == [
        ("Councillor Amy Stone", "present"), ("Councillor Ben Hart", "present"),
    ]


def test_apologies_and_from_a_titled_name_after_the_councillors():
    found = listed("Apologies for absence were received from Councillors Dan Jones and Eve Poe, and from Mr Fay Moss (co-opted member).")
    assert found[3:] == [("Councillor Dan Jones", "apologies"), ("Councillor Eve Poe", "apologies"), ("Mr Fay Moss", "apologies")]
