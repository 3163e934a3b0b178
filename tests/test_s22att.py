"""Session 22 attendance and meeting layouts (s29/s30): a council's roll keyed '* Absent', apologies for lateness, a youth
post after a shared title, earlier minutes put for approval, a site's section banner, a webcast title and a news
sentence dating their meeting in brackets. Our own words, names and bodies."""

from structure_helpers import attendance_kinds as _kinds, document

from extractors.extraction import reflowed_document
from extractors.proceedings.attendance_keyed_roll import keyed_roll
from extractors.proceedings.meeting_bracketed import news_decided_meeting, webcast_title_meeting
from extractors.proceedings.meeting_titles import is_body
from extractors.proceedings.structure import extract_structure


def _meetings(text: str) -> list[tuple[str, str, str | None]]:
    return [(m.body, m.date.isoformat(), m.time) for m in extract_structure(reflowed_document(document(text))).meetings]


ROLL = """\
MEETING OF THE COUNCIL

3 February 2027

(7:00 pm - 9:15 pm)

The Mayor (Councillor Ada Quill)

The Deputy Mayor (Councillor Bram Tolley)

Councillors

  Bram Tolley
  Cora Fenn
 *Dai Morrow
  Elin Sharpe
  Finn Oakes

* Absent

12.         Apologies

There were no apologies for absence.
"""


def test_absence_keyed_roll_is_present_but_for_starred_names():
    kinds = _kinds(ROLL)
    assert kinds == {
        "Councillor Ada Quill": "present", "Councillor Bram Tolley": "present", "Councillor Cora Fenn": "present",
        "Councillor Elin Sharpe": "present", "Councillor Finn Oakes": "present",
    }, kinds


def test_roll_without_its_absence_key_names_nobody():
    assert keyed_roll(ROLL.replace("* Absent", ""), 0, len(ROLL)) == []


def test_sitting_hours_under_a_lone_date_time_the_meeting():
    assert _meetings(ROLL) == [("Council", "2027-02-03", "19:00")]


def test_apologies_for_lateness_name_nobody():
    text = """\
Minutes:

Apologies for absence were received from Councillors Ann Lowe and Bob Ray.

Apologies for lateness were received from Councillor Cal Sim.
"""
    kinds = _kinds(text)
    assert "Councillor Cal Sim" not in kinds and kinds.get("Councillor Bob Ray") == "apologies", kinds


def test_youth_post_after_a_shared_title_is_no_person():
    text = """\
Minutes:

Apologies for absence were received from Councillors Ann Lowe and Bob Ray and Cal Sim, Youth MP.
"""
    kinds = _kinds(text)
    assert not any("Youth" in name for name in kinds) and "Councillor Bob Ray" in kinds, kinds
    assert "Cal Sim" in kinds and "Councillor Cal Sim" not in kinds, kinds


MG_PAGE = """\
Agenda and minutes

Venue: Room 2, County Hall. View directions

Items
No. Item

5.

APOLOGIES FOR ABSENCE

Minutes:

Apologies were received from Councillors: Lowe and Ray.

6.

MINUTES pdf icon PDF 120 KB

Minutes of the meeting of the Westmoor Area Council held on Thursday 8 April 2027, as circulated, to be confirmed as a true record and signed by the Chair.

Minutes:

RESOLVED that the minutes be confirmed.
"""


def test_earlier_minutes_put_for_approval_are_no_meeting():
    assert _meetings(MG_PAGE) == []


def test_site_section_banner_is_no_body():
    assert not is_body("Council and Democracy") and is_body("Democracy Committee") and is_body("County Council")


WEBCAST = """\
Licensing Committee (Thu, 4th March 2027 - 10:00 am)

The webcast should start automatically for you.

  1. 1 Apologies for Absence
"""


def test_webcast_title_dates_its_meeting():
    found = webcast_title_meeting(WEBCAST, 0, len(WEBCAST))
    assert (found.body, found.date.isoformat(), found.time) == ("Licensing Committee", "2027-03-04", "10:00")
    assert webcast_title_meeting(WEBCAST.replace("webcast", "page"), 0, len(WEBCAST)) is None


def test_news_sentence_dates_the_deciding_committee():
    text = "Release Date: 2 May 2027\n\nAfter review, the Parks, Sport and Culture Committee (21 April 2027) agreed funding for four groups.\n"
    found = news_decided_meeting(text, 0, len(text))
    assert (found.body, found.date.isoformat()) == ("Parks, Sport and Culture Committee", "2027-04-21")
    assert news_decided_meeting(text.replace("(21 April 2027)", "(see April 2027 report)"), 0, len(text)) is None
