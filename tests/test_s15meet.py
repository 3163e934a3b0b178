"""Session 15 (meetings, agenda, attendance, reports, future meetings): layouts of partnership, panel and fire
authority pages. Our own words, names and bodies."""

import datetime as dt

from structure_helpers import document
from test_attendance_round3 import attendance_of

from extractors.proceedings.future_meetings import extract_future_meetings
from extractors.proceedings.item_reports import extract_item_report


def _report_titles(text):
    return [r.title for r in extract_item_report(document(text))]


def test_item_page_where_the_panel_was_provided_with_a_report_has_one_report():
    text = """
    Agenda item

    Rural Crime Grants

    The Commissioner has set out the grants to each district.

    Minutes:

    The Panel was provided with a report of the Commissioner setting out how the grants are shared.
    """
    assert _report_titles(text) == ["Rural Crime Grants"]


def test_item_page_opening_a_numbered_paragraph_on_the_report_of_an_officer_has_one_report():
    text = """
    Agenda item

    Safer Streets Update

    To receive an update.

    Minutes:

    12.1           The report of the Head of Leisure, circulated at Page No. 4-9, provided an update on the scheme.
    """
    assert _report_titles(text) == ["Safer Streets Update"]


def test_a_reference_to_the_report_of_an_officer_inside_a_sentence_gives_no_report():
    text = """
    Agenda item

    Safer Streets Update

    Minutes:

    Members noted that, as set out in the report of the Head of Housing, the scheme provided new lighting.
    """
    assert _report_titles(text) == []


def _future_dates(text, reference):
    doc = document(text)
    return [f.date.isoformat() for f in extract_future_meetings(doc, 0, len(doc.text), reference, None)]


def test_next_meeting_named_in_passing_with_its_date_set_off_by_a_comma():
    text = "The Chair suggested it would be better to defer the plan to the next meeting, on 4 June 2026. Members agreed.\n"
    assert _future_dates(text, dt.date(2026, 3, 10)) == ["2026-06-04"]


def test_next_meeting_in_passing_without_the_comma_gives_its_date():
    # 'to the next meeting on DATE' names that meeting's date, even in a sentence about something else.
    text = "The Chair deferred the plan to the next meeting on 4 June 2026 when the figures are known.\n"
    assert _future_dates(text, dt.date(2026, 3, 10)) == ["2026-06-04"]


JOINT_HEAD = "At a meeting of the Joint Fire Authority for Eastshire and Westby held at Fire Headquarters on Thursday 5 March 2026 at 10.00 a.m.\n"


def test_a_joint_bodys_council_groups_under_its_opening_line_are_present():
    text = (
        "Eastshire County Councillors:\nCouncillors A Lowe, B Ray,C Sim andD Hale.\n"
        "Westby Borough Councillors:\nCouncillors E Pike and F Moss.\n"
        "Apologies for absence were received from Councillor G Webb.\nA1 Declarations of interest\nThere were none.\n"
    )
    expected = {("Councillor C Sim", "present"), ("Councillor D Hale", "present"), ("Councillor F Moss", "present"), ("Councillor G Webb", "apologies")}
    assert expected <= set(attendance_of(text, JOINT_HEAD))


def test_a_county_councillors_label_after_a_present_list_is_not_read_as_members_present():
    head = "Minutes of the meeting of Ashby Parish Council held on 4th March 2024 at 7.30pm\n\n"
    text = "Present: Cllr A Lowe, Cllr B Ray\nElmshire County Councillors: Cllr C Sim\n\n1. Welcome\n"
    assert ("Cllr C Sim", "present") not in attendance_of(text, head)


AGENCY_HEAD = "Eastshire Community Safety Partnership\n\nMinutes of the meeting held on 5 March 2026\n\n"


def test_a_name_agency_table_printed_with_single_spaces_gives_members_then_attendees():
    text = (
        "Attendance\n\nCore membership\n\nName Agency\nCllr Ann Lowe Eastshire Council (Chair)\nInsp. Bob Ray Eastshire Police\n"
        "Cara Sim National Probation Service\nAttendees\nName Agency\nDan Hale Eastshire Council\nEve Mary Pike Eastshire Council\n"
        "Fay Moss Youth Offending Service\n\nApologies\n\n  • Gus Webb (Eastshire Council)\n\nNo 1\n"
    )
    found = attendance_of(text, AGENCY_HEAD)
    assert ("Cllr Ann Lowe", "present") in found and ("Insp. Bob Ray", "present") in found and ("Cara Sim", "present") in found
    assert ("Dan Hale", "in_attendance") in found and ("Eve Mary Pike", "in_attendance") in found
    assert ("Fay Moss", "in_attendance") in found and ("Gus Webb", "apologies") in found
    assert not any("Eastshire" in name or "Service" in name for name, _ in found)


def test_a_name_column_beside_posts_rather_than_organisations_is_no_agency_table():
    from extractors.proceedings.attendance_agency import agency_tables

    text = "Present\n\nName Representing\nAnn Lowe Chief Executive\nBob Ray Head of Finance\n\n1. Welcome\n"
    assert agency_tables(text, 0, len(text)) == []
    text = "Present\n\nName Representing\nAnn Lowe Eastshire Council\nBob Ray Westby Police\n"
    assert [kind for kind, *_ in agency_tables(text, 0, len(text))] == ["present", "present"]


def test_items_of_a_table_printed_a_cell_a_line_under_their_labels_are_the_meetings_items():
    from extractors.facts import extract_facts

    text = (
        "Attendance\n\nName Agency\nAnn Lowe Eastshire Council\nBob Ray Eastshire Police\n\n"
        "No 1\n\nItem Partnership Priorities\n\n1.1 Ann Lowe gave a presentation on the priorities.\n\n"
        "No 2\n\nItem Election of Vice Chair\n\n2.1 Members appointed Bob Ray vice chair.\n\n"
        "No 3\n\nItem Terms of Reference\n\n3.1 The terms of reference were agreed.\n"
    )
    items = [(i.number, i.title) for i in extract_facts(document(text)).agenda_items]
    assert items == [("1", "Partnership Priorities"), ("2", "Election of Vice Chair"), ("3", "Terms of Reference")]


ITEM_HEAD = "Minutes of the meeting of the Eastshire Health Panel held on 4th March 2026\n\n"


def test_an_apology_with_a_bracketed_note_and_an_also_sent_apology_and_a_substitute_sentence():
    text = (
        "3.\n\nAPOLOGIES FOR ABSENCE AND SUBSTITUTIONS\n\nMinutes:\n\n"
        "Councillor Ann Lowe sent her apology.  Councillor Bob Ray was her substitute for the meeting.\n\n"
        "Councillor Cara Sim sent her apology (no substitute present).\n\n"
        "Dan Hale (Director of Housing) also sent his apology.\n"
    )
    found = attendance_of(text, ITEM_HEAD)
    assert ("Councillor Bob Ray", "present") in found
    assert ("Councillor Cara Sim", "apologies") in found and ("Dan Hale", "apologies") in found


def test_an_apology_list_ending_in_who_was_substituted_by():
    text = "1.\n\nApologies\n\nMinutes:\n\nApologies were received from Ann Lowe, Bob Ray and Cara Sim who was substituted by Dan Hale.\n"
    found = attendance_of(text, ITEM_HEAD)
    assert ("Cara Sim", "apologies") in found and ("Dan Hale", "present") in found
    assert not any("substituted" in name for name, _ in found)


def test_a_guest_with_a_post_who_attended_to_explain_is_in_attendance():
    text = "4.\n\nSafer Streets\n\nMinutes:\n\nAnn Lowe, Partnership Manager attended to explain the work of the partnership.\n"
    assert ("Ann Lowe", "in_attendance") in attendance_of(text, ITEM_HEAD)


def test_a_boards_member_groups_run_on_one_line_and_an_officers_group_under_in_attendance():
    head = "EASTFEN INTERNAL DRAINAGE BOARD\n\nMINUTES OF THE FULL BOARD MEETING\n\nMONDAY 13th MAY 2026\n\n"
    text = (
        "PRESENT: Ratepayer Members: Mr Lowe (Ch) Mr Ray Mr Sim\n\n"
        "APOLOGIES: Ratepayer Members: Mr Hale Appointed Members: Cllr Pike Co-opted Members:\n\n"
        "IN ATTENDANCE: Officers: Mr Moss – Chief Executive (CEO) Miss Webb – Board Secretary (Minutes)\n\n1 Welcome\n"
    )
    found = attendance_of(text, head)
    assert ("Mr Hale", "apologies") in found and ("Cllr Pike", "apologies") in found
    assert ("Mr Moss", "in_attendance") in found and ("Miss Webb", "in_attendance") in found
    assert not any("Appointed" in name or "Officers" in name for name, _ in found)


def test_an_unlabelled_list_under_a_dated_meeting_title_with_another_tiers_councillor_below():
    text = (
        "Eastby Town Council Monthly Meeting Wednesday 15th January 2026\n\n"
        "Councillor Ann Lowe (Mayor) Councillors Bob Ray, Mrs Cara Sim and Dan Hale\n\n"
        "County Councillor Eve Pike\n\n"
        "In attendance: Fay Moss (Town Clerk)\n\n101. Opening Prayer\n\nThe prayer was said.\n"
    )
    found = attendance_of(text, "")
    assert ("Councillor Ann Lowe", "present") in found and ("Councillor Dan Hale", "present") in found
    assert ("County Councillor Eve Pike", "in_attendance") in found


def test_a_flattened_rows_title_closed_by_a_full_stop_before_its_minutes_label():
    from extractors.facts import extract_facts

    text = (
        "Introductions. Minutes: The Chair welcomed everyone to the meeting. |\n"
        "Notes of the last meeting. Minutes: The notes were agreed as a correct record. |\n"
        "Matters arising Minutes: There were none. |\n"
    )
    titles = [i.title for i in extract_facts(document(text)).agenda_items]
    assert titles == ["Introductions", "Notes of the last meeting", "Matters arising"]


def test_a_run_on_table_of_contents_in_minutes_gives_their_items():
    from extractors.proceedings.minuted import find_minuted_items

    text = (
        "MINUTES OF THE BOARD MEETING\n\nContents\n\n12 Welcome and Apologies ...... 3 13 Declarations of Interest ...... 3 "
        "14 Pumping Station Repairs ...... 4 15 ...... 4 16 Date of Next Meeting ...... 5\n\n12 Welcome and Apologies\n\n12.1 The Chair welcomed members.\n"
    )
    items = [(i.number, i.title) for i in find_minuted_items(text)]
    assert items == [("12", "Welcome and Apologies"), ("13", "Declarations of Interest"), ("14", "Pumping Station Repairs"), ("16", "Date of Next Meeting")]


def test_run_on_names_and_posts_each_post_closed_by_the_bodys_initials():
    text = (
        "Present: Ann Lowe Bob Ray Cara Sim In Attendance: Dan Hale, Interim Chief Executive, EPA Eve Pike, Policy & Projects, "
        "EPA Fay Moss, Head of Corporate Services Apologies: Gus Webb\n\n1 Welcome\n"
    )
    found = attendance_of(text, "EASTSHIRE PARK AUTHORITY MINUTES OF THE BOARD MEETING held at Westby on 10 October 2026 ")
    assert {("Dan Hale", "in_attendance"), ("Eve Pike", "in_attendance"), ("Fay Moss", "in_attendance")} <= set(found)
    assert not any(name.startswith("EPA") for name, _ in found)


def test_minute_numbers_carrying_the_year_over_a_cheque_list():
    from extractors.proceedings.minuted import find_minuted_items

    text = (
        "NOTES OF THE MEETING OF THE PARISH COUNCIL HELD ON TUESDAY 2 APRIL 2026\n"
        "21.2026 APOLOGIES FOR ABSENCE\nThere were no apologies.\n22.2026 DECLARATIONS OF INTEREST\nNone were declared.\n"
        "23.2026 FINANCE. TO APPROVE THE CHEQUES\nAgreed by all.\nChq no Payee Description £\n"
        "1310 A Lowe Clerk Salary £301.20\n1311 A Lowe Clerk Expenses £12.48\n1312 Eastshire Association Membership £150.00\n"
    )
    assert [i.number for i in find_minuted_items(text)] == ["21.2026", "22.2026", "23.2026"]
