"""The funder a page's prose names: press pages and notices that print no meeting heading name the body
whose money it is only as the subject of an award verb, the agent after 'by'/'from', or the owner of a
fund (read by extractors/grants/funder_mentions.py, chosen by pipeline/page_bodies.py). Small texts in our
own words."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from extractors.grants.funder_mentions import find_funder_mentions
from extractors.parsing.parse_text import parse_text
from pipeline import page_bodies
from pipeline.bodies import body_key
from pipeline.ingest import run_ingest
from pipeline.page_bodies import Naming


def _namings(text: str) -> list[Naming]:
    """The reader's records of ``text`` as the warehouse holds them, in page order."""
    mentions = find_funder_mentions(parse_text(Path("page.txt"), text.encode(), "0" * 64))
    namings = (
        Naming(m.body, m.role, m.commissioner, m.provenance.page_index, m.provenance.printed_page,
               m.provenance.start, m.provenance.end, m.provenance.text)
        for m in mentions
    )
    return sorted(namings, key=lambda n: (n.char_start, n.char_end, n.role))


def page_funder(text: str) -> str | None:
    funder = page_bodies.page_funder(_namings(text), body_key)
    return funder.body if funder else None


def page_funders(text: str) -> list[str]:
    return [naming.body for naming in _namings(text) if naming.role != "heading"]


def page_heading(text: str) -> str | None:
    heading = page_bodies.page_heading(_namings(text))
    return heading.body if heading else None


@pytest.mark.parametrize(
    ("text", "funder"),
    [
        ("Westby Town Council has awarded £2,000 to the Riverside Youth Club.", "Westby Town Council"),
        ("Lowmoor District Council Hands Out £9,000\nLowmoor District Council has granted £9,000 to six groups.",
         "Lowmoor District Council"),
        ("Police and Crime Commissioner Sam Lee has allocated £40,000 to twelve schemes.", "Police and Crime Commissioner"),
        ("Groups may bid for up to £2,500 from the Commissioner’s Safer Lanes Fund this spring.", "Commissioner"),
        ("The mentoring scheme is funded by the Eastmoor Combined Authority for two years.", "Eastmoor Combined Authority"),
        ("Fairhill has received £300,000 from the Home Office to run the project.", "Home Office"),
        ("Grants of £500 were awarded by Dunmere's Police and Crime Commissioner.", "Dunmere's Police and Crime Commissioner"),
        ("The Department for Roads (DfR) has announced £4m of grants for bus lanes.", "Department for Roads"),
        ("The law lets the Commissioner to award grants to groups in Dunmere.", "Commissioner"),
        ("Clubs were given £900 by Dunmere's Police\nand Crime Commissioner.", "Dunmere's Police and Crime Commissioner"),
        ("Each year the PCVC contributes £50,000 to the county's trust.", "PCVC"),
        ("The Commissioner says his Quiet Streets Fund will pay for lighting in four parks.", "Commissioner"),
    ],
)
def test_the_body_in_a_funders_role_is_the_pages_funder(text: str, funder: str):
    assert page_funder(text) == funder


@pytest.mark.parametrize(
    "text",
    [
        "£5,000 was awarded to Northgate Parish Council for a play area.",  # the recipient
        "The Home Office published new guidance on knife crime this week.",  # a national body, no money of theirs
        "The Leader of Westby Council has awarded the prizes at the show.",  # an officer, not the body
        "Police and Crime Commissioners have been allocated £35m between them.",  # many commissioners
        "Eastmoor Borough Council has awarded £1,000 to a choir. Upton Town Council has awarded £800 to a band.",
        "Westby Town Council has approved its new standing orders.",  # approving no money
    ],
)
def test_no_funder_is_read_from_a_recipient_a_mention_an_officer_or_two_funders(text: str):
    assert page_funder(text) is None


def test_a_commissioners_printings_are_one_body_and_the_longest_is_kept():
    text = ("The PCC has allocated £12,000 to youth work.\n"
            "Grants from the Police and Crime Commissioner for Dunmere reached four clubs.")
    assert len(page_funders(text)) == 2
    assert page_funder(text) == "Police and Crime Commissioner for Dunmere"


_NEWS = """Village groups share £6,500
Upton Town Council has awarded £6,500 to village groups at its meeting this week.
The Upton Bowls Club has been awarded £1,500 towards new mats.
"""


def test_a_press_pages_facts_take_its_funder_with_the_evidence_kept(tmp_path: Path):
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "news.txt").write_text(_NEWS, encoding="utf-8")
    warehouse = tmp_path / "w.duckdb"
    assert run_ingest([tmp_path / "raw" / "news.txt"], warehouse).ok
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        rows = con.execute(
            "SELECT f.fact_table, b.name, f.evidence, f.evidence_text FROM fact_bodies f LEFT JOIN bodies b ON b.id = f.body_id"
        ).fetchall()
    finally:
        con.close()
    assert rows
    assert {(name, evidence, text) for _, name, evidence, text in rows} == {
        ("Upton Town Council", "page_funder", "Upton Town Council")
    }


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Decisions taken by Officers of the Eastmoor Combined Authority (ECA)\nRef | Subject\n", "Eastmoor Combined Authority"),
        ("Upton Town Council\nNews\nThe bowls club thanks everyone who came.", "Upton Town Council"),
        ("Grant for Northgate Parish Council\nThe parish will mend its hall.", None),  # a recipient in the title
        ("News\nEvents\nContact\nUpton Town Council", None),  # below the first three lines
    ],
)
def test_a_heading_in_the_first_lines_names_the_body_it_is_or_is_of(text: str, body: str | None):
    assert page_heading(text) == body
