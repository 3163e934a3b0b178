"""The body a page names for facts nothing stronger places: its one funder, else its heading's body.

Reads the stored ``funder_mentions`` rows (``extractors/grants/funder_mentions.py`` reads the
text; nothing here does). A page's funder is the one body its prose names in a funder's role:
a page naming two different bodies so names none (precision over recall); a commissioner's
printings ('PCC', 'the Commissioner', 'Police and Crime Commissioner for X') are one body on a page;
other printings are one body when the directory's key (aliases of ``bodies.csv`` included) says so.
The printing kept is the longest, the first in page order among equals, with its span.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import duckdb

from schemas.funding import FunderRole
from schemas.records import FunderMentionRow

_MENTIONS = f"""
SELECT f.document_id, f.body, f.role, f.commissioner, f.page_index, f.printed_page, f.char_start, f.char_end, f.span_text
FROM {FunderMentionRow.table} f JOIN documents d ON d.id = f.document_id AND d.status = 'loaded'
ORDER BY f.document_id, f.char_start, f.char_end, f.role
"""


@dataclass(frozen=True)
class Naming:
    """A body as a page printed it, and where: the span ``evidence_*`` columns of ``fact_bodies`` record."""

    body: str
    role: FunderRole
    commissioner: bool
    page_index: int
    printed_page: int | None
    char_start: int
    char_end: int
    span_text: str


@dataclass(frozen=True)
class Span:
    """Where a stored row (a meeting mention, report, decision header) printed the name a body was read from."""

    page_index: int
    printed_page: int | None
    char_start: int
    char_end: int
    span_text: str


def load(con: duckdb.DuckDBPyConnection) -> dict[str, list[Naming]]:
    """document id -> the bodies its pages name as funder or heading, in page order."""
    found: dict[str, list[Naming]] = {}
    for document_id, *fields in con.execute(_MENTIONS).fetchall():
        found.setdefault(document_id, []).append(Naming(*fields))
    return found


def page_funder(namings: list[Naming], key: Callable[[str], str]) -> Naming | None:
    """The one body the page names as funder (its longest printing), or None when it names none or two.
    ``key`` normalises a name (``Directory.key``)."""
    groups: dict[str, list[Naming]] = {}
    for naming in namings:
        if naming.role != "heading":
            groups.setdefault("commissioner" if naming.commissioner else key(naming.body), []).append(naming)
    if len(groups) != 1:
        return None
    return max(next(iter(groups.values())), key=lambda naming: len(naming.body))


def page_heading(namings: list[Naming]) -> Naming | None:
    """The body a heading in the page's first lines is, or is 'of'/'by'."""
    return next((naming for naming in namings if naming.role == "heading"), None)


def evidence_columns(naming: Naming | Span | None) -> dict[str, int | str | None]:
    """The ``evidence_*`` span columns of a ``fact_bodies`` row: where the page names its body (all null for
    evidence that keeps no span: a body named in the funding sentence, a fetched committee)."""
    return {
        "evidence_page_index": naming.page_index if naming else None,
        "evidence_printed_page": naming.printed_page if naming else None,
        "evidence_char_start": naming.char_start if naming else None,
        "evidence_char_end": naming.char_end if naming else None,
        "evidence_span_text": naming.span_text if naming else None,
    }


def party_columns(role: str, span: Naming | Span | None) -> dict[str, int | str | None]:
    """The ``funder_*`` or ``recipient_*`` span columns of a ``fact_bodies`` row: where the name was printed (an
    ``allocation_parties`` row; the body's own evidence span when the funder is the fact's body; a project's
    span for its recipient)."""
    return {
        f"{role}_page_index": span.page_index if span else None,
        f"{role}_char_start": span.char_start if span else None,
        f"{role}_char_end": span.char_end if span else None,
        f"{role}_span_text": span.span_text if span else None,
    }
