"""Grant rules read the same facts whether or not the text keeps blank lines between paragraphs.

Each case is one small text of our own words, read as printed and with its blank lines removed
(or doubled), as different HTML-to-text renderings give it.
"""

from __future__ import annotations

from pathlib import Path

from extractors.facts import extract_facts
from extractors.parsing.parse_text import parse_text


def _facts(text: str) -> dict:
    facts = extract_facts(parse_text(Path("x.txt"), text.encode(), "0" * 64))
    return facts if isinstance(facts, dict) else facts.model_dump(mode="json")


def _without_blank_lines(text: str) -> str:
    return "\n".join(line for line in text.split("\n") if line.strip())


def _with_blank_lines(text: str) -> str:
    return "\n\n".join(text.split("\n"))


def _projects(text: str) -> set[tuple]:
    return {(p["name"], p["amount"], p["financial_year"]) for p in _facts(text)["projects"]}


RUN_ON_AFTER_TITLE = """Borsetshire Commissioner Hands Out £9,000 to Village Groups

3rd May 2021

The money comes from the sale of unclaimed goods held by the constabulary.

Groups that were given grants included: Ambridge Cricket Club - £2000 Loxley Barrett Youth Band - £1500 Penny Hassett Scouts - £750
"""


def test_run_on_list_read_when_title_with_figure_joins_its_paragraph():
    expected = {
        ("Ambridge Cricket Club", 2000.0, None),
        ("Loxley Barrett Youth Band", 1500.0, None),
        ("Penny Hassett Scouts", 750.0, None),
    }
    assert _projects(RUN_ON_AFTER_TITLE) == expected
    assert _projects(_without_blank_lines(RUN_ON_AFTER_TITLE)) == expected
    assert _projects(_with_blank_lines(RUN_ON_AFTER_TITLE)) == expected


def _allocations(text: str) -> set[tuple]:
    return {(a["kind"], a["amount"], a["financial_year"]) for a in _facts(text)["allocations"]}


DECISION_TWO_LINES = """Decision Ref:

2023/41

Issue:

Safer Streets Small Grants Round

Decision:

I have approved the awards to the groups listed in Annex B.
In total the grants come to £7,400

Date of Decision:

14th June 2023

Decision Maker:

PCC
"""


def test_double_spaced_text_keeps_a_decision_paragraph_whole():
    """A rendering that puts a blank line after every line keeps the approval and its total together."""
    expected = {("approved_total", 7400.0, "2023/24")}
    assert _allocations(DECISION_TWO_LINES) == expected
    assert _allocations(_with_blank_lines(DECISION_TWO_LINES)) == expected


def test_double_spaced_text_splits_blocks_where_single_spaced_text_does():
    """Blank lines after every line are line ends; the doubled blank lines between paragraphs still split."""
    from extractors.readers.blocks import split_blocks

    text = (
        "Grants Panel\n\nThe panel met twice in the spring.\nIt agreed three awards.\n\n"
        "The fund is now closed.\nA new round opens in May.\n\nBids go to the clerk.\nForms are online.\n"
    )
    assert len(split_blocks(text)) == 4
    assert len(split_blocks(_with_blank_lines(text))) == 4


def _kinds(text: str) -> list[tuple[str, str]]:
    from extractors.readers.blocks import split_blocks

    return [(b.kind, text[b.start : b.end].split("\n")[0]) for b in split_blocks(text)]


STACKED_HEADINGS = """Jump to main content
You are here
Village Halls Fund
This year the Trust has a halls budget of £40,000, of which £30,000 has gone to parish councils.
"""


def test_heading_under_a_heading_needs_no_blank_line():
    """Navigation lines and a page title stacked without blank lines are headings, not one paragraph."""
    expected = [
        ("heading", "Jump to main content"),
        ("heading", "You are here"),
        ("heading", "Village Halls Fund"),
        ("paragraph", "This year the Trust has a halls budget of £40,000, of which £30,000 has gone to parish councils."),
    ]
    assert _kinds(STACKED_HEADINGS) == expected
    assert _kinds(_with_blank_lines(STACKED_HEADINGS)) == expected


COLON_DASH_LEAD_IN = """The panel discussed the report and the following points were made: -
Awards Made by Officers
A grant of £300 was made to the Borchester Art Club for an exhibition.
"""


def test_colon_dash_ends_a_lead_in_so_a_heading_may_follow():
    """'made: -' ends its paragraph like 'made:'; the short title after it is a heading."""
    kinds = [kind for kind, _ in _kinds(COLON_DASH_LEAD_IN)]
    assert kinds == ["paragraph", "heading", "paragraph"]
    assert [kind for kind, _ in _kinds(_without_blank_lines(COLON_DASH_LEAD_IN.replace("\n", "\n\n")))] == kinds


RUN_TOGETHER_PARAGRAPHS = """The Board has approved its annual plan for the coming year, which sets out how officers will support the community.
Its small grants scheme for youth clubs opens next week and will be run by the community team across the county.
The scheme is one of three launched by the Board in 2022-23 totalling £90k, and a further round is planned for next year.
"""


def test_total_takes_no_approval_from_a_distant_paragraph():
    """Paragraphs run together without blank lines do not lend the first one's approval to a later total."""
    assert not {a for a in _allocations(RUN_TOGETHER_PARAGRAPHS) if a[0] == "approved_total"}
    assert not {a for a in _allocations(RUN_TOGETHER_PARAGRAPHS.replace("\n", "\n\n")) if a[0] == "approved_total"}


YEAR_TWO_PARAGRAPHS_ON = """The council's community chest drew many bids this spring, and most of the money went to groups funded before.
After the first list was published, a further four groups were awarded funding on appeal. Among the beneficiaries were the Ambridge Bell Ringers, the Loxley Choir and the Borchester Chess Club.
Groups that were turned down include the Felpersham Film Society and the Hollerton Darts League.
Other groups saw their grants cut, such as Darrington Youth Club, whose grant fell from £8,000 in 2019/20 to £6,000 in 2020/21.
"""


def test_project_year_not_read_two_paragraphs_on():
    """A year two paragraphs after a named award is not its year, blank lines between them or not."""
    for text in (YEAR_TWO_PARAGRAPHS_ON, YEAR_TWO_PARAGRAPHS_ON.replace("\n", "\n\n")):
        years = {p["financial_year"] for p in _facts(text)["projects"] if p["name"] == "Ambridge Bell Ringers"}
        assert years <= {None}


YEAR_IN_NEXT_PARAGRAPH = """Small grant for village football club
A football club in Borsetshire has been awarded almost £500 from the commissioner's safer villages fund.
Penny Hassett Football Club has been given £480 to run Friday evening training sessions for teenagers in the village.
The commissioner is providing £60,000 in 2022/23 through the fund in grants of between £100 and £2,000.
The fund supports community safety work across the county.
The fund is one part of £1.2 million of the commissioner's community funding for 2021/22.
"""


def test_project_year_read_from_the_next_paragraph_either_way():
    """The year in the sentence after an award is read whether the two lines are one block or two paragraphs."""
    for text in (YEAR_IN_NEXT_PARAGRAPH, _with_blank_lines(YEAR_IN_NEXT_PARAGRAPH)):
        years = {p["financial_year"] for p in _facts(text)["projects"] if p["name"].startswith("Penny Hassett Football Club")}
        assert years == {"2022/23"}


PROSE_WITH_WIDE_SPACING = (
    "Grants Made by Officers\n\n"
    "It was reported that a grant had been made to the Borchester Bowls Club in the sum of £250 towards new mats.  "
    "Furthermore, a grant had been made to the Loxley Singers in the sum of £380 towards a concert.\n"
)


def test_tab_between_sentences_is_spacing_not_a_table_cell():
    """A rendering that turns the double space after a full stop into a tab leaves the paragraph prose."""
    from extractors.readers.blocks import split_blocks

    tabbed = PROSE_WITH_WIDE_SPACING.replace("  ", "\t")
    assert [b.kind for b in split_blocks(tabbed)] == [b.kind for b in split_blocks(PROSE_WITH_WIDE_SPACING)]
    assert [b.kind for b in split_blocks("Borchester Bowls Club\t£250\nLoxley Singers\t£380\n")] == ["table_row", "table_row"]


def test_tab_after_a_resolution_lead_and_its_marker_is_spacing():
    """'Resolved:-<TAB>(i)<TAB>That ...' is a resolution, not a table row, as it is with spaces."""
    from extractors.readers.blocks import split_blocks

    spaced = "Resolved:-        (i)      That the Darrington Scouts be awarded a grant of £640 as applied.\n"
    tabbed = spaced.replace("        ", "\t").replace("      ", "\t")
    assert [b.kind for b in split_blocks(tabbed)] == [b.kind for b in split_blocks(spaced)] != ["table_row"]


DECISION_HEADER = """Borsetshire Police Headquarters
Station Road, Borchester, BR1 2AB
Email the Office of the Commissioner
Office of the Commissioner for Borsetshire
Decisions
Decision Notices 2023
Decision Notice
Title and Reference – BPCC/D/014
Subject: Extension of the rural watch grants scheme
Report of: Chief Executive
Date: 09/08/2023
The Commissioner is asked to extend the rural watch grants scheme for a further year.
"""


def test_report_header_a_few_lines_down_in_double_spaced_text():
    """A header a few printed lines into the paper is found whether or not blank lines stand between them."""
    for text in (DECISION_HEADER, _with_blank_lines(DECISION_HEADER)):
        assert [r["title"] for r in _facts(text)["reports"]] == ["Extension of the rural watch grants scheme"]


def test_label_alone_takes_its_value_after_a_blank_line():
    """'Title of report:' on its own line takes the next printed line as its value, blank line between or not."""
    from extractors.proceedings.report_header import find_header_blocks

    text = "Title of report:\nVillage Hall Grants\nReport by:\nHead of Funding\nDate:\n3 May 2024\n"
    for variant in (text, _with_blank_lines(text)):
        assert [b.value("title") for b in find_header_blocks(variant)] == ["Village Hall Grants"]
