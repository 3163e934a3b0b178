"""Helper review29 of session 29: misfires of the day's new rules found by probing them (our own words)."""

from page_helpers import page_facts
from test_s28news28 import _facts


def test_a_round_of_many_projects_across_the_nations_is_no_bodys_total():
    # pcc29b let 'measures proven to cut crime' stop counting as a cut, which exposed a national round's total.
    for line in (
        "Round two saw 50 projects across England and Wales awarded a total of £18.4 million to go towards measures proven to cut crime.\n",
        "Last year 120 schemes throughout the UK received a share of £9m.\n",
        "In 2024/25, 40 areas across England were awarded a total of £6.5 million.\n",
    ):
        assert _facts(line)[0] == [], line
    assert _facts("Commissioners and councils across England and Wales to get a total of £9.2 million this year.\n")[0] == []
    # A round of the body's own, across its own area, is still its total.
    assert _facts("In 2024/25, 50 projects across the county were awarded a total of £184,000.\n")[0] != []


def test_the_forces_own_kit_supported_by_a_decision_is_no_project():
    # pcc29a reads the recipient after 'approved the use of £N ... to support the'; the force's systems, data, fleet and
    # control room are its own spending, no grantee.
    for line in (
        "The Commissioner has approved the use of £60,000 to support the Digital Evidence Management System project.\n",
        "The Commissioner has approved the use of £60,000 to support the Mobile Data project.\n",
        "The Commissioner has approved the use of £60,000 to support the Control Room Upgrade project.\n",
        "The Commissioner has approved the use of £5,000 to support the ICT Refresh project.\n",
    ):
        assert _facts(line)[1] == [], line
    assert _facts("The Commissioner approved funding of £25,000 to support the Tarn Domestic Abuse Service.\n")[1] != []
    assert _facts("The Commissioner has approved the use of £7,250 from the Rehabilitation budget to support the Second Chance Mentors project.\n")[1] != []


def test_a_present_cell_continued_on_a_row_of_empty_first_cell_runs_on():
    # parish29 ends a present list at its row's cell bar; a next row whose label cell is empty carries on the same list.
    page = (
        "MINUTES OF THE PARISH COUNCIL MEETING held on 3 March 2025\n\n"
        "| Present: | Cllrs A Dale, B Fenn |\n| | Cllr C Hart, Cllr D Ives |\n| In attendance: | Jo Pike (Clerk) |\n\n"
        "1. Apologies\nNone.\n"
    )
    found = {a.name: a.attendance for a in page_facts(page).attendees}
    assert found.get("Cllr D Ives") == "present" and found.get("Jo Pike") == "in_attendance", found
    # A next row with a label of its own is still another row ('In The Chair | Cllr E Gray |'): read by its own label
    # (parish29b: a chair's post row is present), never as part of the list above nor with the label in its name.
    page = page.replace("| | Cllr C Hart, Cllr D Ives |", "| In The Chair | Cllr E Gray |")
    found = {a.name: a.attendance for a in page_facts(page).attendees}
    assert found.get("Cllr E Gray") == "present" and not any("Chair" in name for name in found), found
