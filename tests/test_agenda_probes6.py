"""Agenda items of minutes and flattened meeting pages, round 17 classes (in our own words): parish minutes with
'(2) Apologies:-' run-in headings, running minute numbers with a heading ending at a full stop or colon
('1402   Finance. It was agreed ...'), and ModernGov rows flattened to one line each ending ' |'."""

from extractors.proceedings.structure import extract_structure, to_contract
from structure_helpers import document


def _items(text: str) -> list[tuple[str, str]]:
    return [(item.number or "", item.title) for item in to_contract(extract_structure(document(text)))["agenda_items"]]


# Class 1: parenthesised numbers, ':-' run-in headings, '(a)' sub-paragraphs.

PARISH = """\
(1) Present:- Mr Alan Frost (Chairman), Mrs Rita Bly, Mr Owen Tait (Clerk)
(2) Apologies:- Apologies received from Mrs Dee Hart.
(3) Minutes of Meeting Held on 4th March ;-
These were read and signed by the Chairman.
(4) Matters Arising:-
(a) Mr Tait had written to the County about the footpath stile.
(b) The Bus Shelter:-The Clerk had asked for a quote for repainting.
(5) Points raised at the Annual Parish Meeting:-
it was agreed to buy a new litter bin for the green.
(6) Payments:-
No 211 Clerk's salary £300.
(7) Village Show:- The Council would lend its marquee
to the show committee this year.
The Meeting Closed at 9pm.
"""


def test_parish_minutes_parenthesised_numbers_with_colon_dash_headings():
    assert _items(PARISH) == [
        ("(1)", "Present"),
        ("(2)", "Apologies"),
        ("(3)", "Minutes of Meeting Held on 4th March"),
        ("(4)", "Matters Arising"),
        ("(5)", "Points raised at the Annual Parish Meeting"),
        ("(6)", "Payments"),
        ("(7)", "Village Show"),
    ]


def test_parish_minutes_colon_dash_heading_over_lower_case_minute():
    text = """\
(1) Present:- Mrs Ann Cole (Chairman), Mr Rob Yeo
(2) Apologies:- None.
(3) Highways:-
the potholes on Mill Lane were reported again.
"""
    assert _items(text) == [("(1)", "Present"), ("(2)", "Apologies"), ("(3)", "Highways")]


def test_parish_minutes_lettered_sub_paragraphs_are_not_items():
    titles = [title for _, title in _items(PARISH)]
    assert not any(title.startswith(("Mr Tait", "The Bus Shelter")) for title in titles)


def test_numbered_resolution_list_with_colon_dash_is_not_minutes():
    text = """\
Report of the Clerk to the Finance Working Group
(1) Background:- The precept was set in January.
(2) Proposal:- That the reserve be increased.
"""
    assert _items(text) == []


def test_bracketed_paragraph_numbers_in_a_report_are_not_items():
    text = """\
Report to the Parish Council: Play Area Renewal
(1) The play area was installed in 1998 and is worn.
(2) Three suppliers were asked to quote for new equipment.
(3) The lowest quote was received from a local firm.
"""
    assert _items(text) == []


# Class 2: running minute numbers, heading run in up to a full stop or colon, or alone on its line.

RUNNING = """\
Minutes of the Meeting held on the 6th February

Present: T Lamb (Chairman), K. Orr, S. Pike

Apologies: F. Quill

1401       The Chairman welcomed everyone to the meeting

1402       Public Participation. A resident asked about the bench by the pond.

                The Clerk would ask the contractor to repair it.

1403       Minutes of the meeting held on the 5th December were approved and signed by the chairman.

1404       Matters Arising:                 The Chairman reported the grit bin had been refilled by the county.

1405       Finance. It was agreed to pay the hall hire invoice of £60.00

1406       Correspondence:          Letters from the county about road closures.
"""


def test_running_minute_numbers_heading_ends_at_full_stop_or_colon():
    # 1403 has no heading, only its sentence, between two headings numbered alike: a minute of the meeting all the same
    # (session 27: the conventions' minuted items, as the development sets' gold records such minutes).
    assert _items(RUNNING) == [
        ("1402", "Public Participation"),
        ("1403", "Minutes of the meeting held on the 5th December were approved and signed by the chairman"),
        ("1404", "Matters Arising"),
        ("1405", "Finance"),
        ("1406", "Correspondence"),
    ]


def test_minute_reference_heading_alone_with_text_below_in_community_council_minutes():
    text = """\
Minutes 12/05/2018

Minutes from the Glyn Community Council meeting held at 7pm on Monday 12th May 2018 at the Village Hall

Cllr Ann Rees                 Chair
Cllr Huw Bevan

17/201 Apologies of absence

No apologies had been received

17/202 Declarations of interest

None were made

17/203 Police report

1          The officer said there had been two thefts since the last meeting.
"""
    assert _items(text) == [("17/201", "Apologies of absence"), ("17/202", "Declarations of interest"), ("17/203", "Police report")]


def test_running_numbers_whole_sentences_are_not_items():
    text = """\
Minutes of the Meeting held on the 3rd April

Present: T Lamb (Chairman), K. Orr

1501       The Chairman welcomed the new clerk to the meeting.

1502       Minutes of the meeting held on the 6th March were approved and signed by the chairman.

1503       It was agreed that the grass would be cut monthly.
"""
    assert _items(text) == []


def test_numbered_report_paragraphs_with_run_in_full_stop_are_not_items():
    text = """\
Report of the Director of Finance to the Audit Committee

1.1 Purpose. This report sets out the draft accounts for the year.

1.2 Background. The accounts were prepared by the finance team in May.

1.3 Risks. There are no new risks arising from this report.
"""
    assert _items(text) == []


def test_running_numbers_name_before_full_stop_is_not_a_heading():
    text = """\
Minutes of the Meeting held on the 3rd April

Present: T Lamb (Chairman), K. Orr

1601       Mr Lamb. He reported that the hedge had been cut.

1602       Cllr Orr. She said the bus shelter was damaged.
"""
    assert _items(text) == []


# Class 3: a ModernGov page flattened to one line a row, each row ending ' |'.

FLAT_PAGE = """\
Apologies for Absence To receive any apologies for absence. Minutes: Councillor A Vale sent her apologies. |
Declarations of Interest To receive any declarations of interest. Minutes: There were none. |
To confirm the Minutes of the meeting held on 3 March 2025. Minutes: The Minutes were approved as a correct record. |
Parking Review To consider the report of the Head of Transport. Minutes: The Head of Transport presented the report.
RESOLVED: That the review be noted.
Annual Work Plan To note the committee's work plan for the year. Minutes: The plan was noted. |
"""


def test_flattened_page_rows_titled_before_to_verb_description():
    assert _items(FLAT_PAGE) == [
        ("", "Apologies for Absence"),
        ("", "Declarations of Interest"),
        ("", "Parking Review"),
        ("", "Annual Work Plan"),
    ]


def test_flattened_page_row_opening_with_to_verb_has_no_title():
    titles = [title for _, title in _items(FLAT_PAGE)]
    assert not any(title.startswith("To confirm") for title in titles)


def test_decision_record_lines_with_pipes_are_not_rows():
    text = """\
Decision: To approve the grant to the Youth Trust. |
Reason: To support youth services in the county. |
Alternatives considered: To make no grant. |
"""
    assert _items(text) == []


def test_single_flattened_row_is_not_an_agenda():
    text = """\
Budget Monitoring To note the budget position at the end of June. Minutes: The committee noted the position. |
"""
    assert _items(text) == []


def test_prose_lines_ending_in_pipe_without_minutes_labels_are_not_rows():
    text = """\
Road Safety Scheme To consider the plans for the new crossing outside the school. |
Library Hours To review the opening hours of the town library over the winter. |
"""
    assert _items(text) == []


def test_parish_minutes_semicolon_dash_heading_and_two_digit_numbers():
    text = """\
(9) Present:- Mr Ben Ash (Chairman), Mrs Jo Penn
(10) Planning;- the Council had no objection to the new garage at Elm Farm.
(11) Footpaths:- The stile near the church was mended.
"""
    assert _items(text) == [("(9)", "Present"), ("(10)", "Planning"), ("(11)", "Footpaths")]


def test_running_numbers_with_full_stop_after_number_and_run_in_heading():
    text = """\
Minutes of the Meeting held on the 1st May

Present: T Lamb (Chairman), K. Orr

14.   Highways. The Clerk reported that the verges had been cut.

15.   Finance. It was agreed to pay the insurance premium.
"""
    assert _items(text) == [("14", "Highways"), ("15", "Finance")]


def test_minute_paragraph_points_with_run_in_full_stop_are_not_items():
    text = """\
Minutes of the Meeting held on the 1st May

Present: T Lamb (Chairman), K. Orr

5. FINANCE

5.1 Payments. The payments listed were approved.

5.2 Budget. The budget was noted by members.

5.3 Reserves. It was agreed to keep the reserves as they are.

6. PLANNING

6.1 The application at the mill was noted.
"""
    assert _items(text) == [("5", "FINANCE"), ("6", "PLANNING")]


def test_flattened_page_rows_with_decision_cells_and_exclusion_row():
    text = """\
Declarations of Interest To receive declarations of interest. Decision: None were declared. |
Grants to Parishes To consider the report of the Head of Finance. Decision: The grants were approved. |
"""
    assert _items(text) == [("", "Declarations of Interest"), ("", "Grants to Parishes")]


def test_lettered_agenda_apologies_item_over_numbered_minute_points_is_no_minutes():
    text = """\
(a) Apologies for Absence: To receive apologies for absence from members.
(b) Declarations of Interest:
Minutes:
(a) Apologies
1.1 Councillor Ray Dunn, Deputy Leader of the Borough Council sent his apologies.
(b) Declarations of Interest
1.2 There were none.
"""
    assert _items(text) == []
