"""Review 11 near-misses (our own words) for the round 18-20 agenda/minuted rules: a planning reference between
colons is no minute reference; a whole word 'Additional' ending a title is no cut document label; a 'To ...' minute
closed by its full stop is no long heading."""

from extractors.proceedings.agenda_rows import page_title
from extractors.proceedings.structure import extract_structure, to_contract
from structure_helpers import document


def _items(text: str) -> list[tuple[str, str]]:
    return [(item.number or "", item.title.rstrip(".")) for item in to_contract(extract_structure(document(text)))["agenda_items"]]


_MINUTES = """\
Minutes of the meeting of Oakford Parish Council held on 3 March 2026 at 7pm in the Village Hall

Present: Councillor Amy Dale (Chair), Councillor Ben Ford, Councillor Carl Hewitt

1. Apologies for absence
Apologies were received from Councillor Dan Moss.

2. Declarations of interest
None.

3. Planning: 24/0123: Land at Mill Lane
The council had no objection to the application.

4. Finance: 006/24: Payments were approved as listed.
"""


def test_planning_reference_between_colons_is_no_minute_reference():
    items = dict(_items(_MINUTES))
    assert items["3"] == "Planning: 24/0123: Land at Mill Lane"
    assert page_title("Finance: 006/24: Payments were approved as listed.") == "Finance"


_AGENDA = """\
AGENDA
Oakford Town Council
Meeting of the Finance Committee, 4 March 2026 at 7.00pm

1. Apologies for absence
2. Declarations of interest
3. Grants - Additional
4. Budget Addition
5. Any other business
"""


def test_title_ending_in_the_word_additional_is_no_cut_label():
    items = dict(_items(_AGENDA))
    assert items["3"] == "Grants - Additional"
    assert items["4"] == "Budget Addition"
    assert page_title("Budget Monitoring Additional doc") == "Budget Monitoring"


_STOPPED = """\
Minutes of the meeting of the Hall Trustees held on 3rd May 2022
Present: Trustees Bee (Chair), Dee, Eff and the Clerk
41.22 Apologies and reasons for absence
Trustee Gee did not attend.
42.22 To summarise the discussion, the trustees had agreed that the hall would stay closed until the survey was done.
43.22 Date of next meeting
1st June 2022
"""


def test_to_minute_closed_by_full_stop_is_no_long_heading():
    # Session 27 (agenda27): a sentence minute in the minutes' own numbering, between 41.22 and 43.22, is a minute of
    # the meeting (conventions: the minuted items are the meeting's items), titled by its sentence; it was refused here.
    items = dict(_items(_STOPPED))
    assert items["42.22"].startswith("To summarise the discussion")
    assert set(items) == {"41.22", "42.22", "43.22"}
