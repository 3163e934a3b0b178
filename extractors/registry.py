"""The registry: every versioned rule module, and every fact with its extractor, output model and table.

A document already loaded with the same bytes and the same pipeline version is skipped on the
next ingest, so bump a module's VERSION whenever its rules change. Versions are read from the
modules themselves (``EXTRACTORS`` is a live view, never a copy), and ``problems`` lists every
module that declares a VERSION without being registered, given their sources (``tests/test_registry.py``).

A fact (spaCy-style registered function) is one entry of ``FACTS``: its name, the extractor
function, the output model it returns, and the warehouse row model generated from that model
(``schemas.traced.traced_row``); its VERSION is that of the extractor's module. The built-in facts
are read together by ``extractors.extraction``; a new one registers itself with ``@fact(...)`` in
its own module and is run on its own (see CONTRIBUTING.md).
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
import sys
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from types import ModuleType

from pydantic import BaseModel

import extractors
from extractors.version_stamp import stamp
from schemas import records
from schemas.traced import TableRow, TracedRow

# Modules whose VERSION covers rules; a fact's module is registered with its fact.
VERSIONED: tuple[str, ...] = (
    "page_numbers", "furniture", "kind", "nlp", "dates", "split", "meetings", "meeting_lines", "agenda", "minuted",
    "report_header", "item_reports", "attendance", "names", "structure", "dated_events", "money",
    "fiscal_year", "item_numbers", "numerals", "vocabulary", "own_body", "allocation_cues", "funding_layout", "allocations", "stated_totals", "projects",
    "reconcile", "descriptions", "funding", "ocr",
    # Parsers: bump when their text output changes (offsets of every fact move with it).
    "parse_pdf", "parse_html", "parse_text", "parse_docx",
)

# Rule modules without a VERSION of their own, and the registered entry whose VERSION covers them:
# a change to one of them is a change to that entry's rules (tests/test_rule_hashes.py holds this).
COVERED_BY: dict[str, str] = {
    "agenda_rows": "agenda",
    "agenda_unnumbered": "agenda",
    "agenda_cells": "agenda",
    "agenda_glued": "agenda",
    "agenda_recording": "agenda",
    "agenda_described": "agenda",
    "agenda_cmis_titles": "agenda",
    "closed_rows": "agenda",
    "agenda_plain": "agenda",
    "agenda_runs": "agenda",
    "agenda_lines": "agenda",
    "agenda_fallback": "agenda",
    "agenda_numbered_runs": "agenda",
    "agenda_headings": "agenda",
    "agenda_linked_titles": "agenda",
    "agenda_opening": "agenda",
    "agenda_pages": "agenda",
    "agenda_serials": "agenda",
    "agenda_paragraphs": "agenda",
    "agenda_runin_heads": "agenda",
    "agenda_topic_heads": "agenda",
    "agenda_minute_ref": "agenda",
    "minute_items": "minuted",
    "business_rows": "minuted",
    "agenda_verb_lines": "minuted",
    "minute_heads": "minuted",
    "minute_headings": "minuted",
    "future_meetings": "meetings",
    "meeting_bodies": "meetings",
    "bare_minutes": "meetings",
    "electors_meetings": "meetings",
    "meeting_labels": "meetings",
    "meeting_details": "meetings",
    "meeting_minutes": "meetings",
    "meeting_shape": "meetings",
    "meeting_merge": "meetings",
    "meeting_text": "meetings",
    "meeting_prose": "meetings",
    "meeting_blocks": "meetings",
    "meeting_bracketed": "meetings",
    "meeting_schedule": "meetings",
    "report_front": "report_header",
    "report_authors": "report_header",
    "page_titles": "split",
    "paper_items": "split",
    "meeting_dates": "meeting_lines",
    "meeting_titles": "meeting_lines",
    "allocation_tables": "allocations",
    "allocation_columns": "allocations",
    "amount_clause": "allocations",
    "round_cues": "allocations",
    "figure_roles": "allocations",
    "allocation_years": "allocations",
    "allocation_clauses": "allocations",
    "allocation_fallback": "allocations",
    "fund_relations": "allocations",
    "fund_verbs": "allocations",
    "allocation_received": "allocations",
    "stated_forms": "stated_totals",
    "stated_running": "stated_totals",
    "stated_payouts": "stated_totals",
    "stated_decisions": "stated_totals",
    "attendance_capitals": "attendance",
    "attendance_entries": "attendance",
    "attendance_lists": "attendance",
    "attendance_list_lines": "attendance",
    "attendance_preamble": "attendance",
    "attendance_roles": "attendance",
    "attendance_titled": "attendance",
    "attendance_unlabelled": "attendance",
    "attendance_headless": "attendance",
    "attendance_agency": "attendance",
    "attendance_bullets": "attendance",
    "attendance_record": "attendance",
    "attendance_sections": "attendance",
    "attendance_cell_pairs": "attendance",
    "attendance_cmis_tab": "attendance",
    "attendance_fallback": "attendance",
    "attendance_fallback_merge": "attendance",
    "attendance_lines": "attendance",
    "attendance_members": "attendance",
    "attendance_bilingual": "attendance",
    "attendance_flat": "attendance",
    "attendance_represented": "attendance",
    "attendance_speakers": "attendance",
    "attendance_apology_groups": "attendance",
    "attendance_groups": "attendance",
    "attendance_group_leads": "attendance",
    "attendance_posted": "attendance",
    "attendance_parish_apologies": "attendance",
    "attendance_parish_labels": "attendance",
    "attendance_stacked": "attendance",
    "attendance_columns": "attendance",
    "attendance_labels": "attendance",
    "attendance_status_rows": "attendance",
    "attendance_roll": "attendance",
    "attendance_sentences": "attendance",
    "attendance_table": "attendance",
    "named_people": "attendance",
    "post_then_name": "attendance",
    "attendance_arrivals": "attendance",
    "attendance_cards": "attendance",
    "attendance_dashed_run": "attendance",
    "attendance_keyed_roll": "attendance",
    "attendance_role_roster": "attendance",
    "attendance_name_grid": "attendance",
    "attendance_initialled_lines": "attendance",
    "attendance_post_groups": "attendance",
    "attendance_witnesses": "attendance",
    "attendance_marks": "attendance",
    "attendance_org_lines": "attendance",
    "blocks": "funding_layout",
    "spans": "structure",
    "runon": "structure",
    "spacing": "structure",
    "runon_items": "structure",
    "runon_money": "structure",
    "runon_names": "structure",
    "runon_attendance": "structure",
    "extraction": "structure",
    "capitals": "structure",
    "decision_layout": "funding_layout",
    "funding_years": "funding_layout",
    "project_awards": "projects",
    "project_award_runs": "projects",
    "project_bid_runs": "projects",
    "project_clauses": "projects",
    "project_segments": "projects",
    "project_name_heads": "projects",
    "project_verdicts": "projects",
    "project_will_fund": "projects",
    "project_titled": "projects",
    "project_cell_runs": "projects",
    "project_decisions": "projects",
    "project_decision_names": "projects",
    "project_given_subjects": "projects",
    "project_fields": "projects",
    "project_lists": "projects",
    "project_list_leads": "projects",
    "project_mention": "projects",
    "project_names": "projects",
    "project_merge": "projects",
    "project_pair_runs": "projects",
    "project_figure_lines": "projects",
    "project_purposes": "projects",
    "project_purpose_runs": "projects",
    "project_prose": "projects",
    "project_shared": "projects",
    "project_status": "projects",
    "project_subjects": "projects",
    "project_tables": "projects",
    "word_sets": "projects",
    "shared_titles": "names",
    "name_runs": "names",
    "given_names": "names",
    "runon_bare": "names",
    "name_lists": "names",
    "name_posts": "names",
    "parse": "parse_pdf",
    "pdf_tables": "parse_pdf",
    "pdf_paths": "parse_pdf",
    "pdf_cells": "parse_pdf",
    "pdf_gaps": "parse_pdf",
    "text_markup": "parse_text",
}
# Modules whose changes never alter what is stored for a document: no re-parse needed.
NOT_RULES = frozenset({"__init__", "errors", "registry", "rule_hashes", "version_stamp", "facts", "themes"})


class FactRegistryError(ValueError):
    """A fact registered twice under one name."""


@dataclass(frozen=True)
class Fact:
    """One fact: what reads it, what it returns and where it is stored.

    ``standalone`` facts are run by ``extract_document`` on their own: ``extractor(document)``
    returns a list of ``output`` records. ``key`` names the output fields hashed into a row's id
    with its span; ``derive(record, context)`` returns the row's derived columns
    (``pipeline.rows.RowContext`` gives meeting keys and paper indexes). A ``papers`` fact reads each
    paper's own lines: ``extractor(document, papers)`` is given the document as parsed (neither recased
    nor reflowed, same offsets) and the papers ``structure`` found; an ``allocations`` fact, that document and
    the allocations ``funding`` read."""

    name: str
    extractor: Callable
    output: type[BaseModel]
    row: type[TracedRow]
    standalone: bool = False
    key: tuple[str, ...] = ()
    derive: Callable[..., dict] | None = None
    papers: bool = False
    allocations: bool = False

    @property
    def module(self) -> str:
        """The registered module whose VERSION covers the extractor ('projects' for
        extractors.grants.project_merge); a module outside ``extractors`` by its full name."""
        name = self.extractor.__module__
        if not name.startswith("extractors."):
            return name
        short = name.rsplit(".", 1)[-1]
        return COVERED_BY.get(short, short)

    @property
    def version_module(self) -> ModuleType:
        name = self.extractor.__module__
        return rule_module(self.module) if name.startswith("extractors.") else sys.modules[name]

    @property
    def version(self) -> str:
        return self.version_module.VERSION

    @property
    def table(self) -> str:
        return self.row.table


FACTS: dict[str, Fact] = {}


def register(entry: Fact) -> Fact:
    if entry.name in FACTS:
        raise FactRegistryError(f"fact {entry.name!r} is registered twice")
    FACTS[entry.name] = entry
    return entry


def unregister(name: str) -> None:
    FACTS.pop(name, None)


def fact(
    name: str,
    *,
    output: type[BaseModel],
    row: type[TracedRow],
    key: tuple[str, ...] = (),
    derive: Callable[..., dict] | None = None,
    papers: bool = False,
    allocations: bool = False,
) -> Callable[[Callable], Callable]:
    """Register the decorated function as the extractor of a standalone fact (``papers``: it is also given the papers)."""

    def decorate(function: Callable) -> Callable:
        register(Fact(name, function, output, row, standalone=True, key=key, derive=derive, papers=papers, allocations=allocations))
        return function

    return decorate


_discovered = False


@lru_cache(maxsize=1)
def module_paths() -> dict[str, str]:
    """Module name ('money') -> its import path ('extractors.readers.money'), across the families."""
    return {
        module.name.rsplit(".", 1)[-1]: module.name
        for module in pkgutil.walk_packages(extractors.__path__, "extractors.")
        if not module.ispkg
    }


def rule_module(name: str) -> ModuleType:
    """The extractor module called ``name``, whichever family folder holds it."""
    return importlib.import_module(module_paths()[name])


def facts() -> list[Fact]:
    """Every registered fact, built-in first, then the standalone ones by name (not by the order a test or
    a process happened to import their modules); the first call imports every extractor module so that
    the ones registering a fact are registered."""
    global _discovered
    if not _discovered:
        _discovered = True
        for module in pkgutil.walk_packages(extractors.__path__, "extractors."):
            importlib.import_module(module.name)
    built_in = [entry for entry in FACTS.values() if not entry.standalone]
    return built_in + sorted((entry for entry in FACTS.values() if entry.standalone), key=lambda entry: entry.name)


def fact_tables() -> tuple[type[TracedRow], ...]:
    """The row models of every fact, in load order."""
    return tuple(entry.row for entry in facts())


def all_tables() -> tuple[type[TableRow], ...]:
    """Every warehouse table: ``schemas.records.TABLES`` and the tables of facts registered elsewhere."""
    return records.TABLES + tuple(row for row in fact_tables() if row not in records.TABLES)


def _versioned_modules() -> dict[str, ModuleType]:
    found = {name: rule_module(name) for name in VERSIONED}
    for entry in facts():
        found.setdefault(entry.module, entry.version_module)
    return found


def registered_modules() -> tuple[str, ...]:
    """Every module whose VERSION the pipeline version covers: ``VERSIONED`` and the facts' modules."""
    return tuple(_versioned_modules())


class ModuleVersions(Mapping[str, str]):
    """name -> VERSION of every registered module, read from the module at each access."""

    def __getitem__(self, name: str) -> str:
        return _versioned_modules()[name].VERSION

    def __iter__(self) -> Iterator[str]:
        return iter(registered_modules())

    def __len__(self) -> int:
        return len(registered_modules())


EXTRACTORS = ModuleVersions()


def pipeline_version() -> str:
    """'<package version>+<hash of extractor versions>', stable across runs."""
    return stamp(dict(EXTRACTORS.items()))


def recorded() -> dict:
    """What ``extractors/registered.json`` records (``pipeline.registered``): every registered
    module's VERSION and every fact's row model, as ``module:name``, in load order."""
    return {
        "versions": dict(sorted(EXTRACTORS.items())),
        "fact_tables": [f"{row.__module__}:{row.__qualname__}" for row in fact_tables()],
    }


def declared_versions(sources: Mapping[str, str]) -> dict[str, str]:
    """Module name -> the VERSION it assigns at top level, from each module's source text."""
    found = {}
    for name, source in sorted(sources.items()):
        for node in ast.parse(source).body:
            if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "VERSION" for t in node.targets):
                found[name] = ast.literal_eval(node.value)
    return found


def problems(
    sources: Mapping[str, str], registered: tuple[str, ...] | None = None, entries: list[Fact] | None = None
) -> list[str]:
    """What breaks the registry's rules, one line each, given the source text of every module of
    ``extractors`` by name: a module declaring a VERSION that is not registered (or the reverse),
    a module neither registered, covered nor declared not rules, and two facts describing the
    same table or the same output model."""
    registered = registered_modules() if registered is None else registered
    entries = facts() if entries is None else entries
    declared = declared_versions(sources)
    found = [f"extractors/{name}.py declares VERSION {ver!r} but is not registered" for name, ver in declared.items()
             if name not in registered]
    found += [f"{name} is registered but declares no VERSION" for name in registered
              if name in sources and name not in declared]
    found += [f"extractors/{name}.py is neither registered, in COVERED_BY nor in NOT_RULES"
              for name in sorted(set(sources) - set(registered) - set(declared) - set(COVERED_BY) - NOT_RULES)]
    found += [f"COVERED_BY names {entry!r}, which is not registered" for entry in sorted(set(COVERED_BY.values()) - set(registered))]
    for attribute in ("table", "output"):
        seen: dict[object, str] = {}
        for entry in entries:
            value = getattr(entry, attribute)
            if value in seen:
                found.append(f"facts {seen[value]!r} and {entry.name!r} describe the same {attribute} {getattr(value, '__name__', value)}")
            seen.setdefault(value, entry.name)
    return found


def _builtin() -> None:
    """The facts ``extractors.extraction`` reads together, each with the function that reads it."""
    from extractors.grants import allocations, funding, projects, reconcile
    from extractors.proceedings import (
        agenda,
        attendance,
        dated_events,
        future_meetings,
        meetings,
        report_header,
        split,
    )
    from schemas import events, funding as money, structure

    for name, extractor, output, row in (
        ("papers", split.split_papers, structure.Paper, records.PaperRow),
        ("meeting_mentions", meetings.extract_meetings, structure.MeetingRecord, records.MeetingMentionRow),
        ("future_meetings", future_meetings.extract_future_meetings, structure.FutureMeeting, records.FutureMeetingRow),
        ("agenda_items", agenda.extract_agenda_items, structure.AgendaItemRecord, records.AgendaItemRow),
        ("reports", report_header.extract_report_headers, structure.ReportHeader, records.ReportRow),
        ("attendance", attendance.extract_attendance, structure.AttendeeRecord, records.AttendanceRow),
        ("person_mentions", attendance.extract_named_people, structure.NamedPerson, records.PersonMentionRow),
        ("dated_events", dated_events.extract_dated_events, events.DatedEvent, records.DatedEventRow),
        ("money_mentions", funding.extract_funding, money.MoneyMention, records.MoneyMentionRow),
        ("allocations", allocations.find_allocations, money.AllocationRecord, records.AllocationRow),
        ("projects", projects.merge, money.ProjectRecord, records.ProjectRow),
        ("project_mentions", projects.find_mentions, money.ProjectMention, records.ProjectMentionRow),
        ("data_quality", reconcile.reconcile, money.DataQualityRecord, records.DataQualityRow),
    ):
        register(Fact(name, extractor, output, row))


_builtin()
