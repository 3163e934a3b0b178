"""Session 23 robustness: a page read the same whatever a site does with white space (scripts/robustness.py):
double-spaced pages read single-spaced (``readers.spacing``), a label closed by ':-' never read as a wrapped line."""

from structure_helpers import document

from extractors.extraction import extract_document
from extractors.readers.spacing import single_spaced
from extractors.readers.spans import soft_break

_MINUTES = """\
Minutes of the Meeting of the Brookford Village Hall Committee held on Tuesday 4 March 2025

Present:
Councillor Ann Lowe (Chair)
Councillor Bob Ray
Councillor Cara Dale

Apologies:
Councillor Dan Holt

1. Minutes of the last meeting
The minutes were approved.
2. Hall roof
The committee noted the quote for the roof.
"""


def _doubled(text: str) -> str:
    """The page as a double-spaced rendering prints it: an empty line after every line."""
    return "\n\n".join(text.split("\n"))


def test_a_doubled_page_reads_as_the_page_it_doubles():
    doubled = _doubled(_MINUTES)
    read = single_spaced(doubled)
    assert len(read) == len(doubled)
    assert [line.strip() for line in read.rstrip().split("\n")] == [line.strip() for line in _MINUTES.rstrip().split("\n")]


def test_paragraphs_a_line_and_single_spaced_pages_are_left_as_printed():
    paragraphs = "Minutes of the hall committee\n\nPresent: Ann Lowe (Chair\n\nIn attendance: Bob Ray\n\n1. Minutes\n\n2. Roof\n"
    assert single_spaced(paragraphs) is paragraphs
    assert single_spaced(_MINUTES) is _MINUTES
    # Two empty lines (three breaks) between lines: no page doubled that way.
    uneven = _doubled(_MINUTES).replace("\n\n\n\n", "\n\n\n")
    assert single_spaced(uneven) is uneven


def test_a_doubled_page_gives_the_facts_of_the_page_with_spans_into_the_stored_text():
    def facts(text):
        parsed = document(text)
        found = extract_document(parsed).structure
        for record in [*found.attendees, *found.agenda_items, *found.meetings]:
            span = record.provenance
            assert parsed.text[span.start : span.end] == span.text
        return (
            sorted((a.name, a.attendance) for a in found.attendees),
            [(i.number, i.title) for i in found.agenda_items],
            [m.date for m in found.meetings],
        )

    single = facts(_MINUTES)
    assert single[0] and single[1]
    assert facts(_doubled(_MINUTES)) == single


def test_a_label_closed_by_a_colon_and_dash_is_no_wrapped_line():
    label = "Officers of the partnership in attendance at the request of the Chair:-"
    assert len(label) >= 50
    assert not soft_break(label, "Ann LOWE")
    assert soft_break("The committee heard from the chair of the partnership on the hall roof -", "and its costs")


_LONG = (
    "Present: Councillor Ann Lowe (Chair), Councillor Bob Ray, Councillor Cara Dale, Councillor Dan Holt, "
    "Councillor Eve Marsh and Councillor Fay Stone of the Brookford Village Hall Committee"
)


def test_a_page_hard_wrapped_at_a_fixed_width_reads_its_lines_whole():
    import textwrap

    from extractors.readers.spacing import rewrapped

    page = "Brookford Village Hall Committee\n" + "\n".join(textwrap.wrap(_LONG, 60)) + "\nApologies: None\n"
    read = rewrapped(page)
    assert len(read) == len(page)
    assert read.split("\n")[1] == _LONG and read.split("\n")[2] == "Apologies: None"
    short = "Brookford Village Hall Committee\nPresent: Ann Lowe\nApologies: None\n"
    assert rewrapped(short) is short


def test_a_label_line_is_never_joined_to_a_full_line_above():
    from extractors.readers.spacing import rewrapped

    lines = [_LONG[:70], "Officers present:", _LONG[:70], "Apologies:", _LONG[:70], "Guests:", "Ann Lowe"]
    page = "\n".join(lines)
    assert rewrapped(page) is page


def _wrapped_page(*rows: str) -> str:
    """A page wrapped at 80 characters: ``rows`` under four wrapped lines of prose (the page's evidence)."""
    import textwrap

    return "\n".join([*textwrap.wrap(f"{_LONG} and {_LONG}", 80), "", *rows]) + "\n"


def test_award_lines_each_ending_in_its_amount_are_not_joined():
    from extractors.readers.spacing import rewrapped

    rows = ["Brookford Youth Club for a minibus to take its members to the coast in May £12,000", "Ashvale Rowing Club £800"]
    page = _wrapped_page(*rows)
    assert rewrapped(page).split("\n")[-3:-1] == rows


def test_a_label_opening_a_full_wrapped_line_carries_on_the_line_above():
    from extractors.readers.spacing import rewrapped

    rows = ["The meeting was held in the council chamber at the hall of the village, with", "Officers Present: Mrs Eve Fox (Clerk), Mr Gil Hart (Finance Officer) and Mr Ian"]
    assert rewrapped(_wrapped_page(*rows)).split("\n")[-2] == " ".join(rows)


def test_a_table_rows_last_cell_wrapped_to_the_margin_carries_on_the_row():
    from extractors.readers.spacing import rewrapped

    rows = ["* Cllr Ann Lowe              Chair of the Brookford Village Hall Committee,", "Eastby", "* Cllr Bob Ray"]
    read = rewrapped(_wrapped_page(*rows)).split("\n")
    assert read[-3:-1] == [f"{rows[0]} {rows[1]}", rows[2]]


def test_an_items_number_alone_and_a_date_under_a_title_keep_their_lines():
    from extractors.readers.spacing import rewrapped

    numbered = ["Present were the chair and members of the hall committee and the clerk (Ann Lowe)", "2."]
    assert rewrapped(_wrapped_page(*numbered)).split("\n")[-3:-1] == numbered
    dated = ["Minutes of the Brookford and Eastby Village Hall Committee Community Forum", "Wednesday 4th June 2025"]
    assert rewrapped(_wrapped_page(*dated)).split("\n")[-3:-1] == dated


def test_a_minutes_title_ending_meeting_on_over_its_date_names_the_body():
    page = (
        "Minutes of the Brookford Parish Council meeting on\n\nMonday 27th April 2020\n\n"
        "Present: Cllr Ann Lowe (Chair), Cllr Bob Ray\n\n1. Apologies\n\nNone were received.\n"
    )
    found = extract_document(document(page)).structure.meetings
    assert [(m.body, m.date.isoformat()) for m in found] == [("Brookford Parish Council", "2020-04-27")]


def test_a_minutes_heading_run_on_after_a_pages_running_title_opens_its_line():
    from extractors.readers.runon import reflowed

    flat = (
        "Minutes - Extraordinary meeting - 1st August 2025 Sheet 12 Minutes of the Eastby Parish Council Meeting held at "
        "the Village Hall on Monday 1st August 2025. " + "The clerk read the notice of the meeting to the members. " * 3
    )
    assert reflowed(flat).split("\n")[1].startswith("Minutes of the Eastby Parish Council Meeting held")
    minute = "Sheet 12 " + "The chair welcomed the members. " * 6 + "Minutes of the meeting held on 3 May (previously circulated)"
    assert "\n" not in reflowed(minute)
