"""Session 26 money rules on layouts of our own words: a list led by 'organisations are being supported by the X
Fund', a sentence's list 'A, £N; B, £M; ... and C, £K.', and '£N was awarded to X for a project to ...'."""

from __future__ import annotations

from extractors.grants.project_status import AWAITING_APPROVAL, status_of_context
from extractors.readers.runon import reflowed
from tests.test_s23money24 import _projects

_BEING_SUPPORTED = (
    "Thirty groups are being supported by the Shared Partnership Fund this year and include:\n"
    "\n"
    "  • Pathways to Work - £18,250 to support a training project\n"
    "  • Coastline Repaint - £6,500 to promote reuse and volunteering\n"
)


def test_organisations_being_supported_by_a_fund_approves_its_list():
    assert [status for *_, status in _projects(_BEING_SUPPORTED)] == ["approved", "approved"]
    assert status_of_context("Groups that will be supported by the fund include:")[0] != "approved"


_COMMA_FIGURES = (
    "Members of the Communities Committee agreed the awards at their meeting.\n"
    "\n"
    "The groups to receive an award were: Kestrel Puppet Theatre, £6,420; Marlow Vale Rovers FC, £3,875; the Lantern "
    "Cafe, £8,150; Marlow Vale Dial-a-Ride, £2,960; Family Friends Westshire, £9,000; Greenhands Marlow, £4,500 ; and "
    "Harbour Counselling Service, £2,115. Each group could apply for up to £10,000 and needed to show a plan.\n"
)


def test_a_sentence_list_of_names_and_figures_parted_by_commas_and_semicolons():
    assert _projects(_COMMA_FIGURES) == [
        ("Kestrel Puppet Theatre", 6420.0, None, "approved"),
        ("Marlow Vale Rovers FC", 3875.0, None, "approved"),
        ("Lantern Cafe", 8150.0, None, "approved"),
        ("Marlow Vale Dial-a-Ride", 2960.0, None, "approved"),
        ("Family Friends Westshire", 9000.0, None, "approved"),
        ("Greenhands Marlow", 4500.0, None, "approved"),
        ("Harbour Counselling Service", 2115.0, None, "approved"),
    ]


def test_the_run_on_reader_leaves_a_sentence_list_whole():
    line = _COMMA_FIGURES.splitlines()[2]
    assert reflowed(line) == line


def test_groups_to_receive_an_award_were_approves():
    assert status_of_context("The groups to receive an award were:")[0] == "approved"
    assert status_of_context("The groups to receive an award will be chosen in May:")[0] is None


_FOR_A_PROJECT = (
    "Meanwhile, more than £2,500 was awarded to Brookwater Watch for a project to record wildlife along the "
    "Brook Lane meadows. Volunteers will log birds each month.\n"
)


def test_awarded_to_a_named_body_for_a_project():
    assert _projects(_FOR_A_PROJECT) == [("Brookwater Watch", 2500.0, None, "approved")]
    assert _projects(_FOR_A_PROJECT.replace("Brookwater Watch", "local groups")) == []


def test_subject_to_approval_is_one_fragment_for_both_readers():
    sentence = "Tarn Hall will receive £500, subject to the next full Cabinet approval."
    assert AWAITING_APPROVAL.search(sentence)
    assert status_of_context("These grants are subject to the next full Cabinet approval.")[0] != "approved"


_BROKEN_NAME = (
    "Eastfield Neighbours has received £2,860 to help fund a project which aims to reduce scams.\n"
    "\n"
    "The Harbour Centre for\n"
    "\n"
    "Deaf Awareness in Portmere has been awarded £12,310.\n"
)


def test_a_name_broken_over_a_blank_line_after_a_joining_word():
    assert [name for name, *_ in _projects(_BROKEN_NAME)] == [
        "Eastfield Neighbours", "The Harbour Centre for Deaf Awareness in Portmere",
    ]
    ended = _BROKEN_NAME.replace("The Harbour Centre for\n", "Thanks go to the volunteers.\n")
    assert [name for name, *_ in _projects(ended)][-1] == "Deaf Awareness in Portmere"
