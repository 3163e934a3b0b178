"""The code review's open items of session 15, one regression test (or a few) named after each (in our own words)."""

from extractors.proceedings.structure import extract_structure, to_contract
from structure_helpers import document


def _items(text: str) -> list[tuple[str, str]]:
    return [(item.number or "", item.title) for item in to_contract(extract_structure(document(text)))["agenda_items"]]


# Item 1: a minute reference run into a heading line ('2. Planning OPC211:08.06.21 ...') overrides the other heading
# rules only when the references are one series: the same letters, serials in order.

_CODES_IN_POINTS = """\
Minutes of the Meeting of Elmby Parish Council held on Monday 7th June 2021

Present: Cllr Ann Bee (Chair), Cllr Tom Cee, Mrs Jo Dee (Clerk)

1. Apologies for absence

None were received.

2. Planning

1. Mill Lane PL2104: 3 houses. No objection.

2. Old Forge DC2087: 2 flats. No objection.

3. Highways

Two stiles were reported broken.

4. Date of next meeting

5th July 2021.
"""

_HEADINGS = [("1", "Apologies for absence"), ("2", "Planning"), ("3", "Highways"), ("4", "Date of next meeting")]


def test_run_reference_codes_with_different_letters_do_not_override_the_headings():
    assert _items(_CODES_IN_POINTS) == _HEADINGS


def test_run_reference_codes_out_of_order_do_not_override_the_headings():
    assert _items(_CODES_IN_POINTS.replace("DC2087", "PL2087")) == _HEADINGS


def test_run_reference_series_with_a_skipped_serial_still_heads_the_minutes():
    text = """\
MINUTES Parish Council Meeting Tuesday 8th June 2021 Village Hall ~ 7.30 pm

Attendees: Cllr P. Moss (Chairman) Cllr R. Dale Mrs T. Wren (Clerk)

1. Apologies for absence KPC310:08.06.21 None.

2. Declarations of Interest KPC311:08.06.21 None were declared.

3. Playing field KPC313:08.06.21 The new gate had been fitted.
"""
    assert _items(text) == [("1", "Apologies for absence"), ("2", "Declarations of Interest"), ("3", "Playing field")]


# Item 2: 'YYYY to YYYY' is a financial year only in a grant, funding or financial-year context.


def _years(text: str) -> list[str | None]:
    from extractors.readers.fiscal_year import find_financial_years

    return [year.year for year in find_financial_years(text, 0, len(text))]


def test_year_to_year_during_a_span_of_calendar_years_is_no_financial_year():
    assert _years("The footbridge was closed during 2023 to 2024 for repairs.") == []


def test_year_to_year_in_grant_or_financial_year_contexts_is_a_financial_year():
    assert _years("The parish precept for 2023 to 2024 was set.") == ["2023/24"]
    assert _years("In the financial year 2023 to 2024 the hall made a surplus.") == ["2023/24"]
    assert _years("Bids for the 2023 to 2024 grant closed in May.") == ["2023/24"]
    assert _years("The 2023 to 2024 funding was spent on lighting.") == ["2023/24"]
    assert _years("The path was rebuilt from 2023 to 2024 grant money.") == []


# Item 3: '>' opens a list item only before an award line ('> Name – £N ...'); a quoted e-mail's lines are prose.


def _block_kinds(text: str) -> list[tuple[str, str]]:
    from extractors.readers.blocks import split_blocks

    return [(block.kind, text[block.start : block.end].split("\n")[0]) for block in split_blocks(text)]


def test_symbol_bullet_quote_marker_lines_of_an_email_are_no_list_items():
    reply = "> Thank you for your note about the hall roof.\n> We can start on Monday and expect\n> to finish within the week.\n"
    text = "The clerk read the reply from the contractor.\n\n" + reply
    assert [kind for kind, _ in _block_kinds(text)] == ["paragraph", "paragraph"]


def test_symbol_bullet_quote_markers_before_award_lines_are_list_items():
    awards = "> Eastfield Bowls Club – £1,200 for a new mower\n> Fenwick Scouts – £800 for tents\n"
    text = "The groups that will benefit include:\n" + awards
    assert [kind for kind, _ in _block_kinds(text)][-2:] == ["item", "item"]


# Item 4: 'Successful and unsuccessful applications:' is a mixed lead, not a refusing one: each item's own words decide.


def _projects(text: str) -> list[tuple[str, float, str]]:
    from extractors.grants import funding
    from tests.funding_helpers import document as funding_document

    result = funding.to_contract(funding.extract_funding(funding_document(text)))
    return [(project.name, float(project.amount), project.status) for project in result["projects"]]


_MIXED = (
    "The panel met on 4 June to decide the spring round of the Village Fund.\n\n"
    "Successful and unsuccessful applications:\n\n"
    "- Eastfield Bowls Club - £1,200 (successful)\n- Fenwick Scouts - £800 (unsuccessful)\n"
    "- Marlow Lunch Club - £650 (successful)\n"
)


def test_refusing_lead_naming_both_outcomes_keeps_the_items_its_own_words_approve():
    assert _projects(_MIXED) == [("Eastfield Bowls Club", 1200.0, "approved"), ("Marlow Lunch Club", 650.0, "approved")]


def test_refusing_lead_naming_both_outcomes_gives_items_without_a_verdict_no_project():
    assert _projects(_MIXED.replace(" (successful)", "").replace(" (unsuccessful)", "")) == []


def test_refusing_lead_still_refuses_a_list_of_unsuccessful_applications():
    assert _projects(_MIXED.replace("Successful and unsuccessful", "Unsuccessful")) == []


# Item 6: the money rules read printed financial years from ``readers.fiscal_year``, never a pattern of their own.


def test_financial_year_patterns_of_the_grant_rules_live_in_fiscal_year():
    from pathlib import Path

    import extractors.grants

    inline = [path.name for path in Path(extractors.grants.__file__).parent.glob("*.py") if "(?:19|20)" in path.read_text(encoding="utf-8")]
    assert inline == []


def test_financial_year_shared_patterns_read_the_printed_forms():
    import re

    from extractors.readers.fiscal_year import YEAR_OR_TO_TEXT, YEAR_PAIR, YEAR_TEXT

    assert re.fullmatch(YEAR_PAIR, "2024 - 2025") and re.fullmatch(YEAR_TEXT, "FY24/25")
    assert re.fullmatch(YEAR_OR_TO_TEXT, "2024 to 2025") and not re.fullmatch(YEAR_TEXT, "2024 to 2025")


# Item 7: attendance's copy in title case and the capitals reader keep one list of short words and one of acronyms.


def test_capitals_word_lists_are_one_list_in_readers_capitals():
    import extractors.proceedings.attendance_capitals as attendance_capitals

    assert not {"_SHORT_WORDS", "_KEPT", "_JOINING"} & set(vars(attendance_capitals))


def test_capitals_word_lists_keep_two_initials_and_an_acronym_in_attendance():
    from extractors.proceedings.attendance_capitals import title_case

    printed = "PRESENT: DR AM ROE OF THE NHS TRUST, MRS B LEE. HELD ON 2ND MAY AT 7PM"
    assert title_case(printed) == "PRESENT: Dr AM Roe of the NHS Trust, Mrs B Lee. Held on 2nd May at 7pm"


# Item 8: on a page in capitals a lone initial 'A' before other initials and a surname stays a capital.


def test_capital_initial_a_after_a_plural_title_or_a_list_comma_stays_a_capital():
    from extractors.readers.capitals import recase

    assert recase("PRESENT: ALDERMEN A G EWART AND B HOLT") == "Present: Aldermen A G Ewart and B Holt"
    assert recase("PRESENT: COUNCILLOR B HOLT, A G EWART, C DAY") == "Present: Councillor B Holt, A G Ewart, C Day"


def test_capital_initial_a_as_an_article_before_a_letter_is_lowered():
    from extractors.readers.capitals import recase

    assert recase("THE COUNCIL AGREED, A B ROAD SCHEME") == "The Council agreed, a B Road Scheme"


def test_capital_initial_a_keeps_the_attendee_name():
    from extractors.facts import extract_facts

    text = "MINUTES OF THE PARISH COUNCIL MEETING HELD ON 4 MAY 2031\n\nPRESENT: ALDERMEN A G EWART AND B HOLT\n"
    # The shared title is given to each name (the gold's convention); 'A G EWART' was lost as 'a G Ewart'.
    assert [attendee.name for attendee in extract_facts(document(text)).attendees] == ["ALDERMAN A G EWART", "ALDERMAN B HOLT"]
