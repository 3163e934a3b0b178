"""Attendance classes found in round 11: members listed under 'In Attendance' with no present list, and names
with accented letters; our own words and names."""

from extractors.proceedings.attendance import extract_attendance
from extractors.proceedings.split import split_papers
from structure_helpers import document


def attendance_of(text):
    doc = document(text)
    return [(a.name, a.attendance) for a in extract_attendance(doc, split_papers(doc))]


def test_members_listed_under_in_attendance_with_no_present_list_are_present():
    found = attendance_of(
        "Minutes 28th November 2023\nBROOKVALE\nCOMMUNITY COUNCIL\n\n\n\nMinutes of the Council Meeting\n28Th November 2023\n"
        "Venue Church House\n1 In Attendance\nCouncillors A Lowe (AL) Chair, B Ray (BR) Vice-Chair, C Sim (CS) D Hale (DH),\n"
        "F Moss (FM), G Hay (GH)\nIan Kemp The clerk was in attendance.\n2 Apologies\nCouncillor E Marsh\n"
        "3 Declarations of Interest\nNone.\n"
    )
    assert ("Councillor A Lowe", "present") in found
    assert ("Councillor G Hay", "present") in found
    assert ("Councillor E Marsh", "apologies") in found
    assert not any(attendance == "in_attendance" for _, attendance in found)


def test_a_councillor_in_attendance_beside_a_present_list_stays_in_attendance():
    found = attendance_of(
        """
        Minutes of the meeting of Oakfield Parish Council held on 3 May 2022 at 7.00 pm.

        Present: Councillors Amy Stone (Chair), Ben Hart and Carl Ince.
        In attendance: Councillor Dan Hale, Councillor Eve Marsh and Councillor Fay Moss (County Council).

        1. Apologies
        None.
        """
    )
    assert ("Councillor Dan Hale", "in_attendance") in found
    assert ("Councillor Amy Stone", "present") in found


def test_a_name_with_an_accented_letter_is_a_name():
    found = attendance_of(
        """
        Minutes of the meeting of Oakfield Community Council held on 3 May 2022 at 7.00 pm.

        Present: Councillors Siân Bevan, Llŷr Hughes and Zoë Pryce.

        1. Apologies
        None.
        """
    )
    assert ("Councillor Siân Bevan", "present") in found
    assert ("Councillor Llŷr Hughes", "present") in found
    assert ("Councillor Zoë Pryce", "present") in found
