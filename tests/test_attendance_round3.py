"""Attendance layouts met on fresh real pages in round 3 (national park boards, Scottish and Welsh councils,
parish minutes, a fire authority's meeting page, an association's mgAi page); our own words and names."""

from extractors.proceedings.attendance import extract_attendance
from extractors.readers.name_runs import bare_name_pairs
from extractors.proceedings.split import split_papers
from structure_helpers import document

HEAD = "MINUTES of a meeting of the Harbour Board held at the Guildhall on 4 March 2025 at 7.00 pm.\n"


def attendance_of(text: str, head: str = HEAD) -> list[tuple[str, str]]:
    doc = document(head + text)
    return [(a.name, a.attendance) for a in extract_attendance(doc, split_papers(doc))]


def roles_of(text: str) -> dict[str, str | None]:
    doc = document(HEAD + text)
    return {a.name: a.role for a in extract_attendance(doc, split_papers(doc))}


def test_board_minutes_with_bare_names_run_together_are_read_two_words_a_name():
    text = (
        "BOARD MINUTES held at Ashby Hall on 3rd May 2006 at 1.30pm PRESENT Ada Birch Cole Dean Mrs Eve Fox Gus Hale "
        "In Attendance: Ian Jolly Kay Lund Apologies: Mo Nash Ola Peel Minutes of Last Meeting 1. Approved.\n"
    )
    assert attendance_of(text) == [
        ("Ada Birch", "present"), ("Cole Dean", "present"), ("Mrs Eve Fox", "present"), ("Gus Hale", "present"),
        ("Ian Jolly", "in_attendance"), ("Kay Lund", "in_attendance"),
        ("Mo Nash", "apologies"), ("Ola Peel", "apologies"),
    ]


def test_bare_name_pairs_refuse_odd_counts_titles_and_short_runs():
    assert bare_name_pairs("Ada Birch Cole") == []
    assert bare_name_pairs("Ada Birch") == []
    assert bare_name_pairs("Depute Lord Provost Rob") == []
    assert [name for _, name in bare_name_pairs("Ada Birch Cole Dean ADMIN")] == ["Ada Birch", "Cole Dean"]


def test_apologies_from_the_following_members_on_bulleted_lines_and_substitutes_from_their_council():
    text = (
        "Welcome and apologies\n\nCllr Vale welcomed members. Apologies were noted from the following members:\n\n"
        "o   Cllr Rae Tolley\n\no   Mayor Una Wick\n\n"
        "Cllr Bea Hull from Northby Council substituted for Rae Tolley. "
        "Alderman Sir Tom Ince from the River Corporation acted as substitute for Mayor Una Wick.\n"
    )
    assert attendance_of(text) == [
        ("Cllr Rae Tolley", "apologies"), ("Mayor Una Wick", "apologies"),
        ("Cllr Bea Hull", "present"), ("Alderman Sir Tom Ince", "present"),
    ]


def test_attending_label_lists_names_with_posts_parted_by_semicolons_a_post_may_hold_and():
    text = (
        "PRESENT: Councillors Ann Lee and Rob Moss. ATTENDING: Jo Kerr, Chief Executive; Al Finn, Head of Housing and "
        "Estate Management; and Di Roe, Committee Officer. APOLOGIES: Councillor Sam Tait.\n"
    )
    assert attendance_of(text) == [
        ("Councillor Ann Lee", "present"), ("Councillor Rob Moss", "present"),
        ("Jo Kerr", "in_attendance"), ("Al Finn", "in_attendance"), ("Di Roe", "in_attendance"),
        ("Councillor Sam Tait", "apologies"),
    ]
    assert roles_of(text)["Al Finn"] == "Head of Housing and Estate Management"


def test_numbered_present_heading_councillors_label_and_minute_takers_initials():
    text = (
        "1201.01 Present\nCouncillors: P. Gale (PG)(Chairman), T Hart (TH)\nIn Attendance : 1 member of public\n"
        "Apologies for Absence\nCouncillor N. Ives (NI);\n\n1201.02 Disclosure of Interests None.\n"
    )
    assert attendance_of(text) == [
        ("Councillor P. Gale", "present"), ("Councillor T Hart", "present"), ("Councillor N. Ives", "apologies"),
    ]
    assert roles_of(text) == {"Councillor P. Gale": "Chairman", "Councillor T Hart": None, "Councillor N. Ives": None}


def test_guests_the_chair_welcomed_who_were_in_attendance():
    text = (
        "The Chair welcomed to the meeting Ana Bell and Cy Dunn who were in attendance representing the Youth Forum.\n\n"
        "He welcomed Ed Fry from the Audit Office, and also Flo Gray, the Chair of the Standards Committee, who was in "
        "attendance for the public part of the meeting.\n\nThe following Members declared an interest:-\n\n"
        "Councillors: T. Bevan and G. Cole.\n"
    )
    assert attendance_of(text) == [
        ("Ana Bell", "in_attendance"), ("Cy Dunn", "in_attendance"), ("Flo Gray", "in_attendance"),
    ]
    assert roles_of(text)["Flo Gray"] == "Chair of the Standards Committee"


def test_table_row_apologies_with_a_plural_title_shared_by_surnames():
    text = "| Item no. | Agenda Item | Details |\n| 01 | Apologies for Absence |\nCouncillors Fenn and Lowe |\n|||\n"
    assert attendance_of(text) == [("Councillor Fenn", "apologies"), ("Councillor Lowe", "apologies")]


def test_present_were_label_intimated_and_received_and_accepted_apologies_had_also_sent():
    text = (
        "Present were:\nCllr K Orr (Chair), Cllr L Vane and the Clerk.\n1.\nAPOLOGIES\n"
        "Apologies were received and accepted from Cllr T Cray who was away.\nNed Eade had also sent his apologies.\n"
        "Apologies for absence were intimated from Councillors Garr and Ivo Hume (Church rep).\n"
    )
    assert attendance_of(text) == [
        ("Cllr K Orr", "present"), ("Cllr L Vane", "present"), ("Cllr T Cray", "apologies"),
        ("Councillor Garr", "apologies"), ("Councillor Ivo Hume", "apologies"), ("Ned Eade", "apologies"),
    ]


def test_members_who_attended_the_meeting_as_substitutes_and_bracketed_substitutes_in_an_apology_list():
    text = (
        "Cllrs Ada Fox and Ben Gill attended the meeting as substitutes.\n\nCllr Cara Hunt attended the meeting as a substitute.\n\n"
        "Apologies for absence were received from Mr T Ivy (Ms J Kemp attended as substitute), Mr P Lamb (Mr K Mott, "
        "Finance Director attended in his absence) and Ms R Nye, NHS England.\n"
    )
    found = attendance_of(text)
    assert sorted(found) == sorted([
        ("Cllr Ada Fox", "present"), ("Cllr Ben Gill", "present"), ("Cllr Cara Hunt", "present"),
        ("Mr T Ivy", "apologies"), ("Mr P Lamb", "apologies"), ("Ms R Nye", "apologies"),
        ("Ms J Kemp", "present"), ("Mr K Mott", "present"),
    ])
    assert roles_of(text)["Cllr Ada Fox"] == "Substitute"
