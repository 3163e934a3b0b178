"""Meetings, report headers and future meetings of the layout classes studied on sets s23 and s24 (our own words).

Classes: a meeting named only by a sentence (the press-and-public exclusion resolution, a report's reference to the
meeting it goes to); a heading naming the body before 'MEETING HELD ON DATE', run on after a mirror's words; a
single-item page's title ending on a full stop, and a report named by its reference number; a report's number line
between its title and its labels; the next annual meeting by its initials.
"""

import datetime as dt

from extractors.facts import extract_facts
from extractors.proceedings.item_reports import extract_item_report
from extractors.proceedings.meeting_prose import prose_meeting
from structure_helpers import document


def meetings(text):
    return [(m["body"], m["date"]) for m in extract_facts(document(text)).model_dump()["meetings"]]


def reports(text):
    return [(r["title"], r["meeting_date"]) for r in extract_facts(document(text)).model_dump()["reports"]]


# A meeting named only in a sentence.


def test_exclusion_resolution_names_the_meeting():
    text = """
    Councillors Lowe (Chair), Ray and Sim

    1. / Apologies

    Apologies were received from Councillor Poe.

    2. / Exclusion of the Press and Public

    THAT the press and public be excluded from the proceedings of the Westvale Recycling Authority on 4 March 2021 during consideration of the items in Part II.
    """
    assert meetings(text) == [("Westvale Recycling Authority", dt.date(2021, 3, 4))]


def test_report_reference_to_its_meeting_names_the_meeting():
    text = """
    Report 4 of the 9 June 2011 meeting of the Audit and Resources Committee, asks members to note the fund.

    Allocation of Seized Asset Funds to the Eastby Youth Trust

    Report: 4
    Date: 9 June 2011
    By: Treasurer

    The Committee is asked to note the grants made by the trust.
    """
    assert meetings(text) == [("Audit and Resources Committee", dt.date(2011, 6, 9))]
    assert reports(text) == [("Allocation of Seized Asset Funds to the Eastby Youth Trust", dt.date(2011, 6, 9))]


def test_other_meetings_in_prose_give_none():
    assert prose_meeting("The item was deferred from the 9 June 2011 meeting of the Audit Committee.", 0, 200) is None
    assert prose_meeting("This report goes to the next meeting of the Cabinet on 4 May 2021.", 0, 200) is None
    assert prose_meeting("be excluded from the previous meeting of the Cabinet on 4 May 2021", 0, 200) is None
    # No year printed, or no body named.
    assert prose_meeting("excluded from the proceedings of the Westvale Authority on 4 March during ...", 0, 200) is None
    assert prose_meeting("Report 4 of the 9 June 2011 meeting of the members present", 0, 200) is None


def test_prose_is_read_only_when_nothing_else_names_the_meeting():
    text = """
    Minutes of the meeting of the Northby Fire Authority held on 2 May 2022

    THAT the press and public be excluded from the proceedings of the Westvale Recycling Authority on 4 March 2021 during consideration.
    """
    assert meetings(text) == [("Northby Fire Authority", dt.date(2022, 5, 2))]


# A heading naming the body before 'MEETING HELD ON DATE'.


def test_body_meeting_held_on_heading_run_on_after_a_mirrors_words():
    text = """
    Committee Name

    Total Page:12

    Committee Name COUNCIL MEETING HELD ON TUESDAY, 12 MARCH 2019 Present: Councillors Lowe, Ray and Sim 101 PRAYERS Canon Hale opened with a short prayer.
    """
    assert meetings(text) == [("Council", dt.date(2019, 3, 12))]


def test_body_meeting_held_on_heading_in_title_case():
    text = """
    Planning Committee Meeting held on Tuesday 12 March 2019 at the Town Hall

    Present: Councillors Lowe, Ray and Sim

    1. Apologies
    """
    assert meetings(text)[0][:2] == ("Planning Committee", dt.date(2019, 3, 12))


def test_minute_of_a_meeting_held_is_no_body():
    text = """
    Minute of Trustees’ Meeting held on Thursday 11 May 2017

    Present: A. Lowe (Chair); B. Ray

    1. Apologies: none.
    """
    assert meetings(text) == []


# Single-item pages.


def test_decision_title_ending_on_a_full_stop_in_title_case():
    found = extract_item_report(
        document(
            """
            Decision details

            Reviewing Monies Held For Parks, Neighbourhood Play Strand.

            Decision Maker: Cabinet

            Decision:

            RESOLVED that the Cabinet approves the changes.

            Report author: Ann Lowe

            Date of decision: 02/11/2022
            """
        )
    )
    assert [(r.title, [a.name for a in r.authors]) for r in found] == [
        ("Reviewing Monies Held For Parks, Neighbourhood Play Strand.", ["Ann Lowe"])
    ]


def test_sentence_under_the_heading_is_still_no_title():
    found = extract_item_report(
        document(
            """
            Decision details

            The Cabinet agreed the changes to the play budget.

            Report author: Ann Lowe
            """
        )
    )
    assert found == []


def test_report_named_by_its_reference_number():
    found = extract_item_report(
        document(
            """
            Agenda item

            Village Grants

            To receive and consider report 114/07 of the Strategic Director.

            Minutes:

            The Committee considered three applications.
            """
        )
    )
    assert [r.title for r in found] == ["Village Grants"]


def test_a_report_referred_to_by_number_only_gives_none():
    found = extract_item_report(
        document(
            """
            Agenda item

            Village Grants

            Minutes:

            The Committee agreed the grants as set out in sections 2 and 3 of report 114/07.
            """
        )
    )
    assert found == []


# Future meetings.


def test_next_agm_scheduled_to_be_held_on():
    text = """
    Agenda and minutes

    Election of Chairman (Agenda item 1)

    Members choose who chairs the Council from tonight to the next AGM scheduled to be held on 19 May 2022.

    RESOLVED that Councillor Lowe be elected Chairman of the Council.
    """
    assert [d.isoformat() for d in extract_facts(document(text)).future_meetings] == ["2022-05-19"]


# PDF text that dropped a space: a date glued to the word before it or to its month.


def test_dates_glued_to_the_word_before_or_to_their_month():
    from extractors.readers.dates import find_dates

    assert [(d.text, d.date) for d in find_dates("Northby Fire Authority14 June 2013")] == [("14 June 2013", dt.date(2013, 6, 14))]
    assert [(d.text, d.date) for d in find_dates("14JUNE 2013")] == [("14JUNE 2013", dt.date(2013, 6, 14))]
    # A code before a day, or no year printed, gives no glued date.
    assert find_dates("Road A1 May 2013") == []
    assert [d for d in find_dates("Authority14 June") if d.date] == []


def test_title_glued_to_its_date_over_the_date_again_and_council_groups():
    text = """
    Northby Fire Authority14 June 2013
    14JUNE 2013
    Representing Eastby Borough Council:
    Councillors Lowe, Ray and Sim
    Representing Westvale District Council:
    Councillors Poe and Tay
    Apologies for absence were received from Councillor Ash.
    """
    assert meetings(text) == [("Northby Fire Authority", dt.date(2013, 6, 14))]



def test_glued_title_reads_as_the_spaced_one():
    def text(title):
        return f"""
        {title}
        14 June 2013
        Representing Eastby Borough Council:
        Councillors Lowe, Ray and Sim
        """

    assert meetings(text("Northby Fire Authority14 June 2013")) == meetings(text("Northby Fire Authority 14 June 2013"))


# A heading stated over a few lines: the body's line over a line giving the date with its time.


def test_body_line_over_a_line_stating_date_time_and_place():
    text = """
    NORTHBY POLICE FORUM

    (Purpose: to hold the force to account in public) Tuesday 3rd March 2020 at 10:00am - 12:00pm Oak Room, Shire Hall, Northby

    A G E N D A

    1. Apologies for Absence
    """
    facts = extract_facts(document(text)).model_dump()["meetings"]
    assert [(m["body"], m["date"], m["time"], m["location"]) for m in facts] == [
        ("Northby Police Forum", dt.date(2020, 3, 3), "10:00", "Oak Room, Shire Hall, Northby")
    ]


def test_body_line_over_a_date_without_its_time_or_a_next_meeting_gives_none():
    from extractors.proceedings.meeting_blocks import heading_block_meeting

    untimed = "NORTHBY POLICE FORUM\n(Purpose: to hold the force to account) Tuesday 3rd March 2020 in the Oak Room\n"
    assert heading_block_meeting(untimed, 0, len(untimed)) is None
    following = "NORTHBY POLICE FORUM\nThe next meeting is on Tuesday 3rd March 2020 at 10:00am\n"
    assert heading_block_meeting(following, 0, len(following)) is None
    sentence = "The forum met in the Oak Room.\nTuesday 3rd March 2020 at 10:00am\n"
    assert heading_block_meeting(sentence, 0, len(sentence)) is None


# A report's front sheet naming its meeting over its title, or titled over 'Purpose of the Report'.


def test_front_sheet_with_meeting_over_title_in_lines():
    text = """
    NPA/22/031

    Westmoor National Park Authority

    4 March 2022

    Trail Repairs Programme 2022/23

    Report of the Head of Estates

    Recommendation: That Members approve the programme.
    """
    assert meetings(text) == [("Westmoor National Park Authority", dt.date(2022, 3, 4))]
    assert reports(text) == [("Trail Repairs Programme 2022/23", dt.date(2022, 3, 4))]


def test_front_sheet_with_meeting_over_title_run_on():
    text = (
        "trail repairs programme\n\n12\n"
        "NPA/22/031 Westmoor National Park Authority 4 March 2022 Trail Repairs Programme 2022/23 Report of the Head of "
        "Estates Recommendation: That: (i) Members approve the programme; (ii) the Chair be authorised to sign the "
        "agreement on behalf of the Authority 1 Introduction 1.1 The programme repairs the trails damaged by the storms "
        "of the winter and sets out the order in which the work will be done over the coming year.\n"
    )
    assert meetings(text) == [("Westmoor National Park Authority", dt.date(2022, 3, 4))]
    assert reports(text) == [("Trail Repairs Programme 2022/23", dt.date(2022, 3, 4))]


def test_title_over_purpose_of_the_report():
    text = """
    HIGHWAYS AND PARKS DEPARTMENT
    ROAD SAFETY FUND – SMALL AWARDS
    Purpose of the Report
    To consider small awards from the Road Safety Fund.
    Background
    """
    assert reports(text) == [("ROAD SAFETY FUND – SMALL AWARDS", None)]


def test_sentence_over_purpose_of_the_report_is_no_title():
    text = """
    The fund was set up last year.
    Purpose of the Report
    To consider small awards from the Road Safety Fund.
    """
    assert reports(text) == []


def test_body_over_date_and_time_with_no_place_gives_none():
    from extractors.proceedings.meeting_blocks import heading_block_meeting

    text = "NORTHBY POLICE FORUM\n(Purpose: to hold the force to account) Tuesday 3rd March 2020 at 10:00am\n\nThe forum heard two items.\n"
    assert heading_block_meeting(text, 0, len(text)) is None
