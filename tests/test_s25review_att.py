"""Review of session 25's attendance rules: their misfires on other bodies' ordinary papers. Our own words and names."""

import os
import subprocess
import sys
from pathlib import Path

from structure_helpers import attendance_kinds as _kinds

_ROOT = Path(__file__).resolve().parents[1]


def test_apologies_from_a_member_who_left_the_area_are_kept() -> None:
    kinds = _kinds(
        "Minutes of the Planning Committee held on 7 March 2027\n"
        "Present: Councillors A Lowe (Chair), B Ray and C Sim.\n"
        "Apologies: Councillor D Tew, Councillor E Vine who left the area last month.\n"
        "1. Minutes\nApproved.\n"
    )
    assert kinds["Councillor E Vine"] == "apologies"
    assert kinds["Councillor D Tew"] == "apologies"


def test_apologies_from_a_member_who_had_to_leave_the_country_are_kept() -> None:
    kinds = _kinds(
        "Minutes of the Cabinet, 8 May 2027\n1. Apologies\n"
        "Apologies were received from Councillor Ann Lee and from Councillor Bob Roe who had to leave the country for work.\n"
    )
    assert kinds == {"Councillor Ann Lee": "apologies", "Councillor Bob Roe": "apologies"}


def test_another_councils_councillor_described_after_a_comma_attending_via_teams_is_no_member() -> None:
    kinds = _kinds(
        "Minutes of Hillby Parish Council held on 10 March 2027\n"
        "Present: Cllr Ann Lowe (Chair), Cllr Bob Ray, Cllr Cal Sim\n"
        "In attendance: Mrs Jo Hart (Clerk)\n"
        "6. County Council report\n"
        "Councillor Gil Pike, the county councillor for the division, attended the meeting via Teams and gave his report.\n"
    )
    assert kinds["Councillor Gil Pike"] == "in_attendance"
    assert kinds["Cllr Bob Ray"] == "present"


def test_a_department_after_a_posts_of_and_is_no_name() -> None:
    kinds = _kinds(
        "Minutes of the Cabinet held on 15 March 2027\n"
        "Present: Councillors A Lowe (Chair), B Ray and C Sim.\n"
        "Also present: Ann Moss, Head of Planning; Bob Kerr, Director of Adults and Health Care, Northshire NHS Trust; "
        "Cal Poe, Clerk.\n"
        "1. Minutes\nApproved.\n"
    )
    assert "Health Care" not in kinds
    assert kinds["Bob Kerr"] == "in_attendance" and kinds["Cal Poe"] == "in_attendance"


def test_post_entries_keep_a_posts_of_x_and_y_whole() -> None:
    from extractors.readers.name_posts import post_entries

    entries = post_entries("Ann Moss, Head of Planning; Bob Kerr, Director of Finance and Economic Growth, Deputy Chief Executive; Cal Poe, Clerk")
    assert not any(entry.strip().startswith("Economic Growth") for entry in entries)


def test_two_members_attending_the_meeting_via_teams_are_both_present() -> None:
    kinds = _kinds(
        "Council - Wednesday, 7th May, 2027 5.00 pm\n\n1.\n\nApologies for absence\n\nMinutes:\n\n"
        "Apologies were received from Councillor Ann Lee.\n\n"
        "Councillor Cal Poe and Councillor Dee Vale attended the meeting via Microsoft Teams.\n"
    )
    assert kinds["Councillor Cal Poe"] == "present" and kinds["Councillor Dee Vale"] == "present"


def test_a_body_in_brackets_after_a_post_is_no_person() -> None:
    kinds = _kinds(
        "Minutes of the Town Centre Board held on 4 May 2027\n"
        "Present: Cllr A Lowe (Chair), Cllr B Ray\n"
        "In attendance: the Centre Manager (Eastby BID), Tom Hill (Clerk)\n"
    )
    assert "Eastby BID" not in kinds and kinds["Tom Hill"] == "in_attendance"


def test_a_number_and_capitals_inside_a_run_on_entry_do_not_end_the_list() -> None:
    kinds = _kinds(
        "MINUTES OF THE PANEL 9 May 2027 PRESENT Councillor Ann Lowe (Chair), Councillor Bob Ray, Ms Cal Sim, "
        "Flat 3 ROSE COURT RESIDENTS ASSOCIATION, Mr Dan Tew APOLOGIES Councillor Eve Vine"
    )
    assert kinds["Mr Dan Tew"] == "present"


def test_a_councillor_attending_via_zoom_to_speak_or_observe_is_no_member() -> None:
    kinds = _kinds(
        "Minutes of the Planning Committee held on 3 May 2027\n"
        "Present: Councillors A Lowe (Chair), B Ray and C Sim.\n"
        "7. 27/0123/FUL Land at Mill Lane\n"
        "Councillor Dan Tew attended the meeting via Zoom to speak as ward member.\n"
        "Councillor Eve Vine attended the meeting remotely as an observer.\n"
    )
    assert kinds["Councillor Dan Tew"] == "in_attendance" and kinds["Councillor Eve Vine"] == "in_attendance"


def test_apologies_after_a_dash_without_since_may_be_another_meetings() -> None:
    kinds = _kinds(
        "Minutes of Northby Parish Council held on 16 March 2027\n"
        "Present: Cllr Ann Lowe (Chair), Cllr Bob Ray, Cllr Cal Sim\n"
        "7. Village hall – the hall committee met on 2 March – Mrs Dee Tew sent her apologies.\n"
    )
    assert "Mrs Dee Tew" not in kinds


def test_a_long_heading_in_capitals_before_an_attendance_sentence_is_read_quickly() -> None:
    """A hang guard, not a speed assertion: before the mend this page ran for over five minutes (_CAPITALS_HEAD
    backtracked exponentially), so the read runs in a child process that a generous timeout kills."""
    heading = "3. REPORT BY THE STRATEGIC DIRECTOR OF HOUSING ENVIRONMENT AND COMMUNITY SERVICES CONCERNING STATISTICS 2026/27"
    page = f"MINUTES OF THE CABINET HELD ON 9 SEPTEMBER 2027 PRESENT: Councillor A Lowe (Chair) {heading} Ann Lee was present."
    code = f"from structure_helpers import attendance_kinds; print(attendance_kinds({page!r})['Councillor A Lowe'])"
    env = {"PYTHONPATH": f"{_ROOT}{os.pathsep}{_ROOT / 'tests'}"}
    done = subprocess.run([sys.executable, "-c", code], cwd=_ROOT, env=env, timeout=60, check=True, capture_output=True, text=True)
    assert done.stdout.strip() == "present"
