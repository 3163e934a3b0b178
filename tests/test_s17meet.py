"""Session 17, meetings: general mechanisms tried on real layouts (our own words, invented bodies and dates)."""

import datetime as dt

from extractors.facts import extract_facts
from extractors.readers.dates import find_dates
from structure_helpers import document


def meetings(text):
    return [(m.body, m.date.isoformat() if m.date else None) for m in extract_facts(document(text)).meetings]


def test_opening_sentence_runs_on_under_a_blank_line_in_a_double_spaced_page():
    text = (
        "AT A MEETING OF THE WESTPORT HARBOUR BOARD HELD AT the harbour\n\n"
        "office, 4 quay road, westport oN MONDAY 27 TH SEPTEMBER 2010 AT 9.30 A.M.\n\n"
        "PRESENT:\n\nMr A Lowe, Mr B Ray\n\n1. APOLOGIES\n\n1.1 None.\n"
    )
    assert meetings(text) == [("Westport Harbour Board", "2010-09-27")]


def test_a_body_named_by_its_members_opens_the_minutes():
    text = (
        "AT A MEETING OF THE WESTPORT HARBOUR COMMISSIONERS HELD AT the harbour office on MONDAY 27 TH SEPTEMBER 2010"
        " AT 9.30 A.M.\n\nPRESENT:\n\nMr A Lowe, Mr B Ray\n\n1. APOLOGIES\n\n1.1 None.\n"
    )
    assert meetings(text) == [("Westport Harbour Commissioners", "2010-09-27")]


def test_a_weekday_slip_inside_a_dated_opening_keeps_the_printed_date():
    # 27 September 2010 was a Monday: 'FRIDAY' printed with the full date is a slip, not another day.
    text = (
        "AT A MEETING OF THE WESTPORT HARBOUR COMMISSIONERS HELD AT the harbour office on FRIDAY 27 TH SEPTEMBER 2010"
        " AT 9.30 A.M.\n\nPRESENT:\n\nMr A Lowe, Mr B Ray\n\n1. APOLOGIES\n\n1.1 None.\n"
    )
    assert meetings(text) == [("Westport Harbour Commissioners", "2010-09-27")]


def test_a_numeric_date_opening_the_page_is_no_item_number():
    text = (
        "04.03.2015 Views\n\nSHOW MORE\n\n"
        "AT A MEETING OF THE WESTPORT HARBOUR COMMISSIONERS HELD AT the harbour office on MONDAY 27 TH SEPTEMBER 2010"
        " AT 9.30 A.M.\n\nPRESENT:\n\nMr A Lowe, Mr B Ray\n\n1. APOLOGIES\n\n1.1 None.\n"
    )
    assert meetings(text) == [("Westport Harbour Commissioners", "2010-09-27")]


def test_a_label_ending_in_meeting_is_no_page_title():
    text = (
        "Winter Support Fund\n\nDate of Meeting:\n\n4 November 2021\n\nReport of:\n\nChief Finance Officer\n\n"
        "1.1 The fund gives support for food and fuel over the winter.\n"
    )
    assert all(body != "Date of Meeting" for body, _ in meetings(text))


def test_an_authority_named_by_its_service_takes_its_full_name_from_the_heading():
    text = (
        "AWDURDOD TAN AC ACHUB GOGLEDD\n"
        "NORTHSHIRE FIRE AND RESCUE AUTHORITY\n"
        "NOTE: THESE MINUTES ARE SUBJECT TO CONFIRMATION\n"
        "MINUTES OF THE FIRE AUTHORITY MEETING The Conference Centre, Fire Headquarters, Westport 11 FEBRUARY 2013\n"
        "PRESENT: R Lowe, G Ray\n"
        "1 APOLOGIES FOR ABSENCE\n"
    )
    assert meetings(text) == [("Northshire Fire and Rescue Authority", "2013-02-11")]


def test_a_moderngov_minutes_cell_opening_on_the_heading():
    text = (
        "Venue: Westport Borough Council Offices\n"
        "No. | Item | ||||\n---|---|---|\n"
        "Minutes: WESTPORT BOROUGH COUNCIL\n"
        "Joint Community Safety Scrutiny Committee\n"
        "17 January 2017 AT 6.30 pm\n"
        "Also in attendance: Councillor Ann Lowe.\n"
        "1 Welcome and introductions\nThe Chairman welcomed everyone.\n"
    )
    assert meetings(text) == [("Joint Community Safety Scrutiny Committee", "2017-01-17")]


def test_a_minutes_cell_over_a_minute_is_no_meeting():
    text = (
        "No. | Item | ||||\n---|---|---|\n"
        "Minutes: The Committee noted the update on the budget.\n"
        "The figures for 17 January 2017 were circulated.\n"
    )
    assert meetings(text) == []


def test_news_says_the_body_met_on_a_weekday_the_year_from_the_page():
    text = (
        "Published 20 January 2024\n\n"
        "The Grants to Youth Groups Committee met on Monday, January 8, where several awards were ratified.\n"
    )
    assert meetings(text) == [("Grants to Youth Groups Committee", "2024-01-08")]


def test_news_says_the_cabinet_acted_today_on_a_weekday():
    text = (
        "Press Release\n\nPublished on 2 October 2023\n\n"
        "Westshire District Council's Cabinet has today, Monday 2 October, agreed the final list of projects.\n"
    )
    assert meetings(text) == [("Cabinet", "2023-10-02")]


def test_news_weekday_that_fits_no_printed_year_gives_no_meeting():
    # 8 January was a Monday in 2024 but not in 2023: only 2023 is printed.
    text = "Published 20 January 2023\n\nThe Grants Committee met on Monday, January 8, where awards were made.\n"
    assert meetings(text) == []


def test_weekday_led_month_first_date_without_a_year():
    found = find_dates("met on Monday, January 8, where", dt.date(2024, 1, 20))
    assert [(d.text, d.date, d.year_inferred) for d in found] == [("Monday, January 8", dt.date(2024, 1, 8), True)]
    assert find_dates("on Monday, January 8.30") == []
    assert [d.date for d in find_dates("Monday, January 8, 2024")] == [dt.date(2024, 1, 8)]


def reports(text):
    return [(r.title, r.meeting_date.isoformat() if r.meeting_date else None) for r in extract_facts(document(text)).reports]


def test_a_report_title_printed_over_its_label_block():
    text = (
        "Winter Support Fund\n\nDate of Meeting:\n\n4 November 2021\n\nReport of:\n\nChief Finance Officer\n\n"
        "Contact Officer:\n\nAnn Lowe\n\n1.1 The fund gives support for food and fuel over the winter.\n"
    )
    assert reports(text) == [("Winter Support Fund", "2021-11-04")]


def test_a_line_over_a_label_block_without_an_author_is_no_title():
    text = "Winter Support Fund\n\nDate of Meeting:\n\n4 November 2021\n\n1.1 The fund gives support over the winter.\n"
    assert reports(text) == []


def test_a_sentence_over_the_label_block_is_no_title():
    text = (
        "The fund gives support for food and fuel.\n\nDate of Meeting:\n\n4 November 2021\n\nReport of:\n\n"
        "Chief Finance Officer\n\n1.1 More text.\n"
    )
    assert reports(text) == []


def test_an_unlabelled_front_sheet_report_of_title_purpose():
    text = (
        "Agenda Item No. 9\n\nThe Westshire Council\n\nScrutiny Committee: 24th July 2013\n\n"
        "Report of the Head of Democratic Services\n\nGrants for Village Hall Websites\n\n"
        "Purpose of the Report\n\n1. To tell Members of the replies to the offer.\n"
    )
    assert reports(text) == [("Grants for Village Hall Websites", "2013-07-24")]


def test_a_report_of_line_without_the_purpose_heading_is_no_front_sheet():
    text = (
        "Scrutiny Committee: 24th July 2013\n\nReport of the Head of Democratic Services\n\n"
        "Grants for Village Hall Websites\n\n1. To tell Members of the replies to the offer.\n"
    )
    assert reports(text) == []


_BUSINESS = "\n\nPresent: Cllr A Lowe (Chair), Cllr B Ray\n\n1. Apologies\nNone.\n2. Minutes\nAgreed.\n"


def test_the_body_ended_by_a_full_stop_before_minutes_of_the_meeting():
    text = "ESTBY PARISH COUNCIL. MINUTES OF THE MEETING HELD ON TUESDAY 13 th NOVEMBER 2018 AT 7:30 PM AT ESTBY SCHOOL." + _BUSINESS
    assert meetings(text) == [("Estby Parish Council", "2018-11-13")]


def test_a_welsh_capitals_line_is_not_joined_to_the_english_name_above_it():
    text = "LLANWERNY COMMUNITY COUNCIL\nCYNGOR CYMUNED LLANWERNY\nMinutes of the meeting held on Monday 3rd June 2019 at 7.30pm in the Village Hall" + _BUSINESS
    assert meetings(text) == [("Llanwerny Community Council", "2019-06-03")]


def test_a_one_line_bilingual_name_gives_its_english_half():
    text = "CYNGOR CYMUNED TREFAN COMMUNITY COUNCIL\n\nMINUTES OF THE COUNCIL MEETING HELD ON 24th SEPTEMBER 2019, AT ROBIN HALL, ." + _BUSINESS
    assert meetings(text) == [("Trefan Community Council", "2019-09-24")]


def test_a_bodyless_agenda_title_takes_the_local_council_the_page_names_twice():
    text = (
        "Agenda for Tuesday 14 May 2019\n\n1. Election of Town Mayor\n2. Apologies for Absence\n"
        "3. Declarations of Interest Members of the Town Council are asked to declare interests.\n"
        "4. Composition of the Town Council\n"
    )
    assert meetings(text) == [("Town Council", "2019-05-14")]


def test_a_bodyless_agenda_title_naming_a_council_once_gives_no_meeting():
    text = "Agenda for Tuesday 14 May 2019\n\n1. Apologies for Absence\n2. A letter to the Town Council about parking\n"
    assert meetings(text) == []


def test_a_heading_cut_at_its_start_keeps_the_kind_of_local_council_it_prints():
    text = "<<\n\nand Town Council Monthly Meeting Wednesday 15 th January 2014\n\nCouncillor Ann Lowe (Mayor)\n\n133. Opening Prayer\n\nGiven.\n"
    assert meetings(text) == [("Town Council", "2014-01-15")]
    assert meetings(text.replace("and Town Council", "and District Council")) == []


def future(text):
    return [f.isoformat() for f in extract_facts(document(text)).future_meetings]


def test_future_dates_on_a_meeting_page_with_no_meeting_read_are_the_body_named_most():
    rows = "Venue: County Hall\nNo. | Item |\nApologies Minutes: None. The Panel welcomed the new member. |\n"
    listed = "Future Meeting Dates Minutes: The Panel noted the future meeting dates: 5 September 2024, 7 November 2024 and 6 February 2025. |\n"
    assert future(rows + listed) == ["2024-09-05", "2024-11-07", "2025-02-06"]
    sentence = "Date of Next Meeting Minutes: The next meeting of the Panel would be held on 5 September 2024. |\n"
    assert future(rows + sentence) == ["2024-09-05"]


def test_another_groups_next_meeting_on_a_page_with_no_meeting_read_is_left_out():
    rows = "Venue: County Hall\nNo. | Item |\nApologies Minutes: None. The Panel welcomed the new member. |\n"
    other = "Working Group Minutes: The next meeting of the Working Group would be held on 5 September 2024. The Panel noted it. |\n"
    assert future(rows + other) == []


def test_a_single_item_page_cut_below_its_heading_opens_on_the_meeting_line():
    text = (
        "Meeting: 05/12/2023 - Cabinet (Item 40)\n\n40 Leisure Centre Grants\n\nMinutes:\n\n"
        "The Cabinet considered a report of the Director of Leisure on the grants.\n"
    )
    assert reports(text) == [("Leisure Centre Grants", "2023-12-05")]


def test_a_single_item_page_cut_below_its_heading_opens_on_the_title():
    text = (
        "Leisure Centre Grants\n\nMeeting: 05/12/2023 - Cabinet (Item 40)\n\nMinutes:\n\n"
        "The Cabinet considered a report of the Director of Leisure on the grants.\n"
    )
    assert reports(text) == [("Leisure Centre Grants", "2023-12-05")]
    assert reports(text.replace("considered a report of the Director of Leisure on", "noted, as set out in the report,")) == []


def test_an_excerpt_opening_on_decision_maker_has_no_title_and_no_report():
    text = "Decision Maker: Cabinet\n\nPurpose:\n\nTo approve the grants.\n\nReport author: Ann Lowe\n\nDecided at meeting: 05/12/2023 - Cabinet\n"
    assert reports(text) == []


def test_report_cues_after_their_alternatives_were_made_disjoint():
    from extractors.proceedings.item_reports import _CUES

    for sentence in (
        "The report was presented by the Chair.",
        "The report was formally presented by the Chair.",
        "The report was moved by Councillor Lowe.",
        "74.1 The report of the Head of Finance, circulated at pages 4-9, provided an update.",
        "Members noted this. The report of the Director provided an update.",
        "The report of the Director provided an update.",
    ):
        assert _CUES.search(sentence), sentence
    assert not _CUES.search("The update was noted, as set out in the report.")


def test_a_flattened_page_opening_on_the_body_its_date_and_the_papers_word():
    text = "Westshire Police and Crime Panel 8 March 2024 Minutes Present: Councillor A Lowe (Chair), Councillor B Ray 1. Apologies None.\n"
    assert meetings(text) == [("Westshire Police and Crime Panel", "2024-03-08")]
    text = "Westshire Police and Crime Panel - Friday, 8 March 2024 10.00 am Minutes Present: Councillor A Lowe (Chair) 1. Apologies None.\n"
    assert meetings(text) == [("Westshire Police and Crime Panel", "2024-03-08")]


def test_a_flattened_page_whose_date_runs_into_prose_gives_no_meeting():
    assert meetings("Westshire Police and Crime Panel 8 March 2024 The panel heard about the budget on 9 March 2024.\n") == []


def test_an_attendance_label_run_on_after_the_body_ends_it():
    assert meetings("The Panel 8 March 2024 Minutes Present: Councillor A Lowe\n") == [("Panel", "2024-03-08")]


def test_a_mirrors_page_counter_before_the_heading_is_not_the_body():
    text = (
        "Page 1 WESTBY PARISH COUNCIL Minutes of the Meeting of the Parish Council held on Monday 4th March 2024 at 7.30pm"
        " in the Village Hall Present: Cllr A Lowe (Chair), Cllr B Ray 1. Apologies None. 2. Declarations None.\n"
    )
    assert meetings(text) == [("Westby Parish Council", "2024-03-04")]
