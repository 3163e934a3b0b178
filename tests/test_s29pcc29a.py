"""Session 29, commissioners' decision records: a decision that names its recipient after 'to support the'
('approved a decision to provide a grant of £N from the X Grant to support the Y Hub in Z', 'approved the use of £N
from the X budget to support the Y project'); a plan, the force or work described in lower case names no recipient.
Our own words, names and bodies."""

from test_s28pcc28 import _projects


def test_a_grant_from_a_fund_to_support_a_named_hub_in_a_town():
    page = (
        "Decisions\n\nThe Police and Crime Commissioner has approved a decision to provide a grant of £9,400 from the "
        "Safer Roads Grant to support the Tarn Valley Youth Bus in Westby.\n\nYou can view the decision here.\n"
    )
    assert _projects(page) == [("Tarn Valley Youth Bus", 9400.0, "approved")]


def test_the_use_of_a_budget_to_support_a_named_project():
    page = (
        "Decisions\n\nThe Commissioner has approved the use of £2,750 from the Prevention budget to support the "
        "Open Door Mentoring project as outlined in Appendix A.\n\nDate of Decision:\n3rd May 2025\n"
    )
    assert _projects(page) == [("Open Door Mentoring project", 2750.0, "approved")]


def test_a_plan_the_force_or_lower_case_work_supported_is_no_project():
    for tail in ("to support the Police and Crime Plan priorities.", "to support the Constabulary Cadets.",
                 "to support the delivery of new cycle racks."):
        page = f"Decisions\n\nThe Commissioner has approved the use of £4,000 from the Estates budget {tail}\n"
        assert _projects(page) == [], tail
