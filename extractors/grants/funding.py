"""The money extractors' one entry point, and their facts in the contract's format.

``extract_funding`` reads the span [start, end) of a document text: the integrator
calls it once per paper of an agenda pack, with that paper's meeting date (which
resolves 'this financial year'). Project amounts are read first, so a figure
printed for a project is never also read as an allocation.

``combine`` joins the results of a pack's papers. ``to_contract`` keeps one allocation per (kind, year, amount) and leaves out the
ones a contract reader would misread: a hedged figure restating an exact one of the paper; hedged as a bound ('just over £24K' is a
limit, not a figure) unless its own words fix its kind (``kind_stated``: 'more than £141,000 was
shared out' is kept at its printed amount, the hedge in ``qualifier``). Approximate figures
('approx. £10,600') are kept, as printed.
An allocation whose text prints no year is left out too, unless its own words fix its kind
(``kind_stated``, see ``stated_totals``): then it is kept with a null year and flagged by an
``unparseable_year`` data-quality row with the figure as printed; per-year views read only dated
figures and never count it.
A span no meeting dates reads 'the current financial year' against its dateline (``dateline``); a total printed rounded
to millions ('£3.77m') is recorded at the one exact figure the text prints for it ('£3,771,697.94').
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from decimal import Decimal

from extractors.grants import allocations, projects, reconcile
from extractors.grants.allocation_fallback import kept_for_contract
from extractors.grants.allocation_tables import in_row_run
from extractors.grants.funding_layout import FundingLayout
from extractors.readers.dates import find_dates
from extractors.readers.money import precision_unit
from schemas.facts import Allocation, Project
from schemas.funding import AllocationRecord, DataQualityRecord, FundingResult, MoneyMention
from schemas.parsed import ParsedDocument

VERSION = "10"
NAME = "funding"
# 'Published: 10 March 2016', 'Tuesday 4 June 2024': a line that is only a date, with at most a label before it.
_DATELINE_LABEL = re.compile(r"^(?:(?:published|posted|updated|date)(?:\s+on)?\s*:?\s*)?", re.I)
_DATELINE_LINES = 6
# The dateline stands above the text it dates: a date printed below 'the current financial year' (a page's review
# date at its foot) dates nothing.
_CURRENT_YEAR = re.compile(r"\bcurrent\s+financial\s+year\b", re.I)
# '£3.77m', '£1.25 million': a figure printed rounded to millions, with its decimals.
_ROUNDED_MILLIONS = re.compile(r"\d\.(?P<decimals>\d{1,3})\s*(?:m|million)\b", re.I)
_MILLION = Decimal(1_000_000)


def extract_funding(
    document: ParsedDocument, meeting_date: dt.date | None = None, start: int = 0, end: int | None = None
) -> FundingResult:
    layout = FundingLayout(document, start=start, end=end, meeting_date=meeting_date or dateline(document.text, start, end))
    claimed: set[int] = set()
    mentions = projects.find_mentions(layout, claimed)
    project_amounts = frozenset(m.amount for m in mentions if m.amount is not None)
    approved = frozenset(
        figure.start
        for m in mentions if m.status == "approved" and m.amount_text
        for figure in layout.amounts_in(m.provenance.start, m.provenance.end) if figure.text == m.amount_text
    )
    counts = Counter(m.amount for m in mentions if m.amount is not None)
    each = frozenset(amount for amount, n in counts.items() if n >= 3)
    found_allocations = allocations.find_allocations(layout, claimed, project_amounts, approved, each)
    merged, conflicts = projects.merge(mentions)
    checks = reconcile.reconcile(layout, found_allocations, mentions, merged)
    return FundingResult(
        money=[
            MoneyMention(money=amount, provenance=layout.provenance(amount.start, amount.end, "money", VERSION))
            for amount in layout.amounts
        ],
        allocations=found_allocations,
        project_mentions=mentions,
        projects=merged,
        data_quality=checks + conflicts + [_yearless(a) for a in found_allocations if a.kind_stated],
    )


def dateline(text: str, start: int = 0, end: int | None = None) -> dt.date | None:
    """The date a page prints on a line of its own among its first lines (a news page's dateline), which 'the current
    financial year' in its text is read against when no meeting dates the span, printed above that phrase; None when
    there is none."""
    lines = [line.strip() for line in text[start:end].split("\n") if line.strip()][:_DATELINE_LINES]
    dated = next((i for i, line in enumerate(lines) if _CURRENT_YEAR.search(line)), len(lines))
    for line in lines[:dated]:
        rest = line[_DATELINE_LABEL.match(line).end() :]
        found = find_dates(rest)
        if len(found) == 1 and not found[0].year_inferred and len(rest) - len(found[0].text) <= 1:
            return found[0].date
    return None


def extract_agenda_funding(
    document: ParsedDocument, meeting_date: dt.date | None = None, start: int = 0, end: int | None = None
) -> FundingResult:
    """An agenda's money: only a budget block of labelled rows ('Total grants budget for 2023/24 £N' over 'Total
    grants awarded to date £M' over 'Remaining grants budget £K'), whose labels state each figure's kind. An agenda
    lists business to be considered, so its other figures (a request named in an item's title) are no facts."""
    layout = FundingLayout(document, start=start, end=end, meeting_date=meeting_date)
    found = [
        a for a in allocations.find_allocations(layout, set())
        if any(in_row_run(layout, amount) for amount in layout.amounts_in(a.provenance.start, a.provenance.end))
    ]
    return FundingResult(money=[], allocations=found, project_mentions=[], projects=[], data_quality=[])


def _yearless(allocation: AllocationRecord) -> DataQualityRecord:
    """The flag of an allocation whose text prints no financial year."""
    return DataQualityRecord(
        check="unparseable_year",
        result="unparseable",
        financial_year=None,
        stated=allocation.amount,
        stated_text=allocation.amount_text,
        computed=None,
        difference=None,
        detail=f"{allocation.kind} printed without a financial year; left out of per-year figures: {allocation.sentence[:200]}",
        provenance=allocation.provenance,
    )


def combine(results: list[FundingResult]) -> FundingResult:
    """One result for a whole pack from its papers' results: projects re-merged across papers.

    A project reported in the minutes and again in a later report becomes one project with
    the most specific facts of both; ``list_id`` values stay meaningful only within one paper.
    """
    mentions = sorted((m for r in results for m in r.project_mentions), key=lambda m: m.provenance.start)
    merged, conflicts = projects.merge(mentions)
    paper_checks = [q for r in results for q in r.data_quality if q.check != "amounts_differ_between_mentions"]
    return FundingResult(
        money=[m for r in results for m in r.money],
        allocations=[a for r in results for a in r.allocations],
        project_mentions=mentions,
        projects=merged,
        data_quality=paper_checks + conflicts,
    )


def _restated(allocation: AllocationRecord, others: list[AllocationRecord]) -> bool:
    """A hedged figure ('more than £200,000 was awarded') that the exact one of its kind and year printed
    in the same paper ('£200,551') falls within by less than the hedged figure's last printed digit: the same total,
    rounded for the reader ('over £530,000' is no rounding of a '£3.8 million' since the scheme began)."""
    if allocation.qualifier is None or allocation.amount is None:
        return False
    stated = reconcile.stated_amount(allocation)
    return stated is not None and any(
        other.qualifier is None and other.amount is not None and (other.kind, other.financial_year) == (allocation.kind, allocation.financial_year)
        and reconcile.judge(stated, other.amount) == "within_approximation"
        and abs(other.amount - stated.amount) < precision_unit(stated)
        for other in others
    )


def _exact_of_rounded(allocation: AllocationRecord, money: list[MoneyMention]) -> Decimal | None:
    """The one exact figure the text prints that a total printed rounded to millions ('£3.77m') stands for ('The final
    £3,771,697.94 figure'), or None: the contract records the total at the figure printed in full. A figure in whole
    thousands ('£2,460,000') is some other round sum (last year's, another budget line), never the exact one."""
    rounded = _ROUNDED_MILLIONS.search(allocation.amount_text or "")
    if rounded is None or allocation.amount is None:
        return None
    places = len(rounded.group("decimals"))
    exact = {
        m.money.amount for m in money
        if m.money.amount is not None and not _ROUNDED_MILLIONS.search(m.money.text) and m.money.amount != allocation.amount
        and m.money.amount % 1000 and round(m.money.amount / _MILLION, places) == round(allocation.amount / _MILLION, places)
    }
    return exact.pop() if len(exact) == 1 else None


def to_contract(result: FundingResult) -> dict[str, list]:
    """{'allocations': [schemas.facts.Allocation], 'projects': [schemas.facts.Project]}."""
    seen: set[tuple] = set()
    contract_allocations = []
    for allocation in result.allocations:
        key = (allocation.kind, allocation.financial_year, allocation.amount)
        if not kept_for_contract(allocation) or key in seen or _restated(allocation, result.allocations):
            continue
        seen.add(key)
        contract_allocations.append(
            Allocation(
                financial_year=allocation.financial_year, kind=allocation.kind,
                amount=_exact_of_rounded(allocation, result.money) or allocation.amount,
            )
        )
    contract_projects = [
        Project(
            name=project.name,
            amount=project.amount,
            amount_text=project.amount_text,
            financial_year=project.financial_year,
            pot=project.pot,
            status=project.status,
        )
        for project in result.projects
    ]
    return {"allocations": contract_allocations, "projects": contract_projects}
