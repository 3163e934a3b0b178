"""Session 16, meetings and future meetings: general readers tried on never-studied pages (our own words)."""

import datetime as dt

from extractors.proceedings.future_meetings import extract_future_meetings
from structure_helpers import document

REF = dt.date(2024, 3, 12)


def future(text, reference=REF, body="Parish Council"):
    doc = document(text)
    return [f.date.isoformat() for f in extract_future_meetings(doc, 0, len(doc.text), reference, body)]


def test_next_meeting_in_passing_named_by_on():
    assert future("3. Carry both items forward to the next meeting on 9 April 2024.\n") == ["2024-04-09"]
    assert future("It was agreed to hold the item over to the next meeting on Tuesday 9th April 2024.\n") == ["2024-04-09"]


def test_a_kind_of_meeting_named_in_passing_may_be_another_bodys():
    assert future("The report goes to the next Council meeting on 9 April 2024 for approval.\n", body="Finance Committee") == []
    assert future("The report goes to the next Cabinet meeting on 9 April 2024.\n", body=None) == []


def test_plural_next_or_future_meetings_with_their_dates():
    text = "The next meetings of the Council will be held on 9 April, 14 May and 11 June 2024.\n"
    assert future(text) == ["2024-04-09", "2024-05-14", "2024-06-11"]
    text = "Members noted that future meetings were scheduled for 9 April 2024 and 14 May 2024.\n"
    assert future(text) == ["2024-04-09", "2024-05-14"]


def test_future_meetings_of_another_group_are_left_out():
    text = "Future meetings of the Footpaths Working Group will be held on 9 April and 14 May 2024.\n"
    assert future(text) == []


from extractors.proceedings.meeting_labels import page_title_meeting  # noqa: E402
from extractors.proceedings.meetings import extract_meetings  # noqa: E402
from extractors.proceedings.report_header import extract_report_headers  # noqa: E402
from extractors.proceedings.split import split_papers  # noqa: E402


def titled(text):
    found = page_title_meeting(text, 0, len(text))
    return (found.body, found.date.isoformat(), found.time) if found else None


def meetings_of(text):
    doc = document(text)
    return [(m.body, m.date.isoformat()) for m in extract_meetings(doc, split_papers(doc), extract_report_headers(doc))]


def test_page_title_of_the_body_and_the_date_either_way_round():
    text = "Licensing Panel, Thursday 8 October 2020\n\nThe meeting starts at 10 am online.\n\nAGENDA\n\n1  APOLOGIES\n"
    assert titled(text) == ("Licensing Panel", "2020-10-08", None)
    assert titled("12 March 2024 - Harbour Board\n\nPresent: Mr A Lowe\n")[:2] == ("Harbour Board", "2024-03-12")


def test_page_title_over_its_date_line_with_a_time():
    text = "Full Council\nWednesday, 22nd May, 2019 6.00 pm\n\nContact: A Clerk\n\nNo. Item\n\nApologies for Absence\n"
    assert titled(text) == ("Full Council", "2019-05-22", "18:00")
    assert meetings_of(text) == [("Full Council", "2019-05-22")]


def test_page_title_words_for_the_occasion_are_not_the_body():
    text = "Community Panel Meeting – Eastvale District\n\nThursday 26th March 2015\n\nThe Old Mill, Eastvale\n\nPresent\n"
    assert titled(text)[:2] == ("Community Panel – Eastvale District", "2015-03-26")


def test_a_list_of_dated_meetings_is_no_page_title():
    text = "Planning Committee\n4 March 2024\nLicensing Panel\n6 March 2024\nCabinet\n12 March 2024\n"
    assert titled(text) is None


def test_a_title_over_news_or_a_sentence_is_not_read():
    assert titled("Licensing Panel\nThursday, 6th March, 2025 2.00 pm\n\nThe panel heard three applications.\n") is None


def test_a_sentence_or_a_label_is_no_page_title():
    assert titled("The Council agreed the budget.\n4 March 2024\n\nMore text here\n") is None
    assert titled("Report to: Cabinet\n4 March 2024\n\nPurpose of the report\n") is None


def test_another_groups_next_meeting_in_passing_is_left_out():
    text = "The proposals go to the Safety Working Group at their next meeting on Monday 8th April 2024 for comment.\n"
    assert future(text, body=None) == []
    text = "The Safety Working Group will look at the proposals at the next meeting on 8 April 2024.\n"
    assert future(text, body=None) == []


from extractors.proceedings.meeting_minutes import opening_meeting  # noqa: E402


def opening(text):
    found = opening_meeting(text)
    return (found.body, found.date.isoformat()) if found else None


def test_at_a_meeting_of_the_body_held_opens_the_minutes():
    text = (
        "FENWAY LEVEL DRAINAGE BOARD\n"
        "At a Meeting of the Fenway Level Drainage Board held at the Level Offices, Fenway on Thursday the 5th June 2025 "
        "PRESENT A B Smith Esq (Chairman) C D Jones Esq\n"
    )
    assert opening(text) == ("Fenway Level Drainage Board", "2025-06-05")


def test_at_a_meeting_about_an_earlier_meeting_is_not_the_opening():
    assert opening("At the last meeting of the Harbour Board held on 4 May 2025 the accounts were agreed.\n") is None


def test_watermark_status_words_and_a_venue_run_on_after_the_body():
    text = (
        "DRAFT DRAFT DRAFT DRAFT\n"
        "Minutes of the Ordinary Meeting of the Longbarrow Joint Burial Committee Memorial Hall, Mill Lane, Longbarrow "
        "Thursday 12th March 2026 19.30 hrs.\nPresent: Cllr Lowe (Chairman)\n"
    )
    assert opening(text) == ("Longbarrow Joint Burial Committee", "2026-03-12")
    assert meetings_of(text) == [("Longbarrow Joint Burial Committee", "2026-03-12")]


def test_a_body_naming_a_building_is_kept_whole():
    text = "Minutes of the Meeting of the Council House Committee held on 4 March 2025 at 7pm.\nPresent: Cllr Lowe\n"
    assert opening(text) == ("Council House Committee", "2025-03-04")


def test_a_capitals_heading_wrapped_over_two_lines_names_the_body():
    text = (
        "WESTSHIRE POLICE AND CRIME\nPANEL\n\nMinutes of the meeting held on 4 March 2024 at County Hall, Westford\n\n"
        "Present: Councillor A Smith (Chairman)\n"
    )
    assert opening(text) == ("Westshire Police and Crime Panel", "2024-03-04")


def test_bilingual_heading_above_bodyless_minutes_gives_the_english_name():
    text = (
        "Northcwm Community Council\nCyngor Cymuned Northcwm\n\nMinutes of the meeting held on 8 January 2024\n\n"
        "Present: Cllr A Lowe (Chair), Cllr B Ray\n"
    )
    assert meetings_of(text) == [("Northcwm Community Council", "2024-01-08")]
    assert opening("Cyngor Cymuned Northcwm\nNorthcwm Community Council\n\nMinutes of the meeting held on 8 January 2024\n") == (
        "Northcwm Community Council", "2024-01-08",
    )


def test_date_line_over_the_bodys_heading():
    text = "Thursday 4 July 2024\n\nDERWENT POLICE AND CRIME PANEL\n\nMINUTES\n\nPresent: Councillor A Smith (Chair)\n"
    assert titled(text) == ("DERWENT POLICE AND CRIME PANEL", "2024-07-04", None)
    assert meetings_of(text) == [("Derwent Police and Crime Panel", "2024-07-04")]


from extractors.proceedings.item_reports import extract_item_report  # noqa: E402


def test_item_page_whose_officer_presented_her_report():
    text = (
        "Agenda item\n\nVillage Hall Grant Requests\n\nDecision:\n\nRESOLVED: that members agreed a grant of up to £2,000.\n\n"
        "The Grants Officer presented her report to members. She answered questions.\n"
    )
    assert [h.title for h in extract_item_report(document(text))] == ["Village Hall Grant Requests"]


def test_item_page_naming_a_verbal_report_gives_none():
    text = "Agenda item\n\nVillage Hall Grant Requests\n\nMinutes:\n\nThe Clerk presented her verbal report on the requests.\n"
    assert extract_item_report(document(text)) == []


def test_long_line_under_a_future_meetings_heading_is_its_list_with_two_dates_or_more():
    heading = "8. Future Meeting Dates\nMinutes:\n"
    listed = "Resolved: That the meeting dates for the remainder of the municipal year be noted as follows: 9 April 2024, 14 May 2024, 11 June 2024.\n"
    assert future(heading + listed) == ["2024-04-09", "2024-05-14", "2024-06-11"]
    one = "The Clerk reported that the minutes of the meeting held on 9 April 2024 had been circulated to all members and the auditor.\n"
    assert future(heading + one, reference=dt.date(2024, 3, 1)) == []
