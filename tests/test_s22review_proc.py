"""Review of session 22's proceedings rules on other bodies' ordinary layouts (our own words, names and bodies)."""

from structure_helpers import attendance_kinds as _kinds

from extractors.proceedings.meeting_bracketed import news_decided_meeting


def test_report_background_citing_an_earlier_decision_names_no_meeting():
    text = (
        "Report to the Cabinet\nCommunity Grants Scheme\n\n1. Background\n"
        "1.1 The Policy and Resources Committee (14 June 2023) agreed to establish a community grants fund.\n"
    )
    assert news_decided_meeting(text, 0, len(text)) is None


def test_news_page_marked_published_dates_its_deciding_committee():
    text = "Council news\n\nPublished: 14 May 2027\n\nThe Communities Committee (12 May 2027) agreed to award three grants.\n"
    found = news_decided_meeting(text, 0, len(text))
    assert (found.body, found.date.isoformat()) == ("Communities Committee", "2027-05-12")


def test_apologies_for_lateness_and_absence_are_apologies():
    text = """\
Minutes:

Apologies for lateness and absence were received from Councillor Fay Bell.

Apologies for lateness were received from Councillor Cal Sim.
"""
    kinds = _kinds(text)
    assert kinds.get("Councillor Fay Bell") == "apologies" and "Councillor Cal Sim" not in kinds, kinds
