"""Agenda item probe classes fixed in round 12 (short layouts in our own words)."""

from extractors.proceedings.agenda import find_items
from extractors.proceedings.minuted import find_minuted_items
from extractors.proceedings.split import find_minutes_headings
from extractors.proceedings.structure import extract_structure, to_contract
from structure_helpers import document


def _items(text: str) -> list[tuple[str, str]]:
    return [(item.number, item.title) for item in find_items(text)]


def _minuted(text: str) -> list[tuple[str, str]]:
    return [(item.number, item.title) for item in find_minuted_items(text)]


def _contract(text: str) -> list[tuple[str, str]]:
    return [(item.number or "", item.title) for item in to_contract(extract_structure(document(text)))["agenda_items"]]


def test_start_time_before_an_item_title_is_not_part_of_it():
    text = "AGENDA\n1. 10.00 Welcome and Apologies\n2. 10:05 Declarations of Interest\n3. 10.20am Budget Update\n"
    assert _items(text) == [("1", "Welcome and Apologies"), ("2", "Declarations of Interest"), ("3", "Budget Update")]


def test_bracketed_letter_sub_items_keep_their_printed_number():
    text = "AGENDA\n1. Apologies\n2. Reports from Committees\n2(a) Finance Committee\n2(b) Parks Committee\n3. Correspondence\n"
    assert [n for n, _ in _items(text)] == ["1", "2", "2(a)", "2(b)", "3"]


def test_indented_list_numbered_again_inside_an_item_is_no_item():
    text = "AGENDA\n1. Apologies\n2. Finance\n   1. Payments list\n   2. Bank reconciliation\n   3. Insurance renewal\n3. Planning\n"
    assert _items(text) == [("1", "Apologies"), ("2", "Finance"), ("3", "Planning")]


def test_deeper_numbers_that_continue_the_list_are_still_items():
    text = "AGENDA\n1. Apologies\n2. Minutes\n   3. Finance Report\n4. Planning\n"
    assert [n for n, _ in _items(text)] == ["1", "2", "3", "4"]


def test_street_address_after_the_list_is_no_item():
    text = "AGENDA\n1. Apologies\n2. Annual Report\n\nClerk: Ann Example\n4 Chapel Road, Greenford, GF1 2XY\n"
    assert _items(text) == [("1", "Apologies"), ("2", "Annual Report")]


def test_numbered_line_ending_in_money_is_a_table_row():
    text = "AGENDA\n1. Apologies\n2. Grants\n3 Riverside Youth Club £1,250\n4 Hillside Allotments 2,400\n"
    assert _items(text) == [("1", "Apologies"), ("2", "Grants")]


def test_item_word_over_its_title_on_the_next_line():
    text = "AGENDA\n\nItem 1.\nApologies for Absence\n\nItem 2.\nDeclarations of Interest\n\nItem 3.\nMinutes of the last meeting\n"
    assert [n for n, _ in _items(text)] == ["1", "2", "3"]


def test_long_lettered_notes_are_no_items():
    text = (
        "AGENDA\n1. Apologies\n2. Minutes\nNOTES\n"
        "(a) Members of the public are welcome to attend and watch the meeting but there is no opportunity to speak at it\n"
        "(b) Members should have regard to their own code of conduct when deciding whether they hold any interest in an item\n"
    )
    assert _items(text) == [("1", "Apologies"), ("2", "Minutes")]


GRANTS_PAGE = (
    "Agenda and minutes\nCommunity Grants Panel\nWednesday, 5th March, 2025 2.00 pm\n\nNo. Item\n\n"
    "Apologies for Absence\n\nMinutes:\nApologies were sent by Councillor Lee Moss.\n\n"
    "Community Grants Applications PDF 200 KB\n\nMinutes:\nThe panel agreed the awards below.\n\n"
    "Organisation £\n\nRiverside Youth Club 1,250\n\nName 1,250\n\nHillside Allotment Society 800\n\n"
    "Applicant\tAward\n\nMeadow Choir\t£300\n\n"
    "Date of Next Meeting\n\nMinutes:\nThe next meeting is on 4 June 2025.\n"
)


def test_table_rows_in_a_grants_panel_minute_are_no_unnumbered_items():
    assert [t for _, t in _items(GRANTS_PAGE)] == ["Apologies for Absence", "Community Grants Applications", "Date of Next Meeting"]


def test_heading_in_capitals_run_into_its_minute_on_a_short_line():
    text = (
        "MINUTES OF THE MEETING OF THE PLANNING COMMITTEE HELD ON 8 JULY 2025\n\nPRESENT: Councillor S Tate\n\n"
        "4. APOLOGIES Apologies were received from Councillor W Yates.\n"
        "5. PLANNING APPLICATIONS Members considered the schedule of applications.\n"
        "6. APPEALS The committee noted the appeal decisions.\n"
    )
    assert _minuted(text) == [("4", "APOLOGIES"), ("5", "PLANNING APPLICATIONS"), ("6", "APPEALS")]


def test_acronym_opening_a_numbered_sentence_is_not_cut_as_a_heading():
    text = "Minutes\n\n1. Apologies\nNone.\n2. CCTV Cameras were discussed at length.\n3. Finance\nAgreed.\n"
    assert ("2", "CCTV") not in _minuted(text)


def test_bracketed_minute_numbers():
    text = (
        "Minutes of the meeting of Hollins Town Council held on 4 November 2025\n\nPresent: Councillors K Lake, M North\n\n"
        "(87) Apologies\nCouncillor N Oliver sent apologies.\n(88) Declarations of Interest\nNone were declared.\n"
        "(89) Mayor's Announcements\nThe Mayor reported on recent events.\n"
    )
    assert _minuted(text) == [("(87)", "Apologies"), ("(88)", "Declarations of Interest"), ("(89)", "Mayor's Announcements")]


def test_min_prefix_is_not_part_of_the_minute_number():
    text = "Minutes\n\nPresent: Cllr E King\n\nMin 045/25 Apologies\nNone.\nMin 046/25 Declarations of interest\nNone.\nMin 047/25 Grass cutting\nRenewed.\n"
    assert [n for n, _ in _minuted(text)] == ["045/25", "046/25", "047/25"]


def test_item_linking_earlier_minutes_on_a_meeting_page_is_no_minutes_heading():
    text = (
        "Agenda and draft minutes\nTransport Board - Friday, 23rd July, 2021 1.00 pm\n\nNo. Item\n\n24.\n\nApologies for Absence\n\n"
        "25.\n\nMinutes of the meeting of the Transport Board held on 4 June 2021 pdf icon PDF 321 KB\n\nMinutes:\nAgreed.\n"
    )
    assert find_minutes_headings(text) == []
    assert [n for n, _ in _contract(text)] == ["24", "25"]


def test_numbered_sentence_with_a_verb_ending_in_a_full_stop_is_no_heading():
    text = (
        "Minutes of the Cabinet held on 10 March 2025\n\nPresent: Councillor A Bold\n\n"
        "1. Apologies for Absence\nThere were none.\n2. Housing Policy\nThe points made were:\n"
        "3. The policy was last updated in 2019.\n4. Demand has grown sharply.\n"
    )
    assert _minuted(text) == [("1", "Apologies for Absence"), ("2", "Housing Policy")]
