"""Attendance outputs the session-20 review reproduced as false, each mended: a councillor after a clerk's post standing
alone in a present list, a clerk's run-on label inside a sentence, 'Received from' lines after the apologies item
ended or another heading began, a plural title taken as a post, a town's or parish's own initials before 'Cllr'.
Our own words, names and bodies."""


import pytest
from structure_helpers import attendance_kinds as _kinds
from structure_helpers import document

from extractors.proceedings.attendance import extract_attendance
from extractors.proceedings.attendance_parish_apologies import received_lines
from extractors.proceedings.split import split_papers

HEAD = "Tarnby Parish Council\nMinutes of the meeting held on 3 March 2026\n\n"


def _records(text: str) -> dict[str, tuple[str, str | None]]:
    """Each attendee's name read from ``text`` and its (attendance, role)."""
    doc = document(text)
    return {a.name: (a.attendance, a.role) for a in extract_attendance(doc, split_papers(doc))}


def test_a_councillor_after_the_clerks_post_in_mid_list_stays_a_member():
    found = _records(HEAD + "Present: Cllr A Lowe (Chair), Cllr B Ray, the Clerk, Cllr C Sim\n\n1. Apologies\nNone.\n")
    assert found == {
        "Cllr A Lowe": ("present", "Chair"), "Cllr B Ray": ("present", None), "Cllr C Sim": ("present", None),
    }, found


@pytest.mark.parametrize("before", [" and the Clerk, ", ", the Clerk, "])
def test_the_clerk_named_after_the_clerks_post_still_attends(before: str):
    found = _records(HEAD + f"Present: Cllr A Lowe (Chair), Cllr B Ray{before}Mrs C Sim\n\n1. Apologies\nNone.\n")
    assert found["Mrs C Sim"] == ("in_attendance", "Clerk"), found
    assert found["Cllr B Ray"] == ("present", None), found


def test_the_clerks_label_run_on_after_a_lists_last_name_still_attends():
    kinds = _kinds(HEAD + "Present: Cllr A Lowe, Cllr B Rhead Parish Clerk: Mrs C Sim\n\n1. Apologies\nNone.\n")
    assert kinds == {"Cllr A Lowe": "present", "Cllr B Rhead": "present", "Mrs C Sim": "in_attendance"}, kinds


# Prose after a present list that names nobody: a clerk's label inside a sentence, 'Received from' after the apologies
# item closed on 'None', and 'Received from' under an unnumbered heading of another item.
NOBODY_AFTER = (
    "2. Correspondence\nA letter from Mrs D Hale was passed to the Clerk: Mrs E Poe will reply.\n",
    "1. Apologies for absence\nNone\nCorrespondence\nReceived from Mrs E Poe.\n",
    "1. Apologies for absence\nTo receive apologies.\nPlanning Matters\nReceived from Mrs E Poe.\n",
)


@pytest.mark.parametrize("body", NOBODY_AFTER)
def test_prose_after_the_present_list_names_nobody(body: str):
    kinds = _kinds(HEAD + "Present: Cllr A Lowe (Chair), Cllr B Ray\n\n" + body)
    assert kinds == {"Cllr A Lowe": "present", "Cllr B Ray": "present"}, kinds


def test_received_from_under_the_apologies_item_still_gives_apologies():
    kinds = _kinds(HEAD + "Present: Cllr A Lowe, Cllr B Ray\n\n1. Apologies for absence\nReceived from Mrs E Poe.\n")
    assert kinds == {"Cllr A Lowe": "present", "Cllr B Ray": "present", "Mrs E Poe": "apologies"}, kinds


def test_received_lines_walk_back_a_few_lines_only():
    """Many 'Received from' lines: only the few under the lead are read (their growth in time is measured in
    tests/test_linear_time.py, not a wall-clock limit here: that limit failed once under load, 5 s > 3 s)."""
    text = "Apologies for absence\n" + "Received from Mr A Lowe.\n" * 20000
    found = list(received_lines(text, 0, len(text)))
    assert len(found) == 4


def test_a_plural_title_before_a_colon_is_the_names_title_not_a_post():
    found = _records(HEAD + "Present: Cllr A Lowe (Chair)\nCouncillors: Mrs C Ray E Sim F G Hale\n\n1. Apologies\nNone.\n")
    assert found == {
        "Cllr A Lowe": ("present", "Chair"), "Councillor Mrs C Ray": ("present", None),
        "Councillor E Sim": ("present", None), "Councillor F G Hale": ("present", None),
    }, found


def test_a_plural_title_before_a_colon_under_an_apologies_lead_is_no_role():
    found = _records(
        HEAD + "Present: Cllr A Lowe (Chair), Cllr B Ray\n\n1. Apologies\n"
        "Apologies were received from Councillors: C Sim and D Hale\n"
    )
    assert found["Councillor C Sim"] == ("apologies", None), found
    assert found["Councillor D Hale"] == ("apologies", None), found


def test_a_town_or_parish_councils_initials_before_cllr_are_its_own_members():
    kinds = _kinds(HEAD + "Present: TC Cllr A Lowe (Chair), Cllr B Ray, Cllr C Sim, Cllr D Hale\n\n1. Apologies\nNone.\n")
    assert kinds["TC Cllr A Lowe"] == "present", kinds


def test_another_councils_initials_before_cllr_are_present_as_listed():
    kinds = _kinds(HEAD + "Present: Cllr A Lowe (Chair), Cllr B Ray, Cllr C Sim, WDC Cllr D Hale\n\n1. Apologies\nNone.\n")
    assert kinds == {
        "Cllr A Lowe": "present", "Cllr B Ray": "present", "Cllr C Sim": "present", "WDC Cllr D Hale": "present",
    }, kinds
