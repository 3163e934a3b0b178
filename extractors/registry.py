"""Versions of the parsers and extractors; a change to any rule changes the pipeline version.

A document already loaded with the same bytes and the same pipeline version is
skipped on the next ingest, so bump an extractor's VERSION whenever its rules change.
"""

from __future__ import annotations

import hashlib
from importlib.metadata import PackageNotFoundError, version

from extractors import (
    agenda,
    allocations,
    attendance,
    dated_events,
    dates,
    descriptions,
    fiscal_year,
    funding,
    funding_layout,
    item_reports,
    kind,
    meeting_lines,
    meetings,
    minuted,
    money,
    names,
    nlp,
    ocr,
    page_numbers,
    parse_docx,
    projects,
    reconcile,
    report_header,
    split,
    stated_totals,
    structure,
)

EXTRACTORS: dict[str, str] = {
    "page_numbers": page_numbers.VERSION,
    "kind": kind.VERSION,
    "nlp": nlp.VERSION,
    "dates": dates.VERSION,
    "split": split.VERSION,
    "meetings": meetings.VERSION,
    "meeting_lines": meeting_lines.VERSION,
    "agenda": agenda.VERSION,
    "minuted": minuted.VERSION,
    "report_header": report_header.VERSION,
    "item_reports": item_reports.VERSION,
    "attendance": attendance.VERSION,
    "names": names.VERSION,
    "structure": structure.VERSION,
    "dated_events": dated_events.VERSION,
    "money": money.VERSION,
    "fiscal_year": fiscal_year.VERSION,
    "funding_layout": funding_layout.VERSION,
    "allocations": allocations.VERSION,
    "stated_totals": stated_totals.VERSION,
    "projects": projects.VERSION,
    "reconcile": reconcile.VERSION,
    "descriptions": descriptions.VERSION,
    "funding": funding.VERSION,
    "ocr": ocr.VERSION,
    # Parsers: bump when their text output changes (offsets of every fact move with it).
    "parse_pdf": "5",
    "parse_html": "4",
    "parse_text": "3",
    "parse_docx": parse_docx.VERSION,
}


# Rule modules without a VERSION of their own, and the registered entry whose VERSION covers them:
# a change to one of them is a change to that entry's rules (tests/test_rule_hashes.py holds this).
COVERED_BY: dict[str, str] = {
    "agenda_rows": "agenda",
    "agenda_runs": "agenda",
    "allocation_cues": "allocations",
    "allocation_tables": "allocations",
    "attendance_preamble": "attendance",
    "attendance_table": "attendance",
    "named_people": "attendance",
    "post_then_name": "attendance",
    "blocks": "structure",
    "spans": "structure",
    "extraction": "structure",
    "decision_layout": "funding_layout",
    "project_awards": "projects",
    "project_decisions": "projects",
    "project_lists": "projects",
    "project_mention": "projects",
    "project_merge": "projects",
    "project_recipients": "projects",
    "project_status": "projects",
    "project_tables": "projects",
    "word_sets": "projects",
    "parse": "parse_pdf",
    "pdf_tables": "parse_pdf",
}
# Modules whose changes never alter what is stored for a document: no re-parse needed.
NOT_RULES = frozenset({"__init__", "errors", "registry", "rule_hashes", "facts", "themes"})


def package_version() -> str:
    try:
        return version("committee-papers")
    except PackageNotFoundError:
        return "0+unknown"


def pipeline_version() -> str:
    """'<package version>+<hash of extractor versions>', stable across runs."""
    rules = ",".join(f"{name}={ver}" for name, ver in sorted(EXTRACTORS.items()))
    return f"{package_version()}+{hashlib.sha256(rules.encode()).hexdigest()[:8]}"
