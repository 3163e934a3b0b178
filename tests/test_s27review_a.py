"""Review r27a (our own words): session 27's rules probed where they could misfire. A recording index's labels
carrying start times over 'N.M' points, and its times printed as ranges or in brackets; a line opening with the number
missing between two minutes that is a wrapped sentence or a date; one outcome lettered under a colon heading; a run of
figures that splits a budget; a funder's award 'by' the Lottery to the council."""

from __future__ import annotations

from extractors.proceedings.agenda import find_items
from tests.page_helpers import page_facts as _facts


def _items(page: str) -> list[tuple[str, str]]:
    return [(item.number, item.title) for item in _facts(page).agenda_items]


def test_labels_with_start_times_keep_their_numbered_points():
    page = (
        "Agenda Item 1 Apologies 19:00\nAgenda Item 2 Planning 19:05\n2.1 Application 24/0012 Rear extension at 3 Mill Lane\n"
        "2.2 Application 24/0019 New garage at Fell House\nAgenda Item 3 Finance 19:30\n3.1 To approve the payments\n"
    )
    assert [(item.number, item.title) for item in find_items(page)] == [
        ("1", "Apologies"),
        ("2", "Planning"),
        ("2.1", "Application 24/0012 Rear extension at 3 Mill Lane"),
        ("2.2", "Application 24/0019 New garage at Fell House"),
        ("3", "Finance"),
        ("3.1", "To approve the payments"),
    ]


def test_a_recording_index_drops_time_ranges_and_bracketed_times():
    page = (
        "Agenda item 1 Apologies 00:00 - 00:40\nAgenda item 2 Minutes (00:40)\nAgenda item 3 Ridge Farm [01:15]\n"
        "Agenda item 4 Appeals 01:15 – 1:02:07\n"
    )
    assert [(item.number, item.title) for item in find_items(page)] == [
        ("1", "Apologies"),
        ("2", "Minutes"),
        ("3", "Ridge Farm"),
        ("4", "Appeals"),
    ]


_MINUTES = "Minutes of the meeting of Tarnby Parish Council held on 3 April 2024\n\n"


def test_a_wrapped_line_opening_with_the_missing_number_is_no_minute():
    page = _MINUTES + (
        "1. Apologies\nNone were received.\n\n2. Play area\nThe inspection had found that\n"
        "3 Swings needed new chains and the seat of the roundabout was cracked, so the council agreed to replace them.\n\n"
        "4. Finance\nThe payments were approved.\n"
    )
    assert _items(page) == [("1", "Apologies"), ("2", "Play area"), ("4", "Finance")]


def test_a_date_or_a_differently_marked_number_is_no_minute():
    dated = _MINUTES + (
        "10 Apologies\nNone were received.\n\n11 Events\nComing events:\n\n"
        "12 June Summer Fete on the green, run by the Fete Committee with help from the school.\n\n"
        "13 Finance\nThe payments were approved.\n"
    )
    assert _items(dated) == [("10", "Apologies"), ("11", "Events"), ("13", "Finance")]
    marked = _MINUTES + (
        "1. Apologies\nNone were received.\n\n2. Trees\nThe works list:\n\n"
        "3 Oaks on the green are to be felled by the contractor in the autumn, as the tree survey advised.\n\n"
        "4. Finance\nThe payments were approved.\n"
    )
    assert _items(marked) == [("1", "Apologies"), ("2", "Trees"), ("4", "Finance")]


def test_a_sentence_minute_between_headings_still_counts():
    page = _MINUTES + (
        "1. Apologies\nNone were received.\n\n2. The guest speaker from the Fell Trust was welcomed.\n\n"
        "3. Finance\nThe payments were approved.\n\n4. Close\nThe meeting closed at 9pm.\n"
    )
    assert ("2", "The guest speaker from the Fell Trust was welcomed") in _items(page)


def test_one_outcome_lettered_under_a_colon_heading_is_no_point():
    page = _MINUTES + (
        "1. Apologies\nNone were received.\n\n2. Declarations of interest:\na) None.\n\n3. Accounts for payment:\n"
        "a) Approved.\n\n4. Grant application considered:\na) Fell Choir.\n\n5. Close\nThe meeting closed at 9pm.\n"
    )
    assert _items(page) == [
        ("1", "Apologies"),
        ("2", "Declarations of interest"),
        ("3", "Accounts for payment"),
        ("4", "Grant application considered"),
        ("4a", "Fell Choir"),
        ("5", "Close"),
    ]


def _projects(page: str) -> list[tuple[str, float]]:
    return [(project.name, float(project.amount)) for project in _facts(page).projects]


def test_a_run_splitting_a_budget_gives_no_projects():
    assert _projects(
        "The council resolved to allocate £3,000 for Grounds Maintenance, £1,500 for Street Lighting and £800 to the "
        "Elections Reserve.\n"
    ) == []
    assert _projects(
        "Members agreed to give £2,000 to general reserves, £4,500 for the grass cutting contract and £600 for the "
        "Christmas Lights.\n"
    ) == []
    assert _projects("It was agreed to provide £5,000 for the Play Area Refurbishment and £2,000 for the Website Upgrade.\n") == []


def test_a_run_of_gifts_still_gives_its_projects():
    assert _projects("The council agreed to give £250 towards the costs of Tarnby Carnival and £300 to Fell Choir.\n") == [
        ("Tarnby Carnival", 250.0),
        ("Fell Choir", 300.0),
    ]


def test_a_funders_award_to_the_council_is_not_what_the_council_gave_out():
    lead = "Community grants 2023/24\nThe council awarded grants to twelve local groups this year.\n"
    lottery = lead + "£50,000 was awarded by the National Lottery Heritage Fund to the Parish Council for the roof.\n"
    assert _facts(lottery).allocations == []
    given = lead + "£6,400 of grants was handed out by district councillors.\n"
    assert [(a.kind, float(a.amount)) for a in _facts(given).allocations] == [("approved_total", 6400.0)]
