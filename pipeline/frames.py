"""Rows for a bulk ``INSERT`` as a typed pandas frame: for a batch's larger tables.

Bound as list parameters (``store.append_columns``), each value is converted by DuckDB one at a
time; a frame of typed columns is scanned as arrays. On the samples corpus (160 documents to a
statement) a frame took half the time from ~300 rows a table on (pages 85 -> 48 ms CPU, money
mentions 48 -> 15 ms) and was slower below ~200 (~5 ms a statement to register it), so
``FRAME_ROWS`` chooses. Every column is cast back to its declared type in SQL, as the list path
does; dates and timestamps travel as their ISO text, so the rows stored are the same. pandas is
imported on the first frame: a small ingest (``papers ingest`` of a few documents) never needs it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable, Sequence

import duckdb

if TYPE_CHECKING:
    import pandas

Columns = Sequence[tuple[str, str, Callable | None]]
FRAME_ROWS = 256
NAME = "store_rows"
# pandas' nullable dtypes, so a missing value is NULL, never NaN or a float; VARCHAR for the rest.
_DTYPES = {"BIGINT": "Int64", "BOOLEAN": "boolean", "DOUBLE": "Float64"}


def _array(values: list, sql_type: str, convert: Callable | None):
    import pandas

    if convert:
        values = [convert(value) for value in values]
    elif sql_type in ("DATE", "TIMESTAMP"):
        values = [None if value is None else str(value) for value in values]
    return pandas.array(values, dtype=_DTYPES.get(sql_type, "string"))


def frame(columns: Columns, values: dict[str, list]) -> pandas.DataFrame:
    """The rows as a frame of typed columns (``columns``: ``store._columns`` of the model)."""
    import pandas

    return pandas.DataFrame({name: _array(values[name], sql_type, convert) for name, sql_type, convert in columns}, copy=False)


def insert(con: duckdb.DuckDBPyConnection, table: str, columns: Columns, values: dict[str, list], replace: bool) -> bool:
    """INSERT [OR REPLACE] the rows from a frame, each column cast to its type, when there are at
    least ``FRAME_ROWS`` of them; False (nothing written) when fewer."""
    if len(values[columns[0][0]]) < FRAME_ROWS:
        return False
    names = ", ".join(name for name, _, _ in columns)
    casts = ", ".join(f"CAST({name} AS {sql_type})" for name, sql_type, _ in columns)
    con.register(NAME, frame(columns, values))
    try:
        con.execute(f"{'INSERT OR REPLACE' if replace else 'INSERT'} INTO {table} ({names}) SELECT {casts} FROM {NAME}")
    finally:
        con.unregister(NAME)
    return True
