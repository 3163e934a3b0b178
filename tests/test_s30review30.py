"""Review30 (session 30): today's general rules kept off ordinary council and parish wording (our own words). A council's
own accounts and its treasury deposits are no grant fund ('The General Fund has £N available', 'invested £N in the CCLA
Property Fund'); titled names under a home page's 'Next ... Meeting' heading or a newsletter's 'Councillor surgeries:'
line are contacts, no one present; a numbered policy text whose every heading is '1.' and names no standing business is
no run of minutes."""

from structure_helpers import document
from test_s28news28 import _facts

from extractors.facts import extract_facts


def test_a_councils_own_accounts_and_treasury_funds_give_no_grant_total():
    for line in (
        "The General Fund has £80,000 available to support the budget gap.",
        "The Collection Fund, which totals £80,000, is shared with the preceptors.",
        "The Council has invested £80,000 into the Local Authorities' Property Fund.",
        "The Council has invested £80,000 in the CCLA Property Fund.",
        "A further £80,000 has been invested in money market funds.",
    ):
        assert _facts(line + "\n")[0] == [], line


def test_the_police_property_fund_still_states_its_size():
    line = "The Commissioner learned that over £80,000 had accrued in the Police Property Fund over recent years."
    assert _facts(line + "\n")[0] == [("grant_total", 80000.0, None)]


def _present(text: str) -> list[str]:
    return [a.name for a in extract_facts(document(text)).attendees if a.attendance == "present"]


def test_contacts_under_a_next_meeting_heading_are_not_present():
    text = (
        "Home | About | Councillors | Contact\nNext Parish Council Meeting – Tuesday 8 April 2025\n7.30pm at the Village Hall\n"
        "Cllr A Lowe – Chair\nCllr B Ray\nCllr C Dunn\nClerk: Mrs E Vale, 01234 567890\n"
    )
    assert _present(text) == []


def test_a_newsletters_surgery_list_is_not_present():
    for lead in ("Councillor surgeries this month:", "Your councillors"):
        text = (
            f"Home | News | Contact\nParish Council Meeting – Tuesday 8 April 2025\n{lead}\n"
            "Cllr A Lowe, Cllr B Ray\nCllr C Dunn\nClerk: Mrs E Vale\n"
        )
        assert _present(text) == [], lead


def test_headless_present_run_under_minutes_heading_still_read():
    text = (
        "Home | Minutes\nMinutes of the Parish Council Meeting – Tuesday 8 April 2025\n7.30pm at the Village Hall\n"
        "Cllr A Lowe (Chair), Cllr B Ray, Cllr C Dunn\nMrs E Vale (Clerk)\n1. Apologies\nNone.\n"
    )
    assert {"Cllr A Lowe", "Cllr B Ray", "Cllr C Dunn"} <= set(_present(text))


def _items(text: str) -> list[tuple[str, str]]:
    return [(item.number, item.title) for item in extract_facts(document(text)).agenda_items]


_ONES = "Minutes of the Parish Council meeting held on 4 March 2025\n\nPresent: Cllr A Lowe (Chair), Cllr B Ray\n\n{body}"


def test_a_policy_text_numbered_one_throughout_is_no_run_of_items():
    body = (
        "1. Purpose\nThe policy sets out how grants are made.\n1. Eligibility\nGroups based in the parish may apply.\n"
        "1. Amounts\nGrants are limited to £500.\n1. Decisions\nThe council decides each application.\n"
    )
    assert len(_items(_ONES.format(body=body))) <= 1


def test_minutes_numbered_one_throughout_with_standing_business_still_read():
    body = (
        "1. Apologies for absence\nCllr F Hart sent apologies.\n1. Minutes of the last meeting\nApproved and signed.\n"
        "1. Footpaths\nThe stile on the lane is broken.\n"
    )
    assert [n for n, _ in _items(_ONES.format(body=body))] == ["1", "1", "1"]
