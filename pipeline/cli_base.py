"""What every ``papers`` command shares: the typer app, the consoles, common options and helpers."""

from __future__ import annotations

import json
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.markup import escape

from extractors.errors import PapersError


app = typer.Typer(
    help="Turn council committee papers into a queryable DuckDB warehouse.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
console = Console(soft_wrap=True)
errors = Console(stderr=True, soft_wrap=True)

WarehouseOption = Annotated[
    Optional[Path],
    typer.Option(
        "--warehouse",
        "-w",
        envvar="PAPERS_WAREHOUSE",
        help="DuckDB warehouse file [default: warehouse/papers.duckdb].",
        show_default=False,
    ),
]


def _warehouse(path: Path | None) -> Path:
    from pipeline.store import DEFAULT_WAREHOUSE

    return path or DEFAULT_WAREHOUSE


# Read-only commands wait this long for a running ingest to release the warehouse.
READER_WAIT = 10.0


def _say(message: str) -> None:
    errors.print(message, highlight=False)


def _show_version(value: bool) -> None:
    if value:
        from extractors.registry import pipeline_version

        console.print(f"papers {pipeline_version()} (package + hash of the extractor versions)", highlight=False)
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[bool, typer.Option("--version", callback=_show_version, is_eager=True, help="Print the version and exit.")] = False,
) -> None:
    """Turn council committee papers into a queryable DuckDB warehouse."""


def _fail(message: str, code: int = 1) -> None:
    errors.print(f"[bold red]error:[/] {escape(message)}", highlight=False)
    raise typer.Exit(code)


def _cell(value) -> str:
    """A value as CSV or table text: empty for NULL, ISO dates, JSON for lists."""
    if value is None:
        return ""
    if isinstance(value, (list, dict)):
        return json.dumps(value, default=str, ensure_ascii=False)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


BodyOption = Annotated[Optional[str], typer.Option("--body", help="One body: its name or an alias (warehouse/bodies.csv).")]


def print_json(data) -> None:
    """Data as JSON on stdout (dates as ISO text): what every command's ``--json`` prints."""
    sys.stdout.write(json.dumps(data, indent=2, default=str, ensure_ascii=False) + "\n")



@contextmanager
def analyst_errors():
    """The analyst commands' failures as one line each: a bad ``--body`` (exit 2), a PapersError,
    and a DuckDB error, which means the warehouse predates the current views."""
    import duckdb

    try:
        yield
    except ValueError as error:
        _fail(str(error), 2)
    except PapersError as error:
        _fail(str(error))
    except duckdb.Error as error:
        _fail(f"{error}; run `papers ingest` to bring the warehouse up to date")
