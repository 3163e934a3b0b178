"""Agenda items, round 21 classes (in our own words): the last item's title cut off where an excerpt stops is left out;
a long minute heading opening like a sentence that names a standing
item with no verb is an item; the apologies item minuted as its own sentence is titled by its
opening words; a minute heading in capitals closed by a full stop or a comma, or
run on into lower case, before its minute ('1. APOLOGIES FOR ABSENCE. There were none.') is titled by its capitals."""

from extractors.proceedings.structure import extract_structure, to_contract
from structure_helpers import document


def _facts(text: str) -> dict:
    return to_contract(extract_structure(document(text)))


def _items(text: str) -> list[tuple[str, str]]:
    return [(item.number or "", item.title.rstrip(".")) for item in to_contract(extract_structure(document(text)))["agenda_items"]]


# Class 1: a capitals heading run into its minute at a full stop, a comma or a lower-case word.

_STOPPED = """\
Parish Council Meeting Minutes 4th March 2025 (village hall)

PRESENT: Councillors B Ash (Chairman), Cllrs Mrs Oak, C Elm and the Clerk, Mr D Yew.
1. APOLOGIES FOR ABSENCE. Cllr Hazel had sent her apologies.

2. DECLARATIONS OF INTEREST. There were none.

3. MINUTES OF THE LAST MEETING, were approved and signed by the Chairman.

4. NOTICE BOARDS AND BENCHES by the green. The Clerk reported that two benches needed new slats.

5. CLERK’S AND TREASURER’S REPORTS. These had been sent round before the meeting and were noted.
"""


def test_capitals_heading_closed_by_a_full_stop_is_the_title():
    assert _items(_STOPPED) == [
        ("1", "APOLOGIES FOR ABSENCE"),
        ("2", "DECLARATIONS OF INTEREST"),
        ("3", "MINUTES OF THE LAST MEETING"),
        ("4", "NOTICE BOARDS AND BENCHES"),
        ("5", "CLERK’S AND TREASURER’S REPORTS"),
    ]


def test_a_double_number_before_a_stopped_capitals_heading():
    text = (
        "Minutes of the meeting of Lowfield Group Parish Council held on 2 June 2025\n\nIn Attendance\n\n"
        "Councillor P Rowan [Chair]\n\n"
        "  1. 1. APOLOGIES FOR ABSENCE. Apologies had been received from Cllr Birch.\n"
        "  2. 2. DECLARATIONS OF INTEREST by members. None were reported.\n"
        "  3. PLAY AREA INSPECTION. The inspection report was received and noted.\n"
    )
    assert _items(text) == [("1", "APOLOGIES FOR ABSENCE"), ("2", "DECLARATIONS OF INTEREST"), ("3", "PLAY AREA INSPECTION")]


def test_a_decision_word_in_capitals_is_no_heading():
    text = (
        "Minutes of the meeting of Brookside Parish Council held on 9 May 2025\n\nPresent: Cllrs A Ash, B Birch\n\n"
        "1. FINANCE. The accounts were presented.\n"
        "2. AGREED that the clerk renew the insurance.\n"
        "3. HIGHWAYS. Potholes on Mill Lane were reported again.\n"
    )
    titles = [title for _, title in _items(text)]
    assert "AGREED" not in titles
    assert ("1", "FINANCE") in _items(text) and ("3", "HIGHWAYS") in _items(text)


def test_capitals_title_running_on_into_its_own_mixed_case_words_is_kept_whole():
    # No sentence follows the capitals: the mixed-case words are part of the title.
    text = (
        "Minutes of the meeting of Hillcrest Parish Council held on 3 April 2025\n\nPresent: Cllrs A Ash, B Birch\n\n"
        "1. PLANNING APPLICATION 25/0412 Land off Mill Lane\n\nNo objection.\n\n"
        "2. CORRESPONDENCE\n\nNone.\n"
    )
    assert ("1", "PLANNING APPLICATION 25/0412 Land off Mill Lane") in _items(text)


def test_an_acronym_opening_a_sentence_between_headings_is_an_item():
    # Session 27: a minute with no heading, only its sentence, numbered between two headings is the meeting's item
    # (the conventions' minuted items; the development sets' gold records such minutes).
    text = (
        "Minutes of the meeting of Dale Parish Council held on 5 March 2025\n\nPresent: Cllrs A Ash, B Birch\n\n"
        "1. APOLOGIES. None.\n\n2. CCTV cameras were discussed and it was agreed to seek quotes.\n\n3. FINANCE. Payments were approved.\n"
    )
    assert [n for n, _ in _items(text)] == ["1", "2", "3"]


# Class 2: the apologies item minuted as its own sentence ('2. Apologies for absence were received from ...').

_APOLOGISED = """\
Minutes of the Meeting of Ashdown Parish Council held on Monday 2nd June 2025
Present: Councillors R Oak (Chair), S Birch and T Rowan.
1.  To ask whether anyone present is recording the meeting.
Nobody was recording.
2.  Apologies for absence were received from Councillors U Hazel and V Alder.
3.  DECLARATION OF INTEREST by any Councillor:
None were made.
"""


def test_apologies_minuted_as_a_sentence_is_titled_apologies():
    assert ("2", "Apologies for absence") in _items(_APOLOGISED)
    assert ("3", "DECLARATION OF INTEREST by any Councillor") in _items(_APOLOGISED)


def test_apologies_were_given_short_form():
    text = (
        "Minutes of the Meeting of Fenby Parish Council held on 5 May 2025\nPresent: Cllrs A Ash, B Birch\n"
        "1. Apologies were given by Cllr Elm.\n2. Minutes of the last meeting: approved and signed.\n3. Finance: payments were agreed.\n"
    )
    assert _items(text)[0] == ("1", "Apologies")


def test_a_lone_apologies_sentence_is_no_item():
    # One numbered line alone is a paragraph of the minutes, not an item list.
    text = "Minutes of the Meeting of Kirby Parish Council held on 5 May 2025\nPresent: Cllrs A Ash, B Birch\n1. Apologies were received from Cllr Elm.\n"
    assert _items(text) == []


def test_a_sentence_about_apologies_not_opening_the_line_is_a_sentence_minute():
    # Session 27: a minute with no heading, only its sentence, numbered between two headings is the meeting's item
    # (the conventions' minuted items; the development sets' gold records such minutes).
    text = (
        "Minutes of the Meeting of Kirby Parish Council held on 5 May 2025\nPresent: Cllrs A Ash, B Birch\n"
        "1. APOLOGIES. None.\n2. The apologies were noted by the meeting and accepted.\n3. FINANCE. Payments were approved.\n"
    )
    assert _items(text)[1] == ("2", "The apologies were noted by the meeting and accepted")


# Class 3: a long heading opening like a sentence ('The', 'Members') that names a standing item, with no verb.

_NAMED = """\
Minutes of the Meeting of Westmoor Town Council held on 3rd March 2025
Present: Councillors A Ash (Mayor), B Birch, C Cedar.
1.    Apologies
Apologies for absence had been received from Cllr D Elm.
2.    The Minutes of the last meeting held on 3rd February 2025 at the Town Hall
The minutes were confirmed and signed by the Mayor.
3.    Members of the Public Participation - questions from residents at the discretion of the Mayor
No questions were raised.
4.    Grants to Local Clubs
The grants were agreed.
"""


def test_a_long_heading_naming_the_minutes_is_an_item():
    assert ("2", "The Minutes of the last meeting held on 3rd February 2025 at the Town Hall") in _items(_NAMED)


def test_a_long_heading_naming_public_participation_is_an_item():
    assert [n for n, _ in _items(_NAMED)] == ["1", "2", "3", "4"]


def test_a_long_numbered_sentence_about_the_minutes_with_a_verb_is_a_sentence_minute():
    # Session 27: a minute with no heading, only its sentence, numbered between two headings is the meeting's item
    # (the conventions' minuted items; the development sets' gold records such minutes).
    text = _NAMED.replace(
        "2.    The Minutes of the last meeting held on 3rd February 2025 at the Town Hall",
        "2.    The Minutes of the last meeting will be signed at the next meeting of the council",
    )
    assert [n for n, _ in _items(text)] == ["1", "2", "3", "4"]


def test_a_long_numbered_action_naming_no_standing_item_is_a_sentence_minute():
    # Session 27: a minute with no heading, only its sentence, numbered between two headings is the meeting's item
    # (the conventions' minuted items; the development sets' gold records such minutes).
    text = _NAMED.replace(
        "3.    Members of the Public Participation - questions from residents at the discretion of the Mayor",
        "3.    The Clerk to contact the highways team about the potholes along the lane by the school",
    )
    assert [n for n, _ in _items(text)] == ["1", "2", "3", "4"]


def test_a_capitals_heading_closed_by_a_full_stop_heads_a_sentence_the_excerpt_cuts():
    text = _STOPPED + "\n6. COUNCILLORS’ DUTIES. Details of e"
    assert _items(text)[-1] == ("6", "COUNCILLORS’ DUTIES")


# Class 4: the last item's title cut off where an excerpt stops is left out.

_CUT_PAGE = """\
Minutes of the Meeting of Northgate Parish Council held on 4 April 2025
Present: Cllrs A Ash, B Birch
NPC/25/010: Apologies: Cllr Elm sent apologies.
NPC/25/011: Declarations of Interest: none were made.
NPC/25/012: Questions received f"""


def test_a_last_title_cut_to_one_small_letter_is_left_out():
    assert [n for n, _ in _items(_CUT_PAGE)] == ["NPC/25/010", "NPC/25/011"]


def test_a_last_title_with_an_unclosed_bracket_at_the_end_of_the_text_is_left_out():
    text = _CUT_PAGE.replace("NPC/25/012: Questions received f", "NPC/25/012: Members Questions (NOTE: Members are ")
    assert [n for n, _ in _items(text)] == ["NPC/25/010", "NPC/25/011"]


def test_a_whole_last_title_ending_in_a_capital_letter_is_kept():
    text = _CUT_PAGE.replace("NPC/25/012: Questions received f", "NPC/25/012: Budget Report Appendix B")
    assert _items(text)[-1] == ("NPC/25/012", "Budget Report Appendix B")


def test_a_cut_title_with_text_after_it_is_kept():
    text = _CUT_PAGE.replace("NPC/25/012: Questions received f", "NPC/25/012: Grants (small awards\nThe grants were agreed.\n")
    assert [n for n, _ in _items(text)][-1] == "NPC/25/012"


def test_meeting_page_title_above_unnumbered_rows_is_not_an_item():
    """A meeting page's text rendering without item numbers: its title ('<body> - <weekday>, <date> <time>')
    is the meeting, not the first row (round 17 of the real pages: a district council's cabinet page)."""
    text = (
        "Agenda and minutes\n\nResources Board - Tuesday, 9th March, 2021 6.30 pm\n\n"
        "To receive any apologies for absence.\n\n\nApologies were received from Councillor A Birch.\n\n\n"
        "Declarations of Interest pdf icon PDF 120 KB\n\nTo receive any declarations of interest.\n\n\n"
        "None were made.\n\n\nLeisure Centre Contract pdf icon PDF 310 KB\n\nTo consider the report.\n\n\n"
        "It was agreed to extend the contract.\n\n\nVillage Hall Grants pdf icon PDF 200 KB\n\nTo consider the report.\n"
    )
    facts = _facts(text)
    titles = [item.title for item in facts["agenda_items"]]
    assert titles == ["Declarations of Interest", "Leisure Centre Contract", "Village Hall Grants"]
    assert [(m.body, str(m.date)) for m in facts["meetings"]] == [("Resources Board", "2021-03-09")]


def test_an_item_naming_a_date_without_a_weekday_is_still_a_row():
    text = (
        "Agenda and minutes\n\nResources Board - Tuesday, 9th March, 2021 6.30 pm\n\n"
        "Declarations of Interest pdf icon PDF 120 KB\n\nTo receive any declarations of interest.\n\n\n"
        "None were made.\n\n\nBudget Monitoring - 31 December 2020 pdf icon PDF 310 KB\n\nTo consider the report.\n\n\n"
        "Noted.\n\n\nVillage Hall Grants pdf icon PDF 200 KB\n\nTo consider the report.\n"
    )
    titles = [item.title for item in _facts(text)["agenda_items"]]
    assert "Budget Monitoring - 31 December 2020" in titles
