"""Session 17, projects round 2 (our own words): a project is a mention with a printed amount. Recipients named
without one (a press release's list of the groups a round funded, bullets of names under 'Successful applicants
include:') are no projects, whatever words say they were funded; a malformed printed amount still makes one (its
amount null, its text as printed)."""

from __future__ import annotations

import pytest

from tests.funding_helpers import document, funding_contract, project_pairs

_NAMED_WITHOUT_AMOUNT = (
    "Several schemes for young people received support including:\n\n• Second Chance, a peer mentoring scheme run by "
    "the Harbour Trust\n• The Millbrook Supper Club, a weekly advice night for men leaving prison\n",
    "Among the 21 recipients were Kestrel Street Pastors; Upton Village Hall; Roll Forward CIC and harbourside theatre "
    "group Open Stage.\n",
    "Recipients included Hillside Scouts, Oak Lane Youth Club and Riverside Boxing Club.\n",
    "Community Fund 2024/25\nOakfield Scouts, Tarnside Carers and Millbrook Food Bank are also named as recipients.\n",
    "This year's successful groups are Oakfield Scouts, Tarnside Carers and Millbrook Food Bank.\n",
    "This year 30 projects have had their grants renewed alongside 12 new ones including:\n\n  • Eastgate – Eastgate "
    "Food Hub 'Community Larder'\n  • Millbrook – Millbrook Youth Theatre: 'Stage Two'\n  • Countywide – Open Door "
    "Mentoring 'Next Steps'\n",
    "Recipients include Tarn Food Bank, a volunteer pantry on the high street.\n",
    "The panel met in May. Among the organisations chosen were Harbour Mums, The Boathouse, and Kestrel Youth Trust.\n",
    "Those benefitting from May's round include; Oak Lane Carers, Beacon Radio (covering the coast), Give a Lift to the "
    "Town (in Ashby), and Harbour Makers.\n",
    "Among the beneficiaries were the Upton Youth Orchestra Trust, Kaleva Greek and Cypriot Community Centre and the "
    "Lynx Club.\n",
    "The groups to benefit are:\n\n• Tarn Rovers\n• Fellside Food Bank\n• Oakmoor Youth Theatre\n",
    "Successful applicants include:\n\n• Tarn Rovers\n• Fellside Food Bank\n• Oakmoor Youth Theatre\n",
    "Examples of recent Property Fund projects include Tarnside Youth Hockey, where the grant bought new kit for the "
    "club, Lowmoor Community Centre to support its youth nights and Fellbury Youth Hub to help it open on Fridays.\n",
    "Brackwater Youth Project was among those which benefitted, including Fellside Youth Action, Tarn Valley Trust and "
    "Lowmoor Street Angels.\n",
    "Also successful were weekend volunteers Night Guides and Fellbury-based Turn2Hope, which runs mentoring sessions.\n",
    "Grants have been awarded to community groups including (left to right): the Tarn Harbour project, Fellbury "
    "Community Transport and Lowmoor Artspace. - Photo: Tarn News\n",
)


@pytest.mark.parametrize("text", _NAMED_WITHOUT_AMOUNT)
def test_a_recipient_named_without_a_printed_amount_is_no_project(text):
    assert project_pairs(text) == []


def test_a_figure_before_the_list_of_recipients_gives_no_project_to_each_name():
    text = (
        "Groups across Fellshire, including Tarnside Riders Partnership, Lowmoor CE Primary school and Brackwater Sea "
        "Scouts will receive £20K of funding from the Commissioner.\n"
    )
    assert project_pairs(text) == []


def test_a_recipient_named_again_without_its_amount_adds_no_second_project():
    text = (
        "Grants awarded\n\n- Tarn Rovers – £2,500\n- Fellside Food Bank – £4,000\n\n"
        "The recipients were Tarn Rovers, Fellside Food Bank and Oakmoor Youth Theatre.\n"
    )
    assert project_pairs(text) == [("Tarn Rovers", 2500.0), ("Fellside Food Bank", 4000.0)]


def test_a_malformed_printed_amount_still_makes_a_project_with_no_amount():
    text = "Grants awarded\n\n- Tarn Rovers – £6,00\n- Fellside Food Bank – £4,000\n"
    result = funding_contract(text)
    assert [(p.name, p.amount, p.amount_text) for p in result["projects"]] == [
        ("Tarn Rovers", None, "£6,00"), ("Fellside Food Bank", 4000, "£4,000")
    ]


def test_a_resolution_agreeing_a_payment_to_the_listed_charities_approves_them_a_fund_among_them_too():
    text = (
        "Fund nominations\n\nThe Chair noted a surplus allowed £1,200 to each of the proposed charities.\n\n"
        "RESOLVED, that Members note the report and agree a one-off payment to the following charities,\n\n"
        "·         Tarn Rescue - £1,200\n\n·         Fell Hospice - £1,200\n\n·         Tarn Widows’ Fund - £1,200\n"
    )
    result = funding_contract(text)
    assert [(p.name, p.status) for p in result["projects"]] == [
        ("Tarn Rescue", "approved"), ("Fell Hospice", "approved"), ("Tarn Widows’ Fund", "approved")
    ]


def test_a_resolution_asking_members_to_agree_a_payment_approves_nothing():
    text = (
        "Fund nominations\n\nRESOLVED, that Members be asked to agree a payment to the following charities,\n\n"
        "·         Tarn Rescue - £1,200\n\n·         Fell Hospice - £1,200\n"
    )
    result = funding_contract(text)
    assert [p.status for p in result["projects"]] == ["proposed", "proposed"]


def test_money_allocated_to_the_partnership_by_its_kind_is_its_grant_not_a_project():
    """Regression (merge of s17proj and s17alloc): 'allocated to the CSP' was read as a project named 'CSP – ...',
    claiming the figure the allocation rules read as the partnership's grant. A partnership with a place stays one."""
    from extractors.grants import projects
    from extractors.grants.funding_layout import FundingLayout
    from tests.test_s17alloc import _allocations, document

    own = "£45,000 has been allocated to the CSP for 2023/24 by the Commissioner.\n"
    assert projects.find_mentions(FundingLayout(document(own)), set()) == []
    assert _allocations(own) == [("grant_total", 45000.0, "2023/24")]
    other = "£45,000 has been allocated to the Eastby CSP for 2023/24 by the Commissioner.\n"
    assert [m.recipient for m in projects.find_mentions(FundingLayout(document(other)), set())] == ["the Eastby CSP"]
