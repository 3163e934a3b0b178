"""Committee, panel and partnership attendance layouts the label readers left unread (``attendance_members``,
``attendance_posted``), in our own words."""

from extractors.proceedings.attendance import extract_attendance
from extractors.proceedings.attendance_flat import flat_tables
from extractors.proceedings.attendance_members import group_lines
from extractors.proceedings.split import split_papers
from structure_helpers import document


def attendance_of(text: str) -> list[tuple[str, str]]:
    doc = document(text)
    return sorted((a.name, a.attendance) for a in extract_attendance(doc, split_papers(doc)))


def test_group_lines_name_each_body_then_its_people():
    assert attendance_of(
        """
        Annual Meeting of the Eastvale Community Council Forum
        Wednesday 4th June 2025 in the Riverside Centre
        1) Welcome
        Present:
        Northmoor: Apologies from Tessa Quill and Orla, Brent
        Eastfold and Ridge: No rep
        Upper Brook: Jory Penhale, Apologies from Fenella Marr
        Westleigh: Nia Castell (NC) (Forum Secretary)
        Low Cross and Hythe: Orrin Blythe, Maura Dane
        Stonegate: No working community council
        2) Office Bearers' Report
        """
    ) == [
        ("Fenella Marr", "apologies"),
        ("Jory Penhale", "present"),
        ("Maura Dane", "present"),
        ("Nia Castell", "present"),
        ("Orrin Blythe", "present"),
        ("Tessa Quill", "apologies"),
    ]


def test_one_group_line_is_no_block():
    text = document(
        """
        Minutes of the Eastvale Forum held on 4 June 2025
        Present:
        Venue: Riverside Centre
        Northmoor: Jory Penhale, Tessa Quill
        1. Welcome
        """
    ).text
    assert group_lines(text, 0, len(text)) == []


def test_a_body_after_a_name_and_its_post_is_no_one():
    found = attendance_of(
        """
        Minutes of the Eastvale Board held on 4 June 2025
        In Attendance
        Lysa Marten, Chief Executive, Eastvale Voices
        Idris Fenn, Communications Manager, Riverside Trust
        1. Welcome
        """
    )
    assert found == [("Idris Fenn", "in_attendance"), ("Lysa Marten", "in_attendance")]


def test_name_lines_under_the_heading_above_in_attendance_are_present():
    assert attendance_of(
        """
        Eastvale Voices Limited Board

        Minutes of the Meeting held on Wednesday, 20th April, 2016 at 10.00 am at the Riverside Offices


        Perrin Hollis (Chairman)
        Odile Vance
        Tamsin Rook / Bram Ellery
        Corin Waite

        In Attendance

        Lysa Marten, Chief Executive, Eastvale Voices
        Idris Fenn, Communications Manager, Eastvale Voices

        1. / Welcome and Apologies
        """
    ) == [
        ("Bram Ellery", "present"),
        ("Corin Waite", "present"),
        ("Idris Fenn", "in_attendance"),
        ("Lysa Marten", "in_attendance"),
        ("Odile Vance", "present"),
        ("Perrin Hollis", "present"),
        ("Tamsin Rook", "present"),
    ]


def test_name_lines_not_under_a_heading_are_not_read():
    assert ("Odile Vance", "present") not in attendance_of(
        """
        Eastvale Voices Limited Board

        The board thanked its volunteers for the year.
        Perrin Hollis
        Odile Vance

        In Attendance

        Lysa Marten, Chief Executive, Eastvale Voices

        1. Welcome
        """
    )


def test_name_post_entries_run_on_under_a_label():
    assert attendance_of(
        """
        MINUTES of MEETING of the SAFETY SUB-COMMITTEE held in the RIVER ROOM on TUESDAY 10 SEPTEMBER 2013 at 11.00 am

        Present

        Councillor Ines KELLOW (Convener)

        In Attendance

        Garth Penrose, Business Liaison Officer, Police Mirren Tolly, Solicitor, Governance & Resources Anwen Hale, Chief Governance Officer, Legal Services Oswin Carrow, Committee Officer, Governance & Resources (Clerk)

        PU12 APOLOGIES AND SUBSTITUTIONS
        """
    ) == [
        ("Anwen Hale", "in_attendance"),
        ("Councillor Ines KELLOW", "present"),
        ("Garth Penrose", "in_attendance"),
        ("Mirren Tolly", "in_attendance"),
        ("Oswin Carrow", "in_attendance"),
    ]


def test_run_on_pieces_without_a_post_after_each_name_are_not_entries():
    found = attendance_of(
        """
        Minutes of the Eastvale Partnership held on 3 May 2024

        In Attendance

        Garth Penrose, Eastvale Police Mirren Tolly, Riverside Trust Anwen Hale, Northmoor Forum Oswin Carrow, Stonegate

        1. Apologies
        """
    )
    assert ("Mirren Tolly", "in_attendance") not in found


def test_councillors_heading_under_in_attendance_attend():
    assert attendance_of(
        """
        Eastvale Council
        Minutes of a meeting of the Eastvale Executive held on Thursday, 7 March 2024

        Present:
        Councillors:
        Cllr Penhale (Chair)
        Cllr Marr
        Cllr Castell

        In attendance:
        Councillors:
        Cllr Blythe
        Cllr Dane

        Officers:
        Chief Executive

        70. Minutes
        The minutes were confirmed.
        """
    ) == [
        ("Cllr Blythe", "in_attendance"),
        ("Cllr Castell", "present"),
        ("Cllr Dane", "in_attendance"),
        ("Cllr Marr", "present"),
        ("Cllr Penhale", "present"),
    ]


def test_a_post_piece_of_a_run_names_nobody():
    found = attendance_of(
        """
        MINUTES of MEETING of the SAFETY SUB-COMMITTEE held on TUESDAY 10 SEPTEMBER 2013 at 11.00 am

        In Attendance

        Garth Penrose, Business Liaison Officer, Police Mirren Tolly, Group Manager Prevention and Protection, Eastvale Fire Service Anwen Hale, Chief Governance Officer, Legal Services Oswin Carrow, Committee Officer

        PU12 APOLOGIES AND SUBSTITUTIONS
        """
    )
    assert found == [
        ("Anwen Hale", "in_attendance"),
        ("Garth Penrose", "in_attendance"),
        ("Mirren Tolly", "in_attendance"),
        ("Oswin Carrow", "in_attendance"),
    ]


def test_a_table_of_names_and_posts_flattened_into_one_line():
    found = attendance_of(
        "EASTVALE COMBINED AUTHORITY CABINET Friday 4th December 2020 at 10am These minutes are in draft form until "
        "approved at the next Cabinet meeting. ATTENDEES Members Councillor Tamsin Rook Leader, Northby Borough Council "
        "Councillor Orrin Blythe Leader, Southby Borough Council Perrin Hollis Chair, Eastvale Enterprise Partnership (EEP) "
        "Associate Members Odile Vance Vice Chair, Eastvale Enterprise Partnership (EEP) Corin Waite Member of Eastvale EEP "
        "Apologies for Absence Bram Ellery Member of Eastvale EEP Officers and Others in Attendance Lysa Marten Chief "
        "Executive, Eastvale Combined Authority (ECA) Idris Fenn Group Director of Finance & Resources, ECA Maura Dane "
        "Governance Manager, ECA 1 Jory Penhale Head of Transport, Westby Council Nia Castell Director of Growth"
    )
    assert found == [
        ("Bram Ellery", "apologies"),
        ("Corin Waite", "present"),
        ("Councillor Orrin Blythe", "present"),
        ("Councillor Tamsin Rook", "present"),
        ("Idris Fenn", "in_attendance"),
        ("Jory Penhale", "in_attendance"),
        ("Lysa Marten", "in_attendance"),
        ("Maura Dane", "in_attendance"),
        ("Nia Castell", "in_attendance"),
        ("Odile Vance", "present"),
        ("Perrin Hollis", "present"),
    ]


def test_a_short_line_is_no_flattened_table():
    text = "ATTENDEES Members Eastby Council Perrin Hollis Chair, Eastby Council Odile Vance Member of EEP Corin Waite Member"
    assert flat_tables(text, 0, len(text)) == []


def test_welsh_and_english_labels_and_titles_read_by_their_english_half():
    assert attendance_of(
        """
        Minutes of the meeting of the Eastvale Fire Authority held on 11 February 2013

        Presennol/Present: Cynghorwyr/Councillors A Lowe, B Ray and C Sims
        Ymddiheuriadau/Apologies: Cynghorydd/Councillor D Hale

        1. Minutes
        """
    ) == [
        ("Councillor A Lowe", "present"),
        ("Councillor B Ray", "present"),
        ("Councillor C Sims", "present"),
        ("Councillor D Hale", "apologies"),
    ]


def test_a_councillors_heading_under_apologies_gives_apologies():
    found = attendance_of(
        """
        Minutes of the meeting of the Eastvale Fire Authority held on 11 February 2013

        PRESENNOL / PRESENT:
        Cyng/Cllrs: A Lowe, B Ray, C Sims

        YMDDIHEURIADAU / APOLOGIES:
        Cyng/Cllrs: D Hale, E Kay

        1. Minutes
        """
    )
    assert ("Cllr D Hale", "apologies") in found and ("Cllr E Kay", "apologies") in found
    assert ("Cllr A Lowe", "present") in found and not any(name == "Cllr D Hale" for name, kind in found if kind == "present")


def test_the_span_of_a_name_after_a_welsh_title_is_printed_text():
    doc = document("Minutes of the meeting held on 11 February 2013\n\nPresennol/Present: Cynghorydd/Councillor A Lowe\n\n1. Minutes\n")
    (record,) = extract_attendance(doc, split_papers(doc))
    assert record.provenance.text == doc.text[record.provenance.start : record.provenance.end]


def test_names_under_a_notice_of_meeting_are_its_membership_not_attendance():
    assert attendance_of(
        """
        Notice of meeting of the Eastvale Board on 12 March 2024 at 10am

        Perrin Hollis (Chair)
        Odile Vance
        Corin Waite

        Apologies

        1. Welcome
        """
    ) == []


def test_stacked_name_and_body_lines_under_a_panel_members_label():
    found = attendance_of(
        """
        Minutes of the meeting of the Eastvale Police and Crime Panel held on 12 March 2024 at County Hall

        Panel Members Present
        Councillor Tamsin Rook (Chair)
        Northby Borough Council
        Councillor Orrin Blythe
        Southby District Council
        Perrin Hollis
        Independent Member
        Odile Vance
        Independent Member

        1. Minutes
        """
    )
    assert found == [
        ("Councillor Orrin Blythe", "present"),
        ("Councillor Tamsin Rook", "present"),
        ("Odile Vance", "present"),
        ("Perrin Hollis", "present"),
    ]


def test_a_group_label_after_a_shared_title_is_no_name():
    found = attendance_of(
        """
        Minutes of the meeting of the Eastvale Police and Crime Panel held on 12 March 2024

        Present: Councillors Tamsin Rook (Northby BC) (Chair), Orrin Blythe (Southby DC); Independent Members Perrin Hollis and Odile Vance.

        1. Minutes
        """
    )
    assert not any("Independent" in name for name, _ in found)
    assert ("Councillor Tamsin Rook", "present") in found
