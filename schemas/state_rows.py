"""Rows of what the steps after a load last read (refreshes, check results) and of the search index."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import Field

from schemas.structure import PaperKind
from schemas.traced import TableRow


# What the steps after a load (search index, derived tables, data checks) last read, so that a
# run that changed nothing skips them, and the results of the data checks, so that it can still
# report the checks that failed.

RefreshStep = Literal["search_index", "derived_tables", "data_checks", "search_order"]


class RefreshRow(TableRow):
    """The last run of one step that follows a load, and what it read."""

    table = "refreshes"
    primary_key = ("step",)

    step: RefreshStep = Field(description="search_index, derived_tables, data_checks or search_order.")
    warehouse_state: str = Field(
        description="Count and hash of the documents and files rows it read (ids, statuses, pipeline versions, "
        "load times, paths): a load, a replacement or a new path changes it."
    )
    inputs: dict[str, str] = Field(
        description="SHA-256 of each file it read besides the warehouse: the link overrides and theme rules, "
        "or the SQL of the checks and views."
    )
    run_id: str | None = Field(description="Ingest run that ran it; null when run on its own.")
    finished_at: dt.datetime = Field(description="When it finished (UTC).")


class CheckResultRow(TableRow):
    """A data check as it last ran: passed (no rows) or failed, with the rows that broke its rule."""

    table = "check_results"
    primary_key = ("name",)

    name: str = Field(description="Check: a file in warehouse/checks without .sql, or <fact table>_are_traceable.")
    n_rows: int = Field(description="Rows that broke the rule; 0 when the check passed.")
    rows: list[list] = Field(description="Those rows, each a list of values (dates and decimals as text).")
    run_id: str | None = Field(description="Ingest run that ran the check; null when run on its own.")
    checked_at: dt.datetime = Field(description="When it ran (UTC).")


REFRESH_TABLES: tuple[type[TableRow], ...] = (RefreshRow, CheckResultRow)


# The search index, written with each document's rows (``pipeline.search_index``) and ranked at
# query time (``pipeline.search``): nothing in it is rebuilt for the whole warehouse.

SearchUnitKind = Literal["page", "agenda_item"]


class SearchUnitRow(TableRow):
    """A piece of a document that search returns: the part of one page inside one paper, or one agenda item."""

    table = "search_units"
    primary_key = ("unit_key",)
    key_enforced = False  # unit ids are unique; their 63-bit hashes are checked after the load

    unit_key: int = Field(description="Hash of id (63 bits): the key search_terms refer to.")
    id: str = Field(description="Page id and paper index ('<page id>:<paper index>', -1 outside papers), or 'agenda:<agenda item id>'.")
    unit: SearchUnitKind = Field(description="page (a page's text within one paper) or agenda_item.")
    document_id: str = Field(description="The document the unit belongs to.")
    page_index: int = Field(description="0-based page index of the unit.")
    printed_number: int | None = Field(description="Page number printed on that page, if any.")
    paper_index: int | None = Field(description="The paper the text belongs to; null outside papers and for agenda items.")
    paper_title: str | None = Field(description="That paper's title, or 'Agenda' for an agenda item.")
    paper_kind: PaperKind | None = Field(description="That paper's kind.")
    meeting_key: str | None = Field(description="The paper's (or agenda item's) meeting, for the body and date filters.")
    char_start: int = Field(description="Offset of the unit's text in the document text.")
    title: str = Field(description="Indexed with the text: the paper's title, else the document's title.")
    text: str = Field(description="The unit's text.")
    n_terms: int = Field(description="Terms indexed from title and text (stop words left out): BM25's document length.")


class SearchTermRow(TableRow):
    """How often a stemmed term occurs in one search unit (title and text together)."""

    table = "search_terms"
    primary_key = ()  # ~150 rows a page: an index on them would grow with the warehouse, in memory

    document_id: str = Field(description="The unit's document: its terms are deleted with its other rows.")
    unit_key: int = Field(description="The search unit (search_units.unit_key).")
    term: str = Field(description="Lower-cased, accent-free, stemmed (Snowball English) word.")
    tf: int = Field(description="Occurrences of the term in the unit.")


class SearchStopwordRow(TableRow):
    """Words never indexed: the English list of DuckDB's fts extension."""

    table = "search_stopwords"
    primary_key = ("word",)

    word: str = Field(description="A stop word, lower case, as tokenized (apostrophes kept).")


SEARCH_TABLES: tuple[type[TableRow], ...] = (SearchUnitRow, SearchTermRow, SearchStopwordRow)
