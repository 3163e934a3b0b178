"""Session 14 precision: facts read from what is not the fact. A page title 'May 2020 Minutes' read as minute
'May 2020'; the occasion after a body's noun ('Community Council Special General Meeting') read into the body;
a post after a name's comma ('Fay Moss, Dog Warden') read as a second name in a list of one name and its post a line;
the absent member before a bracketed substitute read as present; an officer's post after the comma. Our own words,
names and bodies."""

import datetime as dt

from test_attendance_round3 import attendance_of, roles_of
from test_meeting_probes3 import meetings_of

from extractors.proceedings.minuted import find_minuted_items
from extractors.proceedings.meetings import normalise_body

HEAD = "Minutes of the meeting of Ashby Parish Council held on 4th March 2024 at 7.30pm\n\n"


def _items(text: str) -> list[tuple[str, str]]:
    return [(item.number, item.title) for item in find_minuted_items(text)]


def test_a_month_and_year_before_the_papers_kind_is_no_minute_number():
    text = "June 2021 Minutes\n\nMinutes of the Parish Council Meeting held on 24th June 2021\n\nPresent; A. Lowe (Chair), B. Ray\n"
    assert _items(text) == []


def test_a_committees_letters_in_capitals_still_number_its_minutes():
    assert _items("CAB 12 Budget Monitoring\nNoted.\nCAB 13 Waste Strategy\nAgreed.\n") == [
        ("CAB 12", "Budget Monitoring"), ("CAB 13", "Waste Strategy"),
    ]


def test_a_word_in_mixed_case_before_a_number_is_no_minute_number():
    assert _items("Room 12 Village Hall\nThe hall was booked.\nRoom 13 Pavilion\nIt was closed.\n") == []


def test_the_occasion_after_the_bodys_noun_is_not_the_body():
    assert normalise_body("COMMUNITY COUNCIL SPECIAL GENERAL") == "Community Council"
    assert normalise_body("Westby Town Council Annual General Meeting") == "Westby Town Council"
    assert normalise_body("Extraordinary Council") == "Extraordinary Council"


def test_minutes_from_a_special_general_meeting_name_the_body_alone():
    text = (
        "MINUTES FROM THE COMMUNITY COUNCIL SPECIAL GENERAL MEETING HELD AT THE ELM CENTRE, HIGH ST, ON 9th APRIL 2019 @ 7:00pm\n\n"
        "MEMBERS PRESENT: Chair Ann Lowe, Bob Ray, Cal Sim.\n\n1) APOLOGIES FOR ABSENCE: Dee Hale.\n"
    )
    assert meetings_of(text) == [("Community Council", dt.date(2019, 4, 9))]


PER_LINE = (
    "Present: / Ann Lee, Chair – Eastby Community Council\n"
    "Bob Roe, Westby Community Council\n"
    "Cara Day, Westvale Area Manager\n"
    "Councillor Hale, Eastshire Council\n"
    "In Attendance: / Eve Hill, WREC\n"
    "Fay Moss, Dog Warden\n"
    "Apologies: / Gus Ward, Northby Community Council\n"
    "Cllr Pike, Eastshire Council\n"
    "Item No: / Action\n"
    "1 / Westvale Equality Council – Presentation by Eve Hill\n"
)


def test_a_list_of_one_name_and_its_post_a_line_reads_each_line_as_one_entry():
    found = attendance_of(PER_LINE)
    assert ("Dog Warden", "in_attendance") not in found
    assert ("Fay Moss", "in_attendance") in found and ("Eve Hill", "in_attendance") in found
    assert ("Ann Lee", "present") in found and ("Bob Roe", "present") in found and ("Councillor Hale", "present") in found
    assert ("Gus Ward", "apologies") in found and ("Cllr Pike", "apologies") in found
    assert roles_of(PER_LINE)["Fay Moss"] == "Dog Warden"


def test_a_one_entry_a_line_list_under_its_label_line_keeps_posts_that_look_like_names():
    text = "In Attendance:\nFay Moss, Dog Warden\nEve Hill, WREC\nGus Ward, Area Manager\n\n1. Apologies\nNone.\n"
    assert attendance_of(text) == [("Fay Moss", "in_attendance"), ("Eve Hill", "in_attendance"), ("Gus Ward", "in_attendance")]


def test_a_comma_list_of_names_with_bodies_in_brackets_still_splits_on_its_commas():
    text = "Present: Ann Lee (Eastby Council), Bob Roe (Westby Council)\nCara Day (Northby Council), Dan Fox (Police)\n\n1. Apologies\n"
    names = [name for name, _ in attendance_of(text)]
    assert names == ["Ann Lee", "Bob Roe", "Cara Day", "Dan Fox"]


def test_a_comma_list_wrapped_over_lines_of_two_names_still_splits_on_its_commas():
    text = "Present: Ann LEE, Bob ROE\nCara DAY, Dan FOX\n\n1. Apologies\n"
    assert len(attendance_of(text)) == 4


def test_an_officers_post_after_the_comma_in_a_present_list_is_in_attendance():
    text = "Present:\nAnn Lee, Eastby Community Council\nBob Roe, Westby Community Council\nCara Day, Area Project Officer\n\n1. Apologies\n"
    assert attendance_of(text) == [("Ann Lee", "present"), ("Bob Roe", "present"), ("Cara Day", "in_attendance")]
    staff = "Present:\nAnn Lee, Eastby Community Council\nBob Roe, Westvale Area Manager\nCal Sim, PA to Westvale Area Manager\n\n1. Apologies\n"
    assert attendance_of(staff) == [("Ann Lee", "present"), ("Bob Roe", "in_attendance"), ("Cal Sim", "in_attendance")]


def test_the_absent_member_before_a_bracketed_substitute_is_not_present():
    text = (
        "2.\n\nApologies for absence\n\nMinutes:\n\nApologies for absence had been received as follows:\n\n"
        "Cllr Ann Lowe (Cllr Bob Ray attended as substitute)\n\nCllr Cal Sim\n\n3.\n\nMinutes\n"
    )
    found = attendance_of(text)
    assert ("Cllr Ann Lowe", "present") not in found
    assert ("Cllr Bob Ray", "present") in found


def test_apologies_presented_or_received_as_follows_open_a_list():
    presented = "Apologies for absence were presented from:\n\nCouncillor Ann Lowe – Eastby District Council\n\nBob Ray – Westvale Trust\n\n2.\n\nMinutes\n"
    assert attendance_of(presented) == [("Councillor Ann Lowe", "apologies"), ("Bob Ray", "apologies")]
    follows = "Apologies for absence had been received as follows:\n\nCllr Ann Lowe\n\nCllr Bob Ray\n\n3.\n\nMinutes\n"
    assert attendance_of(follows) == [("Cllr Ann Lowe", "apologies"), ("Cllr Bob Ray", "apologies")]


def test_a_pair_opening_a_list_of_one_entry_a_line_does_not_end_it():
    text = (
        "Apologies for absence were received from:\n\nCounty Councillors Ann Lowe and Bob Ray (Eastshire County Council)\n\n"
        "Councillor Cal Sim – Westby Borough Council\n\nDee Hale – Northby Trust\n\n2.\n\nMinutes\n"
    )
    names = [name for name, kind in attendance_of(text) if kind == "apologies"]
    assert names == ["County Councillor Ann Lowe", "County Councillor Bob Ray", "Councillor Cal Sim", "Dee Hale"]


def test_a_run_on_list_still_ends_at_its_blank_line():
    text = "Present: \nCllr Ann Lowe and Cllr Bob Ray\n\nThe Chair opened the meeting – all were welcome.\n\n1. Apologies\n"
    assert attendance_of(text) == [("Cllr Ann Lowe", "present"), ("Cllr Bob Ray", "present")]


def test_an_agenda_titled_by_its_date_or_its_meetings_number_lists_its_items():
    from extractors.proceedings.split import find_agenda

    items = "\n\n1.Apologies for absence\nTo receive apologies.\n2.Declarations of interest\nTo note any.\n3.Clerk’s report\nTo receive it.\n"
    assert find_agenda("Agenda for Thursday 6 June 2024" + items) is not None
    assert find_agenda("Agenda – Meeting 3 (2024/25)" + items) is not None
    assert find_agenda("Agenda item 4 – Appendix B" + items) is None


def test_an_items_description_run_on_after_its_title_is_no_part_of_it():
    from extractors.proceedings.agenda import find_items

    text = (
        "Agenda for Thursday 6 June 2024\n\n"
        "1.Apologies for Absence  \n\n"
        "2.Membership of the Council – Following the by-election a list of members can be read here.\n\n"
        "3.Minutes of the Last Meeting  Held on 7 May 2024 (circulated). To be signed as a true record.\n\n"
        "4.Clerk’s Report  Click here to read the Report.\n\n"
        "5.Planning – Applications Received\n"
    )
    assert [(item.number, item.title) for item in find_items(text)] == [
        ("1", "Apologies for Absence"), ("2", "Membership of the Council"), ("3", "Minutes of the Last Meeting"),
        ("4", "Clerk’s Report"), ("5", "Planning – Applications Received"),
    ]


def test_an_ordered_lists_marker_before_the_printed_number_and_initials_glued_to_it_open_items():
    from extractors.proceedings.agenda import find_items

    text = (
        "Agenda for Thursday 6 June 2024\n\n  1. 1.Election of the Town Mayor for 2024/25\n\n2.Apologies for Absence\n\n"
        "3.PCSO report\nTo receive a report from the PCSO.\n4.Clerk’s report\n"
    )
    assert [(item.number, item.title) for item in find_items(text)] == [
        ("1", "Election of the Town Mayor for 2024/25"), ("2", "Apologies for Absence"), ("3", "PCSO report"), ("4", "Clerk’s report"),
    ]


WELSH_HEAD = "Cofnodion y Cyfarfod Arbennig a gynhaliwyd ar 9 Hydref 2014\n\n"


def test_welsh_minutes_list_members_under_presennol_and_give_the_plural_title_to_each():
    text = (
        "PRESENNOL:\n\nY Cynghorydd Aled Lewis - Cadeirydd\n\nY Cynghorwyr C.D.Morgan; E.F.Price; Gwen Davies;\n\n"
        "WRTH LAW:\n\nSwyddog Pwyllgor (MEH).\n\nYMDDIHEURIADAU:\n\nY Cynghorwyr C.Ll. Evans, T.Dd. Hale,\n\nRhian Wyn.\n\n1 DATGAN DIDDORDEB\n"
    )
    found = attendance_of(text, WELSH_HEAD)
    assert ("Y Cynghorydd C.D.Morgan", "present") in found and ("Y Cynghorydd Gwen Davies", "present") in found
    assert ("Y Cynghorydd C.Ll. Evans", "apologies") in found and ("Y Cynghorydd T.Dd. Hale", "apologies") in found
    assert ("Y Cynghorydd Rhian Wyn", "apologies") in found
    assert not any("Swyddog" in name for name, _ in found)


def test_a_welsh_digraph_initial_is_an_initial():
    from extractors.readers.names import looks_like_name

    assert looks_like_name("C.Ll. Evans") and looks_like_name("Y Cynghorydd R.Ll.Hughes".split(" ", 1)[1])
    assert not looks_like_name("Swyddog Pwyllgor")


def test_members_listed_in_groups_each_under_its_plural_title_after_the_chair():
    text = (
        "PRESENT: Councillor A Lowe (Chairman)\n\nThe Right Worshipful The Mayor Councillor B Ray\n\n"
        "Aldermen C Sim MBE, D Hale and E P Moss\n\nCouncillors F Pike, G Ward and H Fox\n\n"
        "OTHER MEMBERS: Councillor J Day\n\nIN ATTENDANCE: Eastby City Council\n\nChief Executive Head of Finance\n\n1. Apologies\n"
    )
    assert attendance_of(text) == [
        ("Councillor A Lowe", "present"), ("Councillor B Ray", "present"), ("Alderman C Sim MBE", "present"),
        ("Alderman D Hale", "present"), ("Alderman E P Moss", "present"), ("Councillor F Pike", "present"),
        ("Councillor G Ward", "present"), ("Councillor H Fox", "present"), ("Councillor J Day", "in_attendance"),
    ]
    assert roles_of(text)["Councillor B Ray"].endswith("Mayor")


def test_non_members_and_officials_labels_open_in_attendance_lists_of_posts_with_commas():
    text = (
        "Present:\n\nMr A Lowe, Mr B Ray\n\nNon-Members also present:-\n\nMrs C Sim, Mr D Hale\n\nOfficials in attendance:\n\n"
        "Ms E Moss, Principal Administrator, Corporate Services\nMiss F Pike, Administrative Assistant, Corporate Services\n\n"
        "Also in attendance:\n\nChief Superintendent G Ward, Northern Divisional Commander, Police Scotland\n\n1. Apologies\n"
    )
    found = attendance_of(text)
    for name in ("Mrs C Sim", "Mr D Hale", "Ms E Moss", "Miss F Pike", "Chief Superintendent G Ward"):
        assert (name, "in_attendance") in found, name
    assert not any(name.startswith(("Principal", "Administrative", "Northern")) for name, _ in found)


def test_a_pair_opening_a_list_of_one_entry_a_line_with_no_blank_lines_between():
    text = (
        "Apologies for absence were received from:\nCounty Councillors Ann Lowe and Bob Ray (Eastshire County Council)\n"
        "Councillor Cal Sim – Westby Borough Council\nFay Pike – Westby Trust\n2.\nMinutes\n"
    )
    assert attendance_of(text) == [
        ("County Councillor Ann Lowe", "apologies"), ("County Councillor Bob Ray", "apologies"),
        ("Councillor Cal Sim", "apologies"), ("Fay Pike", "apologies"),
    ]
