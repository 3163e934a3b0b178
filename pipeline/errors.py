"""Errors of the pipeline layer (the warehouse, the run); documents have their own in extractors."""

from extractors.errors import PapersError


class WarehouseError(PapersError):
    """The warehouse cannot be opened or written."""


class WarehouseLocked(WarehouseError):
    """Another process holds the DuckDB file's write lock."""


class KeyConflict(WarehouseError):
    """A document's rows repeat a key that DuckDB is not asked to enforce (``TableRow.key_enforced``)."""


class QueryError(PapersError):
    """An analyst's SQL is not one statement (empty, or several)."""
