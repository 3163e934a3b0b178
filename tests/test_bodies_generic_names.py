"""A name every council uses, loaded from files (bug found running 440 real pages): eight councils'
'Cabinet' pages became one body 'Cabinet' whose year table mixed their grants, and a parish
council's meeting heading 'Parish Council' became the body of any grant whose recipient was
'<Place> Parish Council'. Such a name is now qualified by the document that prints it."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from pipeline.analytics import resolve_body
from pipeline.bodies import body_key, is_generic
from pipeline.ingest import run_ingest

_ISSUE_PAGE = """Issue - meetings

{title}

Meeting: {date} - Cabinet (Item {item})

{item} {title}

Decision:

That the following grants be approved:
• £{first} to {town} Youth Club towards a summer holiday scheme;
• £{second} to {town} Food Bank towards a delivery van.
"""

_PARISH_MINUTES = """Minutes of the meeting of the Parish Council held on 3 March 2024 at the Village Hall

1. Grants
It was resolved to award £250 to the Village Hall Committee for new chairs.
"""

_NEWS = """District news: grants round

Westmoor Parish Council received £2,000 towards a new bus shelter.
"""


def _bodies_by_file(tmp_path: Path) -> dict[str, set[tuple[str | None, str | None]]]:
    (tmp_path / "raw").mkdir()
    pages = {
        "ashvale.txt": _ISSUE_PAGE.format(title="Community Grants 2024/25", date="04/06/2024", item=12, first="1,500",
                                          second="2,000", town="Ashvale"),
        "brookfield.txt": _ISSUE_PAGE.format(title="Neighbourhood Grants 2024/25", date="11/07/2024", item=7, first="900",
                                             second="3,000", town="Brookfield"),
        "parish.txt": _PARISH_MINUTES,
        "news.txt": _NEWS,
    }
    for name, text in pages.items():
        (tmp_path / "raw" / name).write_text(text, encoding="utf-8")
    warehouse = tmp_path / "w.duckdb"
    assert run_ingest(sorted((tmp_path / "raw").glob("*.txt")), warehouse).ok
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        rows = con.execute(
            "SELECT d.path, b.name, f.evidence FROM fact_bodies f JOIN documents d ON d.id = f.document_id "
            "LEFT JOIN bodies b ON b.id = f.body_id"
        ).fetchall()
    finally:
        con.close()
    found: dict[str, set[tuple[str | None, str | None]]] = {}
    for path, body, evidence in rows:
        found.setdefault(Path(path).name, set()).add((body, evidence))
    return found


def test_two_councils_cabinets_loaded_from_files_stay_two_bodies_and_a_recipient_parish_council_names_no_body(tmp_path: Path):
    found = _bodies_by_file(tmp_path)
    assert found["ashvale.txt"] == {("Cabinet (ashvale.txt)", "meeting_heading")}
    assert found["brookfield.txt"] == {("Cabinet (brookfield.txt)", "meeting_heading")}
    assert found["parish.txt"] == {("Parish Council (parish.txt)", "meeting_heading")}
    # 'Westmoor Parish Council' receives the grant: the parish heading of another file is not its body.
    assert found["news.txt"] == {(None, None)}


def test_a_qualified_body_is_found_by_the_name_it_is_shown_under(tmp_path: Path):
    _bodies_by_file(tmp_path)
    con = duckdb.connect(str(tmp_path / "w.duckdb"), read_only=True)
    try:
        assert resolve_body(con, "Cabinet (ashvale.txt)")["name"] == "Cabinet (ashvale.txt)"
        with pytest.raises(ValueError, match="several bodies"):
            resolve_body(con, "Cabinet")
    finally:
        con.close()


def test_a_tier_of_council_alone_names_no_place():
    for name in ("Parish Council", "Town Council", "County Council", "District Council", "Borough Council", "City Council"):
        assert is_generic(body_key(name)), name
    assert not is_generic(body_key("Westmoor Parish Council"))
