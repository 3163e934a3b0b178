"""Review 21's money findings as regression tests (our own probe wordings): each pins a wrong fact the s21money rules
gave (or a catastrophic slowness) and the narrowing that mends it."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from extractors.grants import funding
from tests.funding_helpers import document

_ROOT = Path(__file__).resolve().parents[1]


def _result(text: str) -> dict:
    return funding.to_contract(funding.extract_funding(document(text)))


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
