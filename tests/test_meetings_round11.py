"""Meeting classes found across the dev sets in round 11: minutes headings without an article, 'MINUTE of
MEETING', a plural 'Committees', a minutes opening sentence naming the body just before it; our own words and names."""

import datetime as dt

from extractors.proceedings.meetings import extract_meetings
from extractors.proceedings.report_header import extract_report_headers
from extractors.proceedings.split import split_papers
from structure_helpers import document


def meetings_of(text):
    doc = document(text)
    return [(m.body, m.date, m.time) for m in extract_meetings(doc, split_papers(doc), extract_report_headers(doc))]


def test_minutes_of_monthly_meeting_without_an_article_names_the_body():
    found = meetings_of(
        """
        Minute List

        Minutes of Monthly Meeting of Brookvale Community Council held remotely at 6.30pm on Thursday 16th September 2021

        PRESENT: Councillor Ann Lowe (Chair), Bill Ray and Cara Sim

        3. Chair's Announcements

        The Chair thanked the volunteers.
        """
    )
    assert [(b, d) for b, d, _ in found] == [("Brookvale Community Council", dt.date(2021, 9, 16))]


def test_scottish_minute_of_meeting_in_capitals():
    found = meetings_of(
        """
        NORTHGLEN COUNCIL

        MINUTE of MEETING of NORTHGLEN COUNCIL held in the Burgh Hall, on Thursday 28 March 2013 at 4.00pm.

        Present: Provost ANN LOWE, Councillors BILL RAY and CARA SIM.

        1. DECLARATIONS OF INTEREST

        There were none.
        """
    )
    assert found == [("Northglen Council", dt.date(2013, 3, 28), "16:00")]


def test_a_joint_meeting_of_committees_is_a_body():
    found = meetings_of(
        """
        Agenda and minutes

        Joint Meeting of Committees - Wednesday, 16 May 2012 7.00pm

        Venue: Riverside Centre, Quay Road, Northport

        No. Item

        Election of Chairman

        The Mayor was elected to chair the meeting.
        """
    )
    assert found == [("Joint Meeting of Committees", dt.date(2012, 5, 16), "19:00")]


def test_a_meeting_of_the_board_was_held_after_the_body_in_capitals():
    found = meetings_of(
        "Agenda Item No. 4 LOWFEN LEVELS DRAINAGE BOARD A meeting of the Board was held at Marsh Green Village Hall, "
        "on Tuesday 9th September 2014 at 2.30 pm. PRESENT A Reed Esq., B Flood Esq., Elected Members. "
        "101. APOLOGIES FOR ABSENCE Apologies were received from C Banks Esq. 102. MINUTES OF PREVIOUS MEETING The minutes were agreed.\n"
    )
    assert found == [("Lowfen Levels Drainage Board", dt.date(2014, 9, 9), "14:30")]


def test_minutes_of_the_proceedings_of_the_board_run_in_after_the_body():
    found = meetings_of(
        "EASTMERE DISTRICT DRAINAGE BOARD MINUTES of the proceedings of the Board at a Meeting held at the Board's Offices, "
        "2 Mill Lane, Fenby on Wednesday 17 September 2014 ------- Present: A. Reed Esq. (Chairman) Messrs: B. Flood C. Banks "
        "1. APOLOGIES Apologies were received from D. Dyke\n"
    )
    assert [(b, d) for b, d, _ in found] == [("Eastmere District Drainage Board", dt.date(2014, 9, 17))]


def test_the_body_held_their_meeting_remotely():
    found = meetings_of(
        """
        10 June 2020

        Lowbridge and Hill Community Council held their meeting remotely via Zoom at 7.30pm on the 10th June 2020.

        PRESENT
        Councillors Ann Lowe, Bill Ray and Cara Sim.

        WELCOME AND APOLOGIES
        Apologies received from Cllrs. Dan Hale and Eve Marsh.
        """
    )
    assert found == [("Lowbridge and Hill Community Council", dt.date(2020, 6, 10), "19:30")]


def test_a_sentence_about_the_next_or_an_earlier_meeting_names_none():
    assert meetings_of(
        """
        Parish news

        The next meeting of the Council will be held at the Village Hall on Monday 4 May 2020 at 7pm.
        The minutes of the meeting held on 6 April 2020 were approved.
        """
    ) == []
