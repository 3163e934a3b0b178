"""Fallback award readers: a clause around a figure no other reader claimed, and entries run on with semicolons."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors.facts import extract_facts
from pipeline.read import parse_file


def _projects(tmp_path: Path, text: str) -> dict[str, tuple[float | None, str | None]]:
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    facts = extract_facts(parse_file(path))
    return {p.name: (float(p.amount) if p.amount is not None else None, p.status) for p in facts.projects}


LEAD = "The Tarnside Youth Fund has supported projects across the valley this year.\n\n"


@pytest.mark.parametrize(
    ("sentence", "name", "amount"),
    [
        ("Fellgate Boxing Club was awarded £3,500 in funding to stage a show for young people.", "Fellgate Boxing Club", 3500),
        ("Millby Town Council benefitted from £2,400 for drop-in bus sessions.", "Millby Town Council", 2400),
        ("Moss Lane Pantry CIC gets £8,000 towards walks, while Served with Care receives £4,000 to cook meals.",
         "Served with Care", 4000),
        ("Recent gifts have included the Old Mill Shelter in Dunholm which won £1,250.", "Old Mill Shelter", 1250),
        ("Brookside Lads (part of Tarn Youth Works) was awarded second place and given £900.", "Brookside Lads", 900),
        ("The Youth Circle in Eastby, Tarnshire, have secured £2, 345 to run evening sessions.", "Youth Circle", 2345),
        ("DCMS has awarded a grant of £12,600 to the Quiet Harbour Trust for the period April to June.",  # funder named
         "Quiet Harbour Trust", 12600),
        ("That a grant of £480 per annum (most of the new rent) be awarded to the Trustees of Tarn Mill Museum, "
         "towards the rent.", "Trustees of Tarn Mill Museum", 480),
    ],
)
def test_award_clause_names_its_recipient(tmp_path: Path, sentence: str, name: str, amount: float) -> None:
    found = _projects(tmp_path, LEAD + sentence + "\n")
    assert found.get(name) == (amount, "approved"), found


def test_each_receive_gives_the_figure_to_every_listed_body(tmp_path: Path) -> None:
    text = LEAD + "Three groups, Tarn Chapel Group, Fell Shamrocks GAC and Dale Rovers will each receive £40,000 towards new halls.\n"
    found = _projects(tmp_path, text)
    assert {n: found.get(n) for n in ("Tarn Chapel Group", "Fell Shamrocks GAC", "Dale Rovers")} == {
        "Tarn Chapel Group": (40000, "approved"), "Fell Shamrocks GAC": (40000, "approved"), "Dale Rovers": (40000, "approved"),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Westby Town Council has awarded £8,450 across its parishes this winter.",  # the giver, not a recipient
        "Tarnshire has been awarded £9,000,000 of which Westby Council have been allocated £320,000.",  # a place, a council
        "A local charity has been awarded £4,000 to pass on to projects.",
        "The council agreed payment of £4 to the Tarn Village Hall as hire charge for this meeting.",  # a payment for a service
        "One group working on its bid for £2,000 in funding is the Shakerley Lane Partnership.",  # a bid
        "Fell Rovers hope to receive £700 next year.",
        "Tarnby Parish Council received £7,000 precept from the district.",
    ],
)
def test_clause_that_gives_no_body_money_is_no_project(tmp_path: Path, sentence: str) -> None:
    assert _projects(tmp_path, LEAD + sentence + "\n") == {}


def test_semicolon_run_after_a_bullet_glyph(tmp_path: Path) -> None:
    text = (
        "Clubs that have received Valley Chest grants since April are:\n\n"
        "l Tarn Playgroup — £350 to improve an outdoor area; Fell Film Club — £415 for a projector; Dale Players — £500"
        " for costumes; Hill Singers\n"
    )
    found = _projects(tmp_path, text)
    assert found == {"Tarn Playgroup": (350, "approved"), "Fell Film Club": (415, "approved"), "Dale Players": (500, "approved")}


def test_semicolon_run_of_payments_is_no_grant_list(tmp_path: Path) -> None:
    text = "The council agreed the following payments: Tarn Water – £350; Fell Electric – £415; Hall cleaning – £90.\n"
    assert _projects(tmp_path, text) == {}


@pytest.mark.parametrize("raw", ["Ann Lowe", "Mr T Lowe", "Charity", "Tarnshire", "Westby Borough Council", "It", "The Community Fund"])
def test_no_body_is_read_as_a_recipient(raw: str) -> None:
    from extractors.grants.project_clauses import _recipient

    assert _recipient(raw) is None


@pytest.mark.parametrize(("raw", "name"), [("Fell Foundation for the", "Fell Foundation"), ("TARNCARE", "TARNCARE"),
                                           ("Re-engage", "Re-engage"), ("Tarn Town Council", "Tarn Town Council")])
def test_recipient_kept_as_printed(raw: str, name: str) -> None:
    from extractors.grants.project_clauses import _recipient

    assert _recipient(raw) == name


def test_pronoun_award_goes_to_the_body_the_sentence_before_is_about(tmp_path: Path) -> None:
    text = (
        LEAD + "Tarn Pipers is a pipe band that practises in the Drill Hall on Mill Lane. They were awarded £1,500 towards"
        " uniforms.\n\nAmong the projects receiving support is Fellside Housing Support who find rooms for young people.\n\n"
        "It received £3,000 for a fitness van.\n\nAnn Lowe is a volunteer. She received £50.\n"
    )
    assert _projects(tmp_path, text) == {"Tarn Pipers": (1500, "approved"), "Fellside Housing Support": (3000, "approved")}


def test_pronoun_for_a_council_or_a_person_names_no_project(tmp_path: Path) -> None:
    text = LEAD + "Westby Borough Council is leading the bid for the valley. It received £20,000 for the scheme.\n"
    assert _projects(tmp_path, text) == {}


def test_figure_for_a_named_body_of_a_kind(tmp_path: Path) -> None:
    text = (
        "Decisions\n\n4. That the Year 3 Programme incorporate £9,000 for Tarnby Film Festival in 2024/2025.\n\n"
        "5. The council agreed to provide £2,000 for Community Safety in the town.\n"
    )
    assert _projects(tmp_path, text) == {"Tarnby Film Festival": (9000, "approved")}


def test_donations_run_on_after_a_resolution(tmp_path: Path) -> None:
    text = (
        "Minutes of the Meeting of Tarnby Parish Council held on Tuesday 4 April 2023\n\n7. Donations\n"
        "It was resolved to make the following donations: Tarnby Village Hall £200, Fell Air Ambulance £150 and Tarnby"
        " Scouts £100.\n\n8. Section 137 grants\nResolved that the following grants be made - Tarnby Cricket Club £250;"
        " Dale Citizens Advice £300.\n"
    )
    found = _projects(tmp_path, text)
    assert found == {
        "Tarnby Village Hall": (200, "approved"), "Fell Air Ambulance": (150, "approved"), "Tarnby Scouts": (100, "approved"),
        "Tarnby Cricket Club": (250, "approved"), "Dale Citizens Advice": (300, "approved"),
    }


def test_payments_run_on_is_no_grant_list_under_a_grants_heading(tmp_path: Path) -> None:
    text = (
        "9. Grants and payments\nThe following payments were approved: Clerk salary £850.20; HMRC £210.00;"
        " Tarnby Village Hall (hire) £24.00.\n"
    )
    assert _projects(tmp_path, text) == {}


def test_bare_resolution_goes_to_the_applicant_heading_its_line(tmp_path: Path) -> None:
    text = (
        "Minutes of the Meeting of Tarnby Parish Council held on Tuesday 4 April 2023\n\n9. Grant requests\n"
        "a) Tarnby Bowls Club requested £500 for new mats. Resolved to award £400.\n"
        "b) Councillors agreed to support the Tarnby Carnival with a grant of £350.\n"
        "c) Donations – resolved to give £90.\n"
    )
    found = _projects(tmp_path, text)
    assert found == {"Tarnby Bowls Club": (400, "approved"), "Tarnby Carnival": (350, "approved")}


def test_list_line_name_stops_before_the_minuted_resolution(tmp_path: Path) -> None:
    text = (
        "Minutes of the Meeting of Tarnby Parish Council held on Tuesday 4 April 2023\n\n9. Grant requests\n"
        "b) Fell Hospice – resolved to donate £100.\n"
    )
    assert set(_projects(tmp_path, text)) == {"Fell Hospice"}


def test_run_on_entry_names_keep_their_and_and_the_line_year(tmp_path: Path) -> None:
    text = (
        "7. Donations\nIt was resolved to make the following donations for 2024/25: Tarnby Sports and Social Club £200,"
        " Fell Air Ambulance £150 for a new kit and Dale Scouts £100.\n"
    )
    found = _projects(tmp_path, text)
    assert found == {"Tarnby Sports and Social Club": (200, "approved"), "Fell Air Ambulance": (150, "approved")}


def test_regression_which_won_keeps_the_place_out_of_the_name(tmp_path: Path) -> None:
    """Two merged readers disagreed: the decision reader claimed 'X in Place which won £N' first and kept the place."""
    found = _projects(tmp_path, LEAD + "Recent gifts have included the Fell Choir in Tarnby which won £640.\n")
    assert found == {"Fell Choir": (640, "approved")}
