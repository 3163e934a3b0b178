"""Minutes layouts of round 9 (community, parish and Scottish councils, a joint committee, a CMIS page); our own words and names."""

import datetime as dt

from extractors.proceedings.meetings import extract_meetings
from extractors.proceedings.minuted import has_minutes_marks
from extractors.proceedings.report_header import extract_report_headers
from extractors.proceedings.split import split_papers
from structure_helpers import document
from test_attendance_round3 import attendance_of


def test_sederunt_label_with_office_bearers_posts_before_names_and_public_ending_the_list():
    text = (
        "1. Sederunt: Chair Kirsty Lamb (KL), Sec Ross Gunn (RG), Treasurer Amy Laing (AL), Vice chair Tom Reid, Jo Bain,\n"
        "Members of public: Mr Dunbar, Ella Scott,\n\nApologies: Ian Mair\n\n2. Reports\nNone.\n"
    )
    assert attendance_of(text, "Lochside Community Council minutes\n\nMeeting 7pm Monday 6th March 2023\n\n") == [
        ("Kirsty Lamb", "present"), ("Ross Gunn", "present"), ("Amy Laing", "present"), ("Tom Reid", "present"),
        ("Jo Bain", "present"), ("Ian Mair", "apologies"),
    ]


def test_unlabelled_titled_names_one_a_line_under_a_wrapped_minutes_heading():
    head = "Minutes of the full Parish Council Meeting\nheld on 2nd May 2023 in the Village Hall, Church Street at 7.30pm\n\n"
    text = (
        "Councillor A Lomax (Chairman of the Council)\nCouncillor B Mott\nCouncillor C Nye\n\n"
        "In Attendance:\nMrs D Orr – Parish Clerk\n\n1. Apologies – None.\n"
    )
    assert attendance_of(text, head) == [
        ("Mrs D Orr", "in_attendance"), ("Councillor A Lomax", "present"), ("Councillor B Mott", "present"),
        ("Councillor C Nye", "present"),
    ]


def test_one_titled_name_under_the_heading_is_not_a_list():
    head = "Minutes of the meeting of the Parish Council held on 2nd May 2023 at 7.30pm\n\n"
    assert attendance_of("Councillor A Lomax\n\n1. Apologies – None.\n", head) == []


def test_rows_opening_with_their_ward_under_a_provisional_minutes_heading():
    head = "Provisional Minutes of Meeting held on Monday 3rd April, 2023 at Eastmill Hall\n\n"
    text = (
        "Eastmill - Mr A. Bruce\nWestmill - Mrs C. Dick, Mr E. Fyfe\nIn attendance - Mr G. Hood\n"
        "Apologies - Mrs J. Kerr.\n\n1. Minutes of previous meeting\nApproved.\n"
    )
    assert sorted(attendance_of(text, head)) == sorted([
        ("Mr A. Bruce", "present"), ("Mrs C. Dick", "present"), ("Mr E. Fyfe", "present"),
        ("Mr G. Hood", "in_attendance"), ("Mrs J. Kerr", "apologies"),
    ])


def test_dash_label_and_provisional_heading_mark_minutes():
    text = "Provisional Minutes of Meeting held on Monday 3rd April, 2023\n\nApologies - Mrs J. Kerr.\n"
    assert has_minutes_marks(text, 0, len(text))


def test_present_list_with_authority_lines_and_ditto_marks():
    text = (
        "PRESENT:\n\nCouncillor P Ash\n\n- Chairman\n\nCouncillor L Bell\n\n- Riverside District Council\n\n"
        '         "      M Cole\n\n- Hillford Borough Council\n\n'
        "     APOLOGIES FOR ABSENCE: were received from Councillor T Dunn\n\n31.     MINUTES\n"
    )
    assert attendance_of(text) == [
        ("Councillor P Ash", "present"), ("Councillor L Bell", "present"), ("M Cole", "present"),
        ("Councillor T Dunn", "apologies"),
    ]


def test_other_attendees_label_and_a_count_after_plus():
    text = (
        "Attendees:           Ann Muir (Chair), Bob Neil\n\n"
        "Other Attendees:     Cara Ord (Fire and Rescue) plus two Members of the public\n\nApologies:           Dan Pratt\n"
    )
    assert attendance_of(text) == [
        ("Ann Muir", "present"), ("Bob Neil", "present"), ("Cara Ord", "in_attendance"), ("Dan Pratt", "apologies"),
    ]


def test_cmis_meeting_summary_names_the_body_over_its_date():
    doc = document("Meeting Details\n\nMeeting Summary\nGlenmore Council\n8 Mar 2023 - 10:00\n  • Documents\n\nPublic Items\n1 Sederunt\n")
    meetings = extract_meetings(doc, split_papers(doc), extract_report_headers(doc))
    assert [(m.body, m.date, m.time) for m in meetings] == [("Glenmore Council", dt.date(2023, 3, 8), "10:00")]


def test_minutes_title_over_a_wrapped_held_line_names_the_body_not_the_title():
    doc = document(
        "Minutes of the full Parish Council Meeting\nheld on 2nd May 2023 in the Village Hall, Church Street at 7.30pm\n\n"
        "Councillor A Lomax\nCouncillor B Mott\n\nIn Attendance:\nMrs D Orr – Parish Clerk\n\n1. Apologies – None.\n"
    )
    meetings = extract_meetings(doc, split_papers(doc), extract_report_headers(doc))
    assert [(m.body, m.date) for m in meetings] == [("Parish Council", dt.date(2023, 5, 2))]
