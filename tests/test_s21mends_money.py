"""Review 21's money findings as regression tests (our own probe wordings): each pins a wrong fact the s21money rules
gave (or a catastrophic slowness) and the narrowing that mends it."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from tests.funding_helpers import funding_contract

_ROOT = Path(__file__).resolve().parents[1]


def _result(text: str) -> dict:
    return funding_contract(text)


def _projects(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(p.name, float(p.amount) if p.amount is not None else None, p.status) for p in _result(text)["projects"]]


def _allocations(text: str) -> list[tuple[str | None, str | None, float | None]]:
    return [
        (a.financial_year, a.kind, float(a.amount) if a.amount is not None else None) for a in _result(text)["allocations"]
    ]


# F11: 'in respect of the application from' compiled with re.I made _ORG's capital words match 'of', 'the', 'and' too.
_LONG_RESPECT = (
    "Minutes of the meeting of Eastby Parish Council held on 4 June 2024.\n\n9. GRANTS\n\n"
    "In respect of the application from the Friends of the Park in the village of Eastby for the restoration of the "
    "bandstand on the green at the top of the hill and the repair of the paths in the park and the gates and the "
    "benches and the bins, it was RESOLVED that £500 be awarded towards the bandstand.\n"
)


def test_in_respect_of_the_application_no_catastrophic_backtracking_on_a_long_grant_minute():
    code = textwrap.dedent(
        f"""
        from extractors.grants.project_subjects import _IN_RESPECT_OF, respected_applicant
        from extractors.grants import funding
        from tests.funding_helpers import document
        _IN_RESPECT_OF.search(("in respect of the application from Aa " * 150) + "x")
        funding.extract_funding(document({_LONG_RESPECT!r}))
        respected_applicant({_LONG_RESPECT.split('£')[0]!r}, " be awarded towards the bandstand.")
        """
    )
    subprocess.run([sys.executable, "-c", code], cwd=_ROOT, env={"PYTHONPATH": str(_ROOT)}, timeout=20, check=True)


# F6: the council as the GRANTEE of a grant funding agreement: the funder is no approved project.
def test_grant_funding_agreement_with_a_funder_the_council_receives_from_is_no_project():
    decision = (
        "Decisions\n\nDecision Maker: Cabinet\n\nDecision published: 10/03/2024\n\nDecision:\n\nThat the Cabinet:\n\n"
        "  1. Approves entering into a Grant Funding Agreement with Homes England to a value of £2,500,000 to deliver "
        "the Eastby town centre housing scheme.\n"
    )
    museum = (
        "Eastby Museum report\n\nThe Council's Grant Agreement with Arts Council England worth £450,000 runs until "
        "March 2026 and funds the museum's learning programme.\n"
    )
    assert _projects(decision) == []
    assert _projects(museum) == []


# F7: a thanked grant OFFER the club declined, and a refusal letter, are no approved awards.
def test_thanked_for_grant_offer_declined_or_refusal_letter_is_no_award():
    head = "Minutes of the meeting of Eastby Parish Council held on 4 June 2024.\n\n7. CORRESPONDENCE\n\n"
    declined = head + (
        "A letter from Westby Bowls Club thanked the council for their £500 grant offer, which the club has declined "
        "as it has now closed.\n"
    )
    refusal = head + (
        "The Chairman of Westby Cricket Club thanked the council for their £500 grant refusal letter and will reapply "
        "next year.\n"
    )
    assert _projects(declined) == []
    assert _projects(refusal) == []


def test_thanked_for_grant_name_keeps_no_heading_or_post():
    text = (
        "7. CORRESPONDENCE\n\nThe Chairman of Westby Cricket Club thanked the council for their £500 grant, which will "
        "buy new nets.\n"
    )
    assert [name for name, _, _ in _projects(text)] in ([], ["Westby Cricket Club"])


# F9: a press list of groups TURNED DOWN for grants is no list of approved recipients.
def test_press_list_turned_down_for_grants_is_not_approved():
    text = (
        "Eastby news\n\nThe groups turned down for grants of £250 were: Eastby Scouts, Westby Guides, Northby Band and "
        "Southby Choir.\n"
    )
    assert [p for p in _projects(text) if p[2] == "approved"] == []


# F8: the remaining budget of some other service is no grant pot's remaining balance.
def test_remaining_highways_funding_is_no_remaining_grant_balance():
    text = (
        "Minutes of the meeting of Eastby Parish Council held on 4 June 2024.\n\n8. FINANCE\n\nThe grants budget was "
        "discussed. The remaining highways funding for 2024/25 is £12,000 and will be spent on verges.\n"
    )
    assert [a for a in _allocations(text) if a[1] == "remaining"] == []


# F10: a figure presented to each of many charities is no round's payout total.
def test_presented_sum_to_many_charities_is_no_payout_total():
    text = (
        "Eastby news\n\nAt the annual awards evening the Mayor presented £100 to ten local charities, and each also "
        "received a certificate.\n"
    )
    assert [a for a in _allocations(text) if a[1] == "approved_total"] == []


# The F10 mend named its pattern _IN_GRANTS_AFTER, rebinding the module's older name: 'To award a total of £N in
# capital grants to the 11 organisations' lost its approved total (tests/test_funding_probes_r20.py caught it).
def test_presented_mend_shadowed_in_grants_after_award_a_total_in_capital_grants():
    text = "Decision 2024/25:\n1) To award a total of £212,300 in capital grants to the 11 organisations listed.\n"
    assert ("2024/25", "approved_total", 212300.0) in _allocations(text)
    assert [a for a in _allocations("Eastby news\n\nThe Mayor presented £100 in funding to ten local charities.\n")
            if a[1] == "approved_total"] == [(None, "approved_total", 100.0)]
