"""Bulk row writes: rows of one table model in one statement, values bound, never in the SQL.

A list parameter a column (Decimals and JSON as text, cast back in SQL: exact), or an Arrow table
from ``frames.FRAME_ROWS`` rows on (``pipeline.frames``). ``pipeline.store`` re-exports these."""

from __future__ import annotations

import json
from functools import lru_cache
from operator import attrgetter, itemgetter
from typing import Callable, Sequence

import duckdb

from pipeline import frames
from schemas.ddl import column_type
from schemas.records import TableRow


# ``json.dumps(value, ensure_ascii=False)`` builds this encoder on every call: one, made once.
_JSON = json.JSONEncoder(ensure_ascii=False).encode


def _json_text(value):
    return None if value is None else _JSON(value)


def _decimal_text(value):
    return None if value is None else str(value)


@lru_cache(maxsize=None)
def _columns(model: type[TableRow]) -> tuple[tuple[str, str, Callable | None], ...]:
    """(name, SQL type, conversion) of each column of ``model``. JSON travels as its text and
    Decimals as text, each cast back in SQL: exact, where a float would not be."""
    columns = []
    for name, field in model.model_fields.items():
        sql_type = column_type(field.annotation)[0]
        convert = _json_text if sql_type == "JSON" else _decimal_text if sql_type.startswith("DECIMAL") else None
        columns.append((name, sql_type, convert))
    return tuple(columns)


@lru_cache(maxsize=None)
def _insert_sql(model: type[TableRow], replace: bool) -> str:
    """INSERT [OR REPLACE] of one list parameter per column, unnested side by side, each cast to
    the column's declared type."""
    columns = _columns(model)
    casts = ", ".join(
        f"CAST(unnest(?::{'VARCHAR' if convert else sql_type}[]) AS {sql_type})" for _, sql_type, convert in columns
    )
    names = ", ".join(name for name, _, _ in columns)
    return f"{'INSERT OR REPLACE' if replace else 'INSERT'} INTO {model.table} ({names}) SELECT {casts}"


def last_per_key(records: Sequence[TableRow]) -> list[TableRow]:
    """Rows repeating a primary key: the last one, in the place of the first (what a replace row by
    row would leave)."""
    if len(records) < 2:
        return list(records)
    by_key = dict(zip(map(attrgetter(*type(records[0]).primary_key), records), records))
    return list(records) if len(by_key) == len(records) else list(by_key.values())


def _insert(con: duckdb.DuckDBPyConnection, records: Sequence[TableRow], replace: bool) -> None:
    if records:
        model = type(records[0])
        names = [name for name, _, _ in _columns(model)]
        if len(names) == 1:
            columns = [[r.__dict__[names[0]] for r in records]]
        else:  # the rows' fields, a tuple a row, turned into a list a column (in C)
            columns = [list(column) for column in zip(*map(itemgetter(*names), (r.__dict__ for r in records)))]
        append_columns(con, model, dict(zip(names, columns)), replace)


def append_columns(con: duckdb.DuckDBPyConnection, model: type[TableRow], values: dict[str, list], replace: bool = False) -> None:
    """``append_records`` (``replace``: ``insert_records``) of rows given as a list a column."""
    spec = _columns(model)
    if not frames.insert(con, model.table, spec, values, replace):
        con.execute(_insert_sql(model, replace), [[c(v) for v in values[n]] if c else values[n] for n, _, c in spec])


def insert_records(con: duckdb.DuckDBPyConnection, records: Sequence[TableRow]) -> None:
    """INSERT OR REPLACE rows of one table model in one statement, values bound (never in the SQL):
    a list parameter a column, or an Arrow table from ``frames.FRAME_ROWS`` rows on; Decimals and
    JSON as text, cast back in SQL (exact). Rows repeating a key: the last wins (``last_per_key``)."""
    if records and not type(records[0]).key_enforced:
        raise TypeError(f"{records[0].table} declares no key to DuckDB to replace rows by: delete them, then append_records")
    _insert(con, last_per_key(records), replace=True)


def append_records(con: duckdb.DuckDBPyConnection, records: Sequence[TableRow]) -> None:
    """INSERT rows of one table model in one statement, as ``insert_records`` but without replacing:
    a key already stored or repeated raises ``duckdb.ConstraintException`` (where the key is
    declared: ``TableRow.key_enforced``). About 1 ms a statement cheaper (no conflict handling):
    for rows whose keys cannot be stored yet."""
    _insert(con, records, replace=False)
